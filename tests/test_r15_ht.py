"""Round 15 (HT): a copy's mark stamped on the header is no part of the issuer."""

from __future__ import annotations

import vbcd

_NAT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_BODY = (
    "\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo\n\n"
    "1. Các đơn vị tổ chức thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
    "CHỦ TỊCH\n\nNguyễn Văn An\n"
)


def test_copy_mark_above_issuer_is_dropped() -> None:
    d = vbcd.parse("BẢN SAO\nỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n" + _NAT
                   + "Số: 201/QĐ-UBND\nCao Bằng, ngày 22 tháng 02 năm 2026\n" + _BODY)
    assert d.issuer is not None
    assert d.issuer.value == "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
    assert d.number is not None and d.number.value == "201/QĐ-UBND"


def test_sao_y_ban_chinh_above_issuer_is_dropped() -> None:
    d = vbcd.parse("SAO Y BẢN CHÍNH\nSỞ NỘI VỤ TỈNH CAO BẰNG\n" + _NAT
                   + "Số: 44/QĐ-SNV\nCao Bằng, ngày 23 tháng 02 năm 2026\n" + _BODY)
    assert d.issuer is not None and d.issuer.value == "SỞ NỘI VỤ TỈNH CAO BẰNG"


def test_bracketed_copy_mark_is_dropped() -> None:
    d = vbcd.parse("(BẢN SAO)\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH LÀO CAI\n" + _NAT
                   + "Số: 98/QĐ-SGDĐT\nLào Cai, ngày 16 tháng 01 năm 2026\n" + _BODY)
    assert d.issuer is not None
    assert d.issuer.value == "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI"
    assert d.issuer.start == d.text.index("SỞ GIÁO DỤC")


def test_copy_mark_beside_issuer_on_its_line_is_cut() -> None:
    d = vbcd.parse("ỦY BAN NHÂN DÂN TỈNH SƠN LA                BẢN SAO\n" + _NAT
                   + "Số: 77/QĐ-UBND\nSơn La, ngày 13 tháng 01 năm 2026\n" + _BODY)
    assert d.issuer is not None and d.issuer.value == "ỦY BAN NHÂN DÂN TỈNH SƠN LA"


def test_sao_y_in_right_column_beside_ministry_is_cut() -> None:
    d = vbcd.parse("BỘ TƯ PHÁP                          SAO Y BẢN CHÍNH\n"
                   "CỤC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT\n" + _NAT
                   + "Số: 66/QĐ-PBGDPL\nHà Nội, ngày 08 tháng 5 năm 2026\n" + _BODY)
    assert d.issuer is not None
    assert d.issuer.value == "BỘ TƯ PHÁP CỤC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"
    assert d.issuer.parent == "BỘ TƯ PHÁP"


def test_copy_mark_in_markdown_header_is_dropped() -> None:
    d = vbcd.parse("**BẢN SAO**\n\n**BỘ KHOA HỌC VÀ CÔNG NGHỆ**\n**CỤC SỞ HỮU TRÍ TUỆ**\n\n"
                   "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n"
                   "**Số: 789/SHTT-VP**\n*Hà Nội, ngày 17 tháng 7 năm 2026*\n" + _BODY)
    assert d.issuer is not None
    assert d.issuer.value == "BỘ KHOA HỌC VÀ CÔNG NGHỆ CỤC SỞ HỮU TRÍ TUỆ"


def test_organ_name_with_sao_is_kept() -> None:
    """Only the whole mark is cut: a name holding the syllable stays whole."""
    d = vbcd.parse("ỦY BAN NHÂN DÂN\nXÃ SAO VÀNG\n" + _NAT
                   + "Số: 12/QĐ-UBND\nSao Vàng, ngày 05 tháng 3 năm 2026\n" + _BODY)
    assert d.issuer is not None and d.issuer.value == "ỦY BAN NHÂN DÂN XÃ SAO VÀNG"


_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ EA KAO\n" + _NAT
         + "Số: 41/TB-UBND\nEa Kao, ngày 27 tháng 01 năm 2026\n\nTHÔNG BÁO\nLịch trực Tết\n\n"
         "1. Các đơn vị tổ chức thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n")


def test_signer_initial_typed_apart_is_the_names() -> None:
    """``H' Bluê Niê``: the Ê Đê initial typed apart from its syllable opens the name,
    it is no word of the position in capitals above it."""
    d = vbcd.parse(_HEAD + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nH' Bluê Niê\n")
    assert d.signature is not None
    assert d.signature.title == "CHỦ TỊCH"
    assert d.signature.name == "H' Bluê Niê"
    assert "H' Bluê Niê" in [p.name for p in d.persons]


def test_signer_initial_with_typographic_apostrophe() -> None:
    d = vbcd.parse(_HEAD + "CHÁNH ÁN\n\nH’ Mai Êban\n")
    assert d.signature is not None
    assert (d.signature.title, d.signature.name) == ("CHÁNH ÁN", "H’ Mai Êban")
