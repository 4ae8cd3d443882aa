"""Round 15, family AO: agency names cut short or run on (lists after a singular level
word, an area named by a city, numbered teams, boards with small names, long company
names, letters' courtesy verbs)."""

from __future__ import annotations

import pytest

import vbcd

_HEADER = """ỦY BAN NHÂN DÂN
HUYỆN NAM ĐÀN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 112/KH-UBND
Nam Đàn, ngày 03 tháng 4 năm 2024

KẾ HOẠCH
Tổ chức tiêm chủng và bảo đảm cấp điện

1. {line}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hùng
"""


def _names(line: str) -> list[str]:
    doc = vbcd.parse(_HEADER.format(line=line))
    at = doc.text.find(line[:12])
    return [a.name for a in doc.agencies if any(m.start >= at for m in a.mentions)]


def test_facility_after_commune_list_is_no_commune() -> None:
    names = _names("Giao Trạm Y tế xã Đồng Tâm và Nhà văn hóa thôn Tân Sơn chuẩn bị "
                   "địa điểm tiêm chủng.")
    assert names == ["Trạm Y tế xã Đồng Tâm"]


def test_commune_list_with_verb_after_one_word_name_kept() -> None:
    names = _names("Giao UBND xã Đồng Tâm, Tân Lập và Vinh thực hiện.")
    assert "UBND xã Vinh" in names


def test_level_word_written_again_rules_the_names_after_it() -> None:
    names = _names("UBND thị xã Thái Hòa, Hoàng Mai và huyện Quỳnh Lưu, Nghĩa Đàn, Tân Kỳ "
                   "tổ chức thực hiện.")
    assert "UBND huyện Nghĩa Đàn" in names and "UBND huyện Tân Kỳ" in names
    assert "UBND thị xã Hoàng Mai" in names
    assert not any(n.startswith("UBND thị xã Nghĩa") for n in names)


@pytest.mark.parametrize("line, name", [
    ("Chi cục Hải quan khu vực Thành phố Hồ Chí Minh kiểm tra hồ sơ.",
     "Chi cục Hải quan khu vực Thành phố Hồ Chí Minh"),
    ("Đề nghị Kho bạc Nhà nước khu vực Thành phố Hà Nội hướng dẫn thủ tục.",
     "Kho bạc Nhà nước khu vực Thành phố Hà Nội"),
])
def test_area_named_by_a_city_with_its_level_word(line: str, name: str) -> None:
    assert name in _names(line)


@pytest.mark.parametrize("line, name", [
    ("Giao Đội Quản lý điện khu vực Vinh 2 kiểm tra hành lang lưới điện.",
     "Đội Quản lý điện khu vực Vinh 2"),
    ("Đội Truyền tải điện Diễn Châu 1 phối hợp với Công an xã tuần tra.",
     "Đội Truyền tải điện Diễn Châu 1"),
    ("Công ty Truyền tải điện 1 kính đề nghị UBND huyện chỉ đạo các xã.",
     "Công ty Truyền tải điện 1"),
])
def test_power_grid_units_keep_their_number(line: str, name: str) -> None:
    assert name in _names(line)


def test_area_number_is_no_count() -> None:
    names = _names("Chi cục Thuế khu vực Vinh 2 năm qua đã thu vượt dự toán.")
    assert "Chi cục Thuế khu vực Vinh" in names


@pytest.mark.parametrize("line, name", [
    ("Giao Ban Điều hành công tác bảo vệ, chăm sóc trẻ em huyện tổ chức kiểm tra.",
     "Ban Điều hành công tác bảo vệ, chăm sóc trẻ em huyện"),
    ("Ban Quản lý dự án vệ sinh môi trường tỉnh triển khai các hạng mục còn lại.",
     "Ban Quản lý dự án vệ sinh môi trường tỉnh"),
    ("Hội Nạn nhân chất độc da cam/dioxin huyện rà soát, lập danh sách.",
     "Hội Nạn nhân chất độc da cam/dioxin huyện"),
    ("Giao Tổng công ty Đầu tư phát triển đô thị và khu công nghiệp Việt Nam - CTCP "
     "triển khai dự án.",
     "Tổng công ty Đầu tư phát triển đô thị và khu công nghiệp Việt Nam - CTCP"),
])
def test_names_with_small_words_read_whole(line: str, name: str) -> None:
    assert name in _names(line)


def test_assignment_actor_after_courtesy_verb() -> None:
    doc = vbcd.parse(_HEADER.format(
        line="Công ty Truyền tải điện 1 kính đề nghị UBND huyện chỉ đạo các xã phối hợp."))
    assert not any(a.task.startswith("điện 1") for a in doc.assignments)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Truyền tải điện Nghệ An 2 phối hợp với Công an xã tuần tra.", "Truyền tải điện Nghệ An 2"),
        ("Điện lực Quỳnh Lưu 2 năm qua đã giảm tổn thất điện năng.", "Điện lực Quỳnh Lưu"),
    ],
)
def test_a_unit_named_by_its_town_keeps_its_number_but_no_count(text: str, name: str) -> None:
    assert name in [a.name for a in vbcd.parse(text).agencies]
