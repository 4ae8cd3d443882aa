"""Personnel decisions (bổ nhiệm, điều động, biệt phái, nghỉ hưu, thôi việc) and the
notices that divide a department's leaders' duties: the persons they name with their
staff titles and sections, and the last article's actors."""

from __future__ import annotations

import pytest

import vbcd

_DECISION = "QUYẾT ĐỊNH:\n\n"


def _actors(text: str) -> list[tuple[str, str]]:
    doc = vbcd.parse(_DECISION + text + "\n")
    return [(a.clause or "", a.actor) for a in doc.assignments]


def _position(text: str) -> tuple[str, str | None]:
    doc = vbcd.parse(_DECISION + text + "\n")
    pos = doc.persons[0].positions[0]
    return pos.title, pos.organ


@pytest.mark.parametrize(("person", "name"), [
    ("PGS.TS. Đào Xuân Cơ", "Đào Xuân Cơ"),
    ("GS.TS. Vũ Hoàng Linh", "Vũ Hoàng Linh"),
    ("ThS. Lê Văn An", "Lê Văn An"),
])
def test_a_degree_before_the_named_person_ends_no_sentence(person: str, name: str) -> None:
    """``... và PGS.TS. Đào Xuân Cơ chịu trách nhiệm thi hành``: the dots of the degrees
    end no sentence and open no organ's name; the person is an actor of the last
    article, as ``ông Đào Xuân Cơ`` would be."""
    text = (f"Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị "
            f"liên quan và {person} chịu trách nhiệm thi hành Quyết định này./.")
    assert _actors(text) == [
        ("Điều 3", "Chánh Văn phòng Bộ"), ("Điều 3", "Vụ trưởng Vụ Tổ chức cán bộ"),
        ("Điều 3", "Thủ trưởng các đơn vị liên quan"), ("Điều 3", name),
    ]


def test_a_degree_after_an_organ_and_va_is_no_part_of_its_name() -> None:
    doc = vbcd.parse(_DECISION + "Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Tổ chức cán bộ và "
                     "PGS.TS. Đào Xuân Cơ chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [a.name for a in doc.agencies] == ["Vụ Tổ chức cán bộ"]


def test_a_task_word_inside_a_persons_section_hands_no_task() -> None:
    """``Phó Trưởng phòng Quản lý xây dựng, Sở Xây dựng``: ``xây dựng`` names the
    section of the person's position, the notice of a retirement date hands no task."""
    text = ("1. Ông Cao Văn Thịnh, Phó Giám đốc Sở Tài chính, sinh ngày 05/01/1965.\n"
            "2. Bà Kiều Thị Nga, Phó Trưởng phòng Quản lý xây dựng, Sở Xây dựng, sinh ngày "
            "20/3/1969; thời điểm nghỉ hưu là ngày 01/12/2026.")
    assert _actors(text) == []


def test_a_deputys_share_of_the_heads_work_is_a_task() -> None:
    """A notice dividing the leaders' duties: ``Bà X, Phó Giám đốc Sở: giúp Giám đốc
    theo dõi ...`` hands the deputy the fields listed."""
    text = ("1. Ông Huỳnh Tấn Phát, Giám đốc Sở: lãnh đạo, quản lý toàn diện các mặt công "
            "tác của Sở.\n"
            "2. Bà Lê Thị Mỹ Duyên, Phó Giám đốc Sở: giúp Giám đốc theo dõi, chỉ đạo lĩnh "
            "vực ngân sách.\n"
            "3. Ông Nguyễn Quốc Bảo, Phó Giám đốc Sở: giúp Giám đốc chỉ đạo lĩnh vực quản lý "
            "giá, công sản.")
    assert _actors(text) == [("1", "Huỳnh Tấn Phát"), ("2", "Lê Thị Mỹ Duyên"),
                             ("3", "Nguyễn Quốc Bảo")]


@pytest.mark.parametrize(("text", "title", "organ"), [
    ("Điều 1. Biệt phái ông Võ Thành Nhân, chuyên viên chính, Phòng Quản lý đô thị, Sở Xây "
     "dựng, đến công tác tại Ủy ban nhân dân phường Bến Thành.",
     "chuyên viên chính", "Phòng Quản lý đô thị, Sở Xây dựng"),
    ("Điều 1. Cho bà Đỗ Thị Hương, điều dưỡng hạng IV, Khoa Hồi sức tích cực, Bệnh viện Đa "
     "khoa tỉnh, được thôi việc kể từ ngày 01/6/2026.",
     "điều dưỡng hạng IV", "Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh"),
    ("Điều 1. Nâng bậc lương đối với ông Đinh Văn Tùng, giảng viên chính Khoa Luật, Trường "
     "Đại học Vinh.", "giảng viên chính", "Khoa Luật, Trường Đại học Vinh"),
    ("Điều 1. Cho bà Lý Thị Mai, bác sĩ hạng III, Khoa Nhi, Bệnh viện Đa khoa tỉnh, được "
     "thôi việc.", "bác sĩ hạng III", "Khoa Nhi, Bệnh viện Đa khoa tỉnh"),
    ("Điều 1. Cử ông Lê Văn Hà, Thanh tra viên chính, Thanh tra tỉnh, tham dự lớp bồi "
     "dưỡng.", "Thanh tra viên chính", "Thanh tra tỉnh"),
])
def test_a_staff_title_keeps_its_grade_and_the_section_after_a_comma(
        text: str, title: str, organ: str) -> None:
    """A personnel decision names a civil servant by the rank with its grade (``chính``,
    ``hạng III``) and then, after a comma, the section and organ he works in."""
    assert _position(text) == (title, organ)


def test_a_subject_taught_is_no_grade() -> None:
    """``giáo viên chính trị``: ``chính`` opens the subject, no grade of the title."""
    title, _ = _position("Điều 1. Cử ông Lê Văn Hà, giáo viên chính trị Trường Chính trị "
                         "tỉnh, tham dự lớp bồi dưỡng.")
    assert title == "giáo viên"


def test_the_wards_economic_department_keeps_its_comma() -> None:
    """The ward's department of 2025, ``Phòng Kinh tế, Hạ tầng và Đô thị``, is one organ
    of the person's position."""
    assert _position("Điều 1. Giao bà Ngô Thị Thanh Vân, Phó Trưởng phòng Kinh tế, Hạ tầng "
                     "và Đô thị, phụ trách Phòng.") == (
        "Phó Trưởng phòng", "Kinh tế, Hạ tầng và Đô thị")
