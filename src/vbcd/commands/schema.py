"""``vbcd schema``: the JSON Schema of :class:`vbcd.models.Document`."""

from __future__ import annotations

import argparse
import json

from vbcd.models import Document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the Document model")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
    return 0
