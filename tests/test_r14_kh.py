"""Science and technology management: the sector's units are named whole (``Cục Sở hữu
trí tuệ``, ``Trung tâm Ứng dụng tiến bộ khoa học và công nghệ``), a science council's
members are named by their degree and their role after the workplace, the council's
duty article names the council, and the host of a research task keeps its lead word."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.actor) for a in vbcd.parse(text).assignments]


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [text[q.start:q.end] for q in p.positions] for p in vbcd.parse(text).persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Điều 2. Cục Sở hữu trí tuệ có trách nhiệm thông báo kết quả cho các tổ chức.",
         "Cục Sở hữu trí tuệ"),
        ("2. Phối hợp với Trung tâm Thông tin sở hữu công nghiệp tổ chức tập huấn.",
         "Trung tâm Thông tin sở hữu công nghiệp"),
        ("4. TS. Hoàng Minh Tuấn, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Nghệ An "
         "- Ủy viên phản biện;", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Nghệ An"),
        ("b) Nộp hồ sơ tại Trung tâm Thông tin và Thống kê khoa học và công nghệ trong thời "
         "hạn 30 ngày.", "Trung tâm Thông tin và Thống kê khoa học và công nghệ"),
        ("4. PGS.TS. Lê Văn Khoa, Viện trưởng Viện Lúa Đồng bằng sông Cửu Long, ủy viên;",
         "Viện Lúa Đồng bằng sông Cửu Long"),
        ("2. Phối hợp với Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên chuyển giao "
         "giống cà phê mới.", "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên"),
        ("Hồ sơ gửi về Văn phòng các Chương trình trọng điểm cấp nhà nước trước 17 giờ.",
         "Văn phòng các Chương trình trọng điểm cấp nhà nước"),
        ("Giao Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh tổ chức cuộc thi.",
         "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh"),
        ("Giao Phòng Quản lý khoa học và Sở hữu trí tuệ tổng hợp đề xuất.",
         "Phòng Quản lý khoa học và Sở hữu trí tuệ"),
        ("Giao Phòng Quản lý chuyên ngành kiểm tra hồ sơ đề tài.", "Phòng Quản lý chuyên ngành"),
        ("Theo đề nghị của Vụ trưởng Vụ Khoa học kỹ thuật và công nghệ.",
         "Vụ Khoa học kỹ thuật và công nghệ"),
    ],
)
def test_science_units_are_named_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_ip_office_in_a_header_is_no_department() -> None:
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC SỞ HỮU TRÍ TUỆ\nSố: 3312/SHTT-TTTT\n"
            "V/v hướng dẫn đăng ký bảo hộ chỉ dẫn địa lý\n")
    names = _names(text)
    assert "CỤC SỞ HỮU TRÍ TUỆ" in names
    assert "SỞ HỮU TRÍ TUỆ" not in names
    # ownership opening a sentence names no department either
    assert _names("Sở hữu trí tuệ là tài sản của doanh nghiệp.") == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("1. PGS.TS. Nguyễn Văn Hùng, Trường Đại học Vinh - Chủ tịch Hội đồng;",
         "Nguyễn Văn Hùng", ["Chủ tịch Hội đồng"]),
        ("5. KS. Phan Thị Hoa, Phòng Quản lý khoa học, Sở Khoa học và Công nghệ - Thư ký "
         "khoa học.", "Phan Thị Hoa", ["Thư ký khoa học"]),
        ("3. ThS. Lê Văn Nam, Sở Nông nghiệp và Môi trường - Ủy viên phản biện;",
         "Lê Văn Nam", ["Ủy viên phản biện"]),
        ("2. PGS.TS Trương Hoàng Minh, Trường Thủy sản, Trường Đại học Cần Thơ, thành viên;",
         "Trương Hoàng Minh", ["thành viên"]),
    ],
)
def test_a_council_member_takes_the_role_after_the_workplace(
        text: str, name: str, titles: list[str]) -> None:
    assert _positions(text).get(name) == titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chủ nhiệm dự án: KS. Hồ Văn Lợi, tổ chức chủ trì: Hợp tác xã Nông nghiệp.",
         "Hồ Văn Lợi"),
        ("Hội đồng gồm GS.TSKH. Nguyễn Đình Đức và các thành viên.", "Nguyễn Đình Đức"),
        ("Đề tài do Tiến sĩ Trần Văn Cường làm chủ nhiệm.", "Trần Văn Cường"),
    ],
)
def test_a_degree_names_a_person(text: str, name: str) -> None:
    assert name in [p.name for p in vbcd.parse(text).persons]


def test_a_workplace_without_a_role_gives_no_post() -> None:
    text = ("Thành phần gồm ông Nguyễn Văn Hùng, Sở Y tế; bà Lê Thị Hoa, Sở Tài chính; "
            "ông Trần Văn An, Trường Đại học Vinh - Ủy viên phản biện.")
    assert _positions(text) == {"Nguyễn Văn Hùng": [], "Lê Thị Hoa": [],
                                "Trần Văn An": ["Ủy viên phản biện"]}


def test_the_council_duty_article_names_the_council() -> None:
    text = ("Điều 2. Hội đồng có nhiệm vụ xem xét, đánh giá hồ sơ đăng ký tuyển chọn theo "
            "quy định.")
    assert ("responsible", "Hội đồng") in _roles(text)


def test_the_host_of_a_research_task_keeps_its_lead_word() -> None:
    text = ("2. Đề nghị chủ nhiệm đề tài và tổ chức chủ trì hoàn thiện báo cáo tổng hợp, gửi "
            "về Sở Khoa học và Công nghệ trước ngày 10/11/2023.")
    roles = _roles(text)
    assert all(role != "lead" for role, _ in roles)
    assert any(actor.endswith("tổ chức chủ trì") for _, actor in roles)


def test_a_school_of_technology_stops_before_the_number_line() -> None:
    text = ("ĐẠI HỌC QUỐC GIA HÀ NỘI\nTRƯỜNG ĐẠI HỌC CÔNG NGHỆ\nSố: 455/QĐ-ĐHCN\n"
            "Hà Nội, ngày 20 tháng 4 năm 2024\n")
    assert "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ" in _names(text)
