"""Where a document can name people: cheap scans that aim the person grammars.

The grammars of :mod:`vbcd.extract.persons` read tokens, and tokenising a
whole document costs more than everything else they do. Every name they
accept is announced by something a plain text search finds: a capitalised
known surname followed by another capitalised word (any name that needs a
surname), a strong cue (``đồng chí``, ``Đ/c``: names without a known surname),
an authority line of a signature block (``TM.``, ``KT.``), or an occurrence of
a name already found. These scans find those places; the grammars then read
tokens around them only.

Each scan may return more places than the grammars accept (they are checked
again on tokens), never fewer: that is what keeps the result identical to
reading every token. Patterns start with a literal, so the regex engine
jumps between occurrences of it instead of trying every position.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import regex

from vbcd.extract.person_names import (
    PLACES,
    SURNAMES,
    SURNAMES_BARE,
    SURNAMES_COMMON,
    SYLLABLE,
    same_style,
)
from vbcd.extract.person_positions import ABBREVIATIONS, HEADS
from vbcd.extract.person_tokens import (
    CASE_LOWER,
    key_of,
    phrase_keys,
    strip_diacritics,
    tokenize,
    word_facts,
)
from vbcd.grammar import load
from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import trie_alternation
from vbcd.normalize import fold_tones

_DATA = load("persons")

#: Letter-like capitals whose case folding is a letter of another script block
#: (``K`` Kelvin sign folds to ``k``): a token starting with one still has a
#: surname key, so the scan must accept them as that letter's capital.
_COMPAT_CAPITALS = "\u212a\u212b\u2126\u03f4"
#: Not a letter or mark: the edge of a word token.
_EDGE_BEFORE = r"(?<![\p{L}\p{M}])"
_EDGE_AFTER = r"(?![\p{L}\p{M}])"
#: Whitespace with at most one line break, then a capital: the next syllable of a name.
_NEXT_CAPITAL = r"(?=[^\S\n]*+\n?+[^\S\n]*+(?P<next>\p{Lu}[\p{L}\p{M}]*+))"
#: Most distinct words :func:`occurrences` searches one by one.
MAX_WORDS = 48
#: Seconds a whole-document scan may take (the patterns are linear: damaged input only).
TIMEOUT = 30


def _matches(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """Matches of ``pattern`` in ``text``; after a timeout, those found so far."""
    out: list[regex.Match[str]] = []
    try:
        for m in pattern.finditer(text, timeout=TIMEOUT):
            out.append(m)
    except TimeoutError:  # pragma: no cover - linear patterns
        pass
    return out


def _capitals(letter: str) -> list[str]:
    """The capital letters whose case folding is ``letter``."""
    found = {c for c in (letter.upper(), letter.title(), *_COMPAT_CAPITALS) if len(c) == 1}
    return sorted(c for c in found if c.isupper() and c.casefold() == letter)


def _alternation(items: Iterable[str]) -> str:
    """Escaped alternatives, longest first (the regex takes the first that fits)."""
    return "|".join(regex.escape(x) for x in sorted(set(items), key=lambda x: (-len(x), x)))


def _surname_rests() -> dict[str, set[str]]:
    """Rests of the surname keys by capital initial (``N``: ``guyễn``, ``gô`` ...)."""
    rests: dict[str, set[str]] = defaultdict(set)
    for key in SURNAMES:
        for cap in _capitals(key[0]):
            rests[cap].add(key[1:])
    return rests


#: Lower-case letters of Vietnamese and ASCII, and what no capital letter can be:
#: the characters that cannot start the capitalised word after a surname.
_NOT_CAPITAL = "\\x00-\\x40\\x5b-\\x7f\\s" + "".join(
    sorted({c for c in "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ"
            "ìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"})
)


#: The common surnames printed without marks, in title case (``Pham``, ``Nguyen``).
_BARE_TITLES = sorted(k.title() for k in SURNAMES_BARE)


def _surname_patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], regex.Pattern[str], regex.Pattern[str], re.Pattern[str]
]:
    """The scans for surnames followed by a capitalised word.

    * a stdlib ``re`` pattern of the surnames in title case (``Nguyễn``: a
      word counts as capitalised when its first letter is upper case and the
      rest has none, and its key is its casefolded form, so the title-case
      spellings are exactly the capitalised surname words), followed by
      whitespace and something that may be a capital. It finds a superset of
      the places cheaply; the exact pattern confirms each one.
    * the exact pattern, tried at those places: surname matched on its
      casefolded form, word edges and the capitalised next word (``\\p{Lu}``).
    * the exact pattern at the start of the text and after a line break, in
      any letter case: a surname in capitals (``NGUYỄN VĂN AN``) is read at
      the start of a line only.
    * one scan for the title-case surnames and the bare ones (:func:`bare_surname_starts`)
      at once, each followed by what may follow either: the places where one of the
      two title-case scans matches (:func:`_capitalised_starts`).
    """
    rests = _surname_rests()
    # ``re`` ignores case more widely than ``regex`` on these letters (``İ`` for ``i``
    # in both): the ``re`` scans find a superset again
    any_case = "|".join(
        re.escape(cap) + "(?i:" + trie_alternation(r) + ")" for cap, r in sorted(rests.items())
    )
    exact = "(?P<word>" + any_case + ")" + _EDGE_AFTER + _NEXT_CAPITAL
    may_follow = r"(?=[^\S\n]*+\n?+[^\S\n]*+[^" + _NOT_CAPITAL + "])"
    title_case = sorted({cap + rest for cap, r in rests.items() for rest in r})
    # the line scan tries a line's first character against the capitals first: the
    # alternation is tried only on lines that open with one (its cost was per line)
    capitals = "[" + re.escape("".join(sorted(rests))) + "]"
    # whitespace as ``str.isspace`` has it (``re`` too), which counts ``\x1c``-``\x1f``
    return (
        re.compile(trie_alternation(title_case) + may_follow),
        re.compile(r"\n[^\S\n]*+(?=" + capitals + ")(?=(?:" + any_case + ")" + may_follow + ")"),
        regex.compile(_EDGE_BEFORE + exact),
        regex.compile(r"(?:[^\S\n]|[\x1c-\x1f])*+" + exact),
        re.compile(trie_alternation(title_case + _BARE_TITLES) + r"(?=[^\S\n]*+\n?+[^\S\n]*+[^"
                   + _NOT_CAPITAL + r"]|[ \t\n])"),
    )


_SURNAME_SCAN, _SURNAME_LINE, _SURNAME_AT, _SURNAME_FIRST_LINE, _EITHER_SCAN = (
    _surname_patterns())
#: The last text :func:`_capitalised_starts` scanned and what it found: one slot, read
#: and replaced whole (an item's get and set are atomic, so parses in threads at worst
#: miss the memo; an emptied list could not be read safely).
_EITHER_LAST: list[tuple[str, tuple[int, ...]]] = [("", ())]


def _capitalised_starts(folded: str) -> tuple[int, ...]:
    """Offsets where a surname in title case, marked or bare, may start.

    :func:`surname_starts` and :func:`bare_surname_starts` both read a document's
    capitals; a pass of the engine costs mostly its attempts at each capital, so
    one pass serves both (remembered for the last text), and each checks its own
    pattern at the places found. Every match of either title-case scan starts
    here: their matches and this one's are a capital and small letters, so none
    starts inside another, and this one accepts whatever either accepts.
    """
    last = _EITHER_LAST[0]
    if last[0] is folded:
        return last[1]
    found = tuple(map(_start, _EITHER_SCAN.finditer(folded)))
    _EITHER_LAST[0] = (folded, found)
    return found


class Surname(NamedTuple):
    """A capitalised known surname at ``start`` and the capitalised word after it."""

    start: int
    word: str
    next_word: str


def surname_starts(folded: str) -> list[Surname]:
    """Capitalised known surnames followed by a capitalised word, in text order.

    ``folded`` is the tone-folded text (``fold_tones``), on which token keys
    are computed. Every name that must start with a known surname starts at
    one of these: surnames in title case anywhere, and in any letter case at
    the start of a line (only there are names in capitals read, and signers'
    lines; a surname in mixed case is no name syllable anywhere).
    """
    at = _SURNAME_AT.match
    found: dict[int, Surname] = {}
    first = _SURNAME_FIRST_LINE.match(folded)
    if first is not None:
        found[first.start("word")] = Surname(first.start("word"), first["word"], first["next"])
    title = _SURNAME_SCAN.match
    for start in sorted({*(s for s in _capitalised_starts(folded) if title(folded, s)),
                         *map(_end, _SURNAME_LINE.finditer(folded))}):
        m = at(folded, start)
        if m is not None:
            found[start] = Surname(start, m["word"], m["next"])
    return sorted(found.values())


_start = re.Match.start
_end = re.Match.end

_BARE_ALTERNATION = trie_alternation(_BARE_TITLES)
#: A common surname printed without marks, in title case, then a blank: the cheap
#: stdlib scan (a literal alternation) that finds the places to confirm.
_BARE_SCAN = re.compile("(?:" + _BARE_ALTERNATION + r")(?=[ \t\n])")
#: The exact pattern at those places: word edges and a capitalised word after it.
_BARE_SURNAME = regex.compile(
    _EDGE_BEFORE + "(?P<word>" + _BARE_ALTERNATION + ")" + _EDGE_AFTER + _NEXT_CAPITAL
)


def bare_surname_starts(folded: str) -> list[int]:
    """Offsets of surnames that lost their marks (``Pham Bình Minh``).

    They are read as a name's start only after a position title (the grammar
    checks that); here they only aim the reading, like :func:`name_anchors`.
    """
    out = []
    at = _BARE_SURNAME.match
    bare = _BARE_SCAN.match
    for start in _capitalised_starts(folded):
        m = at(folded, start) if bare(folded, start) else None
        if m is not None and _continues(m["word"], m["next"]):
            out.append(start)
    return out


#: Whitespace between two words of one phrase: at least one character, one line break at most.
_WORD_GAP = r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)"


def _place_pattern() -> regex.Pattern[str]:
    """Person-like place names (``Hà Nội``, ``Hồ Chí Minh``), longest first."""
    phrases = sorted(PLACES.phrases, key=lambda p: (-len(p), p))
    alts = "|".join(_WORD_GAP.join(regex.escape(k) for k in p) for p in phrases)
    return regex.compile("(?i:" + alts + ")" + _EDGE_AFTER)


_PLACE = _place_pattern()
#: What ends a title right before a name: the last word of a title or of an
#: abbreviated title, or the full stop after an abbreviation.
_TITLE_ENDS = frozenset(p[-1] for p in HEADS.phrases)
_ABBREVIATION_ENDS = frozenset(k[-1] for k in ABBREVIATIONS) | {"."}
_TOKEN_BEFORE = regex.compile(
    r"([\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}])\s*", flags=regex.REVERSE
)


def _style(word: str) -> int:
    """1 for title case, 2 for capitals, 0 otherwise (as a token's letter case)."""
    if not word[:1].isupper() or len(word) < 2:
        return 0
    rest = word[1:]
    if rest.isupper():
        return 2
    return 0 if any(c.isupper() for c in rest) else 1


def _capitals_line(words: list[str]) -> bool:
    """Whether word tokens are all in capitals (one-letter words fit any case)."""
    cases = [_style(w) if len(w) > 1 else (3 if w.isupper() else 0) for w in words]
    return 2 in cases and all(c in (2, 3) for c in cases)


def _place_run(folded: str, offset: int) -> bool:
    """Whether every name that may start at ``offset`` holds a person-like place name.

    True for places of two words: a name has two syllables or more, so it
    holds the whole place. A longer place may be cut by the end of a
    capitalised run (``... Thành Phố Hồ Chí`` at eight words) and is not
    counted.
    """
    m = _PLACE.match(folded, offset)
    return (m is not None and len(m.group().split()) == 2
            and _GIVEN_AND_POSITION.match(folded, m.end()) is None)


#: After a place's words, a given name in title case and a comma or dash (``Đồng Văn``
#: + ``Thanh, Phó Chủ tịch``): the run may be a person's name that starts like the
#: place, with a position after it (``persons._placed_name`` decides).
_GIVEN_AND_POSITION = regex.compile(r"[ \t]+\p{Lu}\p{Ll}+[ \t]*[,\-–]")


def _after_title(folded: str, offset: int) -> bool:
    """Whether the token before ``offset`` may end a title (where a place can be a name).

    Abbreviations are compared as printed; folding tones leaves them alone.
    """
    m = _TOKEN_BEFORE.match(folded, 0, offset)
    if m is None:
        return False
    word = m.group(1)
    return word in _ABBREVIATION_ENDS or word.casefold() in _TITLE_ENDS


#: Two to four capitalised words, maybe wrapped, then the end of a line: a name alone.
_NAME_ALONE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}]*+(?:" + _WORD_GAP + r"\p{Lu}[\p{L}\p{M}]*+){1,3}[^\S\n]*+(?:\n|\Z)"
)
#: A word and the next one, with at most one line break between them.
_TWO_WORDS = regex.compile(r"([\p{L}\p{M}]++)[^\S\n]*+\n?+[^\S\n]*+([\p{L}\p{M}]++)")
#: Last words of the cues (``đồng chí``, ``ông``): a name may follow them in capitals too.
_CUE_ENDS = frozenset(
    tokenize(c).key[-1] for c in _DATA["cues"]["strong"] + _DATA["cues"]["weak"]
)


def _continues(first: str, second: str) -> bool:
    """Whether ``second`` may follow the capitalised ``first`` in a name run.

    It must be a syllable in the same letter case (``Mã TTHC`` is no name).
    """
    found = _CONTINUES.get((first, second))
    if found is None:
        _, _, case1, _ = word_facts(first)
        _, bare2, case2, _ = word_facts(second)
        found = (
            case1 != CASE_LOWER
            and case2 != CASE_LOWER
            and len(second) <= 7
            and SYLLABLE.fullmatch(bare2) is not None
            and same_style(case1, case2)
        )
        if len(_CONTINUES) < 100_000:
            _CONTINUES[first, second] = found
    return found


_CONTINUES: dict[tuple[str, str], bool] = {}


def _inside_run(folded: str, text: str, offset: int) -> bool:
    """Whether a capitalised word that ends no title or cue comes right before ``offset``."""
    m = _TOKEN_BEFORE.match(folded, 0, offset)
    if m is None:
        return False
    gap = m.group(0)[len(m.group(1)) :]
    if not gap or gap.count("\n") > 1:
        return False
    key, _, case, is_word = word_facts(text[m.start(1) : m.end(1)])
    if not is_word or case == CASE_LOWER:
        return False
    return key not in _TITLE_ENDS and key not in _CUE_ENDS and m.group(1) not in _ABBREVIATION_ENDS


def name_anchors(folded: str, text: str, surnames: Sequence[Surname]) -> list[int]:
    """The surname offsets where a name in running text may start.

    Left out, as no grammar reads a name from them: a surname not followed by
    a syllable in its own letter case; one in capitals unless it starts a
    line that holds a name only (names in capitals are read on a line of
    their own); one that starts a person-like place name (``Hà Nội``), unless
    a title ends right before it (``Chủ tịch Hồ Chí Minh``, where the place
    check is off); and a rare surname right after a capitalised word that
    ends no title or cue (``Nguyễn Tất Thành``: only a common surname starts a
    name inside a capitalised run).
    """
    out = []
    for s, word, next_word in surnames:
        if not _continues(word, next_word):
            continue
        if folded[s + 1 : s + 2].isupper() and not (
            line_start(text, s) and _NAME_ALONE.match(text, s) is not None
        ):
            continue
        key = word_facts(word)[0]
        if key in PLACES.first and _place_run(folded, s) and not _after_title(folded, s):
            continue
        if key not in SURNAMES_COMMON and _inside_run(folded, text, s):
            continue
        out.append(s)
    return out


def _kept(phrases: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The phrases that extend no other (``TM.`` is found where ``TM`` is)."""
    found = set(phrases)
    return sorted(p for p in found if not any(p[:n] in found for n in range(1, len(p))))


def _mark_at(p: tuple[str, ...]) -> int:
    """Index of the first punctuation token after the first token, or 0."""
    return next((k for k, t in enumerate(p) if k and not t[0].isalpha()), 0)


def _phrase_at(phrases: Sequence[tuple[str, ...]], *, ignore_case: bool) -> regex.Pattern[str]:
    """A pattern that matches where one of the token sequences ``phrases`` starts.

    Tokens may be separated by any whitespace (the grammar checks the gaps).
    A phrase with punctuation after its first words (``Đ/c``, ``T/L``) takes
    any of the words that stand before that mark in one of the phrases, and
    any of the tokens after it.
    """
    by_word: dict[str, set[str]] = defaultdict(set)
    by_mark: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for p in _kept(phrases):
        end = _EDGE_AFTER if p[-1][-1].isalpha() else ""
        k = _mark_at(p)
        if k:
            before, after = by_mark[p[k]]
            before.add(r"\s*".join(regex.escape(t) for t in p[:k]))
            after.add("".join(r"\s*" + regex.escape(t) for t in p[k + 1 :]) + end)
        else:
            by_word[p[0]].add("".join(r"\s*" + regex.escape(t) for t in p[1:]) + end)
    alts = [
        (_EDGE_BEFORE if first[0].isalpha() else "") + regex.escape(first)
        + "(?:" + "|".join(sorted(rests, key=len)[::-1]) + ")"
        for first, rests in sorted(by_word.items())
    ]
    for mark, (befores, afters) in sorted(by_mark.items()):
        alts.append(
            _EDGE_BEFORE + "(?:" + "|".join(sorted(befores)) + r")\s*" + regex.escape(mark)
            + "(?:" + "|".join(sorted(afters, key=len)[::-1]) + ")"
        )
    return regex.compile("(?:" + "|".join(alts) + ")", flags=regex.IGNORECASE if ignore_case else 0)


def _spelled_out(phrases: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Every token sequence :func:`_phrase_at` accepts, the mixed ones (``K/M``) included."""
    out = set()
    by_mark: dict[str, tuple[set[tuple[str, ...]], set[tuple[str, ...]]]] = defaultdict(
        lambda: (set(), set())
    )
    for p in _kept(phrases):
        k = _mark_at(p)
        if k:
            by_mark[p[k]][0].add(p[:k])
            by_mark[p[k]][1].add(p[k + 1 :])
        else:
            out.add(p)
    for mark, (befores, afters) in by_mark.items():
        out.update((*b, mark, *a) for b in befores for a in afters)
    return sorted(out)


def _phrase_scan(phrases: Sequence[tuple[str, ...]], skip: int = 0) -> str:
    """A stdlib ``re`` alternation of ``phrases``, tokens joined by any whitespace.

    The first ``skip`` characters of each phrase are left out.
    """
    alts = {(r"\s*".join(re.escape(t) for t in p))[len(re.escape(p[0][:skip])) :] for p in phrases}
    return "(?:" + "|".join(sorted(alts)) + ")"


def _leading_scans(phrases: Sequence[tuple[str, ...]], *, capitalised: bool = False
                   ) -> list[re.Pattern[str]]:
    """``re`` patterns for where ``phrases`` may start in any letter case (a superset),
    or, with ``capitalised``, only with a capital first letter.

    One pattern per spelling of a first letter, which it starts with as a
    literal the engine jumps to; the rest ignores case the ``re`` way, which
    folds at least as much as ``regex`` on Vietnamese letters. Word edges are
    left to the exact pattern.
    """
    by_letter: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for p in _spelled_out(phrases):
        by_letter[p[0][0]].append(p)
    out = []
    for letter, group in sorted(by_letter.items()):
        variants = {letter.upper(), *_capitals(letter.casefold())}
        if not capitalised:
            variants |= {letter, letter.lower()}
        body = "(?i:" + _phrase_scan(group, skip=1) + ")"
        for v in sorted(c for c in variants if len(c) == 1):
            out.append(re.compile(re.escape(v) + body))
    return out


_CUE_PHRASES = [tuple(tokenize(c).key) for c in _DATA["cues"]["strong"]]
# A cue the table writes small (``đồng chí``, ``đ/c``) is looked for in any case; one it
# writes with a capital (the clergy's ranks: ``Hòa thượng``, ``Linh mục``, ``HT.``) only
# capitalised, as it stands before a name: their first letters (``h``, ``t``, ``l``,
# ``m`` ...) open every other word, and a scan for each in small letters cost more than
# the rest of the cue scan (0.2 ms a document).
_CUE_SCANS = [
    *_leading_scans([tuple(tokenize(c).key) for c in _DATA["cues"]["strong"]
                     if not c[:1].isupper()]),
    *_leading_scans([tuple(tokenize(c).key) for c in _DATA["cues"]["strong"]
                     if c[:1].isupper()], capitalised=True),
]
_CUE_AT = _phrase_at(_CUE_PHRASES, ignore_case=True)
_AUTHORITY_PHRASES = [tuple(tokenize(a).raw) for a in _DATA["signature"]["authorities"]]
#: Whitespace as ``str.isspace`` has it (what :func:`line_start` allows before a token).
_LINE_LEAD = r"[^\S\n]*+"
_AUTHORITY_SCAN = re.compile(
    r"\n" + _LINE_LEAD + "(?=" + _phrase_scan(_spelled_out(_AUTHORITY_PHRASES)) + ")"
)
_AUTHORITY_AT = _phrase_at(_AUTHORITY_PHRASES, ignore_case=False)
_FIRST_TOKEN = regex.compile(r"(?:\s|[\x1c-\x1f])*+")


#: A personal cue (``ông``, ``bà``), then two to five capitalised words (apostrophes
#: inside: ``H'Lan``; five in an Ê Đê name, ``Y Thanh Hà Niê Kdăm``), or one word
#: with an initial glued by an apostrophe (``K'Brel``), and a separator that a
#: position may follow: where a name whose surname is in no table may stand (``bà
#: Lùng Thị Xuân, Phó Chủ tịch ...``).
#: The second word may be a man's or a woman's middle word typed in small letters before
#: a capital (``bà Trần thị Mai, Giám đốc Sở ...``, ``ông Lê văn Tám, Phó Chủ tịch ...``:
#: careless typing, frequent in scans); the grammar reads it only after a common surname
#: (``person_names.lower_middle``), and the separator after the run is still wanted.
_SMALL_MIDDLE = "|".join(sorted(regex.escape(w.lower()) for w in _DATA["surnames"]["middle"]))
_PERSONAL_CUE = regex.compile(
    r"[^\S\n]+(?:\p{Lu}['’]\p{Lu}[\p{L}\p{M}]*"
    r"|\p{Lu}[\p{L}\p{M}'’]*(?:[^\S\n]+(?:" + _SMALL_MIDDLE + r")(?=[^\S\n]+\p{Lu}))?"
    r"(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’]*){1,4})[^\S\n]*[,(\-–]"
)
#: Each personal cue in its two spellings (``ông``, ``Ông``) before a space and a
#: capital: literal-led patterns the engine jumps between, far cheaper on
#: Vietnamese text than one case-folding alternation (``ông`` ends ``không``).
_UPPER_LETTERS = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_PERSONAL_SCANS = [
    re.compile(re.escape(spelling) + r"[ \t]+(?=[" + re.escape(_UPPER_LETTERS) + "])")
    for c in _DATA["cues"]["personal"]
    for spelling in sorted({c, c[:1].upper() + c[1:]})
]


#: The initials of a Central Highlands name (``H`` of ``H'Yim``, ``K`` of ``K'Brel``).
_INITIALS = frozenset(_DATA["surnames"]["initials"])
_APOSTROPHES = ("'", "’")


def initial_starts(folded: str) -> list[int]:
    """Offsets of words that open with a name's initial, an apostrophe and a capital
    (``H'Yim``, ``K'Brel``): anchors of the reading, like the surnames of
    :func:`surname_starts` (:func:`~vbcd.extract.person_names.initial_name`).
    Apostrophes are rare, so they are found with ``str.find``, not a regex pass."""
    out = []
    for mark in _APOSTROPHES:
        at = folded.find(mark, 1)
        while at != -1:
            s = at - 1
            if (folded[s] in _INITIALS and folded[at + 1 : at + 2].isupper()
                    and (s == 0 or not (folded[s - 1].isalnum() or folded[s - 1] in _APOSTROPHES))):
                out.append(s)
            at = folded.find(mark, at + 1)
    return sorted(out)


def _rank_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The officers' ranks (``Thượng tá``) before a space and a capital, by first word.

    Ranks are capitalised wherever they stand, so their first words (``Thượng``,
    ``Đại``, seven in all) are literals that ``str.find`` jumps to; one alternation of
    all ranks was tried at every one of its first letters (``T``, ``C``, ``P``, ``Đ``:
    a third of the cue scan). Each pattern tries its ranks longest first, as the one
    alternation did.
    """
    by_first: dict[str, list[str]] = defaultdict(list)
    for rank in _DATA["cues"]["ranks"]:
        by_first[rank.split(" ", 1)[0]].append(rank)
    return [
        (first, re.compile("(?:" + "|".join(sorted(map(re.escape, ranks), key=len, reverse=True))
                           + r")[ \t]+(?=[" + re.escape(_UPPER_LETTERS) + "])"))
        for first, ranks in sorted(by_first.items())
    ]


_RANKS = _rank_patterns()


def _rank_spans(folded: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the ranks before a capital, in text order, none inside an
    earlier one (as one pass of an alternation of them all would find them)."""
    found = []
    for first, pattern in _RANKS:
        at = pattern.match
        i = folded.find(first)
        while i >= 0:
            m = at(folded, i)
            if m is not None:
                found.append((i, m.end()))
            i = folded.find(first, i + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    for s, e in found:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


def personal_cue_starts(folded: str) -> list[int]:
    """Offsets of personal cues (ranks included) followed by a capitalised run and a
    separator."""
    full = _PERSONAL_CUE.match
    out = []
    for scan in _PERSONAL_SCANS:
        for m in scan.finditer(folded):
            s = m.start()
            if (s == 0 or not folded[s - 1].isalnum()) and full(folded, m.end() - 1):
                out.append(s)
    for s, e in _rank_spans(folded):
        if (s == 0 or not folded[s - 1].isalnum()) and full(folded, e - 1):
            out.append(s)
    return sorted(out)


#: A personal cue opening a table cell, then a capitalised run of two to four words
#: that fills the cell (``Ông HOÀNG VĂN NAM``): the cell's border ends the name where a
#: separator does in running text (:data:`_PERSONAL_CUE`).
_PERSONAL_CELL = regex.compile(
    "(?:" + "|".join(sorted({re.escape(sp) for c in _DATA["cues"]["personal"]
                             for sp in (c, c[:1].upper() + c[1:])}, key=len, reverse=True))
    + r")[^\S\n]+\p{Lu}[\p{L}\p{M}'’]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’]*){1,3}[^\S\n]*(?:\n|\Z)"
)


def cell_cue_starts(folded: str, cells: Iterable[int]) -> list[int]:
    """Offsets of personal cues that open a table cell (``cells``: the cell borders'
    line breaks) and whose name fills it; :func:`personal_cue_starts` wants a
    separator after the name, which a cell has none of."""
    at = _PERSONAL_CELL.match
    return [p + 1 for p in cells if at(folded, p + 1) is not None]


def strong_cue_starts(folded: str) -> list[int]:
    """Offsets of strong cues (``đồng chí``, ``Đ/c``), in any letter case."""
    at = _CUE_AT.match
    found = {m.start() for scan in _CUE_SCANS for m in scan.finditer(folded)}
    return [s for s in sorted(found) if at(folded, s) is not None]


def line_start(text: str, offset: int) -> bool:
    """Whether only whitespace stands between the previous line break and ``offset``."""
    nl = text.rfind("\n", 0, offset)
    return text[nl + 1 : offset].isspace() or nl + 1 == offset


def authority_lines(text: str) -> list[int]:
    """Offsets of authority words that open a line (``TM.``, ``KT.``, ``T/L``)."""
    at = _AUTHORITY_AT.match
    lead = _FIRST_TOKEN.match(text)
    starts = [lead.end() if lead else 0, *map(_end, _AUTHORITY_SCAN.finditer(text))]
    return [s for s in sorted(set(starts)) if at(text, s) is not None]


def lines_after(text: str, offset: int, count: int) -> list[int]:
    """Offsets of the first non-space character of the next ``count`` non-blank lines."""
    out: list[int] = []
    pos = text.find("\n", offset)
    n = len(text)
    while pos >= 0 and len(out) < count:
        nxt = text.find("\n", pos + 1)
        end = n if nxt < 0 else nxt
        line = text[pos + 1 : end]
        stripped = line.lstrip()
        if stripped:
            out.append(pos + 1 + len(line) - len(stripped))
        pos = nxt
    return out


def word_pattern(keys: Iterable[str]) -> regex.Pattern[str]:
    """Whole words whose key (casefolded, on tone-folded text) is one of ``keys``.

    Case is ignored the ``regex`` way (simple case folding), which accepts
    every word whose casefolded form is a key of Vietnamese letters: a superset
    of the tokens with that key.
    """
    return regex.compile(_EDGE_BEFORE + "(?i:" + trie_alternation(keys) + ")" + _EDGE_AFTER)


def phrase_pattern(phrases: Iterable[Sequence[str]]) -> str:
    """Token sequences as ``regex`` source, tokens joined by any whitespace, longest first.

    A phrase that ends in a letter must end a word there. Callers add case
    handling and the word edge before.
    """
    alts = set()
    for p in phrases:
        body = r"\s*".join(regex.escape(t) for t in p)
        alts.add(body + (_EDGE_AFTER if p[-1][-1:].isalpha() else ""))
    return "(?:" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + ")"


def _lower_letters() -> dict[str, str]:
    """Lower-case Latin letters by their base letter (``a``: ``aàáảãạăằ...``, ``d``: ``dđ``).

    A word made of these only is in lower case, and its diacritic-free form
    (:func:`strip_diacritics`) is the string of the bases.
    """
    by_base: dict[str, list[str]] = defaultdict(list)
    for cp in (*range(0x61, 0x7B), *range(0xDF, 0x250), *range(0x1E00, 0x1F00)):
        c = chr(cp)
        base = strip_diacritics(c)
        if c.islower() and len(base) == 1 and "a" <= base <= "z":
            by_base[base].append(c)
    return {b: "".join(sorted(cs)) for b, cs in sorted(by_base.items())}


_BY_BASE = _lower_letters()
_LOWER_WORD = "[" + "".join(_BY_BASE.values()) + "]++"


def ending_pattern(bares: Iterable[str]) -> regex.Pattern[str]:
    """Tokens that surely end the stretch that leads to a name, matched backwards.

    Punctuation other than a dash or a full stop, and a lower-case word whose
    diacritic-free form is none of ``bares`` (the words an organ or a title
    may hold). Words in other scripts or with odd letters are not matched,
    and neither is a full stop after a word: they may or may not end it.
    """
    words = sorted(b for b in set(bares) if b and all(c in _BY_BASE for c in b))
    any_of = trie_alternation(words, char=lambda c: "[" + _BY_BASE[c] + "]")
    lower = _EDGE_BEFORE + "(?!" + any_of + _EDGE_AFTER + ")" + _LOWER_WORD + _EDGE_AFTER
    return regex.compile(lower + r"|[^\s\p{L}\p{M}\p{N}.\-–—]", flags=regex.REVERSE)


#: Up to three tokens before an offset (with the whitespace after each), matched backwards.
_LAST_TOKENS = regex.compile(
    r"(?:(?:[\p{L}\p{M}]++|\p{N}++|[^\s\p{L}\p{M}\p{N}])\s*+){0,3}", flags=regex.REVERSE
)


def clause_floor(text: str, offset: int, floor: int, ending: regex.Pattern[str]) -> int:
    """An offset at or before the first token of the stretch that leads to ``offset``.

    The stretch (:func:`vbcd.extract.persons._clause_start`) starts after
    ``floor`` and after the last token that ends it, three tokens before
    ``offset`` or earlier; ``ending`` (:func:`ending_pattern`) finds tokens
    that surely end it.
    """
    lo = max(floor, 0)
    lead = _LAST_TOKENS.match(text, lo, offset)
    end = lead.start() if lead is not None else offset
    m = ending.search(text, lo, end)
    return max(floor + 1, m.end() if m is not None else 0)


_NON_SPACE = regex.compile(r"\S")


def lines_above(text: str, offset: int, count: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the ``count`` lines with a token above ``offset``, nearest first."""
    out: list[tuple[int, int]] = []
    end = text.rfind("\n", 0, offset)
    while end >= 0 and len(out) < count:
        start = text.rfind("\n", 0, end) + 1
        if _NON_SPACE.search(text, start, end) is not None:
            out.append((start, end))
        end = start - 1
    return out


#: A line of two to four capitalised words: the shape of a signer's name line.
_NAME_LINE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}]*+(?:[^\S\n]++\p{Lu}[\p{L}\p{M}]*+){1,3}[^\S\n]*+(?:\n|\Z)"
)


def name_line_at(text: str, offset: int) -> bool:
    """Whether the line from ``offset`` may be a signer's name line.

    Two to four capitalised words only; unless the first is a known surname,
    three or four in title case (``Lan Thị Vân``), never capitals.
    """
    m = _NAME_LINE.match(text, offset)
    if m is None:
        return False
    words = m.group().split()
    return word_facts(words[0])[0] in SURNAMES or (len(words) >= 3 and not _capitals_line(words))


def caps_name(line: str, *, rare: bool = False) -> bool:
    """Whether ``line`` is a signer's name in capitals (``NGUYỄN VĂN AN``): two to five
    words of letters, each a Vietnamese syllable (``TNCS`` is none), the first a common
    surname (tones tell ``CHỦ`` of ``CHỦ TỊCH`` from the surname Chu); not a place spelt
    like a person (``HỒ CHÍ MINH`` wrapped from ``THÀNH PHỐ``), not opening with a title
    or body of a signature block or with a sector's name (``TÔN GIÁO``, ``NÔNG
    NGHIỆP``), holding no level word (``TỈNH``) nor ``VÀ``. In capitals case tells
    nothing, so a rarer surname (``CAO``) is not told from a line of the block: such a
    name is read only when ``rare`` (the caller knows the line is the block's last,
    under its position: ``LÒ VĂN PUA``, ``HÀ SỸ ĐỒNG``)."""
    words = line.split()
    if not 2 <= len(words) <= 5 or not (
            (rare and _minority_caps(words)) or _kinh_caps(words, rare)):
        return False
    if tuple(phrase_keys(line)) in _NAME_LIKE_PLACES:
        return False
    low = fold_tones(" ".join(words)).lower()
    if low.startswith(_SIGNATURE_LINES):
        return False
    return not any(w in _NOT_NAME_WORDS for w in low.split()) and not any(
        low.startswith(f) or f.startswith(low + " ") for f in _SECTORS)


#: Common surnames with marks OCR misread (``NGUYÊN``), read where rarer ones are.
_OCR_CAPS_SURNAMES = frozenset(key_of(s) for s in _DATA["surnames"]["ocr_caps"])


def _kinh_caps(words: list[str], rare: bool) -> bool:
    """Whether ``words`` in capitals spell a name opening with a surname of the tables
    (the common ones unless ``rare``; then also their OCR misreadings, ``NGUYÊN``),
    each word a Vietnamese syllable."""
    first = word_facts(words[0])[0]
    return (all(w.isalpha() and w.isupper() for w in words)
            and (first in SURNAMES_COMMON if not rare
                 else first in SURNAMES or first in _OCR_CAPS_SURNAMES)
            and all(SYLLABLE.fullmatch(strip_diacritics(w).lower()) for w in words))


#: The words that open an Ê Đê name in capitals (``Y``), see :func:`_minority_caps`.
_CAPS_OPENERS = frozenset(_DATA["surnames"]["caps_openers"])


def _minority_caps(words: list[str]) -> bool:
    """Whether ``words`` (a line in capitals under a block's position) spell a name of
    the Ê Đê or Gia Rai: the man's ``Y`` or an initial glued by an apostrophe
    (``H’HEN``), then words of capitals, two letters or more; the clan name may be no
    Vietnamese syllable (``Y THANH HÀ NIÊ KĐĂM``)."""
    first, rest = words[0], words[1:]
    if first in _CAPS_OPENERS:
        pass
    elif not (len(first) > 2 and first[0] in _INITIALS and first[1] in _APOSTROPHES
              and first[2:].isalpha() and first[2:].isupper()):
        return False
    return all(len(w) > 1 and w.isalpha() and w.isupper() for w in rest)


#: Places spelt like a person's name (the persons table's list), as token keys.
_NAME_LIKE_PLACES = frozenset(tuple(phrase_keys(p)) for p in _DATA["places"]["name_like"])
#: The titles and bodies of signature blocks, tone-folded and lower-cased.
_SIGNATURE_LINES = tuple(t.lower() for t in {*P.SIGNATURE_TITLES, *P.SIGNATURE_BODIES})
_AGENCIES = load("agencies")
#: Sector names of two words or more (``tôn giáo``), tone-folded and lower-cased.
_SECTORS = tuple(fold_tones(f).lower() for f in _AGENCIES["fields"]["phrases"] if " " in f)
#: Words no personal name holds: ``và`` and the one-word levels of the agency table
#: (``tỉnh``, ``huyện``, ``xã``; not the words of ``thành phố`` or ``thị xã``, which names
#: hold), tone-folded and lower-cased.
_NOT_NAME_WORDS = frozenset(fold_tones(w).lower() for w in ["và", *(
    str(e["word"]) for e in _AGENCIES["scope"]["levels"]
    if " " not in str(e["word"]) and str(e["word"]).islower())])


_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_FILLER = frozenset(key_of(w) for w in _DATA["signature"]["filler"])


def title_line_above(text: str, offset: int, count: int) -> bool:
    """Whether the first line above ``offset`` that is not filler (``(Đã ký)``) is in capitals.

    A signer's name stands under a title in capitals; blank lines and filler
    lines may come between. Looks at most ``count`` non-blank lines up.
    """
    end = text.rfind("\n", 0, offset)
    seen = 0
    while end >= 0 and seen < count:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        seen += 1
        words = [w for w in _WORDS.findall(line) if w[0].isalpha()]
        if not words or all(word_facts(w)[0] in _FILLER for w in words):
            continue
        return _capitals_line(words)
    return False


_WORD_CHAR = regex.compile(r"[\p{L}\p{M}]")
_CAPITAL = regex.compile(r"\p{Lu}")
_ANY_CAPITAL = regex.compile(_EDGE_BEFORE + r"\p{Lu}")


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Offsets where one of ``words`` may stand as a whole token.

    Each word is searched with ``str.find``; with more than :data:`MAX_WORDS`
    distinct words one pass over every capitalised word start is cheaper.
    """
    ws = sorted(set(words))
    out: list[int] = []
    if len(ws) > MAX_WORDS:
        out.extend(m.start() for m in _matches(_ANY_CAPITAL, text))
        ws = [w for w in ws if _CAPITAL.match(w) is None]
    for w in ws:
        out.extend(_find_all(text, w))
    return sorted(set(out))


def _find_all(text: str, word: str) -> list[int]:
    out: list[int] = []
    if not word:
        return out
    edge = word[0].isalpha() or _WORD_CHAR.match(word) is not None
    i = text.find(word)
    while i >= 0:
        if not (edge and i > 0 and _WORD_CHAR.match(text, i - 1) is not None):
            out.append(i)
        i = text.find(word, i + 1)
    return out
