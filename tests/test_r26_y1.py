"""Round 26 (Y1): unions of a sector, foreign states with one-word names, short forms.

Invented text throughout. A sector's union is written ``Công đoàn ngành`` + the sector
(``Công đoàn ngành Giáo dục``) and closes its boards' names; a foreign government named
by a one-word state (``Chính phủ Đức``) is one organ, but the same word small or before a
name is not the state; a recipient list's ``Cục QLN&TCĐN`` is the department named in
full in the body; two donors' offices that differ only in the acronym are two organs.
"""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("1. Công đoàn ngành Giáo dục chủ trì biên soạn tài liệu.", ["Công đoàn ngành Giáo dục"]),
    ("2. Công đoàn ngành Y tế tỉnh phối hợp tổ chức hội thao.", ["Công đoàn ngành Y tế tỉnh"]),
    ("3. Ban Tuyên giáo Công đoàn ngành Giáo dục chủ trì biên soạn tài liệu.",
     ["Ban Tuyên giáo Công đoàn ngành Giáo dục"]),
    ("4. Công đoàn ngành Nông nghiệp và Phát triển nông thôn tham gia trưng bày.",
     ["Công đoàn ngành Nông nghiệp và Phát triển nông thôn"]),
])
def test_a_sector_union_is_one_organ(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Đề nghị các công đoàn ngành phối hợp thực hiện.",
    "1. Các Công đoàn ngành trung ương xây dựng kế hoạch tổ chức đại hội.",
])
def test_the_sector_unions_as_a_class_are_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sử dụng khoản viện trợ của Chính phủ Đức và Chính phủ Pháp đúng mục đích.",
     ["Chính phủ Đức", "Chính phủ Pháp"]),
    ("Sở Ngoại vụ làm việc với Chính phủ Anh về kế hoạch hợp tác.",
     ["Sở Ngoại vụ", "Chính phủ Anh"]),
])
def test_a_one_word_state_closes_its_government(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Quán triệt tinh thần Chính phủ đức trị, liêm chính, hành động.",
    "Thực hiện Nghị quyết của Chính phủ Anh Nguyễn Văn Bình làm đầu mối.",
])
def test_the_state_word_small_or_before_a_name_is_not_the_state(text: str) -> None:
    assert names(text) == ["Chính phủ"]


def test_an_ampersand_acronym_is_the_department_named_in_full() -> None:
    text = ("Căn cứ ý kiến của Cục Quản lý nợ và Tài chính đối ngoại về hồ sơ rút vốn.\n"
            "Nơi nhận:\n- Như trên;\n- Cục QLN&TCĐN;\n- Lưu: VT.")
    assert names(text) == ["Cục Quản lý nợ và Tài chính đối ngoại"]


def test_two_donors_offices_are_two_organs() -> None:
    text = ("Hoàn thiện hồ sơ gửi Văn phòng đại diện KOICA tại Việt Nam và Văn phòng đại "
            "diện JICA tại Việt Nam trước ngày 30/8/2025.")
    assert names(text) == ["Văn phòng đại diện KOICA tại Việt Nam",
                           "Văn phòng đại diện JICA tại Việt Nam"]
