"""Round 14, sport and tourism: referee and team decisions, results notices, tourism
plans (Sở Văn hóa, Thể thao và Du lịch, Trung tâm Huấn luyện và Thi đấu thể dục thể thao,
Ban Tổ chức giải, Câu lạc bộ, Liên đoàn, hướng dẫn viên du lịch)."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = (
    "UBND TỈNH NGHỆ AN\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 890/QĐ-SVHTTDL\nNghệ An, ngày 07 tháng 6 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc cử trọng tài và ban huấn luyện\n\nGIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\n"
    "QUYẾT ĐỊNH:\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, QLTDTT.\nGIÁM ĐỐC\n\nTrần Thị Mỹ Hạnh\n"


def _parse(body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + _TAIL)


def _positions(doc: vbcd.Document) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.organ) for x in p.positions] for p in doc.persons}


def test_r14_tt_referee_roles_are_positions() -> None:
    doc = _parse(
        "Điều 1. Cử các ông, bà có tên sau làm nhiệm vụ trọng tài điều hành giải:\n"
        "1. Ông Hồ Sỹ Lâm - Tổng trọng tài;\n2. Ông Phan Văn Quang - Phó Tổng trọng tài;\n"
        "3. Ông Đặng Công Minh - Trọng tài.\n"
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.")
    pos = _positions(doc)
    assert pos["Hồ Sỹ Lâm"] == [("Tổng trọng tài", None)]
    assert pos["Phan Văn Quang"] == [("Phó Tổng trọng tài", None)]
    assert pos["Đặng Công Minh"] == [("Trọng tài", None)]


def test_r14_tt_head_coach_before_and_after_the_name() -> None:
    doc = _parse(
        "Điều 1. Ban huấn luyện gồm:\n1. Nguyễn Văn Hùng - HLV trưởng;\n"
        "2. Lê Thị Mai - Trợ lý HLV.\n"
        "Điều 2. Đội tuyển gồm 12 VĐV do HLV trưởng Trần Văn Dũng phụ trách.")
    pos = _positions(doc)
    assert pos["Nguyễn Văn Hùng"] == [("HLV trưởng", None)]
    assert pos["Trần Văn Dũng"] == [("HLV trưởng", None)]


def test_r14_tt_coach_of_a_centre_and_of_a_team() -> None:
    doc = _parse(
        "Điều 1. Tặng Bằng khen cho HLV Lê Văn Thịnh, huấn luyện viên Trung tâm Huấn "
        "luyện và Thi đấu thể dục thể thao tỉnh; ông Trần Văn Phúc, HLV trưởng Đội tuyển "
        "Bóng chuyền nữ tỉnh.")
    pos = _positions(doc)
    assert pos["Lê Văn Thịnh"] == [
        ("huấn luyện viên", "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh")]
    assert pos["Trần Văn Phúc"] == [("HLV trưởng", "Đội tuyển Bóng chuyền nữ tỉnh")]


@pytest.mark.parametrize("line, name", [
    ("Giải Vua phá lưới: cầu thủ Nguyễn Hữu Phát (đội Đà Lạt) với 7 bàn thắng.",
     "Nguyễn Hữu Phát"),
    ("Kỳ thủ Lê Quang Liêm giành Huy chương Vàng cờ vua nhanh.", "Lê Quang Liêm"),
    ("Tay vợt Lý Hoàng Nam đạt Huy chương Bạc đơn nam.", "Lý Hoàng Nam"),
    ("Xạ thủ Hoàng Xuân Vinh được vinh danh tại lễ tổng kết.", "Hoàng Xuân Vinh"),
    ("Trọng tài Nguyễn Văn Tuấn điều khiển trận chung kết.", "Nguyễn Văn Tuấn"),
])
def test_r14_tt_sports_callings_cue_a_name(line: str, name: str) -> None:
    doc = _parse(f"Điều 1. {line}")
    assert name in [p.name for p in doc.persons]


def test_r14_tt_tour_guide_card_is_a_position() -> None:
    doc = _parse("Điều 1. Xử phạt ông Trần Văn Hải, Hướng dẫn viên du lịch quốc tế, "
                 "do không đeo thẻ khi hành nghề.")
    assert _positions(doc)["Trần Văn Hải"] == [("Hướng dẫn viên du lịch quốc tế", None)]


@pytest.mark.parametrize("name", [
    "Câu lạc bộ Bóng đá Hà Tĩnh",
    "CLB Điền kinh Bắc Giang",
    "Liên đoàn Bóng chuyền tỉnh",
    "Ban Tổ chức Giải Bóng đá nam thanh niên tỉnh Lâm Đồng",
    "Ban Tổ chức Giải Việt dã Tiền Phong",
])
def test_r14_tt_club_federation_and_meet_board_names_read_whole(name: str) -> None:
    doc = _parse(f"Điều 1. Giao {name} phối hợp với Sở Y tế bảo đảm y tế cho giải.")
    assert name in [a.name for a in doc.agencies]


def test_r14_tt_club_in_a_position_is_read_whole() -> None:
    doc = _parse("Điều 1. Ông Nguyễn Văn Tâm - Chủ tịch Câu lạc bộ Cựu chiến binh phường, "
                 "Trưởng ban.")
    assert _positions(doc)["Nguyễn Văn Tâm"][0] == (
        "Chủ tịch", "Câu lạc bộ Cựu chiến binh phường")


def test_r14_tt_club_class_in_small_letters_is_no_agency() -> None:
    doc = _parse("Điều 1. Các câu lạc bộ thể thao quần chúng đăng ký tham gia giải.")
    assert not any("lạc bộ" in a.name for a in doc.agencies)


@pytest.mark.parametrize("venue", [
    "Quảng trường Trung tâm thành phố Hoa Lư",
    "Nhà Văn hóa Trung tâm tỉnh",
    "khu vực Trung tâm huyện Đông Anh",
])
def test_r14_tt_town_centre_venue_is_no_agency(venue: str) -> None:
    doc = _parse(f"Điều 1. Lễ khai mạc tổ chức tối ngày 22/02/2025 tại {venue}.")
    assert not any(a.name.startswith("Trung tâm") for a in doc.agencies)


@pytest.mark.parametrize("line", [
    "Điều 1. Tổ chức tập huấn cho hướng dẫn viên Hà Giang và Lào Cai.",
    "Điều 1. Đội ngũ trọng tài Hà Nội điều hành các trận bán kết.",
    "Điều 1. Tập huấn cho huấn luyện viên Hà Tĩnh tại Nhà thi đấu tỉnh.",
])
def test_r14_tt_place_after_a_calling_is_no_person(line: str) -> None:
    doc = _parse(line)
    assert [p.name for p in doc.persons] == ["Trần Thị Mỹ Hạnh"]
