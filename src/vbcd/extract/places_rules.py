"""The rules that decide, around one token, whether a place is named there.

Each rule is a bounded look around a token of :class:`~vbcd.extract.places_tokens.Tokens`
(tokens are named by their start offset; :meth:`~Tokens.nx` and
:meth:`~Tokens.pv` step to the neighbours). :mod:`vbcd.extract.places` runs
them in passes, only at the tokens where the scans say they can fire.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex

from vbcd.extract.places_data import Data, Entry, Level, Prefix, Trie, data
from vbcd.extract.places_tokens import (
    DASHED,
    DOTTED,
    HARD,
    JOIN,
    NEWLINE,
    NONE,
    SOFT,
    SPACE,
    Memo,
    Tokens,
)
from vbcd.models import PlaceKind
from vbcd.normalize import strip_marks

#: ``strip_marks`` of a name, kept: a document names the same few places again and
#: again, and the skeleton is what mentions are merged and provinces matched by.
skeleton: dict[str, str] = Memo(strip_marks)

_WS = regex.compile(r"\s+")
_LIST_GOES_ON = regex.compile(r"[ \t]*(?:,|và\b)")
#: At most this many words qualify a plural prefix word before its list's colon.
_QUALIFIER_WORDS = 6
_ROMAN = regex.compile(r"[IVX]{1,4}")
_ITEM_END = regex.compile(r"[ \t]*(?:[,;.:()\n]|và\b|hoặc\b|thành\b|được\b|\Z)")
#: A spaced dash after a listed name: the role of the list's heads follows (``Chủ tịch
#: UBND các xã: Tản Lĩnh, Minh Quang - Ủy viên``), as in a board's member lines.
_ROLE_DASH = regex.compile(r"[ \t]+[-–][ \t]+")
_PROVINCE_AFTER = regex.compile(
    r"[ \t]*(?:,|\(|-|–)[ \t\n]*(?:(?i:tỉnh|thành phố|tp\.?)[ \t\n]+)?")
_ORGAN_GAPS = (JOIN, SPACE, NEWLINE, DASHED)
#: How far back :func:`in_organ` looks for an organ's first word before walking.
_PHRASE_CHARS = 200
#: Characters outside syllables that put a gap outside ``_ORGAN_GAPS`` (every one
#: of ``SAFE_GAPS`` but blanks, a line break and dashes): no organ phrase crosses them.
_PHRASE_BACK = re.compile(f"[^\t\r!-&(-,./:-@\\[-`{{-~“”…«»•·°§]{{0,{_PHRASE_CHARS}}}")

Found = list[tuple[int, Entry]]  # (number of tokens, entry), shortest first


@dataclass(slots=True)
class Hit:
    """One mention found: tokens ``i`` to ``last``, its entry or name, and the evidence."""

    i: int
    last: int
    name: str
    kind: PlaceKind
    level: Level
    evidence: str  # prefix | gazetteer | district | propagated | paren | list | seat | route
    lead: int  # first token of the evidence (the prefix word when there is one)
    province: str | None = None
    canonical: str | None = None
    abbrev: bool = False
    alternatives: tuple[str, ...] = ()  # provinces of same-named districts


def after(toks: Tokens, last: int, width: int = 40) -> str:
    """A short window of text after token ``last``: patterns match on it, not on the
    whole text, since ``regex`` scans a string's length for each positioned match."""
    e = toks.end[last]
    return toks.text[e:e + width]


def surface(toks: Tokens, i: int, last: int) -> str:
    """The name as written, line breaks and runs of spaces made single spaces."""
    name = toks.text[i:toks.end[last]]
    if i == last or all(map(str.isalnum, name.split(" "))):
        return name  # one syllable, or syllables that single spaces separate
    return str(_WS.sub(" ", name))


def walk(trie: Trie, toks: Tokens, i: int, *, dotted: bool = False) -> tuple[list[int], Found]:
    """All trie entries spelled from token ``i``: the tokens read, and for each
    entry how many of them it spans (longest last)."""
    path: list[int] = []
    found: Found = []
    node = trie.root.get(toks.low[i])
    j = i
    while node is not None:
        path.append(j)
        entries = node.get("")
        if entries:
            n = len(path)
            found.extend((n, e) for e in entries)
        if len(path) >= trie.depth or len(node) <= (1 if entries else 0):
            break  # nothing longer below
        j = toks.nx[j]
        if j == NONE:
            break
        g = toks.gap[j]
        if g == HARD or (g == DOTTED and not dotted):
            break
        node = node.get(toks.low[j])
    return path, found


def caps_ok(toks: Tokens, name: list[int], e: Entry) -> bool:
    """The text capitalises at least the syllables the spelling capitalises."""
    cap = toks.cap
    if not cap[name[0]]:
        return False
    caps = e.caps
    if not caps or len(caps) != len(name):
        caps = (True,) * len(name)
    return all(not (c and not cap[k]) for k, c in zip(name, caps, strict=True))


def left_ok(toks: Tokens, i: int, d: Data) -> bool:
    """Nothing capitalised joins the name from the left (but a sentence-initial ``Tại``),
    and no blocker word (``đường``, ``sông``, ``ông``, ``đ/c``) stands right before it."""
    prev = toks.pv[i]
    if prev == NONE:
        return True
    before = toks.text[max(0, i - 8):i]
    if "/" in before and d.slash_blockers.search(before):  # every such blocker has a "/"
        return False
    # "hồ chứa thủy điện Hòa Bình, Sơn La, Tuyên Quang": the works' list goes on, and
    # each name after the first is a work named after its place as well
    if (before.endswith((", ", " và ")) and d.work_list.search(toks.text, max(0, i - 120), i)):
        return False
    if toks.gap[i] not in SOFT:
        return True
    if not toks.raw[prev][0].isupper():  # "PCTr Mai Sơn": any capital joins, not only title
        low = toks.low[prev]
        if low in d.bare_blockers:
            # "thị trường Hoa Kỳ": a market
            return cue_ends(toks, prev, d.bare_blocker_exceptions)
        # "hồ thủy điện Hòa Bình", "trạm bơm Đông Hà": a work named after the place
        return low not in d.bare_blocker_phrases or not cue_ends(
            toks, prev, d.bare_blocker_phrases)
    return toks.low[prev] in d.lead_words and not toks.adjacent_cap(prev)


def right_ok(toks: Tokens, last: int) -> bool:
    """No capitalised syllable joins the name from the right."""
    return not toks.adjacent_cap(toks.nx[last])


def in_organ(toks: Tokens, i: int, d: Data) -> bool:
    """A bare name at token ``i`` lies inside an organ name (``Đài ... Việt Nam``).

    Walk back through the phrase (soft gaps and `` - ``) for at most ten tokens,
    stopping at punctuation, a list-item line or a phrase-break word. A head's
    first word must be capitalised as listed; the rest may be in any case
    (``Đài truyền hình Việt Nam``). Most names stand in no organ: when no head's
    first word is written in the phrase (read backward to its first stop), the
    tokens are not read.
    """
    n = toks.n
    back = _PHRASE_BACK.match(toks.reversed, n - i).end() - (n - i)  # type: ignore[union-attr]
    if back < _PHRASE_CHARS and d.organ_firsts.search(toks.folded, i - back, i) is None:
        return False
    k = i
    for _ in range(10):
        if toks.gap[k] not in _ORGAN_GAPS:
            return False  # punctuation, a blank line or a "- " list item ends the phrase
        k = toks.pv[k]
        if k == NONE:
            return False  # the gap before the first token is hard: not reached
        low = toks.low[k]
        if low in d.phrase_breaks and not toks.cap[k]:
            return False
        for head in d.organ_heads.get(low, ()):
            if _head_ends(toks, k, head):
                if len(head) == 1 and not toks.cap[toks.nx[k]]:
                    continue  # "Báo cáo", "Hội nghị": not an organ
                return True
    return False


def _head_ends(toks: Tokens, k: int, head: tuple[str, ...]) -> bool:
    """The organ head ``head`` ends at token ``k``: its first word as listed, the
    others in any case, soft gaps between."""
    for x in range(len(head) - 1, 0, -1):
        if toks.low[k] != head[x].casefold() or toks.gap[k] not in SOFT:
            return False
        k = toks.pv[k]
    return toks.raw[k] == head[0]


def follower_ok(toks: Tokens, last: int, d: Data) -> bool:
    """What follows an ambiguous country name: punctuation or a function word."""
    j = toks.nx[last]
    if j == NONE or toks.gap[j] not in SOFT or toks.cap[j]:
        return True
    return toks.low[j] in d.country_followers


def cue_before(toks: Tokens, i: int, cues: dict[str, list[tuple[str, ...]]]) -> bool:
    """A cue phrase (listed by its last syllable) ends right before token ``i``."""
    if toks.gap[i] not in SOFT:
        return False
    return cue_ends(toks, toks.pv[i], cues)


def cue_ends(toks: Tokens, k: int, cues: dict[str, list[tuple[str, ...]]]) -> bool:
    """A cue phrase (listed by its last syllable) ends at token ``k``."""
    return any(toks.ends_with(k, c) for c in cues.get(toks.low[k], ()))


def prefix_at(
    toks: Tokens, i: int, d: Data, *, colon: bool = False
) -> tuple[Prefix, int] | None:
    """The prefix word starting at token ``i`` and the token after it, when a
    possible name follows (``colon``: after a colon, as a plural prefix's list has
    it: ``các xã: Tam Hải, Tam Quang``)."""
    low = d.prefixes.get(toks.low[i])
    abbrev = d.abbrev_prefixes.get(toks.raw[i])
    if low is None and abbrev is None:
        return None
    for p in [*(low or []), *(abbrev or [])]:
        if p.lower and not toks.raw[i].islower():
            continue  # ``Buôn Ma Thuột``, ``Sóc Trăng``: a name's first word
        spelt = toks.raw if p.abbrev else toks.low
        k = i
        ok = spelt[k] == p.key[0]
        for x in range(1, len(p.key)):
            if not ok:
                break
            k = toks.nx[k]
            ok = (k != NONE and spelt[k] == p.key[x]
                  and toks.gap[k] in (SPACE, NEWLINE))
        if not ok:
            continue
        s = toks.nx[k]
        if s == NONE:
            continue
        if colon:
            if toks.gap[s] == SPACE and toks.low[s] in d.list_openers and not toks.cap[s]:
                # ``các huyện như Sơn Hà, Ba Tơ``: a word opens the list as a colon does
                s = toks.nx[s]
                if s == NONE or toks.gap[s] not in (SPACE, NEWLINE) or not toks.cap[s]:
                    continue
            elif toks.gap[s] != HARD or toks.text[toks.end[k]:s].strip() != ":":
                continue
        elif p.initial:
            if toks.gap[s] != DOTTED:
                continue  # "P Nguyễn", "TT Huế": an initial, a name's short form
        elif toks.gap[s] not in ((SPACE, NEWLINE, DOTTED) if p.abbrev else (SPACE, NEWLINE)) and (
                not p.abbrev or toks.gap_text(s).strip(" ") != ".\n"):  # "TP." wrapped
            continue
        blockers = d.prefix_blockers.get(p.key)
        if blockers and toks.gap[i] in SOFT and (
                toks.low[toks.pv[i]] in blockers or _two_word_blocker(toks, i, blockers)):
            continue
        if toks.cap[i] and in_landmark(toks, i, s, d):
            return None
        return p, s
    return None


def _two_word_blocker(toks: Tokens, i: int, blockers: set[str]) -> bool:
    """Do the two words before the prefix at token ``i`` block it (``chi bộ thôn X``)?"""
    k = toks.pv[i]
    h = toks.pv[k]
    return h != NONE and toks.gap[k] in SOFT and f"{toks.low[h]} {toks.low[k]}" in blockers


#: How many capitalised words a river's or a mountain's name may hold before a prefix
#: word of its own (``sông Ngũ Huyện Khê``).
_LANDMARK_WORDS = 2


def in_landmark(toks: Tokens, i: int, s: int, d: Data) -> bool:
    """Is the capitalised prefix word at token ``i`` (the name would start at token
    ``s``) a word of a road's, a bridge's or a river's name (``đường Xã Đàn``, ``cầu
    Xóm Củi``, ``sông Ngũ Huyện Khê``)? It is right after the noun of a road or a
    bridge, or a few capitalised words after the noun of a river, a lake or a mountain
    in one phrase, unless a gazetteer name follows it then (``sông Hồng Thành phố Hà
    Nội``: a comma lost before the city)."""
    k = i
    for n in range(_LANDMARK_WORDS + 1):
        if toks.gap[k] not in SOFT:
            return False
        k = toks.pv[k]
        if k == NONE:
            return False
        if n == 0 and toks.cap[k] and toks.low[k] in d.landmark_codes:
            return True  # a transformer station named after its hamlet: "TBA Xóm 3"
        if not toks.cap[k]:
            low = toks.low[k]
            if n == 0:
                return low in d.landmark_natural or (
                    low in d.landmark_nouns
                    and not cue_ends(toks, k, d.bare_blocker_exceptions))  # "yêu cầu Tỉnh"
            return low in d.landmark_natural and not walk(d.after_prefix, toks, s)[1]
    return False


#: A bracket opened right before a prefix word (``Phường 15 (Quận 4)``): a number
#: closing it is the place's, not a clause marker.
_BRACKET_PREFIX = regex.compile(r"\([ \t]*[^\s()]+(?:[ \t]+[^\s()]+)?[ \t]+$")
#: What follows the full stop after a ward's number when it ends a paragraph.
_PARAGRAPH_END = regex.compile(r"[ \t]*(?:\r?\n|\Z)")


def name_after(
    toks: Tokens, p: Prefix, s: int, d: Data, *, listed: bool = False, owned: bool = False,
    joined: bool = False,
) -> tuple[int, str, list[Entry]] | None:
    """:func:`_name_after`, with the number a commune's name may end with (``xã Đam Rông
    1``, ``xã Bàu Hàm 2``: communes merged in 2025 and numbered), when nothing but a
    stop, a list word or a line's end follows the number. ``listed``: token ``s`` is
    an item after a comma or ``và`` of a list the prefix opened (``quận 1, 3``);
    ``owned``: the list is the communes of an organ's word (``UBND các phường Móng
    Cái 1, Móng Cái 2 chủ trì``: see :func:`owned_at`); ``joined``: a dash after the
    name joins the next unit, no second half of the name (``liên xã A - B``)."""
    got = _name_after(toks, p, s, d, listed)
    if got is not None and p.initial and not _initial_supported(toks, p, s, got, d):
        return None
    if got is not None and p.damaged and not got[2]:
        return None  # ``tinh Hoa``: a misread prefix word needs a name the gazetteer knows
    if got is None or p.level != "commune" or toks.raw[s][0].isdigit():
        return got
    owned = owned or owned_at(toks, s, d)
    if not joined:
        got = _hyphenated(toks, s, got, d, owned)
    last, name, entries = got
    j = toks.nx[last]
    if j == NONE or toks.gap[j] not in SOFT or not _NUMBER_TAIL.fullmatch(toks.raw[j]):
        return got
    if toks.gap[j] == NEWLINE and toks.text[toks.end[j]:toks.end[j] + 1] in ("\n", "\r",
                                                                         ".", ")"):
        # ``phường Trần Lãm`` / ``47`` / ``5``: a table's next cell, a plot's; ``Đảng
        # ủy xã Phúc Thành`` / ``1. Hồ sơ ...``: the next line's clause marker
        return got
    end = toks.end[j]
    after = toks.text[end:end + 12]
    if not _AFTER_NUMBER.match(after) and not (owned and _verb_after(toks, j, d)) \
            and not _follower_after(toks, j, d):
        return got
    return j, f"{name} {toks.raw[j]}", entries


def _follower_after(toks: Tokens, j: int, d: Data) -> bool:
    """Does a word that goes on with the sentence after a place (a verb, an auxiliary:
    ``list_followers``) follow a commune's number at token ``j`` (``xã Đam Rông 1, xã
    Đam Rông 2 được hỗ trợ``), no count word (``xã Tân Hòa 5 năm``)? The number then
    ends the name, with no organ's word before it."""
    k = toks.nx[j]
    if k == NONE or toks.gap[k] != SPACE or toks.cap[k]:
        return False
    low = toks.low[k]
    return low in d.list_followers and low not in d.number_counts


def owned_at(toks: Tokens, s: int, d: Data) -> bool:
    """Does an organ's word stand before the commune's prefix word whose name starts at
    token ``s`` (``UBND phường``, ``Đảng ủy các xã``)? Its commune's name then ends before
    the organ's verb (see :func:`_verb_after`)."""
    return d.officials_after.search(toks.folded, max(0, s - 40), s) is not None


def _verb_after(toks: Tokens, j: int, d: Data) -> bool:
    """Does a lower-case word (the organ's verb) follow the end of a commune's name at
    token ``j`` on its line (``UBND phường`` + ``Móng Cái 2`` + ``chủ trì``, ``Đảng ủy
    xã`` + ``Bảo Lâm 3`` + ``họp``), no count word (``UBND xã Bình Minh 3 năm liền``)?"""
    k = toks.nx[j]
    if k == NONE or toks.gap[k] != SPACE or toks.cap[k] or toks.low[k] in d.number_counts:
        return False
    return toks.raw[k][0].isalpha()


#: What joins the parts of an address: a comma, blanks, perhaps a line break.
_ADDRESS_COMMA = regex.compile(r"[ \t]*,[ \t]*\n?[ \t]*")


def _initial_supported(toks: Tokens, p: Prefix, s: int,
                       got: tuple[int, str, list[Entry]], d: Data) -> bool:
    """Is the name after an abbreviation that may be a person's initial (``P.``,
    ``Q.``, ``TT.``) a place? It is when it is a number (``Q.7``), a gazetteer name
    of the prefix's level (``Q. Bình Thạnh``), or when the next part of an address
    follows it: a comma, then another prefix word or a province (``P.Ngọc Trạo,
    TP.Thanh Hóa``); ``P. Nguyễn Văn An, Giám đốc`` is a person. A ward's or
    district's number has at most two digits: ``P. 1031`` is a room (phòng)."""
    last, _, entries = got
    if toks.raw[s][0].isdigit():
        return len(toks.raw[s]) <= 2
    if entries:
        return True
    j = toks.nx[last]
    if j == NONE or _ADDRESS_COMMA.fullmatch(toks.text, toks.end[last], j) is None:
        return False
    return prefix_at(toks, j, d) is not None or bool(walk(d.names, toks, j)[1])


def _hyphenated(toks: Tokens, s: int, got: tuple[int, str, list[Entry]],
                d: Data, owned: bool) -> tuple[int, str, list[Entry]]:
    """A ward named by two names joined by a dash (``phường Xuân Hương - Đà Lạt``,
    ``phường Văn Miếu - Quốc Tử Giám``: wards merged in 2025): the name runs over the
    dash to the end of the second name, when that is a capitalised run on the same line
    that no prefix word opens and whose item ends after it (or, after an organ's word,
    whose verb follows: ``UBND phường Xuân Hương - Đà Lạt chủ trì``)."""
    last = got[0]
    k = toks.nx[last]
    if k == NONE or toks.text[toks.end[last]:k] not in (" - ", " – "):
        return got
    if not toks.cap[k] or prefix_at(toks, k, d) is not None:
        return got
    if d.board_roles.match(toks.text, k):
        return got  # ``xã Minh Tân - Ủy viên``: a board's seat after a member line's dash
    if any(n for n, _ in walk(d.names, toks, k)[1]):
        return got  # ``xã Tân Hòa - Đồng Nai``: the province after the commune
    end, run = k, 1
    j = toks.nx[k]
    while toks.adjacent_cap(j) and toks.gap[j] == SPACE and run < 4:
        end, run = j, run + 1
        j = toks.nx[j]
    tail = after(toks, end)
    if not _ITEM_END.match(tail) and not (owned and _verb_after(toks, end, d)) \
            and not _seat_after(tail, d):
        return got
    return end, surface(toks, s, end), []


def _seat_after(tail: str, d: Data) -> bool:
    """Does a board's seat follow a spaced dash at the start of ``tail`` (``phường Xuân
    Hương - Đà Lạt - Tổ trưởng``)? The name before it ends its member line's item."""
    m = _ROLE_DASH.match(tail)
    return m is not None and d.board_roles.match(tail, m.end()) is not None


def _wrapped_word(toks: Tokens, j: int) -> bool:
    """Is the capitalised word opening the next line the last word of a commune's name
    that a hard wrap broke (``xã Vĩnh Thạnh`` / ``Trung, ...``), not a new sentence? It
    is when the name's item ends right after it."""
    return len(toks.raw[j]) > 0 and _ITEM_END.match(after(toks, j)) is not None


def _opens_line(toks: Tokens, j: int, d: Data) -> bool:
    """Does a sentence opener (``Căn cứ``, ``Xét``) start at token ``j``, the first of
    a line? A wrapped name does not go on into it."""
    k = toks.nx[j]
    return (toks.low[j],) in d.line_openers or (
        k != NONE and toks.gap[k] == SPACE and (toks.low[j], toks.low[k]) in d.line_openers)


#: A commune's number (``1``, ``12``, ``II``) and what may follow it.
_NUMBER_TAIL = regex.compile(r"\d{1,2}|[IVX]{1,4}")
_AFTER_NUMBER = regex.compile(r"(?:[ \t]*(?:[,;.()]|\n|$)|[ \t]+(?:và|hoặc|thành)(?!\S))")
#: The commune or ward a numbered village lies in, after its number: an address
#: (``xóm 5, xã Quỳnh Thuận``, ``thôn 2, X. Tân Phú``, ``tổ dân phố 4 (phường An Lạc)``),
#: perhaps after the list's further villages (``Tổ dân phố 2 và 3, phường Yên Dũng``,
#: ``xóm 4 và xóm 5 phường Đông Vệ``).
_ADDRESS_AFTER = regex.compile(
    r"(?:[ \t]*(?:,|và|hoặc)[ \t]*(?:\p{Ll}+[ \t]+){0,3}?\d{1,3}(?!\w))*"
    r"[ \t]*(?:[,(-][ \t\n]*)?"
    r"(?:(?i:xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)[ \t\n]+\p{Lu}|(?:X|P|TT)\.)")


def _name_after(
    toks: Tokens, p: Prefix, s: int, d: Data, listed: bool = False
) -> tuple[int, str, list[Entry]] | None:
    """The name after a prefix word, starting at token ``s``: ``(last, name, entries)``.

    A gazetteer name is taken whole (``tỉnh Bắc Giang Công bố ...`` gives
    ``Bắc Giang``); other names are the capitalised run, at most four
    syllables, which does not cross into a line that opens with another prefix
    word (a table of ``Xã A`` / ``Xã B`` lines).
    """
    if toks.skip[s]:
        return None
    first = toks.raw[s]
    if first[0].isdigit():
        # (a line may break between ``Phường`` and its number in hard-wrapped text)
        if not p.numeric or not first.isdigit() or (not listed and toks.gap[s] not in (
                (SPACE, NEWLINE, DOTTED) if p.abbrev else (SPACE, NEWLINE))):
            return None
        end = toks.end[s]
        nxt = toks.text[end:end + 1]
        if (nxt == "/" or (nxt == "." and (toks.gap[s] != SPACE
                                           or not _PARAGRAPH_END.match(toks.text, end + 1)))
                or (nxt == ")" and _BRACKET_PREFIX.search(
                    toks.text, max(0, s - 16), s) is None)):
            # "xã, phường 1. Sở Nội vụ": a clause marker, not a ward; but a full stop
            # that ends the paragraph on the prefix's line ends a sentence ("trên địa
            # bàn Quận 1.")
            return None
        if p.numeric_in_address and not _ADDRESS_AFTER.match(toks.text, end):
            return None  # "các chi bộ xóm 3, xóm 7": a village's number outside an address
        label = p.word[0].upper() + p.word[1:]  # "Q.7": "Quận 7"
        return s, f"{label} {toks.text[s:end]}", []
    if not toks.cap[s] or toks.low[s] in p.name_stops:
        return None
    # an organ's word after the prefix (``Tỉnh Đoàn``, ``Xã Hội``) starts no name,
    # unless a gazetteer name of two syllables or more starts with it (``Hội An``)
    stopped = toks.low[s] in d.name_start_stop and not (
        toks.low[s] in d.name_start_stop_small and toks.adjacent_cap(toks.nx[s]))
    longest = 0
    entries: list[Entry] = []
    path, found = walk(d.after_prefix, toks, s, dotted=True)
    cap = toks.cap
    for n, e in found:
        if not (e.abbrev or all(map(cap.__getitem__, path[:n]))):
            continue
        if n > longest:
            longest, entries = n, []
        entries.append(e)
    if stopped and longest < 2:
        return None
    if longest:
        entries = prefer(entries, p)
        last = path[longest - 1]
        j = toks.nx[last]
        if (p.level != "commune" or not toks.adjacent_cap(j) or toks.low[j] in d.name_stop
                or (toks.gap[j] == NEWLINE and not _wrapped_word(toks, j))):
            return last, surface(toks, s, last), entries
    # a name the gazetteer does not hold: the capitalised run, but for a region
    # (``các tỉnh Tây Nguyên``, ``các tỉnh Đồng bằng sông Cửu Long``): no province
    if walk(d.regions, toks, s)[1]:
        return None
    if stopped or not titlecase(first):
        return None  # "TP VP UBND": an acronym is no name
    if toks.gap[s] == NEWLINE and _opens_line(toks, s, d):
        return None  # "Chi cục Thống kê huyện" / "Phó Trưởng ban": the table's next cell
    if len(first) == 1 and not toks.adjacent_cap(toks.nx[s]):
        return None  # "xã X", "Xã Y": a form's placeholder, not a place
    last = s
    run = 1
    j = toks.nx[s]
    before_stop = NONE  # the name's end before a stop word read as one of its syllables
    while (toks.adjacent_cap(j) and not toks.skip[j] and run <= 4 and (
            toks.low[j] not in d.name_stop or _stop_in_name(toks, j))):
        if toks.gap[j] == NEWLINE and (prefix_at(toks, j, d) is not None
                                       or _opens_line(toks, j, d)):
            break
        if before_stop == NONE and toks.low[j] in d.name_stop:
            before_stop, stop_run, stop_j = last, run, j
        last = j
        run += 1
        j = toks.nx[j]
    if run > 4 and before_stop != NONE:
        # too long with it: the stop word ends the name after all
        last, run, j = before_stop, stop_run, stop_j
    elif run > 4:
        return (path[longest - 1], surface(toks, s, path[longest - 1]), entries) \
            if longest else None
    if run == 1 and j != NONE and toks.gap[j] in SOFT and not toks.cap[j] and (
            p.lower or toks.gap[s] == NEWLINE or (toks.low[s], toks.low[j]) in d.type_starts):
        # "các tỉnh, thành phố\nKhẩn trương ...": a sentence starts; "Ủy ban nhân dân
        # tỉnh Chỉ thị:", "... tỉnh Quyết định:": the enacting verb, a type's name;
        # "bản Đăng ký", "bản Tuyên ngôn": a capitalised noun, no village
        return None
    if run >= 3 and toks.low[s] in d.surnames and (
            p.level != "commune" or d.officials_after.search(toks.folded, max(0, s - 40), s)):
        # "Chủ tịch UBND tỉnh Trần Duy Đông": a person; but wards and communes are
        # often named after one (``phường Nguyễn Thái Bình``, ``xã Lê Minh Xuân``)
        return None
    if (p.level == "province" and p.key == ("tỉnh",)
            and (run == 2 or toks.low[s] not in d.surnames)
            and d.titled_officials.search(toks.folded, max(0, s - 60), s)):
        # "Phó Chủ tịch UBND tỉnh Hoàng Nam": the gazetteer holds every province, so
        # an unknown name after a title and its organ is the official, on any family
        # name ("Phó Chủ tịch UBND tỉnh Lò Văn Pấng", "... tỉnh Y Ngọc")
        return None
    return last, surface(toks, s, last), []


def _stop_in_name(toks: Tokens, j: int) -> bool:
    """Is the stop word at ``j`` a syllable of the name, in title case with two more
    after it (``Xã Nam Ban Lâm Hà``: a commune of the 2025 map named with its former
    district)? An organ after a name goes on in small letters (``xã Tân Lập Ban Quản lý
    dự án``) or in capitals (``UBND``)."""
    if not titlecase(toks.raw[j]):
        return False
    k = toks.nx[j]
    if not toks.adjacent_cap(k) or not titlecase(toks.raw[k]):
        return False
    k = toks.nx[k]
    return toks.adjacent_cap(k) and titlecase(toks.raw[k])


def titlecase(syllable: str) -> bool:
    """Capitalised but not an acronym (``VP``, ``UBND``)."""
    return syllable[0].isupper() and not (len(syllable) > 1 and syllable.isupper())


def prefer(entries: list[Entry], p: Prefix) -> list[Entry]:
    """Entries fitting the prefix's level first; communes keep no entry at all.

    ``tỉnh Quảng Ninh`` is the province, not the district of that name in
    Quảng Bình; ``huyện X`` is a district; ``xã Thái Bình`` is only delimited by
    the gazetteer, it is not the province.
    """
    if p.level == "commune":
        return []
    order = ("province", "district") if p.level == "province" else ("district",)
    return [e for lvl in order for e in entries if e.level == lvl]


def prefix_hit(
    toks: Tokens, lead: int, s: int, last: int, name: str, p: Prefix, entries: list[Entry]
) -> Hit:
    kind = p.kind
    level = p.level
    if toks.raw[s][:1].isdigit():  # "Phường 3": the mention keeps its prefix word
        # a numbered district lies in the province(s) the tables give its number
        # ("Quận 2": Hồ Chí Minh); a numbered commune's province is not known
        numbered = data().numbered.get(toks.raw[s], ()) if level == "district" else ()
        return Hit(lead, last, name, kind, level, "prefix", lead,
                   province=numbered[0] if numbered else None, alternatives=tuple(numbered))
    e = entries[0] if entries else None
    provinces: tuple[str, ...] = ()
    if e is not None:
        if e.level == "district":
            level = "district"  # "thành phố Hạ Long": a city below a province
            provinces = tuple(x.province for x in entries if x.level == "district" and x.province)
        elif p.kind == "city":
            kind = e.kind
    return Hit(s, last, name, kind, level, "prefix", lead,
               province=provinces[0] if provinces else None,
               canonical=e.canonical if e is not None else None,
               abbrev=e.abbrev if e is not None else False, alternatives=provinces)


def list_items(
    toks: Tokens, last: int, d: Data, p: Prefix, take: Callable[[Hit], None],
    owned: bool = False, joined: bool = False,
) -> int:
    """Names listed after a plural prefix: ``các huyện Tiên Yên, Ba Chẽ và Bình Liêu``.

    Returns the last token of the list (before the first aside in brackets, whose
    places the caller reads in their turn). ``owned``: an organ's word opens the list
    (``UBND các phường Móng Cái 1, Móng Cái 2 chủ trì``); ``joined``: the prefix's
    marker makes a spaced dash join the items (``liên xã Mai Thủy - Phong Thủy``)."""
    before_aside: int | None = None
    while True:
        j = toks.nx[last]
        if j == NONE:
            break
        g = toks.text[toks.end[last]:j].strip()
        if g == "(":
            # ``các xã Vĩnh Hòa (thị xã Tân Châu), Phú Lộc và Vĩnh Xương``: the list goes
            # on after the aside, also after a semicolon that closes a group of names
            # under one district
            close = toks.text.find(")", j, j + ASIDE_CHARS)
            if close < 0 or "\n\n" in toks.text[j:close]:
                break
            k = toks.read_from(close + 1)
            if k == NONE:
                break
            if before_aside is None:
                before_aside = last
            j, g = k, toks.text[close + 1:k].strip()
            if g == ";":
                g = ","  # "Quảng Sơn (huyện Hải Hà); Đồng Văn, ...": the next group
        if g == "," or (joined and g in ("-", "–")):
            s = j
        elif g == "" and toks.low[j] == "và" and toks.nx[j] != NONE \
                and toks.gap[toks.nx[j]] == SPACE:
            s = toks.nx[j]
        else:
            break
        if not (toks.cap[s] or (p.numeric and toks.raw[s][:1].isdigit())) \
                or prefix_at(toks, s, d) is not None:
            break  # "các phường 1, 2, 3 Quận 4": numbered items go on
        got = name_after(toks, p, s, d, listed=True, owned=owned, joined=joined)
        if got is None:
            break
        item_last, name, entries = got
        size = len(toks.tokens(s, item_last))
        if not entries and (size > 4 or (size == 4 and len(toks.raw[item_last]) > 1)
                            or not _item_ends(toks, item_last, d)):
            break  # "các tỉnh Quảng Ninh, Hải Dương, Bộ Y tế": the list has ended
        take(prefix_hit(toks, s, s, item_last, name, p, entries))
        last = item_last
    return last if before_aside is None else before_aside


def singular_list(
    toks: Tokens, first: int, last: int, d: Data, p: Prefix, entries: list[Entry],
    take: Callable[[Hit], None],
) -> int:
    """Names listed after a singular level word: ``huyện Tương Dương, Kỳ Sơn, Con
    Cuông``, ``xã Diễn Kỷ, Diễn Thành và Diễn Hoa``, ``quận 1, 3, Bình Thạnh``.

    A comma after a place also chains an address (``xã Diễn Kỷ, huyện Diễn Châu``,
    ``xã Hưng Đông, Vinh, Nghệ An``) or goes on with something else (``xã Diễn Kỷ,
    Sở Y tế``, ``xã Hưng Đông, Nguyễn Văn C``), so the list is all or nothing: every
    item must be a unit of the prefix's level (a district the gazetteer knows, a
    number after ``quận``/``phường``, or for communes a short capitalised run that no
    gazetteer name of a higher level nor a person's name fills), and the list must
    close (the sentence or a clause goes on, or the address climbs a level). Returns
    the last token read."""
    if p.level not in ("district", "commune") or p.kind == "city":
        return last
    numbered = toks.raw[first][:1].isdigit()
    if p.level == "district" and not numbered and not entries:
        return last  # a district the gazetteer does not know lists nothing
    provinces = {e.province for e in entries if e.province}
    items: list[Hit] = []
    k = last
    known = numbered or bool(entries)  # the last item is a number or a known district
    closed = True
    while True:
        j = toks.nx[k]
        if j == NONE:
            break
        gap = toks.text[toks.end[k]:j].strip()
        if gap == ",":
            s = j
        elif gap == "" and toks.low[j] == "và" and toks.nx[j] != NONE \
                and toks.gap[toks.nx[j]] == SPACE:
            s = toks.nx[j]
        else:
            closed = _closes(toks, k, d, known)
            break
        got = _singular_item(toks, s, d, p, provinces)
        if got is None:
            closed = _climbs(toks, s, d) if gap == "," else not toks.cap[s]
            break
        hit, k, known = got
        items.append(hit)
    if not items or not closed:
        return last
    for h in items:
        take(h)
    return k


def _singular_item(
    toks: Tokens, s: int, d: Data, p: Prefix, provinces: set[str]
) -> tuple[Hit, int, bool] | None:
    """One item of :func:`singular_list` at token ``s``: its hit, last token, and
    whether the gazetteer (or a number) vouches for it; ``None`` when it is no unit
    of the prefix's level."""
    digit = toks.raw[s][:1].isdigit()
    if digit and not p.numeric:
        return None
    if not (digit or toks.cap[s]) or prefix_at(toks, s, d) is not None:
        return None
    got = name_after(toks, p, s, d, listed=True)
    if got is None:
        return None
    last, name, entries = got
    if digit:
        j = toks.nx[last]
        if not (_AFTER_NUMBER.match(after(toks, last, 12)) or (
                j != NONE and toks.gap[j] == SPACE and prefix_at(toks, j, d) is not None)):
            return None  # "phường 3, 5 hộ dân": a count, not a ward
        return prefix_hit(toks, s, s, last, name, p, entries), last, True
    path, found = walk(d.names, toks, s)
    if any(path[n - 1] == last and e.level in ("province", "country") for n, e in found):
        return None  # "huyện Diễn Châu, Nghệ An": the address climbs to the province
    if p.level == "district":
        if not entries:
            return None
        if provinces:
            mine = {e.province for e in entries if e.province}
            if not mine & provinces:
                return None  # another province's district of that name: no list
            provinces &= mine
        return prefix_hit(toks, s, s, last, name, p, entries), last, True
    path, found = walk(d.after_prefix, toks, s)
    j = toks.nx[last]
    if any(path[n - 1] == last for n, _ in found) and not (
            toks.low[toks.pv[s]] == "và" or (j != NONE and toks.low[j] == "và")):
        # "xã Hưng Đông, Vinh": a district's name, the address climbs; but an address
        # joins no part with "và" ("xã Thanh Thủy, Thanh Hà và Thanh Lĩnh")
        return None
    if len(toks.tokens(s, last)) >= 3 and toks.low[s] in d.surnames:
        return None  # "xã Hưng Đông, Nguyễn Văn C": a person
    if j != NONE and toks.gap[j] == SPACE:
        nxt = prefix_at(toks, j, d)
        if nxt is not None and nxt[0].level == p.level:
            # "thôn Quyết Tiến, Trưởng thôn Tân Phú": a title before a unit of the
            # list's own level (an address only climbs: "xã Tam Hải, Tam Quang huyện
            # Núi Thành"), so the word names the unit's head, not another unit
            return None
    return prefix_hit(toks, s, s, last, name, p, entries), last, False


def _closes(toks: Tokens, last: int, d: Data, known: bool) -> bool:
    """Does the list end well after its last item, token ``last``? Punctuation, a line's
    end, a verb or preposition, or the prefix word of the unit above (``xã Tam Hải, Tam
    Quang huyện Núi Thành``); after a known district or a number, any lower-case word."""
    if _item_ends(toks, last, d):
        return True
    j = toks.nx[last]
    return known and j != NONE and toks.gap[j] == SPACE and not toks.cap[j]


def _climbs(toks: Tokens, s: int, d: Data) -> bool:
    """After a comma that closes a list, does what follows at token ``s`` go on
    with the address or the sentence (a prefix word, a gazetteer name, a lower-case
    word), not with another name (a person's, an organ's)?"""
    if not toks.cap[s] or prefix_at(toks, s, d) is not None:
        return True
    return bool(walk(d.after_prefix, toks, s)[1] or walk(d.names, toks, s)[1])


def item_ends(toks: Tokens, last: int) -> bool:
    """Does a comma or ``và`` follow token ``last``, as after a list's first item?"""
    return _LIST_GOES_ON.match(after(toks, last)) is not None


def qualified_list(toks: Tokens, s: int, d: Data) -> int:
    """The first token of the list after a plural prefix word and its qualifier (``các
    xã biên giới: Hoành Mô, ...``, ``các xã khu vực III: ...``): a few lower-case words
    (or a Roman numeral) from token ``s`` to a colon; ``NONE`` when there is none."""
    k = s
    for _ in range(_QUALIFIER_WORDS):
        if k == NONE or toks.skip[k] or (toks.cap[k] and not _ROMAN.fullmatch(toks.raw[k])):
            return NONE
        j = toks.nx[k]
        if j == NONE:
            return NONE
        if toks.gap[j] == HARD:
            return j if toks.text[toks.end[k]:j].strip() == ":" else NONE
        if toks.gap[j] != SPACE:
            return NONE
        k = j
    return NONE


def _item_ends(toks: Tokens, last: int, d: Data) -> bool:
    """Does a listed name the gazetteer does not know end at token ``last``? It does
    before a comma, ``và`` or the end of the sentence, and before a lower-case word
    that starts the rest of the sentence (``... và Phú Lợi bị thiệt hại``), or before
    the prefix word of the unit above the listed ones (``các xã Tân Xuân, Bảo Thạnh
    huyện Ba Tri``, ``các phường 1, 2, 3 Quận 4``); any other lower-case word may go on
    with an organ's name (``Bộ Y tế``)."""
    tail = after(toks, last)
    if _ITEM_END.match(tail) or _ROLE_DASH.match(tail):
        return True
    j = toks.nx[last]
    # (a capitalised prefix word follows a number: "các phường 1, 2, 3 Quận 4")
    return (j != NONE and toks.gap[j] == SPACE
            and ((not toks.cap[j] and toks.low[j] in d.list_followers)
                 or prefix_at(toks, j, d) is not None))


#: Characters an aside in brackets inside a list of places may hold.
ASIDE_CHARS = 80


def bare_match(
    toks: Tokens, i: int, trie: Trie, d: Data, *, row: bool = False
) -> tuple[int, Entry] | None:
    """The longest acceptable bare gazetteer name at token ``i``: its last token
    and entry. ``row``: the name may be in capitals on a line of its own, a table's row
    (see :func:`row_cell`)."""
    path, found = walk(trie, toks, i, dotted=True)
    left = None
    skip = toks.skip
    for n, e in reversed(found):
        name = path[:n]
        if not caps_ok(toks, name, e):
            continue
        if not row and any(map(skip.__getitem__, name)):
            continue
        if left is None:
            left = left_ok(toks, i, d)
        if not left or not right_ok(toks, name[-1]):
            continue
        if in_organ(toks, i, d):
            return None
        return name[-1], e
    return None


#: A table row's number, alone on its line (``1``, ``12.``).
_ROW_NUMBER = regex.compile(r"[ \t*]*\d{1,3}\.?[ \t*]*")
#: How far back the row's number may stand (blank lines, a cell's border).
_ROW_CHARS = 24


def row_cell(toks: Tokens, i: int, last: int = NONE) -> bool:
    """Do tokens ``i`` to ``last`` fill their line, a row's number alone on the line
    before (blank lines between)? A table of provinces in an annex (``1`` / ``TUYÊN
    QUANG`` / ``152.100``) names them in capitals, as header lines are written: a header
    line's name (``UBND TỈNH`` / ``QUẢNG NINH``) follows no row number. Without
    ``last``, only whether token ``i`` opens such a line."""
    text = toks.text
    a = text.rfind("\n", 0, i)
    if a < 0 or text[a + 1:i].strip(" \t*"):
        return False
    if last != NONE:
        e = toks.end[last]
        b = text.find("\n", e)
        if text[e:b if b >= 0 else len(text)].strip(" \t*"):
            return False
    before = text[max(0, a - _ROW_CHARS):a].rstrip()
    k = before.rfind("\n")
    return k >= 0 and _ROW_NUMBER.fullmatch(before, k + 1) is not None


def route_ends(toks: Tokens, s: int, d: Data) -> list[Hit]:
    """The ends the tables know of a road's name that starts at token ``s`` and joins
    places by dashes (``Bến Lức - Long Thành``, ``Sơn La - Điện Biên - Cửa khẩu Tây
    Trang``); none when no dash joins two capitalised parts."""
    ends: list[Hit] = []
    parts = 0
    while s != NONE and toks.cap[s] and not toks.skip[s]:
        parts += 1
        end = _route_end(toks, s, d)
        if end is not None:
            ends.append(end)
        k = s  # to the end of the part
        j = toks.nx[k]
        while j != NONE and toks.cap[j] and toks.gap[j] in _PART_GAPS:
            k = j
            j = toks.nx[k]
        if j == NONE or toks.gap[j] != DASHED:
            break
        s = j
    return ends if parts >= 2 else []


#: The gaps inside one part of a road's name (``TP.HCM``, a name wrapped on two lines).
_PART_GAPS = (JOIN, SPACE, NEWLINE, DOTTED)


def _route_end(toks: Tokens, s: int, d: Data) -> Hit | None:
    """The part of a road's name at token ``s`` when it is a whole name the tables know
    (a province first, then a district of any province)."""
    path, found = walk(d.after_prefix, toks, s)
    for n, e in reversed(found):
        last = path[n - 1]
        if e.abbrev or not caps_ok(toks, path[:n], e) or not right_ok(toks, last):
            continue
        entries = [x for m, x in found if m == n]
        best = next((x for x in entries if x.level == "province"), e)
        provinces = tuple(x.province for x in entries if x.level == "district" and x.province)
        if best.level != "district":
            provinces = ()
        return Hit(s, last, surface(toks, s, last), best.kind, best.level, "route", s,
                   province=provinces[0] if provinces else None,
                   canonical=best.canonical, alternatives=provinces)
    return None


def completion(trie: Trie, k: tuple[str, ...]) -> Entry | None:
    """The one entry whose key ``k`` (two syllables or more) begins but does not fill
    (``Hồ Chí``: Hồ Chí Minh); ``None`` when ``k`` is whole or begins none or several."""
    if len(k) < 2:
        return None
    node: dict[str, Any] | None = trie.root
    for syl in k:
        node = node.get(syl) if node is not None else None
    if node is None or "" in node:
        return None
    found: list[Entry] = []
    stack = [node]
    while stack:
        n = stack.pop()
        for syl, child in n.items():
            if syl == "":
                found.extend(child)
            else:
                stack.append(child)
    names = {x.canonical for x in found}
    return found[0] if len(names) == 1 else None


def weak_at(
    toks: Tokens, i: int, d: Data, known: Trie, provinces: set[str], in_list: bool
) -> Hit | None:
    """A bare name accepted only with support from the rest of the document."""
    if not left_ok(toks, i, d):
        return None
    # a name already seen after a prefix word
    path, found = walk(known, toks, i)
    for n, e in reversed(found):
        last = path[n - 1]
        if caps_ok(toks, path[:n], e) and right_ok(toks, last) and not in_organ(toks, i, d):
            return Hit(i, last, surface(toks, i, last), e.kind, e.level, "propagated", i,
                       province=e.province, canonical=e.canonical)
    # a district of a province the document names
    path, found = walk(d.districts, toks, i)
    for n, e in reversed(found):
        last = path[n - 1]
        if (e.province is not None and skeleton[e.province] in provinces
                and caps_ok(toks, path[:n], e) and right_ok(toks, last)
                and not in_organ(toks, i, d) and not _other_province(toks, last, e, d)):
            return Hit(i, last, surface(toks, i, last), e.kind, e.level, "district", i,
                       province=e.province, canonical=e.canonical)
    # "tại Hồng Thái (Huế)": a name before its province in brackets
    j = toks.nx[i]
    run = 1
    while toks.adjacent_cap(j) and (run < 4 or toks.gap[j] == JOIN):
        run += toks.gap[j] != JOIN  # a transliteration's joined syllables are one word
        j = toks.nx[j]
    if j == NONE or toks.adjacent_cap(j) or not cue_before(toks, i, d.locative_cues):
        pass
    elif toks.gap_text(j).strip() == ",":
        if _abroad(toks, i, j, d, comma=True):
            # "tại Ku-a-la Lăm-pơ, Ma-lai-xi-a": a city abroad before its country
            last = toks.pv[j]
            return Hit(i, last, surface(toks, i, last), "city", "district", "paren", i)
    elif toks.gap_text(j).strip() == "(":
        path, found = walk(d.after_prefix, toks, j)
        for n, e in found:
            e_end = toks.end[path[n - 1]]
            close = toks.text[e_end:e_end + 2].lstrip()
            if e.level == "province" and close.startswith(")") and not in_organ(toks, i, d):
                last = toks.pv[j]
                return Hit(i, last, surface(toks, i, last), "commune", "commune", "paren", i,
                           province=e.canonical)
        if _abroad(toks, i, j, d):
            # "từ Vũ Hán (Trung Quốc)": a city abroad, named before its country
            last = toks.pv[j]
            return Hit(i, last, surface(toks, i, last), "city", "district", "paren", i)
    # "các địa phương: Đông Triều, Vân Đồn, Hạ Long": gazetteer names after a list cue
    if in_list:
        path, found = walk(d.after_prefix, toks, i)
        for n, e in reversed(found):
            last = path[n - 1]
            if caps_ok(toks, path[:n], e) and right_ok(toks, last):
                return Hit(i, last, surface(toks, i, last), e.kind, e.level, "list", i,
                           province=e.province, canonical=e.canonical)
    return None


#: Words of a mission's seat at most (``Osaka``, ``Luang Prabang``, ``San Francisco``).
_SEAT_WORDS = 3


def seat_at(toks: Tokens, i: int) -> Hit | None:
    """The seat of a mission at token ``i`` (``Tổng Lãnh sự quán Việt Nam tại Osaka``,
    found by :func:`~vbcd.extract.places_scan.seat_starts`): a run of up to three
    capitalised words that no further capital joins. The mission's name vouches for
    a city no table lists; a gazetteer name there was read before."""
    if not toks.cap[i]:
        return None
    last = i
    j = toks.nx[i]
    for _ in range(_SEAT_WORDS - 1):
        if not toks.adjacent_cap(j):
            break
        last = j
        j = toks.nx[j]
    if toks.adjacent_cap(j):
        return None  # a longer capitalised run: a name of something else
    return Hit(i, last, surface(toks, i, last), "city", "district", "seat", i)


def _abroad(toks: Tokens, i: int, j: int, d: Data, comma: bool = False) -> bool:
    """Is the capitalised run from token ``i`` to the one before ``j`` a place abroad,
    named before its country in brackets (``tại Seoul (Hàn Quốc)``) or after a comma
    (``ký tại Ku-a-la Lăm-pơ, Ma-lai-xi-a``)? Only a whole country name, closed by the
    bracket or (after a comma) by the end of the capitalised run, supports it; not one
    that is also a word or a given name (``Anh``, ``Đức``), which needs evidence of its
    own, nor the run that names a province (``tại Hà Nội, Việt Nam``, read before)."""
    path, found = walk(d.names, toks, j)
    for n, e in found:
        if e.level != "country" or e.ambiguous:
            continue
        last = path[n - 1]
        if comma:
            if not toks.adjacent_cap(toks.nx[last]):
                return not in_organ(toks, i, d) and not walk(d.names, toks, i)[1]
            continue
        e_end = toks.end[last]
        if toks.text[e_end:e_end + 2].lstrip().startswith(")"):
            return not in_organ(toks, i, d)
    return False


def _other_province(toks: Tokens, last: int, e: Entry, d: Data) -> bool:
    """``cảng Sơn Dương, tỉnh Hà Tĩnh``: the text places the name in another province
    than the gazetteer's district of that name."""
    j = toks.nx[last]
    if j == NONE or e.province is None:
        return False
    m = _PROVINCE_AFTER.match(after(toks, last))
    if m is None:
        return False
    bound = toks.end[last] + m.end()
    k = j
    while k != NONE and k < bound:
        k = toks.nx[k]
    if k == NONE:
        return False
    for _, f in walk(d.names, toks, k)[1]:
        if f.level == "province":
            return skeleton[f.canonical] != skeleton[e.province]
    return False


def flag_list(toks: Tokens, d: Data, k: int, flags: set[int]) -> None:
    """Flag the items of a list whose gap before token ``k`` holds a colon (up to
    30 tokens on, while only commas, dashes and spaces separate them)."""
    left = 0
    while k != NONE:
        g = toks.gap_text(k) if toks.gap[k] != SPACE else " "
        if ":" in g:
            left = 30 if cue_ends(toks, toks.pv[k], d.list_cues) else 0
        elif g.strip() not in ("", ",", "-") or "\n\n" in g:
            left = 0
        if not left:
            return
        flags.add(k)
        left -= 1
        k = toks.nx[k]
