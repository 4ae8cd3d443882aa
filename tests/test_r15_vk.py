"""Ministry departments and offices by name: comma-joined fields and ``Vụ Kế hoạch``."""

from __future__ import annotations

import vbcd


def _names(text: str) -> set[str]:
    return {m.text for a in vbcd.parse(text).agencies for m in a.mentions}


_HEADER = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 55/KH-BGDĐT\n\nHà Nội, ngày 5 tháng 4 năm 2025\n\n"
    "KẾ HOẠCH\nTriển khai công tác năm 2025\n\n"
)


def test_comma_joined_department_fields_are_one_unit() -> None:
    names = _names(
        _HEADER
        + "1. Phòng Thanh tra, Pháp chế chủ trì xây dựng dự thảo.\n"
        + "2. Phòng Chính trị tư tưởng, Công tác học sinh, sinh viên phối hợp tuyên truyền.\n"
        + "3. Phòng Tổ chức, Hành chính bảo đảm hội trường.\n")
    assert "Phòng Thanh tra, Pháp chế" in names
    assert "Phòng Chính trị tư tưởng, Công tác học sinh, sinh viên" in names
    assert "Phòng Tổ chức, Hành chính" in names


def test_vu_ke_hoach_tai_chinh_with_a_comma_as_actor_and_recipient() -> None:
    doc = vbcd.parse(
        _HEADER + "1. Giao Vụ Kế hoạch, Tài chính bố trí kinh phí.\n\n"
        "Nơi nhận:\n- Vụ Kế hoạch, Tài chính;\n- Lưu: VT.\n")
    names = {m.text for a in doc.agencies for m in a.mentions}
    assert "Vụ Kế hoạch, Tài chính" in names
    assert any(s.actor == "Vụ Kế hoạch, Tài chính" for s in doc.assignments)


def test_distributive_department_list_stays_split() -> None:
    names = _names(_HEADER + "1. Các Vụ: Tổ chức cán bộ, Thanh tra, Pháp chế phối hợp thực hiện.\n")
    assert "Thanh tra, Pháp chế" not in names
    assert {"Thanh tra", "Pháp chế"} <= names


def test_vu_ke_hoach_alone_is_an_agency() -> None:
    names = _names(
        "BỘ CÔNG THƯƠNG\nSố: 45/BCT-KH\nV/v rà soát kế hoạch\n\n"
        "Hà Nội, ngày 11 tháng 9 năm 2025\n\nKính gửi: Các đơn vị trực thuộc Bộ.\n\n"
        "Đề nghị các đơn vị gửi báo cáo về Vụ Kế hoạch trước ngày 20/9/2025.\n")
    assert "Vụ Kế hoạch" in names


def test_document_type_under_issuer_stays_a_type() -> None:
    doc = vbcd.parse(
        "UBND TỈNH THANH HÓA\nSỞ Y TẾ\n\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2025\n\n"
        "1. Phòng Kế hoạch - Tài chính chủ trì.\n")
    names = {m.text for a in doc.agencies for m in a.mentions}
    assert "SỞ Y TẾ" in names
    assert not any("KẾ HOẠCH" in n for n in names)
