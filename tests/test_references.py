"""Cited documents (`vbcd.extract.references`), on snippets of real documents."""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd import parse
from vbcd.extract.references import find_references, reference_key
from vbcd.models import DateMention, Reference
from vbcd.normalize import normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

try:  # the date module is written in parallel; tests that need it skip without it
    from vbcd.extract.dates import find_dates
except ImportError:  # pragma: no cover
    find_dates = None


def dm(text: str, surface: str, value: str, nth: int = 0) -> DateMention:
    """A hand-built date mention for ``surface`` (its ``nth`` occurrence) in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return DateMention(start=start, end=start + len(surface), text=surface, value=value)


def refs(text: str, *dates: DateMention) -> list[Reference]:
    out = find_references(text, dates)
    for r in out:
        assert text[r.start:r.end] == r.text
    return out


def one(text: str, *dates: DateMention) -> Reference:
    out = refs(text, *dates)
    assert len(out) == 1, out
    return out[0]


# --- numbering grammars ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "number", "type_", "type_code", "organ_code", "year"),
    [
        ("theo Quyết định số 45/QĐ-UBND của tỉnh", "45/QĐ-UBND", "Quyết định", "QĐ", "UBND", None),
        ("Căn cứ Nghị định số 30/2020/NĐ-CP về công tác văn thư", "30/2020/NĐ-CP", "Nghị định",
         "NĐ", "CP", "2020"),
        ("Luật số 72/2025/QH15", "72/2025/QH15", "Luật", None, "QH15", "2025"),
        ("Thông tư số 01/2021/TT-BYT", "01/2021/TT-BYT", "Thông tư", "TT", "BYT", "2021"),
        ("Thông tư liên tịch số 03/2023/TTLT-BTC-BYT", "03/2023/TTLT-BTC-BYT",
         "Thông tư liên tịch", "TTLT", "BTC-BYT", "2023"),
        ("tại Công văn số 11654/VPCP-CN", "11654/VPCP-CN", "Công văn", None, "VPCP-CN", None),
        ("Kế hoạch số 06/KH-MTTW-BTT, ngày 22/7/2025", "06/KH-MTTW-BTT", "Kế hoạch", "KH",
         "MTTW-BTT", None),
        ("Nghị quyết\nsố 66.4/2025/NQ-CP đối với nội dung", "66.4/2025/NQ-CP", "Nghị quyết",
         "NQ", "CP", "2025"),
        ("Công văn số 3374/CCTKV02-NVDTPC", "3374/CCTKV02-NVDTPC", "Công văn", None,
         "CCTKV02-NVDTPC", None),
    ],
)
def test_state_numbers(snippet, number, type_, type_code, organ_code, year):
    r = one(snippet)
    assert (r.number, r.type, r.type_code, r.organ_code, r.year) == (
        number, type_, type_code, organ_code, year,
    )


@pytest.mark.parametrize(
    ("snippet", "number", "type_", "type_code", "organ_code"),
    [
        ("tại Thông báo số 123-TB/TU", "123-TB/TU", "Thông báo", "TB", "TU"),
        ("thực hiện Chỉ thị số 15-CT/TW", "15-CT/TW", "Chỉ thị", "CT", "TW"),
        ("theo 07-KL/VPTW", "07-KL/VPTW", "Kết luận", "KL", "VPTW"),
        ("Kế hoạch số 21-KH/ĐU, ngày 29/7/2025", "21-KH/ĐU", "Kế hoạch", "KH", "ĐU"),
        ("theo Hướng dẫn 36-HD/VPTW", "36-HD/VPTW", "Hướng dẫn", "HD", "VPTW"),
        ("Nghị quyết số 05-NQ/TW", "05-NQ/TW", "Nghị quyết", "NQ", "TW"),
        # Party `QĐi` is Quy định (HD 36), told apart from Quyết định `QĐ`
        ("Quy định số 11-QĐi/TW, ngày 18/02/2019 của Bộ\nChính trị", "11-QĐi/TW", "Quy định",
         "QĐi", "TW"),
        ("Văn bản số 14612-CV/VPTW", "14612-CV/VPTW", "Công văn", "CV", "VPTW"),
    ],
)
def test_party_numbers(snippet, number, type_, type_code, organ_code):
    r = one(snippet)
    assert (r.number, r.type, r.type_code, r.organ_code) == (number, type_, type_code, organ_code)


def test_type_inferred_from_code_without_word():
    assert one("thực hiện nghiêm 15/CT-TTg trên địa bàn").type == "Chỉ thị"
    assert one("như đã nêu tại 12-KL/TU").type == "Kết luận"
    assert one("thực hiện 10/2016/QĐ-UBND").type == "Quyết định"


def test_tt_is_thong_tu_in_state_and_thong_tri_in_party():
    assert one("theo 01/2021/TT-BYT").type == "Thông tư"
    assert one("theo 03-TT/TW").type == "Thông tri"


def test_cong_van_number_needs_the_word():
    # a công văn number has no type code: the type comes from the text, or, after a
    # ``số`` no word names, from the numbering (an organ and its unit: a letter's)
    assert one("văn bản số 1234/UBND-VX").type == "Công văn"
    assert one("Công văn số 5187/VPCP-CN, ngày 29/7/2021").type == "Công văn"
    assert one("theo số 15/UBND-VP").type == "Công văn"
    assert one("theo 15/UBND-VP").type is None


def test_generic_word_defers_to_the_type_code():
    # `văn bản` only says "a document": the BC code makes it a Báo cáo
    r = one("dân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 tháng 11 năm 2025) về tình")
    assert (r.type, r.text) == ("Báo cáo", "văn bản số 84/BC-UBND")
    assert one("Văn bản 661/TTr-BCA ngày 05/11/2025").type == "Tờ trình"


def test_number_without_so_after_type_word():
    r = one("quy định tại Nghị định 304/2025/NĐ-CP có hiệu lực")
    assert (r.text, r.type) == ("Nghị định 304/2025/NĐ-CP", "Nghị định")


@pytest.mark.parametrize(
    ("snippet", "type_", "text"),
    [
        ("Thực hiện Nghi quyết số 128/NQ-CP ngày", "Nghị quyết", "Nghi quyết số 128/NQ-CP"),
        ("Công\nvăn sổ 7937/VPCP-QHQT ngày", "Công văn", "Công\nvăn sổ 7937/VPCP-QHQT"),
        ("Côngvăn số 6670/BYT-MTngày 16/8/2021", "Công văn", "Côngvăn số 6670/BYT-MT"),
        ("Sở Tài nguyên và Môi trường tại Tờ trình so 8468/TTr-STNMT", "Tờ trình",
         "Tờ trình so 8468/TTr-STNMT"),
        ("Quyết định số 878/QD-BYT ngày 12/03/2020", "Quyết định", "Quyết định số 878/QD-BYT"),
    ],
)
def test_ocr_damage_around_the_number(snippet, type_, text):
    r = one(snippet)
    assert (r.type, r.text) == (type_, text)


def test_ocr_code_without_stroke_still_gives_the_type():
    # `QD` printed for `QĐ`, no type word
    assert one("thực hiện 878/QD-BYT").type == "Quyết định"


def test_glued_word_after_the_number_is_not_part_of_it():
    assert one("Côngvăn số 6670/BYT-MTngày 16/8/2021").number == "6670/BYT-MT"


# --- named acts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "text"),
    [
        ("Căn cứ tại Điều 34 Luật Doanh nghiệp\nsố 59/2020/QH14 quy định về tài sản góp vốn;",
         "Luật Doanh nghiệp\nsố 59/2020/QH14"),
        ("Căn cứ khoản 2 Điều 15 Luật Thuế giá\ntrị gia tăng số 48/2024/QH15 (có hiệu lực",
         "Luật Thuế giá\ntrị gia tăng số 48/2024/QH15"),
        ("- Luật Khoa học, công nghệ và\nđổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;",
         "Luật Khoa học, công nghệ và\nđổi mới sáng tạo số 93/2025/QH15"),
        ("Điều 198a Luật Các tổ chức tín dụng 2024 số 32/2024/QH15 được sửa đổi",
         "Luật Các tổ chức tín dụng 2024 số 32/2024/QH15"),
        ("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, "
         "ngày 25/6/2015", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số "
         "85/2015/QH13"),
    ],
)
def test_named_law_takes_its_type_from_the_title(snippet, text):
    r = one(snippet)
    assert (r.type, r.text) == ("Luật", text)


def test_law_title_does_not_reach_across_a_clause():
    # the `;` ends the phrase that began with `Luật`
    assert one("Căn cứ Luật Đất đai; số 45/2013/QH13").type is None


def test_type_word_before_a_colon_list():
    text = ("Căn cứ các Nghị quyết của\nQuốc hội: số 55/2010/QH12 ngày 24/11/2010 về miễn, "
            "giảm thuế; số 28/2016/QH14 ngày 11/11/2016")
    out = refs(text)
    assert [r.number for r in out] == ["55/2010/QH12", "28/2016/QH14"]
    assert out[0].type == "Nghị quyết"


# --- lists sharing one type word --------------------------------------------------------


def test_list_shares_the_type_word_and_each_keeps_its_date():
    text = ("nhất là Chỉ thị số 15/CT-TTg, ngày 27/3/2020, số 16-CT/TTg, ngày 31/3/2020, "
            "số 05/CT-TTg, ngày 28/01/2021 và các kết luận chỉ đạo")
    dates = [dm(text, "27/3/2020", "2020-03-27"), dm(text, "31/3/2020", "2020-03-31"),
             dm(text, "28/01/2021", "2021-01-28")]
    out = refs(text, *dates)
    assert [(r.number, r.type, r.date) for r in out] == [
        ("15/CT-TTg", "Chỉ thị", "2020-03-27"),
        ("16-CT/TTg", "Chỉ thị", "2020-03-31"),
        ("05/CT-TTg", "Chỉ thị", "2021-01-28"),
    ]
    assert [r.text for r in out] == ["Chỉ thị số 15/CT-TTg", "số 16-CT/TTg", "số 05/CT-TTg"]


def test_list_without_so():
    out = refs("các Nghị quyết số 01/NQ-CP, 02/NQ-CP của Chính phủ")
    assert [(r.number, r.type) for r in out] == [("01/NQ-CP", "Nghị quyết"),
                                                 ("02/NQ-CP", "Nghị quyết")]


def test_shared_word_names_a_code_less_number():
    # Laws carry no type code: the second item gets its type only from the list
    text = "Luật số 85/2015/QH13, ngày 25/6/2015 và số 83/2025/QH15"
    out = refs(text, dm(text, "25/6/2015", "2015-06-25"))
    assert [r.type for r in out] == ["Luật", "Luật"]


def test_list_ends_at_a_new_clause():
    text = "Chỉ thị số 35-CT/TW của Bộ Chính trị về tiếp dân; số 11/UBND-VP"
    out = refs(text)
    assert out[1].type == "Công văn"  # its numbering's, not the directive's


@pytest.mark.parametrize("sep", ["; ", ", ngày 12/3/2025; "])
def test_a_list_parted_by_semicolons_shares_its_type_word(sep: str) -> None:
    """``Công văn số A ngày D1; số B ngày D2 của X``: a bare ``số`` after a semicolon goes
    on with the list (type and issuer), unless the item before named its issuer."""
    text = f"Căn cứ Công văn số 1234/UBND-KT{sep}số 1250/UBND-KT ngày 14/3/2025 của UBND tỉnh"
    out = parse("Số: 1/SXD-QLN\nV/v xây dựng\nKính gửi: Sở Y tế.\n" + text
                + ", Sở Xây dựng đề nghị:\n1. Các đơn vị thực hiện.\n").references
    assert [(r.number, r.type, r.issuer) for r in out] == [
        ("1234/UBND-KT", "Công văn", "UBND tỉnh"), ("1250/UBND-KT", "Công văn", "UBND tỉnh")]
    out = refs("Chỉ thị số 35-CT/TW của Bộ Chính trị; số 11/UBND-VP của UBND tỉnh")
    assert out[1].type == "Công văn"  # its numbering's, not the directive's


# --- stray spaces ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "number", "text"),
    [
        ("số 2033 -TB/TU ngày 12-02-2020", "2033-TB/TU", "số 2033 -TB/TU"),
        ("số 2033- TB/TU ngày 12-02-2020", "2033-TB/TU", "số 2033- TB/TU"),
        ("Chỉ thị số 15 /CT-TTg", "15/CT-TTg", "Chỉ thị số 15 /CT-TTg"),
        ("Số:10988/BNV-CQĐP được gửi lại", "10988/BNV-CQĐP", "Số:10988/BNV-CQĐP"),
        ("Nghị quyết số 27/NQ- TW ngày 09/11/2022", "27/NQ-TW", "Nghị quyết số 27/NQ- TW"),
        ("Quyết định số 30/2025/QĐ-\nUBND ngày 30/9/2025", "30/2025/QĐ-UBND",
         "Quyết định số 30/2025/QĐ-\nUBND"),
        ("Quyết định số 3565 /QĐ -UBND ngày", "3565/QĐ-UBND", "Quyết định số 3565 /QĐ -UBND"),
    ],
)
def test_stray_spaces(snippet, number, text):
    # `Số:10988` is a citation here: not in a header (the snippet has a body before it)
    r = one("Như đã nêu.\n" * 16 + snippet)
    assert (r.number, r.text) == (number, text)


@pytest.mark.parametrize(
    ("snippet", "number", "text"),
    [
        ("Căn cứ Nghị định số 1 17/2018/NĐ-CP ngày 11/9/2018", "117/2018/NĐ-CP",
         "Nghị định số 1 17/2018/NĐ-CP"),
        ("Thực hiện Quyết định số 12 34/QĐ-UBND ngày", "1234/QĐ-UBND",
         "Quyết định số 12 34/QĐ-UBND"),
        ("Thực hiện Nghị quyết số 1 8-NQ/TW của", "18-NQ/TW", "Nghị quyết số 1 8-NQ/TW"),
    ],
)
def test_digits_split_by_a_stray_space_after_so(snippet, number, text):
    # OCR or a justified line splits the number's digits: only right after ``số``
    r = one(snippet)
    assert (r.number, r.text) == (number, text)


def test_digits_before_a_number_are_not_joined_without_so():
    assert one("tại Điều 1 17/2018/NĐ-CP").number == "17/2018/NĐ-CP"
    assert one("số 1234 567890/QĐ-UBND").number == "567890/QĐ-UBND"


def test_a_spaced_dash_does_not_take_the_next_word():
    r = one("theo số 15/UBND-VP - Văn phòng UBND tỉnh")
    assert r.number == "15/UBND-VP"
    assert one("theo số 01/TK-SDDPNN- Tờ khai").number == "01/TK-SDDPNN"


def test_codes_with_dot_and_ampersand():
    assert one("tại Công văn 11554/VPCP-V.I ngày").number == "11554/VPCP-V.I"
    assert one("tham gia ý kiến của Sở Tư pháp: số\n1890/STP-VB&TDTHPL ngày").number == (
        "1890/STP-VB&TDTHPL"
    )


# --- dates, years, issuers --------------------------------------------------------------


def test_date_and_issuer_after_the_number():
    text = ("Nghị quyết số 78/NQ-CP, ngày 20/7/2021 của Chính phủ về việc thực hiện các giải "
            "pháp cấp bách phòng, chống dịch Covid-19")
    r = one(text, dm(text, "ngày 20/7/2021", "2021-07-20"))
    assert (r.date, r.year, r.issuer) == ("2021-07-20", "2021", "Chính phủ")
    assert r.text == "Nghị quyết số 78/NQ-CP"


def test_long_date_and_ministerial_issuer():
    text = ("Căn cứ Thông tư số 01/2021/TT-BTNMT  ngày 12 tháng 4 năm 2021 của Bộ trưởng Bộ Tài "
            "nguyên và Môi trường quy định kỹ thuật việc lập")
    r = one(text, dm(text, "12 tháng 4 năm 2021", "2021-04-12"))
    assert (r.date, r.issuer) == ("2021-04-12", "Bộ trưởng Bộ Tài nguyên và Môi trường")


def test_issuer_stops_before_a_line_in_capitals():
    # a decision's title citing the act it amends, then the authority line in capitals
    text = ("Sửa đổi Quy định ban hành kèm theo Quyết định số 12/2023/QĐ-UBND ngày "
            "10/02/2023 của Ủy ban nhân dân tỉnh\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật")
    r = one(text, dm(text, "10/02/2023", "2023-02-10"))
    assert r.issuer == "Ủy ban nhân dân tỉnh"
    # on text with a letter of another alphabet (read token by token)
    text = text.replace("Căn cứ", "Căn cứ Ω")
    assert one(text, dm(text, "10/02/2023", "2023-02-10")).issuer == "Ủy ban nhân dân tỉnh"
    # a name wrapped over two lines in its own letter case goes on
    text = "theo Công văn số 45/SYT-NVY của Sở Y tế\ntỉnh Nghệ An về việc"
    assert one(text).issuer == "Sở Y tế tỉnh Nghệ An"
    text = "THEO CÔNG VĂN SỐ 45/SYT-NVY CỦA SỞ Y TẾ\nTỈNH NGHỆ AN VỀ VIỆC"
    assert one(text).issuer == "SỞ Y TẾ TỈNH NGHỆ AN"


def test_issuer_before_the_date():
    text = "Quyết định số 878/QD-BYT của Bộ Y tế ngày 12/3/2020 ban hành"
    r = one(text, dm(text, "12/3/2020", "2020-03-12"))
    assert (r.issuer, r.date) == ("Bộ Y tế", "2020-03-12")


def test_a_date_further_away_is_not_the_signing_date():
    text = "Kế hoạch số 24/KH-UBND của UBND tỉnh thực hiện từ ngày 14/8/2025"
    r = one(text, dm(text, "14/8/2025", "2025-08-14"))
    assert r.date is None and r.year is None
    assert r.issuer == "UBND tỉnh"


def test_a_date_opening_the_next_sentence_is_not_the_signing_date():
    # a Party notice's title cites an act; the preamble opens with the meeting date
    text = ("về việc triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
            "Ngày 10/3/2025, Ban Thường vụ Huyện ủy họp")
    r = one(text, dm(text, "Ngày 10/3/2025", "2025-03-10"))
    assert (r.date, r.issuer) == (None, "Bộ Chính trị")
    text = "về việc triển khai Nghị quyết số 57-NQ/TW\nNgày 10/3/2025, Ban Thường vụ họp"
    assert one(text, dm(text, "Ngày 10/3/2025", "2025-03-10")).date is None
    # a citation wrapped before its date goes on: in small letters, or all in capitals
    text = "Nghị quyết số 57-NQ/TW\nngày 22/12/2024 của Bộ Chính trị"
    assert one(text, dm(text, "ngày 22/12/2024", "2024-12-22")).date == "2024-12-22"
    text = "KẾ HOẠCH SỐ 119-KH/TU\nNGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ"
    r = one(text, dm(text, "NGÀY 18 THÁNG 12 NĂM 2019", "2019-12-18"))
    assert r.date == "2019-12-18"


def test_year_from_the_date_when_the_number_has_none():
    text = "Thông báo số 2032-TB/TU ngày 10-02-2020"
    assert one(text, dm(text, "10-02-2020", "2020-02-10")).year == "2020"


@pytest.mark.parametrize(
    ("snippet", "date", "issuer"),
    [
        ("Chỉ thị số 04-CT/TU, ngày 30/12/2020 của Ban Thường vụ Tỉnh ủy, các công điện",
         "30/12/2020", "Ban Thường vụ Tỉnh ủy"),
        ("Nghị quyết số 02-NQ/TU, ngày 02/12/2020 của Tỉnh ủy và Nghị quyết số", "02/12/2020",
         "Tỉnh ủy"),
        ("Quyết định số 23/2021/QĐ-TTg, ngày 07/7/2021 của Thủ tướng Chính phủ quy định về việc",
         "07/7/2021", "Thủ tướng Chính phủ"),
        ("Quyết định số 30/2025/QĐ-UBND ngày 30/9/2025 của Ủy ban nhân dân tỉnh Bắc Ninh Ban "
         "hành Quy định", "30/9/2025", "Ủy ban nhân dân tỉnh Bắc Ninh"),
        ("Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về", "19/6/2025",
         "Ban Chỉ đạo Trung ương"),
        ("Quyết định số\n1740/QĐ-UBND ngày 30/6/2025 của Chủ tịch UBND tỉnh\nĐiều 4. Chánh",
         "30/6/2025", "Chủ tịch UBND tỉnh"),
        ("Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ trưởng Bộ Tài chính quy định về",
         "25/3/2015", "Bộ trưởng Bộ Tài chính"),
    ],
)
def test_issuer_is_bounded(snippet, date, issuer):
    day, month, year = (int(x) for x in date.split("/"))
    r = one(snippet, dm(snippet, date, f"{year:04d}-{month:02d}-{day:02d}"))
    assert r.issuer == issuer
    assert r.date == f"{year:04d}-{month:02d}-{day:02d}"


def test_issuer_needs_the_date_to_be_known():
    # dates are the date module's: without them, `ngày ...` ends the citation
    assert one("Chỉ thị số 04-CT/TU, ngày 30/12/2020 của Ban Thường vụ Tỉnh ủy").issuer is None


def test_issuer_from_an_unambiguous_organ_code():
    assert one("Chỉ thị số 15/CT-TTg").issuer == "Thủ tướng Chính phủ"
    assert one("Nghị quyết số 37/2021/QH15").issuer == "Quốc hội"
    assert one("Chỉ thị số 16-CT/TTg").issuer == "Thủ tướng Chính phủ"
    # `TW` is numbered by three organs: no guess
    assert one("Kết luận số 21-KL/TW").issuer is None


def test_issuer_and_date_written_before_the_citation():
    text = ("2. Ngày 16/6/2025, Quốc hội\nđã thông qua Luật Tổ chức chính quyền địa phương số "
            "72/2025/QH15 với những quy định mới")
    r = one(text, dm(text, "Ngày 16/6/2025", "2025-06-16"))
    assert (r.type, r.date, r.issuer) == ("Luật", "2025-06-16", "Quốc hội")

    text = ("khu.\nNgày 28 tháng 10 năm 2025, Chủ\ntịch Ủy ban nhân dân Thành phố đã ban hành "
            "Công văn số 3280/UBND-VX về việc")
    r = one(text, dm(text, "Ngày 28 tháng 10 năm 2025", "2025-10-28"))
    assert (r.type, r.date, r.issuer) == (
        "Công văn", "2025-10-28", "Chủ tịch Ủy ban nhân dân Thành phố",
    )


def test_issuer_from_a_proposal():
    text = ("Xét đề nghị của Thường trực Hội đồng nhân dân thành phố Đà Nẵng tại Tờ trình số "
            "10/TTr-HĐND ngày 14 tháng 4 năm 2026")
    assert one(text).issuer == "Thường trực Hội đồng nhân dân thành phố Đà Nẵng"
    # a notice conveys someone's direction but is the Office's document
    text = ("theo chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 22/TB-VPCP, ngày "
            "30/01/2021 bảo đảm")
    assert one(text).issuer == "Văn phòng Chính phủ"


# --- the document's own number ------------------------------------------------------------


def test_header_number_is_not_a_citation_but_the_same_form_later_is():
    head = "UBND TỈNH QUẢNG NINH\nSỞ Y TẾ\nSố: 45/QĐ-UBND\nHạ Long, ngày 04 tháng 02 năm 2021\n"
    body = "Nội dung.\n" * 20 + "Số: 46/QĐ-UBND\n"
    out = refs(head + body)
    assert [r.number for r in out] == ["46/QĐ-UBND"]


def test_party_header_number_without_colon_and_ocr_header():
    assert refs("TỈNH ỦY QUẢNG NINH\n*\nSố 123-TB/TU\nHạ Long, ngày 04 tháng 02 năm 2021\n") == []
    assert refs("BỘ Y TẾ\nsốl 0688/BYT-MT Hà Nội, ngày 16 tháng 12 năm 2021\n") == []
    assert refs("| Số: 31/CT-TTg | Hà Nội, ngày 28 tháng 11 năm 2012 |") == []


def test_header_after_a_crawled_summary():
    summary = "Tóm tắt văn bản.\n" * 30
    header = ("CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
              "Số: 389/NQ-CP\n\nHà Nội, ngày 02 tháng 12 năm 2025\n")
    assert refs(summary + header) == []


def test_header_title_citing_another_document_is_kept():
    text = "UBND TỈNH X\nSố: 45/UBND-VP\nV/v thực hiện Công văn số 12/BYT-MT của Bộ Y tế\n"
    assert [r.number for r in refs(text)] == ["12/BYT-MT"]


# --- not references -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "snippet",
    [
        "ngày 20/7/2021",
        "trực 24/24h",
        "62/63 tỉnh, thành phố",
        "dịch COVID-19 và Covid-19/2020",
        "điện thoại 0203.3835.111",
        "khoản 1.1. Điều 2",
        "tăng 10,05% so với",
        "đạt chuẩn ISO 9001:2015",
        "V/v tăng cường phòng, chống dịch",
        "giai đoạn 2021-2025/2030",
        "ngày 12-02-2020",
        "(trên tờ khai 05/KK-TNCN)",
        "theo Mẫu số 01/TK-SDDPNN",
        "theo Phụ lục số 02/PL-KH kèm theo",
        "HIV/AIDS",
    ],
)
def test_not_references(snippet):
    assert refs("Nội dung.\n" * 16 + snippet) == []


@pytest.mark.parametrize(
    ("snippet", "kind"),
    [
        ("Theo Hợp đồng số 12/2024/HĐKT ngày 05/3/2024 giữa hai bên", "Hợp đồng"),
        ("tại Giấy phép khai thác khoáng sản số 199/GP-BNNMT ngày", "Giấy phép"),
        ("không có Bản án số 159/2022/HSST ngày 24/5/2022 của", "Bản án"),
        ("được cấp Giấy chứng nhận thẩm duyệt thiết kế về PCCC số 123/TD-PCCC ngày",
         "Giấy chứng nhận"),
    ],
)
def test_contracts_licences_and_judgments_are_typed(snippet, kind):
    assert one(snippet).type == kind


# --- robustness and the whole corpus ------------------------------------------------------


def test_empty_and_odd_input():
    assert find_references("") == []
    assert find_references("số") == []
    assert find_references("số 12/") == []
    # dates outside the text are ignored rather than crashing
    bad = DateMention(start=50, end=60, text="x", value="2020-01-01")
    assert one("Quyết định số 12/QĐ-UBND", bad).date is None


def test_nfd_input_still_reads_the_number():
    import unicodedata

    text = unicodedata.normalize("NFD", "Quyết định số 12/QĐ-UBND")
    r = one(text)
    assert r.number.startswith("12/Q")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="số 0123456789/-.,:;QĐCTBUNDKLHtgvăn\nNghị quyết", max_size=200))
def test_never_crashes_and_spans_slice(text):
    for r in find_references(text):
        assert text[r.start:r.end] == r.text
        assert r.number.strip()
        assert r.start < r.end


def _fixtures() -> list[Path]:
    return sorted(CORPUS.glob("*/*.txt"))


@cache
def _text(path: Path) -> str:
    return normalize(path.read_text(encoding="utf-8")).text


@cache
def _dates_of(path: Path) -> tuple[DateMention, ...]:
    return tuple(find_dates(_text(path))) if find_dates is not None else ()


def _found(path: Path) -> list[Reference]:
    return find_references(_text(path), _dates_of(path))


def test_every_fixture_slices_and_has_numbers():
    paths = _fixtures()
    assert paths
    for path in paths:
        text = _text(path)
        # dates for the annotated documents only: the silver ones test the spans
        out = find_references(text) if path.parent.name == "silver" else _found(path)
        assert [r.start for r in out] == sorted(r.start for r in out), path.name
        for r in out:
            assert text[r.start:r.end] == r.text, path.name
            assert r.number and not regex.search(r"\s", r.number), (path.name, r.number)


def _gold() -> list[tuple[Path, dict[str, object]]]:
    out = []
    for gold in sorted(CORPUS.glob("*/gold/*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        if "references" in data:
            out.append((gold.parent.parent / (gold.stem + ".txt"), data))
    return out


def test_gold_numbers_and_types_are_found():
    """Every annotated citation of the seed and dev documents, with its type."""
    missed, wrong_type = [], []
    cases = _gold()
    assert cases
    for path, data in cases:
        found: dict[str, Reference] = {}
        for r in _found(path):
            found.setdefault(reference_key(r.number), r)
        for g in data["references"]:  # type: ignore[union-attr]
            r = found.get(reference_key(g["number"]))
            if r is None:
                missed.append((path.name, g["number"]))
            elif r.type != g.get("type"):
                wrong_type.append((path.name, g["number"], r.type))
    assert not missed
    assert not wrong_type


def test_documents_without_citations_give_none():
    for path, data in _gold():
        if data["references"] == []:
            assert _found(path) == [], path.name


@pytest.mark.skipif(find_dates is None, reason="vbcd.extract.dates not available")
def test_gold_dates_with_find_dates():
    total = right = 0
    for path, data in _gold():
        found: dict[str, str | None] = {}
        for r in _found(path):
            key = reference_key(r.number)
            if found.get(key) is None:
                found[key] = r.date
        for g in data["references"]:  # type: ignore[union-attr]
            total += 1
            right += found.get(reference_key(g["number"])) == g.get("date")
    assert right / total >= 0.9


def test_reference_key_merges_printings():
    assert reference_key("1246/QD-BYT") == reference_key("1246/QĐ-BYT")
    assert reference_key("2033 -TB/TU") == reference_key("2033-tb/tu")
    assert reference_key("12/QĐ-UBND") != reference_key("13/QĐ-UBND")


# --- linear time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "số 1/",
        "1-",
        "1-TB/",
        "1/AB-",
        "Nghị quyết số ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/QĐ-UBND\n",
    ],
)
def test_linear_time_on_adversarial_megabyte(unit):
    _assert_linear(unit, 1_000_000)


@pytest.mark.timing
def test_linear_time_on_dense_citations():
    # a citation every 20 characters: each costs a bounded amount of reading around it
    _assert_linear("số 1 - AB / CD - EF, ", 400_000)


def _assert_linear(unit: str, size: int) -> None:
    small = unit * (size // 10 // len(unit))
    big = unit * (size // len(unit))
    t0 = time.perf_counter()
    find_references(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    find_references(big)
    t_big = time.perf_counter() - t0
    assert t_big < 60
    # ten times the text must not cost much more than ten times the time
    assert t_big < 30 * t_small + 2.0


# --- reading the text is reading its bare copy ------------------------------------------------
#
# The patterns read the text itself (other than Vietnamese letters with diacritics made
# bare), each letter of a bare word standing for the letters that lose their marks to it.
# These tests hold that to matching the bare copy, character by character and over texts.


def _bmp_sample() -> str:
    """Every character of the first planes where letters and their cases live."""
    ranges = [(0x20, 0x3000), (0xA640, 0xA800), (0xFB00, 0xFB07), (0xFF21, 0xFF5B)]
    return "".join(chr(c) for a, b in ranges for c in range(a, b) if not 0xD800 <= c < 0xE000)


def test_letter_classes_match_what_the_bare_copy_matches() -> None:
    from vbcd.extract import references as R

    chars = _bmp_sample()
    readable = R._readable(chars)
    bare = R._bare(chars)
    assert len(readable) == len(bare) == len(chars)
    for x in "abcdefghijklmnopqrstuvwxyz":
        for flags in (0, regex.IGNORECASE):
            ours = regex.compile(R._lit(x), flags)
            theirs = regex.compile(regex.escape(x), flags)
            got = [m.start() for m in ours.finditer(readable)]
            want = [m.start() for m in theirs.finditer(bare)]
            assert got == want, (x, flags)
    # and the other classes the patterns use are blind to the diacritics
    for cls in (r"\p{L}", r"\p{Lu}", r"\p{Ll}", r"\w", r"\d", r"\s", r"\S"):
        for flags in (0, regex.IGNORECASE):
            p = regex.compile(cls, flags)
            assert [m.start() for m in p.finditer(readable)] == [
                m.start() for m in p.finditer(bare)], cls
    assert [m.start() for m in regex.finditer(R._AZ, readable)] == [
        m.start() for m in regex.finditer("[a-z]", bare)]


def test_every_number_start_is_a_candidate_on_the_fixtures() -> None:
    from vbcd.extract import references as R
    from vbcd.extract import textscan

    for path in _fixtures()[::3]:
        text = _text(path)
        low = textscan.prepared(textscan.folded(text)).low
        if low is None:
            continue
        starts = set(R._number_starts(low))
        for m in R._NUMBER.finditer(R._readable(text)):
            assert m.start() in starts, (path.name, m.group())
        assert [m.span() for m in R._numbers(R._readable(text), low)] == [
            m.span() for m in R._NUMBER.finditer(R._readable(text))]


_NUMBER_SOUP = ["số", "Số", "sổ", "so", " ", "  ", "   ", "\t", "\n", "12", "1234567", "45",
                "2021", ".5", ".", "a", "đ", "ă", "/", "-", " /", "- ", "QĐ", "UBND", "TW",
                "TTg", "NQ", "x", ",", "(", "²"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_SOUP), max_size=40))
def test_numbers_are_found_where_the_whole_scan_finds_them(parts: list[str]) -> None:
    from vbcd.extract import references as R
    from vbcd.extract import textscan

    text = "".join(parts)
    low = textscan.prepared(textscan.folded(text)).low
    readable = R._readable(text)
    want = [m.span() for m in R._NUMBER.finditer(readable)]
    assert [m.span() for m in R._numbers(readable, low)] == want


def test_national_header_on_the_lower_case_copy() -> None:
    from vbcd.extract import references as R
    from vbcd.extract import textscan

    assert R._NATIONAL_LOW is not None
    for path in _fixtures()[::4]:
        folded = textscan.folded(_text(path))
        low = textscan.prepared(folded).low
        if low is None:
            continue
        assert [m.span() for m in R._NATIONAL_LOW.finditer(low)] == [
            m.span() for m in R._NATIONAL.finditer(folded)]


def test_foreign_letters_are_made_bare_where_they_stand() -> None:
    """Letters with diacritics Vietnamese does not write are made bare in place (the
    rest of the text is left as it is, not translated character by character)."""
    from vbcd.extract.references import _OTHER_MARKED, _readable

    text = "Công văn số 12/BNG-LS gửi Đại sứ quán tại España, Köln; ngày 3/4/2024. " * 50
    assert _readable(text) == text.translate(_OTHER_MARKED)
    assert "Espana, Koln" in _readable(text)
    plain = "Quyết định số 45/QĐ-UBND của Ủy ban nhân dân tỉnh"
    assert _readable(plain) is plain


def test_a_code_segment_with_a_dot_before_digits() -> None:
    """Tax regions number their letters ``CCTKV.05``: the dot joins the digits."""
    text = "Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025."
    got = find_references(text, find_dates(text) if find_dates is not None else ())
    assert [(r.number, r.type) for r in got] == [("4814/CCTKV.05-TTKT3", "Công văn")]


def test_an_en_dash_between_the_codes_of_a_cited_number_is_a_dash() -> None:
    text = "Căn cứ Công văn số 4144/GDĐT – VP ngày 5/11/2018 của Sở Giáo dục và Đào tạo."
    assert [(r.text, r.number) for r in find_references(text)] == [
        ("Công văn số 4144/GDĐT – VP", "4144/GDĐT-VP")]


def test_an_en_dash_after_a_cited_party_number_is_its_dash() -> None:
    """``Thông báo số 125–TB/TU``, ``Kết luận số 45 – KL/TW`` (a word processor's en dash
    for the hyphen): Party numbers, found by the fast scan as by the full one."""
    text = ("Thực hiện Thông báo số 125–TB/TU ngày 18/8/2025 của Ban Thường vụ Tỉnh ủy và "
            "Kết luận số 45 – KL/TW ngày 12/3/2025 của Ban Bí thư; giai đoạn 2021 – 2025.")
    assert [(r.number, r.type) for r in parse(text).references] == [
        ("125-TB/TU", "Thông báo"), ("45-KL/TW", "Kết luận")]


def test_an_issuer_whose_name_holds_a_dash_is_read_whole() -> None:
    """``Bộ Lao động - Thương binh và Xã hội``: a dash inside the name goes on; a dash
    before another organ's head (``UBND tỉnh - Sở Y tế``) ends it."""
    import vbcd

    doc = vbcd.parse("Thực hiện Công văn số 2717/LĐTBXH-PC ngày 08 tháng 8 năm 2012 của Bộ "
                     "Lao động - Thương binh và Xã hội về việc tuyên truyền pháp luật.")
    assert [r.issuer for r in doc.references] == ["Bộ Lao động - Thương binh và Xã hội"]
    doc = vbcd.parse("Căn cứ Quyết định số 12/QĐ-UBND ngày 08/8/2012 của UBND tỉnh - Sở Y tế "
                     "có trách nhiệm thực hiện.")
    assert [r.issuer for r in doc.references] == ["UBND tỉnh"]


def test_old_numbers_of_one_code_after_so() -> None:
    """``Quyết định số 118/TTg``, ``Nghị định số 61/CP``: numbers of the years before the
    type-organ form, read only right after ``số``; a fraction-like ``12/TTg`` elsewhere
    is not a citation."""
    refs = find_references("Căn cứ Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng "
                           "Chính phủ; Nghị định số 61/CP ngày 5/7/1994 của Chính phủ.")
    assert [(r.number, r.type, r.issuer) for r in refs] == [
        ("118/TTg", "Quyết định", "Thủ tướng Chính phủ"), ("61/CP", "Nghị định", "Chính phủ")]
    assert find_references("tỷ lệ 12/TTg trong năm") == []


def test_old_state_numbers_number_dash_issuer() -> None:
    """``Quyết định số 169-CP``, ``Nghị định 404-CP``, ``Chỉ thị 299-TTg``: State numbers
    before about 2000 were number-issuer; read right after a type word or ``số`` and
    only with an issuer code, so other dashed numbers stay what they are."""
    import vbcd

    refs = vbcd.parse("Căn cứ Quyết định số 169-CP ngày 24/6/1977 của Hội đồng Chính "
                      "phủ; Nghị định 404-CP ngày 09/11/1979; Chỉ thị 299-TTg; "
                      "Quyết định 217-HĐBT ngày 19/6/1990.").references
    assert [(r.number, r.type, r.organ_code, r.issuer) for r in refs] == [
        ("169-CP", "Quyết định", "CP", "Hội đồng Chính phủ"),
        ("404-CP", "Nghị định", "CP", "Chính phủ"),
        ("299-TTg", "Chỉ thị", "TTg", "Thủ tướng Chính phủ"),
        ("217-HĐBT", "Quyết định", "HĐBT", "Hội đồng Bộ trưởng")]
    assert find_references("khoảng 15-CP đơn vị; mã 3-TTg trong bảng") == []


def test_the_next_recital_run_on_ends_the_issuer() -> None:
    refs = find_references("Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài "
                           "chính Xét đề nghị của Cục Thuế tỉnh;")
    assert [r.issuer for r in refs] == ["Bộ Tài chính"]


def test_a_split_legislature_number_and_a_small_type_word_after_the_issuer() -> None:
    """``04/2012/UBTVQH 13``: the legislature's number split from its code by a stray
    space is part of the number; a document type or a title's verb written small after
    the issuer (``của Chính phủ nghị định về``, ``của UBND tỉnh phân cấp``) ends it."""
    import vbcd

    cited = vbcd.parse("Căn cứ Pháp lệnh số 04/2012/UBTVQH 13 ngày 16 tháng 7 năm 2012 "
                       "của Ủy ban Thường vụ Quốc hội;").references
    assert [(r.number, r.date) for r in cited] == [("04/2012/UBTVQH13", "2012-07-16")]
    cited = vbcd.parse("theo Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ nghị "
                       "định về xử lý kỷ luật; Quyết định số 59/2024/QĐ-UBND ngày 09/12/2024 "
                       "của Ủy ban nhân dân tỉnh phân cấp thẩm quyền quyết định").references
    assert [r.issuer for r in cited] == ["Chính phủ", "Ủy ban nhân dân tỉnh"]


def test_an_issuer_in_a_title_in_capitals() -> None:
    """A title in capitals cites ``... CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ ...``: the issuer is
    read up to the stop word in capitals; one an organ code names reads as that name."""
    import vbcd

    cited = vbcd.parse(
        "THỰC HIỆN KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY "
        "VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG "
        "ĐẢNG VỀ TĂNG CƯỜNG; NGHỊ ĐỊNH SỐ 12/2020/NĐ-CP NGÀY 5/3/2020 CỦA CHÍNH PHỦ VỀ").references
    assert [r.issuer for r in cited] == [
        "BAN THƯỜNG VỤ TỈNH ỦY", "BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG", "Chính phủ"]


def test_the_issuer_before_a_list_of_citations_and_after_a_semicolon() -> None:
    """``Xét đề nghị của Bộ X tại Tờ trình số ...; của Ủy ban nhân dân Y tại Tờ trình số
    ..., các văn bản số ..., số ... và Báo cáo số ...``: the link noun holds after the
    semicolon, and the citations listed after the first share its issuer."""
    import vbcd

    cited = vbcd.parse(
        "Xét đề nghị của Bộ Nội vụ tại Tờ trình số 4017/TTr-BNV ngày 24 tháng 4 năm 2026; "
        "của Ủy ban nhân dân tỉnh Lào Cai tại Tờ trình số 83/TTr-UBND ngày 31 tháng 3 năm "
        "2026, các văn bản số 1407/UBND-NC ngày 10 tháng 4 năm 2026, số 1446/UBND-NC ngày 15 "
        "tháng 4 năm 2026 và Báo cáo số 139/BC-UBND ngày 20 tháng 4 năm 2026;").references
    assert [(r.number, r.issuer) for r in cited] == [
        ("4017/TTr-BNV", "Bộ Nội vụ"), ("83/TTr-UBND", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("1407/UBND-NC", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("1446/UBND-NC", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("139/BC-UBND", "Ủy ban nhân dân tỉnh Lào Cai")]


def test_a_law_whose_title_ends_with_phap_luat() -> None:
    """``Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15``: the small ``luật`` of
    ``pháp luật`` ends the title; the citation opens at the type word. ``pháp luật số``
    with no law before it in its clause stays as it was."""
    text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi;"
    (ref,) = find_references(text)
    assert (ref.text, ref.type) == (
        "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Luật")
    (ref,) = find_references("Căn cứ Nghị định. Theo pháp luật số 12/2020/QH14.")
    assert ref.text == "luật số 12/2020/QH14"


def test_an_issuer_written_after_a_pair_of_citations() -> None:
    """``công văn số 1108/... ngày ... và công văn số 1701/... ngày ... của Thuế tỉnh Quảng
    Ninh``: the first of a listed pair shares the issuer written after the second; a
    citation whose code names its own issuer keeps it."""
    import vbcd

    cited = vbcd.parse(
        "Cục Thuế nhận được công văn số 1108/QNI-QLDN2 ngày 22/9/2025 và công văn số "
        "1701/QNI-QLDN2 ngày 24/10/2025 của Thuế tỉnh Quảng Ninh. Căn cứ Nghị định số "
        "12/2020/NĐ-CP ngày 5/3/2020, Thông tư số 5/2021/TT-BTC ngày 1/2/2021 của Bộ Tài "
        "chính;").references
    assert [(r.number, r.issuer) for r in cited] == [
        ("1108/QNI-QLDN2", "Thuế tỉnh Quảng Ninh"), ("1701/QNI-QLDN2", "Thuế tỉnh Quảng Ninh"),
        ("12/2020/NĐ-CP", "Chính phủ"), ("5/2021/TT-BTC", "Bộ Tài chính")]


@pytest.mark.parametrize("text, numbers", [
    ("Thực hiện các công văn số 614, 615, 616-CV/VPTW ngày 21/4/2011 của Văn phòng Trung ương",
     ["614-CV/VPTW", "615-CV/VPTW", "616-CV/VPTW"]),
    ("theo các Thông báo số 45 và 46/TB-VPCP ngày 1/2/2020",
     ["45/TB-VPCP", "46/TB-VPCP"]),
    ("Căn cứ các Quyết định số 7, 8/2021/QĐ-UBND của UBND tỉnh",
     ["7/2021/QĐ-UBND", "8/2021/QĐ-UBND"]),
])
def test_numbers_listed_before_the_one_that_carries_their_codes(
        text: str, numbers: list[str]) -> None:
    refs = find_references(text, find_dates(text))
    assert [r.number for r in refs] == numbers
    assert len({(r.type, r.date, r.issuer) for r in refs}) == 1  # all share them
    assert refs[0].text.endswith(numbers[0].split("/")[0].split("-")[0])
    for r in refs:
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("text, numbers", [
    ("trong tháng 5, 6/2020 các đơn vị báo cáo", []),
    ("tại Điều 5, 6 Quyết định số 12/QĐ-UBND", ["12/QĐ-UBND"]),
    ("các khoản 2, 3/TB-VPCP", ["3/TB-VPCP"]),
])
def test_numbers_without_a_so_before_them_are_no_list(text: str, numbers: list[str]) -> None:
    assert [r.number for r in find_references(text, find_dates(text))] == numbers


@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh "
     "và Xã hội về việc triển khai", "Bộ Lao động, Thương binh và Xã hội"),
    ("theo Công văn số 12/SVHTTDL-VP ngày 2/3/2020 của Sở Văn hóa, Thể thao và Du lịch; ",
     "Sở Văn hóa, Thể thao và Du lịch"),
    # a comma that is no part of a sector name still ends the organ
    ("theo Công văn số 12/SLĐTBXH ngày 2/3/2020 của Sở Lao động, Sở Y tế", "Sở Lao động"),
    # the closing ``)./.`` of a document is no part of the issuer
    ("(Gửi kèm Công văn số 1016/BTNMT-TCMT ngày 22/3/2013 của Bộ Tài nguyên và Môi "
     "trường)./.", "Bộ Tài nguyên và Môi trường"),
    # an adverb of the sentence ends it
    ("thanh toán theo Nghị định số 75/2023/NĐ-CP của \nChính phủ xong trước ngày 01 tháng 5",
     "Chính phủ"),
])
def test_an_issuer_with_a_comma_inside_its_sector_name(text: str, issuer: str) -> None:
    (ref,) = find_references(text, find_dates(text))
    assert ref.issuer == issuer


def test_a_date_written_after_a_list_of_numbers_each_with_so() -> None:
    text = ("(Gửi kèm Công văn số 1017/BTNMT-TCMT, số 1016/BTNMT-TCMT ngày 22/3/2013 của "
            "Bộ Tài nguyên và Môi trường)./.")
    refs = find_references(text, find_dates(text))
    assert [(r.number, r.date, r.issuer) for r in refs] == [
        ("1017/BTNMT-TCMT", "2013-03-22", "Bộ Tài nguyên và Môi trường"),
        ("1016/BTNMT-TCMT", "2013-03-22", "Bộ Tài nguyên và Môi trường")]
    # a number whose own year differs was not signed that day
    text = "Căn cứ Quyết định số 10/2012/QĐ-UBND, số 11/2013/QĐ-UBND ngày 1/2/2013 của UBND tỉnh"
    assert [r.date for r in find_references(text, find_dates(text))] == [None, "2013-02-01"]


def test_a_number_typed_with_cyrillic_lookalikes_is_the_latin_number() -> None:
    text = ("BỘ TÀI CHÍNH\nSố: 12/QĐ-BTC\nHà Nội, ngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
            "Về việc abc\nCăn cứ Thông tư số 06/2022/TT-B\u0422\u0421 ngày 08 tháng 02 năm "
            "2022 củ\u0430 Bộ trưởng Bộ Tài chính;\n")
    refs = parse(text).references
    assert [r.number for r in refs] == ["06/2022/TT-BTC"]
    assert (refs[0].issuer or "").endswith("Bộ Tài chính")


@pytest.mark.parametrize("text, issuer", [
    ("2. Nghị quyết số 06/2022/NQ-HĐND ngày 23/9/2022 của HĐND tỉnh hết hiệu lực kể từ "
     "ngày Nghị quyết này có hiệu lực thi hành.", "HĐND tỉnh"),
    # a long expiry phrase once made the whole organ phrase too long to be one
    ("Nghị quyết số 33/2019/NQ-HĐND ngày 12/12/2019 của Hội đồng nhân dân tỉnh Bắc Ninh "
     "hết hiệu lực thi hành kể từ ngày 01/01/2026.", "Hội đồng nhân dân tỉnh Bắc Ninh"),
])
def test_the_expiry_of_a_cited_act_is_no_part_of_its_issuer(text: str, issuer: str) -> None:
    """The effect article of a resolution or decision: ``... của X hết hiệu lực``."""
    (ref,) = find_references(text, find_dates(text))
    assert ref.issuer == issuer


@pytest.mark.parametrize("text, type_", [
    ("Thực hiện CV số 145/UBND-KT ngày 10/01/2025 của UBND tỉnh;", "Công văn"),
    ("Thực hiện Cv số 1234/SYT-NVY ngày 10/01/2025 của Sở Y tế;", "Công văn"),
    ("Thực hiện VB số 1234/SYT-NVY ngày 10/01/2025 của Sở Y tế;", "Công văn"),
    ("Thực hiện VB số 84/BC-UBND ngày 10/01/2025;", "Báo cáo"),  # generic: the code decides
    ("Theo TTr số 12/SNV ngày 10/01/2025 của Sở Nội vụ;", "Tờ trình"),
])
def test_a_type_abbreviated_before_the_number(text: str, type_: str) -> None:
    """``CV số``, ``VB số``, ``TTr số``: a number with no type code of its own."""
    (ref,) = find_references(text, find_dates(text))
    assert (ref.type, ref.date) == (type_, "2025-01-10")


def test_an_abbreviation_is_not_looked_back_for() -> None:
    """``Sở KH&ĐT`` holds the letters of ``KH`` (Kế hoạch): only the lead right before
    the number reads abbreviations."""
    text = "Theo công văn của Sở KH&ĐT số 45/SKHĐT-TH ngày 10/01/2025"
    # (not Kế hoạch: the number's organ and unit make it a letter)
    assert [r.type for r in find_references(text, find_dates(text))] == ["Công văn"]


def test_a_colon_between_the_type_word_and_so_opens_a_list() -> None:
    """``các văn bản: số A ngày D1, số B ngày D2 của X``: each is of that type."""
    text = ("Thực hiện các văn bản: số 1234/UBND-KT ngày 10/01/2025, số 1300/UBND-KT "
            "ngày 20/01/2025 của UBND tỉnh;")
    assert [(r.number, r.type, r.date) for r in find_references(text, find_dates(text))] == [
        ("1234/UBND-KT", "Công văn", "2025-01-10"), ("1300/UBND-KT", "Công văn", "2025-01-20")]


@pytest.mark.parametrize("text, number", [
    ("Thực hiện Công văn số 1234/UBND.KT ngày 10/01/2025 của UBND tỉnh;", "1234/UBND.KT"),
    ("Thực hiện Công văn số 45/SYT.NVY ngày 10/01/2025 của Sở Y tế;", "45/SYT.NVY"),
])
def test_a_cong_van_number_with_a_dot_for_the_dash(text: str, number: str) -> None:
    """Organ and unit joined by a dot: the whole is the number, and its date is read."""
    (ref,) = find_references(text, find_dates(text))
    assert (ref.number, ref.date) == (number, "2025-01-10")


def test_a_sentence_stop_after_an_old_number_is_not_part_of_it() -> None:
    text = "Căn cứ Quyết định số 118/TTg. Trong đó"
    assert [r.number for r in find_references(text, find_dates(text))] == ["118/TTg"]


@pytest.mark.parametrize("gap", [
    "được ban hành ngày", "đã ban hành ngày", "được ký ngày", "ngày ban hành",
    "được thông qua ngày"])
def test_the_signing_date_after_a_few_words(gap: str) -> None:
    """``Quyết định số 45/QĐ-UBND được ban hành ngày D``: the date is the citation's."""
    text = f"Quyết định số 45/QĐ-UBND {gap} 10/01/2025 của UBND tỉnh về việc ban hành Kế hoạch"
    (ref,) = find_references(text, find_dates(text))
    assert (ref.date, ref.issuer) == ("2025-01-10", "UBND tỉnh")


def test_an_effective_date_is_not_the_signing_date() -> None:
    text = "Quyết định số 45/QĐ-UBND có hiệu lực từ ngày 10/01/2025."
    (ref,) = find_references(text, find_dates(text))
    assert ref.date is None


@pytest.mark.parametrize("text, issuer", [
    ("Tuy nhiên, việc thực hiện Chỉ thị số 20/CT-UBND ngày 15/9/2023 của Chủ tịch UBND tỉnh "
     "ở một số địa phương còn hạn chế.", "Chủ tịch UBND tỉnh"),
    ("việc thực hiện Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ còn chậm.",
     "Chính phủ"),
    ("việc thực hiện Quyết định số 1234/QĐ-UBND ngày 10/4/2024 của UBND tỉnh vẫn chưa đạt "
     "yêu cầu.", "UBND tỉnh"),
])
def test_a_directives_report_on_an_acts_execution_is_no_part_of_its_issuer(
        text: str, issuer: str) -> None:
    """A directive's preamble reports how a cited act is carried out: ``... của X còn
    hạn chế``; the adverbs end the organ phrase."""
    (ref,) = find_references(text, find_dates(text))
    assert ref.issuer == issuer


@pytest.mark.parametrize("text", [
    # a plural type word: the listed documents were all signed that day
    "Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành "
    "Trung ương.",
    # the date said outright to be the list's
    "Thực hiện Nghị quyết số 18-NQ/TW và số 19-NQ/TW cùng ngày 25/10/2017 của Ban Chấp "
    "hành Trung ương.",
])
def test_a_list_shares_its_date_when_the_wording_says_so(text: str) -> None:
    refs = find_references(text, find_dates(text))
    assert [(r.number, r.date, r.issuer) for r in refs] == [
        ("18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương"),
        ("19-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương")]


def test_a_list_of_bare_numbers_keeps_no_shared_date_unless_of_a_party_plural() -> None:
    # each may have had its own date: only the last is known
    text = "Thực hiện Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành TW."
    assert [r.date for r in find_references(text, find_dates(text))] == [None, "2017-10-25"]
    # State numbers run day by day, plural or not
    text = "tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025"
    assert [r.date for r in find_references(text, find_dates(text))] == [None, None, "2025-11-19"]


def test_the_issuer_after_a_year_and_an_urgent_telegram() -> None:
    text = "Thực hiện Kế hoạch số 45/KH-UBND năm 2025 của UBND tỉnh về phòng, chống dịch."
    (ref,) = find_references(text, find_dates(text))
    assert (ref.issuer, ref.year, ref.date) == ("UBND tỉnh", "2025", None)
    text = "Thực hiện Điện khẩn số 05/ĐK-BCĐ ngày 20/7/2025 của Ban Chỉ huy."
    (ref,) = find_references(text, find_dates(text))
    assert ref.type == "Công điện"


def test_a_long_law_title_before_its_number_still_gives_the_type() -> None:
    """A state enterprise's decisions cite the law on state capital in enterprises,
    17 words of title between ``Luật`` and ``số``."""
    doc = parse("Căn cứ Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh "
                "tại doanh nghiệp số 69/2014/QH13 ngày 26 tháng 11 năm 2014;")
    assert [(r.number, r.type) for r in doc.references] == [("69/2014/QH13", "Luật")]


@pytest.mark.parametrize(("text", "number"), [
    ("Căn cứ Biên bản vi phạm hành chính số 12/BB-VPHC lập ngày 05/3/2025;", "12/BB-VPHC"),
    ("Căn cứ Biên bản làm việc số 12/BB-UBND được lập ngày 05/3/2025;", "12/BB-UBND"),
    ("Công trình có Giấy phép xây dựng số 123/GPXD cấp ngày 05/3/2025.", "123/GPXD"),
    ("Công ty có Giấy phép môi trường số 45/GPMT-UBND được cấp ngày 05/3/2025.",
     "45/GPMT-UBND"),
])
def test_a_record_drawn_up_or_a_permit_issued_on_its_day(text: str, number: str) -> None:
    """A record is drawn up (``lập``) and a permit issued (``cấp``) on the day that dates
    it: ``Biên bản ... số 12/BB-VPHC lập ngày D``, ``Giấy phép ... số 123/GPXD cấp ngày D``."""
    (ref,) = find_references(text, find_dates(text))
    assert (ref.number, ref.date) == (number, "2025-03-05")


@pytest.mark.parametrize("text", [
    "Căn cứ Biên bản vi phạm hành chính số 05/BB-VPHC lập hồi 21 giờ 30 phút ngày 15/01/2026;",
    "Căn cứ Biên bản vi phạm hành chính số 05/BB-VPHC lập lúc 21 giờ 30 phút, ngày 15/01/2026;",
])
def test_a_record_drawn_up_at_its_hour_is_dated(text: str) -> None:
    """A violation record is drawn up at an hour of its day (``lập hồi 21 giờ 30 phút
    ngày D``): the day still dates the record."""
    (ref,) = find_references(text, find_dates(text))
    assert (ref.number, ref.date) == ("05/BB-VPHC", "2026-01-15")


@pytest.mark.parametrize(("text", "number", "issuer"), [
    ("Căn cứ Biên bản vi phạm hành chính số 08/BB-VPHC do Thanh tra Sở Xây dựng lập ngày "
     "25/3/2026;", "08/BB-VPHC", "Thanh tra Sở Xây dựng"),
    ("Căn cứ Biên bản vi phạm hành chính số 08/BB-VPHC do Công an xã Tân Phú lập hồi 9 giờ "
     "ngày 25/3/2026;", "08/BB-VPHC", "Công an xã Tân Phú"),
    ("Công trình có Giấy phép xây dựng số 123/GPXD do UBND huyện Đông Anh cấp ngày 25/3/2026.",
     "123/GPXD", "UBND huyện Đông Anh"),
])
def test_the_organ_that_drew_up_a_record_and_its_day(text: str, number: str,
                                                     issuer: str) -> None:
    """``do X lập ngày D`` / ``do X cấp ngày D`` after the number names the organ that
    drew up the record or issued the permit, and the day that dates it."""
    (ref,) = find_references(text, find_dates(text))
    assert (ref.number, ref.date, ref.issuer) == (number, "2026-03-25", issuer)


def test_do_without_a_making_verb_names_no_issuer() -> None:
    """``do`` also says who leads a task (``do Sở Y tế chủ trì``): no issuer then."""
    text = "Thực hiện Kế hoạch số 12/KH-UBND do Sở Y tế chủ trì, phối hợp với các sở."
    (ref,) = find_references(text, find_dates(text))
    assert ref.issuer is None


def test_a_pre_printed_forms_serial_is_cited_whole() -> None:
    """A record on a pre-printed form is cited by its serial, leading zeros and all."""
    text = "Căn cứ Biên bản vi phạm hành chính số 0012345/BB-VPHC lập ngày 18/02/2026;"
    (ref,) = find_references(text, find_dates(text))
    assert (ref.number, ref.date) == ("0012345/BB-VPHC", "2026-02-18")


@pytest.mark.parametrize(("text", "number", "kind"), [
    ("Căn cứ Nghị định 61/CP ngày 5-7-1994 của Chính phủ;", "61/CP", "Nghị định"),
    ("Căn cứ Chỉ thị 217/CT ngày 5-6-1986 của Chủ tịch Hội đồng Bộ trưởng;", "217/CT",
     "Chỉ thị"),
    ("Căn cứ Nghị quyết 30/HĐBT ngày 2-3-1985;", "30/HĐBT", "Nghị quyết"),
    ("Căn cứ Chỉ thị số 176-CT ngày 15-6-1990 của Chủ tịch Hội đồng Bộ trưởng;", "176-CT",
     "Chỉ thị"),
    ("Căn cứ Thông tư liên bộ số 05-TT/LB ngày 15-9-1993 của Bộ Xây dựng - Bộ Tài chính;",
     "05-TT/LB", "Thông tư liên tịch"),
    ("Căn cứ Sắc lệnh số 77/SL ngày 22-12-1945;", "77/SL", "Sắc lệnh"),
])
def test_archive_numbers_of_one_old_code(text: str, number: str, kind: str) -> None:
    """Archive documents (before about 2000) cite ``Nghị định 61/CP`` with no ``số``, the
    Chairman's directives as ``176-CT``, joint circulars as ``Thông tư liên bộ``."""
    (ref,) = find_references(text, find_dates(text))
    assert (ref.number, ref.type) == (number, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Căn cứ Chỉ lệnh số 56/CL-BCH ngày 01/11/2025 của Chỉ huy trưởng Bộ CHQS tỉnh.",
     "Chỉ lệnh"),
    ("Thực hiện Mệnh lệnh số 789/ML-BQP ngày 25/8/2025 của Bộ trưởng Bộ Quốc phòng.",
     "Mệnh lệnh"),
])
def test_the_armed_forces_orders_keep_their_whole_type(text: str, kind: str) -> None:
    """A call-up plan cites the recruiting order (``Chỉ lệnh``) and the minister's
    (``Mệnh lệnh``): the type is read whole, not as the ``Lệnh`` it ends with."""
    (ref,) = find_references(text, find_dates(text))
    assert ref.type == kind


@pytest.mark.parametrize("issuer", ["Hội đồng nhân dân tỉnh", "HĐND tỉnh Hà Tĩnh"])
def test_an_html_cells_tag_ends_the_issuer_it_is_glued_to(issuer: str) -> None:
    """A list of repealed acts converted as an HTML table: the ``Lý do hết hiệu lực``
    cell ends with the repealing act's issuer, glued to the next cell's tags and the
    ``Ngày hết hiệu lực`` date; the issuer stops at the tag."""
    text = ("<tr><td>2</td><td>Nghị quyết</td><td>Số 20/2018/NQ-HĐND ngày 07/12/2018</td>"
            "<td>Bị bãi bỏ bởi Nghị quyết số 22/2024/NQ-HĐND ngày 12/12/2024 của "
            f"{issuer}</td><td>01/01/2025</td></tr>\n")
    refs = find_references(text, find_dates(text))
    assert [(r.number, r.issuer) for r in refs][-1] == ("22/2024/NQ-HĐND", issuer)


def test_a_firms_year_last_is_the_numbers_year_not_its_code() -> None:
    refs = parse("Trả lời công văn số 215/PA/2025 ngày 03/10/2025 của Công ty TNHH "
                      "Phú An về việc gia hạn.").references
    assert [(r.number, r.organ_code, r.year) for r in refs] == [("215/PA/2025", "PA", "2025")]
