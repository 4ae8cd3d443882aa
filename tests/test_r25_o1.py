"""Industrial zones and enterprise support (round 25, O1): Word tables saved as text, answers due.

A Word document saved as plain text keeps a table's cells on one line, parted by tabs, the
row's number (``STT``) first: ``1<TAB>Công ty TNHH ...<TAB>...``. The number is the row's,
not a count of organs (``2 Bộ``), and a name ending its row does not take the next row's
number (``... Vĩnh Phúc`` / ``2``). A dialogue conference's notice gives departments an
answer to an enterprise's petition as the task: ``trả lời doanh nghiệp ... trong tháng
4/2025`` is due by the month's end. All text here is invented.
"""

from __future__ import annotations

import vbcd


def agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def deadlines(text: str) -> list[tuple[str, str | None]]:
    return [(str(d.date), d.clause) for d in vbcd.parse(text).deadlines]


TABLE = (
    "1. Các kiến nghị được giao xử lý như sau:\n"
    "TT\tDoanh nghiệp\tNội dung\tCơ quan xử lý\n"
    "1\tCông ty TNHH Linh kiện Bình Xuyên\tCấp nước sạch\tCông ty cổ phần Cấp thoát nước Vĩnh Phúc\n"
    "2\tCông ty cổ phần May Tam Dương\tThuê đất\tSở Nông nghiệp và Môi trường\n"
    "3\tCông ty TNHH Cơ khí Phúc Yên\tĐường gom\tSở Xây dựng\n"
    "2. Sở Tài chính theo dõi, tổng hợp.\n"
)


def test_tabbed_row_number_is_no_count() -> None:
    names = agencies(TABLE)
    assert "Công ty TNHH Linh kiện Bình Xuyên" in names
    assert "Công ty cổ phần May Tam Dương" in names
    assert "Công ty TNHH Cơ khí Phúc Yên" in names


def test_name_ending_a_row_keeps_off_the_next_rows_number() -> None:
    names = agencies(TABLE)
    assert "Công ty cổ phần Cấp thoát nước Vĩnh Phúc" in names
    assert not any(n.endswith("Vĩnh Phúc 2") for n in names)


def test_row_number_before_a_wide_space_gap() -> None:
    text = ("Phụ lục: các dự án cần hỗ trợ\n"
            "1      Công ty TNHH Điện tử Hòa Bình Vina      KCN Nam Đình Vũ      Giấy phép\n"
            "2      Công ty TNHH Vật liệu mới Tân Phú      KCN Tràng Duệ      Đấu nối điện\n")
    names = agencies(text)
    assert "Công ty TNHH Điện tử Hòa Bình Vina" in names
    assert "Công ty TNHH Vật liệu mới Tân Phú" in names


def test_a_count_in_prose_stays_a_class() -> None:
    assert agencies("1. Trên địa bàn có 2 Công ty cổ phần hoạt động trong cụm công nghiệp.\n") == []


NOTICE = ("THÔNG BÁO\nKết luận tại Hội nghị gặp mặt doanh nghiệp\n\n"
          "Ngày 10/4/2024, UBND tỉnh tổ chức hội nghị.\n\n")


def test_answer_to_an_enterprise_within_a_month_is_due() -> None:
    text = NOTICE + ("1. Sở Xây dựng hướng dẫn và trả lời Công ty TNHH Minh Long bằng văn bản "
                     "trong tháng 5/2024.\n"
                     "2. Ban Quản lý các khu công nghiệp tỉnh phản hồi kiến nghị của nhà đầu tư "
                     "trong quý II/2024.\n")
    assert deadlines(text) == [("2024-05-31", "1"), ("2024-06-30", "2")]


def test_answers_counted_or_named_are_no_deadline() -> None:
    text = NOTICE + ("1. Số kiến nghị được trả lời trong quý I/2024 là 37 kiến nghị.\n"
                     "2. Văn bản trả lời trong tháng 3/2024 nêu rõ lý do.\n")
    assert deadlines(text) == []


def test_name_in_a_rows_last_cell_ends_with_the_row() -> None:
    text = ("2. Hồ sơ và thời hạn:\n"
            "Loại hồ sơ\tThời hạn\tNơi nhận\n"
            "Đơn đăng ký dự tuyển\ttrước ngày 15/8/2024\tBan Tổ chức Huyện ủy\n"
            "Bản sao văn bằng\ttrước ngày 15/8/2024\tBan Tổ chức Huyện ủy\n")
    names = agencies(text)
    assert "Ban Tổ chức Huyện ủy" in names
    assert not any(n.endswith(" Bản") for n in names)
