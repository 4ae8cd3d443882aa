"""Round 25 R2: an actor's short relative clause kept whole (invented text).

``có`` + its object + the object's own verb (``có thí sinh dự thi``, ``có tuyến
đường đi qua``) says which members of a class are meant; the level ``cấp trên
trực tiếp cơ sở`` names a union level, it opens no task.
"""

from __future__ import annotations

import vbcd

HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 12/KH-UBND
Bình Phước, ngày 02 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức thực hiện nhiệm vụ năm 2025

II. TỔ CHỨC THỰC HIỆN
"""
TAIL = """
Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Bình
"""


def _actors(item: str) -> list[str]:
    doc = vbcd.parse(HEAD + "1. " + item + "\n" + TAIL)
    return [a.actor for a in doc.assignments]


def test_exam_entrants_kept() -> None:
    assert _actors("Các trường có học sinh dự thi thông báo cho phụ huynh biết lịch thi.") == [
        "Các trường có học sinh dự thi"]


def test_route_passing_kept() -> None:
    got = _actors("Các địa phương có tuyến đường đi qua phối hợp với Hạt Kiểm lâm tuần tra.")
    assert got[0] == "Các địa phương có tuyến đường đi qua"


def test_union_level_kept() -> None:
    assert _actors("Các công đoàn cấp trên trực tiếp cơ sở xây dựng kế hoạch cụ thể.") == [
        "Các công đoàn cấp trên trực tiếp cơ sở"]


def test_tail_without_task_after_is_no_clause() -> None:
    # near miss: ``dự thi`` with no task word right after it keeps the old reading
    got = _actors("Các trường có học sinh dự thi năm nay chủ động rà soát hồ sơ.")
    assert "Các trường có học sinh dự thi năm nay" not in got
