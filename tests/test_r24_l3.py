"""Round 24e, family L3: power and water utilities' outage notices (invented texts).

Each case failed on the base code: a transformer station named after its hamlet read as
a place, a year-less date glued to its day word by a typist, and a power company's
local team whose ``tổng hợp`` cut its name.
"""
from vbcd import parse

_HEAD = "CÔNG TY ĐIỆN LỰC HÀ TĨNH\nSố: 41/TB-PCHT\nHà Tĩnh, ngày 03 tháng 5 năm 2024\n\nTHÔNG BÁO\nVề việc ngừng cấp điện\n\n"


def test_transformer_station_named_after_hamlet_is_no_place() -> None:
    doc = parse(_HEAD + "1. Ngừng cấp điện khách hàng sau TBA Xóm 4 Kỳ Tân và MBA Thôn Đông, xã Kỳ Tân.\n")
    names = [p.name for p in doc.places]
    assert "Kỳ Tân" in names
    assert not any(n.startswith(("Xóm", "Thôn")) for n in names)


def test_hamlet_after_lower_case_prefix_still_a_place() -> None:
    doc = parse(_HEAD + "1. Mất điện tại xóm 4, xã Kỳ Tân.\n")
    assert "Xóm 4" in [p.name for p in doc.places]


def test_yearless_date_glued_to_day_word() -> None:
    doc = parse(_HEAD + "1. Thời gian: từ 06h00 ngày12/5 đến 11h00 ngày 12/5/2024; báo cáo trước ngày15/5.\n")
    isos = {str(d.value) for d in doc.dates}
    assert {"2024-05-12", "2024-05-15"} <= isos


def test_power_team_name_keeps_tong_hop_and_area() -> None:
    doc = parse(_HEAD + "1. Giao Đội Quản lý điện tổng hợp Can Lộc chủ trì thi công.\n"
                "2. Đội Quản lý tổng hợp Thạch Hà phối hợp đóng điện.\n")
    names = [a.name for a in doc.agencies]
    assert "Đội Quản lý điện tổng hợp Can Lộc" in names
    assert "Đội Quản lý tổng hợp Thạch Hà" in names
    actors = [a.actor for a in doc.assignments]
    assert "Đội Quản lý điện tổng hợp Can Lộc" in actors
