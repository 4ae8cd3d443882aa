"""Health documents after the 2025 reforms: the commune's clinic, hospitals' headers in
Markdown, and a clinic's signature block."""

from __future__ import annotations

import vbcd

_CLINIC_DOC = """ỦY BAN NHÂN DÂN
XÃ PHÚ HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND
Phú Hòa, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Triển khai tiêm chủng mở rộng năm 2026

1. Trạm Y tế xã Phú Hòa chủ trì tổ chức tiêm chủng, hoàn thành trước ngày 30/6/2026.
2. Trạm Thú y xã Phú Hòa tổ chức tiêm phòng cho đàn gia súc.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Thị Lan
"""


def test_commune_clinic_keeps_its_service_in_its_canonical_name() -> None:
    """``Trạm Y tế xã X`` is ``trạm y tế xã x`` (as ``TYT xã X`` is), not ``trạm xã x``,
    which it shared with the commune's veterinary station."""
    doc = vbcd.parse(_CLINIC_DOC)
    canon = {a.name: a.canonical for a in doc.agencies}
    assert canon["Trạm Y tế xã Phú Hòa"] == "trạm y tế xã phú hòa"
    assert canon.get("Trạm Thú y xã Phú Hòa") != canon["Trạm Y tế xã Phú Hòa"]


def test_clinic_acronym_and_full_name_are_one_organ() -> None:
    text = _CLINIC_DOC.replace("2. Trạm Thú y xã Phú Hòa tổ chức tiêm phòng cho đàn gia súc.",
                               "2. TYT xã Phú Hòa báo cáo kết quả về Ủy ban nhân dân xã.")
    doc = vbcd.parse(text)
    clinics = [a for a in doc.agencies if a.canonical == "trạm y tế xã phú hòa"]
    assert len(clinics) == 1
    assert {m.text for m in clinics[0].mentions} == {"Trạm Y tế xã Phú Hòa", "TYT xã Phú Hòa"}


_MARKDOWN_HOSPITAL = """# BỆNH VIỆN ĐA KHOA KHU VỰC CẦU NGANG

**Số:** 56/TB-BVĐKKV

*Trà Vinh, ngày 14 tháng 5 năm 2026*

## THÔNG BÁO
### Kết quả lựa chọn nhà thầu gói thầu mua sắm thuốc năm 2026

1. Khoa Dược ký hợp đồng với nhà thầu trúng thầu trước ngày 31/5/2026.

**Nơi nhận:**
- Lưu: VT, Dược.

**GIÁM ĐỐC**

**BS.CKII. Nguyễn Hữu Phước**
"""


def test_markdown_heading_in_capitals_is_the_issuer_not_a_site_digest() -> None:
    """A capitals heading opening the text is the issuer put in Markdown: it was cut
    as a legal site's digest headline, and the document lost its issuer."""
    doc = vbcd.parse(_MARKDOWN_HOSPITAL)
    assert doc.issuer is not None
    assert doc.issuer.value == "BỆNH VIỆN ĐA KHOA KHU VỰC CẦU NGANG"
    assert "site_digest" not in {w.code for w in doc.warnings}


def test_markdown_heading_in_capitals_for_a_province_issuer() -> None:
    text = _MARKDOWN_HOSPITAL.replace("# BỆNH VIỆN ĐA KHOA KHU VỰC CẦU NGANG",
                                      "# SỞ Y TẾ TỈNH VĨNH LONG")
    doc = vbcd.parse(text)
    assert doc.issuer is not None
    assert doc.issuer.value == "SỞ Y TẾ TỈNH VĨNH LONG"


_CLINIC_REPORT = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
TRẠM Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/BC-TYT
Tân Phú, ngày 28 tháng 02 năm 2026

BÁO CÁO
Kết quả công tác dinh dưỡng năm 2025

1. Đề nghị Trung tâm Y tế khu vực Định Quán cấp bổ sung vi chất dinh dưỡng trước ngày 15/3/2026.

Nơi nhận:
- UBND xã Tân Phú;
- Lưu: TYT.

TRƯỞNG TRẠM

Y sĩ Lê Văn Thành
"""


def test_clinic_head_signs_as_truong_tram_with_a_grade_before_the_name() -> None:
    doc = vbcd.parse(_CLINIC_REPORT)
    assert doc.signature is not None
    assert doc.signature.title == "TRƯỞNG TRẠM"
    assert doc.signature.name == "Lê Văn Thành"


def test_doctor_written_out_before_the_signer_name() -> None:
    text = _CLINIC_REPORT.replace("TRƯỞNG TRẠM\n", "PHÓ TRƯỞNG TRẠM Y TẾ\n").replace(
        "Y sĩ Lê Văn Thành", "Bác sĩ Trần Thị Hoa")
    doc = vbcd.parse(text)
    assert doc.signature is not None
    assert doc.signature.title == "PHÓ TRƯỞNG TRẠM Y TẾ"
    assert doc.signature.name == "Trần Thị Hoa"
