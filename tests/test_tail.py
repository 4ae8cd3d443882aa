"""Recipient list, archive line, signature block, annexes."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.segment.recipients import normalise_purpose

BODY = "THÔNG BÁO\nKẾT LUẬN\n\nNgày 04/02/2021, Ban Thường vụ họp.\n\n1. Giao Sở Y tế thực hiện.\n\n"


def test_party_recipients_purposes_archive_and_slash_authority() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận:\n\n- VPTW Đảng, VP Chính phủ (*để báo cáo*),\n- Thường trực Tỉnh ủy (b/c),\n"
        "- Đảng đoàn HĐND tỉnh, BCS đảng UBND tỉnh,\n- Lưu VPTU, TH4.\n\n"
        "**T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG**\n\n\n\nNguyễn Chí Thành"
    )
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("VPTW Đảng, VP Chính phủ", "báo cáo"),
        ("Thường trực Tỉnh ủy", "báo cáo"),
        ("Đảng đoàn HĐND tỉnh, BCS đảng UBND tỉnh", None),
    ]
    assert doc.archive == ["VPTU", "TH4"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TL", "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Chí Thành")
    for r in doc.recipients:
        assert doc.text[r.start:r.end] == r.text


def test_typo_in_position_is_corrected_with_a_warning() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu VT.\nT/L BAN THƯỜNG VỤ\nCHANH VĂN PHÒNG\nTrần Quốc Huy\n")
    assert doc.signature is not None and doc.signature.title == "CHÁNH VĂN PHÒNG"
    w = [w for w in doc.warnings if w.code == "typo_corrected"]
    assert w and "CHANH VĂN PHÒNG" in w[0].message


def test_two_authority_lines_take_the_first() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\nTL. CỤC TRƯỞNG\n"
        "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nPhạm Thị Minh Hiền\n"
    )
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TL", "CỤC TRƯỞNG", "PHÓ TRƯỞNG BAN", "Phạm Thị Minh Hiền")


@pytest.mark.parametrize(("block", "expected"), [
    ("KT. Chủ tịch\nPhó Chủ tịch\nTrần Anh Dũng",
     ("KT", "Chủ tịch", "Phó Chủ tịch", "Trần Anh Dũng")),
    ("TM. Ủy ban nhân dân\nKT. Chủ tịch\nPhó Chủ tịch\nTrần Anh Dũng",
     ("TM", "Ủy ban nhân dân", "Phó Chủ tịch", "Trần Anh Dũng")),
    ("TM. Ban Thường vụ\nBí thư\nNguyễn Văn An", ("TM", "Ban Thường vụ", "Bí thư", "Nguyễn Văn An")),
])
def test_a_block_in_small_letters(block: str, expected: tuple[str, ...]) -> None:
    """A reprint may print the block in small letters: a line that is a listed title or
    body, whole, is read as its capitals are; the name is the line after."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block + "\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == expected
    assert sig.name is not None and sig.name_start is not None and sig.name_end is not None
    assert doc.text[sig.name_start:sig.name_end] == sig.name


def test_wrapped_body_signed_for_and_name() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận:\n- Bộ Tư pháp (b/c);\n- Công an tỉnh; Bộ Chỉ huy quân sự tỉnh;\n"
        "- Lưu: VT, NC.\nTM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Văn\nThịnh\n"
    )
    assert [r.text for r in doc.recipients] == [
        "Bộ Tư pháp", "Công an tỉnh", "Bộ Chỉ huy quân sự tỉnh"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Phạm Văn Thịnh")


def test_flattened_recipients_and_signature_on_one_line() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận: - Bộ Giáo dục và Đào tạo; (báo cáo) - Thường trực Tỉnh uỷ; (báo cáo) "
        "- Các PCT UBND tỉnh; - Lưu: VT, THVX (VB).\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương\n"
    )
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Bộ Giáo dục và Đào tạo", "báo cáo"), ("Thường trực Tỉnh uỷ", "báo cáo"),
        ("Các PCT UBND tỉnh", None)]
    assert doc.archive == ["VT", "THVX (VB)"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Việt Phương")


def test_typist_initials_after_the_archive_are_dropped() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM "
        "Mai Tiến Dũng\n"
    )
    assert doc.archive == ["VT", "ĐMDN (2b)"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.title, sig.name) == (None, "BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng")


@pytest.mark.parametrize("name", ["Y Dhăm Ênuôl", "Y Thanh Hà Niê Kđăm", "H'Yim Kđoh", "H’Hen Niê"])
def test_ede_signer_names_keep_their_y_and_apostrophe(name: str) -> None:
    """Ê Đê names open with the one-letter ``Y`` (men) or ``H'`` (women): the ``Y`` is no
    line of the position in capitals, and an apostrophe inside a word is part of a name."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n"
                     "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n" + name + "\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", name)


@pytest.mark.parametrize("archive", ["VT, KT. Hà", "VT, KT.Hà", "VT, KT. T.Hà"])
@pytest.mark.parametrize("block", [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Hồng Vinh", ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hồng Vinh")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Hoàng Giang",
     ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hoàng Giang")),
])
def test_unit_code_kt_before_typist_initials_is_no_authority(
    archive: str, block: tuple[str, tuple[str, ...]]
) -> None:
    """``Lưu: VT, KT. Hà``: the economic unit's code ``KT`` and the typist's initials, not
    the mark ``KT.`` of a block whose body is ``Hà`` (a body is in capitals, or a listed
    title in small letters)."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: " + archive + "\n"
                     + block[0] + "\n")
    assert doc.archive == ["VT", "KT"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == block[1]


@pytest.mark.parametrize("line", ["VT, TH. Lan 20b", "VT, TH. Lan (20b).", "VT, TH. Lan 20 b."])
def test_typist_initials_with_their_copy_count_are_dropped(line: str) -> None:
    """``Lưu: VT, TH. Lan 20b``: the typist and the copies made, after the codes."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: " + line
                     + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n")
    assert doc.archive == ["VT", "TH"]


@pytest.mark.parametrize(("line", "items"), [
    ("VT, KT(Long, Đức).", ["VT", "KT(Long, Đức)"]),
    ("VT, P.KTTH (Hùng, Lan), TCCB.", ["VT", "P.KTTH (Hùng, Lan)", "TCCB"]),
    ("VT, KGVX (3), mn.", ["VT", "KGVX (3)", "mn"]),
])
def test_a_comma_inside_an_archive_items_brackets_splits_nothing(
        line: str, items: list[str]) -> None:
    doc = vbcd.parse(BODY + f"Nơi nhận:\n- Như trên;\n- Lưu: {line}\n\nKT. CHỦ TỊCH\n"
                     "PHÓ CHỦ TỊCH\nNguyễn Văn An\n")
    assert doc.archive == items


@pytest.mark.parametrize("head", [".Nới nhận:", "Nơi nhân:", "NƠI NHẬN:", "Nơi nhận:"])
def test_a_recipient_heading_and_dashes_misread_by_ocr(head: str) -> None:
    doc = vbcd.parse(BODY + f"{head} KT. CỤC TRƯỞNG\n~ Như trên; PHÓ CỤC TRƯỞNG\n"
                     "- Cục trưởng (để báo cáo);\n~ VP, QLHC;\n~ Lưu: VT, CNHC.\n"
                     "Nguyễn Văn An\n")
    assert [r.text for r in doc.recipients] == ["Như trên", "Cục trưởng", "VP, QLHC"]
    assert doc.archive == ["VT", "CNHC"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn An")


@pytest.mark.parametrize(("mark", "code"), [("T/M.", "TM"), ("K/T.", "KT"), ("T/L.", "TL")])
def test_a_party_style_mark_written_with_a_dot(mark: str, code: str) -> None:
    doc = vbcd.parse(BODY + f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{mark} ĐOÀN KIỂM TRA\n"
                     "TRƯỞNG ĐOÀN\n\nHoàng Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        code, "ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Hoàng Văn An")


@pytest.mark.parametrize("national", ["CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_a_national_name_misread_by_ocr_stays_out_of_the_issuer(national: str) -> None:
    doc = vbcd.parse(f"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG       {national}\nSố: 12/TB-SCT\n"
                     "Lào Cai, ngày 5 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận kiểm tra\n")
    assert doc.family == "state"
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG")


def test_columns_interleaved_line_by_line() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên;\nTHỨ TRƯỞNG\n- Thủ tướng Chính phủ (để báo cáo);\n"
        "- Văn phòng Chính phủ (để phối hợp);\n- Lưu: VT, CST.\nCao Anh Tuấn\nPHỤ LỤC\nRà soát\n"
    )
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Như trên", None), ("Thủ tướng Chính phủ", "báo cáo"),
        ("Văn phòng Chính phủ", "phối hợp")]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Cao Anh Tuấn")
    assert [a.kind for a in doc.annexes] == ["annex"]


@pytest.mark.parametrize("gap", [" ", " " * 30, "\t\t"])
def test_signature_lines_to_the_right_of_recipient_items(gap: str) -> None:
    """Two columns read line by line, the signature's lines beside the items (the text
    layer of a PDF): each item ends where the signature line starts."""
    doc = vbcd.parse(
        BODY + f"Nơi nhận:{gap}TM. ỦY BAN NHÂN DÂN\n- Như trên;{gap}KT. CHỦ TỊCH\n"
        f"- TT Tỉnh ủy (b/c);{gap}PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n{gap}Hồ Quang Bửu\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Như trên", None), ("TT Tỉnh ủy", "báo cáo")]
    assert doc.archive == ["VT"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.title, sig.name) == ("TM", "PHÓ CHỦ TỊCH", "Hồ Quang Bửu")
    # an upper-case recipient after a semicolon is still a recipient
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Sở Y tế; UBND huyện;\n- Lưu: VT.\nGIÁM ĐỐC\n\nAn\n")
    assert [r.text for r in doc.recipients] == ["Sở Y tế", "UBND huyện"]


def test_brace_group_gives_its_purpose_upwards() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận:\n- TT: Tỉnh ủy, HĐND tỉnh;\n  - Chủ tịch UBND tỉnh;\n  - Lưu: VT, VX2.\n"
        "- } (để b/c)\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nVũ Huy Hòa\n"
    )
    assert (doc.recipients[0].text, doc.recipients[0].purpose) == ("TT: Tỉnh ủy, HĐND tỉnh", "báo cáo")


def test_footnotes_after_the_signature_are_kept_apart() -> None:
    doc = vbcd.parse(
        BODY + "Nơi nhận:\n- Lưu Văn phòng Trung ương Đảng.\nK/T CHÁNH\nVĂN PHÒNG\n"
        "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC\nLâm Thị Phương Thanh\n[1] Gồm các đồng chí Ủy viên.\n"
    )
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == (
        "KT", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC")
    assert [(a.kind, a.label) for a in doc.annexes] == [("footnote", "1")]
    assert doc.archive == ["Văn phòng Trung ương Đảng"]


@pytest.mark.parametrize(
    ("printed", "normal"),
    [("để báo cáo", "báo cáo"), ("b/c", "báo cáo"), ("để bc", "báo cáo"), ("dể báo eáo", "báo cáo"),
     ("để biết", "biết"), ("đ/b", "biết"), ("t/h", "thực hiện"), ("để thực hiện", "thực hiện"),
     ("để đăng tin", "đăng tin"), ("Thường trực", None),
     ("để ph/h th/h", "phối hợp"), ("ph/h", "phối hợp"), ("để th/h", "thực hiện")],
)
def test_purpose_normalisation(printed: str, normal: str | None) -> None:
    assert normalise_purpose(printed) == normal


def test_purpose_after_the_item_separator_with_two_letter_abbreviations() -> None:
    # Hà Nội lists print the purpose after the item's ``;`` and shorten
    # ``phối hợp thực hiện`` to ``ph/h th/h``.
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Thường trực Thành ủy; (để b/c)\n"
                     "- UBND các phường, xã; (để ph/h th/h)\n- Lưu: VT, ĐT.\n"
                     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn An\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Thường trực Thành ủy", "báo cáo"), ("UBND các phường, xã", "phối hợp")]


def test_recipient_lists_without_dashes_and_plus_archive() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\nNhư trên;\nBộ Y tế (b/c);\n+ Lưu: VT.\nKT. BỘ TRƯỞNG\n"
                     "THỨ TRƯỞNG\nNguyễn Văn An\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [("Như trên", None), ("Bộ Y tế", "báo cáo")]
    assert doc.archive == ["VT"]
    inline = vbcd.parse(BODY + "Nơi nhận: Như trên; Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n")
    assert [r.text for r in inline.recipients] == ["Như trên"] and inline.archive == ["VT"]


def test_rank_or_degree_before_the_signer_name() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\n\nTS. Nguyễn Văn An\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("GIÁM ĐỐC", "Nguyễn Văn An")
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nKT/CHỦ TỊCH\nPHÓ CHỦ TỊCH\nThiếu tướng Lê Văn B\n")
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.name) == ("KT", "Lê Văn B")


@pytest.mark.parametrize(("block", "expected"), [
    ("CHỈ HUY TRƯỞNG\n\n\nĐại tá\nNguyễn Văn An\n", (None, "CHỈ HUY TRƯỞNG", "Nguyễn Văn An")),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nThiếu tướng\nLê Văn Bình\n",
     ("KT", "PHÓ GIÁM ĐỐC", "Lê Văn Bình")),
    ("KT. TRƯỞNG CÔNG AN\nPHÓ TRƯỞNG CÔNG AN\n\nTrung tá\nHồ Văn Nam\n",
     ("KT", "PHÓ TRƯỞNG CÔNG AN", "Hồ Văn Nam")),
])
def test_a_rank_on_its_own_line_above_the_signer_name(
        block: str, expected: tuple[str | None, str, str]) -> None:
    """Army and police signers print the rank on a line between position and name."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\n" + block)
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.title, doc.signature.name) == expected


@pytest.mark.parametrize("degrees", ["BS.CKII.", "TS.BS", "ThS. Bs.", "BSCKI", "TS.BS."])
def test_a_chain_of_degrees_before_the_signer_name(degrees: str) -> None:
    """Hospitals' and schools' signers chain their degrees with dots before the name."""
    doc = vbcd.parse(BODY + f"Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{degrees} Lê Văn Sỹ\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("PHÓ GIÁM ĐỐC", "Lê Văn Sỹ")


@pytest.mark.parametrize("note", ["(Chữ ký số)", "(Đã ký số)", "[Chữ ký số]",
                                  "(Ký, ghi rõ họ tên, đóng dấu)", "(Ký, ghi rõ họ và tên)"])
def test_a_seal_or_digital_signature_note_between_position_and_name(note: str) -> None:
    """A digitally signed text prints ``(Chữ ký số)`` where the signature stands; a form
    asks ``(Ký, ghi rõ họ tên, đóng dấu)``: notes, not the signer's name."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n" + note
                     + "\n\nTrần Đình Nam\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("PHÓ GIÁM ĐỐC", "Trần Đình Nam")


def test_digital_signature_stamp_lines_between_position_and_name() -> None:
    """A signed PDF's text layer prints the stamp's fields where the seal stands."""
    stamp = ("Người ký: Ủy ban Nhân dân tỉnh Quảng Nam\nEmail: ubnd@quangnam.gov.vn\n"
             "Cơ quan: Tỉnh Quảng Nam\nThời gian ký: 10.11.2025 09:12:15 +07:00\n")
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + stamp
                     + "Hồ Quang Bửu\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("PHÓ CHỦ TỊCH", "Hồ Quang Bửu")
    assert "no_signer" not in {w.code for w in doc.warnings}
    # the same fields after the name are no part of it
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\n\nHồ Quang Bửu\n"
                     + stamp.replace("Người ký", "Ký bởi"))
    assert doc.signature is not None and doc.signature.name == "Hồ Quang Bửu"


def test_brace_on_the_last_item_of_its_group() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Sở Y tế;\n- Sở Tài chính; } (t/h)\n- Lưu: VT.\n"
                     "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Sở Y tế", "thực hiện"), ("Sở Tài chính", "thực hiện")]


def test_the_lines_of_a_brace_run_below_its_purpose_belong_to_the_group() -> None:
    """The purpose is printed on the brace's middle line; the line under it is in the
    group too, and the run ends at the first line without a brace."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- TT Tỉnh ủy;      }\n- TT HĐND tỉnh;    } (để b/c)\n"
                     "- CT, các PCT UBND tỉnh;}\n- Các sở, ban, ngành;\n- Lưu: VT.\n"
                     "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("TT Tỉnh ủy", "báo cáo"), ("TT HĐND tỉnh", "báo cáo"),
        ("CT, các PCT UBND tỉnh", "báo cáo"), ("Các sở, ban, ngành", None)]


REGULATION = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/QĐ-UBND\nAn Giang, ngày 20 tháng 5 năm 2024\n\n"
    "QUYẾT ĐỊNH\nBan hành Quy chế làm việc\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    "Điều 2. Quyết định có hiệu lực từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
    "CHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC\nQUY CHẾ LÀM VIỆC\n"
    "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/5/2024)\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n1. Quy chế này quy định nguyên tắc.\n"
    "2. Các cơ quan thực hiện.\n\nChương II\nTRÁCH NHIỆM\n\nĐiều 2. Trách nhiệm của Chủ tịch\n"
    "Chủ tịch chỉ đạo chung.\n[1] Chú thích.\n"
)


def test_an_annexed_regulation_has_its_own_clause_tree() -> None:
    """A regulation after the signature is read into clauses like a body (chapters,
    articles, their points), kept on the annex, apart from the decision's own."""
    doc = vbcd.parse(REGULATION)
    assert [c.path for c in doc.clauses] == ["Điều 1", "Điều 2"]
    annex, footnote = doc.annexes
    assert (annex.kind, annex.label, footnote.kind) == ("annex", "PHỤ LỤC", "footnote")
    assert [c.path for c in annex.clauses] == ["Chương I", "Chương II"]
    article = annex.clauses[0].children[0]
    assert article.path == "Chương I/Điều 1"
    assert [c.path for c in article.children] == ["Chương I/Điều 1/1", "Chương I/Điều 1/2"]
    for c in (annex.clauses[0], article, *article.children, annex.clauses[1]):
        assert doc.text[c.start:c.end] == c.text
        assert annex.start <= c.start < c.end <= annex.end
    assert footnote.clauses == []


def test_an_authority_mark_alone_on_its_line_opens_the_block() -> None:
    """``TM.`` on a line of its own (a table cell wrapped after the mark): the mark
    still counts, and is the first of two stacked marks."""
    head = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 33/QĐ-UBND\nMỹ Tho, ngày 24 tháng 12 năm 2009\n"
            "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\nĐiều 1. Giao Sở Y tế thực hiện./.\n")
    doc = vbcd.parse(head + "TM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "ỦY BAN NHÂN DÂN TỈNH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    assert doc.text[sig.start:sig.start + 3] == "TM."
    # the organ signed for does not run into the next mark
    assert [a.name for a in doc.agencies] == ["ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG", "Sở Y tế"]
    doc = vbcd.parse(head + "TM.\nỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.on_behalf_of, doc.signature.title) == (
        "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


def test_a_title_glued_to_the_name_under_it_is_cut_apart() -> None:
    """``CHÁNH VĂN PHÒNGThái Hữu Phép`` (a converter lost the line break)."""
    doc = vbcd.parse("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNGThái Hữu Phép\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.title, sig.name) == ("CHÁNH VĂN PHÒNG", "Thái Hữu Phép")
    assert sig.name_start is not None and sig.name_end is not None
    assert doc.text[sig.name_start:sig.name_end] == "Thái Hữu Phép"


def test_items_glued_to_the_semicolon_before_them_on_one_line() -> None:
    """``- Như trên;- TTg, PTTg (để b/c);- Lưu: VT, ĐP(5)``: a list flattened onto one line
    with no blank between ``;`` and the next dash."""
    doc = vbcd.parse("Nơi nhận:\n- Như trên;- TTg, PTTg Nguyễn Sinh Hùng (để b/c);- Văn phòng "
                     "Trung ương Đảng;- Lưu: VT, ĐP(5)\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n"
                     "Phạm Văn Phượng\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Như trên", None), ("TTg, PTTg Nguyễn Sinh Hùng", "báo cáo"),
        ("Văn phòng Trung ương Đảng", None)]
    assert doc.archive == ["VT", "ĐP(5)"]
    assert doc.signature is not None and doc.signature.name == "Phạm Văn Phượng"


def test_a_lone_mark_over_a_line_of_capitals_and_the_name() -> None:
    doc = vbcd.parse("Nơi nhận:\n- Như trên;\n- Lưu: VT, QLKTTW.\nTL.\n"
                     "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TL", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Nguyễn Đức Tâm")


def test_a_title_heading_its_organ_after_the_position_signed_for() -> None:
    """``TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG`` on one line: signed for the
    minister, by the head of a department named after the title."""
    doc = vbcd.parse("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                     "TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG Hoàng Công Thái\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TL", "BỘ TRƯỞNG", "CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG", "Hoàng Công Thái")


def test_recipient_items_wrapped_in_a_table_cell_or_indented() -> None:
    """A dash left at a line's end opens the item on the next line; on indented lines
    an item after one closed by ``;`` is a new item."""
    doc = vbcd.parse("Nơi nhận: - Bộ Giáo dục và Đào tạo; - Ban Tuyên giáo Tỉnh uỷ; -\n"
                     "Thường trực Huyện uỷ, Thành uỷ; - Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
                     "Hoàng Việt Phương\n")
    assert [r.text for r in doc.recipients] == [
        "Bộ Giáo dục và Đào tạo", "Ban Tuyên giáo Tỉnh uỷ", "Thường trực Huyện uỷ, Thành uỷ"]
    doc = vbcd.parse("    Nơi nhận:\n    - Như trên;\n    - VPCP: BTCN, PCN,\n    Trợ lý TTg;\n"
                     "    các Vụ: KTTH, TH;\n    - Lưu: VT.\n")
    assert [r.text for r in doc.recipients] == [
        "Như trên", "VPCP: BTCN, PCN,\n    Trợ lý TTg", "các Vụ: KTTH, TH"]


@pytest.mark.parametrize("cell", [
    "XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan",
    "XÁC THỰC VĂN BẢN HỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Bá Hoan",
])
def test_a_consolidated_text_is_signed_after_its_authentication(cell: str) -> None:
    """``XÁC THỰC VĂN BẢN HỢP NHẤT`` before the authority mark is neither body nor title."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\n" + cell + "\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Bá Hoan")


def test_a_signature_before_an_attached_regulation_without_recipients() -> None:
    """No recipient list, a Quy chế attached after the signature: the signature is the
    first line opening with an authority mark, and what follows it is an annex."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 49/2012/QĐ-UBND\n"
        "Thành phố Hồ Chí Minh, ngày 5 tháng 11 năm 2012\nQUYẾT ĐỊNH\nVề ban hành Quy chế\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
        "Điều 2. Quyết định này có hiệu lực sau 10 ngày.\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố thi hành Quyết định này.\n"
        "|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa Ngọc Thuận |\n|---|---|\n"
        "QUY CHẾ\nPHỐI HỢP\n(Ban hành kèm theo Quyết định số 49/2012/QĐ-UBND)\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định.\n"
        "Điều 2. Đối tượng\nCác sở, ngành.\n" + "Điều 3. Nguyên tắc\nPhối hợp.\n" * 12)
    sig = doc.signature
    assert sig is not None and (sig.authority, sig.title, sig.name) == (
        "TM", "PHÓ CHỦ TỊCH", "Hứa Ngọc Thuận")
    assert [c.path for c in doc.clauses] == ["Điều 1", "Điều 2", "Điều 3"]
    assert doc.annexes


def test_a_dash_glued_to_the_item_after_a_semicolon() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận: - Cơ quan trung ương của các đoàn thể; -Sở LĐTBXH, "
                     "KBNN tỉnh; - Cục Kiểm tra văn bản QPPL; - Lưu: VT.\nKT. BỘ TRƯỞNG\n"
                     "THỨ TRƯỞNG\nNguyễn Văn An\n")
    assert [r.text for r in doc.recipients] == [
        "Cơ quan trung ương của các đoàn thể", "Sở LĐTBXH, KBNN tỉnh",
        "Cục Kiểm tra văn bản QPPL"]


@pytest.mark.parametrize("block", ["TRƯỞNG BAN\nPHÓ THỦ TƯỚNG", "TRƯỞNG BAN PHÓ THỦ TƯỚNG"])
def test_two_positions_of_one_signer_without_an_authority(block: str) -> None:
    """The title is the last position; a title of the vocabulary printed whole
    (``BỘ TRƯỞNG, CHỦ NHIỆM``, ``PHÓ CHÁNH VĂN PHÒNG`` / ``THƯỜNG TRỰC``) stays whole."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block
                     + "\nNguyễn Thiện Nhân\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.titles) == (
        "PHÓ THỦ TƯỚNG", ["TRƯỞNG BAN", "PHÓ THỦ TƯỚNG"])
    for whole in ("BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHÁNH VĂN PHÒNG\nTHƯỜNG TRỰC"):
        doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + whole
                         + "\nNguyễn Văn An\n")
        assert doc.signature is not None
        assert doc.signature.title == " ".join(whole.split())


def test_abbreviated_purposes() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Cục NCC (p/hợp t/hiện);\n- Sở Y tế (để t/hiện);\n"
                     "- Bộ trưởng (để b/cáo);\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
                     "Nguyễn Văn An\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Cục NCC", "phối hợp"), ("Sở Y tế", "thực hiện"), ("Bộ trưởng", "báo cáo")]


def test_recipient_items_parted_by_a_colon_and_a_purpose_inside_brackets() -> None:
    """``- Tòa án nhân dân tối cao: - Viện kiểm sát ...``: a dash after a colon opens an
    item as after ``;``; ``Bộ Công an (Cục A03 - để b/c)``: the purpose read inside the
    brackets leaves no dash behind in the recipient."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 12/BYT-KCB\nV/v khám bệnh\n\nKính gửi: Các Sở Y tế.\n\n"
                     "1. Các sở thực hiện.\n2. Các sở báo cáo.\n\nNơi nhận:\n- Như trên;\n"
                     "- Bộ Quốc phòng (Cục Quân y - để b/c);\n- Tòa án nhân dân tối cao: - Viện "
                     "kiểm sát nhân dân tối cao;\n- VPCP: BTCN, các PCN;\n- Lưu: VT, KCB.\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Như trên", None), ("Bộ Quốc phòng (Cục Quân y", "báo cáo"),
        ("Tòa án nhân dân tối cao", None), ("Viện kiểm sát nhân dân tối cao", None),
        ("VPCP: BTCN, các PCN", None)]


def test_a_purpose_parted_from_its_recipient_by_a_dash() -> None:
    """``- UBND tỉnh - để báo cáo;``: the dash before the purpose is not the recipient's."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- UBND tỉnh - để báo cáo;\n"
                     "- Các phòng chuyên môn – để t/h;\n- Lưu: VT.\nKT. GIÁM ĐỐC\n"
                     "PHÓ GIÁM ĐỐC\nLê Văn Hòa\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Như trên", None), ("UBND tỉnh", "báo cáo"), ("Các phòng chuyên môn", "thực hiện")]


def test_a_signers_name_with_the_attachments_title_run_onto_its_line() -> None:
    """``PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC ...`` (a crawler joined the lines):
    the name ends before the title in capitals, and the attachment starts at it."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 5/BYT-KCB\nHà Nội, ngày 3 tháng 2 năm 2025\nV/v hội đồng\n\n"
                     "Kính gửi: Các Sở Y tế.\n\n1. Các sở thực hiện.\n2. Các sở báo cáo.\n\n"
                     "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Thuấn "
                     "QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG\n(Ban hành kèm theo Quyết định số 5)\n"
                     "Điều 1. Phạm vi\nĐiều 2. Cục Quản lý Khám, chữa bệnh có trách nhiệm thẩm "
                     "định hồ sơ.\n")
    assert doc.signature is not None and doc.signature.name == "Trần Văn Thuấn"
    assert [a.text.split("\n")[0] for a in doc.annexes] == ["QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG"]


def test_a_bare_title_and_name_with_the_attachments_title_run_onto_their_line() -> None:
    """``BỘ TRƯỞNG Đặng Văn A CHƯƠNG TRÌNH ...`` without ``KT.``/``TM.``: the block is
    found from its title, the name ends before the attachment's title in capitals."""
    doc = vbcd.parse("BỘ TƯ PHÁP\nSố: 5/QĐ-BTP\nHà Nội, ngày 3 tháng 2 năm 2025\nQUYẾT ĐỊNH\n"
                     "Ban hành kế hoạch\nĐiều 1. Ban hành kế hoạch.\nĐiều 2. Có hiệu lực.\n\n"
                     "Nơi nhận:\n- Như Điều 2;\n- Văn phòng Chính phủ;\n- Lưu: VT, KHTC.\n"
                     "BỘ TRƯỞNG Lê Văn Hòa KẾ HOẠCH TRIỂN KHAI CÔNG TÁC NĂM 2025\n"
                     "(Kèm theo Quyết định số 5/QĐ-BTP)\nI. MỤC ĐÍCH\n1. Triển khai kịp thời.\n")
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == ("BỘ TRƯỞNG", "Lê Văn Hòa")
    assert [a.text.split("\n")[0] for a in doc.annexes] == [
        "KẾ HOẠCH TRIỂN KHAI CÔNG TÁC NĂM 2025"]


def test_a_deputy_title_with_thuong_truc_is_one_title() -> None:
    """``KT. BỘ TRƯỞNG THỨ TRƯỞNG THƯỜNG TRỰC`` on one line: the minister signed for,
    then one title (the first deputy), not ``BỘ TRƯỞNG THỨ TRƯỞNG`` / ``THƯỜNG TRỰC``."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 5/QĐ-BYT\nHà Nội, ngày 3 tháng 2 năm 2025\nQUYẾT ĐỊNH\n"
                     "Ban hành danh mục\nĐiều 1. Ban hành danh mục.\nĐiều 2. Có hiệu lực.\n\n"
                     "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, BH.\n"
                     "KT. BỘ TRƯỞNG THỨ TRƯỞNG THƯỜNG TRỰC Lê Văn Hòa\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG THƯỜNG TRỰC", "Lê Văn Hòa")


def test_an_annex_after_a_recipient_list_with_no_signature() -> None:
    """A crawler dropped the signature block: ``Phụ lục I`` right after the list's
    ``Lưu`` line still opens an annex, and is neither a recipient nor a clause's text."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 5/QĐ-BYT\nHà Nội, ngày 3 tháng 2 năm 2025\nQUYẾT ĐỊNH\n"
                     "Về giá dịch vụ\nĐiều 1. Ban hành giá tại Phụ lục I.\nĐiều 2. Có hiệu lực.\n"
                     "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, KH-TC.\nPhụ lục I\n"
                     "GIÁ DỊCH VỤ KHÁM BỆNH\n(Ban hành kèm theo Quyết định số 5/QĐ-BYT)\n"
                     "| STT | Dịch vụ | Mức giá |\n| 1 | Khám bệnh | 52.600 |\n")
    assert doc.signature is None
    assert [(a.kind, a.label) for a in doc.annexes] == [("annex", "Phụ lục I")]
    assert doc.archive == ["VT", "KH-TC"]


def test_annex_numbers_in_small_letters_alone_on_their_lines_part_annexes() -> None:
    """``Phụ lục I`` ... ``Phụ lục II`` (not in capitals), each alone on its line: two
    annexes; a sentence opening with ``Phụ lục`` inside an annex parts nothing."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 5/QĐ-BYT\nHà Nội, ngày 3 tháng 2 năm 2025\nQUYẾT ĐỊNH\n"
                     "Về giá dịch vụ\nĐiều 1. Ban hành giá.\nĐiều 2. Có hiệu lực.\n\n"
                     "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nĐào Hồng Lan\n\n"
                     "Phụ lục I\nGIÁ DỊCH VỤ KHÁM BỆNH\n| 1 | Khám bệnh | 52.600 |\n"
                     "Phụ lục này áp dụng cho bệnh viện hạng I.\n"
                     "Phụ lục II\nGIÁ DỊCH VỤ NGÀY GIƯỜNG\n| 1 | Hồi sức | 962.500 |\n")
    assert [(a.kind, a.label) for a in doc.annexes] == [("annex", "Phụ lục I"),
                                                        ("annex", "Phụ lục II")]
    assert "Phụ lục này áp dụng" in doc.annexes[0].text


def test_a_parts_number_over_its_heading_is_one_annex() -> None:
    """``Phần I.`` (or ``PHỤ LỤC II``) alone on its line over ``DANH MỤC ...``: one annex,
    labelled by the part's number, holding its heading."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 5/QĐ-BYT\nHà Nội, ngày 3 tháng 2 năm 2025\nQUYẾT ĐỊNH\n"
                     "Công bố thủ tục\nĐiều 1. Công bố thủ tục.\nĐiều 2. Có hiệu lực.\n\n"
                     "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nĐào Hồng Lan\n\n\nPhần I.\n\n"
                     "DANH MỤC THỦ TỤC HÀNH CHÍNH\n1. Thủ tục cấp phép.\n\nPHỤ LỤC II\n"
                     "DANH MỤC CÁC NHIỆM VỤ\n1. Rà soát.\n")
    assert [(a.kind, a.label) for a in doc.annexes] == [("annex", "Phần I"),
                                                        ("annex", "PHỤ LỤC II")]
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in doc.annexes[0].text


def test_form_labels_over_capitals_headings_start_annexes() -> None:
    """``Mẫu số 01`` / ``Mẫu số 02`` alone on their lines, each over its heading in
    capitals, inside an annex: one annex per form, labelled by the form's number and
    holding its heading; a table cell or an index line with the same words parts nothing."""
    doc = vbcd.parse("THỦ TƯỚNG CHÍNH PHỦ\nSố: 5/QĐ-TTg\nHà Nội, ngày 3 tháng 2 năm 2025\n"
                     "QUYẾT ĐỊNH\nVề hỗ trợ người lao động\nĐiều 1. Hỗ trợ theo mẫu.\n"
                     "Điều 2. Có hiệu lực.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn An\n\n"
                     "Phụ lục\n(Kèm theo Quyết định số 5/QĐ-TTg)\n"
                     "Mẫu số 01 Danh sách người lao động\nMẫu số 02 Đề nghị hỗ trợ\n\n"
                     "Mẫu số 01 \nDANH SÁCH NGƯỜI LAO ĐỘNG\nTên đơn vị:........\n"
                     "STT\nMẫu số 01\nGiấy tiếp nhận hồ sơ\n|\nMẫu số 02\n|\n\n"
                     "Mẫu số 02\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nĐỀ NGHỊ HỖ TRỢ\n")
    assert [(a.kind, a.label) for a in doc.annexes] == [
        ("annex", "Phụ lục"), ("annex", "Mẫu số 01"), ("annex", "Mẫu số 02")]
    assert "DANH SÁCH NGƯỜI LAO ĐỘNG" in doc.annexes[1].text
    assert "Giấy tiếp nhận hồ sơ" in doc.annexes[1].text
    assert doc.annexes[2].text.startswith("Mẫu số 02\nCỘNG HÒA")


def test_a_bare_annex_word_over_its_heading_is_one_annex() -> None:
    """A decision's only annex printed as ``Phụ lục`` alone on its line (no number) over
    its heading ``DANH MỤC ...``: one annex labelled ``Phụ lục``, holding the heading."""
    doc = vbcd.parse("THỦ TƯỚNG CHÍNH PHỦ\nSố: 5/QĐ-TTg\nHà Nội, ngày 3 tháng 2 năm 2025\n"
                     "QUYẾT ĐỊNH\nPhê duyệt Đề án\nĐiều 1. Phê duyệt Đề án.\n"
                     "Điều 2. Có hiệu lực.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn An\n\n"
                     "Phụ lục \nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n(Kèm theo Quyết định số 5/QĐ-TTg)\n"
                     "STT\nNhiệm vụ\n1\nRà soát quy định\n")
    assert [(a.kind, a.label) for a in doc.annexes] == [("annex", "Phụ lục")]
    assert "DANH MỤC NHIỆM VỤ TRỌNG TÂM" in doc.annexes[0].text


def test_a_grid_table_with_recipients_and_signature_side_by_side() -> None:
    """pandoc's grid table read row by row puts blank lines between the recipient items,
    wraps an item over rows, and puts the signer's name among the items: the list goes
    on to its ``Lưu`` line, and the name is the signer's."""
    doc = vbcd.parse(
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1654/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\n"
        "NGHỊ QUYẾT\nVề việc sắp xếp\nĐiều 1. Sắp xếp.\nĐiều 2. Hiệu lực.\n\n"
        "+------------------------------+:-------------------------------------:+\n"
        "| *** ***                      | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\      |\n"
        "|                              | CHỦ TỊCH\\                             |\n"
        "| ***Nơi nhận:\\***             | \\                                     |\n"
        "| - Chính phủ;\\                | \\                                     |\n"
        "| - Ủy ban TW Mặt trận Tổ quốc | \\                                     |\n"
        "| Việt Nam;\\                   | Lê Văn Bình**                         |\n"
        "| - Kiểm toán nhà nước;\\       |                                       |\n"
        "| - Lưu: HC, PLTP.             |                                       |\n"
        "+------------------------------+---------------------------------------+\n")
    assert [" ".join(r.text.split()) for r in doc.recipients] == [
        "Chính phủ", "Ủy ban TW Mặt trận Tổ quốc Việt Nam", "Kiểm toán nhà nước"]
    assert doc.archive == ["HC", "PLTP"]
    assert doc.signature is not None
    assert (doc.signature.on_behalf_of, doc.signature.title, doc.signature.name) == (
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Lê Văn Bình")


def test_a_closing_in_two_columns_from_a_pdf_text_layer() -> None:
    """``pdftotext -layout``: the list on the left, the signature block centred on the
    right, read line by line. Every line is cut at the block's column, wrapped block
    lines and a mark alone on its line included, and the signer's name is read beside
    the archive line; no organ is read out of the block's lines."""
    gap = " " * 24
    doc = vbcd.parse(
        BODY
        + f"Nơi nhận:{gap}          TL.\n"
        + f"- Công ty TNHH Thương mại An Phú (số 12,{gap}CỤC TRƯỞNG\n"
        + f"đường Lê Lợi, TP. Vinh);{gap}       KT. TRƯỞNG BAN NGHIỆP VỤ\n"
        + f"- Chi cục Kiểm định (để b/c);{gap}            PHÓ TRƯỞNG BAN\n"
        + "- Cổng thông tin điện tử;\n"
        + f"- Lưu: VT, KT.{gap}                   Lê Minh Châu\n")
    assert [" ".join(r.text.split()) for r in doc.recipients][1:] == [
        "Chi cục Kiểm định", "Cổng thông tin điện tử"]
    assert doc.recipients[0].text.startswith("Công ty TNHH Thương mại An Phú")
    assert doc.archive == ["VT", "KT"]
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TL", "CỤC TRƯỞNG", "PHÓ TRƯỞNG BAN", "Lê Minh Châu")
    assert doc.text[sig.name_start:sig.name_end] == "Lê Minh Châu"
    assert not [a.name for a in doc.agencies if "NGHIỆP VỤ" in a.name.upper()]


def test_a_mark_above_the_list_heading_and_the_block_beside_the_list() -> None:
    """A two-column table converted to text: the block's mark stands above the list's
    heading, its position beside the heading, and its name beside an item, one of
    whose wrapped lines also carries a position."""
    doc = vbcd.parse(
        BODY + "                                TM. BAN CHẤP HÀNH TRUNG ƯƠNG\n"
        "  Nơi nhận:                                 TỔNG BÍ THƯ\n"
        "  - Các ban đảng, đảng ủy trực thuộc\n"
        "  Trung ương,\n"
        "  - Các tỉnh ủy, thành ủy,                 Nguyễn Văn Khang\n"
        "  - Lưu Văn phòng Trung ương Đảng.\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Nguyễn Văn Khang")
    assert [" ".join(r.text.split()) for r in doc.recipients] == [
        "Các ban đảng, đảng ủy trực thuộc Trung ương", "Các tỉnh ủy, thành ủy"]


def test_without_a_block_beside_the_heading_an_item_keeps_its_capitalised_tail() -> None:
    """Only a signature line beside the heading (or a position beside an item) opens a
    right column: otherwise a wide gap inside an item is just blanks."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Sở Nội vụ tỉnh          Thái Bình;\n- Lưu: VT.\n"
                     "GIÁM ĐỐC\n\nTrần Văn An\n")
    assert [" ".join(r.text.split()) for r in doc.recipients] == ["Sở Nội vụ tỉnh Thái Bình"]
    assert doc.signature is not None and doc.signature.name == "Trần Văn An"


@pytest.mark.parametrize(("block", "title", "name"), [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNGUYỄN VĂN BÌNH\n\nPHỤ LỤC\nDANH MỤC HỒ SƠ\n",
     "PHÓ CHỦ TỊCH", "NGUYỄN VĂN BÌNH"),
    ("THỦ TƯỚNG NGUYỄN TẤN DŨNG\n", "THỦ TƯỚNG", "NGUYỄN TẤN DŨNG"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTRẦN QUỲNH\nTHIỆN\n", "PHÓ CHỦ TỊCH", "TRẦN QUỲNH THIỆN"),
])
def test_a_signers_name_in_capitals(block: str, title: str, name: str) -> None:
    """A name in capitals (a common surname first) under the position, after it on its
    line, or wrapped, is the signer's; the annex heading after it is not read into the
    block, and no organ is read out of the position and the name."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == (title, name)
    assert doc.text[sig.name_start:sig.name_end].split() == name.split()
    assert not [a.name for a in doc.agencies if name.split()[0] in a.name]


def test_lines_in_capitals_that_only_look_like_names_stay_in_the_block() -> None:
    """A place spelt like a person (``HỒ CHÍ MINH`` wrapped from ``THÀNH PHỐ``) and a
    title with an uncommon first word (``VĂN PHÒNG``) are lines of the block."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN THÀNH PHỐ\nHỒ CHÍ MINH\n"
                     "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Thành\n")
    assert doc.signature is not None and doc.signature.name == "Lê Văn Thành"
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Lưu: VT.\nT/L BAN THƯỜNG VỤ\nPHÓ CHÁNH\nVĂN PHÒNG\n\n"
                     "Lê Văn Thành\n")
    assert doc.signature is not None and doc.signature.name == "Lê Văn Thành"



_LIST = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"


@pytest.mark.parametrize(("block", "behalf", "title"), [
    ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ\nNHIỆM", "BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
    ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ\nCHỦ NHIỆM", "BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ\nTỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. CHỦ TỊCH\nPHÓ\nCHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. CHỦ TỊCH\nPHÓ\nCHỦ\nTỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. CHỦ\nTỊCH\nPHÓ CHỦ\nTỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT. TỔNG\nCỤC TRƯỞNG\nPHÓ TỔNG CỤC\nTRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG"),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM\nĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG\nBAN", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"),
    ("TL. CHỦ TỊCH\nPHÓ CHÁNH VĂN\nPHÒNG", "CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG"),
    ("TM. BAN THƯỜNG\nVỤ\nPHÓ BÍ\nTHƯ", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTHƯỜNG TRỰC", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
    ("TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ\nTỊCH", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"),
    ("PHÓ CHỦ\nTỊCH", None, "PHÓ CHỦ TỊCH"),
])
def test_a_title_wrapped_by_a_narrow_column_is_read_whole(
        block: str, behalf: str | None, title: str) -> None:
    """A title or body broken between any two of its words (a narrow table cell) is read
    as printed on one line: ``PHÓ CHỦ`` / ``NHIỆM`` is the deputy, not ``NHIỆM`` under a
    longer body; ``PHÓ`` / ``CHỦ NHIỆM`` is not the head under a misspelt body. The
    signer's role in the persons layer is the block's title, and the block's span
    covers the wrapped lines."""
    doc = vbcd.parse(BODY + _LIST + block + "\nNguyễn Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.on_behalf_of, sig.title, sig.titles, sig.name) == (
        behalf, title, [title], "Nguyễn Văn An")
    assert not [w for w in doc.warnings if w.code == "typo_corrected"]
    assert doc.text[sig.start:sig.end].split() == [*block.split(), "Nguyễn", "Văn", "An"]
    (signer,) = [p for p in doc.persons if p.name == "Nguyễn Văn An"]
    assert signer.signature_role == title


def test_two_positions_one_of_them_wrapped() -> None:
    """Two positions of one signer without an authority mark, the second wrapped."""
    doc = vbcd.parse(BODY + _LIST + "TRƯỞNG BAN\nPHÓ CHỦ\nTỊCH\nNguyễn Văn An\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.titles) == (
        "PHÓ CHỦ TỊCH", ["TRƯỞNG BAN", "PHÓ CHỦ TỊCH"])


def test_a_title_heading_its_organ_wrapped_after_a_comma() -> None:
    """A line ending in a comma goes on in the next one: the organ the title heads
    (``VỤ TRƯỞNG VỤ KẾ HOẠCH,`` / ``TÀI CHÍNH``) is not cut from its title into the
    body signed for."""
    doc = vbcd.parse(BODY + _LIST + "TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ KẾ HOẠCH,\nTÀI CHÍNH\n"
                     "Nguyễn Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == (
        "TL", "BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ KẾ HOẠCH, TÀI CHÍNH")


@pytest.mark.parametrize(("block", "title"), [
    ("BỘ TRƯỞNG, CHỦ NHIỆM", "BỘ TRƯỞNG, CHỦ NHIỆM"),
    ("TL. CHỦ TỊCH\nCHANH VĂN PHÒNG", "CHÁNH VĂN PHÒNG"),
])
def test_the_signers_role_is_the_title_of_the_block(block: str, title: str) -> None:
    """The persons layer's role for the signer is the block's title as the signature
    reads it: whole when two heads share the line (``BỘ TRƯỞNG, CHỦ NHIỆM``), with its
    typo corrected."""
    doc = vbcd.parse(BODY + _LIST + block + "\nNguyễn Văn An\n")
    assert doc.signature is not None and doc.signature.title == title
    (signer,) = [p for p in doc.persons if p.name == "Nguyễn Văn An"]
    assert signer.signature_role == title


@pytest.mark.parametrize("block", [
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An (Đã ký)\n",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký) Nguyễn Văn An\n",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An (Đã ký và đóng dấu)\n",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký và đóng dấu)\nNguyễn Văn An\n",
    "| T/M BAN THƯỜNG VỤ\nBÍ THƯ |\n| Nguyễn Văn An (Đã ký) |\n",
    "T/M BAN THƯỜNG VỤ BÍ THƯ (đã ký) Nguyễn Văn An\n",
])
def test_a_signed_note_on_the_names_line_is_cut_off_the_name(block: str) -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu VT.\n\n" + block)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An")


def test_a_body_glued_to_the_title_after_it_is_cut_at_the_title() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu VT.\n\n"
                     "TM. BAN THƯỜNG VỤ TỈNH ĐOÀNBÍ THƯ THƯỜNG TRỰC\nNguyễn Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn An")


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/QĐ-UBND\nAn Giang, ngày 5 tháng 3 năm 2020\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Quy chế hoạt động\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\n- Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành./.\n"
)


@pytest.mark.parametrize("annex", [
    "QUY CHẾ\nHOẠT ĐỘNG CỦA TỔ CÔNG TÁC\nChương I\nQUY ĐỊNH CHUNG\n",
    "QUY ĐỊNH\nVề quản lý chợ\n",
    "Chương I\nQUY ĐỊNH CHUNG\n",
    "PHỤ LỤC\nDanh mục hồ sơ\n",
])
def test_an_annex_heading_closes_a_signature_block_without_a_name(annex: str) -> None:
    doc = vbcd.parse(DECISION + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n" + annex)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", None)
    assert doc.annexes and doc.annexes[0].text.startswith(annex.split("\n")[0])
    assert [c.path for c in doc.iter_clauses()] == ["Điều 1", "Điều 2", "Điều 3"]


@pytest.mark.parametrize("text", [
    DECISION,
    # no type line (a compact reprint): the authority line stands under the title
    DECISION.replace("QUYẾT ĐỊNH\nVề việc", "VỀ VIỆC").replace(
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\n- Căn cứ", "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ"),
])
def test_the_enacting_authority_over_the_preamble_is_no_signature(text: str) -> None:
    doc = vbcd.parse(text)
    assert doc.signature is None
    assert [c.path for c in doc.iter_clauses()] == ["Điều 1", "Điều 2", "Điều 3"]
    assert not doc.annexes


@pytest.mark.parametrize(("block", "auth", "name"), [
    ("Nơi nhận: | TL. CHỦ TỊCH |\n", "TL", None),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nNguyễn Văn An\n", "KT", "Nguyễn Văn An"),
])
def test_a_mark_with_no_position_line_gives_the_body_signed_for(
        block: str, auth: str, name: str | None) -> None:
    doc = vbcd.parse(BODY + block)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (auth, "CHỦ TỊCH", None, name)


@pytest.mark.parametrize(("line", "items"), [
    ("VP, P.KT, VHXH.", ["VP", "P.KT", "VHXH"]),
    ("VT.P.TH.", ["VT", "P.TH"]),
    ("VT.MT.", ["VT", "MT"]),
    ("VT, PL (2). TA.", ["VT", "PL (2)"]),
    ("VT,TH. TT.", ["VT", "TH"]),
    ("VT, KGVX (2b).PC", ["VT", "KGVX (2b)"]),
    ("VT, NN (2)NXT.", ["VT", "NN (2)"]),
    ("VT, KGVX.Tuấn", ["VT", "KGVX"]),
    ("VT, P.KGVX.", ["VT", "P.KGVX"]),
    ("VT, KTTH (2). M.Cường", ["VT", "KTTH (2)"]),
])
def test_archive_codes_with_a_dot_and_initials_after_a_full_stop(
        line: str, items: list[str]) -> None:
    """A one-letter unit kind before a dot is part of the code after it (``P.KT``); two
    codes joined by a dot are two; the typist's initials after the list's full stop are
    dropped, their own full stop or not, and also when a converter glued them to the list
    (``(2b).PC``, ``KGVX.Tuấn``)."""
    doc = vbcd.parse(BODY + f"Nơi nhận:\n- Như trên;\n- Lưu: {line}\n\nKT. CHỦ TỊCH\n"
                     "PHÓ CHỦ TỊCH\nNguyễn Văn An\n")
    assert doc.archive == items


def test_a_stray_mark_between_the_title_and_the_name_is_skipped() -> None:
    doc = vbcd.parse(DECISION + "THỦ TƯỚNG\n[\n\nLê Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.title, sig.name) == ("THỦ TƯỚNG", "Lê Văn An")
    assert not doc.annexes


def test_a_bare_title_and_name_before_a_long_annex_are_the_signature() -> None:
    rows = "".join(f"{k}. Quyết định số {k}/2010/QĐ-BLĐTBXH hết hiệu lực.\n" for k in range(1, 15))
    doc = vbcd.parse(DECISION + "BỘ TRƯỞNG\n\nLê Văn An\n\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC\n"
                     "A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ\n" + rows)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.title, sig.name) == (None, "BỘ TRƯỞNG", "Lê Văn An")
    assert [c.path for c in doc.iter_clauses()] == ["Điều 1", "Điều 2", "Điều 3"]
    assert [a.kind for a in doc.annexes] == ["annex"]


def test_recipient_and_archive_heads_without_their_vowel_marks() -> None:
    """OCR drops the horn as often as a tone mark: ``Noi nhận``, ``Luu``."""
    doc = vbcd.parse(BODY + "Noi nhận:\n- Như trên;\n- Bộ Y tế (để b/c);\n- Luu: VT, KGVX.\n\n"
                     "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("Như trên", None), ("Bộ Y tế", "báo cáo")]
    assert doc.archive == ["VT", "KGVX"]
    assert doc.signature is not None and doc.signature.name == "Nguyễn Văn An"


def test_a_recipient_list_beside_the_signature_is_no_attachment() -> None:
    doc = vbcd.parse(BODY + "Nơi nhận: TL. BỘ TRƯỞNG\n- Như trên;\n- Bộ Y tế (để b/c);\n"
                     "- Lưu: VT, LS.\n\nPHỤ LỤC\nMẫu giấy xác nhận\n")
    sig = doc.signature
    assert sig is not None and (sig.authority, sig.on_behalf_of) == ("TL", "BỘ TRƯỞNG")
    assert [(a.kind, a.text.split("\n")[0]) for a in doc.annexes] == [("annex", "PHỤ LỤC")]


def test_a_position_beside_an_item_after_an_ocr_tilde_is_the_signatures() -> None:
    """Recipients and signature in two columns read line by line, an OCR engine having
    read a bullet as ``~-``: the position in capitals after the item's ``;`` is the
    signature's title (its tone restored), not part of the item."""
    doc = vbcd.parse("VĂN PHÒNG CHÍNH PHỦ\nSố: 5/TB-VPCP\nHà Nội, ngày 3 tháng 2 năm 2022\n"
                     "THÔNG BÁO\nÝ kiến của Phó Thủ tướng\n1. Đồng ý chủ trương.\n"
                     "Văn phòng Chính phủ thông báo để các cơ quan biết./.\n\n"
                     "Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n~ Như trên; ~- PHO CHỦ NHIỆM\n"
                     "~ Bộ Công an;\n- Lưu: VT, QHQT.\n\nTrần Văn An\n")
    assert [r.text for r in doc.recipients] == ["Như trên", "Bộ Công an"]
    sig = doc.signature
    assert sig is not None
    assert (sig.title, sig.name) == ("PHÓ CHỦ NHIỆM", "Trần Văn An")


JOINT_HEAD = (
    "UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KHLT-SYT-SGDĐT\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Nam Định, ngày 15 tháng 3 năm 2024\n\nKẾ HOẠCH LIÊN TỊCH\n"
    "Phối hợp thực hiện công tác y tế trường học\n\n1. Mục đích, yêu cầu\n"
    "Tăng cường phối hợp giữa hai ngành trong chăm sóc sức khỏe học sinh.\n\n"
)
JOINT_LIST = "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Lưu: VT.\n\n"


def _signers(sig: object) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(authority, on_behalf_of, title, name) of a signature and of its co-signers."""
    from vbcd.models import Signature

    assert isinstance(sig, Signature)
    return [(s.authority, s.on_behalf_of, s.title, s.name) for s in [sig, *sig.co_signers]]


@pytest.mark.parametrize("gap", [" " * 4, " " * 16, "\t"])
@pytest.mark.parametrize("where", ["after_list", "before_list", "no_list"])
def test_a_joint_documents_two_signers_side_by_side_are_two_blocks(gap: str, where: str) -> None:
    """Two organs sign a joint plan in two columns apart by a wide blank run (or a tab):
    the left block is the signature, the right one its co-signer, each with its own
    title and name (never the two titles glued and no name)."""
    block = (f"GIÁM ĐỐC SỞ Y TẾ{gap}GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n\n"
             f"Nguyễn Văn Hùng{gap}Trần Thị Lan\n")
    text = {"after_list": JOINT_HEAD + JOINT_LIST + block,
            "before_list": JOINT_HEAD + block + "\n" + JOINT_LIST,
            "no_list": JOINT_HEAD + block}[where]
    doc = vbcd.parse(text)
    assert _signers(doc.signature) == [
        (None, None, "GIÁM ĐỐC SỞ Y TẾ", "Nguyễn Văn Hùng"),
        (None, None, "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Trần Thị Lan")]
    assert doc.signature is not None
    for s in [doc.signature, *doc.signature.co_signers]:
        assert s.name_start is not None and doc.text[s.name_start:s.name_end] == s.name
    assert doc.annexes == []


def test_joint_blocks_with_a_mark_and_a_note_per_column() -> None:
    """``KT.``/``TM.`` and ``(Đã ký)`` printed in each column; the position line's
    columns need not line up with the marks'."""
    doc = vbcd.parse(
        JOINT_HEAD + JOINT_LIST
        + "KT. GIÁM ĐỐC SỞ Y TẾ            KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
        "PHÓ GIÁM ĐỐC                    PHÓ GIÁM ĐỐC\n(Đã ký)                         (Đã ký)\n"
        "Nguyễn Văn Hùng                 Trần Thị Lan\n")
    assert _signers(doc.signature) == [
        ("KT", "GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"),
        ("KT", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC", "Trần Thị Lan")]
    doc = vbcd.parse(
        JOINT_HEAD + "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN      TM. BAN GIÁM ĐỐC\n"
        "BÍ THƯ      GIÁM ĐỐC\n\n                  (Đã ký)\nNguyễn Văn Hùng      Trần Thị Lan\n")
    assert _signers(doc.signature) == [
        ("TM", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Nguyễn Văn Hùng"),
        ("TM", "BAN GIÁM ĐỐC", "GIÁM ĐỐC", "Trần Thị Lan")]


@pytest.mark.parametrize("note", ["", "(Đã ký)\n"])
def test_joint_blocks_stacked_one_under_the_other(note: str) -> None:
    """The second signer's whole block printed under the first one's name is a
    co-signer, not an attachment."""
    doc = vbcd.parse(
        JOINT_HEAD + f"KT. GIÁM ĐỐC SỞ Y TẾ\nPHÓ GIÁM ĐỐC\n{note}Nguyễn Văn Hùng\n\n"
        f"KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nPHÓ GIÁM ĐỐC\n{note}Trần Thị Lan\n\n"
        + JOINT_LIST)
    assert _signers(doc.signature) == [
        ("KT", "GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"),
        ("KT", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC", "Trần Thị Lan")]
    assert doc.annexes == []


def test_a_recipient_list_beside_one_signer_has_no_co_signer() -> None:
    """The list printed beside the block is a recipient column, not a second signer."""
    doc = vbcd.parse(
        JOINT_HEAD + "Nơi nhận:                         KT. GIÁM ĐỐC\n"
        "- UBND tỉnh (để b/c);             PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n"
        "                                  Nguyễn Văn Hùng\n")
    assert _signers(doc.signature) == [("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng")]
    # a single block followed by an annex keeps the annex
    doc = vbcd.parse(JOINT_HEAD + "GIÁM ĐỐC\nNguyễn Văn Hùng\nPHỤ LỤC\nDanh sách trường học\n")
    assert _signers(doc.signature) == [(None, None, "GIÁM ĐỐC", "Nguyễn Văn Hùng")]
    assert [a.kind for a in doc.annexes] == ["annex"]


@pytest.mark.parametrize(("block", "titles"), [
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\nPhạm Văn An",
     ["PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ THỦ TƯỚNG"]),
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\nGIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
     "Phạm Văn An", ["PHÓ TRƯỞNG BAN", "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]),
])
def test_a_deputy_of_a_committee_signs_with_the_office_held(
        block: str, titles: list[str]) -> None:
    """A Ban Chỉ đạo's or Ban Chỉ huy's deputy signs ``KT. TRƯỞNG BAN`` / his deputy
    position / the office he holds: the head signed for is ``TRƯỞNG BAN`` alone."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block + "\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "TRƯỞNG BAN", titles[-1], "Phạm Văn An")
    assert sig.titles == titles


def test_a_grid_table_with_the_title_beside_the_recipient_heading() -> None:
    """pandoc writes the closing's two-column table as a grid table, each line holding
    a piece of both cells: read as two columns (a layout text layer's), the position
    beside ``Nơi nhận:`` and the name beside a wrapped item go to the signature block,
    and the items keep their wrapped lines whole."""
    doc = vbcd.parse(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 31/CT-TTg\nHà Nội, ngày 28 tháng 11 năm 2012\n\n"
        "CHỈ THỊ\nVề việc đào tạo nghề\n\n1. Chỉ đạo các cấp.\n2. Báo cáo Thủ tướng./.\n\n"
        "+------------------------------------------+--------------------------------+\n"
        "| ***Nơi nhận:***                          | **THỦ TƯỚNG**                  |\n"
        "| \\- Ban Bí thư Trung ương Đảng;           |                                |\n"
        "| \\- Thủ tướng, các Phó Thủ tướng Chính    |                                |\n"
        "| phủ;                                     | **Nguyễn Tấn Dũng**            |\n"
        "| \\- Văn phòng Quốc hội;                   |                                |\n"
        "| \\- Lưu: Văn thư, KGVX (3b).              |                                |\n"
        "+------------------------------------------+--------------------------------+\n")
    assert [" ".join(r.text.split()) for r in doc.recipients] == [
        "Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
        "Văn phòng Quốc hội"]
    assert doc.archive == ["Văn thư", "KGVX (3b)"]
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("THỦ TƯỚNG", "Nguyễn Tấn Dũng")


@pytest.mark.parametrize(("block", "expected"), [
    # the Secretariat signs as a body whose name ends in the title BÍ THƯ, no position
    ("T/M BAN BÍ THƯ\n(đã ký)\nTrần Cẩm Tú", ("TM", "BAN BÍ THƯ", None, "Trần Cẩm Tú")),
    ("TM. ĐOÀN CHỦ TỊCH\n\nĐỗ Văn Chiến", ("TM", "ĐOÀN CHỦ TỊCH", None, "Đỗ Văn Chiến")),
    # a commune's council: the level word after the body is no typo to correct away
    ("TM. ỦY BAN NHÂN DÂN XÃ\nCHỦ TỊCH\n\nNguyễn Văn Tư",
     ("TM", "ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Nguyễn Văn Tư")),
    ("TM. HỘI ĐỒNG NHÂN DÂN XÃ\nCHỦ TỊCH\n\nLê Văn An",
     ("TM", "HỘI ĐỒNG NHÂN DÂN XÃ", "CHỦ TỊCH", "Lê Văn An")),
])
def test_a_body_signed_for_keeps_its_whole_name(
        block: str, expected: tuple[str, str, str | None, str]) -> None:
    doc = vbcd.parse("CHỈ THỊ\nVề việc tăng cường công tác phòng, chống dịch bệnh\n\n"
                     "Thời gian qua, công tác phòng, chống dịch đạt kết quả.\n\n"
                     "1. Giao Sở Y tế theo dõi, đôn đốc.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                     + block + "\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == expected


@pytest.mark.parametrize(("block", "behalf"), [
    ("T/M BAN BÍ THƯ\n\n\n\nTrần Cẩm Tú", "BAN BÍ THƯ"),
    ("TM. BAN BÍ THƯ\n(đã ký)\nTrần Cẩm Tú", "BAN BÍ THƯ"),
    ("TM. ĐOÀN CHỦ TỊCH\n\nĐỗ Văn Chiến", "ĐOÀN CHỦ TỊCH"),
])
def test_a_body_whose_name_ends_in_a_title_over_the_name(block: str, behalf: str) -> None:
    """``T/M BAN BÍ THƯ`` alone over the name (no position line): the whole line is the
    body signed for, though ``BÍ THƯ`` is a title too."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Trung ương Đảng.\n"
                     + block + "\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == ("TM", behalf, None)


@pytest.mark.parametrize(("block", "expected"), [
    ("T/M BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nPHÓ BÍ THƯ TỈNH ỦY\n",
     ("TM", "BAN CHỈ ĐẠO", "PHÓ BÍ THƯ TỈNH ỦY", ["TRƯỞNG BAN", "PHÓ BÍ THƯ TỈNH ỦY"])),
    ("TM. BAN CHỈ HUY\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\n\nPHÓ CHỦ TỊCH UBND TỈNH\n",
     ("TM", "BAN CHỈ HUY", "PHÓ CHỦ TỊCH UBND TỈNH",
      ["PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH UBND TỈNH"])),
    ("TRƯỞNG BAN\n\n\nPHÓ CHỦ TỊCH UBND TỈNH\n",
     (None, None, "PHÓ CHỦ TỊCH UBND TỈNH", ["TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH"])),
    ("T/M BAN THƯỜNG VỤ\nTỈNH ỦY\nBÍ THƯ\n", ("TM", "BAN THƯỜNG VỤ TỈNH ỦY", "BÍ THƯ", ["BÍ THƯ"])),
])
def test_a_boards_head_signs_with_the_office_held_below(
        block: str, expected: tuple[object, ...]) -> None:
    """A steering or command board's head (or deputy) signs with his own office below
    the board's position (``T/M BAN CHỈ ĐẠO`` / ``TRƯỞNG BAN`` / ``PHÓ BÍ THƯ TỈNH ỦY``):
    the board is the body signed for, the title the last position line, both positions
    the signer's titles; a body wrapped over two lines (``TỈNH ỦY``) stays the body."""
    doc = vbcd.parse(BODY + _LIST + block + "Nguyễn Văn An\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.titles) == expected
    assert sig.name == "Nguyễn Văn An"


@pytest.mark.parametrize(("block", "expected"), [
    ("KT, CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    ("KT: CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    ("KT . CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    ("TM . ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
    ("TM, UỶ BAN NHÂN DÂN\nKT, CHỦ TỊCH\nPHÓ CHỦ TỊCH\n",
     ("TM", "UỶ BAN NHÂN DÂN", "PHÓ CHỦ TỊCH")),
    ("TL. CHỦ TỊCH\nKT: CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n",
     ("TL", "CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG")),
])
def test_an_authority_mark_damaged_by_a_converter(block: str, expected: tuple[str, ...]) -> None:
    """A comma or colon for the mark's dot, or a blank before it, at a line's start
    before a title or body is the mark; ``KT,`` among a ``Lưu`` line's codes is not."""
    doc = vbcd.parse(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT, TH.\n" + block
                     + "\nTrần Anh Tuấn\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (*expected, "Trần Anh Tuấn")
    assert doc.archive == ["VT", "KT", "TH"]


@pytest.mark.parametrize(("block", "title"), [
    ("Q. GIÁM ĐỐC\n", "GIÁM ĐỐC"),
    ("Q. CHÁNH VĂN PHÒNG\n", "CHÁNH VĂN PHÒNG"),
    ("Q. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n", "PHÓ GIÁM ĐỐC"),
    ("Q. TỔNG GIÁM ĐỐC\n", "TỔNG GIÁM ĐỐC"),
])
def test_an_acting_heads_mark_line_is_his_position(block: str, title: str) -> None:
    """``Q. GIÁM ĐỐC`` over the name: the acting head signs as the position he holds,
    so the mark's line is his last position line (unlike ``KT.``, ``TL.``)."""
    doc = vbcd.parse(BODY + _LIST + block + "\nNguyễn Văn Bình\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.title, sig.name) == ("Q", title, "Nguyễn Văn Bình")
    (signer,) = [p for p in doc.persons if p.name == "Nguyễn Văn Bình"]
    assert signer.signature_role == title


@pytest.mark.parametrize("name", ["LÒ VĂN PUA", "HÀ SỸ ĐỒNG", "MA THỊ THÚY", "GIANG SEO PHỬ"])
def test_a_name_in_capitals_on_a_rarer_surname_under_the_position(name: str) -> None:
    """The block's last line in capitals under a position title, on a rarer surname, is
    the signer's name, not the rest of the position; a place under it (``HÀ GIANG``)
    is not."""
    doc = vbcd.parse(BODY + _LIST + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n" + name + "\n")
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", name)
    doc = vbcd.parse(BODY + _LIST + "GIÁM ĐỐC\nHÀ GIANG\n")
    assert doc.signature is not None and doc.signature.name is None


@pytest.mark.parametrize("placeholder", ["[signature]", "(Signed)", "[Chữ ký]", "[Đã ký]",
                                         "[chữ ký và con dấu]"])
def test_a_converters_signature_placeholder_between_position_and_name(
        placeholder: str) -> None:
    """A bracketed placeholder a converter prints for the signature or the seal is noise
    of the block: the name below it is the signer's."""
    doc = vbcd.parse(BODY + _LIST + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + placeholder
                     + "\nNguyễn Hồng Lĩnh\n")
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Hồng Lĩnh")


@pytest.mark.parametrize("printed", ["CHU TICH", "CHỦ TICH", "CHÚ TỊCH", "CHỬ TỊCH"])
def test_a_bare_position_with_damaged_tone_marks_is_read_as_the_title(printed: str) -> None:
    """OCR drops or changes the marks of a short position (``CHU TICH``, ``CHÚ TỊCH``)
    beyond what a fuzzy ratio forgives; the skeleton without marks still names one
    title of the tables, so the block keeps its title, corrected, with a warning."""
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nSố: 1520/QĐ-UBND\n"
                     "Bình Định, ngày 10 tháng 5 năm 2025\n\nQUYẾT ĐỊNH\n"
                     "Về việc thành lập Ban Chỉ đạo\n\nĐiều 1. Thành lập Ban Chỉ đạo.\n"
                     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
                     f"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n{printed}\n\nPhạm Anh Tuấn\n")
    assert doc.signature is not None
    assert doc.signature.title == "CHỦ TỊCH"
    assert doc.signature.name == "Phạm Anh Tuấn"
    assert any(w.code == "typo_corrected" for w in doc.warnings)


_COUNCIL = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 55/NQ-HĐND\nQuảng Ninh, ngày 14 tháng 7 năm 2023\n\n"
    "NGHỊ QUYẾT\nVề việc phê duyệt chủ trương đầu tư dự án\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH\n"
    "KHÓA XIV, KỲ HỌP THỨ 16\n\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Phê duyệt chủ trương đầu tư dự án đường bao biển.\n"
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV, kỳ họp thứ 16 thông "
    "qua ngày 14 tháng 7 năm 2023./.\n\n")


@pytest.mark.parametrize("title", ["CHỦ TỊCH", "BỘ TRƯỞNG"])
def test_a_bare_title_on_the_list_headings_line_is_the_signature(title: str) -> None:
    """``Nơi nhận: CHỦ TỊCH``: two columns joined with one blank, the signer having no
    authority mark (a council's chair, a minister). The title is the block's first line,
    not a first recipient, and the list goes on below it."""
    doc = vbcd.parse(_COUNCIL + f"Nơi nhận: {title}\n- UBTVQH, Chính phủ (b/c);\n"
                     "- TT Tỉnh ủy, TT HĐND tỉnh;\n- Lưu: VT.\nNguyễn Xuân Ký\n")
    assert [(r.text, r.purpose) for r in doc.recipients] == [
        ("UBTVQH, Chính phủ", "báo cáo"), ("TT Tỉnh ủy, TT HĐND tỉnh", None)]
    assert doc.archive == ["VT"]
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == (title, "Nguyễn Xuân Ký")


def test_a_councils_enacting_authority_over_its_session_is_no_signature() -> None:
    """With no signature found after the list, the enacting authority in capitals over
    the council's session line (``KHÓA XIV, KỲ HỌP THỨ 16``) is not taken for a block
    signed before the list: the articles stay the body's."""
    doc = vbcd.parse(_COUNCIL + "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n")
    assert [c.label for c in doc.clauses] == ["Điều 1", "Điều 2"]
    assert doc.signature is None
    assert doc.preamble is not None and "Căn cứ Luật Đầu tư công" in doc.preamble.text


_JOINT = ("THÔNG TƯ LIÊN TỊCH\nHướng dẫn chức năng, nhiệm vụ của Sở Y tế\n\n"
          "Điều 1. Thông tư liên tịch này có hiệu lực kể từ ngày 15 tháng 4 năm 2016./.\n\n"
          "Nơi nhận:\n- Văn phòng Chính phủ;\n- Công báo;\n")


@pytest.mark.parametrize("archive", [
    "- Lưu: VT, PC (BYT); VT, TCBC (BNV).",
    "- Lưu: VT, PC (BYT);\nVT, TCBC (BNV).",
    "- Lưu: VT, PC (BYT);\n- Lưu: VT, TCBC (BNV).",
])
def test_a_joint_documents_archive_codes_of_each_issuer_are_all_kept(archive: str) -> None:
    """A joint circular (TTLT) files one group of codes per ministry, parted by ``;``
    on the line, on the next line, or in a second ``Lưu`` line: every group is the
    archive's, not only the first issuer's."""
    doc = vbcd.parse(_JOINT + archive + "\nKT. BỘ TRƯỞNG BỘ Y TẾ\nTHỨ TRƯỞNG\n\nPhạm Lê Tuấn\n")
    assert doc.archive == ["VT", "PC (BYT)", "VT", "TCBC (BNV)"]
    assert [r.text for r in doc.recipients] == ["Văn phòng Chính phủ", "Công báo"]
    assert doc.signature is not None and doc.signature.name == "Phạm Lê Tuấn"


@pytest.mark.parametrize("below", ["BỘ TRƯỞNG\n", "Nguyễn Văn An\n", "(Đã ký)\n"])
def test_an_archive_line_ended_by_a_semicolon_does_not_take_the_signature(below: str) -> None:
    """The codes go on below a line ended by ``;`` only over code lines: a position, a
    name or a seal note below it is the signature's."""
    doc = vbcd.parse(_JOINT + "- Lưu: VT, PC;\n" + below + "Nguyễn Văn An\n")
    assert doc.archive == ["VT", "PC"]


def test_a_state_audit_area_office_signs_by_its_chief_auditor() -> None:
    """An area office of the State Audit signs as ``KIỂM TOÁN TRƯỞNG``: the title of the
    block, not a name left without its position."""
    doc = vbcd.parse("KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC IV\nSố: 88/TB-KV IV\n"
                     "Đà Nẵng, ngày 12 tháng 7 năm 2024\n\nTHÔNG BÁO\nKết quả kiểm toán tại "
                     "Sở Giao thông vận tải\n\n1. Xử lý tài chính.\n2. Kiến nghị khác.\n\n"
                     "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\nKIỂM TOÁN TRƯỞNG\n\n"
                     "Nguyễn Văn Mạnh\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.title, sig.name) == ("KIỂM TOÁN TRƯỞNG", "Nguyễn Văn Mạnh")


def test_a_mark_line_that_is_one_title_is_not_split() -> None:
    """``KT. TỔNG GIÁM ĐỐC`` over the name: the body signed for is the whole title, not
    ``TỔNG`` and a position ``GIÁM ĐỐC``."""
    doc = vbcd.parse(BODY + _LIST + "KT. TỔNG GIÁM ĐỐC\n\nNguyễn Văn Bình\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == ("KT", "TỔNG GIÁM ĐỐC", None)


@pytest.mark.parametrize("line", [
    "THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN",
    "BÍ THƯ TỈNH ỦY",
])
def test_a_title_over_the_body_it_heads_is_one_position(line: str) -> None:
    doc = vbcd.parse(BODY + line + "\n\n\nPhạm Văn Đồng\n")
    assert doc.signature is not None
    assert doc.signature.title == line
    assert doc.signature.titles == [line]


def test_a_two_position_line_still_splits() -> None:
    doc = vbcd.parse(BODY + "TRƯỞNG BAN PHÓ CHỦ TỊCH\n\n\nPhạm Văn Đồng\n")
    assert doc.signature is not None
    assert doc.signature.title == "PHÓ CHỦ TỊCH"


@pytest.mark.parametrize("rank", ["Trung úy", "Thượng uý", "Thiếu úy", "Thiếu tá QNCN"])
def test_a_junior_or_professional_rank_before_the_signer_name(rank: str) -> None:
    """A commune's military board is signed by a junior officer or a professional
    soldier (``CHỈ HUY TRƯỞNG`` / ``Trung úy Nguyễn Văn Toàn``): the rank is no name."""
    doc = vbcd.parse(BODY + f"Nơi nhận:\n- Lưu: VT.\nCHỈ HUY TRƯỞNG\n\n\n{rank} Nguyễn Văn Toàn\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("CHỈ HUY TRƯỞNG", "Nguyễn Văn Toàn")


@pytest.mark.parametrize("title", ["CHỈ HUY PHÓ", "CHÍNH TRỊ VIÊN"])
def test_a_military_boards_deputy_or_political_officer_signs(title: str) -> None:
    doc = vbcd.parse(BODY + f"Nơi nhận:\n- Lưu: VT.\n{title}\n\n\nĐại úy Trần Văn Sơn\n")
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == (title, "Trần Văn Sơn")
