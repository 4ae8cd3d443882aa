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
    n = len(text)
    index = 0
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        a, b = pos, nl
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        lines.append(Line(index, a, b, text[a:b]))
        index += 1
        pos = nl + 1
    return lines
