"""``vbcd eval GOLD_DIR [TEXT_DIR]``: score the parser against gold annotations.

Prints the per-key table and, as the very last line, the summary
(``structure mean F1 ... · entity mean F1 ... · N documents · E errors``), so
that a hook or a CI log tail shows the headline numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vbcd import evaluate as ev
from vbcd.errors import VbcdError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "eval", help="score the parser against gold annotations (tests/fixtures/corpus/FORMAT.md)",
    )
    p.add_argument("gold_dir", type=Path, metavar="GOLD_DIR",
                   help="folder of <stem>.json gold files (or a corpus folder holding gold/)")
    p.add_argument("text_dir", type=Path, nargs="?", metavar="TEXT_DIR",
                   help="folder of <stem>.txt documents (default: the folder above gold/)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--keys", help="comma-separated keys to report (also: structure, entity)")
    p.add_argument("--per-doc", action="store_true",
                   help="also print one line per document with the keys it got wrong")
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    p.set_defaults(func=run)


def _dirs(gold_dir: Path, text_dir: Path | None) -> tuple[Path, Path]:
    """Accept ``corpus/dev`` as well as ``corpus/dev/gold corpus/dev``."""
    if not gold_dir.is_dir():
        raise VbcdError(f"gold folder not found: {gold_dir}")
    if not any(gold_dir.glob("*.json")) and (gold_dir / "gold").is_dir():
        gold_dir, text_dir = gold_dir / "gold", text_dir or gold_dir
    if text_dir is None:
        text_dir = gold_dir.parent if gold_dir.name == "gold" else gold_dir
    if not text_dir.is_dir():
        raise VbcdError(f"text folder not found: {text_dir}")
    return gold_dir, text_dir


def run(args: argparse.Namespace) -> int:
    gold_dir, text_dir = _dirs(args.gold_dir, args.text_dir)
    try:
        keys = ev.resolve_keys(args.keys.split(",")) if args.keys else list(ev.ALL_KEYS)
    except ValueError as exc:
        raise VbcdError(str(exc)) from exc
    report = ev.evaluate(gold_dir, text_dir)
    if args.json:
        data = report.to_dict(keys, per_doc=args.per_doc)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        if args.per_doc:
            sys.stdout.write(ev.format_per_doc(report, keys) + "\n\n")
        sys.stdout.write(ev.format_table(report, markdown=args.markdown, keys=keys) + "\n")
    for stem in report.missing_text:
        print(f"vbcd: no {stem}.txt in {text_dir} for its gold file", file=sys.stderr)
    return 0 if report.documents else 1
