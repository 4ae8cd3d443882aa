"""Tokens and phrase tries for the organ grammar (:mod:`vbcd.extract.agencies`).

The organ grammar works on words, not characters: ``Sở`` + ``Y`` + ``tế``.
Windows of the tone-folded text (``uỷ`` = ``ủy``, same length, so offsets are
those of the text) are tokenised (:class:`Tokens`, :func:`cut_ranges`), and
every word list of the grammar is a :class:`Phrases` trie matched token by
token, case-insensitively. Matching at a token costs one dictionary lookup
when nothing starts there.

A window is padded with edge tokens: asking anything about one (its word, its
offsets) raises :class:`Edge`, so a reading never depends on text the window
does not hold; the window grows and the reading is redone instead.

Dashes: a dash between two words of a name reads the same however it is
spaced and whichever dash it is (``Lao động - Thương binh``, ``Lao
động-Thương binh``, ``Lao động–Thương binh``): windows are cut with
:data:`~vbcd.extract.tokens.NAME_WORD`, which makes a hyphen before a capital a
token of its own (``Covid-19``, ``Cam-pu-chia`` stay whole); tokens another
finder cut with :data:`~vbcd.extract.tokens.WORD` (``động-Thương`` one token)
are cut so like words glued by a converter (below); and every dash character
reads as ``-`` (:attr:`Word.low`).

Glued words: a converter that drops a space glues two words; they are cut apart
where a small letter meets a capital (``trưởngBộ``) and before a final ``và``
(``thaovà``: ``v`` only opens a Vietnamese syllable, so no word ends in ``và``).

Cost: a token is kept as cheaply as possible: its offsets, and a :class:`Word`
(the facts the grammar asks about its spelling) shared by every token spelt
the same way, looked up once per distinct spelling. Line breaks before a token
are counted only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, compress, islice, pairwise, repeat
from operator import add
from typing import Any, NamedTuple, NoReturn, cast

import regex

from vbcd.extract.tokens import KEEP_CHARS, NAME_WORD
from vbcd.normalize import fold_tones
from vbcd.syllables import strip_marks

__all__ = ["Edge", "Phrases", "Tokens", "Word", "one_line", "phrases", "tokenize"]

# ``trưởngBộ``, ``CổngTTĐT``: words glued by a converter split where two
# lower-case letters meet an upper-case one (``TTg``, ``PTTgCP`` stay whole).
_CAMEL = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\p{Lu})")
# ``động-Thương``, ``RỊA-VŨNG``: a hyphen between a letter and a capital joins two
# words of a name, written without the spaces around the dash; cut on both sides
# of it. A hyphen before a small letter (``Cam-pu-chia``) or next to a digit
# (``Covid-19``, ``2021-2025``, ``123-TB``) stays inside its word.
_HYPHEN = regex.compile(r"(?<=\p{L})(?=-\p{Lu})|(?<=\p{L}-)(?=\p{Lu})")
# ``thaovà``: the word ``và`` glued to the word before it by a converter. ``v`` opens
# a Vietnamese syllable and never stands inside one, so no word ends in ``và``.
_AND = regex.compile(r"(?<=\p{L})(?=(?:và|VÀ)$)")
# ``2022Ban``: a number (a year) glued to the capitalised word after it, which opens a
# name (``trong năm 2022Ban Tuyên giáo Trung ương``); a code glues capitals only
# (``2021QĐ``) and keeps its token.
_DIGIT_CAP = regex.compile(r"(?<=\p{Nd})(?=\p{Lu}\p{Ll})")
# Where a token is cut: all of the above.
_JOINTS = regex.compile("|".join(
    p.pattern for p in (_CAMEL, _HYPHEN, _AND, _DIGIT_CAP)))
#: Dash characters, read as ``-`` (a hyphen, en dash, em dash, minus sign...).
_DASHES = frozenset("\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_SPACE = regex.compile(r"\s+")
_WRAPPED_HYPHEN = regex.compile(r"(?<=\w-)[ \t]*\n\s*")


class Word(NamedTuple):
    """The facts the grammar asks about one spelling of a token."""

    low: str  # tone-folded and case-folded; any dash is ``-``
    word: bool  # letters or digits (not punctuation)
    cap: bool  # starts with an upper-case letter
    upper: bool  # two or more letters, all upper-case: a heading word or an acronym
    lower: bool  # starts with a lower-case letter
    caps: bool  # as a header line writes it: capitals, a number or punctuation


class _Vocabulary(dict[str, Word]):
    """Spelling → :class:`Word`, filled on first sight. Documents reuse a small
    vocabulary, so after the first few nearly every token is a dictionary hit
    done in C; the table is emptied if adversarial input makes it grow large."""

    limit = 200_000

    def __missing__(self, text: str) -> Word:
        if len(self) >= self.limit:
            self.clear()
        first = text[0]
        low = "-" if text in _DASHES else text.casefold()
        word = first.isalnum()
        # two letters or more: the count stops at two (a token may be a megabyte)
        upper = text.isupper() and len(list(islice(filter(str.isalpha, text), 2))) == 2
        # (a capital letter alone is written in capitals: ``Y`` of ``BỘ Y TẾ``)
        info = Word(low, word, first.isupper(), upper, first.islower(),
                    upper or not word or low.isdigit() or text.isupper())
        if len(text) <= KEEP_CHARS:
            self[text] = info
        return info


def _is_glued(s: str) -> bool:
    """Does ``s`` glue words (``trưởngBộ``, ``động-Thương``, ``thaovà``)? ``TTg``,
    ``PTTgCP``, ``Covid-19``, ``Cam-pu-chia``, ``VinGroup`` do not."""
    if "-" in s and _HYPHEN.search(s):
        return True
    if len(s) > 2 and s[-2:] in ("và", "VÀ") and s[-3].isalpha():
        return True
    if s[:1].isdigit() and _DIGIT_CAP.search(s):
        return True
    # (a capitalised word in plain Latin letters is a brand, ``VinGroup``, ``VietJet``:
    # the words a converter glues carry Vietnamese marks, ``trưởngBộ``, ``CổngTTĐT``)
    return not (len(s) <= 3 or s[1:].islower() or s.isupper() or not _CAMEL.search(s)
                or (s[0].isupper() and s.isascii()))


VOCABULARY = _Vocabulary()


class Edge(Exception):
    """The grammar asked about text outside the window it was given: the
    window must grow (``forward``) or start earlier, and the read be redone."""

    def __init__(self, forward: bool) -> None:
        super().__init__("forward" if forward else "back")
        self.forward = forward


class _EdgeWord:
    """Stands for a token beyond a window's edge: any question about it raises
    :class:`Edge`, so a reading that would depend on it is never finished."""

    __slots__ = ("forward",)

    def __init__(self, forward: bool) -> None:
        self.forward = forward

    @property
    def low(self) -> str:
        raise Edge(self.forward)

    @property
    def word(self) -> bool:
        raise Edge(self.forward)

    @property
    def cap(self) -> bool:
        raise Edge(self.forward)

    @property
    def upper(self) -> bool:
        raise Edge(self.forward)

    @property
    def lower(self) -> bool:
        raise Edge(self.forward)

    @property
    def caps(self) -> bool:
        raise Edge(self.forward)


class _EdgeOffset:
    """The offset of a token beyond a window's edge: using it raises :class:`Edge`."""

    __slots__ = ("forward",)

    def __init__(self, forward: bool) -> None:
        self.forward = forward

    def _edge(self, *_: object) -> NoReturn:
        raise Edge(self.forward)

    __index__ = __int__ = __bool__ = __hash__ = _edge
    __add__ = __radd__ = __sub__ = __rsub__ = _edge
    __lt__ = __le__ = __gt__ = __ge__ = __eq__ = __ne__ = _edge


#: Edge tokens standing after a window: two, so that a test such as
#: ``k + 1 < n`` never decides differently than on the whole text without a
#: token beyond the edge being read.
_PAD = 2
#: Edge tokens standing before a window: as many as the grammar ever looks
#: back by arithmetic (``i - 6``, a three-word title before a head) and more.
PAD_BEFORE = 8
_BEFORE_WORDS = [cast(Word, _EdgeWord(False))] * PAD_BEFORE
_AFTER_WORDS = [cast(Word, _EdgeWord(True))] * _PAD
_BEFORE_AT = [cast(int, _EdgeOffset(False))] * PAD_BEFORE
_AFTER_AT = [cast(int, _EdgeOffset(True))] * _PAD


#: Tokens cut from a text: start offsets, end offsets, spellings.
Cut = tuple[list[int], list[int], list[Word]]


class Tokens:
    """The tokens of a window ``[a, b)`` of a tone-folded text: offsets (in the
    whole text), spelling and surroundings.

    ``words[k]`` describes token ``k``'s spelling; :meth:`nl` and :meth:`glued`
    describe the gap before it. A window that does not reach the start (end)
    of the text is padded with edge tokens (``first`` is the index of the
    first real token, ``stop`` the index after the last one): reading one
    raises :class:`Edge`. A window is cut only where no token can straddle the
    cut, so its tokens are exactly those of the whole text in that range.
    """

    __slots__ = ("a", "b", "end", "first", "start", "stop", "text", "words")

    def __init__(self, text: str, a: int = 0, b: int | None = None, cut: Cut | None = None) -> None:
        """The tokens of ``text[a:b]``; ``cut`` holds them if already cut (fresh lists)."""
        self.text = text
        self.a = a
        self.b = len(text) if b is None else b
        start, end, spelt = cut if cut is not None else cut_range(text, a, self.b)
        self.first = PAD_BEFORE if a else 0
        self.stop = self.first + len(start)
        if a:
            start[:0] = _BEFORE_AT
            end[:0] = _BEFORE_AT
            spelt[:0] = _BEFORE_WORDS
        if self.b < len(text):
            start.extend(_AFTER_AT)
            end.extend(_AFTER_AT)
            spelt.extend(_AFTER_WORDS)
        self.start = start
        self.end = end
        self.words = spelt

    def grow(self, b: int) -> None:
        """Take in the text up to ``b`` (a cut point after the window's end). The
        lists are extended in place: indices and the lists themselves stay valid."""
        if b <= self.b:
            return
        start, end, spelt = cut_range(self.text, self.b, b)
        stop = self.stop
        self.stop = stop + len(start)
        if b < len(self.text):
            start.extend(_AFTER_AT)
            end.extend(_AFTER_AT)
            spelt.extend(_AFTER_WORDS)
        self.start[stop:] = start
        self.end[stop:] = end
        self.words[stop:] = spelt
        self.b = b

    def __len__(self) -> int:
        return len(self.start)

    @property
    def at_end(self) -> bool:
        """Does the window reach the end of the text?"""
        return self.b >= len(self.text)

    def nl(self, k: int) -> int:
        """Line breaks in the gap before token ``k``. A one-character gap counts
        as none, even a line break: the grammar has always read it so."""
        a = self.end[k - 1] if k else 0
        b = self.start[k]
        return self.text.count("\n", a, b) if b - a > 1 else 0

    def line_starts(self, k: int) -> bool:
        """Whether a line break stands in the gap before token ``k`` (any gap, unlike
        :meth:`nl`)."""
        a = self.end[k - 1] if k else 0
        return self.text.find("\n", a, self.start[k]) >= 0

    def glued(self, k: int) -> bool:
        """No space before token ``k`` (and it is not the first)."""
        return k > 0 and self.start[k] == self.end[k - 1]


def _pieces(s: str) -> tuple[tuple[int, str], ...]:
    """``trưởngBộ`` → ``trưởng`` + ``Bộ``, ``động-Thương`` → ``động`` + ``-`` +
    ``Thương``: cut where ``_JOINTS`` matches; offsets in ``s``."""
    cuts = [0, *(m.start() for m in _JOINTS.finditer(s)), len(s)]
    return tuple((a, s[a:b]) for a, b in pairwise(cuts))


class _Cut(NamedTuple):
    """The tokens of one piece of text between spaces that is not one plain word
    (``tế,``, ``(UBND``, ``trưởngBộ``): offsets in the piece and spellings."""

    start: tuple[int, ...]
    end: tuple[int, ...]
    words: tuple[Word, ...]


#: What a piece between spaces reads as: one token (its :class:`Word`, the common
#: case), several (:class:`_Cut`) or none (None: an empty piece, tabs only).
_Piece = Word | _Cut | None


class _PieceTable(dict[str, _Piece]):
    """Piece of text between spaces → its tokens as the grammar reads them, filled
    on first sight: cut with :data:`~vbcd.extract.tokens.NAME_WORD` (through
    :func:`~vbcd.extract.tokens.split`), words glued by a converter or a hyphen cut
    apart, each token spelt (:data:`VOCABULARY`). Documents repeat their pieces,
    so after the first few nearly every piece is one dictionary hit done in C;
    emptied if adversarial input makes it grow large; long pieces are not kept."""

    limit = 200_000

    def __missing__(self, piece: str) -> _Piece:
        if len(self) >= self.limit:
            self.clear()
        got = self._read(piece)
        if len(piece) <= KEEP_CHARS:
            self[piece] = got
        return got

    @staticmethod
    def _read(piece: str) -> _Piece:
        """The tokens of one piece (no space or line break in it)."""
        if not piece.strip("\t"):
            return None  # empty, or the filler between windows (:func:`cut_ranges`)
        if piece.isalnum() and not _is_glued(piece):
            return VOCABULARY[piece]  # one plain word: what NAME_WORD matches
        start: list[int] = []
        words: list[str] = []
        # (what :func:`~vbcd.extract.tokens.split` gives for a piece without spaces)
        for m in NAME_WORD.finditer(piece):
            at, surface = m.start(), m.group()
            parts = _pieces(surface) if _is_glued(surface) else ((0, surface),)
            for a, part in parts:
                start.append(at + a)
                words.append(part)
        if not start:
            return None
        if len(start) == 1 and start[0] == 0 and words[0] == piece:
            return VOCABULARY[piece]
        return _Cut(tuple(start), tuple(map(add, start, map(len, words))),
                    tuple(map(VOCABULARY.__getitem__, words)))


PIECES = _PieceTable()


def cut_range(text: str, a: int, b: int) -> Cut:
    """The tokens of ``text[a:b]`` (``a`` and ``b`` cut points), words glued by a
    converter or by a hyphen cut apart.

    The window is cut once, at spaces and line breaks (``str.split``), and every
    piece is looked up in :data:`PIECES`; the plain words (most tokens) are taken
    by a few passes over whole lists that run in C, and only the pieces that hold
    several tokens (``tế,``, ``(UBND``: about one in seven) are spliced in by
    position, one step each. The same tokens as ``NAME_WORD.finditer`` over the
    text with each glued token cut at its joints, offsets included."""
    pieces = (text[a:b] if a or b < len(text) else text).replace("\n", " ").split(" ")
    got = list(map(PIECES.__getitem__, pieces))
    lens = list(map(len, pieces))
    # a piece starts after the pieces before it and one separator each (one more
    # offset than pieces: the end of the text and a separator)
    offsets = list(accumulate(map(add, lens, repeat(1)), initial=a))
    single = list(map(isinstance, got, repeat(Word)))
    start = list(compress(offsets, single))
    end = list(map(add, start, compress(lens, single)))
    spelt = cast("list[Word]", list(compress(got, single)))
    several = list(compress(range(len(pieces)), map(isinstance, got, repeat(_Cut))))
    if several:
        return _splice(start, end, spelt, several, single, offsets, got)
    return start, end, spelt


def _splice(start: list[int], end: list[int], spelt: list[Word], several: list[int],
            single: list[bool], offsets: list[int], got: list[_Piece]) -> Cut:
    """The token lists with the tokens of the pieces ``several`` (piece indices,
    ascending) spliced into the lists of the one-token pieces: a piece's tokens go
    after the one-token pieces before it. One step per such piece, each copying
    whole runs of the lists."""
    before = list(accumulate(single, initial=0))  # one-token pieces before each piece
    new_start: list[int] = []
    new_end: list[int] = []
    new_spelt: list[Word] = []
    p = 0
    for k in several:
        at = before[k]
        new_start += start[p:at]
        new_end += end[p:at]
        new_spelt += spelt[p:at]
        rel, rel_end, words = cast(_Cut, got[k])
        add_offset = offsets[k].__add__
        new_start += map(add_offset, rel)
        new_end += map(add_offset, rel_end)
        new_spelt += words
        p = at
    new_start += start[p:]
    new_end += end[p:]
    new_spelt += spelt[p:]
    return new_start, new_end, new_spelt


def _filler(n: int) -> str:
    """``n`` characters that read as no token (tabs, which the tokeniser does not
    cut at, so that it sees one piece: no list entry per character)."""
    return " " * n if n < 3 else " " + "\t" * (n - 2) + " "


def cut_ranges(text: str, ranges: list[tuple[int, int]]) -> Cut:
    """The tokens of several ranges ``[a, b)`` of ``text`` (cut points, ascending,
    disjoint), cut in one pass: the text between them is replaced by filler
    of the same length that holds no token, so offsets are those of the text
    and a range's tokens are those starting inside it."""
    parts = []
    prev = 0
    for a, b in ranges:
        parts.append(_filler(a - prev))
        parts.append(text[a:b])
        prev = b
    parts.append(_filler(len(text) - prev))
    return cut_range("".join(parts), 0, len(text))


def tokenize(folded: str) -> Tokens:
    """Tokens of a whole tone-folded text (linear: one split, one pass of dict lookups)."""
    return Tokens(folded)


class Phrases:
    """A token trie: the longest listed phrase starting at a token.

    Phrases are tokenised like the text (tone-folded, case-folded), so matching
    ignores case and tone placement. A phrase never spans a blank line. Each
    trie has a ``slot`` so that a parser can cache its matches per position.
    """

    count = 0

    def __init__(self, items: Iterable[tuple[str, object]], *, loose: bool = False) -> None:
        self.root: dict[str, Any] = {}
        #: with ``loose``: the phrases of :data:`LOOSE_MIN_WORDS` words or more, their
        #: first word as written and the others by skeleton (:func:`_skeleton`)
        self.loose: dict[str, Any] | None = {} if loose else None
        self.slot = Phrases.count
        Phrases.count += 1
        #: ``key + i`` names this table's match at token ``i`` in a parser's cache
        self.key = self.slot << 40
        for phrase, value in items:
            node = self.root
            lows = [w.low for w in tokenize(fold_tones(phrase)).words]
            for low in lows:
                node = node.setdefault(low, {})
            node[""] = value
            skeletons = [_skeleton(low) for low in lows[1:]]
            if self.loose is not None and len(lows) >= LOOSE_MIN_WORDS and all(skeletons):
                node = self.loose.setdefault(lows[0], {})
                for sk in skeletons:
                    node = node.setdefault(sk, {})
                node[""] = value

    def match(self, toks: Tokens, i: int) -> tuple[int, object] | None:
        """``(length in tokens, value)`` of the longest phrase at ``i``, or None; with
        ``loose``, a longer phrase whose later words OCR misread the marks of wins."""
        best = self._exact(toks, i)
        if self.loose is None or i >= len(toks.words):
            return best
        node = self.loose.get(toks.words[i].low)
        if node is None:
            return best
        other = self._loose(toks, i, node)
        return other if other is not None and (best is None or other[0] > best[0]) else best

    def _loose(self, toks: Tokens, i: int, node: dict[str, Any] | None
               ) -> tuple[int, object] | None:
        """The longest loose phrase at ``i`` (its first word's node given), on one line."""
        words = toks.words
        n = len(words)
        best: tuple[int, object] | None = None
        k = i + 1
        while node is not None:
            if "" in node:
                best = (k - i, node[""])
            if k >= n or toks.text.count("\n", toks.end[k - 1], toks.start[k]):
                break
            skeleton = _skeleton(words[k].low)
            if not skeleton:
                break  # no letter to compare (a mark, a foreign script): the ``""`` key
                # holds a phrase's value, not a word
            node = node.get(skeleton)
            k += 1
        return best

    def match_upto(self, toks: Tokens, i: int, limit: int) -> tuple[int, object] | None:
        """:meth:`match` over the ``limit`` tokens at ``i`` only (exact phrases)."""
        return self._exact(toks, i, limit)

    def _exact(self, toks: Tokens, i: int, limit: int | None = None
               ) -> tuple[int, object] | None:
        """``(length in tokens, value)`` of the longest listed phrase at ``i`` (of at
        most ``limit`` tokens)."""
        words = toks.words
        n = len(words) if limit is None else min(len(words), i + limit)
        node = self.root.get(words[i].low) if i < n else None
        if node is None:
            return None
        if len(node) == 1 and "" in node:
            return 1, node[""]  # a one-word phrase and no longer one: the common case
        best: tuple[int, object] | None = None
        k = i + 1
        start, end, text = toks.start, toks.end, toks.text
        while node is not None:
            if "" in node:
                best = (k - i, node[""])
                if len(node) == 1:
                    break  # no longer phrase
            if k >= n:
                break
            a, b = end[k - 1], start[k]
            if b - a > 1 and text.count("\n", a, b) >= 2:  # a blank line: toks.nl(k) >= 2
                break
            node = node.get(words[k].low)
            k += 1
        return best


def phrases(items: Iterable[str], value: object = True, *, loose: bool = False) -> Phrases:
    """A trie of plain phrases, all mapped to ``value`` (``loose``: see :class:`Phrases`)."""
    return Phrases(((p, value) for p in items), loose=loose)


#: Fewest words of a phrase matched by skeleton: OCR drops or misreads the marks of a
#: word (``Giáo duc và Đào tạo``, ``Nông nghiệp vả Môi trường``); across three words or
#: more the skeletons still name one phrase, where one or two may name another word.
LOOSE_MIN_WORDS = 3


@lru_cache(maxsize=8192)
def _skeleton(low: str) -> str:
    """A token's skeleton without marks (:func:`~vbcd.syllables.strip_marks`)."""
    return strip_marks(low)


#: A token's skeleton, cached: for the grammars' OCR-tolerant comparisons.
skeleton = _skeleton


def one_line(span: str) -> str:
    """A span as a one-line name: line breaks and runs of spaces become one
    space, a word hyphenated across lines (``COVID-`` / ``19``) is rejoined.

    Most spans hold single spaces only (every other white space character is
    unprintable): those need no regex."""
    if span.isprintable() and "  " not in span:
        return span.strip()
    return str(_SPACE.sub(" ", _WRAPPED_HYPHEN.sub("", span))).strip()
