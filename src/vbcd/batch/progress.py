"""A one-line progress bar on stderr: count, rate, ETA and failures.

Written by hand rather than with tqdm so that the core package has no extra
dependency; it draws only on a terminal (never into a log file or a pipe) and
redraws at most a few times a second, so it costs nothing next to parsing.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class Progress:
    """Count outcomes and draw ``done/total [bar] pct rate ETA failed``.

    ``enabled=None`` draws only when ``stream`` is a terminal. ``total=None``
    (a tar stream of unknown length) draws the count and rate without a bar.
    """

    def __init__(
        self, total: int | None, *, stream: TextIO | None = None, enabled: bool | None = None,
        interval: float = 0.2,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.failed = 0
        self.interval = interval
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def update(self, ok: bool = True) -> None:
        self.done += 1
        if not ok:
            self.failed += 1
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= self.interval or self.done == self.total):
            self._drawn = now
            self.draw(now)

    def line(self, now: float | None = None) -> str:
        """The text of the bar, without the carriage return."""
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        parts: list[str] = []
        if self.total:
            frac = min(1.0, self.done / self.total)
            filled = int(frac * 20)
            parts.append(f"{self.done}/{self.total} [{'#' * filled}{'.' * (20 - filled)}]"
                         f" {frac:4.0%}")
            eta = (self.total - self.done) / rate if rate > 0 else 0.0
            parts.append(f"{rate:.1f} doc/s  ETA {_clock(eta)}")
        else:
            parts.append(f"{self.done} docs  {rate:.1f} doc/s  {_clock(elapsed)}")
        if self.failed:
            parts.append(f"{self.failed} failed")
        return "  ".join(parts)

    def draw(self, now: float | None = None) -> None:
        columns = shutil.get_terminal_size((80, 20)).columns
        text = self.line(now)[: max(10, columns - 1)]
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()
