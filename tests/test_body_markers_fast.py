"""The body's marker scan gives the same markers line by line as over the whole zone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vbcd.segment.body_markers import _by_distinct_line, _by_split

_LINES = ["1.", "3.", " a) x", "II. Mục", "IV.Xa", "IVx", "Điều 5. abc", "  1.2. x", "",
          "   ", "x", "(3) y", "b. z", "2.", "Phần I", "đ) k", "5- a", "1 .", "\t3) ", "I.",
          "IVa b",
          "A -MỤC", "B - NỘI", "Khoản 2. x", "Điểm a. y", "Í- X", "ÍI. y"]


@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=6, unique=True).flatmap(
    lambda pool: st.lists(st.sampled_from(pool), min_size=1, max_size=80)),
    st.integers(1, 50))
def test_distinct_lines_scan_is_the_split_scan(lines: list[str], offset: int) -> None:
    zone = "\n".join(lines)
    assert _by_distinct_line(zone, offset) == _by_split(zone, offset)
