"""Round 16, helper SD (real tax, customs and government documents): the enacting
authority's name wrapped onto two bold lines under the title, the tax and customs
departments' ``CTrg``/``PCTrg`` before a name, and ``Đài tiếng nói Việt Nam`` written
small like its sister stations."""

from __future__ import annotations

import pytest

import vbcd

_DECISION = """BỘ {parent}
**{issuer}**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 77/{code}
|
*Hà Nội, ngày 16 tháng 3 năm 2026*
|
**{kind}**
{title}
**{authority_1}
{authority_2}**
*Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;*
**QUYẾT ĐỊNH:**
**Điều 1.** Ban hành kèm theo Quyết định này Quy trình kiểm tra.
**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký./.
|
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
|
**CỤC TRƯỞNG**
Hoàng Văn Sơn
"""


@pytest.mark.parametrize(("parent", "issuer", "code", "kind", "title", "a1", "a2"), [
    ("TÀI CHÍNH", "CỤC HẢI QUAN", "TB-CHQ", "THÔNG BÁO",
     "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ HÀNG HÓA", "CỤC TRƯỞNG CỤC", "HẢI QUAN"),
    ("CÔNG AN", "CỤC CẢNH SÁT GIAO THÔNG", "QĐ-CSGT", "QUYẾT ĐỊNH",
     "BAN HÀNH QUY TRÌNH TUẦN TRA KIỂM SOÁT", "CỤC TRƯỞNG CỤC CẢNH SÁT", "GIAO THÔNG"),
    ("TÀI CHÍNH", "CỤC THUẾ", "QĐ-CT", "QUYẾT ĐỊNH",
     "VỀ VIỆC BAN HÀNH QUY TRÌNH HOÀN THUẾ", "CỤC TRƯỞNG", "CỤC THUẾ"),
])
def test_wrapped_authority_is_cut_from_the_title(
        parent: str, issuer: str, code: str, kind: str, title: str, a1: str, a2: str) -> None:
    doc = vbcd.parse(_DECISION.format(parent=parent, issuer=issuer, code=code, kind=kind,
                                      title=title, authority_1=a1, authority_2=a2))
    assert doc.title is not None and doc.title.value == title
    assert doc.preamble is not None and doc.preamble.text.startswith("Căn cứ")


def test_wrapped_authority_under_a_mixed_case_title_leaves_the_preamble() -> None:
    text = _DECISION.format(parent="TÀI CHÍNH", issuer="CỤC THUẾ", code="QĐ-CT",
                            kind="QUYẾT ĐỊNH", title="Về việc thành lập Tổ kiểm tra thuế",
                            authority_1="CỤC TRƯỞNG CỤC", authority_2="THUẾ")
    doc = vbcd.parse(text)
    assert doc.title is not None and doc.title.value == "Về việc thành lập Tổ kiểm tra thuế"
    assert doc.preamble is not None and "CỤC TRƯỞNG" not in doc.preamble.text


def test_title_wrapped_over_a_position_keeps_its_lines() -> None:
    """A bold title whose middle line opens with a position (``GIÁM ĐỐC SỞ Y TẾ``) is
    no wrapped authority: the authority is the bold line of its own below it."""
    text = """**ỦY BAN NHÂN DÂN**
**TỈNH NINH THUẬN**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 415/QĐ-UBND
|
*Phan Rang, ngày 14 tháng 4 năm 2026*
|
**QUYẾT ĐỊNH**
**VỀ VIỆC ỦY QUYỀN CHO
GIÁM ĐỐC SỞ Y TẾ
CẤP GIẤY PHÉP HÀNH NGHỀ**
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**
*Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;*
**QUYẾT ĐỊNH:**
**Điều 1.** Ủy quyền cho Giám đốc Sở Y tế cấp giấy phép hành nghề./.
|
**CHỦ TỊCH**
Trần Quốc Nam
"""
    doc = vbcd.parse(text)
    assert doc.title is not None
    assert doc.title.value == "VỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ Y TẾ CẤP GIẤY PHÉP HÀNH NGHỀ"


_LETTER = """BỘ TÀI CHÍNH
**CỤC THUẾ**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 702/CT-NVT
V/v hoàn thuế giá trị gia tăng
|
*Hà Nội, ngày 09 tháng 3 năm 2026*
|
Kính gửi: Thuế tỉnh Thanh Hóa
Cục Thuế có ý kiến để Thuế tỉnh Thanh Hóa được biết./.
|
Nơi nhận:
- Như trên;
- {line};
- Lưu: VT, NVT.
|
**TL. CỤC TRƯỞNG**
**TRƯỞNG BAN NGHIỆP VỤ THUẾ**
Đinh Văn Bảo
"""


@pytest.mark.parametrize(("line", "name", "title"), [
    ("PCTrg Vũ Thị Lan Anh (để b/c)", "Vũ Thị Lan Anh", "PCTrg"),
    ("Phó CTrg Hà Quang Đạt (để b/c)", "Hà Quang Đạt", "Phó CTrg"),
    ("CTrg Nguyễn Hữu Phước (để b/c)", "Nguyễn Hữu Phước", "CTrg"),
])
def test_department_head_short_form_before_a_name(line: str, name: str, title: str) -> None:
    doc = vbcd.parse(_LETTER.format(line=line))
    found = {p.name: [x.title for x in p.positions] for p in doc.persons}
    assert found.get(name) == [title]


def test_national_radio_written_small() -> None:
    text = """Để chủ động ứng phó với nắng nóng, Thủ tướng Chính phủ yêu cầu:
1. Đài tiếng nói Việt Nam, Đài truyền hình Việt Nam tăng cường thông tin cho người dân.
2. Đài tiếng nói nhân dân tỉnh phối hợp đưa tin./.
"""
    names = {a.name for a in vbcd.parse(text).agencies}
    assert {"Đài tiếng nói Việt Nam", "Đài truyền hình Việt Nam"} <= names
    assert "Đài tiếng nói nhân dân tỉnh" in names


def test_voice_as_a_common_noun_is_no_agency() -> None:
    text = "Người dân có tiếng nói chung trong xây dựng nông thôn mới.\n"
    assert vbcd.parse(text).agencies == []


def test_wrapped_authority_without_markdown() -> None:
    """The rule reads the issuer's name, not the bold marks a converter may drop."""
    text = _DECISION.format(parent="TÀI CHÍNH", issuer="CỤC HẢI QUAN", code="TB-CHQ",
                            kind="THÔNG BÁO", title="VỀ KẾT QUẢ PHÂN LOẠI HÀNG HÓA",
                            authority_1="CỤC TRƯỞNG CỤC", authority_2="HẢI QUAN")
    doc = vbcd.parse(text.replace("**", ""))
    assert doc.title is not None and doc.title.value == "VỀ KẾT QUẢ PHÂN LOẠI HÀNG HÓA"


def test_wrapped_authority_with_its_place_on_the_second_line() -> None:
    text = """UBND TỈNH LÂM ĐỒNG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 56/QĐ-TTPVHCC
Đà Lạt, ngày 08 tháng 5 năm 2026
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH NỘI QUY TIẾP NHẬN HỒ SƠ
GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH
LÂM ĐỒNG
Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Nội quy tiếp nhận hồ sơ./.
GIÁM ĐỐC
Nguyễn Thị Thu Trang
"""
    doc = vbcd.parse(text)
    assert doc.title is not None and doc.title.value == "VỀ VIỆC BAN HÀNH NỘI QUY TIẾP NHẬN HỒ SƠ"


def test_enacting_formula_under_a_one_line_authority_stays_out_of_the_preamble() -> None:
    """``QUYẾT ĐỊNH:`` right under the authority is the formula, not the name's wrap."""
    text = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 40/QĐ-UBND
Tân Hòa, ngày 03 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc hỗ trợ chi phí học tập
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA
QUYẾT ĐỊNH:
Điều 1. Hỗ trợ chi phí học tập cho học sinh có hoàn cảnh khó khăn.
Điều 2. Công chức Văn hóa - Xã hội xã chịu trách nhiệm thi hành Quyết định này./.
CHỦ TỊCH
Hồ Văn Định
"""
    doc = vbcd.parse(text)
    assert doc.preamble is not None and "CHỦ TỊCH" not in doc.preamble.text
