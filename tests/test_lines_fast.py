"""Line splitting and table spans give exactly what their one-at-a-time references give."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from vbcd.normalize import _tables, _to_text, apply_edits, map_offset
from vbcd.segment.lines import Line, split_lines


def _reference_lines(text: str) -> list[Line]:
    """Each line stripped of its edge blanks, with the offsets of what is left."""
    out = []
    offset = 0
    for i, raw in enumerate(text.split("\n")):
        end = offset + len(raw.rstrip(" \t"))
        stripped = raw.strip(" \t")
        out.append(Line(i, end - len(stripped), end, stripped))
        offset += len(raw) + 1
    return out


# short lines (found by scanning for blanks at newlines) and long ones (each stripped)
@given(st.one_of(st.text(alphabet="a \t\n\u3000\r", max_size=40),
                 st.lists(st.text(alphabet="a \t", max_size=300), max_size=4).map("\n".join)))
def test_split_lines_is_each_line_stripped(text: str) -> None:
    lines = split_lines(text)
    assert lines == _reference_lines(text)
    assert all(type(line) is Line for line in lines)
    assert all(text[line.start:line.end] == line.text for line in lines)


_ROW = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){3,}[ \t]*$", re.MULTILINE)


def _reference_tables(raw: str, row_starts: list[int]) -> list[tuple[int, int]]:
    """Each row matched on its own, rows on consecutive lines merged."""
    out: list[tuple[int, int]] = []
    for start in row_starts:
        m = _ROW.match(raw, start)
        if m is None:
            continue
        a, b = m.span()
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_CELLS = st.lists(st.sampled_from(["a", " b ", "", "\t"]), max_size=5)
_TABLE_LINE = st.one_of(
    st.tuples(st.sampled_from(["", " ", "\t"]), _CELLS, st.sampled_from(["|", "| ", "", "|\r"]))
    .map(lambda t: t[0] + "|" + "|".join(t[1]) + t[2]),
    st.text(alphabet="|a \t\r", max_size=8),
)


@given(st.one_of(st.text(alphabet="|a \t\n\r", max_size=60),
                 st.lists(_TABLE_LINE, max_size=8).map("\n".join)))
@example("|a|a|a|\n|a|a|a|\nx\n|a|a|a|")
def test_tables_are_the_merged_rows(raw: str) -> None:
    row_starts = [m.start() for m in re.finditer(r"^[ \t]*\|", raw, re.MULTILINE)]
    assert _tables(raw) == _reference_tables(raw, row_starts)


@st.composite
def _edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    raw = draw(st.text(alphabet="abc \n", min_size=1, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(raw)), max_size=10)))
    pairs = [(a, b) for a, b in zip(cuts[0::2], cuts[1::2], strict=False) if a < b]
    reps = draw(st.lists(st.sampled_from(["", "\n", " x", "xyz"]), min_size=len(pairs),
                         max_size=len(pairs)))
    return raw, [(a, b, r) for (a, b), r in zip(pairs, reps, strict=True)]


@given(_edits(), st.lists(st.integers(0, 30), max_size=60))
def test_to_text_is_the_inverse_map(case: tuple[str, list[tuple[int, int, str]]],
                                    offsets: list[int]) -> None:
    raw, edits = case
    _, anchors = apply_edits(raw, edits)
    inverse = [(r, t) for t, r in anchors]
    assert _to_text(anchors, offsets) == [map_offset(inverse, x) for x in offsets]
