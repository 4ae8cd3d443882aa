"""Round 19 (D6): reports (báo cáo) and submissions (tờ trình) of provinces, ministries
and districts, some read from a PDF text layer (footnote marks, page numbers). All
texts invented."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
HUYỆN TAM NÔNG
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tam Nông, ngày 12 tháng 6 năm 2018
BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2018
"""

_TAIL = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Công Lập
"""


def _positions(text: str) -> dict[str, list[str]]:
    doc = vbcd.parse(text)
    return {p.name: [doc.text[x.start:x.end] for x in p.positions] for p in doc.persons}


def test_footnote_mark_glued_to_a_name_is_dropped() -> None:
    """A PDF text layer keeps a footnote's superscript mark glued to the word it
    annotates; it made part of the organ's and the place's name."""
    doc = vbcd.parse(_HEAD + (
        "Thực hiện Công văn số 715/STC-NS ngày 02/6/2018 của Sở Tài chính tỉnh Phú Thọ¹, "
        "UBND huyện báo cáo như sau:\n"
        "1. Các hộ tại xã Hiền Quan² đã nhận đủ kinh phí hỗ trợ.\n"
        "2. Diện tích kho mới xây là 250 m², bể chứa 40 m³.\n") + _TAIL)
    agencies = [a.name for a in doc.agencies]
    places = [p.name for p in doc.places]
    assert "Sở Tài chính tỉnh Phú Thọ" in agencies
    assert "Hiền Quan" in places and "Phú Thọ" in places
    assert not any(ch in "".join(agencies + places) for ch in "¹²")
    assert "250 m²" in doc.text and "40 m³" in doc.text  # units keep their powers
    assert doc.text.index("Phú Thọ,") > 0


def test_footnote_text_keeps_its_own_mark() -> None:
    doc = vbcd.parse(_HEAD + (
        "1. Hoàn thành 04 công trình thủy lợi³.\n"
        "³ Theo Quyết định số 91/QĐ-UBND ngày 05/01/2018 của UBND tỉnh.\n") + _TAIL)
    assert "thủy lợi.\n³ Theo" in doc.text


def test_position_joined_by_lam_after_a_name() -> None:
    """``do ông A, Phó Giám đốc Sở làm Trưởng đoàn``: the team's lead is one more
    position of the same person."""
    got = _positions(_HEAD + (
        "1. Đoàn kiểm tra do ông Lưu Đức Thịnh, Phó Trưởng phòng Tài chính - Kế hoạch "
        "làm Trưởng đoàn đã kiểm tra 06 xã.\n"
        "2. Tổ thẩm định do Phó Chủ tịch UBND huyện Vương Thị Nga làm Tổ trưởng "
        "hoàn thành việc thẩm định hồ sơ.\n") + _TAIL)
    assert got["Lưu Đức Thịnh"] == ["Phó Trưởng phòng Tài chính - Kế hoạch", "Trưởng đoàn"]
    assert got["Vương Thị Nga"] == ["Phó Chủ tịch UBND huyện", "Tổ trưởng"]


def test_lam_before_a_non_position_adds_nothing() -> None:
    got = _positions(_HEAD + (
        "1. Ông Mai Xuân Hòa, Chánh Văn phòng HĐND và UBND huyện làm việc với các xã "
        "về hồ sơ.\n") + _TAIL)
    assert got["Mai Xuân Hòa"] == ["Chánh Văn phòng HĐND và UBND huyện"]


def test_indefinite_actor_names_no_one() -> None:
    """``Đơn vị nào không gửi báo cáo ... phải chịu trách nhiệm``: a condition, not an
    actor; the clauses that name an actor keep it."""
    doc = vbcd.parse(_HEAD + (
        "1. Các phòng, ban chuyên môn gửi báo cáo về Văn phòng trước ngày 25/6/2018.\n"
        "2. Cơ quan, đơn vị nào không gửi báo cáo đúng hạn phải giải trình với Chủ tịch "
        "UBND huyện.\n"
        "3. Xã nào để chậm tiến độ sẽ bị phê bình tại hội nghị giao ban.\n") + _TAIL)
    actors = [a.actor for a in doc.assignments]
    assert "Các phòng, ban chuyên môn" in actors
    assert not any("nào" in a for a in actors)


def test_foreign_guest_leading_a_delegation() -> None:
    """``Ngài A, Tỉnh trưởng tỉnh X làm Trưởng đoàn``: both posts are the guest's (the
    case was moved here from test_persons, which now checks the name alone)."""
    got = _positions(_HEAD + (
        "1. Đoàn do Ngài Park Min-ho, Thị trưởng thành phố Suwon làm Trưởng đoàn "
        "đã làm việc với UBND huyện.\n") + _TAIL)
    assert got["Park Min-ho"] == ["Thị trưởng thành phố Suwon", "Trưởng đoàn"]
