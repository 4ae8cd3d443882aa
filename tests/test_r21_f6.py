"""Round 21 (F6): science, technology and digital transformation after 2025, scanned.

Invented text throughout: the titles of a steering committee's leaders and of its
working group as an OCR pass prints them, a tone read as another (``Phó Chù tịch``) or
the horn of ``ư`` lost (``Phó Truởng ban``, ``- Tổ truởng``), next to family names that
share those letters (``Trương``), which stay names.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _positions(text: str) -> dict[str, list[str]]:
    doc = parse(text)
    return {p.name: [text[q.start:q.end] for q in p.positions] for p in doc.persons}


@pytest.mark.parametrize(("text", "name", "positions"), [
    ("1. Giao đồng chí Lê Văn Thịnh, Phó Chù tịch UBND tỉnh, Phó Truởng ban Thường trực "
     "Ban Chỉ đạo tỉnh chỉ đạo thực hiện Kế hoạch.",
     "Lê Văn Thịnh", ["Phó Chù tịch UBND tỉnh", "Phó Truởng ban Thường trực Ban Chỉ đạo tỉnh"]),
    ("Điều 1. Kiện toàn Tổ công tác, gồm:\n1. Ông Đặng Văn Hòa, Chú tịch UBND huyện - Tổ "
     "truởng.\n2. Ông Trương Công Định, Truởng phòng Văn hóa và Thông tin - Tổ phó.\n",
     "Trương Công Định", ["Truởng phòng Văn hóa và Thông tin", "Tổ phó"]),
    ("Điều 1. Kiện toàn Tổ công tác, gồm:\n1. Ông Đặng Văn Hòa, Chú tịch UBND huyện - Tổ "
     "truởng.\n", "Đặng Văn Hòa", ["Chú tịch UBND huyện", "Tổ truởng"]),
    ("Ngày 28/02/2025, đồng chí Ngô Minh Quang, Phó Bí thư Tỉnh ủy, Chù tịch UBND tỉnh, "
     "Truởng Ban Chỉ đạo tỉnh về chuyển đổi số chủ trì hội nghị.",
     "Ngô Minh Quang", ["Phó Bí thư Tỉnh ủy", "Chù tịch UBND tỉnh",
                        "Truởng Ban Chỉ đạo tỉnh về chuyển đổi số"]),
])
def test_titles_whose_marks_a_scan_misread(text: str, name: str, positions: list[str]) -> None:
    assert _positions(text)[name] == positions


def test_a_misread_title_ends_the_organ_before_it() -> None:
    text = ("1. Bà Trần Mỹ Lan, Giám đốc Sở Nội vụ - Tổ truởng Tổ công tác, chủ trì rà soát.")
    names = {a.name for a in find_agencies(text)}
    assert "Sở Nội vụ" in names and not any("truởng" in n for n in names)
    assert _positions(text)["Trần Mỹ Lan"][0] == "Giám đốc Sở Nội vụ"


def test_a_misread_deputy_title_keeps_its_qualifier_out_of_the_organs() -> None:
    text = ("1. Giao đồng chí Vũ Hải Đăng, Phó Truởng ban Thường trực Ban Chỉ đạo tỉnh "
            "chỉ đạo thực hiện.")
    names = {a.name for a in find_agencies(text)}
    assert "Thường trực Ban Chỉ đạo tỉnh" not in names


@pytest.mark.parametrize("text", [
    "Đồng chí Trương Ban Mai, Giám đốc Sở Khoa học và Công nghệ dự họp.",
    "Bà Trương Thị Hoa, Giám đốc Sở Khoa học và Công nghệ, Tổ trưởng.",
])
def test_a_surname_with_a_titles_letters_stays_a_name(text: str) -> None:
    names = {p.name for p in parse(text).persons}
    assert any(n.startswith("Trương") for n in names)


# --- the working group of a steering committee ------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("3. Văn phòng Bộ phối hợp với Tổ giúp việc BCĐ tỉnh Lào Cai chuẩn bị tài liệu.",
     "Tổ giúp việc BCĐ tỉnh Lào Cai"),
    ("Kính gửi: Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
     "đổi mới sáng tạo và chuyển đổi số.",
     "Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng "
     "tạo và chuyển đổi số"),
])
def test_a_steering_committees_working_group_is_an_organ(text: str, name: str) -> None:
    assert name in {a.name for a in find_agencies(text)}


def test_the_head_of_the_working_group_keeps_its_whole_organ() -> None:
    text = ("2. Đồng chí Hoàng Minh Tú, Vụ trưởng Vụ Pháp chế, Tổ trưởng Tổ giúp việc Ban "
            "Chỉ đạo chịu trách nhiệm báo cáo.")
    assert _positions(text)["Hoàng Minh Tú"][1] == "Tổ trưởng Tổ giúp việc Ban Chỉ đạo"


# --- the navy's flag ranks ---------------------------------------------------------

def test_a_navy_flag_rank_opens_a_signers_name() -> None:
    text = ("BỘ TƯ LỆNH VÙNG 3 HẢI QUÂN\nSố: 12/KH-BTL\nĐà Nẵng, ngày 05 tháng 3 năm 2025\n"
            "KẾ HOẠCH\nVề chuyển đổi số trong đơn vị\n1. Phòng Tham mưu chủ trì.\n"
            "Nơi nhận:\n- Lưu: VT.\nTƯ LỆNH\n\n\nChuẩn Đô đốc Lê Minh Quân\n")
    sig = parse(text).signature
    assert sig is not None and sig.name == "Lê Minh Quân"
