"""Round 26's merge: where two helpers' rules met (invented sentences).

A field phrase that ends in a sector verb (``Kinh tế xây dựng``, added for the Ministry
of Construction's department) must not swallow the verb of a district office whose
name is its first words (``Phòng Kinh tế`` + ``xây dựng phương án``).
"""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Phòng Kinh tế xây dựng phương án bồi thường, hỗ trợ tái định cư.", ["Phòng Kinh tế"]),
    ("Giao Phòng Kinh tế xây dựng kế hoạch kiểm tra trước ngày 15/3.", ["Phòng Kinh tế"]),
])
def test_a_sector_verb_before_its_object_is_the_office_s_predicate(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cục Kinh tế xây dựng chủ trì hướng dẫn các địa phương.", ["Cục Kinh tế xây dựng"]),
    ("Cục Kinh tế xây dựng thuộc Bộ Xây dựng công bố chỉ số giá.",
     ["Cục Kinh tế xây dựng", "Bộ Xây dựng"]),
    ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh lập hồ sơ.",
     ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]),
])
def test_the_name_keeps_its_sector_verb_before_a_verb_or_a_field(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Ban Quản lý dự án đầu tư xây dựng huyện Can Lộc lập hồ sơ.",
    "Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai hoàn thiện thủ tục.",
])
def test_a_project_board_s_small_field_keeps_its_verb_before_a_level(text: str) -> None:
    """Near miss: a level word after ``xây dựng`` goes on with the board's name."""
    assert names(text)[0].startswith("Ban Quản lý dự án đầu tư xây dựng ")
