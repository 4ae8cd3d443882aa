"""A process pool that outlives its workers: crashes and hangs become error records.

``concurrent.futures`` and ``multiprocessing.Pool`` give up on the whole run
when a worker dies (``BrokenProcessPool``) and cannot stop one hung task. Here
the parent gives each worker its tasks over its own pipe (the one it parses and,
if small, the next) and watches both the pipe and the process: when a worker
dies (segfault, ``os._exit``, the kernel's OOM killer) the task it was parsing
becomes a ``worker_crash`` record; when a task overruns its time limit plus a
grace period (the worker's own alarm did not stop it, e.g. a C call that never
returns) the worker is killed and the task becomes a ``timeout`` record. Either
way a fresh worker takes the slot, the task that was waiting goes to a worker
again, and the run goes on.

Workers are forked on Linux (they inherit the parent's loaded parser, so they
start in milliseconds) and spawned elsewhere. They ignore Ctrl-C: the parent
decides how to stop, keeping what is written.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any

from vbcd.batch.errors import BatchOptionError, WorkerCrashError
from vbcd.batch.records import Outcome, Settings, Task, process, time_limit
from vbcd.errors import ParseTimeoutError, VbcdError

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

#: Consecutive workers dying before they are ready before the run gives up.
MAX_START_FAILURES = 3
#: Time a new worker has to import the parser and say it is ready.
START_TIMEOUT = 300.0
#: Tasks handed to a worker at once: the one it parses and the next, so that it
#: starts the next as soon as it answers, instead of waiting while the parent
#: writes the answer and reads the next input (a tenth of one worker's time).
QUEUED = 2
#: Largest pickled task that may wait in a busy worker's pipe (a file's path is a
#: few hundred bytes; an archive member carries its bytes and waits for an idle
#: worker when large). Well under a pipe's buffer, so that sending never blocks.
QUEUE_BYTES = 16 * 1024
#: Time the warm-up parse may take (imports and regex compilation on a busy machine).
WARM_UP_LIMIT = 240.0


def default_context() -> BaseContext:
    """``fork`` where it is the safe, fast default (Linux), ``spawn`` elsewhere."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


#: A made-up directive touching every layer (header, clauses, persons, dates,
#: deadlines, references, recipients, signature): parsing it once makes the
#: parser load everything it loads lazily, before any document's clock runs.
WARM_UP_TEXT = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
SỞ Y TẾ
Số: 12/SYT-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Triển khai công tác năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Căn cứ Quyết định số 45/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh;
Ngày 02/3/2024, Sở Y tế họp bàn.
I. MỤC ĐÍCH
1. Giao Phòng Nghiệp vụ chủ trì, phối hợp với Văn phòng Sở thực hiện trước ngày 30/6/2024.
a) Đồng chí Trần Văn Bình, Giám đốc Sở, chỉ đạo thực hiện.
2. Báo cáo kết quả hằng tháng, chậm nhất ngày 25 tháng 12 năm 2024.

Nơi nhận:
- Như trên;
- UBND tỉnh (để báo cáo);
- Lưu: VT, NV.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Thị Hoa
"""

#: Packages whose modules the pipeline may import lazily.
_PARSER_PACKAGES = ("vbcd.segment", "vbcd.extract", "vbcd.readers")


def _import_parser_modules() -> None:
    import importlib
    import pkgutil

    for package_name in _PARSER_PACKAGES:
        try:
            package = importlib.import_module(package_name)
        except Exception:
            continue  # shows again, as a record, on real input
        for info in pkgutil.iter_modules(getattr(package, "__path__", []), package_name + "."):
            try:
                importlib.import_module(info.name)
            except Exception:
                continue  # an optional reader without its extra, say


def warm_up(settings: Settings, *, freeze: bool = False) -> None:
    """Load what the parser loads lazily (regex tables, grammars) before the first timed task.

    Otherwise the first document each worker parses pays seconds of imports and
    regex compilation against its time limit. Raises :class:`BatchOptionError`
    for a ``--pipeline`` that cannot be loaded; any other warm-up failure is
    ignored: real input shows it again, as a record.

    ``freeze`` (a worker process, which is ours alone) then moves everything loaded
    into the garbage collector's permanent generation (:func:`gc.freeze`). Why: the
    loaded tables (gazetteer, lexicons, compiled grammars) live as long as the
    process and hold no garbage, yet every full collection walked them again, about
    a twentieth of a parse on the fixtures corpus. Garbage left by the warm-up is
    collected first, so nothing unreachable is frozen.
    """
    import vbcd

    pipeline = settings.parser()
    try:
        with time_limit(WARM_UP_LIMIT):
            _import_parser_modules()
            vbcd.parse(WARM_UP_TEXT, pipeline=pipeline, ner=settings.ner)
    except Exception:
        pass
    if freeze:
        gc.collect()
        gc.freeze()


def _worker_main(
    conn: Connection, settings: Settings, memory_mb: int | None, forked: bool = False,
) -> None:
    """Loop: receive a task, send back its outcome; ``None`` or a closed pipe ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's Ctrl-C emulation
    if memory_mb and resource is not None:
        limit = memory_mb << 20
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    if not forked:  # a forked worker inherits the parent's warm, frozen heap (Pool._spawn)
        try:
            warm_up(settings, freeze=True)
        except BatchOptionError as exc:
            conn.send(("fatal", str(exc)))
            return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        outcome = process(task, settings)
        try:
            conn.send(("done", outcome))
        except (BrokenPipeError, OSError):
            return
        except Exception as exc:  # e.g. a payload that does not pickle
            from vbcd.batch.records import error_outcome

            conn.send(("done", error_outcome(task.source, exc, settings.encoding)))


@contextlib.contextmanager
def _frozen_for_fork(forks: bool) -> Iterator[None]:
    """Fork with the parent's heap in the collector's permanent generation.

    Why: a forked worker shares the parent's pages until it writes to them, and
    a garbage collection writes to every object it walks. A worker that collects
    (or freezes) the inherited heap itself copies all of it, tens of megabytes
    and a tenth of a second of CPU per worker, before parsing anything. Frozen
    before the fork (as the :func:`gc.freeze` documentation advises), the
    inherited heap is never walked in the worker; the parent unfreezes at once,
    so its own collector works as before. Garbage the parent held at the fork
    stays in the worker's frozen set: pages shared with the parent, never
    copied, cheaper than a full collection in the parent before each fork. A
    caller who froze objects already manages the collector and is left alone.
    """
    if not forks or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class _Slot:
    proc: BaseProcess
    conn: Connection
    born: float
    ready: bool = False
    tasks: deque[Task] = field(default_factory=deque)
    """sent and not yet answered, in order: the first is being parsed, a second waits"""
    started: float = 0.0
    """when the worker began the first task (it begins the next as it answers one)"""

    @property
    def task(self) -> Task | None:
        """The task being parsed, if any."""
        return self.tasks[0] if self.tasks else None


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class Pool:
    """``workers`` processes parsing tasks under ``settings``; see :meth:`imap`."""

    def __init__(
        self, workers: int, settings: Settings, *, context: BaseContext | None = None,
        grace: float | None = None, memory_mb: int | None = None,
    ) -> None:
        if workers < 1:
            raise BatchOptionError("a pool needs at least one worker")
        self.workers = workers
        self.settings = settings
        self.context = context or default_context()
        self.forks = self.context.get_start_method() == "fork"
        if self.forks:
            warm_up(settings)  # once here, inherited by every forked worker
        timeout = settings.timeout
        self.grace = grace if grace is not None else max(1.0, 0.25 * timeout) if timeout else 0.0
        self.memory_mb = memory_mb
        self.restarts = 0
        self._slots: list[_Slot] = []
        self._start_failures = 0

    # -- workers ----------------------------------------------------------------------

    def _spawn(self) -> _Slot:
        parent, child = self.context.Pipe(duplex=True)
        proc = self.context.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child, self.settings, self.memory_mb, self.forks),
            name="vbcd-batch-worker", daemon=True,
        )
        with _frozen_for_fork(self.forks):
            proc.start()
        child.close()
        return _Slot(proc=proc, conn=parent, born=time.monotonic())

    def _bury(self, slot: _Slot, *, kill: bool) -> int | None:
        if kill and slot.proc.is_alive():
            slot.proc.kill()
        slot.proc.join(timeout=5)
        if slot.proc.is_alive():  # pragma: no cover - join after SIGKILL returns at once
            slot.proc.kill()
            slot.proc.join()
        slot.conn.close()
        return slot.proc.exitcode

    def _replace(self, i: int, *, kill: bool) -> int | None:
        slot = self._slots[i]
        code = self._bury(slot, kill=kill)
        if not slot.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                raise VbcdError(
                    f"batch workers die while starting ({_describe_exit(code)}); "
                    "try --workers 0 to see the error"
                )
        self.restarts += 1
        self._slots[i] = self._spawn()
        return code

    # -- the loop -----------------------------------------------------------------------

    def imap(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """Outcomes of ``tasks`` in completion order; exactly one per task.

        Tasks are pulled only when a worker has room for one (see :data:`QUEUED`),
        so an archive is read no faster than it is parsed. Closing the iterator
        (or an exception such as KeyboardInterrupt) kills the workers; outcomes
        not yet yielded are lost and must be redone (``--resume``).
        """
        settings = self.settings
        pending = iter(tasks)
        # to send again: a dead worker's waiting task, or one too big to wait in a pipe
        redo: deque[Task] = deque()
        exhausted = False
        limit = settings.timeout + self.grace if settings.timeout else None
        self._slots = [self._spawn() for _ in range(self.workers)]
        try:
            while True:
                for slot in self._slots:
                    while slot.ready and len(slot.tasks) < QUEUED and not (exhausted and not redo):
                        task = redo.popleft() if redo else next(pending, None)
                        if task is None:
                            exhausted = True
                        elif task.error is not None:
                            yield process(task, settings)
                        elif not self._send(slot, task):
                            redo.appendleft(task)  # too big to wait in the pipe: later
                            break
                if exhausted and not redo and all(not s.tasks for s in self._slots):
                    return
                now = time.monotonic()
                deadlines = [
                    (s.started + limit) if s.tasks and limit else
                    (s.born + START_TIMEOUT) if not s.ready else None
                    for s in self._slots
                ]
                due = [d for d in deadlines if d is not None]
                wait_for = max(0.0, min(due) - now) if due else None
                handles: list[Any] = []
                for s in self._slots:
                    handles.extend((s.conn, s.proc.sentinel))
                ready = set(wait(handles, timeout=wait_for))
                for i, slot in enumerate(self._slots):
                    if slot.conn in ready:
                        try:
                            kind, value = slot.conn.recv()
                        except (EOFError, OSError):
                            kind, value = "dead", None
                        if kind == "ready":
                            slot.ready = True
                            self._start_failures = 0
                            continue
                        if kind == "done":
                            slot.tasks.popleft()
                            slot.started = time.monotonic()  # the worker took up the next
                            yield value
                            continue
                        if kind == "fatal":
                            raise BatchOptionError(str(value))
                    elif slot.proc.sentinel not in ready:
                        continue
                    task, waiting = slot.task, list(slot.tasks)[1:]
                    code = self._replace(i, kill=False)
                    redo.extendleft(reversed(waiting))
                    if task is not None:
                        yield process(Task(source=task.source, error=WorkerCrashError(
                            f"the worker died while parsing ({_describe_exit(code)})")), settings)
                now = time.monotonic()
                for i, slot in enumerate(self._slots):
                    if slot.task is not None and limit and now - slot.started > limit:
                        task, waiting = slot.task, list(slot.tasks)[1:]
                        self._replace(i, kill=True)
                        redo.extendleft(reversed(waiting))
                        yield process(Task(source=task.source, error=ParseTimeoutError(
                            f"parsing took longer than {settings.timeout:g} s; worker killed")),
                            settings)
                    elif not slot.ready and now - slot.born > START_TIMEOUT:
                        self._replace(i, kill=True)
        finally:
            self.close()

    @staticmethod
    def _send(slot: _Slot, task: Task) -> bool:
        """Hand ``task`` to ``slot``'s worker; ``False`` if it must wait for an idle worker.

        An idle worker takes any task. A busy one gets a second only if it is small
        enough to wait in the pipe's buffer: the parent must never block on a send
        while that worker parses, or it could not watch the other workers, nor kill
        this one when it hangs.
        """
        buf = ForkingPickler.dumps(task)
        if slot.tasks and len(buf) > QUEUE_BYTES:
            return False
        if not slot.tasks:
            slot.started = time.monotonic()
        slot.tasks.append(task)
        # A dead worker refuses the task; its sentinel says so in the loop.
        with contextlib.suppress(BrokenPipeError, OSError):
            slot.conn.send_bytes(buf)
        return True

    def close(self) -> None:
        """Stop every worker: politely when idle, by force when busy."""
        for slot in self._slots:
            if not slot.tasks and slot.proc.is_alive():
                with contextlib.suppress(BrokenPipeError, OSError):
                    slot.conn.send(None)
        deadline = time.monotonic() + 2.0
        for slot in self._slots:
            slot.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            self._bury(slot, kill=True)
        self._slots = []


def serial(tasks: Iterable[Task], settings: Settings) -> Iterator[Outcome]:
    """The same outcomes in this process (``--workers 0``): no isolation, for debugging."""
    for task in tasks:
        yield process(task, settings)
