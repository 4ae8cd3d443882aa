"""Plain text and Markdown: decode the bytes, then undo legacy font encodings.

Decoding is :func:`vbcd.normalize.decode` (BOMs, UTF-16 without BOM, UTF-8,
Windows-1258). A TCVN3 or VNI file is 8-bit, so it decodes as Windows-1258 (or
not at all, when it uses a byte that code page leaves undefined); either way
the characters map back to their bytes and :mod:`vbcd.readers.legacy` decides.
"""

from __future__ import annotations

from vbcd.errors import EncodingError
from vbcd.normalize import decode
from vbcd.readers import Source
from vbcd.readers.legacy import fix_legacy, label, read_cp1252


def apply_legacy(src: Source) -> Source:
    """Convert ``src.text`` in place if it was typed in a legacy font; warn if so."""
    text, enc = fix_legacy(src.text)
    if enc is not None:
        src.text = text
        src.encoding = enc
        src.warn(
            "legacy_encoding",
            f"text was typed in the legacy {label(enc)} font encoding; converted to Unicode",
        )
    return src


def read_text(data: bytes) -> Source:
    """Read a text or Markdown file (see module docstring)."""
    try:
        text, encoding = decode(data)
    except EncodingError:
        text = read_cp1252(data)
        src = apply_legacy(Source(text=text, format="text", encoding="cp1252"))
        if src.encoding in ("cp1252", "utf8"):
            # no legacy font; and bytes that are not UTF-8 are no UTF-8 read wrongly
            raise
        return src
    return apply_legacy(Source(text=text, format="text", encoding=encoding))
