"""The name column of a table of people, and the position column beside it.

A list of candidates, of people rewarded or of members is a table whose header names
its columns::

    | STT | Họ và tên | Ngày sinh | Vị trí dự tuyển |
    |---|---|---|---|
    | 1 | Lê Thị Hoa | 12/03/1998 | Bác sĩ |

Every cell under the header's name cell (``Họ và tên``, ``Họ tên``, ``Tên``) holds a
person's name, whatever follows it in the row; the person's positions are read only
from a column whose header says so (``Chức vụ``, ``Chức danh``, ``Chức vụ, đơn vị``):
``Bác sĩ`` under ``Vị trí dự tuyển`` is the post applied for, not one held. A member
list may have two such columns, the post in the organ and the role in the board
(``| Chức vụ, đơn vị | Chức danh trong Ban |``): both are the person's positions. The words of
both headers are in ``grammar/data/persons.toml`` (``[table]``).

The table is read from the input (``Normalized.raw``), where a row is a line: a
Markdown table (the HTML and DOCX readers write data tables so too), or cells parted by
tabs (text copied from Word). Each cell is mapped back into the normalised text. A
table one cell a line (a PDF's text layer) is read from the normalised text by
:mod:`vbcd.extract.person_line_tables`.
"""

from __future__ import annotations

import regex

from vbcd.extract.person_line_tables import line_cells
from vbcd.extract.task_tables import trimmed_cells
from vbcd.grammar import load
from vbcd.normalize import Normalized, fold_tones, map_offsets

__all__ = ["NameCell", "name_cells"]

_DATA = load("persons")["table"]
#: A header cell naming the name column: one of these words, whole (folded, lower case).
_NAME_HEADS = frozenset(fold_tones(w).lower() for w in _DATA["name_heads"])
#: The first words of a longer header cell naming the name column (``Họ và tên thí sinh``).
_NAME_LEAD = tuple(fold_tones(w).lower() for w in _DATA["name_lead"])
#: A header cell naming the position column: it holds one of these words.
_POSITION_WORDS = tuple(fold_tones(w).lower() for w in _DATA["position_heads"])
#: The lines of a table the header is looked for in (a title row may come first).
_HEADER_LINES = 2
#: Most rows read from one table.
MAX_ROWS = 2000
#: A line of a table whose cells are parted by tabs (found only when the input has one).
_TAB_LINE = regex.compile(r"(?m)^[^\n\t]*+\t[^\n]*+")
#: A Markdown table's separator row (``|---|:---:|``).
_SEPARATOR = regex.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")

#: Most position columns read from one table (the post held, the role in the board).
_MAX_POSITION_COLUMNS = 2

#: A row's name cell and its position cells (none: no position column, or the row does
#: not fill the header's cells), as ``(start, end)`` in the normalised text.
NameCell = tuple[tuple[int, int], tuple[tuple[int, int], ...]]


def _head_key(cell: str) -> str:
    """A header cell as compared with the header words: folded, lower case, one blank
    between words, no colon or full stop at its end."""
    return " ".join(fold_tones(cell).lower().split()).rstrip(":. ")


def _names_column(key: str) -> bool:
    """Whether a header cell (:func:`_head_key`) names a column of people's names."""
    return key in _NAME_HEADS or any(
        key.startswith(w) and key[len(w)] in " ,(" for w in _NAME_LEAD if len(key) > len(w))


def _columns(header: list[str]) -> tuple[int, tuple[int, ...]] | None:
    """The name column and the position columns (maybe none) a header row names, or
    ``None`` when it names no name column."""
    keys = [_head_key(c) for c in header]
    name = next((i for i, k in enumerate(keys) if _names_column(k)), None)
    if name is None:
        return None
    pos = tuple(i for i, k in enumerate(keys)
                if i != name and any(w in k for w in _POSITION_WORDS))
    return name, pos[:_MAX_POSITION_COLUMNS]


def _split(line: str, at: int, sep: str) -> list[tuple[int, int]]:
    """The cells of one row (``line`` starting at input offset ``at``) parted by
    ``sep``, as input ``[start, end)`` with blanks trimmed; a Markdown row's border
    pipes open and close no cell."""
    body = line
    lead = 0
    if sep == "|":
        stripped = line.strip()
        if not stripped.startswith("|"):
            return []
        lead = line.index("|") + 1
        body = stripped[1:]
        if body.endswith("|"):
            body = body[:-1]
    return trimmed_cells(body.split(sep), at + lead)


def _rows(raw: str, lines: list[tuple[int, str]], sep: str) -> list[list[tuple[int, int]]]:
    """The rows under the first header that names a name column, each ``[name cell,
    position cells...]`` of the input (the position cells left out when the row has
    another number of cells than the header, or the header names no position column)."""
    out: list[list[tuple[int, int]]] = []
    columns: tuple[int, tuple[int, ...]] | None = None
    width = 0
    tried = 0
    for at, line in lines:
        if sep == "|" and _SEPARATOR.fullmatch(line.strip()):
            continue
        if columns is None:
            cells = _split(line, at, sep)
            if cells:
                columns = _columns([raw[x:y] for x, y in cells])
                width = len(cells)
                tried += 1
                if columns is None and tried >= _HEADER_LINES:
                    return []  # no table of people
            continue
        if len(out) >= MAX_ROWS:
            break
        cells = _split(line, at, sep)
        name, pos = columns
        if len(cells) <= name:
            continue
        row = [cells[name]]
        if len(cells) == width:
            row.extend(cells[p] for p in pos if cells[p][0] < cells[p][1])
        out.append(row)
    return out


def _lines(raw: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of input ``[start, end)`` with the offset each starts at."""
    out = []
    pos = start
    for line in raw[start:end].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def name_cells(norm: Normalized) -> list[NameCell]:
    """The name cells (and position cells) of every table of people in the document,
    as spans of the normalised text; empty cells are left out."""
    raw = norm.raw
    lined: list[NameCell] = line_cells(norm.text, _columns)
    found: list[list[tuple[int, int]]] = []
    if norm.tables and "|" in raw:
        t_keys = [t for t, _ in norm.anchors]
        r_keys = [r for _, r in norm.anchors]
        for a, b in norm.tables:
            ra, rb = map_offsets(t_keys, r_keys, [a, max(a, b - 1)])
            ra = raw.rfind("\n", 0, ra) + 1
            end = raw.find("\n", rb)
            found.extend(_rows(raw, _lines(raw, ra, len(raw) if end < 0 else end), "|"))
    if "\t" in raw:
        block: list[tuple[int, str]] = []
        last = -2
        for m in _TAB_LINE.finditer(raw):
            if m.start() != last + 1 and block:  # a line with no tab ends the table
                found.extend(_rows(raw, block, "\t"))
                block = []
            if "|" not in m.group():
                block.append((m.start(), m.group()))
            last = m.end()
        if block:
            found.extend(_rows(raw, block, "\t"))
    if not found:
        return lined
    t_keys = [t for t, _ in norm.anchors]
    r_keys = [r for _, r in norm.anchors]
    spans = [s for row in found for s in row]
    mapped = map_offsets(r_keys, t_keys, [p for x, y in spans for p in (x, max(x, y - 1))])
    out: list[NameCell] = []
    k = 0
    for row in found:
        cells: list[tuple[int, int] | None] = []
        for x, y in row:
            s, e = mapped[2 * k], mapped[2 * k + 1] + 1
            cells.append((s, e) if x < y and e > s else None)
            k += 1
        name = cells[0]
        if name is not None:
            out.append((name, tuple(c for c in cells[1:] if c is not None)))
    return out + lined
