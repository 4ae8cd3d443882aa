"""A record whose span runs from a first line typed without marks into the marked text
after it quotes the printed text at its span (found by the damaged-bytes property test).

The pipeline parses a copy whose bare head is restored (``PHONG CHONG`` read as
``PHÒNG CHỐNG``) and then puts the printed letters back. A value that runs past the head
was looked up in the head alone, found nowhere, and kept the restored marks, so its
``text`` no longer matched ``doc.text[start:end]``.
"""

from __future__ import annotations

import pytest

import vbcd
from span_invariants import check_document

CASES = [
    # a scan's first lines typed bare, the rest in capitals with marks, no header
    "sai DAN PHONG CHONG DICH COVID-19\n\n: CANH LAM VIỆC NGẮN NGÀY (DƯỚI 14 NGÀY)\n"
    "TẠI THÀNH PHỐ HỒ CHÍ MINH",
    # the property test's own example (a page-break marker and OCR debris before it)
    "\n\n--- PAGE BREAK ---\n\nNG\n\nsai DAN PHONG CHONG DICH COVID-19\n\n: NED) P CANH LAM "
    "VIỆC NGAN NGÀY (DƯỚI 14 NGÀY)\nOe aK <s7 TẠI THÀNH PHO HO CHÍ MINH",
]


@pytest.mark.parametrize("text", CASES)
def test_surface_past_the_bare_head_is_the_printed_text(text: str) -> None:
    doc = vbcd.parse(text)
    check_document(doc, text)
    assert doc.preamble is not None
    assert doc.preamble.text == doc.text[doc.preamble.start:doc.preamble.end]
    assert "PHONG CHONG" in doc.preamble.text  # printed bare, and so quoted
