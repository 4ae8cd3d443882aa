"""Readers: from a file on disk to decoded text (see :func:`read`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vbcd.errors import InputError
from vbcd.normalize import decode


@dataclass
class Source:
    """Decoded text of one input and what the reader noticed."""

    text: str
    path: str | None = None
    format: str = "text"
    encoding: str | None = None
    pages: list[int] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def read(path: str | Path) -> Source:
    """Read a text file (UTF-8, UTF-16, Windows-1258)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from exc
    text, encoding = decode(data)
    return Source(text=text, path=str(p), format="text", encoding=encoding)
