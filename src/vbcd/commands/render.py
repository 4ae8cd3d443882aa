"""``vbcd render FILE -o OUT.html``: one self-contained HTML page per document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import vbcd
from vbcd.errors import VbcdError
from vbcd.render import render_html


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "render", help="write a self-contained HTML view of a parsed document",
        description="Parse FILE and write one offline HTML page: the text with zones shaded "
        "and entities highlighted, the clause tree, the task table and the warnings.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("-o", "--out", type=Path,
                   help="output .html (default: FILE with .html, beside it; '-' for stdout)")
    p.add_argument("--title", help="page title (default: the document's title)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        doc = vbcd.parse_file(args.file)
    except VbcdError as exc:
        print(f"vbcd: {args.file}: {exc}", file=sys.stderr)
        return 1
    page = render_html(doc, title=args.title)
    if args.out is not None and str(args.out) == "-":
        sys.stdout.write(page)
        return 0
    target: Path = args.out or args.file.with_suffix(".html")
    if target == args.file:
        print(f"vbcd: refusing to overwrite the input {target}", file=sys.stderr)
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(target)
    print(f"wrote {target}", file=sys.stderr)
    return 0
