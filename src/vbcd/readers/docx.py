"""DOCX: paragraphs, tables, list numbers, footnotes; headers and footers apart.

The package is read with the standard library (``zipfile`` and ElementTree),
not python-docx, for three reasons: python-docx drops text in content controls,
text boxes and tracked insertions, knows nothing of footnotes or automatic list
numbers (clause numbers ``1.`` ``a)`` of many documents exist only as Word
numbering), and gives no run fonts through its paragraph API, which the
legacy-font repair needs. So no extra is needed to read DOCX.

Safety, checked before any XML is parsed:

* every member read must declare a size under the input limit and a
  compression ratio under :data:`MAX_RATIO` (zip bombs); reads are bounded by
  the declared size, which ``zipfile`` enforces while inflating;
* an XML part that contains a document type declaration is refused: WordprocessingML
  never has one, and without a DTD no entity can be declared, so there is no
  entity expansion (billion laughs) and no external entity (XXE). ElementTree
  never fetches external resources either.

Output, one line per paragraph: body paragraphs in order; tables row by row,
cell by cell, each cell's paragraphs as lines (a two-column header table comes
out as issuer lines, national-header lines, number, place and date, the order
of the text fixtures), but a data table (three cells with text in a row) as a
Markdown pipe table, whose cell borders the normaliser records; text boxes after
the paragraph that anchors them; footnote and endnote marks as ``[n]`` and the
notes themselves after the body, under a line of underscores
(``Source.notes_start``), as converters write them.
Page headers and footers go to ``Source.headers``/``Source.footers``, except
that a first-page header holding the national header, which the body lacks, is
put in front of the body (some templates place the header block there).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import regex

from vbcd.errors import InputError, InputTooLargeError, UnsupportedFormatError
from vbcd.grammar import load
from vbcd.normalize import fold_tones
from vbcd.readers import DEFAULT_MAX_BYTES, Source
from vbcd.readers.legacy import convert, fix_legacy, font_encoding, label

MAX_RATIO = 200
"""Largest accepted uncompressed/compressed size ratio of a member over 1 MB."""

NOTES_SEPARATOR = "_" * 20
"""The line written between the body and its footnotes."""

_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"),
              "<!DOCTYPE".encode("utf-16-be"))
_SKIP = frozenset({
    "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "del", "moveFrom",
    "delText", "instrText", "delInstrText", "fldChar", "proofErr", "bookmarkStart",
    "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "commentReference",
    "Fallback", "sdtPr", "sdtEndPr", "lastRenderedPageBreak", "annotationRef",
    "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "permStart",
    "permEnd",
})


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(elem: ET.Element, name: str) -> str | None:
    for ns in _W_NAMESPACES:
        value = elem.get(f"{{{ns}}}{name}")
        if value is not None:
            return value
    return elem.get(name)


def _child(elem: ET.Element | None, name: str) -> ET.Element | None:
    if elem is None:
        return None
    for c in elem:
        if _local(c.tag) == name:
            return c
    return None


# --- the package ------------------------------------------------------------------


class Package:
    """A DOCX zip whose members are read under size, ratio and DTD checks."""

    def __init__(self, data: bytes, max_bytes: int) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise UnsupportedFormatError(f"damaged DOCX (zip) file: {exc}") from exc
        self.max_bytes = max_bytes
        self.budget = max_bytes * 4  # total uncompressed XML read
        self.names = set(self.zip.namelist())

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        info = self.zip.getinfo(name)
        if info.file_size > self.max_bytes or info.file_size > self.budget:
            raise InputTooLargeError(
                f"DOCX member {name} unpacks to {info.file_size:,} bytes; the limit is "
                f"{min(self.max_bytes, self.budget):,}"
            )
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputTooLargeError(
                f"DOCX member {name} has a compression ratio over {MAX_RATIO}: "
                "refused as a possible zip bomb"
            )
        self.budget -= info.file_size
        try:
            with self.zip.open(info) as fh:
                return fh.read(info.file_size + 1)[: info.file_size]
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError,
                NotImplementedError) as exc:
            raise InputError(f"damaged DOCX member {name}: {exc}") from exc

    def xml(self, name: str) -> ET.Element | None:
        data = self.read(name)
        if data is None:
            return None
        if any(mark in data for mark in _DTD_MARKS):
            raise InputError(
                f"DOCX member {name} declares a DTD; refused (entity expansion risk)"
            )
        try:
            return ET.fromstring(data)
        except ET.ParseError as exc:
            raise InputError(f"DOCX member {name} is not well-formed XML: {exc}") from exc


# --- styles: fonts and numbering inherited from styles -------------------------------


@dataclass
class Styles:
    """Run fonts and paragraph numbering that styles give (``basedOn`` followed)."""

    fonts: dict[str, str | None] = field(default_factory=dict)
    numbering: dict[str, tuple[str, int]] = field(default_factory=dict)
    default_font: str | None = None
    default_para: str | None = None

    @classmethod
    def parse(cls, root: ET.Element | None) -> Styles:
        out = cls()
        if root is None:
            return out
        raw_font: dict[str, str | None] = {}
        raw_num: dict[str, tuple[str, int] | None] = {}
        based: dict[str, str] = {}
        for elem in root:
            tag = _local(elem.tag)
            if tag == "docDefaults":
                for rfonts in elem.iter():
                    if _local(rfonts.tag) == "rFonts":
                        out.default_font = _font_of(rfonts)
                        break
            elif tag == "style":
                sid = _attr(elem, "styleId") or ""
                if _attr(elem, "type") == "paragraph" and _attr(elem, "default") in ("1", "true"):
                    out.default_para = sid
                b = _child(elem, "basedOn")
                if b is not None:
                    based[sid] = _attr(b, "val") or ""
                rpr = _child(elem, "rPr")
                rf = _child(rpr, "rFonts")
                raw_font[sid] = _font_of(rf) if rf is not None else None
                num_pr = _child(_child(elem, "pPr"), "numPr")
                raw_num[sid] = _num_pr(num_pr) if num_pr is not None else None
        for sid in raw_font:
            out.fonts[sid] = _inherit(sid, raw_font, based)
            num = _inherit(sid, raw_num, based)
            if num is not None:
                out.numbering[sid] = num
        return out


_T = TypeVar("_T")


def _inherit(sid: str, table: dict[str, _T | None], based: dict[str, str]) -> _T | None:
    seen: set[str] = set()
    cur: str | None = sid
    while cur is not None and cur not in seen:
        seen.add(cur)
        value = table.get(cur)
        if value is not None:
            return value
        cur = based.get(cur)
    return None


def _font_of(rfonts: ET.Element) -> str | None:
    return _attr(rfonts, "ascii") or _attr(rfonts, "hAnsi") or _attr(rfonts, "cs")


def _num_pr(num_pr: ET.Element) -> tuple[str, int] | None:
    num_id = _child(num_pr, "numId")
    ilvl = _child(num_pr, "ilvl")
    if num_id is None:
        return None
    nid = _attr(num_id, "val") or "0"
    try:
        level = int(_attr(ilvl, "val") or "0") if ilvl is not None else 0
    except ValueError:
        level = 0
    return nid, level


# --- numbering: the list numbers Word draws but does not store ------------------------


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return letter * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalHalfWidth", "decimalFullWidth"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """Counters of ``numbering.xml`` lists, advanced paragraph by paragraph."""

    def __init__(self, root: ET.Element | None) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for elem in root:
            tag = _local(elem.tag)
            if tag == "abstractNum":
                levels: dict[int, Level] = {}
                for lvl in elem:
                    if _local(lvl.tag) != "lvl":
                        continue
                    try:
                        ilvl = int(_attr(lvl, "ilvl") or "0")
                        start_el = _child(lvl, "start")
                        start = int(_attr(start_el, "val") or "1") if start_el is not None else 1
                    except ValueError:
                        continue
                    fmt_el = _child(lvl, "numFmt")
                    text_el = _child(lvl, "lvlText")
                    fmt = _attr(fmt_el, "val") if fmt_el is not None else None
                    text = _attr(text_el, "val") if text_el is not None else None
                    levels[ilvl] = Level(start=start, fmt=fmt or "decimal", text=text or "")
                self.abstract[_attr(elem, "abstractNumId") or ""] = levels
            elif tag == "num":
                aid_el = _child(elem, "abstractNumId")
                overrides: dict[int, int] = {}
                for ov in elem:
                    if _local(ov.tag) == "lvlOverride":
                        so = _child(ov, "startOverride")
                        try:
                            if so is not None:
                                overrides[int(_attr(ov, "ilvl") or "0")] = int(
                                    _attr(so, "val") or "1"
                                )
                        except ValueError:
                            continue
                aid = (_attr(aid_el, "val") or "") if aid_el is not None else ""
                self.nums[_attr(elem, "numId") or ""] = (aid, overrides)

    def label(self, num_id: str, level: int) -> str:
        """The label of the next paragraph of list ``num_id`` at ``level``."""
        if num_id == "0" or num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        lvl = levels[level]
        start = overrides.get(level, lvl.start)
        counters[level] = counters.get(level, start - 1) + 1
        if lvl.fmt == "bullet":
            return "-"
        text = lvl.text
        for i in range(level, -1, -1):
            if f"%{i + 1}" in text:
                li = levels.get(i, Level())
                n = counters.get(i, overrides.get(i, li.start))
                text = text.replace(f"%{i + 1}", _format(n, li.fmt if i != level else lvl.fmt))
        return text


# --- walking the document -----------------------------------------------------------


@dataclass
class Context:
    """What the walker shares: styles, numbering, notes found, legacy fonts seen."""

    styles: Styles
    numbering: Numbering
    note_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    legacy_runs: dict[str, int] = field(default_factory=dict)

    def note_mark(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self.note_ids:
            self.note_ids[key] = len(self.note_ids) + 1
        return f"[{self.note_ids[key]}]"


def _blocks(parent: ET.Element, ctx: Context) -> Iterator[str]:
    """Lines of a body-like element (body, cell, text box, note, header)."""
    stack: list[Iterator[ET.Element]] = [iter(parent)]
    while stack:
        elem = next(stack[-1], None)
        if elem is None:
            stack.pop()
            continue
        tag = _local(elem.tag)
        if tag == "p":
            yield from _paragraph(elem, ctx)
        elif tag == "tbl":
            yield from _table(elem, ctx)
        elif tag in _WRAPPERS:
            stack.append(iter(elem))
        elif tag == "AlternateContent":
            choice = _child(elem, "Choice")
            if choice is not None:
                stack.append(iter(choice))


_WRAPPERS = frozenset({"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"})


def _children(elem: ET.Element, wanted: str) -> Iterator[ET.Element]:
    """Children named ``wanted``, looking through content controls and revisions."""
    stack: list[Iterator[ET.Element]] = [iter(elem)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = _local(child.tag)
        if tag == wanted:
            yield child
        elif tag in _WRAPPERS:
            stack.append(iter(child))


#: Cells holding text in one row that make a table a data table (see :func:`_table`).
_DATA_CELLS = 3
#: More text than this in one cell makes a table a page's layout, no data table.
_CELL_CHARS = 4000


def _table(tbl: ET.Element, ctx: Context) -> Iterator[str]:
    """A table's lines: row by row, cell by cell, each cell's paragraphs a line.

    A data table (a row with :data:`_DATA_CELLS` cells holding text and a second row
    with two or more, no cell holding a page of text: a task table, a member list,
    not a layout table) is written as a Markdown pipe table instead, one row a line, a
    cell's paragraphs parted by ``<br>`` and a merged cell padded with empty ones:
    the normaliser then records where each cell ends, as for a converter's table,
    so no name runs on across a cell border (``Normalized.cell_breaks``).
    """
    rows: list[list[list[str]]] = []
    for row in _children(tbl, "tr"):
        cells: list[list[str]] = []
        for cell in _children(row, "tc"):
            pr = _child(cell, "tcPr")
            v = _child(pr, "vMerge")
            merged = v is not None and (_attr(v, "val") or "continue") == "continue"
            # a vertically merged cell repeats nothing
            cells.append([] if merged else [ln for ln in _blocks(cell, ctx) if ln.strip()])
            grid = _child(pr, "gridSpan")
            span = (_attr(grid, "val") if grid is not None else None) or "1"
            cells.extend([] for _ in range(min(int(span), 64) - 1 if span.isdigit() else 0))
        rows.append(cells)
    filled = [sum(map(bool, cells)) for cells in rows]
    if (not any(n >= _DATA_CELLS for n in filled) or sum(n >= 2 for n in filled) < 2
            or any(sum(map(len, c)) > _CELL_CHARS for cells in rows for c in cells)):
        for cells in rows:
            for lines in cells:
                yield from lines
        return
    width = max(map(len, rows))
    for cells in rows:
        if cells:
            padded = cells + [[]] * (width - len(cells))
            yield "| " + " | ".join("<br>".join(ln.strip() for ln in c) for c in padded) + " |"


def _run_font(run: ET.Element, para_style: str | None, ctx: Context) -> str | None:
    rpr = _child(run, "rPr")
    rf = _child(rpr, "rFonts")
    if rf is not None:
        font = _font_of(rf)
        if font:
            return font
    rstyle = _child(rpr, "rStyle")
    if rstyle is not None:
        font = ctx.styles.fonts.get(_attr(rstyle, "val") or "")
        if font:
            return font
    if para_style is not None:
        font = ctx.styles.fonts.get(para_style)
        if font:
            return font
    return ctx.styles.default_font


def _run_text(run: ET.Element, ctx: Context, boxes: list[str]) -> str:
    parts: list[str] = []
    for elem in run:
        tag = _local(elem.tag)
        if tag == "t":
            parts.append(elem.text or "")
        elif tag == "tab" or tag == "ptab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag == "footnoteReference" or tag == "endnoteReference":
            kind = "footnote" if tag == "footnoteReference" else "endnote"
            parts.append(ctx.note_mark(kind, _attr(elem, "id") or ""))
        elif tag in ("drawing", "pict", "object", "AlternateContent"):
            boxes.extend(_text_boxes(elem, ctx))
    return "".join(parts)


def _text_boxes(elem: ET.Element, ctx: Context) -> Iterator[str]:
    """Lines of the text boxes under a drawing (``mc:Choice`` only, not the copy)."""
    stack = [elem]
    while stack:
        node = stack.pop()
        for child in reversed(list(node)):
            tag = _local(child.tag)
            if tag == "Fallback":
                continue
            if tag == "txbxContent":
                yield from _blocks(child, ctx)
            else:
                stack.append(child)


def _paragraph(p: ET.Element, ctx: Context) -> Iterator[str]:
    ppr = _child(p, "pPr")
    pstyle_el = _child(ppr, "pStyle")
    pstyle = (_attr(pstyle_el, "val") if pstyle_el is not None else None) or ctx.styles.default_para
    num = _child(ppr, "numPr")
    numbering = _num_pr(num) if num is not None else None
    if numbering is None and pstyle is not None:
        numbering = ctx.styles.numbering.get(pstyle)
    boxes: list[str] = []
    pieces: list[str] = []
    stack: list[Iterator[ET.Element]] = [iter(p)]
    while stack:
        elem = next(stack[-1], None)
        if elem is None:
            stack.pop()
            continue
        tag = _local(elem.tag)
        if tag in _SKIP:
            continue
        if tag == "r":
            text = _run_text(elem, ctx, boxes)
            if text:
                enc, caps = font_encoding(_run_font(elem, pstyle, ctx))
                if enc is not None:
                    converted = convert(text, enc, caps=True if caps else None)
                    if converted != text:
                        ctx.legacy_runs[enc] = ctx.legacy_runs.get(enc, 0) + 1
                    text = converted
                pieces.append(text)
        elif tag == "AlternateContent":
            choice = _child(elem, "Choice")
            if choice is not None:
                stack.append(iter(choice))
        else:  # hyperlink, ins, moveTo, smartTag, sdt, sdtContent, fldSimple, customXml ...
            stack.append(iter(elem))
    text = "".join(pieces)
    if numbering is not None and text.strip():
        label_ = ctx.numbering.label(*numbering)
        if label_:
            text = f"{label_} {text.lstrip()}"
    yield from text.split("\n")
    yield from boxes


def _notes(pkg: Package, part: str, kind: str, ctx: Context) -> dict[str, str]:
    root = pkg.xml(part)
    out: dict[str, str] = {}
    if root is None:
        return out
    for note in root:
        if _local(note.tag) != kind:
            continue
        if _attr(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines = [ln.strip() for ln in _blocks(note, ctx)]
        out[_attr(note, "id") or ""] = " ".join(ln for ln in lines if ln)
    return out


def _collapse_blanks(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] == "":
                continue
            out.append("")
        else:
            out.append(line)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def _header_patterns() -> list[regex.Pattern[str]]:
    nh = load("lexicon").get("national_header", {})
    return [
        regex.compile(nh[k], regex.IGNORECASE) for k in ("state", "party") if isinstance(
            nh.get(k), str)
    ]


_NATIONAL = _header_patterns()


def _has_national_header(text: str) -> bool:
    folded = fold_tones(text)
    return any(p.search(folded, timeout=5) for p in _NATIONAL)


def read_docx(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a DOCX file (see module docstring)."""
    pkg = Package(data, max_bytes)
    document = pkg.xml("word/document.xml")
    if document is None:  # pragma: no cover - sniffing checked it
        raise UnsupportedFormatError("DOCX without word/document.xml")
    ctx = Context(
        styles=Styles.parse(pkg.xml("word/styles.xml")),
        numbering=Numbering(pkg.xml("word/numbering.xml")),
    )
    src = Source(text="", format="docx")
    body = _child(document, "body")
    lines = _collapse_blanks(list(_blocks(body, ctx))) if body is not None else []

    headers: list[str] = []
    footers: list[str] = []
    for name in sorted(pkg.names):
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        base = name[5:]
        if base.startswith("header") or base.startswith("footer"):
            root = pkg.xml(name)
            if root is None:
                continue
            part = "\n".join(_collapse_blanks(list(_blocks(root, ctx)))).strip()
            if part:
                target = headers if base.startswith("header") else footers
                if part not in target:
                    target.append(part)
    src.headers, src.footers = headers, footers
    if lines and not _has_national_header("\n".join(lines[:40])):
        for part in headers:
            if _has_national_header(part):
                lines = [*part.split("\n"), "", *lines]
                src.warn("docx_header_promoted",
                         "the national header was in the page header; put before the body")
                break

    notes: dict[tuple[str, str], str] = {}
    if ctx.note_ids:
        for part, kind in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            for nid, text in _notes(pkg, part, kind, ctx).items():
                notes[(kind, nid)] = text
    text = "\n".join(lines)
    note_lines = [
        f"[{n}] {notes[key]}" for key, n in sorted(ctx.note_ids.items(), key=lambda kv: kv[1])
        if notes.get(key)
    ]
    if note_lines:
        text = f"{text}\n{NOTES_SEPARATOR}\n"
        src.notes_start = len(text)
        text += "\n".join(note_lines)
    src.text = text + ("\n" if text else "")

    if ctx.legacy_runs:
        enc = max(ctx.legacy_runs, key=lambda k: ctx.legacy_runs[k])
        src.encoding = enc
        src.warn("legacy_encoding",
                 f"runs in {label(enc)} fonts (.VnTime, VNI-Times ...) converted to Unicode")
    else:
        fixed, enc2 = fix_legacy(src.text)
        if enc2 is not None:
            src.text, src.encoding = fixed, enc2
            src.warn("legacy_encoding",
                     f"text was typed in the legacy {label(enc2)} font encoding; converted")
            if src.notes_start is not None:  # VNI conversion shortens the text
                sep = src.text.rfind(f"\n{NOTES_SEPARATOR}\n")
                src.notes_start = sep + len(NOTES_SEPARATOR) + 2 if sep >= 0 else None
    return src
