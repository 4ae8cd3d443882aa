"""What the place finder reads from ``places.toml`` and ``gazetteer.toml``.

The tables are read once into syllable tries (a name is the tuple of its
tone-folded, case-folded syllables) and into the patterns that find where a
rule can start. A document is not cut into syllables: one compiled pattern
(:attr:`_Data.name_scan`) finds, at C speed, the few places where a
gazetteer name may begin, and the finder reads syllables only there (see
:mod:`vbcd.extract.places_tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Literal, cast

import regex

from vbcd.grammar import load
from vbcd.grammar.patterns import trie_alternation
from vbcd.models import PlaceKind
from vbcd.normalize import fold_tones, strip_marks

Level = Literal["country", "region", "province", "district", "commune"]

# a syllable; an apostrophe inside keeps one word ("Cư M'gar", "D'Ran")
SYLLABLE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")




@lru_cache(maxsize=4096)
def key(name: str) -> tuple[str, ...]:
    """Match key of a name: its folded syllables (hyphens and dots ignored)."""
    return tuple(m.group(0).casefold() for m in SYLLABLE.finditer(fold_tones(name)))


@dataclass(slots=True)
class Entry:
    """One spelling of a known place in the tries (never changed once made)."""

    canonical: str
    kind: PlaceKind
    level: Level
    province: str | None = None
    abbrev: bool = False
    ambiguous: bool = False
    caps: tuple[bool, ...] = ()  # which syllables the spelling capitalises


class Trie:
    """Syllable trie: key tuples to entries, walked token by token."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.depth = 0

    def add(self, key: Sequence[str], entry: Entry) -> None:
        if not key:
            return
        node = self.root
        for syl in key:
            node = node.setdefault(syl, {})
        node.setdefault("", []).append(entry)
        self.depth = max(self.depth, len(key))

    def has(self, key: Sequence[str]) -> bool:
        """Whether ``key`` is a whole name held (not only the start of one)."""
        node: dict[str, Any] = self.root
        for syl in key:
            child = node.get(syl)
            if child is None:
                return False
            node = child
        return "" in node

    def keys(self) -> list[tuple[str, ...]]:
        """Every key held (in no particular order)."""
        out: list[tuple[str, ...]] = []
        stack: list[tuple[dict[str, Any], tuple[str, ...]]] = [(self.root, ())]
        while stack:
            node, path = stack.pop()
            for syl, child in node.items():
                if syl == "":
                    out.append(path)
                else:
                    stack.append((child, (*path, syl)))
        return out


def _caps(name: str) -> tuple[bool, ...]:
    out: list[bool] = []
    prev_end = 0
    for m in SYLLABLE.finditer(name):
        joined = out and name[prev_end:m.start()] == "-"
        out.append(bool(joined and out[-1]) or m.group(0)[0].isupper() or m.group(0)[0].isdigit())
        prev_end = m.end()
    return tuple(out)


def _words(table: dict[str, Any], name: str, key: str = "words") -> list[str]:
    return [str(w) for w in table.get(name, {}).get(key, [])]


@dataclass
class Prefix:
    key: tuple[str, ...]
    kind: PlaceKind
    level: Level
    numeric: bool
    abbrev: bool
    label: str
    #: an abbreviation that is also an initial ("P.", "Q."): its name needs support
    initial: bool = False
    #: the prefix word written out, which names a numbered place ("Q.7": "Quận 7")
    word: str = ""
    #: a prefix only in lower case: capitalised, the word opens a name
    #: (``bản Nà Hẩu`` but ``Buôn Ma Thuột``, ``Sóc Trăng``, ``Bản Giốc``)
    lower: bool = False
    #: folded first words of what follows the prefix as no place's name
    #: (``bản Dự thảo``, ``01 bản Giấy chứng nhận``)
    name_stops: frozenset[str] = frozenset()
    #: a scan's misreading of the prefix word (``huyên Phù Cát``, ``huyen Tây Sơn``): its
    #: name counts only when the gazetteer knows it at the prefix's level
    damaged: bool = False
    #: a number names the place only in an address, before the unit it lies in
    #: (``xóm 5, xã Quỳnh Thuận``); elsewhere (``chi bộ xóm 3``, ``tại Khu phố 2``) a
    #: village's number is no administrative place's name
    numeric_in_address: bool = False


@dataclass
class Data:
    """Everything the finder reads from places.toml and gazetteer.toml."""

    names: Trie = field(default_factory=Trie)  # provinces + countries
    districts: Trie = field(default_factory=Trie)
    # first syllables of the districts of each province (key: ``strip_marks``)
    district_firsts: dict[str, set[str]] = field(default_factory=dict)
    after_prefix: Trie = field(default_factory=Trie)  # provinces + districts + abbrevs
    #: the provinces of each numbered district (``Quận 2``: "2" -> Hồ Chí Minh)
    numbered: dict[str, list[str]] = field(default_factory=dict)
    regions: Trie = field(default_factory=Trie)
    prefixes: dict[str, list[Prefix]] = field(default_factory=dict)  # by first syllable
    abbrev_prefixes: dict[str, list[Prefix]] = field(default_factory=dict)  # case-sensitive
    # the folded last syllable of every prefix word -> (its key, an abbreviation?)
    prefix_ends: dict[str, list[tuple[tuple[str, ...], bool]]] = field(default_factory=dict)
    # for each last syllable of prefix_ends, where it may end a prefix word in the
    # case-folded text: a whole syllable before a space, a line break or a dot (the
    # pattern, how far into the syllable its matches start, the keys)
    prefix_scans: list[tuple[Any, int, list[tuple[tuple[str, ...], bool]]]] = field(
        default_factory=list)
    prefix_blockers: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    name_start_stop: set[str] = field(default_factory=set)
    #: Of ``name_start_stop``, the words that stop only before a small word.
    name_start_stop_small: set[str] = field(default_factory=set)
    #: The first two syllables of each document type's name (``chỉ thị``, ``kết
    #: luận``): after a level word they are the enacting verb, no place's name
    #: (``Chủ tịch Ủy ban nhân dân tỉnh Chỉ thị:``).
    type_starts: set[tuple[str, str]] = field(default_factory=set)
    #: sentence openers that end a name at a line's start (``Căn cứ``): their words
    line_openers: set[tuple[str, ...]] = field(default_factory=set)
    name_stop: set[str] = field(default_factory=set)
    lead_words: set[str] = field(default_factory=set)
    bare_blockers: set[str] = field(default_factory=set)
    #: blockers of two words or more (``thủy điện``), by their last syllable
    bare_blocker_phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    #: nouns of roads and bridges: a capitalised prefix word right after one opens no
    #: place (``đường Xã Đàn``); ``landmark_natural``: rivers and mountains, whose names
    #: may hold it further in (``sông Ngũ Huyện Khê``)
    landmark_nouns: set[str] = field(default_factory=set)
    landmark_natural: set[str] = field(default_factory=set)
    #: facility codes written in capitals whose name follows (``TBA Xóm 3``)
    landmark_codes: set[str] = field(default_factory=set)
    #: the nouns of roads named by the places they join (``cao tốc``), as they stand in
    #: the case-folded text: found with ``str.find``
    route_cues: list[str] = field(default_factory=list)
    bare_blocker_exceptions: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    organ_heads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # by last word
    # compiled pattern: the first word of an organ head, spelt as listed (a whole word)
    organ_firsts: Any = None
    phrase_breaks: set[str] = field(default_factory=set)
    # cue phrases (folded syllables), by their last syllable
    country_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    locative_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    list_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    plural_markers: set[str] = field(default_factory=set)
    #: words that open a plural prefix word's list as its colon does (``như``, ``gồm``)
    list_openers: set[str] = field(default_factory=set)
    plural_ends: set[str] = field(default_factory=set)  # their last characters
    #: words before a prefix word whose names a spaced dash joins (``liên xã A - B``)
    joined_markers: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    officials_after: Any = None  # compiled pattern: an organ, then a prefix word, at the end
    #: compiled pattern: a position title, an organ and a prefix word, at the end
    titled_officials: Any = None
    board_roles: Any = None  # compiled pattern: a board's seat after a member line's dash
    country_followers: set[str] = field(default_factory=set)
    #: words after a commune's number that make it a count (see places.toml)
    number_counts: set[str] = field(default_factory=set)
    list_followers: set[str] = field(default_factory=set)
    slash_blockers: Any = None  # compiled pattern: "đ/c " right before a name
    #: compiled pattern: a list of works of the two-word blockers ending right before a
    #: name (``thủy điện Hòa Bình, Sơn La, `` / ``nhà máy nhiệt điện Uông Bí và ``)
    work_list: Any = None
    issue_chars: int = 2500
    issue_date: Any = None  # compiled pattern: ", ngày" (or " ngày 5 tháng") after the issue place
    name_scan: Any = None  # compiled pattern: where a gazetteer name may start
    paren_scan: Any = None  # compiled pattern: a "(" before a first syllable of a name
    #: compiled pattern (on the case-folded text): a committee's word (``huyện ủy``) and
    #: the blanks after it, a letter next; the match starts at ``ủy``, a literal the
    #: search skips to at C speed. ``committee_scan_any``: the same in any case, for
    #: the tone-folded text when case folding changes its length
    committee_scan: Any = None
    committee_scan_any: Any = None
    #: the levels each committee's first word names (``huyện``: district)
    committee_levels: dict[str, tuple[Level, ...]] = field(default_factory=dict)
    # compiled pattern: a mission's head, its state's name and ``tại``; the match ends
    # where the mission's seat starts (``Tổng Lãnh sự quán Việt Nam tại `` + ``Osaka``)
    seat_scan: Any = None
    # compiled pattern (on the case-folded text before a colon): a plural prefix word
    # and a qualifier ("các xã biên giới" before ":"); group 1 is the prefix word
    qualified_scan: Any = None


def _is_abbrev(spelling: str) -> bool:
    """``HCM``, ``TP.HCM``, ``BR-VT``, ``TT Huế``: a word of two or more capitals."""
    return any(len(w) > 1 and w.isupper() for w in SYLLABLE.findall(spelling))


def _folded_keys(words: Iterable[str]) -> list[tuple[str, ...]]:
    return [k for k in (key(w) for w in words) if k]


def _by_last(keys: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their last syllable: a cue is looked for only where it can end."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for k in keys:
        out.setdefault(k[-1], []).append(k)
    return out


@cache
def data() -> Data:
    """Build the tries and the scan pattern once from the two TOML tables."""
    t = load("places")
    g = load("gazetteer")
    d = Data()

    # provinces, their variants and the 2025 map
    province_kind: dict[str, PlaceKind] = {}
    for p in g["province"]:
        province_kind[str(p["name"])] = cast(PlaceKind, p["kind"])
    for name in t["map_2025"]["cities"]:
        province_kind[str(name)] = "city"
    for name in t["map_2025"]["provinces"]:
        province_kind.setdefault(str(name), "province")
    variants: dict[str, list[str]] = {k: list(v) for k, v in t["province_variants"].items()}
    prefix_only = set(t["prefix_only"]["names"])
    for name, kind in province_kind.items():
        for spelling in (name, *variants.get(name, [])):
            entry = Entry(name, kind, "province", abbrev=_is_abbrev(spelling),
                          caps=_caps(spelling))
            if spelling not in prefix_only:
                d.names.add(key(spelling), entry)
            d.after_prefix.add(key(spelling), entry)
    for name in t["former_provinces"]["names"]:
        # after a prefix word only: several are also given names or a river's name
        d.after_prefix.add(key(str(name)), Entry(str(name), "province", "province",
                                                 caps=_caps(str(name))))
    for name, abbrevs in t["abbrev_after_prefix"].items():
        kind = province_kind.get(str(name), "city")
        for a in abbrevs:
            d.after_prefix.add(key(a), Entry(str(name), kind, "province", abbrev=True))

    # the gazetteer's districts, then those that ended before its list was drawn
    for row in (*g["district"], *t["former_districts"]["units"]):
        name = str(row["name"])
        if not name[:1].isalpha():
            # "Quận 1": only after its prefix word, which the number's province follows
            d.numbered.setdefault(name, []).append(str(row["province"]))
            continue
        entry = Entry(
            name, cast(PlaceKind, row["kind"]), "district", province=str(row["province"]),
            caps=_caps(name),
        )
        d.districts.add(key(name), entry)
        d.after_prefix.add(key(name), entry)
        if key(name):
            d.district_firsts.setdefault(strip_marks(str(row["province"])), set()).add(
                key(name)[0])

    for country in t["country"]:
        names = [str(n) for n in country["names"]]
        ambiguous = {str(n) for n in country.get("ambiguous_names", [])}
        for n in names:
            d.names.add(
                key(n),
                Entry(names[0], "country", "country", ambiguous=n in ambiguous, caps=_caps(n),
                      abbrev=_is_abbrev(n)),
            )
    for n in t["regions"]["names"]:
        d.regions.add(key(str(n)), Entry(str(n), "region", "region", caps=_caps(str(n))))

    for p in t["prefix"]:
        kind = cast(PlaceKind, p["kind"])
        level = cast(Level, p["level"])
        lower = bool(p.get("lower"))
        stops = frozenset(k[0] for k in _folded_keys(p.get("name_stops", [])))
        in_address = p.get("numeric") == "address"
        for w in p["words"]:
            k = key(w)
            d.prefixes.setdefault(k[0], []).append(
                Prefix(k, kind, level, bool(p.get("numeric")), False, w, word=w,
                       lower=lower, name_stops=stops, numeric_in_address=in_address))
            d.prefix_ends.setdefault(k[-1], []).append((k, False))
        for w in p.get("damaged", []):
            k = key(w)
            d.prefixes.setdefault(k[0], []).append(
                Prefix(k, kind, level, False, False, w, word=str(p["words"][0]),
                       lower=True, name_stops=stops, damaged=True))
            d.prefix_ends.setdefault(k[-1], []).append((k, False))
        for a, initial in [*((a, False) for a in p.get("abbrev", [])),
                           *((a, True) for a in p.get("initials", []))]:
            k = tuple(m.group(0) for m in SYLLABLE.finditer(str(a)))
            d.abbrev_prefixes.setdefault(k[0], []).append(
                Prefix(k, kind, level, bool(p.get("numeric")), True, str(a), initial,
                       str(p["words"][0])))
            d.prefix_ends.setdefault(k[-1].casefold(), []).append(
                (tuple(w.casefold() for w in k), True))
    d.prefix_scans = [(re.compile(word_scan_pattern(last, _BEFORE_GAP)), rarest(last), keys)
                      for last, keys in d.prefix_ends.items()]
    for plist in (*d.prefixes.values(), *d.abbrev_prefixes.values()):
        plist.sort(key=lambda p: -len(p.key))
    d.prefix_blockers = {key(k): {w.casefold() for w in v}
                         for k, v in t["prefix_blockers"].items()}
    d.name_start_stop = {k[0] for k in _folded_keys(_words(t, "name_start_stop"))}
    d.name_start_stop_small = {
        k[0] for k in _folded_keys(_words(t, "name_start_stop", "before_small"))}
    d.type_starts = {(k[0], k[1]) for k in _folded_keys(
        str(e["name"]) for e in load("doc_types")["type"]) if len(k) >= 2} | {
        (k[0], k[1]) for k in _folded_keys(_words(t, "noun_starts")) if len(k) >= 2}
    d.name_stop = {k[0] for k in _folded_keys(_words(t, "name_stop"))}
    d.line_openers = set(_folded_keys(_words(t, "line_openers")))
    d.lead_words = {k[0] for k in _folded_keys(_words(t, "lead_words"))}
    blockers = _words(t, "bare_blockers")
    d.bare_blockers = {k[0] for k in _folded_keys(b for b in blockers if " " not in b)}
    d.bare_blocker_phrases = _by_last(_folded_keys(b for b in blockers if " " in b))
    d.landmark_natural = {k[0] for k in _folded_keys(_words(t, "landmark_nouns", "natural"))}
    d.landmark_nouns = {k[0] for k in _folded_keys(_words(t, "landmark_nouns"))}
    d.landmark_codes = {k[0] for k in _folded_keys(_words(t, "landmark_nouns", "codes"))}
    d.route_cues = [" ".join(k) for k in _folded_keys(_words(t, "route_cues"))]
    slashed = [regex.escape(b) for b in blockers if "/" in b]
    d.slash_blockers = regex.compile(
        r"(?i)(?<![\p{L}])(?:" + "|".join(slashed or ["(?!)"]) + r")[\s:.]*\Z")
    works = "|".join(f"[{b[0].upper()}{b[0]}]{regex.escape(b[1:])}"
                     for b in blockers if " " in b) or "(?!)"
    d.work_list = regex.compile(
        r"(?<![\p{L}])(?:" + works + r")(?:[ ]+\p{Lu}[\p{L}\p{M}]*)+"
        r"(?:,(?:[ ]+\p{Lu}[\p{L}\p{M}]*)+)*(?:,[ ]+|[ ]+và[ ]+)\Z")
    d.country_followers = {k[0] for k in _folded_keys(_words(t, "country_followers"))}
    d.number_counts = {k[0] for k in _folded_keys(_words(t, "number_counts"))}
    d.list_followers = {k[0] for k in _folded_keys(_words(t, "list_followers"))}
    for w in _words(t, "organ_heads"):
        head = tuple(m.group(0) for m in SYLLABLE.finditer(fold_tones(w)))
        d.organ_heads.setdefault(head[-1].casefold(), []).append(head)
    d.phrase_breaks = {k[0] for k in _folded_keys(_words(t, "organ_heads", "phrase_breaks"))}
    firsts = sorted({re.escape(h[0]) for heads in d.organ_heads.values() for h in heads})
    d.organ_firsts = re.compile(
        "|".join(f"{w}(?<![{SAFE_LETTERS}]{w})(?![{SAFE_LETTERS}])" for w in firsts))
    d.bare_blocker_exceptions = _by_last(_folded_keys(_words(t, "bare_blocker_exceptions")))
    d.country_cues = _by_last(_folded_keys(_words(t, "country_cues")))
    d.locative_cues = _by_last(_folded_keys(_words(t, "locative_cues")))
    d.list_cues = _by_last(_folded_keys(_words(t, "list_cues")))
    d.plural_markers = {k[0] for k in _folded_keys(_words(t, "plural_markers"))}
    d.plural_ends = {m[-1] for m in d.plural_markers}
    d.list_openers = {k[0] for k in _folded_keys(_words(t, "list_openers"))}
    d.joined_markers = {k[0] for k in _folded_keys(_words(t, "joined_markers"))}
    d.surnames = {k[0] for k in _folded_keys(_words(t, "surnames"))}
    d.officials_after = regex.compile(
        r"(?i:" + "|".join(regex.escape(fold_tones(w)).replace(r"\ ", "[ \t]+")
                           for w in _words(t, "officials_after"))
        # (a plural marker may stand between: ``UBND các phường``)
        + r")[ \t]+(?:(?i:các|những)[ \t]+)?\S+[ \t]*$")
    # a title before the organ (``Phó Chủ tịch UBND tỉnh``): the name after it is the
    # official's even when it has two syllables only (``Hoàng Nam``)
    titles = sorted(load("positions")["heads"]["titles"], key=len, reverse=True)
    d.titled_officials = regex.compile(
        r"(?i:(?<!\w)(?:" + "|".join(regex.escape(fold_tones(w)).replace(r"\ ", "[ \t]+")
                                    for w in titles)
        + r")[ \t]+(?:" + "|".join(regex.escape(fold_tones(w)).replace(r"\ ", "[ \t]+")
                                  for w in _words(t, "officials_after"))
        + r")[ \t]+\S+[ \t]*$)")
    roles = _words(t, "board_roles_after_dash") + list(load("positions")["heads"]["team_roles"])
    d.board_roles = regex.compile(
        r"(?i:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                           for w in sorted(roles, key=len, reverse=True)) + r")(?![\p{L}\p{M}])")
    d.issue_chars = int(t["issue_place"]["header_chars"])
    day_word = "(?:" + "|".join(map(regex.escape, t["issue_place"]["words"])) + ")"
    d.issue_date = regex.compile(
        r"[ \t]*,[ \t]*(?:\n[ \t]*)?" + day_word
        + r"|[ \t]+" + day_word + r"[ \t]+\d{1,2}\s+"
        + regex.escape(str(t["issue_place"]["month_word"])),
        regex.IGNORECASE)
    d.name_scan = re.compile(
        name_scan_pattern([*d.names.keys(), *d.regions.keys(), *d.districts.keys()]))
    # a province or a country in brackets (``tại Hồng Thái (Huế)``, ``từ Vũ Hán (Trung
    # Quốc)``)
    # (the lookahead on the markers' first letters: a set test before the alternation
    # and the lookbehind, at each of the characters the scan tries)
    d.qualified_scan = re.compile(
        "(?=[" + re.escape("".join(sorted({w[0] for w in d.plural_markers}))) + r"\d])"
        r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, d.plural_markers)))
        + r"|\d{1,3})[ \t]+(" + "|".join(
            sorted(r"[ \t]+".join(map(re.escape, k))
                   for ps in d.prefixes.values() for k in {q.key for q in ps}))
        + r")(?:[ \t]+[^\W\d_]+){1,6}[ \t]*\Z")
    d.paren_scan = re.compile(
        r"\((?=\s*+" + words_pattern({*d.after_prefix.root, *d.names.root})
        + f"(?![{SAFE_LETTERS}]))")
    committees = {key(str(w)): tuple(cast(list[Level], lv))
                  for w, lv in t.get("committees", {}).items()}
    d.committee_levels = {k[0]: lv for k, lv in committees.items()}
    # "ủy" first (rare enough to skip to at C speed), the level word behind it; each
    # entry's second word is "ủy" (checked by the tests)
    if committees:
        committee = ("ủy(?:" + "|".join(f"(?<={re.escape(k[0])} ủy)" for k in committees)
                     + r")[ \t]+(?=[^\W\d_])")
        d.committee_scan = re.compile(committee)
        d.committee_scan_any = re.compile(committee, re.IGNORECASE)
    seats = t.get("mission_seats", {})
    heads = "|".join(re.escape(fold_tones(w)).replace(r"\ ", "[ \t]+")
                     for w in _words(t, "mission_seats"))
    at = re.escape(fold_tones(str(seats.get("at", "tại"))))
    # the state's name: one to six words on the line, no punctuation (``Việt Nam``,
    # ``Cộng hòa Liên bang Đức``); the seat must start with a capital
    d.seat_scan = re.compile(
        rf"(?i:(?<![{SAFE_LETTERS}])(?:{heads})[ \t]+(?:[^\W\d_]+[ \t]+){{1,6}}?{at}[ \t]+)"
        r"(?=[^\W\d_])") if heads else None
    return d


# --- the scan for name starts --------------------------------------------------------

#: Letters and digits for which ``re`` and ``regex`` agree that they are
#: syllable characters, and characters that are surely none and no apostrophe
#: (both checked by the tests).
SAFE_LETTERS = "0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
SAFE_GAPS = " \\n\\t\\r!-&(-/:-@\\[-`{-~“”–—…«»•·°§"

#: Characters between two syllables of a name: every gap kind but a hard one
#: (space, line break, hyphen, dash, dot) is a run of these.
NAME_GAP = "[ \\n.\\-‐–—]+"
#: The joiners that make a hyphen-joined syllable share the capital before it.
JOINERS = "-‐"


@cache
def _folds_to() -> dict[str, list[str]]:
    """Every character whose case folding is a given single character.

    A syllable of the text matches a folded key syllable when its characters
    fold to the key's one by one; the scan spells each key character as the
    set of characters that fold to it (``k``: ``k``, ``K`` and the Kelvin sign).
    Characters outside the Basic Multilingual Plane fold only to characters
    outside it, which no key holds (checked by the tests).
    """
    chars = list(map(chr, range(0x10000)))
    out: dict[str, list[str]] = {}
    # most characters fold to themselves: only the others are walked in Python
    for ch, f in zip(chars, map(str.casefold, chars), strict=True):
        if ch != f and len(f) == 1:
            out.setdefault(f, []).append(ch)
    for f, forms in out.items():
        if f.casefold() == f:
            forms.append(f)
    return out


@cache
def _alts(ch: str, upper_only: bool = False) -> list[str]:
    folds = _folds_to().get(ch)
    if folds is None:
        folds = [ch]  # no other character folds to it (it folds to itself or to none)
    forms = [x for x in folds if not upper_only or x.isupper()]
    return sorted(forms)


def _one_of(forms: list[str]) -> str:
    if len(forms) == 1:
        return re.escape(forms[0])
    return "[" + "".join(re.escape(x) for x in forms) + "]"


def _tail(node: dict[str | None, Any]) -> str:
    """A pattern for the rest of the keys below a trie node (characters and
    ``None`` for a gap); a key ending here ends the pattern: the scan only
    needs to know that some key may start, the finder walks the syllables.

    Each character is spelt as the set of characters that case-fold to it: a
    class lets ``re`` skip an alternative that cannot match after one look (a
    case-insensitive literal cannot), which makes the scan a fifth faster than
    ``(?i:...)`` at the price of a slower compile, done once."""
    if "" in node:
        return ""
    alts = []
    for ch, child in node.items():
        head = NAME_GAP if ch is None else _one_of(_alts(ch))
        alts.append(head + _tail(child))
    if not alts:
        return ""
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


#: What follows a prefix word the scans look for: a space, line break, dot or colon.
_BEFORE_GAP = "(?=[ \\n.:])"

#: Letters of the case-folded text, the most frequent first (counted on the fixtures):
#: a scan for a word starts at its rarest letter.
FREQUENT = "nhtcgiuđapàvoybmársưdqlịệkủếộốôảụí"


def rarest(word: str) -> int:
    """Offset in ``word`` of its least frequent character (one not listed is rarer than
    any listed; the first of equals)."""
    def rank(x: int) -> int:
        found = FREQUENT.find(word[x])
        return len(FREQUENT) if found < 0 else found

    return max(range(len(word)), key=rank)


def word_scan_pattern(word: str, after: str) -> str:
    """A pattern for ``word`` in the case-folded text, no letter before it and ``after``
    after it (a superset of the whole syllables that the finder checks).

    Its matches start at the word's rarest character (:func:`rarest` tells how far
    into the word): a pattern that opens with one literal character is searched for
    at the speed of a character search, several times faster than a longer literal,
    and a rare one leaves few places to try the rest at."""
    k = rarest(word)
    head = re.escape(word[:k + 1])
    behind = f"(?<={head})" if k else ""
    return (re.escape(word[k]) + behind + f"(?<![{SAFE_LETTERS}]{head})"
            + re.escape(word[k + 1:]) + after)


def words_pattern(words: Iterable[str]) -> str:
    """A pattern for the folded ``words``, in any case (character by character as
    ``str.casefold`` folds them), with their common prefixes factored."""
    return trie_alternation(words, lambda ch: _one_of(_alts(ch)))


def name_scan_pattern(keys: Iterable[tuple[str, ...]]) -> str:
    """A pattern that matches (one character long) where a key may start.

    A name starts at a capitalised syllable, so the pattern's first character
    is a capital that folds to a key's first letter (``re`` then skips at C
    speed to such capitals); or at a hyphen that joins a syllable to the one
    before (``Cam-pu-chia``: the joined syllable shares that capital, whatever
    its case). The rest of the key is a lookahead, so that every start is
    found, overlapping ones included. The finder checks each hit.

    After a joiner only the key's first syllable is looked for: joined
    syllables are rare, and the whole keys twice (once per joiner) would make
    the pattern three times as long to compile.
    """
    by_first: dict[str, dict[str | None, Any]] = {}
    whole: dict[Any, Any] = {}  # the first syllables
    for k in keys:
        chars: list[str | None] = []
        for n, syl in enumerate(k):
            if n:
                chars.append(None)
            chars.extend(syl)
        node = by_first.setdefault(str(chars[0]), {})
        for ch in chars[1:]:
            node = node.setdefault(ch, {})
        node[""] = {}
        node = whole
        for ch in k[0]:
            node = node.setdefault(ch, {})
        node[""] = {}
    alts = []
    # the character before a start is no letter, the one before a joiner is no gap
    word_start = f"(?<![{SAFE_LETTERS}].)"
    for first, node in sorted(by_first.items()):
        rest = _tail(node)
        for form in _alts(first, upper_only=True):
            alts.append(re.escape(form) + word_start + (f"(?={rest})" if rest else ""))
    joined = _tail(whole)
    for joiner in JOINERS:
        alts.append(re.escape(joiner) + f"(?<![{SAFE_GAPS}].)(?={joined})")
    return "|".join(alts)
