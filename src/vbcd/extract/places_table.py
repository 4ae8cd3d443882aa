"""Bare names in a table's column of communes or wards.

An annex listing the communes of a province writes most rows with their prefix word
(``Xã Trà Lĩnh``, ``Phường Tân Giang``) but drops it in a few (``Minh Khai``): the
column says what they are. A table reaches the parser one cell a line, whether its
pipes were kept or not, so a column is every R-th line, R the lines a row takes. R is
read off the prefixed names that fill their lines (the gap, in lines, that separates
most of them), and a bare capitalised line lying a whole number of rows after one of
them and before the next is the same column's entry. Read only where three prefixed
names or more fill their lines; it counts line breaks with ``str.count``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise

import regex

from vbcd.extract.places_rules import Hit
from vbcd.extract.places_tokens import NONE, Tokens

#: Prefixed names filling their lines before a column of them is looked for.
_MIN_ROWS = 3
#: Rows from one prefixed name to the next at most: two bare rows between them.
_MAX_SKIPPED = 3
#: Lines a row takes at most (a wide table read one cell a line).
_MAX_WIDTH = 30
#: A bare line's name: one to four syllables, each capitalised (``Minh Khai``,
#: ``Đạ Tẻh``, ``Ea Kar``), alone on its line.
_BARE = regex.compile(
    r"[ \t]*(\p{Lu}[\p{L}\p{M}'’]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*){0,3})[ \t]*")


#: How far a row's line is searched for its ends: a name filling its line is short,
#: and an unbounded search on a long line without breaks would cost its length each.
_REACH = 80


def _line_start(text: str, p: int) -> int:
    """Where the line holding ``p`` starts, or ``p - _REACH`` when farther."""
    lo = max(0, p - _REACH)
    b = text.rfind("\n", lo, p)
    return b + 1 if b >= 0 or lo == 0 else lo


def _line_end(text: str, p: int) -> int:
    """Where the line holding ``p`` ends, or ``p + _REACH`` when farther."""
    e = text.find("\n", p, p + _REACH)
    return e if e >= 0 else min(len(text), p + _REACH)


def column_names(toks: Tokens, hits: list[Hit], taken: set[int],
                 take: Callable[[Hit], None]) -> None:
    """Take the bare names of a column of communes or wards (see the module)."""
    text = toks.text
    rows: list[Hit] = []
    for h in hits:
        if h.evidence == "prefix" and h.level == "commune" and not text[
                _line_start(text, h.lead):h.lead].strip() and not text[
                toks.end[h.last]:_line_end(text, toks.end[h.last])].strip():
            rows.append(h)
    if len(rows) < _MIN_ROWS:
        return
    rows.sort(key=lambda h: h.lead)
    gaps = [text.count("\n", a.lead, b.lead) for a, b in pairwise(rows)]
    width, seen = Counter(gaps).most_common(1)[0]
    if not 0 < width <= _MAX_WIDTH or seen < _MIN_ROWS - 1:
        return
    for a, gap in zip(rows, gaps, strict=False):
        if gap <= width or gap % width or gap > width * _MAX_SKIPPED:
            continue  # (further apart, two tables or two blocks of one: ``Mã`` heads a
            # column between them)
        p = _line_start(text, a.lead)
        for _ in range(gap // width - 1):
            for _ in range(width):
                p = text.find("\n", p) + 1
            _take_line(toks, p, a, taken, take)


def _take_line(toks: Tokens, a: int, like: Hit, taken: set[int],
               take: Callable[[Hit], None]) -> None:
    """Take the name filling the line at ``a`` as a place of ``like``'s kind."""
    m = _BARE.fullmatch(toks.text, a, _line_end(toks.text, a))
    if m is None:
        return
    s, e = m.span(1)
    if not toks.is_start(s) or not all(any(map(str.islower, w)) for w in m[1].split()):
        return  # ``IV``: a numeral or an acronym in capitals is no name
    last = s
    k = toks.nx[s]
    while k != NONE and k < e:
        last = k
        k = toks.nx[k]
    span = toks.tokens(s, last)
    if not taken.isdisjoint(span):
        return
    take(Hit(s, last, toks.text[s:e], like.kind, like.level, "column", s,
             province=like.province))
