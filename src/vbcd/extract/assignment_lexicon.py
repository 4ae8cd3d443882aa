"""Tokens and phrase tables for the assignment grammar (``grammar/data/assignments.toml``).

The assignment scanner reasons in words, not characters: a cue is ``giao`` or
``giao cho``, an actor ends at ``chủ trì``, a list splits at ``, Sở``. This
module turns a stretch of the tone-folded text into word and punctuation
tokens (line wraps are plain spaces; blank lines and bullet lines are breaks)
and matches multi-word phrases from the TOML tables at a token, longest first,
so the scanner never touches raw strings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, repeat
from typing import Any

import regex

from vbcd.extract import textscan
from vbcd.grammar import load
from vbcd.normalize import fold_tones

# A structural line break (a blank line, or a newline before a bullet), a word
# (``đ/c`` and ``Covid-19``-less slashes stay one word) or one punctuation mark.
# Single newlines are hard wraps inside a paragraph and are skipped as spaces.
# The three start with different characters (a line break, a word character,
# anything else that is no space), so the order of the alternatives is free.
_TOKEN_PATTERN = r"(\n[ \t]*(?:\n[ \t]*)+|\n(?=[ \t]*[-+•*–](?:[ \t]|$))|\w+(?:/\w+)*|[^\w\s])"
_BREAK = re.compile(r"\n[ \t]*(?:\n[ \t]*)+|\n(?=[ \t]*[-+•*–](?:[ \t]|$))")
# ``split`` with one group gives ``[gap, token, gap, token, ..., gap]``: every
# token and its offset without one Python step per token (a match object costs
# about as much as everything else a token needs). The standard ``re`` splits
# about 1.5 times faster than ``regex``; on common text (see
# :mod:`vbcd.extract.textscan`) the two agree on ``\w`` and ``\s``, and
# lower-casing keeps each character's class, so a common stretch is cut,
# lower-cased first, by ``re``; any other stretch by ``regex`` (the reference).
_SPLIT_RE = re.compile(_TOKEN_PATTERN)
_SPLIT_REGEX = regex.compile(_TOKEN_PATTERN)
_WORD_CHAR = regex.compile(r"\w")


def _marks() -> dict[str, str]:
    """Every common character that is a token of its own: ``"p"``."""
    mark = regex.compile(r"[^\w\s]")
    return {ch: "p" for ch in textscan.COMMON_CHARS if mark.fullmatch(ch)}


_MARK_KIND = _marks()


class _Upper:
    """``upper[j]``: whether token ``j`` starts with a capital letter.

    Computed when asked: the scanner asks for about one token in seven.
    """

    __slots__ = ("starts", "text")

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts

    def __getitem__(self, j: int) -> bool:
        return self.text[self.starts[j]].isupper()


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a text stretch, as parallel lists (one entry per token).

    Offsets are into the document text. ``kinds`` are ``"w"`` (word), ``"p"``
    (punctuation) and ``"br"`` (structural line break); ``lows`` the
    tone-folded, lower-cased surfaces (``"\n"`` for breaks); ``upper[j]``
    whether token ``j`` starts with a capital letter. Lists instead of one
    object per token: building the objects costs more than everything else.
    """

    text: str
    starts: list[int]
    ends: list[int]
    kinds: list[str]
    lows: list[str]

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def upper(self) -> _Upper:
        return _Upper(self.text, self.starts)

    def caps(self, j: int) -> bool:
        """A word of two or more letters written all in capitals."""
        s, e = self.starts[j], self.ends[j]
        return self.kinds[j] == "w" and e - s > 1 and self.text[s:e].isupper()


def tokenize(
    text: str, match: str, start: int, end: int, low: str | None = None,
    breaks: Sequence[int] = (),
) -> Tokens:
    """Tokens of ``text[start:end]``, read on the tone-folded copy ``match``.

    ``low``: ``match[start:end].lower()`` when the caller knows that stretch is
    common text (see :mod:`vbcd.extract.textscan`); computed here otherwise.
    ``breaks``: offsets of single line breaks that are structural all the same
    (the end of a clause's heading line, see :mod:`vbcd.extract.assignment_headings`).

    A blank line followed by a lower-case word is a page break inside a
    sentence (``..., Đảng ủy Cục Hải quan tỉnh,`` / blank / ``ban thường vụ``),
    so it is read as a space, not as a break.
    """
    return Tokens(text, *split_tokens(text, match, start, end, low, breaks))


#: Token lists: starts, ends, kinds and lows (see :class:`Tokens`).
TokenLists = tuple[list[int], list[int], list[str], list[str]]


def split_tokens(
    text: str, match: str, start: int, end: int, low: str | None = None,
    breaks: Sequence[int] = (),
) -> TokenLists:
    """:func:`tokenize` as bare lists (``starts, ends, kinds, lows``): what the
    scanner's windows append to theirs, without an object for each stretch."""
    lists = _tokenize(text, match, start, end, low)
    for b in breaks:
        if start <= b < end and text[b] in "\n \t":  # (a blank ends a run-in heading)
            starts, ends, kinds, lows = lists
            j = bisect_left(starts, b)
            if j < len(starts) and starts[j] == b:
                continue  # a break already
            starts.insert(j, b)
            ends.insert(j, b + 1)
            kinds.insert(j, "br")
            lows.insert(j, "\n")
    return lists


#: A hyphen glued to a word's end before a line break and a lower-case word: a word
#: broken in two by a converter (the hyphen's offset is the match's start).
_WORD_HYPHEN = re.compile(r"(?<=\w)-\n(?=\w)")


def _tokenize(text: str, match: str, start: int, end: int, low: str | None) -> TokenLists:
    """:func:`split_tokens` without the extra breaks."""
    seg = match[start:end]
    if low is None and textscan.is_common(seg):
        low = seg.lower()
    if low is not None:
        parts = _SPLIT_RE.split(low)
        lows = parts[1::2]
        kinds = list(map(_MARK_KIND.get, lows, repeat("w")))
    else:
        parts = _SPLIT_REGEX.split(seg)
        surfaces = parts[1::2]
        lows = list(map(str.lower, surfaces))
        kinds = [
            "p" if len(tok) == 1 and tok != "\n" and _WORD_CHAR.match(tok) is None else "w"
            for tok in surfaces
        ]
    n = len(lows)
    offsets = list(accumulate(map(len, parts), initial=start))
    starts = offsets[1:2 * n:2]
    ends = offsets[2:2 * n + 1:2]
    if "\n" not in seg:
        return starts, ends, kinds, lows
    drop: list[int] = []
    if "-\n" in seg:
        # a word a converter broke at the line's end with a hyphen (``các đoàn thể tuyên-``
        # / ``truyền, vận động ...``): the hyphen goes, so its halves read as the task word
        for m in _WORD_HYPHEN.finditer(seg):
            j = bisect_left(starts, start + m.start())
            if (j < n and j and starts[j] == start + m.start() and ends[j - 1] == starts[j]
                    and seg[m.end()].islower()):
                drop.append(j)
    for m in _BREAK.finditer(seg):
        j = bisect_left(starts, start + m.start())
        kinds[j], lows[j] = "br", "\n"
        nxt = ends[j]
        while nxt < end and text[nxt] in " \t\n":
            nxt += 1
        if m.group().count("\n") > 1 and nxt < end and text[nxt].islower():
            drop.append(j)
    if drop:
        keep = [True] * n
        for j in drop:
            keep[j] = False
        starts, ends = list(compress(starts, keep)), list(compress(ends, keep))
        kinds, lows = list(compress(kinds, keep)), list(compress(lows, keep))
    return starts, ends, kinds, lows


def _phrase_key(phrase: str) -> tuple[str, ...]:
    folded = fold_tones(phrase).lower()
    toks = tokenize(folded, folded, 0, len(folded))
    return tuple(low for low, kind in zip(toks.lows, toks.kinds, strict=True) if kind != "br")


class Phrases:
    """A set of phrases matched token by token at a position, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            key = _phrase_key(phrase)
            if key:
                index.setdefault(key[0], []).append(key)
                by_last.setdefault(key[-1], []).append(key)
        for keys in index.values():
            keys.sort(key=len, reverse=True)
        self._index = index
        # Tries of the phrases, word by word, forwards and backwards (from the last
        # word): a node is a dict of the next words' nodes, holding the key "" (no
        # token is empty) where a phrase ends. A lookup walks as far as the tokens
        # follow a phrase, one dict lookup per token, instead of comparing each
        # phrase that starts (ends) with the word.
        self._trie: dict[str, Any] = _trie(index)
        self._back: dict[str, Any] = _trie(
            {w: [key[::-1] for key in keys] for w, keys in by_last.items()})
        #: Tokens of the longest phrase (0 when there is none).
        self.longest = max((len(k) for keys in index.values() for k in keys), default=0)
        #: The first words of the phrases: a token not in it starts none.
        self.firsts: frozenset[str] = frozenset(index)

    def phrases(self) -> list[tuple[str, ...]]:
        """The phrases, as tuples of token surfaces (lower case, tone-folded)."""
        return [key for keys in self._index.values() for key in keys]

    def match(self, lows: list[str], i: int, stop: int | None = None) -> int:
        """Number of tokens of the longest phrase starting at token ``i`` (0: none).

        ``lows`` are the lower-cased token surfaces (:attr:`Tokens.lows`).
        """
        size = len(lows)
        if i >= size:
            return 0
        node = self._trie.get(lows[i])  # most tokens start no phrase: leave at once
        if node is None:
            return 0
        limit = size if stop is None or stop > size else stop
        if i >= limit:
            return 0
        best = 1 if "" in node else 0
        j = i + 1
        while j < limit:
            node = node.get(lows[j])
            if node is None:
                break
            j += 1
            if "" in node:
                best = j - i
        return best

    def ends_at(self, lows: list[str], j: int) -> bool:
        """Whether a phrase ends right before token ``j``."""
        return j > 0 and lows[j - 1] in self._back and self.length_before(lows, j) > 0

    def length_before(self, lows: list[str], j: int) -> int:
        """Tokens of the longest phrase that ends right before token ``j`` (0: none)."""
        if j <= 0:
            return 0
        node = self._back.get(lows[j - 1])
        if node is None:
            return 0
        best = 1 if "" in node else 0
        q = j - 2
        while q >= 0:
            node = node.get(lows[q])
            if node is None:
                break
            if "" in node:
                best = j - q
            q -= 1
        return best


def _trie(index: dict[str, list[tuple[str, ...]]]) -> dict[str, Any]:
    """The phrases of ``index`` (by first word) as a trie of dicts (see :class:`Phrases`)."""
    root: dict[str, Any] = {}
    for keys in index.values():
        for key in keys:
            node = root
            for word in key:
                node = node.setdefault(word, {})
            node[""] = True
    return root


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The assignment grammar's word lists, compiled once (hashed by identity)."""

    cues: Phrases
    direct_cues: Phrases
    #: cues read only where they open a sentence or item (``Kiến nghị Bộ Tài chính ...``)
    opening_cues: Phrases
    cue_blockers: Phrases
    #: a cue and the lower-case word after it that make a noun (``họp giao ban``)
    cue_nouns: Phrases
    #: amounts a cue after them qualifies (``số tiền ... đề nghị X hoàn``): no cue
    amounts: Phrases
    #: words an amount's phrase may hold between it and the cue
    amount_reach: int
    after_cue: Phrases
    #: report words that are the task after a cue's actors (``Giao X có ý kiến``)
    report_tasks: Phrases
    #: report words that ask for comments when ``comment_sends`` follows in the
    #: sentence (``Các sở có ý kiến ... gửi Sở Tài chính``)
    comment_reports: Phrases
    comment_sends: frozenset[str]
    #: ``do`` inside a sentence: its actors do the task a ``passive_tasks`` word names
    passive_cues: Phrases
    passive_tasks: Phrases
    #: words before a passive cue that make it another word (``là do``, ``cuộc họp do``)
    passive_blockers: Phrases
    #: words a few before a passive cue after which it describes (``theo kế hoạch do``)
    passive_described: Phrases
    #: headings of attachments read for assignments (a plan, a regulation), folded
    annex_types: tuple[str, ...]
    lead: Phrases
    coordinate: Phrases
    direct: Phrases
    #: direct words that are nouns too (``lãnh đạo``): they direct right after the actor only
    direct_nouns: Phrases
    #: task words guiding the actors after them (``hướng dẫn Y thực hiện``)
    guide: Phrases
    responsible: Phrases
    task: Phrases
    #: past-tense words that, right after a subject's task word, make it a report
    past_words: frozenset[str]
    #: duty words after which a ``chưa`` before them described the subject
    negation_duties: Phrases
    #: report words stating a shortcoming (``chưa``, ``vi phạm``), relative before a duty
    shortcomings: Phrases
    #: words that, right after a subject's task word, judge how it was done (``thực
    #: hiện chưa đúng``): an inspection's finding
    shortfalls: frozenset[str]
    #: the blame a conclusion lays (``chịu trách nhiệm chính đối với những vi phạm``),
    #: read as a report word in place of the duty word it starts with
    blame: Blame
    report: Phrases
    #: adverbs before a task word that open the task with it (``chỉ``, ``sẽ``)
    adverbs: Phrases
    enacting: Phrases
    weak: Phrases
    #: a weak word seating the organ before it at a place (``tại tỉnh An Giang``)
    seat_words: Phrases
    #: the level words of that place (``tỉnh``, ``thành phố``)
    seat_levels: Phrases
    #: the parts of a text it may point to instead (``Điều``, ``khoản``, ``Phụ lục``)
    seat_pointers: Phrases
    coordinate_adverbs: Phrases
    organ_heads: Phrases
    #: organs whose names join two bodies with ``và`` (``Văn phòng HĐND và UBND``),
    #: from the agency table: an actor list is not split inside one
    joint_organs: Phrases
    ambiguous_heads: Phrases
    capital_heads: Phrases
    #: ambiguous heads that name a unit by a number (``Phòng 8``, ``Đội 2``)
    numbered_units: Phrases
    #: ambiguous heads an organ's notice names bare for its own office (``Văn phòng``)
    bare_units: Phrases
    #: small words after which a capital head names an office (``Hải quan khu vực``)
    capital_scopes: Phrases
    #: capitalised heads that name an office only before a place class (``Thống kê
    #: các tỉnh``); else a verb
    placed_heads: Phrases
    generic_heads: Phrases
    plural: Phrases
    class_nouns: Phrases
    #: class nouns of bodies naming an actor without a plural, up to a task word
    bare_classes: Phrases
    #: words a bare class's phrase may hold before its task word
    bare_class_words: int
    #: classes of persons that head an actor bare only as a subject before a duty word
    bare_subjects: Phrases
    #: a project's parties by role, actors as a list item's subject before any task word
    item_subjects: Phrases
    titles: Phrases
    #: the word naming an official's charge after his title (``phụ trách``), and how many
    #: words later the cue it goes on to may stand (:meth:`_Window._charge_reach`)
    charges: Phrases
    charge_words: int
    #: abbreviated titles (in ``titles`` too), read only in capitals before an organ
    abbreviated_titles: Phrases
    #: abbreviated titles that also name a place class (``TP``)
    abbreviated_places: Phrases
    #: abbreviations whose dot ends no sentence (``TP. Vinh``)
    dotted_abbreviations: frozenset[str]
    #: degrees chained with dots before a person's name (``PGS.TS. Đào Xuân Cơ``)
    name_degrees: frozenset[str]
    lower_split_titles: Phrases
    person_prefixes: Phrases
    #: the words a private citizen is named with: his request hands no task
    citizen_prefixes: Phrases
    plural_person_prefixes: Phrases
    #: persons and bodies a decision names, referred back to without a plural
    named_heads: Phrases
    #: the words that refer them back (``có tên tại``)
    named_in: Phrases
    #: a decision's closing group written bare (``tổ chức, cá nhân``)
    related_heads: Phrases
    #: the words that make it one (``có liên quan``)
    related_in: Phrases
    #: heads naming one organ or office by themselves: they share no qualifier
    complete_heads: Phrases
    #: titles naming the office they head: a bare one shares only its own title's qualifier
    office_titles: Phrases
    #: class nouns naming a level (``các cấp``): after another plural class, a qualifier
    level_classes: Phrases
    #: class nouns of administrative units, whose colon lists open with places
    place_classes: Phrases
    #: posts named after a locality, whose plural lists name each post by its locality
    locality_classes: Phrases
    not_actors: Phrases
    #: indefinite determiners (``nào``), lower-cased: an actor holding one names no one
    indefinite: frozenset[str]
    name_before_verb: Phrases
    #: compounds ending in a ``name_before_verb`` word that name a whole kind of body
    #: (``bệnh viện``): no task word after them is part of a name
    whole_bodies: Phrases
    #: lower-case fields of a name ending in a task word (``dự án đầu tư xây dựng``)
    name_fields: Phrases
    #: boards named by a topic (``Ban Chỉ đạo``), and the fixed topics they take
    #: (agencies.toml ``[topic] subjects``: ``thực hiện chính sách BHXH, BHYT``)
    board_heads: Phrases
    board_topics: Phrases
    #: names of a class ending in a task word, only where written small (``tổ chức chủ
    #: trì``; ``Ban Tổ chức chủ trì`` is the board at work)
    small_name_fields: Phrases
    #: task words that never go on with a ``name_before_verb`` organ word
    never_in_name: Phrases
    #: a board's or a team's listed topic opened by ``về`` (``Đoàn kiểm tra liên ngành
    #: về an toàn thực phẩm tỉnh``): part of its name, though ``về`` is a weak word
    name_topics: Phrases
    #: the kinds of team a plan sets up (``Đoàn kiểm tra``), any task word ending its name
    team_kinds: Phrases
    #: task words that go on with such a name only after a plural (``các ban tham mưu``)
    class_name_verbs: Phrases
    #: roles named in a plan's headings (``cơ quan chủ trì``), folded: never actors
    roles: frozenset[str]
    glue: Phrases
    #: a term after an organ's name (``khóa XX``, ``nhiệm kỳ 2025 - 2030``), with its number
    terms: Phrases
    #: words opening a passive relative clause after a class noun in a clause heading
    #: (``các cơ quan được giao quản lý tài sản``)
    passive_relatives: frozenset[str]
    #: copulas opening a heading's qualifier after a class noun (``các sở, ngành là
    #: thành viên Ban Chỉ đạo``), read in a clause heading only
    heading_copulas: frozenset[str]
    #: task words opening a relative clause after a class noun (``địa phương có rừng``)
    relative_verbs: Phrases
    #: the object's own verb closing a relative clause (``có thí sinh dự thi``)
    relative_tails: Phrases
    #: words a relative clause's object may hold before the task word
    relative_words: int
    #: words a bare ``có`` may hold before the actor list's duty word (``các đơn vị có
    #: tên tại Điều 1 chịu trách nhiệm``)
    duty_words: int
    #: duty words after which a class's relative clause ends (``... có đất bị thu hồi
    #: có trách nhiệm``, ``... phải``)
    subject_duties: Phrases
    #: manner words that end a passive relative clause as a duty word (``chủ động``)
    passive_duties: Phrases
    #: ``phải`` of a sum due (``chi phí phải trả``), no duty
    sums_due: Phrases
    #: words that open another clause before such a duty word (``để``, ``khi``)
    duty_breaks: Phrases
    #: the execution formula that stands for the duty word (``căn cứ Quyết định thi hành``)
    execution_duties: Phrases
    aside: Phrases
    #: words opening a relative clause of place after a class (``các xã nơi có dự án``):
    #: the actor ends before it
    relative_scopes: frozenset[str]
    #: the scope an actor acts within (``căn cứ chức năng``): opens the task even
    #: between commas, no noun of the actor list
    scope_asides: Phrases
    #: a subordinate clause between commas after the actor (``UBND các xã, sau khi
    #: thống nhất với ..., thành lập ...``): opens the task, no noun of the actor list
    inserted_clauses: Phrases
    openers: Phrases
    #: honorifics before officials (``Các Ông, Bà``): skipped before the actor list
    honorifics: Phrases
    #: words that make the verb after them a noun (``việc thực hiện``): no task starts
    nominalizers: frozenset[str]
    #: compounds ending in a nominalizer that qualify a body (``Tổ giúp việc``)
    not_nominal: Phrases
    #: noun compounds ending in a task word (``bầu cử``): that word opens no task
    noun_compounds: Phrases
    #: nouns opening with a task word (``cử tri``): that word opens no task there
    noun_openers: Phrases
    #: subordinators opening a topic (``Về``), which a colon after its comma closes
    topic_words: frozenset[str]
    #: task words that state a count before a number (``có 102 đơn vị``)
    count_verbs: frozenset[str]
    #: units after such a number that make it a time given for a task (``có 02 ngày``)
    spans_of_time: frozenset[str]
    #: what a count verb's subject holds (``Hộ ông A có thửa đất số 125``): a statement
    holdings: Phrases
    conjunctions: Phrases
    label_subjects: Phrases
    #: words opening an organ's bullet share after its colon that give it no task
    item_no_duties: Phrases
    list_nouns: Phrases
    subordinators: Phrases
    #: subordinators of a condition, whose clause may hold a coordination's comma
    conditions: Phrases
    #: what a condition finds that may end it with no comma before its subject
    #: (``nếu có vướng mắc UBND các xã phản ánh ...``)
    condition_troubles: Phrases
    #: subordinators opening the first sentence on the line after a clause's heading
    heading_fronted: Phrases
    #: subordinators whose clause lists who was heard: no comma of it ends it
    hearing: Phrases
    #: words making a subordinate clause before its comma name those consulted
    #: (``Sau khi thống nhất với X, Y, Z ...``): read as ``hearing``
    consulting: Phrases
    heading_prefixes: Phrases
    #: labels of a plan's row naming the actors of the item it ends (``Trách nhiệm
    #: thực hiện: X``)
    row_labels: Phrases
    #: words naming the chair of a meeting after a bare ``Chủ trì:`` label besides a
    #: person's word or a title (``Lãnh đạo UBND tỉnh``): presiding, no task
    chair_heads: Phrases
    #: words opening a sentence that gives no task though it names actors: who
    #: attended (``Tham dự cuộc họp có ...``), an example (``Ví dụ: Công ty A ...``)
    attendance: Phrases
    #: determiners and pronouns: an item opening with one is a noun phrase, no task
    determiners: Phrases
    #: words ending a lead-in whose subject announces what follows (``như sau``), folded
    announcing: tuple[str, ...]
    #: the document's own acts (``quy định``, ``ban hành``), folded: a preamble sentence
    #: doing one of them and announcing what follows introduces the document
    own_acts: tuple[str, ...]
    #: further endings (``với những nội dung sau``) of a preamble sentence doing one of
    #: ``own_acts``, folded: it introduces the document as ``như sau`` does
    introducing: tuple[str, ...]
    #: party committees of one level (``Tỉnh ủy``, ``Thành ủy``)
    party_committees: Phrases
    #: heads of a committee's body (``Ban Thường vụ``), shared by a list of committees
    committee_heads: Phrases
    joint_titles: Phrases
    #: verbs that seat an official in a body (``làm``) before a position: no task
    membership_verbs: frozenset[str]
    #: positions in a body besides the titles (``thư ký``, ``tổ trưởng``)
    member_roles: Phrases
    #: words that close a subordinate clause as its comma does (``thì``)
    then_words: frozenset[str]
    #: words that carry a line on into the next (a hard wrap, not a heading's end)
    continuing: Phrases
    #: nouns ending in a ``continuing`` word that end a heading line (``thiết bị``)
    noun_endings: Phrases
    #: words a clause's heading line may hold
    heading_line_words: int
    #: links read past inside an actor phrase before a task word in no table (``thuộc``)
    open_links: Phrases
    #: words that go on with a class noun as a noun (``sự nghiệp``): never a task word
    open_nouns: Phrases
    #: qualifiers that complete a class's phrase (``trực thuộc``, ``có liên quan``)
    open_closers: Phrases
    #: function words that open no task (besides ``continuing``)
    open_not_verbs: Phrases
    #: words after a task word in no table within which a past word makes a report
    open_past_reach: int
    #: headings of sections that give no task (lower case, tone-folded)
    no_task_sections: tuple[str, ...]
    #: headings that, as a whole line, open a section that gives no task (folded)
    no_task_headings: frozenset[str]
    #: forms of address standing for the addressee (``Quý cơ quan``), lower case
    addressee_honorifics: tuple[str, ...]
    #: bare heads standing for the one addressee whose name opens with them, folded
    addressee_heads: tuple[str, ...]
    #: forms of address of a person standing for the addressees named with one, folded
    addressee_persons: tuple[str, ...]
    #: words before an addressee's short name in its parenthesis, folded
    addressee_aliases: tuple[str, ...]
    #: task words with which the issuer reports (``UBND tỉnh báo cáo ...``), folded
    issuer_reports: tuple[str, ...]
    #: document type codes of work schedules, whose persons' entries are no tasks
    schedule_types: frozenset[str]
    #: title openings of a schedule printed under another type (a Thông báo's
    #: ``Lịch tiếp công dân ...``), tone-folded and lower-cased
    schedule_titles: tuple[str, ...]
    #: document type codes of submissions, whose requests to decide are no tasks
    petition_types: frozenset[str]
    #: what a submission asks its superior to do (``xem xét, quyết định``), folded
    petitions: tuple[str, ...]
    #: a bare plural an invitation asks to come by (``các đồng chí``), folded
    invitees: tuple[str, ...]
    #: coming to the meeting (``dự họp``, ``tham dự``), folded: no task of the invitees
    attending: tuple[str, ...]


class Blame(Phrases):
    """The blame phrases of ``[markers.blame]`` (``chịu trách nhiệm chính đối với những
    vi phạm``, ``chịu trách nhiệm trực tiếp.``): ``duty [degree] link [determiner]
    object`` or ``duty closing-degree end``, matched part by part rather than spelt out
    (thousands of phrases). As a :class:`Phrases` it holds the duty words: its
    ``firsts`` are theirs, so a token that starts no duty costs one lookup."""

    def __init__(self, table: dict[str, Any]) -> None:
        super().__init__(_words(table, "duties"))
        self.degrees = Phrases(_words(table, "degrees"))
        self.closing = Phrases(_words(table, "closing_degrees"))
        self.ends = frozenset(_words(table, "ends"))
        self.links = Phrases(_words(table, "links"))
        self.determiners = Phrases(_words(table, "determiners"))
        self.objects = Phrases(_words(table, "objects"))
        self.longest += (self.degrees.longest + self.links.longest
                         + self.determiners.longest + self.objects.longest)

    def match(self, lows: list[str], i: int, stop: int | None = None) -> int:
        """Tokens of the blame phrase starting at token ``i`` (0: none)."""
        n = super().match(lows, i, stop)
        if not n:
            return 0
        j = i + n
        degree = self.degrees.match(lows, j, stop)
        if degree and self.closing.match(lows, j, stop) == degree:
            end = j + degree
            if end < len(lows) and (stop is None or end < stop) and lows[end] in self.ends:
                return end + 1 - i  # ``chịu trách nhiệm trực tiếp.``
        j += degree
        link = self.links.match(lows, j, stop)
        if not link:
            return 0
        j += link
        j += self.determiners.match(lows, j, stop)
        obj = self.objects.match(lows, j, stop)
        return j + obj - i if obj else 0


def _words(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    return [str(v) for v in value] if isinstance(value, list) else []


def _joint_organs() -> list[str]:
    return [str(f) for head in load("agencies").get("heads", []) for f in head["forms"]
            if " và " in f" {str(f).lower()} "]


def _board_topics() -> list[str]:
    """The fixed topics a steering board or a team is named by (agencies.toml ``[topic]
    subjects``: one table for both layers), which may open on a task word (``Ban Chỉ
    đạo thực hiện chính sách BHXH, BHYT cấp xã``)."""
    return [str(t) for t in load("agencies").get("topic", {}).get("subjects", [])]


def _name_topics() -> list[str]:
    """The same topics opened by ``về`` (``Đoàn kiểm tra liên ngành về an toàn thực
    phẩm``)."""
    return [f"về {t}" for t in _board_topics()]


def _joint_titles() -> list[str]:
    """Two titles joined by a comma that one official holds (positions.toml's titles with
    a comma: ``Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ theo dõi, đôn đốc ...`` is one
    actor, not a bare ``Bộ trưởng`` and a ``Chủ nhiệm``; ``Bộ trưởng, Thủ trưởng cơ quan
    ngang bộ`` stays two offices)."""
    return [str(t) for t in load("positions")["heads"]["titles"] if "," in str(t)]


def _folded(table: dict[str, Any], key: str) -> tuple[str, ...]:
    """A word list tone-folded and lower-cased, to compare with folded keys."""
    return tuple(fold_tones(w).lower() for w in _words(table, key))


def _name_degrees() -> frozenset[str]:
    """The degrees a name is prefixed with (``PGS.TS. Đào Xuân Cơ``, signature.toml): their
    dot ends no sentence either, so the last article's ``... và GS.TS. X chịu trách
    nhiệm thi hành`` stays one sentence with its cue."""
    return frozenset(fold_tones(str(w)).lower()
                     for w in load("signature")["titles"]["name_degrees"])


def _word_set(table: dict[str, Any], name: str) -> frozenset[str]:
    """Single words of a table, folded as the scanner's tokens are."""
    return frozenset(fold_tones(w).lower() for w in _words(table, name))


@cache
def lexicon() -> Lexicon:
    """The compiled tables of ``assignments.toml`` (built once per process)."""
    data = load("assignments")
    cues, markers = data.get("cues", {}), data.get("markers", {})
    actors, phrase = data.get("actors", {}), data.get("phrase", {})
    heading, open_task = data.get("heading_line", {}), data.get("open_task", {})
    addressee = data.get("addressee", {})
    return Lexicon(
        cues=Phrases(_words(cues, "assign")),
        direct_cues=Phrases(_words(cues, "direct")),
        opening_cues=Phrases(_words(cues, "opening")),
        cue_blockers=Phrases(_words(cues, "blocked_after")),
        cue_nouns=Phrases(_words(cues, "nouns")),
        amounts=Phrases(_words(cues, "amounts")),
        amount_reach=int(cues.get("amount_reach", 3)),
        after_cue=Phrases(_words(cues, "after_cue")),
        report_tasks=Phrases(_words(cues, "report_tasks")),
        comment_reports=Phrases(_words(cues, "comment_reports")),
        comment_sends=_word_set(cues, "comment_sends"),
        passive_cues=Phrases(_words(cues, "passive")),
        passive_tasks=Phrases(_words(cues, "passive_tasks")),
        passive_blockers=Phrases(_words(cues, "passive_blocked_after")),
        passive_described=Phrases(_words(cues, "passive_described_after")),
        annex_types=tuple(fold_tones(w).lower() for w in _words(cues, "annex_types")),
        lead=Phrases(_words(markers, "lead")),
        coordinate=Phrases(_words(markers, "coordinate")),
        direct=Phrases(_words(markers, "direct")),
        direct_nouns=Phrases(_words(markers, "direct_nouns")),
        guide=Phrases(_words(markers, "guide")),
        responsible=Phrases(_words(markers, "responsible")),
        task=Phrases(_words(markers, "task")),
        past_words=_word_set(markers, "past_words"),
        negation_duties=Phrases(_words(markers, "negation_duties")),
        shortcomings=Phrases(_words(markers, "shortcomings")),
        shortfalls=_word_set(markers, "shortfalls"),
        blame=Blame(markers.get("blame", {})),
        report=Phrases(_words(markers, "report")),
        adverbs=Phrases(_words(markers, "adverbs")),
        enacting=Phrases(_words(markers, "enacting")),
        weak=Phrases(_words(markers, "weak")),
        seat_words=Phrases(_words(markers, "seat_words")),
        seat_levels=Phrases(_words(markers, "seat_levels")),
        seat_pointers=Phrases(_words(markers, "seat_pointers")),
        coordinate_adverbs=Phrases(_words(markers, "coordinate_adverbs")),
        organ_heads=Phrases(_words(actors, "organ_heads")),
        joint_organs=Phrases(_joint_organs()),
        ambiguous_heads=Phrases(_words(actors, "ambiguous_heads")),
        capital_heads=Phrases(_words(actors, "capital_heads")),
        numbered_units=Phrases(_words(actors, "numbered_units")),
        bare_units=Phrases(_words(actors, "bare_units")),
        capital_scopes=Phrases(_words(actors, "capital_scopes")),
        placed_heads=Phrases(_words(actors, "placed_heads")),
        generic_heads=Phrases(_words(actors, "generic_heads")),
        plural=Phrases(_words(actors, "plural")),
        class_nouns=Phrases(_words(actors, "class_nouns")),
        bare_classes=Phrases(_words(actors, "bare_classes")),
        bare_class_words=int(actors.get("bare_class_words", 12)),
        bare_subjects=Phrases(_words(actors, "bare_subjects")),
        item_subjects=Phrases(_words(actors, "item_subjects")),
        titles=Phrases(_words(actors, "titles")),
        charges=Phrases(_words(actors, "charges")),
        charge_words=int(actors.get("charge_words", 10)),
        abbreviated_titles=Phrases(_words(actors, "abbreviated_titles")),
        abbreviated_places=Phrases(_words(actors, "abbreviated_places")),
        dotted_abbreviations=frozenset(_folded(actors, "dotted_abbreviations"))
        | _name_degrees(),
        name_degrees=_name_degrees(),
        lower_split_titles=Phrases(_words(actors, "lower_split_titles")),
        person_prefixes=Phrases(_words(actors, "person_prefixes")),
        citizen_prefixes=Phrases(_words(actors, "citizen_prefixes")),
        plural_person_prefixes=Phrases(_words(actors, "plural_person_prefixes")),
        named_heads=Phrases(_words(actors, "named_heads")),
        named_in=Phrases(_words(actors, "named_in")),
        related_heads=Phrases(_words(actors, "related_heads")),
        related_in=Phrases(_words(actors, "related_in")),
        complete_heads=Phrases(_words(actors, "complete_heads")),
        office_titles=Phrases(_words(actors, "office_titles")),
        level_classes=Phrases(_words(actors, "level_classes")),
        place_classes=Phrases(_words(actors, "place_classes")),
        locality_classes=Phrases(_words(actors, "locality_classes")),
        not_actors=Phrases(_words(actors, "not_actors")),
        indefinite=frozenset(w.lower() for w in _words(actors, "indefinite")),
        name_before_verb=Phrases(_words(phrase, "name_before_verb")),
        board_heads=Phrases(_words(phrase, "board_heads")),
        board_topics=Phrases(_board_topics()),
        whole_bodies=Phrases(_words(phrase, "whole_bodies")),
        name_fields=Phrases(_words(phrase, "name_fields")),
        small_name_fields=Phrases(_words(phrase, "small_name_fields")),
        never_in_name=Phrases(_words(phrase, "never_in_name")),
        name_topics=Phrases(_name_topics()),
        team_kinds=Phrases(_words(phrase, "team_kinds")),
        class_name_verbs=Phrases(_words(phrase, "class_name_verbs")),
        roles=_word_set(actors, "roles"),
        glue=Phrases(_words(phrase, "glue")),
        terms=Phrases(_words(phrase, "terms")),
        relative_verbs=Phrases(_words(phrase, "relative_verbs")),
        relative_tails=Phrases(_words(phrase, "relative_tails")),
        passive_relatives=_word_set(phrase, "passive_relatives"),
        heading_copulas=_word_set(phrase, "heading_copulas"),
        relative_words=int(phrase.get("relative_words", 5)),
        duty_words=int(phrase.get("duty_words", 20)),
        subject_duties=Phrases(_words(phrase, "subject_duties")),
        duty_breaks=Phrases(_words(phrase, "duty_breaks")),
        sums_due=Phrases(_words(phrase, "sums_due")),
        passive_duties=Phrases(_words(phrase, "passive_duties")),
        execution_duties=Phrases(_words(phrase, "execution_duties")),
        aside=Phrases(_words(phrase, "aside")),
        relative_scopes=_word_set(phrase, "relative_scopes"),
        scope_asides=Phrases(_words(phrase, "scope_asides")),
        inserted_clauses=Phrases(_words(phrase, "inserted_clauses")),
        openers=Phrases(_words(phrase, "openers")),
        honorifics=Phrases(_words(phrase, "honorifics")),
        nominalizers=_word_set(phrase, "nominalizers"),
        not_nominal=Phrases(_words(phrase, "not_nominal")),
        noun_compounds=Phrases(_words(phrase, "noun_compounds")),
        noun_openers=Phrases(_words(phrase, "noun_openers")),
        topic_words=_word_set(phrase, "topic_words"),
        count_verbs=_word_set(phrase, "count_verbs"),
        spans_of_time=_word_set(phrase, "spans_of_time"),
        holdings=Phrases(_words(phrase, "holdings")),
        conjunctions=Phrases(_words(phrase, "conjunctions")),
        label_subjects=Phrases(_words(phrase, "label_subjects")),
        item_no_duties=Phrases(_words(phrase, "item_no_duties")),
        list_nouns=Phrases(_words(phrase, "list_nouns")),
        subordinators=Phrases(_words(phrase, "subordinators")),
        conditions=Phrases(_words(phrase, "conditions")),
        condition_troubles=Phrases(_words(phrase, "condition_troubles")),
        heading_fronted=Phrases(_words(phrase, "heading_fronted")),
        hearing=Phrases(_words(phrase, "hearing")),
        consulting=Phrases(_words(phrase, "consulting")),
        heading_prefixes=Phrases(_words(phrase, "heading_prefixes")),
        row_labels=Phrases(_words(phrase, "row_labels")),
        chair_heads=Phrases(_words(phrase, "chair_heads")),
        attendance=Phrases(_words(phrase, "attendance") + _words(phrase, "examples")),
        determiners=Phrases(_words(phrase, "determiners")),
        announcing=tuple(fold_tones(w).lower() for w in _words(phrase, "announcing")),
        own_acts=tuple(fold_tones(w).lower() for w in _words(phrase, "own_acts")),
        introducing=tuple(fold_tones(w).lower() for w in _words(phrase, "introducing")),
        party_committees=Phrases(_words(actors, "party_committees")),
        committee_heads=Phrases(_words(actors, "committee_heads")),
        joint_titles=Phrases(_joint_titles()),
        membership_verbs=_word_set(phrase, "membership_verbs"),
        member_roles=Phrases(_words(phrase, "member_roles")),
        then_words=frozenset(fold_tones(w).lower() for w in _words(phrase, "then_words")),
        continuing=Phrases(_words(heading, "continuing_words")),
        noun_endings=Phrases(_words(heading, "noun_endings")),
        heading_line_words=int(heading.get("max_words", 12)),
        open_links=Phrases(_words(open_task, "inner_links")),
        open_nouns=Phrases(_words(open_task, "noun_words")),
        open_closers=Phrases(_words(open_task, "closers")),
        open_not_verbs=Phrases(_words(open_task, "not_verbs")),
        open_past_reach=int(open_task.get("past_reach", 3)),
        no_task_sections=tuple(fold_tones(w).lower() for w in _words(
            heading, "no_task_sections")),
        no_task_headings=_word_set(heading, "no_task_headings"),
        addressee_honorifics=tuple(w.lower() for w in _words(addressee, "honorifics")),
        addressee_heads=_folded(addressee, "bare_heads"),
        addressee_persons=_folded(addressee, "persons"),
        addressee_aliases=_folded(addressee, "aliases"),
        issuer_reports=_folded(addressee, "issuer_reports"),
        schedule_types=frozenset(_words(addressee, "schedule_types")),
        schedule_titles=_folded(addressee, "schedule_titles"),
        petition_types=frozenset(_words(addressee, "petition_types")),
        petitions=_folded(addressee, "petitions"),
        invitees=_folded(addressee, "invitees"),
        attending=_folded(addressee, "attending"),
    )
