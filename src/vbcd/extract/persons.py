"""Named people and their positions.

Directive documents name people in a few fixed ways, and each is a source of
names here:

* a cue word: ``đồng chí Nguyễn Tường Văn``, ``Đ/c ...``, ``ông``/``bà``
  (weak cues: ``bà con`` and ``ông bà`` are no names, so the name after a weak
  cue must start with a known surname);
* a position title before the name, possibly with its organ:
  ``Tổng Bí thư Nguyễn Phú Trọng``, ``Bộ trưởng Bộ Y tế Đào Hồng Lan``,
  abbreviated in recipient lists (``PTTg``, ``Đ/c PGĐ ...``, ``TT. ...``);
* a position list after the name (apposition): ``Nguyễn Đắc Vinh, Chủ nhiệm
  ...``, abbreviated titles included when an organ or the end of the item
  makes them positions (``Nguyễn Văn Hùng - PCT UBND tỉnh``, ``A, TUV, ...``);
* a plural cue that opens a list: ``các đồng chí Ủy viên Trung ương Đảng: A,
  ...; B, ...`` (the shared title is a position of every member);
* the signature block: the signer's name span from the signature parser, or a
  name standing alone on a line under a title printed in capitals.

After a name, the comma list of positions is read
(:func:`vbcd.extract.person_positions.read_chain`). Then every other
occurrence of a found name becomes a mention, mentions of one person are
grouped, and spellings that differ only by a diacritic or two (``Tổng Thanh
Hải`` / ``Tống Thanh Hải``) are merged, the majority spelling winning.

The signer's title is kept in ``signature_role`` only, not among
``positions``: ``positions`` hold what the running text says about a person
(pass ``signature_position=True`` to add the signature title as well). Given
the signature parser's title, the signer's role is that title, which reads the
whole block (``BỘ TRƯỞNG, CHỦ NHIỆM``, a wrapped or misspelt title).

A position's full text is ``title`` and ``organ`` joined by a space, which is
its span ``text[start:end]`` with whitespace collapsed (``Phó Bí thư`` +
``Tỉnh ủy``).

``ner=True`` adds names that only underthesea's tagger finds
(:mod:`vbcd.extract.ner`, imported on that call only) if they pass the same
name checks.

Only the stretches of text where a name can be found are tokenised: the
scans of :mod:`vbcd.extract.person_scan` find them, a
:class:`~vbcd.extract.person_tokens.TokenStore` reads them. Every name that
needs a known surname starts on a capitalised surname, a cue that needs none
is a literal, a title or a cue reaches its name inside one clause, and the
reader's state (which title covers which words) never crosses the
punctuation that ends a clause; so reading the clauses that lead to those
places finds what reading every token finds.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from vbcd.extract.person_board import board_roles
from vbcd.extract.person_names import (
    LOOK_BACK,
    SURNAMES,
    address_follows,
    blocked_before,
    display_name,
    display_text,
    foreign_name_at,
    institution_before,
    is_upper,
    minority_name_at,
    name_at,
    name_in_run,
    place_like,
    read_run,
    religious_name_at,
    same_style,
    syllable_ok,
    valid_name,
)
from vbcd.extract.person_positions import (
    ABBR_FIRST,
    ABBREVIATIONS,
    AFTER_NOUN,
    COMPOUNDS,
    HEAD_FIRST,
    HEADS,
    ORGAN_PHRASES,
    PREFIXES,
    Head,
    PositionSpan,
    bodies_follow,
    match_abbreviation,
    match_head,
    rank_opens,
    read_chain,
    read_organ,
    read_position,
)
from vbcd.extract.person_scan import (
    MAX_WORDS,
    Surname,
    authority_lines,
    bare_surname_starts,
    cell_cue_starts,
    clause_floor,
    ending_pattern,
    initial_starts,
    line_start,
    lines_above,
    lines_after,
    name_anchors,
    name_line_at,
    occurrences,
    personal_cue_starts,
    phrase_pattern,
    strong_cue_starts,
    surname_starts,
    title_line_above,
    word_pattern,
)
from vbcd.extract.person_tables import NameCell
from vbcd.extract.person_tokens import (
    CASE_LOWER,
    CASE_UPPER,
    GAP_LINE,
    GAP_PARA,
    GAP_SPACE,
    Facts,
    PhraseTrie,
    Tokens,
    TokenStore,
    key_of,
    phrase_keys,
    strip_diacritics,
    tokenize,
    word_facts,
)
from vbcd.grammar import load
from vbcd.models import Mention, Person, Position
from vbcd.normalize import fold_tones

_DATA = load("persons")
#: An organ's head of two words or more (``VĂN PHÒNG``, ``BẢO HIỂM``, ``CÔNG AN``),
#: unmarked: a capitals line that is only one is the seal's legend under the signer's
#: position (``PHÓ CHÁNH VĂN PHÒNG`` / ``VĂN PHÒNG`` / ``UBND TỈNH X``), no name,
#: though its first word may be a surname (``Văn``).
_SEAL_HEAD_LINES = frozenset(
    strip_diacritics(h) for h in load("header")["issuer"]["heads"] if " " in h)

#: Warning code for a merged misspelling; see :func:`find_persons_with_notes`.
ALIAS_NOTE = "person_alias"
#: Most people read from one list.
MAX_LIST = 200
#: Most distinct names searched for further mentions.
MAX_NAMES = 2000
#: Lines above a signer's name searched for its title.
TITLE_LINES = 7

Note = tuple[str, str, int, int]

#: The labels of a form's name field and of a record's roles (``Họ và tên:``, ``Người
#: khiếu nại:``), the colon included: weak cues that stand right before their name.
_NAME_LABELS = [phrase_keys(c) for c in _DATA["form"]["name_labels"]]
_CUES: PhraseTrie[str] = PhraseTrie(
    [(phrase_keys(c), "strong") for c in _DATA["cues"]["strong"]]
    + [(phrase_keys(c), "weak") for c in _DATA["cues"]["weak"]]
    + [(k, "weak") for k in _NAME_LABELS]
    + [(phrase_keys(c), "merit") for c in _DATA["cues"]["merit"]]
)
#: The cues after a title and a dash that bring the title's holder (``Giám đốc Sở - ông
#: Phan Văn Hùng``).
_DASH_CUES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(c), True) for c in _DATA["cues"]["after_title_dash"])
_DASH_MARKS = frozenset({"-", "–", "—"})
#: Fewest syllables of a name after a merit cue (``liệt sĩ``): two name a place.
_MERIT_MIN = 3
#: The words before a war invalid's grade (``hạng 1/4``), and those for the gravest
#: (``nặng``), that may stand between a merit cue and its name.
_MERIT_GRADE: frozenset[str] = frozenset(key_of(w) for w in _DATA["cues"]["merit_grade"])
_MERIT_SEVERE: frozenset[str] = frozenset(key_of(w) for w in _DATA["cues"]["merit_severe"])
#: The cue words that may lead to a name from afar (a label stands right before it).
_REACH_CUES: PhraseTrie[str] = PhraseTrie(
    [(phrase_keys(c), "") for c in _DATA["cues"]["strong"] + _DATA["cues"]["weak"]]
)
_PLURAL: frozenset[str] = frozenset(key_of(p) for p in _DATA["cues"]["plural"])
#: Bare membership words a list's items with a role of their own do not take, and the
#: roles in a body such an item prints.
_BARE_MEMBERS: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(w) for w in _DATA["cues"]["bare_members"])
_BODY_ROLES: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(w) for w in _DATA["cues"]["body_roles"])
#: The same words tone-folded, as a board label's role is compared (:func:`_board_roles`).
_BARE_MEMBERS_FOLDED = frozenset(
    tuple(fold_tones(w).lower().split()) for w in _DATA["cues"]["bare_members"])
_BODY_ROLES_FOLDED = frozenset(
    tuple(fold_tones(w).lower().split()) for w in _DATA["cues"]["body_roles"])
#: Enterprise nouns opening an organ whose two-syllable runs are brands, not persons.
_ENTERPRISES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(w), True) for w in _DATA["non_names"]["enterprises"])
#: Fewest syllables of a person's name inside an enterprise's organ.
_ENTERPRISE_NAME_MIN = 3
#: Organ nouns a clergy rank may stand in (``Tòa Giám mục``, ``Hội đồng Giám mục``).
_RANK_ORGANS: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(w) for w in _DATA["religious"]["rank_in_organ_after"])
_RANK_ORGAN_MAX = max(map(len, _RANK_ORGANS))
#: The first word of a Dharma name (``Thích``), by its key.
_DHARMA_FIRST: frozenset[str] = frozenset(
    key_of(w) for w in _DATA["religious"]["dharma_first"])
#: The strong cues (``đồng chí``, the clergy's ranks), by their keys.
_STRONG: PhraseTrie[bool] = PhraseTrie((phrase_keys(c), True) for c in _DATA["cues"]["strong"])
_SIGNATURE_FILLER = frozenset(key_of(w) for w in _DATA["signature"]["filler"])
_AUTHORITIES: frozenset[tuple[str, ...]] = frozenset(
    tuple(tokenize(a).raw) for a in _DATA["signature"]["authorities"]
)
_LIST_MARKERS = frozenset({"-", "+", "•", "*", "–"})
_DASHES = frozenset({"-", "–", "—"})
#: Tokens between a list's colon and its first name: the colon and a marker (``1.``).
_LIST_LEAD = 3
#: Lower-case words that may stand inside a title, an organ or a cue: any
#: other lower-case word ends what reaches a name after it.
_REACH_KEYS = frozenset(
    k
    for trie in (HEADS, PREFIXES, ORGAN_PHRASES, AFTER_NOUN, _REACH_CUES)
    for phrase in trie.phrases
    for k in phrase
) | _PLURAL | {"và"}
_REACH_BARE = frozenset(w for pair in COMPOUNDS for w in pair)
#: Keys of the words at which reading does something besides a surname: cues and titles
#: (abbreviated titles are matched as printed, :data:`ABBR_FIRST`).
_TRIGGER_KEYS = _CUES.first | HEAD_FIRST
_VISIT_KEYS = _TRIGGER_KEYS | SURNAMES
#: Where reading may start a cue or a title: the first words of those (on tone-folded text).
_TRIGGER_WORDS = word_pattern(_TRIGGER_KEYS | {key_of(a) for a in ABBR_FIRST})
#: A cue or a title that starts here, as the grammar reads them (a superset: any
#: whitespace between tokens, case ignored; abbreviations keep their case, and
#: tone folding leaves them alone).
assert all(fold_tones(t) == t for abbr in ABBREVIATIONS for t in abbr)
_ABBR_PATTERN = phrase_pattern(ABBREVIATIONS)
_TRIGGER_AT = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?i:(?:" + phrase_pattern(PREFIXES.phrases) + r"\s*){0,3}"
    + phrase_pattern(HEADS.phrases) + "|" + phrase_pattern(_CUES.phrases) + ")|"
    + _ABBR_PATTERN + ")"
)
#: Tokens that surely end the stretch that leads to a name (:func:`_word_ends_reach`).
_ENDING = ending_pattern(_REACH_BARE | {strip_diacritics(k) for k in _REACH_KEYS})
#: A name of two to four words, a separator, and a position head (or an abbreviated
#: title, as printed: ``- PCT UBND tỉnh``): an apposition.
_HEAD_WORD = (
    "(?:(?i:" + "|".join(sorted(HEAD_FIRST, key=lambda k: (-len(k), k))) + r")(?![\p{L}\p{M}])|"
    + _ABBR_PATTERN + ")"
)
_NAME_WORDS = r"[\p{L}\p{M}]++(?:\s++[\p{L}\p{M}]++){1,3}"
_SEPARATED_POSITION = regex.compile(_NAME_WORDS + r"\s*+[,\-–]\s*+" + _HEAD_WORD)
#: Cells of a year or a date of birth between a row's name and its position (``1975``).
_NUMBER_CELLS_AT = r"(?:\d[\d/.\-]*+(?: *+\t|  |[ \t]*+\n)[ \t]*+){0,2}"
#: The same for a name in a table cell of its own, the position in the next, cells
#: parted by tabs or the spaces they become (``1⇥Nguyễn Văn An⇥Giám đốc Sở Y tế``).
_CELL_POSITION = regex.compile(
    r"[\p{L}\p{M}]++(?: [\p{L}\p{M}]++){1,3}(?: *+\t|  )[ \t]*+" + _NUMBER_CELLS_AT + _HEAD_WORD
)
#: The same for a name alone on its line, the position on the next (a table row).
_POSITION_BELOW = regex.compile(
    _NAME_WORDS + r"\s*+(?:(?:[,;:\-–—(]|kiêm(?![\p{L}\p{M}]))\s*+)?" + _NUMBER_CELLS_AT
    + _HEAD_WORD
)
_WORD = regex.compile(r"[\p{L}\p{M}]*")
#: A ``title_until`` past every token.
_NO_TITLE = sys.maxsize
#: Tokens an abbreviated title spans at most, its dot included (``Phó CTr .``).
_ABBR_REACH = max(map(len, ABBREVIATIONS)) + 1


@dataclass(frozen=True, slots=True)
class _Pos:
    """A position as character offsets: head ``start..head_end``, organ ``organ_start..end``.

    Equal exactly when the token spans it comes from are equal, so positions
    read in different windows compare as they would on one token list.
    """

    start: int
    head_end: int
    organ_start: int
    end: int
    generic: bool
    upper: bool
    #: a board role its list's label gives (``Trưởng ban:``): kept beside a post that it
    #: is a word prefix of (``Trưởng Ban Tuyên giáo Tỉnh ủy``), another body's office
    role: bool = False

    @classmethod
    def of(cls, toks: Tokens, p: PositionSpan) -> _Pos:
        end = toks.ends[p.end - 1]
        organ_start = toks.starts[p.head_end] if p.end > p.head_end else end
        h = p.head_end
        if h - 1 > p.start and toks.raw[h - 1] == ",":
            h -= 1  # the comma before a staff title's section (``chuyên viên, Phòng X``)
        return cls(toks.starts[p.start], toks.ends[h - 1], organ_start, end, p.generic, p.upper)

    def surface(self, text: str) -> str:
        return " ".join(text[self.start : self.end].split())

    def title(self, text: str) -> str:
        return " ".join(text[self.start : self.head_end].split())

    def organ(self, text: str) -> str:
        if self.organ_start >= self.end:
            return ""
        return " ".join(text[self.organ_start : self.end].split())


@dataclass
class _Hit:
    """One mention of a name, with what its context says about the person."""

    name: str
    start: int
    end: int
    positions: list[_Pos] = field(default_factory=list)
    role: str | None = None
    #: The signature parser's span of the signer's name: its title is the role.
    signer: bool = False


class _Collector:
    """Hits keyed by their character span, so several sources may find one mention."""

    def __init__(self) -> None:
        self.hits: dict[tuple[int, int], _Hit] = {}
        #: The spans of names read from a table's name column: their positions come
        #: from its position column only (:func:`_table_names`).
        self.tabled: set[tuple[int, int]] = set()
        #: The end of the tabled name starting at each offset: a shorter name read
        #: there by the sentence reading is the same cell's name cut short.
        self.tabled_ends: dict[int, int] = {}

    def add(
        self,
        toks: Tokens,
        idx: list[int],
        positions: Iterable[PositionSpan | _Pos] = (),
        role: str | None = None,
        name: str | None = None,
        signer: bool = False,
        tabled: bool = False,
    ) -> None:
        """Record the name at ``idx`` (``tabled``: read from a table's name column,
        whose span then takes positions from that source only). The first role found
        for a span is kept, but
        the ``signer``'s (the title read by the signature parser, which sees the whole
        block) replaces any other: a head the name reading found just above the name
        may be only the end of the title (``BỘ TRƯỞNG, CHỦ NHIỆM``)."""
        key = (toks.starts[idx[0]], toks.ends[idx[-1]])
        hit = self.hits.get(key)
        if hit is None and not tabled and self.tabled_ends.get(key[0], 0) > key[1]:
            return  # a cell's name cut at its wrap (``Nguyễn Thị Bích`` / ``Vân``)
        if hit is None:
            hit = _Hit(name=name or display_name(toks, idx), start=key[0], end=key[1])
            self.hits[key] = hit
        if key in self.tabled and not tabled:
            positions = ()  # ``Bác sĩ`` under ``Vị trí dự tuyển``: no position held
        for p in positions:
            q = p if isinstance(p, _Pos) else _Pos.of(toks, p)
            if q not in hit.positions:
                hit.positions.append(q)
        if role and (signer or not hit.role):
            hit.role = role
        hit.signer = hit.signer or signer


# --- sources ------------------------------------------------------------------------


def _prev_plural(toks: Tokens, i: int) -> bool:
    return i > 0 and toks.key[i - 1] in _PLURAL and toks.gap[i] != GAP_PARA


def _seal_head_line(toks: Tokens, run: list[int]) -> bool:
    """Whether the capitals ``run`` is only an organ's head (``VĂN PHÒNG``): the seal's
    legend read under the signer's position, no name (see :data:`_SEAL_HEAD_LINES`)."""
    return is_upper(toks, run) and strip_diacritics(
        " ".join(toks.raw[k] for k in run)) in _SEAL_HEAD_LINES


def _follows(toks: Tokens, i: int) -> bool:
    """Token ``i`` continues the text before it (same block, not glued)."""
    return toks.has(i) and toks.gap[i] in (1, GAP_LINE)


def _title_name(
    toks: Tokens, head: Head, out: _Collector, *, plural: bool, cued: bool = False,
    before: tuple[PositionSpan, ...] = (),
) -> int:
    """A title, its organ, and the name after them (``Tổng Bí thư Nguyễn Phú Trọng``).

    Returns the index up to which the tokens belong to this title: no other
    title starts inside it (``Bí thư`` inside ``Tổng Bí thư``, ``Thường trực``
    inside ``Phó Thủ tướng Thường trực Phạm Bình Minh``). ``cued``: a cue word
    stands before the title (``Đ/c PCTr Mai Sơn``), so a name that looks like
    a place is still a name. ``before``: the titles printed before this one, a
    comma after each, that the same name ends (:func:`_next_title`).
    """
    if _follows(toks, head.end) and religious_name_at(toks, head.end) is not None:
        # ``Giám mục Giuse Đinh Đức Đạo``: a clergy rank before a baptismal name, no
        # organ; the rank's cue reads the name (``Giuse`` is no organ's word)
        return head.end
    if _in_organ_name(toks, head.start) and _STRONG.longest(toks, head.start) is not None:
        return head.end  # ``Tòa Tổng Giám mục Hà Nội``: a see, no bishop named
    if _row_ends_with_title(toks, head):
        return head.end  # ``... | Tổ trưởng`` / ``Bà B``: the role of the row's person
    organ_end = head.end if head.no_organ else read_organ(toks, head.end, head_start=head.start)
    shared = PositionSpan(head.start, head.end, organ_end, head.generic, head.upper)
    if plural and toks.has(organ_end) and toks.raw[organ_end] == ":":
        _read_list(toks, organ_end + 1, out, shared=None if head.generic else shared,
                   bare_surname=True)
        return organ_end
    name: list[int] | None = None
    if head.abbreviation and _follows(toks, head.end):
        name = name_at(toks, head.end, allow_upper=False, places=not cued, bare_surname=True)
        if name is not None and not cued and address_follows(toks, name[-1]):
            return organ_end  # ``CN Đồng An, phường ...``: ``KCN``'s tail and a place
    if name is None:
        name = _name_in_organ(
            toks, head.end, organ_end, after_head=not (head.abbreviation or head.calling),
            bare_surname=True,
        )
    organ_stop = None
    if name is None and not plural and (k := rank_opens(toks, organ_end)):
        # ``Thứ trưởng Bộ Quốc phòng Thượng tướng Mạc Đình Chiến``: the holder's rank
        # stands between his office and his name
        name = name_at(toks, k, allow_upper=False, places=False)
        organ_stop = organ_end if name is not None else None
    if name is None and not plural:
        name = _dashed_holder(toks, organ_end)
        organ_stop = organ_end
    if name is None:
        if plural:
            return organ_end
        return _next_title(toks, head, organ_end, out, cued=cued, before=(*before, shared))
    if is_upper(toks, name):
        # capitals are accepted for the signature layout only: a line of its own
        first, last = name[0], name[-1]
        if toks.gap[first] < GAP_LINE or (toks.has(last + 1) and toks.gap[last + 1] < GAP_LINE):
            return organ_end
        if _seal_head_line(toks, name):
            return organ_end
    if organ_stop is None:
        organ_stop = _organ_before_name(toks, head, name[0])
    position = PositionSpan(head.start, head.end, organ_stop, head.generic, head.upper)
    # an abbreviated title heads a list of abbreviated offices (``VPCP: BTCN, PCN Mai
    # Thị Thu Vân, Trợ lý TTg, TGĐ Cổng TTĐT``): the titles after the name are the
    # list's next items, other people's offices
    chain, after = ([], 0) if head.abbreviation else _chain(
        toks, name[-1] + 1, titled=not (head.upper or head.generic))
    if chain and bodies_follow(toks, after):
        chain = []  # ``Tổng Bí thư A, Thường trực Ban Bí thư, Chính phủ``: a list of bodies
    positions = [] if (head.upper or head.generic) else [*before, position]
    if head.abbreviation and toks.key[name[0]] in _DHARMA_FIRST:
        positions = []  # ``TT. Thích Minh Thái``: Thượng tọa, a monk's rank
    role = toks.surface(head.start, position.end) if head.upper else None
    out.add(toks, name, positions + chain, role=role)
    return name[0]


def _dashed_holder(toks: Tokens, k: int) -> list[int] | None:
    """The name after a dash and a cue at token ``k``, on the title's line: the
    title's holder (``Giám đốc Sở - ông Phan Văn Hùng: phụ trách chung``)."""
    if not (toks.has(k) and toks.raw[k] in _DASH_MARKS and _follows(toks, k + 1)):
        return None
    cue = _DASH_CUES.longest(toks, k + 1)
    if cue is None or not _follows(toks, cue[0]):
        return None
    return name_at(toks, cue[0], allow_upper=False, places=False)


#: Titles before one name at most (``Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch
#: HĐND tỉnh Nguyễn Văn A``).
MAX_TITLES_BEFORE = 3


def _next_title(
    toks: Tokens, head: Head, organ_end: int, out: _Collector, *, cued: bool,
    before: tuple[PositionSpan, ...],
) -> int:
    """A title without a name after it, then a comma and another title on the line
    (``Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phạm Anh Tuấn``): one person holding both,
    the name after the last; the next title is read with this one (``before``)
    among its name's positions. Returns :func:`_title_name`'s index, ``organ_end``
    when no title follows.

    A list of offices names several people (``Thủ tướng Chính phủ, Phó Thủ tướng
    Chính phủ Vũ Đức Đam``, ``các Thứ trưởng, Bộ trưởng ...``, ``Trợ lý, Thư ký ...``),
    so the title must head an organ, be no abbreviation and no word of a body's name
    (``Ban Bí thư``), and the next title must be no rank of the same office (``Phó``
    of it, or it of a ``Phó``)."""
    nxt = organ_end + 1
    if (head.upper or head.generic or head.abbreviation or organ_end <= head.end
            or len(before) >= MAX_TITLES_BEFORE
            or (head.start > 0 and toks.is_cap(head.start - 1)
                and toks.gap[head.start] in (1, GAP_LINE))
            or not (toks.has(nxt) and toks.raw[organ_end] == "," and toks.gap[nxt] == 1)):
        return organ_end
    following = match_head(toks, nxt)
    if following is None or following.upper or following.generic or following.abbreviation:
        return organ_end
    first, then = (" ".join(toks.key[h.start:h.end]) for h in (head, following))
    if first.endswith(then) or then.endswith(first):
        return organ_end
    return _title_name(toks, following, out, plural=False, cued=cued, before=before)


def _name_in_organ(
    toks: Tokens, start: int, end: int, *, after_head: bool = True, bare_surname: bool = False
) -> list[int] | None:
    """The first name inside the organ tokens ``start..end`` after a title
    (``bare_surname``: it may start on a surname without marks, see
    :func:`~vbcd.extract.person_names.name_in_run`)."""
    k = start
    while k < end:
        if toks.is_cap(k) and (k == start or not _run_goes_on(toks, k)):
            run = read_run(toks, k)
            if run:
                name = name_in_run(
                    toks,
                    run,
                    after_place_word=blocked_before(toks, k),
                    after_institution=institution_before(toks, k),
                    after_head=after_head and k == start,
                    bare_surname=bare_surname,
                )
                if name is None and k == start:
                    name = _name_after_found_organ(toks, run)
                if name is not None:
                    return name
                k = run[-1] + 1
                continue
        k += 1
    return None


def _name_after_found_organ(toks: Tokens, run: list[int]) -> list[int] | None:
    """The name that ends the capitalised run after a title when the agency layer
    found the organ's name whole at the run's start and the rest of the run, three or
    four syllables on any family name, follows it (``Thứ trưởng Bộ Công Thương Lạc
    Văn Thông``): inside a run only a common surname opens a name otherwise, and the
    organ's words would swallow an official on a rarer one."""
    store = toks.store
    if store is None or not store.organs:
        return None
    reach = store.organs.get(toks.starts[run[0]], 0)
    if not reach:
        return None
    for m in range(1, len(run)):
        if toks.starts[run[m]] < reach:
            continue
        if toks.ends[run[m - 1]] != reach:
            return None
        idx = run[m:]
        if 3 <= len(idx) <= 4 and toks.key[idx[0]] in SURNAMES and valid_name(toks, idx):
            return idx
        return None
    return None


def _run_goes_on(toks: Tokens, k: int) -> bool:
    """Does the capitalised token ``k`` continue a run that :func:`read_run` began
    before it, so that it was read there already? An acronym before it (``UBND TP Võ
    Văn Hoan``, ``UBND TP.HCM Phan Văn Mãi``) is no syllable of a name, and a run
    keeps one letter case: the name starts a run of its own."""
    return (
        toks.is_cap(k - 1)
        and toks.gap[k] in (1, GAP_LINE)
        and syllable_ok(toks, k - 1)
        and same_style(toks.case[k - 1], toks.case[k])
    )


def _chain(
    toks: Tokens, j: int, *, bare_start: bool = True, titled: bool = False
) -> tuple[list[PositionSpan], int]:
    """Positions after a name; an item that holds another name ends the list
    (``titled``: see :func:`~vbcd.extract.person_positions.read_chain`). The role in
    the last cell of a flattened table row is one more (:func:`_row_role`)."""
    found, after = read_chain(
        toks,
        j,
        names_inside=lambda p: _holds_name(toks, p.head_end, p.end),
        bare_start=bare_start,
        titled=titled,
    )
    if found and toks.has(after):
        found, after = _row_role(toks, found, after)
    return found, after


def _line_open(toks: Tokens, k: int) -> int:
    """The first token of the line that holds token ``k``, past a list marker."""
    while k > 0 and toks.gap[k] < GAP_LINE:
        k -= 1
    return _skip_marker(toks, k)


def _next_line(toks: Tokens, k: int) -> int:
    """The first token after ``k`` that opens a line (or the end): where ``k``'s line
    ends."""
    while toks.has(k) and toks.gap[k] < GAP_LINE:
        k += 1
    return k


def _row_follows(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` opens a line that starts a member list's next row (``Ông``,
    ``Bà``, a list marker, an article ``Điều``), or the text ends there."""
    if not toks.has(k):
        return True
    if toks.gap[k] < GAP_LINE:
        return False
    return (toks.key[_skip_marker(toks, k)] in _PERSONAL_KEYS or toks.raw[k] in _LIST_MARKERS
            or toks.key[k] in _ROW_ENDERS)


#: The words that open a line after a member list's last row (a new article).
_ROW_ENDERS = frozenset({"điều"})


def _row_role(
    toks: Tokens, found: list[PositionSpan], after: int
) -> tuple[list[PositionSpan], int]:
    """A member list's row flattened from a Word table has its cells parted by ``|``,
    which the normaliser turns into line breaks, or by a tab: ``Ông A, Chủ tịch UBND
    huyện | Trưởng ban`` / ``Bà B, ...``. A line that holds only one title between such
    a row and the next row (or the list's end) is the row person's role in the board,
    one more position of the person before it."""
    if toks.gap[after] < GAP_LINE and not _cell_edge_before(toks, after):
        return found, after
    if toks.key[_line_open(toks, found[0].start)] not in _PERSONAL_KEYS:
        return found, after
    pos = read_position(toks, after)
    if pos is None:
        return found, after
    end = _next_line(toks, pos.head_end)  # the role's line: its organ stops there
    if pos.end < end or not _row_follows(toks, end):
        return found, after
    return [*found, PositionSpan(after, pos.head_end, end, pos.generic, pos.upper,
                                 pos.graded)], end


def _row_ends_with_title(toks: Tokens, head: Head) -> bool:
    """Whether the title ``head`` alone on its line is the role cell of a member list's
    row (see :func:`_row_role`): the person on the line before holds it, not the one
    named on the next line (``Ông A, Phó Giám đốc Sở`` / ``Tổ trưởng`` / ``Bà B``)."""
    i = head.start
    if i == 0 or not (toks.gap[i] >= GAP_LINE or _cell_edge_before(toks, i)) or toks.key[
            _line_open(toks, i - 1)] not in _PERSONAL_KEYS:
        return False
    k = _next_line(toks, head.end)
    return toks.has(k) and toks.key[_skip_marker(toks, k)] in _PERSONAL_KEYS


def _holds_name(toks: Tokens, start: int, end: int) -> bool:
    """Whether the organ ``start..end`` after a title holds another person's name. In a
    firm's organ a run of two syllables is the brand (``Công ty TNHH Đầu tư Hoàng
    Long``, ``Hội đồng quản trị Công ty cổ phần ... Lê Gia``), so the title stays with
    the person before it."""
    name = _name_in_organ(toks, start, end)
    if name is None:
        return False
    return len(name) >= _ENTERPRISE_NAME_MIN or all(
        _ENTERPRISES.longest(toks, k) is None for k in range(start, name[0]))


def _organ_before_name(toks: Tokens, head: Head, name_start: int) -> int:
    end = name_start
    while end > head.end and not toks.is_word[end - 1] and not toks.raw[end - 1].isdigit():
        end -= 1
    return end


def _skip_marker(toks: Tokens, j: int) -> int:
    """Skip a list marker at the start of a line (``-``, ``+``, ``1.``, ``a)``)."""
    if toks.has(j) and toks.raw[j] in _LIST_MARKERS:
        return j + 1
    if toks.has(j + 1) and (toks.raw[j].isdigit() or len(toks.raw[j]) == 1) and toks.raw[
        j + 1
    ] in (".", ")"):
        return j + 2
    return j


def _read_list(
    toks: Tokens, j: int, out: _Collector, *, shared: PositionSpan | None,
    first_strong: bool = False, bare_surname: bool = False,
) -> None:
    """People listed after a plural cue: ``A, Chánh Văn phòng ...; B, ...``
    (``bare_surname``: a title opens the list, see :func:`_title_name`)."""
    count = 0
    while count < MAX_LIST and toks.has(j):
        if toks.gap[j] == GAP_PARA and count:
            break
        j = _skip_marker(toks, j)
        cue = _CUES.longest(toks, j) if toks.has(j) and toks.key[j] in _CUES.first else None
        if cue is not None and _follows(toks, cue[0]):
            j = cue[0]  # ``Thành viên: Ông Trịnh Văn Quyết ...``: the cue is no surname
        # after ``các đồng chí:`` an item like a place's name is a person's (``Mai Sơn``)
        name = name_at(toks, j, need_surname=not (first_strong and count == 0), allow_upper=False,
                       places=not first_strong, bare_surname=bare_surname)
        if name is None:
            break
        chain, after = _chain(toks, name[-1] + 1)
        out.add(toks, name, ([shared] if shared and not _own_role(toks, shared, chain)
                             else []) + chain)
        count += 1
        k = after if chain else name[-1] + 1
        if chain and toks.has(k) and toks.raw[k] == ")":
            k += 1  # ``Ông A (Trưởng phòng Nội vụ); Bà B (...)``
        elif not chain and toks.has(k) and toks.raw[k] == "(":
            k = _past_bracket(toks, k)  # ``các ông A (bản X, xã Y), B (...)``: an address
        if toks.has(k) and (toks.raw[k] in (",", ";") or toks.key[k] == "và"):
            j = k + 1
        elif toks.has(k) and toks.gap[k] == GAP_LINE:
            j = k
        else:
            break


#: The most tokens a bracket after a listed name may hold (an address: ``(bản Huổi Lả,
#: xã Sín Thầu, huyện Mường Nhé)``) for the list to go on after it.
_BRACKET_MAX = 24


def _past_bracket(toks: Tokens, k: int) -> int:
    """The token after the bracket that opens at ``k``, or ``k`` when it does not close
    within ``_BRACKET_MAX`` tokens of its paragraph (then the list ends there)."""
    for m in range(k + 1, k + _BRACKET_MAX):
        if not toks.has(m) or toks.gap[m] == GAP_PARA or toks.raw[m] == "(":
            break
        if toks.raw[m] == ")":
            return m + 1
    return k


def _own_role(toks: Tokens, shared: PositionSpan, chain: Sequence[PositionSpan]) -> bool:
    """Whether ``shared`` is a bare membership word and ``chain``, an item's posts, holds
    the item's own role in the body, bare too (``..., Tổ trưởng``; see ``bare_members``)."""
    def bare(p: PositionSpan, keys: frozenset[tuple[str, ...]]) -> bool:
        return p.end == p.head_end and tuple(toks.key[p.start:p.head_end]) in keys

    return bare(shared, _BARE_MEMBERS) and any(bare(p, _BODY_ROLES) for p in chain)


def _cue(toks: Tokens, i: int, end: int, strength: str, out: _Collector) -> None:
    """A name (or a title and a name) after ``đồng chí``, ``ông``, ``bà`` ..."""
    if strength == "strong" and _in_organ_name(toks, i):
        return
    if strength == "merit":
        end = _past_grade(toks, end)
    plural = _prev_plural(toks, i)
    if plural and toks.has(end) and toks.raw[end] == ":":
        _read_list(toks, end + 1, out, shared=None, first_strong=strength == "strong")
        return
    if not _follows(toks, end):
        return
    head = match_head(toks, end) or match_abbreviation(toks, end)
    if head is not None:
        _title_name(toks, head, out, plural=plural, cued=True)
        return
    if plural:
        _read_list(toks, end, out, shared=None, first_strong=strength == "strong")
        return
    strong = strength == "strong"
    if not strong and toks.key[end] in _CUES.first and _CUES.longest(toks, end) is not None:
        return  # ``Chủ trì: Ông Nguyễn Văn Sơn``: the next cue reads it, ``Ông`` no surname
    # after a clergy rank a baptismal name or a nun's ``Thích nữ`` opens the name
    name = religious_name_at(toks, end) if strong else None
    if name is None:
        # after ``đồng chí`` a run like a place's name is a person's (``Đồng Văn Thanh``)
        name = name_at(toks, end, need_surname=not strong, allow_upper=False,
                       places=not strong)
    if name is None and strong:
        # ``KẾT LUẬN CỦA ĐỒNG CHÍ NGUYỄN VĂN A, ...``: capitals after a strong cue
        name = name_at(toks, end, need_surname=True)
    if name is None and not strong and _personal_upper(toks, i):
        # ``1. Ông NGUYỄN VĂN ANH, Phó Chủ tịch UBND huyện``: capitals after a
        # written-small or capitalised ``ông``/``bà``, with a surname of the table
        # and a separator after it, where the personal cues' scan looks too
        name = name_at(toks, end, need_surname=True)
        if name is not None and not (_separator_after(toks, name[-1] + 1)
                                     or _cell_ends(toks, name[-1] + 1)):
            name = None
    if name is None and not strong and toks.raw[end - 1] == ":":
        # ``Họ và tên: NGUYỄN VĂN SƠN``: capitals after a form's name label (the cues
        # that end in a colon), with a surname of the table, alone up to the line's end,
        # a separator or the blanks before the next field
        name = name_at(toks, end, need_surname=True)
        if name is not None and not _field_ends(toks, name[-1] + 1):
            name = None
    if name is not None and _cap_word_after(toks, name[-1] + 1):
        # ``Đồng chí Y Giang Gry Niê Knơng, ...``: the run goes on past a word that is
        # no Vietnamese syllable, the whole of it a minority person's name
        name = _minority_name(toks, end) or name
    if name is not None and not strong and _hyphen_glued(toks, name[-1] + 1):
        # ``Ngài Kim Dong-yeon, Tỉnh trưởng ...``: two syllables of a longer foreign name
        name = foreign_name_at(toks, end) or name
    if name is None:
        name = _placed_name(toks, end)  # ``ông Đồng Văn Thanh, Phó Chủ tịch ...``
    if name is None and not strong and _free_cue(toks, i):
        name = _cued_unlisted_name(toks, end)  # ``ông Lùng Văn Vàng, Chủ tịch ...``
    if name is None and (strong or _free_cue(toks, i)):
        name = _minority_name(toks, end)  # ``ông Y Moan Êban, Phó Chủ tịch ...``
    if name is None and not strong and _free_cue(toks, i):
        name = _middle_named(toks, end)  # ``hộ bà Lô Thị Hiền (bản Huồi Cọ)``
    if name is None and strong:
        # ``đồng chí Phouthone Keomanivong, Bí thư Tỉnh ủy ...``: a foreign comrade (a
        # Lao or Cuban official), whose name the syllable test refuses
        name = _cued_unlisted_name(toks, end)
    if name is None or (strength == "merit" and len(name) < _MERIT_MIN):
        return
    chain, _ = _chain(toks, name[-1] + 1)
    out.add(toks, name, chain)


def _past_grade(toks: Tokens, k: int) -> int:
    """The token after a war invalid's grade at ``k`` (``hạng 1/4``, ``2/3``, ``nặng``),
    or ``k`` when none stands there: the name follows the grade, not the cue."""
    if toks.has(k) and toks.key[k] in _MERIT_SEVERE:
        return k + 1
    j = k + 1 if toks.has(k) and toks.key[k] in _MERIT_GRADE else k
    if (toks.has(j + 2) and toks.raw[j].isdigit() and toks.raw[j + 1] == "/"
            and toks.raw[j + 2].isdigit()):
        return j + 3
    return k


def _in_organ_name(toks: Tokens, i: int) -> bool:
    """Whether the cue at ``i`` is a clergy rank inside an organ's name, an organ noun
    right before it on its line (``Tòa Giám mục Xuân Lộc``, ``Hội đồng Giám mục Việt
    Nam``): no person's name follows."""
    if i == 0 or toks.gap[i] > GAP_SPACE:
        return False
    return any(tuple(toks.key[i - n : i]) in _RANK_ORGANS
               for n in range(1, min(_RANK_ORGAN_MAX, i) + 1))


def _field_ends(toks: Tokens, k: int) -> bool:
    """Whether a form's field ends before token ``k``: the text's or the line's end, a
    separator (``,``, ``;``, ``(``, a dash) or the run of blanks before the next field
    on the line (``Họ và tên: NGUYỄN VĂN SƠN      Giới tính: Nam``)."""
    return (not toks.has(k) or toks.gap[k] >= GAP_LINE or _cell_edge_before(toks, k)
            or (toks.gap[k] <= GAP_SPACE and toks.raw[k] in _FIELD_SEPARATORS))


#: What may end a form's field after a name (:func:`_field_ends`).
_FIELD_SEPARATORS = frozenset({",", ";", "(", "-", "–"})


#: The personal cues (``ông``, ``bà``) by their key.
_PERSONAL_KEYS: frozenset[str] = frozenset(
    phrase_keys(c)[0] for c in _DATA["cues"]["personal"])
#: The personal cues capitalised inside a sentence too (``Ngài``), by their key.
_HONORIFIC_KEYS: frozenset[str] = frozenset(
    phrase_keys(c)[0] for c in _DATA["cues"]["honorific"])


def _personal_upper(toks: Tokens, i: int) -> bool:
    """Whether the cue at ``i`` is ``ông``/``bà`` not itself in capitals, standing
    on its own, so that a name in capitals may follow (``Ông NGUYỄN VĂN ANH``); in
    a heading in capitals (``CÁC ÔNG, BÀ CÓ TÊN SAU``) the cue is a capital too."""
    return (toks.key[i] in _PERSONAL_KEYS and toks.case[i] != CASE_UPPER
            and _free_cue(toks, i))


#: What may follow a name after a personal cue for a position to come next.
_NAME_SEPARATORS = frozenset({",", "(", "-", "–"})


def _hyphen_glued(toks: Tokens, k: int) -> bool:
    """Whether a hyphen glued on both sides stands at ``k``: the word before it goes on
    (``Dong-yeon``), where a separator before a position has a space or a comma."""
    return (toks.has(k + 1) and toks.raw[k] == "-" and toks.gap[k] == 0
            and toks.gap[k + 1] == 0 and toks.is_word[k + 1])


def _separator_after(toks: Tokens, k: int) -> bool:
    """Whether a separator before a position stands on the name's line at ``k``."""
    return toks.has(k) and toks.gap[k] <= GAP_SPACE and toks.raw[k] in _NAME_SEPARATORS


def _placed_name(toks: Tokens, i: int) -> list[int] | None:
    """A name at ``i`` that starts with a place's words and runs past them (``Đồng Văn
    Thanh``: the district ``Đồng Văn``), which a comma and a position after it make a
    person's (``Đồng Văn Thanh, Phó Chủ tịch UBND tỉnh``); else ``None``."""
    name = name_at(toks, i, allow_upper=False, place_prefix=True)
    if name is None or not place_like(toks, i, name[-1] + 1):
        return None  # no place inside: the ordinary reading decided
    nxt = name[-1] + 1
    if not (toks.has(nxt) and toks.raw[nxt] in (",", "-", "–")):
        return None
    chain, _ = _chain(toks, nxt)
    return name if any(not p.generic for p in chain) else None


#: The officers' ranks, capitalised inside a sentence as a rule (``Thượng tá``).
_RANKS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(c), True) for c in _DATA["cues"]["ranks"])


def _free_cue(toks: Tokens, i: int) -> bool:
    """Whether the cue at ``i`` stands on its own: written small and after no place
    word, or capitalised at the start of a line or after punctuation, or an honorific
    (``tiếp Ngài ...``) or a rank (``có Thượng tá ...``). A capitalised ``Bà`` inside
    a run or after a place word begins a name of a place (``tỉnh Bà Rịa``, ``Tỉnh ủy
    Bà Rịa - Vũng Tàu``, ``Đền Bà Chúa Kho``)."""
    if i == 0 or toks.gap[i] >= GAP_LINE or not toks.is_word[i - 1]:
        return True
    if toks.key[i] in _HONORIFIC_KEYS or (
            toks.key[i] in _RANKS.first and _RANKS.longest(toks, i) is not None):
        return not blocked_before(toks, i)
    return toks.case[i] == CASE_LOWER and not blocked_before(toks, i)


def _cued_unlisted_name(toks: Tokens, i: int) -> list[int] | None:
    """A name after a weak cue whose surname is in no table (``ông Lùng Văn Vàng``,
    ``bà Rơ Châm H'Lan``: the surnames of the minority peoples are too many to
    list) or that reads like a district (``bà Lâm Bình``), which a separator and a
    position after it make a person's (``..., Chủ tịch UBND huyện``), as after a
    strong cue, and so a foreign name (``bà Carolyn Turk, Giám đốc Quốc gia ...``);
    else ``None``."""
    name = name_at(toks, i, need_surname=False, allow_upper=False, places=False)
    if name is None or _hyphen_glued(toks, name[-1] + 1):
        # ``Ngài Ito Naoki, Đại sứ Nhật Bản ...``; ``ông Lee Young-sam, ...``: two
        # syllables read as a name, glued by a hyphen to the rest of a foreign one
        name = foreign_name_at(toks, i)
    if name is None:
        return None
    nxt = name[-1] + 1
    if not (toks.has(nxt) and toks.raw[nxt] in (",", "-", "–", "(")):
        return None
    chain, _ = _chain(toks, nxt)
    return name if any(not p.generic for p in chain) else None


#: The middle words that mark a man or a woman (``Văn``, ``Thị``), by their key.
_MIDDLE_KEYS: frozenset[str] = frozenset(key_of(w) for w in _DATA["surnames"]["middle"])


def _middle_named(toks: Tokens, i: int) -> list[int] | None:
    """A name after a weak cue whose surname is in no table but whose second of three
    or four words is a man's or a woman's middle word (``hộ bà Lô Thị Hiền``, ``ông Lù
    Văn Que``, ``bà Chamaléa Thị Nhung``), which says a person as a position after it
    would; else ``None``."""
    name = name_at(toks, i, need_surname=False, allow_upper=False, places=False)
    if name is None:
        # a surname that is no Vietnamese syllable (``hộ bà Chamaléa Thị Nhung``)
        name = minority_name_at(toks, i)
    if name is None or not 3 <= len(name) <= 4 or toks.key[name[1]] not in _MIDDLE_KEYS:
        return None
    return name


def _cap_word_after(toks: Tokens, k: int) -> bool:
    """Whether a capitalised word follows at ``k`` on the line, after a space."""
    return (toks.has(k) and toks.gap[k] == GAP_SPACE and toks.is_word[k]
            and toks.case[k] != CASE_LOWER)


def _minority_name(toks: Tokens, i: int) -> list[int] | None:
    """A minority person's name of a shape the syllable test refuses (see
    :func:`minority_name_at`: ``Y Moan Êban``, ``Y Thanh Hà Niê Kdăm``, ``K'Brel``)
    after a cue, which a separator and a position after it make a person's (``...,
    Phó Chủ tịch UBND huyện``); else ``None``."""
    name = minority_name_at(toks, i)
    if name is None:
        return None
    nxt = name[-1] + 1
    if not (toks.has(nxt) and toks.gap[nxt] <= GAP_SPACE
            and toks.raw[nxt] in (",", "-", "–", "(")):
        return None
    chain, _ = _chain(toks, nxt)
    return name if any(not p.generic for p in chain) else None


def _cell_edge_before(toks: Tokens, i: int) -> bool:
    """Whether a table cell's edge in converted text stands right before token ``i``: a
    tab, or the run of spaces normalisation turns it into, on one line."""
    if i <= 0 or toks.gap[i] != GAP_SPACE:
        return False
    gap = toks.text[toks.ends[i - 1] : toks.starts[i]]
    return "\t" in gap or "  " in gap


#: Most cells of numbers (a year of birth, a date) between a row's name and position.
_NUMBER_CELLS = 2


def _past_number_cells(toks: Tokens, k: int, *, line: bool) -> int:
    """Token ``k`` moved past the cells of a table row that hold only a number, a year
    or a date of birth (``1⇥Nguyễn Văn An⇥1975⇥Trưởng Công an xã``), to the cell after
    them, where the position is; ``k`` when none opens there. ``line``: cells one a line
    (a converted table), else parted by a tab's blanks."""
    for _ in range(_NUMBER_CELLS):
        if not (toks.has(k) and toks.raw[k].isdigit()):
            return k
        e = k + 1
        while toks.has(e) and toks.gap[e] == 0 and (
                toks.raw[e].isdigit() or toks.raw[e] in _DATE_MARKS):
            e += 1
        edge = toks.has(e) and (toks.gap[e] == GAP_LINE if line else _cell_edge_before(toks, e))
        if not edge:
            return k
        k = e
    return k


#: What joins the parts of a date in a cell (``12/5/1980``, ``12-5-1980``, ``12.5.1980``).
_DATE_MARKS = frozenset({"/", "-", ".", "–"})


def _apposition(toks: Tokens, i: int, out: _Collector) -> None:
    """``Nguyễn Đắc Vinh, Chủ nhiệm ...``: a name with a position list after it."""
    if blocked_before(toks, i) or _CUES.longest(toks, i) is not None:
        return  # ``Ông Đào Phi Trường``: the cue reads it, without the cue word
    name = name_at(toks, i, allow_upper=False) or _placed_name(toks, i) or _cell_name(toks, i)
    if name is None:
        return
    nxt = name[-1] + 1
    if not toks.has(nxt):
        return
    # a name alone on its line with the position on the next (a table row), or in a
    # cell of its own with the position in the next (``1⇥Nguyễn Văn An⇥Giám đốc ...``)
    alone = (toks.gap[i] >= GAP_LINE and toks.gap[nxt] == GAP_LINE) or (
        _cell_edge_before(toks, i) and _cell_edge_before(toks, nxt))
    if toks.raw[nxt] not in (",", "-", "–") and not alone:
        return
    if alone:
        nxt = _past_number_cells(toks, nxt, line=toks.gap[nxt] == GAP_LINE)
    chain, after = _chain(toks, nxt, bare_start=alone)
    if any(not p.generic for p in chain) and not bodies_follow(toks, after):
        out.add(toks, name, chain)


def _cell_name(toks: Tokens, i: int) -> list[int] | None:
    """A name in capitals filling a table cell of its own (``NGUYỄN VĂN CƯỜNG`` in a
    member list's name column), else ``None``. Capitals are read elsewhere only in the
    signature's layout; a cell's borders, known from the table, bound this name as
    surely, and the caller still wants a position in the next cell."""
    if not toks.cell_starts(i):
        return None
    name = name_at(toks, i, need_surname=True)
    return name if name is not None and _cell_ends(toks, name[-1] + 1) else None


def _table_names(store: TokenStore, cells: Sequence[NameCell], out: _Collector) -> None:
    """The names filling the cells of a table's name column (:mod:`person_tables`), in
    any case, with a known surname, and the positions of the row's position cells.

    A row's other cells (a date of birth, the post applied for) are no positions: the
    name's span is marked so that the reading of a name with a position in the next
    cell (:func:`_apposition`) adds none to it."""
    joined: TokenStore | None = None
    for (start, end), pos_cells in cells:
        toks, i = store.window(start, back=0)
        cue = _CUES.longest(toks, i)
        if cue is not None:
            i = cue[0]  # ``Ông Nguyễn Văn Sơn``: the name after the cue
        # after a cue (a rank, a degree: ``Đại úy Nay Blưn``) the cell names its person
        # for sure, whatever the surname: a minority's clan name is in no table
        any_surname = cue is not None
        # the run of capitalised words, cut at the cell's end (a tab's blanks, or a
        # border's line break, part it from the next cell's words)
        name = [k for k in read_run(toks, i) if toks.ends[k] <= end]
        if name and toks.ends[name[-1]] != end:
            # a clan name that is no Vietnamese syllable (``Y Khâm Êban``): the name
            # column says it is a person's, so that shape is enough
            minority = minority_name_at(toks, i)
            if minority is not None:
                name, any_surname = minority, True
        if not name or toks.ends[name[-1]] != end or not valid_name(
                toks, name, need_surname=not any_surname):
            continue  # not a name alone in its cell (``Nguyễn Văn A (Trưởng đoàn)``)
        chain: list[_Pos] = []
        for pos in pos_cells:
            ptoks = toks
            if "\n" in store.text[pos[0]:pos[1]]:
                # a cell wrapped over lines (a PDF's text layer): its words read as one
                # line, or the organ stops at the wrap (``Phó Trưởng phòng Nông nghiệp
                # và Phát`` / ``triển nông thôn``)
                joined = joined or _joined_cells(store, cells)
                ptoks = joined.window(pos[0], back=0)[0]
            j = ptoks.index_at(pos[0])
            found, _ = _chain(ptoks, j, bare_start=True)
            chain.extend(_Pos.of(ptoks, p) for p in found if ptoks.starts[p.start] < pos[1])
        out.tabled.add((toks.starts[name[0]], end))
        out.tabled_ends[toks.starts[name[0]]] = end
        out.add(toks, name, chain, tabled=True)


def _joined_cells(store: TokenStore, cells: Sequence[NameCell]) -> TokenStore:
    """A token store over the text with the line breaks inside the tables' position
    cells read as blanks (the same length, so every offset holds): a cell wrapped over
    lines reads as the one line it was printed on."""
    text = store.text
    parts: list[str] = []
    at = 0
    for a, b in sorted(span for _, pos_cells in cells for span in pos_cells):
        if a >= at and "\n" in text[a:b]:
            parts.append(text[at:a])
            parts.append(text[a:b].replace("\n", " "))
            at = b
    parts.append(text[at:])
    joined = TokenStore("".join(parts))
    joined.organs = store.organs
    joined.cells = store.cells
    return joined


def _cell_ends(toks: Tokens, k: int) -> bool:
    """Whether a table cell ends before token ``k`` (a border, or the text's end)."""
    return not toks.has(k) or toks.cell_starts(k)


def _visit(toks: Tokens, i: int, out: _Collector, title_until: int) -> int:
    """What token ``i`` starts: a cue, a title, a name with positions after it.

    ``title_until`` is the offset before which a title already read covers
    the text; returns it updated.
    """
    if not toks.is_word[i]:
        return title_until
    key = toks.key[i]
    if key in _CUES.first:
        cue = _CUES.longest(toks, i)
        if cue is not None:
            _cue(toks, i, cue[0], cue[1], out)
    if toks.starts[i] >= title_until and (key in HEAD_FIRST or toks.raw[i] in ABBR_FIRST):
        head = match_abbreviation(toks, i) or match_head(toks, i)
        if head is not None:
            until = max(head.end, _title_name(toks, head, out, plural=_prev_plural(toks, i)))
            title_until = toks.starts[until] if toks.has(until) else _NO_TITLE
    if (
        toks.case[i] != CASE_LOWER
        and key in SURNAMES
        and not (i > 0 and toks.is_cap(i - 1) and toks.gap[i] in (1, GAP_LINE))
        and not _after_abbreviation(toks, i)
    ):
        _apposition(toks, i, out)
    return title_until


def _after_abbreviation(toks: Tokens, i: int) -> bool:
    """Whether an abbreviated title ends right before the name at token ``i`` (``TTg,
    PTTg A, Thư ký TTg``, ``Trợ lý PTTg A, ...``). Its reading (:func:`_title_name`)
    owns the name: an abbreviated title heads a list of abbreviated offices, whose
    next items are other people's, so no position list is read after the name. A
    title in capitals (``PCN``) keeps the apposition off already (a capitalised word
    before it); a mixed-case one (``PTTg``, ``PCTr``) does not. One in capitals with a
    dot is left to the apposition: ``CN.`` is also a degree (``CN. Phạm Văn A,
    chuyên viên ...``, Cử nhân), whose holder's posts follow the name."""
    if i == 0 or toks.gap[i] not in (1, GAP_LINE) or toks.case[i - 1] != CASE_LOWER:
        return False
    last = i - 1 if toks.raw[i - 1] != "." else i - 2
    if last < 0 or not any(c.islower() for c in toks.raw[last]):
        return False
    for start in range(last, max(last - _ABBR_REACH, -1), -1):
        if toks.raw[start] in ABBR_FIRST:
            head = match_abbreviation(toks, start)
            if head is not None and head.end == i:
                return True
    return False


# --- where to read ------------------------------------------------------------------


#: A token and the whitespace after it, matched backwards from an offset.
_TOKEN_BEFORE = regex.compile(
    r"([\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}])\s*", flags=regex.REVERSE
)


def _word_ends_reach(raw: str, facts: Facts) -> bool:
    """Whether no title, organ or cue before this word reaches past it.

    Organs run over capitalised words, numbers, dashes and the lower-case
    words of the tables only, so they stop at any other lower-case word
    (``thông báo``, ``giao``) and at punctuation (:func:`_punct_ends_reach`).
    ``facts`` are the word's :func:`word_facts`.
    """
    return raw.islower() and facts[0] not in _REACH_KEYS and facts[1] not in _REACH_BARE


def _clause_start(text: str, offset: int, floor: int) -> int:
    """Offset of the first token of the stretch that leads to the token at ``offset``.

    A title or a cue reaches a name through its organ, so the stretch starts
    after the last token no organ passes (:func:`_word_ends_reach`); a list
    reaches its first name over a colon and a marker, so the three tokens
    right before the name do not count. The walk stops after ``floor``, the
    last token already read. Tokens are read backwards from ``offset``, as
    far as the walk goes.
    """
    first = offset
    facts_of = word_facts
    back = _TOKEN_BEFORE.finditer(text, 0, offset)
    pending = next(back, None)
    n = 0
    while pending is not None:
        m = pending
        start = m.start()
        if start <= floor:
            break
        pending = next(back, None)
        n += 1
        if n > _LIST_LEAD:
            raw = m.group(1)
            facts = facts_of(raw)
            if _word_ends_reach(raw, facts) if facts[3] else _punct_ends_reach(raw, pending):
                break
        first = start
    return first


def _punct_ends_reach(raw: str, before: regex.Match[str] | None) -> bool:
    """:func:`_word_ends_reach` for a token that is no word; ``before`` is the token before it.

    Any punctuation but a dash ends the stretch, and a number does not. A
    full stop after a capital or a single letter belongs to an abbreviation
    (``TT.``, ``Q.``, ``Đ.c``); after a lower-case word it ends a sentence.
    """
    if raw in _DASHES or raw.isdigit():
        return False
    if raw == ".":
        if before is None:
            return False
        prev = before.group(1)
        return word_facts(prev)[3] and len(prev) > 1 and prev.islower()
    return True


#: A name label (:data:`_NAME_LABELS`) that ends right before an offset, blanks
#: between, matched backwards; and how far back one may start.
_LABEL_BEFORE = regex.compile(
    "(?i:" + phrase_pattern(_NAME_LABELS) + r")[ \t]*+", flags=regex.REVERSE
)
_LABEL_REACH = max(len(" ".join(k)) for k in _NAME_LABELS) * 2
_LABEL_END = regex.compile(r":[ \t]*+\Z")


def _label_before(folded: str, offset: int, floor: int) -> int | None:
    """Start of a name label that ends right before ``offset`` (``Ông (bà): Nguyễn Văn
    Hùng``), after ``floor``; else ``None``. The stretch read backwards from a name
    ends at a bracket or a lower-case word (:func:`_clause_start`), which a label may
    hold; every label ends in a colon, the cheap test made first."""
    lo = max(floor + 1, offset - _LABEL_REACH)
    if _LABEL_END.search(folded, max(lo, offset - 4), offset) is None:
        return None
    m = _LABEL_BEFORE.match(folded, lo, offset)
    if m is None or (m.start() > 0 and folded[m.start() - 1].isalpha()):
        return None  # ``bộ tôi: ...`` is no label
    return m.start()


#: A colon and a word in capitals after it (``Họ và tên: NGUYỄN VĂN SƠN``): where a
#: name label may end before a name in capitals, which no surname scan finds.
_COLON_CAPITALS = regex.compile(r":[ \t]*+(?=\p{Lu}\p{Lu})")


def _label_upper_starts(folded: str) -> list[int]:
    """Offsets of the name labels followed by a word in capitals: the colon, the
    literal the scan skips to, comes first, the label is matched backwards only there."""
    out = []
    for m in _COLON_CAPITALS.finditer(folded):
        label = _label_before(folded, m.end(), -1)
        if label is not None:
            out.append(label)
    return out


#: A comma right before an offset (blanks between), found backwards.
_COMMA_BEFORE = regex.compile(r",[ \t]*\Z")


def _titles_before(text: str, folded: str, first: int, floor: int) -> int:
    """``first``, or the start of the stretches before it, each ending in a comma and
    holding a title (``Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phạm Anh Tuấn``: the title
    after the comma leads to the name, and :func:`_next_title` reads the ones before
    it as the same person's), at most :data:`MAX_TITLES_BEFORE` of them."""
    for _ in range(MAX_TITLES_BEFORE):
        comma = _COMMA_BEFORE.search(text, max(floor + 1, first - 8), first)
        if comma is None:
            break
        prev = _clause_start(text, comma.start(), floor)
        if prev >= comma.start() or not _may_start(folded, prev, comma.start()):
            break
        first = prev
    return first


def _may_start(folded: str, start: int, end: int) -> bool:
    """Whether a cue or a title (:data:`_TRIGGER_AT`) starts at a word in ``[start, end)``."""
    at = _TRIGGER_AT.match
    return any(at(folded, m.start()) for m in _TRIGGER_WORDS.finditer(folded, start, end))


def _positions_may_follow(text: str, folded: str, offset: int) -> bool:
    """Whether the name at ``offset`` may have positions after it (:func:`_apposition`).

    After the name comes a comma or a dash, or the name stands alone on its
    line; then a position head (:func:`read_chain`). The name is a run of two
    to four words that ends at a line break inside it or at its end.
    """
    if (_SEPARATED_POSITION.match(folded, offset) is not None
            or _CELL_POSITION.match(folded, offset) is not None):
        return True
    return line_start(text, offset) and _POSITION_BELOW.match(folded, offset) is not None


def _organ_around(organs: Sequence[tuple[int, int]], offset: int) -> int | None:
    """Start of an organ name (``organs``: sorted spans) that ``offset`` lies inside.

    Such a name may hold a comma (``Bộ Văn hóa, Thể thao và Du lịch``), where
    the stretch read backwards from a name would end; the title before the
    organ still reaches the name after it. Only the nearest few spans that
    start before ``offset`` can hold it.
    """
    i = bisect_left(organs, (offset, -1))
    for a, b in organs[max(0, i - 3):i]:
        if a < offset < b:
            return a
    return None


def _stretch_floor(
    text: str, offset: int, floor: int, organs: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """``(clause_floor, offset)`` of the stretch that leads to ``offset``.

    When the stretch would start inside an organ name, the stretch that leads
    to that name's start is taken instead (:func:`_organ_around`); ``offset``
    is then the organ's start, for :func:`_clause_start`.
    """
    low = clause_floor(text, offset, floor, _ENDING)
    start = _organ_around(organs, low) if organs else None
    if start is None or start <= floor:
        return low, offset
    return clause_floor(text, start, floor, _ENDING), start


def _reading_plan(
    text: str,
    folded: str,
    surnames: list[Surname],
    anchors: list[int],
    cues: list[int],
    organs: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Ranges ``(first, last)`` of token offsets to read, in text order.

    Each capitalised surname brings the clause that leads to it (a title, a
    cue or a list before a name is there), each strong cue its own token.
    Reading a token does something only if a cue or a title starts there or
    it is a surname; so when the text from the start of the clause (or a
    place before it, :func:`clause_floor`) to the surname holds no cue or
    title, only the surname itself is read, and not even that when no
    position can follow it. ``organs`` are the sorted spans of organ names
    (:func:`_stretch_floor`).
    """
    word_end = {x.start: x.start + len(x.word) for x in surnames}
    ranges: list[tuple[int, int]] = []
    floor = -1
    for s in anchors:
        if s <= floor:
            continue
        end = word_end.get(s)
        if end is None:
            word = _WORD.match(text, s)
            end = word.end() if word else s
        low, lead = _stretch_floor(text, s, floor, organs)
        label = _label_before(folded, s, floor)
        if _may_start(folded, low, end):
            first = _titles_before(text, folded, _clause_start(text, lead, floor), floor)
            ranges.append((first if label is None else min(first, label), s))
        elif label is not None:
            ranges.append((label, s))
        elif _positions_may_follow(text, folded, s):
            ranges.append((s, s))
        floor = s
    ranges.extend((c, c) for c in cues)
    ranges.sort()
    return ranges


def _read_names(store: TokenStore, folded: str, out: _Collector) -> list[Surname]:
    """Cues, titles and names with positions; returns the surnames the scan found."""
    surnames = surname_starts(folded)
    anchors = name_anchors(folded, store.text, surnames)
    bare = bare_surname_starts(folded) + initial_starts(folded)
    if bare:
        anchors = sorted({*anchors, *bare})
    title_until = -1
    last = -1
    toks: Tokens | None = None
    organs = sorted(store.organs.items())
    plan = _reading_plan(
        store.text, folded, surnames, anchors,
        sorted({*strong_cue_starts(folded), *personal_cue_starts(folded),
                *cell_cue_starts(folded, store.cells), *_label_upper_starts(folded)}), organs
    )
    for first, end in plan:
        if end <= last:
            continue
        start = max(first, last + 1)
        if toks is not None and toks.starts and toks.starts[0] < start <= toks.starts[-1]:
            i = bisect_left(toks.starts, start)  # still in the window just read
        else:
            toks, i = store.window(start, back=LOOK_BACK)
        if i < LOOK_BACK and toks.origin > 0:
            toks, i = store.window(start, back=LOOK_BACK)
        toks.index_at(end)  # read up to the surname at once
        starts, keys, raws = toks.starts, toks.key, toks.raw
        while (i < len(starts) or toks.has(i)) and starts[i] <= end:
            # only cues, titles and surnames start anything (:func:`_visit`)
            if keys[i] in _VISIT_KEYS or raws[i] in ABBR_FIRST:
                title_until = _visit(toks, i, out, title_until)
            last = starts[i]
            i += 1
    return surnames


# --- signature block ----------------------------------------------------------------


def _signature_lines(
    store: TokenStore, text: str, surnames: list[Surname], out: _Collector
) -> None:
    """A name alone on its line under a title printed in capitals (the signer).

    The title lines must follow an authority line (``T/L BAN THƯỜNG VỤ`` over
    a misspelt ``CHANH VĂN PHÒNG``) or hold a position head (``PHÓ CHỦ
    TỊCH``). Under an authority line a name in title case of three or four
    syllables needs no surname from the table (``Lan Thị Vân``). Lines read:
    those that start with a capitalised surname, and those under an authority
    line.
    """
    lines = {s.start for s in surnames if line_start(text, s.start)}
    for a in authority_lines(text):
        lines.update(lines_after(text, a, TITLE_LINES))
    for offset in sorted(lines):
        if name_line_at(text, offset) and title_line_above(text, offset, TITLE_LINES):
            _signature_line(store, offset, out)


def _signature_line(store: TokenStore, offset: int, out: _Collector) -> None:
    """The signer's name on the line that starts at ``offset``, if it is one."""
    toks, a = store.window(offset, back=LOOK_BACK)
    if not toks.has(a) or toks.starts[a] != offset:
        return
    if toks.gap[a] < GAP_LINE and not (a == 0 and toks.origin == 0):
        return
    b = _next_line(toks, a + 1)
    if not 2 <= b - a <= 4 or not toks.is_cap(a):
        return
    run = read_run(toks, a, stop_at_heads=False)
    if len(run) != b - a:
        return
    known = toks.key[a] in SURNAMES
    if not known and (len(run) < 3 or is_upper(toks, run)):
        return
    if known and _seal_head_line(toks, run):
        return
    if not valid_name(toks, run, need_surname=False):
        return
    title = _signature_title_above(store, offset)
    if title is None or not (known or title[1]):
        return
    out.add(toks, run, role=title[0])


def _signature_title_above(store: TokenStore, offset: int) -> tuple[str, bool] | None:
    """The capitals title over the name line at ``offset``, and whether an authority opens it.

    Title lines are read upwards over filler lines (``(Đã ký)``) up to the
    authority line; the title is the lines between the authority and the name
    (``TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ``). Each line is read on its
    own, only as far up as the search goes.
    """
    seen: list[str] = []
    first: tuple[Tokens, int, int] | None = None
    for line_start_at, line_end in lines_above(store.text, offset, TITLE_LINES):
        toks, pa = store.window(line_start_at, back=0)
        pb = toks.index_at(line_end)
        words = [k for k in range(pa, pb) if toks.is_word[k]]
        if not words or all(toks.key[k] in _SIGNATURE_FILLER for k in words):
            continue
        if not is_upper(toks, words):
            break
        if _starts_with_authority(toks, pa, pb):
            if not seen:
                return None
            return " ".join(reversed(seen)), True
        seen.append(toks.surface(pa, pb))
        if first is None:
            first = (toks, pa, pb)
        if len(seen) >= 3:
            break
    if first is not None:
        toks, pa, pb = first
        if any((h := match_head(toks, k)) is not None and h.upper for k in range(pa, pb)):
            return seen[0], False
    return None


def _starts_with_authority(toks: Tokens, a: int, b: int) -> bool:
    for length in (3, 2, 1):
        if a + length <= b and tuple(toks.raw[a : a + length]) in _AUTHORITIES:
            return True
    return False


def _signature_span(
    store: TokenStore, text: str, span: tuple[int, int], title: str | None, out: _Collector
) -> None:
    s, e = span
    s = max(0, min(s, len(text)))
    e = max(s, min(e, len(text)))
    while s < e and not text[s].isalpha():
        s += 1
    while e > s and not text[e - 1].isalpha():
        e -= 1
    if s >= e:
        return
    toks, _ = store.window(s, back=LOOK_BACK)
    idx = [k for k in toks.between(s, e) if toks.is_word[k]]
    if not idx:
        return
    out.add(toks, idx, role=title, name=display_text(text[s:e]), signer=True)


def _ner_names(store: TokenStore, text: str, out: _Collector) -> None:
    from vbcd.extract.ner import underthesea_persons

    taken = [(h.start, h.end) for h in out.hits.values()]
    for s, e in underthesea_persons(text):
        if any(a < e and s < b for a, b in taken):
            continue
        toks, _ = store.window(s, back=LOOK_BACK)
        idx = [k for k in toks.between(s, e) if toks.is_word[k]]
        if (
            idx
            and not blocked_before(toks, idx[0])
            and valid_name(toks, idx, allow_upper=False)
            and not any(toks.case[k] == CASE_UPPER for k in idx)
        ):
            # (a name is written in one case: a word in capitals after a title-case
            # one is an abbreviation, ``Lưu VPTU`` an archive note)
            out.add(toks, idx)


def _more_mentions(store: TokenStore, text: str, out: _Collector) -> None:
    """Every other occurrence of a name already found is a mention of that person.

    Names are looked up by their first syllable, whose occurrences a plain
    text search finds; only the tokens around them are read.
    """
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for name in list({h.name for h in out.hits.values()})[:MAX_NAMES]:
        words = tuple(name.split())
        for form in (words, tuple(w.upper() for w in words)):
            by_first.setdefault(form[0], set()).add(form)
    if not by_first:
        return
    longest = max(len(f) for forms in by_first.values() for f in forms)
    # With many names every capital is an occurrence: there a first syllable must
    # stand at the offset, tested on the characters before a window of tokens (some
    # 30 µs) is opened. With few, the occurrences are the syllables themselves.
    first = (
        re.compile("|".join(map(re.escape, sorted(by_first, key=len, reverse=True))))
        if len(by_first) > MAX_WORDS else None
    )
    for offset in occurrences(text, by_first):
        if first is not None and first.match(text, offset) is None:
            continue
        toks, i = store.window(offset, back=LOOK_BACK)
        if not toks.has(i) or toks.starts[i] != offset:
            continue
        forms = by_first.get(toks.raw[i])
        if forms is not None:
            _mention_at(toks, i, forms, longest, out)


def _mention_at(
    toks: Tokens, i: int, forms: set[tuple[str, ...]], longest: int, out: _Collector
) -> None:
    raw, gap = toks.raw, toks.gap
    if i > 0 and toks.is_cap(i - 1) and gap[i] in (1, GAP_LINE):
        return  # inside a longer capitalised run
    toks.has(i + longest - 1)
    for length in range(min(longest, len(toks.starts) - i), 1, -1):
        if tuple(raw[i : i + length]) not in forms:
            continue
        if any(gap[k] not in (1, GAP_LINE) for k in range(i + 1, i + length)):
            continue
        last = i + length - 1
        if (toks.starts[i], toks.ends[last]) in out.hits:
            break
        if toks.is_cap(last + 1) and gap[last + 1] == 1:
            break  # the name is the start of a longer run
        if not blocked_before(toks, i):
            out.add(toks, list(range(i, last + 1)))
        break


# --- grouping -----------------------------------------------------------------------


def _position_key(s: str) -> str:
    return " ".join(strip_diacritics(s).split())


#: The abbreviated titles (``PTTgCP``) by their key, to their expansion's key.
_ABBR_KEYS = {_position_key(" ".join(k)): _position_key(v) for k, v in ABBREVIATIONS.items()}


def _written_out(key: str, keys: Sequence[str]) -> bool:
    """Is the position ``key`` an abbreviated title alone whose expansion is (the start
    of) another of the person's positions in ``keys``?"""
    full = _ABBR_KEYS.get(key.rstrip(". "))
    return full is not None and any(o == full or o.startswith(full + " ") for o in keys)


@dataclass
class _Group:
    key: str
    hits: list[_Hit] = field(default_factory=list)

    @property
    def spellings(self) -> Counter[str]:
        return Counter(h.name for h in self.hits)

    @property
    def first(self) -> int:
        return min(h.start for h in self.hits)


def _syllables_differ(a: str, b: str) -> int | None:
    """How many syllables differ, if the names are equal without diacritics."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return None
    if [strip_diacritics(w) for w in wa] != [strip_diacritics(w) for w in wb]:
        return None
    return sum(key_of(x) != key_of(y) for x, y in zip(wa, wb, strict=True))


def _position_keys(text: str, g: _Group) -> set[str]:
    return {_position_key(p.surface(text)) for h in g.hits for p in h.positions}


def _merge_misspellings(text: str, groups: list[_Group]) -> list[tuple[_Group, _Group]]:
    """Merge groups whose names differ by diacritics only; returns ``(kept, merged)``."""
    merges: list[tuple[_Group, _Group]] = []
    by_bare: dict[str, list[_Group]] = {}
    for g in groups:
        by_bare.setdefault(strip_diacritics(g.key), []).append(g)
    for members in by_bare.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda g: (-len(g.hits), g.first))
        kept: list[_Group] = []
        for g in members:
            target = None
            for k in kept:
                name_k = k.spellings.most_common(1)[0][0]
                name_g = g.spellings.most_common(1)[0][0]
                diff = _syllables_differ(name_k, name_g)
                limit = 2 if len(name_k.split()) >= 4 else 1
                if diff is None or diff > limit:
                    continue
                pk, pg = _position_keys(text, k), _position_keys(text, g)
                if pk and pg and not (pk & pg):
                    continue  # two people who each have their own positions
                target = k
                break
            if target is None:
                kept.append(g)
            else:
                target.hits.extend(g.hits)
                merges.append((target, g))
    return merges


def _best_spelling(g: _Group) -> str:
    counts = g.spellings
    if len(counts) == 1:  # one spelling (the usual case): nothing to rank
        return next(iter(counts))
    first_seen: dict[str, int] = {}
    for h in sorted(g.hits, key=lambda h: h.start):
        first_seen.setdefault(h.name, h.start)

    def rank(name: str) -> tuple[int, int, int]:
        surname_ok = int(key_of(name.split()[0]) in SURNAMES)
        return (counts[name], surname_ok, -first_seen[name])

    return max(counts, key=rank)


def _positions(text: str, g: _Group) -> list[Position]:
    if not any(h.positions for h in g.hits):
        return []
    spans: dict[str, tuple[_Pos, str]] = {}
    for h in sorted(g.hits, key=lambda h: h.start):
        for p in h.positions:
            surface = p.surface(text)
            key = _position_key(surface)
            old = spans.get(key)
            if old is None or (old[0].upper and not p.upper):
                spans[key] = (p, surface)
    keys = list(spans)
    # a position that is a word prefix of another one of the same person is the same,
    # also when the longer one adds its district after a comma (a title's ``Chủ tịch
    # UBND thị trấn Kiến Giang``, the body's ``..., huyện Lệ Thủy``)
    keep = [
        k for k in keys
        if spans[k][0].role or not any(
            o != k and (o.startswith(k + " ") or o.startswith(k + ",")) for o in keys)
    ]
    if len(keep) > 1:
        # an abbreviated title the person holds written out too (``Thư ký PTTgCP Lê Văn
        # A`` in the recipients, ``Phó Thủ tướng Chính phủ Lê Văn A`` in the body)
        keep = [k for k in keep if not _written_out(k, keep)]
    out = []
    for k in keep:
        p, _ = spans[k]
        organ = p.organ(text)
        out.append(Position(title=p.title(text), organ=organ or None, start=p.start, end=p.end))
    out.sort(key=lambda p: p.start)
    return out


def _build(
    text: str, out: _Collector, *, signature_position: bool
) -> tuple[list[Person], list[Note]]:
    groups: dict[str, _Group] = {}
    for hit in out.hits.values():
        key = key_of(hit.name)
        groups.setdefault(key, _Group(key)).hits.append(hit)
    merges = _merge_misspellings(text, list(groups.values()))
    merged_away = {id(g) for _, g in merges}
    notes: list[Note] = []
    persons: list[Person] = []
    for g in groups.values():
        if id(g) in merged_away:
            continue
        name = _best_spelling(g)
        hits = sorted(g.hits, key=lambda h: h.start)
        mentions = []
        seen: set[tuple[int, int]] = set()
        for h in hits:
            if (h.start, h.end) not in seen:
                seen.add((h.start, h.end))
                mentions.append(Mention(text=text[h.start : h.end], start=h.start, end=h.end))
        sig = next((h for h in hits if h.signer and h.role), None) or next(
            (h for h in hits if h.role), None)
        role = sig.role if sig is not None else None
        positions = _positions(text, g)
        if signature_position and sig is not None and role:
            positions.append(Position(title=role, organ=None, start=sig.start, end=sig.start))
        aliases = sorted({h.name for h in hits} - {name}, key=lambda a: a)
        for alias in aliases:
            first = next(h for h in hits if h.name == alias)
            if key_of(alias) == key_of(name):
                continue  # tone placement only (``Hoà``/``Hòa``): the same spelling
            notes.append(
                (
                    ALIAS_NOTE,
                    f"'{alias}' taken as a misspelling of '{name}' (differs by diacritics only)",
                    first.start,
                    first.end,
                )
            )
        persons.append(
            Person(
                name=name,
                positions=positions,
                mentions=mentions,
                aliases=[a for a in aliases if key_of(a) != key_of(name)],
                signature_role=role,
                start=mentions[0].start,
                end=mentions[0].end,
            )
        )
    persons.sort(key=lambda p: p.start)
    notes.sort(key=lambda n: n[2])
    return persons, notes


# --- public API ---------------------------------------------------------------------


def _board_roles(text: str, folded: str, out: _Collector) -> None:
    """Give each member of a list the role its label prints before it (``Các Phó
    Trưởng ban:`` over the items; :mod:`person_board`), unless the member prints that
    role, or its own role in the body, itself (``Thành viên gồm:`` over ``..., Tổ
    trưởng``)."""
    if not out.hits:
        return
    first: dict[int, _Hit] = {}
    for (a, _), hit in out.hits.items():
        if a not in first and not hit.signer:
            first[a] = hit
    for rs, re_, name_start in board_roles(text, folded, sorted(first)):
        hit = first[name_start]
        role = folded[rs:re_].lower()
        titles = [folded[p.start:p.head_end].lower() for p in hit.positions]
        if any(t.startswith(role + " ") or role.startswith(t + " ") or (
                t == role and p.organ_start >= p.end)
               for t, p in zip(titles, hit.positions, strict=True)):
            # ``Phó Trưởng ban Thường trực`` under ``Các Phó Trưởng ban:``; the role
            # printed again; but a post of another body that opens with the role's words
            # is another office (``Trưởng ban:`` / ``Trưởng Ban Tuyên giáo Tỉnh ủy``)
            continue
        if tuple(role.split()) in _BARE_MEMBERS_FOLDED and any(
                p.end == p.head_end and tuple(t.split()) in _BODY_ROLES_FOLDED
                for p, t in zip(hit.positions, titles, strict=True)):
            continue
        hit.positions.append(_Pos(rs, re_, re_, re_, generic=False, upper=False, role=True))


def find_persons_with_notes(
    text: str,
    *,
    signature_name: tuple[int, int] | None = None,
    signature_title: str | None = None,
    co_signers: Sequence[tuple[tuple[int, int], str | None]] = (),
    ner: bool = False,
    signature_position: bool = False,
    match: str | None = None,
    organs: Sequence[tuple[int, int]] = (),
    cells: frozenset[int] = frozenset(),
    name_cells: Sequence[NameCell] = (),
) -> tuple[list[Person], list[Note]]:
    """People named in ``text`` and notes about merged misspellings.

    ``signature_name`` is the span of the signer's name found by the signature
    parser and ``signature_title`` its title (kept as ``signature_role``).
    ``co_signers`` are the other signers of a joint document, each its name's span
    and its title, read the same way (their names stand side by side, one line, or
    under one another: the name reading alone would miss or join them).
    ``ner=True`` adds names found only by underthesea's NER that still pass
    the name checks (slow; needs the ``ner`` extra). ``match`` is the
    tone-folded copy of ``text`` (:func:`vbcd.normalize.fold_tones`) if the
    caller has it. ``organs`` are the spans of organ names read by the agency
    layer: a position's organ reaches to the end of one that starts on it. ``cells``
    are the line breaks that were a table's cell borders: no organ runs past one.
    ``name_cells`` are the cells of the tables' name columns, each with its row's
    position cells (:func:`vbcd.extract.person_tables.name_cells`).

    Notes are ``(code, message, start, end)`` tuples, ready for
    :meth:`vbcd.models.Document.warn`: code ``person_alias`` for each spelling
    merged into another one, with the span of its first mention.
    """
    folded = fold_tones(text) if match is None or len(match) != len(text) else match
    reach: dict[int, int] = {}
    for a, b in organs:
        reach[a] = max(b, reach.get(a, b))
    store = TokenStore(text)
    store.organs = reach
    store.cells = cells
    out = _Collector()
    if name_cells:
        _table_names(store, name_cells, out)
    surnames = _read_names(store, folded, out)
    _signature_lines(store, text, surnames, out)
    if signature_name is not None:
        _signature_span(store, text, signature_name, signature_title, out)
    for span, title in co_signers:
        _signature_span(store, text, span, title, out)
    if ner:
        _ner_names(store, text, out)
    _more_mentions(store, text, out)
    _board_roles(text, folded, out)
    return _build(text, out, signature_position=signature_position)


def find_persons(
    text: str,
    *,
    signature_name: tuple[int, int] | None = None,
    signature_title: str | None = None,
    co_signers: Sequence[tuple[tuple[int, int], str | None]] = (),
    ner: bool = False,
    signature_position: bool = False,
    match: str | None = None,
) -> list[Person]:
    """People named in ``text``; see :func:`find_persons_with_notes`."""
    persons, _ = find_persons_with_notes(
        text,
        signature_name=signature_name,
        signature_title=signature_title,
        co_signers=co_signers,
        ner=ner,
        signature_position=signature_position,
        match=match,
    )
    return persons
