"""Round 21 (F5, education exams and school years): the exam council's boards, the
quality and training offices of a department or a university, a department named
inside a member's title, and the department that merged education with science."""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Hội đồng thi thành lập Ban In sao đề thi, làm việc cách ly tại trường.",
     "Ban In sao đề thi"),
    ("Ban Vận chuyển và bàn giao đề thi nhận đề tại Sở lúc 6 giờ 00.",
     "Ban Vận chuyển và bàn giao đề thi"),
    ("Ban Ra đề thi làm việc tập trung từ ngày 01/12.", "Ban Ra đề thi"),
    ("Thí sinh nhận kết quả tại Phòng Khảo thí và Đảm bảo chất lượng trước ngày 30/7.",
     "Phòng Khảo thí và Đảm bảo chất lượng"),
    ("Chuyên viên Phòng Khảo thí và Quản lý chất lượng giáo dục - Thư ký.",
     "Phòng Khảo thí và Quản lý chất lượng giáo dục"),
    ("Sinh viên nộp đơn tại Phòng Đào tạo đại học trước 17 giờ ngày 27/5.",
     "Phòng Đào tạo đại học"),
    ("Giao Sở Giáo dục, Khoa học và Công nghệ chủ trì tổ chức kỳ thi.",
     "Sở Giáo dục, Khoa học và Công nghệ"),
])
def test_education_office_names_read_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_small_field_words_as_work_do_not_extend_a_name() -> None:
    assert _names("Sở Giáo dục và Đào tạo ra đề thi và in sao đề thi.") == [
        "Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize(("text", "name"), [
    ("2. Ông Hồ Văn Tâm, Phó Trưởng phòng Giáo dục Trung học - Ủy viên;",
     "phòng Giáo dục Trung học"),
    ("Theo đề nghị của Trưởng phòng Tổ chức cán bộ.", "phòng Tổ chức cán bộ"),
    ("Trưởng phòng Kế hoạch - Tài chính và các ông (bà) có tên tại Điều 1 chịu trách "
     "nhiệm thi hành Quyết định này.", "phòng Kế hoạch - Tài chính"),
])
def test_department_inside_a_title(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Các trưởng phòng chuyên môn thuộc Sở dự họp.",
    "Mời trưởng phòng các đơn vị tham dự.",
])
def test_title_without_a_named_department_is_no_organ(text: str) -> None:
    assert _names(text) == []
