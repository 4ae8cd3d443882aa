"""``vbcd stats OUT``: what a batch output holds (types, issuers, dates, warnings, failures)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vbcd.stats import collect, format_stats


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "stats", help="summarise a batch output: document types, issuers, dates, warnings",
    )
    p.add_argument("out", type=Path, metavar="OUT",
                   help="JSONL file, folder of JSONL files, or Parquet folder from vbcd batch")
    p.add_argument("--top", type=int, default=10, help="issuers to list (default: 10)")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    stats = collect(args.out)
    if args.json:
        sys.stdout.write(
            json.dumps(stats.to_dict(top=args.top), ensure_ascii=False, indent=2) + "\n"
        )
    else:
        sys.stdout.write(format_stats(stats, top=args.top))
    return 0
