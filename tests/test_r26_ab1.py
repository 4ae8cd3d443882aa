"""Round 26 (AB1): public procurement and budget estimates.

Invented text throughout. A purchaser's tender teams (``Tổ chuyên gia đấu thầu``,
``Tổ thẩm định``) are organs and actors, not the class noun ``Tổ`` and a task. A road
named as an axis or a link between two units (``đường trục xã A - B``, ``đường nối
huyện A - B``) joins two places, not one dash-joined name. A budget's priority for the
projects that end in a year (``bố trí vốn cho các dự án hoàn thành trong năm 2026``)
sets no deadline.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "team"), [
    ("Giao Khoa Dược phối hợp với Tổ chuyên gia đấu thầu tổ chức lựa chọn nhà thầu.",
     "Tổ chuyên gia đấu thầu"),
    ("Báo cáo thẩm định số 12/BCTĐ ngày 03/5/2022 của Tổ thẩm định.", "Tổ thẩm định"),
    ("Tổ chuyên gia xét thầu đánh giá hồ sơ dự thầu và trình Giám đốc.",
     "Tổ chuyên gia xét thầu"),
    ("Tổ thẩm định kết quả lựa chọn nhà thầu báo cáo trong 05 ngày làm việc.",
     "Tổ thẩm định kết quả lựa chọn nhà thầu"),
])
def test_tender_team_is_an_organ(text: str, team: str) -> None:
    assert team in _names(text)


def test_tender_teams_are_actors_of_their_clauses() -> None:
    text = (
        "SỞ Y TẾ TỈNH NINH THUẬN\nTRUNG TÂM Y TẾ HUYỆN NINH HẢI\nSố: 77/QĐ-TTYT\n"
        "Ninh Hải, ngày 04 tháng 9 năm 2023\n\nQUYẾT ĐỊNH\nPhê duyệt hồ sơ mời thầu gói "
        "thầu mua sắm hóa chất xét nghiệm\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phê duyệt hồ sơ mời thầu gói thầu mua sắm hóa chất xét nghiệm.\n"
        "Điều 2. Tổ thẩm định kiểm tra hồ sơ và báo cáo Giám đốc trước ngày 15/9/2023.\n"
        "Điều 3. Trưởng phòng Kế hoạch - Tài chính, Tổ chuyên gia đấu thầu chịu trách "
        "nhiệm thi hành Quyết định này./.\n"
    )
    pairs = {(a.clause, a.actor) for a in parse(text).assignments}
    assert ("Điều 2", "Tổ thẩm định") in pairs, pairs
    assert ("Điều 3", "Tổ chuyên gia đấu thầu") in pairs, pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Nhà thầu hoàn thiện đường trục xã Yên Lâm - Yên Thái trước mùa mưa.",
     {"Yên Lâm", "Yên Thái"}),
    ("Khảo sát tuyến đường nối huyện Lục Nam - Sơn Động trong quý III.",
     {"Lục Nam", "Sơn Động"}),
])
def test_road_between_two_units_names_both(text: str, expected: set[str]) -> None:
    places = {p.name for p in parse(text).places}
    assert expected <= places, places
    assert not any(" - " in p for p in places), places


def test_budget_priority_for_projects_ending_in_a_year_is_no_deadline() -> None:
    text = (
        "UBND TỈNH PHÚ THỌ\nSỞ TÀI CHÍNH\nSố: 901/STC-QLNS\n"
        "Phú Thọ, ngày 05 tháng 8 năm 2024\n\n"
        "1. Sở Kế hoạch và Đầu tư ưu tiên bố trí vốn cho các dự án hoàn thành trong "
        "năm 2025 và thanh toán nợ đọng.\n"
        "2. Các đơn vị gửi dự toán về Sở Tài chính trước ngày 20/8/2024.\n"
    )
    days = {str(d.date) for d in parse(text).deadlines}
    assert "2025-12-31" not in days, days
    assert "2024-08-20" in days, days
