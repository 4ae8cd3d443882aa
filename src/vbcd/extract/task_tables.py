"""Plan tasks printed as a table: one row a task, with its lead, partners and deadline.

A plan (kế hoạch) often lists its tasks in a Markdown table::

    | TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
    |---|---|---|---|---|
    | 1 | Xây dựng kho dữ liệu | Sở Khoa học và Công nghệ | Các sở, ngành | Tháng 6/2026 |

The normaliser turns each cell into a line of its own, so the sentence grammar sees
no sentence there. The table is read from the input instead (``Normalized.raw``): the
header row names the columns (``[task_table]`` in ``grammar/data/assignments.toml``),
and each row's cells are mapped back into the normalised text, so every record keeps
its span. :func:`task_rows` is shared by the deadline stage (the deadline column) and
the assignment stage (who does what).

The same table reaches vbcd in two plain-text layouts as well, read by the same header
words (and the row-number column's, ``TT``):

* cells parted by tabs, a row a line (text copied from Word): read from the input like
  the Markdown table; under a ``TT`` column a line that opens with no row number goes
  on its row (a cell of two paragraphs);
* one cell a line (a PDF's text layer, a web page's table flattened): read from the
  normalised text. The header's ``N`` cells give the row's length; a row opens with
  the next row number and must fill its cells up to the next number (or the end of the
  table). A row one cell short (an empty cell the extraction dropped) keeps only the
  cells whose column is certain; lines opening in lower case are taken as a wrapped
  cell when that makes the row fit. The first row that fits in no way ends the table:
  a row is never read misaligned. Blank lines may part the rows, or every cell (a web
  page's table copied as text); a group row (``I`` / ``NHIỆM VỤ CHUNG``) is skipped,
  and a task's parts (``1.1``, ``1.2``) are rows.

A Markdown table whose rows open with no pipe is found by its separator line; a header
of two lines (``Cơ quan thực hiện`` over ``Chủ trì | Phối hợp``) takes its columns from
the second, in every layout.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise, zip_longest

import regex

from vbcd.extract.assignment_text import _bounded
from vbcd.grammar import load
from vbcd.models import Assignment, AssignmentRole, Deadline
from vbcd.normalize import fold_tones, map_offsets
from vbcd.pipeline import Context

__all__ = [
    "Cell", "TaskRow", "actor_cells", "table_assignments", "table_deadlines", "task_rows",
    "trimmed_cells",
]

_DATA = load("assignments")["task_table"]
#: Column kinds in the order a header cell is tested against them.
_KINDS = ("persons", "venue", "preparer", "partners", "deadline", "lead", "responsible",
          "task")
# The header words of a column of people's names are the persons layer's (a member
# list: no task table), the others this table's.
_WORDS = {kind: [fold_tones(w).lower() for w in (
    load("persons")["table"]["name_lead"] if kind == "persons" else _DATA[kind])]
    for kind in _KINDS}
# What parts the actors of one cell: a semicolon or a line (a ``<br>`` in the cell).
_PIECE_SEP = re.compile(r"[;\n]")
_WRAPPED_PIECE_SEP = re.compile(r";")
#: Most rows read from one table (a longer table is read up to there).
MAX_ROWS = 2000
# The words of an actor column's header: a table whose (tone-folded) text has none is no
# task table, and is not read (a document may hold thousands of small tables).
_ACTOR_WORDS = regex.compile(
    "|".join(regex.escape(w) for k in ("lead", "responsible") for w in _WORDS[k]),
    regex.IGNORECASE)
#: The row-number column's header words (a whole cell, folded and lower-cased).
_NUMBER_WORDS = frozenset(fold_tones(w).lower() for w in _DATA["number"])
_NUMBER_HEAD = "|".join(regex.escape(w) for w in sorted(_DATA["number"], key=len, reverse=True))
# Where a plain-text task table may start, found by one scan of the input (from the line
# break before it: a literal the scan skips to fast): a line that is only the row-number
# header (one cell a line), perhaps in bold (``**TT**``: a web page's table, a cell a
# paragraph between lines holding only a pipe) ...
_ONE_A_LINE_START = rf"\n[ \t]*\**(?:{_NUMBER_HEAD})\.?\**[ \t]*\r?(?=\n)"
# ... or a run of lines with tabs, the first with three cells or more (only looked for
# when the input has a tab).
_TAB_BLOCK = r"\n[^\n\t|]*\t[^\n\t]*\t[^\n]*(?:\n[^\n]*\t[^\n]*)*"
_PLAIN_START = re.compile(_ONE_A_LINE_START, re.IGNORECASE)
_PLAIN_OR_TAB_START = re.compile(f"{_ONE_A_LINE_START}|{_TAB_BLOCK}", re.IGNORECASE)
# A row number (``1``, ``12.``, a task's part ``1.2``), and the mark of a heading row
# (``I``, ``II.``, ``A``), or of a group nested in one (``III.1``, ``III.1.1``).
_ROW_NUMBER = re.compile(r"(\d{1,4}(?:\.\d{1,3}){0,2})\.?")
_HEADING_ROW = re.compile(r"(?:[IVXL]{1,5}|[A-ZĐ])(?:\.\d{1,2}){0,3}\.?")
# A line that follows a table rather than a cell: a part's heading (``III.``, ``2.``,
# ``a)``, ``-``), a line in capitals (a signature block), a label (``Nơi nhận:``).
_AFTER_TABLE = regex.compile(
    r"(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-–+•*])\s|[^\p{Ll}]+$|.*:$")
# Where a row's last cell might be instead, only a heading or a label ends the table.
_HEADING_AFTER_TABLE = regex.compile(r"(?:[IVXLC]+|\d+)\.\s+\p{Lu}|.*:$")
# The separator line of a Markdown table whose rows do not open with a pipe
# (``---|:---:|---``), from the line break before it.
_BARE_SEPARATOR = re.compile(
    r"\n[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?(?=\n|$)")
#: Most header cells of a table one cell a line (more lines before ``1``: no header).
_MAX_COLUMNS = 10
#: Most lines of a group row of a table one cell a line (its mark, its title wrapped).
_GROUP_LINES = 3
#: Most group rows nested above a row (``III`` / ``III.1`` / ``III.1.1`` / ``1``).
_GROUP_DEPTH = 4


@dataclass(frozen=True)
class Cell:
    """A cell's text, as offsets into the normalised text (blanks trimmed)."""

    start: int
    end: int
    #: a cell wrapped over lines (one cell a line): its line breaks part no actors
    wrapped: bool = False
    #: an actor's role as the cell itself labels it (``Chủ trì: Sở Y tế``), else None
    role: AssignmentRole | None = None


@dataclass(frozen=True)
class TaskRow:
    """One task of a table: the cells of its columns (``None``: no such column, or
    the cell is empty); ``role`` is ``lead`` or ``responsible``, after the header."""

    task: Cell
    actors: Cell
    role: AssignmentRole
    partners: Cell | None
    deadline: Cell | None


#: Header words of a column of results or amounts (``Kết quả thực hiện``): no actors.
_RESULT_WORDS = [fold_tones(w).lower() for w in _DATA["results"]]
#: Header words of an actor column that puts each row in the unit's charge (``Đơn vị
#: phụ trách``), and, as whole words, of a column of the places or works so put (``Xã``,
#: ``Xóm trọng điểm``): with no task column, the place is the row's task.
_CHARGE_WORDS = [fold_tones(w).lower() for w in _DATA["charge"]]
_SUBJECT_WORDS = regex.compile(r"\b(?:" + "|".join(
    regex.escape(fold_tones(w).lower()) for w in sorted(_DATA["subject"], key=len, reverse=True))
    + r")\b")
_ACTOR_KINDS = ("lead", "responsible")


def _kind(header: str) -> str | None:
    """The kind of the column a header cell names; None for a column of results or
    amounts whose header holds an actor column's word (``Kết quả thực hiện``: the cells
    read ``Đã hoàn thành``, no actor)."""
    low = fold_tones(header).lower()
    for kind in _KINDS:
        if kind == "preparer":  # a header of its own, not a task's (``Nội dung chuẩn bị``)
            if any(low.startswith(w) for w in _WORDS[kind]):
                return kind
            continue
        if any(w in low for w in _WORDS[kind]):
            if kind in _ACTOR_KINDS and any(w in low for w in _RESULT_WORDS):
                return None
            if kind == "responsible" and any(w in low for w in _CHARGE_WORDS):
                return "charge"
            return kind
    return "subject" if _SUBJECT_WORDS.search(low) else None


def _cells(line: str, bare: bool = False) -> list[tuple[int, int]]:
    """The cells of one table row, as ``[start, end)`` in the line (blanks trimmed);
    ``bare``: the table's rows need not open with a pipe (``TT | Nội dung | ...``)."""
    body = line.strip()
    lead = len(line) - len(line.lstrip())
    if not body.startswith("|"):
        return trimmed_cells(body.rstrip("|").split("|"), lead) if bare and "|" in body else []
    return trimmed_cells(body[1:].rstrip("|").split("|"), lead + 1)


def trimmed_cells(pieces: list[str], pos: int) -> list[tuple[int, int]]:
    """The cells of ``pieces`` (a row split at its one-character separator, starting at
    ``pos``), as ``[start, end)`` with blanks trimmed."""
    out = []
    for piece in pieces:
        a = pos + len(piece) - len(piece.lstrip())
        out.append((a, max(a, pos + len(piece.rstrip()))))
        pos += len(piece) + 1
    return out


def task_rows(ctx: Context) -> list[TaskRow]:
    """The task rows of every task table of the document (read once, then cached)."""
    cached = ctx.cache.get("task_rows")
    if cached is not None:
        rows: list[TaskRow] = cached
        return rows
    rows = []
    norm = ctx.norm
    raw = norm.raw
    tables = []
    if norm.tables and "|" in raw:
        tables = [(a, b) for a, b in norm.tables if _ACTOR_WORDS.search(ctx.match, a, b)]
    # where a table in plain text may start (tabs, or one cell a line): one scan
    starts = list((_PLAIN_OR_TAB_START if "\t" in raw else _PLAIN_START).finditer(raw))
    if tables or starts:  # the offset maps are built only for a document with a table
        t_keys = [t for t, _ in norm.anchors]
        r_keys = [r for _, r in norm.anchors]
        for a, b in tables:
            rows.extend(_table_rows(ctx, a, b, t_keys, r_keys))
        rows.extend(_plain_rows(ctx, starts, t_keys, r_keys))
    if "|" in raw:
        bare = list(_BARE_SEPARATOR.finditer(raw))
        if bare:
            t_keys = [t for t, _ in norm.anchors]
            r_keys = [r for _, r in norm.anchors]
            for m in bare:
                rows.extend(_bare_table_rows(ctx, m, t_keys, r_keys))
    ctx.cache["task_rows"] = rows
    return rows


def _bare_table_rows(
    ctx: Context, sep: re.Match[str], t_keys: list[int], r_keys: list[int],
) -> list[TaskRow]:
    """The rows of a Markdown table whose rows do not open with a pipe, found at its
    separator line ``sep`` (``---|---``): its header is the line above, its rows the
    lines below that hold a pipe."""
    raw = ctx.norm.raw
    start = raw.rfind("\n", 0, sep.start()) + 1
    header = raw[start:sep.start()]
    if "|" not in header or header.lstrip().startswith("|"):
        return []
    end = sep.end()
    while end < len(raw):
        nxt = raw.find("\n", end + 1)
        nxt = len(raw) if nxt < 0 else nxt
        if "|" not in raw[end + 1:nxt]:
            break
        end = nxt
    return _rows_in(ctx, start, end, t_keys, r_keys, bare=True)


def _plain_rows(
    ctx: Context, starts: list[re.Match[str]], t_keys: list[int], r_keys: list[int],
) -> list[TaskRow]:
    """The rows of the tables in plain text found at ``starts``: a run of lines with
    tabs, or the row-number header of a table one cell a line."""
    out: list[TaskRow] = []
    for m in starts:  # each match opens with the line break before the table
        if "\t" in m.group():
            out.extend(_tab_rows(ctx, m.start() + 1, m.end(), t_keys, r_keys))
        else:
            at = map_offsets(r_keys, t_keys, [m.start() + 1])[0]
            out.extend(_one_a_line_rows(ctx, ctx.doc.text.rfind("\n", 0, at) + 1))
    return out


def _table_rows(
    ctx: Context, a: int, b: int, t_keys: list[int], r_keys: list[int],
) -> list[TaskRow]:
    norm = ctx.norm
    raw = norm.raw
    ra, rb = map_offsets(t_keys, r_keys, [a, max(a, b - 1)])
    ra = raw.rfind("\n", 0, ra) + 1
    end = raw.find("\n", rb)
    rb = len(raw) if end < 0 else end
    if _WRAPPED_ROW_AFTER.match(raw, rb):  # the table goes on in rows wrapped over lines
        first = raw.find("\n", ra, rb)
        rb = _wrapped_rows_end(raw, rb, raw.count("|", ra, rb if first < 0 else first))
    return _rows_in(ctx, ra, rb, t_keys, r_keys)


# A PDF's text layer prints a table's row with its cells' own line breaks: the row opens
# with a pipe, a wrapped cell goes on on the next lines, and the row ends at the line that
# closes with a pipe (``| 2 | Kiểm tra các cơ sở kinh doanh`` / ``thực phẩm | Sở Y tế,
# Công an`` / ``tỉnh | Tháng 4/2026 |``). Such rows are no Markdown rows, so the table the
# normaliser found ends before the first of them; here it goes on over them. A line that
# is only a page's number may part two rows.
_WRAPPED_ROW_AFTER = re.compile(
    r"\n(?:[ \t]*\d{0,3}[ \t]*\n){0,2}[ \t]*\|[^\n]*[^|\s][ \t]*(?:\n|$)")
_PAGE_NUMBER_LINE = re.compile(r"[ \t]*\d{0,3}[ \t]*")
#: Most lines of one wrapped row (its first and the lines its cells wrap onto).
_WRAP_LINES = 6


def _wrapped_row(lines: list[str], i: int, pipes: int) -> int:
    """The index past the last line of the wrapped row opening at ``lines[i]``
    (``pipes`` pipes in all, the header's count), or ``i`` when there is none there."""
    if not lines[i].lstrip().startswith("|") or lines[i].rstrip().endswith("|"):
        return i
    count = lines[i].count("|")
    for j in range(i + 1, min(len(lines), i + _WRAP_LINES)):
        line = lines[j]
        if line.lstrip().startswith("|"):
            return i  # a new row before this one closed: no row wrapped here
        count += line.count("|")
        if line.rstrip().endswith("|"):
            return j + 1 if count == pipes else i
    return i


def _wrapped_rows_end(raw: str, rb: int, pipes: int) -> int:
    """The end of the last row wrapped over lines that goes on the table ending at
    ``rb`` (rows of ``pipes`` pipes, blank or page-number lines between them)."""
    end, pos = rb, rb + 1
    lines: list[str] = []
    open_row = False  # inside a row opened by a pipe and not yet closed by one
    while pos <= len(raw) and len(lines) < MAX_ROWS:
        nxt = raw.find("\n", pos)
        nxt = len(raw) if nxt < 0 else nxt
        line = raw[pos:nxt].strip()
        if open_row:
            if line.startswith("|"):
                break
            open_row = not line.endswith("|")
        elif line.startswith("|"):
            open_row = not line.endswith("|")
        elif line and not _PAGE_NUMBER_LINE.fullmatch(line):
            break  # neither a row nor a cell's wrapped line: the table has ended
        lines.append(raw[pos:nxt])
        pos = nxt + 1
    i, at = 0, rb + 1
    while i < len(lines):
        line = lines[i]
        j = _wrapped_row(lines, i, pipes)
        if j == i:
            if line.lstrip().startswith("|") and line.count("|") == pipes:
                j = i + 1  # a row on one line among the wrapped ones
            elif not line.strip() or _PAGE_NUMBER_LINE.fullmatch(line):
                at += len(line) + 1
                i += 1
                continue
            else:
                break
        at += sum(len(x) + 1 for x in lines[i:j])
        end, i = at - 1, j
    return end


def _rows_in(
    ctx: Context, ra: int, rb: int, t_keys: list[int], r_keys: list[int], bare: bool = False,
) -> list[TaskRow]:
    """The rows of the Markdown table at input ``[ra, rb)`` (whole lines): its header
    names the columns, a second header line may refine them, and each row gives a task."""
    raw = ctx.norm.raw
    lines = raw[ra:rb].split("\n")
    columns: dict[str, int] = {}
    kinds: list[str | None] = []
    out: list[TaskRow] = []
    pos = ra
    i, pipes = 0, 0
    while i < len(lines):
        at, line, wrapped = pos, lines[i], False
        j = _wrapped_row(lines, i, pipes) if columns and not bare else i
        if j > i + 1:  # a row whose cells wrap over lines (read as one)
            line, wrapped = "\n".join(lines[i:j]), True
        else:
            j = i + 1
        i = j
        pos += len(line) + 1
        cells = _cells(line, bare)
        if not cells or all(not line[x:y].strip(" :-") for x, y in cells):
            continue  # not a row, or the separator row
        if not columns:
            kinds = [_kind(line[x:y]) for x, y in cells]
            found = _columns(kinds)
            if found is None:
                return []  # no task table (the first row names no task and no actor)
            columns = found
            pipes = line.count("|")
            continue
        if kinds:  # the first row under the header: maybe the header's second line
            merged = _second_header(kinds, columns, [line[x:y] for x, y in cells])
            kinds = []
            if merged is not None:
                columns = merged
                continue
        if len(out) >= MAX_ROWS:
            break
        spans = [(at + x, at + y) for x, y in cells]
        row = _task_row(columns, _map_cells(spans, t_keys, r_keys, wrapped))
        if row is not None:
            out.append(row)
    return out


#: The column kinds a header's second line names under a merged cell (``Cơ quan thực
#: hiện`` over ``Chủ trì`` and ``Phối hợp``).
_SUB_KINDS = frozenset({"lead", "partners"})


def _second_header(
    kinds: list[str | None], columns: dict[str, int], cells: list[str],
) -> dict[str, int] | None:
    """The columns of a header of two lines, when ``cells`` (the row under the header's
    first line) is its second: no row number, an empty task cell, and the lead or
    partners column named under a merged cell (``Cơ quan thực hiện`` over ``Chủ trì |
    Phối hợp``). Its kinds replace the first line's where it names one."""
    task = columns["task"]
    if (cells and _ROW_NUMBER.fullmatch(cells[0].strip())) or \
            (task < len(cells) and cells[task].strip()):
        return None
    sub = [_kind(c) for c in cells]
    if not _SUB_KINDS & set(sub):
        return None
    merged = [s or k for k, s in zip_longest(kinds, sub)]
    return _columns(merged)


def _spanned(kinds: list[str | None]) -> list[str | None]:
    """The columns of a header one cell a line whose merged cell (``Cơ quan thực hiện``)
    spans the cells of its second line, which come after the first line's cells
    (``Chủ trì``, ``Phối hợp`` last): they take the merged cell's place."""
    t = 0
    while t < len(kinds) and kinds[len(kinds) - 1 - t] in _SUB_KINDS:
        t += 1
    if t < 2:
        return kinds
    head, tail = kinds[:-t], kinds[-t:]
    if "responsible" not in head or _SUB_KINDS & set(head):
        return kinds
    p = head.index("responsible")
    return [*head[:p], *tail, *head[p + 1:]]


def _columns(kinds: list[str | None]) -> dict[str, int] | None:
    """Each column kind's first column, or ``None`` when the header names no task or no
    actor column (no task table), or a column of people's names (a member list, whose
    posts and duties fill the actor's and the task's columns); a schedule's time column
    (beside a place column) is no deadline column."""
    columns: dict[str, int] = {}
    for i, k in enumerate(kinds):
        if k is not None and k not in columns:
            columns[k] = i
    charge, subject = columns.pop("charge", None), columns.pop("subject", None)
    if charge is not None:  # ``Đơn vị phụ trách``: a responsible column
        if columns.get("responsible", charge) >= charge:
            columns["responsible"] = charge
        if "task" not in columns and "lead" not in columns and subject is not None:
            columns["task"] = subject  # ``Xã | Xóm trọng điểm | Đơn vị phụ trách``
    preparer = columns.pop("preparer", None)
    if columns.pop("venue", None) is not None:
        # a work schedule (a meeting's place per row): its time column is no deadline,
        # its host column names who presides, and who prepares the meeting acts
        columns.pop("deadline", None)
        columns.pop("lead", None)
        if preparer is not None:
            columns["responsible"] = preparer
    if ("task" not in columns or not ({"lead", "responsible"} & columns.keys())
            or "persons" in columns):
        return None
    return columns


def _map_cells(
    spans: list[tuple[int, int]], t_keys: list[int], r_keys: list[int], wrapped: bool = False,
) -> list[Cell | None]:
    """Cells of the input (``[start, end)``, trimmed) as cells of the normalised text
    (``None``: an empty cell); one batched mapping for the whole row. ``wrapped``: the
    row's cells wrap over lines (their line breaks part no actors)."""
    mapped = map_offsets(r_keys, t_keys, [p for x, y in spans for p in (x, max(x, y - 1))])
    out: list[Cell | None] = []
    for i, (x, y) in enumerate(spans):
        s, e = mapped[2 * i], mapped[2 * i + 1] + 1
        out.append(Cell(s, e, wrapped) if x < y and e > s else None)
    return out


def _role(columns: dict[str, int]) -> AssignmentRole:
    """Who the actor column names: ``lead`` under a lead column, else ``responsible``."""
    return "lead" if "lead" in columns else "responsible"


def _task_row(columns: dict[str, int], cells: list[Cell | None]) -> TaskRow | None:
    """The task of one row (its cells by column), or ``None`` for a row with no task or
    no actor (a heading row: ``I | NHIỆM VỤ CHUNG``)."""
    found = {kind: cells[i] if i < len(cells) else None for kind, i in columns.items()}
    role = _role(columns)
    actors, task = found.get(role), found.get("task")
    if actors is None or task is None:
        return None
    return TaskRow(task, actors, role, found.get("partners"), found.get("deadline"))


def _is_number_head(text: str) -> bool:
    """Whether a header cell is the row-number column's (``TT``, ``STT``)."""
    return " ".join(fold_tones(text).lower().rstrip(".").split()) in _NUMBER_WORDS


def _tab_cells(line: str, at: int) -> list[tuple[int, int]]:
    """The cells of a line parted by tabs, as ``[start, end)`` in the input (trimmed)."""
    return trimmed_cells(line.split("\t"), at)


def _tab_header(
    ctx: Context, lines: list[tuple[int, str]], t_keys: list[int], r_keys: list[int],
) -> tuple[int, dict[str, int], int, bool] | None:
    """The header among a tab table's first lines (a title may come first): its line,
    columns, number of cells and whether it opens with a row-number column."""
    raw, match = ctx.norm.raw, ctx.match
    for first, (at, line) in enumerate(lines[:3]):
        if "|" in line:
            return None  # a Markdown table, read as such
        spans = _tab_cells(line, at)
        cells = _map_cells(spans, t_keys, r_keys)
        kinds = [_kind(match[c.start:c.end]) if c else None for c in cells]
        columns = _columns(kinds)
        if columns is None:
            continue
        numbered = _is_number_head(raw[spans[0][0]:spans[0][1]])
        if first + 1 < len(lines):  # the header's second line (under a merged cell)?
            at2, line2 = lines[first + 1]
            sub = [raw[x:y] for x, y in _tab_cells(line2, at2)]
            merged = _second_header(kinds, columns, sub)
            if merged is not None:
                return first + 1, merged, len(spans), numbered
        return first, columns, len(spans), numbered
    return None


def _tab_rows(
    ctx: Context, ra: int, rb: int, t_keys: list[int], r_keys: list[int],
) -> list[TaskRow]:
    """The rows of a table whose cells are parted by tabs (input ``[ra, rb)``, a run of
    lines with tabs). The header is one of its first lines. Under a row-number column a
    row opens with its number (or a heading row's mark) and a line that does not goes
    on the row (a cell of two paragraphs: its last cell and the line's first are one);
    with none, a row is a line. A row with more cells than the header ends the table."""
    raw = ctx.norm.raw
    lines: list[tuple[int, str]] = []
    pos = ra
    for line in raw[ra:rb].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    header = _tab_header(ctx, lines, t_keys, r_keys)
    if header is None:
        return []
    first, columns, width, numbered = header
    if first == len(lines) - 1:  # a tabbed header over rows one cell a line (a PDF's)
        t_at = map_offsets(r_keys, t_keys, [lines[first][0]])[0]
        return _under_tab_header(ctx, t_at, width, columns, numbered)
    groups: list[list[tuple[int, int]]] = []
    for at, line in lines[first + 1:]:
        spans = _tab_cells(line, at)
        head = raw[spans[0][0]:spans[0][1]]
        if not groups or not numbered or _ROW_NUMBER.fullmatch(head) or \
                _HEADING_ROW.fullmatch(head):
            groups.append(spans)
        else:  # the rest of the row above: a line inside one of its cells
            groups[-1][-1:] = [(groups[-1][-1][0], spans[0][1]), *spans[1:]]
    out: list[TaskRow] = []
    for spans in groups[:MAX_ROWS]:
        head = raw[spans[0][0]:spans[0][1]]
        if numbered and _HEADING_ROW.fullmatch(head):
            continue  # a heading row ("I  NHIỆM VỤ CHUNG")
        if len(spans) > width or (numbered and not _ROW_NUMBER.fullmatch(head)):
            break  # a row that does not fit: the table ends before it
        row = _task_row(columns, _map_cells(spans, t_keys, r_keys))
        if row is not None:
            out.append(row)
    return out


def _under_tab_header(
    ctx: Context, t_at: int, width: int, columns: dict[str, int], numbered: bool,
) -> list[TaskRow]:
    """The rows, one cell a line, under a header whose cells are parted by tabs (text
    offset ``t_at``; a converter keeps the header's tabs but gives each cell of the rows
    a line: ``STT  Nội dung  Đơn vị chủ trì  Thời gian`` / ``1`` / ``Rà soát ...`` /
    ``Sở Tư pháp`` / ``Quý II/2026`` / ``2`` ...). The row ``1`` must follow the header
    at once: each row opens with its number, which parts the rows (a header whose
    row-number cell was empty, and so dropped, names the other columns only)."""
    text = ctx.doc.text
    lines = _Lines(text, text.rfind("\n", 0, t_at) + 1)
    if lines.get(1) is None or lines.gaps[1] or not lines.is_number(1, _FIRST):
        return []
    if not numbered:
        return _one_a_line_body(ctx, lines, 1, width, columns)
    # the row's number is a line of its own, not one of the cells the body reads
    return _one_a_line_body(ctx, lines, 1, width - 1, {k: c - 1 for k, c in columns.items()})


class _Lines:
    """The non-blank lines of the normalised text from a table's first line on, as
    trimmed ``[start, end)`` spans, read only as far as they are asked for (the table
    often ends long before the text does). A blank line ends the table (``ends``)
    unless the cells themselves are parted by blank lines (``loose``: a web page's
    table copied as text), or it parts two rows (the next row's number follows it).
    Where blank lines part every cell, the lines with none between them are one cell
    wrapped (``Nghiên cứu, xây dựng Luật ... và các`` / ``Nghị định ...``): one span."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.pos = start
        self.spans: list[tuple[int, int]] = []
        #: whether a blank line comes before each line
        self.gaps: list[bool] = []
        self.done = False
        self.loose = False

    def get(self, i: int) -> tuple[int, int] | None:
        """Line ``i`` (``None``: past the text)."""
        text = self.text
        gap = False
        while len(self.spans) <= i and not self.done:
            end = text.find("\n", self.pos)
            end = len(text) if end < 0 else end
            line = text[self.pos:end]
            s, e = self.pos + len(line) - len(line.lstrip()), self.pos + len(line.rstrip())
            self.pos = end + 1
            self.done = end >= len(text)
            if e <= s:
                gap = True
                continue
            if self.loose and not gap and self.spans:
                self.spans[-1] = (self.spans[-1][0], e)  # a wrapped cell goes on
                continue
            self.spans.append((s, e))
            self.gaps.append(gap)
            gap = False
        return self.spans[i] if i < len(self.spans) else None

    def ends(self, i: int) -> bool:
        """Whether line ``i`` lies past the table's block: after a blank line, in a table
        whose cells are not parted by blank lines."""
        return self.get(i) is None or (self.gaps[i] and not self.loose)

    def after_group(self, i: int, n: frozenset[_Number]) -> int | None:
        """The line of a row number of ``n`` when line ``i`` opens a group row (``I`` /
        ``NHIỆM VỤ CHUNG``: a heading row's mark and its title) just before it, or a
        chain of them, each nested in the one above (``III`` / ``Phát triển ứng dụng`` /
        ``III.1`` / ``Nhóm nền tảng quốc gia`` / ``1``)."""
        for _ in range(_GROUP_DEPTH):
            span = self.get(i)
            if span is None or _HEADING_ROW.fullmatch(self.text, *span) is None:
                return None
            for j in range(i + 1, i + 1 + _GROUP_LINES):
                if self.is_number(j, n):
                    return j if j > i + 1 else None
                nested = self.get(j) if j > i + 1 else None
                if nested is not None and _HEADING_ROW.fullmatch(self.text, *nested):
                    i = j  # the next group's mark, under this one's title
                    break
            else:
                return None
        return None

    def number(self, i: int) -> _Number | None:
        """The row number line ``i`` is (``1.2``: ``(1, 2)``), if it is one."""
        span = self.get(i)
        if span is None:
            return None
        m = _ROW_NUMBER.fullmatch(self.text, *span)
        return None if m is None else tuple(int(x) for x in m.group(1).split("."))

    def is_number(self, i: int, n: frozenset[_Number]) -> bool:
        """Whether line ``i`` is one of the row numbers ``n``."""
        return self.number(i) in n


#: A row number as its parts: ``1.2`` is ``(1, 2)``.
_Number = tuple[int, ...]
_FIRST: frozenset[_Number] = frozenset({(1,)})


def _next_numbers(n: _Number) -> frozenset[_Number]:
    """The numbers the row after row ``n`` may have: its first part (``1`` → ``1.1``),
    or the next at its level or at one above (``1.2`` → ``1.3``, ``2``)."""
    out = {(*n[:k], n[k] + 1) for k in range(len(n))}
    if len(n) < 3:
        out.add((*n, 1))
    return frozenset(out)


def _one_a_line_rows(ctx: Context, start: int) -> list[TaskRow]:
    """The rows of a table one cell a line whose header opens at ``start`` (its
    row-number cell): the header's cells up to the line ``1`` (a line opening in lower
    case goes on the cell above: ``Cơ quan`` / ``chủ trì``), then row after row."""
    text = ctx.doc.text
    lines = _Lines(text, start)
    heads: list[tuple[int, int]] = []
    i = 1
    lines.loose = lines.get(1) is not None and lines.gaps[1]
    while not lines.is_number(i, _FIRST):
        span = lines.get(i)
        if span is None or len(heads) > _MAX_COLUMNS:
            return []
        group = lines.after_group(i, _FIRST) if heads else None
        if group is not None:  # a group row ends the header
            i = group
            break
        if lines.ends(i):
            return []
        if heads and text[span[0]].islower():
            heads[-1] = (heads[-1][0], span[1])
        else:
            heads.append(span)
        i += 1
    kinds = _spanned([_kind(ctx.match[s:e]) for s, e in heads])
    columns = _columns(kinds)
    if columns is None:
        return []
    return _one_a_line_body(ctx, lines, i, len(kinds), columns)


def _one_a_line_body(
    ctx: Context, lines: _Lines, i: int, width: int, columns: dict[str, int],
) -> list[TaskRow]:
    """The rows of a table one cell a line from its first row number (line ``i``),
    ``width`` cells a row under the header's ``columns``."""
    kinds: list[str | None] = [None] * width
    for kind, k in columns.items():
        kinds[k] = kind
    out: list[TaskRow] = []
    number: _Number = (1,)
    while len(out) < MAX_ROWS:
        found = _row_lines(lines, i, _next_numbers(number), len(kinds))
        if found is None:
            break
        body, nxt = found
        cells = _fit(ctx, body, kinds, columns)
        if cells is None:
            break  # a row that does not fit: the table ends before it
        row = _task_row(columns, cells)
        if row is not None:
            out.append(row)
        if nxt is None:
            break
        i, number = nxt, lines.number(nxt) or number
    return out


def _row_lines(
    lines: _Lines, i: int, nexts: frozenset[_Number], width: int,
) -> tuple[list[tuple[int, int]], int | None] | None:
    """The lines of the row whose number is line ``i`` (``width`` cells), and the line
    of the next row's number; ``None`` for it when the row is the last (the block ends,
    or a line follows that follows a table rather than a cell: a part's heading, a
    label, a line in capitals); ``None`` for both when neither is found near."""
    text = lines.text
    for j in range(i + 1, i + 2 * width + 2):  # a row's cells may wrap, each once on average
        span = lines.get(j)
        if span is None:
            return lines.spans[i + 1:j], None
        if lines.is_number(j, nexts):
            return lines.spans[i + 1:j], j
        # a group row between this row and the next, whose rows may count from 1 again
        # (``14`` / ``II`` / ``Phát triển dữ liệu số`` / ``1``)
        group = lines.after_group(j, nexts | _FIRST) if j > i + 1 else None
        if group is not None:
            return lines.spans[i + 1:j], group
        if lines.ends(j):
            return lines.spans[i + 1:j], None
        ends = _AFTER_TABLE if j > i + width else _HEADING_AFTER_TABLE
        if j >= i + width and ends.match(text, *span) is not None:
            return lines.spans[i + 1:j], None
    return None


def _fit(
    ctx: Context, body: list[tuple[int, int]], kinds: list[str | None],
    columns: dict[str, int],
) -> list[Cell | None] | None:
    """The cells of a row, by column, from its lines. A row may be read a line a cell,
    or with the lines that open in lower case joined to the line above (a wrapped
    cell), each either filling the row or one cell short (an empty cell dropped:
    :func:`_short_row`). Every reading that fits must agree on the task and the actors
    (else ``None``: the row is not read); a cell they read differently is dropped."""
    text = ctx.doc.text
    width = len(kinds)
    # a line holding a break is a cell of a table whose cells blank lines part, wrapped
    # (:class:`_Lines`): its actors are parted by semicolons only
    lines = [Cell(s, e, wrapped="\n" in text[s:e]) for s, e in body]
    joined: list[Cell] = []
    for cell in lines:
        if joined and text[cell.start].islower():
            joined[-1] = Cell(joined[-1].start, cell.end, wrapped=True)
        else:
            joined.append(cell)
    readings: list[list[Cell | None]] = []
    for cells in (lines, joined):
        if len(cells) == width:
            readings.append(list(cells))
        elif len(cells) == width - 1:
            short = _short_row(ctx, cells, kinds, columns)
            if short is not None:
                readings.append(short)
    if not readings:
        return None
    role = _role(columns)
    out = [c if all(r[i] == c for r in readings) else None for i, c in enumerate(readings[0])]
    if out[columns["task"]] is None or out[columns[role]] is None:
        return None
    return out


def _short_row(
    ctx: Context, cells: list[Cell], kinds: list[str | None], columns: dict[str, int],
) -> list[Cell | None] | None:
    """A row one cell short: the dropped cell was empty, so it lies in a column a row may
    leave empty (not the task's, not the actors'). A cell keeps its column when every
    such place puts it there; the others are dropped. The deadline column, when last,
    keeps the last cell if that holds a date (the dropped cell lies before it then).
    ``None``: the task or the actors are not certain."""
    role = _role(columns)
    needed = {columns["task"], columns[role]}
    places = {i for i in range(len(kinds)) if i not in needed}
    deadline = columns.get("deadline")
    if deadline == len(kinds) - 1 and _holds_date(ctx, cells[-1]):
        places.discard(deadline)
    if not places:
        return None
    out: list[Cell | None] = []
    for i in range(len(kinds)):
        if i in places:
            out.append(None)
        elif all(p > i for p in places):
            out.append(cells[i])
        elif all(p < i for p in places):
            out.append(cells[i - 1])
        elif i in needed:
            return None
        else:
            out.append(None)
    return out


def _holds_date(ctx: Context, cell: Cell) -> bool:
    """Whether the date layer read a date inside the cell (the dates' starts sorted
    once a document: a table may have thousands of rows)."""
    starts: list[tuple[int, int]] | None = ctx.cache.get("task_rows_dates")
    if starts is None:
        starts = sorted((d.start, d.end) for d in ctx.doc.dates)
        ctx.cache["task_rows_dates"] = starts
    k = bisect_left(starts, (cell.start, -1))
    return k < len(starts) and starts[k][1] <= cell.end


_LEAD_LABEL = "|".join(regex.escape(w) for w in _DATA["lead"])
_ROLE_LABEL_WORDS = "|".join(regex.escape(w) for k in ("lead", "partners") for w in _DATA[k])
# A role labelled inside an actors' cell: before its actors (``Chủ trì: Sở Y tế``,
# ``- Phối hợp: Công an tỉnh``) or after one (``Sở Xây dựng (chủ trì)``).
_ROLE_LABEL = regex.compile(rf"(?:{_ROLE_LABEL_WORDS})\s*:\s*", regex.IGNORECASE)
_ROLE_MARK = regex.compile(rf"\s*\(\s*(?:{_ROLE_LABEL_WORDS})\s*\)$", regex.IGNORECASE)
_LEAD_WORD = regex.compile(rf"\(?\s*(?:{_LEAD_LABEL})", regex.IGNORECASE)


def _labelled_role(label: str) -> AssignmentRole:
    """The role a label inside a cell names: ``chủ trì`` a lead, ``phối hợp`` a partner."""
    return "lead" if _LEAD_WORD.match(label) else "coordinate"


#: A letter: an actor's name holds one, a figure never does.
_LETTER = regex.compile(r"\p{L}")


def actor_cells(
    text: str, cell: Cell, names: Sequence[tuple[int, int]] = (),
) -> list[Cell]:
    """The actors named in a cell: one a line or ``;``-separated piece, and a piece
    split at its commas when every part opens with a capital (``Sở Tài chính, Sở Xây
    dựng``; ``Các sở, ngành`` stays one class); a comma inside one of the organs' names
    ``names`` (sorted spans) parts nothing: ``Sở Văn hóa, Thể thao và Du lịch`` is one.
    A role the cell labels goes with its actors (``role``): a label before them holds
    up to the next (``Chủ trì: Sở Y tế; Phối hợp: Công an tỉnh``), and where one actor
    is marked the lead (``Sở Xây dựng (chủ trì), Sở Tài chính``) the others help."""
    out: list[Cell] = []
    pos = cell.start
    sep = _WRAPPED_PIECE_SEP if cell.wrapped else _PIECE_SEP
    label: AssignmentRole | None = None
    for raw_piece in sep.split(text[cell.start:cell.end]):
        s = pos + len(raw_piece) - len(raw_piece.lstrip(" -+•\t"))
        e = pos + len(raw_piece.rstrip(" .;,\t"))
        pos += len(raw_piece) + 1
        m = _ROLE_LABEL.match(text, s, e)
        if m is not None:
            label, s = _labelled_role(m.group()), m.end()
        if e <= s or not _LETTER.search(text, s, e):
            continue  # a figure (``2.100`` under ``Thực hiện`` of a report's table): no actor
        cuts = [s - 1, *_commas(text, s, e, names), e]
        parts = [(x + 1, y) for x, y in pairwise(cuts)]
        if len(parts) < 2 or not all(text[x:y].strip()[:1].isupper() for x, y in parts):
            parts = [(s, e)]
        for x, y in parts:
            ps = x + len(text[x:y]) - len(text[x:y].lstrip())
            pe = x + len(text[x:y].rstrip())
            role = label
            mark = _ROLE_MARK.search(text, ps, pe)
            if mark is not None:
                role, pe = _labelled_role(mark.group().strip()), mark.start()
            if pe > ps:
                out.append(Cell(ps, pe, role=role))
    if any(c.role == "lead" for c in out) and label is None:  # the others of a marked lead
        out = [c if c.role else Cell(c.start, c.end, role="coordinate") for c in out]
    return out


def _commas(text: str, s: int, e: int, names: Sequence[tuple[int, int]]) -> list[int]:
    """The commas of ``text[s:e]`` outside the sorted spans ``names`` (an organ's name
    may hold one: ``Sở Văn hóa, Thể thao và Du lịch``)."""
    k = bisect_left(names, (s, -1))
    if k and names[k - 1][1] > s:
        k -= 1  # a name that starts before the piece and reaches into it
    inside = []
    for a, b in names[k:]:
        if a >= e:
            break
        inside.append((a, b))
    out = []
    i = text.find(",", s, e)
    while i >= 0:
        if not any(a <= i < b for a, b in inside):
            out.append(i)
        i = text.find(",", i + 1, e)
    return out


#: What joins the first day of a period to its last in a cell (``01/3 - 15/3/2029``,
#: ``Từ ngày 01/3/2029 đến hết ngày 20/3/2029``): the text between the two dates.
_RANGE_JOIN = regex.compile(r"\s*(?:đến|tới|-|–|—|~)\s*(?:hết\s+)?(?:ngày\s+)?",
                            regex.IGNORECASE)


def table_deadlines(ctx: Context, clause_at: Callable[[int], str | None]) -> list[Deadline]:
    """The dates in the deadline column (``Tháng 6/2026`` under ``Thời gian hoàn
    thành``): each is a deadline (``by``), as under a ``Thời gian hoàn thành:`` label in
    running text; a date the deadline grammar already read (``Trước ngày ...``) is not
    given twice. A period's first day is when the work starts, no deadline: a plan's
    schedule gives each phase as a period (``01/4 - 30/4/2029``), due by its last day."""
    doc = ctx.doc
    cells = [r.deadline for r in task_rows(ctx) if r.deadline is not None]
    if not cells:
        return []
    dates = sorted(doc.dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    taken = sorted((d.start, d.end) for d in doc.deadlines)
    out = []
    for c in cells:
        inside = dates[bisect_left(starts, c.start):bisect_left(starts, c.end)]
        if not inside:
            continue  # a cell with no date ("Thường xuyên", "Hằng năm"): no term to read
        for d, nxt in zip(inside, [*inside[1:], None], strict=True):
            if nxt is not None and nxt.end <= c.end and _RANGE_JOIN.fullmatch(
                    doc.text, d.end, nxt.start) is not None:
                continue  # the period's first day
            k = bisect_left(taken, (d.end, -1))  # the deadlines starting before d ends
            if d.end <= c.end and not (k and taken[k - 1][1] > d.start):
                out.append(Deadline(start=d.start, end=d.end, date=d.value or d.interval_end,
                                    kind="by", text=d.text, clause=clause_at(d.start)))
    return out


def table_assignments(ctx: Context) -> list[Assignment]:
    """Who does what: the lead (or responsible) column's actors, the partners column's
    as ``coordinate``, the task cell as the task and the row's deadline; a table in an
    annex (a plan issued with a decision) takes the annex's clause. A row is one
    task: the same actor in two rows is two assignments, and an assignment the sentence
    grammar already read is not given twice."""
    rows = task_rows(ctx)
    if not rows:
        return []
    doc, text = ctx.doc, ctx.doc.text
    have = {(a.clause, " ".join(a.actor.split()), a.role, " ".join(a.task.split()))
            for a in doc.assignments}
    deadlines = sorted(doc.deadlines, key=lambda d: d.start)
    deadline_starts = [d.start for d in deadlines]
    names = sorted((m.start, m.end) for g in doc.agencies for m in g.mentions)
    out = []
    for row in rows:
        clause = doc.clause_at(row.task.start)
        annex = None
        if clause is None and doc.annexes:  # a plan's table, issued with the document
            annex = doc.annex_at(row.task.start)
            clause = doc.annex_clause_at(row.task.start)
        path = clause.path if clause is not None else None
        # a long cell (a web page's table wraps a task over many lines) is bounded as a
        # sentence's task is
        task = _bounded(" ".join(text[row.task.start:row.task.end].split()))
        deadline = None
        if row.deadline is not None:
            k = bisect_left(deadline_starts, row.deadline.start)
            if k < len(deadlines) and deadline_starts[k] < row.deadline.end:
                deadline = deadlines[k].date
        groups: list[tuple[Cell, AssignmentRole]] = [(row.actors, row.role)]
        if row.partners is not None:
            groups.append((row.partners, "coordinate"))
        for cell, role in groups:
            for c in actor_cells(text, cell, names):
                actor = text[c.start:c.end]
                key = (path, " ".join(actor.split()), c.role or role, task)
                if key not in have:
                    have.add(key)
                    out.append(Assignment(start=c.start, end=c.end, clause=path, actor=actor,
                                          role=c.role or role, task=task, deadline=deadline,
                                          annex=annex))
    return out
