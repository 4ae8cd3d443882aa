"""Election documents of 2026 (bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp):
numbered election boards and polling teams, terms counted from election day,
the members of the boards and what they are given to do."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN BẦU CỬ
XÃ AN PHÚ

Số: 09/KH-UBBC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Phú, ngày 20 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026-2031

I. NỘI DUNG
"""

_TAIL = """
Nơi nhận:
- Ủy ban bầu cử tỉnh;
- Lưu: VT.

TM. ỦY BAN BẦU CỬ
CHỦ TỊCH

Nguyễn Văn An
"""


def _plan(*items: str) -> vbcd.Document:
    body = "".join(f"{n}. {item}\n" for n, item in enumerate(items, 1))
    return vbcd.parse(_HEAD + body + _TAIL)


def _agencies(doc: vbcd.Document) -> list[str]:
    return [a.name for a in doc.agencies]


def _actors(doc: vbcd.Document) -> list[str]:
    return [a.actor for a in doc.assignments]


def _deadlines(doc: vbcd.Document) -> list[tuple[str | None, str | None]]:
    return [(d.date, d.clause) for d in doc.deadlines]


def test_numbered_polling_team_and_board_are_agencies() -> None:
    doc = _plan(
        "Tổ bầu cử số 5 tổ chức bỏ phiếu tại Nhà văn hóa thôn Trung Thành.",
        "Ban bầu cử số 2 tiếp nhận biên bản kết quả kiểm phiếu của các Tổ bầu cử.",
    )
    names = _agencies(doc)
    assert "Tổ bầu cử số 5" in names
    assert "Ban bầu cử số 2" in names
    assert "Tổ bầu cử số 5" in _actors(doc)
    assert "Ban bầu cử số 2" in _actors(doc)


def test_election_board_keeps_its_constituency() -> None:
    doc = _plan(
        "Ban bầu cử đại biểu Quốc hội tại đơn vị bầu cử số 1 báo cáo Ủy ban bầu cử tỉnh.",
        "Ban bầu cử đại biểu Hội đồng nhân dân tỉnh ở đơn vị bầu cử số 3 kiểm tra các Tổ"
        " bầu cử.",
    )
    names = _agencies(doc)
    assert "Ban bầu cử đại biểu Quốc hội tại đơn vị bầu cử số 1" in names
    assert "Ban bầu cử đại biểu Hội đồng nhân dân tỉnh ở đơn vị bầu cử số 3" in names
    assert "Ban bầu cử đại biểu Quốc hội tại đơn vị bầu cử số 1" in _actors(doc)


def test_polling_team_in_its_area() -> None:
    doc = _plan("Tổ bầu cử ở khu vực bỏ phiếu số 5 niêm yết danh sách cử tri.")
    assert "Tổ bầu cử ở khu vực bỏ phiếu số 5" in _agencies(doc)


def test_board_header_in_capitals_keeps_its_number() -> None:
    text = """ỦY BAN BẦU CỬ TỈNH ĐỒNG THÁP
BAN BẦU CỬ ĐẠI BIỂU HĐND TỈNH
ĐƠN VỊ BẦU CỬ SỐ 7

Số: 02/TB-BBC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cao Lãnh, ngày 17 tháng 3 năm 2026

THÔNG BÁO
Kết quả bầu cử đại biểu Hội đồng nhân dân tỉnh

1. Tổng số cử tri của đơn vị bầu cử: 58.432 cử tri.

TM. BAN BẦU CỬ
TRƯỞNG BAN

Huỳnh Văn Lợi
"""
    doc = vbcd.parse(text)
    spans = [doc.text[m.start:m.end] for a in doc.agencies for m in a.mentions]
    assert "BAN BẦU CỬ ĐẠI BIỂU HĐND TỈNH\nĐƠN VỊ BẦU CỬ SỐ 7" in spans


def test_polling_team_member_position_names_the_team() -> None:
    doc = _plan(
        "Đồng chí Lê Thị Hồng, Tổ trưởng Tổ bầu cử số 7, chịu trách nhiệm tổ chức bỏ phiếu.")
    person = next(p for p in doc.persons if p.name == "Lê Thị Hồng")
    assert [(q.title, q.organ) for q in person.positions] == [("Tổ trưởng", "Tổ bầu cử số 7")]


def test_term_restated_as_its_day_after_a_comma() -> None:
    doc = _plan(
        "Ủy ban nhân dân xã niêm yết danh sách cử tri chậm nhất là 40 ngày trước ngày bầu cử,"
        " tức ngày 03/02/2026.",
        "Tổ bầu cử niêm yết danh sách người ứng cử chậm nhất 20 ngày trước ngày bầu cử (tức"
        " là ngày 23/02/2026).",
    )
    assert ("2026-02-03", "I/1") in _deadlines(doc)
    assert ("2026-02-23", "I/2") in _deadlines(doc)


def test_window_closed_by_a_no_later_than_term() -> None:
    doc = _plan(
        "Người ứng cử nộp hồ sơ tại Ủy ban bầu cử xã từ ngày 01/01/2026, chậm nhất là 17 giờ"
        " 00 ngày 01/02/2026 (70 ngày trước ngày bầu cử).",
        "Loa truyền thanh phát tin về bầu cử từ ngày 01/01/2026 đến hết ngày 15/3/2026.",
    )
    assert _deadlines(doc) == [("2026-02-01", "I/1")]


def test_branch_head_of_a_mass_association_on_a_polling_team() -> None:
    text = _HEAD + (
        "1. Thành lập Tổ bầu cử số 5 gồm các ông, bà có tên sau đây:\n"
        "- Bà Phạm Thị Lan, Chi hội trưởng Chi hội Phụ nữ thôn - Thành viên;\n"
        "- Bà Đàm Thị Hương, Bí thư Chi đoàn thôn - Thư ký.\n"
    ) + _TAIL
    doc = vbcd.parse(text)
    lan = next(p for p in doc.persons if p.name == "Phạm Thị Lan")
    assert [(q.title, q.organ) for q in lan.positions] == [
        ("Chi hội trưởng", "Chi hội Phụ nữ thôn"), ("Thành viên", None)]
    huong = next(p for p in doc.persons if p.name == "Đàm Thị Hương")
    assert ("Bí thư", "Chi đoàn thôn") in [(q.title, q.organ) for q in huong.positions]


def test_meeting_role_after_a_dash_is_no_part_of_the_organ() -> None:
    text = _HEAD + (
        "1. Thành phần hội nghị:\n"
        "- Đồng chí Nguyễn Văn Quý, Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ trì hội nghị;\n"
        "- Ông Nông Văn Lâm, Trưởng Ban công tác Mặt trận thôn Nà Rụa - Chủ trì.\n"
    ) + _TAIL
    doc = vbcd.parse(text)
    organs = {p.name: [q.organ for q in p.positions] for p in doc.persons}
    assert organs["Nguyễn Văn Quý"] == ["Ủy ban MTTQ Việt Nam xã"]
    assert organs["Nông Văn Lâm"] == ["công tác Mặt trận thôn Nà Rụa"]


def test_polling_team_ends_before_its_task() -> None:
    doc = _plan(
        "Trưởng các thôn phối hợp với Tổ bầu cử trang trí khu vực bỏ phiếu trước ngày"
        " 10/3/2026.",
        "Tổ bầu cử phát thẻ cử tri đến từng hộ gia đình trước ngày 13/3/2026.",
        "Ban bầu cử kiểm tra, đôn đốc các Tổ bầu cử.",
    )
    assert _actors(doc) == ["Trưởng các thôn", "Tổ bầu cử", "Tổ bầu cử", "Ban bầu cử"]
