"""Freeze the parser's output on a corpus, and check a later parse against it.

    python tools/snapshot.py write DIR [CORPUS]   # one JSON per document into DIR
    python tools/snapshot.py check DIR [CORPUS]   # exit 1 and list documents that changed

Why: a speed-up must not change a single record. ``check`` compares the full
``Document`` JSON of every fixture (and of a few adversarial shapes) with the frozen
copy, so an optimisation can be proven output-neutral before it is committed.
"""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path

import vbcd

ROOT = Path(__file__).resolve().parent.parent

EXTRA = {
    "adv_recipients": "Nơi nhận:\n" + "- Sở Y tế;\n" * 300 + "KT. CHỦ TỊCH\n",
    "adv_numbering": "1.\n3.\n" * 200,
    "adv_viet": "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện nghiêm túc kết luận này. "
    * 200,
    "adv_kt": "KT. " * 500,
    "adv_so": "Số: " * 500,
}


def outputs(corpus: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out[str(path.relative_to(corpus))] = vbcd.parse(text, source=path.name).model_dump_json(
            indent=1)
    for name, text in EXTRA.items():
        out[name] = vbcd.parse(text, source=name).model_dump_json(indent=1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["write", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests/fixtures/corpus")
    ap.add_argument("--all", action="store_true", help="show every changed document "
                    "(default: the first 5), each diff in full")
    args = ap.parse_args(argv)
    docs = outputs(args.corpus)
    if args.mode == "write":
        for name, js in docs.items():
            dest = args.dir / (name.replace("/", "__") + ".json")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(js, encoding="utf-8")
        print(f"{len(docs)} documents written to {args.dir}")
        return 0
    changed = 0
    for name, js in docs.items():
        dest = args.dir / (name.replace("/", "__") + ".json")
        old = dest.read_text(encoding="utf-8") if dest.exists() else ""
        if old != js:
            changed += 1
            if changed <= 5 or args.all:
                diff = difflib.unified_diff(old.splitlines(), js.splitlines(), "frozen", "now",
                                            n=1, lineterm="")
                print(f"--- {name}")
                print("\n".join(list(diff)[:None if args.all else 40]))
    print(f"{changed} of {len(docs)} documents changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
