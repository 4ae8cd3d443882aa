"""``vbcd export FILE... --to conll|spacy|akn|csv [-o OUT]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import vbcd
from vbcd.errors import VbcdError
from vbcd.export import FORMATS, SUFFIX
from vbcd.models import Document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export", help="export parsed documents as CoNLL, spaCy JSONL, Akoma Ntoso or CSV",
        description="Parse each FILE and write it in another format. conll, spacy and csv "
        "concatenate all inputs into one output; akn writes one XML per input (OUT is a "
        "folder when there are several inputs).",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--to", required=True, choices=FORMATS, dest="fmt", help="output format")
    p.add_argument("-o", "--out", type=Path,
                   help="output file (default: stdout); for akn with several inputs, a folder")
    p.set_defaults(func=run)


def _docs(files: list[Path], failed: list[Path]) -> Iterator[tuple[Path, Document]]:
    """Parsed documents, one at a time; unreadable inputs are reported and skipped."""
    for path in files:
        try:
            yield path, vbcd.parse_file(path)
        except VbcdError as exc:
            print(f"vbcd: {path}: {exc}", file=sys.stderr)
            failed.append(path)


def _write(target: Path | None, text: str) -> None:
    if target is None:
        sys.stdout.write(text)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def run(args: argparse.Namespace) -> int:
    failed: list[Path] = []
    fmt: str = args.fmt
    out: Path | None = args.out
    if fmt == "akn":
        from vbcd.export.akn import to_akn_string

        folder = out is not None and (len(args.files) > 1 or out.is_dir())
        if len(args.files) > 1 and out is None:
            print("vbcd: export --to akn with several inputs needs -o FOLDER", file=sys.stderr)
            return 2
        for path, doc in _docs(args.files, failed):
            xml = to_akn_string(doc)
            if folder and out is not None:
                out.mkdir(parents=True, exist_ok=True)
                _write(out / f"{path.stem}{SUFFIX[fmt]}", xml)
            else:
                _write(out, xml)
        return 1 if failed else 0

    parts: list[str] = []
    if fmt == "conll":
        from vbcd.export.conll import to_conll

        parts = [to_conll(doc) for _, doc in _docs(args.files, failed)]
    elif fmt == "spacy":
        from vbcd.export.spacy import to_jsonl_line

        parts = [to_jsonl_line(doc) for _, doc in _docs(args.files, failed)]
    elif fmt == "csv":
        from vbcd.export.csv import to_csv

        parts = [to_csv((doc for _, doc in _docs(args.files, failed)))]
    _write(out, "".join(parts))
    return 1 if failed else 0
