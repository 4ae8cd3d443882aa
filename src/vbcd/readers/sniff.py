"""Which reader a file needs, decided from its first bytes.

File names lie in document archives (``.doc`` files that are HTML saved by
Word or by a portal, RTF renamed ``.doc``, PDFs without extension), so only the
content decides. Rules, first match wins:

* ``PK\\x03\\x04`` with a ``word/document.xml`` member: DOCX (another zip is
  refused: it is not a Word document);
* ``%PDF-`` in the first kilobyte: PDF;
* the OLE2 signature ``D0 CF 11 E0``: legacy Word ``.doc``;
* ``{\\rtf``: RTF;
* ``MIME-Version`` with ``multipart/related``: a single-file web page (MHT);
* ``<html``, ``<!DOCTYPE html``, ``<body`` or Word's
  ``xmlns:w="urn:schemas-microsoft-com:office:word"`` near the start: HTML;
* a fragment opening with a block tag (``<table``, ``<div``, ``<p`` ...) and closing
  one: HTML too (a scraper's content saved alone);
* anything else: text (the text reader rejects binary data).
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from vbcd.errors import UnsupportedFormatError

_OLE = b"\xd0\xcf\x11\xe0"
_HTML_MARKS = (b"<!doctype html", b"<html", b"<body", b"urn:schemas-microsoft-com:office:word")
#: Block tags a scraped fragment opens with (a portal's content ``div`` or the
#: document's header ``table`` saved alone as ``.txt``, no ``<html>`` around it).
_FRAGMENT_OPENERS = re.compile(
    rb"<(?:table|div|p|h[1-6]|center|section|article)[\s>]")


def _head_text(data: bytes, size: int = 4096) -> bytes:
    """The first bytes as lower-case ASCII-ish bytes, UTF-16 flattened."""
    head = data[:size]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return head.decode("utf-16", errors="ignore").encode("ascii", "ignore").lower()
        except UnicodeError:  # pragma: no cover - errors are ignored
            return b""
    return head.lower()


def sniff(data: bytes) -> str:
    """Format name for ``data``: docx, pdf, doc, rtf, mht, html or text."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise UnsupportedFormatError(f"damaged zip archive: {exc}") from exc
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise UnsupportedFormatError(
                "OpenDocument (.odt) is not read directly; save it as DOCX or PDF"
            )
        raise UnsupportedFormatError("zip archive without word/document.xml: not a DOCX file")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE):
        return "doc"
    stripped = data[:64].lstrip()
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    head = _head_text(data)
    if head.lstrip().startswith(b"mime-version") or (
        b"mime-version" in head[:1024] and b"multipart/related" in head
    ):
        return "mht"
    if any(mark in head for mark in _HTML_MARKS):
        return "html"
    if _fragment(head):
        return "html"
    return "text"


def _fragment(head: bytes) -> bool:
    """Whether the text opens with a block tag and closes one: an HTML fragment (a
    scraper's ``<table><tr><td>ỦY BAN NHÂN DÂN ...``), which the HTML reader lays out
    line by line; a plain text that merely mentions a tag opens with none."""
    body = head.lstrip()
    return _FRAGMENT_OPENERS.match(body) is not None and b"</" in body
