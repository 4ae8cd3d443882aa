"""Round 26 (Y2): a post's field of charge, a board's doubled seat, and the seal's
line under a head's post the title tables lack. Invented documents."""


import vbcd


def _positions(text: str) -> dict[str, list[str]]:
    doc = vbcd.parse(text)
    return {p.name: [doc.text[x.start:x.end] for x in p.positions] for p in doc.persons}


_HEAD = """UBND TỈNH HÀ GIANG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG                                Độc lập - Tự do - Hạnh phúc
Số: 88/TB-VP                         Hà Giang, ngày 12 tháng 3 năm 2024

THÔNG BÁO
Kết luận tại buổi làm việc về đầu tư công

"""


def test_charge_tail_kept_after_acronym_organ() -> None:
    got = _positions(_HEAD + "Tham dự có ông Lò Văn Sáng, Phó Giám đốc Sở KH&ĐT phụ trách "
                     "khu vực phía Bắc; bà Hầu Thị Mai, Phó Chủ tịch UBND huyện Đồng Văn "
                     "phụ trách lĩnh vực văn hóa.\n1. Giao Sở Tài chính báo cáo.\n")
    assert got["Lò Văn Sáng"] == ["Phó Giám đốc Sở KH&ĐT phụ trách khu vực phía Bắc"]
    assert got["Hầu Thị Mai"] == ["Phó Chủ tịch UBND huyện Đồng Văn phụ trách lĩnh vực văn hóa"]


def test_charge_as_predicate_not_taken() -> None:
    got = _positions(_HEAD + "1. Ông Lò Văn Sáng, Phó Giám đốc Sở KH&ĐT phụ trách lĩnh vực "
                     "đầu tư chủ trì rà soát danh mục dự án.\n")
    assert got["Lò Văn Sáng"] == ["Phó Giám đốc Sở KH&ĐT"]


def test_member_doubling_as_secretary_one_seat() -> None:
    got = _positions(_HEAD + "Điều 1. Thành lập Hội đồng, gồm:\n"
                     "1. Bà Xồng Thị Dua, chuyên viên Phòng Nội vụ - Ủy viên kiêm Thư ký.\n"
                     "2. Ông Lữ Văn Hòa, Phó Chủ tịch UBND huyện kiêm Chủ tịch Hội đồng.\n")
    assert got["Xồng Thị Dua"] == ["chuyên viên Phòng Nội vụ", "Ủy viên kiêm Thư ký"]
    assert got["Lữ Văn Hòa"] == ["Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng"]


_POLICE = """CÔNG AN HUYỆN HỮU LŨNG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN XÃ TÂN THÀNH                     Độc lập - Tự do - Hạnh phúc
Số: 15/BC-CAX                          Tân Thành, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả bảo đảm an ninh trật tự tháng 9 năm 2024

1. Tình hình an ninh chính trị ổn định.
2. Tai nạn giao thông giảm so với cùng kỳ.

Nơi nhận:
- Công an huyện;
- Lưu: VT.
{block}

                                        Hoàng Văn Lực
"""


def test_seal_line_under_unlisted_head_title() -> None:
    sig = vbcd.parse(_POLICE.format(block="                                        TRƯỞNG CÔNG AN XÃ\n"
                                          "                                        CÔNG AN XÃ TÂN THÀNH")).signature
    assert sig is not None and sig.title == "TRƯỞNG CÔNG AN XÃ"
    assert sig.name == "Hoàng Văn Lực"
    sig = vbcd.parse(_POLICE.format(block="                                        KT. TRƯỞNG CÔNG AN XÃ\n"
                                          "                                        PHÓ TRƯỞNG CÔNG AN XÃ\n"
                                          "                                        CÔNG AN XÃ TÂN THÀNH")).signature
    assert sig is not None and sig.title == "PHÓ TRƯỞNG CÔNG AN XÃ"


def test_wrapped_title_half_is_no_seal() -> None:
    text = _POLICE.replace("CÔNG AN XÃ TÂN THÀNH   ", "TRUNG TÂM Y TẾ HUYỆN NA RÌ")
    sig = vbcd.parse(text.format(block="                                        GIÁM ĐỐC TRUNG TÂM\n"
                                        "                                        Y TẾ HUYỆN NA RÌ")).signature
    assert sig is not None and sig.title == "GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN NA RÌ"
