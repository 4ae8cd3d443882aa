"""Industry and small business: the names of business associations, funds and centres
for small and medium enterprises, industry promotion bodies and companies' lines of
business, and the tasks an association passes on to its members."""

from __future__ import annotations

import pytest

import vbcd


def names(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


@pytest.mark.parametrize(("text", "expected"), [
    ("Đề nghị Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An phối hợp tuyên truyền.",
     ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An"]),
    ("Giao Quỹ Phát triển doanh nghiệp nhỏ và vừa thẩm định hồ sơ vay vốn.",
     ["Quỹ Phát triển doanh nghiệp nhỏ và vừa"]),
    ("Giám đốc Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh chịu trách nhiệm thi "
     "hành.", ["Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh"]),
    ("Đề nghị Hội Doanh nhân trẻ Nghệ An vận động hội viên tham gia.",
     ["Hội Doanh nhân trẻ Nghệ An"]),
    ("- Bộ Tài chính (Cục Phát triển doanh nghiệp tư nhân và Kinh tế tập thể);",
     ["Bộ Tài chính", "Cục Phát triển doanh nghiệp tư nhân và Kinh tế tập thể"]),
    ("- Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công;",
     ["Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"]),
    ("Giám đốc Trung tâm Khuyến công và Tư vấn phát triển công nghiệp chịu trách nhiệm thi "
     "hành.", ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"]),
])
def test_small_business_and_industry_promotion_bodies(text: str, expected: list[str]) -> None:
    """Their names run on in small letters (``nhỏ và vừa``, ``tư vấn phát triển công
    nghiệp``) or over a comma (``Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công``)."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sở Công Thương tư vấn phát triển công nghiệp cho các xã.", ["Sở Công Thương"]),
    ("Ngân hàng Nhà nước bảo lãnh tín dụng cho các dự án.", ["Ngân hàng Nhà nước"]),
])
def test_the_same_words_small_are_the_organ_at_work(text: str, expected: list[str]) -> None:
    """Written small after a whole name they are what the organ does, not its name."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Công ty TNHH Phát triển hạ tầng khu công nghiệp Đại An bổ sung hồ sơ.",
     ["Công ty TNHH Phát triển hạ tầng khu công nghiệp Đại An"]),
    ("Công ty CP Kinh doanh hạ tầng khu công nghiệp Đại An bổ sung hồ sơ.",
     ["Công ty CP Kinh doanh hạ tầng khu công nghiệp Đại An"]),
    ("Công ty cổ phần Chế tạo máy Sông Công hoàn thiện hồ sơ.",
     ["Công ty cổ phần Chế tạo máy Sông Công"]),
    ("Công ty TNHH Sản xuất, Thương mại và Dịch vụ Trường An báo cáo.",
     ["Công ty TNHH Sản xuất, Thương mại và Dịch vụ Trường An"]),
    ("Kính gửi: Công ty TNHH Thương mại, Dịch vụ và Xuất nhập khẩu Hải Hà.",
     ["Công ty TNHH Thương mại, Dịch vụ và Xuất nhập khẩu Hải Hà"]),
])
def test_a_companys_line_of_business(text: str, expected: list[str]) -> None:
    """A line of business after a legal form in capitals keeps its second syllable
    (``TNHH`` + ``Phát triển``), its verbs (``Chế tạo``) and its series of lines
    (``Sản xuất, Thương mại và Dịch vụ``)."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mời Công ty TNHH Hòa Bình, Sở Tài chính và Sở Xây dựng dự họp.",
     ["Công ty TNHH Hòa Bình", "Sở Tài chính", "Sở Xây dựng"]),
    ("Công ty TNHH Hòa Bình, Công ty cổ phần Minh Anh và Công ty TNHH An Phát báo cáo.",
     ["Công ty TNHH Hòa Bình", "Công ty cổ phần Minh Anh", "Công ty TNHH An Phát"]),
    ("Công ty TNHH Hòa Bình, Minh Anh và Trường An cùng báo cáo.", ["Công ty TNHH Hòa Bình"]),
])
def test_a_list_after_a_company_is_no_line_of_business(text: str, expected: list[str]) -> None:
    """After a brand, or before another organ, the comma ends the company's name."""
    assert names(text) == expected


DOC = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
SỞ CÔNG THƯƠNG
Số: 3344/SCT-QLCN
V/v đăng ký bình chọn sản phẩm công nghiệp nông thôn tiêu biểu
Nghệ An, ngày 10 tháng 02 năm 2026

Kính gửi: Các hội, hiệp hội doanh nghiệp trên địa bàn tỉnh.

Sở Công Thương đề nghị:
1. Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An, Hội Doanh nhân trẻ Nghệ An, Liên minh \
Hợp tác xã tỉnh thông báo, vận động hội viên đăng ký tham gia.
2. UBND các xã, phường hướng dẫn các cơ sở lập hồ sơ, gửi về Trung tâm Khuyến công và \
Tư vấn phát triển công nghiệp trước ngày 15/3/2026.
"""


def test_an_association_passing_a_call_on_to_its_members_is_assigned() -> None:
    """``X, Y, Z thông báo, vận động hội viên ...``: each association has the task."""
    d = vbcd.parse(DOC)
    got = {(a.clause, a.actor) for a in d.assignments}
    assert {("1", "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An"),
            ("1", "Hội Doanh nhân trẻ Nghệ An"), ("1", "Liên minh Hợp tác xã tỉnh")} <= got
    assert "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp" in [
        a.name for a in d.agencies]
