"""``vbcd refs FILE...``: the documents each file cites — one row per reference."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from vbcd.commands.tabular import Row, run_table
from vbcd.models import Document

HEADERS = ("file", "type", "number", "date", "issuer")
#: Column caps of the text table (the CSV keeps every cell whole).
WIDTHS = (None, 20, 28, 10, 48)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("refs", help="list the documents cited: type, number, date, issuer")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--csv", action="store_true", help="write CSV instead of a table")
    p.set_defaults(func=run)


def rows(name: str, doc: Document) -> Iterator[Row]:
    """One row per reference of ``doc`` (``name`` fills the file column)."""
    for r in doc.references:
        yield (name, r.type or "", r.number, r.date or "", r.issuer or "")


def run(args: argparse.Namespace) -> int:
    return run_table(args.files, HEADERS, rows, as_csv=args.csv, widths=WIDTHS)
