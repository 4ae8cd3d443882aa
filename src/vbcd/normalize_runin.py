"""Numbered clauses run into one long line: put each marker back at a line start.

Some converters (and some clerks pasting into a web form) deliver a short document's
whole body as ONE very long line: ``... như sau: 1. Thời gian: ... 2. Địa điểm: ...
3. Thành phần: ...``. The clause layer reads markers only at line starts, so such a body
has no clauses at all and the preamble, meeting date and clause of every deadline and
assignment are lost with them.

This pass turns the blank before each marker of such a run-in sequence into a line
break: the same length, so every offset (and the anchors to the input) stays valid.
It acts only when all of these hold, so an inline enumeration inside an ordinary
paragraph (``gồm: 1. ...; 2. ...`` in a document whose clauses are on their own lines)
is left alone:

- the sequence opens with ``1.`` (or ``1)``) right after a colon or a sentence end and
  goes on with ``2.``, ``3.`` ... each after a sentence end (``.``, ``;``, ``:``), each
  followed by an upper-case letter;
- it lies on a line of at least :data:`_LONG_LINE` characters;
- no line of the document starts with a ``1.`` / ``1)`` marker already.

Cost: one compiled search for the opening cue; nothing else runs without it.

A phone copy flattens the closing paragraph too (``... 3. UBND các huyện ... trước ngày
25/5/2022. Mọi chi tiết xin liên hệ ông ... Trân trọng./.``): after the last marker of
such a sequence, the first sentence that opens with a closing formula (the ``[closing]``
openers of structure.toml) gets its line break back, or the closing is read as the last
clause's text.

A text copied from a phone message or a web page may instead lose only SOME line breaks:
the clauses stand on their own lines but one runs into the end of the one before it
(``... khi bão đổ bộ. 2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh ...`` with ``3.`` on the
next line). :func:`fill_gaps` puts that one back: the line-start markers jump from ``n``
to ``n+2`` and ``n+1.`` stands, after a sentence end and before an upper-case letter,
exactly once between them (and no inline list starting at ``1.`` does).

Inside such a flattened sequence the sub-points are flattened too (``2. Các công ty
thủy lợi: a) Vận hành ... b) Tổng hợp ...``, ``1. UBND các xã: - Chỉ đạo ... - Tổ
chức ...``): :func:`_sub_breaks` puts back the line break before a letter sequence
``a)``, ``b)`` ... (two at least, each after a sentence end and before an upper-case
letter) and before a dash bullet that follows a colon or sentence end, within each
clause's stretch only, so a clause's subject heading stands on its own line again.
"""

from __future__ import annotations

import re
from itertools import pairwise

from vbcd.grammar import load

_LONG_LINE = 250
"""A line this long holding a run-in ``1. ... 2. ...`` sequence is a flattened body."""

# ``: 1. T`` / ``. 1) T``: the blank before the marker is group 1's position.
_OPENING = re.compile(r"[:.;]([ \t]+)1[.)][ \t]+(?=[^\W\d_])")
_LINE_START_ONE = re.compile(r"(?:^|\n)[ \t]*1[.)][ \t]")


def _next_marker(line: str, value: int, closer: str, pos: int) -> re.Match[str] | None:
    """The run-in marker ``value`` (``closer`` as the first one's) after ``pos``."""
    # (``re`` caches the few patterns: values run 2, 3, ... and two closers)
    pattern = re.compile(r"[.;:]([ \t]+)" + str(value) + re.escape(closer) + r"[ \t]+(?=[^\W\d_])")
    return pattern.search(line, pos)


def _upper_after(line: str, m: re.Match[str]) -> bool:
    """Whether an upper-case letter follows the marker (a clause's first word)."""
    ch = line[m.end()] if m.end() < len(line) else ""
    return ch.isupper()


# A numbered marker at a line start (the literal ``\n`` lets the scan jump line to line).
_LINE_MARKER = re.compile(r"\n[ \t]*(\d{1,2})\.[ \t]+(?=[^\W\d_])")

_INLINE_ONE = re.compile(r"[.;:][ \t]+1\.[ \t]")


def _closing_pattern() -> re.Pattern[str]:
    """A sentence end and the blank before a closing formula (``. Trân trọng``)."""
    closing = load("structure")["closing"]
    # capitalised sentence openers only (``TL.`` and the like belong to the signature)
    words = {w for w in [*closing["openers"], *closing["line_openers"]]
             if w[:1].isupper() and w[-1:].isalpha() and not w.isupper()}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"[.!;]([ \t]+)(?:" + alt + r")(?!\w)")


_CLOSING = _closing_pattern()

# ``: a) V`` / ``. b) T``: the blank before a letter marker of a flattened clause.
_LETTER = re.compile(r"[.;:]([ \t]+)([a-zđ])\)[ \t]+(?=[^\W\d_])")
# ``: - Chỉ đạo`` / ``. - Tổ chức``: the blank before a flattened dash bullet.
_DASH = re.compile(r"[.;:]([ \t]+)[-–+][ \t]+(?=[^\W\d_])")


def _sub_breaks(text: str, a: int, b: int) -> list[int]:
    """Blanks in ``text[a:b]`` (one flattened clause) before its letter sub-points
    ``a)``, ``b)`` ... in sequence and before its dash bullets (module docstring)."""
    seg = text[a:b]
    out: list[int] = []
    want = "a"
    run: list[int] = []
    for m in _LETTER.finditer(seg):
        if m[2] == want and _upper_after(seg, m):
            run.append(a + m.start(1))
            want = chr(ord(want) + 1)
    if len(run) >= 2:
        out += run
    out += [a + m.start(1) for m in _DASH.finditer(seg) if _upper_after(seg, m)]
    return out


def fill_gaps(text: str) -> str:
    """``text`` with the blank before a clause marker that ran into the clause before it
    replaced by a line break (see the module docstring): same length, offsets kept."""
    marks = [(int(m[1]), m.end()) for m in _LINE_MARKER.finditer(text)]
    breaks: list[int] = []
    for (v, a), (w, b) in pairwise(marks):
        if w != v + 2:
            continue
        seg = text[a:b]
        hits = [n for n in re.finditer(r"[.;:]([ \t]+)" + str(v + 1) + r"\.[ \t]+(?=[^\W\d_])",
                                       seg) if _upper_after(seg, n)]
        # an inline list of its own (``gồm: 1. ...; 2. ...``) is not a lost line break
        if len(hits) == 1 and _INLINE_ONE.search(seg) is None:
            breaks.append(a + hits[0].start(1))
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = "\n"
    return "".join(chars)


def split_run_in(text: str) -> str:
    """``text`` with the blank before each marker of a run-in clause sequence on one
    long line replaced by a line break (see the module docstring)."""
    if " 1. " not in text and " 1) " not in text:  # C-level gate, no regex
        return fill_gaps(text)
    m = _OPENING.search(text)
    if m is None:
        return fill_gaps(text)
    breaks: list[int] = []
    while m is not None:
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        if b - a >= _LONG_LINE and _upper_after(text, m):
            line = text[a:b]
            closer = text[m.end(1) + 1]
            found = [m.start(1)]
            pos = m.end() - a
            value = 2
            while (n := _next_marker(line, value, closer, pos)) is not None and _upper_after(
                    line, n):
                found.append(a + n.start(1))
                pos = n.end()
                value += 1
            if len(found) >= 2:
                breaks += found
                end = b
                if (c := _CLOSING.search(line, pos)) is not None:  # the closing after them
                    breaks.append(a + c.start(1))
                    end = a + c.start(1)
                for x, y in pairwise([*found, end]):
                    breaks += _sub_breaks(text, x, y)
        m = _OPENING.search(text, b)
    if not breaks or _LINE_START_ONE.search(text):
        return fill_gaps(text)
    chars = list(text)
    for i in breaks:
        chars[i] = "\n"
    return "".join(chars)
