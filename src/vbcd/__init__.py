"""vbcd: Vietnamese government directive documents as typed, validated records.

>>> import vbcd
>>> doc = vbcd.parse("THÔNG BÁO\\nKết luận của ...")
>>> doc.doc_type.code
'TB'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vbcd.errors import VbcdError
from vbcd.models import Document
from vbcd.normalize import DEFAULT_MAX_CHARS, decode
from vbcd.pipeline import Pipeline
from vbcd.readers import Source, read

__version__ = "0.1.0"
__all__ = [
    "Document", "Pipeline", "Source", "VbcdError", "__version__", "parse", "parse_file", "read",
]

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shared default pipeline (built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def parse(
    text: str | bytes, *, source: str | None = None, ner: str = "none",
    max_chars: int = DEFAULT_MAX_CHARS, pipeline: Pipeline | None = None, **options: Any,
) -> Document:
    """Parse one document's text (or undecoded bytes) into a :class:`Document`."""
    if isinstance(text, bytes):
        text, _ = decode(text)
    nlp = pipeline or default_pipeline()
    return nlp(text, source=source, max_chars=max_chars, ner=ner, **options)


def parse_file(
    path: str | Path, *, ner: str = "none", max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: Pipeline | None = None, **options: Any,
) -> Document:
    """Read a file with the reader its content calls for, then parse it."""
    src = read(path)
    doc = parse(
        src.text, source=src.path, ner=ner, max_chars=max_chars, pipeline=pipeline, **options
    )
    for code, message in src.warnings:
        doc.warn(code, message)
    return doc
