"""Round 25 (N1): agency names cut short.

A company's brand that reads as a person's name (``Công ty TNHH`` + ``Trần Gia Phát``),
the water works and branches named by their service (``Nhà máy nước X``, ``Chi nhánh
Cấp nước X``), a company named only by its legal form (no organ), and boards named for
one edition of an event (``Ban Tổ chức Lễ hội ... năm 2025``). Invented text.
"""

from __future__ import annotations

from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def test_company_brand_that_reads_as_a_person() -> None:
    got = names("1. Ban Quản lý dự án tỉnh chỉ đạo Công ty TNHH Trần Gia Phát và Công ty "
                "cổ phần Lê Minh Hòa Bình bổ sung nhân lực, máy móc thi công.")
    assert "Công ty TNHH Trần Gia Phát" in got
    assert "Công ty cổ phần Lê Minh Hòa Bình" in got


def test_company_mtv_brand_then_verb() -> None:
    got = names("2. Công ty TNHH MTV Nguyễn Hoàng Sơn thực hiện bảo hành công trình.")
    assert got == ["Công ty TNHH MTV Nguyễn Hoàng Sơn"]


def test_company_legal_form_alone_is_no_organ() -> None:
    got = names("chuyển đổi loại hình doanh nghiệp từ Công ty TNHH sang Công ty cổ phần "
                "theo quy định của Luật Doanh nghiệp.")
    assert not any(n.startswith("Công ty") for n in got), got


def test_near_miss_person_after_company_and_comma_stays_a_person() -> None:
    got = names("Đại diện Công ty Điện lực Phú Yên, ông Trần Văn Bình báo cáo.")
    assert "Công ty Điện lực Phú Yên" in got
    assert not any("Bình" in n for n in got), got


def test_water_works_and_branches() -> None:
    got = names("2. Nhà máy nước Xuân Phong dừng phát nước trong thời gian sửa chữa.\n"
                "3. Chi nhánh Cấp nước Diên Khánh thông báo cho khách hàng.\n"
                "4. Chi nhánh thủy lợi Phú Ninh kiểm tra cửa van tràn.")
    assert "Nhà máy nước Xuân Phong" in got
    assert "Chi nhánh Cấp nước Diên Khánh" in got
    assert "Chi nhánh thủy lợi Phú Ninh" in got


def test_near_miss_branches_as_a_class() -> None:
    got = names("Giám đốc các Chi nhánh thủy lợi tổ chức trực ban 24/24 giờ.")
    assert not any(n.startswith("Chi nhánh") for n in got), got


def test_event_board_with_its_year() -> None:
    got = names("Điều 1. Thành lập Ban Tổ chức Lễ hội đền Trúc năm 2025, gồm các ông, bà "
                "có tên sau:")
    assert "Ban Tổ chức Lễ hội đền Trúc năm 2025" in got


def test_event_board_with_its_description_and_school_year() -> None:
    got = names("1. Ban Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2024-2025 do "
                "Giám đốc Sở quyết định thành lập.")
    assert "Ban Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2024-2025" in got
    got = names("Thành lập Ban Tổ chức Lễ hội bơi chải truyền thống trên sông Lam năm 2024 "
                "(sau đây gọi là Ban Tổ chức).")
    assert "Ban Tổ chức Lễ hội bơi chải truyền thống trên sông Lam năm 2024" in got


def test_near_miss_event_board_without_year_keeps_its_business_out() -> None:
    got = names("2. Ban Tổ chức Hội thi xây dựng thể lệ, gửi các trường trước ngày 15/10.")
    assert "Ban Tổ chức Hội thi" in got
    got = names("Ban Tổ chức Lễ hội chỉ đạo các tiểu ban chuẩn bị chu đáo cho năm 2025.")
    assert "Ban Tổ chức Lễ hội" in got


def test_event_board_ending_on_a_bare_event_word() -> None:
    got = names("1. Thành lập Ban Tổ chức Lễ đón nhận\nBằng xếp hạng di tích quốc gia.")
    assert "Ban Tổ chức Lễ" not in got
