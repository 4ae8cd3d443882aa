"""Education documents: exam plans, exam councils and boards, school-year plans, and
the schools a commune runs after 2025 (round 13, family ED)."""

from __future__ import annotations

import pytest

import vbcd


def agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def persons(text: str) -> list[tuple[str, list[str]]]:
    return [
        (p.name, [" ".join(x for x in (q.title, q.organ) if x) for q in p.positions])
        for p in vbcd.parse(text).persons
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trường Tiểu học và THCS Tân Lập tổ chức Lễ khai giảng vào ngày 05/9/2026.",
     ["Trường Tiểu học và THCS Tân Lập"]),
    ("Trường Tiểu học và Trung học cơ sở Xuân Phong bố trí phòng học.",
     ["Trường Tiểu học và Trung học cơ sở Xuân Phong"]),
    ("Trường TH&THCS Xuân Phong chịu trách nhiệm bố trí phòng học.",
     ["Trường TH&THCS Xuân Phong"]),
    ("Trường THCS và THPT Nguyễn Khuyến phối hợp với Trường THPT Lam Sơn tổ chức ôn thi.",
     ["Trường THCS và THPT Nguyễn Khuyến", "Trường THPT Lam Sơn"]),
    ("Trường Tiểu học, THCS và THPT Hoa Sen chủ động rà soát.",
     ["Trường Tiểu học, THCS và THPT Hoa Sen"]),
    ("Trường Mẫu giáo Sơn Ca tham gia Hội thi giáo viên dạy giỏi.", ["Trường Mẫu giáo Sơn Ca"]),
    ("Trường Phổ thông Liên cấp Hoa Sen tổ chức tuyển sinh.",
     ["Trường Phổ thông Liên cấp Hoa Sen"]),
])
def test_schools_of_several_levels_are_named_whole(text: str, expected: list[str]) -> None:
    """A school that joins two or three levels names them with ``và`` or ``&``, which
    is no list; kindergartens go by ``Mẫu giáo`` too, all-through schools by ``Liên cấp``."""
    assert agencies(text) == expected


def test_a_school_joining_levels_is_a_task_subject_and_an_addressee_and_an_organ() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 312/UBND-VHXH\nV/v tổ chức Lễ khai giảng\n"
        "Tân Lập, ngày 25 tháng 8 năm 2026\n\nKính gửi:\n- Trường Mầm non Hoa Sen;\n"
        "- Trường Tiểu học và THCS Tân Lập.\n\nỦy ban nhân dân xã đề nghị:\n\n"
        "1. Trường Tiểu học và THCS Tân Lập mời lãnh đạo xã dự Lễ khai giảng.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐinh Văn Khánh\n"
    )
    d = vbcd.parse(text)
    assert "Trường Tiểu học và THCS Tân Lập" in [a.name for a in d.agencies]
    assert ("1", "Trường Tiểu học và THCS Tân Lập") in [(a.clause, a.actor)
                                                         for a in d.assignments]


@pytest.mark.parametrize("text", [
    "Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn báo cáo kết quả.",
    "Giao Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn chủ trì tổ chức thi.",
    "Đồng chí Hiệu trưởng Trường THPT Chuyên Nguyễn Trãi chịu trách nhiệm về Điểm thi.",
])
def test_a_gifted_schools_name_is_no_person(text: str) -> None:
    """``Chuyên`` written with a capital is still the school's kind: the name after it
    is the school's (named after a scholar), not its head's."""
    assert persons(text) == []


def test_a_person_after_a_gifted_schools_name_is_found() -> None:
    """Guard: the name after the school's is still its head's."""
    assert persons("Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn Nguyễn Văn Hải báo cáo.") == [
        ("Nguyễn Văn Hải", ["Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn"])]


def test_a_head_of_a_school_joining_levels_keeps_the_whole_school() -> None:
    assert persons("Ông Trần Văn Bình, Phó Hiệu trưởng Trường Tiểu học và THCS Tân Lập, "
                   "làm Trưởng Điểm thi.") == [
        ("Trần Văn Bình", ["Phó Hiệu trưởng Trường Tiểu học và THCS Tân Lập"])]


@pytest.mark.parametrize(("text", "organ"), [
    ("Ông Võ Văn Minh, Trưởng phòng Giáo dục phổ thông.", "Giáo dục phổ thông"),
    ("Ông Võ Văn Minh, Trưởng phòng Quản lý chất lượng, điện thoại 0269.3824.",
     "Quản lý chất lượng"),
    ("Ông Phạm Minh Đức, Trưởng phòng Khảo thí và Kiểm định chất lượng giáo dục làm "
     "Phó Chủ tịch Hội đồng thi.", "Khảo thí và Kiểm định chất lượng giáo dục"),
])
def test_an_education_departments_sections_are_read_whole(text: str, organ: str) -> None:
    """The sections of a Sở GD&ĐT write their name small after its first word."""
    [(_, positions)] = persons(text)
    assert positions[0] == "Trưởng phòng " + organ


@pytest.mark.parametrize(("text", "expected"), [
    ("Ban Chỉ đạo cấp tỉnh Kỳ thi tốt nghiệp THPT năm 2027 kiểm tra công tác chuẩn bị.",
     ["Ban Chỉ đạo cấp tỉnh Kỳ thi tốt nghiệp THPT"]),
    ("Ban Chỉ đạo thi tốt nghiệp THPT năm 2027 tỉnh Bắc Ninh kiểm tra các Điểm thi.",
     ["Ban Chỉ đạo thi tốt nghiệp THPT"]),
    ("Ban Chỉ đạo các kỳ thi cấp tỉnh kiểm tra công tác chuẩn bị.",
     ["Ban Chỉ đạo các kỳ thi cấp tỉnh"]),
    ("Sở Giáo dục và Đào tạo tham mưu thành lập Ban Chỉ đạo thi, Hội đồng thi.",
     ["Sở Giáo dục và Đào tạo", "Ban Chỉ đạo thi", "Hội đồng thi"]),
    ("Chủ tịch Hội đồng thi chịu trách nhiệm trước Giám đốc Sở.", ["Hội đồng thi"]),
])
def test_exam_boards_and_councils_are_organs(text: str, expected: list[str]) -> None:
    """The boards and councils of the school exams take the exam as their topic
    (capitalised too, after a scope); ``Hội đồng thi đua`` stays the awards council."""
    assert agencies(text) == expected


def test_the_awards_council_is_not_an_exam_council() -> None:
    """Guard: ``thi`` as an exam topic must not cut ``Hội đồng thi đua``."""
    assert agencies("Hội đồng thi đua tỉnh họp xét khen thưởng.") == ["Hội đồng thi đua tỉnh"]


def test_an_exam_council_is_the_actor_not_its_sentence() -> None:
    d = vbcd.parse("Hội đồng thi nhận 320 đơn phúc khảo; kết quả phúc khảo công bố "
                   "ngày 15/7/2027.")
    assert [a.actor for a in d.assignments] == ["Hội đồng thi"]


@pytest.mark.parametrize("text", [
    "Ban Chỉ đạo cấp tỉnh Kỳ thi tốt nghiệp THPT năm 2027 kiểm tra công tác chuẩn bị.",
    "Các đơn vị tham gia Hội thi giáo viên dạy giỏi cấp tỉnh Mầm non năm 2027.",
])
def test_a_capitalised_common_noun_after_a_level_word_is_no_place(text: str) -> None:
    """``cấp tỉnh Kỳ thi``: ``Kỳ`` opens the exam's name, not a province's."""
    assert [p.name for p in vbcd.parse(text).places] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Sở Giáo dục và Đào tạo ra đề thi tuyển sinh lớp 10.", "Sở Giáo dục và Đào tạo"),
    ("Các trường THPT tuyển sinh lớp 10 theo phương thức xét tuyển.", "Các trường THPT"),
    ("Các trường tuyển sinh đúng chỉ tiêu được giao.", "Các trường"),
])
def test_setting_an_exam_and_taking_in_pupils_are_tasks(text: str, actor: str) -> None:
    assert [a.actor for a in vbcd.parse(text).assignments] == [actor]


def test_an_admissions_council_keeps_its_name() -> None:
    """Guard: ``tuyển sinh`` after ``Hội đồng`` names the council, it opens no task."""
    d = vbcd.parse("Hội đồng tuyển sinh lớp 10 tỉnh tổ chức xét tuyển.")
    assert [a.actor for a in d.assignments] == ["Hội đồng tuyển sinh lớp 10 tỉnh"]


@pytest.mark.parametrize(("text", "organ", "name"), [
    ("Thứ trưởng Bộ GD&ĐT Phạm Ngọc Thưởng chủ trì hội nghị trực tuyến.", "Bộ GD&ĐT",
     "Phạm Ngọc Thưởng"),
    ("Giám đốc Sở GDĐT Nguyễn Văn Hải chủ trì hội nghị.", "Sở GDĐT", "Nguyễn Văn Hải"),
    ("Giám đốc Sở TN&MT Lê Thị Hoa dự họp.", "Sở TN&MT", "Lê Thị Hoa"),
])
def test_a_sector_acronym_ends_the_organ_before_a_name(
        text: str, organ: str, name: str) -> None:
    """``Sở GD&ĐT`` + ``Nguyễn Văn Hải``: the name after the acronym is the head's."""
    d = vbcd.parse(text)
    assert [a.name for a in d.agencies] == [organ]
    assert [p.name for p in d.persons] == [name]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trường Tiểu học Điện Biên được công nhận đạt chuẩn quốc gia.",
     ["Trường Tiểu học Điện Biên"]),
    ("Trường THPT Điện Bàn tổ chức khai giảng.", ["Trường THPT Điện Bàn"]),
    ("Trường THCS Như Thanh tổ chức khai giảng.", ["Trường THCS Như Thanh"]),
])
def test_a_school_named_after_a_place_that_opens_with_a_stop_word(
        text: str, expected: list[str]) -> None:
    """``Điện`` (a telegram) and ``Như`` end a name, but not where a known place's name
    opens with them."""
    assert agencies(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Các trường gửi về Sở (qua Phòng Giáo dục trung học) trước ngày 30/9/2026.",
     ["Phòng Giáo dục trung học"]),
    ("Phòng Giáo dục mầm non tổ chức hội thi.", ["Phòng Giáo dục mầm non"]),
    ("Phòng Khảo thí và Kiểm định chất lượng giáo dục tổng hợp kết quả.",
     ["Phòng Khảo thí và Kiểm định chất lượng giáo dục"]),
])
def test_education_sections_are_named_whole(text: str, expected: list[str]) -> None:
    """A section of an education department writes the level it runs small."""
    assert agencies(text) == expected


@pytest.mark.parametrize("text", [
    "Hội đồng thi tự giải thể sau khi hoàn thành nhiệm vụ.",
    "Hội đồng thi coi thi, chấm thi theo quy định.",
    "Hội đồng thi chấm thi tự luận.",
])
def test_an_exam_council_ends_before_its_work(text: str) -> None:
    """``Hội đồng thi`` + ``coi thi``, ``tự giải thể``: what the council does is no
    part of its name."""
    assert agencies(text) == ["Hội đồng thi"]
