"""Round 16 (SE): a site's English translation after the document, the type of a
colon list's later items, comma-joined culture-sector office names."""

from __future__ import annotations

import vbcd

_VN = (
    "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/2025/TT-BYT\nHà Nội, ngày 03 tháng 10 năm 2025\nTHÔNG TƯ\n"
    "QUY ĐỊNH VỀ KIỂM SOÁT NHIỄM KHUẨN\n"
    "Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ;\n"
    "Điều 1. Thông tư này quy định về kiểm soát nhiễm khuẩn.\n"
    "Điều 2. Thông tư này có hiệu lực từ ngày 01 tháng 12 năm 2025.\n"
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, KCB.\n"
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Thuấn\n"
)
_EN = (
    "|\n**MINISTRY OF HEALTH OF VIETNAM**\n-------\n|\n**THE SOCIALIST\n"
    "REPUBLIC OF VIET NAM**\nIndependence - Freedom - Happiness\n"
    "No. 12/2025/TT-BYT\nHanoi, October 03, 2025\nCIRCULAR\nON INFECTION CONTROL\n"
    "Pursuant to the Government's Decree No. 42/2025/ND-CP dated February 27, 2025 "
    "defining the functions of the Ministry of Health;\n"
    "Article 1. This Circular provides for the control of infection in the hospitals "
    "of the provinces and the cities of the country.\n"
    "Article 2. This Circular comes into force from December 01, 2025 and the heads of "
    "the units of the Ministry shall implement it.\n"
    "PP. MINISTER\nDEPUTY MINISTER\nTran Van Thuan\n"
)


def test_site_english_translation_after_the_document_is_dropped() -> None:
    d = vbcd.parse(_VN + _EN)
    assert [r.number for r in d.references] == ["42/2025/NĐ-CP"]
    assert "Independence" not in d.text
    assert d.signature is not None and d.signature.name == "Trần Văn Thuấn"
    assert "site_translation" in [w.code for w in d.warnings]
    assert not any("Tran Van" in p.name for p in d.persons)


def test_english_motto_quoted_inside_the_body_is_kept() -> None:
    text = _VN.replace(
        "Điều 2.",
        "Điều 2. Phông nền in khẩu hiệu song ngữ (Independence - Freedom - Happiness).\n"
        "Điều 3.")
    d = vbcd.parse(text)
    assert "Independence - Freedom" in d.text
    assert "site_translation" not in [w.code for w in d.warnings]


def test_colon_list_items_after_a_semicolon_share_the_plural_type() -> None:
    text = (
        "Căn cứ các Nghị quyết của Quốc hội: số 43/2022/QH15 ngày 11/01/2022 về chính "
        "sách tài khóa; số 110/2023/QH15 ngày 29/11/2023 về kỳ họp thứ 6; số "
        "142/2024/QH15 ngày 29/6/2024 về kỳ họp thứ 7;\n"
        "Căn cứ các Luật: số 31/2024/QH15 ngày 18/01/2024 về đất đai; số 43/2024/QH15 "
        "ngày 29/6/2024 sửa đổi Luật Đất đai;\n"
    )
    got = {r.number: r.type for r in vbcd.parse(text).references}
    assert got == {
        "43/2022/QH15": "Nghị quyết", "110/2023/QH15": "Nghị quyết",
        "142/2024/QH15": "Nghị quyết", "31/2024/QH15": "Luật", "43/2024/QH15": "Luật",
    }


def test_singular_type_with_subject_does_not_spread_past_the_semicolon() -> None:
    text = "Căn cứ Luật số 56/2024/QH15 về chứng khoán; số 57/2024/QH15 về quy hoạch.\n"
    got = {r.number: r.type for r in vbcd.parse(text).references}
    assert got["56/2024/QH15"] == "Luật"
    assert got["57/2024/QH15"] is None


def test_culture_offices_whose_fields_hold_a_comma() -> None:
    text = (
        "1. Giao Cục Xuất bản, In và Phát hành chủ trì kiểm tra hoạt động in.\n"
        "2. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm phối hợp tổ chức triển lãm ảnh.\n"
        "3. Sở Văn hóa và Thể thao chỉ đạo Phòng Quản lý xuất bản, in và phát hành rà soát.\n"
    )
    names = [a.name for a in vbcd.parse(text).agencies]
    assert "Cục Xuất bản, In và Phát hành" in names
    assert "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm" in names
    assert "Phòng Quản lý xuất bản, in và phát hành" in names
    assert "Cục Xuất bản" not in names
