"""Legacy Word ``.doc`` (OLE2) and RTF, through an external converter.

No maintained pure-Python reader of the binary Word format exists, so a
converter on ``PATH`` is used, best first:

* LibreOffice (``soffice``/``libreoffice``): converts to DOCX, then the DOCX
  reader runs, so tables, footnotes and ``.VnTime`` run fonts are handled as
  for DOCX. Also reads RTF.
* ``antiword -w 0``: one line per paragraph, UTF-8.
* ``catdoc -w``: the same idea, older.

Each runs in a fresh temporary directory with a timeout
(:data:`TIMEOUT_SECONDS`). With none installed the reader raises
:class:`MissingDependencyError` naming what to install. Text from antiword or
catdoc goes through legacy-encoding detection like any text.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from vbcd.errors import MissingDependencyError, UnsupportedFormatError
from vbcd.readers import DEFAULT_MAX_BYTES, Source
from vbcd.readers.text import apply_legacy

TIMEOUT_SECONDS = 120

_OFFICE = ("soffice", "libreoffice")


def which(name: str) -> str | None:
    """Path of an executable (a seam for tests)."""
    return shutil.which(name)


def converters(kind: str = "doc") -> list[tuple[str, str]]:
    """Available converters for ``kind`` (``doc`` or ``rtf``), best first."""
    found: list[tuple[str, str]] = []
    for name in _OFFICE:
        path = which(name)
        if path:
            found.append(("office", path))
            break
    if kind == "doc":
        for name in ("antiword", "catdoc"):
            path = which(name)
            if path:
                found.append((name, path))
    return found


def _run(cmd: list[str], cwd: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
        stdin=subprocess.DEVNULL,
    )


def _convert(tool: str, exe: str, data: bytes, kind: str, max_bytes: int) -> Source:
    with tempfile.TemporaryDirectory(prefix="vbcd-doc-") as tmp:
        src_path = Path(tmp) / f"input.{kind}"
        src_path.write_bytes(data)
        if tool == "office":
            profile = Path(tmp) / "profile"
            proc = _run([
                exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                "--convert-to", "docx", "--outdir", tmp, str(src_path),
            ], tmp)
            out = Path(tmp) / "input.docx"
            if proc.returncode != 0 or not out.exists():
                raise UnsupportedFormatError(_failure(tool, proc))
            from vbcd.readers.docx import read_docx

            src = read_docx(out.read_bytes(), max_bytes=max_bytes)
        else:
            if tool == "antiword":
                cmd = [exe, "-w", "0", "-m", "UTF-8.txt", str(src_path)]
            else:
                cmd = [exe, "-w", "-d", "utf-8", str(src_path)]
            proc = _run(cmd, tmp)
            if proc.returncode != 0:
                raise UnsupportedFormatError(_failure(tool, proc))
            text = proc.stdout.decode("utf-8", errors="replace")
            src = apply_legacy(Source(text=text, format=kind, encoding="utf-8"))
        src.format = kind
        src.warn("converted", f"legacy .{kind} converted with {Path(exe).name}")
        return src


def _failure(tool: str, proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode("utf-8", errors="replace").strip().splitlines()
    return f"{tool} could not convert the file (exit {proc.returncode}): " + (
        err[-1] if err else "no message"
    )


def read_doc(data: bytes, *, kind: str = "doc", max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a legacy Word or RTF file with the best converter available."""
    tools = converters(kind)
    if not tools:
        if kind == "rtf":
            raise MissingDependencyError(
                "reading RTF needs LibreOffice: apt-get install libreoffice-writer-nogui "
                "(or save the file as DOCX)"
            )
        raise MissingDependencyError(
            "reading legacy Word .doc needs a converter on PATH: apt-get install antiword "
            "(or catdoc, or LibreOffice: apt-get install libreoffice-writer-nogui)"
        )
    errors: list[str] = []
    for tool, exe in tools:
        try:
            return _convert(tool, exe, data, kind, max_bytes)
        except subprocess.TimeoutExpired:
            errors.append(f"{tool} timed out after {TIMEOUT_SECONDS} s")
        except (UnsupportedFormatError, OSError) as exc:
            errors.append(str(exc))
    raise UnsupportedFormatError("; ".join(errors))
