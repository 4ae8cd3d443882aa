"""Lines with their offsets: the unit the zone finder and the grammars walk over."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, fields
from itertools import accumulate, repeat
from operator import add, sub
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the normalised text; ``start``/``end`` exclude the newline and
    the line's leading and trailing blanks, so ``text`` is the stripped line."""

    index: int
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
    sizes = list(map(len, stripped))
    offsets = accumulate(map(add, map(len, raws), repeat(1)), initial=0)
    ends = list(map(add, offsets, map(len, map(str.rstrip, raws, blanks))))
    starts = map(sub, ends, sizes)
    return _lines(len(raws), (range(len(raws)), starts, ends, stripped))


_FIELD_SETTERS: tuple[Any, ...] = tuple(getattr(Line, f.name).__set__ for f in fields(Line))
"""The slot descriptors' setters of :class:`Line`'s fields, in field order."""


def _lines(count: int, columns: Iterable[Iterable[Any]]) -> list[Line]:
    """``count`` Lines from one column of values per field.

    The same objects ``map(Line, *columns)`` builds, at half the cost: the frozen
    dataclass ``__init__`` is a Python call per line doing one ``object.__setattr__``
    per field, which made it the largest cost of the normaliser (hundreds of lines a
    document). Here the instances are allocated, then each field's column is stored
    through its slot descriptor, all in C loops.
    """
    lines: list[Line] = list(map(object.__new__, repeat(Line, count)))
    for setter, column in zip(_FIELD_SETTERS, columns, strict=True):
        deque(map(setter, lines, column), maxlen=0)
    return lines


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
