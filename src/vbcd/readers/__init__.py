"""Readers: from a file on disk to decoded text (see :func:`read`).

The reader is chosen by *content* (magic bytes), not by the file name, because
archives are full of ``.doc`` files that are really HTML or RTF and of PDFs
without an extension. Every reader returns a :class:`Source` whose ``text`` is
what the parser normalises (``vbcd.parse(source.text)``); what a reader had to
guess or drop is reported in ``Source.warnings`` as ``(code, message)`` pairs
instead of failing. Formats and limits are described in ``docs/inputs.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from vbcd.errors import InputError, InputTooLargeError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this on disk are refused before anything is read."""


@dataclass
class Source:
    """Decoded text of one input and what the reader noticed.

    ``pages`` holds the offset in ``text`` where each page starts (PDF; empty for
    formats without pages). ``notes_start`` is the offset where footnotes
    appended after the body begin (DOCX), ``None`` if there are none. Page
    headers and footers never enter ``text``: they are kept in ``headers`` and
    ``footers``.
    """

    text: str
    path: str | None = None
    format: str = "text"
    encoding: str | None = None
    pages: list[int] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    notes_start: int | None = None
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> int | None:
        """1-based page holding ``offset`` of :attr:`text`; ``None`` without pages."""
        return page_of(self, offset)

    def warn(self, code: str, message: str) -> None:
        self.warnings.append((code, message))


def page_of(source: Source, offset: int) -> int | None:
    """1-based page number of an offset into ``source.text`` (``None`` if unpaged).

    Offsets into a parsed document's normalised text map back to ``source.text``
    through ``Document.raw_offset`` first.
    """
    if not source.pages:
        return None
    i = bisect_right(source.pages, max(offset, 0))
    return max(i, 1)


def read(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, format: str | None = None
) -> Source:
    """Read one input file, choosing the reader by its content.

    ``format`` forces a reader (``text``, ``html``, ``docx``, ``pdf``, ``doc``).
    Raises :class:`~vbcd.errors.InputTooLargeError` for files over ``max_bytes``,
    :class:`~vbcd.errors.InputError` subclasses for unreadable content and
    :class:`~vbcd.errors.MissingDependencyError` when an optional reader is absent.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise InputTooLargeError(
            f"{p} has {size:,} bytes; the limit is {max_bytes:,} (raise it with max_bytes=)"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from exc
    return read_bytes(data, name=str(p), max_bytes=max_bytes, format=format)


def read_bytes(
    data: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    format: str | None = None,
) -> Source:
    """Like :func:`read` for bytes already in memory (``name`` is only reported)."""
    from vbcd.readers.sniff import sniff

    if len(data) > max_bytes:
        raise InputTooLargeError(f"input has {len(data):,} bytes; the limit is {max_bytes:,}")
    fmt = format or sniff(data)
    if fmt == "docx":
        from vbcd.readers.docx import read_docx

        src = read_docx(data, max_bytes=max_bytes)
    elif fmt == "pdf":
        from vbcd.readers.pdf import read_pdf

        src = read_pdf(data)
    elif fmt == "html":
        from vbcd.readers.html import read_html

        src = read_html(data)
    elif fmt in ("doc", "rtf"):
        from vbcd.readers.doc import read_doc

        src = read_doc(data, kind=fmt, max_bytes=max_bytes)
    elif fmt == "mht":
        from vbcd.readers.html import read_mht

        src = read_mht(data)
    elif fmt == "text":
        from vbcd.readers.text import read_text

        src = read_text(data)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    src.path = name
    return src


__all__ = ["DEFAULT_MAX_BYTES", "Source", "page_of", "read", "read_bytes"]
