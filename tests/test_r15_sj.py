"""Signature blocks of hard layouts (round 15, SJ): two signers side by side in a
Markdown table read one cell a line, a signer's name from a digital-signature stamp,
a name with a middle initial."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
-------
Số: 45/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Tân Phú, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
Triển khai công tác phòng, chống thiên tai năm 2025

1. Giao Văn phòng HĐND và UBND xã tham mưu tổ chức thực hiện.
2. Phòng Kinh tế chủ trì, báo cáo trước ngày 30/9/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

"""


def _sig(tail: str) -> vbcd.Signature:
    sig = vbcd.parse(_HEAD + tail).signature
    assert sig is not None
    return sig


def test_markdown_table_party_and_commune_side_by_side() -> None:
    sig = _sig("""| TM. ĐẢNG ỦY | TM. ỦY BAN NHÂN DÂN |
|---|---|
| BÍ THƯ | CHỦ TỊCH |
| Nguyễn Văn Hùng | Trần Thị Mai |
""")
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Hùng")
    assert [(c.on_behalf_of, c.title, c.name) for c in sig.co_signers] == [
        ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Mai")]


def test_markdown_table_cell_with_two_lines_and_signed_notes() -> None:
    sig = _sig("""| TM. ĐẢNG ỦY | TM. ỦY BAN NHÂN DÂN |
|---|---|
| PHÓ BÍ THƯ | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH |
| (Đã ký) | (Đã ký) |
| Lê Văn Tám | Phạm Minh Đức |
""")
    assert (sig.title, sig.name) == ("PHÓ BÍ THƯ", "Lê Văn Tám")
    assert [(c.title, c.name) for c in sig.co_signers] == [("PHÓ CHỦ TỊCH", "Phạm Minh Đức")]


def test_markdown_table_two_departments_each_with_its_body() -> None:
    sig = _sig("""| KT. GIÁM ĐỐC<br>SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>PHÓ GIÁM ĐỐC | KT. GIÁM ĐỐC<br>SỞ Y TẾ<br>PHÓ GIÁM ĐỐC |
|---|---|
| Trần Văn Hòa | Lê Thị Minh |
""")
    assert (sig.authority, sig.title, sig.name) == ("KT", "PHÓ GIÁM ĐỐC", "Trần Văn Hòa")
    assert [(c.authority, c.title, c.name) for c in sig.co_signers] == [
        ("KT", "PHÓ GIÁM ĐỐC", "Lê Thị Minh")]


def test_one_signer_block_over_two_names_is_no_table() -> None:
    sig = _sig("""TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hùng
""")
    assert sig.co_signers == []
    assert (sig.title, sig.name) == ("CHỦ TỊCH", "Nguyễn Văn Hùng")


def test_name_from_signature_stamp_in_a_table_cell() -> None:
    text = _HEAD.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", "") + (
        "| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>"
        "Người ký: Trương Văn Khải<br>Thời gian ký: 12/09/2025 |\n|---|---|\n")
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Trương Văn Khải")


def test_stamp_of_an_organ_is_no_name() -> None:
    text = _HEAD.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", "") + (
        "| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>"
        "Ký bởi: Ủy ban nhân dân xã Tân Phú<br>Thời gian ký: 12/09/2025 |\n|---|---|\n")
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert sig.name is None


def test_name_with_a_middle_initial() -> None:
    sig = _sig("""TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH



Nguyễn T. Hồng
""")
    assert sig.name == "Nguyễn T. Hồng"


def test_table_rows_without_blank_lines_dealt_round() -> None:
    sig = _sig("""TM. BAN THƯỜNG VỤ ĐẢNG ỦY
TM. ỦY BAN NHÂN DÂN
BÍ THƯ
CHỦ TỊCH

Nguyễn Văn Hùng
Trần Thị Mai
""")
    assert (sig.on_behalf_of, sig.title, sig.name) == (
        "BAN THƯỜNG VỤ ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Hùng")
    assert [(c.on_behalf_of, c.title, c.name) for c in sig.co_signers] == [
        ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Mai")]
