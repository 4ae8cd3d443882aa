"""``vbcd parse FILE...``: print a Document as JSON, or write one JSON per input."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import vbcd
from vbcd.errors import PipelineError, VbcdError
from vbcd.pipeline import Pipeline


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse", help="parse documents and print or write their JSON")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("-o", "--out", type=Path, help="write DIR/<stem>.json per input")
    p.add_argument(
        "--ner", choices=["none", "underthesea"], default="none",
        help="add underthesea's NER as a fallback for person names (slow; optional extra)",
    )
    p.add_argument("--indent", type=int, default=2, help="JSON indent (0: one line)")
    p.add_argument("--only", default=None, metavar="NAMES",
                   help="run only these components (comma-separated) and those whose "
                        "layers they read")
    p.add_argument("--exclude", default=None, metavar="NAMES",
                   help="leave these components out (comma-separated)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    status = 0
    pipeline = None
    if args.only is not None or args.exclude is not None:
        try:
            pipeline = Pipeline(only=args.only, exclude=args.exclude)
        except PipelineError as exc:
            print(f"vbcd: {exc}", file=sys.stderr)
            return 2
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    for path in args.files:
        try:
            doc = vbcd.parse_file(path, ner=args.ner, pipeline=pipeline)
        except VbcdError as exc:
            print(f"vbcd: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        data = doc.model_dump(mode="json")
        payload = json.dumps(data, ensure_ascii=False, indent=args.indent or None)
        if args.out:
            target = args.out / f"{path.stem}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(payload + "\n", encoding="utf-8")
            tmp.replace(target)
        else:
            sys.stdout.write(payload + "\n")
    return status
