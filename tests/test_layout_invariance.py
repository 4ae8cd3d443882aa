"""The same document laid out another way parses the same.

Real archives hold one document in many layouts: hard-wrapped at 80 columns by a PDF
converter, indented, without blank lines, with Windows line ends, without Markdown
marks, with no-break spaces from HTML, with a table's cells on lines of their own. Each
fixture document is re-laid out so and must keep its header, its signer, and the counts
of its recipients, clauses and of every entity layer. No layout is special-cased: a rule that
held only for one layout would fail here.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import vbcd
from vbcd.grammar import load

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _wrap(text: str) -> str:
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, 80) or [""] if len(line) > 90 else [line]))


def _justify(text: str, width: int = 84) -> str:
    """Justified text as a layout-preserving PDF text layer prints it: each line of a
    paragraph but its last (a line whose next one goes on with a small letter) is
    stretched to ``width`` with blanks spread between its words, two more at most."""
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines):
        words = line.split(" ")
        nxt = lines[k + 1].lstrip()[:1] if k + 1 < len(lines) else ""
        gaps = len(words) - 1
        extra = width - len(line)
        if extra <= 0 or gaps < 3 or extra > 2 * gaps or not nxt.islower():
            out.append(line)
            continue
        out.append(" ".join(
            w + " " * (extra // gaps + (i < extra % gaps)) for i, w in enumerate(words[:-1]))
            + " " + words[-1])
    return "\n".join(out)


LAYOUTS = {
    "wrapped": _wrap,
    "indented": lambda t: "\n".join("    " + ln if ln.strip() else ln for ln in t.split("\n")),
    "no_blank_lines": lambda t: re.sub(r"\n[ \t]*\n+", "\n", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "no_markdown": lambda t: re.sub(r"\*\*|__", "", t),
    "no_break_spaces": lambda t: t.replace(" ", "\u00a0"),
    "cells_on_lines": lambda t: re.sub(r"[ \t]*\|[ \t]*", "\n", t),
    "justified": _justify,
    "symbol_bullets": lambda t: re.sub(r"(?m)^([ \t]*)- ", r"\1• ", t),
    "plus_bullets": lambda t: re.sub(r"(?m)^([ \t]*)- ", r"\1+ ", t),
    "markdown_bullets": lambda t: re.sub(r"(?m)^([ \t]*)- ", r"\1* ", t),
    # the signature's authority marks without their dots (``KT TRƯỞNG BAN``)
    "marks_without_dots": lambda t: re.sub(r"(?m)^(\W*)(KT|TM|TL)\. ", r"\1\2 ", t),
    # a section's roman numeral on a line of its own, its heading under it
    "roman_alone": lambda t: re.sub(r"(?m)^([ \t]*(?:\*\*)?[IVX]{1,4}\.)[ \t]+(?=\S)", r"\1\n", t),
    # an OCR'd header: tone marks misread on ``Số`` and the date's ``ngày``
    "ocr_tones": lambda t: re.sub(r"ngày(\s+\d{1,2}\s+tháng)", r"ngảy\1", re.sub(
        r"(?m)^(\W*)Số", r"\1Sô", t, count=1), count=1),
}


def _documents() -> list[Path]:
    """The annotated dev documents and a spread of the silver ones."""
    return sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "silver").glob("*.txt"))[::4]


def _fields(doc: vbcd.Document) -> dict[str, Any]:
    sig = doc.signature
    return {
        "number": doc.number.value if doc.number else None,
        "date": doc.issue_date.value if doc.issue_date else None,
        "type": doc.doc_type.code if doc.doc_type else None,
        "title": " ".join(doc.title.value.split()) if doc.title else None,
        "signer": sig.name if sig else None,
        "authority": sig.authority if sig else None,
        "recipients": len(doc.recipients),
        "clauses": len(doc.clauses),
        **{layer: len(getattr(doc, layer)) for layer in (
            "dates", "references", "agencies", "persons", "places", "deadlines",
            "assignments")},
    }


@cache
def _original(path: Path) -> dict[str, Any]:
    return _fields(vbcd.parse(path.read_text(encoding="utf-8")))


def _relaid(relay: Callable[[str], str | None], *, skip: tuple[str, ...] = (),
            fields: Callable[[vbcd.Document], dict[str, Any]] = _fields,
            ) -> tuple[int, list[str]]:
    """How many documents ``relay`` lays out anew, and every field that changed."""
    changed: list[str] = []
    laid_out = 0
    for path in _documents():
        text = path.read_text(encoding="utf-8")
        moved = relay(text)
        if moved is None:
            continue
        laid_out += 1
        want = _original(path) if fields is _fields else fields(vbcd.parse(text))
        got = fields(vbcd.parse(moved))
        changed += [f"{path.name}: {k} {want[k]!r} -> {got[k]!r}"
                    for k in want if got[k] != want[k] and k not in skip]
    return laid_out, changed


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_document_parses_the_same_in_another_layout(layout: str) -> None:
    changed = []
    for path in _documents():
        text = path.read_text(encoding="utf-8")
        got = _fields(vbcd.parse(LAYOUTS[layout](text)))
        want = _original(path)
        changed += [f"{path.name}: {k} {want[k]!r} -> {got[k]!r}"
                    for k in want if got[k] != want[k]]
    assert changed == []


def _side_by_side(text: str) -> str | None:
    """The document with its recipient list and signature block printed side by side and
    read line by line, as a layout-preserving PDF text layer (``pdftotext -layout``) or a
    converted two-column table gives them: the block's first line beside the list's
    heading, its next lines beside the first items, the name beside the last item.
    ``None`` when the block does not follow the list directly."""
    doc = vbcd.parse(text)
    t, sig = doc.text, doc.signature
    if not doc.recipients or sig is None or sig.name is None or sig.name_end is None:
        return None
    head = t.rfind("Nơi nhận", 0, doc.recipients[0].start)
    end = doc.archive_line.end if doc.archive_line else doc.recipients[-1].end
    end = t.find("\n", end) % (len(t) + 1)
    if head < 0 or sig.start < end or t[end:sig.start].strip(" \n*|"):
        return None
    head = t.rfind("\n", 0, head) + 1
    left = [ln.rstrip() for ln in t[head:end].split("\n") if ln.strip(" *|")]
    right = [ln.strip(" *") for ln in t[sig.start:sig.name_start].split("\n") if ln.strip(" *|")]
    right.append(" ".join(t[sig.name_start:sig.name_end].split()))
    if len(right) < 2 or len(right) > len(left) + 1:
        return None
    rows = max(len(left), len(right))
    cells = right[:-1] + [""] * (rows - len(right)) + right[-1:]
    width = max(map(len, left)) + 12
    lines = [f"{(left[k] if k < len(left) else ''):<{width}}{cells[k]}".rstrip()
             for k in range(rows)]
    return t[:head] + "\n".join(lines) + t[sig.name_end:]


def test_a_document_parses_the_same_with_its_closing_in_two_columns() -> None:
    """The recipient list and the signature block side by side on the same lines: the
    list keeps its items, the signature its authority and signer, and no organ is read
    out of a signature line. Persons and places are not compared: an item wrapped in
    the left column has a signature line between its two halves (``TP.      PHÓ
    TRƯỞNG BAN`` / ``Hồ Chí Minh);``), as in a real PDF text layer."""
    laid_out, changed = _relaid(_side_by_side, skip=("persons", "places"))
    assert laid_out >= 15  # most documents end with a list then a block
    assert changed == []


def _overlaps(a: int, b: int, field: Any) -> bool:
    return field is not None and field.start < b and field.end > a


def _header_in_two_columns(text: str) -> str | None:
    """The document with its header printed in two columns and read line by line, as a
    layout-preserving PDF text layer gives it: the issuer over the number on the left;
    the national name, the motto and the place and date on the right, the number and
    the date on one row, a công văn's subject (``V/v ...``) under the number. Each
    field is printed on one line, as an original prints it (a converter's narrow cells
    wrapped some). ``None`` when the header lacks one of those fields."""
    doc = vbcd.parse(text)
    t = doc.text
    kind, issuer, number, national, date = (
        doc.doc_type, doc.issuer, doc.number, doc.national_header, doc.issue_date)
    if not (kind and issuer and number and national and date):
        return None
    ends = max(issuer.end, number.end, national.end, date.end)
    subject = doc.title if kind.source != "type_line" else None
    if kind.source == "type_line":
        stop = t.rfind("\n", 0, kind.start) + 1
    elif subject is not None and subject.start < ends + 200:  # a công văn's ``V/v ...``
        stop = t.find("\n", max(ends, subject.end)) + 1 or len(t)
    else:
        return None
    if ends > stop:
        return None
    below: list[str] = []  # the subject, under the number
    left: list[str] = []
    right: list[str] = []
    number_row: list[str] = []
    date_row: list[str] = []
    pos = 0
    for line in t[:stop].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        s = line.strip(" *|")
        if not s:
            continue
        if subject is not None and _overlaps(a, b, subject) and not _overlaps(a, b, number):
            if _overlaps(a, b, date) or _overlaps(a, b, national):
                return None  # already side by side
            below.append(s)
        elif _overlaps(a, b, issuer):
            if issuer.value not in left and issuer.name not in left:
                left += [issuer.parent, issuer.name] if issuer.parent else [issuer.value]
        elif _overlaps(a, b, national):
            if not right:
                right.append(" ".join(t[national.start:national.end].split()))
        elif _overlaps(a, b, date) or _overlaps(a, b, doc.issue_place):
            date_row.append(s)
        elif _overlaps(a, b, number) or s.rstrip(":") == "Số":
            number_row.append(s)
        elif s.startswith("Độc lập") or (right and set(s) <= set("-_=")):
            right.append(s)
        else:
            left.append(s)
    if not left or not right:
        return None
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    left.append(" ".join(" ".join(number_row).split()))
    right.append(" ".join(" ".join(date_row).split()))
    left += below
    right += [""] * len(below)
    width = max(map(len, left)) + 10
    lines = [f"{a:<{width}}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    return "\n".join(lines) + "\n\n" + t[stop:]


def test_a_document_parses_the_same_with_its_header_in_two_columns() -> None:
    """The header side by side (issuer and number | national name, motto, place and
    date): the issuer, place, number, date, type and title, the signer and every layer
    stay as in the document's own layout."""
    def with_issuer(doc: vbcd.Document) -> dict[str, Any]:
        return {**_fields(doc), "issuer": doc.issuer.value if doc.issuer else None,
                "place": doc.issue_place.value if doc.issue_place else None}

    laid_out, changed = _relaid(_header_in_two_columns, fields=with_issuer)
    assert laid_out >= 15
    assert changed == []


NAME_LIKE_PLACES = load("persons")["places"]["name_like"]


def _signer_in_capitals(text: str) -> str | None:
    """The document with its signer's name printed in capitals (``NGUYỄN VĂN AN``), as
    some originals and their PDF text layers print it; ``None`` without a signer, or
    when the name's surname is not a common one (a name in capitals is told from a line
    of the block by its surname: ``CAO ANH TUẤN`` is not read, by design) or when it is
    spelt like a place (``MAI SƠN``)."""
    from vbcd.extract.person_names import SURNAMES_COMMON
    from vbcd.extract.person_tokens import key_of, phrase_keys

    doc = vbcd.parse(text)
    t, sig = doc.text, doc.signature
    if sig is None or sig.name is None or sig.name_start is None or sig.name_end is None:
        return None
    if key_of(sig.name.split()[0]) not in SURNAMES_COMMON:
        return None
    if tuple(phrase_keys(sig.name)) in {tuple(phrase_keys(p)) for p in NAME_LIKE_PLACES}:
        return None  # spelt like a place (``Mai Sơn``): in capitals, a place's line
    return t[:sig.name_start] + t[sig.name_start:sig.name_end].upper() + t[sig.name_end:]


def test_a_document_parses_the_same_with_its_signer_in_capitals() -> None:
    """A signer's name in capitals under the position (or after it on its line) is the
    signer's, and no organ is read out of the position and the name."""
    def any_case(doc: vbcd.Document) -> dict[str, Any]:
        fields = _fields(doc)
        return {**fields, "signer": fields["signer"].title() if fields["signer"] else None}

    laid_out, changed = _relaid(_signer_in_capitals, fields=any_case)
    assert laid_out >= 30
    assert changed == []
