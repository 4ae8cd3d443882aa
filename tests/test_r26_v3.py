"""Round 26 (V3): a board or an association written bare after its own office,
standing board or working group is the document's own organ (``Văn phòng Ban``,
``Thường trực Ban Chỉ đạo``, ``Văn phòng Hội``), as ``Văn phòng Sở`` and ``Thường
trực Đảng ủy`` already are. Invented examples."""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "organ"), [
    ("2. Văn phòng Ban bố trí hội trường, phương tiện đưa đón đại biểu.", "Văn phòng Ban"),
    ("- Lưu: VT, Văn phòng Ban.", "Văn phòng Ban"),
    ("Sau khi nghe Thường trực Ban Chỉ đạo báo cáo, Trưởng ban kết luận.",
     "Thường trực Ban Chỉ đạo"),
    ("1. Văn phòng Ban Chỉ đạo tổng hợp ý kiến của các thành viên.",
     "Văn phòng Ban Chỉ đạo"),
    ("3. Tổ giúp việc Ban Chỉ đạo tham mưu kế hoạch kiểm tra quý II.",
     "Tổ giúp việc Ban Chỉ đạo"),
    ("1. Văn phòng Hội chủ trì chuẩn bị nội dung hội nghị sơ kết.", "Văn phòng Hội"),
    ("Ban Kinh tế tổng hợp nhu cầu vay vốn, báo cáo Thường trực Hội trước ngày 15/4.",
     "Thường trực Hội"),
])
def test_own_board_bare_after_its_office(text: str, organ: str) -> None:
    assert organ in names(text)


@pytest.mark.parametrize(("text", "absent"), [
    # the role of the organ before it, not the standing board (near miss)
    ("Giao Sở Y tế (cơ quan Thường trực Ban Chỉ đạo) chuẩn bị báo cáo.",
     "Thường trực Ban Chỉ đạo"),
    # a deputy's title, not the office (near miss)
    ("Ông Lê Văn Hùng, Phó Chánh Văn phòng Ban dự họp.", "Văn phòng Ban"),
    # bare ``Ban`` / ``Hội`` alone are class nouns, no organ
    ("Ban đã họp thống nhất; Hội sẽ tổ chức lễ kỷ niệm.", "Ban"),
    ("Ban đã họp thống nhất; Hội sẽ tổ chức lễ kỷ niệm.", "Hội"),
])
def test_bare_board_near_misses(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_named_board_keeps_its_name() -> None:
    found = names("Giao Văn phòng Ban An toàn giao thông tỉnh theo dõi, đôn đốc.")
    assert "Văn phòng Ban An toàn giao thông tỉnh" in found
    assert "Văn phòng Ban" not in found
