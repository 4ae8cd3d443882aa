"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) back to Unicode.

Old office documents were typed in 8-bit fonts that draw Vietnamese letters in
place of Western ones (``.VnTime`` for TCVN3, ``VNI-Times`` for VNI). Whatever
carried the text further (a ``.doc`` saved as DOCX or HTML, a text export) kept
the *bytes* and read them as Windows-1252, so the letters arrive as
``Céng hoµ x· héi`` or ``Coäng hoøa xaõ hoäi``. Here every character is mapped
back to its byte (Windows-1252, else Windows-1258, else Latin-1) and the byte is
read with the font's table from ``grammar/data/legacy_encodings.toml``.

Detection is comparative, so it cannot misfire on Unicode or English text: a
conversion is kept only if it turns clearly more words into plausible
Vietnamese syllables (onset + vowel cluster + coda, one tone mark) than the
text had as read. The decision is taken for the document, then applied line by
line so that a Unicode line inside a legacy document is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import filterfalse

import regex

from vbcd.grammar import load

ENCODINGS: tuple[str, ...] = ("tcvn3", "vni", "utf8")
"""Names accepted by :func:`decode_legacy` and :func:`encode_legacy`."""

_SCORE_SAMPLE = 200_000  # characters scored for detection; conversion is linear anyway


def _byte_of() -> dict[str, int]:
    """Character -> byte under Windows-1252, then Windows-1258, then Latin-1 (C1).

    The two code pages never give one character two different bytes, so the
    union is a function; only bytes >= 0x80 are kept (ASCII is never touched).
    """
    out: dict[str, int] = {}
    for enc in ("cp1252", "cp1258"):
        for b in range(0x80, 0x100):
            try:
                ch = bytes([b]).decode(enc)
            except UnicodeDecodeError:
                continue
            out.setdefault(ch, b)
    for b in range(0x80, 0xA0):
        out.setdefault(chr(b), b)
    return out


_BYTE_OF = _byte_of()
#: Byte -> the character Windows-1252 reads it as (Latin-1 where it reads none).
_CHAR_OF_BYTE: dict[int, str] = {
    b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
}


def read_cp1252(data: bytes) -> str:
    """Bytes as Windows-1252, undefined bytes as the C1 characters of Latin-1."""
    return "".join(map(_CHAR_OF_BYTE.__getitem__, data))


_DATA = load("legacy_encodings")


def _hex_table(table: dict[str, str]) -> dict[int, str]:
    return {int(k, 16): v for k, v in table.items()}


_TCVN3_BYTES = _hex_table(_DATA["tcvn3"]["bytes"])
_VNI_MARKS = _hex_table(_DATA["vni"]["marks"])
_VNI_LETTERS = _hex_table(_DATA["vni"]["letters"])

#: character as read -> Unicode letter (TCVN3 is one byte per letter)
_TCVN3_CHARS: dict[str, str] = {
    ch: _TCVN3_BYTES[b] for ch, b in _BYTE_OF.items() if b in _TCVN3_BYTES
}
_TCVN3_TRANS = str.maketrans(_TCVN3_CHARS)
#: characters produced by TCVN3 conversion that are lower-case letters (caps-font repair)
_VNI_MARK_CHARS: dict[str, str] = {
    ch: _VNI_MARKS[b] for ch, b in _BYTE_OF.items() if b in _VNI_MARKS
}
_VNI_LETTER_CHARS: dict[str, str] = {
    ch: _VNI_LETTERS[b] for ch, b in _BYTE_OF.items() if b in _VNI_LETTERS
}
_VNI_BASES = "aeouyAEOUY" + "".join(
    ch for ch, letter in _VNI_LETTER_CHARS.items() if letter in "ơưƠƯ"
)

_VNI_PATTERN = regex.compile(
    "([" + regex.escape(_VNI_BASES) + "])([" + regex.escape("".join(_VNI_MARK_CHARS)) + "])"
    "|([" + regex.escape("".join(_VNI_LETTER_CHARS)) + "])"
)

# --- the Vietnamese alphabet and syllable shape -----------------------------------

_SYL = _DATA["syllable"]
_TONES = frozenset(_SYL["tone_marks"])
_BASE_VOWELS = "aăâeêioôơuưy"


def _alphabet() -> frozenset[str]:
    letters = set("abcdđeghiklmnopqrstuvxy")
    for v in _BASE_VOWELS:
        for tone in _SYL["tone_marks"]:
            letters.add(unicodedata.normalize("NFC", v + tone))
        letters.add(v)
    return frozenset(letters | {c.upper() for c in letters})


_VIET_LETTERS = _alphabet()


def _alternation(items: Iterable[str]) -> str:
    return "|".join(regex.escape(x) for x in sorted(items, key=len, reverse=True))


_SYLLABLE = regex.compile(
    "(?:" + _alternation(_SYL["onsets"]) + ")?"
    "(?:" + _alternation(_SYL["nuclei"]) + ")"
    "(?:" + _alternation(_SYL["codas"]) + ")?"
)
# A token: a run of characters that are neither blanks, ASCII punctuation nor
# digits, nor the typographic punctuation legacy text keeps as it is.
_TOKEN = re.compile(r"[^\s\x21-\x40\x5b-\x60\x7b-\x7e“”‘’„–—…•]+")


@lru_cache(maxsize=1 << 16)
def plausible_syllable(word: str) -> bool:
    """Is ``word`` (any case) shaped like one Vietnamese syllable?

    Cached, but bounded: a batch over a million files meets far more distinct
    non-ASCII "words" (OCR debris, legacy bytes) than there are syllables."""
    low = unicodedata.normalize("NFC", word.lower())
    if any(c not in _VIET_LETTERS for c in low):
        return False
    decomposed = unicodedata.normalize("NFD", low)
    if sum(1 for c in decomposed if c in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True)
class Score:
    """How Vietnamese a text reads: plausible syllables among non-ASCII words."""

    plausible: int
    words: int

    @property
    def ratio(self) -> float:
        return self.plausible / self.words if self.words else 0.0


def score(text: str) -> Score:
    """Count the words holding a non-ASCII character, and how many are syllables.

    Words repeat a lot, so each distinct word is judged once (``plausible_syllable`` is
    cached too); the scan itself is one ``findall``, and the distinct words are
    filtered and summed with C loops.
    """
    return _words(text)[0]


def _words(text: str) -> tuple[Score, list[str]]:
    """:func:`score`, and the distinct words holding a non-ASCII character."""
    counts = Counter(_TOKEN.findall(text))
    wide = list(filterfalse(str.isascii, counts))
    words = sum(map(counts.__getitem__, wide))
    plausible = sum(map(counts.__getitem__, filter(plausible_syllable, wide)))
    return Score(plausible, words), wide


# --- conversion -------------------------------------------------------------------


def _vni_sub(m: regex.Match[str]) -> str:
    single: str | None = m.group(3)
    if single is not None:
        return _VNI_LETTER_CHARS[single]
    base: str = m.group(1)
    mark: str = m.group(2)
    base = _VNI_LETTER_CHARS.get(base, base)
    composed = unicodedata.normalize("NFC", base + _VNI_MARK_CHARS[mark])
    if len(composed) == 1 and composed in _VIET_LETTERS:
        return composed
    # not a Vietnamese letter: keep the base, read the mark byte on its own
    return base + (_VNI_LETTER_CHARS.get(mark) or mark)


#: A run of characters that each stand for a byte of 0x80 or more (read back from
#: Windows-1252, Windows-1258 or Latin-1): where UTF-8 read as one of them (mojibake:
#: ``Tá»ˆNH`` for ``TỈNH``) keeps a multi-byte character's bytes.
_HIGH_RUN = re.compile("[" + re.escape("".join(sorted(_BYTE_OF))) + "]+")


def _utf8_run(m: re.Match[str]) -> str:
    """A run of mojibake read back as the UTF-8 it was; a run that is not UTF-8 (a
    Vietnamese letter of the text as read: ``ư`` is no byte sequence) is kept."""
    run = m.group()
    try:
        return bytes(map(_BYTE_OF.__getitem__, run)).decode("utf-8")
    except UnicodeDecodeError:
        return run


def _convert_raw(text: str, encoding: str) -> str:
    if encoding == "tcvn3":
        return text.translate(_TCVN3_TRANS)
    if encoding == "vni":
        return str(_VNI_PATTERN.sub(_vni_sub, text))
    if encoding == "utf8":
        return _HIGH_RUN.sub(_utf8_run, text)
    raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")


def _capital_after_small(original: str, converted: str) -> bool:
    """A converted small letter followed by an ASCII capital in one word (``ñY``)."""
    seen_small = False
    for oc, cc in zip(original, converted, strict=False):
        if oc in _TCVN3_CHARS and cc.islower():
            seen_small = True
        elif seen_small and oc.isascii() and oc.isupper():
            return True
    return False


def _restore_caps(original: str, converted: str) -> str:
    """Upper-case TCVN3 words typed in a capitals font (``.VnTimeH``).

    TCVN3 has no toned capitals: a capitals font draws the lower-case codes as
    capitals, so ``CéNG HOµ X· HéI`` means ``CỘNG HOÀ XÃ HỘI``. A word whose
    ASCII letters are all capitals (two or more) but which converts to lower-case
    Vietnamese letters is such a word; a word with a single capital or none
    (``X·``) follows an adjacent such word, or a line whose other words are all
    capitals and which holds no digit. ``Sè: 45/Q§-UBND`` stays ``Số``: its
    neighbour has no lower-case converted letter and the line has digits.
    """
    orig_tokens = list(_TOKEN.finditer(original))
    conv_tokens = list(_TOKEN.finditer(converted))
    if len(orig_tokens) != len(conv_tokens):  # pragma: no cover - translate keeps lengths
        return converted
    kinds: list[str] = []
    for om, cm in zip(orig_tokens, conv_tokens, strict=True):
        o, c = om.group(), cm.group()
        ascii_letters = [ch for ch in o if ch.isascii() and ch.isalpha()]
        converted_lower = any(
            oc in _TCVN3_CHARS and cc.islower() for oc, cc in zip(o, c, strict=False)
        )
        if not converted_lower:
            kinds.append("none")
        elif any(ch.islower() for ch in ascii_letters):
            kinds.append("lower")
        elif len(ascii_letters) >= 2 or _capital_after_small(o, c):
            kinds.append("caps")
        else:
            kinds.append("ambiguous")
    upper = [k == "caps" for k in kinds]
    others = [
        cm.group().upper() if k == "caps" else cm.group()
        for k, cm in zip(kinds, conv_tokens, strict=True) if k != "ambiguous"
    ]
    letters = [ch for tok in others for ch in tok if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and not any(
        "0" <= ch <= "9" for ch in original
    ):
        # a line in capitals without numbers (X· L¦¥NG MINH): its short words too
        upper = [u or k == "ambiguous" for u, k in zip(upper, kinds, strict=True)]
    changed = True
    while changed:  # propagate through chains of ambiguous words (X· H¸T)
        changed = False
        for i, k in enumerate(kinds):
            if k == "ambiguous" and not upper[i] and (
                (i > 0 and upper[i - 1]) or (i + 1 < len(kinds) and upper[i + 1])
            ):
                upper[i] = changed = True
    if not any(upper):
        return converted
    out = list(converted)
    for flag, cm in zip(upper, conv_tokens, strict=True):
        if flag:
            out[cm.start():cm.end()] = list(cm.group().upper())
    return "".join(out)


#: Small letters whose capital TCVN3 has no code for (the toned vowels): a typist in
#: ``.VnTime`` types the small code where the capital belongs (``ñy ban`` for ``Ủy
#: ban``), so the converted text holds a small letter where a sentence opens.
_NO_CAPITAL = frozenset(
    letter for letter in _TCVN3_BYTES.values()
    if letter.islower() and letter.upper() not in _TCVN3_BYTES.values()
)
#: Where a capital is due: after a list marker at the line's start (``- ``, ``1. ``,
#: ``a) ``, ``II. ``) or after a sentence's end; group 1 is the letter there.
_INITIAL = re.compile(
    r"(?:^[ \t]*(?:[-+•*–]|\d{1,3}[.)]|[a-zđ][.)]|[IVX]{1,4}\.)[ \t]+|[.!?][ \t]+)(\w)",
    re.MULTILINE,
)
#: A line's first letter (after blanks).
_FIRST_LETTER = re.compile(r"[ \t]*(\w)")


def _restore_initials(original: str, converted: str, opens: bool = False) -> str:
    """Capitalise a converted toned small letter that opens a list item or a sentence
    (``- ñy ban An toµn giao th«ng`` → ``- Ủy ban An toàn giao thông``, not ``ủy ban``).

    Only letters TCVN3 cannot write as capitals, and only where the byte was a legacy
    code (``translate`` keeps offsets, so the original line tells which). A line's
    first word without a marker counts only when the line opens a paragraph
    (``opens``: the line before is blank or ends a sentence); else it may go on a
    wrapped sentence."""
    out: list[str] | None = None
    starts = [m.start(1) for m in _INITIAL.finditer(converted)]
    if opens and (first := _FIRST_LETTER.match(converted)) is not None:
        starts.append(first.start(1))
    for k in starts:
        if converted[k] in _NO_CAPITAL and original[k] in _TCVN3_CHARS:
            if out is None:
                out = list(converted)
            out[k] = converted[k].upper()
    return converted if out is None else "".join(out)


def _opens(previous: str) -> bool:
    """Does the line after ``previous`` open a paragraph (``previous`` blank, or ending
    a sentence or a lead-in)?"""
    tail = previous.rstrip()
    return not tail or tail[-1] in ".:!?"


def convert(text: str, encoding: str, *, caps: bool | None = None) -> str:
    """Convert ``text`` known to be in ``encoding`` (from its font), unconditionally.

    ``caps=True`` for a capitals font (everything upper-cased); ``None`` repairs
    TCVN3 capitals word by word (:func:`_restore_caps`).
    """
    out: list[str] = []
    previous = ""
    for line in text.split("\n"):
        conv = _convert_raw(line, encoding)
        if conv != line:
            if caps is True:
                conv = conv.upper()
            elif caps is None and encoding == "tcvn3":
                conv = _restore_initials(line, _restore_caps(line, conv), _opens(previous))
        out.append(conv)
        previous = line
    return "\n".join(out)


def _decode_line(
    line: str, encoding: str, caps: bool | None, opens: bool = False, tie: bool = True,
) -> str:
    """One line converted, unless conversion makes it read worse (a Unicode line);
    ``opens``: the line opens a paragraph (see :func:`_restore_initials`); ``tie``:
    convert a line that reads exactly as well either way (see :func:`decode_legacy`)."""
    conv = _convert_raw(line, encoding)
    if conv == line:
        return line
    before, after = score(line), score(conv)
    if after.plausible < before.plausible or (not tie and after.plausible == before.plausible):
        return line
    if caps is True:
        return conv.upper()
    if caps is None and encoding == "tcvn3":
        return _restore_initials(line, _restore_caps(line, conv), opens)
    return conv


def decode_legacy(text: str, encoding: str, *, caps: bool | None = None) -> str:
    """Convert ``text`` read from a legacy font to Unicode, line by line.

    A line is converted unless conversion makes it read worse (a Unicode line
    inside a legacy document). ``caps=True`` upper-cases everything (text known
    to be in a capitals font), ``None`` guesses per word for TCVN3 (see
    :func:`_restore_caps`), ``False`` never upper-cases.
    """
    lines = text.split("\n")
    # mojibake (``utf8``) converts only whole UTF-8 byte runs, which a Unicode line
    # does not hold: a tie is safe there
    ties = [True] * len(lines) if encoding == "utf8" else _legacy_context(lines)
    return "\n".join(
        _decode_line(line, encoding, caps, _opens(previous), tie)
        for line, previous, tie in zip(lines, ["", *lines], ties, strict=False))


def _legacy_context(lines: list[str]) -> list[bool]:
    """Per line: may it be converted when it reads no better converted than as read?

    A document typed in a legacy font and only partly run through a converter has
    Unicode lines (the recipient list, the signature: ``- Như trên;``,
    ``Bùi Thanh Trà``) whose letters all stand for bytes and whose conversion reads
    just as Vietnamese (``Nhý trờn``, ``Bựi Thanh TrỖ``). Such a tie is converted
    only where the line, or the nearest non-blank line before or after it, holds a
    legacy-only character: a legacy header line like ``Sè: 45/KH-SNV`` sits among
    legacy lines, a Unicode line among Unicode ones. Lines of ASCII only (blank,
    ``|`` or ``-----`` of a converted table) say nothing and are skipped.
    """
    marked = [_LEGACY_CHAR.search(line) is not None for line in lines]
    out = list(marked)
    last = False  # the nearest line before holding a non-ASCII character is marked
    for i, line in enumerate(lines):
        out[i] = out[i] or last
        if not line.isascii():
            last = marked[i]
    last = False
    for i in range(len(lines) - 1, -1, -1):
        out[i] = out[i] or last
        if not lines[i].isascii():
            last = marked[i]
    # a line holding a letter no byte reads as (``ậ`` of ``Nơi nhận:``) was never read
    # from legacy bytes, even right after a legacy line
    return [o and (m or _READABLE.issuperset(line))
            for o, m, line in zip(out, marked, lines, strict=True)]


def detect_legacy(text: str) -> str | None:
    """The legacy encoding ``text`` was typed in, or ``None`` for ordinary text.

    Chosen if converting makes at least three more words plausible syllables,
    reaches a plausible ratio of 0.6, and beats the text as read by 0.25.
    """
    sample = text[:_SCORE_SAMPLE]
    if _BYTE_OF.keys().isdisjoint(sample):  # a C loop, not a generator
        return None
    return _best_encoding(sample, score(sample))


def _best_encoding(sample: str, before: Score) -> str | None:
    """:func:`detect_legacy` once ``sample`` is scored as read (``before``)."""
    if before.ratio > 0.75:
        # a conversion must beat the text as read by 0.25 and no ratio exceeds 1:
        # text that already reads as Vietnamese (every Unicode document) stops here
        return None
    best: tuple[int, str] | None = None
    for enc in ENCODINGS:
        conv = _convert_raw(sample, enc)
        if conv == sample:
            continue
        after = score(conv)
        if (
            after.plausible - before.plausible >= 3
            and after.ratio >= 0.6
            and after.ratio >= before.ratio + 0.25
            and (best is None or after.plausible > best[0])
        ):
            best = (after.plausible, enc)
    return best[1] if best else None


def label(encoding: str) -> str:
    """Human name of a legacy encoding (``TCVN3 (ABC)``)."""
    return str(_DATA[encoding]["label"])


def font_encoding(font: str | None) -> tuple[str | None, bool]:
    """Legacy encoding implied by a font name, and whether it is a capitals font."""
    if not font:
        return None, False
    name = font.strip().lower()
    for enc in ENCODINGS:
        if any(name.startswith(p) for p in _DATA[enc]["font_prefixes"]):
            suffix = _DATA[enc].get("caps_font_suffix")
            return enc, bool(suffix) and name.endswith(str(suffix))
    return None, False


#: Characters that stand for a legacy letter byte (TCVN3 or VNI) but are neither a
#: Vietnamese letter nor typographic punctuation (``¸ µ × § ¬ ä ø`` ...). Unicode
#: Vietnamese text hardly holds them; every legacy line is full of them, so they
#: point at the lines a partial conversion left behind. Combining marks (Windows-1258
#: tone bytes) are left out: decomposed (NFD) Unicode text is full of them.
_LEGACY_ONLY = "".join(sorted(
    c
    for c in (set(_TCVN3_CHARS) | set(_VNI_LETTER_CHARS) | set(_VNI_MARK_CHARS))
    - _VIET_LETTERS - set("\u00a0“”‘’„–—…•₫")
    if not unicodedata.combining(c)
))
_LEGACY_CHAR = re.compile("[" + re.escape(_LEGACY_ONLY) + "]")
#: Characters a line read from legacy bytes can hold: ASCII and the characters that
#: stand for a byte (any other, ``ộ`` or ``ư``, was never a legacy byte).
_READABLE = frozenset(map(chr, range(0x80))) | frozenset(_BYTE_OF)
_LEGACY_LINE = re.compile("^.*[" + re.escape(_LEGACY_ONLY) + "].*$", re.MULTILINE)


def _detect_partial(sample: str, wide: list[str]) -> str | None:
    """The legacy encoding of the lines a partial conversion left behind, or ``None``.

    A document converted only in part (the body run through a converter, the
    header and signature tables, typed in ``.VnTimeH``, left as
    ``UBND TØNH TH¸I B×NH``) reads as Unicode overall, so :func:`detect_legacy`
    keeps it. Here only the lines holding a legacy-only character are scored,
    with the same thresholds; a stray ``§`` or ``×`` in a Unicode document gains
    fewer than three syllables and changes nothing. ``wide`` are the sample's
    distinct non-ASCII words, already counted for the whole-text test: looking
    for the characters there is far cheaper than in the text.
    """
    if _LEGACY_CHAR.search("".join(wide)) is None:  # one C scan; most documents stop here
        return None
    return detect_legacy("\n".join(_LEGACY_LINE.findall(sample)))


def _decode_marked(text: str, encoding: str) -> str:
    """Convert the lines holding a legacy-only character (see :func:`_detect_partial`),
    and a line between two such lines (``Sè: 45/KH-SNV`` in a legacy header has only
    Vietnamese-looking letters) that could be legacy bytes throughout; each only if it
    does not read worse converted."""
    lines = text.split("\n")
    marked = [_LEGACY_CHAR.search(line) is not None for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k in range(1, len(filled) - 1):
        # a line between two legacy ones is filled in only if every character could be
        # a legacy byte: one holding a letter no byte reads as (``ộ`` in ``- Bộ Công
        # an;`` of a recipient list) is Unicode already, and converting it would
        # garble it (``Bộ Cụng an``) as it reads no worse
        if marked[filled[k - 1]] and marked[filled[k + 1]] and _READABLE.issuperset(
                lines[filled[k]]):
            marked[filled[k]] = True
    return "\n".join(
        _decode_line(line, encoding, None, _opens(previous)) if m else line
        for line, m, previous in zip(lines, marked, ["", *lines], strict=False))


def fix_legacy(text: str) -> tuple[str, str | None]:
    """Detect and convert in one step; returns ``(text, encoding or None)``.

    A document in a legacy font is converted whole; failing that, one whose
    conversion was partial has its leftover legacy lines converted.
    """
    sample = text[:_SCORE_SAMPLE]
    if _BYTE_OF.keys().isdisjoint(sample):  # a C loop, not a generator
        return text, None
    before, wide = _words(sample)
    enc = _best_encoding(sample, before)
    if enc is not None:
        return decode_legacy(text, enc), enc
    enc = _detect_partial(sample, wide)
    if enc is None:
        return text, None
    return _decode_marked(text, enc), enc


# --- the inverse, for tests and for writing fixtures -------------------------------


@cache
def _encoder(encoding: str) -> dict[str, str]:
    table: dict[str, str] = {}
    if encoding == "tcvn3":
        for b, letter in _TCVN3_BYTES.items():
            ch = bytes([b]).decode("cp1252")
            table.setdefault(letter, ch)
        for letter in list(table):
            up = letter.upper()
            if len(up) == 1 and up != letter:
                # no toned capitals in TCVN3: a capitals font draws the small code
                table.setdefault(up, table[letter])
        return table
    if encoding == "vni":
        for b, letter in _VNI_LETTERS.items():
            table[letter] = bytes([b]).decode("cp1252")
        mark_of: dict[str, str] = {}
        for b, marks in _VNI_MARKS.items():
            ch = bytes([b]).decode("cp1252")
            # capital forms are the bytes below 0xE0
            canonical = unicodedata.normalize("NFD", "a" + marks)[1:]
            key = canonical + ("U" if b < 0xE0 else "l")
            mark_of.setdefault(key, ch)
        for letter in _VIET_LETTERS:
            if letter in table or letter.isascii():
                continue
            decomposed = unicodedata.normalize("NFD", letter)
            base, marks = decomposed[0], decomposed[1:]
            if base.lower() in "ou" and "\u031b" in marks:  # horn: ơ ư are letters
                horn = unicodedata.normalize("NFC", base + "\u031b")
                base_ch = table[horn]
                marks = marks.replace("\u031b", "")
            elif base.lower() == "i" or (base.lower() == "y" and marks == "\u0323"):
                continue  # single-byte letters, already in the table
            else:
                base_ch = base
            if not marks:
                table[letter] = base_ch
                continue
            case = "U" if letter.isupper() else "l"
            mark_ch = mark_of.get(marks + case)
            if mark_ch is not None:
                table[letter] = base_ch + mark_ch
        return table
    raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")


def encode_legacy(text: str, encoding: str) -> str:
    """Write Unicode ``text`` as a legacy font would store it, read as Windows-1252
    (``utf8``: its UTF-8 bytes read so, undefined bytes as Latin-1's C1 characters).

    The inverse of :func:`decode_legacy` (TCVN3 loses the case of toned capitals,
    as the fonts did). Used to build test fixtures.
    """
    nfc = unicodedata.normalize("NFC", text)
    if encoding == "utf8":
        return read_cp1252(nfc.encode("utf-8"))
    table = _encoder(encoding)
    return "".join(table.get(ch, ch) for ch in nfc)
