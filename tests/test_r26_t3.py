"""Round 26, gap T3: agency names cut or split (invented sentences).

A police unit written right before its force is one organ with it, as the blind
documents' gold lists it; a ministry's department or institute whose field runs on
in small words after its first capital is read whole.
"""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Giao Phòng Tham mưu Công an tỉnh tổng hợp tình hình, báo cáo kết quả.",
     ["Phòng Tham mưu Công an tỉnh"]),
    ("Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam kiểm tra các cơ sở kinh doanh.",
     ["Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam"]),
    ("Đội Cảnh sát giao thông Công an huyện Lý Nhân phân luồng giao thông.",
     ["Đội Cảnh sát giao thông Công an huyện Lý Nhân"]),
    ("Phòng PA05 Công an tỉnh theo dõi thông tin trên không gian mạng.",
     ["Phòng PA05 Công an tỉnh"]),
])
def test_a_police_unit_before_its_force_is_one_organ(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_comma_keeps_the_unit_and_its_force_apart() -> None:
    """Near miss: after a comma the force is a second organ (a person's post)."""
    found = names("Ông Lê Văn An, Đội trưởng Đội Cảnh sát PCCC và CNCH, Công an thị xã Hương Thủy.")
    assert found[0] == "Đội Cảnh sát PCCC và CNCH"


@pytest.mark.parametrize(("text", "expected"), [
    ("Các địa phương gửi báo cáo về Cục Kinh tế xây dựng trước ngày 30/6/2024.",
     ["Cục Kinh tế xây dựng"]),
    ("Liên hệ Phòng Giá xây dựng, Cục Kinh tế xây dựng để được hướng dẫn.",
     ["Phòng Giá xây dựng", "Cục Kinh tế xây dựng"]),
    ("Ông Lê Văn Bình, nghiên cứu viên, Viện Khoa học tổ chức nhà nước và lao động.",
     ["Viện Khoa học tổ chức nhà nước và lao động"]),
])
def test_a_department_field_in_small_words_is_read_whole(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_field_then_a_verb_still_ends_the_name() -> None:
    """Near miss: ``Sở Xây dựng`` followed by a small verb phrase stops at the sector."""
    assert names("Sở Xây dựng tổ chức kiểm tra chất lượng công trình.") == ["Sở Xây dựng"]


def test_a_police_force_read_as_a_class_leaves_its_team_standing() -> None:
    """Near miss: ``Công an huyện`` with no district in view names no one force; the
    team is kept alone, not dropped with it."""
    assert names("Đội Cảnh sát giao thông Công an huyện chủ trì.") == [
        "Đội Cảnh sát giao thông"]
