"""The text of a task and the key of an actor, as an assignment records them.

A task is the stretch after its actor collapsed to one line and bounded to about
:data:`TASK_CHARS` characters, read from a head of the stretch so that a heading's
task (which runs to its clause's end) costs no more than its bound. Plain string
work, apart from the grammar, and used by the scanner and the tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from vbcd.normalize import fold_tones

#: Length bound of the task text.
TASK_CHARS = 300
_SPACES = regex.compile(r"\s+")
# the only characters ``str.isspace`` takes for spaces and ``regex`` does not
_NOT_REGEX_SPACE = re.compile(r"[\x1c-\x1f]")


@lru_cache(maxsize=4096)
def _actor_key(actor: str) -> str:
    """An actor's words, one space apart, tone-folded and in lower case (a role's
    heading is written so: ``cơ quan chủ trì``)."""
    return fold_tones(" ".join(actor.split())).lower()


#: The marker of the next item at a task's end (``... tại Quyết định này. 2.``), where a
#: crawler ran the items together.
_NEXT_MARKER = re.compile(r"(?<=[.;:]) (?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))$")


#: Characters past :data:`TASK_CHARS` that a task's collapsed head must hold, beyond
#: any trailing separators, for its tail to leave the bounded task unchanged (the
#: next item's number and a line's bullet, dropped from the end, are shorter).
_TASK_TAIL = 24


def _task_between(text: str, start: int, end: int) -> str:
    """:func:`_task_text` of ``text[start:end]``, read from a head of the stretch that
    grows until its collapsed text is long enough to be cut (a heading's task runs to
    the end of its clause: reading all of it for each of many headings is quadratic).

    Collapsing a head of the stretch gives a head of the collapsed stretch; when it
    holds more than ``TASK_CHARS + _TASK_TAIL`` characters before any trailing ``:;,``
    and spaces, the whole task is longer than :data:`TASK_CHARS` once its end is
    cleaned, and is cut inside that head: the head's cut is the task.
    """
    size = 4 * TASK_CHARS
    while end - start > size:
        head = _collapse(text[start:start + size])
        if len(head.rstrip(":;, ")) > TASK_CHARS + _TASK_TAIL:
            return _bounded(head)
        size *= 4
    return _task_text(text[start:end])


def _collapse(raw: str) -> str:
    """``raw`` on one line, single spaces, without the separators at its ends."""
    if _NOT_REGEX_SPACE.search(raw) is None:  # ``str.split`` splits where ``\s`` does
        return " ".join(raw.split()).strip(":;,").strip()
    return _SPACES.sub(" ", raw).strip().strip(":;,").strip()


def _bounded(task: str) -> str:
    """``task`` cut to about :data:`TASK_CHARS` characters at a space, with ``…``."""
    if len(task) > TASK_CHARS:
        cut = task.rfind(" ", 0, TASK_CHARS)
        task = task[: cut if cut > TASK_CHARS // 2 else TASK_CHARS].rstrip(" ,;") + "…"
    return task


def _task_text(raw: str) -> str:
    """The task collapsed to one line and bounded to about :data:`TASK_CHARS` characters."""
    task = _collapse(raw)
    if task.endswith((" -", " +", " •")):  # the bullet of the line after it
        task = task[:-2].rstrip(":;,")
    elif (m := _NEXT_MARKER.search(task)) is not None:  # the next item's number, run on
        task = task[:m.start()]
    return _bounded(task)
