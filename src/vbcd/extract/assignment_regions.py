"""The regions of a document the assignment scan reads, and what the other layers found.

A region is a stretch read as one: a clause's own text (its marker skipped), the
preamble, the closing, or the whole text when no structure was found; the clauses of
an attached plan or regulation are regions too. :class:`_DocIndex` sorts the agency,
person and place mentions and the deadlines once per document, for the windows to ask
by offset. Both are made before any region is read and know nothing of the grammar:
kept apart so the scanner and the window import them, not the other way round.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from vbcd.extract.assignment_lexicon import lexicon
from vbcd.grammar import patterns as P
from vbcd.models import Annex, Clause, Deadline, Document, walk_clauses
from vbcd.normalize import fold_tones

# --- regions --------------------------------------------------------------------------

#: Characters of an annex's start searched for a repeated national header.
_ANNEX_HEAD = 600
#: What stands between a repeated national header and the annex's type line: blanks,
#: markup and the rule drawn under the motto.
_ANNEX_SKIP = " \t\n*#_|-–—=~."


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
                _annex_opening(annex)[:40]).lower().startswith(types):
            out.extend(_clause_regions(doc, walk_clauses(annex.clauses), k))
    return out


def _annex_opening(annex: Annex) -> str:
    """The annex's text from its type line: a regulation printed as a page of its own
    repeats the issuer and the national header above it (``BỘ Y TẾ`` / ``CỘNG HÒA ...``
    / ``Độc lập - Tự do - Hạnh phúc`` / ``QUY CHẾ``), which is skipped up to the last
    national header or motto before the annex's first clause."""
    text = annex.text
    head = min(annex.clauses[0].start - annex.start, _ANNEX_HEAD) if annex.clauses else 0
    start = 0
    for pat in (P.MOTTO, P.NATIONAL_STATE, P.NATIONAL_PARTY):
        for m in pat.finditer(text, 0, max(head, 0)):
            start = max(start, m.end())
    return text[start:].lstrip(_ANNEX_SKIP if start else " \t\n*#_|")


def _clause_regions(doc: Document, clauses: Iterable[Clause],
                    annex: int | None = None) -> list[_Region]:
    """A region per clause (its own text, marker skipped), but for sections that give
    no task (``Đối tượng áp dụng``)."""
    out: list[_Region] = []
    skip_to = -1  # the end of a section that gives no task
    sections, headings = lexicon().no_task_sections, lexicon().no_task_headings
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
        if head.startswith(sections) or _heading_line(doc.text, start, headings):
            skip_to = subtree
            continue
        if clause.end > start:
            up = clause.path.rpartition("/")[0]
            out.append(_Region(start, clause.end, subtree, clause.path, annex, own.get(up)))
    return out


#: Characters of a clause's first line read for a whole-line heading.
_HEADING_LINE = 80
_HEADING_MARKUP = " \t*_#"


def _heading_line(text: str, start: int, headings: frozenset[str]) -> bool:
    """Whether the clause's own text opens with a heading of ``headings`` that is all
    of its line, or all of it before a colon (``1. Ưu điểm``, ``**2. Hạn chế, khuyết
    điểm:** ...``)."""
    end = text.find("\n", start, start + _HEADING_LINE)
    line = text[start:start + _HEADING_LINE if end < 0 else end]
    if end < 0 and ":" not in line:
        return False  # a long first line: a sentence, no heading
    line = line.partition(":")[0].strip(_HEADING_MARKUP).rstrip(".").strip(_HEADING_MARKUP)
    return bool(line) and fold_tones(line).lower() in headings


def _body_regions(doc: Document) -> list[_Region]:
    out: list[_Region] = []
    if doc.preamble is not None and doc.preamble.end > doc.preamble.start:
        p = doc.preamble
        ad = doc.addressees
        if ad and p.start < ad[0].start and ad[-1].end < p.end:
            # an invitation's preamble around its invitee list: the invitees are
            # addressed, not given tasks, and the lead-in above them gives its basis and
            # the issuer's own meeting (``Sở ... tổ chức cuộc họp ...``), no task either
            out.append(_Region(ad[-1].end, p.end, p.end, ""))
        else:
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

    @cached_property
    def place_starts(self) -> frozenset[int]:
        """Where place mentions start (made when first asked: only a seat written
        without its level word, ``tại An Giang``, needs them)."""
        return frozenset(m.start for pl in self.doc.places for m in pl.mentions)

    @cached_property
    def mention_ends(self) -> frozenset[int]:
        """Where agency, person and place mentions end (made when first asked: only a
        subject whose task word is in no table needs them)."""
        doc = self.doc
        return frozenset(m.end for group in (doc.agencies, doc.persons, doc.places)
                         for e in group for m in e.mentions)

    @cached_property
    def _position_spans(self) -> tuple[list[int], list[int]]:
        """Starts of the positions the persons layer read after a name, sorted, and the
        largest end up to each (made when first asked: only a task word the agency
        layer does not cover needs them)."""
        spans = sorted((q.start, q.end) for p in self.doc.persons for q in p.positions
                       if q.organ and q.end > q.start)
        return [a for a, _ in spans], list(accumulate([b for _, b in spans], max))

    def inside_position(self, offset: int) -> bool:
        """Whether ``offset`` lies strictly inside a person's position with an organ
        (``bà X, Phó Trưởng phòng Quản lý xây dựng, Sở Xây dựng``): a word there names
        the office, it hands no task."""
        starts, max_end = self._position_spans
        i = bisect_left(starts, offset) - 1
        return i >= 0 and max_end[i] > offset

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
