"""Date mentions: solar and lunar days, times, periods, ranges and holidays.

:func:`find_dates` reads a whole normalised document in one pass of one compiled
pattern. The pattern is an ordered alternation (ranges before single days, days before
months, months before years), so the leftmost match is also the longest reading of the
text at that place: ``ngày 30 tháng 7 năm 2021`` is one day, not a day, a month and a
year. Every part is anchored on a word (``ngày``, ``tháng``, ``quý``, ``Tết``) or on a
full ``d/m/yyyy`` with validated ranges, which is what keeps list numbers, fractions
(``2/3 số xã``), ``24/7``, ``62/63 tỉnh``, percentages, money and document numbers out:
a bare ``d/m`` counts only after a cue word such as ``ngày`` or ``dịp``, or after the
name of an observance opened by ``ngày`` (``Ngày Nhà giáo Việt Nam 20/11``).

The alternation is tried only at *triggers* (a number followed by a separator, an hour
or a date word; a date word followed by a number), found by patterns that open with a
literal character (``re`` jumps between its places at C speed), and there one
alternative at a time, in order, leaving out those that cannot match in the document or
after what follows a day word's number. On common text each alternative is tried with
the standard ``re`` on the lower-case text: the common ones exactly (their match is the
alternative's), the others through a loosened screen that rejects in a microsecond what
``regex`` would take tens of microseconds to reject. The patterns are compiled at import
(compiling them while documents are read would cost more than reading many of them);
the tests hold the fast path to the plain scan of the whole alternation.

Mentions without a year (``27/7``, ``ngày 28 Tết``, ``Tết Nguyên đán``) are resolved in a
second step against the anchor (the document's issue or meeting date) or, failing that,
the nearest dated mention before them, and flagged ``resolved_year``. Lunar days go
through :mod:`vbcd.extract.lunar` (Vietnamese calendar, UTC+7).

All vocabulary lives in ``grammar/data/dates.toml``.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, itemgetter
from typing import Any

import regex

from vbcd.extract import lunar, textscan
from vbcd.grammar import load
from vbcd.grammar.patterns import words_alt_any_tone
from vbcd.models import DateMention

_DATA: dict[str, Any] = load("dates")
_SOLAR: dict[str, Any] = _DATA["solar"]
_TIME: dict[str, Any] = _DATA["time"]
_LUNAR: dict[str, Any] = _DATA["lunar"]
_HOLIDAYS: list[dict[str, Any]] = _DATA["holidays"]

_MIN_YEAR: int = _SOLAR["min_year"]
_MIN_YEAR_OF_DAY: int = _SOLAR["min_year_of_day"]
# A match of a date alternative: ``regex``'s, or ``re``'s for the exact ones.
Match = regex.Match[str] | re.Match[str]
_MAX_YEAR: int = _SOLAR["max_year"]
_TIMEOUT = 30


# --- pattern building -------------------------------------------------------------------

# Whitespace between the words of a date: at most one line break (dates are broken across
# lines, but a blank line or a table cell boundary ends them).
WS = r"(?:[ \t]{1,6}|[ \t]{0,6}\n[ \t]{0,6})"
WS0 = r"[ \t]{0,6}\n?[ \t]{0,6}"


def _word(w: str) -> str:
    """A data word as a pattern: escaped, inner spaces match short whitespace runs."""
    return WS.join(regex.escape(part) for part in w.split())


def alt(words: Iterable[str]) -> str:
    """Alternation of data words, longest first (so ``mười một`` wins over ``mười``)."""
    uniq = sorted({w.casefold() for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_word(w) for w in uniq) + ")"


# Word and number edges. A bare number must not continue a longer number, a decimal,
# a version or a code ("1.500.000", "10,05", "CT.03", "số 30/2020").
_L = r"(?<![\p{L}\p{N}])"
# Nor the last digit of a number spaced out digit by digit (OCR: "ngày 2 4 tháng 12").
_NL = (_L + r"(?<![\p{L}\p{N}][.,/])(?!(?<=\p{N}[ ])\p{N})(?<!" + alt(_SOLAR["number_words"])
       + r"\s{0,3}:?\s{0,3})")
_NR = r"(?!\p{N})(?![.,/]\p{N})(?!/\p{L})(?!-\p{Lu})"
_R = r"(?![\p{L}\p{N}])"

_D = r"(?:3[01]|[12]\d|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_Y = r"(?:1[89]\d\d|20\d\d|2100)"
# A year broken by a stray blank after its century or its decade ("20 21", "202 1").
# (Not before a unit: "ngày 20/11/20 12 giờ" is a two-digit year and an hour.)
_SPLIT_Y = r"(?:1[89]|20)(?:[ ]\d\d|\d[ ]\d)(?![ ]?(?:%|[hg](?!\p{L})|giờ))"

# "ngày" and its OCR misreadings (a tone mark misread) stand wherever "ngày" does.
_NGAY_WORDS = [*_SOLAR["day_words"][:1], *_SOLAR["day_word_misreads"]]
_DAY_WORDS = [*_SOLAR["day_words"], *_SOLAR["day_word_misreads"]]
_DAYW = alt(_DAY_WORDS)
_NGAY = alt(_NGAY_WORDS)
_MONTHW = _word(_SOLAR["month_word"])
_YEARW = _word(_SOLAR["year_word"])
# The month and year words under any tone or shape mark ("thảng", "nãm", "thang"): OCR
# misreads their marks; read so only inside a whole written date (day word, day, month
# word, month, year word, year), a sequence no other text has.
_MONTHW_ANY = words_alt_any_tone([_SOLAR["month_word"]])
_YEARW_ANY = words_alt_any_tone([_SOLAR["year_word"]])
_QUARTERW = _word(_SOLAR["quarter_word"])
_FROM = alt(_SOLAR["range_from"])
_TO = alt(_SOLAR["range_words"])
_DASH = "(?:" + "|".join(regex.escape(d) for d in _SOLAR["range_dashes"]) + ")"
_LIST = alt(_SOLAR["list_words"])
_OPEN = alt(_SOLAR["list_openers"])
_CUES = alt(_SOLAR["yearless_cues"])
_POD = alt(_TIME["parts_of_day"])
_HOURW = alt(_TIME["hour_words"])
_MINW = alt(_TIME["minute_words"])
_MINMARK = "[" + "".join(regex.escape(m) for m in _TIME["minute_marks"]) + "]"
_LUNAR_MARK = alt(_LUNAR["markers"])
# The marker alone or in brackets: a bracket is taken only with its pair, so that
# "(mồng 10 tháng 3 âm lịch)" does not end the mention at the closing one.
_LMARK = rf"(?:\({WS0}{_LUNAR_MARK}{WS0}\)|{_LUNAR_MARK})"
_TET = _word(_LUNAR["tet"])
_TET_Q = alt(_LUNAR["tet_qualifiers"])
_EARLY = alt(_LUNAR["early_day_words"])
_FULLMOON = alt(_LUNAR["full_moon_words"])
_EARLY_NUMBERS: dict[str, int] = _LUNAR["early_day_numbers"]


def _early_words(p: str) -> str:
    """An early day in words, only right after its early-day word ("mùng một Tết"), in
    group ``{p}_w``: a lone "một" or "hai" is no day."""
    return rf"{_EARLY}{WS}(?P<{p}_w>{alt(_EARLY_NUMBERS)})(?!\p{{L}})"


_LEAP = alt(_LUNAR["leap_words"])
_MONTH_NAMES: dict[str, int] = _LUNAR["month_names"]
_AMBIGUOUS: list[str] = _LUNAR["ambiguous_month_names"]
# Lunar month names; those that are also ordinary words must be capitalised ("tháng Năm"
# is lunar May, "ngày tháng năm" is "day month year"), hence the case-sensitive part.
_LMN = (
    "(?:" + alt(n for n in _MONTH_NAMES if n not in _AMBIGUOUS) + "|(?-i:(?:"
    + "|".join(_word(n[0].upper() + n[1:]) for n in sorted(_AMBIGUOUS, key=len, reverse=True))
    + ")))"
)
# Calendar month names of a solar date in words, in any case (see "atxn").
_SOLAR_MONTH_NAMES: dict[str, int] = _SOLAR["month_names"]
_SOLAR_MN = alt(_SOLAR_MONTH_NAMES)
_STANDALONE = alt(_LUNAR["standalone_month_names"])
# A stem and a branch ("Tân Sửu"); whether the pair exists in the cycle is checked in code.
_CANCHI = (alt(w for ws in _LUNAR["can_chi"]["stems"] for w in ws) + WS
           + alt(w for ws in _LUNAR["can_chi"]["branches"] for w in ws))
_QUARTERS: dict[str, int] = _SOLAR["quarters"]
_QN = "(?:" + "|".join(sorted(_QUARTERS, key=len, reverse=True)) + ")"
_HALF_OPEN = alt(_SOLAR["half_openers"])
_HALF_W = alt(_SOLAR["half_first"] + _SOLAR["half_second"])
_HOLIDAY_NAMES = alt(n for h in _HOLIDAYS for n in h["names"])
# Another people's new year right after a Tết name (``Tết cổ truyền Chôl Chnăm Thmây``).
_NOT_LUNAR_TET = rf"(?!{WS}{alt(_LUNAR['other_new_years'])})"


# ``24 giờ`` is the end of its day: a lockdown or a measure runs "đến 24 giờ ngày
# 30/9/2021", the last moment of that day (ISO 8601's 24:00), not the midnight before it.
# Only right before its day word: "trong vòng 24 giờ, ngày 15/8 ..." is a span of hours.
_END_HOUR = (rf"24(?=\s?{_HOURW}(?:\s?00(?:\s?{_MINW}|{_MINMARK})?)?"
             rf"\s{{1,3}}{_NGAY}(?!\p{{L}}))")


def _clock(p: str = "") -> str:
    """An hour with its minutes and part of the day (``8 giờ``, ``14h30``, ``8 giờ 30
    phút``, ``3 giờ chiều``), in groups ``{p}hh``, ``{p}mi`` and ``{p}pod``: one form for
    a mention's time and for the first time of a range written before it."""
    return (
        rf"(?P<{p}hh>2[0-3]|[01]?\d|{_END_HOUR})\s?{_HOURW}(?!\p{{L}})"
        rf"(?:\s?(?P<{p}mi>[0-5]\d)(?:\s?{_MINW}|{_MINMARK})?)?"
        rf"(?:\s(?P<{p}pod>{_POD}))?"
    )


def _time(p: str) -> str:
    """``8 giờ``, ``14h30``, ``8 giờ 30 phút``, ``08:00``, ``3 giờ chiều`` + link to a date
    (a weekday may stand between: ``14 giờ 00, thứ Năm, ngày 20/11``)."""
    return (
        rf"(?P<{p}_t>{_clock(p + '_')}(?!\p{{L}})[,\s]{{1,4}}"
        rf"(?:(?P<{p}_pod2>{_POD})[,\s]{{1,4}})?"
        rf"(?:{_WEEKDAY_ANY}(?!\p{{L}})[,\s]{{1,4}})?)?"  # "16 giờ 00, thứ Sáu, ngày 19/6"
    )


def _yearish(p: str) -> str:
    """An optional lunar year after a lunar expression: ``năm Tân Sửu``, ``2021``."""
    return (
        rf"(?:{WS}(?:{_YEARW}{WS})?(?:(?P<{p}_c>{_CANCHI})(?!\p{{L}})"
        rf"(?:{WS}(?:{_YEARW}{WS})?(?P<{p}_y2>{_Y})(?!\p{{N}}))?|(?P<{p}_y>{_Y})(?!\p{{N}})))?"
    )


# The gap after a day word: whitespace, or none when text extraction glued the word to
# its number ("ngày14/11/2013", "ngày22 tháng 7 năm 2010"); no other word is spelt so.
_DAYGAP = rf"(?:{WS}|(?=\p{{N}}))"

_SEP_LIST = rf"(?:,|{_LIST}|{_DASH}|{_TO})"
# A day/month slash with a stray blank on either side, as typists and OCR leave it ("ngày
# 11 /12", "ngày 1 - 2 /12/2025"); a dash or a dot takes none there ("ngày 11- 12" may be
# two days, "ngày 11. 12" a sentence end).
_SLASH_GAP = r"(?:[ ]?/[ ]?|-)"
# Between the days of a list of day/month dates: a comma, ``và``, or both.
_SEP_ITEMS = rf"(?:,{WS0}(?:{_LIST}{WS})?|{_LIST}{WS0})"
_RANGE_PREFIX = rf"(?:{_FROM}{WS}(?:{_NGAY}{WS})?|(?:{_OPEN}{WS})?{_DAYW}{WS}|{_CUES}{WS})"
_TEXT_YEAR_TAIL = rf"(?:{WS0},?{WS0}{_YEARW}{WS}|{WS0}/{WS0})"
# What makes a day/month written without a digit year lunar: a can-chi year ("ngày
# 10/3 năm Bính Ngọ", "từ ngày 06 đến ngày 10 tháng 3 năm Bính Ngọ") or a marker
# ("từ ngày 06 - 10/3 âm lịch"). The solar readings stop before it, the lunar ones
# take it in: a festival plan writes its days so.
_LUNAR_AFTER = (rf"(?:{WS0},?{WS0}{_YEARW}{WS}{_CANCHI}(?!\p{{L}})"
                rf"(?:{WS0}{_LMARK}{_R})?|{WS0}{_LMARK}{_R})")

# What stands before a year-less day named after its observance ("Ngày Nhà giáo Việt Nam
# 20/11", "Ngày Thương binh - Liệt sĩ (27/7)", "ngày thành lập Đảng 3/2"): the day word,
# not after a number (a span of days: "trong 15 ngày"), then a name of plain words, maybe
# joined by a dash, with a capitalised one (a proper name: "ngày làm việc 20/11" and
# "ngày thứ 3/5" have none), then a gap or an opening bracket. Only letters and dashes
# may stand between: a comma (but the one inside ``phòng, chống``), a full stop or a
# number ends the name. Read backwards from
# the number as a look-behind, so that the mention is the day as written ("20/11"): the
# name tells that it is a day, it is not part of it.
# A name in quotes is a name whatever its words (``hưởng ứng “Ngày toàn dân phòng cháy,
# chữa cháy” (04/10)``): the quotes close it, so it may hold commas and no capital.
_NAME_GAP = rf"{WS}(?:{_DASH}{WS})?"
# A word of the name: after a gap, or after a comma the second half of a fixed pair
# (``phòng, chống``, ``phòng cháy, chữa cháy``), which does not end the name.
_NAME_WORD = (rf"(?:{_NAME_GAP}\p{{L}}+"
              rf"|,[ \t]{{1,3}}{alt(_SOLAR['observance_comma_words'])})")
_OBSERVANCE = (
    rf"(?<=(?<![\p{{L}}\p{{N}}])(?:(?<!\p{{N}}[ \t]{{1,3}}){alt(_SOLAR['observance_heads'])}"
    rf"(?:{_NAME_GAP}\p{{L}}+){{0,4}}"
    rf"{_NAME_GAP}(?-i:\p{{Lu}})\p{{L}}*{_NAME_WORD}{{0,{int(_SOLAR['observance_words_after_capital'])}}}"
    rf"|{alt(_SOLAR['observance_names'])}"
    rf"|[“\"]{alt(_SOLAR['observance_heads'])}[ \t][^“”\"\n\p{{N}}]{{1,60}}[”\"])"
    rf"(?:{WS}|{WS0}\({WS0}))"
)

# What stands before a year-less day named by a relative word or a weekday ("đêm nay
# (24/7)", "ngày mai (25/7)", "sáng Thứ Hai (8/12)", "Thứ Sáu, 05/12"): the word, then
# an opening bracket; after a weekday also a comma or a space on its line (a schedule's
# "Thứ Hai 24/11", or a converted table's day cell on the next line: "Thứ Hai" / "24/11"),
# if the weekday is written as one (capitalised, or a digit: "thứ hai,
# 2/3 số xã" is an ordinal); or a deadline's cue
# ("trước 15/9"). A look-behind, like :data:`_OBSERVANCE`: the mention is the day as
# written (and the deadline finds its cue before it).
_WEEKDAY = rf"{_word(_SOLAR['weekday_word'])}{WS}"
_WEEKDAY_ANY = (rf"(?:{_WEEKDAY}(?:{alt(_SOLAR['weekday_names'])}|{alt(_SOLAR['weekday_digits'])})"
                rf"|{alt(_SOLAR['sunday'])})")
_WEEKDAY_NAMED = (
    rf"(?:{_WEEKDAY}(?:(?-i:{'|'.join(n[0].upper() + n[1:] for n in _SOLAR['weekday_names'])}"
    rf"|{'|'.join(n.upper() for n in _SOLAR['weekday_names'])})"
    rf"|{alt(_SOLAR['weekday_digits'])})|{alt(_SOLAR['sunday'])})")
# A deadline's label, what is due between it and its colon, on one line ("Hạn cuối nhận
# hồ sơ: 05/01", "Hạn nộp Phiếu đăng ký dự tuyển: 20/12"): the date after it is its term.
_DEADLINE_LABEL = (rf"{alt(_DATA['deadlines']['completion_labels'])}"
                   rf"(?:[ \t]+\p{{L}}+){{0,{int(_SOLAR['deadline_label_words'])}}}[ \t]*:[ \t]*")
# (a relative word counts after a day word or a part of the day: "đêm nay", "hôm qua")
_RELATIVE_HEAD = alt([*_SOLAR["day_words"], *_TIME["parts_of_day"]])
_RELATIVE = (
    rf"(?<=(?<![\p{{L}}\p{{N}}])(?:(?:{_RELATIVE_HEAD}{WS}{alt(_SOLAR['relative_days'])}"
    rf"|{_WEEKDAY_ANY})"
    rf"{WS0}\({WS0}|{_WEEKDAY_NAMED}(?:{WS0},{WS0}|[ \t]+|[ \t]*\n[ \t]*)"
    rf"|{alt([*_SOLAR['deadline_cues'], *_SOLAR['asof_cues']])}{WS}"
    rf"|{_DEADLINE_LABEL}))"
)

# A deadline's cue right before a numeric date written without the day word ("trước
# 15/01/ 2026", a plan table's "Trước 30/6/ 2026"): where a date with stray blanks at
# its separators may start without one (see ``cnum``). A look-behind, like
# :data:`_RELATIVE`: the mention is the date as written, the deadline finds its cue.
_CUE_BEFORE = rf"(?<=(?<![\p{{L}}\p{{N}}]){alt(_SOLAR['deadline_cues'])}[ \t]{{1,3}})"

_ALTERNATIVES: list[tuple[str, str]] = [
    # days sharing one month: "ngày 16-20/11/2025", "từ ngày 10 đến ngày 15/5/2026"
    ("rna", rf"{_L}{_RANGE_PREFIX}(?P<rna_d>{_D})(?:{WS0}{_SEP_LIST}{WS0}(?:{_NGAY}{WS})?"
            rf"(?P<rna_d>{_D})){{1,6}}(?:[ ](?=/))?(?P<rna_s>[/.-])(?:(?<=/)[ ])?(?P<rna_m>{_M})"
            rf"(?:(?:[ ](?=/))?(?P=rna_s)(?:(?<=/)[ ])?(?P<rna_y>{_Y})"
            rf"|(?!\p{{N}})(?P<rna_lt>{_LUNAR_AFTER}))?{_NR}"),
    # three or more day/month dates, each with its month: "các ngày 30/4, 1/5 và 2/9"
    # (two are read by rnb), a year written on the last one shared by all
    ("rnl", rf"{_L}{_RANGE_PREFIX}(?P<rnl_d>{_D})(?P<rnl_s>[/.-])(?P<rnl_m>{_M})"
            rf"(?:{WS0}{_SEP_ITEMS}(?:{_NGAY}{WS})?(?P<rnl_d>{_D})(?P=rnl_s)(?P<rnl_m>{_M})){{2,6}}"
            rf"(?:(?P=rnl_s)(?P<rnl_y>{_Y}))?{_NR}"),
    # two day/month ends: "từ ngày 10/5 đến ngày 14/5/2026", "từ 10/5-14/5/2026"
    ("rnb", rf"{_L}{_RANGE_PREFIX}(?P<rnb_d1>{_D})(?P<rnb_s1>[/.-])(?P<rnb_m1>{_M})"
            rf"(?:(?P=rnb_s1)(?P<rnb_y1>{_Y}))?{WS0}(?:{_DASH}|{_TO}|{_LIST}){WS0}"
            rf"(?:{_NGAY}{WS})?(?P<rnb_d2>{_D})(?P<rnb_s2>[/.-])(?P<rnb_m2>{_M})"
            rf"(?:(?P=rnb_s2)(?P<rnb_y2>{_Y})|(?!\p{{N}})(?P<rnb_lt>{_LUNAR_AFTER}))?{_NR}"),
    # the same two ends after a comma: "dịp nghỉ lễ 30/4, 1/5", "ngày 10/4, 11/4/2026";
    # the second must end the phrase or carry a year ("ngày 27/7, 2/3 số xã" is a share)
    ("rnk", rf"{_L}{_RANGE_PREFIX}(?P<rnk_d1>{_D})(?P<rnk_s1>[/.-])(?P<rnk_m1>{_M})"
            rf"{WS0},{WS0}(?:{_NGAY}{WS})?(?P<rnk_d2>{_D})(?P<rnk_s2>[/.-])(?P<rnk_m2>{_M})"
            rf"(?:(?P=rnk_s2)(?P<rnk_y2>{_Y})|(?=[ \t]{{0,6}}(?:[.,;:)]|$)|{WS}{_YEARW}{WS}{_Y}))"
            rf"{_NR}"),
    ("rnc", rf"{_NL}(?P<rnc_d1>{_D})(?P<rnc_s1>[/.-])(?P<rnc_m1>{_M})"
            rf"(?:(?P=rnc_s1)(?P<rnc_y1>{_Y}))?{WS0}(?:{_DASH}|{_TO}){WS0}"
            rf"(?:{_NGAY}{WS})?(?P<rnc_d2>{_D})(?P<rnc_s2>[/.-])(?P<rnc_m2>{_M})"
            rf"(?P=rnc_s2)(?P<rnc_y2>{_Y}){_NR}"),
    # the same with no word before it but a full year after it: "(20-21/8/2025)"
    ("rnd", rf"{_NL}(?P<rnd_d>{_D}){_DASH}(?P<rnd_d>{_D})(?P<rnd_s>[/.])(?P<rnd_m>{_M})"
            rf"(?P=rnd_s)(?P<rnd_y>{_Y}){_NR}"),
    # two year-less day/month ends alone in brackets: "thu thập thông tin tại địa bàn
    # (15/6 - 31/7)", a survey's or a campaign's stage; the brackets and the dash make
    # it a period where a lone "15/6" is no date (see _plausible_span)
    ("rnp", rf"(?<=\(){_NL}(?P<rnp_d1>{_D})(?P<rnp_s1>/)(?P<rnp_m1>{_M}){WS0}{_DASH}{WS0}"
            rf"(?P<rnp_d2>{_D})(?P=rnp_s1)(?P<rnp_m2>{_M})(?=[ \t]{{0,2}}\))"),
    # lunar days sharing one month: "từ ngày mùng 4 đến ngày mùng 6 tháng Giêng", "ngày
    # 10 và 11 tháng 3 âm lịch" (a numeric month only with its marker: else it is rta's)
    ("rlu", rf"{_L}{_RANGE_PREFIX}(?:{_EARLY}{WS})?(?P<rlu_d>{_D})(?:{WS0}{_SEP_LIST}{WS0}"
            rf"(?:{_NGAY}{WS})?(?:{_EARLY}{WS})?(?P<rlu_d>{_D})){{1,6}}{WS}{_MONTHW}{WS0}"
            rf"(?:(?P<rlu_n>{_LMN})(?!\p{{L}})|(?P<rlu_m>{_M})(?!\p{{N}})(?={_LUNAR_AFTER}))"
            rf"{_yearish('rlu')}(?:{WS0}{_LMARK})?{_R}"),
    # days sharing one written month: "từ ngày 08 đến ngày 09 tháng 11 năm 2025"
    ("rta", rf"{_L}{_RANGE_PREFIX}(?P<rta_d>{_D})(?:{WS0}{_SEP_LIST}{WS0}(?:{_NGAY}{WS})?"
            rf"(?P<rta_d>{_D})){{1,6}}{WS}{_MONTHW}{WS0}(?P<rta_m>{_M})(?!\p{{N}})"
            rf"(?:{_TEXT_YEAR_TAIL}(?P<rta_y>{_Y}))?{_NR}"),
    ("rtb", rf"{_L}{_RANGE_PREFIX}(?P<rtb_d1>{_D}){WS}{_MONTHW}{WS0}(?P<rtb_m1>{_M})(?!\p{{N}})"
            rf"(?:{_TEXT_YEAR_TAIL}(?P<rtb_y1>{_Y}))?{WS0}(?:{_DASH}|{_TO}){WS0}(?:{_NGAY}{WS})?"
            rf"(?P<rtb_d2>{_D}){WS}{_MONTHW}{WS0}(?P<rtb_m2>{_M})(?!\p{{N}})"
            rf"(?:{_TEXT_YEAR_TAIL}(?P<rtb_y2>{_Y}))?{_NR}"),
    # solar day with its month in words and a numeric year: "ngày 30 tháng Tư năm 1975"
    # (no lunar marker after it: "ngày 10 tháng Ba năm 2026 âm lịch" is lnb's)
    ("atxn", rf"{_L}{_NGAY}{_DAYGAP}(?P<atxn_d>{_D}){WS}{_MONTHW}{WS}(?P<atxn_n>{_SOLAR_MN})"
             rf"(?!\p{{L}}){WS0},?{WS0}{_YEARW}{WS}(?P<atxn_y>{_Y})(?!\p{{N}})"
             rf"(?![.,/]\p{{N}})(?!{WS0}{_LMARK}{_R})"),
    # lunar day with a numeric month and a marker: "ngày 15 tháng 8 âm lịch"
    # (each may open with a time, as a solar day does: "trước 15 giờ ngày 28 tháng Chạp")
    ("lna", rf"{_L}{_time('lna')}(?:{_NGAY}{WS})?(?:{_EARLY}{WS})?(?P<lna_d>{_D}){WS}"
            rf"{_MONTHW}{WS0}(?P<lna_m>{_M})(?!\p{{N}}){_yearish('lna')}{WS0}{_LMARK}{_R}"),
    # a leap month's day, its word a lunar marker: "ngày 15 tháng 6 nhuận năm Ất Tỵ"
    ("lnl", rf"{_L}{_time('lnl')}(?:{_NGAY}{WS})?(?:{_EARLY}{WS})?(?P<lnl_d>{_D}){WS}"
            rf"{_MONTHW}{WS0}(?P<lnl_m>{_M}){WS}(?P<lnl_leap>{_LEAP})(?!\p{{L}})"
            rf"{_yearish('lnl')}(?:{WS0}{_LMARK})?{_R}"),
    # lunar day with a numeric day/month and a marker: "ngày 15/8 âm lịch", "10/3 (ÂL)"
    ("lnc", rf"{_L}{_time('lnc')}(?:{_NGAY}{WS})?(?:{_EARLY}{WS})?(?P<lnc_d>{_D})"
            rf"(?P<lnc_s>[/.-])(?P<lnc_m>{_M})(?:(?P=lnc_s)(?P<lnc_y0>{_Y}))?(?!\p{{N}}){WS0}"
            rf"{_LMARK}{_R}{_yearish('lnc')}"),
    # lunar day with a month name: "ngày 23 tháng Chạp", "mồng 2 tháng Giêng"
    # (the day may be in words after "mùng"; a day word may stand for the month word
    # before a month named on its own: "ngày 23 Chạp")
    ("lnb", rf"{_L}{_time('lnb')}(?:{_NGAY}{WS}(?P<lnb_d>{_D}){WS}(?P<lnb_n>{_STANDALONE})"
            rf"|(?:{_NGAY}{WS})?(?:{_early_words('lnb')}|(?:{_EARLY}{WS})?(?P<lnb_d>{_D}))"
            rf"{WS}{_MONTHW}{WS0}(?P<lnb_n>{_LMN}))(?!\p{{L}})"
            rf"{_yearish('lnb')}(?:{WS0}{_LMARK})?{_R}"),
    # lunar day with a numeric month and a can-chi year instead of a marker: "(tức ngày
    # 22/6 năm Ất Tỵ)", "ngày 10 tháng 3 năm Bính Ngọ" (a solar year has digits)
    ("lcc", rf"{_L}{_time('lcc')}(?:{_NGAY}{WS})?(?:{_EARLY}{WS})?(?P<lcc_d>{_D})"
            rf"(?:[/-]|{WS}{_MONTHW}{WS0})(?P<lcc_m>{_M})(?!\p{{N}}){WS0},?{WS0}{_YEARW}{WS}(?P<lcc_c>{_CANCHI})(?!\p{{L}})"
            rf"(?:{WS0}{_LMARK}{_R})?"),
    # "mùng 1 Tết", "mồng 2 Tết Nguyên đán"
    ("mung", rf"{_L}{_time('mung')}(?:{_NGAY}{WS})?(?:{_early_words('mung')}|{_EARLY}{WS}"
             rf"(?P<mung_d>{_D})){WS}"
             rf"(?:{_MONTHW}{WS0})?(?P<mung_tet>{_TET})(?!\p{{L}})(?:{WS}{_TET_Q})?{_yearish('mung')}{_R}"),
    # "rằm tháng Giêng", "rằm tháng 7 âm lịch"
    ("ram", rf"{_L}{_time('ram')}(?:{_NGAY}{WS})?{_FULLMOON}{WS}{_MONTHW}{WS0}"
            rf"(?:(?P<ram_n>{_LMN})(?!\p{{L}})|(?P<ram_m>{_M})(?!\p{{N}})){_yearish('ram')}(?:{WS0}{_LMARK})?{_R}"),
    # "ngày 28 Tết", "30 Tết Nguyên đán": the last days of the old lunar year
    ("tday", rf"{_NL}{_time('tday')}(?:{_NGAY}{WS})?(?P<tday_d>{_D}){WS}(?:{_MONTHW}{WS0})?"
             rf"{_TET}(?!\p{{L}})(?:{WS}{_TET_Q})?{_yearish('tday')}{_R}"),
    # named holidays: "Tết Nguyên đán Tân Sửu", "Tết Trung thu", "Tết Dương lịch 2026"
    # and its day written after it ("Lễ Quốc khánh 2/9 năm 2025", "Lễ Quốc khánh
    # 02/9/2025"), not the first day of a range ("Tết Dương lịch 01/01 - 03/01/2025")
    ("hol", rf"{_L}(?P<hol_n>{_HOLIDAY_NAMES})(?!\p{{L}}){_NOT_LUNAR_TET}"
            rf"(?:{WS}(?P<hol_dd>{_D})(?P<hol_s>[/.-])(?P<hol_mm>{_M})"
            rf"(?:(?P=hol_s)(?P<hol_y0>{_Y}))?{_NR}(?![ \t]{{0,3}}[-–—][ \t]{{0,3}}\p{{N}}))?"
            rf"{_yearish('hol')}{_R}"),
    # "Tết Tân Sửu", "Tết 2026": plain Tết only with a year
    ("tetx", rf"{_L}{_TET}{WS}(?:{_YEARW}{WS})?(?:(?P<tetx_c>{_CANCHI})(?!\p{{L}})|"
             rf"(?P<tetx_y>{_Y})(?!\p{{N}})){_R}"),
    # full numeric date, maybe with a time: "8 giờ ngày 03/02/2021", "19-02-2020"
    ("anum", rf"{_NL}{_time('anum')}(?:{_DAYW}{_DAYGAP})?(?P<anum_d>{_D})(?P<anum_s>[/.-])"
             rf"(?P<anum_m>{_M})(?P=anum_s)(?P<anum_y>{_Y}){_NR}"),
    # a full numeric date with stray blanks at its separators (OCR, typists): "ngày 20/ 11
    # /2025", "Ngày 15 - 8 - 2025", "ngày 15. 8. 2025", or one inside its year ("ngày
    # 16/7/20 21"); only after the day word, both separators alike, and tried after
    # anum, which takes the date without blanks
    ("snum", rf"{_NL}{_time('snum')}{_DAYW}{_DAYGAP}(?P<snum_d>{_D})[ ]{{0,2}}(?P<snum_s>[/.-])"
             rf"[ ]{{0,2}}(?P<snum_m>{_M})[ ]{{0,2}}(?P=snum_s)[ ]{{0,2}}"
             rf"(?P<snum_y>{_Y}|{_SPLIT_Y}){_NR}"),
    # the same right after a deadline's cue instead of the day word: "trước 15/01/ 2026"
    # (the blank-free date is anum's, tried first)
    ("cnum", rf"{_NL}{_CUE_BEFORE}(?P<cnum_d>{_D})(?P<cnum_s>[/.-])[ ]{{0,2}}(?P<cnum_m>{_M})"
             rf"[ ]{{0,2}}(?P=cnum_s)[ ]{{0,2}}(?P<cnum_y>{_Y}|{_SPLIT_Y}){_NR}"),
    # full written date: "ngày 30 tháng 7 năm 2021", "ngày 16\ntháng 11 năm 2025"; text
    # extraction may glue the day to the month word ("ngày 21tháng 04 năm 2020"; a bare
    # number is a trigger only with a blank before "tháng", so the day word is needed)
    ("atxt", rf"{_NL}{_time('atxt')}(?:{_DAYW}{_DAYGAP})?(?P<atxt_d>{_D}){WS0}{_MONTHW}{WS0}"
             rf"(?P<atxt_m>{_M})(?!\p{{N}}){_TEXT_YEAR_TAIL}(?P<atxt_y>{_Y}){_NR}"),
    # the same with the marks of its month or year word misread (OCR): "ngày 15 thảng 5
    # nãm 2026"; with all its parts. A line that lost every mark loses the day word's too
    # ("ngay 22 thang 11 nam 2019"): the date is then read from its number, as ``atxt``
    # reads one without its day word (a number, ``tháng`` and ``năm`` with a year are
    # a date under any marks)
    ("otxt", rf"{_NL}(?:{_DAYW}{_DAYGAP})?(?P<otxt_d>{_D}){WS}{_MONTHW_ANY}{WS}(?P<otxt_m>{_M})"
             rf"(?!\p{{N}}){WS0},?{WS0}{_YEARW_ANY}{WS}(?P<otxt_y>{_Y}){_NR}"),
    # year-less numeric day after a cue word: "ngày 27/7", "dịp 30/4"; a year may follow
    # in words ("ngày 10/3 năm 2026"): it is the date's own, not the document's. A typist
    # may drop the blank after the cue ("từ 22h00 ngày10/6"), as anum allows.
    ("ynum", rf"{_NL}{_time('ynum')}{_CUES}{_DAYGAP}(?P<ynum_d>{_D}){_SLASH_GAP}(?P<ynum_m>{_M})"
             rf"(?!\p{{N}})(?![.,/-]\p{{N}})(?!\s?/\s?\p{{N}})(?!\s?(?:%|h\b|giờ))(?!{_LUNAR_AFTER})"
             rf"(?:{WS}{_YEARW}{WS}(?P<ynum_y>{_Y})(?!\p{{N}})(?![.,/]\p{{N}}))?"),
    # the same after the name of its observance: "Ngày Nhà giáo Việt Nam 20/11"
    ("yname", rf"{_NL}{_OBSERVANCE}(?P<yname_d>{_D})(?P<yname_s>[/-])(?P<yname_m>{_M})"
              rf"(?!\p{{N}})(?![.,/-]\p{{N}})(?!\s?/\s?\p{{N}})(?!\s?(?:%|h\b|giờ))"),
    # the same after a relative word or a weekday: "đêm nay (24/7)", "Thứ Sáu, 05/12"
    ("yrel", rf"{_NL}{_RELATIVE}(?P<yrel_d>{_D})(?P<yrel_s>[/-])(?P<yrel_m>{_M})"
             rf"(?!\p{{N}})(?![.,/-]\p{{N}})(?!\s?/\s?\p{{N}})(?!\s?(?:%|h\b|giờ))"),
    # year-less written day: "ngày 27 tháng 7"
    ("ytxt", rf"{_NL}{_time('ytxt')}{_NGAY}{_DAYGAP}(?P<ytxt_d>{_D}){WS0}{_MONTHW}{WS0}"
             rf"(?P<ytxt_m>{_M})(?!\p{{N}})(?!{WS0}[/-]{WS0}\p{{N}})(?!{_LUNAR_AFTER})"),
    # the same without the day word ("liệt sĩ 27 tháng 7", "Quốc khánh 2 tháng 9"), unless
    # a unit follows, which makes it a span of time ("3 tháng 10 ngày")
    ("ytxw", rf"{_NL}(?P<ytxw_d>{_D}){WS}{_MONTHW}{WS0}(?P<ytxw_m>{_M})(?!\p{{N}})"
             rf"(?!{WS0}[/-]{WS0}\p{{N}})"
             rf"(?!{WS0},?{WS0}(?:{_NGAY}|{_YEARW}|{_MONTHW}|{_HOURW}|{_MINW})(?!\p{{L}}))"),
    # half year: "6 tháng đầu năm 2026", "nửa cuối năm 2025"
    ("half", rf"{_NL}{_HALF_OPEN}{WS}(?P<half_w>{_HALF_W}){WS}{_YEARW}{WS}(?P<half_y>{_Y}){_NR}"),
    # quarter: "quý III/2021", "quý 1 năm 2026"
    ("qtr", rf"{_L}{_QUARTERW}{WS}(?P<qtr_q>{_QN})(?![\p{{L}}\p{{N}}])"
            rf"(?:{WS0}[/-]{WS0}|{WS}{_YEARW}{WS})(?P<qtr_y>{_Y}){_NR}"),
    # month: "tháng 7/2021", "tháng 7 năm 2021"; two months sharing the year, a
    # vaccination round's or a season's stage: "tháng 3-4/2026", "tháng 9 - 10 năm 2026"
    ("mon", rf"{_L}{_MONTHW}{WS0}(?P<mon_m>{_M})(?:{WS0}-{WS0}(?P<mon_m2>{_M}))?"
            rf"(?:{WS0}[/-]{WS0}|{WS}{_YEARW}{WS})(?P<mon_y>{_Y}){_NR}"),
    # lunar month: "tháng Chạp", "tháng Giêng năm Tân Sửu"
    ("lmon", rf"{_L}{_MONTHW}{WS0}(?P<lmon_n>{_STANDALONE})(?!\p{{L}}){_yearish('lmon')}{_R}"),
    # a month or a quarter without a year ("trong tháng 6", "trước quý III"): a period
    # only after a cue word (checked by its handler, see yearless_period_cues)
    # (not a lunar month: "đến hết tháng 3 âm lịch")
    ("ymon", rf"{_L}{_MONTHW}{WS0}(?P<ymon_m>{_M})(?!\p{{N}})(?![.,]\p{{N}})"
             rf"(?!{WS0}[/-]{WS0}\p{{N}})(?!{WS}{_YEARW}(?!\p{{L}}))(?!{WS0}{_LMARK}{_R})"),
    ("yqtr", rf"{_L}{_QUARTERW}{WS}(?P<yqtr_q>{_QN})(?![\p{{L}}\p{{N}}])(?![.,]\p{{N}})"
             rf"(?!{WS0}[/-]{WS0}\p{{N}})(?!{WS}{_YEARW}(?!\p{{L}}))"),
    # year: "năm 2021"
    ("year", rf"{_L}{_YEARW}{WS}(?P<year_y>{_Y})(?!\p{{N}})(?![.,/]\p{{N}})"
             rf"(?!{WS0}{_DASH}{WS0}\p{{N}})"),
]

# What each alternative may start with: a number ("#sep": a date separator follows,
# "#hour": a time unit follows, "#word": "tháng"/"Tết" follows) or a word of a named word
# list. The scan tries at each place only the alternatives that can start with what is
# there, in their global order, so the leftmost match is still the preferred reading.
_STARTS: dict[str, tuple[str, ...]] = {
    "rna": ("from", "open", "day", "cue"), "rnl": ("from", "open", "day", "cue"),
    "rnb": ("from", "open", "day", "cue"),
    "rnk": ("from", "open", "day", "cue"), "rnc": ("#sep",), "rnd": ("#sep",),
    "rnp": ("#sep",),
    "rlu": ("from", "open", "day", "cue"),
    "rta": ("from", "open", "day", "cue"), "rtb": ("from", "open", "day", "cue"),
    "atxn": ("day",), "lna": ("#word", "#hour", "day", "early"),
    "lnl": ("#word", "#hour", "day", "early"),
    "lnb": ("#word", "#hour", "day", "early"),
    "lnc": ("#sep", "#hour", "day", "early"), "lcc": ("#sep", "#word", "#hour", "day", "early"),
    "mung": ("#hour", "day", "early"), "ram": ("#hour", "day", "fullmoon"),
    "tday": ("#word", "#hour", "day"),
    "hol": ("holiday",), "tetx": ("tet",), "anum": ("#sep", "#hour", "day"),
    "snum": ("#hour", "day"), "cnum": ("#sep",),
    "atxt": ("#word", "#hour", "day"), "otxt": ("#word", "day"), "ynum": ("#hour", "cue"),
    "yname": ("#sep",), "yrel": ("#sep",), "ytxt": ("#hour", "day"),
    "ytxw": ("#word",),
    "half": ("#word", "half"), "qtr": ("quarter",), "mon": ("month",), "lmon": ("month",),
    "ymon": ("month",), "yqtr": ("quarter",),
    "year": ("year",),
}


def _first(words: Iterable[str]) -> list[str]:
    return [w.split()[0].casefold() for w in words if not w[0].isdigit()]


_START_WORDS: dict[str, list[str]] = {
    "day": _first(_DAY_WORDS), "from": _first(_SOLAR["range_from"]),
    "open": _first(_SOLAR["list_openers"]), "cue": _first(_SOLAR["yearless_cues"]),
    "half": _first(_SOLAR["half_openers"]), "month": _first([_SOLAR["month_word"]]),
    "quarter": _first([_SOLAR["quarter_word"]]), "year": _first([_SOLAR["year_word"]]),
    "early": _first(_LUNAR["early_day_words"]), "fullmoon": _first(_LUNAR["full_moon_words"]),
    "tet": _first([_LUNAR["tet"]]), "holiday": _first(n for h in _HOLIDAYS for n in h["names"]),
}
_KEYS_OF_WORD: dict[str, set[str]] = {}
for _key, _ws in _START_WORDS.items():
    for _w in _ws:
        _KEYS_OF_WORD.setdefault(_w, set()).add(_key)


# Alternatives that hold a word that may be missing from the whole document: there they
# cannot match and are left out of the pattern (a lunar day with a numeric month fails
# only after reading the whole date, which makes it the costliest alternative to try).
# (In reverse order, ``âm`` first: it ends common syllables, ``tâm``, so the test that
# one of them is in the text mostly stops early; ``al`` and ``âl`` are rare, sought to
# the end of the text.)
_MARKER_WORDS = tuple(sorted({m.split()[0].casefold() for m in _LUNAR["markers"]},
                             reverse=True))
_NEEDS: dict[str, tuple[str, ...]] = {
    "lna": _MARKER_WORDS, "lnc": _MARKER_WORDS,
    "lnl": tuple(w.casefold() for w in _LUNAR["leap_words"]),
}


@cache
def _sub_master(keys: frozenset[str], absent: frozenset[str]) -> regex.Pattern[str]:
    """The alternatives that may start with one of ``keys``, in their global order,
    but those in ``absent``. Compiled when first needed."""
    return regex.compile(
        "|".join(f"(?P<{name}>{body})" for name, body in _ALTERNATIVES
                 if keys & set(_STARTS[name]) and name not in absent),
        regex.IGNORECASE,
    )


def _master_for(start: str, absent: frozenset[str] = frozenset()) -> regex.Pattern[str]:
    """The alternatives to try at a trigger (``#sep``/``#hour``/``#word`` or a word), as
    one alternation: the definition :func:`_match_at` follows one alternative at a time
    (the tests hold it to this; the scan itself never compiles these large patterns)."""
    if start.startswith("#"):
        return _sub_master(frozenset({start}), absent)
    return _sub_master(frozenset(_KEYS_OF_WORD.get(start, set())), absent)


# --- trying the alternatives one by one --------------------------------------------------
#
# A call to the large alternation costs tens of microseconds even where it fails, as each
# alternative reads the date again before giving up. On common text each alternative is
# first tried as a *screen*: the same pattern, for the standard ``re`` on the lower-case
# copy, loosened where ``re`` cannot follow (see ``_screen_pattern``) so that it matches
# wherever the alternative does. Only an alternative that passes its screen is tried for
# real, in the global order; the first that matches is the alternation's match.

_LOOSEN: tuple[tuple[str, str], ...] = (
    (r"(?<![\p{L}\p{N}][.,/])", r"(?<![^\W_][.,/])"),
    (r"(?<![\p{L}\p{N}])", r"(?<![^\W_])"),
    (r"(?![\p{L}\p{N}])", r"(?![^\W_])"),
    (r"(?!-\p{Lu})", ""),  # letter case is gone in the lower-case copy: not checked
    (r"\p{L}", r"[^\W\d_]"),
    (r"\p{N}", "[0-9]"),
)
# Whitespace runs without backtracking: a gap takes all the spaces it can (what follows
# a gap never starts with a space), up to the longest run a gap allows. Not inside a
# negative look-ahead: there a looser gap rules out more than the alternative does
# (``tháng 1`` / blank line / ``năm``: no year follows, as the alternative reads it).
_GAPS = {WS: r"[ \t\n]{1,13}+", WS0: r"[ \t\n]{0,13}+"}


def _loosen_gaps(pattern: str) -> str:
    """``pattern`` with its gaps (:data:`WS`, :data:`WS0`) loosened as :data:`_GAPS`
    says, except inside negative look-arounds, where they stay exact."""
    out: list[str] = []
    negative: list[bool] = []  # for each open group: is it (inside) a negative look-around
    i, n = 0, len(pattern)
    while i < n:
        gap = WS if pattern.startswith(WS, i) else WS0 if pattern.startswith(WS0, i) else None
        if gap is not None:
            out.append(gap if negative and negative[-1] else _GAPS[gap])
            i += len(gap)
            continue
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":  # a character class, copied whole
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            j += pattern[j:j + 1] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            inside = bool(negative) and negative[-1]
            negative.append(inside or pattern.startswith(("(?!", "(?<!"), i))
        elif c == ")":
            negative.pop()
        out.append(c)
        i += 1
    return "".join(out)

_NUMBER_LOOKBEHIND = regex.compile(
    r"\(\?<!" + regex.escape(alt(_SOLAR["number_words"])) + r"[^()]*\)"
)
_CASED = regex.compile(r"\(\?-i:((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)")


def _screen_pattern(body: str) -> str:
    """An ``re`` pattern on lower-case common text that matches wherever ``body`` (a
    case-insensitive ``regex`` alternative) matches on the folded text: group names are
    dropped, back references become the separators they refer to, the variable-width
    ``số`` look-behind, the look-behinds of observances and relative days
    (:data:`_OBSERVANCE`, :data:`_RELATIVE`) and the
    upper-case look-ahead are left out, and the case-sensitive month names are matched
    in lower case."""
    out = _NUMBER_LOOKBEHIND.sub("", body.replace(_OBSERVANCE, "").replace(_RELATIVE, "")
                                 .replace(_CUE_BEFORE, ""))
    out = _CASED.sub(lambda m: "(?:" + m.group(1).lower() + ")", out)
    for old, new in _LOOSEN:
        out = out.replace(old, new)
    out = _loosen_gaps(out)
    out = regex.sub(r"\(\?P<\w+>", "(?:", out)
    out = regex.sub(r"\(\?P=\w+\)", "[/.-]", out)
    unescaped = regex.sub(r"\\.", "", out)
    if "(?P" in out or "(?-i" in out or any(c.isupper() for c in unescaped):
        raise ValueError(f"cannot screen: {body[:60]}")  # pragma: no cover - known parts
    return out


_BODIES: dict[str, str] = dict(_ALTERNATIVES)
_GROUP_NAMES = frozenset(
    n for body in _BODIES.values() for n in regex.findall(r"\(\?P<(\w+)>", body))
# The groups read from a time before a date and from a single day, fetched in one call.
_TIME_GROUPS = {p: (f"{p}_hh", f"{p}_mi", f"{p}_pod", f"{p}_pod2")
                for p in _BODIES if f"{p}_hh" in _GROUP_NAMES}
_DAY_GROUPS = {p: (f"{p}_d", f"{p}_m")
               for p in ("anum", "snum", "cnum", "atxt", "otxt", "ynum", "yname", "yrel",
                         "ytxt", "ytxw")}
_YEAR_GROUP = {p: f"{p}_y" if f"{p}_y" in _GROUP_NAMES else None for p in _DAY_GROUPS}


def _single(name: str) -> regex.Pattern[str]:
    """One alternative for ``regex`` (see :data:`_SINGLE`)."""
    return _SINGLE[name]


# Compiled at import (about a tenth of a second): compiling them while documents are
# read, when a document first needs one, would cost more than reading many documents.
_SINGLE: dict[str, regex.Pattern[str]] = {
    name: regex.compile(f"(?P<{name}>{body})", regex.IGNORECASE) for name, body in _ALTERNATIVES}


@cache
def _screen(name: str) -> re.Pattern[str]:
    """The screen of one alternative, compiled when first needed."""
    return re.compile(_screen_pattern(_BODIES[name]))


@cache
def _names_for(keys: frozenset[str], absent: frozenset[str]) -> tuple[str, ...]:
    """The alternatives that may start with one of ``keys``, in their global order."""
    return tuple(name for name, _ in _ALTERNATIVES
                 if keys & set(_STARTS[name]) and name not in absent)


@cache
def _names_of(start: str, absent: frozenset[str]) -> tuple[str, ...]:
    """:func:`_names_for` the keys of a trigger ``start``."""
    return _names_for(_keys_for(start), absent)


# --- the same alternatives, exactly, for ``re`` -----------------------------------------
#
# Most dates are read by a few alternatives (``anum``, ``atxt``, ``year``, ``mon`` ...)
# that ``re`` can follow exactly on the lower-case copy of common text: ``\\p{L}`` and
# ``\\p{N}`` are written as ``re`` classes, letter case does not matter. Two checks are
# left out of them: the variable-width ``số`` look-behind at their start, which depends
# only on where they start, and the look-ahead for a dash and a capital at their end,
# which depends only on where they end (it is the last thing they check). Where either
# could fail (a ``số`` just before, a dash just after) the alternative is tried with
# ``regex`` instead; elsewhere the ``re`` match is the alternative's match, groups and all.
# Alternatives with case-sensitive parts or repeated groups, and the lunar ones (whose
# handlers keep words as written), keep their screens.

_EXACT_NAMES = frozenset(("rnb", "rnc", "rtb", "anum", "snum", "atxt", "ynum", "ytxt", "half",
                          "qtr", "mon", "year"))
_NUMBER_WORD_BEFORE = frozenset(
    name for name, body in _ALTERNATIVES if _NUMBER_LOOKBEHIND.search(body) is not None)


def _exact_pattern(body: str) -> str:
    """``body`` as an ``re`` pattern on the lower-case copy of common text, without the
    two checks the caller makes itself (see above)."""
    out = _NUMBER_LOOKBEHIND.sub("", body)
    for old, new in _LOOSEN[:6]:  # the exact rewrites (and the dash-capital check)
        out = out.replace(old, new)
    letters = regex.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\.", "", out)  # no group syntax, escapes
    if r"\p" in out or "(?-i" in out or any(c.isupper() for c in letters):
        raise ValueError(f"not exact for re: {body[:60]}")  # pragma: no cover
    return out


def _for_re(name: str) -> str:
    """An alternative for ``re``: exact where it can be (:func:`_exact_pattern`), else
    its screen. An exact one is led by its screen, which takes whitespace without going
    back and so rules out a place at once where the exact pattern would try every way
    of splitting the gaps of a date before failing."""
    body = _BODIES[name]
    if name in _EXACT_NAMES:
        return f"(?={_screen_pattern(body)}){_exact_pattern(body)}"
    return _screen_pattern(body)


# Compiled at import (tens of milliseconds): compiling while documents are read would
# cost more than reading many of them.
_FAST: dict[str, re.Pattern[str]] = {
    name: re.compile(f"(?P<{name}>{_for_re(name)})") for name in _BODIES}


@cache
def _names_after(start: str, absent: frozenset[str], shape: str | None) -> tuple[str, ...]:
    """:func:`_names_of` a day word, kept to those that may match after ``shape``."""
    names = _names_of(start, absent)
    if shape is None:
        return names
    return tuple(name for name in names if name in _AFTER_SHAPE[shape])


def _keys_for(start: str) -> frozenset[str]:
    if start.startswith("#"):
        return frozenset({start})
    return frozenset(_KEYS_OF_WORD.get(start, set()))


def _match_at(folded: str, low: str | None, pos: int, start: str,
              absent: frozenset[str]) -> Match | None:
    """The alternation's match at ``pos`` (a trigger ``start``): the first alternative
    that matches there, in the global order. ``low``: the lower-case copy of common
    text, where the alternatives are first tried with ``re`` (:data:`_FAST`); ``None``
    on other text. The alternatives are anchored and linear: no time limit."""
    if low is not None and start in _DAY_TRIGGERS:
        shape = _DAY_SHAPE.match(low, pos)
        names = _names_after(start, absent, None if shape is None else shape.lastgroup)
    else:
        names = _names_of(start, absent)
    if low is None:
        for name in names:
            m = _single(name).match(folded, pos)
            if m is not None:
                return m
        return None
    for name in names:
        found = _FAST[name].match(low, pos)
        if found is None:
            continue
        # (a number trigger is never right after a number word: see ``_triggers``)
        if name in _EXACT_NAMES and low[found.end():found.end() + 1] != "-" and (
                start[0] == "#" or name not in _NUMBER_WORD_BEFORE
                or not _after_number_word(folded, low, pos)):
            return found
        m = _single(name).match(folded, pos)
        if m is not None:
            return m
    return None


def _absent(folded: str, triggers: Sequence[tuple[int, str]] = ()) -> frozenset[str]:
    """Alternatives that cannot match anywhere in ``folded`` (common text), left out of
    the patterns tried at each trigger: those of :data:`_NEEDS` whose words it lacks;
    ``mung`` and ``ram`` without a trigger of their word (where they match, their
    ``mùng`` or ``rằm`` stands between non-letters: a trigger); ``tday`` without a
    ``tết`` (which may be glued to ``tháng``). (Looking for more costs more than it
    saves: the other alternatives are rarely tried where they cannot match.)"""
    low = textscan.prepared(folded).low
    if low is None:
        return frozenset()
    out: list[str] = []
    for name, need in _NEEDS.items():
        for w in need:
            if w in low:
                break
        else:
            out.append(name)
    found = set(map(_WORD_OF, triggers))
    for name, trigger_words in _NEEDS_TRIGGER.items():
        if found.isdisjoint(trigger_words):
            out.append(name)
    if found.isdisjoint(_START_WORDS["tet"]) and not any(w in low for w in _START_WORDS["tet"]):
        out.append("tday")
    return frozenset(out)


_WORD_OF = itemgetter(1)


def _words(*lists: Iterable[str]) -> list[str]:
    return [w for words in lists for w in words]


# Words that start a date and need a number (or a date word) right after them.
_HEAD_WORDS = _words(*(_START_WORDS[k] for k in
                       ("day", "from", "open", "cue", "half", "month", "quarter", "year")))
# Words that start a date on their own: Tết, mùng, rằm and holiday names.
_NAME_WORDS = _words(*(_START_WORDS[k] for k in ("early", "fullmoon", "tet", "holiday")))
# What may follow a head word: a name word, a word of a holiday name, a lunar month name,
# a half-year word, a Roman quarter; or a day/month word followed by a number.
_FOLLOW_WORDS = _words(
    _NAME_WORDS, (w for h in _HOLIDAYS for n in h["names"] for w in n.split()), _MONTH_NAMES,
    _SOLAR["half_first"], _SOLAR["half_second"], [q for q in _QUARTERS if not q.isdigit()],
    [_SOLAR["month_word"]],
)

# Places where a date can start (triggers): a number that does not continue another one
# and is followed by a date separator, a time unit or a date word; a head word followed by
# a number or a date word; a name word. Words are found with plain substring search (C
# speed) and checked in Python; the date patterns are tried only at triggers. This keeps
# the scan linear and fast on long runs of figures or words.
#
# A number that does not continue a longer number, a decimal or a code, followed by a
# date separator and a one- or two-digit part, a time unit, or "tháng"/"Tết". Each check
# runs after the first digit is consumed, so the scan only stops at digits.
_DIGIT_START = regex.compile(
    r"\p{N}(?<![\p{L}\p{N}]\p{N})(?<![\p{L}\p{N}][.,/]\p{N})"
    rf"(?=\p{{N}}?(?:(?P<sep>[/.-])\p{{N}}{{1,2}}(?!\p{{N}})|(?P<hour>\s?{_HOURW})(?!\p{{L}})"
    rf"|(?P<word>{WS}(?:{_MONTHW}|{_TET}|{_MONTHW_ANY}))(?!\p{{L}})))",
    regex.IGNORECASE,
)
_FOLLOW_SET = frozenset(w.split()[0].casefold() for w in _FOLLOW_WORDS) - frozenset(
    w.casefold() for w in _DAY_WORDS)
_INNER_SET = frozenset(w.casefold() for w in _words(_DAY_WORDS, [_SOLAR["month_word"]]))
_NUMBER_BEFORE = regex.compile(rf"(?<!\p{{L}}){alt(_SOLAR['number_words'])}\s{{0,3}}:?\s{{0,3}}$",
                               regex.IGNORECASE)
_HEAD_SET = frozenset(w.casefold() for w in _HEAD_WORDS)
_NAME_SET = frozenset(w.casefold() for w in _NAME_WORDS)
# Holiday names start with common words ("ông", "lễ", "ngày"): there the whole name must
# follow. Tết, mùng and rằm start a date on their own.
_HOLIDAY_FIRST = frozenset(_START_WORDS["holiday"]) - frozenset(
    _START_WORDS["tet"] + _START_WORDS["early"] + _START_WORDS["fullmoon"])
_HOLIDAY_AT = regex.compile(_HOLIDAY_NAMES + r"(?!\p{L})", regex.IGNORECASE)


def _same_length_lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _skip_space(text: str, at: int) -> int:
    end = min(len(text), at + 8)
    while at < end and text[at] in " \t\n":
        at += 1
    return at


def _head_next(folded: str, low: str, end: int) -> bool:
    """Is a head word followed by a number, a date word, or ``ngày``/``tháng`` + number?"""
    j = _skip_space(folded, end)
    if j < len(folded) and folded[j].isdigit():
        return True
    k = j
    while k < len(low) and low[k].isalpha():
        k += 1
    word = low[j:k]
    if word in _FOLLOW_SET:
        return True
    if word in _INNER_SET:
        j = _skip_space(folded, k)
        return j < len(folded) and folded[j].isdigit()
    return False


def _starts_date(folded: str, low: str, word: str, at: int, end: int) -> bool:
    if word in _HEAD_SET and _head_next(folded, low, end):
        return True
    if word in _HOLIDAY_FIRST:
        return _HOLIDAY_AT.match(folded, at) is not None
    return word in _NAME_SET


# On common text (see :mod:`vbcd.extract.textscan`) the same triggers are found with the
# standard ``re`` on the lower-case copy, whose scan is several times faster than a
# ``regex`` one: there ``\\p{L}`` is ``[^\\W\\d_]``, ``\\p{N}`` is ``[0-9]`` and a
# case-insensitive word is the word itself. ``_DIGIT_START_LOW`` is ``_DIGIT_START``,
# ``_HOLIDAY_AT_LOW`` is ``_HOLIDAY_AT``, and ``_HEAD_FOLLOW`` is ``_head_next``: up to 8
# spaces, then a digit, a follow word, or a day/month word and a digit.


def _low_alt(words: Iterable[str]) -> str:
    """:func:`alt` for ``re`` on lower-case text."""
    uniq = sorted({w.casefold() for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(textscan.phrase(w) for w in uniq) + ")"


_NOT_L = r"(?![^\W\d_])"
_DIGIT_START_LOW = re.compile(
    r"[0-9](?<![^\W_][0-9])(?<![^\W_][.,/][0-9])"
    rf"(?=[0-9]?(?:(?P<sep>[/.-])[0-9]{{1,2}}(?![0-9])"
    rf"|(?P<hour>\s?{_low_alt(_TIME['hour_words'])}){_NOT_L}"
    rf"|(?P<word>{textscan.PHRASE_GAP}(?:{_low_alt([_SOLAR['month_word'], _LUNAR['tet']])}"
    rf"|{_MONTHW_ANY})){_NOT_L}))"
)
# After a day word (``ngày 30``), what follows the day number tells most alternatives
# apart, and rules out those that need something else there: a slash or a dot (a
# numeric date), a dash (a numeric date, or a list of days), ``tháng`` (a written date),
# ``Tết``. A day number has one or two digits (with more, the alternatives all fail).
# The alternatives may match after each shape are these; after any other, all of them.
_DAY_SHAPE = re.compile(
    rf"(?:{_low_alt(_DAY_WORDS)}){WS}[0-9]{{1,2}}(?:(?P<num>[/.])|(?P<dash>-)"
    rf"|{WS}(?:(?P<text>{textscan.phrase(_SOLAR['month_word'])})"
    rf"|(?P<tet>{textscan.phrase(_LUNAR['tet'])})))"
)
_AFTER_SHAPE: dict[str, frozenset[str]] = {
    # rna, rta: a list sign right after the number (a dash is one); anum, rnl, rnb, ynum:
    # a date separator; the others a gap and ``tháng`` or ``Tết``
    "num": frozenset(("rnl", "rnb", "rnk", "lnc", "lcc", "anum", "snum", "ynum")),
    "dash": frozenset(("rna", "rnl", "rnb", "rnk", "rlu", "rta", "lnc", "lcc", "anum", "snum",
                       "ynum")),
    "text": frozenset(("rtb", "atxn", "lna", "lnl", "lnb", "lcc", "tday", "atxt", "otxt",
                       "ytxt")),
    "tet": frozenset(("tday",)),
}
_DAY_TRIGGERS = frozenset(w.casefold() for w in _DAY_WORDS)


_HOLIDAY_AT_LOW = re.compile(_low_alt(n for h in _HOLIDAYS for n in h["names"]) + _NOT_L)
# Alternatives that need one of these trigger words (see :func:`_absent`).
_NEEDS_TRIGGER: dict[str, frozenset[str]] = {
    "mung": frozenset(_START_WORDS["early"]), "ram": frozenset(_START_WORDS["fullmoon"]),
}
_SPACE8 = r"[ \t\n]{0,8}"
_HEAD_FOLLOW = re.compile(
    rf"{_SPACE8}(?:[0-9]|(?:{'|'.join(map(re.escape, sorted(_FOLLOW_SET)))}){_NOT_L}"
    rf"|(?:{'|'.join(map(re.escape, sorted(_INNER_SET)))}){_NOT_L}{_SPACE8}[0-9])"
)
_TRIGGER_WORDS = tuple(sorted(_HEAD_SET | _NAME_SET))


def _holiday_rest(word: str) -> str:
    """What must follow ``word`` for a holiday name to start with it: ``_HOLIDAY_AT_LOW``
    at the word's start, as a pattern read from the word's end."""
    head = re.escape(word)
    rests = sorted({textscan.phrase(n)[len(head):] for h in _HOLIDAYS for n in h["names"]
                    if n.split()[0].casefold().startswith(word)})
    return "(?:" + "|".join(rests) + ")" + _NOT_L


def _word_trigger(word: str) -> str:
    """Where ``word`` is a trigger, for ``re`` on the lower-case copy: a whole word
    (after a character that is neither a letter nor a digit, before one that is no
    letter) that is a head word followed as ``_HEAD_FOLLOW`` says, or a holiday name's
    first word starting that name, or a name word. The match is the word itself."""
    tests = []
    if word in _HEAD_SET:
        tests.append(f"(?={_HEAD_FOLLOW.pattern})")
    if word in _HOLIDAY_FIRST:
        tests.append(f"(?={_holiday_rest(word)})")
    elif word in _NAME_SET:
        tests = [""]  # a trigger on its own
    w = re.escape(word)
    return f"{w}(?<![^\\W_]{w}){_NOT_L}(?:{'|'.join(tests)})"


def _by_first_letter(words: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """The word triggers, one pattern for the words of each first letter: ``re`` jumps
    between the places where a pattern's literal first letter stands at C speed, and a
    scan of the text costs more than stopping at that letter's places."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(_word_trigger(word))
    return tuple(re.compile("|".join(group)) for group in groups.values())


_WORD_TRIGGERS = _by_first_letter(_TRIGGER_WORDS)
# ``_DIGIT_START_LOW`` once for each digit (a literal first character, see above), with
# a cheap look at the character after the number first: most numbers fail there.
_DIGIT_STARTS = tuple(
    re.compile(digit + r"(?=[0-9]?[/.\-:gh\s])" + _DIGIT_START_LOW.pattern[len("[0-9]"):])
    for digit in "0123456789")
# The number words' first words: a number can follow one only if one is right before it.
_NUMBER_FIRST = tuple({w.split()[0].casefold() for w in _SOLAR["number_words"]})


# One of them in a stretch of the lower-case copy (one C call instead of one per word).
_NUMBER_NEAR = re.compile("|".join(map(re.escape, _NUMBER_FIRST)))


def _after_number_word(folded: str, low: str, i: int) -> bool:
    """``_NUMBER_BEFORE`` ends at ``i`` (tried only where a number word is near)."""
    lo = max(0, i - 12)
    if _NUMBER_NEAR.search(low, lo, i) is not None:
        return _NUMBER_BEFORE.search(folded, lo, i) is not None
    return False


# What follows a number, as a trigger's name.
_DIGIT_KINDS = {name: "#" + name for name in ("sep", "hour", "word")}


def _triggers(folded: str) -> list[tuple[int, str]]:
    """Sorted candidate starts: ``(offset, first word or "#" + what follows a number)``."""
    low = textscan.prepared(folded).low
    if low is None:
        return _triggers_uncommon(folded)
    found: list[tuple[int, str]] = []
    add = found.append
    near = _NUMBER_NEAR.search
    for pattern in _DIGIT_STARTS:
        for m in pattern.finditer(low):
            i = m.start()
            # (``_after_number_word``, inlined: this runs at every number of the text)
            if near(low, i - 12 if i > 12 else 0, i) is None or _NUMBER_BEFORE.search(
                    folded, i - 12 if i > 12 else 0, i) is None:
                add((i, _DIGIT_KINDS[m.lastgroup]))  # type: ignore[index]
    for pattern in _WORD_TRIGGERS:
        for m in pattern.finditer(low):
            add((m.start(), m.group()))
    found.sort()
    return found


def _triggers_uncommon(folded: str) -> list[tuple[int, str]]:
    """:func:`_triggers` on any text (the reference: one pattern over the whole text)."""
    low = _same_length_lower(folded)
    n = len(folded)
    found: list[tuple[int, str]] = []
    for m in _DIGIT_START.finditer(folded):
        i = m.start()
        if not _NUMBER_BEFORE.search(folded, max(0, i - 12), i):
            found.append((i, "#" + str(m.lastgroup)))
    for word in _HEAD_SET | _NAME_SET:
        size = len(word)
        i = low.find(word)
        while i >= 0:
            end = i + size
            if ((i == 0 or not low[i - 1].isalnum()) and (end >= n or not low[end].isalpha())
                    and _starts_date(folded, low, word, i, end)):
                found.append((i, word))
            i = low.find(word, i + 1)
    found.sort()
    return found


_AFTER_TIME = regex.compile(
    rf"[,\s]{{0,3}}(?:{alt(_TIME['after_date'])}){WS}(?P<hh>2[0-3]|[01]?\d)\s?{_HOURW}(?!\p{{L}})"
    rf"(?:\s?(?P<mi>[0-5]\d)(?:\s?{_MINW}|')?)?(?:\s(?P<pod>{_POD}))?{_R}",
    regex.IGNORECASE,
)
# How ``_AFTER_TIME`` starts, for ``re`` on the lower-case copy: a cheap look first.
_AFTER_TIME_START = re.compile(
    r"[,\s]{0,3}(?:" + "|".join(sorted({re.escape(w.split()[0].casefold())
                                        for w in _TIME["after_date"]})) + ")")
# (not after a habit word: "sinh hoạt không đúng định kỳ" is no yearly duty)
_ANNUAL = regex.compile(rf"(?<!{alt(_SOLAR['annual_habit_words'])}\s{{1,3}})"
                        + alt(_SOLAR["annual_words"]), regex.IGNORECASE)
# The same but the words of the year reported on (dates.toml ``report_year_words``),
# which the title's one year resolves.
_ANNUAL_NOT_REPORT = regex.compile(
    rf"(?<!{alt(_SOLAR['annual_habit_words'])}\s{{1,3}})"
    + alt(set(_SOLAR["annual_words"]) - set(_SOLAR["report_year_words"])), regex.IGNORECASE)
# A periodic report's label: its kind and period, then its colon (dates.toml [solar]
# periodic_report_heads); looked for back to the start of the line, at most this far.
_PERIODIC_LABEL = regex.compile(
    rf"{_L}{alt(_SOLAR['periodic_report_heads'])}{WS}{alt(_SOLAR['periodic_report_periods'])}"
    rf"{WS0}:", regex.IGNORECASE)
_LABEL_BACK = 400
_BRACKET_DATE = regex.compile(
    rf"\s{{0,3}}\(\s{{0,2}}(?P<d>{_D})(?P<s>[/.-])(?P<m>{_M})(?P=s)(?P<y>{_Y}){_NR}",
)
# (a lunar day's "mùng" too: "từ mùng 1 đến mùng 10 tháng 3", "từ ngày mồng 4 ...")
_NGAY_BEFORE = regex.compile(rf"(?:{_NGAY}{WS}(?:{_EARLY}{WS})?|{_L}{_EARLY}{WS})$",
                             regex.IGNORECASE)
_SEGMENT_END = regex.compile(r"[;!?]|\.(?=\s)")
# What tells the year of a year-less day (dates.toml [solar] past_markers ...): a
# clause ends at a comma or a line break too, a deadline cue stands right before.
_CLAUSE_END = regex.compile(r"[,;:!?\n]|\.(?=\s)")
_GRACE = _dt.timedelta(days=int(_SOLAR["deadline_grace_days"]))
_PAST = regex.compile(rf"{_L}{alt(_SOLAR['past_markers'])}{_R}", regex.IGNORECASE)
_FUTURE = regex.compile(rf"{_L}{alt(_SOLAR['future_markers'])}{_R}", regex.IGNORECASE)
_DEADLINE_CUES = _SOLAR["deadline_cues"] + [
    cue for kind in ("before", "no_later_than", "by") for cue in _DATA["deadlines"][kind]]
_DEADLINE_END = regex.compile(rf"{_L}{alt(_DEADLINE_CUES)}\s*:?\s*(?:{_NGAY}\s*)?$",
                              regex.IGNORECASE)
# The same for a deadline's label and its colon ("Hạn cuối nhận hồ sơ: ngày 05/01"), which
# the clause cut at the colon loses.
_DEADLINE_LABEL_END = regex.compile(rf"{_L}{_DEADLINE_LABEL}(?:{_NGAY}\s*)?$", regex.IGNORECASE)

_POD_SHIFT: dict[str, int] = {k.casefold(): v for k, v in _TIME["parts_of_day"].items()}


# --- intermediate parse --------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    """One day or period read from the text, before years are resolved."""

    start: int
    end: int
    precision: str = "day"
    calendar: str = "solar"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    can_chi: str | None = None
    # lunar specials: "tet_eve" (N Tết), "holiday" (named day), "month" (lunar month)
    lunar_kind: str | None = None
    holiday: str | None = None
    time: str | None = None
    # a leap month's day ("tháng 6 nhuận")
    leap: bool = False
    quarter: int | None = None
    half: int | None = None
    # the whole match, for a day of a range or list: checks look at the whole phrase
    span: tuple[int, int] | None = None
    # a month or quarter written without its year, which resolution gives it
    guessed: bool = False


def _g(m: Match, name: str) -> str | None:
    """A group that only some alternatives have (``groupdict`` is slow on big patterns;
    a group's name starts with its alternative's, so a match's pattern has it when
    some alternative has it)."""
    return m.group(name) if name in _GROUP_NAMES else None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _valid_year(y: int | None) -> bool:
    return y is None or _MIN_YEAR <= y <= _MAX_YEAR


def _time_of(m: Match, p: str) -> str | None:
    groups = _TIME_GROUPS.get(p)
    if groups is None:  # an alternative that reads no time
        return None
    hh, mi, pod, pod2 = m.group(*groups)
    if hh is None:
        return None
    return _fmt_time(hh, mi, pod or pod2)


def _fmt_time(hh: str, mi: str | None, pod: str | None) -> str:
    hour = int(hh)
    if hour == _END_OF_DAY:
        return "24:00"  # the end of the day, kept apart from its start (``00:00``)
    if pod and hour < 12:
        hour += _POD_SHIFT.get(" ".join(pod.casefold().split()), 0)
    return f"{hour % 24:02d}:{int(mi) if mi else 0:02d}"


#: ``24 giờ`` (``đến 24 giờ ngày 30/9/2021``): the hour that closes its day.
_END_OF_DAY = 24


def _month_name(m: Match, group: str, raw: str) -> int | None:
    """Lunar month number of a month name."""
    name = m.group(group)
    if name is None:
        return None
    return _MONTH_NAMES.get(" ".join(name.casefold().split()))


def _holiday_by_name(name: str) -> dict[str, Any] | None:
    key = " ".join(name.casefold().split())
    for h in _HOLIDAYS:
        if key in (" ".join(n.split()) for n in h["names"]):
            return h
    return None


def _holiday_by_day(month: int, day: int) -> str | None:
    for h in _HOLIDAYS:
        if h["calendar"] == "lunar" and h["month"] == month and h["day"] == day:
            return str(h["name"])
    return None


_TET_NAME: str = next(str(h["name"]) for h in _HOLIDAYS if h["calendar"] == "lunar"
                      and h["month"] == 1 and h["day"] == 1)


def _lunar_year_parts(m: Match, p: str) -> tuple[int | None, str | None]:
    year = _int(_g(m, f"{p}_y")) or _int(_g(m, f"{p}_y2")) or _int(_g(m, f"{p}_y0"))
    return year, _can_chi(m.group(f"{p}_c"))


def _can_chi(name: str | None) -> str | None:
    """A can-chi year name, or ``None`` for a stem and branch that never pair."""
    return name if name and lunar.cycle_position(name) is not None else None


def _range_items(m: Match, raw: str) -> list[_Item]:
    """A range or list of days: one item per day named, years shared from the last one;
    lunar days when a can-chi year or a marker follows the last (``_LUNAR_AFTER``)."""
    items = _solar_range_items(m, raw)
    tail = _g(m, f"{m.lastgroup}_lt")
    if tail:
        found = _CANCHI_IN.search(tail)
        cc = _can_chi(found.group() if found else None)
        # a first end with its own year stays solar ("từ ngày 01/01/2026 đến hết ngày
        # 10/3 năm Bính Ngọ")
        lunar_items = items[1:] if _g(m, f"{m.lastgroup}_y1") else items
        for it in lunar_items:
            it.calendar, it.year, it.can_chi = "lunar", None, cc
            if it.day is not None and it.month is not None:
                it.holiday = _holiday_by_day(it.month, it.day)
    return items


_CANCHI_IN = regex.compile(_CANCHI, regex.IGNORECASE)


def _solar_range_items(m: Match, raw: str) -> list[_Item]:
    """The days of a range or list as written, solar unless the caller says otherwise."""
    kind = str(m.lastgroup)
    s, e = m.start(), m.end()
    span = (s, e)
    if kind == "rnl":
        return _list_items(m, raw)
    if kind in ("rna", "rnd", "rta"):
        assert isinstance(m, regex.Match)  # repeated groups: never read by ``re``
        days = m.spans(f"{kind}_d")
        month = int(m.group(f"{kind}_m"))
        year = _int(m.group(f"{kind}_y"))
        return [
            _Item(_with_ngay(raw, s, a), e if i == len(days) - 1 else b, day=int(raw[a:b]),
                  month=month, year=year, span=span)
            for i, (a, b) in enumerate(days)
        ]
    d1, m1 = int(m.group(f"{kind}_d1")), int(m.group(f"{kind}_m1"))
    d2, m2 = int(m.group(f"{kind}_d2")), int(m.group(f"{kind}_m2"))
    y1, y2 = _int(_g(m, f"{kind}_y1")), _int(_g(m, f"{kind}_y2"))
    if kind == "rnp" and not _plausible_span(d1, m1, d2, m2):
        return []
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    if y2 is None and y1 is not None:
        y2 = y1 + 1 if (m1, d1) > (m2, d2) else y1
    # the first end stops at its month or year; the second starts at its "ngày"
    first_end = m.end(f"{kind}_y1") if _g(m, f"{kind}_y1") else m.end(f"{kind}_m1")
    return [
        _Item(_with_ngay(raw, s, m.start(f"{kind}_d1")), first_end, day=d1, month=m1, year=y1,
              span=span),
        _Item(_with_ngay(raw, first_end, m.start(f"{kind}_d2")), e, day=d2, month=m2, year=y2,
              span=span),
    ]


# The longest stage a bare bracketed range (rnp) names, in months: a survey's or a
# campaign's; a longer or backward pair is more likely two fractions or two scores.
_BARE_SPAN_MONTHS = 6


def _plausible_span(d1: int, m1: int, d2: int, m2: int) -> bool:
    """Whether ``d1/m1 - d2/m2`` reads as a forward stage of a few months (it may run
    over the new year: ``(15/12 - 15/01)``)."""
    months = (m2 - m1) % 12
    if months == 0:
        return d2 > d1
    return months <= _BARE_SPAN_MONTHS


def _list_items(m: Match, raw: str) -> list[_Item]:
    """A list of day/month dates: one item per date, from its ``ngày`` if written to its
    month; the last to the end of the match, as it holds the year the list shares."""
    assert isinstance(m, regex.Match)  # repeated groups: never read by ``re``
    s, e = m.start(), m.end()
    year = _int(m.group("rnl_y"))
    months = m.spans("rnl_m")
    items: list[_Item] = []
    floor = s
    for i, ((a, _), (ms, me)) in enumerate(zip(m.spans("rnl_d"), months, strict=True)):
        end = e if i == len(months) - 1 else me
        items.append(_Item(_with_ngay(raw, floor, a), end, day=int(raw[a:ms - 1]),
                           month=int(raw[ms:me]), year=year, span=(s, e)))
        floor = end
    return items


def _day_items(m: Match, raw: str) -> list[_Item]:
    """A single solar day, maybe with a time of day."""
    kind = str(m.lastgroup)
    t = _time_of(m, kind)
    day, month = m.group(*_DAY_GROUPS[kind])
    year_group = _YEAR_GROUP[kind]
    year = m.group(year_group) if year_group else None
    return [_Item(m.start(), m.end(), precision="datetime" if t else "day",
                  day=int(day), month=int(month),
                  year=int(year.replace(" ", "")) if year else None, time=t)]


def _other_day(m: Match, h: dict[str, Any]) -> _Item | None:
    """The day written after a holiday's name when it is another day than the holiday's
    own ("Tết Nguyên đán 29/01/2025" gives the solar day of Tết): a day of its own, and
    the holiday is the name alone, in the year written there (Tết's solar day falls in
    its lunar year); ``None`` when no day follows or it is the holiday's own."""
    dd = _int(_g(m, "hol_dd"))
    if dd is None:
        return None
    mm = int(m.group("hol_mm"))
    if (dd, mm) == (h["day"], h["month"]):
        return None
    year = _int(_g(m, "hol_y0")) or _int(_g(m, "hol_y"))
    return _Item(m.start("hol_dd"), m.end(), day=dd, month=mm, year=year)


def _lunar_day(m: Match, kind: str) -> int:
    """A lunar day's number, written in digits or, after ``mùng``, in words."""
    word = _g(m, f"{kind}_w")
    if word is not None:
        return _EARLY_NUMBERS[regex.sub(r"\s+", " ", word).casefold()]
    return int(m.group(f"{kind}_d"))


def _lunar_items(m: Match, raw: str) -> list[_Item]:
    """A lunar day: numeric or named month, ``mùng N Tết``, ``rằm``, ``N Tết``, holidays."""
    kind = str(m.lastgroup)
    s, e = m.start(), m.end()
    year, cc = _lunar_year_parts(m, kind)
    lunar_kind: str | None = None
    holiday: str | None = None
    month: int | None
    if kind in ("lna", "lnl", "lnb", "lnc", "lcc", "ram"):
        num = _int(_g(m, f"{kind}_m"))
        month = num if num is not None else _month_name(m, f"{kind}_n", raw)
        day = 15 if kind == "ram" else _lunar_day(m, kind)
    elif kind == "mung":
        month, day, holiday = 1, _lunar_day(m, kind), _TET_NAME
        if day > 10:
            return []
    elif kind == "tday":
        month, day, holiday, lunar_kind = 12, int(m.group("tday_d")), _TET_NAME, "tet_eve"
        if day < _LUNAR["days_before_tet_min"]:
            return []
    elif kind == "hol":
        h = _holiday_by_name(m.group("hol_n"))
        if h is None:  # pragma: no cover - the pattern is built from the table
            return []
        if (dm := _other_day(m, h)) is not None:
            return [_Item(s, m.end("hol_n"), calendar=h["calendar"], day=h["day"],
                          month=h["month"], year=dm.year, holiday=h["name"]), dm]
        return [_Item(s, e, calendar=h["calendar"], day=h["day"], month=h["month"], year=year,
                      can_chi=cc, holiday=h["name"])]
    else:  # tetx
        month, day, holiday = 1, 1, _TET_NAME
        year, cc = _int(m.group("tetx_y")), _can_chi(m.group("tetx_c"))
    if month is None:
        return []
    # a time before the day ("trước 15 giờ ngày mùng 6 tháng Giêng"), as on a solar one
    t = _time_of(m, kind)
    leap = _g(m, f"{kind}_leap") is not None
    return [_Item(s, e, precision="datetime" if t else "day", calendar="lunar", day=day,
                  month=month, year=year, can_chi=cc, lunar_kind=lunar_kind, time=t,
                  leap=leap, holiday=None if leap else holiday or _holiday_by_day(month, day))]


def _lunar_range_items(m: Match, raw: str) -> list[_Item]:
    """Lunar days sharing one month ("từ mùng 4 đến mùng 6 tháng Giêng"): one lunar item
    per day, the month and year written once after the last one."""
    assert isinstance(m, regex.Match)  # repeated groups: never read by ``re``
    s, e = m.start(), m.end()
    num = _int(m.group("rlu_m"))
    month = num if num is not None else _month_name(m, "rlu_n", raw)
    if month is None:  # pragma: no cover - the pattern reads only known names
        return []
    year, cc = _lunar_year_parts(m, "rlu")
    days = m.spans("rlu_d")
    return [
        _Item(_with_ngay(raw, s, a), e if i == len(days) - 1 else b, calendar="lunar",
              day=int(raw[a:b]), month=month, year=year, can_chi=cc,
              holiday=_holiday_by_day(month, int(raw[a:b])), span=(s, e))
        for i, (a, b) in enumerate(days)
    ]


def _named_month_items(m: Match, raw: str) -> list[_Item]:
    """A solar day whose month is written in words ("ngày 30 tháng Tư năm 1975")."""
    month = _SOLAR_MONTH_NAMES[" ".join(m.group("atxn_n").casefold().split())]
    return [_Item(m.start(), m.end(), day=int(m.group("atxn_d")), month=month,
                  year=int(m.group("atxn_y")))]


# What makes a year-less month or quarter a period: a cue word or a time label's colon
# right before it (dates.toml [solar] yearless_period_cues).
# (or the link after another such period: "trong tháng 5 và tháng 6", "quý II, quý III")
_PERIOD_CUE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{alt(_SOLAR['yearless_period_cues'])}"
    rf"|{alt(_SOLAR['yearless_period_labels'])}[^:;.\n]{{0,40}}:"
    rf"|(?:{_MONTHW}[ \t]*\d{{1,2}}|{_QUARTERW}[ \t]+{_QN})[ \t]*"
    rf"{alt(_SOLAR['period_links'])})[ \t]*\n?[ \t]*$",
    regex.IGNORECASE)
_PERIOD_CUE_REACH = 60


def _period_items(m: Match, raw: str) -> list[_Item]:
    """A month, quarter, half year, year, or lunar month."""
    kind = str(m.lastgroup)
    s, e = m.start(), m.end()
    if kind == "half":
        word = " ".join(m.group("half_w").casefold().split())
        half = 1 if word in _SOLAR["half_first"] else 2
        return [_Item(s, e, precision="half", half=half, year=int(m.group("half_y")))]
    if kind == "qtr":
        q = _QUARTERS[m.group("qtr_q").casefold()]
        return [_Item(s, e, precision="quarter", quarter=q, year=int(m.group("qtr_y")))]
    if kind == "mon":
        mon_y = int(m.group("mon_y"))
        if (m2 := m.group("mon_m2")) is not None and int(m2) > int(m.group("mon_m")):
            # ``tháng 3-4/2026``: each month as written, the first up to its number
            return [_Item(s, m.end("mon_m"), precision="month", month=int(m.group("mon_m")),
                          year=mon_y, span=(s, e)),
                    _Item(m.start("mon_m2"), e, precision="month", month=int(m2), year=mon_y,
                          span=(s, e))]
        if m2 is not None:
            return []  # ``tháng 10-3/2026``: no forward stage within one year
        return [_Item(s, e, precision="month", month=int(m.group("mon_m")), year=mon_y)]
    if kind in ("ymon", "yqtr"):
        if _PERIOD_CUE_BEFORE.search(raw, max(0, s - _PERIOD_CUE_REACH), s) is None:
            return []  # "mỗi tháng 2 lần": no period
        if kind == "yqtr":
            quarter = _QUARTERS[m.group("yqtr_q").casefold()]
            return [_Item(s, e, precision="quarter", quarter=quarter, guessed=True)]
        return [_Item(s, e, precision="month", month=int(m.group("ymon_m")), guessed=True)]
    if kind == "lmon":
        month = _month_name(m, "lmon_n", raw)
        year, cc = _lunar_year_parts(m, kind)
        return [_Item(s, e, precision="month", calendar="lunar", month=month, year=year,
                      can_chi=cc, lunar_kind="month")]
    return [_Item(s, e, precision="year", year=int(m.group("year_y")))]


_HANDLERS: dict[str, Callable[[Match, str], list[_Item]]] = {
    **dict.fromkeys(("rna", "rnl", "rnb", "rnk", "rnc", "rnd", "rnp", "rta", "rtb"),
                    _range_items),
    "rlu": _lunar_range_items, "atxn": _named_month_items,
    **dict.fromkeys(("anum", "snum", "cnum", "atxt", "otxt", "ynum", "yname", "yrel", "ytxt",
                     "ytxw"), _day_items),
    **dict.fromkeys(("lna", "lnl", "lnb", "lnc", "lcc", "mung", "ram", "tday", "hol", "tetx"),
                    _lunar_items),
    **dict.fromkeys(("half", "qtr", "mon", "lmon", "ymon", "yqtr", "year"), _period_items),
}


def _items_of(m: Match, raw: str) -> list[_Item]:
    """Turn one match into items (several for a range or a list of days)."""
    handler = _HANDLERS.get(str(m.lastgroup))
    return handler(m, raw) if handler else []


def _with_ngay(raw: str, floor: int, at: int) -> int:
    """Start of a range element, taking in a ``ngày`` (``mùng``) written right before it."""
    window = raw[max(floor, at - 20):at]
    found = _NGAY_BEFORE.search(window)
    return at - len(found.group(0)) if found else at


# --- resolution -----------------------------------------------------------------------


def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _solar(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _choose(cands: Sequence[_dt.date], ref: _dt.date, past_weight: float) -> _dt.date | None:
    """The candidate nearest ``ref``; past ones weigh ``past_weight`` times their distance."""
    best: tuple[float, int] | None = None
    choice: _dt.date | None = None
    for c in cands:
        delta = (c - ref).days
        cost = (-delta * past_weight) if delta < 0 else float(delta)
        key = (cost, -c.toordinal())
        if best is None or key < best:
            best, choice = key, c
    return choice


def _lunar_date(year: int, month: int, day: int, leap: bool = False) -> _dt.date | None:
    try:
        return lunar.lunar_to_solar(year, month, day, leap)
    except ValueError:
        # "30 Tết" in a year whose last month has 29 days: the last day of the month
        # (the eve of Tết, as the writer means; mùng 1 is named "mùng 1 Tết")
        if day == 30:
            try:
                return lunar.lunar_to_solar(year, month, 29, leap)
            except ValueError:
                return None
        return None


def _lunar_year_of(ref: _dt.date | None) -> int | None:
    """Lunar year of a reference date, or ``None`` outside the supported years."""
    if ref is None:
        return None
    try:
        return lunar.solar_to_lunar(ref)[0]
    except (ValueError, OverflowError):
        return None


_Narrow = Callable[[Sequence[_dt.date], _dt.date], Sequence[_dt.date]]


def _all(cands: Sequence[_dt.date], ref: _dt.date) -> Sequence[_dt.date]:
    """No narrowing: every candidate stays."""
    return cands


def _lunar_value(item: _Item, ref: _dt.date | None, weight: float,
                 narrow: _Narrow = _all) -> _dt.date | None:
    """Solar date of a lunar day item (explicit, can-chi or reference-resolved year)."""
    assert item.month is not None and item.day is not None
    eve = item.lunar_kind == "tet_eve"
    if item.year is not None or item.can_chi is not None:
        year = item.year
        if year is None and item.can_chi is not None:
            near = ref.year if ref else None
            if near is None:
                return None
            year = lunar.year_from_name(item.can_chi, near)
        if year is None or not _valid_year(year):
            return None
        return _lunar_date(year - 1 if eve else year, item.month, item.day, item.leap)
    ly = _lunar_year_of(ref)
    if ly is None or ref is None:
        return None
    cands = [c for y in (ly - 1, ly, ly + 1)
             if (c := _lunar_date(y, item.month, item.day, item.leap)) is not None]
    return _choose(narrow(cands, ref), ref, weight)


def _solar_holiday(item: _Item, ref: _dt.date | None, weight: float,
                   narrow: _Narrow = _all) -> _dt.date | None:
    assert item.month is not None and item.day is not None
    if item.year is not None:
        return _solar(item.year, item.month, item.day)
    if ref is None:
        return None
    cands = [c for y in (ref.year - 1, ref.year, ref.year + 1)
             if (c := _solar(y, item.month, item.day)) is not None]
    return _choose(narrow(cands, ref), ref, weight)


def _annual_near(folded: str, start: int, end: int,
                 annual: regex.Pattern[str] = _ANNUAL) -> bool:
    """Is a year-less day part of a yearly duty ("hằng năm (trước ngày 15 tháng 11)"), or
    on the line of a periodic report's label ("Báo cáo 6 tháng: ... ngày 16 tháng 6")?
    ``annual``: the yearly words looked for."""
    line = folded.rfind("\n", max(0, start - _LABEL_BACK), start) + 1
    if ":" in folded[line:start] and _PERIODIC_LABEL.search(folded, line, start):
        return True
    before = folded[max(0, start - 160):start]
    cuts = [c.end() for c in _SEGMENT_END.finditer(before)]
    if cuts:
        before = before[cuts[-1]:]
    after = folded[end:end + 25]
    stop = _SEGMENT_END.search(after)
    if stop is not None:
        after = after[:stop.start()]
    return bool(annual.search(before) or annual.search(after))


def _annual_period(folded: str, start: int, end: int) -> bool:
    """Is a year-less month or quarter every year's: a yearly word around it, also
    after the rest of a range it opens ("tháng 11 đến ngày 15 tháng 12 hàng năm")."""
    if _annual_near(folded, start, end):
        return True
    after = folded[end:end + 60]
    stop = _SEGMENT_END.search(after)
    return _ANNUAL.search(after, 0, stop.start() if stop is not None else len(after)) is not None


def _year_hint(folded: str, start: int, end: int) -> str | None:
    """Which side of the issue date a year-less day lies on, by the words around it:
    ``"past"`` (a past marker in its clause or in the rest of its sentence: "Ngày 15/12
    vừa qua, ...", "đã hoàn thành trước ngày 20/01"), ``"next"`` (a deadline cue right
    before it, or a future marker: "báo cáo trước ngày 15/12" in a January plan) or
    ``None``."""
    before = folded[max(0, start - 120):start]
    cuts = [c.end() for c in _CLAUSE_END.finditer(before)]
    clause = before[cuts[-1]:] if cuts else before
    after = folded[end:end + 120]
    stop = _SEGMENT_END.search(after)
    if stop is not None:
        after = after[:stop.start()]
    if _DEADLINE_END.search(clause) or _DEADLINE_LABEL_END.search(before):
        return "past" if _PAST.search(clause) else "next"
    if _PAST.search(clause) or _PAST.search(after):
        return "past"
    if _FUTURE.search(clause) or _FUTURE.search(after):
        return "next"
    return None


def _pick(cands: Sequence[_dt.date], ref: _dt.date, hint: str | None,
          plan_year: int | None) -> list[_dt.date]:
    """The candidates the context allows (all of them when it says nothing): the last
    on or before ``ref`` after a past marker, the first on or after it after a deadline
    or future cue (a deadline cited a little late counts: ``_GRACE``), else the one in
    the year the title names."""
    if hint == "past":
        past = [c for c in cands if c <= ref]
        return [max(past)] if past else list(cands)
    if hint == "next":
        nxt = [c for c in cands if c >= ref - _GRACE]
        return [min(nxt)] if nxt else list(cands)
    if plan_year is not None:
        return [c for c in cands if c.year == plan_year] or list(cands)
    return list(cands)


def _period_bounds(item: _Item, ref: _dt.date | None,
                   weight: float) -> tuple[_dt.date, _dt.date] | None:
    y = item.year
    if item.precision == "year" and y is not None:
        return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
    if item.precision == "half" and y is not None and item.half:
        return ((_dt.date(y, 1, 1), _dt.date(y, 6, 30)) if item.half == 1
                else (_dt.date(y, 7, 1), _dt.date(y, 12, 31)))
    if item.precision == "quarter" and y is not None and item.quarter:
        first = _dt.date(y, 3 * item.quarter - 2, 1)
        last = (_dt.date(y + 1, 1, 1) if item.quarter == 4
                else _dt.date(y, 3 * item.quarter + 1, 1)) - _dt.timedelta(days=1)
        return first, last
    if item.precision == "month" and item.month is not None:
        if item.calendar == "lunar":
            return _lunar_month(item, ref, weight)
        if y is None:
            return None
        first = _dt.date(y, item.month, 1)
        nxt = _dt.date(y + 1, 1, 1) if item.month == 12 else _dt.date(y, item.month + 1, 1)
        return first, nxt - _dt.timedelta(days=1)
    return None


def _lunar_month(item: _Item, ref: _dt.date | None,
                 weight: float) -> tuple[_dt.date, _dt.date] | None:
    assert item.month is not None
    years: list[int]
    if item.year is not None:
        years = [item.year]
    elif item.can_chi is not None and ref is not None:
        named = lunar.year_from_name(item.can_chi, ref.year)
        years = [named] if named else []
    elif (ly := _lunar_year_of(ref)) is not None:
        years = [ly - 1, ly, ly + 1]
    else:
        return None
    bounds: dict[_dt.date, tuple[_dt.date, _dt.date]] = {}
    for y in years:
        try:
            b = lunar.lunar_month_bounds(y, item.month)
        except ValueError:
            continue
        bounds[b[0]] = b
    if not bounds:
        return None
    if len(bounds) == 1 or ref is None:
        return next(iter(bounds.values()))
    first = _choose(list(bounds), ref, weight)
    return bounds[first] if first else None


# --- public API -------------------------------------------------------------------------


def find_dates(
    text: str, *, anchor: _dt.date | None = None, match: str | None = None,
    title: tuple[int, int] | None = None, forward_from: int | None = None,
) -> list[DateMention]:
    """Every date mention in ``text`` (a whole normalised document), sorted by start.

    ``anchor`` (the issue date, else the meeting date) gives the year of year-less days
    and the Tết that ``ngày 28 Tết`` counts back from; without one, the nearest full date
    written before the mention is used (then the nearest after). Mentions that cannot be
    resolved are left out rather than guessed. ``match``: the tone-folded copy of
    ``text`` when the caller has it (``fold_tones``), so that it is not made again.
    ``title``: the span of the title, whose one named year is the year of the year-less
    days that no word around them places (see :func:`_year_hint`). ``forward_from``:
    where the clauses of a document that sets tasks ahead begin (a plan's, a
    directive's): after it such days lean forward (dates.toml ``forward_types``).
    """
    if not text:
        return []
    folded = textscan.folded(text, match)
    low = textscan.prepared(folded).low
    items: list[_Item] = []
    last_end = 0
    for m in _scan(folded):
        if m.start() < last_end:
            continue
        got = _items_of(m, text)
        if len(got) == 1 and got[0].year is None and _venue_name(folded, got[0]):
            continue
        if got and got[0].time is not None and folded[got[0].start].isdigit():
            _range_start(folded, got[0], last_end)
        if (got and got[-1].precision in ("day", "datetime") and got[-1].time is None
                and (low is None or _AFTER_TIME_START.match(low, got[-1].end) is not None)):
            after = _AFTER_TIME.match(folded, got[-1].end)
            if after is not None:
                got[-1].end = after.end()
                got[-1].time = _fmt_time(after.group("hh"), after.group("mi"), after.group("pod"))
                got[-1].precision = "datetime"
        items.extend(got)
        if got:
            last_end = got[-1].end
    return _resolve(items, text, folded, anchor, title, forward_from)


# The first time of a range written before its date, right before the mention's own time
# (``7 giờ 30 đến`` + ``11 giờ 00 ngày 17/3/2025``); tried only at a mention that opens
# on its hour, on the few characters before it.
_RANGE_BEFORE = regex.compile(
    rf"(?<![\p{{N}}:/.]){_clock()}\s{{1,3}}{alt(_TIME['range_words'])}\s{{1,3}}$",
    regex.IGNORECASE,
)
_RANGE_REACH = 40


def _range_start(folded: str, item: _Item, floor: int) -> None:
    """Move ``item``, a time and its date, back to the first time of a range written
    before it (``từ 7 giờ 30 đến 11 giờ 00 ngày 17/3/2025``), whose time it then takes:
    a sitting is dated by its opening hour. ``floor``: the previous mention's end."""
    lo = max(floor, item.start - _RANGE_REACH)
    m = _RANGE_BEFORE.search(folded, lo, item.start)
    if m is not None:
        item.start = m.start()
        item.time = _fmt_time(m.group("hh"), m.group("mi"), m.group("pod"))


# A venue's name before a year-less day (``Quảng trường 10 tháng 3``): checked only at
# such a day, on the few characters before it.
_VENUE_BEFORE = regex.compile(
    rf"(?<!\p{{L}}){alt(_SOLAR['named_after_day'])}[ \t]{{1,3}}$", regex.IGNORECASE)
_VENUE_REACH = max(len(w) for w in _SOLAR["named_after_day"]) + 4


def _venue_name(folded: str, item: _Item) -> bool:
    """Is ``item`` a year-less ``D tháng M`` that names a street or a venue after its
    day (``đường 30 tháng 4``), rather than a date?"""
    if item.year is not None or item.calendar != "solar" or not folded[item.start].isdigit():
        return False
    lo = max(0, item.start - _VENUE_REACH)
    return _VENUE_BEFORE.search(folded, lo, item.start) is not None


def _scan(folded: str) -> Iterable[Match]:
    """Leftmost, non-overlapping matches of the date patterns, tried at trigger places."""
    last_end = 0
    low = textscan.prepared(folded).low
    triggers = _triggers(folded)
    absent = _absent(folded, triggers)
    for pos, word in triggers:
        if pos < last_end:
            continue
        try:
            m = _match_at(folded, low, pos, word, absent)
        except TimeoutError:  # pragma: no cover - anchored, linear patterns
            continue
        if m is not None:
            last_end = m.end()
            yield m


def _resolve(items: list[_Item], text: str, folded: str, anchor: _dt.date | None,
             title: tuple[int, int] | None = None,
             forward_from: int | None = None) -> list[DateMention]:
    weight = float(_LUNAR["past_weight"])
    # explicit full solar dates: most mentions, made at once (they need no reference),
    # and the fallback references for year-less mentions, made after them
    full: list[tuple[int, _dt.date]] = []
    done: list[DateMention | None] = []
    later: list[int] = []
    for it in items:
        if (it.year is not None and it.calendar == "solar" and it.holiday is None
                and it.precision in ("day", "datetime")):
            d = (_solar(it.year, it.month, it.day)  # type: ignore[arg-type]
                 if _MIN_YEAR_OF_DAY <= it.year <= _MAX_YEAR else None)
            if d is not None:
                if it.year >= _MIN_YEAR:  # an anniversary's year is no reference
                    full.append((it.start, d))
                iso = d.isoformat()
                done.append(DateMention(
                    start=it.start, end=it.end, text=text[it.start:it.end], value=iso,
                    precision=it.precision, calendar="solar",  # type: ignore[arg-type]
                    interval_start=iso, interval_end=iso, time=it.time, resolved_year=False,
                    holiday=None))
                continue
            done.append(None)
        else:
            later.append(len(done))
            done.append(None)
    if later:
        done = _resolve_later(items, done, later, full, text, folded, anchor, weight, title,
                              forward_from)
    out = [d for d in done if d is not None]
    out.sort(key=_START_END)
    return out


_START_END = attrgetter("start", "end")


def _resolve_later(items: list[_Item], done: list[DateMention | None], later: list[int],
                   full: list[tuple[int, _dt.date]], text: str, folded: str,
                   anchor: _dt.date | None, weight: float,
                   title: tuple[int, int] | None,
                   forward_from: int | None = None) -> list[DateMention | None]:
    """The mentions that need a reference date (year-less, lunar, holidays, periods)."""
    years = [(it.start, it.year) for it in items
             if it.precision in ("year", "quarter", "month", "half") and it.year is not None]
    named = ({y for s, y in years if title[0] <= s < title[1]}
             if title is not None and anchor is not None else set())
    if len(named) == 1 and title is not None:
        # a holiday the title names in another year makes the plan span both (``... cuối
        # năm 2024 và dịp Tết Nguyên đán Ất Tỵ 2025``: its ``28 tháng Chạp`` falls in 2025)
        named |= {it.year for it in items if it.holiday is not None
                  and it.year is not None and title[0] <= it.start < title[1]}
    plan_year = named.pop() if len(named) == 1 else None

    starts = [s for s, _ in full]

    def reference(pos: int) -> _dt.date | None:
        if anchor is not None:
            return anchor
        i = bisect_left(starts, pos)
        if i > 0:
            return full[i - 1][1]
        if i < len(full):
            return full[i][1]
        return _dt.date(years[0][1], 7, 1) if years else None

    written = _written_days(full)
    for i in later:
        it = items[i]
        span = it.span or (it.start, it.end)
        if it.guessed and it.year is None:
            ref = reference(it.start)
            if ref is None:
                continue
            it.year = _period_year(items, i, folded, ref, plan_year,
                                   _year_hint(folded, *span) if anchor is not None else None,
                                   forward_from is not None and it.start >= forward_from)
        day_weight = 1.0
        cited = False
        if it.precision in ("day", "datetime") and it.year is None and it.calendar == "solar":
            cited = _CITED_BEFORE.search(folded, max(0, it.start - 40), it.start) is not None
            if (not cited and forward_from is not None and it.start >= forward_from
                    and plan_year is None):
                day_weight = _FORWARD_WEIGHT  # a plan's "tổ chức hội nghị ngày 25/11"

        def narrow(cands: Sequence[_dt.date], ref: _dt.date, span: tuple[int, int] = span,
                   i: int = i, cited: bool = cited) -> Sequence[_dt.date]:
            hint = "past" if cited else _year_hint(folded, *span)
            if hint != "next" and (own := _fronted_year(items, i, folded)) is not None:
                return [c for c in cands if c.year == own] or cands
            return _pick(cands, ref, hint, plan_year)

        done[i] = _mention(it, text, folded, reference, weight, written,
                           narrow if anchor is not None else _all, day_weight, plan_year)
    return done


_FORWARD_WEIGHT = float(_SOLAR["forward_past_weight"])
#: The type codes of documents whose clauses set tasks ahead of their issue date.
FORWARD_TYPES = frozenset(_SOLAR["forward_types"])
# A date right after a cited document's number ("Kế hoạch số 45/KH-UBND ngày 20/3"): the
# day it was signed, in the past whatever document cites it.
# (its code holds a capital: "30/4, 1/5" is a list of days)
_CITED_BEFORE = regex.compile(
    r"\p{N}[/-](?:\p{N}+[/-])?\p{Lu}[\p{L}\p{N}./-]*[ \t]*,?[ \t]*(?:[Nn]gày[ \t]*)?$")
# What joins a year-less month or quarter to a dated neighbour ("tháng 6 và tháng 7/2025").
_PERIOD_LINK = regex.compile(rf"[ \t\n]*(?:{alt(_SOLAR['period_links'])})?[ \t\n]*",
                             regex.IGNORECASE)


# A year fronted before its comma ("Năm 2024, ...", "Trong năm 2024, ..."), what the
# rest of its sentence is dated by.
_FRONTED_COMMA = re.compile(r"[ \t]*,")


def _fronted_year(items: list[_Item], i: int, folded: str) -> int | None:
    """The year fronted in the sentence of the year-less ``items[i]`` ("Năm 2024, Sở đã
    tổ chức hội nghị ngày 12/3"), if any; a year inside the sentence names what is
    done ("tổng kết năm 2024 ngày 10/01" is held in 2025), not when."""
    start = items[i].start
    before = folded[max(0, start - 160):start]
    cuts = [c.end() for c in _SEGMENT_END.finditer(before)]
    lo = start - len(before) + (cuts[-1] if cuts else 0)
    for x in reversed(items[:i]):
        if x.start < lo:
            break
        if x.precision == "year" and x.year is not None and not x.guessed \
                and _FRONTED_COMMA.match(folded, x.end) is not None:
            return x.year
    return None


def _period_year(items: list[_Item], i: int, folded: str, ref: _dt.date,
                 plan_year: int | None, hint: str | None, forward: bool) -> int:
    """The year of the year-less month or quarter ``items[i]``: a dated neighbour's of
    the same kind joined to it by a list or range word (a later month of a range in the
    next year when its number is smaller), else a year its sentence names before it
    (not on a deadline's cue: "báo cáo kết quả năm 2024 trước quý I" is next year's),
    else the title's, else the issue date's; on a deadline's or a future cue, or in a
    plan's clauses, the next one when the period ended before the issue date."""
    it = items[i]
    key = it.month if it.precision == "month" else it.quarter
    assert key is not None
    for j, after in ((i + 1, True), (i - 1, False)):
        if not 0 <= j < len(items):
            continue
        nb = items[j]
        nkey = nb.month if nb.precision == "month" else nb.quarter
        if nb.precision != it.precision or nb.calendar != "solar" or nb.year is None \
                or nkey is None or nb.guessed:
            continue
        a, b = (it.end, nb.start) if after else (nb.end, it.start)
        link = _PERIOD_LINK.match(folded, a, b)
        if link is None or link.end() != b:
            continue
        it.guessed = False  # the phrase writes the year, once for both
        if after:
            return nb.year - 1 if key > nkey else nb.year
        return nb.year + 1 if key < nkey else nb.year
    if hint != "next" and (own := _fronted_year(items, i, folded)) is not None:
        return own
    if plan_year is not None:
        return plan_year
    if hint == "past":
        return ref.year if _bounds_in(it, ref.year)[0] <= ref else ref.year - 1
    if hint == "next" or forward:
        return ref.year if _bounds_in(it, ref.year)[1] >= ref - _GRACE else ref.year + 1
    return ref.year


def _bounds_in(it: _Item, year: int) -> tuple[_dt.date, _dt.date]:
    """The first and last day of the month or quarter ``it`` in ``year``."""
    probe = _Item(it.start, it.end, precision=it.precision, month=it.month,
                  quarter=it.quarter, year=year)
    bounds = _period_bounds(probe, None, 1.0)
    assert bounds is not None
    return bounds


def _written_days(full: list[tuple[int, _dt.date]]) -> dict[tuple[int, int], list[_dt.date]]:
    """The full dates of the text by day and month: a year-less day that the text also
    writes in full, in one of the years around the reference, is that day (``kỷ niệm ...
    (27/7/1947 - 27/7/2026)`` then ``mít tinh ngày 27/7``), even when the same day of
    another year lies nearer the issue date."""
    written: dict[tuple[int, int], list[_dt.date]] = {}
    for _, d in full:
        written.setdefault((d.month, d.day), []).append(d)
    return written


def _mention(it: _Item, text: str, folded: str, reference: Any, weight: float,
             written: dict[tuple[int, int], list[_dt.date]],
             narrow: _Narrow = _all, day_weight: float = 1.0,
             plan_year: int | None = None) -> DateMention | None:
    base: dict[str, Any] = {"start": it.start, "end": it.end, "text": text[it.start:it.end]}
    if it.precision in ("day", "datetime"):
        assert it.day is not None and it.month is not None
        resolved = it.year is None and it.can_chi is None
        if resolved and _annual_near(folded, *(span := it.span or (it.start, it.end))):
            if plan_year is None or it.calendar != "solar" or _annual_near(
                    folded, *span, _ANNUAL_NOT_REPORT):
                return None
            # "đến ngày 20/11 của năm báo cáo" in a plan for one year: that year's day
            it.year = plan_year
        value: _dt.date | None
        if it.calendar == "lunar":
            bracket = _BRACKET_DATE.match(text, it.end)
            ref: _dt.date | None = None
            w = weight
            if bracket is not None:
                ref = _solar(int(bracket.group("y")), int(bracket.group("m")),
                             int(bracket.group("d")))
                w = 1.0
            if ref is None:
                ref = reference(it.start)
                value = _lunar_value(it, ref, w, narrow)
            else:
                value = _lunar_value(it, ref, w)
        elif it.holiday is not None:
            value = _solar_holiday(it, reference(it.start), weight, narrow)
        elif it.year is not None:
            if not _valid_year(it.year):
                return None
            value = _solar(it.year, it.month, it.day)
        else:
            if _solar(2000, it.month, it.day) is None:  # 2000 is a leap year
                return None
            ref = reference(it.start)
            if ref is None:
                return None
            cands = [c for y in (ref.year - 1, ref.year, ref.year + 1)
                     if (c := _solar(y, it.month, it.day)) is not None]
            value = _choose([c for c in cands if c in written.get((it.month, it.day), ())]
                            or narrow(cands, ref), ref, day_weight)
        if value is None or not _MIN_YEAR - 1 <= value.year <= _MAX_YEAR + 1:
            return None  # an out-of-range anchor or can-chi year: no believable day
        return DateMention(**base, value=_iso(value), precision=it.precision,  # type: ignore[arg-type]
                           calendar=it.calendar, interval_start=_iso(value),  # type: ignore[arg-type]
                           interval_end=_iso(value), time=it.time, resolved_year=resolved,
                           holiday=it.holiday)
    if it.year is not None and not _valid_year(it.year):
        return None
    resolved = it.year is None or it.guessed
    if it.guessed and _annual_period(folded, it.start, it.end):
        return None  # "vào tháng 11 đến ngày 15 tháng 12 hàng năm": every year's
    ref = reference(it.start) if resolved or it.can_chi else None
    bounds = _period_bounds(it, ref, weight)
    if bounds is None:
        return None
    return DateMention(**base, value=None, precision=it.precision,  # type: ignore[arg-type]
                       calendar=it.calendar, interval_start=_iso(bounds[0]),  # type: ignore[arg-type]
                       interval_end=_iso(bounds[1]), resolved_year=resolved)
