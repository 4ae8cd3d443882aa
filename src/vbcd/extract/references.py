"""Cited documents: every numbered document the text refers to.

A citation is a số ký hiệu in one of the two numbering grammars, usually led by a
type word and ``số`` and followed by its signing date and issuer::

    Nghị quyết số 78/NQ-CP, ngày 20/7/2021 của Chính phủ      (State: number/type-organ)
    Thông báo số 2032-TB/TU ngày 10-02-2020                   (Party: number-type/organ)
    Luật Doanh nghiệp số 59/2020/QH14                          (named act, year in number)

The number itself is found first, and as if on a *bare* copy of the text
(diacritics stripped, same length), so that OCR damage to the words around it
(``Nghi quyết``, ``sổ``, ``QD-BYT``) does not hide it; everything else is read
around the number within bounded windows, which keeps the work linear in the text
length. No bare copy is made (translating a whole document costs more than reading
it): in the patterns each letter of a word stands for itself and every letter that
loses its diacritics to it (``cua`` matches ``của``), which is the same thing.
Dates are not parsed here: they come from :func:`vbcd.extract.dates.find_dates`
through the ``dates`` argument, so that one module owns the date grammar.

Words and codes are data (``grammar/data/references.toml`` and ``doc_types.toml``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, methodcaller
from typing import Any, Protocol

import regex

from vbcd.extract import textscan
from vbcd.extract.organ_tables import HEADS, SERIES_COMMAS, words_of
from vbcd.grammar import load
from vbcd.grammar.patterns import REGIONAL_CODE
from vbcd.models import DateMention, Reference
from vbcd.normalize import fold_tones

__all__ = ["find_references", "reference_key"]

_DATA: dict[str, Any] = load("references")
_START = attrgetter("start")
_START_OF = methodcaller("start")
_TIMEOUT = 30


# --- bare text ------------------------------------------------------------------------


def _bare_table() -> dict[int, str]:
    """Map every precomposed Latin letter to its base letter (``ệ`` -> ``e``, ``Đ`` -> ``D``).

    One character to one character, so offsets in the bare copy are offsets in
    the text. Combining marks left over from damaged input are kept as they are.
    """
    table: dict[int, str] = {0x0110: "D", 0x0111: "d"}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base
    return table


_BARE = _bare_table()


def _bare(text: str) -> str:
    """Same-length copy of ``text`` without diacritics, letter case kept."""
    return text.translate(_BARE)


def _bare_to(letter: str) -> list[str]:
    """The characters whose bare copy is ``letter``."""
    return [letter] + [chr(cp) for cp, base in _BARE.items() if base == letter]


def _key(words: str) -> str:
    """Comparison key of a word or phrase: bare, lower case, no spaces."""
    return "".join(_bare(words).split()).casefold()


def reference_key(number: str) -> str:
    """Key under which two printings of one number compare equal.

    Spaces, letter case and diacritics are ignored, so the OCR'd ``1246/QD-BYT``
    and ``1246/QĐ-BYT`` are the same document; use it to merge the mentions of a
    document cited several times.
    """
    return _key(number)


# The letters of Vietnamese with diacritics. In the patterns a letter of a bare word
# stands for itself and for the Vietnamese letters that lose their diacritics to it
# (``cua`` matches ``của``); other letters with diacritics (``ś``, ``ñ``), rare, are
# made bare in the text before it is read (see ``_readable``). Small letter classes
# keep compiling the patterns fast.
_VIETNAMESE = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
_VIETNAMESE_ALL = _VIETNAMESE | {c.upper() for c in _VIETNAMESE}


def _preimages() -> dict[str, str]:
    """Each lower-case base letter with the Vietnamese letters that lose their
    diacritics to it (``a`` -> ``aàáảãạ...``)."""
    out: dict[str, list[str]] = {}
    for cp, base in sorted(_BARE.items()):
        if chr(cp) in _VIETNAMESE:
            out.setdefault(base, []).append(chr(cp))
    return {base: base + "".join(chars) for base, chars in out.items()}


_PREIMAGES = _preimages()
# The other letters the bare copy changes: made bare in the text itself, when present.
_OTHER_MARKED: dict[int, str] = {
    cp: base for cp, base in _BARE.items() if chr(cp) not in _VIETNAMESE_ALL
}
_OTHER_MARKED_AT = re.compile("[" + "".join(map(re.escape, map(chr, _OTHER_MARKED))) + "]+")


def _readable(text: str) -> str:
    """``text`` as the patterns read it: letters with diacritics other than Vietnamese
    ones made bare (a copy of the same length, made only when there are any)."""
    pieces: list[str] = []
    last = 0
    for m in _OTHER_MARKED_AT.finditer(text):  # rare: the text is not translated whole
        pieces.append(text[last:m.start()])
        pieces.append(m.group().translate(_OTHER_MARKED))
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _lit(word: str) -> str:
    """A bare word as a pattern on :func:`_readable` text: each lower-case letter
    matches itself and the Vietnamese letters whose bare form it is, so that a match
    there is a match on the bare copy (the tests check this character by character).
    Letter case is the enclosing pattern's: under ``IGNORECASE`` the classes take the
    capitals too."""
    out = []
    for ch in word:
        forms = _PREIMAGES.get(ch, ch)
        out.append(regex.escape(ch) if len(forms) == 1 else "[" + forms + "]")
    return "".join(out)


def _phrase_backwards(forms: Sequence[str]) -> str:
    """:func:`_phrase_pattern` for the text read backwards: the same alternatives in the
    same order, each spelled from its last letter to its first."""
    alts = sorted({_bare(f).casefold() for f in forms}, key=len, reverse=True)
    return "|".join(r"\s*".join(_lit(w[::-1]) for w in reversed(a.split())) for a in alts)


def _phrase_pattern(forms: Sequence[str]) -> str:
    """Alternation of bare phrases, longest first; syllables may be glued or wrapped."""
    alts = sorted({_bare(f).casefold() for f in forms}, key=len, reverse=True)
    return "|".join(r"\s*".join(_lit(w) for w in a.split()) for a in alts)


# --- the number -----------------------------------------------------------------------

# A code segment: starts upper case; lower-case letters only one at a time (TTg,
# QĐi, KTr2), so a word glued after the number (`BYT-MTngày`) is not eaten. A dot
# may join a capital to a capital or a digit (`VPCP-V.I`, `CCTKV.05`: a tax region),
# `&` or `+` two codes (`STP-VB&TDTHPL`, `EVN-KTSX+KD`: two departments of EVN).
# A regional unit's code keeps its Roman numeral (``198/BC-KV IV``: REGIONAL_CODE).
# The ``&`` may have a stray space beside it (``SXD-QLN& TTBĐS``) before a code of two
# capitals (not ``& Sở``).
_SEG = (rf"(?:{REGIONAL_CODE}"
        r"|\p{Lu}(?:[\p{Lu}\d]|[&+](?=\p{Lu})|(?:[ \t]&[ \t]?|&[ \t])(?=\p{Lu}[\p{Lu}\d])"
        r"|\p{Ll}(?!\p{Ll})|\.(?=[\p{Lu}\d](?!\p{Ll}))){0,15})")
# After a separator with stray spaces, a segment must be a whole code of two capitals
# or more (`27/NQ- TW`), not the next word (`15/UBND-VP - Văn phòng`, `- Tờ khai`).
_SEG_LOOSE = r"\p{Lu}[\p{Lu}\d](?:[\p{Lu}\d]|&(?=\p{Lu})|\p{Ll}(?!\p{Ll})){0,14}(?![\p{L}\d])"
_SP = r"[ \t]{0,2}"
_SP_AFTER = r"(?:[ \t]{0,2}|[ \t]?\n[ \t]?)"


def _then(sep: str) -> str:
    """A separator followed by a segment, tight or with stray spaces."""
    return rf"(?:{sep}{_SEG}|{_SP}{sep}{_SP_AFTER}{_SEG_LOOSE})"


# a lower-case ASCII letter of the bare copy: any letter whose bare form is one
_AZ = "[a-z" + "".join(_PREIMAGES.get(b, b)[1:] for b in "abcdefghijklmnopqrstuvwxyz") + "]"
# (up to two leading zeros before the six digits: a pre-printed form's serial,
# ``Biên bản vi phạm hành chính số 0012345/BB-VPHC``)
_NUM = rf"0{{0,2}}\d{{1,6}}(?:\.\d{{1,3}})?(?:{_AZ}(?!{_AZ}))?"
_YEAR = rf"{_SP}/{_SP_AFTER}(?:19|20)\d\d(?!\d)"
# A dash between codes; an en dash too (``4144/GDĐT – VP``), read as a dash.
_DASH = "[-–]"
# State: number[/year]/type-organ, or number/organ-unit (công văn: two segments at least).
# The legislature's number split from ``QH`` by a stray space (``04/2012/UBTVQH 13``).
_TERM = r"(?:(?<=QH)[ \t]\d{2}(?![\d\p{L}/\-]))?"
_STATE = (rf"{_NUM}(?:{_YEAR}{_then('/')}{_then(_DASH)}{{0,4}}|{_then('/')}{_then(_DASH)}{{1,4}})"
          + _TERM)
# Party: number-type/organ, maybe marked internal (``/nb``: ``[party_suffix]``).
_PARTY_SUFFIXES = frozenset(_DATA["party_suffix"]["forms"])
_PARTY_SUFFIX = "|".join(map(regex.escape, sorted(_PARTY_SUFFIXES)))
_PARTY = (rf"{_NUM}{_then(_DASH)}{_then('/')}{_then(_DASH)}{{0,3}}"
          rf"(?:/(?:{_PARTY_SUFFIX})(?![\p{{L}}\d]))?")
# Not inside another token: no digit, letter, slash, dot or dash just before,
# except a glued `số` (`số2033-TB/TU`).
# Old State numbers of one code (``Quyết định số 118/TTg``, ``Nghị định số 61/CP``,
# before the type-organ form): only right after ``số``, where nothing else is meant.
# The same right after ``số``: a công văn's organ and unit joined by a dot for the dash
# (``Công văn số 1234/UBND.KT``, ``số 45/SYT.NVY``), the whole of it the number; and a
# company's number with its year after its code (``công văn số 09/HDTL/2025``).
_OLD = rf"{_NUM}{_SP}/{_SP}{_SEG_LOOSE}(?:\.{_SEG_LOOSE}|{_YEAR})?(?![/\-–])"
# Old State numbers number-issuer (``Quyết định số 169-CP``, ``Nghị định 404-CP``): the
# issuer codes of ``[old_state]``, only right after ``số`` or a type word.
_OLD_CODES = "|".join(sorted({regex.escape(f) for c in _DATA["old_state"]["codes"]
                              for f in (c, _bare(c))}, key=len, reverse=True))
_TYPE_WORD_FORMS = [f for row in _DATA["type_word"] for f in row["forms"]]
_OLD_LEAD = _phrase_pattern([*_DATA["number_word"]["forms"], *_TYPE_WORD_FORMS])
_OLD_DASH = rf"{_NUM}{_SP}{_DASH}{_SP}(?:{_OLD_CODES})(?![\p{{L}}\d/\-–])"
# The same codes after a slash, right after a type word with no ``số`` (``Nghị định
# 61/CP``, ``Chỉ thị 217/CT``, ``Nghị quyết 30/HĐBT``); after ``số`` ``_OLD`` reads them.
_OLD_SLASH_LEAD = _phrase_pattern(_DATA["old_state"]["slash_leads"])
_OLD_SLASH = rf"{_NUM}{_SP}/{_SP}(?:{_OLD_CODES})(?![\p{{L}}\d/\-–])"
# Any one code after a slash, right after a type word of ``bare_leads`` with no ``số``
# (``Công văn 05/UBND``, ``Kế hoạch 20/KH``): read as ``_OLD`` reads it after ``số``.
_BARE_LEAD = _phrase_pattern(_DATA["old_state"]["bare_leads"])
# A firm's own letter numbers its serial in two dash-joined parts before the codes
# (``công văn số 25-2303/PBHC-KD``, ``số 0825-01/HW-TCHQ``): only right after ``số``,
# where a range or a date is not meant.
_SERIAL = rf"\d{{1,4}}-{_NUM}{_then('/')}{_then(_DASH)}{{0,4}}"
# After ``số``: one or two blanks, or a line break (``công văn số`` / ``0825-04/HW-TCHQ``).
_AFTER_SO = r"(?:[ \t]{1,2}|[ \t]?\n[ \t]*)"
_NUMBER = regex.compile(
    rf"(?:(?<![\w/.\-])|(?<=(?i:{_lit('so')})))(?:(?P<party>{_PARTY})|(?P<state>{_STATE})"
    rf"|(?<=(?<![\w])(?i:{_lit('so')}){_AFTER_SO})(?P<old>{_OLD})"
    rf"|(?<=(?<![\w])(?i:{_lit('so')}){_AFTER_SO})(?P<serial>{_SERIAL})"
    rf"|(?<=(?<!\p{{L}})(?i:{_OLD_LEAD})[ \t]{{1,2}})(?P<olddash>{_OLD_DASH})"
    rf"|(?<=(?<!\p{{L}})(?i:{_OLD_SLASH_LEAD})[ \t]{{1,2}})(?P<oldslash>{_OLD_SLASH})"
    rf"|(?<=(?<!\p{{L}})(?i:{_BARE_LEAD})[ \t]{{1,2}})(?P<bare>{_OLD}))"
)
# Where a number can start, on the lower-case copy of common text (see
# :mod:`vbcd.extract.textscan`): every number is digits, maybe a decimal part and a
# letter, maybe two spaces, then a slash or a dash. Slashes and dashes are found with
# ``str.find``; reading back from each gives the one or two places where such digits
# could start (``_number_starts``), and ``_NUMBER`` is tried only there.
_MAX_DIGITS, _MAX_DECIMALS, _MAX_SPACES = 6, 3, 2
#: Leading zeros a number may have beyond ``_MAX_DIGITS`` (``_NUM``).
_MAX_ZEROS = 2


def _digits_fit(low: str, run: int, count: int) -> bool:
    """Whether the ``count`` digits at ``run`` can be a number's: six at most, or up to
    two more that are leading zeros (``0012345``)."""
    extra = count - _MAX_DIGITS
    return extra <= 0 or (extra <= _MAX_ZEROS and low.startswith("0" * extra, run))

_PARTY_PARTS = regex.compile(r"(?P<num>[^-]+)-(?P<type>[^/]+)/(?P<organ>.+)")
_STATE_PARTS = regex.compile(
    r"(?P<num>[^/]+)/(?:(?P<year>\d{4})/(?P<codes>.+)"
    r"|(?P<codes>.*\p{L}.*?)/(?P<year>(?:19|20)\d\d)|(?P<codes>.+))$")


@dataclass
class _Number:
    value: str
    family: str
    type_code: str | None
    organ_code: str | None
    year: str | None


def _codes(family: str) -> dict[str, str]:
    """Type code -> name for one numbering family (doc_types plus reference extras)."""
    out: dict[str, str] = {}
    for row in load("doc_types")["type"]:
        if family in row.get("families", []):
            out.setdefault(row["code"], row["name"])
    for code, name in _DATA["extra_codes"].get(family, {}).items():
        out.setdefault(code, name)
    return out


_TYPE_CODES: dict[str, dict[str, str]] = {f: _codes(f) for f in ("state", "party")}
# The same codes keyed without diacritics (`QD` printed for `QĐ`); exact keys win.
_TYPE_CODES_BARE: dict[str, dict[str, str]] = {
    f: {_bare(c): c for c in reversed(list(codes))} for f, codes in _TYPE_CODES.items()
}


def _canonical_code(code: str, family: str) -> str | None:
    if code in _TYPE_CODES[family]:
        return code
    return _TYPE_CODES_BARE[family].get(code if code.isascii() else _bare(code))


def _parse_number(surface: str, family: str) -> _Number:
    """Split a number into its parts. The first State segment is a type code only if
    it is one (`45/QĐ-UBND`); otherwise the number is a công văn's (`15/UBND-VP`).

    The parts are cut with string methods where ``_PARTY_PARTS`` and ``_STATE_PARTS``
    say (the first dash, then the first slash; the first slash, then a four-digit
    year and a slash if something follows them, or else a year after the last slash of
    a code with a letter: ``215/PA/2025``)."""
    value = "".join(surface.split()).replace("–", "-")
    if family in ("old", "oldslash", "bare", "serial"):
        family = "state"
    if family == "free":  # a firm's own numbering: no part of it is known
        return _Number(value, "state", None, None, None)
    if family == "olddash":  # ``169-CP``: the issuer's code only
        return _Number(value, "state", None, value[value.find("-") + 1:], None)
    if family == "party":
        dash = value.find("-")
        slash = value.find("/", dash + 1)
        if dash < 1 or slash < dash + 2 or slash + 1 >= len(value):  # pragma: no cover
            return _Number(value, "party", None, None, None)  # the pattern's shape
        kind = value[dash + 1:slash]
        code = _canonical_code(kind, "party")
        organ = value[slash + 1:]
        cut = organ.rfind("/")
        if cut > 0 and organ[cut + 1:] in _PARTY_SUFFIXES:
            organ = organ[:cut]  # ``919-CV/VPTW/nb`` is the VPTW's, marked internal
        return _Number(value, "party", code or kind, organ, None)
    slash = value.find("/")
    if slash < 1 or slash + 1 >= len(value):  # pragma: no cover
        return _Number(value, "state", None, None, None)
    digits = value[slash + 1:slash + 5]
    year: str | None = None
    if len(value) > slash + 6 and value[slash + 5] == "/" and digits.isdecimal():
        year, codes = digits, value[slash + 6:]
    else:
        codes = value[slash + 1:]
    if year is None and len(codes) > 5 and codes[-5] == "/" and codes[-4:].isdecimal() and (
            codes[-4:-2] in ("19", "20")) and any(map(str.isalpha, codes[:-5])):
        # a firm's own numbering with its year last (``215/PA/2025``): no part of the code
        codes, year = codes[:-5], codes[-4:]
    segs = codes.split("-")
    code = _canonical_code(segs[0], "state") if len(segs) > 1 else None
    organ = "-".join(segs[1:]) if code else codes
    return _Number(value, "state", code, organ or None, year)


#: Type codes whose type word is followed by the document's kind before the number
#: (``Giấy phép môi trường số 215/GPMT-UBND``): the citation opens at the type word.
_KIND_CODES: frozenset[str] = frozenset(_DATA["kind_codes"]["codes"])
#: The type of a State number of an organ and its unit that no word names
#: (``[organ_unit_number]``).
_ORGAN_UNIT_TYPE: str = _DATA["organ_unit_number"]["type"]


def _code_type(num: _Number) -> str | None:
    if num.type_code is None:
        return None
    return _TYPE_CODES[num.family].get(num.type_code)


# --- type words and the lead before a number -------------------------------------------


@dataclass(frozen=True)
class _TypeWord:
    name: str
    generic: bool


def _type_words() -> dict[str, _TypeWord]:
    """Each type word and abbreviation, by its key (:func:`_key`)."""
    out: dict[str, _TypeWord] = {}
    for row in _DATA["type_word"]:
        for form in [*row["forms"], *row.get("abbreviations", ())]:
            out[_key(form)] = _TypeWord(row["name"], bool(row.get("generic", False)))
    return out


_TYPE_WORDS = _type_words()
_TW = _phrase_pattern(_TYPE_WORD_FORMS)
#: The type words and their abbreviations (``CV số``, ``QĐ số``): the abbreviations are
#: read only in the lead right before a number, never looked back for (``Sở KH&ĐT``).
_LEAD_WORD_FORMS = [*_TYPE_WORD_FORMS,
                    *(a for row in _DATA["type_word"] for a in row.get("abbreviations", ()))]
_TW_LEAD = _phrase_pattern(_LEAD_WORD_FORMS)
_SO = _phrase_pattern(_DATA["number_word"]["forms"])
_LEAD_WINDOW = 60
# Matched backwards from the number: `Nghị quyết số `, `số: `, `Nghị định `, `các văn
# bản: số ` (a colon between the type word and `số`: a list follows)
# (reverse matching reads the short window once, and greedily takes the longest lead).
_LEAD = regex.compile(
    rf"(?r)(?:(?<!\p{{L}})(?P<tw>(?i:{_TW_LEAD}))\s*)?"
    rf"(?:(?::[ \t]*)?(?<!\p{{L}})(?P<so>(?i:{_SO}))[ \t]*[:.]?\s*)?\Z"
)
# ``_LEAD`` for ``re``, on the lower-case copy of plain text read backwards from the
# number (``regex`` reads a reverse pattern the same way, from its end): the colon
# and spaces, ``số``, the spaces and the type word, each longest first, the
# look-behinds now look-aheads. It reads beyond the window only where the lead would
# reach past it; there ``_LEAD`` itself is asked (see ``_lead``).
_LEAD_BACKWARDS = re.compile(
    rf"(?:\s*[:.]?[ \t]*(?P<so>{_phrase_backwards(_DATA['number_word']['forms'])})"
    r"(?![^\W\d_])(?:[ \t]*:)?)?"
    rf"(?:\s*(?P<tw>{_phrase_backwards(_LEAD_WORD_FORMS)})"
    r"(?![^\W\d_]))?"
)
_TW_ANY = regex.compile(rf"(?<!\p{{L}})(?i:{_TW})(?!\p{{L}})")
_TW_LAST = regex.compile(rf"(?r)(?<!\p{{L}})(?i:{_TW})(?!\p{{L}})")
_NOT_CITED = regex.compile(
    rf"(?r)(?<!\p{{L}})(?i:{_phrase_pattern(_DATA['not_cited']['words'])})\s*"
    rf"(?:(?i:{_SO})[ \t]*[:.]?\s*)?\Z"
)


# The type words as the data spells them, in the usual letter cases: found without
# making a key (each maps to what the key finds).
_TYPE_WORDS_AS_WRITTEN: dict[str, _TypeWord] = {
    v: _TYPE_WORDS[_key(v)]
    for row in _DATA["type_word"] for form in row["forms"]
    for v in (form, form.lower(), form.upper(), form[:1].upper() + form[1:].lower())
    if _key(v) in _TYPE_WORDS
}


def _type_word(surface: str) -> _TypeWord | None:
    found = _TYPE_WORDS_AS_WRITTEN.get(surface)
    return found if found is not None else _TYPE_WORDS.get(_key(surface))


_LOOKBACK_WORDS: int = _DATA["type_lookback"]["max_words"]
_LOOKBACK_CUT = regex.compile(
    r"(?r)[;.()\[\]“”\"]|\n[ \t]*\n|(?P<comma>,)\s*(?P<next>\S?)|(?P<colon>:)|(?P<digits>\d+)"
)
_YEAR_TOKEN = regex.compile(r"(?:19|20)\d\d")


def _lookback_cut(window: str) -> int:
    """Where the phrase that ends ``window`` begins: after the last punctuation or
    number, except what a title can hold (a year: `Luật Các tổ chức tín dụng 2024`;
    a comma before a lower-case word: `Luật Khoa học, công nghệ và ...`; a colon
    right before the number: `các Nghị quyết của Quốc hội: số 55/2010/QH12`)."""
    for m in _LOOKBACK_CUT.finditer(window):  # from the end backwards
        if m.group("comma"):
            if m.group("next")[:1].islower():
                continue
            return int(m.end("comma"))
        if m.group("colon") and not window[m.end():].strip():
            continue
        if m.group("digits") and _YEAR_TOKEN.fullmatch(m.group("digits")):
            continue
        return int(m.end())
    return 0


def _lookback_type(text: str, bare: str, start: int) -> tuple[int, _TypeWord] | None:
    """Nearest capitalised type word before ``start`` in the same phrase: a named act
    (`Luật Doanh nghiệp số 59/2020/QH14`) whose number carries no type code."""
    lo = max(0, start - 12 * _LOOKBACK_WORDS)
    window = bare[lo:start]
    cut = _lookback_cut(window)
    best: regex.Match[str] | None = None
    for m in _TW_LAST.finditer(window, cut):  # the nearest capitalised one
        if text[lo + m.start()].isupper():
            best = m
            break
    if best is None or len(window[best.end():].split()) > _LOOKBACK_WORDS:
        return None
    tw = _type_word(best.group(0))
    return None if tw is None else (lo + best.start(), tw)


# --- the header: the document's own number ----------------------------------------------

_HEADER = _DATA["header"]
_HEADER_PREFIX = regex.compile(
    rf"[\s|*#_>]*(?:{_lit('so')}\w{{0,2}}[ \t]*[:.]?[ \t]*)?", regex.IGNORECASE
)
_NATIONAL_PARTS: list[str] = [
    load("lexicon")["national_header"][k] for k in ("state", "party", "motto")
]
_NATIONAL_SOURCE = "|".join(f"(?:{part})" for part in _NATIONAL_PARTS)
_NATIONAL = regex.compile(_NATIONAL_SOURCE, regex.IGNORECASE)


def _lower_pattern(pattern: str) -> str:
    """A case-insensitive pattern for lower-case text: its letters in lower case,
    escapes (``\\S``) left as they are."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


def _national_low() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]] | None:
    """``_NATIONAL`` for the standard ``re`` on the lower-case copy of common text
    (much faster over a whole document), whole and part by part; ``None`` if ``re``
    cannot read it."""
    try:
        return (re.compile(_lower_pattern(_NATIONAL_SOURCE)),
                tuple(re.compile(_lower_pattern(p)) for p in _NATIONAL_PARTS))
    except re.error:  # pragma: no cover - the data uses plain syntax
        return None


_NATIONAL_FAST = _national_low()
_NATIONAL_LOW = _NATIONAL_FAST[0] if _NATIONAL_FAST is not None else None


def _national_spans(low: str) -> list[tuple[int, int]]:
    """The spans of ``_NATIONAL_LOW.finditer(low)``. Each part alone opens with a
    letter, which ``re`` jumps to from one occurrence to the next at C speed, where
    the alternation of the parts is tried at every character; so the parts are looked
    for one by one, and the alternation is tried only where one of them matched
    (the parts start with different words: a match of one never hides another's)."""
    assert _NATIONAL_FAST is not None
    whole, parts = _NATIONAL_FAST
    starts = sorted({m.start() for part in parts for m in part.finditer(low)})
    out: list[tuple[int, int]] = []
    last = 0
    for at in starts:
        if at < last:
            continue
        m = whole.match(low, at)
        if m is not None:
            out.append(m.span())
            last = m.end()
    return out


_LINE_SCAN = 2000  # header lines are short: never look further than this for them


@cache
def _lines_after(count: int) -> re.Pattern[str]:
    """``count`` non-empty lines (each with the empty ones before it; a line is empty
    when ``str.strip`` leaves nothing, and ``\\s`` is ``str.isspace``)."""
    return re.compile(rf"(?:(?:[^\S\n]*\n)*[^\S\n]*\S[^\n]*(?:\n|\Z)){{{count}}}")


def _after_lines(text: str, pos: int, count: int) -> int:
    """Offset after ``count`` non-empty lines starting at ``pos`` (bounded scan)."""
    stop = min(len(text), pos + _LINE_SCAN)
    m = _lines_after(count).match(text, pos, stop)
    return stop if m is None else m.end()


def _before_lines(text: str, pos: int, count: int) -> int:
    """Offset of the start of the ``count``-th non-empty line before ``pos`` (bounded)."""
    seen = 0
    floor = max(0, pos - _LINE_SCAN)
    while pos > floor:
        start = max(floor, text.rfind("\n", floor, pos - 1) + 1)
        if text[start:pos].strip():
            seen += 1
            if seen >= count:
                return start
        pos = start
    return floor


def _header_spans(text: str, folded: str, low: str | None) -> list[tuple[int, int]]:
    """Where a document header can be: the first lines, and the lines around each
    national header or motto (crawled pages often put a summary before the header).
    ``low``: the lower-case copy of common folded text, else ``None``."""
    spans = [(0, _after_lines(text, 0, _HEADER["max_lines"]))]
    national: Iterable[tuple[int, int]]
    if low is not None and _NATIONAL_FAST is not None:
        national = _national_spans(low)
    else:
        try:
            national = [m.span() for m in _NATIONAL.finditer(folded, timeout=_TIMEOUT)]
        except TimeoutError:  # pragma: no cover - the pattern is linear
            national = []
    for start, end in national:
        spans.append((
            _before_lines(text, start, _HEADER["lines_before_national"]),
            _after_lines(text, end, _HEADER["lines_after_national"]),
        ))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _is_own_number(
    text: str, bare: str, start: int, so: tuple[int, int] | None,
    header: list[tuple[int, int]],
) -> bool:
    """The document's own `Số: 45/QĐ-UBND` (asked only when no type word leads it;
    ``start`` is where its `số` or, without one, the number begins): in a header,
    after a capitalised `Số`, or at the start of its line (`sốl 0688/BYT-MT` in OCR)
    unless the line before ends with a title (`Luật Doanh nghiệp` / `số 59/...`)."""
    i = bisect_right(header, (start, len(text) + 1)) - 1
    if i < 0 or not header[i][0] <= start < header[i][1]:
        return False
    if so is not None and text[so[0]].isupper():
        return True
    floor = max(0, start - 40)
    line_start = text.rfind("\n", floor, start) + 1
    if line_start == 0 and floor > 0:
        return False
    if _HEADER_PREFIX.fullmatch(bare, line_start, start) is None:
        return False
    return _lookback_type(text, bare, line_start) is None


# --- date and issuer after the number ------------------------------------------------

# (a few of the words in a row: ``được ban hành ngày``, ``ngày ban hành``)
_DATE_GAP = regex.compile(
    rf"[\s,(]*(?:(?:{_phrase_pattern(_DATA['date_gap']['words'])})\s*){{0,3}}",
    regex.IGNORECASE,
)
_DATE_GAP_MAX = 40
_GAP_CHARS = " \t\n,("  # all matched by ``_DATE_GAP``'s ``[\s,(]*``
_OF = _phrase_pattern([_DATA["issuer"]["of_word"]])
# (in any case: a title in capitals cites ``... CỦA BAN THƯỜNG VỤ TỈNH ỦY``)
_OF_AFTER = regex.compile(rf"[ \t]*,?\s*(?<!\p{{L}})(?i:{_OF})\s*(?=\p{{Lu}})")
# What ``_OF_AFTER`` needs first, on the lower-case copy: a letter whose bare copy is
# the ``c`` of ``của`` after the same gap (``re`` and ``regex`` agree on ``\s`` there).
_OF_AFTER_C = re.compile(
    r"[ \t]*,?\s*[" + "".join(sorted({c.lower() for c in _bare_to("c") + _bare_to("C")}))
    + "]"
)
_ISSUER_MAX: int = _DATA["issuer"]["max_words"]
_STOP_WORDS = frozenset(fold_tones(w) for w in _DATA["issuer"]["stop_words"])
_STOP_PHRASES = frozenset(fold_tones(p) for p in _DATA["issuer"]["stop_phrases"])
_TITLE_PHRASES = frozenset(fold_tones(p).casefold() for p in _DATA["issuer"]["title_phrases"])
_GOES_ON = frozenset(fold_tones(p) for p in _DATA["issuer"]["goes_on_phrases"])
_NUMBERED_AFTER = tuple(
    tuple(fold_tones(p).casefold().split()) for p in _DATA["issuer"]["numbered_after"])


def _numbered_goes_on(words: list[str], clean: str) -> bool:
    """Does the number ``clean`` go on the organ phrase ``words`` (``Ban Chỉ đạo`` +
    ``389``: a committee named by the act that set it up)?"""
    if not (clean.isdigit() and len(clean) <= 4):
        return False
    folded = [fold_tones(w).casefold() for w in words[-3:]]
    return any(tuple(folded[-len(p):]) == p for p in _NUMBERED_AFTER)
_TOKEN = regex.compile(r"\S+")
#: Marks that end a token's word (``Trường)./.``: the ``/`` of a closing ``./.`` too).
_TRAIL = ",;.:)]!?”\"'…*/"


def _clean(tok: str) -> str:
    """``tok`` without its trailing punctuation, and cut at a markup tag glued to it:
    a converter's HTML table runs a cell's last word into the next cells (``tỉnh</td>
    <td>01/01/2025``), which no organ's name goes on into."""
    return tok.partition("<")[0].rstrip(_TRAIL)
#: A dash between two capitalised parts of one name (``Lao động - Thương binh``).
_DASHES = frozenset({"-", "–"})
#: The organ heads (the organ grammar's table) as a trie: first word folded to lower
#: case, then the nodes of the next words; the key ``""`` ends a head.
_HEAD_TRIE: dict[str, Any] = HEADS.root
#: Dashes an organ phrase may hold besides its words: they count for no word
#: (``Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Bắc Ninh``).
_DASHES_MAX = 2


#: The commas an issuer goes on across: a sector name's (``SERIES_COMMAS``) and a joint
#: title's, one official holding both (``Thông tư số 02/2017/TT-VPCP ... của Bộ trưởng,
#: Chủ nhiệm Văn phòng Chính phủ``: the positions table's titles with a comma).
_COMMAS_GOING_ON: frozenset[tuple[str, ...]] = SERIES_COMMAS | frozenset(
    (*words_of(t.split(",", 1)[0]), words_of(t.split(",", 1)[1])[0])
    for t in load("positions")["heads"]["titles"] if "," in t)
#: How many words such a comma may close (``Lao động,``).
_SERIES_LENGTHS = frozenset(len(k) - 1 for k in _COMMAS_GOING_ON)


def _series_comma(words: list[str], clean: str, tok: str, nxt: str) -> bool:
    """Is the comma ending ``tok`` one inside a sector name (``Bộ Lao động, Thương binh
    và Xã hội``) or a joint title (``Bộ trưởng, Chủ nhiệm``), which goes on with ``nxt``,
    rather than the end of the organ?"""
    if tok != clean + "," or not nxt[:1].isupper():
        return False
    return any(
        tuple(w.casefold() for w in (*words[len(words) - n + 1:], clean, nxt))
        in _COMMAS_GOING_ON
        for n in _SERIES_LENGTHS if n <= len(words) + 1)


def _name_goes_on(word: str, after: str = "") -> bool:
    """After a dash, does this word go on the organ's name? A capitalised word that
    does not open another organ (``Thương binh`` yes; ``Sở``, ``UBND`` no). A head's
    first word goes on when, with ``after`` (the word that follows it), it opens no
    head: ``Ngân`` opens ``Ngân hàng`` but not the ``Ngân sách`` of ``Ban Kinh tế -
    Ngân sách Hội đồng nhân dân tỉnh``, a People's Council's committee."""
    if not word[:1].isupper():
        return False
    node = _HEAD_TRIE.get(word.casefold())
    if node is None:
        return True
    nxt = _clean(after).casefold()
    return "" not in node and bool(nxt) and nxt not in node


def _date_at(
    bare: str, pos: int, dates: Sequence[DateMention], starts: list[int]
) -> DateMention | None:
    """The day-precision date right after ``pos``, across only a comma, `ngày`, `ký`..."""
    i = bisect_left(starts, pos)
    if i >= len(dates):
        return None
    dm = dates[i]
    if dm.start - pos > _DATE_GAP_MAX or dm.value is None:
        return None
    # a gap of spaces, commas and brackets only (the usual one) is one ``_DATE_GAP``
    # takes: no need to run it
    if bare[pos:dm.start].strip(_GAP_CHARS) and _DATE_GAP.fullmatch(bare, pos, dm.start) is None:
        return None
    if _opens_sentence(bare, pos, dm.start):
        return None
    return dm


def _opens_sentence(bare: str, pos: int, at: int) -> bool:
    """Does the date at ``at`` open a new sentence on its own line (``Ngày 10/3/2025,
    Ban Thường vụ ... họp``), rather than go on the citation that ends at ``pos``? It
    starts a line, and its first word is capitalised in small letters: a wrapped
    citation goes on in small letters (``ngày``, digits), a title in capitals in
    capitals (``NGÀY``). A Party notice's title citing an act is followed so by the
    meeting date that opens its preamble."""
    line = bare.rfind("\n", pos, at)
    return (line >= 0 and not bare[line + 1:at].strip()
            and bare[at:at + 1].isupper() and bare[at + 1:at + 2].islower())


def _year_at(
    bare: str, pos: int, dates: Sequence[DateMention], starts: list[int]
) -> DateMention | None:
    """The year written right after ``pos`` across blanks or a comma (``Kế hoạch số
    45/KH-UBND năm 2025 của UBND tỉnh``): the issuer may follow it as it follows a date."""
    i = bisect_left(starts, pos)
    if i >= len(dates):
        return None
    dm = dates[i]
    if dm.precision != "year" or bare[pos:dm.start].strip(" \t\n,"):
        return None
    return dm


#: A plural word right before a list's type word (``các Nghị quyết số A, B ngày D``).
_PLURAL_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?:{_phrase_pattern(_DATA['list_share']['plural'])})\s+\Z", regex.IGNORECASE)
#: A word saying the date after a list is all its numbers' (``số A và số B cùng ngày D``).
_SAME_DAY = regex.compile(
    rf"(?<!\p{{L}})(?:{_phrase_pattern(_DATA['list_share']['same_day'])})(?!\p{{L}})",
    regex.IGNORECASE)


# Where token ``k`` of a window starts (``[k]``), and a blank line between two tokens.
# On common text ``re`` reads ``\\s`` as ``regex`` and ``str.split`` do (see
# :mod:`vbcd.extract.textscan`).
_TOKEN_AT = [re.compile(rf"(?:\s*\S+){{{k}}}\s*")
             for k in range(_ISSUER_MAX + _DASHES_MAX + 2)]
_BLANK_GAP = re.compile(r"\n\s*\n")


def _capitals_line(window: str) -> int:
    """Where in ``window`` (an organ phrase and what follows it) the first line written
    in capitals starts, after a line in small letters; ``len(window)`` when none does.
    A title that ends ``... của Ủy ban nhân dân tỉnh`` is followed by the authority
    line ``ỦY BAN NHÂN DÂN TỈNH`` or a heading (``QUYẾT ĐỊNH:``): another block, not
    the rest of the organ's name, which goes on in the letter case it opened with."""
    at = window.find("\n")
    while at >= 0:
        end = window.find("\n", at + 1)
        line = window[at + 1:] if end < 0 else window[at + 1:end]
        if line.isupper() and not window[:at].isupper():
            return at
        at = end
    return len(window)


def _read_organ(bare: str, folded: str, pos: int, common: bool) -> tuple[str, int] | None:
    """The organ phrase starting at ``pos`` (:func:`_read_phrase`), read whole by the
    organ grammar where its name goes on past what the phrase reader stops at: a
    board's topic (``Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh``, ``Ban Chỉ đạo
    phòng, chống tội phạm, ... tỉnh``) or a small word after a comma (``Cục Phòng,
    chống HIV/AIDS``). Without it the date written after the issuer is lost too."""
    org = _read_phrase(bare, folded, pos, common)
    if org is None or not _may_go_on(folded, org[0], org[1]):
        return org
    return _organ_at(folded, pos, org[1]) or org


#: How far the organ grammar reads an issuer that goes on (a board's long name: 25 words).
_ORGAN_WINDOW = 240


def _may_go_on(folded: str, phrase: str, end: int) -> bool:
    """Whether the organ grammar may read on past ``end`` where the phrase reader
    stopped: before a comma and a small word, or after a board that takes a topic
    (``Ban Chỉ đạo``, ``Tổ công tác``, ``Hội đồng`` ...: the organ heads' ``topic``)."""
    if folded.startswith(",", end):
        nxt = folded[end + 1:end + 4].lstrip(" \t")
        return nxt[:1].islower()
    node: dict[str, Any] | None = _HEAD_TRIE
    head = None
    for word in phrase.split(" ", 4)[:4]:  # the longest head its first words make
        node = node.get(word.casefold()) if node is not None else None
        if node is None:
            break
        head = node.get("", head)
    return head is not None and bool(head.topic)


def _organ_at(folded: str, pos: int, end: int) -> tuple[str, int] | None:
    """The organ the organ grammar reads at ``pos``, when it ends beyond ``end``."""
    from vbcd.extract.organ_window import scan  # only at such a name: rare

    window = folded[pos:pos + _ORGAN_WINDOW]
    try:
        found = scan(window, window)
    except (regex.error, TimeoutError, RecursionError):  # pragma: no cover - damaged input
        return None
    for f in found:
        if f.start == 0 and pos + f.end > end:
            return " ".join(window[:f.end].split()), pos + f.end
    return None


def _read_phrase(bare: str, folded: str, pos: int, common: bool) -> tuple[str, int] | None:
    """The organ phrase starting at ``pos`` (upper case), stopped at a clause word,
    punctuation, a digit or a blank line; ``None`` when it runs past the word limit.
    ``common``: ``folded`` is common text (its tokens are then cut by ``str.split``).

    Returns the phrase (spaces collapsed) and its end offset."""
    reach = _ISSUER_MAX + _DASHES_MAX  # the tokens an organ phrase may hold
    stop = min(len(folded), pos + 20 * (reach + 3))
    if not common:
        return _read_organ_any(bare, folded, pos, stop)
    window = folded[pos:stop]
    # the tokens read (``reach + 3`` at most, the last two only looked at; the rest of
    # the window, unsplit, after them)
    tokens = window.split(None, reach + 3)
    blank = _BLANK_GAP.search(window)
    # the tokens before the first blank line: a blank line ends the phrase
    usable = len(window[:min(_capitals_line(window),
                             len(window) if blank is None else blank.start())].split())
    words: list[str] = []
    last = len(tokens) - 1
    caps = bool(tokens) and _in_capitals(tokens[0], tokens[1] if last else "")
    nxt = _clean(tokens[0]) if tokens else ""
    dashes = 0
    for k in range(min(usable, reach + 1)):
        tok = tokens[k]
        clean = nxt  # ``tok`` without its trailing punctuation
        nxt = _clean(tokens[k + 1]) if k < last else ""
        if clean in _DASHES and k and _name_goes_on(nxt, tokens[k + 2].split(None, 1)[0]
                                                     if k + 2 <= last else ""):
            if k - dashes >= _ISSUER_MAX:
                return None
            words.append(clean)  # ``Bộ Lao động - Thương binh và Xã hội``
            dashes += dashes < _DASHES_MAX
            continue
        if k and _numbered_goes_on(words, clean):
            words.append(clean)  # ``Ban Chỉ đạo 389 quốc gia``
            if clean != tok:
                break
            continue
        if not clean or not clean[0].isalpha() or (not k and not clean[0].isupper()):
            break
        # the token and the pair it opens, as the stop tables hold them (``_compared``)
        cmp, pair = (clean.lower(), f"{clean.lower()} {nxt.lower()}") if caps else (
            clean, f"{clean} {nxt}")
        if (cmp in _STOP_WORDS and f"{clean} {nxt}" not in _GOES_ON) or (
                pair in _STOP_PHRASES or pair.casefold() in _TITLE_PHRASES):
            break
        if k and cmp != clean.lower() and clean.lower() in _STOP_WORDS and window[
                :_TOKEN_AT[k].match(window).end()].rstrip(" \t").endswith("\n"):  # type: ignore[union-attr]
            break  # ``Ngày 10/3/2025, ...`` opening the next line: a new sentence
        # `và` joins two organs (`Bộ Tài nguyên và Môi trường`), not the next citation.
        if cmp == "và" and (not nxt[:1].isupper() or _TW_ANY.match(
                bare, at := pos + _TOKEN_AT[k + 1].match(window).end(),  # type: ignore[union-attr]
                at + 40) is not None):
            break
        if k - dashes >= _ISSUER_MAX:
            return None
        if clean != tok:
            if not _series_comma(words, clean, tok, nxt):
                words.append(clean)
                break
            clean = tok  # ``Lao động,`` of ``Lao động, Thương binh và Xã hội``
        words.append(clean)
    if not words:
        return None
    start = pos + _TOKEN_AT[len(words) - 1].match(window).end()  # type: ignore[union-attr]
    return " ".join(words), start + len(words[-1])


def _in_capitals(first: str, second: str) -> bool:
    """Is the organ phrase written in capitals (a title: ``BAN THƯỜNG VỤ TỈNH ỦY VỀ ...``)?
    Then its stop words are known in capitals too."""
    return len(first) > 1 and first.isupper() and (not second or second.isupper())


def _compared(clean: str, nxt: str, caps: bool) -> tuple[str, str]:
    """A token and the pair it opens, as the stop tables hold them (small letters)."""
    if caps:
        clean, nxt = clean.lower(), nxt.lower()
    return clean, f"{clean} {nxt}"


def _word_at(text: str, pos: int, stop: int) -> str:
    """The token after ``pos`` (before ``stop``), ``""`` when none."""
    m = _TOKEN.search(text, pos, stop)
    return "" if m is None else m.group(0)


def _read_organ_any(bare: str, folded: str, pos: int, stop: int) -> tuple[str, int] | None:
    """:func:`_read_organ` on any text, token by token."""
    words: list[str] = []
    end = pos
    last = pos
    # tokens read one ahead, as far as needed (the phrase is usually short)
    toks = _TOKEN.finditer(folded, pos, stop)
    following = next(toks, None)
    caps: bool | None = None
    capitals_at = pos + _capitals_line(folded[pos:stop])
    dashes = 0
    while following is not None:
        m, following = following, next(toks, None)
        if folded.count("\n", last, m.start()) > 1 or m.start() > capitals_at:
            break
        tok = m.group(0)
        clean = _clean(tok)
        nxt_at = following.start() if following is not None else m.end()
        nxt = _clean(following.group(0)) if following is not None else ""
        if clean in _DASHES and words and following is not None and _name_goes_on(
                nxt, _word_at(folded, following.end(), stop)):
            if len(words) - dashes >= _ISSUER_MAX:
                return None
            words.append(clean)  # ``Bộ Lao động - Thương binh và Xã hội``
            dashes += dashes < _DASHES_MAX
            last = m.end()
            continue
        if words and _numbered_goes_on(words, clean):
            words.append(clean)  # ``Ban Chỉ đạo 389 quốc gia``
            end = m.start() + len(clean)
            last = m.end()
            if clean != tok:
                break
            continue
        if not clean or not clean[0].isalpha() or (not words and not clean[0].isupper()):
            break
        if caps is None:
            caps = _in_capitals(clean, nxt)
        cmp, pair = _compared(clean, nxt, caps)
        if (cmp in _STOP_WORDS and f"{clean} {nxt}" not in _GOES_ON) or (
                pair in _STOP_PHRASES or pair.casefold() in _TITLE_PHRASES):
            break
        if words and clean.lower() in _STOP_WORDS and "\n" in folded[last:m.start()]:
            break  # a stop word opening the next line, capitalised: a new sentence
        if cmp == "và" and (
            not nxt[:1].isupper() or _TW_ANY.match(bare, nxt_at, nxt_at + 40) is not None
        ):
            break
        if len(words) - dashes >= _ISSUER_MAX:
            return None
        series = clean != tok and _series_comma(words, clean, tok, nxt)
        words.append(tok if series else clean)
        end = m.start() + len(words[-1])
        last = m.end()
        if clean != tok and not series:
            break
    if not words:
        return None
    return " ".join(words), end


def _issuer_after(bare: str, folded: str, pos: int, low: str | None) -> tuple[str, int] | None:
    """The organ after ``của`` right after ``pos``. ``low``: the lower-case copy of
    common text, where a cheap look first rules out places without a ``c`` there."""
    if low is not None and _OF_AFTER_C.match(low, pos, pos + 40) is None:
        return None
    m = _OF_AFTER.match(bare, pos, pos + 40)
    if m is None:
        return None
    org = _read_organ(bare, folded, m.end(), low is not None)
    if org is not None and org[0].startswith(_TOPIC_TEAMS):
        topic = _TOPIC_DATED.match(bare, org[1])
        if topic is not None:  # ``của Đoàn kiểm tra ... về an toàn thực phẩm tỉnh ngày D``
            return f"{org[0]} {' '.join(folded[org[1]:topic.end()].split())}", topic.end()
    return org


_BY_AFTER = regex.compile(
    rf"[ \t]*,?\s*(?<!\p{{L}})(?i:{_phrase_pattern(_DATA['issuer']['by_words'])})"
    rf"[ \t]+(?=\p{{Lu}})")
#: The maker verbs as the organ phrase's words (``lập``; ``thông qua``: two).
_MAKER_WORDS = tuple(tuple(fold_tones(w).split()) for w in _DATA["issuer"]["maker_verbs"])
_MAKER = _phrase_pattern(_DATA["issuer"]["maker_verbs"])
_MAKER_AFTER = regex.compile(rf"\s*(?i:{_MAKER})(?!\p{{L}})")
#: A topic after the organ that draws up or issues (``Đoàn kiểm tra liên ngành`` + ``về an
#: toàn thực phẩm``), then the verb: words without digits or stops, the first maker verb
#: ending it (the lazy count).
#: (a line may break inside it; ``về việc`` opens a letter's title, no team's topic)
_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"
_TOPIC_WORDS = int(_DATA["issuer"]["topic_max_words"])
_TOPIC = (rf"{_GAP}(?i:{_phrase_pattern([_DATA['issuer']['topic_word']])})"
          rf"(?!{_GAP}{_lit('viec')})"
          rf"(?:[ \t]*,?{_GAP}[\p{{L}}][\p{{L}}/&\-]*){{1,{_TOPIC_WORDS}}}?")
_TOPIC_MAKER = regex.compile(rf"{_TOPIC}(?={_GAP}(?i:{_MAKER})(?!\p{{L}}))")
#: The same topic after a team named with ``của`` (``topic_teams``), the date after it.
_TOPIC_DATED = regex.compile(rf"{_TOPIC}(?=[ \t]*,?\s*(?i:{_lit('ngay')})(?!\p{{L}}))")
_TOPIC_TEAMS = tuple(_DATA["issuer"]["topic_teams"])


def _issuer_by(bare: str, folded: str, pos: int, low: str | None) -> tuple[str, int] | None:
    """The organ after ``do`` right after ``pos`` that drew up or issued the document
    (``... số 08/BB-VPHC do Thanh tra Sở lập ngày``); the verb must follow it, and the
    returned end is the verb's start, so the date after the verb is read as the gap's."""
    m = _BY_AFTER.match(bare, pos, pos + 40)
    if m is None:
        return None
    org = _read_organ(bare, folded, m.end(), low is not None)
    if org is None:
        return None
    phrase, end = org
    words = phrase.split(" ")
    # a verb is read as the organ's words (``... Xây dựng lập hồi``, ``Hội đồng nhân dân
    # tỉnh thông qua ngày``)
    verb = next((i for i in range(len(words) - 1, 0, -1)
                 if any(tuple(words[i:i + len(v)]) == v for v in _MAKER_WORDS)), 0)
    if verb:
        return " ".join(words[:verb]), folded.rfind(words[verb], m.end(), end)
    if _MAKER_AFTER.match(bare, end) is not None:
        return org
    topic = _TOPIC_MAKER.match(bare, end)
    if topic is None:
        return None
    # ``do Đoàn kiểm tra liên ngành về an toàn thực phẩm lập ngày D``: the topic names
    # the team, and the date after the verb is the record's
    return f"{phrase} {' '.join(folded[end:topic.end()].split())}", topic.end()


# --- issuer and date before the type word ---------------------------------------------

_BEFORE = _DATA["issuer_before"]
#: A conjunction opening the sentence before its subject (``Sau khi``), any letter case.
_OPENER_WORDS = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _BEFORE["openers"]), key=len, reverse=True))
    + r") +", re.IGNORECASE)
_VERB_TAIL = regex.compile(
    rf"(?r)(?<!\p{{L}})(?:(?:{_phrase_pattern(_BEFORE['auxiliaries'])})\s+)?"
    rf"(?:{_phrase_pattern(_BEFORE['verbs'])})\s*\Z",
    regex.IGNORECASE,
)
#: the last submitting verb of an issuer phrase, before the capitalised organ submitted to
_SUBMITTED = regex.compile(
    rf"(?r)(?<!\p{{L}})(?:{_phrase_pattern(_BEFORE['submit_verbs'])})\s+(?=\p{{Lu}})")
_OF_LINK = regex.compile(
    rf"(?r)(?<!\p{{L}})(?:{_phrase_pattern(_BEFORE['link_nouns'])})\s+(?:{_OF})\s*(?=\p{{Lu}})",
    regex.IGNORECASE,
)
# ``_OF`` on the lower-case copy of plain text (no letter of another alphabet read bare)
_OF_LOW = re.compile(_OF)
_LINK_TAIL = regex.compile(
    rf"\s*(?:(?:{_phrase_pattern(_BEFORE['links'])})\s*|\(\s*)\Z", regex.IGNORECASE
)
_SENTENCE_CUT = regex.compile(r"(?r)[.;:!?\]|](?=\s)|\n[ \t]*\n")
_OPENER = regex.compile(r"\s*(?:\(?\d{1,2}[.)]\s+|[-+]\s+)?")
#: ``của`` opening a part of a sentence (after ``;``), before an organ.
_OF_START = regex.compile(rf"\s*(?:{_OF})\s*(?=\p{{Lu}})")
_COMMA = regex.compile(r"\s*,\s*")
#: The start of an aside in brackets that is a sentence of its own: a capital or a
#: date after the bracket (and any emphasis), as its date or its subject opens it.
_ASIDE_OPENS = regex.compile(r"[\s*_]*(?:\p{Lu}|ngày\s+\d)")


#: The link right before the type word of ``đề nghị của X tại <type> số``.
_LINK_AT_END = regex.compile(
    rf"(?r)\s+(?:{_phrase_pattern(_BEFORE['links'])})\s*\Z", regex.IGNORECASE)


#: How a line that runs on into the next ends (a list of organs, a name's link).
_JOINS = (",", "-", "–", " và", " của", " với")


def _opens_head(phrase: str) -> bool:
    """Whether ``phrase`` opens with an organ's head (``Ủy ban``, ``Sở``), its first
    word capitalised."""
    words = phrase.split(None, 2)
    if not words or not words[0][:1].isupper():
        return False
    node = _HEAD_TRIE.get(fold_tones(words[0]).casefold())
    return node is not None and ("" in node or (
        len(words) > 1 and fold_tones(words[1]).casefold() in node))


def _linked_phrase(text: str, start: int, lead: int) -> str | None:
    """The organ between ``của`` (ending at ``start``) and the link before the type word
    (``lead``), read whole when the organ reader stopped short of the link at a comma of
    the organ's own name (``Xét đề nghị của Hội đồng bồi thường, hỗ trợ và tái định cư
    thành phố X tại Tờ trình số ...``): a short capitalised phrase without digits or a
    stop inside."""
    link = _LINK_AT_END.search(text, start, lead)
    if link is None:
        return None
    phrase = " ".join(text[start:link.start()].split())
    if (not phrase or not phrase[0].isupper()
            or len(phrase.split()) > _BEFORE["link_max_words"]
            or any(ch.isdigit() or ch in ";.:()" for ch in phrase)):
        return None
    return phrase


def _before(
    text: str, bare: str, folded: str, lead: int,
    dates: Sequence[DateMention], starts: list[int], common: bool, low: str | None = None,
) -> tuple[str | None, str | None]:
    """Issuer and date written before the citation, in the same sentence:
    `Ngày D, <organ> đã ban hành <type> số ...`, `đề nghị của <organ> tại <type> số`.
    A subject that is itself a cited act (`Pháp lệnh ... do Bộ Công an trình`) is not."""
    lo = max(0, lead - 250)
    last_cut = _SENTENCE_CUT.search(bare, lo, lead)
    if last_cut is None and lo > 0:
        return None, None
    cut = 0 if last_cut is None else last_cut.end()
    # `của <organ> tại|( <type> số` (on plain text, only where there is a `của`)
    plain = low is not None and bare is text
    of = (None if plain and _OF_LOW.search(low, cut, lead) is None  # type: ignore[arg-type]
          else _OF_LINK.search(bare, cut, lead))
    if of is None and last_cut is not None and bare[last_cut.start()] == ";":
        # ``Theo đề nghị của Bộ X tại Tờ trình số ...; của Ủy ban nhân dân tỉnh Y tại
        # Tờ trình số ...``: the link noun of the part before holds for this one
        of = _OF_START.match(bare, cut, lead)
        if of is not None:
            back = _SENTENCE_CUT.search(bare, max(0, last_cut.start() - 250), last_cut.start())
            if _OF_LINK.search(bare, 0 if back is None else back.end(),
                               last_cut.start()) is None:
                of = None
    if of is not None:
        org = _read_organ(bare, folded, of.end(), common)
        if org is not None and _LINK_TAIL.fullmatch(bare, org[1], lead) is not None:
            return org[0], None
        linked = _linked_phrase(text, of.end(), lead)
        if linked is not None:
            return linked, None
    verb = _VERB_TAIL.search(bare, cut, lead)
    if verb is None:
        return None, None
    paren = bare.rfind("(", cut, verb.start())
    if paren >= 0 and bare.find(")", paren, verb.start()) < 0 and _ASIDE_OPENS.match(
            bare, paren + 1, verb.start()) is not None:
        # an aside that is a sentence of its own (``... theo thẩm quyền (Ngày 23/10/2025,
        # Ngân hàng Nhà nước đã ban hành Quyết định số ...)``): it opens at its bracket
        cut = paren + 1
    opener = _OPENER.match(bare, cut, lead)
    s = cut if opener is None else opener.end()
    date: str | None = None
    tries = [s]
    nl = bare.rfind("\n", s, verb.start())
    if nl >= 0:
        # the sentence may open the line under a short heading the cut stopped at
        # (``2. Cơ sở thực tiễn`` / ``Ngày 15/3/2025, UBND tỉnh đã ban hành Kế hoạch số``)
        under = _OPENER.match(bare, nl + 1, lead)
        tries.append(nl + 1 if under is None else under.end())
    for at in tries:
        i = bisect_left(starts, at)
        if i < len(dates):
            dm = dates[i]
            if dm.start - at <= 6 and dm.value is not None and dm.end <= verb.start():
                date = dm.value
                comma = _COMMA.match(bare, dm.end, lead)
                s = dm.end if comma is None else comma.end()
                break
    # `Tổng cục Thuế (nay là Cục Thuế) đã ban hành`: the aside is not the name.
    raw = text[s:verb.start()].split(" (")[0]
    line = raw.rfind("\n")
    if line >= 0 and not raw[:line].rstrip().endswith(_JOINS) and _opens_head(
            raw[line + 1:]):
        # a report's heading line with no stop before the sentence under it (``1. Công
        # tác lãnh đạo, chỉ đạo`` / ``Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số``):
        # the subject is the organ the new line opens with; a line ending with a
        # comma or a link goes on (``Bộ Chính trị,`` / ``Ban Bí thư đã có ...``)
        raw = raw[line + 1:]
    subject = " ".join(raw.split()).rstrip(_TRAIL)
    conjunction = _OPENER_WORDS.match(subject)
    if conjunction is not None:  # ``Sau khi Thủ tướng Chính phủ ban hành``: the subject
        subject = subject[conjunction.end():]
    submitted = _SUBMITTED.search(subject)
    if submitted is not None:  # ``Bộ Y tế đã trình Chính phủ ban hành``: the government's
        subject = subject[submitted.end():]
    if (
        not subject
        or not subject[0].isupper()
        or len(subject.split()) > _BEFORE["max_words"]
        or any(ch.isdigit() for ch in subject)
        or _TW_ANY.match(bare, s, lead) is not None
    ):
        return None, date
    return subject, date


# --- issuer from the organ code --------------------------------------------------------

_ORGANS: dict[str, dict[str, str]] = {
    "state": _DATA["organ_issuer"]["state"],
    "party": _DATA["organ_issuer"]["party"],
}
_ORGAN_TERMS: dict[str, str] = _DATA["organ_issuer"]["pattern"]
_ORGAN_TERM = regex.compile(
    r"(?P<code>" + "|".join(sorted(_ORGAN_TERMS, key=len, reverse=True)) + r")\d{1,2}"
)


#: The last year an organ of ``organ_issuer`` issued under its code.
_ORGAN_UNTIL: dict[str, int] = _DATA["organ_issuer_until"]


def _organ_issuer(num: _Number, year: int | None = None) -> str | None:
    """The issuer an unambiguous organ code stands for (`CP`, `QH15`), else ``None``;
    ``year``: the citation's, which rules out an organ that no longer existed then."""
    if not num.organ_code:
        return None
    first = num.organ_code.split("-")[0]
    # a State organ in Party-style numbering (`16-CT/TTg`) is still that organ
    name = _ORGANS[num.family].get(first) or _ORGANS["state"].get(first)
    if name:
        last = _ORGAN_UNTIL.get(first)
        if last is not None and year is not None and year > last:
            return None  # ``12/TTr-HĐBT`` of 2025: a board's code, no longer that organ
        return name
    m = _ORGAN_TERM.fullmatch(first)
    return _ORGAN_TERMS[m["code"]] if m else None


# --- assembly -------------------------------------------------------------------------

# Between two items of one list: `15/CT-TTg, ngày 27/3/2020, số 16-CT/TTg`.
_CHAIN_GAP = regex.compile(
    rf"\s*(?:,\s*(?:{_lit('va')}\s+)?|{_lit('va')}\s+)?\s*", regex.IGNORECASE
)
_CHAIN_GAP_MAX = 20
#: A semicolon between two citations of one list: it chains them only when the second
#: repeats ``số`` under no type word and the first names no issuer after it (``Công văn
#: số A ngày D1; số B ngày D2 của X``; after ``... của Bộ Chính trị;`` a new item starts).
_SEMI_GAP = regex.compile(r"\s*;\s*")
#: A list head: a plural type word, maybe its issuer, and a colon before the first
#: ``số`` (``các Nghị quyết của Quốc hội: số A ngày D1 về X; số B ngày D2 về Y``): each
#: item after a ``;`` that opens with ``số`` is of that type, whatever its subject says.
_COLON_HEAD = regex.compile(
    rf"(?<!\p{{L}})(?i:{_phrase_pattern(_DATA['list_share']['plural'])})\s+"
    rf"(?P<tw>(?i:{_TW}))(?!\p{{L}})[^.;:\n]{{0,80}}(?:\n[^.;:\n]{{0,80}})?:\s*(?i:{_SO})\s")
#: How far back a list's head is looked for from an item (a few items with subjects).
COLON_LIST_REACH = 900
#: What ends a list: a sentence's stop, a blank line, a new line that opens a clause.
_LIST_END = regex.compile(r"\.\s|\n[ \t]*\n|[;:]\s*\n[ \t*_]*\p{Lu}")
_ITEM_SEMI = regex.compile(r";\s*")
_SO_AT = regex.compile(rf"(?i:{_SO})\s")


def _colon_list_word(bare: str, start: int) -> _TypeWord | None:
    """The plural type word of the colon list whose item ``start`` (a ``số`` after a
    ``;``) is, or ``None``. Every ``;`` between the head and the item opens another
    ``số`` item, and no stop ends the list first."""
    semi = bare.rfind(";", max(0, start - 8), start)
    if semi < 0 or bare[semi + 1:start].strip():
        return None
    lo = max(0, start - COLON_LIST_REACH)
    head: regex.Match[str] | None = None
    for m in _COLON_HEAD.finditer(bare, lo, start):
        head = m
    if head is None or _LIST_END.search(bare, head.end(), start) is not None:
        return None
    for m in _ITEM_SEMI.finditer(bare, head.end(), start):
        if _SO_AT.match(bare, m.end()) is None:
            return None
    return _type_word(head.group("tw"))


@dataclass
class _Found:
    ref: Reference
    word: _TypeWord | None  # the type word this citation carries (own or shared)
    tail: int  # end of the number, its date and its issuer
    #: the issuer written before the citation (``đề nghị của X tại ...``), which the
    #: citations listed after it share
    lead_issuer: str | None = None
    #: the issuer was written right after the citation (``... ngày D của X``): the
    #: citations listed before it with none share it
    issuer_after: bool = False
    #: the date was written right after the number or its issuer (``... ngày D``)
    date_after: bool = False
    #: the citation repeats ``số`` but not the type word of the one before
    #: (``Công văn số A, số B``)
    shared_word: bool = False
    #: its type word, own or shared, is plural before Party numbers (``các Nghị quyết
    #: số A, B``): the list's numbers share the date written after the last one
    plural: bool = False
    #: its date is said to be the list's (``số A và số B cùng ngày D``)
    same_day: bool = False


#: Between two citations of one list (``..., các văn bản số ...``, ``... và Báo cáo số``).
_LIST_GAP = regex.compile(rf"\s*(?:,\s*(?:{_lit('va')}\s+)?|{_lit('va')}\s+)(?:{_lit('cac')}\s+)?",
                          regex.IGNORECASE)


@dataclass
class _Scan:
    """One text prepared for reading citations."""

    text: str
    bare: str
    folded: str
    dates: list[DateMention]
    starts: list[int]
    #: where a header can be (:func:`_header_spans`); ``None`` until a citation needs them
    header: list[tuple[int, int]] | None
    common: bool  # ``folded`` is common text (see :mod:`vbcd.extract.textscan`)
    low: str | None  # its lower-case copy then
    backwards: str | None  # that copy read backwards, when the text is plain
    #: end of the first lines, the first header span (-1: not yet read)
    head_end: int = -1

    def header_for(self, start: int) -> list[tuple[int, int]]:
        """The header spans, as far as the place ``start`` needs them.

        Inside the first lines, they alone do: the merged span that holds ``start``
        starts with them. Elsewhere every span is found (the national headers: a
        scan of the whole text, which about half the documents never need)."""
        if self.header is not None:
            return self.header
        if self.head_end < 0:
            self.head_end = _after_lines(self.text, 0, _HEADER["max_lines"])
        if start < self.head_end:
            return [(0, self.head_end)]
        self.header = _header_spans(self.text, self.folded, self.low)
        return self.header


def find_references(
    text: str, dates: Sequence[DateMention] = (), *, match: str | None = None
) -> list[Reference]:
    """Every cited numbered document in ``text``, sorted by start.

    ``dates`` are the date mentions of the same text (``find_dates``); a date
    written right after a number (``, ngày 20/7/2021``) becomes its ``date``.
    Each mention is one record (a document cited twice gives two); merge them
    with :func:`reference_key`. The document's own number in its header is skipped.
    ``match``: the tone-folded copy of ``text`` when the caller has it.
    """
    if not text:
        return []
    folded = textscan.folded(text, match)
    prep = textscan.prepared(folded)
    low = prep.low
    # folding tones changes Vietnamese letters only: the text has a foreign letter when
    # its folded copy has one, which the shared scan of the folded copy tells
    readable = text if prep.plain else _readable(text)
    backwards = low[::-1] if low is not None else None
    size = len(text)
    good = [d for d in dates if 0 <= d.start <= d.end <= size]
    good.sort(key=_START)
    scan = _Scan(
        text=text,
        bare=readable,  # the patterns read it as the bare copy (see ``_lit``)
        folded=folded,
        dates=good,
        starts=[d.start for d in good],
        header=None,  # read when needed (``_Scan.header_for``)
        common=low is not None,
        low=low,
        backwards=backwards if prep.plain else None,
    )
    found: list[_Found] = []
    try:
        numbers = _numbers(readable, low, backwards)
    except TimeoutError:  # pragma: no cover - linear patterns; damaged input only
        return []
    matches = _with_free(readable, low, numbers)
    for m in matches:
        listed = [] if m.lastgroup == "free" else _listed_before(scan.bare, m.start())
        item = _citation(scan, m, found[-1] if found else None,
                         listed[0][0] if listed else None)
        if item is None:
            continue
        if listed:
            if item.ref.start > listed[0][0]:  # no ``số`` before the list: bare numbers
                listed = []
            else:
                found += _listed_citations(text, item, listed)
                item.ref = item.ref.model_copy(update={"start": m.start(),
                                                       "text": text[m.start():m.end()]})
        found.append(item)
    _share_back(found, scan.bare)
    return [f.ref for f in found]


#: A number of a list that shares the next one's codes (``số 614, 615, 616-CV/VPTW``,
#: ``số 45 và 46/TB-VPCP``), right before where this pattern's match ends: its digits,
#: then a comma or ``và``.
_LISTED = regex.compile(
    rf"(?<![\w/\-.])(\d{{1,6}})[ \t]*(?:,|;|{_lit('va')}(?!\w))[ \t]*\Z", regex.IGNORECASE)
#: Numbers such a list may hold.
_LISTED_MAX = 12


def _listed_before(bare: str, num_start: int) -> list[tuple[int, int]]:
    """The digit spans of the numbers listed right before the number at ``num_start``,
    in text order (empty when none is)."""
    spans: list[tuple[int, int]] = []
    at = num_start
    while len(spans) < _LISTED_MAX:
        m = _LISTED.search(bare, max(0, at - 16), at)
        if m is None:
            break
        spans.append(m.span(1))
        at = m.start(1)
    spans.reverse()
    return spans


_NUMBER_DIGITS = regex.compile(r"\d{1,6}")


def _listed_citations(text: str, item: _Found, listed: list[tuple[int, int]]) -> list[_Found]:
    """One citation per number listed before ``item``'s (``số 614, 615, 616-CV/VPTW``):
    each shares its codes, type, date and issuer; the first opens with the list's
    type word and ``số``, the others are their digits."""
    ref = item.ref
    head = _NUMBER_DIGITS.match(ref.number)
    if head is None:  # pragma: no cover - a cited number opens with its digits
        return []
    out: list[_Found] = []
    for k, (a, b) in enumerate(listed):
        start = ref.start if k == 0 else a
        number = text[a:b] + ref.number[head.end():]
        out.append(_Found(ref.model_copy(update={
            "start": start, "end": b, "text": text[start:b], "number": number}),
            item.word, b, item.lead_issuer, item.issuer_after))
    return out


def _share_back(found: list[_Found], bare: str) -> None:
    """``Công văn số 4216/UBND-NC ngày ... và Công văn số 4478/UBND-NC ngày ... của Chủ
    tịch UBND tỉnh``: a citation with no issuer, listed right before one whose issuer is
    written after it, shares that issuer. ``Công văn số 1017/BTNMT-TCMT, số
    1016/BTNMT-TCMT ngày D của X``: a citation with no date, listed right before one that
    repeats ``số`` under the same type word and has its date written after it, shares
    that date too (when its own number's year, if any, agrees). Bare numbers listed
    (``số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày D``) may each have had their own
    date: they keep none, unless the type word is plural before Party numbers (``các
    Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày D``) or the date is said to be shared (``cùng
    ngày D``). A semicolon parts two citations of one list only before a
    repeated ``số`` under the same type word."""
    for k in range(len(found) - 2, -1, -1):
        cur, nxt = found[k], found[k + 1]
        if _LIST_GAP.fullmatch(bare, cur.tail, nxt.ref.start) is None and not (
                nxt.shared_word and _SEMI_GAP.fullmatch(bare, cur.tail, nxt.ref.start)):
            continue
        if cur.ref.issuer is None and nxt.issuer_after and nxt.ref.issuer is not None:
            cur.ref = cur.ref.model_copy(update={"issuer": nxt.ref.issuer})
            cur.issuer_after = True  # (and passes it on to the one before)
        date = nxt.ref.date
        if (date is not None and cur.ref.date is None and nxt.date_after
                and (nxt.shared_word or nxt.plural or nxt.same_day)
                and cur.ref.year in (None, date[:4])):
            cur.ref = cur.ref.model_copy(update={"date": date, "year": date[:4]})
            cur.date_after = True  # (and passes it on to the one before)


class _Matched(Protocol):
    """What :func:`_citation` reads of a number found: a match of ``_NUMBER`` or a
    :class:`_FreeMatch`."""

    @property
    def lastgroup(self) -> str | None: ...  # pragma: no cover - a protocol

    def start(self) -> int: ...  # pragma: no cover - a protocol

    def end(self) -> int: ...  # pragma: no cover - a protocol


@dataclass(frozen=True)
class _FreeMatch:
    """A number of a firm's own numbering (``[free_number]``), read as a match."""

    at: int
    to: int
    lastgroup: str = "free"

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


_FREE_PARTS = int(_DATA["free_number"]["max_parts"])
#: ``[free_number]`` on the lower-case copy of the text: ``số`` (its literal start found
#: at C speed; no letter before it), then the token, with a separator, a digit and two
#: letters in a row; the letter case is checked on the text after (``_FREE_CASED``).
_FREE_LOW = re.compile(
    r"số(?<![^\W\d_]..)[ \t]*:?(?:[ \t]{1,2}|[ \t]?\n[ \t]*)"
    r"(?P<num>(?=[0-9a-zđ.\-/]*[a-zđ]{2})(?=[0-9a-zđ.]*[/\-])(?=[0-9a-zđ.\-/]*[0-9])"
    rf"[0-9a-zđ]+(?:[./\-][0-9a-zđ]+){{1,{_FREE_PARTS - 1}}})(?![^\W_]|[/\-])")
_FREE_CASED = re.compile(r"[0-9A-ZĐ./\-]+\Z")


def _with_free(text: str, low: str | None, found: Sequence[_Matched]) -> list[_Matched]:
    """``found`` (sorted matches of ``_NUMBER``) with the numbers of ``[free_number]``
    that none of them overlaps, in text order. A firm's number that goes on past the
    match at its start (``112/AB-XNK`` of ``112/AB-XNK/2025``) replaces it. ``low``: the
    lower-case copy of common text, else ``None`` (the text is then lowered here, when
    that keeps its length)."""
    lowered = low if low is not None else text.lower()
    if len(lowered) != len(text):  # pragma: no cover - a letter lowered to two
        return list(found)
    starts = [m.start() for m in found]
    kept: list[_Matched] = list(found)
    free: list[_Matched] = []
    for m in _FREE_LOW.finditer(lowered):
        a, b = m.span("num")
        if _FREE_CASED.match(text, a, b) is None:
            continue
        i = bisect_left(starts, b)
        if i and found[i - 1].end() > a:
            prior = found[i - 1]
            if not (prior.start() == a and prior.end() < b and text[prior.end()] in "/-."):
                continue  # a number of the State or Party grammar: read as such
            kept[i - 1] = _FreeMatch(a, b)  # cut short by the firm's own parts
            continue
        free.append(_FreeMatch(a, b))
    return sorted([*kept, *free], key=_START_OF) if free else kept


def _numbers(text: str, low: str | None,
             backwards: str | None = None) -> list[regex.Match[str]]:
    """The matches of ``_NUMBER`` in ``text``: tried only at the candidate places on
    common text (``low`` is its lower-case copy, ``backwards`` that copy reversed when
    the caller has it), everywhere otherwise."""
    if low is None:
        return list(_NUMBER.finditer(text, timeout=_TIMEOUT))
    # the pattern is linear and tried at a few places: no time limit
    out: list[regex.Match[str]] = []
    last = 0
    for at, sep in _number_starts_at(low, backwards):
        if at < last or not (_code_may_follow(text, sep) or _serial_may_follow(text, at, sep)):
            continue
        m = _NUMBER.match(text, at)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


# two characters whose bare copy is ``so``: a glued ``số`` (``số2033-TB/TU``)
_SO_GLUED = frozenset(a + b for a in _bare_to("s") for b in _bare_to("o"))


def _may_start(low: str, at: int) -> bool:
    """Whether ``_NUMBER``'s look-behind can hold at ``at``: no word character, slash,
    dot or dash before, or a glued ``số`` (``số2033-TB/TU``)."""
    if at == 0:
        return True
    before = low[at - 1]
    if not (before.isalnum() or before in "_/.-"):
        return True
    return low[at - 2:at] in _SO_GLUED


def _digits_before_sep(sep: str) -> re.Pattern[str]:
    """On the lower-case copy read backwards: a ``sep``, at most ``_MAX_SPACES`` spaces
    or tabs (a third rules it out), maybe a letter (``12a/``), then the digits that
    end there (``run``), maybe after a decimal point (``whole``: ``12.5/``). Read
    backwards, the separator opens the pattern, so ``re`` jumps from one to the next
    at C speed, and the digits before it are read by the pattern, not in Python."""
    return re.compile(re.escape(sep) + rf"[ \t]{{0,{_MAX_SPACES}}}+(?![ \t])[^\W\d_]?"
                      r"(?P<run>[0-9]+)(?:\.(?P<whole>[0-9]+))?")


# (the en dash too: a word processor's for a spaced hyphen, ``số 125 – TB/TU``)
_SEPS_BACKWARDS = tuple(_digits_before_sep(sep) for sep in "/-–")


def _number_starts(low: str, backwards: str | None = None) -> list[int]:
    """Sorted places where a ``_NUMBER`` match can start: the starts of the digit runs
    that stand right before a slash or a dash, hyphen or en dash (common text, lower-case copy;
    ``backwards``: that copy reversed, when the caller has it)."""
    return [at for at, _ in _number_starts_at(low, backwards)]


def _number_starts_at(low: str, backwards: str | None = None) -> list[tuple[int, int]]:
    """:func:`_number_starts`, each with the offset of the slash or dash after its
    digits (a start is read before one separator only: what stands between is
    digits, a decimal part, a letter and spaces)."""
    if backwards is None:
        backwards = low[::-1]
    size = len(low)
    found: dict[int, int] = {}
    for pattern in _SEPS_BACKWARDS:
        for m in pattern.finditer(backwards):
            sep = size - 1 - m.start()
            first, last = m.span("run")  # backwards: ``size - last`` is where it starts
            run = size - last
            if _digits_fit(low, run, last - first) and _may_start(low, run):
                found[run] = sep  # the digits of the number
            if m.group("whole") is not None and last - first <= _MAX_DECIMALS:
                first, last = m.span("whole")
                if last - first <= _MAX_DIGITS and _may_start(low, size - last):
                    found[size - last] = sep  # digits, then a decimal part (``12.5/``)
    return sorted(found.items())


def _code_may_follow(text: str, sep: int) -> bool:
    """Whether ``_NUMBER`` can go on after the separator at ``sep``: every form has,
    after it and at most three spaces or a line break, a code segment (an upper-case
    letter) or, after a slash, a year (``19..``, ``20..``). Dates (``20/7/2021``)
    and ranges (``2021 - 2025``, ``100-150mm``) are ruled out here, without the
    pattern. (Letters ``str.isupper`` does not know, of a newer Unicode than
    Python's, pass.)"""
    rest = text[sep + 1:sep + 5].lstrip(" \t\n")
    c = rest[:1]
    if not c or c.islower():
        return False
    if c.isupper() or not c.isascii():
        return True
    return text[sep] == "/" and rest[:2] in ("19", "20")


def _serial_may_follow(text: str, at: int, sep: int) -> bool:
    """Whether a firm's two-part serial (``_SERIAL``) can stand at ``at``: digits, a
    dash at ``sep`` and digits right after it, the whole right after ``số``."""
    if text[sep] != "-" or not text[sep + 1:sep + 2].isdigit():
        return False
    before = text[max(0, at - 12):at]
    if before[-1:] not in (" ", "\t", "\n"):
        return False
    word = before.rstrip(" \t\n")[-3:]  # (an indented line: up to eight blanks)
    return _bare(word[-2:]).casefold() == "so" and not word[:-2][-1:].isalnum()


_NO_SPAN = (-1, -1)


#: A law's type word read back from the ``pháp luật`` that ends its title, within a
#: clause (no stop or line break between); see ``[type_lookback]`` in references.toml.
_LOOKBACK = _DATA["type_lookback"]
_LAW_LEAD, _LAW_LAST = str(_LOOKBACK["law_title_end"]).rsplit(" ", 1)
_LAW_BACK = regex.compile(
    r"(?r)(?<!\p{L})(?P<tw>" + "|".join(map(regex.escape, _LOOKBACK["law_words"]))
    + r")(?!\p{L})[^.;\n]*\Z")
_LAW_TITLE_CHARS = int(_LOOKBACK["law_chars"])


def _lead(scan: _Scan, num_start: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The spans of the type word and of ``số`` before a number (``(-1, -1)`` where
    there is none): ``_LEAD``, read backwards with ``re`` on plain text."""
    lo = max(0, num_start - _LEAD_WINDOW)
    if scan.backwards is not None:
        size = len(scan.backwards)
        at = size - num_start  # where the text before the number starts, read backwards
        m = _LEAD_BACKWARDS.match(scan.backwards, at)
        if m is not None and size - m.end() >= lo:
            spans = []
            for group in ("tw", "so"):
                a, b = m.span(group)
                spans.append(_NO_SPAN if a < 0 else (size - b, size - a))
            return spans[0], spans[1]
    lead = _LEAD.search(scan.bare, lo, num_start)
    if lead is None:  # pragma: no cover - every group is optional: it always matches
        return _NO_SPAN, _NO_SPAN
    return lead.span("tw"), lead.span("so")


#: The first digits of a number split off by a stray space (OCR, a converter's
#: justified line: ``Nghị định số 1 17/2018/NĐ-CP``, ``số 12 34/QĐ-UBND``), right after
#: ``số``: one to three digits, one space, then the number's own digits.
_SPLIT_HEAD = regex.compile(
    rf"(?<!\p{{L}})(?i:{_SO})[ \t]*:?[ \t]{{1,2}}(?P<head>\d{{1,3}})[ \t]\Z")
#: At most this many digits in the joined number (``_NUM``'s bound).
_SPLIT_DIGITS = 6


def _split_head(bare: str, num_start: int) -> int:
    """Where the number at ``num_start`` really starts: before the digits split off
    it by a stray space right after ``số`` (``số 1 17/2018/NĐ-CP`` is 117/2018/NĐ-CP),
    else ``num_start``. Only after ``số``, where nothing but the number is written;
    the joined digits stay within a number's length."""
    m = _SPLIT_HEAD.search(bare, max(0, num_start - 16), num_start)
    if m is None:
        return num_start
    run = _NUMBER_DIGITS.match(bare, num_start)
    own = run.end() - num_start if run is not None else 0
    if own + len(m.group("head")) > _SPLIT_DIGITS:
        return num_start
    return int(m.start("head"))


def _citation(scan: _Scan, m: _Matched, prev: _Found | None,
              lead_at: int | None = None) -> _Found | None:
    """The citation of the number ``m``; its type word and ``số`` are read before
    ``lead_at`` when numbers sharing its codes are listed before it."""
    text, bare = scan.text, scan.bare
    num_start, num_end = _split_head(bare, m.start()), m.end()
    num = _parse_number(text[num_start:num_end], str(m.lastgroup))  # party or state

    tw_span, so_span = _lead(scan, num_start if lead_at is None else lead_at)
    word: _TypeWord | None = None
    start = num_start
    so: tuple[int, int] | None = None
    if so_span[1] > so_span[0]:  # a non-empty `số`
        so = so_span
        start = so[0]
    if tw_span[1] > tw_span[0]:
        if text[tw_span[0]:tw_span[1]] == _LAW_LAST and text.endswith(
                _LAW_LEAD + " ", 0, tw_span[0]):
            # ``Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15``: the small
            # ``luật`` of ``pháp luật`` ends the title; the type word opens it
            law = _LAW_BACK.search(text, max(0, tw_span[0] - _LAW_TITLE_CHARS), tw_span[0])
            if law is not None:
                tw_span = law.span("tw")
        word = _type_word(bare[tw_span[0]:tw_span[1]])
        start = tw_span[0]
    if word is None:
        if _is_own_number(text, bare, start, so, scan.header_for(start)):
            return None
        if _NOT_CITED.search(bare, max(0, start - 30), start) is not None:
            return None

    shared: _TypeWord | None = None
    if (
        word is None
        and prev is not None
        and prev.word is not None
        and start - prev.tail < _CHAIN_GAP_MAX
        and (_CHAIN_GAP.fullmatch(bare, prev.tail, start) is not None or (
            so is not None and not prev.issuer_after
            and _SEMI_GAP.fullmatch(bare, prev.tail, start) is not None))
    ):
        shared = prev.word
    if word is None and shared is None and so is not None and ";" in bare[max(0, start - 8):start]:
        shared = _colon_list_word(bare, start)

    # Type: a specific word; else the type code; else a shared or looked-back word.
    code_type = _code_type(num)
    ref_type: str | None
    if word is not None and not word.generic:
        ref_type = word.name
    elif code_type is not None:
        ref_type = code_type
        if word is None and shared is None and num.type_code in _KIND_CODES:
            # the type word named before the permit's kind (``Giấy phép khai thác
            # khoáng sản số 1450/GP-UBND``) opens the citation as it opens a named act
            back = _lookback_type(text, bare, start)
            if back is not None and back[1].name == code_type:
                start = back[0]
    elif word is not None:
        ref_type = word.name
    elif shared is not None:
        ref_type = shared.name
    else:
        ref_type = None
        back = _lookback_type(text, bare, start)
        if back is not None:
            start, word = back
            ref_type = None if word.generic else word.name
        if (ref_type is None and so is not None and num.family == "state"
                and num.organ_code and "-" in num.organ_code and m.lastgroup != "free"):
            ref_type = _ORGAN_UNIT_TYPE  # ``số 1890/STP-VB`` named by no word: a letter

    # Date and issuer written after the number, in either order.
    tail = num_end
    date: str | None = None
    issuer: str | None = None
    dm = _date_at(bare, tail, scan.dates, scan.starts)
    same_day = False
    written_year: str | None = None
    if dm is not None:
        same_day = _SAME_DAY.search(bare, tail, dm.start) is not None
        date, tail = dm.value, dm.end
    elif (ym := _year_at(bare, tail, scan.dates, scan.starts)) is not None:
        year_token = _YEAR_TOKEN.search(ym.text)
        written_year = year_token.group() if year_token else None
        tail = ym.end
    org = _issuer_after(bare, scan.folded, tail, scan.low)
    if org is None:
        # ``do X cấp`` follows the number or its date (``Giấy phép số 12/GP-BTNMT ngày
        # 25/6/2015 do Bộ Tài nguyên và Môi trường cấp``): the verb after it says so
        org = _issuer_by(bare, scan.folded, tail, scan.low)
    issuer_after = org is not None
    if org is not None:
        issuer, tail = org
        if date is None:
            dm = _date_at(bare, tail, scan.dates, scan.starts)
            if dm is not None:
                date, tail = dm.value, dm.end
    date_after = date is not None
    if m.lastgroup == "free" and word is None and not date_after:
        return None  # a firm's numbering is a document's only when named or dated
    lead_issuer: str | None = None
    if (date is None or issuer is None) and shared is None:
        b_issuer, b_date = _before(text, bare, scan.folded, start, scan.dates, scan.starts,
                                   scan.common, scan.low)
        if issuer is None:
            issuer = lead_issuer = b_issuer
        date = date or b_date
    if (issuer is None and prev is not None and prev.lead_issuer is not None
            and _LIST_GAP.fullmatch(bare, prev.tail, start) is not None):
        issuer = lead_issuer = prev.lead_issuer  # the list after ``đề nghị của X tại``
    if issuer is None or issuer.isupper():
        # a title in capitals names the issuer in capitals: the organ code's name, when
        # it has one, reads as the issuer is written elsewhere (``CHÍNH PHỦ``: Chính phủ)
        cited = num.year or (date[:4] if date else written_year)
        issuer = _organ_issuer(num, int(cited) if cited and cited.isdigit() else None) or issuer

    ref = Reference(
        start=start,
        end=num_end,
        text=text[start:num_end],
        type=ref_type,
        number=num.value,
        type_code=num.type_code,
        organ_code=num.organ_code,
        year=num.year or (date[:4] if date else written_year),
        date=date,
        issuer=issuer,
    )
    if word is not None:
        # (Party numbers only: a plenum's resolutions and conclusions are issued together,
        # ``các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017``; State ones run day by
        # day, ``các Công điện số 217/CĐ-TTg, 218/CĐ-TTg ... và 222/CĐ-TTg ngày D`` dates
        # the last)
        plural = num.family == "party" and _PLURAL_BEFORE.search(
            bare, max(0, start - _LEAD_WINDOW), start) is not None
    else:
        plural = shared is not None and prev is not None and prev.plural
    return _Found(ref, word or shared, tail, lead_issuer, issuer_after, date_after,
                  word is None and shared is not None and so is not None, plural, same_day)
