"""Round 26 (V2): places and deadlines of the blind set (invented examples).

* a village's number names a place only in an address (``xóm 5, xã Nghi Lộc``), not in
  running text (``các chi bộ thôn 2, thôn 5``, ``tại Khu phố 4``);
* a village after ``chi bộ`` is the party cell's scope, no place (``Chi bộ thôn Đông
  Lâm``), but ``toàn bộ thôn Bắc Sơn`` is the whole village;
* a commune's number is never the next line's clause marker (``xã Phúc Thành`` /
  ``1. Hồ sơ ...``);
* a paper's validity (``có giá trị đến hết ngày ...``) is no deadline;
* a fronted ``Đến ngày X,`` under a heading line, X before the issue date, is a
  report's status (``Đến ngày 12/10/2025, tỉnh giải ngân ..., đạt 38,5%``).
"""

from __future__ import annotations

import pytest

import vbcd

HEAD = ("UBND TỈNH HÀ NAM\nSỞ TÀI CHÍNH\nSố: 120/TB-STC\tHà Nam, ngày 20 tháng 10 năm 2025\n\n"
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại buổi làm việc\n\n")


def _places(body: str) -> list[str]:
    return [p.name for p in vbcd.parse(HEAD + body).places]


def _deadlines(body: str) -> list[str | None]:
    return [d.date for d in vbcd.parse(HEAD + body).deadlines]


@pytest.mark.parametrize(("body", "absent"), [
    ("1. Các chi bộ thôn 2, thôn 5 khắc phục ngay hạn chế trong sinh hoạt.\n", "Thôn 2"),
    ("1. Xóa điểm tập kết rác tại Khu phố 4 và Tổ dân phố số 6.\n", "Khu phố 4"),
    ("1. Theo dõi tình trạng ngập tại khu vực Khu phố 1, Khu phố 8.\n", "Khu phố 8"),
    ("1. Hồ sơ kiểm tra của Chi bộ thôn Đông Lâm chưa đầy đủ.\n", "Đông Lâm"),
    ("1. Chi bộ xóm Yên Bình sinh hoạt chưa đều.\n", "Yên Bình"),
])
def test_a_village_outside_an_address_is_no_place(body: str, absent: str) -> None:
    assert absent not in _places(body)


@pytest.mark.parametrize(("body", "present"), [
    ("1. Ổ dịch tại xóm 7, xã Hòa An đã được khoanh vùng.\n", "Xóm 7"),
    ("1. Hộ ông Lê Văn Tư ở thôn 3 (xã Hòa Phú) được hỗ trợ.\n", "Thôn 3"),
    ("1. Nhân dân thôn Đông Lâm, xã Phúc Thành hiến đất làm đường.\n", "Đông Lâm"),
    ("1. Toàn bộ thôn Bắc Sơn bị ngập sâu.\n", "Bắc Sơn"),
    ("1. Ngừng cấp nước tại xóm 4 và xóm 5 phường Đông Vệ.\n", "Xóm 4"),
    ("1. Họp tại Nhà văn hóa tổ dân phố 2 và 3, phường Yên Dũng.\n", "Tổ dân phố 3"),
])
def test_near_miss_a_village_in_an_address_stays(body: str, present: str) -> None:
    assert present in _places(body)


def test_a_clause_marker_on_the_next_line_is_no_communes_number() -> None:
    doc = vbcd.parse("ĐẢNG BỘ HUYỆN YÊN THÀNH\nỦY BAN KIỂM TRA\nSố: 44-TB/UBKTHU\n"
                     "Yên Thành, ngày 5 tháng 6 năm 2024\nTHÔNG BÁO\n"
                     "Kết luận kiểm tra đối với Đảng ủy xã Phúc Thành\n"
                     "1. Hồ sơ kiểm tra chưa đầy đủ.\n")
    names = [p.name for p in doc.places]
    assert "Phúc Thành 1" not in names and "Phúc Thành" in names


def test_a_papers_validity_is_no_deadline() -> None:
    assert _deadlines("1. Cử ông Lê Văn An đến làm việc.\n"
                      "Giấy giới thiệu này có giá trị đến hết ngày 31/12/2025.\n") == []


def test_near_miss_a_task_until_a_day_stays_a_deadline() -> None:
    assert _deadlines("1. Các chủ đầu tư hoàn thành giải ngân đến hết ngày 31/12/2025.\n"
                      ) == ["2025-12-31"]


def test_a_fronted_past_day_under_a_heading_is_a_status() -> None:
    assert _deadlines("1. Tình hình giải ngân\n"
                      "Đến ngày 12/10/2025, tỉnh Hà Nam giải ngân 1.210 tỷ đồng, đạt 38,5% "
                      "kế hoạch vốn.\n2. Nhiệm vụ\n"
                      "Các chủ đầu tư hoàn thành giải ngân trước ngày 30/11/2025.\n"
                      ) == ["2025-11-30"]


def test_near_miss_a_fronted_future_day_under_a_heading_stays() -> None:
    assert _deadlines("1. Nhiệm vụ giải ngân\n"
                      "Đến ngày 30/11/2025, các chủ đầu tư phải hoàn thành giải ngân 100% "
                      "kế hoạch vốn.\n") == ["2025-11-30"]
