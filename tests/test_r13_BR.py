"""Organs known by their brand (``Agribank``, ``Viettel Nghệ An``), abbreviations in
brackets inside an organ's name (``Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Nam``)
and the level a place gives a local unit."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _actors(text: str) -> list[str]:
    return [a.actor for a in vbcd.parse(text).assignments]


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("Giao Agribank - Chi nhánh tỉnh Nghệ An phối hợp rà soát các khoản vay.",
         "Agribank - Chi nhánh tỉnh Nghệ An", "province"),
        ("Giao Agribank Chi nhánh huyện Yên Thành cho vay vốn.",
         "Agribank Chi nhánh huyện Yên Thành", "district"),
        ("Đề nghị Viettel Nghệ An bảo đảm thông tin liên lạc thông suốt.",
         "Viettel Nghệ An", "province"),
        ("VNPT Hà Tĩnh phối hợp triển khai hạ tầng số.", "VNPT Hà Tĩnh", "province"),
        ("MobiFone tỉnh Quảng Bình hỗ trợ nhắn tin cảnh báo thiên tai.",
         "MobiFone tỉnh Quảng Bình", "province"),
        ("Vietnam Airlines bố trí chuyến bay đưa công dân về nước.",
         "Vietnam Airlines", "central"),
        ("Sở Công Thương phối hợp với EVN Thanh Hóa tuyên truyền tiết kiệm điện.",
         "EVN Thanh Hóa", "province"),
    ],
)
def test_a_brand_is_an_organ_with_its_scope(text: str, name: str, level: str) -> None:
    found = {a.name: a for a in find_agencies(text)}
    assert name in found
    assert found[name].level == level
    assert found[name].kind == "enterprise"


def test_a_brand_ends_where_another_organ_begins() -> None:
    # (the base read ``Tổng cục Thuế và Petrovietnam`` as one organ)
    assert _names("Tổng cục Thuế và Petrovietnam phối hợp thực hiện.") == [
        "Tổng cục Thuế", "Petrovietnam"]


def test_a_brand_and_its_legal_name_are_one_organ() -> None:
    text = ("Kính gửi: Tập đoàn Điện lực Việt Nam.\n"
            "1. EVN chỉ đạo các tổng công ty điện lực bảo đảm cung ứng điện.\n")
    agencies = find_agencies(text)
    assert [a.name for a in agencies] == ["Tập đoàn Điện lực Việt Nam"]
    assert len(agencies[0].mentions) == 2
    agribank = find_agencies("Đề nghị Agribank Nghệ An tiếp tục giảm lãi suất.")[0]
    assert agribank.canonical.startswith("ngân hàng nông nghiệp và phát triển nông thôn")


def test_a_class_word_before_a_brand_is_part_of_its_name() -> None:
    names = _names("Tập đoàn Viettel chỉ đạo Viettel Hà Tĩnh hỗ trợ lắp đặt trạm.")
    # the national group is not a short form of its provincial unit
    assert names == ["Tập đoàn Viettel", "Viettel Hà Tĩnh"]


def test_a_brand_inside_a_company_name_is_a_word_of_it() -> None:
    assert _names("Tổng công ty Viễn thông MobiFone chỉ đạo MobiFone Hà Tĩnh.") == [
        "Tổng công ty Viễn thông MobiFone", "MobiFone Hà Tĩnh"]
    assert _names("Công ty cổ phần Petrolimex Nghệ An bảo đảm nguồn cung.") == [
        "Công ty cổ phần Petrolimex Nghệ An"]


def test_a_product_named_after_a_brand_is_no_organ() -> None:
    assert _names("Viettel Hà Tĩnh hướng dẫn người dân mở tài khoản Viettel Money.") == [
        "Viettel Hà Tĩnh"]


def test_brands_listed_are_actors_each() -> None:
    text = "1. Đề nghị Vietcombank, BIDV và VietinBank giảm lãi suất cho vay.\n"
    assert _actors(text) == ["Vietcombank", "BIDV", "VietinBank"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Giao Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Nam chủ trì giám sát.",
         "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam"),
        ("Sở Giao thông vận tải (GTVT) tỉnh Lào Cai kiểm tra các tuyến đường.",
         "Sở Giao thông vận tải tỉnh Lào Cai"),
        ("Ngân hàng TMCP Công Thương Việt Nam (VietinBank) chi nhánh Hà Tĩnh hỗ trợ.",
         "Ngân hàng TMCP Công Thương Việt Nam chi nhánh Hà Tĩnh"),
    ],
)
def test_an_abbreviation_in_brackets_keeps_the_scope_after_it(text: str, name: str) -> None:
    assert _names(text)[0] == name


def test_the_actor_keeps_the_scope_after_an_abbreviation_in_brackets() -> None:
    text = "1. Giao Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Nam chủ trì giám sát.\n"
    assert _actors(text) == ["Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Nam"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Điện lực Nam Định kiểm tra lưới điện.", "province"),
        ("Viễn thông Hải Hậu kiểm tra hạ tầng.", "district"),
        ("Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Quảng Bình cho vay.", "province"),
    ],
)
def test_a_place_gives_a_local_unit_its_level(text: str, level: str) -> None:
    assert find_agencies(text)[0].level == level


def test_short_bank_names_are_the_bank_written_in_full() -> None:
    text = ("1. Ngân hàng Chính sách xã hội tỉnh Quảng Bình giải ngân vốn vay.\n"
            "2. UBND các huyện phối hợp với Ngân hàng CSXH chi nhánh tỉnh Quảng Bình.\n")
    assert _names(text) == ["Ngân hàng Chính sách xã hội tỉnh Quảng Bình"]
