"""Date mentions: every form, the traps that are not dates, spans and speed."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd.extract.dates import find_dates
from vbcd.models import DateMention
from vbcd.normalize import normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ANCHOR = dt.date(2021, 2, 4)


def days(text: str, anchor: dt.date | None = ANCHOR) -> list[str]:
    return [d.value for d in find_dates(text, anchor=anchor) if d.value]


def one(text: str, anchor: dt.date | None = ANCHOR) -> DateMention:
    found = find_dates(text, anchor=anchor)
    assert len(found) == 1, found
    return found[0]


# --- solar days ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ngày 04/02/2021, Ban Thường vụ Tỉnh ủy", "2021-02-04"),
        ("Ngày 19-02-2020, Ban Thường vụ Tỉnh ủy họp", "2020-02-19"),
        ("ký ngày 4.2.2021 tại Hạ Long", "2021-02-04"),
        ("Ngày 30 tháng 7 năm 2021, sau khi nghe", "2021-07-30"),
        ("Hà Nội, ngày\n26 tháng 11 năm 2025", "2025-11-26"),
        ("Hà Nội, ngày 16\ntháng 11 năm 2025", "2025-11-16"),
        ("Hà Tĩnh, ngày 01 tháng12 năm 2025", "2025-12-01"),  # glued "tháng12"
        ("Nghị quyết số 78/NQ-CP, ngày 20/7/2021 của Chính phủ", "2021-07-20"),
        ("Thông tư số 130/2016/TT-BTC ngày\n12/8/2016 của Bộ Tài chính", "2016-08-12"),
        ("Ngày 03/2/2020, đồng chí Trần Tiến Dũng", "2020-02-03"),
        # OCR blanks at the slashes, after the day word
        ("đến hết ngày 20/ 11 /2025 theo", "2025-11-20"),
        ("Ngày 20 /11/2025, Ban Thường vụ", "2025-11-20"),
        # a stray blank inside the year, after the day word
        ("Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng", "2021-07-16"),
        ("ban hành ngày 16/7/202 1 của Bộ", "2021-07-16"),
    ],
)
def test_full_days(text: str, value: str) -> None:
    d = one(text)
    assert d.value == value
    assert d.precision == "day"
    assert d.calendar == "solar"
    assert not d.resolved_year
    assert text[d.start:d.end] == d.text


def test_mention_text_covers_the_day_word() -> None:
    d = one("Ngày 04/02/2021, Ban Thường vụ")
    assert d.text == "Ngày 04/02/2021"


def test_a_split_year_needs_the_day_word_and_no_unit_after() -> None:
    """``20 21`` reads as 2021 only inside ``ngày d/m/20 21``: not without the day word,
    not before an hour or a percentage (a two-digit year, then a number)."""
    assert days("tỷ lệ 16/7/20 21 xã") == []
    assert days("ngày 20/11/20 12 giờ") == []
    assert days("ngày 20/11/20 12h30") == []
    assert days("ngày 16/7/20 215 người") == []


def test_the_last_digit_of_a_spaced_out_number_starts_no_date() -> None:
    """OCR spaces out digits (``ngày 2 4 tháng 12 năm 2021``): the ``4`` alone is not
    the day; a date whose day word follows a number (``VX1 ngày 22 ...``) still is."""
    assert days("Hà Nội, ngày 2 4 tháng 12 năm 2021") == []
    assert days("Công văn số 1 0 9 4 3/BYT-MT ngày2 4 tháng1 2 năm 2021") == []
    assert days("Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011") == ["2011-03-22"]


def test_a_day_word_glued_to_its_number_still_opens_the_date() -> None:
    """Text extraction drops the blank after ``ngày`` (``ngày14/11/2013``); the date is
    still there, written in numbers or in words, with the day word in its text."""
    assert days("Hướng dẫn số 4488/BCĐ ngày14/11/2013 của Ban Chỉ đạo") == ["2013-11-14"]
    assert days("Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị") == [
        "2010-07-22"]
    assert days("Công văn số 12/UBND ngày10 /3/2026 của UBND tỉnh") == ["2026-03-10"]
    assert one("Hướng dẫn ngày14/11/2013").text == "ngày14/11/2013"


def test_invalid_days_and_years_are_dropped() -> None:
    assert days("ngày 31/02/2021 và ngày 30/02/2020") == []
    assert days("ngày 32/1/2021, ngày 1/13/2021") == []
    assert days("ngày 5/3/1700 và ngày 5/3/2150") == []
    assert days("ngày 30 tháng 2 năm 2021") == []


def test_anniversaries_before_1945_are_dates_but_no_reference() -> None:
    """Party guidance marks anniversaries (``(19/5/1890 - 19/5/2012)``): a day, month and
    full year is a date back to 1800; a year-less date is still read against the
    nearest date of the document's own time, not the anniversary's."""
    text = ("122 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/2012 - 19/5/1890) và ngày sinh "
            "đồng chí Võ Văn Kiệt ngày 23 tháng 11 năm 1922; báo cáo trước ngày 15/6.")
    assert days(text, anchor=None) == ["2012-05-19", "1890-05-19", "1922-11-23", "2012-06-15"]
    assert days("năm 1930 và tháng 3 năm 1930", anchor=None) == []


# --- year-less days --------------------------------------------------------------------


def test_yearless_from_anchor() -> None:
    text = "từ ngày 27/7 đến ngày 30/7 đã phát sinh 17 ca dương tính"
    found = find_dates(text, anchor=dt.date(2021, 7, 30))
    assert [d.value for d in found] == ["2021-07-27", "2021-07-30"]
    assert all(d.resolved_year for d in found)


def test_yearless_written_month() -> None:
    d = one("họp vào ngày 27 tháng 7 tại trụ sở", anchor=dt.date(2021, 7, 30))
    assert d.value == "2021-07-27"
    assert d.resolved_year


def test_yearless_takes_the_nearest_year_across_new_year() -> None:
    assert days("báo cáo trước ngày 10/1", anchor=dt.date(2025, 12, 20)) == ["2026-01-10"]
    assert days("ngày 25/12 đã họp", anchor=dt.date(2026, 1, 5)) == ["2025-12-25"]


def test_yearless_deadline_is_the_next_one_after_the_issue_date() -> None:
    jan = dt.date(2026, 1, 10)
    assert days("Các đơn vị báo cáo kết quả trước ngày 15/12 để tổng hợp.", anchor=jan) == [
        "2026-12-15"]
    assert days("gửi số liệu chậm nhất ngày 20/11.", anchor=jan) == ["2026-11-20"]
    # a deadline cited a day late is still that one; one met already is past
    assert days("báo cáo trước ngày 30/6", anchor=dt.date(2025, 7, 1)) == ["2025-06-30"]
    assert days("đã hoàn thành trước ngày 20/12", anchor=jan) == ["2025-12-20"]


def test_yearless_day_after_a_past_or_future_marker() -> None:
    dec = dt.date(2025, 12, 10)
    assert days("Ngày 20/01, UBND tỉnh đã ban hành Kế hoạch.", anchor=dec) == ["2025-01-20"]
    assert days("Ngày 20/11 vừa qua, Sở tổ chức hội nghị.", anchor=dec) == ["2025-11-20"]
    assert days("dự kiến tổ chức vào ngày 20/7 tại Hội trường",
                anchor=dt.date(2026, 1, 10)) == ["2026-07-20"]


def test_yearless_day_takes_the_year_the_title_names() -> None:
    title = "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm năm 2026\n"
    text = title + "Tổ chức mít tinh ngày 26/7 và vui Tết Trung thu cho thiếu nhi."
    found = find_dates(text, anchor=dt.date(2025, 12, 25), title=(0, len(title)))
    assert [d.value for d in found if d.resolved_year] == ["2026-07-26", "2026-09-25"]
    # two years in the title name no one year: the nearest day stays
    title = "BÁO CÁO\nKết quả năm 2025 và nhiệm vụ năm 2026\n"
    text = title + "Tổ chức mít tinh ngày 26/7."
    found = find_dates(text, anchor=dt.date(2025, 12, 25), title=(0, len(title)))
    assert [d.value for d in found if d.resolved_year] == ["2025-07-26"]


def test_yearless_without_anchor_uses_the_date_before() -> None:
    text = "Ngày 04/02/2021, Ban Thường vụ họp. Đến ngày 27/7 phải xong."
    found = find_dates(text, anchor=None)
    assert [d.value for d in found] == ["2021-02-04", "2021-07-27"]
    assert found[1].resolved_year


def test_yearless_without_any_reference_is_left_out() -> None:
    assert days("họp ngày 27/7 tại trụ sở", anchor=None) == []


def test_yearly_duty_is_not_one_day() -> None:
    text = ("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm\n"
            "(trước ngày 15 tháng 11) hoặc theo đề nghị")
    assert days(text, anchor=dt.date(2025, 11, 20)) == []
    text = "là số liệu từ ngày 01/01 đến ngày 20/11 của năm báo cáo"
    assert days(text, anchor=dt.date(2025, 11, 20)) == []


# --- ranges and lists --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("từ ngày 10/5 đến ngày 14/5/2026", ["2026-05-10", "2026-05-14"]),
        ("từ 10/5-14/5/2026", ["2026-05-10", "2026-05-14"]),
        ("từ ngày 10 đến ngày 15/5/2026", ["2026-05-10", "2026-05-15"]),
        ("Từ ngày 16-20/11/2025, trên các sông", ["2025-11-16", "2025-11-20"]),
        ("Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa",
         ["2025-11-08", "2025-11-09"]),
        ("các ngày 5, 6 và 7/3/2021", ["2021-03-05", "2021-03-06", "2021-03-07"]),
        ("từ ngày 30/12 đến ngày 02/01/2021", ["2020-12-30", "2021-01-02"]),
        ("từ ngày 27/01/2021 đến 8 giờ ngày 03/02/2021", ["2021-01-27", "2021-02-03"]),
        # a range that runs to the end of its last day
        ("từ ngày 01 đến hết ngày 05/9/2025", ["2025-09-01", "2025-09-05"]),
        ("từ ngày 25 tới hết ngày 31 tháng 12 năm 2024", ["2024-12-25", "2024-12-31"]),
    ],
)
def test_ranges_name_both_ends(text: str, values: list[str]) -> None:
    found = find_dates(text, anchor=None)
    assert [d.value for d in found] == values
    for d in found:
        assert text[d.start:d.end] == d.text
    for a, b in pairwise(found):
        assert a.end <= b.start


@pytest.mark.parametrize("text", ["trong dịp nghỉ lễ 30/4 và 1/5", "dịp 30/4 - 1/5"])
def test_two_yearless_days_after_an_occasions_cue(text: str) -> None:
    """``dịp nghỉ lễ 30/4 và 1/5``: the list or range after an occasion's cue word
    names both days, as after ``ngày``."""
    assert days(text, anchor=dt.date(2025, 3, 1)) == ["2025-04-30", "2025-05-01"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Dịp nghỉ lễ 30/4, 1/5 năm 2025.", ["2025-04-30", "2025-05-01"]),
        ("trong dịp 30/4, 1/5, các đơn vị trực", ["2025-04-30", "2025-05-01"]),
        ("Thời gian: ngày 10/4, 11/4/2025 tại Hội trường", ["2025-04-10", "2025-04-11"]),
        # a share after a comma is no day
        ("Ngày 27/7, 2/3 số xã tổ chức", ["2025-07-27"]),
    ],
)
def test_two_days_joined_by_a_comma(text: str, values: list[str]) -> None:
    """Two day/month dates joined by a comma after a cue name both days when the
    second ends the phrase or carries a year."""
    assert days(text, anchor=dt.date(2025, 3, 1)) == values


def test_a_number_after_an_ordinal_word_is_no_day() -> None:
    """``tuần thứ 2 tháng 4/2026`` is a week of a month, not 2 April; a weekday's date
    after a comma stays a date."""
    assert days("Thời gian: tuần thứ 2 tháng 4/2026.", anchor=None) == []
    assert days("Thời gian: thứ 6, 10/4/2026.", anchor=None) == ["2026-04-10"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("nghỉ các ngày 30/4, 1/5 và 2/9", ["2025-04-30", "2025-05-01", "2025-09-02"]),
        ("vào ngày 30/4, ngày 1/5, và 2/9 năm nay",
         ["2025-04-30", "2025-05-01", "2025-09-02"]),
        # the year on the last date is the list's
        ("các ngày 30/4, 1/5, 2/9/2026", ["2026-04-30", "2026-05-01", "2026-09-02"]),
    ],
)
def test_list_of_three_yearless_days_names_each(text: str, values: list[str]) -> None:
    """A list of day/month dates after ``ngày`` names every day, not only the first,
    each mention from its own ``ngày`` (if written) to its month."""
    found = find_dates(text, anchor=dt.date(2025, 6, 1))
    assert [d.value for d in found] == values
    assert [d.text for d in found][1:] == [text[d.start:d.end] for d in found][1:]
    assert found[0].text.startswith("ngày 30/4")
    for a, b in pairwise(found):
        assert a.end <= b.start


def test_list_of_days_keeps_its_guards() -> None:
    # two items stay a two-day list; a fraction after a comma is no day; full dates
    # in a list are read one by one
    assert days("các ngày 30/4 và 1/5", anchor=dt.date(2025, 6, 1)) == [
        "2025-04-30", "2025-05-01"]
    assert days("ngày 20/11, 2/3 số đại biểu", anchor=dt.date(2025, 6, 1)) == ["2025-11-20"]
    assert days("các ngày 30/4/2025, 1/5/2025 và 2/9/2025", anchor=None) == [
        "2025-04-30", "2025-05-01", "2025-09-02"]


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Tổ chức Ngày Nhà giáo Việt Nam 20/11.", "2025-11-20", "20/11"),
        ("kỷ niệm Ngày Thương binh - Liệt sĩ 27/7", "2025-07-27", "27/7"),
        ("kỷ niệm Ngày Thương binh - Liệt sĩ (27/7)", "2025-07-27", "27/7"),
        ("Ngày thành lập Đảng 3/2", "2026-02-03", "3/2"),
        ("Ngày Quốc tế Lao động 1/5", "2025-05-01", "1/5"),
        ("ngày Giải phóng miền Nam 30/4", "2025-04-30", "30/4"),
        ("ngày Phụ nữ Việt Nam 20-10", "2025-10-20", "20-10"),
        ("Ngày thành lập Quân đội nhân dân Việt Nam 22/12", "2025-12-22", "22/12"),
        ("Ngày sinh Chủ tịch Hồ Chí Minh 19/5", "2025-05-19", "19/5"),
        ("NGÀY NHÀ GIÁO VIỆT NAM 20/11", "2025-11-20", "20/11"),
        # a name in quotes, commas and small words in it (fire-safety plans)
        ("hưởng ứng “Ngày toàn dân phòng cháy, chữa cháy” (04/10), treo băng rôn", "2025-10-04",
         "04/10"),
        ('hưởng ứng "Ngày toàn dân phòng cháy và chữa cháy" 04/10', "2025-10-04", "04/10"),
        ("hưởng ứng “Ngày Pháp luật Việt Nam” (09/11)", "2025-11-09", "09/11"),
    ],
)
def test_yearless_day_after_the_name_of_its_observance(text: str, value: str,
                                                       surface: str) -> None:
    """A year-less day/month right after an observance's name opened by ``ngày`` is a
    day, resolved like ``ngày 20/11``; the mention is the day as written."""
    d = one(text, anchor=dt.date(2025, 9, 1))
    assert (d.value, d.text, text[d.start:d.end]) == (value, surface, surface)
    assert d.resolved_year


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Các hoạt động chào mừng Quốc khánh 2/9.", "2025-09-02", "2/9"),
        ("kỷ niệm 80 năm Cách mạng tháng Tám (19/8) và", "2025-08-19", "19/8"),
        ("Nghỉ lễ Chiến thắng 30/4, hoạt động", "2025-04-30", "30/4"),
        ("chào mừng Quốc tế Lao động 1/5.", "2025-05-01", "1/5"),
    ],
)
def test_yearless_day_after_an_observance_written_without_ngay(text: str, value: str,
                                                               surface: str) -> None:
    """Festival and anniversary plans name the best-known observances without ``Ngày``
    ("Quốc khánh 2/9"), or after ``lễ`` ("nghỉ lễ Chiến thắng 30/4"): the day is read
    the same."""
    d = one(text, anchor=dt.date(2025, 9, 1))
    assert (d.value, d.text) == (value, surface)
    # the guards stay: no proper name after "lễ", a comma ends the name
    assert days("tổ chức lễ 2 ngày, lễ trao 2/3 giải", anchor=dt.date(2025, 9, 1)) == []
    assert days("Quốc khánh, 2/9 số hộ", anchor=dt.date(2025, 9, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        "trong 05 ngày làm việc 20/11 số 12/3",  # no proper name: not an observance
        "ngày thứ 3/5 của đợt",
        "trong 15 ngày Sở Tài chính 2/3 số hồ sơ",  # a span of days, not a day word
        "Ngày Nhà giáo, 20/11",  # a comma ends the name
        "Ngày Nhà giáo Việt Nam 20/11% chỉ tiêu",
        "Ngày Nhà giáo Việt Nam 20/11/20 25",
        "ngày Chuyển đổi số 10/10",  # a number after số is a document's
        "Ngày Nhà giáo Việt Nam 20/1234",
    ],
)
def test_observance_rule_keeps_the_yearless_guards(text: str) -> None:
    assert days(text, anchor=dt.date(2025, 9, 1)) == []


def test_observance_rule_leaves_full_dates_alone() -> None:
    assert one("Ngày 20/11/2025", anchor=None).text == "Ngày 20/11/2025"
    assert one("ngày Nhà giáo 20/11/2025", anchor=None).value == "2025-11-20"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Dự báo đêm nay (24/7) và ngày mai (25/7), có mưa to", ["24/7", "25/7"]),
        ("Hôm nay (24/7), Ban Chỉ huy họp khẩn; chiều mai (25/7) bão suy yếu",
         ["24/7", "25/7"]),
        ("Từ chiều tối nay (24/7) đến hết ngày 26/7, cấm biển", ["24/7", "ngày 26/7"]),
        ("Thời gian: 7 giờ 30 phút sáng thứ Tư (23/7)", ["23/7"]),
        ("Ngày mai (thứ Sáu, 25/7) học sinh nghỉ học", ["25/7"]),
        ("Chủ nhật, 27/7, các đơn vị trực; Thứ 7 (26/7) làm việc", ["27/7", "26/7"]),
        # a work schedule's table cell: the weekday and its day, with no bracket
        ("| Thứ Hai 28/7 | 8h00 | Họp giao ban |\n| CHỦ NHẬT 27/7 | Trực lãnh đạo |",
         ["28/7", "27/7"]),
    ],
)
def test_yearless_day_after_a_relative_word_or_a_weekday(text: str,
                                                         surfaces: list[str]) -> None:
    """Công điện and invitations name a day as ``đêm nay (24/7)`` or ``thứ Tư (23/7)``:
    the bracketed year-less day is that day, resolved like ``ngày 24/7``."""
    found = find_dates(text, anchor=dt.date(2025, 7, 24))
    assert [d.text for d in found] == surfaces
    assert all(d.value and d.value.startswith("2025-07-") for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "Đến nay (2/3 số hộ) đã được hỗ trợ",  # "đến nay" is no day
        "Thứ hai, 2/3 số xã đã hoàn thành",  # an ordinal, not a weekday
        "hiện nay (62/63 tỉnh) đã triển khai",
    ],
)
def test_relative_and_weekday_rule_keeps_fractions_out(text: str) -> None:
    assert days(text, anchor=dt.date(2025, 7, 24)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ngày 15 - 8 - 2025, Ban Thường vụ họp", "2025-08-15"),
        ("báo cáo trước ngày 20 - 11 - 2025", "2025-11-20"),
        ("Ngày 15. 8. 2025, Ban Thường vụ họp", "2025-08-15"),
        ("báo cáo trước ngày 15 -9-2025", "2025-09-15"),
    ],
)
def test_spaced_dashes_and_dots_after_the_day_word(text: str, value: str) -> None:
    """Typists and OCR space out dashes and dots as they do slashes (``ngày 20/ 11
    /2025``); after ``ngày`` such a date is still one day."""
    assert one(text, anchor=None).value == value


def test_spaced_separators_must_agree_and_need_the_day_word() -> None:
    assert days("tỷ lệ 15 - 8 - 2025 hộ", anchor=None) == []
    assert days("ngày 15 - 8 / 2025", anchor=None) == []


def test_bare_day_range_with_a_full_year() -> None:
    """``Tổ chức trong 02 ngày (20-21/8/2025)``: both days, without a word before."""
    assert [(d.text, d.value) for d in find_dates("trong 02 ngày (20-21/8/2025).",
                                                   anchor=None)] == [
        ("20", "2025-08-20"), ("21/8/2025", "2025-08-21")]
    assert days("Tỷ lệ đạt 20-21/8 chỉ tiêu", anchor=None) == []


def test_yearless_day_after_a_deadline_cue_is_the_day_alone() -> None:
    """``hoàn thành trước 15/9``: the cue names the day; the mention is the day alone."""
    found = find_dates("hoàn thành trước 15/9; gửi Sở Nội vụ đến hết 30/9; hạn cuối 5/10",
                       anchor=dt.date(2025, 8, 20))
    assert [(d.text, d.value) for d in found] == [
        ("15/9", "2025-09-15"), ("30/9", "2025-09-30"), ("5/10", "2025-10-05")]
    assert days("không quá 2/3 số thành viên; trước 24/24h", anchor=dt.date(2025, 8, 20)) == []


def test_range_first_end_takes_year_of_last() -> None:
    found = find_dates("từ ngày 10/5 đến ngày 14/5/2026", anchor=dt.date(2021, 1, 1))
    assert found[0].value == "2026-05-10"
    assert found[0].text == "ngày 10/5"


# --- times -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "time_"),
    [
        ("đến 8 giờ ngày 03/02/2021, đã ghi nhận", "2021-02-03", "08:00"),
        ("họp lúc 14h30 ngày 05/12/2025 tại", "2025-12-05", "14:30"),
        ("khai mạc 08h00 ngày 05/12/2025", "2025-12-05", "08:00"),
        ("trước 17 giờ ngày 10/12/2025", "2025-12-10", "17:00"),
        ("vào 3 giờ chiều ngày 6/12/2025", "2025-12-06", "15:00"),
        ("8 giờ 30 phút, ngày 6/12/2025", "2025-12-06", "08:30"),
        ("ngày 03/02/2021, lúc 8 giờ 30", "2021-02-03", "08:30"),
        # the minute mark a word processor curls: "14 giờ 00’", "8h30′"
        ("trước 17 giờ 00’ ngày 10/12/2025", "2025-12-10", "17:00"),
        ("họp lúc 8h30′ ngày 05/12/2025 tại", "2025-12-05", "08:30"),
        # a weekday between the time and the day: "14 giờ 00, thứ Năm, ngày 20/11"
        ("vào lúc 14 giờ 00, thứ Năm, ngày 20/11/2025 tại", "2025-11-20", "14:00"),
        ("trước 16 giờ Chủ nhật, 23/11/2025", "2025-11-23", "16:00"),
    ],
)
def test_datetimes(text: str, value: str, time_: str) -> None:
    d = one(text)
    assert (d.value, d.time, d.precision) == (value, time_, "datetime")


def test_hours_alone_are_not_dates() -> None:
    assert find_dates("trong vòng 72 giờ trước khi nhập cảnh; 24 giờ sau khi") == []


# --- periods -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "start", "end"),
    [
        ("tháng 7/2021", "month", "2021-07-01", "2021-07-31"),
        ("trong tháng 7 năm 2021", "month", "2021-07-01", "2021-07-31"),
        ("trong tháng\n12 năm 2025.", "month", "2025-12-01", "2025-12-31"),
        ("tháng 2/2024", "month", "2024-02-01", "2024-02-29"),
        ("quý III/2021", "quarter", "2021-07-01", "2021-09-30"),
        ("quý 1 năm 2026", "quarter", "2026-01-01", "2026-03-31"),
        ("trong Quý IV/2025", "quarter", "2025-10-01", "2025-12-31"),
        ("6 tháng đầu năm 2026", "half", "2026-01-01", "2026-06-30"),
        ("sáu tháng cuối năm 2025", "half", "2025-07-01", "2025-12-31"),
        ("Năm 2021, dịch bệnh", "year", "2021-01-01", "2021-12-31"),
    ],
)
def test_periods(text: str, precision: str, start: str, end: str) -> None:
    d = one(text)
    assert d.precision == precision
    assert d.value is None
    assert (d.interval_start, d.interval_end) == (start, end)


def test_months_of_a_count_are_not_a_month() -> None:
    # "10 tháng năm 2025" = the first ten months of 2025, not October
    found = find_dates("kết quả kinh tế - xã hội 10 tháng\nnăm 2025 của tỉnh")
    assert [d.precision for d in found] == ["year"]


def test_year_span_is_not_a_year() -> None:
    assert find_dates("nhiệm kỳ 2021 - 2026 và năm học 2024-2025") == []


# --- lunar -------------------------------------------------------------------------------


def test_28_tet_with_bracketed_solar_date() -> None:
    text = "Phấn đấu chậm nhất đến ngày 28 Tết nguyên đán (09/02/2021), hoàn thành"
    found = find_dates(text, anchor=dt.date(2021, 2, 4))
    assert [(d.text, d.value, d.calendar) for d in found] == [
        ("ngày 28 Tết nguyên đán", "2021-02-09", "lunar"),
        ("09/02/2021", "2021-02-09", "solar"),
    ]
    assert found[0].holiday == "Tết Nguyên đán"


def test_28_tet_resolves_from_anchor() -> None:
    assert days("chậm nhất ngày 28 Tết", anchor=dt.date(2021, 2, 4)) == ["2021-02-09"]
    # issued in November 2025: the coming Tết is Bính Ngọ (2026-02-17)
    assert days("xong trước 28 Tết", anchor=dt.date(2025, 11, 20)) == ["2026-02-15"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mùng 1 Tết", "2021-02-12"),
        ("mồng 2 Tết", "2021-02-13"),
        ("ngày mùng 3 Tết Nguyên đán", "2021-02-14"),
        ("mồng 2 tháng Giêng", "2021-02-13"),
        ("rằm tháng Giêng", "2021-02-26"),
        ("ngày 23 tháng Chạp", "2021-02-04"),
        ("ngày 15 tháng 8 âm lịch", "2021-09-21"),
        ("ngày 15/8 âm lịch", "2021-09-21"),
        ("ngày 10/3 (âm lịch)", "2021-04-21"),
        ("mùng 5/5 ÂL", "2021-06-14"),
        ("Tết Nguyên đán", "2021-02-12"),
        ("Tết Trung thu", "2021-09-21"),
    ],
)
def test_lunar_days(text: str, value: str) -> None:
    d = one(text, anchor=dt.date(2021, 2, 4))
    assert d.value == value
    assert d.calendar == "lunar"
    assert d.resolved_year


def test_thirty_tet_in_a_short_year_is_the_last_day_of_the_year() -> None:
    """The 12th month of Ất Tỵ has 29 days (Tết Bính Ngọ is 2026-02-17): "30 Tết" is
    the eve, 2026-02-16, not Tết itself."""
    d = one("Các cơ quan trực đến chiều 30 Tết.", anchor=dt.date(2026, 1, 20))
    assert d.value == "2026-02-16"
    assert one("trực đến chiều 30 Tết", anchor=dt.date(2025, 1, 10)).value == "2025-01-28"


def test_a_lunar_day_in_brackets_ends_before_the_closing_one() -> None:
    """``Giỗ Tổ Hùng Vương (mồng 10 tháng 3 âm lịch);``: the bracket closes the note,
    it is no part of the marker; ``(âm lịch)`` in its own brackets still is."""
    found = find_dates("Giỗ Tổ Hùng Vương (mồng 10 tháng 3 âm lịch); 37 năm",
                       anchor=dt.date(2012, 1, 1))
    assert [d.text for d in found] == ["Giỗ Tổ Hùng Vương", "mồng 10 tháng 3 âm lịch"]
    assert one("họp ngày 10 tháng 3 (âm lịch), tại").text == "ngày 10 tháng 3 (âm lịch)"
    assert one("(rằm tháng 7 âm lịch)").text == "rằm tháng 7 âm lịch"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lễ hội (tức ngày 22/6 năm Ất Tỵ) tổ chức", "2025-07-16"),
        ("ngày 10 tháng 3 năm Bính Ngọ", "2026-04-26"),
        ("mùng 5 tháng 5 năm Ất Tỵ", "2025-05-31"),
    ],
)
def test_a_can_chi_year_makes_a_numeric_day_lunar(text: str, value: str) -> None:
    """A can-chi year names a lunar year: the day/month before it is lunar without a
    marker (a solar year is written in digits)."""
    d = one(text, anchor=dt.date(2025, 8, 20))
    assert (d.value, d.calendar) == (value, "lunar")


def test_numeric_lunar_day_with_its_year() -> None:
    """A day/month written with digits is lunar when a marker follows it, with the
    year before the marker or after it; without the marker it stays solar."""
    assert days("ngày 10/3/2025 (âm lịch)", anchor=None) == ["2025-04-07"]
    assert days("ngày 10/3 âm lịch năm Ất Tỵ", anchor=dt.date(2025, 1, 1)) == ["2025-04-07"]
    assert days("ngày 10/3/2025, theo lịch công tác", anchor=None) == ["2025-03-10"]
    assert one("ngày 10/3/2025 âm lịch", anchor=None).calendar == "lunar"


def test_tet_with_can_chi_year() -> None:
    text = "trong dịp trước, trong và sau Tết nguyên đán Tân Sửu để tập trung"
    d = one(text, anchor=dt.date(2020, 6, 1))
    assert (d.text, d.value, d.holiday) == ("Tết nguyên đán Tân Sửu", "2021-02-12",
                                            "Tết Nguyên đán")
    assert not d.resolved_year
    d = one("Tết Nguyên đán Bính Ngọ 2026", anchor=None)
    assert d.value == "2026-02-17"


def test_can_chi_without_anchor_uses_a_date_in_the_text() -> None:
    text = "Chỉ thị số 05/CT-TTg, ngày 28/01/2021. Không di chuyển trong dịp Tết Tân Sửu."
    assert days(text, anchor=None) == ["2021-01-28", "2021-02-12"]


def test_plain_tet_is_not_a_day() -> None:
    text = "chăm lo Tết cho Nhân dân, vui xuân, đón Tết, hàng hóa Tết"
    assert find_dates(text) == []


def test_lunar_months() -> None:
    d = one("trong tháng Chạp", anchor=dt.date(2021, 2, 4))
    assert (d.precision, d.calendar) == ("month", "lunar")
    assert (d.interval_start, d.interval_end) == ("2021-01-13", "2021-02-11")


def test_month_word_that_is_ambiguous_needs_capital() -> None:
    # "ngày 5 tháng năm" is "day, month, year" (a form's placeholder), not lunar May
    assert find_dates("Ghi rõ ngày 5 tháng năm sinh") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("toàn thắng ngày 30 tháng Tư năm 1975", "1975-04-30"),
        ("Hội nghị tổ chức vào ngày 15 tháng tư năm 2026.", "2026-04-15"),
        ("Thời gian: ngày 02 tháng Mười một, năm 2026.", "2026-11-02"),
    ],
)
def test_month_in_words_with_a_numeric_year_is_solar(text: str, value: str) -> None:
    """A month in words in a full date with a numeric year is the calendar month: a
    lunar date names its year by can-chi or carries a marker."""
    d = one(text, anchor=dt.date(2026, 3, 20))
    assert (d.value, d.calendar) == (value, "solar")
    # with a marker or a can-chi year it stays lunar
    assert one("ngày 15 tháng Ba năm 2026 (âm lịch)", anchor=None).calendar == "lunar"
    assert one("ngày 15 tháng Ba năm Bính Ngọ").calendar == "lunar"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Lễ hội diễn ra từ ngày mùng 4 đến ngày mùng 6 tháng Giêng.",
         ["2026-02-20", "2026-02-22"]),
        ("Lễ hội diễn ra từ ngày 04 đến ngày 06 tháng Giêng (âm lịch).",
         ["2026-02-20", "2026-02-22"]),
        ("Lễ hội diễn ra từ ngày 10 đến ngày 12 tháng 3 âm lịch.",
         ["2026-04-26", "2026-04-28"]),
        ("Lễ hội diễn ra ngày 10 và 11 tháng Giêng năm Bính Ngọ.",
         ["2026-02-26", "2026-02-27"]),
    ],
)
def test_lunar_ranges_name_both_ends(text: str, values: list[str]) -> None:
    """Lunar days sharing one month: the first, written without its month, is a lunar
    day of that month too (not dropped, and not read as solar)."""
    found = find_dates(text, anchor=dt.date(2026, 1, 20))
    assert [d.value for d in found] == values
    assert {d.calendar for d in found} == {"lunar"}
    # a numeric month without a marker stays a solar range
    assert days("từ ngày 10 đến ngày 12 tháng 3 năm 2026", anchor=None) == [
        "2026-03-10", "2026-03-12"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Lễ hội diễn ra từ ngày 06 đến ngày 10 tháng 3 năm Bính Ngọ.",
         ["2026-04-22", "2026-04-26"]),
        ("Lễ hội diễn ra từ ngày 06/3 đến ngày 10/3 năm Bính Ngọ.",
         ["2026-04-22", "2026-04-26"]),
        ("Lễ hội diễn ra từ ngày 09 - 10/3 âm lịch.", ["2026-04-25", "2026-04-26"]),
        ("Lễ dâng hương: 7 giờ 00 ngày 10/3 năm Bính Ngọ.", ["2026-04-26"]),
        ("Lễ dâng hương: 8 giờ 00 ngày 10 tháng 3 năm Bính Ngọ.", ["2026-04-26"]),
    ],
)
def test_a_can_chi_year_or_marker_after_a_range_or_a_time_makes_it_lunar(
        text: str, values: list[str]) -> None:
    """A festival plan writes its days with the lunar year or marker once, after the
    last day of a range, or after a time of day: every day named is lunar, none is
    read as a solar day of March."""
    found = find_dates(text, anchor=dt.date(2026, 1, 20))
    assert [d.value for d in found] == values
    assert {d.calendar for d in found} == {"lunar"}
    # a first end with its own solar year stays solar
    assert days("Từ ngày 01/01/2026 đến hết ngày 10/3 năm Bính Ngọ", anchor=None) == [
        "2026-01-01", "2026-04-26"]


def test_solar_holiday_with_year() -> None:
    d = one("nghỉ Tết Dương lịch 2026")
    assert (d.value, d.calendar, d.holiday) == ("2026-01-01", "solar", "Tết Dương lịch")


# --- traps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "lực lượng tuyến đầu bố trí đủ nhân lực thường trực chống dịch 24/24h sẵn sàng",
        "bảo đảm hoạt động ổn định, thông suốt 24/7 đáp ứng việc",
        "dịch bùng phát ở 62/63 tỉnh, thành phố",
        "trong vòng từ 3~21 ngày trước khi khởi phát bệnh",
        "GRDP cả năm đạt 10,05%, tổng thu",
        "theo phương châm “3 trước”, “4 tại chỗ” cùng với",
        "Nghị định số 30/2020/NĐ-CP về công tác văn thư",
        "Chỉ thị số 15/CT-TTg của Thủ tướng",
        "theo văn bản số 30/2020 của Bộ",
        "hoàn thành 2/3 số xã đạt chuẩn",
        "đã hoàn thành 56/93 nhiệm vụ giao",
        "xếp vị trí 81/100 nền kinh tế",
        "1. Mục tiêu\n1.1. Về sản phẩm cây trồng\n2.1.1. Đất lúa",
        "mức hỗ trợ 1.500.000 đồng/người; 2.120,93 ha",
        "Điện thoại: 0203.3.835.260; 024.3823.4567",
        "tăng 15,55%, cao hơn 1,5 lần",
        "Luật số 83/2025/QH15 về sửa đổi",
        "mã số 02BRT/XNK/2025",
        "phiên bản 1.1.2 của phần mềm, mục 2.10.3",
        "số 12/3/2020/QĐ-UBND",
    ],
)
def test_not_dates(text: str) -> None:
    assert [d for d in find_dates(text) if d.value] == [], text


def test_table_of_figures_has_no_dates() -> None:
    row = "| 1.1 | Đất lúa nước | LUA | 17.214,32 | 20,41 | 1.105,84 | 762,19 | 1.315,33 |\n"
    assert find_dates(row * 50) == []


def test_day_word_across_table_cells_is_not_a_date() -> None:
    text = "240.000 đồng/người/ ngày\n\n\n\n\n6.4   Chi bồi dưỡng"
    assert find_dates(text) == []


# --- whole documents ---------------------------------------------------------------------


def _documents() -> list[Path]:
    return sorted(p for sub in ("seeds", "dev", "silver") for p in (CORPUS / sub).glob("*.txt"))


def _anchor(gold_path: Path) -> dt.date | None:
    if not gold_path.exists():
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    value = gold.get("issue_date") or gold.get("meeting_date")
    return dt.date.fromisoformat(value) if value else None


def test_spans_slice_to_text_in_every_fixture() -> None:
    docs = _documents()
    assert len(docs) > 100
    for path in docs:
        text = normalize(path.read_text(encoding="utf-8")).text
        found = find_dates(text, anchor=_anchor(path.parent / "gold" / f"{path.stem}.json"))
        for d in found:
            assert text[d.start:d.end] == d.text, (path.name, d)
        starts = [(d.start, d.end) for d in found]
        assert starts == sorted(starts), path.name
        for a, b in pairwise(found):
            assert a.end <= b.start, (path.name, a, b)


def test_gold_dates_of_seeds_and_dev() -> None:
    """Day values against the annotated ``dates`` (regression guard, F1 >= 0.93)."""
    tp = fp = fn = 0
    for sub in ("seeds", "dev"):
        for gold_path in sorted((CORPUS / sub / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold.get("dates") is None:
                continue
            raw = (CORPUS / sub / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
            text = normalize(raw).text
            pred = {d.value for d in find_dates(text, anchor=_anchor(gold_path)) if d.value}
            want = set(gold["dates"])
            tp += len(pred & want)
            fp += len(pred - want)
            fn += len(want - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.93, (tp, fp, fn)


def test_issue_dates_of_silver_documents_are_found() -> None:
    found = total = 0
    for gold_path in sorted((CORPUS / "silver" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold.get("issue_date"):
            continue
        raw = (CORPUS / "silver" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        values = {d.value for d in find_dates(normalize(raw).text)}
        total += 1
        found += gold["issue_date"] in values
    assert found / total >= 0.9


# --- robustness --------------------------------------------------------------------------


@pytest.mark.timing
@pytest.mark.parametrize("unit", ["1.", "12/12/", "1.500.000 ", "1 ", "0912.345.678 ", "9"])
def test_megabyte_of_digits_is_fast(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    assert find_dates(text) == []
    assert time.perf_counter() - started < 10.0


@pytest.mark.timing
def test_scan_time_grows_linearly() -> None:
    small = "ngày 12/12/2020, 1.500.000 đ, 62/63 tỉnh. " * 1000
    big = small * 10
    started = time.perf_counter()
    n_small = len(find_dates(small))
    t_small = time.perf_counter() - started
    started = time.perf_counter()
    n_big = len(find_dates(big))
    t_big = time.perf_counter() - started
    assert n_big == 10 * n_small == 10_000
    assert t_big < 25 * max(t_small, 0.01)


@pytest.mark.parametrize("text", ["", "ngày", "ngày 31/", "Tết", "tháng 13/2021", "quý V/2021",
                                  "\x00\x01 ngày 1/1/", "ngày 28 Tết (", "(((("])
def test_damaged_input_never_crashes(text: str) -> None:
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text


_TOKENS = [
    "ngày", "tháng", "năm", "quý", "Tết", "mùng", "rằm", "Giêng", "Chạp", "Tân Sửu",
    "Nguyên đán", "trước", "đến", "từ", "và", ",", "-", "/", ".", "(", ")", " ", "\n", "0", "1",
    "12", "28", "30", "31", "2021", "2100", "1900", "giờ", "h", "chiều", "âm lịch", "hằng năm",
    "IV", "6", "đầu", "Năm", "số", "lúc",
]


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_TOKENS), max_size=40),
    anchor=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1))),
)
def test_random_date_soup_keeps_invariants(parts: list[str], anchor: dt.date | None) -> None:
    text = " ".join(parts)
    found = find_dates(text, anchor=anchor)
    for d in found:
        assert text[d.start:d.end] == d.text
        if d.value:
            year = int(d.value[:4])
            assert 1944 <= year <= 2101
    for a, b in pairwise(found):
        assert a.end <= b.start


# --- the fast scan is the reference scan ---------------------------------------------------
#
# On common text the triggers are found with the standard ``re`` and each alternative is
# screened before it is tried (see ``vbcd.extract.dates``); these tests hold the fast
# path to the reference one: one pattern over the whole text, the whole alternation.


def _fixture_texts() -> list[str]:
    return [normalize(p.read_text(encoding="utf-8")).text
            for p in sorted(CORPUS.glob("*/*.txt"))]


def _reference_matches(folded: str) -> list[tuple[int, int, str | None]]:
    from vbcd.extract import dates as D

    out = []
    last = 0
    for pos, word in D._triggers_uncommon(folded):
        if pos < last:
            continue
        m = D._master_for(word).match(folded, pos)
        if m is not None:
            last = m.end()
            out.append((m.start(), m.end(), m.lastgroup))
    return out


def test_fast_triggers_and_matches_are_the_reference_ones_on_the_fixtures() -> None:
    from vbcd.extract import dates as D
    from vbcd.extract import textscan

    for text in _fixture_texts()[::3]:
        folded = textscan.folded(text)
        if textscan.prepared(folded).low is None:
            continue
        assert D._triggers(folded) == D._triggers_uncommon(folded)
        got = [(m.start(), m.end(), m.lastgroup) for m in D._scan(folded)]
        assert got == _reference_matches(folded)


_MORE_TOKENS = [*_TOKENS, "âm lịch", "AL", "Mồng", "RẰM", "ông Công", "Lễ Vu lan", "các", "hôm",
                "sáng", "²", "nay", "thứ", "Sáu", "Chủ nhật", "7"]


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from(_MORE_TOKENS), max_size=40),
       glue=st.sampled_from([" ", "", "\n", "  "]))
def test_fast_scan_is_the_reference_scan_on_date_soup(parts: list[str], glue: str) -> None:
    from vbcd.extract import dates as D
    from vbcd.extract import textscan

    folded = textscan.folded(glue.join(parts))
    assert D._triggers(folded) == D._triggers_uncommon(folded)
    got = [(m.start(), m.end(), m.lastgroup) for m in D._scan(folded)]
    assert got == _reference_matches(folded)


def test_screens_let_every_match_of_their_alternative_through() -> None:
    from vbcd.extract import dates as D
    from vbcd.extract import textscan

    for text in _fixture_texts()[::12]:
        folded = textscan.folded(text)
        low = textscan.prepared(folded).low
        if low is None:
            continue
        # every place a word or a number starts
        places = [m.start() for m in re.finditer(r"(?<!\w)\w", low)]
        for name, _ in D._ALTERNATIVES:
            single, screen = D._single(name), D._screen(name)
            for pos in places:
                if single.match(folded, pos) is not None:
                    assert screen.match(low, pos) is not None, (name, pos)


def test_blanks_at_slashes_need_the_day_word() -> None:
    """Without ``ngày`` a spaced ``20 / 11 / 2025`` is no date (a ratio, a number)."""
    assert find_dates("tỷ lệ 20 / 11 / 2025 hộ", anchor=ANCHOR) == []
    assert find_dates("Công văn số 20 / 11 / 2025", anchor=ANCHOR) == []


def test_a_written_day_without_the_day_word_and_spans_of_time() -> None:
    """``ngày Thương binh liệt sĩ 27 tháng 7``, ``Quốc khánh 2 tháng 9``: a day written with
    ``tháng`` names a day without its day word; followed by a unit it is a span of time
    (``trong 3 tháng 10 ngày``, ``6 tháng 12 năm qua``) and no day."""
    assert days("nhân ngày Thương binh liệt sĩ 27 tháng 7 và Quốc khánh 2 tháng 9") == [
        "2021-07-27", "2020-09-02"]
    assert days("thời hạn trong 3 tháng 10 ngày; sau 6 tháng 12 năm qua; 2 tháng 3 giờ") == []


@pytest.mark.parametrize("text", ["Ngày 10/3 năm 2026, Sở Y tế tổ chức hội nghị.",
                                  "Hội nghị tổ chức vào ngày 10/3 năm 2026 tại Hà Nội."])
def test_a_year_in_words_after_a_numeric_day_is_its_own(text: str) -> None:
    # not the anchor's year: the date names its year
    assert days(text) == ["2026-03-10"]


@pytest.mark.parametrize("text", ["Đạt 10/3 chỉ tiêu năm 2026.", "Xếp hạng 5/12 trong năm 2026.",
                                  "Tỷ lệ 1/3 số xã năm 2025."])
def test_a_fraction_before_a_year_is_no_date(text: str) -> None:
    assert days(text) == []


def test_a_day_glued_to_the_month_word_is_still_a_date() -> None:
    """Text extraction drops the blank in ``ngày 21tháng 04 năm 2020``; after the day word
    the date is still read (a bare ``12tháng 3`` stays no date's start)."""
    assert days("ký ngày 21tháng 04 năm 2020 tại") == ["2020-04-21"]
    assert days("gửi trước ngày 30tháng 6 năm 2026.") == ["2026-06-30"]


@pytest.mark.parametrize("text", ["báo cáo trước ngày 15 thảng 5 năm 2026.",
                                  "báo cáo trước ngày 15 tháng 5 nãm 2026.",
                                  "báo cáo trước ngày 15 thàng 5 nằm 2026."])
def test_a_written_date_with_ocr_damaged_month_or_year_marks_is_read(text: str) -> None:
    """OCR misreads the marks of ``tháng``/``năm`` (``thảng``, ``nãm``); after the day
    word, with the day, month and year all there, the written date is still one day."""
    assert days(text) == ["2026-05-15"]


def test_a_word_like_the_month_word_without_the_day_word_is_no_date() -> None:
    # only the whole damaged date after ``ngày`` is read: "thắng 3 trận năm 2025" is no day
    assert days("đội bóng thắng 3 trận năm 2025") == []


def test_year_less_day_takes_the_year_the_text_writes_it_in() -> None:
    """A plan issued in January for the July anniversary writes the day in full in its
    title and then without a year: that is the same day, not last year's nearer one."""
    text = ("Kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026). "
            "Tổ chức mít tinh vào ngày 27/7 tại Quảng trường tỉnh.")
    got = [(m.text, m.value) for m in find_dates(text, anchor=dt.date(2026, 1, 10))]
    assert got[-1] == ("ngày 27/7", "2026-07-27")
    # without the full day the nearest year stays
    alone = find_dates("Tổ chức mít tinh vào ngày 27/7.", anchor=dt.date(2026, 1, 10))
    assert [m.value for m in alone] == ["2025-07-27"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cao điểm dịp Lễ Quốc khánh 2/9 năm 2025 từ ngày 29/8 đến ngày 02/9/2025.",
         ["2025-09-02", "2025-08-29", "2025-09-02"]),
        ("Dịp nghỉ Lễ Quốc khánh 02/9/2025 và kỷ niệm 80 năm Cách mạng tháng Tám.",
         ["2025-09-02"]),
        ("Tết Dương lịch 01/01 - 03/01/2025", ["2025-01-01", "2025-01-01", "2025-01-03"]),
        ("Lễ Quốc khánh 1/9 năm 2025", ["2025-09-02", "2025-09-01"]),
    ],
)
def test_a_holiday_takes_its_day_and_year_written_after_it(
        text: str, expected: list[str]) -> None:
    """A holiday's own day and year written after its name (``Lễ Quốc khánh 2/9 năm 2025``)
    date it, not the year nearest the document's date; another day written there, or the
    first day of a range, stays a day of its own."""
    assert days(text, anchor=dt.date(2024, 12, 20)) == expected


# --- round 15 (DT): stray blanks at a slash or after a dash, lunar days in words ---------

def _r15_days(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, anchor=dt.date(2025, 12, 5))]


def test_r15_full_date_with_blank_after_its_dash() -> None:
    assert _r15_days("Ngày 22- 9-2025, UBND tỉnh tổ chức hội nghị.") == [
        ("Ngày 22- 9-2025", "2025-09-22")]
    assert _r15_days("Họp ngày 19-12- 2025 tại trụ sở.") == [("ngày 19-12- 2025", "2025-12-19")]


def test_r15_yearless_day_with_blank_at_its_slash() -> None:
    assert _r15_days("Tổ chức kiểm tra vào ngày 11 /12 tại xã.") == [("ngày 11 /12", "2025-12-11")]


def test_r15_range_of_days_with_blank_at_its_slash() -> None:
    assert _r15_days("Tập huấn trong các ngày 1 - 2 /12/2025.") == [
        ("ngày 1", "2025-12-01"), ("2 /12/2025", "2025-12-02")]


def test_r15_lunar_early_day_in_words() -> None:
    assert _r15_days("Mùng một Tết, lãnh đạo tỉnh thăm hỏi gia đình chính sách.") == [
        ("Mùng một Tết", "2026-02-17")]
    assert _r15_days("trực từ ngày mồng hai tháng Giêng") == [
        ("ngày mồng hai tháng Giêng", "2026-02-18")]


def test_r15_lunar_day_of_a_named_month_without_month_word() -> None:
    assert _r15_days("Các cơ quan nghỉ từ ngày 23 Chạp.") == [("ngày 23 Chạp", "2026-02-10")]


def test_a_screen_rules_out_no_more_than_its_alternative() -> None:
    # a month with a blank line, then the year word: the alternative reads no year after
    # the month (a gap holds one line break), so its screen must not either
    from vbcd.extract import dates as D
    from vbcd.extract import textscan

    folded = textscan.folded("tháng\n1\n \nnăm")
    got = [(m.start(), m.end(), m.lastgroup) for m in D._scan(folded)]
    assert got == _reference_matches(folded) == [(0, 7, "ymon")]
