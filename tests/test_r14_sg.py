"""Signature blocks, invitations and schedules: a board's head over the office he
holds, a rank in capitals with the name, a giấy mời's invitees, a schedule printed as a
Thông báo."""

from __future__ import annotations

import vbcd

_HEAD = """UBND TỈNH NGHỆ AN
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
-------
Số: 105/{code}-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Vinh, ngày 12 tháng 10 năm 2025

"""

_INVITE = _HEAD.format(code="GM") + """GIẤY MỜI
Họp Ban Tổ chức Lễ hội Văn hóa các dân tộc năm 2025

{cue}
- Đại diện lãnh đạo Sở Tài chính;
- Ông/Bà Giám đốc Sở Xây dựng;
- Chủ tịch UBND các xã, phường.

Thời gian: 08 giờ 00 phút, ngày 20/10/2025 (thứ Hai).
Địa điểm: Hội trường tầng 3, Sở Văn hóa, Thể thao và Du lịch.

Đề nghị các đại biểu tham dự đúng thành phần, thời gian./.

Nơi nhận:
- Như thành phần mời;
- Lưu: VT.

{sig}
"""

_BOARD = "TRƯỞNG BAN TỔ CHỨC\nPHÓ GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\n\n\nLê Thị Hồng Nhung"


def _invite(cue: str = "Trân trọng kính mời:", sig: str = _BOARD) -> vbcd.Document:
    return vbcd.parse(_INVITE.format(cue=cue, sig=sig))


def test_board_head_over_office_is_two_titles() -> None:
    s = _invite().signature
    assert s is not None
    assert s.titles == ["TRƯỞNG BAN TỔ CHỨC", "PHÓ GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
    assert s.title == "PHÓ GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert s.name == "Lê Thị Hồng Nhung"


def test_steering_board_head_over_chairman_is_two_titles() -> None:
    s = _invite(sig="TRƯỞNG BAN CHỈ ĐẠO\nCHỦ TỊCH UBND TỈNH\n\n\n\nHoàng Đức Long").signature
    assert s is not None
    assert s.titles == ["TRƯỞNG BAN CHỈ ĐẠO", "CHỦ TỊCH UBND TỈNH"]
    assert s.name == "Hoàng Đức Long"


def test_invitees_are_addressees() -> None:
    d = _invite()
    assert [a.text for a in d.addressees] == [
        "Đại diện lãnh đạo Sở Tài chính", "Ông/Bà Giám đốc Sở Xây dựng",
        "Chủ tịch UBND các xã, phường"]


def test_invitees_after_subject_and_capitals() -> None:
    for cue in ("Sở Văn hóa, Thể thao và Du lịch trân trọng kính mời:", "TRÂN TRỌNG KÍNH MỜI:",
                "Kính mời:"):
        d = _invite(cue=cue)
        assert [a.text for a in d.addressees][:1] == ["Đại diện lãnh đạo Sở Tài chính"], cue


def test_invitation_closing_is_no_heading() -> None:
    # no colon: the closing formula of a letter, not a list of invitees
    d = vbcd.parse(_HEAD.format(code="UBND") + """V/v tổ chức Hội nghị tổng kết

Kính gửi: Sở Tài chính.

Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết năm 2025. Trân trọng kính mời \
đại diện lãnh đạo Sở tham dự./.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC



Lê Văn Bình
""")
    assert [a.text for a in d.addressees] == ["Sở Tài chính"]


_RANKED = _HEAD.format(code="TB") + """THÔNG BÁO
Kết luận tại cuộc họp giao ban tháng 9 năm 2025

1. Giao Phòng Tổng hợp chủ trì rà soát kế hoạch, báo cáo trước ngày 20/9/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

{sig}
"""


def test_rank_in_capitals_is_not_name_or_title() -> None:
    for sig, title, name in (
            ("TL. CHỈ HUY TRƯỞNG\nCHÁNH VĂN PHÒNG\n\n\n\nĐẠI TÁ NGUYỄN VĂN BÌNH",
             "CHÁNH VĂN PHÒNG", "NGUYỄN VĂN BÌNH"),
            ("Q. GIÁM ĐỐC\n\n\n\nTHIẾU TƯỚNG PHẠM VĂN LONG", "GIÁM ĐỐC", "PHẠM VĂN LONG"),
            ("CHỈ HUY TRƯỞNG\n\n\n\nTRUNG TÁ ĐỖ MINH KHOA", "CHỈ HUY TRƯỞNG", "ĐỖ MINH KHOA"),
            ("KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\nĐẠI TÁ\n\n\n\nNGUYỄN VĂN BÌNH",
             "PHÓ CHỈ HUY TRƯỞNG", "NGUYỄN VĂN BÌNH")):
        d = vbcd.parse(_RANKED.format(sig=sig))
        s = d.signature
        assert s is not None
        assert (s.title, s.name) == (title, name), sig
        assert [p.name for p in d.persons] == [name.title()], sig


_SCHEDULE = """UBND TỈNH HÀ TĨNH
VĂN PHÒNG
-------
Số: 412/TB-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Tĩnh, ngày 06 tháng 10 năm 2025

THÔNG BÁO
Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh tháng 10 năm 2025

1. Ngày 15/10/2025: Ông Võ Văn Hải, Chủ tịch UBND tỉnh tiếp công dân định kỳ.
2. Ngày 25/10/2025: Bà Đặng Thị Diệp, Phó Chủ tịch UBND tỉnh chủ trì đối thoại với công dân.
3. Giao Ban Tiếp công dân tỉnh chuẩn bị hồ sơ, mời công dân có liên quan.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG



Trần Văn Kỳ
"""


def test_schedule_printed_as_notice_lists_no_leader_tasks() -> None:
    d = vbcd.parse(_SCHEDULE)
    assert [a.actor for a in d.assignments] == ["Ban Tiếp công dân tỉnh"]
    assert {p.name for p in d.persons} >= {"Võ Văn Hải", "Đặng Thị Diệp"}


def test_leaders_trips_under_a_schedule_title_are_no_tasks() -> None:
    text = ("THÔNG BÁO\nLịch công tác tuần của lãnh đạo UBND tỉnh\n\nThứ Ba (25/11):\n"
            "- 8h00: Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ đi kiểm tra thực địa tại xã Yên "
            "Phong.\n- 14h00: Phó Chủ tịch UBND tỉnh Trần Văn Hùng đi công tác tại Hà Nội.\n"
            "Chuẩn bị: Văn phòng UBND tỉnh.\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == ["Văn phòng UBND tỉnh"]
