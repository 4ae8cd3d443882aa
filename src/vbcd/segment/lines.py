"""Lines with their offsets: the unit the zone finder and the grammars walk over."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate, chain, compress, count, repeat
from operator import add, is_not
from typing import NamedTuple


class Line(NamedTuple):
    """One line of the normalised text; ``start``/``end`` exclude the newline and
    the line's leading and trailing blanks, so ``text`` is the stripped line.

    A named tuple (immutable, compared and hashed by its fields, as the frozen
    dataclass it replaces was) because a tuple subclass is built from a column
    tuple by one C call: a document has hundreds of lines, an adversarial input
    hundreds of thousands, and building dataclass instances was the largest cost
    of the normaliser.
    """

    index: int  # type: ignore[assignment]  # the field shadows tuple.index, unused here
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into stripped lines, keeping exact offsets.

    Computed column by column with ``map`` (C loops over the lines) rather than
    line by line. Almost every line has no blank at either edge, so each is first
    built as if it had none (it ends at the running sum of the line lengths plus
    its index, and starts one past the previous end); the few lines with an edge
    blank are then rebuilt stripped. They are found from the newlines they touch
    (one scan), where stripping every line cost more than the rest; in text of
    long lines, stripping each is the cheaper of the two.
    """
    raws = text.split("\n")
    ends = list(map(add, accumulate(map(len, raws)), count()))
    starts = chain((0,), map(add, ends, repeat(1)))  # one too many: zip stops at ends
    lines = list(map(_NEW_TUPLE, repeat(Line), zip(count(), starts, ends, raws)))
    each: list[str] | None = None  # every line stripped, when that is the cheaper way
    if len(text) > _LONG_LINE * len(raws):
        each = list(map(str.strip, raws, repeat(_BLANKS)))
        edged: Iterable[int] = compress(count(), map(is_not, each, raws))
    else:
        edged = _edged(text, ends)
    for i in edged:
        raw = raws[i]
        stripped = raw.strip(_BLANKS) if each is None else each[i]
        end = ends[i] - len(raw) + len(raw.rstrip(_BLANKS))
        lines[i] = _NEW_TUPLE(Line, (i, end - len(stripped), end, stripped))
    return lines


def _edged(text: str, ends: list[int]) -> set[int]:
    """The indexes of the lines with a blank at an edge (``ends``: each line's end)."""
    edged = set()
    n = len(text)
    for p in map(_START, _NEWLINE_BY_BLANK.finditer(text)):
        i = bisect_left(ends, p)  # the line that this newline ends
        if p and text[p - 1] in _BLANKS:
            edged.add(i)
        if p + 1 < n and text[p + 1] in _BLANKS:
            edged.add(i + 1)
    if text[:1] in _BLANKS:
        edged.add(0)
    if text[-1:] in _BLANKS:
        edged.add(len(ends) - 1)
    return edged


_BLANKS = " \t"
_LONG_LINE = 64
"""Average line length above which each line is stripped rather than scanned for."""
# A newline with a blank before or after it; starting with the newline (a literal
# the engine jumps to), the scan is not tried at every blank of the text.
_NEWLINE_BY_BLANK = re.compile(r"\n(?<=[ \t]\n)|\n(?=[ \t])")
_START = re.Match.start
_NEW_TUPLE = tuple.__new__
"""``tuple.__new__(Line, row)``: a Line from its field values, without the Python
``__new__`` that ``Line(*row)`` runs."""


def first_line_ending_after(lines: list[Line], offset: int) -> int:
    """Index of the first line whose end is after ``offset`` (binary search)."""
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if lines[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
