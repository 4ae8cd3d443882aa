"""Exports of parsed documents to formats other tools read.

- :mod:`vbcd.export.conll`: token/BIO lines for NER training (PER, ORG, LOC, DATE, REF);
- :mod:`vbcd.export.spacy`: ``{"text", "ents", "meta"}`` JSONL for spaCy;
- :mod:`vbcd.export.akn`: Akoma Ntoso 3.0 XML;
- :mod:`vbcd.export.csv`: the task table and the references, one CSV with a ``kind`` column.

All of them take the entity spans from :mod:`vbcd.export.entities`, so the
formats agree with each other on labels and on which mentions are kept.
"""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("conll", "spacy", "akn", "csv")

#: File extension written for each format.
SUFFIX: dict[str, str] = {"conll": ".conll", "spacy": ".jsonl", "akn": ".xml", "csv": ".csv"}
