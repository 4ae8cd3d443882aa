"""Meeting invitations, conference notices and work schedules (round 13, family MI).

A Giấy mời or a Thông báo triệu tập names the meeting's chair (``Chủ trì: Đồng chí X,
Phó Chủ tịch UBND tỉnh``), its time, venue and members, and then who prepares what
(``Giao Sở Tài chính chuẩn bị báo cáo, gửi ... trước 16 giờ ngày ...``). Presiding,
attending and the issuer convening the meeting are no tasks; preparing is one. A work
schedule (``LỊCH CÔNG TÁC TUẦN``) lists what its leaders do, and who prepares each
meeting.
"""

from __future__ import annotations

import vbcd

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 245/GM-UBND\n"
        "Thanh Hóa, ngày 24 tháng 11 năm 2026\n\nGIẤY MỜI\n"
        "Dự họp nghe báo cáo tình hình thực hiện kế hoạch đầu tư công năm 2026\n\n")
TAIL = ("\nNơi nhận:\n- Như thành phần mời;\n- Lưu: VT, KTTC.\n\nTL. CHỦ TỊCH\n"
        "CHÁNH VĂN PHÒNG\n\nNguyễn Thị Hương\n")


def _actors(text: str) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in vbcd.parse(text).assignments]


def test_the_chair_of_a_meeting_is_handed_no_task() -> None:
    """``Chủ trì: Đồng chí X, Phó Chủ tịch UBND tỉnh`` names who presides, in every
    layout of the fields; the organ asked to prepare still acts, by its deadline."""
    for chair in ("1. Chủ trì: Đồng chí Lê Văn Thắng, Phó Chủ tịch UBND tỉnh.",
                  "- Chủ trì: đồng chí Lê Văn Thắng - Phó Chủ tịch UBND tỉnh.",
                  "**Chủ trì:** Ông Lê Văn Thắng, Phó Chủ tịch UBND tỉnh.",
                  "1. CHỦ TRÌ: Phó Chủ tịch UBND tỉnh Lê Văn Thắng.",
                  "1. Chủ trì cuộc họp: Đ/c Lê Văn Thắng, Phó Chủ tịch UBND tỉnh.",
                  "1. Chủ trì: Lãnh đạo UBND tỉnh."):
        text = (HEAD + chair + "\n2. Thời gian: 08 giờ 00, thứ Hai, ngày 30/11/2026.\n"
                "3. Địa điểm: Phòng họp số 1, trụ sở UBND tỉnh.\n"
                "4. Tổ chức thực hiện: Giao Sở Tài chính chuẩn bị báo cáo tổng hợp, gửi Văn "
                "phòng UBND tỉnh trước 16 giờ 00 ngày 27/11/2026.\n" + TAIL)
        doc = vbcd.parse(text)
        assert [a.actor for a in doc.assignments] == ["Sở Tài chính"], chair
        assert [d.date for d in doc.deadlines] == ["2026-11-27"]


def test_a_plans_lead_organ_after_chu_tri_stays_a_lead() -> None:
    """A plan's row ``Chủ trì: Sở X`` names the organ leading its task, no chair."""
    text = ("1. Tuyên truyền, phổ biến kế hoạch.\n- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n"
            "2. Chủ trì: Đồng chí Phó Chủ tịch UBND tỉnh.\n")
    got = [(a.clause, a.actor, a.role) for a in vbcd.parse(text).assignments]
    assert got == [("1", "Sở Văn hóa, Thể thao và Du lịch", "lead")]


def test_invitees_asked_to_attend_are_no_actors() -> None:
    """``Đề nghị các đồng chí dự họp đầy đủ, đúng giờ``: coming is no task; preparing is
    (``Đề nghị các đồng chí nghiên cứu tài liệu, chuẩn bị ý kiến``)."""
    text = (HEAD + "Ủy ban nhân dân tỉnh trân trọng kính mời các đồng chí dự họp.\n\n"
            "Đề nghị các đồng chí dự họp đầy đủ, đúng thời gian./.\n" + TAIL)
    assert _actors(text) == []
    text = (HEAD + "Đề nghị các đồng chí nghiên cứu tài liệu, chuẩn bị ý kiến phát biểu. "
            "Rất mong các đồng chí tham dự đúng thành phần./.\n" + TAIL)
    assert [actor for _, actor in _actors(text)] == ["các đồng chí"]


def test_the_issuer_convening_its_meeting_is_no_task() -> None:
    """``Ủy ban nhân dân tỉnh tổ chức cuộc họp ..., cụ thể như sau:`` introduces the
    invitation, as ``ban hành Kế hoạch ... như sau:`` does a plan."""
    text = (HEAD + "Ủy ban nhân dân tỉnh tổ chức cuộc họp nghe báo cáo tình hình thực hiện "
            "kế hoạch đầu tư công năm 2026, cụ thể như sau:\n\n"
            "1. Thời gian: 08 giờ 00, thứ Hai, ngày 30/11/2026.\n"
            "2. Giao Sở Tài chính chuẩn bị báo cáo.\n" + TAIL)
    assert _actors(text) == [("2", "Sở Tài chính")]


SCHEDULE_HEAD = ("UBND TỈNH QUẢNG NINH\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập - Tự do - Hạnh phúc\n\nSố: 87/LCT-VP\n"
                 "Quảng Ninh, ngày 20 tháng 11 năm 2026\n\nLỊCH CÔNG TÁC TUẦN\n"
                 "của Chủ tịch, các Phó Chủ tịch UBND tỉnh\n"
                 "(Từ ngày 23/11/2026 đến ngày 29/11/2026)\n\n")
SCHEDULE_TAIL = "\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\nCHÁNH VĂN PHÒNG\n\nPhạm Văn Thành\n"


def test_a_work_schedule_is_a_type_of_its_own_and_its_leaders_entries_are_no_tasks() -> None:
    """``LỊCH CÔNG TÁC TUẦN`` is the type line (its title below); a leader as an entry's
    subject is what the schedule lists, the organ that prepares a meeting acts."""
    text = (SCHEDULE_HEAD + "THỨ HAI (23/11/2026)\n"
            "- 08 giờ 00: Chủ tịch UBND tỉnh Cao Tường Huy chủ trì họp giao ban.\n"
            "- 14 giờ 00: Đồng chí Nghiêm Xuân Cường, Phó Chủ tịch UBND tỉnh làm việc với "
            "Sở Xây dựng về tiến độ dự án.\nChuẩn bị: Sở Xây dựng.\n" + SCHEDULE_TAIL)
    doc = vbcd.parse(text)
    assert doc.doc_type is not None and doc.doc_type.code == "LCT"
    assert doc.title is not None and doc.title.value.startswith("của Chủ tịch")
    assert [a.actor for a in doc.assignments] == ["Sở Xây dựng"]


def test_a_schedule_tables_preparer_column_names_the_actors() -> None:
    """``Thời gian | Nội dung | Chủ trì | Địa điểm | Chuẩn bị``: the host column names
    who presides, the last who prepares each meeting; the venue cell's place ends at its
    cell (``Thôn Đông``: the village ``Đông``; the next cell's ``Phòng Kinh tế`` is an
    organ)."""
    text = (SCHEDULE_HEAD
            + "| Thời gian | Nội dung | Chủ trì | Địa điểm | Chuẩn bị |\n|---|---|---|---|---|\n"
            "| Thứ Hai 23/11, 7h30 | Giao ban đầu tuần | Chủ tịch UBND tỉnh | Phòng họp số 1 "
            "| Văn phòng UBND tỉnh |\n"
            "| Thứ Sáu 27/11, 8h00 | Kiểm tra tiến độ xây dựng trường | Phó Chủ tịch UBND tỉnh "
            "| Thôn Đông | Phòng Kinh tế |\n" + SCHEDULE_TAIL)
    doc = vbcd.parse(text)
    assert [(a.actor, a.role) for a in doc.assignments] == [
        ("Văn phòng UBND tỉnh", "responsible"), ("Phòng Kinh tế", "responsible")]
    assert "Đông" in [p.name for p in doc.places]  # (a place is named without its prefix)
    assert "Kinh" not in " ".join(p.name for p in doc.places)
    assert "Phòng Kinh tế" in [a.name for a in doc.agencies]


def test_a_person_after_the_construction_sector_is_no_part_of_its_organ() -> None:
    """``Xây dựng`` takes a number only after ``số`` (``Công ty Xây dựng số 4``), never a
    person's name: ``Thứ trưởng Bộ Xây dựng Nguyễn Tường Văn`` is the ministry, then the
    person."""
    for text, organ in (("Chủ trì: Thứ trưởng Bộ Xây dựng Nguyễn Tường Văn.", "Bộ Xây dựng"),
                        ("Giám đốc Sở Xây dựng Trần Văn Bình trình bày báo cáo.", "Sở Xây dựng")):
        doc = vbcd.parse(text)
        assert [a.name for a in doc.agencies] == [organ]
        assert [p.name for p in doc.persons] == [text.split(organ + " ")[1].split(" trình")[0]
                                                 .rstrip(".")]


def test_a_chair_named_after_degrees_or_by_name_alone_is_no_task() -> None:
    """``Chủ trì: PGS.TS. Nguyễn Văn Khánh`` or ``Chủ trì: Trần Văn Bình, Chủ tịch Hội
    đồng``: a person presides (the persons layer reads him), no organ leads a task; a
    plan's ``Chủ trì: Sở Tư pháp`` still hands the lead."""
    for chair in ("PGS.TS. Nguyễn Văn Khánh, Chủ tịch Hội đồng.",
                  "Trần Văn Bình, Chủ tịch Hội đồng thẩm định."):
        doc = vbcd.parse("BIÊN BẢN HỌP HỘI ĐỒNG\nThẩm định hồ sơ đề nghị cấp phép\n\n"
                         "Thời gian: 8 giờ 30 ngày 16/9/2025.\nChủ trì: " + chair + "\n"
                         "1. Hội đồng thống nhất đề nghị cấp phép 12 hồ sơ.\n")
        assert doc.assignments == []
        assert chair.split(",")[0].split(". ")[-1] in [p.name for p in doc.persons]
    plan = vbcd.parse("KẾ HOẠCH\n1. Rà soát thủ tục hành chính\n- Chủ trì: Sở Tư pháp.\n"
                      "- Phối hợp: Sở Nội vụ.\n")
    assert [(a.actor, a.role) for a in plan.assignments] == [
        ("Sở Tư pháp", "lead"), ("Sở Nội vụ", "coordinate")]
