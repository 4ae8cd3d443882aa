"""Round 17 (B2, công điện): the national disaster-response committee's name, which
holds a comma, and a deputy minister's title misread by OCR in the signature."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("2. Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm Cứu nạn chủ trì điều phối "
     "lực lượng cứu hộ.", "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm Cứu nạn"),
    ("theo chỉ đạo của Ủy ban quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn, Bộ "
     "Quốc phòng yêu cầu", "Ủy ban quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn"),
    ("- Ủy ban Quốc gia UPSC, TT và TKCN (b/c);\n- Lưu: VT.",
     "Ủy ban Quốc gia UPSC, TT và TKCN"),
    ("- Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và TKCN;",
     "Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và TKCN"),
])
def test_disaster_committee_name_not_cut_at_its_comma(text: str, name: str) -> None:
    assert name in _names(text)


_TELEGRAM = """BỘ CÔNG THƯƠNG
Số: 07/CĐ-BCT
Hà Nội, ngày 11 tháng 9 năm 2023
CÔNG ĐIỆN
Về việc vận hành an toàn hồ chứa thủy điện
1. Các chủ hồ vận hành đúng quy trình liên hồ chứa.
Nơi nhận:
- Như trên;
- Lưu: VT, ĐL.
KT. BỘ TRƯỞNG
{title}
Phan Quốc Đạt
"""


@pytest.mark.parametrize("printed", ["THÚ TRƯỞNG", "THÙ TRƯỞNG", "THŨ TRƯỞNG"])
def test_deputy_minister_title_with_a_misread_mark(printed: str) -> None:
    sig = vbcd.parse(_TELEGRAM.format(title=printed)).signature
    assert sig is not None
    assert sig.title == "THỨ TRƯỞNG"


def test_party_agency_head_title_kept() -> None:
    text = _TELEGRAM.replace("KT. BỘ TRƯỞNG", "K/T THỦ TRƯỞNG").format(title="PHÓ THỦ TRƯỞNG")
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert sig.on_behalf_of == "THỦ TRƯỞNG"
    assert sig.title == "PHÓ THỦ TRƯỞNG"
