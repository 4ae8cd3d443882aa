"""Round 20, E8: joint documents (two or three organs issue and sign one text).

Invented examples: each organ prints its own name above its signer's block (on the
line above the mark, on the mark's line in a converter's table cell, or side by side
with the other organ's), and police or army signers put their rank before a name
flattened onto one line with the other signers' names.
"""

from __future__ import annotations

import pytest

import vbcd

HEAD = ("SỞ Y TẾ TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ THỌ\nSố: 04/KHLT-SYT-SGDĐT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Phú Thọ, ngày 11 tháng 9 năm 2025\n\nKẾ HOẠCH LIÊN TỊCH\n"
        "Chăm sóc sức khỏe học sinh năm học 2025 - 2026\n\n"
        "1. Khám sức khỏe đầu năm cho học sinh.\n2. Tiêm chủng bổ sung.\n\n"
        "Hai ngành đề nghị các đơn vị triển khai thực hiện nghiêm túc Kế hoạch này./.\n\n")
LIST = "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n"
CLOSING = "Hai ngành đề nghị các đơn vị triển khai"

BLOCKS = {
    "heading_above": ("SỞ Y TẾ\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐỗ Văn Khang\n\n"
                      "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLại Thị Ngân\n\n"),
    "heading_in_cell": ("| SỞ Y TẾ KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đỗ Văn Khang | SỞ GIÁO DỤC VÀ ĐÀO "
                        "TẠO KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lại Thị Ngân |\n|---|---|\n\n"),
    "headings_side_by_side": ("SỞ Y TẾ          SỞ GIÁO DỤC VÀ ĐÀO TẠO\nKT. GIÁM ĐỐC          "
                              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC          PHÓ GIÁM ĐỐC\n\n\n"
                              "Đỗ Văn Khang          Lại Thị Ngân\n\n"),
}


@pytest.mark.parametrize("block", sorted(BLOCKS))
@pytest.mark.parametrize("list_first", [False, True])
def test_an_organs_heading_over_a_joint_block_is_the_signatures(block: str,
                                                                list_first: bool) -> None:
    """``SỞ Y TẾ`` over (or before) ``KT. GIÁM ĐỐC``: the first organ's block is the
    signature, the other its co-signer, and the heading is no part of the body, whose
    closing paragraph stays the closing (not glued to the last clause)."""
    tail = LIST + "\n" + BLOCKS[block] if list_first else BLOCKS[block] + LIST
    doc = vbcd.parse(HEAD + tail)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Văn Khang")
    assert [c.name for c in sig.co_signers] == ["Lại Thị Ngân"]
    assert doc.closing is not None and doc.closing.text.startswith(CLOSING)
    assert "SỞ Y TẾ" not in doc.clauses[-1].text


def test_a_role_beside_the_block_is_no_heading() -> None:
    """A record's role in the column beside the organ's block (``ĐẠI DIỆN HỘ GIA ĐÌNH``
    and a wide gap before ``TM. ỦY BAN NHÂN DÂN``) is another signer, not a heading."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN XÃ ĐĂK HÀ\nSố: 15/BB-UBND\nĐăk Hà, ngày 02 tháng 10 năm 2025\n\n"
        "BIÊN BẢN\nLàm việc với hộ gia đình\n\n1. Hộ gia đình đồng ý di dời.\n\n"
        "ĐẠI DIỆN HỘ GIA ĐÌNH                    TM. ỦY BAN NHÂN DÂN\n"
        "                                          KT. CHỦ TỊCH\n"
        "                                          PHÓ CHỦ TỊCH\n\n"
        "Y Bình                                    Nguyễn Văn Toản\n")
    sig = doc.signature
    assert sig is not None and sig.name == "Nguyễn Văn Toản"


@pytest.mark.parametrize("gap", [" " * 10, "\t"])
def test_ranked_names_flattened_side_by_side_stay_apart(gap: str) -> None:
    """``Đại tá Hồ Văn A      Thượng tá Lê Văn B``: the next signer's rank after the
    column gap is no syllable of the first signer's name."""
    doc = vbcd.parse(
        "CÔNG AN TỈNH GIA LAI" + gap + "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\n"
        "Số: 02/KHPH-CAT-BĐBP\nGia Lai, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH PHỐI HỢP\n"
        "Tuần tra biên giới\n\n1. Tuần tra chung.\n2. Trao đổi thông tin.\n\n" + LIST + "\n"
        "KT. GIÁM ĐỐC" + gap + "KT. CHỈ HUY TRƯỞNG\nPHÓ GIÁM ĐỐC" + gap + "PHÓ CHỈ HUY TRƯỞNG\n\n\n"
        "Đại tá Tống Văn Hòa" + gap + "Thượng tá Kiều Minh Sơn\n")
    assert sorted(p.name for p in doc.persons) == ["Kiều Minh Sơn", "Tống Văn Hòa"]
