"""Numbers and dashes at the end of names: schools numbered after their own name
(``Trường THPT Cao Lãnh 1``), the communes and wards of the 2025 map named with a
number or two parts joined by a dash (``phường Móng Cái 1``, ``phường Xuân Hương - Đà
Lạt``), numbered units listed under one head (``các Ban bầu cử số 1, số 2``), and
offices whose names hold a comma (``Cục Giải quyết khiếu nại, tố cáo và thanh tra khu
vực I``)."""

from __future__ import annotations

import pytest

import vbcd

_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 215/UBND-VX\n"
    "Lâm Đồng, ngày 09 tháng 9 năm 2025\nV/v triển khai nhiệm vụ\n\n"
)


def _doc(body: str) -> vbcd.Document:
    return vbcd.parse(_HEADER + body + "\n")


def _agencies(body: str) -> list[str]:
    return [a.name for a in _doc(body).agencies if a.start > len(_HEADER)]


def _places(body: str) -> list[str]:
    return [p.name for p in _doc(body).places if p.start > len(_HEADER)]


def _actors(body: str) -> list[str]:
    return [a.actor for a in _doc(body).assignments]


# --- schools numbered after their own name --------------------------------------------


@pytest.mark.parametrize(("body", "school"), [
    ("1. Giao Trường THPT Cao Lãnh 1 chủ trì tổ chức hội thi.", "Trường THPT Cao Lãnh 1"),
    ("1. Trường Mầm non Hoa Hồng 2 báo cáo kết quả về Sở.", "Trường Mầm non Hoa Hồng 2"),
    ("1. Trường Tiểu học Mỹ Thọ 1 cử 02 giáo viên tham gia.", "Trường Tiểu học Mỹ Thọ 1"),
    ("1. Trường Tiểu học Thị trấn 3 bố trí phòng học.", "Trường Tiểu học Thị trấn 3"),
])
def test_a_schools_number_after_its_name_is_part_of_it(body: str, school: str) -> None:
    """Schools sharing a place's or a hero's name are numbered; the number is kept in the
    organ and in the clause's actor, not left at the head of the task."""
    assert _agencies(body) == [school]
    assert _actors(body) == [school]


def test_two_schools_numbered_alike_stay_two() -> None:
    """``Mỹ Thọ 1`` and ``Mỹ Thọ 2`` are two schools; a town's numbered school is no
    short reference to another school (``Trường Tiểu học Thị trấn 3``)."""
    body = ("1. Trường Tiểu học Mỹ Thọ 1 và Trường Tiểu học Mỹ Thọ 2 tổ chức hội thi.\n"
            "2. Trường Mầm non Hoa Hồng 2 và Trường Tiểu học Thị trấn 3 bố trí phòng học.")
    assert _agencies(body) == ["Trường Tiểu học Mỹ Thọ 1", "Trường Tiểu học Mỹ Thọ 2",
                               "Trường Mầm non Hoa Hồng 2", "Trường Tiểu học Thị trấn 3"]


def test_a_count_after_a_schools_name_is_no_number() -> None:
    """``2 lớp``, ``15 học sinh``: a count of the school's classes or pupils."""
    body = "1. Trường THPT Cao Lãnh có 2 lớp; Trường THCS Lê Lợi 15 học sinh đạt giải."
    assert _agencies(body) == ["Trường THPT Cao Lãnh", "Trường THCS Lê Lợi"]


# --- communes and wards of 2025 ------------------------------------------------------------


def test_numbered_wards_listed_after_an_organ_are_each_an_organ() -> None:
    """``UBND các phường Móng Cái 1, Móng Cái 2``: each ward's committee, with its number
    (the places too, the last one before the organ's verb)."""
    body = "1. Giao UBND các phường Móng Cái 1, Móng Cái 2 rà soát hồ sơ."
    assert _agencies(body) == ["UBND phường Móng Cái 1", "UBND phường Móng Cái 2"]
    assert _places(body) == ["Móng Cái 1", "Móng Cái 2"]


def test_numbered_communes_listed_with_va() -> None:
    body = "2. UBND các xã Đam Rông 1, Đam Rông 2 và Đạ Huoai 3 tổ chức kiểm tra."
    assert _agencies(body) == ["UBND xã Đam Rông 1", "UBND xã Đam Rông 2",
                               "UBND xã Đạ Huoai 3"]
    assert _places(body) == ["Đam Rông 1", "Đam Rông 2", "Đạ Huoai 3"]


def test_a_communes_number_before_its_organs_verb() -> None:
    """``Đảng ủy phường Móng Cái 2 họp``: the ward's number, not the start of the task;
    a measure word after it still makes a count (``3 năm liền``)."""
    assert _places("Ngày 10/8/2025, Đảng ủy phường Móng Cái 2 họp.") == ["Móng Cái 2"]
    assert _places("1. UBND xã Đạ Huoai 3 tổ chức kiểm tra.") == ["Đạ Huoai 3"]
    assert _places("1. UBND xã Bình Minh 3 năm liền đạt chuẩn.") == ["Bình Minh"]


def test_an_unknown_communes_number_goes_with_its_organ() -> None:
    """A commune the gazetteer does not know (``xã Bàu Hàm 2``) keeps its number too."""
    body = "1. Giao UBND xã Bàu Hàm 2 chủ trì thực hiện."
    assert _agencies(body) == ["UBND xã Bàu Hàm 2"]
    assert _actors(body) == ["UBND xã Bàu Hàm 2"]


def test_a_ward_named_over_a_dash_before_the_organs_verb() -> None:
    """``phường Xuân Hương - Đà Lạt``: a ward of 2025 named by both parts, in the organ
    and the place, also when the organ's verb follows (not only at an item's end)."""
    body = ("1. UBND phường Xuân Hương - Đà Lạt chủ trì, phối hợp với UBND phường Cam Ly "
            "- Đà Lạt khẩn trương di dời các hộ dân.")
    assert _agencies(body) == ["UBND phường Xuân Hương - Đà Lạt", "UBND phường Cam Ly - Đà Lạt"]
    assert _places(body) == ["Xuân Hương - Đà Lạt", "Cam Ly - Đà Lạt"]


def test_a_province_after_the_dash_is_no_part_of_the_name() -> None:
    """``xã Tân Hòa - Đồng Nai``: the address climbs to the province."""
    body = "1. UBND xã Tân Hòa - Đồng Nai thực hiện."
    assert _agencies(body) == ["UBND xã Tân Hòa"]
    assert _places(body) == ["Tân Hòa", "Đồng Nai"]


# --- numbered units listed under one head ---------------------------------------------------


@pytest.mark.parametrize(("body", "organs"), [
    ("1. Giao các Ban bầu cử số 1, số 2, số 3 niêm yết danh sách cử tri.",
     ["Ban bầu cử số 1", "Ban bầu cử số 2", "Ban bầu cử số 3"]),
    ("1. Đội CSGT số 1, số 2 tăng cường tuần tra.", ["Đội CSGT số 1", "Đội CSGT số 2"]),
    ("1. Các Tổ bầu cử số 5, số 6 và số 7 niêm yết.",
     ["Tổ bầu cử số 5", "Tổ bầu cử số 6", "Tổ bầu cử số 7"]),
    ("1. Giao Trường THPT Cao Lãnh 1, 2 tổ chức.",
     ["Trường THPT Cao Lãnh 1", "Trường THPT Cao Lãnh 2"]),
])
def test_numbers_listed_after_a_numbered_unit_name_each_unit(
        body: str, organs: list[str]) -> None:
    assert _agencies(body) == organs


def test_a_count_after_a_listed_number_ends_the_list() -> None:
    assert _agencies("1. Bộ Tư lệnh Quân khu 4, 5 năm qua đã thực hiện.") == [
        "Bộ Tư lệnh Quân khu 4"]


# --- offices whose names hold a comma or a number after what they manage --------------------


def test_a_complaint_department_with_an_inner_comma() -> None:
    body = ("1. Chi cục Thuế khu vực XV phối hợp với Cục Giải quyết khiếu nại, tố cáo và "
            "thanh tra khu vực I xử lý đơn thư.")
    assert _agencies(body) == ["Chi cục Thuế khu vực XV",
                               "Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực I"]
    assert "Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực I" in _actors(body)


@pytest.mark.parametrize("organ", [
    "Phòng Quản lý thuế doanh nghiệp số 1",
    "Phòng Quản lý nợ và cưỡng chế nợ thuế",
    "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",
])
def test_tax_divisions_read_whole(organ: str) -> None:
    body = f"1. Giao {organ} chủ trì thực hiện."
    assert _agencies(body) == [organ]
    assert _actors(body) == [organ]
