"""Round 24 (L1, fisheries and illegal fishing): IUU steering boards, port bans, phone copies.

Invented documents of coastal provinces' IUU work: the steering board whose topic holds a
comma (``Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy
định``), a port's negated certification as a clause's task, a commune list that ends with
a township (``UBND các xã A, B, thị trấn C``), and a công văn pasted from a phone message
whose closing ran into its last clause.
"""

from __future__ import annotations

import vbcd

_IUU = "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định"


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def test_iuu_board_name_holds_its_comma() -> None:
    text = (
        "UBND TỈNH NINH THUẬN\nSố: 18/TB-UBND\nPhan Rang, ngày 04 tháng 5 năm 2023\n\n"
        "THÔNG BÁO\nKết luận cuộc họp\n\n"
        f"Ngày 02/5/2023, đồng chí Trương Đức Minh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo"
        f" {_IUU} tỉnh chủ trì cuộc họp với các sở, ngành.\n\n"
        "1. Sở Nông nghiệp và Phát triển nông thôn rà soát đội tàu cá.\n"
    )
    doc = vbcd.parse(text)
    names = [a.name for a in doc.agencies]
    assert any(n.startswith("Ban Chỉ đạo " + _IUU) for n in names), names
    assert "Ban Chỉ đạo chống khai thác hải sản bất hợp pháp" not in names
    person = next(p for p in doc.persons if p.name == "Trương Đức Minh")
    titles = [" ".join(f"{x.title} {x.organ or ''}".split()) for x in person.positions]
    assert any(t.startswith("Trưởng Ban Chỉ đạo " + _IUU) for t in titles), titles


def test_port_negated_certification_is_a_task() -> None:
    text = (
        "CHI CỤC THỦY SẢN\nSố: 90/CCTS\nBến Tre, ngày 10 tháng 6 năm 2021\n"
        "V/v kiểm soát sản lượng\n\nKính gửi: Các đơn vị.\n\n"
        "Chi cục đề nghị:\n"
        "1. Ban Quản lý cảng cá Bình Thắng không xác nhận sản lượng cho tàu cá vi phạm.\n"
        "2. Đồn Biên phòng Thạnh Phú kiểm tra tàu cá xuất bến.\n\nTrân trọng./.\n"
    )
    pairs = [(a.clause, a.actor) for a in vbcd.parse(text).assignments]
    assert any(actor == "Ban Quản lý cảng cá Bình Thắng" for _, actor in pairs), pairs


def test_commune_list_ending_in_a_township() -> None:
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN TUY AN\nSố: 51/KH-UBND\nTuy An, ngày 08 tháng 7 năm 2024\n\n"
        "KẾ HOẠCH\nTuyên truyền chống khai thác IUU\n\n"
        "1. UBND các xã An Ninh Tây, An Hòa Hải, thị trấn Chí Thạnh họp dân tại cảng cá.\n"
        "2. Giao UBND các huyện: Đồng Xuân, Sơn Hòa và thị xã Sông Cầu phối hợp.\n"
    )
    names = _agencies(text)
    assert "UBND thị trấn Chí Thạnh" in names, names
    assert "UBND thị xã Sông Cầu" in names, names
    assert "UBND xã An Hòa Hải" in names, names


def test_phone_copy_closing_split_from_last_clause() -> None:
    text = (
        "SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BẠC LIÊU CHI CỤC THỦY SẢN Số: 301/CCTS-KT Bạc Liêu, "
        "ngày 03 tháng 8 năm 2022 V/v nộp nhật ký khai thác Kính gửi: UBND các huyện ven "
        "biển. Chi cục Thủy sản đề nghị các địa phương thực hiện các nội dung sau: 1. Rà "
        "soát tàu cá chưa nộp nhật ký khai thác. 2. Tuyên truyền chủ tàu, thuyền trưởng. "
        "3. Gửi kết quả về Chi cục trước ngày 20/8/2022. Mọi chi tiết xin liên hệ ông Tạ "
        "Văn Nhân, chuyên viên, số điện thoại 0291.3822.555. Trân trọng./. Nơi nhận: - Như "
        "trên; - Lưu: VT. CHI CỤC TRƯỞNG Lý Hoàng Phúc"
    )
    doc = vbcd.parse(text)
    assert doc.closing is not None
    assert doc.closing.text.startswith("Mọi chi tiết xin liên hệ")
    last = doc.clauses[-1]
    assert "Mọi chi tiết" not in last.text
