"""Roles in a board that a member list prints as labels before its people.

A decision that sets up or renews a board, a council or a team lists its members, and
often prints a member's role in the body as a label before the person, not after it::

    1. Trưởng ban: Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy.
    2. Các Phó Trưởng ban:
    - Đồng chí Lê Văn B, Phó Chủ tịch UBND tỉnh;
    - Bà Trần Thị C, Giám đốc Sở Y tế.
    Thư ký: Ông Phan Văn D, Phó Chánh Văn phòng.

The sentence reading finds each person and the posts written after the name; this
module finds the labels (a role of ``grammar/data/persons.toml`` ``[board]`` at a
line's start, ending in a colon) and says which names they give the role to: the name
right after an inline label, or the names opening the item lines under a heading label
(until the next label, a paragraph break or a line that is no person's item).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from vbcd.grammar import load
from vbcd.normalize import fold_tones

__all__ = ["board_roles"]

_DATA = load("persons")["board"]


def _alternation(words: Sequence[str]) -> str:
    """The words (tone placement folded) as a regex alternation, longest first, blanks
    as runs."""
    keys = sorted({fold_tones(w).lower() for w in words}, key=len, reverse=True)
    return "|".join(r"[ \t]++".join(regex.escape(p) for p in k.split()) for k in keys)


#: A role label at a line's start (matched there only) in the folded text: a list
#: marker, ``Các``, the role (group ``role``, with ``thường trực``), the body's name,
#: ``gồm``, and the colon.
_LABEL = regex.compile(
    r"(?i)[ \t]*+(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])?[ \t]*+(?:các[ \t]++)?"
    r"(?P<role>(?:" + _alternation(_DATA["roles"]) + r")(?:[ \t]++thường[ \t]++trực)?)"
    r"(?:[ \t]++(?:" + _alternation(_DATA["bodies"]) + r")\b[^:\n;,.()]{0,60}?)?"
    r"(?:[ \t]++gồm(?:[ \t]++có)?[^:\n;,.()]{0,30}?)?[ \t]*+:[ \t]*+"
)
#: A cheap test before the scan: a member list's labels all hold one of these (their
#: first letter left out, which may be a capital).
_GATE = ("rưởng", "iên", "hủ tịch", "hư ký", "ổ phó", "iám đốc", "ăn phòng")
# (a role added to the table that none of these finds would never be read: say so at
# import rather than miss its labels silently)
_UNGATED = [r for r in _DATA["roles"] if not any(g in fold_tones(r).lower() for g in _GATE)]
if _UNGATED:
    raise ValueError(f"persons.toml [board] roles {_UNGATED} hold none of the gate "
                     f"strings of vbcd.extract.person_board: add one to _GATE")
#: Characters from a line's start within which an item's name must begin.
_ITEM_LEAD = 40
#: Most item lines read under one heading label.
_MAX_ITEMS = 80
#: A list marker at a line's start: an item, even when it names no person.
_MARKER = regex.compile(r"[ \t]*+(?:[-+•*–]|\d{1,3}[.)]|[a-zđ][.)])[ \t]")


#: Most characters from a line's start to a label's colon.
_LABEL_REACH = 120


def _labels(text: str, folded: str) -> list[regex.Match[str]]:
    """The role labels of the text: tried only at the start of a line with a colon
    near it, the colon found first by ``str.find`` (a whole-text scan of the
    pattern costs more than the few colons)."""
    out = []
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        if colon - start <= _LABEL_REACH:
            m = _LABEL.match(folded, start, colon + 1)
            if m is not None:
                out.append(m)
        nl = text.find("\n", colon)
        if nl < 0:
            break
        colon = text.find(":", nl)
    return out


def board_roles(text: str, folded: str, starts: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(role start, role end, name start)`` for each name (one of the sorted
    ``starts``) a role label gives its role to."""
    if ":" not in text or not any(g in folded for g in _GATE):
        return []
    out: list[tuple[int, int, int]] = []
    for m in _labels(text, folded):
        rs, re_ = m.span("role")
        e = m.end()
        while e < len(text) and text[e] in " \t":
            e += 1  # the blanks after the colon, left out of the match
        line_end = text.find("\n", e)
        if line_end < 0:
            line_end = len(text)
        k = bisect_left(starts, e)
        if e < line_end:  # inline: the name right after the label, on its line
            if k < len(starts) and starts[k] < min(line_end, e + _ITEM_LEAD):
                out.append((rs, re_, starts[k]))
            continue
        pos = line_end + 1
        for _ in range(_MAX_ITEMS):
            if pos >= len(text):
                break
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip() or _LABEL.match(folded, pos, nl + 1):
                break
            k = bisect_left(starts, pos)
            if k < len(starts) and starts[k] < min(nl, pos + _ITEM_LEAD):
                out.append((rs, re_, starts[k]))
            elif _MARKER.match(line):
                break  # an item that names no person: the list has ended
            pos = nl + 1
    return out
