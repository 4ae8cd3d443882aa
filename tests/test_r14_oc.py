"""Round 14, OC: scan and OCR damage in the header and the signature block.

Each test builds a short document the way a scanned directive reaches the parser
(Tesseract / ABBYY / PDF text layer) and checks the fields the evaluation scores on
every document: number, place and date, national header and issuer, and the
signature's authority, body, position and name.
"""

from __future__ import annotations

import pytest

import vbcd

_BODY = """QUYẾT ĐỊNH
Về việc phê duyệt Kế hoạch phòng, chống thiên tai năm 2025

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch phòng, chống thiên tai năm 2025 (kèm theo Kế hoạch).
Điều 2. Giao Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Kế hoạch này.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NN.

"""


def _doc(*, number_line: str = "Số: 1234/QĐ-UBND",
         place_date: str = "Nghệ An, ngày 05 tháng 3 năm 2025",
         national: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN",
         signature: str = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Quốc Hưng") -> str:
    return (f"{issuer}\n-------\n{national}\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            f"{number_line}\n{place_date}\n\n{_BODY}{signature}\n")


def _sig(signature: str) -> tuple[str | None, str | None, str | None, str | None]:
    s = vbcd.parse(_doc(signature=signature)).signature
    assert s is not None
    return s.authority, s.on_behalf_of, s.title, s.name


# --- the seal's text read between the position and the name ---------------------------


@pytest.mark.parametrize("signature", [
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nTrần Quốc Hưng",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nUBND TỈNH NGHỆ AN\nTrần Quốc Hưng",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n* ỦY BAN NHÂN DÂN *\nTrần Quốc Hưng",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nỦY BAN\nNHÂN DÂN\nTrần Quốc Hưng",
])
def test_seal_lines_under_the_position_are_no_part_of_it(signature: str) -> None:
    assert _sig(signature) == ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Hưng")


def test_seal_without_marks_under_tm_block() -> None:
    sig = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nUY BAN NHAN DAN\nTP NGHỆ AN\nNguyễn Mạnh Tuấn"
    assert _sig(sig) == ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Mạnh Tuấn")


def test_party_seal_under_the_position() -> None:
    sig = "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐẢNG BỘ TỈNH THANH HÓA\nLê Thị Mai"
    assert _sig(sig) == ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Mai")


def test_department_seal_and_signed_note() -> None:
    sig = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSỞ Y TẾ\n(Đã ký)\n\nPhạm Thị Thu Hà"
    assert _sig(sig) == ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Thu Hà")


def test_name_in_capitals_after_the_seal_stays_the_name() -> None:
    sig = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSỞ TÀI CHÍNH\n\nVŨ THANH BÌNH"
    auth, behalf, title, name = _sig(sig)
    assert (auth, behalf, title) == ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert name is not None and name.upper() == "VŨ THANH BÌNH"


def test_title_wrapped_under_the_position_is_kept() -> None:
    # no seal: ``PHÓ BÍ THƯ`` / ``THƯỜNG TRỰC`` is one position over two lines
    sig = "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTHƯỜNG TRỰC\n\nLê Thị Mai"
    assert _sig(sig)[2] == "PHÓ BÍ THƯ THƯỜNG TRỰC"


# --- positions and marks damaged by OCR ------------------------------------------------


def test_position_without_marks_is_no_name() -> None:
    sig = "TM. ỦY BAN NHÂN DÂN\nCHU TICH\n\nNguyễn Mạnh Tuấn"
    assert _sig(sig) == ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Mạnh Tuấn")


def test_small_l_for_capital_i_in_the_block() -> None:
    assert _sig("KT. GIÁM ĐỐC\nPHÓ GlÁM ĐỐC\n\nPhạm Thị Thu Hà") == (
        "KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Thu Hà")
    assert _sig("KT. CHỦ TlCH\nPHÓ CHỦ TlCH\n\nTrần Quốc Hưng") == (
        "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Hưng")


@pytest.mark.parametrize(("first", "code", "behalf", "title"), [
    ("T/ M BAN THƯỜNG VỤ", "TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    ("T /M BAN THƯỜNG VỤ", "TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    ("K T. GIÁM ĐỐC", "KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("K / T CHỦ TỊCH", "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("T L. BỘ TRƯỞNG", "TL", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG"),
])
def test_authority_mark_split_by_a_blank(first: str, code: str, behalf: str, title: str) -> None:
    assert _sig(f"{first}\n{title}\n\nLê Thị Mai") == (code, behalf, title, "Lê Thị Mai")


def test_body_that_lost_its_hooked_capital() -> None:
    sig = "TM. Y BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Mạnh Tuấn"
    assert _sig(sig) == ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Mạnh Tuấn")


def test_lone_capital_k_in_prose_is_no_mark() -> None:
    sig = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Quốc Hưng"
    text = _doc(signature=sig).replace("Điều 3. Quyết", "Điều 3. Trạm K T.M xã Quyết")
    s = vbcd.parse(text).signature
    assert s is not None and s.authority == "KT" and s.title == "PHÓ CHỦ TỊCH"


# --- the number ------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Số: 12 34/QĐ-UBND", "S6: 12 34/QĐ-UBND", "Sô: 123 4/QĐ-UBND", "Số: I234/QĐ-UBND",
    "Số: l234/QĐ-UBND", "Số: 12O4/QĐ-UBND",
])
def test_number_damaged_by_ocr(line: str) -> None:
    d = vbcd.parse(_doc(number_line=line))
    assert d.number is not None
    expected = "1204/QĐ-UBND" if "O" in line else "1234/QĐ-UBND"
    assert d.number.value == expected
    assert d.number.number == expected.split("/")[0]


def test_spaced_figures_in_prose_stay_apart() -> None:
    d = vbcd.parse(_doc().replace("năm 2025 (kèm", "năm 2025 gồm 12 34 hạng mục (kèm"))
    assert "12 34 hạng mục" in d.text


# --- the place-and-date line -----------------------------------------------------------


@pytest.mark.parametrize(("line", "place", "iso"), [
    ("Nghệ An, ngàỵ 05 tháng 3 năm 2025", "Nghệ An", "2025-03-05"),
    ("Nghệ An, ngàỵ O5 tháng 3 nãm 2025", "Nghệ An", "2025-03-05"),
    ("Nghệ An. ngày 05 tháng 3 năm 2025", "Nghệ An", "2025-03-05"),
    ("Hà Nội; ngày 03 tháng 4 năm 2025", "Hà Nội", "2025-04-03"),
    ("Đồng Nai, ngày 09 tháng 7 năm 2 025", "Đồng Nai", "2025-07-09"),
    ("Tân Lập, ngày 08 tháng 7 năm 20 25", "Tân Lập", "2025-07-08"),
])
def test_place_and_date_damaged_by_ocr(line: str, place: str, iso: str) -> None:
    d = vbcd.parse(_doc(place_date=line))
    assert d.issue_place is not None and d.issue_place.value == place
    assert d.issue_date is not None and d.issue_date.value == iso


def test_sentence_after_a_full_stop_is_no_place() -> None:
    # ``. ngày`` is read only after a place-like run of capitalised words
    text = _doc(place_date="Nghệ An, ngày 05 tháng 3 năm 2025").replace(
        "Căn cứ Luật", "Kế hoạch được rà soát lại trong năm. ngày 09 tháng 4 năm 2025 Căn cứ Luật")
    d = vbcd.parse(text)
    assert d.issue_date is not None and d.issue_date.value == "2025-03-05"


# --- the national header ----------------------------------------------------------------


@pytest.mark.parametrize("national", [
    "CỘNG HOÀ XÃ HỘl CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘl CHỦ NGHlA VIỆT NAM",
])
def test_national_header_with_small_l_stays_out_of_the_issuer(national: str) -> None:
    d = vbcd.parse(_doc(national=national, issuer="UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ"))
    assert d.national_header is not None
    assert d.issuer is not None and d.issuer.value == "UBND TỈNH QUẢNG NGÃI SỞ Y TẾ"


def test_merged_header_line_with_small_l() -> None:
    text = _doc().replace(
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc",
        "UBND TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘl CHỦ NGHĨA VIỆT NAM\n"
        "SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc")
    d = vbcd.parse(text)
    assert d.issuer is not None and d.issuer.value == "UBND TỈNH ĐỒNG NAI SỞ TÀI CHÍNH"


@pytest.mark.parametrize("national", ["DANG CONG SAN VIET NAM", "ĐẢNG CỘNG SẢN VlỆT NAM"])
def test_party_header_damaged(national: str) -> None:
    text = (f"ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ ĐÔNG TIẾN\n*\n{national}\n"
            "Số 45-TB/ĐU\nĐông Tiến, ngày 15 tháng 8 năm 2025\n\nTHÔNG BÁO\n"
            "kết luận của Ban Thường vụ Đảng ủy\n\nNgày 12/8/2025, Ban Thường vụ Đảng ủy xã "
            "họp và kết luận như sau:\n1. Các chi bộ hoàn thành văn kiện.\n\nNơi nhận:\n"
            "- Các chi bộ;\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n"
            "Lê Thị Mai\n")
    d = vbcd.parse(text)
    assert d.family == "party"
    assert d.issuer is not None
    assert d.issuer.value == "ĐẢNG BỘ TỈNH THANH HÓA ĐẢNG ỦY XÃ ĐÔNG TIẾN"
