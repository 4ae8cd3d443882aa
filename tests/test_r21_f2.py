"""Round 21 (F2): labour, war invalids and social affairs documents.

Invented text: a board's member list flattened from a Word table, each row's cells
parted by ``|`` (which the normaliser turns into a line break) or a tab, the last cell
the member's role in the board. The role belongs to the person on its row, not to the
person named on the next row, and ``Ông``/``Bà`` opening that row is no surname.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_PIPE = (
    "Điều 1. Kiện toàn Hội đồng xét duyệt hộ nghèo xã, gồm:\n"
    "Bà Hà Thị Nguyệt, Phó Chủ tịch UBND xã | Chủ tịch Hội đồng\n"
    "Ông Đinh Công Lý, Công chức Văn hóa - Xã hội | Thư ký\n"
    "Ông Sầm Văn Nhất, Chủ tịch Hội Cựu chiến binh xã | Ủy viên\n"
    "Điều 2. Hội đồng có nhiệm vụ bình xét hộ nghèo hằng năm.\n"
)
_TAB = (
    "Thành phần Đoàn kiểm tra:\n"
    "- Ông Mai Xuân Định, Phó Giám đốc Sở Y tế\tTrưởng đoàn\n"
    "- Bà Tòng Thị Phương, Phó Chủ tịch Liên đoàn Lao động tỉnh\tPhó Trưởng đoàn\n"
    "- Ông Lương Văn Quế, Chánh Văn phòng Sở Y tế\tThành viên\n"
)


def _titles(text: str) -> dict[str, list[str]]:
    doc = parse(text)
    return {p.name: [q.title for q in p.positions] for p in doc.persons}


@pytest.mark.parametrize(("text", "name", "role"), [
    (_PIPE, "Hà Thị Nguyệt", "Chủ tịch"),
    (_PIPE, "Đinh Công Lý", "Thư ký"),
    (_PIPE, "Sầm Văn Nhất", "Ủy viên"),
    (_TAB, "Mai Xuân Định", "Trưởng đoàn"),
    (_TAB, "Tòng Thị Phương", "Phó Trưởng đoàn"),
])
def test_row_role_goes_to_the_rows_person(text: str, name: str, role: str) -> None:
    assert role in _titles(text)[name]


@pytest.mark.parametrize("text", [_PIPE, _TAB])
def test_next_rows_honorific_is_no_name(text: str) -> None:
    names = _titles(text)
    assert not any(n.startswith(("Ông ", "Bà ")) for n in names)


def test_role_is_not_the_next_rows_persons() -> None:
    titles = _titles(_PIPE)
    assert "Chủ tịch" not in titles["Đinh Công Lý"]
    assert "Thư ký" not in titles["Sầm Văn Nhất"]
    assert titles["Đinh Công Lý"][0] == "Công chức"
