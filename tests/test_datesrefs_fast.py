"""The fast paths of the date and reference readers are their reference paths.

Each shortcut taken for speed (``re`` on the lower-case copy in place of ``regex``,
a separator read backwards, tokens cut by ``str.split``, a check left to the caller)
is held here to the plain reading it replaces, on the fixtures and on random soups of
the pieces that make it go wrong.
"""

from __future__ import annotations

import random
import re
from datetime import date
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from test_dates import _reference_matches
from vbcd.extract import dates as D
from vbcd.extract import references as R
from vbcd.extract import textscan
from vbcd.normalize import normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@cache
def _texts() -> tuple[str, ...]:
    return tuple(normalize(p.read_text(encoding="utf-8")).text
                 for p in sorted(CORPUS.glob("*/*.txt")))


# --- textscan -----------------------------------------------------------------------


def test_foreign_letters_are_the_ones_references_reads_bare() -> None:
    assert frozenset(map(chr, R._OTHER_MARKED)) == textscan.FOREIGN
    assert not textscan.FOREIGN & textscan.VIETNAMESE


def test_plain_is_common_without_foreign_letters() -> None:
    for c in range(0x3000):
        ch = chr(c)
        for text in (ch, f"Quyết định {ch} số 5"):
            prep = textscan.prepared(text)
            assert prep.plain == (textscan.is_common(text) and ch not in textscan.FOREIGN)
            assert (prep.low is None) == (not textscan.is_common(text))


# --- references -----------------------------------------------------------------------


def _after_lines_slow(text: str, pos: int, count: int) -> int:
    seen = 0
    stop = min(len(text), pos + R._LINE_SCAN)
    while pos < stop:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl + 1
        if text[pos:end].strip():
            seen += 1
            if seen >= count:
                return end
        pos = end
    return stop


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x1c\xa0\u2028\u3000ab", max_size=40),
       st.integers(0, 40), st.integers(1, 5))
def test_lines_after_a_place_are_counted_as_line_by_line(text: str, pos: int,
                                                         count: int) -> None:
    pos = min(pos, len(text))
    assert R._after_lines(text, pos, count) == _after_lines_slow(text, pos, count)


def _number_starts_slow(low: str) -> list[int]:
    """Every run of digits (at most six, or three after a decimal point) before a
    slash or a dash, with at most two spaces and a letter between."""
    found = set()
    for k, ch in enumerate(low):
        if ch not in "/-":
            continue
        j = k
        while j > 0 and k - j < 2 and low[j - 1] in " \t":
            j -= 1
        if j > 0 and low[j - 1] in " \t":
            continue
        if j > 0 and low[j - 1].isalpha():
            j -= 1
        run = j
        while run > 0 and "0" <= low[run - 1] <= "9":
            run -= 1
        if run == j:
            continue
        if j - run <= 6 and R._may_start(low, run):
            found.add(run)
        if j - run <= 3 and run >= 2 and low[run - 1] == ".":
            whole = run - 1
            while whole > 0 and "0" <= low[whole - 1] <= "9":
                whole -= 1
            if whole < run - 1 and run - 1 - whole <= 6 and R._may_start(low, whole):
                found.add(whole)
    return sorted(found)


_NUMBER_SOUP = ["số", "Số", "so", " ", "  ", "   ", "\t", "\n", "12", "1234567", "45", "2021",
                ".5", ".", "a", "đ", "ă", "/", "-", " /", "- ", "QĐ", "UBND", "x", ",", "_",
                "1", "12345678", "sổ2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_SOUP), max_size=40))
def test_number_starts_read_backwards_are_the_forward_ones(parts: list[str]) -> None:
    low = textscan.prepared(textscan.folded("".join(parts))).low
    if low is not None:
        assert R._number_starts(low) == _number_starts_slow(low)


def test_number_starts_on_the_fixtures() -> None:
    for text in _texts()[::4]:
        low = textscan.prepared(textscan.folded(text)).low
        if low is not None:
            assert R._number_starts(low) == _number_starts_slow(low)


_ORGAN_SOUP = ["Bộ", "Y", "tế", "và", "Môi", "trường", "Ban", "Chỉ", "đạo", "chỉ", "về",
               "Quy", "định", "quy định", "Thực hiện", "thực hiện", "Quyết định", "Nghị",
               "1", "UBND", "tỉnh", "(", "”", ",", ".", ";", "Điều"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ORGAN_SOUP), max_size=20),
       st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t", ""]), min_size=20,
                max_size=20), st.integers(0, 30))
def test_organ_tokens_cut_by_split_are_the_pattern_tokens(words: list[str], gaps: list[str],
                                                          pos: int) -> None:
    text = "".join(g + w for g, w in zip(gaps, words, strict=False))
    folded = textscan.folded(text)
    if textscan.prepared(folded).low is None:
        return
    pos = min(pos, len(text))
    stop = min(len(folded), pos + 20 * (R._ISSUER_MAX + 2))
    assert R._read_organ(text, folded, pos, True) == R._read_organ_any(text, folded, pos, stop)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["12", "/", "-", "QĐ", "QD", "UBND", "2020", "a", "/2021/",
                                 "NQ", "TW", "TTg", " ", "1234", "٣"]), min_size=1,
                max_size=8))
def test_number_parts_are_cut_where_the_patterns_cut(parts: list[str]) -> None:
    surface = "".join(parts)
    value = "".join(surface.split())
    for family, pattern in (("party", R._PARTY_PARTS), ("state", R._STATE_PARTS)):
        m = pattern.match(value)
        if m is None:
            continue
        num = R._parse_number(surface, family)
        if family == "party":
            code = R._canonical_code(m["type"], "party")
            assert (num.type_code, num.organ_code, num.year) == (code or m["type"],
                                                                   m["organ"], None)
        else:
            segs = m["codes"].split("-")
            code = R._canonical_code(segs[0], "state") if len(segs) > 1 else None
            organ = "-".join(segs[1:]) if code else m["codes"]
            assert (num.type_code, num.organ_code, num.year) == (code, organ or None, m["year"])


def test_national_header_spans_part_by_part() -> None:
    assert R._NATIONAL_LOW is not None
    for text in _texts():
        low = textscan.prepared(textscan.folded(text)).low
        if low is not None:
            assert R._national_spans(low) == [m.span() for m in R._NATIONAL_LOW.finditer(low)]


# --- dates ----------------------------------------------------------------------------


def _places(low: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)\w", low)]


def _check_exact(folded: str, low: str, pos: int) -> None:
    """At ``pos``, each exact ``re`` alternative (with the checks its caller makes) and
    the ``regex`` alternative match alike, groups and all."""
    for name in D._EXACT_NAMES:
        real = D._single(name).match(folded, pos)
        fast = D._FAST[name].match(low, pos)
        if real is not None:
            assert fast is not None, (name, pos)
        if fast is None:
            continue
        checked = low[fast.end():fast.end() + 1] != "-" and not (
            name in D._NUMBER_WORD_BEFORE and D._after_number_word(folded, low, pos))
        if not checked:
            continue
        assert real is not None, (name, pos, fast.group())
        assert real.span() == fast.span(), (name, pos)
        for group in D._GROUP_NAMES:
            if group.startswith(name + "_"):
                a, b = real.group(group), fast.group(group)
                assert (a.casefold() if a else a) == b, (name, group, pos)
                assert real.span(group) == fast.span(group), (name, group, pos)


def test_exact_alternatives_are_the_regex_ones_on_the_fixtures() -> None:
    for text in _texts()[::10]:
        folded = textscan.folded(text)
        low = textscan.prepared(folded).low
        if low is None:
            continue
        for pos in _places(low):
            _check_exact(folded, low, pos)


_DATE_SOUP = [
    "ngày", "Ngày", "NGÀY", "năm", "Năm", "tháng", "Tháng", "tết", "Tết", "mùng", "rằm", "12",
    "3", "28", "/", "-", ".", "2021", "1999", " ", "\n", "  ", "giờ", "h", ":", "số", "Số",
    "các", "từ", "đến", "và", "quý", "iii", "IV", "ông Công", "táo", "Lễ Vu lan", "giêng",
    "Giêng", "chạp", "Ba", "đầu", "cuối", "nửa", "sáu", "sáng", "hôm", "dịp", "30", "4", "²",
    "âm lịch", "AL", "(", ")", "Tân Sửu", "–", "-Q", "15", "8", "30 phút", "chiều", "lúc",
    "vào lúc", "14h30", "hằng năm", "19/02/2020)", "tháng 7/2021", "16-20/11/2025",
    "các ngày 8, 9 và 10/3/2021", "ngày 28 Tết", "ngày Quốc khánh", "thángtết", "x",
    "Nhà giáo", "Việt Nam", "làm việc", "(27/7)", "30/4, 1/5 và 2/9", ",", "20/11",
]


def test_scan_is_the_reference_scan_on_a_large_date_soup() -> None:
    rnd = random.Random(20)
    for _ in range(1500):
        glue = rnd.choice(["", " ", "\n"])
        text = glue.join(rnd.choice(_DATE_SOUP) for _ in range(rnd.randint(1, 30)))
        folded = textscan.folded(text)
        got = [(m.start(), m.end(), m.lastgroup) for m in D._scan(folded)]
        assert got == _reference_matches(folded), text
        low = textscan.prepared(folded).low
        if low is not None:
            for pos in _places(low):
                _check_exact(folded, low, pos)


def test_uncommon_text_takes_the_reference_path() -> None:
    text = "Ngày 30 tháng 7 năm 2021 (5 m²) và ngày 19/02/2020"
    assert textscan.prepared(textscan.folded(text)).low is None
    assert [d.value for d in D.find_dates(text)] == ["2021-07-30", "2020-02-19"]
    text = "Ngày Nhà giáo Việt Nam 20/11 (5 m²), các ngày 30/4, 1/5 và 2/9/2025"
    assert textscan.prepared(textscan.folded(text)).low is None
    assert [d.value for d in D.find_dates(text, anchor=date(2025, 9, 1))] == [
        "2025-11-20", "2025-04-30", "2025-05-01", "2025-09-02"]


_LEAD_SOUP = ["Quyết định", "quyết định", "QUYẾT ĐỊNH", "Nghị quyết", "Thông tư liên tịch",
              "Công văn", "Luật", "số", "Số", "sổ", "SỐ", ":", ".", " ", "  ", "\n", "\t", ",",
              "x", "Nghi quyet", "12", "(", "văn bản"]


def _leads_agree(text: str) -> None:
    folded = textscan.folded(text)
    prep = textscan.prepared(folded)
    if not prep.plain:
        return
    assert prep.low is not None
    scan = R._Scan(text=text, bare=text, folded=folded, dates=[], starts=[], header=[],
                   common=True, low=prep.low, backwards=prep.low[::-1])
    for num_start in range(len(text) + 1):
        lead = R._LEAD.search(text, max(0, num_start - R._LEAD_WINDOW), num_start)
        assert lead is not None
        assert R._lead(scan, num_start) == (lead.span("tw"), lead.span("so")), num_start


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_SOUP), max_size=30))
def test_lead_read_backwards_is_the_reverse_pattern(parts: list[str]) -> None:
    _leads_agree("".join(parts))


def test_lead_read_backwards_on_the_fixtures() -> None:
    for text in _texts()[::15]:
        _leads_agree(text[:4000])
