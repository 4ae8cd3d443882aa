"""The blind set: invented documents annotated by hand before the parser ever ran on them.

``tests/fixtures/blind/`` holds documents written for the families the real corpus has
(from the Prime Minister's decisions to a ward's plan, Party notices, courts, councils,
enterprises, and damaged copies of each), each with a gold file in the format of
``FORMAT.md`` that was written before any parse of it (README.md there tells how, and
gives the scores the parser had on them first). They are not real text, so they do not
replace the corpus; they are documents none of the corpus rules was written from, scored
by the same scorer, and every one must keep the span invariants the real ones keep.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import vbcd
from span_invariants import check_document
from vbcd.evaluate import Report, aggregate, evaluate, metrics
from vbcd.models import Document

BLIND = Path(__file__).parent / "fixtures" / "blind"
FILES = sorted(BLIND.glob("*.txt"))

STRUCTURE = [
    "doc_type", "number", "issuer", "issue_place", "issue_date", "title", "meeting_date",
    "clauses", "clause", "preamble", "closing", "addressees", "recipients",
    "recipient_purpose", "archive", "signature.authority", "signature.on_behalf_of",
    "signature.title", "signature.name",
]
ENTITIES = [
    "dates", "references", "reference_type", "reference_date", "persons", "deadlines",
    "person_positions", "agencies", "places", "deadline_clause", "assignments", "holidays",
]


@cache
def parsed(path: Path) -> Document:
    return vbcd.parse_file(path)


@cache
def report() -> Report:
    return evaluate(BLIND / "gold", BLIND, parse=lambda p: parsed(Path(p)))


def _mean(keys: list[str]) -> float:
    totals = aggregate(doc.counts for doc in report().documents)
    vals = [metrics(k, totals[k]).score for k in keys if k in totals]
    return sum(vals) / len(vals)


def test_every_blind_document_has_its_gold() -> None:
    assert len(FILES) >= 40
    assert {p.stem for p in FILES} == {g.stem for g in (BLIND / "gold").glob("*.json")}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem[:40])
def test_blind_document_keeps_the_span_invariants(path: Path) -> None:
    # the reader's text is what the offsets map back to (a legacy font already converted)
    check_document(parsed(path), vbcd.read(path).text)


def test_no_blind_document_failed() -> None:
    assert not report().errors
    assert len(report().documents) == len(FILES)


def test_blind_structure_mean_meets_the_corpus_target() -> None:
    assert _mean(STRUCTURE) >= 0.95


def test_blind_entity_mean_meets_the_corpus_target() -> None:
    assert _mean(ENTITIES) >= 0.90
