"""Documents typed without diacritics: read through a copy with the marks of known
phrases restored (vbcd.restore_marks), values reported as printed."""

from __future__ import annotations

import unicodedata

import pytest

import vbcd

_DECISION = """UY BAN NHAN DAN
TINH NGHE AN
CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc

So: 123/QD-UBND
Nghe An, ngay 05 thang 3 nam 2026

QUYET DINH
Ve viec thanh lap To cong tac kiem tra an toan thuc pham nam 2026

UY BAN NHAN DAN TINH NGHE AN

Can cu Luat To chuc chinh quyen dia phuong ngay 16 thang 6 nam 2025;
Theo de nghi cua Giam doc So Y te tai To trinh so 45/TTr-SYT ngay 20/02/2026.

QUYET DINH:

Dieu 1. Thanh lap To cong tac kiem tra an toan thuc pham nam 2026.

Dieu 2. Giao So Y te chu tri, phoi hop voi So Cong Thuong, Cong an tinh to chuc kiem tra \
cac co so san xuat thuc pham; bao cao ket qua ve Uy ban nhan dan tinh truoc ngay 30/11/2026.

Dieu 3. Quyet dinh nay co hieu luc ke tu ngay ky. Chanh Van phong Uy ban nhan dan tinh, \
Giam doc So Y te chiu trach nhiem thi hanh Quyet dinh nay./.

Noi nhan:
- Nhu Dieu 3;
- Bo Y te (de bao cao);
- Thuong truc Tinh uy;
- Luu: VT, KGVX.

KT. CHU TICH
PHO CHU TICH

Bui Dinh Long
"""

_PARTY = """DANG BO TINH HA TINH
TINH UY
*
So 245-TB/TU

DANG CONG SAN VIET NAM

Ha Tinh, ngay 18 thang 4 nam 2026

THONG BAO
KET LUAN CUA BAN THUONG VU TINH UY
ve cong tac chuan bi dai hoi dang bo cac cap

Ngay 15/4/2026, Ban Thuong vu Tinh uy da nghe Ban To chuc Tinh uy bao cao. Ban Thuong vu \
Tinh uy ket luan nhu sau:

1. Giao Ban To chuc Tinh uy chu tri, phoi hop voi Van phong Tinh uy huong dan cac dang bo \
truc thuoc hoan thien phuong an nhan su; hoan thanh truoc ngay 30/5/2026.
2. Cac co quan to chuc thuc hien, hoan thanh trong thang 6/2026.

Noi nhan:
- Ban To chuc Trung uong (de b/c),
- Lưu Van phong Tinh uy.

T/M BAN THUONG VU
PHO BI THU THUONG TRUC

Tran The Dung
"""


@pytest.fixture(scope="module")
def decision() -> vbcd.Document:
    return vbcd.parse(_DECISION)


@pytest.fixture(scope="module")
def party() -> vbcd.Document:
    return vbcd.parse(_PARTY)


def test_unmarked_warning_and_printed_text(decision: vbcd.Document) -> None:
    assert [w.code for w in decision.warnings] == ["no_diacritics"]
    # the document keeps the text as printed; the spans are spans of it
    assert decision.text == _DECISION
    assert decision.title is not None and decision.title.value.startswith("Ve viec thanh lap")


def test_unmarked_header_dates(decision: vbcd.Document) -> None:
    assert decision.issue_date is not None and decision.issue_date.value == "2026-03-05"
    spans = {decision.text[d.start:d.end]: d.value for d in decision.dates}
    assert spans["ngay 05 thang 3 nam 2026"] == "2026-03-05"
    assert spans["ngay 16 thang 6 nam 2025"] == "2025-06-16"


def test_unmarked_deadline(decision: vbcd.Document) -> None:
    got = [(d.text, d.kind, d.date) for d in decision.deadlines]
    assert ("truoc ngay 30/11/2026", "before", "2026-11-30") in got


def test_unmarked_agencies_no_junk(decision: vbcd.Document) -> None:
    names = {a.name: a for a in decision.agencies}
    # the header no longer runs into the national header as one junk organ
    assert not any("CONG HOA" in n.upper() for n in names)
    assert names["So Y te"].kind == "state" and names["So Y te"].canonical == "sở y tế"
    assert names["Bo Y te"].level == "central"
    assert "Thuong truc Tinh uy" in names


def test_unmarked_assignments(decision: vbcd.Document) -> None:
    got = {(a.actor, a.role, a.deadline) for a in decision.assignments}
    assert ("So Y te", "lead", "2026-11-30") in got
    assert ("So Cong Thuong", "coordinate", "2026-11-30") in got
    assert any(a.actor == "Giam doc So Y te" and a.role == "responsible"
               for a in decision.assignments)


def test_unmarked_recipient_purpose(decision: vbcd.Document) -> None:
    items = {r.text: r.purpose for r in decision.recipients}
    assert items["Bo Y te"] == "báo cáo"
    assert decision.archive == ["VT", "KGVX"]


def test_unmarked_signature(decision: vbcd.Document) -> None:
    sig = decision.signature
    assert sig is not None and sig.authority == "KT" and sig.title == "PHÓ CHỦ TỊCH"
    assert sig.name == "Bui Dinh Long"


def test_unmarked_party_header(party: vbcd.Document) -> None:
    assert party.family == "party"
    assert party.number is not None and party.number.value == "245-TB/TU"
    assert party.issue_date is not None and party.issue_date.value == "2026-04-18"
    assert party.doc_type is not None and party.doc_type.code == "TB"


def test_unmarked_party_body(party: vbcd.Document) -> None:
    kinds = {(d.kind, d.date) for d in party.deadlines}
    assert ("before", "2026-05-30") in kinds
    assert ("within", "2026-06-30") in kinds
    roles = {(a.actor, a.role) for a in party.assignments}
    assert ("Ban To chuc Tinh uy", "lead") in roles
    assert ("Van phong Tinh uy", "coordinate") in roles
    assert {r.text: r.purpose for r in party.recipients}["Ban To chuc Trung uong"] == "báo cáo"


def test_signature_in_capitals_reads_deputy_minister() -> None:
    text = _DECISION.replace("KT. CHU TICH\nPHO CHU TICH", "KT. BO TRUONG\nTHU TRUONG")
    sig = vbcd.parse(text).signature
    assert sig is not None and sig.title == "THỨ TRƯỞNG"


def test_marked_text_is_not_restored() -> None:
    from vbcd.restore_marks import is_unmarked

    marked = "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan thực hiện. " * 10
    assert not is_unmarked(marked)
    doc = vbcd.parse(marked)
    assert "no_diacritics" not in {w.code for w in doc.warnings}


def test_english_text_is_not_restored() -> None:
    text = ("This report describes the annual budget of the city council and the "
            "projects it funds in the coming year, with a table of costs. ") * 4
    doc = vbcd.parse(text)
    assert "no_diacritics" not in {w.code for w in doc.warnings}


def test_restore_same_length_and_choices() -> None:
    from vbcd.restore_marks import restore, unmark

    text = ("To cong tac kiem tra cac co so; Giao Ban To chuc Tinh uy; ong Nguyen Thien Van; "
            "17 gio ngay 26/10/2025; So: 12/QD-UBND; HDND va UBND xa\n") * 3
    out, n = restore(text)
    assert len(out) == len(text) and n > 0
    line = out.splitlines()[0]
    # not "Tố cộng tac", "cắc cớ so"; the team's head word is a table phrase (``Tổ công tác``)
    assert "Tổ công tác kiểm tra các cơ sở" in line
    assert "Giao Ban Tổ chức Tỉnh ủy" in line        # not "Giáo Ban"
    assert "Nguyen Thien Van" in line                  # a name keeps its letters
    assert "17 giờ ngày 26/10/2025" in line
    assert "Số: 12/QĐ-UBND" in line
    assert "HĐND và UBND xã" in line
    assert unmark(out) == text


def test_unmark_keeps_case() -> None:
    from vbcd.restore_marks import unmark

    assert unmark("Sở Y tế ĐẢNG ỦY") == "So Y te DANG UY"
    assert unicodedata.is_normalized("NFC", unmark("Nghệ An"))


def test_restore_is_bounded() -> None:
    from vbcd.restore_marks import MAX_CHARS, restore

    line = "Giao So Y te chu tri thuc hien truoc ngay 30/11/2026\n"
    text = line * (MAX_CHARS // len(line) + 50)
    out, n = restore(text)
    assert len(out) == len(text) and n > 0
    assert out.endswith(line) and out.startswith("Giao Sở Y tế chủ trì")


_HEADER_APART = """UY BAN NHAN DAN
TINH NGHE AN
CONG HOA XA HOI CHU NGHIA VIET NAM
Độc lập - Tự do - Hạnh phúc

Số: 123/QĐ-UBND
Nghệ An, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác kiểm tra an toàn thực phẩm

Điều 1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra; báo cáo trước ngày 30/11/2026.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Bùi Đình Long
"""


def test_header_typed_apart_without_marks() -> None:
    doc = vbcd.parse(_HEADER_APART)
    assert doc.text == _HEADER_APART
    warn = [w for w in doc.warnings if w.code == "no_diacritics"]
    assert len(warn) == 1 and warn[0].message.startswith("header")
    # the header no longer runs into the national header as one junk organ
    assert not any("CONG HOA" in a.name.upper() for a in doc.agencies)
    assert doc.issuer is not None and doc.issuer.value == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    # the marked body's values keep their marks
    assert {(a.actor, a.role) for a in doc.assignments} >= {("Sở Y tế", "lead"),
                                                             ("Công an tỉnh", "coordinate")}
    assert doc.signature is not None and doc.signature.name == "Bùi Đình Long"
