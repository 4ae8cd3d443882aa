"""A board role printed as a list's label stays beside a member's post in another body
that opens with the same words (``Trưởng ban:`` over ``Trưởng Ban Tuyên giáo``)."""

from __future__ import annotations

import vbcd

_TEXT = """THÔNG BÁO
Phân công thành viên Ban Chỉ đạo

1. Thành phần Ban Chỉ đạo:
- Trưởng ban: Đồng chí Nguyễn Văn Hùng, Trưởng Ban Tuyên giáo Tỉnh ủy.
- Phó Trưởng ban: Đồng chí Lê Văn Tám, Phó Trưởng ban Dân tộc tỉnh.
- Phó Trưởng ban thường trực: Đồng chí Hà Văn Sáu, Phó Trưởng ban.
- Thành viên: Đồng chí Trần Văn Bình, Chánh Văn phòng Sở Y tế.
"""


def _positions() -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.organ) for x in p.positions]
            for p in vbcd.parse(_TEXT).persons}


def test_role_kept_beside_post_of_another_body() -> None:
    got = _positions()
    assert got["Nguyễn Văn Hùng"] == [("Trưởng ban", None), ("Trưởng Ban", "Tuyên giáo Tỉnh ủy")]
    assert got["Lê Văn Tám"] == [("Phó Trưởng ban", None), ("Phó Trưởng ban", "Dân tộc tỉnh")]


def test_role_printed_again_is_one_position() -> None:
    # the member's own line prints the label's role (less its qualifier): one position
    assert _positions()["Hà Văn Sáu"] == [("Phó Trưởng ban", None)]


def test_role_spans_slice_the_label() -> None:
    d = vbcd.parse(_TEXT)
    hung = next(p for p in d.persons if p.name == "Nguyễn Văn Hùng")
    role = hung.positions[0]
    assert d.text[role.start:role.end] == "Trưởng ban"
    assert d.text[role.end] == ":"
