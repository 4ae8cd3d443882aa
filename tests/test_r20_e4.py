"""Round 20 (E4): finance, tax, treasury and social-insurance letters.

A legacy-font document only partly run through a converter keeps Unicode lines (the
recipient list, the signature) whose letters all stand for bytes; converting them again
garbled names (``Bựi Thanh TrỖ``) and lost the recipient list. And the Treasury's
abbreviation opened no subject (``KBNN tỉnh, thành phố lập báo cáo ...``).
All texts are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vbcd import parse, parse_file
from vbcd.readers.legacy import encode_legacy, fix_legacy

_BODY = """SỞ TÀI CHÍNH TỈNH QUẢNG TRỊ
Số: 902/STC-NS
V/v rà soát số dư tạm ứng ngân sách
Quảng Trị, ngày 11 tháng 11 năm 2015

Kính gửi: Các đơn vị dự toán cấp tỉnh.

Sở Tài chính đề nghị các đơn vị rà soát số dư tạm ứng, gửi báo cáo về Sở trước ngày 30/11/2015.
"""
_TAIL = """Nơi nhận:
- Như trên;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, NS.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Thị Thùy Trang"""


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_unicode_tail_of_a_partly_converted_document_is_kept(encoding: str) -> None:
    text = encode_legacy(_BODY, encoding) + "\n" + _TAIL
    fixed, enc = fix_legacy(text)
    assert enc == encoding
    assert fixed.endswith(_TAIL)
    assert "trước ngày 30/11/2015" in fixed


def test_partly_converted_document_keeps_signer_and_recipients(tmp_path: Path) -> None:
    body = _BODY.replace("Quảng Trị", "Hà Tĩnh")
    tail = _TAIL.replace("Lê Thị Thùy Trang", "Bùi Văn Trà")
    path = tmp_path / "cv.txt"
    path.write_text(encode_legacy(body, "tcvn3") + "\n" + tail, encoding="utf-8")
    doc = parse_file(path)
    assert doc.signature is not None
    assert doc.signature.name == "Bùi Văn Trà"
    assert doc.signature.title == "PHÓ GIÁM ĐỐC"
    assert [r.text for r in doc.recipients][:2] == ["Như trên", "Kho bạc Nhà nước tỉnh"]


def test_legacy_header_line_between_legacy_lines_still_converted() -> None:
    """``Sè: 45/KH-SNV`` reads as Vietnamese either way; among legacy lines it is one."""
    text = encode_legacy("SỞ TÀI CHÍNH\nSố: 45/STC-QLG\nV/v bình ổn giá thị trường", "tcvn3")
    fixed, enc = fix_legacy(text + "\n" + encode_legacy("Kính gửi: Các doanh nghiệp.", "tcvn3"))
    assert enc == "tcvn3"
    assert "Số: 45/STC-QLG" in fixed


_KBNN = """KHO BẠC NHÀ NƯỚC
Số: 3315/KBNN-KTNN
V/v đối chiếu số liệu cuối năm
Hà Nội, ngày 09 tháng 12 năm 2018

Kính gửi: Kho bạc Nhà nước các tỉnh, thành phố.

1. KBNN tỉnh, thành phố phối hợp với cơ quan thuế đối chiếu số thu ngân sách.

2. KBNN các tỉnh, thành phố lập báo cáo gửi về Cục Kế toán nhà nước trước ngày 15/01/2019.
"""


def test_treasury_abbreviation_opens_a_subject() -> None:
    doc = parse(_KBNN)
    got = {(a.clause, a.actor) for a in doc.assignments}
    assert ("1", "KBNN tỉnh, thành phố") in got
    assert ("2", "KBNN các tỉnh, thành phố") in got
