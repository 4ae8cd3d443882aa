"""Clause-marker candidates of a zone, found by one scan over its text.

:data:`vbcd.grammar.patterns.MARKER` reads one line. Matching it line by line costs
a Python call per line (seconds on a 100,000-line input); here a variant of the same
pattern runs over the whole zone at once. In that variant a blank cannot cross a line
break, and "a blank follows" also requires that the line goes on after it (a line is
stripped of its trailing spaces and tabs, so at its end nothing follows), so it matches
exactly where :data:`~vbcd.grammar.patterns.MARKER` matches a stripped line.

The scan is written for the standard ``re`` (two to three times faster than ``regex``
here), with the character classes of ``regex`` spelled out: its blanks and its digits
(its Unicode tables are newer than Python's). Its letters are not spelled out: a roman
numeral followed by anything but a blank is flagged and checked with ``regex``.
``re.split`` with the groups (indent, marker, flag) hands back every marker and, through
the lengths of the pieces between, its offset, without a match object per line. Each
distinct marker text is read once (style, value, label): markers repeat a lot (``1.``,
``a)``), and the reading depends on the marker text alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, compress, repeat
from operator import add, itemgetter

import regex

from vbcd.grammar import patterns as P

_ALPHABET = "abcdđefghiklmnopqrstuvxy"
_ORDINALS = {w: i + 1 for i, w in enumerate(
    ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])} | {"bốn": 4}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


# What ``regex`` calls a blank (all of them below U+3001) and a digit (decimal digits
# are all in the first two planes).
_REGEX_BLANKS = regex.findall(r"\s", "".join(map(chr, range(0x3001))))
_BLANK = P.char_class([c for c in _REGEX_BLANKS if c != "\n"])
_NOT_BLANK = P.char_class(_REGEX_BLANKS, negate=True)
_DIGIT = P.char_class(regex.findall(r"\d", "".join(map(chr, range(0x20000)))))
# "A blank follows, and the line does not end there."
_BLANK_NEXT = r"(?![ \t]*+(?:\n|\Z))" + _BLANK
_SOURCE = P.marker_source(_BLANK, _BLANK_NEXT, _DIGIT, "()" + _NOT_BLANK)
# Split at (line break and indent, marker, flag) on every line of a text given with a
# line break in front (a literal first character lets ``re`` jump from line to line);
# the flag group matches (empty) when a roman numeral is followed by a non-blank, which
# must be a letter (checked with regex). A line whose first character cannot open a
# marker is dismissed by one class test.
_OPENING = P.char_class(P.Gated(P.MARKER).opening) + "|" + P.char_class(P.ALPHABET, negate=True)
_SPLIT = re.compile(
    r"(\n[ \t]*+)(?=" + _OPENING + ")(" + re.sub(r"\(\?P<\w+>", "(?:", _SOURCE[1:]) + ")",
    re.VERBOSE,
)
_LETTER = regex.compile(r"\p{L}")
# The marker at an offset, named groups as in MARKER (``regex``: exact letters).
MARKER_AT = regex.compile(
    P.marker_source(r"[^\S\n]", r"(?![ \t]*+(?:\n|\Z))[^\S\n]")[1:], regex.VERBOSE)

#: style, value, label of a marker
Reading = tuple[str, tuple[int, ...], str]


def roman_value(s: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch, 0)
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def read(m: regex.Match[str]) -> Reading | None:
    """Style, value and label of a marker matched by :data:`MARKER_AT` (or
    :data:`~vbcd.grammar.patterns.MARKER`); ``None`` for a letter outside the alphabet."""
    marker = m.group("marker")
    if m.group("article"):
        n = int(m.group("art") or m.group("arto").translate(_AS_ONE))
        return "article", (n,), f"Điều {n}"
    if m.group("part"):
        word = marker.split()[0].capitalize()
        val = m.group("partn")
        if val.isdigit():
            num = int(val)
        elif val.isupper() and " " not in val:
            num = roman_value(val)
        else:  # "thứ nhất": an ordinal word
            num = _ORDINALS.get(val.split()[-1].lower(), 0)
        label = f"{word} {val}".strip(" .:")
        return "part:" + word.lower(), (num,), label
    if m.group("roman"):
        rom = m.group("rom")
        if rom in P.ACCENTED_I:
            rom = "I"  # a stray tone mark on the numeral (the tree wants a heading in capitals)
        return "roman", (roman_value(rom),), rom
    if m.group("dotted"):
        nums = tuple(int(x) for x in m.group("dot").split("."))
        return f"dotted{len(nums)}", nums, m.group("dot")
    if m.group("arabic"):
        n = int(m.group("num"))
        end = marker.rstrip()[-1]
        style = {".": "arabic", ")": "arabic)"}.get(end, "arabic-")
        return style, (n,), str(n)
    if m.group("khoan"):
        # ``Khoản 1.`` under ``Điều 1.``: guidance quoting an article's clauses by name
        n = int(m.group("kn"))
        return "khoan", (n,), f"Khoản {n}"
    if m.group("diem"):
        letter = m.group("dl")
        if letter not in _ALPHABET:
            return None
        return "alphadiem", (_ALPHABET.index(letter),), f"Điểm {letter}"
    if m.group("paren"):
        n = int(m.group("pnum"))
        return "paren", (n,), f"({n})"
    if m.group("subalpha"):
        # ``a.1)``, ``b.2.``: the points of a lettered point in plans and guidance
        letter = m.group("sal")
        if letter not in _ALPHABET:
            return None
        return "subalpha", (_ALPHABET.index(letter), int(m.group("saln"))), marker.strip()[:-1]
    letter = m.group("let") or m.group("letd")
    if letter and letter in _ALPHABET:
        end = marker.rstrip()[-1]
        style = "alphadot" if m.group("letd") else {
            ")": "alpha", "/": "alphaslash"}.get(end, "alphadash")
        return style, (_ALPHABET.index(letter),), letter
    if m.group("ocrnum"):
        return None  # ``Il.``, ``1l.``: read only by :func:`alternates`, in sequence
    upper = m.group("letu")
    if upper and upper.lower() in _ALPHABET:
        # ``A. MỤC ĐÍCH, YÊU CẦU``, ``B - NỘI DUNG``: a section over roman ones (only
        # over a heading in capitals, which the tree checks)
        return "alphaupper", (_ALPHABET.index(upper.lower()),), upper
    return None


#: ``l`` and ``I`` where OCR misread the digit ``1`` (``Điều l.``), and the reverse.
_AS_ONE = str.maketrans("lI", "11")
_AS_I = str.maketrans("l1", "II")
_CONFUSABLE = re.compile(r"([IVXl1]{1,5})([.)])")
_CONFUSABLE_FIRST = frozenset("IVXl1")
_ROMAN_NUMERALS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                   "IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}


def alternates(marker: str) -> tuple[Reading, ...]:
    """Other readings of a numeral marker made of characters OCR confuses: ``l``, ``I``
    and ``1`` look alike, so ``l.`` may be ``1.`` or ``I.``, ``Il.`` and ``11.`` may be
    ``II.``, ``I.`` may be ``1.``. Empty for any other marker (``1.``, ``V.``, ``a)``),
    and the reading :func:`read` gives is not repeated. The tree takes one of them only
    where the reading it would give continues the numbering (see
    :func:`vbcd.segment.body.build_tree`)."""
    if marker[:1] not in _CONFUSABLE_FIRST:
        return ()  # most markers (``1.``, ``a)``): no pattern run
    m = _CONFUSABLE.fullmatch(marker.strip())
    if m is None:
        return ()
    core, stop = m.groups()
    digits = core.isdigit()
    if not ("l" in core or core == "I" or ("1" in core and (not digits or len(core) > 1))):
        return ()
    out: list[Reading] = []
    roman = core.translate(_AS_I)
    value = _ROMAN_NUMERALS.get(roman)
    if value is not None and roman != core:
        out.append(("roman", (value,), roman))
    if set(core) <= set("Il1") and not digits:
        n = int(core.translate(_AS_ONE))
        out.append(("arabic" if stop == "." else "arabic)", (n,), str(n)))
    return tuple(out)


_LineMarker = tuple[int, str, str | None]
"""A line's marker: the length of the line break and indent before it, its text, and
its roman-numeral flag."""


_MANY_LINES = 5000
"""From this many lines on, a zone's lines are matched once per distinct line."""


def _by_split(zone: str, a: int) -> tuple[list[int], list[str], list[str | None]]:
    """The markers of ``zone`` (at offset ``a`` of the text): their offsets, texts and
    roman-numeral flags, from one ``re.split`` over the zone."""
    pieces = _SPLIT.split("\n" + zone)
    flags = pieces[3::4]
    pieces[3::4] = [""] * len(flags)
    offsets = list(accumulate(map(len, pieces), initial=a - 1))
    return offsets[2::4], pieces[2::4], flags


def _by_distinct_line(zone: str, a: int) -> tuple[list[int], list[str], list[str | None]]:
    """What :func:`_by_split` gives, matching each distinct line once.

    A match of ``_SPLIT`` starts at a line break and never crosses the next one (its
    blanks exclude line breaks, its lookaheads stop at them), so it depends on its line
    alone. A long zone of few distinct lines (100,000 lines of ``1.``) then costs a
    dictionary lookup per line instead of a pattern match.
    """
    lines = zone.split("\n")
    distinct: dict[str, _LineMarker | None] = dict.fromkeys(lines)
    if len(distinct) * 4 > len(lines):
        return _by_split(zone, a)
    for line in distinct:
        m = _SPLIT.match("\n" + line)
        distinct[line] = (len(m.group(1)), m.group(2), m.group(3)) if m else None
    found = list(map(distinct.__getitem__, lines))
    # the line break before each line (at a - 1 for the first line)
    breaks = accumulate(map(add, map(len, lines), repeat(1)), initial=a - 1)
    hit_breaks = list(compress(breaks, found))
    hits: list[_LineMarker] = list(filter(None, found))
    starts = list(map(add, hit_breaks, map(itemgetter(0), hits)))
    return starts, list(map(itemgetter(1), hits)), list(map(itemgetter(2), hits))


def scan(text: str, lo: int, hi: int,
         tables: list[tuple[int, int]]) -> tuple[list[int], list[str], dict[str, Reading | None]]:
    """Markers at the start of the lines that start (indent skipped) in ``[lo, hi)``
    outside ``tables`` (sorted, disjoint): their offsets, their texts, and the reading
    of each distinct text."""
    a = text.rfind("\n", 0, lo) + 1
    b = text.find("\n", hi)
    zone = text[a:b if b >= 0 else len(text)]
    starts, markers, flags = _by_distinct_line(zone, a) if zone.count(
        "\n") >= _MANY_LINES else _by_split(zone, a)
    keep = [True] * len(starts)
    if "" in flags:  # a roman numeral glued to what follows: only to a letter
        letter: dict[str, bool] = {}
        for k, flag in enumerate(flags):
            if flag is not None:
                ch = text[starts[k] + len(markers[k])]
                if ch not in letter:
                    letter[ch] = _LETTER.match(ch) is not None
                keep[k] = letter[ch]
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    keep[:i] = [False] * i
    keep[j:] = [False] * (len(keep) - j)
    for t0, t1 in tables:
        i, j = bisect_left(starts, t0), bisect_left(starts, t1)
        if i < j:
            keep[i:j] = [False] * (j - i)
    if not all(keep):
        starts = list(compress(starts, keep))
        markers = list(compress(markers, keep))
    first = dict(zip(reversed(markers), reversed(starts), strict=True))  # each text's first offset
    readings: dict[str, Reading | None] = {}
    for mk, at in first.items():
        m = MARKER_AT.match(text, at)
        readings[mk] = read(m) if m is not None else None
    return starts, markers, readings
