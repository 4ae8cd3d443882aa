"""HTML: Word's "Save as Web Page" output and pages saved from legal portals.

Parsed with the standard library's tolerant ``html.parser`` into a small tree
(no extra needed), then written out one line per paragraph, list item or table
cell, except that a data table (a row with three or more cells holding text: a
task table, a member list) is written as a Markdown pipe table, one row a line,
a cell's own lines parted by ``<br>``: the normaliser then records where each
cell ends, as for a converter's Markdown table, so no name runs on across a
cell border (see ``Normalized.cell_breaks``); ``<br>`` is a line break,
entities are decoded, whitespace collapses as a browser would, and scripts,
styles, forms' widgets, navigation and Word's conditional comments
(``<!--[if gte mso 9]>``) disappear. ``<o:p>`` and the ``mso-`` classes are
harmless inline markup.

Portal pages wrap the document in banners, menus, lists of related documents
and login footers. The main content is the smallest element that holds the
document's start (the national header, else a ``Số:`` line) and its end
(``Nơi nhận``, else a signature authority such as ``TM.``): the patterns come
from ``lexicon.toml`` and ``legacy_encodings.toml``. Without such anchors the
element with the most text outside links wins (link-heavy menus lose).

Text inside an element whose inline style names a legacy font
(``font-family:".VnTime"``) is converted from that encoding; otherwise the
whole text goes through legacy detection like any text.
"""

from __future__ import annotations

import codecs
import email
import email.policy
from dataclasses import dataclass, field
from html.parser import HTMLParser

import regex

from vbcd.errors import InputError
from vbcd.grammar import load
from vbcd.normalize import decode, fold_tones
from vbcd.readers import Source
from vbcd.readers.legacy import convert, font_encoding, label
from vbcd.readers.text import apply_legacy

_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "basefont", "frame", "keygen",
})
_DROP = frozenset({
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe",
    "object", "select", "textarea", "button", "nav", "aside", "canvas", "audio", "video",
    "map", "xml",
})
_BLOCK = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
})
# An open <p> is closed by the start of any of these (HTML's implied end tags).
_CLOSES_P = _BLOCK - {"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot", "caption"}
_SCOPE: dict[str, tuple[str, ...]] = {"li": ("ul", "ol"), "dt": ("dl",), "dd": ("dl",),
          "td": ("tr", "table"), "th": ("tr", "table"), "tr": ("table",),
          "option": ("select",)}
_MAX_DEPTH = 512
_CELLS = ("td", "th")
_ROW_GROUPS = ("thead", "tbody", "tfoot")
#: Cells holding text in one row that make a table a data table, as the normaliser's
#: Markdown table rows (a two-column header or signature table stays lines).
_DATA_CELLS = 3
#: More text than this in one cell (or a table in it) makes a table a page's layout:
#: a task table's longest cells hold a paragraph or two.
_CELL_CHARS = 4000
_FONT_FAMILY = regex.compile(r"font-family\s*:\s*['\"]?([^'\";,]+)", regex.IGNORECASE)
_META_CHARSET = regex.compile(rb"<meta[^>]+charset\s*=\s*['\"]?([A-Za-z0-9_.:-]+)", regex.I)


def _collapse(s: str) -> str:
    """Whitespace runs (NBSP included) to one space, as a browser shows them."""
    inner = " ".join(s.split())
    if not inner:
        return " " if s else ""
    return (" " if s[0].isspace() else "") + inner + (" " if s[-1].isspace() else "")


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None
    children: list[Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unknown end tags are ignored, implied ends are applied."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack: list[Node] = [self.root]

    def _close_until(self, names: tuple[str, ...], scope: tuple[str, ...]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in names:
                del self.stack[i:]
                return
            if tag in scope:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close_until(("p",), ("table", "td", "th", "li", "div", "body"))
        if tag in _SCOPE:
            names: tuple[str, ...] = ("td", "th") if tag in ("td", "th") else (tag,)
            if tag == "tr":
                names = ("tr", "td", "th")
            self._close_until(names, _SCOPE[tag])
        parent = self.stack[-1]
        node = Node(tag, {k: v or "" for k, v in attrs}, parent)
        parent.children.append(node)
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self.stack[-1]
        parent.children.append(Node(tag, {k: v or "" for k, v in attrs}, parent))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


@dataclass
class Rendered:
    """Text of the tree, with each element's span and its text counts."""

    text: str
    spans: dict[int, tuple[int, int]]
    nodes: dict[int, Node]
    link_chars: dict[int, int]
    legacy: dict[str, int]


def _rows(table: Node) -> list[Node]:
    """The table's own rows (directly or in a row group), not a nested table's."""
    rows: list[Node] = []
    for child in table.children:
        if isinstance(child, Node):
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in _ROW_GROUPS:
                rows.extend(c for c in child.children if isinstance(c, Node) and c.tag == "tr")
    return rows


def _cells(row: Node) -> list[Node]:
    return [c for c in row.children if isinstance(c, Node) and c.tag in _CELLS]


def _span(cell: Node) -> int:
    """The columns a cell spans (``colspan``; a bad value counts one)."""
    value = cell.attrs.get("colspan", "1").strip()
    return min(int(value), 64) if value.isdigit() and value != "0" else 1


def _visible(node: Node, limit: int) -> int:
    """Characters of text showing under ``node`` (dropped elements' text does not),
    counted up to ``limit``; ``limit + 1`` when ``node`` holds a table (a cell holding
    a table lays out a page, it is no data cell)."""
    stack: list[Node | str] = [node]
    seen = 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            seen += len(item.strip())
            if seen > limit:
                return seen
        elif item.tag == "table" and item is not node:
            return limit + 1
        elif item.tag not in _DROP:
            stack.extend(item.children)
    return seen


def _data_rows(table: Node) -> dict[int, int]:
    """The rows of a data table (``id`` to the table's width), else nothing.

    A table is a data table when one of its rows has :data:`_DATA_CELLS` cells
    holding text, a second row has two or more (a header and a data row), and no
    cell holds a table or a page of text: a portal's layout table (a menu, the
    document, a sidebar in one row) stays lines, or the whole document would read
    as one table row. Every row of a data table is then padded to the widest row,
    so that all read as Markdown table rows (a merged group row too).
    """
    rows = _rows(table)
    cells = [_cells(r) for r in rows]
    filled: list[int] = []
    for row in cells:
        sizes = [_visible(c, _CELL_CHARS) for c in row]
        if any(n > _CELL_CHARS for n in sizes):
            return {}
        filled.append(sum(n > 0 for n in sizes))
    if not any(n >= _DATA_CELLS for n in filled) or sum(n >= 2 for n in filled) < 2:
        return {}
    width = max(sum(map(_span, c)) for c in cells)
    return {id(r): width for r, c in zip(rows, cells, strict=True) if c}


def _legacy_font(node: Node) -> tuple[str | None, bool]:
    style = node.attrs.get("style", "")
    m = _FONT_FAMILY.search(style) if "font" in style.lower() else None
    face = node.attrs.get("face") if node.tag == "font" else None
    name = m.group(1).strip() if m else face
    return font_encoding(name) if name else (None, False)


def _render(root: Node) -> Rendered:
    """Write the tree out, one line per block; iterative, so depth cannot overflow.

    A data table's row (see :func:`_data_rows`) is one line, ``| cell | cell |``:
    inside its cells a line break is written ``<br>`` (before the next text only).
    """
    out: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    nodes: dict[int, Node] = {}
    link_chars: dict[int, int] = {}
    legacy_used: dict[str, int] = {}
    row_width: dict[int, int] = {}
    row_cells: dict[int, int] = {}
    length = 0
    line_has_text = False
    blank_pending = False
    cell_break = cell_text = False  # a line break owed in a data cell; its text so far

    def put(s: str) -> None:
        nonlocal length
        out.append(s)
        length += len(s)

    def newline() -> None:
        nonlocal line_has_text
        if line_has_text:
            put("\n")
            line_has_text = False

    def emit(s: str, in_cell: bool) -> None:
        nonlocal line_has_text, blank_pending, cell_break, cell_text
        if in_cell:
            if cell_break:
                put("<br>")
            cell_break, cell_text = False, True
        elif blank_pending and length:
            put("\n")
        blank_pending = False
        put(s)
        line_has_text = True

    # stack items: (node, child index, legacy context, in <pre>, in a link, in a data cell)
    stack: list[tuple[Node, int, tuple[str | None, bool], bool, bool, bool]] = []
    stack.append((root, 0, (None, False), False, False, False))
    starts: dict[int, int] = {}
    text_at_start: dict[int, int] = {}
    text_total = 0
    link_total = 0
    link_at_start: dict[int, int] = {}
    while stack:
        node, i, legacy, pre, in_link, in_cell = stack.pop()
        key = id(node)
        if i == 0:
            nodes[key] = node
            starts[key] = length
            link_at_start[key] = link_total
            text_at_start[key] = text_total
            if node.tag == "table" and not in_cell:
                row_width.update(_data_rows(node))
            if key in row_width and not in_cell:
                newline()
                put("|")
                row_cells[key] = 0
            elif (node.tag in _CELLS and node.parent is not None
                  and id(node.parent) in row_cells and not in_cell):
                put(" ")
                in_cell, cell_break, cell_text = True, False, False
            elif in_cell:
                if node.tag in _BLOCK or node.tag == "br":
                    cell_break = cell_text
            elif node.tag in _BLOCK:
                newline()
            if node.tag == "br" and not in_cell:
                if not line_has_text:
                    blank_pending = False
                put("\n")
                line_has_text = False
        if i < len(node.children):
            stack.append((node, i + 1, legacy, pre, in_link, in_cell))
            child = node.children[i]
            if isinstance(child, str):
                if key in row_cells:
                    continue  # blanks between a data row's cells
                s = child if pre and not in_cell else _collapse(child)
                if not line_has_text or (in_cell and (cell_break or not cell_text)):
                    s = s.lstrip(" ")
                if s:
                    if legacy[0] is not None:
                        conv = convert(s, legacy[0], caps=True if legacy[1] else None)
                        if conv != s:
                            legacy_used[legacy[0]] = legacy_used.get(legacy[0], 0) + 1
                        s = conv
                    emit(s, in_cell)
                    visible = len(s.strip())
                    text_total += visible
                    if in_link:
                        link_total += visible
            elif child.tag not in _DROP:
                enc = _legacy_font(child)
                stack.append((
                    child, 0, enc if enc[0] is not None else legacy,
                    pre or child.tag == "pre", in_link or child.tag == "a", in_cell,
                ))
            continue
        # leaving the node
        if key in row_cells:
            put(" |" * max(row_width[key] - row_cells.pop(key), 0))
            line_has_text = True
            newline()
        elif in_cell and node.tag in _CELLS and node.parent is not None \
                and id(node.parent) in row_cells:
            span = _span(node)
            put(" |" * span)
            row_cells[id(node.parent)] += span
            cell_break = False
        elif in_cell:
            if node.tag in _BLOCK:
                cell_break = cell_text
        elif node.tag in _BLOCK:
            if node.tag == "p" and text_total == text_at_start[key]:
                blank_pending = True  # an empty paragraph is a blank line
            newline()
        spans[key] = (starts[key], length)
        link_chars[key] = link_total - link_at_start[key]
        nodes[key] = node
    text = "".join(out)
    return Rendered(text, spans, nodes, link_chars, legacy_used)


def _patterns() -> tuple[list[regex.Pattern[str]], list[regex.Pattern[str]]]:
    lex = load("lexicon").get("national_header", {})
    anchors = load("legacy_encodings").get("document_anchors", {})
    flags = regex.IGNORECASE
    keys = [k for k in ("state", "party") if isinstance(lex.get(k), str)]
    start = [regex.compile(lex[k], flags) for k in keys]
    start_fallback = [regex.compile(p, flags) for p in anchors.get("start", [])]
    end = [regex.compile(p) for p in anchors.get("end", [])]
    return start + start_fallback, end


_START, _END = _patterns()


def _find(patterns: list[regex.Pattern[str]], text: str, *, last: bool) -> tuple[int, int] | None:
    """First match of the first pattern that matches (or its last match)."""
    for pat in patterns:
        found: tuple[int, int] | None = None
        for m in pat.finditer(text, timeout=10):
            found = (m.start(), m.end())
            if not last:
                break
        if found:
            return found
    return None


def _main_span(r: Rendered) -> tuple[int, int] | None:
    """Span of the element holding the document itself (see module docstring)."""
    folded = fold_tones(r.text)
    start = _find(_START, folded, last=False)
    if start is not None:
        end = _find(_END, folded[start[1]:], last=True)
        lo = start[0]
        hi = start[1] + end[1] if end else start[1]
        best: tuple[int, int] | None = None
        for key, (a, b) in r.spans.items():
            if a <= lo and b >= hi and (best is None or b - a < best[1] - best[0]):
                if r.nodes[key].tag in ("#root", "html"):
                    continue
                best = (a, b)
        if best is None:
            return None
        if end is not None:
            return best
        # no end anchor: climb while the parent adds text that is not links
        return _climb(r, best)
    return _densest(r)


def _score(r: Rendered, key: int) -> int:
    a, b = r.spans[key]
    return (b - a) - 3 * r.link_chars.get(key, 0)


def _climb(r: Rendered, span: tuple[int, int]) -> tuple[int, int]:
    key = next(k for k, s in r.spans.items() if s == span)
    node = r.nodes[key]
    best_key, best = key, _score(r, key)
    while node.parent is not None and node.parent.tag not in ("#root", "html"):
        node = node.parent
        s = _score(r, id(node))
        if s > best:
            best_key, best = id(node), s
    return r.spans[best_key]


def _densest(r: Rendered) -> tuple[int, int] | None:
    best_key = None
    best = 0
    for key in r.spans:
        if r.nodes[key].tag in ("#root", "html"):
            continue
        s = _score(r, key)
        if s > best:
            best_key, best = key, s
    return r.spans[best_key] if best_key is not None else None


def _clean(text: str) -> str:
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if not ln and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + ("\n" if out else "")


def _charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes: BOM, then the declared charset, then text detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    declared = _charset(data)
    if declared and declared not in ("utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    return decode(data)


def html_to_text(html: str) -> tuple[str, bool, str | None]:
    """Text of an HTML document's main content, whether chrome was cut, and the
    legacy encoding converted by font (or ``None``)."""
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError) as exc:  # pragma: no cover - tolerant parser
        raise InputError(f"cannot parse HTML: {exc}") from exc
    rendered = _render(builder.root)
    legacy = max(rendered.legacy, key=lambda k: rendered.legacy[k]) if rendered.legacy else None
    span = None if _fragment(builder.root) else _main_span(rendered)
    if span is None:
        return _clean(rendered.text), False, legacy
    a, b = span
    cut = len(rendered.text[:a].strip()) + len(rendered.text[b:].strip()) > 0
    return _clean(rendered.text[a:b]), cut, legacy


def _fragment(root: Node) -> bool:
    """Whether the tree is a fragment: several elements side by side at its top and no
    ``html`` or ``body`` among them (a scraper's header ``table`` and the ``p`` after
    it, saved alone). It holds the document and nothing else: no chrome to cut."""
    tops = [c.tag for c in root.children if isinstance(c, Node)]
    return len(tops) > 1 and "html" not in tops and "body" not in tops


def read_html(data: bytes) -> Source:
    """Read an HTML file (see module docstring)."""
    html, encoding = decode_html(data)
    text, cut, converted = html_to_text(html)
    src = Source(text=text, format="html", encoding=encoding)
    if cut:
        src.warn("html_chrome_cut", "page text outside the document's main content was dropped")
    if converted:
        src.encoding = converted
        src.warn("legacy_encoding",
                 f"text in {label(converted)} fonts (.VnTime, VNI-Times ...) converted to Unicode")
        return src
    return apply_legacy(src)


def read_mht(data: bytes) -> Source:
    """Read a single-file web page (MHT): its first HTML part."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            charset = part.get_content_charset()
            if charset:
                try:
                    html = payload.decode(charset)
                    payload = html.encode("utf-8")
                    payload = b'<meta charset="utf-8">' + payload
                except (LookupError, UnicodeDecodeError):
                    pass
            src = read_html(payload)
            src.format = "mht"
            return src
    raise InputError("MHT file without an HTML part")
