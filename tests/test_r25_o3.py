"""Round 25 (O3, Party congresses, personnel work and propaganda guidance): organ names.

Invented text. The departments of the Party's organisation, propaganda and inspection
boards are named by fields joined with a comma in small letters (``Phòng Tổ chức đảng,
đảng viên``); the comma cut them short. Their own archive lines write them short
(``Lưu VT, Phòng TCĐ-ĐV``), which must be the same department, not a second one.
"""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "2. Giao Phòng Tổ chức đảng, đảng viên tổng hợp danh sách đề nghị khen thưởng.\n",
            "Phòng Tổ chức đảng, đảng viên",
        ),
        (
            "- Vụ Tổ chức cơ sở đảng, đảng viên hướng dẫn các tỉnh ủy thực hiện.\n",
            "Vụ Tổ chức cơ sở đảng, đảng viên",
        ),
        (
            "3. Phòng Lý luận chính trị, lịch sử Đảng thẩm định bản thảo lịch sử đảng bộ xã.\n",
            "Phòng Lý luận chính trị, lịch sử Đảng",
        ),
        (
            "b) Phòng Tuyên truyền, báo chí, xuất bản định hướng thông tin trên báo chí.\n",
            "Phòng Tuyên truyền, báo chí, xuất bản",
        ),
        (
            "- Phòng Khoa giáo, văn hóa văn nghệ tham mưu tổ chức hội thảo khoa học.\n",
            "Phòng Khoa giáo, văn hóa văn nghệ",
        ),
    ],
)
def test_party_board_department_keeps_its_inner_comma(line: str, name: str) -> None:
    assert name in _agencies(line)


def test_department_short_in_archive_line_is_the_same_department() -> None:
    text = (
        "1. Phòng Tổ chức đảng, đảng viên hướng dẫn các chi bộ kiểm điểm cuối năm.\n"
        "Nơi nhận:\n"
        "- Thường trực Tỉnh ủy (b/c),\n"
        "- Lưu VT, Phòng TCĐ-ĐV.\n"
    )
    names = _agencies(text)
    assert "Phòng Tổ chức đảng, đảng viên" in names
    assert not [n for n in names if "TCĐ" in n]
