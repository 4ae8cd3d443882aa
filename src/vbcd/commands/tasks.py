"""``vbcd tasks FILE...``: who must do what, by when — one row per assignment."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from vbcd.commands.tabular import Row, one_line, run_table
from vbcd.models import Document

HEADERS = ("file", "clause", "actor", "role", "deadline", "task")
#: Column caps of the text table (the CSV keeps every cell whole).
WIDTHS = (None, 12, 48, 11, 10, 60)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "tasks", help="list the assignments of documents: clause, actor, role, deadline, task",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--csv", action="store_true", help="write CSV with the full task text")
    p.set_defaults(func=run)


def rows(name: str, doc: Document) -> Iterator[Row]:
    """One row per assignment of ``doc`` (``name`` fills the file column)."""
    for a in doc.assignments:
        yield (name, a.clause or "", one_line(a.actor), a.role, a.deadline or "", a.task)


def run(args: argparse.Namespace) -> int:
    return run_table(args.files, HEADERS, rows, as_csv=args.csv, widths=WIDTHS)
