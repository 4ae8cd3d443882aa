"""Round-15 probes of decisions (Quyết định): member lists of a body set up or renewed."""

from __future__ import annotations

import vbcd

_DOC = """ỦY BAN NHÂN DÂN
XÃ HÒA PHÚ
Số: 87/QĐ-UBND
Hòa Phú, ngày 14 tháng 8 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Tổ công tác của xã

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Tổ công tác của xã, gồm các thành viên sau:
- Bà Lương Thị Mai, Trưởng phòng Văn hóa - Xã hội, thành viên;
- Ông Hồ Văn Lâm, Trưởng phòng Kinh tế, thư ký;
- Ông Vũ Đức Cường, Phó Trưởng phòng Công chức, viên chức, tổ phó;
- Ông Đặng Quốc Toàn, Trưởng phòng Công chức, viên chức.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def _posts() -> dict[str, list[tuple[str, str | None]]]:
    doc = vbcd.parse(_DOC)
    return {p.name: [(q.title, q.organ) for q in p.positions] for p in doc.persons}


def test_member_role_after_comma_is_not_part_of_section_name() -> None:
    posts = _posts()
    assert posts["Lương Thị Mai"] == [("Trưởng phòng", "Văn hóa - Xã hội"), ("thành viên", None)]
    assert posts["Hồ Văn Lâm"] == [("Trưởng phòng", "Kinh tế"), ("thư ký", None)]


def test_section_name_written_small_keeps_its_comma_and_ends_before_role() -> None:
    posts = _posts()
    assert posts["Vũ Đức Cường"] == [
        ("Phó Trưởng phòng", "Công chức, viên chức"), ("tổ phó", None)]
    assert posts["Đặng Quốc Toàn"] == [("Trưởng phòng", "Công chức, viên chức")]
