"""Round 18, C4 (economic ministries and the central bank): organ names and a report's
period, on invented text.

* a locality's department named by its sector before a plural level word is one organ
  per place listed (``Sở Y tế các tỉnh Quảng Bình, Quảng Trị``), as ``UBND các tỉnh``;
* the central bank's section names with an inner comma or ``các`` are whole
  (``Phòng Thanh tra, giám sát``, ``Vụ Tín dụng các ngành kinh tế``);
* a unit's acronym after its head (``Vụ KHTC``, ``Vụ GDTrH``) is the unit the document
  names in full, not a second organ;
* a bare place after a department's sector ends its name before an official's name
  (``Sở Tài chính Nghệ An`` + ``Hoàng Văn Phúc``);
* ``từ đầu năm đến hết ngày ...`` is a running total's period, not a deadline.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đề nghị Sở Y tế các tỉnh Quảng Bình, Quảng Trị chỉ đạo các bệnh viện.",
         ["Sở Y tế tỉnh Quảng Bình", "Sở Y tế tỉnh Quảng Trị"]),
        ("Phòng Giáo dục và Đào tạo các huyện Lệ Thủy, Quảng Ninh phối hợp tuyên truyền.",
         ["Phòng Giáo dục và Đào tạo huyện Lệ Thủy",
          "Phòng Giáo dục và Đào tạo huyện Quảng Ninh"]),
        ("Sở Công Thương các tỉnh: Lào Cai, Yên Bái báo cáo tình hình thị trường.",
         ["Sở Công Thương tỉnh Lào Cai", "Sở Công Thương tỉnh Yên Bái"]),
    ],
)
def test_department_before_plural_level_is_distributed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_department_class_without_places_stays_a_class() -> None:
    assert names("Sở Tài chính các tỉnh, thành phố bố trí kinh phí.") == []


def test_distributed_department_keeps_its_sector_in_the_canonical_name() -> None:
    found = find_agencies("Phối hợp với Sở Y tế các tỉnh Lạng Sơn, Cao Bằng rà soát.")
    assert [a.canonical for a in found] == ["sở y tế tỉnh lạng sơn", "sở y tế tỉnh cao bằng"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các đơn vị gửi báo cáo về Phòng Thanh tra, giám sát trước ngày 10/7/2025.",
         ["Phòng Thanh tra, giám sát"]),
        ("Giao Phòng Tổng hợp, quản lý ngoại hối theo dõi, đôn đốc.",
         ["Phòng Tổng hợp, quản lý ngoại hối"]),
        ("- Vụ Tín dụng các ngành kinh tế (để b/c);", ["Vụ Tín dụng các ngành kinh tế"]),
    ],
)
def test_central_bank_sections_are_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vụ Kế hoạch - Tài chính tổng hợp số liệu.\nNơi nhận:\n- Vụ KHTC;\n- Lưu: VT.",
         ["Vụ Kế hoạch - Tài chính"]),
        ("Vụ Giáo dục Trung học hướng dẫn các sở.\nNơi nhận:\n- Lưu: VT, Vụ GDTrH.",
         ["Vụ Giáo dục Trung học"]),
        ("Giao Sở Kế hoạch và Đầu tư chủ trì.\nNơi nhận:\n- Sở KHĐT;\n- Sở TC;",
         ["Sở Kế hoạch và Đầu tư", "Sở TC"]),
    ],
)
def test_acronym_of_a_unit_named_in_full_is_that_unit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_header_in_capitals_names_the_organ_over_its_acronym() -> None:
    text = ("CỤC HÀNG KHÔNG VIỆT NAM\nSố: 12/CHK-QLC\n\nKính gửi: Các cảng vụ.\n\n"
            "Nơi nhận:\n- Cục HKVN;\n- Lưu: VT.")
    assert names(text) == ["CỤC HÀNG KHÔNG VIỆT NAM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giám đốc Sở Tài chính Nghệ An Hoàng Văn Phúc báo cáo.", ["Sở Tài chính Nghệ An"]),
        ("Giám đốc Sở Công Thương Thanh Hóa Lò Văn Tuấn chủ trì.",
         ["Sở Công Thương Thanh Hóa"]),
        ("Sở Xây dựng Hà Nội chủ trì thẩm định.", ["Sở Xây dựng Hà Nội"]),
    ],
)
def test_place_after_sector_ends_before_official(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_running_total_from_start_of_year_is_no_deadline() -> None:
    doc = parse(
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 88/BNNMT-KH\nV/v giải ngân vốn đầu tư công\n"
        "Hà Nội, ngày 07 tháng 10 năm 2025\nKính gửi: Các đơn vị thuộc Bộ.\n"
        "1. Lũy kế giải ngân từ đầu năm đến hết ngày 30/9/2025 đạt 41,2% kế hoạch.\n"
        "2. Các chủ đầu tư hoàn thành hồ sơ thanh toán trước ngày 20/10/2025.\n"
    )
    assert [str(d.date) for d in doc.deadlines] == ["2025-10-20"]
