"""Layer 1: from bytes or raw text to the normalised text every span points into.

Normalisation is a list of *edits* (replace ``raw[a:b]`` by a string) applied in
one left-to-right pass, so that an offset map from the normalised text back to
the decoded input falls out for free. What it does, and why:

* NFC per grapheme cluster (decomposed diacritics from PDF or OCR text); combining
  tone marks standing alone between blanks (a PDF extraction wrote them after the
  words) removed with a note, since the vowel each belonged to cannot be told;
* converter debris removed: Markdown emphasis (``**``, ``__``, ``*``, ``_``), heading
  marks (``##``), table pipes (a cell border becomes a line break, so a
  two-column header linearises into separate lines), horizontal rules
  (``-----``), ``--- PAGE BREAK ---`` / ``--- PAGE 2 ---`` markers, escape backslashes;
* page furniture removed: a gazette's running headers (``CÔNG BÁO/Số .../Ngày ...``
  and the page number), its section and category lines above the header, electronic
  signature stamps, a website's watermark line; PDF glyphs (``Ƣ``) read as the letter
  they stand for, and digits spaced out in a date or a number joined;
* control characters, zero-width characters and NBSP cleaned, CRLF unified;
* a type line glued to its title (``THÔNG BÁO**Ý KIẾN``) split onto two lines;
* fixed words split by stray spaces in OCR text (``N ơi nhận``) rejoined, but
  only for words of the lexicon, where the repair is certain; and syllables
  split around a lone consonant fragment (``Qu ả ng``, ``T HÀNH``), cut anew
  into syllables of a syllable list (:mod:`vbcd.syllables`).

Tone placement (``uỷ``/``ủy``) is *not* changed in the text: :func:`fold_tones`
gives a same-length copy used only for matching, so spans are shared.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, islice, repeat
from operator import add, itemgetter, lt, methodcaller, ne

import regex

from vbcd.errors import BinaryInputError, EncodingError, InputTooLargeError
from vbcd.normalize_debris import (
    FIXED_WORDS,
    HYPHENS,
    LATIN_LOOKALIKES,
    NUMERAL_LOOKALIKES,
    PDF_GLYPHS,
    Found,
    find_debris,
)
from vbcd.normalize_runin import split_run_in
from vbcd.syllables import restore as restore_syllables
from vbcd.syllables import strip_marks as strip_marks  # re-exported: callers import it here

DEFAULT_MAX_CHARS = 20 * 1024 * 1024


#: Blanks read before a cell border's pipe (the border edit starts at the blanks).
_CELL_PAD = 16


@dataclass
class Normalized:
    """The normalised text, its map back to the input, and what was noticed."""

    text: str
    raw: str
    anchors: list[tuple[int, int]]
    bold: list[tuple[int, int]] = field(default_factory=list)
    page_breaks: list[int] = field(default_factory=list)
    rules: list[int] = field(default_factory=list)
    tables: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def raw_offset(self, offset: int) -> int:
        return map_offset(self.anchors, offset)

    def cell_breaks(self) -> list[int]:
        """The offsets (sorted) of the line breaks a table's cell border became.

        A data table's row is read one cell a line, so a name in one cell would run
        into the next one's capitalised words (``PCT UBND tỉnh`` / ``Phòng họp số 3``);
        these breaks tell the readers where a cell ends. A break inside a table that
        no pipe made (a cell's own ``<br>``) is none. Only the tables' text is read.
        """
        text, raw = self.text, self.raw
        out: list[int] = []
        for a, b in self.tables:
            p = text.find("\n", a, b)
            while p >= 0:
                r = map_offset(self.anchors, p)  # the border's blank before the pipe, or it
                if raw[r : r + _CELL_PAD].lstrip(" \t").startswith("|"):
                    out.append(p)
                p = text.find("\n", p + 1, b)
        return out


def map_offset(anchors: list[tuple[int, int]], offset: int) -> int:
    """Map a normalised offset to the raw text through an anchor list.

    Anchors are ``(text_offset, raw_offset)`` pairs at the edges of every edit;
    between anchors the mapping is the identity shift, clamped so that offsets
    inside a replacement map to the start of the replaced raw text.
    """
    if not anchors:
        return offset
    i = bisect_right(anchors, (offset, 1 << 62)) - 1
    if i < 0:
        return offset
    t, r = anchors[i]
    mapped = r + (offset - t)
    if i + 1 < len(anchors):
        mapped = min(mapped, anchors[i + 1][1])
    return mapped


# --- decoding ---------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte is NUL in mostly-ASCII text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


_BINARY_CATEGORIES = frozenset(("Cc", "Cn", "Co", "Cs"))
_TEXT_CONTROLS = "\n\r\t\f"
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in _TEXT_CONTROLS)


def _mostly_text(s: str) -> bool:
    """Whether decoded text is made of printable characters (not decoded binary)."""
    sample = s[:20000]
    # the line and page controls are category Cc too, and do not count
    bad = sum(map(_BINARY_CATEGORIES.__contains__, map(unicodedata.category, sample)))
    bad -= sum(map(sample.count, _TEXT_CONTROLS))
    return bad <= 0.02 * len(sample)


_DAMAGE_SHARE = 50
"""At most one character in this many may be undecodable for a lenient decoding."""


def _lenient(data: bytes, enc: str) -> str | None:
    """``data`` decoded with its damaged sequences replaced by U+FFFD, if they are few.

    A file cut in the middle of a character, or with one stray byte, keeps the rest
    of its text instead of being refused (or, for UTF-8, decoded whole as the
    fallback code page, which garbles every Vietnamese letter).
    """
    text = data.decode(enc, errors="replace")
    return text if text.count("\ufffd") * _DAMAGE_SHARE <= len(text) else None


def decode(data: bytes) -> tuple[str, str]:
    """Decode input bytes; returns ``(text, encoding)``.

    Tries BOMs, BOM-less UTF-16, UTF-8, then Windows-1258 (the Vietnamese code
    page of old Windows text). Text in a recognised Unicode encoding with a few
    damaged bytes keeps the rest (see :func:`_lenient`). Raises
    :class:`BinaryInputError` for data that is not text at all and
    :class:`EncodingError` when nothing decodes.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                text = _lenient(data, enc)
                if text is not None:
                    return text, enc
                raise EncodingError(
                    f"bytes start with a {enc} BOM but do not decode: {exc}"
                ) from exc
    enc16 = _looks_utf16(data)
    if enc16:
        decoded = _lenient(data, enc16)
        if decoded and _mostly_text(decoded):
            return decoded, enc16
    sample = data[:65536]
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if b"\x00" in sample or controls > 0.05 * len(sample):
            raise BinaryInputError(
                f"input looks binary ({controls} control bytes in the first {len(sample)})"
            )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few damaged bytes: valid multi-byte characters far outnumber the
    # damage. Windows-1258 text almost never forms a valid UTF-8 sequence, so it
    # still falls through to its own decoder.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if multibyte >= 20 * bad:
        return text, "utf-8"
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError as exc:
        raise EncodingError(f"input is neither UTF-8, UTF-16 nor Windows-1258: {exc}") from exc


# --- tone placement -----------------------------------------------------------------

_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ",
    "A": "ÀÁẢÃẠ", "E": "ÈÉẺẼẸ", "Y": "ỲÝỶỸỴ", "O": "ÒÓỎÕỌ", "U": "ÙÚỦŨỤ",
}


def _tone_of(ch: str) -> tuple[str, int] | None:
    for base, forms in _TONED.items():
        i = forms.find(ch)
        if i >= 0:
            return base, i
    return None


_OLD_TONE = regex.compile(
    r"(?<![\p{L}])(?:(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|([uU])([ỳýỷỹỵỲÝỶỸỴ]))(?!\p{L})"
    r"|(?<=\p{L})(?:(?<![qQgG])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ]))(?!\p{L})"
)

# Where an _OLD_TONE match can start: one pattern per first letter, so that the
# engine jumps from one ``o`` to the next (a pattern starting with ``[oOuU]`` is
# tried at every position, and that scan cost more than the rest of fold_tones).
# Both branches of _OLD_TONE end with ``(?!\p{L})``: a pair followed by a letter of
# the Latin blocks (every one of them ``\p{L}``) is no candidate, and most pairs are
# inside a word (``hoàn``, ``khoản``), where the full pattern need not be tried.
_LATIN_LETTER = "a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_TONE_STARTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("o", re.compile(f"o[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![{_LATIN_LETTER}])")),
    ("O", re.compile(f"O[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![{_LATIN_LETTER}])")),
    ("u", re.compile(f"u[ỳýỷỹỵỲÝỶỸỴ](?![{_LATIN_LETTER}])")),
    ("U", re.compile(f"U[ỳýỷỹỵỲÝỶỸỴ](?![{_LATIN_LETTER}])")),
)


def _move_tone(m: regex.Match[str]) -> str:
    groups = [g for g in m.groups() if g is not None]
    first, second = groups
    info = _tone_of(second)
    if info is None:  # pragma: no cover - the pattern only matches toned vowels
        return m.group(0)
    base, tone = info
    return _TONED[first][tone] + base


@lru_cache(maxsize=4096)
def fold_tones(text: str) -> str:
    """Same-length copy of ``text`` with one tone-placement convention (``ủy``, ``hòa``).

    Used for matching only: the document keeps the spelling it was written in.
    The result is ``_OLD_TONE.sub(_move_tone, text)``; the full pattern (with its
    letter context) is only tried where a candidate pair starts. Matches are two
    characters and cannot overlap (the second is never ``o`` or ``u``).
    """
    starts: list[int] = []
    for first, pattern in _TONE_STARTS:
        if first in text:
            starts += [m.start() for m in pattern.finditer(text)]
    if not starts:
        return text
    starts.sort()
    pieces: list[str] = []
    pos = 0
    for p in starts:
        m = _OLD_TONE.match(text, p)
        if m is not None:
            pieces.append(text[pos:p])
            pieces.append(_move_tone(m))
            pos = p + 2
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


# --- debris -------------------------------------------------------------------------
# The scans live in vbcd.normalize_debris; here each match becomes an edit.

_WS_RUN = regex.compile(r"\s+")

_CONST_REP: dict[str, str] = {
    "pagebreak": "\n", "sep": "", "rule": "\n", "pipe": "\n", "glued": "\n",
    "emph": "", "bold": "", "heading": "", "escape": "", "br": "\n", "caption": "", "bullet": "-",
    "digest": "", "translation": "", "web": "",
    "dash_wrap": " ", "article_wrap": " ", "type_wrap": " ", "link": "", "pageno": "", "stamp": "",
    "watermark": "", "gazette": "", "detached": "", "grid_edge": "", "footmark": "",
}
"""What the debris of each kind becomes, for the kinds whose replacement is fixed."""


_LOOKALIKE_TABLE = str.maketrans(LATIN_LOOKALIKES)
#: Blanks inside a line that part two columns (two header columns, two signers'
#: blocks side by side); a name's words are three blanks apart at most, even in
#: justified text (a PDF text layer spreads a line by two extra blanks a gap).
COLUMN_GAP = 4
#: What a tab becomes: blanks as wide as a column gap, so that the gap survives.
TAB_BLANKS = " " * COLUMN_GAP


def _replacement(kind: str, s: str) -> str | None:
    """What a debris match of a kind not in :data:`_CONST_REP` becomes; ``None``
    keeps it unchanged."""
    if kind == "char":
        if s == "\x0c":
            return "\n"
        if s == "\t":
            # a tab parts columns (two signers' blocks side by side): kept as a wide
            # run of blanks, which the layout readers take for a column gap
            return TAB_BLANKS
        if s in "\u00a0\u2007\u202f":
            return " "
        if s == "\u00d0":
            return "Đ"
        if s in HYPHENS:
            return "-"
        return ""
    if kind == "grid_gap":
        # a two-column grid table's inner border: the columns' gap (see _grid_pipes)
        return " " * max(len(s), COLUMN_GAP)
    if kind == "grid_lead":
        # the pipe opening a grid table's line and the blank after it (see _grid_pipes)
        return " " * (len(s) - 2)
    if kind == "split":
        if " " not in s:
            return None
        return _restore_split(s)
    if kind == "syllable":
        return restore_syllables(s)
    if kind == "glyph":
        return PDF_GLYPHS[s]
    if kind == "lookalike":
        return s.translate(_LOOKALIKE_TABLE)
    if kind == "digits":
        return s.replace(" ", "")
    if kind == "numeral":
        return s.translate(NUMERAL_LOOKALIKES)
    if kind == "entity":
        return _entity(s)
    if kind == "decomposed":
        composed = unicodedata.normalize("NFC", s)
        return composed if composed != s else None
    return None  # pragma: no cover


def _entity(s: str) -> str | None:
    """The character an HTML reference names (``&amp;`` → ``&``), as the ``char`` pass
    would leave it: a no-break space or a tab a space, a control or invisible
    character nothing, a Unicode hyphen ``-``; ``None`` (kept) for one that names no
    character."""
    ch = html.unescape(s)
    if ch == s:
        return None
    if ch in "\u00a0\u2007\u202f\t":
        return " "
    if ch in HYPHENS:
        return "-"
    if ch == "\n":
        return "\n"
    if all(unicodedata.category(c) in ("Cc", "Cf") for c in ch):
        return ""
    return unicodedata.normalize("NFC", ch)


def _restore_split(s: str) -> str | None:
    key = _WS_RUN.sub("", s).casefold()
    for word in FIXED_WORDS:
        if word.replace(" ", "").casefold() == key:
            # Keep the input's letter case; take the word's own spaces.
            letters = [c for c in s if not c.isspace()]
            out = []
            j = 0
            for ch in word:
                if ch == " ":
                    out.append(" ")
                else:
                    out.append(letters[j])
                    j += 1
            restored = "".join(out)
            return restored if restored != s else None
    return None


Edit = tuple[int, int, str]


def _space_edits(a: int, surface: str, rep: str) -> list[Edit]:
    """A rejoined word (``N ơi nhận`` -> ``Nơi nhận``) as edits of its spaces only.

    The two spellings have the same letters in the same order; editing just the
    spaces keeps every letter anchored to its own raw character, where replacing
    the whole word would map letters inside it to their neighbours. A missing space
    is added with the letter after it (a replacement, not a bare insertion, so it
    has a raw character to map to).
    """
    out: list[Edit] = []
    i = j = 0
    while i < len(surface) and j < len(rep):
        if surface[i] == rep[j]:
            i += 1
            j += 1
        elif surface[i] == " ":
            out.append((a + i, a + i + 1, ""))
            i += 1
        elif rep[j] == " ":
            out.append((a + i, a + i + 1, " " + surface[i]))
            i += 1
            j += 2
        else:  # pragma: no cover - _restore_split keeps the letters
            return [(a, a + len(surface), rep)]
    if i < len(surface):
        out.append((a + i, a + len(surface), ""))
    elif j < len(rep):  # pragma: no cover - rep never ends with a space
        return [(a, a + len(surface), rep)]
    return out


def apply_edits(raw: str, edits: list[Edit]) -> tuple[str, list[tuple[int, int]]]:
    """Apply sorted, non-overlapping edits; returns the new text and its anchors.

    :meth:`vbcd.models.Document.raw_offset` reads the anchors as identity shifts
    from the last anchor at or before an offset, unclamped. So the characters an
    edit adds beyond the length of what it replaces (a split word given back its
    space, a combining mark that NFC expands) each get an anchor pinning them to
    the replaced text's last character: no offset then maps past the edit, and a
    span ending there maps back inside the input.
    """
    out: list[str] = []
    anchors: list[tuple[int, int]] = [(0, 0)]
    pos = 0
    tpos = 0
    for a, b, rep in edits:
        out.append(raw[pos:a])
        tpos += a - pos
        anchors.append((tpos, a))
        out.append(rep)
        if len(rep) > b - a > 0:
            anchors.extend((tpos + j, b - 1) for j in range(b - a, len(rep)))
        tpos += len(rep)
        anchors.append((tpos, b))
        pos = b
    out.append(raw[pos:])
    return "".join(out), anchors


def compose(outer: list[tuple[int, int]], inner: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Anchors of a second normalisation step (``outer``: its text to the first
    step's text) composed onto the first (``inner``: the first step's text to raw).

    The result keeps the breakpoints of both maps: the second step's anchors carried
    back to raw, and the first step's anchors carried forward to the final text.
    Keeping only the former lost every first-step edit (a removed ``**``, a CRLF)
    outside the second step's own edits, and shifted the raw offsets after them.
    The result is sorted, without repeats.
    """
    outer_t, outer_s = _columns(outer)
    inner_t, inner_r = _columns(inner)
    pairs = list(zip(outer_t, map_offsets(inner_t, inner_r, outer_s), strict=True))
    # the first step's anchors through ``back``, the inverse of ``outer``
    if len(outer) * 8 < len(inner):
        pairs += _carry_forward(outer_s, outer_t, inner, inner_t)
    else:
        pairs += zip(map_offsets(outer_s, outer_t, inner_t), inner_r, strict=True)
    pairs.sort()
    return _dedupe(pairs)


def _carry_forward(keys: list[int], values: list[int], inner: list[tuple[int, int]],
                   inner_t: list[int]) -> list[tuple[int, int]]:
    """``[(map_offset(back, t), r) for t, r in inner]`` with ``back`` the anchors
    ``zip(keys, values)``, for a ``back`` of few anchors (a page join or two).

    Between two anchors of ``back`` the offsets shift by one amount up to where the
    clamp applies, then stay at the clamp: one slice of ``inner`` each (the same
    tuples where the shift is zero, before the first join), not one lookup per
    anchor.
    """
    firsts = list(map(bisect_left, repeat(inner_t), keys))
    firsts.append(len(inner_t))
    out = inner[:firsts[0]]  # before the first anchor: the identity
    n = len(keys)
    for i in range(n):
        lo, hi = firsts[i], firsts[i + 1]
        if lo == hi:
            continue
        shift = values[i] - keys[i]
        mid = hi
        if i + 1 < n:  # past ``cap - shift`` an offset is clamped to ``cap``
            mid = bisect_right(inner_t, values[i + 1] - shift, lo, hi)
        if shift:
            out += zip(map(add, inner_t[lo:mid], repeat(shift)),
                       map(_SECOND, inner[lo:mid]), strict=True)
        else:
            out += inner[lo:mid]
        if mid < hi:
            out += zip(repeat(values[i + 1]), map(_SECOND, inner[mid:hi]))
    return out


_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_NO_CAP = 1 << 62


def _columns(anchors: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The two sides of an anchor list, as two lists."""
    return list(map(_FIRST, anchors)), list(map(_SECOND, anchors))


def map_offsets(keys: list[int], values: list[int], offsets: Iterable[int]) -> list[int]:
    """:func:`map_offset` of each of ``offsets`` through the anchors
    ``zip(keys, values)`` (both sides sorted); through the inverse of an anchor list,
    pass its sides swapped.

    One merge-like walk: offsets come in ascending order (any order is right, only
    slower), so the anchor an offset maps through is usually the previous one's, and
    a binary search runs only when an offset leaves its anchor's stretch. Faster than
    one binary search per offset, even in C, on every size met.
    """
    if not keys:
        return list(offsets)
    out: list[int] = []
    append = out.append
    n = len(keys)
    here = nxt = _NO_CAP  # the current stretch: offsets in [here, nxt)
    shift = 0
    cap = _NO_CAP
    j = -1
    for x in offsets:
        if x >= nxt or x < here:
            # searched from the current anchor on when the offset moved forward
            j = bisect_right(keys, x, j + 1 if x >= nxt else 0) - 1
            if j < 0:  # before the first anchor: the identity
                here, nxt, shift, cap = -_NO_CAP, keys[0], 0, _NO_CAP
            else:
                here = keys[j]
                shift = values[j] - here
                if j + 1 < n:
                    nxt, cap = keys[j + 1], values[j + 1]
                else:
                    nxt = cap = _NO_CAP
        mapped = x + shift
        append(mapped if mapped <= cap else cap)
    return out


# A Markdown table row with three or more cells: a data table, not running text.
_ROW = r"[ \t]*\|(?:[^|\n]*\|){3,}[ \t]*$"
# A run of such rows on consecutive lines: one match per table, where matching each
# row and merging them cost a match object per row. Found from the newline before
# it (a literal the engine jumps to), or at the start of the text.
_TABLE_ROWS = re.compile(rf"{_ROW}(?:\n{_ROW})*", re.MULTILINE)
_TABLE_AFTER_NEWLINE = re.compile(rf"\n({_ROW}(?:\n{_ROW})*)", re.MULTILINE)

_PAGE_JOIN = regex.compile(
    r"(?<=[\p{Ll},;–-])[ \t]*\n(?:[ \t]*\n)+(?=[ \t]*(?![a-zđ]\)|[a-zđ]\.\s)\p{Ll})"
)
# A superset of where a _PAGE_JOIN match can start, as one pattern starting with a
# literal newline the engine jumps to: a line ending in a possible lower-case letter
# or ``,;–-``, followed by blank lines and a possible lower-case letter (any
# non-ASCII character counts as one); or a line ending in blanks followed by a
# blank line (rare: its start is found afterwards). Each branch consumes at most
# one run of blank lines from a non-blank line, so the scan stays linear.
_LOWER_OR_WIDE = "a-z\x80-\U0010ffff"
_JOIN_AFTER_TEXT = re.compile(
    rf"\n(?<=[{_LOWER_OR_WIDE},;\-]\n)(?:[ \t]*\n)+(?=[ \t]*[{_LOWER_OR_WIDE}])"
)
_JOIN_AFTER_BLANKS = re.compile(r"\n(?<=[ \t]\n)[ \t]*\n")


def normalize(raw: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Normalized:
    """Normalise decoded text into the form every later layer reads.

    The debris candidates are resolved left to right (leftmost wins, then the
    earlier pass; a candidate starting inside a kept one is dropped) and applied as
    :func:`apply_edits` would, giving the text, its anchors and the hints (bold,
    rules, page breaks) in text offsets.
    """
    if len(raw) > max_chars:
        raise InputTooLargeError(f"text has {len(raw):,} characters; the limit is {max_chars:,}")
    original = raw
    raw, line_ends = _plain_blanks(raw)
    found, has_pipes = find_debris(raw)
    kept = _leftmost(found)
    step = _apply_each(raw, kept)
    text, anchors = step.text, step.anchors
    bold, rules, page_breaks = step.bold, step.rules, step.page_breaks
    notes: list[tuple[str, str]] = []
    if step.split_fixed:
        notes.append(("split_word", f"rejoined {step.split_fixed} word(s) split by spaces"))
    notes += _repair_notes(kept)
    tables: list[tuple[int, int]] = []
    if has_pipes:
        tables = _pairs(_to_text(anchors, list(chain.from_iterable(_tables(raw)))))
    joined = _page_joins(text)
    if joined:
        # Second step: rejoin paragraphs split by page breaks (blank gap, lower-case
        # next line). The hints move through the inverse of its anchors.
        text2, anchors2 = apply_edits(text, joined)
        anchors = compose(anchors2, anchors)
        to_t2, from_t = _columns(anchors2)
        bold = _pairs(map_offsets(from_t, to_t2, chain.from_iterable(bold)))
        rules = map_offsets(from_t, to_t2, rules)
        tables = _pairs(map_offsets(from_t, to_t2, chain.from_iterable(tables)))
        page_breaks = sorted(set(map_offsets(from_t, to_t2, page_breaks)).union(
            map_offsets(from_t, to_t2, map(_START, joined))))
        text = text2
    if line_ends is not None:
        anchors = compose(anchors, line_ends)
    # Same-length edit (blank -> line break): anchors and hints stay valid.
    text = split_run_in(text)
    return Normalized(
        text=text,
        raw=original,
        anchors=anchors,
        bold=bold,
        page_breaks=page_breaks,
        rules=rules,
        tables=tables,
        notes=notes,
    )


_START = itemgetter(0)
_END = itemgetter(2)
_KIND = itemgetter(3)

#: The repairs reported as notes (kind: code, what was done), besides rejoined words.
_NOTED: dict[str, tuple[str, str]] = {
    "digest": ("site_digest", "removed {} legal site's news digest printed before the "
               "document"),
    "translation": ("site_translation", "removed {} legal site's English translation "
                    "printed after the document"),
    "web": ("site_chrome", "removed {} block(s) of a web page's menu, share buttons, "
            "related news or footer around the document"),
    "stamp": ("page_furniture", "removed {} electronic signature stamp(s) printed over the text"),
    "watermark": ("page_furniture", "removed {} website watermark line(s)"),
    "gazette": ("page_furniture", "removed {} gazette section or category line(s)"),
    "glyph": ("pdf_glyph", "read {} stand-in glyph(s) (Ƣ/ƣ, ǎ) as the Vietnamese letters "
                           "they stand for (Ư/ư, ă)"),
    "lookalike": ("lookalike_letters", "read {} run(s) of Cyrillic letters inside Latin "
                  "words as the Latin letters they look like"),
    "digits": ("spaced_digits", "joined {} date part(s) or number(s) spelt with spaced digits"),
    "numeral": ("date_numerals", "read {} date part(s) or document number(s) with letters "
                "OCR took for digits (O for 0, l for 1) as digits"),
    "detached": ("detached_marks", "removed {} run(s) of tone marks detached from their "
                 "letters by the extraction; the letters stay without them"),
    "entity": ("html_entities", "decoded {} HTML character reference(s) left in the text "
               "(&nbsp;, &amp;, &#44;)"),
}


def _repair_notes(kept: list[Found]) -> list[tuple[str, str]]:
    """One note per kind of repair in :data:`_NOTED` that was made, with its count."""
    counts = Counter(map(_KIND, kept))
    return [(code, message.format(counts[kind]))
            for kind, (code, message) in _NOTED.items() if counts[kind]]

#: No-break and figure spaces (HTML, word processors) as the plain space they stand for.
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
_CR = re.compile(r"\r\n?")


def _plain_blanks(raw: str) -> tuple[str, list[tuple[int, int]] | None]:
    """``raw`` with no-break spaces made spaces and CR/CRLF line ends made ``\\n``,
    before the debris passes run, and the anchors of the line-end edits (``None``
    when there were none; a space for a space keeps every offset).

    Why first: each pass reads the raw text, so a pass written for ``\\n`` and
    ``" "`` (a Markdown hard break ``\\`` before a line end, a crawler's caption,
    a separator line) missed its debris in a file with Windows line ends or HTML's
    no-break spaces, and what a layout changed, the parse changed.
    """
    if "\u00a0" in raw or "\u2007" in raw or "\u202f" in raw:  # C finds, not a class scan
        raw = raw.translate(_PLAIN_SPACES)
    if "\r" not in raw:
        return raw, None
    return apply_edits(raw, [(m.start(), m.end(), "\n") for m in _CR.finditer(raw)])


def _leftmost(found: list[Found]) -> list[Found]:
    """The candidates kept: leftmost first, none starting inside a kept one.

    ``found`` is sorted by start, then rank; when no candidate starts before the
    previous one ends (a C-speed check), all are kept.
    """
    starts = list(map(_START, found))
    if not any(map(lt, islice(starts, 1, None), map(_END, found))):
        return found
    kept: list[Found] = []
    last_end = -1
    for f in found:
        if f[0] >= last_end:
            kept.append(f)
            last_end = f[2]
    return kept


@dataclass
class _Step:
    """The first normalisation step's result: text, anchors and hints in text offsets."""

    text: str
    anchors: list[tuple[int, int]]
    bold: list[tuple[int, int]]
    rules: list[int]
    page_breaks: list[int]
    split_fixed: int = 0


_BOLD_KINDS = frozenset(("bold", "glued"))


def _apply_each(raw: str, kept: list[Found]) -> _Step:
    """:func:`apply_edits` over the kept debris, one candidate at a time, giving the
    text, its anchors and the hints (bold, rules, page breaks) in text offsets.

    A hint at an edit's start or end is that text offset (what :func:`map_offset`
    gives it through the inverse anchors). A plain loop: it beat a column-by-column
    version (many C passes, each building a list) on every fixture.
    """
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = [(0, 0)]
    bold: list[tuple[int, int]] = []
    rules: list[int] = []
    page_breaks: list[int] = []
    split_fixed = 0
    bold_open: int | None = None
    pos = 0  # raw offset up to which the text is written
    shift = 0  # text offset minus raw offset from ``pos`` on
    for a, _, b, kind in kept:
        rep = _CONST_REP.get(kind)
        if rep is not None:  # at most one character: no anchors for added characters
            if kind in _HINT_KINDS:
                if kind == "rule":
                    rules.append(a + shift)
                elif kind == "pagebreak":
                    page_breaks.append(a + shift)
                elif bold_open is None:
                    bold_open = a + shift
                else:
                    bold.append((bold_open, b + shift + len(rep) - (b - a)))
                    bold_open = None
            if a != pos:  # else it is the previous edit's end anchor
                anchors.append((a + shift, a))
            pieces.append(raw[pos:a])
            pieces.append(rep)
            shift += len(rep) - (b - a)
            anchors.append((b + shift, b))
            pos = b
            continue
        surface = raw[a:b]
        rep = _replacement(kind, surface)
        if rep is None or rep == surface:
            continue
        if kind in _SPACE_KINDS:
            if kind != "digits":
                split_fixed += 1
            edits = _space_edits(a, surface, rep)
        else:
            if surface == "\x0c":
                page_breaks.append(a + shift)
            edits = [(a, b, rep)]
        for ea, eb, erep in edits:
            if ea != pos:
                anchors.append((ea + shift, ea))
            pieces.append(raw[pos:ea])
            pieces.append(erep)
            n, w = len(erep), eb - ea
            if n > w > 0:
                anchors.extend((ea + shift + j, eb - 1) for j in range(w, n))
            shift += n - w
            anchors.append((eb + shift, eb))
            pos = eb
    pieces.append(raw[pos:])
    return _Step("".join(pieces), anchors, bold, rules, page_breaks, split_fixed)


_HINT_KINDS = frozenset(("rule", "pagebreak")) | _BOLD_KINDS
#: Kinds whose repair only removes or adds spaces (every letter keeps its anchor).
_SPACE_KINDS = frozenset(("split", "syllable", "digits"))
assert max(map(len, _CONST_REP.values())) <= 1  # the loop above relies on it


def _pairs(flat: list[int]) -> list[tuple[int, int]]:
    """``[a0, b0, a1, b1, ...]`` as ``[(a0, b0), (a1, b1), ...]``."""
    return list(zip(flat[0::2], flat[1::2], strict=True))


def _page_joins(text: str) -> list[Edit]:
    """The ``_PAGE_JOIN`` matches in ``text``, as edits to one newline.

    A match starts right after the last non-blank character of a line that is
    followed by blank lines, and the line after them starts with a lower-case
    letter. Candidate starts are found with a cheap superset of that (any
    non-ASCII character counts as lower case): the two kinds of candidate are two
    scans, which may find more candidates than one alternation would, never fewer
    (a true start is never inside a run of blank lines). Each candidate is tried
    with the pattern itself (a C loop), and the matches are taken in order,
    skipping any that start inside the previous one: what ``finditer`` gives.
    """
    starts = list(map(_M_START, _JOIN_AFTER_TEXT.finditer(text)))
    # (scanned without an ``in`` test for a blank before a newline first: that test
    # was two scans of the text, the pattern's own scan is one)
    blank_ends = list(map(_M_START, _JOIN_AFTER_BLANKS.finditer(text)))
    if blank_ends:
        for e in blank_ends:
            # the line ends in blanks: a match starts after its last other character
            line_start = text.rfind("\n", 0, e) + 1
            starts.append(line_start + len(text[line_start:e].rstrip(" \t")))
        starts.sort()
    if not starts:
        return []
    out: list[Edit] = []
    last_end = 0  # a match cannot start at 0 (it follows a letter)
    for s, joined in zip(starts, map(_PAGE_JOIN.match, repeat(text), starts), strict=True):
        if joined is not None and s >= last_end and s:
            last_end = joined.end()
            out.append((s, last_end, "\n"))
    return out


_M_START = re.Match.start


def _tables(raw: str) -> list[tuple[int, int]]:
    """The spans of the tables: runs of table rows on consecutive lines, each from
    the start of its first row to the end of its last (before the newline).

    A run ends at a line that is no row, so the next run can only start at the
    newline that ends it: one scan finds every run, as merging the rows matched
    one by one did.
    """
    first = _TABLE_ROWS.match(raw)
    if first is None:
        return list(map(_GROUP_SPAN, _TABLE_AFTER_NEWLINE.finditer(raw)))
    return [first.span(), *map(_GROUP_SPAN, _TABLE_AFTER_NEWLINE.finditer(raw, first.end()))]


_GROUP_SPAN = methodcaller("span", 1)


def _to_text(anchors: list[tuple[int, int]], offsets: list[int]) -> list[int]:
    """:func:`map_offsets` of raw ``offsets`` through the inverse of ``anchors``.

    A document has a handful of table edges: one binary search each on the raw side
    of the anchors, instead of splitting every anchor into columns. Past a few dozen
    (thousands of one-row tables), the columns and one merge-like walk again.
    """
    if len(offsets) > _FEW_OFFSETS:
        text_t, text_r = _columns(anchors)
        return map_offsets(text_r, text_t, offsets)
    out: list[int] = []
    last = len(anchors) - 1
    for x in offsets:
        j = bisect_right(anchors, x, key=_SECOND) - 1
        t, r = anchors[j]  # j >= 0: the first anchor is (0, 0)
        mapped = x - r + t
        out.append(min(mapped, anchors[j + 1][0]) if j < last else mapped)
    return out


_FEW_OFFSETS = 32


def _dedupe(anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``anchors`` without repeats of the anchor just before."""
    rest = anchors[1:]
    return anchors[:1] + list(compress(rest, map(ne, rest, anchors)))


ReaderFn = Callable[[bytes], str]
