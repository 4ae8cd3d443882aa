"""Lines with their offsets: the unit the zone finder and the grammars walk over."""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, sub
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
    line by line: a line ends at its offset plus its length without trailing
    blanks, and starts its stripped length before that (a blank line's span is
    empty at its own offset).
    """
    raws = text.split("\n")
    blanks = repeat(" \t")
    stripped = list(map(str.strip, raws, blanks))
    offsets = accumulate(map(add, map(len, raws), repeat(1)), initial=0)
    ends = list(map(add, offsets, map(len, map(str.rstrip, raws, blanks))))
    starts = map(sub, ends, map(len, stripped))
    rows = zip(range(len(raws)), starts, ends, stripped, strict=True)
    return list(map(_NEW_TUPLE, repeat(Line), rows))


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
