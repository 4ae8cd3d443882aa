"""Addressees: the ``Kính gửi:`` / ``Kính trình:`` block, or the recipient list of
a công điện (``THỦ TƯỚNG CHÍNH PHỦ điện:``).

Items are one per dash line, or ``;``-separated on one line; a wrapped item
continues on a line without a dash. The block ends after an item closed by a
full stop, at a blank line followed by a non-item line, or at a body opener.
"""

from __future__ import annotations

import regex

from vbcd.grammar import patterns as P
from vbcd.models import Addressee
from vbcd.pipeline import Context
from vbcd.segment.lines import Line
from vbcd.segment.text import ITEM_MARKS

SEARCH_LINES = 6
MAX_ITEMS = 60
_INLINE_HEAD = regex.compile(r"Kính\s*gửi\s*:\s*")
_SEMI = regex.compile(r";|$")
#: A body opener inside the heading's own line (a flattened page: ``Kính gửi: Sở Y tế
#: Thực hiện Luật ...``): written with its capital, after a blank, it ends the addressee.
_INLINE_OPENER = regex.compile(
    r"[ \t]+(?=" + P.BODY_START_NOT + P.words_alt(P._struct["body_start"]["phrases"]) + r")")


def _head(ctx: Context, lo: int) -> tuple[int, int] | None:
    """(start, end) of the addressee heading near the body start."""
    seen = 0
    body = False  # whether a line above reads as the body's (a clause, a sentence)
    clause = False  # whether a line above opens with a clause's marker
    for ln in ctx.lines_from(lo):
        if ln.blank:
            continue
        seen += 1
        if seen > SEARCH_LINES:
            break
        a = max(ln.start, lo)
        seg = ctx.match[a:ln.end]
        m = P.ADDRESSEE_HEAD.match(seg)
        if m and not (body and ":" not in m.group()):
            return a + m.start("head"), a + m.end()
        if ("mời" in seg or "MỜI" in seg) and not clause and (
                m := P.INVITE_HEAD.match(seg)) is not None and not _numbered_next(
                    ctx, ln.end):
            # a giấy mời's ``Trân trọng kính mời:`` (under the title or its lead-in
            # sentence, no clause above): its invitees are its addressees; a numbered
            # list of them (``1. Đại diện lãnh đạo: ...``) stays the clauses it reads as
            return a + m.end(), a + m.end()
        clause = clause or P.MARKER.match(seg) is not None
        body = body or _body_text(seg)
        if P.TELEGRAM_HEAD.search(seg):
            return a, ln.end
        m = P.TELEGRAM_INLINE.match(seg) or P.TELEGRAM_MID.match(seg)
        if m:
            return a + m.start("head"), a + m.end()
    # flattened headers: "Hà Nội, ngày ... Kính gửi: ..." on one line
    header_end = ctx.zones.get("header", (0, 0))[1]
    hm = _INLINE_HEAD.search(ctx.match, max(0, header_end - 400), lo + 200)
    if hm:
        return hm.start(), hm.end()
    return None


def _numbered_next(ctx: Context, end: int) -> bool:
    """Whether the next line that is not blank after ``end`` opens with a clause's
    marker (``1.``, ``a)``)."""
    for ln in ctx.lines_from(end):
        if ln.start < end or ln.blank:
            continue
        return P.MARKER.match(ctx.match[ln.start:ln.end]) is not None
    return False


def _body_text(seg: str) -> bool:
    """Whether a line under the title is the body's: a clause marker or a sentence's
    end. Below it a heading without its colon is a short report's or tờ trình's
    closing formula (``Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.``), not
    the addressee block, which stands right under the title."""
    return P.MARKER.match(seg) is not None or seg.rstrip().endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "!", "?")


def parse_addressees(ctx: Context) -> None:
    """Fill ``addressees`` and move the body start past them."""
    lo = ctx.cache.get("body_start", 0)
    head = _head(ctx, lo)
    if head is None:
        return
    items, end = _read_items(ctx, head[1])
    while (more := _next_head(ctx, end)) is not None:
        # ``Kính gửi: Thủ tướng Chính phủ.`` / ``Đồng kính gửi: Bộ Nội vụ.``: a second
        # heading right under the first adds its addressees
        extra, end = _read_items(ctx, more)
        items.extend(extra)
    text = ctx.doc.text
    dashed = any(text[a:a + 1] in ITEM_MARKS for a, _ in items)
    out: list[Addressee] = []
    for a, b in items:
        for la, lb in ([(a, b)] if dashed else _split_lines(text, a, b)):
            for s, e in _split_semicolons(text, la, lb):
                e = _name_end(text, s, e)
                out.append(Addressee(text=text[s:e], start=s, end=e))
    if len(out) > 1 and out[0].text.endswith(":"):
        # ``Kính gửi: Các cơ quan, đơn vị có tên sau đây:`` / ``- Sở Y tế; ...``: the
        # lead-in of the list names no addressee of its own
        out = out[1:]
    ctx.doc.addressees = out
    ctx.zones["addressees"] = (head[0], end)
    if head[0] == head[1] and out:
        # a giấy mời's invitees under a lead-in paragraph (``Thực hiện Kế hoạch số ...,
        # Sở ... tổ chức Hội nghị ...`` / ``Sở ... trân trọng kính mời:``): that paragraph
        # is the preamble's opening, not lost above the addressees (body reads it)
        line_start = text.rfind("\n", 0, head[0]) + 1
        if line_start > lo and text[lo:line_start].strip():
            ctx.cache["invite_lead"] = lo
    ctx.cache["body_start"] = max(lo, end)


def _read_items(ctx: Context, head_end: int) -> tuple[list[tuple[int, int]], int]:
    """The addressee items after a heading ending at ``head_end``, and where they end."""
    text = ctx.doc.text
    items: list[tuple[int, int]] = []
    cur: list[int] | None = None
    end = head_end
    lines = ctx.lines_from(head_end)
    blank = False
    dashed = False  # whether an item so far opened with a dash
    own_lines = False  # whether the first item stands on a line of its own
    for k, ln in enumerate(lines):
        a = max(ln.start, head_end)
        seg = text[a:ln.end].strip()
        if not seg:
            blank = True
            continue
        a = a + (len(text[a:ln.end]) - len(text[a:ln.end].lstrip()))
        if not items and cur is None and ln.start < head_end:
            om = _INLINE_OPENER.search(ctx.match, a, ln.end)
            if om is not None and om.start() > a:  # the body goes on on the heading's line
                items.append((a, om.start()))
                end = om.start()
                break
        is_item = seg[:1] in ITEM_MARKS
        dashed = dashed or is_item
        if items or cur:
            if (blank and not is_item and not _opens_list(text, cur)) or P.ADDRESSEE_HEAD.match(
                    ctx.match[a:ln.end]):
                break  # a blank before a non-item, or the next heading (``Đồng kính gửi:``)
            if not is_item and (_body_opener(ctx, ln) or P.VV.match(seg) or (
                    cur is not None and _sentence(text[max(cur[0], cur[1] - 80):cur[1]], seg)
                    and not (not dashed and _named_list(seg)))):
                break
            prev_closed = cur is None or _closed(text[cur[0]:cur[1]])
            if not is_item and prev_closed and not (
                    cur is not None and not dashed and _bare_item(seg)
                    and (own_lines or ln.start - text.rfind("\n", 0, ln.start) > _INDENT)):
                break
        blank = False
        if cur is None and not items:
            own_lines = ln.start >= head_end
        if is_item and cur is not None and _names_go_on(text[cur[0]:cur[1]], seg[1:]):
            cur[1] = ln.end  # ``- ... các tỉnh: Gia Lai,`` / ``- Đắk Lắk và Khánh Hòa;``
        elif is_item or cur is None:
            if cur is not None:
                items.append((cur[0], cur[1]))
            cur = [a, ln.end]
        else:
            cur[1] = ln.end
        end = ln.end
        if seg.rstrip().endswith((".", "./.")) and not seg.rstrip().endswith("...") and not (
                k + 1 < len(lines) and _list_goes_on(text[cur[0]:cur[1]], lines[k + 1].text)
        ) and not (dashed and _next_dashed_addressee(lines, k + 1)):
            items.append((cur[0], cur[1]))
            cur = None
            break
        if len(items) > MAX_ITEMS:
            break
    if cur is not None:
        items.append((cur[0], cur[1]))
    return items, end


def _opens_list(text: str, cur: list[int] | None) -> bool:
    """Whether the addressee being read ends with a colon that opens its list of names
    in the next cell of a table (``- Bộ trưởng các Bộ:`` | ``Quốc phòng, Công an, Y
    tế.``): a converter parts the cells with a blank line, which then ends no item."""
    return cur is not None and text[cur[0]:cur[1]].rstrip(" \t*").endswith(":")


def _next_dashed_addressee(lines: list[Line], k: int) -> bool:
    """Whether the next line that is not blank from ``k`` is another dashed addressee
    opening with a title or an organ's head (``- Chủ tịch Ủy ban nhân dân các tỉnh:
    ...``): a công điện laid out as a table closes each cell's item with a full stop,
    and the list goes on in the next row."""
    for ln in lines[k:k + _ROW_GAP]:
        seg = ln.text.strip(" \t*|")
        if ln.blank or not seg:
            continue
        return seg[:1] in ITEM_MARKS and _LINE_OPENER.match(seg[1:].lstrip()) is not None
    return False


#: Most lines a table's row break (blanks, a cell's empty markup) spans between two
#: dashed addressees.
_ROW_GAP = 12


def _closed(item: str) -> bool:
    """Whether the addressee ``item`` so far ends its part: a ``;`` at its end, outside
    brackets. Inside an open bracket the ``;`` parts the details of one addressee
    wrapped over lines (``Bà Trần Thị B`` / ``(Địa chỉ: ..., tỉnh Gia Lai;`` / ``Số ĐT:
    0912345678)``), so the next line goes on with them."""
    return item.rstrip().endswith(";") and item.count("(") <= item.count(")")


#: An addressee on a line of its own whose dash the converter dropped (a Word list's
#: bullet): a capital, a few words without a colon, closed by ``;`` or a full stop.
_BARE_ITEM = regex.compile(r"\p{Lu}[^:]*[;.]")


#: Blanks that indent an addressee under the one on the heading's line.
_INDENT = 2


def _bare_item(seg: str) -> bool:
    """Whether the line ``seg``, under an addressee closed by ``;`` in a list without
    dashes, is the next addressee rather than the body (``Kính gửi: Sở Y tế;`` /
    ``Sở Tài chính.``): it reads as a name, short and closed like an item. The caller
    asks also that the list stand under its heading or the line be indented under the
    heading's own addressee, as a list is laid out and the body is not."""
    return (bool(_BARE_ITEM.fullmatch(seg)) and len(seg.split()) <= WRAP_WORDS) or _named_list(seg)


#: An addressee that names its organs after a colon (``Bộ trưởng các Bộ: Quốc phòng, Y
#: tế, Giáo dục và Đào tạo;``): a title or an organ's head, the colon, the names, closed.
_NAMED_LIST = regex.compile(r"(?P<head>[^:;]+):\s*(?P<names>[^:;]+)[;.]")


def _named_list(seg: str) -> bool:
    """Whether the line ``seg`` is one addressee of a công điện's list without dashes that
    names its organs or places after a colon (``Chủ tịch Ủy ban nhân dân các tỉnh: Lào
    Cai, Yên Bái;`` / ``Bộ trưởng các Bộ: Quốc phòng, Y tế.``): its head opens with a
    title or an organ's head and is short, and every part after the colon is a short
    capitalised name, so no sentence of the body (``UBND tỉnh yêu cầu: ...``) reads so."""
    m = _NAMED_LIST.fullmatch(seg)
    if m is None or not _LINE_OPENER.match(seg) or len(m["head"].split()) > WRAP_WORDS:
        return False
    parts = [p for p in _PARTS.split(m["names"].strip()) if p]
    return bool(parts) and all(
        _NAME_PART.fullmatch(p) and len(p.split()) <= NAME_PART_WORDS for p in parts)


def _next_head(ctx: Context, end: int) -> int | None:
    """Where the items of another addressee heading start, when the next line that is
    not blank (right after ``end``) opens with one; else None."""
    for ln in ctx.lines_from(end):
        if ln.start < end or ln.blank:
            continue
        m = P.ADDRESSEE_HEAD.match(ctx.match[ln.start:ln.end])
        return ln.start + m.end() if m is not None else None
    return None


def _sentence(item: str, seg: str) -> bool:
    """A line of the body rather than the rest of the addressee ``item`` wrapped onto
    it, when no blank line parts the body from the addressees: the item reads whole
    (no comma, colon or linking word at its end) and the line opens with a capital and
    runs longer than an organ's name goes on for on a second line (``Trung ương.``),
    or leads in to what follows with a colon at its end (``UBND tỉnh có ý kiến như
    sau:``), which a wrapped name never does (a name's last words cut off before a
    list, ``Trung ương:``, are shorter than any such lead-in)."""
    last = item.rstrip().rsplit(None, 1)[-1] if item.strip() else ""
    if last.endswith((",", ":", "-", "–")) or last.lower() in _LINKING or _OPEN_TITLE.search(
            item) is not None:
        return False
    words = len(seg.split())
    return seg[:1].isupper() and (
        words > WRAP_WORDS or (seg.endswith(":") and words >= LEAD_IN_WORDS))


#: A title at the item's end that waits for its organ on the next line.
_OPEN_TITLE = regex.compile(
    r"(?<!\p{L})" + P.words_alt(P._struct["addressees"]["open_titles"], fold=False) + r"[ \t]*\Z",
    regex.IGNORECASE)


#: Fewest words a body's lead-in to a list has (``UBND tỉnh yêu cầu:``).
LEAD_IN_WORDS = 4


#: A part of a list of organs' names: a capital, then at most a few words with no
#: digit or colon (``Giao thông vận tải``, ``Thể thao và Du``).
_NAME_PART = regex.compile(r"\p{Lu}[^\d:;()]*")
#: Most words a name in such a list has.
NAME_PART_WORDS = 6
_PARTS = regex.compile(r"[,.][ \t]*")


def _list_goes_on(item: str, seg: str) -> bool:
    """Whether the line ``seg`` right under an addressee that ends with a full stop
    carries on its list of names (``Kính gửi các Bộ: Công an, Ngoại giao. Y tế, Quốc
    phòng.`` / ``Giao thông vận tải, Văn hóa, ...``: a scan reads commas as full stops):
    the addressee lists names after a comma already, and the line holds two names or
    more, each short and capitalised, and no verb's sentence (no digit, colon or long
    part)."""
    if item.count(",") < 1 or "," not in seg:
        return False
    parts = [p for p in _PARTS.split(seg.strip()) if p]
    return len(parts) >= 2 and all(
        _NAME_PART.fullmatch(p) and len(p.split()) <= NAME_PART_WORDS for p in parts)


def _names_go_on(item: str, seg: str) -> bool:
    """Whether the dashed line ``seg`` (its dash cut off) carries on the list of names
    of the addressee ``item`` rather than opening the next one: the converter gave the
    wrapped line a dash of its own (``- Chủ tịch UBND các tỉnh: Nghệ An,`` / ``- Hà
    Tĩnh và Quảng Trị;``). The item names its places or organs after a colon and ends
    with a comma, the list still open; the line holds only short capitalised names and
    opens with no title or organ's head, as a new addressee would."""
    tail = item.rstrip()
    if not tail.endswith(",") or ":" not in tail:
        return False
    seg = seg.strip().rstrip(";.")
    if not seg or _LINE_OPENER.match(seg) is not None:
        return False
    parts = [p for p in _PARTS.split(seg) if p]
    return bool(parts) and all(
        _NAME_PART.fullmatch(p) and len(p.split()) <= NAME_PART_WORDS for p in parts)


#: Words that leave an addressee open at a line's end (``... các tỉnh và``).
_LINKING = frozenset(("và", "các", "của", "thuộc", "trực"))


#: Most words the wrapped rest of an addressee that opens with a capital has.
WRAP_WORDS = 12


def _body_opener(ctx: Context, ln: Line) -> bool:
    """The line opens the body: a body phrase, a clause marker, or a reply's first
    sentence (``Cục Thuế nhận được Công văn số ...``), which no addressee's name holds."""
    seg = ctx.match[ln.start:ln.end]
    return bool(P.BODY_START.match(seg) or P.MARKER.match(seg)
                or P.BODY_RECEIVED.match(seg))


_LINE_BREAK = regex.compile(r"[ \t]*\n[ \t]*")
#: A title or an organ's head at a line's start (case as written: ``Sở``, not ``sở``).
_LINE_OPENER = regex.compile(
    P.words_alt(P._struct["addressees"]["line_openers"], fold=False) + r"(?!\p{L})")


def _split_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """One addressee per line of a list without dashes or semicolons (``Kính gửi:`` /
    ``Sở Y tế`` / ``Sở Tài chính``): a line opening with a title or an organ's head
    starts the next one (any other capital goes on a name: ``Công ty TNHH`` / ``Bao bì
    ...``), unless the line before leaves its name open (a comma, a colon, a dash or a
    linking word at its end: ``Sở Văn hóa,`` / ``Thể thao và Du lịch``)."""
    out: list[tuple[int, int]] = []
    pos = a
    for m in _LINE_BREAK.finditer(text, a, b):
        before = text[pos:m.start()].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
        if (_LINE_OPENER.match(text, m.end(), b) and before
                and not last.endswith((",", ":", "-", "–"))
                and last.lower() not in _LINKING):
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, b))
    return out


#: The details a reply to a company or a citizen gives after the addressee's name, in
#: brackets that open with a label and its colon, on the name's line or the next
#: (``Công ty TNHH X`` / ``(Mã số thuế: 0101234567)``, ``Ông Nguyễn Văn A (Địa chỉ: ...)``).
_DETAILS = regex.compile(r"[ \t]*\n?[ \t]*\([ \t]*[^():;\n]{1,24}:")


def _name_end(text: str, a: int, b: int) -> int:
    """Where the addressee ``text[a:b]`` ends: before the bracketed details of its name
    (its address, tax code), which name no addressee and stay in the addressees' zone;
    ``b`` when there are none (a cheap ``(`` test first)."""
    if text.find("(", a, b) < 0:
        return b
    m = _DETAILS.search(text, a, b)
    return m.start() if m is not None and m.start() > a else b


#: What an addressee's text never starts with: blanks and an item's mark.
_ITEM_LEAD = " \t\n" + ITEM_MARKS


def _split_semicolons(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """One addressee per ``;``-separated part, dash and end punctuation stripped. A
    ``;`` inside brackets parts the details of one addressee, not two addressees
    (``Công ty TNHH X (Địa chỉ: ...; MST: 0101234567)``, as a reply to a company or a
    citizen gives them)."""
    out: list[tuple[int, int]] = []
    pos = a
    depth = 0  # brackets open before the current ``;``
    last = a
    for m in _SEMI.finditer(text[a:b]):
        cut = a + m.start()
        depth += text.count("(", last, cut) - text.count(")", last, cut)
        last = cut
        if depth > 0 and m.end() < b - a and text.find(")", cut, b) != -1:
            continue
        s, e = pos, cut
        while s < e and text[s] in _ITEM_LEAD:
            s += 1
        while e > s and text[e - 1] in " \t\n;,.":
            e -= 1
        if e > s:
            out.append((s, e))
        pos = a + m.end()
        if m.end() >= b - a:
            break
    return out
