"""Round 16, helper SA: real-text forms of execution articles and letters (an organ
seated at a place inside an actor list, a pointer to the article that lists the
members, a letter whose header was lost, a wrapped enacting line, a recipient item
closed by a colon)."""

from __future__ import annotations

import pytest

import vbcd

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
--------
Số: 77/2025/QĐ-UBND
Kon Tum, ngày 09 tháng 12 năm 2025

QUYẾT ĐỊNH
Quy định mức hỗ trợ học phí năm học 2025 - 2026

ỦY BAN NHÂN DÂN TỈNH KON TUM

Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;

QUYẾT ĐỊNH:

Điều 1. Quy định mức hỗ trợ học phí.
Điều 2. {line}

Nơi nhận:
- Như Điều 2;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Y Ngọc
"""


def _actors(line: str) -> list[str]:
    doc = vbcd.parse(_DECISION.format(line=line))
    return [" ".join(a.actor.split()) for a in doc.assignments if a.clause == "Điều 2"]


@pytest.mark.parametrize(("line", "seated"), [
    ("Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Giáo dục và Đào tạo; Thủ "
     "trưởng cơ quan Thuế tại tỉnh Kon Tum; Chủ tịch UBND các xã, phường chịu trách "
     "nhiệm thi hành Quyết định này./.",
     "Thủ trưởng cơ quan Thuế tại tỉnh Kon Tum"),
    ("Chánh Văn phòng UBND tỉnh, Giám đốc Bảo hiểm xã hội tại TP. Đà Nẵng và Chủ tịch "
     "UBND các xã chịu trách nhiệm thi hành Quyết định này./.",
     "Giám đốc Bảo hiểm xã hội tại TP. Đà Nẵng"),
    ("Giám đốc Sở Tài chính; Trưởng phòng Giao dịch Ngân hàng Chính sách xã hội tại địa "
     "phương; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.",
     "Trưởng phòng Giao dịch Ngân hàng Chính sách xã hội tại địa phương"),
])
def test_seat_keeps_the_execution_list(line: str, seated: str) -> None:
    """``tại`` + a place inside an actor list seats the organ; the list is no report."""
    actors = _actors(line)
    assert seated in actors
    assert actors[0].startswith(("Chánh Văn phòng", "Giám đốc Sở"))
    assert len(actors) >= 3


@pytest.mark.parametrize(("line", "pointed"), [
    ("Bộ trưởng Bộ Tài chính; Chủ tịch Ủy ban nhân dân các tỉnh nêu tại Điều 1 và Thủ "
     "trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
     "Chủ tịch Ủy ban nhân dân các tỉnh nêu tại Điều 1"),
    ("Giám đốc Sở Nội vụ; Thủ trưởng các đơn vị quy định tại khoản 2 Điều 1 chịu trách "
     "nhiệm thi hành Quyết định này./.",
     "Thủ trưởng các đơn vị quy định tại khoản 2 Điều 1"),
])
def test_pointer_to_an_article_keeps_the_list(line: str, pointed: str) -> None:
    """``nêu tại Điều 1`` says which members are meant; every actor keeps its task."""
    actors = _actors(line)
    assert pointed in actors
    assert actors[0] in ("Bộ trưởng Bộ Tài chính", "Giám đốc Sở Nội vụ")


def test_seat_before_a_report_verb_stays_a_report() -> None:
    """A seat does not turn a reported event into a task."""
    doc = vbcd.parse(_DECISION.format(
        line="Đoàn kiểm tra tại tỉnh Kon Tum đã làm việc với các đơn vị trong tháng 11."))
    assert all("Đoàn kiểm tra" not in a.actor for a in doc.assignments)


_HEADERLESS = """**Kính gửi:** Thuế tỉnh Sơn La.
Cục Thuế nhận được công văn số 88/SLA-NVDT ngày 02/10/2025 của Thuế tỉnh Sơn La. Về vấn đề này, Cục Thuế có ý kiến như sau:
**1. Về việc xác định giá tính lệ phí**
Tại khoản 2 Điều 7 Nghị định quy định cơ sở dữ liệu giá.
**2. Về việc cập nhật dữ liệu**
Đề nghị Thuế tỉnh Sơn La cập nhật dữ liệu trước ngày 31/12/2025.
Cục Thuế trả lời để Thuế tỉnh Sơn La biết./.
Nơi nhận:
- Như trên;
- Phó Cục trưởng Lê Văn Tâm (để b/c):
- Lưu: VT, CS.
TL. CỤC TRƯỞNG
TRƯỞNG BAN CHÍNH SÁCH
Ngô Thị Lan
"""


def test_headerless_letter_keeps_its_clauses() -> None:
    """A letter whose header was lost: ``1. Về việc ...`` heads a clause, no title."""
    doc = vbcd.parse(_HEADERLESS)
    assert doc.title is None
    assert [c.path for c in doc.clauses] == ["1", "2"]


def test_recipient_purpose_before_a_colon() -> None:
    """``(để b/c):``: a colon typed for the item's ``;`` still ends the purpose."""
    doc = vbcd.parse(_HEADERLESS)
    got = {r.text: r.purpose for r in doc.recipients}
    assert got.get("Phó Cục trưởng Lê Văn Tâm") == "báo cáo"


_NOTICE = """BỘ TÀI CHÍNH
**CỤC HẢI QUAN**
-------
Số: 5120/TB-CHQ
Hà Nội, ngày 01 tháng 12 năm 2025
**THÔNG BÁO**
VỀ KẾT QUẢ PHÂN LOẠI HÀNG HÓA
**{first}
{second}**
Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;
Cục Hải quan thông báo như sau:
1. Mặt hàng thuộc nhóm 85.17.
Nơi nhận:
- Công ty TNHH Hoa Sen;
- Lưu: VT.
TL. CỤC TRƯỞNG
PHÓ TRƯỞNG BAN
Vũ Thị Thu
"""


@pytest.mark.parametrize(("first", "second"), [
    ("CỤC TRƯỞNG CỤC", "HẢI QUAN"),
    ("CỤC TRƯỞNG", "CỤC HẢI QUAN"),
])
def test_wrapped_enacting_line_is_not_title(first: str, second: str) -> None:
    doc = vbcd.parse(_NOTICE.format(first=first, second=second))
    assert doc.title is not None
    assert doc.title.value == "VỀ KẾT QUẢ PHÂN LOẠI HÀNG HÓA"


def test_enacting_word_under_the_authority_is_no_wrap() -> None:
    """``CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ`` then ``QUYẾT ĐỊNH:``: the second line opens the
    body; it is not the rest of the authority's line."""
    doc = vbcd.parse("""ỦY BAN NHÂN DÂN
XÃ NAM HÒA
Số: 31/QĐ-UBND
Nam Hòa, ngày 05 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc hỗ trợ chi phí mai táng
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ
QUYẾT ĐỊNH:
Điều 1. Hỗ trợ chi phí mai táng cho gia đình ông Lò Văn Tâm.
Điều 2. Công chức Văn hóa - Xã hội xã chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Lò Thị Mai
""")
    assert doc.title is not None and doc.title.value == "Về việc hỗ trợ chi phí mai táng"
    assert doc.preamble is not None and doc.preamble.text.strip() == "QUYẾT ĐỊNH:"
