"""Round 17 (B7): local and mass-organisation documents typed carelessly (words left
without their marks in a marked text) and invitations whose time line follows a cited
document's date."""

from __future__ import annotations

import pytest

import vbcd
from vbcd import restore_marks

_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC LINH\nSố: 205/TB-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Đức Linh, ngày 11 tháng 5 năm 2022\n\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về cấp nước sinh hoạt\n\n"
    "Ngày 09/5/2022, Phó Chủ tịch UBND huyện chủ trì cuộc họp. Phó Chủ tịch UBND huyện "
    "kết luận như sau:\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHồ Văn Sơn\n"


def _parse(body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + _TAIL)


def test_bare_deadline_cue_in_marked_text_sets_a_deadline() -> None:
    doc = _parse("1. Phòng Kinh tế - Hạ tầng rà soát các tuyến ống, báo cáo UBND huyện "
                 "truoc ngay 25/5.\n2. Các xã hoàn thành sửa chữa trước ngày 30/6/2022.")
    assert "2022-05-25" in {d.value for d in doc.dates}
    assert ("2022-05-25", "1") in {(d.date, d.clause) for d in doc.deadlines}


def test_bare_request_cue_opens_an_assignment() -> None:
    doc = _parse("1. De nghi Trung tâm Y tế huyện lấy mẫu nước tại các trường học.\n"
                 "2. Phòng Tài chính - Kế hoạch bố trí kinh phí.")
    assert ("1", "Trung tâm Y tế huyện") in {(a.clause, a.actor) for a in doc.assignments}


def test_values_quote_the_printed_text() -> None:
    doc = _parse("1. Thuc hien rà soát các hộ dân chưa có nước sạch, báo cáo truoc ngay 20/5.")
    assert doc.clauses[0].text.startswith("1. Thuc hien rà soát")
    assert "truoc ngay 20/5" in doc.text


@pytest.mark.parametrize("text", [
    # a bare word that is a word of its own in marked text: left as it is
    "Các đơn vị thực hiện ngay sau khi nhận được văn bản này.",
    "đáp ứng nhu cầu của nhân dân, giảm tai nạn giao thông",
    "xã Nghi Xuân, thanh tra chuyên ngành",
])
def test_marked_text_without_bare_cues_is_left_alone(text: str) -> None:
    assert restore_marks.restore_scattered(text) == (text, 0)


def test_restored_copy_keeps_length() -> None:
    text = "Ủy ban nhân dân xã đề nghị các hộ gia đình thuc hien truoc ngay 15/8."
    copy, n = restore_marks.restore_scattered(text)
    assert n >= 1 and len(copy) == len(text)
    assert "thực hiện trước ngày 15/8" in copy


_GM = (
    "HỘI CỰU CHIẾN BINH TỈNH AN GIANG\nBAN THƯỜNG VỤ\nSố: 12/GM-CCB\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Long Xuyên, ngày 02 tháng 8 năm 2023\n\nGIẤY MỜI\nDự Hội nghị sơ kết công tác Hội\n\n"
    "Ban Thường vụ Hội Cựu chiến binh tỉnh trân trọng kính mời:\n"
    "- Chủ tịch Hội Cựu chiến binh các huyện, thị xã, thành phố.\n\n"
    "Tới dự Hội nghị sơ kết thực hiện Chỉ thị số 09-CT/TU ngày 17/3/2021 của Ban Thường vụ "
    "Tỉnh ủy.\n{line}\nĐịa điểm: Hội trường Tỉnh hội.\n\n"
    "Rất mong các đồng chí tham dự đúng thời gian./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLâm Văn Hậu\n"
)


@pytest.mark.parametrize("line", [
    "Thời gian: 01 buổi, bắt đầu 8 giờ 00, thứ Ba, ngày 15/8/2023.",
    "- Thời gian: 8 giờ 00, ngày 15/8/2023.",
    "**Thời gian:** 8 giờ 00 ngày 15/8/2023.",
    "Thời gian họp: sáng thứ Ba, ngày 15/8/2023.",
])
def test_invitation_time_line_is_the_meeting_after_a_cited_date(line: str) -> None:
    doc = vbcd.parse(_GM.format(line=line))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2023-08-15"
