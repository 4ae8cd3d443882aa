"""Round 17 (B3): Government Office notices and letters, organ names in running text."""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "organ", "person"), [
    ("Tham dự có Thứ trưởng Bộ Xây dựng Lò Văn Chiến và đại diện các bộ.",
     "Bộ Xây dựng", "Lò Văn Chiến"),
    ("Cùng dự có Thứ trưởng Thường trực Bộ Nội vụ Thái Văn Lành, đại diện Văn phòng.",
     "Bộ Nội vụ", "Thái Văn Lành"),
    ("Dự họp có Giám đốc Sở Giáo dục và Đào tạo Giàng Seo Phử.",
     "Sở Giáo dục và Đào tạo", "Giàng Seo Phử"),
    ("Cùng dự có Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Cao Đức Vượng.",
     "Bộ Nông nghiệp và Phát triển nông thôn", "Cao Đức Vượng"),
    ("Dự có Thứ trưởng Bộ Y tế Hà Thị Mến cùng lãnh đạo các vụ.", "Bộ Y tế", "Hà Thị Mến"),
])
def test_official_on_a_rarer_surname_ends_the_organ(text: str, organ: str, person: str) -> None:
    """A title, the organ, then its official's name on a family name outside the common
    list (Lò, Thái, Giàng, Cao, Hà): the name is the official's, not the organ's."""
    names = _names(text)
    assert organ in names
    assert not any(person in n for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Giám đốc Sở Xây dựng Hà Nội chủ trì kiểm tra.", "Sở Xây dựng Hà Nội"),
    ("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát biểu.",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
])
def test_place_and_eponym_after_a_title_stay_in_the_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Bộ Kế hoạch và Đầu tư tổng hợp nhu cầu vốn trái phiếu Chính phủ giai đoạn 2021 - 2025.",
    "Bộ Tài chính bảo đảm chỉ tiêu nợ Chính phủ, nợ công trong giới hạn cho phép.",
    "Sở Tài chính rà soát các dự án có bảo lãnh Chính phủ trên địa bàn.",
])
def test_government_debt_terms_name_no_organ(text: str) -> None:
    assert "Chính phủ" not in _names(text)


def test_government_still_read_as_the_organ_elsewhere() -> None:
    assert "Chính phủ" in _names(
        "Sở Kế hoạch và Đầu tư phân bổ vốn trái phiếu Chính phủ theo chỉ đạo của Chính phủ.")
