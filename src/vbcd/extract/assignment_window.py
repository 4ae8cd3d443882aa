"""The token window: a stretch of a region, tokenised as the grammar reads on, and
the grammar of assignments that reads it (actor lists and their spans, cues, subjects,
chains, labels).

A window starts at a cut and grows forward whenever the grammar is about to read
past its end, so it reads exactly the tokens a scan of the whole region would (see
:mod:`vbcd.extract.assignments`). It writes what it finds (:class:`_Found`) into the
lists of the :class:`~vbcd.extract.assignment_scan._RegionScan` that opened it; which
places to read, and what becomes of the actors found, is the scanner's business. The
grammar stays one class: its list parsing, token predicates and places call each
other both ways.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count, repeat
from operator import ne
from typing import TYPE_CHECKING

import regex

from vbcd.extract.assignment_cues import cut_after, sentence_end_after
from vbcd.extract.assignment_lexicon import split_tokens
from vbcd.extract.assignment_open import open_task
from vbcd.extract.assignment_records import _Found, _List
from vbcd.extract.assignment_tables import (
    _BULLETS,
    _clause_words,
    _head_tables,
    _look_ahead,
    _marker_tables,
    _organ_goes_on,
    _unit_tables,
    _unit_words,
)
from vbcd.models import AssignmentRole

if TYPE_CHECKING:
    from vbcd.extract.assignment_scan import _RegionScan

#: Words an actor list may hold between two semicolons before the scan gives up on it
#: (a province's implementation article lists ten departments and more: 60 words).
MAX_WORDS = 100
#: Words an actor list may hold in all.
MAX_LIST_WORDS = 150
#: Tokens an aside in brackets after an actor may hold before the scan takes its
#: bracket for an unclosed one: the standing office of a long-named board fills
#: one (``Công an tỉnh (Cơ quan thường trực Ban Chỉ đạo phòng, chống tội phạm, tệ nạn
#: xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh) chủ trì``).
MAX_ASIDE_TOKENS = 40
#: Tokens a clause set off by commas between an actor and its verb may hold
#: (``UBND các xã, sau khi thống nhất với ..., thành lập ...``).
MAX_INSERTED_TOKENS = 30
#: Links followed in one chain (``X chỉ đạo Y phối hợp với Z ...``).
MAX_CHAIN = 4
#: Words a list may hold when it ends without a task word (``phối hợp với Sở Y tế.``).
SHORT_LIST = 10
#: Words of a clause heading that is only an actor (``1. Sở Tư pháp`` then its items).
HEADING_WORDS = 15
#: Words of a longer such heading, taken only when its items take its actor (``Ban Quản
#: lý A và Ban Quản lý B tỉnh X``, ``Các cơ quan, ... được giao quản lý ...``).
LONG_HEADING_WORDS = 32
#: Words of letters an item opening with a word no table holds has in its first line or
#: sentence, to be a task and not a caption.
_TASK_WORDS = 4
#: Words a label may hold before its colon (``Thời gian hoàn thành:``).
_LABEL_WORDS = 6
#: Tokens a sentence-initial subordinate clause may span before its comma.
SUBORDINATE_WORDS = 40
#: Tokens a condition may span whose first comma opens no main clause (it parts
#: ``tăng, giảm`` or a list of the condition's own).
LONG_SUBORDINATE_WORDS = 120
#: Small words a coordination inside a subordinate clause may hold between its commas
#: (``khó khăn, vướng mắc``).
_PAIR_WORDS = 3
#: Words of a small name after its organ word (``Tổ giúp việc Ban Chỉ đạo``)
_SMALL_NAME_WORDS = 6
#: The task words that end a team's small name (``Đoàn kiểm tra ... tổ chức``, ``...
#: phối hợp với``): not the weak words a name holds (``về``, ``tại``) nor a report's.
_TEAM_TASK_KINDS = frozenset({"task", "lead", "coordinate", "direct"})

#: Words before a passive cue within which a plural or a preposition makes it describe
#: (``các dự án do``, ``theo kế hoạch chung do``).
_PASSIVE_REACH = 4

#: Markers that open a task (not a report, a preposition or another cue).
_TASK_MARKERS = frozenset({"lead", "coordinate", "direct", "responsible", "task"})
#: Markers that open an actor's duty after its label's colon (``Trưởng thôn: Thông báo
#: ...``, ``UBND các huyện: Báo cáo ...``).
_COLON_DUTIES = _TASK_MARKERS | {"report"}
#: Markers that may open the task after an organ heading and its colon.
_TASK_OPENERS = _TASK_MARKERS | {"cue"}
_SENTENCE_END = frozenset(".!?")


@lru_cache(maxsize=1)
def _short_name_pattern(aliases: tuple[str, ...]) -> regex.Pattern[str]:
    """A short name given in parentheses after one of the ``aliases`` words (``(sau đây
    gọi là Công ty)``), compiled once."""
    return regex.compile(
        r"\((?:" + "|".join(map(regex.escape, aliases)) + r")\s+([^()\n,;]{1,40}?)\s*\)",
        regex.IGNORECASE)


@lru_cache(maxsize=4)
def _short_names(match: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The short names a document (its tone-folded text) gives bodies in parentheses
    (``(sau đây gọi là Công ty)``), lower-cased; read once per document."""
    if "(" not in match:
        return frozenset()
    return frozenset(m.group(1).lower() for m in _short_name_pattern(aliases).finditer(match))


#: Tokens after a team's heading looked at for a first sentence.
_AFTER_HEADING = 4
#: The bullets of a list whose items name an organ and its share (``- Sở Y tế: ...``).
_SHARE_BULLETS = frozenset({"-", "+", "•", "–", "*"})
#: The cues an official's charge (``phụ trách ...``) goes on to, and the dashes its sector
#: may hold (``văn hóa - xã hội``): see :meth:`_Window._charge_reach`.
_CHARGE_CUES = frozenset({"direct", "lead", "responsible"})
_CHARGE_DASHES = frozenset({"-", "–"})
#: Closing quotes a sentence's stop may stand before (``... thẻ.”``).
_CLOSING_QUOTES = frozenset('"”»')
#: Tokens looked back from a cue for its sentence's citizen subject (name, address).
_CITIZEN_REACH = 40
#: Marks after which a quoted petition's own subject may open (``Nội dung: "Cử tri ...``).
_QUOTE_OPENERS = frozenset({":", '"', "“", "«", "'"})
#: Dashes that join the parts of a name (``Hậu cần - Kỹ thuật``).
_HYPHENS = frozenset({"-", "–"})
_UNIT_END = frozenset(";:")
#: marker kinds a class subject's relative clause may open with, before its duty word
_RELATIVE_KINDS = frozenset({"task", "report", "weak", "lead"})
#: What may follow a seat (``tại tỉnh X``) in an actor list: the next actor's separator
#: (:meth:`_Window._seat`), or one of these task words.
_SEAT_ENDS = frozenset({",", ";", "và"})
_SEAT_TASKS = frozenset({"responsible", "task", "lead"})
#: marker kinds that take an actor of their own: no relative clause runs over them
_DUTY_STOPS = frozenset({"cue", "direct", "guide", "coordinate"})
#: Tokens a bracket naming an item's lead (``(Bộ Nội vụ chủ trì, ...)``) may hold.
_BRACKET_REACH = 60
#: Marks after which the labelled fields of a plan's item may open mid-line.
_FIELD_OPENERS = frozenset({"(", ",", "-", "–"})
_ROMAN_OR_SHORT = regex.compile(r"(?:[ivxlc]{1,5}|\d{1,3}|[a-zđ])", regex.IGNORECASE)

#: The number of a term after an organ's name (``khóa XX``, ``nhiệm kỳ 2025``).
_TERM_NUMBER = regex.compile(r"[IVXLC]{1,7}|\d{1,4}")
# What may stand between a line's start and a list item's first word: a clause marker
# or a bullet (``3. ``, ``b) ``, ``- ``), Markdown emphasis around it.
_ITEM_OPEN = regex.compile(
    r"[ \t*_>]*(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]|\(\d{1,3}\)|[-+•–])?[ \t*_]*")

#: Words a form's field label may hold after its subject's first task word
#: (``Chủ đầu tư xây dựng hạ tầng kỹ thuật: Công ty X``).
_FIELD_WORDS = 8
#: Tokens a comment request's sentence may run before it says where to send them
#: (``có ý kiến góp ý bằng văn bản về dự thảo ... gửi``).
_COMMENT_REACH = 24
#: Characters a window is first tokenised for past a candidate, and grown by.
_CHUNK = 96


class _Window:
    """The tokens of a stretch of a region and the grammar that reads them.

    The stretch starts at a cut (``ws``) and is tokenised further whenever the
    grammar is about to read past its end: every place that reads ahead asks
    :meth:`need` for the tokens first, so the grammar reads the tokens a scan of
    the whole region would. Places are read from token ``core`` on (0 at the
    region's start, else the token after the window's first hard unit boundary
    that has :func:`_look_back` tokens before it).
    """

    def __init__(self, scan: _RegionScan, ws: int, target: int) -> None:
        lex = scan.lex
        self.scan_ = scan
        self.text = scan.text
        self.match = scan.match
        self.low = scan.low
        self.region = scan.region
        self.lex = lex
        self.index = scan.index
        self.agency_at = scan.index.agency_at
        self.person_at = scan.index.person_at
        self.found = scan.found  # shared by the region's windows, in reading order
        self.chain_starts = scan.chain_starts
        self.found_from = len(scan.found)
        self.marker_tables = _marker_tables(lex, not scan.region.path)
        self.unit_words = _unit_words(lex)
        self.head_tables = _head_tables(lex)
        self.openers = lex.openers.firsts
        self.cue_words = lex.cues.firsts | lex.passive_cues.firsts
        self.ahead = _look_ahead(lex)
        #: tokens :meth:`_chain` reads past a task word (a comma, a link, its adverbs)
        self.chain_ahead = 3 + lex.coordinate.longest + 3 * lex.coordinate_adverbs.longest
        self.clause_words = _clause_words(lex)
        self.ws = ws
        self.we = ws
        self.open = True
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.kinds: list[str] = []
        self.lows: list[str] = []
        self.marks: list[int] = []  # tokens that are not words (marks, breaks)
        self.upper: list[bool] = []  # whether a token starts with a capital letter
        self.n = 0
        self.limit = 0
        self.core = 0
        self._first: int | None = None  # offset of the region's first unit word, once asked
        self.units: dict[int, bool] = {}  # unit start -> whether a line starts there
        #: unit starts from this token on are those of the whole region (None: none yet;
        #: a window opened at a cue inside a sentence knows them after a hard boundary)
        self.exact: int | None = None
        self.pending: list[int] = []  # unit starts not read yet
        self.mark_at = 0  # the next mark to read unit starts from
        self.pos = 0  # the next token whose places are read
        self.resume = 0  # places before this token are skipped (the last jump)
        self._grow_to(target)

    # -- the stretch ---------------------------------------------------------------

    def _grow_to(self, target: int) -> None:
        rs, re_ = self.region.start, self.region.end
        end = re_ if target >= re_ else cut_after(self.match, target - 1, re_)
        low = None if self.low is None else self.low[self.we - rs:end - rs]
        starts, ends, kinds, lows = split_tokens(
            self.text, self.match, self.we, end, low, self.scan_.breaks)
        base = self.n
        self.starts += starts
        self.ends += ends
        self.kinds += kinds
        self.lows += lows
        self.upper += map(str.isupper, map(self.text.__getitem__, starts))
        self.marks += compress(count(base), map(ne, kinds, repeat("w")))
        self.we = end
        self.n = base + len(lows)
        self.open = end < re_
        self.limit = self.n - self.ahead if self.open else 1 << 62

    def _grow(self) -> None:
        self._grow_to(self.we + max(_CHUNK, (self.we - self.ws) // 2))

    def need(self, j: int) -> None:
        """Make the window hold the tokens the grammar may read from token ``j``
        (:func:`_look_ahead` of them past it), or reach the region's end."""
        while self.open and j >= self.limit:
            self._grow()

    def extend_back(self, ws: int) -> None:
        """Tokenise ``[ws, self.ws)`` in front of the window (before any reading)."""
        rs = self.region.start
        low = None if self.low is None else self.low[ws - rs:self.ws - rs]
        starts, ends, kinds, lows = split_tokens(
            self.text, self.match, ws, self.ws, low, self.scan_.breaks)
        shift = len(lows)
        self.starts[:0] = starts
        self.ends[:0] = ends
        self.kinds[:0] = kinds
        self.lows[:0] = lows
        self.upper[:0] = map(str.isupper, map(self.text.__getitem__, starts))
        self.marks[:] = [
            *compress(count(), map(ne, kinds, repeat("w"))),
            *(j + shift for j in self.marks),
        ]
        self.ws = ws
        self.n = len(self.lows)
        self.limit = self.n - self.ahead if self.open else 1 << 62

    def light_start(self, c: int, look_back: int) -> int | None:
        """The token of the cue at offset ``c``, if ``look_back`` tokens precede it."""
        k = bisect_left(self.starts, c)
        return k if k >= look_back and k < self.n and self.starts[k] == c else None

    def core_start(self, c: int, look_back: int) -> int | None:
        """The token after the first hard unit boundary (a line break, ``;``, ``:``, a
        sentence end) at or after token ``look_back``, if that token starts at or
        before offset ``c``.

        Every place from there on is read exactly: the unit starts after it depend
        on at most ``look_back`` tokens before them, no lead-in and no subordinate
        clause runs across such a boundary, and the grammar looks back fewer tokens
        than that from any place.
        """
        kinds, lows, starts = self.kinds, self.lows, self.starts
        for j in self.marks:
            if starts[j] >= c:
                return None
            if j < look_back:
                continue
            if j >= self.limit:
                self.need(j)
            low = lows[j]
            if kinds[j] == "br" or low in _UNIT_END or (
                low in _SENTENCE_END and self._sentence_end(j)
            ):
                return j + 1 if starts[j + 1] <= c else None
        return None

    def start(self, core: int, done: int, resume: int) -> None:
        """Read from token ``core``, skip places at or before offset ``done`` (read
        by an earlier window) and before offset ``resume`` (an earlier jump)."""
        self.core = core
        self.mark_at = bisect_left(self.marks, core - 1)
        self.pos = max(core, bisect_right(self.starts, done))
        self.resume = bisect_left(self.starts, resume)
        if core == 0:
            self.units[0] = True
            self.pending.append(0)
            self._subordinate(0)

    def resume_offset(self) -> int:
        """The offset of the token reading resumes at (the region's end past it)."""
        while self.open and self.resume >= self.n:
            self._grow()
        return self.starts[self.resume] if self.resume < self.n else self.region.end

    def close(self) -> None:
        """Note, for each actor found here, where the sentence of its task ends (read
        on the characters in common text, on the tokens otherwise)."""
        region = self.region
        for f in self.found[self.found_from:]:
            if f.task_span is None and not f.heading:
                if self.low is None:
                    f.sent_end = self._next_end(f.task_from)
                else:
                    f.sent_end = sentence_end_after(
                        self.text, self.match, f.task_from, region.start, region.end)

    def _next_end(self, x: int) -> int | None:
        """Offset of the first sentence end after offset ``x`` (a line break starts
        there, a ``.`` ends after it), None if the region ends first."""
        marks, kinds, lows, starts = self.marks, self.kinds, self.lows, self.starts
        mi = bisect_left(marks, bisect_left(starts, x))
        while True:
            if mi >= len(marks):
                if not self.open:
                    return None
                self._grow()
                continue
            j = marks[mi]
            if j >= self.limit:
                self.need(j)
            if starts[j] >= x:
                if kinds[j] == "br":
                    if starts[j] > x:
                        return starts[j]
                elif lows[j] in _SENTENCE_END and self._sentence_end(j):
                    return self.ends[j]
            mi += 1

    # -- places --------------------------------------------------------------------

    def run(self, hi: int) -> None:
        """Read the places that start at or before offset ``hi`` and were not read."""
        while self.open and self.we <= hi:
            self._grow()
        b = bisect_right(self.starts, hi)
        if b >= self.limit:
            self.need(b)
        self._units_until(b)
        a = self.pos
        if b <= a:
            return
        self.pos = b
        lows, kinds, upper = self.lows, self.kinds, self.upper
        here = {k for k in self.pending if a <= k < b}
        self.pending = [k for k in self.pending if k >= b]
        cue_words = self.cue_words
        here.update(
            j for j in compress(count(a), map(cue_words.__contains__, lows[a:b]))
            if kinds[j] == "w" and not upper[j]
        )
        for i in sorted(here):
            if i < self.resume:
                continue
            if i >= self.limit:
                self.need(i)
            if self._interesting(i):
                self._read(i)

    def covers(self, c: int) -> bool:
        """Whether the window knows the region's unit starts up to offset ``c``."""
        if self.exact is None:
            while self.open and self.we <= c:
                self._grow()
            b = bisect_right(self.starts, c)
            if b >= self.limit:
                self.need(b)
            self._units_until(b)
        return self.exact is not None and self.starts[self.exact] <= c

    def _interesting(self, i: int) -> bool:
        """Whether a place can start anything: a lower-case cue word, or a unit whose
        first word may open a cue, a chain, a heading or an actor."""
        lows, kinds = self.lows, self.kinds
        if i not in self.units:  # a cue word that reaches nothing does nothing
            return kinds[i] == "w" and not self.upper[i] and (
                (self.lex.cues.match(lows, i) > 0 and not self._cue_blocked(i))
                or self._passive_at(i) > 0)
        if kinds[i] == "w" and lows[i] in self.cue_words and not self.upper[i]:
            return True
        k = self._skip_lead_in(i)
        if k >= self.n:
            return False
        low = lows[k]
        return (
            low in self.unit_words or low in self.head_tables
            or (kinds[k] == "w" and self.upper[k] and self.starts[k] in self.agency_at)
        )

    def _read(self, i: int) -> None:
        """Read the place ``i`` (a unit start, a cue word) and set where reading resumes."""
        units = self.units
        if i in units:
            nxt = self._unit(i, units[i])
            if nxt is not None and nxt > i:
                self.resume = nxt
                return
        if self.kinds[i] == "w" and not self.upper[i]:
            n = self.lex.cues.match(self.lows, i)
            if n and not self._cue_blocked(i) and not self._citizen_sentence(i):
                nxt = self._cue(i, n, self.starts[i])
                if nxt is not None and nxt > i:
                    self.resume = nxt
                    return
            n = self._passive_at(i)
            if n:
                nxt = self._passive(i, n)
                if nxt is not None and nxt > i:
                    self.resume = nxt
                    return
        self.resume = i + 1

    def _passive_at(self, i: int) -> int:
        """The length of a passive cue at ``i`` (``do``), 0 if none: not in the
        preamble (``Tại cuộc họp do ... chủ trì``, which reports), nor after a word that
        makes it another word (``là do``: because), nor a few words after a plural or a
        preposition, whose things it describes (``các dự án do UBND huyện thực hiện``:
        the projects the district carries out, not a task given to it; ``theo kế hoạch
        do cơ quan có thẩm quyền chủ trì``)."""
        lex, lows = self.lex, self.lows
        n = lex.passive_cues.match(lows, i)
        if not n or not self.region.path or lex.passive_blockers.ends_at(lows, i):
            return 0
        for q in range(i - 1, max(-1, i - _PASSIVE_REACH - 1), -1):
            if self.kinds[q] != "w":
                break
            if (lows[q] in lex.plural.firsts and lex.plural.match(lows, q)) or (
                    lex.passive_described.match(lows, q)):
                return 0  # ``Rà soát các dự án do UBND huyện thực hiện``: which projects
        return n

    def _passive(self, i: int, n: int) -> int | None:
        """``Nhiệm vụ này do Công an tỉnh thực hiện``: the actors after the passive cue
        at ``i`` do the task when a passive task word ends their phrase (another word
        there describes a thing by its author: ``văn bản do Bộ Tài chính ban hành``)."""
        lst = self._parse_list(i + n, "cue")
        if lst is None or lst.kind != "marker" or lst.marker in ("report", "cue", "weak") or (
                self.lex.passive_tasks.match(self.lows, lst.end) < lst.mlen):
            return None
        chain_from = self.starts[i]
        self.chain_starts.append(chain_from)
        emitted = len(self.found)
        self._emit(lst, "responsible", chain_from, cued=True, passive=True)
        resume = self._chain(lst, chain_from, 0)
        self._set_head_role(emitted, lst)
        return resume

    def _units_until(self, b: int) -> None:
        """The unit starts before token ``b``: after a line break, ``;``, a ``:`` that
        opens no list, a sentence end; after the comma of a sentence-initial
        subordinate clause (``Khi phát hiện ca bệnh, Chủ tịch UBND cấp xã ...``)."""
        marks, kinds, lows, units = self.marks, self.kinds, self.lows, self.units
        lo = self.core - 1
        while self.mark_at < len(marks):
            j = marks[self.mark_at]
            if j + 1 >= b:
                break
            self.mark_at += 1
            if j < lo:
                continue
            if j >= self.limit:
                self.need(j)
            low = lows[j]
            if low in _FIELD_OPENERS:
                if self._field_opener(j) or self._bracketed_lead(j):
                    # ``(Cơ quan chủ trì: ...``, ``... - Chủ trì: ...``, ``(Sở X chủ trì, ...``
                    units.setdefault(j + 1, False)
                    self.pending.append(j + 1)
                continue
            if kinds[j] == "br":
                units[j + 1] = True
            elif low in _UNIT_END or (low in _SENTENCE_END and self._sentence_end(j)):
                if self.exact is None:
                    self.exact = j + 1  # no subordinate clause reaches across j
                if low == ":" and self._colon_list(j):
                    continue  # ``các Bộ: Y tế, ...`` goes on
                if low in _SENTENCE_END and lows[j + 1] in _CLOSING_QUOTES:
                    j += 1  # the quote closed after the stop: the unit opens after it
                units.setdefault(j + 1, False)
            else:
                continue
            if self.exact is None:
                self.exact = j + 1
            self.pending.append(j + 1)
            self._subordinate(j + 1)

    def _subordinate(self, k: int) -> None:
        """The unit after the comma of a subordinate clause opening the unit at ``k``."""
        if k >= self.limit:
            self.need(k)
        if k >= self.n or (
            self.lows[k] not in self.clause_words and (k + 1 >= self.n or self.lows[k + 1] != ")")
        ):
            return  # neither a lead-in nor a subordinate clause opens the unit
        first = self._skip_lead_in(k)
        if first < self.n:
            comma = self._fronted_comma(first)
            if comma is not None and comma + 1 not in self.units:
                self.units[comma + 1] = False
                self.pending.append(comma + 1)
                if comma + 1 < self.n:
                    self.scan_.fronted[self.starts[comma + 1]] = self.starts[first]
                # ``Trong quá trình thực hiện, nếu có vướng mắc, Sở Y tế báo cáo ...``:
                # a second fronted clause after the first one's comma
                self._subordinate(comma + 1)
                if not self._opens_main(comma + 1):
                    self._later_comma(comma + 1, first + LONG_SUBORDINATE_WORDS)

    def _opens_main(self, j: int) -> bool:
        """Whether token ``j``, after a fronted clause's comma, may open the main clause
        or a further fronted one: a capitalised word, a plural, a clause word."""
        return j >= self.n or self.kinds[j] != "w" or self.upper[j] or (
            self.lows[j] in self.clause_words) or bool(self.lex.plural.match(self.lows, j))

    def _later_comma(self, k: int, stop: int) -> None:
        """A long fronted clause holds commas of its own (``Khi giá biến động tăng, giảm so với
        mức tối thiểu, tối đa ..., trên cơ sở đề xuất của Sở A, Sở Tài chính chủ trì``):
        when its first comma opens no main clause, the first later comma of the sentence,
        up to token ``stop``, that a head or a further fronted clause follows does."""
        self.need(stop)
        for j in range(k, min(self.n - 1, stop)):
            low = self.lows[j]
            if self.kinds[j] == "br" or low in (";", ":") or self._sentence_end(j):
                return
            if low != "," or not self._opens_main(j + 1):
                continue
            if self.lows[j + 1] in self.clause_words:
                self._subordinate(j + 1)
            elif self._head_len(j + 1, strict=True) and j + 1 not in self.units:
                self.units[j + 1] = False
                self.pending.append(j + 1)
            return

    def _fronted_comma(self, first: int) -> int | None:
        """The comma closing the subordinate clause that opens at token ``first``, after
        which the main clause starts; None if none opens there, or if its commas part
        a list: of those heard (``Sau khi nghe Văn phòng, Sở Y tế báo cáo, ...``) or
        consulted (``Sau khi thống nhất với Bộ A, Bộ B, ...``)."""
        lex, lows = self.lex, self.lows
        if not lex.subordinators.match(lows, first) or lex.hearing.match(lows, first):
            return None
        comma = self._clause_comma(first)
        return None if comma is None or self._consults(first, comma) else comma

    def _consults(self, first: int, comma: int) -> bool:
        """Whether the subordinate clause from token ``first`` names, before its comma at
        ``comma``, the bodies consulted (``Sau khi trao đổi và thống nhất với ...``): the
        comma then parts their list, as after ``Sau khi nghe``, and ends no clause."""
        consulting, lows = self.lex.consulting, self.lows
        if lows[first] in self.lex.topic_words:
            return False  # ``Về ý kiến của Hiệp hội X, Bộ Y tế chủ trì ...``: a topic
        return any(lows[j] in consulting.firsts and consulting.match(lows, j)
                   for j in range(first + 1, comma))

    def _is_first(self, k: int) -> bool:
        """Whether token ``k`` is where the region's first unit starts (after lead-ins)."""
        if self._first is None:
            if self.ws == self.region.start:
                j = self._skip_lead_in(0)
                self._first = self.starts[j] if j < self.n else -1
            else:
                first = self.scan_.first_offset()
                self._first = -1 if first is None else first
        return self.starts[k] == self._first

    def _caps(self, j: int) -> bool:
        """A word of two or more letters written all in capitals."""
        s, e = self.starts[j], self.ends[j]
        return self.kinds[j] == "w" and e - s > 1 and self.text[s:e].isupper()

    # -- token predicates ----------------------------------------------------------

    def _word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] == "w"

    def _inside_agency(self, offset: int) -> bool:
        return self.index.inside_agency(offset)

    def _sentence_end(self, j: int) -> bool:
        kinds, lows = self.kinds, self.lows
        kind = kinds[j]
        if kind == "br":
            return True
        if kind != "p" or lows[j] not in _SENTENCE_END:
            return False
        k = j + 1
        if k >= self.n:
            return True
        if kinds[k] == "br" or lows[k] == "/":
            return True
        if self.starts[k] == self.ends[j]:
            # a quotation closed after its own stop (``... đã tiêu dùng thẻ.”``): the
            # sentence ends with the quote when a new one opens after it
            if lows[k] not in _CLOSING_QUOTES:
                return False
            q = k + 1
            return q >= self.n or kinds[q] == "br" or (
                self.starts[q] > self.ends[k] and self.upper[q])
        if not self.upper[k]:
            return kinds[k] == "p" and lows[k] not in _SENTENCE_END
        # the dot of an abbreviation written inside an actor (``UBND TP. Vinh``)
        return not (lows[j] == "." and j and self.ends[j - 1] == self.starts[j]
                    and lows[j - 1] in self.lex.dotted_abbreviations)

    def _caps_heading(self, k: int) -> bool:
        """Three words in capitals in a row: a heading such as ``I. MỤC ĐÍCH, YÊU CẦU``.
        Words glued by a mark count as one and abbreviated titles not at all (``CVP
        HĐND&UBND huyện``, ``CT, PCT UBND huyện``: actors of acronyms, not headings), nor
        a word the agency layer read as a whole organ (``EVNNPC, EVNCPC, EVNSPC bảo đảm
        ...``: a list of brands)."""
        if self.kinds[k] == "w" and not self.upper[k]:
            return False  # the first word is not in capitals
        words = 0
        starts, ends = self.starts, self.ends
        abbreviated = self.lex.abbreviated_titles.firsts
        organ_at = self.index.agency_at
        for j in range(k, min(k + 6, self.n)):
            if self.kinds[j] == "w":
                if not self._caps(j):
                    return False
                if j - 2 >= k and starts[j] == ends[j - 1] and starts[j - 1] == ends[j - 2] \
                        and self.kinds[j - 2] == "w":
                    continue  # ``HĐND&UBND``: one word
                if self.lows[j] in abbreviated or organ_at.get(starts[j]) == ends[j]:
                    continue  # an abbreviated title (``CT, PCT UBND huyện``), a brand
                words += 1
                if words == 3:
                    return True
        return False

    def _head_len(self, i: int, strict: bool, read: bool = True) -> int:
        """Tokens of an actor head at ``i`` (0: none).

        ``strict`` is the test for a new item inside a list: there a head must
        be capitalised (``, Sở Tài chính``) or be a plural class (``, các
        đoàn thể``), so that ``các tỉnh, thành phố`` stays one actor. ``read``: an
        organ the agency layer read at ``i`` counts as a head of one token.
        """
        if not self._word(i):
            return 0
        lex, lows, upper = self.lex, self.lows, self.upper
        tok_upper = upper[i]
        tables = self.head_tables.get(lows[i])
        if lows[i] in lex.name_degrees:
            d = self._degree_chain(i)
            if d:  # ``... và PGS.TS. Đào Xuân Cơ chịu trách nhiệm thi hành``
                return d + 1
        if tables is None:  # none of the head tables starts here
            if tok_upper and self.starts[i] in self.agency_at:
                return 0 if lex.not_actors.match(lows, i) >= 1 else 1
            return 0
        best = 0
        n = lex.person_prefixes.match(lows, i) if "person" in tables else 0
        if n and self._word(i + n) and upper[i + n]:
            best = max(best, n + 1)
        elif n and not strict and self._word(i + n) and not lex.citizen_prefixes.match(lows, i):
            # a title written small after an official's address (``Đồng chí bí thư chi
            # bộ chuẩn bị nội dung ...``): its holder, as ``Đồng chí Bí thư Chi bộ`` is
            m = lex.titles.match(lows, i + n)
            best = max(best, n + m) if m else best
        n = lex.plural_person_prefixes.match(lows, i) if "plural_person" in tables else 0
        if n:
            best = max(best, n)
        n = lex.plural.match(lows, i) if "plural" in tables else 0
        if n:
            m = lex.class_nouns.match(lows, i + n)
            if m and lex.not_actors.match(lows, i + n) < m:
                best = max(best, n + m)
            # a capitalised title after a plural: its holders (``Các Phó Thủ tướng``,
            # ``các Thứ trưởng``)
            m = lex.titles.match(lows, i + n) if self._word(i + n) and upper[i + n] else 0
            best = max(best, n + m) if m else best
            # a capitalised office head with its scope or its place class after a
            # plural: every such office (``Các Bảo hiểm xã hội cơ sở phối hợp ...``,
            # ``các Thuế cơ sở``, ``đề nghị các Thuế tỉnh, thành phố báo cáo``, ``các
            # Thống kê tỉnh``)
            m = 0
            if self._word(i + n) and upper[i + n]:
                m = lex.capital_heads.match(lows, i + n) or lex.placed_heads.match(lows, i + n)
            if m and self._word(i + n + m) and not upper[i + n + m] and (
                    lex.capital_scopes.match(lows, i + n + m)
                    or lex.place_classes.match(lows, i + n + m)):
                best = max(best, n + m)
        n = lex.titles.match(lows, i) if "title" in tables else 0
        if n and lex.abbreviated_titles.match(lows, i) == n and not self._abbreviated(i, n):
            n = 0
        if n and (tok_upper or not strict or lex.lower_split_titles.match(lows, i)):
            best = max(best, n)
        n = lex.organ_heads.match(lows, i) if "organ" in tables else 0
        if n and (tok_upper or not strict or n > 2 or self._caps(i)):
            best = max(best, n)
        n = lex.ambiguous_heads.match(lows, i) if "ambiguous" in tables else 0
        if n and self._word(i + n):
            if upper[i + n]:
                if tok_upper or not strict:
                    best = max(best, n + 1)
            else:  # ``lãnh đạo các Bộ``; a plural class names the head's organs, so it
                # starts an item in a list written small too (``Các cấp ủy, tổ chức
                # đảng, lãnh đạo các cơ quan, đơn vị ...``: the leadership, a noun)
                p = lex.plural.match(lows, i + n)
                m = lex.class_nouns.match(lows, i + n + p) if p else 0
                if m:
                    best = max(best, n + p + m)
                elif tok_upper and lows[i + n].isdigit() and lex.numbered_units.match(
                        lows, i) == n:
                    best = max(best, n + 1)  # ``Phòng 8 chủ trì ...``: a unit by number
                elif (tok_upper and not strict and lex.bare_units.match(lows, i) == n
                      and self.starts[i] not in self.agency_at and self._task_after(i + n)
                      and self._marker_at(i + n)[0] != "cue"):
                    best = max(best, n)  # ``Văn phòng phối hợp ...``: the organ's own office
        n = lex.capital_heads.match(lows, i) if "capital" in tables else 0
        if n and tok_upper and self._capital_scoped(i, i + n):
            best = max(best, n)
        n = lex.placed_heads.match(lows, i) if "placed" in tables else 0
        if n and tok_upper and lex.place_classes.match(lows, i + n + lex.plural.match(lows, i + n)):
            best = max(best, n)
        if "generic" in tables:
            n = lex.generic_heads.match(lows, i)
            if not strict:
                best = max(best, n)
            elif (n and tok_upper and self._word(i + n) and upper[i + n]
                  and not lex.place_classes.match(lows, i)):
                # a class noun capitalised before a capitalised name opens an item of a
                # list (``Sở Tài chính, Cơ quan Thuế tỉnh, Kho bạc ...``) as ``, Sở`` does;
                # small (``các tỉnh, thành phố``) or before a small word it goes on
                best = max(best, n)
        if not best and "named" in tables:
            best = self._named_head(i)
        if not best and strict and "related" in tables:
            best = self._related_head(i)
        if not best and read and tok_upper and self.starts[i] in self.agency_at:
            best = 1
        if best and lex.not_actors.match(lows, i) >= best:
            return 0
        return best

    def _degree_chain(self, i: int) -> int:
        """Tokens of a chain of degrees at ``i`` (``PGS.TS.``, ``BS.CKII``, ``ThS.``) that
        the name of a person the persons layer read follows (0: none): a decision's last
        article names its doctor or professor so, without ``ông``/``bà``."""
        lows, kinds, degrees = self.lows, self.kinds, self.lex.name_degrees
        q = i
        while q < min(i + 8, self.n) and (
                lows[q] in degrees or (lows[q] == "." and kinds[q] == "p" and q > i)):
            q += 1
        if q == i or q >= self.n or self.starts[q] not in self.person_at:
            return 0
        return q - i

    def _abbreviated(self, i: int, n: int) -> bool:
        """Whether the abbreviated title of ``n`` tokens at ``i`` (``GĐ``, ``CT``, ``TP.``)
        is a title here: written in capitals and followed by a capitalised word (``GĐ Sở
        Y tế``), a plural (``CT UBND các xã`` is read at ``UBND``; ``GĐ các Sở``) or a
        comma before another title (``CVP, PCVP UBND tỉnh``); a place abbreviation not
        in a plural list of place classes (``các huyện, TP``: thành phố). Elsewhere it is a
        code or a place (``số 05/CT-UBND``, ``TP. Vinh`` after ``UBND``)."""
        lex, lows = self.lex, self.lows
        last = i + n - 1
        if lows[last] == ".":
            last -= 1
        if not self._caps(last):
            return False
        if lows[i - 1] == "," and lex.abbreviated_places.match(lows, i) and self._place_list(i - 1):
            return False
        j = i + n
        if self._word(j):
            return bool(self.upper[j] or lex.plural.match(lows, j))
        return (j + 1 < self.n and lows[j] == "," and self._word(j + 1)
                and bool(lex.titles.match(lows, j + 1)) and self.upper[j + 1])

    def _place_list(self, j: int) -> bool:
        """Whether the comma at ``j`` ends a plural list of place classes (``các huyện,
        thị xã,``): what comes next goes on with the list."""
        lex, lows = self.lex, self.lows
        q = j
        while q > 0 and j - q < 8 and lows[q] == ",":
            n = lex.place_classes.length_before(lows, q)
            if not n:
                return False
            q -= n
            if lex.plural.ends_at(lows, q):
                return True
            q -= 1
        return False

    def _capital_scoped(self, i: int, j: int) -> bool:
        """Whether the capital head at ``i`` names an office given what follows it at
        ``j``: no small word (``Thuế,``, ``Thuế tỉnh Nghệ An``, ``BHXH các tỉnh``,
        ``Hải quan khu vực III``), or an organ the agency layer read there. A small word
        outside the scopes makes it the common noun (``Thuế suất 10% áp dụng ...``)."""
        if not self._word(j) or self.upper[j] or self.starts[i] in self.agency_at:
            return True
        lex, lows = self.lex, self.lows
        return bool(lex.place_classes.match(lows, j) or lex.plural.match(lows, j)
                    or lex.capital_scopes.match(lows, j))

    def _named_head(self, i: int) -> int:
        """Tokens of a head at ``i`` that refers back to the persons or bodies the
        document names (``đồng chí có tên tại Điều 1``, ``tập thể, cá nhân có tên tại
        Điều 1``): written small and without a plural, it is still an actor of its own
        in a decision's last article (0: none). After a class noun and a comma it goes
        on with that class (``các tập thể, cá nhân có tên tại Điều 1``, ``các ông, bà``)."""
        lex, lows = self.lex, self.lows
        if i >= 2 and lows[i - 1] == "," and (lex.class_nouns.ends_at(lows, i - 1)
                                               or lex.named_heads.ends_at(lows, i - 1)):
            return 0
        n = lex.named_heads.match(lows, i)
        return n if n and lex.named_in.match(lows, i + n) else 0

    def _caption_at(self, k: int) -> bool:
        """Whether a caption opens at ``k``: fewer than :data:`_TASK_WORDS` words of
        letters before its line or sentence ends (``Giai đoạn 2025-2027``)."""
        words = 0
        q = k
        while words < _TASK_WORDS:
            if q >= self.limit:
                self.need(q)
            if q >= self.n or self.kinds[q] == "br" or self._sentence_end(q):
                return True
            if self.kinds[q] == "w" and not self.lows[q][:1].isdigit():
                words += 1
            q += 1
        return False

    def _field_opener(self, j: int) -> bool:
        """Whether the bracket, comma or spaced dash at ``j`` opens a labelled field that
        closes a plan's item (``Tổ chức hội nghị (Cơ quan chủ trì: Sở Nội vụ; ...)``,
        ``Rà soát thủ tục - Đơn vị chủ trì: ...``, ``Chủ trì: X, phối hợp: Y``): the
        label starts a unit there, as on a line of its own, so its actors are read with
        the label's role (the cue finder marks the same places)."""
        return self._field_mark(j) and self._plan_label(j + 1)

    def _bracketed_lead(self, j: int) -> bool:
        """Whether the bracket at ``j`` holds who leads the item before it (``Hướng dẫn
        các địa phương (Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính thực hiện)``): an
        organ the agency layer knows, then a lead word, and the bracket closes the item
        (a sentence going on after it, ``Tại Hội nghị (Bộ Y tế chủ trì), các đại biểu
        ...``, tells who chaired an event); the bracket then starts a unit."""
        k = j + 1
        if self.lows[j] != "(" or k >= self.n or not self.upper[k]:
            return False
        known = self.agency_at.get(self.starts[k])
        if known is None:
            return False
        q = bisect_left(self.starts, known, k)
        self.need(q + _BRACKET_REACH)
        if not (q < self.n and self.kinds[q] == "w" and self.lex.lead.match(self.lows, q)):
            return False
        for e in range(q + 1, min(self.n, q + _BRACKET_REACH)):
            if self.lows[e] == ")":
                return e + 1 >= self.n or self.kinds[e + 1] == "br" or self.lows[e + 1] in ".;"
            if self.kinds[e] == "br" or self.lows[e] == "(":
                return False
        return False

    def _field_mark(self, j: int) -> bool:
        """Whether the mark at ``j`` may part the fields of a plan's item before a word:
        a bracket, a comma, a dash with spaces on both sides (not one that joins the
        words of a name: ``PT-TH``)."""
        k = j + 1
        if k >= self.limit:
            self.need(k)
        if k >= self.n or self.kinds[k] != "w":
            return False
        return self.lows[j] in ("(", ",") or (
            j > 0 and self.starts[j] > self.ends[j - 1] and self.starts[k] > self.ends[j])

    def _plan_label(self, k: int) -> bool:
        """Whether a label naming who carries out a plan's item opens at ``k``: a few
        words and a colon, the words a role (``Chủ trì:``, ``Phối hợp:``), a row's label
        (``Trách nhiệm:``) or an organ's label (``Cơ quan chủ trì:``, ``Đơn vị thực
        hiện:``)."""
        lex, lows = self.lex, self.lows
        if not self._label_at(k):
            return False
        m = k + lex.label_subjects.match(lows, k)
        return m > k or bool(lex.lead.match(lows, m) or lex.coordinate.match(lows, m)
                             or lex.row_labels.match(lows, m))

    def _label_at(self, k: int) -> bool:
        """Whether a label opens at ``k``: a few words and a colon (``Thời gian thực
        hiện: ...``, ``Kinh phí: ...``)."""
        self.need(k + _LABEL_WORDS + 1)
        for q in range(k + 1, min(self.n, k + _LABEL_WORDS + 1)):
            if self.lows[q] == ":":
                return True
            if self.kinds[q] != "w":
                return False
        return False

    def _task_after(self, j: int) -> bool:
        """Does a task word open at token ``j`` (``chủ trì``, ``triển khai``: not a
        count, not a list of organs)?"""
        if j >= self.limit:
            self.need(j)
        if j >= self.n or self.kinds[j] != "w":
            return False
        return self._marker_at(j)[0] in _TASK_OPENERS

    def _marker_at(self, j: int) -> tuple[str, int]:
        """The longest task word at ``j`` and its kind (``("", 0)``: none)."""
        if j > 0 and self.lows[j - 1] in self.lex.nominalizers and not (
                self.lex.not_nominal.ends_at(self.lows, j)):
            return "", 0  # ``liên quan đến việc thực hiện sắp xếp``: a noun, no task
        if j > 0 and self.lex.noun_compounds.length_before(self.lows, j + 1) > 1:
            return "", 0  # ``Ủy ban bầu cử tỉnh``: ``cử`` ends a noun, it opens no task
        if self.lows[j] in self.lex.noun_openers.firsts and self.lex.noun_openers.match(
                self.lows, j):
            return "", 0  # ``..., cử tri thôn 2``: a voter, no one sent
        best = self._table_marker(j)
        lex = self.lex
        if self.lows[j] in lex.adverbs.firsts:
            adverb = self._adverb_task(j, best[1])
            if adverb is not None:
                return adverb
            if best[0] == "adverb":
                return "", 0  # ``chỉ`` with no task word after it: nothing
        if best[0] == "task" and best[1] == 1 and self.lows[j] in lex.count_verbs and (
                j + 1 < self.n and self.lows[j + 1][:1].isdigit()
                and (j + 2 >= self.n or self.lows[j + 2] not in lex.spans_of_time)):
            # ``tỉnh An Giang có 102 đơn vị``: a count, no task (``có 02 ngày để báo
            # cáo`` is one: a time to do something in)
            return "report", 1
        if best[0] == "task" and best[1] == 1 and self.lows[j] in lex.count_verbs:
            if j + 3 >= self.limit:
                self.need(j + 3)
            if lex.holdings.match(self.lows, j + 1) > 0:
                return "report", 1  # ``Hộ ông A có thửa đất số 125``: what A holds
        return best

    def _table_marker(self, j: int) -> tuple[str, int]:
        """The longest phrase of the marker tables at ``j`` and its table's kind."""
        best = ("", 0)
        if self.lows[j] in self.lex.blame.firsts:
            self.need(j + self.lex.blame.longest)  # read a whole blame phrase past the cut
        for kind, table in self.marker_tables.get(self.lows[j], ()):
            n = table.match(self.lows, j)
            if n > best[1]:
                best = (kind, n)
        return best

    def _adverb_opens(self, j: int) -> bool:
        """Whether an adverb at ``j`` opens a task (``chỉ xem xét``; not ``chỉ đạo``)."""
        return self.lows[j] in self.lex.adverbs.firsts and self._adverb_task(
            j, self._table_marker(j)[1]) is not None

    def _adverb_task(self, j: int, longest: int) -> tuple[str, int] | None:
        """The task word (kind, length counting the adverb) that an adverb at ``j``
        opens (``chỉ xem xét``, ``sẽ báo cáo``), if no longer task word starts at ``j``
        (``chỉ đạo``); None if none follows it."""
        n = self.lex.adverbs.match(self.lows, j)
        if not n or n < longest:
            return None
        k = j + n
        if k >= self.limit:
            self.need(k)
        if k >= self.n or self.kinds[k] != "w" or self.upper[k]:
            return None
        kind, length = self._marker_at(k)
        return (kind, n + length) if kind in _TASK_MARKERS else None

    def _name_tail(self, first: int) -> bool:
        """Whether the capitalised organ word at ``first`` ends a capitalised name rather
        than opening one (``Trung ương Đoàn``: the word before it, or the one before that,
        is a capitalised word of the name; not after a cue, ``Đề nghị Ban ...``)."""
        lows, upper = self.lows, self.upper
        before = first - 1
        if not upper[first] or not self._word(before) or self.lex.cues.ends_at(lows, first):
            return False
        return upper[before] or (self._word(before - 1) and upper[before - 1])

    def _board_topic(self, j: int) -> bool:
        """Whether token ``j`` lies inside a fixed topic that names the board right
        before it (``Ban Chỉ đạo`` + ``thực hiện chính sách BHXH, BHYT``)."""
        lex, lows = self.lex, self.lows
        topics, heads = lex.board_topics, lex.board_heads
        for q in range(max(1, j - topics.longest + 1), j + 1):
            if lows[q] in topics.firsts and heads.length_before(lows, q) and (
                    topics.match(lows, q) > j - q):
                return True
        return False

    def _closes_agency(self, i: int) -> bool:
        """Whether token ``i`` is the last word of an agency mention that starts before
        it (``Hải Phòng`` closing ``Cảng vụ Hàng hải Hải Phòng``)."""
        start = self.index.agency_by_end.get(self.ends[i])
        return start is not None and start < self.starts[i]

    def _protected(self, j: int, kind: str) -> bool:
        """A lower-case task word that belongs to a name (``Ban chỉ đạo``, an agency mention).

        The organ word must open the name: ``phòng`` in ``Bộ Quốc phòng`` is the
        tail of a capitalised name and protects nothing. Words that only open a
        task (``chủ trì``, ``phối hợp``, ``chịu trách nhiệm``) are never part of a
        name, whatever the agency layer's span says. A field of a name may end in a
        task word (``Ban Quản lý dự án đầu tư xây dựng huyện``).
        """
        lows, upper = self.lows, self.upper
        size = self._table_marker(j)[1]
        if size and self.lex.name_fields.length_before(lows, j + size) > size:
            return True
        if size and (n := self.lex.small_name_fields.length_before(lows, j + size)) > size \
                and not upper[j + size - n]:
            return True  # ``chủ nhiệm đề tài và tổ chức chủ trì hoàn thiện ...``
        if self._board_topic(j):
            return True  # ``Ban Chỉ đạo thực hiện chính sách BHXH, BHYT cấp xã ...``
        n = self.lex.name_before_verb.length_before(lows, j)
        if n and (self.lex.never_in_name.match(lows, j) or self._adverb_opens(j) or (
                self.lex.class_name_verbs.match(lows, j) and self._name_tail(j - n))
                or self.lex.complete_heads.length_before(lows, j) > n
                or self.lex.whole_bodies.length_before(lows, j) > n
                # a generic actor that ends with the organ word (``Văn thư cơ quan lập
                # sổ ...``, ``Lưu trữ cơ quan hướng dẫn ...``): the office's own staff,
                # complete, names no ``cơ quan hướng dẫn``
                or self.lex.generic_heads.length_before(lows, j) > n
                or self._closes_agency(j - n)):
            # ``các cơ quan thực hiện ...``, ``Văn phòng Trung ương Đoàn tham mưu ...``
            # (not ``các ban tham mưu``, ``Giao Ban tham mưu ...``): the task starts here;
            # so it does after a whole organ's name that ends with the word (``Tỉnh Đoàn
            # chủ trì ...``: ``Đoàn`` closes the name, it opens none; ``các bệnh viện
            # chuẩn bị ...``: ``viện`` ends a compound that names a kind of body; ``Cảng
            # vụ Hàng hải Hải Phòng kiểm tra ...``: ``Phòng`` ends a place in a name the
            # agency layer read, it opens no ``Phòng Kiểm tra``)
            n = 0
        if n:
            first = j - n
            before = first - 1
            if (
                upper[first] or before < 0 or not upper[before]
                or self.lex.plural.match(lows, before)
                or (self.lex.titles.ends_at(lows, j)  # ``Trưởng đoàn kiểm tra lập ...``
                    # but a title whose organ word the task word repeats names no body
                    # by it (``Trưởng ban ban hành Quy chế ...``: ``ban hành`` is the task)
                    and lows[j] != lows[j - 1])
            ):
                return True
        if kind in ("task", "weak", "report"):
            offset = self.starts[j]
            return self._inside_agency(offset) or self.index.inside_position(offset)
        return False

    # -- actor lists ---------------------------------------------------------------

    def _colon_list(self, j: int) -> bool:
        """Whether the colon at ``j`` opens a distributive list (``các Bộ: Y tế, ...``)."""
        lex, lows = self.lex, self.lows
        if not (self._word(j + 1) and self.upper[j + 1]):
            return False
        if lex.person_prefixes.match(lows, j + 1) or lex.titles.match(lows, j + 1):
            return False
        if lex.place_classes.ends_at(lows, j) and self._task_after_colon(j + 1):
            return False  # ``UBND các huyện, thành phố: Chỉ đạo UBND các xã ...``
        if self._duty_after_label(j + 1):
            return False  # ``Trưởng các thôn: Thông báo, vận động ...``: a label
        if lex.titles.ends_at(lows, j):
            return True
        if not lex.class_nouns.ends_at(lows, j):
            return False
        # the plural may head two classes of two words each (``các huyện ủy, thị ủy:``)
        return any(lex.plural.match(lows, q) for q in range(max(0, j - 7), j))

    def _duty_after_label(self, i: int) -> bool:
        """Whether the text after a colon at token ``i`` opens the duty of the title or
        class before it, which is a label (``Trưởng các thôn: Thông báo, vận động người
        dân ...``), rather than the organs it heads or the members it names
        (``Giám đốc: Sở Y tế, Sở Tài chính``, ``các Ban: Tổ chức, Tuyên giáo``): a task
        or a report word that opens no organ's name and no list of names."""
        return self._task_after_colon(i) and not self._head_len(i, strict=True)

    def _duty_goes_on(self, after: int) -> bool:
        """Whether the task word ending before token ``after`` opens a duty rather than
        a list of names it is the first of (``các Ban: Tổ chức, Tuyên giáo``): the text
        ends, goes on without ``,`` or ``và``, or goes on with a word written small
        (``Thông báo, vận động người dân``: more duties)."""
        self.need(after + 2)
        if after >= self.n or self.lows[after] not in (",", "và"):
            return True
        nxt = after + 1
        return nxt < self.n and self.kinds[nxt] == "w" and not self.upper[nxt]

    def _task_after_colon(self, i: int) -> bool:
        """Whether a task word opens the text after a colon at token ``i``: after a
        class of administrative units the colon then ends an actor written as a label
        (``UBND các huyện: Chỉ đạo ...``, ``Trưởng các thôn: Báo cáo ...``), not a class
        opening its list. A task word that is itself the first item of a list is followed
        by a comma or ``và`` and a name (:meth:`_duty_goes_on`)."""
        if self.lows[i] not in self.marker_tables:
            return False
        kind, length = self._marker_at(i)
        if kind not in _COLON_DUTIES:
            return False
        return self._duty_goes_on(i + length)

    def _after_organ(self, k: int, j: int, last: int | None = None) -> bool:
        """Whether word ``j`` follows, in the list from ``k``, the end of an organ's
        name that the agency layer read (at token ``last``, by default the one before
        ``j``; earlier when its term came between), and is not a word that goes on with
        it (a link, a place level, a plural, a conjunction: ``Sở Y tế tỉnh``, ``Sở Y tế
        và các đơn vị``)."""
        if last is None:
            last = j - 1
        start = self.index.agency_by_end.get(self.ends[last])
        if start is None or start < self.starts[k] or self.lows[j] in _organ_goes_on(self.lex):
            return False
        # not inside a title that holds the organ (``Tỉnh ủy`` + ``viên``)
        titles = self.lex.titles
        first = bisect_left(self.starts, start, k, j)
        return not any(i + titles.match(self.lows, i) > last + 1
                       for i in range(max(first, last + 1 - titles.longest), last + 1))

    def _term_len(self, j: int) -> int:
        """Tokens of a term and its number at ``j`` (``khóa XX``, ``nhiệm kỳ 2025 -
        2030``), 0 if none: the actor's, since a council or a committee is named with
        its term (``Ban Chấp hành Đảng bộ tỉnh khóa XX lãnh đạo ...``)."""
        n = self.lex.terms.match(self.lows, j)
        if not n:
            return 0
        q = j + n
        self.need(q + 3)
        if q >= self.n or self.kinds[q] != "w" or not _TERM_NUMBER.fullmatch(
                self.text, self.starts[q], self.ends[q]):
            return 0
        q += 1
        if q + 1 < self.n and self.lows[q] in ("-", "–") and self.lows[q + 1].isdigit():
            q += 2  # ``2025 - 2030``
        return q - j

    def _task_opens_line(self, j: int) -> tuple[str, int]:
        """The task word (kind, length) that token ``j`` (capitalised) opens a line with
        (``Chủ trì``, ``Phối hợp với``, ``Khẩn trương``); ``("", 0)`` if none."""
        if self.lows[j] not in self.marker_tables or self.text.find(
                "\n", self.ends[j - 1], self.starts[j]) < 0:
            return "", 0
        kind, length = self._marker_at(j)
        if kind not in _TASK_MARKERS or self._protected(j, kind):
            return "", 0
        return kind, length

    def _line_after_organ(self, k: int) -> int:
        """The token after an organ's name that the agency layer read from token ``k``
        to the end of its line, when the next line opens with a capital (a new sentence
        or item: the agency layer reads a wrapped name whole); else -1. A single line
        break is no structural break for the tokeniser, so the list would run on."""
        known = self.agency_at.get(self.starts[k])
        if known is None:
            return -1
        j = bisect_left(self.starts, known, k)
        if j >= self.limit:
            self.need(j)
        if j >= self.n or self.kinds[j] != "w" or not self.upper[j]:
            return -1
        gap = self.text[known:self.starts[j]]
        return j if gap.count("\n") == 1 and not gap.strip() else -1

    def _parse_list(self, k: int, mode: str, heading: bool = False) -> _List | None:
        """The actor list starting at ``k`` and what ends it; None without a head at ``k``
        (in a ``heading``, ``Trách nhiệm của ...``, a bare class may head it too)."""
        if k >= self.limit:
            self.need(k)
        head = self._head_len(k, strict=False)
        if not head and heading:
            head = self._heading_class_head(k)
        if not head and mode in ("cue", "chain", "partner"):
            head = self._small_name_head(k)
            if not head and mode != "chain":  # after a cue or ``phối hợp với`` (``phối
                # hợp với chủ đầu tư chuẩn bị ...``); not whom one guides or directs
                # (``hướng dẫn doanh nghiệp thực hiện``: the public, no actor)
                head = self._bare_class_head(k, duty=False)
            if not head and mode == "cue":
                head = self._abbreviation_head(k)
        elif not head and mode == "subject":
            head = self._small_name_subject(k) or self._bare_class_head(k, duty=True)
        if not head:
            return None
        kinds, lows, upper = self.kinds, self.lows, self.upper
        j = k + head
        words = head
        segment = head
        aside: int | None = None
        wrap = self._line_after_organ(k)
        organ_last = after_term = -1  # an organ's last token, and the token after its term
        while True:
            if j >= self.limit:
                self.need(j)
            if j >= self.n:
                break
            kind = kinds[j]
            if kind == "br":
                return _List(k, aside or j, j, "br", words=words)
            if j == wrap:  # ``1. Sở Y tế`` / ``Chủ trì, ...``: the organ's line ends the list
                return _List(k, j, j - 1, "br", words=words)
            if kind == "p":
                low = lows[j]
                if low in _SENTENCE_END and self._sentence_end(j):
                    return _List(k, aside or j, j, "stop", words=words)
                if low == ":":
                    nxt = j + 1
                    if nxt >= self.n or kinds[nxt] == "br" or lows[nxt] == "(":
                        return _List(k, aside or j, j, "colon", words=words)
                    if self._colon_list(j):
                        j += 1
                        continue
                    return _List(k, aside or j, j, "label", words=words)
                if low == "(":
                    close = self._close_paren(j)
                    j = close + 1 if close else j + 1
                    continue
                if low == ")" and j > k:  # ``(...; cơ quan phối hợp: Sở A, Sở B)``: the
                    # bracket the list stands in closes it; so does the next inline
                    # item's marker (``Sở A; b) Thời gian ...``), before its letter
                    stop = j - 1 if j - 1 > k and _ROMAN_OR_SHORT.fullmatch(lows[j - 1]) else j
                    return _List(k, aside or stop, stop, "stop", words=words)
                if low == "," and j > k and (sub := self._inserted_clause(j + 1)):
                    # ``UBND các xã, sau khi thống nhất với ..., thành lập ...``: the
                    # aside between the actor and its verb opens the task
                    return _List(k, aside or j, j + 1, "marker", "task", sub, words)
                if low == ";":
                    nxt = j + 1
                    if nxt < self.n and kinds[nxt] == "w" and not upper[nxt] and (
                            not self._head_len(nxt, strict=False)):
                        # ``... với các HTX phát triển sản phẩm OCOP; phấn đấu có ...``: a
                        # small word that opens no actor starts the next clause of the task
                        return _List(k, aside or j, j, "stop", words=words)
                    segment = 0
                j += 1
                continue
            if lows[j] in self.lex.relative_scopes and not upper[j]:
                rel = self._scope_clause_end(j)
                if rel is not None:  # ``UBND các xã nơi có dự án chủ động ...``: the
                    # clause names which members are meant; the actor ends before it
                    if aside is None:
                        aside = j
                    j = rel
                    continue
            if lows[j] in self.lex.then_words:  # ``Sở Y tế thì chưa ...``: a topic, no actor
                return _List(k, aside or j, j, "marker", "weak", 1, words)
            if not upper[j] and lows[j] in self.lex.membership_verbs and self._member_role(j):
                # ``Giám đốc Sở Tài chính làm Chủ tịch Hội đồng``: a member, no task
                return _List(k, aside or j, j, "marker", "report", 1, words)
            if upper[j] and j > k and kinds[j - 1] == "w":
                kind, length = self._task_opens_line(j)
                if kind:
                    # ``Cục Mỹ`` / ``thuật, Nhiếp ảnh và Triển lãm`` / ``Khẩn trương ...``:
                    # a task word opening a line, capitalised, ends the list as the
                    # same word in lower case does
                    return _List(k, aside or j, j, "marker", kind, length, words)
            if (
                not upper[j] and lows[j] in self.marker_tables and not self._caps(j)
                and not self._plural_before(j)
            ):
                kind, length = self._marker_at(j)
                if kind and (self._protected(j, kind) or self._joins_name(j + length)):
                    kind = ""
                if kind == "cue" and self._cue_blocked(j):
                    kind = ""  # ``Bộ Ngoại giao``, ``được giao``
                if kind == "glue":
                    j += length
                    words += length
                    continue
                if kind == "weak" and (topic := self._name_topic(k, j)):
                    j += topic  # ``Đoàn kiểm tra liên ngành về an toàn thực phẩm``
                    words += topic
                    continue
                if kind == "weak" and (seat := self._seat(j, length)):
                    j += seat  # ``Thủ trưởng cơ quan Thuế tại tỉnh An Giang; ...``
                    words += seat
                    continue
                if kind == "aside":
                    if aside is None:
                        aside = j
                    j += length
                    continue
                if (mode == "subject" and kind in _RELATIVE_KINDS
                        and not self.lex.subject_duties.match(lows, j)
                        and self._class_subject(k, j)):
                    duty = self._duty_ahead(j)
                    if duty is not None:  # ``Các hộ gia đình có đất bị thu hồi có trách
                        # nhiệm ...``: the verbs before the duty qualify the class
                        words += duty - j
                        segment += duty - j
                        j = duty
                        continue
                if kind == "task" and self.lex.relative_verbs.match(lows, j) == length:
                    rel = self._relative_end(j, length)
                    if rel is None and mode == "subject":
                        # ``2. Các sở quản lý nhà nước chuyên ngành`` then its items
                        rel = self._heading_relative_end(k, j)
                    if rel is None:
                        # ``Thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm``
                        rel = self._relative_to_duty(j, length)
                    if rel is not None:  # ``các địa phương có rừng`` + the task
                        words += rel - j
                        segment += rel - j
                        j = rel
                        continue
                    if mode == "subject" and self._possessing(k, j, length):
                        # ``...; các doanh nghiệp có giao dịch liên kết ...``: a class
                        # described by what it has, no task after it
                        return _List(k, aside or j, j, "stop", words=words)
                if kind == "task" and (reach := self._charge_reach(k, j, length)):
                    # ``Phó Chủ tịch UBND huyện phụ trách văn hóa - xã hội chỉ đạo ...``:
                    # the charge names the post; the cue after it opens the task
                    words += reach - j
                    segment += reach - j
                    j = reach
                    continue
                if kind and self._enumerated(j, length):
                    kind = ""
                if kind == "report" and mode != "cue" and (
                        lows[j] in self.lex.shortcomings.firsts
                        and self.lex.shortcomings.match(lows, j)):
                    rel = self._negated_relative_end(j)
                    if rel is not None:  # ``Các địa phương chưa hoàn thành phải ...``
                        words += rel - j
                        segment += rel - j
                        j = rel
                        continue
                if kind == "report" and mode == "subject" and (
                        lows[j] in self.lex.passive_relatives
                        or lows[j] in self.lex.heading_copulas):
                    rel = self._heading_relative_end(k, j)
                    if rel is not None:  # ``4. Các cơ quan, đơn vị được giao quản lý ...``
                        words += rel - j
                        j = rel
                        continue
                if kind:
                    return _List(k, aside or j, j, "marker", kind, length, words)
            if lows[j][:1].isdigit() and j > k and self._alone_on_line(j):
                # a page's number between an organ heading and its items
                return _List(k, aside or j, j, "br", words=words)
            if not upper[j] and self._after_organ(k, j, organ_last if j == after_term else None):
                term = 0 if j == after_term else self._term_len(j)
                if term:  # ``HĐND tỉnh khóa XIX``: the organ's term, then its task
                    organ_last, after_term = j - 1, j + term
                    j += term
                    words += term
                    segment += term
                    continue
                if lows[j][:1].isdigit():  # ``Công ty Cổ phần 289 ...``: no task
                    return _List(k, aside or j, j, "stop", words=words)
                # ``Ủy ban nhân dân thành phố phân cấp ...``: a lower-case word right
                # after an organ the agency layer read whole, and no link word: the
                # task starts there, though its verb is in no table
                return _List(k, aside or j, j, "marker", "task", 1, words)
            words += 1
            segment += 1
            if segment > MAX_WORDS or words > MAX_LIST_WORDS:
                return _List(k, aside or j, j, "limit", words=words)
            j += 1
        return _List(k, aside or self.n, self.n, "region", words=words)

    def _inserted_clause(self, q: int) -> int:
        """Tokens of the subordinator at ``q`` when it opens a clause set off by commas
        before the verb (``, sau khi thống nhất với Sở A, thành lập ...``: a later
        comma in the same sentence and a lower-case word after it), else 0."""
        lex, lows = self.lex, self.lows
        if q >= self.n or self.kinds[q] != "w" or self.upper[q] or (
                lows[q] not in lex.inserted_clauses.firsts):
            return 0
        length = lex.inserted_clauses.match(lows, q)
        if not length:
            return 0
        stop = q + MAX_INSERTED_TOKENS
        self.need(stop + 1)
        kinds, upper = self.kinds, self.upper
        for r in range(q + length, min(self.n - 2, stop)):
            low = lows[r]
            if low in ";:" or (low in _SENTENCE_END and self._sentence_end(r)):
                return 0
            if low == ",":
                nxt = r + 2 if kinds[r + 1] == "br" else r + 1  # a wrapped line
                if kinds[nxt] == "w" and not upper[nxt]:
                    return length
        return 0

    def _cue_blocked(self, i: int) -> bool:
        """Whether the cue at ``i`` is no cue by the words before it: a noun or another
        verb (``theo đề nghị``, ``được giao``), or an amount it qualifies, a few words
        back in the same phrase (``số tiền thuế GTGT đề nghị cơ quan hải quan hoàn``:
        the sum requested, described)."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        if lex.cue_blockers.ends_at(lows, i):
            return True
        if lows[i] in lex.cue_nouns.firsts and self._cue_noun(i):
            return True
        if not self.upper[i] and self._inside_agency(self.starts[i]):
            # a small cue word inside an organ's name the agency layer read whole, its
            # next word damaged so no noun list knows it (``Phòng Cảnh sát giao thỏng
            # chủ trì ...``, an OCR'd ``thông``): part of the name, not a cue. Only with
            # a small word after it inside the name too: a name read on over the cue
            # up to it (``Ban Tổ chức lễ hội giao`` | ``Ban Quản lý ...``) leaves it one
            if i + 1 >= self.limit:
                self.need(i + 1)
            q = i + 1
            if (q < self.n and self.kinds[q] == "w" and not self.upper[q]
                    and self._inside_agency(self.starts[q])):
                return True
        for q in range(i, max(0, i - lex.amount_reach - 1) - 1, -1):
            if q < i and (kinds[q] != "w" or self._marker_at(q)[0]):
                return False  # a mark, or a word that opens a task or a cue, between
            if lex.amounts.ends_at(lows, q):
                return True
        return False

    def _cue_noun(self, i: int) -> bool:
        """Whether the cue at ``i`` and the lower-case word after it make a noun
        (``họp giao ban``, a briefing): ``Giao Ban Tổ chức ...`` hands a task to a Ban."""
        nouns = self.lex.cue_nouns
        if i + nouns.longest >= self.limit:
            self.need(i + nouns.longest)
        n = nouns.match(self.lows, i)
        return n > 1 and not self.upper[i + n - 1]

    def _member_role(self, j: int) -> bool:
        """Whether the membership verb at ``j`` (``làm``) is followed by a position in a
        body (``làm Chủ tịch Hội đồng``, ``làm ủy viên thư ký``): the phrase says who
        sits on the body, as a decision setting one up lists it, not what anyone must
        do. A lead marker that opens with the verb is no seat (``Công an xã làm thường
        trực, tham mưu ...``: the standing office of a campaign, which leads it)."""
        if self._table_marker(j)[0] == "lead":
            return False
        lex, q = self.lex, j + 1
        reach = q + max(lex.titles.longest, lex.member_roles.longest)
        if reach >= self.limit:
            self.need(reach)
        return q < self.n and bool(
            lex.titles.match(self.lows, q) or lex.member_roles.match(self.lows, q))

    def _alone_on_line(self, j: int) -> bool:
        """Whether token ``j`` stands alone on its line (a page's number)."""
        text = self.text
        a, b = self.starts[j], self.ends[j]
        before = text.rfind("\n", 0, a)
        after = text.find("\n", b)
        return (before >= 0 and not text[before + 1:a].strip() and after >= 0
                and not text[b:after].strip())

    def _small_name_head(self, k: int) -> int:
        """Tokens of an organ word that heads an actor whose name goes on in lower case
        (``Giao Ban xây dựng đảng Đảng ủy chủ trì``), after a cue or a chain's link (a word:
        the capital is the name's, not a sentence's); 0 if none. The word is one after
        which a task word still names the organ (``name_before_verb``: ``Ban``, ``Phòng``,
        ``Trung tâm``); not when its words open a task (``Tổ chức``, ``Phòng ngừa``) or
        name no actor (``Ban hành``)."""
        if not (self._word(k) and self.upper[k] and k > 0 and self.kinds[k - 1] == "w"):
            return 0
        lows, lex = self.lows, self.lex
        n = lex.name_before_verb.match(lows, k)
        if not n:
            # ``Đề nghị Công ty thực hiện ...``: an organ word alone, right before the
            # task, names the organ the text addresses
            n = lex.ambiguous_heads.match(lows, k)
            if not n or lex.titles.match(lows, k) > n or not self._task_after(k + n) or (
                    self._marker_at(k + n)[0] == "cue"):
                return 0
        if not self._word(k + n) or self.upper[k + n]:
            return 0
        if lex.not_actors.match(lows, k) or self._marker_at(k)[0]:
            return 0
        return n

    def _small_name_subject(self, k: int) -> int:
        """Tokens of an organ word that opens a sentence as its subject, its name going
        on in lower case up to a task word no name holds (``Đoàn kiểm tra thực hiện
        ...``, ``Tổ công tác chịu trách nhiệm ...``); 0 if none. The organ word is one
        after which a task word still names the organ (``name_before_verb``); its name
        holds one to ``_SMALL_NAME_WORDS`` words, lower-case ones first and then maybe
        the capitalised name of the body it serves (``Tổ giúp việc Ban Chỉ đạo có trách
        nhiệm ...``, ``Tổ công tác liên ngành có trách nhiệm ...``)."""
        if not (self._word(k) and self.upper[k]):
            return 0
        lex, lows = self.lex, self.lows
        n = lex.name_before_verb.match(lows, k)
        if not n or lex.not_actors.match(lows, k) or self._marker_at(k)[0]:
            return 0
        stop = k + n + _SMALL_NAME_WORDS + 1
        if stop >= self.limit:
            self.need(stop)
        q = k + n
        while q < min(self.n, stop):
            if self.kinds[q] != "w" or (self.upper[q] and q == k + n):
                return 0
            if q > k + n and (lex.never_in_name.match(lows, q)
                              or lex.responsible.match(lows, q)):
                return n
            if q > k + n and self._team_task(k, q):
                return n
            topic = lex.name_topics.match(lows, q) if q > k + n else 0
            if topic:  # ``về an toàn thực phẩm``: no word counted, however long
                stop += topic
                self.need(stop)
                q += topic
                continue
            q += 1
        return 0

    def _team_task(self, k: int, q: int) -> bool:
        """Does a task word at ``q`` end the small name of a team set up for a plan
        (``Đoàn kiểm tra liên ngành tổ chức kiểm tra ...``, ``Tổ công tác kiểm tra
        ...``)? Its name opens at ``k`` with a kind of team (``team_kinds``), whose own
        words the task word follows: any task word after them opens the team's task,
        not only those no name holds (``never_in_name``)."""
        n = self.lex.team_kinds.match(self.lows, k)
        return bool(n) and q >= k + n and self._marker_at(q)[0] in _TEAM_TASK_KINDS

    def _name_topic(self, k: int, j: int) -> int:
        """Tokens of a listed topic opened by ``về`` at ``j`` that goes on the name of the
        actor list starting at ``k`` (``Đoàn kiểm tra liên ngành về an toàn thực phẩm
        tỉnh``, ``Các Tổ công tác về ...``): its head is an organ word that takes a name
        in small letters (``name_before_verb``); 0 if none."""
        lex, lows = self.lex, self.lows
        t = lex.name_topics.match(lows, j)
        if not t:
            return 0
        return t if any(self.upper[q] and lex.name_before_verb.match(lows, q)
                        for q in range(k, j)) else 0

    def _charge_reach(self, k: int, j: int, length: int) -> int | None:
        """Where the task opens when ``phụ trách`` at ``j`` (``length`` tokens) names the
        charge of an official whose title heads the list at ``k`` (``Phó Chủ tịch UBND
        huyện phụ trách văn hóa - xã hội chỉ đạo ...``): at a cue of direction, lead,
        duty or guidance a few words on, no comma, stop or line break before it; None otherwise
        (``Phó Giám đốc phụ trách công tác tuyển sinh.``: his task)."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        if lex.charges.match(lows, j) != length or not any(
                lex.titles.match(lows, q) for q in range(k, j)):
            return None
        stop = j + length + lex.charge_words
        if stop >= self.limit:
            self.need(stop)
        for q in range(j + length, min(stop, self.n)):
            if kinds[q] == "br" or (kinds[q] == "p" and lows[q] not in _CHARGE_DASHES):
                return None  # ``phụ trách, đôn đốc ...``: two tasks of his
            if q > j + length and kinds[q] == "w" and not self.upper[q] and (
                    lows[q] in self.marker_tables) and (
                    self._marker_at(q)[0] in _CHARGE_CUES or lex.guide.match(lows, q)):
                return q  # ``chỉ đạo``, ``chủ trì``, ``chịu trách nhiệm``, ``đôn đốc``
        return None

    def _seat(self, j: int, length: int) -> int:
        """Tokens of a seat opened by the weak word at ``j`` (``tại tỉnh An Giang``,
        ``tại TP. Hồ Chí Minh``, ``tại địa phương``, ``tại An Giang``): a level word, the
        place's name in capitals if written (without a level word, a place the places
        layer read), then the actor list going on (``,``, ``;``, ``và``) or its
        task word. It places the organ named before it (``Thủ trưởng cơ quan Thuế tại
        tỉnh An Giang; Chủ tịch ... chịu trách nhiệm thi hành``), so it belongs to the
        actor; read as a weak word it would end the list as a report. A pointer to the
        part of a text that lists the members (``nêu tại Điều 1``, ``quy định tại khoản
        2 Điều 1``) goes on with the actor the same way. 0 if none."""
        lex, lows, upper = self.lex, self.lows, self.upper
        if lex.seat_words.match(lows, j) != length:
            return 0
        q = j + length
        self.need(q + 8)
        if pointer := lex.seat_pointers.match(lows, q):
            q += pointer  # its numbers, letters and the parts above (``khoản 2 Điều 1``)
            while q < self.n and self.kinds[q] == "w" and (
                    upper[q] or lows[q][:1].isdigit() or len(lows[q]) == 1
                    or lex.seat_pointers.match(lows, q)):
                q += 1
        else:
            level = lex.seat_levels.match(lows, q)
            if not level and not (q < self.n and upper[q]
                                  and self.starts[q] in self.index.place_starts):
                return 0  # a level word, or a place the places layer read (``tại An Giang``)
            q += level
            if q < self.n and lows[q] == ".":  # ``TP. Hồ Chí Minh``
                q += 1
            while q < self.n and upper[q] and self.kinds[q] == "w":
                q += 1
        if q >= self.n or lows[q] in _SEAT_ENDS:
            return q - j
        if lows[q] not in self.marker_tables:
            return 0
        return q - j if self._marker_at(q)[0] in _SEAT_TASKS else 0

    def _related_head(self, i: int) -> int:
        """Tokens of a decision's closing group written bare at ``i`` (``và tổ chức, cá
        nhân có liên quan``), as a new item of an actor list (0: none): without a plural
        it is still an actor of its own when ``có liên quan`` follows. After a class noun
        and a comma it goes on with that class (``các xã, phường, tổ chức ...``)."""
        lex, lows = self.lex, self.lows
        if i >= 2 and lows[i - 1] == "," and lex.class_nouns.ends_at(lows, i - 1):
            return 0
        n = lex.related_heads.match(lows, i)
        return n if n and lex.related_in.match(lows, i + n) else 0

    def _bare_class_head(self, k: int, duty: bool) -> int:
        """Tokens of a class noun of bodies that heads an actor with no plural before
        it (``bare_classes``: ``đề nghị ngân hàng thương mại cung cấp ...``, ``Cơ sở khám
        bệnh, chữa bệnh có trách nhiệm ...``); 0 if none. Its phrase must run, over
        words and commas, to a task word: after a cue any (not the cue's own object,
        ``đề nghị tổ chức hội nghị``: the class is no task word there); as a subject
        (``duty``) a duty word only (``có trách nhiệm``), a class opening a sentence
        with another verb being a topic as often (``Cơ sở ... thực hiện theo ...``); a
        class of persons (``bare_subjects``: ``Người nộp thuế``) only there."""
        if not self._word(k):
            return 0
        lex, lows = self.lex, self.lows
        if duty and lows[k] in lex.item_subjects.firsts and self.upper[k]:
            role = lex.item_subjects.match(lows, k)
            at = self.starts[k]
            if role and _ITEM_OPEN.fullmatch(
                    self.text, self.text.rfind("\n", 0, at) + 1, at) is not None:
                # ``3. Chủ đầu tư chuyển đủ kinh phí ...``: the project's investor, its
                # name perhaps in brackets (``Chủ đầu tư (Ban QLDA 85) phối hợp ...``)
                q = k + role
                self.need(q + 1)
                if q < self.n and lows[q] == "(":
                    close = self._close_paren(q)
                    q = q if close is None else close + 1
                return role if self._phrase_reaches_task(q, False) else 0
        n = lex.bare_classes.match(lows, k) or (duty and lex.bare_subjects.match(lows, k))
        if not n or lex.not_actors.match(lows, k):
            return 0
        # a capitalised class after a cue is an organ's name, read as one; a person's
        # form of address is capitalised as often (``Đề nghị Ông liên hệ ...``)
        capital = self.upper[k] and not lex.person_prefixes.match(lows, k)
        if not duty and capital and self._colon_ends_line(k + n):
            # ``Sở yêu cầu Công ty:`` / ``1. ...``: the letter's addressee by its class,
            # which the items below are handed (no organ's name ends at a colon)
            return n
        if not duty and (capital or self._marker_at(k)[0] or self._verb_before_cue(k)):
            return 0
        # a class the document gives as a body's short name (``Công ty X (sau đây gọi
        # là Công ty)`` / ``Công ty thực hiện khai báo ...``) is definite: that body,
        # the subject before any task word
        definite = duty and self.upper[k] and self._short_name(k, n)
        return n if self._phrase_reaches_task(k + n, duty and not definite) else 0

    def _short_name(self, k: int, n: int) -> bool:
        """Whether the ``n`` tokens at ``k`` are a short name the document defines in a
        parenthesis (``[addressee] aliases``: ``(sau đây gọi là Công ty)``)."""
        name = self.match[self.starts[k]:self.ends[k + n - 1]].lower()
        return name in _short_names(self.match, self.lex.addressee_aliases)

    def _colon_ends_line(self, q: int) -> bool:
        """Whether token ``q`` is a colon that ends its line (a lead-in to items)."""
        self.need(q + 1)
        return q < self.n and self.lows[q] == ":" and (
            q + 1 >= self.n or self.kinds[q + 1] == "br")

    def _heading_class_head(self, k: int) -> int:
        """Tokens of a bare class (``bare_classes``, ``bare_subjects``) that names whom
        a heading's items bind (``Điều 5. Trách nhiệm của tổ chức, cá nhân có liên quan``,
        ``Trách nhiệm của chủ đầu tư``), 0 if none: its words and commas run to the
        heading line's end within ``bare_class_words`` words; no duty word follows a
        heading, its items are the tasks. So does a team a decision sets up, named
        in small letters by its kind (``Điều 2. Nhiệm vụ của Tổ kiểm tra`` / ``1. Kiểm
        tra ...``, ``team_kinds``): with no task word after it, only a heading ends it."""
        if not self._word(k):
            return 0
        lex, lows = self.lex, self.lows
        n = lex.bare_classes.match(lows, k) or lex.bare_subjects.match(lows, k)
        team = not n and self.upper[k] and lex.team_kinds.match(lows, k)
        n = n or team
        if not n or lex.not_actors.match(lows, k):
            return 0
        stop = k + n + lex.bare_class_words
        if stop >= self.limit:
            self.need(stop)
        for q in range(k + n, min(self.n, stop)):
            if self.kinds[q] == "br" or lows[q] == ":":  # (``1. Trách nhiệm của chủ đầu
                # tư:`` then its items); a team only where the heading ends the text
                # (a first sentence after it, ``Đoàn kiểm tra thực hiện ...:``, names
                # the subject the items take)
                return 0 if team and self._words_after(q) else n
            if self.kinds[q] != "w" and lows[q] != ",":
                return 0
        return n if self.n < stop else 0

    def _words_after(self, q: int) -> bool:
        """Whether a word follows token ``q`` within the next few tokens of the text."""
        self.need(q + _AFTER_HEADING)
        return any(self.kinds[r] == "w" for r in range(q + 1, min(self.n, q + _AFTER_HEADING)))

    def _verb_before_cue(self, k: int) -> bool:
        """Whether the cue before the actor at ``k`` follows a task word (``đất đã có
        quyết định thu hồi giao chủ đầu tư xây dựng``): a verb chain handing something
        over to a class, not a task given to it (an opener, ``đồng thời yêu cầu``, is
        none)."""
        lex, lows = self.lex, self.lows
        j = k - lex.after_cue.length_before(lows, k)
        c = j - lex.cues.length_before(lows, j)
        if c == j or c <= 0 or lex.openers.ends_at(lows, c):
            return False
        return lex.task.ends_at(lows, c)

    def _abbreviation_head(self, k: int) -> int:
        """An abbreviation in capitals that a cue hands a task (``đề nghị NHTM cung cấp
        ...``): a bare word of two to six capitals, its phrase running to a task word
        (1 token); 0 if none. An organ the texts name by its initials."""
        if not (self._word(k) and self._caps(k) and self.lows[k].isalpha()
                and len(self.lows[k]) <= 6):
            return 0
        return 1 if self._phrase_reaches_task(k + 1, duty=False) else 0

    def _phrase_reaches_task(self, q: int, duty: bool) -> bool:
        """Whether the words and commas from token ``q`` reach, within
        ``bare_class_words`` words and in the same unit, a task word (a duty word if
        ``duty``) before any other marker: what makes a bare class an actor."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        words = 0
        while words <= lex.bare_class_words:
            if q >= self.limit:
                self.need(q)
            if q >= self.n or kinds[q] == "br":
                return False
            if kinds[q] != "w":
                if lows[q] != ",":
                    return False
                q += 1
                continue
            kind, length = ("", 0)
            if not self.upper[q] and lows[q] in self.marker_tables:
                kind, length = self._marker_at(q)
                if kind and kind != "responsible" and self._enumerated(q, length):
                    kind = ""  # ``tổ chức, cá nhân``: a list member
            if kind == "glue":
                q += length
                words += length
                continue
            if kind and duty:  # ``Doanh nghiệp ... phải``; ``Tổ chức, cá nhân có hành vi
                # vi phạm phải ...``: a relative clause, then the duty
                return kind == "responsible" or bool(lex.subject_duties.match(lows, q)) or (
                    kind in _RELATIVE_KINDS and self._duty_ahead(q) is not None)
            if kind:
                return kind in _TASK_MARKERS
            words += 1
            q += 1
        return False

    def _possessing(self, k: int, j: int, length: int) -> bool:
        """Whether the bare ``có`` at ``j`` (``length`` 1) after the plural class that
        opens the list at ``k`` says what the class has (``các doanh nghiệp có giao dịch
        liên kết``, in a list of whom a task is about) rather than a task: ``có`` with
        its object alone is possession; what a class is to make or do has its own words
        (``có kế hoạch``, ``có trách nhiệm``); a number after it is a count or a time
        given (``Các sở có 02 ngày để báo cáo``), read as such, and a task word after it
        makes it a task (``Các đơn vị có báo cáo kết quả``)."""
        if j + 1 >= self.limit:
            self.need(j + 1)
        lex, lows = self.lex, self.lows
        return (length == 1 and lows[j] in lex.count_verbs
                and lex.plural.match(lows, k) > 0
                and lex.class_nouns.ends_at(lows, j)
                and not (j + 1 < self.n and lows[j + 1][:1].isdigit())
                and not (j + 1 < self.n and self.kinds[j + 1] == "w"
                         and lows[j + 1] in self.marker_tables
                         and self._marker_at(j + 1)[0] == "task"))

    def _relative_end(self, j: int, length: int = 1) -> int | None:
        """The token where the task starts after a relative clause opening at the task
        word ``j`` (``length`` tokens: ``các địa phương có rừng khẩn trương ...``: ``có
        rừng`` qualifies the class noun before it; ``các sở quản lý chuyên ngành định kỳ
        tổng hợp``), else None: the word follows a class noun, and a task word comes
        after one to ``relative_words`` lower-case words that open nothing but a
        preposition (``về``)."""
        lex, lows = self.lex, self.lows
        if not (lex.class_nouns.ends_at(lows, j) or lex.generic_heads.ends_at(lows, j)):
            return None
        stop = j + length + lex.relative_words + 1
        if stop >= self.limit:
            self.need(stop)
        for q in range(j + length, min(self.n, stop)):
            if self.kinds[q] != "w" or self.upper[q]:
                return None
            if q > j + length and lows[q] in lex.relative_tails.firsts and (
                    tail := lex.relative_tails.match(lows, q)):
                # ``các xã có dự án đi qua phối hợp``: the object's verb ends the clause
                after = q + tail
                if after < self.n and self.kinds[after] == "w" and not self.upper[after] and (
                        lows[after] in self.marker_tables
                        and self._marker_at(after)[0] in _TASK_MARKERS):
                    return after
            kind = self._marker_at(q)[0] if lows[q] in self.marker_tables else ""
            if kind == "weak" and q > j + length and lows[q] in lex.topic_words:
                continue  # ``các sở quản lý nhà nước về hạ tầng theo dõi ...``
            if kind:
                return q if q > j + length and kind in _TASK_MARKERS else None
        return None

    def _scope_clause_end(self, j: int) -> int | None:
        """The task word after a relative clause of place opening at ``j`` (``nơi``),
        else None: ``nơi`` follows a class noun (``các xã, phường nơi tổ chức tiếp xúc
        cử tri bố trí ...``), its own verb comes first, maybe with a task word right
        after it as its object (``tổ chức tiếp xúc cử tri``), then, within
        ``relative_words`` lower-case words, the task word the actor's task opens with."""
        lex, lows = self.lex, self.lows
        if not (lex.class_nouns.ends_at(lows, j) or lex.generic_heads.ends_at(lows, j)):
            return None
        stop = j + 2 + lex.relative_words
        if stop >= self.limit:
            self.need(stop)
        verb_end: int | None = None  # the token after the clause's own verb, once read
        q = j + 1
        while q < min(self.n, stop):
            if self.kinds[q] != "w" or self.upper[q]:
                return None
            kind, n = self._marker_at(q) if lows[q] in self.marker_tables else ("", 0)
            n = max(n, 1)
            if kind and kind != "glue":
                if verb_end is None:
                    if kind not in _TASK_MARKERS and kind != "report":
                        return None
                    verb_end = q + n  # the clause's own verb (``tổ chức``, ``có``)
                elif q == verb_end and kind in _RELATIVE_KINDS:
                    verb_end = -1  # its object (``tổ chức tiếp xúc cử tri``)
                elif kind in _TASK_MARKERS:
                    return q
                elif kind != "weak":  # a preposition stays in the clause (``đi qua``)
                    return None
            elif q == j + 1:
                verb_end = q + 1  # a verb in no table (``xảy ra``)
            q += n
        return None

    def _negated_relative_end(self, j: int) -> int | None:
        """The duty word (``phải``, ``khẩn trương``) that the ``chưa`` (or another
        shortcoming: ``vi phạm``) at ``j`` runs to in its unit, else None: ``chưa`` then
        what the subject has not done, then a duty, says which subject is meant (``Các
        địa phương chưa hoàn thành phải khẩn trương ...``); without a duty the sentence
        reports a shortcoming."""
        lows, kinds, duties = self.lows, self.kinds, self.lex.negation_duties
        stop = j + 1 + SUBORDINATE_WORDS
        if stop >= self.limit:
            self.need(stop)
        for q in range(j + 2, min(self.n, stop)):
            if kinds[q] == "br" or lows[q] in _UNIT_END or (
                    lows[q] in _SENTENCE_END and self._sentence_end(q)):
                return None
            if lows[q] in duties.firsts and not self.upper[q] and duties.match(lows, q):
                return q
        return None

    def _joins_name(self, j: int) -> bool:
        """Whether a hyphen at ``j`` then a capitalised word joins the words before it
        to a name's next part (``Tổng cục Hậu cần - Kỹ thuật``): a task word there is
        the end of a name's part, no task; no task opens with ``- Kỹ thuật``."""
        if j + 1 >= self.limit:
            self.need(j + 1)
        return (j + 1 < self.n and self.lows[j] in _HYPHENS
                and self.kinds[j + 1] == "w" and self.upper[j + 1]
                and self.text.find("\n", self.ends[j - 1], self.starts[j + 1]) < 0)

    def _relative_to_duty(self, j: int, length: int) -> int | None:
        """The duty word (``chịu trách nhiệm``) that a bare ``có`` at ``j`` (``length``
        1) in an actor list runs to, else None: ``có`` then what the actor has, then the
        list's own duty, in one sentence, says which actor is meant (``Thủ trưởng các
        đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành``, ``Giám đốc các Bệnh viện
        và Viện có giường bệnh trực thuộc Bộ Y tế ... chịu trách nhiệm``), not a task:
        an article of execution has no task before its duty word. Only words, commas,
        prepositions (``tại``) and the glue of a name (``có liên quan``) may come
        between, ``duty_words`` at most; any other task word, a break or a stop leaves
        ``có`` the task. The execution formula (``căn cứ Quyết định thi hành``) stands for
        the duty word."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        if length != 1 or lows[j] not in lex.count_verbs:
            return None
        stop = j + 2 + lex.duty_words
        if stop >= self.limit:
            self.need(stop)
        q = j + 1
        while q < min(self.n, stop):
            if kinds[q] == "br" or lows[q] in _SENTENCE_END or lows[q] in _UNIT_END:
                return None
            kind, n = ("", 0)
            if lows[q] in self.marker_tables and not lex.plural.ends_at(lows, q):
                kind, n = self._marker_at(q)  # not ``các tổ chức``: a noun after a plural
            if kind and kind != "responsible" and self._enumerated(q, n):
                kind = ""  # ``đơn vị, tổ chức, cá nhân``
            if kind == "responsible" or (kind and lex.execution_duties.match(lows, q)):
                return q if q > j + 1 and not self.upper[q] else None
            if kind and kind not in ("glue", "weak"):
                return None
            q += max(n, 1)
        return None

    def _class_subject(self, k: int, j: int) -> bool:
        """Whether the actor list opening at ``k`` is a class of bodies or persons whose
        words run up to the task word at ``j``: a plural (``Các cơ quan``), a bare class
        (``Doanh nghiệp``, ``Tổ chức, cá nhân``) or a generic head (``Người đứng đầu``),
        not a named organ ending right before ``j`` (``Sở Xây dựng kiểm tra ...``)."""
        lex, lows, last = self.lex, self.lows, j - 1
        if last < k or (last > k and (
                self.upper[last] or self._inside_agency(self.starts[last]))):
            return False
        return bool(lex.plural.match(lows, k) or lex.bare_classes.match(lows, k)
                    or lex.bare_subjects.match(lows, k) or lex.generic_heads.match(lows, k))

    def _duty_ahead(self, j: int) -> int | None:
        """The duty word (``subject_duties``: ``có trách nhiệm``, ``phải``) that the task
        word at ``j`` after a class subject runs to in the same unit, else None: the
        verbs between describe which members of the class are meant (``Tổ chức, cá nhân
        được Nhà nước giao đất, cho thuê đất có trách nhiệm ...``); after a passive
        ``được`` a manner word (``passive_duties``: ``chủ động``) ends them too. Within
        ``duty_words`` words, and not when something between takes an actor of its own
        (a cue, a leading or guiding word, another plural class, a capitalised word
        after a comma) or opens another clause (``để``), nor when a conjunction, a comma, an opener
        (``đồng thời``) or a named organ stands right before the duty (``... thẩm định
        dự toán và có trách nhiệm``: a second predicate of the same subject)."""
        lex, lows, kinds, upper = self.lex, self.lows, self.kinds, self.upper
        stop = j + 2 + lex.duty_words
        if stop >= self.limit:
            self.need(stop)
        q = j
        while q < min(self.n, stop):
            low = lows[q]
            if kinds[q] == "br" or low in _UNIT_END or (
                    low in _SENTENCE_END and self._sentence_end(q)):
                return None
            if kinds[q] != "w":
                if low == "," and q + 1 < self.n and upper[q + 1]:
                    return None
                q += 1
                continue
            due = lex.sums_due.match(lows, q)
            if due:  # ``chi phí phát sinh phải trả``: a sum, no duty
                q += due
                continue
            if q > j and not upper[q] and (lex.subject_duties.match(lows, q) or (
                    lows[j] in lex.passive_relatives and lex.passive_duties.match(lows, q))):
                before = lows[q - 1]
                if (before == "," or lex.conjunctions.ends_at(lows, q)
                        or lex.openers.ends_at(lows, q) or upper[q - 1]
                        or self._inside_agency(self.starts[q - 1])):
                    return None
                return q
            if lex.duty_breaks.match(lows, q) and not lex.shortcomings.match(lows, q):
                return None
            if q > j and lex.plural.match(lows, q) and (
                    lex.class_nouns.match(lows, q + lex.plural.match(lows, q))):
                return None
            kind, n = ("", 0)
            if not upper[q] and low in self.marker_tables:
                kind, n = self._marker_at(q)
            if kind in _DUTY_STOPS and not (kind == "cue" and self._passive_cue(j, q)):
                return None
            q += max(n, 1)
        return None

    def _passive_cue(self, j: int, q: int) -> bool:
        """Whether the cue at ``q`` is the verb of a passive after ``j`` (``được giao``,
        ``được Nhà nước giao đất``): what the class was given, no actor after it."""
        if self._cue_blocked(q):
            return True
        passive = self.lex.passive_relatives
        return any(self.lows[p] in passive for p in range(max(j, q - _PASSIVE_REACH), q))

    def _heading_relative_end(self, k: int, j: int) -> int | None:
        """The end of a clause heading whose actor list from ``k`` goes on, at word
        ``j``, in a passive relative clause (``4. Các cơ quan, đơn vị được giao quản lý,
        sử dụng tài sản`` then its items; a relative verb: ``2. Các sở quản lý nhà nước
        chuyên ngành``): ``j`` follows a class noun of a plural list, the list opens the
        clause, and words and commas only run to the heading line's end (a structural
        break or the region's end), :data:`LONG_HEADING_WORDS` at most; else None."""
        lex, lows = self.lex, self.lows
        c = j - lex.class_nouns.length_before(lows, j)
        if c == j or not (lex.plural.ends_at(lows, c) or lex.plural.match(lows, k)):
            return None
        if not self._is_first(k):
            return None
        stop = j + LONG_HEADING_WORDS
        if stop >= self.limit:
            self.need(stop)
        # a copula's heading may end with its items' colon (``3. Các sở, ngành là thành
        # viên Ban Chỉ đạo:``); a relative verb's not (``Các huyện có cấp độ dịch như
        # sau:`` lists facts)
        colon = lows[j] in lex.heading_copulas
        for q in range(j + 1, min(self.n, stop)):
            if self.kinds[q] == "br" or (colon and self._colon_ends_line(q)):
                return q
            if self.kinds[q] != "w" and lows[q] != ",":
                return None
        return self.n if self.n < stop else None

    def _enumerated(self, j: int, length: int) -> bool:
        """A task word that is a list member here, not the start of the task.

        Between commas it is a noun of an enumeration (``cơ quan, tổ chức, cá
        nhân``); after a separator it may start the next actor (``... và lãnh
        đạo các Bộ``).
        """
        lows, lex = self.lows, self.lex
        if j <= 0:
            return False
        # ``Trung tâm Phát triển quỹ đất hoặc tổ chức làm nhiệm vụ bồi thường``: an
        # alternative body, named by a list noun after ``hoặc``
        after_sep = lows[j - 1] in (",", ";", "hoặc") or lex.conjunctions.ends_at(lows, j)
        if not after_sep:
            return False
        if lex.list_nouns.match(lows, j) == length:
            return True
        if lows[j - 1] == "hoặc":
            return False  # ``Sở A hoặc chỉ đạo ...``: only a list noun is an alternative
        if lows[j] in lex.scope_asides.firsts and lex.scope_asides.match(lows, j):
            return False  # ``..., căn cứ chức năng, nhiệm vụ, ...``: the task's scope
        if j + length < self.n and lows[j + length] == "," and lows[j - 1] == ",":
            return True
        return self._head_len(j, strict=True) > 0

    def _close_paren(self, j: int) -> int | None:
        self.need(j + MAX_ASIDE_TOKENS)
        for q in range(j + 1, min(self.n, j + MAX_ASIDE_TOKENS)):
            low = self.lows[q]
            if low == ")":
                return q
            if self.kinds[q] == "br" or low in "(;":
                return None
        return None

    def _items(self, lst: _List) -> list[tuple[int, int, str]]:
        """Split an actor list into items ``(first, end, separator)`` at new heads."""
        lows, kinds, lex = self.lows, self.kinds, self.lex
        items: list[tuple[int, int, str]] = []
        cur, sep = lst.start, ""
        colon = False
        places = self._place_class_named(lst.start)  # ``các tỉnh Lào Cai, ...``
        i = lst.start + 1
        while i < lst.stop:
            low = lows[i]
            places = places or self._place_class_named(i)
            if low == "(":
                close = self._close_paren(i)
                if close is not None:
                    i = close + 1
                    continue
            if low == ":":
                # ``các Bộ: Y tế, Công an`` names members of the class; after a title
                # alone (``Giám đốc: Sở A, Sở B``) the members are organs of their own
                colon = not self._organs_after_title(cur, i)
            split_sep = ""
            nxt = i + 1
            if low == ";":
                colon = places = False
                split_sep = ";"
            elif low == ",":
                split_sep = ","
            elif (
                kinds[i] == "w" and lows[i] in lex.conjunctions.firsts
                and lex.conjunctions.match(lows, i) == 1
            ):
                split_sep = "và"
            if split_sep == "và" and self._joint_organ_over(cur, i):
                split_sep = ""
            if split_sep in (",", "và") and self._level_goes_on(i, nxt):
                split_sep = ""  # ``... các ngành, các cấp``: one qualifier
            if split_sep in (",", "và") and self._committee_goes_on(cur, i, nxt):
                split_sep = ""  # ``Ban Thường vụ Tỉnh ủy, Thành ủy``: one head
            if split_sep == "," and lows[cur] in lex.joint_titles.firsts and (
                    lex.joint_titles.match(lows, cur) > i - cur + 1):
                split_sep = ""  # ``Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ``: one title
            if colon and split_sep in (",", "và") and (
                    nxt >= lst.stop or self.upper[nxt] or lex.plural.match(lows, nxt)):
                # the members of a colon list are names (``các Bộ: Y tế, Công an``), and
                # a class after them may be one more (``Thủ trưởng các cơ quan: A, B,
                # các đơn vị liên quan``); a title or the leadership written small
                # starts a new actor (``..., Gia Lai và lãnh đạo các Bộ, ngành``)
                split_sep = ""
            if places and split_sep in (",", "và") and self._bare_name(nxt):
                # the places of a plural place class (``Ủy ban nhân dân các tỉnh Lào
                # Cai, Yên Bái và Phú Thọ``): names the head written once heads, though
                # the agency layer reads an organ of each
                split_sep = ""
            if split_sep and nxt < lst.stop and not self._inside_agency(self.starts[nxt]):
                strict = split_sep != ";"
                if self._head_len(nxt, strict=strict):
                    items.append((cur, i, sep))
                    cur, sep = nxt, split_sep
                    colon = False
            i += 1
        items.append((cur, lst.stop, sep))
        return items

    def _plural_before(self, j: int) -> bool:
        """Whether a plural ends before token ``j`` (``các tổ chức``), so that a task
        word there is a class noun. The honorific ``Quý`` (``Quý cơ quan``) after a
        capitalised word is the last syllable of a place's name instead (``đặc khu Phú
        Quý tổ chức ...``, ``xã Tân Quý chịu trách nhiệm``)."""
        if not self.lex.plural.ends_at(self.lows, j):
            return False
        q = j - 1
        return not (self.lows[q] == "quý" and self.upper[q] and q > 0
                    and self.kinds[q - 1] == "w" and self.upper[q - 1])

    def _place_class_named(self, q: int) -> bool:
        """Whether a place class and a capitalised name or a number open at token
        ``q`` (``các tỉnh Lào Cai``, ``huyện Tương Dương``, ``Quận 3``, ``các Đồn Biên
        phòng Thanh Thủy``): the list going on after it names more such places
        (``UBND huyện Tương Dương, Kỳ Sơn``, of which the agency layer reads an organ
        each)."""
        lex, lows = self.lex, self.lows
        if lows[q] not in lex.place_classes.firsts and lows[q] not in lex.plural.firsts:
            return False
        p = lex.plural.match(lows, q)
        m = lex.place_classes.match(lows, q + p)
        if not m and p:
            # ``các Đồn Biên phòng Thanh Thủy, Xín Cái``: posts named by their localities
            m = lex.locality_classes.match(lows, q + p)
        k = q + p + m
        return bool(m) and self._word(k) and (self.upper[k] or lows[k].isdigit())

    def _bare_name(self, q: int) -> bool:
        """Whether a capitalised word that opens no actor head (a place's name, not
        ``Sở``, ``Bộ``, ``Công an``) stands at token ``q``. A name whose first syllable
        opens a head elsewhere is still bare when no head matches there (``Bảo Thạnh``,
        not ``Bảo hiểm xã hội``), though the agency layer reads an organ at it."""
        if not (self._word(q) and self.upper[q]):
            return False
        return (self.head_tables.get(self.lows[q]) is None
                or not self._head_len(q, strict=True, read=False))

    def _committee_goes_on(self, cur: int, i: int, nxt: int) -> bool:
        """Whether the party committee at ``nxt`` goes on, after the separator at ``i``,
        with the item from ``cur`` that is a committee's body and committees only
        (``Ban Thường vụ Tỉnh ủy, Thành ủy``): the head written once heads each. Not a
        committee named by a name of its own (``..., Đảng ủy Khối các cơ quan tỉnh``:
        another body, perhaps)."""
        lex, lows = self.lex, self.lows
        committees = lex.party_committees
        h = lex.committee_heads.match(lows, cur, i)
        n = committees.match(lows, nxt) if h else 0
        if not n or (nxt + n < self.n and self.kinds[nxt + n] == "w" and self.upper[nxt + n]):
            return False
        q = cur + h
        while q < i:  # ``Tỉnh ủy``, ``Tỉnh ủy, Thành ủy``, ...
            m = committees.match(lows, q, i)
            if not m:
                return False
            q += m
            if q < i and (lows[q] == "," or lows[q] in lex.conjunctions.firsts):
                q += 1
        return q > cur + h

    def _organs_after_title(self, cur: int, j: int) -> bool:
        """Whether the colon at ``j`` follows a title alone (the item from ``cur``) and
        opens an organ's name (``Giám đốc: Sở Văn hóa ..., Sở Y tế``): each member is an
        organ the title heads, split as any list is."""
        return (self.lex.titles.match(self.lows, cur, j) == j - cur
                and self._head_len(j + 1, strict=True) > 0)

    def _level_goes_on(self, i: int, nxt: int) -> bool:
        """Whether a plural level (``các cấp``) at ``nxt`` goes on, after the separator at
        ``i``, with a plural class that ends before it (``Ban Chỉ huy ... các ngành, các
        cấp``): a qualifier of the actor, not an actor of its own."""
        lex, lows = self.lex, self.lows
        p = lex.plural.match(lows, nxt)
        if not p:
            return False
        m = lex.level_classes.match(lows, nxt + p)
        if not m or lex.class_nouns.match(lows, nxt + p) != m:
            return False  # (``các cấp ủy`` is a class of its own)
        c = lex.class_nouns.length_before(lows, i)
        return c > 0 and lex.plural.ends_at(lows, i - c)

    def _joint_organ_over(self, cur: int, i: int) -> bool:
        """Whether the ``và`` at token ``i`` lies inside a joint organ's name that
        starts in the item opened at ``cur`` (``Chánh Văn phòng HĐND và UBND``)."""
        joint = self.lex.joint_organs
        return any(i < q + joint.match(self.lows, q)
                   for q in range(max(cur, i - joint.longest), i)
                   if self.lows[q] in joint.firsts)

    def _title_in_brackets(self, q: int) -> int | None:
        """The closing bracket of ``(`` at ``q`` when the brackets hold only a title and
        follow a title (``Giám đốc (Thủ trưởng)``: an alternative title), else None."""
        titles = self.lex.titles
        if self.lows[q] != "(" or not titles.ends_at(self.lows, q):
            return None
        n = titles.match(self.lows, q + 1)
        close = q + 1 + n
        return close if n and close < self.n and self.lows[close] == ")" else None

    def _noun_in_brackets(self, q: int) -> int | None:
        """The closing bracket of ``(`` at ``q`` when it lies inside a class noun written
        with brackets (``các ông (bà) có tên tại Điều 1``: ``ông (bà)`` names the persons
        of either sex, no aside), else None."""
        nouns = self.lex.class_nouns
        for first in (q - 1, q - 2):
            n = nouns.match(self.lows, first) if first >= 0 else 0
            if first + n > q + 1 and self.lows[first + n - 1] == ")":
                return first + n - 1
        return None

    def _actor_span(self, a: int, b: int) -> tuple[int, int, bool] | None:
        """Character span of the actor in tokens ``[a, b)``, and whether it is a person."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        starts, ends, upper = self.starts, self.ends, self.upper
        q = a + 1
        # an organ the agency layer read across its abbreviation in brackets (``Trung
        # tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Nam``): its name goes on after it
        named = self.agency_at.get(starts[a], -1) if upper[a] else -1
        while q < b:  # an aside or a footnote mark in brackets is not the actor
            if lows[q] in ("(", "["):
                if named > ends[q]:
                    q = bisect_left(starts, named, q, b)
                    continue
                close = self._title_in_brackets(q)
                if close is not None and close + 1 < b:
                    q = close + 1  # ``Giám đốc (Thủ trưởng) các sở``: the name goes on
                    continue
                close = self._noun_in_brackets(q)
                if close is not None and close < b:
                    q = close + 1  # ``các ông (bà)``: the class noun's own brackets
                    continue
                b = q
                break
            q += 1
        conj = lex.conjunctions
        while b > a and (
            kinds[b - 1] != "w" or (lows[b - 1] in conj.firsts and conj.match(lows, b - 1) == 1)
        ):
            if lows[b - 1] == ")":
                break
            b -= 1
        while a < b and kinds[a] != "w":
            a += 1
        if a >= b:
            return None
        n = lex.person_prefixes.match(lows, a)
        if n and not lex.plural_person_prefixes.match(lows, a) and a + n < b:
            first = a + n
            if lex.titles.match(lows, first):
                # a title between the address and the name (``đồng chí Thứ trưởng Đoàn
                # Minh Hiếu``): the person, by name, as ``Phó Thủ tướng Trần Hồng Hà``
                # is below; a title alone (``đồng chí Bí thư Chi bộ``) is its holder
                end = ends[b - 1]
                for q in range(first + 1, b):
                    if self.person_at.get(starts[q]) == end and kinds[q - 1] == "w":
                        return starts[q], end, True
                return starts[first], end, False
            known = self.person_at.get(starts[first])
            if known is not None and known <= ends[b - 1]:
                return starts[first], known, True
            q = first
            while q < b and q - first < 5 and kinds[q] == "w" and upper[q]:
                q += 1
            if q - first >= 2:
                return starts[first], ends[q - 1], True
        d = self._degree_chain(a) if lows[a] in lex.name_degrees else 0
        if d and a + d < b:  # ``GS.TS. Vũ Hoàng Linh``: the person, without the degrees
            known = self.person_at[starts[a + d]]
            if known <= ends[b - 1]:
                return starts[a + d], known, True
        start, end = starts[a], ends[b - 1]
        for q in range(a + 1, b):  # ``Phó Thủ tướng Trần Hồng Hà``: the person, by name
            known = self.person_at.get(starts[q])
            if known == end and kinds[q - 1] == "w":
                return starts[q], end, True
        return start, end, False

    def _emit(
        self, lst: _List, role: AssignmentRole, chain_from: int, heading: bool = False,
        cued: bool = False, passive: bool = False,
    ) -> int:
        """Record each actor of ``lst``; returns how many were recorded. ``cued``: a
        cue names them (``giao X``), they are not the sentence's subject; ``passive``:
        the cue is ``do``."""
        if lst.end < self.n:
            task_from = self.ends[lst.end] if heading else self.starts[lst.end]
        else:
            task_from = self.region.end
        count = 0
        after_person = False
        items = self._items(lst)
        spans = [self._actor_span(a, b) for a, b, _ in items]
        shared = self._shared_ends(items, spans)
        for (_, _, sep), span, until in zip(items, spans, shared, strict=True):
            if span is None:
                continue
            start, end, is_person = span
            if until is not None:
                end = until  # ``Hội đồng nhân dân, Ủy ban nhân dân thành phố X``
            if after_person and sep == "," and not is_person:
                continue  # a position listed after a person's name
            after_person = is_person or (after_person and sep == ",")
            self.found.append(_Found(start, end, role, task_from, chain_from, heading,
                                     cued=cued, passive=passive))
            count += 1
        return count

    def _shared_ends(
        self, items: list[tuple[int, int, str]],
        spans: Sequence[tuple[int, int, bool] | None],
    ) -> list[int | None]:
        """For each item of a list, the end of the qualifier it shares (None: its own).

        A bare head (a title or an organ head with nothing after it: ``Giám đốc``,
        ``Hội đồng nhân dân``) followed, after ``,`` or ``và``, by a head of the same kind
        that carries a qualifier (``Thủ trưởng các sở, ban, ngành``, ``Ủy ban nhân dân
        thành phố X``) shares it: its actor runs to that item's end, the text as written
        (``Giám đốc, Thủ trưởng các sở, ban, ngành``), as a colon list's does; the item
        after it keeps its own. A run of bare heads shares the last one's qualifier
        (``HĐND, UBND tỉnh``). Heads that name one organ by themselves (``complete_heads``:
        ``Tỉnh ủy``, ``Chính phủ``) share nothing, and a title naming its office (``Chánh
        Văn phòng``) only the same title's (``office_titles``).
        """
        out: list[int | None] = [None] * len(items)
        lend: tuple[int, int, int] | None = None  # the next item's head (token, length), end
        for idx in range(len(items) - 1, -1, -1):
            a, b, sep = items[idx]
            span = spans[idx]
            head, bare = self._bare_head(a, b) if span is not None and not span[2] else (0, False)
            if not head or span is None:
                lend = None
            elif bare:
                if lend is not None and self._shares(a, head, lend[0], lend[1]):
                    out[idx] = lend[2]
                else:
                    lend = None
            else:
                lend = (a, head, span[1])
            if sep not in (",", "và"):
                lend = None
        return out

    def _bare_head(self, a: int, b: int) -> tuple[int, bool]:
        """Tokens of the title or organ head (not a complete one) the item in tokens ``[a,
        b)`` opens with (0: none), and whether the item is only that head."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        while b > a and kinds[b - 1] != "w":
            b -= 1
        n = max(lex.titles.match(lows, a, b), lex.organ_heads.match(lows, a, b))
        if not n or lex.complete_heads.match(lows, a, b) >= n:
            return 0, False
        return n, b - a == n

    def _shares(self, a: int, n: int, c: int, m: int) -> bool:
        """Whether the bare head of ``n`` tokens at ``a`` shares the qualifier of the head
        of ``m`` tokens at ``c``: both titles or both organ heads, and two titles that name
        their offices only when one is the other with a rank (``Phó``)."""
        lex, lows = self.lex, self.lows
        titles = lex.titles
        if (titles.match(lows, a, a + n) == n) != (titles.match(lows, c, c + m) == m):
            return False
        if titles.match(lows, a, a + n) != n:
            return True  # two organ heads
        offices = lex.office_titles
        if offices.match(lows, a, a + n) != n and offices.match(lows, c, c + m) != m:
            return True
        one, other = lows[a:a + n], lows[c:c + m]
        short, long_ = (one, other) if n <= m else (other, one)
        return long_[len(long_) - len(short):] == short

    # -- the grammar ---------------------------------------------------------------

    def _skip_lead_in(self, k: int) -> int:
        """Skip bullets, inline item markers (``(i)``, ``a)``) and discourse openers."""
        lows, kinds, lex = self.lows, self.kinds, self.lex
        for _ in range(4):
            if k >= self.limit:
                self.need(k)
            if k >= self.n:
                return k
            low, kind = lows[k], kinds[k]
            if kind == "p" and low in _BULLETS:
                k += 1
                continue
            if (
                low == "(" and k + 2 < self.n and lows[k + 2] == ")"
                and _ROMAN_OR_SHORT.fullmatch(lows[k + 1])
            ):
                k += 3
                continue
            if (
                kind == "w" and k + 1 < self.n and lows[k + 1] == ")"
                and _ROMAN_OR_SHORT.fullmatch(low)
            ):
                k += 2
                continue
            n = lex.openers.match(lows, k) if low in self.openers else 0
            if n and k + n < self.n and lows[k + n] == ",":
                k += n + 1
                continue
            n = lex.honorifics.match(lows, k) if low in lex.honorifics.firsts else 0
            if n and k + n < self.n and lows[k + n] != ":" and not (
                    lows[k + n] in lex.named_in.firsts and lex.named_in.match(lows, k + n)):
                # (``Các ông, bà có tên tại Điều 1 chịu trách nhiệm ...``: the persons
                # named are the actor, no honorific before officials)
                k += n
                continue
            break
        return k

    def _colon_ends_topic(self, j: int) -> bool:
        """Does a colon end the sentence's topic after the comma at ``j`` (the topic
        lists several things: ``Về A, B các cấp: ...``), before the sentence ends?"""
        for q in range(j + 1, min(self.n, j + SUBORDINATE_WORDS)):
            low = self.lows[q]
            if low == ":":
                return True
            if self.kinds[q] == "br" or low == ";" or self._sentence_end(q):
                return False
        return False

    def _clause_comma(self, k: int) -> int | None:
        """The comma (or ``thì``) that closes a sentence-initial subordinate clause
        starting at ``k``; the main clause starts after it (``, thì``: after both)."""
        self.need(k + SUBORDINATE_WORDS)
        then = self.lex.then_words
        condition = bool(self.lex.conditions.match(self.lows, k))
        for j in range(k + 1, min(self.n, k + SUBORDINATE_WORDS)):
            low = self.lows[j]
            if self.kinds[j] == "br" or low in (";", ":") or self._sentence_end(j):
                return None
            if condition and self._trouble_ends(j):
                return j - 1  # ``nếu có vướng mắc UBND các xã phản ánh ...``: no comma
            if low == ",":
                if self.lows[k] in self.lex.topic_words and self._colon_ends_topic(j):
                    return None  # ``Về hệ thống Tòa án, Viện kiểm sát các cấp: ...``
                if condition and (self._pairs_nouns(j) or any(
                        self._trouble_ends(m) for m in range(j + 2, min(
                            self.n, j + _PAIR_WORDS + 2)))):
                    continue  # ``nếu có khó khăn, vướng mắc, ...`` (``... vướng mắc Sở Y tế``)
                return j + 1 if j + 1 < self.n and self.lows[j + 1] in then else j
            if low in then and self.kinds[j] == "w":
                return j
        return None

    def _trouble_ends(self, j: int) -> bool:
        """Whether what a condition finds ends right before token ``j`` and a head opens
        there, capitalised or a plural class (``nếu có vướng mắc UBND các xã phản ánh``,
        ``nếu có khó khăn các sở báo cáo``): the writer left out the comma before the
        main clause's subject."""
        return (self.kinds[j] == "w" and self.lex.condition_troubles.ends_at(self.lows, j)
                and self._head_len(j, strict=True) > 0)

    def _opens_unit(self, m: int) -> bool:
        """Whether a cue, chain or heading phrase opens at token ``m`` (the phrase, not
        only its first word: ``phân quyền`` is no ``phân công``)."""
        return self.lows[m] in self.unit_words and any(
            t.match(self.lows, m) for t in _unit_tables(self.lex))

    def _pairs_nouns(self, j: int) -> bool:
        """Whether the comma at token ``j`` parts a short coordination of small words
        inside a condition (``Nếu có khó khăn, vướng mắc, Sở Y tế báo cáo``):
        one to :data:`_PAIR_WORDS` small words, none capitalised, a plural or a word that
        opens a clause or a unit, then another comma. A subject after the comma is
        capitalised or opens with a plural (``Khi có dịch, các đơn vị, địa phương``)."""
        self.need(j + _PAIR_WORDS + 2)
        lows = self.lows
        for m in range(j + 1, min(self.n, j + _PAIR_WORDS + 2)):
            low = lows[m]
            if low == ",":
                return m > j + 1
            if (self.kinds[m] != "w" or self.upper[m] or low in self.clause_words
                    or self._opens_unit(m) or self.lex.plural.match(lows, m)):
                return False
        return False

    def _unit(self, i: int, line_start: bool) -> int | None:
        """Read what a sentence or item starting at ``i`` assigns; the token to resume at."""
        k = self._skip_lead_in(i)
        if k >= self.limit:
            self.need(k)
        if k >= self.n or self._caps_heading(k):
            return None
        chain_from = self.starts[k]
        if k > 1 and self.lows[k - 1] == ":" and (
                self.lex.cues.ends_at(self.lows, k - 1)
                or self.lex.opening_cues.ends_at(self.lows, k - 1)) and self._citizen_sentence(k):
            return None  # ``Cử tri tỉnh X đề nghị: Bộ Tài chính xem xét ...``: a petition
        if self.lows[k] not in self.unit_words:  # no cue, chain or heading word here
            return self._subject(k, chain_from, line_start)
        if self.lex.attendance.match(self.lows, k):
            return self._attendance_end(k)
        n = self.lex.cues.match(self.lows, k)
        if n:
            if self._citizen_sentence(k):
                return k + n  # ``Cử tri kiến nghị: đề nghị Bộ Y tế ...``: their petition
            return self._cue(k, n, chain_from)
        n = self.lex.opening_cues.match(self.lows, k)
        if n and (line_start or self.upper[k] or self._is_first(k)):
            return self._cue(k, n, chain_from)  # ``- Kiến nghị Bộ Tài chính ...``
        n = self.lex.direct_cues.match(self.lows, k)
        if n:
            lst = self._parse_list(k + n, "chain")
            if lst is not None and lst.kind == "marker" and lst.marker in _TASK_MARKERS:
                self.chain_starts.append(chain_from)
                self._emit(lst, "directed", chain_from)
                return self._chain(lst, chain_from, 0)
            return None
        for kind, table in (("lead", self.lex.lead), ("coordinate", self.lex.coordinate)):
            n = table.match(self.lows, k)
            if n:  # ``Chủ trì, phối hợp với Y ...``: the subject is the clause's heading
                implicit = _List(k, k, k, "marker", kind, n)
                labelled = self._labelled(implicit, chain_from)
                if labelled is not None:
                    return labelled
                self.chain_starts.append(chain_from)
                return self._chain(implicit, chain_from, 0)
        n = self.lex.row_labels.match(self.lows, k)
        if n and k + n < self.n and self.lows[k + n] == ":":
            return self._row_label(k, n, chain_from)
        n = self.lex.heading_prefixes.match(self.lows, k)
        if n and (line_start or self._is_first(k)):  # ``Trách nhiệm của Sở Y tế:``
            lst = self._parse_list(k + n, "subject", heading=True)
            if lst is not None and (lst.kind in ("colon", "br", "region") or (
                    lst.kind == "label" and self._named_label(lst)
                    and self._label_task(lst.end))):
                self.chain_starts.append(chain_from)
                self._emit(lst, "responsible", chain_from, heading=True)
                return lst.end + 1
            return None
        return self._subject(k, chain_from, line_start)

    def _bullet_share(self, lst: _List) -> bool:
        """Whether the label ``lst`` is a bullet naming one organ the agency layer read,
        whole, and its colon opens that organ's share in small letters with no task
        word (``- Sở Y tế: công tác giám sát ...``, ``- Sở Công Thương: sản lượng điện
        ...``): its task. Not who attends or what is done (``item_no_duties``)."""
        k, c = lst.start, lst.end
        t = c + 1
        if t >= self.limit:
            self.need(t)
        if (lst.stop != c or t >= self.n or self.kinds[t] != "w" or self.upper[t]
                or not self.lows[t][:1].isalpha()):
            return False
        if self.index.agency_by_end.get(self.ends[c - 1]) != self.starts[k]:
            return False
        text, a = self.text, self.starts[k]
        line = text.rfind("\n", 0, a) + 1
        if text[line:a].strip() not in _SHARE_BULLETS:
            return False
        lex, lows = self.lex, self.lows
        return not any(table.match(lows, t) for table in (
            lex.item_no_duties, lex.person_prefixes, lex.titles, lex.place_classes,
            lex.plural))

    def _named_label(self, lst: _List) -> bool:
        """Whether a label opens with an organ the agency layer found, an organ's head
        (``UBND các huyện``) or an official's title (``Chủ tịch UBND huyện``), not a
        class a policy speaks of (``Đối với hộ nghèo: Hỗ trợ ...``)."""
        k, lex = lst.start, self.lex
        return self.starts[k] in self.agency_at or bool(
            lex.titles.match(self.lows, k, lst.end) or lex.organ_heads.match(
                self.lows, k, lst.end))

    def _label_task(self, c: int) -> bool:
        """Whether the colon at token ``c`` is followed by a task word or a cue
        (``Đối với Chủ tịch UBND huyện: Chỉ đạo UBND xã X thu hồi ...``, an inspection's
        recommendation to the organ the label names)."""
        t = c + 1
        if t >= self.limit:
            self.need(t)
        if self.lows[c] != ":" or t >= self.n or self.kinds[t] != "w":
            return False
        lex, lows = self.lex, self.lows
        return bool(lex.direct_cues.match(lows, t) or lex.cues.match(lows, t)
                    or self._task_after_colon(t))

    def _citizen_asks(self, k: int, cue: int) -> bool:
        """Whether the subject ``[k, cue)`` before a cue is a private citizen (``Ông
        Trần Văn B, trú tại ...``, ``Bà C``): named with a citizen's word and no title
        before the cue. His ``đề nghị`` or ``yêu cầu`` is what he asks of the organ a
        reception notice names, no task the document hands it; an official's (``Ông A,
        Phó Chủ tịch UBND tỉnh yêu cầu ...``) is."""
        lex, lows = self.lex, self.lows
        if not lex.citizen_prefixes.match(lows, k, cue):
            return False
        return not any(lows[q] in lex.titles.firsts and lex.titles.match(lows, q, cue)
                       for q in range(k + 1, cue))

    def _citizen_sentence(self, i: int) -> bool:
        """Whether the sentence holding the cue at ``i`` opens with a private citizen
        as its subject (``Ông B, trú tại thôn 2, xã X, đề nghị ...``): looked for a few
        tokens back only, on a cue's hit."""
        q = i - 1
        lo = max(0, i - _CITIZEN_REACH)
        while q >= lo:
            if self.kinds[q] == "br" or (self.lows[q] in _SENTENCE_END
                                         and self._sentence_end(q)):
                break
            q -= 1
        else:
            if lo > 0:
                return False  # no sentence start near: not a citizen's short request
        k = self._skip_lead_in(q + 1)
        if k < i and self._citizen_asks(k, i):
            return True
        # a petition quoted after its label or an opening quote (``Nội dung kiến nghị:
        # "Cử tri đề nghị Bộ Y tế ...``): the voters' words open there
        lows = self.lows
        for p in range(q + 1, i - 1):
            if lows[p] in _QUOTE_OPENERS and lows[p + 1] in self.lex.citizen_prefixes.firsts:
                k = self._skip_lead_in(p + 1)
                if k < i and self._citizen_asks(k, i):
                    return True
        return False

    def _attendance_end(self, k: int) -> int:
        """The token after the sentence that lists who attended, opening at ``k``
        (``Tham dự cuộc họp có ...; đại diện lãnh đạo: Ban ...``): nothing in it is
        read. Its semicolons and colons end no sentence, nor does a line break after
        one of them or a comma (the list goes on in bullets)."""
        j = k + 1
        while True:
            if j >= self.limit:
                self.need(j)
            if j >= self.n:
                return j
            if self.kinds[j] == "br":
                if self.lows[j - 1] not in (":", ";", ","):
                    return j + 1
            elif self.lows[j] in _SENTENCE_END and self._sentence_end(j):
                return j + 1
            j += 1

    def _subject(self, k: int, chain_from: int, line_start: bool) -> int | None:
        """A sentence or item whose subject starts at ``k`` (``Sở Y tế kiểm tra ...``)."""
        lst = self._parse_list(k, "subject")
        if lst is None:
            return None
        lst = open_task(self, k, lst) or lst  # ``UBND các huyện cắt điện ...``
        if lst.kind == "marker":
            if lst.marker == "cue":
                if self._citizen_asks(k, lst.end):
                    return lst.end + lst.mlen  # ``Ông B đề nghị UBND huyện ...``: a request
                return self._cue(lst.end, lst.mlen, chain_from)
            if lst.marker in ("report", "weak") and not self._asks_comments(lst):
                return lst.end  # ``Bộ Y tế đã ...``, ``Báo X ngày ...``: a report
            if self._reported(lst):
                return lst.end  # ``các tổ chức quan tâm đã gửi hồ sơ``: a report
            labelled = self._labelled(lst, chain_from)
            if labelled is None:  # ``Cơ quan chủ trì thực hiện: X``: the name took the role
                labelled = self._role_label(lst, chain_from)
            if labelled is not None:
                return labelled
            if lst.marker == "task" and self._field_value(lst.end):
                return lst.end  # ``3. Chủ đầu tư xây dựng hạ tầng: Công ty X.``: a field
            self.chain_starts.append(chain_from)
            emitted = len(self.found)
            self._emit(lst, "responsible", chain_from)
            resume = self._chain(lst, chain_from, 0)
            self._set_head_role(emitted, lst)
            return resume
        if lst.kind == "label":
            labelled = self._role_label(lst, chain_from)
            if labelled is not None:
                return labelled
        # a bullet's share with no task word (``- Sở Y tế: công tác ...``) is its own
        # sentence, not a heading over items
        share = False
        if (lst.kind == "colon" and (line_start or self._is_first(k))) or (
            lst.kind == "label" and (line_start or self._is_first(k))
            and (lst.words <= HEADING_WORDS
                 or (lst.words <= LONG_HEADING_WORDS and self._named_person(k)))
            and self._head_len(k, strict=True) and (
                self._task_after(lst.end + 1) or self._task_after_colon(lst.end + 1)
                or (share := self._bullet_share(lst)))
        ):  # ``1. Sở Y tế:`` then its task, on the next line or after the colon; so
            # too an item of a list (``- Sở Tài chính: Bố trí kinh phí ...``)
            self.chain_starts.append(chain_from)
            self._emit(lst, "responsible", chain_from, heading=not share)
            return lst.end + 1
        if (
            lst.kind in ("br", "region") and self._is_first(k)
            and lst.words <= LONG_HEADING_WORDS and self._head_len(k, strict=True)
            and (lst.kind == "br" or self.region.subtree_end > self.region.end)
        ):  # ``1. Sở Tư pháp`` and then its items (a clause that is only an organ and
            # has no items is a member of a list: ``Đối tượng áp dụng`` / ``a) Sở Y tế;``)
            self.chain_starts.append(chain_from)
            emitted = len(self.found)
            self._emit(lst, "responsible", chain_from, heading=True)
            if lst.words > HEADING_WORDS:
                for f in self.found[emitted:]:
                    f.needs_items = True
            if lst.kind == "br" and self.kinds[lst.end] == "w":
                # the organ's line ended the list (no break token: a single line
                # break): its next line is a unit of its own (``Chủ trì, phối hợp
                # với ...``), read now, as a bullet would have made it
                return self._unit(lst.end + 1, True) or lst.end + 1
            return lst.end
        return None

    def _asks_comments(self, lst: _List) -> bool:
        """Whether the report word ending the subject ``lst`` asks for comments: a
        clause's ``Các sở, ngành có ý kiến góp ý ... gửi Sở Tài chính trước ngày ...``
        says where to send them (a meeting's ``Sở Y tế có ý kiến về ...`` reports, and so
        does a preamble's ``Bộ X có ý kiến tại Công văn số 12/BX ... gửi ...``, whose
        number the sentence holds)."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        if lst.marker != "report" or lex.comment_reports.match(lows, lst.end) != lst.mlen:
            return False
        q = lst.end + lst.mlen
        stop = q + _COMMENT_REACH
        self.need(stop)
        stop = min(stop, self.n)
        while q < stop:
            low = lows[q]
            if kinds[q] == "br" or low == ";" or low[:1].isdigit() or (
                    low in _SENTENCE_END and self._sentence_end(q)):
                return False
            if low in lex.comment_sends:
                return True
            q += 1
        return False

    def _field_value(self, j: int) -> bool:
        """Whether the words from the task word at ``j`` run, within
        :data:`_FIELD_WORDS` words, to a colon whose value is an organ or a person
        filling the rest of its line: a form's field (``3. Chủ đầu tư xây dựng hạ tầng
        kỹ thuật: Công ty cổ phần X.``, ``Đơn vị tổ chức thực hiện: Sở Y tế``) names who
        holds a role in what the form describes; the words before the colon are its
        label, no task."""
        self.need(j + _FIELD_WORDS + 1)
        stop = min(self.n, j + _FIELD_WORDS + 1)
        kinds, lows = self.kinds, self.lows
        q = j
        while q < stop and kinds[q] == "w":
            q += 1
        if q + 1 >= self.n or lows[q] != ":" or (
                self.text.find("\n", self.ends[j], self.starts[q]) >= 0):
            return False  # no colon on the label's line
        at = self.starts[q + 1]
        end = self.agency_at.get(at) or self.person_at.get(at)
        if end is None:
            return False
        line_end = self.text.find("\n", end)
        rest = self.text[end:line_end if line_end >= 0 else len(self.text)]
        return not rest.strip(" \t.;,*_")

    def _named_person(self, k: int) -> bool:
        """Whether the phrase at ``k`` is a person named after the word introducing him
        (``Đại tá Trần Văn B``, ``Đồng chí Lê Thị C``) that the persons layer read: a
        member's line lists his offices before his role's colon (``Đại tá B, Chỉ huy
        trưởng Bộ Chỉ huy Quân sự tỉnh, Ủy viên: phụ trách ...``), longer than an
        organ's heading may be, yet still only the person."""
        lex = self.lex
        n = lex.person_prefixes.match(self.lows, k)
        if not n or lex.plural_person_prefixes.match(self.lows, k):
            return False
        self.need(k + n)
        return k + n < self.n and self.starts[k + n] in self.person_at

    def _row_label(self, k: int, n: int, chain_from: int) -> int | None:
        """``Trách nhiệm chỉ đạo thực hiện: Đảng ủy X.`` after a plan's item: the actors
        of the item the row ends (its text before the row is their task), who lead it
        when the label says so (``chủ trì``, ``chỉ đạo``) or coordinate (``phối hợp``)."""
        lex, lows = self.lex, self.lows
        role: AssignmentRole = "responsible"
        for q in range(k, k + n):
            if lex.coordinate.match(lows, q):
                role = "coordinate"
                break
            if lex.lead.match(lows, q) or lex.direct.match(lows, q):
                role = "lead"
        sub = self._parse_list(k + n + 1, "cue")
        if sub is not None and sub.kind in ("marker", "label"):
            sub = self._next_label(sub)
        if sub is None or sub.kind in ("label", "limit", "colon") or (
                sub.kind == "marker" and sub.marker in ("lead", "coordinate")):
            # (``Trách nhiệm: Sở Y tế chủ trì, phối hợp với ...``: a sentence of its
            # own after the colon, read as such, its roles in its words)
            return k + n + 1
        self.chain_starts.append(chain_from)
        first = len(self.found)
        self._emit(sub, role, chain_from)
        for f in self.found[first:]:  # the task is the item the row ends
            f.task_span = (self.region.start, chain_from)
        return sub.end

    def _reported(self, lst: _List) -> bool:
        """Whether a past-tense word follows the task word that ended the subject ``lst``
        (``các tổ chức quan tâm đã gửi hồ sơ``): the word qualified the subject, and the
        sentence reports what was done."""
        if lst.marker != "task":
            return False
        p = lst.end + lst.mlen
        self.need(p + 2)
        if p < self.n and self.lows[p] in self.lex.shortfalls:
            return True  # ``... thực hiện chưa đúng quy trình``: how it was done, judged
        return any(q < self.n and self.kinds[q] == "w" and self.lows[q] in self.lex.past_words
                   for q in (p, p + 1))

    def _role_label(self, lst: _List, chain_from: int) -> int | None:
        """``Cơ quan chủ trì: Sở Tư pháp``: a label whose role word the name protects
        (``cơ quan chủ trì`` names a lead agency in running text) read as a table label."""
        lows = self.lows
        n = self.lex.label_subjects.match(lows, lst.start)
        if not n:
            return None
        m = lst.start + n
        for kind, table in (("lead", self.lex.lead), ("coordinate", self.lex.coordinate)):
            length = table.match(lows, m)
            if length and m + length <= lst.end:  # (``Cơ quan chủ trì thực hiện:``)
                return self._labelled(_List(lst.start, m, m, "marker", kind, length), chain_from)
        return None

    def _next_label(self, sub: _List) -> _List:
        """The actors of a label cut before the next label on the same line
        (``Đơn vị chủ trì: Sở Tư pháp; đơn vị phối hợp: Sở Nội vụ``, ``...; thời gian
        hoàn thành: tháng 12/2025``), which the list would otherwise run into, its role
        word read as the first label's task, or its colon leaving no actor at all."""
        lows, lex = self.lows, self.lex
        for q in range(sub.stop - 1, sub.start, -1):
            if lows[q] == ";":
                r = q + 2 if self.kinds[q + 1] == "p" and lows[q + 1] in _BULLETS else q + 1
                m = r + lex.label_subjects.match(lows, r)
                if m > r and sub.kind == "label":  # the role word protected by the name
                    m += lex.lead.match(lows, m) or lex.coordinate.match(lows, m)
                if (m > r and m == sub.stop) or self._field_after(r):
                    return _List(sub.start, q, q, "stop", words=sub.words)
                break
            if lows[q] in _FIELD_OPENERS and self._field_mark(q) and (
                    self._plan_label(q + 1) or self._field_after(q + 1)):
                # ``Chủ trì: Sở Nội vụ, phối hợp: Sở Tư pháp``, ``... - Thời gian: ...``
                return _List(sub.start, q, q, "stop", words=sub.words)
        return sub

    def _field_after(self, k: int) -> bool:
        """Does another field of a plan's row open at ``k``, after a ``;`` (``thời gian
        hoàn thành: ...``, ``kinh phí: ...``): a few words and a colon, and no organ?"""
        return (self.kinds[k] == "w" and self._label_at(k)
                and not self._head_len(k, strict=False))

    def _labelled(self, lst: _List, chain_from: int) -> int | None:
        """``Đơn vị chủ trì: Sở Tư pháp``, ``Phối hợp: ...``: the actors follow the colon."""
        lows, kinds = self.lows, self.kinds
        if lst.stop > lst.start and (
            self.lex.label_subjects.match(lows, lst.start) < lst.stop - lst.start
        ):
            return None
        self.need(lst.end + lst.mlen + 6)
        for q in range(lst.end + lst.mlen, min(self.n, lst.end + lst.mlen + 6)):
            if lows[q] == ":":
                break
            if kinds[q] != "w":
                return None
        else:
            return None
        sub = self._parse_list(q + 1, "cue")
        if sub is not None and sub.kind in ("marker", "label"):
            sub = self._next_label(sub)
        if sub is None or sub.kind in ("label", "limit", "colon"):
            return q + 1
        if lst.marker == "lead" and lst.stop == lst.start and self._chair(sub.start):
            return sub.end  # ``Chủ trì: Đồng chí X, Phó Chủ tịch``: who presides
        role: AssignmentRole = "responsible"
        if lst.marker == "lead":
            role = "lead"
        elif lst.marker == "coordinate":
            role = "coordinate"
        self.chain_starts.append(chain_from)
        first = len(self.found)
        self._emit(sub, role, chain_from)
        for f in self.found[first:]:  # the task is what the table row is about
            f.task_span = (self.region.start, chain_from)
        return sub.end

    def _chair(self, k: int) -> bool:
        """Whether the list after a bare ``Chủ trì:`` label, opening at token ``k``,
        names a meeting's chair: a person (``Đồng chí X``, ``Ông X``), an official by
        title (``Bộ trưởng X``, ``PCT UBND tỉnh``) or a leadership (``Lãnh đạo UBND
        tỉnh``), a person the persons layer read, bare or after degrees (``Chủ trì:
        PGS.TS. Nguyễn Văn A``). Presiding is no task; a plan's lead organ (``Chủ trì:
        Sở Tư pháp``) is none of these."""
        lex, lows = self.lex, self.lows
        return bool(self.starts[k] in self.person_at
                    or (lows[k] in lex.name_degrees and self._degree_chain(k))
                    or lex.person_prefixes.match(lows, k)
                    or lex.plural_person_prefixes.match(lows, k)
                    or lex.titles.match(lows, k) or lex.abbreviated_titles.match(lows, k)
                    or lex.chair_heads.match(lows, k))

    def _cue(self, i: int, n: int, chain_from: int) -> int | None:
        """The actors handed a task by the cue at ``i`` (``n`` tokens long)."""
        j = i + n
        j += self.lex.after_cue.match(self.lows, j)
        lst = self._parse_list(j, "cue")
        if lst is None:
            return None
        if lst.kind == "marker" and (lst.marker != "report" or lst.mlen in (
                self.lex.report_tasks.match(self.lows, lst.end),
                # ``Yêu cầu đồng chí A chịu trách nhiệm về những sai phạm``: asked for
                self.lex.blame.match(self.lows, lst.end))):
            self.chain_starts.append(chain_from)
            emitted = len(self.found)
            self._emit(lst, "responsible", chain_from, cued=True)
            if lst.marker == "cue":
                return lst.end
            resume = self._chain(lst, chain_from, 0)
            self._set_head_role(emitted, lst)
            return resume
        if lst.kind in ("colon", "br", "region"):
            self.chain_starts.append(chain_from)
            self._emit(lst, "responsible", chain_from, heading=True, cued=True)
            return lst.end
        # no task word before the sentence ends: keep only an organ the agency layer knows
        first = self.starts[lst.start]
        known = self.agency_at.get(first)
        if known is not None and lst.kind in ("stop", "limit", "label"):
            task_from = known
            self.chain_starts.append(chain_from)
            self.found.append(_Found(first, known, "responsible", task_from, chain_from))
            return lst.start + 1
        return None

    def _set_head_role(self, emitted: int, lst: _List) -> None:
        """Lead for ``X chủ trì`` and for ``X [chủ động] chỉ đạo Y`` (when a Y was found)."""
        guides = bool(lst.mlen) and self.lex.guide.match(self.lows, lst.end) == lst.mlen
        lead = lst.marker == "lead" or (not guides and any(
            f.role == "directed" for f in self.found[emitted:]))
        if not lead:
            return
        for f in self.found[emitted:]:
            if f.role == "responsible":
                f.role = "lead"

    def _chain(self, lst: _List, chain_from: int, depth: int) -> int:
        """Follow ``chủ trì, phối hợp với Y`` / ``chỉ đạo Y`` after an actor list."""
        lex, lows, kinds, upper = self.lex, self.lows, self.kinds, self.upper
        resume = lst.end + max(lst.mlen, 1)
        if depth >= MAX_CHAIN or lst.kind != "marker":
            return resume
        p = lst.end + lst.mlen
        if p + self.chain_ahead >= self.limit:
            self.need(p + self.chain_ahead)
        link: tuple[str, int] | None = None
        if lst.marker in ("lead", "coordinate", "direct"):
            q = p
            if lst.marker == "lead":
                if q < self.n and lows[q] == ",":
                    q += 1
                n = lex.coordinate.match(lows, q)
                link = ("coordinate", q + n) if n else None
            else:
                link = (lst.marker, p)
        elif lst.mlen and lex.guide.match(lows, lst.end) == lst.mlen:
            link = ("guide", p)  # ``X hướng dẫn Y thực hiện ...``
        else:
            direct, coordinate = lex.direct, lex.coordinate
            for q in range(p, min(self.n, p + 3)):
                if kinds[q] != "w" or upper[q]:
                    break
                low = lows[q]
                n = direct.match(lows, q) if low in direct.firsts else 0
                if n and lex.direct_nouns.match(lows, q) == n:
                    n = 0  # ``bố trí lãnh đạo tỉnh tiếp đoàn``: a noun after a task word
                if n:
                    link = ("direct", q + n)
                    break
                n = coordinate.match(lows, q) if low in coordinate.firsts else 0
                if n:
                    link = ("coordinate", q + n)
                    break
        if link is None:
            return resume
        kind, q = link
        if kind == "coordinate":
            for _ in range(3):
                n = lex.coordinate_adverbs.match(lows, q)
                if not n:
                    break
                q += n
        sub = self._parse_list(q, "chain")
        if sub is None and kind == "coordinate":
            sub = self._parse_list(q, "partner")
        if sub is None:
            return resume
        if kind == "guide":  # the guided actors and their own task, nothing else
            ok = sub.kind == "marker" and sub.marker in _TASK_MARKERS
        else:
            ok = (sub.kind == "marker" and sub.marker not in ("report", "cue")) or (
                sub.kind in ("stop", "br", "region") and sub.words <= SHORT_LIST
            ) or (  # ``chỉ đạo Đảng ủy Chính phủ: Chỉ đạo hoàn thiện ...``: its tasks follow,
                # as after ``chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm ...): ...``
                kind in ("direct", "coordinate") and sub.words <= SHORT_LIST and (
                    sub.kind == "label" or (
                        sub.kind == "colon" and upper[sub.start]))  # ``chỉ đạo Sở Y tế:``
            )
        if not ok:
            return resume
        role: AssignmentRole = "coordinate" if kind == "coordinate" else "directed"
        self._emit(sub, role, chain_from)
        return max(resume, self._chain(sub, chain_from, depth + 1))
