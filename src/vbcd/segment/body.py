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

from dataclasses import dataclass, field

import regex

from vbcd.grammar import patterns as P
from vbcd.models import Clause, DateField, Zone
from vbcd.pipeline import Context
from vbcd.segment.lines import Line, first_line_ending_after
from vbcd.segment.text import strip_span

_ALPHABET = "abcdđefghiklmnopqrstuvxy"
_ORDINALS = {w: i + 1 for i, w in enumerate(
    ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])} | {"bốn": 4}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
MAX_CLOSING_CHARS = 2500
SHORT_FORMULA = 80
_SENTENCE_END = regex.compile(r"(?<=[.;:])\s")
_SENTENCE_STOP = regex.compile(r"[.:!?](?:\s|$)|\n\s*\n")
_ISSUED = regex.compile(r"ban\s+hành|\bsố\s+\d", regex.I)
_ATTACHMENT_NOTE = regex.compile(  # possessive: a blank run is not re-split (quadratic)
    r"^\s*+\(?+\s*+(?:Đính\s+kèm|Kèm\s+theo|Gửi\s+kèm)", regex.I)


def roman_value(s: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch, 0)
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


@dataclass
class _Marker:
    style: str
    value: tuple[int, ...]
    label: str
    marker: str
    start: int
    text_start: int


@dataclass
class _Node:
    m: _Marker
    depth: int
    path: str
    children: list[_Node] = field(default_factory=list)
    end: int = 0
    subtree_end: int = 0


def read_marker(seg: str, offset: int) -> _Marker | None:
    """The clause marker at the start of ``seg`` (a line), if any."""
    m = P.MARKER.match(seg)
    if m is None:
        return None
    marker = m.group("marker")
    text_start = offset + m.end()
    if m.group("article"):
        n = int(m.group("art"))
        return _Marker("article", (n,), f"Điều {n}", marker, offset, text_start)
    if m.group("part"):
        word = marker.split()[0].capitalize()
        val = m.group("partn")
        if val.isdigit():
            num = int(val)
        elif val.isupper() and " " not in val:
            num = roman_value(val)
        else:  # "thứ nhất": an ordinal word
            num = _ORDINALS.get(val.split()[-1].lower(), 0)
        label = f"{word} {val}".strip(" .:")
        return _Marker("part:" + word.lower(), (num,), label, marker, offset, text_start)
    if m.group("roman"):
        rom = m.group("rom")
        return _Marker("roman", (roman_value(rom),), rom, marker, offset, text_start)
    if m.group("dotted"):
        nums = tuple(int(x) for x in m.group("dot").split("."))
        return _Marker(f"dotted{len(nums)}", nums, m.group("dot"), marker, offset, text_start)
    if m.group("arabic"):
        n = int(m.group("num"))
        end = marker.rstrip()[-1]
        style = {".": "arabic", ")": "arabic)"}.get(end, "arabic-")
        return _Marker(style, (n,), str(n), marker, offset, text_start)
    if m.group("paren"):
        n = int(m.group("pnum"))
        return _Marker("paren", (n,), f"({n})", marker, offset, text_start)
    letter = m.group("let") or m.group("letd")
    if letter and letter in _ALPHABET:
        style = "alphadot" if m.group("letd") else (
            "alpha" if marker.rstrip().endswith(")") else "alphadash")
        return _Marker(style, (_ALPHABET.index(letter),), letter, marker, offset, text_start)
    return None


def _initial(mk: _Marker, parent: _Node | None) -> bool:
    if mk.style == "article" or mk.style.startswith("part:"):
        return True
    if mk.style.startswith("dotted"):
        if mk.value[-1] != 1:
            return False
        if parent is None:
            return True
        pv = parent.m.value
        return mk.value[:-1] == pv[-len(mk.value) + 1:] or mk.value[:-1] == pv
    return mk.value == (0,) if mk.style.startswith("alpha") else mk.value == (1,)


def _follows(prev: _Marker, mk: _Marker) -> bool:
    if mk.style.startswith("dotted"):
        return mk.value[:-1] == prev.value[:-1] and mk.value[-1] == prev.value[-1] + 1
    if mk.style.startswith("alpha"):
        return 1 <= mk.value[0] - prev.value[0] <= 2
    return mk.value[0] == prev.value[0] + 1


def _gap_confirmed(cands: list[_Marker], i: int, prev: _Marker, outer: set[str]) -> bool:
    """A number skipped in the source (``3.`` then ``5.``): accept the marker when the
    next marker of its style continues from it before any outer style intervenes."""
    mk = cands[i]
    if mk.style.startswith(("alpha", "dotted")) or mk.value[0] != prev.value[0] + 2:
        return False
    for k in range(i + 1, len(cands)):  # no slice: a copy per marker is quadratic
        later = cands[k]
        if later.style in outer:
            return False
        if later.style == mk.style:
            return later.value[0] == mk.value[0] + 1
    return False


def build_tree(ctx: Context, lines: list[Line], lo: int, hi: int) -> list[_Node]:
    """Counted markers in ``[lo, hi)`` arranged into a tree."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    flat: list[_Node] = []
    tables = ctx.norm.tables  # sorted, disjoint: walked with one pointer, not per line
    t = 0
    cands: list[_Marker] = []
    for ln in lines[first_line_ending_after(lines, lo):]:
        if ln.start >= hi:
            break
        if ln.blank or ln.start < lo:
            continue
        while t < len(tables) and tables[t][1] <= ln.start:
            t += 1
        if t < len(tables) and tables[t][0] <= ln.start:
            continue
        mk = read_marker(ctx.doc.text[ln.start:ln.end], ln.start)
        if mk is not None:
            cands.append(mk)
    for i, mk in enumerate(cands):
        idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].m.style == mk.style),
                   None)
        if idx is not None:
            outer = {n.m.style for n in stack[:idx]}
            if not (_follows(stack[idx].m, mk) or _gap_confirmed(cands, i, stack[idx].m, outer)):
                continue
            del stack[idx:]
        else:
            parent = stack[-1] if stack else None
            if not _initial(mk, parent):
                continue
        parent = stack[-1] if stack else None
        path = f"{parent.path}/{mk.label}" if parent else mk.label
        node = _Node(mk, len(stack), path)
        if parent:
            parent.children.append(node)
        else:
            roots.append(node)
        stack.append(node)
        flat.append(node)
    # own text ends where the next counted marker starts
    for i, node in enumerate(flat):
        node.end = flat[i + 1].m.start if i + 1 < len(flat) else hi
    for node in reversed(flat):
        node.subtree_end = max([node.end] + [c.subtree_end for c in node.children])
    return roots


def _to_model(ctx: Context, node: _Node) -> Clause:
    text = ctx.doc.text
    s, e = strip_span(text, node.m.start, node.end)
    return Clause(
        label=node.m.label, path=node.path, marker=node.m.marker.strip(),
        style=node.m.style, depth=node.depth, text=text[s:e], start=s, end=e,
        subtree_end=max(e, strip_span(text, node.m.start, node.subtree_end)[1]),
        children=[_to_model(ctx, c) for c in node.children],
    )


def _paragraph_starts(ctx: Context, lines: list[Line], lo: int, hi: int) -> list[int]:
    """Offsets of lines that open a paragraph within ``[lo, hi)``."""
    starts: list[int] = []
    prev: Line | None = None
    blank = True
    for ln in lines[first_line_ending_after(lines, lo):]:
        if ln.start >= hi:
            break
        if ln.start < lo:
            continue
        if ln.blank:
            blank = True
            continue
        opens = blank or prev is None or (
            prev.text.rstrip().endswith((".", ":", ";", "!", "?", "./.", "”", '"'))
            and (ln.text[:1].isupper() or ln.text[:1] in "-–+(\"“")
        )
        if opens:
            starts.append(ln.start)
        prev = ln
        blank = False
    return starts


def _closing_start(ctx: Context, lines: list[Line], lo: int, hi: int) -> int | None:
    """Start of the closing paragraph(s) in ``[lo, hi)``, the tail of the body."""
    starts = _paragraph_starts(ctx, lines, lo, hi)
    if not starts:
        return None
    text, match = ctx.doc.text, ctx.match
    found: int | None = None
    last_para = True
    # a heading-only clause line ("III. TỔ CHỨC THỰC HIỆN") owns the paragraph after it
    nl = text.find("\n", lo, hi)
    first_line = text[lo:nl if nl >= 0 else hi].strip()
    after = nl + 1 + (len(text[nl + 1:hi]) - len(text[nl + 1:hi].lstrip())) if nl >= 0 else -1
    heading = (
        bool(P.MARKER.match(first_line)) and len(starts) > 1 and starts[1] == after
        and not first_line.endswith((".", ";", ":", "./."))
        and (P.is_upper_line(first_line) or len(first_line) < 80)
    )
    for k in range(len(starts) - 1, -1, -1):
        if heading and k == 1:
            break
        s = starts[k]
        e = starts[k + 1] if k + 1 < len(starts) else hi
        para = text[s:e].strip()
        if hi - s > MAX_CLOSING_CHARS or not para or P.MARKER.match(para):
            break
        if para[:1] in "-–+":
            break
        seg = match[s:e]
        if _ATTACHMENT_NOTE.match(seg):
            found = s  # "(Đính kèm ...)": part of the closing, look further up
            continue
        opener = P.CLOSING_OPENERS.match(seg)
        phrase = P.CLOSING_PHRASES.search(seg) if last_para else None
        final = para.endswith(("./.", "/.")) and last_para
        if opener or (last_para and (phrase or final)):
            found = s
            # a courtesy line ("Trân trọng cảm ơn./.") leaves the paragraph above last
            last_para = last_para and len(para) <= SHORT_FORMULA
            continue
        break
    return found


def _meeting_date(ctx: Context, lo: int, hi: int) -> None:
    """The date of the meeting or event the preamble reports, if it reports one."""
    try:
        from vbcd.extract.dates import find_dates
    except ImportError:  # pragma: no cover - the dates layer ships with the package
        return
    seg = ctx.doc.text[lo:min(hi, lo + 700)]
    for d in find_dates(seg):
        if d.value is None or d.precision not in ("day", "datetime"):
            continue
        a, b = lo + d.start, lo + d.end
        sent_start = max(ctx.doc.text.rfind(". ", lo, a), ctx.doc.text.rfind("\n\n", lo, a), lo)
        m_end = _SENTENCE_STOP.search(ctx.doc.text, b, hi)
        sent_end = m_end.start() if m_end else hi
        before = ctx.match[sent_start:a]
        sentence = ctx.match[sent_start:sent_end]
        if P.CITATION_BEFORE.search(before) or _ISSUED.search(
                sentence[:max(0, b - sent_start + 80)]):
            return
        if P.MEETING_WORDS.search(sentence):
            ctx.doc.meeting_date = DateField(value=d.value, text=ctx.doc.text[a:b], start=a, end=b)
        return


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
    roots = build_tree(ctx, lines, lo, hi)
    flat_last: _Node | None = None
    for r in roots:
        node = r
        while node.children:
            node = node.children[-1]
        flat_last = node
    closing_lo = flat_last.m.start if flat_last else lo
    # decisions end with their last article (the execution clause): no closing
    last_top = roots[-1].m.style if roots else None
    closing = None if last_top == "article" else _closing_start(ctx, lines, closing_lo, hi)
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
        doc.preamble = Zone(text=text[s:e], start=s, end=e)
        _meeting_date(ctx, s, e)
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
