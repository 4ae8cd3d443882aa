"""What is in a batch output: types, issuers, dates, warnings, failures.

The first look an analyst takes at a parsed corpus, and the quickest way to see
whether a run went well (a sudden ``no_header`` on half the documents means the
input is not what it seemed). Reads a JSONL file (or a folder of them) or a
Parquet folder written by ``vbcd batch``, streaming, without loading the texts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vbcd import columnar
from vbcd.errors import InputError

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Columns of the documents table that the statistics read (never ``text``).
COLUMNS = (
    "source", "ok", "error_code", "error_message", "family", "doc_type_code", "doc_type_name",
    "issuer", "issue_date", "n_warnings", "warning_codes", "skipped",
)


@dataclass
class CorpusStats:
    """Counts over one batch output; ``warning_codes`` counts documents, not warnings."""

    documents: int = 0
    ok: int = 0
    failed: int = 0
    with_warnings: int = 0
    warnings: int = 0
    doc_types: Counter[str] = field(default_factory=Counter)
    families: Counter[str] = field(default_factory=Counter)
    issuers: Counter[str] = field(default_factory=Counter)
    years: Counter[str] = field(default_factory=Counter)
    first_date: str | None = None
    last_date: str | None = None
    undated: int = 0
    warning_codes: Counter[str] = field(default_factory=Counter)
    error_codes: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, row: Mapping[str, Any], *, max_failures: int = 20) -> None:
        """Count one ``documents`` row (see :mod:`vbcd.columnar`)."""
        self.documents += 1
        if not row.get("ok", row.get("error_code") is None):
            self.failed += 1
            code = str(row.get("error_code") or "error")
            self.error_codes[code] += 1
            if len(self.failures) < max_failures:
                self.failures.append(
                    (str(row.get("source")), code, str(row.get("error_message") or ""))
                )
            return
        self.ok += 1
        type_code, type_name = row.get("doc_type_code"), row.get("doc_type_name")
        self.doc_types[f"{type_code} {type_name}" if type_code else "(none)"] += 1
        self.families[str(row.get("family") or "(none)")] += 1
        self.issuers[str(row.get("issuer") or "(none)")] += 1
        date = row.get("issue_date")
        if isinstance(date, str) and _ISO.fullmatch(date):
            self.years[date[:4]] += 1
            self.first_date = min(self.first_date or date, date)
            self.last_date = max(self.last_date or date, date)
        else:
            self.undated += 1
        self.skipped.update(row.get("skipped") or ())
        codes = row.get("warning_codes") or []
        self.warnings += int(row.get("n_warnings") or 0)
        if codes:
            self.with_warnings += 1
            self.warning_codes.update(codes)

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        return {
            "documents": self.documents, "ok": self.ok, "failed": self.failed,
            "with_warnings": self.with_warnings, "warnings": self.warnings,
            "doc_types": dict(self.doc_types.most_common()),
            "families": dict(self.families.most_common()),
            "issuers": dict(self.issuers.most_common(top)),
            "distinct_issuers": len(self.issuers),
            "date_range": [self.first_date, self.last_date], "undated": self.undated,
            "years": dict(sorted(self.years.items())),
            "warning_codes": dict(self.warning_codes.most_common()),
            "error_codes": dict(self.error_codes.most_common()),
            "skipped": dict(self.skipped.most_common()),
            "failures": [
                {"source": s, "error_code": c, "message": m} for s, c, m in self.failures
            ],
        }


# --- reading outputs --------------------------------------------------------------------


def _jsonl_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(path.glob("*.jsonl")) or sorted(path.glob("*.jsonl.partial"))
    if not files:
        raise InputError(f"no batch output in {path} (no documents/ folder, no *.jsonl)")
    return files


def is_parquet_output(path: Path) -> bool:
    return path.is_dir() and (path / "documents").is_dir()


def document_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The ``documents`` rows of a batch output (JSONL or Parquet), without the text."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"no such file or folder: {root}")
    if is_parquet_output(root):
        table = columnar.read_table(root, "documents", COLUMNS)
        for batch in table.to_batches():
            yield from batch.to_pylist()
        return
    for file in _jsonl_files(root):
        with open(file, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # a torn last line of an interrupted run
                if isinstance(record, dict):
                    row = columnar.document_row(record)
                    yield {k: row[k] for k in COLUMNS}


def collect(path: str | Path) -> CorpusStats:
    """Statistics of a batch output."""
    stats = CorpusStats()
    for row in document_rows(path):
        stats.add(row)
    return stats


# --- text report ------------------------------------------------------------------------


def _table(
    title: str, counts: Counter[str], total: int, top: int | None, *, by_key: bool = False,
) -> list[str]:
    items = sorted(counts.items()) if by_key else counts.most_common(top)
    if not items:
        return []
    width = max(len(k) for k, _ in items)
    lines = [title]
    for key, n in items:
        share = f"{100 * n / total:5.1f}%" if total else ""
        lines.append(f"  {key:<{width}}  {n:>7}  {share}")
    rest = len(counts) - len(items)
    if rest > 0:
        lines.append(f"  ... {rest} more")
    return [*lines, ""]


def format_stats(stats: CorpusStats, top: int = 10) -> str:
    """A plain-text report for a terminal."""
    lines = [
        f"documents: {stats.documents}  ok: {stats.ok}  failed: {stats.failed}  "
        f"with warnings: {stats.with_warnings} ({stats.warnings} warnings)",
        "",
    ]
    if stats.first_date:
        lines += [f"issue dates: {stats.first_date} .. {stats.last_date}  "
                  f"(undated: {stats.undated})", ""]
    elif stats.ok:
        lines += [f"issue dates: none read (undated: {stats.undated})", ""]
    lines += _table("document types", stats.doc_types, stats.ok, None)
    lines += _table("families", stats.families, stats.ok, None)
    lines += _table(f"issuers (top {top} of {len(stats.issuers)})", stats.issuers, stats.ok, top)
    lines += _table("years", stats.years, stats.ok, None, by_key=True)
    lines += _table("warning codes (documents)", stats.warning_codes, stats.ok, None)
    lines += _table("components not run (documents; their layers are empty unread)",
                    stats.skipped, stats.ok, None)
    lines += _table("failures", stats.error_codes, stats.documents, None)
    for source, code, message in stats.failures:
        lines.append(f"  {code}: {source}: {message[:100]}")
    return "\n".join(lines).rstrip() + "\n"
