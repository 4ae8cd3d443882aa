"""The task table and the references of documents as one CSV, a ``kind`` per row.

One file rather than two so that ``vbcd export ... --to csv`` can stream to
stdout and a spreadsheet or ``pandas`` can filter on ``kind``:

- ``kind=task``: one row per assignment: ``actor``, ``role``, ``text`` (the
  task), ``deadline`` (ISO), ``clause`` (path such as ``2/2.1/a``);
- ``kind=reference``: one row per cited document: ``text`` (as printed),
  ``type``, ``number``, ``type_code``, ``organ_code``, ``year``, ``date``,
  ``issuer`` and the ``clause`` it is cited in.

Every row carries ``source`` and ``doc_number`` (the citing document) and the
``start``/``end`` offsets into that document's text. Line breaks inside text
are folded to spaces, so each row is one physical line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from vbcd.models import Document

COLUMNS: tuple[str, ...] = (
    "kind", "source", "doc_number", "start", "end", "clause", "text",
    "actor", "role", "deadline",
    "type", "number", "type_code", "organ_code", "year", "date", "issuer",
)


def _flat(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def rows(doc: Document) -> list[dict[str, str]]:
    """The CSV rows of one document: its tasks first, then its references."""
    base = {"source": _flat(doc.source), "doc_number": _flat(doc.number and doc.number.value)}
    out: list[dict[str, str]] = []
    for a in doc.assignments:
        out.append({**base, "kind": "task", "start": str(a.start), "end": str(a.end),
                    "clause": _flat(a.clause), "text": _flat(a.task), "actor": _flat(a.actor),
                    "role": _flat(a.role), "deadline": _flat(a.deadline)})
    for r in doc.references:
        clause = doc.clause_at(r.start)
        out.append({**base, "kind": "reference", "start": str(r.start), "end": str(r.end),
                    "clause": _flat(clause.path if clause else None), "text": _flat(r.text),
                    "type": _flat(r.type), "number": _flat(r.number),
                    "type_code": _flat(r.type_code), "organ_code": _flat(r.organ_code),
                    "year": _flat(r.year), "date": _flat(r.date), "issuer": _flat(r.issuer)})
    return out


def to_csv(docs: Iterable[Document], header: bool = True) -> str:
    """CSV text (header first unless ``header=False``) for any number of documents."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, restval="", lineterminator="\n")
    if header:
        writer.writeheader()
    for doc in docs:
        writer.writerows(rows(doc))
    return buf.getvalue()
