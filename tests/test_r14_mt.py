"""Social-issue documents: drug prevention and the crime-prevention boards (Ban Chỉ đạo
138), children's, women's, the elderly's and the disabled's campaigns. Their observance
days are named with ``phòng, chống``, their boards with a long name full of commas, their
standing offices with an aside in brackets."""

from __future__ import annotations

import pytest

import vbcd

_BOARD = ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn "
          "dân bảo vệ an ninh Tổ quốc tỉnh")

_PLAN = f"""ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/KH-UBND
Nghệ An, ngày 20 tháng 5 năm 2025

KẾ HOẠCH
Tổ chức Tháng hành động phòng, chống ma túy năm 2025

Ngày 15/5/2025, đồng chí Trần Văn Nam, Phó Giám đốc Công an tỉnh, Phó Trưởng ban \
Thường trực {_BOARD} chủ trì cuộc họp triển khai Kế hoạch.

1. Tổ chức mít tinh hưởng ứng Ngày Quốc tế phòng, chống ma túy (26/6) và Ngày Toàn dân \
phòng, chống ma túy 26/6 tại các xã, phường.
2. Công an tỉnh (Cơ quan thường trực {_BOARD}) chủ trì, phối hợp với các sở, ngành tham \
mưu UBND tỉnh tổ chức Lễ mít tinh cấp tỉnh; báo cáo UBND tỉnh trước ngày 05/7/2025.
3. Sở Giáo dục và Đào tạo chỉ đạo các trường học lồng ghép nội dung phòng, chống ma túy \
trong hoạt động ngoại khóa.
4. Cơ sở cai nghiện ma túy tỉnh tiếp nhận người nghiện ma túy có quyết định của Tòa án.
5. Ủy ban nhân dân các xã, phường giao Công an xã, phường làm thường trực, tham mưu xây \
dựng xã, phường không ma túy.
6. Giao Phòng PC04 là đơn vị thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.

Nơi nhận:
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Bùi Đình Long
"""


@pytest.fixture(scope="module")
def plan() -> vbcd.Document:
    return vbcd.parse(_PLAN)


def _actors(doc: vbcd.Document, clause: str) -> list[tuple[str, str]]:
    return [(a.actor, a.role) for a in doc.assignments if a.clause == clause]


@pytest.mark.parametrize(("text", "day"), [
    ("Hưởng ứng Ngày Quốc tế phòng, chống ma túy 26/6 tại các xã.", "26/6"),
    ("Hưởng ứng Ngày Thế giới phòng, chống AIDS (01/12) tại các xã.", "01/12"),
    ("Hưởng ứng Ngày Toàn dân phòng cháy, chữa cháy (04/10) tại các xã.", "04/10"),
    ("Hưởng ứng Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11) tại các xã.", "25/11"),
])
def test_observance_named_with_phong_chong_tells_its_day(text: str, day: str) -> None:
    """The comma of ``phòng, chống`` (``phòng cháy, chữa cháy``) is inside the
    observance's name, and a name may run to a dozen words: the year-less day after it
    is that observance's."""
    doc = vbcd.parse("Nghệ An, ngày 20 tháng 5 năm 2025\n\n1. " + text + "\n2. Khác.\n")
    assert day in [d.text for d in doc.dates]


def test_other_comma_still_ends_an_observance_name() -> None:
    """Only the fixed pair's comma goes on: a share after a listing comma is no day."""
    doc = vbcd.parse("Nghệ An, ngày 20 tháng 5 năm 2025\n\n1. Hưởng ứng Ngày Sách, "
                     "đọc 3/4 số trường tham gia.\n2. Khác.\n")
    assert "2025-04-03" not in [str(d.value) for d in doc.dates]


def test_observance_days_in_a_plan(plan: vbcd.Document) -> None:
    assert [d.text for d in plan.dates].count("26/6") == 2


def test_deputy_head_of_the_long_named_board_keeps_its_whole_name(
        plan: vbcd.Document) -> None:
    """``Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống tội phạm, ...`` names the
    board whole: its name runs past the grammar's own bound, as the agency read it."""
    person = next(p for p in plan.persons if p.name == "Trần Văn Nam")
    organs = [pos.organ for pos in person.positions]
    assert _BOARD in organs


def test_actor_before_a_long_aside_in_brackets(plan: vbcd.Document) -> None:
    """The standing office's aside (``(Cơ quan thường trực Ban Chỉ đạo ...)``) is
    skipped whole, however long the board's name: the actor leads the task after it."""
    assert ("Công an tỉnh", "lead") in _actors(plan, "2")


def test_integrating_verb_ends_the_directed_actor(plan: vbcd.Document) -> None:
    assert ("các trường học", "directed") in _actors(plan, "3")


def test_rehabilitation_facility_in_small_letters_with_its_scope(plan: vbcd.Document) -> None:
    """``Cơ sở cai nghiện ma túy tỉnh``: in small letters with its scope (or its number)
    the facility is an organ and the clause's actor; alone it stays the class."""
    assert "Cơ sở cai nghiện ma túy tỉnh" in [a.name for a in plan.agencies]
    assert ("Cơ sở cai nghiện ma túy tỉnh", "responsible") in _actors(plan, "4")
    doc = vbcd.parse("1. Cơ sở cai nghiện ma túy số 2 tiếp nhận học viên.\n2. Khác.\n")
    assert "Cơ sở cai nghiện ma túy số 2" in [a.name for a in doc.agencies]
    doc = vbcd.parse("1. Cơ sở cai nghiện ma túy công lập tiếp nhận học viên.\n2. Khác.\n")
    assert not any(a.name.startswith("Cơ sở") for a in doc.agencies)


def test_standing_office_leads(plan: vbcd.Document) -> None:
    """``làm thường trực`` and ``là đơn vị thường trực`` make the unit the standing
    office of the campaign, its lead; ``làm`` is no seat on a body there."""
    assert ("Công an xã, phường", "lead") in _actors(plan, "5")
    assert ("Phòng PC04", "lead") in _actors(plan, "6")


def test_seat_on_a_body_is_still_no_task() -> None:
    doc = vbcd.parse("1. Giám đốc Sở Tài chính làm Chủ tịch Hội đồng.\n2. Khác.\n")
    assert [a for a in doc.assignments if a.clause == "1"] == []


def test_numbered_board_takes_no_topic_after_its_scope() -> None:
    """``Ban Chỉ đạo 138 tỉnh`` is named by its number: ``về công tác ...`` after it is
    the meeting's business, not the board's name."""
    doc = vbcd.parse("1. Tổ chức cuộc họp Ban Chỉ đạo 138 tỉnh về công tác phòng, chống "
                     "ma túy vào tháng 6.\n2. Khác.\n")
    assert [a.name for a in doc.agencies] == ["Ban Chỉ đạo 138 tỉnh"]
    doc = vbcd.parse("1. Ban Chỉ đạo liên ngành tỉnh về an toàn thực phẩm tổ chức kiểm "
                     "tra.\n2. Khác.\n")
    assert [a.name for a in doc.agencies] == [
        "Ban Chỉ đạo liên ngành tỉnh về an toàn thực phẩm"]
