"""Position titles and the organ after them, read over a token list.

A position is a head (``Phó Bí thư``) and the organ it belongs to (``Tỉnh
ủy``). Heads come from ``positions.toml``; the organ is read by a small
grammar that accepts capitalised words, the lower-case organ phrases of the
table, and two-syllable terms whose first syllable is capitalised (``Bộ Y
tế``). Anything else ends the organ, so the verb after a position list
(``trực tiếp chỉ đạo``, ``chịu trách nhiệm``) is never swallowed. Every
reader here does a bounded amount of work per call, which keeps the callers
linear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from vbcd.extract.person_tokens import (
    CASE_LOWER,
    CASE_SINGLE,
    CASE_TITLE,
    CASE_UPPER,
    GAP_LINE,
    GAP_NONE,
    GAP_PARA,
    GAP_SPACE,
    PhraseTrie,
    Tokens,
    phrase_bare,
    phrase_keys,
    strip_diacritics,
    tokenize,
)
from vbcd.grammar import load
from vbcd.normalize import fold_tones

_DATA = load("positions")

#: The strong cues before a name (``Đồng chí``, ``Đ/c``): an organ never runs into one.
_STRONG_CUES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(c), True) for c in load("persons")["cues"]["strong"])
#: The officers' ranks (``Thượng tướng``): capitalised inside an organ before a
#: capitalised word, the holder's rank before his name (``Thứ trưởng Bộ Quốc phòng
#: Thượng tướng A``), where the organ ends.
_RANK_CUES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(c), True) for c in load("persons")["cues"]["ranks"])

#: Plural determiners (``các``, ``những``): right after a head they make it a class of
#: people (``Giám đốc các sở``), not one person's position.
_CLASS_WORDS: frozenset[str] = frozenset(
    phrase_keys(w)[0] for w in load("persons")["cues"]["plural"])

#: Longest organ read after a head, in tokens: real organs are far shorter.
MAX_ORGAN_TOKENS = 24
#: Most tokens a position's organ reaches to the end of an agency's name (the agency
#: grammar's bound, ``organ_grammar.MAX_TOKENS``, and a head's few words before it).
_REACH_TOKENS = 36
#: Most positions read in one comma list.
MAX_CHAIN = 10


@dataclass(frozen=True)
class HeadInfo:
    """What the table says about a head: generic (``Lãnh đạo``), organ-less."""

    generic: bool = False
    no_organ: bool = False
    section: bool = False
    #: a staff title that takes a grade (``chuyên viên chính``, ``bác sĩ hạng III``)
    graded: bool = False
    #: a calling, not a post (``trọng tài``, ``hướng dẫn viên``): see ``callings``
    calling: bool = False
    #: a deputy's title without ``Phó`` (``Thứ trưởng``): see ``deputy_titles``
    deputy: bool = False


def _head_trie() -> PhraseTrie[HeadInfo]:
    heads = _DATA["heads"]
    no_organ = {phrase_keys(h) for h in heads["no_organ"]}
    sections = {phrase_keys(h) for h in heads["section_names"]}
    graded = {phrase_keys(h) for h in heads["graded"]}
    callings = {phrase_keys(h) for h in heads["callings"]}
    deputies = {phrase_keys(h) for h in heads["deputy_titles"]}
    items: dict[tuple[str, ...], HeadInfo] = {}
    for h in heads["titles"]:
        keys = phrase_keys(h)
        items[keys] = HeadInfo(no_organ=keys in no_organ, section=keys in sections,
                               graded=keys in graded, calling=keys in callings,
                               deputy=keys in deputies)
    for h in heads["generic"]:
        items[phrase_keys(h)] = HeadInfo(generic=True)
    return PhraseTrie(items.items())


HEADS = _head_trie()
PREFIXES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["prefixes"]
)
QUALIFIERS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["deputy_qualifiers"]
)
QUALIFIERS_BEFORE_ORGAN: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["deputy_qualifiers_before_organ"]
)
_GRADES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["grades"]
)
_JOINERS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["joiners_after_comma"]
)
#: The joiners that need no separator before them (``kiêm``).
_BARE_JOINERS: frozenset[str] = frozenset(
    phrase_keys(p)[0] for p in _DATA["heads"]["joiners_bare"])
#: ``làm``, which joins a team's lead or seat (:data:`_TEAM_ROLES`) to a person's posts.
_TEAM_JOINER: str = phrase_keys(str(_DATA["heads"]["team_role_joiner"]))[0]
_TEAM_ROLES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["team_roles"])
_BIRTH: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["birth_details"]
)
_ERA_NOTES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["era_notes"]
)
#: The labels of a form's position field (``Chức vụ:``), the colon included.
_POSITION_LABELS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["position_labels"]
)
#: The other fields of a form that may stand between a name and its position's label
#: (``Họ và tên: A   Cấp bậc: Thượng úy   Chức vụ: ...``), the colon included.
_FIELD_LABELS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in load("persons")["form"]["field_labels"]
)
#: Fields passed over at most before the position's label, and tokens of a field's value.
MAX_FIELDS = 2
MAX_FIELD_VALUE = 8
#: The separators a labelled position may follow (``A. Chức danh: Giám đốc``, ``A - Chức vụ:``).
_LABEL_SEPARATORS = frozenset({",", ";", ".", "-", "–"})
#: Tokens a birth detail takes at most (``, sinh ngày 15 tháng 10 năm 1964,``).
_BIRTH_TOKENS = 12
#: The level words' letters without marks (``tinh``, ``huyen``), positions.toml.
_MISREAD_LEVELS: frozenset[str] = frozenset(
    strip_diacritics(w) for w in _DATA["organ"]["misread_levels"])
ORGAN_PHRASES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["phrases"]
)
AFTER_NOUN: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["after_noun"]
)
ORGAN_NOUNS: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(p) for p in _DATA["organ"]["nouns"]
)
_NOUN_MAX = max(len(k) for k in ORGAN_NOUNS)
#: Organ nouns that take "after_noun" phrases also as the head's last word.
_HEAD_NOUNS: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(p) for p in _DATA["organ"]["head_nouns"]
)
#: Council names ``và`` joins into one office (``Văn phòng HĐND và UBND huyện``).
_JOIN_LEFT: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(p) for p in _DATA["organ"]["council_join"]["left"]
)
_JOIN_LEFT_MAX = max(len(k) for k in _JOIN_LEFT)
JOIN_RIGHT: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["council_join"]["right"]
)
_NOUN_ENDS = frozenset(k[-1] for k in ORGAN_NOUNS)
ATTACH: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["attach_after_comma"]
)
#: Verbs after an organ that make it the next sentence's subject (positions.toml).
_SUBJECT_VERBS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["subject_verbs"]
)
SUB_UNITS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["sub_units"]
)
#: A leader's staff titles, whose organ may be the leader's abbreviated title
#: (positions.toml ``staff_of_leader``).
_STAFF: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["abbreviations"]["staff_of_leader"]
)
#: Top-level bodies that, after a comma, show a list of authorities (positions.toml).
_BODIES_AFTER_NAME: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["bodies_after_name"]
)
COMPOUNDS: frozenset[tuple[str, ...]] = frozenset(
    phrase_bare(p) for p in _DATA["organ"]["compounds"]
)
#: Words that end the small-written tail of a section's name (``chủ trì``, ``của``).
_UNIT_NAME_STOPS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["unit_name_stops"]
)
#: Words opening a post's field of charge (``phụ trách``; positions.toml ``charge_tails``).
_CHARGE_TAILS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["charge_tails"]
)
_CHARGE_TAIL_WORDS = int(_DATA["heads"]["charge_tail_words"])
_CHARGE_TAIL_MIN = int(_DATA["heads"]["charge_tail_min_words"])
_CHARGE_ENDS = frozenset({";", "|", ")", ".", ",", "-", "–", "—"})
#: Small-word terms of a section's name holding a stop word (``tạm giữ``): taken whole.
_UNIT_NAME_TERMS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["unit_name_terms"]
)
#: Contact labels that, after a comma, end a section's small-written name (positions.toml).
_CONTACT_LABELS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["organ"]["contact_labels"]
)
#: Section nouns whose names run on over ``và`` and commas (positions.toml).
_DESCRIBED_UNITS: frozenset[str] = frozenset(
    phrase_keys(p)[0] for p in _DATA["organ"]["described_units"])
#: A listed member's role in the body (``thành viên``, ``tổ phó``: persons.toml
#: ``body_roles``): after a comma it opens the next post, never a section's name
#: written small (``Trưởng phòng Văn hóa - Xã hội, thành viên;``).
_BODY_ROLES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in load("persons")["cues"]["body_roles"]
)
#: Most tokens a described section's name goes on with after what the grammar read.
_DESCRIBED_TAIL = 14
#: Most lower-case syllables a section's name goes on with (``Đăng ký kinh doanh``).
MAX_UNIT_TAIL = 4
#: Most words of the capitalised term a section's name starts with (``Xây dựng``).
_UNIT_HEAD_WORDS = 2
#: Marks that close a list item or a table cell after a section's name.
_ITEM_ENDS = frozenset({";", "|", ")"}) | frozenset({"-", "–", "—"})


def _abbr_table() -> dict[tuple[str, ...], str]:
    """The abbreviated titles by their tokens; each also after a deputy's prefix word
    (``Phó CT``: ``Phó Chủ tịch``, ``Phó GĐ``), unless it names a deputy already."""
    out: dict[tuple[str, ...], str] = {}
    for abbr, expansion in _DATA["abbreviations"]["map"].items():
        out[tuple(tokenize(abbr).raw)] = expansion
    deputy = str(_DATA["abbreviations"].get("deputy", ""))
    if deputy:
        for k, expansion in list(out.items()):
            if k[0] != deputy and not expansion.startswith(deputy + " "):
                out.setdefault((deputy, *k), f"{deputy} {expansion}")
    return out


ABBREVIATIONS = _abbr_table()
_ABBR_MAX = max(len(k) for k in ABBREVIATIONS)
ABBR_FIRST = frozenset(k[0] for k in ABBREVIATIONS)
#: Abbreviated titles whose organ is inside the word (``TUV``: Tỉnh ủy viên): after
#: a name the end of the list makes them a position too.
SELF_CONTAINED: frozenset[tuple[str, ...]] = frozenset(
    tuple(tokenize(a).raw) for a in _DATA["abbreviations"]["after_name"]["self_contained"]
)
assert ABBREVIATIONS.keys() >= SELF_CONTAINED, "self_contained must be abbreviations of the map"
#: Organ words that, after an abbreviated title after a name, make it a position.
ABBR_ORGANS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["abbreviations"]["after_name"]["organs"]
)
#: Qualifiers that belong to a deputy's abbreviated title after a name (``PCT TT``).
ABBR_QUALIFIERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(tokenize(q).raw) for q in _DATA["abbreviations"]["after_name"]["deputy_qualifiers"]
)
_ABBR_DEPUTY = str(_DATA["abbreviations"].get("deputy", "")) + " "
#: Abbreviations that with a glued dot are a degree, not the title (positions.toml).
_DOTTED_DEGREES: frozenset[str] = frozenset(_DATA["abbreviations"]["dotted_degrees"])
_NUMBER_AFTER = frozenset({("nhiệm", "kỳ"), ("khóa",), ("năm",)})
_DASHES = frozenset({"-", "–", "—"})


@dataclass(frozen=True)
class Head:
    """A matched head: tokens ``start..end``; ``upper`` when printed in capitals."""

    start: int
    end: int
    generic: bool
    no_organ: bool
    upper: bool
    abbreviation: bool = False
    #: the head also names a section of an organ (``Phòng Công chức, viên chức``)
    section: bool = False
    #: a staff title, its grade included (``chuyên viên chính``, ``bác sĩ hạng III``)
    graded: bool = False
    #: a calling, not a post: a place's name after it is the place (``trọng tài Hà Nội``)
    calling: bool = False


#: Keys that can start a head (a prefix or a title): a filter for callers' loops.
HEAD_FIRST: frozenset[str] = HEADS.first | PREFIXES.first


def _marks_lost_trie() -> PhraseTrie[tuple[str, ...]]:
    """Titles whose marks a scan misread, by their bare letters: ``marks_lost``."""
    return PhraseTrie(((phrase_bare(h), phrase_keys(h)) for h in _DATA["heads"]["marks_lost"]),
                      bare=True)


#: Titles read on their bare letters (``Chù tịch``, ``Truởng ban``), valued by their keys.
_MARKS_LOST = _marks_lost_trie()


#: Family names (persons.toml, common and rare), tone-folded keys: ``Trương`` before a
#: capital is a name. Defined here, below :mod:`vbcd.extract.person_names` (which
#: re-exports it), so that the title reading can use it without an import cycle.
SURNAMES: frozenset[str] = frozenset(
    fold_tones(s).casefold()
    for key in ("common", "rare") for s in load("persons")["surnames"][key])


def _head_marks_lost(toks: Tokens, j: int) -> tuple[int, HeadInfo] | None:
    """A title at ``j`` whose marks a scan misread (``Phó Chù tịch``, ``Tổ truởng``).

    Not a surname spelt right before a capitalised word (``Trương Ban``): a name.
    """
    if not (j < len(toks.bare) or toks.has(j)) or toks.bare[j] not in _MARKS_LOST.first:
        return None
    found = _MARKS_LOST.longest(toks, j)
    if found is None:
        return None
    end, keys = found
    if (toks.key[j] in SURNAMES and toks.key[j] != keys[0]
            and toks.has(j + 1) and toks.case[j + 1] != CASE_LOWER):
        return None
    if (toks.key[j] != keys[0] and toks.has(j + 1) and toks.case[j + 1] != CASE_LOWER
            and HEADS.longest(toks, j + 1) is not None):
        # a name's last syllable before a title spelt right (``Bà Lê Thị Thu`` /
        # ``Trưởng phòng``, a flattened table's cells): not ``Thứ trưởng`` misread
        return None
    info = HEADS.longest(tokenize(" ".join(keys)), 0)
    return (end, info[1]) if info is not None else None


def match_head(toks: Tokens, i: int) -> Head | None:
    """A position head (with its ``Phó``/``Quyền``/``Nguyên`` prefixes) at token ``i``."""
    if not (0 <= i < len(toks.starts) or toks.has(i)) or (
            toks.key[i] not in HEAD_FIRST and toks.bare[i] not in _MARKS_LOST.first):
        return None
    j = i
    for _ in range(3):
        p = PREFIXES.longest(toks, j)
        if p is None:
            break
        j = p[0]
    if j > i and toks.has(j) and toks.gap[j] == GAP_PARA:
        return None
    found = HEADS.longest(toks, j) or _head_marks_lost(toks, j)
    if found is None:
        return None
    end, info = found
    if j > i or info.deputy:  # a deputy: ``Phó Chủ tịch Thường trực``
        q = QUALIFIERS.longest(toks, end)
        if q is not None and toks.gap[end] <= GAP_LINE:
            end = q[0]
        else:
            end = _before_organ_qualifier(toks, end)
    elif info.graded:
        end = _grade_end(toks, end)
    upper = all(toks.case[k] in (CASE_UPPER, CASE_SINGLE) for k in range(i, end) if toks.is_word[k])
    return Head(i, end, info.generic, info.no_organ, upper, section=info.section and j == i,
                graded=info.graded and j == i, calling=info.calling)


def _grade_end(toks: Tokens, end: int) -> int:
    """End of a staff title taken on over its grade (``giảng viên chính``, ``điều dưỡng
    hạng IV``). A grade word that goes on into a longer word (``giáo viên chính trị``:
    the subject taught) is none: only ``hạng`` grades may be followed by a small word."""
    if not toks.has(end) or toks.gap[end] != GAP_SPACE or toks.case[end] != CASE_LOWER:
        return end
    g = _GRADES.longest(toks, end)
    if g is None:
        return end
    k = g[0]
    if toks.key[end] != "hạng" and toks.has(k) and toks.gap[k] == GAP_SPACE \
            and toks.is_word[k] and toks.case[k] == CASE_LOWER:
        return end
    return k


def _before_organ_qualifier(toks: Tokens, end: int) -> int:
    """End of a deputy's head taken on over ``phụ trách`` when a capitalised organ
    follows on the line (``Phó Giám đốc phụ trách Sở ...``); ``end`` otherwise."""
    if not toks.has(end) or toks.gap[end] > GAP_LINE:
        return end
    q = QUALIFIERS_BEFORE_ORGAN.longest(toks, end)
    if q is None or not toks.has(q[0]) or toks.gap[q[0]] > GAP_LINE or not toks.is_cap(q[0]):
        return end
    return q[0]


def match_abbreviation(toks: Tokens, i: int) -> Head | None:
    """An abbreviated title (``PTTg``, ``Phó CTr.``), case-sensitive, dot included."""
    if not toks.has(i) or toks.raw[i] not in ABBR_FIRST:
        return None
    if i > 0 and toks.gap[i] == GAP_NONE and toks.raw[i - 1] != "(":
        return None  # part of a code (``CT-TTg``), not a title; ``(PCT UBND tỉnh)`` is one
    toks.has(i + _ABBR_MAX - 1)  # read far enough for the longest abbreviation
    best = 0
    for length in range(min(_ABBR_MAX, len(toks.starts) - i), 0, -1):
        seq = tuple(toks.raw[i : i + length])
        if seq in ABBREVIATIONS and all(toks.gap[k] <= GAP_LINE for k in range(i + 1, i + length)):
            best = length
            break
    if not best:
        return None
    end = i + best
    if toks.has(end) and toks.raw[end] == "." and toks.gap[end] == GAP_NONE:
        if best == 1 and toks.raw[i] in _DOTTED_DEGREES:
            return None  # ``CN. Phạm Văn A``: Cử nhân, a degree the cues read
        end += 1
    return Head(i, end, False, False, False, abbreviation=True)


def _prev_is_noun(toks: Tokens, start: int, context: int, j: int) -> bool:
    """Whether the tokens ending at ``j`` end with an organ noun (``Ban``, ``Sở``).

    A noun counts when capitalised (``Ban chỉ đạo``, ``Ủy ban Kiểm tra``) or when
    it is ``ban`` or ``đoàn`` itself, also as the end of the head (``Trưởng ban chỉ
    đạo``, ``Trưởng Đoàn đại biểu Quốc hội``); a lower-case ``bộ`` or ``vụ`` is the
    end of a term (``Đảng bộ``, ``Nội vụ``). A noun begun by the head's own ``Ban``
    counts too (``Trưởng Ban`` + ``Chỉ đạo`` + ``giải phóng mặt bằng huyện``: the
    board the head names is ``Ban Chỉ đạo``).
    """
    if j <= context or toks.key[j - 1] not in _NOUN_ENDS:
        return False
    for length in range(1, _NOUN_MAX + 1):
        a = j - length
        if a < context:
            break
        seq = tuple(toks.key[a:j])
        if seq not in ORGAN_NOUNS:
            continue
        if seq in _HEAD_NOUNS:
            return True
        if a >= start and toks.is_cap(a):
            return True
        if a < start and tuple(toks.key[a:start]) in _HEAD_NOUNS:
            return True  # ``Trưởng Ban Chỉ đạo ...``: the head's noun opens it
    return False


def read_organ(
    toks: Tokens, start: int, *, head_start: int | None = None, limit: int = MAX_ORGAN_TOKENS
) -> int:
    """End (exclusive) of the organ that begins at token ``start``.

    ``start`` is the token right after a head starting at ``head_start``; the
    head counts as context of ``after_noun`` phrases (``Trưởng ban chỉ đạo``).
    """
    context = start if head_start is None else head_start
    j = start
    stop = start + limit
    while j < stop and toks.has(j):
        if toks.gap[j] == GAP_PARA or toks.cell_starts(j):
            break
        raw = toks.raw[j]
        if not toks.is_word[j]:
            if raw == "(" and j > start and (end := _bracketed_region(toks, j)):
                j = end  # ``Hội thánh Tin lành Việt Nam`` + ``(miền Nam)``
                continue
            if raw in _DASHES and toks.gap[j] != GAP_LINE:
                nxt = j + 1
                if toks.has(nxt) and toks.gap[nxt] <= GAP_LINE and (
                    # a verb after the dash is the person's part, no half of a double
                    # name (``Trưởng Ban công tác Mặt trận thôn - Chủ trì hội nghị``)
                    (toks.is_cap(nxt) and match_head(toks, nxt) is None
                     and _UNIT_NAME_STOPS.longest(toks, nxt) is None)
                    or (toks.raw[nxt].isdigit() and toks.raw[j - 1].isdigit())
                ):
                    j = nxt
                    continue
                break
            if raw.isdigit() and j > start and _number_allowed(toks, start, j):
                j += 1
                continue
            break
        if toks.key[j] in _STRONG_CUES.first and _STRONG_CUES.longest(toks, j) is not None:
            break  # the next person's cue (``... UBND tỉnh`` / ``Đồng chí ...``)
        if j > start and rank_opens(toks, j):
            break  # the holder's rank before his name
        if j == start and raw in ABBR_FIRST and _leader_abbreviation(
                toks, j, staff=head_start is not None and _STAFF.longest(toks, head_start)
                is not None):
            break  # ``Thư ký PTTgCP Lê Văn A``: the staff of the leader the name is
        head = match_head(toks, j)
        # a head that also names a section goes on with the organ (``Trưởng phòng Công
        # chức, viên chức``) instead of opening the next position
        lh = head.end - j if head is not None and not head.section else 0
        general = ORGAN_PHRASES.longest(toks, j)
        lg = general[0] - j if general is not None else 0
        after = (
            AFTER_NOUN.longest(toks, j)
            if toks.key[j] in AFTER_NOUN.first and _prev_is_noun(toks, start, context, j)
            else None
        )
        la = after[0] - j if after is not None else 0
        if lh and lh > max(lg, la):
            break
        if max(lg, la):
            j += max(lg, la)
            continue
        if toks.case[j] != CASE_LOWER or any(c.isupper() for c in raw):
            j += 1  # a capitalised word or an acronym (``UBND``, ``TTg``)
            continue
        # a lower-case syllable completing a capitalised one: ``Y tế``, ``Chính phủ``;
        # two of them a term of three (``Cựu chiến binh``, ``Thông tấn xã``), three a
        # term of four (``Trợ lý Dân quân tự vệ``: the militia as one branch)
        if j > start and toks.is_cap(j - 1):
            if toks.has(j + 2) and toks.gap[j + 1] <= GAP_LINE and toks.gap[j + 2] <= GAP_LINE \
                    and (toks.bare[j - 1], *toks.bare[j:j + 3]) in COMPOUNDS:
                j += 3
                continue
            if (toks.bare[j - 1], toks.bare[j]) in COMPOUNDS:
                j += 1
                continue
            if toks.has(j + 1) and toks.gap[j + 1] <= GAP_LINE and (
                    toks.bare[j - 1], toks.bare[j], toks.bare[j + 1]) in COMPOUNDS:
                j += 2
                continue
            # a term typed small after the organ's noun (``Đài truyền hình Việt Nam``)
            if j - 1 == start and toks.has(j + 1) and toks.gap[j + 1] <= GAP_LINE and (
                    toks.bare[j], toks.bare[j + 1]) in COMPOUNDS:
                j += 2
                continue
        if _misread_level(toks, j):
            j += 1
            continue
        # ``Sở Kế hoạch và Đầu tư``: ``và`` joins two terms of one organ name; a
        # following name or title is another person's
        if toks.key[j] == "và" and j > start and (
                _term_follows(toks, j + 1) or _council_join(toks, start, j)):
            j += 1
            continue
        break
    return _organ_reach(toks, context, start, _trim(toks, start, j), stop)


def _leader_abbreviation(toks: Tokens, j: int, *, staff: bool = False) -> bool:
    """Is the word at ``j``, right after a title, an abbreviated title of its own over a
    name (``Thư ký PTTgCP Lê Văn A``, ``Trợ lý BT Trần Thị B``)? Then it is no organ of
    the title before it: the name is the leader's, and the title before it his staff's,
    as ``Thư ký Phó Thủ tướng Lê Văn A`` is read. A capitalised word that holds no
    small letter comes next for an organ code (``Thư ký TTgCP, PTTgCP``: none). The
    leader's own organ may stand between after a leader's ``staff`` title (``Thư ký
    PCT UBND tỉnh Lê Văn A``): the abbreviation then reads it with the name, as it
    does without the staff title. Only after a staff title: after other heads such
    a word is a unit's (``Giám đốc CN Văn phòng đăng ký đất đai``: Chi nhánh)."""
    if not staff:
        return False
    abbr = match_abbreviation(toks, j)
    if abbr is None or not toks.has(abbr.end) or toks.gap[abbr.end] > GAP_LINE:
        return False
    nxt = toks.raw[abbr.end]
    if _abbr_organ_follows(toks, abbr.end):
        return True
    return toks.is_cap(abbr.end) and any(c.islower() for c in nxt) and (
        match_head(toks, abbr.end) is None)


#: Regions in brackets that belong to an organ's name (``(miền Nam)``), agencies.toml.
_BRACKETED_REGIONS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in load("agencies")["bracketed_regions"]["words"])


def _bracketed_region(toks: Tokens, j: int) -> int:
    """The end after ``(miền Nam)`` opening at token ``j`` on the organ's line, or 0."""
    if toks.gap[j] > GAP_SPACE or not toks.has(j + 1):
        return 0
    hit = _BRACKETED_REGIONS.longest(toks, j + 1)
    if hit is None or not toks.has(hit[0]) or toks.raw[hit[0]] != ")":
        return 0
    return hit[0] + 1


def _organ_reach(toks: Tokens, context: int, start: int, j: int, stop: int) -> int:
    """End of the organ at ``start..j`` taken on to the end of an organ name another
    reader found (:attr:`TokenStore.organs`) that starts there or on the head's noun
    (``Trưởng Ban`` + ``Quản lý dự án``).

    The grammar above stops at the first lower-case word it cannot place; organ
    names mix them freely (``Trung tâm Y tế huyện``, ``Bệnh viện Đa khoa tỉnh``,
    ``Ban Quản lý dự án đầu tư xây dựng``, ``Sở Văn hóa, Thể thao và Du lịch``),
    which the agency grammar reads. Only a longer reach is taken, within one
    paragraph, ending on a token's end, and never past the next person's cue.
    Capitalised words right after the reach go on with the organ as in the
    grammar, so that the name after it is inside (``Bộ trưởng Bộ Văn hóa, Thể
    thao và Du lịch Nguyễn Văn Hùng``).
    """
    store = toks.store
    if store is None or not store.organs:
        return j
    # the reach may pass the grammar's bound: the agency layer proved the name whole, and
    # a board's name runs long (``Phó Trưởng Ban Chỉ đạo phòng, chống tội phạm, tệ nạn
    # xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh``)
    far = max(stop, context + _REACH_TOKENS)
    # an organ found inside the one read counts too (``Chủ tịch Hội đồng thành viên``
    # + ``Tổng công ty Đường sắt Việt Nam``: the grammar stops at ``sắt``)
    reach = max((store.organs.get(toks.starts[k], 0) for k in range(context, max(start, j - 1) + 1)
                 if toks.has(k)), default=0)
    if reach <= (toks.ends[j - 1] if j > 0 else 0):
        return j
    k = j
    while k < far and toks.has(k) and toks.ends[k] <= reach:
        if toks.gap[k] == GAP_PARA or (
            toks.key[k] in _STRONG_CUES.first and _STRONG_CUES.longest(toks, k) is not None
        ):
            return j
        k += 1
    if toks.ends[k - 1] != reach:
        return j
    # but a position's head starts another title (``UBND tỉnh`` / ``Trưởng ban``: the
    # role's cell of a table row); a capitalised organ phrase goes on whole, with its
    # small words (``Trưởng Phòng Cảnh sát PCCC và CNCH Công an tỉnh``)
    while (k < stop and toks.has(k) and toks.gap[k] in (GAP_SPACE, GAP_LINE) and toks.is_cap(k)
           and match_head(toks, k) is None):
        general = ORGAN_PHRASES.longest(toks, k)
        k = general[0] if general is not None and general[0] <= stop else k + 1
    return k


def rank_opens(toks: Tokens, j: int) -> int:
    """The token after a capitalised officer's rank that opens at ``j`` on the line,
    before a capitalised word on the line (``Thượng tướng Mạc Đình Chiến``), or 0."""
    if not (toks.has(j) and toks.key[j] in _RANK_CUES.first and toks.is_cap(j)
            and toks.gap[j] <= GAP_SPACE):
        return 0
    hit = _RANK_CUES.longest(toks, j)
    if hit is None or not toks.has(hit[0]) or toks.gap[hit[0]] != GAP_SPACE or not (
            toks.is_cap(hit[0])):
        return 0
    return hit[0]


def _misread_level(toks: Tokens, j: int) -> bool:
    """Whether the small word at ``j`` is a level word whose marks a scan misread
    (``UBND tinh``, ``Trưởng Công an huyên``): its bare letters are a level's, a word
    of the organ or of its head stands right before on the line, and no small word
    follows on the line (the organ ends there)."""
    if toks.bare[j] not in _MISREAD_LEVELS or toks.gap[j] != GAP_SPACE or not (
            j > 0 and toks.is_word[j - 1]):
        return False
    nxt = j + 1
    return not (toks.has(nxt) and toks.gap[nxt] <= GAP_SPACE and toks.is_word[nxt]
                and toks.case[nxt] == CASE_LOWER)


def _term_follows(toks: Tokens, k: int) -> bool:
    """Whether a capitalised organ term (``Đầu tư``, ``Đào tạo``) starts at ``k``, on
    the line of ``và`` or at the start of the next (``Bộ Thông tin và⏎Truyền thông``:
    hard-wrapped text)."""
    return (
        toks.has(k + 1)
        and toks.gap[k] in (GAP_SPACE, GAP_LINE)
        and toks.gap[k + 1] == GAP_SPACE
        and toks.is_cap(k)
        and (toks.bare[k], toks.bare[k + 1]) in COMPOUNDS
    )


def _council_join(toks: Tokens, start: int, j: int) -> bool:
    """Whether ``và`` at ``j`` joins two councils into one office (``Văn phòng HĐND
    và UBND huyện``, ``Văn phòng Đoàn ĐBQH và HĐND tỉnh``): a council name on
    each side, on one line. Two organs of other kinds joined so are two."""
    if not (toks.has(j + 1) and toks.gap[j + 1] in (GAP_SPACE, GAP_LINE)):
        return False
    if JOIN_RIGHT.longest(toks, j + 1) is None:
        return False
    return any(
        j - n >= start and tuple(toks.key[j - n : j]) in _JOIN_LEFT
        for n in range(1, _JOIN_LEFT_MAX + 1)
    )


def _number_allowed(toks: Tokens, start: int, j: int) -> bool:
    """A number in an organ: a term (``nhiệm kỳ 2025 - 2030``) or a name (``Ban Chỉ đạo 389``)."""
    if toks.gap[j] >= GAP_LINE:
        return False  # a table row's number (``1⇥Nguyễn Văn An⇥Giám đốc Sở Y tế⏎2⇥...``)
    prev = toks.raw[j - 1]
    if prev in _DASHES:
        return True
    nxt = j + 1
    glued = (toks.has(nxt) and toks.gap[nxt] == GAP_NONE
             and toks.raw[nxt] not in _CLOSING)  # ``Quân khu 4.`` ends the sentence
    if toks.is_word[j - 1] and not glued:
        return True
    for length in (2, 1):
        if j - length >= start and tuple(toks.key[j - length : j]) in _NUMBER_AFTER:
            return True
    return False


#: Punctuation that may stick to a number ending an organ (``Quân khu 4.``, ``Tổ 3,``).
_CLOSING = frozenset({".", ",", ";", ":", ")"})
_TRAILING = frozenset({"của", "và", "-", "–", "—"})


def _trim(toks: Tokens, start: int, j: int) -> int:
    while j > start and toks.key[j - 1] in _TRAILING:
        j -= 1
    return j


@dataclass(frozen=True)
class PositionSpan:
    """A position read from the text: head tokens ``start..head_end``, organ to ``end``."""

    start: int
    head_end: int
    end: int
    generic: bool = False
    upper: bool = False
    #: a staff title (:attr:`Head.graded`): its section may follow after a comma
    graded: bool = False


_SEAT = _DATA["organ"]["seat"]
#: The word before a post's seat (``tại``).
_SEAT_WORD = phrase_keys(str(_SEAT["word"]))[0]
#: Envoys' titles: their seat may be a city (see positions.toml ``[organ.seat]``).
_ENVOYS: frozenset[tuple[str, ...]] = frozenset(phrase_keys(t) for t in _SEAT["envoys"])
#: Every country's names: a seat after any title.
_COUNTRIES: PhraseTrie[bool] = PhraseTrie(
    (keys, True) for e in load("places")["country"] for keys in map(phrase_keys, e["names"]))
#: Level words before a city's name as an envoy's seat (``Thành phố``, ``TP.``).
_SEAT_LEVELS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(w), True) for w in _SEAT["levels"])
#: Words of a city's name at most, as an envoy's seat (``Luang Prabang``).
_SEAT_WORDS = 3


def _seat_end(toks: Tokens, i: int, head_end: int, end: int) -> int:
    """The end of a post's seat after ``tại`` at token ``end`` (``Đại sứ Hàn Quốc`` +
    ``tại Việt Nam``), or ``end`` when none stands there. A country is a seat after
    any title with an organ; a city only after an envoy's title."""
    k = end + 1
    if not (end > head_end and toks.has(k) and toks.key[end] == _SEAT_WORD
            and toks.gap[end] == GAP_SPACE and toks.gap[k] == GAP_SPACE and toks.is_cap(k)):
        return end
    country = _COUNTRIES.longest(toks, k)
    if country is not None:
        return country[0]
    if tuple(toks.key[i:head_end]) not in _ENVOYS:
        return end
    level = _SEAT_LEVELS.longest(toks, k)
    if level is not None and toks.has(level[0]) and toks.gap[level[0]] <= GAP_SPACE:
        k = level[0]  # ``tại Thành phố`` + ``Hồ Chí Minh``
    j = k
    while (j < k + _SEAT_WORDS and toks.has(j) and toks.is_word[j] and toks.is_cap(j)
           and (j == k or toks.gap[j] == GAP_SPACE) and match_head(toks, j) is None):
        j += 1
    return j if j > k and not (toks.has(j) and toks.gap[j] == GAP_SPACE
                               and toks.is_cap(j)) else end


#: The noun that ends a board head's title (``Trưởng ban``, ``Phó Trưởng ban``) and is
#: also the first word of the board's name after it (``Ban Chỉ đạo ...``).
_BOARD_NOUN = "ban"
#: Most characters of a board's name read after its head (the longest real ones, a
#: topic and a scope: ``Chỉ đạo phòng, chống dịch bệnh COVID-19 huyện Thanh Oai``).
_BOARD_REACH = 160


def _board_end(toks: Tokens, i: int, head_end: int, end: int) -> int:
    """The end of a board's name whose noun the head holds (``Trưởng ban`` + ``Chỉ đạo
    phòng, chống dịch COVID-19 huyện``), read by the agency grammar; or ``end``.

    The organ grammar here stops at the topic's first lower-case word (``phòng``), and
    the agency layer's names do not reach it either when the board is a class in this
    document (a district's board in a province's notice) or when the title wrote its
    noun small (``Trưởng ban Chỉ đạo``). Tried only where the organ stopped on the
    line right after the title's ``ban``, on that line's text: a short read.
    """
    if not (head_end - i >= 2 and toks.key[head_end - 1] == _BOARD_NOUN and end > head_end
            and toks.has(end) and (toks.raw[end] == "," or (
                toks.gap[end] == GAP_SPACE and toks.case[end] == CASE_LOWER))):
        return end
    # (imported here: the agency grammar reads surnames from the person modules)
    from vbcd.extract.organ_grammar import LEVEL_RANK
    from vbcd.extract.organ_window import scan

    text = toks.text
    a = toks.starts[head_end - 1]
    b = text.find("\n", a, a + _BOARD_REACH)
    snippet = "Ban" + text[a + len(_BOARD_NOUN):b if b >= 0 else a + _BOARD_REACH]
    try:
        found = scan(snippet, fold_tones(snippet), max(LEVEL_RANK.values()))
    except (regex.error, TimeoutError, RecursionError):
        return end
    if not found or found[0].start != 0:
        return end
    stop = a + found[0].end
    k = end
    while toks.has(k) and toks.ends[k] <= stop and toks.gap[k] < GAP_PARA:
        k += 1
    return k if toks.ends[k - 1] == stop else end


def read_position(toks: Tokens, i: int) -> PositionSpan | None:
    """The position (head and organ) that starts at token ``i``, if any."""
    head = match_head(toks, i)
    if head is None:
        return None
    end = head.end if head.no_organ else read_organ(toks, head.end, head_start=i)
    if not head.no_organ:
        end = _board_end(toks, i, head.end, end)
    if toks.has(end) and toks.key[end] == _SEAT_WORD:
        end = _seat_end(toks, i, head.end, end)
    return PositionSpan(i, head.end, end, head.generic, head.upper, head.graded)


#: What may follow a self-contained abbreviation (``TUV``) for the list to go on or end.
_LIST_GOES_ON = frozenset({",", ";", ".", ")"}) | _DASHES


def _abbr_organ_follows(toks: Tokens, k: int) -> bool:
    """Whether an organ the position grammar reads opens at token ``k`` (``UBND
    tỉnh``, ``Sở Y tế``, ``Tỉnh ủy``): capitalised, apart from the abbreviation,
    on one of the organ words after an abbreviated title."""
    return (
        toks.has(k)
        and toks.gap[k] in (GAP_SPACE, GAP_LINE)
        and toks.is_cap(k)
        and toks.key[k] in ABBR_ORGANS.first
        and ABBR_ORGANS.longest(toks, k) is not None
    )


def _list_ends(toks: Tokens, k: int) -> bool:
    """Whether the position list ends or goes on at token ``k``: the end of the text,
    of the line or of the paragraph, or a separator (``, Bí thư Huyện ủy``)."""
    if not toks.has(k) or toks.gap[k] >= GAP_LINE:
        return True
    return toks.raw[k] in _LIST_GOES_ON or toks.key[k] == "kiêm"


def _abbr_qualifier_end(toks: Tokens, i: int, core: int, end: int) -> int:
    """End of a deputy's abbreviated title at ``i..end`` (``i..core`` without its dot)
    with its qualifier (``PCT TT``, ``PCT Thường trực``: the standing deputy); ``end``
    when none follows."""
    if not ABBREVIATIONS.get(tuple(toks.raw[i:core]), "").startswith(_ABBR_DEPUTY):
        return end
    for q in ABBR_QUALIFIERS:
        k = end + len(q)
        if toks.has(k - 1) and tuple(toks.raw[end:k]) == q and all(
            toks.gap[m] == GAP_SPACE for m in range(end, k)
        ):
            return k
    return end


def read_abbreviated_position(toks: Tokens, i: int) -> PositionSpan | None:
    """An abbreviated title at token ``i`` after a name, read as a position only when
    what follows makes it one: an organ (``PCT UBND tỉnh``, ``GĐ Sở Y tế``), or for a
    membership whose organ is inside the word, the end of the item (``TUV,``).

    Several abbreviations are also document or organ codes (``CT 05``, ``TT
    01/2024``, ``TT. Trâu Quỳ``), which neither reading takes. The head keeps
    the abbreviation as written; a dot after it belongs to it only before an
    organ (``TUV.`` ending a sentence is the sentence's full stop).
    """
    head = match_abbreviation(toks, i)
    if head is None:
        return None
    core = head.end - 1 if toks.raw[head.end - 1] == "." else head.end
    head_end = _abbr_qualifier_end(toks, i, core, head.end)
    if _abbr_organ_follows(toks, head_end):
        end = read_organ(toks, head_end, head_start=i)
        if end > head_end:
            return PositionSpan(i, head_end, end)
    if tuple(toks.raw[i:core]) in SELF_CONTAINED and _list_ends(toks, core):
        return PositionSpan(i, core, core)
    return None


_ITEM_SEPARATORS = frozenset({",", ";", ":"})
#: Most organs attached to one position after commas.
MAX_ATTACHED = 2


def _attach_organs(
    toks: Tokens, pos: PositionSpan, names_inside: Callable[[PositionSpan], bool] | None
) -> PositionSpan:
    """Extend ``pos`` over ``, Sở Nội vụ``-like organs that locate its own organ."""
    if pos.graded and pos.end == pos.head_end:
        pos = _section_after_comma(toks, pos)
    in_unit = SUB_UNITS.longest(toks, pos.head_end) is not None or (
        toks.key[pos.head_end - 1] in SUB_UNITS.first
        and SUB_UNITS.longest(toks, pos.head_end - 1) is not None
    )
    if not in_unit:
        return pos
    end = _unit_name_end(toks, pos)
    pos = PositionSpan(pos.start, pos.head_end, end, pos.generic, pos.upper)
    for _ in range(MAX_ATTACHED):
        if not toks.has(end + 1) or toks.raw[end] != "," or toks.gap[end + 1] == GAP_PARA:
            break
        nxt = end + 1
        if ATTACH.longest(toks, nxt) is None or not toks.is_cap(nxt):
            break
        new_end = read_organ(toks, nxt)
        if new_end <= nxt or _subject_of_next(toks, new_end):
            break
        candidate = PositionSpan(pos.start, pos.head_end, new_end, pos.generic, pos.upper)
        if names_inside is not None and names_inside(
            PositionSpan(nxt, nxt, new_end, pos.generic, pos.upper)
        ):
            break
        pos = candidate
        end = new_end
    return pos


#: The levels of the places that locate a post's place after a comma, by the keys of
#: their words: their rank, lowest first (positions.toml ``[organ.places_after]``).
_PLACE_LEVELS: PhraseTrie[int] = PhraseTrie(
    (phrase_keys(w), rank)
    for rank, words in enumerate(_DATA["organ"]["places_after"]["levels"], 1) for w in words)
#: Most higher places taken on after a post's own (``xã A, huyện B, tỉnh C``).
_MAX_PLACES_AFTER = 2
#: Most words of a place's name after its level word.
_PLACE_WORDS = 4


def _bare_pair(toks: Tokens, prev: PositionSpan, k: int, pos: PositionSpan) -> bool:
    """Whether ``pos`` joins ``prev`` by a bare ``kiêm`` at token ``k`` and neither
    names an organ: two roles of one seat (``Ủy viên kiêm Thư ký``), not two posts
    (``Phó Chủ tịch UBND huyện kiêm Chủ tịch Hội đồng``)."""
    return (toks.key[k] in _BARE_JOINERS and prev.end == prev.head_end == k
            and pos.start == k + 1 and pos.end == pos.head_end
            and not prev.generic and not pos.generic)


def _attach_charge(toks: Tokens, pos: PositionSpan) -> PositionSpan:
    """``pos`` taken on over the field its holder is in charge of (``Phó Giám đốc Sở
    KH&ĐT phụ trách khu vực phía Bắc;``) when the item plainly ends after a short
    field of words with no verb or preposition in it; else the charge is the
    sentence's predicate (``Phó Chủ tịch phụ trách lĩnh vực X chỉ đạo ...``)."""
    end = pos.end
    if not toks.has(end) or toks.key[end] not in _CHARGE_TAILS.first \
            or toks.gap[end] != GAP_SPACE:
        return pos
    found = _CHARGE_TAILS.longest(toks, end)
    if found is None:
        return pos
    k = found[0]
    stop = k + _CHARGE_TAIL_WORDS
    while k < stop and toks.has(k) and toks.gap[k] == GAP_SPACE and toks.is_word[k]:
        if toks.key[k] in _UNIT_NAME_STOPS.first and _UNIT_NAME_STOPS.longest(toks, k) \
                and _UNIT_NAME_TERMS.longest(toks, k) is None:
            return pos
        k += 1
    if k - found[0] < _CHARGE_TAIL_MIN or (toks.has(k) and toks.gap[k] <= GAP_LINE
                         and toks.raw[k] not in _CHARGE_ENDS):
        return pos
    return PositionSpan(pos.start, pos.head_end, k, pos.generic, pos.upper, pos.graded)


def _attach_places(toks: Tokens, pos: PositionSpan) -> PositionSpan:
    """``pos`` taken on over the higher places that locate its organ's place after a
    comma: ``Chủ tịch UBND xã Ia Dêr, huyện Ia Grai``, ``Trưởng Công an thị trấn A,
    huyện B, tỉnh C``: a list of people rewarded says where a commune is so. Only a
    level above the one the organ ends on (``xã A, xã B`` lists two communes), and
    only a capitalised name after it."""
    level = 0
    for k in range(max(pos.head_end - 1, pos.end - _PLACE_WORDS - 2), pos.end):
        found = _PLACE_LEVELS.longest(toks, k) if toks.key[k] in _PLACE_LEVELS.first else None
        if found is not None and found[0] < pos.end and toks.is_cap(found[0]):
            level = found[1]
    end = pos.end
    for _ in range(_MAX_PLACES_AFTER):
        if not level or not toks.has(end + 2) or toks.raw[end] != ",":
            break
        found = _PLACE_LEVELS.longest(toks, end + 1)
        if found is None or found[1] <= level or toks.gap[end + 1] != GAP_SPACE:
            break
        q = found[0]
        stop = q + _PLACE_WORDS
        while q < stop and toks.has(q) and toks.gap[q] == GAP_SPACE:
            if toks.raw[q] in _DASHES and q > found[0] and toks.has(q + 1) and toks.case[
                    q + 1] == CASE_TITLE and match_head(toks, q + 1) is None:
                stop += 2  # a province of two names (``tỉnh Bà Rịa - Vũng Tàu``)
            elif toks.case[q] != CASE_TITLE:
                break
            q += 1
        if q == found[0]:
            break
        end, level = q, found[1]
    if end == pos.end:
        return pos
    return PositionSpan(pos.start, pos.head_end, end, pos.generic, pos.upper, pos.graded)


def _subject_of_next(toks: Tokens, k: int) -> bool:
    """Does a verb addressing the readers start at token ``k``, right after an organ
    (``UBND tỉnh yêu cầu``): the organ opens the next sentence."""
    return (toks.has(k) and toks.gap[k] == GAP_SPACE and toks.key[k] in _SUBJECT_VERBS.first
            and _SUBJECT_VERBS.longest(toks, k) is not None)


def bodies_follow(toks: Tokens, k: int) -> bool:
    """Whether the comma at token ``k``, after a name's posts, goes on with a body
    named on its own (``..., Tổng Bí thư A, Thường trực Ban Bí thư, Chính phủ, Thủ
    tướng Chính phủ``): the name and the titles after it are items of a list of the
    authorities an order comes from, each title another holder's. A post's parent
    organ after a comma is taken into the post before (:func:`_attach_organs`), so
    an organ left over here opens an item of its own."""
    nxt = k + 1
    if not (toks.has(nxt) and toks.raw[k] == "," and toks.gap[nxt] in (GAP_SPACE, GAP_LINE)
            and toks.is_cap(nxt) and match_head(toks, nxt) is None):
        return False
    return (ATTACH.longest(toks, nxt) is not None
            or _BODIES_AFTER_NAME.longest(toks, nxt) is not None)


def _section_after_comma(toks: Tokens, pos: PositionSpan) -> PositionSpan:
    """``pos``, a staff title without an organ, taken on over the section or organ that
    follows it after a comma (``chuyên viên chính, Phòng Quản lý đô thị``, ``điều dưỡng
    hạng IV, Khoa Hồi sức tích cực``, ``giảng viên cao cấp, Học viện ...``): a personnel
    decision's way of saying where the holder works. A section's parent organ then
    attaches after it."""
    nxt = pos.end + 1
    if not (toks.has(nxt) and toks.raw[pos.end] == "," and toks.gap[nxt] == GAP_SPACE
            and toks.is_cap(nxt) and (SUB_UNITS.longest(toks, nxt) is not None
                                      or ATTACH.longest(toks, nxt) is not None)):
        return pos
    end = read_organ(toks, nxt)
    if end <= nxt + 1 or _subject_of_next(toks, end):
        return pos  # the unit's noun alone (``, Phòng``) names no section
    return PositionSpan(pos.start, nxt, end, pos.generic, pos.upper, pos.graded)


def _unit_name_end(toks: Tokens, pos: PositionSpan) -> int:
    """End of a section's name after a sub-unit head, taken on over its small-written
    words (``Trưởng phòng Đăng ký kinh doanh``, ``Trưởng phòng Xây dựng chính quyền,
    Sở Nội vụ``, ``Phó Trưởng phòng Quản lý đô thị;``).

    The organ grammar keeps only lower-case words it knows; a section's name is
    free text after its capitalised first word. The words are taken only when the
    item plainly ends after them: at a semicolon, a dash, a table cell's bar, a line
    break, or a comma before the parent organ (``, Sở Nội vụ``) or a title (``, Tổ
    phó``), and none of them is a verb or a preposition (``Trưởng phòng Tổng hợp
    chủ trì, ...``). Only a short capitalised start is taken on; a whole organ read
    already (``Trưởng Ban Nội chính Tỉnh ủy phụ trách``) is not.
    """
    end = pos.end
    if toks.key[pos.head_end - 1] in _DESCRIBED_UNITS:
        described = _described_name_end(toks, pos)
        if described > end:
            return described
    if not (0 < end - pos.head_end <= _UNIT_HEAD_WORDS and toks.is_word[end - 1]
            and toks.is_cap(pos.head_end)):
        return end  # none, or a whole organ already (``Ban Nội chính Tỉnh ủy``)
    k = end
    while (k < end + MAX_UNIT_TAIL and toks.has(k) and toks.gap[k] == GAP_SPACE
           and toks.is_word[k] and toks.case[k] == CASE_LOWER
           and not any(c.isupper() or c.isdigit() for c in toks.raw[k])):
        if toks.key[k] in _UNIT_NAME_STOPS.first and _UNIT_NAME_STOPS.longest(toks, k):
            return k if _known_terms(toks, end, k) else end
        k += 1
    if k == end or not _item_ends(toks, k):
        return end
    return k


def _known_terms(toks: Tokens, start: int, stop: int) -> bool:
    """Whether tokens ``start..stop`` are one or more known two-syllable sector terms
    written small (``compounds``: ``thương mại``, ``giao thông``), so that the verb or
    copula after them ends the section's name (``bà X, Phó Trưởng phòng Quản lý
    thương mại là đầu mối``) instead of making the whole tail doubtful: free small
    words before a verb may be the verb's own (``Trưởng phòng Tổng hợp rà soát lại``)."""
    if stop <= start or (stop - start) % 2:
        return False
    return all((toks.bare[k], toks.bare[k + 1]) in COMPOUNDS for k in range(start, stop, 2))


def _described_name_end(toks: Tokens, pos: PositionSpan) -> int:
    """End of a ``phòng``'s name that describes its work (see ``described_units``),
    or ``pos.end``: small words, ``và`` and capitalised terms after it (``Cải cách
    hành chính và Văn thư``), small words after a comma (``Công chức, viên chức``);
    or a name written small right after the head (``Phó Trưởng phòng thu``). The
    name is taken only when the item plainly ends after it (:func:`_item_ends`), and
    never over a verb or a preposition (``unit_name_stops``)."""
    start, end = pos.head_end, pos.end
    bare = end == start  # ``Phó Trưởng phòng thu, Chi cục Thuế ...``
    if bare:
        if not (toks.has(start) and toks.gap[start] == GAP_SPACE and _small_word(toks, start)):
            return end
    elif not toks.is_cap(start):
        return end
    k = end
    limit = end + _DESCRIBED_TAIL
    # a line break before a small word is a wrapped name (a PDF's cell: ``Kiểm soát
    # bệnh truyền`` / ``nhiễm, Viện ...``), not its end
    while k < limit and toks.has(k) and (
            toks.gap[k] <= GAP_SPACE or (toks.gap[k] == GAP_LINE and k > end
                                         and _small_word(toks, k))):
        if toks.is_word[k]:
            if toks.key[k] == "và" and not bare and k > start:
                k += 1
            elif _small_word(toks, k):
                term = (_UNIT_NAME_TERMS.longest(toks, k)
                        if toks.key[k] in _UNIT_NAME_TERMS.first else None)
                if term is not None:
                    k = term[0]  # ``tạm giữ``: a term, not the verb ``giữ``
                    continue
                if toks.key[k] in _UNIT_NAME_STOPS.first and _UNIT_NAME_STOPS.longest(toks, k):
                    return end
                k += 1
            elif (not bare and toks.is_cap(k) and (toks.key[k - 1] == "và" or toks.is_cap(k - 1))
                  and match_head(toks, k) is None and ATTACH.longest(toks, k) is None):
                k += 1  # ``và Văn thư``
            else:
                break
        elif (toks.raw[k] == "," and not bare and toks.has(k + 1)
              and toks.gap[k + 1] == GAP_SPACE and _small_word(toks, k + 1)
              and toks.key[k + 1] != "và"
              and not _body_role(toks, k + 1) and not _contact_at(toks, k + 1)):
            k += 1  # ``Công chức, viên chức``; not ``, số điện thoại ...``
        else:
            break
    if k == end or toks.key[k - 1] == "và" or not (_item_ends(toks, k) or _line_ends(toks, k)):
        return end
    return k


def _line_ends(toks: Tokens, k: int) -> bool:
    """Whether a full stop ends the line at token ``k`` (``... và công tác thanh
    niên.``): a listed person's item closing with its section."""
    return toks.raw[k] == "." and (not toks.has(k + 1) or toks.gap[k + 1] >= GAP_LINE)


def _small_word(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a word written all small, no digit in it."""
    return bool(toks.is_word[k] and toks.case[k] == CASE_LOWER
                and not any(c.isupper() or c.isdigit() for c in toks.raw[k]))


def _item_ends(toks: Tokens, k: int) -> bool:
    """Whether a list item or a cell ends at token ``k`` (see :func:`_unit_name_end`)."""
    if not toks.has(k) or toks.gap[k] >= GAP_LINE:
        return True
    raw = toks.raw[k]
    if raw in _ITEM_ENDS:
        return True
    if raw != ",":
        return False
    nxt = k + 1
    if not toks.has(nxt) or toks.gap[nxt] == GAP_PARA:
        return False
    if toks.is_cap(nxt) and (
            ATTACH.longest(toks, nxt) is not None or match_head(toks, nxt) is not None):
        return True
    # a member's role in the body (``..., thành viên;``) or a contact line after the
    # post (``, điện thoại 0243...``, ``, email: ...``)
    return _body_role(toks, nxt) or _contact_at(toks, nxt)


def _contact_at(toks: Tokens, k: int) -> bool:
    """Whether a contact label (``contact_labels``: ``số điện thoại``, ``email``) starts
    at token ``k``: a letter's contact line goes on after the post, not its section's name."""
    return toks.key[k] in _CONTACT_LABELS.first and _CONTACT_LABELS.longest(toks, k) is not None


def _body_role(toks: Tokens, k: int) -> bool:
    """Whether a member's role in the body (``_BODY_ROLES``) starts at token ``k``."""
    return toks.key[k] in _BODY_ROLES.first and _BODY_ROLES.longest(toks, k) is not None


#: Generic heads that may name a person's own later post (see ``generic_own``).
_OWN_GENERIC: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["generic_own"])


def _own_generic(toks: Tokens, pos: PositionSpan) -> bool:
    """Whether the generic head of ``pos`` (``Thủ trưởng``, ``Phó Thủ trưởng``) is
    capitalised and followed by a capitalised organ of its own, so that after the first
    post it is the same person's next one (``..., Phó Giám đốc, Thủ trưởng Cơ quan Cảnh
    sát điều tra``), not the head of another group."""
    if pos.end <= pos.head_end or toks.case[pos.start] != CASE_TITLE:
        return False
    j = pos.start
    for _ in range(3):
        p = PREFIXES.longest(toks, j)
        if p is None:
            break
        j = p[0]
    found = _OWN_GENERIC.longest(toks, j)
    return (found is not None and found[0] == pos.head_end and toks.is_cap(pos.head_end)
            and toks.key[pos.head_end] not in _CLASS_WORDS)


def _starts_other_group(toks: Tokens, pos: PositionSpan, first: bool) -> bool:
    """Whether ``pos`` opens the next group of an attendee list rather than naming
    another post of the person before it: a head over a class of people (``A, Phó Chủ
    tịch UBND tỉnh; Giám đốc các sở, ...``, ``...; Chủ tịch UBND các huyện``: the organ
    read stops at the plural), or, after the first item, a generic head
    (``A, Phó Chủ tịch UBND tỉnh; lãnh đạo Văn phòng UBND tỉnh``)."""
    if pos.generic and not first and not _own_generic(toks, pos):
        return True
    return any(toks.has(k) and toks.gap[k] == GAP_SPACE and toks.key[k] in _CLASS_WORDS
               for k in (pos.head_end, pos.end))


def _bare_duty(toks: Tokens, pos: PositionSpan) -> bool:
    """A generic head with no organ is a duty's verb, not a post (``Chủ tịch UBND xã
    A: lãnh đạo, điều hành chung``, ``... - ông B: Lãnh đạo, điều hành chung``): the
    class it names needs the organ (``Lãnh đạo Sở``)."""
    return pos.generic and pos.end == pos.head_end


_LEAD_SEPARATORS = frozenset({",", ":", "-", "–", "—", "("})
_BIRTH_CLOSE = {"(": ")", ",": ","}


def _after_label(toks: Tokens, k: int) -> int | None:
    """The token after a position label at ``k`` (``Chức vụ:``), or ``None``."""
    if not toks.has(k) or toks.key[k] not in _POSITION_LABELS.first:
        return None
    found = _POSITION_LABELS.longest(toks, k)
    return found[0] if found is not None else None


def _labelled(toks: Tokens, k: int, first: bool) -> int | None:
    """The first token of a labelled position at ``k``: after a separator and the
    label (``; Chức vụ: ...``) or, for the first position, after the label alone on a
    new line or across the spaces of a form's columns, maybe past other fields of the
    form (:func:`_past_fields`); ``None`` when no label is there."""
    if toks.raw[k] in _LABEL_SEPARATORS:
        k += 1
    elif not (first and toks.gap[k] in (GAP_SPACE, GAP_LINE)):
        return None
    found = _after_label(toks, k)
    return found if found is not None or not first or not toks.has(k) else _past_fields(toks, k)


def _past_fields(toks: Tokens, k: int) -> int | None:
    """The first token of a position after the form fields that open at ``k`` and its
    label (``Cấp bậc: Thượng úy   Chức vụ: Cán bộ``, ``Năm sinh: 1980`` / ``Chức vụ:
    ...``): a form prints a name's rank, sex or year on its line or the next, before
    the position. A field's value ends at a line break, a separator or the wide gap of
    a form's columns; ``None`` when no position label comes after at most
    :data:`MAX_FIELDS` fields."""
    for _ in range(MAX_FIELDS):
        found = _FIELD_LABELS.longest(toks, k) if toks.key[k] in _FIELD_LABELS.first else None
        if found is None:
            return None
        e = found[0] + 1
        stop = e + MAX_FIELD_VALUE
        while e < stop and toks.has(e) and toks.gap[e] <= GAP_SPACE and not _column_gap(toks, e):
            if toks.raw[e] in (";", ","):
                e += 1
                break
            e += 1
        if e >= stop or not toks.has(e) or toks.gap[e] == GAP_PARA:
            return None
        label = _after_label(toks, e)
        if label is not None:
            return label
        k = e
    return None


def _column_gap(toks: Tokens, k: int) -> bool:
    """Whether a form's columns part token ``k`` from the one before: a tab, or the
    spaces normalisation turns it into."""
    gap = toks.text[toks.ends[k - 1] : toks.starts[k]]
    return "\t" in gap or "  " in gap


def _after_birth(toks: Tokens, k: int) -> int:
    """Token ``k`` moved past a birth detail that opens there (``(sinh năm 1978)``, ``,
    sinh ngày 15/10/1964``) to the separator after it; ``k`` when none opens."""
    close = _BIRTH_CLOSE.get(toks.raw[k])
    if close is None or not toks.has(k + 1) or _BIRTH.longest(toks, k + 1) is None:
        return k
    for e in range(k + 2, k + _BIRTH_TOKENS):
        if not toks.has(e) or toks.gap[e] == GAP_PARA:
            break
        if toks.raw[e] == close:
            return e + 1 if close == ")" else e
    return k

def _after_era(toks: Tokens, k: int) -> int:
    """Token ``k`` moved past a bracketed note of the organ's era that follows a post
    (``Phó Chủ tịch UBND huyện Yên Minh`` + ``(cũ)``), so that the list of posts goes
    on after it; ``k`` when none stands there."""
    if not toks.has(k) or toks.raw[k] != "(" or not toks.has(k + 1):
        return k
    note = _ERA_NOTES.longest(toks, k + 1)
    if note is None or not toks.has(note[0]) or toks.raw[note[0]] != ")":
        return k
    return note[0] + 1


#: Party membership phrases in a position list (``..., đảng viên Chi bộ thôn 3, ...``).
_MEMBERSHIPS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["memberships"]
)
#: Most tokens a membership item and the cells after it span before the next post.
MAX_MEMBERSHIP_TOKENS = 16


def _skip_membership(toks: Tokens, i: int) -> int | None:
    """The separator before the post that follows a membership item at ``i``.

    ``A, đảng viên Chi bộ thôn 3, Đảng bộ xã X, nguyên Phó Chủ tịch UBND xã``: the
    membership and the party cells after it are no post, yet the posts after them are
    the person's. The item is passed over to the first comma or semicolon that opens
    a post, within a few tokens of one paragraph and sentence, never past another
    person's cue (``đồng chí``); None when no post follows.
    """
    found = _MEMBERSHIPS.longest(toks, i)
    if found is None:
        return None
    k = found[0]
    stop = k + MAX_MEMBERSHIP_TOKENS
    while k < stop and toks.has(k + 1):
        if toks.gap[k] == GAP_PARA or toks.raw[k] == ".":
            return None
        if toks.key[k] in _STRONG_CUES.first and _STRONG_CUES.longest(toks, k) is not None:
            return None
        if toks.raw[k] in (",", ";") and toks.gap[k + 1] != GAP_PARA and (
                match_head(toks, k + 1) is not None):
            return k
        k += 1
    return None


#: The organs a council member is listed from before the role (``A, Trường Đại học
#: Vinh - Chủ tịch Hội đồng``); see ``workplaces`` in positions.toml.
_WORKPLACES: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True) for p in _DATA["heads"]["workplaces"]
)
#: Most tokens a workplace (one organ, or a unit and its parent after a comma) spans.
MAX_WORKPLACE_TOKENS = 20
#: What closes a council member's item before a role is found: the item is over.
_WORKPLACE_ENDS = frozenset({";", ".", "(", ")", ":"})


def _skip_workplace(toks: Tokens, i: int) -> int | None:
    """The separator before the role that follows a workplace at ``i``.

    A council's member list names each member's workplace and then the role
    (``PGS.TS. A, Trường Đại học Vinh - Chủ tịch Hội đồng``, ``KS. B, Phòng Quản lý
    khoa học, Sở Khoa học và Công nghệ - Thư ký khoa học``): the capitalised organ is
    passed over to the first comma or dash that opens a position, within one line and
    item; ``None`` when none does (``A, Sở Y tế; B, ...``: no role).
    """
    if not toks.is_cap(i) or toks.key[i] not in _WORKPLACES.first:
        return None
    found = _WORKPLACES.longest(toks, i)
    if found is None:
        return None
    k = found[0]
    stop = k + MAX_WORKPLACE_TOKENS
    while k < stop and toks.has(k + 1):
        if toks.gap[k] >= GAP_LINE or toks.raw[k] in _WORKPLACE_ENDS:
            return None
        if toks.key[k] in _STRONG_CUES.first and _STRONG_CUES.longest(toks, k) is not None:
            return None
        if (toks.raw[k] == "," or toks.raw[k] in _DASHES) and toks.gap[k + 1] < GAP_LINE and (
                match_head(toks, k + 1) is not None):
            return k  # the role, capitalised or not (``..., Trường X, ủy viên;``)
        k += 1
    return None


def read_chain(
    toks: Tokens,
    j: int,
    *,
    names_inside: Callable[[PositionSpan], bool] | None = None,
    bare_start: bool = True,
    titled: bool = False,
) -> tuple[list[PositionSpan], int]:
    """The positions listed right after a name at token ``j``.

    ``đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, ...`` and
    ``A - Phó Bí thư ...``: a separator, then positions separated by commas,
    semicolons, colons (``..., Phó Chủ tịch UBND tỉnh: Trưởng ban``), dashes or
    ``kiêm`` (also after a separator: ``..., kiêm Chủ tịch HĐND tỉnh``). The list
    ends at the first item that is not a position, that opens with a generic
    head (``..., lãnh đạo các sở``: other people), or that holds a name of its
    own (``A, Phó Chủ nhiệm Văn phòng Chính phủ B``: that title is B's), as
    ``names_inside`` tells. With ``bare_start`` the first position may also
    follow the name without a separator when its head is capitalised (``đồng chí
    A Tỉnh ủy viên, ...``, a table row ``A`` / ``Giám đốc Sở ...``). With
    ``titled`` the name had its title before it (``Thứ trưởng A, lãnh đạo Cục X,
    ...``): a generic head right after it opens the next group of an attendee list
    already, as it does after a first post. Returns the positions and the index
    after the last.
    """
    out: list[PositionSpan] = []
    k = j
    first = True
    while len(out) < MAX_CHAIN and toks.has(k):
        if toks.gap[k] == GAP_PARA:
            break
        if first:
            k = _after_birth(toks, k)
            if not toks.has(k):
                break
        raw = toks.raw[k]
        seps = _LEAD_SEPARATORS if first else _ITEM_SEPARATORS | _DASHES
        labelled = _labelled(toks, k, first)
        if labelled is not None:
            nxt = labelled  # ``Tôi: A; Chức vụ: Trưởng Công an xã``
        elif raw == ";" and not first:
            # an attendee list parts its people by semicolons, a person's posts by
            # commas: ``đồng chí A, Phó Chủ tịch UBND tỉnh; Giám đốc Sở X; ...`` names
            # the director of Sở X, someone else
            break
        elif raw in seps or toks.key[k] in _BARE_JOINERS or (
                toks.key[k] == _TEAM_JOINER and _TEAM_ROLES.longest(toks, k + 1) is not None):
            nxt = k + 1
            if raw in seps and toks.has(nxt) and toks.key[nxt] == "kiêm" and not first:
                nxt += 1  # ``Phó Bí thư Tỉnh ủy, kiêm Chủ tịch HĐND tỉnh``
            elif raw == "," and not first and toks.has(nxt):
                joined = _JOINERS.longest(toks, nxt)  # ``..., đồng thời là Phó Trưởng ban``
                nxt = joined[0] if joined is not None else nxt
        elif first and bare_start and toks.case[k] == CASE_TITLE and toks.gap[k] != GAP_NONE:
            nxt = k
        else:
            break
        if not toks.has(nxt) or toks.gap[nxt] == GAP_PARA:
            break
        pos = read_position(toks, nxt)
        if pos is None and nxt > k and toks.raw[nxt] in ABBR_FIRST:
            pos = read_abbreviated_position(toks, nxt)  # after a separator only
        if pos is None and nxt > k:
            skipped = _skip_membership(toks, nxt)
            if skipped is not None:  # ``..., đảng viên Chi bộ X, <post>``
                k = skipped
                first = False
                continue
            if first and raw == ",":
                skipped = _skip_workplace(toks, nxt)
                if skipped is not None:  # ``A, Trường Đại học Vinh - Chủ tịch Hội đồng``
                    k = skipped
                    first = False
                    continue
        if pos is None or pos.upper or (
                pos.generic and not (first and not titled) and not _own_generic(toks, pos)) or (
                names_inside is not None and names_inside(pos)):
            break  # a generic head starts the next item (``; lãnh đạo UBND các huyện``)
        if _starts_other_group(toks, pos, first and not titled) or _bare_duty(toks, pos):
            break
        if rank_opens(toks, pos.end):
            break  # ``A, Thứ trưởng Bộ Quốc phòng Thượng tướng B``: B's office
        pos = _attach_charge(toks, _attach_places(toks, _attach_organs(toks, pos, names_inside)))
        if out and _bare_pair(toks, out[-1], k, pos):
            # ``Ủy viên kiêm Thư ký``: a board's member doubling as its secretary
            # holds one seat, written as one role
            pos = PositionSpan(out.pop().start, pos.end, pos.end)
        out.append(pos)
        k = _after_era(toks, pos.end)
        first = False
    return out, (out[-1].end if out else j)


__all__ = [
    "ABBREVIATIONS",
    "ABBR_FIRST",
    "HEADS",
    "Head",
    "PositionSpan",
    "bodies_follow",
    "match_abbreviation",
    "match_head",
    "rank_opens",
    "read_abbreviated_position",
    "read_chain",
    "read_organ",
    "read_position",
]
