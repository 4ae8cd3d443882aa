"""Round 25, P2: agency spans that ran on past a unit's business or stopped short
before a verb's object (invented text)."""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "want"), [
    # a list of units each with its state: the name ends on its place or its own name
    ("Trong tuần qua, Trung tâm Y tế huyện Đức Linh dừng phát nước; Chi nhánh cấp nước "
     "Võ Xu chưa khắc phục.",
     ["Trung tâm Y tế huyện Đức Linh", "Chi nhánh cấp nước Võ Xu"]),
    ("Trường Tiểu học Đức Tài tạm nghỉ học; Trạm Y tế xã Nam Chính vẫn hoạt động.",
     ["Trường Tiểu học Đức Tài", "Trạm Y tế xã Nam Chính"]),
    ("Ban Quản lý chợ Võ Xu đóng cửa, Trạm Y tế xã Nam Chính vẫn hoạt động.",
     ["Ban Quản lý chợ Võ Xu", "Trạm Y tế xã Nam Chính"]),
])
def test_list_item_stops_before_its_business(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Giao Thanh tra Sở các hồ sơ vi phạm để xem xét, xử lý.", ["Thanh tra Sở"]),
    ("Giao Văn phòng Sở các báo cáo định kỳ để tổng hợp.", ["Văn phòng Sở"]),
    ("Chuyển Thanh tra Bộ các kiến nghị để xử lý.", ["Thanh tra Bộ"]),
    ("Giao Văn phòng Bộ hồ sơ để lưu trữ.", ["Văn phòng Bộ"]),
    ("Giao Văn phòng Sở tài liệu để lưu.", ["Văn phòng Sở"]),
])
def test_parent_named_office_before_an_object(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # near misses: a list's small name words stay; a plural before places is a class
    ("Giao Phòng Cảnh sát giao thông; Phòng Cảnh sát cơ động thực hiện.",
     ["Phòng Cảnh sát giao thông", "Phòng Cảnh sát cơ động"]),
    ("Giao Cục Quản lý chất lượng, Viện Kiểm nghiệm thuốc trung ương thực hiện.",
     ["Cục Quản lý chất lượng", "Viện Kiểm nghiệm thuốc trung ương"]),
    ("Đề nghị Thanh tra Sở các tỉnh phối hợp.", []),
    ("Giao Văn phòng Bộ các đơn vị thuộc Bộ thực hiện.", []),
])
def test_near_misses(text: str, want: list[str]) -> None:
    assert names(text) == want
