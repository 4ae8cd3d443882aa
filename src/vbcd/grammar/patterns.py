"""Compiled patterns of the document frame, built once from the data tables.

Patterns run on tone-folded text (see :func:`vbcd.normalize.fold_tones`), so a
table entry written ``ỦY`` also matches ``UỶ``. Every pattern here is linear:
alternations of literals and bounded repetitions only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Literal

import regex

from vbcd.grammar import load
from vbcd.normalize import fold_tones
from vbcd.syllables import TONE_MARKS, strip_marks

_I = regex.IGNORECASE
_V = regex.VERBOSE


def words_alt(words: Iterable[str], *, fold: bool = True) -> str:
    """A regex alternation of literal phrases, longest first, spaces flexible."""
    items = sorted({fold_tones(w) if fold else w for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


#: The marks that shape a Vietnamese vowel (circumflex, breve, horn), which OCR drops
#: as often as a tone mark (``Noi nhận``, ``Luu``).
_SHAPE_MARKS = ("\u0302", "\u0306", "\u031b")


def _any_tone(ch: str) -> str:
    """``ch`` as a class of its letter under any tone and any shape mark (``ơ``:
    ``[oòóỏõọôồ...ơờớởỡợ]``), for words OCR misreads the marks of; other characters
    as they are."""
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    tones = {unicodedata.normalize("NFC", base + t) for t in ("", *TONE_MARKS)}
    if len(tones) == 1 or any(len(f) != 1 for f in tones):
        return regex.escape(ch)  # no vowel: no tone mark composes with all of them
    forms = {unicodedata.normalize("NFC", base + s + t)
             for s in ("", *_SHAPE_MARKS) for t in ("", *TONE_MARKS)}
    return "[" + "".join(sorted(f for f in forms if len(f) == 1)) + "]"


def words_alt_any_tone(words: Iterable[str]) -> str:
    """:func:`words_alt` whose vowels match under any tone or shape mark (``Nới nhận``,
    ``Noi nhận``: an OCR'd ``Nơi nhận``), spaces flexible."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(
        "".join(r"\s+" if c == " " else _any_tone(c) for c in w) for w in items) + ")"


def words_trie(words: Iterable[str], *, fold: bool = True) -> str:
    """The strings of :func:`words_alt`, as a trie: common prefixes factored out, so
    that at each position the engine tests a few first characters instead of trying
    every phrase (a few hundred phrases, ignoring case, cost microseconds a character
    as a flat alternation). For patterns whose only use is whether they match: where
    the longest phrase wins matters, :func:`words_alt` keeps that order."""
    return "(?:" + trie_alternation({fold_tones(w) if fold else w for w in words},
                                    lambda ch: r"\s+" if ch == " " else regex.escape(ch)) + ")"


def trie_alternation(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """An alternation of ``words`` with common prefixes factored (valid for ``re`` and
    ``regex``; longer words tried first). The engine then tries one branch per
    character instead of every word, and the first characters of the top branches give
    it a set to jump between. ``char`` writes one character (a class of its
    spellings, say)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [char(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def one_of(*patterns: regex.Pattern[str], lookahead: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """One pattern that matches where any of ``patterns`` matches (for a yes/no test:
    one call instead of several). ``lookahead``, one per pattern ("" for none), is a
    condition put in front of that pattern (e.g. a minimum length)."""
    parts = []
    for i, p in enumerate(patterns):
        flags = "".join(f for f, bit in (("i", regex.IGNORECASE), ("m", regex.MULTILINE),
                                          ("s", regex.DOTALL), ("x", regex.VERBOSE))
                        if p.flags & bit)
        cond = lookahead[i] if i < len(lookahead) else ""
        parts.append(cond + (f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})"))
    return regex.compile("|".join(parts))


# The characters whose opening sets are listed (Latin and Vietnamese letters, digits,
# punctuation, the common blanks); a text opening with any other is always tried.
ALPHABET: frozenset[str] = frozenset(
    map(chr, [*range(0x09, 0x0E), *range(0x20, 0x250), *range(0x1E00, 0x1F00)]))


def class_body(chars: Iterable[str]) -> str:
    """The inside of a character class holding ``chars`` (every one escaped as a code
    point, ranges merged): valid for ``re`` and ``regex``, and inside a larger class."""
    codes = sorted(set(map(ord, chars)))
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = codes[i], codes[j]
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
        i = j + 1
    return "".join(parts)


def char_class(chars: Iterable[str], *, negate: bool = False) -> str:
    """A character class holding ``chars`` (see :func:`class_body`)."""
    return "[" + ("^" if negate else "") + class_body(chars) + "]"


class Gated:
    """A pattern used with ``match`` (anchored at the text's start), and the characters
    its matches can open with: a text opening with any other character is rejected
    without running the engine (a call costs about a microsecond; most lines open with
    a character that no pattern of a line list can start with).

    The opening set is found once by partial matching (can a text starting with this
    character match?), so it follows the pattern and its tables exactly."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.opening: frozenset[str] = frozenset(
            c for c in ALPHABET if pattern.match(c, partial=True))

    def match(self, text: str) -> regex.Match[str] | None:
        c = text[:1]
        if c in ALPHABET and c not in self.opening:
            return None
        return self.pattern.match(text)


_lex = load("lexicon")
_struct = load("structure")
_sig = load("signature")
_head = load("header")
_types = load("doc_types")

# --- header anchors -------------------------------------------------------------------

# OCR-tolerant national headers and motto (patterns kept in lexicon.toml).
NATIONAL_STATE = regex.compile(_lex["national_header"]["state"], _I)
NATIONAL_PARTY = regex.compile(_lex["national_header"]["party"], _I)
MOTTO = regex.compile(_lex["national_header"]["motto"], _I)
# A mass organisation's own motto (``ĐOÀN TNCS HỒ CHÍ MINH``), in capitals; the second
# group only below the header's first line (see lexicon.toml).
OWN_MOTTO = regex.compile(r"(?<!\p{L})(?:(?P<any>" + words_alt(
    _lex["national_header"]["own_mottos"]) + r")|(?P<below>" + words_alt(
    _lex["national_header"]["own_mottos_below"]) + r"))(?!\p{L})")

# Type codes, longest first; the code part of a number is matched on its own.
TYPE_CODES: dict[str, list[dict[str, object]]] = {}
for _t in _types["type"]:
    TYPE_CODES.setdefault(str(_t["code"]), []).append(_t)

#: A document naming itself in its body: a type of ``[self_reference]`` (doc_types.toml)
#: in its capitalised spelling, a linking word or two, then ``này`` (``Công điện này``,
#: ``Thông báo kết luận này``); group ``t`` holds the type's name.
#: (The name of a code's first entry: ``QĐ`` is ``Quyết định``, not a Party ``Quy định``.)
SELF_REFERENCE_CODES: dict[str, str] = {
    str(TYPE_CODES[c][0]["name"]): str(c) for c in _types["self_reference"]["codes"]}
SELF_REFERENCE = regex.compile(
    r"(?<!\p{L})(?P<t>" + "|".join(
        map(regex.escape, sorted(SELF_REFERENCE_CODES, key=len, reverse=True)))
    + r")(?:\s+(?:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                             for w in _types["self_reference"]["between"])
    + r"))?\s+này(?!\p{L})")

# A ``+`` between two capitals joins two departments' codes (``2345/EVN-KTSX+KD``).
# A regional unit's code keeps its Roman numeral after one space (``215/TB-KV IV``,
# ``512/KV II-TH``, ``210/QĐ-KBKV XIII``: the State Audit's and the Treasury's regional
# offices since 2025); the references' citation grammar reads it too.
REGIONAL_CODE = r"\p{Lu}{0,6}KV\ [IVX]{1,5}(?![\p{L}\d])"
_CODE = (rf"(?:{REGIONAL_CODE}"
         r"|[\p{Lu}Đ](?:[\p{L}\d&]|\+(?=\p{Lu})){0,14}(?:\.[\p{Lu}\d][\p{L}\d&]{0,6})?)")
# A code after a dash spelt out by OCR (``QĐ - U B ND``): a lone capital, then pieces of
# one or two capitals, each one space on and followed by no letter, digit, slash or dot.
_SPACED_CODE = r"[\p{Lu}Đ](?:\ [\p{Lu}Đ]{1,2}(?![\p{L}\d/.]))+"
# State: 45/QĐ-UBND, 30/2020/NĐ-CP, 15/UBND-VP, /BC-BTC (blank number in drafts),
# 1281/-UBND (the type code left blank).
# Party: 123-TB/TU, 07-KL/VPTW, with the en dash a word processor makes of a spaced
# hyphen (``123 – TB/TU``), and -TB/TU after blanks (a draft's number left blank).
# A slash lost to OCR ("5619 SYT-NVY") is tolerated, and
# an en dash between codes (``4144/GDĐT – VP``) when a short code in capitals follows; a
# code wrapped after its dash onto an indented line (``3783/QĐ-`` / ``    UBND``).
# Up to six digits, after up to two leading zeros: the serial a pre-printed form of a
# violation record or a sanction decision carries (``Số: 0012345/BB-VPHC``); never the
# tail of a longer run of digits.
# Archive documents (before about 2000) wrote number - code with no slash, ending the line:
# ``217-HĐBT`` (Hội đồng Bộ trưởng), ``64-CP``, ``12-TTg``, ``123-CT`` (Chỉ thị of its
# Chairman); a Party-like ``09-LĐTBXH/TT`` puts a ministry's longer code first.
NUMBER = regex.compile(
    rf"""
    (?P<party>(?<!\d)(?:(?P<pn>0{{0,2}}\d{{1,6}})\s?|(?<=[\s.…_]))[-–]\s?
        (?P<ptype>[\p{{Lu}}Đ][\p{{L}}]{{0,6}})\s?/\s?
        (?P<porgan>{_CODE}(?:\s?-\s?{_CODE}){{0,3}}))
  | (?P<state>(?<!\d)(?P<sn>0{{0,2}}\d{{1,6}}[a-z]?)?(?:\s|[ \t]{{2,8}})?/\s?
        (?:(?P<sy>(?:19|20)\d{{2}})\s?/\s?)?
        (?:-\s?)?(?P<scode>{_CODE}(?:\s?-(?:\n[ \t]{{1,8}}|\s?)(?:{_SPACED_CODE}|{_CODE})
                          |\s?–\s?[\p{{Lu}}Đ]{{1,8}}(?![\p{{L}}\d])){{0,4}}))
  | (?P<ocr>(?P<on>\d{{1,6}})\ (?P<ocode>{_CODE}(?:-{_CODE}){{1,4}}))
  | (?P<old>(?P<odn>\d{{1,6}})\s?[-–]\s?(?P<ocode2>[\p{{Lu}}Đ][\p{{L}}]{{0,7}})(?=[ \t]*(?:\n|$)))
    """,
    _V,
)
#: ``Số:`` with OCR's slips of its vowel (``Só``, ``Sô``; ``S6``: the ``ố`` read as a six;
#: ``S0:`` read as a zero, only before its colon).
NUMBER_PREFIX = regex.compile(
    r"^[ \t]*S(?:[ốoóồổôộỗ6]|0(?=[ \t]*:))[\p{L}]?\s?[:.;]?\s*", _I | regex.MULTILINE)

# A day or month split by OCR (``tháng 0 6``) is read whole (digit, space, digit).
# The blanks are possessive: a blank the day or month placeholder (``[.…_ ]``, which
# holds a space) could take from the run before it leaves it the same places to end at,
# so giving blanks back never finds a match that keeping them missed, and re-splitting a
# long run of blanks between the two would be quadratic.
# OCR's slips of the words: a tone read wrong (``ngảy``, ``ngầy``, ``thàng``, ``thãng``,
# ``nắm``, ``nãm``, ``nàm``; ``thăng``: a breve for the acute), ``y`` read ``v``, ``m``
# read ``rn``.
PLACE_DATE = regex.compile(
    r"""(?P<comma>[,;.]\s*+)?ng[àáảãạaầấậ][yvỵỳýỷỹ]
        \s*+(?P<d>\d\ \d(?=\s*+th)|\d{1,2}|[^\s,\d]{0,4}|[.…_ ]{0,12})
        \s*+(?:th[áảạàaãâấăắằẳẵặ]ng|[/.-])
        \s*+(?P<m>\d\ \d(?=\s*+n)|\d{1,2}|[^\s,\d]{0,3}|[.…_ ]{0,12})
        \s*+(?:n[ăắằẵẳặaàáãâ](?:m|rn)|[/.-])
        (?:\s*+(?P<y>(?:19|20)\d{2})|(?=[ \t.…_]*+(?:\n|$)))""",  # or a draft's blank year
    _I | _V,
)
#: A place-and-date line without ``ngày`` (``Hà Nội, 05/3/2026``, ``Huế, 05 tháng 3 năm
#: 2026``): a comma, a full date in digits, the end of the line; read only after a place.
PLACE_DATE_NO_DAY_WORD = regex.compile(
    r"(?P<comma>,[ \t]*)(?P<d>\d{1,2})(?:[ \t]*th[áa]ng[ \t]*|[/.-])(?P<m>\d{1,2})"
    r"(?:[ \t]*n[ăa]m[ \t]*|[/.-])(?P<y>(?:19|20)\d{2})(?=[ \t.*_]*$)",
    _I | regex.MULTILINE,
)
# Last resort for a damaged date line ("Hồ Chí Minh, ngéspOhthang 4 năm 2020").
PLACE_DATE_OCR = regex.compile(
    r"(?P<comma>,\s*)ng\p{L}{0,10}?\s*(?P<d>)(?:\d{1,2}\s*)?th[aáảạ]ng\s*(?P<m>\d{1,2})\s*n[ăa]m\s*"
    r"(?P<y>(?:19|20)\d{2})",
    _I,
)
STRONG_BODY = regex.compile(
    r"^\s*(?:Căn\s+cứ|Kính\s+gửi|Kính\s+trình|Xét\s|Theo\s+đề\s+nghị|Ngày\s+\d)", _I
)

ESIGN = regex.compile(r"^\s*" + words_alt(_struct["esign"]["keys"]) + r"\s*:", _I)
VV = regex.compile(r"(?<!\p{L})" + _struct["vv"]["pattern"] + r"(?!\p{L})")
#: A line opening with an OCR form of ``V/v`` (``Viv``, ``VW``, ``'V/``) before a small
#: word: the label, group ``label``, after stray quote marks the scan left.
VV_OCR = regex.compile(
    r"^[ \t]*['‘’`\"]?[ \t]*(?P<label>" + _struct["vv"]["ocr_label"]
    + r")(?=[ \t]+\p{Ll})", regex.MULTILINE)

ISSUER_HEAD = regex.compile(r"^\s*" + words_alt(_head["issuer"]["heads"]) + r"(?!\p{L})")
#: The same heads in any letter case (an issuer typed in title case: ``Bộ Tài chính``).
ISSUER_HEAD_ANY_CASE = regex.compile(
    r"^\s*" + words_alt(_head["issuer"]["heads"]) + r"(?!\p{L})", regex.IGNORECASE)
#: Where an issuer flattened onto one line splits into parent and issuing organ:
#: before an inner head (``ĐẢNG ỦY``, ``SỞ``) that follows a place named after a level
#: word (``... TỈNH BÌNH DƯƠNG ĐẢNG ỦY PHƯỜNG AN PHÚ``), on the tone-folded line.
_INNER_HEADS = words_alt(_head["issuer"]["inner_heads"]) + r"(?!\p{L})"
ISSUER_INNER_SPLIT = regex.compile(
    r"(?<=(?<!\p{L})" + words_alt(_head["issuer"]["inner_after"])
    + r"(?:\s+(?!" + _INNER_HEADS + r")[^\s\d]+){1,4}\s+)" + _INNER_HEADS,
    regex.IGNORECASE)
#: A ministry's unit run onto the ministry's line (``BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN``),
#: not inside a word of the ministry's name (``MÔI TRƯỜNG``); matched on tone-folded text.
_NAME_WORD_HEADS = [fold_tones(w.rsplit(" ", 1)[0])
                    for w in _head["issuer"].get("ministry_name_words", [])]
MINISTRY_UNIT_SPLIT = regex.compile(
    r"^" + words_alt(_head["issuer"]["ministry_heads"]) + r"(?:\s+[^\s\d]+){1,8}?"
    + (r"(?<!(?<!\p{L})" + words_alt(_NAME_WORD_HEADS) + r")" if _NAME_WORD_HEADS else "")
    + r"\s+(?=" + words_alt(_head["issuer"]["ministry_units"]) + r"(?!\p{L}))",
    regex.IGNORECASE)
ENACTING = regex.compile(r"^\s*" + words_alt(_head["enacting"]["words"]) + r"(?!\p{L})")
#: A council's term and session line under its name (``KHÓA XIX, KỲ HỌP THỨ 30``).
SESSION_LINE = regex.compile(
    r"^\s*\(?\s*(?:" + words_alt(_head["enacting"]["session_term"]) + r"\s+[IVXLC]+(?!\p{L})|"
    + words_alt(_head["enacting"]["session"]) + r"(?!\p{L}))", regex.IGNORECASE)
ENACTING_ANY = regex.compile(r"(?<!\p{L})" + words_alt(_head["enacting"]["words"]) + r"(?!\p{L})")
URGENCY = regex.compile(r"(?<!\p{L})" + words_alt(_head["marks"]["urgency"]) + r"(?!\p{L})")
SECRECY = regex.compile(r"(?<!\p{L})" + words_alt(_head["marks"]["secrecy"]) + r"(?!\p{L})")
#: A copy's mark, bracketed or not (``SAO Y BẢN CHÍNH``, ``(BẢN SAO)``).
COPY_MARK = r"\(?" + words_alt(_head["marks"]["copy"]) + r"\)?"
#: Urgency, secrecy and copy marks opening a header line (``HỎA TỐC`` / ``ỦY BAN NHÂN
#: DÂN``, ``MẬT KHẨN ỦY BAN NHÂN DÂN TỈNH ...`` flattened, ``BẢN SAO`` / ``ỦY BAN ...``):
#: matched from a position, in capitals.
LEADING_MARKS = regex.compile(
    r"[\s*|]*(?:(?:" + words_alt(_head["marks"]["urgency"]) + "|"
    + words_alt(_head["marks"]["secrecy"]) + "|" + COPY_MARK + r")(?!\p{L})[\s*|.,!]*)+")
#: A copy's mark closing a header line, set apart from the issuer by a column's gap or a
#: cell's bar (``ỦY BAN NHÂN DÂN TỈNH X      BẢN SAO``).
TRAILING_COPY_MARK = regex.compile(
    r"(?:[ \t]{2,}|[ \t]*\|[ \t]*)" + COPY_MARK + r"[ \t*|]*$")
#: The marks by kind (``HỎA TỐC``: urgency, ``MẬT``: secrecy).
MARKS: tuple[tuple[Literal["urgency", "secrecy"], regex.Pattern[str]], ...] = (
    ("urgency", URGENCY), ("secrecy", SECRECY))

TYPE_NAMES: dict[str, str] = {}
for _t in _types["type"]:
    TYPE_NAMES.setdefault(fold_tones(str(_t["name"])).casefold(), str(_t["code"]))
TYPE_NAME = words_alt(TYPE_NAMES)
#: The Quốc hội's number label, a type name before ``số:`` opening a line (``Nghị quyết
#: số: 17/2022/UBTVQH15``, ``Luật số: 45/2019/QH14``); the colon tells the label from a
#: citation wrapped to a line's start (``Nghị quyết số 30/2021/QH15 ngày ...``).
TYPED_NUMBER_PREFIX = regex.compile(
    r"^[ \t]*(?:" + TYPE_NAME + r")[ \t]+s[ốoóồổôộỗ][ \t]*:[ \t]*", _I | regex.MULTILINE)
OVERRIDING_CODES = {str(t["code"]) for t in _types["type"] if t.get("number_overrides_type_line")}
#: Type code -> the other codes a number of that type may carry (Party ``QĐ``: ``QĐi``);
#: a code two types share (Party Quyết định and Quy định) may carry either's.
NUMBER_CODES: dict[str, frozenset[str]] = {}
for _t in _types["type"]:
    NUMBER_CODES[str(_t["code"])] = NUMBER_CODES.get(str(_t["code"]), frozenset()) | frozenset(
        map(str, _t.get("number_codes", ())))

# A report on a document rather than the document ("Ngày 21/11/2025, Thủ tướng Chính phủ
# ban hành Quyết định 2553/QĐ-TTg ..."), and an annex caption naming its parent document
# ("(Kèm theo Công văn số 17809/BTC-CTK ngày 17 tháng 11 năm 2025 ...)").
DIGEST_LEAD = regex.compile(
    r"Ngày\s+(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*,\s*(?P<issuer>[^,.;:\n]{3,90}?)\s+"
    r"(?:đã\s+)?(?:ký\s+)?(?:ban\s+hành|có|phát\s+hành|ký)\s+(?P<type>" + TYPE_NAME + r")"
    r"\s+(?:số\s+)?(?=\d)",
    _I,
)
# The heading an official gazette or a law database gives a document instead of its
# header: "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001
# VỀ VIỆC ...", at the very start of the text (the issuer bounded: no punctuation).
GAZETTE_HEADING = regex.compile(
    r"\A\s*(?P<type>" + TYPE_NAME + r")\s+của\s+(?P<issuer>[^.;:,\d]{3,120}?)\s+số\s*:?\s*"
    r"(?=\d)",
    _I,
)
# A reprint's headline naming the document by type and number before its issuer and
# subject: "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ...", at the start.
HEADLINE = regex.compile(r"\A\s*(?P<type>" + TYPE_NAME + r")\s+(?:số\s*:?\s*)?(?=\d)", _I)
HEADLINE_ISSUER = regex.compile(
    r"\s+của\s+(?P<issuer>[^.;:\d\n]{3,120}?)\s+(?=về(?!\p{L}))", _I)
ANNEX_CAPTION = regex.compile(
    r"(?:Kèm\s+theo|Đính\s+kèm)\s+(?P<type>" + TYPE_NAME + r")\s+số\s*(?=\d)", _I
)

# --- type line ------------------------------------------------------------------------

TYPE_LINE_NAMES: dict[str, str] = {}
for _t in _types["type"]:
    for _line in _t["lines"]:
        TYPE_LINE_NAMES.setdefault(fold_tones(str(_line)), str(_t["code"]))
TYPE_LINE = regex.compile(r"(?P<type>" + words_alt(TYPE_LINE_NAMES) + r")(?!\p{L})")

# --- body -----------------------------------------------------------------------------

#: What opens like a body phrase but names a field or an organ (``Thi hành án``), or a
#: day of remembrance, ``Ngày`` then a capitalised word (``Ngày Thương binh - Liệt sĩ``,
#: ``Ngày Quốc tế Phụ nữ``): the second line of a title that names an anniversary, where
#: the body's ``Ngày`` is followed by its date (``Ngày 04/02/2021, ...``).
BODY_START_NOT = (r"(?!" + words_alt(_struct["body_start"]["not_phrases"])
                  + r"(?!\p{L})|(?-i:Ngày[ \t]+\p{Lu}\p{Ll}))")
BODY_START = regex.compile(
    r"^\s*" + BODY_START_NOT + words_alt(_struct["body_start"]["phrases"]), _I)
#: A reply's opening sentence (``Cục Thuế nhận được Công văn số ...``): a received-verb
#: within the line's first eight words (bounded: no backtracking over the line).
BODY_RECEIVED = regex.compile(
    r"^\s*(?:[\p{L}\p{N}.&/-]+[ \t]+){1,8}?" + words_alt(_struct["body_start"]["received"])
    + r"(?!\p{L})", _I)
#: A title's period line (``Tháng 3 năm 2024``, ``Năm học 2024 - 2025``, ``Năm 2023 và
#: phương hướng nhiệm vụ năm 2024``): a period word, then no comma or stop, up to a
#: year that ends the line.
TITLE_PERIOD = regex.compile(
    r"^\s*" + words_alt(_struct["title_period"]["openers"])
    + r"(?!\p{L})[^,.;:!?\n]{0,80}?(?<!\d)(?:19|20)\d{2}\s*\)?\s*$", _I)
#: An invitation's opening line (``Trân trọng kính mời: ...``, ``Văn phòng UBND tỉnh
#: trân trọng kính mời: ...``): the phrase within the line's first eight words, the
#: line not a subject line (``V/v``, ``Về``) that may name an invitation.
BODY_INVITE = regex.compile(
    r"^\s*(?!V/v|Về\s)(?:(?:[\p{L}\p{N}.&/-]+[ \t]+){0,8}?"
    + words_alt(_struct["body_start"]["invites"])
    # a letter of introduction's: its issuer's full name may run to a dozen words
    + r"|(?:[\p{L}\p{N}.&/-]+[ \t]+){0,20}?"
    + words_alt(_struct["body_start"]["introduces"]) + r")(?!\p{L})", _I)
#: An invitation's heading of its invitees (``Trân trọng kính mời:``, ``UBND tỉnh trân
#: trọng kính mời các đồng chí:``): the invite phrase, at most a few words naming who,
#: then the colon; the invitees after it are the addressees.
INVITE_HEAD = regex.compile(
    r"^\s*(?!V/v|Về\s)(?:[\p{L}\p{N}.,&/-]+[ \t]+){0,10}?"
    + words_alt(_struct["body_start"]["invites"])
    + r"(?!\p{L})(?:[ \t]+[\p{L}/()]+){0,3}?[ \t]*:[ \t]*", _I)
ADDRESSEE_HEAD = regex.compile(
    r"^\s*(?P<head>" + words_alt(_struct["addressees"]["heads"])
    + r"|K\p{L}{2}h\s*g\p{L}{1,2}(?=\s*:))\s*[:;.]?\s*", _I
)
TELEGRAM_HEAD = regex.compile(r"\bđiện\s*:\s*$", _I)
#: A telegram's heading with its addressee on the same line (``ĐIỆN: Bộ Công Thương``),
#: opening the line.
TELEGRAM_INLINE = regex.compile(r"^\s*(?P<head>điện\s*:)\s*(?=\S)", _I)
#: A telegram's heading line that names its addressees after the colon (``CHỦ TỊCH UBND
#: TỈNH điện: Giám đốc các sở; Chủ tịch UBND các xã.``): a line opening with a capital,
#: ``điện:`` not the end of ``Công điện:``.
TELEGRAM_MID = regex.compile(r"^\s*\p{Lu}[^\n:]*?(?<!\bcông\s)(?P<head>\bđiện\s*:)\s*(?=\S)", _I)
# Used only for whether they match: written as tries (see words_trie).
MEETING_WORDS = regex.compile(
    r"(?!" + words_trie(_struct["meeting"]["not_words"]) + r"(?!\p{L}))"
    + words_trie(_struct["meeting"]["words"]), _I)
#: A cited document's type word within the phrase before a date; not the same word in
#: an organ's name (``Sở Kế hoạch và Đầu tư``, ``Phòng Tài chính - Kế hoạch``).
CITATION_BEFORE = regex.compile(
    r"(?<!(?:" + words_alt(_struct["meeting"]["citation_organs"]) + r")\s*)"
    + words_trie(_struct["meeting"]["citation"]) + r"[^.;:]{0,60}$", _I)
_dates = load("dates")
#: A deadline cue right before a date (``... báo cáo trước ngày``): the date is one the
#: text sets, not the reported meeting's. The cues are the deadline layer's own (dates.toml).
MEETING_DEADLINE_BEFORE = regex.compile(
    r"\b" + words_trie([*_dates["solar"]["deadline_cues"], *(
        cue for kind in ("before", "no_later_than", "by") for cue in _dates["deadlines"][kind])])
    + r"(?:\s+ngày)?\s*$", _I)
#: A meeting noun right before a date, an ordinal or a time of day between
#: (``phiên họp lần thứ 14 ngày``, ``cuộc họp chiều ngày``; a comma may set the ordinal off:
#: an inspection commission's ``Tại kỳ họp thứ 31, ngày``), or the meeting's name and a
#: verb saying it was held (``Phiên họp Chính phủ thường kỳ tháng 5 năm 2024, tổ chức``):
#: the name may not hold a sentence's or a list item's end, nor the verb say it is planned.
MEETING_HELD = regex.compile(
    r"\b" + words_trie(_struct["meeting"]["held"])
    + r"(?:(?:\s+(?:lần\s+)?thứ\s+[\p{L}\p{N}]+,?)?"
    + r"|\b[^.;:]{0,150}?,?\s+(?<!\b" + words_trie(_struct["meeting"]["planned"]) + r"\s+)"
    + words_trie(_struct["meeting"]["held_verbs"])
    + r"(?:\s+vào)?)(?:\s+(?:vào\s+)?(?:sáng|chiều|tối))?\s*$", _I)
#: The start of a sentence up to its date (``. Ngày``, ``\n\nChiều ngày``): nothing but the
#: day word, perhaps a time of day, between the sentence's end and the date.
MEETING_SENTENCE_OPEN = regex.compile(
    r"[\s.;*_]*(?:(?:vào\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s*)?", _I)
#: A body meeting, said right after a sentence-opening date (``, Ủy ban Kiểm tra Huyện ủy
#: họp``): structure.toml [meeting].opening_verbs, as a word.
MEETING_OPENING_VERB = regex.compile(
    r"(?<!\p{L})" + words_trie(_struct["meeting"]["opening_verbs"]) + r"(?!\p{L})", _I)
MEETING_OPENING_REACH: int = _struct["meeting"]["opening_reach"]
#: A date that opens a phrase of a long sentence (``..., căn cứ biên bản làm việc ...,
#: ngày 12/3/2025, Ủy ban Kiểm tra Tỉnh ủy đã họp``): a comma or semicolon, perhaps a time
#: of day and the day word, then the date; read with :data:`MEETING_SUBJECT_AFTER`.
MEETING_PHRASE_OPEN = regex.compile(
    r"[,;]\s*(?:(?:vào\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s*)?$", _I)
#: After such a date, a comma and the capitalised name of the body that met.
MEETING_SUBJECT_AFTER = regex.compile(r"\s*,\s*\p{Lu}")
#: How far into a preamble any date is read as its meeting's (structure.toml
#: [meeting].reach), and how far only a held one is, past a list of attendees or the
#: grounds of an inspection (``late_reach``), when a meeting word is there at all.
MEETING_REACH: int = _struct["meeting"]["reach"]
MEETING_LATE_REACH: int = _struct["meeting"]["late_reach"]
#: The cheap test for that far reading: a meeting verb or noun in the text past the reach.
MEETING_LATE_CUE = regex.compile(words_trie(_struct["meeting"]["late_cues"]), _I)
#: An invitation's time line from its start to a date (``Thời gian: 01 buổi, bắt đầu từ
#: 7 giờ 30, thứ Tư, ngày``): the label, perhaps bulleted or in bold, then a colon.
MEETING_TIME_LINE = regex.compile(
    r"[ \t*_>|+•-]*" + words_trie(_struct["meeting"]["time_labels"]) + r"[ \t*_]*:[^\n]*$", _I)
#: An occasion word right before a date, a bracket perhaps between (``(dịp 30/4/2025)``):
#: the date names the occasion of an event, not the day of a meeting the preamble reports.
MEETING_OCCASION = regex.compile(
    r"\b" + words_trie(_struct["meeting"]["occasion"]) + r"\s*(?:ngày\s*)?$", _I)
#: The part of a conclusion notice's title before the date of the meeting it reports
#: (``Kết luận của ... tại cuộc họp ngày``): a report word, then ``tại`` and an event
#: noun, then words up to the date without a phrase's end or the event's topic (a
#: bracket may open right before the date).
#: Whether a title names an event at all (the cheap test before :data:`TITLE_MEETING`).
TITLE_MEETING_HINT = regex.compile(words_trie(_struct["meeting"]["title_held"]), _I)
TITLE_MEETING = regex.compile(
    words_trie(_struct["meeting"]["title_report"]) + r"\b[^;]*?\b"
    + words_trie(_struct["meeting"]["title_at"]) + r"\s+"
    + words_trie(_struct["meeting"]["title_held"])
    + r"\b(?:(?!\b" + words_trie(_struct["meeting"]["title_topic"]) + r"\b)[^.;:()]){0,100}"
    + r"\(?\s*$", _I)
#: After the preamble's first date, words that make it a cited document's (``ban hành``,
#: ``số 12/...``), save the body's agreement to issue the present document at the meeting
#: (``thảo luận, thống nhất ban hành Nghị quyết ...``).
ISSUED_AFTER = regex.compile(
    r"(?<!\b" + words_trie(_struct["meeting"]["agreed"]) + r"\s+)ban\s+hành|\bsố\s+\d+\s?[/-]", _I)
_SELF_REFERENCE = (
    [f"{t['name']} {w}" for t in _types["type"] for w in ("này", "trên")]
    + [f"{line} {w}" for t in _types["type"] for line in t["lines"] for w in ("này", "trên")]
)
CLOSING_OPENERS = regex.compile(
    r"^\s*" + words_trie([*_struct["closing"]["openers"], *_SELF_REFERENCE]), _I
)
#: A closing opener that starts a paragraph below any line (matched case-sensitively:
#: only its capital shows a new sentence).
CLOSING_LINE_OPENERS = regex.compile(
    r"^[ \t*_]*" + words_trie(_struct["closing"]["line_openers"], fold=False) + r"\b")
ADOPTION = regex.compile(words_trie(_struct["closing"]["adoption"]), _I)
#: A document naming itself as adopted at a paragraph's start: ``Nghị quyết này ...`` or
#: the bare type name before ``(đã) được`` (``Nghị quyết đã được HĐND huyện ... thông
#: qua``); with :data:`ADOPTION` only, the bare name alone also opens citations.
ADOPTED_SELF = regex.compile(r"^\s*" + words_trie(
    [*_SELF_REFERENCE,
     *(f"{n} {w}" for t in _types["type"] for n in (t["name"], *t["lines"])
       for w in _struct["closing"]["adopted"])]), _I)
CLOSING_PHRASES = regex.compile(words_trie(
    [*_struct["closing"]["phrases"], *_struct["closing"]["requests"], *_SELF_REFERENCE]), _I)
#: The request to carry the document out (``... nghiêm túc thực hiện``), anywhere.
CLOSING_REQUESTS = regex.compile(words_trie(_struct["closing"]["requests"]), _I)
#: Who asks in a closing request glued onto the last clause (``Đề nghị``, ``... yêu cầu``).
CLOSING_ASKS = regex.compile(words_trie(_struct["closing"]["asks"]), _I)
#: A courtesy line opening a paragraph (``Trân trọng./.``, ``Rất mong ...``).
CLOSING_COURTESY = regex.compile(r"^\s*" + words_trie(_struct["closing"]["courtesy"]), _I)

# Clause markers at a line start. Labels are read from the named group.
#: A roman numeral with its dot or bracket alone on its line (``I.`` over the heading
#: ``MỤC ĐÍCH, YÊU CẦU`` on the next line, as a PDF's text layer or a table cell puts
#: it). An arabic number or an article needs no such case: nothing has to follow them.
_LONE_ROMAN = r"(?<=[.)])[ \t]*(?:\n|\Z)"
#: ``I`` with a stray tone mark (``Í- MỤC TIÊU``: a site that scatters marks, OCR): read
#: as the roman one before a dot or dash, over a heading in capitals (the tree checks);
#: no Vietnamese word is that letter alone.
ACCENTED_I = "ÍÌỈĨỊ"
#: An upper-case letter (``A -MỤC ĐÍCH``: a section letter's dash glued to its heading;
#: ``A.``, ``A/`` and ``A -`` open sections),
#: spelled out so that ``re`` and ``regex`` read it alike.
_UPPER = char_class(c for c in ALPHABET if c.isupper())


#: The word of an article's marker as OCR misreads it: any tone or shape mark on its
#: vowels, the stroke of its Đ lost (``Điểu``, ``Điêu``, ``Diều``).
_ARTICLE_OCR = words_alt_any_tone(_struct["article"]["ocr_words"])
#: The end of a line that leaves its sentence waiting for a citation (``... quy định
#: tại``, ``... khoản 2``): an article marker below it is the citation's, stop or none.
CITATION_LEAD_END = regex.compile(
    r"(?<!\w)(?:" + words_alt(_struct["article"]["citation_lead"]) + "|"
    + words_alt(_struct["article"]["citation_units"]) + r"\s+(?:\d{1,3}|[a-zđ]))$")

#: The enacting formula as the line right above a marker (searched with ``endpos`` at
#: the marker): case-sensitive, alone on its line, its colon optional.
FORMULA_ABOVE = regex.compile(
    r"(?:^|\n)[ \t]*" + words_alt(_struct["article"]["formula"]) + r"[ \t]*:?[ \t]*\n\s*$")


def marker_source(blank: str = r"\s", blank_next: str = r"\s", digit: str = r"\d",
                  letter: str = r"\p{L}") -> str:
    """The clause-marker pattern (verbose): ``blank`` is the class of each blank it
    consumes, ``blank_next`` what each "a blank follows" lookahead tests, ``digit`` and
    ``letter`` the digit and letter classes; a roman numeral is followed by a blank, a
    letter or (with its dot or bracket) the line's end. :data:`MARKER` (the defaults) matches one
    line; the body scans a whole zone at once with a variant whose blanks cannot cross a
    line break, written for the faster ``re`` (:mod:`vbcd.segment.body_markers`).

    A consolidated text (văn bản hợp nhất) may put a footnote's reference inside a
    number's or a letter's marker (``a[2])``, ``2[3].``): the marker still counts."""
    ordinals = words_alt(_struct["ordinals"]["words"]).replace(r"\s", blank)
    return (
        r"""^(?P<marker>
        (?P<article>Điều{b}+(?P<art>{d}{{1,3}}){b}*[.:]?
                   # OCR damage (``Điểu 2.``, ``Diều 3.``, ``Điều l.``): with its stop only
                   | """ + _ARTICLE_OCR + r"""{b}+(?P<arto>(?:{d}|[lI]){{1,3}}){b}*[.:])
      | (?P<part>(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC){b}+(?P<partn>[IVXLC]{{1,6}}|{d}{{1,2}}|"""
        + r"(?:thứ|THỨ){b}+" + ordinals.replace("{", "{{").replace("}", "}}") + r"""){b}*[.:]?)
      | (?P<roman>(?P<rom>[IVXL]{{1,6}}|{acc}(?=[.\-–]))
                  (?:{b}*[.)]|[-–/](?={nx}))) (?={nx}|{lt}|{eol})
      | (?P<dotted>(?P<dot>{d}{{1,2}}(?:\.{d}{{1,2}}){{1,3}})[.\-–]?)(?={nx})
      | (?P<arabic>(?P<num>{d}{{1,3}})(?:\[{d}{{1,3}}\])?(?:{b}?[.)]|[-–/](?={nx})))(?!{d})
      | (?P<paren>\((?P<pnum>{d}{{1,2}})\))
      | (?P<subalpha>(?P<sal>[a-zđ])\.(?P<saln>{d}{{1,2}})[.)])(?={nx})
      | (?P<alpha>(?P<let>[a-zđ])(?:\[{d}{{1,3}}\])?(?:{b}?\)|[-–/](?={nx})))
      | (?P<alphadot>(?P<letd>[a-hk-uđ])\.)(?={nx})
      | (?P<upper>(?P<letu>[A-HĐ])(?:[./](?={nx})|{b}*[-–](?={nx}|{up})))
      | (?P<khoan>(?:Khoản|KHOẢN){b}+(?P<kn>{d}{{1,3}}){b}*[.:])(?={nx})
      | (?P<diem>(?:Điểm|ĐIỂM){b}+(?P<dl>[a-zđ]){b}*[.:)])(?={nx})
      | (?P<ocrnum>[IVXl1]{{1,5}}[.)])(?={nx})
    ){b}*"""
    ).format(b=blank, nx=blank_next, d=digit, lt=letter, eol=_LONE_ROMAN, up=_UPPER,
              acc=char_class(ACCENTED_I))


MARKER: regex.Pattern[str] = regex.compile(marker_source(), _V)

# --- tail -----------------------------------------------------------------------------

RECIPIENTS_HEAD = regex.compile(
    # (a stray mark of OCR may stand before it: ``.Nới nhận:``)
    r"(?:^|(?<=\s)|(?<=(?:^|\s)[.,*~]))(?P<head>"
    + words_alt_any_tone(_struct["recipients"]["heads"])
    + r")\s*[:.]?", _I
)
ARCHIVE = regex.compile(r"^\s*[-–+•]?\s*(?P<head>"
                        + words_alt_any_tone(_struct["recipients"]["archive"])
                        + r")(?!\p{L})\s*[:.]?\s*", _I)

#: The clerical office's archive code (``VT``, ``Văn thư``) as written, and folded.
ARCHIVE_CLERK_FORMS: tuple[str, ...] = tuple(_struct["recipients"]["clerk"])
ARCHIVE_CLERK = frozenset(fold_tones(c).casefold() for c in ARCHIVE_CLERK_FORMS)
#: The electronic registry's number after the archive codes (``TH. E-pas: 18406``).
ARCHIVE_TRAILER = regex.compile(
    r"(?:^|(?<=[\s.,;]))(?:" + "|".join(
        regex.escape(t) for t in sorted(_struct["recipients"]["archive_trailers"],
                                        key=len, reverse=True))
    + r")(?!\p{L})", _I)

AUTHORITY_FORMS: dict[str, str] = {}
for _code, _forms in _sig["authority"].items():
    for _f in _forms:
        AUTHORITY_FORMS[_f] = _code
_AUTH_FORMS = "|".join(regex.escape(f) for f in sorted(AUTHORITY_FORMS, key=len, reverse=True))
#: The roles that sign a record (``NGƯỜI LẬP BIÊN BẢN``, ``THƯ KÝ``), titles as well.
RECORD_ROLES: list[str] = [fold_tones(w) for w in _sig["titles"]["record_roles"]]
SIGNATURE_TITLES: list[str] = [
    *(fold_tones(w) for w in _sig["titles"]["words"]), *RECORD_ROLES]
SIGNATURE_BODIES: list[str] = [fold_tones(w) for w in _sig["titles"]["bodies"]]
#: A listed title or body in any case and tone (``Chủ tịch``, ``Ban Thường vụ``), whole words.
_TITLE_OR_BODY_ANY_CASE = "(?i:" + trie_alternation(
    {*SIGNATURE_TITLES, *SIGNATURE_BODIES},
    lambda c: r"[ \t]+" if c == " " else _any_tone(c)) + r")(?!\p{L})"
#: After a form: blanks (none needed after its dot or slash), then a body in capitals
#: (two capitals open it), or a listed title or body in small letters (a reprint's
#: ``KT. Chủ tịch``). Any other word is no body: ``KT. Hà``, ``KT. T.Hà`` are a unit's
#: code and the typist's initials closing a ``Lưu`` line, ``Q. Nam Từ Liêm`` a district.
_AUTH_NEXT = (r"(?:(?<=[./])[ \t]*|[ \t]+)(?=\p{Lu}{2}|"
              + _TITLE_OR_BODY_ANY_CASE + "|"
              # a body whose hooked capital OCR dropped (``TM. Y BAN NHÂN DÂN``)
              + words_alt(_head["issuer_repair"]["lost_letters"]) + r"(?!\p{L}))")
#: A mark a converter or OCR damaged (``KT, CHỦ TỊCH``, ``KT: CHỦ TỊCH``, ``TM . ỦY BAN
#: NHÂN DÂN``: a comma or colon for its dot, a blank before it): the code, then the
#: punctuation, read only at a line's start and before a title or body of the tables,
#: whole words, any tone: ``KT,`` is also a unit's code among a ``Lưu`` line's items
#: (``Lưu: VT, KT, TH.``).
_TITLE_OR_BODY_AHEAD = r"(?=" + trie_alternation(
    {*SIGNATURE_TITLES, *SIGNATURE_BODIES},
    lambda c: r"[ \t]+" if c == " " else _any_tone(c)) + r"(?!\p{L}))"
#: The forms of the damaged codes a scan split with a blank (``T/ M``, ``K T.``,
#: ``T. L.``): each letter, slash or dot of a form may be followed by one blank.
_SPLIT_FORMS = sorted(
    {f.rstrip(".") for c in _sig["damaged_authority"]["codes"] for f in _sig["authority"][c]},
    key=len, reverse=True)
_DAMAGED_AUTH = (
    r"(?<=(?:^|\n)[ \t]*)(?P<auth>" + "|".join(_sig["damaged_authority"]["codes"])
    + r")(?:[ \t]*+[,:]|[ \t]++\.)[ \t]*+" + _TITLE_OR_BODY_AHEAD
    + r"|(?<=(?:^|\n)[ \t]*)(?P<auth>" + "|".join(
        "[ \t]?".join(regex.escape(ch) for ch in f) for f in _SPLIT_FORMS)
    + r")\.?[ \t]++" + _TITLE_OR_BODY_AHEAD
)
_spelled = _sig["spelled_authority"]
#: The spelled-out authority phrases (``THAY MẶT``, ``KÝ THAY``) keyed by their skeleton
#: (:func:`vbcd.syllables.strip_marks`, blanks collapsed): a printed or OCR-damaged
#: phrase (``Thay mặt``, ``THAY MAT``) finds its code by its skeleton.
SPELLED_AUTHORITY: dict[str, str] = {
    strip_marks(_f): _code for _code, _forms in _spelled.items() if _code != "title_only"
    for _f in _forms}


def _spelled_alt(codes: Iterable[str], *, any_case: bool) -> str:
    """The spelled phrases of ``codes`` (capitals in the table), any tone, blanks
    flexible; in capitals only unless ``any_case``."""
    alt = words_alt_any_tone([f for c in codes for f in _spelled[c]])
    return ("(?i:" if any_case else "(?:") + alt.replace(r"\s+", r"[ \t]+") + ")"


def _heads(words: Iterable[str]) -> str:
    """Whole titles or bodies of the tables, any case and tone."""
    return "(?i:" + trie_alternation(
        set(words), lambda c: r"[ \t]+" if c == " " else _any_tone(c)) + r")(?!\p{L})"


_SPELLED_CODES = [c for c in _spelled if c not in ("title_only", *_spelled["title_only"])]
_SPELLED_TITLE_ONLY = list(_spelled["title_only"])
#: A spelled-out authority at a line's start (:data:`SPELLED_AUTHORITY`), then blanks:
#: the phrase in capitals before a title or body of the tables (``THAY MẶT BAN THƯỜNG
#: VỤ``, a flattened block going on after it), or in any case when the title or body
#: ends the line, a few words of its level aside (``Thay mặt Ủy ban nhân dân xã``). The
#: phrase holds blanks, unlike the marks of [authority]; being read at a line's start
#: only, it is a line's first mark, never one found from inside a line.
_SPELLED_AUTH = "|".join(
    r"(?<=(?:^|\n)[ \t]*)(?P<auth>" + _spelled_alt(codes, any_case=False) + r")[ \t]+(?="
    + heads + r")|(?<=(?:^|\n)[ \t]*)(?P<auth>" + _spelled_alt(codes, any_case=True)
    + r")[ \t]+(?=" + heads + r"[^\n,;:.()]{0,40}(?:\n|\Z))"
    for codes, heads in (
        (_SPELLED_CODES, _heads([*SIGNATURE_TITLES, *SIGNATURE_BODIES])),
        (_SPELLED_TITLE_ONLY, _heads(SIGNATURE_TITLES))))
AUTHORITY = regex.compile(r"(?:(?:^|(?<=[\s.,;]))(?P<auth>" + _AUTH_FORMS + r")" + _AUTH_NEXT
                          + "|" + _DAMAGED_AUTH + "|" + _SPELLED_AUTH + ")")


def authority_code(auth: str) -> str | None:
    """The code (``TM``, ``KT``, ...) of an authority mark as :data:`AUTHORITY` matched
    it: a form of [authority] (``T/M``), or a spelled-out phrase (``Thay mặt``)."""
    code = AUTHORITY_FORMS.get(auth)
    if code is None:
        code = AUTHORITY_FORMS.get("".join(auth.split()))  # a form split by a scan
    if code is None:
        code = SPELLED_AUTHORITY.get(strip_marks(" ".join(auth.split())))
    return code

_DEGREES = "|".join(
    regex.escape(w) for w in sorted(_sig["titles"]["name_degrees"], key=len, reverse=True))
_NAME_DEGREE = "(?i:" + _DEGREES + ")"
#: A degree abbreviation as printed, before its dot (``PGS.TS. Huỳnh Minh Khôi``): a
#: sentence does not end at that dot (the case kept: ``TS``, ``ThS``, never a syllable).
NAME_DEGREE_CASED = "(?:" + _DEGREES + ")"
#: A rank or degree before a signer's name: a listed prefix, or a chain of degree
#: abbreviations joined by dots (``BS.CKII.``, ``TS.BS``, ``ThS. Bs.``).
NAME_PREFIX = regex.compile(
    r"^\s*(?:" + _NAME_DEGREE + r"(?:\.[ \t]*+" + _NAME_DEGREE + r")*+\.?(?=\s)|(?:"
    + "|".join(regex.escape(w) for w in sorted(_sig["titles"]["name_prefixes"],
                                               key=len, reverse=True))
    + r")(?=\s))\s*"
)
#: A written-out rank or grade before a signer's name printed in capitals with it
#: (``ĐẠI TÁ NGUYỄN VĂN BÌNH``, ``THIẾU TƯỚNG ...``, ``BÁC SĨ ...``): the listed prefixes
#: in words (no abbreviation, which stays as printed), upper-cased.
NAME_PREFIX_CAPS = regex.compile(
    r"^\s*(?:" + "|".join(regex.escape(w.upper()) for w in sorted(
        {str(w) for w in _sig["titles"]["name_prefixes"] if "." not in w and " " in w},
        key=len, reverse=True)) + r")(?=\s|$)\s*"
)
# Signature noise ("(Đã ký)", "Ký bởi: ..."): a whole line. The noise patterns put
# ``\s*`` on both sides of optional brackets; within one pattern, giving blanks back from
# one to the other never helps (only blanks may follow it), so each pattern is atomic and
# the blanks around them possessive: a long run of blanks is not re-split (quadratic).
SIGNATURE_LEADS: list[str] = [str(w) for w in _sig["titles"]["leads"]]
_LEAD_NOISE = [r"\s+".join(map(regex.escape, w.split())) for w in SIGNATURE_LEADS]
SIGNATURE_NOISE = regex.compile(
    r"^\s*+(?:" + "|".join(f"(?>{p})" for p in [*_sig["titles"]["noise"], *_LEAD_NOISE])
    + r")\s*+$", _I)
#: A bracketed ``(Đã ký)``-style note inside a line of the block (beside the name).
SIGNATURE_INLINE_NOISE = regex.compile(
    "|".join(f"(?>{p})" for p in _sig["titles"]["inline_noise"]), _I)
#: A lead phrase ending where an authority mark follows on the same line.
SIGNATURE_LEAD_BEFORE = regex.compile(r"(?:" + "|".join(_LEAD_NOISE) + r")\s*$", _I)
#: An authority mark opening a line, or after a lead phrase on it: where a signature
#: may start anywhere in a document (found by one scan, then checked).
SIGNATURE_MARK_LINE = regex.compile(
    r"^[ \t]*+(?:(?:" + "|".join(_LEAD_NOISE) + r")\s++)?(?:(?P<auth>" + _AUTH_FORMS + r")"
    + _AUTH_NEXT + "|" + _DAMAGED_AUTH + "|" + _SPELLED_AUTH + ")", regex.MULTILINE)
ANNEX_OPENER = regex.compile(
    r"^\s*" + words_alt(_struct["annex"]["openers"], fold=False) + r"(?!\p{L})"
)
#: A part's label alone on its line (``Phần I.``, ``PHỤ LỤC 2``, or a lone annex's bare
#: ``Phụ lục`` printed over its heading): the number may be left out.
PART_LABEL = regex.compile(
    r"^\s*" + words_alt(_struct["annex"]["part_labels"], fold=False)
    + r"(?:\s+(?:[IVXLC]{1,6}|\d{1,2}))?\.?\s*$")
#: A form's label alone on its line (``Mẫu số 01``, ``MẪU SỐ 02/TB``).
FORM_LABEL = regex.compile(
    r"^\s*" + words_alt(_struct["annex"]["form_labels"], fold=False)
    + r"\s+\w{1,4}(?:[./-]\w{1,6})?\.?:?\s*$")
FOOTNOTE = regex.compile(r"^\s*\[(?P<n>\d{1,3})\]\s*")

PURPOSES: dict[str, str] = {}
for _norm, _forms in _struct["purpose"].items():
    for _f in _forms:
        PURPOSES[fold_tones(_f).casefold()] = _norm

UPPER_RATIO_MIN = 0.75


def upper_ratio(s: str) -> float:
    """Share of upper-case letters among the letters of ``s`` (1.0 when none).

    Letters are counted by C loops (``filter``/``map``), not a Python step per
    character: the zone readers ask this of every header and signature line."""
    letters = list(filter(str.isalpha, s))
    if not letters:
        return 1.0
    return sum(map(str.isupper, letters)) / len(letters)


def is_upper_line(s: str) -> bool:
    """Written in capitals: it has letters, and enough of them are upper-case."""
    letters = list(filter(str.isalpha, s))
    return bool(letters) and sum(map(str.isupper, letters)) / len(letters) >= UPPER_RATIO_MIN
