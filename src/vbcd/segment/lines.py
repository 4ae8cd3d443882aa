"""Lines with their offsets: the unit the zone finder and the grammars walk over."""

from __future__ import annotations

from dataclasses import dataclass


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
    """Split ``text`` into stripped lines, keeping exact offsets."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip(" \t")
        if stripped:
            a = pos + (len(raw) - len(raw.lstrip(" \t")))
            lines.append(Line(index, a, a + len(stripped), stripped))
        else:
            lines.append(Line(index, pos, pos, ""))
        pos += len(raw) + 1
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
