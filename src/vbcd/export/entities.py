"""The entity mentions of a Document as flat, labelled spans.

Every exporter (and the HTML view) needs the same thing from the nested records:
one ``(start, end, label)`` per mention. Persons, agencies and places keep their
mentions inside the entity record; dates, deadlines and references are mentions
themselves. Collecting them in one place keeps the label set and the validity
rules identical across formats, so a CoNLL file and a spaCy file made from the
same document agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vbcd.models import Document

#: Export label of each entity kind. Deadlines have no label of their own: the
#: date inside a deadline is exported as DATE, the wording around it is not an entity.
LABELS: dict[str, str] = {
    "person": "PER",
    "agency": "ORG",
    "place": "LOC",
    "date": "DATE",
    "reference": "REF",
}

#: Every kind the HTML view highlights, in legend order.
ALL_KINDS: tuple[str, ...] = ("person", "agency", "place", "date", "deadline", "reference")

#: When two candidate spans have the same length, the more specific kind wins:
#: a reference's number beats a date inside it, a person beats an agency that
#: happens to cover the same words.
_PRIORITY: dict[str, int] = {
    "reference": 0, "person": 1, "agency": 2, "place": 3, "date": 4, "deadline": 5,
}


@dataclass(frozen=True)
class EntitySpan:
    """One mention: where it is, what kind of record it belongs to, and which one.

    ``record`` is the index of the owning record in its Document list
    (``doc.persons[record]`` for a person mention), so a view can show the
    record's fields next to the mention.
    """

    start: int
    end: int
    kind: str
    record: int
    text: str

    @property
    def label(self) -> str:
        return LABELS.get(self.kind, self.kind.upper())


def _valid(doc: Document, start: int, end: int) -> bool:
    """Damaged records (empty, reversed, past the end) are skipped, never trusted."""
    return 0 <= start < end <= len(doc.text)


def entity_mentions(doc: Document, kinds: Iterable[str] = ALL_KINDS) -> list[EntitySpan]:
    """All mentions of the given kinds, overlapping allowed, in document order.

    Mentions with offsets outside the text are dropped: the view and the
    exports must never index past the text because one record is damaged.
    """
    wanted = set(kinds)
    out: list[EntitySpan] = []

    def add(kind: str, record: int, start: int, end: int) -> None:
        if kind in wanted and _valid(doc, start, end):
            out.append(EntitySpan(start, end, kind, record, doc.text[start:end]))

    for i, person in enumerate(doc.persons):
        for m in person.mentions:
            add("person", i, m.start, m.end)
    for i, agency in enumerate(doc.agencies):
        for m in agency.mentions:
            add("agency", i, m.start, m.end)
    for i, place in enumerate(doc.places):
        for m in place.mentions:
            add("place", i, m.start, m.end)
    for i, date in enumerate(doc.dates):
        add("date", i, date.start, date.end)
    for i, deadline in enumerate(doc.deadlines):
        add("deadline", i, deadline.start, deadline.end)
    for i, ref in enumerate(doc.references):
        add("reference", i, ref.start, ref.end)
    out.sort(key=lambda s: (s.start, -s.end, _PRIORITY.get(s.kind, 9)))
    return out


def _trim(text: str, span: EntitySpan) -> EntitySpan | None:
    """Shrink a span past surrounding whitespace, so it starts and ends on a token."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return EntitySpan(start, end, span.kind, span.record, text[start:end])


def export_entities(doc: Document) -> list[EntitySpan]:
    """Non-overlapping, labelled mentions for training formats (CoNLL, spaCy).

    Training formats allow one label per token, so overlaps are resolved
    greedily: longest span first (a reference swallows the date and the agency
    inside it), ties by kind priority, then by position. Deadlines are not
    exported as such (their dates are).
    """
    candidates: list[EntitySpan] = []
    for span in entity_mentions(doc, LABELS):
        trimmed = _trim(doc.text, span)
        if trimmed is not None:
            candidates.append(trimmed)
    return select_longest(candidates)


def select_longest(spans: Sequence[EntitySpan]) -> list[EntitySpan]:
    """Keep a maximal set of non-overlapping spans, longest first; document order out."""
    ranked = sorted(
        spans, key=lambda s: (-(s.end - s.start), _PRIORITY.get(s.kind, 9), s.start)
    )
    taken: list[EntitySpan] = []
    # Occupied intervals are few per document (hundreds); a sorted list with
    # bisect would be asymptotically better, but a per-character mask is
    # simpler and linear in the text.
    occupied = bytearray(max((s.end for s in spans), default=0))
    for span in ranked:
        if any(occupied[span.start:span.end]):
            continue
        occupied[span.start:span.end] = b"\x01" * (span.end - span.start)
        taken.append(span)
    taken.sort(key=lambda s: (s.start, s.end))
    return taken
