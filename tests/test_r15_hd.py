"""Round 15, Party guidance and Party-building documents: a working-rules type line,
a school of the Party named after a person, a step of a procedure fronted before its
actor, and a comrade's title written small."""
from __future__ import annotations

import vbcd

_HEAD = (
    "ĐẢNG BỘ XÃ TÂN LẬP\nĐẢNG ỦY XÃ\n*\nSố 02-QC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
    "Tân Lập, ngày 10 tháng 7 năm 2025\n\n"
)


def _assignments(body: str) -> list[tuple[str, str, str]]:
    doc = vbcd.parse("KẾ HOẠCH\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2025\n\n" + body)
    return [(a.role, a.actor, a.task) for a in doc.assignments]


def test_working_rules_type_line_is_not_the_title() -> None:
    doc = vbcd.parse(
        _HEAD + "QUY CHẾ LÀM VIỆC\ncủa Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030\n\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định trách nhiệm của Ban Chấp hành.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "QC"
    assert doc.title is not None
    assert doc.title.value == "của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030"


def test_party_school_named_after_a_person_is_one_organ() -> None:
    doc = vbcd.parse(
        "KẾ HOẠCH\nmở các lớp bồi dưỡng lý luận chính trị năm 2025\n\n"
        "1. Lớp sơ cấp lý luận chính trị: phối hợp với Trường Chính trị Nguyễn Văn Cừ mở "
        "01 lớp trong tháng 9/2025.\n")
    assert "Trường Chính trị Nguyễn Văn Cừ" in [a.name for a in doc.agencies]
    assert ("coordinate", "Trường Chính trị Nguyễn Văn Cừ", "mở 01 lớp trong tháng 9/2025.") in [
        (a.role, a.actor, a.task) for a in doc.assignments]


def test_party_school_still_leaves_a_politburo_member_a_person() -> None:
    doc = vbcd.parse("Đồng chí Trần Văn Tú, Ủy viên Bộ Chính trị Nguyễn Văn Nên dự hội nghị.\n")
    assert "Nguyễn Văn Nên" in [p.name for p in doc.persons]


def test_fronted_step_before_the_actor() -> None:
    got = _assignments(
        "1. Sau hội nghị, chi ủy tổng hợp kết quả gửi Đảng ủy xã trước ngày 15/12/2025.\n"
        "2. Kết thúc đợt kiểm điểm, các chi bộ báo cáo kết quả về Ban Tổ chức Huyện ủy.\n")
    actors = [(role, actor) for role, actor, _ in got]
    assert ("responsible", "chi ủy") in actors
    assert ("responsible", "các chi bộ") in actors


def test_comrade_with_a_title_written_small() -> None:
    got = _assignments("1. Đồng chí bí thư chi bộ chuẩn bị nội dung, ghi biên bản sinh hoạt.\n")
    assert got == [("responsible", "bí thư chi bộ", "chuẩn bị nội dung, ghi biên bản sinh hoạt.")]


def test_citizen_with_a_word_written_small_is_no_actor() -> None:
    assert _assignments("1. Ông chủ tịch UBND xã chỉ đạo các thôn.\n") == []
