"""Tết, observances and lunar dates in holiday directives (round 13, family TL).

Lunar days that open with a time, leap months, the first day of a lunar range written
with ``mùng``, a holiday duty rota's ``trực`` as a task word, and the converter's solar
dates for the lunar years 2026-2028.
"""

from __future__ import annotations

import datetime as dt

import pytest

import vbcd
from vbcd.extract import lunar
from vbcd.extract.dates import find_dates
from vbcd.extract.deadlines import find_deadlines


def _dates(text: str, anchor: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.time) for d in find_dates(text, anchor=anchor)]


# --- the converter for the years a 2026-2028 directive names -----------------------


@pytest.mark.parametrize(
    ("year", "month", "day", "leap", "solar"),
    [
        (2026, 1, 1, False, dt.date(2026, 2, 17)),   # Tết Bính Ngọ
        (2026, 3, 10, False, dt.date(2026, 4, 26)),  # Giỗ Tổ Hùng Vương
        (2026, 5, 5, False, dt.date(2026, 6, 19)),   # Tết Đoan ngọ
        (2026, 7, 15, False, dt.date(2026, 8, 27)),  # Vu lan
        (2026, 8, 15, False, dt.date(2026, 9, 25)),  # Trung thu
        (2026, 12, 23, False, dt.date(2027, 1, 30)),  # ông Công ông Táo
        (2026, 12, 28, False, dt.date(2027, 2, 4)),   # first day off for Tết Đinh Mùi
        (2027, 1, 1, False, dt.date(2027, 2, 6)),    # Tết Đinh Mùi
        (2027, 1, 5, False, dt.date(2027, 2, 10)),   # last day off
        (2027, 1, 15, False, dt.date(2027, 2, 20)),  # Rằm tháng Giêng
        (2027, 3, 10, False, dt.date(2027, 4, 16)),
        (2028, 1, 1, False, dt.date(2028, 1, 26)),   # Tết Mậu Thân
        (2028, 5, 1, True, dt.date(2028, 6, 23)),    # Mậu Thân repeats its 5th month
        (2025, 6, 1, True, dt.date(2025, 7, 25)),    # Ất Tỵ repeats its 6th month
    ],
)
def test_converter_2026_to_2028(year: int, month: int, day: int, leap: bool,
                                solar: dt.date) -> None:
    assert lunar.lunar_to_solar(year, month, day, leap) == solar
    assert lunar.solar_to_lunar(solar) == (year, month, day, leap)


def test_bính_ngọ_ends_on_its_29th_of_tháng_chạp() -> None:
    assert lunar.last_day_of_year(2026) == dt.date(2027, 2, 5)
    with pytest.raises(ValueError):
        lunar.lunar_to_solar(2026, 12, 30)


# --- a time before a lunar day -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Các đơn vị báo cáo trước 15 giờ ngày mùng 6 tháng Giêng năm Đinh Mùi.",
         dt.date(2027, 1, 25),
         ("15 giờ ngày mùng 6 tháng Giêng năm Đinh Mùi", "2027-02-11", "15:00")),
        ("Lễ dâng hương vào 8 giờ 00 ngày 10 tháng 3 năm Bính Ngọ tại Đền Hùng.",
         dt.date(2026, 4, 6), ("8 giờ 00 ngày 10 tháng 3 năm Bính Ngọ", "2026-04-26", "08:00")),
        ("Gửi báo cáo về Sở trước 10 giờ ngày 28 Tết.",
         dt.date(2027, 1, 20), ("10 giờ ngày 28 Tết", "2027-02-04", "10:00")),
        ("Khai mạc lúc 19 giờ 30 ngày Rằm tháng Giêng.",
         dt.date(2027, 1, 20), ("19 giờ 30 ngày Rằm tháng Giêng", "2027-02-20", "19:30")),
    ],
)
def test_a_time_opens_a_lunar_day(text: str, anchor: dt.date,
                                  expected: tuple[str, str, str]) -> None:
    assert expected in _dates(text, anchor)


def test_a_deadline_at_an_hour_of_a_lunar_day() -> None:
    text = "3. Các đơn vị báo cáo kết quả trực Tết trước 15 giờ ngày mùng 6 tháng Giêng."
    found = find_deadlines(text, find_dates(text, anchor=dt.date(2027, 1, 25)))[0]
    assert [(d.date, d.kind, d.text) for d in found] == [
        ("2027-02-11", "before", "trước 15 giờ ngày mùng 6 tháng Giêng")]


# --- leap months ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Lễ cầu an tổ chức ngày 15 tháng 6 nhuận năm Ất Tỵ.", dt.date(2025, 7, 20),
         "2025-08-08"),
        ("Tổ chức lễ ngày 10 tháng 5 nhuận âm lịch.", dt.date(2028, 6, 1), "2028-07-02"),
        ("Tổ chức lễ ngày 15 tháng 5 nhuận năm Mậu Thân.", dt.date(2028, 6, 1), "2028-07-07"),
    ],
)
def test_a_leap_month_is_the_repeated_one(text: str, anchor: dt.date, value: str) -> None:
    found = find_dates(text, anchor=anchor)
    assert [(d.value, d.calendar) for d in found] == [(value, "lunar")]
    assert "nhuận" in found[0].text


# --- lunar ranges written with mùng --------------------------------------------------


def test_the_first_day_of_a_lunar_range_keeps_its_mùng() -> None:
    text = "Lễ hội diễn ra từ mùng 1 đến mùng 10 tháng 3 năm Đinh Mùi."
    assert _dates(text, dt.date(2027, 3, 5)) == [
        ("mùng 1", "2027-04-07", None), ("mùng 10 tháng 3 năm Đinh Mùi", "2027-04-16", None)]
    text = "Các chùa tổ chức lễ từ ngày mùng 1 đến hết ngày 15 tháng 7 âm lịch."
    assert _dates(text, dt.date(2026, 7, 20))[0] == ("ngày mùng 1", "2026-08-13", None)


# --- the holiday duty rota -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        ("1. Sở Y tế trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết.", "Sở Y tế"),
        ("1. Các đơn vị trực Tết nghiêm túc, đúng lịch.", "Các đơn vị"),
        ("1. Văn phòng UBND tỉnh trực Tết theo lịch đã phân công.", "Văn phòng UBND tỉnh"),
        ("1. Bệnh viện Đa khoa tỉnh trực cấp cứu, sẵn sàng tiếp nhận người bệnh.",
         "Bệnh viện Đa khoa tỉnh"),
        ("1. Bộ Chỉ huy Quân sự tỉnh trực sẵn sàng chiến đấu trong dịp Tết.",
         "Bộ Chỉ huy Quân sự tỉnh"),
    ],
)
def test_trực_opens_a_task(line: str, actor: str) -> None:
    doc = vbcd.parse(line)
    assert [(a.actor, a.task.split()[0]) for a in doc.assignments] == [(actor, "trực")]


def test_a_tết_directive() -> None:
    text = """ỦY BAN NHÂN DÂN
XÃ TÂN LẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/UBND-VP
V/v phân công trực Tết Nguyên đán Đinh Mùi 2027
Tân Lạc, ngày 25 tháng 01 năm 2027

Kính gửi: Các phòng chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân xã.

1. Văn phòng HĐND và UBND xã bố trí cán bộ trực Tết từ ngày 28 Tết đến hết mùng 5 Tết; \
lập danh sách gửi Chủ tịch UBND xã trước ngày 26 tháng Chạp.

2. Trạm Y tế xã Tân Lạc trực 24/24 giờ trong các ngày Tết.

3. Các đơn vị báo cáo kết quả công tác trực Tết trước 15 giờ ngày mùng 6 tháng Giêng \
năm Đinh Mùi.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH

Hoàng Văn Tâm
"""
    doc = vbcd.parse(text)
    assert [(d.date, d.clause) for d in doc.deadlines] == [
        ("2027-02-02", "1"), ("2027-02-11", "3")]
    assert [(a.actor, a.clause, a.deadline) for a in doc.assignments] == [
        ("Văn phòng HĐND và UBND xã", "1", "2027-02-02"),
        ("Trạm Y tế xã Tân Lạc", "2", None),
        ("Các đơn vị", "3", "2027-02-11"),
    ]
    days = {d.value for d in doc.dates if d.calendar == "lunar"}
    assert {"2027-02-04", "2027-02-10", "2027-02-02", "2027-02-11"} <= days
