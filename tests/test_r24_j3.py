"""Round 24b, J3 (statistics boards): member tables flattened one cell a line.

A Word table of a board's members converted to text puts each cell on its own line
(row number, name, post, seat). Invented examples; each failed before the fix.
"""

from __future__ import annotations

import vbcd

TABLE = (
    "Điều 1. Thành lập Ban Chỉ đạo Tổng điều tra kinh tế thị xã, gồm:\n"
    "TT\nHọ và tên\nChức vụ\nChức danh Ban Chỉ đạo\n"
    "1\nBà Trương Thị Ngọc Thu\nTrưởng phòng Kinh tế\nTrưởng ban\n"
    "2\nÔng Lê Minh Đức\nChi cục trưởng Chi cục Thống kê thị xã\n"
    "Phó Trưởng ban thường trực\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


def test_name_ending_in_thu_before_a_title_on_the_next_line() -> None:
    """``Thu`` / ``Trưởng phòng`` is a name's last syllable, not ``Thứ trưởng`` misread."""
    doc = vbcd.parse(TABLE)
    names = {p.name: [x.title for x in p.positions] for p in doc.persons}
    assert "Trương Thị Ngọc Thu" in names
    assert names["Trương Thị Ngọc Thu"][0] == "Trưởng phòng"


def test_misread_title_still_read() -> None:
    doc = vbcd.parse("Ông Lê Văn Nam, Phó Chù tịch UBND tỉnh, phát biểu.\n")
    assert [x.title for p in doc.persons for x in p.positions] == ["Phó Chù tịch"]


def test_seat_cell_after_a_level_word_is_no_place() -> None:
    """``... Thống kê thị xã`` / ``Phó Trưởng ban``: the next cell, no town's name."""
    doc = vbcd.parse(TABLE)
    assert all(not p.name.startswith("Phó") for p in doc.places)
    doc = vbcd.parse("Ông Hà Văn Sơn, Chánh Văn phòng huyện\nPhó Trưởng ban\n")
    assert [p.name for p in doc.places] == []


def test_row_number_alone_on_its_line_names_no_board() -> None:
    doc = vbcd.parse(TABLE)
    assert not any(a.name.endswith(" 1") for a in doc.agencies)


def test_board_number_on_the_same_line_kept() -> None:
    doc = vbcd.parse("Sở Y tế phối hợp với Ban Chỉ đạo 389 tỉnh kiểm tra.\n")
    assert "Ban Chỉ đạo 389 tỉnh" in [a.name for a in doc.agencies]
