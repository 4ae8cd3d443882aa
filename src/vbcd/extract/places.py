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

The text is tokenised once into syllables with the gap before each; every rule
is a bounded look around a token, so the whole pass is linear in the length of
the text. Matching uses the tone-folded text (``Hoà`` = ``Hòa``) and
case-folding; names keep the document's spelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Literal, cast

import regex

from vbcd.grammar import load
from vbcd.models import Mention, Place, PlaceKind
from vbcd.normalize import fold_tones

Level = Literal["country", "region", "province", "district", "commune"]
_RANK: dict[str, int] = {"commune": 0, "district": 1, "province": 2, "region": 3, "country": 4}

# a syllable; an apostrophe inside keeps one word ("Cư M'gar", "D'Ran")
_SYLLABLE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")
_SPACES = regex.compile(r"[ ]+")
_WS = regex.compile(r"\s+")
_NL = regex.compile(r"[ ]*\n[ ]*")
_DASH = regex.compile(r"[ ]*[-‐–—][ ]*")
_DOT = regex.compile(r"\.[ ]?")
_LOWER = regex.compile(r"\p{Ll}")
_LETTER = regex.compile(r"\p{L}")
_LIST_SEP = regex.compile(r"\s*(?:,|và|hoặc|-|–)\s*")
_ITEM_END = regex.compile(r"[ \t]*(?:[,;.:()\n]|và\b|hoặc\b|\Z)")

# gap kinds between two syllables
_JOIN = 0  # "-" without spaces: one transliterated word (Cam-pu-chia)
_SPACE = 1
_NEWLINE = 2  # one line break: hard-wrapped text
_DASHED = 3  # " - " between names (Bà Rịa - Vũng Tàu)
_DOTTED = 4  # "." inside an abbreviation (TP.HCM)
_HARD = 5  # punctuation or a blank line: a phrase boundary
_SOFT = (_JOIN, _SPACE, _NEWLINE)  # gaps inside one capitalised run


@lru_cache(maxsize=4096)
def _strip_marks(s: str) -> str:
    """Lower-case ASCII skeleton: merges typos like ``Đà Nang`` with ``Đà Nẵng``."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=4096)
def _key(name: str) -> tuple[str, ...]:
    """Match key of a name: its folded syllables (hyphens and dots ignored)."""
    return tuple(m.group(0).casefold() for m in _SYLLABLE.finditer(fold_tones(name)))


# --- data -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One spelling of a known place in the tries."""

    canonical: str
    kind: PlaceKind
    level: Level
    province: str | None = None
    abbrev: bool = False
    ambiguous: bool = False
    caps: tuple[bool, ...] = ()  # which syllables the spelling capitalises


class _Trie:
    """Syllable trie: key tuples to entries, walked token by token."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.depth = 0

    def add(self, key: Sequence[str], entry: _Entry) -> None:
        if not key:
            return
        node = self.root
        for syl in key:
            node = node.setdefault(syl, {})
        node.setdefault("", []).append(entry)
        self.depth = max(self.depth, len(key))


def _caps(name: str) -> tuple[bool, ...]:
    out: list[bool] = []
    prev_end = 0
    for m in _SYLLABLE.finditer(name):
        joined = out and name[prev_end:m.start()] == "-"
        out.append(bool(joined and out[-1]) or m.group(0)[0].isupper() or m.group(0)[0].isdigit())
        prev_end = m.end()
    return tuple(out)


def _words(table: dict[str, Any], name: str, key: str = "words") -> list[str]:
    return [str(w) for w in table.get(name, {}).get(key, [])]


@dataclass
class _Prefix:
    key: tuple[str, ...]
    kind: PlaceKind
    level: Level
    numeric: bool
    abbrev: bool
    label: str


@dataclass
class _Data:
    """Everything the finder reads from places.toml and gazetteer.toml."""

    names: _Trie = field(default_factory=_Trie)  # provinces + countries (+ regions)
    districts: _Trie = field(default_factory=_Trie)
    after_prefix: _Trie = field(default_factory=_Trie)  # provinces + districts + abbrevs
    regions: _Trie = field(default_factory=_Trie)
    prefixes: dict[str, list[_Prefix]] = field(default_factory=dict)  # by first syllable
    abbrev_prefixes: dict[str, list[_Prefix]] = field(default_factory=dict)  # case-sensitive
    prefix_blockers: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    name_start_stop: set[str] = field(default_factory=set)
    name_stop: set[str] = field(default_factory=set)
    lead_words: set[str] = field(default_factory=set)
    bare_blockers: set[str] = field(default_factory=set)
    organ_heads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # by last word
    phrase_breaks: set[str] = field(default_factory=set)
    country_cues: list[tuple[str, ...]] = field(default_factory=list)
    locative_cues: list[tuple[str, ...]] = field(default_factory=list)
    list_cues: list[tuple[str, ...]] = field(default_factory=list)
    plural_markers: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    country_followers: set[str] = field(default_factory=set)
    slash_blockers: Any = None  # compiled pattern: "đ/c " right before a name
    issue_chars: int = 2500
    issue_date: Any = None  # compiled pattern: ", ngày" after the issue place


def _is_abbrev(spelling: str) -> bool:
    """``HCM``, ``TP.HCM``, ``BR-VT``, ``TT Huế``: a word of two or more capitals."""
    return any(len(w) > 1 and w.isupper() for w in _SYLLABLE.findall(spelling))


def _folded_keys(words: Iterable[str]) -> list[tuple[str, ...]]:
    return [k for k in (_key(w) for w in words) if k]


@cache
def _data() -> _Data:
    """Build the tries once from the two TOML tables."""
    t = load("places")
    g = load("gazetteer")
    d = _Data()

    # provinces, their variants and the 2025 map
    province_kind: dict[str, PlaceKind] = {}
    for p in g["province"]:
        province_kind[str(p["name"])] = cast(PlaceKind, p["kind"])
    for name in t["map_2025"]["cities"]:
        province_kind[str(name)] = "city"
    for name in t["map_2025"]["provinces"]:
        province_kind.setdefault(str(name), "province")
    variants: dict[str, list[str]] = {k: list(v) for k, v in t["province_variants"].items()}
    for name, kind in province_kind.items():
        for spelling in (name, *variants.get(name, [])):
            entry = _Entry(name, kind, "province", abbrev=_is_abbrev(spelling),
                           caps=_caps(spelling))
            d.names.add(_key(spelling), entry)
            d.after_prefix.add(_key(spelling), entry)
    for name, abbrevs in t["abbrev_after_prefix"].items():
        kind = province_kind.get(str(name), "city")
        for a in abbrevs:
            d.after_prefix.add(_key(a), _Entry(str(name), kind, "province", abbrev=True))

    for row in g["district"]:
        name = str(row["name"])
        if not name[:1].isalpha():
            continue  # "Quận 1": only after its prefix word
        entry = _Entry(
            name, cast(PlaceKind, row["kind"]), "district", province=str(row["province"]),
            caps=_caps(name),
        )
        d.districts.add(_key(name), entry)
        d.after_prefix.add(_key(name), entry)

    for country in t["country"]:
        names = [str(n) for n in country["names"]]
        ambiguous = {str(n) for n in country.get("ambiguous_names", [])}
        for n in names:
            d.names.add(
                _key(n),
                _Entry(names[0], "country", "country", ambiguous=n in ambiguous, caps=_caps(n),
                       abbrev=_is_abbrev(n)),
            )
    for n in t["regions"]["names"]:
        d.regions.add(_key(str(n)), _Entry(str(n), "region", "region", caps=_caps(str(n))))

    for p in t["prefix"]:
        kind = cast(PlaceKind, p["kind"])
        level = cast(Level, p["level"])
        for w in p["words"]:
            k = _key(w)
            d.prefixes.setdefault(k[0], []).append(
                _Prefix(k, kind, level, bool(p.get("numeric")), False, w))
        for a in p.get("abbrev", []):
            k = tuple(m.group(0) for m in _SYLLABLE.finditer(str(a)))
            d.abbrev_prefixes.setdefault(k[0], []).append(
                _Prefix(k, kind, level, bool(p.get("numeric")), True, str(a)))
    for plist in (*d.prefixes.values(), *d.abbrev_prefixes.values()):
        plist.sort(key=lambda p: -len(p.key))
    d.prefix_blockers = {_key(k): {w.casefold() for w in v}
                         for k, v in t["prefix_blockers"].items()}
    d.name_start_stop = {k[0] for k in _folded_keys(_words(t, "name_start_stop"))}
    d.name_stop = {k[0] for k in _folded_keys(_words(t, "name_stop"))}
    d.lead_words = {k[0] for k in _folded_keys(_words(t, "lead_words"))}
    blockers = _words(t, "bare_blockers")
    d.bare_blockers = {k[0] for k in _folded_keys(b for b in blockers if " " not in b)}
    slashed = [regex.escape(b) for b in blockers if "/" in b]
    d.slash_blockers = regex.compile(
        r"(?i)(?<![\p{L}])(?:" + "|".join(slashed or ["(?!)"]) + r")[\s:.]*\Z")
    d.country_followers = {k[0] for k in _folded_keys(_words(t, "country_followers"))}
    for w in _words(t, "organ_heads"):
        head = tuple(m.group(0) for m in _SYLLABLE.finditer(fold_tones(w)))
        d.organ_heads.setdefault(head[-1].casefold(), []).append(head)
    d.phrase_breaks = {k[0] for k in _folded_keys(_words(t, "organ_heads", "phrase_breaks"))}
    d.country_cues = _folded_keys(_words(t, "country_cues"))
    d.locative_cues = _folded_keys(_words(t, "locative_cues"))
    d.list_cues = _folded_keys(_words(t, "list_cues"))
    d.plural_markers = {k[0] for k in _folded_keys(_words(t, "plural_markers"))}
    d.surnames = {k[0] for k in _folded_keys(_words(t, "surnames"))}
    d.issue_chars = int(t["issue_place"]["header_chars"])
    d.issue_date = regex.compile(
        r"[ \t]*,[ \t]*(?:\n[ \t]*)?" + regex.escape(str(t["issue_place"]["word"])),
        regex.IGNORECASE)
    return d


# --- tokens -------------------------------------------------------------------------


@dataclass
class _Tokens:
    """Syllables of the text with their gaps; index i, gap[i] is before token i."""

    text: str
    start: list[int]
    end: list[int]
    low: list[str]  # tone-folded, case-folded
    raw: list[str]  # tone-folded, case kept
    cap: list[bool]  # starts a capitalised word (or continues one with "-")
    gap: list[int]
    skip: list[bool]  # on a header line in capitals

    def __len__(self) -> int:
        return len(self.start)

    def adjacent_cap(self, i: int) -> bool:
        """Token ``i`` is capitalised and joined to token ``i - 1`` by a soft gap."""
        return 0 <= i < len(self.start) and self.cap[i] and self.gap[i] in _SOFT and i > 0

    def ends_with(self, i: int, key: tuple[str, ...]) -> bool:
        """Tokens ending at ``i`` (inclusive) spell ``key`` with soft gaps between."""
        n = len(key)
        if i - n + 1 < 0:
            return False
        for k in range(n):
            j = i - n + 1 + k
            if self.low[j] != key[k] or (k and self.gap[j] not in _SOFT):
                return False
        return True


def _after(toks: _Tokens, k: int, width: int = 40) -> str:
    """A short window of text after token ``k``: patterns match on it, not on the
    whole text, since ``regex`` scans a string's length for each positioned match."""
    return toks.text[toks.end[k]:toks.end[k] + width]


def _gap_kind(g: str) -> int:
    if g == " ":
        return _SPACE
    if g == "-" or g == "‐":
        return _JOIN
    if _SPACES.fullmatch(g):
        return _SPACE
    if _NL.fullmatch(g):
        return _NEWLINE
    if _DASH.fullmatch(g):
        return _DASHED
    if _DOT.fullmatch(g):
        return _DOTTED
    return _HARD


def _tokenize(text: str) -> _Tokens:
    folded = fold_tones(text)
    starts: list[int] = []
    ends: list[int] = []
    raw: list[str] = []
    gaps: list[int] = []
    prev = -1
    for m in _SYLLABLE.finditer(folded):
        a, b = m.span()
        starts.append(a)
        ends.append(b)
        raw.append(folded[a:b])
        gaps.append(_gap_kind(folded[prev:a]) if prev >= 0 else _HARD)
        prev = b
    cap: list[bool] = []
    for i, r in enumerate(raw):
        # Title case or all capitals; a mixed syllable ("ỦYVề", "CổngTTĐT") is debris
        # of glued words, not a name.
        c = r[0].isupper() and (r[1:].islower() or r.isupper() or not r[1:].isalpha())
        if i and gaps[i] == _JOIN and cap[i - 1]:
            c = True
        cap.append(c)
    # lines written in capitals: header blocks, the national motto, title blocks
    skip = [False] * len(starts)
    i = 0
    for line in regex.finditer(r"[^\n]+", text):
        has_lower = _LOWER.search(line.group(0)) is not None
        letters = len(_LETTER.findall(line.group(0))) if not has_lower else 0
        if has_lower or letters < 3:
            while i < len(starts) and starts[i] < line.end():
                i += 1
            continue
        while i < len(starts) and starts[i] < line.end():
            if starts[i] >= line.start():
                skip[i] = True
            i += 1
    # a stretch of four or more syllables in capitals inside a mixed line is a
    # header or title run into the text ("... ỦY BAN NHÂN DÂN TỈNH TÂY NINH")
    a = 0
    while a < len(raw):
        if not _all_caps(raw[a]):
            a += 1
            continue
        b = a + 1
        while b < len(raw) and _all_caps(raw[b]) and gaps[b] in (*_SOFT, _DASHED, _DOTTED):
            b += 1
        if b - a >= 4:
            for k in range(a, b):
                skip[k] = True
        a = b
    return _Tokens(text, starts, ends, [r.casefold() for r in raw], raw, cap, gaps, skip)


def _all_caps(syllable: str) -> bool:
    return syllable.isupper() and (len(syllable) > 1 or syllable.isalpha())


# --- matching -----------------------------------------------------------------------


@dataclass
class _Hit:
    """One mention found: tokens [i, j), its entry or name, and the evidence."""

    i: int
    j: int
    name: str
    kind: PlaceKind
    level: Level
    evidence: str  # prefix | gazetteer | district | propagated | paren | list
    lead: int  # first token of the evidence (the prefix word when there is one)
    province: str | None = None
    canonical: str | None = None
    abbrev: bool = False
    alternatives: tuple[str, ...] = ()  # provinces of same-named districts


def _walk(trie: _Trie, toks: _Tokens, i: int, *, dotted: bool = False) -> list[tuple[int, _Entry]]:
    """All trie entries spelled from token ``i``: ``(end token, entry)``, longest last."""
    out: list[tuple[int, _Entry]] = []
    node = trie.root
    j = i
    n = len(toks)
    while j < n and j - i < trie.depth:
        if j > i:
            g = toks.gap[j]
            if g == _HARD or (g == _DOTTED and not dotted):
                break
        nxt = node.get(toks.low[j])
        if nxt is None:
            break
        node = nxt
        j += 1
        for e in node.get("", []):
            out.append((j, e))
    return out


def _caps_ok(toks: _Tokens, i: int, j: int, e: _Entry) -> bool:
    """The text capitalises at least the syllables the spelling capitalises."""
    if not toks.cap[i]:
        return False
    if not e.caps or len(e.caps) != j - i:
        return all(toks.cap[k] for k in range(i, j))
    return all(toks.cap[i + k] or not c for k, c in enumerate(e.caps))


def _left_ok(toks: _Tokens, i: int, d: _Data) -> bool:
    """Nothing capitalised joins the name from the left (but a sentence-initial ``Tại``),
    and no blocker word (``đường``, ``sông``, ``ông``, ``đ/c``) stands right before it."""
    if i == 0:
        return True
    if d.slash_blockers.search(toks.text[max(0, toks.start[i] - 8):toks.start[i]]):
        return False
    if toks.gap[i] not in _SOFT:
        return True
    prev = toks.raw[i - 1]
    if not prev[0].isupper():  # "PCTr Mai Sơn": any capital joins, not only title case
        return toks.low[i - 1] not in d.bare_blockers
    return toks.low[i - 1] in d.lead_words and not toks.adjacent_cap(i - 1)


def _right_ok(toks: _Tokens, j: int) -> bool:
    return not toks.adjacent_cap(j)


def _in_organ(toks: _Tokens, i: int, d: _Data) -> bool:
    """A bare name at token ``i`` lies inside an organ name (``Đài ... Việt Nam``).

    Walk back through the phrase (soft gaps and `` - ``) for at most ten tokens,
    stopping at punctuation, a list-item line or a phrase-break word. A head's
    first word must be capitalised as listed; the rest may be in any case
    (``Đài truyền hình Việt Nam``).
    """
    k = i
    steps = 0
    while k > 0 and steps < 10:
        g = toks.gap[k]
        if g not in (_JOIN, _SPACE, _NEWLINE, _DASHED):
            return False  # punctuation, a blank line or a "- " list item ends the phrase
        k -= 1
        steps += 1
        if toks.low[k] in d.phrase_breaks and not toks.cap[k]:
            return False
        for head in d.organ_heads.get(toks.low[k], ()):
            n = len(head)
            if k - n + 1 < 0:
                continue
            s = k - n + 1
            if (toks.raw[s] == head[0]
                    and all(toks.low[s + x] == head[x].casefold() for x in range(1, n))
                    and all(toks.gap[s + x] in _SOFT for x in range(1, n))):
                if n == 1 and not (s + 1 < len(toks) and toks.cap[s + 1]):
                    continue  # "Báo cáo", "Hội nghị": not an organ
                return True
    return False


def _follower_ok(toks: _Tokens, j: int, d: _Data) -> bool:
    """What follows an ambiguous country name: punctuation or a function word."""
    if j >= len(toks) or toks.gap[j] not in _SOFT or toks.cap[j]:
        return True
    return toks.low[j] in d.country_followers


def _cue_before(toks: _Tokens, i: int, cues: list[tuple[str, ...]]) -> bool:
    if i == 0 or toks.gap[i] not in _SOFT:
        return False
    return any(toks.ends_with(i - 1, c) for c in cues)


def _prefix_at(toks: _Tokens, i: int, d: _Data) -> _Prefix | None:
    """The prefix word starting at token ``i`` and followed by a possible name."""
    low = d.prefixes.get(toks.low[i])
    abbrev = d.abbrev_prefixes.get(toks.raw[i])
    if low is None and abbrev is None:
        return None
    cands: list[_Prefix] = [*(low or []), *(abbrev or [])]
    for p in cands:
        n = len(p.key)
        if i + n >= len(toks):
            continue
        words = toks.raw if p.abbrev else toks.low
        if any(words[i + k] != p.key[k] for k in range(n)):
            continue
        if any(toks.gap[i + k] not in (_SPACE, _NEWLINE) for k in range(1, n)):
            continue
        nxt = i + n
        allowed = (_SPACE, _NEWLINE, _DOTTED) if p.abbrev else (_SPACE, _NEWLINE)
        if toks.gap[nxt] not in allowed:
            continue
        blockers = d.prefix_blockers.get(p.key)
        if blockers and i > 0 and toks.gap[i] in _SOFT and toks.low[i - 1] in blockers:
            continue
        return p
    return None


def _name_after(
    toks: _Tokens, p: _Prefix, s: int, d: _Data
) -> tuple[int, str, list[_Entry]] | None:
    """The name after a prefix word, starting at token ``s``: ``(end, name, entries)``.

    A gazetteer name is taken whole (``tỉnh Bắc Giang Công bố ...`` gives
    ``Bắc Giang``); other names are the capitalised run, at most four
    syllables, which does not cross into a line that opens with another prefix
    word (a table of ``Xã A`` / ``Xã B`` lines).
    """
    n = len(toks)
    if s >= n or toks.skip[s]:
        return None
    first = toks.raw[s]
    if first[0].isdigit():
        if not p.numeric or not first.isdigit() or toks.gap[s] != _SPACE:
            return None
        if toks.text[toks.end[s]:toks.end[s] + 1] in (".", ")", "/"):
            return None  # "xã, phường 1. Sở Nội vụ": a clause marker, not a ward
        label = p.label[0].upper() + p.label[1:]
        return s + 1, f"{label} {toks.text[toks.start[s]:toks.end[s]]}", []
    if not toks.cap[s] or toks.low[s] in d.name_start_stop:
        return None
    jmax = 0
    entries: list[_Entry] = []
    for j, e in _walk(d.after_prefix, toks, s, dotted=True):
        if not (all(toks.cap[k] for k in range(s, j)) or e.abbrev):
            continue
        if j > jmax:
            jmax, entries = j, []
        entries.append(e)
    if jmax:
        entries = _prefer(entries, p)
        if (p.level != "commune" or not toks.adjacent_cap(jmax)
                or toks.gap[jmax] == _NEWLINE or toks.low[jmax] in d.name_stop):
            return jmax, _surface(toks, s, jmax), entries
    # a name the gazetteer does not hold: the capitalised run
    if not _titlecase(first):
        return None  # "TP VP UBND": an acronym is no name
    j = s + 1
    while j < n and toks.adjacent_cap(j) and toks.low[j] not in d.name_stop and not toks.skip[j]:
        if toks.gap[j] == _NEWLINE and _prefix_at(toks, j, d) is not None:
            break
        j += 1
    if j - s > 4:
        return (jmax, _surface(toks, s, jmax), entries) if jmax else None
    if (j - s == 1 and toks.gap[s] == _NEWLINE and j < n and toks.gap[j] in _SOFT
            and not toks.cap[j]):
        return None  # "các tỉnh, thành phố\nKhẩn trương ...": a sentence starts
    if j - s >= 3 and toks.low[s] in d.surnames:
        return None  # "Chủ tịch UBND tỉnh Trần Duy Đông": a person
    return j, _surface(toks, s, j), []


def _titlecase(syllable: str) -> bool:
    """Capitalised but not an acronym (``VP``, ``UBND``)."""
    return syllable[0].isupper() and not (len(syllable) > 1 and syllable.isupper())


def _prefer(entries: list[_Entry], p: _Prefix) -> list[_Entry]:
    """Entries fitting the prefix's level first; communes keep no entry at all.

    ``tỉnh Quảng Ninh`` is the province, not the district of that name in
    Quảng Bình; ``huyện X`` is a district; ``xã Thái Bình`` is only delimited by
    the gazetteer, it is not the province.
    """
    if p.level == "commune":
        return []
    order = ("province", "district") if p.level == "province" else ("district",)
    return [e for lvl in order for e in entries if e.level == lvl]


def _surface(toks: _Tokens, i: int, j: int) -> str:
    """The name as written, line breaks and runs of spaces made single spaces."""
    return str(_WS.sub(" ", toks.text[toks.start[i]:toks.end[j - 1]]))


# --- the finder ----------------------------------------------------------------------


def find_places(text: str, *, regions: bool = False) -> list[Place]:
    """Places and countries named in ``text``, one :class:`Place` per distinct place.

    ``name`` is the place as written without its prefix word; ``mentions`` list
    every occurrence (``text[m.start:m.end] == m.text``), ``start``/``end`` are
    the first mention's. Regions (``Tây Nguyên``) are left out unless
    ``regions`` is true: the gold does not count them.
    """
    try:
        return _find(text, regions)
    except (regex.error, TimeoutError):  # pragma: no cover - never crash on damaged input
        return []


def _find(text: str, regions: bool) -> list[Place]:
    d = _data()
    toks = _tokenize(text)
    n = len(toks)
    hits: list[_Hit] = []
    taken = [False] * n

    def take(h: _Hit) -> None:
        hits.append(h)
        for k in range(h.lead, h.j):
            taken[k] = True

    # pass 1a: prefix words (and the lists that plural prefixes open)
    i = 0
    while i < n:
        if toks.skip[i] or taken[i]:
            i += 1
            continue
        p = _prefix_at(toks, i, d)
        if p is None:
            i += 1
            continue
        s = i + len(p.key)
        got = _name_after(toks, p, s, d)
        if got is None:
            i = s
            continue
        j, name, entries = got
        take(_prefix_hit(toks, i, s, j, name, p, entries))
        plural = i > 0 and toks.gap[i] in _SOFT and (
            toks.low[i - 1] in d.plural_markers or toks.raw[i - 1].isdigit())
        if plural:
            j = _list_items(toks, j, d, p, take)
        i = j

    # pass 1b: bare provinces and countries (and regions on request)
    tries = [d.names, d.regions] if regions else [d.names]
    pending: list[tuple[_Hit, bool]] = []  # (hit, needs a country cue)
    for i in range(n):
        if taken[i] or toks.skip[i] or not toks.cap[i]:
            continue
        for trie in tries:
            got2 = _bare_match(toks, i, trie, d)
            if got2 is None:
                continue
            j, e = got2
            if any(taken[k] for k in range(i, j)):
                continue
            h = _Hit(i, j, _surface(toks, i, j), e.kind, e.level, "gazetteer", i,
                     canonical=e.canonical, abbrev=e.abbrev)
            if e.ambiguous and not _follower_ok(toks, j, d):
                continue  # "Pháp lệnh", "Anh hùng": a word, not the country
            pending.append((h, e.ambiguous and not _cue_before(toks, i, d.country_cues)))
            for k in range(i, j):
                taken[k] = True
            break
    _resolve_ambiguous(toks, pending, hits)
    for k in range(n):
        taken[k] = False
    for h in hits:
        for k in range(h.lead, h.j):
            taken[k] = True

    # pass 2: weak bare names backed by the document
    provinces = {_strip_marks(h.canonical or h.name) for h in hits if h.level == "province"}
    known = _Trie()
    for h in hits:
        if (h.evidence == "prefix" and not any(c.isdigit() for c in h.name)
                and len(_key(h.name)) >= 2):
            known.add(_key(h.name), _Entry(h.canonical or h.name, h.kind, h.level,
                                           province=h.province))
    in_list = _cue_lists(toks, d)
    for i in range(n):
        if taken[i] or toks.skip[i] or not toks.cap[i]:
            continue
        h2 = _weak_at(toks, i, d, known, provinces, in_list[i])
        if h2 is not None and not any(taken[k] for k in range(h2.lead, h2.j)):
            take(h2)

    named = {_strip_marks(h.canonical or h.name) for h in hits if h.level == "province"}
    for h in hits:
        if len(h.alternatives) > 1:
            h.province = next((a for a in h.alternatives if _strip_marks(a) in named),
                              h.alternatives[0])
    hits = [h for h in hits if not _is_issue_place(toks, h, d)]
    hits.sort(key=lambda h: h.i)
    _chain_provinces(toks, hits)
    return _group(toks, hits)


def _prefix_hit(
    toks: _Tokens, lead: int, s: int, j: int, name: str, p: _Prefix, entries: list[_Entry]
) -> _Hit:
    kind = p.kind
    level = p.level
    if toks.raw[s][:1].isdigit():  # "Phường 3": the mention keeps its prefix word
        return _Hit(lead, j, name, kind, level, "prefix", lead)
    e = entries[0] if entries else None
    provinces: tuple[str, ...] = ()
    if e is not None:
        if e.level == "district":
            level = "district"  # "thành phố Hạ Long": a city below a province
            provinces = tuple(x.province for x in entries if x.level == "district" and x.province)
        elif p.kind == "city":
            kind = e.kind
    return _Hit(s, j, name, kind, level, "prefix", lead,
                province=provinces[0] if provinces else None,
                canonical=e.canonical if e is not None else None,
                abbrev=e.abbrev if e is not None else False, alternatives=provinces)


def _list_items(
    toks: _Tokens, j: int, d: _Data, p: _Prefix, take: Any
) -> int:
    """Names listed after a plural prefix: ``các huyện Tiên Yên, Ba Chẽ và Bình Liêu``."""
    n = len(toks)
    while j < n:
        g = toks.text[toks.end[j - 1]:toks.start[j]]
        if g.strip() == ",":
            s = j
        elif g.strip() == "" and toks.low[j] == "và" and j + 1 < n and toks.gap[j + 1] == _SPACE:
            s = j + 1
        else:
            break
        if s >= n or not toks.cap[s] or _prefix_at(toks, s, d) is not None:
            break
        got = _name_after(toks, p, s, d)
        if got is None:
            break
        e_j, name, entries = got
        if not entries and (e_j - s > 3 or not _ITEM_END.match(_after(toks, e_j - 1))):
            break  # "các tỉnh Quảng Ninh, Hải Dương, Bộ Y tế": the list has ended
        take(_prefix_hit(toks, s, s, e_j, name, p, entries))
        j = e_j
    return j


def _bare_match(toks: _Tokens, i: int, trie: _Trie, d: _Data) -> tuple[int, _Entry] | None:
    """The longest acceptable bare gazetteer name at token ``i``."""
    found = _walk(trie, toks, i, dotted=True)
    for j, e in reversed(found):
        if not _caps_ok(toks, i, j, e):
            continue
        if any(toks.skip[k] for k in range(i, j)):
            continue
        if not _left_ok(toks, i, d) or not _right_ok(toks, j):
            continue
        if _in_organ(toks, i, d):
            return None
        return j, e
    return None


def _resolve_ambiguous(
    toks: _Tokens, pending: list[tuple[_Hit, bool]], hits: list[_Hit]
) -> None:
    """Keep ambiguous country names (``Anh``, ``Đức``) only next to another country."""
    ok = [not needs for _, needs in pending]

    def joined(a: int, b: int) -> bool:
        if not (0 <= b < len(pending)) or not ok[b] or pending[b][0].level != "country":
            return False
        x, y = sorted((pending[a][0], pending[b][0]), key=lambda h: h.i)
        between = toks.text[toks.end[x.j - 1]:toks.start[y.i]]
        return len(between) < 12 and _LIST_SEP.fullmatch(between) is not None

    # one sweep each way carries the evidence along a list ("Anh, Pháp, Đức và Nhật Bản")
    for a in range(len(pending)):
        ok[a] = ok[a] or joined(a, a - 1)
    for a in range(len(pending) - 1, -1, -1):
        ok[a] = ok[a] or joined(a, a + 1)
    hits.extend(h for (h, _), good in zip(pending, ok, strict=True) if good)


def _weak_at(
    toks: _Tokens, i: int, d: _Data, known: _Trie, provinces: set[str], in_list: bool
) -> _Hit | None:
    """A bare name accepted only with support from the rest of the document."""
    if not _left_ok(toks, i, d):
        return None
    # a name already seen after a prefix word
    for j, e in reversed(_walk(known, toks, i)):
        if _caps_ok(toks, i, j, e) and _right_ok(toks, j) and not _in_organ(toks, i, d):
            return _Hit(i, j, _surface(toks, i, j), e.kind, e.level, "propagated", i,
                        province=e.province, canonical=e.canonical)
    # a district of a province the document names
    for j, e in reversed(_walk(d.districts, toks, i)):
        if (e.province is not None and _strip_marks(e.province) in provinces
                and _caps_ok(toks, i, j, e) and _right_ok(toks, j)
                and not _in_organ(toks, i, d) and not _other_province(toks, j, e, d)):
            return _Hit(i, j, _surface(toks, i, j), e.kind, e.level, "district", i,
                        province=e.province, canonical=e.canonical)
    # "tại Hồng Thái (Huế)": a name before its province in brackets
    j = i + 1
    while j < len(toks) and toks.adjacent_cap(j) and j - i < 4:
        j += 1
    if (j < len(toks) and not toks.adjacent_cap(j) and _cue_before(toks, i, d.locative_cues)
            and toks.text[toks.end[j - 1]:toks.start[j]].strip() == "("):
        for e_j, e in _walk(d.after_prefix, toks, j):
            close = toks.text[toks.end[e_j - 1]:toks.end[e_j - 1] + 2].lstrip()
            if e.level == "province" and close.startswith(")") and not _in_organ(toks, i, d):
                return _Hit(i, j, _surface(toks, i, j), "commune", "commune", "paren", i,
                            province=e.canonical)
    # "các địa phương: Đông Triều, Vân Đồn, Hạ Long": gazetteer names after a list cue
    if in_list:
        for e_j, e in reversed(_walk(d.after_prefix, toks, i)):
            if _caps_ok(toks, i, e_j, e) and _right_ok(toks, e_j):
                return _Hit(i, e_j, _surface(toks, i, e_j), e.kind, e.level, "list", i,
                            province=e.province, canonical=e.canonical)
    return None


_PROVINCE_AFTER = regex.compile(
    r"[ \t]*(?:,|\(|-|–)[ \t\n]*(?:(?i:tỉnh|thành phố|tp\.?)[ \t\n]+)?")


def _other_province(toks: _Tokens, j: int, e: _Entry, d: _Data) -> bool:
    """``cảng Sơn Dương, tỉnh Hà Tĩnh``: the text places the name in another province
    than the gazetteer's district of that name."""
    if j >= len(toks) or e.province is None:
        return False
    m = _PROVINCE_AFTER.match(_after(toks, j - 1))
    if m is None:
        return False
    k = j
    while k < len(toks) and toks.start[k] < toks.end[j - 1] + m.end():
        k += 1
    for _, f in _walk(d.names, toks, k):
        if f.level == "province":
            return _strip_marks(f.canonical) != _strip_marks(e.province)
    return False


def _cue_lists(toks: _Tokens, d: _Data) -> list[bool]:
    """Tokens that are items of a list opened by ``địa phương:`` (up to 30 tokens on,
    while only commas, dashes and spaces separate them)."""
    flags = [False] * len(toks)
    left = 0
    for k in range(1, len(toks)):
        g = toks.text[toks.end[k - 1]:toks.start[k]] if toks.gap[k] != _SPACE else " "
        if ":" in g:
            left = 30 if any(toks.ends_with(k - 1, c) for c in d.list_cues) else 0
        elif g.strip() not in ("", ",", "-") or "\n\n" in g:
            left = 0
        if left:
            flags[k] = True
            left -= 1
    return flags


def _is_issue_place(toks: _Tokens, h: _Hit, d: _Data) -> bool:
    """The mention is the issue place of the place-and-date line (``Hà Nội, ngày``)."""
    if not d.issue_date.match(_after(toks, h.j - 1)):
        return False
    start = toks.start[h.lead]
    if start < d.issue_chars:
        return True
    line_start = toks.text.rfind("\n", max(0, start - 80), start) + 1
    return line_start > 0 and not _LETTER.search(toks.text[line_start:start])


def _chain_provinces(toks: _Tokens, hits: list[_Hit]) -> None:
    """``thôn Pứt, xã Hùng Sơn, thành phố Đà Nẵng``: each unit lies in the province of
    the next one, when only a comma or a bracket separates them."""
    for a in range(len(hits) - 2, -1, -1):
        x, y = hits[a], hits[a + 1]
        if x.province is not None or _RANK[y.level] < _RANK[x.level]:
            continue
        if y.level == "country" or (y.level != "province" and y.province is None):
            continue
        between = toks.text[toks.end[x.j - 1]:toks.start[y.lead]]
        if between.strip() in (",", "("):
            x.province = (y.canonical or y.name) if y.level == "province" else y.province


def _group(toks: _Tokens, hits: list[_Hit]) -> list[Place]:
    """One Place per distinct place: mentions merged across spelling, tone and case."""
    groups: dict[str, list[_Hit]] = {}
    for h in hits:
        groups.setdefault(_strip_marks(h.canonical or h.name), []).append(h)
    places: list[Place] = []
    for members in groups.values():
        mentions = [
            Mention(start=toks.start[h.i], end=toks.end[h.j - 1],
                    text=toks.text[toks.start[h.i]:toks.end[h.j - 1]])
            for h in members
        ]
        prefixed = [h for h in members if h.evidence == "prefix"]
        kind = (prefixed or members)[0].kind
        province = next((h.province for h in members
                         if h.province and h.level not in ("province", "country")), None)
        places.append(Place(
            name=_pick_name(members),
            kind=kind,
            province=province,
            mentions=mentions,
            start=mentions[0].start,
            end=mentions[0].end,
        ))
    # a province named by a unit below it is spelt as the province's own Place
    spelled = {k: p.name for k, p in zip(groups, places, strict=True)}
    for place in places:
        if place.province is not None:
            place.province = spelled.get(_strip_marks(place.province), place.province)
    places.sort(key=lambda p: p.start)
    return places


def _pick_name(members: list[_Hit]) -> str:
    """The document's spelling: the gazetteer's own spelling if the text uses it,
    else the most frequent one; abbreviations and capitals give the gazetteer name."""
    written = [h.name for h in members if not h.abbrev and not h.name.isupper()]
    canonical = next((h.canonical for h in members if h.canonical), None)
    if not written:
        return canonical or members[0].name
    if canonical is not None:
        ck = _key(canonical)
        for w in written:
            if _key(w) == ck:
                return w
    counts: dict[str, int] = {}
    for w in written:
        counts[w] = counts.get(w, 0) + 1
    best: str = max(counts, key=lambda w: (counts[w], -written.index(w)))
    return best
