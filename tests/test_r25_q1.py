"""Round 25 Q1: minerals and sand-mining documents (invented text).

The environmental police's department written without the comma of ``phòng, chống``
or in its short form, and a scanned seal's legend in the footer (beside the recipient
list, or under the signer's position) read as neither an organ nor a person.
"""
from __future__ import annotations

import vbcd

_POLICE = """\
1. Công an tỉnh chỉ đạo Phòng Cảnh sát phòng chống tội phạm về môi trường kiểm tra các bến bãi cát.
2. Đội Cảnh sát PCTP về môi trường Công an huyện tuần tra trên sông Tiền.
"""

_SEAL_BESIDE = """\
ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
Số: 05/CĐ-UBND
Hương Khê, ngày 14 tháng 3 năm 2019
CÔNG ĐIỆN
Về việc chấn chỉnh khai thác đất san lấp trái phép
1. Công an huyện kiểm tra các điểm khai thác đất.
2. Phòng Tài nguyên và Môi trường báo cáo trước ngày 25/3/2019.
Nơi nhận:                                           CHỦ TỊCH
- Như trên;
- TT Huyện ủy;                                     UY BAN NHAN DAN
- Lưu: VT.                                          HUYEN HUONG KHE
                                                      Phan Đình Lực
"""

_SEAL_UNDER = """\
UBND TỈNH BẾN TRE
VĂN PHÒNG
Số: 71/TB-VPUBND
Bến Tre, ngày 5 tháng 9 năm 2022
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra mỏ cát trên sông Hàm Luông
1. Sở Tài nguyên và Môi trường rà soát các mỏ cát đã cấp phép.
2. Sở Giao thông vận tải kiểm soát tải trọng xe chở cát.
Nơi nhận:
- CT, PCT UBND tỉnh;
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
VĂN PHÒNG
ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Lê Thị Kim Hoa
"""


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def test_environmental_police_without_comma() -> None:
    names = _agencies(_POLICE)
    assert "Phòng Cảnh sát phòng chống tội phạm về môi trường" in names
    assert "Phòng Cảnh sát" not in names


def test_environmental_police_short_form() -> None:
    assert any(n.startswith("Đội Cảnh sát PCTP về môi trường") for n in _agencies(_POLICE))


def test_unmarked_seal_beside_recipients_is_no_agency() -> None:
    names = _agencies(_SEAL_BESIDE)
    assert not any("NHAN DAN" in n for n in names)
    assert "TT Huyện ủy" in names


def test_seal_under_position_is_no_agency_nor_person() -> None:
    doc = vbcd.parse(_SEAL_UNDER)
    assert not any(a.name.startswith("VĂN PHÒNG") for a in doc.agencies)
    assert [p.name for p in doc.persons] == ["Lê Thị Kim Hoa"]
    assert doc.signature is not None and doc.signature.name == "Lê Thị Kim Hoa"


def test_position_lines_with_a_unit_keep_it() -> None:
    text = _SEAL_UNDER.replace("VĂN PHÒNG\nỦY BAN NHÂN DÂN TỈNH BẾN TRE\n", "") \
        .replace("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n",
                 "TL. CỤC TRƯỞNG\nTRƯỞNG BAN NGHIỆP VỤ THUẾ\n")
    assert any(n.startswith("BAN NGHIỆP VỤ THUẾ") for n in _agencies(text))
