"""spaCy-style training records, one JSON object per document (JSONL).

Each line is ``{"text": ..., "ents": [[start, end, label], ...], "meta": {...}}``:
the shape of spaCy's v2 "simple training format" and of what
``Doc.char_span`` needs to build a ``DocBin``, written without importing spaCy::

    import json, spacy
    from spacy.tokens import DocBin
    nlp, db = spacy.blank("vi"), DocBin()
    for line in open("train.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        doc = nlp.make_doc(rec["text"])
        spans = [doc.char_span(s, e, label=l, alignment_mode="expand")
                 for s, e, l in rec["ents"]]
        doc.ents = [s for s in spans if s is not None]
        db.add(doc)

Entities never overlap (longest wins; see
:func:`vbcd.export.entities.export_entities`) and ``text[start:end]`` is the
entity's surface, offsets in Python characters (code points), as spaCy counts.
"""

from __future__ import annotations

import json
from typing import Any

from vbcd.export.entities import export_entities
from vbcd.models import Document


def to_spacy(doc: Document) -> dict[str, Any]:
    """The training record of one document."""
    ents = [[e.start, e.end, e.label] for e in export_entities(doc)]
    meta: dict[str, Any] = {"source": doc.source}
    if doc.number:
        meta["number"] = doc.number.value
    if doc.doc_type:
        meta["doc_type"] = doc.doc_type.code
    return {"text": doc.text, "ents": ents, "meta": meta}


def to_jsonl_line(doc: Document) -> str:
    """One JSONL line (newline included), UTF-8 text kept readable."""
    return json.dumps(to_spacy(doc), ensure_ascii=False) + "\n"
