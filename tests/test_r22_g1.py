"""Round 22 (G1): justice offices' letters, plans and enforcement notices.

Invented text throughout. What the justice family's documents showed the parser did
not know: the contact line a letter ends with (``Mọi thông tin chi tiết xin liên hệ
...``) read as its last clause's text; the police unit that guards an enforcement
(``Phòng Cảnh sát bảo vệ và hỗ trợ tư pháp``) cut at its ``và``; ``Viện KSND``,
``Phòng THADS`` listed beside the same organ written in full; ``Chương trình hành
động số ...`` typed ``Chương trình``; ``Thủ trưởng cơ quan Thi hành án dân sự tỉnh``
not read as a post; a year-less quarter a preamble reports (``nghe báo cáo kết quả ...
trong quý I`` in an April notice) read as a term.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = """UBND TỈNH HÒA BÌNH
SỞ TƯ PHÁP
Số: 318/STP-BTTP
V/v phối hợp thực hiện công tác bổ trợ tư pháp
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 16 tháng 4 năm 2023

Kính gửi: Ủy ban nhân dân các huyện, thành phố.

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT, BTTP.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Bùi Văn Thịnh
"""


def _doc(body: str):  # type: ignore[no-untyped-def]
    return parse(_HEAD + body + _TAIL)


@pytest.mark.parametrize("contact", [
    "Mọi thông tin chi tiết xin liên hệ ông Đinh Công Sơn, chuyên viên Phòng Bổ trợ tư "
    "pháp, điện thoại 0218.3852.611.",
    "Quá trình thực hiện có khó khăn, vướng mắc, đề nghị liên hệ Phòng Bổ trợ tư pháp "
    "để được hướng dẫn.",
    "Mọi vướng mắc phản ánh về Sở Tư pháp (qua Phòng Bổ trợ tư pháp) để được giải đáp.",
])
def test_contact_line_after_last_clause_opens_the_closing(contact: str) -> None:
    doc = _doc("Sở Tư pháp đề nghị:\n\n1. Rà soát danh sách công chứng viên.\n\n"
               "2. Gửi báo cáo về Sở Tư pháp trước ngày 28/4/2023.\n\n" + contact + "\n")
    last = doc.clauses[-1]
    assert last.path == "2"
    assert "liên hệ" not in last.text and "vướng mắc" not in last.text
    assert doc.closing is not None and doc.closing.text.startswith(contact[:20])


def test_guard_police_unit_keeps_its_field_past_va() -> None:
    doc = _doc("Đề nghị Phòng Cảnh sát bảo vệ và hỗ trợ tư pháp bố trí lực lượng bảo vệ "
               "việc cưỡng chế.\n")
    names = [a.name for a in doc.agencies]
    assert "Phòng Cảnh sát bảo vệ và hỗ trợ tư pháp" in names
    assert "Phòng Cảnh sát bảo vệ" not in names


def test_procuracy_and_enforcement_short_forms_merge_with_full_names() -> None:
    doc = _doc("1. Viện Kiểm sát nhân dân huyện Lạc Sơn cử Kiểm sát viên tham gia.\n\n"
               "2. Chi cục Thi hành án dân sự huyện Lạc Sơn tổ chức thi hành.\n\n"
               "Nơi nhận khác: Viện KSND huyện Lạc Sơn; Chi cục THADS huyện Lạc Sơn.\n")
    names = [a.name for a in doc.agencies]
    assert not any("KSND" in n for n in names), names
    assert not any("THADS" in n for n in names), names


def test_action_programme_is_its_own_reference_type() -> None:
    doc = _doc("Thực hiện Chương trình hành động số 21-CTr/TU ngày 12/9/2022 của Ban "
               "Thường vụ Tỉnh ủy và Chương trình\nhành động số 05/CTr-UBND ngày 03/10/2022 "
               "của UBND tỉnh, Sở Tư pháp đề nghị:\n\n1. Tổ chức tuyên truyền.\n")
    types = {r.number: r.type for r in doc.references}
    assert types == {"21-CTr/TU": "Chương trình hành động",
                     "05/CTr-UBND": "Chương trình hành động"}


@pytest.mark.parametrize("line, title, organ", [
    ("Ngày 12/4/2023, bà Quách Thị Yến, Thủ trưởng cơ quan Thi hành án dân sự tỉnh chủ "
     "trì cuộc họp.", "Thủ trưởng", "cơ quan Thi hành án dân sự tỉnh"),
    ("Ngày 12/4/2023, ông Xa Văn Lợi, Phó Thủ trưởng cơ quan thi hành án dân sự huyện Kim "
     "Bôi báo cáo.", "Phó Thủ trưởng", "cơ quan thi hành án dân sự huyện Kim Bôi"),
])
def test_head_of_enforcement_office_is_a_post(line: str, title: str, organ: str) -> None:
    doc = _doc(line + "\n\n1. Tổ chức thi hành.\n")
    posts = [(p.title, p.organ) for person in doc.persons for p in person.positions]
    assert (title, organ) in posts


def test_quarter_a_preamble_reports_is_no_term() -> None:
    doc = _doc("Sau khi nghe Phòng Bổ trợ tư pháp báo cáo kết quả triển khai Kế hoạch số "
               "45/KH-STP trong quý I, Sở Tư pháp đề nghị:\n\n"
               "1. Hoàn thành rà soát trong quý II.\n")
    assert [(d.date, d.clause) for d in doc.deadlines] == [("2023-06-30", "1")]
