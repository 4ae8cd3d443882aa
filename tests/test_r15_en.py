"""Round 15, family EN: energy and electricity directives (power supply, saving
electricity, grid and generation projects, the power group and its units)."""

from __future__ import annotations

import vbcd

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 1520/UBND-CN
V/v bảo đảm cung ứng điện mùa nắng nóng năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 14 tháng 4 năm 2025

Kính gửi: Các cơ quan, đơn vị có tên dưới đây.

Để bảo đảm cung ứng điện trong mùa nắng nóng, UBND tỉnh yêu cầu:

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, CN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hòa
"""


def _parse(body: str) -> vbcd.Document:
    return vbcd.parse(_LETTER.format(body=body))


def _actors(doc: vbcd.Document) -> set[tuple[str | None, str]]:
    return {(a.clause, a.actor) for a in doc.assignments}


def _agencies(doc: vbcd.Document) -> set[str]:
    return {a.name for a in doc.agencies}


def test_transmission_unit_of_a_province_is_an_organ_and_an_actor() -> None:
    doc = _parse(
        "1. Truyền tải điện Hà Tĩnh phối hợp với UBND các huyện kiểm tra hành lang "
        "an toàn đường dây 500 kV.\n\n"
        "2. Tổng công ty Truyền tải điện Quốc gia đẩy nhanh tiến độ đóng điện.")
    assert {"Truyền tải điện Hà Tĩnh", "Tổng công ty Truyền tải điện Quốc gia"} <= _agencies(doc)
    assert ("1", "Truyền tải điện Hà Tĩnh") in _actors(doc)


def test_transmission_unit_as_the_office_of_a_person() -> None:
    doc = _parse("1. Ông Lê Văn Quý, Giám đốc Truyền tải điện Hà Tĩnh - Tổ viên.")
    person = next(p for p in doc.persons if p.name == "Lê Văn Quý")
    assert [q.organ for q in person.positions if q.title == "Giám đốc"] == [
        "Truyền tải điện Hà Tĩnh"]


def test_power_trading_company_is_read_whole() -> None:
    doc = _parse("1. Công ty Mua bán điện phối hợp với Trung tâm Điều độ hệ thống điện "
                 "quốc gia tính toán kế hoạch vận hành.")
    assert "Công ty Mua bán điện" in _agencies(doc)
    assert ("1", "Công ty Mua bán điện") in _actors(doc)
    task = next(a.task for a in doc.assignments if a.actor == "Công ty Mua bán điện")
    assert task.startswith("phối hợp")


def test_numbered_generation_corporations_and_project_boards() -> None:
    doc = _parse(
        "1. Tổng công ty Phát điện 1 sẵn sàng các tổ máy nhiệt điện.\n\n"
        "2. Ban Quản lý dự án Thủy điện 6 bàn giao hồ sơ hoàn công.\n\n"
        "3. Ban Quản lý dự án Điện 2 đẩy nhanh tiến độ các dự án lưới điện 110 kV.\n\n"
        "4. Ban QLDA Điện 1 hoàn thành đóng điện trạm biến áp 220 kV.\n\n"
        "5. Ban Quản lý dự án Điện lực Dầu khí bàn giao mặt bằng.")
    assert {"Tổng công ty Phát điện 1", "Ban Quản lý dự án Thủy điện 6",
            "Ban Quản lý dự án Điện 2", "Ban QLDA Điện 1",
            "Ban Quản lý dự án Điện lực Dầu khí"} <= _agencies(doc)
    assert {("1", "Tổng công ty Phát điện 1"), ("2", "Ban Quản lý dự án Thủy điện 6"),
            ("3", "Ban Quản lý dự án Điện 2")} <= _actors(doc)


def test_utility_announcing_an_outage_is_a_task() -> None:
    doc = _parse(
        "1. Điện lực Hưng Nguyên thông báo lịch tạm ngừng cung cấp điện trên hệ thống "
        "loa truyền thanh của xã.\n\n"
        "2. Công ty Điện lực Hà Tĩnh thông báo trước cho khách hàng ít nhất 05 ngày.")
    assert {("1", "Điện lực Hưng Nguyên"), ("2", "Công ty Điện lực Hà Tĩnh")} <= _actors(doc)


def test_energy_brands_are_organs_and_actors() -> None:
    doc = _parse(
        "1. NSMO huy động tối đa các nguồn điện năng lượng tái tạo.\n\n"
        "2. PV Power và PV OIL bảo đảm cung ứng nhiên liệu.\n\n"
        "3. EVNGENCO1 sẵn sàng các tổ máy.")
    names = {a.canonical for a in doc.agencies}
    assert {"tổng công ty điện lực dầu khí việt nam", "tổng công ty dầu việt nam",
            "tổng công ty phát điện 1"} <= names
    assert {("1", "NSMO"), ("2", "PV Power"), ("2", "PV OIL"),
            ("3", "EVNGENCO1")} <= _actors(doc)


def test_a_comma_list_of_brands_is_no_heading() -> None:
    doc = _parse("1. EVNNPC, EVNCPC, EVNSPC bảo đảm cung ứng điện an toàn, liên tục.")
    assert {("1", "EVNNPC"), ("1", "EVNCPC"), ("1", "EVNSPC")} <= _actors(doc)


def test_a_heading_in_capitals_still_assigns_nothing() -> None:
    doc = _parse("I. MỤC ĐÍCH, YÊU CẦU\n1. Sở Công Thương theo dõi phụ tải.")
    assert not any(a.actor.startswith("MỤC") for a in doc.assignments)
    assert ("I/1", "Sở Công Thương") in _actors(doc)


def test_heads_of_hamlets_and_blocks_are_actors() -> None:
    doc = _parse(
        "1. Trưởng các khối, xóm tuyên truyền đến nhân dân không thả diều gần đường "
        "dây điện.\n\n"
        "2. Trưởng các xóm kiểm tra cây cao trong hành lang lưới điện.")
    assert {("1", "Trưởng các khối, xóm"), ("2", "Trưởng các xóm")} <= _actors(doc)
