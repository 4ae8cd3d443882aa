"""Body: preamble, the clause tree, the closing paragraph, the meeting date.

Clause markers are recognised at line starts (``I.``, ``1.``, ``1.1.``, ``a)``,
``(1)``, ``Điều 1.``); dash and plus bullets stay inside the clause text. The
depth of a marker style is not fixed: it comes from the order in which styles
appear (a style met while another is open nests under it), and a marker only
counts when it continues its sequence (``b)`` after ``a)``, ``3.`` after ``2.``)
or starts a new one under the current clause. A clause's text runs to the next
counted marker, so text after a page break stays in its clause.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress, islice

import regex

from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import is_upper_line
from vbcd.models import Clause, DateField, DateMention, Zone
from vbcd.pipeline import Context
from vbcd.segment.body_markers import Reading, alternates, scan
from vbcd.segment.lines import Line, first_line_ending_after
from vbcd.segment.text import strip_span

MAX_CLOSING_CHARS = 2500
SHORT_FORMULA = 80
_SENTENCE_END = regex.compile(r"(?<=[.;:])\s")
#: A sentence's end; not the dot of a degree before a name (``Ngày 11/3/2025, PGS.TS.
#: Trần Văn A, Giám đốc, chủ trì cuộc họp``: the meeting verb is in the same sentence).
_SENTENCE_STOP = regex.compile(
    r"(?<!(?<![^\W\d_])" + P.NAME_DEGREE_CASED + r")[.:!?](?:\s|$)|\n\s*\n")
_MARKER = P.Gated(P.MARKER)
_NON_SPACE = re.compile(r"\S")  # re's \s is str.isspace, what str.strip strips
#: A clause line naming its subject (``3. Về tình hình thực hiện Nghị quyết số 19/NQ-CP
#: ngày ... của Chính phủ``, a Government resolution's or a conclusion notice's item):
#: a heading, however long the subject runs, whose paragraph below is the clause's own.
_SUBJECT_HEADING = re.compile(r"[ \t*_]*(?:Về|VỀ)[ \t]")
#: A cited document in the sentence of a date: it was issued, not held (``ban hành``,
#: ``số 12/KH-UBND``); a room's number (``Phòng họp số 1``) has no code after it.
_ATTACHMENT_NOTE = regex.compile(  # possessive: a blank run is not re-split (quadratic)
    r"^\s*+\(?+\s*+(?:Đính\s+kèm|Kèm\s+theo|Gửi\s+kèm)", regex.I)


@dataclass
class _Marker:
    style: str
    value: tuple[int, ...]
    label: str
    marker: str
    start: int


@dataclass
class _Node:
    m: _Marker
    depth: int
    path: str
    children: list[_Node] = field(default_factory=list)
    end: int = 0
    subtree_end: int = 0
    key: str = ""  # its level's key: the style, or the style in capitals (see below)


#: Added to a style's key for the level of headings in capitals numbered as the level
#: below them (``1. MỤC ĐÍCH, YÊU CẦU`` over ``1. Mục đích``, ``2. Yêu cầu``).
_CAPS = ":caps"


def _caps_heading(text: str, start: int, marker: str) -> bool:
    """Is the line after the marker at ``start`` written in capitals?"""
    a = start + len(marker)
    b = text.find("\n", a)
    return is_upper_line(text[a:] if b < 0 else text[a:b])


def _initial(style: str, value: tuple[int, ...], parent: _Node | None) -> bool:
    if style == "article" or style.startswith("part:"):
        return True
    if style.startswith("dotted"):
        if value[-1] != 1:
            return False
        if parent is None:
            return True
        pv = parent.m.value
        return value[:-1] == pv[-len(value) + 1:] or value[:-1] == pv
    if style == "subalpha":
        # ``a.1)`` opens under ``a)`` (or under a level of another kind)
        return value[1] == 1 and (parent is None or not parent.m.style.startswith("alpha")
                                  or parent.m.value[0] == value[0])
    return value == (0,) if style.startswith("alpha") else value == (1,)


def _successors(style: str, value: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """Values that continue the sequence after ``value`` (``b)`` or ``c)`` after ``a)``)."""
    if style.startswith("dotted") or style == "subalpha":
        return ((*value[:-1], value[-1] + 1),)
    if style.startswith("alpha"):
        return ((value[0] + 1,), (value[0] + 2,))
    return ((value[0] + 1,),)


def _torn_start(text: str, lo: int) -> bool:
    """Does the document open in the middle of a sentence (its first page lost)?

    Nothing but blanks before the body and a first letter in lower case
    (``hồ chứa thủy lợi, ...``): the header and the first clauses are gone."""
    m = _NON_SPACE.search(text)  # the document's first character, not the body's
    return m is not None and m.start() >= lo and m.group().islower()


def _run_follows(readings: list[Reading | None], i: int, style: str,
                 value: tuple[int, ...]) -> bool:
    """Do the next two markers of ``style`` after ``i`` continue from ``value``
    (``4.`` and ``5.`` after ``3.``)? Markers of other styles may come between."""
    want = _successors(style, value)
    steps = 0
    for r in islice(readings, i + 1, None):
        if r is None or r[0] != style:
            continue
        if r[1] not in want:
            return False
        steps += 1
        if steps == 2:
            return True
        want = _successors(style, r[1])
    return False


def _gap(style: str, value: tuple[int, ...]) -> tuple[int, ...] | None:
    """The value one number past the next (``5.`` after ``3.``), if the style allows gaps."""
    return None if style.startswith(("alpha", "dotted", "subalpha")) else (value[0] + 2,)


def _gap_confirmed(readings: list[Reading | None], i: int, stack: list[_Node],
                   idx: int) -> bool:
    """A number skipped in the source (``3.`` then ``5.``): accept the marker at ``i``
    (its style open at ``stack[idx]``) when the next marker of its style continues from
    it before any style open above it (``stack[:idx]``)."""
    style, value, _ = readings[i]  # type: ignore[misc]
    outer: set[str] | None = None  # built only when a marker of another style comes first
    for k in range(i + 1, len(readings)):  # no slice: a copy per marker is quadratic
        later = readings[k]
        if later is None:
            continue
        if later[0] == style:
            return later[1][0] == value[0] + 1
        if outer is None:
            outer = {n.m.style for n in stack[:idx]}
        if later[0] in outer:
            return False
    return False


#: An amendment quoted after a colon: ``... như sau:`` / ``“4. Xác định ...`` ... ``”.``
_QUOTE_OPEN = regex.compile(
    r":[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:[“\"„«]|‘‘)"
    # or a quotation mark opening a line right before a clause marker (``“3. Người nộp
    # thuế ...``, ``“Điều 8.``), whatever the line before ends with
    r"|(?:^|(?<=\n))[ \t]*(?:[“\"„«]|‘‘)"
    r"(?=Điều[ \t]+\d|\d{1,2}(?:\.\d{1,2})*[.)][ \t]|[a-zđ]\)[ \t])")
_QUOTE_CLOSE = regex.compile(r"(?:[”\"»]|’’)[ \t]*[.;,]?[ \t]*(?=\n|$)")
#: A quotation mark after a line break and its indent: every opening the pattern above
#: finds has its mark there (or on the text's first line), so a scan for this (a literal
#: the engine jumps to) finds where to try it, instead of trying it at every character.
_LINE_QUOTE = re.compile(r"\n[ \t]*(?:[“\"„«]|‘‘)")
_BLANKS = frozenset(" \t\n")
#: Characters a quoted amendment may run over before its closing mark.
QUOTE_MAX_CHARS = 30_000


def _comes_again(readings: list[Reading | None], i: int, stack: list[_Node],
                 idx: int) -> bool:
    """Whether the reading at ``i`` (its style open at ``stack[idx]``) comes again among
    the next markers before any style open above it: the later one is the open clause's
    next, and the one at ``i`` a step of a numbering that started again under it. A
    table's rows numbered as the sections (``I.``, ``II.`` in a form) are followed by
    no second ``VI.``, so the section after them still counts."""
    style, value, _ = readings[i]  # type: ignore[misc]
    above = {n.m.style for n in stack[:idx]}
    for r in islice(readings, i + 1, i + 80):
        if r is None:
            continue
        if r[0] in above:
            return False
        if r[0] == style and r[1] == value:
            return True
    return False


def _quoted(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the amendments quoted in ``[lo, hi)``: from an opening quotation mark
    at a line start right after a line ending with a colon (or right before a clause
    marker) to the first closing mark that ends a line. An opening without a close
    within :data:`QUOTE_MAX_CHARS` quotes nothing."""
    out: list[tuple[int, int]] = []
    pos = lo
    bare = lo  # no closing mark ends a line in [.., bare): a failed search left that
    while True:
        m = _quote_open(text, pos, hi)
        if m is None:
            return out
        limit = min(hi, m.end() + QUOTE_MAX_CHARS)
        c = _QUOTE_CLOSE.search(text, max(m.end(), bare), limit)
        if c is None:
            bare = max(bare, limit)  # each character is searched once: linear
            pos = m.end()
            continue
        out.append((m.end(), c.end()))
        pos = c.end()


def _quote_open(text: str, pos: int, hi: int) -> regex.Match[str] | None:
    """``_QUOTE_OPEN.search(text, pos, hi)``, tried only where it can start: for each
    quotation mark opening a line (:data:`_LINE_QUOTE`), in order, at the colon that
    ends the last line with a word above it (the first branch) and at the mark's line
    start (the second). No opening starts elsewhere: what lies between its start and
    its mark is blank but for the colon, and a mark opening a line is no blank, so an
    opening with a later mark starts after every try for an earlier one."""
    if pos == 0 and (m := _QUOTE_OPEN.match(text, 0, hi)) is not None:
        return m  # (the text's first line, which no line break opens)
    opening = _QUOTE_OPEN.match
    for q in _LINE_QUOTE.finditer(text, max(pos - 1, 0), hi):
        line = q.start() + 1
        colon = q.start()
        while colon >= pos and text[colon] in _BLANKS:
            colon -= 1
        if colon >= pos and text[colon] == ":" and (m := opening(text, colon, hi)) is not None:
            return m
        if line >= pos and (m := opening(text, line, hi)) is not None:
            return m
    return None


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _inline_before(text: str, style: str, value: tuple[int, ...], parent: _Node | None,
                   start: int) -> bool:
    """``2.2.`` opening a line under ``2. Về đại lý 2.1. Điều kiện ...``: the first point
    ran on inside its parent's heading line, so the sequence goes on from there."""
    if parent is None or not style.startswith("dotted") or value[-1] < 2:
        return False
    pv = parent.m.value
    if value[:-1] != pv and value[:-1] != pv[-len(value) + 1:]:
        return False
    before = ".".join(map(str, (*value[:-1], value[-1] - 1))) + "."
    at = text.find(before, parent.m.start + len(parent.m.marker), start)
    return at > 0 and not text[at - 1].isalnum() and text[at - 1] != "."


#: A dotted point inside a line, after a blank and before a word in capitals
#: (``2. Về đại lý 2.1. Điều kiện ...``).
_INLINE_POINT = regex.compile(r"(?<=[^\S\n])(\d{1,2}(?:\.\d{1,2}){1,3})\.[^\S\n]+(?=\p{Lu})")


def _inline_first(text: str, node: _Node, readings: list[Reading | None], i: int) -> _Marker | None:
    """The first point of ``node`` run on inside its heading line (a crawler joined the
    lines: ``2. Về đại lý 2.1. Điều kiện ...``), if a line further on opens with the
    second (``2.2.``) before the next marker of the node's own style."""
    m = node.m
    if m.style != "arabic" and not m.style.startswith("dotted"):
        return None
    want = (*m.value, 1)
    a = m.start + len(m.marker)
    b = text.find("\n", a)
    hit = next((h for h in _INLINE_POINT.finditer(text, a, len(text) if b < 0 else b)
                if tuple(map(int, h.group(1).split("."))) == want), None)
    if hit is None:
        return None
    second = (*m.value, 2)
    for k in range(i + 1, len(readings)):  # only on a hit: rare, and ends at a sibling
        r = readings[k]
        if r is None:
            continue
        if r[1] == second and r[0] == f"dotted{len(second)}":
            return _Marker(r[0], want, hit.group(1), hit.group(0), hit.start())
        if r[0] == m.style and len(r[1]) == len(m.value):
            return None
    return None


def _runs_on(text: str, start: int, marker: str) -> bool:
    """Does an article marker with no stop after its number (``Điều 22 Luật ...``) go
    on a sentence that the line before leaves open (ending in a small letter, a digit
    or a comma: ``... khoản 4 và khoản 6`` / ``Điều 22 Luật BHYT``)? Then a wrapped
    line put a citation at the line start; an article's own marker has its stop, or
    follows a line that ends a sentence, a heading or a colon. Even with its stop, a
    marker below a line that waits for a citation (``... quy định tại``, ``... khoản 2``)
    is one."""
    nl = text.rfind("\n", 0, start)
    if nl <= 0:
        return False
    before = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    if marker.rstrip().endswith((".", ":")):
        return P.CITATION_LEAD_END.search(before) is not None
    if not before or not any(map(str.islower, before)):
        return False  # a blank line or a heading in capitals before it
    last = before[-1]
    return last == "," or last.isdigit() or last.islower()


#: How many markers on an OCR-confusable marker looks for the next of its reading's style.
_CONFIRM_REACH = 100


def _counts(r: Reading | None, level: dict[str, int],
            expect: list[tuple[tuple[int, ...], ...]], stack: list[_Node]) -> bool:
    """Does reading ``r`` continue its open level, or open a level not yet open? (No
    look ahead: what decides whether an OCR-confusable marker is read another way.)"""
    if r is None:
        return False
    style, value, _ = r
    idx = level.get(style, level.get(style + _CAPS))
    if idx is not None:
        return value in expect[idx]
    return _initial(style, value, stack[-1] if stack else None)


def _next_continues(readings: list[Reading | None], alts: dict[str, tuple[Reading, ...]],
                    markers: list[str], i: int, want: Reading, outer: set[str]) -> bool:
    """Is the next marker of ``want``'s style after the one at ``i`` (read as it is, or
    another way when OCR-confusable) the number after ``want``'s, before any marker of
    a style in ``outer`` (the open levels)?"""
    style, value, _ = want
    for k in range(i + 1, min(len(markers), i + 1 + _CONFIRM_REACH)):
        r = readings[k]
        found = [a for a in (r, *alts.get(markers[k], ())) if a is not None and a[0] == style]
        if found:
            return any(a[1][0] == value[0] + 1 for a in found)
        if r is not None and r[0] in outer:
            return False
    return False


def _ocr_reading(text: str, start: int, cands: tuple[Reading, ...], i: int,
                 readings: list[Reading | None], alts: dict[str, tuple[Reading, ...]],
                 markers: list[str], level: dict[str, int],
                 expect: list[tuple[tuple[int, ...], ...]], stack: list[_Node]) -> Reading | None:
    """The reading of an OCR-confusable marker (``l.``, ``Il.``, ``11.``) that fits the
    numbering, if one does: it continues an open level (``Il.`` after ``I.``: ``II``),
    or it opens one and the next marker of its style continues it (``l.`` then
    ``2.``: ``1``; ``l. MỤC ĐÍCH`` then ``II.``: ``I``, over a heading in capitals)."""
    for cand in cands:
        style, value, _ = cand
        idx = level.get(style, level.get(style + _CAPS))
        if idx is not None:
            if value in expect[idx]:
                return cand
            continue
        if not _initial(style, value, stack[-1] if stack else None):
            continue
        if style == "roman" and not _caps_heading(text, start, markers[i]):
            continue
        if _next_continues(readings, alts, markers, i, cand, {n.m.style for n in stack}):
            return cand
    return None


def _after_formula(match: str, lo: int, start: int) -> bool:
    """Is the line right above the marker at ``start`` the enacting formula (``QUYẾT
    ĐỊNH:``)? Only a short window before the marker is read, and only while clauses are
    open: most decisions have no numbered text above their formula."""
    return P.FORMULA_ABOVE.search(match, max(lo, start - 40), start) is not None


def build_tree(ctx: Context, lo: int, hi: int) -> list[_Node]:
    """Counted markers in ``[lo, hi)`` arranged into a tree.

    The candidates come from one scan (:func:`~vbcd.segment.body_markers.scan`); a
    candidate that does not count leaves the tree as it is, so the loop over them only
    compares its reading with what the open clauses expect next."""
    text = ctx.doc.text
    starts, markers, distinct = scan(text, lo, hi, ctx.norm.tables)
    readings = list(map(distinct.__getitem__, markers))
    quoted = _quoted(text, lo, hi)
    if quoted:
        # the points of a quoted amendment are the amended text's, not this one's
        keep = [not _inside(quoted, a) for a in starts]
        starts = list(compress(starts, keep))
        markers = list(compress(markers, keep))
        readings = list(compress(readings, keep))
    roots: list[_Node] = []
    stack: list[_Node] = []
    flat: list[_Node] = []
    level: dict[str, int] = {}  # style -> its index in the stack (styles there are unique)
    expect: list[tuple[tuple[int, ...], ...]] = []  # per stack level: values that follow
    gaps: list[tuple[int, ...] | None] = []  # per stack level: the value after a gap
    # Marker texts turned down since the tree last changed: the same text meets the
    # same open clauses, so it is turned down again without a look (a long run of
    # ``1.`` lines). Not those turned down by a gap check, which looks ahead.
    # While a level in capitals is open, the case of a marker's line decides too: the
    # shortcut is not taken.
    rejected: set[str] = set()
    # Per style, the last value of a run that starts again from the first value under an
    # open clause (``2. Cách sử dụng:`` then ``1. ...``, ``2. ...``, ``3. ...``) and
    # its length: those steps are turned down, and so is the next one of the run, though
    # it also continues the open sequence (``3.``) until the tree changes.
    restart: dict[str, tuple[tuple[int, ...], int]] = {}
    caps_open = 0  # levels in capitals on the stack
    # OCR-confusable markers (``l.``, ``Il.``, ``11.``): read another way when that fits
    alts = {mk: a for mk in distinct if (a := alternates(mk))}
    # a document whose first page is lost starts mid-sentence, and its numbering
    # mid-sequence (``3.``, ``4.``, ``5.``): the first run may open past its first value
    torn = bool(starts) and _torn_start(text, lo)
    for i, mk in enumerate(markers):
        if mk in rejected and not caps_open and mk not in alts:
            continue
        r = readings[i]
        if mk in alts and not _counts(r, level, expect, stack):
            r = _ocr_reading(text, starts[i], alts[mk], i, readings, alts, markers, level,
                             expect, stack) or r
        if r is None:
            rejected.add(mk)
            continue
        style, value, label = r
        if style == "article" and _runs_on(text, starts[i], mk):
            continue  # ``... tại khoản 2`` / ``Điều 69 của Luật Hải quan``: a citation
        if (style == "alphaupper" or mk[0] in P.ACCENTED_I) and not _caps_heading(
                text, starts[i], mk):
            # ``A. Nguyễn ...``: a section letter heads a line in capitals, and so
            # does a roman one with a stray tone mark (``Í- MỤC TIÊU``)
            continue
        if stack and _after_formula(ctx.match, lo, starts[i]):
            # ``QUYẾT ĐỊNH:`` above: the articles are the decision's own top level,
            # not points of the grounds' last section (``IV. KẾT LUẬN``)
            level.clear()
            del stack[:], expect[:], gaps[:]
            caps_open = 0
        key = style
        if style + _CAPS in level and _caps_heading(text, starts[i], mk):
            key = style + _CAPS
        idx = level.get(key)
        if (idx is not None and key == style and value not in expect[idx]
                and _initial(style, value, None) and stack[-1] is stack[idx]
                and not stack[idx].children
                and _caps_heading(text, stack[idx].m.start, stack[idx].m.marker)
                and not _caps_heading(text, starts[i], mk)):
            # ``1. MỤC ĐÍCH, YÊU CẦU`` then ``1. Mục đích``: the numbering starts again
            # under a heading in capitals, which becomes a level of its own
            top = stack[idx]
            del level[key]
            top.key = key + _CAPS
            level[top.key] = idx
            caps_open += 1
            idx = None
        if idx is not None:
            run = restart.get(style)
            if value not in expect[idx]:
                if value != gaps[idx]:
                    rejected.add(mk)
                    if _initial(style, value, None):
                        restart[style] = (value, 1)
                    elif run and value in _successors(style, run[0]):
                        restart[style] = (value, run[1] + 1)
                    continue
                if not (_gap_confirmed(readings, i, stack, idx) or (
                        style == "roman" and _caps_heading(text, starts[i], mk))):
                    # (a section in roman numerals over a heading in capitals needs no
                    # later one to confirm it: ``II. ...`` then ``IV. TỔ CHỨC THỰC HIỆN``)
                    continue
            elif (run and run[1] >= 2 and value in _successors(style, run[0])
                  and (run[1] >= 3 or _comes_again(readings, i, stack, idx))):
                # the next step of a numbering that started again under the open
                # clause and has reached its value, not the clause's own next one: so
                # after three steps (a form's rows ``I.`` to ``V.`` then ``VI.``), or
                # after two when the clause's next comes later (``3. Kết quả`` after
                # the steps ``1.``, ``2.``, ``3.``)
                restart[style] = (value, run[1] + 1)
                continue
            for n in stack[idx:]:
                del level[n.key]
                caps_open -= n.key.endswith(_CAPS)
            del stack[idx:], expect[idx:], gaps[idx:]
        elif not _initial(style, value, stack[-1] if stack else None) and not _inline_before(
                text, style, value, stack[-1] if stack else None, starts[i]) and not (
                torn and not roots and _run_follows(readings, i, style, value)):
            rejected.add(mk)
            continue
        rejected.clear()
        restart.clear()
        parent = stack[-1] if stack else None
        path = f"{parent.path}/{label}" if parent else label
        node = _Node(_Marker(style, value, label, markers[i], starts[i]), len(stack), path,
                     key=key)
        if parent:
            parent.children.append(node)
        else:
            roots.append(node)
        level[key] = len(stack)
        stack.append(node)
        expect.append(_successors(style, value))
        gaps.append(_gap(style, value))
        flat.append(node)
        inline = _inline_first(text, node, readings, i)
        if inline is not None and inline.style not in level:
            child = _Node(inline, len(stack), f"{node.path}/{inline.label}", key=inline.style)
            node.children.append(child)
            level[inline.style] = len(stack)
            stack.append(child)
            expect.append(_successors(inline.style, inline.value))
            gaps.append(_gap(inline.style, inline.value))
            flat.append(child)
    # own text ends where the next counted marker starts
    for i, node in enumerate(flat):
        node.end = flat[i + 1].m.start if i + 1 < len(flat) else hi
    for node in reversed(flat):
        node.subtree_end = max([node.end] + [c.subtree_end for c in node.children])
    return roots


def parse_clauses(ctx: Context, lo: int, hi: int) -> list[Clause]:
    """The clause tree of any zone ``[lo, hi)`` (an annex: a regulation's articles),
    read as the body's is."""
    return [_to_model(ctx, r) for r in build_tree(ctx, lo, hi)]


def _to_model(ctx: Context, node: _Node) -> Clause:
    text = ctx.doc.text
    s, e = strip_span(text, node.m.start, node.end)
    return Clause(
        label=node.m.label, path=node.path, marker=node.m.marker.strip(),
        style=node.m.style, depth=node.depth, text=text[s:e], start=s, end=e,
        subtree_end=max(e, strip_span(text, node.m.start, node.subtree_end)[1]),
        children=[_to_model(ctx, c) for c in node.children],
    )


def _paragraph_starts(lines: list[Line], lo: int, hi: int, since: int) -> Iterator[int]:
    """Offsets of the lines that open a paragraph within ``[lo, hi)``, from ``since`` on.

    Whether a line opens one depends only on the non-blank line above it and on the
    blank lines between, so the walk starts at ``since`` with that state rebuilt (the
    closing is looked for near the end of the body, not from its start)."""
    i = first_line_ending_after(lines, since)
    prev: Line | None = None
    blank = True
    k = i - 1
    while k >= 0 and lines[k].start >= lo:
        if not lines[k].blank:
            prev, blank = lines[k], k < i - 1
            break
        k -= 1
    for ln in islice(lines, i, None):
        if ln.start >= hi:
            break
        if ln.start < lo:
            continue
        if ln.blank:
            blank = True
            continue
        opens = blank or prev is None or (
            prev.text.rstrip().endswith((".", ":", ";", "!", "?", "./.", "”", '"'))
            and (ln.text[:1].isupper() or ln.text[:1] in "-–+(\"“"
                 # a numbered list item (``... như sau:`` / ``1. ...``), which no
                 # closing holds: the paragraph it opens ends the closing's search
                 or _MARKER.match(ln.text) is not None)
        ) or P.CLOSING_LINE_OPENERS.match(ln.text) is not None
        # (``Trên đây là ...`` below a last clause printed without its full stop)
        if opens and ln.start >= since:
            yield ln.start
        prev = ln
        blank = False


def _closing_start(ctx: Context, lines: list[Line], lo: int, hi: int,
                   clauses: bool = True) -> int | None:
    """Start of the closing paragraph(s) in ``[lo, hi)``, the tail of the body.

    Paragraphs are tried from the last one up, and none starting more than
    ``MAX_CLOSING_CHARS`` before ``hi`` can belong to the closing: only those are listed.
    Without ``clauses``, ``lo`` is the body's start and its first paragraph is the
    body's own text (what the letter says), never its closing, when others follow it."""
    starts = list(_paragraph_starts(lines, lo, hi, max(lo, hi - MAX_CLOSING_CHARS)))
    if not starts:
        return None
    text, match = ctx.doc.text, ctx.match
    found: int | None = None
    last_para = True
    # a heading-only clause line ("III. TỔ CHỨC THỰC HIỆN") owns the paragraph after it,
    # and so does one that announces it ("2. Về kinh phí:" / "Kinh phí thực hiện Kế
    # hoạch này ...": a self-reference there is the clause's, not a closing's)
    nl = text.find("\n", lo, hi)
    first_line = text[lo:nl if nl >= 0 else hi].strip()
    mk = P.MARKER.match(first_line)
    heading = mk is not None and (first_line.endswith(":") or (
        not first_line.endswith((".", ";", "./."))
        and (is_upper_line(first_line) or len(first_line) < 80
             or _SUBJECT_HEADING.match(first_line, mk.end()) is not None)))
    second: int | None = None  # the second paragraph's start, if it is the next line's
    if heading and nl >= 0:
        nonblank = _NON_SPACE.search(text, nl + 1, hi)
        after = nonblank.start() if nonblank else hi
        second = next(islice(_paragraph_starts(lines, lo, hi, lo), 1, None), None)
        heading = second == after
    else:
        heading = False
    for k in range(len(starts) - 1, -1, -1):
        s = starts[k]
        e = starts[k + 1] if k + 1 < len(starts) else hi
        para = text[s:e].strip()
        if heading and s == second and not P.CLOSING_LINE_OPENERS.match(para):
            break  # (``2. Kiểm tra`` / ``Trên đây là ...``: a closing, no clause body)
        if not para or P.MARKER.match(para):
            break
        if para[:1] in "-–+":
            break
        if not clauses and k == 0 and s == lo and len(starts) > 1:
            break  # (``Sở Y tế đề nghị ... triển khai thực hiện ...`` / ``Trân trọng./.``)
        seg = match[s:e]
        if _ATTACHMENT_NOTE.match(seg):
            found = s  # "(Đính kèm ...)": part of the closing, look further up
            continue
        final = para.endswith(("./.", "/.")) and last_para
        # the phrase search (hundreds of phrases) only when nothing cheaper decided
        if final or P.CLOSING_OPENERS.match(seg) or (
                last_para and P.CLOSING_PHRASES.search(seg)) or _request_above(
                    k, starts, found, para, seg):
            found = s
            # a courtesy line ("Trân trọng cảm ơn./.") below clauses leaves the paragraph
            # above last; a short request ("Đề nghị các đơn vị quan tâm, phối hợp./.")
            # does not, nor any line below a body without clauses (the body's own text)
            last_para = (last_para and clauses and len(para) <= SHORT_FORMULA
                         and P.CLOSING_COURTESY.match(seg) is not None)
            continue
        break
    return found


#: The longest paragraph read as a closing's request above its last paragraph.
REQUEST_MAX_CHARS = 400


def _request_above(k: int, starts: list[int], found: int | None, para: str, seg: str) -> bool:
    """Whether paragraph ``k`` (text ``para``, matching text ``seg``) is the request
    to carry the document out right above a closing last paragraph: ``Chủ tịch UBND
    tỉnh yêu cầu ... nghiêm túc thực hiện.`` / ``Trong quá trình thực hiện, nếu có khó
    khăn ...``. Only the paragraph next to the last, short, with a request formula: the
    other phrases of a closing are common in a clause's own text."""
    return (k == len(starts) - 2 and found == starts[-1] and len(para) <= REQUEST_MAX_CHARS
            and P.CLOSING_REQUESTS.search(seg) is not None)


#: The longest closing request read off the end of the last clause's paragraph.
GLUED_MAX_CHARS = 250
#: A sentence's start after a full stop, over any line break a hard wrap left:
#: ``... trước ngày 28/4/2022. Đề`` / ``nghị các cơ quan, đơn vị nghiêm túc thực hiện./.``
_GLUED_START = regex.compile(r"(?<=[^\W\d_]{2}|\d)\.[ \t]*\n?[ \t]*(?=\p{Lu})")


def _glued_closing(ctx: Context, lo: int, hi: int) -> int | None:
    """Start of a closing request printed on the last clause's paragraph, after its
    last sentence, when no paragraph break sets it apart (a hard-wrapped text layer, a
    converter that joined the lines): the body ends with ``./.`` and its last sentence,
    short, asks for the document to be carried out (``Đề nghị các đơn vị nghiêm túc
    thực hiện./.``: ``[closing] asks`` and ``requests``). ``lo`` is where the last
    clause's text starts, after its marker."""
    text = ctx.doc.text
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if not text.endswith("./.", lo, end):
        return None
    start = None
    for m in _GLUED_START.finditer(text, max(lo, end - GLUED_MAX_CHARS), end - 3):
        start = m.end()
    if start is None or "\n\n" in text[start:end]:
        return None
    if P.CLOSING_REQUESTS.search(ctx.match, start, end) is None or P.CLOSING_ASKS.search(
            ctx.match, start, end) is None:
        return None
    return start


def _adoption_start(ctx: Context, lines: list[Line], lo: int, hi: int) -> int | None:
    """Start of an adopted act's closing formula (``Nghị quyết này được ... thông qua
    ngày ...``): the body's last paragraph, when it names the document itself and says
    it was adopted. Acts ending with an article have no other closing (the last article
    is the execution clause, whatever paragraphs it holds)."""
    starts = list(_paragraph_starts(lines, lo, hi, max(lo, hi - MAX_CLOSING_CHARS)))
    if not starts:
        return None
    s = starts[-1]
    seg = ctx.match[s:hi]
    if P.ADOPTED_SELF.match(seg) and P.ADOPTION.search(seg):
        return s
    return None


#: The rest of a bracketed span of two full dates (``(3/2/1930 - 3/2/2012)``).
_ANNIVERSARY_SPAN = regex.compile(r"\s*[-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*\)")


#: How far before a date an occasion word is looked for (``nhân dịp ngày``).
_OCCASION_REACH = 20


def _meeting_date(ctx: Context, lo: int, hi: int) -> None:
    """The date of the meeting or event the preamble reports, if it reports one."""
    cited = False  # the first date was a cited document's: only a held one may follow
    # the first date was a fact's (``Tính đến hết ngày 30/6/2019, tỷ lệ giải ngân ...``, a
    # directive's account of the situation): only a held one may follow (``Tại phiên họp
    # Chính phủ thường kỳ tháng 7 tổ chức ngày 02/7, ...``)
    stated = False
    # a year-less meeting day takes the issue date's year (``Ngày 20/11, đồng chí ...
    # chủ trì cuộc họp``: a notice reports a meeting of the same year)
    issued = ctx.doc.issue_date
    anchor = issued.day() if issued is not None else _text_year_anchor(ctx, lo, hi)
    for a, b, d, late in _preamble_dates(ctx, lo, hi, anchor):
        if d.value is None or d.precision not in ("day", "datetime") or d.holiday:
            continue  # (a holiday is what a text prepares for: ``đón Tết Nguyên đán ...``)
        if _ANNIVERSARY_SPAN.match(ctx.doc.text, b) and ctx.doc.text.rfind(
                "(", lo, a) > ctx.doc.text.rfind(")", lo, a):
            return  # an anniversary's span in brackets ``(3/2/1930 - 3/2/2012)``: no event
        sent_start = max(ctx.doc.text.rfind(". ", lo, a), ctx.doc.text.rfind("\n\n", lo, a), lo)
        if late:  # (a paragraph of its own below the attendees' list: ``Ngày 20/5/2024, ...``)
            sent_start = max(sent_start, ctx.doc.text.rfind(".\n", lo, a) + 1)
        before = ctx.match[sent_start:a]
        held = P.MEETING_HELD.search(before) is not None or P.MEETING_TIME_LINE.match(
            ctx.match, max(lo, ctx.doc.text.rfind("\n", lo, a) + 1), a) is not None
        if not held and _phrase_opens_meeting(ctx, before, b, hi):
            held = True  # (``..., ngày 12/3/2025, Ủy ban Kiểm tra Tỉnh ủy đã họp, ...``)
        if late and not held and not _opens_meeting(ctx, before, b, hi):
            continue  # past the reach only a held meeting's date is read
        if not held and P.MEETING_OCCASION.search(before[-_OCCASION_REACH:]):
            continue  # (``Lễ khánh thành ... (dịp 30 tháng 4 năm 2025)``: an occasion's day)
        if not held and P.MEETING_DEADLINE_BEFORE.search(before):
            # (``Giao Sở ... chủ trì ..., báo cáo trước ngày 20/3``: a deadline; ``Tính đến
            # hết ngày 30/6``: a fact's day) no meeting's, nor any but a held one after it
            stated = True
            continue
        if (cited or stated) and not held and not _opens_meeting(ctx, before, b, hi):
            continue  # (before the sentence's end is looked for: it is not read)
        m_end = _SENTENCE_STOP.search(ctx.doc.text, b, hi)
        sent_end = m_end.start() if m_end else hi
        sentence = ctx.match[sent_start:sent_end]
        if not held and (P.CITATION_BEFORE.search(before) or P.ISSUED_AFTER.search(
                sentence[:max(0, b - sent_start + 80)])):
            cited = True
            continue
        if held or P.MEETING_WORDS.search(sentence):
            ctx.doc.meeting_date = DateField(value=d.value, text=ctx.doc.text[a:b], start=a, end=b)
            return
        stated = True


#: How far back from the reach the far reading starts again, so that a date cut by the
#: reach is read whole.
_REACH_OVERLAP = 60


def _preamble_dates(ctx: Context, lo: int, hi: int, anchor: dt.date | None) -> Iterator[
        tuple[int, int, DateMention, bool]]:
    """``(start, end, date, late)`` of the dates of the preamble ``[lo, hi)``: those
    within the reach (structure.toml [meeting].reach), then, only when the text past it
    names a meeting at all (one cheap search) and none was read before, those up to the
    late reach (``late``: only a held meeting's date is read there)."""
    from vbcd.extract.dates import find_dates

    text = ctx.doc.text
    end = min(hi, lo + P.MEETING_REACH)
    for d in find_dates(text[lo:end], anchor=anchor):
        yield lo + d.start, lo + d.end, d, False
    far = min(hi, lo + P.MEETING_LATE_REACH)
    if far <= end or P.MEETING_LATE_CUE.search(ctx.match, end, far) is None:
        return
    start = end - _REACH_OVERLAP
    for d in find_dates(text[start:far], anchor=anchor):
        if start + d.end > end:
            yield start + d.start, start + d.end, d, True


#: A full date in digits (``30/7/2024``): its year is a header-less text's.
_FULL_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)")


def _text_year_anchor(ctx: Context, lo: int, hi: int) -> dt.date | None:
    """The anchor of a preamble's year-less days when the document has no issue date
    (``Sáng 5/7, ông ... chủ trì ...`` under a bare title): none when the preamble has
    a full date of its own (the dates layer takes the nearest), else the first full
    date of the text after it, as the dates layer resolves the same day."""
    text = ctx.doc.text
    if _FULL_DATE.search(text, lo, hi) is not None:
        return None
    m = _FULL_DATE.search(text, hi)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _phrase_opens_meeting(ctx: Context, before: str, b: int, hi: int) -> bool:
    """Whether a date (ending at ``b``; ``before``: its sentence up to it) opens a phrase
    of its sentence, a body's capitalised name follows after a comma, and a meeting verb
    close after (``..., với sự tham dự của ..., ngày 12/3/2025, Ủy ban Kiểm tra Tỉnh ủy
    đã họp, xem xét ...``): the meeting reported after its grounds, as a sentence opening
    with the date reports it. No cited document's number may stand right before it."""
    if P.MEETING_PHRASE_OPEN.search(before[-40:]) is None or P.MEETING_SUBJECT_AFTER.match(
            ctx.match, b) is None or P.CITATION_BEFORE.search(before) is not None:
        return False
    return _opens_meeting(ctx, "", b, hi)


def _opens_meeting(ctx: Context, before: str, b: int, hi: int) -> bool:
    """Whether a date (ending at ``b``; ``before``: its sentence up to it) opens its
    sentence and a meeting verb follows close after (``. Ngày 07/9/2022, Ủy ban Kiểm tra
    Huyện ủy họp, ...``): a meeting reported after a cited decision's or a fact's date,
    which only such a sentence, or a held one, may follow."""
    if P.MEETING_SENTENCE_OPEN.fullmatch(before) is None:
        return False
    stop = ctx.doc.text.find(".", b, min(hi, b + P.MEETING_OPENING_REACH))
    end = stop if stop >= 0 else min(hi, b + P.MEETING_OPENING_REACH)
    return P.MEETING_OPENING_VERB.search(ctx.match, b, end) is not None


def _title_meeting_date(ctx: Context) -> None:
    """The meeting date a conclusion notice's title names (``Kết luận ... tại cuộc họp
    ngày 17/3/2026 về ...``), read when the preamble names none: such a notice often
    opens with ``Sau khi nghe báo cáo ...`` and leaves the date to the title."""
    title = ctx.doc.title
    if title is None or not P.TITLE_MEETING_HINT.search(ctx.match, title.start, title.end):
        return
    from vbcd.extract.dates import find_dates

    issued = ctx.doc.issue_date
    seg = ctx.doc.text[title.start:title.end]
    for d in find_dates(seg, anchor=issued.day() if issued is not None else None):
        if d.value is None or d.precision not in ("day", "datetime") or d.holiday:
            continue
        a, b = title.start + d.start, title.start + d.end
        before = ctx.match[title.start:a]
        if P.TITLE_MEETING.search(before) is None or P.CITATION_BEFORE.search(before):
            return  # the title's first day is no meeting's: none after it is either
        ctx.doc.meeting_date = DateField(value=d.value, text=ctx.doc.text[a:b], start=a, end=b)
        return


#: Types that report no one meeting (structure.toml [meeting].no_meeting_types).
_NO_MEETING_TYPES = frozenset(P._struct["meeting"]["no_meeting_types"])
#: Types whose first clauses may hold the meeting's time line (``clause_time_types``).
_CLAUSE_TIME_TYPES = frozenset(P._struct["meeting"]["clause_time_types"])
#: How many clauses from the top a convening notice's time line is looked for in.
_TIME_LINE_CLAUSES = 4


def _clause_time_line(ctx: Context, roots: list[_Node]) -> None:
    """The meeting date of a notice that convenes or moves a meeting and numbers its
    particulars (``1. Thời gian: 01 ngày, khai mạc lúc 7 giờ 30, ngày 23/11/2023``):
    the date on a time line opening one of its first clauses (after a heading such as
    ``I. THỜI GIAN, ĐỊA ĐIỂM``), read as the preamble's time line is."""
    text = ctx.doc.text
    todo = list(reversed(roots))
    seen = 0
    while todo and seen < _TIME_LINE_CLAUSES:
        n = todo.pop()
        seen += 1
        a = n.m.start + len(n.m.marker)
        e = text.find("\n", a)
        e = len(text) if e < 0 else e
        if "th" in text[a:a + 12].lower() and P.MEETING_TIME_LINE.match(ctx.match, a, e):
            _meeting_date(ctx, a, e)
            return
        todo.extend(reversed(n.children))


def parse_body(ctx: Context) -> None:
    """Fill ``preamble``, ``clauses``, ``closing`` and ``meeting_date``."""
    doc = ctx.doc
    text = doc.text
    lo = ctx.cache.get("body_start", 0)
    ends = [len(text)]
    for name in ("recipients", "signature", "annex"):
        z = ctx.zones.get(name)
        if z is not None and z[0] >= lo:
            ends.append(z[0])
    hi = min(ends)
    if hi <= lo:
        doc.warn("no_body", "the document has no body text", lo, lo)
        return
    ctx.zones["body"] = (lo, hi)
    lines = ctx.lines
    roots = build_tree(ctx, lo, hi)
    flat_last: _Node | None = None
    for r in roots:
        node = r
        while node.children:
            node = node.children[-1]
        flat_last = node
    closing_lo = flat_last.m.start if flat_last else lo
    # decisions end with their last article (the execution clause): no closing
    last_top = roots[-1].m.style if roots else None
    closing = (_adoption_start(ctx, lines, closing_lo, hi) if last_top == "article"
               else _closing_start(ctx, lines, closing_lo, hi, flat_last is not None))
    if closing is None and flat_last is not None and last_top != "article":
        closing = _glued_closing(ctx, flat_last.m.start + len(flat_last.m.marker), hi)
    if closing is not None and flat_last is not None and closing <= flat_last.m.start:
        closing = None
    if closing is not None:
        s, e = strip_span(text, closing, hi)
        doc.closing = Zone(text=text[s:e], start=s, end=e)
        _cut_tree(roots, closing)
    doc.clauses = [_to_model(ctx, r) for r in roots]
    pre_end = roots[0].m.start if roots else (closing if closing is not None else hi)
    s, e = strip_span(text, lo, pre_end)
    if e > s:
        _meeting_date(ctx, s, e)
    lead = ctx.cache.get("invite_lead")
    if lead is not None and lead < lo:
        # an invitation's lead-in paragraph above its invitees opens the preamble, which
        # then spans the invitee list too (assignments skip the addressees within)
        ls, le = strip_span(text, lead, lo)
        if doc.meeting_date is None:
            _meeting_date(ctx, ls, le)
        s, e = ls, (e if e > s else le)
    if e > s:
        doc.preamble = Zone(text=text[s:e], start=s, end=e)
    if doc.meeting_date is None:
        _title_meeting_date(ctx)
    if doc.meeting_date is None and roots and doc.doc_type is not None and (
            doc.doc_type.code in _CLAUSE_TIME_TYPES):
        _clause_time_line(ctx, roots)
    if doc.meeting_date is not None and doc.doc_type is not None and (
            doc.doc_type.code in _NO_MEETING_TYPES):
        doc.meeting_date = None
    if not roots:
        doc.warn("no_clauses", "no numbered clauses were found", lo, hi)


def _cut_tree(roots: list[_Node], at: int) -> None:
    """End every clause at ``at`` (the closing is not part of the last clause)."""
    stack = list(roots)
    while stack:
        n = stack.pop()
        n.end = min(n.end, at)
        n.subtree_end = min(n.subtree_end, at)
        stack.extend(n.children)
