"""Type line and title (trích yếu).

The type line (``THÔNG BÁO``, ``QUYẾT ĐỊNH`` ...) is the first upper-case line
after the header that starts with a type name; what follows it up to the body
is the title. A công văn has no type line: its title is the ``V/v`` line under
the number, and its type comes from the number or defaults to công văn.

Where the title ends is decided line by line (see :func:`_continues`): a rule
(``-----``), a body opener (``Căn cứ``, ``Kính gửi``, a clause marker), or the
enacting authority of a decision (``ỦY BAN NHÂN DÂN TỈNH ...`` above ``Căn cứ``).
"""

from __future__ import annotations

from itertools import islice

import regex

from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import is_upper_line
from vbcd.models import DocType, Mark, TextField
from vbcd.normalize import fold_tones, strip_marks
from vbcd.pipeline import Context
from vbcd.segment.lines import Line, first_line_ending_after
from vbcd.segment.text import ITEM_MARKS, collapse

SEARCH_LINES = 30
MAX_TITLE_LINES = 9
MAX_TITLE_LINE_CHARS = 400
_WS = regex.compile(r"\s+")

_TYPE_NAMES: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
for _t in P._types["type"]:
    for _line in _t["lines"]:
        _TYPE_NAMES.setdefault(fold_tones(str(_line)).upper(), []).append(
            (str(_t["code"]), str(_t["name"]), tuple(_t.get("families", ()))))


def _bare(text: str) -> str:
    """Letters only, without marks or blanks: the key under which a damaged type line
    (``K ÉT LUẬN``, ``T H Ô N G  B Á O``, ``THONG BAO``) is known."""
    return "".join(filter(str.isalpha, strip_marks(text)))


def _bare_keys() -> dict[str, str]:
    """Bare key → the type line's key in ``_TYPE_NAMES``; keys two lines share are left
    out (no guess between them)."""
    keys: dict[str, str] = {}
    shared: set[str] = set()
    for key in _TYPE_NAMES:
        bare = _bare(key)
        if bare in keys and keys[bare] != key:
            shared.add(bare)
        keys[bare] = key
    return {b: k for b, k in keys.items() if b not in shared}


_BARE_TYPES = _bare_keys()
#: A damaged type line is short: the longest type line is 30-odd characters.
_BARE_MAX = 40
_LETTERS = regex.compile(r"[\p{L}\p{M} \t]+")


def _type_of(words: str, family: str | None, number_code: str | None) -> tuple[str, str]:
    """Code and name for a type line; a spelling shared by two codes (``QUY ĐỊNH``: State
    ``QyĐ``, Party ``QĐ``) is decided by the number's code, then by the family (a State
    rule numbered ``QĐ-UBND`` stays ``QyĐ``)."""
    key = _WS.sub(" ", fold_tones(words)).upper()
    entries = _TYPE_NAMES.get(key) or _TYPE_NAMES[_BARE_TYPES[_bare(key)]]
    for code, name, families in entries:
        if code == number_code and family in families:
            return code, name
    for code, name, families in entries:
        if family in families:
            return code, name
    return entries[0][0], entries[0][1]


def _in_anchor(ctx: Context, start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in ctx.cache.get("header_anchors", []))


def _rule_between(ctx: Context, a: int, b: int) -> bool:
    return any(a <= r <= b for r in ctx.norm.rules)


# Yes/no tests of several patterns, each one call (patterns.one_of).
_BODY_OR_TAIL = P.one_of(P.BODY_START, P.ADDRESSEE_HEAD, P.MARKER, P.RECIPIENTS_HEAD,
                         P.BODY_INVITE)
_STRONG = P.one_of(P.STRONG_BODY, P.MARKER, P.BODY_INVITE)
_BODY_OPENER = P.one_of(P.MARKER, P.BODY_START, P.ADDRESSEE_HEAD)
_TAIL_OR_MARKER = P.one_of(P.ADDRESSEE_HEAD, P.MARKER, P.RECIPIENTS_HEAD)


def _body_line(ctx: Context, line: Line) -> bool:
    return _BODY_OR_TAIL.match(ctx.match[line.start:line.end]) is not None


def _lower_wrap(ctx: Context, line: Line) -> bool:
    """A line in lower case that only a body opener's words start (``năm 2026`` under
    ``V/v ... trọng tâm``): a wrapped title line, since a sentence of the body starts
    with a capital. A clause marker (``a)``) or a heading of the tail is no wrap."""
    return line.text[:1].islower() and _TAIL_OR_MARKER.match(
        ctx.match[line.start:line.end]) is None


def _upper_wrap(ctx: Context, line: Line, prev: Line) -> bool:
    """A line in capitals under a title line in capitals that only a weak body opener's
    words start (``NĂM 2022`` under ``RÀ SOÁT HỘ NGHÈO ...``): a wrapped title line, since
    the body is not typed in capitals. Strong openers (``CĂN CỨ``, ``NGÀY 5``), clause
    markers and headings of the tail still end the title."""
    seg = ctx.match[line.start:line.end]
    return (_upper(ctx, line) and _upper(ctx, prev) and _STRONG.match(seg) is None
            and _TAIL_OR_MARKER.match(seg) is None)


#: Most words of a title's period line.
PERIOD_LINE_WORDS = 12


def _period_line(text: str) -> bool:
    """A short line naming the period a title in capitals covers (``Tháng 3 năm 2024``,
    ``Năm học 2024 - 2025``): in mixed case, yet part of the title, since the body
    does not open with a bare period ending with its year."""
    return len(text.split()) <= PERIOD_LINE_WORDS and P.TITLE_PERIOD.match(text) is not None


def _numbers_only(text: str) -> bool:
    """A short line of numbers and punctuation (``2020``, ``2021 - 2025”``): no letter
    (a rule line of dashes has no digit)."""
    return len(text) <= 24 and any(map(str.isdigit, text)) and not any(map(str.isalpha, text))


def _strong_body(ctx: Context, line: Line) -> bool:
    """Openers that cannot start a title even right under the type line."""
    seg = ctx.match[line.start:line.end]
    return (len(seg) > 300 and not _upper(ctx, line)) or _STRONG.match(seg) is not None


def _upper(ctx: Context, line: Line) -> bool:
    """``P.is_upper_line(line.text)``, once per line: the title walk asks it of a line
    several times (as the line, as the line above, in the enacting test)."""
    memo: dict[int, bool] = ctx.cache.setdefault("title_upper", {})
    up = memo.get(line.start)
    if up is None:
        up = memo[line.start] = is_upper_line(line.text)
    return up


def _next_nonblank_index(lines: list[Line], i: int) -> int | None:
    """Index of the first non-blank line after ``i`` (no slice copy of the rest)."""
    for k in range(i + 1, len(lines)):
        if not lines[k].blank:
            return k
    return None


def _next_nonblank(lines: list[Line], i: int) -> Line | None:
    k = _next_nonblank_index(lines, i)
    return None if k is None else lines[k]


#: An authority's line ends with none of these, and the line above it does not end
#: with a comma: the title's list runs on there (``..., ỦY VIÊN BỘ CHÍNH TRỊ,`` /
#: ``CHỦ TỊCH NƯỚC VÀ MỘT SỐ TỔ CHỨC ...``).
_SENTENCE_PUNCT = (",", ";", ".")
#: A list mark opening a line and the blanks after it.
_BULLET = regex.compile(rf"[{ITEM_MARKS}][ \t]*")


def _after_session(ctx: Context, lines: list[Line], i: int) -> int | None:
    """Index of the first non-blank line after line ``i`` and the council's term and
    session lines under it (``KHÓA XVIII, KỲ HỌP THỨ 18``, or ``KHÓA XVIII`` /
    ``KỲ HỌP THỨ 18`` on two lines): they belong to the authority, not to the body.
    The authority's own name wrapped onto a second line goes with it too
    (:func:`_authority_wrap`)."""
    j = _next_nonblank_index(lines, i)
    if j is not None and _authority_wrap(ctx, lines, i, j):
        j = _next_nonblank_index(lines, j)
    for _ in range(2):
        if j is None or not P.SESSION_LINE.match(ctx.match[lines[j].start:lines[j].end]):
            break
        j = _next_nonblank_index(lines, j)
    return j


#: Longest wrapped tail of an authority's name (``HẢI QUAN``, ``NGUYÊN VÀ MÔI TRƯỜNG``).
_WRAP_MAX_CHARS = 40
#: Most words a wrapped tail that is a place's name holds (``HÀ NỘI``, ``TỈNH BÌNH
#: DƯƠNG``); never a title's wrapped phrase with a figure (``GIAI ĐOẠN 2021 - 2025``).
_AUTHORITY_TAIL_WORDS = 4


def _authority_wrap(ctx: Context, lines: list[Line], i: int, j: int) -> bool:
    """Is line ``j`` the rest of the authority's name that line ``i`` opens, wrapped by
    the converter (``CỤC TRƯỞNG CỤC`` / ``HẢI QUAN``, ``GIÁM ĐỐC TRUNG TÂM ... THÀNH
    PHỐ`` / ``HÀ NỘI`` above ``Căn cứ``)? Line ``i`` opens with an enacting word, and
    line ``j`` is short, in capitals and names no authority, type or formula itself.
    The wrapped line is a short place's name with no figure (``LÂM ĐỒNG``, which a
    header's issuer may abbreviate otherwise), or it completes the issuer's name after
    the enacting word: a title line that names a position (``GIÁM ĐỐC SỞ Y TẾ`` / ``CẤP
    GIẤY PHÉP ...``) seldom goes on with the issuer's own name, and never after ``CỦA``,
    ``CHO`` ... at the end of the line above."""
    line, wrap = lines[i], lines[j]
    if len(wrap.text) > _WRAP_MAX_CHARS or not _upper(ctx, wrap) or wrap.text.endswith(
            _SENTENCE_PUNCT):
        return False
    head = P.ENACTING.match(ctx.match[line.start:line.end])
    wseg = ctx.match[wrap.start:wrap.end]
    if head is None or wrap.text.endswith(":") or P.ENACTING.match(wseg) or P.TYPE_LINE.match(
            wseg) or P.BODY_START.match(wseg):
        return False  # (the enacting formula ``QUYẾT ĐỊNH:`` right under the authority)
    words = wrap.text.split()
    if len(words) <= _AUTHORITY_TAIL_WORDS and not any(map(str.isdigit, wrap.text)):
        return True  # a place's name alone: the name's tail, whatever the issuer's reads
    issuer = ctx.doc.issuer
    if issuer is None:
        return False
    name = fold_tones(issuer.name).upper().split()
    joined = fold_tones(line.text[head.end():] + " " + wrap.text).upper().split()
    if not name or joined[:len(name)] != name:
        return False
    k = i - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    above = fold_tones(lines[k].text).upper().split() if k >= 0 else []
    return not above or above[-1] not in _OF_WORDS


def _is_enacting(ctx: Context, lines: list[Line], i: int) -> bool:
    """An upper-case authority line right above the preamble of a decision."""
    line = lines[i]
    if not _upper(ctx, line) or line.text.endswith(_SENTENCE_PUNCT):
        return False
    k = i - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k >= 0 and lines[k].text.endswith(","):
        return False  # the title's line above runs on into it
    j = _after_session(ctx, lines, i)  # a council's term and session under its name
    if j is None:
        return False
    nxt = lines[j]
    nseg = ctx.match[nxt.start:nxt.end]
    bullet = _BULLET.match(nseg)  # a preamble written as a list (``- Căn cứ ...``)
    if bullet is not None:
        nseg = nseg[bullet.end():]
    if not (P.BODY_START.match(nseg) or P.TYPE_LINE.match(nseg)):
        return False
    if P.ENACTING.match(ctx.match[line.start:line.end]):
        return True
    issuer = ctx.doc.issuer
    # the issuer's name opening the line (``ỦY BAN NHÂN DÂN TỈNH X``); inside it, the line
    # is a title wrapped with the authority glued to its end (cut from the title later)
    return issuer is not None and fold_tones(line.text).upper().lstrip().startswith(
        fold_tones(issuer.name).upper())


def _same_bold(ctx: Context, a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in ctx.norm.bold)


def _continues(ctx: Context, lines: list[Line], i: int, prev: Line, first: Line,
               prev_upper: bool | None = None) -> bool:
    """May line ``i`` go on with the title whose last line is ``prev``? ``prev_upper``:
    whether the title's part of ``prev`` is in capitals, when the title starts inside it
    (a flattened line: ``Số: ... ngày ... QUYẾT ĐỊNH VỀ VIỆC ...``)."""
    line = lines[i]
    text = line.text
    if len(text) > MAX_TITLE_LINE_CHARS or _in_anchor(ctx, line.start, line.end):
        return False
    if _rule_between(ctx, prev.end, line.start):
        return False
    if prev_upper is None:
        prev_upper = _upper(ctx, prev)
    if prev_upper and _period_line(text):
        return True  # ``TÌNH HÌNH KINH TẾ - XÃ HỘI`` / ``Tháng 3 năm 2024``
    if (_body_line(ctx, line) and not _lower_wrap(ctx, line)
            and not _upper_wrap(ctx, line, prev)) or (":" in text and (  # colon
            P.TELEGRAM_HEAD.search(text) or P.TELEGRAM_MID.match(text)
            or P.ESIGN.match(text))):
        return False
    if _is_enacting(ctx, lines, i):
        return False
    if _sender_head(ctx, lines, i):
        return False
    if text.rstrip().endswith(":") and P.TYPE_LINE.match(ctx.match[line.start:line.end]):
        return False
    if _upper(ctx, line):
        return prev_upper or _same_bold(ctx, prev.start, line.end)
    if prev_upper and _numbers_only(text):
        return True  # ``... GIAI ĐOẠN`` / ``2021 - 2025``: a wrapped year or range
    head = text[:1]
    if head.islower() or head in "(\"“" or P.VV.match(text) or text.startswith(("Về ", "về ")):
        return True
    if _same_bold(ctx, prev.start, line.end):
        return True
    if prev_upper:
        return False
    if _SENTENCE_BREAK.search(text) is not None:
        return False  # a paragraph of the body (a title is one phrase, never two sentences)
    return not prev.text.rstrip().endswith((".", ";", ":"))


#: A position title that opens a telegram's sender (``THỦ TƯỚNG``, ``BỘ TRƯỞNG``,
#: ``CHỦ TỊCH``), tone-folded and upper-cased, whole words.
_SENDER_TITLE = regex.compile(
    r"(?:" + "|".join(regex.escape(w.upper()) for w in sorted(
        P.SIGNATURE_TITLES, key=len, reverse=True)) + r")(?!\p{L})")


def _sender_head(ctx: Context, lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the first part of a telegram's sender that the converter
    broke off (``THỦ`` / ``TƯỚNG CHÍNH PHỦ điện:``, ``BỘ TRƯỞNG`` / ``BỘ Y TẾ điện:``),
    not the end of the title: the next line carries ``điện:``, the two read together
    open with a position title, and the next line alone does not (then it is the whole
    sender and line ``i`` the title's last line)."""
    k = _next_nonblank_index(lines, i)
    if k is None:
        return False
    nxt = ctx.match[lines[k].start:lines[k].end]
    m = P.TELEGRAM_HEAD.search(nxt)
    if m is None:
        return False
    head = fold_tones(ctx.match[lines[i].start:lines[i].end]).strip().upper()
    tail = fold_tones(nxt[:m.start()]).strip().upper()
    if not head or _SENDER_TITLE.match(tail):
        return False
    return _SENDER_TITLE.match(f"{head} {tail}") is not None


#: A full stop between two sentences: after a small letter or a digit (not after an
#: abbreviation in capitals, ``TP. Hồ Chí Minh``), before a capital.
_SENTENCE_BREAK = regex.compile(r"[\p{Ll}\d][.!?][ \t]+\p{Lu}")


def _strip_trailing_authority(ctx: Context, start: int, end: int) -> int:
    """Flattened headers glue the enacting authority to the title's end: cut it."""
    issuer = ctx.doc.issuer
    if issuer is None:
        return end
    seg = fold_tones(ctx.doc.text[start:end]).upper()
    name = fold_tones(issuer.value).upper()
    words = name.split()
    short = _short_authority_at(ctx.match[start:end], seg, words)
    if short is not None:
        return start + len(ctx.doc.text[start:start + short].rstrip())
    if not words or not all(w in seg for w in words):
        return end  # (a word missing from the title: the name cannot stand in it)
    # the name as it stands in the title, maybe wrapped (``... TỈNH TÂY`` / ``NINH``)
    found = list(regex.finditer(r"\s+".join(map(regex.escape, words)), seg))
    if not found:
        return end
    last = found[-1]
    pos = last.start()
    if pos <= 0 or last.end() < len(seg.rstrip(" .\n")) - 1:
        return end
    cut = pos
    # an enacting word right before the name (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X``) goes
    # with it; one further back is a word of the title (``... QĐ-UBND NGÀY ...``)
    for head in P.ENACTING_ANY.finditer(ctx.match[start:start + pos], max(0, pos - 40)):
        if not seg[head.end():pos].strip():
            cut = head.start() + (len(head.group(0)) - len(head.group(0).lstrip()))
            break
    before = seg[:cut].split()
    if before and before[-1] in _OF_WORDS:
        return end  # ``... CỦA ỦY BAN NHÂN DÂN TỈNH X``: the title names the authority
    return start + len(ctx.doc.text[start:start + cut].rstrip())


def _short_authority_at(match: str, seg: str, words: list[str]) -> int | None:
    """Where the title ``seg`` (tone-folded, capitals; ``match`` the same span of the
    matching text) ends with the enacting authority named short, without its place
    (``... TỈNH TUYÊN QUANG CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`` for the issuer ``ỦY BAN
    NHÂN DÂN TỈNH TUYÊN QUANG``): an enacting word, then the first words of the
    issuer's name (three at least, not all of it) up to the title's end. ``None`` when
    the title does not end so, when the name stands alone (``QUY CHẾ LÀM VIỆC ỦY BAN
    NHÂN DÂN TỈNH``: no enacting word before it), or when a word like ``CỦA`` or ``PHÓ``
    makes the position the title's own (``... CÁC PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH``)."""
    tail_end = len(seg.rstrip(" .\n"))
    lo = max(0, tail_end - _SHORT_AUTHORITY_CHARS)
    for head in P.ENACTING_ANY.finditer(match, lo, tail_end):
        at = head.start() + (len(head.group(0)) - len(head.group(0).lstrip()))
        rest = seg[head.end():tail_end].split()
        if _PREFIX_MIN <= len(rest) < len(words) and rest == words[:len(rest)]:
            before = seg[:at].split()
            if not before or before[-1] in _OF_WORDS or before[-1] in _TITLE_MODIFIERS:
                return None
            return at
    return None


#: How far from the title's end :func:`_short_authority_at` looks for the authority.
_SHORT_AUTHORITY_CHARS = 60
#: Words of the issuer's name the short form keeps at least (``ỦY BAN NHÂN DÂN TỈNH``
#: has five; ``BỘ Y TẾ`` is a whole name, cut by the rule for whole names).
_PREFIX_MIN = 3
#: Words before an enacting word that make it a position the title names (tone-folded).
_TITLE_MODIFIERS = frozenset(fold_tones(w) for w in ("PHÓ", "CÁC"))


#: Words after which an authority's name belongs to the title (tone-folded, capitals).
_OF_WORDS = frozenset(fold_tones(w) for w in ("CỦA", "THUỘC", "VỚI", "CHO", "VÀ", "TẠI"))


def _collect(ctx: Context, lines: list[Line], i0: int, start: int) -> tuple[int, int, int]:
    """Title lines from ``start`` in line ``i0``; returns (start, end, index of last line)."""
    first = lines[i0]
    end = first.end
    # a title starting inside its line (flattened): only its own part of it counts
    first_upper = is_upper_line(ctx.doc.text[start:first.end]) if start > first.start else None
    last = i0
    count = 1
    j = i0 + 1
    if (first_upper or _names_a_type(ctx, start, first.end)) and _open_rest(
            ctx, lines, j, start, first):
        end = lines[j].end  # ``HƯỚNG DẪN THỰC HIỆN`` / ``Quy định số 24-QĐ/TW ...``
        last = j
        count += 1
        j += 1
    while j < len(lines) and count < MAX_TITLE_LINES:
        ln = lines[j]
        if ln.blank:
            k = _next_nonblank_index(lines, j)
            if k is None:
                break
            nxt = lines[k]
            wrapped = nxt.text[:1].islower() and not P.MARKER.match(nxt.text)
            if not wrapped and not (_upper(ctx, nxt) and _upper(ctx, lines[last])):
                break
            j = k  # the blanks up to it would all decide the same: skip them at once
            continue
        if not _continues(ctx, lines, j, lines[last], first,
                          first_upper if last == i0 else None):
            break
        end = ln.end
        last = j
        count += 1
        j += 1
    k = _next_nonblank_index(lines, last)
    if k is None or not _is_enacting(ctx, lines, k):
        # the authority has a line of its own after the title: a title may well
        # end with its name (``... CỦA ỦY BAN NHÂN DÂN TỈNH X`` / ``ỦY BAN NHÂN DÂN TỈNH X``)
        end = _strip_trailing_authority(ctx, start, end)
    return start, end, last


#: Most words of a type line's rest in capitals that a title cannot stop at.
OPEN_REST_WORDS = 2


def _names_a_type(ctx: Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is only a type name in capitals (``KẾT LUẬN THANH TRA``,
    ``KẾT LUẬN`` under ``THÔNG BÁO``): no trích yếu stops at a type name, so the line
    under it goes on with the title (``Việc chấp hành ...``)."""
    words = _WS.sub(" ", fold_tones(ctx.match[start:end].strip(" \t*#_"))).upper()
    return words in _TYPE_NAMES and ctx.doc.text[start:end].isupper()


def _open_rest(ctx: Context, lines: list[Line], j: int, start: int, first: Line) -> bool:
    """Whether line ``j`` completes the few words in capitals after the type name on
    its line (``HƯỚNG DẪN THỰC HIỆN`` / ``Quy định số 24-QĐ/TW``, ``GIẤY MỜI HỌP`` /
    ``Giao ban công tác tháng 3``): a title is no one- or two-word phrase left open,
    so a line in mixed case under it goes on with it unless it opens or is the body
    (a body phrase, a clause marker, a colon at its end, two sentences)."""
    if j >= len(lines) or lines[j].blank or (len(
            ctx.doc.text[start:first.end].split()) > OPEN_REST_WORDS
            and not _names_a_type(ctx, start, first.end)):
        return False
    line = lines[j]
    text = line.text.rstrip()
    return not (
        _body_line(ctx, line) or _strong_body(ctx, line) or text.endswith((":", "."))
        or _SENTENCE_BREAK.search(text) is not None or _rule_between(ctx, first.end, line.start)
        or len(text) > MAX_TITLE_LINE_CHARS or _in_anchor(ctx, line.start, line.end))


def _set_title(ctx: Context, start: int, end: int) -> None:
    text = ctx.doc.text
    while start < end and text[start] in " \t\n:-–.":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:":
        end -= 1
    if end > start:
        ctx.doc.title = TextField(value=collapse(text[start:end]), start=start, end=end)


def _mark_after_type(ctx: Context, tend: int, line_end: int) -> int:
    """An urgency or secrecy mark printed after the type name (``CÔNG ĐIỆN HỎA TỐC``) is
    a mark, not the title: recorded, and the type line read on after it."""
    rest = ctx.match[tend:line_end]
    at = tend + len(rest) - len(rest.lstrip(" \t"))
    for kind, pat in P.MARKS:
        m = pat.match(ctx.match, at, line_end)
        if m is not None:
            a, b = m.span()
            ctx.doc.marks.append(Mark(kind=kind, value=ctx.doc.text[a:b], start=a, end=b))
            tail = ctx.match[b:line_end]
            return b + len(tail) - len(tail.lstrip(" \t.,"))
    return tend


def _introduces_body(ctx: Context, s: int, e: int) -> bool:
    """Whether the lines ``[s, e)`` under a bare type line are the body's opening
    sentence, not a title: a body phrase opens them and a colon ends them (``Để thống
    nhất thực hiện, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:``); no trích yếu ends with
    a colon. The title is then the ``V/v`` label under the number, if any."""
    seg = ctx.match[s:e].rstrip()
    return seg.endswith(":") and P.BODY_START.match(seg) is not None


def _telegram_sender(ctx: Context, lines: list[Line], k: int) -> bool:
    """Whether line ``k`` under a telegram's type line names its sender, not a title:
    it ends with ``điện:`` (``THỦ TƯỚNG CHÍNH PHỦ điện:``), or the next line opens
    with ``ĐIỆN:`` (the sender on its own line above)."""
    seg = ctx.match[lines[k].start:lines[k].end]
    if P.TELEGRAM_HEAD.search(seg):
        return True
    if not is_upper_line(seg):
        return False
    n = k + 1
    while n < len(lines) and lines[n].blank:
        n += 1
    if n >= len(lines):
        return False
    nxt = ctx.match[lines[n].start:lines[n].end]
    return bool(P.TELEGRAM_INLINE.match(nxt) or P.TELEGRAM_HEAD.match(nxt.strip()))


def parse_title(ctx: Context) -> None:
    """Find the type line and the title; record where the body starts."""
    doc = ctx.doc
    lines = ctx.lines
    header_end = ctx.zones.get("header", (0, 0))[1]
    found = _find_type_line(ctx, header_end)
    body_start = header_end
    if doc.doc_type is not None and doc.doc_type.source == "number":
        found = None  # the header stage already read the type (digest, annex caption)
    if found is not None:
        i, tstart, tend = found
        # with no national header to tell the family, a Party number (``97-QĐ/TW``) does
        code, name = _type_of(ctx.match[tstart:tend], doc.family or (
            doc.number.grammar if doc.number else None),
                              doc.number.type_code if doc.number else None)
        doc.doc_type = DocType(code=code, name=name, source="type_line", start=tstart, end=tend)
        tend = _mark_after_type(ctx, tend, lines[i].end)
        rest = ctx.doc.text[tend:lines[i].end]
        if rest.strip() == ":":  # ``KẾT LUẬN:``: the title is on the lines below
            rest = ""
        flat_end = _caps_then_body(ctx, tend, lines[i].end) if rest.strip() and not (
            is_upper_line(rest)) else None
        if flat_end is not None:  # flattened: the title, then the body on its line
            s, e, last = tend + len(rest) - len(rest.lstrip()), flat_end, i
        elif rest.strip():
            s, e, last = _collect(ctx, lines, i, tend)
            cut = _inline_end(ctx, tend, lines[i].end)
            if cut is not None:  # flattened: the body runs on after the title
                e, last, flat_end = cut, i, cut
        else:
            k = i + 1
            while k < len(lines) and lines[k].blank:
                k += 1
            if k < len(lines) and not _strong_body(ctx, lines[k]) and not _is_enacting(
                    ctx, lines, k) and not _telegram_sender(ctx, lines, k):
                s, e, last = _collect(ctx, lines, k, lines[k].start)
                if _introduces_body(ctx, s, e):
                    s = e = tend
                    last = i
            else:
                s = e = tend
                last = i
        if e > s:
            _set_title(ctx, s, e)
        elif _vv_label(ctx, doc.number.end if doc.number else 0, tstart) is not None:
            # a type line with no title under it, the subject given as ``V/v ...`` under
            # the number (a party guide, a report): that is the title
            _vv_title(ctx, header_end)
        body_start = e if flat_end is not None else max(e, lines[last].end if e > s else tend)
        # an enacting-authority line right after the title belongs to neither
        nxt = last + 1
        while nxt < len(lines) and lines[nxt].blank:
            nxt += 1
        if nxt < len(lines) and _is_enacting(ctx, lines, nxt):
            after = _after_session(ctx, lines, nxt)
            wrap = _next_nonblank_index(lines, nxt)
            # its name wrapped (``... THÀNH PHỐ`` / ``HÀ NỘI``): the tail is its part
            tail = wrap if wrap is not None and _authority_wrap(ctx, lines, nxt, wrap) else nxt
            ctx.cache["enacting"] = (lines[nxt].start, lines[tail].end)
            body_start = lines[after - 1].end if after is not None else lines[nxt].end
        ctx.zones["type_line"] = (tstart, tend)
    elif doc.doc_type is None:
        body_start = _vv_title(ctx, header_end)
        _infer_type(ctx)
    if (doc.number is not None and doc.number.type_code in P.OVERRIDING_CODES
            and doc.doc_type is not None and doc.doc_type.code != doc.number.type_code):
        code = doc.number.type_code
        doc.doc_type = DocType(code=code, name=str(P.TYPE_CODES[code][0]["name"]),
                               source="number", start=doc.number.start, end=doc.number.end)
    if doc.doc_type is None:
        doc.warn("no_doc_type", "no type line, and the number carries no type code")
    elif doc.number and doc.number.type_code and doc.number.type_code != doc.doc_type.code \
            and doc.doc_type.source == "type_line" \
            and doc.number.type_code not in P.NUMBER_CODES.get(doc.doc_type.code, ()):
        doc.warn(
            "type_mismatch",
            f"type line says {doc.doc_type.code} but the number says {doc.number.type_code}",
            doc.doc_type.start, doc.doc_type.end,
        )
    if doc.title is None:
        doc.warn("no_title", "no title (trích yếu) was found")
    ctx.cache["body_start"] = max(body_start, header_end)


def _find_type_line(ctx: Context, header_end: int) -> tuple[int, int, int] | None:
    """(line index, start, end) of the type words, searching after the header."""
    lines = ctx.lines
    seen = 0
    i0 = first_line_ending_after(lines, header_end)  # the header's lines: skipped at once
    for i, line in enumerate(islice(lines, i0, None), i0):
        if line.blank:
            continue
        seen += 1
        if seen > SEARCH_LINES:
            break
        pos = max(line.start, header_end)
        seg = ctx.match[pos:line.end]
        lead = len(seg) - len(seg.lstrip(" ,.:"))
        wrapped = _wrapped_type(ctx, i, pos + lead, line.end)
        if wrapped is not None:
            return wrapped
        m = P.TYPE_LINE.match(seg, lead) or _TYPE_GLUED.match(seg, lead)
        if m and ctx.doc.text[pos + m.start():pos + m.end()].isupper():
            after = seg[m.end():].strip()
            if after.startswith(":") and i > 0 and seen > 1:
                continue  # "QUYẾT ĐỊNH:" announcing the articles, not the type line
            if after == ":":  # the first line under the header: a typist's colon
                return i, pos + m.start(), pos + m.end()  # (``THÔNG BÁO:``), title below
            if after and not (is_upper_line(after) or after[:1] in "(*") and (
                    _caps_then_body(ctx, pos + m.end(), line.end) is None) and (
                    not _TITLE_AFTER_TYPE.match(after)):
                continue
            return i, pos + m.start(), pos + m.end()
        if seen > 1 and _BODY_OPENER.match(seg):
            break
        bare = seg.strip()
        if (len(bare) <= _BARE_MAX and _LETTERS.fullmatch(bare) and _bare(bare) in _BARE_TYPES
                and is_upper_line(ctx.doc.text[pos:line.end])):
            return i, pos + seg.index(bare[0]), pos + len(seg.rstrip())
    return None


def _wrapped_type(ctx: Context, i: int, start: int, end: int) -> tuple[int, int, int] | None:
    """A type name a converter broke over two lines (``THÔNG`` / ``TƯ LIÊN TỊCH``,
    ``THÔNG TƯ`` / ``LIÊN TỊCH``): (index of the second line, start, end) when line
    ``i`` (``start``-``end``) holds only the first words of a longer type name and the
    next line holds the rest of it alone, in capitals; None otherwise (most lines: one
    set test)."""
    if " ".join(ctx.match[start:end].split()) not in _TYPE_PREFIXES:
        return None
    lines = ctx.lines
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return None
    nxt = lines[i + 1]
    m = P.TYPE_LINE.match(ctx.match, start, nxt.end)
    if m is None or m.end() <= nxt.start or not ctx.doc.text[m.start():m.end()].isupper():
        return None
    if ctx.match[m.end():nxt.end].strip():
        return None  # ``CHƯƠNG TRÌNH`` / ``HÀNH ĐỘNG THỰC HIỆN ...``: a title under the type
    return i + 1, m.start(), m.end()


#: The first words of the type names of more than one word, each prefix short of the
#: whole name (``THÔNG``, ``THÔNG TƯ`` of ``THÔNG TƯ LIÊN TỊCH``), spaces single.
_TYPE_PREFIXES = frozenset(
    " ".join(words[:k]) for name in P.TYPE_LINE_NAMES for words in [name.split()]
    for k in range(1, len(words)))


#: A type name in capitals glued to the title's first word (``QUYẾT ĐỊNHVề việc``).
_TYPE_GLUED = regex.compile(r"(?P<type>" + P.words_alt(P.TYPE_LINE_NAMES) + r")(?=\p{Lu}\p{Ll})")
#: The title typed small on the type line's own line (``HƯỚNG DẪN thể thức ...``,
#: ``QUYẾT ĐỊNH Về việc ...``, ``BÁO CÁO Kết quả thực hiện ...``): a small word, ``Về``/
#: ``V/v``, or a capitalised word then a small one (a title in sentence case); not the
#: document naming itself in a sentence (``QUYẾT ĐỊNH số 12 ...``, ``... này``).
_TITLE_AFTER_TYPE = regex.compile(
    r"(?:(?!(?:số|này|trên)(?!\p{L}))\p{Ll}|V[ềe](?!\p{L})|V/v"
    r"|\p{Lu}\p{Ll}+[ \t]+(?!(?:số|này|trên)(?!\p{L}))\p{Ll})")


#: Inside a flattened line, where a title stops: a rule drawn with three dashes or more,
#: the addressee's ``Kính gửi:``, or a capitalised ``Căn cứ`` opening the preamble.
_INLINE_TITLE_END = regex.compile(
    r"[ \t]*(?:[‐‒–—―_=~-]{3,}|(?<!\p{L})(?:Kính\s+gửi\s*:|-?[ \t]*Căn\s+cứ\s))")


def _inline_end(ctx: Context, a: int, b: int) -> int | None:
    """Where a title starting at ``a`` inside its line stops before ``b`` when the body
    was flattened onto the same line; ``None`` if nothing there opens the body."""
    m = _INLINE_TITLE_END.search(ctx.doc.text, a + 1, b)
    return m.start() if m is not None else None


#: A subject opened by ``Về`` instead of ``V/v`` (``Về cho phép tổ chức ...``).
_SUBJECT = regex.compile(r"[ \t]*(?:[Vv]ề|VỀ)[ \t]+\S")


def _subject_under_number(ctx: Context) -> int:
    """Where a công văn's subject opened by ``Về`` (``về việc``, typed small) starts, on
    the line right under the number (the header's left column); -1 if there is none.
    Only there: elsewhere a line opening with ``Về`` is a heading of the body (``Về
    công tác ...``)."""
    number = ctx.doc.number
    if number is None:
        return -1
    lines = ctx.lines
    i = first_line_ending_after(lines, number.end - 1)  # the number's line
    k = _next_nonblank_index(lines, i) if i < len(lines) else None
    if k is None:
        return -1
    line = lines[k]
    m = _SUBJECT.match(ctx.doc.text, line.start, line.end)
    return line.start + len(line.text) - len(line.text.lstrip()) if m else -1


#: A word written in capitals (digits and punctuation allowed, one capital letter at
#: least): ``CHỈ``, ``2024``, ``(KHÓA``.
_CAPS_WORD = regex.compile(r"[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*")
_WORD = regex.compile(r"\S+")


def _caps_then_body(ctx: Context, a: int, b: int) -> int | None:
    """In a flattened line, the end of the title in capitals that runs from ``a`` to the
    body's opening words (``QUYẾT ĐỊNH VỀ CƠ CHẾ ... THU HỒI Căn cứ Luật ...``); ``None``
    unless capitals are followed, on the same line, by an opener of the body."""
    text = ctx.doc.text
    end = None
    for w in _WORD.finditer(text, a, b):
        if _CAPS_WORD.fullmatch(w.group()) or not any(map(str.isalpha, w.group())):
            end = w.end()
            continue
        if end is not None and _BODY_OPENER.match(ctx.match[w.start():min(b, w.start() + 80)]):
            return end
        return None
    return None


def _vv_label(ctx: Context, lo: int, hi: int) -> tuple[int, str | None] | None:
    """Where the first ``V/v`` label between ``lo`` and ``hi`` starts, with the OCR form
    printed there when it is one that only a line's start makes safe (``Viv``, ``VW``,
    ``V/`` before a small word; ``None`` for a label read as printed); ``None`` when
    there is no label."""
    m = P.VV.search(ctx.match, lo, hi)
    ocr = P.VV_OCR.search(ctx.match, lo, m.start() if m is not None else hi)
    if ocr is not None:
        return ocr.start("label"), ocr.group("label")
    return (m.start(), None) if m is not None else None


#: What separates a flattened header's columns: blanks, a tab, a table's bar.
_COLUMN_GAP = " \t|*_"


def _date_beside(ctx: Context, lines: list[Line], i: int, start: int,
                 cut: int) -> tuple[int, int, int] | None:
    """The place-and-date line read between the subject's first line and its wrap: two
    columns flattened line by line, the date beside that line (``V/v triển khai ...
    Hà Nội, ngày ...``) or on a line of its own right under it, the wrap in small
    letters after it (``tiêm chủng năm 2026``). Returns where the date's column starts
    and ends and the index of the line the subject resumes on; ``None`` otherwise."""
    line = lines[i]
    for a in ctx.cache.get("header_anchors", []):
        if a.kind != "place_date":
            continue
        if a.start == cut and start < cut < line.end \
                and not ctx.doc.text[a.end:line.end].strip(_COLUMN_GAP):
            return cut, line.end, i + 1
        if cut == line.end and i + 2 < len(lines) and lines[i + 1].start == a.start \
                and not ctx.doc.text[a.end:lines[i + 1].end].strip(_COLUMN_GAP):
            return cut, lines[i + 1].end, i + 2
    return None


#: A subject label with nothing after it on its line but a colon.
_BARE_LABEL = regex.compile(P.VV.pattern + r"[ \t]*:?[ \t]*")

#: A clause's marker alone before a ``Về việc`` on its line (``**1. Về việc ban hành
#: ...``, ``II. Về việc ...``): the heading of a body clause (a letter whose header was
#: lost, the body read from the top), never a công văn's subject, which has no marker.
_CLAUSE_BEFORE = regex.compile(r"[ \t*_#|]*(?:\d{1,2}|[IVXLC]{1,5})[.)][ \t*_]*$")


def _vv_title(ctx: Context, header_end: int) -> int:
    """Công văn: the V/v line(s) near the number. Returns where the body starts."""
    lines = ctx.lines
    lo = 0
    number = ctx.doc.number
    if number is not None:
        lo = number.end
    hi = header_end + 600
    label = _vv_label(ctx, lo, hi)
    ocr = None
    if label is not None:
        start, ocr = label
    elif (start := _subject_under_number(ctx)) < 0:
        return header_end
    i = next((k for k, ln in enumerate(lines) if ln.start <= start <= ln.end), None)
    if i is None:
        return header_end
    if _CLAUSE_BEFORE.match(ctx.doc.text, lines[i].start, start) is not None:
        return header_end  # ``1. Về việc ban hành ...``: a body clause's heading
    end = lines[i].end
    # the V/v text stops at an anchor on the same line (flattened headers), or where the
    # body runs on after it (``V/v ... Kính gửi: - Ủy ban ...``)
    for a in ctx.cache.get("header_anchors", []):
        if start < a.start < end:
            end = a.start
    inline = _inline_end(ctx, start, end)
    beside = _date_beside(ctx, lines, i, start, end) if inline is None else None
    end = inline or end
    last = i
    j = beside[2] if beside is not None else i + 1
    # a label alone on its line (``V/v:`` / ``Chính sách thuế ...``): the subject is the
    # next line whatever its case, the colon no phrase's end
    bare = end == lines[i].end and _BARE_LABEL.fullmatch(ctx.match, start, end) is not None
    while j < len(lines) and j - i < MAX_TITLE_LINES and (
            end == lines[last].end or (beside is not None and last == i)):
        ln = lines[j]
        if ln.blank:
            break
        if bare and last == i:
            if _in_anchor(ctx, ln.start, ln.end) or P.ADDRESSEE_HEAD.match(ln.text):
                break
        elif not _continues(ctx, lines, j, lines[last], lines[i]) or _upper(ctx, ln):
            break
        if beside is not None and last == i and not ln.text.lstrip()[:1].islower():
            break  # past the date's column, only a wrap in small letters goes on
        end = ln.end
        last = j
        j += 1
    _set_title(ctx, start, end)
    title = ctx.doc.title
    if beside is not None and last > i and title is not None:
        # the subject's wrapped lines go on past the date's column: leave it out
        title.value = collapse(ctx.doc.text[title.start:beside[0]].rstrip(_COLUMN_GAP)
                               + " " + ctx.doc.text[beside[1]:title.end])
    if ocr is not None and title is not None and title.start == start:
        title.value = "V/v" + title.value[len(ocr):]
        ctx.doc.warn("typo_corrected", f"subject label {ocr!r} read as 'V/v'",
                     start, start + len(ocr))
    return max(header_end, end)


#: ``VỀ VIỆC`` spelled out in capitals: a typed document's title whose type line a
#: compact rendering lost; a công văn's subject is ``V/v ...`` in small letters.
_VE_VIEC_CAPS = regex.compile(r"VỀ\s+VIỆC(?!\p{L})")


def _typed_title(ctx: Context) -> bool:
    """Is the ``VỀ VIỆC`` title that of a document whose number names its type (``876/
    QĐ-UBND``, a decision whose type line is missing)? Then the number's code is the
    type, not the organ of a công văn: the title is in capitals, ``VỀ VIỆC`` spelled
    out, and the number's first code is a type code."""
    doc = ctx.doc
    title, number = doc.title, doc.number
    if title is None or number is None or number.type_code is None or number.grammar == "party":
        return False
    return bool(_VE_VIEC_CAPS.match(doc.text, title.start)) and is_upper_line(title.value)


def _infer_type(ctx: Context) -> None:
    doc = ctx.doc
    number = doc.number
    title = doc.title
    if title is not None and (P.VV.match(ctx.match, title.start) or P.VV.match(title.value)) \
            and not _typed_title(ctx):
        # a công văn: the first code of a State number names the organ, not a type (a
        # Party number's code after the dash is its type: ``29-CV/TC-NV``)
        if number is not None and number.type_code and number.grammar != "party":
            number.organ_code = "-".join(c for c in (number.type_code, number.organ_code) if c)
            number.type_code = None
        doc.doc_type = DocType(code="CV", name="Công văn", source="title", start=title.start,
                               end=title.end)
        return
    if number is not None and number.type_code:
        code = number.type_code
        entries = P.TYPE_CODES.get(code, [])
        name = str(entries[0]["name"]) if entries else code
        if code == "TT" and number.grammar == "party":
            name = "Thông tri"
        doc.doc_type = DocType(code=code, name=name, source="number", start=number.start,
                               end=number.end)
        return
    opens_with_address = any(
        P.ADDRESSEE_HEAD.match(ctx.match[ln.start:ln.end]) for ln in ctx.lines[:12]
        if not ln.blank
    )
    if number is not None or opens_with_address:
        doc.doc_type = DocType(code="CV", name="Công văn", source="title",
                               start=title.start if title else 0,
                               end=title.end if title else 0)
        return
    _self_named_type(ctx)


def _self_named_type(ctx: Context) -> None:
    """The type a headless document names itself by in its body (``... nghiêm túc
    triển khai thực hiện Công điện này./.``, ``Quyết định này có hiệu lực ...``): its
    first page lost, no type line, number, ``V/v`` or ``Kính gửi`` is left. The type
    named most often wins (the last named on a tie: the closing speaks of the whole)."""
    doc = ctx.doc
    if " này" not in doc.text:
        return
    seen: dict[str, regex.Match[str]] = {}
    counts: dict[str, int] = {}
    for m in P.SELF_REFERENCE.finditer(doc.text):
        seen[m["t"]] = m
        counts[m["t"]] = counts.get(m["t"], 0) + 1
    if not counts:
        return
    best = max(counts, key=lambda t: (counts[t], seen[t].start()))
    m = seen[best]
    doc.doc_type = DocType(code=P.SELF_REFERENCE_CODES[best], name=best, source="body",
                           start=m.start("t"), end=m.end("t"))
