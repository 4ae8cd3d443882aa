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


def decode(data: bytes) -> tuple[str, str]:
    """Decode input bytes; returns ``(text, encoding)``.

    Tries BOMs, BOM-less UTF-16, UTF-8, then Windows-1258 (the Vietnamese code
    page of old Windows text). Raises :class:`BinaryInputError` for data that is
    not text at all and :class:`EncodingError` when nothing decodes.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"bytes start with a {enc} BOM but do not decode: {exc}"
                ) from exc
    enc16 = _looks_utf16(data)
    if enc16:
        try:
            decoded = data.decode(enc16)
        except UnicodeDecodeError:
            decoded = ""
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


_DEBRIS = regex.compile(
    r"""
    (?P<crlf>\r\n?)
  | (?P<pagebreak>-{2,}\ ?PAGE\ BREAK\ ?-{2,})
  | (?P<sep>^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$)
  | (?P<rule>(?:^|(?<=[\s*|_]))[-_=─—]{3,}(?=[\s*|_]|$))
  | (?P<pipe>[ \t]*\|[ \t]*)
  | (?P<glued>(?<=(?<!\p{L})"""
    + "(?:" + "|".join(regex.escape(w).replace("\\ ", "[ ]") for w in _TYPE_LINES) + ")"
    + r""")\*\*(?=\p{Lu}))
  | (?P<emph>\*+|(?<!\w)__+|__+(?!\w))
  | (?P<heading>^[ \t]*\#{1,6}[ \t]+)
  | (?P<escape>\\(?=[-*_#|.()\[\]]))
  | (?P<ctrl>[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad])
  | (?P<formfeed>\x0c)
  | (?P<nbsp>[\u00a0\u2007\u202f\t])
  | (?P<eth>\u00d0)
  | (?P<split>(?<!\p{L})"""
    + _split_word_pattern(_FIXED_WORDS)
    + r"""(?!\p{L}))
  | (?P<decomposed>\P{M}\p{M}+)
    """,
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)


def _replacement(m: regex.Match[str]) -> str | None:
    """What a debris match becomes; ``None`` keeps it unchanged."""
    kind = m.lastgroup
    s = m.group(0)
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
    if kind in ("emph", "heading", "escape", "ctrl"):
        return ""
    if kind == "nbsp":
        return " "
    if kind == "eth":
        return "Đ"
    if kind == "split":
        if " " not in s:
            return None
        return _restore_split(s)
    if kind == "decomposed":
        composed = unicodedata.normalize("NFC", s)
        return composed if composed != s else None
    return None  # pragma: no cover


def _restore_split(s: str) -> str | None:
    key = regex.sub(r"\s+", " ", s).replace(" ", "").casefold()
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


def apply_edits(raw: str, edits: list[Edit]) -> tuple[str, list[tuple[int, int]]]:
    """Apply sorted, non-overlapping edits; returns the new text and its anchors."""
    out: list[str] = []
    anchors: list[tuple[int, int]] = [(0, 0)]
    pos = 0
    tpos = 0
    for a, b, rep in edits:
        out.append(raw[pos:a])
        tpos += a - pos
        anchors.append((tpos, a))
        out.append(rep)
        tpos += len(rep)
        anchors.append((tpos, b))
        pos = b
    out.append(raw[pos:])
    return "".join(out), anchors


def compose(outer: list[tuple[int, int]], inner: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Anchors of a second normalisation step (``outer``) composed onto the first."""
    return [(t, map_offset(inner, r)) for t, r in outer]


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
    for m in _DEBRIS.finditer(raw, timeout=30):
        rep = _replacement(m)
        if m.lastgroup == "rule":
            rules_raw.append(m.start())
        elif m.lastgroup in ("pagebreak", "formfeed"):
            breaks_raw.append(m.start())
        if m.lastgroup == "split" and rep is not None:
            split_fixed += 1
        if m.lastgroup in ("emph", "glued") and m.group(0).startswith("**"):
            if bold_open is None:
                bold_open = m.start()
            else:
                bold.append((bold_open, m.end()))
                bold_open = None
        if rep is not None and rep != m.group(0):
            edits.append((m.start(), m.end(), rep))
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
