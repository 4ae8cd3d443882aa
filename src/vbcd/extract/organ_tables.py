"""The organ grammar's word tables, read once from ``grammar/data/agencies.toml``.

Everything language-specific about organ names (heads, scope words, sector
words, stop words, abbreviations) is data; this module turns the TOML into
typed records and :class:`~vbcd.extract.organ_tokens.Phrases` tries. See the
comments in the TOML for what each table means.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import regex

from vbcd.extract.organ_tokens import Phrases, phrases, tokenize
from vbcd.grammar import load
from vbcd.normalize import fold_tones
from vbcd.syllables import strip_marks

_DATA: dict[str, Any] = load("agencies")


def _fold(text: str) -> str:
    return fold_tones(text).casefold()


@dataclass(frozen=True, slots=True)
class Head:
    """An organ head and how it combines (see the ``[[heads]]`` comments)."""

    canonical: str
    kind: str
    level: str | None
    needs: str  # none | modifier | scope | place
    mods: str  # none | scope | any
    chain: bool
    parent: bool
    topic: bool
    topic_open: bool  # its topic may also open with ``về``, ``phòng, chống`` or a programme
    sector: bool  # also a department's sector: ``Cục`` + ``Thuế tỉnh X``
    place: bool
    known_place: bool  # ``place = "known"``: only a gazetteer place (``Viễn thông Nam Định``)
    district: bool
    strict_case: bool
    bare: bool  # alone before a name's end: the document's own committee, a parent
    small: bool  # its name may be written small when a parent or fixed scope closes it
    min_words: int  # fewest words after the head in running text (an acronym aside)
    trade: bool  # a company's, centre's or project board's name: mixed case (see [trade])
    hamlet: bool  # an organ only under a commune (``Ban nhân dân ấp``): see the TOML
    constituency: bool  # an election board: the numbered unit it serves ends its name
    seat: bool  # a mission: the place after ``tại`` is its own (``... tại Nhật Bản``)
    cls: str | None
    #: its name is a locality's (``Đồn Biên phòng`` + ``Khánh Hội``), which may end in a
    #: word that heads an organ or addresses a person (``Hội``, ``Bà``: ``Cát Bà``)
    locality: bool
    abbreviated: frozenset[str]  # forms written in capitals (UBND, VP), folded
    not_after: tuple[tuple[str, ...], ...]
    not_after_last: dict[str, tuple[tuple[str, ...], ...]]  # ``not_after`` by last word
    #: ``not_after_cap`` by last word: counted only when written with a capital
    #: (``THỜI VỤ``, ``Thời Vụ``), not after a small word (``đồng thời Vụ Tín dụng``)
    not_after_cap_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: with ``strict_case``: which tokens of this form are capitalised (one Head per form)
    caps: tuple[bool, ...] = ()
    #: a brand (``brands.toml``): inside a company's name a word of it (``Tổng công ty
    #: Viễn thông MobiFone``), not another organ
    brand: bool = False
    #: a foreign state's name may close it (``Chính phủ Nhật Bản``); else it takes none
    state: bool = False
    #: a scope word alone does not name it (``Công đoàn ngành trung ương``: the class)
    needs_name: bool = False


@dataclass(frozen=True, slots=True)
class Level:
    """A level word (``tỉnh``, ``quận``) and how it behaves."""

    level: str | None
    bare: bool  # may stand without a place name
    numbered: bool  # the place may be a number
    key: bool  # kept when mentions are compared
    dotted: bool = False  # an abbreviation that may carry its dot (``TP. Hồ Chí Minh``)
    joined: bool = False  # its places may be several, joined by dashes (``A - B``)
    roman: bool = False  # its number may be one roman letter (``khu vực X``)
    number_only: bool = False  # only a number follows, no name (``vùng II``, not ``vùng Tây Bắc``)


def words_of(phrase: str) -> tuple[str, ...]:
    """A phrase's words as the grammar compares them (tone- and case-folded)."""
    return tuple(t.low for t in tokenize(fold_tones(phrase)).words)


def _by_last(items: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in items:
        words = words_of(p)
        out[words[-1]] = (*out.get(words[-1], ()), words)
    return out


def _caps(form: str) -> tuple[bool, ...]:
    """Which tokens of a head form are written with a capital."""
    return tuple(t.cap for t in tokenize(form).words)


def _head_of(entry: dict[str, Any]) -> Head:
    """A :class:`Head` from a ``[[heads]]`` entry of agencies.toml (or one built the
    same way, as the brands are): the one place that maps the table's keys to fields."""
    forms = list(entry["forms"])
    return Head(
        canonical=entry["canonical"],
        kind=entry.get("kind", "other"),
        level=entry.get("level"),
        needs=entry.get("needs", "modifier"),
        mods=entry.get("mods", "any"),
        chain=bool(entry.get("chain", False)),
        parent=bool(entry.get("parent", False)),
        topic=bool(entry.get("topic", False)),
        topic_open=entry.get("topic", False) is True,
        sector=bool(entry.get("sector", False)),
        place=bool(entry.get("place", False)),
        known_place=entry.get("place") == "known",
        district=bool(entry.get("district", False)),
        strict_case=bool(entry.get("strict_case", False)),
        bare=bool(entry.get("bare", False)),
        small=bool(entry.get("small", False)),
        min_words=int(entry.get("min_words", 0)),
        trade=bool(entry.get("trade", False)),
        hamlet=bool(entry.get("hamlet", False)),
        constituency=bool(entry.get("constituency", False)),
        seat=bool(entry.get("seat", False)),
        cls=entry.get("class"),
        locality=bool(entry.get("locality", False)),
        abbreviated=frozenset(_fold(f) for f in forms if f.upper() == f),
        not_after=tuple(words_of(p) for p in entry.get("not_after", [])),
        not_after_last=_by_last(entry.get("not_after", [])),
        not_after_cap_last=_by_last(entry.get("not_after_cap", [])),
        state=bool(entry.get("state", False)),
        needs_name=bool(entry.get("needs_name", False)),
    )


#: Scan-damaged spellings of head words (agencies.toml ``[damaged]``), by folded word.
_DAMAGED: dict[str, tuple[str, ...]] = {
    _fold(w): tuple(v) for w, v in _DATA.get("damaged", {}).items()}


def damaged_spellings(phrase: str) -> list[str]:
    """Every other spelling of ``phrase`` that mixes the ``[damaged]`` spellings of its
    words (``Thủ tướng Chính phủ`` → ``Thủ tưóng Chính phủ``, ``Thu tuong Chinh phu``
    ...); a word's first letter keeps its case. Empty when no word has one."""
    spellings = [""]
    for word in phrase.split(" "):
        options = [word]
        for alt in _DAMAGED.get(_fold(word), ()):
            options.append(alt[0].upper() + alt[1:] if word[:1].isupper() else alt)
        spellings = [f"{s} {o}" if s else o for s in spellings for o in options]
    return spellings[1:]


def _with_damaged(entry: dict[str, Any]) -> dict[str, Any]:
    """A ``damaged`` head's entry with the damaged spellings of its forms and of its
    ``not_after`` phrases added: an OCR ``Thủ tưóng Chính phủ`` is the Prime Minister
    and ``Phó Thủ tưóng Chính phủ`` still a title."""
    if not entry.get("damaged"):
        return entry
    out = dict(entry)
    out["forms"] = [*entry["forms"], *(d for f in entry["forms"] for d in damaged_spellings(f))]
    out["not_after"] = [*entry.get("not_after", []),
                        *(d for f in entry.get("not_after", []) for d in damaged_spellings(f))]
    return out


def _heads() -> list[tuple[str, Head]]:
    out: list[tuple[str, Head]] = []
    for entry in map(_with_damaged, _DATA["heads"]):
        forms = list(entry["forms"])
        head = _head_of(entry)
        named = bool(entry.get("named", False))
        if head.strict_case or named:
            # the capitals asked for are the form's own, and a form that is a whole
            # name is its own canonical head (two departments are two organs): one
            # Head per form
            out.extend((form, replace(head, caps=_caps(form) if head.strict_case else (),
                                      canonical=form if named else head.canonical))
                       for form in forms)
        else:
            out.extend((form, head) for form in forms)
    return out


def _brands() -> list[tuple[str, Head]]:
    """Organs known by their brand (``brands.toml``): each form a head that names the
    national body alone and its local unit with a place or scope after it (``Viettel
    Nghệ An``, ``Agribank - Chi nhánh tỉnh Nghệ An``), also after a class word that is
    then part of the name (``Tập đoàn Viettel``); its canonical head is the legal name,
    so the brand and the name written in full are one organ. Every capital of a form
    is asked for in the text (a brand is a proper name)."""
    try:
        data = load("brands")
    except (FileNotFoundError, OSError, ValueError):
        return []
    before = [""] + [f"{c} " for c in data.get("before", [])]
    out: list[tuple[str, Head]] = []
    for entry in data.get("brands", []):
        forms = list(entry["forms"])
        head = replace(_head_of({
            "forms": forms, "canonical": entry["name"], "kind": entry.get("kind", "enterprise"),
            "level": "central", "needs": "none", "mods": "scope", "place": "known",
            "strict_case": True}), brand=True)
        out.extend((c + form, replace(head, caps=_caps(c + form)))
                   for form in forms for c in before)
    return out


def _case_fallbacks(heads: list[tuple[str, Head]]) -> list[tuple[str, Head]]:
    """The heads that a form asking for its capitals shadows (one key per phrase: the
    later form wins): ``Cơ sở Cai nghiện ma túy`` (named alone when capitalised) and
    ``Cơ sở cai nghiện ma túy`` (named with its scope or number in small letters) fold
    alike. Where the capitals are missing, the shadowed head is read instead."""
    def key(form: str) -> tuple[str, ...]:
        return tuple(w.low for w in tokenize(fold_tones(form)).words)

    strict = {key(form) for form, head in heads if head.strict_case}
    return [(form, head) for form, head in heads if not head.strict_case and key(form) in strict]


HEAD_LIST = [*_heads(), *_brands()]
HEADS: Phrases = Phrases(HEAD_LIST)
#: the heads a capitalised form shadows, read when its capitals are missing
CASE_FALLBACK_HEADS: Phrases = Phrases(_case_fallbacks(HEAD_LIST))
CLASS_HEADS: dict[str, Head] = {}
for _form, _head in HEAD_LIST:
    if _head.cls:
        CLASS_HEADS.setdefault(_head.cls, _head)


def _not_brands() -> list[str]:
    """Products named after a brand (``Viettel Money``): no organ's head there."""
    try:
        return [str(p) for p in load("brands").get("not_brands", [])]
    except (FileNotFoundError, OSError, ValueError):
        return []


#: value: True, or for the ``small`` ones which of their tokens are capitalised
FALSE_HEADS: Phrases = Phrases([
    *((p, True) for p in _DATA["false_heads"]["phrases"]),
    *((p, True) for p in _not_brands()),
    *((p, _caps(p)) for p in _DATA["false_heads"].get("small", [])),
])
#: Works' class nouns (by last word): a head right after one opens the work's name.
AFTER_WORKS: dict[str, tuple[tuple[str, ...], ...]] = _by_last(
    _DATA["false_heads"].get("after_works", []))
CHAIN_UNITS: Phrases = phrases(_DATA["chain_units"]["phrases"])
#: value: whether the number needs ``số`` before it (``Xây dựng số 4``, not ``Xây dựng 500``)
NUMBERED_UNITS: Phrases = Phrases([
    *((p, False) for p in _DATA["numbered_units"]["phrases"]),
    *((p, True) for p in _DATA["numbered_units"].get("after_so", [])),
])
NUMBERED_BARE: Phrases = phrases(_DATA["numbered_units"]["bare_after_field"])
#: Capitalised heads whose whole name may be a bare number (``Vụ 8``).
NUMBERED_HEADS: Phrases = phrases(_DATA["numbered_units"]["heads"])
#: A school's grade, after which the school's name may end in a bare number.
NAMED_THEN_NUMBERED: Phrases = phrases(_DATA["numbered_units"]["named_then_numbered"])
#: The election units that end an election board's name, and the words linking them.
CONSTITUENCY_UNITS: Phrases = phrases(_DATA["constituency"]["units"])
CONSTITUENCY_LINKERS: frozenset[str] = frozenset(
    fold_tones(w).casefold() for w in _DATA["constituency"]["linkers"])
#: Suffixes glued by ``/`` to a board's number that stay in its name (``389/ĐP``).
NUMBER_SUFFIXES: frozenset[str] = frozenset(
    fold_tones(w).casefold() for w in _DATA["numbered_units"]["number_suffixes"])
#: Words after a number that make it a count, not a unit's number.
MEASURES: frozenset[str] = frozenset(
    fold_tones(w).casefold() for w in _DATA["numbered_units"]["measures"])
#: Verbs that open on a measure word (``tuần tra``): no count after a number.
MEASURE_VERBS: Phrases = phrases(_DATA["numbered_units"]["measure_verbs"])

_SCOPE = _DATA["scope"]
LEVEL_WORDS: Phrases = Phrases(
    (
        e["word"],
        Level(
            level=e["level"] or None,
            bare=bool(e["bare"]),
            numbered=bool(e.get("numbered", False)),
            key=bool(e.get("key", True)),
            dotted=bool(e.get("dotted", False)),
            joined=bool(e.get("joined", False)),
            roman=bool(e.get("roman", False)),
            number_only=bool(e.get("number_only", False)),
        ),
    )
    for e in _SCOPE["levels"]
)
#: (level word as written, level) for the words that carry a level (``xã``: commune).
LEVEL_SCOPE: tuple[tuple[str, str], ...] = tuple(
    (e["word"], e["level"]) for e in _SCOPE["levels"] if e["level"])
#: value: (level or None, names a class after a head that needs a scope, names a place)
FIXED_SCOPE: Phrases = Phrases(
    (e["phrase"], (e["level"] or None, bool(e.get("class_for_scoped", False)),
                   bool(e.get("place", False))))
    for e in _SCOPE["fixed"]
)
#: Fixed scopes after which a bare level word is the document's own unit, not a class
#: (``Ban Chấp hành Đảng bộ xã``: the commune's own committee).
OWN_SCOPES: Phrases = phrases([e["phrase"] for e in _SCOPE["fixed"] if e.get("own")])
#: Fixed scopes that stand only as an organ's one scope (``miền Trung``).
ALONE_SCOPES: Phrases = phrases([e["phrase"] for e in _SCOPE["fixed"] if e.get("alone")])
#: Words before a scope that make the organ a branch (``chi nhánh`` + ``tỉnh Nam Định``).
BRANCHES: Phrases = phrases(_SCOPE["branches"])
TERMINALS: Phrases = phrases(_SCOPE["terminals"])
COUNTRY_ENDS_LAST = _by_last(list(_SCOPE["country_ends"]))
CENTRAL_CITIES = frozenset(_fold(c) for c in _SCOPE["central_cities"])

GENERIC_BEFORE_PHRASES: list[str] = list(_DATA["generic"]["before"])
GENERIC_BEFORE: Phrases = phrases(GENERIC_BEFORE_PHRASES)
#: The same phrases by their last word, to be matched ending right before a head.
GENERIC_BEFORE_LAST = _by_last(GENERIC_BEFORE_PHRASES)
GENERIC_AFTER: Phrases = phrases(_DATA["generic"]["after"])
#: things after ``các`` that end a named organ as its verb's object (see the table)
GENERIC_OBJECTS: Phrases = phrases(_DATA["generic"]["objects_after"])
DISTRIBUTIVE_LEVEL_PHRASES: list[str] = list(_DATA["distributive"]["levels"])
DISTRIBUTIVE_LEVELS: Phrases = Phrases((w, w) for w in DISTRIBUTIVE_LEVEL_PHRASES)
#: Heads (canonical) of a locality's departments that a plural level word after their
#: sector distributes (``Sở Y tế các tỉnh A, B``).
DISTRIBUTIVE_DEPARTMENTS = frozenset(_DATA["distributive"]["departments"])
#: A second class word between a head's class noun and the colon (``Các Bộ, cơ quan:``).
DISTRIBUTIVE_COMPANIONS: Phrases = phrases(_DATA["distributive"]["companions"])
#: value: the levels whose names a list after the level word may hold without a colon
DISTRIBUTIVE_NAMED_PHRASES: list[str] = list(_DATA["distributive"]["named"])
DISTRIBUTIVE_NAMED: Phrases = Phrases(
    (w, frozenset(levels)) for w, levels in _DATA["distributive"]["named"].items())

#: A three-part sector name, ``A, B và C`` or ``A - B và C`` (``Lao động - Thương binh
#: và Xã hội``, ``Văn hóa, Thể thao và Du lịch``): its first member, then the rest.
_SERIES = regex.compile(r"^([^,\-&]+?)\s*[,\-]\s*(\p{Lu}[^,\-&]*\svà\s[^,\-&]+)$")


def _series_forms(phrase: str) -> tuple[str, ...]:
    """A sector phrase and, for a three-part name, its other spelling: ministries and
    departments write the first separator as a comma or a dash indifferently (``Bộ Lao
    động, Thương binh và Xã hội``), so the table lists one and both are read."""
    m = _SERIES.match(phrase)
    if m is None:
        return (phrase,)
    first, rest = m.groups()
    return (f"{first}, {rest}", f"{first} - {rest}")


FIELD_PHRASES: tuple[str, ...] = tuple(dict.fromkeys(
    form for p in _DATA["fields"]["phrases"] for form in _series_forms(p)))
#: (loose: a sector name with a mark misread by OCR is still the sector's whole name)
FIELDS: Phrases = phrases(FIELD_PHRASES, loose=True)
#: Sector phrases read as a name only when their first word is capitalised (see
#: ``capitalised`` in the TOML's ``[fields]``).
CAP_FIELDS: Phrases = phrases(tuple(_DATA["fields"].get("capitalised", [])))
#: The comma of a sector name read above (``Lao động, Thương binh``), as the words that
#: end with it and the word after it, folded: what a reader that stops at punctuation
#: (the references' issuer) asks before it stops there.
SERIES_COMMAS: frozenset[tuple[str, ...]] = frozenset(
    (*words_of(form.split(",", 1)[0]), words_of(form.split(",", 1)[1])[0])
    for form in FIELD_PHRASES
    if "," in form and form.split(",", 1)[1].strip()[:1].isupper()
)
#: Small names of boards that take a capitalised event name (``Ban tổ chức`` + ``Liên hoan``).
EVENT_BOARDS: Phrases = phrases(_DATA["event_boards"]["names"])
#: Event words an event board's name may end on before a site (``Lễ hội`` + ``chùa Hương``),
#: by their last word, and the sites' class nouns written small there.
EVENT_WORDS_LAST = _by_last(list(_DATA["event_boards"]["events"]))
EVENT_SITES: Phrases = phrases(_DATA["event_boards"]["sites"])
EVENT_UNNAMED: Phrases = phrases(_DATA["event_boards"]["unnamed"])
#: An event's edition (``năm`` + its year) closing an event board's name, how many words
#: of the event's description may come before it, and the function words they may hold.
EVENT_EDITIONS: Phrases = phrases(_DATA["event_boards"]["editions"])
EVENT_EDITION_REACH: int = _DATA["event_boards"]["edition_reach"]
EVENT_EDITION_JOINS = frozenset(_fold(w) for w in _DATA["event_boards"]["edition_joins"])
#: The Party's central boards: their head's canonical form, and their names after it.
PARTY_BOARD_HEAD: str = _DATA["party_boards"]["head"]
PARTY_BOARDS: Phrases = phrases(_DATA["party_boards"]["names"])
TOPIC_OPENERS: Phrases = phrases(_DATA["topic"]["openers"])
TOPIC_MAX = int(_DATA["topic"]["max_words"])
#: Words after an opener that open the sentence's business (``về việc``): no topic.
TOPIC_BUSINESS = frozenset(fold_tones(w).lower() for w in _DATA["topic"]["business"])
#: Generic topics of steering boards, taken whole even when a verb opens them.
TOPIC_SUBJECTS: Phrases = phrases(_DATA["topic"]["subjects"])
#: Topics whose year is part of their name (``Tổng điều tra ... năm 2029``).
TOPIC_DATED: Phrases = phrases(_DATA["topic"]["dated"])
#: A verb and a document type that open a topic when the document's number or name follows.
TOPIC_PROGRAMMES: Phrases = phrases(_DATA["topic"]["programmes"])
TOPIC_OPENER_WORDS = frozenset(
    t.low for p in _DATA["topic"]["openers"] for t in tokenize(fold_tones(p)).words if t.word
)

#: Name words (folded tuples) after which a lowercase stretch names what is managed.
MANAGED_AFTER: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.low for t in tokenize(fold_tones(p)).words if t.word)
    for p in _DATA["managed"]["after"])
#: Name words before a comma and a second managing word (``Thanh tra, giám sát``).
MANAGED_PAIRED: frozenset[tuple[str, ...]] = MANAGED_AFTER | frozenset(
    tuple(t.low for t in tokenize(fold_tones(p)).words if t.word)
    for p in _DATA["managed"]["paired"])
#: The words a second managing word after the comma may be (``giám sát``, ``chống``).
MANAGED_SECONDS: frozenset[tuple[str, ...]] = MANAGED_AFTER | frozenset(
    tuple(t.low for t in tokenize(fold_tones(p)).words if t.word)
    for p in _DATA["managed"]["seconds"])
MANAGED_MAX = int(_DATA["managed"]["max_words"])
#: What is managed, read whole though a word of it is a verb (``đào tạo``).
MANAGED_OBJECTS: Phrases = phrases(_DATA["managed"]["objects"])
#: Predicates after an organ as the subject (``chủ trì``): a lowercase stretch before
#: one is the name's (``Vụ Hành chính`` + ``sự nghiệp``), of at most PREDICATE_GAP syllables.
SUBJECT_PREDICATES: Phrases = phrases(_DATA["subject_predicates"]["phrases"])
PREDICATE_GAP = int(_DATA["subject_predicates"]["max_words"])
#: Capitalised syllables that name a whole sector (``Thuế``), folded: no completion.
WHOLE_SYLLABLES: frozenset[str] = frozenset(
    _fold(w) for w in _DATA["whole_syllables"]["words"])
#: Small words that end a discipline's name (``Ngôn ngữ học``), folded.
SUFFIXES: frozenset[str] = frozenset(_fold(w) for w in _DATA["suffixes"]["words"])
#: Capital letters that are also a sector's first syllable (``Y tế``): no placeholder.
LETTER_SYLLABLES: frozenset[str] = frozenset(
    _fold(w) for w in _DATA["placeholder"]["syllables"])

_TRADE = _DATA["trade"]
#: Longest stretch a trade name goes on over after its first modifier, in tokens.
TRADE_MAX = int(_TRADE["max_words"])
#: Most small words in a row in that stretch.
TRADE_SMALL = int(_TRADE["max_small"])
#: Words read as verbs elsewhere that stand in a trade name (``tổng hợp``).
TRADE_WORDS: Phrases = phrases(_TRADE["words"])
#: Verbs that stand in a company's line of business before its brand.
TRADE_OPEN_WORDS: Phrases = phrases(_TRADE["open_words"])
#: Countries that name a company's local arm in brackets (``Công ty TNHH X (Việt Nam)``).
TRADE_BRACKETED: Phrases = phrases(_TRADE["bracketed"])

#: A state's form before its name after a mission's head (``Cộng hòa Liên bang`` Đức).
MISSION_STATES: Phrases = phrases(_DATA["mission_states"]["forms"])
#: Regions in brackets that belong to a name (``Hội thánh Tin lành Việt Nam (miền Nam)``).
BRACKETED_REGIONS: Phrases = phrases(_DATA["bracketed_regions"]["words"])

_STOP = _DATA["stop"]
FUNCTION = frozenset(_fold(w) for w in _STOP["function"])
VERBS: Phrases = phrases(_STOP["verbs"])
#: Period words that open a line with their number: no name goes on into them.
LINE_PERIODS = frozenset(_fold(w) for w in _STOP["line_periods"])
#: Weekdays that open a schedule's day cell on a line of its own: no name goes on into
#: them; their first words, and the whole weekday (tone-folded, any case).
LINE_WEEKDAY_HEADS = frozenset(_fold(w).split()[0] for w in _STOP["line_weekdays"])
#: Heads read written small right after a title word (``Trưởng phòng Giáo dục Trung
#: học``): head word -> the title words it may follow (both tone-folded, small).
def _titled_small() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for title, heads in _STOP.get("titled_small_heads", {}).items():
        for head in heads:
            out.setdefault(_fold(head), set()).add(_fold(title))
    return {head: frozenset(titles) for head, titles in out.items()}


TITLED_SMALL_HEADS: dict[str, frozenset[str]] = _titled_small()
#: Head words read written small before a capitalised field (``khoa Nhi``): every form
#: of theirs is a department's whole name asking for its capitals (tone-folded).
SMALL_NAMED_HEADS = frozenset(_fold(w) for w in _STOP.get("small_named_heads", []))
#: Small words after which such a department may end (tone-folded).
TITLED_SMALL_NEXT = frozenset(_fold(w) for w in _STOP.get("titled_small_next", []))
LINE_WEEKDAY = regex.compile(
    r"(?:" + "|".join(regex.escape(_fold(w)) for w in _STOP["line_weekdays"])
    + r")(?![\p{L}\p{N}])", regex.IGNORECASE)
#: Verbs that name a sector right after an organ's head (``SỞ XÂY DỰNG``).
SECTOR_VERBS: Phrases = phrases(_STOP.get("sector_verbs", []))
#: Small fields that are verbs after a name already read (``... nông thôn thống kê``).
FIELD_VERBS: Phrases = phrases(_STOP.get("field_verbs", []))
CAP_STOP: Phrases = phrases(_STOP["capitalised"])
#: Foreign states' names (places.toml ``[[country]]``) that close a ``state`` head
#: (``Chính phủ Hàn Quốc``); not the home country's, nor a name that is also a word.
_FOREIGN_NAMES = [
    n for c in load("places").get("country", []) for n in c["names"]
    if n not in c.get("ambiguous_names", []) and _fold(n) != _fold("Việt Nam")]
FOREIGN_STATES: Phrases = phrases(_FOREIGN_NAMES)
#: The states' names that are also words (``Đức``, ``Pháp``, ``Anh``, ``Mỹ``): right
#: after a ``state`` head and capitalised they name the state (``Chính phủ Đức``), but
#: not in lower case (``Chính phủ đức trị``) nor before a name (``Anh Nguyễn Văn A``).
FOREIGN_STATES_AMBIGUOUS: Phrases = phrases([
    n for c in load("places").get("country", []) for n in c.get("ambiguous_names", [])])
#: The same names folded, their letters only, as a merged key's tail is compared
#: (``nhatban``, ``oxtraylia``)
FOREIGN_STATE_KEYS = frozenset(regex.sub(r"[^\p{L}]", "", _fold(n)) for n in _FOREIGN_NAMES)
#: Foreign donors' acronyms: after ``và`` the next actor, not the name's field (folded).
DONOR_ACRONYMS = frozenset(_fold(w) for w in _STOP.get("donor_acronyms", []))
#: Stops above that name a unit's whole field right after its head (``Vụ Kế hoạch``,
#: ``Trường Đại học Luật``), each with the canonical heads (folded) it may follow.
DEPARTMENT_FIELDS: Phrases = Phrases(
    (field, frozenset(_fold(h) for h in heads))
    for field, heads in _STOP.get("department_fields", {}).items())
#: Forms of address that end a locality's name (``Cát Bà``, ``Cửa Ông``) when no name follows.
LOCALITY_ENDS = frozenset(_fold(w) for w in _STOP["locality_ends"])
#: Ranks and job titles that end a name when they open the next line (a staff list's cell).
LINE_RANKS: Phrases = phrases(_STOP["line_ranks"])
_COMPANY = _DATA["company_abbreviations"]
#: A company's legal forms (``TNHH``, ``cổ phần``, ``MTV``), by their last word.
LEGAL_FORMS_LAST = _by_last([*_COMPANY["expansions"], *_COMPANY["expansions"].values(),
                             *_COMPANY["forms"]])
#: A company's legal forms as phrases: after a dash (``Tổng công ty Thép Việt Nam -
#: Công ty cổ phần``) ``Công ty`` and its forms end the name they follow.
LEGAL_FORMS: Phrases = phrases([*_COMPANY["expansions"], *_COMPANY["expansions"].values(),
                                 *_COMPANY["forms"]])
#: The signing authorities, as regexes (``TM\s*\.``, ``T/M``).
AUTHORITIES: list[str] = list(_DATA["signature"]["authority"])
SIGNATURE_LINE = regex.compile(r"^[ \t]*(?:" + "|".join(AUTHORITIES) + r")", regex.MULTILINE)
#: A signing authority where a token starts (``KT.`` under ``ỦY BAN NHÂN DÂN TỈNH``),
#: and the folded tokens it opens with (``kt``, ``t`` of ``T/M``): only those are tried.
AUTHORITY_AT = regex.compile("|".join(AUTHORITIES))
AUTHORITY_WORDS = frozenset(
    m.group().lower() for a in AUTHORITIES if (m := regex.match(r"[A-Za-z]+", a)))
#: Words that join two parts of a name (every dash reads as ``-``: organ_tokens).
CONNECTORS = frozenset({"và", "-", "&"})

_MERGE = _DATA["merge"]
FUZZY_MIN = float(_MERGE["fuzzy_min"])
#: Compass and river-course words: near names that differ in them are two organs.
DISTINCT_WORDS: frozenset[str] = frozenset(_MERGE["distinct_words"])
#: Joining words a longer name adds that say nothing of which organ it is (``của``).
JOINING_WORDS: frozenset[str] = frozenset(_MERGE["joining_words"])
ALIASES: list[tuple[str, str]] = [(a["from"], a["to"]) for a in _MERGE["aliases"]]
#: Of those, the ones that apply only before more words (a scope), not to a name alone.
SCOPED_ALIASES: frozenset[str] = frozenset(
    a["from"] for a in _MERGE["aliases"] if a.get("scoped"))


# --- abbreviations ------------------------------------------------------------------------

ABBREVIATIONS: dict[str, str] = dict(_DATA["abbreviations"])
# a whole token, and not part of a document code (``45/QĐ-UBND``, ``TB-VPCP``); after a
# dash glued to a small word it is a name's last field (``Lao động-Tiền lương-BHXH``)
_ABBREVIATION = regex.compile(
    r"(?<![\p{L}\p{N}/])(?<![\p{Lu}\p{N}/\-]-)(?<!^-)("
    + "|".join(regex.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}/]|-\p{L})"
)


@lru_cache(maxsize=8192)
def expand_abbreviations(name: str) -> str:
    """Expand organ abbreviations: ``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``.

    Whole tokens only and case-sensitively, so that ordinary words and
    document codes (``45/QĐ-UBND``) are left alone. Cached: organ names
    repeat within and across documents, and merging asks for each many times.
    """
    if not name:
        return name
    return str(_ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], company_form(name)))


def company_form(name: str) -> str:
    """``Công ty CP X`` → ``Công ty cổ phần X``: after a company's head an abbreviation
    names its legal form, which the organ abbreviations (``CP``: Chính phủ) must not
    expand. Only text after the head changes, so head offsets stay valid."""
    return str(_COMPANY_FORM.sub(lambda m: m.group(1) + _COMPANY_FORMS[m.group(2)], name))


_COMPANY_FORMS: dict[str, str] = dict(_COMPANY["expansions"])
# a company's head and its legal form's abbreviation (``Công ty CP``): the form is expanded
# first, so that ``CP`` there is not read as the Chính phủ
_COMPANY_FORM = regex.compile(
    r"(?<![\p{L}\p{N}])((?:" + "|".join(map(regex.escape, _COMPANY["heads"]))
    + r")[ \t]+)(" + "|".join(map(regex.escape, _COMPANY_FORMS)) + r")(?![\p{L}\p{N}])")


# --- tables shared with other components ---------------------------------------------------


def _surnames() -> frozenset[str]:
    """Common family names (persons.toml): a capitalised run opening on one
    after an organ is a person (``Bí thư Tỉnh ủy Nguyễn Văn A``), not a place."""
    try:
        names = load("persons").get("surnames", {}).get("common", [])
    except (FileNotFoundError, OSError, ValueError):
        names = []
    return frozenset(_fold(n) for n in names)


def _places() -> Phrases:
    """Province and district names (gazetteer.toml), so that a place name
    holding a head word (``Hải Phòng``, ``Hội An``) is read whole; each with the
    levels it names (``Hà Giang``: a province and its city), as a distributive
    list without a colon takes only names of its level word's level."""
    try:
        data = load("gazetteer")
    except (FileNotFoundError, OSError, ValueError):
        return Phrases([])
    levels: dict[str, set[str]] = {}
    for key in ("province", "district"):
        for e in data.get(key, []):
            if "name" in e:
                levels.setdefault(_fold(e["name"]), set()).add(key)
    # the 1976-2008 map's provinces (``UBND tỉnh Hà Nam Ninh``, not ``... Hà Nam``)
    places = load("places")
    for name in places.get("former_provinces", {}).get("names", []):
        levels.setdefault(_fold(name), set()).add("province")
    # and the districts that ended before the gazetteer's list (``Điện lực Cửa Lò``)
    for e in places.get("former_districts", {}).get("units", []):
        if str(e["name"])[:1].isalpha():
            levels.setdefault(_fold(e["name"]), set()).add("district")
    # a province's spelling variants written as words (``Thừa Thiên Huế``, ``Bà Rịa Vũng
    # Tàu``, ``Đắc Lắc``), so that a list without a colon reads them too (``Ủy ban nhân
    # dân các tỉnh Quảng Trị, Thừa Thiên Huế``); not the initials (``TT-Huế``, ``BRVT``)
    for variants in places.get("province_variants", {}).values():
        for v in variants:
            if v[1:2].islower():
                levels.setdefault(_fold(v), set()).add("province")
    return Phrases((name, frozenset(lv)) for name, lv in levels.items())


def _eponyms() -> frozenset[tuple[str, ...]]:
    """People whom organs are named after ([eponyms] of agencies.toml): their names
    end an organ's name (``Đoàn Thanh niên Cộng sản Hồ Chí Minh``) rather than start
    a person's after it, as other runs on a common surname do."""
    return frozenset(tuple(_fold(n).split()) for n in _DATA["eponyms"]["names"])


def _school_kinds() -> dict[str, tuple[tuple[str, ...], ...]]:
    """School levels and kinds (``[non_names] institutions`` of persons.toml), by
    their last word: the run after one is the school's name even when it reads as a
    person's (``Trường Trung học phổ thông Huỳnh Thúc Kháng``)."""
    return _by_last(list(load("persons")["non_names"]["institutions"]))


SURNAMES = _surnames()
#: Every family name of persons.toml, the rarer ones too (``Hà``, ``Cao``): after a title
#: and its organ a person-shaped run on one of them is the official (see
#: :meth:`~vbcd.extract.organ_grammar.Parser._titled_name`).
ALL_SURNAMES = frozenset(
    _fold(n) for key in ("common", "rare") for n in load("persons")["surnames"][key])
#: The shapes that open a Central Highlands name where a family name stands in a Kinh one
#: (persons.toml ``initials`` and ``caps_openers``): an initial glued by an apostrophe to a
#: capitalised syllable (``H'Hen Niê``, ``K'Brel``), not the Mông people's own name
#: (``H'Mông``), and the Ê Đê man's ``Y`` (``Y Khuê Êban``). After a title and its organ
#: such a run is the official (``Phó Chủ tịch UBND tỉnh`` + ``H'Hen Niê``).
_SURNAME_DATA = load("persons")["surnames"]
INITIAL_OPENER = regex.compile(
    r"(?:" + "|".join(map(regex.escape, (_fold(i) for i in _SURNAME_DATA["initials"])))
    + r")['’]\p{L}")
NOT_INITIAL_NAMES = frozenset(
    _fold(n).replace("’", "'") for n in _SURNAME_DATA["initial_words_not_names"])
CAPS_OPENERS = frozenset(_fold(n) for n in _SURNAME_DATA["caps_openers"])
#: The position titles of positions.toml (``Chủ tịch``, ``Bí thư``), by their last word.
TITLES_LAST = _by_last(list(load("positions")["heads"]["titles"]))


def _marks_lost_titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The titles of positions.toml ``marks_lost``, as word skeletons, by their first."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in load("positions")["heads"]["marks_lost"]:
        sk = tuple(strip_marks(w) for w in words_of(p))
        out[sk[0]] = (*out.get(sk[0], ()), sk)
    return out


#: Titles that end a name also when a scan misread their marks (``Sở Nội vụ - Tổ
#: truởng``, ``Phó Truởng ban Thường trực``): skeletons, by the first word's.
MARKS_LOST_TITLES = _marks_lost_titles()
#: The same titles as folded words (``trưởng ban``): those a ``not_after`` list names are
#: also before the head when a scan misread their marks.
MARKS_LOST_PHRASES = frozenset(words_of(p) for p in load("positions")["heads"]["marks_lost"])
EPONYMS = _eponyms()
SCHOOL_KINDS_LAST = _school_kinds()
#: value: the gazetteer levels the name names (``province``, ``district``)
PLACES = _places()


@lru_cache(maxsize=1)
def multiword_heads() -> frozenset[str]:
    """Head forms of two words or more, tone- and case-folded, words joined by a space
    (``ủy ban thường vụ quốc hội``): what a header line broken inside one still is."""
    # split at white space, as the header compares its lines (``HĐND-UBND`` one word)
    words = [fold_tones(form).casefold().split() for form, _ in HEAD_LIST]
    return frozenset(" ".join(w) for w in words if len(w) > 1)
