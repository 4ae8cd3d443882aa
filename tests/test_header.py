"""Header zone: national header, issuer, number, place and date, type line, title."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.grammar import patterns as P
from vbcd.segment.header import number_from_match

STATE_MD = """**ỦY BAN NHÂN
DÂN**
**TỈNH BẮC NINH**
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 471/QĐ-UBND
|
*Bắc Ninh, ngày 28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ,
TRIỂN LÃM THƯƠNG MẠI TRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM 2026
**ỦY BAN NHÂN DÂN TỈNH BẮC NINH**
*Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16/6/2025; *
**QUYẾT ĐỊNH:**
**Điều 1.** Phê duyệt danh mục.
"""

PARTY = """BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*****
|
**ĐẢNG CỘNG
SẢN VIỆT NAM**
---------------
|
Số 432-TB/VPTW
|
*Hà Nội, ngày
26 tháng 11 năm 2025*
|
**THÔNG BÁO KẾT LUẬN**
CỦA ĐỒNG CHÍ TỔNG BÍ THƯ
TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ
**-----**
Ngày 24/11/2025, tại Trụ sở
Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc với Đảng uỷ Bộ Y tế.
"""

FLAT = (
    "ỦY BAN NHÂN DÂN TỈNH TÂY NINH -------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
    "Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ "
    "HOẠCH SỬ DỤNG ĐẤT NĂM 2022 HUYỆN CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
)

CONG_VAN = """VĂN
PHÒNG CHÍNH PHỦ
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11654/VPCP-CN
V/v cung ứng vật liệu xây dựng phục vụ Dự án
tuyến đường bộ cao tốc CT.08, đoạn qua Nam Định, Thái Bình
Thành phố Hồ Chí
Minh, ngày 27 tháng 11 năm 2025
Kính gửi:
Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh
Bình, Bắc Ninh, Phú Thọ, Tuyên Quang.
Xét báo cáo và đề xuất của Ủy ban nhân dân tỉnh Hưng Yên, Phó Thủ tướng có ý kiến.
"""


def test_state_header_in_markdown_cells() -> None:
    doc = vbcd.parse(STATE_MD)
    assert doc.family == "state"
    assert doc.issuer is not None and doc.issuer.value == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    assert doc.number is not None
    assert (doc.number.value, doc.number.number, doc.number.type_code,
            doc.number.organ_code) == ("471/QĐ-UBND", "471", "QĐ", "UBND")
    assert doc.issue_place is not None and doc.issue_place.value == "Bắc Ninh"
    assert doc.issue_date is not None and doc.issue_date.value == "2025-11-28"
    assert doc.doc_type is not None and doc.doc_type.code == "QĐ"
    assert doc.title is not None
    # the enacting authority line is neither title nor body
    assert doc.title.value.endswith("NĂM 2026")
    assert doc.preamble is not None and doc.preamble.text.startswith("Căn cứ")


def test_party_header_number_and_type_line_with_rest() -> None:
    doc = vbcd.parse(PARTY)
    assert doc.family == "party"
    assert doc.issuer is not None
    assert doc.issuer.value == "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG"
    assert doc.issuer.parent == "BAN CHẤP HÀNH TRUNG ƯƠNG" and doc.issuer.name == "VĂN PHÒNG"
    assert doc.number is not None and doc.number.grammar == "party"
    assert (doc.number.number, doc.number.type_code, doc.number.organ_code) == (
        "432", "TB", "VPTW")
    assert doc.issue_date is not None and doc.issue_date.value == "2025-11-26"
    assert doc.doc_type is not None and doc.doc_type.code == "TB"
    assert doc.title is not None
    assert doc.title.value.startswith("KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ")
    assert doc.title.value.endswith("ĐẢNG UỶ BỘ Y TẾ")  # stops at the rule
    assert doc.meeting_date is not None and doc.meeting_date.value == "2025-11-24"


def test_flattened_header_and_title_with_glued_enacting_authority() -> None:
    doc = vbcd.parse(FLAT)
    assert doc.issuer is not None and doc.issuer.value == "ỦY BAN NHÂN DÂN TỈNH TÂY NINH"
    assert doc.number is not None and doc.number.value == "3745/QĐ-UBND"
    assert doc.issue_place is not None and doc.issue_place.value == "Tây Ninh"
    assert doc.title is not None
    assert doc.title.value == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2022 HUYỆN CHÂU THÀNH"


def test_cong_van_title_place_wrapped_and_addressees() -> None:
    doc = vbcd.parse(CONG_VAN)
    assert doc.doc_type is not None and (doc.doc_type.code, doc.doc_type.name) == (
        "CV", "Công văn")
    assert doc.number is not None
    # in a công văn the first code is the organ, not a type code
    assert doc.number.type_code is None and doc.number.organ_code == "VPCP-CN"
    assert doc.title is not None and doc.title.value == (
        "V/v cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc CT.08, "
        "đoạn qua Nam Định, Thái Bình")
    assert doc.issue_place is not None and doc.issue_place.value == "Thành phố Hồ Chí Minh"
    assert [a.text.replace("\n", " ") for a in doc.addressees] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang"]


@pytest.mark.parametrize(
    ("printed", "value", "parts"),
    [
        ("45/QĐ-UBND", "45/QĐ-UBND", ("45", None, "QĐ", "UBND", "state")),
        ("30/2020/NĐ-CP", "30/2020/NĐ-CP", ("30", "2020", "NĐ", "CP", "state")),
        ("15/UBND-VP", "15/UBND-VP", ("15", None, None, "UBND-VP", "state")),
        ("123-TB/TU", "123-TB/TU", ("123", None, "TB", "TU", "party")),
        ("2033 -TB/TU", "2033-TB/TU", ("2033", None, "TB", "TU", "party")),
        ("16/KH-MTTQ-BTT", "16/KH-MTTQ-BTT", ("16", None, "KH", "MTTQ-BTT", "state")),
        ("5619 SYT-NVY", "5619/SYT-NVY", ("5619", None, None, "SYT-NVY", "state")),
        # a number typed into the blank of a form: the blanks before the slash stay
        ("123   /TB-UBND", "123/TB-UBND", ("123", None, "TB", "UBND", "state")),
        ("97\t/QĐ-UBND", "97/QĐ-UBND", ("97", None, "QĐ", "UBND", "state")),
        # a code spelt out by OCR, letter by letter
        ("3210/QĐ - U B ND", "3210/QĐ-UBND", ("3210", None, "QĐ", "UBND", "state")),
        # a word in capitals after the code is not part of it
        ("12/QĐ-UBND TP. Hồ Chí Minh", "12/QĐ-UBND", ("12", None, "QĐ", "UBND", "state")),
        # archive numbers (before about 2000): number - code, no slash
        ("217-HĐBT", "217-HĐBT", ("217", None, None, "HĐBT", "state")),
        ("64-CP\n", "64-CP", ("64", None, None, "CP", "state")),
        ("123-CT", "123-CT", ("123", None, "CT", None, "state")),
        ("09-LĐTBXH/TT", "09-LĐTBXH/TT", ("09", None, "LĐTBXH", "TT", "party")),
    ],
)
def test_number_grammars(printed: str, value: str, parts: tuple[object, ...]) -> None:
    m = P.NUMBER.match(printed)
    assert m is not None
    n = number_from_match(m)
    assert n.value == value
    assert (n.number, n.year, n.type_code, n.organ_code, n.grammar) == parts


def test_blank_number_and_date_of_a_draft() -> None:
    doc = vbcd.parse(
        "BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
        "Số: /BC-BTC Hà Nội, ngày tháng năm 2024\nBÁO CÁO\nRà soát Luật thuế\n"
        "Thực hiện Luật ban hành văn bản, Bộ Tài chính báo cáo như sau:\n"
    )
    assert doc.number is not None and doc.number.value == "/BC-BTC"
    assert doc.number.number is None
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.issue_date is None
    assert "date_incomplete" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("printed", ["Số         -CTr/TU", "Số: ......-CTr/TU", "Số   - CTr/TU"])
def test_a_party_drafts_blank_number_is_read_and_kept_out_of_the_issuer(printed: str) -> None:
    """A Party draft leaves the number blank before its codes (``Số      -CTr/TU``): the
    codes are the number, as ``Số: /BC-BTC`` is a State draft's, and the line is no
    part of the issuer."""
    doc = vbcd.parse(
        f"TỈNH ỦY LÀO CAI\n*\n{printed}\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Lào Cai, ngày        tháng 8 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "thực hiện Kết luận số 75-KL/TW của Bộ Chính trị\n-----\n"
        "Thực hiện Kết luận số 75-KL/TW, Ban Thường vụ Tỉnh ủy xây dựng Chương trình:\n"
    )
    assert doc.number is not None and doc.number.value == "-CTr/TU"
    assert doc.number.number is None and doc.number.type_code == "CTr"
    assert doc.issuer is not None and doc.issuer.value == "TỈNH ỦY LÀO CAI"
    assert doc.issue_place is not None and doc.issue_place.value == "Lào Cai"


@pytest.mark.parametrize("line", [
    "Ninh Bình, ngày 05 tháng 03 nãm 2026", "Ninh Bình, ngày 05 tháng 03 nàm 2026",
    "Ninh Bình, ngày 05 thãng 03 năm 2026", "Ninh Bình, ngầy 05 tháng 03 năm 2026",
])
def test_a_scans_slips_of_the_date_words_in_the_issue_line(line: str) -> None:
    """OCR reads the breve or circumflex of ``năm``/``tháng``/``ngày`` as another mark
    (``nãm``, ``nàm``, ``thãng``, ``ngầy``): the line is still the place and date."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 12/QĐ-UBND\n"
        f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{line}\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert doc.issue_place is not None and doc.issue_place.value == "Ninh Bình"
    assert doc.issue_date is not None and doc.issue_date.value == "2026-03-05"


def test_no_header_gives_a_warning_and_no_invented_fields() -> None:
    doc = vbcd.parse(
        "THÔNG BÁO\n\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề việc tiếp tục phòng, chống dịch\n\n"
        "Ngày 30 tháng 7 năm 2021, sau khi nghe Ban chỉ đạo báo cáo, Ban Thường vụ Tỉnh ủy "
        "kết luận như sau:\n\n1. Giao UBND tỉnh thực hiện Nghị quyết số 78/NQ-CP.\n"
    )
    assert doc.number is None and doc.issuer is None and doc.issue_date is None
    assert "no_header" in {w.code for w in doc.warnings}
    assert doc.title is not None and doc.title.value == (
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về việc tiếp tục phòng, chống dịch")
    assert doc.meeting_date is not None and doc.meeting_date.value == "2021-07-30"


def test_ocr_damaged_header_is_tolerated() -> None:
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN CONG HÒA XÃ HOI CHỦ NGHIA ŸIƑÏ NAM\n"
        "THANH PHO HO CHI MINH Độc lập - Tự do - Hanh phúc\nSỞ Y TẾ\n"
        "86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020\n"
        "VWv triển khai hướng dẫn y tế\nphòng chong dịch COVID-19\nKỉnhgửì:\n- Sở Du lịch.\n"
    )
    assert doc.family == "state"
    assert doc.number is not None and doc.number.value == "5619/SYT-NVY"
    assert doc.issuer is not None and doc.issuer.value.endswith("SỞ Y TẾ")
    assert doc.issue_place is not None and doc.issue_place.value == "Thành phố Hồ Chí Minh"
    assert doc.title is not None and doc.title.value.startswith("VWv triển khai")
    assert [a.text for a in doc.addressees] == ["Sở Du lịch"]


def test_digest_lead_names_the_document() -> None:
    doc = vbcd.parse(
        "## Giảm lãi suất cho vay\n**Ngày 21/11/2025, Thủ tướng Chính phủ ban hành Quyết định "
        "2553/QĐ-TTg về việc điều chỉnh giảm lãi suất cho vay.**\nTheo đó, ..."
    )
    assert doc.number is not None and doc.number.value == "2553/QĐ-TTg"
    assert doc.doc_type is not None and doc.doc_type.code == "QĐ"
    assert doc.issue_date is not None and doc.issue_date.value == "2025-11-21"


def test_consolidated_text_type_comes_from_its_number() -> None:
    doc = vbcd.parse(
        "BỘ QUỐC PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 92/VBHN-BQP\nHà Nội, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ THỰC HIỆN CHẾ ĐỘ\n"
    )
    assert doc.doc_type is not None and doc.doc_type.code == "VBHN"


def test_urgency_and_secrecy_marks() -> None:
    doc = vbcd.parse(
        "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 10/BYT-MT\nHà Nội, ngày 04 tháng 02 năm 2021\nHỎA TỐC\nMẬT\n"
        "V/v phòng, chống dịch\nKính gửi: Sở Y tế các tỉnh.\n"
    )
    assert {(m.kind, m.value) for m in doc.marks} == {("urgency", "HỎA TỐC"), ("secrecy", "MẬT")}


def test_dashed_issue_date_and_copy_addressees() -> None:
    doc = vbcd.parse(
        "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BYT-KCB\n"
        "Bắc Ninh, ngày 02-02-2024\nV/v khám chữa bệnh\nĐồng kính gửi: Sở Y tế các tỉnh.\nNội dung.\n"
    )
    assert doc.issue_place is not None and doc.issue_place.value == "Bắc Ninh"
    assert doc.issue_date is not None and doc.issue_date.value == "2024-02-02"
    assert [a.text for a in doc.addressees] == ["Sở Y tế các tỉnh"]


@pytest.mark.parametrize("block", [
    "Kính gửi: Thủ tướng Chính phủ.\nĐồng kính gửi: Bộ Nội vụ.\n",
    "Kính gửi:\n- Thủ tướng Chính phủ.\n\n*Đồng kính gửi:*\nBộ Nội vụ.\n",
    # the addressee not closed by a full stop: the next heading still ends it
    "Kính gửi: Thủ tướng Chính phủ\nĐồng kính gửi: Bộ Nội vụ\n\n",
    "Kính gửi:\n- Thủ tướng Chính phủ;\nĐồng kính gửi: Bộ Nội vụ.\n",
])
def test_copy_addressees_under_the_addressees(block: str) -> None:
    """``Đồng kính gửi`` right under ``Kính gửi`` adds its addressees, whether or not the
    one above ends with a full stop; the body starts after them."""
    doc = vbcd.parse(
        "BỘ Y TẾ\nSố: 12/BYT-KCB\nHà Nội, ngày 02 tháng 02 năm 2024\nV/v khám chữa bệnh\n"
        + block + "Thực hiện chỉ đạo của Chính phủ.\n")
    assert [a.text for a in doc.addressees] == ["Thủ tướng Chính phủ", "Bộ Nội vụ"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Thực hiện")


@pytest.mark.parametrize(("line", "code", "number"), [
    ("KẾ HOẠCH LIÊN TỊCH", "KH", "12/KHLT-SYT-SGD"),
    ("NGHỊ QUYẾT LIÊN TỊCH", "NQ", "12/NQLT-ĐCT-UBND"),
    ("HƯỚNG DẪN LIÊN NGÀNH", "HD", "12/HDLN-SYT-STC"),
    ("CHƯƠNG TRÌNH PHỐI HỢP", "CTr", "05/CTrPH-MTTQ-CAT"),
    ("QUY CHẾ PHỐI HỢP", "QC", "12/QCPH-HND-SNNMT"),
    ("THÔNG BÁO HÀNG HẢI", "TB", "123/TB-CVHHQN"),
])
def test_a_joint_documents_type_line(line: str, code: str, number: str) -> None:
    """``KẾ HOẠCH LIÊN TỊCH``: a joint document's type line keeps its type's code, and
    ``LIÊN TỊCH`` is no part of the title below it; so does a port authority's notice to
    mariners (``THÔNG BÁO HÀNG HẢI``), whose ``BÁO HÀNG HẢI`` is no newspaper."""
    doc = vbcd.parse(f"ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: {number}\nNam Định, ngày 20 tháng 8 "
                     f"năm 2025\n\n{line}\nVề việc phối hợp triển khai\n\n1. Nội dung.\n")
    assert doc.doc_type is not None and doc.doc_type.code == code
    assert doc.title is not None and doc.title.value == "Về việc phối hợp triển khai"
    assert not [a for a in doc.agencies if "BÁO" in a.name]


def test_party_regulation_code() -> None:
    """A Party Quy định takes the code the gold's table gives it (QĐ, as Quyết định),
    whether its number carries HD 36's ``QĐi`` or ``QĐ``; a State one stays ``QyĐ``."""
    doc = vbcd.parse(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 08-QĐi/TW\n"
        "Hà Nội, ngày 25 tháng 10 năm 2018\nQUY ĐỊNH\nvề trách nhiệm nêu gương\n"
        "- Căn cứ Điều lệ Đảng;\nĐiều 1. Phạm vi\n"
    )
    assert doc.doc_type is not None and (doc.doc_type.code, doc.doc_type.name) == ("QĐ", "Quy định")
    assert not [w for w in doc.warnings if "mismatch" in w.code]
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 12/2024/QĐ-UBND\nBắc Ninh, ngày 2 tháng 2 năm 2024"
        "\nQUY ĐỊNH\nvề quản lý chợ\nĐiều 1. Phạm vi\n")
    assert doc.doc_type is not None and doc.doc_type.code == "QyĐ"


def test_issuer_typed_in_title_case() -> None:
    """Where no header line is in capitals, an issuer typed in title case at the top,
    opening with an organ's head, is read, split into parent and organ as usual."""
    doc = vbcd.parse(
        "Ủy ban nhân dân tỉnh Quảng Nam\nSở Y tế\n\nCộng hòa xã hội chủ nghĩa Việt Nam\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/SYT-VP\nQuảng Nam, ngày 20 tháng 5 năm 2024\n\n"
        "V/v tổ chức lễ\n\nKính gửi: Các đơn vị.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("Ủy ban nhân dân tỉnh Quảng Nam", "Sở Y tế")
    assert doc.text[doc.issuer.start:doc.issuer.end] == "Ủy ban nhân dân tỉnh Quảng Nam\nSở Y tế"
    doc = vbcd.parse("Bộ Tài chính\nSố: 12/BTC-CST\nV/v thuế nhập khẩu\n\nKính gửi: Sở Y tế.\n")
    assert doc.issuer is not None and doc.issuer.name == "Bộ Tài chính"
    assert "no_issuer" not in [w.code for w in doc.warnings]


def test_running_text_at_the_top_is_no_issuer() -> None:
    """A sentence that opens with an organ is not taken for a title-case issuer."""
    doc = vbcd.parse("Sở Y tế đề nghị các đơn vị thực hiện.\nSố: 12/SYT-VP\n")
    assert doc.issuer is None
    assert "no_issuer" in [w.code for w in doc.warnings]


def test_columns_read_line_by_line_with_wide_gaps() -> None:
    """A PDF text layer keeps the two header columns on one line, apart by blanks."""
    gap = " " * 20
    doc = vbcd.parse(
        f"ỦY BAN NHÂN DÂN{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"TỈNH QUẢNG NAM{gap}Độc lập - Tự do - Hạnh phúc\nSố: 123/UBND-KT\n"
        f"V/v triển khai nhiệm vụ{gap}Quảng Nam, ngày 10 tháng 11 năm 2025\n\n"
        "Kính gửi: Sở Tài chính.\n\nUBND tỉnh đề nghị Sở Tài chính báo cáo.\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Quảng Nam"
    assert doc.issue_date is not None and doc.issue_date.value == "2025-11-10"
    assert doc.title is not None and doc.title.value == "V/v triển khai nhiệm vụ"


def test_a_title_line_wrapped_before_a_year_is_kept() -> None:
    head = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 123/UBND-KT\n"
            "Quảng Nam, ngày 10 tháng 11 năm 2025\nV/v triển khai nhiệm vụ trọng tâm\n")
    doc = vbcd.parse(head + "năm 2026\n\nKính gửi: Sở Tài chính.\n")
    assert doc.title is not None and doc.title.value == "V/v triển khai nhiệm vụ trọng tâm năm 2026"
    # a body sentence opening with the year is no part of the title
    doc = vbcd.parse(head + "Năm 2025, tỉnh đã hoàn thành kế hoạch.\n")
    assert doc.title is not None and doc.title.value == "V/v triển khai nhiệm vụ trọng tâm"


def test_a_title_in_capitals_keeps_lines_that_open_like_a_body() -> None:
    """``NĂM 2026`` or ``THỰC HIỆN ...`` under a title line in capitals wraps the title
    (the body is not typed in capitals); ``CĂN CỨ`` and a clause marker still end it."""
    head = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/KH-UBND\n"
            "Quảng Nam, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\nRÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH\n")
    doc = vbcd.parse(head + "NĂM 2026\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert doc.title is not None and doc.title.value == "RÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH NĂM 2026"
    doc = vbcd.parse(head + "CĂN CỨ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG;\n")
    assert doc.title is not None and doc.title.value == "RÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH"
    doc = vbcd.parse(head + "I. MỤC ĐÍCH\n1. Bảo đảm rà soát đúng.\n")
    assert doc.title is not None and doc.title.value == "RÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH"
    doc = vbcd.parse(head + "Năm 2026, tỉnh rà soát hộ nghèo.\n")
    assert doc.title is not None and doc.title.value == "RÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH"


def test_a_year_range_wrapped_onto_its_own_line_stays_in_the_title() -> None:
    head = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 07/KH-UBND\nLạng Sơn, ngày 13 tháng 01 năm 2020\n"
            "KẾ HOẠCH\nPHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 -\n")
    doc = vbcd.parse(head + "2020\nThực hiện Chỉ thị số 12/CT-TTg, tỉnh ban hành Kế hoạch.\n")
    assert doc.title is not None
    assert doc.title.value == "PHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 - 2020"
    doc = vbcd.parse(head.replace("2019 -", "GIAI ĐOẠN") + "2020 - 2025”\nThực hiện ...\n")
    assert doc.title is not None and doc.title.value.endswith("GIAI ĐOẠN 2020 - 2025”")
    # a rule line under the title is no part of it
    doc = vbcd.parse(head.replace(" NĂM 2019 -", "") + "-------\nThực hiện ...\n")
    assert doc.title is not None and doc.title.value == "PHÒNG, CHỐNG HẠN HÁN MÙA KHÔ"


def test_a_title_may_end_with_the_name_of_the_authority_on_the_next_line() -> None:
    """``... CỦA ỦY BAN NHÂN DÂN TỈNH X`` above the enacting line ``ỦY BAN NHÂN DÂN
    TỈNH X``: the title keeps its end (it was cut as if the authority were glued on)."""
    head = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 33/2009/QĐ-UBND\n"
            "Mỹ Tho, ngày 24 tháng 12 năm 2009\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY CHẾ QUẢN LÝ MẠNG TIN HỌC\nCỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n")
    doc = vbcd.parse(head + "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Tổ chức;\n")
    assert doc.title is not None
    assert doc.title.value.endswith("MẠNG TIN HỌC CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG")


def test_a_long_title_on_one_line_in_capitals_is_read() -> None:
    long = "VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH ĐÁNH GIÁ CÁN BỘ " * 6
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 12/QĐ-UBND\n"
                     "Vị Thanh, ngày 3 tháng 9 năm 2019\nQUYẾT ĐỊNH\n" + long.strip()
                     + "\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nCăn cứ Luật Tổ chức;\n")
    assert doc.title is not None and doc.title.value == long.strip()


def test_a_subject_opened_by_ve_under_the_number_is_the_title() -> None:
    """A công văn's subject written ``Về ...`` instead of ``V/v ...``, under the number."""
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 1025/UBND-ĐT\n"
                     "Về thúc đẩy đầu tư của Việt Nam\nra nước ngoài\n\n"
                     "TP. Hồ Chí Minh, ngày 14 tháng 3 năm 2009\n\nKính gửi: Sở Tài chính.\n\n"
                     "Về công tác đầu tư, Ủy ban nhân dân thành phố có ý kiến như sau:\n")
    assert doc.title is not None
    assert doc.title.value == "Về thúc đẩy đầu tư của Việt Nam ra nước ngoài"
    assert doc.doc_type is not None and doc.doc_type.code == "CV"


def test_a_subject_typed_small_under_a_party_number_is_the_title() -> None:
    doc = vbcd.parse("ĐẢNG BỘ TỈNH LÀO CAI            ĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "ĐẢNG ỦY CƠ QUAN\n                 Lào Cai, ngày 07 tháng 9 năm 2026\n"
                     "      *\n   Số 249 -CV/ĐU\nvề việc triển khai chương trình hành động\n"
                     "của Tỉnh ủy\n\n     Kính gửi: Các chi bộ trực thuộc.\n\n"
                     "Đảng ủy đề nghị các chi bộ thực hiện như sau:\n1. Quán triệt.\n")
    assert doc.title is not None
    assert doc.title.value == "về việc triển khai chương trình hành động của Tỉnh ủy"
    assert doc.doc_type is not None and doc.doc_type.code == "CV"


def test_a_type_line_damaged_by_ocr_or_spaced_out_is_read() -> None:
    """``K ÉT LUẬN`` (a split word, a wrong tone), ``T H Ô N G  B Á O``: the letters
    without marks and blanks name the type; a line with other words or digits does not."""
    head = "TỈNH ỦY QUẢNG NAM\n*\nSố 45-KL/TU\nQuảng Nam, ngày 13 tháng 5 năm 2022\n"
    doc = vbcd.parse(head + "K ÉT LUẬN\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề hạ tầng\n"
                     "Hội nghị đã thảo luận và kết luận:\n")
    assert doc.doc_type is not None and doc.doc_type.name == "Kết luận"
    assert doc.doc_type.source == "type_line"
    assert doc.title is not None and doc.title.value == "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về hạ tầng"
    doc = vbcd.parse(head.replace("KL", "TB") + "T H Ô N G  B Á O\nKẾT LUẬN CỦA BAN THƯỜNG VỤ\n")
    assert doc.doc_type is not None and doc.doc_type.source == "type_line"
    assert doc.title is not None and doc.title.value == "KẾT LUẬN CỦA BAN THƯỜNG VỤ"


def test_an_en_dash_between_the_codes_of_the_number_is_a_dash() -> None:
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4144 /GDĐT – VP\n"
                     "V/v cho học sinh nghỉ học\n")
    assert doc.number is not None and doc.number.value == "4144/GDĐT-VP"
    assert doc.number.organ_code == "GDĐT-VP"
    assert doc.text[doc.number.start:doc.number.end] == "4144 /GDĐT – VP"
    # a dash of the sentence after a number is not a code
    doc = vbcd.parse("Số: 45/SYT – Sở Y tế báo cáo\n")
    assert doc.number is not None and doc.number.value == "45/SYT"


def test_an_en_dash_after_a_party_number_is_its_dash() -> None:
    """A word processor makes an en dash of a spaced hyphen: ``Số 125 – TB/TU`` is the
    Party number ``125-TB/TU``, not part of the issuer's name above it."""
    for printed, value in (("Số 125 – TB/TU", "125-TB/TU"), ("Số 125–TB/TU", "125-TB/TU"),
                           ("Số: 12 –KL/TU", "12-KL/TU")):
        doc = vbcd.parse(f"ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\n{printed}\n"
                         "ĐẢNG CỘNG SẢN VIỆT NAM\nVinh, ngày 18 tháng 8 năm 2025\n\n"
                         "THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n\n1. Đồng ý.\n")
        assert doc.number is not None and doc.number.value == value
        assert doc.number.grammar == "party" and doc.number.organ_code == "TU"
        assert doc.issuer is not None and doc.issuer.name == "TỈNH ỦY"


def test_a_party_star_flattened_onto_the_place_date_line() -> None:
    """Two Party columns read line by line with one blank between them: the issuer's
    star runs into the date's line (``* Vinh, ngày ...``); the place is ``Vinh``."""
    doc = vbcd.parse("ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY\n"
                     "* Vinh, ngày 18 tháng 8 năm 2025\nSố 125-TB/TU\n\nTHÔNG BÁO\n"
                     "kết luận của Thường trực Tỉnh ủy\n\n1. Đồng ý.\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Vinh"
    assert doc.issue_date is not None and doc.issue_date.value == "2025-08-18"


def test_a_gazette_heading_stands_for_the_header() -> None:
    """A law database's heading of an old document: type, issuer, number, date, title."""
    doc = vbcd.parse("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\n"
                     "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\n"
                     "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002\n"
                     "Thực hiện Nghị quyết của Quốc hội, Thủ tướng Chính phủ chỉ thị:\n"
                     "1. Các Bộ xây dựng kế hoạch.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "CT"
    assert doc.issuer is not None and doc.issuer.name == "THỦ TƯỚNG CHÍNH PHỦ"
    assert doc.number is not None and doc.number.value == "16/2001/CT-TTG"
    assert doc.issue_date is not None and doc.issue_date.value == "2001-06-21"
    assert doc.title is not None
    assert doc.title.value == "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002"
    assert "gazette_heading" in [w.code for w in doc.warnings]
    assert [c.label for c in doc.clauses] == ["1"]
    # a sentence of running text that names a document is no heading
    doc = vbcd.parse("Chỉ thị của Thủ tướng Chính phủ, số 16/2001/CT-TTg, yêu cầu các Bộ ...\n")
    assert doc.number is None


def test_a_party_regulation_numbered_qd_is_no_type_mismatch() -> None:
    doc = vbcd.parse("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 97-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "Hà Nội, ngày 07 tháng 02 năm 2023\nQUY ĐỊNH\nCHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN\n"
                     "Căn cứ Điều lệ Đảng;\n")
    assert doc.doc_type is not None and doc.doc_type.name == "Quy định"
    assert "type_mismatch" not in [w.code for w in doc.warnings]
    # a state decision's number under a Quy định type line still is a mismatch
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 5/CT-UBND\n"
                     "Quảng Nam, ngày 07 tháng 02 năm 2023\nQUY ĐỊNH\nVỀ QUẢN LÝ\nCăn cứ Luật;\n")
    assert "type_mismatch" in [w.code for w in doc.warnings]


def test_flattened_header_lines_of_a_crawled_page() -> None:
    """A crawl that flattens the header: the subject runs into the place on one line,
    and the type, the title and the body's first words share the date's line."""
    doc = vbcd.parse(
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do"
        " - Hạnh phúc ---------------\nSố: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định "
        "tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty "
        "Khí Việt Nam. Phúc đáp Công văn số 615/KVN-PC của Tổng công ty.\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.title is not None
    assert doc.title.value == "V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014"
    doc = vbcd.parse(
        "THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc ---------------\nSố: 12/2024/QĐ-TTg\nHà Nội, ngày 31 tháng 7 năm 2024 "
        "QUYẾT ĐỊNH VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM CHO NGƯỜI CÓ ĐẤT THU HỒI Căn cứ "
        "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Đất đai;\n")
    assert doc.doc_type is not None and doc.doc_type.source == "type_line"
    assert doc.title is not None
    assert doc.title.value == ("VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM CHO NGƯỜI CÓ ĐẤT "
                               "THU HỒI")
    assert doc.preamble is not None and doc.preamble.text.startswith("Căn cứ Luật Tổ chức")
    # the number's line above a place is no part of the place
    doc = vbcd.parse("PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:\n"
                     "299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC "
                     "RUỘNG ĐẤT Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định.\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.doc_type is not None and doc.doc_type.code == "CT"
    assert doc.title is not None and doc.title.value == "VỀ CÔNG TÁC ĐO ĐẠC RUỘNG ĐẤT"


def test_a_title_that_ends_with_the_authority_it_names_keeps_it() -> None:
    """``BÃI BỎ ... SỐ 17/2025/QĐ-UBND ... CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI``: after
    ``CỦA`` the authority's name is the title's; ``UBND`` inside the number is no
    enacting word."""
    head = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 20/2025/QĐ-UBND\nHà Nội, ngày 5 tháng 7 năm 2025\n"
    doc = vbcd.parse(head + "QUYẾT ĐỊNH\nBÃI BỎ TOÀN BỘ QUYẾT ĐỊNH SỐ 17/2025/QĐ-UBND NGÀY 28 "
                     "THÁNG 02 NĂM 2025\nCỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n"
                     "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert doc.title is not None and doc.title.value == (
        "BÃI BỎ TOÀN BỘ QUYẾT ĐỊNH SỐ 17/2025/QĐ-UBND NGÀY 28 THÁNG 02 NĂM 2025 "
        "CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")


def test_a_flattened_title_glued_to_the_enacting_authority_named_short() -> None:
    """``... TỈNH TUYÊN QUANG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`` (the authority without its
    place, glued by a crawler): cut from the title, which keeps its own place name;
    after ``CỦA`` the short name stays the title's."""
    head = ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 15/QĐ-CT Tuyên Quang, ngày 16 tháng 8 năm 2020 QUYẾT ĐỊNH ")
    doc = vbcd.parse(head + "BAN HÀNH MỨC TRỢ GIÚP ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG "
                     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert doc.title is not None
    assert doc.title.value == "BAN HÀNH MỨC TRỢ GIÚP ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG"
    for kept in ("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH",
                 "BAN HÀNH QUY CHẾ LÀM VIỆC ỦY BAN NHÂN DÂN TỈNH",
                 "PHÂN CÔNG NHIỆM VỤ CÁC PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"):
        doc = vbcd.parse(head + kept + "\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
        assert doc.title is not None and doc.title.value == kept


def test_a_flattened_title_wrapped_onto_the_next_line() -> None:
    doc = vbcd.parse("ỦY BAN NHÂN DÂN TỈNH TÂY NINH -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ\n"
                     "DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2022\nCăn cứ Luật Đất đai;\n")
    assert doc.title is not None
    assert doc.title.value == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2022"


def test_a_number_wrapped_after_its_dash_onto_an_indented_line() -> None:
    doc = vbcd.parse("    UBND TỈNH NGHỆ AN\n    Số: 3783/QĐ-\n    UBND\n"
                     "    Nghệ An, ngày 20 tháng 11 năm 2025\n")
    assert doc.number is not None and doc.number.value == "3783/QĐ-UBND"


def test_a_markdown_heading_mark_before_a_no_break_space() -> None:
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 3005/QĐ-UBND\n"
                     "Hà Tĩnh, ngày 01 tháng 12 năm 2025\n#\u00a0QUYẾT\u00a0ĐỊNH\n"
                     "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCăn cứ Luật Tổ chức;\n")
    assert doc.doc_type is not None and doc.doc_type.source == "type_line"
    assert doc.title is not None and doc.title.value == "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH"


def test_a_crawlers_caption_glued_before_the_issuer_is_left_out() -> None:
    text = ("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế "
            "do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n"
            "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi: Bảo hiểm xã hội các tỉnh.\n")
    doc = vbcd.parse(text)
    assert doc.issuer is not None and doc.issuer.value == "BẢO HIỂM XÃ HỘI VIỆT NAM"
    assert doc.text[doc.issuer.start:doc.issuer.end] == "BẢO HIỂM XÃ HỘI VIỆT NAM"



SITE_TABLE = """Quyết định 45/QĐ-UBND năm 2024 về kế hoạch phòng, chống thiên tai
| Số hiệu | 45/QĐ-UBND |
| Ngày ban hành | 12/03/2024 |
| Loại văn bản | Quyết định |
| Lĩnh vực | Bộ máy hành chính |
{gap}{issuer}
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 45/QĐ-UBND |
Quảng Trị, ngày 12 tháng 03 năm 2024 |
QUYẾT ĐỊNH
Về việc ban hành kế hoạch phòng, chống thiên tai
"""


@pytest.mark.parametrize("gap", ["|\n", "\n\n"])
@pytest.mark.parametrize("issuer", ["ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"])
def test_a_sites_data_table_above_the_header_is_no_issuer(gap: str, issuer: str) -> None:
    # neither the number in the site's table nor a cell that opens like an organ
    # (``Bộ máy ...``) a blank line above the header is part of the issuer
    doc = vbcd.parse(SITE_TABLE.format(gap=gap, issuer=issuer))
    assert doc.issuer is not None
    assert " ".join(doc.issuer.value.split()) == " ".join(issuer.split())
    assert doc.number is not None and doc.number.value == "45/QĐ-UBND"


def test_an_organ_line_in_title_case_right_above_the_capitals_stays() -> None:
    doc = vbcd.parse("Ủy ban nhân dân\nTHÀNH PHỐ HỒ CHÍ MINH\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Số: 12/UBND-VX\nThành phố Hồ Chí Minh, ngày 5 tháng 3 năm 2024\n\n"
                     "V/v phòng chống dịch\n")
    assert doc.issuer is not None
    assert doc.issuer.value == "Ủy ban nhân dân THÀNH PHỐ HỒ CHÍ MINH"

TELEGRAM = """BAN CHỈ ĐẠO TRUNG ƯƠNG
VỀ PHÒNG, CHỐNG THIÊN TAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/CĐ-TW
Hà Nội, ngày 28 tháng 7 năm 2016

CÔNG ĐIỆN {mark}

BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THIÊN TAI

ĐIỆN: Bộ Công Thương

Để chủ động ứng phó với bão, Ban Chỉ đạo Trung ương đề nghị Bộ Công Thương:
1. Chỉ đạo các nhà máy thủy điện vận hành an toàn.
2. Báo cáo kết quả về Ban Chỉ đạo.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Hoàng Văn Thắng
"""


@pytest.mark.parametrize("mark", ["KHẨN", "HỎA TỐC", "THƯỢNG KHẨN"])
def test_a_telegram_urgency_sender_and_addressee(mark: str) -> None:
    """``CÔNG ĐIỆN KHẨN``: the urgency is a mark, not the title; the sender's line above
    ``ĐIỆN: Bộ Công Thương`` is not a title either, and the addressee follows the colon."""
    doc = vbcd.parse(TELEGRAM.format(mark=mark))
    assert doc.doc_type is not None and doc.doc_type.code == "CĐ"
    assert [(m.kind, m.value) for m in doc.marks] == [("urgency", mark)]
    assert doc.title is None
    assert [a.text for a in doc.addressees] == ["Bộ Công Thương"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Để chủ động")


def test_a_telegram_with_its_subject() -> None:
    doc = vbcd.parse(TELEGRAM.replace("CÔNG ĐIỆN {mark}\n\nBAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, "
                                      "CHỐNG THIÊN TAI\n\nĐIỆN: Bộ Công Thương",
                                      "CÔNG ĐIỆN HỎA TỐC\nVề việc ứng phó với bão số 3\n\n"
                                      "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ Công Thương;\n"
                                      "- Bộ Quốc phòng."))
    assert doc.title is not None and doc.title.value == "Về việc ứng phó với bão số 3"
    assert [m.value for m in doc.marks] == ["HỎA TỐC"]
    assert [a.text for a in doc.addressees] == ["Bộ Công Thương", "Bộ Quốc phòng"]


def test_a_month_split_by_ocr_in_the_date_line() -> None:
    doc = vbcd.parse("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Số: 773/QĐ-TTg\nHà Nội, ngày 26 tháng 0 6 năm 2018\nQUYẾT ĐỊNH\n"
                     "Về việc ban hành kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này.\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.issue_date is not None and doc.issue_date.value == "2018-06-26"


@pytest.mark.parametrize(("line", "parent", "name"), [
    ("ĐẢNG BỘ TỈNH BẮC GIANG ĐẢNG ỦY XÃ TÂN MỸ", "ĐẢNG BỘ TỈNH BẮC GIANG", "ĐẢNG ỦY XÃ TÂN MỸ"),
    ("UBND TỈNH NINH THUẬN SỞ NỘI VỤ", "UBND TỈNH NINH THUẬN", "SỞ NỘI VỤ"),
    ("TỈNH ỦY LONG AN BAN THƯỜNG VỤ", "TỈNH ỦY LONG AN", "BAN THƯỜNG VỤ"),
    # no split: the head words inside one name, or a place ending like a head
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", None, "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
    ("ỦY BAN NHÂN DÂN XÃ PHÚ HỘI", None, "ỦY BAN NHÂN DÂN XÃ PHÚ HỘI"),
    ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", None, "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"),
    ("BAN THƯỜNG VỤ TỈNH ỦY", None, "BAN THƯỜNG VỤ TỈNH ỦY"),
    ("ĐẢNG ỦY CÁC CƠ QUAN TỈNH ỦY BAN NHÂN DÂN", None, "ĐẢNG ỦY CÁC CƠ QUAN TỈNH ỦY BAN NHÂN DÂN"),
    # a head right after a level word is no place's end (``TỈNH ĐẢNG ỦY``): the split
    # is at the first head after the parent's own words
    ("ĐẢNG BỘ KHỐI CƠ QUAN TỈNH ĐẢNG ỦY SỞ TƯ PHÁP", "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH",
     "ĐẢNG ỦY SỞ TƯ PHÁP"),
])
def test_issuer_flattened_onto_one_line_splits_after_a_place(
        line: str, parent: str | None, name: str) -> None:
    """A parent and an issuing organ run onto one line (a flattened table, the Party's
    motto on the same line) split before the first organ head that follows a place;
    where no place precedes a head, or a head ends a place name, the line stays whole."""
    doc = vbcd.parse(f"{line}         ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-TB/ĐU      "
                     "Bắc Giang, ngày 5 tháng 3 năm 2024\n\nTHÔNG BÁO\nKết luận của hội nghị\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name, doc.issuer.value) == (parent, name, line)
    assert doc.text[doc.issuer.start:doc.issuer.end] == line


def test_party_agency_letter_header_number_and_signature() -> None:
    """A Party committee's agency (``CƠ QUAN TỔ CHỨC – NỘI VỤ`` under ``HUYỆN ỦY X``)
    is the issuer and the committee its parent; in a Party number (``29-CV/TC-NV``) the
    code after the dash is the type even in a letter; its head signs as ``THỦ TRƯỞNG``,
    which is no typo of ``THỨ TRƯỞNG``."""
    doc = vbcd.parse("HUYỆN ỦY ĐẦM HÀ\nCƠ QUAN TỔ CHỨC – NỘI VỤ\n*\nSố 31-CV/TC-NV\n"
                     "V/v gửi danh sách\nĐẢNG CỘNG SẢN VIỆT NAM\nĐầm Hà, ngày 5 tháng 4 năm 2021"
                     "\n\nKính gửi: Các chi bộ.\n\nĐề nghị các chi bộ gửi danh sách.\n\n"
                     "Nơi nhận:\n- Như trên;\n- Lưu.\nK/T THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG\n"
                     "Trần Văn Minh\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("HUYỆN ỦY ĐẦM HÀ", "CƠ QUAN TỔ CHỨC – NỘI VỤ")
    assert doc.number is not None
    assert (doc.number.type_code, doc.number.organ_code) == ("CV", "TC-NV")
    assert doc.signature is not None
    assert (doc.signature.on_behalf_of, doc.signature.title) == ("THỦ TRƯỞNG", "PHÓ THỦ TRƯỞNG")
    assert "typo_corrected" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize("blank", ["ngày      tháng      năm", "ngày ... tháng ... năm ...",
                                   "ngày …/…/…"])
def test_a_draft_with_a_blank_year_keeps_its_place(blank: str) -> None:
    """A draft leaves day, month and year blank (``Hà Nội, ngày tháng năm``): the place
    is read, no date is invented, and the blank is reported."""
    doc = vbcd.parse(f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: /TB-UBND\nHà Nội, {blank}\n"
                     "THÔNG BÁO\nVề việc treo cờ Tổ quốc\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.issue_date is None
    assert "date_incomplete" in {w.code for w in doc.warnings}


@pytest.mark.parametrize(("line", "parent", "name"), [
    ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"),
    ("BỘ Y TẾ CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH"),
    ("BỘ NỘI VỤ", None, "BỘ NỘI VỤ"),
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None, "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    # ``TRƯỜNG`` of ``MÔI TRƯỜNG`` is no school
    ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", None, "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", None, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỤC BIẾN ĐỔI KHÍ HẬU", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
     "CỤC BIẾN ĐỔI KHÍ HẬU"),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC VINH", "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
     "TRƯỜNG ĐẠI HỌC VINH"),
])
def test_a_ministrys_unit_run_onto_its_line(line: str, parent: str | None, name: str) -> None:
    """``BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN -------``: a ministry's unit run onto the
    ministry's line splits before the unit's head; a ministry alone stays whole."""
    doc = vbcd.parse(f"{line} -------\nSố: 778/TCHQ-GSQL\nHà Nội, ngày 3 tháng 2 năm 2017\n"
                     "V/v thủ tục hải quan\n\nKính gửi: Cục Hải quan các tỉnh.\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == (parent, name)


@pytest.mark.parametrize(("lines", "parent", "name"), [
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", None, "ỦY BAN THƯỜNG VỤ QUỐC HỘI"),
    ("ỦY\nBAN NHÂN DÂN TỈNH CAO BẰNG", None, "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"),
    ("VĂN\nPHÒNG CHÍNH PHỦ", None, "VĂN PHÒNG CHÍNH PHỦ"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG", "BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"),
])
def test_an_organs_head_broken_over_two_header_lines(
        lines: str, parent: str | None, name: str) -> None:
    """A head the line above opens and the next line ends (``ỦY BAN THƯỜNG VỤ`` /
    ``QUỐC HỘI``, ``ỦY`` / ``BAN NHÂN DÂN ...``) is one organ; a new head on the next line
    still opens the issuing organ under its parent."""
    doc = vbcd.parse(f"{lines}\nSố: 12/NQ-UBTVQH15\nHà Nội, ngày 5 tháng 3 năm 2025\n"
                     "NGHỊ QUYẾT\nVề việc sắp xếp\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == (parent, name)


def test_a_sites_time_stamp_before_the_header_is_not_the_issue_date() -> None:
    doc = vbcd.parse("09:30, Ngày 21/10/2017\n\nVăn bản của cơ quan cấp trên\n\n"
                     "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 45/TB-BGDĐT\n\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                     "Hà Nội, ngày 19 tháng 7 năm 2017\n\nTHÔNG BÁO\n\nKết luận của Bộ trưởng\n")
    assert doc.issue_date is not None and doc.issue_date.value == "2017-07-19"
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.issuer is not None and doc.issuer.value == "BỘ GIÁO DỤC VÀ ĐÀO TẠO"


def test_a_date_line_without_a_place_is_still_the_issue_date() -> None:
    doc = vbcd.parse("BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BYT-KCB\n"
                     "           , ngày 05 tháng 3 năm 2024\n\nV/v phòng chống dịch\n")
    assert doc.issue_date is not None and doc.issue_date.value == "2024-03-05"
    assert doc.issue_place is None


def test_a_type_line_without_a_title_takes_the_subject_under_the_number() -> None:
    doc = vbcd.parse("ỦY BAN KIỂM TRA TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "Số: 05-HD/UBKTTW\nV/v thực hiện quy định về xử lý kỷ luật đảng viên\n\n"
                     "Hà Nội, ngày 24 tháng 3 năm 2008\n\nHƯỚNG DẪN\n\n"
                     "Căn cứ Quy định của Bộ Chính trị, Ủy ban Kiểm tra Trung ương hướng dẫn "
                     "như sau:\n\n1. Giải thích từ ngữ.\n2. Áp dụng.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "HD"
    assert doc.title is not None
    assert doc.title.value == "V/v thực hiện quy định về xử lý kỷ luật đảng viên"
    assert [c.label for c in doc.clauses] == ["1", "2"]


def test_a_number_whose_type_code_was_left_blank() -> None:
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\n\nSố: 1281/-UBND\n\n"
                     "Hà Tĩnh, ngày 10 tháng 5 năm 2014\n\nQUYẾT ĐỊNH\nVề việc phê duyệt\n")
    assert doc.number is not None and doc.number.value == "1281/-UBND"
    assert doc.number.number == "1281" and doc.number.organ_code == "UBND"
    assert doc.issuer is not None and doc.issuer.value == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"


def test_an_issuer_named_after_a_decision_keeps_its_number_and_not_the_documents() -> None:
    doc = vbcd.parse(
        "   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh phúc\n"
        "  THEO QUYẾT ĐỊNH\n"
        "   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026\n"
        "     Số: 1105/KH-ĐKT\n\nKẾ HOẠCH\nKiểm tra an toàn\n")
    assert doc.number is not None and doc.number.value == "1105/KH-ĐKT"
    assert doc.issuer is not None
    assert doc.issuer.value == "SỞ CÔNG THƯƠNG ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"
    assert "type_mismatch" not in {w.code for w in doc.warnings}


def test_a_programme_of_action_type_line_leaves_the_title_its_own() -> None:
    doc = vbcd.parse("TỈNH ỦY LÀO CAI\n*\nSố 104-CTr/TU\nLào Cai, ngày 30 tháng 8 năm 2026\n\n"
                     "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW của Ban Chấp hành "
                     "Trung ương\n\nI. MỤC ĐÍCH\n1. Quán triệt.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "CTr"
    assert doc.title is not None
    assert doc.title.value == "thực hiện Kết luận số 75-KL/TW của Ban Chấp hành Trung ương"


def test_national_phrase_inside_a_sentence_heads_nothing() -> None:
    # a headerless reprint: the Party's name in a cited charter and a cited conclusion
    # with its number and date are the preamble's, not the document's own header
    doc = vbcd.parse(
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Căn cứ Kết luận số 18-KL/TW, ngày "
        "22/9/2017 của Ban Bí thư về sinh hoạt chi bộ;\n"
        "Ban Thường vụ Tỉnh ủy quy định như sau:\n")
    assert doc.national_header is None and doc.number is None and doc.issue_date is None
    assert doc.preamble is not None and doc.preamble.text.startswith("Căn cứ Điều lệ")
    assert "18-KL/TW" in [r.number for r in doc.references]
    doc = vbcd.parse(
        "Năm 2012 toàn Đảng tổ chức kỷ niệm 82 năm Ngày thành lập Đảng Cộng sản Việt Nam "
        "(3/2/1930 - 3/2/2012).\nThực hiện Chỉ thị số 45-CT/TW, Ban Tuyên giáo hướng dẫn.\n")
    assert doc.national_header is None
    assert doc.preamble is not None and doc.preamble.text.startswith("Năm 2012")


def test_national_header_in_title_case_on_its_own_line_or_cell() -> None:
    for top in ("Đảng Cộng sản Việt Nam\n", "TỈNH ỦY QUẢNG NAM     Đảng Cộng sản Việt Nam\n"):
        doc = vbcd.parse(top + "Số 15-TB/TU\nTam Kỳ, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\n"
                         "Về việc tổ chức hội nghị\n")
        assert doc.national_header is not None and doc.family == "party"


def test_flattened_party_header_issuer_stops_at_the_number() -> None:
    # a site's one-line rendering: issuer, star (lost), number, national header, place-date
    doc = vbcd.parse("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM "
                     "Hà Nội, ngày 03 tháng 4 năm 2018\nHƯỚNG DẪN\nthể thức trình bày văn bản\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG")
    assert doc.number is not None and doc.number.value == "36-HD/VPTW"
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    # ``Số`` glued to the issuer, the national header's tail run into the place
    doc = vbcd.parse("TỈNH ĐOÀN QUẢNG NAMSố: 15 - QĐ/TĐTN ĐOÀN TNCS HỒ CHÍ MINH Tam Kỳ, ngày 05 "
                     "tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc khen thưởng\n")
    assert doc.issuer is not None and doc.issuer.value == "TỈNH ĐOÀN QUẢNG NAM"
    assert doc.number is not None and doc.number.value == "15-QĐ/TĐTN"
    assert doc.issue_place is not None and doc.issue_place.value == "Tam Kỳ"
    assert [r.number for r in doc.references] == []


HEAD_PARTY = "TỈNH ỦY QUẢNG NAM\nSố 15-HD/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTam Kỳ, ngày 05 tháng 3 năm 2024\n"


@pytest.mark.parametrize(("type_line", "code", "title"), [
    ("HƯỚNG DẪN thể thức và kỹ thuật trình bày văn bản của Đảng", "HD",
     "thể thức và kỹ thuật trình bày văn bản của Đảng"),
    ("QUYẾT ĐỊNHVề việc ban hành quy chế làm việc", "QĐ", "Về việc ban hành quy chế làm việc"),
])
def test_type_word_and_title_on_one_line(type_line: str, code: str, title: str) -> None:
    doc = vbcd.parse(HEAD_PARTY.replace("-HD/", f"-{code}/") + type_line
                     + "\nCăn cứ Điều lệ Đảng;\n")
    assert doc.doc_type is not None and doc.doc_type.code == code
    assert doc.doc_type.source == "type_line"
    assert doc.title is not None and doc.title.value == title


def test_a_flattened_title_stops_where_the_body_runs_on() -> None:
    doc = vbcd.parse(HEAD_PARTY.replace("-HD/", "-QĐ/") + "QUYẾT ĐỊNHVề việc ban hành quy chế"
                     "--------- BAN THƯỜNG VỤ TỈNH ỦY - Căn cứ Điều lệ Đảng;\n")
    assert doc.title is not None and doc.title.value == "Về việc ban hành quy chế"
    doc = vbcd.parse("SỞ Y TẾ\nSố: 12/SYT-VP\nV/v báo cáo tình hình dịch bệnh Kính gửi: - Ủy ban "
                     "nhân dân tỉnh; Vừa qua, dịch bệnh diễn biến phức tạp.\n")
    assert doc.title is not None and doc.title.value == "V/v báo cáo tình hình dịch bệnh"


def test_the_document_naming_itself_after_its_type_word_is_no_type_line() -> None:
    doc = vbcd.parse(HEAD_PARTY + "QUYẾT ĐỊNH số 12-QĐ/TU ngày 01/3/2024 được thay thế.\n")
    assert doc.doc_type is None or doc.doc_type.source != "type_line"


def test_a_headline_with_type_and_number_names_the_document() -> None:
    doc = vbcd.parse("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU\n"
                     "SẮP XẾP TỔ CHỨC BỘ MÁY\nTại phiên họp ngày 28/2/2025, Bộ Chính trị, "
                     "Ban Bí thư kết luận như sau:\n1. Đồng ý chủ trương.\n")
    assert doc.number is not None and doc.number.value == "127-KL/TW"
    assert doc.doc_type is not None and doc.doc_type.code == "KL"
    assert doc.issuer is not None and doc.issuer.value == "BỘ CHÍNH TRỊ, BAN BÍ THƯ"
    assert doc.title is not None
    assert doc.title.value == "VỀ TRIỂN KHAI NGHIÊN CỨU SẮP XẾP TỔ CHỨC BỘ MÁY"
    assert "127-KL/TW" not in [r.number for r in doc.references]
    # a sentence citing a conclusion is no headline
    doc = vbcd.parse("Kết luận 127-KL/TW của Bộ Chính trị về sắp xếp bộ máy được quán triệt.\n")
    assert doc.number is None


def test_a_typed_title_without_its_type_line_keeps_the_numbers_type() -> None:
    head = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 876/QĐ-UBND | Yên Bái, ngày 22 tháng 6 năm 2011 |\n")
    doc = vbcd.parse(head + "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP\nỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n"
                     "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert doc.doc_type is not None and doc.doc_type.code == "QĐ"
    assert doc.number is not None and (doc.number.type_code, doc.number.organ_code) == (
        "QĐ", "UBND")
    # a công văn's subject, V/v in small letters, still makes a công văn
    doc = vbcd.parse(head.replace("876/QĐ-UBND", "876/CT-TTHT")
                     + "V/v hướng dẫn chính sách thuế\nKính gửi: Công ty A\n")
    assert doc.doc_type is not None and doc.doc_type.code == "CV"


def test_the_enacting_authority_above_a_dashed_preamble_is_not_the_titles() -> None:
    head = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 14/2001/QĐ-UB | Đà Lạt, ngày 16 tháng 3 năm 2001 |\n"
            "QUYẾT ĐỊNH\nV/V BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP ĐẦU TƯ XÂY DỰNG.\n")
    doc = vbcd.parse(head + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n- Căn cứ Luật Tổ chức HĐND "
                     "và UBND;\n- Căn cứ Nghị định số 52/1999/NĐ-CP;\n")
    assert doc.title is not None and doc.title.value == "V/V BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP ĐẦU TƯ XÂY DỰNG"
    # a title's list wrapped before a line opening with an authority's word goes on
    doc = vbcd.parse(head.replace("XÂY DỰNG.", "XÂY DỰNG CỦA BỘ CHÍNH TRỊ,")
                     + "CHỦ TỊCH NƯỚC VÀ MỘT SỐ TỔ CHỨC\n- Căn cứ Điều lệ Đảng;\n")
    assert doc.title is not None and doc.title.value.endswith("CHỦ TỊCH NƯỚC VÀ MỘT SỐ TỔ CHỨC")


@pytest.mark.parametrize(("surface", "type_code", "organ"), [
    ("1961/QĐUBND", "QĐ", "UBND"), ("61/2018/NĐCP", "NĐ", "CP"), ("45/HĐND", None, "HĐND"),
    ("12/BCĐ", None, "BCĐ"), ("7/KHĐT", None, "KHĐT"),
])
def test_a_type_code_glued_to_a_known_organ_code(surface: str, type_code: str | None,
                                                 organ: str) -> None:
    m = P.NUMBER.match(surface)
    assert m is not None
    number = number_from_match(m)
    assert (number.type_code, number.organ_code) == (type_code, organ)


@pytest.mark.parametrize(("label", "lost"), [("Viv", "Viv"), ("VW", "VW"), ("'V/", "V/")])
def test_an_ocr_damaged_subject_label_at_a_line_start_opens_the_title(label: str,
                                                                     lost: str) -> None:
    """The scanner reads ``V/v`` as ``Viv``, ``VW`` or ``V/``: at the start of the line
    under the number and before a small word it is still the label, with a warning."""
    doc = vbcd.parse("BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Số: 12/BTC-CST | Hà Nội, ngày 02 tháng 4 năm 2018\n"
                     f"{label} khấu trừ thuế GTGT hàng\nnhập khẩu.\n\n"
                     "Kính gửi: Công ty A.\n\nBộ Tài chính có ý kiến như sau:\n")
    assert doc.title is not None and doc.title.value == "V/v khấu trừ thuế GTGT hàng nhập khẩu"
    assert doc.doc_type is not None and doc.doc_type.code == "CV"
    assert any(w.code == "typo_corrected" and repr(lost) in w.message for w in doc.warnings)


def test_a_vw_or_v_slash_inside_a_line_or_before_a_capital_is_no_label() -> None:
    """Only a line's start before a small word makes the damaged forms safe."""
    doc = vbcd.parse("BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Số: 12/BTC-CST | Hà Nội, ngày 02 tháng 4 năm 2018\n"
                     "VW Group khai thuế\n\nKính gửi: Công ty A.\n")
    assert doc.title is None or not doc.title.value.startswith("V/v")


@pytest.mark.parametrize(("label", "number", "code"), [
    ("Nghị quyết số: 17/2022/UBTVQH15", "17/2022/UBTVQH15", "NQ"),
    ("Luật số: 45/2019/QH14", "45/2019/QH14", "LUẬT"),
])
def test_the_quoc_hois_typed_number_label_gives_the_number(label: str, number: str,
                                                           code: str) -> None:
    """An act of the Quốc hội labels its number with its type (``Luật số:``), not ``Số``;
    the number is the document's own, not a cited one. A citation wrapped to a line's
    start has no colon and stays a reference."""
    name = "NGHỊ QUYẾT" if code == "NQ" else "LUẬT"
    doc = vbcd.parse(f"ỦY BAN THƯỜNG VỤ QUỐC HỘI\n{label}\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                     f"{name}\nVề số giờ làm thêm\n\nCăn cứ Hiến pháp; Căn cứ Luật Tổ chức Quốc "
                     "hội đã được sửa đổi theo\nLuật số 65/2020/QH14;\n\nĐiều 1. Phạm vi\n")
    assert doc.number is not None and doc.number.value == number
    refs = [r.number for r in doc.references]
    assert number not in refs and "65/2020/QH14" in refs


def test_an_addressee_list_wrapped_after_a_misread_full_stop_goes_on() -> None:
    """A scan reads the list's commas as full stops (``Quốc phòng.``): the next line,
    more short capitalised names between commas, still belongs to the addressee; a
    sentence of the body under it does not."""
    head = ("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 45/VPCP-QHQT | Hà Nội, ngày 18 tháng 01 năm 2022\nV/v nhập cảnh\n\n")
    doc = vbcd.parse(head + "Kính gửi các Bộ: Công an, Ngoại giao. Y tế, Quốc phòng.\n"
                     "Giao thông vận tải, Văn hóa, Thể thao và Du\nlịch. Thông tin và Truyền "
                     "thông.\n\nXét báo cáo của Bộ Công an, Phó Thủ tướng có ý kiến như sau:\n")
    assert [a.text.replace("\n", " ") for a in doc.addressees] == [
        "các Bộ: Công an, Ngoại giao. Y tế, Quốc phòng. Giao thông vận tải, Văn hóa, Thể thao "
        "và Du lịch. Thông tin và Truyền thông"]
    doc = vbcd.parse(head + "Kính gửi: Các Sở, ban, ngành tỉnh.\nTrong thời gian qua, Sở Y tế "
                     "đã phối hợp với các đơn vị.\n")
    assert [a.text for a in doc.addressees] == ["Các Sở, ban, ngành tỉnh"]


def test_a_scans_u_with_horn_opening_the_numbers_code_is_read_as_u() -> None:
    """``ƯBND`` is a scan's ``UBND``: no organ's code opens with ``Ư``; a ``Ư`` inside a
    code (``TƯ``, Trung ương) stays."""
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nQUẬN HOÀNG MAI\nSố: 45/KH-ƯBND\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHoàng Mai, ngày 12 tháng 5 năm 2016\n"
                     "KẾ HOẠCH\nTriển khai an toàn thực phẩm\n")
    assert doc.number is not None and doc.number.value == "45/KH-UBND"
    assert (doc.number.type_code, doc.number.organ_code) == ("KH", "UBND")
    assert any(w.code == "typo_corrected" and "ƯBND" in w.message for w in doc.warnings)
    m = P.NUMBER.match("3/BCĐTƯ")
    assert m is not None and number_from_match(m).value == "3/BCĐTƯ"


def test_a_headline_whose_tone_marks_a_site_scrambled_is_still_the_header() -> None:
    """A site that scrambles tone marks prints ``KẾT LỦẬN 127-KL/TW CỦÀ ...``: read
    without marks, the headline still names the document's own type, number and issuer
    (not a citation); in small letters it stays a sentence."""
    doc = vbcd.parse("KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRỈỂN KHÀÌ "
                     "SẮP XẾP BỘ MÁY\n\nTạĩ phĩên họp ngàỷ 28/2/2025, Bộ Chính trị kết luận:\n")
    assert doc.number is not None and doc.number.value == "127-KL/TW"
    assert doc.doc_type is not None and doc.doc_type.code == "KL"
    assert doc.issuer is not None and doc.issuer.value == "BỘ CHÍNH TRỊ, BAN BÍ THƯ"
    assert "127-KL/TW" not in [r.number for r in doc.references]
    doc = vbcd.parse("Kết lủận 127-KL/TW củà Bộ Chính trị về sắp xếp bộ máy.\n")
    assert doc.number is None


@pytest.mark.parametrize("top", [
    "HỎA TỐC\n", "**THƯỢNG KHẨN**\n", "MẬT\nKHẨN\n", "HOẢ TỐC ",
])
def test_an_urgency_mark_above_the_issuer_is_no_part_of_it(top: str) -> None:
    """A công điện prints ``HỎA TỐC`` (or ``KHẨN``, ``MẬT``) at the top left, above the
    issuer or flattened before it: a mark, not the issuer's parent organ."""
    doc = vbcd.parse(
        top + "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 07/CĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Nghệ An, ngày 24 tháng 7 năm 2025\n\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 3\n")
    assert doc.issuer is not None
    assert doc.issuer.value == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    assert doc.issuer.parent is None


def test_a_name_that_opens_with_a_mark_word_is_kept() -> None:
    """Only marks followed by an organ's head are cut: ``MẬT`` alone on its line is a
    mark, a line that goes on with other words is the issuer's."""
    doc = vbcd.parse(
        "KHẨN TRƯƠNG CÔNG TY ABC\nSố: 07/CV-ABC\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 24 tháng 7 năm 2025\n\nV/v bão số 3\n")
    assert doc.issuer is not None and doc.issuer.value.startswith("KHẨN TRƯƠNG")


@pytest.mark.parametrize("line", [
    "Thanh Hóa, ngảy 20 thảng 10 nărn 2025",
    "Thanh Hóa, ngày 20 tháng 10 nắm 2025",
    "Thanh Hóa, ngàv 20 tháng 10 năm 2025",
    "Thanh Hóa, ngày 2O tháng 1O năm 2O25",
])
def test_an_ocr_slip_in_the_date_lines_words_or_digits_keeps_the_issue_date(line: str) -> None:
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 245/KH-UBND\n" + line
                     + "\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh\n\n1. Sở Y tế chủ trì.\n")
    assert doc.issue_date is not None and doc.issue_date.value == "2025-10-20"
    assert doc.issue_place is not None and doc.issue_place.value == "Thanh Hóa"
    assert doc.text[doc.issue_date.start:doc.issue_date.end] == doc.issue_date.text


def test_a_number_label_whose_vowel_ocr_read_as_a_six_is_still_the_label() -> None:
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nS6: 245/KH-UBND\n"
                     "Thanh Hóa, ngày 20 tháng 10 năm 2025\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh\n\n"
                     "1. Sở Y tế chủ trì.\n")
    assert doc.number is not None and doc.number.value == "245/KH-UBND"
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"


@pytest.mark.parametrize(("top", "issuer"), [
    ("BCH ĐOÀN TỈNH BÌNH ĐỊNH          ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 112-KH/TĐTN-VP\n",
     "BCH ĐOÀN TỈNH BÌNH ĐỊNH"),
    ("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG THPT LÊ LỢI\n***\nSố: 07-KH/ĐTN\n",
     "BCH ĐOÀN TRƯỜNG THPT LÊ LỢI"),
    ("HỘI NÔNG DÂN TỈNH NINH BÌNH        HỘI NÔNG DÂN VIỆT NAM\n*\nSố 78-KH/HNDT\n",
     "HỘI NÔNG DÂN TỈNH NINH BÌNH"),
])
def test_a_mass_organisations_own_motto_is_no_part_of_the_issuer(top: str, issuer: str) -> None:
    """The Youth Union (and the Farmers' Union) print their own motto where the State
    motto would stand; beside the issuer or above it, it is no part of the organ."""
    doc = vbcd.parse(top + "Bình Định, ngày 21 tháng 9 năm 2023\n\nKẾ HOẠCH\nTháng Thanh niên\n"
                     "\n1. Nội dung.\n")
    assert doc.issuer is not None and doc.issuer.value == issuer


def test_the_farmers_unions_name_opening_the_header_is_the_issuers_parent() -> None:
    """``HỘI NÔNG DÂN VIỆT NAM`` opening the left column is the parent of the committee
    below it (``BCH`` opens an organ's line), not a motto."""
    doc = vbcd.parse("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH THÁI BÌNH\n*\nSố 56-KH/HNDT\n"
                     "Thái Bình, ngày 20 tháng 02 năm 2024\n\nKẾ HOẠCH\nHội thi\n\n1. Nội dung.\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("HỘI NÔNG DÂN VIỆT NAM",
                                                   "BCH HỘI NÔNG DÂN TỈNH THÁI BÌNH")


def test_a_running_name_holding_the_youth_unions_motto_stays_the_issuer() -> None:
    """The motto's words inside a longer header line name the organ itself."""
    doc = vbcd.parse("TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 120-KH/TWĐTN-PTTN\n"
                     "Hà Nội, ngày 20 tháng 3 năm 2024\n\nKẾ HOẠCH\nChiến dịch\n\n1. Nội dung.\n")
    assert doc.issuer is not None and doc.issuer.value == "TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"


@pytest.mark.parametrize("label", ["V/ v", "V.v"])
def test_a_subject_label_read_as_a_roman_marker_keeps_the_date_line_under_it(
        label: str) -> None:
    """OCR splits ``V/v`` (``V/ v``) or reads its slash as a dot (``V.v``): the line
    looks like a Roman clause marker ``V.``, yet the place-and-date line under it is
    still the header's, and the subject is the title."""
    doc = vbcd.parse("UBND TỈNH NGHỆ AN\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nSố: 3127/SYT-NVY\n"
                     f"{label} tăng cường công tác khám, chữa bệnh dịp Tết\n"
                     "Nghệ An, ngày 12 tháng 01 năm 2025\n\nKính gửi: Các bệnh viện.\n\n"
                     "Sở Y tế đề nghị các đơn vị thực hiện./.\n")
    assert doc.issue_date is not None and doc.issue_date.value == "2025-01-12"
    assert doc.title is not None
    assert doc.title.value == f"{label} tăng cường công tác khám, chữa bệnh dịp Tết"


_CIRCULAR_HEAD = ("**BỘ Y TẾ - BỘ NỘI VỤ**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                  "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 05/2016/TTLT-BYT-BNV\n"
                  "|\n*Hà Nội, ngày 29 tháng 02 năm 2016*\n|\n")


@pytest.mark.parametrize(("type_line", "code"), [
    ("**THÔNG TƯ\nLIÊN TỊCH**", "TTLT"),
    ("**THÔNG\nTƯ LIÊN TỊCH**", "TTLT"),
    ("**THÔNG\nTƯ**", "TT"),
])
def test_a_type_name_a_converter_broke_over_two_lines_is_read_whole(
        type_line: str, code: str) -> None:
    """Converters break lines inside short bold cells (``**QUYẾT`` / ``ĐỊNH**``): the two
    pieces of the type name are one type line, and the title is what follows them."""
    doc = vbcd.parse(_CIRCULAR_HEAD + type_line + "\nHướng dẫn chức năng, nhiệm vụ của Sở Y tế\n"
                     "*Căn cứ Nghị định số 63/2012/NĐ-CP ngày 31 tháng 8 năm 2012;*\n"
                     "**Điều 1. Vị trí và chức năng**\nSở Y tế là cơ quan chuyên môn.\n")
    assert doc.doc_type is not None and doc.doc_type.code == code
    assert doc.title is not None
    assert doc.title.value == "Hướng dẫn chức năng, nhiệm vụ của Sở Y tế"


def test_a_title_in_capitals_under_a_whole_type_name_is_no_longer_type_name() -> None:
    """Only a line holding nothing but the rest of the name continues it: ``CHƯƠNG
    TRÌNH`` over ``HÀNH ĐỘNG THỰC HIỆN ...`` keeps its title whole."""
    doc = vbcd.parse("UBND TỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc\nSố: 12/CTr-UBND\n"
                     "Bắc Ninh, ngày 05 tháng 3 năm 2024\n\nCHƯƠNG TRÌNH\n"
                     "HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/TU\n\nI. MỤC TIÊU\n1. Nâng cao.\n")
    assert doc.title is not None
    assert doc.title.value == "HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/TU"


_BC_HEAD = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI\nBAN PHÁP CHẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 32/BC-HĐND\n"
            "Lào Cai, ngày 15 tháng 7 năm 2024\n\n")


@pytest.mark.parametrize(("type_line", "title"), [
    ("BÁO CÁO THẨM TRA", "Dự thảo Nghị quyết quy định mức chi hỗ trợ"),
    ("BÁO CÁO THẨM ĐỊNH", "Dự thảo Nghị quyết quy định mức chi hỗ trợ"),
    ("BÁO CÁO TÓM TẮT", "Tổng kết thi hành Luật Hộ tịch"),
    ("BÁO CÁO NHANH", "Tình hình thiệt hại do bão số 3 gây ra"),
    # a qualifier of the type no table holds opens the title written below it
    ("BÁO CÁO SƠ KẾT", "SƠ KẾT Công tác 6 tháng đầu năm 2024"),
])
def test_a_report_kind_on_the_type_line(type_line: str, title: str) -> None:
    """A kind of report named on the type line (``BÁO CÁO THẨM TRA``) keeps the code
    BC, and the trích yếu on the line below is the title, not the kind alone; a short
    qualifier no table holds (``BÁO CÁO SƠ KẾT``) goes on into the line below."""
    below = title.removeprefix("SƠ KẾT ")
    doc = vbcd.parse(_BC_HEAD + type_line + "\n" + below + "\n\n1. Kết quả\nĐạt.\n"
                     "2. Kiến nghị\nKhông.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "BC"
    assert doc.title is not None and doc.title.value == title


@pytest.mark.parametrize(("type_name", "title"), [
    ("BÁO CÁO", "Kết quả thực hiện Chương trình mục tiêu quốc gia năm 2024"),
    ("KẾ HOẠCH", "Triển khai công tác chuyển đổi số năm 2025"),
])
def test_a_sentence_case_title_on_the_type_line(type_name: str, title: str) -> None:
    """A converter running the type line and the title together (``BÁO CÁO Kết quả
    ...``): the title in sentence case is the rest of the line, not the preamble's."""
    doc = vbcd.parse(_BC_HEAD + type_name + " " + title + "\n\nThực hiện chỉ đạo của Bộ, UBND "
                     "tỉnh báo cáo như sau:\n1. Kết quả\nĐạt.\n2. Kiến nghị\nKhông.\n")
    assert doc.title is not None and doc.title.value == title
    assert doc.preamble is not None and doc.preamble.text.startswith("Thực hiện chỉ đạo")


@pytest.mark.parametrize("opener", [
    "Ban Thường vụ Huyện ủy trân trọng kính mời đồng chí: ....................",
    "Trân trọng kính mời: Đồng chí ....................",
    "Kính mời: ....................",
])
def test_an_invitations_opening_is_no_title(opener: str) -> None:
    """A giấy mời with no trích yếu under its type line opens its body with the
    invitation (``... trân trọng kính mời ...``): no title, and the event's time line
    (``Thời gian: ...``) gives the meeting date."""
    doc = vbcd.parse(HEAD_PARTY.replace("15-HD/TU", "215-GM/TU") + "\nGIẤY MỜI\n"
                     + opener + "\nVề dự Lễ kỷ niệm 94 năm Ngày thành lập Đảng.\n"
                     "Thời gian: 7 giờ 30 phút, ngày 07/3/2024 (thứ Năm).\n"
                     "Địa điểm: Hội trường Tỉnh ủy.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "GM"
    assert doc.title is None
    assert doc.meeting_date is not None and doc.meeting_date.value == "2024-03-07"


def test_a_standalone_annex_caption_is_not_the_number() -> None:
    """A regulation printed on its own (``QUY ĐỊNH`` under the issuer and the national
    header, then ``(Kèm theo Quyết định số ...)``) has no number of its own: the
    caption's number is the decision's, so it neither gives the number and the type
    nor pulls the type line into the issuer."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nQUY ĐỊNH\n"
        "Về quản lý cụm công nghiệp trên địa bàn tỉnh\n"
        "(Kèm theo Quyết định số 25/2021/QĐ-UBND ngày 19 tháng 8 năm 2021 của UBND tỉnh)\n\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
        "Quy định này quy định về quản lý cụm công nghiệp.\n")
    assert doc.issuer is not None and doc.issuer.value == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert doc.doc_type is not None and doc.doc_type.code == "QyĐ"
    assert doc.number is None
    assert doc.title is not None and doc.title.value.startswith("Về quản lý cụm công nghiệp")


def test_a_bare_type_line_then_the_bodys_opening_sentence() -> None:
    """A Party guide with its subject as ``V/v ...`` under the number and nothing under
    its type line: the sentence that opens the body (``Để ..., Ban ... hướng dẫn như
    sau:``) is no title; the ``V/v`` label is."""
    doc = vbcd.parse(
        "TỈNH ỦY HÀ TĨNH\nBAN TỔ CHỨC\n*\nSố 15-HD/BTCTU\n"
        "V/v kiểm điểm, đánh giá, xếp loại chất lượng năm 2024\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 05 tháng 3 năm 2024\n\nHƯỚNG DẪN\n\n"
        "Để thống nhất thực hiện, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:\n\n"
        "1. Đối tượng\n1.1. Tổ chức đảng.\n1.2. Đảng viên.\n")
    assert doc.title is not None
    assert doc.title.value == "V/v kiểm điểm, đánh giá, xếp loại chất lượng năm 2024"
    assert doc.preamble is not None and doc.preamble.text.startswith("Để thống nhất")


def test_a_standalone_party_regulations_caption_date_is_not_the_issue_date() -> None:
    """A Party regulation printed on its own, under ``(Ban hành kèm theo Quyết định số
    125-QĐ/TU, ngày 12/6/2024 ...)``: that date is the decision's, not an issue date
    of the header, so the header ends before the type line and the issuer keeps to
    its own lines."""
    doc = vbcd.parse(
        "TỈNH ỦY BÌNH PHƯỚC\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQUY ĐỊNH\n"
        "về phân cấp quản lý cán bộ\n(Ban hành kèm theo Quyết định số 125-QĐ/TU, ngày "
        "12/6/2024 của Ban Thường vụ Tỉnh ủy)\n-----\n\nChương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy định này quy định về phân cấp quản lý cán bộ.\n")
    assert doc.issuer is not None and doc.issuer.value == "TỈNH ỦY BÌNH PHƯỚC"
    assert doc.issue_date is None
    assert doc.doc_type is not None and doc.doc_type.name == "Quy định"
    assert doc.title is not None and doc.title.value.startswith("về phân cấp quản lý cán bộ")


@pytest.mark.parametrize(("title", "period"), [
    ("TÌNH HÌNH KINH TẾ - XÃ HỘI", "Tháng 3 năm 2024"),
    ("TUYỂN SINH VÀO LỚP 10", "Năm học 2024 - 2025"),
    ("CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI", "Năm 2023 và phương hướng nhiệm vụ năm 2024"),
    ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "Quý I năm 2024"),
])
def test_a_period_line_under_a_title_in_capitals_is_part_of_it(title: str, period: str) -> None:
    """A title in capitals often ends with its period on a line in mixed case: that line
    is the title's; a sentence opening with a year (``Năm 2024 là năm ...``) is not."""
    head = HEAD_PARTY.replace("15-HD/TU", "15-BC/TU") + "\nBÁO CÁO\n" + title + "\n"
    doc = vbcd.parse(head + period + "\n\nI. KẾT QUẢ\n1. Nông nghiệp.\n")
    assert doc.title is not None and doc.title.value == f"{title} {period}"
    doc = vbcd.parse(head + "Năm 2024 là năm có ý nghĩa quan trọng.\n\nI. KẾT QUẢ\n1. Nông nghiệp.\n")
    assert doc.title is not None and doc.title.value == title


@pytest.mark.parametrize(("type_line", "rest", "title"), [
    ("HƯỚNG DẪN THỰC HIỆN", "Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương",
     "THỰC HIỆN Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương"),
    ("GIẤY MỜI HỌP", "Giao ban công tác tháng 3", "HỌP Giao ban công tác tháng 3"),
    ("GIẤY MỜI HỌP", "UBND tỉnh tổ chức họp như sau:", "HỌP"),
])
def test_a_short_rest_of_the_type_line_goes_on_in_the_next_line(
        type_line: str, rest: str, title: str) -> None:
    """A word or two in capitals after the type name (``HƯỚNG DẪN THỰC HIỆN``) leave
    the title open: the line under it in mixed case completes it, unless that line is
    the body's (a sentence ending with a colon)."""
    doc = vbcd.parse(HEAD_PARTY + "\n" + type_line + "\n" + rest + "\n\n1. Nội dung.\n")
    assert doc.title is not None and doc.title.value == title


@pytest.mark.parametrize("session", [
    "KHÓA XIX, KỲ HỌP THỨ 30", "KHOÁ XVI - KỲ HỌP THỨ MƯỜI", "KỲ HỌP THỨ 28 (KỲ HỌP CHUYÊN ĐỀ)",
])
def test_a_councils_session_line_under_its_name_ends_a_title_in_capitals(session: str) -> None:
    """A council's resolution prints its name and its term and session between the
    title and ``Căn cứ``; the name line is the enacting authority even with the
    session line under it, so neither runs into a title printed in capitals."""
    doc = vbcd.parse(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 15/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nPhú Thọ, ngày 15 tháng 10 năm 2025\n\nNGHỊ QUYẾT\n"
        "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026\n\nHỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\n"
        f"{session}\n\nCăn cứ Luật Đầu tư công;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua kế hoạch.\n")
    assert doc.title is not None
    assert doc.title.value == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026"


@pytest.mark.parametrize("session", [
    "KHÓA XIX, KỲ HỌP THỨ 30", "KHÓA XVIII\nKỲ HỌP THỨ 18",
])
def test_a_councils_session_lines_are_not_its_preamble(session: str) -> None:
    """The term and session under the council's name (on one line or two) belong to the
    enacting authority: the preamble opens with ``Căn cứ``."""
    doc = vbcd.parse(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 15/NQ-HĐND\nPhú Thọ, ngày 15 tháng 10 năm 2025\n\n"
        "NGHỊ QUYẾT\nVề việc phê duyệt kế hoạch đầu tư công năm 2026\n\n"
        f"HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\n{session}\n\nCăn cứ Luật Đầu tư công;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Thông qua kế hoạch.\n")
    assert doc.title is not None
    assert doc.title.value == "Về việc phê duyệt kế hoạch đầu tư công năm 2026"
    assert doc.preamble is not None and doc.preamble.text.startswith("Căn cứ Luật Đầu tư công;")


@pytest.mark.parametrize("row", [
    "V/v triển khai thực hiện Kế hoạch          Ninh Bình, ngày 05 tháng 3 năm 2026\n",
    "V/v triển khai thực hiện Kế hoạch\tNinh Bình, ngày 05 tháng 3 năm 2026\n",
    "V/v triển khai thực hiện Kế hoạch\nNinh Bình, ngày 05 tháng 3 năm 2026\n",
])
def test_a_subject_wrapped_past_the_date_column_is_whole(row: str) -> None:
    """Two header columns flattened line by line put the date beside (or right under)
    the subject's first line and its wrap after the date: the wrap is still the
    subject's, and the date's column is no part of it."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH NINH BÌNH          Độc lập - Tự do - Hạnh phúc\nSố: 1234/UBND-VX\n"
        f"{row}tiêm chủng mở rộng năm 2026\nKính gửi: Sở Y tế.\n"
        "Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh đề nghị Sở Y tế triển khai.\n"
    )
    assert doc.title is not None and doc.title.value == (
        "V/v triển khai thực hiện Kế hoạch tiêm chủng mở rộng năm 2026")
    assert doc.issue_date is not None and doc.issue_date.value == "2026-03-05"
    assert [a.text for a in doc.addressees] == ["Sở Y tế"]


@pytest.mark.parametrize("line", ["Hà Nội, 05/3/2026", "Hà Nội, 05 tháng 3 năm 2026"])
def test_an_issue_line_without_the_word_ngay(line: str) -> None:
    """``ngày`` left out of the place-and-date line (``Hà Nội, 05/3/2026``): a place,
    a comma and a full date ending the line are still the issue's place and date."""
    doc = vbcd.parse(
        "BỘ Y TẾ\nSố: 1234/BYT-KCB\nV/v hướng dẫn khám bệnh\n"
        f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{line}\n"
        "Kính gửi: Sở Y tế các tỉnh, thành phố.\nBộ Y tế hướng dẫn như sau:\n"
    )
    assert doc.issue_place is not None and doc.issue_place.value == "Hà Nội"
    assert doc.issue_date is not None and doc.issue_date.value == "2026-03-05"


def test_a_cited_number_and_a_date_without_ngay_are_no_issue_line() -> None:
    """Only a place stands before a date without ``ngày``: a cited number does not."""
    doc = vbcd.parse(
        "BỘ Y TẾ\nSố: 1234/BYT-KCB\nV/v hướng dẫn thực hiện\n"
        "Thông tư số 12/2020/TT-BYT, 05/3/2020\nKính gửi: Sở Y tế các tỉnh.\n"
    )
    assert doc.issue_place is None and doc.issue_date is None


_KL_HEAD = ("UBND TỈNH NGHỆ AN\nTHANH TRA TỈNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 18/KL-TTr\n"
            "Nghệ An, ngày 22 tháng 5 năm 2024\n\n")


@pytest.mark.parametrize("title", [
    "Việc chấp hành pháp luật về quản lý, sử dụng ngân sách tại Sở Giao thông vận tải",
    "Về việc thanh tra công tác đấu thầu tại Bệnh viện Đa khoa tỉnh",
])
def test_an_inspection_conclusion_names_its_kind_on_the_type_line(title: str) -> None:
    """An inspectorate's conclusion prints ``KẾT LUẬN THANH TRA`` as its type line (the
    form of NĐ 43/2023): the type is KL and the title is the line below, without
    ``THANH TRA`` in front of it."""
    doc = vbcd.parse(_KL_HEAD + "KẾT LUẬN THANH TRA\n" + title + "\n\nThực hiện Quyết định "
                     "số 56/QĐ-TTr ngày 12/02/2024 của Chánh Thanh tra tỉnh, Chánh Thanh tra "
                     "tỉnh kết luận như sau:\nI. KHÁI QUÁT CHUNG\nSở là cơ quan chuyên môn.\n")
    assert doc.doc_type is not None and doc.doc_type.code == "KL"
    assert doc.title is not None and doc.title.value == title


@pytest.mark.parametrize("caps", ["KẾT LUẬN THANH TRA", "KẾT LUẬN"])
def test_a_title_opening_with_a_type_name_goes_on_in_mixed_case(caps: str) -> None:
    """``THÔNG BÁO`` / ``KẾT LUẬN THANH TRA`` / ``Việc chấp hành ...``: a trích yếu never
    stops at a type name alone, so the line in mixed case under it is the title's."""
    doc = vbcd.parse(_KL_HEAD.replace("KL-TTr", "TB-TTr") + "THÔNG BÁO\n" + caps + "\n"
                     "Việc chấp hành pháp luật tại Sở Y tế\n\nThực hiện Quyết định số 56/QĐ-TTr"
                     " ngày 12/02/2024 của Chánh Thanh tra tỉnh, Thanh tra tỉnh thông báo như "
                     "sau:\n1. Kết luận\nCó vi phạm.\n2. Kiến nghị\nKhông.\n")
    assert doc.title is not None
    assert doc.title.value == caps + " Việc chấp hành pháp luật tại Sở Y tế"
    assert doc.preamble is not None and doc.preamble.text.startswith("Thực hiện")


def test_a_plus_joins_two_departments_codes_in_the_number() -> None:
    """EVN's letters carry the codes of two departments joined by ``+``
    (``2345/EVN-KTSX+KD``), in the header and in a cited number."""
    doc = vbcd.parse("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nSố: 2345/EVN-KTSX+KD\nV/v cấp điện mùa khô\n"
                     "Hà Nội, ngày 03 tháng 3 năm 2025\n\nKính gửi: Các đơn vị.\n\n"
                     "Thực hiện văn bản số 99/EVN-KH+KD ngày 01/3/2025 của Tập đoàn, đề nghị "
                     "các đơn vị báo cáo.\n")
    assert doc.number is not None and doc.number.value == "2345/EVN-KTSX+KD"
    assert [r.number for r in doc.references] == ["99/EVN-KH+KD"]


@pytest.mark.parametrize(("line", "number"), [
    ("ĐỀ CƯƠNG TUYÊN TRUYỀN", "Số 120-ĐC/BTGTU\n"),
    ("ĐỀ CƯƠNG", ""),
])
def test_a_propaganda_outline_type_line(line: str, number: str) -> None:
    """A propaganda board's outline (``ĐỀ CƯƠNG TUYÊN TRUYỀN``), numbered or not, is a
    document type; its title is the line below."""
    doc = vbcd.parse("TỈNH ỦY NAM ĐỊNH\nBAN TUYÊN GIÁO\n*\n" + number
                     + "ĐẢNG CỘNG SẢN VIỆT NAM\nNam Định, ngày 10 tháng 01 năm 2025\n\n" + line
                     + "\nKỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam\n-----\n\n"
                     "I. BỐI CẢNH LỊCH SỬ\n1. Bối cảnh quốc tế.\n2. Bối cảnh trong nước.\n")
    assert doc.doc_type is not None and (doc.doc_type.code, doc.doc_type.name) == (
        "ĐC", "Đề cương")
    assert doc.title is not None
    assert doc.title.value == "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"


@pytest.mark.parametrize(("header", "parent", "name"), [
    ("HĐND PHƯỜNG HOÀN KIẾM\nTHƯỜNG TRỰC HĐND", "HĐND PHƯỜNG HOÀN KIẾM", "THƯỜNG TRỰC HĐND"),
    ("HỘI ĐỒNG NHÂN DÂN\nXÃ VINH LỘC\nTHƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN XÃ VINH LỘC",
     "THƯỜNG TRỰC"),
    ("HĐND XÃ VINH LỘC THƯỜNG TRỰC HĐND", "HĐND XÃ VINH LỘC", "THƯỜNG TRỰC HĐND"),
    ("ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN",
     "BAN THƯỜNG TRỰC"),
])
def test_a_councils_standing_body_is_the_issuer_below_the_council(
        header: str, parent: str, name: str) -> None:
    """A council's standing body issues its notices under the council's line (``HĐND
    PHƯỜNG X`` / ``THƯỜNG TRỰC HĐND``), also run onto one line: the standing body is the
    issuing organ, the council its parent."""
    doc = vbcd.parse(header + "\nSố: 25/TB-HĐND\nVinh Lộc, ngày 05 tháng 8 năm 2025\n"
                     "THÔNG BÁO\nKết luận phiên họp Thường trực HĐND tháng 8\n"
                     "1. Giao Ban Kinh tế - Xã hội HĐND giám sát.\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == (parent, name)


def test_the_provincial_judgment_enforcement_service_is_the_issuer_below_its_ministry() -> None:
    """Since 2025 the Cục Thi hành án dân sự of a province is ``THI HÀNH ÁN DÂN SỰ TỈNH
    X``, under ``BỘ TƯ PHÁP``: the ministry is its parent, as for the Cục before."""
    doc = vbcd.parse("BỘ TƯ PHÁP\nTHI HÀNH ÁN DÂN SỰ\nTỈNH ĐỒNG NAI\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                     "Số: 789/THADS-NV\nĐồng Nai, ngày 10 tháng 7 năm 2025\n"
                     "V/v rà soát hồ sơ thi hành án\n\nKính gửi: Các Phòng Thi hành án dân sự "
                     "khu vực.\n\n1. Rà soát các hồ sơ đang tổ chức thi hành.\n")
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("BỘ TƯ PHÁP", "THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG NAI")


_RECORD_HEAD = (
    "CÔNG AN TỈNH THANH HÓA\nPHÒNG CẢNH SÁT GIAO THÔNG\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BB-VPHC\n\n"
    "BIÊN BẢN\nVi phạm hành chính về trật tự, an toàn giao thông\n\n"
)


@pytest.mark.parametrize("opening", [
    "Hôm nay, hồi 14 giờ 20 phút, ngày 18/02/2026, tại Km 325 Quốc lộ 1A.",
    "Hôm nay, ngày 18/02/2026, tại trụ sở UBND xã.",
    "Vào lúc 14 giờ 20 phút, ngày 18/02/2026, tại trụ sở UBND xã.",
    "Vào ngày 18/02/2026, tại trụ sở UBND xã.",
])
def test_a_records_first_sentence_is_no_place_and_date_line(opening: str) -> None:
    """A violation record prints no place-and-date line: its body opens with the hour
    and day it was drawn up (``Hôm nay, hồi ... ngày ...``), which is neither an issue
    place (``Hôm nay``) nor a line of the header that would swallow the title."""
    doc = vbcd.parse(_RECORD_HEAD + opening + "\nChúng tôi gồm:\n")
    assert doc.title is not None
    assert doc.title.value == "Vi phạm hành chính về trật tự, an toàn giao thông"
    assert doc.issue_place is None and doc.issue_date is None


@pytest.mark.parametrize(("number", "expected"), [
    ("0012345/BB-VPHC", "0012345/BB-VPHC"),
    ("00123456/QĐ-XPHC", "00123456/QĐ-XPHC"),
    ("1234567/BB-VPHC", None),
])
def test_a_pre_printed_forms_serial_number(number: str, expected: str | None) -> None:
    """A violation record's or a sanction decision's pre-printed form carries a serial
    with leading zeros (``Số: 0012345/BB-VPHC``): the whole of it is the number, never
    its last six digits."""
    doc = vbcd.parse(_RECORD_HEAD.replace("12/BB-VPHC", number) + "Hôm nay, ngày 18/02/2026.\n")
    assert (doc.number.value if doc.number else None) == expected


def test_archive_header_old_number_and_pre_1976_national_heading() -> None:
    doc = vbcd.parse(
        "HỘI ĐỒNG CHÍNH PHỦ\nVIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 64-CP\nHà Nội, ngày 10 tháng 4 năm 1972\n\nNGHỊ ĐỊNH\n"
        "Về việc ban hành Điều lệ hợp tác xã\n\nHỘI ĐỒNG CHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Hội đồng Chính phủ ngày 14-7-1960;\n\nNGHỊ ĐỊNH:\n\n"
        "Điều 1. Nay ban hành kèm theo Nghị định này bản Điều lệ.\n"
    )
    assert doc.number is not None and doc.number.value == "64-CP"
    assert doc.issuer is not None and doc.issuer.name == "HỘI ĐỒNG CHÍNH PHỦ"
    assert doc.national_header is not None
    assert doc.national_header.value == "VIỆT NAM DÂN CHỦ CỘNG HÒA"
    assert doc.family == "state"


def test_an_archive_joint_circular_of_ministries() -> None:
    doc = vbcd.parse(
        "BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12-TT/LB\nHà Nội, ngày 15 tháng 7 năm 1992\n\nTHÔNG TƯ LIÊN BỘ\n"
        "Hướng dẫn chế độ trợ cấp đối với cán bộ nghỉ hưu\n\n"
        "Thi hành Nghị định số 43-CP ngày 22-6-1993 của Chính phủ, Liên Bộ hướng dẫn:\n"
        "1. Đối tượng áp dụng.\n"
    )
    assert doc.doc_type is not None and doc.doc_type.code == "TTLT"
    assert doc.title is not None
    assert doc.title.value == "Hướng dẫn chế độ trợ cấp đối với cán bộ nghỉ hưu"
