"""Assignments: who must do what, in which clause, by when.

Directive documents hand out tasks in a few fixed shapes, all read here from
word lists in ``grammar/data/assignments.toml``:

* a cue before the actor: ``Giao X ...``, ``Đề nghị X ...``, ``..., giao X chủ trì``;
  a subject in front of the cue is the one who asks (``Thủ tướng Chính phủ yêu
  cầu X ...``: X acts, the Prime Minister does not);
* a subject that opens a sentence or a clause, followed by a task word:
  ``Sở Y tế kiểm tra, rà soát ...``, ``X chịu trách nhiệm ...``, or alone before
  a colon that heads the clause's items (``2. Bộ Nông nghiệp và Môi trường:``);
* chains after an actor: ``X chủ trì, phối hợp với Y`` (Y coordinates),
  ``X chỉ đạo Y ...`` (X leads, Y is directed and does the work).

An actor phrase runs from its head (an organ, a position, a person, a class such
as ``các Bộ, ngành``) to the first lower-case task word; a list of actors splits
where a new head starts (``Đảng ủy Bộ Y tế, Đảng ủy Bộ Giáo dục và Đào tạo``),
never inside an organ name the agency layer found, and a colon list stays whole
(``Các Bộ: Quốc phòng, Công an``). A person introduced by ``đồng chí`` is named
by the name, not by the positions listed after it.

The scan reads each clause's own text and the preamble once, token by token;
the closing paragraph (which addresses the whole document) is not read.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from vbcd.extract.assignment_lexicon import Lexicon, Token, lexicon, tokenize
from vbcd.models import Assignment, AssignmentRole, Deadline, Document
from vbcd.normalize import fold_tones
from vbcd.pipeline import Context

#: Words an actor list may hold between two semicolons before the scan gives up on it.
MAX_WORDS = 45
#: Words an actor list may hold in all.
MAX_LIST_WORDS = 100
#: Links followed in one chain (``X chỉ đạo Y phối hợp với Z ...``).
MAX_CHAIN = 4
#: Length bound of the task text.
TASK_CHARS = 300
#: Words a list may hold when it ends without a task word (``phối hợp với Sở Y tế.``).
SHORT_LIST = 10
#: Words of a clause heading that is only an actor (``1. Sở Tư pháp`` then its items).
HEADING_WORDS = 15
#: Tokens a sentence-initial subordinate clause may span before its comma.
SUBORDINATE_WORDS = 40

_BULLETS = frozenset("-+•*–")
#: Markers that open a task (not a report, a preposition or another cue).
_TASK_MARKERS = frozenset({"lead", "coordinate", "direct", "responsible", "task"})
_SENTENCE_END = frozenset(".!?")
_UNIT_END = frozenset(";:")
_SPACES = regex.compile(r"\s+")
_ROMAN_OR_SHORT = regex.compile(r"(?:[ivxlc]{1,5}|\d{1,3}|[a-zđ])", regex.IGNORECASE)


def find_assignments(ctx: Context) -> list[Assignment]:
    """Pipeline entry point: the assignments of ``ctx.doc`` (read on ``ctx.match``)."""
    return extract_assignments(ctx.doc, ctx.match)


def extract_assignments(doc: Document, match: str | None = None) -> list[Assignment]:
    """Assignments of a parsed document (its clauses, agencies, persons, deadlines).

    ``match`` is the tone-folded copy of ``doc.text`` (computed when omitted).
    Never raises for damaged input: a stretch that does not parse adds nothing.
    """
    if match is None or len(match) != len(doc.text):
        match = fold_tones(doc.text)
    found: list[Assignment] = []
    seen: set[tuple[int, int]] = set()
    index = _DocIndex.build(doc)
    for region in _regions(doc):
        scanner = _RegionScanner(doc, match, region, lexicon(), index)
        for item in scanner.scan():
            if (item.start, item.end) in seen:
                continue
            seen.add((item.start, item.end))
            found.append(item)
    found.sort(key=lambda a: (a.start, a.end))
    return found


# --- regions --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Region:
    """A stretch read as one: a clause's own text (marker skipped) or the preamble."""

    start: int
    end: int
    subtree_end: int
    path: str


def _regions(doc: Document) -> list[_Region]:
    out: list[_Region] = []
    if doc.preamble is not None and doc.preamble.end > doc.preamble.start:
        p = doc.preamble
        out.append(_Region(p.start, p.end, p.end, ""))
    for clause in doc.iter_clauses():
        start = clause.start
        if doc.text.startswith(clause.marker, start):
            start += len(clause.marker)
        if clause.end > start:
            out.append(_Region(start, clause.end, max(clause.subtree_end, clause.end), clause.path))
    if not out and doc.closing is None and doc.text.strip():
        # no structure was found at all: read the whole text rather than nothing
        out.append(_Region(0, len(doc.text), len(doc.text), ""))
    return out


# --- what the other layers found -------------------------------------------------------


@dataclass(frozen=True)
class _DocIndex:
    """Agency and person mentions and deadlines, sorted once for the whole document.

    Other layers are hints here: an agency mention keeps an organ's name whole
    (``Ban Chỉ đạo ... về phòng, chống dịch``), a person mention gives a name's
    extent, a deadline dates the task written next to it.
    """

    span_starts: list[int]
    span_max_end: list[int]
    agency_at: dict[int, int]
    person_at: dict[int, int]
    deadlines: list[Deadline]
    deadline_starts: list[int]

    @classmethod
    def build(cls, doc: Document) -> _DocIndex:
        spans = sorted(
            (m.start, m.end) for a in doc.agencies for m in a.mentions if m.end > m.start
        )
        agency_at: dict[int, int] = {}
        max_end: list[int] = []
        best = -1
        for start, end in spans:
            agency_at[start] = max(agency_at.get(start, 0), end)
            best = max(best, end)
            max_end.append(best)
        person_at = {m.start: m.end for p in doc.persons for m in p.mentions}
        deadlines = sorted((d for d in doc.deadlines if d.date), key=lambda d: d.start)
        return cls(
            span_starts=[s for s, _ in spans], span_max_end=max_end, agency_at=agency_at,
            person_at=person_at, deadlines=deadlines,
            deadline_starts=[d.start for d in deadlines],
        )

    def inside_agency(self, offset: int) -> bool:
        """Whether ``offset`` lies strictly inside an agency mention."""
        i = bisect_left(self.span_starts, offset) - 1
        return i >= 0 and self.span_max_end[i] > offset

    def deadline_in(self, start: int, end: int) -> str | None:
        """The date of the first deadline starting in ``[start, end)``."""
        i = bisect_left(self.deadline_starts, start)
        if i < len(self.deadlines) and self.deadlines[i].start < end:
            return self.deadlines[i].date
        return None


# --- one region -----------------------------------------------------------------------


@dataclass
class _List:
    """An actor list: tokens ``[start, stop)`` hold the actors, ``end`` is what closed it."""

    start: int
    stop: int
    end: int
    kind: str  # marker | colon | br | stop | label | region | limit
    # lead | coordinate | direct | responsible | task | report | weak | cue
    marker: str | None = None
    mlen: int = 0
    words: int = 0


@dataclass
class _Found:
    start: int
    end: int
    role: AssignmentRole
    task_from: int
    chain_from: int
    heading: bool = False
    task_span: tuple[int, int] | None = None


class _RegionScanner:
    """Reads one region's tokens left to right and collects its assignments."""

    def __init__(
        self, doc: Document, match: str, region: _Region, lex: Lexicon, index: _DocIndex,
    ) -> None:
        self.text = doc.text
        self.region = region
        self.lex = lex
        self.index = index
        self.agency_at = index.agency_at
        self.person_at = index.person_at
        self.toks: list[Token] = tokenize(doc.text, match, region.start, region.end)
        self.n = len(self.toks)
        self.found: list[_Found] = []
        self.chain_starts: list[int] = []
        # task-word tables by kind; ties go to the first (glue and asides before verbs)
        tables = [
            ("glue", lex.glue), ("aside", lex.aside), ("cue", lex.cues), ("lead", lex.lead),
            ("coordinate", lex.coordinate), ("direct", lex.direct),
            ("responsible", lex.responsible), ("report", lex.report), ("task", lex.task),
            ("weak", lex.weak),
        ]
        if not region.path:  # the preamble: ``UBND tỉnh ban hành Quyết định ...`` enacts
            tables.insert(0, ("report", lex.enacting))
        self.marker_tables = tuple(tables)

    # -- token predicates ----------------------------------------------------------

    def _word(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].kind == "w"

    def _inside_agency(self, offset: int) -> bool:
        return self.index.inside_agency(offset)

    def _sentence_end(self, j: int) -> bool:
        tok = self.toks[j]
        if tok.kind == "br":
            return True
        if tok.kind != "p" or tok.low not in _SENTENCE_END:
            return False
        if j + 1 >= self.n:
            return True
        nxt = self.toks[j + 1]
        if nxt.kind == "br" or nxt.low == "/":
            return True
        if nxt.start == tok.end:
            return False
        return nxt.upper or (nxt.kind == "p" and nxt.low not in _SENTENCE_END)

    def _caps_heading(self, k: int) -> bool:
        """Three words in capitals in a row: a heading such as ``I. MỤC ĐÍCH, YÊU CẦU``."""
        words = [t for t in self.toks[k:k + 6] if t.kind == "w"][:3]
        return len(words) == 3 and all(t.caps for t in words)

    def _head_len(self, i: int, strict: bool) -> int:
        """Tokens of an actor head at ``i`` (0: none).

        ``strict`` is the test for a new item inside a list: there a head must
        be capitalised (``, Sở Tài chính``) or be a plural class (``, các
        đoàn thể``), so that ``các tỉnh, thành phố`` stays one actor.
        """
        if not self._word(i):
            return 0
        lex, toks = self.lex, self.toks
        tok = toks[i]
        best = 0
        n = lex.person_prefixes.match(toks, i)
        if n and self._word(i + n) and toks[i + n].upper:
            best = max(best, n + 1)
        n = lex.plural_person_prefixes.match(toks, i)
        if n:
            best = max(best, n)
        n = lex.plural.match(toks, i)
        if n:
            m = lex.class_nouns.match(toks, i + n)
            if m and lex.not_actors.match(toks, i + n) < m:
                best = max(best, n + m)
        n = lex.titles.match(toks, i)
        if n and (tok.upper or not strict or lex.lower_split_titles.match(toks, i)):
            best = max(best, n)
        n = lex.organ_heads.match(toks, i)
        if n and (tok.upper or tok.caps or not strict or n > 2):
            best = max(best, n)
        n = lex.ambiguous_heads.match(toks, i)
        if n and (tok.upper or not strict) and self._word(i + n):
            if toks[i + n].upper:
                best = max(best, n + 1)
            else:  # ``lãnh đạo các Bộ``
                p = lex.plural.match(toks, i + n)
                m = lex.class_nouns.match(toks, i + n + p) if p else 0
                if m:
                    best = max(best, n + p + m)
        n = lex.capital_heads.match(toks, i)
        if n and tok.upper:
            best = max(best, n)
        if not strict:
            best = max(best, lex.generic_heads.match(toks, i))
        if not best and tok.start in self.agency_at and tok.upper:
            best = 1
        if best and lex.not_actors.match(toks, i) >= best:
            return 0
        return best

    def _marker_at(self, j: int) -> tuple[str, int]:
        """The longest task word at ``j`` and its kind (``("", 0)``: none)."""
        best = ("", 0)
        for kind, table in self.marker_tables:
            n = table.match(self.toks, j)
            if n > best[1]:
                best = (kind, n)
        return best

    def _protected(self, j: int, kind: str) -> bool:
        """A lower-case task word that belongs to a name (``Ban chỉ đạo``, an agency mention).

        The organ word must open the name: ``phòng`` in ``Bộ Quốc phòng`` is the
        tail of a capitalised name and protects nothing. Words that only open a
        task (``chủ trì``, ``phối hợp``, ``chịu trách nhiệm``) are never part of a
        name, whatever the agency layer's span says.
        """
        toks = self.toks
        n = self.lex.name_before_verb.length_before(toks, j)
        if n:
            first = j - n
            before = first - 1
            if (
                toks[first].upper or before < 0 or not toks[before].upper
                or self.lex.plural.match(toks, before)
            ):
                return True
        if kind in ("task", "weak", "report"):
            return self._inside_agency(toks[j].start)
        return False

    # -- actor lists ---------------------------------------------------------------

    def _colon_list(self, j: int) -> bool:
        """Whether the colon at ``j`` opens a distributive list (``các Bộ: Y tế, ...``)."""
        lex, toks = self.lex, self.toks
        if not (self._word(j + 1) and toks[j + 1].upper):
            return False
        if lex.person_prefixes.match(toks, j + 1) or lex.titles.match(toks, j + 1):
            return False
        if lex.titles.ends_at(toks, j):
            return True
        if not lex.class_nouns.ends_at(toks, j):
            return False
        return any(lex.plural.match(toks, q) for q in range(max(0, j - 5), j))

    def _parse_list(self, k: int, mode: str) -> _List | None:
        """The actor list starting at ``k`` and what ends it; None without a head at ``k``."""
        head = self._head_len(k, strict=False)
        if not head:
            return None
        toks = self.toks
        j = k + head
        words = head
        segment = head
        aside: int | None = None
        while j < self.n:
            tok = toks[j]
            if tok.kind == "br":
                return _List(k, aside or j, j, "br", words=words)
            if tok.kind == "p":
                if tok.low in _SENTENCE_END and self._sentence_end(j):
                    return _List(k, aside or j, j, "stop", words=words)
                if tok.low == ":":
                    nxt = j + 1
                    if nxt >= self.n or toks[nxt].kind == "br" or toks[nxt].low == "(":
                        return _List(k, aside or j, j, "colon", words=words)
                    if self._colon_list(j):
                        j += 1
                        continue
                    return _List(k, aside or j, j, "label", words=words)
                if tok.low == "(":
                    close = self._close_paren(j)
                    j = close + 1 if close else j + 1
                    continue
                if tok.low == ";":
                    segment = 0
                j += 1
                continue
            if not tok.upper and not tok.caps and not self.lex.plural.ends_at(toks, j):
                kind, length = self._marker_at(j)
                if kind and self._protected(j, kind):
                    kind = ""
                if kind == "cue" and self.lex.cue_blockers.ends_at(toks, j):
                    kind = ""  # ``Bộ Ngoại giao``, ``được giao``
                if kind == "glue":
                    j += length
                    words += length
                    continue
                if kind == "aside":
                    if aside is None:
                        aside = j
                    j += length
                    continue
                if kind and self._enumerated(j, length):
                    kind = ""
                if kind:
                    return _List(k, aside or j, j, "marker", kind, length, words)
            words += 1
            segment += 1
            if segment > MAX_WORDS or words > MAX_LIST_WORDS:
                return _List(k, aside or j, j, "limit", words=words)
            j += 1
        return _List(k, aside or self.n, self.n, "region", words=words)

    def _enumerated(self, j: int, length: int) -> bool:
        """A task word that is a list member here, not the start of the task.

        Between commas it is a noun of an enumeration (``cơ quan, tổ chức, cá
        nhân``); after a separator it may start the next actor (``... và lãnh
        đạo các Bộ``).
        """
        toks, lex = self.toks, self.lex
        if j <= 0:
            return False
        after_sep = toks[j - 1].low in (",", ";") or lex.conjunctions.ends_at(toks, j)
        if not after_sep:
            return False
        if lex.list_nouns.match(toks, j) == length:
            return True
        if j + length < self.n and toks[j + length].low == "," and toks[j - 1].low == ",":
            return True
        return self._head_len(j, strict=True) > 0

    def _close_paren(self, j: int) -> int | None:
        for q in range(j + 1, min(self.n, j + 30)):
            low = self.toks[q].low
            if low == ")":
                return q
            if self.toks[q].kind == "br" or low in "(;":
                return None
        return None

    def _items(self, lst: _List) -> list[tuple[int, int, str]]:
        """Split an actor list into items ``(first, end, separator)`` at new heads."""
        toks, lex = self.toks, self.lex
        items: list[tuple[int, int, str]] = []
        cur, sep = lst.start, ""
        colon = False
        i = lst.start + 1
        while i < lst.stop:
            tok = toks[i]
            if tok.low == "(":
                close = self._close_paren(i)
                if close is not None:
                    i = close + 1
                    continue
            if tok.low == ":":
                colon = True
            split_sep = ""
            nxt = i + 1
            if tok.low == ";":
                colon = False
                split_sep = ";"
            elif tok.low == "," and not colon:
                split_sep = ","
            elif tok.kind == "w" and not colon and lex.conjunctions.match(toks, i) == 1:
                split_sep = "và"
            if split_sep and nxt < lst.stop and not self._inside_agency(toks[nxt].start):
                strict = split_sep != ";"
                if self._head_len(nxt, strict=strict):
                    items.append((cur, i, sep))
                    cur, sep = nxt, split_sep
            i += 1
        items.append((cur, lst.stop, sep))
        return items

    def _actor_span(self, a: int, b: int) -> tuple[int, int, bool] | None:
        """Character span of the actor in tokens ``[a, b)``, and whether it is a person."""
        toks, lex = self.toks, self.lex
        for q in range(a + 1, b):  # an aside or a footnote mark in brackets is not the actor
            if toks[q].low in ("(", "["):
                b = q
                break
        while b > a and (toks[b - 1].kind != "w" or lex.conjunctions.match(toks, b - 1) == 1):
            if toks[b - 1].low == ")":
                break
            b -= 1
        while a < b and toks[a].kind != "w":
            a += 1
        if a >= b:
            return None
        n = lex.person_prefixes.match(toks, a)
        if n and not lex.plural_person_prefixes.match(toks, a) and a + n < b:
            first = a + n
            if lex.titles.match(toks, first):
                return toks[first].start, toks[b - 1].end, False
            known = self.person_at.get(toks[first].start)
            if known is not None and known <= toks[b - 1].end:
                return toks[first].start, known, True
            q = first
            while q < b and q - first < 5 and toks[q].kind == "w" and toks[q].upper:
                q += 1
            if q - first >= 2:
                return toks[first].start, toks[q - 1].end, True
        start, end = toks[a].start, toks[b - 1].end
        for q in range(a + 1, b):  # ``Phó Thủ tướng Trần Hồng Hà``: the person, by name
            known = self.person_at.get(toks[q].start)
            if known == end and toks[q - 1].kind == "w":
                return toks[q].start, end, True
        return start, end, False

    def _emit(
        self, lst: _List, role: AssignmentRole, chain_from: int, heading: bool = False
    ) -> int:
        """Record each actor of ``lst``; returns how many were recorded."""
        if lst.end < self.n:
            tok = self.toks[lst.end]
            task_from = tok.end if heading else tok.start
        else:
            task_from = self.region.end
        count = 0
        after_person = False
        for a, b, sep in self._items(lst):
            span = self._actor_span(a, b)
            if span is None:
                continue
            start, end, is_person = span
            if after_person and sep == "," and not is_person:
                continue  # a position listed after a person's name
            after_person = is_person or (after_person and sep == ",")
            self.found.append(_Found(start, end, role, task_from, chain_from, heading))
            count += 1
        return count

    # -- the grammar ---------------------------------------------------------------

    def _skip_lead_in(self, k: int) -> int:
        """Skip bullets, inline item markers (``(i)``, ``a)``) and discourse openers."""
        toks, lex = self.toks, self.lex
        for _ in range(4):
            if k >= self.n:
                return k
            tok = toks[k]
            if tok.kind == "p" and tok.low in _BULLETS:
                k += 1
                continue
            if (
                tok.low == "(" and k + 2 < self.n and toks[k + 2].low == ")"
                and _ROMAN_OR_SHORT.fullmatch(toks[k + 1].low)
            ):
                k += 3
                continue
            if (
                tok.kind == "w" and k + 1 < self.n and toks[k + 1].low == ")"
                and _ROMAN_OR_SHORT.fullmatch(tok.low)
            ):
                k += 2
                continue
            n = lex.openers.match(toks, k)
            if n and k + n < self.n and toks[k + n].low == ",":
                k += n + 1
                continue
            break
        return k

    def scan(self) -> list[Assignment]:
        starts = self._unit_starts()
        i = 0
        line_starts = {k for k, line in starts.items() if line}
        while i < self.n:
            if i in starts:
                nxt = self._unit(i, i in line_starts)
                if nxt is not None and nxt > i:
                    i = nxt
                    continue
            tok = self.toks[i]
            if tok.kind == "w" and not tok.upper:
                n = self.lex.cues.match(self.toks, i)
                if n and not self.lex.cue_blockers.ends_at(self.toks, i):
                    nxt = self._cue(i, n, self.toks[i].start)
                    if nxt is not None and nxt > i:
                        i = nxt
                        continue
            i += 1
        return self._records()

    def _unit_starts(self) -> dict[int, bool]:
        """Token indices where a sentence, an item or a line starts (value: a line start)."""
        starts: dict[int, bool] = {0: True}
        for j, tok in enumerate(self.toks):
            if tok.kind == "br":
                starts[j + 1] = True
            elif tok.kind == "p" and (tok.low in _UNIT_END or self._sentence_end(j)):
                if tok.low == ":" and self._colon_list(j):
                    continue  # ``các Bộ: Y tế, ...`` goes on
                starts.setdefault(j + 1, False)
        for k in sorted(starts):  # ``Khi phát hiện ca bệnh, Chủ tịch UBND cấp xã ...``
            first = self._skip_lead_in(k)
            if first < self.n and self.lex.subordinators.match(self.toks, first):
                comma = self._clause_comma(first)
                if comma is not None:
                    starts.setdefault(comma + 1, False)
        return {k: v for k, v in starts.items() if k < self.n}

    def _clause_comma(self, k: int) -> int | None:
        """The comma that closes a sentence-initial subordinate clause starting at ``k``."""
        for j in range(k + 1, min(self.n, k + SUBORDINATE_WORDS)):
            tok = self.toks[j]
            if tok.kind == "br" or tok.low in (";", ":") or self._sentence_end(j):
                return None
            if tok.low == ",":
                return j
        return None

    def _unit(self, i: int, line_start: bool) -> int | None:
        """Read what a sentence or item starting at ``i`` assigns; the token to resume at."""
        k = self._skip_lead_in(i)
        if k >= self.n or self._caps_heading(k):
            return None
        chain_from = self.toks[k].start
        n = self.lex.cues.match(self.toks, k)
        if n:
            return self._cue(k, n, chain_from)
        n = self.lex.direct_cues.match(self.toks, k)
        if n:
            lst = self._parse_list(k + n, "chain")
            if lst is not None and lst.kind == "marker" and lst.marker in _TASK_MARKERS:
                self.chain_starts.append(chain_from)
                self._emit(lst, "directed", chain_from)
                return self._chain(lst, chain_from, 0)
            return None
        for kind, table in (("lead", self.lex.lead), ("coordinate", self.lex.coordinate)):
            n = table.match(self.toks, k)
            if n:  # ``Chủ trì, phối hợp với Y ...``: the subject is the clause's heading
                implicit = _List(k, k, k, "marker", kind, n)
                labelled = self._labelled(implicit, chain_from)
                if labelled is not None:
                    return labelled
                self.chain_starts.append(chain_from)
                return self._chain(implicit, chain_from, 0)
        heading = line_start or k == self._skip_lead_in(0)
        n = self.lex.heading_prefixes.match(self.toks, k)
        if n and heading:  # ``Trách nhiệm của Sở Y tế:``
            lst = self._parse_list(k + n, "subject")
            if lst is not None and lst.kind in ("colon", "br", "region"):
                self.chain_starts.append(chain_from)
                self._emit(lst, "responsible", chain_from, heading=True)
                return lst.end + 1
            return None
        lst = self._parse_list(k, "subject")
        if lst is None:
            return None
        if lst.kind == "marker":
            if lst.marker == "cue":
                return self._cue(lst.end, lst.mlen, chain_from)
            if lst.marker in ("report", "weak"):
                return lst.end  # ``Bộ Y tế đã ...``, ``Báo X ngày ...``: a report
            labelled = self._labelled(lst, chain_from)
            if labelled is not None:
                return labelled
            self.chain_starts.append(chain_from)
            emitted = len(self.found)
            self._emit(lst, "responsible", chain_from)
            resume = self._chain(lst, chain_from, 0)
            self._set_head_role(emitted, lst)
            return resume
        if lst.kind == "colon" and heading:
            self.chain_starts.append(chain_from)
            self._emit(lst, "responsible", chain_from, heading=True)
            return lst.end + 1
        if (
            lst.kind in ("br", "region") and k == self._skip_lead_in(0)
            and lst.words <= HEADING_WORDS and self._head_len(k, strict=True)
        ):  # ``1. Sở Tư pháp`` and then its items
            self.chain_starts.append(chain_from)
            self._emit(lst, "responsible", chain_from, heading=True)
            return lst.end
        return None

    def _labelled(self, lst: _List, chain_from: int) -> int | None:
        """``Đơn vị chủ trì: Sở Tư pháp``, ``Phối hợp: ...``: the actors follow the colon."""
        toks = self.toks
        if lst.stop > lst.start and (
            self.lex.label_subjects.match(toks, lst.start) < lst.stop - lst.start
        ):
            return None
        for q in range(lst.end + lst.mlen, min(self.n, lst.end + lst.mlen + 6)):
            if toks[q].low == ":":
                break
            if toks[q].kind != "w":
                return None
        else:
            return None
        sub = self._parse_list(q + 1, "cue")
        if sub is None or sub.kind in ("label", "limit", "colon"):
            return q + 1
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

    def _cue(self, i: int, n: int, chain_from: int) -> int | None:
        """The actors handed a task by the cue at ``i`` (``n`` tokens long)."""
        j = i + n
        j += self.lex.after_cue.match(self.toks, j)
        lst = self._parse_list(j, "cue")
        if lst is None:
            return None
        if lst.kind == "marker" and lst.marker != "report":
            self.chain_starts.append(chain_from)
            emitted = len(self.found)
            self._emit(lst, "responsible", chain_from)
            if lst.marker == "cue":
                return lst.end
            resume = self._chain(lst, chain_from, 0)
            self._set_head_role(emitted, lst)
            return resume
        if lst.kind in ("colon", "br", "region"):
            self.chain_starts.append(chain_from)
            self._emit(lst, "responsible", chain_from, heading=True)
            return lst.end
        # no task word before the sentence ends: keep only an organ the agency layer knows
        first = self.toks[lst.start]
        known = self.agency_at.get(first.start)
        if known is not None and lst.kind in ("stop", "limit", "label"):
            task_from = known
            self.chain_starts.append(chain_from)
            self.found.append(_Found(first.start, known, "responsible", task_from, chain_from))
            return lst.start + 1
        return None

    def _set_head_role(self, emitted: int, lst: _List) -> None:
        """Lead for ``X chủ trì`` and for ``X [chủ động] chỉ đạo Y`` (when a Y was found)."""
        lead = lst.marker == "lead" or any(f.role == "directed" for f in self.found[emitted:])
        if not lead:
            return
        for f in self.found[emitted:]:
            if f.role == "responsible":
                f.role = "lead"

    def _chain(self, lst: _List, chain_from: int, depth: int) -> int:
        """Follow ``chủ trì, phối hợp với Y`` / ``chỉ đạo Y`` after an actor list."""
        toks, lex = self.toks, self.lex
        resume = lst.end + max(lst.mlen, 1)
        if depth >= MAX_CHAIN or lst.kind != "marker":
            return resume
        p = lst.end + lst.mlen
        link: tuple[str, int] | None = None
        if lst.marker in ("lead", "coordinate", "direct"):
            q = p
            if lst.marker == "lead":
                if q < self.n and toks[q].low == ",":
                    q += 1
                n = lex.coordinate.match(toks, q)
                link = ("coordinate", q + n) if n else None
            else:
                link = (lst.marker, p)
        else:
            for q in range(p, min(self.n, p + 3)):
                if toks[q].kind != "w" or toks[q].upper:
                    break
                n = lex.direct.match(toks, q)
                if n:
                    link = ("direct", q + n)
                    break
                n = lex.coordinate.match(toks, q)
                if n:
                    link = ("coordinate", q + n)
                    break
        if link is None:
            return resume
        kind, q = link
        if kind == "coordinate":
            for _ in range(3):
                n = lex.coordinate_adverbs.match(toks, q)
                if not n:
                    break
                q += n
        sub = self._parse_list(q, "chain")
        if sub is None:
            return resume
        ok = (sub.kind == "marker" and sub.marker not in ("report", "cue")) or (
            sub.kind in ("stop", "br", "region") and sub.words <= SHORT_LIST
        )
        if not ok:
            return resume
        role: AssignmentRole = "coordinate" if kind == "coordinate" else "directed"
        self._emit(sub, role, chain_from)
        return max(resume, self._chain(sub, chain_from, depth + 1))

    # -- records -------------------------------------------------------------------

    def _records(self) -> list[Assignment]:
        if not self.found:
            return []
        region, text = self.region, self.text
        ends = sorted(
            t.start if t.kind == "br" else t.end
            for j, t in enumerate(self.toks)
            if self._sentence_end(j)
        )
        chains = sorted(set(self.chain_starts))
        out: list[Assignment] = []
        for f in self.found:
            task_from = f.task_from
            if f.task_span is not None:
                task_from, task_to = f.task_span
            elif f.heading:
                rest_blank = not text[task_from:region.end].strip()
                task_to = region.subtree_end if rest_blank else region.end
            else:
                e = bisect_right(ends, task_from)
                task_to = ends[e] if e < len(ends) else region.end
                c = bisect_right(chains, task_from)
                if c < len(chains):
                    task_to = min(task_to, chains[c])
                if (
                    text[task_from:task_to].rstrip().endswith(":")
                    and not text[task_to:region.end].strip()
                ):
                    task_to = region.subtree_end
            task_to = max(task_to, task_from)
            # the deadline of the sentence, else one set later in the clause before
            # the next assignment (``... Thời hạn hoàn thành: trước ngày 30/6``)
            c = bisect_right(chains, f.chain_from)
            until = chains[c] if c < len(chains) else region.end
            deadline = self.index.deadline_in(f.chain_from, max(task_to, until))
            out.append(
                Assignment(
                    start=f.start,
                    end=f.end,
                    clause=region.path,
                    actor=text[f.start:f.end],
                    role=f.role,
                    task=_task_text(text[task_from:task_to]),
                    deadline=deadline,
                )
            )
        return out


def _task_text(raw: str) -> str:
    """The task collapsed to one line and bounded to about :data:`TASK_CHARS` characters."""
    task = _SPACES.sub(" ", raw).strip().strip(":;,").strip()
    if len(task) > TASK_CHARS:
        cut = task.rfind(" ", 0, TASK_CHARS)
        task = task[: cut if cut > TASK_CHARS // 2 else TASK_CHARS].rstrip(" ,;") + "…"
    return task
