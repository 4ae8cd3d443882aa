"""Small text helpers shared by the segmentation stages."""

from __future__ import annotations

import datetime as dt

import regex

_WS = regex.compile(r"\s+")


def collapse(s: str) -> str:
    """Whitespace runs (line breaks included) to one space, ends stripped."""
    return _WS.sub(" ", s).strip()


def iso_date(year: str | None, month: str | None, day: str | None) -> str | None:
    """ISO date from printed parts, or ``None`` when a part is blank or impossible."""
    try:
        y, m, d = int(year or ""), int(month or ""), int(day or "")
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def strip_span(text: str, start: int, end: int, chars: str = " \t\n") -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
