"""``vbcd batch INPUT... -o OUT``: parse a corpus on every core, one record per input.

Inputs are files, folders (walked for document files), globs, ``.zip``/``.tar``
archives (read in memory, member by member) or ``-`` (paths on stdin). A bad
input becomes an error record and the run goes on; ``--strict`` turns any
failure into a non-zero exit for scripts and CI. Exit codes: 0 done, 1 failures
with ``--strict``, 2 usage error, 130 interrupted (rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vbcd.batch import BatchOptions, run_batch

EXIT_FAILURES = 1
EXIT_INTERRUPTED = 130


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return number


def _positive_float(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return number


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "batch", help="parse many documents (folders, globs, archives) into JSONL or Parquet",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, folder, glob, .zip/.tar[.gz] archive, or - for paths on stdin")
    p.add_argument("-o", "--out", type=Path, required=True,
                   help="JSONL file, or folder of Parquet tables with --format parquet")
    p.add_argument("--format", choices=["jsonl", "parquet"], default=None,
                   help="output format (default: parquet for OUT named *.parquet or an "
                        "existing Parquet folder, else jsonl)")
    p.add_argument("-w", "--workers", type=int, default=None,
                   help="worker processes (default: all cores; 0: in this process, no "
                        "crash isolation)")
    p.add_argument("--resume", action="store_true",
                   help="skip inputs whose source is already in OUT and append the rest")
    p.add_argument("--timeout", type=_positive_float, default=None, metavar="SECONDS",
                   help="time limit per document (its record becomes a timeout error)")
    p.add_argument("--ner", choices=["none", "underthesea"], default="none",
                   help="add underthesea's NER as a fallback for person names (slow)")
    p.add_argument("--pipeline", default=None, metavar="MODULE:ATTR",
                   help="a Pipeline, or a factory of one, to parse with instead of the default")
    p.add_argument("--only", default=None, metavar="NAMES",
                   help="run only these components (comma-separated) and those whose "
                        "layers they read, e.g. header,title,signature for metadata")
    p.add_argument("--exclude", default=None, metavar="NAMES",
                   help="leave these components out (comma-separated); refused if a "
                        "component left in reads one of them")
    p.add_argument("--chunk-size", type=_positive_int, default=1000, metavar="N",
                   help="documents per Parquet part (default: 1000)")
    p.add_argument("--max-memory", type=_positive_int, default=None, metavar="MB",
                   help="address-space limit per worker; a document over it fails alone")
    p.add_argument("--summary-json", type=Path, default=None, metavar="FILE",
                   help="also write the run's summary as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.add_argument("--strict", action="store_true",
                   help="exit with status 1 if any input failed")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = BatchOptions(
        workers=args.workers, format=args.format, resume=args.resume, timeout=args.timeout,
        ner=args.ner, pipeline=args.pipeline, only=args.only,
        exclude=args.exclude, chunk_size=args.chunk_size,
        memory_mb=args.max_memory, progress=False if args.quiet else None,
    )
    summary = run_batch(args.inputs, args.out, options, stdin=sys.stdin)
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    if args.summary_json:
        args.summary_json.write_text(
            json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    if summary.interrupted:
        return EXIT_INTERRUPTED
    if args.strict and summary.failed:
        return EXIT_FAILURES
    return 0
