"""Round 22 (G3): Central Highlands offices, an official named right after an office.

Invented text throughout. An Ê Đê or Jrai woman's name opens with an initial glued by
an apostrophe (``H'Yơn Ksơr``) and has no family name of the table; printed right after
an office with no cue (``Phó Chủ tịch UBND tỉnh H'Yơn Ksơr``) it used to be read as the
province's name: the organ ran on over it and no person was found. ``Y`` opens an Ê Đê
man's name of three words (``Y Thanh Niê Kđăm``) the same way.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.models import Document

_HEAD = """UBND TỈNH ĐẮK NÔNG
VĂN PHÒNG
Số: 77/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Nghĩa, ngày 15 tháng 5 năm 2023

THÔNG BÁO
Kết luận tại hội nghị

"""


def _doc(body: str) -> Document:
    return parse(_HEAD + body + "\n\n1. Giao Sở Nội vụ chủ trì, tổng hợp.\n")


@pytest.mark.parametrize(("body", "name"), [
    ("Ngày 12/5/2023, Phó Chủ tịch UBND tỉnh H'Yơn Ksơr chủ trì hội nghị.", "H'Yơn Ksơr"),
    ("Chủ tịch UBND tỉnh H’Bơ Rmah phát biểu chỉ đạo tại hội nghị.", "H’Bơ Rmah"),
])
def test_initial_name_after_office_is_a_person(body: str, name: str) -> None:
    doc = _doc(body)
    people = {p.name: p for p in doc.persons}
    assert name in people
    assert [x.organ for x in people[name].positions] == ["UBND tỉnh"]
    assert "UBND tỉnh" in [a.name for a in doc.agencies]
    assert not any(name in a.name for a in doc.agencies)


def test_y_opener_ends_the_organ() -> None:
    doc = _doc("Chủ tịch UBND tỉnh Y Thanh Niê Kđăm phát biểu tại hội nghị.")
    assert "UBND tỉnh" in [a.name for a in doc.agencies]
    assert not any("Kđăm" in a.name for a in doc.agencies)


def test_place_with_apostrophe_stays_a_place() -> None:
    doc = _doc("Chủ tịch UBND huyện Ia H'Drai và Chủ tịch UBND huyện Ea H'leo báo cáo.")
    names = [a.name for a in doc.agencies]
    assert "UBND huyện Ia H'Drai" in names and "UBND huyện Ea H'leo" in names
