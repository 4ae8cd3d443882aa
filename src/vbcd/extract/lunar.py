"""The Vietnamese lunar calendar: conversions, Tết and can-chi year names.

A thin wrapper over ``lunar_vn`` (Hồ Ngọc Đức's algorithm at UTC+7). The Vietnamese
calendar is computed for the meridian of Hanoi, so it differs from the Chinese one (UTC+8)
in some years: Tết 1985 fell on 21 January in Vietnam but on 20 February in China, Tết 2007
on 17 February in Vietnam but 18 February in China. Libraries that follow the Chinese
calendar give wrong Vietnamese dates for those years, hence this module.

Can-chi year names (``Tân Sửu``) are data in ``grammar/data/dates.toml``; this module does
the arithmetic of the 60-year cycle.
"""

from __future__ import annotations

import datetime as _dt
from functools import cache

import lunar_vn

from vbcd.grammar import load

_TZ = 7.0
_SUPPORTED = lunar_vn.SUPPORTED_YEAR_RANGE


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> _dt.date:
    """Solar date of lunar ``day/month/year`` (Vietnamese calendar).

    Raises ``ValueError`` for a day that does not exist (day 30 of a 29-day month,
    a leap month the year does not have, a year outside 1900-2100).
    """
    if not _SUPPORTED[0] <= year <= _SUPPORTED[1]:
        raise ValueError(f"lunar year {year} outside {_SUPPORTED}")
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no lunar day {day}/{month}")
    solar = lunar_vn.convert_lunar_to_solar(day, month, year, 1 if leap else 0, _TZ)
    # The algorithm silently rolls day 30 of a short month into the next month.
    back = lunar_vn.solar_to_lunar(solar, _TZ)
    if (back.day, back.month, back.year, bool(back.leap)) != (day, month, year, leap):
        raise ValueError(f"lunar {day}/{month}/{year} does not exist")
    return solar


def solar_to_lunar(date: _dt.date) -> tuple[int, int, int, bool]:
    """``(year, month, day, leap)`` of a solar date in the Vietnamese lunar calendar."""
    lunar = lunar_vn.solar_to_lunar(date, _TZ)
    return lunar.year, lunar.month, lunar.day, bool(lunar.leap)


@cache
def tet(year: int) -> _dt.date:
    """Solar date of Tết Nguyên đán (1st day of the 1st lunar month) of lunar ``year``."""
    return lunar_to_solar(year, 1, 1)


def last_day_of_year(year: int) -> _dt.date:
    """Last day of lunar ``year`` (the eve of the next Tết)."""
    return tet(year + 1) - _dt.timedelta(days=1)


def lunar_month_bounds(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    """First and last solar day of (non-leap) lunar ``month`` of ``year``.

    The month ends the day before the next month starts; when the year has a leap month
    right after ``month``, that leap month is a month of its own and is not included.
    """
    first = lunar_to_solar(year, month, 1)
    try:
        nxt = lunar_to_solar(year, month, 1, leap=True)
    except ValueError:
        nxt = tet(year + 1) if month == 12 else lunar_to_solar(year, month + 1, 1)
    return first, nxt - _dt.timedelta(days=1)


# --- can-chi -------------------------------------------------------------------------


def _table() -> tuple[list[list[str]], list[list[str]]]:
    data = load("dates")["lunar"]["can_chi"]
    return data["stems"], data["branches"]


@cache
def _index() -> dict[str, int]:
    """``"tân sửu"`` -> position in the 60-year cycle (0 = Giáp Tý)."""
    stems, branches = _table()
    out: dict[str, int] = {}
    for pos in range(60):
        for s in stems[pos % 10]:
            for b in branches[pos % 12]:
                out[f"{s} {b}"] = pos
    return out


def year_name(year: int) -> str:
    """Can-chi name of lunar ``year``, capitalised (``2021`` -> ``"Tân Sửu"``)."""
    stems, branches = _table()
    stem = stems[(year + 6) % 10][0]
    branch = branches[(year + 8) % 12][0]
    return f"{stem.capitalize()} {branch.capitalize()}"


def cycle_position(name: str) -> int | None:
    """Position (0-59) of a can-chi name in the cycle, or ``None`` if it is not one."""
    key = " ".join(name.casefold().split())
    return _index().get(key)


def years_named(name: str) -> list[int]:
    """All supported lunar years that bear the can-chi ``name``."""
    pos = cycle_position(name)
    if pos is None:
        return []
    # 1984 is Giáp Tý (position 0).
    first = _SUPPORTED[0] + (pos - (_SUPPORTED[0] - 1984)) % 60
    return list(range(first, _SUPPORTED[1] + 1, 60))


def year_from_name(name: str, near: int) -> int | None:
    """The lunar year named ``name`` closest to the year ``near``."""
    years = years_named(name)
    if not years:
        return None
    return min(years, key=lambda y: (abs(y - near), -y))


def can_chi_names() -> list[str]:
    """Every spelling of every can-chi year name (folded, lower case)."""
    return list(_index())
