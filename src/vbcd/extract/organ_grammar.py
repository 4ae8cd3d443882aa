"""Reading organ names: head + modifiers, chains, classes and lists.

:class:`Parser` reads an organ at a head token (``Sở``, ``Đảng ủy``,
``Ủy ban nhân dân``) and decides where the name ends; :meth:`Parser.outcome`
says what a candidate contributes (specific mentions as :class:`Found`), and
:class:`ScanState` applies it in text order (:mod:`vbcd.extract.organ_window`
walks the document's windows). What it knows:

* modifiers: capitalised words (a sector name capitalises its first word
  only, so a lone capitalised syllable takes the next one: ``Y tế``), sector
  phrases (``Giao thông vận tải``, ``Văn hóa, Thể thao và Du lịch``), scopes
  (``tỉnh Quảng Ninh``, ``Trung ương``, ``cấp tỉnh``), a topic for steering
  committees (``về phòng, chống dịch Covid-19``), a parent organ that closes the
  name (``Ban Tuyên giáo Tỉnh ủy``, ``... của Quốc hội``);
* chains: ``Đảng ủy`` + ``Bộ Y tế``, ``Ban cán sự đảng`` + ``UBND tỉnh``;
* a party committee written bare before a name ends (``Ban Tổ chức Đảng ủy``,
  ``Thường trực Huyện ủy``): the document's own, which closes the name; a board
  whose name is written small before such a parent (``Ban xây dựng đảng Đảng ủy``,
  ``Ban kinh tế - ngân sách HĐND tỉnh``);
* small words that go on with a name: a discipline's suffix (``Ngôn ngữ học``),
  a stretch before ``và`` and a capitalised word (``Quỹ Bảo vệ rừng và Môi
  trường``), a sector name inside a run of capitals (``DÂN SỐ - KẾ HOẠCH ...``);
* names of companies, centres and project boards (heads marked ``trade``), which
  mix small words, numbers and brands: after the first modifier they go on up to
  a brand, a known place or a scope that closes them (``Công ty cổ phần Xây dựng
  giao thông Yên Bái``, ``Công ty Cổ phần 289 Trường Sơn``, ``Công ty cổ phần năng
  lượng tái tạo BIM``), within a bounded reach;
* where a name ends: function words, verbs, titles, punctuation, a blank line,
  another organ;
* classes, which are not organs: ``các sở``, ``UBND các tỉnh``, ``UBND cấp xã``,
  ``Huyện ủy, Thành ủy``; nor is a signer's title or body after a signing
  authority (``KT. CỤC TRƯỞNG``), on a line of its own or mid-line;
* distributive lists (``Đảng ủy các Bộ: Y tế, Nội vụ``) and shared scopes
  (``Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng``).

Cost: only candidates found by a regex scan are visited; a parse looks at most
:data:`MAX_TOKENS` tokens and is memoised per start token, phrase matches are
cached per position (the hot paths test a table's first words before calling
into it), and a window's heads are parsed right to left before its candidates
are read left to right, so that nested organs are always already known:
linear in the document, with no deep recursion.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Any, cast

import regex

from vbcd.extract import organ_tables as T
from vbcd.extract import places_data
from vbcd.extract.organ_tokens import Edge, Phrases, Tokens, Word, one_line, skeleton
from vbcd.extract.person_names import SURNAMES_COMMON
from vbcd.extract.person_scan import caps_name
from vbcd.grammar import patterns as P
from vbcd.normalize import COLUMN_GAP, fold_tones

__all__ = ["LEVEL_RANK", "MAX_TOKENS", "NOTHING", "Found", "Outcome", "Parser", "ScanState"]

#: Longest organ read from one head, in tokens (nested organs included).
MAX_TOKENS = 32
#: Most tokens a department's head and sector span before ``các`` (``Sở Lao động -
#: Thương binh và Xã hội``: 8).
_DEPARTMENT_REACH = 12
#: Longest distributive list, in items.
MAX_ITEMS = 40
#: The most words a commune's name in a list without a colon takes (``Tân Lập``,
#: ``Đông Hưng Thuận``): a longer capitalised run is no one name.
_COMMUNE_WORDS = 4
#: A vehicle inspection centre's code, folded (``29-03V``, ``37-01D``, ``5001S``): the
#: province's two digits, the centre's two and a letter or two.
_STATION_CODE = regex.compile(r"\d{2}-?\d{2}[a-z]{1,2}")
#: Most tokens an acronym series after a name's first acronym takes (``, DL và CNS``:
#: four), and most letters of each acronym in it.
_ACRONYM_SERIES_MAX = 8
_ACRONYM_CHARS = 6
#: Longest name written small after a head (``Ban`` + ``kinh tế - ngân sách``), in tokens.
SMALL_MAX = 6

Match = tuple[int, object] | None

# First words of each table's phrases: a token whose word is in none of them
# needs no call to :meth:`Parser.at` (the hot paths test these first).
_HEADS = T.HEADS.root
_TITLED_SMALL = T.TITLED_SMALL_HEADS
_SMALL_NAMED = T.SMALL_NAMED_HEADS
_FALSE = T.FALSE_HEADS.root
_GB = T.GENERIC_BEFORE.root
_GB_LAST = T.GENERIC_BEFORE_LAST
_GA = T.GENERIC_AFTER.root
_OBJECTS = T.GENERIC_OBJECTS.root
_PLURALS = frozenset(("các", "những"))
_FIELDS = T.FIELDS.root
_MANAGED_OBJECTS = T.MANAGED_OBJECTS.root
_CAP_FIELDS = T.CAP_FIELDS.root
_LIST_MARKS = frozenset({",", ";"})
#: What joins the items of a steering board's topic (``phòng, chống tham nhũng, tiêu cực``).
_TOPIC_JOINS = frozenset({",", "và"})
_AUTHORITY_WORDS = T.AUTHORITY_WORDS
_CONNECTORS = T.CONNECTORS
#: Longest line :meth:`Parser._name_line` reads (five words of a name and more).
_NAME_LINE_MAX = 64
#: A line that opens with a field's label (``Địa chỉ:``, ``Mã số thuế:``, ``MST:``): the
#: details under a company's or a person's name, not the name wrapped.
_LABEL_LINE = regex.compile(r"\p{Lu}\p{L}*(?:[ \t]+\p{L}+){0,2}[ \t]*:")
#: Most characters a place's name before the comma of a place-and-date line takes.
_PLACE_MAX = 40
#: Common surnames, as tokens spell them: a name in capitals may follow a signer's title.
_SURNAMES = frozenset(fold_tones(s) for s in SURNAMES_COMMON)
#: The most words a head that a unit's field follows has (``Trường Trung học phổ thông``).
_HEAD_WORDS_MAX = 6
#: Connectors that open a list item when they open a line (``- Sở Y tế``, ``– Cập nhật``:
#: every dash reads as ``-``).
_LIST_DASHES = frozenset(("-",))
#: The dashes that join the two parts of a ward's name (``Xuân Hương - Đà Lạt``).
_NAME_DASHES = frozenset(("-", "–"))
_FUNCTION = T.FUNCTION
# After a number opening a line: the mark of a clause (``1.``, ``2)``) and a blank.
_MARK_AFTER = regex.compile(r"[.)][ \t]")
#: After a number opening a line, the gap to the next cell of a table row: the row's
#: number (``STT``) in a Word table saved as text (``1<TAB>Công ty TNHH ...``), neither
#: a count (``2 Bộ``) nor a name's number (``Công ty Điện lực Bắc Ninh`` / ``2``).
#: The blanks a line opens with (a PDF line's indent, no gap between two cells).
_INDENT = regex.compile(r"[ \t]*")
_ROW_NUMBER_GAP = regex.compile(rf"[ \t]{{{COLUMN_GAP},}}|\t")
# After a period word opening a line: its number, Arabic or Roman (``Quý III``, ``Tháng 6``).
_PERIOD_AFTER = regex.compile(r"[ \t]+(?:\d{1,4}|[IVX]{1,4})\b")
#: Blanks inside a line that part two columns (``... – VP          Thành phố ...``,
#: ``BAN CHẤP HÀNH TRUNG ƯƠNG      ĐẢNG CỘNG SẢN VIỆT NAM``): see
#: :data:`vbcd.normalize.COLUMN_GAP`.
_COLUMN_GAP = COLUMN_GAP
#: Those blanks, as :meth:`ScanState.signed` looks for them.
_GAP = " " * _COLUMN_GAP
#: How far before a head :meth:`ScanState.signed` looks for that gap.
_GAP_REACH = 120
_LEVELS = T.LEVEL_WORDS.root
_FIXED = T.FIXED_SCOPE.root
_BRANCHES = T.BRANCHES.root
#: Most words a head has (``Ban Chỉ huy Quân sự``), looked back over for one that ends
#: right before a word.
_HEAD_WORDS_MAX = 4
_CAP_STOP = T.CAP_STOP.root
_DEPARTMENT_FIELDS = T.DEPARTMENT_FIELDS.root
_LINE_RANKS = T.LINE_RANKS.root
_VERBS = T.VERBS.root
_TERMINALS = T.TERMINALS.root
_EVENT_SITES = T.EVENT_SITES.root
_PREDICATES = T.SUBJECT_PREDICATES.root
#: Characters before a lowercase stretch within which the bracket that holds its organ
#: opens (``(qua`` + the head and the capitalised words of the name).
_BRACKET_REACH = 60
_TRADE = T.TRADE_WORDS.root
_TRADE_OPEN = T.TRADE_OPEN_WORDS.root
#: How many words before a trade name's stretch a legal form may end (``Cổ phần`` +
#: ``Tư vấn thiết kế`` + ``xây dựng``).
_FORM_REACH = 4
#: The year of an event's edition (``năm`` + ``2025``).
_EDITION_YEAR = regex.compile(r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?")
#: The first letters of the signing authorities (``TM.``, ``KT.``, ``Q.``, ``T/M``),
#: if each of their patterns starts with a plain letter (else None: no shortcut).
_AUTHORITY_FIRST: frozenset[str] | None = (
    frozenset(a[0] for a in T.AUTHORITIES)
    if all(a[:1].isalpha() for a in T.AUTHORITIES)
    else None
)
#: How far before a head :meth:`Parser._after_authority` looks (``TUQ.`` and spaces).
_AUTHORITY_REACH = 8
#: Administrative levels from the top; a level word of rank 1 to the document's own
#: rank names the issuer's own unit (see :class:`Parser`).
LEVEL_RANK: Mapping[str, int] = {"province": 1, "district": 2, "commune": 3}
#: The last characters of the signing authorities (``.`` of ``KT.``, ``m`` of ``T/M``),
#: case-folded: a head after a token ending otherwise needs no look (None: no shortcut).
_LAST_CHARS = frozenset(
    regex.sub(r"\(\?=.*\)$|\\s\*|\\", "", a)[-1:].casefold() for a in T.AUTHORITIES)
_AUTHORITY_LAST: frozenset[str] | None = None if "" in _LAST_CHARS else _LAST_CHARS
#: Stands for "not in the cache" (None is a cached answer).
_UNSET: Match = (-1, None)
#: What opens a clause heading before the organ it names: a marker (``1.``, ``1.2.``,
#: ``2)``, ``a)``, ``III.``), bold marks of a converter allowed (see
#: :meth:`Parser._heading_cut`).
_HEADING_MARKER = regex.compile(
    r"[ \t*]*+(?:\d{1,3}(?:\.\d{1,3})*+[.)]|[a-zđ][)/]|[IVXL]{1,6}\.)[ \t*]++")
_caps = attrgetter("caps")
_low = attrgetter("low")
_word = attrgetter("word")

#: Most words of an election unit's name (``đơn vị bầu cử đại biểu Quốc hội``).
_UNIT_WORDS = 8
#: Words that go on with a list of numbered units after one of its numbers.
_NUMBER_LIST_WORDS = frozenset(("và", "hoặc"))


def _district_provinces(name: str) -> frozenset[str]:
    """The provinces that have a district named ``name`` (none if no district is)."""
    node: dict[str, Any] | None = places_data.data().districts.root
    for syl in places_data.key(name):
        node = node.get(syl) if node is not None else None
    entries = node.get("", []) if node is not None else []
    return frozenset(e.province for e in entries if e.province)


def _roman_letter(tok: Word) -> bool:
    """Is ``tok`` a roman numeral of one capital letter (``I``, ``V``, ``X``)? Such a
    token is no :attr:`Word.upper` word (that needs two letters), so a heading in
    capitals would drop the number of ``KHO BẠC NHÀ NƯỚC KHU VỰC X`` while it keeps
    ``KHU VỰC XII``."""
    return tok.word and tok.cap and not tok.upper and tok.low in ("i", "v", "x")


def _has_vowel(low: str) -> bool:
    """Does a folded word hold a vowel letter (``tỉnh`` yes, the acronym ``kktckqt`` no)?"""
    return any(c in "aeiouy" for c in unicodedata.normalize("NFD", low))


@dataclass(slots=True)
class Organ:
    """One organ read at a head: token span and what the grammar learnt."""

    start: int
    end: int
    head: T.Head
    head_end: int  # token index after the head words
    level: str | None = None
    kind: str = "other"
    generic: bool = False
    has_scope: bool = False
    has_place: bool = False
    has_level: bool = False  # a level word (tỉnh, huyện) was read
    scope_only: bool = True  # nothing but scope words after the head
    scope_span: tuple[int, int] | None = None
    topic: str = ""  # a steering committee's topic, folded
    key_drop: list[tuple[int, int]] | None = None  # left out of the key
    aside: tuple[int, int] | None = None  # ``(BHXH)`` inside the name: not part of it
    short: bool = False  # fewer words than the head's ``min_words``
    #: the level word that opened the organ's place and the place's tokens
    #: (``huyện`` + ``Tương Dương``): where a list after a singular level word starts
    place: tuple[int, int, int] | None = None


@dataclass(slots=True)
class Found:
    """One mention of a specific organ, ready for merging."""

    start: int
    end: int
    name: str
    head: T.Head
    level: str | None
    kind: str
    has_scope: bool
    scope_only: bool
    upper: bool  # written in capitals (a header line)
    scope_words: frozenset[str] = field(default_factory=frozenset)
    head_chars: int = 0  # length of the head words at the start of ``name``
    topic: str = ""
    key_name: str = ""  # the words compared when merging (``tỉnh`` before a place left out)
    key_head_chars: int = 0
    has_place: bool = False
    #: fewer words after the head than its ``min_words`` (``Bộ Cêng``): kept only as a
    #: mention of an organ named in full elsewhere (``Bộ Ytế`` of ``Bộ Y tế``)
    short: bool = False

    def moved(self, d: int) -> Found:
        """The same mention ``d`` characters further on (the same text there)."""
        return Found(
            self.start + d, self.end + d, self.name, self.head, self.level, self.kind,
            self.has_scope, self.scope_only, self.upper, self.scope_words, self.head_chars,
            self.topic, self.key_name, self.key_head_chars, self.has_place, self.short,
        )


#: What starts at a candidate (:meth:`Parser.outcome`): whether anything does;
#: the mentions read; the offset where reading goes on; for a district
#: committee after ``,``/``và``, where the token before it starts (else -1);
#: where the token after a bare district committee's head starts (else None).
Outcome = tuple[bool, tuple[Found, ...], int, int, int | None]
NOTHING: Outcome = (False, (), 0, -1, None)


@dataclass(slots=True)
class ScanState:
    """What the scan carries from one candidate to the next, and from one
    window to the next: offsets in the text, so that it does not depend on
    where a window starts."""

    folded: str
    out: list[Found] = field(default_factory=list)
    pos: int = 0  # candidates starting before this offset have been read
    nxt: int = 0  # candidates starting before this offset lie inside a name read
    bare: int = -1  # start of the token after a bare district committee's head
    signature_lines: dict[int, bool] = field(default_factory=dict)  # line start -> signed?
    line_start: tuple[int, int] = (0, 0)  # (offset searched up to, start of its line)
    #: outcomes by the text around a candidate and where in it the candidate
    #: starts (offsets from the text's start), or None when that text is not
    #: enough to read it (see organ_window)
    memo: dict[tuple[str, str, int, bool, bool, tuple[int, ...]], Outcome | None] = field(
        default_factory=dict)

    def take(self, out: Outcome, here: int, d: int = 0) -> None:
        """Apply the outcome of the candidate at offset ``here``; its offsets are
        ``d`` characters short (an outcome read where the same text stands)."""
        something, found, nxt, run, bare = out
        if not something or self.signed(here):
            self.pos = self.nxt = here + 1
            return
        if found:
            if run >= 0 and self.bare in (here, run + d):
                pass  # a bare district committee in a row of them: a class
            elif d:
                self.out.extend([f.moved(d) for f in found])
            else:
                self.out.extend(found)
        self.pos, self.nxt = here + 1, nxt + d
        if bare is not None:
            self.bare = bare + d if bare >= 0 else bare

    def signed(self, at: int) -> bool:
        """Is offset ``at`` on a signing-authority line (``KT. TRƯỞNG BAN ...``)?
        Such a line names the signer's position, not an organ the document
        speaks about. Asked only at heads, in text order, so each line is
        tested once, when needed, and the search for line starts never goes
        back."""
        seen, line = self.line_start
        if at < seen:  # out of order: search from the start
            seen, line = 0, 0
        folded = self.folded
        found = folded.rfind("\n", seen, at) + 1
        if found > line:
            line = found
        self.line_start = (at, line)
        # two columns read line by line (``- Như trên;        KT. CHỦ TỊCH``): the
        # right one opens after the last wide gap before ``at`` (looked for only a
        # signature line's length back: a megabyte line is not searched per head)
        gap = folded.rfind(_GAP, max(line, at - _GAP_REACH), at)
        pattern = T.SIGNATURE_LINE
        if gap >= 0:
            line = gap + len(_GAP)
            while folded[line : line + 1] == " ":
                line += 1
            pattern = T.AUTHORITY_AT  # mid-line: no ``^``
        # an authority opens on one of a few letters, after spaces or tabs:
        # other lines need no regex (nor a note)
        first = folded[line : line + 1]
        if _AUTHORITY_FIRST is not None and first not in _AUTHORITY_FIRST and first not in " \t":
            return False
        signed = self.signature_lines.get(line)
        if signed is None:
            signed = pattern.match(folded, line) is not None
            self.signature_lines[line] = signed
        return signed


@lru_cache(maxsize=16)
def _last_words(keys: frozenset[tuple[str, ...]]) -> frozenset[str] | None:
    """The last words of the phrases ``keys`` (:meth:`Parser._after_managed`); None if
    one is empty (it ends before any word)."""
    return None if () in keys else frozenset(key[-1] for key in keys)


class Parser:
    """The organ grammar over the tokens of one window of a document.

    Reading a token beyond the window raises :class:`Edge`; the caller grows
    the window (:meth:`grow`, indices stay valid and so do the memos: a
    reading that finished never looked beyond the edge) or starts it earlier.
    """

    def __init__(self, text: str, folded: str, toks: Tokens, own: int = 0,
                 cells: frozenset[int] = frozenset()) -> None:
        self.text = text
        #: the offsets of the line breaks a table's cell border became
        #: (:meth:`~vbcd.normalize.Normalized.cell_breaks`) and of the words that open
        #: an organ's line in the header under its parent's: no name goes on across one
        self.cells = cells
        #: the rank (:data:`LEVEL_RANK`) of the issuer's lowest level, 0 if unknown: a
        #: district's document says ``UBND huyện``, ``Công an huyện`` of its own
        #: district, while a province's speaks so of every district
        self.own = own
        self.folded = folded
        self.toks = toks
        self.w: list[Word] = self.toks.words
        self.n = len(self.toks)
        self.memo: dict[int, Organ | None] = {}
        self.heads: dict[int, tuple[T.Head, int] | None] = {}
        self.cache: dict[int, Match] = {}  # phrase matches by token and table

    def grow(self, b: int) -> None:
        """Take in the text up to offset ``b``."""
        self.toks.grow(b)
        self.n = len(self.toks)

    # -- small helpers ------------------------------------------------------------------

    def _beyond(self) -> None:
        """A token index past the last one: none on the whole text, unknown in a window."""
        if not self.toks.at_end:
            raise Edge(True)

    def at(self, table: Phrases, i: int) -> Match:
        """``table.match`` at token ``i``, cached."""
        if i >= self.n:
            self._beyond()
            return None
        if self.w[i].low not in table.root:
            return None
        key = table.key + i
        m = self.cache.get(key, _UNSET)
        if m is _UNSET:
            m = table.match(self.toks, i)
            if m is not None and table is T.FIELDS and m[0] > 2:
                m = self._field_before_object(i, m)
            self.cache[key] = m
        return m

    def _field_before_object(self, i: int, m: tuple[int, object]) -> Match:
        """The field ``m`` at ``i`` less a sector verb it ends in (``Kinh tế xây dựng``)
        when a small word follows that is neither a verb nor a function word: that word
        is the verb's object, so the verb is the organ's predicate (``Phòng Kinh tế`` +
        ``xây dựng phương án``), while ``Cục Kinh tế xây dựng chủ trì`` keeps its name.
        Only a field opening on a capital: a small one names a project's business."""
        n = m[0]
        end = i + n
        if not self.w[i].cap or end >= self.n or not self.w[end].lower or self._verb_at(
                end) or self.at(T.LEVEL_WORDS, end) is not None or (
                self.w[end].low in _FIELDS and self.at(T.FIELDS, end) is not None):
            # (a field in small letters is a project's, ``đầu tư xây dựng``; a level or a
            # field goes on: ``... xây dựng huyện``, ``... xây dựng công trình dân dụng``)
            return m
        for tail in (2, 1):  # the sector verbs are one or two words
            verb = self.at(T.SECTOR_VERBS, end - tail)
            if verb is not None and verb[0] == tail:
                return T.FIELDS.match_upto(self.toks, i, n - tail)
        return m

    def _foreign_state(self, j: int) -> int | None:
        """The end of a foreign state's name at the capitalised ``j`` after a ``state``
        head (``Chính phủ`` + ``Nhật Bản``: a foreign government), or None. A name that
        is also a word (``Đức``, ``Anh``) names the state only when no capitalised word
        follows it on its line (``Chính phủ Anh Nguyễn Văn A``: a person)."""
        st = self.at(T.FOREIGN_STATES, j)
        if st is not None and all(t.cap for t in self.w[j : j + st[0]]):
            return j + st[0]
        st = self.at(T.FOREIGN_STATES_AMBIGUOUS, j)
        if st is None:
            return None
        end = j + st[0]
        return end if end >= self.n or not self.w[end].cap or self.toks.nl(end) else None

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.toks.start[a] : self.toks.end[b - 1]]

    def _start_of(self, k: int) -> int:
        """Where token ``k`` starts; -1 past the end of the text."""
        toks = self.toks
        if k < toks.stop:
            return toks.start[k]
        self._beyond()
        return -1

    def offset(self, k: int) -> int:
        """Where token ``k`` starts; the window's end for the token after it."""
        toks = self.toks
        return toks.start[k] if k < toks.stop else toks.b

    def _after_title(self, i: int, head: T.Head) -> bool:
        """Is the head at ``i`` preceded by one of its ``not_after`` phrases (or of its
        ``not_after_cap`` ones written with a capital)?"""
        if i == 0:
            return False
        if head.not_after_cap_last and self.w[i - 1].cap and self._phrase_before(
                i, head.not_after_cap_last):
            return True
        return bool(head.not_after_last) and self._phrase_before(i, head.not_after_last)

    def _phrase_before(self, i: int, by_last: Mapping[str, Sequence[tuple[str, ...]]]) -> bool:
        """Does one of the phrases (listed by their last word) end right before ``i``?
        A title's earlier words may have their marks misread by a scan (``Phó Truởng
        ban`` + ``Thường trực``): see :meth:`_title_marks_lost`."""
        w = self.w
        for phrase in by_last.get(w[i - 1].low, ()):
            n = len(phrase)
            if n == 1 or (
                i - n >= 0
                and all(w[i - n + k].low == word for k, word in enumerate(phrase[:-1]))
            ):
                return True
            if i - n >= 0 and phrase in T.MARKS_LOST_PHRASES and (
                    self._title_marks_lost(i - n) == n):
                return True
        return False

    def _title_marks_lost(self, j: int) -> int:
        """Words of a title at ``j`` whose marks a scan misread (``Tổ truởng``, ``Chù
        tịch``: positions.toml ``marks_lost``), 0 if none; never a family name spelt
        right before a capitalised word (``Trương Ban``: a person)."""
        w = self.w
        titles = T.MARKS_LOST_TITLES.get(skeleton(w[j].low))
        if not titles:
            return 0
        for t in sorted(titles, key=len, reverse=True):
            n = len(t)
            if j + n <= self.n and all(skeleton(w[j + k].low) == t[k] for k in range(1, n)):
                if w[j].low in _SURNAMES and w[j + 1].cap:
                    return 0
                return n
        return 0

    def head_at(self, i: int) -> tuple[T.Head, int] | None:
        """The longest head starting at token ``i`` and the index after it."""
        heads = self.heads
        if i in heads:
            return heads[i]
        found: tuple[T.Head, int] | None = None
        w = self.w
        if i >= self.n:
            self._beyond()
        elif ((tok := w[i]).cap or self._titled_small(i) or self._small_named(i)) and tok.word and (
                low := tok.low) in _HEADS:
            toks = self.toks
            # glued after ``/`` or a hyphen: a document's code (``45/QĐ-UBND``); but a
            # head in small letters after a word and a slash is the next organ of a pair
            # (``Cục Kiểm tra VBQPPL/Bộ Tư pháp``, ``Sở Y tế/Sở Tài chính``): codes are
            # capitals after a number
            code = (i > 0 and toks.start[i] == toks.end[i - 1]
                    and (glue := self.folded[toks.start[i] - 1]) in "/-"
                    and (glue == "-" or tok.upper or i < 2 or not w[i - 2].word
                         or w[i - 2].low[-1:].isdigit()))
            # (not cached by :meth:`at`: this method keeps its own answer)
            m = None if code else T.HEADS.match(toks, i)
            if m is not None and m[0] > 1 and (cut := self._before_motto(i, m[0])) < m[0]:
                m = T.HEADS.match_upto(toks, i, cut)  # ``Văn phòng Trung ương`` / motto
            if (m is not None and cast(T.Head, m[1]).strict_case
                    and not self._capitals_kept(i, m)):
                # ``Cơ sở cai nghiện ma túy tỉnh``: the capitals of ``Cơ sở Cai nghiện
                # ma túy`` are missing, the head written small with its scope is read
                fb = T.CASE_FALLBACK_HEADS.match(toks, i)
                m = fb if fb is not None and fb[0] == m[0] else m
            if m is not None:
                n, value = m
                head: T.Head = value  # type: ignore[assignment]
                false = self.at(T.FALSE_HEADS, i) if low in _FALSE else None
                if false is not None and false[1] is not True and any(
                        t.cap for t, cap in zip(w[i + 1 : i + false[0]],
                                                cast("tuple[bool, ...]", false[1])[1:],
                                                strict=False) if not cap):
                    false = None  # ``Đài Phát thanh``: a small false head written capitalised
                if n > 1 and tok.upper and self._case_breaks(i, i + n):
                    m = None  # ``... UBND TỈNH`` / ``Đoàn Thu Hà``: a title line, a name
                elif (
                    (false is None or false[0] < n
                     # a chain head as long as a false one names an organ through the
                     # organ it governs (``Hội đồng quản trị`` + ``NHCSXH``)
                     or (head.chain and false[0] == n and i + n < self.n
                         and self.w[i + n].cap and self.head_at(i + n) is not None))
                    and not self._after_title(i, head)
                    and not (i and not w[i - 1].cap and self._phrase_before(i, T.AFTER_WORKS))
                    and not (head.strict_case and not self._capitals_kept(i, m))
                ):
                    found = (head, i + n)
        heads[i] = found
        return found

    def _titled_small(self, i: int) -> bool:
        """Is the small word at ``i`` a head after its title word and before a capital
        (``Trưởng phòng Giáo dục Trung học``: the department ``phòng Giáo dục Trung
        học``)? See ``titled_small_heads`` in the agencies table."""
        titles = _TITLED_SMALL.get(self.w[i].low)
        return (titles is not None and i > 0 and self.w[i - 1].low in titles
                and i + 1 < self.n and self.w[i + 1].cap)

    def _small_named(self, i: int) -> bool:
        """Is the small word at ``i`` the head of a department named whole by its field
        (``khoa Nhi``, ``khoa Hồi sức tích cực - Chống độc``), written small before a
        capitalised field? See ``small_named_heads`` in the agencies table: only heads
        whose forms are all whole named departments, whose capitals the form asks for."""
        return (self.w[i].low in _SMALL_NAMED and i + 1 < self.n and self.w[i + 1].cap)

    def _titled_ends(self, k: int) -> bool:
        """Does a department read after a title (head written small) end at token
        ``k``: the text end, a mark, a capital or a word of ``titled_small_next``?"""
        if k >= self.n:
            return True
        tok = self.w[k]
        return not tok.word or not tok.lower or tok.low in T.TITLED_SMALL_NEXT

    def _capitals_kept(self, i: int, m: tuple[int, object]) -> bool:
        """Are the capitals a strict head's form asks for written at ``i``?"""
        n, value = m
        head: T.Head = value  # type: ignore[assignment]
        return all(t.cap for t, cap in zip(self.w[i + 1 : i + n], head.caps[1:], strict=False)
                   if cap)

    def _case_breaks(self, i: int, j: int) -> bool:
        """Does a line break inside the head at ``i..j`` written in capitals lead to a
        word that is not (``PHÓ CHỦ TỊCH UBND TỈNH`` / ``Đoàn Thu Hà``: a signature's
        title line and the signer's name, no ``Tỉnh đoàn``)?"""
        w, toks = self.w, self.toks
        return any(toks.line_starts(k) and w[k].word and not w[k].upper for k in range(i + 1, j))

    def _upper_mode(self, i: int, j: int, head: T.Head) -> bool:
        """Is the name written in capitals (a header line) rather than running text?"""
        w = self.w
        first = w[i]
        if not first.upper and first.word:
            return False  # the common case, asked first
        if not all(t.upper or not t.word for t in w[i:j]):
            return False
        if first.low not in head.abbreviated:
            return True
        # ``UBND TỈNH QUẢNG NINH`` yes; ``VP BCĐ TW`` (abbreviations) and ``BQL
        # KKTCKQT Bờ Y`` (an acronym: no vowel) no
        return (
            j < self.n
            and w[j].upper
            and self.text[self.toks.start[j] : self.toks.end[j]] not in T.ABBREVIATIONS
            and _has_vowel(w[j].low)
        )

    def _continues(self, j: int, upper: bool) -> bool:
        """May a name go on at token ``j`` (line breaks, glued words)?"""
        toks = self.toks
        tok = self.w[j]
        b = toks.start[j]
        a = toks.end[j - 1] if j else 0
        gap = b - a
        nl = self.folded.count("\n", a, b) if gap > 1 else 0  # toks.nl(j)
        if nl >= 2 or (nl == 0 and gap >= _COLUMN_GAP):
            return False  # a blank line, or the gap between two columns of one line
        if self.cells and gap and (self.folded.find("\n", a, b) in self.cells or (
                b in self.cells and not (tok.low in _BRANCHES and self.at(T.BRANCHES, j)))):
            # ``PCT UBND tỉnh`` | ``Phòng họp số 3``: the next cell of a row; ``BỘ Y TẾ``
            # / ``CỤC ...``: the header's unit under its parent (a token's start), but
            # for a branch, which the grammar reads with its parent (``NGÂN HÀNG NHÀ
            # NƯỚC`` / ``CHI NHÁNH KHU VỰC 7``)
            return False
        if not gap and j and tok.word and self.w[j - 1].word:
            return False  # ``phòngSửa``: words glued by a converter
        if gap and (tok.low in T.LINE_PERIODS or tok.low[:1].isdigit()
                    or tok.low in T.LINE_WEEKDAY_HEADS) and (
                self.folded.find("\n", a, b) >= 0 and self._line_mark(j)):
            return False  # ``... Ban Chỉ đạo`` / ``1. Giúp ...``; ``Sở Tư pháp`` / ``Quý III``
        if tok.low in _AUTHORITY_WORDS and T.AUTHORITY_AT.match(self.folded, b) is not None:
            return False  # ``KT. CHỦ TỊCH`` after ``ỦY BAN NHÂN DÂN TỈNH``: a signature
        if gap and not upper and tok.cap and self.folded.find("\n", a, b) >= 0 and (
            (tok.upper and self._upper_line(b))
            or (self.w[j - 1].low != "và" and self._verb_opens_line(j))
        ):
            # running text, then a line in capitals (a header line) or a line opening
            # with a verb (``1. Sở Y tế`` / ``Chủ trì, phối hợp ...``): a new line; not
            # a capitalised verb after a line ending in ``và``, the name's next part
            # (``Cục Kiểm tra văn bản ... và`` / ``Quản lý xử lý vi phạm hành chính``)
            return False
        if upper and tok.upper and gap and tok.low in _SURNAMES and self.head_at(j) is None and (
                not self._after_level(j)) and not self._after_unit(j) and self._name_line(b):
            # ``PHÓ TRƯỞNG BAN`` / ``PHẠM THỊ MINH HIỀN`` (or on one line): the signer's name
            return False
        if gap and not upper and tok.cap and self.folded.find("\n", a, b) >= 0 and (
                self._place_date_line(b) or _LABEL_LINE.match(self.text, b) is not None):
            # ``V/v trả lời Công ty TNHH X`` / ``Bắc Ninh, ngày ...``; ``Kính gửi: Công
            # ty TNHH X`` / ``Địa chỉ: ...``: the next line is no part of the name
            return False
        if gap and not upper and self.folded.find("\n", a, b) >= 0 and self._in_row(a):
            # the last cell of a Word table's row saved as text (``... trước ngày
            # 30/9/2020<TAB>Ban Tổ chức Tỉnh ủy`` / ``Bản sao ...<TAB>...``): Word writes a
            # row on one line, so the name ends with it; the next line is the next row
            return False
        if nl == 1:
            if not tok.word:
                return False
            if upper:
                # header lines hold one organ each, but a long name wraps
                # (``BỘ QUỐC`` / ``PHÒNG``): a new line opens a new organ if it
                # reads as one or its head has several words
                hm = self.head_at(j)
                if hm is not None and (hm[1] - j > 1 or self.parse(j) is not None):
                    return False
                return tok.upper or tok.low.isdigit()
            # running text: a word in capitals opening the next line is a header line's,
            # unless it is an organ's abbreviation (``Chánh Văn phòng`` / ``UBND tỉnh``)
            return not tok.upper or tok.low in _HEADS
        return True

    def _line_mark(self, j: int) -> bool:
        """Does token ``j``, opening a line, open a clause (``1.``, ``2)``) or a period
        with its number (``Quý III/2024``, ``Tháng 6/2026``) or a weekday (``Thứ Ba``)?
        A name on the line above
        does not wrap onto it (``Nhiệm vụ của Ban Chỉ đạo`` / ``1. Giúp ...``; ``Sở Tư
        pháp`` / ``Quý III`` in a table printed one cell a line)."""
        tok, text, end = self.w[j], self.text, self.toks.end[j]
        if tok.low.isdigit():
            return _MARK_AFTER.match(text, end) is not None or self._row_number(j)
        if tok.low in T.LINE_WEEKDAY_HEADS:  # ``Sở Tài chính`` / ``Thứ Ba``: a day cell
            return T.LINE_WEEKDAY.match(self.folded, self.toks.start[j]) is not None
        return tok.low in T.LINE_PERIODS and _PERIOD_AFTER.match(text, end) is not None

    def _in_row(self, a: int) -> bool:
        """Does the line that ends at offset ``a`` hold a gap between two cells after its
        indent (a table row saved as text, not a PDF line's indent)?"""
        text = self.text
        indent = _INDENT.match(text, text.rfind("\n", 0, a) + 1)
        return indent is not None and text.find(_GAP, indent.end(), a) >= 0

    def _row_number(self, k: int) -> bool:
        """Is the number at token ``k`` a table cell of its own, a cell gap after it: the
        row's number (``1    Công ty TNHH Kỹ thuật Sao Mai    Cấp điện ...``) or a
        figure (``... 49,8    Công ty TNHH ...``)? The organ in the next cell is the
        row's own, not a count of organs (``2 Bộ``)."""
        return _ROW_NUMBER_GAP.match(self.text, self.toks.end[k]) is not None

    def _place_date_line(self, b: int) -> bool:
        """Does the line from offset ``b`` read as the place and date of issue (``Bắc
        Ninh, ngày 12 tháng 3 năm 2026``)? A name in running text above it (a title that
        ends with the company a letter answers) does not wrap onto that line."""
        comma = self.text.find(",", b, b + _PLACE_MAX)
        if comma < 0 or "\n" in self.text[b:comma]:
            return False
        return P.PLACE_DATE.match(self.text, comma) is not None

    def _after_level(self, j: int) -> bool:
        """Does a level word end right before token ``j``? What follows it is the
        place's name, even one that reads as a person's (``XÃ LƯƠNG MINH``, ``PHƯỜNG
        TRẦN HƯNG ĐẠO``), not a signer's name under the organ. A level word that may
        stand bare (``TỈNH``) counts only on the name's line: a signature's organ
        (``ỦY BAN NHÂN DÂN TỈNH``) may have its signer's name on the next."""
        w = self.w
        for k in (j - 1, j - 2):
            if k >= 0 and w[k].low in _LEVELS:
                m = self.at(T.LEVEL_WORDS, k)
                if m is not None and k + m[0] == j:
                    level = cast("T.Level", m[1])
                    return not level.bare or self.folded.find(
                        "\n", self.toks.end[j - 1], self.toks.start[j]) < 0
        return False

    def _after_unit(self, j: int) -> bool:
        """Does a unit word that takes its own name or number (:data:`T.NUMBERED_UNITS`:
        ``THPT``, ``TIỂU HỌC``) end right before token ``j``, on its line? A school's
        name is often a person's (``TRƯỜNG THPT NGUYỄN DU``), not a signer's. A word
        numbered only after ``số`` (``Xây dựng số 4``) takes no name: after it a
        person's run is a person (``Giám đốc Sở Xây dựng Trần Văn B``). A company's
        legal form takes its brand, often a person's name or a family's
        (``Công ty TNHH`` + ``Hoàng Long Quảng Ngãi``, ``Công ty cổ phần Lê Gia``)."""
        w = self.w
        for k in (j - 1, j - 2, j - 3):
            if k >= 0 and w[k].low in T.NUMBERED_UNITS.root:
                m = self.at(T.NUMBERED_UNITS, k)
                if m is not None and not m[1] and k + m[0] == j:
                    return self.folded.find(
                        "\n", self.toks.end[j - 1], self.toks.start[j]) < 0
        if j and w[j - 1].low in T.LEGAL_FORMS_LAST and self._phrase_before(
                j, T.LEGAL_FORMS_LAST):
            return self.folded.find("\n", self.toks.end[j - 1], self.toks.start[j]) < 0
        return False

    def _name_line(self, b: int) -> bool:
        """Is the rest of the line from offset ``b`` a person's name in capitals (a
        signer's, under the position or after it: ``NGUYỄN VĂN AN``)? Asked only where
        a name in capitals goes on at a common surname."""
        line = self.text[b:b + _NAME_LINE_MAX]  # a name is short: a long line is none
        end = line.find("\n")
        return caps_name((line if end < 0 else line[:end]).strip(" *"))

    def _verb_opens_line(self, j: int) -> bool:
        """A verb at token ``j``, after a name that has more than its head word (a
        verb may also be a sector's name: ``Bộ`` / ``Xây dựng`` is the name wrapped)."""
        prev = self.w[j - 1]
        hm = self.head_at(j - 1) if prev.cap and prev.low in _HEADS else None
        return (hm is None or hm[1] != j) and self._verb_at(j)

    def _upper_line(self, b: int) -> bool:
        """Does the line from offset ``b`` hold two words or more and no small
        letter (a header line: ``ỦY BAN NHÂN DÂN TỈNH ...``)?"""
        end = self.text.find("\n", b)
        line = self.text[b:] if end < 0 else self.text[b:end]
        return not any(c.islower() for c in line) and len(line.split()) >= 2

    def _stops_cap(self, j: int, upper: bool) -> bool:
        """A capitalised token that cannot be part of a name."""
        low = self.w[j].low
        if low in _CAP_STOP and (stop := self.at(T.CAP_STOP, j)) is not None:
            if self._department_field(j):
                return False
            # but a known place's name that opens with the word goes on (``Trường THPT``
            # + ``Điện Biên``, ``Như Thanh``: not the telegram ``Điện``, nor ``Như``)
            place = self.at(T.PLACES, j)
            return place is None or place[0] <= stop[0] or not all(
                self.w[k].cap for k in range(j, min(j + place[0], self.n)))
        if self._title_marks_lost(j):
            return True  # ``Sở Nội vụ - Tổ truởng``: a title a scan misread ends the name
        if low in _LINE_RANKS and self.at(T.LINE_RANKS, j) is not None and (
                self.toks.line_starts(j)):
            return True  # ``Văn phòng UBND tỉnh`` / ``Chuyên viên``: a staff list's next cell
        if not upper:
            return False
        if low in _FUNCTION:
            # but a known place whose first syllable is a modal goes on, as above
            # (``CẢNG VỤ HÀNG HẢI`` + ``CẦN THƠ``: not the modal ``cần``)
            place = self.at(T.PLACES, j)
            return place is None or place[0] < 2
        verb = self.at(T.VERBS, j) if low in _VERBS else None
        return verb is not None and verb[0] > 1 and not self._names_sector(j)

    def _department_field(self, j: int) -> bool:
        """Is the document type at ``j`` the whole field of a unit whose head ends right
        before it on the same line (``Vụ Kế hoạch``, ``VỤ KẾ HOẠCH``, ``TRƯỜNG ĐẠI HỌC
        LUẬT``)? Under an issuer, the type opens its own line (``SỞ Y TẾ`` / ``KẾ
        HOẠCH``) and stays one."""
        if not j or self.w[j].low not in _DEPARTMENT_FIELDS or self.toks.line_starts(j):
            return False
        field = self.at(T.DEPARTMENT_FIELDS, j)
        if field is None:
            return False
        heads = cast(frozenset[str], field[1])
        for k in range(j - 1, max(-1, j - 1 - _HEAD_WORDS_MAX), -1):
            prev = self.w[k]
            hm = self.head_at(k) if prev.cap and prev.low in _HEADS else None
            if hm is not None and hm[1] == j and fold_tones(
                    hm[0].canonical).casefold() in heads:
                return True  # (``ĐẠI HỌC`` ends there too, a head of its own)
            if self.toks.line_starts(k):
                break
        return False

    def _names_sector(self, j: int) -> bool:
        """Is the verb at ``j`` a sector's name (:data:`T.SECTOR_VERBS`) right after a
        head, so that it opens the organ's name (``SỞ XÂY DỰNG``, ``TỔNG CÔNG TY XÂY
        DỰNG``) instead of a predicate after one (``UBND TỈNH XÂY DỰNG KẾ HOẠCH``)?"""
        if self.at(T.SECTOR_VERBS, j) is None:
            return False
        for k in range(max(0, j - _HEAD_WORDS_MAX), j):
            hm = self.head_at(k) if self.w[k].low in _HEADS else None
            if hm is not None and hm[1] == j:
                return True
        return False

    def _business_line(self, j: int, limit: int, upper: bool) -> bool:
        """Does the capitalised stop word at ``j`` open a company's line of business
        (``Công ty TNHH`` + ``Điện máy``, ``Công ty Cổ phần`` + ``Điện lực``)? It does
        right after the company's legal form and before a small word that is no
        verb or function word, and the stop is that word alone (not ``Báo cáo``):
        there it names no document (``Điện``: a telegram); the two make one word."""
        w = self.w
        if not (j and j + 1 < limit and self._stops_cap(j, upper)
                and self._phrase_before(j, T.LEGAL_FORMS_LAST)):
            return False
        stop = self.at(T.CAP_STOP, j)
        if stop is None or stop[0] > 1:
            return False  # ``Báo cáo``: the stop is the two words
        nxt = w[j + 1]
        return (nxt.word and (nxt.upper if upper else nxt.lower)
                and self._continues(j + 1, upper) and not self._verb_at(j + 1)
                and not (nxt.low in _GA and self.at(T.GENERIC_AFTER, j + 1)))

    def _business_series(self, j: int, limit: int) -> bool:
        """Does the comma at ``j`` part a company's lines of business, ``A, B và C``
        (``Công ty TNHH Sản xuất, Thương mại và Dịch vụ Trường An``)? It does after the
        company's legal form, where capitalised words, commas and one ``và`` before a
        capitalised word follow on the line: a list of companies starts a new head.
        Each member opens on a capital (``Thương mại``: its later syllables are small)."""
        w, toks = self.w, self.toks
        if not (w[j - 1].lower and j + 1 < limit and w[j + 1].word and w[j + 1].cap
                and self._formed(j)):
            return False  # (a brand before the comma ends the name: ``Hòa Bình, ...``)
        for k in range(j + 1, min(limit, j + 9)):
            tok = w[k]
            if toks.nl(k):
                return False
            if tok.low == "và":
                return k + 1 < limit and w[k + 1].word and w[k + 1].cap and not toks.nl(k + 1)
            if tok.low == ",":
                if not (k + 1 < limit and w[k + 1].word and w[k + 1].cap):
                    return False
                continue
            if not tok.word or (tok.lower and self._verb_at(k)) or (
                    tok.cap and self.head_at(k) is not None):
                return False
        return False

    def _verb_at(self, j: int) -> bool:
        low = self.w[j].low
        return low in _FUNCTION or (low in _VERBS and self.at(T.VERBS, j) is not None)

    def _person_run(self, j: int) -> bool:
        """Three or more capitalised words opening on a common surname: a person. A
        name may wrap onto the next line (``Bộ trưởng Bộ Tư pháp Lê Thành`` / ``Long``),
        never onto a field's label there (``Công ty TNHH Hoàng Long`` / ``Địa chỉ:
        ...``: the brand, then the company's address)."""
        toks, w = self.toks, self.w
        if w[j].low not in T.SURNAMES or w[j].upper:
            return False
        if any(tuple(t.low for t in w[j:j + len(e)]) == e for e in T.EPONYMS):
            return False
        if j and self._phrase_before(j, T.SCHOOL_KINDS_LAST):
            return False  # ``Trường Tiểu học`` + ``Lê Văn Tám``: the school's name
        n = 0
        k = j
        while k < self.n and w[k].cap and w[k].word and not w[k].upper and n < 5:
            if k > j and (toks.nl(k) or (toks.line_starts(k) and _LABEL_LINE.match(
                    self.text, toks.start[k]) is not None)):
                break
            n += 1
            k += 1
        return n >= 3

    def _titled_official(self, j: int, head: int) -> bool:
        """Is the run at ``j``, right after the sector name of the organ whose head is at
        ``head``, the name of the official whose title stands before the head, on a
        rarer family name too (``Thứ trưởng Bộ Xây dựng`` + ``Hà Văn Thông``, ``Bộ
        trưởng Bộ Y tế`` + ``Lò Văn Sính``)? :meth:`_person_run` knows only the common
        family names, which never open an organ's name; after a sector's name a person
        is the one thing the title leaves to follow. A known place (``Sở Xây dựng`` +
        ``Hà Nội``) and an eponym go on with the name."""
        if self.at(T.PLACES, j) is not None:
            return False
        w = self.w
        if any(tuple(t.low for t in w[j:j + len(e)]) == e for e in T.EPONYMS):
            return False
        return self._titled_name(j, False, head)

    def _official_after(self, j: int, head: int) -> bool:
        """Does a person's name open at ``j``, after a bare known place that followed the
        sector name of the organ headed at ``head`` (``Sở Y tế Hà Nội`` + ``Trần Thế
        Cương``): a common family name's run, or an official whose title stands before
        the head?"""
        w = self.w[j]
        if not (w.cap and w.word) or w.upper:
            return False
        return self._person_run(j) or self._titled_official(j, head)

    def _starts_organ(self, k: int) -> bool:
        return self.head_at(k) is not None and self.parse(k) is not None

    def _cap_run(self, j: int, limit: int, upper: bool, fields: bool = False,
                 place: bool = False) -> int:
        """End of a run of capitalised words that may stand in a name. A dash glued
        to the words on both sides joins them (``Thừa Thiên-Huế``, ``BÀ RỊA-VŨNG``).
        With ``fields``, the run ends where a sector name starts, for the caller to
        read it whole (``CÔNG TÁC`` + ``DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH``: its words
        may end a run, as ``SỐ`` does). With ``place`` (a place's name after its level
        word), a head word on the same line ends the run only where it opens an organ:
        many communes' names end in one (``xã Phú Hội``, ``xã Tân Hội``)."""
        w = self.w
        k = j
        while k < limit:
            tok = w[k]
            if not (tok.word and (tok.cap and tok.caps if upper else tok.cap)):
                # (in capitals a letter alone is a word: ``Y`` of ``ĐẠI HỌC Y DƯỢC``)
                if k > j and tok.low == "-" and self._glued_dash(k):
                    k += 1
                    continue
                break
            if k > j and not self._continues(k, upper):
                break
            if k > j and self._opens_label(k, upper):
                break
            if self._stops_cap(k, upper) or tok.low in _CONNECTORS:
                if not (place and k > j and self._locality_end(k, upper)):
                    break
                k += 1
                break  # ``Cát Bà``: the form of address is the place name's last syllable
            if k > j:
                low = tok.low
                if (low in _LEVELS and self.at(T.LEVEL_WORDS, k)) or (
                    low in _FIXED and self.at(T.FIXED_SCOPE, k)
                ):
                    break
                hk = self.head_at(k) if tok.cap and low in _HEADS else None
                if hk is not None and (
                        (hk[0].needs != "scope" and not (place and not self.toks.line_starts(k)))
                        or (self._starts_organ(k) and not (
                            place and k - j < 2 and self._head_in_place(k)))):
                    break
                if fields and low in _FIELDS and self.at(T.FIELDS, k) is not None:
                    break
                if (not upper and w[k - 1].upper and not tok.upper and self._person_run(k)
                        and not self._after_unit(k)):
                    break  # a sector's acronym, then a person: ``Sở GD&ĐT`` + ``Nguyễn Văn Hải``
            k += self._place_in_run(k, limit, upper)
        if k > j + 1 and w[k - 1].low == "-":
            k -= 1  # a dash the next word did not follow into the run
        return k

    def _head_in_place(self, k: int) -> bool:
        """Is the head word at ``k`` inside a place's name (``xã Nam`` + ``Ban Lâm Hà``:
        a commune of the 2025 map named with its former district)? It is written in
        title case, as are the two words after it on its line, which end the name; an
        organ after a place goes on in small letters (``Ban Quản lý``)."""
        w, toks = self.w, self.toks
        if k + 2 >= self.n or w[k].upper:
            return False
        for x in (k + 1, k + 2):
            if not (w[x].word and w[x].cap and not w[x].upper) or toks.line_starts(x):
                return False
        nxt = k + 3
        return nxt >= self.n or not (w[nxt].word and w[nxt].cap) or toks.line_starts(nxt)

    def _locality_end(self, k: int, upper: bool) -> bool:
        """Is the form of address at ``k`` the last syllable of a locality's name (``Cát
        Bà``, ``Cửa Ông``) rather than a person's (``... Bà Nguyễn Thị A``): no
        capitalised word follows it on its line?"""
        if self.w[k].low not in T.LOCALITY_ENDS:
            return False
        nxt = k + 1
        if nxt >= self.n:
            return True
        tok = self.w[nxt]
        return not (tok.word and (tok.upper if upper else tok.cap)) or self.toks.line_starts(nxt)

    def _place_in_run(self, k: int, limit: int, upper: bool) -> int:
        """How many tokens of a run the word at ``k`` takes: a known place's whole
        name when one starts there (``Hải Phòng``, ``Hội An``), whose later words
        may be head words (``Phòng``, ``Hội``) that would otherwise end the run
        (``Công ty CP Bia Hà Nội - Hải Phòng``), else one."""
        m = self.at(T.PLACES, k)
        if m is None or m[0] < 2 or k + m[0] > limit:
            return 1
        w = self.w
        for x in range(k + 1, k + m[0]):
            if not (w[x].word and (w[x].upper if upper else w[x].cap)
                    and self._continues(x, upper)):
                return 1
        return int(m[0])

    def _glued_dash(self, k: int) -> bool:
        """Is the dash at ``k`` glued to a word on each side (``Thiên-Huế``)?"""
        toks = self.toks
        return (toks.start[k] == toks.end[k - 1] and k + 1 < self.n
                and toks.start[k + 1] == toks.end[k] and self.w[k + 1].word)

    def _label_ends(self, k: int) -> bool:
        """Is the word at ``k`` a label that opens its line (``Số:``), so that a phrase
        read across the line break ends before it?"""
        return k + 1 < self.n and self.w[k + 1].low == ":" and self.toks.line_starts(k)

    def _opens_label(self, k: int, upper: bool) -> bool:
        """Does the capitalised word at ``k`` open the label of a new field (a word
        or two and a colon: ``Người ký:``, ``Email:``)? Only where fields stand:
        the label opens its line, or a colon stands before it on its line
        (``Nơi ban hành: Ủy ban Kiểm tra Trung ương Người ký: ...``). A name goes
        on over a colon elsewhere (``Sở Y tế Quảng Ninh:``, ``Bộ Chỉ huy Quân sự:``
        open clauses). Asked only where a colon follows one or two words."""
        w, n = self.w, self.n
        if k + 1 >= n:
            return False
        if w[k + 1].low != ":":  # the common case: no colon after one or two words
            if k + 2 >= n or w[k + 2].low != ":":
                return False
            second = w[k + 1]
            if not (second.word and (second.upper if upper else second.lower)):
                return False
            if self.toks.line_starts(k + 2):
                return False
        toks = self.toks
        if toks.line_starts(k + 1):
            return False
        if toks.line_starts(k):
            return True
        # a colon before, on the line: read back over tokens (an organ's length at
        # most), so that the answer rests on the window's text alone
        m = k - 1
        while m >= 0 and k - m <= MAX_TOKENS:
            if w[m].low == ":":
                return True
            if toks.line_starts(m):
                return False
            m -= 1
        return False

    def _numbered(self, j: int, end: int, limit: int, upper: bool, named: int = -1) -> int:
        """Where a run of capitalised words ``[j, end)`` ends once it takes the number
        of a numbered unit it ends with (``Quân khu 5``, ``THPT số 2``). A number glued
        to ``/`` or ``-`` is a document's (``Sở Y tế số 12/SYT``), no part of a name.
        ``named``: where the organ's modifiers start; a school's grade among them makes
        a bare number after the school's own name part of it (``Trường THPT`` + ``Cao
        Lãnh`` + ``1``)."""
        w = self.w
        k = end
        so = k < limit and w[k].low == "số"
        if so:
            k += 1
        if k >= limit:
            if k >= self.n:
                self._beyond()
            return end
        num = w[k]
        if not (num.word and (num.low.isdigit() or (num.upper and not num.low.strip("ivxlc"))
                              or _roman_letter(num) or _STATION_CODE.fullmatch(num.low))):
            return end
        if not all(self._continues(m, upper) for m in range(end, k + 1)):
            return end
        toks = self.toks
        if not so and self._alone_on_line(k):
            return end  # ``Chức danh Ban Chỉ đạo`` / ``1``: a flattened table's row number
        stop = k + 1
        if (stop < self.n and toks.start[stop] == toks.end[k] and w[stop].low in "/-."
                and not self._full_stop(stop)):
            stop = self._sub_number(k)
            if stop < 0:
                return end
        if not so and stop < self.n and self._counts(stop):
            return end  # a count: ``Ban Chỉ đạo 2 năm qua`` (after ``số`` a label: ``Đội
            # CSGT số 1 tuần tra``)
        if stop >= self.n:
            self._beyond()
        if not so and w[j].cap and (h := self.at(T.NUMBERED_HEADS, j)) is not None and (
                j + h[0] == end):
            return stop  # ``Vụ 8``: a department named by its number alone
        for s in range(j, end):
            m = self.at(T.NUMBERED_UNITS, s)
            if m is not None and s + m[0] == end and (so or not m[1]):
                return stop
        if 0 <= named < j and not so and len(num.low) <= 2 and num.low.isdigit() and any(
                (g := self.at(T.NAMED_THEN_NUMBERED, s)) is not None and s + g[0] < end
                for s in range(named, end)):
            return stop  # ``Trường Mầm non`` + ``Hoa Hồng 2``: a school's own number
        return end

    def _alone_on_line(self, k: int) -> bool:
        """Does the number at ``k`` stand alone on its line, after a line break (a table
        flattened one cell a line numbers its rows so), so that it names no unit?"""
        toks, text = self.toks, self.text
        if k == 0 or "\n" not in text[toks.end[k - 1] : toks.start[k]]:
            return False
        nl = text.find("\n", toks.end[k])
        return not text[toks.end[k] : nl if nl >= 0 else len(text)].strip()

    def _counts(self, k: int) -> bool:
        """Does the measure word at ``k`` make the number before it a count (``2 năm``),
        not a unit's number before its verb (``Hải đội Biên phòng 2`` + ``tuần tra``)?"""
        return self.w[k].low in T.MEASURES and self.at(T.MEASURE_VERBS, k) is None

    def _roman_sub(self, i: int, end: int) -> int:
        """End of a roman area number read as a capitalised word, with its sub-number
        (``II`` + ``.4``), when a numbered unit's words end right before it (``Chi cục
        Quản lý đường bộ II.4``); else ``end``."""
        k = end - 1
        if k <= i or end >= self.n or self.w[end].low != ".":
            return end
        for s in range(max(i, k - 6), k):
            m = self.at(T.NUMBERED_UNITS, s)
            if m is not None and s + m[0] == k:
                sub = self._sub_number(k)
                return sub if sub > 0 else end
        return end

    def _sub_number(self, k: int) -> int:
        """End of a roman area number and its sub-number glued by a dot (``Chi cục Quản
        lý đường bộ II.4``), or of a board's number and its suffix (``Ban Chỉ đạo
        389/ĐP``), or -1: another glued mark makes the number a document's (``Sở Y tế
        số 12/SYT``)."""
        w, toks = self.w, self.toks
        d = k + 2
        if d >= self.n or toks.start[d] != toks.end[k + 1]:
            return -1
        if w[k + 1].low == "/":
            ok = w[k].low.isdigit() and w[d].low in T.NUMBER_SUFFIXES and (
                d + 1 >= self.n or toks.start[d + 1] != toks.end[d])
            return d + 1 if ok else -1
        if w[k + 1].low != "." or not w[d].low.isdigit() or w[k].low.strip("ivx"):
            return -1
        return d + 1

    def _line_marker(self, k: int) -> bool:
        """Is the number at ``k`` a clause's marker (``1.``, ``2)`` opening a line), not a
        numbered ward's (``phường 1``)? A title that ends on a level word (``... của Ban
        Thường vụ Đảng ủy phường``) is followed by the first clause on the next line."""
        toks = self.toks
        if not toks.line_starts(k):
            return False
        if k + 1 >= self.n:
            self._beyond()
            return False
        return self.w[k + 1].low in (".", ")") and toks.start[k + 1] == toks.end[k]

    def _full_stop(self, d: int) -> bool:
        """Is the dot at ``d`` the end of the sentence (``giao Sư đoàn 9.``), not the dot
        inside a number (``9.5``, ``1.2.3``): nothing glued to it after."""
        if self.w[d].low != ".":
            return False
        if d + 1 >= self.n:
            self._beyond()
            return True
        return self.toks.start[d + 1] != self.toks.end[d] or not self.w[d + 1].word

    def _place_run(
        self, j: int, limit: int, upper: bool, numbered: bool = False, commune: bool = False,
        head: int = -1, province: bool = False,
    ) -> int:
        """A place name after a level word or a party committee (``Quảng Ninh``).
        ``commune``: after a commune's level word (see :meth:`_commune_rest`). ``head``:
        where the organ's head starts, when the level word is its scope (see
        :meth:`_titled_name`); ``province``: the level word is a province's."""
        w = self.w
        if j >= limit or not self._continues(j, upper):
            return j
        if w[j].word and w[j].low.isdigit():
            return j + 1 if numbered and not self._line_marker(j) else j
        if not w[j].cap or (upper and not w[j].upper and self.toks.line_starts(j)):
            # (an organ in capitals ending in a bare level word, ``ỦY BAN NHÂN DÂN
            # TỈNH``, and a line in small letters under it: the signer's name, though it
            # is a place's, ``Mai Sơn``; a header's place is in capitals too)
            return j
        if numbered and upper and _roman_letter(w[j]):
            return j + 1
        known = self.at(T.PLACES, j)
        if known is not None and all(t.cap or not t.word for t in w[j : j + known[0]]):
            end = j + known[0]  # before the person check: ``Hồ Chí Minh``
            if not commune:
                return end
            return self._dashed(self._commune_rest(end, limit, upper), limit, upper)
        if not upper and self._person_run(j):
            return j
        if not upper and head > 0 and self._titled_name(j, province, head):
            return j
        if self.head_at(j) is not None:
            return j
        end = self._cap_run(j, min(limit, j + 5), upper, place=True)
        if commune and j < end < limit and not self.toks.line_starts(end):
            # ``xã Bàu Hàm 2``, ``phường Cam Ly - Đà Lạt``: named so in 2025
            return self._dashed(self._commune_number(end), limit, upper)
        return end

    def _dashed(self, end: int, limit: int, upper: bool) -> int:
        """End of a commune's name that goes on over a spaced dash (``phường Xuân Hương``
        + ``- Đà Lạt``, ``phường Văn Miếu - Quốc Tử Giám``: wards merged in 2025 and named
        by both parts), at ``end`` (``end`` if it does not). The part after the dash is
        capitalised words on the same line that open no organ, no level word and no
        province (``xã Tân Hòa - Đồng Nai``: the address climbs), a known place or two
        words at least (one is a title's or a person's: ``- Trưởng ban``), after which the
        name ends (no more capitals)."""
        w, toks = self.w, self.toks
        k = end + 1
        if k >= min(limit, self.n) or w[end].low not in _NAME_DASHES or toks.line_starts(
                end) or toks.line_starts(k) or self._glued_dash(end):
            return end
        tok = w[k]
        if not (tok.word and (tok.upper if upper else tok.cap)) or (
                self.head_at(k) is not None or self.at(T.LEVEL_WORDS, k) is not None):
            return end
        known = self.at(T.PLACES, k)
        if known is not None and "province" in cast("frozenset[str]", known[1]):
            return end
        stop = self._cap_run(k, min(limit, k + 4), upper, place=True)
        if stop - k < (1 if known is not None else 2):
            return end
        if stop < self.n and w[stop].word and w[stop].cap and not toks.line_starts(stop):
            return end
        return stop

    def _titled_name(self, j: int, province: bool, head: int) -> bool:
        """Is the run at ``j``, after the level word of the organ whose head is at
        ``head``, its official's name rather than the place's, since a position title
        stands before the head (``Chủ tịch UBND tỉnh`` + ``Cao Tường Huy``, ``Bí thư Đảng
        ủy xã`` + ``Hà Văn Sơn``)? The gazetteer did not know the run; it must open on a
        family name, the rarer ones too, and be three or four syllables long, or two
        after a province's level word on a common family name: the provinces are all in
        the gazetteer (``Phó Chủ tịch UBND tỉnh`` + ``Hoàng Nam``), the communes are not
        (``xã Hà Lợi`` stays a commune)."""
        w, toks = self.w, self.toks
        if w[j].upper:
            return False
        # a Central Highlands name has no family name of the table: its opener's shape
        # tells it (``H'Hen Niê``: two words suffice; ``Y Khuê Êban``: three, as ``Y``
        # alone also opens a commune's name, ``xã Y Tý``)
        least = 3
        if w[j].low not in T.ALL_SURNAMES:
            low = w[j].low
            if T.INITIAL_OPENER.match(low) and low.replace("’", "'") not in T.NOT_INITIAL_NAMES:
                least = 2
            elif low not in T.CAPS_OPENERS:
                return False
        n, k = 0, j
        while k < self.n and w[k].cap and w[k].word and not w[k].upper and n < 5:
            if k > j and toks.line_starts(k):
                break
            n += 1
            k += 1
        if not (least <= n <= 4 or (n == 2 and province and w[j].low in T.SURNAMES)):
            return False
        if any(self.head_at(x) is not None for x in range(j + 1, k)):
            return False  # ``xã Hà Văn`` + ``Trường ...``: an organ follows the place
        return self._phrase_before(head, T.TITLES_LAST)

    def _commune_rest(self, k: int, limit: int, upper: bool) -> int:
        """End of a commune's name that a known place's name only opens.

        Communes are not in the tables, and since 2025 many bear an old district's or
        city's name with more after it (``xã Vinh Lộc``, ``phường Vinh Hưng`` / Vinh,
        ``phường Hà Giang 1`` / Hà Giang): the capitalised words (or the number) that
        follow on the same line belong to the name, unless they open an organ or a
        person's name."""
        w, toks = self.w, self.toks
        if k >= limit or toks.line_starts(k) or not self._continues(k, upper):
            return k
        tok = w[k]
        if tok.word and tok.low.isdigit():
            return self._commune_number(k)
        if not (tok.word and (tok.upper if upper else tok.cap)) or self.head_at(k) is not None:
            return k
        if not upper and self._person_run(k):
            return k
        return self._cap_run(k, min(limit, k + 3), upper)

    def _commune_number(self, k: int) -> int:
        """End of a commune's name whose number may stand at ``k`` (``phường Móng Cái`` +
        ``2``): after it, unless it is no number of one or two digits, a count
        (``3 năm``), or a number glued to more (``1/QĐ``, ``1.5``, ``1-2``)."""
        w, toks = self.w, self.toks
        tok = w[k]
        if not (tok.word and tok.low.isdigit() and len(tok.low) <= 2):
            return k
        nxt = k + 1
        if nxt + 1 >= self.n:
            self._beyond()
        glued = (nxt + 1 < self.n and toks.start[nxt] == toks.end[k]
                 and w[nxt].low in "/-." and toks.start[nxt + 1] == toks.end[nxt])
        counted = nxt < self.n and self._counts(nxt)
        return k if glued or counted else k + 1

    def _before_motto(self, j: int, n: int) -> int:
        """Length of the phrase (a head, a fixed scope) of ``n`` tokens at ``j``, cut
        before a line that opens with a longer stop phrase inside it: a Party letter's
        subject line ending ``... của Ủy ban Kiểm tra Trung ương`` and, laid out beside
        it, the motto line ``ĐẢNG CỘNG SẢN VIỆT NAM`` (``Trung ương`` + ``Đảng`` is no
        ``Trung ương Đảng`` there; on one line ``Trung ương Đảng Cộng sản Việt Nam``
        is)."""
        w, toks = self.w, self.toks
        for k in range(j + 1, j + n):
            if (w[k].low in _CAP_STOP and toks.line_starts(k)
                    and (stop := self.at(T.CAP_STOP, k)) and k + stop[0] > j + n):
                return k - j
        return n

    def _scope_at(
        self, j: int, limit: int, upper: bool, scoped: bool = False, own: bool = False,
        head: int = -1,
    ) -> tuple[int, str | None, bool, bool] | None:
        """A scope at ``j``: ``(end, level, generic, has_place)``. ``scoped``: the
        head needs a scope, i.e. it is a body that every province has. ``own``: a bare
        level word names the document's own unit (after ``Đảng bộ``). ``head``: where
        the organ's head starts (a title before it makes a name after the level word
        its official's)."""
        w = self.w
        lw = self.at(T.LEVEL_WORDS, j)
        fx = self.at(T.FIXED_SCOPE, j)
        if fx is not None and (lw is None or fx[0] >= lw[0]):
            n, value = fx
            if w[j].low in _CAP_STOP and (stop := self.at(T.CAP_STOP, j)) and stop[0] > n:
                return None  # a longer stop phrase: ``Đảng`` of ``Đảng Cộng sản``
            if self._head_over(j + n - 1, 1):
                return None  # ``của Tỉnh`` of ``của Tỉnh ủy``: a parent organ follows
            n = self._before_motto(j, n)
            fixed_level, class_for_scoped, names_place = cast(
                "tuple[str | None, bool, bool]", value)
            return j + n, fixed_level, class_for_scoped and scoped, names_place
        if lw is None or self._head_over(j, lw[0]):
            return None  # ``Tỉnh ủy``, ``Huyện đoàn``: an organ, not the level word
        n, value = lw
        lv = cast(T.Level, value)
        level = lv.level
        bare_ok = lv.bare or self._own_level(level)
        k = j + n
        if lv.dotted and k + 1 < self.n and w[k].low == "." and (
                self.toks.start[k] == self.toks.end[k - 1] and w[k + 1].cap
                and self.at(T.PLACES, k + 1) is not None):
            k += 1  # ``TP. Hồ Chí Minh``: the abbreviation's dot, then a known place
        end = self._place_run(k, limit, upper, lv.numbered, level == "commune", head,
                              level == "province" and w[j].low == "tỉnh")
        if lv.joined and end > k:
            if not level and (inner := self._inner_level(k, limit, upper)) > end:
                end = inner  # ``khu vực`` + ``Thành phố Hồ Chí Minh``: the city's own word
            end = self._joined_places(end, limit, upper)
            if not level and lv.numbered and end < limit and w[end].low.isdigit() and (
                    not w[k].low.isdigit() and self._continues(end, upper)):
                # ``Đội Quản lý điện khu vực Vinh`` + ``2``: an area numbered in its town
                end = self._commune_number(end)
        if lv.number_only and not (end > k and (
                w[k].low.isdigit() or _roman_letter(w[k])
                or (w[k].upper and not w[k].low.strip("ivxlc")))):
            return None  # ``vùng Tây Bắc``: a region, no office's number and no scope
        has_place = end > k
        generic = False
        if has_place:
            place = fold_tones(one_line(self.span_text(k, end))).casefold()
            if w[j].low in ("thành", "tp") and place not in T.CENTRAL_CITIES:
                level = "district"
        else:
            # ``Thành phố`` written with a capital names the city itself
            bare_ok = bare_ok or own or (w[j].cap and not upper)
            generic = not bare_ok
            # ``tỉnh, thành phố`` (two levels): a class; not ``tỉnh, Tỉnh đoàn``
            if (
                end + 1 < self.n
                and w[end].low == ","
                and (lw2 := self.at(T.LEVEL_WORDS, end + 1)) is not None
                and not self._head_over(end + 1, lw2[0])
            ):
                generic = True
        return end, level, generic, has_place

    def _inner_level(self, k: int, limit: int, upper: bool) -> int:
        """Where a place named with its own capitalised level word at ``k`` ends
        (``Thành phố Hồ Chí Minh``, ``Tỉnh Gia Lai``), after an area's word that has
        no level (``Chi cục Hải quan khu vực`` + ...); ``k`` if none is: the run read
        there stops at the small ``phố``."""
        tok = self.w[k]
        if not (tok.cap and tok.low in _LEVELS) or (lw := self.at(T.LEVEL_WORDS, k)) is None:
            return k
        level = cast(T.Level, lw[1]).level
        if level not in ("province", "district") or self._head_over(k, lw[0]):
            return k
        p = k + lw[0]
        end = self._place_run(p, limit, upper)
        return end if end > p else k

    def _joined_places(self, end: int, limit: int, upper: bool) -> int:
        """Where the places of an area end once the ones joined to the place ending at
        ``end`` by a dash are read (``khu vực Thanh Sơn`` + ``- Tân Sơn``): an area
        over several districts names each. Only capitalised places join, so that a
        dash before an aside (``- cơ quan thường trực``) or a number ends it."""
        w = self.w
        while end + 1 < limit and w[end].low == "-" and w[end + 1].cap:
            nxt = self._place_run(end + 1, limit, upper)
            if nxt == end + 1:
                break
            end = nxt
        return end

    def _placed_level(self, j: int, limit: int, upper: bool) -> bool:
        """Is there a level word at ``j`` followed by its place or number (``cơ sở 3``,
        ``cơ sở Tiên Du``)? Such a word, though also a class word after a head
        (``Công đoàn cơ sở``), then names the organ's own area."""
        if self.w[j].low not in _LEVELS or self.at(T.LEVEL_WORDS, j) is None:
            return False
        sc = self._scope_at(j, limit, upper)
        return sc is not None and sc[3]

    def _head_over(self, k: int, n: int) -> bool:
        """Does a head longer than the ``n`` tokens of a level word start at ``k``
        (``Tỉnh đoàn``, ``Huyện ủy``: a committee, not the level word ``tỉnh``)?"""
        hm = self.head_at(k) if self.w[k].cap else None
        return hm is not None and hm[1] - k > n

    def _own_level(self, level: str | None) -> bool:
        """Is ``level`` the issuer's own or one above it (``huyện`` in a district's or a
        commune's document), so that a bare mention of it names the issuer's unit?"""
        return 0 < LEVEL_RANK.get(level or "", 0) <= self.own

    def _topic_at(self, j: int, limit: int, opened: bool = True, bare: bool = True) -> int:
        """End of a lowercase topic (``về phòng, chống dịch Covid-19``), or ``j``.

        A topic is one item or several joined by ``,`` or ``và`` (``phòng, chống
        tham nhũng, tiêu cực``). An item opens with an opener (``về``, ``phòng,
        chống``), a listed subject (``xây dựng nông thôn mới``, which a verb may
        open) or a programme and its number (``thực hiện Đề án 06``); these stand
        by themselves. Any other lowercase item (``phát triển du lịch``) is the
        topic only when a scope or a parent organ closes it: else it is what the
        board does. A listed or opened item after ``,``/``và`` vouches for the
        items before it; the topic never goes on into a verb, a function word, a
        capitalised organ or a person (``phòng, chống dịch, các sở``). ``opened``:
        the head takes openers (see ``topic`` in the TOML). Not ``bare`` (a scope
        came first), only an opener opens it: ``Ban Chỉ đạo tỉnh`` + ``xây dựng
        nông thôn mới đạt chuẩn`` is the board and what it does."""
        end, sure = self._topic_item(j, limit, opened, bare)
        if end == j:
            return j
        last = end if sure else j
        k = end
        while k + 1 < limit and self.w[k].low in _TOPIC_JOINS:
            nxt, nsure = self._topic_item(k + 1, limit, opened, True)
            if nxt == k + 1:
                break
            k = nxt
            if nsure:
                last = k
        if k > last and self._topic_closed(k, limit):
            return k
        return last

    def _numbered_board(self, i: int, j: int) -> bool:
        """Is the board read at ``i..j`` named by its number (``Ban Chỉ đạo 138 tỉnh``)?
        Its number stands for its topic, so a topic after its scope is the business of
        the sentence (``cuộc họp Ban Chỉ đạo 138 tỉnh`` + ``về công tác phòng, chống ma
        túy``), not a part of the name."""
        return any(t.word and t.low.isdigit() for t in self.w[i:j])

    def _topic_closed(self, k: int, limit: int) -> bool:
        """Does a scope or a parent organ at ``k`` close a topic read before it
        (``... du lịch`` + ``tỉnh``, ``... bầu cử`` + ``Tỉnh ủy``)?"""
        if k >= limit:
            return False
        low = self.w[k].low
        if (low in _LEVELS and self.at(T.LEVEL_WORDS, k) is not None) or (
                low in _FIXED and self.at(T.FIXED_SCOPE, k) is not None):
            return True
        hm = self.head_at(k)
        return hm is not None and hm[0].parent

    def _topic_item(self, j: int, limit: int, opened: bool, bare: bool) -> tuple[int, bool]:
        """One item of a topic at ``j``: its end (``j``: none) and whether it stands
        by itself (opener, listed subject or programme) rather than needing a scope
        to close it. An item takes :data:`~.organ_tables.TOPIC_MAX` words at most; a
        free one cut there is none (what comes next cannot close it), and so is a
        free one of a single syllable (``Ủy ban nhân`` + ``Thành phố``: a damaged name).
        Not ``bare``: only an opener or a programme opens it."""
        w = self.w
        if j >= limit:
            return j, False
        k = j
        sure = True
        opening = self.at(T.TOPIC_SUBJECTS, j) if bare else None
        sub = opening is not None
        if not sub and opened:
            opening = self.at(T.TOPIC_OPENERS, j)
            if opening is None and (opening := self.at(T.TOPIC_PROGRAMMES, j)) is not None:
                cited = self._cited_programme(j, limit)
                if cited > j:
                    return cited, True  # ``tổng kết Nghị quyết số 18-NQ/TW``
        if opening is not None:
            k += opening[0]
            if not sub and k < limit and w[k].low in T.TOPIC_BUSINESS:
                return j, False  # ``về việc ...``: what the sentence is about
        else:
            tok = w[j]
            if (not bare or not tok.word or not tok.lower or self._verb_at(j)
                    or not self._continues(j, False)):
                return j, False
            sure = False
        words = 0
        opener = (-1, -1)  # the last opener read inside the item: where it starts, ends
        while k < limit and words < T.TOPIC_MAX:
            tok = w[k]
            if not self._continues(k, False):
                break
            if (more := self.at(T.TOPIC_SUBJECTS, k)) is not None:
                k += more[0]  # ``Chương trình mục tiêu quốc gia`` + ``xây dựng nông thôn mới``
                words += 1
                continue
            fl = self.at(T.FIELDS, k) if tok.low in _FIELDS else None
            if fl is not None:  # a sector name (``Dân số - Kế hoạch hóa gia đình``)
                k += fl[0]  # counts its words: ``công nghệ`` is no lone syllable
                words += fl[0]
                continue
            again = self.at(T.TOPIC_OPENERS, k)
            if again is not None:
                if k + again[0] < limit and w[k + again[0]].low in T.TOPIC_BUSINESS:
                    break  # ``... về an toàn thực phẩm`` + ``về việc ...``
                opener = (k, k + again[0])
                k += again[0]
                words += 1
                continue
            if opened and (cited := self._cited_programme(k, limit)) > k:
                k = cited  # ``về`` + ``tổng kết thực hiện Nghị quyết số 18-NQ/TW``
                words += 1
                break
            if not tok.word:
                if tok.low == "-" and k + 1 < limit and w[k + 1].word:
                    k += 1
                    continue
                break
            if self._verb_at(k) or self.at(T.GENERIC_AFTER, k):
                break
            if self.at(T.LEVEL_WORDS, k) or self.at(T.FIXED_SCOPE, k):
                break
            if tok.cap and self._stops_cap(k, False):
                break
            if self.head_at(k) is not None:
                break
            if sub and k == j + 1:
                break  # a subject of one syllable takes no free word: ``Hội đồng thi``
                # + ``coi thi, chấm thi`` is the council and its work
            k += 1
            words += 1
        if k == opener[1]:
            # an opener with no topic after it is the sentence's (``Ban Chỉ đạo ... về an
            # toàn thực phẩm`` + ``về tổ chức Tháng hành động``: the cited plan's subject)
            k, words = opener[0], words - 1
        if not sub and not words:
            return j, False  # an opener or a programme with nothing after it
        if not sure and not 1 < words < T.TOPIC_MAX:
            return j, False
        return k, sure

    def _read_topic(self, org: Organ, j: int, limit: int, opened: bool, bare: bool) -> int:
        """Read a topic at ``j`` into ``org``; where it ends (``j``: none)."""
        end = self._topic_at(j, limit, opened, bare)
        if end > j:
            org.topic = " ".join(t.low for t in self.w[j:end] if t.word)
            org.scope_only = False
            end = self._topic_year(j, end, limit)
        return end

    def _topic_year(self, j: int, end: int, limit: int) -> int:
        """Past the year of a census's topic read at ``j..end`` (``Tổng
        điều tra nông thôn, nông nghiệp`` + ``năm 2030``, then the scope ``xã Phú
        Lộc``): each round of a census is named by its year, which belongs to the board's
        name. Kept out of the topic, so the mentions with and without it merge."""
        w = self.w
        if (end + 1 < limit and w[end].low == "năm" and len(w[end + 1].low) == 4
                and w[end + 1].low.isdigit() and self.at(T.TOPIC_DATED, j) is not None
                and self._continues(end, False) and self._continues(end + 1, False)):
            return end + 2
        return end

    def _connects(self, j: int, limit: int, upper: bool) -> bool:
        """Does the connector at ``j`` join two parts of one name (``Kế hoạch và Đầu tư``)?"""
        toks, w = self.toks, self.w
        k = j + 1
        if k >= limit or not self._continues(k, upper):
            return False
        if w[j].low in _LIST_DASHES and (toks.line_starts(j) or toks.nl(k)):
            return False  # a list dash
        nxt = w[k]
        if not nxt.word or not (nxt.upper if upper else nxt.cap):
            return False
        if not upper and nxt.upper and nxt.low in T.DONOR_ACRONYMS and w[j].low == "và":
            return False  # a donor: ``Sở Y tế`` + ``và UNICEF``, the next actor
        if nxt.low in _FUNCTION or (self._stops_cap(k, upper) and not (
                nxt.low in _FIELDS and self.at(T.FIELDS, k) is not None
                and self.head_at(k) is None)):
            return False  # a stop word, unless it opens a field: ``Văn hóa - Điện ảnh``
        q = k
        while q + 2 < self.n and q - k < 8 and w[q].word and w[q + 1].low == ".":
            q += 2  # degrees chained with dots: ``PGS.TS.``, ``BS.CKII.``
        if q > k and self._person_run(q):
            return False  # a titled person: ``Bệnh viện tỉnh và BS. Lê Văn An``
        hk = self.head_at(k)
        # a sector after a dash is the name's second half: ``Công nghiệp - Viễn thông``
        return hk is None or (hk[0].sector and w[j].low == "-" and nxt.low in _FIELDS
                              and self.at(T.FIELDS, k) is not None)

    def _bridge(self, j: int, limit: int, scoped: bool = False) -> int:
        """A short lowercase stretch up to a terminal scope
        (``Hội Bảo vệ quyền trẻ em Việt Nam``, ``Bệnh viện đa khoa tỉnh``), or after
        ``Quản lý`` what is managed (``Cục Quản lý xây dựng công trình``). ``scoped``:
        the name already ends on its place (``Trung tâm Y tế huyện Đức Linh``), so a
        small stretch before a list's comma is its business, not its name (``dừng
        phát nước; Chi nhánh ...``)."""
        w = self.w
        if w[j].low in _EVENT_SITES and (k := self._event_site(j, limit)) > j:
            return k
        k = self._before_predicate(j, limit)
        if k > j:
            return k
        k = self._managed_run(j, limit)
        if k > j:
            return self._so_number(k, limit)
        while k < limit and k - j < 3:
            tok = w[k]
            if not tok.word or not tok.lower or self.toks.nl(k) >= 2:
                break
            low = tok.low
            if k > j and low in _CONNECTORS:
                break
            if low in _TERMINALS and self.at(T.TERMINALS, k) is not None:
                return k
            if self._verb_at(k) or (low in _GA and self.at(T.GENERIC_AFTER, k)):
                return j
            k += 1
        if j < k < limit and w[k].low in _TERMINALS and self.at(T.TERMINALS, k) is not None:
            return k
        if (j < k < limit and not scoped and w[k].low in _LIST_MARKS
                and self._list_goes_on(k + 1)):
            return k  # ``Cục Quản lý chất lượng, Viện ...``: an item of a list of organs
        if j < k < limit and w[k].low in _CONNECTORS and self._small_words(j, k) and (
                self._connects(k, limit, False) and not self._person_run(k + 1)):
            return k  # ``Quỹ Bảo vệ rừng`` + ``và Môi trường``: the name goes on
        return j

    def _event_site(self, j: int, limit: int) -> int:
        """After an event's word (``Ban Tổ chức Lễ hội``), the site it is named after,
        its class noun small (``chùa Hương``, ``đền Trần``, ``làng Đồng Kỵ``;
        ``[event_boards]`` ``sites``): where the site's name ends, or ``j``. Without a
        capitalised name the small word is the event's business (``Lễ hội`` + ``đình
        làng được tổ chức``), and a person's name is no site's."""
        if not self._phrase_before(j, T.EVENT_WORDS_LAST):
            return j
        site = self.at(T.EVENT_SITES, j)
        if site is None:
            return j
        k = j + site[0]
        if k >= limit or not (self.w[k].word and self.w[k].cap) or not self._continues(
                k, False) or self._person_run(k):
            return j
        end = self._cap_run(k, limit, False)
        return end if end > k else j

    def _event_edition(self, h: int, j: int, limit: int) -> int:
        """After an event board's name read up to ``j`` (``Ban`` + ``Tổ chức`` + an event:
        ``[event_boards]``), the rest of the event's description and its edition
        (``đua thuyền ... trên sông Nhật Lệ`` + ``năm 2023``): where the year ends, or
        ``j``. Without an edition the small words are the board's business, and a bare
        event word before them is left out (``Ban Tổ chức`` + ``Lễ`` + ``đón nhận``)."""
        w, toks = self.w, self.toks
        ev = self.at(T.EVENT_BOARDS, h)
        if ev is None or h + ev[0] >= j or not any(
                self._phrase_before(t, T.EVENT_WORDS_LAST)
                for t in range(h + ev[0] + 1, min(j, h + ev[0] + 3) + 1)):
            return j
        e = h + ev[0]
        bare = w[j].lower and (
            m := self.at(T.EVENT_UNNAMED, e)) is not None and e + m[0] == j
        miss = e if bare else j
        k = j
        stop = min(limit, j + T.EVENT_EDITION_REACH)
        while k < stop and w[k].word and not toks.nl(k):
            if (ed := self.at(T.EVENT_EDITIONS, k)) is not None and (
                    k > j or j - e > 2 or not self._phrase_before(j, T.EVENT_WORDS_LAST)):
                # (a bare event word and its year name no event the document tells
                # apart: ``Ban Tổ chức Lễ hội năm 2026`` is the board it names in full)
                y = k + ed[0]
                if y < limit and _EDITION_YEAR.fullmatch(
                        self.text, toks.start[y], toks.end[y]) is not None:
                    end = y + 1  # ``năm học 2024`` + ``-2025``
                    while (end + 1 < limit and toks.glued(end) and w[end].low == "-"
                           and toks.glued(end + 1) and w[end + 1].low.isdigit()):
                        end += 2
                    return end
            low = w[k].low
            if low in _FIXED and (fx := self.at(T.FIXED_SCOPE, k)) is not None:
                k += fx[0]  # ``dạy giỏi`` + ``cấp tỉnh``: the event's level
                continue
            if low in _FUNCTION and low not in T.EVENT_EDITION_JOINS:
                return miss
            if (low in _VERBS and self.at(T.VERBS, k) is not None) or (
                    w[k].cap and low in _HEADS and self.head_at(k) is not None):
                return miss
            k += 1
        return miss

    def _cited_programme(self, j: int, limit: int) -> int:
        """End of a programme and the cited act's number at ``j`` (``tổng kết Nghị quyết``
        + ``số 18-NQ/TW``), or ``j`` (see :meth:`_cited_number`)."""
        prog = self.at(T.TOPIC_PROGRAMMES, j)
        if prog is None:
            return j
        cited = self._cited_number(j + prog[0], limit)
        return cited if cited > j + prog[0] else j

    def _cited_number(self, k: int, limit: int) -> int:
        """End of a cited act's number at ``k`` after a programme's document type
        (``Nghị quyết`` + ``số 18-NQ/TW``, + ``18/NQ-CP``), or ``k``: ``số`` (optional),
        a token opening with a digit, and the code glued to it (``/``, ``-``, letters,
        digits). A bare number with nothing glued (``Nghị quyết 18``) is left to the
        topic's words, which a scope after it closes."""
        w, toks = self.w, self.toks
        a = k + 1 if k < limit and w[k].low == "số" else k
        if a >= limit or not (w[a].word and w[a].low[:1].isdigit()):
            return k
        b = a + 1
        while b < limit and toks.glued(b) and (w[b].word or w[b].low in "/-"):
            b += 1
        if b == a + 1 and a == k:
            return k
        return b if w[b - 1].word else k

    def _so_number(self, k: int, limit: int) -> int:
        """End of ``số`` and a unit's number at ``k`` after what a ``Quản lý`` manages
        (``Phòng Quản lý thuế doanh nghiệp`` + ``số 1``, ``Đội Quản lý thuế`` + ``số 3``),
        or ``k``: a number glued to more is a document's (``số 12/QĐ``), one before a
        measure word a count."""
        w, toks = self.w, self.toks
        if k + 1 >= limit or w[k].low != "số":
            return k
        num = w[k + 1]
        if not (num.word and num.low.isdigit() and len(num.low) <= 2):
            return k
        b = k + 2
        if b < self.n and ((toks.start[b] == toks.end[k + 1] and w[b].low in "/-."
                            and not self._full_stop(b)) or self._counts(b)):
            return k
        return b

    def _trade(self, j: int, limit: int, upper: bool) -> int:
        """A company's, centre's or project board's name going on at ``j`` over small
        words, numbers, ``&`` and capitalised words (``Công ty cổ phần`` + ``năng lượng
        tái tạo BIM``, ``Xây dựng`` + ``giao thông Yên Bái``): where it closes (after a
        brand: an acronym, two capitalised words or a known place; or where a scope
        starts, read next), or ``j``. It stops at punctuation, a function word or verb,
        a capitalised stop word, another organ or a person, after at most
        :data:`~.organ_tables.TRADE_MAX` tokens (see ``[trade]`` in the TOML)."""
        w = self.w
        stop = min(limit, j + T.TRADE_MAX)
        close = k = j
        small = 0
        if j and w[j - 1].low in _TRADE and (m := self.at(T.TRADE_WORDS, j - 1)) and m[0] > 1:
            k = j - 1 + m[0]  # ``Xổ`` + ``số``: a name word the last modifier opened
        formed: bool | None = None  # a legal form a few words back: asked when needed
        while k < stop:
            tok = w[k]
            if not self._continues(k, upper):
                break
            low = tok.low
            if low in _TRADE and (m := self.at(T.TRADE_WORDS, k)) is not None:
                k += m[0]  # ``tổng hợp``, ``tái tạo``: name words here
                small += m[0]
                continue
            if close == j and w[k - 1].lower and low in _TRADE_OPEN and (
                    m := self.at(T.TRADE_OPEN_WORDS, k)) is not None:
                if formed is None:
                    formed = self._formed(j)
                if formed:
                    k += m[0]  # ``Công ty TNHH Vật liệu`` + ``xây dựng`` + ``Hoành Sơn``
                    small += m[0]
                    continue
            if (low == "số" and close == j and k + 1 < stop and w[k + 1].low.isdigit()
                    and self._continues(k + 1, upper)):
                k += 1  # ``Công ty Cổ phần Xây dựng`` + ``số 1 Nghệ An``: read the number
                continue
            if (low in _LEVELS and self.at(T.LEVEL_WORDS, k) is not None) or (
                    low in _FIXED and self.at(T.FIXED_SCOPE, k) is not None):
                if k > j and self._scope_at(k, limit, upper) is not None:
                    close = k  # ``... giao thông`` + ``tỉnh Lào Cai``: the scope closes it
                break
            if low in _CONNECTORS:
                # ``đầu tư và phát triển``, ``Thương mại & Dịch vụ``: between words of
                # the name, after a small word or a number (``ABC và nhà thầu ...`` no)
                prev = w[k - 1]
                if not (prev.word and not prev.cap) or k + 1 >= stop or not (
                        w[k + 1].word and self._continues(k + 1, upper)):
                    break
                k += 1
                continue
            if not tok.word:
                if low == "(" and k and w[k - 1].cap and (
                        end := self._bracketed_place(k, stop)):
                    close = end  # ``Công ty TNHH Luxshare-ICT`` + ``(Nghệ An)``
                    break
                # ``Trung tâm XTĐT, TM&DL tỉnh``: acronyms of a name's parts, then its scope
                if (low == "," and w[k - 1].upper and k + 2 < stop and w[k + 1].upper
                        and self._continues(k + 1, upper) and self.head_at(k + 1) is None
                        and w[k + 2].low in _LEVELS and self.at(T.LEVEL_WORDS, k + 2)):
                    k += 2
                    continue
                break
            if tok.lower:
                if low in _FUNCTION or self._verb_at(k) or (
                        low in _GA and self.at(T.GENERIC_AFTER, k) is not None):
                    break
                small += 1
                if small > T.TRADE_SMALL:
                    break
                k += 1
                continue
            small = 0
            if low.isdigit():
                # a number of the name (``Cổ phần 289 Trường Sơn``), not a document's
                # (``12/SYT``) nor a count (``500 triệu``)
                if k + 1 < self.n and (self._counts(k + 1) or self._glued_code(k)):
                    break
                if close == k and w[k - 1].cap and self._name_ends(k + 1, upper):
                    close = k + 1  # a brand's number: ``Sông Đà 9``
                elif close == j and w[k - 1].word and self._name_ends(k + 1, upper):
                    close = k + 1  # a line of business's: ``Xây dựng 47``, ``Phát điện 1``
                k += 1
                continue
            if not (tok.upper if upper else tok.cap):
                break
            if self._stops_cap(k, upper) or (not upper and self._person_run(k)):
                break
            if low in _HEADS and (hk := self.head_at(k)) is not None and not hk[0].brand:
                break  # (a brand is a word of the name: ``... Xăng dầu Petrolimex``)
            end = self._cap_run(k, stop, upper)
            if end == k:
                break
            if end - k > 1 or tok.upper or self.at(T.PLACES, k) is not None:
                close = end  # a brand or a place: ``BIM``, ``Thủ Đô``, ``Yên Bái``
            k = end
        return close

    def _bracketed_region(self, k: int, limit: int) -> int:
        """A region of the name in brackets at ``k`` (``(miền Nam)``, [bracketed_regions]),
        on the name's line: the end after the closing bracket, or 0."""
        w = self.w
        if k + 1 >= limit or "\n" in self.folded[self.toks.end[k - 1] : self.toks.start[k]]:
            return 0
        hit = self.at(T.BRACKETED_REGIONS, k + 1)
        if hit is None:
            return 0
        end = k + 1 + hit[0]
        return end + 1 if end < limit and w[end].low == ")" else 0

    def _bracketed_place(self, k: int, stop: int) -> int:
        """After a company's brand, a known place alone in brackets at ``k`` names the
        company's local arm (``Công ty TNHH Luxshare-ICT (Nghệ An)``, ``... (Việt
        Nam)``, ``[trade] bracketed``): the end after the closing bracket, or 0."""
        w = self.w
        known = (self.at(T.PLACES, k + 1) or self.at(T.TRADE_BRACKETED, k + 1)
                 if k + 1 < stop else None)
        if known is None:
            return 0
        end = k + 1 + known[0]
        if end >= self.n or w[end].low != ")" or not w[k + 1].cap:
            return 0
        return end + 1

    def _formed(self, j: int) -> bool:
        """Does a company's legal form (``TNHH``, ``Cổ phần``, ``MTV``) end within the
        few words before ``j``? Its line of business may then hold verbs
        (``Công ty TNHH Vật liệu xây dựng X``); a bare ``Công ty Điện lực`` is followed
        by what it does (``xây dựng Trạm biến áp X``)."""
        return any(self._phrase_before(m, T.LEGAL_FORMS_LAST)
                   for m in range(max(1, j - _FORM_REACH), j + 1))

    def _glued_code(self, k: int) -> bool:
        """Is the number at ``k`` part of a code or a decimal (``12/SYT``, ``19-5``,
        ``9.5``, the Vietnamese decimal comma ``12,5`` of a measure)? A full stop after it
        that ends the sentence (``Sông Đà 9.``) is not."""
        toks, w = self.toks, self.w
        nxt = k + 1
        if toks.start[nxt] != toks.end[k] or w[nxt].low not in "/-.,":
            return False
        if w[nxt].low == ",":
            return (nxt + 1 < self.n and toks.start[nxt + 1] == toks.end[nxt]
                    and w[nxt + 1].low.isdigit())
        if w[nxt].low != ".":
            return True
        return nxt + 1 < self.n and toks.start[nxt + 1] == toks.end[nxt]

    def _name_ends(self, k: int, upper: bool) -> bool:
        """Does a name end before token ``k``: the end of the text, a new line that
        does not go on with it, punctuation, a function word or a verb?"""
        if k >= self.n:
            self._beyond()
            return True
        return not self.w[k].word or not self._continues(k, upper) or self._verb_at(k)

    def _small_words(self, a: int, b: int) -> bool:
        """Are the small words ``[a, b)`` name words: no verb, function word, level
        word, fixed scope or class word?"""
        for m in range(a, b):
            low = self.w[m].low
            if self._verb_at(m):
                return False
            if (low in _LEVELS and self.at(T.LEVEL_WORDS, m) is not None) or (
                    low in _FIXED and self.at(T.FIXED_SCOPE, m) is not None) or (
                    low in _GA and self.at(T.GENERIC_AFTER, m) is not None):
                return False
        return True

    def _small_name(self, j: int, limit: int, i: int) -> int:
        """A head's own name written in small letters (``Ban`` + ``tuyên giáo``, ``xây
        dựng đảng``, ``kinh tế - ngân sách``) and closed by a parent organ or a fixed
        scope (``Tỉnh ủy``, ``Đảng ủy``, ``HĐND tỉnh``, ``Trung ương``), or an event
        board's (``tổ chức``) before a capitalised name: where that parent, scope or
        name starts, or ``j``. Verbs may stand in such a name (``xây
        dựng``), function words may not; a dash or ``và`` joins two small words."""
        w = self.w
        k = j
        while k < limit and k - j < SMALL_MAX:
            tok = w[k]
            if k > j and not self._continues(k, False):
                return j
            low = tok.low
            if low in _CONNECTORS:
                if k == j or not (k + 1 < limit and w[k + 1].word and w[k + 1].lower):
                    return j
                k += 1
                continue
            if not (tok.word and tok.lower):
                break
            if low in _FUNCTION or (low in _LEVELS and self.at(T.LEVEL_WORDS, k)) or (
                    low in _GA and self.at(T.GENERIC_AFTER, k)):
                return j
            k += 1
        if k == j or k >= limit:
            return j
        tok = w[k]
        if not (tok.word and tok.cap) or not self._continues(k, False):
            return j
        if (ev := self.at(T.EVENT_BOARDS, j)) is not None and j + ev[0] == k:
            return k  # ``Ban tổ chức`` + ``Liên hoan Du lịch``: the event's name is read next
        hk = self.head_at(k) if tok.low in _HEADS else None
        fx = self.at(T.FIXED_SCOPE, k) if tok.low in _FIXED else None
        if fx is not None and (hk is None or hk[1] <= k + fx[0]):
            return k  # ``Ban xây dựng Đảng``, ``Ban tuyên giáo Trung ương``
        if hk is None or not hk[0].parent:
            return j
        sub = self._sub(k, i)
        if sub is not None:
            return j if sub.generic else k
        return k if self._bare(k, hk, False) else j

    def _bare(self, k: int, hm: tuple[T.Head, int], upper: bool) -> bool:
        """Is the committee at ``k`` (head words up to ``hm[1]``) written bare, right
        before the end of a name: its head is ``bare``, it reads as no organ, and
        punctuation, a verb or function word, a title, a new line or the end of the
        text follows (``Ban Tổ chức Đảng ủy chủ trì``)? Then it is the document's own
        committee. A small word that is no verb (``Đảng ủy khối``) says otherwise, and
        so does another district committee after it (``Huyện ủy, Thành ủy``: the class)."""
        head, end = hm
        if not head.bare:
            return False
        if end >= self.n:
            self._beyond()
            return self.parse(k) is None
        tok = self.w[end]
        if (sub := self.parse(k)) is not None and not (
                sub.generic and sub.end == end and self._object_at(end)):
            return False  # (``Thanh tra Sở`` + ``các hồ sơ``: the verb's object, no class)
        if head.district and tok.low in (",", "và"):
            nxt = self.head_at(end + 1)
            if nxt is not None and nxt[0].district:
                return False
        if not self._continues(end, upper) or not tok.word:
            return True
        if tok.lower:
            return self._verb_at(end) or self._object_at(end)
        return tok.cap and self._stops_cap(end, upper)

    def _object_at(self, j: int) -> bool:
        """Does a verb's object open at ``j``: a noun of things (``[generic]
        objects_after``), bare or after a plural (``hồ sơ``, ``các báo cáo``)?"""
        w = self.w
        if w[j].low in _PLURALS:
            j += 1
        return j < self.n and w[j].low in _OBJECTS and self.at(T.GENERIC_OBJECTS, j) is not None

    def _suffix(self, k: int, limit: int) -> int:
        """``Ngôn ngữ`` + ``học``: the small word at ``k`` ends a discipline's name,
        unless a small word follows that makes a word with it (``học sinh``, ``học
        tập``); where the name ends."""
        w = self.w
        if not (w[k].lower and self._continues(k, False)):
            return k
        if k + 1 >= limit:
            if k + 1 >= self.n:
                self._beyond()
                return k + 1
            return k
        nxt = w[k + 1]
        if nxt.word and nxt.lower and not self._verb_at(k + 1):
            return k
        return k + 1

    def _before_predicate(self, j: int, limit: int) -> int:
        """The end of a short lowercase stretch at ``j`` that runs up to the predicate of
        the sentence the organ opens (``Vụ Hành chính`` + ``sự nghiệp`` + ``chủ trì``,
        ``Cục Kinh tế`` + ``xây dựng`` + ``có trách nhiệm``), or ``j``: a ministry's
        departments capitalise the first word of their names only. The stretch opens
        on no verb or adverb (``Sở Y tế`` + ``thường xuyên phối hợp với``) and holds no
        function word, scope or punctuation."""
        w = self.w
        if j >= limit or self._verb_at(j):
            return j
        k = j
        while k < limit and k - j <= T.PREDICATE_GAP:
            tok = w[k]
            if k > j and tok.low in _PREDICATES and self.at(T.SUBJECT_PREDICATES, k):
                return k
            if k > j and tok.low == ")" and self._bracket_opens_before(j) and not (
                    self._level_ends_at(j)):
                return k  # ``(qua Vụ Tổng hợp`` + ``kinh tế quốc dân`` + ``)``
            if (not tok.word or not tok.lower or self.toks.nl(k) or tok.low in _FUNCTION
                    or tok.low in _CONNECTORS
                    or (tok.low in _LEVELS and self.at(T.LEVEL_WORDS, k))
                    or (tok.low in _FIXED and self.at(T.FIXED_SCOPE, k))
                    or (tok.low in _GA and self.at(T.GENERIC_AFTER, k))):
                return j
            k += 1
        return j

    def _level_ends_at(self, j: int) -> bool:
        """Does a level word end right before token ``j`` (``... thành phố`` + ``j``)? The
        name closed on its scope, and small words after it are the sentence's
        (``(Trung tâm Kiểm soát bệnh tật thành phố đại diện)``)."""
        for d in (1, 2):
            if j - d >= 0 and self.w[j - d].low in _LEVELS:
                m = self.at(T.LEVEL_WORDS, j - d)
                if m is not None and m[0] == d:
                    return True
        return False

    def _bracket_opens_before(self, j: int) -> bool:
        """Does a bracket open shortly before token ``j`` on its line, the organ its
        content (``(qua Vụ Tổng hợp kinh tế quốc dân)``, ``(Cục Quản lý thị trường)``)?
        The closing bracket then bounds the name as a predicate does."""
        off = self.toks.start[j]
        lo = max(0, off - _BRACKET_REACH)
        o = self.text.rfind("(", lo, off)
        return o >= 0 and not any(c in self.text[o:off] for c in ")\n;")

    def _managed_run(self, j: int, limit: int) -> int:
        """The end of what a capitalised ``Quản lý`` before ``j`` manages, in lowercase
        (``Cục Quản lý xây dựng công trình``, ``Phòng Quản lý đô thị``), or ``j``."""
        if not self._after_managed(j):
            return j
        return self._managed_words(j, limit)

    def _initials(self, j: int, limit: int) -> int:
        """At the dot ``j`` glued to a capital letter alone, more capital letters alone
        glued by dots (``E`` + ``.K.I.M``, ``A`` + ``.B.C``): where the last letter ends,
        or ``j``. A dot with a space after it ends a sentence or an abbreviation."""
        w, toks = self.w, self.toks
        k = j
        while (k + 1 < limit and w[k].low == "." and toks.start[k] == toks.end[k - 1]
               and toks.start[k + 1] == toks.end[k] and len(w[k + 1].low) == 1
               and w[k + 1].cap and len(w[k - 1].low) == 1):
            k += 2
        return k

    def _acronym_series(self, j: int, limit: int) -> int:
        """After an acronym and the comma at ``j``, more acronyms parted by commas and
        closed by ``và`` + a last one, on the same line (``Trung tâm TT`` + ``, DL và
        CNS``, ``Ban Chỉ đạo Trung ương KHCN`` + ``, ĐMST và CĐS``): the parts of one
        name, abbreviated as its full words are listed (``Thông tin, Dữ liệu và Chuyển
        đổi số``). Where the last one ends, or ``j``. No ``và`` (``Trung tâm TT, KGVX``:
        two recipients) or an organ's acronym among them (``HĐND``) makes a list."""
        w, toks = self.w, self.toks
        k = j
        while k + 1 < limit and k - j < _ACRONYM_SERIES_MAX:
            sep = w[k].low
            nxt = w[k + 1]
            if not (nxt.upper and len(nxt.low) <= _ACRONYM_CHARS) or toks.nl(k + 1) or (
                    nxt.low in _HEADS and self.head_at(k + 1) is not None):
                return j
            if sep == "và":
                return k + 2
            if sep != "," or k + 2 >= limit:
                return j
            k += 2
        return j

    def _paired_managed(self, j: int, limit: int) -> int:
        """After a capitalised ``Quản lý`` and the comma at ``j``, a second managing word
        in lowercase and what the two manage (``Cục Quản lý, giám sát tổ chức tín
        dụng``): where that ends, or ``j``. A list goes on after a comma with a
        capital or a head (``Cục Quản lý, Vụ Pháp chế``), never with these words."""
        k = j + 1
        if k >= limit or not self.w[k].lower or not self._after_managed(j, T.MANAGED_PAIRED):
            return j
        for key in T.MANAGED_SECONDS:
            n = len(key)
            if k + n < limit and tuple(t.low for t in self.w[k:k + n]) == key:
                end = self._managed_words(k + n, limit)
                return end if end > k + n else j
        return j

    def _managed_words(self, j: int, limit: int) -> int:
        """The end of a lowercase stretch at ``j`` that names what is managed; a field
        of the tables is read whole, though it opens on a verb (``tổ chức tín dụng``), and
        so is a managed object with a verb in it, which ends the stretch (``đào tạo``)."""
        w = self.w
        k = j
        while k < limit and k - j < T.MANAGED_MAX:
            tok = w[k]
            if tok.lower and tok.low in _FIELDS and (fl := self.at(T.FIELDS, k)) is not None:
                k += fl[0]
                continue
            if (tok.lower and tok.low in _MANAGED_OBJECTS
                    and (mo := self.at(T.MANAGED_OBJECTS, k)) is not None):
                return k + mo[0]  # the object is the whole field: ``... đào tạo`` + ``chậm nhất``
            if (not tok.word or not tok.lower or self.toks.nl(k) >= 2
                    or tok.low in _FUNCTION or self._verb_at(k)
                    or (tok.low in _GA and self.at(T.GENERIC_AFTER, k))
                    or (tok.low in _LEVELS and self.at(T.LEVEL_WORDS, k))
                    or (tok.low in _FIXED and self.at(T.FIXED_SCOPE, k))):
                break  # a scope is read next: ``... bệnh xã hội`` + ``tỉnh``
            k += 1
        return k

    def _after_managed(self, j: int,
                       keys: frozenset[tuple[str, ...]] = T.MANAGED_AFTER) -> bool:
        """Whether the tokens before ``j`` end with a word after which a lowercase
        stretch names what the organ manages (``Quản lý``), written capitalised. The
        word before ``j`` is asked first (:func:`_last_words`): most tokens end no key."""
        w = self.w
        if j and (lasts := _last_words(keys)) is not None and w[j - 1].low not in lasts:
            return False
        for key in keys:
            n = len(key)
            if j >= n and w[j - n].cap and tuple(t.low for t in w[j - n:j]) == key:
                return True
        return False

    def _list_goes_on(self, k: int) -> bool:
        """After a comma or semicolon at ``k - 1``: does a list of organs go on (the
        next token opens an organ, or a new line: ``- Cục Quản lý chất lượng;``)?"""
        if k >= self.n:
            self._beyond()
            return True  # the end of the text ends the list item too
        if self.toks.line_starts(k):
            return True
        return self.w[k].cap and self.head_at(k) is not None

    def _completes(self, end: int, limit: int) -> bool:
        """May the lowercase token at ``end`` complete a lone capitalised
        syllable (``Y`` + ``tế``, ``Ngoại`` + ``giao``)?"""
        if end >= limit:
            return False
        if self.w[end - 1].low in T.WHOLE_SYLLABLES and not (
            end + 1 < limit and self.w[end + 1].word and self.w[end + 1].cap
        ):
            return False  # ``Cục Thuế chú trọng``; but ``Cục Thuế tinh Đồng Nai`` (OCR)
        tok = self.w[end]
        if not (tok.lower and tok.word and self._continues(end, False)) or self._verb_at(end):
            return False
        if tok.low in _OBJECTS and self.at(T.GENERIC_OBJECTS, end) is not None:
            return False  # ``Văn phòng Bộ`` + ``hồ sơ``: the verb's object
        low = tok.low
        return not (
            (low in _LEVELS and self.at(T.LEVEL_WORDS, end) is not None)
            or (low in _FIXED and self.at(T.FIXED_SCOPE, end) is not None)
            or (low in _GA and self.at(T.GENERIC_AFTER, end) is not None)
            or (low in _FIELDS and self.at(T.FIELDS, end) is not None)
        )

    def _aside_abbreviation(self, j: int, limit: int, upper: bool, scoped: bool,
                            has_scope: bool = False) -> bool:
        """``(`` at ``j`` opens an abbreviation in capitals given after the head or its
        sector (``Ủy ban nhân dân (UBND) tỉnh Quảng Ninh``, ``Trung tâm Kiểm soát bệnh
        tật (CDC) tỉnh Quảng Nam``), and a scope follows it (the name has none yet) or a
        branch (``Ngân hàng TMCP Công Thương Việt Nam (VietinBank) chi nhánh Hà Tĩnh``):
        the aside is skipped and the name read on."""
        w = self.w
        if j + 3 >= limit or w[j + 2].low != ")":
            return False
        abbr = w[j + 1]
        if not (abbr.word and (abbr.upper or (
                abbr.cap and (hm := self.head_at(j + 1)) is not None and hm[0].brand))):
            return False  # (or a brand: ``Ngân hàng TMCP Công Thương (VietinBank)``)
        k = j + 3
        low = w[k].low
        if low in _BRANCHES and self._branch(k, limit, upper):
            return True  # ``... (VietinBank) chi nhánh Hà Tĩnh``
        if has_scope or not (low in _LEVELS or low in _FIXED):
            return False
        return self._scope_at(k, limit, upper, scoped) is not None

    # -- one organ ----------------------------------------------------------------------

    def parse(self, i: int) -> Organ | None:
        """The organ whose head is at token ``i`` (memoised), or None."""
        memo = self.memo
        if i in memo:
            return memo[i]
        memo[i] = None  # a cycle reads as no organ
        try:
            result = self._parse(i)
            if result is not None:
                result = self._column_cut(result)
            if result is not None:
                result = self._heading_cut(result)
            if (result is not None and not self.w[i].cap and self.w[i].low not in _SMALL_NAMED
                    and not self._titled_ends(result.end)):
                result = None
        except Edge:
            del memo[i]  # not read: the window must grow first
            raise
        memo[i] = result
        return result

    def _column_cut(self, org: Organ) -> Organ | None:
        """``org`` ended before the first gap of two columns inside it: a phrase of the
        tables matched across it (``BAN CHẤP HÀNH TRUNG ƯƠNG`` + blanks + ``ĐẢNG ...``,
        the scope ``Trung ương Đảng``) joins two names of a header laid out with
        spaces; ``None`` if the gap falls inside the head."""
        toks, folded = self.toks, self.folded
        b = toks.start[org.end - 1]
        gap = folded.find(_GAP, toks.end[org.start], b)
        while gap >= 0:
            k = bisect_left(toks.start, gap, org.start + 1, org.end)
            if folded.find("\n", toks.end[k - 1], toks.start[k]) < 0:
                break  # blanks inside one line, not at a line's end
            gap = folded.find(_GAP, toks.start[k], b)
        if gap < 0:
            return org
        if k <= org.head_end:
            return None
        while k > org.head_end + 1 and self.w[k - 1].low in _CONNECTORS:
            k -= 1
        org.end = k
        if org.scope_span is not None and org.scope_span[1] > k:
            org.scope_span = (org.scope_span[0], k) if org.scope_span[0] < k else None
        return org

    def _heading_cut(self, org: Organ) -> Organ:
        """``org`` ended at the first line break inside it when it opens a clause heading
        right after the marker and the next line opens a sentence (``1. Sở Tài chính`` /
        ``Cân đối, bố trí kinh phí ...``: a capitalised word, then a small one). Plans
        give each organ's tasks under such a heading, opening with any verb, so no verb
        list can stop the name. A name wrapped there runs on after a joining word
        (``và``, ``,``, ``-``), before a small word (``và Xã hội``), a name in capitals
        (``Việt Nam``) or a level word (``Thành phố``), and inside a place (``thành phố
        Cần`` / ``Thơ và ...``; a known place, not ``tỉnh`` / ``Định kỳ``)."""
        toks, folded, w = self.toks, self.folded, self.w
        # (the break inside first: most names have none, and it is the cheapest test)
        brk = folded.find("\n", toks.end[org.head_end - 1], toks.start[org.end - 1])
        if brk < 0:
            return org
        a = toks.start[org.start]
        if _HEADING_MARKER.fullmatch(folded, folded.rfind("\n", 0, a) + 1, a) is None:
            return org
        k = bisect_left(toks.start, brk, org.head_end, org.end)
        if k <= org.head_end or k + 1 >= len(w):
            return org
        tok, prev, nxt = w[k], w[k - 1], w[k + 1]
        if not (tok.cap and not tok.upper and prev.word and nxt.word and nxt.lower):
            return org
        if prev.low in _CONNECTORS or tok.low in _LEVELS or nxt.low in _FUNCTION:
            return org  # ``thành phố Cần`` / ``Thơ và ...``: a place wrapped
        scope = org.scope_span
        if scope is not None and scope[0] < k < scope[1] and any(
                self._known_place(p) > k for p in range(scope[0], k)):
            return org  # ``thành phố Hồ Chí`` / ``Minh tổ chức ...``
        if folded.find("\n", toks.end[k], toks.start[k + 1]) >= 0:
            return org
        org.end = k
        if org.scope_span is not None and org.scope_span[1] > k:
            org.scope_span = (org.scope_span[0], k) if org.scope_span[0] < k else None
        return org

    def _sub(self, j: int, i: int) -> Organ | None:
        """An organ nested at ``j`` inside the one read at ``i``, if short enough."""
        sub = self.parse(j)
        if sub is None or sub.end - i > MAX_TOKENS:
            return None
        return sub

    def _parse(self, i: int) -> Organ | None:
        hm = self.head_at(i)
        if hm is None:
            return None
        head, j = hm
        upper = self._upper_mode(i, j, head)
        limit = min(self.n, i + MAX_TOKENS)
        org = Organ(start=i, end=j, head=head, head_end=j, level=head.level, kind=head.kind)
        if head.chain and j < limit and self._continues(j, upper):
            unit = self.at(T.CHAIN_UNITS, j)
            if unit is not None:
                org.end = j + unit[0]
                org.scope_only = False
                return self._finish(org, True, None)
            if (hj := self.head_at(j)) is not None:
                sub = self._sub(j, i)
                if sub is not None and not (sub.generic and self._bare(j, hj, upper)):
                    org.end = sub.end
                    org.generic = sub.generic
                    org.level = sub.level or org.level
                    org.has_scope = sub.has_scope
                    org.scope_only = False
                    return self._finish(org, True, sub.kind)
                if self._bare(j, hj, upper):
                    # ``Thường trực Đảng ủy``: the document's own committee; ``Thanh
                    # tra Sở`` + ``các hồ sơ``: the department's, before the object
                    org.end = hj[1]
                    org.level = hj[0].level or org.level
                    org.has_scope = True  # whose committee it is: the document's
                    org.scope_only = False
                    return self._finish(org, True, hj[0].kind)
            gb = self.at(T.GENERIC_BEFORE, j)
            fl = self.at(T.FIELDS, j) if gb is not None and self.w[j].low in _FIELDS else None
            if gb is not None and (fl is None or fl[0] <= gb[0]):
                # ``Đảng ủy các Bộ``: a class; not a longer name word that opens with
                # ``các`` (``Đảng ủy các cơ quan Đảng tỉnh``: one committee)
                org.generic = True
                return org
        if head.mods == "none":
            if head.state and j < limit and self.w[j].cap and not self.toks.nl(j):
                org.end = self._foreign_state(j) or org.end
            return self._finish(org, False, None)
        result = self._modifiers(org, j, limit, upper, aside=True)
        if org.aside is not None and (result is None or result.generic):
            # read past an abbreviation aside, the name turned into a class (``Ủy ban
            # MTTQ (MTTQ) Việt Nam xã``): the name ends at the aside instead
            org = Organ(start=i, end=j, head=head, head_end=j, level=head.level,
                        kind=head.kind)
            result = self._modifiers(org, j, limit, upper, aside=False)
        return result

    def _modifiers(self, org: Organ, j: int, limit: int, upper: bool,
                   aside: bool = False) -> Organ | None:
        """Read the modifiers after the head; the heart of the grammar."""
        w = self.w
        head = org.head
        i = org.start
        has_mod = False
        inherited: str | None = None
        topic_done = False
        own_end = -1  # where a scope after which a bare level word is the own unit ends
        field_end = -1  # where the last sector name read ends
        mods_any = head.mods == "any"
        scoped = head.needs == "scope"
        if mods_any and (k := self._numbered(i, j, limit, upper)) > j:
            j = k  # a head ending in a numbered unit: ``Trường THPT số 2``
            has_mod = True
            org.scope_only = False
        if head.seat and j < limit and self._continues(j, upper) and (
                k := self._mission_state(j, limit, upper)) > j:
            j = k  # ``Đại sứ quán`` + ``Cộng hòa Liên bang Đức``: the state's whole name
            has_mod = True
            org.scope_only = False
        while j < limit:
            tok = w[j]
            if (aside and tok.low == "(" and org.aside is None and not org.has_level
                    and self._aside_abbreviation(j, limit, upper, scoped, org.has_scope)):
                # ``Bảo hiểm xã hội (BHXH) Việt Nam``: the name goes on after it, after
                # the head or its sector (``Trung tâm Kiểm soát bệnh tật (CDC) tỉnh
                # Quảng Nam``, ``Sở Giao thông vận tải (GTVT) tỉnh Lào Cai``)
                org.aside = (j, j + 3)
                org.key_drop = [*(org.key_drop or []), (j, j + 3)]
                j += 3
                continue
            if tok.low == "(" and has_mod and not org.has_level and (
                    end := self._bracketed_region(j, limit)):
                j = end  # ``Hội thánh Tin lành Việt Nam`` + ``(miền Nam)``: the name goes on
                continue
            if not self._continues(j, upper):
                break
            low = tok.low
            if (head.topic and not topic_done and (
                    not org.has_scope or (tok.cap and not upper) or low == "các" or (
                        org.level == "central" and org.scope_only and not org.has_place))
                    and self.at(T.TOPIC_SUBJECTS, j) is not None):
                # a listed topic before all else: ``các chương trình mục tiêu quốc gia``
                # is no class, ``xây dựng nông thôn mới`` no verb; capitalised, also
                # after a scope (``Ban Chỉ đạo cấp tỉnh`` + ``Kỳ thi tốt nghiệp THPT``),
                # and opening with ``các``, which no work the board does opens (``Ban
                # Chỉ đạo Nhà nước`` + ``các công trình, dự án quan trọng quốc gia``)
                j = self._read_topic(org, j, limit, head.topic_open, True)
                topic_done = has_mod = True
                continue
            if low in _BRANCHES and not org.has_level and (
                    branch := self._branch(j, limit, upper)):
                # ``Ngân hàng Nhà nước chi nhánh tỉnh Nam Định``: the branch word is kept
                # out of the key, its scope or place read as the organ's own
                org.key_drop = [*(org.key_drop or []), (j, branch[0])]
                if branch[1] > branch[0]:
                    org.has_place = has_mod = True
                    # a bare place names the branch's level (``- Chi nhánh Quảng Bình``)
                    org.level = self._place_level(branch[0]) or org.level
                j = branch[1]
                continue
            if low in _LIST_DASHES and not org.has_level and (
                    branch := self._dash_branch(j, limit, upper)):
                # ``Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Quảng Bình``: the same
                # branch after a dash, the dash kept out of the key with the branch word
                org.key_drop = [*(org.key_drop or []), (j, branch[0])]
                if branch[1] > branch[0]:
                    org.has_place = has_mod = True
                    # a bare place names the branch's level (``- Chi nhánh Quảng Bình``)
                    org.level = self._place_level(branch[0]) or org.level
                j = branch[1]
                continue
            fl = self.at(T.FIELDS, j) if mods_any and low in _FIELDS else None
            if fl is not None and fl[0] > 1 and self._label_ends(j + fl[0] - 1):
                # ``TRƯỜNG ĐẠI HỌC CÔNG NGHỆ`` / ``Số: 455/QĐ-ĐHCN``: the number's label
                # on the next line is no ``công nghệ số``
                fl = T.FIELDS.match_upto(self.toks, j, fl[0] - 1)
            if mods_any and tok.cap and low in _CAP_FIELDS and (
                    (cf := self.at(T.CAP_FIELDS, j)) is not None
                    and (fl is None or cf[0] > fl[0])):
                # ``Trợ giúp pháp lý``, not ``trợ giúp``; the longer name over a sector
                # that opens it: ``Kinh tế xây dựng``, not ``Kinh tế``
                fl = cf
            if has_mod and low in _PLURALS and self.at(T.GENERIC_OBJECTS, j + 1) is not None:
                break  # ``Bộ Tài chính`` + ``các nội dung trên``: the verb's object
            if (
                low in _GA
                and (ga := self.at(T.GENERIC_AFTER, j)) is not None
                and not (tok.cap and not upper and low in ("các", "những"))
                # a longer name word is no class: ``Ban Quản lý các khu công nghiệp``
                and (fl is None or fl[0] <= ga[0])
                # a level word with its place: ``Thuế cơ sở 3``, not ``Công đoàn cơ sở``
                and not self._placed_level(j, limit, upper)
            ):
                org.generic = True
                break
            if head.small and not has_mod and tok.lower and tok.word:
                end = self._small_name(j, limit, i)
                if end > j:
                    j = end  # the parent or scope that closes it is read next
                    continue
            lw = self.at(T.LEVEL_WORDS, j) if low in _LEVELS else None
            hm2 = self.head_at(j) if tok.cap and tok.word and low in _HEADS else None
            # sector words that begin like a level word: ``Xã hội``
            if fl is not None and lw is not None and fl[0] > lw[0]:
                j += fl[0]
                has_mod = True
                org.scope_only = False
                continue
            # scope: ``tỉnh Quảng Ninh``, ``Trung ương``, ``cấp tỉnh``
            sc = (
                self._scope_at(j, limit, upper, scoped, j == own_end, i)
                if lw is not None or low in _FIXED
                else None
            )
            if sc is not None and lw is not None and (
                org.has_level or (hm2 is not None and hm2[1] - j > lw[0])
            ):
                sc = None  # one level per organ; ``Tỉnh ủy`` is a head, not ``tỉnh``
            elif sc is not None and hm2 is not None and hm2[1] > sc[0]:
                sc = None  # ``Đảng ủy`` is a head, not the scope ``Đảng``
            elif sc is not None and org.has_scope and self.at(T.ALONE_SCOPES, j) is not None:
                sc = None  # ``UBND tỉnh`` + ``miền Trung``: where it is, not its name
            if sc is not None:
                end, level, generic, has_place = sc
                if generic:
                    org.generic = True
                    break
                if lw is not None:
                    # an area with no level of its own leaves room for the level word
                    # that places it: ``Thuế cơ sở 3 tỉnh Phú Thọ``
                    org.has_level = org.has_level or bool(cast(T.Level, lw[1]).level)
                    if has_place:
                        p = j + lw[0]
                        org.place = (j, p + 1 if w[p].low == "." else p, end)
                    if has_place and not cast(T.Level, lw[1]).key:
                        if org.key_drop is None:
                            org.key_drop = []
                        org.key_drop.append((j, j + lw[0]))
                if lw is None and self.at(T.OWN_SCOPES, j) is not None:
                    own_end = end  # ``Đảng bộ``: a bare ``xã`` after it is the own one
                # a school named by its town and numbered: ``Trường Tiểu học`` + ``Thị trấn
                # 3`` (the number is the school's; no ward is named), no short reference
                # to another school
                if lw is not None and not has_place and mods_any and (
                        numbered := self._numbered(j, end, limit, upper, i)) > end:
                    end = numbered
                    org.scope_only = False
                first = org.scope_span[0] if org.scope_span else j
                org.scope_span = (first, end)
                org.level = level or org.level
                org.has_scope = True
                org.has_place = org.has_place or has_place
                has_mod = True
                j = end
                continue
            # ``của`` + scope or parent organ: ``Ủy ban Văn hoá - Xã hội của Quốc hội``
            if low == "của" and mods_any and j + 1 < limit:
                sc = self._scope_at(j + 1, limit, upper)
                if sc is not None and not sc[2] and has_mod:
                    org.level = sc[1] or org.level
                    org.has_scope = True
                    j = sc[0]
                    continue
                nxt = self.head_at(j + 1)
                # a parent organ closes any name after ``của``; a head that takes a whole
                # organ takes it after ``của`` too, right after the head (``Cổng TTĐT của
                # Bộ GDĐT``, ``Chi nhánh của Công ty X``)
                if nxt is not None and (nxt[0].parent or (
                        head.chain and not has_mod and j == org.head_end)):
                    sub = self._sub(j + 1, i)
                    if sub is not None and not sub.generic:
                        j = sub.end
                        if not org.has_scope:
                            org.level = sub.level or org.level
                        inherited = sub.kind
                        org.scope_only = False
                        has_mod = True
                        if head.topic and not topic_done:
                            # ``Ban Chỉ đạo của Tỉnh ủy`` + ``về phát triển ...``: only an
                            # opener opens the board's topic after its parent
                            j = self._read_topic(org, j, limit, head.topic_open, False)
                break
            if head.mods == "scope":
                if head.place and not org.has_place and tok.cap:
                    end = (self._known_place(j) if head.known_place
                           else self._place_run(j, limit, upper))
                    if end > j and head.known_place and end < limit and (
                            w[end].low.isdigit() and self._continues(end, upper)):
                        # a unit numbered in its town (``Truyền tải điện Diễn Châu`` +
                        # ``1``), not a count (``2 năm``) or a code (``1/QĐ``)
                        end = self._commune_number(end)
                    if end > j:
                        if head.known_place and org.level == head.level:
                            # the unit of the place, not the national body: ``Viettel
                            # Nghệ An`` is a province's, ``Điện lực Quỳnh Lưu`` a district's
                            org.level = self._place_level(j) or org.level
                        org.has_place = True
                        has_mod = True
                        j = end
                        continue
                break
            if hm2 is not None and hm2[0].sector and has_mod and fl is not None:
                hm2 = None  # a sector inside a name: ``Tập đoàn Bưu chính Viễn thông``
            if (hm2 is not None and head.trade and hm2[1] - j > 1
                    and self._phrase_before(j, T.LEGAL_FORMS_LAST)):
                # right after a company's legal form a head of two words or more opens
                # its brand (``Công ty Cổ phần`` + ``Tập đoàn Hòa Phát``, ``Công ty TNHH``
                # + ``Bệnh viện Đa khoa Hồng Ngọc``), not another organ (a one-word
                # head there is a word of the brand: ``Sở hữu``, ``Trường Sơn``)
                j = hm2[1]
                has_mod = True
                org.scope_only = False
                continue
            if (hm2 is not None and hm2[0].brand and head.trade
                    and (has_mod or self._phrase_before(j, T.LEGAL_FORMS_LAST))):
                # a brand inside a company's name is a word of it (``Tổng công ty Viễn
                # thông MobiFone``, ``Công ty cổ phần Petrolimex Nghệ An``)
                j = hm2[1]
                has_mod = True
                org.scope_only = False
                continue
            # another organ: a parent closes the name, any other ends it; but one of the
            # same head is the next organ of a row (``Sở Nội vụ Sở Tư pháp`` in a table's
            # cells, ``HỘI CHỮ THẬP ĐỎ VIỆT NAM`` / ``HỘI CHỮ THẬP ĐỎ XÃ X``)
            if hm2 is not None and hm2[0].parent and hm2[0].canonical == head.canonical:
                break
            if hm2 is not None:
                sub = self._sub(j, i)
                if (sub is None or sub.generic) and hm2[0].parent and self._bare(
                        j, hm2, upper):
                    # ``Ban Tổ chức Đảng ủy``: the document's own committee closes it
                    j = hm2[1]
                    has_mod = True
                    org.scope_only = False
                    if not org.has_scope:
                        org.level = hm2[0].level or org.level
                    org.has_scope = True  # whose organ it is: the document's committee's
                    inherited = hm2[0].kind
                    break
                if sub is not None:
                    if hm2[0].parent and not sub.generic:
                        j = sub.end
                        has_mod = True
                        org.scope_only = False
                        if not org.has_scope:
                            org.level = sub.level or org.level
                        inherited = sub.kind
                        org.has_scope = org.has_scope or sub.has_scope
                    elif sub.generic and hm2[0].parent and hm2[0].kind != "armed":
                        # (a police force read as a class, ``Công an huyện`` with no
                        # district in view, leaves its team's name standing alone)
                        org.generic = True
                    elif (hm2[0].sector and not has_mod and head.needs == "modifier"
                          and not sub.generic):
                        # ``Cục Thuế tỉnh Hà Tĩnh``: the sector with its scope, and the
                        # place its list goes on with (``Chi cục Hải quan cửa khẩu Tân
                        # Thanh, Chi Ma``: one office per gate)
                        j = sub.end
                        has_mod = True
                        org.scope_only = False
                        org.level = sub.level or org.level
                        org.has_scope = sub.has_scope
                        org.has_place = sub.has_place
                        org.place = sub.place
                    break
                if hm2[0].needs != "scope" and fl is None:
                    # a head word that reads as no organ ends the name, unless it is a
                    # field word too: ``Phòng`` + ``Thanh tra - Pháp chế``, ``Vụ Thanh tra``
                    break
            # sector words: ``Giao thông vận tải``, ``Văn hóa, Thể thao và Du lịch``
            if fl is not None and tok.lower and not upper and (
                    org.has_level or self._phrase_before(j, T.COUNTRY_ENDS_LAST)):
                break  # a small field after a level scope or the country's name is the
                # organ's business: ``Sở Tài chính tỉnh đầu tư xây dựng``, ``Đài Tiếng nói
                # Việt Nam truyền hình trực tiếp``
            if fl is not None and has_mod and tok.lower and not upper and (
                    self.at(T.FIELD_VERBS, j) is not None):
                break  # ``Phòng Kinh tế`` + ``thống kê số hộ``: a verb after the name
            if fl is not None:
                # a numbered field, ``số`` and its number: ``Phòng Kiểm tra thuế số 1``
                # (a bare number after a field counts: ``Kiểm tra thuế 5 doanh nghiệp``)
                # (``Bệnh viện Nhi đồng 1``: a field that a bare number goes on)
                # (``Phòng Quản lý`` + ``dự án`` + ``2``: the field ends a numbered phrase
                # that starts before it, a project board's numbered department)
                end = j + fl[0]
                start = min(j, org.head_end)
                bare = (end < limit and (w[end].low.isdigit() or _STATION_CODE.fullmatch(
                    w[end].low) is not None) and any(
                        (nb := self.at(T.NUMBERED_BARE, s)) is not None and s + nb[0] == end
                        for s in range(start, j + 1)))
                j = end
                if end < limit and (w[end].low == "số" or bare):
                    j = self._numbered(start, end, limit, upper)
                has_mod = True
                org.scope_only = False
                field_end = j
                continue
            if head.topic and not topic_done and not (
                    org.has_scope and self._numbered_board(i, j)) and (end := self._read_topic(
                    org, j, limit, head.topic_open, not org.has_scope)) > j:
                j = end
                topic_done = has_mod = True
                continue
            if low in _CONNECTORS:
                # a name's level word comes last: ``và`` after it joins the next actor
                # (``Trạm Khuyến nông xã`` + ``và Thú y viên các thôn``)
                if has_mod and not (org.has_level and low == "và") and self._connects(
                        j, limit, upper):
                    j += 1
                    continue
                if not head.trade:
                    break
            if low == "." and head.trade and has_mod and (end := self._initials(j, limit)) > j:
                j = end  # ``Công ty Cổ phần E`` + ``.K.I.M``: a brand of dotted initials
                continue
            if low == "," and has_mod and not upper and w[j - 1].upper and (
                    end := self._acronym_series(j, limit)) > j:
                j = end  # ``Trung tâm TT`` + ``, DL và CNS``: one name's parts abbreviated
                continue
            if low == "," and has_mod and not upper and (
                    end := self._paired_managed(j, limit)) > j:
                j = end  # ``Cục Quản lý`` + ``, giám sát tổ chức tín dụng``
                org.scope_only = False
                continue
            if low == "," and head.trade and has_mod and not upper and self._business_series(
                    j, limit):
                j += 1  # ``Công ty TNHH Sản xuất`` + ``, Thương mại và Dịch vụ X``
                continue
            if tok.word and (tok.cap and tok.caps if upper else tok.cap):
                if head.trade and self._business_line(j, limit, upper):
                    j += 2  # ``Công ty TNHH`` + ``Điện máy``: a word of two syllables
                    has_mod = True
                    org.scope_only = False
                    continue
                if self._stops_cap(j, upper) or (not upper and (
                        self._person_run(j) or (j == field_end and self._titled_official(j, i)))
                        and not self._after_unit(j)):
                    break
                if has_mod and w[j - 1].low not in _CONNECTORS and self._opens_label(j, upper):
                    break  # the next field: ``... Trung ương Người ký: ...``
                if not upper and has_mod and (pl := self.at(T.PLACES, j)) is not None and (
                        j + pl[0] < limit and self._official_after(j + pl[0], i)):
                    # ``Giám đốc Sở Y tế`` + ``Hà Nội`` + ``Trần Thế Cương``: the bare
                    # place ends the name, the official's name follows it
                    j += pl[0]
                    field_end = j
                    org.scope_only = False
                    continue
                end = self._cap_run(j, limit, upper, fields=True, place=head.locality)
                if end == j:
                    break
                # a lone capitalised word takes the next syllable: ``Y tế``, ``Nội vụ``;
                # a unit's code does not (``Đội K52`` + ``quy tập``: its business); and so
                # does one after a legal form in capitals that the run took with it
                # (``Công ty TNHH`` + ``Phát triển hạ tầng ...``, ``CP`` + ``Kinh doanh``)
                lone = (end == j + 1 and not tok.upper
                        and not any(map(str.isdigit, tok.low)))
                formed = (head.trade and end == j + 2 and tok.upper and not w[j + 1].upper
                          and self._phrase_before(j + 1, T.LEGAL_FORMS_LAST))
                if not upper and (lone or formed) and self._completes(end, limit):
                    end += 1
                    if lone and not head.trade:
                        field_end = end  # a sector's name, ``Xây dựng``, ``Nội vụ``
                if not upper and end < limit and self.w[end].low in T.SUFFIXES:
                    end = self._suffix(end, limit)
                j = self._numbered(j, end, limit, upper, i)
                if j == end and has_mod and (tail := self._roman_sub(i, j)) > j:
                    j = tail  # ``Chi cục Quản lý đường bộ`` + ``II.4``
                has_mod = True
                org.scope_only = False
                continue
            if has_mod and tok.lower and tok.word and low not in _CONNECTORS:
                end = self._bridge(j, limit, org.has_scope)
                if end > j:
                    j = end
                    org.scope_only = False
                    continue
            if head.trade and not org.has_scope and (has_mod or (
                    head.needs == "none" and tok.lower and tok.word)):
                # (a project board complete alone may go on with its project written
                # small, up to the scope that closes it: ``Ban Quản lý dự án`` + ``vệ
                # sinh môi trường tỉnh``)
                end = self._trade(j, limit, upper)
                if end > j:
                    j = end
                    org.scope_only = False
                    continue
            break
        while j > org.head_end + 1 and w[j - 1].low in _CONNECTORS:
            j -= 1
        if head.seat and has_mod and j + 1 < limit and w[j].low == "tại" and (
                seat := self._seat(j + 1, limit, upper)) > j + 1:
            j = seat  # ``Đại sứ quán Việt Nam`` + ``tại Nhật Bản``: which mission it is,
            org.scope_only = False  # not any mission of the state ``Việt Nam`` names
        if j < limit and w[j].low in _LIST_DASHES and (form := self._dash_form(j, limit, upper)):
            j = form  # ``Tập đoàn Vingroup - Công ty CP``: its legal form, one organ
        if head.constituency and (k := self._constituency(j, limit, upper)) > j:
            j = k  # ``Ban bầu cử ... ở đơn vị bầu cử số 3``: one board among many
            has_mod = True
            org.scope_only = False
        if has_mod and not upper and j < limit and self.w[j].word and (
                k := self._event_edition(org.head_end, j, limit)) != j:
            # ``Ban Tổ chức Lễ hội đền Trúc`` + ``năm 2025``: the edition it runs; or
            # ``Ban Tổ chức`` + ``Lễ`` + ``đón nhận ...``: a bare event word is the
            # start of the event's description, not of the board's name
            j = k
        org.end = j
        return self._finish(org, has_mod, inherited)

    def _constituency(self, j: int, limit: int, upper: bool) -> int:
        """Where the numbered election unit an election board serves ends, read at
        ``j`` after an optional linking word (``ở đơn vị bầu cử số 3``); ``j`` if none:
        without its number the unit is the board's business, not its name."""
        w = self.w
        k = j + 1 if j < limit and w[j].low in T.CONSTITUENCY_LINKERS else j
        unit = self.at(T.CONSTITUENCY_UNITS, k) if k < limit else None
        if unit is not None:
            k += unit[0]
        elif not (k < limit and w[k].low == "số" and any(
                (m := self.at(T.CONSTITUENCY_UNITS, s)) is not None and s + m[0] == k
                for s in range(max(0, k - _UNIT_WORDS), k))):
            return j  # (in capitals the modifiers may have read the unit's words)
        if k < limit and w[k].low == "số":
            k += 1
        if k >= limit or not w[k].low.isdigit() or not all(
                self._continues(m, upper) for m in range(j, k + 1)):
            return j
        return k + 1

    def _mission_state(self, j: int, limit: int, upper: bool) -> int:
        """The end of a state's form and name at ``j`` after a mission's head (``Cộng
        hòa Liên bang Đức``, ``Vương quốc Campuchia``), ``j`` if none stands there."""
        form = self.at(T.MISSION_STATES, j)
        if form is None or not self.w[j].cap:
            return j
        k = j + form[0]
        return end if (end := self._place_run(k, limit, upper)) > k else j

    def _seat(self, j: int, limit: int, upper: bool) -> int:
        """The end of a mission's seat at ``j``, after ``tại`` (``j`` if none): a place's
        name (``Nhật Bản``, ``Osaka``) or a level word with its place (``TP. Hồ Chí
        Minh``, ``thành phố Đà Nẵng``)."""
        if self.w[j].low in _LEVELS and self.at(T.LEVEL_WORDS, j) is not None:
            sc = self._scope_at(j, limit, upper)
            return sc[0] if sc is not None and sc[3] and not sc[2] else j
        return self._place_run(j, limit, upper)

    def _known_place(self, j: int) -> int:
        """The end of a gazetteer place written in capitals at ``j`` (``j`` if none): a
        sector word names its local unit only by a real place (``Viễn thông Nam Định``),
        not by any capitalised word (``Liên minh Viễn thông Quốc tế``)."""
        known = self.at(T.PLACES, j)
        if known is None or not all(t.cap or not t.word for t in self.w[j : j + known[0]]):
            return j
        return j + known[0]

    def _place_level(self, j: int) -> str | None:
        """The level of the gazetteer place at ``j``: a province's when the name is
        one (``Hà Tĩnh``: a province and its city), else a district's."""
        known = self.at(T.PLACES, j)
        if known is None:
            return None
        levels = cast("frozenset[str]", known[1])
        return "province" if "province" in levels else ("district" if levels else None)

    def _branch(self, j: int, limit: int, upper: bool) -> tuple[int, int] | None:
        """A branch word at ``j`` followed by a scope or a place: ``(k, end)``, where ``k``
        is after the branch word and ``end`` after a bare place (``k`` when a scope
        follows, left for the modifiers to read); None otherwise (``chi nhánh`` of a
        sentence: ``... chỉ đạo chi nhánh``)."""
        br = self.at(T.BRANCHES, j)
        if br is None:
            return None
        k = j + br[0]
        if k >= limit or not self._continues(k, upper):
            return None
        low = self.w[k].low
        if low in _LEVELS or low in _FIXED:
            sc = self._scope_at(k, limit, upper)
            return (k, k) if sc is not None and not sc[2] else None
        end = self._place_run(k, limit, upper)
        return (k, end) if end > k else None

    def _dash_branch(self, j: int, limit: int, upper: bool) -> tuple[int, int] | None:
        """A dash at ``j`` inside a line, then a branch word with its scope or place
        (``Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Nghệ An``): what
        :meth:`_branch` reads after the dash; None for a list's dash at a line's start
        or a branch named by its parent (``- Chi nhánh Tổng công ty ...``)."""
        k = j + 1
        if k >= limit or self.toks.line_starts(j) or self.toks.nl(k):
            return None
        if self.w[k].low not in _BRANCHES or not self._continues(k, upper):
            return None
        return self._branch(k, limit, upper)

    def _dash_form(self, j: int, limit: int, upper: bool) -> int:
        """Where a company's legal form written after a dash at ``j`` ends (``Tổng
        công ty Thép Việt Nam - Công ty cổ phần``, ``- Công ty TNHH MTV``); 0 if none,
        for a list's dash, or when a name follows the form: ``- Công ty CP Xây dựng``
        is another company."""
        k = j + 1
        if (k + 2 >= limit or self.toks.line_starts(j) or self.toks.nl(k)
                or self.w[k].low != "công" or self.w[k + 1].low != "ty"
                or not self._continues(k, upper)):
            return 0
        end = k + 2
        while end < limit and (m := self.at(T.LEGAL_FORMS, end)) is not None:
            end += m[0]
        if end == k + 2 or (end < limit and self.w[end].cap and self._continues(end, upper)):
            return 0
        return end

    def _finish(self, org: Organ, has_mod: bool, inherited: str | None) -> Organ | None:
        head = org.head
        if head.kind == "inherit":
            org.kind = inherited if inherited and inherited != "inherit" else "other"
            if org.kind == "other" and self._party_board(org):
                org.kind = "party"
        if org.generic:
            return org
        if (head.needs == "modifier" and not has_mod) or (head.needs_name and org.scope_only):
            return None
        if head.trade and self._legal_form_only(org.head_end, org.end):
            return None  # ``Công ty TNHH MTV``: a company's form, its name not read
        if head.min_words and org.end - org.head_end < head.min_words:
            rest = self.w[org.head_end : org.end]
            # ``Bộ Cêng``: one word is no ministry's name (an acronym is: ``Bộ TC``)
            org.short = not self.w[org.start].upper and not any(t.upper for t in rest)
        if head.needs == "scope" and not (
                org.has_scope or org.has_place or (has_mod and not org.scope_only)):
            return None  # a bare place is scope enough: ``Điện lực Nam Định``
        if head.needs == "place" and not org.has_place and not self._own_level(head.level):
            return None  # ``Huyện ủy`` alone: every district's, but in a district's own
        if head.hamlet and org.level is not None:
            return None  # ``BAN NHÂN DÂN TỈNH`` after a wrapped ``ỦY``: no organ of its own
        return org

    def _legal_form_only(self, k: int, end: int) -> bool:
        """Do the tokens from ``k`` to ``end`` hold nothing but a company's legal forms
        (``TNHH``, ``Cổ phần``, ``MỘT THÀNH VIÊN``), the name they precede unread?"""
        if k >= end:
            return False
        while k < end:
            m = self.at(T.LEGAL_FORMS, k)
            if m is None:
                return False
            k += m[0]
        return k == end

    def _party_board(self, org: Organ) -> bool:
        """Is ``org`` one of the Party's central boards (``Ban Tổ chức Trung ương``): a
        listed name between its head and a central scope, and nothing else?"""
        if (org.head.canonical != T.PARTY_BOARD_HEAD or org.level != "central"
                or org.scope_span is None or org.scope_span[1] != org.end):
            return False
        m = self.at(T.PARTY_BOARDS, org.head_end)
        return m is not None and org.head_end + m[0] == org.scope_span[0]

    # -- the scan -----------------------------------------------------------------------

    def _in_law_title(self, i: int) -> bool:
        """``Luật Tổ chức Chính phủ``: an organ inside the name of a law."""
        toks, w = self.toks, self.w
        lo = i - 5 if i > 5 else 0
        if lo >= toks.first and "luật" not in (
                self.folded[toks.start[lo] : toks.start[i]].casefold()):
            # the words looked at lie in the window and none is ``luật`` (case folding
            # is done character by character: a word that folds to it leaves it in
            # the folded text around): the answer is no
            return False
        k = i - 1
        while k >= 0 and i - k <= 5 and (tok := w[k]).word:
            low = tok.low
            if low == "luật":
                return True
            if toks.nl(k + 1) or (
                not tok.cap
                and (low in _FUNCTION or (low in _VERBS and self.at(T.VERBS, k) is not None))
            ):
                return False
            k -= 1
        return False

    def _skip_generic(self, i: int, hend: int) -> int:
        """Where a class mention (``các Ủy ban của Quốc hội``) ends."""
        org = self.parse(i)
        end = org.end if org is not None else hend
        if end + 1 < self.n and self.w[end].low == "của" and self.head_at(end + 1) is not None:
            sub = self.parse(end + 1)
            end = sub.end if sub is not None else end
        return end

    def candidates(self, hints: list[int], pos: int) -> list[int]:
        """Token indices of the hints (offsets, ascending) from ``pos`` on that
        start a token of the window."""
        toks = self.toks
        start, stop = toks.start, toks.stop
        out = []
        k = toks.first
        for h in hints[bisect_left(hints, pos) : bisect_left(hints, toks.b)]:
            k = bisect_left(start, h, k, stop)
            if k < stop and start[k] == h:
                out.append(k)
        return out

    def prepare(self, cands: list[int]) -> None:
        """Read the organs at the candidates right to left, so that nested organs
        are always already known (no deep recursion)."""
        for i in reversed(cands):
            if self.head_at(i) is not None:
                self.parse(i)

    def visit(self, i: int, st: ScanState) -> None:
        """Read what starts at candidate ``i`` into ``st``; ``st`` is changed only
        once all is read, so that a read cut short by :class:`Edge` can be redone."""
        here = self.toks.start[i]
        if here < st.nxt:
            st.pos = here + 1
            return
        st.take(self.outcome(i), here)

    def outcome(self, i: int) -> Outcome:
        """What starts at candidate ``i``, read without the scan's state (which
        :meth:`ScanState.take` applies): a function of the tokens around ``i``."""
        toks, w = self.toks, self.w
        gb = self.at(T.GENERIC_BEFORE, i) if w[i].low in _GB else None
        hm = self.head_at(i)
        if gb is None and hm is None:
            return NOTHING
        if gb is not None:
            items = self._distributive(i, gb[0])
            if items is not None:
                return True, tuple(items[0]), self.offset(items[1]), -1, None
        here = toks.start[i]
        if hm is None:
            return True, (), here + 1, -1, None
        head, hend = hm
        if i > 0 and (_AUTHORITY_LAST is None or w[i - 1].low[-1:] in _AUTHORITY_LAST) and (
                self._after_authority(here)):
            # ``KT. CỤC TRƯỞNG``, ``T/M BAN THƯỜNG VỤ``: the signer's title or body, as on
            # a signature line; read over whole, so that nothing inside it counts either
            org = self.parse(i)
            end = org.end if org is not None else hend
            return True, (), self.offset(end if end > i else i + 1), -1, None
        if i > 0 and toks.nl(i) == 0 and (
            ((before := w[i - 1].low) in _GB_LAST and self._after_generic(i))
            # a count (``2 Bộ``), not a year glued to a name (``năm 2022Ban Tuyên giáo``)
            # nor a number ending the line before (``QUÂN KHU 4`` / ``BỘ CHỈ HUY ...``,
            # ``ngày 12/3/2024`` / ``Sở Y tế ...``)
            or (before.isdigit() and not toks.glued(i) and not toks.line_starts(i)
                and not self._row_number(i - 1))
        ):
            if before in _GB_LAST and (numbered := self._plural_numbered(i)) is not None:
                # ``các Ban bầu cử số 1, số 2``: the numbers name each board
                return True, tuple(numbered[0]), self.offset(numbered[1]), -1, None
            if before in _GB_LAST and head.locality and (
                    named := self._plural_localities(i)) is not None:
                # ``các Đồn Biên phòng Thanh Thủy, Xín Cái``: the localities name each post
                return True, tuple(named[0]), self.offset(named[1]), -1, None
            end = self._skip_generic(i, hend)
            return True, (), self.offset(end if end > i else i + 1), -1, None
        org = self.parse(i)
        # ``Huyện ủy, Thành ủy``: bare district committees in a row are a class
        run = (
            toks.start[i - 1]
            if head.district and i > 0 and w[i - 1].low in (",", "và")
            else -1
        )
        bare = (
            self._start_of(hend)
            if head.district and (org is None or not org.has_place)
            else None
        )
        if org is None:
            coord = self._coordinated(i, hend)
            return True, (coord,) if coord is not None else (), self.offset(hend), -1, bare
        found: tuple[Found, ...] = (
            () if org.generic or self._in_law_title(i) or self._placeholder(org)
            else (self._found(org),))
        end = org.end if org.end > i else i + 1
        if found and org.place is not None and org.place[2] == org.end \
                and org.end + 1 < self.n and w[org.end].low in (",", "và"):
            listed = self._singular_list(org, found[0])
            if listed is not None:
                found = (*found, *listed[0])
                end = listed[1]
        elif found and org.end + 1 < self.n and w[org.end].low in (",", "và") and (
                listed := self._number_list(org, found[0])) is not None:
            found = (*found, *listed[0])  # ``Đội CSGT số 1, số 2``: one team per number
            end = listed[1]
        return True, found, self.offset(end), run, bare

    def _plural_numbered(self, i: int) -> tuple[list[Found], int] | None:
        """The organs a plural head names by a list of numbers (``các Ban bầu cử số 1, số
        2, số 3``, ``các Đội Quản lý thị trường số 1 và số 3``): no class but each
        numbered unit, read when the head's first number is followed by another."""
        org = self.parse(i)
        if org is None or org.generic or org.end + 1 >= self.n or (
                self.w[org.end].low not in (",", "và")):
            return None
        first = self._found(org)
        listed = self._number_list(org, first)
        if listed is None:
            return None
        return [first, *listed[0]], listed[1]

    def _plural_localities(self, i: int) -> tuple[list[Found], int] | None:
        """The posts a plural head named after a locality names by their localities
        (``các Đồn Biên phòng Thanh Thủy, Phó Bảng và Xín Cái``, ``các Trạm Kiểm lâm Khe
        Bu, Pù Mát``): no class but each post, as :meth:`_plural_numbered` reads numbered
        units; one locality names that post (``các Đồn Biên phòng Lao Bảo, Đồn Biên phòng
        La Lay``). Each item is a short capitalised run that opens no organ; the list
        stops before anything else."""
        org = self.parse(i)
        w = self.w
        if org is None or org.generic:
            return None
        if org.has_scope:
            # named by its gate (``các Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị``): that
            # post, and one more per gate listed after it as after a commune
            if not org.has_place:
                return None
            placed = self._found(org)
            if org.place is not None and org.place[2] == org.end and org.end + 1 < self.n \
                    and w[org.end].low in (",", "và") and (
                        listed := self._singular_list(org, placed)) is not None:
                return [placed, *listed[0]], listed[1]
            return [placed], org.end
        if not 0 < org.end - org.head_end <= _COMMUNE_WORDS:
            return None
        if not all(t.word and t.cap and not t.upper for t in w[org.head_end:org.end]):
            return None  # a locality's name, capitalised, not an acronym or a small word
        first = self._found(org)
        own = self.span_text(org.head_end, org.end)
        if not first.name.endswith(own):
            return None
        head = first.name[: -len(own)]
        out = [first]
        k = org.end
        while k + 1 < self.n and w[k].low in (",", "và") and not self.toks.nl(k + 1) \
                and len(out) <= MAX_ITEMS:
            s = k + 1
            end = s
            while end < self.n and end - s <= _COMMUNE_WORDS and w[end].word and (
                    w[end].cap and not w[end].upper):
                end += 1
            if end == s or end - s > _COMMUNE_WORDS or self.head_at(s) is not None:
                break
            item = one_line(self.span_text(s, end))
            out.append(replace(
                first, start=self.toks.start[s], end=self.toks.end[end - 1],
                name=head + item, key_name=""))
            k = end
        return out, k

    def _number_list(self, org: Organ, first: Found) -> tuple[list[Found], int] | None:
        """``Đội CSGT số 1, số 2``, ``Phòng Kiểm tra thuế số 1, 2 và 3``, ``Quân khu 4, 5``:
        the numbered organ ``org`` (read as ``first``) repeated for each number listed
        after its own, as :meth:`_singular_list` does for places. Its own number must be
        the last word of its name, taken as a numbered unit's (after ``số`` or a word of
        [numbered_units]); each item is a number of the same kind (digits or roman), with
        ``số`` before it if the first had one, which no count's noun follows (``Quân
        khu 4, 5 năm``). Returns the items' mentions and the token after the last."""
        w, toks = self.w, self.toks
        last = org.end - 1
        num = w[last]
        digits = num.low.isdigit()
        if last <= org.head_end or not (digits or _roman_letter(num) or (
                num.upper and not num.low.strip("ivxlc"))) or not first.name.endswith(
                self._written(last)):
            return None
        so = w[last - 1].low == "số"
        spans: list[tuple[int, int, int]] = []  # (item start, number, end)
        k = org.end
        while k + 1 < self.n and w[k].low in (",", "và") and not toks.nl(k + 1) \
                and len(spans) < MAX_ITEMS:
            s = k + 1
            a = s + 1 if w[s].low == "số" else s
            if a >= self.n or (a > s and not so):
                break
            item = w[a]
            if not item.word or (item.low.isdigit() != digits) or (
                    digits and len(item.low) > 3) or (not digits and item.low.strip("ivxlc")):
                break
            b = a + 1
            if b < self.n and ((toks.start[b] == toks.end[a] and w[b].low in "/-."
                                and not self._full_stop(b)) or self._counts(b)):
                break  # ``số 1, 2/QĐ``, ``số 1, 2.5``, ``Quân khu 4, 5 năm``
            spans.append((s, a, b))
            k = b
        if not spans:
            return None
        own = self._written(last)
        out = []
        for s, a, b in spans:
            number = self._written(a)
            key = first.key_name
            out.append(replace(
                first,
                start=toks.start[s],
                end=toks.end[b - 1],
                name=first.name[: -len(own)] + number,
                key_name=key[: -len(own)] + number if key.endswith(own) else "",
            ))
        return out, spans[-1][2]

    def _placeholder(self, org: Organ) -> bool:
        """Is the name a head, small words and one capital letter (``Công ty A``,
        ``Công ty thương mại A nhập khẩu``)? The placeholder of a worked example
        (``Ví dụ: ...``) or a form, not an organ."""
        letter = -1
        for k in range(org.head_end, org.end):
            t = self.w[k]
            if not t.word or t.lower:
                continue
            if letter >= 0 or len(t.low) != 1 or not t.cap or self.at(T.FIELDS, k) is not None:
                return False  # ``Y tế``: a sector's name
            if self._roman_number(k):
                return False  # ``KBNN khu vực X``: an area's number
            letter = k
        # ``Sở Y tê``: a misspelt sector, not the letter ``Y``
        return letter >= 0 and (letter == org.end - 1
                                or self.w[letter].low not in T.LETTER_SYLLABLES)

    def _roman_number(self, k: int) -> bool:
        """Is the one capital letter at ``k`` a roman numeral right after a level word
        whose areas are numbered so (``khu vực X``)?"""
        if not _roman_letter(self.w[k]):
            return False
        for n in (1, 2):
            lw = self.at(T.LEVEL_WORDS, k - n) if k >= n else None
            if lw is not None and lw[0] == n and cast(T.Level, lw[1]).roman:
                return True
        return False

    def _after_authority(self, here: int) -> bool:
        """Does a signing authority (``KT.``, ``TM.``, ``T/M``) stand right before the
        head at offset ``here`` on its line, as it does mid-line where a converter ran
        two columns together (``Nơi nhận: KT. CỤC TRƯỞNG``)? Read on the text (an
        authority is a few characters long), not on the window's tokens."""
        folded = self.folded
        lo = here - _AUTHORITY_REACH if here > _AUTHORITY_REACH else 0
        for p in range(lo, here):
            c = folded[p]
            if (_AUTHORITY_FIRST is None or c in _AUTHORITY_FIRST) and (
                    p == 0 or not folded[p - 1].isalnum()):
                m = T.AUTHORITY_AT.match(folded, p)
                if m is not None and not folded[m.end() : here].strip(" \t"):
                    return True
        return False

    def _after_generic(self, i: int) -> bool:
        """Does a class word (``các``, ``một số``) end right before the head at ``i``?
        Then the mention is a class (``một số Bệnh viện đa khoa``)."""
        return self._phrase_before(i, _GB_LAST)

    def _written(self, k: int) -> str:
        """Token ``k`` as written in the text."""
        return self.text[self.toks.start[k] : self.toks.end[k]]

    def _written_all(self, a: int, b: int) -> list[str]:
        """Tokens ``a`` to ``b - 1`` as written in the text."""
        toks = self.toks
        return list(map(self.text.__getitem__, map(slice, toks.start[a:b], toks.end[a:b])))

    def _found(self, org: Organ) -> Found:
        toks, w = self.toks, self.w
        a, b, h = org.start, org.end, org.head_end
        start = toks.start[a]
        raw = self.text[start : toks.end[b - 1]]
        raw_head = self.text[start : toks.end[h - 1]]
        # one space between tokens and no other white space: the text as written
        # is the tokens joined by spaces (the common case, without a join)
        plain = raw.isprintable() and "  " not in raw
        words: frozenset[str] = frozenset()
        if org.scope_span is not None:
            sa, sb = org.scope_span
            scope = w[sa:sb]
            words = frozenset(compress(map(_low, scope), map(_word, scope)))
        if org.key_drop:
            dropped = {k for da, db in org.key_drop for k in range(da, db)}
            key_name = " ".join(self._written(k) for k in range(a, b) if k not in dropped)
        elif plain and raw.count(" ") == b - a - 1:
            key_name = raw
        else:
            key_name = " ".join(self._written_all(a, b))
        if plain and raw_head.count(" ") == h - a - 1:
            key_head = raw_head
        else:
            key_head = " ".join(self._written_all(a, h))
        name = raw if plain else one_line(raw)
        if org.aside is not None and org.aside[1] < b:
            # the name without its abbreviation aside (the mention keeps it)
            before = self.text[start:toks.start[org.aside[0]]]
            after = self.text[toks.start[org.aside[1]]:toks.end[b - 1]]
            name = one_line(f"{before.rstrip()} {after}")
        return Found(
            start=start,
            end=toks.end[b - 1],
            name=name,
            head=org.head,
            level=org.level,
            kind=org.kind,
            has_scope=org.has_scope,
            scope_only=org.scope_only,
            upper=all(map(_caps, w[a:b])),
            scope_words=words,
            head_chars=len(raw_head if plain else one_line(raw_head)),
            topic=org.topic,
            key_name=key_name,
            key_head_chars=len(key_head),
            has_place=org.has_place,
            short=org.short,
        )

    def _coordinated(self, i: int, hend: int) -> Found | None:
        """``Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng``: a bare head
        coordinated with one that has a scope shares that scope."""
        toks, w = self.toks, self.w
        hm = self.head_at(i)
        if hm is None or hm[0].needs != "scope" or hend + 1 >= self.n:
            return None
        if w[hend].low not in (",", "và") or toks.nl(hend) or toks.nl(hend + 1):
            return None
        other = self.parse(hend + 1)
        if (
            other is None
            or other.generic
            or other.head.needs != "scope"
            or other.scope_span is None
            or other.scope_span[1] != other.end
        ):
            return None
        a, b = other.scope_span
        written = one_line(self.span_text(i, hend))
        return Found(
            start=toks.start[i],
            end=toks.end[hend - 1],
            name=written + " " + one_line(self.span_text(a, b)),
            head=hm[0],
            level=other.level,
            kind=hm[0].kind,
            has_scope=True,
            scope_only=True,
            upper=False,
            scope_words=frozenset(t.low for t in w[a:b] if t.word),
            head_chars=len(written),
            has_place=other.has_place,
        )

    def _distributive(self, i: int, n: int) -> tuple[list[Found], int] | None:
        """``Các Bộ: Quốc phòng, Công an``; ``Đảng ủy các Bộ: Y tế``;
        ``Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh``: one organ per item.

        The name is rebuilt from the list (``Bộ Quốc phòng``), the span is the
        item. Acronym items (``Các Bộ: XD, TC``) are left alone; two class words
        (``các tỉnh, thành phố:``) cannot be distributed.
        """
        toks, w = self.toks, self.w
        c = i + n
        if c >= self.n or not w[c].word:
            return None
        lw = self.at(T.DISTRIBUTIVE_LEVELS, c)
        cls_head = T.CLASS_HEADS.get(w[c].low)
        colon = c + lw[0] if lw is not None else c + 1
        if (lw is None and cls_head is None) or colon >= self.n:
            return None
        if cls_head is not None and w[colon].low == ",":
            # ``Các Bộ, cơ quan: Tài chính, ...``: a vaguer class beside the head's
            comp = self.at(T.DISTRIBUTIVE_COMPANIONS, colon + 1)
            if comp is not None and colon + 1 + comp[0] < self.n \
                    and w[colon + 1 + comp[0]].low == ":":
                colon += 1 + comp[0]
        named = w[colon].low != ":"
        if named and lw is None:
            return None
        # a head right before ``các`` governs the items (Đảng ủy, Ủy ban nhân dân)
        prefix: tuple[int, T.Head] | None = None
        for k in range(i - 1, max(-1, i - 6), -1):
            hm = self.head_at(k)
            if hm is not None and hm[1] == i and (hm[0].chain or hm[0].needs == "scope"):
                prefix = (k, hm[0])
        if lw is not None and prefix is None:
            prefix = self._department_before(i)
        if lw is not None and prefix is None:
            return None
        owner = prefix[1] if prefix else cls_head
        if owner is None:
            return None
        tier = self._levels_at(c) if lw is not None else frozenset()
        if named:
            items = self._named_items(c, colon, tier)
        else:
            items = self._items(colon + 1, lw is not None, cls_head, tier)
        if not items:
            return None
        pre = one_line(self.span_text(prefix[0], i)) + " " if prefix else ""
        word = one_line(self.text[toks.start[c] : toks.end[colon - 1]])
        # the key leaves out a level word that mentions leave out (``tỉnh``: see
        # ``key`` in agencies.toml), as a single mention's does, so that ``UBND các
        # tỉnh Đồng Nai`` and ``Ủy ban nhân dân tỉnh Đồng Nai`` are one organ's names
        drop = False
        if lw is not None:
            cls = word.lower()
            lv = self.at(T.LEVEL_WORDS, c)
            level = cast(T.Level, lv[1]).level if lv is not None else owner.level
            drop = lv is not None and not cast(T.Level, lv[1]).key
        else:
            assert cls_head is not None
            cls = cls_head.canonical
            level = owner.level
        head_chars = 0
        if prefix:
            # the head's own words (``Sở`` of ``Sở Y tế``; all of ``Ủy ban nhân dân``)
            hm = self.head_at(prefix[0])
            head_chars = len(one_line(self.span_text(prefix[0], hm[1] if hm else i)))
        out = []
        for a, b in items:
            item = one_line(self.span_text(a, b))
            # an item with its own level word (``thị trấn Sông Đốc``) is named by it
            own = not w[a].cap
            out.append(
                Found(
                    start=toks.start[a],
                    end=toks.end[b - 1],
                    name=f"{pre}{item}" if own else f"{pre}{cls} {item}",
                    head_chars=head_chars,
                    key_name=f"{pre}{item}" if drop and not own else "",
                    key_head_chars=head_chars,
                    head=owner,
                    level=level,
                    kind=owner.kind if owner.kind != "inherit" else "other",
                    has_scope=lw is not None,
                    scope_only=lw is not None,
                    upper=False,
                    scope_words=(
                        frozenset(t.low for t in w[a:b]) if lw is not None else frozenset()
                    ),
                    has_place=lw is not None,
                )
            )
        return out, items[-1][1]

    def _department_before(self, i: int) -> tuple[int, T.Head] | None:
        """A locality's department named by its sector that ends at ``các`` (token
        ``i``): ``Sở Y tế`` of ``Sở Y tế các tỉnh Hà Tĩnh, Nghệ An``, read as a class
        because of the plural, governs the list's places as ``UBND`` does."""
        for k in range(i - 2, max(-1, i - _DEPARTMENT_REACH), -1):
            hm = self.head_at(k)
            if hm is None or hm[0].canonical not in T.DISTRIBUTIVE_DEPARTMENTS:
                continue
            org = self.parse(k)
            if org is not None and org.generic and org.end == i and org.head_end < i \
                    and not org.has_place and not org.has_level:
                return k, hm[0]
            return None
        return None

    def _singular_list(self, org: Organ, first: Found) -> tuple[list[Found], int] | None:
        """``UBND huyện Tương Dương, Kỳ Sơn, Con Cuông``; ``Công an xã Diễn Kỷ, Diễn
        Thành``; ``Ủy ban nhân dân Quận 3, Quận 10 và quận Gò Vấp``: the organ ``org``
        (read as ``first``) repeated for each place listed after its singular level
        word, as :meth:`_distributive` does for the plural (``UBND các huyện ...``).

        A comma after a place also chains an address (``xã Diễn Kỷ, huyện Diễn Châu``,
        ``huyện Diễn Châu, Nghệ An``, ``xã Hưng Đông, Vinh``) or a person, so the list
        is all or nothing: each item is a place of the first one's level (for
        districts and provinces a gazetteer name, a district of the first one's
        province; a number after a numbered level word; for communes a short place
        run that no gazetteer name fills), or the same level word with such a name.
        The list stops at an organ or a small word (``ông``, ``huyện``); any other
        capitalised word after a comma drops it whole. Returns the items' mentions
        and the token after the last one."""
        assert org.place is not None
        c, p, k = org.place
        w = self.w
        nm = self.at(T.DISTRIBUTIVE_NAMED, c)
        lw = self.at(T.LEVEL_WORDS, c)
        if nm is None or lw is None or nm[0] != lw[0] or p != c + lw[0]:
            return None
        levels = cast("frozenset[str]", nm[1])
        provinces: frozenset[str] | None = None
        if "commune" not in levels and not w[p].low.isdigit():
            known = self.at(T.PLACES, p)
            if known is None or p + known[0] != k:
                return None
            levels = levels & cast("frozenset[str]", known[1])
            if "district" in levels:
                provinces = _district_provinces(self.span_text(p, k))
        # (item start, name start, end, start of the level word it goes under or -1)
        spans: list[tuple[int, int, int, int]] = []
        # the last level word written again: the names after it are of its level
        # (``thị xã Thái Hòa, Hoàng Mai và huyện Quỳnh Lưu, Nghĩa Đàn``: districts)
        under = -1
        last_levels, last_numbered = levels, cast(T.Level, lw[1]).numbered
        while k + 1 < self.n and w[k].low in (",", "và") and not self.toks.nl(k + 1) \
                and len(spans) < MAX_ITEMS:
            s = k + 1
            a, numbered, item_levels = s, last_numbered, last_levels
            again = self.at(T.LEVEL_WORDS, s)
            if again is not None:
                # ``Quận 3, Quận 10``, ``xã A, thị trấn B``, ``huyện A, thành phố B``: a
                # level word of the same level again
                named = self.at(T.DISTRIBUTIVE_NAMED, s)
                item_levels = levels & (
                    cast("frozenset[str]", named[1]) if named is not None and named[0] == again[0]
                    else frozenset((cast(T.Level, again[1]).level or "",)))
                if not item_levels:
                    break  # ``phường Bến Nghé, Quận 1``: the address climbs
                a, numbered = s + again[0], cast(T.Level, again[1]).numbered
            # (a level word of its own says what the name is: ``thị trấn Diễn Châu``)
            end = self._singular_item(
                a, item_levels, numbered, provinces, w[k].low == "và" or a > s)
            if end <= a:
                if w[s].cap and w[s].word and self.head_at(s) is None and (
                        self.at(T.LEVEL_WORDS, s) is None):
                    return None  # ``huyện Diễn Châu, Nghệ An``: an address, a person
                break
            if a > s:
                under, last_levels, last_numbered = s, item_levels, numbered
            elif self._facility_word(a, end):
                break  # ``xã Đồng Tâm và`` + ``Nhà văn hóa thôn``: another place, no commune
            spans.append((s, a, end, under if a == s else -1))
            k = end
        if not spans:
            return None
        return [self._listed(org, first, s, a, b, u) for s, a, b, u in spans], spans[-1][2]

    def _facility_word(self, a: int, end: int) -> bool:
        """Is the one capitalised word at ``a`` (a list item's whole name, ending at
        ``end``) the noun of a phrase written small after it (``Nhà văn hóa``, ``Hội
        trường thôn``, ``Điểm bỏ phiếu``) rather than a place's name? A commune's name
        has two syllables or more, and none goes on in small letters but with a verb
        or a function word (``xã Tân Lập và Vinh thực hiện``)."""
        if end != a + 1 or end >= self.n:
            return False
        nxt = self.w[end]
        return nxt.word and nxt.lower and nxt.low not in _CONNECTORS and not self._verb_at(end)

    def _singular_item(
        self, k: int, levels: frozenset[str], numbered: bool,
        provinces: frozenset[str] | None, joined: bool,
    ) -> int:
        """The end of one item of :meth:`_singular_list` at ``k`` (``k`` if none).
        ``numbered``: its level word takes a number; ``joined``: ``và`` or a level word
        comes before it (an address joins no part with ``và``)."""
        w = self.w
        if k >= self.n:
            return k
        if w[k].word and w[k].low.isdigit():
            if not numbered or k + 1 >= self.n:
                return k
            # as the place layer reads it: a stop, a list word, a level word or the
            # rest of the sentence (``phường 1, 2, 3 thực hiện``) after the number,
            # not a count's noun (``phường 3, 5 hộ dân``)
            nxt = w[k + 1]
            ends = (not nxt.word or nxt.low in _NUMBER_LIST_WORDS
                    or nxt.low in places_data.data().list_followers
                    or self.at(T.LEVEL_WORDS, k + 1) is not None)
            return k + 1 if ends else k
        end = self._named_item(k, levels)
        if end <= k:
            return k
        if "commune" in levels:
            known = self.at(T.PLACES, k)
            after = w[end].low if end < self.n else ""
            if known is not None and k + known[0] == end and not (joined or after == "và"):
                return k  # ``xã Hưng Đông, Vinh``: the address climbs to the district
            return end
        if provinces is not None and not provinces & _district_provinces(
                self.span_text(k, end)):
            return k  # another province's district: no list
        return end

    def _listed(self, org: Organ, first: Found, s: int, a: int, b: int,
                under: int = -1) -> Found:
        """The mention of ``org`` repeated for the item at tokens ``s`` to ``b``
        (its place's name from ``a``) of a list after a singular level word; ``under``:
        where the level word written again before it starts (its names are of that
        level: ``huyện Quỳnh Lưu, Nghĩa Đàn``), -1 if none was."""
        assert org.place is not None
        c, p, _ = org.place
        pre = one_line(self.span_text(org.start, c if a > s or under >= 0 else p))
        if under >= 0:
            lw = self.at(T.LEVEL_WORDS, under)
            c, p = under, under + (lw[0] if lw else 1)
            pre += " " + one_line(self.span_text(c, p))
        item = one_line(self.span_text(s, b))
        place = one_line(self.span_text(org.place[1], org.end))
        name = f"{pre} {item}"
        key = first.key_name
        key_name = key[: -len(place)] + one_line(self.span_text(a, b)) if key.endswith(
            place) and a == s and under < 0 else ""
        return replace(
            first,
            start=self.toks.start[s],
            end=self.toks.end[b - 1],
            name=name,
            key_name=key_name,
            scope_words=frozenset(t.low for t in self.w[c:p] + self.w[a:b] if t.word),
        )

    def _levels_at(self, c: int) -> frozenset[str]:
        """The levels of the level word at ``c`` (``huyện``: district; a plural one's
        are the tier a list item's own level word must share: ``các huyện: A, B và
        thành phố C``)."""
        nm = self.at(T.DISTRIBUTIVE_NAMED, c)
        lv = self.at(T.LEVEL_WORDS, c)
        out = set(cast("frozenset[str]", nm[1])) if nm is not None else set()
        if lv is not None and cast(T.Level, lv[1]).level:
            out.add(cast(str, cast(T.Level, lv[1]).level))
        return frozenset(out)

    def _sibling_item(self, k: int, tier: frozenset[str]) -> int:
        """The end of a list item written with its own level word of the list's tier
        (``UBND các xã Khánh Hải, Khánh Bình Tây, thị trấn Sông Đốc``; ``các huyện: A, B
        và thành phố C``): that unit's organ too (``k`` if none)."""
        w = self.w
        if not tier or k >= self.n or not w[k].word or w[k].cap:
            return k
        lv = self.at(T.LEVEL_WORDS, k)
        if lv is None:
            return k
        shared = tier & self._levels_at(k)
        if not shared:
            return k
        a = k + lv[0]
        if "commune" in shared:
            end = self._place_run(a, self.n, False, commune=True)
            return end if a < end <= a + _COMMUNE_WORDS + 1 else k
        end = self._named_item(a, frozenset(shared))
        return end if end > a else k

    def _items(self, k: int, places: bool, head: T.Head | None,
               tier: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """Items of a distributive list: places, or the modifiers of ``head``."""
        w = self.w
        items: list[tuple[int, int]] = []
        first = k
        while k < self.n and len(items) < MAX_ITEMS:
            tok = w[k]
            if places and items and (sib := self._sibling_item(k, tier)) > k:
                items.append((k, sib))
                if sib + 1 < self.n and w[sib].low in (",", "và"):
                    k = sib + 1
                    continue
                break
            # a list wrapped after its comma goes on on the next line (indented or
            # not: a one-character gap is no line break to ``nl``); a blank line ends it
            if not tok.word or not tok.cap or (k > first and self.toks.nl(k) >= 2):
                break
            if tok.upper:
                return []  # acronyms (``Các Bộ: XD, TC``) are not expanded
            if k == first and head is not None and not places and (
                    (hm := self.head_at(k)) is not None and hm[0].cls == head.cls):
                return []  # whole names (``các ban: Ban Tổ chức - Kiểm tra; ...``)
            if not places and self._own_organ(k):
                break  # ``các Bộ: Tài chính, Ngân hàng Nhà nước Việt Nam``: no ministry
            end = self._place_run(k, self.n, False) if places else self._item(k)
            if end <= k:
                break
            items.append((k, end))
            if end + 1 < self.n and w[end].low in (",", "và"):
                k = end + 1
                continue
            break
        return items

    def _own_organ(self, k: int) -> bool:
        """Whether the sector item at ``k`` is an organ of its own rather than a sector of
        the class word: a head that takes a modifier or nothing and is followed by more
        of its name (``Ngân hàng Nhà nước Việt Nam``, ``Văn phòng Chính phủ``, ``Ủy ban
        Dân tộc``, ``Thanh tra Chính phủ`` closing a list of ministries, as attendance
        lists of conclusion notices write it). A head that needs a scope (``Công an``)
        is a ministry's sector alone (``các Bộ: Quốc phòng, Công an``), but with its
        level word after it an organ of its own (``Các Sở, ngành: Y tế, Công an tỉnh``)."""
        hm = self.head_at(k)
        if hm is None:
            return False
        e = hm[1]
        if hm[0].needs == "scope":
            return e < self.n and self.at(T.LEVEL_WORDS, e) is not None
        if hm[0].needs not in ("none", "modifier"):
            return False
        return hm[0].needs == "none" or (e < self.n and self.w[e].word and self.w[e].cap)

    def _named_items(self, c: int, k: int,
                     tier: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """The places of a list written without a colon right after the level word
        at ``c`` (``Ủy ban nhân dân các huyện Hải Hậu, Giao Thủy``), from ``k`` on.

        Without the colon nothing marks the list, so each item must be a name the
        gazetteer knows at the level word's level, or, below the districts (no
        gazetteer), a short capitalised place run of which there must be two at
        least. A single gazetteer name after the plural (``UBND các tỉnh Đồng Nai``,
        a list cut short or a slip) still names that one place's organ; a single
        capitalised run after ``các xã`` may be anything (``các xã Biên giới``). A
        list whose next item is some other capitalised word (an unknown place, a
        misspelling) is not read at all, rather than cut short.
        """
        nm = self.at(T.DISTRIBUTIVE_NAMED, c)
        if nm is None:
            return []
        levels = cast("frozenset[str]", nm[1])
        w = self.w
        items: list[tuple[int, int]] = []
        while k < self.n and len(items) < MAX_ITEMS:
            end = self._named_item(k, levels)
            if end <= k and items:
                end = self._sibling_item(k, tier)
            if end <= k:
                if items and w[k].word and w[k].cap and self.head_at(k) is None:
                    return []
                break
            items.append((k, end))
            if end + 1 < self.n and w[end].low in (",", "và") and not self.toks.nl(end + 1):
                k = end + 1
                continue
            break
        return items if len(items) >= (2 if "commune" in levels else 1) else []

    def _named_item(self, k: int, levels: frozenset[str]) -> int:
        """The end of a place of one of ``levels`` written at ``k`` (``k`` if none)."""
        w = self.w
        if k >= self.n or not w[k].word or not w[k].cap or w[k].upper:
            return k
        if "commune" in levels:
            # (with the number of a commune of 2025: ``các phường Móng Cái 1, Móng Cái 2``)
            end = self._place_run(k, self.n, False, commune=True)
            return end if end - k <= _COMMUNE_WORDS + 1 else k
        known = self.at(T.PLACES, k)
        if known is None or levels.isdisjoint(cast("frozenset[str]", known[1])):
            return k
        end = k + known[0]
        return end if all(t.cap or not t.word for t in w[k:end]) else k

    def _item(self, k: int) -> int:
        """One sector item of a distributive list (``Giáo dục và Đào tạo``)."""
        limit = min(self.n, k + MAX_TOKENS)
        j = k
        while j < limit:
            if j > k and not self._continues(j, False):
                break
            fl = self.at(T.FIELDS, j)
            if fl is not None:
                j += fl[0]
                continue
            tok = self.w[j]
            if tok.low in _CONNECTORS and j > k:
                if self._connects(j, limit, False):
                    j += 1
                    continue
                break
            if tok.word and tok.cap and not self._stops_cap(j, False):
                end = self._cap_run(j, limit, False)
                if end == j + 1 and self._completes(end, limit):
                    end += 1
                # ``các phòng: Kinh tế, Quản lý đô thị``: what the office manages
                j = self._managed_run(max(end, j + 1), limit)
                continue
            break
        return j
