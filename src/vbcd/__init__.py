"""vbcd: Vietnamese government directive documents as typed, validated records.

>>> import vbcd
>>> doc = vbcd.parse("THÔNG BÁO\\nKết luận của ...")
>>> doc.doc_type.code
'TB'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vbcd.errors import InputError, VbcdError
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
    text: str | bytes | Source, *, source: str | None = None, ner: str = "none",
    max_chars: int = DEFAULT_MAX_CHARS, pipeline: Pipeline | None = None, **options: Any,
) -> Document:
    """Parse one document's text (or undecoded bytes, or a reader's :class:`Source`)
    into a :class:`Document`.

    A :class:`Source` brings its path (unless ``source`` is given) and its reader's
    warnings into the Document, so ``parse(read(path))`` loses nothing that
    :func:`parse_file` keeps. Anything else raises :class:`~vbcd.errors.InputError`
    (a :class:`VbcdError`), not a ``TypeError`` from deep inside normalisation.
    """
    notes: list[tuple[str, str]] = []
    if isinstance(text, Source):
        source = source if source is not None else text.path
        notes = text.warnings
        text = text.text
    elif isinstance(text, bytes):
        text, _ = decode(text)
    elif not isinstance(text, str):
        hint = "; for a file, use vbcd.parse_file" if isinstance(text, Path) else ""
        raise InputError(
            f"parse() takes str, bytes or a Source, not {type(text).__name__}{hint}")
    nlp = pipeline or default_pipeline()
    doc = nlp(text, source=source, max_chars=max_chars, ner=ner, **options)
    for code, message in notes:
        doc.warn(code, message)
    return doc


def parse_file(
    path: str | Path, *, ner: str = "none", max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: Pipeline | None = None, **options: Any,
) -> Document:
    """Read a file with the reader its content calls for, then parse it."""
    return parse(read(path), ner=ner, max_chars=max_chars, pipeline=pipeline, **options)
