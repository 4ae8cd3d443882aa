"""Pollution and waste letters (round 15, family EP): the water and landfill boards and
the police's environment team named whole, the cities' sanitation companies named
bare, and the waste and dust works that end an actor."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(a.actor, a.role) for a in vbcd.parse(text).assignments]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tham dự có Ban Quản lý dự án đầu tư xây dựng công trình cấp nước, thoát nước và "
         "môi trường Thành phố, Sở Xây dựng.",
         "Ban Quản lý dự án đầu tư xây dựng công trình cấp nước, thoát nước và môi trường"
         " Thành phố"),
        ("Tham dự có Ban Quản lý dự án hạ tầng kỹ thuật và môi trường, Sở Xây dựng.",
         "Ban Quản lý dự án hạ tầng kỹ thuật và môi trường"),
        ("Tham dự có Ban Quản lý Khu liên hợp xử lý chất thải rắn Tây Bắc, Sở Xây dựng.",
         "Ban Quản lý Khu liên hợp xử lý chất thải rắn Tây Bắc"),
        ("Công an huyện chỉ đạo Đội Cảnh sát kinh tế - môi trường kiểm tra, xử lý vi phạm.",
         "Đội Cảnh sát kinh tế - môi trường"),
        ("Giao Công ty Môi trường đô thị thu gom rác thải tồn đọng.",
         "Công ty Môi trường đô thị"),
        ("Công ty Cổ phần Môi trường đô thị bố trí xe chuyên dụng.",
         "Công ty Cổ phần Môi trường đô thị"),
    ],
)
def test_environment_organ_named_whole(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "actor", "role"),
    [
        ("2. Sở Xây dựng chỉ đạo các chủ đầu tư công trình che chắn, tưới nước giảm bụi.",
         "các chủ đầu tư công trình", "directed"),
        ("3. Giao UBND các xã vận chuyển rác thải tồn đọng về khu xử lý.",
         "UBND các xã", "responsible"),
        ("4. Đề nghị các hộ gia đình phân loại rác thải tại nguồn.",
         "các hộ gia đình", "responsible"),
        ("5. Sở Y tế chỉ đạo các bệnh viện phân loại, thu gom, xử lý chất thải y tế.",
         "các bệnh viện", "directed"),
        ("6. UBND các huyện chỉ đạo UBND cấp xã đóng cửa các bãi rác tự phát.",
         "UBND cấp xã", "directed"),
        ("7. Giao Ban Quản lý các khu công nghiệp yêu cầu các doanh nghiệp đấu nối nước "
         "thải vào hệ thống xử lý tập trung.", "các doanh nghiệp", "responsible"),
        ("8. UBND các xã, thị trấn chỉ đạo các thôn vớt rác, khơi thông dòng chảy.",
         "các thôn", "directed"),
        ("9. Phòng Tài nguyên và Môi trường phối hợp với các xã dọn dẹp rác thải ven sông.",
         "các xã", "coordinate"),
        ("10. Công ty TNHH MTV Môi trường đô thị phối hợp với Ban Quản lý Khu liên hợp xử lý"
         " chất thải rắn Tây Bắc che chắn xe ép rác.",
         "Ban Quản lý Khu liên hợp xử lý chất thải rắn Tây Bắc", "coordinate"),
    ],
)
def test_waste_work_ends_the_actor(text: str, actor: str, role: str) -> None:
    assert (actor, role) in _roles("Kính gửi: các đơn vị.\n\n" + text + "\n")
