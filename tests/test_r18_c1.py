"""Round 18 (C1): courts, procuracy, police and army documents, some OCR scans.
All texts invented."""

from __future__ import annotations

import pytest

import vbcd


def _positions(text: str) -> dict[str, list[str]]:
    """Each person's positions as their printed spans."""
    doc = vbcd.parse(text)
    full = getattr(doc, "text", text)
    out: dict[str, list[str]] = {}
    for p in doc.persons:
        spans = []
        for pos in p.positions:
            spans.append(full[pos.start:pos.end])
        out[p.name] = spans
    return out


_HEAD = """CÔNG AN TỈNH QUẢNG TRỊ
Số: 64/KH-CAT
Quảng Trị, ngày 08 tháng 01 năm 2024

KẾ HOẠCH
Bảo đảm an ninh, trật tự dịp Tết

"""


@pytest.mark.parametrize(("line", "name", "expected"), [
    ("1. Bà Đoàn Thị Nga, Kiểm tra viên chính - Thư ký Tổ công tác.",
     "Đoàn Thị Nga", ["Kiểm tra viên chính", "Thư ký Tổ công tác"]),
    ("1. Ông Hồ Sỹ Phú, Chánh tòa Tòa Dân sự, Thẩm phán trung cấp.",
     "Hồ Sỹ Phú", ["Chánh tòa Tòa Dân sự", "Thẩm phán trung cấp"]),
    ("1. Ông Lê Minh Khoa, Chấp hành viên sơ cấp, Tổ trưởng.",
     "Lê Minh Khoa", ["Chấp hành viên sơ cấp", "Tổ trưởng"]),
    ("1. Bà Phạm Thu Hà, Thẩm tra viên chính, Tổ phó.",
     "Phạm Thu Hà", ["Thẩm tra viên chính", "Tổ phó"]),
])
def test_judicial_titles_are_positions(line: str, name: str, expected: list[str]) -> None:
    assert _positions(_HEAD + line + "\n")[name] == expected


@pytest.mark.parametrize(("line", "name", "expected"), [
    ("Đồng chí Hà Văn Tâm, Phó Chủ tịch UBND tinh, Trưởng Ban An toàn giao thông tỉnh dự.",
     "Hà Văn Tâm", ["Phó Chủ tịch UBND tinh", "Trưởng Ban An toàn giao thông tỉnh"]),
    ("Đồng chí Y Kiêm Mlô, Chủ tịch UBND huyên, Trưởng Ban Chỉ đạo phòng, chống dịch "
     "huyện chỉ đạo.",
     "Y Kiêm Mlô", ["Chủ tịch UBND huyên", "Trưởng Ban Chỉ đạo phòng, chống dịch huyện"]),
    ("Đồng chí Vi Thị Lan, Trưởng Công an huyên, Phó Trưởng ban thường trực báo cáo.",
     "Vi Thị Lan", ["Trưởng Công an huyên", "Phó Trưởng ban thường trực"]),
])
def test_misread_level_word_ends_the_organ(line: str, name: str, expected: list[str]) -> None:
    assert _positions(_HEAD + line + "\n")[name] == expected


@pytest.mark.parametrize(("sentence", "year"), [
    ("Để bảo đảm an ninh dịp Tết Nguyên đán Giáp Thìn, Chỉ huy trưởng Bộ Chỉ huy "
     "Bộ đội Biên phòng tỉnh yêu cầu các đồn tăng cường tuần tra.", "Giáp Thìn"),
    ("Trong những ngày nghỉ Tết Nguyên đán Đinh Dậu, Viện trưởng Viện kiểm sát nhân dân "
     "thành phố phân công lãnh đạo trực.", "Đinh Dậu"),
    ("Dịp Tết Nguyên đán Nhâm Dần, Giám đốc Công an tỉnh yêu cầu các đơn vị trực 24/24 giờ.",
     "Nhâm Dần"),
])
def test_lunar_year_name_is_no_person(sentence: str, year: str) -> None:
    assert year not in _positions(_HEAD + sentence + "\n")


def test_person_named_like_a_stem_still_found() -> None:
    found = _positions(_HEAD + "Đồng chí Đinh Văn Dậu, Phó Giám đốc Công an tỉnh chỉ đạo.\n")
    assert found["Đinh Văn Dậu"] == ["Phó Giám đốc Công an tỉnh"]


def test_rank_between_office_and_name() -> None:
    found = _positions(_HEAD + (
        "Tham dự có Thứ trưởng Bộ Quốc phòng Thượng tướng Mạc Văn Chiến, Cục trưởng Cục "
        "Cảnh sát giao thông Thiếu tướng Đỗ Minh Khải.\n"))
    assert found["Mạc Văn Chiến"] == ["Thứ trưởng Bộ Quốc phòng"]
    assert found["Đỗ Minh Khải"] == ["Cục trưởng Cục Cảnh sát giao thông"]


def test_rank_after_and_ends_a_unit_name() -> None:
    doc = vbcd.parse(_HEAD + (
        "Cử Thiếu tá Nguyễn Đình Khoa, Điều tra viên trung cấp, Phòng Cảnh sát hình sự và "
        "Đại úy Rơ Châm Hiếu tham gia Tổ công tác.\n"))
    names = {a.name for a in doc.agencies}
    assert "Phòng Cảnh sát hình sự" in names
    assert not any("Đại úy" in n for n in names)


def test_rare_surname_after_a_ministry_in_title_case() -> None:
    found = _positions(_HEAD + (
        "Tham dự có Thứ trưởng Bộ Công Thương Lạc Văn Thông, Thứ trưởng Bộ Công an "
        "Lò Văn Sinh và đại diện các bộ.\n"))
    assert found["Lạc Văn Thông"] == ["Thứ trưởng Bộ Công Thương"]
    assert found["Lò Văn Sinh"] == ["Thứ trưởng Bộ Công an"]
