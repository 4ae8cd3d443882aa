"""Round 19 (D5): invitations, meeting notices and work schedules (giấy mời, thông báo
triệu tập or of a moved meeting, lịch công tác tuần), two of the kind converted from DOCX
one table cell a line. All texts invented."""

from __future__ import annotations

import vbcd

_HEAD = ("UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nSố: {num}\nYên Bái, ngày 04 tháng 9 năm 2023\n\n")
_FOOT = ("\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
         "Hà Quang Vinh\n")

_INVITE = _HEAD.format(num="61/GM-SCT") + (
    "GIẤY MỜI\nHọp bàn phương án cấp điện cho cụm công nghiệp Âu Lâu\n\n"
    "Thực hiện Kế hoạch số 118/KH-UBND ngày 20/6/2023 của UBND tỉnh, Sở Công Thương tổ "
    "chức cuộc họp bàn phương án cấp điện cho cụm công nghiệp.\n\n"
    "Sở Công Thương trân trọng kính mời:\n"
    "- Đại diện lãnh đạo Công ty Điện lực Yên Bái;\n"
    "- Đại diện lãnh đạo UBND thành phố Yên Bái.\n\n"
    "Thời gian: 14 giờ 00, thứ Năm, ngày 07/9/2023.\n"
    "Địa điểm: Phòng họp tầng 3, Sở Công Thương.\n\n"
    "Rất mong các đồng chí tham dự đúng thành phần./.\n") + _FOOT


def test_invitation_lead_in_opens_the_preamble() -> None:
    doc = vbcd.parse(_INVITE)
    assert doc.preamble is not None
    assert "Thực hiện Kế hoạch số 118/KH-UBND" in doc.preamble.text
    assert "Phòng họp tầng 3" in doc.preamble.text
    assert [a.text for a in doc.addressees] == [
        "Đại diện lãnh đạo Công ty Điện lực Yên Bái", "Đại diện lãnh đạo UBND thành phố Yên Bái"]
    assert doc.meeting_date is not None and doc.meeting_date.value == "2023-09-07"
    # the invitees are addressed, not given tasks
    assert not any("Điện lực" in a.actor for a in doc.assignments if a.actor)


_MOVED = _HEAD.format(num="63/TB-SCT") + (
    "THÔNG BÁO\nVề việc thay đổi thời gian họp bàn phương án cấp điện\n\n"
    "Tại Giấy mời số 61/GM-SCT ngày 04/9/2023, Sở Công Thương mời họp vào ngày 07/9/2023. "
    "Do thay đổi lịch công tác, Sở Công Thương thông báo như sau:\n\n"
    "1. Thời gian: 8 giờ 00, thứ Hai, ngày 11/9/2023.\n"
    "2. Địa điểm: không thay đổi.\n"
    "3. Phòng Quản lý công nghiệp chuẩn bị tài liệu trước ngày 08/9/2023.\n\n"
    "Sở Công Thương đề nghị các đồng chí sắp xếp công việc, dự họp đầy đủ, đúng giờ.\n") + _FOOT


def test_moved_meeting_numbered_time_line_and_attendance_closing() -> None:
    doc = vbcd.parse(_MOVED)
    assert doc.meeting_date is not None and doc.meeting_date.value == "2023-09-11"
    assert doc.closing is not None and "dự họp đầy đủ, đúng giờ" in doc.closing.text
    assert "dự họp đầy đủ" not in doc.clauses[-1].text


_SCHEDULE = _HEAD.format(num="12/LCT-SCT") + (
    "LỊCH CÔNG TÁC TUẦN\ncủa Ban Giám đốc Sở\n\n"
    "Thứ, ngày\tNội dung\tĐịa điểm\n"
    "Thứ Hai\n11/9\nGiám đốc Sở làm việc với Sở Tài chính\nSở Tài chính\n"
    "Thứ Ba\n12/9\nPhó Giám đốc Sở kiểm tra chợ trung tâm huyện Văn Yên\nHuyện Văn Yên\n"
    "THỨ TƯ\n13/9\nHọp giao ban Sở\nPhòng họp Sở\n\n"
    "Văn phòng Sở thông báo để các phòng biết, thực hiện./.\n") + _FOOT


def test_schedule_day_cells_are_dates_and_no_meeting() -> None:
    doc = vbcd.parse(_SCHEDULE)
    days = {str(d.value) for d in doc.dates if d.value is not None}
    assert {"2023-09-11", "2023-09-12", "2023-09-13"} <= days
    assert doc.meeting_date is None


def test_schedule_weekday_cell_ends_an_organ_name() -> None:
    doc = vbcd.parse(_SCHEDULE)
    names = {a.name for a in doc.agencies}
    assert "Sở Tài chính" in names
    assert not any(n.endswith(("Thứ Ba", "Thứ")) for n in names)
