"""A task table whose header keeps its tabs while each row's cells come one a line.

A PDF or DOCX converter often writes an assignment table's header as one line of
tab-separated column names, then every cell of the rows on its own line (the row's
number first). ``extract/task_tables`` reads it as a table one cell a line whose
columns the tabbed header names. All text here is invented.
"""

from __future__ import annotations

import vbcd
from vbcd.models import Document

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 45/KH-UBND\nTân Phú, ngày 10 tháng 4 năm 2026"
        "\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\nI. MỤC ĐÍCH\n"
        "Nâng cao hiệu quả quản lý.\n\nII. NHIỆM VỤ CỤ THỂ\n\n")
TAIL = ("\n\nIII. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ theo dõi, đôn đốc thực hiện.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bình\n")
TABLE = (
    "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
    "1\nRà soát, chuẩn hóa dữ liệu dân cư\nCông an huyện\nUBND các xã, thị trấn\nQuý II/2026\n"
    "2\nTriển khai thanh toán không dùng tiền mặt\nPhòng Kinh tế và Hạ tầng\n"
    "Ngân hàng Chính sách xã hội huyện\nTháng 9/2026\n"
    "3\nBồi dưỡng kỹ năng số cho cán bộ\nPhòng Nội vụ\nCác cơ quan, đơn vị\nTrước 30/11/2026"
)


def rows(doc: Document) -> list[tuple[str | None, str, str, str | None, str]]:
    return [(a.clause, a.actor, a.role, a.deadline, a.task) for a in doc.assignments]


def test_rows_under_a_tabbed_header_give_lead_partners_task_and_deadline() -> None:
    doc = vbcd.parse(HEAD + TABLE + TAIL)
    got = rows(doc)
    assert ("II", "Công an huyện", "lead", "2026-06-30",
            "Rà soát, chuẩn hóa dữ liệu dân cư") in got
    assert ("II", "UBND các xã, thị trấn", "coordinate", "2026-06-30",
            "Rà soát, chuẩn hóa dữ liệu dân cư") in got
    assert ("II", "Phòng Kinh tế và Hạ tầng", "lead", "2026-09-30",
            "Triển khai thanh toán không dùng tiền mặt") in got
    assert ("II", "Phòng Nội vụ", "lead", "2026-11-30",
            "Bồi dưỡng kỹ năng số cho cán bộ") in got
    for a in doc.assignments:  # spans point at the cells of the normalised text
        assert doc.text[a.start:a.end] == a.actor


def test_the_deadline_column_under_a_tabbed_header_gives_deadlines() -> None:
    doc = vbcd.parse(HEAD + TABLE + TAIL)
    got = [(d.date, d.text, d.clause) for d in doc.deadlines]
    assert ("2026-06-30", "Quý II/2026", "II") in got
    assert ("2026-09-30", "Tháng 9/2026", "II") in got


def test_rows_parted_by_blank_lines_with_a_wrapped_cell_and_no_partners() -> None:
    table = ("TT\tNội dung công việc\tĐơn vị thực hiện\tThời gian\n"
             "1\nThu gom rác thải dọc tuyến biển\nvà các bãi tắm công cộng\n"
             "Phòng Tài nguyên và Môi trường\nTháng 7/2026\n\n"
             "2\nPhát quang bụi rậm\nUBND các phường, xã\nTháng 8/2026")
    got = rows(vbcd.parse(HEAD + table + TAIL))
    assert ("II", "Phòng Tài nguyên và Môi trường", "responsible", "2026-07-31",
            "Thu gom rác thải dọc tuyến biển và các bãi tắm công cộng") in got
    assert ("II", "UBND các phường, xã", "responsible", "2026-08-31",
            "Phát quang bụi rậm") in got


def test_a_numbered_list_under_a_line_with_one_column_word_is_no_table() -> None:
    table = ("Danh sách\tNội dung kiểm tra\n1\nHồ sơ đất đai\nPhòng Tài nguyên và Môi trường"
             "\n2\nHồ sơ xây dựng\nPhòng Kinh tế và Hạ tầng")
    doc = vbcd.parse(HEAD + table + TAIL)
    assert [a.actor for a in doc.assignments if a.clause == "II"] == []


def test_a_header_whose_number_cell_was_dropped_still_parts_rows_at_their_numbers() -> None:
    table = ("Nội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\n1\nKiểm tra an toàn thực phẩm\n"
             "Phòng Y tế\nTháng 5/2026\n2\nTuyên truyền pháp luật\nPhòng Tư pháp\nTháng 6/2026")
    got = rows(vbcd.parse(HEAD + table + TAIL))
    assert ("II", "Phòng Y tế", "lead", "2026-05-31", "Kiểm tra an toàn thực phẩm") in got
    assert ("II", "Phòng Tư pháp", "lead", "2026-06-30", "Tuyên truyền pháp luật") in got


def test_a_tabbed_header_over_rows_with_no_row_number_reads_no_rows() -> None:
    # without the row number opening each row, the rows' cells cannot be told apart
    table = ("Nhiệm vụ\tĐơn vị chủ trì\tThời gian\nHồ sơ đất đai\nPhòng Tài nguyên và Môi"
             " trường\nTháng 6/2026")
    doc = vbcd.parse(HEAD + table + TAIL)
    assert [a.actor for a in doc.assignments if a.clause == "II"] == []
