"""The normaliser's C-loop helpers give exactly what their one-at-a-time references give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vbcd.normalize import (
    _OLD_TONE,
    _PAGE_JOIN,
    _move_tone,
    _page_joins,
    apply_edits,
    compose,
    fold_tones,
    map_offset,
    map_offsets,
)
from vbcd.normalize_debris import _pipes

_SORTED = st.lists(st.integers(0, 40), max_size=30).map(sorted)


@given(_SORTED, _SORTED, st.lists(st.integers(-2, 50), max_size=60), st.booleans())
def test_map_offsets_is_map_offset_of_each(keys: list[int], values: list[int],
                                           xs: list[int], ascending: bool) -> None:
    n = min(len(keys), len(values))
    keys, values = keys[:n], values[:n]
    if ascending:
        xs = sorted(xs)
    anchors = list(zip(keys, values, strict=True))
    assert map_offsets(keys, values, xs) == [map_offset(anchors, x) for x in xs]


_JOIN_TEXT = st.text(alphabet="ab A\t\n,;-đĐ)x.", max_size=40)


@given(_JOIN_TEXT)
def test_page_joins_are_the_pattern_matches(text: str) -> None:
    expected = [(m.start(), m.end(), "\n") for m in _PAGE_JOIN.finditer(text)]
    assert _page_joins(text) == expected


@st.composite
def _edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    raw = draw(st.text(alphabet="abc \n", min_size=1, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(raw)), max_size=10)))
    pairs = list(zip(cuts[0::2], cuts[1::2], strict=False))
    reps = draw(st.lists(st.sampled_from(["", "\n", " x", "xyz"]), min_size=len(pairs),
                         max_size=len(pairs)))
    return raw, [(a, b, r) for (a, b), r in zip(pairs, reps, strict=True)]


@given(_edits(), st.data())
def test_compose_is_each_anchor_mapped(case: tuple[str, list[tuple[int, int, str]]],
                                       data: st.DataObject) -> None:
    raw, edits = case
    text1, inner = apply_edits(raw, edits)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text1)), max_size=4)))
    second = [(a, b, "\n") for a, b in zip(cuts[0::2], cuts[1::2], strict=False)]
    _, outer = apply_edits(text1, second)
    back = [(t1, t2) for t2, t1 in outer]
    expected = {(t2, map_offset(inner, t1)) for t2, t1 in outer}
    expected |= {(map_offset(back, t1), r) for t1, r in inner}
    assert compose(outer, inner) == sorted(expected)


@given(st.text(alphabet="a |\t\n", max_size=40))
def test_pipes_are_the_pattern_matches(raw: str) -> None:
    expected = [m.span() for m in re.finditer(r"[ \t]*\|[ \t]*", raw)]
    assert [(a, b) for a, _, b, _ in _pipes(raw)] == expected


@given(st.text(alphabet="oOuUqQgG\u00e0\u00e1\u00c0\u1ea1\u00e8\u1ef3\u00fd\u1ef5\u1ef2 ahn\n.\u00b2\u216b\u4e00\u0301",
               max_size=12))
def test_fold_tones_is_the_pattern_substitution(text: str) -> None:
    assert fold_tones(text) == _OLD_TONE.sub(_move_tone, text)
