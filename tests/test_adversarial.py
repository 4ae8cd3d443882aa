"""Adversarial inputs: pathological sizes and shapes that must neither crash nor hang.

Two groups of inputs:

* the shapes every text parser should survive (100,000 dots, 50,000 nested
  brackets, a 5 MB line, 100,000 ``1.`` lines ...);
* shapes that once made a segmentation stage quadratic or worse, at a size where
  that behaviour took minutes (a long run of spaces before a fixed word, 20,000
  one-row tables, 100,000 blank lines under a title, a 20,000-word upper-case
  signature line, a recipient item ending in 100,000 blanks ...). Each names the
  function it guards.

In the default suite every shape is parsed by the whole pipeline under a watchdog
(no exception but :class:`VbcdError`, span invariants hold), and every input by the
segmentation stages alone under a generous bound that a quadratic stage cannot meet
at these sizes. The tight wall-clock targets (whole parse < 2 s, the 5 MB line < 15 s) and
the linear-scaling checks are ``timing`` tests, run with ``pytest -m timing``
(``make bench``) because the shared CI machine's load makes seconds noisy.
Timings are printed (``pytest -s``).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

import pytest

import vbcd
from span_invariants import check_document
from vbcd.errors import VbcdError
from vbcd.pipeline import DEFAULT_COMPONENTS, Pipeline

VIET = "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện nghiêm túc kết luận này. "
UPPER = "ABCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYẮẰẲẴẶẤẦẨẪẬỨỪỬỮỰ"
SIGNED = "Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n"


def _ladder(depth: int, rounds: int) -> str:
    """``1.``, ``1.1.``, ``1.1.1.`` ... down to ``depth`` levels, ``rounds`` times."""
    return "".join(
        ".".join(["1"] * k) + ". Nội dung\n" for _ in range(rounds) for k in range(1, depth + 1)
    )


SHAPES: dict[str, Callable[[], str]] = {
    "100k_dots": lambda: "." * 100_000,
    "nested_parens": lambda: "(" * 50_000 + ")" * 50_000,
    "nested_brackets": lambda: "[" * 50_000 + "]" * 50_000,
    "nested_braces": lambda: "{" * 50_000 + "}" * 50_000,
    "1mb_viet_line": lambda: (VIET * 13_000)[:1_000_000],
    "100k_one_dot_lines": lambda: "1.\n" * 100_000,
    "so_100k": lambda: "Số: " * 100_000,
    "200k_dashes": lambda: "-" * 200_000,
    "noi_nhan_50k": lambda: "Nơi nhận:\n- " * 50_000,
    "kt_100k": lambda: "KT. " * 100_000,
    "1mb_upper_line": lambda: (UPPER * 25_000)[:1_000_000],
    "deep_numbering_line": lambda: "1." * 10_000 + " Nội dung",
    "deep_numbering_ladder": lambda: _ladder(60, 30),
    # every letter apart: each run is cut anew into syllables (a capped pass)
    "1mb_spelt_out_letters": lambda: ("C H Í M I NH T h à nh " * 50_000)[:1_000_000],
    "1mb_lone_consonants": lambda: ("ng " * 400_000)[:1_000_000],
    # quotations opened after a colon and never closed: each closing search is bounded
    "100k_open_quotes": lambda: "1. Sửa đổi như sau:\n“2. Mức chi\n" * 50_000,
}

# Shapes that were super-linear, with the function each one guards.
REGRESSIONS: dict[str, Callable[[], str]] = {
    # normalize._unsqueeze recounted the spaces from the cursor on every step
    "spaces_before_fixed_word": lambda: "x" + " " * 1_000_000 + "nơi nhận",
    # body.build_tree tested every line against every table span
    "20k_one_row_tables": lambda: "|a|b|c|d|\nx\n" * 20_000,
    # title._collect rescanned the rest of the document for every blank line
    "blank_lines_under_title": lambda: "QUYẾT ĐỊNH\nVỀ VIỆC X\n" + "\n" * 100_000 + "ABC\n",
    # signature._split_run joined every suffix of an upper-case run
    "20k_word_signature_line": lambda: "văn bản.\nKT. " + "CHỦ TỊCH " * 20_000,
    # signature._free_segments cut every line by every recipient span
    "50k_recipients": lambda: "Nơi nhận:\n" + "- Sở Y tế;\n" * 50_000 + "KT. CHỦ TỊCH\n",
    # recipients._split_items matched the whole run of dash lines again from each line
    # before a line with a cut hint (a signature line beside an item)
    "20k_signature_beside_items": lambda: "Nơi nhận:\n" + "- Như trên;   PHÓ CHỦ TỊCH\n" * 20_000,
    # recipients._split_items searched both hint patterns again from every hint, the
    # rarer one to the end of the text each time
    "10k_lines_of_two_items": lambda: "Nơi nhận:\n" + "- Sở A; Sở B\n" * 10_000,
    # task tables: the dates of each deadline cell were looked for among all the dates
    "5k_row_task_table": lambda: (
        "| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
        + "| 1 | Kiểm tra | Sở Y tế; Sở Tài chính | Quý I/2026 |\n" * 5_000),
    # assignment_cues.list_end_bound scanned from every actor of a list to its region's
    # end when no break or sentence end came first
    "20k_list_lines_without_a_break": lambda: (
        "THÔNG BÁO\nKính gửi: Sở Y tế,\n" + "Sở Tài chính,\n" * 20_000 + "Nội dung.\n"),
    # a signature block printed beside the list (two columns): every line cut at its column
    "20k_lines_beside_a_signature_column": lambda: (
        "Nơi nhận:          KT. CHỦ TỊCH\n" + "- Sở Y tế;                 PHÓ CHỦ TỊCH\n" * 20_000),
    # recipients._PURPOSE_PAREN / _PURPOSE_BARE: \s*\)?\s*[;,.]?\s*$ over a blank run
    "purpose_then_blanks": lambda: "Nơi nhận:\n- Sở Y tế (để b/c)" + " " * 100_000 + "x\n",
    "bare_purpose_then_blanks": lambda: "Nơi nhận:\n- Sở Y tế b/c" + " " * 100_000 + "x\n",
    # recipients._archive_end: a lookahead rescanning the sentence from every ")"
    "archive_many_brackets": lambda: "Nơi nhận:\n- A;\n- Lưu: VT" + " a)" * 60_000,
    "archive_upper_run": lambda: "Nơi nhận:\n- A;\n- Lưu: VT. " + "A" * 100_000,
    # recipients.find_recipients_head re-read the line from its start for every hit
    "heads_on_one_line": lambda: "Các cơ quan nơi nhận " * 80_000,
    # the signature-noise table's \s*\)?\s*$ (patterns.SIGNATURE_NOISE) over a blank run
    "signature_noise_then_blanks": lambda: (
        SIGNED + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký" + " " * 100_000 + "x\nNguyễn Văn An"),
    # recipients._ARCHIVE_SPLIT: \s*[,;] restarted at every blank of a run
    "archive_then_blanks": lambda: "Nơi nhận:\n- A;\n- Lưu: VT" + " " * 200_000 + "x",
    # recipients._PURPOSE_PAREN: blanks after "(" shared by \s* and the purpose
    "open_paren_then_blanks": lambda: "Nơi nhận:\n- Sở Y tế (" + " " * 100_000 + "x\n",
    # header._headerless: patterns.PLACE_DATE over a blank run after an annex caption
    "caption_date_then_blanks": lambda: (
        "(Kèm theo Công văn số 17809/BTC-CTK ngày" + " " * 100_000 + "x)"),
    # body._gap_confirmed copied the rest of the marker list for every gap
    "numbering_gaps": lambda: "1.\n3.\n" * 100_000,
}

INPUTS = {**SHAPES, **REGRESSIONS}

#: Hang guard for the whole pipeline (the slowest input took 16 s on a loaded machine).
WATCHDOG_S = 180.0
#: Bound for the segmentation stages alone: 3x the worst time measured under load (9 s),
#: and below what any of the old quadratic stages needed for its input here (45 s to
#: hours).
SEGMENT_BOUND_S = 30.0


class Overrun(Exception):
    """Raised by the watchdog inside a parse that takes too long."""


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM: the main thread, POSIX)."""

    def fire(signum: int, frame: FrameType | None) -> None:
        raise Overrun(f"did not finish within {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _segmentation() -> Pipeline:
    """Normalisation and the zone stages, without the entity layer."""
    nlp = Pipeline()
    for name, path in DEFAULT_COMPONENTS:
        if path.startswith("vbcd.extract."):
            nlp.remove(name)
    return nlp


SEGMENTATION = _segmentation()


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import every lazily loaded stage before the clocks start."""
    vbcd.parse(SIGNED + "KT. CHỦ TỊCH\n1. Nội dung")
    SEGMENTATION(SIGNED)


def timed_parse(text: str, limit: float, pipeline: Pipeline | None = None) -> float:
    """Parse under the watchdog; check the invariants; return the seconds taken."""
    start = time.perf_counter()
    try:
        with watchdog(limit):
            doc = vbcd.parse(text, pipeline=pipeline)
    except VbcdError:
        return time.perf_counter() - start
    elapsed = time.perf_counter() - start
    check_document(doc, text)
    return elapsed


@pytest.mark.parametrize("name", list(SHAPES))
def test_whole_pipeline_survives(name: str) -> None:
    text = SHAPES[name]()
    elapsed = timed_parse(text, WATCHDOG_S)
    print(f"\n{name}: {len(text):,} chars, whole pipeline {elapsed:.2f} s")


@pytest.mark.parametrize("name", list(INPUTS))
def test_segmentation_stays_linear(name: str) -> None:
    text = INPUTS[name]()
    elapsed = timed_parse(text, SEGMENT_BOUND_S, SEGMENTATION)
    print(f"\n{name}: {len(text):,} chars, segmentation {elapsed:.2f} s")


def test_five_megabyte_line_segments_in_time() -> None:
    """The 5 MB line through normalisation and the zone stages (the CI-sized part)."""
    text = (VIET * 65_000)[:5_000_000]
    elapsed = timed_parse(text, 30.0, SEGMENTATION)
    print(f"\n5mb_viet_line: segmentation {elapsed:.2f} s")


def test_watchdog_interrupts_a_hang() -> None:
    """The guard itself works: a busy loop is stopped, not waited for."""
    with pytest.raises(Overrun), watchdog(0.2):
        while True:
            pass


# --- wall-clock targets (pytest -m timing) ----------------------------------------------

#: Inputs whose whole parse may still take over 2 s (none since the repeated-text and
#: candidate-scan rewrites: the slowest, 50,000 recipients, takes about 1.9 s of CPU on
#: the 2-core machine, most of it building 100,000 validated records).
OVER_TWO_SECONDS: set[str] = set()


@pytest.mark.timing
@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(
        n in OVER_TWO_SECONDS, strict=False,
        reason="linear, but 5-20 µs of Python per character or line")) for n in INPUTS
])
def test_whole_parse_under_two_seconds(name: str) -> None:
    text = INPUTS[name]()
    elapsed = timed_parse(text, WATCHDOG_S)
    print(f"\n{name}: {len(text):,} chars, whole pipeline {elapsed:.2f} s")
    assert elapsed < 2.0


@pytest.mark.timing
def test_five_megabyte_line_under_fifteen_seconds() -> None:
    """About 6 s of CPU on the 2-core machine (linear: 5 times the 1 MB line)."""
    text = (VIET * 65_000)[:5_000_000]
    elapsed = timed_parse(text, 15.0)
    print(f"\n5mb_viet_line: whole pipeline {elapsed:.2f} s")


SCALED: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "." * n,
    "one_dot_lines": lambda n: "1.\n" * n,
    "so": lambda n: "Số: " * n,
    "noi_nhan": lambda n: "Nơi nhận:\n- " * n,
    "kt": lambda n: "KT. " * n,
    "parens": lambda n: "(" * n + ")" * n,
    "viet": lambda n: (VIET * (n * 10 // len(VIET) + 1))[:n * 10],
    "tables": lambda n: "|a|b|c|d|\nx\n" * (n // 5),
    "recipients": lambda n: "Nơi nhận:\n" + "- Sở Y tế;\n" * (n // 5),
    "signature_run": lambda n: "văn bản.\nKT. " + "CHỦ TỊCH " * (n // 5),
}


@pytest.mark.timing
@pytest.mark.parametrize("name", list(SCALED))
def test_whole_parse_scales_linearly(name: str) -> None:
    """Four times the input may take at most eight times as long (quadratic: 16)."""
    small, large = SCALED[name](10_000), SCALED[name](40_000)
    t_small = min(timed_parse(small, WATCHDOG_S) for _ in range(2))
    t_large = timed_parse(large, WATCHDOG_S)
    print(f"\n{name}: {t_small:.2f} s -> {t_large:.2f} s for 4x the input")
    assert t_large < 8 * t_small + 0.5
