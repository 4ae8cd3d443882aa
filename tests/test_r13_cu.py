"""Culture, sports and tourism documents (festivals, relic sites, sports meets, artistic
performance): the sector's units with inner commas and small words, museums, libraries,
theatres and troupes, relic-site boards, festivals named ``Hội``, artists' titles before
a name, venues named after a day, and the sector's task verbs."""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the commune's and district's culture centres, whose names hold a comma or a dash
        ("Giao Trung tâm Văn hóa, Thông tin và Thể thao huyện Sơn Động tổ chức giải.",
         "Trung tâm Văn hóa, Thông tin và Thể thao huyện Sơn Động"),
        ("Giao Trung tâm Văn hóa, Thể thao và Truyền thông huyện Kỳ Sơn tổ chức giải.",
         "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Kỳ Sơn"),
        # sections and departments named with small words
        ("Phòng Quản lý Di sản văn hóa tham mưu Giám đốc Sở.",
         "Phòng Quản lý Di sản văn hóa"),
        ("Liên đoàn Bóng đá Việt Nam phối hợp với Tổng cục Thể dục thể thao.",
         "Tổng cục Thể dục thể thao"),
        ("Phòng Xây dựng nếp sống văn hóa và Gia đình tham mưu.",
         "Phòng Xây dựng nếp sống văn hóa và Gia đình"),
        # museums, libraries, theatres and troupes, by level or by their own name
        ("Bảo tàng tỉnh phối hợp với Thư viện tỉnh tổ chức triển lãm.", "Bảo tàng tỉnh"),
        ("Bảo tàng tỉnh phối hợp với Thư viện tỉnh tổ chức triển lãm.", "Thư viện tỉnh"),
        ("Bảo tàng Lịch sử quốc gia phối hợp với Bảo tàng tỉnh Quảng Trị.",
         "Bảo tàng tỉnh Quảng Trị"),
        ("Nhà hát Ca múa nhạc Dân gian Việt Bắc xây dựng chương trình biểu diễn.",
         "Nhà hát Ca múa nhạc Dân gian Việt Bắc"),
        ("Đoàn Nghệ thuật Khmer tỉnh Sóc Trăng tham gia Liên hoan.",
         "Đoàn Nghệ thuật Khmer tỉnh Sóc Trăng"),
        ("Bảo tàng Chiến thắng lịch sử Điện Biên Phủ tổ chức trưng bày.",
         "Bảo tàng Chiến thắng lịch sử Điện Biên Phủ"),
        ("2. Trung tâm Bảo tồn và Phát huy giá trị di sản văn hóa tỉnh chủ trì kiểm kê.",
         "Trung tâm Bảo tồn và Phát huy giá trị di sản văn hóa tỉnh"),
        # the boards that keep relic sites and scenic areas
        ("Ban Quản lý di tích tỉnh chủ trì kiểm tra.", "Ban Quản lý di tích tỉnh"),
        ("Ban Quản lý Quần thể danh thắng Tràng An phối hợp với UBND thành phố Hoa Lư.",
         "Ban Quản lý Quần thể danh thắng Tràng An"),
        ("Ban Quản lý Khu di tích Kim Liên tổ chức đón khách.",
         "Ban Quản lý Khu di tích Kim Liên"),
        ("Phối hợp với Ban Quản lý Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn.",
         "Ban Quản lý Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn"),
        # a city whose name begins with ``Hội`` stays in the organ's name
        ("3. Trung tâm Văn hóa tỉnh phối hợp với Trung tâm Quản lý Bảo tồn Di sản văn hóa "
         "Hội An bố trí các điểm biểu diễn.",
         "Trung tâm Quản lý Bảo tồn Di sản văn hóa Hội An"),
    ],
)
def test_culture_units_keep_their_whole_name(text: str, name: str) -> None:
    assert name in _agencies(text)


@pytest.mark.parametrize(
    "text",
    [
        "a) Trung tâm Văn hóa huyện chủ trì tổ chức Hội Xuân; hoàn thành trước ngày 08/02/2024.",
        "Hội Khỏe Phù Đổng tỉnh lần thứ X khai mạc tại Sân vận động tỉnh.",
        "Ban Tổ chức thống nhất thời gian tổ chức Hội Đền Cuông năm 2025.",
    ],
)
def test_festivals_named_hoi_are_no_associations(text: str) -> None:
    names = _agencies(text)
    assert not [n for n in names if n.startswith("Hội")]


def test_hoi_an_alone_is_no_association() -> None:
    text = ("UBND phường Hội An thông báo:\n"
            "1. Phòng Văn hóa - Xã hội phối hợp với Trung tâm Quản lý Bảo tồn Di sản văn hóa "
            "Hội An bố trí các điểm biểu diễn.\n")
    assert "Hội An" not in _agencies(text)


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Tham dự có NSƯT Lê Thị Thu Hà, Phó Giám đốc Trung tâm Văn hóa tỉnh.",
         "Lê Thị Thu Hà", "Phó Giám đốc"),
        ("Mời NSND Trần Hiếu Ngân, Giám đốc Nhà hát Chèo tỉnh tham dự.",
         "Trần Hiếu Ngân", "Giám đốc"),
        ("Nghệ nhân Ưu tú Hà Thị Cầu truyền dạy hát xẩm.", "Hà Thị Cầu", None),
        ("Vận động viên Nguyễn Thị Oanh giành huy chương vàng.", "Nguyễn Thị Oanh", None),
        ("HLV Mai Đức Chung dẫn dắt đội tuyển nữ.", "Mai Đức Chung", None),
        ("NSUT Phạm Thị Lan, Phó Trưởng Đoàn Nghệ thuật Khmer.", "Phạm Thị Lan",
         "Phó Trưởng Đoàn"),
    ],
)
def test_artists_and_athletes_titles_introduce_a_name(
        text: str, name: str, position: str | None) -> None:
    persons = {p.name: p for p in vbcd.parse(text).persons}
    assert name in persons
    if position is not None:
        assert position in [x.title for x in persons[name].positions]


def test_no_person_after_an_artists_title_without_a_name() -> None:
    doc = vbcd.parse("Tôn vinh các nghệ nhân Hát Xoan Phú Thọ và nghệ sĩ Việt Nam.")
    assert doc.persons == []


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("Ông Vũ Quang Huy, Trưởng phòng Quản lý Thể dục thể thao - Ủy viên.",
         "Quản lý Thể dục thể thao"),
        ("Bà Lê Thị Hoa, Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao xã - Ủy viên.",
         "Trung tâm Văn hóa, Thông tin và Thể thao xã"),
    ],
)
def test_positions_in_culture_sections_keep_the_whole_organ(text: str, organ: str) -> None:
    person = vbcd.parse(text).persons[0]
    assert person.positions[0].organ == organ


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ngày 05/3/2025, Ban Thường vụ họp.\n"
         "1. Khai mạc lúc 20 giờ ngày 09/3/2025 tại Quảng trường 10 tháng 3, thành phố Buôn "
         "Ma Thuột.", "2025-03-10"),
        ("Ngày 12/5/2024, Sở tổ chức.\nĐịa chỉ: số 5 đường 30 tháng 4, phường 9, thành phố "
         "Vũng Tàu.", "2024-04-30"),
        ("Ngày 12/5/2024, Sở tổ chức.\nĐịa điểm: Nhà thi đấu, số 12 đường 3 tháng 2, phường "
         "Xuân Khánh.", "2024-02-03"),
    ],
)
def test_a_venue_named_after_a_day_is_no_date(text: str, absent: str) -> None:
    assert absent not in [d.value for d in vbcd.parse(text).dates]


def test_a_day_after_a_venue_with_ngay_is_still_a_date() -> None:
    text = "Ngày 05/3/2025, Sở họp.\n1. Tổ chức tại Quảng trường ngày 10 tháng 3 năm 2025."
    assert "2025-03-10" in [d.value for d in vbcd.parse(text).dates]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("4. Trung tâm Văn hóa, Thông tin và Thể thao các xã bảo tồn, phát huy lễ hội "
         "truyền thống.", "Trung tâm Văn hóa, Thông tin và Thể thao các xã"),
        ("3. Bảo tàng tỉnh Bắc Ninh tổ chức trưng bày chuyên đề khai mạc lúc 9 giờ ngày "
         "10/02/2024.", "Bảo tàng tỉnh Bắc Ninh"),
        ("3. Trung tâm Văn hóa xã phối hợp với các thôn tập luyện văn nghệ.", "các thôn"),
        ("2. Các địa phương bảo tồn, phát huy giá trị di sản văn hóa.", "Các địa phương"),
        # ``bảo tồn`` after ``khu`` names a reserve, no task
        ("3. Các vườn quốc gia, khu bảo tồn chủ động phòng cháy, chữa cháy rừng.",
         "Các vườn quốc gia, khu bảo tồn"),
    ],
)
def test_culture_task_verbs_end_the_actor(text: str, actor: str) -> None:
    assert actor in [a.actor for a in vbcd.parse(text).assignments]
