"""Round 16, helper SB: a công điện's addressees laid out as table cells, a legal
site's English translation after the document, and citations in a bracketed aside
or numbered the way a company numbers its letters."""

from __future__ import annotations

import pytest

import vbcd

# --- a công điện's addressees in table cells -------------------------------------------

_TELEGRAM = """BỘ CÔNG THƯƠNG
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 07/CĐ-BCT
|
Hà Nội, ngày 09 tháng 7 năm 2024
|
CÔNG ĐIỆN
Về việc bảo đảm cung ứng điện mùa khô
BỘ TRƯỞNG BỘ CÔNG THƯƠNG điện:
|
{cells}
|
Thời gian qua, nắng nóng kéo dài làm phụ tải điện tăng cao.
1. Tập đoàn Điện lực Việt Nam điều hành hệ thống điện an toàn.
2. Cục Điều tiết điện lực theo dõi, đôn đốc thực hiện./.
|
Nơi nhận:
- Như trên;
- Lưu: VT, ĐTĐL.
|
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trương Thanh Hoài
"""


def _addressees(cells: str) -> list[str]:
    doc = vbcd.parse(_TELEGRAM.format(cells=cells))
    return [" ".join(a.text.split()) for a in doc.addressees]


def test_names_in_the_next_cell_complete_the_addressee_that_ends_with_a_colon() -> None:
    cells = ("- Giám đốc\ncác Sở:\n|\nCông Thương, Tài chính, Xây dựng.\n|\n|\n** **\n|\n"
             "- Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu.")
    assert _addressees(cells) == [
        "Giám đốc các Sở: Công Thương, Tài chính, Xây dựng",
        "Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu",
    ]


def test_a_row_closed_by_a_full_stop_is_followed_by_the_next_dashed_addressee() -> None:
    cells = ("- Tổng Giám đốc Tập đoàn Điện lực Việt Nam.\n|\n|\n"
             "- Giám đốc Sở Công Thương các tỉnh, thành phố.")
    assert _addressees(cells) == [
        "Tổng Giám đốc Tập đoàn Điện lực Việt Nam",
        "Giám đốc Sở Công Thương các tỉnh, thành phố",
    ]


def test_an_addressee_wrapped_after_a_title_reads_its_long_second_line() -> None:
    cells = ("- Bí thư Tỉnh ủy, Chủ tịch\nỦy ban nhân dân các tỉnh, thành phố trực thuộc "
             "Trung ương: Nghệ An, Hà Tĩnh,\nQuảng Bình, Quảng Trị.")
    assert _addressees(cells) == [
        "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung "
        "ương: Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị",
    ]


def test_the_body_after_a_closed_list_is_no_addressee() -> None:
    cells = "- Giám đốc các Sở: Công Thương, Tài chính."
    doc = vbcd.parse(_TELEGRAM.format(cells=cells))
    assert [" ".join(a.text.split()) for a in doc.addressees] == [
        "Giám đốc các Sở: Công Thương, Tài chính"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Thời gian qua")


# --- a legal site's English translation after the document -----------------------------

_CIRCULAR = """BỘ GIAO THÔNG VẬN TẢI
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 21/2024/TT-BGTVT
|
Hà Nội, ngày 14 tháng 6 năm 2024
|
THÔNG TƯ
QUY ĐỊNH VỀ ĐÀO TẠO LÁI XE
Căn cứ Nghị định số 56/2022/NĐ-CP ngày 24 tháng 8 năm 2022 của Chính phủ;
Bộ trưởng Bộ Giao thông vận tải ban hành Thông tư quy định về đào tạo lái xe.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về đào tạo lái xe.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 01 tháng 8 năm 2024./.
|
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, TCCB.
|
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Anh Tuấn
|
{tail}"""

_ENGLISH = """Circular No. 21/2024/TT-BGTVT dated June 14, 2024 on driver training
|
**MINISTRY OF TRANSPORT**
-------
|
**SOCIALIST REPUBLIC OF VIETNAM**
Independence – Freedom – Happiness
|
No. 21/2024/TT-BGTVT
|
CIRCULAR
Pursuant to the Government's Decree No. 56/2022/ND-CP dated August 24, 2022;
Article 1. Scope
This Circular applies together with Decree No. 10/2020/ND-CP.
PP. MINISTER
DEPUTY MINISTER
Le Anh Tuan
"""


def test_an_english_translation_after_the_document_is_cut() -> None:
    doc = vbcd.parse(_CIRCULAR.format(tail=_ENGLISH))
    assert "Independence" not in doc.text and "ND-CP" not in doc.text
    assert [r.number for r in doc.references] == ["56/2022/NĐ-CP"]
    assert "site_translation" in {w.code for w in doc.warnings}
    assert doc.signature is not None and doc.signature.name == "Lê Anh Tuấn"
    assert [c.path for c in doc.clauses] == ["Điều 1", "Điều 2"]


def test_the_english_motto_quoted_in_a_sentence_cuts_nothing() -> None:
    tail = ("Ghi chú: tiêu ngữ dịch là \"Independence - Freedom - Happiness\" theo "
            "Công văn số 45/BNG-LS ngày 12/3/2024 của Bộ Ngoại giao.\n")
    doc = vbcd.parse(_CIRCULAR.format(tail=tail))
    assert "Independence" in doc.text
    assert "45/BNG-LS" in [r.number for r in doc.references]
    assert "site_translation" not in {w.code for w in doc.warnings}


def test_an_english_motto_with_no_vietnamese_document_before_it_is_kept() -> None:
    raw = ("MINISTRY OF HEALTH\nSOCIALIST REPUBLIC OF VIETNAM\n"
           "Independence - Freedom - Happiness\nNo. 05/2023/TT-BYT\n")
    assert "Independence" in vbcd.parse(raw).text


# --- citations in a bracketed aside, and companies' numbers ------------------------------

_REPORT = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 210/BC-UBND
Hậu Giang, ngày 18 tháng 6 năm 2024
BÁO CÁO
Tình hình thực hiện chuyển đổi số 6 tháng đầu năm 2024
1. {line}
Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Huyến
"""


def _refs(line: str) -> list[tuple[str, str | None, str | None]]:
    doc = vbcd.parse(_REPORT.format(line=line))
    return [(r.number, r.date, r.issuer) for r in doc.references]


@pytest.mark.parametrize(("line", "expected"), [
    ("Các sở đã ban hành kế hoạch chuyển đổi số (Ngày 05/3/2024, Sở Y tế đã ban hành "
     "Kế hoạch số 41/KH-SYT về bệnh án điện tử).",
     ("41/KH-SYT", "2024-03-05", "Sở Y tế")),
    ("Một số huyện triển khai chậm *(ngày 02/4/2024, UBND huyện Long Mỹ ban hành "
     "Kế hoạch số 34/KH-UBND bổ sung nhiệm vụ)*.",
     ("34/KH-UBND", "2024-04-02", "UBND huyện Long Mỹ")),
    ("Các đơn vị đã số hóa hồ sơ (Sở Nội vụ tiếp tục ban hành Hướng dẫn số "
     "12/HD-SNV).",
     ("12/HD-SNV", None, "Sở Nội vụ")),
])
def test_a_bracketed_aside_opens_its_own_sentence(
        line: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _refs(line)


def test_an_aside_in_small_letters_keeps_the_subject_before_it() -> None:
    line = "Tổng cục Thuế (nay là Cục Thuế) đã ban hành Công văn số 5566/TCT-CS."
    assert ("5566/TCT-CS", None, "Tổng cục Thuế") in _refs(line)


@pytest.mark.parametrize(("line", "number", "date"), [
    ("Sở nhận được công văn số 09/HDTL/2024 ngày 06/5/2024 của Công ty TNHH Minh Phát.",
     "09/HDTL/2024", "2024-05-06"),
    ("Công ty gửi văn bản số 125/CV/2024 ngày 02/3/2024 đề nghị hỗ trợ.",
     "125/CV/2024", "2024-03-02"),
])
def test_a_company_number_with_its_year_after_its_code_is_a_reference(
        line: str, number: str, date: str) -> None:
    assert (number, date) in [(n, d) for n, d, _ in _refs(line)]
