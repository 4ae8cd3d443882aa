"""Header zone: national header, issuer, number, place and date, marks.

The header of a two-column original reaches us linearised in many ways (cell by
cell, line by line interleaved, flattened into two long lines), so it is parsed
by *anchors*, not by line positions: the national header, the motto, the number
and the place-and-date line are found by pattern in a window at the top; what
is left over in upper case before them is the issuer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

import regex

from vbcd.grammar import load
from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import is_upper_line, upper_ratio
from vbcd.models import DateField, DocNumber, DocType, Issuer, Mark, TextField
from vbcd.normalize import fold_tones, strip_marks
from vbcd.pipeline import Context
from vbcd.segment.issuer_repair import repair
from vbcd.segment.lines import Line, first_line_ending_after
from vbcd.segment.text import collapse, iso_date

WINDOW_CHARS = 3000
WINDOW_LINES = 45
_WS = regex.compile(r"\s+")
_ADDRESSEE_HEAD = P.Gated(P.ADDRESSEE_HEAD)
_MARKER = P.Gated(P.MARKER)
_BODY_START = P.Gated(P.BODY_START)


@dataclass
class Anchor:
    kind: str
    start: int
    end: int


def parse_number(text: str, start: int) -> DocNumber | None:
    """Split a số ký hiệu into number, year, type code and organ code."""
    m = P.NUMBER.match(text, start) if start >= 0 else None
    if m is None:
        return None
    return number_from_match(m)


#: ``Ư`` opening a code in capitals after ``/`` or ``-``: a scan's ``U`` (``45/KH-ƯBND``
#: for ``UBND``); no organ's name opens with a word whose initial is ``Ư``.
_CODE_U = regex.compile(r"(?<=[/\-–][ \t]*)Ư(?=\p{Lu}+(?!\p{Ll}))")


def number_from_match(m: regex.Match[str]) -> DocNumber:
    surface = _CODE_U.sub("U", m.group(0))
    lead = len(surface) - len(surface.lstrip())
    start = m.start() + lead
    value = _WS.sub("", surface).replace("–", "-")
    if m.group("party"):
        return DocNumber(
            value=value, number=m.group("pn"), type_code=m.group("ptype"),
            organ_code=_WS.sub("", m.group("porgan")), grammar="party",
            start=start, end=m.end(),
        )
    if m.group("old"):
        codes = [m.group("ocode2")]
        number = m.group("odn")
        year = None
    elif m.group("ocr"):
        ocode = _CODE_U.sub("U", "-" + m.group("ocode"))[1:]
        codes = ocode.split("-")
        number = m.group("on")
        year = None
        value = f"{number}/{ocode}"
    else:
        codes = _WS.sub("", _CODE_U.sub("U", "/" + m.group("scode"))[1:]).replace(
            "–", "-").split("-")
        number = m.group("sn")
        year = m.group("sy")
    type_code: str | None = None
    if len(codes) == 1:
        codes = _unglued(codes[0])
    if codes and codes[0] in P.TYPE_CODES:
        type_code = codes[0]
        organ = "-".join(codes[1:]) or None
    else:
        organ = "-".join(codes) or None
    return DocNumber(
        value=value, number=number, year=year, type_code=type_code, organ_code=organ,
        grammar="state", start=start, end=m.end(),
    )


#: Organ codes a type code may be glued to when a PDF lost the hyphen (``QĐUBND``,
#: ``NĐCP``, ``TTVPCP``): the abbreviations of the agency table.
_ORGAN_CODES = frozenset(load("agencies")["abbreviations"])
#: Type codes longest first, so ``TTr`` is tried before ``TT``.
_TYPE_PREFIXES = sorted(P.TYPE_CODES, key=len, reverse=True)


def _unglued(code: str) -> list[str]:
    """A code that is a type code glued to a known organ code, split in two (``QĐUBND``
    → ``QĐ``, ``UBND``); any other code, a known abbreviation itself included (``BCĐ``,
    ``HĐND``), as it is."""
    if code in P.TYPE_CODES or code in _ORGAN_CODES:
        return [code]
    for t in _TYPE_PREFIXES:
        if code.startswith(t) and code[len(t):] in _ORGAN_CODES:
            return [t, code[len(t):]]
    return [code]


def _window_end(ctx: Context) -> int:
    """End of the region searched for header anchors: a few dozen lines, cut at the
    first line that can only be body text (a clause, ``Kính gửi``, a long paragraph
    opening with ``Căn cứ``/``Thực hiện``/``Ngày ...``)."""
    count = 0
    match = ctx.match
    for k, line in enumerate(ctx.lines):
        if not line.text:  # blank
            continue
        count += 1
        if count > WINDOW_LINES or line.end > WINDOW_CHARS:
            return line.start
        if count > 1 and _opens_body(match[line.start:line.end]) and not _header_follows(
                ctx, k + 1):
            return line.start
    return len(match)


#: Lines after a body-like line within which a national header shows that line to be
#: a page's caption above the document (``# Thực hiện chế độ ...`` on a crawled page).
CAPTION_LOOKAHEAD = 8


def _header_follows(ctx: Context, k: int) -> bool:
    """Whether the national header opens one of the next few non-blank lines."""
    seen = 0
    for line in islice(ctx.lines, k, None):
        if not line.text:
            continue
        seen += 1
        if seen > CAPTION_LOOKAHEAD:
            return False
        seg = ctx.match[line.start:line.end]
        if P.NATIONAL_STATE.search(seg) or P.NATIONAL_PARTY.search(seg):
            return True
    return False


def _opens_body(seg: str) -> bool:
    """``Kính gửi``, a clause marker, or a long paragraph opening with a body phrase;
    each pattern only tried when the line's first character can start it. A công
    văn's subject label is none of these, though OCR makes it look like a Roman
    marker (``V/ v ...``, ``V.v ...``): the place-and-date line may still follow."""
    if P.VV.match(seg.lstrip()):
        return False
    return bool(_ADDRESSEE_HEAD.match(seg) or _MARKER.match(seg) or (
        len(seg) > 60 and _BODY_START.match(seg)))


#: A place-and-date line read: the match, where its date starts, place, date, anchor.
_PlaceDate = tuple[regex.Match[str], int, TextField | None, DateField | None, Anchor]


#: A type name, ``số`` and a number right before a date with no place: the date of the
#: document cited (a standalone annex's caption: ``(Ban hành kèm theo Quyết định số
#: 125-QĐ/TU, ngày 12/6/2024 ...)``), not the issue date.
_CITED_NUMBER_BEFORE = regex.compile(
    r"(?:" + P.TYPE_NAME + r")\s+số\s*[\p{L}\p{N}/.\-–]+\s*,?\s*$", regex.IGNORECASE)


_DIGIT = regex.compile(r"\d")
#: A record's first sentence (``Hôm nay, hồi 14 giờ ..., ngày ...``): no place-and-date line.
_RECORD_OPENER = regex.compile(
    r"[ \t*_#>]*" + P.words_alt(load("header")["place_date"]["record_openers"]) + r"(?!\p{L})",
    regex.IGNORECASE)


def _find_place_date(ctx: Context, lo: int, hi: int) -> tuple[TextField | None, DateField | None,
                                                              Anchor | None]:
    text, match = ctx.doc.text, ctx.match
    found = list(P.PLACE_DATE.finditer(match, lo, hi)) or list(
        P.PLACE_DATE_OCR.finditer(match, lo, hi))
    # a date without ``ngày`` is the issue's only after a place (``Hà Nội, 05/3/2026``)
    placed_only = not found
    if placed_only:
        found = list(P.PLACE_DATE_NO_DAY_WORD.finditer(match, lo, hi))
    # the first line with its place; else the first without one (a site's time stamp,
    # ``11:51, Ngày 21/10/2017``, may come before the header's ``Hà Nội, ngày ...``)
    bare: _PlaceDate | None = None
    for m in found:
        # the place: capitalised words just before ", ngày" (same line, or the line above
        # when the place itself was wrapped: "Thành phố Hồ Chí\nMinh, ngày")
        line_start = match.rfind("\n", lo, m.start()) + 1
        if _RECORD_OPENER.match(match, line_start, m.start()) is not None:
            continue  # ``Hôm nay, hồi 14 giờ 20 phút, ngày ...``: a record's body
        before = text[line_start:m.start()]
        seg_start = line_start + _last_segment_offset(before)
        place = text[seg_start:m.start()].strip()
        if not m.group("comma") or m.group("comma")[0] != ",":
            # "Hà Nội ngày 01 tháng 12 năm 2025" (comma lost, or read by OCR as a dot or
            # a semicolon: "Hà Nội; ngày ..."): only after a place-like run
            # of capitalised words on the same line (in its last column, when two columns
            # read line by line meet: ``Số: 12/NQ-CP       Hà Nội ngày``); "ngày" in a
            # sentence is a date
            words = text[seg_start:m.start()].strip(" *_").split()
            if not (1 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words)):
                continue
        place_start = seg_start + (len(text[seg_start:m.start()]) - len(
            text[seg_start:m.start()].lstrip()))
        if place and ((len(place.split()) <= 2 and place[:1].isupper()) or (
                place[:1].islower() and len(place.split()) <= 4)) and not text[
                line_start:seg_start].strip(_PLACE_LEAD):
            # the place opens its line: it may wrap, also inside a prefix word whose rest
            # opens the line in small letters (``*Thành`` / ``phố Hồ Chí Minh, ngày``;
            # the converter's emphasis mark before it)
            prev_end = line_start - 1
            prev_start = text.rfind("\n", lo, prev_end) + 1 if prev_end > lo else lo
            prev = text[prev_start:prev_end].strip(_PLACE_LEAD)
            words = prev.split()
            if (
                words and len(words) <= 4 and not is_upper_line(prev)
                and all(w[:1].isupper() or w in ("phố", "xã") for w in words)
            ):
                place_start = prev_start + (len(text[prev_start:prev_end]) - len(
                    text[prev_start:prev_end].lstrip(_PLACE_LEAD)))
                place = collapse(text[place_start:m.start()])
        caps = _caps_before_place(place)
        if caps:  # the other column's capitals before the place (``TNCS HỒ CHÍ MINH Hà Nội``)
            place_start += caps
            place = place[caps:]
        if place and len(place.split()) > 6:
            # a flattened line: the subject runs into the place (``V/v ... Luật DN 2014
            # Hà Nội, ngày``): keep a known place name at its end
            tail = _known_place_at_end(text, place_start, m.start())
            if tail is not None:
                place_start = tail
                place = collapse(text[place_start:m.start()])
        if place and (len(place.split()) > 6 or not place[:1].isupper()):
            place = ""
            place_start = m.start()
        date_value = iso_date(m.group("y"), m.group("m"), m.group("d"))
        date_start = m.start("comma") + len(m.group("comma")) if m.group("comma") else m.start()
        pf = TextField(value=place.rstrip(" ,"), start=place_start,
                       end=place_start + len(text[place_start:m.start()].rstrip(" ,"))) \
            if place else None
        df = DateField(value=date_value, text=text[date_start:m.end()], start=date_start,
                       end=m.end()) if date_value else None
        read = (m, date_start, pf, df,
                Anchor("place_date", place_start if place else date_start, m.end()))
        if placed_only and (pf is None or _DIGIT.search(pf.value)):
            continue  # no place, or a cited number (``Thông tư số 12/2020/TT-BYT, 05/3/2020``)
        if pf is not None:
            return _issued(ctx, read)
        if bare is None and _CITED_NUMBER_BEFORE.search(match, line_start, m.start()):
            continue  # a cited document's date (``Kèm theo Quyết định số 125-QĐ/TU, ngày``)
        bare = bare or read
    return _issued(ctx, bare) if bare else (None, None, None)


#: What may stand before a place at its line's start: blanks and a converter's emphasis.
_PLACE_LEAD = " \t*_"


def _issued(ctx: Context, read: _PlaceDate) -> tuple[TextField | None, DateField | None,
                                                     Anchor | None]:
    """The place, date and anchor of the line read as the issue's, a blank date warned."""
    m, date_start, pf, df, anchor = read
    if df is None:
        ctx.doc.warn("date_incomplete", "the issue date has blanks for day or month"
                     if m.group("y") else "the issue date is left blank (a draft)",
                     date_start, m.end())
    return pf, df, anchor


#: A run of two words in capitals or more before words in title case, up to the end.
_CAPS_THEN_TITLE = regex.compile(
    r"^(?:[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*\s+){2,}(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*$)")


def _caps_before_place(place: str) -> int:
    """Length of the words in capitals that open a place written in title case: a
    flattened header runs the other column (a national header's tail, an issuer's
    line) into the place (``ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày``), while a place's
    own prefix in capitals is one word (``TP. Hồ Chí Minh``); 0 when there are none."""
    m = _CAPS_THEN_TITLE.match(place)
    return m.end() if m else 0


#: Words of a "city" prefix a place name may carry before it (``Thành phố Hồ Chí Minh``).
_CITY_WORDS = frozenset({"thành", "phố", "tp", "tp."})
_PLACE_WORDS_MAX = 6


def _known_place_at_end(text: str, lo: int, hi: int) -> int | None:
    """Where the longest known place name (a province, city or district of the
    gazetteer, maybe after ``Thành phố``/``TP.``) ending right before ``hi`` starts;
    ``None`` if the capitalised words there name none."""
    from vbcd.extract.places_data import data, key  # the gazetteer, only when needed

    words = list(regex.finditer(r"\S+", text[lo:hi]))[-_PLACE_WORDS_MAX:]
    run: list[regex.Match[str]] = []
    for w in reversed(words):
        if not w.group()[:1].isupper() and w.group().casefold() not in _CITY_WORDS:
            break
        run.insert(0, w)
    names = data().after_prefix
    for i in range(len(run)):  # longest first
        k = i
        while k < len(run) and run[k].group().casefold() in _CITY_WORDS:
            k += 1
        if k < len(run) and names.has(key(text[lo + run[k].start():hi])):
            return lo + run[i].start()
    return None


#: The star under a Party issuer's name (``TỈNH ỦY`` / ``*``) opening a flattened line
#: with one blank before the other column's place (``* Vinh, ngày ...``; normalising
#: reads a lone star opening a line as a bullet, ``- Vinh, ngày ...``).
_STAR_MARK = regex.compile(r"[ \t]*[*\-–]+[ \t]+")


def _last_segment_offset(before: str) -> int:
    """Offset where the last anchor-free segment of a flattened line starts: after the
    last anchor on the line, and after the last wide gap (three blanks or more), where
    two columns read line by line meet (``V/v triển khai ...      Hà Nội, ngày``), or
    after a Party header's star (``* Vinh, ngày``)."""
    cut = 0
    for pat in (P.NUMBER, P.MOTTO, P.NATIONAL_STATE, P.NATIONAL_PARTY, P.OWN_MOTTO):
        for m in pat.finditer(before):
            cut = max(cut, m.end())
    gap = before.rfind("   ", cut)
    if gap >= 0:
        cut = gap + 3
    star = _STAR_MARK.match(before, cut)
    if star is not None:  # the Party issuer's ``*`` met by the date's column
        cut = star.end()
    return cut


#: A type name and ``số`` right before a number: the number of a document the text
#: cites (``(Kèm theo Quyết định số 25/2021/QĐ-UBND ...)`` under a standalone annex's
#: type line), never the document's own unlabelled one. ``số:`` with its colon is a
#: label (``Nghị quyết số: 17/2022/UBTVQH15``).
_CITED_BEFORE = regex.compile(r"(?:" + P.TYPE_NAME + r")\s+số\s*$", regex.IGNORECASE)
#: How far before a number the cited-type words are looked for.
CITED_REACH = 40


def parse_header(ctx: Context) -> None:
    """Find the header anchors and fill number, issuer, place, date and marks."""
    doc, match = ctx.doc, ctx.match
    hi = _window_end(ctx)
    anchors: list[Anchor] = []

    nat = _national(ctx, P.NATIONAL_STATE, hi)
    party = _national(ctx, P.NATIONAL_PARTY, hi)
    if nat and (not party or nat.start() < party.start()):
        doc.family = "state"
        doc.national_header = TextField(value=_state_heading(match, nat),
                                        start=nat.start(), end=nat.end())
        anchors.append(Anchor("national", nat.start(), nat.end()))
    elif party:
        doc.family = "party"
        doc.national_header = TextField(value="ĐẢNG CỘNG SẢN VIỆT NAM",
                                        start=party.start(), end=party.end())
        anchors.append(Anchor("national", party.start(), party.end()))
    motto = P.MOTTO.search(match, 0, hi)
    if motto:
        anchors.append(Anchor("motto", motto.start(), motto.end()))

    # number: after "Số", else the first dashed number in the window
    number: DocNumber | None = None
    found = _numbered(match, hi)
    if found is not None:
        pm, nm = found
        number = number_from_match(nm)
        anchors.append(Anchor("number", pm.start(), nm.end()))
    if number is None and anchors:
        lo_num = 0
        for nm in P.NUMBER.finditer(match, lo_num, hi):
            if _CITED_BEFORE.search(match, max(0, nm.start() - CITED_REACH), nm.start()):
                continue  # another document's number (a standalone annex's caption)
            if nm.group("party") or nm.group("ocr") or "-" in (nm.group("scode") or ""):
                number = number_from_match(nm)
                anchors.append(Anchor("number", nm.start(), nm.end()))
                break
    if number is not None:
        doc.number = number

    place, date, pd_anchor = _find_place_date(ctx, 0, hi)
    if pd_anchor and (anchors or place):
        anchors.append(pd_anchor)
        doc.issue_place = place
        doc.issue_date = date
    own = _own_motto(ctx, anchors)
    if own is not None:
        anchors.append(own)
        ctx.cache[OWN_MOTTO] = (own.start, own.end)

    header_end = max((a.end for a in anchors), default=0)
    ctx.zones["header"] = (0, header_end)
    ctx.cache["header_anchors"] = anchors
    _parse_issuer(ctx, anchors, header_end)
    _parse_marks(ctx, header_end)
    if not anchors:
        doc.warn("no_header", "no national header, number or place-and-date line was found")
        _headerless(ctx)
    else:
        if doc.number is None:
            doc.warn("no_number", "the header has no số ký hiệu")
        if doc.issue_date is None and not any(w.code == "date_incomplete" for w in doc.warnings):
            doc.warn("no_issue_date", "the header has no readable issue date")
    _warn_code_repair(ctx)


def _warn_code_repair(ctx: Context) -> None:
    """Report a number whose code a scan damaged and :func:`number_from_match`
    restored (``ƯBND`` read as ``UBND``)."""
    number = ctx.doc.number
    if number is None:
        return
    printed = ctx.doc.text[number.start:number.end]
    if _CODE_U.search(printed):
        ctx.doc.warn("typo_corrected", f"number {printed!r} read as {number.value!r}",
                     number.start, number.end)


#: What may stand before a national header on its line: nothing but blanks and markup.
_LINE_LEAD = " \t*|#>_"


def _own_motto(ctx: Context, anchors: list[Anchor]) -> Anchor | None:
    """A mass organisation's own motto (``ĐOÀN TNCS HỒ CHÍ MINH``) above the header's
    number or date, alone in its line or column cell: an anchor, so that the issuer
    beside or above it (``BCH ĐOÀN TỈNH X      ĐOÀN TNCS HỒ CHÍ MINH``) stops there. A
    motto that is also a central organ's name (``HỘI NÔNG DÂN VIỆT NAM``) opening the
    document's first line may be the issuer's parent line, and is left to it."""
    limit = max((a.start for a in anchors if a.kind in ("number", "place_date")), default=0)
    text, match = ctx.doc.text, ctx.match
    first = len(text) - len(text.lstrip())
    for m in P.OWN_MOTTO.finditer(match, 0, limit):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        before, after = text[start:m.start()], text[m.end():end if end >= 0 else len(text)]
        opens = not before.strip(_LINE_LEAD)
        cell_start = opens or before.endswith(("   ", "\t"))
        cell_end = not after.strip(_LINE_LEAD) or after.startswith(("   ", "\t"))
        if not (cell_start and cell_end):
            continue  # a name in a running line (``TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH``)
        if m.group("below") and opens and start <= first:
            continue
        return Anchor("motto", m.start(), m.end())
    return None


def _state_heading(match: str, nat: regex.Match[str]) -> str:
    """The State's name as the heading prints it: VIỆT NAM DÂN CHỦ CỘNG HÒA before 1976,
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM after."""
    if match[nat.start()] in "Vv":
        return "VIỆT NAM DÂN CHỦ CỘNG HÒA"
    return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def _national(ctx: Context, pat: regex.Pattern[str], hi: int) -> regex.Match[str] | None:
    """The first national header in the window: the phrase in capitals, or opening its
    line or column cell (a wide gap before it). The same words inside a running
    sentence (``Căn cứ Điều lệ Đảng Cộng sản Việt Nam;``, ``Ngày thành lập Đảng Cộng
    sản Việt Nam (3/2/1930 ...)``) name the Party or the State; they head nothing."""
    text, match = ctx.doc.text, ctx.match
    for m in pat.finditer(match, 0, hi):
        if text[m.start():m.end()].replace("l", "I").isupper():  # OCR's ``l`` for ``I``
            return m
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not before.strip(_LINE_LEAD) or before.endswith(("   ", "\t")):
            return m
    return None


def _numbered(match: str, hi: int) -> tuple[regex.Match[str], regex.Match[str]] | None:
    """The header's ``Số`` and the number after it: the first, unless it is a ``SỐ`` in
    capitals with no colon and a later one is written ``Số`` or with its colon (an
    issuer named after the decision that set it up, ``ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH`` /
    ``SỐ 1050/QĐ-SCT``, above the document's own ``Số: 1105/KH-ĐKT``)."""
    first: tuple[regex.Match[str], regex.Match[str]] | None = None
    for pm in P.NUMBER_PREFIX.finditer(match, 0, hi):
        nm = P.NUMBER.match(match, pm.end())
        if nm is None:
            continue
        word = pm.group().strip()
        if ":" in word or not word[:2].isupper():
            return pm, nm
        first = first or (pm, nm)
    return first or _numbered_typed(match, hi) or _numbered_inline(match, hi)


def _numbered_typed(match: str, hi: int) -> tuple[regex.Match[str], regex.Match[str]] | None:
    """The number after the label of an act of the Quốc hội or its Standing Committee,
    which names the type instead of ``Số`` (``Nghị quyết số: 17/2022/UBTVQH15``)."""
    for pm in P.TYPED_NUMBER_PREFIX.finditer(match, 0, hi):
        nm = P.NUMBER.match(match, pm.end())
        if nm is not None:
            return pm, nm
    return None


#: ``Số`` (a capital, then small letters) inside a line: a flattened header's number
#: prefix after the issuer in capitals, maybe glued to it (``BAN CHẤP HÀNH TRUNG
#: ƯƠNGSố: 367 - QĐ/TWĐTN``, ``TỈNH ỦY X Số 15-TB/TU``).
_NUMBER_INLINE = regex.compile(r"(?<=[\p{Lu} \t])S[ốoóồổôộỗ]\s?:?\s*")


def _numbered_inline(match: str, hi: int) -> tuple[regex.Match[str], regex.Match[str]] | None:
    """The number after an inline ``Số``, when only capitals stand before it on its line
    (the issuer's column) and the number carries a code (``36-HD/VPTW``, ``12/QĐ-UBND``):
    in a sentence, ``số`` is written small and the words before it are not capitals."""
    for pm in _NUMBER_INLINE.finditer(match, 0, hi):
        before = match[match.rfind("\n", 0, pm.start()) + 1:pm.start()]
        if not before.strip() or not is_upper_line(before):
            continue
        nm = P.NUMBER.match(match, pm.end())
        if nm is not None and (nm.group("party") or "-" in (nm.group("scode") or "")):
            return pm, nm
    return None


DIGEST_WINDOW = 1500
DATE_SPAN_CAP = 200


def _type_entry(name: str) -> tuple[str, str] | None:
    """(code, name) of a type name matched by ``P.TYPE_NAME`` (or, without marks, by
    the bare headline), or ``None``."""
    folded = fold_tones(name)
    code = P.TYPE_NAMES.get(_WS.sub(" ", folded).casefold()) or _BARE_TYPE_NAMES.get(
        _WS.sub(" ", name))
    if code is None:
        # IGNORECASE lets "İ" stand for "i" ("Công đİện"), but "İ".casefold() is "i̇",
        # so the key misses: find the name the alternation matched by matching again
        code = next((c for n, c in P.TYPE_NAMES.items() if regex.fullmatch(
            P.words_alt([n]), folded, regex.IGNORECASE)), None)
        if code is None:
            return None
    entries = P.TYPE_CODES.get(code, [])
    return code, str(entries[0]["name"]) if entries else name


def _number_and_type(ctx: Context, nm: regex.Match[str], named: regex.Match[str]) -> None:
    """Number from ``nm`` and type from the ``type`` group of the sentence naming it."""
    ctx.doc.number = number_from_match(nm)
    entry = _type_entry(named.group("type"))
    if entry is not None:
        ctx.doc.doc_type = DocType(code=entry[0], name=entry[1], source="number",
                                   start=named.start("type"), end=named.end("type"))


def _gazette_heading(ctx: Context) -> bool:
    """A gazette's or law database's heading in place of the header ("CHỈ THỊ CỦA THỦ
    TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC ..."): type,
    issuer, number and date, and the rest of its lines in capitals is the title. The
    heading then counts as the header zone."""
    doc, match, text = ctx.doc, ctx.match, ctx.doc.text
    m = P.GAZETTE_HEADING.match(match, 0, min(len(match), DIGEST_WINDOW))
    if m is None:
        return False
    nm = P.NUMBER.match(match, m.end())
    if nm is None:
        return False
    _number_and_type(ctx, nm, m)
    a, b = m.span("issuer")
    value = _repaired(ctx, [collapse(text[a:b])], a, b)[0]
    doc.issuer = Issuer(value=value, name=value, start=a, end=b)
    end = nm.end()
    at = end + (len(match[end:end + 20]) - len(match[end:end + 20].lstrip()))
    pd = P.PLACE_DATE.match(match, at, min(len(match), at + DATE_SPAN_CAP))
    if pd is not None:
        iso = iso_date(pd.group("y"), pd.group("m"), pd.group("d"))
        if iso:
            doc.issue_date = DateField(value=iso, text=text[pd.start():pd.end()],
                                       start=pd.start(), end=pd.end())
        end = pd.end()
    # the title: the rest of the heading, up to the first line not in capitals
    lines = ctx.lines
    i = first_line_ending_after(lines, end - 1)
    t_end = lines[i].end if i < len(lines) else end
    k = i + 1
    while k < len(lines) and not lines[k].blank and is_upper_line(lines[k].text):
        t_end = lines[k].end
        k += 1
    t_start = end + (len(text[end:t_end]) - len(text[end:t_end].lstrip()))
    if t_end > t_start:
        doc.title = TextField(value=collapse(text[t_start:t_end]), start=t_start, end=t_end)
    ctx.zones["header"] = (0, max(t_end, end))
    doc.warn("gazette_heading", "header fields come from a gazette's heading",
             m.start("type"), end)
    return True


def _bare_type_names() -> dict[str, str]:
    """Type name without marks → its code; names two types share without marks are
    left out (no guess between them)."""
    codes: dict[str, str] = {}
    shared: set[str] = set()
    for name, code in P.TYPE_NAMES.items():
        bare = strip_marks(name)
        if codes.get(bare, code) != code:
            shared.add(bare)
        codes[bare] = code
    return {b: c for b, c in codes.items() if b not in shared}


_BARE_TYPE_NAMES = _bare_type_names()
#: The headline and its issuer read without marks, for a site that scrambles them
#: (``KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ``): the same patterns on the line's letters.
_BARE_HEADLINE = regex.compile(
    r"\A\s*(?P<type>" + P.words_alt(_BARE_TYPE_NAMES) + r")\s+(?:so\s*:?\s*)?(?=\d)")
_BARE_HEADLINE_ISSUER = regex.compile(
    r"\s+cua\s+(?P<issuer>[^.;:\d\n]{3,120}?)\s+(?=ve(?!\p{L}))")


def _headline_match(ctx: Context) -> tuple[regex.Match[str], str] | None:
    """The headline's type name and the text its spans index (``ctx.match``, or the
    first line without marks when a site scrambled them: same length, so its offsets
    are the document's)."""
    match = ctx.match
    m = P.HEADLINE.match(match, 0, min(len(match), DIGEST_WINDOW))
    if m is not None:
        return m, match
    cut = match.find("\n", len(match) - len(match.lstrip()))  # the first line with text
    first = match[:cut if cut >= 0 else len(match)]
    bare = strip_marks(first)
    if len(bare) != len(first):
        return None
    m = _BARE_HEADLINE.match(bare)
    return (m, bare) if m is not None else None


def _headline(ctx: Context) -> bool:
    """A reprint's headline in capitals in place of the header (``KẾT LUẬN 127-KL/TW CỦA
    BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ...``): the document's own type and number, not a
    citation; the organ after ``CỦA`` is the issuer, and from ``VỀ`` on the line (and
    the lines in capitals under it) is the title. The headline is the header zone."""
    doc, match, text = ctx.doc, ctx.match, ctx.doc.text
    found = _headline_match(ctx)
    if found is None:
        return False
    m, seen = found
    if not text[m.start("type"):m.end("type")].isupper():
        return False
    nm = P.NUMBER.match(match, m.end())
    if nm is None or not (nm.group("party") or "-" in (nm.group("scode") or "")):
        return False
    lines = ctx.lines
    i = first_line_ending_after(lines, nm.end() - 1)
    line_end = lines[i].end if i < len(lines) else len(text)
    if not is_upper_line(text[m.start():line_end]):
        return False  # a sentence naming a document: the headline is in capitals
    _number_and_type(ctx, nm, m)
    t_start = nm.end()
    im = (P.HEADLINE_ISSUER if seen is match else _BARE_HEADLINE_ISSUER).match(
        seen, nm.end(), min(line_end, len(seen)))
    if im is not None:
        a, b = im.span("issuer")
        value = _repaired(ctx, [collapse(text[a:b])], a, b)[0]
        doc.issuer = Issuer(value=value, name=value, start=a, end=b)
        t_start = im.end()
    t_start += len(text[t_start:line_end]) - len(text[t_start:line_end].lstrip(" ,:-"))
    t_end = line_end
    k = i + 1
    while k < len(lines) and not lines[k].blank and is_upper_line(lines[k].text):
        t_end = lines[k].end
        k += 1
    if t_end > t_start:
        doc.title = TextField(value=collapse(text[t_start:t_end]), start=t_start, end=t_end)
    ctx.zones["header"] = (0, max(t_end, nm.end()))
    doc.warn("gazette_heading", "header fields come from the document's headline",
             m.start("type"), nm.end())
    return True


def _headerless(ctx: Context) -> None:
    """A text without a header may still name itself: a news digest's lead sentence
    ("Ngày 21/11/2025, Thủ tướng Chính phủ ban hành Quyết định 2553/QĐ-TTg") or an
    annex caption ("Kèm theo Công văn số 17809/BTC-CTK ngày 17 tháng 11 năm 2025")."""
    doc, match, text = ctx.doc, ctx.match, ctx.doc.text
    if _gazette_heading(ctx) or _headline(ctx):
        return
    m = P.DIGEST_LEAD.search(match, 0, min(len(match), DIGEST_WINDOW))
    if m is not None:
        nm = P.NUMBER.match(match, m.end())
        if nm is None:
            return
        _number_and_type(ctx, nm, m)
        d, mo, y = m.group("date").split("/")
        value = iso_date(y, mo, d)
        if value:
            doc.issue_date = DateField(value=value, text=text[m.start("date"):m.end("date")],
                                       start=m.start("date"), end=m.end("date"))
        doc.warn("digest", "the text reports on a document; header fields come from its lead",
                 m.start(), nm.end())
        return
    for cm in P.ANNEX_CAPTION.finditer(match):
        nm = P.NUMBER.match(match, cm.end())
        if nm is None:
            continue
        _number_and_type(ctx, nm, cm)
        at = nm.end() + (len(match[nm.end():]) - len(match[nm.end():].lstrip()))
        # a date is a few dozen characters; the cap keeps PLACE_DATE's blanks-around-
        # placeholders from backtracking over a long blank run (quadratic in its length)
        pd = P.PLACE_DATE.match(match, at, min(len(match), at + DATE_SPAN_CAP))
        if pd:
            value = iso_date(pd.group("y"), pd.group("m"), pd.group("d"))
            if value:
                doc.issue_date = DateField(value=value, text=text[pd.start():pd.end()],
                                           start=pd.start(), end=pd.end())
        doc.warn("header_from_annex", "number and date taken from an annex caption",
                 cm.start(), nm.end())
        return


def _fragments(ctx: Context, anchors: list[Anchor], end: int) -> Iterator[tuple[int, int]]:
    """Header text pieces left when anchors are cut out, one or more per line (lazily:
    the issuer stops at its first lower-case piece)."""
    spans = sorted((a.start, a.end) for a in anchors)
    for line in ctx.lines:
        if line.start >= end:
            break
        if line.blank or (":" in line.text  # an e-signature line has a colon
                          and P.ESIGN.match(ctx.match[line.start:line.end])):
            continue
        pos = line.start
        for a, b in spans:
            if b <= pos or a >= line.end:
                continue
            if a > pos:
                yield pos, min(a, end)
            pos = max(pos, b)
            if pos >= end:  # (the number's line flattened: what follows it is no issuer)
                return
        if pos < line.end:
            yield pos, min(line.end, end)


def _organ_line(ctx: Context, frag: str, span: tuple[int, int]) -> bool:
    """A short line that opens with an organ head in any case (``Bộ Tài chính``), with
    no digit or colon: a line of the issuer, not of the title or the body."""
    return (len(frag.split()) <= ORGAN_LINE_WORDS and ":" not in frag
            and not any(map(str.isdigit, frag))
            and P.ISSUER_HEAD_ANY_CASE.match(ctx.match[span[0]:span[1]]) is not None)


#: Words an issuer line typed in title case may have.
ORGAN_LINE_WORDS = 8


def _repaired(ctx: Context, lines: list[str], start: int, end: int) -> list[str]:
    """The issuer's lines with OCR damage restored (see :mod:`issuer_repair`); a
    repair is reported as ``typo_corrected``."""
    fixed = [repair(line) for line in lines]
    if fixed != lines:
        ctx.doc.warn("typo_corrected",
                     f"issuer {' '.join(lines)!r} read as {' '.join(fixed)!r}", start, end)
    return fixed


def _parse_issuer(ctx: Context, anchors: list[Anchor], header_end: int) -> None:
    text = ctx.doc.text
    if not anchors:
        return
    first_anchor = min(a.start for a in anchors if a.kind in ("number", "place_date", "national",
                                                               "motto"))
    number_anchor = next((a for a in anchors if a.kind == "number"), None)
    limit = number_anchor.start if number_anchor else header_end
    limit = max(limit, first_anchor)
    parts: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None  # an organ line in title case just above
    for a, b in _fragments(ctx, anchors, limit):
        a = _past_marks(ctx.match, a, b)
        b = _before_copy_mark(ctx.match, a, b)
        frag = text[a:b].strip(" ,;:-*|")
        if not frag or not any(map(str.isalpha, frag)):
            continue
        dot = frag.rfind(". ") if not parts else -1
        if dot > 0 and upper_ratio(frag[:dot]) < P.UPPER_RATIO_MIN <= upper_ratio(
                frag[dot + 2:]):
            # a crawler's caption glued before the issuer (``Công văn 296/BHXH-CSYT năm
            # 2021 hướng dẫn ... ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM``): the issuer follows
            a += len(text[a:b]) - len(text[a:b].lstrip(" ,;:-*|")) + dot + 2
            frag = frag[dot + 2:]
        if _HOLDS_NUMBER.search(frag) is not None and not (
                parts and is_upper_line(frag) and (
                    P.NUMBER_PREFIX.match(frag)
                    or _NAMED_AFTER_ACT.search(ctx.match, a, b) is not None)):
            # a site's table of the document's data above the header (``| Số hiệu |
            # 18/CT-UBND |``): a document number is no organ's line, but for the
            # decision an issuer in capitals is named after (``ĐOÀN KIỂM TRA THEO QUYẾT
            # ĐỊNH`` / ``SỐ 1050/QĐ-SCT``)
            if parts:
                break
            pending = None
            continue
        ratio = upper_ratio(frag)  # is_upper_line(frag): it has a letter, so this ratio
        ratio_ok = ratio >= P.UPPER_RATIO_MIN or (not parts and ratio >= 0.5)
        lead = len(text[a:b]) - len(text[a:b].lstrip(" ,;:-*|"))
        span = (a + lead, a + lead + len(frag))
        if not ratio_ok:
            # an organ's line typed in title case above or below the capitals
            # (``Ủy ban nhân dân`` / ``THÀNH PHỐ HỒ CHÍ MINH`` / ``Sở Y tế``)
            organ = _organ_line(ctx, frag, span)
            if parts and organ:
                parts.append(span)
                continue
            if parts:
                break
            pending = span if organ else None
            continue
        if not parts and pending is not None and text.count("\n", pending[1], span[0]) <= 1:
            # (on the line just above: a site's data cell such as ``Bộ máy hành
            # chính`` stands apart, a blank line or more above the header)
            parts.append(pending)
        parts.append(span)
    if not parts:
        parts = _title_case_issuer(ctx, anchors, first_anchor)
    if not parts:
        ctx.doc.warn("no_issuer", "no issuing organ was found in the header")
        return
    lines = _repaired(ctx, [collapse(text[a:b]) for a, b in parts], parts[0][0], parts[-1][1])
    value = " ".join(lines)
    # parent / organ split at the last line that opens a new organ
    split = 0
    opens: list[int] = []  # where each line that opens an organ below the first starts
    for i in range(1, len(lines)):
        # the repaired line: a head damaged by OCR (``SO Y TE``) still opens an organ
        if P.ISSUER_HEAD_ANY_CASE.match(fold_tones(lines[i])) and not _wrapped_head(
                lines[i - 1], lines[i]):
            split = i
            opens.append(parts[i][0])
    parent = " ".join(lines[:split]) if split else None
    name = " ".join(lines[split:])
    if not split:
        parent, name = _flattened(name)
        a, b = parts[-1]
        if parent is not None and text[a:b].endswith(name):
            # (the name, a suffix of the line, as printed: its offset is the text's)
            opens.append(b - len(name))
    if opens:
        # no organ name runs on from a parent's line into its unit's (``BỘ NÔNG NGHIỆP
        # VÀ MÔI TRƯỜNG`` / ``THANH TRA BỘ``): the agencies layer stops names there
        ctx.cache[ISSUER_BREAKS] = frozenset(opens)
    ctx.doc.issuer = Issuer(value=value, name=name, parent=parent, start=parts[0][0],
                            end=parts[-1][1])


#: The context cache's key for the offsets where the header's issuer lines open the
#: organs below the first (see :func:`_parse_issuer`).
ISSUER_BREAKS = "issuer_breaks"

#: The context cache's key for the span of a mass organisation's own motto in the
#: header (``HỘI NÔNG DÂN VIỆT NAM`` where the national motto stands): the system's
#: heading, as ``ĐẢNG CỘNG SẢN VIỆT NAM`` is the Party's, no organ the document names.
OWN_MOTTO = "own_motto"


def _past_marks(match: str, a: int, b: int) -> int:
    """Where the issuer's text of the header piece ``[a, b)`` starts: past the urgency
    or secrecy marks a công điện prints above or before the issuer (``HỎA TỐC`` /
    ``ỦY BAN NHÂN DÂN``), which are no part of the organ's name; ``b`` when the piece
    is only marks, ``a`` when marks are not followed by an organ's head (a name that
    only opens with such a word stays whole)."""
    m = P.LEADING_MARKS.match(match, a, b)
    if m is None:
        return a
    if m.end() >= b or P.ISSUER_HEAD_ANY_CASE.match(match[m.end():b]):
        return m.end()
    return a


#: A type name and ``SỐ`` before a number inside a line of the issuer in capitals: an
#: organ named after the act it carries out (``TỈNH ỦY THÁI NGUYÊN`` / ``BAN CHỈ ĐẠO
#: TỔNG KẾT NGHỊ QUYẾT SỐ 18-NQ/TW``, the boards of the 2025 reorganisation), whose line
#: holds that act's number; matched on the tone-folded copy, as the type names are.
_NAMED_AFTER_ACT = regex.compile(r"(?:" + P.TYPE_NAME + r")\s+số\s+\d", regex.IGNORECASE)


def _before_copy_mark(match: str, a: int, b: int) -> int:
    """Where the issuer's text of the header piece ``[a, b)`` ends: before a copy's
    mark stamped beside it on its line (``ỦY BAN NHÂN DÂN TỈNH X      BẢN SAO``)."""
    if match.find("SAO", a, b) < 0:  # (every copy mark holds the word)
        return b
    m = P.TRAILING_COPY_MARK.search(match, a, b)
    return b if m is None else m.start()


#: A document number's digits and code (``18/CT-UBND``, ``123-TB/TU``): no organ's
#: name holds one, though it may hold a number (``QUÂN KHU 7``, ``BỆNH VIỆN 30-4``).
_HOLDS_NUMBER = regex.compile(r"\d[-/]\s?\p{Lu}")


def _wrapped_head(above: str, line: str) -> bool:
    """Does an organ's head that the line above opens run into this one (``ỦY BAN
    THƯỜNG VỤ`` / ``QUỐC HỘI``)? Then the line goes on that organ, it opens no new one."""
    from vbcd.extract.organ_tables import multiword_heads  # the agency table's heads

    folded = fold_tones(above)  # (tone folding keeps offsets)
    bare = P.ISSUER_HEAD_ANY_CASE.match(folded)
    if bare is not None and not folded[bare.end():].strip(" *,-"):
        return True  # a head alone names no organ (``VĂN PHÒNG`` / ``CHÍNH PHỦ``)
    before = fold_tones(above).casefold().split()
    after = fold_tones(line).casefold().split()[:WRAP_WORDS]
    if len(before) > WRAP_WORDS:  # only a head that the line above is the start of
        return False
    heads = multiword_heads()
    return any(" ".join(before + after[:m]) in heads for m in range(1, len(after) + 1))


#: Words on each side of a line break looked at for a head wrapped across it.
WRAP_WORDS = 4


def _flattened(name: str) -> tuple[str | None, str]:
    """A parent and an issuing organ flattened onto one line (``ĐẢNG BỘ TỈNH X ĐẢNG ỦY
    PHƯỜNG Y``), split before the first inner head after a place; the whole as the
    organ (no parent) when there is none. Tone folding keeps offsets, so the split
    found on the folded line holds for the line."""
    folded = fold_tones(name)
    m = P.ISSUER_INNER_SPLIT.search(folded)
    if m is not None:
        return name[: m.start()].rstrip(" ,;-"), name[m.start():]
    m = P.MINISTRY_UNIT_SPLIT.match(folded)
    if m is not None and name.isupper():
        return name[: m.end()].rstrip(" ,;-"), name[m.end():]
    return None, name


#: Lines at the top of a document where an issuer typed in title case is looked for,
#: and the longest line it may have.
TITLE_CASE_LINES = 4
TITLE_CASE_CHARS = 80
_SENTENCE_MARK = regex.compile(r"[.;:!?]\s*$|\d")


def _title_case_issuer(
    ctx: Context, anchors: list[Anchor], first_anchor: int
) -> list[tuple[int, int]]:
    """An issuer not written in capitals (``Bộ Tài chính``, ``Ủy ban nhân dân`` /
    ``Tỉnh Quảng Nam``), read only where nothing in capitals was: the first lines
    of the document, above every anchor, when one of them opens with an organ's
    head. It runs on while the next lines open with a capital and read as a name
    (short, no digit, no sentence end). A header with a number or a national
    header is needed: otherwise the top lines are as likely running text."""
    if not any(a.kind in ("number", "national") for a in anchors):
        return []
    text, match = ctx.doc.text, ctx.match
    parts: list[tuple[int, int]] = []
    seen = 0
    for line in ctx.lines:
        if line.start >= first_anchor or seen >= TITLE_CASE_LINES:
            break
        if line.blank:
            if parts:
                break
            continue
        seen += 1
        end = min(line.end, first_anchor)
        raw = text[line.start:end]
        piece = raw.strip(" ,;-*|")
        a = line.start + len(raw) - len(raw.lstrip(" ,;-*|"))
        b = a + len(piece)
        ok = (
            piece[:1].isupper() and len(piece) <= TITLE_CASE_CHARS
            and _SENTENCE_MARK.search(piece) is None
        )
        if not parts:
            if ok and P.ISSUER_HEAD_ANY_CASE.match(match, a, b):
                parts.append((a, b))
        elif ok:
            parts.append((a, b))
        else:
            break
    return parts


def _parse_marks(ctx: Context, header_end: int) -> None:
    hi = max(header_end, 0) + 200
    for line in ctx.lines:
        if line.start > hi:
            break
        if line.blank or len(line.text) > 30:
            continue
        seg = ctx.match[line.start:line.end]
        word = seg.strip(" .,")
        if not word.isupper():  # both marks are upper-case words
            continue
        for kind, pat in P.MARKS:
            m = pat.fullmatch(word)
            if m:
                off = line.start + (len(seg) - len(seg.lstrip(" .,")))
                ctx.doc.marks.append(
                    Mark(kind=kind, value=line.text.strip(" .,"), start=off,
                         end=off + len(seg.strip(" .,")))
                )


def line_of(lines: list[Line], offset: int) -> Line | None:
    """The line containing ``offset`` (binary search)."""
    lo, hi = 0, len(lines) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        ln = lines[mid]
        if offset < ln.start:
            hi = mid - 1
        elif offset > ln.end:
            lo = mid + 1
        else:
            return ln
    return None
