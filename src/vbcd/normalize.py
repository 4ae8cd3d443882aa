"""Layer 1: from bytes or raw text to the normalised text every span points into.

Normalisation is a list of *edits* (replace ``raw[a:b]`` by a string) applied in
one left-to-right pass, so that an offset map from the normalised text back to
the decoded input falls out for free. What it does, and why:

* NFC per grapheme cluster (decomposed diacritics from PDF or OCR text);
* converter debris removed: Markdown emphasis (``**``, ``__``, ``*``), heading
  marks (``##``), table pipes (a cell border becomes a line break, so a
  two-column header linearises into separate lines), horizontal rules
  (``-----``), ``--- PAGE BREAK ---`` markers, escape backslashes;
* control characters, zero-width characters and NBSP cleaned, CRLF unified;
* a type line glued to its title (``THÔNG BÁO**Ý KIẾN``) split onto two lines;
* fixed words split by stray spaces in OCR text (``N ơi nhận``) rejoined, but
  only for words of the lexicon, where the repair is certain.

Tone placement (``uỷ``/``ủy``) is *not* changed in the text: :func:`fold_tones`
gives a same-length copy used only for matching, so spans are shared.
"""

from __future__ import annotations

import codecs
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from vbcd.errors import BinaryInputError, EncodingError, InputTooLargeError
from vbcd.grammar import load

DEFAULT_MAX_CHARS = 20 * 1024 * 1024


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


def _mostly_text(s: str) -> bool:
    """Whether decoded text is made of printable characters (not decoded binary)."""
    sample = s[:20000]
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs")
              and c not in "\n\r\t\f")
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
        controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
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


def _move_tone(m: regex.Match[str]) -> str:
    groups = [g for g in m.groups() if g is not None]
    first, second = groups
    info = _tone_of(second)
    if info is None:  # pragma: no cover - the pattern only matches toned vowels
        return m.group(0)
    base, tone = info
    return _TONED[first][tone] + base


def fold_tones(text: str) -> str:
    """Same-length copy of ``text`` with one tone-placement convention (``ủy``, ``hòa``).

    Used for matching only: the document keeps the spelling it was written in.
    """
    return _OLD_TONE.sub(_move_tone, text)


# --- debris -------------------------------------------------------------------------

_FIXED_WORDS: tuple[str, ...] = tuple(load("lexicon")["split_words"]["words"])
_TYPE_LINES: tuple[str, ...] = tuple(
    str(line) for t in load("doc_types")["type"] for line in t["lines"]
)


def _split_word_pattern(words: Iterable[str]) -> str:
    """A word with an optional single stray space after each letter but the last."""
    alts = []
    for word in words:
        parts = []
        for i, ch in enumerate(word):
            if ch == " ":
                parts.append(r"\s+")
            else:
                parts.append(regex.escape(ch))
                if i + 1 < len(word) and word[i + 1] != " ":
                    parts.append("[ ]?")
        alts.append("".join(parts))
    return "(?:" + "|".join(alts) + ")"


_TYPE_LINE_END = regex.compile(
    r"(?<!\p{L})(?:" + "|".join(regex.escape(w).replace("\\ ", "[ ]") for w in _TYPE_LINES)
    + r")$"
)


_SPLIT_KEYS: dict[str, str] = {w.replace(" ", "").lower(): w for w in _FIXED_WORDS}
_SPACES = regex.compile(r" +")
_WS_RUN = regex.compile(r"\s+")
_SPLIT_FIND = regex.compile("|".join(regex.escape(k) for k in sorted(_SPLIT_KEYS, key=len,
                                                                      reverse=True)))


def _split_word_matches(raw: str) -> list[tuple[int, int]]:
    """Spans of fixed words broken by stray spaces (``N ơi nhận``).

    Found in linear time: the keys of the lexicon (letters only) are searched in a
    copy of the text with its spaces squeezed out, and each hit is mapped back; a
    hit whose original spelling already has the word's own spaces is no damage.
    """
    low = raw.lower()
    if len(low) != len(raw):
        return []
    squeezed = low.replace(" ", "")
    out: list[tuple[int, int]] = []
    cursor = (0, 0)  # a known (squeezed offset, raw offset) pair, moving forward
    for m in _SPLIT_FIND.finditer(squeezed):
        cursor = _unsqueeze(low, cursor, m.start())
        a = cursor[1]
        b = _unsqueeze(low, cursor, m.end() - 1)[1] + 1
        if (a > 0 and raw[a - 1].isalpha()) or (b < len(raw) and raw[b].isalpha()):
            continue
        surface = raw[a:b]
        word = _SPLIT_KEYS[m.group(0)]
        if "\n" in surface or _SPACES.sub(" ", surface).lower() == word.lower():
            continue
        out.append((a, b))
    return out


def _unsqueeze(text: str, cursor: tuple[int, int], i: int) -> tuple[int, int]:
    """Raw offset of squeezed offset ``i`` (at or after ``cursor``), as a new cursor.

    Walks forward from the cursor in chunks: a chunk as long as the letters still to
    pass is skipped at once and its spaces (``str.count``, C speed) are what is left
    to pass; space runs are jumped with a regex. Every character is looked at a
    bounded number of times, so a long run of spaces stays linear (recounting the
    span from the cursor on every step was quadratic in the run's length).
    """
    si, ri = cursor
    need = i - si
    r = _skip_spaces(text, ri)
    while need > 0:
        spaces = text.count(" ", r, r + need)
        r = _skip_spaces(text, r + need)
        need = spaces
    return i, r


_SPACE_RUN = regex.compile(" +")


def _skip_spaces(text: str, r: int) -> int:
    """The first offset at or after ``r`` that is not a space (C speed over a run)."""
    m = _SPACE_RUN.match(text, r)
    return m.end() if m else r


# One cheap pattern per kind of debris; :func:`_debris_edits` merges them. A single
# alternation of all kinds was ten times slower (every position tried every branch).
_PASSES: tuple[tuple[str, regex.Pattern[str], str | None], ...] = (
    ("crlf", regex.compile(r"\r\n?"), "\r"),
    ("pagebreak", regex.compile(r"-{2,} ?PAGE BREAK ?-{2,}"), "PAGE BREAK"),
    ("sep", regex.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", regex.M), "|"),
    ("rule", regex.compile(r"[-_=─—]{3,}"), None),
    ("pipe", regex.compile(r"[ \t]*\|[ \t]*"), "|"),
    ("emph", regex.compile(r"\*+|_{2,}"), None),
    ("heading", regex.compile(r"^[ \t]*\#{1,6}[ \t]+", regex.M), "#"),
    ("escape", regex.compile(r"\\(?=[-*_#|.()\[\]])"), "\\"),
    ("char", regex.compile(
        "[\x00-\x08\x0b-\x1f\x7f\u00a0\u00ad\u00d0\u2007\u200b-\u200d\u202f\u2060\ufeff\t]"
    ), None),
    ("decomposed", regex.compile(r"\P{M}\p{M}+"), None),
)

_RULE_EDGE = " \t\n*|_"


def _debris_matches(raw: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every debris match, leftmost first, no overlaps.

    On a tie the pass listed first in :data:`_PASSES` wins, as in an alternation.
    """
    found: list[tuple[int, int, int, str]] = []
    nfc = unicodedata.is_normalized("NFC", raw)
    found.extend((a, -len(_PASSES), b, "split") for a, b in _split_word_matches(raw))
    for rank, (kind, pat, needle) in enumerate(_PASSES):
        if needle is not None and needle not in raw:
            continue
        if kind == "decomposed" and nfc:
            continue
        for m in pat.finditer(raw, timeout=30):
            a, b = m.span()
            if kind == "rule":
                if (a > 0 and raw[a - 1] not in _RULE_EDGE) or (
                        b < len(raw) and raw[b] not in _RULE_EDGE):
                    continue
            elif kind == "emph" and raw[a] == "_":
                inner = (a > 0 and raw[a - 1].isalnum()) and (b < len(raw) and raw[b].isalnum())
                if inner:
                    continue  # a__b: an identifier, not markup
            elif kind == "emph" and b - a == 2 and b < len(raw) and raw[b].isupper() \
                    and _TYPE_LINE_END.search(raw, max(0, a - 40), a):
                kind_here = "glued"
                found.append((a, -rank, b, kind_here))
                continue
            found.append((a, -rank, b, kind))
    found.sort(key=lambda t: (t[0], -t[1]))
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for a, _, b, kind in found:
        if a < last_end:
            continue
        out.append((a, b, kind))
        last_end = b
    return out


def _replacement(kind: str, s: str) -> str | None:
    """What a debris match becomes; ``None`` keeps it unchanged."""
    if kind == "crlf":
        return "\n"
    if kind in ("pagebreak", "formfeed"):
        return "\n"
    if kind == "sep":
        return ""
    if kind == "rule":
        return "\n"
    if kind == "pipe":
        return "\n"
    if kind == "glued":
        return "\n"
    if kind in ("emph", "heading", "escape"):
        return ""
    if kind == "char":
        if s == "\x0c":
            return "\n"
        if s in "\u00a0\u2007\u202f\t":
            return " "
        if s == "\u00d0":
            return "Đ"
        return ""
    if kind == "split":
        if " " not in s:
            return None
        return _restore_split(s)
    if kind == "decomposed":
        composed = unicodedata.normalize("NFC", s)
        return composed if composed != s else None
    return None  # pragma: no cover


def _restore_split(s: str) -> str | None:
    key = _WS_RUN.sub("", s).casefold()
    for word in _FIXED_WORDS:
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
    """
    back = [(t1, t2) for t2, t1 in outer]
    pairs = {(t2, map_offset(inner, t1)) for t2, t1 in outer}
    pairs.update((map_offset(back, t1), r) for t1, r in inner)
    return sorted(pairs)


# A Markdown table row with three or more cells: a data table, not running text.
_TABLE_ROW = regex.compile(r"^[ \t]*\|(?:[^|\n]*\|){3,}[ \t]*$", regex.MULTILINE)

_PAGE_JOIN = regex.compile(
    r"(?<=[\p{Ll},;–-])[ \t]*\n(?:[ \t]*\n)+(?=[ \t]*(?![a-zđ]\)|[a-zđ]\.\s)\p{Ll})"
)


def normalize(raw: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Normalized:
    """Normalise decoded text into the form every later layer reads."""
    if len(raw) > max_chars:
        raise InputTooLargeError(f"text has {len(raw):,} characters; the limit is {max_chars:,}")
    edits: list[Edit] = []
    bold: list[tuple[int, int]] = []
    notes: list[tuple[str, str]] = []
    split_fixed = 0
    bold_open: int | None = None
    rules_raw: list[int] = []
    breaks_raw: list[int] = []
    for a, b, kind in _debris_matches(raw):
        surface = raw[a:b]
        rep = _replacement(kind, surface)
        if kind == "rule":
            rules_raw.append(a)
        elif kind == "pagebreak" or surface == "\x0c":
            breaks_raw.append(a)
        if kind == "split" and rep is not None:
            split_fixed += 1
        if kind in ("emph", "glued") and surface.startswith("**"):
            if bold_open is None:
                bold_open = a
            else:
                bold.append((bold_open, b))
                bold_open = None
        if rep is not None and rep != surface:
            if kind == "split":
                edits.extend(_space_edits(a, surface, rep))
            else:
                edits.append((a, b, rep))
    text, anchors = apply_edits(raw, edits)
    tables_raw = _merge_spans((m.start(), m.end()) for m in _TABLE_ROW.finditer(raw, timeout=30))
    if split_fixed:
        notes.append(("split_word", f"rejoined {split_fixed} fixed word(s) split by spaces"))
    # bold spans in text coordinates (raw -> text through the inverse anchors)
    inv = [(r, t) for t, r in anchors]
    bold_t = [(map_offset(inv, a), map_offset(inv, b)) for a, b in bold]
    rules_t = [map_offset(inv, a) for a in rules_raw]
    tables_t = [(map_offset(inv, a), map_offset(inv, b)) for a, b in tables_raw]
    page_breaks = [map_offset(inv, a) for a in breaks_raw]

    # Second step: rejoin paragraphs split by page breaks (blank gap, lower-case next line)
    edits2 = [(m.start(), m.end(), "\n") for m in _PAGE_JOIN.finditer(text, timeout=30)]
    if edits2:
        text2, anchors2 = apply_edits(text, edits2)
        anchors = compose(anchors2, anchors)
        inv2 = [(r, t) for t, r in anchors2]
        bold_t = [(map_offset(inv2, a), map_offset(inv2, b)) for a, b in bold_t]
        rules_t = [map_offset(inv2, a) for a in rules_t]
        tables_t = [(map_offset(inv2, a), map_offset(inv2, b)) for a, b in tables_t]
        page_breaks = sorted({map_offset(inv2, a) for a in page_breaks} | {
            map_offset(inv2, a) for a, _, _ in edits2})
        text = text2
    return Normalized(
        text=text,
        raw=raw,
        anchors=_dedupe(anchors),
        bold=bold_t,
        page_breaks=page_breaks,
        rules=rules_t,
        tables=tables_t,
        notes=notes,
    )


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent or overlapping spans (consecutive table rows) merged into one."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _dedupe(anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a in anchors:
        if not out or out[-1] != a:
            out.append(a)
    return out


ReaderFn = Callable[[bytes], str]
