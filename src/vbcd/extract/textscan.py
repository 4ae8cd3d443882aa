"""Cheap passes over a document, shared by the date, deadline, reference and
assignment readers.

On this kind of text the ``regex`` module spends about a tenth of a microsecond
per character on any search, and a call to a large pattern costs several
microseconds even where it fails at once. The readers therefore look for the
few places where a pattern *can* start with C-speed string methods or the
standard ``re`` module, and run the real pattern only there. Those shortcuts
are exact only on text made of the characters of :data:`COMMON` (ASCII, the
Latin letters with their diacritics, general punctuation, and the symbols and
bullets that converters leave: what Vietnamese documents are written in), where

* ``re`` and ``regex`` agree on ``\\w``, ``\\s``, letters and numbers
  (``\\p{N}`` is ``[0-9]``: ``²`` or ``½`` are left out of the set);
* ``str.lower`` maps each character to one character of the set, and a
  lower-case letter of a pattern matches a character case-insensitively exactly
  when that character's ``lower()`` is the letter (``ſ``, ``ı``, ``ẛ``, ``İ``
  are left out: ``regex`` folds them onto other letters).

The tests check both properties character by character. A text holding any
other character is read the slow, reference way.

:func:`folded` and :func:`prepared` remember the last text they were given:
the readers run one after the other on the same document.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from vbcd.grammar.patterns import char_class, class_body
from vbcd.normalize import fold_tones

__all__ = [
    "COMMON", "COMMON_CHARS", "Prepared", "Starts", "finditer", "folded", "prepared", "search",
]

TIMEOUT = 30  # seconds; the patterns are linear, this only guards damaged input

#: Blocks of symbols that converted documents carry (currency, arrows, mathematical
#: operators, box drawing, shapes, dingbats, and the private-use bullets of Word's
#: symbol fonts): their punctuation and symbol characters that have no case are
#: common too (see :func:`_symbols`).
SYMBOL_BLOCKS = ((0x20A0, 0x20CF), (0x2190, 0x2BFF), (0xE000, 0xF8FF))


def _symbols() -> frozenset[str]:
    """The characters of :data:`SYMBOL_BLOCKS` that are punctuation, symbols or
    private-use, unchanged by ``lower``/``upper`` (circled letters such as ``Ⓐ``
    have a case and count as letters to ``regex``: left out)."""
    def plain(ch: str) -> bool:
        cat = unicodedata.category(ch)
        return (cat[0] in "PS" or cat == "Co") and ch.lower() == ch == ch.upper()
    return frozenset(
        ch for lo, hi in SYMBOL_BLOCKS for ch in map(chr, range(lo, hi + 1)) if plain(ch))


# The letters, digits, punctuation and blanks of the usual text, as class ranges.
_TEXT_RANGES = (
    "\t\n\r\x20-\x7e\xa0-\xb1\xb4-\xb8\xba\xbb\xbf-\u012f\u0132-\u017e\u0180-\u0239"
    "\u023b-\u023d\u023f-\u02af\u1e00-\u1e9a\u1e9c-\u1eff\u2010-\u2027\u2030-\u203e"
    "\u2041-\u2053\u2055-\u205e"
)
#: The characters on which the fast paths are exact, one by one.
COMMON_CHARS = frozenset(
    ch for lo, hi in re.findall(r"(.)(?:-(.))?", _TEXT_RANGES, flags=re.DOTALL)
    for ch in map(chr, range(ord(lo), ord(hi or lo) + 1))
) | _symbols()
#: :data:`COMMON_CHARS` as the inside of a ``[...]`` class.
COMMON = class_body(COMMON_CHARS)
_UNCOMMON = re.compile(char_class(COMMON_CHARS, negate=True))

_VIETNAMESE_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
#: The letters of Vietnamese that carry diacritics, in both cases.
VIETNAMESE = frozenset(_VIETNAMESE_LOWER + _VIETNAMESE_LOWER.upper())


def _foreign() -> frozenset[str]:
    """Precomposed Latin letters (the blocks where they live) made of an ASCII letter
    and diacritics that Vietnamese does not write: ``ñ``, ``ç``, ``ö``, ``ś``."""
    out = set()
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha() and ch not in VIETNAMESE:
            out.add(ch)
    return frozenset(out)


#: Letters with diacritics that are not Vietnamese (see :func:`_foreign`).
FOREIGN = _foreign()


# Any character that is not common or is a foreign letter: one scan tells both apart
# from the usual text (common, no foreign letter).
_NOT_PLAIN = re.compile(char_class(COMMON_CHARS - FOREIGN, negate=True))


def is_common(text: str) -> bool:
    """Whether every character of ``text`` is in :data:`COMMON`."""
    return _UNCOMMON.search(text) is None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text with what the fast paths need: ``low`` is a same-length lower-case
    copy when the text is common (see the module notes), else ``None``; ``plain``:
    the text is common and holds no :data:`FOREIGN` letter (found by the same scan)."""

    text: str
    low: str | None
    plain: bool = False


# The last text given to ``folded`` and its folded copy; replaced as one tuple so
# that concurrent callers never see a text with another text's copy.
_folded: list[tuple[str, str]] = [("", "")]
_prepared: list[Prepared] = [Prepared("", "")]


def folded(text: str, known: str | None = None) -> str:
    """``fold_tones(text)``, computed once for consecutive calls on one text.

    ``known``: the folded copy when the caller already has it (the pipeline folds each
    document once for every component); trusted when it has the text's length.
    """
    last = _folded[0]
    if text is not last[0] and text != last[0]:
        if known is None or len(known) != len(text):
            known = fold_tones(text)
        last = (text, known)
        _folded[0] = last
    return last[1]


def prepared(text: str) -> Prepared:
    """``text`` with its lower-case copy (``None`` on uncommon text), memoised."""
    last = _prepared[0]
    if text is not last.text and text != last.text:
        if _NOT_PLAIN.search(text) is None:
            last = Prepared(text, text.lower(), True)
        else:
            last = Prepared(text, text.lower() if is_common(text) else None)
        _prepared[0] = last
    return last


_DIGIT_RUN = re.compile(r"[0-9]+")
#: Whitespace between the words of a phrase in the word-list patterns
#: (:func:`vbcd.extract.dates.alt`): a short run, at most one line break.
PHRASE_GAP = r"(?:[ \t]{1,6}|[ \t]{0,6}\n[ \t]{0,6})"


def phrase(words: str) -> str:
    """A data phrase as an ``re`` pattern on lower-case text, its words joined by
    :data:`PHRASE_GAP` (as :func:`vbcd.extract.dates.alt` joins them)."""
    return PHRASE_GAP.join(re.escape(p.casefold()) for p in words.split())


_HEAD = re.compile(r"((?:\\[^0-9A-Za-z]|[^\\()\[\]?*+{}|.^$])*)([?*+{]?)")


def _literal_head(pattern: str) -> str:
    """The literal text every match of ``pattern`` (an ``re`` pattern) starts with."""
    m = _HEAD.match(pattern)
    assert m is not None
    head = m.group(1)
    if m.group(2) and head:  # a quantifier makes the last character optional
        head = head[:-2] if head.endswith("\\", 0, len(head) - 1) else head[:-1]
    return re.sub(r"\\(.)", r"\1", head)


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside brackets and groups."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


class Starts:
    """Where a pattern built from word lists can start, found on the lower-case copy.

    ``openings`` are ``re`` patterns (on lower-case text) one of which matches
    where any match of the pattern starts: by default the phrases of ``words``
    (see :func:`phrase`), plus ``extra`` ones (``ngày\\s+[0-9]``). The pattern must
    open with ``(?<![\\p{L}\\p{N}])``: only places after a character that is
    neither a letter nor a digit count. The first word of each opening is looked
    for with ``str.find`` (a C loop, much faster than any pattern over the text),
    openings starting with a digit at the start of each run of digits; the
    opening is then checked at each such place.
    """

    __slots__ = ("by_first", "digits", "exact")

    def __init__(self, words: Iterable[str] = (), *, extra: Iterable[str] = ()) -> None:
        openings = [phrase(w) for w in words if w.split()] + list(extra)
        by_first: dict[str, list[str]] = {}
        digits: list[str] = []
        for opening in openings:
            if _top_level_bar(opening):
                raise ValueError(f"an opening must be one sequence: {opening!r}")
            first = _literal_head(opening)
            if first[:1].isdigit() or opening.startswith("[0-9]"):
                digits.append(opening)
            elif first:
                by_first.setdefault(first, []).append(opening)
            else:  # pragma: no cover - every opening starts with a word or a digit
                raise ValueError(f"opening without a first word: {opening!r}")
        self.by_first = {
            w: re.compile("|".join(ps)) for w, ps in sorted(by_first.items())
        }
        self.digits = re.compile("|".join(digits)) if digits else None
        # the lower-case copy stands for case-insensitive matching only if the
        # pattern's words are their own lower case (true of Vietnamese words)
        self.exact = all(w == w.lower() for w in self.by_first)

    def usable(self, low: str | None) -> bool:
        return low is not None and self.exact

    def places(self, low: str, pos: int, end: int, *, words: bool = True,
               digits: bool = True) -> list[int]:
        """Sorted candidate starts in ``[pos, end)`` of the lower-case copy ``low``
        (those of the word openings, of the digit openings, or both)."""
        found: set[int] = set()
        for word, opening in self.by_first.items() if words else ():
            i = low.find(word, pos, end)
            while i >= 0:
                if (i == 0 or not low[i - 1].isalnum()) and opening.match(low, i, end):
                    found.add(i)
                i = low.find(word, i + 1, end)
        if self.digits is not None and digits:
            for m in _DIGIT_RUN.finditer(low, pos, end):
                i = m.start()
                if (i == 0 or not low[i - 1].isalnum()) and self.digits.match(low, i, end):
                    found.add(i)
        return sorted(found)


def search(
    pattern: regex.Pattern[str], starts: Starts, text: str, low: str | None,
    pos: int = 0, endpos: int | None = None,
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, tried only where ``starts`` says a
    match can begin. ``low`` is ``text.lower()`` on common text, else ``None``."""
    end = len(text) if endpos is None else endpos
    if not starts.usable(low):
        return pattern.search(text, pos, end, timeout=TIMEOUT)
    assert low is not None
    for at in starts.places(low, pos, end):
        m = pattern.match(text, at, end, timeout=TIMEOUT)
        if m is not None:
            return m
    return None


def finditer(
    pattern: regex.Pattern[str], starts: Starts, text: str, low: str | None,
    pos: int = 0, endpos: int | None = None, places: list[int] | None = None,
) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text, pos, endpos))`` for a pattern that never
    matches the empty string, tried only where ``starts`` says a match can begin.

    ``places``: ``starts.places(low, 0, len(low), digits=False)`` when the caller
    searches many stretches of one text: the word candidates of a stretch are a
    slice of them (an opening that fits before ``endpos`` fits before the end of
    the text); digits, which are everywhere, are still looked for in the stretch.
    """
    end = len(text) if endpos is None else endpos
    if not starts.usable(low):
        return list(pattern.finditer(text, pos, end, timeout=TIMEOUT))
    assert low is not None
    if places is None:
        here = starts.places(low, pos, end)
    else:
        here = places[bisect_left(places, pos):bisect_left(places, end)]
        if starts.digits is not None:
            here = sorted(here + starts.places(low, pos, end, words=False))
    out: list[regex.Match[str]] = []
    last = pos
    for at in here:
        if at < last:
            continue
        m = pattern.match(text, at, end, timeout=TIMEOUT)
        if m is not None:
            out.append(m)
            last = m.end()
    return out
