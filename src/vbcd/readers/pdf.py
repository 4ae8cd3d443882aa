"""PDF with a text layer: text page by page, pages recorded, page furniture cut.

pypdf is used (``pip install 'vbcd[pdf]'``): pure Python, maintained, and it
gives text per page, which is all that is needed here. Pages are joined with a
blank line (``\\n\\n``) and the offset where each starts goes to
``Source.pages``; the normaliser rejoins a paragraph whose continuation on the
next page starts in lower case. Lines repeated at the top or bottom of most
pages (running headers and footers, digits ignored) and bare page numbers
(``2``, ``- 2 -``) are removed first, so they do not cut such paragraphs.

A PDF whose pages carry no text is a scan: :class:`UnsupportedFormatError`
says it needs OCR. Pages without text inside a text PDF are reported in a
warning.
"""

from __future__ import annotations

import io
from collections import Counter

import regex

from vbcd.errors import InputError, MissingDependencyError, UnsupportedFormatError, VbcdError
from vbcd.readers import Source
from vbcd.readers.text import apply_legacy

MAX_PAGES = 2000
"""Pages read at most; the rest is dropped with a warning."""

_BARE_NUMBER = regex.compile(r"[-–—\s]*\d{1,4}[-–—\s]*")
_DIGITS = regex.compile(r"\d+")
_EDGE = 2  # lines looked at on each edge of a page


def _furniture_key(line: str) -> str:
    return str(_DIGITS.sub("#", " ".join(line.split()))).casefold()


def _strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], int]:
    """Drop repeated edge lines and bare page numbers; returns pages and count."""
    n = len(pages)
    heads: Counter[str] = Counter()
    foots: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        heads.update({_furniture_key(ln) for ln in body[:_EDGE] if len(ln) <= 120})
        foots.update({_furniture_key(ln) for ln in body[-_EDGE:] if len(ln) <= 120})
    need = max(2, (n + 1) // 2)
    head_keys = {k for k, c in heads.items() if c >= need} if n >= 2 else set()
    foot_keys = {k for k, c in foots.items() if c >= need} if n >= 2 else set()
    removed = 0
    out: list[list[str]] = []
    for lines in pages:
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        drop: set[int] = set()
        for i in idx[:_EDGE]:
            key = _furniture_key(lines[i])
            if key in head_keys or _BARE_NUMBER.fullmatch(lines[i]):
                drop.add(i)
        for i in idx[-_EDGE:]:
            key = _furniture_key(lines[i])
            if key in foot_keys or _BARE_NUMBER.fullmatch(lines[i]):
                drop.add(i)
        removed += len(drop)
        out.append([ln for i, ln in enumerate(lines) if i not in drop])
    return out, removed


def read_pdf(data: bytes) -> Source:
    """Read a PDF's text layer (see module docstring)."""
    try:
        from pypdf import PdfReader
    except ImportError as exc:
        raise MissingDependencyError(
            "reading PDF needs pypdf: pip install 'vbcd[pdf]'"
        ) from exc
    src = Source(text="", format="pdf")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for ciphers
                raise UnsupportedFormatError(f"encrypted PDF cannot be opened: {exc}") from exc
            if not ok:
                raise UnsupportedFormatError("encrypted PDF: a password is needed")
        page_objs = list(reader.pages)
    except VbcdError:
        raise
    except Exception as exc:  # pypdf raises many types on hostile files; all mean damage
        raise InputError(f"damaged PDF: {type(exc).__name__}: {exc}") from exc
    if len(page_objs) > MAX_PAGES:
        src.warn("pdf_truncated", f"only the first {MAX_PAGES} of {len(page_objs)} pages read")
        page_objs = page_objs[:MAX_PAGES]
    texts: list[str] = []
    failed: list[int] = []
    for number, page in enumerate(page_objs, start=1):
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # a damaged page must not lose the others
            failed.append(number)
            texts.append("")
    if failed:
        src.warn("pdf_page_error", f"text of page(s) {_ranges(failed)} could not be extracted")
    if sum(len(t.strip()) for t in texts) < 20:
        raise UnsupportedFormatError(
            f"PDF of {len(texts)} page(s) has no text layer: it is a scan and needs OCR "
            "(e.g. ocrmypdf -l vie in.pdf out.pdf), then read the output"
        )
    empty = [i for i, t in enumerate(texts, start=1) if not t.strip() and i not in failed]
    if empty:
        src.warn("pdf_needs_ocr", f"page(s) {_ranges(empty)} have no text layer (scanned?)")
    pages, removed = _strip_furniture([t.replace("\r\n", "\n").split("\n") for t in texts])
    if removed:
        src.warn("pdf_furniture", f"{removed} running header/footer or page-number line(s) cut")
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for lines in pages:
        page_text = "\n".join(lines).strip("\n")
        if parts:
            parts.append("\n\n")
            pos += 2
        offsets.append(pos)
        parts.append(page_text)
        pos += len(page_text)
    text = "".join(parts)
    src.text, src.pages = text, offsets
    before = len(src.text)
    apply_legacy(src)
    if len(src.text) != before:  # VNI conversion shortens text: recompute page starts
        src.pages = _recount(pages, src.text)
    return src


def _recount(pages: list[list[str]], text: str) -> list[int]:
    """Page starts in converted text: pages are separated by the only ``\\n\\n`` joins."""
    offsets = [0]
    pos = 0
    for lines in pages[:-1]:
        n_lines = len("\n".join(lines).strip("\n").split("\n"))
        for _ in range(n_lines):
            nl = text.find("\n", pos)
            if nl < 0:
                return offsets
            pos = nl + 1
        pos += 1  # the blank line between pages
        offsets.append(min(pos, len(text)))
    return offsets


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
