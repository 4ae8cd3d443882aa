"""Fuzz the whole parser: any input gives a checked Document or a VbcdError.

Run with atheris (``pip install atheris``; see ``fuzz/README.md``)::

    python fuzz/fuzz_parse.py -max_total_time=60 -max_len=8192 [corpus_dir]

The input bytes are used two ways, chosen by the first byte: as bytes, through
``vbcd.parse``'s own decoding, or as text built by atheris' data provider (any
code point but surrogates, so the normaliser meets NULs, combining marks and
right-to-left text directly). For every document the span invariants of
``tests/span_invariants.py`` are asserted, and a second parse must give the same
document.

Without atheris the script mutates the fixture corpus at random for a bounded
number of rounds (``python fuzz/fuzz_parse.py --plain 500``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from span_invariants import outcome, parse_checked  # noqa: E402

_MAX_CHARS = 200_000  # keeps one example fast; bigger inputs only raise InputTooLargeError


def check(data: bytes | str) -> None:
    """The property: a VbcdError or a document that satisfies the invariants, twice."""
    first = parse_checked(data, max_chars=_MAX_CHARS)
    second = parse_checked(data, max_chars=_MAX_CHARS)
    assert outcome(first) == outcome(second), "two parses of the same input differ"


def target(data: bytes) -> None:
    """atheris entry point."""
    if not data:
        check(b"")
        return
    if data[0] & 1:
        check(data[1:])
        return
    import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

    fdp = atheris.FuzzedDataProvider(data[1:])
    text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    check(text)


def seeds() -> list[str]:
    """The fixture documents (a few of them are enough to start from)."""
    corpus = ROOT / "tests" / "fixtures" / "corpus"
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*/*.txt"))]


_PIECES = ["\x00", "\u0301", "\u202e", "\U0001f600", "\r\n", "**", "|", "\n\n", " ", "Số:",
           "Nơi nhận:", "KT.", "1.", "a)", "(", ")", "-----", "\\", "Ð", "\ufeff"]


def _mutate(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    start = rng.randrange(len(lines))
    text = "\n".join(lines[start:start + rng.randint(5, 80)])
    for _ in range(rng.randint(1, 10)):
        i = rng.randint(0, len(text))
        op = rng.random()
        if op < 0.4:
            text = text[:i] + rng.choice(_PIECES) + text[i:]
        elif op < 0.6:
            code = rng.choice([rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF)])
            text = text[:i] + chr(code) + text[i:]
        elif op < 0.8:
            text = text[:i] + text[i + rng.randint(1, 50):]
        else:
            text = text[:i] + text[i:i + rng.randint(1, 100)] * rng.randint(2, 4) + text[i:]
    return text


def plain(rounds: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    base = seeds()
    for _ in range(rounds):
        text = _mutate(rng, rng.choice(base))
        check(text.encode("utf-8") if rng.random() < 0.2 else text)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--plain":
        plain(int(sys.argv[2]) if len(sys.argv) > 2 else 500)
        return
    import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

    check(seeds()[0])  # load every lazily imported stage before instrumenting them
    atheris.instrument_all()
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
