"""CPU time per pipeline stage over a corpus folder (default: the fixtures).

    python benchmarks/stage_times.py [CORPUS_DIR] [--repeat N]

Shows where a parse spends its time, stage by stage, in milliseconds per document
(CPU time, so other load on the machine matters less than for wall-clock numbers).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import Counter
from pathlib import Path

from vbcd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests/fixtures/corpus")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(args.corpus.rglob("*.txt"))]
    nlp = Pipeline()
    for t in texts[:3]:
        nlp(t)  # warm up: imports, compiled patterns
    gc.collect()
    gc.freeze()  # as a batch worker does after its warm-up (vbcd.batch.pool.warm_up)
    acc: Counter[str] = Counter()
    t0 = time.process_time()
    for _ in range(args.repeat):
        for t in texts:
            a = time.process_time()
            ctx = nlp.make_context(t)
            acc["normalize"] += time.process_time() - a
            for name in nlp.names:
                a = time.process_time()
                nlp.get(name)(ctx)
                acc[name] += time.process_time() - a
    total = time.process_time() - t0
    n = len(texts) * args.repeat
    mb = sum(len(t.encode("utf-8")) for t in texts) * args.repeat / 1e6
    print(f"{n} documents, {mb:.2f} MB, {total:.2f} s CPU: {n / total:.1f} docs/s, "
          f"{mb / total:.2f} MB/s")
    for name, secs in acc.most_common():
        print(f"  {name:12s} {1000 * secs / n:7.2f} ms/doc")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
