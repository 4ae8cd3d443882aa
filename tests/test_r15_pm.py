"""Member lists of decisions that set up or renew a board: each member's posts and
role in the board (round 15, PM)."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 215/QĐ-UBND
Nghệ An, ngày 4 tháng 9 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh

Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh, gồm các ông, bà có tên sau:
"""
_TAIL = """
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH


Trần Quốc Hùng
"""


def _positions(body: str) -> dict[str, list[str]]:
    doc = vbcd.parse(_HEAD + body + _TAIL)
    return {p.name: [x.title + (" " + x.organ if x.organ else "") for x in p.positions]
            for p in doc.persons}


def test_inline_role_label_before_the_member() -> None:
    got = _positions("1. Trưởng ban: Đồng chí Lê Văn Dũng, Phó Chủ tịch UBND tỉnh.\n"
                     "2. Thư ký: Ông Phan Thanh Sơn, Phó Chánh Văn phòng UBND tỉnh.\n")
    assert got["Lê Văn Dũng"] == ["Trưởng ban", "Phó Chủ tịch UBND tỉnh"]
    assert got["Phan Thanh Sơn"] == ["Thư ký", "Phó Chánh Văn phòng UBND tỉnh"]


def test_heading_label_gives_its_role_to_each_item() -> None:
    got = _positions("2. Các Phó Trưởng ban:\n"
                     "- Đồng chí Hồ Thị Mai, Giám đốc Sở Tài chính;\n"
                     "- Đại tá Đỗ Minh Long, Phó Giám đốc Công an tỉnh.\n"
                     "3. Các ủy viên:\n"
                     "- Đồng chí Ngô Văn Nam, Giám đốc Sở Nội vụ.\n")
    assert got["Hồ Thị Mai"] == ["Phó Trưởng ban", "Giám đốc Sở Tài chính"]
    assert got["Đỗ Minh Long"] == ["Phó Trưởng ban", "Phó Giám đốc Công an tỉnh"]
    assert got["Ngô Văn Nam"] == ["ủy viên", "Giám đốc Sở Nội vụ"]


def test_heading_label_does_not_repeat_a_role_the_item_prints() -> None:
    got = _positions("Các Phó Trưởng ban:\n"
                     "- Đồng chí Vũ Quang Hải, Giám đốc Sở Y tế, Phó Trưởng ban Thường trực;\n")
    assert got["Vũ Quang Hải"] == ["Giám đốc Sở Y tế", "Phó Trưởng ban Thường trực"]


def test_label_of_no_member_list_gives_no_role() -> None:
    got = _positions("Trưởng ban có trách nhiệm:\n"
                     "- Ông Vũ Quang Hải, Giám đốc Sở Y tế, báo cáo kết quả.\n")
    assert got["Vũ Quang Hải"] == ["Giám đốc Sở Y tế"]


def test_table_with_a_post_column_and_a_role_column() -> None:
    got = _positions("| STT | Họ và tên | Chức vụ, đơn vị | Chức danh trong Tổ |\n"
                     "|---|---|---|---|\n"
                     "| 1 | Ông Nguyễn Văn Bình | Chủ tịch UBND xã | Tổ trưởng |\n"
                     "| 2 | Lê Thị Hằng | Công chức Văn phòng - Thống kê | Thành viên |\n")
    assert got["Nguyễn Văn Bình"] == ["Chủ tịch UBND xã", "Tổ trưởng"]
    assert got["Lê Thị Hằng"] == ["Công chức Văn phòng - Thống kê", "Thành viên"]
