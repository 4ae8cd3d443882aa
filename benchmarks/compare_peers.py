"""vbcd next to general-purpose tools on the same gold: underthesea's ``ner()`` for
persons, places and agencies, dateparser's ``search_dates(languages=["vi"])`` for
dates. Every tool's output is put in the Document JSON shape and scored by the
same scorer as ``vbcd eval`` (``vbcd.evaluate.score_document``).

    python benchmarks/compare_peers.py [CORPUS_DIR ...] [--markdown]

Default corpora: ``tests/fixtures/corpus/seeds`` and ``tests/fixtures/corpus/dev``.
The peers are development-only dependencies (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import vbcd
from vbcd.evaluate import aggregate, metrics, score_document
from vbcd.normalize import decode, normalize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests/fixtures/corpus/seeds", ROOT / "tests/fixtures/corpus/dev"]
KEYS = ("persons", "places", "agencies", "dates")


def _lines(text: str) -> Iterable[str]:
    for line in text.splitlines():
        line = line.strip()
        if line:
            yield line


def underthesea_pred(text: str) -> dict[str, Any]:
    """PER / LOC / ORG spans of underthesea's CRF NER, run line by line (its cost
    grows faster than linearly with input length)."""
    from underthesea import ner

    found: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}
    for line in _lines(text):
        current: list[str] = []
        label = ""
        for token in ner(line):
            word, tag = token[0], token[-1]
            if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
                if current and label in found:
                    found[label].append(" ".join(current))
                current, label = [word], tag[2:]
            elif tag.startswith("I-"):
                current.append(word)
            else:
                if current and label in found:
                    found[label].append(" ".join(current))
                current, label = [], ""
        if current and label in found:
            found[label].append(" ".join(current))
    return {
        "persons": [{"name": n.replace("_", " ")} for n in found["PER"]],
        "places": [{"name": n.replace("_", " ")} for n in found["LOC"]],
        "agencies": [{"name": n.replace("_", " ")} for n in found["ORG"]],
    }


def dateparser_pred(text: str) -> dict[str, Any]:
    """Day values of dateparser's ``search_dates`` in Vietnamese, line by line."""
    from dateparser.search import search_dates

    days: list[dict[str, Any]] = []
    for line in _lines(text):
        try:
            hits = search_dates(line, languages=["vi"]) or []
        except Exception:
            hits = []
        for _, when in hits:
            days.append({"value": when.date().isoformat(), "precision": "day"})
    return {"dates": days}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args(argv)

    per_tool: dict[str, list[dict[str, Any]]] = {"vbcd": [], "underthesea": [], "dateparser": []}
    seconds = dict.fromkeys(per_tool, 0.0)
    for corpus in args.corpora:
        for gold_path in sorted((corpus / "gold").glob("*.json")):
            text_path = corpus / f"{gold_path.stem}.txt"
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            gold = {k: v for k, v in gold.items() if k in KEYS}
            text = normalize(decode(text_path.read_bytes())[0]).text
            t = time.process_time()
            doc = vbcd.parse_file(text_path).model_dump(mode="json")
            seconds["vbcd"] += time.process_time() - t
            t = time.process_time()
            ut = underthesea_pred(text)
            seconds["underthesea"] += time.process_time() - t
            t = time.process_time()
            dp = dateparser_pred(text)
            seconds["dateparser"] += time.process_time() - t
            per_tool["vbcd"].append(score_document(gold, doc))
            per_tool["underthesea"].append(score_document(gold, {**ut, "dates": []}))
            per_tool["dateparser"].append(score_document(gold, dp))
            print(f"  {gold_path.stem}", file=sys.stderr)

    rows = []
    for key in KEYS:
        row = [key]
        for tool in ("vbcd", "underthesea", "dateparser"):
            if (tool == "underthesea" and key == "dates") or (
                    tool == "dateparser" and key != "dates"):
                row.append("—")
                continue
            totals = aggregate(per_tool[tool])
            m = metrics(key, totals[key]) if key in totals else None
            row.append(f"{m.f1:.3f}" if m is not None and m.f1 is not None else "—")
        rows.append(row)
    header = ["key", "vbcd", "underthesea ner()", "dateparser search_dates(vi)"]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|---:|---:|---:|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        print(f"{header[0]:10s} {header[1]:>8s} {header[2]:>20s} {header[3]:>28s}")
        for row in rows:
            print(f"{row[0]:10s} {row[1]:>8s} {row[2]:>20s} {row[3]:>28s}")
    print("cpu seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
