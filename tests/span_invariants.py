"""What every parsed document must satisfy, whatever the input.

Shared by the property tests (``test_robustness.py``), the adversarial inputs
(``test_adversarial.py``) and the fuzz target (``fuzz/fuzz_parse.py``), so that the
three judge a document by the same rules:

* every record that carries ``start``/``end`` (at any depth of
  ``doc.model_dump(mode="json")``) lies inside the text, and its ``text`` field,
  when it has one, is exactly ``doc.text[start:end]``;
* other offset pairs (``name_start``/``name_end``, a clause's ``subtree_end``)
  lie inside the text too, and a clause's children lie inside its subtree;
* the offset map runs forward, and ``doc.raw_span`` of every record stays inside
  the decoded input and covers the same letters and digits: normalisation moves,
  removes and composes characters, but never adds, drops or reorders a letter or
  digit (compared after NFD, keeping ASCII letters and digits, a PDF glyph or a
  Cyrillic look-alike read as the letter it stands for, ``O``/``o``/``I``/``l`` as the
  digit OCR misread in a date), except in the page furniture it removes (``--- PAGE BREAK
  ---`` markers, a gazette's running headers, signature stamps, watermarks) and the
  converter's text around the document (a Markdown link's brackets and address, an
  image, a legal site's digest printed before the document), and an HTML character
  reference's name (``&nbsp;`` is one space).
"""

from __future__ import annotations

import functools
import html
import unicodedata
from collections.abc import Iterator
from typing import Any, TypeGuard

import vbcd
from vbcd.errors import VbcdError
from vbcd.models import Document
from vbcd.normalize import decode
from vbcd.normalize_debris import (
    LATIN_LOOKALIKES,
    NUMERAL_LOOKALIKES,
    PDF_GLYPHS,
    Found,
    find_debris,
)


def iter_records(node: Any, path: str = "doc") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict in a ``model_dump`` tree, with a readable path for messages."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from iter_records(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from iter_records(value, f"{path}[{i}]")


def _is_offset(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


_GLYPH_LETTERS = str.maketrans({**PDF_GLYPHS, **LATIN_LOOKALIKES})


def skeleton(s: str) -> str:
    """The ASCII letters and digits of ``s`` after NFD (``Đức`` -> ``uc``), a PDF glyph
    read as its letter (``Trƣờng`` -> ``Truong``), a Cyrillic look-alike as the Latin
    letter it is read as (``BТС`` -> ``BTC``), and the letters OCR takes for digits as
    those digits (``2O25`` -> ``2025``, on both sides: a date's are read so)."""
    s = unicodedata.normalize("NFD", s.translate(_GLYPH_LETTERS)).translate(NUMERAL_LOOKALIKES)
    return "".join(c for c in s if c.isascii() and c.isalnum())


#: The debris kinds that remove printed text (letters, digits) from the page; a bullet
#: too, when a converter printed it as a letter (Word's ``o`` before a capital, written
#: ``-``: a word broken over a line, ``Gia`` / ``o Ban ...``, reads the same way); and an
#: HTML line break a converter left in a table cell (``KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH``),
#: whose letters are markup, read as the line end it stands for.
FURNITURE = frozenset(("caption", "pagebreak", "stamp", "watermark", "gazette", "pageno",
                       "link", "digest", "bullet", "br"))
_SAME_LENGTH_BLANKS = str.maketrans({"\r": "\n", "\u00a0": " ", "\u2007": " ", "\u202f": " "})


def without_furniture(source: str, start: int = 0, end: int | None = None) -> str:
    """``source[start:end]`` without the page furniture the normaliser finds in
    ``source`` (line ends and no-break spaces made plain first, as it does, keeping every
    offset). Found over the whole of ``source``: some furniture is known only by what
    the rest of the document says (a running header carrying the document's own number,
    which only the header's ``Số:`` line proves)."""
    end = len(source) if end is None else end
    found, _ = _debris(source)
    pieces: list[str] = []
    pos = start
    for a, _, b, kind in found:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        if kind in FURNITURE and a >= pos:
            pieces.append(source[pos:a])
            pos = b
        elif kind == "entity" and a >= pos:  # ``&nbsp;``: markup for one character
            pieces.append(source[pos:a] + html.unescape(source[a:b]))
            pos = b
    pieces.append(source[pos:end])
    return "".join(pieces)


@functools.lru_cache(maxsize=4)
def _debris(source: str) -> tuple[list[Found], bool]:
    """The normaliser's debris in ``source``, once per input (every span reads it)."""
    return find_debris(source.translate(_SAME_LENGTH_BLANKS))


def check_raw_span(doc: Document, raw: str, start: int, end: int, where: str) -> None:
    """``doc.raw_span(start, end)`` lies in ``raw`` and holds the span's letters."""
    a, b = doc.raw_span(start, end)
    assert 0 <= a <= b <= len(raw), (
        f"{where}: raw_span({start}, {end}) = ({a}, {b}) outside input of {len(raw)}"
    )
    source = raw[a:b]
    letters = skeleton(doc.text[start:end])
    if skeleton(source) != letters and skeleton(without_furniture(source)) != letters:
        assert skeleton(without_furniture(raw, a, b)) == letters, (
            f"{where}: text[{start}:{end}]={doc.text[start:end]!r} maps back to {source!r}"
        )


def check_document(doc: Document, raw: str) -> None:
    """Assert the span invariants of ``doc``, parsed from the decoded input ``raw``."""
    text = doc.text
    n = len(text)
    dump = doc.model_dump(mode="json")
    for path, rec in iter_records(dump):
        if path == "doc":
            continue
        start, end = rec.get("start"), rec.get("end")
        if _is_offset(start) and _is_offset(end):
            assert 0 <= start <= end <= n, f"{path}: span {start}:{end} outside text of {n}"
            surface = rec.get("text")
            if isinstance(surface, str):
                assert text[start:end] == surface, (
                    f"{path}: text[{start}:{end}]={text[start:end]!r} but record says {surface!r}"
                )
            check_raw_span(doc, raw, start, end, path)
        name_start, name_end = rec.get("name_start"), rec.get("name_end")
        if name_start is not None or name_end is not None:
            assert _is_offset(name_start) and _is_offset(name_end), f"{path}: half a name span"
            assert 0 <= name_start <= name_end <= n, f"{path}: name span outside text"
        if "subtree_end" in rec:
            assert rec["end"] <= rec["subtree_end"] <= n, f"{path}: subtree_end out of order"
            for i, child in enumerate(rec.get("children", [])):
                assert rec["start"] <= child["start"] and child["subtree_end"] <= rec[
                    "subtree_end"], f"{path}.children[{i}] outside its parent's subtree"
    previous = (0, 0)
    for t, r in doc.offset_map:
        assert 0 <= t <= n and 0 <= r <= len(raw), f"offset_map pair {(t, r)} out of range"
        assert t >= previous[0] and r >= previous[1], f"offset_map goes back at {(t, r)}"
        previous = (t, r)


def decoded(data: str | bytes) -> str:
    """The text ``vbcd.parse`` works on for ``data`` (bytes are decoded as it does)."""
    return decode(data)[0] if isinstance(data, bytes) else data


def parse_checked(data: str | bytes, **options: Any) -> Document | VbcdError:
    """Parse ``data``; return the document (checked) or the ``VbcdError`` it raised.

    Any other exception propagates: that is the bug the callers look for.
    """
    try:
        doc = vbcd.parse(data, **options)
    except VbcdError as exc:
        return exc
    check_document(doc, decoded(data))
    return doc


def outcome(result: Document | VbcdError) -> Any:
    """Something comparable for the determinism check: the dump, or the error."""
    if isinstance(result, VbcdError):
        return (type(result).__name__, str(result))
    return result.model_dump()
