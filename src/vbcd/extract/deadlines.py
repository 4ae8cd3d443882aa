"""Deadlines (dates by which something must be done) and recurring duties.

:func:`find_deadlines` does not look for dates itself: it takes the mentions of
:func:`vbcd.extract.dates.find_dates` and asks, for each, whether the words right before
it make it a deadline. The cue must *end* where the date starts (``trước ngày``,
``chậm nhất đến``, ``hạn chót``), so a meeting date, the date of a cited document
(``Quyết định số ... ngày 20/7/2021``) or a period (``từ ngày ... đến ngày ...``) is not
taken. Weaker cues need more context in the same segment (the text since the last
``;``, sentence end or list item):

* ``trong <period>`` / ``đến <date>`` count only after a completion verb
  (``báo cáo ... trong tháng 12 năm 2025``, ``hoàn thành ... đến ngày ...``), and then
  the deadline is the end of the period; a fronted ``Trong tháng 01/2026, ...`` counts
  when the main clause after its comma holds an obligation word (``phải``) or, for a
  period ahead of the issue date, a completion verb;
* plan-table labels (``Thời gian hoàn thành: Quý IV/2025 và Quý I/2026``) make every
  period listed a deadline; ``Thời gian thực hiện: Tháng 12/2025`` only a single period;
* a cue right after words such as ``tính`` (``tính đến hết ngày 15/12/2021``) is a
  status cutoff, and the first end of a range (``từ X đến Y``) never is a deadline;
* a day or period listed right after a deadline's (``trước ngày 15/6/2026 và ngày
  15/12/2026``, ``trong quý I và quý II năm 2026``) is a deadline under the same cue;
* a part of a month before it (``tuần đầu``, ``đầu``, ``giữa``) sets the day that part
  ends on (``period_part_days``).

Recurring duties (``định kỳ hằng tuần``, ``hằng ngày 3 tiếng/lần``, ``trước ngày 25 hàng
tháng``) become :class:`~vbcd.models.Recurrence` records instead. All cue words are data
in ``grammar/data/dates.toml``.

The cue patterns are tried only where one of their words starts (found with
``str.find`` on the lower-case copy, see :mod:`vbcd.extract.textscan`), and the segment
before a date is found by looking back from it, not by scanning the whole document.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

import regex

from vbcd.extract import textscan
from vbcd.extract.dates import alt
from vbcd.extract.textscan import Starts
from vbcd.grammar import load
from vbcd.grammar.patterns import trie_alternation
from vbcd.models import DateMention, Deadline, Recurrence

_DATA: dict[str, Any] = load("dates")
_DL: dict[str, Any] = _DATA["deadlines"]
_REC: dict[str, Any] = _DATA["recurrence"]
_LUNAR: dict[str, Any] = _DATA["lunar"]
_L = r"(?<![\p{L}\p{N}])"
_R = r"(?![\p{L}\p{N}])"
# "ngày" and its OCR misreadings ("trước ngảy 10/5"), as in vbcd.extract.dates
_DAY = alt([*_DATA["solar"]["day_words"][:1], *_DATA["solar"]["day_word_misreads"]])

_PERIOD_END = alt(_DL["period_end"])
#: The day of its month a part of a month ends on ("tuần đầu" 7, "giữa" 15), folded.
_PART_DAYS = {w.casefold(): int(n) for w, n in _DL["period_part_days"].items()}
#: A part of a period right before a period's mention (within a cue's reach).
_PART_END = regex.compile(rf"{_L}(?P<part>{_PERIOD_END})\s+$", regex.IGNORECASE)
_PART_REACH = 24
#: A range's opening word closing the text before a period's part: "từ đầu tháng 11/2025"
#: starts a period, it sets no term.
_FROM_END = regex.compile(rf"{_L}{alt(_DATA['solar']['range_from'])}\s*$", regex.IGNORECASE)
_SOLAR = _DATA["solar"]
_PARTS_OF_DAY = list(_DATA["time"]["parts_of_day"])
# The part of the day and the weekday a cue may name before its date ("trước Thứ Tư ngày
# 03/12/2025", "chậm nhất thứ Sáu, ngày 19/6", "trước thứ Sáu (19/6)", "trước chiều
# ngày 25/7").
_WEEKDAY = (rf"(?:{alt([_SOLAR['weekday_word']])}\s+"
            rf"(?:{alt(_SOLAR['weekday_names'])}|{alt(_SOLAR['weekday_digits'])})"
            rf"|{alt(_SOLAR['sunday'])}){_R}[\s,(]*")
# A clock time may open it, then perhaps the day word ("trước 10h00 thứ Tư (26/11)",
# "trước 17h00 ngày thứ Ba (25/11/2025)", "chậm nhất trong ngày thứ Sáu (28/11)"): the
# date stage joins a time to its date only when nothing stands between them.
_TIME = _DATA["time"]
_CLOCK = (rf"\d{{1,2}}\s?{alt(_TIME['hour_words'])}"
          rf"(?:\s?\d{{1,2}}(?:\s?{alt(_TIME['minute_words'])}{_R}|[{''.join(_TIME['minute_marks'])}])?)?"
          rf"(?!\p{{L}}|\d)[\s,]*")
# A clock time alone leads too where the date stage left it out of the date: before a
# lunar day ("trước 15 giờ ngày mùng 5 Tết").
_DAY_LEAD = (rf"(?:(?:{_CLOCK})?(?:{_DAY}\s+)?"
             rf"(?:{alt(_PARTS_OF_DAY)}{_R}[\s,]*(?:{_WEEKDAY})?|{_WEEKDAY})|{_L}{_CLOCK})")
# A cue at the very end of the text before a date: "... trước ngày ", "chậm nhất đến ",
# "hoàn thành trước cuối " (then a period); or a bare period end ("... cuối ").
_CUE_END = regex.compile(
    rf"{_L}(?:(?P<no_later_than>{alt(_DL['no_later_than'])})|(?P<by>{alt(_DL['by'])})"
    rf"|(?P<before>{alt(_DL['before'])})|(?P<within>{alt(_DL['within'])})"
    rf"|(?P<until>{alt(_DL['until'])})|(?P<period_end>{_PERIOD_END}))"
    rf"[\s,:]*(?:(?P<lead>{_DAY_LEAD})?{_DAY}\s*|(?P<lead2>{_DAY_LEAD})"
    rf"|(?P<end_word>{_PERIOD_END})\s+)?$",
    regex.IGNORECASE,
)
#: Whether the text before a date ends with a part of the day or a weekday (then perhaps
#: the day word): what the cue test looks past. Their last words, for a quick test first.
#: A clock time ending the text before a date (see ``_DAY_LEAD``), searched in its last
#: characters only.
_CLOCK_TAIL = regex.compile(rf"{_L}{_CLOCK}$", regex.IGNORECASE)
_CLOCK_REACH = 16
_DAY_LEAD_END = regex.compile(rf"{_L}{_DAY_LEAD}(?:{_DAY}\s*)?$", regex.IGNORECASE)
_DAY_LEAD_LAST = tuple(sorted({w.split()[-1].casefold() for w in [
    *_SOLAR["weekday_names"], *_SOLAR["weekday_digits"], *_SOLAR["sunday"], *_PARTS_OF_DAY]}))
_CUE_KINDS = ("no_later_than", "by", "before", "within", "until", "period_end")
_NEGATIVE_END = regex.compile(rf"{_L}{alt(_DL['negative_prefixes'])}\s*$", regex.IGNORECASE)
_CUTOFF_END = regex.compile(rf"{_L}{alt(_DL['cutoff_prefixes'])}\s*$", regex.IGNORECASE)
_VALIDITY_END = regex.compile(rf"{_L}{alt(_DL['validity_prefixes'])}\s*$", regex.IGNORECASE)
#: The words an "until" cue opens with (``đến hết``, ``tới``), folded.
_UNTIL_FIRST = tuple(sorted({w.split()[0].casefold() for w in _DL["until"]}))
#: The cue kinds that set a task's term whatever names the task: a data cutoff word
#: before them ("tổng hợp số liệu trước ngày ...") does not make them a cutoff.
_TERM_KINDS = frozenset({"before", "by"})
_VERB = regex.compile(rf"{_L}{alt(_DL['completion_verbs'])}{_R}", regex.IGNORECASE)
_TARGET = regex.compile(rf"{_L}{alt(_DL['target_verbs'])}{_R}", regex.IGNORECASE)
#: A target's verb right after a plain ``đến ngày X`` (``... đạt tối thiểu 50%``).
_TARGET_AFTER = regex.compile(rf"[ \t]+(?:{alt(_DL['target_after'])}){_R}", regex.IGNORECASE)
_ESTIMATE = regex.compile(rf"{_L}{alt(_DL['target_after_exclusions'])}{_R}", regex.IGNORECASE)
_NOT_VERB = regex.compile(rf"{_L}{alt(_DL['verb_exclusions'])}{_R}", regex.IGNORECASE)
_DESCRIPTIVE = regex.compile(rf"{_L}{alt(_DL['descriptive_markers'])}{_R}", regex.IGNORECASE)
_DESCRIPTIVE_EXCEPTION = regex.compile(
    rf"{_L}{alt(_DL['descriptive_exceptions'])}{_R}", regex.IGNORECASE
)
_RELATIVE_MARKERS = frozenset(w.casefold() for w in _DL["relative_markers"])
_OBLIGATION = regex.compile(rf"{_L}{alt(_DL['obligation_words'])}{_R}", regex.IGNORECASE)
#: The verb a relative marker governs, perhaps passive: its first word is skipped.
_RELATIVE_VERB = regex.compile(
    rf"\s*(?:{alt(_DL['relative_passives'])}\s+)?(?P<verb>[\p{{L}}\p{{N}}]+)", regex.IGNORECASE)
_RELATIVE_BREAK = regex.compile(rf"{_L}{alt(_DL['relative_breaks'])}{_R}", regex.IGNORECASE)
_PERIOD_OPEN = regex.compile(rf"{_L}{alt(_DL['period_openers'])}{_R}", regex.IGNORECASE)
_WINDOW_ACT = regex.compile(rf"{_L}{alt(_DL['window_acts'])}{_R}", regex.IGNORECASE)
_WINDOW_NOUN_END = regex.compile(rf"{_L}{alt(_DL['window_act_nouns'])}\s*$", regex.IGNORECASE)
_WINDOW_CAMPAIGN = regex.compile(rf"{_L}{alt(_DL['window_campaigns'])}{_R}", regex.IGNORECASE)
#: How far before a window's opener its act is looked for.
_WINDOW_REACH = 120
# A label ends with a colon, or with a copula when written as a sentence ("Hạn chót nộp
# hồ sơ là ngày 10/9/2025").
_COPULA_WORD = rf"{_L}{alt(_DL['label_copulas'])}{_R}"
_COPULA = regex.compile(_COPULA_WORD, regex.IGNORECASE)
# The term of a right or a permit (``Thời hạn thuê đất:``), which no task has.
_TERM_OBJECT = rf"{_L}{regex.escape(_DL['term_label'])}\s+{alt(_DL['term_objects'])}{_R}"
#: How many characters may stand between a label and its colon or copula: what is due,
#: where and for which year (``Hạn cuối tiếp nhận hồ sơ thanh toán năm 2025 tại Kho bạc
#: Nhà nước là ngày 25/01/2026``).
_LABEL_REACH = 64
_COMPLETION_LABEL = regex.compile(
    rf"(?!{_TERM_OBJECT}){_L}{alt(_DL['completion_labels'])}{_R}"
    rf"[^:;.\n]{{0,{_LABEL_REACH}}}?(?::|{_COPULA_WORD})",
    regex.IGNORECASE,
)
#: The same term label closing the text before an "until" cue (``Thời hạn khai thác:``
#: + ``đến hết ngày ...``).
_TERM_LABEL_END = regex.compile(
    rf"{_TERM_OBJECT}[^:;.\n]{{0,30}}?(?::|{_COPULA_WORD})\s*$", regex.IGNORECASE)
# A completion label heading a list: the rest of its line ends with a colon, the items
# follow ("Thời gian hoàn thành công việc ... như sau:\n- Vùng A: cuối năm 1982;").
_LABEL_HEAD = regex.compile(
    rf"{_L}{alt(_DL['completion_labels'])}{_R}[^:;.\n]{{0,120}}:[ \t]*\n", regex.IGNORECASE
)
# The lead of a bulleted item, with its own short label ("- Vùng Đông Nam bộ:").
_BULLET_LEAD = regex.compile(r"[ \t]*[-+•](?:[^:;.\n]{0,80}:)?")
# What ends the reach of a list heading: a sentence end or a blank line.
_LIST_BREAK = regex.compile(r"\.\s|\n[ \t]*\n")
_EXECUTION_LABEL = regex.compile(rf"{_L}{alt(_DL['execution_labels'])}\s*:", regex.IGNORECASE)
_RANGE_WORDS = alt(_DATA["solar"]["range_words"] + _DATA["solar"]["range_dashes"])
#: A range word closing the text before a cue: ``từ ngày X đến trước ngày Y`` is a period.
_RANGE_WORD_END = regex.compile(rf"{_L}{alt(_DATA['solar']['range_words'])}\s*$", regex.IGNORECASE)
_FILLER_WORDS = alt(_DL["label_fillers"] + _DATA["solar"]["list_words"] + _DL["period_end"])
_FILLERS = regex.compile(rf"^(?:\s|[,;(]|{_L}(?:{_FILLER_WORDS}){_R})*$", regex.IGNORECASE)
_FILLERS_RANGE = regex.compile(
    rf"^(?:\s|[,;(]|{_RANGE_WORDS}|{_L}(?:{_FILLER_WORDS}){_R})*$", regex.IGNORECASE
)
_RANGE_AFTER = regex.compile(rf"\s*(?:{_RANGE_WORDS})\s*", regex.IGNORECASE)
_SCOPE = regex.compile(rf"{_L}(?:{alt(_DL['scope_openers'])}){_R}\s*", regex.IGNORECASE)
_PLAIN_TET = regex.compile(
    rf"{_L}(?P<cue>{alt(_DL['before'])})\s+(?P<tet>{regex.escape(_LUNAR['tet'])}){_R}",
    regex.IGNORECASE,
)
# Where a segment starts: after ; ! ? a sentence end (also one glued to the next sentence,
# "Trung Bộ.Tăng"), a blank line or before a list item. ``_Segments`` finds the same
# places looking back from a date; ``_BOUNDARY`` is the definition (and the tests' oracle).
_BOUNDARY = regex.compile(
    r"[;!?]|\.(?=\s|\p{Lu}\p{Ll})|\n[ \t]*\n"
    r"|\n(?=[ \t]*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)|\(\d{1,2}\)))",
    regex.IGNORECASE,
)
_AFTER_DOT = regex.compile(r"\s|\p{Lu}\p{Ll}", regex.IGNORECASE)
_ITEM_AFTER = regex.compile(
    r"[ \t]*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)|\(\d{1,2}\))", regex.IGNORECASE
)
# What may stand before a cue that opens its item ("- ", "2. ", "a) "), and the colon or
# comma between a leading period and the task it sets.
_ITEM_LEAD = regex.compile(
    r"\s*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|\(\d{1,2}\))?\s*", regex.IGNORECASE)
_TASK_GAP = regex.compile(r"[ \t]*[:,][ \t]*")
#: An event verb opening its item or line (dates.toml ``event_verbs``): ``- Tổ chức diễn
#: tập ...``, matched where a segment or one of its lines starts (see :func:`_opens_event`).
_EVENT_OPEN = regex.compile(
    rf"(?P<lead>{_ITEM_LEAD.pattern})(?!{alt(_DL['event_verb_exclusions'])}{_R})"
    rf"(?P<verb>{alt(_DL['event_verbs'])}){_R}", regex.IGNORECASE)
#: The main clause after a day fronted before its comma, up to the sentence's end.
_FRONTED_MAIN = regex.compile(r"[ \t]*,[ \t]*(?P<main>[^.;:\n]{1,160})")
_STATUS = regex.compile(rf"{_L}{alt(_DL['status_markers'])}{_R}", regex.IGNORECASE)
# A run of spaces and tabs (skipped in C: converted tables leave long ones).
_BLANKS = re.compile(r"[ \t]*")
_ITEM_FIRST = frozenset("-+•(")  # the first characters of _ITEM_AFTER's markers, but digits
_MAX_BACK = 400  # characters of a segment considered before a date
_CUE_WINDOW = 60  # a cue ends at the date: only the last characters are searched

# --- recurrences --------------------------------------------------------------------
_FREQ = alt(_REC["frequency_words"])
_UNIT = alt(_REC["units"])
_EACH = alt(_REC["each_words"])
_OF = alt(_REC["of_words"])
_PER = rf"\d{{1,3}}\s*{_UNIT}\s*/\s*{alt(_REC['per_time'])}{_R}"
# "chậm nhất đến ngày cuối cùng của tháng", "trước ngày 20 của tháng cuối quý": a day
# named by its place in every month or quarter (no month number after it).
_DAY_OF_PERIOD = (
    rf"(?:{alt(_DL['before'] + _DL['no_later_than'])})\s+(?:{alt(_DL['until'])}\s+)?{_DAY}\s+"
    rf"(?:\d{{1,2}}|{alt(_REC['last_day'])})\s+{_OF}\s+{alt(_REC['periods_of'])}"
    rf"(?![ \t]*[/.\-]?[ \t]*(?:\d|[IVX]+{_R}|năm{_R}))(?!\p{{L}})")
# A recurring day is a day of the month ("trước ngày 25 hằng tháng"), or after a cue a
# day with its month when the duty is yearly ("trước ngày 15/12 hằng năm", not the end
# of a yearly period: "từ ngày 15/11 đến ngày 15/12 hằng năm"); a period's length may
# follow a periodic word ("định kỳ 6 tháng", but "định kỳ 7 ngày/lần" is a rate); not one
# after a habit word ("sinh hoạt không đúng định kỳ": dates.toml annual_habit_words)
# unless its day follows ("sinh hoạt định kỳ vào ngày 03 hằng tháng").
_DUE_CUES = alt(_DL["before"] + _DL["no_later_than"])
_RECURRENCE = regex.compile(
    rf"{_L}(?:(?P<periodic>(?:(?<!{alt(_DATA['solar']['annual_habit_words'])}\s{{1,3}})"
    rf"{alt(_REC['periodic_words'])}|{alt(_REC['periodic_words'])}"
    rf"(?=\s+(?:{alt(_DATA['solar']['habit_day_leads'])}\s+)?{_DAY}\s+\d))"
    rf"(?:\s+(?:{_FREQ}|\d{{1,2}}\s+{_UNIT}{_R}(?!\s*/)))?(?:\s*,?\s*{_PER})?)"
    rf"|(?P<monthly>(?:(?:{_DUE_CUES})\s+{_DAY}\s+\d{{1,2}}"
    rf"(?:\s*(?:/|{alt([_DATA['solar']['month_word']])})\s*\d{{1,2}})?|{_DAY}\s+\d{{1,2}})"
    rf"\s+(?:{_OF}\s+)?{_FREQ})"
    rf"|(?P<day_of_period>{_DAY_OF_PERIOD})"
    rf"|(?P<freq>{_FREQ}(?:\s*,?\s*{_PER})?)"
    rf"|(?P<per>(?:{_EACH}\s+)?{_PER}))",
    regex.IGNORECASE,
)
_MERGE_GAP = 120
_REC_BACK, _REC_AHEAD = 40, 60  # window around a key word
# The day a recurring duty falls on, written right after it: "hằng năm (trước ngày 15 tháng 11)".
# A day with its year is one sitting, no recurring day ("tiếp công dân định kỳ ngày
# 15/7/2025"), and a bracket taken must close right after the day (not "vào ngày 15 hằng
# tháng (ngày 15/01/2026, ...)", a list of the sittings; not "(trước ngày 15 của tháng
# cuối quý)", whose day the bracket's rest names).
_REC_DAY = (
    rf"(?:{alt(_DL['before'])}\s+)?{_DAY}\s+\d{{1,2}}"
    rf"(?:\s*(?:/|{alt([_DATA['solar']['month_word']])})\s*\d{{1,2}})?(?![ \t]*[/.\-]?[ \t]*\d)")
_REC_DAY_AFTER = regex.compile(
    rf"\s{{0,3}}(?:\(\s{{0,2}}{_REC_DAY}\s{{0,2}}\)|{_REC_DAY})", regex.IGNORECASE)
_DUTY = regex.compile(rf"{_L}{alt(_REC['duty_verbs'])}{_R}", regex.IGNORECASE)
# A clock time a duty is due by, right before a frequency word: the duty's own time
# ("gửi báo cáo ... trước 09 giờ 00 hằng ngày"), however far its verb stands.
_CLOCK_DUE = regex.compile(
    rf"{_L}(?:{alt(_DL['before'] + _DL['no_later_than'])})\s+\d{{1,2}}\s*(?:giờ|h){_R}"
    rf"(?:\s*\d{{1,2}}(?:\s*phút{_R})?)?(?:\s+(?:sáng|chiều|tối){_R})?[ \t]*$",
    regex.IGNORECASE)


class _Finder:
    """A pattern with the words it can start with, searched through
    :mod:`vbcd.extract.textscan` (only where a match can begin) on common text."""

    def __init__(
        self, pattern: regex.Pattern[str], *words: list[str], extra: tuple[str, ...] = ()
    ) -> None:
        self.pattern = pattern
        self.starts = Starts([w for ws in words for w in ws], extra=extra)

    def search(self, text: str, common: bool, pos: int = 0) -> regex.Match[str] | None:
        low = text.lower() if common else None
        return textscan.search(self.pattern, self.starts, text, low, pos)

    def all(self, text: str, common: bool) -> list[regex.Match[str]]:
        return textscan.finditer(self.pattern, self.starts, text, text.lower() if common else None)

    def last(self, text: str, common: bool) -> regex.Match[str] | None:
        found = self.all(text, common)
        return found[-1] if found else None


_CUE_WORDS = [w for k in _CUE_KINDS for w in _DL[k]]
_F_CUE_END = _Finder(_CUE_END, _CUE_WORDS)
# The last words of the cues, and the day word that may stand between a cue and its date.
_CUE_LAST = tuple(sorted({w.split()[-1].casefold() for w in _CUE_WORDS}))
_DAY_WORD = _DATA["solar"]["day_words"][0].casefold()
_NEGATIVE_LAST = tuple(sorted({w.split()[-1].casefold() for w in _DL["negative_prefixes"]}))
_CUTOFF_LAST = tuple(sorted({w.split()[-1].casefold() for w in _DL["cutoff_prefixes"]}))
_COLON_SPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0,:"
_F_NEGATIVE_END = _Finder(_NEGATIVE_END, _DL["negative_prefixes"])
_F_CUTOFF_END = _Finder(_CUTOFF_END, _DL["cutoff_prefixes"])
_VALIDITY_LAST = tuple(sorted({w.split()[-1].casefold() for w in _DL["validity_prefixes"]}))
_F_VALIDITY_END = _Finder(_VALIDITY_END, _DL["validity_prefixes"])
_F_TERM_LABEL_END = _Finder(_TERM_LABEL_END, [_DL["term_label"]])
_F_VERB = _Finder(_VERB, _DL["completion_verbs"])
_F_NOT_VERB = _Finder(_NOT_VERB, _DL["verb_exclusions"])
_F_TARGET = _Finder(_TARGET, _DL["target_verbs"])
_F_DESCRIPTIVE = _Finder(_DESCRIPTIVE, _DL["descriptive_markers"])
_F_DESCRIPTIVE_EXCEPTION = _Finder(_DESCRIPTIVE_EXCEPTION, _DL["descriptive_exceptions"])
_F_PERIOD_OPEN = _Finder(_PERIOD_OPEN, _DL["period_openers"])
_F_WINDOW_ACT = _Finder(_WINDOW_ACT, _DL["window_acts"])
_F_COMPLETION_LABEL = _Finder(_COMPLETION_LABEL, _DL["completion_labels"])
_F_LABEL_HEAD = _Finder(_LABEL_HEAD, _DL["completion_labels"])
_F_EXECUTION_LABEL = _Finder(_EXECUTION_LABEL, _DL["execution_labels"])
_F_SCOPE = _Finder(_SCOPE, _DL["scope_openers"])
_F_PLAIN_TET = _Finder(_PLAIN_TET, _DL["before"])
# what opens a recurrence: a periodic, frequency or "each" word; "[trước] ngày 25 ..."
# (a monthly duty); "3 tiếng/lần"
_DAY_NUMBER = rf"{regex.escape(_DATA['solar']['day_words'][0].casefold())}\s+[0-9]"
_F_RECURRENCE = _Finder(
    _RECURRENCE, _REC["periodic_words"], _REC["frequency_words"], _REC["each_words"],
    _DL["before"], _DL["no_later_than"],
    extra=(
        _DAY_NUMBER,
        *(textscan.phrase(w) + r"\s+" + _DAY_NUMBER for w in _DL["before"]),
        r"[0-9]{1,3}\s*(?:" + "|".join(textscan.phrase(u) for u in _REC["units"]) + r")\s*/",
    ),
)
_F_DUTY = _Finder(_DUTY, _REC["duty_verbs"])
# "chậm nhất là 65 ngày trước ngày bầu cử (ngày ": a term counted from an event, then
# the bracket that gives its day (see ``relative_units`` in dates.toml); or, with no
# count, the event itself ("hoàn thành trước ngày lễ khai mạc (ngày "; an event's name
# holds no date, so no slash)
_BRACKET_FILLERS = alt(_DL["relative_bracket_fillers"])
_RESTATEMENTS = alt(_DL["relative_restatements"])
_RELATIVE_TERM = regex.compile(
    rf"{_L}(?:(?P<no_later_than>{alt(_DL['no_later_than'])})|(?P<before>{alt(_DL['before'])}))"
    rf"\s+(?:\d{{1,3}}\s+{alt(_DL['relative_units'])}\s+{alt(_DL['relative_anchors'])}{_R}"
    rf"[^()\n;]{{0,80}}"
    rf"|(?:{alt(_DL['before'])}\s+)?(?P<event>{alt(_DL['relative_events'])}){_R}[^()\n;/]{{0,80}})"
    rf"(?:\(\s*(?:(?:{_BRACKET_FILLERS}|{_RESTATEMENTS})\s+)?|[,\-–]\s*{_RESTATEMENTS}\s+)"
    rf"(?:{_DAY}\s*)?$",
    regex.IGNORECASE,
)
_F_RELATIVE_TERM = _Finder(_RELATIVE_TERM, _DL["no_later_than"], _DL["before"])
#: The bracket's filler words, longest first, folded (for the quick test).
_BRACKET_FILLER_WORDS = tuple(sorted(
    (w.casefold() for w in _DL["relative_bracket_fillers"]), key=len, reverse=True))
#: The restating words, longest first, folded: they may follow a comma or a dash too.
_RESTATE_WORDS = tuple(sorted(
    (w.casefold() for w in _DL["relative_restatements"]), key=len, reverse=True))
_BRACKET_TAIL = 24  # characters before a date that may hold "(dự kiến vào ngày "
_RELATIVE_BACK = 160  # characters before a bracketed date a relative term may take


class _Segments:
    """Segment starts, found by looking back from a position.

    They are the ends of the ``_BOUNDARY`` matches, but a forward scan of the whole
    text costs as much as the rest of the stage, while a deadline needs only the
    last boundary before each of its dates, at most ``_MAX_BACK`` characters back.
    Every ``;``, ``!``, ``?`` is a boundary; a ``.`` is one when a space or two
    letters follow; a line break ends one when it closes a blank line
    (``\\n[ \\t]*\\n``: breaks pair up from the first of a run, as the forward
    scan takes them) or, unpaired, when a list item follows.
    """

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._second: dict[int, bool] = {}  # line break -> second of a pair?
        self._ends: dict[int, bool] = {}  # "." or line break -> does a boundary end after it?

    def start(self, pos: int) -> int:
        """Start of the segment holding ``pos``: the last boundary before it, at
        most ``_MAX_BACK`` characters back."""
        text = self.folded
        floor = max(0, pos - _MAX_BACK)
        best = floor
        for ch in ";!?":
            k = text.rfind(ch, floor, pos)
            if k >= best:
                best = k + 1
        ends = self._ends
        k = text.rfind(".", best, pos)
        while k >= 0:
            found = ends.get(k)
            if found is None:
                found = ends[k] = _AFTER_DOT.match(text, k + 1) is not None
            if found:
                best = k + 1
                break
            k = text.rfind(".", best, k)
        k = text.rfind("\n", best, pos)
        while k >= 0:
            found = ends.get(k)
            if found is None:
                found = ends[k] = self._ends_boundary(k)
            if found:
                best = k + 1
                break
            k = text.rfind("\n", best, k)
        return best

    def _ends_boundary(self, k: int) -> bool:
        """Does the boundary scan end a match right after the line break at ``k``?"""
        if self._is_second(k):
            return True
        text = self.folded
        j = _BLANKS.match(text, k + 1).end()  # type: ignore[union-attr]  # (always matches)
        if j < len(text) and text[j] == "\n":
            return False  # the first of a pair: the match ends after the next one
        # an item marker starts with a bullet, "(", a digit, or a letter before ")":
        # only then is the pattern worth asking (most lines go on with a word)
        ch = text[j:j + 1]
        if ch in _ITEM_FIRST or ch.isdecimal() or text[j + 1:j + 2] == ")":
            return _ITEM_AFTER.match(text, k + 1) is not None
        return False

    def _is_second(self, k: int) -> bool:
        """Is the line break at ``k`` the second of a pair in its run of breaks?"""
        text, memo = self.folded, self._second
        run = []  # breaks of the run, from ``k`` back, until a known one or its start
        known = False
        at: int | None = k
        while at is not None:
            if at in memo:
                known = memo[at]
                break
            run.append(at)
            p = at - 1
            while p >= 0 and text[p] in " \t":
                p -= 1
            at = p if p >= 0 and text[p] == "\n" else None
        else:
            known = True  # the run starts with ``run[-1]``, a first: pretend a second before
        for at in reversed(run):
            known = not known
            memo[at] = known
        return memo[k]


def _target(d: DateMention) -> str | None:
    """The day a mention sets as deadline: the day itself, or the end of a period."""
    if d.precision in ("day", "datetime"):
        return d.value
    if d.precision in ("month", "quarter", "half", "year"):
        return d.interval_end
    return None


def _is_period(d: DateMention) -> bool:
    return d.precision in ("month", "quarter", "half", "year")


def _blank_mentions(text: str, start: int, mentions: Sequence[DateMention]) -> str:
    """``text`` (which starts at ``start``) with the date mentions in it removed."""
    out = []
    pos = start
    for m in mentions:
        if m.end <= start or m.start >= start + len(text):
            continue
        a, b = max(m.start, start), min(m.end, start + len(text))
        out.append(text[pos - start:a - start])
        pos = b
    out.append(text[pos - start:])
    return "".join(out)


def _scope(ctx: _Ctx, seg_start: int, start: int) -> str | None:
    """``riêng đối với X hoàn thành ...`` -> ``X``: the part of the duty a deadline
    narrows, in the segment from ``seg_start`` to the cue at ``start``; none when a
    date ends right before the opener, which is then the tail of an earlier deadline
    (``xong trước ngày A đối với X, xong trước ngày B``)."""
    seg = ctx.text[seg_start:start]
    found = _F_SCOPE.last(seg, ctx.common)
    if found is None or _ends_mention(ctx, seg_start + found.start()):
        return None
    return _scope_words(seg[found.end():], ctx.common)


def _scope_words(rest: str, common: bool) -> str | None:
    """The scope's words at the start of ``rest``: up to a comma or colon outside
    brackets, or a completion verb."""
    depth = 0
    end = len(rest)
    for i, ch in enumerate(rest):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",:":
            end = i
            break
    verb = _F_VERB.last(rest[:end], common)
    if verb is not None:
        end = min(end, verb.start())
    scope = rest[:end].strip(" \n\t,;:")
    return " ".join(scope.split()) or None


#: A scope right after a deadline's date, up to the end of its phrase.
_TRAILING_SCOPE = regex.compile(
    rf"[ \t]*,?[ \t\n]*{_L}(?:{alt(_DL['scope_openers'])}){_R}[ \t\n]*(?P<rest>[^;.\n]{{1,120}})",
    regex.IGNORECASE,
)


def _trailing_scope(ctx: _Ctx, end: int) -> str | None:
    """``xong trước ngày 01/5/2026 đối với chi phí năm 2023, ...`` -> ``chi phí năm 2023``:
    a scope written after the date it narrows."""
    m = _TRAILING_SCOPE.match(ctx.folded, end)
    if m is None:
        return None
    return _scope_words(ctx.text[m.start("rest"):m.end("rest")], ctx.common)


#: What after a date makes it a condition's: ``... trước ngày 01/7/2026 thì ...``.
_CONDITION_AFTER = regex.compile(
    rf"[ \t]*,?[ \t\n]*{_L}{alt(_DL['condition_followers'])}{_R}", regex.IGNORECASE)

_START_END = attrgetter("start", "end")


class _Ctx:
    """What every check needs: the text, its folded copy, the mentions and segments."""

    def __init__(self, text: str, dates: Sequence[DateMention], match: str | None,
                 issued: str | None = None) -> None:
        self.text = text
        self.issued = issued  # the issue date (ISO), when known
        self.folded = textscan.folded(text, match)
        # on common text, patterns are tried only where their first words are
        self.low = textscan.prepared(self.folded).low
        self.common = self.low is not None
        self.dates = sorted(dates, key=_START_END)
        self.starts = [d.start for d in self.dates]
        self.segments = _Segments(self.folded)

    def mention_at(self, pos: int) -> DateMention | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.dates[i].start == pos:
            return self.dates[i]
        return None

    def next_mention(self, pos: int) -> DateMention | None:
        i = bisect_right(self.starts, pos - 1)
        return self.dates[i] if i < len(self.dates) else None


def _range_start(ctx: _Ctx, d: DateMention) -> bool:
    """Is ``d`` the first end of a range (``X đến Y``, ``X - Y``)?"""
    after = _RANGE_AFTER.match(ctx.folded, d.end)
    if after is None:
        return False
    nxt = ctx.next_mention(after.end())
    return nxt is not None and nxt.start <= after.end() + 8


def _last_clause(text: str) -> str:
    """The part of ``text`` after its last comma or opening bracket (at most 60 chars)."""
    cut = max(text.rfind(","), text.rfind("("))
    return text[cut + 1:][-60:]


def _descriptive(before: str, common: bool) -> bool:
    """Does the last clause of ``before`` (the text before a cue) hold a descriptive
    marker outside the phrases that qualify a cited rule (``đã quy định tại ...``) and
    not only opening a relative clause (``nộp lại số tiền đã nhận trước ngày ...``)?"""
    text = _last_clause(before)
    found = _F_DESCRIPTIVE.all(text, common)
    if not found:
        return False
    spared = {m.start() for m in _F_DESCRIPTIVE_EXCEPTION.all(text, common)}
    clause = before[max(before.rfind(","), before.rfind("(")) + 1:]
    offset = len(clause) - len(text)
    return any(m.start() not in spared
               and not _relative(clause, offset + m.start(), offset + m.end())
               for m in found)


def _relative(clause: str, start: int, end: int) -> bool:
    """Does the marker at ``start..end`` of ``clause`` only open a relative clause, the
    task being in force: after an obligation word (``có trách nhiệm nộp lại số tiền đã
    nhận cho Sở``), or before a completion verb past the verb it governs (``Các đơn vị đã
    đăng ký thi đua gửi báo cáo``, not ``đã gửi báo cáo`` nor ``đã họp và báo cáo``)?
    Never when the cue follows the verb it governs (``tổng hợp hồ sơ đã nộp trước ...``)."""
    if clause[start:end].casefold() not in _RELATIVE_MARKERS:
        return False
    governed = _RELATIVE_VERB.match(clause, end)
    if governed is None or not clause[governed.end():].strip():
        return False  # "hồ sơ đã nộp trước ngày ...": the cue follows the marker's verb
    if _OBLIGATION.search(clause, 0, start) is not None:
        return True
    if _VERB.match(clause, governed.start("verb")) is not None:
        return False
    verb = _VERB.search(clause, governed.end())
    return (verb is not None and _NOT_VERB.search(clause, governed.end(), verb.end()) is None
            and _RELATIVE_BREAK.search(clause, governed.end(), verb.start()) is None)


def _has_verb(text: str, common: bool) -> bool:
    """Does ``text`` hold a completion verb that is not part of a noun compound?"""
    verbs = _F_VERB.all(text, common)
    if not verbs:
        return False
    nouns = [(m.start(), m.end()) for m in _F_NOT_VERB.all(text, common)]
    return any(not any(a <= m.start() < b for a, b in nouns) for m in verbs)


def _ends_mention(ctx: _Ctx, pos: int) -> bool:
    """Does a date mention end right before ``pos`` (spaces aside)?"""
    return _mention_before(ctx, pos) is not None


def _mention_before(ctx: _Ctx, pos: int) -> DateMention | None:
    """The date mention that ends right before ``pos`` (spaces aside), if any."""
    i = bisect_right(ctx.starts, pos) - 1
    if i >= 0 and ctx.folded[ctx.dates[i].end:pos].strip() == "":
        return ctx.dates[i]
    return None


def _closes_range(ctx: _Ctx, pos: int, cue: str, d: DateMention) -> bool:
    """Does the cue at ``pos`` (``đến hết``) close a range that a mention right before it
    opens (``từ 19 giờ ngày 24/7 đến hết ngày 26/7``)? Only a range word can, and a
    year does not open a range to a day: in ``quyết toán ngân sách năm 2025 đến hết ngày
    31/01/2026`` or ``báo cáo năm 2025 chậm nhất ngày ...`` the year names the object."""
    if not cue.lstrip().casefold().startswith(_UNTIL_FIRST):
        return False
    first = _mention_before(ctx, pos)
    if first is None:
        return False
    return not (first.precision == "year" and d.precision in ("day", "datetime"))


def _label_kind(ctx: _Ctx, d: DateMention, seg_start: int) -> str | None:
    """``by`` when a plan-table label governs ``d``; ``None`` otherwise."""
    pre = ctx.folded[seg_start:d.start]
    if ":" not in pre and _COPULA.search(pre) is None:
        # labels end with a colon or a copula
        return "by" if _list_label(ctx, d, seg_start) else None
    label = _F_COMPLETION_LABEL.last(pre, ctx.common)
    if label is not None:
        between = _blank_mentions(pre[label.end():], seg_start + label.end(), ctx.dates)
        if _FILLERS_RANGE.match(between) and not _range_start(ctx, d):
            return "by"
    execution = _F_EXECUTION_LABEL.last(pre, ctx.common)
    if execution is not None and _is_period(d) and not _range_start(ctx, d):
        between = pre[execution.end():]
        if _FILLERS.match(between):
            return "within"
    return "by" if _list_label(ctx, d, seg_start) else None


def _list_label(ctx: _Ctx, d: DateMention, seg_start: int) -> bool:
    """Is ``d`` the whole value of a bulleted item under a completion label heading
    (``Thời gian hoàn thành ... như sau:`` then ``- Vùng A: cuối năm 1982;``)? The item
    is its own segment, so the label is looked for before it, in the same paragraph."""
    folded = ctx.folded
    if seg_start == 0 or folded[seg_start - 1] != "\n":
        return False  # the segment does not open with a line (so with no bullet)
    lead = _BULLET_LEAD.match(folded, seg_start, d.start)
    if lead is None or lead.end() == seg_start:
        return False
    between = _blank_mentions(folded[lead.end():d.start], lead.end(), ctx.dates)
    if not _FILLERS.match(between) or _range_start(ctx, d):
        return False
    lo = max(0, seg_start - _MAX_BACK)
    head = _F_LABEL_HEAD.last(folded[lo:seg_start], ctx.common)
    return head is not None and _LIST_BREAK.search(folded, lo + head.end(), seg_start) is None


def _may_end_with_cue(tail: str) -> bool:
    """Whether ``tail`` (lower case) can end with a cue, then spaces, commas or colons
    and perhaps the day word: the shape :data:`_CUE_END` needs. A quick test on common
    text that spares the cue search for the many dates no cue precedes."""
    bare = tail.rstrip(_COLON_SPACE)
    if bare.endswith(_CUE_LAST):
        return True
    bare = tail.rstrip()
    if bare.endswith(_DAY_WORD):
        bare = bare[:-len(_DAY_WORD)].rstrip(_COLON_SPACE)
        if bare.endswith(_CUE_LAST):
            return True
    if not bare.rstrip(" \t\n,(").endswith(_DAY_LEAD_LAST):
        clock = _CLOCK_TAIL.search(bare[-_CLOCK_REACH:])
        return clock is not None and _may_end_with_cue(
            bare[:len(bare) - min(len(bare), _CLOCK_REACH) + clock.start()])
    lead = _DAY_LEAD_END.search(tail)  # "trước thứ Tư ngày ": look past the weekday
    return lead is not None and _may_end_with_cue(tail[:lead.start()])


def _negative_end(text: str, common: bool) -> bool:
    """Does ``text`` end with a negative prefix (``tính``, ``giai đoạn``, ...)? On common
    text, only when its last word ends one of them is the pattern worth asking."""
    if common and not text.rstrip().lower().endswith(_NEGATIVE_LAST):
        return False
    return _F_NEGATIVE_END.search(text, common) is not None


def _validity_end(text: str, cue: str, common: bool) -> bool:
    """Does ``text`` end with a validity word (``áp dụng``, ``có hiệu lực``) or a right's
    term label (``Thời hạn thuê đất:``) before an ``until`` cue (``đến hết``)? Then the
    date ends the rule's validity or the right. Checked like :func:`_negative_end`,
    after a test of the cue's first word."""
    if not cue.lstrip().casefold().startswith(_UNTIL_FIRST):
        return False
    if _F_TERM_LABEL_END.search(text, common) is not None:
        return True
    if common and not text.rstrip().lower().endswith(_VALIDITY_LAST):
        return False
    return _F_VALIDITY_END.search(text, common) is not None


def _cutoff_end(text: str, common: bool) -> bool:
    """Does ``text`` end with a data cutoff word (``số liệu``, ``cập nhật``)? Checked
    like :func:`_negative_end`."""
    if common and not text.rstrip().lower().endswith(_CUTOFF_LAST):
        return False
    return _F_CUTOFF_END.search(text, common) is not None


def _leads_task(ctx: _Ctx, before_cue: str, d: DateMention) -> bool:
    """Does ``trong <period>`` open its item, then a colon or comma and a completion verb
    (a plan's timeline: ``- Trong tháng 7/2026: Hoàn thành việc xây dựng đề án``)? The
    verb must come first, with no subject: a report's ``Trong tháng 5, toàn tỉnh hoàn
    thành ...`` tells what was done."""
    if _ITEM_LEAD.fullmatch(before_cue) is None:
        return False
    gap = _TASK_GAP.match(ctx.folded, d.end)
    if gap is None:
        return False
    verb = _VERB.match(ctx.folded, gap.end())
    return verb is not None and _NOT_VERB.match(ctx.folded, gap.end()) is None


def _cue_kind(ctx: _Ctx, d: DateMention, seg_start: int) -> tuple[str, int] | None:
    """The deadline kind and cue start for ``d``, or ``None``."""
    pre = ctx.folded[seg_start:d.start]
    tail = max(0, len(pre) - _CUE_WINDOW)
    common = ctx.common
    if common and not _may_end_with_cue(pre[tail:].lower()):
        return None
    cue = _F_CUE_END.search(pre, common, tail)
    if cue is None:
        return None
    kind = next(k for k in _CUE_KINDS if cue.group(k) is not None)
    if (kind == "period_end" or cue.group("end_word") is not None) and not _is_period(d):
        return None  # "cuối" names the end of a period, not of a day
    if (cue.group("lead") or cue.group("lead2")) and _is_period(d):
        return None  # a weekday or a part of the day names a day
    before_cue = pre[:cue.start()]
    if _negative_end(before_cue, common) or _descriptive(before_cue, common):
        return None
    if kind not in _TERM_KINDS and _cutoff_end(before_cue, common):
        return None  # "số liệu đến ngày 30/6": data as of a day
    if _validity_end(before_cue, cue.group(0), common):
        return None  # "áp dụng đến hết ngày 31/12/2026": a rule's validity
    after_range = _RANGE_WORD_END.search(before_cue[-12:]) is not None
    closes = kind == "until" or (kind in ("before", "no_later_than") and after_range) or (
        kind == "no_later_than" and cue.group(0).lstrip().casefold().startswith(_UNTIL_FIRST))
    opener = _F_PERIOD_OPEN.last(before_cue, common) if closes else None
    window = opener is not None and _window_close(before_cue, opener.start(), common, d)
    if opener is not None and not window:
        # "từ ngày ... đến (hết, trước, chậm nhất) ngày ...": the end of a period; but
        # "nộp hồ sơ từ ngày X, chậm nhất là ngày Y": the window's close is the term
        return None
    if kind == "no_later_than" and not window and _closes_range(
            ctx, seg_start + cue.start(), cue.group(0), d):
        return None  # "từ 19 giờ ngày 24/7 đến hết ngày 26/7": a period's end
    if kind in ("within", "period_end") and not _has_verb(before_cue, common) and not (
            kind == "within" and (_leads_task(ctx, before_cue, d)
                                  or _fronted_term(ctx, before_cue, d)
                                  or (_is_period(d) and _opens_event(before_cue)))):
        return None
    if kind == "period_end":
        if _FROM_END.search(before_cue[-12:]) is not None:
            return None  # "gửi báo cáo từ đầu tháng 12/2025": a period's start
        kind = "by"  # "hoàn thành ... cuối năm 2021": done by the end of the year
    if kind == "until":
        last = _last_clause(before_cue)
        if d.precision not in ("day", "datetime") or not (
                window or _has_verb(last, common) or _F_TARGET.search(last, common)
                or _fronted_duty(ctx, before_cue, d) or _target_after(ctx, last, d)):
            return None
        if not window and _ends_mention(ctx, seg_start + cue.start()):
            return None  # the end of "X đến Y": a period, not a deadline
        kind = "by"
    if _range_start(ctx, d):
        return None
    assert kind is not None
    return kind, seg_start + cue.start()


def _window_close(before_cue: str, opens: int, common: bool, d: DateMention) -> bool:
    """Does the cue close an application window (a day, opened by ``từ`` after an act
    such as ``nộp``, ``đăng ký``, ``nhận hồ sơ`` in the same clause: ``Thí sinh nộp hồ sơ
    từ ngày 25/3 đến hết ngày 23/4/2024``, ``Thời gian nhận hồ sơ: từ ...``)? Then its
    date is the last day to act (``opens``: where the window's opener starts in
    ``before_cue``). Not in a report's past (``hồ sơ đã nhận từ ...``), nor
    for an act made a noun (``Kiểm tra việc nộp thuế từ ... đến ...``: the period checked)
    or a campaign's (``mở đợt cao điểm thu nhận hồ sơ từ ... đến ...``)."""
    if d.precision not in ("day", "datetime"):
        return False
    head = before_cue[max(0, opens - _WINDOW_REACH):opens]
    bracket = head.rfind("(")
    cut = max(head.rfind(","), bracket if head.find(")", bracket) < 0 else -1)
    head = head[cut + 1:]  # the clause (a closed bracket, ``(BIDV)``, is no break)
    act = _F_WINDOW_ACT.search(head, common)
    return (act is not None
            and _WINDOW_NOUN_END.search(head[max(0, act.start() - 12):act.start()]) is None
            and _WINDOW_CAMPAIGN.search(head, 0, act.start()) is None
            and not _descriptive(head, common))


def _opens_event(before_cue: str) -> bool:
    """Does ``before_cue`` (the segment up to a ``trong`` cue before a period: ``trong dịp
    26/3`` is the event's day, no term) open with an event verb, as
    an order without a subject does (``; tổ chức diễn tập`` / ``chữa cháy ...``), or one
    of its lines, under a heading (``3. Tập huấn`` / ``Tổ chức 02 lớp ...``)? A line must
    open with a marker or a capital: a wrapped sentence's ``các`` / ``tổ chức, cá nhân``
    goes on."""
    if _EVENT_OPEN.match(before_cue) is not None:
        return True
    k = before_cue.find("\n")
    while k >= 0:
        m = _EVENT_OPEN.match(before_cue, k + 1)
        if m is not None and (m.group("lead").strip() or before_cue[m.start("verb")].isupper()):
            return True
        k = before_cue.find("\n", k + 1)
    return False


def _fronted_main(ctx: _Ctx, before_cue: str, d: DateMention) -> str | None:
    """The main clause after a cue and its date that open their item and a comma
    (``Đến ngày 31/12/2025, <main>``), when it tells no past nor a status (``toàn tỉnh
    đã giải ngân 62,5%``, ``UBND các xã chưa hoàn thành ...``); else ``None``."""
    if _ITEM_LEAD.fullmatch(before_cue) is None:
        return None
    after = _FRONTED_MAIN.match(ctx.folded, d.end)
    if after is None:
        return None
    main = after.group("main")
    if _F_DESCRIPTIVE.all(main, ctx.common) or _STATUS.search(main) is not None:
        return None
    return main


def _target_after(ctx: _Ctx, last: str, d: DateMention) -> bool:
    """Does a target's verb follow the day ``d`` of a plain ``đến ngày`` at once (``đến
    ngày 30/6/2026 đạt tối thiểu 50% kế hoạch năm``), the day not before the issue
    date and the clause before (``last``) no estimate (``Ước thu ...``)? A report's day
    already past tells a status, no term."""
    target = _target(d)
    return (ctx.issued is not None and target is not None
            and _TARGET_AFTER.match(ctx.folded, d.end) is not None
            and not _before(target, ctx.issued) and _ESTIMATE.search(last) is None)


def _fronted_duty(ctx: _Ctx, before_cue: str, d: DateMention) -> bool:
    """Does a plain ``đến ngày <d>`` open its item, then a comma and a duty (``Đến ngày
    31/12/2025, các chủ đầu tư phải hoàn thành giải ngân ...``): an obligation word or a
    completion verb in the main clause, which tells no past (see :func:`_fronted_main`;
    ``tỷ lệ giải ngân đạt 45%`` has no duty)?"""
    main = _fronted_main(ctx, before_cue, d)
    return main is not None and (
        _OBLIGATION.search(main) is not None or _has_verb(main, ctx.common))


def _fronted_term(ctx: _Ctx, before_cue: str, d: DateMention) -> bool:
    """Does ``trong <period>`` open its item, then a comma and a subject's duty: an
    obligation word (``Trong tháng 01/2026, các chủ đầu tư phải hoàn thành việc quyết
    toán``), or a completion verb for a period that starts after the issue date
    (``Trong quý I/2026, Sở Xây dựng hoàn thành ...`` in a November letter)? A report's
    ``Trong năm 2025, toàn tỉnh hoàn thành 120 công trình`` speaks of a period under
    way or past; :func:`_leads_task` takes the subjectless ``Trong tháng 7: Hoàn thành``."""
    main = _fronted_main(ctx, before_cue, d)
    if main is None:
        return False
    if _OBLIGATION.search(main) is not None:
        return True
    return (ctx.issued is not None and d.interval_start is not None
            and d.interval_start > ctx.issued and _has_verb(main, ctx.common))


def _opens_bracket(tail: str) -> bool:
    """Whether ``tail`` (lower case) ends with an opening bracket, perhaps then the day
    word: where a relative term's day is given (quick test before the pattern)."""
    bare = tail.rstrip()
    if bare.endswith(_DAY_WORD):
        bare = bare[:-len(_DAY_WORD)].rstrip()
    for word in _RESTATE_WORDS:
        if bare.endswith(word):
            # ``, tức ngày``: the term restated as its day, bracketed or not
            return bare[:-len(word)].rstrip().endswith(("(", ",", "-", "–"))
    for filler in _BRACKET_FILLER_WORDS:
        if bare.endswith(filler):
            bare = bare[:-len(filler)].rstrip()
            break
    return bare.endswith("(")


def _relative_term(ctx: _Ctx, d: DateMention, seg_start: int) -> tuple[str, int] | None:
    """The kind and cue start when ``d`` gives, in brackets, the day of a term counted
    from an event (``chậm nhất là 65 ngày trước ngày bầu cử (ngày 09/01/2026)``) or of
    the event itself (``hoàn thành trước ngày lễ khai mạc (ngày 21/4/2026)``): the term
    is the cue, ``d`` its deadline. Not the first day of a bracketed range; an event
    needs a task before it (a completion verb) and a day, not a month."""
    start = max(seg_start, d.start - _RELATIVE_BACK)
    pre = ctx.folded[start:d.start]
    if not _opens_bracket(pre[-_BRACKET_TAIL:].lower()):
        return None
    term = _F_RELATIVE_TERM.search(pre, ctx.common)
    if term is None or _range_start(ctx, d):
        return None
    before_term = ctx.folded[seg_start:start + term.start()]
    if _negative_end(before_term, ctx.common) or _descriptive(before_term, ctx.common):
        return None
    kind = "no_later_than" if term.group("no_later_than") else "before"
    # the verb may end the cue itself ("hoàn thành trước", "xong trước")
    if term.group("event") is not None and (d.precision not in ("day", "datetime") or not (
            _has_verb(before_term + term.group(kind), ctx.common))):
        return None  # "Trước kỳ họp (ngày 10/12/2025), Thường trực đã ...": no task
    return kind, start + term.start()


def find_deadlines(
    text: str,
    dates: Sequence[DateMention],
    clause_at: Callable[[int], str | None] = lambda _: None,
    *,
    match: str | None = None,
    issued: str | None = None,
) -> tuple[list[Deadline], list[Recurrence]]:
    """Deadlines set by the date mentions of ``text``, and the recurring duties in it.

    ``dates`` are the mentions of :func:`~vbcd.extract.dates.find_dates` on the same
    text; ``clause_at(offset)`` returns the path of the clause at an offset (the caller
    knows the clause tree). A deadline's span runs from its cue to the end of its date.
    ``match``: the tone-folded copy of ``text`` when the caller has it. ``issued``: the
    document's issue date (ISO); a deadline written without a year that would fall
    well before it (``trước ngày 15 tháng 01`` in a June document) is next year's, and
    one dated more than a year before it is history (``những người hoạt động cách mạng
    trước ngày 01 tháng 01 năm 1945``), not a deadline; a ``trong <period>`` that ended
    before it tells what was done then (a report's ``hoàn thành trong tháng 3/2026``).
    """
    if not text:
        return [], []
    ctx = _Ctx(text, dates, match, issued)
    recurrences = _recurrences(ctx, clause_at)
    rec_spans = [(r.start, r.end) for r in recurrences]
    out: list[Deadline] = []
    folded = ctx.folded
    last: DateMention | None = None  # the mention of the last deadline found
    for d in ctx.dates:
        target = _target(d)
        if target is None or any(a <= d.start < b for a, b in rec_spans):
            continue
        if last is not None and out and out[-1].end == last.end and _listed(ctx, last, d):
            # "trước ngày 15/6/2026 và ngày 15/12/2026": the cue's second term
            if d.resolved_year and issued is not None:
                target = _after_issue(target, issued)
            out.append(_deadline(ctx, out[-1].kind, d.start, d.end, target,
                                 ctx.segments.start(d.start), clause_at))
            last = d
            continue
        # most dates have neither a cue right before them nor a label's colon in the
        # _MAX_BACK characters a segment may hold: tell them apart before looking
        # for the segment (a longer stretch than the segment's passes both tests
        # whenever the segment does)
        if (
            ctx.common and ":" not in folded[max(0, d.start - _MAX_BACK):d.start]
            and not _may_end_with_cue(folded[max(0, d.start - _CUE_WINDOW):d.start].lower())
            and not _opens_bracket(folded[max(0, d.start - _BRACKET_TAIL):d.start].lower())
        ):
            continue
        seg_start = ctx.segments.start(d.start)
        if d.resolved_year and (any(seg_start <= a < d.start for a, _ in rec_spans)
                                or _recurs_after(folded, d, rec_spans)):
            continue  # "định kỳ hằng năm báo cáo ... trước ngày 15 tháng 12": yearly
        found = _cue_kind(ctx, d, seg_start)
        if found is not None and _CONDITION_AFTER.match(folded, d.end) is not None:
            continue  # "dự án được phê duyệt trước ngày 01/7/2026 thì ...": a condition
        if found is None:
            found = _relative_term(ctx, d, seg_start)
        if found is None:
            label = _label_kind(ctx, d, seg_start)
            if label is None:
                continue
            found = (label, d.start)
        kind, start = found
        if _is_period(d):
            part = _part_target(ctx, d, start, target)
            if part is None:
                continue  # "đầu năm 2026": a part of a year or a quarter names no day
            target = part
        if d.resolved_year and issued is not None:
            target = _after_issue(target, issued)
            if kind == "within" and _is_period(d) and _before(target, issued):
                # a year-less period already over at the signing, within the grace
                # that keeps a day in its year: "nghe báo cáo kết quả ... trong quý I"
                # in an April notice reports it, sets no term
                continue
        elif issued is not None and _long_before(target, issued):
            continue  # ``trước ngày 01 tháng 01 năm 1945``: who is meant, not a deadline
        elif (kind == "within" or (
                (_is_period(d) or folded[start:start + 5].casefold().startswith(_UNTIL_FIRST))
                and _opens_segment(folded, seg_start, start))
              ) and issued is not None and _before(target, issued):
            # a report's "dự án hoàn thành trong tháng 3/2026": a past event; a period
            # over before the signing that opens its sentence is where a status stands
            # ("Đến hết tháng 7 năm 2025, tỷ lệ giải ngân ... còn thấp" in an August
            # notice), under any cue, and so is a past day after a fronted "Đến" ("Đến
            # ngày 30/6/2025, số tiền chậm đóng BHXH là ..." in a July report; not
            # "...; hoàn thành trước ngày 25/02/2026" in a plan signed late)
            continue
        out.append(_deadline(ctx, kind, start, d.end, target, seg_start, clause_at))
        last = d
    out.extend(_plain_tet(ctx, clause_at))
    out.sort(key=lambda x: (x.start, x.end))
    named = {d.start for d in out if d.scope and _TRAILING_SCOPE.match(folded, d.end)}
    return _one_per_clause(out, named), recurrences


#: What joins a second term to a deadline's date: a comma, a joining word, or both.
_LISTED_JOIN = regex.compile(
    rf"[ \t]*(?P<comma>,)?[ \t\n]*(?:(?P<word>{alt(_DL['listed_joiners'])})[ \t\n]+)?",
    regex.IGNORECASE)
#: What may follow the last term of such a list: the phrase ends there.
_LISTED_END = regex.compile(
    rf"[ \t]*(?:[.;,:()\n]|$|{alt(_DL['listed_followers'])}{_R})", regex.IGNORECASE)
_LISTED_REACH = 12  # characters between two listed terms at most
#: A year written in a mention: one without it borrows the year of the term after it.
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _part_target(ctx: _Ctx, d: DateMention, start: int, target: str) -> str | None:
    """The deadline a period ``d`` sets under the cue at ``start``: ``target`` (its end),
    or the day a part of its month written before it ends on (``tuần đầu tháng 12/2025``
    -> 7 December, dates.toml ``period_part_days``); ``None`` for such a part of a
    quarter or a year."""
    m = _PART_END.search(ctx.folded, max(start, d.start - _PART_REACH), d.start)
    if m is None:
        return target
    day = _PART_DAYS.get(" ".join(m.group("part").casefold().split()))
    if day is None:
        return target  # "cuối", "tuần cuối": the period's own end
    if d.precision != "month":
        return None
    return f"{target[:8]}{min(day, int(target[8:])):02d}"


def _listed(ctx: _Ctx, prev: DateMention, d: DateMention) -> bool:
    """Is ``d`` a further term of the deadline set by ``prev`` (``trước ngày 15/6/2026 và
    ngày 15/12/2026``, ``hoàn thành trong tháng 11 và tháng 12/2025``)? Only a joining
    word between them, both days or both periods, and the phrase ends after ``d``; a comma
    alone joins only inside a longer list or when ``prev`` borrows the year of ``d``
    (``trong tháng 11, tháng 12 năm 2025``)."""
    if not 0 < d.start - prev.end <= _LISTED_REACH or _is_period(prev) != _is_period(d):
        return False
    folded = ctx.folded
    join = _LISTED_JOIN.match(folded, prev.end, d.start)
    if join is None or join.end() != d.start or not (join.group("comma") or join.group("word")):
        return False
    if join.group("word") is None and _YEAR_WRITTEN.search(prev.text) is not None:
        after = _LISTED_JOIN.match(folded, d.end)
        nxt = ctx.next_mention(d.end)
        if after is None or after.group("word") is None or nxt is None or (
                nxt.start != after.end()):
            return False  # "..., ngày 25/11/2025 tổ chức hội nghị": a sentence of its own
    return _LISTED_END.match(folded, d.end) is not None


#: How far after a year-less date the recurrence that governs it may start.
_REC_AFTER = 80
#: What between such a date and a later recurrence ends the date's phrase.
_REC_AFTER_BREAK = re.compile(r"[,;!?\n]|\.\s")


def _recurs_after(folded: str, d: DateMention, rec_spans: list[tuple[int, int]]) -> bool:
    """Does a recurrence close the phrase of the year-less date ``d`` (``báo cáo 6 tháng
    trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm``)? Then every day it lists
    recurs, as one written before it does."""
    for a, _ in rec_spans:
        if d.end <= a <= d.end + _REC_AFTER:
            return _REC_AFTER_BREAK.search(folded, d.end, a) is None
    return False


#: Days a year-less deadline may fall before the issue date and stay in its year (a
#: document signed a little after the day it sets, or a date read a little off).
_PAST_GRACE = 60


#: Days before the issue date past which a dated "deadline" is history (a class of
#: people "trước ngày 01/01/1945", a period "đến hết năm 1958"), not a task's term.
_HISTORY_DAYS = 366


#: What may stand before a cue that opens its sentence: a clause's marker and blanks.
_SEGMENT_LEAD = re.compile(r"[\s*+•-]*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s*)*[\s*]*")


def _opens_segment(folded: str, seg_start: int, cue: int) -> bool:
    """Does the cue at ``cue`` open its sentence (nothing but a clause's marker before it
    from ``seg_start``): a fronted ``Đến hết tháng 7 năm 2025, ...``? A capitalised cue
    that opens its line opens a sentence too, when the line before is a heading with no
    stop (``1. Tình hình giải ngân`` / ``Đến ngày 10/9/2025, tỉnh ... giải ngân ...``)."""
    if _SEGMENT_LEAD.fullmatch(folded, seg_start, cue) is not None:
        return True
    line = folded.rfind("\n", seg_start, cue) + 1
    return line > 0 and folded[cue:cue + 1].isupper() \
        and _SEGMENT_LEAD.fullmatch(folded, line, cue) is not None


def _long_before(target: str, issued: str) -> bool:
    try:
        return (_dt.date.fromisoformat(issued) - _dt.date.fromisoformat(target)).days > (
            _HISTORY_DAYS)
    except ValueError:
        return False


def _before(target: str, issued: str) -> bool:
    """Does the day ``target`` fall before the issue date ``issued``? A period that
    ended before the document was signed (``trong tháng 3/2026`` in a June report)
    tells what was done then, not a term."""
    try:
        return _dt.date.fromisoformat(target) < _dt.date.fromisoformat(issued)
    except ValueError:
        return False


def _after_issue(target: str, issued: str) -> str:
    """``target`` (a deadline whose year was taken from the anchor) moved to the next
    year when it falls more than ``_PAST_GRACE`` days before the issue date ``issued``."""
    try:
        day = _dt.date.fromisoformat(target)
        floor = _dt.date.fromisoformat(issued) - _dt.timedelta(days=_PAST_GRACE)
    except ValueError:
        return target
    if day >= floor:
        return target
    try:
        return day.replace(year=day.year + 1).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28).isoformat()


def _one_per_clause(found: list[Deadline], named: set[int]) -> list[Deadline]:
    """One deadline per date and clause: a clause that says the same date twice
    (``bàn giao trong năm 2025 ... báo cáo trước ngày 31/12/2025``) sets one deadline,
    but a date followed by the part of the duty it is set for (``xong trước ngày
    01/5/2026 đối với chi phí năm 2023``; the starts in ``named``) is a deadline of its
    own. Without clause paths every mention stays."""
    seen: set[tuple[str | None, str, str | None]] = set()
    out = []
    for d in found:
        if d.clause is not None and d.date is not None:
            key = (d.date, d.clause, d.scope if d.start in named else None)
            if key in seen:
                continue
            seen.add(key)
        out.append(d)
    return out


def _deadline(ctx: _Ctx, kind: str, start: int, end: int, target: str, seg_start: int,
              clause_at: Callable[[int], str | None]) -> Deadline:
    # a scope right after the date binds closest; else one before the cue, unless it
    # trails an earlier date
    scope = _trailing_scope(ctx, end)
    if scope is None:
        scope = _scope(ctx, seg_start, start)
    return Deadline(
        start=start, end=end, date=target, kind=kind,  # type: ignore[arg-type]
        text=ctx.text[start:end], clause=clause_at(start), scope=scope,
    )


def _plain_tet(ctx: _Ctx, clause_at: Callable[[int], str | None]) -> list[Deadline]:
    """``hoàn thành trước Tết``: the Tết the document speaks of (its dated Tết mention)."""
    tets = [d for d in ctx.dates if d.holiday is not None and d.value
            and d.calendar == "lunar" and _is_new_year(d)]
    if not tets:
        return []
    out = []
    for m in textscan.finditer(_PLAIN_TET, _F_PLAIN_TET.starts, ctx.folded, ctx.low):
        if ctx.mention_at(m.start("tet")) is not None:
            continue  # a dated Tết: handled with the other mentions
        seg_start = ctx.segments.start(m.start())
        before = ctx.folded[seg_start:m.start()]
        if _F_NEGATIVE_END.search(before, ctx.common) or not _has_verb(before, ctx.common):
            continue
        prior = [t for t in tets if t.start < m.start()]
        ref = prior[-1] if prior else tets[0]
        assert ref.value is not None
        out.append(_deadline(ctx, "before", m.start(), m.end(), ref.value, seg_start, clause_at))
    return out


def _is_new_year(d: DateMention) -> bool:
    """Is ``d`` Tết Nguyên đán itself (not a day counted from it)?"""
    if d.value is None:
        return False
    from vbcd.extract import lunar  # local: only needed for lunar mentions

    try:
        _, month, day, _ = lunar.solar_to_lunar(_dt.date.fromisoformat(d.value))
    except (ValueError, OverflowError):
        return False
    return (month, day) == (1, 1)


# Every recurrence holds one of these words; the pattern is only tried around them
# (a literal search is much faster than the pattern over the whole text).
def _recurrence_keys() -> list[str]:
    words = _REC["frequency_words"] + _REC["periodic_words"] + _REC["each_words"]
    keys = {w.split()[0].casefold() for w in words if not w[0].isdigit()}
    keys.update(w.casefold() for w in _REC["per_time"])
    # a day of every month or quarter ("ngày cuối cùng của tháng"): its "của tháng"
    keys.update(f"{of} {p.split()[0]}".casefold() for of in _REC["of_words"]
                for p in _REC["periods_of"])
    return sorted(keys)


_KEYS = _recurrence_keys()
_SPACE_ATOMS = {"\x01": r"\s+", "\x02": r"\s*"}


def _needed_pattern() -> str:
    """Every recurrence holds a periodic or frequency phrase, or a slash and the
    per-time word (``3 giờ/lần``), or ``của`` and a period: all of them as one
    pattern shaped as a trie (:func:`~vbcd.grammar.patterns.trie_alternation`: shared
    prefixes written once, duplicates dropped), so that the engine tests one branch per
    character where a flat alternation tried each phrase in turn (``của\\s+tháng``
    eight times at every ``c``). Whether a stretch holds a match does not depend on the
    order of the alternatives."""
    # each phrase spelt with "\x01" / "\x02" for the space runs that must / may part
    # its words (``\s+`` / ``\s*``)
    phrases = {"\x01".join(w.casefold().split())
               for w in (*_REC["periodic_words"], *_REC["frequency_words"])}
    phrases.update("/\x02" + w.casefold() for w in _REC["per_time"])
    phrases.update(of.casefold() + "\x01" + p.split()[0].casefold()
                   for of in _REC["of_words"] for p in _REC["periods_of"])
    return trie_alternation(phrases, lambda ch: _SPACE_ATOMS.get(ch) or re.escape(ch))


_REC_NEEDED = re.compile(_needed_pattern())


def _recurrence_matches(folded: str, common_low: str | None) -> list[regex.Match[str]]:
    """Matches of the recurrence pattern, searched in small windows around key words
    (``common_low``: the lower-case copy of common text, see :mod:`textscan`)."""
    low = common_low if common_low is not None else folded.lower()
    if len(low) != len(folded):
        low = folded
    anchors = []
    for key in _KEYS:
        i = low.find(key)
        while i >= 0:
            anchors.append(i)
            i = low.find(key, i + 1)
    anchors.sort()
    # windows around the key words, merged where they overlap: each character is
    # scanned at most once, so the cost stays linear
    windows: list[list[int]] = []
    for a in anchors:
        lo, hi = max(0, a - _REC_BACK), min(len(folded), a + _REC_AHEAD)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    found: list[regex.Match[str]] = []
    starts = _F_RECURRENCE.starts
    for lo, hi in windows:
        # on common text, a window without a periodic or frequency phrase or the
        # per-time word holds no recurrence (most windows: "quy định", "ngân hàng")
        if common_low is None or _REC_NEEDED.search(common_low, lo, hi) is not None:
            found.extend(textscan.finditer(_RECURRENCE, starts, folded, common_low, lo, hi))
    return found


def _close_bracket(text: str, start: int, end: int) -> int:
    """``end`` past the closing bracket of one the record opened, when it follows
    (``định kỳ quý (trước ngày 15 của tháng cuối quý)``): no record ends inside it."""
    if text.count("(", start, end) > text.count(")", start, end):
        k = end
        while k < len(text) and k - end < 3 and text[k] in " \t":
            k += 1
        if k < len(text) and text[k] == ")":
            return k + 1
    return end


def _recurrences(ctx: _Ctx, clause_at: Callable[[int], str | None]) -> list[Recurrence]:
    """Recurring duties; cues of one duty in one segment are merged into one record
    (``Định kỳ báo cáo ... hằng năm (trước ngày 15 tháng 11)``)."""
    spans: list[tuple[int, int, int]] = []  # start, end, segment start
    for m in _recurrence_matches(ctx.folded, ctx.low):
        seg_start = ctx.segments.start(m.start())
        if m.lastgroup == "freq":
            near = ctx.folded[max(seg_start, m.start() - 80):m.end() + 40]
            if not _F_DUTY.search(near, ctx.common) and _CLOCK_DUE.search(
                    ctx.folded, max(seg_start, m.start() - 40), m.start()) is None:
                continue
        start, end = m.start(), m.end()
        if spans and spans[-1][2] == seg_start and start - spans[-1][1] <= _MERGE_GAP:
            start = spans.pop()[0]
        spans.append((start, end, seg_start))
    out: list[Recurrence] = []
    for start, end, _ in spans:
        day = _REC_DAY_AFTER.match(ctx.folded, end)
        if day is not None:
            end = day.end()
        end = _close_bracket(ctx.text, start, end)
        out.append(Recurrence(start=start, end=end, text=ctx.text[start:end],
                              clause=clause_at(start)))
    return out
