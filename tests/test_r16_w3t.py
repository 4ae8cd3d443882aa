"""Round 16 (W3T): a telegram's sender broken over two lines, an addressee's list of
names wrapped onto a dashed line, and ``TT``/``TTr`` (Thường trực) before an organ."""

from __future__ import annotations

import vbcd

_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 140/CĐ-TTg\nHà Nội, ngày 08 tháng 10 năm 2026\n"
    "CÔNG ĐIỆN\n"
)
_TAIL = (
    "Mưa lớn kéo dài đã gây lũ quét tại nhiều nơi.\n"
    "1. Các địa phương khẩn trương sơ tán dân.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHoàng Minh Tú\n"
)


def _title(text: str) -> str | None:
    d = vbcd.parse(text)
    return d.title.value if d.title else None


def test_sender_broken_mid_word_is_not_title() -> None:
    text = (_HEAD + "VỀ VIỆC ỨNG PHÓ VỚI ÁP THẤP NHIỆT ĐỚI TẠI CÁC TỈNH BẮC\nTRUNG BỘ\n"
            "**TH****Ủ\nTƯỚNG CHÍNH PHỦ điện:**\n- Bộ trưởng các Bộ: Quốc phòng, Công an;\n"
            + _TAIL)
    assert _title(text) == "VỀ VIỆC ỨNG PHÓ VỚI ÁP THẤP NHIỆT ĐỚI TẠI CÁC TỈNH BẮC TRUNG BỘ"


def test_sender_title_on_its_own_line_is_not_title() -> None:
    text = (_HEAD.replace("THỦ TƯỚNG CHÍNH PHỦ\n", "BỘ Y TẾ\n", 1)
            + "VỀ VIỆC PHÒNG, CHỐNG DỊCH SỐT XUẤT HUYẾT\nBỘ TRƯỞNG\nBỘ Y TẾ điện:\n"
            "- Giám đốc Sở Y tế các tỉnh, thành phố.\n" + _TAIL)
    assert _title(text) == "VỀ VIỆC PHÒNG, CHỐNG DỊCH SỐT XUẤT HUYẾT"


def test_title_last_line_above_whole_sender_kept() -> None:
    text = (_HEAD + "VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ BÃO SỐ 7\nVÀ MƯA LŨ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh ven biển.\n" + _TAIL)
    assert _title(text) == "VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ BÃO SỐ 7 VÀ MƯA LŨ"


def _addressees(text: str) -> list[str]:
    return [" ".join(a.text.split()) for a in vbcd.parse(text).addressees]


def test_wrapped_names_on_a_dashed_line_stay_one_addressee() -> None:
    text = (_HEAD + "VỀ VIỆC ỨNG PHÓ KHẨN CẤP VỚI LŨ QUÉT\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái,\n- Hà Giang và Cao Bằng;\n"
            "- Bộ trưởng các Bộ: Quốc phòng, Công an.\n" + _TAIL)
    got = _addressees(text)
    assert len(got) == 2
    assert got[0].startswith("Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái,")
    assert got[0].endswith("Hà Giang và Cao Bằng")
    assert got[1] == "Bộ trưởng các Bộ: Quốc phòng, Công an"


def test_dashed_organ_after_open_list_is_next_addressee() -> None:
    text = (_HEAD + "VỀ VIỆC ỨNG PHÓ KHẨN CẤP VỚI LŨ QUÉT\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
            "- Các Bộ: Quốc phòng, Công an, Xây dựng,\n"
            "- Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên,\n"
            "- Ban Chỉ đạo phòng thủ dân sự quốc gia.\n" + _TAIL)
    assert len(_addressees(text)) == 3


def test_standing_committee_abbreviated_before_party_committee() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 77/QĐ-UBND\nHòa Giang, ngày 05 tháng 12 năm 2026\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt danh mục dự án\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt danh mục dự án.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
        "Nơi nhận:\n- TTr Tỉnh ủy, TT HĐND tỉnh;\n- TT. Huyện ủy;\n- Lưu: VT.\n"
        "CHỦ TỊCH\nLò Văn Hải\n"
    )
    names = {a.name for a in vbcd.parse(text).agencies}
    assert {"TTr Tỉnh ủy", "TT HĐND tỉnh", "TT. Huyện ủy"} <= names
    assert "Tỉnh ủy" not in names


def test_a_dotted_standing_head_glued_to_its_committee_keeps_a_blank_in_the_key() -> None:
    import vbcd

    agencies = vbcd.parse("Kính gửi: TT.HĐND tỉnh; UBND tỉnh.\n").agencies
    assert "thường trực hội đồng nhân dân tỉnh" in {a.canonical for a in agencies}
