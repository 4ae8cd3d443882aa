"""Religion, beliefs and festivals: the clergy named with their ranks (Dharma and
baptismal names), the religious organisations a State body works with, and the
religious holidays as dates."""

from __future__ import annotations

import pytest

import vbcd


def _persons(text: str) -> list[tuple[str, list[str]]]:
    doc = vbcd.parse(text + "\n")
    return [(p.name, [f"{q.title} {q.organ}" if q.organ else q.title for q in p.positions])
            for p in doc.persons]


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text + "\n").agencies]


@pytest.mark.parametrize(("line", "name", "position"), [
    ("1. Lãnh đạo Sở thăm, chúc mừng Hòa thượng Thích Thanh Phương, Trưởng ban Trị sự "
     "Giáo hội Phật giáo Việt Nam tỉnh Bắc Ninh vào ngày 10/5/2025.",
     "Thích Thanh Phương", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Ninh"),
    ("2. Ngày 15/8/2025, Đại đức Thích Minh Tâm, trụ trì chùa Phước Hòa tổ chức khóa tu.",
     "Thích Minh Tâm", "trụ trì chùa Phước Hòa"),
    ("- Ni sư Thích nữ Diệu Hiền, Trụ trì chùa Diệu Đế;",
     "Thích nữ Diệu Hiền", "Trụ trì chùa Diệu Đế"),
    ("3. Linh mục Phêrô Nguyễn Văn Sơn, Chánh xứ Giáo xứ Phước An tổ chức Lễ Bổn mạng.",
     "Phêrô Nguyễn Văn Sơn", "Chánh xứ Giáo xứ Phước An"),
    ("4. Mục sư Y Ksor Niê, Quản nhiệm Chi hội Tin lành Ea Kmút đăng ký sinh hoạt.",
     "Y Ksor Niê", "Quản nhiệm Chi hội Tin lành Ea Kmút"),
    ("- Tổng Giám mục Giuse Nguyễn Chí Linh, Tổng Giám mục Tổng Giáo phận Huế;",
     "Giuse Nguyễn Chí Linh", "Tổng Giám mục Tổng Giáo phận Huế"),
])
def test_a_clergy_rank_names_the_person_after_it_with_the_post(
        line: str, name: str, position: str) -> None:
    assert _persons(line) == [(name, [position])]


def test_a_bishop_is_named_once_whole_and_his_see_is_no_person() -> None:
    line = ("1. Lãnh đạo tỉnh thăm, chúc mừng Tòa Giám mục Xuân Lộc và Đức Giám mục Giuse "
            "Đinh Đức Đạo, Giám mục Giáo phận Xuân Lộc trước ngày 22/12/2025.")
    assert _persons(line) == [("Giuse Đinh Đức Đạo", ["Giám mục Giáo phận Xuân Lộc"])]
    assert "Tòa Giám mục Xuân Lộc" in _agencies(line)
    # the rank inside an organ's name names nobody
    assert _persons("- Hội đồng Giám mục Việt Nam;\n- Tòa Giám mục Đà Lạt;") == []


def test_a_khmer_monk_without_a_dharma_name_is_named_after_his_rank() -> None:
    line = "2. Đoàn 2 thăm Hòa thượng Danh Đồng, Trụ trì chùa Rạch Gốc, xã Tân Ân."
    assert _persons(line)[0] == ("Danh Đồng", ["Trụ trì chùa Rạch Gốc"])


@pytest.mark.parametrize(("line", "agency"), [
    ("2. Ban Tôn giáo tỉnh phối hợp với Ban Đại diện Hội thánh Tin lành Việt Nam giải quyết.",
     "Ban Đại diện Hội thánh Tin lành Việt Nam"),
    ("1. Thống nhất để Hội thánh Cao Đài Tòa Thánh Tây Ninh tổ chức Đại lễ.",
     "Hội thánh Cao Đài Tòa Thánh Tây Ninh"),
    ("3. Đoàn thăm Hội Đoàn kết sư sãi yêu nước tỉnh vào ngày 10/4/2025.",
     "Hội Đoàn kết sư sãi yêu nước tỉnh"),
    ("1. Công an xã nắm tình hình tại Giáo xứ Thuận Nghĩa thuộc Giáo phận Vinh.",
     "Giáo phận Vinh"),
    ("1. Thăm Tòa Giám mục Phát Diệm dịp Lễ Phục sinh.", "Tòa Giám mục Phát Diệm"),
])
def test_religious_organisations_are_agencies(line: str, agency: str) -> None:
    assert agency in _agencies(line)


def test_a_monastery_after_and_is_its_own_organ() -> None:
    line = ("2. Sở Văn hóa và Thể thao phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam "
            "tỉnh và Thiền viện Trúc Lâm Yên Tử hướng dẫn nghi lễ.")
    found = _agencies(line)
    assert "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh" in found
    assert "Thiền viện Trúc Lâm Yên Tử" in found


_DOC = ("UBND TỈNH BẮC NINH\nSở DÂN TỘC VÀ TÔN GIÁO\nSố: 12/KH-SDTTG\n"
        "Bắc Ninh, ngày 08 tháng 4 năm 2025\n\nKẾ HOẠCH\nPhục vụ lễ\n\n")


@pytest.mark.parametrize(("body", "text", "value"), [
    ("1. Tổ chức Đại lễ Phật đản năm 2025 trang nghiêm.",
     "Đại lễ Phật đản năm 2025", "2025-05-12"),
    ("1. Thăm các giáo xứ dịp Lễ Giáng sinh năm 2025.", "Lễ Giáng sinh năm 2025",
     "2025-12-25"),
])
def test_religious_holidays_are_dates(body: str, text: str, value: str) -> None:
    doc = vbcd.parse(_DOC + body + "\n")
    assert (text, value) in [(d.text, d.value) for d in doc.dates]


def test_a_deadline_before_christmas_resolves() -> None:
    doc = vbcd.parse(_DOC + "1. Các xã thăm, tặng quà linh mục; hoàn thành trước Lễ Giáng "
                     "sinh.\n")
    assert [d.date for d in doc.deadlines] == ["2025-12-25"]


def test_the_khmer_new_year_is_no_lunar_tet() -> None:
    doc = vbcd.parse(_DOC + "1. Thăm, chúc Tết cổ truyền Chôl Chnăm Thmây của đồng bào "
                     "Khmer.\n")
    assert [d.value for d in doc.dates if d.calendar == "lunar"] == []


def test_abbreviated_ranks_name_monks_and_tt_before_a_dharma_name_is_no_vice_minister() -> None:
    line = ("2. Nhân sự dự kiến: HT. Thích Thọ Lạc giữ chức Trưởng ban; TT. Thích Minh Thái "
            "giữ chức Phó Trưởng ban; ĐĐ. Thích Quảng Thành giữ chức Phó Thư ký.")
    assert _persons(line) == [("Thích Thọ Lạc", []), ("Thích Minh Thái", []),
                              ("Thích Quảng Thành", [])]


def test_an_archbishops_see_names_no_person() -> None:
    line = "- Tòa Tổng Giám mục Hà Nội, số 40 phố Nhà Chung;"
    assert _persons(line) == []
    assert "Tòa Tổng Giám mục Hà Nội" in _agencies(line)


def test_the_region_in_brackets_belongs_to_the_church_and_the_post() -> None:
    line = ("- Mục sư Lê Văn Dũng, Trưởng ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) "
            "thành phố Huế;")
    assert _persons(line) == [("Lê Văn Dũng", [
        "Trưởng ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) thành phố Huế"])]
    assert "Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Lâm Đồng" in _agencies(
        "2. Ban Tôn giáo tỉnh phối hợp với Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) "
        "tỉnh Lâm Đồng giải quyết kiến nghị.")


@pytest.mark.parametrize(("line", "agency"), [
    ("1. Phối hợp Ban Quản lý Di tích quốc gia đặc biệt Lam Kinh xây dựng kịch bản.",
     "Ban Quản lý Di tích quốc gia đặc biệt Lam Kinh"),
    ("3. Giao Ban Quản lý khu di tích và danh thắng Hương Sơn chủ trì công tác vệ sinh.",
     "Ban Quản lý khu di tích và danh thắng Hương Sơn"),
    ("2. Ban Quản lý di tích chùa Keo có trách nhiệm thực hiện.",
     "Ban Quản lý di tích chùa Keo"),
])
def test_a_relic_sites_board_is_named_whole(line: str, agency: str) -> None:
    assert agency in _agencies(line)


def test_a_see_and_its_diocese_are_two_organs_and_the_see_is_a_posts_organ() -> None:
    line = ("2. Các giáo xứ thuộc Giáo phận Hà Tĩnh tham gia ứng phó bão lũ; Linh mục Phaolô "
            "Nguyễn Văn Hải, Chánh văn phòng Tòa Giám mục Hà Tĩnh là đầu mối liên lạc.")
    found = _agencies(line)
    assert "Giáo phận Hà Tĩnh" in found
    assert "Tòa Giám mục Hà Tĩnh" in found
    assert _persons(line) == [("Phaolô Nguyễn Văn Hải",
                               ["Chánh văn phòng Tòa Giám mục Hà Tĩnh"])]
