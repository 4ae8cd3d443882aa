"""The Vietnamese lunar calendar wrapper: known Tết dates, conversions, can-chi names."""

from __future__ import annotations

import datetime as dt

import pytest

from vbcd.extract import lunar


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2021, dt.date(2021, 2, 12)),  # Tân Sửu
        # Vietnam (UTC+7) celebrated Tết Ất Sửu on 21 January 1985; China (UTC+8) on
        # 20 February 1985: a whole month apart.
        (1985, dt.date(1985, 1, 21)),
        # 2007: Vietnam 17 February, China 18 February.
        (2007, dt.date(2007, 2, 17)),
        (2020, dt.date(2020, 1, 25)),
        (2026, dt.date(2026, 2, 17)),  # Bính Ngọ
    ],
)
def test_tet_known_dates(year: int, expected: dt.date) -> None:
    assert lunar.tet(year) == expected


def test_tet_1985_is_not_the_chinese_date() -> None:
    assert lunar.tet(1985) != dt.date(1985, 2, 20)
    assert lunar.tet(2007) != dt.date(2007, 2, 18)


def test_lunar_to_solar_and_back() -> None:
    # 28th of the 12th month of Canh Tý = 28 Tết before Tết Tân Sửu.
    assert lunar.lunar_to_solar(2020, 12, 28) == dt.date(2021, 2, 9)
    assert lunar.solar_to_lunar(dt.date(2021, 2, 9)) == (2020, 12, 28, False)
    assert lunar.lunar_to_solar(2021, 1, 15) == dt.date(2021, 2, 26)  # rằm tháng Giêng


def test_leap_month() -> None:
    # 2020 had a leap fourth month.
    assert lunar.lunar_to_solar(2020, 4, 1, leap=True) == dt.date(2020, 5, 23)
    with pytest.raises(ValueError):
        lunar.lunar_to_solar(2021, 4, 1, leap=True)


def test_day_that_does_not_exist() -> None:
    with pytest.raises(ValueError):
        lunar.lunar_to_solar(2021, 1, 30)  # the first month of Tân Sửu has 29 days
    with pytest.raises(ValueError):
        lunar.lunar_to_solar(2021, 13, 1)
    with pytest.raises(ValueError):
        lunar.lunar_to_solar(1800, 1, 1)


def test_month_bounds() -> None:
    first, last = lunar.lunar_month_bounds(2020, 12)  # tháng Chạp Canh Tý
    assert first == dt.date(2021, 1, 13)
    assert last == dt.date(2021, 2, 11)
    # the leap month after month 4 is not part of month 4
    assert lunar.lunar_month_bounds(2020, 4)[1] == dt.date(2020, 5, 22)


@pytest.mark.parametrize(
    ("year", "name"),
    [(2021, "Tân Sửu"), (2026, "Bính Ngọ"), (1984, "Giáp Tý"), (2020, "Canh Tý"),
     (1985, "Ất Sửu")],
)
def test_year_name(year: int, name: str) -> None:
    assert lunar.year_name(year) == name


def test_year_from_name() -> None:
    assert lunar.year_from_name("Tân Sửu", 2020) == 2021
    assert lunar.year_from_name("tân  sửu", 1970) == 1961
    assert lunar.year_from_name("Bính Ngọ", 2025) == 2026
    # variant spellings of a branch
    assert lunar.year_from_name("Tân Tị", 2000) == lunar.year_from_name("Tân Tỵ", 2000) == 2001
    # a stem and a branch that never pair
    assert lunar.year_from_name("Giáp Sửu", 2021) is None
    assert lunar.cycle_position("Tết") is None


def test_years_named_cycle() -> None:
    assert lunar.years_named("Giáp Tý") == [1924, 1984, 2044]
