"""Recipient list (``Nơi nhận``) and the archive line (``Lưu``).

Items are dash-led, one per line or run together on one flattened line
(``Nơi nhận: - A; - B; - Lưu: VT.``); a wrapped item continues on lines without
a dash. Each item's purpose (``(để báo cáo)``, ``b/c``) is normalised through
the purpose table; a brace group (``} (để b/c)``) gives its purpose to the items
above it that have none. The ``Lưu`` item closes the list: its items are the
archive, and a typist's initials glued after it are dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz, process

from vbcd.grammar import patterns as P
from vbcd.models import Recipient, TextField
from vbcd.normalize import fold_tones
from vbcd.pipeline import Context
from vbcd.segment.text import collapse, is_signature_noise

# Blanks are taken possessively (``*+``, ``?+``): they never match ``)``, ``;``, the end
# or the first letter of a purpose, so giving them back cannot help, and a run of blanks
# stays linear instead of quadratic or cubic.
_PURPOSE_PAREN = regex.compile(r"\(\s*+(?P<p>[^()]{1,40}?)\s*+\)\s*+[;,.]?+\s*+$")
_PURPOSE_BARE = regex.compile(
    r"(?:^|[\s(])(?P<p>để\s+[\p{L}/ ,]{1,30}|[bđtp]/[cbh]|b\.c)\s*+\)?+\s*+[;,.]?+\s*+$",
    regex.I,
)
_BRACE = regex.compile(r"^\s*-?\s*\}\s*(?P<rest>.*)$")
_TYPIST = regex.compile(
    r"(?:\)\s+|\.\s+)(?P<tail>\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,2}|\p{Lu}{2,4}|\p{Ll})\s*$"
)


@dataclass
class _Item:
    start: int
    end: int


_PURPOSE_KEYS = sorted(P.PURPOSES)


def normalise_purpose(raw: str) -> str | None:
    """Map a printed purpose (``để b/c``, ``(để biết)``) to its normal form.

    Known spellings come from the purpose table; OCR slips (``dể báo eáo``) are
    matched with rapidfuzz; an unknown ``để X`` keeps ``X`` as its purpose.
    """
    key = collapse(fold_tones(raw).casefold()).strip(" ()*;,.")
    if not key:
        return None
    if key in P.PURPOSES:
        return P.PURPOSES[key]
    if len(key) >= 6:
        best = process.extractOne(key, _PURPOSE_KEYS, scorer=fuzz.ratio, score_cutoff=82)
        if best is not None:
            return P.PURPOSES[str(best[0])]
    if key.startswith("để ") and 1 <= len(key[3:].split()) <= 3:
        return key[3:]
    return None


def find_recipients_head(ctx: Context, lo: int) -> regex.Match[str] | None:
    """The ``Nơi nhận`` heading after ``lo`` (the first at a line or cell start)."""
    text = ctx.doc.text
    line_start = 0
    lead: int | None = None  # first non-blank offset of the current line
    pos = 0
    # Many hits on one long line must not each rescan the line: the line start and
    # its indent are carried from hit to hit, and only the blanks before a hit are read.
    for m in P.RECIPIENTS_HEAD.finditer(ctx.match, lo):
        a = m.start()
        nl = ctx.match.rfind("\n", pos, a)
        if nl >= 0:
            line_start, lead = nl + 1, None
        pos = a
        if lead is None:
            lead = line_start
            while lead < a and text[lead].isspace():
                lead += 1
        k = a  # end of the text before the hit, trailing blanks dropped
        while k > lead and text[k - 1].isspace():
            k -= 1
        if k <= lead or text[k - 1] in ".:;" or k - lead < 3:
            return m
    return None


def parse_recipients(ctx: Context) -> None:
    """Fill ``recipients``, ``archive`` and ``archive_line``; record the zone."""
    doc, text = ctx.doc, ctx.doc.text
    lo = ctx.cache.get("body_start", 0)
    head = find_recipients_head(ctx, lo)
    if head is None:
        return
    start = head.end()
    items, end, archive = _split_items(ctx, start)
    spans = [(it.start, it.end) for it in items]
    if archive is not None:
        spans.append((ctx.cache.get("archive_head", archive)[0], archive[1]))
    ctx.cache["recipient_spans"] = spans
    ctx.zones["recipients"] = (head.start("head"), end)
    brace_purpose: str | None = None
    brace_text: str | None = None
    recipients: list[Recipient] = []
    for it in items:
        raw = text[it.start:it.end]
        brace = raw.find("}")
        if brace > 0 and raw[:brace].strip(" -–;,"):
            # "- Sở Tài chính; } (t/h)": the item, then a brace closing the group above it
            rec = _recipient(text, it.start, it.start + brace)
            if rec is not None:
                recipients.append(rec)
            raw = raw[brace:]
        bm = _BRACE.match(raw)
        if bm:
            pm = _PURPOSE_PAREN.search(bm.group("rest")) or _PURPOSE_BARE.search(bm.group("rest"))
            if pm:
                brace_purpose = normalise_purpose(pm.group("p"))
                brace_text = pm.group("p")
                for r in recipients:
                    if r.purpose is None:
                        r.purpose = brace_purpose
                        r.purpose_text = brace_text
            continue
        for a, b in _split_inner(text, it.start, it.end):
            rec = _recipient(text, a, b)
            if rec is not None:
                recipients.append(rec)
    if archive is not None:
        # a brace group printed after the list ("- } (để b/c)") applies upwards
        bm = _BRACE.match(text, archive[1] + 1) if archive[1] + 1 < len(text) else None
        nl = text.find("\n", archive[1])
        if nl >= 0:
            bm = _BRACE.match(text[nl + 1:text.find("\n", nl + 1) if text.find("\n", nl + 1) > 0
                                   else len(text)])
        if bm:
            pm = _PURPOSE_PAREN.search(bm.group("rest")) or _PURPOSE_BARE.search(bm.group("rest"))
            purpose = normalise_purpose(pm.group("p")) if pm else None
            if pm and purpose:
                for r in recipients:
                    if r.purpose is None:
                        r.purpose, r.purpose_text = purpose, pm.group("p")
    doc.recipients = recipients
    if archive is not None:
        a, b = archive
        doc.archive_line = TextField(value=collapse(text[a:b]), start=a, end=b)
        doc.archive = _archive_items(text[a:b])


def _split_items(ctx: Context, start: int) -> tuple[list[_Item], int, tuple[int, int] | None]:
    """Items from after the heading to the end of the list."""
    text, match = ctx.doc.text, ctx.match
    items: list[_Item] = []
    archive: tuple[int, int] | None = None
    pos = start
    n = len(text)
    end = start
    cur: _Item | None = None
    blank_run = 0
    while pos < n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl]
        stripped = line.strip()
        if not stripped:
            blank_run += 1
            if blank_run >= 2 and items:
                break
            pos = nl + 1
            continue
        blank_run = 0
        seg_match = match[pos:nl]
        if P.AUTHORITY.match(stripped) or is_signature_noise(stripped) or (
            cur is not None and _looks_like_signature(stripped)
            and text[cur.start:cur.end].rstrip().endswith((";", ".", ":"))
        ):
            # a signature line interleaved with the list (two columns read line by
            # line): skip it if the list goes on, else the list has ended
            if _next_is_item(text, nl):
                pos = nl + 1
                continue
            break
        lead = len(line) - len(line.lstrip())
        # one physical line may hold several dash items (flattened lists)
        pieces = _pieces(line)
        for a, b in pieces:
            s, e = pos + a, pos + b
            piece = text[s:e].strip()
            if not piece:
                continue
            if not text[s:e].lstrip().startswith(("-", "–", "+", "•", "}")) and P.AUTHORITY.match(
                    text[s:e].lstrip()):
                continue
            am = P.ARCHIVE.match(match[s:e])
            if am:
                archive_start = s + am.end()
                archive_end = _archive_end(ctx, archive_start, e)
                archive = (archive_start, archive_end)
                end = archive_end
                if cur is not None:
                    items.append(cur)
                ctx.cache["archive_head"] = (s, archive_start)
                return items, end, archive
            # a new item: a dash, the first piece, or a line after an item closed by ";"
            # (lists printed without dashes: "Như trên;\nBộ Y tế (b/c);")
            starts_item = text[s:e].lstrip()[:1] in "-–+•}" or (
                cur is None and a == lead
            ) or (cur is not None and a == lead
                  and text[cur.start:cur.end].rstrip().endswith(";"))
            if starts_item or cur is None:
                if cur is not None:
                    items.append(cur)
                cur = _Item(s, e)
            else:
                cur.end = e
            end = e
        if cur is not None and not seg_match.rstrip().endswith((";", ",", ":")) and (
            _looks_like_signature(stripped)
        ):
            break
        pos = nl + 1
    if cur is not None:
        items.append(cur)
    return items, end, archive


_INNER_SEMI = regex.compile(r";[ \t]+(?=\p{Lu})")
_SEMI_ITEM = regex.compile(r"(?<=;)[ \t]+(?=\p{Lu})")
_ITEM_DASH = regex.compile(r"(?<=[;,.)])\s+[-–](?=\s)")
_STOP_GAP = regex.compile(r"[.)]\s+")
_TWO_UPPER = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,}+\s+\p{Lu}{2}")
# A separator with the blanks around it. The blanks before it are only tried from the
# start of their run (``\s*[,;]`` restarted at every blank of a long run: quadratic).
_ARCHIVE_SPLIT = regex.compile(r"(?:(?<!\s)\s++)?[,;]\s*")
_DOTTED_CODES = regex.compile(r"\p{Lu}{1,6}(?:\.\p{Lu}{1,6})+")


def _split_inner(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Công an tỉnh; Bộ Chỉ huy quân sự tỉnh`` in one dash item: two recipients."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _INNER_SEMI.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _next_is_item(text: str, pos: int) -> bool:
    """Whether the next non-blank line after ``pos`` is a dash item."""
    m = regex.compile(r"\s*(\S)").match(text, pos)
    return bool(m and m.group(1) in "-–+•")


def _looks_like_signature(line: str) -> bool:
    return P.is_upper_line(line) and not line.startswith(("-", "–"))


def _pieces(line: str) -> list[tuple[int, int]]:
    """Split a line at item dashes (`` - `` after ``;`` or at the start); a line of
    items without dashes (``Như trên; Lưu: VT.``) is split at ``;``."""
    cuts = [0]
    dashes = list(_ITEM_DASH.finditer(line))
    for m in dashes or _SEMI_ITEM.finditer(line):
        cuts.append(m.start())
    cuts.append(len(line))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def _archive_end(ctx: Context, a: int, b: int) -> int:
    """End of the Lưu items: before a signature glued on the same line."""
    seg = ctx.doc.text[a:b]
    auth = P.AUTHORITY.search(seg)
    cut = len(seg)
    if auth:
        cut = auth.start()
    else:
        # an upper-case position run after the items ("... (2b). Trung Anh BỘ TRƯỞNG")
        m = _upper_after(seg)
        if m and P.is_upper_line(seg[m[1]:]) is False and any(
                t in fold_tones(seg[m[1]:]) for t in P.SIGNATURE_TITLES):
            cut = m[0] + 1
    return a + len(seg[:cut].rstrip())


def _upper_after(seg: str) -> tuple[int, int] | None:
    """The first ``.``/``)`` and blanks followed, before the next full stop, by two
    upper-case words: the span of ``[.)]\\s+(?=[^.]*?\\p{Lu}{2,}\\s+\\p{Lu}{2,})``.

    That regex rescans the rest of the sentence from every ``)`` (quadratic on a long
    line); here the word pairs and full stops are listed once and looked up by bisection.
    """
    pairs = [m.start() for m in _TWO_UPPER.finditer(seg)]
    if not pairs:
        return None
    stops = [i for i, c in enumerate(seg) if c == "."]
    for m in _STOP_GAP.finditer(seg):
        k = bisect_left(pairs, m.end())
        if k == len(pairs):
            return None
        d = bisect_left(stops, m.end())
        if d == len(stops) or stops[d] > pairs[k]:
            return m.start(), m.end()
    return None


def _recipient(text: str, start: int, end: int) -> Recipient | None:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(" \t\n-–+•"))
    s = start + lead
    body = text[s:end]
    purpose: str | None = None
    purpose_text: str | None = None
    pm = _PURPOSE_PAREN.search(body)
    if pm and normalise_purpose(pm.group("p")) is not None:
        purpose = normalise_purpose(pm.group("p"))
        purpose_text = pm.group("p")
        body_end = s + pm.start()
    else:
        bm = _PURPOSE_BARE.search(body)
        if bm and normalise_purpose(bm.group("p")) is not None:
            purpose = normalise_purpose(bm.group("p"))
            purpose_text = bm.group("p")
            body_end = s + bm.start("p")
        else:
            body_end = end
    e = body_end
    while e > s and text[e - 1] in " \t\n;,.:(":
        e -= 1
    if e <= s:
        return None
    return Recipient(text=text[s:e], purpose=purpose, purpose_text=purpose_text, start=s, end=e)


def _archive_items(seg: str) -> list[str]:
    """``VT, TCCB (2b).`` -> ``["VT", "TCCB (2b)"]``; initials after the list dropped."""
    seg = seg.strip()
    tm = _TYPIST.search(seg)
    if tm:
        seg = seg[: tm.start("tail")]
    seg = seg.strip().rstrip(".;, ")
    parts: list[str] = []
    for item in _ARCHIVE_SPLIT.split(seg):
        item = item.strip(" .")
        if not item:
            continue
        # "VT.MT" (two codes joined by a dot)
        if _DOTTED_CODES.fullmatch(item):
            parts.extend(item.split("."))
        else:
            parts.append(collapse(item))
    return parts
