"""Where records go: a JSONL file or a Parquet folder, written so nothing half-done remains.

JSONL records are appended to ``OUT.partial`` and flushed one by one; the file
is renamed to ``OUT`` when the run completes. An interrupted run leaves
``OUT.partial`` with complete lines only (a torn last line is cut on resume),
and ``OUT`` from an earlier complete run untouched.

Parquet parts are written whole and renamed into place (see
:func:`vbcd.columnar.write_part`), so the folder only ever holds complete parts.

Both writers know which sources they already hold (``done``), which is all
``--resume`` needs.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Protocol

from vbcd import __version__, columnar
from vbcd.batch.errors import BatchOptionError
from vbcd.batch.records import line_source

MANIFEST = "_vbcd.json"


class Writer(Protocol):
    done: set[str]
    path: Path

    def write(self, payload: Any) -> None: ...

    def close(self, complete: bool) -> None: ...


def _cut_torn_line(path: Path) -> None:
    """Truncate a file after its last newline (a record cut by a kill or power loss)."""
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "rb+") as fh:
        end = size
        block = 1 << 16
        while end > 0:
            start = max(0, end - block)
            fh.seek(start)
            chunk = fh.read(end - start)
            i = chunk.rfind(b"\n")
            if i >= 0:
                fh.truncate(start + i + 1)
                return
            end = start
        fh.truncate(0)


def read_jsonl_sources(path: Path) -> set[str]:
    sources: set[str] = set()
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                source = line_source(line)
                if source is not None:
                    sources.add(source)
    return sources


class JsonlWriter:
    """Append JSON lines to ``OUT.partial``; rename to ``OUT`` on completion."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.done: set[str] = set()
        if resume:
            if not self.partial.exists() and path.exists():
                shutil.copyfile(path, self.partial)
            if self.partial.exists():
                _cut_torn_line(self.partial)
                self.done = read_jsonl_sources(self.partial)
        mode = "a" if resume else "w"
        self._fh = open(self.partial, mode, encoding="utf-8")  # noqa: SIM115 - closed in close()

    def write(self, payload: Any) -> None:
        line = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        self._fh.write(line + "\n")
        self._fh.flush()

    def close(self, complete: bool) -> None:
        if self._fh.closed:
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        if complete:
            os.replace(self.partial, self.path)

    @property
    def kept(self) -> Path:
        """Where the records are now: ``OUT`` after completion, ``OUT.partial`` before."""
        return self.path if not self.partial.exists() else self.partial


class ParquetWriter:
    """Buffer rows and write numbered parts of every table.

    A part is written every ``chunk_size`` documents or ``chunk_chars`` characters
    of text, whichever comes first, which bounds memory on long runs.
    """

    def __init__(
        self, path: Path, *, resume: bool, chunk_size: int = 1000, chunk_chars: int = 64 << 20,
    ) -> None:
        columnar.pyarrow()  # fail early with the extra to install
        if path.exists() and not path.is_dir():
            raise BatchOptionError(f"{path} is a file; Parquet output is a folder")
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.chunk_size = max(1, chunk_size)
        self.chunk_chars = chunk_chars
        self.done: set[str] = set()
        if resume:
            columnar.remove_orphans(path)
            table = columnar.read_table(path, "documents", ["source"])
            self.done = {s for s in table.column("source").to_pylist() if s is not None}
        else:
            self._clear()
        existing = columnar.parts(path)
        self.next_part = existing[-1] + 1 if existing else 0
        self._buffer: dict[str, list[columnar.Row]] = {t: [] for t in columnar.TABLES}
        self._docs = 0
        self._chars = 0

    def _clear(self) -> None:
        """Remove our own files from an earlier run (only ours: the folder may hold others)."""
        for table in columnar.TABLES:
            folder = self.path / table
            if folder.is_dir():
                for part in folder.glob(columnar.PART_GLOB):
                    part.unlink()
        (self.path / MANIFEST).unlink(missing_ok=True)

    def write(self, payload: Any) -> None:
        tables = payload if isinstance(payload, dict) and "documents" in payload else None
        if tables is None:
            tables = columnar.record_rows(payload)
        for name, table_rows in tables.items():
            self._buffer[name].extend(table_rows)
        self._docs += 1
        self._chars += sum(len(r.get("text") or "") for r in tables["documents"])
        if self._docs >= self.chunk_size or self._chars >= self.chunk_chars:
            self.flush()

    def flush(self) -> None:
        if not self._docs:
            return
        columnar.write_part(self.path, self.next_part, self._buffer)
        self.next_part += 1
        self._buffer = {t: [] for t in columnar.TABLES}
        self._docs = 0
        self._chars = 0

    def close(self, complete: bool) -> None:
        """Write what is buffered (also when interrupted: it is complete work)."""
        self.flush()
        if not columnar.parts(self.path):
            columnar.write_part(self.path, 0, {})  # an empty run still has readable tables
            self.next_part = 1
        manifest = {
            "format": "vbcd-parquet", "version": 1, "vbcd": __version__,
            "tables": list(columnar.TABLES), "parts": len(columnar.parts(self.path)),
            "complete": complete,
        }
        tmp = self.path / f".{MANIFEST}.tmp"
        tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.path / MANIFEST)

    @property
    def kept(self) -> Path:
        return self.path
