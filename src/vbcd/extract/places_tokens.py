"""The syllables of a document, read only where the place finder looks.

Place names are sparse: a 12 kB document holds some 2,000 syllables and a
few dozen places. Cutting every syllable in Python costs more than the whole
finder may spend, so the text is not cut up front. A token is named by its
start offset, and :class:`Tokens` reads a token, its neighbours and the gap
between two of them on first request, keeping what it read; the rules
navigate with ``toks.nx[p]`` / ``toks.pv[p]`` around the few places where
they can fire (found by the scans of :mod:`vbcd.extract.places_scan`).
Every attribute is a dictionary filled on first use, so that a repeated
look is a lookup done in C.

A token is a match of :data:`~vbcd.extract.places_data.SYLLABLE` (letters,
marks and digits, joined by apostrophes), exactly as if the whole text had
been cut with ``SYLLABLE.finditer``: reading forward uses a fast ``re``
pattern where the text holds only common letters and punctuation, and the
``regex`` pattern elsewhere; reading backward uses the same fast pattern on
the reversed text (a syllable read backward is the same syllable), or the
``regex`` pattern with the ``REVERSE`` flag.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import regex

from vbcd.extract.places_data import SAFE_GAPS, SAFE_LETTERS, SYLLABLE

# gap kinds between two syllables
JOIN = 0  # "-" without spaces: one transliterated word (Cam-pu-chia)
SPACE = 1
NEWLINE = 2  # one line break: hard-wrapped text
DASHED = 3  # " - " between names (Bà Rịa - Vũng Tàu)
DOTTED = 4  # "." inside an abbreviation (TP.HCM)
HARD = 5  # punctuation or a blank line: a phrase boundary
SOFT = (JOIN, SPACE, NEWLINE)  # gaps inside one capitalised run
RUN_GAPS = (*SOFT, DASHED, DOTTED)  # gaps inside a run of words in capitals
NONE = -1  # no such token

# Four blanks or more are a table cell's edge (normalisation turns a tab into four):
# no name runs across it (``UBND tỉnh⇥Thành viên``: the next cell is no place's name).
_SPACES = regex.compile(r"[ ]{1,3}")
_NL = regex.compile(r"[ ]*\n[ ]*")
# A dash may end a hard-wrapped line ("Bà Rịa -⏎Vũng Tàu"); one at the start of a line
# is a bullet, never inside a name.
_DASH = regex.compile(r"[ ]*[-‐–—][ ]*(?:\n[ ]*)?")
_DOT = regex.compile(r"\.[ ]?")
_LETTER = regex.compile(r"\p{L}")
_LOWER = regex.compile(r"\p{Ll}")
_SYLLABLE_BACK = regex.compile(SYLLABLE.pattern, regex.REVERSE)
_TOKEN_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_JOINERS = "-‐"  # a syllable joined by one is as capitalised as the one before

# Where the text holds only SAFE_LETTERS and SAFE_GAPS, a token is a plain run
# of the first ones.
_GAP = f"[{SAFE_GAPS}]*+"
_TOK = f"([{SAFE_LETTERS}]++)(?![^{SAFE_GAPS}])"
_READ = 3  # tokens read at once
_READ_BACK = 2  # tokens read at once backward


def _nested(count: int) -> str:
    return _GAP + _TOK + (f"(?:{_nested(count - 1)})?" if count > 1 else "")


_CHAIN = re.compile(_nested(_READ))
_BACK_CHAIN = re.compile(_nested(_READ_BACK))
_TOKEN = re.compile(f"[{SAFE_LETTERS}]++(?![^{SAFE_GAPS}])")

#: Longest string the lookup tables keep (longer ones are rare and would only
#: fill memory).
KEEP_CHARS = 64

K = TypeVar("K")


class Memo(dict[str, Any]):
    """A string → value table filled on first sight by ``fn``: documents reuse
    a small vocabulary and a few kinds of gaps, so lookups are dictionary hits
    done in C. Emptied if adversarial input makes it grow large; long strings
    are not kept."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> Any:
        if len(self) >= 200_000:
            self.clear()
        value = self.fn(key)
        if len(key) <= KEEP_CHARS:
            self[key] = value
        return value


class Lazy(dict[int, K], Generic[K]):
    """A token attribute: offset → value, worked out by ``fn`` on first use."""

    def __init__(self, fn: Callable[[int], K]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, p: int) -> K:
        value = self[p] = self.fn(p)
        return value


def _gap_kind(g: str) -> int:
    if g == " ":
        return SPACE
    if g == "-" or g == "‐":
        return JOIN
    if _SPACES.fullmatch(g):
        return SPACE
    if _NL.fullmatch(g):
        return NEWLINE
    if _DASH.fullmatch(g):
        return DASHED
    if _DOT.fullmatch(g):
        return DOTTED
    return HARD


def _title_or_caps(r: str) -> bool:
    """Title case or all capitals; a mixed syllable (``ỦYVề``, ``CổngTTĐT``) is
    debris of glued words, not a name."""
    return r[0].isupper() and (r[1:].islower() or r.isupper() or not r[1:].isalpha())


def _all_caps(syllable: str) -> bool:
    return syllable.isupper() and (len(syllable) > 1 or syllable.isalpha())


def _three_letters(line: str) -> bool:
    """Does ``line`` hold three letters or more? ``str.isalpha`` counts (what it
    calls a letter, ``regex`` does too); the regex count settles the rest."""
    return sum(map(str.isalpha, line)) >= 3 or len(_LETTER.findall(line)) >= 3


GAP_KINDS = Memo(_gap_kind)
CAP = Memo(_title_or_caps)
ALL_CAPS = Memo(_all_caps)
TOKEN_CHAR = Memo(lambda c: _TOKEN_CHAR.match(c) is not None)
HAS_LOWER = Memo(lambda t: _LOWER.search(t) is not None)


class Tokens:
    """The syllables of one text, read on demand and named by start offset.

    ``text`` is the document, ``folded`` its tone-folded copy (same length),
    ``low_text`` the case-folded copy of ``folded`` when folding keeps every
    character one character long (else ``None``: the folded form of each
    syllable is then worked out on its own).

    Each attribute maps a token's start offset to a value: ``end``, ``raw``
    (as written, tone-folded), ``low`` (also case-folded), ``nx`` / ``pv``
    (the next / previous token, :data:`NONE` at the ends), ``gap`` (the kind of
    gap before the token, hard before the first), ``cap`` and ``skip``. They
    must be asked only for token starts, never for :data:`NONE`.
    """

    def __init__(self, text: str, folded: str, low: str | None,
                 cells: frozenset[int] = frozenset()) -> None:
        self.text = text
        self.folded = folded
        self.low_text = low
        #: the offsets of the line breaks a Markdown table's cell borders became
        #: (:meth:`~vbcd.normalize.Normalized.cell_breaks`): a gap over one is hard, so
        #: no name runs from a cell into the next (``Thôn An Lộc | Hộ nghèo`` names no
        #: ``An Lộc Hộ``), as the organs' grammar reads them
        self.cells = cells
        self.n = len(folded)
        self._rev: str | None = None
        self.end: Lazy[int] = Lazy(self._end)
        self.nx: Lazy[int] = Lazy(self._next)
        self.pv: Lazy[int] = Lazy(self._prev)
        self.raw: Lazy[str] = Lazy(self._raw)
        self.low: Lazy[str] = Lazy(self._low)
        self.gap: Lazy[int] = Lazy(self._gap)
        self.cap: Lazy[bool] = Lazy(self._cap)
        self.skip: Lazy[bool] = Lazy(self._skip)
        #: where the prefix scans (:func:`~vbcd.extract.places_scan.prefix_starts`) found
        #: a prefix word's last syllable as a whole token, whatever follows it (``None``
        #: until they ran on the case-folded text): a list after a colon needs one before
        self.prefix_words: list[int] | None = None
        self._line_starts: list[int] = []
        self._line_ends: list[int] = []
        self._line_header: list[bool] = []

    # --- reading ---------------------------------------------------------------------

    def read_from(self, pos: int, before: int = NONE) -> int:
        """Start of the first token at or after ``pos`` (which lies outside any
        token), or :data:`NONE`. A few tokens are read at once, in C: their
        ends, spellings, links and the gaps between them are kept (and the link
        from ``before``, the token that ends at ``pos``, if given)."""
        m = _CHAIN.match(self.folded, pos)
        if m is None:
            found = SYLLABLE.search(self.folded, pos)
            if found is None:
                return NONE
            self._keep([found.span()], before, pos)
            return found.start()
        spans = m.regs[1:]
        self._keep(spans, before, pos)
        return spans[0][0]

    def _keep(
        self, spans: Sequence[tuple[int, int]], prev: int = NONE, prev_end: int = NONE
    ) -> None:
        """Keep tokens read one after another (in text order; a span ``(-1, -1)``
        ends them): ends, spellings, links, gaps between (and from ``prev``, the
        token before the first, which ends at ``prev_end``, if given), and whether
        they are capitalised when their spelling alone tells.

        A plain loop of item assignments: for the two or three tokens of a read it
        costs a fifth of building iterators for ``dict.update``."""
        folded = self.folded
        low_text = self.low_text
        end, raw, low = self.end, self.raw, self.low
        nx, pv, gap, cap = self.nx, self.pv, self.gap, self.cap
        cells = self.cells
        for s, e in spans:
            if s < 0:
                break
            end[s] = e
            r = raw[s] = folded[s:e]
            if low_text is not None:
                low[s] = low_text[s:e]
            if CAP[r]:
                cap[s] = True
            elif not (s >= 2 and folded[s - 1] in _JOINERS and TOKEN_CHAR[folded[s - 2]]):
                cap[s] = False  # (a joined syllable is as capitalised as the one before)
            if prev != NONE:
                nx[prev] = s
                pv[s] = prev
                kind = GAP_KINDS[folded[prev_end:s]]
                if kind == NEWLINE and cells and folded.find("\n", prev_end, s) in cells:
                    kind = HARD
                gap[s] = kind
            prev, prev_end = s, e

    def keep(self, s: int, e: int) -> None:
        """Keep one token read elsewhere: its end and spellings."""
        self.end[s] = e
        self.raw[s] = self.folded[s:e]
        if self.low_text is not None:
            self.low[s] = self.low_text[s:e]

    def _next(self, p: int) -> int:
        return self.read_from(self.end[p], p)

    @property
    def reversed(self) -> str:
        """The folded text read backward (made on first use)."""
        if self._rev is None:
            self._rev = self.folded[::-1]
        return self._rev

    def _prev(self, p: int) -> int:
        """The token before ``p`` (and a few more before it, kept)."""
        n = self.n
        m = _BACK_CHAIN.match(self.reversed, n - p)
        if m is None:
            back = _SYLLABLE_BACK.search(self.folded, 0, p)
            if back is None:
                return NONE
            spans = [back.span()]
        else:
            spans = [(n - b, n - a) for a, b in m.regs[:0:-1] if a >= 0]  # in text order
        self._keep(spans)
        first, first_end = spans[-1]
        self.nx[first] = p
        if p < n:
            self.gap[p] = self._kind(first_end, p)
        return first

    def _end(self, p: int) -> int:
        """Read the token at ``p`` on its own (kept as :meth:`_keep` keeps a read)."""
        m = _TOKEN.match(self.folded, p) or SYLLABLE.match(self.folded, p)
        assert m is not None, p
        e = m.end()
        self._keep([(p, e)])
        return e

    def _raw(self, p: int) -> str:
        if p not in self.end:
            self._end(p)
            return self.raw[p]
        return self.folded[p:self.end[p]]

    def _low(self, p: int) -> str:
        if self.low_text is not None:
            return self.low_text[p:self.end[p]]
        return self.raw[p].casefold()

    def is_start(self, p: int) -> bool:
        """Does a token start at offset ``p``?"""
        f = self.folded
        if not TOKEN_CHAR[f[p]]:
            return False
        if p == 0 or not TOKEN_CHAR[f[p - 1]]:
            # an apostrophe between two syllable characters is inside a token
            return not (p >= 2 and f[p - 1] in "'’" and TOKEN_CHAR[f[p - 2]])
        return False

    def is_end(self, e: int) -> bool:
        """Does a token that covers offset ``e - 1`` end at ``e``?"""
        f = self.folded
        if e >= self.n:
            return True
        c = f[e]
        if TOKEN_CHAR[c]:
            return False
        return not (c in "'’" and e + 1 < self.n and TOKEN_CHAR[f[e + 1]])

    # --- what a token is ---------------------------------------------------------------

    def _gap(self, p: int) -> int:
        f = self.folded
        if p >= 2 and f[p - 1] == " " and TOKEN_CHAR[f[p - 2]]:
            return SPACE  # the common case, read without the token before
        q = self.pv[p]
        if q == NONE:
            return HARD
        return self._kind(self.end[q], p)

    def _kind(self, a: int, b: int) -> int:
        """The kind of the gap ``folded[a:b]``: a table's cell border is a hard one."""
        kind: int = GAP_KINDS[self.folded[a:b]]
        if kind == NEWLINE and self.cells and self.folded.find("\n", a, b) in self.cells:
            return HARD
        return kind

    def gap_text(self, p: int) -> str:
        """The text between token ``p`` and the one before (which must exist)."""
        return self.text[self.end[self.pv[p]]:p]

    def _cap(self, p: int) -> bool:
        """Capitalised, or joined by a hyphen to a capitalised syllable (``Cam-pu-chia``)."""
        if CAP[self.raw[p]]:
            return True
        f = self.folded
        if not (p >= 2 and f[p - 1] in _JOINERS and TOKEN_CHAR[f[p - 2]]):
            return False
        # joined: as capitalised as the syllable before (``a-b-c``: walked back once)
        chain = [p]
        q = self.pv[p]
        while q not in self.cap:
            if CAP[self.raw[q]]:
                self.cap[q] = True
                break
            if not (q >= 2 and f[q - 1] in _JOINERS and TOKEN_CHAR[f[q - 2]]):
                self.cap[q] = False
                break
            chain.append(q)
            q = self.pv[q]
        value = self.cap[q]
        for k in chain[1:]:
            self.cap[k] = value
        return value

    def adjacent_cap(self, p: int) -> bool:
        """Token ``p`` exists, is capitalised and is joined to the token before by a
        soft gap."""
        return p != NONE and self.cap[p] and self.gap[p] in SOFT

    def ends_with(self, k: int, key: tuple[str, ...]) -> bool:
        """Tokens ending at ``k`` (inclusive) spell ``key`` with soft gaps between."""
        x = len(key) - 1
        while True:
            if self.low[k] != key[x]:
                return False
            if x == 0:
                return True
            if self.gap[k] not in SOFT:
                return False
            k = self.pv[k]
            x -= 1

    def tokens(self, p: int, last: int) -> list[int]:
        """The tokens from ``p`` to ``last``, both included."""
        out = [p]
        nx = self.nx
        while p != last:
            p = nx[p]
            out.append(p)
        return out

    # --- header lines and runs in capitals ----------------------------------------------

    def _skip(self, p: int) -> bool:
        """Token ``p`` is on a header line or in a title in capitals: no place of the body.

        A line without a lower-case letter and with three letters or more is a
        header block, the national motto or a title; a stretch of four or more
        syllables in capitals inside a mixed line is a header or title run into
        the text (``... ỦY BAN NHÂN DÂN TỈNH TÂY NINH``). Each line is looked at
        once: the lines seen are kept sorted by start, so a long line is not
        walked again for every token on it.
        """
        if not ALL_CAPS[self.raw[p]] and HAS_LOWER[self.text[p:self.end[p]]]:
            return False  # a lower-case letter: no header line, no run in capitals
        lines = self._line_starts
        k = bisect_right(lines, p) - 1
        if k >= 0 and p < self._line_ends[k]:
            header = self._line_header[k]
        else:
            text = self.text
            start = text.rfind("\n", 0, p) + 1
            end = text.find("\n", p)
            if end < 0:
                end = len(text)
            header = (_LOWER.search(text, start, end) is None
                      and _three_letters(text[start:end]))
            k += 1
            lines.insert(k, start)
            self._line_ends.insert(k, end)
            self._line_header.insert(k, header)
        return header or (ALL_CAPS[self.raw[p]] and self._in_caps_run(p))

    def _in_caps_run(self, p: int) -> bool:
        """Four or more syllables in capitals in a row, joined by run gaps, hold ``p``
        (itself in capitals)."""
        raw = self.raw
        run = 1
        q = p
        while run < 4 and self.gap[q] in RUN_GAPS:
            q = self.pv[q]
            if not ALL_CAPS[raw[q]]:
                break
            run += 1
        q = p
        while run < 4:
            q = self.nx[q]
            if q == NONE or not ALL_CAPS[raw[q]] or self.gap[q] not in RUN_GAPS:
                break
            run += 1
        return run >= 4


def syllables(folded: str) -> tuple[list[int], list[str]]:
    """Start offsets and spellings of every syllable of ``folded``, read forward one
    after another as the finder reads them, and checked against a backward read
    (the tests compare this with the pattern's matches)."""
    toks = Tokens(folded, folded, None)
    starts: list[int] = []
    p = toks.read_from(0)
    while p != NONE:
        starts.append(p)
        p = toks.nx[p]
    back = Tokens(folded, folded, None)
    backward: list[int] = []
    q = back._prev(len(folded)) if folded else NONE
    while q != NONE:
        backward.append(q)
        q = back.pv[q]
    assert backward[::-1] == starts, (backward[::-1], starts)
    assert all(back.end[s] == toks.end[s] for s in starts)
    return starts, [toks.raw[p] for p in starts]
