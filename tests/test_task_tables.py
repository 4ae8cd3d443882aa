"""Plan tasks printed as a table: who leads, who helps, by when (``extract/task_tables``)."""

from __future__ import annotations

import vbcd
from vbcd.models import Document

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 45/KH-UBND\nQuảng Nam, ngày 10 tháng 11 năm 2025"
        "\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "Bảo đảm triển khai đồng bộ.\n\nII. NHIỆM VỤ CỤ THỂ\n")
TAIL = ("\nIII. TỔ CHỨC THỰC HIỆN\nGiao Sở Khoa học và Công nghệ theo dõi, báo cáo UBND tỉnh "
        "trước ngày 15/12/2026.\n\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Hồ Quang Bửu\n")
TABLE = (
    "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
    "|---|---|---|---|---|\n"
    "| I | **NHIỆM VỤ CHUNG** | | | |\n"
    "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Các sở, ngành "
    "| Tháng 6/2026 |\n"
    "| 2 | Số hóa hồ sơ thủ tục hành chính | Văn phòng UBND tỉnh | Sở Nội vụ; UBND các xã, "
    "phường | Quý III/2026 |\n"
    "| 3 | Rà soát hạ tầng | Sở Tài chính, Sở Xây dựng<br>Sở Y tế | | Trước ngày 30/9/2026 |\n"
)


def rows(doc: Document) -> list[tuple[str | None, str, str, str | None, str]]:
    return [(a.clause, a.actor, a.role, a.deadline, a.task) for a in doc.assignments]


def test_each_row_gives_its_lead_partners_task_and_deadline() -> None:
    doc = vbcd.parse(HEAD + TABLE + TAIL)
    got = rows(doc)
    assert ("II", "Sở Khoa học và Công nghệ", "lead", "2026-06-30",
            "Xây dựng kho dữ liệu dùng chung") in got
    assert ("II", "Các sở, ngành", "coordinate", "2026-06-30",
            "Xây dựng kho dữ liệu dùng chung") in got
    # a partners cell split at its semicolon; a quarter is due at its end
    assert ("II", "Sở Nội vụ", "coordinate", "2026-09-30",
            "Số hóa hồ sơ thủ tục hành chính") in got
    assert ("II", "UBND các xã, phường", "coordinate", "2026-09-30",
            "Số hóa hồ sơ thủ tục hành chính") in got
    # commas between capitalised names and the cell's line breaks part the actors
    assert [a for _, a, r, _, t in got if t == "Rà soát hạ tầng"] == [
        "Sở Tài chính", "Sở Xây dựng", "Sở Y tế"]
    # the heading row gives nothing; the sentence below the table is still read
    assert not any("NHIỆM VỤ CHUNG" in t for *_, t in got)
    assert ("III", "Sở Khoa học và Công nghệ", "responsible", "2026-12-15",
            "theo dõi, báo cáo UBND tỉnh trước ngày 15/12/2026.") in got
    for a in doc.assignments:  # spans into the normalised text, and back to the input
        assert doc.text[a.start:a.end] == a.actor


def test_the_deadline_column_gives_deadlines() -> None:
    doc = vbcd.parse(HEAD + TABLE + TAIL)
    got = [(d.date, d.kind, d.text, d.clause) for d in doc.deadlines]
    assert ("2026-06-30", "by", "Tháng 6/2026", "II") in got
    assert ("2026-09-30", "by", "Quý III/2026", "II") in got
    # a cue inside the cell reads as everywhere else, once
    assert [g for g in got if g[2] == "Trước ngày 30/9/2026"] == [
        ("2026-09-30", "before", "Trước ngày 30/9/2026", "II")]


def test_a_responsible_column_and_tables_that_are_no_task_tables() -> None:
    table = ("| STT | Công việc | Cơ quan thực hiện | Thời hạn |\n|---|---|---|---|\n"
             "| 1 | Kiểm tra an toàn thực phẩm | Sở Y tế | Quý I/2026 |\n")
    assert rows(vbcd.parse(HEAD + table + TAIL))[0] == (
        "II", "Sở Y tế", "responsible", "2026-03-31", "Kiểm tra an toàn thực phẩm")
    # a two-column header table, a table of figures: no tasks
    other = ("| Chỉ tiêu | Năm 2025 | Năm 2026 |\n|---|---|---|\n| Doanh thu | 10 | 12 |\n")
    doc = vbcd.parse(HEAD + other + TAIL)
    assert [a.actor for a in doc.assignments] == ["Sở Khoa học và Công nghệ"]


# The same table as plain text: cells parted by tabs (copied from Word) ...
TAB_TABLE = (
    "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
    "I\tNHIỆM VỤ CHUNG\t\t\t\n"
    "1\tXây dựng kho dữ liệu dùng chung\tSở Khoa học và Công nghệ\tCác sở, ngành\tTháng 6/2026\n"
    "2\tSố hóa hồ sơ thủ tục hành chính\tVăn phòng UBND tỉnh\t\tQuý III/2026\n"
    "3\tRà soát hạ tầng\tSở Tài chính\n"
    "Sở Xây dựng\tSở Y tế\tTháng 9/2026\n"
)
# ... or one cell a line (a PDF's text layer)
LINE_TABLE = (
    "TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
    "1\nXây dựng kho dữ liệu dùng chung\nSở Khoa học và Công nghệ\nCác sở, ngành\nTháng 6/2026\n"
    "2\nSố hóa hồ sơ thủ tục\nhành chính\nVăn phòng UBND tỉnh\nSở Nội vụ\nQuý III/2026\n"
    "3\nRà soát hạ tầng\nSở Tài chính\nTháng 9/2026\n"
)


def _table_only(doc: Document) -> list[tuple[str | None, str, str, str | None, str]]:
    return [r for r in rows(doc) if r[1] != "Sở Khoa học và Công nghệ" or r[0] == "II"
            if not r[4].startswith("theo dõi")]


def test_a_table_parted_by_tabs() -> None:
    doc = vbcd.parse(HEAD + TAB_TABLE + TAIL)
    got = _table_only(doc)
    assert ("II", "Sở Khoa học và Công nghệ", "lead", "2026-06-30",
            "Xây dựng kho dữ liệu dùng chung") in got
    assert ("II", "Các sở, ngành", "coordinate", "2026-06-30",
            "Xây dựng kho dữ liệu dùng chung") in got
    # an empty partners cell stays empty; the deadline keeps its column
    assert [(a, r, d) for _, a, r, d, t in got if t.startswith("Số hóa")] == [
        ("Văn phòng UBND tỉnh", "lead", "2026-09-30")]
    # a cell of two paragraphs: the line without a row number goes on its row
    assert [(a, r) for _, a, r, _, t in got if t == "Rà soát hạ tầng"] == [
        ("Sở Tài chính", "lead"), ("Sở Xây dựng", "lead"), ("Sở Y tế", "coordinate")]
    assert not any("NHIỆM VỤ CHUNG" in r[4] for r in got)
    assert ("2026-06-30", "Tháng 6/2026", "II") in [(d.date, d.text, d.clause)
                                                     for d in doc.deadlines]
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.actor


def test_a_table_one_cell_a_line() -> None:
    doc = vbcd.parse(HEAD + LINE_TABLE + TAIL)
    got = _table_only(doc)
    assert ("II", "Sở Khoa học và Công nghệ", "lead", "2026-06-30",
            "Xây dựng kho dữ liệu dùng chung") in got
    assert ("II", "Các sở, ngành", "coordinate", "2026-06-30",
            "Xây dựng kho dữ liệu dùng chung") in got
    # a cell wrapped over two lines (the second opens in lower case) is one cell
    assert [(a, r, d) for _, a, r, d, t in got if t.startswith("Số hóa")] == [
        ("Văn phòng UBND tỉnh", "lead", "2026-09-30"), ("Sở Nội vụ", "coordinate", "2026-09-30")]
    assert "Số hóa hồ sơ thủ tục hành chính" in [r[4] for r in got]
    # the last row, one cell short (its empty partners cell dropped), ends at the heading:
    # its lead and its dated last cell keep their columns
    assert [(a, r, d) for _, a, r, d, t in got if t == "Rà soát hạ tầng"] == [
        ("Sở Tài chính", "lead", "2026-09-30")]
    assert ("2026-09-30", "Tháng 9/2026", "II") in [(d.date, d.text, d.clause)
                                                     for d in doc.deadlines]
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.actor


def test_a_table_one_cell_a_line_is_never_read_misaligned() -> None:
    # row 2 lost two cells: where they were cannot be told, so the table ends there
    table = LINE_TABLE.replace("Văn phòng UBND tỉnh\nSở Nội vụ\n", "Sở Nội vụ\n")
    got = _table_only(vbcd.parse(HEAD + table + TAIL))
    assert [r[1] for r in got if r[0] == "II"] == ["Sở Khoa học và Công nghệ", "Các sở, ngành"]
    # one cell short without a date in the last cell: the partners cell is not certain
    table = LINE_TABLE.replace("Sở Tài chính\nTháng 9/2026\n", "Sở Tài chính\nSở Y tế\n")
    got = _table_only(vbcd.parse(HEAD + table + TAIL))
    assert [(a, r) for _, a, r, _, t in got if t == "Rà soát hạ tầng"] == [("Sở Tài chính", "lead")]
    # a row whose cells run past the next row number's place, no lower-case line to join
    table = LINE_TABLE.replace("Sở Nội vụ\n", "Sở Nội vụ\nSở Y tế\n")
    got = _table_only(vbcd.parse(HEAD + table + TAIL))
    assert not any(t.startswith(("Số hóa", "Rà soát")) for *_, t in got)
    # a tab row with more cells than the header ends the table
    table = TAB_TABLE.replace("Văn phòng UBND tỉnh\t\t", "Văn phòng UBND tỉnh\tX\tY\t")
    got = _table_only(vbcd.parse(HEAD + table + TAIL))
    assert not any(t.startswith(("Số hóa", "Rà soát")) for *_, t in got)


def test_a_plain_table_with_no_actor_column_is_no_task_table() -> None:
    for table in ("TT\tNội dung\tKinh phí\tThời gian\n1\tXây dựng kế hoạch\t100\tQuý III/2026\n",
                  "TT\nNội dung\nKinh phí\nThời gian\n1\nXây dựng kế hoạch\n100\nQuý III/2026\n"):
        doc = vbcd.parse(HEAD + table + TAIL)
        assert [a.actor for a in doc.assignments] == ["Sở Khoa học và Công nghệ"]


_REPORT = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 215/BC-UBND\nKon Tum, ngày 05 tháng 8 năm 2024\n\n"
           "BÁO CÁO\nKết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024\n\nI. KẾT QUẢ\n")


def test_a_reports_figures_and_results_are_no_actors() -> None:
    """A report's table names no doer: the figures under ``Thực hiện`` (``2.100``) and
    the outcomes under ``Kết quả thực hiện`` (``Đã hoàn thành``) are no actors. A plan's
    ``Đơn vị thực hiện`` next to a ``Kinh phí thực hiện`` column still gives its own."""
    figures = ("| STT | Nội dung | Dự toán | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
               "| 1 | Thu nội địa | 4.000 | 2.100 | 52,5 |\n| 2 | Thu XNK | 60 | 35 | 58,3 |\n")
    results = ("| TT | Nhiệm vụ | Kết quả thực hiện | Ghi chú |\n|---|---|---|---|\n"
               "| 1 | Rà soát thủ tục hành chính | Đã hoàn thành | |\n"
               "| 2 | Số hóa hồ sơ | Đang thực hiện | Chậm tiến độ |\n")
    for table in (figures, results):
        doc = vbcd.parse(_REPORT + table + "II. KIẾN NGHỊ\nKhông.\n")
        assert doc.assignments == []
    plan = ("| TT | Nhiệm vụ | Kinh phí thực hiện | Đơn vị thực hiện |\n|---|---|---|---|\n"
            "| 1 | Số hóa hồ sơ | Ngân sách tỉnh | Sở Nội vụ |\n")
    doc = vbcd.parse(HEAD + plan + TAIL)
    assert ("II", "Sở Nội vụ", "responsible") in [(a.clause, a.actor, a.role)
                                                  for a in doc.assignments]
    assert "Ngân sách tỉnh" not in [a.actor for a in doc.assignments]


def test_a_comma_inside_an_organs_name_parts_no_actors() -> None:
    """``Sở Văn hóa, Thể thao và Du lịch`` is one organ though every part opens with a
    capital; the comma between two organs still parts them."""
    table = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
             "| 1 | Tuyên truyền, phổ biến Nghị quyết | Sở Văn hóa, Thể thao và Du lịch "
             "| Sở Tài chính, Sở Nội vụ | Quý II/2026 |\n")
    got = [(a, r) for _, a, r, _, t in rows(vbcd.parse(HEAD + table + TAIL))
           if t.startswith("Tuyên truyền")]
    assert got == [("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Sở Tài chính", "coordinate"),
                   ("Sở Nội vụ", "coordinate")]


def test_group_rows_of_a_table_one_cell_a_line() -> None:
    """A group row (``I`` / ``NHIỆM VỤ CHUNG``, a Word table's merged row saved as
    HTML or PDF) before the first row ends the header, and one between two rows is
    skipped: the rows on either side are still read."""
    table = LINE_TABLE.replace("Thời gian hoàn thành\n1\n", "Thời gian hoàn thành\nI\nNHIỆM VỤ CHUNG\n1\n")
    table = table.replace("Các sở, ngành\nTháng 6/2026\n2\n",
                          "Các sở, ngành\nTháng 6/2026\nII.\nNHIỆM VỤ CỤ THỂ\n2\n")
    got = _table_only(vbcd.parse(HEAD + table + TAIL))
    assert [(a, r) for _, a, r, _, t in got if t.startswith(("Xây dựng kho", "Số hóa"))] == [
        ("Sở Khoa học và Công nghệ", "lead"), ("Các sở, ngành", "coordinate"),
        ("Văn phòng UBND tỉnh", "lead"), ("Sở Nội vụ", "coordinate")]
    assert not any("NHIỆM VỤ" in r[4] for r in got)


def test_a_header_of_two_lines_under_a_merged_cell() -> None:
    """``Cơ quan thực hiện`` spans ``Chủ trì`` and ``Phối hợp`` on the header's second
    line: the lead and the partners come from the second line's columns, in a Markdown
    table, a table parted by tabs and one cell a line (the merged cell's parts last)."""
    rows_ = [("1", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường",
              "Sở Tài chính", "Tháng 9/2026")]
    tables = [
        "| STT | Nội dung công việc | Cơ quan thực hiện | | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n| | | Chủ trì | Phối hợp | |\n"
        + "".join("| " + " | ".join(r) + " |\n" for r in rows_),
        "STT\tNội dung công việc\tCơ quan thực hiện\t\tThời gian hoàn thành\n"
        "\t\tChủ trì\tPhối hợp\t\n" + "".join("\t".join(r) + "\n" for r in rows_),
        "STT\nNội dung công việc\nCơ quan thực hiện\nThời gian hoàn thành\nChủ trì\nPhối hợp\n"
        + "".join("\n".join(r) + "\n" for r in rows_),
    ]
    for table in tables:
        got = [(a, r, d) for _, a, r, d, t in rows(vbcd.parse(HEAD + table + TAIL))
               if t.startswith("Xây dựng cơ sở")]
        assert got == [("Sở Nông nghiệp và Môi trường", "lead", "2026-09-30"),
                       ("Sở Tài chính", "coordinate", "2026-09-30")], table


def test_a_table_one_cell_a_line_with_blank_lines() -> None:
    """A web page's table copied as text: its rows parted by blank lines, or every cell
    (then a blank line no longer ends the table; its end is read as without them)."""
    by_row = LINE_TABLE.replace("\n1\n", "\n\n1\n").replace("\n2\n", "\n\n2\n").replace(
        "\n3\n", "\n\n3\n")
    by_cell = LINE_TABLE.replace("\n", "\n\n")
    for table in (by_row, by_cell):
        got = _table_only(vbcd.parse(HEAD + table + TAIL))
        assert [(a, r, d) for _, a, r, d, t in got if t.startswith("Xây dựng kho")] == [
            ("Sở Khoa học và Công nghệ", "lead", "2026-06-30"),
            ("Các sở, ngành", "coordinate", "2026-06-30")], table
        assert ("Văn phòng UBND tỉnh", "lead") in [(a, r) for _, a, r, _, t in got
                                                   if t.startswith("Số hóa")]
    # cells on lines of their own, then a blank line and a paragraph: the table ended
    table = LINE_TABLE.replace("\n3\n", "\n\nSở Tài chính phối hợp\n3\n")
    got = _table_only(vbcd.parse(HEAD + table + TAIL))
    assert not any(t == "Rà soát hạ tầng" for *_, t in got)


def test_a_markdown_table_whose_rows_open_with_no_pipe() -> None:
    table = ("TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
             "---|---|---|---|---\n"
             "1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Sở Tài chính "
             "| Tháng 6/2026\n2 | Số hóa hồ sơ | Văn phòng UBND tỉnh | | Quý III/2026 |\n")
    doc = vbcd.parse(HEAD + table + TAIL)
    got = _table_only(doc)
    assert [(a, r, d) for _, a, r, d, t in got if t in ("Xây dựng kho dữ liệu dùng chung",
                                                       "Số hóa hồ sơ")] == [
        ("Sở Khoa học và Công nghệ", "lead", "2026-06-30"),
        ("Sở Tài chính", "coordinate", "2026-06-30"),
        ("Văn phòng UBND tỉnh", "lead", "2026-09-30")]
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.actor


def test_rows_numbered_in_parts() -> None:
    """A task split in parts (``1.1``, ``1.2``, then ``2``): each part is a row, parted
    by tabs or one cell a line."""
    rows_ = [("1.1", "Hoàn thiện thể chế về đầu tư công", "Sở Tài chính", "Sở Tư pháp",
              "Quý II/2026"),
             ("1.2", "Rà soát quy hoạch", "Sở Xây dựng", "Sở Nội vụ", "Quý III/2026"),
             ("2", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Công an tỉnh", "Tháng 1/2026")]
    head = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    group = ("1", "Nhóm nhiệm vụ về thể chế", "", "", "")
    for sep in ("\t", "\n"):
        lines = [head, *rows_] if sep == "\n" else [head, group, *rows_]
        table = "".join(sep.join(c for c in r if c or sep == "\t") + "\n" for r in lines)
        if sep == "\n":  # one cell a line: the first row is 1, its part 1.1 follows
            table = table.replace("1.1\n", "1\nXây dựng kế hoạch\nSở Nội vụ\nSở Tư pháp\n"
                                  "Tháng 2/2026\n1.1\n")
        got = [(a, r) for _, a, r, _, t in rows(vbcd.parse(HEAD + table + TAIL))
               if t in ("Rà soát quy hoạch", "Kiểm tra an toàn thực phẩm")]
        assert got == [("Sở Xây dựng", "lead"), ("Sở Nội vụ", "coordinate"),
                       ("Sở Y tế", "lead"), ("Công an tỉnh", "coordinate")], table


def test_roles_labelled_inside_an_actors_cell() -> None:
    """One ``Đơn vị thực hiện`` column whose cells name the roles: a label before the
    actors (``Chủ trì: ...; Phối hợp: ...``) or a mark after the lead (``(chủ trì)``,
    the others of the cell then help)."""
    table = ("| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Kiểm tra an toàn thực phẩm | Chủ trì: Sở Y tế; Phối hợp: Công an tỉnh, "
             "Sở Công Thương | Tháng 1/2026 |\n"
             "| 2 | Rà soát quy hoạch | Sở Xây dựng (chủ trì), Sở Tài chính | Quý III/2026 |\n")
    doc = vbcd.parse(HEAD + table + TAIL)
    got = [(a, r) for _, a, r, _, t in rows(doc)
           if t in ("Kiểm tra an toàn thực phẩm", "Rà soát quy hoạch")]
    assert got == [("Sở Y tế", "lead"), ("Công an tỉnh", "coordinate"),
                   ("Sở Công Thương", "coordinate"), ("Sở Xây dựng", "lead"),
                   ("Sở Tài chính", "coordinate")]
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.actor


def test_a_table_in_a_plan_issued_with_a_decision() -> None:
    """The plan after the decision's signature is an annex: its table's tasks take the
    annex's clause, as its sentences and the table's deadlines do."""
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 15/QĐ-UBND\nHà Tĩnh, ngày 10 tháng 01 năm 2026"
                "\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch chuyển đổi số năm 2026\n\nQUYẾT ĐỊNH:\n\n"
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.\n"
                "Điều 2. Quyết định có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Lưu: VT.\n"
                "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Trọng Hải\n\nKẾ HOẠCH\n"
                "Chuyển đổi số năm 2026\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày "
                "10/01/2026 của UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm triển khai đồng bộ."
                "\n\nII. NHIỆM VỤ\n")
    doc = vbcd.parse(decision + TABLE + TAIL)
    got = [(a.clause, a.annex, a.role) for a in doc.assignments
           if a.actor == "Sở Khoa học và Công nghệ" and a.task.startswith("Xây dựng kho")]
    assert got == [("II", 0, "lead")]
    assert ("II", 0) in [(d.clause, d.annex) for d in doc.deadlines if d.text == "Tháng 6/2026"]


def test_a_work_programmes_drafts_and_a_responsibility_column() -> None:
    """A work programme's annex lists drafts (``Tên đề án``) with who drafts them and
    when they go up; ``Trách nhiệm`` alone heads who answers."""
    for task_head, lead_head in (("Tên đề án", "Cơ quan chủ trì soạn thảo"),
                                 ("Nội dung", "Trách nhiệm")):
        table = (f"| TT | {task_head} | {lead_head} | Thời gian trình |\n|---|---|---|---|\n"
                 "| 1 | Đề án phát triển kinh tế biển | Sở Tư pháp | Quý II/2026 |\n")
        got = [(a, d) for _, a, _, d, t in rows(vbcd.parse(HEAD + table + TAIL))
               if t == "Đề án phát triển kinh tế biển"]
        assert got == [("Sở Tư pháp", "2026-06-30")], task_head


def test_a_work_schedules_time_column_gives_no_deadline() -> None:
    """A weekly work schedule printed as a table names each meeting's place: its
    ``Thời gian`` column says when the meeting is held, not by when a task is due."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 90/TB-UBND\nBắc Ninh, ngày 21 tháng 11 năm 2025"
            "\n\nTHÔNG BÁO\nLịch công tác tuần của lãnh đạo UBND tỉnh\n\n"
            "| Thời gian | Nội dung | Chủ trì | Địa điểm | Chuẩn bị |\n|---|---|---|---|---|\n"
            "| Sáng 24/11 (8h00) | Nghe báo cáo quy hoạch | Chủ tịch UBND tỉnh | Phòng họp số 2 "
            "| Sở Xây dựng |\n"
            "| Chiều 25/11 (14h00) | Làm việc với Sở Y tế | Phó Chủ tịch UBND tỉnh | Sở Y tế "
            "| Sở Y tế |\n")
    doc = vbcd.parse(text)
    assert [d.value for d in doc.dates][1:] == ["2025-11-24", "2025-11-25"]
    assert doc.deadlines == []


def test_a_member_list_is_no_task_table() -> None:
    """A board's or a delegation's member list names each member's post and unit under a
    header with an actor's word (``Chức vụ, đơn vị công tác``) and the member's duty in
    the board under a task's (``Nhiệm vụ``): its column of names makes it no task table,
    in every layout."""
    for table in (
        "| TT | Họ và tên | Chức vụ, đơn vị công tác | Nhiệm vụ |\n|---|---|---|---|\n"
        "| 1 | Đ/c Trần Quốc Huy | Trưởng Ban Tổ chức Huyện ủy | Trưởng đoàn |\n",
        "TT\tHọ và tên\tChức vụ, đơn vị công tác\tNhiệm vụ\n"
        "1\tĐ/c Trần Quốc Huy\tTrưởng Ban Tổ chức Huyện ủy\tTrưởng đoàn\n",
        "TT\nHọ và tên\nChức vụ, đơn vị công tác\nNhiệm vụ\n"
        "1\nĐ/c Trần Quốc Huy\nTrưởng Ban Tổ chức Huyện ủy\nTrưởng đoàn\n",
    ):
        doc = vbcd.parse(HEAD + table + TAIL)
        assert [a.actor for a in doc.assignments] == ["Sở Khoa học và Công nghệ"]
