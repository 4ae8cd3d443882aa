"""National target programme documents (nông thôn mới, giảm nghèo bền vững, vùng đồng
bào dân tộc thiểu số, xóa nhà tạm): their steering boards and coordination offices."""

from __future__ import annotations

import vbcd

_NOTICE = """UBND TỈNH LÀO CAI
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH
MỤC TIÊU QUỐC GIA TỈNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 27/TB-BCĐ
Lào Cai, ngày 03 tháng 4 năm 2025

THÔNG BÁO
Kết luận tại hội nghị giao ban quý I năm 2025

Ngày 28/3/2025, đồng chí Hoàng Minh Tân, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường \
trực Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh chủ trì hội nghị giao ban. \
Đồng chí kết luận như sau:

1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng Điều phối NTM tỉnh hướng \
dẫn các xã hoàn thiện hồ sơ; hoàn thành trước ngày 30/10/2025.
2. Văn phòng Điều phối nông thôn mới tỉnh tổng hợp, báo cáo BCĐ các CTMTQG tỉnh và Ban \
Chỉ đạo Trung ương các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 trước ngày \
10/4/2025.

Văn phòng Ban Chỉ đạo thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Thành viên BCĐ;
- Lưu: VT, VPĐP.

TL. TRƯỞNG BAN
CHÁNH VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH
KIÊM PHÓ TRƯỞNG BAN THƯỜNG TRỰC

Lê Văn Thành
"""


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def test_central_board_named_by_listed_topic_after_its_scope() -> None:
    # a central board puts its scope before its topic: the whole is one organ
    names = _agencies(_NOTICE)
    assert (
        "Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025"
        in names
    )
    line = "Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia đã ban hành Kế hoạch."
    assert _agencies(line) == ["Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia"]


def test_central_campaign_board_keeps_its_topic() -> None:
    line = ("Ban Chỉ đạo Trung ương triển khai thực hiện xóa nhà tạm, nhà dột nát trên "
            "phạm vi cả nước kiểm tra tại tỉnh.")
    assert _agencies(line) == [
        "Ban Chỉ đạo Trung ương triển khai thực hiện xóa nhà tạm, nhà dột nát trên phạm vi "
        "cả nước"
    ]


def test_abbreviated_programme_board_is_the_board_written_in_full() -> None:
    doc = vbcd.parse(_NOTICE)
    board = next(a for a in doc.agencies
                 if a.name == "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh")
    assert "BCĐ các CTMTQG tỉnh" in [m.text for m in board.mentions]
    assert _agencies("Ban Chỉ đạo các CTMTQG tỉnh kiểm tra tại 5 xã.") == [
        "Ban Chỉ đạo các CTMTQG tỉnh"
    ]


def test_abbreviated_coordination_office_merges_with_full_name() -> None:
    doc = vbcd.parse(_NOTICE)
    offices = [a for a in doc.agencies if a.name.startswith("Văn phòng Điều phối")]
    assert len(offices) == 1
    assert {m.text for m in offices[0].mentions} >= {
        "Văn phòng Điều phối NTM tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh"}


def test_second_office_in_signature_ends_the_organ() -> None:
    names = _agencies(_NOTICE)
    assert not any("KIÊM" in n.upper().split() for n in names)


def test_deputy_head_title_is_no_standing_board() -> None:
    doc = vbcd.parse(_NOTICE)
    names = [a.name for a in doc.agencies]
    assert not any(n.startswith("Ban Thường trực") for n in names)
    person = next(p for p in doc.persons if p.name == "Hoàng Minh Tân")
    assert [(x.title, x.organ) for x in person.positions][-1] == (
        "Phó Trưởng Ban Thường trực", "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh")


def test_front_standing_board_still_an_organ() -> None:
    line = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì kiểm tra."
    assert _agencies(line) == ["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"]


def test_ocr_kiem_inside_a_name_stays() -> None:
    line = "Trung tâm Kiêm soát bệnh tật tỉnh báo cáo kết quả."
    assert "Trung tâm Kiêm soát bệnh tật tỉnh" in _agencies(line)
