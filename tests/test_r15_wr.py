"""Water resources and irrigation directives (round 15, family WR).

Drought, salinity and dam-safety letters name the State irrigation companies, the
boards and offices that run the works, and the owners of the dams; they measure
canals and water in decimals (``12,5 km``, ``1,2 m``). The names must be read whole,
the measures must not end them, and two companies named by the part of a province
they serve are two organs.
"""

from __future__ import annotations

import pytest

import vbcd

_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1876/UBND-KT\n"
    "V/v chủ động các giải pháp chống hạn vụ Hè Thu 2024\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày 08 tháng 6 năm 2024\n\n"
    "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.\n\n"
    "Trước tình hình nắng nóng kéo dài, UBND tỉnh có ý kiến như sau:\n\n"
)


def _doc(body: str) -> vbcd.Document:
    return vbcd.parse(_HEADER + body + "\n")


def _names(d: vbcd.Document) -> list[str]:
    return [a.name for a in d.agencies]


def _actors(d: vbcd.Document) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in d.assignments]


@pytest.mark.parametrize("name", [
    "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị",
    "Ban Quản lý khai thác công trình thủy lợi Dầu Tiếng - Phước Hòa",
])
def test_irrigation_works_operators_read_whole(name: str) -> None:
    d = _doc(f"1. {name} xây dựng kế hoạch cấp nước tiết kiệm, luân phiên.\n"
             "2. Sở Tài chính bố trí kinh phí.")
    assert name in _names(d)
    assert ("1", name) in _actors(d)


def test_decimal_measure_ends_a_cooperative_name() -> None:
    d = _doc("1. Phòng Kinh tế theo dõi mực nước trên sông Ninh Cơ.\n"
             "2. Hợp tác xã nông nghiệp Hải Đông nạo vét 12,5 km kênh cấp 2, "
             "kênh cấp 3; hoàn thành trước 15/11/2024.")
    names = _names(d)
    assert "Hợp tác xã nông nghiệp Hải Đông" in names
    assert not any("nạo vét" in n for n in names)
    assert ("2", "Hợp tác xã nông nghiệp Hải Đông") in _actors(d)


def test_canal_dredging_verb_ends_a_numbered_company() -> None:
    d = _doc("1. Công ty Cổ phần Sông Đà 9 nạo vét 3 km kênh chính.\n"
             "2. Sở Tài chính bố trí kinh phí.")
    assert "Công ty Cổ phần Sông Đà 9" in _names(d)
    assert ("1", "Công ty Cổ phần Sông Đà 9") in _actors(d)


def test_north_and_south_companies_are_two_organs() -> None:
    north = "Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Thái Bình"
    south = "Công ty TNHH MTV Khai thác công trình thủy lợi Nam Thái Bình"
    d = _doc(f"1. Giao {north} và {south} vận hành các cống đầu mối lấy nước.\n"
             "2. Sở Tài chính bố trí kinh phí.")
    names = _names(d)
    assert north in names and south in names


def test_standing_office_of_the_command_board() -> None:
    office = "Văn phòng thường trực Ban Chỉ huy PCTT và TKCN tỉnh"
    d = _doc("1. Sở Nông nghiệp và Phát triển nông thôn theo dõi diễn biến nguồn nước.\n"
             f"2. {office} (Chi cục Thủy lợi) theo dõi, tổng hợp, báo cáo "
             "Trưởng ban trước 16 giờ hằng ngày.")
    assert office in _names(d)
    assert ("2", office) in _actors(d)


def test_reservoir_owners_are_actors() -> None:
    d = _doc("1. Các chủ hồ thủy điện A Vương, Sông Bung 4 vận hành hồ theo đúng quy "
             "trình vận hành liên hồ chứa; lưu lượng xả không vượt quá 1.500 m3/s.\n"
             "2. Sở Tài chính bố trí kinh phí.")
    assert any(c == "1" and a.startswith("Các chủ hồ thủy điện") for c, a in _actors(d))
