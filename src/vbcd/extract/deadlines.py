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
  the deadline is the end of the period;
* plan-table labels (``Thời gian hoàn thành: Quý IV/2025 và Quý I/2026``) make every
  period listed a deadline; ``Thời gian thực hiện: Tháng 12/2025`` only a single period;
* a cue right after words such as ``tính`` (``tính đến hết ngày 15/12/2021``) is a
  status cutoff, and the first end of a range (``từ X đến Y``) never is a deadline.

Recurring duties (``định kỳ hằng tuần``, ``hằng ngày 3 tiếng/lần``, ``trước ngày 25 hàng
tháng``) become :class:`~vbcd.models.Recurrence` records instead. All cue words are data
in ``grammar/data/dates.toml``.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import regex

from vbcd.extract.dates import alt
from vbcd.grammar import load
from vbcd.models import DateMention, Deadline, Recurrence
from vbcd.normalize import fold_tones

_DATA: dict[str, Any] = load("dates")
_DL: dict[str, Any] = _DATA["deadlines"]
_REC: dict[str, Any] = _DATA["recurrence"]
_LUNAR: dict[str, Any] = _DATA["lunar"]
_TIMEOUT = 30
_L = r"(?<![\p{L}\p{N}])"
_R = r"(?![\p{L}\p{N}])"
_DAY = alt(_DATA["solar"]["day_words"][:1])

# A cue at the very end of the text before a date: "... trước ngày ", "chậm nhất đến ".
_CUE_END = regex.compile(
    rf"{_L}(?:(?P<no_later_than>{alt(_DL['no_later_than'])})|(?P<by>{alt(_DL['by'])})"
    rf"|(?P<before>{alt(_DL['before'])})|(?P<within>{alt(_DL['within'])})"
    rf"|(?P<until>{alt(_DL['until'])}))[\s,:]*(?:{_DAY}\s*)?$",
    regex.IGNORECASE,
)
_NEGATIVE_END = regex.compile(rf"{_L}{alt(_DL['negative_prefixes'])}\s*$", regex.IGNORECASE)
_VERB = regex.compile(rf"{_L}{alt(_DL['completion_verbs'])}{_R}", regex.IGNORECASE)
_NOT_VERB = regex.compile(rf"{_L}{alt(_DL['verb_exclusions'])}{_R}", regex.IGNORECASE)
_DESCRIPTIVE = regex.compile(rf"{_L}{alt(_DL['descriptive_markers'])}{_R}", regex.IGNORECASE)
_PERIOD_OPEN = regex.compile(rf"{_L}{alt(_DL['period_openers'])}{_R}", regex.IGNORECASE)
_COMPLETION_LABEL = regex.compile(
    rf"{_L}{alt(_DL['completion_labels'])}{_R}[^:;.\n]{{0,30}}:", regex.IGNORECASE
)
_EXECUTION_LABEL = regex.compile(rf"{_L}{alt(_DL['execution_labels'])}\s*:", regex.IGNORECASE)
_RANGE_WORDS = alt(_DATA["solar"]["range_words"] + _DATA["solar"]["range_dashes"])
_FILLER_WORDS = alt(_DL["label_fillers"] + _DATA["solar"]["list_words"])
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
# "Trung Bộ.Tăng"), a blank line or before a list item.
_BOUNDARY = regex.compile(
    r"[;!?]|\.(?=\s|\p{Lu}\p{Ll})|\n[ \t]*\n"
    r"|\n(?=[ \t]*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)|\(\d{1,2}\)))",
    regex.IGNORECASE,
)
_MAX_BACK = 400  # characters of a segment considered before a date
_CUE_WINDOW = 60  # a cue ends at the date: only the last characters are searched

# --- recurrences --------------------------------------------------------------------
_FREQ = alt(_REC["frequency_words"])
_UNIT = alt(_REC["units"])
_EACH = alt(_REC["each_words"])
_OF = alt(_REC["of_words"])
_PER = rf"\d{{1,3}}\s*{_UNIT}\s*/\s*{alt(_REC['per_time'])}{_R}"
_RECURRENCE = regex.compile(
    rf"{_L}(?:(?P<periodic>{alt(_REC['periodic_words'])}(?:\s+{_FREQ})?(?:\s*,?\s*{_PER})?)"
    rf"|(?P<monthly>(?:{alt(_DL['before'])}\s+)?{_DAY}\s+\d{{1,2}}\s+(?:{_OF}\s+)?{_FREQ})"
    rf"|(?P<freq>{_FREQ}(?:\s*,?\s*{_PER})?)"
    rf"|(?P<per>(?:{_EACH}\s+)?{_PER}))",
    regex.IGNORECASE,
)
_MERGE_GAP = 120
_REC_BACK, _REC_AHEAD = 40, 60  # window around a key word
# The day a recurring duty falls on, written right after it: "hằng năm (trước ngày 15 tháng 11)".
_REC_DAY_AFTER = regex.compile(
    rf"\s{{0,3}}\(?\s{{0,2}}(?:{alt(_DL['before'])}\s+)?{_DAY}\s+\d{{1,2}}"
    rf"(?:\s*(?:/|{alt([_DATA['solar']['month_word']])})\s*\d{{1,2}})?\s{{0,2}}\)?",
    regex.IGNORECASE,
)
_DUTY = regex.compile(rf"{_L}{alt(_REC['duty_verbs'])}{_R}", regex.IGNORECASE)


def _last(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``text``."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - we want the last one
        pass
    return found


def _boundaries(folded: str) -> list[int]:
    try:
        return [m.end() for m in _BOUNDARY.finditer(folded, timeout=_TIMEOUT)]
    except TimeoutError:  # pragma: no cover
        return []


def _segment_start(bounds: list[int], pos: int) -> int:
    i = bisect_right(bounds, pos) - 1
    start = bounds[i] if i >= 0 else 0
    return max(start, pos - _MAX_BACK)


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


def _scope(seg: str) -> str | None:
    """``riêng đối với X hoàn thành ...`` -> ``X``: the part of the duty a deadline narrows."""
    found = _last(_SCOPE, seg)
    if found is None:
        return None
    rest = seg[found.end():]
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
    verb = _last(_VERB, rest[:end])
    if verb is not None:
        end = min(end, verb.start())
    scope = rest[:end].strip(" \n\t,;:")
    return " ".join(scope.split()) or None


class _Ctx:
    """What every check needs: the text, its folded copy, the mentions and segments."""

    def __init__(self, text: str, dates: Sequence[DateMention]) -> None:
        self.text = text
        self.folded = fold_tones(text)
        self.dates = sorted(dates, key=lambda d: (d.start, d.end))
        self.starts = [d.start for d in self.dates]
        self.bounds = _boundaries(self.folded)

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


def _has_verb(text: str) -> bool:
    """Does ``text`` hold a completion verb that is not part of a noun compound?"""
    nouns = [(m.start(), m.end()) for m in _NOT_VERB.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in nouns) for m in _VERB.finditer(text))


def _ends_mention(ctx: _Ctx, pos: int) -> bool:
    """Does a date mention end right before ``pos`` (spaces aside)?"""
    i = bisect_right(ctx.starts, pos) - 1
    return i >= 0 and ctx.folded[ctx.dates[i].end:pos].strip() == ""


def _label_kind(ctx: _Ctx, d: DateMention, seg_start: int) -> str | None:
    """``by`` when a plan-table label governs ``d``; ``None`` otherwise."""
    pre = ctx.folded[seg_start:d.start]
    label = _last(_COMPLETION_LABEL, pre)
    if label is not None:
        between = _blank_mentions(pre[label.end():], seg_start + label.end(), ctx.dates)
        if _FILLERS_RANGE.match(between) and not _range_start(ctx, d):
            return "by"
    execution = _last(_EXECUTION_LABEL, pre)
    if execution is not None and _is_period(d) and not _range_start(ctx, d):
        between = pre[execution.end():]
        if _FILLERS.match(between):
            return "within"
    return None


def _cue_kind(ctx: _Ctx, d: DateMention, seg_start: int) -> tuple[str, int] | None:
    """The deadline kind and cue start for ``d``, or ``None``."""
    pre = ctx.folded[seg_start:d.start]
    tail = max(0, len(pre) - _CUE_WINDOW)
    cue = _CUE_END.search(pre, tail)
    if cue is None:
        return None
    kind = cue.lastgroup
    before_cue = pre[:cue.start()]
    if _NEGATIVE_END.search(before_cue) or _DESCRIPTIVE.search(_last_clause(before_cue)):
        return None
    if kind in ("until", "no_later_than") and _PERIOD_OPEN.search(before_cue):
        return None  # "từ ngày ... đến (hết) ngày ...": the end of a period
    if kind == "within" and not _has_verb(before_cue):
        return None
    if kind == "until":
        if d.precision not in ("day", "datetime") or not _has_verb(_last_clause(before_cue)):
            return None
        if _ends_mention(ctx, seg_start + cue.start()):
            return None  # the end of "X đến Y": a period, not a deadline
        kind = "by"
    if _range_start(ctx, d):
        return None
    assert kind is not None
    return kind, seg_start + cue.start()


def find_deadlines(
    text: str,
    dates: Sequence[DateMention],
    clause_at: Callable[[int], str | None] = lambda _: None,
) -> tuple[list[Deadline], list[Recurrence]]:
    """Deadlines set by the date mentions of ``text``, and the recurring duties in it.

    ``dates`` are the mentions of :func:`~vbcd.extract.dates.find_dates` on the same
    text; ``clause_at(offset)`` returns the path of the clause at an offset (the caller
    knows the clause tree). A deadline's span runs from its cue to the end of its date.
    """
    if not text:
        return [], []
    ctx = _Ctx(text, dates)
    recurrences = _recurrences(ctx, clause_at)
    rec_spans = [(r.start, r.end) for r in recurrences]
    out: list[Deadline] = []
    for d in ctx.dates:
        target = _target(d)
        if target is None or any(a <= d.start < b for a, b in rec_spans):
            continue
        seg_start = _segment_start(ctx.bounds, d.start)
        if d.resolved_year and any(seg_start <= a < d.start for a, _ in rec_spans):
            continue  # "định kỳ hằng năm báo cáo ... trước ngày 15 tháng 12": yearly
        found = _cue_kind(ctx, d, seg_start)
        if found is None:
            label = _label_kind(ctx, d, seg_start)
            if label is None:
                continue
            found = (label, d.start)
        kind, start = found
        out.append(_deadline(ctx, kind, start, d.end, target, seg_start, clause_at))
    out.extend(_plain_tet(ctx, clause_at))
    out.sort(key=lambda x: (x.start, x.end))
    return _one_per_clause(out), recurrences


def _one_per_clause(found: list[Deadline]) -> list[Deadline]:
    """One deadline per date and clause: a clause that says the same date twice
    (``bàn giao trong năm 2025 ... báo cáo trước ngày 31/12/2025``) sets one deadline.
    Without clause paths every mention stays."""
    seen: set[tuple[str | None, str]] = set()
    out = []
    for d in found:
        if d.clause is not None and d.date is not None:
            key = (d.date, d.clause)
            if key in seen:
                continue
            seen.add(key)
        out.append(d)
    return out


def _deadline(ctx: _Ctx, kind: str, start: int, end: int, target: str, seg_start: int,
              clause_at: Callable[[int], str | None]) -> Deadline:
    return Deadline(
        start=start, end=end, date=target, kind=kind,  # type: ignore[arg-type]
        text=ctx.text[start:end], clause=clause_at(start),
        scope=_scope(ctx.text[seg_start:start]),
    )


def _plain_tet(ctx: _Ctx, clause_at: Callable[[int], str | None]) -> list[Deadline]:
    """``hoàn thành trước Tết``: the Tết the document speaks of (its dated Tết mention)."""
    tets = [d for d in ctx.dates if d.holiday is not None and d.value
            and d.calendar == "lunar" and _is_new_year(d)]
    if not tets:
        return []
    out = []
    for m in _PLAIN_TET.finditer(ctx.folded, timeout=_TIMEOUT):
        if ctx.mention_at(m.start("tet")) is not None:
            continue  # a dated Tết: handled with the other mentions
        seg_start = _segment_start(ctx.bounds, m.start())
        before = ctx.folded[seg_start:m.start()]
        if _NEGATIVE_END.search(before) or not _has_verb(before):
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
    return sorted(keys)


_KEYS = _recurrence_keys()


def _recurrence_matches(folded: str) -> list[regex.Match[str]]:
    """Matches of the recurrence pattern, searched in small windows around key words."""
    low = folded.lower()
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
    for lo, hi in windows:
        found.extend(_RECURRENCE.finditer(folded, lo, hi, timeout=_TIMEOUT))
    return found


def _recurrences(ctx: _Ctx, clause_at: Callable[[int], str | None]) -> list[Recurrence]:
    """Recurring duties; cues of one duty in one segment are merged into one record
    (``Định kỳ báo cáo ... hằng năm (trước ngày 15 tháng 11)``)."""
    spans: list[tuple[int, int, int]] = []  # start, end, segment start
    for m in _recurrence_matches(ctx.folded):
        seg_start = _segment_start(ctx.bounds, m.start())
        if m.lastgroup == "freq":
            near = ctx.folded[max(seg_start, m.start() - 80):m.end() + 40]
            if not _DUTY.search(near):
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
        out.append(Recurrence(start=start, end=end, text=ctx.text[start:end],
                              clause=clause_at(start)))
    return out
