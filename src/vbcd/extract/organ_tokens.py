"""Tokens and phrase tries for the organ grammar (:mod:`vbcd.extract.agencies`).

The organ grammar works on words, not characters: ``Sở`` + ``Y`` + ``tế``. The
text is tokenised once, on its tone-folded copy (``uỷ`` = ``ủy``, same length,
so offsets are those of the text), and every word list of the grammar is a
:class:`Phrases` trie matched token by token, case-insensitively. Matching at
a token costs one dictionary lookup when nothing starts there, which is what
keeps the scan cheap on long documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from vbcd.normalize import fold_tones

__all__ = ["Phrases", "Tok", "one_line", "phrases", "tokenize"]

_TOKEN = regex.compile(
    r"[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)
# ``trưởngBộ``, ``CổngTTĐT``: words glued by a converter split where two
# lower-case letters meet an upper-case one (``TTg``, ``PTTgCP`` stay whole).
_CAMEL = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\p{Lu})")
_SPACE = regex.compile(r"\s+")
_WRAPPED_HYPHEN = regex.compile(r"(?<=\w-)[ \t]*\n\s*")


@dataclass(slots=True)
class Tok:
    """One word or punctuation mark, with the facts the grammar asks about."""

    start: int
    end: int
    low: str  # tone-folded and case-folded
    word: bool  # letters or digits (not punctuation)
    cap: bool  # starts with an upper-case letter
    upper: bool  # two or more letters, all upper-case: a heading word or an acronym
    lower: bool  # starts with a lower-case letter
    nl: int  # line breaks in the gap before the token
    glued: bool  # no space before the token


def _pieces(start: int, s: str) -> list[tuple[int, int]]:
    if len(s) <= 3 or s[1:].islower() or s.isupper() or not _CAMEL.search(s):
        return [(start, start + len(s))]
    out = []
    a = start
    for cut in _CAMEL.finditer(s):
        out.append((a, start + cut.start()))
        a = start + cut.start()
    out.append((a, start + len(s)))
    return out


def tokenize(folded: str) -> list[Tok]:
    """Tokens of a tone-folded text (one regex pass, linear)."""
    toks: list[Tok] = []
    prev = 0
    for m in _TOKEN.finditer(folded, timeout=30):
        for a, b in _pieces(m.start(), m.group(0)):
            text = folded[a:b]
            first = text[0]
            toks.append(
                Tok(
                    a,
                    b,
                    text.casefold(),
                    first.isalnum(),
                    first.isupper(),
                    text.isupper() and sum(c.isalpha() for c in text) >= 2,
                    first.islower(),
                    folded.count("\n", prev, a) if a - prev > 1 else 0,
                    a == prev and a > 0,
                )
            )
            prev = b
    return toks


class Phrases:
    """A token trie: the longest listed phrase starting at a token.

    Phrases are tokenised like the text (tone-folded, case-folded), so matching
    ignores case and tone placement. A phrase never spans a blank line. Each
    trie has a ``slot`` so that a parser can cache its matches per position.
    """

    count = 0

    def __init__(self, items: Iterable[tuple[str, object]]) -> None:
        self.root: dict[str, Any] = {}
        self.slot = Phrases.count
        Phrases.count += 1
        for phrase, value in items:
            node = self.root
            for tok in tokenize(fold_tones(phrase)):
                node = node.setdefault(tok.low, {})
            node[""] = value

    def match(self, toks: Sequence[Tok], i: int) -> tuple[int, object] | None:
        """``(length in tokens, value)`` of the longest phrase at ``i``, or None."""
        node = self.root.get(toks[i].low) if i < len(toks) else None
        best: tuple[int, object] | None = None
        k = i + 1
        while node is not None:
            if "" in node:
                best = (k - i, node[""])
            if k >= len(toks) or toks[k].nl >= 2:
                break
            node = node.get(toks[k].low)
            k += 1
        return best


def phrases(items: Iterable[str], value: object = True) -> Phrases:
    """A trie of plain phrases, all mapped to ``value``."""
    return Phrases((p, value) for p in items)


def one_line(span: str) -> str:
    """A span as a one-line name: line breaks and runs of spaces become one
    space, a word hyphenated across lines (``COVID-`` / ``19``) is rejoined."""
    return str(_SPACE.sub(" ", _WRAPPED_HYPHEN.sub("", span))).strip()
