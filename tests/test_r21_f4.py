"""Round 21, family F4 (industry, trade and markets): invented texts.

- a header's bare board (``BAN CHỈ ĐẠO 389`` under ``UBND TỈNH X``) is the body's
  ``Ban Chỉ đạo 389 tỉnh X``, not a second organ, nor the national board;
- a scope-only name (``Bộ CHQS tỉnh``) joins its one placed form of the header's place;
- a short name listed beside the same name with a second sector (``Phòng Kinh tế,
  Phòng Kinh tế và Hạ tầng``) is another organ;
- a section's small sector term before a verb or copula stays in the post
  (``Phó Trưởng phòng Quản lý thương mại là ...``).
"""

from __future__ import annotations

from vbcd import parse


def _agencies(text: str) -> list[str]:
    return [a.name for a in parse(text).agencies]


def test_header_board_is_the_body_board_of_the_header_place() -> None:
    text = (
        "UBND TỈNH TRÀ VINH\nBAN CHỈ ĐẠO 389\nSố: 15/BC-BCĐ389\n\nBÁO CÁO\nKết quả chống buôn lậu\n\n"
        "Thực hiện chỉ đạo của Ban Chỉ đạo 389 quốc gia, Ban Chỉ đạo 389 tỉnh Trà Vinh báo cáo:\n"
        "1. Các lực lượng thành viên Ban Chỉ đạo 389 tỉnh đã kiểm tra 412 vụ.\n"
    )
    names = _agencies(text)
    assert "BAN CHỈ ĐẠO 389" not in names
    assert "Ban Chỉ đạo 389 tỉnh" not in names
    assert "Ban Chỉ đạo 389 quốc gia" in names


def test_scope_only_name_joins_the_header_place_form() -> None:
    text = (
        "BỘ TƯ LỆNH QUÂN KHU 9\nBỘ CHQS TỈNH SÓC TRĂNG\nSố: 210/KH-BCH\n\nKẾ HOẠCH\n"
        "Huấn luyện dân quân tự vệ\n\n1. Bộ CHQS tỉnh chủ trì, phối hợp với Công an tỉnh tổ chức huấn luyện.\n"
    )
    names = _agencies(text)
    assert len([n for n in names if "CHQS" in n]) == 1


def test_short_name_listed_beside_its_second_sector_form_is_another_office() -> None:
    text = (
        "Đề nghị UBND các huyện chỉ đạo Phòng Kinh tế và Hạ tầng, Phòng Kinh tế phối hợp với "
        "Đội Quản lý thị trường số 3 kiểm tra các chợ.\n"
    )
    names = _agencies(text)
    assert "Phòng Kinh tế" in names and "Phòng Kinh tế và Hạ tầng" in names


def test_section_term_before_copula_stays_in_post() -> None:
    text = ("Đề nghị liên hệ đồng chí Phan Thị Mai, Phó Trưởng phòng Quản lý năng lượng là "
            "cán bộ đầu mối.\n")
    persons = parse(text).persons
    assert persons and persons[0].positions
    assert persons[0].positions[0].organ == "Quản lý năng lượng"
