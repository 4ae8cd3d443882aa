"""Exactness of the assignment scanner's shortcuts: repeated text read once (probe
windows whose outcomes are reused, :meth:`_RegionScan._read_repeated`) and the phrase
tries of :class:`~vbcd.extract.assignment_lexicon.Phrases`."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd.extract import assignment_scan
from vbcd.extract import assignments as A
from vbcd.extract.assignment_cues import _MarkerIndex
from vbcd.extract.assignment_lexicon import Phrases, lexicon
from vbcd.pipeline import Context, Pipeline

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FILES = sorted(CORPUS.glob("*/*.txt"))
VIET = "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện nghiêm túc kết luận này. "


@cache
def _pipeline() -> Pipeline:
    return Pipeline()


def _context(text: str) -> Context:
    """``text`` parsed up to (not including) the assignments stage."""
    nlp = _pipeline()
    ctx = nlp.make_context(text)
    for name in nlp.names:
        if name == "assignments":
            break
        nlp.get(name)(ctx)
    return ctx


def _read(ctx: Context, monkeypatch: pytest.MonkeyPatch, repeated: bool | None) -> list[dict]:
    """The assignments with the repeated-text reading forced on (True), off (False)
    or left to its own test (None)."""
    with monkeypatch.context() as m:
        if repeated is not None:
            m.setattr(assignment_scan, "_repetitive", lambda match, places: repeated)
        return [a.model_dump() for a in A.find_assignments(ctx)]


def _texts() -> list[tuple[str, str]]:
    """Fixtures (every 6th), and shapes of repeated text made of their bodies."""
    out = []
    for path in FILES[::6]:
        text = path.read_text(encoding="utf-8")
        body = text[len(text) // 3: 2 * len(text) // 3]
        out.append((path.stem[:20], text))
        out.append((path.stem[:20] + "-line", (body.replace("\n", " ") + " ") * 6))
        out.append((path.stem[:20] + "-para", ("Nội dung.\n" + body) * 4))
    out.append(("viet-line", VIET * 150))
    varied = "".join(VIET.replace("ngành", f"ngành số {i}") for i in range(300))
    out.append(("viet-then-varied", VIET * 300 + varied))
    out.append(("viet-lines", (VIET + "\n- Sở Y tế chủ trì, phối hợp với Sở Tài chính.\n") * 80))
    return out


@pytest.mark.parametrize(("name", "text"), _texts(), ids=[n for n, _ in _texts()])
def test_repeated_reading_reads_what_the_windows_read(
    name: str, text: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = _context(text)
    plain = _read(ctx, monkeypatch, False)
    assert _read(ctx, monkeypatch, True) == plain
    assert _read(ctx, monkeypatch, None) == plain


def test_a_pasted_paragraph_is_read_on_probes(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _context(VIET * 200)
    calls: list[int] = []
    original = A._RegionScan._read_repeated

    def spy(self: A._RegionScan, places: list[int], cues: set[int]) -> None:
        calls.append(len(places))
        original(self, places, cues)

    monkeypatch.setattr(A._RegionScan, "_read_repeated", spy)
    found = A.find_assignments(ctx)
    assert calls and calls[0] >= A._MEMO_MIN
    assert len(found) == 400
    assert {a.role for a in found} == {"lead", "directed"}


# --- phrase tries -------------------------------------------------------------------


def _reference_match(phrases: list[tuple[str, ...]], lows: list[str], i: int, stop: int) -> int:
    limit = min(stop, len(lows))
    return max((len(k) for k in phrases if i + len(k) <= limit and tuple(lows[i:i + len(k)]) == k),
               default=0)


def _reference_before(phrases: list[tuple[str, ...]], lows: list[str], j: int) -> int:
    return max((len(k) for k in phrases if len(k) <= j and tuple(lows[j - len(k):j]) == k),
               default=0)


_TABLES = ("organ_heads", "titles", "direct", "coordinate", "class_nouns", "plural", "cues")


@cache
def _words() -> list[str]:
    lex = lexicon()
    words = {w for name in _TABLES for key in getattr(lex, name).phrases() for w in key}
    return [*sorted(words), ",", ".", "x"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_phrase_tries_match_as_the_phrase_lists(data: st.DataObject) -> None:
    lex = lexicon()
    table: Phrases = getattr(lex, data.draw(st.sampled_from(_TABLES)))
    phrases = table.phrases()
    seed = data.draw(st.sampled_from(phrases))
    lows = data.draw(st.lists(st.sampled_from(_words()), max_size=8))
    at = data.draw(st.integers(0, len(lows)))
    lows = lows[:at] + list(seed) + lows[at:]
    i = data.draw(st.integers(0, len(lows)))
    stop = data.draw(st.integers(0, len(lows) + 2))
    assert table.match(lows, i) == _reference_match(phrases, lows, i, len(lows))
    assert table.match(lows, i, stop) == _reference_match(phrases, lows, i, stop)
    assert table.length_before(lows, i) == _reference_before(phrases, lows, i)
    assert table.ends_at(lows, i) == (_reference_before(phrases, lows, i) > 0)


# --- list-ending words, found once per region ---------------------------------------


@pytest.mark.parametrize(("short", "piece"), [(64, 4096), (0, 64), (20, 1)])
def test_marker_index_answers_as_the_searches(
    short: int, piece: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_MarkerIndex, "SHORT", short)
    monkeypatch.setattr(_MarkerIndex, "PIECE", piece)
    finder = A._cue_finder(lexicon())
    for path in FILES[::10]:
        low = path.read_text(encoding="utf-8").lower()
        index = _MarkerIndex(finder.markers, finder.marker_starts, low)
        ends = [m.start() for m in re.finditer(r"[.!?\n]", low)] + [len(low)]
        for pos in [m.start() for m in re.finditer(r"(?<!\w)\w", low)][::7]:
            for end in ends[bisect_left(ends, pos):][:3]:
                expected = finder.markers.search(low, pos, end) is not None
                assert index.within(pos, end) == expected, (path.name, pos, end)
