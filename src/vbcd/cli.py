"""The ``vbcd`` command line.

Each subcommand lives in its own module under :mod:`vbcd.commands` and exposes
``register(subparsers)``; this file only assembles them, so adding a command
never touches the others.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from vbcd import __version__
from vbcd.errors import VbcdError

COMMANDS = (
    "parse", "eval", "schema", "tasks", "refs",
    "batch", "stats", "render", "export", "graph",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vbcd",
        description="Parse Vietnamese government directive documents into typed records.",
    )
    parser.add_argument("--version", action="version", version=f"vbcd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        modname = f"vbcd.commands.{name}"
        if importlib.util.find_spec(modname) is None:
            continue
        module = importlib.import_module(modname)
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except VbcdError as exc:
        print(f"vbcd: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
