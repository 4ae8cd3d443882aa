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
  ``X chỉ đạo Y ...`` (X leads, Y is directed and does the work);
* a lead-in ending with a colon (``... giao Bộ Y tế:``, ``X có trách nhiệm:``, ``X thực
  hiện các nhiệm vụ sau:``, a clause heading that names an organ) hands its actor to
  each of its items (bullets after it, the clauses below it, the top clauses below the
  preamble) that opens with a task and has no subject of its own: ``1. Đánh giá ...``
  is its task, ``2. Chủ trì, phối hợp với ...`` one it leads. A lead-in that asks,
  directs or guides another actor hands the items to that one (``X đề nghị Công ty
  thực hiện ... sau:``, ``X chỉ đạo Y ... sau:``, ``X hướng dẫn Y thực hiện ... sau:``);
  an item that is a caption (``1. Trước khi ...``) hands them on to its bullets and the
  clauses below it. A clause heading longer than a short one (``Ban Quản lý A và Ban
  Quản lý B tỉnh X``, ``Các cơ quan ... được giao quản lý ...``) is an actor only when
  its items take it;
* a row after a plan's item naming its actors (``Trách nhiệm chỉ đạo thực hiện: X.``,
  ``Cơ quan chủ trì: X``): the item is their task.

A sentence listing who attended (``Tham dự cuộc họp có ...; đại diện lãnh đạo: Ban
...``) gives no task: it is skipped whole.

An actor phrase runs from its head (an organ, a position, a person, a class such
as ``các Bộ, ngành``) to the first lower-case task word; a list of actors splits
where a new head starts (``Đảng ủy Bộ Y tế, Đảng ủy Bộ Giáo dục và Đào tạo``),
never inside an organ name the agency layer found, and a colon list stays whole
(``Các Bộ: Quốc phòng, Công an``), but after a title alone, whose members are organs
of their own (``Giám đốc: Sở A, Sở B``: ``Giám đốc: Sở A`` and ``Sở B``). A person
introduced by ``đồng chí`` is named by the name, not by the positions listed after it.

An actor is always the text as written (``text[start:end]``). So a bare head that
shares the qualifier written once after the next head of its kind (``Hội đồng nhân
dân, Ủy ban nhân dân thành phố X``, ``Giám đốc, Thủ trưởng các sở, ban, ngành``) runs
to that qualifier's end, and the next head keeps its own record; a plural level after
a plural class goes on with it (``Ban Chỉ huy ... các ngành, các cấp``), and so does a
relative clause after a class noun (``các địa phương có rừng khẩn trương ...``: the
task starts at ``khẩn trương``). After a cue or a chain's link, a capitalised organ
word whose name is written small heads an actor (``Giao Ban xây dựng đảng Đảng ủy chủ
trì``).

The scan reads each clause's own text and the preamble; the closing paragraph
(which addresses the whole document) is not read. Most sentences assign
nothing, so a region is not tokenised whole: one pattern over its lower-case
text finds the words an assignment can start from (:mod:`vbcd.extract.assignment_cues`),
and only windows around them are tokenised, each from a cut where its tokens are
those of the whole region, and grown forward whenever the grammar reads further
(an actor list, a chain, the end of the task's sentence). A window's places are
read from its first hard unit boundary (a line break, ``;``, ``:`` or sentence
end) with enough tokens before it for every look-back, so each window reads
exactly what a scan of the whole region would: the same places, in the same
order, with the same jumps.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, ne, sub

import regex

from vbcd.extract import textscan
from vbcd.extract.assignment_cues import (
    CueFinder,
    CueWords,
    cut_after,
    cut_before,
    is_cut,
    sentence_end_after,
)
from vbcd.extract.assignment_headings import heading_break
from vbcd.extract.assignment_lexicon import Lexicon, Phrases, lexicon, split_tokens
from vbcd.models import (
    Assignment,
    AssignmentRole,
    Clause,
    Deadline,
    Document,
    walk_clauses,
)
from vbcd.normalize import fold_tones
from vbcd.pipeline import Context

#: Words an actor list may hold between two semicolons before the scan gives up on it
#: (a province's implementation article lists ten departments and more: 60 words).
MAX_WORDS = 100
#: Words an actor list may hold in all.
MAX_LIST_WORDS = 150
#: Links followed in one chain (``X chỉ đạo Y phối hợp với Z ...``).
MAX_CHAIN = 4
#: Length bound of the task text.
TASK_CHARS = 300
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

_BULLETS = frozenset("-+•*–")
#: Markers that open a task (not a report, a preposition or another cue).
_TASK_MARKERS = frozenset({"lead", "coordinate", "direct", "responsible", "task"})
#: Roles of the actors a sentence is about (not those it coordinates with or directs).
_SUBJECT_ROLES = frozenset({"responsible", "lead"})
#: Markers that may open the task after an organ heading and its colon.
_TASK_OPENERS = _TASK_MARKERS | {"cue"}
_SENTENCE_END = frozenset(".!?")
_UNIT_END = frozenset(";:")
_SPACES = regex.compile(r"\s+")
# the only characters ``str.isspace`` takes for spaces and ``regex`` does not
_NOT_REGEX_SPACE = re.compile(r"[\x1c-\x1f]")
_ROMAN_OR_SHORT = regex.compile(r"(?:[ivxlc]{1,5}|\d{1,3}|[a-zđ])", regex.IGNORECASE)
_NONSPACE = re.compile(r"\S")

#: Characters a window is first tokenised for past a candidate, and grown by.
_CHUNK = 96
#: Characters a window starts before the boundary that precedes its candidate.
_BACK = 40
#: A candidate this close to the end of the current window is read in that window.
_GAP = 96


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
    regions = _regions(doc)
    if not regions:
        return []
    found: list[Assignment] = []
    seen: set[tuple[int, int]] = set()
    index = _DocIndex.build(doc)
    lex = lexicon()
    # lead-ins by the region whose clauses below are their items: (annex, clause path),
    # the preamble's ("") for the top clauses
    leads: dict[tuple[int | None, str], list[_Lead]] = {}
    down: dict[tuple[int | None, str], list[_Lead]] = {}  # handed on by a caption item
    for region in regions:  # an actor read in two regions is recorded in the first
        scan = _RegionScan(doc, match, region, lex, index)
        above = (region.annex, region.parent[3] if region.parent is not None else "")
        found += scan.scan(seen, leads.get(above, ()), down.get(above, ()))
        if scan.leads_out:
            leads.setdefault((region.annex, region.path), []).extend(scan.leads_out)
        if scan.leads_down:
            down[region.annex, region.path] = scan.leads_down
    handed = {id(lead.record) for group in leads.values() for lead in group
              if lead.handed or lead.needs_items}
    if handed:  # a lead-in whose items took its actor: they are its tasks (a long
        # heading whose items took nothing is no actor)
        found = [a for a in found if id(a) not in handed]
    found.sort(key=attrgetter("start", "end"))
    issuer = _key(doc.issuer.name) if doc.issuer is not None else None
    if issuer is not None:
        found = [a for a in found if not _lead_in(a, issuer, lex)]
    return found


def _key(name: str) -> str:
    return " ".join(fold_tones(name).casefold().split())


@lru_cache(maxsize=4096)
def _actor_key(actor: str) -> str:
    """An actor's words, one space apart, tone-folded and in lower case (a role's
    heading is written so: ``cơ quan chủ trì``)."""
    return fold_tones(" ".join(actor.split())).lower()


def _lead_in(a: Assignment, issuer: str, lex: Lexicon) -> bool:
    """``Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:``: the issuer announcing
    what follows, not a task it is given."""
    task = _key(a.task).rstrip(" :.")
    return any(task == w or task.endswith(" " + w) for w in lex.announcing) and (
        _key(a.actor) == issuer)


# --- regions --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Region:
    """A stretch read as one: a clause's own text (marker skipped) or the preamble."""

    start: int
    end: int
    subtree_end: int
    path: str
    #: the annex the clause belongs to (its index in ``Document.annexes``)
    annex: int | None = None
    #: the parent clause: its own text ``[start, end)``, its subtree's end and its path
    parent: tuple[int, int, int, str] | None = None


def _regions(doc: Document) -> list[_Region]:
    out = _body_regions(doc)
    # the clauses of a plan or regulation issued with the document hand out its tasks
    types = lexicon().annex_types
    for k, annex in enumerate(doc.annexes):
        if annex.kind != "footnote" and annex.clauses and fold_tones(
                annex.text.lstrip(" \t\n*#_|")[:40]).lower().startswith(types):
            out.extend(_clause_regions(doc, walk_clauses(annex.clauses), k))
    return out


def _clause_regions(doc: Document, clauses: Iterable[Clause],
                    annex: int | None = None) -> list[_Region]:
    """A region per clause (its own text, marker skipped), but for sections that give
    no task (``Đối tượng áp dụng``)."""
    out: list[_Region] = []
    skip_to = -1  # the end of a section that gives no task
    sections = lexicon().no_task_sections
    own: dict[str, tuple[int, int, int, str]] = {}  # path -> own text, subtree end, path
    for clause in clauses:
        start = clause.start
        if doc.text.startswith(clause.marker, start):
            start += len(clause.marker)
        subtree = max(clause.subtree_end, clause.end)
        own[clause.path] = (start, clause.end, subtree, clause.path)
        if clause.start < skip_to:
            continue
        head = fold_tones(doc.text[start:start + 40].lstrip(" \t*_")).lower()
        if head.startswith(sections):
            skip_to = subtree
            continue
        if clause.end > start:
            up = clause.path.rpartition("/")[0]
            out.append(_Region(start, clause.end, subtree, clause.path, annex, own.get(up)))
    return out


def _body_regions(doc: Document) -> list[_Region]:
    out: list[_Region] = []
    if doc.preamble is not None and doc.preamble.end > doc.preamble.start:
        p = doc.preamble
        out.append(_Region(p.start, p.end, p.end, ""))
    out.extend(_clause_regions(doc, doc.iter_clauses()))
    if doc.closing is not None and doc.closing.end > doc.closing.start:
        # the closing asks for the last time (``Bộ Tài chính yêu cầu các Cục Hải quan
        # ... triển khai thực hiện./.``), after the clauses or as a letter's one paragraph
        c = doc.closing
        out.append(_Region(c.start, c.end, c.end, ""))
    if not out and doc.closing is None and doc.text.strip():
        # no structure was found at all: read the whole text rather than nothing, but
        # for the recipient list, signature and annexes (no task is given there)
        tail = [r.start for r in doc.recipients[:1]]
        tail.extend(z.start for z in (doc.archive_line, doc.signature) if z is not None)
        tail.extend(a.start for a in doc.annexes[:1])
        end = min(tail, default=len(doc.text))
        if end > 0:
            out.append(_Region(0, end, end, ""))
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
    #: ``agency_at`` of each of ``span_starts``
    span_longest: list[int]
    person_at: dict[int, int]
    deadlines: list[Deadline]
    deadline_starts: list[int]
    #: agency mention end -> the earliest start of a mention ending there
    agency_by_end: dict[int, int]
    doc: Document

    @classmethod
    def build(cls, doc: Document) -> _DocIndex:
        spans = sorted([
            (m.start, m.end) for a in doc.agencies for m in a.mentions if m.end > m.start
        ])
        agency_at = dict(spans)  # sorted: the longest mention at a start comes last
        person_at = {m.start: m.end for p in doc.persons for m in p.mentions}
        deadlines = sorted((d for d in doc.deadlines if d.date), key=lambda d: d.start)
        return cls(
            span_starts=[start for start, _ in spans],
            span_max_end=list(accumulate([end for _, end in spans], max)),
            agency_at=agency_at,
            span_longest=[agency_at[start] for start, _ in spans],
            person_at=person_at, deadlines=deadlines,
            deadline_starts=[d.start for d in deadlines],
            agency_by_end={end: start for start, end in reversed(spans)},
            doc=doc,
        )

    def inside_agency(self, offset: int) -> bool:
        """Whether ``offset`` lies strictly inside an agency mention."""
        i = bisect_left(self.span_starts, offset) - 1
        return i >= 0 and self.span_max_end[i] > offset

    @cached_property
    def _other_spans(self) -> tuple[list[int], list[int]]:
        """Starts of the person and place mentions, sorted, and the largest end up to
        each (made when first asked: only a clause's heading line needs them)."""
        doc = self.doc
        spans = sorted([(m.start, m.end) for p in doc.persons for m in p.mentions]
                       + [(m.start, m.end) for pl in doc.places for m in pl.mentions])
        return [a for a, _ in spans], list(accumulate([b for _, b in spans], max))

    def inside_mention(self, offset: int) -> bool:
        """Whether ``offset`` lies strictly inside an agency, person or place mention."""
        if self.inside_agency(offset):
            return True
        starts, max_end = self._other_spans
        i = bisect_left(starts, offset) - 1
        return i >= 0 and max_end[i] > offset

    def deadline_in(self, start: int, end: int) -> str | None:
        """The date of the first deadline starting in ``[start, end)``."""
        i = bisect_left(self.deadline_starts, start)
        if i < len(self.deadlines) and self.deadlines[i].start < end:
            return self.deadlines[i].date
        return None


# --- one region -----------------------------------------------------------------------

_MarkerTables = dict[str, tuple[tuple[str, Phrases], ...]]


@cache
def _unit_words(lex: Lexicon) -> frozenset[str]:
    """Words that may open a cue, chain, heading word or attendance list at a unit
    start: elsewhere those tables need not be asked."""
    unit = (lex.cues, lex.direct_cues, lex.lead, lex.coordinate, lex.heading_prefixes,
            lex.attendance, lex.row_labels)
    return frozenset().union(*(t.firsts for t in unit))


@cache
def _head_tables(lex: Lexicon) -> dict[str, frozenset[str]]:
    """For each word that opens a phrase of an actor-head table, those tables: a
    token asks only the tables that can match there."""
    tables = {
        "person": lex.person_prefixes, "plural_person": lex.plural_person_prefixes,
        "plural": lex.plural, "title": lex.titles, "organ": lex.organ_heads,
        "ambiguous": lex.ambiguous_heads, "capital": lex.capital_heads,
        "generic": lex.generic_heads,
    }
    out: dict[str, set[str]] = {}
    for name, table in tables.items():
        for word in table.firsts:
            out.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in out.items()}


@cache
def _organ_goes_on(lex: Lexicon) -> frozenset[str]:
    """First words of what may follow an organ's name inside an actor list."""
    tables = (lex.continuing, lex.conjunctions, lex.glue, lex.aside, lex.plural,
              lex.class_nouns, lex.generic_heads, lex.ambiguous_heads, lex.organ_heads,
              lex.titles, lex.name_before_verb)
    return frozenset().union(*(t.firsts for t in tables))


@cache
def _cue_finder(lex: Lexicon) -> CueFinder:
    """The patterns that find where an assignment can start (see :mod:`assignment_cues`):
    every phrase :meth:`_Window._unit` matches at a unit's first word (cues, chain
    and heading words, actor heads, a plural before a class noun), the phrases that
    open a subordinate clause or an opener, the cues, and the words that end a list."""
    heads = [
        key for table in (
            lex.person_prefixes, lex.plural_person_prefixes, lex.titles, lex.organ_heads,
            lex.ambiguous_heads, lex.capital_heads, lex.generic_heads,
        ) for key in table.phrases()
    ]
    heads += [p + c for p in lex.plural.phrases() for c in lex.class_nouns.phrases()]
    heads += lex.honorifics.phrases()  # skipped by the scanner before the officials
    unit = [
        key for table in (
            lex.cues, lex.direct_cues, lex.lead, lex.coordinate, lex.heading_prefixes,
            lex.attendance, lex.row_labels,
        ) for key in table.phrases()
    ]
    markers = {w for tables in _marker_tables(lex, True).values() for _, t in tables
               for w in t.firsts}
    return CueFinder.build(CueWords(
        unit=unit, heads=heads,
        clauses=lex.subordinators.phrases() + lex.openers.phrases(),
        openers=lex.openers.phrases(), cues=lex.cues.phrases(),
        after_cue=lex.after_cue.phrases(), markers=sorted(markers),
        then=sorted(lex.then_words),
    ))


@cache
def _clause_words(lex: Lexicon) -> frozenset[str]:
    """The first tokens of what may open a unit before a subordinate clause: lead-ins
    (bullets, ``(``, openers) and the subordinators themselves."""
    return frozenset(_BULLETS | {"("} | lex.openers.firsts | lex.subordinators.firsts)


@cache
def _look_ahead(lex: Lexicon) -> int:
    """Tokens the grammar may read past a position it stands on (a head: an
    ambiguous head, a plural and a class noun; a task word; a colon's next word
    and title; a cue and ``cho``; a capitals heading's six tokens; ...)."""
    heads = lex.ambiguous_heads.longest + lex.plural.longest + lex.class_nouns.longest
    words = max(t.longest for t in (
        lex.cues, lex.direct_cues, lex.lead, lex.coordinate, lex.heading_prefixes,
        lex.direct, lex.responsible, lex.task, lex.report, lex.weak, lex.enacting,
        lex.glue, lex.aside, lex.subordinators, lex.list_nouns, lex.label_subjects,
        lex.attendance, lex.row_labels,
    ))
    colon = 1 + max(lex.person_prefixes.longest, lex.titles.longest)
    return max(heads, words, colon, lex.cues.longest + lex.after_cue.longest,
               lex.openers.longest + 1, 6) + 2


@cache
def _look_back(lex: Lexicon) -> int:
    """Tokens the grammar may read before a position it stands on: the longest phrase
    matched backwards (``class_nouns.ends_at`` before a colon, ``Ban`` and the word
    before it before a task word, ...), and the five tokens a colon list looks back."""
    tables = (lex.class_nouns, lex.titles, lex.cue_blockers, lex.plural, lex.conjunctions,
              lex.name_before_verb)
    return max(5, max(t.longest for t in tables) + 1)


@cache
def _marker_tables(lex: Lexicon, preamble: bool) -> _MarkerTables:
    """Task-word tables by kind, keyed by the first words of their phrases.

    Ties go to the first table (glue and asides before verbs). In the preamble
    ``UBND tỉnh ban hành Quyết định ...`` enacts the document: a report. Keying
    by first word means a token that starts no task word costs one lookup.
    """
    tables = [
        ("glue", lex.glue), ("aside", lex.aside), ("cue", lex.cues), ("lead", lex.lead),
        ("coordinate", lex.coordinate), ("direct", lex.direct),
        ("responsible", lex.responsible), ("report", lex.report), ("task", lex.task),
        ("weak", lex.weak),
    ]
    if preamble:
        tables.insert(0, ("report", lex.enacting))
    words = {w for _, table in tables for w in table.firsts}
    return {w: tuple((k, t) for k, t in tables if w in t.firsts) for w in words}


@dataclass(slots=True)
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


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    role: AssignmentRole
    task_from: int
    chain_from: int
    heading: bool = False
    task_span: tuple[int, int] | None = None
    #: the first sentence end after ``task_from`` (None: the region's end)
    sent_end: int | None = None
    #: named by a cue (``giao X``, ``đề nghị X``), not a sentence's subject
    cued: bool = False
    #: the lead-in whose actor this item was handed (see :meth:`_RegionScan._hand_on`)
    lead: _Lead | None = None
    #: the lead-in this record is, when its items in the region are handed its actor
    gives: _Lead | None = None
    #: a long heading: an actor only when its items take it
    needs_items: bool = False


@dataclass(slots=True, eq=False)
class _Lead:
    """An actor a lead-in hands to the items below it: ``... giao Bộ Y tế:`` then ``1.
    Đánh giá ...`` / ``2. Chủ trì, phối hợp với ...``; ``X có trách nhiệm:``, ``X thực
    hiện các nhiệm vụ sau:``, ``1. Sở Tư pháp`` then its bullets. ``record`` is the
    lead-in's own assignment, dropped once an item has taken the actor (the items are
    its tasks)."""

    start: int
    end: int
    role: AssignmentRole
    record: Assignment | None = None
    handed: bool = False
    #: the record is dropped unless an item takes the actor (a long heading)
    needs_items: bool = False


class _RegionScan:
    """One region: where its assignments can start, the windows read around those
    places, and the records made of what the windows found.

    A common region is searched for candidates (:class:`CueFinder`) and read in
    windows; a region holding uncommon characters is read in one window from its
    start to its end, token by token.
    """

    def __init__(
        self, doc: Document, match: str, region: _Region, lex: Lexicon, index: _DocIndex,
    ) -> None:
        self.text = doc.text
        self.match = match
        self.region = region
        self.lex = lex
        self.index = index
        #: the lower-case copy of the region's folded text (None: uncommon text)
        self.low: str | None = None
        self.found: list[_Found] = []
        self.chain_starts: list[int] = []
        self._first: int | None = -1  # offset of the region's first unit word, once known
        #: single line breaks read as structural: the end of the clause's heading line
        self.breaks: tuple[int, ...] = ()
        #: the window that read an uncommon region whole (None: read in windows)
        self.whole: _Window | None = None
        #: lead-ins whose items are the clauses below the region (or, for the
        #: preamble, the top clauses), with the records they made
        self.leads_out: list[_Lead] = []
        #: the lead-ins above handed on to the clauses below a caption item
        self.leads_down: list[_Lead] = []
        if region.path:
            nl = heading_break(doc.text, match, region.start, region.end, lex,
                               index.inside_mention, index.agency_at.__contains__)
            if nl is not None:
                self.breaks = (nl,)

    def scan(
        self, seen: set[tuple[int, int]], inherited: Sequence[_Lead] = (),
        passed: Sequence[_Lead] = (),
    ) -> list[Assignment]:
        """The region's assignments whose spans are not in ``seen`` (which gets them).

        ``inherited``: the actors a lead-in above hands to the region, an item of its
        list (taken when the region opens with a task and no subject of its own).
        """
        region = self.region
        seg = self.match[region.start:region.end]
        low = seg.lower()
        if len(low) == len(seg) and textscan.is_common(seg):
            self.low = low
            index = self.index
            lo = bisect_left(index.span_starts, region.start)
            hi = bisect_left(index.span_starts, region.end)
            places, cues = _cue_finder(self.lex).find(
                self.text, self.match, low, region.start, index.span_starts[lo:hi],
                self.breaks)
            if _repetitive(self.match, places):
                self._read_repeated(places, cues)
            else:
                self._read_sparse(places, cues)
        else:
            window = _Window(self, region.start, region.start + _CHUNK)
            window.start(0, region.start - 1, region.start)
            window.run(region.end)
            window.close()
            self.whole = window
        self._hand_on(inherited, passed)
        return self._records(seen)

    def _read_sparse(
        self, places: list[int], cues: set[int], done: int | None = None,
        resume: int | None = None,
    ) -> None:
        """Read the places a window around each candidate offset holds, in order.

        A candidate close to the current window is read there, if the window's unit
        starts are known up to it (a cue inside a sentence needs none). ``done`` and
        ``resume``: the last candidate read and where reading resumes, when earlier
        candidates were read otherwise.
        """
        window: _Window | None = None
        if done is None:
            done = self.region.start - 1  # places at or before this offset have been read
        for c in places:
            light = c in cues
            if window is not None and c < window.we + _GAP and (light or window.covers(c)):
                window.run(c)
                done = c
                continue
            if resume is None:
                resume = self.region.start
            if window is not None:
                resume = window.resume_offset()
                window.close()
                window = None
            if c < resume:  # inside the last jump (a sentence read whole): skipped
                done = c
                continue
            window = self._open(c, light)
            window.start(window.core, done, resume)
            window.run(c)
            done = c
        if window is not None:
            window.close()

    # -- repeated text ---------------------------------------------------------------
    #
    # A region whose candidates start alike, many of them (a paragraph pasted a
    # thousand times), is read candidate by candidate, each in a fresh window, as
    # :meth:`_read_sparse` does for far-apart candidates. Such a reading depends on
    # nothing but the text from a cut some characters before the candidate to a cut
    # some characters after it (the probe), where the candidate, the last candidate
    # read and the last jump stand in it, and what the other layers found there: a
    # probe window raises :class:`_Edge` when the grammar would read past its ends.
    # So the outcome of a reading (the actors found, the chains, where reading
    # resumes) is kept by those and reused, moved, wherever they come again.

    def _read_repeated(self, places: list[int], cues: set[int]) -> None:
        """Read the candidates one by one, reusing the outcome of a reading of the
        same probe (see above); exactly what :meth:`_read_sparse` reads."""
        region, text, match = self.region, self.text, self.match
        rs, re_ = region.start, region.end
        memo: dict[tuple[object, ...], _Outcome] = {}
        first = self.first_offset()
        persons = sorted(self.index.person_at)
        ends = _SentenceEnds(text, match, rs, re_)
        same = text is match  # (no tone to fold: one copy of the probe's text is its key)
        done = rs - 1
        resume = rs
        hits = 0  # candidates read by their outcome since the last check
        for n, c in enumerate(places):
            if n % _MEMO_MIN == 0:
                if n >= _MEMO_TRIAL and 2 * hits < _MEMO_MIN:
                    # the text does not repeat (any more): probes cost more than windows
                    self._read_sparse(places[n:], cues, done, resume)
                    return
                hits = 0
            if c < resume:  # inside the last jump (a sentence read whole): skipped
                done = c
                continue
            light = c in cues
            out: _Outcome | None = None
            for scale in _PROBE_SCALES:
                ps = _probe_start(match, c - _PROBE_BACK * scale, rs)
                pe = _probe_end(match, c + _PROBE_AHEAD * scale, re_)
                if ps < 0 or pe < 0:
                    break  # no cut near: no small probe
                key = (
                    match[ps:pe], same or text[ps:pe], c - ps, light, max(done - ps, -1),
                    max(resume - ps, 0), ps == rs, pe == re_,
                    None if first is None or not ps <= first < pe else first - ps,
                    *self._hints(ps, pe, persons),
                )
                out = memo.get(key)
                if out is not None:
                    hits += 1
                else:
                    out = self._probe(c, light, done, resume, ps, pe)
                    if out is None:
                        continue
                    memo[key] = out
                break
            if out is None:  # read in a window of its own, as far as the grammar goes
                window = self._open(c, light)
                window.start(window.core, done, resume)
                window.run(c)
                resume = window.resume_offset()
                window.close()
            else:
                d = ps
                for f in out.found:
                    found = _Found(f.start + d, f.end + d, f.role, f.task_from + d,
                                   f.chain_from + d, f.heading, cued=f.cued,
                                   needs_items=f.needs_items)
                    if f.task_span is not None:
                        found.task_span = (rs, f.chain_from + d)
                    elif not f.heading:
                        found.sent_end = (
                            ends.after(found.task_from) if f.sent_end is None
                            else f.sent_end + d)
                    self.found.append(found)
                self.chain_starts.extend([x + d for x in out.chains])
                resume = out.resume + d
            done = c

    def _hints(self, ps: int, pe: int, persons: list[int]) -> tuple[object, ...]:
        """What the other layers found in the probe ``[ps, pe)``, relative to ``ps``:
        the agency mentions starting there (with their longest end), how far one that
        starts before reaches into it, and the person mentions starting there."""
        index = self.index
        starts = index.span_starts
        lo, hi = bisect_left(starts, ps), bisect_left(starts, pe)
        agencies: tuple[tuple[int, int], ...] = ()
        if hi > lo:
            agencies = tuple(zip(map(sub, starts[lo:hi], repeat(ps)),
                                 map(sub, index.span_longest[lo:hi], repeat(ps)), strict=True))
        reach = max(index.span_max_end[lo - 1] - ps, 0) if lo > 0 else 0
        people: tuple[tuple[int, int], ...] = ()
        if persons:
            plo, phi = bisect_left(persons, ps), bisect_left(persons, pe)
            if phi > plo:
                person_at = index.person_at
                people = tuple((s - ps, person_at[s] - ps) for s in persons[plo:phi])
        return agencies, reach, people

    def _probe(
        self, c: int, light: bool, done: int, resume: int, ps: int, pe: int,
    ) -> _Outcome | None:
        """Read the candidate at ``c`` in a window holding the probe ``[ps, pe)`` only;
        its outcome, offsets relative to ``ps`` (None: the grammar read past the probe)."""
        before, chains = len(self.found), len(self.chain_starts)
        try:
            window = _ProbeWindow(self, ps, pe)
            look_back = _look_back(self.lex)
            core = 0 if ps == self.region.start else (
                window.light_start(c, look_back) if light else window.core_start(c, look_back))
            if core is None:
                raise _Edge
            window.core = core
            if core == 0 or not light:
                window.exact = core
            window.start(core, done, resume)
            window.run(c)
            after = window.resume_offset()
        except _Edge:
            del self.found[before:], self.chain_starts[chains:]
            return None
        found = []
        rs, re_ = self.region.start, self.region.end
        for f in self.found[before:]:
            moved = _Found(f.start - ps, f.end - ps, f.role, f.task_from - ps,
                           f.chain_from - ps, f.heading, cued=f.cued,
                           needs_items=f.needs_items)
            if f.task_span is not None:
                assert f.task_span == (rs, f.chain_from)
                moved.task_span = (0, 0)  # (the region's start, the chain's start)
            elif not f.heading:
                # the end of the task's sentence, when the characters it depends on
                # (from the task on, through the spaces after the end and the next
                # two characters) lie in the probe; else (None) it is found each time
                end = sentence_end_after(self.text, self.match, f.task_from, rs, re_)
                if end is not None and _NONSPACE.search(self.match, end, pe - 3) is not None:
                    moved.sent_end = end - ps
            found.append(moved)
        del self.found[before:]
        out = _Outcome(tuple(found), tuple(x - ps for x in self.chain_starts[chains:]),
                       after - ps)
        del self.chain_starts[chains:]
        return out

    def _open(self, c: int, light: bool) -> _Window:
        """A window to read the candidate at offset ``c`` in.

        For a cue inside a sentence (``light``) the window reads from the cue on, with
        :func:`_look_back` tokens before it; otherwise from the token after a hard unit
        boundary before ``c`` that has those tokens before it (the window is extended
        backwards until it holds one).
        """
        rs, match = self.region.start, self.match
        look_back = _look_back(self.lex)
        back = c
        if not light:  # the last mark that may end the unit before c
            floor = max(rs, c - 400)
            back = max(floor, *(match.rfind(ch, floor, c) for ch in ".;:!?"))
        ws = rs if back - _BACK <= rs else cut_before(match, back - _BACK, rs)
        window = _Window(self, ws, c + _CHUNK)
        while True:
            core = 0 if window.ws == rs else (
                window.light_start(c, look_back) if light else window.core_start(c, look_back))
            if core is not None:
                window.core = core
                if core == 0 or not light:
                    window.exact = core
                return window
            ws = window.ws
            window.extend_back(rs if ws - 4 * (c - ws) <= rs else cut_before(
                match, ws - 4 * (c - ws), rs))

    def first_offset(self) -> int | None:
        """Offset of the token where the region's first unit starts (after lead-ins)."""
        if self._first == -1:
            window = _Window(self, self.region.start, self.region.start + _CHUNK)
            window.need(0)
            k = window._skip_lead_in(0)
            self._first = window.starts[k] if k < window.n else None
        return self._first

    # -- records -------------------------------------------------------------------

    def _records(self, seen: set[tuple[int, int]]) -> list[Assignment]:
        if not self.found:
            return []
        directed = {f.chain_from for f in self.found if f.role == "directed"}
        region, text = self.region, self.text
        rend, path = region.end, region.path
        chains = sorted(set(self.chain_starts))
        nchains = len(chains)
        deadline_in = self.index.deadline_in if self.index.deadlines else None
        tasks: dict[tuple[int, int], str] = {}  # the same task text, cleaned once
        out: list[Assignment] = []
        append = out.append
        roles = self.lex.roles
        # a table's rows (``Đơn vị chủ trì: ...`` / ``Đơn vị phối hợp: ...``) are all
        # about the clause's heading, which ends where the first row starts
        label_end = min((f.task_span[1] for f in self.found if f.task_span), default=0)
        for f in self.found:
            span = (f.start, f.end)
            if f.lead is None:  # (an actor handed to an item is the lead-in's: seen)
                if span in seen:
                    continue
                seen.add(span)
                if f.gives is not None and (f.gives.handed or f.needs_items):
                    continue  # its items below took the actor: they are its tasks
            if _actor_key(text[f.start:f.end]) in roles:
                continue  # ``2. Cơ quan chủ trì, phối hợp``: a role's heading, no actor
            task_from = f.task_from
            clause, until_end = path, rend
            into_items = False  # the task runs into the clauses below (its items)
            if f.task_span is not None:
                task_from, task_to = f.task_span[0], label_end
                if region.parent is not None and not text[task_from:task_to].strip():
                    # ``a) Cơ quan chủ trì: Sở Nội vụ;`` as an item of its own: the task
                    # is its parent's (``3. Rà soát các văn bản ...``), whose items may
                    # set the term (``c) Thời gian thực hiện: trước ngày 30/10``)
                    task_from, task_to, until_end, clause = region.parent
            elif f.heading:
                into_items = _NONSPACE.search(text, task_from, rend) is None
                task_to = region.subtree_end if into_items else rend
                if f.needs_items and (not into_items or f.gives is not None):
                    continue  # a long heading whose items in the region took nothing
            else:
                task_to = rend if f.sent_end is None else f.sent_end
                c = bisect_right(chains, task_from)
                if c < nchains and chains[c] < task_to:
                    task_to = chains[c]
                if (
                    task_to > task_from
                    and (text[task_to - 1] == ":" or text[task_to - 1].isspace())
                    and _ends_with_colon(text, task_from, task_to)
                    and _NONSPACE.search(text, task_to, rend) is None
                ):
                    into_items = not self._announces(f, task_to)
                    task_to = region.subtree_end
            if task_to < task_from:
                task_to = task_from
            deadline = None
            if deadline_in is not None:
                # the deadline of the sentence, else one set later in the clause before
                # the next assignment (``... Thời hạn hoàn thành: trước ngày 30/6``)
                c = bisect_right(chains, f.chain_from)
                until = chains[c] if c < nchains else rend
                if until_end != rend:  # a row of its parent's task: the parent's items
                    deadline = deadline_in(f.chain_from, until_end)
                else:
                    deadline = deadline_in(f.chain_from, max(task_to, until))
            task = tasks.get((task_from, task_to))
            if task is None:
                task = tasks[task_from, task_to] = _task_between(text, task_from, task_to)
            record = Assignment(
                start=f.start,
                end=f.end,
                clause=clause,
                actor=text[f.start:f.end],
                role=f.role,
                task=task,
                deadline=deadline,
                annex=region.annex,
            )
            append(record)
            if into_items and self._gives_items(f, directed):
                self.leads_out.append(_Lead(f.start, f.end, _lead_role(f), record,
                                            needs_items=f.needs_items))
        return out

    # -- lead-ins and their items ------------------------------------------------------
    #
    # A lead-in ends with a colon and lists the tasks of its actor below it: ``...
    # giao Bộ Y tế:``, ``đề nghị X:``, ``X có trách nhiệm:``, ``X thực hiện các nhiệm
    # vụ sau:``, a clause heading that names an organ (``2. Bộ Nông nghiệp và Môi
    # trường:``, ``1. Sở Tư pháp``, ``Trách nhiệm của X:``). Its items are bullets or
    # lettered lines of the region after it, or, when nothing follows it in the region,
    # the clauses below the region (the top clauses, below the preamble). An item that
    # opens with a task word and names no subject in its first sentence (``1. Đánh giá
    # thực trạng ...``, ``2. Chủ trì, phối hợp với Bộ Tài chính ...``, ``a) Chỉ đạo cơ
    # quan ... theo dõi``) is a task of the lead-in's actor, who leads it when the item
    # says so (``Chủ trì``) or directs another actor in it. The lead-in's own record
    # then goes: its tasks are its items'.

    def _hand_on(self, inherited: Sequence[_Lead], passed: Sequence[_Lead] = ()) -> None:
        """Hand the actors of lead-ins to the items below them (see above): those a
        lead-in above gives to this region, and those of this region's lead-ins whose
        items follow them in the region.

        An item that is a caption (``1. Trước khi đưa mỏ vào hoạt động`` then bullets,
        or clauses ``2.1. ...``) hands them on to its bullets, and to the clauses below
        it (``passed``: handed on so once, no further down)."""
        region, text = self.region, self.text
        directed = {f.chain_from for f in self.found if f.role == "directed"}
        local = self._local_leads(directed) if self.found else []
        above = [*inherited, *passed] if region.path else []
        if not local and not above:
            return
        subjects = sorted(f.chain_from for f in self.found
                          if f.task_span is not None or f.role in _SUBJECT_ROLES)
        if self.whole is not None:
            ends = _SentenceEnds(text, self.match, region.start, region.end,
                                 self.whole._next_end)
        else:
            ends = _SentenceEnds(text, self.match, region.start, region.end)
        if above:
            # an item of a lead-in above (not a clause whose first line is a heading)
            # (handed on by a caption above: the item must open with a task word)
            took = not self.breaks and self._hand(above, region.start, subjects, directed,
                                                  ends, not passed)
            if not took and not local and self._opening_task(region.start) is None:
                self._hand_captioned(above, subjects, directed, ends)
                if inherited and not any(f.role in _SUBJECT_ROLES for f in self.found):
                    self.leads_down.extend(inherited)
        for leads, lo, hi in local:
            for at, marked in _item_starts(text, lo, hi):
                self._hand(leads, at, subjects, directed, ends, marked)

    def _hand_captioned(
        self, leads: Sequence[_Lead], subjects: list[int], directed: set[int],
        ends: _SentenceEnds,
    ) -> None:
        """Hand ``leads`` to the bullets and lettered lines of a caption item (the lines
        after its first one that a mark opens) that open with a task word."""
        text, region = self.text, self.region
        nl = text.find("\n", region.start, region.end)
        if nl < 0:
            return
        for at, marked in _item_starts(text, nl, region.end):
            if marked and (text[at] in _BULLETS or _ITEM_MARK.match(text, at, region.end)):
                self._hand(leads, at, subjects, directed, ends, marked=False)

    def _local_leads(self, directed: set[int]) -> list[tuple[list[_Lead], int, int]]:
        """This region's lead-ins whose items follow them in the region (the text after
        the colon, bullets, lettered lines), each with its actors and the stretch ``[lo,
        hi)`` its items lie in (up to the next lead-in). ``directed``: the chain starts
        where an actor is directed (``X chỉ đạo Y thực hiện ... sau:``: Y's items, not
        X's; such a lead-in is left as it is)."""
        text, rend = self.text, self.region.end
        groups: dict[int, tuple[list[_Lead], int]] = {}  # chain start -> actors, items' start
        for f in self.found:
            if f.task_span is not None or not self._gives_items(f, directed):
                continue
            if f.heading:
                lo = f.task_from
            else:
                end = rend if f.sent_end is None else f.sent_end
                if not _ends_with_colon(text, f.task_from, end) or self._announces(f, end):
                    continue
                lo = end
            if _NONSPACE.search(text, lo, rend) is None:
                continue  # nothing follows: the items are the clauses below
            if f.chain_from not in groups:
                groups[f.chain_from] = ([], lo)
            leads, first = groups[f.chain_from]
            f.gives = _Lead(f.start, f.end, _lead_role(f))
            leads.append(f.gives)
            groups[f.chain_from] = (leads, max(first, lo))
        starts = sorted(groups)
        return [(groups[c][0], groups[c][1], starts[i + 1] if i + 1 < len(starts) else rend)
                for i, c in enumerate(starts)]

    @staticmethod
    def _gives_items(f: _Found, directed: set[int]) -> bool:
        """Whether the actor of a lead-in does its items: its subject or the actor its
        cue names, but the actors it directs or guides when there are (``X chỉ đạo Y
        thực hiện các nội dung sau:``, ``X hướng dẫn Y ... sau:``: Y's items)."""
        if f.role == "directed":
            return True
        return f.role in _SUBJECT_ROLES and f.chain_from not in directed

    def _announces(self, f: _Found, end: int) -> bool:
        """Whether the actor of the lead-in ending at ``end`` is not the one who does its
        items: a subject announcing what follows (``Bộ Tài chính hướng dẫn như sau:``),
        or one asking others in its task (``BHXH Việt Nam chuyển Công văn ... đề nghị
        BHXH các tỉnh ... thực hiện một số nội dung sau:``)."""
        lex = self.lex
        if not f.cued and f.role != "directed":
            key = _actor_key(self.text[max(f.task_from, end - 40):end]).rstrip(" :.")
            if any(key == a or key.endswith(" " + a) for a in lex.announcing):
                return True
        window = _Window(self, f.task_from, end)
        lows, i = window.lows, 0
        while i < window.n and window.starts[i] < end:
            n = lex.cues.match(lows, i) if lows[i] in lex.cues.firsts else 0
            if n and not window.upper[i] and not lex.cue_blockers.ends_at(lows, i):
                j = i + n
                window.need(j + 1)
                j += lex.after_cue.match(lows, j)
                if j < window.n and window.starts[j] < end and window.kinds[j] == "w" and (
                        window.upper[j] or window._head_len(j, strict=False)):
                    return True  # ``đề nghị BHXH các tỉnh ...``: another actor is asked
            i += 1
        return False

    def _hand(
        self, leads: Sequence[_Lead], at: int, subjects: list[int], directed: set[int],
        ends: _SentenceEnds, marked: bool = True,
    ) -> bool:
        """Hand ``leads`` to the item whose text starts at offset ``at``, if it opens
        with a task and its first sentence names no subject of its own (whether it
        did). An item no mark opens (a line after a sentence end) must open with a task
        word."""
        opening = self._opening_task(at, marked)
        if opening is None:
            return False
        offset, kind = opening
        end = ends.after(offset)
        i = bisect_left(subjects, offset)
        if i < len(subjects) and subjects[i] < (self.region.end if end is None else end):
            return False  # ``a) Sở Tài chính bố trí ...``: a subject of its own
        for lead in leads:
            role: AssignmentRole = "lead" if (
                lead.role == "lead" or kind == "lead" or offset in directed) else "responsible"
            self.found.append(_Found(lead.start, lead.end, role, offset, offset,
                                     sent_end=end, lead=lead))
            lead.handed = True
        self.chain_starts.append(offset)
        return True

    def _opening_task(self, at: int, any_verb: bool = True) -> tuple[int, str] | None:
        """The offset of the first word of the item whose text starts at offset ``at``
        (after its bullet, its marker and openers) and the kind of the task word it is,
        when the item opens with a task: a task word (``Chủ trì``, ``Rà soát``), or a
        capitalised word that opens nothing else (a verb no table holds: ``Đồng bộ dữ
        liệu ...``). Not a task: an actor (``Lãnh đạo các sở``, an organ, a person), a
        cue (``Giao X``), a report, a preposition or subordinator (``Về ...``,
        ``Trường hợp ...``), a label (``Thời gian thực hiện: ...``), a heading in
        capitals. ``any_verb``: whether a word no table holds may open the task."""
        if self.whole is not None:
            window, k = self.whole, bisect_left(self.whole.starts, at)
        else:
            window, k = _Window(self, at, at + _CHUNK), 0
        k = window._skip_lead_in(k)
        if k >= window.limit:
            window.need(k)
        if k >= window.n or window.kinds[k] != "w" or window._caps_heading(k):
            return None
        offset = window.starts[k]
        index = self.index
        if offset in index.agency_at or index.inside_agency(offset) or offset in index.person_at:
            return None
        kind, length = window._marker_at(k)
        head = window._head_len(k, strict=False)
        if kind in _TASK_MARKERS:
            return None if head > length else (offset, kind)
        if kind or head or not window.upper[k] or not any_verb:
            return None  # a cue, a report, a preposition; an actor; a wrapped line
        lex, lows = self.lex, window.lows
        if lows[k] in lex.nominalizers or any(table.match(lows, k) for table in (
                lex.plural, lex.determiners, lex.subordinators, lex.heading_prefixes,
                lex.attendance, lex.not_actors)):
            return None  # a noun phrase (``Một số lưu ý``, ``Các Phó Chủ tịch ...``), a topic
        if window._caption_at(k) or window._label_at(k):
            return None
        return offset, "task"


#: Candidates a region holds before repeated text is looked for.
_MEMO_MIN = 64
#: Candidates read on probes before the reading may fall back to windows: it does
#: when fewer than half of the last :data:`_MEMO_MIN` ones had been read before.
_MEMO_TRIAL = 256
#: Characters a probe reaches before and after its candidate (times the scale).
_PROBE_BACK = 100
_PROBE_AHEAD = 200
_PROBE_SCALES = (1, 4)
#: How far a probe's edge may move to reach a cut.
_NEAR = 64


@dataclass(frozen=True)
class _Outcome:
    """What reading one candidate did: actors found, chain starts, where reading resumes."""

    found: tuple[_Found, ...]
    chains: tuple[int, ...]
    resume: int


def _lead_role(f: _Found) -> AssignmentRole:
    """The role a lead-in's actor has in its items (an item's own ``Chủ trì`` makes it
    the lead): a directed actor does them."""
    return "responsible" if f.role == "directed" else f.role


def _probe_start(match: str, x: int, rs: int) -> int:
    """A window cut near before offset ``x``, the region's start ``rs`` before it
    (-1: none near). Mostly the offset after a space that follows a word."""
    if x <= rs:
        return rs
    q = match.rfind(" ", max(rs, x - _NEAR), x)
    if q > rs and match[q - 1] not in " \t\n":
        return q + 1
    ps = cut_before(match, x, max(rs, x - 4 * _NEAR))
    return ps if ps == rs or is_cut(match, ps) else -1


def _probe_end(match: str, x: int, re_: int) -> int:
    """A window cut near after offset ``x``, the region's end ``re_`` after it (-1: none near)."""
    if x >= re_:
        return re_
    q = match.find(" ", x, min(re_, x + _NEAR))
    if q > 0 and match[q - 1] not in " \t\n":
        return q + 1
    pe = cut_after(match, x, min(re_, x + 4 * _NEAR))
    return pe if pe == re_ or is_cut(match, pe) else -1


class _SentenceEnds:
    """:func:`sentence_end_after` in a common region, for offsets read in order: the
    end found from ``x`` is also the first end after any offset from ``x`` up to it
    (the ends between are not ends from either), so it is asked once per sentence."""

    def __init__(
        self, text: str, match: str, start: int, end: int,
        find: Callable[[int], int | None] | None = None,
    ) -> None:
        self.text, self.match, self.start, self.end = text, match, start, end
        self.x = end + 1  # the last offset asked, and its answer
        self.found: int | None = None
        #: how an end is found (by default on the characters of a common region)
        self.find = find

    def after(self, x: int) -> int | None:
        found = self.found
        if self.x <= x and (found is None or x < found):
            return found
        found = (sentence_end_after(self.text, self.match, x, self.start, self.end)
                 if self.find is None else self.find(x))
        self.x, self.found = x, found
        return found


class _Edge(Exception):
    """The grammar would read past the edges of a probe window."""


def _repetitive(match: str, places: list[int]) -> bool:
    """Do many of the candidates start alike (text repeated over and over)?"""
    if len(places) < _MEMO_MIN:
        return False
    return len({match[c:c + 24] for c in places}) * 4 <= len(places)


#: A letter or number in brackets opening an item line: ``a)``, ``(2)``, ``(iii)``.
_ITEM_MARK = re.compile(r"\(?(?:[ivxlc]{1,5}|\d{1,3}|[a-zđ])\)", re.IGNORECASE)


def _item_starts(text: str, lo: int, hi: int) -> Iterable[tuple[int, bool]]:
    """Where the items after a lead-in start in ``text[lo:hi]``, and whether a mark
    opens them: the first text after it, then each line that opens with a bullet or an
    item mark (``-``, ``a)``), or with a capital after a line that ends a sentence or an
    item (its bullet lost by a converter: taken only if it opens with a task word). A
    line without a mark that follows a wrapped one goes on with its item."""
    m = _NONSPACE.search(text, lo, hi)
    if m is None:
        return
    yield m.start(), True
    pos = m.start()
    while True:
        nl = text.find("\n", pos, hi)
        if nl < 0:
            return
        m = _NONSPACE.search(text, nl, hi)
        if m is None:
            return
        s = pos = m.start()
        if (text[s] in _BULLETS and text[s + 1:s + 2] in (" ", "\t")) or _ITEM_MARK.match(
                text, s, hi):
            yield s, True
            continue
        p = nl - 1
        while p >= lo and text[p].isspace():
            p -= 1
        if p >= lo and text[p] in ".;:!?" and text[s].isupper():
            yield s, False


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    """``text[start:end].rstrip().endswith(":")`` without copying the stretch."""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return k >= start and text[k] == ":"


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
        self.cue_words = lex.cues.firsts
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
            return (
                kinds[i] == "w" and not self.upper[i] and self.lex.cues.match(lows, i) > 0
                and not self.lex.cue_blockers.ends_at(lows, i)
            )
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
            if n and not self.lex.cue_blockers.ends_at(self.lows, i):
                nxt = self._cue(i, n, self.starts[i])
                if nxt is not None and nxt > i:
                    self.resume = nxt
                    return
        self.resume = i + 1

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
            if kinds[j] == "br":
                units[j + 1] = True
            elif low in _UNIT_END or (low in _SENTENCE_END and self._sentence_end(j)):
                if self.exact is None:
                    self.exact = j + 1  # no subordinate clause reaches across j
                if low == ":" and self._colon_list(j):
                    continue  # ``các Bộ: Y tế, ...`` goes on
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
        if first < self.n and self.lex.subordinators.match(self.lows, first):
            if self.lex.hearing.match(self.lows, first):
                return  # ``Sau khi nghe Văn phòng, Sở Y tế báo cáo, ...``: a list of those heard
            comma = self._clause_comma(first)
            if comma is not None and comma + 1 not in self.units:
                self.units[comma + 1] = False
                self.pending.append(comma + 1)

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
            return False
        return self.upper[k] or (kinds[k] == "p" and lows[k] not in _SENTENCE_END)

    def _caps_heading(self, k: int) -> bool:
        """Three words in capitals in a row: a heading such as ``I. MỤC ĐÍCH, YÊU CẦU``."""
        if self.kinds[k] == "w" and not self.upper[k]:
            return False  # the first word is not in capitals
        words = 0
        for j in range(k, min(k + 6, self.n)):
            if self.kinds[j] == "w":
                if not self._caps(j):
                    return False
                words += 1
                if words == 3:
                    return True
        return False

    def _head_len(self, i: int, strict: bool) -> int:
        """Tokens of an actor head at ``i`` (0: none).

        ``strict`` is the test for a new item inside a list: there a head must
        be capitalised (``, Sở Tài chính``) or be a plural class (``, các
        đoàn thể``), so that ``các tỉnh, thành phố`` stays one actor.
        """
        if not self._word(i):
            return 0
        lex, lows, upper = self.lex, self.lows, self.upper
        tok_upper = upper[i]
        tables = self.head_tables.get(lows[i])
        if tables is None:  # none of the head tables starts here
            if tok_upper and self.starts[i] in self.agency_at:
                return 0 if lex.not_actors.match(lows, i) >= 1 else 1
            return 0
        best = 0
        n = lex.person_prefixes.match(lows, i) if "person" in tables else 0
        if n and self._word(i + n) and upper[i + n]:
            best = max(best, n + 1)
        n = lex.plural_person_prefixes.match(lows, i) if "plural_person" in tables else 0
        if n:
            best = max(best, n)
        n = lex.plural.match(lows, i) if "plural" in tables else 0
        if n:
            m = lex.class_nouns.match(lows, i + n)
            if m and lex.not_actors.match(lows, i + n) < m:
                best = max(best, n + m)
        n = lex.titles.match(lows, i) if "title" in tables else 0
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
        n = lex.capital_heads.match(lows, i) if "capital" in tables else 0
        if n and tok_upper:
            best = max(best, n)
        if not strict and "generic" in tables:
            best = max(best, lex.generic_heads.match(lows, i))
        if not best and tok_upper and self.starts[i] in self.agency_at:
            best = 1
        if best and lex.not_actors.match(lows, i) >= best:
            return 0
        return best

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
        if j > 0 and self.lows[j - 1] in self.lex.nominalizers:
            return "", 0  # ``liên quan đến việc thực hiện sắp xếp``: a noun, no task
        best = ("", 0)
        for kind, table in self.marker_tables.get(self.lows[j], ()):
            n = table.match(self.lows, j)
            if n > best[1]:
                best = (kind, n)
        lex = self.lex
        if best[0] == "task" and best[1] == 1 and self.lows[j] in lex.count_verbs and (
                j + 1 < self.n and self.lows[j + 1][:1].isdigit()
                and (j + 2 >= self.n or self.lows[j + 2] not in lex.spans_of_time)):
            # ``tỉnh An Giang có 102 đơn vị``: a count, no task (``có 02 ngày để báo
            # cáo`` is one: a time to do something in)
            return "report", 1
        return best

    def _protected(self, j: int, kind: str) -> bool:
        """A lower-case task word that belongs to a name (``Ban chỉ đạo``, an agency mention).

        The organ word must open the name: ``phòng`` in ``Bộ Quốc phòng`` is the
        tail of a capitalised name and protects nothing. Words that only open a
        task (``chủ trì``, ``phối hợp``, ``chịu trách nhiệm``) are never part of a
        name, whatever the agency layer's span says.
        """
        lows, upper = self.lows, self.upper
        n = self.lex.name_before_verb.length_before(lows, j)
        if n and self.lex.never_in_name.match(lows, j):
            n = 0  # ``các cơ quan thực hiện ...``: the task starts here
        if n:
            first = j - n
            before = first - 1
            if (
                upper[first] or before < 0 or not upper[before]
                or self.lex.plural.match(lows, before)
                or self.lex.titles.ends_at(lows, j)  # ``Trưởng đoàn kiểm tra lập ...``
            ):
                return True
        if kind in ("task", "weak", "report"):
            return self._inside_agency(self.starts[j])
        return False

    # -- actor lists ---------------------------------------------------------------

    def _colon_list(self, j: int) -> bool:
        """Whether the colon at ``j`` opens a distributive list (``các Bộ: Y tế, ...``)."""
        lex, lows = self.lex, self.lows
        if not (self._word(j + 1) and self.upper[j + 1]):
            return False
        if lex.person_prefixes.match(lows, j + 1) or lex.titles.match(lows, j + 1):
            return False
        if lex.titles.ends_at(lows, j):
            return True
        if not lex.class_nouns.ends_at(lows, j):
            return False
        return any(lex.plural.match(lows, q) for q in range(max(0, j - 5), j))

    def _after_organ(self, k: int, j: int) -> bool:
        """Whether word ``j`` follows, in the list from ``k``, the end of an organ's
        name that the agency layer read, and is not a word that goes on with it (a
        link, a place level, a plural, a conjunction: ``Sở Y tế tỉnh``, ``Sở Y tế và
        các đơn vị``)."""
        start = self.index.agency_by_end.get(self.ends[j - 1])
        if start is None or start < self.starts[k] or self.lows[j] in _organ_goes_on(self.lex):
            return False
        # not inside a title that holds the organ (``Tỉnh ủy`` + ``viên``)
        titles = self.lex.titles
        first = bisect_left(self.starts, start, k, j)
        return not any(i + titles.match(self.lows, i) > j
                       for i in range(max(first, j - titles.longest), j))

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

    def _parse_list(self, k: int, mode: str) -> _List | None:
        """The actor list starting at ``k`` and what ends it; None without a head at ``k``."""
        if k >= self.limit:
            self.need(k)
        head = self._head_len(k, strict=False)
        if not head and mode in ("cue", "chain"):
            head = self._small_name_head(k)
        elif not head and mode == "subject":
            head = self._small_name_subject(k)
        if not head:
            return None
        kinds, lows, upper = self.kinds, self.lows, self.upper
        j = k + head
        words = head
        segment = head
        aside: int | None = None
        wrap = self._line_after_organ(k)
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
                if low == ";":
                    segment = 0
                j += 1
                continue
            if lows[j] in self.lex.then_words:  # ``Sở Y tế thì chưa ...``: a topic, no actor
                return _List(k, aside or j, j, "marker", "weak", 1, words)
            if upper[j] and j > k and kinds[j - 1] == "w":
                kind, length = self._task_opens_line(j)
                if kind:
                    # ``Cục Mỹ`` / ``thuật, Nhiếp ảnh và Triển lãm`` / ``Khẩn trương ...``:
                    # a task word opening a line, capitalised, ends the list as the
                    # same word in lower case does
                    return _List(k, aside or j, j, "marker", kind, length, words)
            if (
                not upper[j] and lows[j] in self.marker_tables and not self._caps(j)
                and not self.lex.plural.ends_at(lows, j)
            ):
                kind, length = self._marker_at(j)
                if kind and self._protected(j, kind):
                    kind = ""
                if kind == "cue" and self.lex.cue_blockers.ends_at(lows, j):
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
                if kind == "task" and self.lex.relative_verbs.match(lows, j) == length:
                    rel = self._relative_end(j, length)
                    if rel is None and mode == "subject":
                        # ``2. Các sở quản lý nhà nước chuyên ngành`` then its items
                        rel = self._heading_relative_end(k, j)
                    if rel is not None:  # ``các địa phương có rừng`` + the task
                        words += rel - j
                        segment += rel - j
                        j = rel
                        continue
                if kind and self._enumerated(j, length):
                    kind = ""
                if kind == "report" and mode == "subject" and (
                        lows[j] in self.lex.passive_relatives):
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
            if not upper[j] and self._after_organ(k, j):
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
        holds one to three lower-case words."""
        if not (self._word(k) and self.upper[k]):
            return 0
        lex, lows = self.lex, self.lows
        n = lex.name_before_verb.match(lows, k)
        if not n or lex.not_actors.match(lows, k) or self._marker_at(k)[0]:
            return 0
        stop = k + n + 4
        if stop >= self.limit:
            self.need(stop)
        for q in range(k + n, min(self.n, stop)):
            if self.kinds[q] != "w" or self.upper[q]:
                return 0
            if q > k + n and (lex.never_in_name.match(lows, q)
                              or lex.responsible.match(lows, q)):
                return n
        return 0

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
            kind = self._marker_at(q)[0] if lows[q] in self.marker_tables else ""
            if kind == "weak" and q > j + length and lows[q] in lex.topic_words:
                continue  # ``các sở quản lý nhà nước về hạ tầng theo dõi ...``
            if kind:
                return q if q > j + length and kind in _TASK_MARKERS else None
        return None

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
        for q in range(j + 1, min(self.n, stop)):
            if self.kinds[q] == "br":
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
        after_sep = lows[j - 1] in (",", ";") or lex.conjunctions.ends_at(lows, j)
        if not after_sep:
            return False
        if lex.list_nouns.match(lows, j) == length:
            return True
        if j + length < self.n and lows[j + length] == "," and lows[j - 1] == ",":
            return True
        return self._head_len(j, strict=True) > 0

    def _close_paren(self, j: int) -> int | None:
        self.need(j + 30)
        for q in range(j + 1, min(self.n, j + 30)):
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
        i = lst.start + 1
        while i < lst.stop:
            low = lows[i]
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
                colon = False
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
            if colon and split_sep in (",", "và") and (
                    nxt >= lst.stop or self.upper[nxt] or lex.plural.match(lows, nxt)):
                # the members of a colon list are names (``các Bộ: Y tế, Công an``), and
                # a class after them may be one more (``Thủ trưởng các cơ quan: A, B,
                # các đơn vị liên quan``); a title or the leadership written small
                # starts a new actor (``..., Gia Lai và lãnh đạo các Bộ, ngành``)
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

    def _actor_span(self, a: int, b: int) -> tuple[int, int, bool] | None:
        """Character span of the actor in tokens ``[a, b)``, and whether it is a person."""
        lex, lows, kinds = self.lex, self.lows, self.kinds
        starts, ends, upper = self.starts, self.ends, self.upper
        q = a + 1
        while q < b:  # an aside or a footnote mark in brackets is not the actor
            if lows[q] in ("(", "["):
                close = self._title_in_brackets(q)
                if close is not None and close + 1 < b:
                    q = close + 1  # ``Giám đốc (Thủ trưởng) các sở``: the name goes on
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
                return starts[first], ends[b - 1], False
            known = self.person_at.get(starts[first])
            if known is not None and known <= ends[b - 1]:
                return starts[first], known, True
            q = first
            while q < b and q - first < 5 and kinds[q] == "w" and upper[q]:
                q += 1
            if q - first >= 2:
                return starts[first], ends[q - 1], True
        start, end = starts[a], ends[b - 1]
        for q in range(a + 1, b):  # ``Phó Thủ tướng Trần Hồng Hà``: the person, by name
            known = self.person_at.get(starts[q])
            if known == end and kinds[q - 1] == "w":
                return starts[q], end, True
        return start, end, False

    def _emit(
        self, lst: _List, role: AssignmentRole, chain_from: int, heading: bool = False,
        cued: bool = False,
    ) -> int:
        """Record each actor of ``lst``; returns how many were recorded. ``cued``: a
        cue names them (``giao X``), they are not the sentence's subject."""
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
                                     cued=cued))
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
            if n and k + n < self.n and lows[k + n] != ":":
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
        for j in range(k + 1, min(self.n, k + SUBORDINATE_WORDS)):
            low = self.lows[j]
            if self.kinds[j] == "br" or low in (";", ":") or self._sentence_end(j):
                return None
            if low == ",":
                if self.lows[k] in self.lex.topic_words and self._colon_ends_topic(j):
                    return None  # ``Về hệ thống Tòa án, Viện kiểm sát các cấp: ...``
                return j + 1 if j + 1 < self.n and self.lows[j + 1] in then else j
            if low in then and self.kinds[j] == "w":
                return j
        return None

    def _unit(self, i: int, line_start: bool) -> int | None:
        """Read what a sentence or item starting at ``i`` assigns; the token to resume at."""
        k = self._skip_lead_in(i)
        if k >= self.limit:
            self.need(k)
        if k >= self.n or self._caps_heading(k):
            return None
        chain_from = self.starts[k]
        if self.lows[k] not in self.unit_words:  # no cue, chain or heading word here
            return self._subject(k, chain_from, line_start)
        if self.lex.attendance.match(self.lows, k):
            return self._attendance_end(k)
        n = self.lex.cues.match(self.lows, k)
        if n:
            return self._cue(k, n, chain_from)
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
            lst = self._parse_list(k + n, "subject")
            if lst is not None and lst.kind in ("colon", "br", "region"):
                self.chain_starts.append(chain_from)
                self._emit(lst, "responsible", chain_from, heading=True)
                return lst.end + 1
            return None
        return self._subject(k, chain_from, line_start)

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
        if lst.kind == "marker":
            if lst.marker == "cue":
                return self._cue(lst.end, lst.mlen, chain_from)
            if lst.marker in ("report", "weak"):
                return lst.end  # ``Bộ Y tế đã ...``, ``Báo X ngày ...``: a report
            if self._reported(lst):
                return lst.end  # ``các tổ chức quan tâm đã gửi hồ sơ``: a report
            labelled = self._labelled(lst, chain_from)
            if labelled is not None:
                return labelled
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
        if (lst.kind == "colon" and (line_start or self._is_first(k))) or (
            lst.kind == "label" and self._is_first(k) and lst.words <= HEADING_WORDS
            and self._head_len(k, strict=True) and self._task_after(lst.end + 1)
        ):  # ``1. Sở Y tế:`` then its task, on the next line or after the colon
            self.chain_starts.append(chain_from)
            self._emit(lst, "responsible", chain_from, heading=True)
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
        if sub is None or sub.kind in ("label", "limit", "colon"):
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
            if length and m + length == lst.end:
                return self._labelled(_List(lst.start, m, m, "marker", kind, length), chain_from)
        return None

    def _next_label(self, sub: _List) -> _List:
        """The actors of a label cut before the next label on the same line
        (``Đơn vị chủ trì: Sở Tư pháp; đơn vị phối hợp: Sở Nội vụ``), which the list
        would otherwise run into, its role word read as the first label's task."""
        lows, lex = self.lows, self.lex
        for q in range(sub.stop - 1, sub.start, -1):
            if lows[q] == ";":
                m = q + 1 + lex.label_subjects.match(lows, q + 1)
                if m > q + 1 and sub.kind == "label":  # the role word protected by the name
                    m += lex.lead.match(lows, m) or lex.coordinate.match(lows, m)
                if m > q + 1 and m == sub.stop:
                    return _List(sub.start, q, q, "stop", words=sub.words)
                break
        return sub

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
        j += self.lex.after_cue.match(self.lows, j)
        lst = self._parse_list(j, "cue")
        if lst is None:
            return None
        if lst.kind == "marker" and (lst.marker != "report" or self.lex.report_tasks.match(
                self.lows, lst.end) == lst.mlen):
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
        if sub is None:
            return resume
        if kind == "guide":  # the guided actors and their own task, nothing else
            ok = sub.kind == "marker" and sub.marker in _TASK_MARKERS
        else:
            ok = (sub.kind == "marker" and sub.marker not in ("report", "cue")) or (
                sub.kind in ("stop", "br", "region") and sub.words <= SHORT_LIST
            ) or (  # ``chỉ đạo Đảng ủy Chính phủ: Chỉ đạo hoàn thiện ...``: its tasks follow
                kind == "direct" and sub.words <= SHORT_LIST and (sub.kind == "label" or (
                    sub.kind == "colon" and upper[sub.start]))  # ``chỉ đạo Sở Y tế:``
            )
        if not ok:
            return resume
        role: AssignmentRole = "coordinate" if kind == "coordinate" else "directed"
        self._emit(sub, role, chain_from)
        return max(resume, self._chain(sub, chain_from, depth + 1))


class _ProbeWindow(_Window):
    """A window that holds the probe ``[ws, pe)`` and raises :class:`_Edge` rather
    than read past it (tokens before ``ws`` are never read: see :meth:`_Window.need`)."""

    def __init__(self, scan: _RegionScan, ws: int, pe: int) -> None:
        self.pe = pe
        self.grown = False
        super().__init__(scan, ws, pe)

    def _grow_to(self, target: int) -> None:
        if self.grown:
            raise _Edge
        self.grown = True
        super()._grow_to(self.pe)

    def extend_back(self, ws: int) -> None:
        raise _Edge


#: The marker of the next item at a task's end (``... tại Quyết định này. 2.``), where a
#: crawler ran the items together.
_NEXT_MARKER = re.compile(r"(?<=[.;:]) (?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))$")


#: Characters past :data:`TASK_CHARS` that a task's collapsed head must hold, beyond
#: any trailing separators, for its tail to leave the bounded task unchanged (the
#: next item's number and a line's bullet, dropped from the end, are shorter).
_TASK_TAIL = 24


def _task_between(text: str, start: int, end: int) -> str:
    """:func:`_task_text` of ``text[start:end]``, read from a head of the stretch that
    grows until its collapsed text is long enough to be cut (a heading's task runs to
    the end of its clause: reading all of it for each of many headings is quadratic).

    Collapsing a head of the stretch gives a head of the collapsed stretch; when it
    holds more than ``TASK_CHARS + _TASK_TAIL`` characters before any trailing ``:;,``
    and spaces, the whole task is longer than :data:`TASK_CHARS` once its end is
    cleaned, and is cut inside that head: the head's cut is the task.
    """
    size = 4 * TASK_CHARS
    while end - start > size:
        head = _collapse(text[start:start + size])
        if len(head.rstrip(":;, ")) > TASK_CHARS + _TASK_TAIL:
            return _bounded(head)
        size *= 4
    return _task_text(text[start:end])


def _collapse(raw: str) -> str:
    """``raw`` on one line, single spaces, without the separators at its ends."""
    if _NOT_REGEX_SPACE.search(raw) is None:  # ``str.split`` splits where ``\s`` does
        return " ".join(raw.split()).strip(":;,").strip()
    return _SPACES.sub(" ", raw).strip().strip(":;,").strip()


def _bounded(task: str) -> str:
    """``task`` cut to about :data:`TASK_CHARS` characters at a space, with ``…``."""
    if len(task) > TASK_CHARS:
        cut = task.rfind(" ", 0, TASK_CHARS)
        task = task[: cut if cut > TASK_CHARS // 2 else TASK_CHARS].rstrip(" ,;") + "…"
    return task


def _task_text(raw: str) -> str:
    """The task collapsed to one line and bounded to about :data:`TASK_CHARS` characters."""
    task = _collapse(raw)
    if task.endswith((" -", " +", " •")):  # the bullet of the line after it
        task = task[:-2].rstrip(":;,")
    elif (m := _NEXT_MARKER.search(task)) is not None:  # the next item's number, run on
        task = task[:m.start()]
    return _bounded(task)
