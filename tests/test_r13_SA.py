"""Signature blocks: spelled-out authorities, one-word signer names, the signers of a
record (biên bản) in columns, acting heads (``QUYỀN GIÁM ĐỐC``)."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.grammar import patterns as P

_HEAD = """ỦY BAN NHÂN DÂN
XÃ ĐỨC TRỌNG
Số: 41/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đức Trọng, ngày 12 tháng 8 năm 2025

THÔNG BÁO
Về việc triển khai công tác phòng chống thiên tai năm 2025

1. Các phòng, ban chuyên môn triển khai thực hiện nghiêm các nội dung nêu trên.
2. Giao Phòng Kinh tế chủ trì, báo cáo kết quả trước ngày 30/9/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

"""


def _doc(block: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + block + "\n")


def _role(doc: vbcd.Document, name: str) -> str | None:
    return next(p.signature_role for p in doc.persons if p.name == name)


@pytest.mark.parametrize(("block", "code", "behalf", "title"), [
    ("THAY MẶT ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn Hùng",
     "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ("THAY MẶT BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Thị Mai", "TM", "BAN THƯỜNG VỤ", "BÍ THƯ"),
    ("KÝ THAY GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nHoàng Văn Lợi", "KT", "GIÁM ĐỐC",
     "PHÓ GIÁM ĐỐC"),
    ("THỪA LỆNH BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nPhạm Quang Dũng", "TL", "BỘ TRƯỞNG",
     "CHÁNH VĂN PHÒNG"),
    ("THỪA UỶ QUYỀN BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC QUẢN LÝ GIÁ\n\nNguyễn Anh Tuấn", "TUQ",
     "BỘ TRƯỞNG", "CỤC TRƯỞNG CỤC QUẢN LÝ GIÁ"),
    # OCR dropped the marks
    ("THAY MAT BAN THUONG VU\nPHÓ BÍ THƯ\n\nY Ngông Niê", "TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    # a reprint in small letters, the level of the council after the body
    ("Thay mặt Ủy ban nhân dân xã\nChủ tịch\n\n\nNguyễn Văn Bình", "TM",
     "Ủy ban nhân dân xã", "Chủ tịch"),
    ("Ký thay Chủ tịch\nPhó Chủ tịch\n\nTrần Văn Nam", "KT", "Chủ tịch", "Phó Chủ tịch"),
    ("Thừa lệnh Ban Thường vụ\nChánh Văn phòng\n\nLê Thị Hoa", "TL", "Ban Thường vụ",
     "Chánh Văn phòng"),
])
def test_spelled_out_authority_maps_to_its_code(
        block: str, code: str, behalf: str, title: str) -> None:
    sig = _doc(block).signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == (code, behalf, title)
    assert sig.authority_text is not None and sig.authority_text.split()[0] in block


def test_spelled_out_deputy_under_abbreviated_mark() -> None:
    sig = _doc("TM. ỦY BAN NHÂN DÂN\nKÝ THAY CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Ngọc Hiệp").signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Võ Ngọc Hiệp")


def test_spelled_out_signer_has_role_in_persons() -> None:
    doc = _doc("Thay mặt Ủy ban nhân dân\nChủ tịch\n\n\nNguyễn Văn Bình")
    assert _role(doc, "Nguyễn Văn Bình") == "Chủ tịch"
    assert not [w for w in doc.warnings if w.code == "signature_incomplete"]


def test_prose_opening_with_thay_mat_is_no_mark() -> None:
    assert P.AUTHORITY.match("Thay mặt Thủ tướng Chính phủ, biểu dương tinh thần") is None
    assert P.AUTHORITY.match("QUYỀN LỢI CỦA NGƯỜI LAO ĐỘNG") is None
    m = P.AUTHORITY.match("THỪA ỦY QUYỀN GIÁM ĐỐC")
    assert m is not None and P.authority_code(m.group("auth")) == "TUQ"


@pytest.mark.parametrize(("block", "title"), [
    ("QUYỀN GIÁM ĐỐC\n\nTrần Quốc Việt", "GIÁM ĐỐC"),
    ("Quyền Giám đốc\n\nĐào Văn Toàn", "Giám đốc"),
    ("QUYỀN CHI CỤC TRƯỞNG\n\nLâm Văn Hải", "CHI CỤC TRƯỞNG"),
])
def test_acting_head_spelled_out(block: str, title: str) -> None:
    sig = _doc(block).signature
    assert sig is not None
    assert (sig.authority, sig.title) == ("Q", title)


def test_acting_deputy_under_deputy_mark_keeps_whole_title() -> None:
    sig = _doc("KT. CHỦ TỊCH\nQUYỀN PHÓ CHỦ TỊCH\n\nHà Văn Sơn").signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")


def test_acting_head_under_collective_mark() -> None:
    sig = _doc("TM. ỦY BAN NHÂN DÂN\nQUYỀN CHỦ TỊCH\n\nPhạm Đức Long").signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


@pytest.mark.parametrize(("block", "name"), [
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nK'Hòa", "K'Hòa"),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nK’Măng", "K’Măng"),
    ("T/M ĐẢNG ỦY\nBÍ THƯ\n\nH'Nhi", "H'Nhi"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHùng", "Hùng"),
])
def test_one_word_signer_name(block: str, name: str) -> None:
    doc = _doc(block)
    assert doc.signature is not None and doc.signature.name == name
    assert _role(doc, name) is not None


def test_one_word_signer_name_in_capitals() -> None:
    doc = _doc("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nK'BRÒN")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("CHỦ TỊCH", "K'BRÒN")
    assert _role(doc, "K'Bròn") == "CHỦ TỊCH"


_RECORD = """ỦY BAN NHÂN DÂN
XÃ LONG PHÚ
Số: 31/BB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Long Phú, ngày 08 tháng 8 năm 2025

BIÊN BẢN
Xử lý vi phạm về xây dựng

Hôm nay, hồi 14 giờ ngày 08/8/2025, tại ấp Phú Hòa, xã Long Phú.
1. Hành vi: xây dựng công trình không phép.
2. Yêu cầu dừng thi công ngay.
Biên bản đã đọc lại cho các bên cùng nghe và thống nhất ký tên.

"""


def _signers(doc: vbcd.Document) -> list[tuple[str | None, str | None]]:
    sig = doc.signature
    assert sig is not None
    return [(s.title, s.name) for s in (sig, *sig.co_signers)]


def test_record_signers_side_by_side() -> None:
    doc = vbcd.parse(_RECORD + (
        "NGƯỜI VI PHẠM                     NGƯỜI LẬP BIÊN BẢN\n"
        "(Ký, ghi rõ họ tên)                (Ký, ghi rõ họ tên)\n\n"
        "Y Bhim Niê                         Phạm Văn Cường\n"))
    assert _signers(doc) == [("NGƯỜI VI PHẠM", "Y Bhim Niê"),
                             ("NGƯỜI LẬP BIÊN BẢN", "Phạm Văn Cường")]
    assert _role(doc, "Y Bhim Niê") == "NGƯỜI VI PHẠM"
    assert _role(doc, "Phạm Văn Cường") == "NGƯỜI LẬP BIÊN BẢN"
    # the last clause ends before the signers
    assert "NGƯỜI VI PHẠM" not in doc.clauses[-1].text


def test_record_signers_stacked_with_position_under_role() -> None:
    doc = vbcd.parse(_RECORD + (
        "NGƯỜI VI PHẠM\nLâm Văn Sang\n\nNGƯỜI LẬP BIÊN BẢN\nTrương Văn Tài\n\n"
        "ĐẠI DIỆN CHÍNH QUYỀN ĐỊA PHƯƠNG\nPHÓ CHỦ TỊCH UBND XÃ\nMai Văn Lộc\n"))
    assert _signers(doc) == [("NGƯỜI VI PHẠM", "Lâm Văn Sang"),
                             ("NGƯỜI LẬP BIÊN BẢN", "Trương Văn Tài"),
                             ("PHÓ CHỦ TỊCH UBND XÃ", "Mai Văn Lộc")]
    assert doc.signature is not None
    assert doc.signature.co_signers[1].titles == [
        "ĐẠI DIỆN CHÍNH QUYỀN ĐỊA PHƯƠNG", "PHÓ CHỦ TỊCH UBND XÃ"]


def test_minutes_signers_in_a_table_read_row_by_row() -> None:
    doc = vbcd.parse(_RECORD + (
        "| THƯ KÝ | CHỦ TRÌ |\n| --- | --- |\n| (Đã ký) | (Đã ký) |\n"
        "| Phạm Thị Thu | Đặng Văn Minh |\n"))
    assert _signers(doc) == [("THƯ KÝ", "Phạm Thị Thu"), ("CHỦ TRÌ", "Đặng Văn Minh")]
    assert _role(doc, "Đặng Văn Minh") == "CHỦ TRÌ"


def test_record_organ_block_is_the_documents_signature() -> None:
    doc = vbcd.parse(_RECORD + (
        "ĐẠI DIỆN HỘ GIA ĐÌNH                    TM. ỦY BAN NHÂN DÂN\n"
        "                                          KT. CHỦ TỊCH\n"
        "                                          PHÓ CHỦ TỊCH\n\n"
        "K'Brơi                                    Nguyễn Văn Trí\n"))
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Văn Trí")
    assert [(c.title, c.name) for c in sig.co_signers] == [("ĐẠI DIỆN HỘ GIA ĐÌNH", "K'Brơi")]
    assert _role(doc, "K'Brơi") == "ĐẠI DIỆN HỘ GIA ĐÌNH"


def test_role_heading_over_prose_is_no_signature() -> None:
    doc = vbcd.parse(_RECORD.replace(
        "1. Hành vi", "ĐẠI DIỆN UBND XÃ\nÔng Trần Minh Quý - Phó Chủ tịch UBND xã.\n1. Hành vi")
        + "THƯ KÝ                          CHỦ TRÌ\n"
        "Lê Thị Ngọc Hà                  Trần Minh Quý\n")
    assert _signers(doc) == [("THƯ KÝ", "Lê Thị Ngọc Hà"), ("CHỦ TRÌ", "Trần Minh Quý")]
    assert _role(doc, "Trần Minh Quý") == "CHỦ TRÌ"
