"""Small text helpers shared by the segmentation stages."""

from __future__ import annotations

import datetime as dt

import regex

from vbcd.grammar import patterns as P

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


def is_signature_noise(s: str) -> bool:
    """Whether ``s`` is signature noise (``(Đã ký)``, ``Ký bởi: ...``).

    The noise table's patterns put ``\\s*`` on both sides of optional brackets, which
    backtracks quadratically over a long run of blanks; the patterns only ever match
    blanks as flexible ``\\s*``/``\\s+``, so testing the text with each run of blanks
    squeezed to one (a line break where the run has one: ``.`` must not cross it) gives
    the same answer in linear time.
    """
    squeezed = _WS.sub(lambda m: "\n" if "\n" in m.group(0) else " ", s)
    return P.SIGNATURE_NOISE.match(squeezed) is not None
