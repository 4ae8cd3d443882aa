"""Tokens and phrase tries for the organ grammar (:mod:`vbcd.extract.agencies`).

The organ grammar works on words, not characters: ``Sở`` + ``Y`` + ``tế``. The
text is tokenised once, on its tone-folded copy (``uỷ`` = ``ủy``, same length,
so offsets are those of the text), and every word list of the grammar is a
:class:`Phrases` trie matched token by token, case-insensitively. Matching at
a token costs one dictionary lookup when nothing starts there, which is what
keeps the scan cheap on long documents.

Cost: the grammar reads only the few tokens around organ heads, so a token is
kept as cheaply as possible: its offsets, and a :class:`Word` (the facts the
grammar asks about its spelling) shared by every token spelt the same way,
looked up once per distinct spelling. Line breaks before a token are counted
only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, pairwise
from operator import add
from typing import Any, NamedTuple

import regex

from vbcd.extract.tokens import KEEP_CHARS, words
from vbcd.normalize import fold_tones

__all__ = ["Phrases", "Tokens", "Word", "one_line", "phrases", "tokenize"]

# ``trưởngBộ``, ``CổngTTĐT``: words glued by a converter split where two
# lower-case letters meet an upper-case one (``TTg``, ``PTTgCP`` stay whole).
_CAMEL = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\p{Lu})")
_SPACE = regex.compile(r"\s+")
_WRAPPED_HYPHEN = regex.compile(r"(?<=\w-)[ \t]*\n\s*")


class Word(NamedTuple):
    """The facts the grammar asks about one spelling of a token."""

    low: str  # tone-folded and case-folded
    word: bool  # letters or digits (not punctuation)
    cap: bool  # starts with an upper-case letter
    upper: bool  # two or more letters, all upper-case: a heading word or an acronym
    lower: bool  # starts with a lower-case letter


class _Vocabulary(dict[str, Word]):
    """Spelling → :class:`Word`, filled on first sight. Documents reuse a small
    vocabulary, so after the first few nearly every token is a dictionary hit
    done in C; the table is emptied if adversarial input makes it grow large.
    Spellings that glue two words (``trưởngBộ``) are noted in ``glued``."""

    limit = 200_000

    def __init__(self) -> None:
        super().__init__()
        self.glued: set[str] = set()

    def __missing__(self, text: str) -> Word:
        if len(self) >= self.limit:
            self.clear()  # ``glued`` is kept: it may name a spelling of this document
        first = text[0]
        info = Word(
            text.casefold(),
            first.isalnum(),
            first.isupper(),
            text.isupper() and sum(c.isalpha() for c in text) >= 2,
            first.islower(),
        )
        if len(text) <= KEEP_CHARS:
            self[text] = info
        if _is_glued(text):
            self.glued.add(text)
        return info


def _is_glued(s: str) -> bool:
    """Does ``s`` glue words (``trưởngBộ``)? ``TTg``, ``PTTgCP`` do not."""
    return not (len(s) <= 3 or s[1:].islower() or s.isupper() or not _CAMEL.search(s))


VOCABULARY = _Vocabulary()


class Tokens:
    """The tokens of a tone-folded text: offsets, spelling and surroundings.

    ``words[k]`` describes token ``k``'s spelling; :meth:`nl` and :meth:`glued`
    describe the gap before it.
    """

    __slots__ = ("end", "start", "surface", "text", "words")

    def __init__(self, text: str, start: list[int], surface: list[str]) -> None:
        self.text = text
        self.start = start
        self.surface = surface
        self.end: list[int] = list(map(add, start, map(len, surface)))
        self.words: list[Word] = list(map(VOCABULARY.__getitem__, surface))

    def __len__(self) -> int:
        return len(self.start)

    def nl(self, k: int) -> int:
        """Line breaks in the gap before token ``k``. A one-character gap counts
        as none, even a line break: the grammar has always read it so."""
        a = self.end[k - 1] if k else 0
        b = self.start[k]
        return self.text.count("\n", a, b) if b - a > 1 else 0

    def glued(self, k: int) -> bool:
        """No space before token ``k`` (and it is not the first)."""
        return k > 0 and self.start[k] == self.end[k - 1]


def _camel_pieces(start: int, s: str) -> list[tuple[int, str]]:
    """``trưởngBộ`` → ``trưởng`` + ``Bộ``: cut where ``_CAMEL`` matches."""
    cuts = [0, *(m.start() for m in _CAMEL.finditer(s)), len(s)]
    return [(start + a, s[a:b]) for a, b in pairwise(cuts)]


def _recut(start: list[int], surface: list[str], cut: list[int]) -> tuple[list[int], list[str]]:
    """New token lists with the tokens ``cut`` (ascending) cut at their camel-case
    joints; built in one pass (the shared lists stay as they are)."""
    new_start: list[int] = []
    new_surface: list[str] = []
    prev = 0
    for k in cut:
        new_start.extend(start[prev:k])
        new_surface.extend(surface[prev:k])
        for a, s in _camel_pieces(start[k], surface[k]):
            new_start.append(a)
            new_surface.append(s)
        prev = k + 1
    new_start.extend(start[prev:])
    new_surface.extend(surface[prev:])
    return new_start, new_surface


def tokenize(folded: str) -> Tokens:
    """Tokens of a tone-folded text (linear: one split, one pass of dict lookups)."""
    start, surface = words(folded)
    if len(VOCABULARY.glued) > VOCABULARY.limit:
        VOCABULARY.clear()
        VOCABULARY.glued.clear()
    toks = Tokens(folded, start, surface)
    glued = VOCABULARY.glued
    if glued and not glued.isdisjoint(surface):  # rare: cut glued words, then redo
        cut = list(compress(range(len(surface)), map(glued.__contains__, surface)))
        start, surface = _recut(start, surface, cut)
        toks = Tokens(folded, start, surface)
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
            for w in tokenize(fold_tones(phrase)).words:
                node = node.setdefault(w.low, {})
            node[""] = value

    def match(self, toks: Tokens, i: int) -> tuple[int, object] | None:
        """``(length in tokens, value)`` of the longest phrase at ``i``, or None."""
        words = toks.words
        n = len(words)
        node = self.root.get(words[i].low) if i < n else None
        best: tuple[int, object] | None = None
        k = i + 1
        start, end, text = toks.start, toks.end, toks.text
        while node is not None:
            if "" in node:
                best = (k - i, node[""])
            if k >= n:
                break
            a, b = end[k - 1], start[k]
            if b - a > 1 and text.count("\n", a, b) >= 2:  # a blank line: toks.nl(k) >= 2
                break
            node = node.get(words[k].low)
            k += 1
        return best


def phrases(items: Iterable[str], value: object = True) -> Phrases:
    """A trie of plain phrases, all mapped to ``value``."""
    return Phrases((p, value) for p in items)


def one_line(span: str) -> str:
    """A span as a one-line name: line breaks and runs of spaces become one
    space, a word hyphenated across lines (``COVID-`` / ``19``) is rejoined.

    Most spans hold single spaces only (every other white space character is
    unprintable): those need no regex."""
    if span.isprintable() and "  " not in span:
        return span.strip()
    return str(_SPACE.sub(" ", _WRAPPED_HYPHEN.sub("", span))).strip()
