"""Shared output of the table commands (``vbcd tasks``, ``vbcd refs``).

Both commands parse each file, turn what they found into rows, and print either
an aligned text table (for a person at a terminal) or CSV (for a spreadsheet).
A file that fails to parse is reported on stderr and skipped; the others are
still printed and the command ends with status 1. Keeping that loop here means
the two commands differ only in their columns.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import regex

import vbcd
from vbcd.errors import VbcdError
from vbcd.models import Document

Row = Sequence[str]
_SPACES = regex.compile(r"\s+")


def one_line(text: str | None) -> str:
    """Whitespace collapsed, so that a cell never breaks a table row."""
    return _SPACES.sub(" ", text or "").strip()


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, an ellipsis marking the cut."""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def format_table(headers: Row, rows: Iterable[Row], widths: Sequence[int | None]) -> str:
    """An aligned text table; ``widths`` caps each column (None: no cap)."""
    cells = [[clip(one_line(c), w) if w else one_line(c) for c, w in zip(r, widths, strict=True)]
             for r in rows]
    sizes = [len(h) for h in headers]
    for r in cells:
        sizes = [max(s, len(c)) for s, c in zip(sizes, r, strict=True)]
    lines = ["  ".join(h.ljust(s) for h, s in zip(headers, sizes, strict=True)).rstrip()]
    lines.append("  ".join("-" * s for s in sizes))
    lines.extend("  ".join(c.ljust(s) for c, s in zip(r, sizes, strict=True)).rstrip()
                 for r in cells)
    return "\n".join(lines) + "\n"


def write_csv(headers: Row, rows: Iterable[Row]) -> None:
    """Rows as CSV on stdout (``csv`` module quoting; cells kept whole)."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


def run_table(
    files: Sequence[Path], headers: Row, rows_of: Callable[[str, Document], Iterable[Row]],
    *, as_csv: bool, widths: Sequence[int | None],
) -> int:
    """Parse ``files``, print their rows, report failures; the exit status."""
    status = 0
    rows: list[Row] = []
    for path in files:
        try:
            doc = vbcd.parse_file(path)
        except (VbcdError, OSError) as exc:
            print(f"vbcd: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        rows.extend(rows_of(str(path), doc))
    if as_csv:
        write_csv(headers, rows)
    else:
        sys.stdout.write(format_table(headers, rows, widths))
    return status
