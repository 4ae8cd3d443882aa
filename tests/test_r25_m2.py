"""Round 25 (M2): citizen reception, complaints and anti-corruption documents.

Invented text throughout: the citizens' reception boards named after a bare level word,
the anti-corruption divisions of inspectorates and internal-affairs boards, district and
province prefix words a scan misread, a contact line after a section's name, and a
seal's specks beside a two-column recipient list.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 41/UBND-TCD\n\n"


def _agency_names(text: str) -> list[str]:
    return [a.name for a in parse(text).agencies]


# --- citizens' reception boards with a level word ---------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("1. Ban Tiếp công dân huyện tổng hợp đơn thư tồn đọng.", "Ban Tiếp công dân huyện"),
    ("2. Giao Phòng Tiếp công dân quận rà soát hồ sơ.", "Phòng Tiếp công dân quận"),
    ("3. Ban Tiếp công dân huyện Can Lộc bố trí lịch tiếp.", "Ban Tiếp công dân huyện Can Lộc"),
])
def test_reception_board_keeps_its_level_word(line: str, name: str) -> None:
    assert name in _agency_names(_DISTRICT + line + "\n")


# --- anti-corruption divisions ----------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("1. Giao Phòng Theo dõi phòng, chống tham nhũng, tiêu cực làm đầu mối tổng hợp.",
     "Phòng Theo dõi phòng, chống tham nhũng, tiêu cực"),
    ("2. Vụ Theo dõi công tác phòng, chống tham nhũng chủ trì thẩm định.",
     "Vụ Theo dõi công tác phòng, chống tham nhũng"),
    ("3. Phòng Phòng, chống tham nhũng, tiêu cực tham mưu kế hoạch kiểm tra.",
     "Phòng Phòng, chống tham nhũng, tiêu cực"),
])
def test_anti_corruption_division_named_whole(line: str, name: str) -> None:
    assert name in _agency_names(line + "\n")


# --- misread prefix words ---------------------------------------------------------------

@pytest.mark.parametrize(("line", "place"), [
    ("1. Giải quyết đơn của hộ dân tại huyên Tuy Phước trước ngày 30/6.", "Tuy Phước"),
    ("2. Đoàn công tác làm việc tại huyen Sơn Tịnh.", "Sơn Tịnh"),
    ("3. Tổ công tác làm việc tại huyên Vân Canh trong tháng 8.", "Vân Canh"),
])
def test_misread_prefix_before_known_name(line: str, place: str) -> None:
    assert place in [p.name for p in parse(line + "\n").places]


def test_misread_prefix_needs_a_known_name() -> None:
    places = [p.name for p in parse("1. Giữ gìn tinh Hoa văn hóa của làng.\n").places]
    assert "Hoa" not in places


# --- a contact line after a section's name ----------------------------------------------

def test_contact_label_ends_section_name_at_line_break() -> None:
    doc = parse("Mọi vướng mắc liên hệ bà Ngô Thị Lan, Phó Trưởng phòng Bảo vệ chăm sóc "
                "trẻ em, số điện thoại\n0239.3855xxx để được hướng dẫn.\n")
    person = next(p for p in doc.persons if p.name == "Ngô Thị Lan")
    assert [q.organ for q in person.positions] == ["Bảo vệ chăm sóc trẻ em"]


# --- a seal's specks in a two-column recipient list -------------------------------------

def test_seal_specks_dropped_from_recipient() -> None:
    text = ("Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN\n"
            "- Như trên;                               KT. CHỦ TỊCH\n"
            "- Sở Tư pháp;          ;' \\             PHÓ CHỦ TỊCH\n"
            "- Chủ tịch UBND tỉnh (b/c);      . ,\n"
            "- Lưu: VT, NC.                            Đỗ Minh Quang\n")
    recipients = [(r.text, r.purpose) for r in parse(text).recipients]
    assert ("Sở Tư pháp", None) in recipients
    assert ("Chủ tịch UBND tỉnh", "báo cáo") in recipients
