"""Seconds of CPU per hostile input, stage by stage (the inputs of tests/test_adversarial.py).

    python benchmarks/adversarial.py [NAME_SUBSTRING] [--limit 2] [--write FILE]

Every input is parsed by the default pipeline; the table gives the whole parse's CPU time
and the stages that took most of it. The exit status is 1 when an input took longer than
``--limit`` seconds (the issue's target: 2 s a document), so the script is a check as well
as a report. CPU time, not wall clock: other load on the machine matters less. The 5 MB
line is included (``5mb_viet_line``), with its own limit (``--line-limit``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vbcd.errors import VbcdError
from vbcd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_adversarial import INPUTS, VIET  # noqa: E402

FIVE_MB = "5mb_viet_line"


def stage_seconds(nlp: Pipeline, text: str) -> dict[str, float]:
    """CPU seconds of normalisation and of each stage on ``text`` (empty if the
    input is refused with a documented error)."""
    took: dict[str, float] = {}
    start = time.process_time()
    try:
        ctx = nlp.make_context(text)
    except VbcdError:
        return took
    took["normalize"] = time.process_time() - start
    for name in nlp.names:
        start = time.process_time()
        nlp.get(name)(ctx)
        took[name] = time.process_time() - start
    return took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("select", nargs="?", default="", help="only inputs whose name holds this")
    ap.add_argument("--limit", type=float, default=2.0, help="seconds allowed per input")
    ap.add_argument("--line-limit", type=float, default=10.0, help="seconds for the 5 MB line")
    ap.add_argument("--write", type=Path, help="also write the table (Markdown) to this file")
    args = ap.parse_args(argv)
    inputs: dict[str, Callable[[], str]] = {**INPUTS, FIVE_MB: lambda: (VIET * 65_000)[:5_000_000]}
    nlp = Pipeline()
    nlp("Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\nKT. CHỦ TỊCH\n1. Nội dung")  # warm up
    rows = ["| input | characters | CPU s | largest stages (s) |", "|---|---|---|---|"]
    over = []
    for name, make in inputs.items():
        if args.select not in name:
            continue
        text = make()
        took = stage_seconds(nlp, text)
        total = sum(took.values())
        worst = ", ".join(
            f"{stage} {secs:.2f}" for stage, secs in sorted(took.items(), key=lambda kv: -kv[1])[:3]
        ) or "refused (VbcdError)"
        limit = args.line_limit if name == FIVE_MB else args.limit
        flag = " **over**" if total > limit else ""
        if flag:
            over.append(name)
        rows.append(f"| `{name}` | {len(text):,} | {total:.2f}{flag} | {worst} |")
        print(f"{name:28s} {len(text):>10,} chars {total:6.2f} s{flag}  [{worst}]", flush=True)
    if args.write:
        args.write.write_text("\n".join(rows) + "\n", encoding="utf-8")
    if over:
        print(f"over the limit: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
