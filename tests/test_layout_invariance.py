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
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import vbcd

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _wrap(text: str) -> str:
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, 80) or [""] if len(line) > 90 else [line]))


LAYOUTS = {
    "wrapped": _wrap,
    "indented": lambda t: "\n".join("    " + ln if ln.strip() else ln for ln in t.split("\n")),
    "no_blank_lines": lambda t: re.sub(r"\n[ \t]*\n+", "\n", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "no_markdown": lambda t: re.sub(r"\*\*|__", "", t),
    "no_break_spaces": lambda t: t.replace(" ", "\u00a0"),
    "cells_on_lines": lambda t: re.sub(r"[ \t]*\|[ \t]*", "\n", t),
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
    changed, laid_out = [], 0
    for path in _documents():
        moved = _side_by_side(path.read_text(encoding="utf-8"))
        if moved is None:
            continue
        laid_out += 1
        got = _fields(vbcd.parse(moved))
        want = _original(path)
        changed += [f"{path.name}: {k} {want[k]!r} -> {got[k]!r}"
                    for k in want if got[k] != want[k] and k not in ("persons", "places")]
    assert laid_out >= 15  # most documents end with a list then a block
    assert changed == []
