"""One input in, one record out: the unit of work a batch worker (or a Dask task) does.

A *record* is either a parsed Document's JSON plus ``source`` and ``doc_id``, or an
error record ``{source, doc_id, error_type, error_code, message}``. :func:`process`
never raises for a bad input: whatever goes wrong in reading or parsing becomes
an error record, so one pathological file cannot stop a corpus run.

The work is encoded where it is done (JSON line, table rows or a dict, see
:class:`Settings`), so that a pool's parent process only writes bytes out and
the CPU-heavy serialisation is spread over the workers.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
import json
import os
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, Literal, NamedTuple

import vbcd
from vbcd.batch.errors import BatchOptionError, EmptyInputError, NotFoundError
from vbcd.columnar import record_rows
from vbcd.errors import (
    InputError,
    InputTooLargeError,
    ParseTimeoutError,
    PipelineError,
    UnsupportedFormatError,
    VbcdError,
)
from vbcd.models import Document
from vbcd.normalize import DEFAULT_MAX_CHARS, decode
from vbcd.pipeline import Pipeline
from vbcd.readers import Source

try:  # POSIX only; peak RSS is reported as 0 elsewhere
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

Encoding = Literal["json", "rows", "dict"]

#: Formats that are not text: from an archive they need a bytes reader.
BINARY_SUFFIXES = frozenset({".docx", ".pdf", ".doc"})


@dataclass(frozen=True)
class Settings:
    """How each input is parsed and what the worker hands back.

    ``max_bytes`` bounds the input read into memory; by default it is the
    readers' own limit (``vbcd.readers.DEFAULT_MAX_BYTES``), or four bytes per
    allowed character (the most any text encoding needs), so that a file or an
    archive member is refused before it is read rather than after. ``pipeline`` is a
    ``module:attribute`` naming a :class:`~vbcd.pipeline.Pipeline` or a
    zero-argument factory of one; it is resolved in each worker, which is how a
    run uses custom components (and how the tests inject slow or crashing ones).
    ``only`` and ``exclude`` (comma-separated component names) pick components of
    that pipeline, or of the default one (:meth:`vbcd.pipeline.Pipeline.select`).
    """

    ner: str = "none"
    max_chars: int = DEFAULT_MAX_CHARS
    max_bytes: int | None = None
    timeout: float | None = None
    pipeline: str | None = None
    encoding: Encoding = "dict"
    options: dict[str, Any] = field(default_factory=dict)
    only: str | None = None
    exclude: str | None = None

    def parser(self) -> Pipeline | None:
        """The pipeline to parse with (None: the default one), cached per process."""
        return load_pipeline(self.pipeline, self.only, self.exclude)

    @property
    def byte_limit(self) -> int:
        return self.max_bytes if self.max_bytes is not None else default_byte_limit(self.max_chars)


@dataclass(frozen=True)
class Task:
    """One input: a file on disk (``path``) or an archive member already read (``data``).

    ``error`` is set when the input failed before parsing could start (a missing
    path, an unsafe archive member); such a task becomes an error record
    without reaching a worker.
    """

    source: str
    path: str | None = None
    data: bytes | None = None
    name: str | None = None
    error: VbcdError | None = None


class Outcome(NamedTuple):
    """What a worker returns for one task; ``payload`` is encoded per :class:`Settings`."""

    source: str
    doc_id: str
    ok: bool
    codes: tuple[str, ...]
    """warning codes of a parsed document, or the one error code of a failure"""
    payload: Any
    rss_kb: int = 0


# --- ids and error records --------------------------------------------------------------


def content_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def make_doc_id(source: str, content_sha1: str = "") -> str:
    """``sha1(source + "\\n" + sha1(input bytes))``: stable for the same input at the same place.

    The source is in the key so that two copies of one file stay two rows (an
    analyst counts documents per folder); the content hash is in it so that an
    edited file gets a new id. Inputs whose bytes could not be read hash "".
    """
    return hashlib.sha1(f"{source}\n{content_sha1}".encode()).hexdigest()


def json_line(doc_id: str, source: str, doc: Document) -> str:
    """A Document's JSON line with ``doc_id`` and ``source`` as its first keys.

    Spliced in front of pydantic's own (fast, Rust) serialisation rather than
    through a dict; the fixed prefix lets a resumed run read each line's source
    without decoding the whole document (see :func:`line_source`).
    """
    head = '{"doc_id":"' + doc_id + '","source":' + json.dumps(source, ensure_ascii=False) + ","
    return head + doc.model_dump_json(exclude={"source"})[1:]


_HEAD = '{"doc_id":"'
_SOURCE_AT = len(_HEAD) + 40 + len('","source":')


def line_source(line: str) -> str | None:
    """The ``source`` of a JSONL record line, or None for a damaged line."""
    if line.startswith(_HEAD) and line[len(_HEAD) + 40:_SOURCE_AT] == '","source":':
        try:
            value, _ = _DECODER.raw_decode(line, _SOURCE_AT)
        except ValueError:
            value = None
        if isinstance(value, str) and line.rstrip().endswith("}"):
            return value
    try:
        record = json.loads(line)
    except ValueError:
        return None
    source = record.get("source") if isinstance(record, dict) else None
    return source if isinstance(source, str) else None


_DECODER = json.JSONDecoder()


def error_code(exc: BaseException) -> str:
    if isinstance(exc, VbcdError):
        return exc.code
    if isinstance(exc, MemoryError):
        return "memory"
    if isinstance(exc, RecursionError):
        return "recursion"
    return "internal_error"


def _describe(exc: BaseException) -> str:
    """The message, plus where an unexpected exception came from (for parser authors)."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, VbcdError):
        return message
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        where = "/".join(Path(last.filename).parts[-3:])
        message = f"{message} (at {where}:{last.lineno} in {last.name})"
    return message


def error_record(source: str, exc: BaseException, content_sha1: str = "") -> dict[str, Any]:
    """The record of an input that produced no Document."""
    return {
        "doc_id": make_doc_id(source, content_sha1),
        "source": source,
        "error_type": type(exc).__name__,
        "error_code": error_code(exc),
        "message": _describe(exc),
    }


def encode_record(record: dict[str, Any], encoding: Encoding) -> Any:
    if encoding == "json":
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    if encoding == "rows":
        return record_rows(record)
    return record


def error_outcome(
    source: str, exc: BaseException, encoding: Encoding, content_sha1: str = "",
) -> Outcome:
    record = error_record(source, exc, content_sha1)
    return Outcome(
        source, record["doc_id"], False, (record["error_code"],), encode_record(record, encoding),
        _peak_rss_kb(),
    )


# --- time limit -------------------------------------------------------------------------


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ParseTimeoutError` in this thread after ``seconds`` (POSIX main thread).

    A Python-level alarm stops a slow regex loop or a runaway component without
    losing the worker; a pool also kills a worker that ignores it (a C call that
    never returns to the interpreter). Elsewhere (threads, Windows) it does nothing.
    """
    usable = (
        seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise ParseTimeoutError(f"parsing took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _peak_rss_kb() -> int:
    if resource is None:  # pragma: no cover - Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024) if os.uname().sysname == "Darwin" else int(peak)


# --- pipelines --------------------------------------------------------------------------

_PIPELINES: dict[str, Pipeline] = {}
_SELECTED: dict[tuple[str | None, str | None, str | None], Pipeline] = {}


def load_pipeline(
    spec: str | None, only: str | None = None, exclude: str | None = None,
) -> Pipeline | None:
    """Resolve ``module:attribute`` to a Pipeline (an instance or a zero-argument factory),
    then keep the components ``only``/``exclude`` pick (comma-separated names)."""
    if only is None and exclude is None:
        return _load(spec)
    key = (spec, only, exclude)
    if key not in _SELECTED:
        base = _load(spec) or Pipeline()
        try:
            _SELECTED[key] = base.select(only=only, exclude=exclude)
        except PipelineError as exc:
            raise BatchOptionError(str(exc)) from exc
    return _SELECTED[key]


def _load(spec: str | None) -> Pipeline | None:
    if spec is None:
        return None
    if spec in _PIPELINES:
        return _PIPELINES[spec]
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise BatchOptionError(f"--pipeline wants MODULE:ATTRIBUTE, got {spec!r}")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise BatchOptionError(f"cannot load pipeline {spec!r}: {exc}") from exc
    pipeline = obj if isinstance(obj, Pipeline) else obj() if callable(obj) else None
    if not isinstance(pipeline, Pipeline):
        raise BatchOptionError(f"{spec!r} is neither a Pipeline nor a factory returning one")
    _PIPELINES[spec] = pipeline
    return pipeline


# --- reading and parsing ----------------------------------------------------------------


def _bytes_reader() -> Callable[..., Source] | None:
    """``read_bytes`` of the installed vbcd (top level or readers), if it has one."""
    reader = getattr(vbcd, "read_bytes", None)
    if reader is None:
        readers = importlib.import_module("vbcd.readers")
        reader = getattr(readers, "read_bytes", None)
    return reader if callable(reader) else None


@functools.lru_cache(maxsize=16)
def _accepts(func: Callable[..., Any], name: str) -> bool:
    try:
        return name in inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False


def default_byte_limit(max_chars: int) -> int:
    """The readers' own size limit when they declare one, else 4 bytes per allowed character."""
    limit = getattr(importlib.import_module("vbcd.readers"), "DEFAULT_MAX_BYTES", None)
    return limit if isinstance(limit, int) else 4 * max_chars


def source_from_bytes(data: bytes, name: str, limit: int | None = None) -> Source:
    """Decoded text of an in-memory input (an archive member).

    Uses the readers' ``read_bytes`` when the installed vbcd has it (format chosen
    by content, as for files on disk); otherwise text formats are decoded here
    and binary formats are refused with a clear error rather than parsed as
    garbage.
    """
    reader = _bytes_reader()
    if reader is not None:
        kwargs: dict[str, Any] = {"name": name}
        if limit is not None and _accepts(reader, "max_bytes"):
            kwargs["max_bytes"] = limit
        return reader(data, **kwargs)
    suffix = Path(name).suffix.lower()
    if suffix in BINARY_SUFFIXES:
        raise UnsupportedFormatError(
            f"{suffix} inside an archive needs a vbcd with read_bytes(); extract it first"
        )
    text, encoding = decode(data)
    return Source(text=text, path=name, format="text", encoding=encoding)


def source_from_path(path: str, limit: int) -> Source:
    """``vbcd.read(path)``, with our byte limit when the reader takes one."""
    if _accepts(vbcd.read, "max_bytes"):
        return vbcd.read(path, max_bytes=limit)  # type: ignore[call-arg, unused-ignore]
    return vbcd.read(path)


def parse_source(src: Source, source: str, settings: Settings) -> Document:
    """Parse decoded text the way :func:`vbcd.parse_file` does, under our source name."""
    doc = vbcd.parse(
        src.text, source=source, ner=settings.ner, max_chars=settings.max_chars,
        pipeline=settings.parser(), **settings.options,
    )
    for code, message in src.warnings:
        doc.warn(code, message)
    return doc


def _read_task(task: Task, limit: int) -> tuple[Source, str]:
    """The decoded source and content hash of a task, checking size before reading."""
    if task.data is not None:
        if not task.data:
            raise EmptyInputError("the input is empty (0 bytes)")
        if len(task.data) > limit:
            raise InputTooLargeError(f"{len(task.data)} bytes is over the {limit}-byte limit")
        src = source_from_bytes(task.data, task.name or task.source, limit)
        return src, content_hash(task.data)
    if task.path is None:  # pragma: no cover - the runner never builds such a task
        raise InputError("task without path or data")
    try:
        size = os.stat(task.path).st_size
    except FileNotFoundError as exc:
        raise NotFoundError(f"no such file: {task.path}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {task.path}: {exc.strerror or exc}") from exc
    if size == 0:
        raise EmptyInputError("the file is empty (0 bytes)")
    if size > limit:
        raise InputTooLargeError(f"{size} bytes is over the {limit}-byte limit")
    try:
        with open(task.path, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha1").hexdigest()
    except OSError as exc:
        raise InputError(f"cannot read {task.path}: {exc.strerror or exc}") from exc
    return source_from_path(task.path, limit), digest


def process(task: Task, settings: Settings) -> Outcome:
    """Turn one task into an :class:`Outcome`; never raises for a bad input."""
    if task.error is not None:
        return error_outcome(task.source, task.error, settings.encoding)
    digest = ""
    try:
        with time_limit(settings.timeout):
            src, digest = _read_task(task, settings.byte_limit)
            doc = parse_source(src, task.source, settings)
            doc_id = make_doc_id(task.source, digest)
            codes = tuple(w.code for w in doc.warnings)
            if settings.encoding == "json":
                payload: Any = json_line(doc_id, task.source, doc)
            else:
                record = {"doc_id": doc_id, **doc.model_dump(mode="json")}
                payload = encode_record(record, settings.encoding)
    except Exception as exc:  # every failure becomes a record
        return error_outcome(task.source, exc, settings.encoding, digest)
    return Outcome(task.source, doc_id, True, codes, payload, _peak_rss_kb())


# --- in-process helpers (Dask, Spark, notebooks) ---------------------------------------------


def record_from_text(
    text: str | bytes, source: str = "<text>", *, ner: str = "none",
    max_chars: int = DEFAULT_MAX_CHARS, timeout: float | None = None,
    pipeline: str | None = None, only: str | None = None, exclude: str | None = None,
) -> dict[str, Any]:
    """Parse text (or undecoded bytes) into a record dict; failures become error records."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    settings = Settings(ner=ner, max_chars=max_chars, timeout=timeout, pipeline=pipeline,
                        only=only, exclude=exclude)
    payload = process(Task(source=source, data=data, name=source), settings).payload
    assert isinstance(payload, dict)
    return payload


def record_from_path(
    path: str | Path, source: str | None = None, *, ner: str = "none",
    max_chars: int = DEFAULT_MAX_CHARS, timeout: float | None = None,
    pipeline: str | None = None, only: str | None = None, exclude: str | None = None,
) -> dict[str, Any]:
    """Read and parse one file into a record dict; failures become error records."""
    settings = Settings(ner=ner, max_chars=max_chars, timeout=timeout, pipeline=pipeline,
                        only=only, exclude=exclude)
    task = Task(source=source or str(path), path=str(path))
    payload = process(task, settings).payload
    assert isinstance(payload, dict)
    return payload
