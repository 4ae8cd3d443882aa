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

from bisect import bisect_left
from dataclasses import dataclass

import regex

from vbcd.grammar import load
from vbcd.normalize import fold_tones, map_offsets
from vbcd.pipeline import Context

__all__ = ["Cell", "TaskRow", "actor_cells", "task_rows"]

_DATA = load("assignments")["task_table"]
#: Column kinds in the order a header cell is tested against them.
_KINDS = ("partners", "deadline", "lead", "responsible", "task")
_WORDS = {kind: [fold_tones(w).lower() for w in _DATA[kind]] for kind in _KINDS}
#: Most rows read from one table (a longer table is read up to there).
MAX_ROWS = 2000
# The words of an actor column's header, found once in the whole (tone-folded) text: a
# table without one is no task table, and is not read (a document may hold thousands
# of small tables).
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

    task: Cell | None
    actors: Cell | None
    role: str
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
        words = [m.start() for m in _ACTOR_WORDS.finditer(ctx.match)]
        tables = [(a, b) for a, b in norm.tables
                  if (k := bisect_left(words, a)) < len(words) and words[k] < b]
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
        role = "lead" if "lead" in columns else "responsible"
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
    for raw_piece in _split_keep(text[cell.start:cell.end], ";\n"):
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


def _split_keep(s: str, seps: str) -> list[str]:
    """``s`` split at any of ``seps`` (each piece without its separator)."""
    out: list[str] = []
    cur: list[str] = []
    for ch in s:
        if ch in seps:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out
