"""Administrative places and countries named in a document.

The gold standard counts "administrative places and countries named in the
body, without their prefix word" (``Đông Triều`` for ``thị xã Đông Triều``).
Three kinds of evidence, from strongest to weakest:

1. **A prefix word** (``tỉnh``, ``thành phố``/``TP.``, ``huyện``, ``quận``,
   ``thị xã``, ``xã``, ``phường``, ``thị trấn``, ``đặc khu``, ``thôn`` ...)
   followed by a capitalised name. Generic uses (``các tỉnh, thành phố``,
   ``xã, phường, thị trấn``, ``UBND tỉnh``) have no capitalised name after the
   prefix and give nothing; ``Tỉnh Ủy``/``Thông tấn xã`` are blocked by data.
2. **A gazetteer name** standing alone: the 63 provinces of the old map, the 34
   of the 2025 map and their variants, and UN member states. Only whole
   capitalised word sequences count (``Thái Bình`` is not found in ``Thái Bình
   Dương`` nor ``Bình Minh`` in ``Phạm Bình Minh``), and not inside the name of an
   organ (``Đài Truyền hình Việt Nam``), which the gold does not count.
3. **Weak bare names**, accepted only with support from the document: a district
   of the old map whose province the document names; any name already seen
   after a prefix word; a name before ``(<province>)`` after a locative word
   (``tại Hồng Thái (Huế)``); gazetteer names in a list after ``các địa
   phương:``. District names alone are too ambiguous (person names, common
   words) to trust without such support.

Header lines in capitals (``UBND TỈNH QUẢNG NINH``, the national motto) and the
issue place of the place-and-date line are not places of the body: the gold
leaves them out.

Place names are sparse, so the text is not cut into syllables: C-speed scans
(:mod:`vbcd.extract.places_scan`) find the few tokens where a rule can fire,
and the rules (:mod:`vbcd.extract.places_rules`) read the syllables around
them on demand (:mod:`vbcd.extract.places_tokens`); every rule is a bounded
look around a token, so the finder is linear in the length of the text.
Matching uses the tone-folded text (``Hoà`` = ``Hòa``) and case-folding;
names keep the document's spelling.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import regex

from vbcd.extract import places_scan as scan
from vbcd.extract.places_data import SYLLABLE, Entry, Trie, data, key
from vbcd.extract.places_data import Data as _Data
from vbcd.extract.places_rules import (
    Hit,
    after,
    bare_match,
    caps_ok,
    completion,
    cue_before,
    follower_ok,
    item_ends,
    list_items,
    name_after,
    owned_at,
    prefix_at,
    prefix_hit,
    qualified_list,
    right_ok,
    route_ends,
    row_cell,
    seat_at,
    singular_list,
    skeleton,
    surface,
    walk,
    weak_at,
)
from vbcd.extract.places_table import column_names
from vbcd.extract.places_tokens import (
    HARD,
    NONE,
    SOFT,
    SPACE,
    TOKEN_CHAR,
    Memo,
    Tokens,
    syllables,
)
from vbcd.models import Place
from vbcd.normalize import fold_tones

__all__ = ["find_places"]

_SYLLABLE = SYLLABLE  # what a syllable is (the tests compare the readers with it)
_syllables = syllables

_RANK: dict[str, int] = {"commune": 0, "district": 1, "province": 2, "region": 3, "country": 4}
_LETTER = regex.compile(r"\p{L}")
_COMMA_OR_BLANK = (",", " ", "\t")  # what may follow an issue place
#: How far before a colon a plural prefix word and its qualifier may start.
_QUALIFIED_CHARS = 90
_LIST_SEP = regex.compile(r"\s*(?:,|và|hoặc|-|–)\s*")
#: :func:`~vbcd.extract.places_data.key` of a name, kept (names repeat within and
#: across documents).
_KEY: dict[str, tuple[str, ...]] = Memo(key)


def find_places(
    text: str, *, regions: bool = False, match: str | None = None,
    cells: frozenset[int] = frozenset(),
) -> list[Place]:
    """Places and countries named in ``text``, one :class:`Place` per distinct place.

    ``name`` is the place as written without its prefix word; ``mentions`` list
    every occurrence (``text[m.start:m.end] == m.text``), ``start``/``end`` are
    the first mention's. Regions (``Tây Nguyên``) are left out unless
    ``regions`` is true: the gold does not count them. ``match`` is the
    tone-folded copy of ``text`` (``fold_tones(text)``) if the caller has it;
    ``cells`` the offsets of the line breaks that were a table's cell borders (no
    name runs across one).
    """
    try:
        return _find(text, regions, match, cells)
    except (regex.error, TimeoutError):  # pragma: no cover - never crash on damaged input
        return []


def _tokens(text: str, match: str | None) -> Tokens:
    folded = match if match is not None and len(match) == len(text) else fold_tones(text)
    low = folded.casefold()
    return Tokens(text, folded, low if len(low) == len(folded) else None)


def _find(text: str, regions: bool, match: str | None,
          cells: frozenset[int] = frozenset()) -> list[Place]:
    d = data()
    toks = _tokens(text, match)
    toks.cells = cells
    hits: list[Hit] = []
    taken: set[int] = set()

    def take(h: Hit) -> None:
        hits.append(h)
        taken.update(toks.tokens(h.lead, h.last))

    # pass 1a: prefix words (and the lists that plural prefixes open), in text order
    nxt = 0  # tokens before this offset have been read
    for i in scan.prefix_starts(toks, d):
        if i < nxt:
            continue
        nxt = i + 1
        if toks.skip[i] or i in taken:
            continue
        got = prefix_at(toks, i, d)
        plural = (toks.gap[i] in SOFT and _may_be_plural(toks, i, d) and (
            toks.low[toks.pv[i]] in d.plural_markers or toks.raw[toks.pv[i]].isdigit())
        ) or (toks.gap[i] == HARD and _plural_pair(toks, i, d))
        if got is not None and plural and toks.low[got[1]] in d.list_openers \
                and not toks.cap[got[1]]:
            got = None  # ``các huyện như Sơn Hà, Ba Tơ``: read as after a colon
        if got is None and plural:
            # "các xã: Tam Hải, Tam Quang": the list after a colon
            got = prefix_at(toks, i, d, colon=True)
            if got is not None and prefix_at(toks, got[1], d) is not None:
                got = None  # ``Các khu phố: Khu phố 1, Khu phố 5``: each item is read
                # after its own prefix word
            if got is not None:
                p, s = got
                named = name_after(toks, p, s, d)
                if named is not None and _sentence_after_colon(toks, named):
                    named = None  # ``UBND các huyện, thành phố: Tập trung thu hồi ...``
                if named is not None:
                    last, name, entries = named
                    take(prefix_hit(toks, s, s, last, name, p, entries))
                    nxt = list_items(toks, last, d, p, take) + 1
                continue
        if got is None:
            continue
        p, s = got
        # ``liên xã A - B``: two units a dash joins, read as a list
        joined = toks.gap[i] in SOFT and toks.pv[i] != NONE and toks.low[
            toks.pv[i]] in d.joined_markers
        named = name_after(toks, p, s, d, joined=joined)
        if named is None:
            nxt = s
            continue
        last, name, entries = named
        take(prefix_hit(toks, i, s, last, name, p, entries))
        if plural or joined:
            last = list_items(toks, last, d, p, take, owned_at(toks, s, d), joined)
        elif toks.text[toks.end[last]:toks.end[last] + 3].lstrip(" ")[:1] in (",", "v"):
            last = singular_list(toks, s, last, d, p, entries, take)
        nxt = last + 1

    _qualified_lists(toks, d, taken, take)
    _committees(toks, d, taken, take)

    # pass 1b: bare provinces and countries (and regions on request)
    tries = [d.names, d.regions] if regions else [d.names]
    starts = scan.name_starts(toks, d)
    pending: list[tuple[Hit, bool]] = []  # (hit, needs a country cue)
    spans: list[list[int]] = []  # the tokens of each pending hit
    taken_by_prefix = set(taken)
    for i in starts:
        if i in taken or not toks.cap[i]:
            continue
        # a line in capitals is a header's, but for a row of a table of provinces
        row = toks.skip[i] and toks.raw[i].isupper() and row_cell(toks, i)
        if toks.skip[i] and not row:
            continue
        for trie in tries:
            got2 = bare_match(toks, i, trie, d, row=row)
            if got2 is None:
                continue
            last, e = got2
            if row and not row_cell(toks, i, last):
                continue
            span = toks.tokens(i, last)
            if not taken.isdisjoint(span):
                continue
            h = Hit(i, last, surface(toks, i, last), e.kind, e.level, "gazetteer", i,
                    canonical=e.canonical, abbrev=e.abbrev)
            if e.ambiguous and not follower_ok(toks, last, d):
                continue  # "Pháp lệnh", "Anh hùng": a word, not the country
            pending.append((h, e.ambiguous and not cue_before(toks, i, d.country_cues)))
            spans.append(span)
            taken.update(span)
            break
    kept = _resolve_ambiguous(toks, pending, hits)
    taken = taken_by_prefix  # the tokens of the hits kept
    for span, good in zip(spans, kept, strict=True):
        if good:
            taken.update(span)

    _routes(toks, d, taken, take)

    # pass 2: weak bare names backed by the document
    _weak_names(toks, d, hits, taken, starts, take)
    column_names(toks, hits, taken, take)

    _mend_names(toks, d, hits)
    in_doc = {skeleton[h.canonical or h.name] for h in hits if h.level == "province"}
    for h in hits:
        if len(h.alternatives) > 1:
            h.province = next((a for a in h.alternatives if skeleton[a] in in_doc),
                              h.alternatives[0])
    hits = [h for h in hits if not _is_issue_place(toks, h, d)]
    hits.sort(key=lambda h: h.i)
    _chain_provinces(toks, hits)
    return _group(toks, hits)


def _qualified_lists(
    toks: Tokens, d: _Data, taken: set[int], take: Callable[[Hit], None]
) -> None:
    """``các xã biên giới: Hoành Mô, Đồng Văn``, ``các xã khu vực III: ...``: a plural
    prefix word whose qualifier puts the list after a colon. A list it must be (a comma
    or ``và`` after the first name), since a colon also opens a sentence (``các xã thực
    hiện như sau: Tổ chức ...``)."""
    low = toks.low_text
    if low is None:
        return
    # the prefix word must end within reach before the colon: where the prefix scans
    # found none, the colon opens no such list (they see every prefix word followed by a
    # space; one followed by a tab, which normalised text never holds, they may miss)
    words = None if toks.prefix_words is None or "\t" in low else sorted(toks.prefix_words)
    colon = low.find(":")
    while colon >= 0:
        reach = max(0, colon - _QUALIFIED_CHARS)
        if words is not None:
            k = bisect_left(words, reach)
            if k == len(words) or words[k] >= colon:
                colon = low.find(":", colon + 1)
                continue
        m = d.qualified_scan.search(low, reach, colon)
        colon = low.find(":", colon + 1)
        if m is None:
            continue
        i = m.start(1)
        if i in taken or toks.skip[i]:
            continue
        got = prefix_at(toks, i, d)
        if got is None:
            continue
        p, s = got
        s2 = qualified_list(toks, s, d)
        named = name_after(toks, p, s2, d) if s2 != NONE else None
        if named is None or s2 in taken or not item_ends(toks, named[0]):
            continue
        last, name, entries = named
        take(prefix_hit(toks, s2, s2, last, name, p, entries))
        list_items(toks, last, d, p, take)


def _committees(
    toks: Tokens, d: _Data, taken: set[int], take: Callable[[Hit], None]
) -> None:
    """``Tỉnh ủy Hà Tây``, ``Huyện ủy Hoành Bồ``, ``Thị ủy Cửa Lò``: a Party committee's
    word names its unit, a place of the committee's tier when the tables know the name
    there (``[committees]`` of places.toml)."""
    if d.committee_scan is None:
        return
    low = toks.low_text
    matches = (d.committee_scan.finditer(low) if low is not None
               else d.committee_scan_any.finditer(toks.folded))
    for m in matches:
        s = m.end()
        if not (toks.is_start(m.start()) and toks.is_start(s)) or s in taken or toks.skip[s]:
            continue
        lead = toks.pv[m.start()]  # the level word ("Huyện"), a whole token
        levels = d.committee_levels.get(toks.low[lead]) if lead != NONE else None
        if levels is None:
            continue
        path, found = walk(d.after_prefix, toks, s)
        for n, e in reversed(found):  # the longest name first
            last = path[n - 1]
            if e.level not in levels or not caps_ok(toks, path[:n], e) or not right_ok(
                    toks, last):
                continue
            entries = [x for lv in levels for x in found
                       if x[0] == n and x[1].level == lv]
            best = entries[0][1]
            provinces = tuple(x.province for _, x in entries
                              if x.level == "district" and x.province)
            take(Hit(s, last, surface(toks, s, last), best.kind, best.level, "prefix", s,
                     province=provinces[0] if provinces else None,
                     canonical=best.canonical, abbrev=best.abbrev, alternatives=provinces))
            break


def _routes(toks: Tokens, d: _Data, taken: set[int], take: Callable[[Hit], None]) -> None:
    """``cao tốc Bến Lức - Long Thành``: the ends of a road named by the places it joins
    (``[route_cues]`` of places.toml) that the tables know, a district of a province the
    document does not name too. Only a name of two ends or more joined by dashes."""
    low = toks.low_text
    if low is None:
        return
    for cue in d.route_cues:
        q = low.find(cue)
        while q >= 0:
            last_word = q + cue.rfind(" ") + 1  # the cue's last syllable
            if toks.is_start(q) and toks.is_start(last_word) and toks.is_end(q + len(cue)):
                s = toks.nx[last_word]
                if s != NONE and toks.gap[s] in SOFT:
                    for h in route_ends(toks, s, d):
                        if taken.isdisjoint(toks.tokens(h.lead, h.last)):
                            take(h)
            q = low.find(cue, q + len(cue))


def _mend_names(toks: Tokens, d: _Data, hits: list[Hit]) -> None:
    """Two damage forms of a name read after a prefix word, a lower-case word after it:
    a syllable typed in lower case (``Xã Phật tích``, the document spelling ``Xã Phật
    Tích`` elsewhere: that place), and a last syllable lost from a province's name
    (``thành phố Hồ Chí về việc``: the one province whose name it starts)."""
    whole = {_KEY[h.name]: h for h in hits if h.evidence == "prefix" and " " in h.name}
    for h in hits:
        if h.evidence != "prefix" or h.canonical is not None:
            continue
        j = toks.nx[h.last]
        if j == NONE or toks.gap[j] != SPACE or toks.cap[j]:
            continue
        if h.i == h.last:
            other = whole.get((toks.low[h.i], toks.low[j]))
            if other is not None:
                h.last, h.name, h.kind, h.level = j, other.name, other.kind, other.level
        elif h.level == "province":
            e = completion(d.after_prefix, _KEY[h.name])
            if e is not None and e.level == "province":
                h.name = h.canonical = e.canonical
                h.kind = e.kind


def _sentence_after_colon(toks: Tokens, named: tuple[int, str, list[Entry]]) -> bool:
    """Whether a name read after a plural prefix's colon is the first word of a
    sentence instead (``UBND các huyện, thành phố: Tập trung thu hồi ...``): one
    syllable no place the gazetteer knows, and a lower-case word goes on with it (the
    verb's second syllable; ``Các xã: Tân Lập tổ chức ...`` keeps its place)."""
    last, name, entries = named
    if entries or " " in name:
        return False
    j = toks.nx[last]
    return j != NONE and toks.gap[j] in SOFT and toks.raw[j].islower()


def _plural_pair(toks: Tokens, i: int, d: _Data) -> bool:
    """``các tỉnh, thành phố Hà Nội, Hồ Chí Minh`` (or ``các tỉnh/thành phố``): a prefix
    word after a comma or a slash that follows a plural prefix word is plural too."""
    q = toks.pv[i]
    if q == NONE or toks.gap_text(i).strip() not in (",", "/"):
        return False
    for k, _ in d.prefix_ends.get(toks.low[q], ()):
        at = q
        for syllable in reversed(k[:-1]):  # the prefix word's other syllables, back
            if toks.gap[at] not in SOFT:
                break
            at = toks.pv[at]
            if at == NONE or toks.low[at] != syllable:
                break
        else:
            before = toks.pv[at]
            if (before != NONE and toks.gap[at] in SOFT
                    and toks.low[before] in d.plural_markers):
                return True
    return False


def _may_be_plural(toks: Tokens, i: int, d: _Data) -> bool:
    """Can the token before ``i`` be a plural marker or a number? Told without
    reading it when one space follows it: its last character must end a marker
    or be a digit."""
    f = toks.folded
    low = toks.low_text
    if low is None or not (i >= 2 and f[i - 1] == " " and TOKEN_CHAR[f[i - 2]]):
        return True
    return low[i - 2] in d.plural_ends or f[i - 2].isdigit()


def _weak_names(
    toks: Tokens, d: _Data, hits: list[Hit], taken: set[int], starts: list[int], take: object
) -> None:
    """Pass 2: districts of the provinces named, names seen after a prefix word, names
    before a bracketed province, gazetteer names in a cued list."""
    provinces = {skeleton[h.canonical or h.name] for h in hits if h.level == "province"}
    # the rules read the last entry added under a key first, and every entry here is
    # checked alike (no capitals listed): only the last mention of a name counts
    last_seen: dict[str, Hit] = {}
    for h in hits:
        if h.evidence == "prefix":
            last_seen.pop(h.name, None)
            last_seen[h.name] = h
    known = Trie()
    for name, h in last_seen.items():
        if not any(map(str.isdigit, name)) and len(_KEY[name]) >= 2:
            known.add(_KEY[name], Entry(h.canonical or name, h.kind, h.level,
                                       province=h.province))
    in_list = scan.list_items(toks, d)
    # a bare district counts only in a province the document names
    firsts: set[str] = set().union(*(d.district_firsts.get(p, ()) for p in provinces))
    weak = set(scan.paren_starts(toks, d))
    weak.update(scan.comma_abroad_starts(
        toks, d, (h.i for h in hits if h.level == "country")))
    weak.update(in_list)
    seats = scan.seat_starts(toks, d)
    weak.update(seats)
    if firsts:
        weak.update(i for i in starts if toks.low[i] in firsts)
    if known.root:
        weak.update(scan.known_starts(toks, known.root))
    cities = _cities_after_provinces(toks, d, hits, taken)
    weak.update(cities)
    for i in sorted(weak):
        if i in taken or not toks.cap[i] or toks.skip[i]:  # most candidates are lower-case
            continue
        h2 = weak_at(toks, i, d, known, provinces, i in in_list)
        if h2 is None and i in cities:
            h2 = cities[i]
        if h2 is None and i in seats:
            h2 = seat_at(toks, i)
        if h2 is not None and taken.isdisjoint(toks.tokens(h2.lead, h2.last)):
            take(h2)  # type: ignore[operator]


def _cities_after_provinces(
    toks: Tokens, d: _Data, hits: list[Hit], taken: set[int]
) -> dict[int, Hit]:
    """A provincial city standing bare right after a comma that follows a province
    named (``các đô thị như Đà Nẵng, Cần Thơ, Biên Hòa``): the list names places of
    one rank, so the city is the place whichever province holds it. Only a city of the
    gazetteer (not a rural district, whose names are often people's or words), with no
    capitalised word joining it from the right."""
    out: dict[int, Hit] = {}
    todo = [h.last for h in hits if h.level == "province"]
    while todo:  # a city found goes on the list too (``Biên Hòa, Thủ Dầu Một``)
        i = toks.nx[todo.pop()]
        if i == NONE or i in taken or i in out or not toks.cap[i] \
                or toks.gap_text(i).strip() != ",":
            continue
        path, found = walk(d.districts, toks, i)
        for n, e in reversed(found):
            last = path[n - 1]
            if e.kind == "city" and caps_ok(toks, path[:n], e) and right_ok(toks, last):
                out[i] = Hit(i, last, surface(toks, i, last), e.kind, e.level, "list", i,
                             province=e.province, canonical=e.canonical)
                todo.append(last)
                break
    return out


def _resolve_ambiguous(
    toks: Tokens, pending: list[tuple[Hit, bool]], hits: list[Hit]
) -> list[bool]:
    """Keep ambiguous country names (``Anh``, ``Đức``) only next to another country;
    the pending hits kept are added to ``hits`` and flagged in the list returned."""
    ok = [not needs for _, needs in pending]

    def joined(a: int, b: int) -> bool:
        if not (0 <= b < len(pending)) or not ok[b] or pending[b][0].level != "country":
            return False
        x, y = sorted((pending[a][0], pending[b][0]), key=lambda h: h.i)
        between = toks.text[toks.end[x.last]:y.i]
        return len(between) < 12 and _LIST_SEP.fullmatch(between) is not None

    # one sweep each way carries the evidence along a list ("Anh, Pháp, Đức và Nhật Bản")
    for a in range(len(pending)):
        ok[a] = ok[a] or joined(a, a - 1)
    for a in range(len(pending) - 1, -1, -1):
        ok[a] = ok[a] or joined(a, a + 1)
    hits.extend(h for (h, _), good in zip(pending, ok, strict=True) if good)
    return ok


def _is_issue_place(toks: Tokens, h: Hit, d: _Data) -> bool:
    """The mention is the issue place of the place-and-date line (``Hà Nội, ngày``)."""
    end = toks.end[h.last]
    if toks.text[end:end + 1] not in _COMMA_OR_BLANK:
        return False  # the common case, told by one character
    rest = after(toks, h.last)
    if not d.issue_date.match(rest):
        return False
    start = h.lead
    if start < d.issue_chars:
        return True
    line_start = toks.text.rfind("\n", max(0, start - 80), start) + 1
    return line_start > 0 and not _LETTER.search(toks.text[line_start:start])


def _chain_provinces(toks: Tokens, hits: list[Hit]) -> None:
    """``thôn Pứt, xã Hùng Sơn, thành phố Đà Nẵng``: each unit lies in the province of
    the next one, when only a comma or a bracket separates them. A province the text
    names so wins over the gazetteer's (``thị xã Sơn Tây, tỉnh Hà Tây``: Hà Tây, not
    the Hà Nội of today's map), but not over a unit of the same level (``huyện Mê
    Linh, huyện Đan Phượng`` is a list)."""
    for a in range(len(hits) - 2, -1, -1):
        x, y = hits[a], hits[a + 1]
        if _RANK[y.level] < _RANK[x.level]:
            continue
        if x.province is not None and (y.level != "province" or x.level == "province"):
            continue
        if y.level == "country" or (y.level != "province" and y.province is None):
            continue
        between = toks.text[toks.end[x.last]:y.lead]
        if between.strip() in (",", "("):
            x.province = (y.canonical or y.name) if y.level == "province" else y.province


def _group(toks: Tokens, hits: list[Hit]) -> list[Place]:
    """One Place per distinct place: mentions merged across spelling, tone and case."""
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        groups.setdefault(skeleton[h.canonical or h.name], []).append(h)
    places: list[Place] = []
    text = toks.text
    ends = toks.end
    for members in groups.values():
        # the mentions go to the Place as dictionaries: validated with it in one call
        mentions: list[dict[str, object]] = []
        for h in members:
            end = ends[h.last]
            mentions.append({"start": h.i, "end": end, "text": text[h.i:end]})
        prefixed = [h for h in members if h.evidence == "prefix"]
        kind = (prefixed or members)[0].kind
        province = next((h.province for h in members
                         if h.province and h.level not in ("province", "country")), None)
        places.append(Place(
            name=_pick_name(members),
            kind=kind,
            province=province,
            mentions=mentions,  # type: ignore[arg-type]
            start=members[0].i,
            end=ends[members[0].last],
        ))
    # a province named by a unit below it is spelt as the province's own Place
    spelled = {k: p.name for k, p in zip(groups, places, strict=True)}
    for place in places:
        if place.province is not None:
            place.province = spelled.get(skeleton[place.province], place.province)
    places.sort(key=lambda p: p.start)
    return places


def _pick_name(members: list[Hit]) -> str:
    """The document's spelling: the gazetteer's own spelling if the text uses it,
    else the most frequent one; abbreviations and capitals give the gazetteer name."""
    written = [h.name for h in members if not h.abbrev and not h.name.isupper()]
    canonical = next((h.canonical for h in members if h.canonical), None)
    if not written:
        return canonical or members[0].name
    if canonical is not None:
        ck = _KEY[canonical]
        for w in written:
            if _KEY[w] == ck:
                return w
    counts: dict[str, int] = {}
    for w in written:
        counts[w] = counts.get(w, 0) + 1
    best: str = max(counts, key=lambda w: (counts[w], -written.index(w)))
    return best
