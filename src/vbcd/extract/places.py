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

The text is tokenised once into syllables, read off the word tokens that
:mod:`vbcd.extract.tokens` cuts once per document for the place and organ
finders; the kind of gap before a syllable is worked out when first asked
for. Each pass visits only the syllables where one of its rules can start
(one dictionary lookup per syllable, done in C, tells which), and every rule
is a bounded look around a syllable, so the whole finder is linear in the
length of the text. Matching uses the tone-folded text (``Hoà`` = ``Hòa``)
and case-folding; names keep the document's spelling.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import add, eq, gt, sub
from typing import Any, Literal, cast

import regex

from vbcd.extract import tokens
from vbcd.extract.tokens import words
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
    # first syllables of the districts of each province (key: ``_strip_marks``)
    district_firsts: dict[str, set[str]] = field(default_factory=dict)
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
    # cue phrases (folded syllables), by their last syllable
    country_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    locative_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    list_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    plural_markers: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    country_followers: set[str] = field(default_factory=set)
    slash_blockers: Any = None  # compiled pattern: "đ/c " right before a name
    starts: Any = None  # tone-folded syllable -> what may start there (``_starts``)
    issue_chars: int = 2500
    issue_date: Any = None  # compiled pattern: ", ngày" after the issue place


def _is_abbrev(spelling: str) -> bool:
    """``HCM``, ``TP.HCM``, ``BR-VT``, ``TT Huế``: a word of two or more capitals."""
    return any(len(w) > 1 and w.isupper() for w in _SYLLABLE.findall(spelling))


def _folded_keys(words: Iterable[str]) -> list[tuple[str, ...]]:
    return [k for k in (_key(w) for w in words) if k]


# what may start at a syllable (bits of ``_starts``)
_PREFIX_START = 1  # a prefix word
_NAME_START = 2  # a province or country name
_REGION_START = 4  # a region name
_DISTRICT_START = 8  # a district name
_AFTER_CUE = 16  # a locative cue ends here: a name may start after it


def _starts(raw: str, d: _Data) -> int:
    """What may start at a syllable spelt ``raw`` (tone-folded, case kept)."""
    low = raw.casefold()
    return (
        (_PREFIX_START if low in d.prefixes or raw in d.abbrev_prefixes else 0)
        | (_NAME_START if low in d.names.root else 0)
        | (_REGION_START if low in d.regions.root else 0)
        | (_DISTRICT_START if low in d.districts.root else 0)
        | (_AFTER_CUE if low in d.locative_cues else 0)
    )


def _by_last(keys: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their last syllable: a cue is looked for only where it can end."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for k in keys:
        out.setdefault(k[-1], []).append(k)
    return out


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
        if _key(name):
            d.district_firsts.setdefault(_strip_marks(str(row["province"])), set()).add(
                _key(name)[0])

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
    d.country_cues = _by_last(_folded_keys(_words(t, "country_cues")))
    d.locative_cues = _by_last(_folded_keys(_words(t, "locative_cues")))
    d.list_cues = _by_last(_folded_keys(_words(t, "list_cues")))
    d.plural_markers = {k[0] for k in _folded_keys(_words(t, "plural_markers"))}
    d.surnames = {k[0] for k in _folded_keys(_words(t, "surnames"))}
    d.starts = _Memo(lambda raw: _starts(raw, d))
    d.issue_chars = int(t["issue_place"]["header_chars"])
    d.issue_date = regex.compile(
        r"[ \t]*,[ \t]*(?:\n[ \t]*)?" + regex.escape(str(t["issue_place"]["word"])),
        regex.IGNORECASE)
    return d


# --- tokens -------------------------------------------------------------------------


class _Gaps(dict[int, int]):
    """The gap kind before each token, worked out when first asked for: the
    finder looks at the gaps around a few hundred tokens, not at all of them."""

    def __init__(self, folded: str, start: list[int], end: list[int]) -> None:
        super().__init__()
        self.folded = folded
        self.start = start
        self.end = end

    def __missing__(self, i: int) -> int:
        n = len(self.start)
        k = i + n if i < 0 else i
        if not 0 <= k < n:
            raise IndexError(i)
        kind = _HARD if k == 0 else _GAP_KINDS[self.folded[self.end[k - 1]:self.start[k]]]
        self[i] = kind
        return kind


@dataclass
class _Tokens:
    """Syllables of the text with their gaps; index i, gap[i] is before token i."""

    text: str
    start: list[int]
    end: list[int]
    low: list[str]  # tone-folded, case-folded
    raw: list[str]  # tone-folded, case kept
    cap: list[bool]  # starts a capitalised word (or continues one with "-")
    gap: _Gaps
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


class _Memo(dict[str, Any]):
    """A string → value table filled on first sight by ``fn``: documents reuse
    a small vocabulary and a few kinds of gaps, so lookups are dictionary hits
    done in C. Emptied if adversarial input makes it grow large; long strings
    are not kept."""

    def __init__(self, fn: Any) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> Any:
        if len(self) >= 200_000:
            self.clear()
        value = self.fn(key)
        if len(key) <= tokens.KEEP_CHARS:
            self[key] = value
        return value


def _title_or_caps(r: str) -> bool:
    """Title case or all capitals; a mixed syllable (``ỦYVề``, ``CổngTTĐT``) is
    debris of glued words, not a name."""
    return r[0].isupper() and (r[1:].islower() or r.isupper() or not r[1:].isalpha())


def _one_syllable(token: str) -> int:
    """How a word token (:data:`vbcd.extract.tokens.WORD`) relates to syllables:
    1, it is one syllable; 0, it holds none (punctuation); 2, its stretch of
    text must be cut again (hyphens, ``&``, apostrophes, combining marks)."""
    if token.isalnum():
        return 1
    if len(token) == 1 and token not in "'’" and not _SYLLABLE.match(token):
        return 0
    return 2


_GAP_KINDS = _Memo(_gap_kind)
_CAP = _Memo(_title_or_caps)
_SYLLABLES = _Memo(_one_syllable)
_NO_LOWER_LINE = regex.compile(r"^[^\p{Ll}\n]+$", regex.MULTILINE)
_JOINERS = ("-", "‐")


def _syllables(folded: str) -> tuple[list[int], list[str]]:
    """Start offsets and spellings of the syllables (``_SYLLABLE`` matches).

    They are read off the shared word tokens of the text (:func:`words`), so
    the text is cut once for the organ and the place finders: a token made of
    letters and digits is a syllable, a punctuation mark is none, and the rare
    stretches of text between spaces that hold a hyphenated word, ``&``, an
    apostrophe or a combining mark are cut again with ``_SYLLABLE``.
    """
    start, surface = words(folded)
    kinds = list(map(_SYLLABLES.__getitem__, surface))
    odd = list(compress(range(len(kinds)), map(gt, kinds, repeat(1))))
    if not odd:
        return list(compress(start, kinds)), list(compress(surface, kinds))
    stretches = _stretches(start, surface, odd)
    if len(stretches) <= _FEW_STRETCHES:
        return _insert_cut(folded, start, surface, kinds, stretches)
    # many stretches: rebuilt in one pass (the shared lists stay as they are)
    new_start: list[int] = []
    new_surface: list[str] = []
    prev = 0
    for a, b in stretches:
        new_start.extend(compress(start[prev:a], kinds[prev:a]))
        new_surface.extend(compress(surface[prev:a], kinds[prev:a]))
        for m in _SYLLABLE.finditer(folded, start[a], start[b] + len(surface[b])):
            new_start.append(m.start())
            new_surface.append(m.group())
        prev = b + 1
    new_start.extend(compress(start[prev:], kinds[prev:]))
    new_surface.extend(compress(surface[prev:], kinds[prev:]))
    return new_start, new_surface


_FEW_STRETCHES = 64  # below this, inserting each stretch's syllables is cheaper


def _insert_cut(
    folded: str, start: list[int], surface: list[str], kinds: list[int],
    stretches: list[tuple[int, int]],
) -> tuple[list[int], list[str]]:
    """The syllables, when only a few stretches of text must be cut again: the
    plain ones are kept in one pass, and each stretch's syllables are put in
    where the stretch was (a few list inserts)."""
    inserts: list[tuple[int, list[int], list[str]]] = []
    kept = prev = 0
    for a, b in stretches:
        kept += sum(kinds[prev:a])  # plain syllables (1) before the stretch
        cut = list(_SYLLABLE.finditer(folded, start[a], start[b] + len(surface[b])))
        inserts.append((kept, [m.start() for m in cut], [m.group() for m in cut]))
        kinds[a:b + 1] = [0] * (b + 1 - a)
        prev = b + 1
    new_start = list(compress(start, kinds))
    new_surface = list(compress(surface, kinds))
    for at, syl_start, syl_surface in reversed(inserts):
        new_start[at:at] = syl_start
        new_surface[at:at] = syl_surface
    return new_start, new_surface


def _stretches(start: list[int], surface: list[str], odd: list[int]) -> list[tuple[int, int]]:
    """The runs of touching tokens (first, last) around each of ``odd``, in order."""
    out: list[tuple[int, int]] = []
    for k in odd:
        if out and k <= out[-1][1]:
            continue
        a = k
        while a > 0 and start[a] == start[a - 1] + len(surface[a - 1]):
            a -= 1
        b = k
        while b + 1 < len(start) and start[b + 1] == start[b] + len(surface[b]):
            b += 1
        out.append((a, b))
    return out


def _tokenize(text: str) -> _Tokens:
    folded = tokens.folded(text)
    starts, raw = _syllables(folded)
    ends = list(map(add, starts, map(len, raw)))
    gaps = _Gaps(folded, starts, ends)
    cap = list(map(_CAP.__getitem__, raw))
    # "Cam-pu-chia": a syllable joined by a hyphen to a capitalised one is capitalised
    for i in _joined(folded, starts, ends):
        if gaps[i] == _JOIN and cap[i - 1]:
            cap[i] = True
    return _Tokens(text, starts, ends, list(map(str.casefold, raw)), raw, cap, gaps,
                   _header_tokens(text, starts, raw, gaps))


def _joined(folded: str, starts: list[int], ends: list[int]) -> list[int]:
    """Tokens right after a hyphen that touches the token before (ascending)."""
    out: list[int] = []
    for joiner in _JOINERS:
        p = folded.find(joiner)
        while p >= 0:
            i = bisect_left(starts, p + 1)
            if 0 < i < len(starts) and starts[i] == p + 1 and ends[i - 1] == p:
                out.append(i)
            p = folded.find(joiner, p + 1)
    out.sort()
    return out


def _header_tokens(text: str, starts: list[int], raw: list[str], gaps: _Gaps) -> list[bool]:
    """Tokens of header lines and titles in capitals, which name no place of the body.

    A line without a lower-case letter and with three letters or more is a
    header block, the national motto or a title; a stretch of four or more
    syllables in capitals inside a mixed line is a header or title run into
    the text (``... ỦY BAN NHÂN DÂN TỈNH TÂY NINH``).
    """
    skip = [False] * len(starts)
    for line in _NO_LOWER_LINE.finditer(text, timeout=30):
        if not _three_letters(line.group()):
            continue
        a = bisect_left(starts, line.start())
        b = bisect_left(starts, line.end())
        skip[a:b] = [True] * (b - a)
    # A syllable is in a run of four or more exactly when some four syllables in
    # a row, all in capitals and joined by soft gaps, hold it; four in a row that
    # are all skipped already need no look at their gaps.
    caps = list(compress(range(len(raw)), map(_ALL_CAPS.__getitem__, raw)))
    for x in compress(range(len(caps) - 3), map(eq, map(sub, caps[3:], caps), repeat(3))):
        a = caps[x]
        if skip[a] and skip[a + 1] and skip[a + 2] and skip[a + 3]:
            continue
        if gaps[a + 1] in _RUN_GAPS and gaps[a + 2] in _RUN_GAPS and gaps[a + 3] in _RUN_GAPS:
            skip[a:a + 4] = [True] * 4
    return skip


_RUN_GAPS = (*_SOFT, _DASHED, _DOTTED)


def _three_letters(line: str) -> bool:
    """Does ``line`` hold three letters or more? ``str.isalpha`` counts (what it
    calls a letter, ``regex`` does too); the regex count settles the rest."""
    return sum(map(str.isalpha, line)) >= 3 or len(_LETTER.findall(line)) >= 3


def _all_caps(syllable: str) -> bool:
    return syllable.isupper() and (len(syllable) > 1 or syllable.isalpha())


_ALL_CAPS = _Memo(_all_caps)


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
    before = toks.text[max(0, toks.start[i] - 8):toks.start[i]]
    if "/" in before and d.slash_blockers.search(before):  # every such blocker has a "/"
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


def _cue_before(toks: _Tokens, i: int, cues: dict[str, list[tuple[str, ...]]]) -> bool:
    """A cue phrase (listed by its last syllable) ends right before token ``i``."""
    if i == 0 or toks.gap[i] not in _SOFT:
        return False
    return _cue_ends(toks, i - 1, cues)


def _cue_ends(toks: _Tokens, k: int, cues: dict[str, list[tuple[str, ...]]]) -> bool:
    """A cue phrase (listed by its last syllable) ends at token ``k``."""
    return any(toks.ends_with(k, c) for c in cues.get(toks.low[k], ()))


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


def find_places(
    text: str, *, regions: bool = False, match: str | None = None
) -> list[Place]:
    """Places and countries named in ``text``, one :class:`Place` per distinct place.

    ``name`` is the place as written without its prefix word; ``mentions`` list
    every occurrence (``text[m.start:m.end] == m.text``), ``start``/``end`` are
    the first mention's. Regions (``Tây Nguyên``) are left out unless
    ``regions`` is true: the gold does not count them. ``match`` is the
    tone-folded copy of ``text`` (``fold_tones(text)``) if the caller has it.
    """
    try:
        tokens.folded(text, match)  # remembered for _tokenize
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

    # Every pass looks only at the tokens where its rules can start, in text
    # order: one dictionary lookup per token, done in C, tells which (``_starts``).
    flags = list(map(d.starts.__getitem__, toks.raw))
    starts = list(compress(range(n), flags))

    # pass 1a: prefix words (and the lists that plural prefixes open)
    nxt = 0  # the first token not yet read
    for i in [i for i in starts if flags[i] & _PREFIX_START]:
        if i < nxt:
            continue
        nxt = i + 1
        if toks.skip[i] or taken[i]:
            continue
        p = _prefix_at(toks, i, d)
        if p is None:
            continue
        s = i + len(p.key)
        got = _name_after(toks, p, s, d)
        if got is None:
            nxt = s
            continue
        j, name, entries = got
        take(_prefix_hit(toks, i, s, j, name, p, entries))
        plural = i > 0 and toks.gap[i] in _SOFT and (
            toks.low[i - 1] in d.plural_markers or toks.raw[i - 1].isdigit())
        if plural:
            j = _list_items(toks, j, d, p, take)
        nxt = j

    # pass 1b: bare provinces and countries (and regions on request)
    tries = [d.names, d.regions] if regions else [d.names]
    bare = _NAME_START | _REGION_START if regions else _NAME_START
    pending: list[tuple[_Hit, bool]] = []  # (hit, needs a country cue)
    for i in [i for i in starts if flags[i] & bare]:
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
    taken = [False] * n
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
    # a bare district counts only in a province the document names
    firsts = set().union(*(d.district_firsts.get(p, ()) for p in provinces))
    weak = {i for i in starts if flags[i] & _DISTRICT_START and toks.low[i] in firsts}
    weak.update(i + 1 for i in starts if flags[i] & _AFTER_CUE)  # "tại X (Huế)"
    weak.update(in_list)
    if known.root:
        weak.update(compress(range(n), map(known.root.__contains__, toks.low)))
    for i in sorted(weak):
        if i >= n or taken[i] or toks.skip[i] or not toks.cap[i]:
            continue
        h2 = _weak_at(toks, i, d, known, provinces, i in in_list)
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


def _cue_lists(toks: _Tokens, d: _Data) -> set[int]:
    """Tokens that are items of a list opened by ``địa phương:`` (up to 30 tokens on,
    while only commas, dashes and spaces separate them)."""
    flags: set[int] = set()
    text = toks.text
    colon = text.find(":")
    while colon >= 0:
        k = bisect_left(toks.start, colon)  # the token after the colon's gap
        if 0 < k < len(toks) and toks.end[k - 1] <= colon and k not in flags:
            _flag_list(toks, d, k, flags)
        colon = text.find(":", colon + 1)
    return flags


def _flag_list(toks: _Tokens, d: _Data, k: int, flags: set[int]) -> None:
    """Flag the items of a list whose gap before token ``k`` holds a colon."""
    left = 0
    while k < len(toks):
        g = toks.text[toks.end[k - 1]:toks.start[k]] if toks.gap[k] != _SPACE else " "
        if ":" in g:
            left = 30 if _cue_ends(toks, k - 1, d.list_cues) else 0
        elif g.strip() not in ("", ",", "-") or "\n\n" in g:
            left = 0
        if not left:
            return
        flags.add(k)
        left -= 1
        k += 1


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
