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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

import regex

from vbcd.grammar import load
from vbcd.models import Assignment, AssignmentRole, Deadline
from vbcd.normalize import fold_tones, map_offsets
from vbcd.pipeline import Context

__all__ = ["Cell", "TaskRow", "actor_cells", "table_assignments", "table_deadlines", "task_rows"]

_DATA = load("assignments")["task_table"]
#: Column kinds in the order a header cell is tested against them.
_KINDS = ("partners", "deadline", "lead", "responsible", "task")
_WORDS = {kind: [fold_tones(w).lower() for w in _DATA[kind]] for kind in _KINDS}
# What parts the actors of one cell: a semicolon or a line (a ``<br>`` in the cell).
_PIECE_SEP = re.compile(r"[;\n]")
#: Most rows read from one table (a longer table is read up to there).
MAX_ROWS = 2000
# The words of an actor column's header: a table whose (tone-folded) text has none is no
# task table, and is not read (a document may hold thousands of small tables).
_ACTOR_WORDS = regex.compile(
    "|".join(regex.escape(w) for k in ("lead", "responsible") for w in _WORDS[k]),
    regex.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    """A cell's text, as offsets into the normalised text (blanks trimmed)."""

    start: int
    end: int


@dataclass(frozen=True)
class TaskRow:
    """One task of a table: the cells of its columns (``None``: no such column, or
    the cell is empty); ``role`` is ``lead`` or ``responsible``, after the header."""

    task: Cell
    actors: Cell
    role: AssignmentRole
    partners: Cell | None
    deadline: Cell | None


def _kind(header: str) -> str | None:
    low = fold_tones(header).lower()
    for kind in _KINDS:
        if any(w in low for w in _WORDS[kind]):
            return kind
    return None


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of one table row, as ``[start, end)`` in the line (blanks trimmed)."""
    body = line.strip()
    if not body.startswith("|"):
        return []
    lead = len(line) - len(line.lstrip())
    out = []
    pos = lead + 1
    for piece in body[1:].rstrip("|").split("|"):
        a = pos + len(piece) - len(piece.lstrip())
        b = pos + len(piece.rstrip())
        out.append((a, max(a, b)))
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
    if norm.tables and "|" in norm.raw:
        tables = [(a, b) for a, b in norm.tables if _ACTOR_WORDS.search(ctx.match, a, b)]
        if tables:
            t_keys = [t for t, _ in norm.anchors]
            r_keys = [r for _, r in norm.anchors]
            for a, b in tables:
                rows.extend(_table_rows(ctx, a, b, t_keys, r_keys))
    ctx.cache["task_rows"] = rows
    return rows


def _table_rows(
    ctx: Context, a: int, b: int, t_keys: list[int], r_keys: list[int],
) -> list[TaskRow]:
    norm = ctx.norm
    raw = norm.raw
    ra, rb = map_offsets(t_keys, r_keys, [a, max(a, b - 1)])
    ra = raw.rfind("\n", 0, ra) + 1
    end = raw.find("\n", rb)
    rb = len(raw) if end < 0 else end
    lines = raw[ra:rb].split("\n")
    columns: dict[str, int] = {}
    out: list[TaskRow] = []
    pos = ra
    for line in lines:
        at = pos
        pos += len(line) + 1
        cells = _cells(line)
        if not cells or all(not line[x:y].strip(" :-") for x, y in cells):
            continue  # not a row, or the separator row
        if not columns:
            kinds = [_kind(line[x:y]) for x, y in cells]
            for i, k in enumerate(kinds):
                if k is not None and k not in columns:
                    columns[k] = i
            if "task" not in columns or not ({"lead", "responsible"} & columns.keys()):
                return []  # no task table (the first row names no task and no actor)
            continue
        if len(out) >= MAX_ROWS:
            break
        spans = [(at + x, at + y) for x, y in cells]
        mapped = map_offsets(r_keys, t_keys, [p for x, y in spans for p in (x, max(x, y - 1))])
        found: dict[str, Cell | None] = {}
        for kind, i in columns.items():
            cell = None
            if i < len(spans) and spans[i][0] < spans[i][1]:
                s, e = mapped[2 * i], mapped[2 * i + 1] + 1
                cell = Cell(s, e) if e > s else None
            found[kind] = cell
        role: AssignmentRole = "lead" if "lead" in columns else "responsible"
        actors, task = found.get(role), found.get("task")
        if actors is None or task is None:
            continue  # a heading row ("I | NHIỆM VỤ CHUNG"), or a task without an actor
        out.append(TaskRow(task, actors, role, found.get("partners"), found.get("deadline")))
    return out


def actor_cells(text: str, cell: Cell) -> list[Cell]:
    """The actors named in a cell: one a line or ``;``-separated piece, and a piece
    split at its commas when every part opens with a capital (``Sở Tài chính, Sở Xây
    dựng``; ``Các sở, ngành`` stays one class)."""
    out: list[Cell] = []
    pos = cell.start
    for raw_piece in _PIECE_SEP.split(text[cell.start:cell.end]):
        s = pos + len(raw_piece) - len(raw_piece.lstrip(" -+•\t"))
        e = pos + len(raw_piece.rstrip(" .;,\t"))
        pos += len(raw_piece) + 1
        if e <= s:
            continue
        parts = text[s:e].split(",")
        if len(parts) > 1 and all(p.strip()[:1].isupper() for p in parts):
            q = s
            for p in parts:
                ps = q + len(p) - len(p.lstrip())
                pe = q + len(p.rstrip())
                if pe > ps:
                    out.append(Cell(ps, pe))
                q += len(p) + 1
        else:
            out.append(Cell(s, e))
    return out


def table_deadlines(ctx: Context, clause_at: Callable[[int], str | None]) -> list[Deadline]:
    """The dates in the deadline column (``Tháng 6/2026`` under ``Thời gian hoàn
    thành``): each is a deadline (``by``), as under a ``Thời gian hoàn thành:`` label in
    running text; a date the deadline grammar already read (``Trước ngày ...``) is not
    given twice."""
    doc = ctx.doc
    cells = [r.deadline for r in task_rows(ctx) if r.deadline is not None]
    if not cells:
        return []
    dates = sorted(doc.dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    taken = sorted((d.start, d.end) for d in doc.deadlines)
    out = []
    for c in cells:
        for d in dates[bisect_left(starts, c.start):bisect_left(starts, c.end)]:
            k = bisect_left(taken, (d.end, -1))  # the deadlines starting before d ends
            if d.end <= c.end and not (k and taken[k - 1][1] > d.start):
                out.append(Deadline(start=d.start, end=d.end, date=d.value or d.interval_end,
                                    kind="by", text=d.text, clause=clause_at(d.start)))
    return out


def table_assignments(ctx: Context) -> list[Assignment]:
    """Who does what: the lead (or responsible) column's actors, the partners column's
    as ``coordinate``, the task cell as the task and the row's deadline. A row is one
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
    out = []
    for row in rows:
        clause = doc.clause_at(row.task.start)
        path = clause.path if clause is not None else None
        task = " ".join(text[row.task.start:row.task.end].split())
        deadline = None
        if row.deadline is not None:
            k = bisect_left(deadline_starts, row.deadline.start)
            if k < len(deadlines) and deadline_starts[k] < row.deadline.end:
                deadline = deadlines[k].date
        groups: list[tuple[Cell, AssignmentRole]] = [(row.actors, row.role)]
        if row.partners is not None:
            groups.append((row.partners, "coordinate"))
        for cell, role in groups:
            for c in actor_cells(text, cell):
                actor = text[c.start:c.end]
                key = (path, " ".join(actor.split()), role, task)
                if key not in have:
                    have.add(key)
                    out.append(Assignment(start=c.start, end=c.end, clause=path, actor=actor,
                                          role=role, task=task, deadline=deadline))
    return out
