"""A table of people printed one cell a line: the text layer of a PDF member list.

A PDF's text layer loses a table's borders: every cell becomes one or more lines, a
long cell wrapping onto the next line, and a page number may stand between rows::

    TT
    Họ và tên
    Chức danh, đơn vị công tác
    Nhiệm vụ
    1
    GS.TS. Lê Văn
    Bình
    Giám đốc Bệnh viện Phổi
    Trung ương
    Chủ tịch Hội
    đồng

The header is the run of short lines from a row-number head (``TT``, ``STT``) to the
line ``1``; each row runs from its number to the next one. In a row the name cell is
the first line and the lines of one or two capitalised syllables after it (a wrapped
given name); the rest is the cells after the name. When the header names two columns
after the name, the last one (the role in the board: ``Ủy viên``, ``Chủ tịch Hội
đồng``) is the row's last *logical* line: a line that opens in lower case, or follows a
line ending with a joining word (``kiêm``, ``và``, a bare ``Bộ``), continues the line
above. The cells are returned as :data:`NameCell` spans for the table reading of
:mod:`vbcd.extract.persons`, which reads a name alone in its cell and the positions of
the cells whose header says so (``Chức vụ``, ``Chức danh``, ``Nhiệm vụ``).

Found only where a line is a row-number head (a compiled search), so a document with
no such table pays one search.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from vbcd.grammar import load

__all__ = ["line_cells"]

_DATA = load("persons")["table"]
#: A line that is the header cell over the row numbers (``STT``, ``TT``).
_NUMBER_HEAD = regex.compile(
    r"(?m)^[ \t]*+(?:" + "|".join(regex.escape(w) for w in _DATA["number_heads"])
    + r")\.?[ \t]*+$")
#: The last letters of every row-number head, with or without its full stop: a text
#: without one of them before a line break holds no such table (a C-level test first).
_HEAD_ENDS = tuple(sorted({w[-2:] + end for w in _DATA["number_heads"] for end in ("\n", ".\n")}))
#: The row-number heads as written: every line :data:`_NUMBER_HEAD` takes holds one.
_HEAD_WORD = re.compile("|".join(re.escape(w) for w in _DATA["number_heads"]))
#: Most header cells after the row-number head.
_MAX_HEAD = 5
#: Longest header cell (characters): a longer line is text, not a header.
_HEAD_LEN = 60
#: Most lines one row may hold (a longer run is no row of this table).
_MAX_ROW_LINES = 12
#: Most rows read from one table.
_MAX_ROWS = 500
#: The words that, ending a line, join the next line to it (a cell wrapped after them);
#: compared as printed: a capitalised organ head (``Bộ``) is not the end of ``Nội vụ``.
_JOIN_WORDS = frozenset(w.rsplit(" ", 1)[-1] for w in _DATA["wrap_joins"])
#: A member's role in the board (``thành viên``, ``tổ phó``): a line opening with one
#: starts the role cell, whatever the line above ends with.
_ROLES = tuple(w.lower() for w in load("persons")["cues"]["body_roles"])
#: A board's name that, alone on the last line, ends the role wrapped above it.
_ROLE_BOARDS = frozenset(_DATA["role_boards"])
#: Most syllables on a line that continues a wrapped name.
_NAME_TAIL = 2
#: A line of capitalised syllables only (a wrapped given name: ``Thịnh``, ``Thu Hà``).
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}*+(?: \p{Lu}\p{Ll}*+)*+")
#: A line that is a heading, not a cell: two or more words in capitals (a row's first
#: line, in capitals, is a name: ``NGUYỄN VĂN AN``).
_HEADING = regex.compile(r"\p{Lu}{2,}+(?:\s++\p{Lu}++)++\b.*+")

Span = tuple[int, int]
#: A row: its name cell and its position cells.
Row = tuple[Span, tuple[Span, ...]]
#: Reads a header's cells into the name column and the position columns, or ``None``.
Columns = Callable[[list[str]], "tuple[int, tuple[int, ...]] | None"]


def _lines(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The lines from ``start`` on (at most ``limit``), as ``(start, end)`` with their
    blanks trimmed; an empty line is ``(p, p)``."""
    out: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    while pos <= n and len(out) < limit:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        a, b = pos, end
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        out.append((a, b))
        pos = end + 1
    return out


def _joins(text: str, prev: Span, line: Span) -> bool:
    """Whether ``line`` continues the cell of the line ``prev``: ``prev`` ends with a
    small joining word or a mark (``Ủy viên kiêm`` / ``Thư ký``); else, unless ``line``
    opens with a member's role, it opens in lower case or with a bracket, or ``prev``
    ends with an organ's head word (``..., Bộ`` / ``Công an``)."""
    tail = text[prev[0]:prev[1]]
    if tail.endswith((",", "-", "–", "(")):
        return True
    last = tail.rsplit(" ", 1)[-1]
    if last in _JOIN_WORDS and last.islower():
        return True
    if text[line[0]:line[1]].lower().startswith(_ROLES):
        return False  # a member's role opens its own cell (``Văn phòng Bộ`` / ``Thành viên``)
    return not text[line[0]].isupper() or last in _JOIN_WORDS


def _row_cells(text: str, row: list[Span], after: int) -> tuple[Span, list[Span]] | None:
    """A row's name cell and the cells after it (``after`` of them in the header), or
    ``None`` when the row holds no name line."""
    if not row:
        return None
    k = 1
    while (k < len(row) and len(text[row[k][0]:row[k][1]].split()) <= _NAME_TAIL
           and _CAPITALISED.fullmatch(text, row[k][0], row[k][1])):
        k += 1
    name = (row[0][0], row[k - 1][1])
    rest = row[k:]
    if not rest or after < 1:
        return name, []
    # the logical lines: a wrapped cell's lines joined
    logical: list[list[Span]] = [[rest[0]]]
    for line in rest[1:]:
        if _joins(text, logical[-1][-1], line):
            logical[-1].append(line)
        else:
            logical.append([line])
    if len(logical) > 2 and text[logical[-1][0][0]:logical[-1][-1][1]] in _ROLE_BOARDS:
        logical[-2].extend(logical.pop())  # ``Phó Chủ tịch`` / ``Hội đồng``
    spans = [(group[0][0], group[-1][1]) for group in logical]
    if after == 1 or len(spans) == 1:
        return name, [(spans[0][0], spans[-1][1])]
    if len(spans) == after:
        return name, spans
    if after == 2:
        return name, [(spans[0][0], spans[-2][1]), spans[-1]]
    return name, []  # more wrapped cells than can be told apart


def _table(text: str, head_at: int, columns: Columns) -> tuple[list[Row], int]:
    """The rows of the table of people whose row-number head starts at ``head_at``
    (each its name cell and its position cells), and the offset where the table ends.
    Only a header whose name column comes right after the row numbers is read."""
    lines = _lines(text, head_at, _MAX_HEAD + 2)
    header: list[str] = []
    first = -1
    for k, (a, b) in enumerate(lines):
        cell = text[a:b]
        if k and cell in ("1", "1."):
            first = k
            break
        if a == b or b - a > _HEAD_LEN or (k and cell[0].isdigit()):
            break
        header.append(cell)
    read = columns(header) if first > 0 else None
    if read is None or read[0] != 1:
        return [], head_at + 1
    name_col, pos_cols = read
    keep = [c - name_col - 1 for c in pos_cols if c > name_col]
    cells_after = len(header) - name_col - 1
    pos = lines[first][0]
    rows: list[tuple[Span, list[Span]]] = []
    expect = 1
    row: list[Span] | None = None
    end = pos
    for a, b in _lines(text, pos, _MAX_ROWS * _MAX_ROW_LINES):
        cell = text[a:b]
        if cell in (str(expect), f"{expect}."):
            if row is not None:
                rows.append(_row_cells(text, row, cells_after) or ((0, 0), []))
            row = []
            expect += 1
            end = b
            if len(rows) >= _MAX_ROWS:
                break
            continue
        if a == b:
            continue  # a blank line between rows
        if row is None:
            break  # after a page number, a line that opens no row: the table has ended
        if cell.isdigit() and not row:
            continue  # a page number right after the row's own number
        if (cell.isdigit() or len(row) >= _MAX_ROW_LINES
                or (len(row) >= 2 and _HEADING.fullmatch(cell))):
            rows.append(_row_cells(text, row, cells_after) or ((0, 0), []))
            row = None  # a page number, a heading: the row ends
            continue
        row.append((a, b))
        end = b
    if row:
        rows.append(_row_cells(text, row, cells_after) or ((0, 0), []))
    return [(name, tuple(cells[i] for i in keep if i < len(cells)))
            for name, cells in rows if name[1] > name[0]], end


def _number_head(text: str, pos: int) -> regex.Match[str] | None:
    """``_NUMBER_HEAD.search(text, pos)``, tried only at the starts of the lines that
    hold a head's words (a literal scan), not at every character of the text: a head's
    line is its words between blanks, so it holds them, and the first such line that
    the pattern takes is the first match."""
    line = -1
    for hit in _HEAD_WORD.finditer(text, pos):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start == line or start < pos:
            continue  # (a line already tried, or one that opens before ``pos``)
        line = start
        m = _NUMBER_HEAD.match(text, start)
        if m is not None:
            return m
    return None


def line_cells(text: str, columns: Columns) -> list[Row]:
    """The name cells and position cells of every one-cell-a-line table of people.

    ``columns`` reads a header (its cells' texts) into the name column's index and the
    position columns' indexes, or ``None`` (``person_tables._columns``)."""
    out: list[Row] = []
    if not any(end in text for end in _HEAD_ENDS):
        return out
    pos = 0
    while True:
        m = _number_head(text, pos)
        if m is None:
            return out
        rows, end = _table(text, m.start(), columns)
        out.extend(rows)
        pos = max(end, m.end())
