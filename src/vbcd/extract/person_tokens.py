"""Word tokens with case and layout facts, for the person and position grammars.

Names and position titles are sequences of syllables, so the grammars of
:mod:`vbcd.extract.persons` walk a token list instead of running regexes over
the text: one tokenising pass, then constant work per token, keeps the whole
extraction linear in document length. Each token keeps its offsets into the
text it came from, its tone-folded lower-case key (``Uỷ`` and ``ủy`` share the
key ``ủy``), a diacritic-free key for OCR-tolerant comparisons, its letter case
and the whitespace before it (a line break inside a name is a wrapped line, a
blank line never is).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Generic, TypeVar

import regex

from vbcd.normalize import fold_tones

# Whitespace before a token.
GAP_NONE = 0  # glued to the previous token (``Đ/c``, ``TT.``)
GAP_SPACE = 1  # spaces or tabs
GAP_LINE = 2  # one line break: a wrapped line
GAP_PARA = 3  # a blank line or more: a new block

# Letter case of a word token.
CASE_LOWER = 0  # lower case, digits, punctuation
CASE_TITLE = 1  # ``Nguyễn``
CASE_UPPER = 2  # ``NGUYỄN`` (two letters or more)
CASE_SINGLE = 3  # one capital letter (``A``): fits title and upper runs alike


def strip_diacritics(s: str) -> str:
    """Lower-case ``s`` without tones or vowel marks, ``đ`` as ``d``."""
    decomposed = unicodedata.normalize("NFD", s.casefold())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("đ", "d")


def key_of(word: str) -> str:
    """Tone-folded lower-case key of a word (the same as a token's ``key``)."""
    return fold_tones(word).casefold()


def _case_of(word: str) -> int:
    if not word[0].isupper():
        return CASE_LOWER
    if len(word) == 1:
        return CASE_SINGLE
    rest = word[1:]
    if rest.isupper():
        return CASE_UPPER
    if any(c.isupper() for c in rest):
        return CASE_LOWER  # mixed acronyms (``TTg``, ``HĐNDx``) are no name syllables
    return CASE_TITLE


@dataclass
class Tokens:
    """Parallel arrays describing the tokens of one text."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    key: list[str] = field(default_factory=list)
    bare: list[str] = field(default_factory=list)
    is_word: list[bool] = field(default_factory=list)
    case: list[int] = field(default_factory=list)
    gap: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.starts)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def between(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def is_cap(self, i: int) -> bool:
        """A capitalised word (title, upper or single capital)."""
        return 0 <= i < len(self.starts) and self.case[i] != CASE_LOWER and self.is_word[i]

    def surface(self, i: int, j: int) -> str:
        """The text of tokens ``i..j-1`` with whitespace collapsed to single spaces."""
        if i >= j:
            return ""
        return " ".join(self.text[self.starts[i] : self.ends[j - 1]].split())


_TOKEN_WS = regex.compile(r"(\s*)([\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}])")


def _gap_of(ws: str) -> int:
    if not ws:
        return GAP_NONE
    nl = ws.count("\n")
    return GAP_SPACE if nl == 0 else GAP_LINE if nl == 1 else GAP_PARA


def tokenize(text: str, match: str | None = None) -> Tokens:
    """Tokenise ``text``; ``match`` is its tone-folded copy if already computed.

    The pattern consumes the text without holes (whitespace, then one token),
    so offsets follow from the lengths; the arrays are built by comprehensions
    over ``findall`` (no match object and no method call per token).
    """
    folded = fold_tones(text) if match is None else match
    pairs = _TOKEN_WS.findall(text)
    ends = list(accumulate(len(ws) + len(w) for ws, w in pairs))
    raws = [w for _, w in pairs]
    starts = [e - len(w) for e, w in zip(ends, raws, strict=True)]
    gaps = [_gap_of(ws) for ws, _ in pairs]
    if gaps:
        gaps[0] = GAP_PARA  # the start of the text is the start of a block
    memo: dict[tuple[str, str], tuple[str, str, int, bool]] = {}

    def info(word: str, folded_word: str) -> tuple[str, str, int, bool]:
        key = folded_word.casefold()
        alpha = word[0].isalpha()
        found = (key, strip_diacritics(key), _case_of(word) if alpha else CASE_LOWER, alpha)
        if len(memo) < 200_000:
            memo[word, folded_word] = found
        return found

    infos = [
        memo.get((w, folded[s:e])) or info(w, folded[s:e])
        for s, e, w in zip(starts, ends, raws, strict=True)
    ]
    toks = Tokens(text=text, starts=starts, ends=ends, raw=raws, gap=gaps)
    if infos:
        keys, bares, cases, words = zip(*infos, strict=True)
        toks.key, toks.bare, toks.case, toks.is_word = (
            list(keys), list(bares), list(cases), list(words)
        )
    return toks


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The token keys of a lexicon phrase, as :func:`tokenize` would give them."""
    t = tokenize(phrase)
    return tuple(t.key)


def phrase_bare(phrase: str) -> tuple[str, ...]:
    t = tokenize(phrase)
    return tuple(t.bare)


V = TypeVar("V")


class PhraseTrie(Generic[V]):
    """Longest-match lookup of multi-token phrases in a token list.

    Tokens of one phrase may be separated by nothing, spaces or one line break
    (``Chánh Văn\\nphòng`` wraps), never by a blank line.
    """

    def __init__(self, items: Iterable[tuple[Sequence[str], V]], *, bare: bool = False) -> None:
        self.bare = bare
        self._root: dict[str, object] = {}
        self.max_len = 0
        for keys, value in items:
            if not keys:
                continue
            node = self._root
            for k in keys:
                node = node.setdefault(k, {})  # type: ignore[assignment]
            node["\0"] = value
            self.max_len = max(self.max_len, len(keys))
        #: Keys that can start a phrase: a cheap filter before :meth:`longest`.
        self.first: frozenset[str] = frozenset(self._root)

    def longest(self, toks: Tokens, i: int) -> tuple[int, V] | None:
        """``(end, value)`` of the longest phrase starting at token ``i``."""
        arr = toks.bare if self.bare else toks.key
        n = len(arr)
        if i >= n or arr[i] not in self._root:
            return None
        node = self._root
        best: tuple[int, V] | None = None
        j = i
        while j < n:
            if j > i and toks.gap[j] == GAP_PARA:
                break
            nxt = node.get(arr[j])
            if nxt is None:
                break
            node = nxt  # type: ignore[assignment]
            j += 1
            if "\0" in node:
                best = (j, node["\0"])  # type: ignore[assignment]
        return best
