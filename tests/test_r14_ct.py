"""Round 14, industry and trade letters: petrol price management, power supply and
saving, trade promotion, market stabilisation before Tết (invented text)."""

from __future__ import annotations

import vbcd


def _actors(text: str) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in vbcd.parse(text).assignments]


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def test_plural_traders_are_actors() -> None:
    text = (
        "1. Các thương nhân đầu mối kinh doanh xăng dầu thực hiện nghiêm tổng nguồn "
        "xăng dầu tối thiểu được giao.\n"
        "2. Các thương nhân kinh doanh xuất khẩu gạo duy trì mức dự trữ lưu thông tối thiểu.\n"
    )
    assert _actors(text) == [
        ("1", "Các thương nhân đầu mối kinh doanh xăng dầu"),
        ("2", "Các thương nhân kinh doanh xuất khẩu gạo"),
    ]


def test_bare_trader_with_a_duty_is_an_actor_and_owns_the_deadline() -> None:
    d = vbcd.parse(
        "Hà Nội, ngày 04 tháng 3 năm 2024\n\n"
        "3. Thương nhân đầu mối có trách nhiệm báo cáo tồn kho về Vụ Thị trường trong "
        "nước trước 16 giờ 00 ngày 05 tháng 3 năm 2024.\n")
    assert [(a.actor, a.role) for a in d.assignments] == [("Thương nhân đầu mối", "responsible")]
    assert [(x.date, x.actors) for x in d.deadlines] == [("2024-03-05", ["Thương nhân đầu mối"])]


def test_allotted_quota_is_no_task() -> None:
    text = ("1. Hạn ngạch thuế quan nhập khẩu mặt hàng gạo được phân giao cho thương nhân "
            "có nhu cầu nhập khẩu.\n"
            "2. Hạn ngạch mặt hàng đường được phân giao cho các doanh nghiệp có nhu cầu.\n")
    assert _actors(text) == []


def test_price_stabilisation_fund_is_no_organ_nor_actor() -> None:
    text = (
        "1. Quỹ Bình ổn giá xăng dầu:\n"
        "a) Thực hiện trích lập Quỹ Bình ổn giá đối với xăng RON95 ở mức 300 đồng/lít.\n"
        "b) Không chi sử dụng Quỹ BOG đối với các mặt hàng xăng dầu.\n"
        "2. Giao Cục Quản lý giá kiểm tra việc trích lập Quỹ.\n"
    )
    d = vbcd.parse(text)
    assert [a.name for a in d.agencies] == ["Cục Quản lý giá"]
    assert [(a.clause, a.actor) for a in d.assignments] == [("2", "Cục Quản lý giá")]


def test_power_regulator_and_dispatch_centre_are_organs() -> None:
    text = ("Chỉ đạo Cục Điều tiết điện lực, Trung tâm Điều độ hệ thống điện Quốc gia vận "
            "hành hệ thống điện an toàn.\n")
    assert _agencies(text) == [
        "Cục Điều tiết điện lực", "Trung tâm Điều độ hệ thống điện Quốc gia"]


def test_trade_ministry_departments_read_whole() -> None:
    text = (
        "1. Cục Phòng vệ thương mại tăng cường cảnh báo sớm.\n"
        "2. Cục Thương mại điện tử và Kinh tế số chủ trì, phối hợp với Vụ Thị trường "
        "châu Âu - châu Mỹ và Cục Điện lực và Năng lượng tái tạo theo dõi.\n"
        "3. Ban Kinh doanh phối hợp với Trung tâm Chăm sóc khách hàng tuyên truyền.\n"
    )
    assert _agencies(text) == [
        "Cục Phòng vệ thương mại", "Cục Thương mại điện tử và Kinh tế số",
        "Vụ Thị trường châu Âu - châu Mỹ", "Cục Điện lực và Năng lượng tái tạo",
        "Ban Kinh doanh", "Trung tâm Chăm sóc khách hàng"]


def test_market_board_and_cooperative_union_are_organs() -> None:
    text = (
        "1. Ban Quản lý chợ Đông Ba bố trí điểm bán hàng bình ổn giá.\n"
        "2. Liên hiệp Hợp tác xã Thương mại Thành phố chủ động dự trữ hàng hóa.\n"
    )
    assert _agencies(text) == [
        "Ban Quản lý chợ Đông Ba", "Liên hiệp Hợp tác xã Thương mại Thành phố"]
    assert _actors(text) == [
        ("1", "Ban Quản lý chợ Đông Ba"), ("2", "Liên hiệp Hợp tác xã Thương mại Thành phố")]


def test_power_company_ban_is_a_task() -> None:
    text = ("1. Các Tổng công ty Điện lực không cắt điện công tác từ ngày 25/01/2025 đến "
            "hết ngày 02/02/2025.\n")
    assert _actors(text) == [("1", "Các Tổng công ty Điện lực")]


def test_daily_report_due_at_a_clock_time_recurs() -> None:
    d = vbcd.parse(
        "4. Các đơn vị báo cáo tình hình cung cấp điện về Tập đoàn (qua Ban Kinh doanh) "
        "trước 09 giờ 00 hằng ngày từ ngày 26/01/2025 đến ngày 03/02/2025.\n")
    assert [r.text for r in d.recurrences] == ["hằng ngày"]


_TET_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN

Số: 85/KH-UBND

Nghệ An, ngày 12 tháng 12 năm 2024

KẾ HOẠCH
Bình ổn thị trường hàng hóa cuối năm 2024 và dịp Tết Nguyên đán Ất Tỵ 2025

1. Sở Công Thương theo dõi sát diễn biến cung cầu trước và trong dịp Tết Nguyên đán.
2. Công ty Điện lực Nghệ An bảo đảm cấp điện an toàn từ ngày 28 tháng Chạp đến hết \
mùng 5 Tết.
"""


def test_plan_spanning_year_end_and_tet_reads_the_coming_tet() -> None:
    dates = {m.text: m.value for m in vbcd.parse(_TET_PLAN).dates}
    assert dates["Tết Nguyên đán"] == "2025-01-29"
    assert dates["ngày 28 tháng Chạp"] == "2025-01-27"
    assert dates["mùng 5 Tết"] == "2025-02-02"


def test_plan_of_one_year_still_reads_its_own_tet() -> None:
    text = _TET_PLAN.replace(
        "Bình ổn thị trường hàng hóa cuối năm 2024 và dịp Tết Nguyên đán Ất Tỵ 2025",
        "Bình ổn thị trường hàng hóa dịp Tết Nguyên đán Ất Tỵ năm 2025").replace(
        "ngày 12 tháng 12 năm 2024", "ngày 02 tháng 01 năm 2025")
    dates = {m.text: m.value for m in vbcd.parse(text).dates}
    assert dates["ngày 28 tháng Chạp"] == "2025-01-27"
