"""The organ grammar read in windows gives what it gives on the whole text.

:mod:`vbcd.extract.organ_window` tokenises only windows around the places a
regex scan finds (hints). These tests check the two things that exactness rests
on: the hints are a superset of where the grammar can find something, and a
reading padded with edge tokens is redone until it no longer looks past its
window (checked with windows far too small, which must change nothing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd.extract import organ_tables as T
from vbcd.extract import organ_tokens as OT
from vbcd.extract import organ_window as W
from vbcd.extract import tokens
from vbcd.extract.organ_grammar import Found, Parser, ScanState
from vbcd.extract.organ_tokens import Tokens
from vbcd.normalize import fold_tones, normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _fixtures() -> list[str]:
    return [
        normalize(p.read_text(encoding="utf-8")).text for p in sorted(CORPUS.rglob("*.txt"))
    ]


def _reference(text: str) -> list[Found]:
    """The grammar on the whole text, visiting every token where a head or a class
    word can start (no hints, no windows): what the windowed scan must give."""
    folded = fold_tones(text)
    parser = Parser(text, folded, Tokens(folded))
    w = parser.w
    # (a head may also be written small after a title or before its field: ``Trưởng
    # phòng Nội vụ``, ``khoa Nhi``)
    heads = [i for i, t in enumerate(w) if t.word and t.low in T.HEADS.root and (
        t.cap or parser._titled_small(i) or parser._small_named(i))]
    starts = [i for i, t in enumerate(w) if i in heads or t.low in T.GENERIC_BEFORE.root]
    parser.prepare(heads)
    state = ScanState(folded)
    for i in starts:
        parser.visit(i, state)
    return state.out


def _hints_cover(text: str) -> None:
    folded = fold_tones(text)
    hints = set(W.hints(folded))
    parser = Parser(text, folded, Tokens(folded))
    for i, t in enumerate(parser.w):
        if t.low in T.GENERIC_BEFORE.root:
            gb = parser.at(T.GENERIC_BEFORE, i)
            if gb is not None and parser._distributive(i, gb[0]) is not None:
                assert parser.toks.start[i] in hints, (i, text[parser.toks.start[i] :][:40])
        if parser.head_at(i) is not None:
            assert parser.toks.start[i] in hints, (i, text[parser.toks.start[i] :][:40])


def test_hints_cover_every_head_and_list_in_the_fixtures() -> None:
    for text in _fixtures():
        _hints_cover(text)


def test_windowed_scan_equals_the_whole_text_reading_even_with_tiny_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _fixtures()[::4]
    expected = [_reference(t) for t in texts]
    for ahead, behind, join in [(W.AHEAD, W.BEHIND, W.JOIN), (1, 1, 0), (6, 3, 2)]:
        monkeypatch.setattr(W, "AHEAD", ahead)
        monkeypatch.setattr(W, "BEHIND", behind)
        monkeypatch.setattr(W, "JOIN", join)
        for text, want in zip(texts, expected, strict=True):
            assert W.scan(text, fold_tones(text)) == want


_PIECES = [
    "Sở", "Y", "tế", "Bộ", "Ủy", "ban", "nhân", "dân", "tỉnh", "UBND", "TỈNH", "QUẢNG", "NINH",
    "Huyện", "ủy", "Thành", "các", "Các", "toàn", "bộ", "Bộ:", "tỉnh,", "thành", "phố:", "Hà",
    "Nội", "Đảng", "Ban", "cán", "sự", "đảng", "ỦY", "BAN", "NHÂN", "DÂN", "KT.", "Luật", "của",
    "Quốc", "hội", "trưởngBộ", "Văn", "phòng", "Chính", "phủ", "và", "-", ",", ";", ":", "(",
    ")", "/", "Nguyễn", "Văn", "A", "\u212aho", "bạc", "Covid-19", "về", "phòng,", "chống",
    "động-Thương", "Lao", "binh", "–", "Rịa-Vũng", "QĐ-UBND", "Người", "ký:", "Email:", "một",
    "số",
]
_GAPS = [" ", " ", " ", "\n", "\n\n", "", "  ", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=60))
def test_windowed_scan_equals_the_whole_text_reading_on_word_soup(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(p + g for p, g in parts)
    _hints_cover(text)
    folded = fold_tones(text)
    want = _reference(text)
    assert W.scan(text, folded) == want
    saved = W.AHEAD, W.BEHIND, W.JOIN
    try:
        W.AHEAD, W.BEHIND, W.JOIN = 1, 1, 0
        assert W.scan(text, folded) == want
    finally:
        W.AHEAD, W.BEHIND, W.JOIN = saved


def _pattern_tokens(text: str, base: int = 0) -> tuple[list[int], list[int], list[str]]:
    """The tokens of ``text`` as the pattern cuts them (``NAME_WORD.finditer``), each
    glued token cut at its joints: what the window tokeniser must give."""
    start: list[int] = []
    end: list[int] = []
    low: list[str] = []
    for m in tokens.NAME_WORD.finditer(text):
        s = m.group()
        parts = OT._pieces(s) if OT._is_glued(s) else ((0, s),)
        for a, part in parts:
            start.append(base + m.start() + a)
            end.append(base + m.start() + a + len(part))
            low.append(OT.VOCABULARY[part].low)
    return start, end, low


_TOKEN_PIECES = [*_PIECES, "tế,", "(UBND", "tỉnh;", "thaovà", "2022Ban", "TTg", "PTTgCP",
                 "Cam-pu-chia", "45/QĐ-UBND", "M'gar", "a\u00a0b", "x\ry", "\u2028", "..",
                 "Bộ" * 40, "trưởngBộ" * 10 + ",", "\t\t", "H\u2019Hen", "\u0661\u0662"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOKEN_PIECES), st.sampled_from([*_GAPS, "\t\t"])),
                max_size=40), st.integers(0, 3))
def test_windows_are_cut_into_the_pattern_tokens(parts: list[tuple[str, str]], skip: int) -> None:
    """Each piece between spaces is looked up once and the pieces holding several
    tokens are spliced in by position: the same tokens as the pattern gives, offsets
    included, for a whole text and for a range of it (at a space)."""
    text = fold_tones("".join(p + g for p, g in parts))
    start, end, words = OT.cut_range(text, 0, len(text))
    assert (start, end, [w.low for w in words]) == _pattern_tokens(text)
    cuts = [k for k, c in enumerate(text) if c == " "][skip:]
    if cuts:
        a = cuts[0]
        start, end, words = OT.cut_range(text, a, len(text))
        assert (start, end, [w.low for w in words]) == _pattern_tokens(text[a:], a)


def _forcing_reuse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every window on probes, reusing outcomes by text (normally only
    windows with many alike candidates are)."""
    monkeypatch.setattr(W, "MEMO_MIN", 1)
    monkeypatch.setattr(W, "_repetitive", lambda folded, found, a, b: True)


def test_outcomes_reused_by_text_equal_the_whole_text_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _forcing_reuse(monkeypatch)
    texts = _fixtures()[1::4]
    expected = [_reference(t) for t in texts]
    # ordinary probes; probes so small that most readings overrun them (and
    # the window is read the ordinary way from there); tiny windows too
    for probe, window in [((48, 96), (48, 24, 64)), ((2, 4), (48, 24, 64)), ((6, 12), (1, 1, 0))]:
        monkeypatch.setattr(W, "PROBE_BEHIND", probe[0])
        monkeypatch.setattr(W, "PROBE_AHEAD", probe[1])
        monkeypatch.setattr(W, "AHEAD", window[0])
        monkeypatch.setattr(W, "BEHIND", window[1])
        monkeypatch.setattr(W, "JOIN", window[2])
        for text, want in zip(texts, expected, strict=True):
            assert W.scan(text, fold_tones(text)) == want


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), min_size=1, max_size=12),
    st.integers(min_value=2, max_value=90),
    st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(_PIECES)), max_size=4),
)
def test_repeated_text_read_once_equals_the_whole_text_reading(
    unit: list[tuple[str, str]], times: int, changes: list[tuple[int, str]]
) -> None:
    """A unit of text repeated (as in a list of the same recipient), with a few
    changes here and there: windows with many alike candidates reuse outcomes."""
    parts = [p + g for p, g in unit] * times
    for at, piece in changes:
        parts[at % len(parts)] = piece + " "
    text = "".join(parts)
    assert W.scan(text, fold_tones(text)) == _reference(text)


def test_case_folding_classes_are_complete() -> None:
    """Every character that case-folds to a letter of a listed word is in that
    letter's class; no character folds to several letters inside a word."""
    words = {w for form, _ in T.HEAD_LIST for w in T.words_of(form)}
    words |= {w for p in T.GENERIC_BEFORE_PHRASES for w in T.words_of(p)}
    letters = set("".join(words))
    for code in range(0x110000):
        ch = chr(code)
        folded = ch.casefold()
        if folded in letters:
            assert ch in W._forms(folded, False), hex(code)
            if ch.isupper():
                assert ch in W._forms(folded, True), hex(code)
        elif len(folded) > 1:
            assert not any(folded in w for w in words), hex(code)


def test_list_hints_same_by_colon_or_by_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Class words are looked for before each colon, or in one scan where colons are
    dense: both ways give the same offsets, on the fixtures and on colon-rich text."""
    texts = [fold_tones(t) for t in _fixtures()]
    texts.append(fold_tones("Giao các tỉnh: A, B; các Bộ, ngành: C. Số: 1" * 50))
    texts.append(fold_tones("mọi đơn vị trực thuộc:" + "các:" * 300 + " từng xã, phường : x"))
    by_colon = []
    for dense in (10**9, 0):
        monkeypatch.setattr(W, "_COLONS_DENSE", dense)
        got = [W.hints(t) for t in texts]
        by_colon.append(got)
    assert by_colon[0] == by_colon[1]
    assert any(len(h) for h in by_colon[0])


def _named_by_blank(folded: str) -> set[int]:
    """Where a list of places opens without a colon, found the plain way: every blank
    before a level word, blanks and a capital, then the class phrase before it."""
    import re

    levels = W._alternation(W._trie([T.words_of(p) for p in T.DISTRIBUTIVE_NAMED_PHRASES]))
    blank = re.compile(r"\s(?=" + levels + r"\s++" + W._CAPITAL + ")")
    out = set()
    for m in blank.finditer(folded):
        b = W._NAMED_BEFORE.search(folded, max(0, m.end() - W._NAMED_BACK), m.end())
        if b is not None:
            out.add(b.start())
    return out


def test_named_list_hints_found_by_the_class_word_equal_the_plain_scan() -> None:
    """The scan for lists without a colon opens on a class word's letter outside ASCII
    (``á`` of ``các``): it finds what a scan at every blank finds, phrases of several
    words (``toàn bộ các``, ``một số``), spaces of any kind and glued words included."""
    texts = [fold_tones(t) for t in _fixtures()]
    texts.append(fold_tones(
        "Giao các  tỉnh Hà Nam, toàn bộ các\nhuyện Hải Hậu; Một Số Xã Tân Lập và mỗi "
        "phường Bến Thành, NHỮNG QUẬN Ba Đình; từng thị  xã Sơn Tây"))
    texts.append(fold_tones("xcác tỉnh Nam Định;toàn   bộ   các xã  Giao Lạc, mộtsố huyện A"))
    texts.append(fold_tones("các" + " " * 30 + "tỉnh Hà Nam; các tỉnh hà nam; các tỉnhHà"))
    found = 0
    for t in texts:
        got = set(W._named_hints(t))
        assert got == _named_by_blank(t), t[:60]
        found += len(got)
    assert found > 10

