"""Word tokens with case and layout facts, for the person and position grammars.

Names and position titles are sequences of syllables, so the grammars of
:mod:`vbcd.extract.persons` walk a token list instead of running regexes over
the text. Each token keeps its offsets into the text it came from, its
tone-folded lower-case key (``Uỷ`` and ``ủy`` share the key ``ủy``), a
diacritic-free key for OCR-tolerant comparisons, its letter case and the
whitespace before it (a line break inside a name is a wrapped line, a blank
line never is).

Tokenising a whole document costs several times more than everything else the
person reader does, and people are named in a small part of it. So a document
is tokenised lazily: :class:`TokenStore` hands out *windows* (:class:`Tokens`)
around the places that cheap text scans point at; a window grows forward on
demand (:meth:`Tokens.has`), and windows that meet are merged, so no part of
the text is tokenised twice. Window boundaries are whitespace characters, which
no token contains, so a window holds exactly the tokens a whole-text
tokenisation has there. :func:`tokenize` still tokenises a whole string at once.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate
from operator import add, sub
from typing import Any, Generic, TypeVar

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

#: Characters a window grows by at each step (cut at the next whitespace).
GROW_STEP = 48
#: Characters read back at a time when a window lacks tokens before an offset.
BACK_STEP = 48
#: Characters a new window starts before an offset, per token asked for there.
BACK_CHARS = 12
#: Cap of the per-word facts cache shared by all documents.
_FACTS_MAX = 200_000


def strip_diacritics(s: str) -> str:
    """Lower-case ``s`` without tones or vowel marks, ``đ`` as ``d``."""
    decomposed = unicodedata.normalize("NFD", s.casefold())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("đ", "d")


def key_of(word: str) -> str:
    """Tone-folded lower-case key of a word (the same as a token's ``key``)."""
    return fold_tones(word).casefold()


#: What joins a Central Highlands name's initial to its syllable (``H'Hen``).
APOSTROPHES = ("'", "’")


def _case_of(word: str) -> int:
    if word[1:2] in APOSTROPHES:
        word = word[2:]  # ``H'Hen``: the case of the word after the initial
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


Facts = tuple[str, str, int, bool]


class _WordFacts(dict[str, Facts]):
    """``(key, bare, case, is_word)`` of a token text, computed once per distinct text.

    The key is ``fold_tones(word).casefold()``: tone folding only rewrites a
    vowel pair at the end of a word, looking no further than the word's own
    letters, so folding one token gives the same as folding the whole text and
    slicing it.
    """

    def __missing__(self, word: str) -> Facts:
        key = key_of(word)
        alpha = word[0].isalpha()
        facts = (key, strip_diacritics(key), _case_of(word) if alpha else CASE_LOWER, alpha)
        if len(self) < _FACTS_MAX:
            self[word] = facts
        return facts


def _gap_of(ws: str) -> int:
    if not ws:
        return GAP_NONE
    nl = ws.count("\n")
    return GAP_SPACE if nl == 0 else GAP_LINE if nl == 1 else GAP_PARA


class _Gaps(dict[str, int]):
    """Gap code of a whitespace run (few distinct runs: ``" "``, ``"\\n"`` ...)."""

    def __missing__(self, ws: str) -> int:
        gap = _gap_of(ws)
        if len(self) < 10_000:
            self[ws] = gap
        return gap


_FACTS = _WordFacts()
_GAPS = _Gaps()


def word_facts(word: str) -> Facts:
    """``(key, bare, case, is_word)`` of one token's text, as a token list holds them."""
    return _FACTS[word]

#: A word: letters, or a capital, an apostrophe and a capitalised word glued
#: together, one syllable of a Central Highlands name (``H'Hen``, ``H'Lip``,
#: ``K'Brơh``), which an apostrophe must not split into three tokens.
_WORD = r"(?:\p{Lu}['’](?=\p{Lu}))?[\p{L}\p{M}]+"
_TOKEN_WS = regex.compile(r"(\s*)(" + _WORD + r"|\p{N}+|[^\s\p{L}\p{M}\p{N}])")
#: Whitespace and one token, as one string: cheaper to find than two groups.
_SPACED_TOKEN = regex.compile(r"\s*(?:" + _WORD + r"|\p{N}+|\S)")
#: Characters Python strips as whitespace but the token pattern reads as tokens.
_ODD_SPACES = "\x1c\x1d\x1e\x1f"
#: The whitespace run that ends at a position (matched backwards).
_WS_BEFORE = regex.compile(r"\s*", flags=regex.REVERSE)

_Arrays = tuple[
    list[int], list[int], list[str], list[str], list[str], list[bool], list[int], list[int]
]


def _read(text: str, a: int, b: int, *, plain: bool = False) -> _Arrays:
    """The tokens of ``text[a:b]``, where ``a`` and ``b`` are no positions inside a token.

    The pattern consumes the range without holes (whitespace, then one token),
    so offsets follow from the lengths, and per-token facts come from caches
    through ``map``: no match object and no Python call per token. ``plain``
    says the text has none of the characters Python takes for whitespace and
    the pattern does not (``\x1c``-``\x1f``), so ``str.lstrip`` may split
    whitespace from token. The first token's gap looks at the whole
    whitespace run before it, also the part before ``a``; the first token of
    the text opens a block.
    """
    if plain:
        items = _SPACED_TOKEN.findall(text, a, b)
        raws = list(map(str.lstrip, items))
        wss = list(map(str.removesuffix, items, raws))
    else:
        pairs = _TOKEN_WS.findall(text, a, b)
        wss = [ws for ws, _ in pairs]
        raws = [w for _, w in pairs]
        items = list(map(add, wss, raws))
    if not raws:
        return [], [], [], [], [], [], [], []
    lens = list(map(len, raws))
    ends = list(accumulate(map(len, items), initial=a))
    del ends[0]
    starts = list(map(sub, ends, lens))
    gaps = list(map(_GAPS.__getitem__, wss))
    run = _WS_BEFORE.match(text, 0, a) if a and text[a - 1].isspace() else None
    before = a - run.start() if run is not None else 0
    if before == a:  # nothing but whitespace before: the first token of the text
        gaps[0] = GAP_PARA
    elif before:
        gaps[0] = _gap_of(text[a - before : a] + wss[0])
    keys, bares, cases, words = zip(*map(_FACTS.__getitem__, raws), strict=True)
    return starts, ends, raws, list(keys), list(bares), list(words), list(cases), gaps


class Tokens:
    """Parallel arrays describing consecutive tokens of one text.

    A window of a :class:`TokenStore` covers the text from ``origin`` up to
    ``limit`` and reads on when asked for a token past its end; check indices
    with :meth:`has` (never ``len``), which answers for the whole text. Index
    0 is the first token of the window, not of the text: windows are handed
    out with enough tokens before the place asked for.
    """

    __slots__ = (
        "bare",
        "case",
        "ends",
        "gap",
        "is_word",
        "key",
        "limit",
        "origin",
        "raw",
        "starts",
        "store",
        "text",
    )

    def __init__(self, text: str, origin: int = 0, store: TokenStore | None = None) -> None:
        self.text = text
        self.origin = origin
        self.limit = origin
        self.store = store
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.raw: list[str] = []
        self.key: list[str] = []
        self.bare: list[str] = []
        self.is_word: list[bool] = []
        self.case: list[int] = []
        self.gap: list[int] = []

    def _append(self, arrays: _Arrays) -> None:
        """Add tokens at the end (in place: callers keep references to the lists)."""
        self.starts.extend(arrays[0])
        self.ends.extend(arrays[1])
        self.raw.extend(arrays[2])
        self.key.extend(arrays[3])
        self.bare.extend(arrays[4])
        self.is_word.extend(arrays[5])
        self.case.extend(arrays[6])
        self.gap.extend(arrays[7])

    def _arrays(self) -> _Arrays:
        return (
            self.starts, self.ends, self.raw, self.key, self.bare, self.is_word, self.case,
            self.gap,
        )

    def has(self, i: int) -> bool:
        """Whether token ``i`` exists, reading on as far as needed."""
        if i < len(self.starts):
            return i >= 0
        store = self.store
        while store is not None and i >= len(self.starts):
            if not store.grow(self):
                return False
        return 0 <= i < len(self.starts)

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        starts = self.starts
        while (not starts or starts[-1] < offset) and self.store is not None:
            if not self.store.grow(self, offset):
                break
        return bisect_left(starts, offset)

    def between(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        first = self.index_at(start)
        return range(first, self.index_at(end))

    def is_cap(self, i: int) -> bool:
        """A capitalised word (title, upper or single capital)."""
        if not 0 <= i < len(self.starts) and not self.has(i):
            return False
        return self.case[i] != CASE_LOWER and self.is_word[i]

    def cell_starts(self, i: int) -> bool:
        """Does token ``i`` open a table cell (a cell border's line break before it)?"""
        store = self.store
        if store is None or not store.cells or self.gap[i] != GAP_LINE:
            return False
        return self.text.find("\n", self.ends[i - 1], self.starts[i]) in store.cells

    def surface(self, i: int, j: int) -> str:
        """The text of tokens ``i..j-1`` with whitespace collapsed to single spaces."""
        if i >= j:
            return ""
        return " ".join(self.text[self.starts[i] : self.ends[j - 1]].split())


def _cut_after(text: str, p: int) -> int:
    """The first space or line break at or after ``p`` (a safe window boundary)."""
    n = len(text)
    if p >= n:
        return n
    a, b = text.find(" ", p), text.find("\n", p)
    if a < 0:
        return b if b >= 0 else n
    return a if b < 0 else min(a, b)


def _cut_before(text: str, p: int) -> int:
    """The last space or line break at or before ``p``, or 0."""
    if p <= 0:
        return 0
    return max(text.rfind(" ", 0, p + 1), text.rfind("\n", 0, p + 1), 0)


class TokenStore:
    """Lazily tokenised windows of one text, sharing what has been read.

    Windows never overlap: one that grows into the next one takes over its
    tokens. Several passes over a document (names, signatures, mentions) thus
    tokenise each stretch once, and only the stretches they look at.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        #: Organ names another reader found (the agency layer): their end by their start;
        #: set by the caller that has them.
        self.organs: Mapping[int, int] = {}
        #: The line breaks that were a table's cell borders (set by the caller that has
        #: them): a position's organ never runs on into the next cell.
        self.cells: frozenset[int] = frozenset()
        #: No character that only Python takes for whitespace: the fast reader applies.
        self.plain = not any(c in text for c in _ODD_SPACES)
        self._windows: list[Tokens] = []  # sorted by origin, disjoint
        self._origins: list[int] = []

    def tokens_read(self) -> int:
        """How many tokens the windows hold (what reading has cost so far)."""
        return sum(len(w.starts) for w in self._windows)

    def _position(self, w: Tokens) -> int:
        k = bisect_left(self._origins, w.origin)
        while self._windows[k] is not w:
            k += 1
        return k

    def grow(self, w: Tokens, until: int = 0) -> bool:
        """Read the next stretch of text into ``w``, past ``until`` if given.

        ``False`` at the end of the text.
        """
        text = self.text
        if w.limit >= len(text):
            return False
        k = self._position(w)
        target = _cut_after(text, max(w.limit, until) + GROW_STEP)
        nxt = self._windows[k + 1] if k + 1 < len(self._windows) else None
        if nxt is not None and target >= nxt.origin:
            w._append(_read(text, w.limit, nxt.origin, plain=self.plain))
            w._append(nxt._arrays())
            w.limit = nxt.limit
            del self._windows[k + 1]
            del self._origins[k + 1]
        else:
            w._append(_read(text, w.limit, target, plain=self.plain))
            w.limit = target
        return True

    def _open(self, offset: int, margin: int) -> Tokens:
        """A window that reaches ``offset``: a neighbour grown to it, or a new one.

        A new window starts ``margin`` characters before ``offset``.
        """
        k = bisect_right(self._origins, offset) - 1
        if k >= 0:
            w = self._windows[k]
            if offset - w.limit <= GROW_STEP:
                return w
        origin = _cut_before(self.text, offset - margin)
        if k >= 0 and self._windows[k].limit >= origin:
            return self._windows[k]
        w = Tokens(self.text, origin, self)
        self._windows.insert(k + 1, w)
        self._origins.insert(k + 1, origin)
        return w

    def _extend_back(self, w: Tokens, chars: int) -> Tokens:
        """Read ``chars`` more characters before ``w`` (joining the window there)."""
        text = self.text
        k = self._position(w)
        origin = _cut_before(text, w.origin - chars)
        prev = self._windows[k - 1] if k > 0 else None
        if prev is not None and prev.limit >= origin:
            prev._append(_read(text, prev.limit, w.origin, plain=self.plain))
            prev._append(w._arrays())
            prev.limit = w.limit
            del self._windows[k]
            del self._origins[k]
            return prev
        head = _read(text, origin, w.origin, plain=self.plain)
        for mine, more in zip(w._arrays(), head, strict=True):
            mine[:0] = more  # type: ignore[index]
        w.origin = origin
        self._origins[k] = origin
        return w

    def window(self, offset: int, back: int = 4) -> tuple[Tokens, int]:
        """A window and the index in it of the first token at or after ``offset``.

        At least ``back`` tokens come before that index, unless the text
        starts within them, so a grammar may look that far back.
        """
        offset = max(0, min(offset, len(self.text)))
        w = self._open(offset, BACK_CHARS * back)
        i = w.index_at(offset)
        chars = BACK_STEP
        while i < back and w.origin > 0:
            w = self._extend_back(w, chars)
            chars *= 2
            i = w.index_at(offset)
        return w, i


def tokenize(text: str, match: str | None = None) -> Tokens:
    """Tokenise all of ``text`` at once.

    ``match`` (its tone-folded copy) is accepted for compatibility; keys fold
    each word themselves, which gives the same.
    """
    del match
    toks = Tokens(text)
    toks._append(_read(text, 0, len(text)))
    toks.limit = len(text)
    return toks


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The token keys of a lexicon phrase, as :func:`tokenize` would give them."""
    return tuple(tokenize(phrase).key)


def phrase_bare(phrase: str) -> tuple[str, ...]:
    """The diacritic-free token keys of a lexicon phrase."""
    return tuple(tokenize(phrase).bare)


V = TypeVar("V")


class PhraseTrie(Generic[V]):
    """Longest-match lookup of multi-token phrases in a token list.

    Tokens of one phrase may be separated by nothing, spaces or one line break
    (``Chánh Văn\\nphòng`` wraps), never by a blank line. Nodes are dicts from
    a key to the next node; the value of a phrase that ends at a node is
    stored under ``"\\0"``, which no token key can be.
    """

    def __init__(self, items: Iterable[tuple[Sequence[str], V]], *, bare: bool = False) -> None:
        self.bare = bare
        self._root: dict[str, Any] = {}
        self.max_len = 0
        self.phrases: list[tuple[str, ...]] = []
        for keys, value in items:
            if not keys:
                continue
            node = self._root
            for k in keys:
                node = node.setdefault(k, {})
            node["\0"] = value
            self.max_len = max(self.max_len, len(keys))
            self.phrases.append(tuple(keys))
        #: Keys that can start a phrase: a cheap filter before :meth:`longest`.
        self.first: frozenset[str] = frozenset(self._root)

    def longest(self, toks: Tokens, i: int) -> tuple[int, V] | None:
        """``(end, value)`` of the longest phrase starting at token ``i``."""
        arr = toks.bare if self.bare else toks.key
        if not (0 <= i < len(arr) or toks.has(i)):
            return None
        node: dict[str, Any] | None = self._root.get(arr[i])
        if node is None:
            return None
        j = i + 1
        best: tuple[int, V] | None = (j, node["\0"]) if "\0" in node else None
        gap = toks.gap
        while (j < len(arr) or toks.has(j)) and gap[j] != GAP_PARA:
            node = node.get(arr[j])
            if node is None:
                break
            j += 1
            if "\0" in node:
                best = (j, node["\0"])
        return best
