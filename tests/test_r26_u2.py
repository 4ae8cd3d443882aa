"""Round 26b, U2: ODA and foreign-aid documents (invented text).

Organ names these documents carry: a board over several projects, a donor's acronym
after ``và``, a foreign government, a donor's representative office, the finance
ministry's external-finance department.
"""

from __future__ import annotations

import vbcd

_HEAD = "UBND TỈNH BẮC KẠN\nSố: 77/UBND-KT\nV/v triển khai dự án\n\nKính gửi: Sở Tài chính\n\n"


def _agencies(body: str) -> list[str]:
    return [a.name for a in vbcd.parse(_HEAD + body + "\n").agencies]


def test_board_over_several_projects() -> None:
    names = _agencies("Giao Ban Quản lý các dự án lâm nghiệp tỉnh chủ trì thực hiện.")
    assert "Ban Quản lý các dự án lâm nghiệp tỉnh" in names


def test_donor_acronym_after_va_is_next_actor() -> None:
    names = _agencies("Sở Nội vụ phối hợp với Sở Y tế và UNDP tổ chức hội thảo.")
    assert "Sở Y tế" in names
    assert not any("UNDP" in n for n in names)


def test_field_abbreviation_after_va_stays_in_name() -> None:
    names = _agencies("Sở Nông nghiệp và PTNT kiểm tra hiện trường.")
    assert "Sở Nông nghiệp và PTNT" in names


def test_foreign_government_is_one_organ_beside_own() -> None:
    names = _agencies(
        "Thực hiện Nghị quyết của Chính phủ; dự án do Chính phủ Hàn Quốc tài trợ.")
    assert "Chính phủ Hàn Quốc" in names
    assert "Chính phủ" in names


def test_representative_office_with_seat() -> None:
    doc = vbcd.parse(_HEAD + "Làm việc với bà Lee Min-ji, Trưởng bộ phận Văn phòng "
                     "đại diện KOICA tại Việt Nam.\n")
    assert "Văn phòng đại diện KOICA tại Việt Nam" in [a.name for a in doc.agencies]


def test_external_finance_department_whole() -> None:
    names = _agencies("Gửi hồ sơ về Cục Quản lý nợ và Tài chính đối ngoại trước ngày 5/6.")
    assert "Cục Quản lý nợ và Tài chính đối ngoại" in names
