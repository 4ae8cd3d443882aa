"""``run_batch``: inputs in, one record per input out, whatever happens on the way.

The runner ties the parts together: :mod:`~vbcd.batch.sources` expands the inputs
into tasks, :mod:`~vbcd.batch.pool` parses them in crash-proof workers,
:mod:`~vbcd.batch.output` writes each outcome as it arrives, and
:class:`~vbcd.batch.summary.Summary` counts them. Ctrl-C (or SIGTERM) stops the
workers and keeps every record already written, so ``resume=True`` continues.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal, TextIO

from vbcd.batch import sources
from vbcd.batch.errors import BatchOptionError
from vbcd.batch.output import JsonlWriter, ParquetWriter, Writer
from vbcd.batch.pool import Pool, serial
from vbcd.batch.progress import Progress
from vbcd.batch.records import Encoding, Outcome, Settings, Task
from vbcd.batch.summary import Summary
from vbcd.normalize import DEFAULT_MAX_CHARS

Format = Literal["jsonl", "parquet"]


@dataclass
class BatchOptions:
    """Options of a batch run (the ``vbcd batch`` flags).

    ``workers=None`` uses every core; ``0`` parses in this process, without crash
    isolation or hard time limits (for debugging). ``format=None`` picks Parquet
    for an OUT named ``*.parquet`` or an existing Parquet output folder, else JSONL.
    ``progress=None`` draws a bar only on a terminal.
    """

    workers: int | None = None
    format: Format | None = None
    resume: bool = False
    timeout: float | None = None
    ner: str = "none"
    max_chars: int = DEFAULT_MAX_CHARS
    max_bytes: int | None = None
    pipeline: str | None = None
    only: str | None = None
    exclude: str | None = None
    chunk_size: int = 1000
    memory_mb: int | None = None
    progress: bool | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def settings(self, encoding: Encoding) -> Settings:
        return Settings(
            ner=self.ner, max_chars=self.max_chars, max_bytes=self.max_bytes,
            timeout=self.timeout, pipeline=self.pipeline, encoding=encoding,
            options=dict(self.options), only=self.only, exclude=self.exclude,
        )


def cpu_count() -> int:
    """Cores this process may use (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def resolve_format(out: Path, fmt: Format | None) -> Format:
    if fmt is not None:
        return fmt
    if out.suffix.lower() == ".parquet" or (out.is_dir() and (out / "documents").is_dir()):
        return "parquet"
    return "jsonl"


def open_writer(out: Path, fmt: Format, options: BatchOptions) -> Writer:
    if fmt == "parquet":
        return ParquetWriter(out, resume=options.resume, chunk_size=options.chunk_size)
    if out.is_dir():
        out = out / "documents.jsonl"
    return JsonlWriter(out, resume=options.resume)


def _outcomes(
    tasks: Iterator[Task], settings: Settings, workers: int, memory_mb: int | None,
    summary: Summary,
) -> Iterator[Outcome]:
    if workers == 0:
        settings.parser()
        yield from serial(tasks, settings)
        return
    pool = Pool(workers, settings, memory_mb=memory_mb)
    try:
        yield from pool.imap(tasks)
    finally:
        summary.restarts = pool.restarts


class _TermAsInterrupt:
    """Treat SIGTERM like Ctrl-C while a run is going on (main thread only)."""

    def __enter__(self) -> None:
        self.previous: Any = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, self._raise)

    @staticmethod
    def _raise(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def run_batch(
    inputs: Sequence[str | Path], out: str | Path, options: BatchOptions | None = None,
    *, stdin: IO[str] | None = None, progress_stream: TextIO | None = None,
) -> Summary:
    """Parse every input into ``out``; returns the run's :class:`Summary`.

    Every input yields exactly one record (a Document or an error record). A
    KeyboardInterrupt is caught: the summary says ``interrupted`` and the output
    keeps every finished record for a later ``resume=True`` run.
    """
    options = options or BatchOptions()
    out_path = Path(out)
    fmt = resolve_format(out_path, options.format)
    if fmt not in ("jsonl", "parquet"):
        raise BatchOptionError(f"unknown format {fmt!r}: jsonl or parquet")
    if options.timeout is not None and options.timeout <= 0:
        raise BatchOptionError("--timeout must be positive")
    settings = options.settings("json" if fmt == "jsonl" else "rows")
    settings.parser()  # a bad --pipeline fails before any output exists
    started = time.monotonic()
    entries = sources.expand([str(i) for i in inputs], stdin=stdin)
    writer = open_writer(out_path, fmt, options)
    done = writer.done
    total = sources.count(entries, done=done.__contains__)
    workers = cpu_count() if options.workers is None else max(0, options.workers)
    if workers and total is not None:
        workers = max(1, min(workers, total))
    summary = Summary(out=str(writer.path), workers=workers)

    def skipped(source: str) -> bool:
        if source in done:
            summary.skipped += 1
            return True
        return False

    tasks = sources.tasks(entries, done=skipped, limit=settings.byte_limit)
    bar = Progress(total, stream=progress_stream, enabled=options.progress)
    complete = False
    try:
        with _TermAsInterrupt():
            for outcome in _outcomes(tasks, settings, workers, options.memory_mb, summary):
                writer.write(outcome.payload)
                summary.add(outcome)
                bar.update(outcome.ok)
        complete = True
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.close()
        writer.close(complete)
        summary.seconds = time.monotonic() - started
        summary.out = str(writer.kept) if isinstance(writer, JsonlWriter) else str(writer.path)
    return summary


def iter_records(
    inputs: Sequence[str | Path], options: BatchOptions | None = None,
    *, stdin: IO[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse inputs in the crash-proof pool and yield record dicts (no output files)."""
    options = options or BatchOptions()
    settings = options.settings("dict")
    settings.parser()
    entries = sources.expand([str(i) for i in inputs], stdin=stdin or sys.stdin)
    workers = cpu_count() if options.workers is None else max(0, options.workers)
    summary = Summary()
    tasks = sources.tasks(entries, limit=settings.byte_limit)
    for outcome in _outcomes(tasks, settings, workers, options.memory_mb, summary):
        yield outcome.payload
