"""Recipient list (``Nơi nhận``) and the archive line (``Lưu``).

Items are dash-led, one per line or run together on one flattened line
(``Nơi nhận: - A; - B; - Lưu: VT.``); a wrapped item continues on lines without
a dash. Each item's purpose (``(để báo cáo)``, ``b/c``) is normalised through
the purpose table; a brace group (``} (để b/c)``) gives its purpose to the items
above it that have none. The ``Lưu`` item closes the list: its items are the
archive, and a typist's initials glued after it are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, repeat
from operator import add

import regex
from rapidfuzz import fuzz, process

from vbcd.extract.organ_tables import ALL_SURNAMES
from vbcd.extract.person_scan import name_line_at
from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import is_upper_line
from vbcd.models import Recipient, TextField
from vbcd.normalize import fold_tones
from vbcd.pipeline import Context
from vbcd.readers.legacy import plausible_syllable
from vbcd.segment.text import ITEM_MARKS, SEAL_LINE, collapse, is_lone_mark, is_signature_noise
from vbcd.syllables import strip_marks

# Blanks are taken possessively (``*+``, ``?+``): they never match ``)``, ``;``, the end
# or the first letter of a purpose, so giving them back cannot help, and a run of blanks
# stays linear instead of quadratic or cubic.
#: An item's purpose at its end, before the item's closing mark: ``;``, ``,``, ``.``, or a
#: ``:`` typed for the ``;`` (``- Phó Cục trưởng A (để b/c):``).
_PURPOSE_PAREN = regex.compile(r"\(\s*+(?P<p>[^()]{1,40}?)\s*+\)\s*+[;,.:]?+\s*+$")
_PURPOSE_BARE = regex.compile(
    r"(?:^|[\s(])(?P<p>để\s+[\p{L}/ ,]{1,30}|[bđtp]/[cbh]|b\.c)\s*+\)?+\s*+[;,.:]?+\s*+$",
    regex.I,
)
_BRACE = regex.compile(r"^\s*-?\s*\}\s*(?P<rest>.*)$")
#: The typist's initials after the archive list: after a blank that follows its closing
#: bracket or full stop (``NN (2). Kh``, in small letters ``QHĐP (3) vmd``), or glued to
#: them by a converter (``KGVX (2b).PC``, ``NN (2)NXT``, ``KGVX.Tuấn``: glued to a code
#: only as a capitalised word in small letters, since two codes joined by a dot are two
#: items, ``VT.MT``; with no dot at all, ``KTNTùng``, see :func:`_glued_name`); a name
#: may follow an initial (``M.Cường``, glued without its dot: ``KTTH (2) MCường``), and
#: the number of copies the typist's (``TH. Lan 20b``, ``NCTH. Ng95``, ``TM. H20``, or
#: the count alone: ``CN (2). 67b``). After a count and a comma only a name in small letters is
#: the typist's, with its copies (``V.I (3), Thiện``, ``VP (HC), Tài (20)``,
#: ``Tài.100``): a code there is one more item.
_TYPIST = regex.compile(
    r"(?:\)\.?+\s*+|\),[ \t]*+(?=(?:\p{Lu}\.?)?\p{Lu}\p{Ll}+(?:[ \t]*+\(\d{1,3}[ \t]*+b?\)"
    r"|\.?\d{1,3}[ \t]*+b?)?\.?\s*$)|\.\s+"
    r"|(?<=\p{Lu}{2})\.(?=\p{Lu}\p{Ll})|(?P<glued>(?<=\p{Lu}{2}))(?=\p{Lu}\p{Ll}+\.?\s*$))"
    r"(?P<tail>(?:\p{Lu}\.?)?\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,2}"
    r"(?:[ \t]*+(?:\(\d{1,3}[ \t]*+b\)|\d{1,3}[ \t]*+b))?"
    r"|\p{Lu}\p{Ll}+(?:[ \t]*+\(\d{1,3}[ \t]*+b?\)|\.?\d{1,3}[ \t]*+b?)"
    r"|\d{1,3}[ \t]*+b|\p{Lu}\d{1,3}b?|\p{Lu}{2,4}|\p{Ll}{1,5})"
    r"\.?\s*$"
)
#: Capitals (and digits) that may be a code, the drafting unit's, rather than a typist's
#: initials (``PV``, ``NC2``; ``H20``: an initial and the copies).
_CAPS_CODE = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,5}")
#: Two codes parted by a full stop and a blank, the comma lost (``VT. PV``, ``VT.
#: (ĐT-HS)``); a copies count after the stop (``KTN. (90b)``) is no code.
_DOTTED_BLANK = regex.compile(
    r"(?P<a>\p{Lu}{1,6}|" + "|".join(map(regex.escape, P.ARCHIVE_CLERK_FORMS))
    + r")\.\s+(?P<b>\(?\p{Lu}[\p{Lu}\d/-]{0,11}\)?)")
#: The vowels of a syllable, tone marks stripped (see :func:`_glued_name`).
_VOWELS = frozenset("aeiouy")


_PURPOSE_KEYS = sorted(P.PURPOSES)


def _spelled_out(form: str) -> bool:
    """Whether the purpose spelling ``form`` is whole words (``để phối hợp``), each with a
    vowel, not an abbreviation (``p/h``, ``để b``, ``th``) that would open other words."""
    return all(len(w) > 1 and any(c in _VOWELS for c in strip_marks(w))
               for w in form.split())


#: A purpose spelled out at the start of a longer one that joins a second purpose to
#: it (``để phối hợp chỉ đạo``, ``để biết, theo dõi``): the first one is the purpose,
#: as in the table's own ``phối hợp thực hiện`` and ``theo dõi, chỉ đạo``.
_PURPOSE_LEAD = regex.compile(
    "(?P<p>" + "|".join(map(regex.escape, sorted(
        (k for k in _PURPOSE_KEYS if _spelled_out(k)), key=len, reverse=True)))
    + r")(?:\s*,\s*|\s+(?:và\s+)?)\p{L}")
# First characters of the authority forms (AUTHORITY matches case-sensitively at a line
# start, so a line starting with anything else is not one), and what closes an item
# before a signature line.
_AUTHORITY_FIRST = frozenset(f[0] for f in P.AUTHORITY_FORMS)
_CLOSERS = (";", ".", ":")


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
    if (lead := _PURPOSE_LEAD.match(key)) is not None:
        return P.PURPOSES[lead["p"]]
    if key.startswith("để ") and 1 <= len(key[3:].split()) <= 3:
        return key[3:]
    return None


def find_recipients_head(ctx: Context, lo: int) -> regex.Match[str] | None:
    """The ``Nơi nhận`` heading after ``lo`` (the first at a line or cell start)."""
    text = ctx.doc.text
    line_start = 0
    lead: int | None = None  # first non-blank offset of the current line
    pos = 0
    fallback: regex.Match[str] | None = None
    # Many hits on one long line must not each rescan the line: the line start and
    # its indent are carried from hit to hit, and only the blanks before a hit are read.
    for m in P.RECIPIENTS_HEAD.finditer(ctx.match, lo):
        a = m.start()
        nl = ctx.match.rfind("\n", pos, a)
        if nl >= 0:
            line_start, lead = nl + 1, None
        pos = a
        if lead is None:  # str.strip strips what str.isspace calls a blank
            head = text[line_start:a]
            lead = line_start + len(head) - len(head.lstrip())
        # end of the text before the hit, blanks dropped; most hits follow a word and
        # one space, read without the windowed strip
        if a > lead and not text[a - 1].isspace():
            k = a
        elif a - 2 >= lead and text[a - 1] == " " and not text[a - 2].isspace():
            k = a - 1
        else:
            k = _blanks_before(text, lead, a)
        if k <= lead or text[k - 1] in ".:;" or k - lead < 3:
            if _is_column_heading(text, m):
                # a bare ``Nơi nhận`` cell of a flattened table (``Nội dung | Thời hạn
                # | Nơi nhận``: where to file), kept only when no real heading follows
                fallback = fallback or m
                continue
            return m
    return fallback


def _is_column_heading(text: str, m: regex.Match[str]) -> bool:
    """Whether a ``Nơi nhận`` hit is a table's column heading rather than the list's.

    The list's heading takes a colon, or its items open with a dash on the next line;
    a column heading (a Word table flattened one cell a line, or ``|`` cells) stands
    bare at its line's end and the next cell opens with a word (``Cơ quan, đơn vị gửi
    danh sách``)."""
    end = m.end("head")  # the match runs on over blanks, newlines too
    if m.group().rstrip().endswith((":", ".")):
        return False
    nl = text.find("\n", end)
    if nl < 0 or text[end:nl].strip():
        return False
    nxt = text[nl + 1:nl + 80].lstrip()
    return bool(nxt) and nxt[0] not in ITEM_MARKS and nxt[0].isalpha() and nxt[0].isupper()


def _blanks_before(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over the blanks (``str.isspace``) before it, not below ``lo``;
    stripped in windows, so that a long run costs C-level work, not a step a blank."""
    while hi > lo:
        window = text[max(lo, hi - 64):hi]
        kept = len(window.rstrip())
        hi -= len(window) - kept
        if kept:
            break
    return hi


def parse_recipients(ctx: Context) -> None:
    """Fill ``recipients``, ``archive`` and ``archive_line``; record the zone."""
    doc, text = ctx.doc, ctx.doc.text
    lo = ctx.cache.get("body_start", 0)
    head = find_recipients_head(ctx, lo)
    if head is None:
        return
    start = head.end()
    items, end, archive = _split_items(ctx, start)
    spans = [*items, *ctx.cache.get("recipient_seal", ())]
    if archive is not None:
        spans.append((ctx.cache.get("archive_head", archive)[0], archive[1]))
    ctx.cache["recipient_spans"] = spans
    ctx.zones["recipients"] = (head.start("head"), end)
    recipients: list[Recipient] = []
    braces = _Braces(recipients)
    memo: dict[str, _Item] = {}
    # the purpose of the brace run the last item belongs to: a brace's purpose is
    # printed on one of its lines, often the middle one, and the lines of the run
    # below it belong to the group too
    run: tuple[str | None, str] | None = None
    for a, b in items:
        brace = text.find("}", a, b)
        if brace >= 0:
            at = a
            if brace > a and text[a:brace].strip(" -–;,"):
                # "- Sở Tài chính; } (t/h)": the item, then a brace closing the group above
                rec = _recipient(text, a, brace, memo)
                if rec is not None:
                    braces.add(rec)
                at = brace
            bm = _BRACE.match(text[at:b])
            if bm:
                pm = _PURPOSE_PAREN.search(bm.group("rest")) or _PURPOSE_BARE.search(
                    bm.group("rest"))
                if pm:
                    run = (normalise_purpose(pm.group("p")), pm.group("p"))
                    braces.close(*run)
                elif run is not None and run[0] is not None and at > a:
                    braces.close(*run)  # a line of the run below its purpose
                continue
        run = None
        if _INNER_SEMI.search(text, a, b) is None:  # most items: one recipient
            rec = _recipient(text, a, b, memo)
            if rec is not None:
                braces.add(rec)
            continue
        pieces = [r for s, e in _split_inner(text, a, b)
                  if (r := _recipient(text, s, e, memo)) is not None]
        # ``- TT Tỉnh ủy; TT HĐND tỉnh (b/c);``: the purpose printed at the end of the
        # dash item covers every body the item groups (not a ``Như trên`` before them)
        shared = pieces[-1] if pieces and pieces[-1].purpose is not None else None
        for rec in pieces:
            if shared is not None and rec.purpose is None and rec.text[:4].lower() != "như ":
                rec.purpose, rec.purpose_text = shared.purpose, shared.purpose_text
            braces.add(rec)
    braces.flush()
    if archive is not None:
        # a brace group printed after the list ("- } (để b/c)") applies upwards
        bm = None
        nl = text.find("\n", archive[1])
        if nl >= 0:
            nxt = text.find("\n", nl + 1)
            bm = _BRACE.match(text[nl + 1:nxt if nxt > 0 else len(text)])
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


class _Braces:
    """Recipients in order, and the purposes that brace groups (``} (để b/c)``) give to
    those above them that have none.

    A brace gives its purpose (and its printed text) to every recipient so far without
    one; a brace whose purpose is unknown sets only the printed text, and the recipients
    stay open to the next brace. Done recipient by recipient at each brace, that is
    quadratic in a long list of braces; here the open recipients wait in a list and each
    gets only its last assignment."""

    def __init__(self, out: list[Recipient]) -> None:
        self.out = out
        self.open: list[Recipient] = []  # recipients without a purpose yet
        self.texts_upto = 0  # open[:texts_upto] take ``text`` (an unknown purpose's text)
        self.text: str | None = None

    def add(self, rec: Recipient) -> None:
        self.out.append(rec)
        if rec.purpose is None:
            self.open.append(rec)

    def close(self, purpose: str | None, text: str) -> None:
        if purpose is None:  # the open recipients keep waiting, with this text
            self.texts_upto, self.text = len(self.open), text
            return
        for r in self.open:
            r.purpose, r.purpose_text = purpose, text
        self.open, self.texts_upto, self.text = [], 0, None

    def flush(self) -> None:
        for r in self.open[:self.texts_upto]:
            r.purpose, r.purpose_text = None, self.text
        self.open, self.texts_upto, self.text = [], 0, None


def _split_items(
        ctx: Context, start: int) -> tuple[list[tuple[int, int]], int, tuple[int, int] | None]:
    """Items (start, end) from after the heading to the end of the list.

    One pass over the lines, the cheap tests first (a dash-led line is never an
    upper-case signature line). A run of plain dash lines (one item each, not ``Lưu``,
    not noise) is taken at once: its lines are tested with ``map`` and its items listed
    from the line lengths, with no Python step per line."""
    text, match = ctx.doc.text, ctx.match
    items: list[tuple[int, int]] = []
    archive: tuple[int, int] | None = None
    pos = start
    n = len(text)
    end = start
    cur: tuple[int, int] | None = None
    cur_closed = ""  # the last non-blank character of the current item
    blank_run = 0
    hints = _Hints(text)
    # the signature's pieces printed to the right of items (see _column_tail): an item
    # wrapped onto the next line spans its tail, which the signature block still reads
    tails: list[tuple[int, int]] = ctx.cache.setdefault("recipient_tails", [])
    hint_at = -1  # start of the next line with a cut hint, from pos on (kept until passed)
    # the column where the signature block stands when it is printed beside the list
    # (two columns read line by line: a layout-preserving PDF text layer, a converted
    # table): from there on, every line of the list is cut at that column
    col = _beside_head(text, pos)
    sealed = False  # a piece of the seal's text met beside an item (see _seal_piece)
    if col is None:
        col = _above_head(text, pos)
    elif col is not None:
        pos = text.find("\n", pos) + 1 or n  # the rest of the heading's line: the block's
    while pos < n:
        if hint_at < pos:
            h = hints.next(pos)
            hint_at = text.rfind("\n", pos, h) + 1 or pos if h < n else n
        # a run of plain dash lines up to that line (bounded by it: matching the whole
        # run again from every line before it would be quadratic)
        run = _PLAIN_RUN.match(text, pos, hint_at) if hint_at > pos and col is None else None
        lines = _plain_lines(text, pos, run.end() - 1) if run is not None else None
        if lines:  # each line one item
            lens = list(map(len, lines))
            starts = list(accumulate(map(add, lens, repeat(1)), initial=pos))
            starts.pop()
            ends = list(map(add, starts, lens))
            if cur is not None:
                items.append(cur)
            items.extend(zip(starts[:-1], ends[:-1], strict=True))
            cur = (starts[-1], ends[-1])
            cur_closed = lines[-1].rstrip()[-1]
            end = ends[-1]
            blank_run = 0
            pos = end + 1
            continue
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        line = text[pos:nl]
        stripped = line.strip()
        if not stripped:
            blank_run += 1
            if blank_run >= 2 and items and not _list_goes_on(
                    text, nl, cur is not None and cur_closed not in _CLOSERS):
                break  # (a table's cells put blank lines between items: the list goes on)
            pos = nl + 1
            continue
        blank_run = 0
        tail = _cut_at_column(line, col) if col is not None else None
        if tail is not None:
            tails.append(_tail_span(line, pos, tail))
            if not line[:tail].strip():
                pos = nl + 1  # the block's column alone on this line
                continue
            line = line[:tail]
            stripped = line.strip()
        dash_led = stripped[0] in ITEM_MARKS
        if (stripped[0] in _AUTHORITY_FIRST and P.AUTHORITY.match(stripped)) or (
            is_signature_noise(stripped)) or (pos == start and _bare_title(stripped)) or (
            cur is not None and not dash_led and cur_closed in _CLOSERS
            and (is_upper_line(stripped) or _SIGNER_LINE.match(stripped))
        ):
            # a signature line interleaved with the list (two columns read line by
            # line): skip it if the list goes on, else the list has ended
            if _next_is_item(text, nl):
                pos = nl + 1
                continue
            break
        lead = len(line) - len(line.lstrip())
        # a signature line printed to the right of the item (two columns read line by
        # line) is left to the signature block
        if col is None and dash_led and (tail := _column_tail(line)) is not None:
            tails.append(_tail_span(line, pos, tail))
            gap = _WIDE_GAP.match(line, tail)
            if gap is not None:  # two columns from here on
                col = gap.end()
        # one physical line may hold several dash items (flattened lists)
        for a, b in _pieces(_drop_debris(line if tail is None else line[:tail])):
            s, e = pos + a, pos + b
            piece = text[s:e].lstrip()
            if not piece.rstrip():
                continue
            if piece[0] not in "-–+•}" and piece[0] in _AUTHORITY_FIRST and P.AUTHORITY.match(
                    piece):
                continue
            if a and piece[0] not in "-–+•}" and _seal_piece(piece, sealed):
                # the seal's ring beside the list: no recipient, nor a line of the
                # signature block (kept from it with the list's spans)
                sealed = True
                ctx.cache.setdefault("recipient_seal", []).append((e - len(piece), e))
                continue
            head = piece[1:].lstrip()[:1] if piece[0] in "-–+•" else piece[0]
            # ARCHIVE needs "Lưu" after blanks and a bullet; a slice, "^" never matches at pos
            am = P.ARCHIVE.match(match[s:e]) if head and head in "lL" else None
            if am:
                archive_start = s + am.end()
                e = _archive_line_end(text, e, pos + len(line))
                archive_end = _archive_end(ctx, archive_start, e)
                if tail is None and col is None and not text[archive_end:nl].strip():
                    archive_end = _archive_more(ctx, archive_end, nl)
                archive = (archive_start, archive_end)
                end = archive_end
                if cur is not None:
                    items.append(cur)
                ctx.cache["archive_head"] = (s, archive_start)
                return items, end, archive
            # a new item: a dash, the first piece, or a line after an item closed by ";"
            # (lists printed without dashes: "Như trên;\nBộ Y tế (b/c);")
            if piece[0] in "-–+•}" or cur is None or (
                    e - len(piece) == pos + lead and cur_closed == ";"):
                if cur is not None:
                    items.append(cur)
                cur = (s, e)
            else:
                cur = (cur[0], e)
            cur_closed = piece.rstrip()[-1]
            end = e
        # (the line as cut at the signature's column: ``CN, NN, Cổng TTĐT;   Lê Mạnh Hà``,
        # an item's wrapped tail beside the signer's name, ends with its ``;``)
        if cur is not None and not dash_led and not match[pos:pos + len(line)].rstrip().endswith(
                (";", ",", ":")) and is_upper_line(stripped):
            break
        pos = nl + 1
    if cur is not None:
        items.append(cur)
    return items, end, archive


# Consecutive lines led by a dash, none with "Lưu" after it, each ended by "\n" (``re``:
# its ``\s`` is ``str.isspace``, what ``str.lstrip`` strips). Whether a dash-led line can
# be an authority or a noise line is decided once, by partial matching (can any text
# starting with a dash match?): with today's tables it cannot.
_PLAIN_RUN = re.compile(r"(?:[ \t]*+[-–+•](?!\s*[lL])[^\n]*\n)+")
if any(P.AUTHORITY.match(d, partial=True) for d in ITEM_MARKS):  # pragma: no cover - data
    _PLAIN_RUN = re.compile(r"(?!)")
_DASH_NOISE = any(P.SIGNATURE_NOISE.match(d, partial=True) for d in ITEM_MARKS)
# A line in capitals to the end of the line, after an item's terminator or a wide gap
# (blanks normalised: a tab is a space): where the right column may start (see
# _column_tail). A gap is tried only from the start of its run: from every blank of a
# long run it would be quadratic.
_TAIL = r"(?=\p{Lu})(?P<tail>[\p{Lu}\p{M}\d ./-]{1,80}+)$"
# After a terminator, OCR may have read the block's edge as a bullet-like tilde
# (``- Như trên; ~- PHO CHỦ NHIỆM``): no item starts with one, so it is skipped.
_TILDE = r"(?:~[-–]?[ \t]*+)?"
_COLUMN_TAIL = regex.compile(r"(?:[;.,][ \t]++" + _TILDE + r"|(?<![ \t])[ \t]{3,}+)" + _TAIL)
# Where a line needs more than the fast path of plain items: _CUT_HINT (several items
# on the line) or a terminator before a column tail; and, searched on its own (a
# literal start lets the engine skip to it), a wide gap before one.
_CUT_HINT_LINE = regex.compile(
    r"[;,.):][^\S\n]+[-–](?:[^\S\n]|$)|;[-–](?:[^\S\n]|$)|;[ \t]+\p{Lu}|[;.,][ \t]++"
    + _TILDE + _TAIL, regex.MULTILINE)
_GAP_HINT_LINE = regex.compile(r"(?<! )   ++" + _TAIL, regex.MULTILINE)


class _Hints:
    """Where the next cut hint is, from an offset on. Each pattern's next match is kept
    until the offset passes it: searching both again from every hint would rescan the
    rest of the text for the rarer one each time (quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = [-1, -1]  # the next match of each pattern (len(text): none)

    def next(self, pos: int) -> int:
        """The offset of the first hint at or after ``pos`` (``len(text)``: none)."""
        n = len(self.text)
        for k, pattern in enumerate((_CUT_HINT_LINE, _GAP_HINT_LINE)):
            if self.at[k] < pos:
                m = pattern.search(self.text, pos)
                self.at[k] = n if m is None else m.start()
        return min(self.at)


#: Longest signature line looked for at the end of an item line.
_COLUMN_TAIL_MAX = 80


def _tail_span(line: str, pos: int, tail: int) -> tuple[int, int]:
    """The span (in the text, ``line`` starting at ``pos``) of the signature block's
    piece from ``tail``, the blanks before it left out."""
    piece = line[tail:]
    return pos + tail + len(piece) - len(piece.lstrip(" \t~-–")), pos + len(line)


#: The position titles of signature blocks, tone-folded (upper case).
_TITLES = frozenset(P.SIGNATURE_TITLES)


def _bare_title(s: str) -> bool:
    """Whether ``s`` is a position title alone (``CHỦ TỊCH``, ``BỘ TRƯỞNG``): on the
    heading's line (``Nơi nhận: CHỦ TỊCH``, two columns joined with a single blank) it is
    the signature block's first line, a signer with no authority mark, never an item."""
    return fold_tones(collapse(s.strip(" *|"))) in _TITLES


def _signature_caps(s: str) -> bool:
    """Whether ``s`` (in capitals) is a signature line: an authority line or one
    holding a position title."""
    return bool(P.AUTHORITY.match(s)) or _holds_title(s)


def _holds_title(s: str) -> bool:
    """Whether ``s`` holds a signature block's position title (tone-folded match)."""
    folded = fold_tones(s)
    return any(t in folded for t in P.SIGNATURE_TITLES)


def _beside_head(text: str, pos: int) -> int | None:
    """The column of the signature block when the rest of the heading's line, from
    ``pos`` (``Nơi nhận:            CHỦ TỊCH``), is its first line rather than a
    first item: after a wide gap, a signature line in capitals (an authority mark,
    a position) or the signer's name. ``None`` otherwise."""
    nl = text.find("\n", pos)
    nl = len(text) if nl < 0 else nl
    m = _WIDE_GAP.match(text, pos, nl)
    if m is None or m.end() >= nl:
        return None
    tail = text[m.end():nl].strip(" *")
    if not tail or not (
            (is_upper_line(tail) and _signature_caps(tail)) or name_line_at(tail, 0)
            # a mark alone (``TL.``: the block's cell wrapped after it); beside an item
            # it could be an archive code (``- Lưu: VT, KT.``), not after the heading
            or is_lone_mark(tail)):
        return None
    return m.end() - (text.rfind("\n", 0, pos) + 1)


def _above_head(text: str, pos: int) -> int | None:
    """The column of the signature block when it starts on the line just above the
    heading's (``pos`` is on the heading's line), set far in: two columns read line
    by line whose right one begins higher (a grid table's cell, a text layer), so
    that the signer's name may come beside an item (``Việt Nam;      Lê Văn Bình``).
    ``None`` otherwise."""
    head = text.rfind("\n", 0, pos)
    if head <= 0:
        return None
    above = text[text.rfind("\n", 0, head) + 1:head]
    tail = above.lstrip(" \t")
    lead = len(above) - len(tail)
    tail = tail.strip(" *")
    if lead <= COLUMN_SLACK or not tail or not (
            (is_upper_line(tail) and _signature_caps(tail)) or is_lone_mark(tail)):
        return None
    return lead


#: A gap between two columns read line by line, before text.
_WIDE_GAP = re.compile(r"[ \t]{3,}+(?=\S)")
#: How far left of the column found on an earlier line a line of the signature block
#: may start: the block's lines are centred, so a wider one starts further left.
COLUMN_SLACK = 16


def _cut_at_column(line: str, col: int) -> int | None:
    """Where the signature block's column starts in ``line`` (the start of the gap
    before it; 0 when the line holds only that column), given the column ``col`` where
    it started on an earlier line; ``None`` when the line reaches no further left
    than the list's column."""
    lo = max(1, col - COLUMN_SLACK)
    if len(line) <= lo:
        return None
    for m in _WIDE_GAP.finditer(line):
        if m.end() >= lo:
            return m.start()
    return None


#: A scan's specks after an item's terminator, a wide gap before them, at the end of the
#: item line (as cut at the signature's column: ``- Thanh tra tỉnh;       ;' \    PHÓ
#: CHÁNH ...``; the seal's edge read as punctuation): no letter or digit among them.
_DEBRIS = re.compile(r"(?<=[;,.])[ \t]{3,}+[^\w\s]{1,4}(?:[ \t]++[^\w\s]{1,4})*+[ \t]*+$")


def _drop_debris(line: str) -> str:
    """``line`` (an item line, perhaps cut at the signature's column) without the scan's specks
    after its terminator (:data:`_DEBRIS`)."""
    if "   " not in line:
        return line  # no wide gap: the common line costs one C-level scan
    m = _DEBRIS.search(line)
    return line if m is None else line[:m.start()]


def _column_tail(line: str) -> int | None:
    """Where a signature line printed to the right of a recipient item starts in
    ``line`` (two columns read line by line: ``- Như trên;     PHÓ CHỦ TỊCH``): after
    a terminator or a wide gap, a run in capitals to the end of the line that is an
    authority line or holds a position title. Only the end of the line is searched,
    so a long line costs no more than a short one. (Once the block's column is
    known, :func:`_cut_at_column` cuts every line there.)"""
    lo = max(0, len(line) - _COLUMN_TAIL_MAX - 8)
    m = _COLUMN_TAIL.search(line, lo)
    if m is not None and _signature_caps(m.group("tail").rstrip()):
        return m.start() + (line[m.start()] in ";.,")
    return None


#: Most words of one line of a seal's ring (``TỔNG CÔNG TY``, ``TỈNH BÌNH ĐỊNH``).
_SEAL_WORDS = 5


def _seal_piece(piece: str, sealed: bool) -> bool:
    """Is ``piece``, after an item's ``;`` on its line, a line of the seal's ring read
    beside the list (a two-column footer linearised, the seal one blank away:
    ``- HĐTV (để b/c); TỔNG CÔNG TY`` / ``- Các PTGĐ; ĐIỆN LỰC`` / ``... ; MIỀN BẮC``)?

    In capitals, unterminated, a few words each shaped like a syllable (no acronym: an
    item in capitals after a ``;`` is an abbreviation, ``CVP``, ``UBND``); the first
    opens with an organ's head or a level word (:data:`SEAL_LINE`), and the lines after
    it (``sealed``) go on with the organ's name."""
    core = piece.strip(" \t*")
    if not core or core[-1] in ";,.:)" or not is_upper_line(core):
        return False
    words = core.split()
    if len(words) > _SEAL_WORDS or not all(map(plausible_syllable, words)):
        return False
    return sealed or SEAL_LINE.match(strip_marks(core)) is not None


def _plain_lines(text: str, pos: int, stop: int) -> list[str]:
    """The lines of ``text[pos:stop]`` (dash-led, from :data:`_PLAIN_RUN`, which the
    caller ends before the first line with a cut hint) up to the first that is not one
    plain item: (if the tables allow it) signature noise."""
    lines = text[pos:stop].split("\n")
    if _DASH_NOISE:  # pragma: no cover - not with today's noise table
        noise = [P.SIGNATURE_NOISE.match(ln.strip()) is not None for ln in lines]
        if True in noise:
            lines = lines[:noise.index(True)]
    return lines


_INNER_SEMI = regex.compile(r";[ \t]+(?=\p{Lu})")
_SEMI_ITEM = regex.compile(r"(?<=;)[ \t]+(?=\p{Lu})")
_ITEM_DASH = regex.compile(
    r"(?<=[;,.):])\s+[-–](?=\s|$)|(?<=;)[-–](?=\s|$)|(?<=;)[ \t]*[-–](?=\p{Lu})")
# Where either of the two patterns above would match (the same text, consumed).
_CUT_HINT = regex.compile(
    r"[;,.):]\s+[-–](?:\s|$)|;[-–](?:\s|$)|;[ \t]+\p{Lu}|;[ \t]*[-–](?=\p{Lu})")
_STOP_GAP = regex.compile(r"[.)]\s+")
_TWO_UPPER = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,}+\s+\p{Lu}{2}")
# A separator with the blanks around it. The blanks before it are only tried from the
# start of their run (``\s*[,;]`` restarted at every blank of a long run: quadratic).
#: A comma or semicolon between archive items; not one inside brackets (``KT(Long,
#: Đức)``: the bracket closes a few characters on, before any other opens).
_ARCHIVE_SPLIT = regex.compile(r"(?:(?<!\s)\s++)?[,;](?![^()\n]{0,40}\))\s*")
_DOTTED_CODES = regex.compile(r"\p{Lu}{1,6}(?:\.\p{Lu}{1,6})+")
# How many lines below its own a ``Lưu`` item may go on (see _archive_more).
_ARCHIVE_LINES = 3
# A line break, and the head of a second ``Lưu`` line after it (see _archive_items).
_ARCHIVE_AGAIN = regex.compile(r"\n(?:" + P.ARCHIVE.pattern.removeprefix("^") + ")?",
                               P.ARCHIVE.flags)


def _split_inner(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Công an tỉnh; Bộ Chỉ huy quân sự tỉnh`` in one dash item: two recipients."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _INNER_SEMI.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


#: A signer's name alone on a line (``Trần Thanh Mẫn``), which a table read row by row
#: puts between the recipient items of the other column.
_SIGNER_LINE = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4}[ \t*]*$")


def _list_goes_on(text: str, pos: int, open_item: bool) -> bool:
    """After blank lines, does the list go on: a dash item next, the rest of an item
    left open (``- Ủy ban TW Mặt trận Tổ quốc`` / ``Việt Nam;``), or a signer's name put
    between two items (a table read row by row) and then one?"""
    if _next_is_item(text, pos):
        return True
    m = _NEXT_LINE.match(text, pos)
    if m is None:
        return False
    line = m.group(1).strip()
    if open_item and line[:1].isupper() and not is_upper_line(line) and len(
            line.split()) <= 8:
        if line.endswith((";", ",", ".")):
            return True
        # wrapped once more (``ĐBQH, Ủy ban MTTQVN tỉnh An`` / ``Giang;``)
        after = _NEXT_LINE.match(text, m.end())
        if after is not None and after.group(1).rstrip().endswith((";", ",")):
            return True
    return bool(_SIGNER_LINE.match(line) and _next_is_item(text, m.end()))


_NEXT_LINE = regex.compile(r"\s*(\S[^\n]*)")


def _next_is_item(text: str, pos: int) -> bool:
    """Whether the next non-blank line after ``pos`` is a dash item."""
    m = _NEXT_LINE.match(text, pos)
    return bool(m and m.group(1)[0] in "-–+•")


def _looks_like_signature(line: str) -> bool:
    return is_upper_line(line) and not line.startswith(tuple(ITEM_MARKS))


def _pieces(line: str) -> list[tuple[int, int]]:
    """Split a line at item dashes (`` - `` after ``;`` or at the start); a line of
    items without dashes (``Như trên; Lưu: VT.``) is split at ``;``."""
    if _CUT_HINT.search(line) is None:  # most lines: one item, no cut
        return [(0, len(line))]
    cuts = [0]
    dashes = list(_ITEM_DASH.finditer(line))
    for m in dashes or _SEMI_ITEM.finditer(line):
        cuts.append(m.start())
    cuts.append(len(line))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def _archive_line_end(text: str, e: int, line_end: int) -> int:
    """End of a ``Lưu`` piece that :func:`_pieces` cut at a semicolon: the codes go on
    to the end of the line (a joint document files one group per issuer:
    ``Lưu: VT, PC (BYT); VT, TCBC (BNV).``), unless a dash opens a new item there."""
    rest = text[e:line_end].lstrip()
    if not rest or rest[0] in ITEM_MARKS:
        return e
    return line_end


def _archive_more(ctx: Context, end: int, nl: int) -> int:
    """End of a ``Lưu`` item that goes on below its line ``end`` is on (``nl``: that
    line's end): after a line ended by ``,`` or ``;`` (``Lưu: BYT (VT, PC);`` /
    ``BNV (VT, TCBC).``), and a joint document's second ``Lưu`` line, one per issuer
    (``- Lưu: VT, PC (BYT);`` / ``- Lưu: VT, TCBC (BNV).``). A blank line, a dash item
    or a signature line (authority, position, name, seal note) ends it, and at most
    :data:`_ARCHIVE_LINES` lines are read."""
    text, match = ctx.doc.text, ctx.match
    n = len(text)
    for _ in range(_ARCHIVE_LINES):
        if nl >= n:
            break
        start = nl + 1
        nl = text.find("\n", start)
        nl = n if nl < 0 else nl
        stripped = text[start:nl].strip()
        if not stripped or is_signature_noise(stripped) or _signer_title(stripped) or (
                _SIGNER_LINE.match(stripped)) or (
                stripped[0] in _AUTHORITY_FIRST and P.AUTHORITY.match(stripped)):
            break
        again = P.ARCHIVE.match(match[start:nl]) is not None
        if not again and (stripped[0] in ITEM_MARKS
                          or text[max(0, end - 4):end].rstrip()[-1:] not in (",", ";")):
            break
        line_end = _archive_end(ctx, start, nl)
        if line_end <= start:
            break
        end = line_end
        if text[end:nl].strip():
            break  # a signature glued after the codes
    return end


def _signer_title(line: str) -> bool:
    """Is ``line`` a signer's position in capitals (``BỘ TRƯỞNG``), not a line of
    archive codes (``BNV (VT, TCBC).``, also in capitals)?"""
    return is_upper_line(line) and _holds_title(line)


def _archive_end(ctx: Context, a: int, b: int) -> int:
    """End of the Lưu items: before a signature glued on the same line."""
    seg = _cut_scribble(ctx.doc.text[a:b])
    auth = P.AUTHORITY.search(seg)
    cut = len(seg)
    if auth:
        cut = auth.start()
    elif (sm := _SEAL_AFTER.search(seg)) is not None and _seal_piece(
            sm["seal"], bool(ctx.cache.get("recipient_seal"))):
        # the seal's last line beside the archive codes (``Lưu: VT. XÃ TÂN LẬP``), kept
        # from the signature block with the list's spans
        cut = sm.start() + 1
        ctx.cache.setdefault("recipient_seal", []).append(
            (a + sm.start("seal"), a + sm.end("seal")))
    else:
        # an upper-case position run after the items ("... (2b). Trung Anh BỘ TRƯỞNG")
        m = _upper_after(seg)
        if m and is_upper_line(seg[m[1]:]) is False and any(
                t in fold_tones(seg[m[1]:]) for t in P.SIGNATURE_TITLES):
            cut = m[0] + 1
    if (glued := signer_after_codes(seg, cut)) is not None:
        cut = glued[0]
    if "(" in seg or "[" in seg:
        # a seal note of the signature column linearised onto the line (OCR of a
        # two-column footer: "- Lưu Văn phòng Huyện ủy.      (đã ký)")
        note = P.SIGNATURE_INLINE_NOISE.search(seg, 0, cut)
        if note is not None and seg[:note.start()].strip():
            cut = note.start()
    return a + len(seg[:cut].rstrip())


#: Where a signer's name may start after the codes: past a stop, or past a column gap
#: of a tab or three blanks (a scan's two columns read as one line: ``Lưu: VT, BTXH.
#: Phạm Thị Thanh Hương``, ``Lưu: VT       Nguyễn Văn A``). A gap is matched only from
#: its first blank (the look-behind), so a long blank run is read once, not once from
#: every blank in it.
_NAME_GAP = regex.compile(
    r"(?:(?<=[.;])[ \t]++|(?<![ \t])(?=[ \t]*+\t|[ \t]{3})[ \t]++)(?=\p{Lu}\p{Ll})")


def signer_after_codes(seg: str, cut: int) -> tuple[int, int] | None:
    """Where the signer's name glued after the codes of a ``Lưu`` line ``seg`` starts
    (before ``cut``, to the line's end): ``(gap, name)``, the offsets of the gap before
    it and of the name; ``None`` when there is none. The name is a name line whose first
    word is a family name, after a stop or a column gap; the typist's initials (one
    word) and codes in capitals are none. The recipients cut the archive at the gap, the
    signature reads the name (the one finder for both)."""
    for m in _NAME_GAP.finditer(seg, 0, cut):
        rest = seg[m.end():cut]
        if m.start() and name_line_at(rest, 0) and fold_tones(
                rest.split(None, 1)[0]).casefold() in ALL_SURNAMES:
            return m.start(), m.end()
    return None


#: The marks of a scanned signature's strokes as OCR reads them (``~~Jlhg//~``,
#: ``ﬂ~//ⱴ``); ``/`` alone is part of codes (``KD/2b``) and purposes (``b/c``).
_STROKES = "~\\^`"
#: OCR's reading of a handwritten signature printed beside an item or the archive
#: codes (a two-column footer linearised): after the item's terminator, tokens of
#: two stroke marks or more (one of them not a ``/``), to the end of the line.
_SCRIBBLE_TAIL = regex.compile(
    r"(?<=[;.,])(?:[ \t]++(?=[^\s]*?[" + regex.escape(_STROKES) + r"])"
    r"(?:[^\s~/\\^`|]*+[~/\\^`|]){2}[^\s]*+)++[ \t]*+$")


#: Two words or more in capitals after the codes' full stop, to the end (the seal's
#: last line, tested by :func:`_seal_piece`).
_SEAL_AFTER = regex.compile(
    r"[.;][ \t]++(?P<seal>\p{Lu}[\p{Lu}\p{M}]*+(?:[ \t]++[\p{Lu}\p{M}]++)++)[ \t]*+$")


_STROKE_MARK = re.compile("[" + re.escape(_STROKES) + "]")


def _cut_scribble(seg: str) -> str:
    """``seg`` without a scanned signature's strokes after its last item (see
    :data:`_SCRIBBLE_TAIL`); the test for a stroke mark is C-level and most lines have
    none."""
    if _STROKE_MARK.search(seg) is None:
        return seg
    m = _SCRIBBLE_TAIL.search(seg)
    return seg if m is None else seg[:m.start()]


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


_Item = tuple[int, str, "str | None", "str | None"] | None


def _recipient(
    text: str, start: int, end: int, memo: dict[str, _Item] | None = None
) -> Recipient | None:
    """The recipient printed in ``text[start:end]``; ``memo`` keeps the reading of each
    item text already met in this list (a list may repeat an item many times)."""
    raw = text[start:end]
    if memo is None:
        item = _read_item(raw)
    elif raw in memo:
        item = memo[raw]
    else:
        item = memo[raw] = _read_item(raw)
    if item is None:
        return None
    lead, body, purpose, purpose_text = item
    s = start + lead
    return Recipient(text=body, purpose=purpose, purpose_text=purpose_text, start=s,
                     end=s + len(body))


def _read_item(raw: str) -> _Item:
    """Where the recipient starts in the item ``raw``, its text, purpose and the
    purpose as printed (None if the item names nobody)."""
    body = raw.lstrip(" \t\n-–+•")
    lead = len(raw) - len(body)
    body = _cut_scribble(body)
    purpose: str | None = None
    purpose_text: str | None = None
    # the patterns need a ")" (bracketed purpose), or "/", "." or "để" (bare purpose;
    # ignoring case, "Đ" and "Ể" are the only other letters they match)
    pm = _PURPOSE_PAREN.search(body) if ")" in body else None
    if pm and (purpose := normalise_purpose(pm.group("p"))) is not None:
        purpose_text = pm.group("p")
        body = body[:pm.start()]
    elif "/" in body or "." in body or "để" in body.lower():
        bm = _PURPOSE_BARE.search(body)
        if bm and (purpose := normalise_purpose(bm.group("p"))) is not None:
            purpose_text = bm.group("p")
            body = body[:bm.start("p")]
    body = body.rstrip(" \t\n;,.:(")
    if purpose is not None:
        # a dash parts the purpose from the name (``UBND tỉnh - để b/c``), also inside the
        # bracket the purpose closed (``Bộ Công an (Cục A03 - để b/c)``)
        body = body.rstrip(" \t\n;,.:-–")
    if not any(map(str.isalpha, body)):  # a page's number between items names nobody
        return None
    return lead, body, purpose, purpose_text


def _dotted_codes(item: str) -> list[str]:
    """The codes of ``item``, capitals joined by dots: ``VT.MT`` is two codes (the
    comma lost), but a single letter before a dot abbreviates the unit's kind and
    belongs to the code after it (``P.KT``: Phòng Kinh tế; ``VT.P.TH`` -> ``VT``,
    ``P.TH``)."""
    out: list[str] = []
    prefix = ""
    for part in item.split("."):
        part = prefix + part
        prefix = ""
        if len(part) == 1:
            prefix = part + "."
        else:
            out.append(part)
    if prefix:
        out.append(prefix.rstrip("."))
    return out


def _glued_name(tail: str) -> bool:
    """Whether ``tail``, glued to the codes before it with no dot (``KTNTùng``), is a
    typist's name: a syllable with a vowel (``Tùng``, ``Tú``), not the small letters of a
    mixed-case code (``CTr``, ``TTh``)."""
    return any(c in _VOWELS for c in strip_marks(tail.casefold()))


def _archive_items(seg: str) -> list[str]:
    """``VT, TCCB (2b).`` -> ``["VT", "TCCB (2b)"]``; initials after the list dropped.
    A second ``Lưu`` line (one per issuer of a joint document) adds its codes."""
    seg = seg.strip()
    if "pas" in seg or "PAS" in seg:
        # the electronic registry's number after the codes (``HC, TH. E-pas: 18406``):
        # it stays on the archive line, but it is no code
        trailer = P.ARCHIVE_TRAILER.search(seg)
        if trailer is not None and seg[:trailer.start()].strip(" .,;"):
            seg = seg[:trailer.start()]
    if "\n" in seg:
        seg = _ARCHIVE_AGAIN.sub(", ", seg)
    tm = _TYPIST.search(seg)
    if tm and not (
        (tm.group("glued") is not None and not _glued_name(tm.group("tail")))
        # after the clerical office's code alone, capitals are the drafting unit's
        # code (``Lưu: VT. PV``): the typist's initials follow that unit
        or (_CAPS_CODE.fullmatch(tm.group("tail")) and fold_tones(
            seg[:tm.start()].strip(" .,;")).casefold() in P.ARCHIVE_CLERK)
    ):
        seg = seg[: tm.start("tail")]
    seg = seg.strip().rstrip(".;, ")
    parts: list[str] = []
    for item in _ARCHIVE_SPLIT.split(seg):
        item = item.strip(" .")
        if not item:
            continue
        if _DOTTED_CODES.fullmatch(item):
            parts.extend(_dotted_codes(item))
        elif (dm := _DOTTED_BLANK.fullmatch(item)) is not None:
            parts.extend((dm["a"], dm["b"]))
        else:
            parts.append(collapse(item))
    return parts
