"""What a batch run did, in numbers: the lines an operator reads when it ends."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from vbcd.batch.records import Outcome

#: Failures listed by name in the summary (the rest are counted).
MAX_EXAMPLES = 10


@dataclass
class Summary:
    """Counts of one run; ``total`` counts this run's outcomes, not resumed ones."""

    out: str = ""
    total: int = 0
    ok: int = 0
    with_warnings: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    workers: int = 0
    restarts: int = 0
    peak_rss_kb: int = 0
    interrupted: bool = False
    warning_codes: Counter[str] = field(default_factory=Counter)
    error_codes: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.total += 1
        self.peak_rss_kb = max(self.peak_rss_kb, outcome.rss_kb)
        if outcome.ok:
            self.ok += 1
            if outcome.codes:
                self.with_warnings += 1
                self.warning_codes.update(set(outcome.codes))
        else:
            self.failed += 1
            self.error_codes.update(outcome.codes)
            if len(self.failures) < MAX_EXAMPLES:
                self.failures.append((outcome.source, outcome.codes[0] if outcome.codes else ""))

    @property
    def docs_per_second(self) -> float:
        return self.total / self.seconds if self.seconds > 0 else 0.0

    def format(self, top: int = 5) -> str:
        """A few lines for a person; ``warning_codes`` count documents, not warnings."""
        lines = [
            f"{self.total} documents in {self.seconds:.1f} s ({self.docs_per_second:.1f} doc/s, "
            f"{self.workers} workers): {self.ok} ok ({self.with_warnings} with warnings), "
            f"{self.failed} failed" + (f", {self.skipped} skipped (resume)" if self.skipped else "")
        ]
        if self.warning_codes:
            common = ", ".join(f"{c} ×{n}" for c, n in self.warning_codes.most_common(top))
            lines.append(f"most frequent warnings: {common}")
        if self.error_codes:
            lines.append("failures: " + ", ".join(
                f"{c} ×{n}" for c, n in self.error_codes.most_common()))
            lines.extend(f"  {source}: {code}" for source, code in self.failures)
            if self.failed > len(self.failures):
                lines.append(f"  ... and {self.failed - len(self.failures)} more")
        if self.restarts:
            lines.append(f"workers restarted: {self.restarts}")
        if self.interrupted:
            lines.append(f"interrupted: what is done is kept in {self.out}; rerun with --resume")
        else:
            lines.append(f"output: {self.out}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": self.out, "total": self.total, "ok": self.ok,
            "with_warnings": self.with_warnings, "failed": self.failed, "skipped": self.skipped,
            "seconds": round(self.seconds, 3), "docs_per_second": round(self.docs_per_second, 2),
            "workers": self.workers, "restarts": self.restarts,
            "peak_worker_rss_mb": round(self.peak_rss_kb / 1024, 1),
            "interrupted": self.interrupted, "warning_codes": dict(self.warning_codes),
            "error_codes": dict(self.error_codes),
        }
