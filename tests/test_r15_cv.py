"""Round 15, epidemic documents (COVID-19 công điện, chỉ thị, steering-board notices;
dengue, avian flu, African swine fever): the gaps probing found in that family."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 15/TB-UBND
Hà Nam, ngày 10 tháng 8 năm 2021

THÔNG BÁO
Kết luận tại cuộc họp Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh

"""
_TAIL = """

Nơi nhận:
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG



Nguyễn Văn An
"""


def _doc(body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + _TAIL)


# -- dates: "24 giờ ngày ..." closes a lockdown's last day ------------------------------

@pytest.mark.parametrize(("text", "mention", "value"), [
    ("1. Giãn cách xã hội từ 0 giờ ngày 19/5/2021 đến 24 giờ ngày 02/6/2021.",
     "24 giờ ngày 02/6/2021", "2021-06-02"),
    ("1. Kể từ 0 giờ 00 ngày 01 tháng 10 năm 2021 đến 24 giờ 00 ngày 31 tháng 10 năm "
     "2021, tiếp tục thực hiện.", "24 giờ 00 ngày 31 tháng 10 năm 2021", "2021-10-31"),
    ("1. Áp dụng đến 24h00 ngày 15/9/2021.", "24h00 ngày 15/9/2021", "2021-09-15"),
])
def test_end_of_day_hour_is_kept(text: str, mention: str, value: str) -> None:
    d = _doc(text)
    got = {m.text: (m.value, m.time, m.precision) for m in d.dates}
    assert got[mention] == (value, "24:00", "datetime")


def test_start_of_day_stays_midnight() -> None:
    d = _doc("1. Giãn cách xã hội từ 0 giờ ngày 19/5/2021 đến 24 giờ ngày 02/6/2021.")
    assert [m.time for m in d.dates if m.value == "2021-05-19"] == ["00:00"]


def test_a_span_of_hours_is_no_time_of_day() -> None:
    # "within 24 hours, on 15/8 ...": the comma parts the span from the day
    d = _doc("1. Lấy mẫu trong vòng 24 giờ, ngày 15/8/2021 báo cáo kết quả.")
    assert [(m.text, m.time) for m in d.dates if m.value == "2021-08-15"] == [
        ("ngày 15/8/2021", None)]


def test_deadline_before_end_of_day() -> None:
    d = _doc("1. Sở Y tế hoàn thành xét nghiệm trước 24 giờ ngày 30/9/2021.")
    assert [(x.date, x.kind) for x in d.deadlines] == [("2021-09-30", "before")]
    assert [m.time for m in d.dates if m.value == "2021-09-30"] == ["24:00"]


# -- persons: the head of a steering board and its topic ---------------------------------

@pytest.mark.parametrize(("body", "position"), [
    ("1. Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND huyện, Trưởng ban Chỉ đạo phòng, chống "
     "dịch COVID-19 huyện chủ trì cuộc họp.",
     "Trưởng ban Chỉ đạo phòng, chống dịch COVID-19 huyện"),
    ("1. Đồng chí Hà Văn Minh, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 xã "
     "phát biểu.", "Trưởng Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 xã"),
    ("1. Đồng chí Hà Văn Minh, Trưởng ban chỉ đạo phòng, chống dịch COVID-19 tỉnh phát "
     "biểu.", "Trưởng ban chỉ đạo phòng, chống dịch COVID-19 tỉnh"),
])
def test_board_head_takes_the_whole_board_name(body: str, position: str) -> None:
    d = _doc(body)
    person = next(p for p in d.persons if p.name != "Nguyễn Văn An")
    spans = [d.text[q.start:q.end] for q in person.positions]
    assert position in spans


def test_board_head_without_topic_is_unchanged() -> None:
    d = _doc("1. Đồng chí Hà Văn Minh, Trưởng ban Chỉ đạo tỉnh, Phó Chủ tịch UBND tỉnh "
             "phát biểu.")
    person = next(p for p in d.persons if p.name == "Hà Văn Minh")
    assert [d.text[q.start:q.end] for q in person.positions] == [
        "Trưởng ban Chỉ đạo tỉnh", "Phó Chủ tịch UBND tỉnh"]


# -- assignments ------------------------------------------------------------------------

def test_quoted_object_of_cap_is_no_level() -> None:
    d = _doc('1. Sở Y tế chủ trì, phối hợp với Sở Thông tin và Truyền thông cấp "thẻ xanh '
             'COVID" cho người đã tiêm đủ 2 liều vắc xin, hoàn thành trước ngày 05/10/2021.')
    assert [(a.actor, a.role) for a in d.assignments] == [
        ("Sở Y tế", "lead"), ("Sở Thông tin và Truyền thông", "coordinate")]
    assert d.deadlines[0].actors == ["Sở Y tế", "Sở Thông tin và Truyền thông"]


def test_chi_ho_tro_is_a_task() -> None:
    d = _doc("1. Bộ Lao động - Thương binh và Xã hội hướng dẫn các địa phương chi hỗ trợ "
             "theo Nghị quyết số 68/NQ-CP.")
    assert ("các địa phương", "directed") in [(a.actor, a.role) for a in d.assignments]


@pytest.mark.parametrize(("body", "actor", "task"), [
    ("1. Trưởng các thôn: Thông báo, vận động người dân đi tiêm đúng thời gian.",
     "Trưởng các thôn", "Thông báo, vận động người dân đi tiêm đúng thời gian."),
    ("1. Trưởng thôn: Thông báo lịch tiêm đến từng hộ gia đình.",
     "Trưởng thôn", "Thông báo lịch tiêm đến từng hộ gia đình."),
    ("1. Trưởng các thôn: Báo cáo kết quả về UBND xã trước ngày 15/8/2021.",
     "Trưởng các thôn", "Báo cáo kết quả về UBND xã trước ngày 15/8/2021."),
])
def test_labelled_duty_after_a_title(body: str, actor: str, task: str) -> None:
    d = _doc(body)
    assert [(a.actor, a.task) for a in d.assignments] == [(actor, task)]


def test_colon_list_of_names_still_splits() -> None:
    d = _doc("1. Giao các Sở: Xây dựng, Tài chính, Giao thông vận tải kiểm tra.")
    assert [a.actor for a in d.assignments] == [
        "các Sở: Xây dựng, Tài chính, Giao thông vận tải"]


# -- header: a steering board abbreviated under its committee -----------------------------

@pytest.mark.parametrize("board", ["BCĐ PHÒNG, CHỐNG DỊCH COVID-19", "BCĐ CHỐNG DỊCH COVID-19"])
def test_abbreviated_board_is_the_issuer(board: str) -> None:
    text = (f"UBND TỈNH QUẢNG NINH\n{board}\n-------\nSố: 15/BCĐ-VP\nV/v cách ly y tế\n"
            "Quảng Ninh, ngày 10 tháng 8 năm 2021\n\nKính gửi: Sở Y tế.\n\n"
            "1. Sở Y tế hướng dẫn cách ly.\n")
    d = vbcd.parse(text)
    assert d.issuer is not None
    assert (d.issuer.parent, d.issuer.name) == ("UBND TỈNH QUẢNG NINH", board)
