"""The normaliser's C-loop helpers give exactly what their one-at-a-time references give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vbcd.normalize import map_offset, map_offsets

_SORTED = st.lists(st.integers(0, 40), max_size=30).map(sorted)


@given(_SORTED, _SORTED, st.lists(st.integers(0, 50), min_size=1, max_size=60).map(sorted))
def test_map_offsets_is_map_offset_of_each(keys: list[int], values: list[int],
                                           xs: list[int]) -> None:
    n = min(len(keys), len(values))
    keys, values = [0, *keys[:n]], [0, *values[:n]]
    anchors = list(zip(keys, values, strict=True))
    assert map_offsets(keys, values, xs) == [map_offset(anchors, x) for x in xs]
