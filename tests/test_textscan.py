"""The fast paths of `vbcd.extract.textscan` are exact on the characters they accept.

The date, deadline, reference and assignment readers use the standard ``re`` module on
a lower-case copy of "common" text (``textscan.COMMON``) in place of ``regex`` on the
text itself. These tests check, character by character, the facts that make it exact.
"""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd.extract import textscan
from vbcd.normalize import fold_tones

_COMMON = re.compile(f"[{textscan.COMMON}]")
_CHARS = [chr(c) for c in range(0x10000) if _COMMON.match(chr(c))]


def test_re_and_regex_agree_on_classes_of_common_characters() -> None:
    for pattern in (r"\w", r"\s", r"\d", r"[^\W\d_]", r"[^\W_]"):
        std, rx = re.compile(pattern), regex.compile(pattern)
        for ch in _CHARS:
            assert bool(std.match(ch)) == bool(rx.match(ch)), (pattern, hex(ord(ch)))
    letter, number = regex.compile(r"\p{L}"), regex.compile(r"\p{N}")
    for ch in _CHARS:
        assert bool(letter.match(ch)) == bool(re.match(r"[^\W\d_]", ch)), hex(ord(ch))
        assert bool(number.match(ch)) == ch.isdigit() == ("0" <= ch <= "9"), hex(ord(ch))
        assert ch.isalnum() == bool(re.match(r"[^\W_]", ch)), hex(ord(ch))


def test_lower_case_stands_for_case_insensitive_matching() -> None:
    letters = sorted({ch.lower() for ch in _CHARS if ch.isalpha()})
    for ch in _CHARS:
        assert len(ch.lower()) == 1 and _COMMON.match(ch.lower()), hex(ord(ch))
        for pattern in (r"\w", r"\s", r"[^\W\d_]"):
            assert bool(re.match(pattern, ch)) == bool(re.match(pattern, ch.lower()))
    for x in letters:
        insensitive = regex.compile(regex.escape(x), regex.IGNORECASE)
        for ch in _CHARS:
            assert bool(insensitive.fullmatch(ch)) == (ch.lower() == x), (x, hex(ord(ch)))


def test_common_text_and_its_lower_case_copy() -> None:
    text = "Quyết định số 45/QĐ-UBND ngày 30/7/2021 – “Hà Nội”…"
    prep = textscan.prepared(text)
    assert prep.low == text.lower()
    assert textscan.prepared("diện tích 5 m²").low is None  # ² is a number to regex only
    # symbols and Word's private-use bullets left by converters are common
    assert textscan.prepared("\uf0b7 ≥ 5 ha ■ ➢ → 3 €").low is not None
    assert textscan.prepared("Ⓐ").low is None  # a circled letter has a case
    assert textscan.prepared("Istanbul İ").low is None  # İ lower-cases to two characters
    assert textscan.folded("Uỷ ban hoà giải") == fold_tones("Uỷ ban hoà giải")


_WORDS = ["định kỳ", "hằng tháng", "trước", "ngày"]
_STARTS = textscan.Starts(_WORDS, extra=(r"[0-9]{1,3}\s*(?:giờ|ngày)\s*/",))
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}])(?:định(?:[ \t]{1,6}|[ \t]{0,6}\n[ \t]{0,6})kỳ"
    r"|hằng(?:[ \t]{1,6}|[ \t]{0,6}\n[ \t]{0,6})tháng"
    r"|trước\s+ngày\s+\d+|ngày|\d{1,3}\s*(?:giờ|ngày)\s*/\s*lần)",
    regex.IGNORECASE,
)
_SOUP = ["Định kỳ", "định\nkỳ", "hằng tháng", "hằng", "tháng", "Định", "Trước ngày 25", "ngày", "NGÀY", "3 giờ/lần",
         "12 ngày / lần", "quyết định", "kỳ", "x", " ", "\n", ",", "5", "ngàyx", "²"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=30), st.integers(0, 40), st.integers(0, 400))
def test_search_and_finditer_are_the_patterns_own(parts: list[str], pos: int, end: int) -> None:
    text = "".join(parts)
    low = textscan.prepared(text).low
    end = min(end, len(text))
    pos = min(pos, end)
    want = [m.span() for m in _PATTERN.finditer(text, pos, end)]
    got = [m.span() for m in textscan.finditer(_PATTERN, _STARTS, text, low, pos, end)]
    assert got == want
    first = _PATTERN.search(text, pos, end)
    found = textscan.search(_PATTERN, _STARTS, text, low, pos, end)
    assert (found.span() if found else None) == (first.span() if first else None)


def test_an_opening_must_be_a_single_sequence() -> None:
    try:
        textscan.Starts(extra=("ab|cd",))
    except ValueError:
        return
    raise AssertionError("an alternation at the top of an opening must be refused")


def test_openings_are_found_in_any_letter_case() -> None:
    text = "ĐỊNH KỲ báo cáo; Định  kỳ"
    low = textscan.prepared(text).low
    assert _STARTS.places(low, 0, len(text)) == [0, text.index("Định")]
