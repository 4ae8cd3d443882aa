"""From command-line inputs to a stream of tasks: files, folders, globs, archives, stdin.

Folders are walked recursively for document files (:data:`DOC_SUFFIXES`); files
named explicitly are taken whatever their extension. Archives (``.zip``,
``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``) are read member by member
in memory, never unpacked to disk, and only when named explicitly (or by a glob,
or on stdin): a folder walk does not open the archives it meets.

Archive members are untrusted input. A member is refused, as an error record
rather than silently, when its name is absolute or climbs out (``../x``), when it
is a link, device or fifo, when it is larger than the byte limit, or when it
inflates more than :data:`MAX_RATIO` times its stored size (a zip bomb). Tasks
are produced lazily, so at most one member per idle worker is held in memory.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from vbcd.batch.errors import (
    ArchiveBombError,
    ArchiveError,
    NotFoundError,
    UnsafeMemberError,
)
from vbcd.batch.records import Task
from vbcd.errors import InputTooLargeError, VbcdError

#: Extensions picked up when walking a folder or an archive.
DOC_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".doc"})

_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

#: A member inflating more than this many times its compressed size is a bomb ...
MAX_RATIO = 100
#: ... once it is larger than this: deflate reaches ratios near 1000 on small,
#: repetitive files (forms full of dots), which are harmless at that size.
BOMB_MIN_BYTES = 1 << 20

#: Separates an archive's path from a member name in ``source``: ``corpus.zip!a/b.txt``.
MEMBER_SEP = "!"

Kind = Literal["file", "zip", "tar", "missing"]


@dataclass(frozen=True)
class Entry:
    """One expanded input: a file, an archive to stream, or a path that names nothing."""

    kind: Kind
    path: str
    error: VbcdError | None = None


def is_document(name: str) -> bool:
    return Path(name).suffix.lower() in DOC_SUFFIXES


def archive_kind(path: str) -> Literal["zip", "tar"] | None:
    lower = path.lower()
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(_TAR_SUFFIXES):
        return "tar"
    return None


def _walk(folder: str) -> Iterator[str]:
    """Document files under ``folder``, sorted, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and is_document(name):
                yield os.path.join(root, name)


def _classify(path: str) -> Iterator[Entry]:
    if os.path.isdir(path):
        yield from (Entry("file", p) for p in _walk(path))
        return
    kind = archive_kind(path)
    yield Entry(kind or "file", path)


def expand(inputs: Iterable[str], stdin: IO[str] | None = None) -> list[Entry]:
    """Expand inputs into entries; ``-`` reads one path per line from ``stdin``."""
    entries: list[Entry] = []
    for raw in inputs:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin
            lines = [line.strip() for line in stream]
            entries.extend(expand([ln for ln in lines if ln and ln != "-"]))
            continue
        if os.path.exists(raw):
            entries.extend(_classify(raw))
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                entries.append(Entry("missing", raw, NotFoundError(f"no file matches {raw}")))
            for match in matches:
                entries.extend(_classify(match))
        else:
            entries.append(Entry("missing", raw, NotFoundError(f"no such file or folder: {raw}")))
    return entries


# --- member checks ----------------------------------------------------------------------


def unsafe_name(name: str) -> str | None:
    """Why a member name is unsafe (absolute, drive letter, ``..``, NUL), or None."""
    n = name.replace("\\", "/")
    if n.startswith("/") or (len(n) > 1 and n[1] == ":" and n[0].isalpha()):
        return "absolute member name"
    if ".." in n.split("/"):
        return "member name escapes the archive (..)"
    if "\x00" in n:
        return "NUL byte in member name"
    return None


def _zip_unsafe(info: zipfile.ZipInfo) -> VbcdError | None:
    """Refusals for any member, document or not: its name or its file type."""
    reason = unsafe_name(info.filename)
    if reason:
        return UnsafeMemberError(reason)
    # Unix file type in the high bits of external_attr; 0 when the writer set none.
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        return UnsafeMemberError("symbolic link member")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return UnsafeMemberError("device or special member")
    return None


def _zip_too_big(info: zipfile.ZipInfo, limit: int) -> VbcdError | None:
    """Refusals by declared size, before anything is inflated."""
    if info.file_size > limit:
        return InputTooLargeError(f"member inflates to {info.file_size} bytes (limit {limit})")
    if info.file_size > BOMB_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        return ArchiveBombError(f"member inflates {ratio:.0f} times (limit {MAX_RATIO})")
    return None


def _zip_wanted(info: zipfile.ZipInfo) -> bool:
    """Members that yield a record: documents, and anything unsafe (reported, not skipped)."""
    return not info.is_dir() and (is_document(info.filename) or _zip_unsafe(info) is not None)


def _read_zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, trusting neither its declared size nor its ratio."""
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise ArchiveError(f"damaged member: {exc}") from exc
    except RuntimeError as exc:  # encrypted members
        raise ArchiveError(str(exc)) from exc
    if len(data) > limit:
        raise InputTooLargeError(f"member inflates past the {limit}-byte limit")
    if len(data) > BOMB_MIN_BYTES and len(data) > MAX_RATIO * max(info.compress_size, 1):
        raise ArchiveBombError(f"member inflates more than {MAX_RATIO} times")
    return data


def _zip_tasks(path: str, done: Callable[[str], bool], limit: int) -> Iterator[Task]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        yield Task(source=path, error=ArchiveError(f"cannot open zip archive: {exc}"))
        return
    with zf:
        for info in zf.infolist():
            if not _zip_wanted(info):
                continue
            source = f"{path}{MEMBER_SEP}{info.filename}"
            if done(source):
                continue
            problem = _zip_unsafe(info) or _zip_too_big(info, limit)
            if problem is not None:
                yield Task(source=source, name=info.filename, error=problem)
                continue
            try:
                data = _read_zip_member(zf, info, limit)
            except VbcdError as exc:
                yield Task(source=source, name=info.filename, error=exc)
                continue
            yield Task(source=source, data=data, name=info.filename)


def _tar_unsafe(member: tarfile.TarInfo) -> VbcdError | None:
    reason = unsafe_name(member.name)
    if reason:
        return UnsafeMemberError(reason)
    if member.issym() or member.islnk():
        return UnsafeMemberError(f"link member (to {member.linkname!r})")
    if not member.isfile():
        return UnsafeMemberError("device, fifo or special member")
    return None


def _tar_tasks(path: str, done: Callable[[str], bool], limit: int) -> Iterator[Task]:
    # Stream mode ("r|*"): members are read in order and never seeked, so a
    # compressed tar is inflated once and never held whole in memory.
    read = 0
    try:
        tf = tarfile.open(path, mode="r|*")  # noqa: SIM115 - closed by the with below
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield Task(source=path, error=ArchiveError(f"cannot open tar archive: {exc}"))
        return
    with tf:
        try:
            for member in tf:
                read += 1
                if member.isdir():
                    continue
                source = f"{path}{MEMBER_SEP}{member.name}"
                problem = _tar_unsafe(member)
                if problem is None and not is_document(member.name):
                    continue
                if done(source):
                    continue
                if problem is None and member.size > limit:
                    problem = InputTooLargeError(f"member is {member.size} bytes (limit {limit})")
                if problem is not None:
                    yield Task(source=source, name=member.name, error=problem)
                    continue
                try:
                    fh = tf.extractfile(member)
                    data = fh.read() if fh is not None else b""
                except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                    # The stream cannot go on past a damaged member.
                    yield Task(source=source, name=member.name,
                               error=ArchiveError(f"damaged member: {exc}"))
                    return
                yield Task(source=source, data=data, name=member.name)
        except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
            yield Task(
                source=f"{path}{MEMBER_SEP}",
                error=ArchiveError(f"archive damaged after {read} members: {exc}"),
            )


def count(entries: Iterable[Entry], done: Callable[[str], bool] = lambda s: False) -> int | None:
    """How many tasks the entries yield, or None when a tar stream makes it unknown.

    Reads only zip central directories, never member data; sources already
    ``done`` (resume) are not counted.
    """
    total = 0
    seen: set[str] = set()
    for entry in entries:
        if entry.kind == "tar":
            return None
        if entry.kind != "zip":
            if entry.path not in seen and not done(entry.path):
                total += 1
            seen.add(entry.path)
            continue
        try:
            with zipfile.ZipFile(entry.path) as zf:
                for info in zf.infolist():
                    source = f"{entry.path}{MEMBER_SEP}{info.filename}"
                    if _zip_wanted(info) and source not in seen and not done(source):
                        total += 1
                    seen.add(source)
        except (zipfile.BadZipFile, OSError, EOFError):
            total += 1
    return total


def tasks(
    entries: Iterable[Entry], *, done: Callable[[str], bool] = lambda s: False,
    limit: int = 80 << 20,
) -> Iterator[Task]:
    """Lazily yield one task per input not yet ``done``, each source once."""
    seen: set[str] = set()

    def skip(source: str) -> bool:
        if source in seen or done(source):
            return True
        seen.add(source)
        return False

    for entry in entries:
        if entry.kind == "zip":
            yield from _zip_tasks(entry.path, skip, limit)
        elif entry.kind == "tar":
            yield from _tar_tasks(entry.path, skip, limit)
        elif not skip(entry.path):
            yield Task(source=entry.path, path=entry.path, error=entry.error)
