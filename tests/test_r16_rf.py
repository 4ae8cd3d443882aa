"""References of round 16 (audit of real documents): numberings outside the State and
Party grammars, numbers wrapped after ``số``, stray blanks and marks inside a number, a
bare organ-unit number's type, and a sentence's conjunction kept out of the issuer.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import vbcd
from vbcd.models import Reference


def refs(text: str) -> list[Reference]:
    return vbcd.parse(text).references


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.number, r.type, r.date) for r in refs(text)]


@pytest.mark.parametrize(("text", "number", "kind", "date"), [
    ("Trả lời công văn số\nHBX.2025/XNK.TP ngày 18/11/2025 của Công ty TNHH Hòa Bình Xanh "
     "về vướng mắc ghi nhãn, Cục Hải quan có ý kiến như sau:",
     "HBX.2025/XNK.TP", "Công văn", "2025-11-18"),
    ("Bộ nhận được văn bản số VTA-MT-20251120-03 ngày 20/11/2025 của Hiệp hội Dệt may "
     "Miền Trung về xuất xứ hàng hóa.", "VTA-MT-20251120-03", "Công văn", "2025-11-20"),
    ("Trên cơ sở Đơn đề nghị số 17KTX/XNK/2025 ngày 24/11/2025 của Công ty cổ phần Kim "
     "Tín Xuân, Cục Hải quan thông báo như sau:", "17KTX/XNK/2025", "Đơn đề nghị",
     "2025-11-24"),
    ("Trên cơ sở ý kiến của các Thành viên Chính phủ tại Phiếu lấy ý kiến Thành viên "
     "Chính phủ số 1187/PLYK/2025 ngày 30 tháng 11 năm 2025, Chính phủ quyết nghị:",
     "1187/PLYK/2025", "Phiếu lấy ý kiến", "2025-11-30"),
    ("Căn cứ Thông tư số 52/2025TT-BCT ngày 14/10/2025 của Bộ trưởng Bộ Công Thương;",
     "52/2025TT-BCT", "Thông tư", "2025-10-14"),
])
def test_a_numbering_of_its_own_is_read_after_so(
        text: str, number: str, kind: str, date: str) -> None:
    """A firm's, an association's or a member's numbering (or a State number whose
    slash was lost) is read whole right after ``số``, typed by the word before it."""
    assert (number, kind, date) in found(text)


def test_a_numbering_of_its_own_needs_a_type_word_or_a_date() -> None:
    """Capitals and digits after ``số`` with neither a document's word nor its date are
    no citation: a standard's code, an item's serial, a vehicle's plate."""
    text = ("Thiết bị đạt tiêu chuẩn số TCVN-7303 theo hồ sơ; máy có số hiệu số AB-12 "
            "trong danh mục. Xe mang biển số 51LD-123.45 ngày 12/11/2025 đã được kiểm tra.")
    assert refs(text) == []


def test_a_firms_number_cut_short_by_its_year_is_read_whole() -> None:
    """``215/PA-KT/2025``: the State grammar stops before the year (and would read
    ``PA`` as a Phương án); the firm's number is the whole token, typed by its word."""
    text = ("Cục Thuế nhận được công văn số 215/PA-KT/2025 ngày 14/11/2025 và số 221/PA/2025 "
            "ngày 21/11/2025 của Công ty cổ phần Nhựa Phú An về chính sách thuế.")
    assert found(text) == [("215/PA-KT/2025", "Công văn", "2025-11-14"),
                           ("221/PA/2025", "Công văn", "2025-11-21")]


def test_a_number_wrapped_after_so_is_read() -> None:
    """A line break between ``số`` and a firm's two-part serial (``mã số số`` /
    ``1125-07/LG-HQ``): the serial is read, and the application before names its type."""
    text = ("Trên cơ sở Đơn đề nghị\nxác định mã số số\n1125-07/LG-HQ đề ngày 12/11/2025 "
            "của Công ty TNHH Linh kiện Sao Mai, Cục Hải quan thông báo:")
    assert found(text) == [("1125-07/LG-HQ", "Đơn đề nghị", "2025-11-12")]


def test_a_stray_blank_beside_an_ampersand_stays_in_the_number() -> None:
    """``SCT-QLCN& KTAT``: the blank is a converter's; the number goes on, and the date
    after it is read."""
    text = ("Theo đề nghị của Giám đốc Sở Công Thương tại Công văn số 4410/SCT-QLCN& KTAT "
            "ngày 20 tháng 11 năm 2025.")
    assert found(text) == [("4410/SCT-QLCN&KTAT", "Công văn", "2025-11-20")]
    # (an organ's name after a spaced ``&`` is not the number's)
    assert found("Công văn số 12/UBND-VP & Sở Y tế ngày 01/12/2025")[0][0] == "12/UBND-VP"


def test_a_party_number_marked_internal_keeps_its_mark_and_date() -> None:
    """``16021-CV/VPTW/nb`` (nội bộ): the mark is part of the number, its organ is
    still the VPTW's, and the date after it is read."""
    out = refs("Thực hiện Văn bản số 16021-CV/VPTW/nb ngày 14/11/2025 của Văn phòng "
               "Trung ương Đảng, Ban Thường vụ hướng dẫn như sau:")
    assert [(r.number, r.organ_code, r.date) for r in out] == [
        ("16021-CV/VPTW/nb", "VPTW", "2025-11-14")]


def test_an_organ_unit_number_no_word_names_is_a_letter() -> None:
    """``ý kiến thẩm định của Sở Tư pháp: số 812/BC-STP ..., số 905/STP-XDKTVB ...``:
    the second number carries no type code and no word: a công văn's numbering."""
    text = ("ý kiến thẩm định của Sở Tư pháp: số 812/BC-STP ngày 01 tháng 11 năm 2025, số\n"
            "905/STP-XDKTVB ngày 18 tháng 11 năm 2025.")
    assert found(text) == [("812/BC-STP", "Báo cáo", "2025-11-01"),
                           ("905/STP-XDKTVB", "Công văn", "2025-11-18")]


@pytest.mark.parametrize("opener", ["Sau khi", "Ngay sau khi", "Khi"])
def test_a_conjunction_is_not_the_issuers(opener: str) -> None:
    """``Sau khi Bộ Công Thương ban hành Thông tư số ...``: the subject after it issued."""
    out = refs(f"{opener} Bộ Công Thương ban hành Thông tư số 14/2025/TT-BCT ngày 20 tháng "
               "6 năm 2025, tỉnh đã rà soát các quy định.")
    assert [(r.number, r.issuer) for r in out] == [("14/2025/TT-BCT", "Bộ Công Thương")]
