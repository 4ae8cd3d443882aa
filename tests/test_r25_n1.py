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


# --- short forms merged with the full name -------------------------------------------

def _merged(text: str, short: str) -> list[str]:
    """The names of the agencies a mention written ``short`` was merged into."""
    return [a.name for a in find_agencies(text)
            if any(m.text == short for m in a.mentions)]


def test_scope_only_board_joins_the_one_board_of_its_level() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN QUẾ PHONG\n\nQUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo "
            "Tổng điều tra kinh tế\n\nCăn cứ Quyết định của UBND tỉnh Nghệ An về việc thành "
            "lập Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 tỉnh Nghệ An;\nĐiều 1. Thành lập "
            "Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 huyện Quế Phong.\nĐiều 2. Ban Chỉ đạo "
            "huyện báo cáo Ban Chỉ đạo tỉnh trước ngày 20/8/2026.\n")
    got = _merged(text, "Ban Chỉ đạo tỉnh")
    assert got == ["Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 tỉnh Nghệ An"], got


def test_province_scope_under_a_district_header_takes_the_named_province() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\n\nKẾ HOẠCH\nGiải phóng mặt bằng\n\n"
            "1. Bàn giao mặt bằng cho Ban Quản lý dự án đầu tư xây dựng công trình giao "
            "thông tỉnh Tây Ninh trước ngày 30/9/2025.\n\nNơi nhận:\n- UBND tỉnh Tây Ninh;\n"
            "- Ban QLDA ĐTXD công trình giao thông tỉnh;\n- Lưu: VT.\n")
    got = _merged(text, "Ban QLDA ĐTXD công trình giao thông tỉnh")
    assert got == ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Tây Ninh"], got


def test_near_miss_province_scope_under_a_province_header_of_another_place() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n\nCÔNG VĂN\n\n1. Sở Y tế tỉnh phối hợp với "
            "Sở Y tế tỉnh Đồng Nai kiểm tra dịch bệnh trước ngày 30/9/2025.\n")
    got = _merged(text, "Sở Y tế tỉnh")
    assert got == ["Sở Y tế tỉnh"], got
