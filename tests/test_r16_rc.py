"""Round 16 (RC): archive codes, recipients' purposes, the issue place, joint signers.

Invented documents: the clerical office's code before a unit's code parted by a full
stop, typists' initials and copy counts after the archive codes, a purpose that joins
two verbs, a place wrapped inside its prefix word, and a joint document whose first
signer has no authority mark.
"""

from __future__ import annotations

import pytest

import vbcd

_HEAD = (
    "**ỦY BAN NHÂN DÂN**\n**TỈNH QUẢNG TRỊ**\n-------\n|\n"
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
    "Số: 512/UBND-KT\n*V/v rà soát hồ sơ đất đai*\n|\n*Đông Hà, ngày 03 tháng 6 năm 2025*\n|\n"
    "Kính gửi: Sở Nông nghiệp và Môi trường.\n"
    "Ủy ban nhân dân tỉnh đề nghị Sở rà soát hồ sơ đất đai trước ngày 30/6/2025./.\n|\n"
)
_SIGN = "|\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\nHồ Văn Nam\n"


def _archive(line: str) -> list[str]:
    doc = vbcd.parse(_HEAD + "Nơi nhận:\n- Như trên;\n- " + line + "\n" + _SIGN)
    return doc.archive


@pytest.mark.parametrize(("line", "codes"), [
    # the clerical office's code, a full stop, the drafting unit's code
    ("Lưu: VT. KT", ["VT", "KT"]),
    ("Lưu: VT. (KT-ĐĐ)", ["VT", "(KT-ĐĐ)"]),
    ("Lưu: Văn thư. TCCB2", ["Văn thư", "TCCB2"]),
    # typists' initials in small letters, or a copies count alone, after a count
    ("Lưu: VT, KT (2) lhn", ["VT", "KT (2)"]),
    ("Lưu: VT, KT (3). 40b", ["VT", "KT (3)"]),
    # a typist's name with the copies glued to it, or after a comma
    ("Lưu: VT, KT. Mai25.", ["VT", "KT"]),
    ("Lưu: VT, VP (TH), Hoa (12).", ["VT", "VP (TH)"]),
    ("Lưu: VT, VP (TH), Hoa.30.", ["VT", "VP (TH)"]),
    # a typist's name glued to the unit's code with no dot
    ("Lưu: VT, KTHoàng.", ["VT", "KT"]),
])
def test_archive_codes_without_the_typist(line: str, codes: list[str]) -> None:
    assert _archive(line) == codes


@pytest.mark.parametrize(("line", "codes"), [
    ("Lưu: VT, QLCS, TTh.", ["VT", "QLCS", "TTh"]),  # a mixed-case code, no name
    ("Lưu: VT, TH. NXT", ["VT", "TH"]),  # initials after the drafting unit
    ("Lưu: VT, KTN. (90b)", ["VT", "KTN. (90b)"]),  # a count is no code
])
def test_archive_codes_kept(line: str, codes: list[str]) -> None:
    assert _archive(line) == codes


@pytest.mark.parametrize(("item", "text", "purpose"), [
    ("Các Thứ trưởng (để phối hợp chỉ đạo);", "Các Thứ trưởng", "phối hợp"),
    ("Cục Y tế dự phòng (để biết, theo dõi);", "Cục Y tế dự phòng", "biết"),
    ("Bộ Y tế (để báo cáo và xin ý kiến);", "Bộ Y tế", "báo cáo"),
    ("Các sở, ngành (để thực hiện và báo cáo kết quả);", "Các sở, ngành", "thực hiện"),
])
def test_a_purpose_joining_two_verbs_is_its_first(item: str, text: str, purpose: str) -> None:
    doc = vbcd.parse(_HEAD + "Nơi nhận:\n- Như trên;\n- " + item + "\n- Lưu: VT, KT.\n" + _SIGN)
    assert [(r.text, r.purpose) for r in doc.recipients][1:] == [(text, purpose)]


@pytest.mark.parametrize(("lines", "place"), [
    ("*Thành\nphố Hồ Chí Minh, ngày 08 tháng 9 năm 2025*", "Thành phố Hồ Chí Minh"),
    ("Thành\nphố Cần Thơ, ngày 08 tháng 9 năm 2025", "Thành phố Cần Thơ"),
])
def test_a_place_wrapped_inside_its_prefix_word(lines: str, place: str) -> None:
    doc = vbcd.parse(_HEAD.replace("*Đông Hà, ngày 03 tháng 6 năm 2025*", lines))
    assert doc.issue_place is not None and doc.issue_place.value == place
    assert doc.issue_date is not None and doc.issue_date.value == "2025-09-08"


_JOINT_HEAD = (
    "**BỘ Y TẾ - BỘ NỘI VỤ**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 07/2024/TTLT-BYT-BNV\n|\n"
    "*Hà Nội, ngày 02 tháng 4 năm 2024*\n|\n**THÔNG TƯ LIÊN TỊCH**\n"
    "Hướng dẫn phối hợp quản lý viên chức y tế\n**Điều 1.** Phạm vi điều chỉnh\n"
    "Thông tư liên tịch này hướng dẫn việc phối hợp.\n**Điều 2.** Hiệu lực thi hành\n"
    "Thông tư liên tịch này có hiệu lực kể từ ngày 15 tháng 5 năm 2024./.\n|\n"
)
_JOINT_SIGN = ("**BỘ TRƯỞNG BỘ NỘI VỤ**\nLê Quang Vinh\n|\n**KT. BỘ TRƯỞNG BỘ Y TẾ**\n"
               "**THỨ TRƯỞNG**\nĐinh Thị Hoa\n|\n")
_JOINT_LIST = "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, PC (2b).\n|\n"


@pytest.mark.parametrize("tail", [_JOINT_SIGN + _JOINT_LIST, _JOINT_LIST + _JOINT_SIGN])
def test_a_joint_documents_first_signer_without_a_mark_heads_the_signature(tail: str) -> None:
    """The first block (the left cell, read first) has no authority mark: it is the
    signature, the marked block after it its co-signer; neither is dropped."""
    sig = vbcd.parse(_JOINT_HEAD + tail).signature
    assert sig is not None
    assert [(s.authority, s.on_behalf_of, s.title, s.name) for s in [sig, *sig.co_signers]] == [
        (None, None, "BỘ TRƯỞNG BỘ NỘI VỤ", "Lê Quang Vinh"),
        ("KT", "BỘ TRƯỞNG BỘ Y TẾ", "THỨ TRƯỞNG", "Đinh Thị Hoa")]


def test_a_records_role_beside_the_organ_still_yields_to_it() -> None:
    """A record's role signing first (``NGƯỜI VI PHẠM``) is no office: the organ's block
    with its mark stays the signature."""
    doc = vbcd.parse(
        "**ỦY BAN NHÂN DÂN**\n**XÃ TÂN PHÚ**\n-------\n|\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 12/BB-VPHC\n|\n*Tân Phú, ngày 02 tháng 4 năm 2024*\n|\n**BIÊN BẢN**\n"
        "Vi phạm hành chính về trật tự xây dựng\nHôm nay, lúc 9 giờ ngày 02/4/2024, "
        "tại thôn 3, chúng tôi lập biên bản vi phạm hành chính./.\n|\n"
        "**NGƯỜI VI PHẠM**\nTrần Văn Lực\n|\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n"
        "Lê Thị Hằng\n")
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.name) == ("TM", "Lê Thị Hằng")


_PARTY = (
    "**TỈNH ỦY ĐẮK NÔNG**\n*\n|\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n|\nSố 45-TB/TU\n|\n"
    "*Gia Nghĩa, ngày 11 tháng 3 năm 2024*\n|\n**THÔNG BÁO**\nKết luận của Ban Thường vụ\n"
    "Ngày 08/3/2024, Ban Thường vụ Tỉnh ủy họp và kết luận như sau:\n"
    "1. Giao Ban cán sự đảng UBND tỉnh chỉ đạo triển khai.\n"
    "2. Các cơ quan thực hiện tốt các nội dung trên./.\n|\n"
    "Nơi nhận:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng Tỉnh ủy.\n|\n"
)


@pytest.mark.parametrize("name", ["Y BIÊR NIÊ", "H’LIÊNG KSOR", "Y MOAL ÊBAN KĐĂM"])
def test_a_signer_in_capitals_with_an_ede_name(name: str) -> None:
    """A name in capitals opening with the Ê Đê man's ``Y`` or a woman's ``H’`` under the
    position is the signer, not a word of the title."""
    doc = vbcd.parse(_PARTY + f"**T/M BAN THƯỜNG VỤ**\n**PHÓ BÍ THƯ**\n**{name}**\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("PHÓ BÍ THƯ", name)
