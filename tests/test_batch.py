"""``vbcd batch``: one record per input, whatever the input or the worker does."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import stat
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from vbcd.batch import BatchOptions, make_doc_id, run_batch
from vbcd.batch.progress import Progress
from vbcd.batch.records import line_source
from vbcd.batch.sources import unsafe_name
from vbcd.cli import main

SEEDS = Path(__file__).parent / "fixtures" / "corpus" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

FAULTS = '''
"""Test-only pipeline: a component that misbehaves on marker words."""
import os
import signal
import time

from vbcd.pipeline import Pipeline


def misbehave(ctx):
    text = ctx.doc.text
    if "VBCD-TEST-SLEEP" in text:
        time.sleep(60)
    if "VBCD-TEST-HANG" in text:  # ignores the worker's own alarm: must be killed
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if "VBCD-TEST-EXIT" in text:
        os._exit(7)
    if "VBCD-TEST-MEMORY" in text:
        raise MemoryError("simulated")
    if "VBCD-TEST-INTERRUPT" in text:
        raise KeyboardInterrupt


def pipeline():
    p = Pipeline()
    p.add("misbehave", misbehave, before=p.names[0])
    return p
'''


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_source(records: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    sources = [str(r["source"]) for r in records]
    assert len(sources) == len(set(sources)), "a source was written twice"
    return {str(r["source"]): r for r in records}


@pytest.fixture()
def faults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A ``--pipeline`` spec whose component sleeps, hangs, exits or fails on markers."""
    (tmp_path / "vbcd_test_faults.py").write_text(FAULTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    return "vbcd_test_faults:pipeline"


def seed_text(i: int = 0) -> bytes:
    return SEED_FILES[i].read_bytes()


def damaged_zip(path: Path) -> None:
    """Two good members and one whose deflated bytes are damaged (CRC/inflate error)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("docs/good-1.txt", seed_text(0))
        zf.writestr("docs/damaged.txt", seed_text(1))
        zf.writestr("docs/good-2.txt", seed_text(2))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("docs/damaged.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    for i in range(middle, middle + 40):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


# --- the whole run ---------------------------------------------------------------------


def test_corrupted_inputs_give_error_records_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "wrong-encoding.txt").write_bytes("Công văn số".encode() + b" \x81\x8d\x8f\x90 \xc3")
    (bad / "huge.txt").write_bytes(seed_text(0) * (5_000_000 // len(seed_text(0)) + 1))
    damaged_zip(tmp_path / "archive.zip")
    whole = tmp_path / "whole.zip"
    damaged_zip(whole)
    (tmp_path / "truncated.zip").write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    out = tmp_path / "out.jsonl"

    code = main([
        "batch", str(SEEDS), str(bad), str(tmp_path / "archive.zip"),
        str(tmp_path / "truncated.zip"), "-o", str(out), "--workers", "2", "--timeout", "5",
    ])

    assert code == 0
    records = by_source(read_jsonl(out))
    expected = {str(p) for p in SEED_FILES} | {
        str(bad / n) for n in ("binary.txt", "empty.txt", "wrong-encoding.txt", "huge.txt")
    } | {f"{tmp_path / 'archive.zip'}!docs/{n}.txt" for n in ("good-1", "damaged", "good-2")} | {
        str(tmp_path / "truncated.zip")
    }
    assert set(records) == expected
    for path in SEED_FILES:
        record = records[str(path)]
        assert "error_code" not in record
        assert record["doc_id"] == make_doc_id(
            str(path), hashlib.sha1(path.read_bytes()).hexdigest())
    assert records[str(bad / "binary.txt")]["error_code"] == "binary_input"
    assert records[str(bad / "empty.txt")]["error_code"] == "empty"
    assert records[str(bad / "wrong-encoding.txt")]["error_code"] == "encoding"
    huge = records[str(bad / "huge.txt")]
    assert huge.get("error_code") in (None, "timeout")  # parsed or timed out, never lost
    member = f"{tmp_path / 'archive.zip'}!docs/"
    assert records[member + "damaged.txt"]["error_code"] == "bad_archive"
    assert "error_code" not in records[member + "good-1.txt"]
    assert records[member + "good-2.txt"]["text"]
    assert records[str(tmp_path / "truncated.zip")]["error_code"] == "bad_archive"
    err = capsys.readouterr().err
    assert "13 documents" in err and "failed" in err and "binary_input" in err

    strict = [str(SEED_FILES[0]), str(bad / "binary.txt"), "-o", str(tmp_path / "s.jsonl"), "-q"]
    assert main(["batch", *strict, "--workers", "1"]) == 0
    assert main(["batch", *strict, "--workers", "1", "--strict"]) == 1
    assert main(["batch", str(SEED_FILES[0]), "-o", str(tmp_path / "t.jsonl"), "-q",
                 "--strict"]) == 0


def test_timeouts_crashes_and_memory_errors_are_recorded(tmp_path: Path, faults: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for marker in ("SLEEP", "HANG", "EXIT", "MEMORY"):
        (inputs / f"{marker.lower()}.txt").write_text(
            f"THÔNG BÁO\nVBCD-TEST-{marker}\n1. Nội dung.\n", encoding="utf-8")
    for path in SEED_FILES[:2]:
        shutil.copy(path, inputs / path.name)
    out = tmp_path / "out.jsonl"

    summary = run_batch([inputs], out, BatchOptions(
        workers=2, timeout=2.0, pipeline=faults, progress=False))

    records = by_source(read_jsonl(out))
    assert len(records) == 6
    sleep, hang = records[str(inputs / "sleep.txt")], records[str(inputs / "hang.txt")]
    assert sleep["error_code"] == "timeout" and sleep["error_type"] == "ParseTimeoutError"
    assert hang["error_code"] == "timeout" and "killed" in str(hang["message"])
    crash = records[str(inputs / "exit.txt")]
    assert crash["error_code"] == "worker_crash" and "exit code 7" in str(crash["message"])
    assert records[str(inputs / "memory.txt")]["error_code"] == "memory"
    for path in SEED_FILES[:2]:
        assert "error_code" not in records[str(inputs / path.name)]
    assert (summary.total, summary.ok, summary.failed) == (6, 2, 4)
    assert summary.restarts >= 2  # the crashed and the killed worker were replaced
    assert summary.error_codes == {"timeout": 2, "worker_crash": 1, "memory": 1}


def test_a_task_waiting_behind_a_crash_or_a_hang_is_parsed_by_the_next_worker(
    tmp_path: Path, faults: str,
) -> None:
    """A worker holds the task it parses and the next one; when it dies or is killed,
    only the task it was parsing fails, and the one waiting goes to its successor."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-exit.txt").write_text("THÔNG BÁO\nVBCD-TEST-EXIT\n", encoding="utf-8")
    (inputs / "c-hang.txt").write_text("THÔNG BÁO\nVBCD-TEST-HANG\n", encoding="utf-8")
    for name, i in (("b.txt", 0), ("d.txt", 1), ("e.txt", 2)):
        (inputs / name).write_bytes(seed_text(i))
    out = tmp_path / "out.jsonl"

    summary = run_batch([inputs], out, BatchOptions(
        workers=1, timeout=2.0, pipeline=faults, progress=False))

    records = by_source(read_jsonl(out))
    assert records[str(inputs / "a-exit.txt")]["error_code"] == "worker_crash"
    assert records[str(inputs / "c-hang.txt")]["error_code"] == "timeout"
    for name in ("b.txt", "d.txt", "e.txt"):
        assert "error_code" not in records[str(inputs / name)], name
    assert (summary.total, summary.ok, summary.restarts) == (5, 3, 2)


def test_a_busy_worker_is_handed_a_second_task_only_if_it_fits_the_pipe() -> None:
    """The parent must never block sending to a busy worker (it could not watch the
    others, nor kill a hung one): a large archive member waits for an idle worker."""
    import multiprocessing

    from vbcd.batch.pool import QUEUE_BYTES, Pool, _Slot
    from vbcd.batch.records import Task

    parent, child = multiprocessing.Pipe()
    slot = _Slot(proc=None, conn=parent, born=0.0, ready=True)  # type: ignore[arg-type]
    big = Task(source="a.zip!big.txt", data=b"x" * (2 * QUEUE_BYTES))
    small = Task(source="small.txt", path="small.txt")
    assert Pool._send(slot, big)  # an idle worker takes anything
    assert child.recv() == big
    assert not Pool._send(slot, big) and len(slot.tasks) == 1
    assert Pool._send(slot, small) and list(slot.tasks) == [big, small]
    assert child.recv() == small


def test_bad_pipeline_option_fails_before_any_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(SEED_FILES[0]), "-o", str(out), "--pipeline", "no_such_mod:x"])
    assert code == 2
    assert not out.exists() and not out.with_name("out.jsonl.partial").exists()


# --- resume and interruption -----------------------------------------------------------


def test_resume_skips_done_sources_and_cuts_a_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = run_batch(SEED_FILES[:2], out, BatchOptions(workers=1, progress=False))
    assert first.total == 2

    second = run_batch(SEED_FILES, out, BatchOptions(workers=2, resume=True, progress=False))

    assert (second.skipped, second.total) == (2, 3)
    assert set(by_source(read_jsonl(out))) == {str(p) for p in SEED_FILES}

    # An interrupted run leaves OUT.partial, maybe with a record cut in half.
    partial = out.with_name("out.jsonl.partial")
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.unlink()
    partial.write_text("".join(lines[:3]) + lines[3][:100], encoding="utf-8")
    third = run_batch(SEED_FILES, out, BatchOptions(workers=1, resume=True, progress=False))
    assert (third.skipped, third.total) == (3, 2)
    assert set(by_source(read_jsonl(out))) == {str(p) for p in SEED_FILES}
    assert not partial.exists()


def test_ctrl_c_keeps_finished_records_for_resume(tmp_path: Path, faults: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED_FILES[0], inputs / "a.txt")
    shutil.copy(SEED_FILES[1], inputs / "b.txt")
    (inputs / "c.txt").write_text("THÔNG BÁO\nVBCD-TEST-INTERRUPT\n", encoding="utf-8")
    shutil.copy(SEED_FILES[2], inputs / "d.txt")
    out = tmp_path / "out.jsonl"

    code = main(["batch", str(inputs), "-o", str(out), "--workers", "0", "-q",
                 "--pipeline", faults])

    assert code == 130
    assert not out.exists()
    partial = out.with_name("out.jsonl.partial")
    assert [r["source"] for r in read_jsonl(partial)] == [
        str(inputs / "a.txt"), str(inputs / "b.txt")]

    summary = run_batch([inputs], out, BatchOptions(workers=1, resume=True, progress=False))
    assert (summary.skipped, summary.total, summary.interrupted) == (2, 2, False)
    assert len(read_jsonl(out)) == 4


# --- inputs ----------------------------------------------------------------------------


def test_stdin_globs_and_missing_paths(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    stdin = io.StringIO(f"{SEED_FILES[0]}\n\n{SEED_FILES[1]}\n")
    summary = run_batch(
        ["-", str(SEEDS / "00[23]_*.txt"), str(tmp_path / "missing.txt"),
         str(tmp_path / "none-*.txt"), str(SEED_FILES[0])],
        out, BatchOptions(workers=1, progress=False), stdin=stdin,
    )
    records = by_source(read_jsonl(out))
    assert set(records) == {str(p) for p in SEED_FILES[:4]} | {
        str(tmp_path / "missing.txt"), str(tmp_path / "none-*.txt")}
    assert records[str(tmp_path / "missing.txt")]["error_code"] == "not_found"
    assert records[str(tmp_path / "none-*.txt")]["error_code"] == "not_found"
    assert summary.total == 6


def test_archive_members_are_checked_before_they_are_read(tmp_path: Path) -> None:
    zpath = tmp_path / "members.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok/doc.txt", seed_text(0))
        zf.writestr("../escape.txt", b"x")
        zf.writestr("/etc/absolute.txt", b"x")
        zf.writestr("bomb.txt", b" " * (20 << 20))
        zf.writestr("picture.png", b"\x89PNG not a document")
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    tpath = tmp_path / "members.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        for name, kind in (("t/sym.txt", tarfile.SYMTYPE), ("t/hard.txt", tarfile.LNKTYPE),
                           ("t/device", tarfile.CHRTYPE), ("t/pipe.txt", tarfile.FIFOTYPE)):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, "/etc/passwd"
            tf.addfile(info)
        for name, data in (("../up.txt", b"abc"), ("t/doc.txt", seed_text(1))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    out = tmp_path / "out.jsonl"

    run_batch([zpath, tpath], out, BatchOptions(workers=1, progress=False))

    codes = {str(r["source"]).split("!", 1)[1]: r.get("error_code") for r in read_jsonl(out)}
    assert codes == {
        "ok/doc.txt": None, "../escape.txt": "unsafe_member",
        "/etc/absolute.txt": "unsafe_member", "bomb.txt": "zip_bomb",
        "link.txt": "unsafe_member", "t/sym.txt": "unsafe_member",
        "t/hard.txt": "unsafe_member", "t/device": "unsafe_member",
        "t/pipe.txt": "unsafe_member", "../up.txt": "unsafe_member", "t/doc.txt": None,
    }
    assert not (tmp_path.parent / "escape.txt").exists()


@pytest.mark.parametrize(("name", "unsafe"), [
    ("a/b.txt", False), ("a/..b.txt", False), ("../b.txt", True), ("a/../../b", True),
    ("/b.txt", True), ("C:\\b.txt", True), ("a\\..\\..\\b.txt", True),
])
def test_unsafe_names(name: str, unsafe: bool) -> None:
    assert (unsafe_name(name) is not None) is unsafe


# --- output details --------------------------------------------------------------------


def test_jsonl_lines_start_with_id_and_source() -> None:
    line = '{"doc_id":"' + "a" * 40 + '","source":"x\\"y.txt","text":"..."}'
    assert line_source(line) == 'x"y.txt'
    assert line_source('{"source": "loose.txt", "doc_id": "b"}') == "loose.txt"
    assert line_source('{"doc_id":"' + "a" * 40 + '","source":"cut') is None


def test_progress_bar_shows_count_rate_eta_and_failures() -> None:
    stream = io.StringIO()
    bar = Progress(4, stream=stream, enabled=True, interval=0.0)
    for ok in (True, False, True, True):
        bar.update(ok)
    bar.close()
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("4/4 [####################] 100%")
    assert "doc/s" in last and "ETA 0:00:00" in last and "1 failed" in last
    unknown = Progress(None, stream=io.StringIO(), enabled=True)
    unknown.update()
    assert "1 docs" in unknown.line()
    quiet = io.StringIO()
    Progress(3, stream=quiet).update()  # not a terminal: draws nothing
    assert quiet.getvalue() == ""


def test_stats_command_reads_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    (tmp_path / "empty.txt").write_bytes(b"")
    run_batch([*SEED_FILES[:3], tmp_path / "empty.txt"], out,
              BatchOptions(workers=1, progress=False))
    capsys.readouterr()
    assert main(["stats", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["documents"], stats["ok"], stats["failed"]) == (4, 3, 1)
    assert stats["error_codes"] == {"empty": 1}
    assert sum(stats["doc_types"].values()) == 3
    assert main(["stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert "documents: 4" in text and "document types" in text and "empty" in text


# --- Parquet ---------------------------------------------------------------------------


def test_parquet_tables_load_in_duckdb_and_pandas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("pyarrow", reason="Parquet output needs pyarrow (vbcd[parquet])")
    duckdb = pytest.importorskip("duckdb", reason="the DuckDB recipe needs duckdb")
    pd = pytest.importorskip("pandas", reason="the pandas recipe needs pandas")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "tables"
    first = run_batch([*SEED_FILES[:3], tmp_path / "binary.txt"], out, BatchOptions(
        workers=2, format="parquet", chunk_size=2, progress=False))
    assert first.total == 4
    assert len(list((out / "documents").glob("part-*.parquet"))) == 2
    # A part left behind by a kill (no documents part) is removed on resume.
    orphan = out / "clauses" / "part-00099.parquet"
    shutil.copy(out / "clauses" / "part-00000.parquet", orphan)
    second = run_batch(SEED_FILES, out, BatchOptions(workers=2, resume=True, progress=False))
    assert (second.skipped, second.total) == (3, 2)
    assert not orphan.exists()

    con = duckdb.connect()
    docs = con.sql(f"SELECT source, ok, error_code, n_clauses, doc_type_code "
                   f"FROM read_parquet('{out}/documents/*.parquet')").fetchall()
    assert len(docs) == 6 and len({d[0] for d in docs}) == 6
    assert [d[2] for d in docs if not d[1]] == ["binary_input"]
    per_doc = dict(con.sql(
        f"SELECT d.source, count(c.doc_id) FROM read_parquet('{out}/documents/*.parquet') d "
        f"LEFT JOIN read_parquet('{out}/clauses/*.parquet') c USING (doc_id) GROUP BY 1"
    ).fetchall())
    assert per_doc == {d[0]: d[3] or 0 for d in docs}
    for table in ("recipients", "persons", "dates", "warnings"):
        con.sql(f"SELECT doc_id, ord FROM read_parquet('{out}/{table}/*.parquet')").fetchall()

    frame = pd.read_parquet(out / "documents")
    assert len(frame) == 6 and frame["doc_id"].is_unique
    seed = frame[frame["source"] == str(SEED_FILES[0])].iloc[0]
    assert "THÔNG BÁO" in seed["text"] and seed["ok"]
    warnings = pd.read_parquet(out / "warnings")
    assert set(warnings["doc_id"]) <= set(frame["doc_id"])

    capsys.readouterr()
    assert main(["stats", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["documents"], stats["failed"]) == (6, 1)
    manifest = json.loads((out / "_vbcd.json").read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["parts"] == 3


def _python_lines(code: str) -> list[str]:
    """What ``code`` prints, run in a fresh interpreter (the collector's state there is
    the code's own, not the test session's), split at blanks."""
    import subprocess

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.split()


def test_worker_warm_up_freezes_what_it_loaded_and_nothing_in_the_parent() -> None:
    """A worker's warm-up moves the loaded tables out of the collector's view; the
    parent's (a library caller's process) is left alone."""

    code = (
        "import gc\n"
        "from vbcd.batch.pool import warm_up\n"
        "from vbcd.batch.records import Settings\n"
        "warm_up(Settings())\n"
        "print(gc.get_freeze_count())\n"
        "warm_up(Settings(), freeze=True)\n"
        "print(gc.get_freeze_count())\n"
    )
    out = _python_lines(code)
    assert out[0] == "0"
    assert int(out[1]) > 10_000  # the grammars, lexicons and gazetteer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_forked_worker_inherits_a_frozen_heap_and_the_parent_stays_unfrozen() -> None:
    """Workers are forked with the parent's heap frozen, so they never walk (and so
    copy) the inherited pages; the parent unfreezes at once, and a caller's own
    frozen objects are not touched."""

    code = (
        "import gc, multiprocessing as mp\n"
        "from vbcd.batch.pool import _frozen_for_fork\n"
        "ctx = mp.get_context('fork')\n"
        "q = ctx.SimpleQueue()\n"
        "keep = [[i] for i in range(5000)]\n"
        "def child(): q.put(gc.get_freeze_count())\n"
        "with _frozen_for_fork(True):\n"
        "    p = ctx.Process(target=child); p.start()\n"
        "p.join()\n"
        "print(q.get(), gc.get_freeze_count())\n"
        "with _frozen_for_fork(False):\n"
        "    print(gc.get_freeze_count())\n"
        "gc.freeze(); n = gc.get_freeze_count()\n"
        "with _frozen_for_fork(True):\n"
        "    pass\n"
        "print(gc.get_freeze_count() == n)\n"
    )
    out = _python_lines(code)
    assert int(out[0]) > 5000 and out[1] == "0"
    assert out[2] == "0"  # spawn: nothing to share, nothing frozen
    assert out[3] == "True"
