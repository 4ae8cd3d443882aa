"""Anti-corruption, asset declaration and citizens' reception documents (round 14, PC).

Schedules of the leaders' reception of citizens (a time range before the day), the
inspectorate's sections named with an inner comma, teams whose members are listed
under a bare ``các thành viên:``, the reception board written short (``Ban TCD``), and
the recurring sittings' records.
"""

from __future__ import annotations

import vbcd


def _positions(doc: vbcd.Document, name: str) -> list[str]:
    person = next(p for p in doc.persons if p.name == name)
    return [f"{p.title} {p.organ}" if p.organ else p.title for p in person.positions]


def test_time_range_before_the_day_dates_the_sitting_by_its_opening_hour() -> None:
    text = ("THÔNG BÁO\nLịch tiếp công dân\n\n1. Thời gian: Từ 7 giờ 30 đến 11 giờ 00 "
            "ngày 17/3/2025 (thứ Hai).\n2. Phó Chủ tịch tiếp công dân từ 14h00 - 16h30, "
            "ngày 25/3/2025 tại Trụ sở Tiếp công dân tỉnh.\n")
    doc = vbcd.parse(text)
    got = [(d.text, d.value, d.time) for d in doc.dates]
    assert ("7 giờ 30 đến 11 giờ 00 ngày 17/3/2025", "2025-03-17", "07:30") in got
    assert ("14h00 - 16h30, ngày 25/3/2025", "2025-03-25", "14:00") in got
    # a time after a range of days keeps its own hour: no time opens the range
    doc = vbcd.parse("Tiếp nhận đơn từ ngày 12/3/2025 đến 11 giờ ngày 15/3/2025.")
    assert [(d.text, d.time) for d in doc.dates] == [
        ("ngày 12/3/2025", None), ("11 giờ ngày 15/3/2025", "11:00")]


def test_bare_membership_word_is_no_post_of_items_with_their_own() -> None:
    text = ("Điều 1. Thành lập Tổ công tác giải quyết vụ việc khiếu nại, tố cáo kéo dài, "
            "gồm các thành viên:\n"
            "1. Ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh, Tổ trưởng;\n"
            "2. Ông Nguyễn Hoàng Khải, Chánh Thanh tra tỉnh, Tổ phó;\n"
            "3. Ông Phạm Văn Quân, Trưởng Ban Tiếp công dân tỉnh, thành viên.\n")
    doc = vbcd.parse(text)
    assert _positions(doc, "Lâm Văn Bi") == ["Phó Chủ tịch UBND tỉnh", "Tổ trưởng"]
    assert _positions(doc, "Nguyễn Hoàng Khải") == ["Chánh Thanh tra tỉnh", "Tổ phó"]
    assert _positions(doc, "Phạm Văn Quân") == [
        "Trưởng Ban Tiếp công dân tỉnh", "thành viên"]


def test_inspectorate_anticorruption_section_as_a_posts_organ() -> None:
    text = ("Điều 2. Thành lập Tổ xác minh tài sản, thu nhập, gồm:\n"
            "1. Ông Đặng Minh Quang, Phó Trưởng phòng Phòng, chống tham nhũng, Thanh tra "
            "tỉnh - Tổ trưởng;\n2. Bà Phan Thị Ngọc Lan, Thanh tra viên chính - Thành viên.\n")
    doc = vbcd.parse(text)
    assert _positions(doc, "Đặng Minh Quang") == [
        "Phó Trưởng phòng Phòng, chống tham nhũng, Thanh tra tỉnh", "Tổ trưởng"]


def test_inspectorate_follow_up_sections_keep_their_inner_comma() -> None:
    text = ("1. Giao Phòng Giám sát, kiểm tra và xử lý sau thanh tra theo "
            "dõi việc thực hiện Kết luận này.\n2. Giao Phòng Thanh tra, giám sát và xử lý "
            "sau thanh tra đôn đốc, báo cáo Chánh Thanh tra tỉnh.\n")
    doc = vbcd.parse(text)
    names = [a.name for a in doc.agencies]
    assert "Phòng Giám sát, kiểm tra và xử lý sau thanh tra" in names
    assert "Phòng Thanh tra, giám sát và xử lý sau thanh tra" in names
    assert [(a.clause, a.actor) for a in doc.assignments] == [
        ("1", "Phòng Giám sát, kiểm tra và xử lý sau thanh tra"),
        ("2", "Phòng Thanh tra, giám sát và xử lý sau thanh tra")]


def test_reception_board_written_short_is_the_same_board() -> None:
    text = ("4. Ban Tiếp công dân tỉnh chủ trì chuẩn bị hồ sơ vụ việc.\n\n"
            "Nơi nhận:\n- Thanh tra tỉnh, Ban TCD tỉnh;\n- Lưu: VT, TCD.\n")
    doc = vbcd.parse(text)
    boards = [a for a in doc.agencies if a.canonical == "ban tiếp công dân tỉnh"]
    assert len(boards) == 1
    assert {m.text for m in boards[0].mentions} == {"Ban Tiếp công dân tỉnh", "Ban TCD tỉnh"}


def test_grassroots_union_of_a_department_keeps_the_departments_name() -> None:
    doc = vbcd.parse("3. Phân công:\nb) Ban Chấp hành Công đoàn cơ sở Sở Y tế phối hợp "
                     "giám sát việc công khai bản kê khai.\n")
    assert [(a.actor, a.task.split()[0]) for a in doc.assignments] == [
        ("Ban Chấp hành Công đoàn cơ sở Sở Y tế", "phối")]
    # the grassroots union named by its department is one organ (blind gold: ``Công
    # đoàn cơ sở Công ty TNHH ...``), the department's name kept inside it
    assert "Công đoàn cơ sở Sở Y tế" in [a.name for a in doc.agencies]


def test_recurrence_ends_at_its_bracket_and_takes_no_dated_sitting() -> None:
    text = ("1. Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng (ngày "
            "15/01/2026, ngày 16/02/2026).\n"
            "2. Các sở báo cáo định kỳ quý (trước ngày 15 của tháng cuối quý), năm (trước "
            "ngày 15/12).\n")
    doc = vbcd.parse(text)
    assert [r.text for r in doc.recurrences] == [
        "định kỳ vào ngày 15 hằng tháng",
        "định kỳ quý (trước ngày 15 của tháng cuối quý)"]


def test_regular_sitting_with_its_full_date_is_no_recurring_day() -> None:
    text = ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân định kỳ\n"
            "ngày 15/7/2025\n\nNgày 15/7/2025, tại Trụ sở Tiếp công dân tỉnh, Chủ tịch "
            "UBND tỉnh chủ trì tiếp công dân.\n")
    doc = vbcd.parse(text)
    assert all("15/7" not in r.text for r in doc.recurrences)
