"""Division of work among leaders (phân công nhiệm vụ): each leader's item names the
leader with the office, then the duties; these tests pin the persons read there."""

from __future__ import annotations

import vbcd

_NOTICE = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 03/TB-UBND
Tân Phú, ngày 01 tháng 7 năm 2025

THÔNG BÁO
Phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã

Ủy ban nhân dân xã thông báo phân công nhiệm vụ như sau:

1. Chủ tịch UBND xã - ông Phan Văn Hùng: Lãnh đạo, điều hành chung; phụ trách lĩnh vực nội vụ.
2. Phó Chủ tịch UBND xã - bà Lê Thị Thu: phụ trách lĩnh vực văn hóa - xã hội.
3. Phó Giám đốc Sở - ông Trần Minh Đức: phụ trách lĩnh vực dược, an toàn thực phẩm.
4. Thứ trưởng Thường trực Nguyễn Văn Long: giúp Bộ trưởng điều hành công việc thường xuyên.
5. Chủ tịch UBND xã Nguyễn Văn Tâm: lãnh đạo, điều hành chung; phụ trách lĩnh vực tài chính.
6. Phó Chủ tịch UBND tỉnh Lò Văn Pấng phụ trách lĩnh vực dân tộc, tôn giáo.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH




Phan Văn Hùng
"""


def _positions(doc: vbcd.Document, name: str) -> list[tuple[str, str | None]]:
    (person,) = [p for p in doc.persons if p.name == name]
    return [(p.title, p.organ) for p in person.positions]


def test_title_dash_cue_gives_the_holder_the_title() -> None:
    doc = vbcd.parse(_NOTICE)
    assert _positions(doc, "Phan Văn Hùng") == [("Chủ tịch", "UBND xã")]
    assert _positions(doc, "Lê Thị Thu") == [("Phó Chủ tịch", "UBND xã")]
    assert _positions(doc, "Trần Minh Đức") == [("Phó Giám đốc", "Sở")]


def test_standing_deputy_minister_is_one_title() -> None:
    doc = vbcd.parse(_NOTICE)
    assert _positions(doc, "Nguyễn Văn Long") == [("Thứ trưởng Thường trực", None)]


def test_duty_verb_after_the_name_is_no_position() -> None:
    doc = vbcd.parse(_NOTICE)
    assert _positions(doc, "Nguyễn Văn Tâm") == [("Chủ tịch", "UBND xã")]


def test_official_after_province_organ_is_no_place() -> None:
    doc = vbcd.parse(_NOTICE)
    assert _positions(doc, "Lò Văn Pấng") == [("Phó Chủ tịch", "UBND tỉnh")]
    assert all(p.name != "Lò Văn Pấng" for p in doc.places)
