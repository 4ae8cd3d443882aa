"""``vbcd tasks`` and ``vbcd refs`` on fixture documents, through ``vbcd.cli.main``."""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path

import pytest

import vbcd
from vbcd.cli import main
from vbcd.commands.tabular import clip, format_table, one_line
from vbcd.models import Document

SEEDS = Path(__file__).parent / "fixtures" / "corpus" / "seeds"
NOTICE = SEEDS / "000_7015aac64f7eb825.txt"  # Giao đồng chí ..., chỉ đạo Sở Y tế ...
DIRECTIVE = SEEDS / "002_5b89a2729f1ad97e.txt"  # cites Chỉ thị số 15/CT-TTg, ...


@cache
def parsed(path: Path) -> Document:
    return vbcd.parse_file(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def read_csv(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


# --- tasks ----------------------------------------------------------------------------


def test_tasks_table_lists_each_assignment(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "tasks", str(NOTICE))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["file", "clause", "actor", "role", "deadline", "task"]
    assert set(lines[1]) <= {"-", " "}
    body = lines[2:]
    assert len(body) == len(parsed(NOTICE).assignments) > 0
    assert any("Nguyễn Tường Văn" in line and "responsible" in line for line in body)
    assert any("Sở Y tế" in line and "directed" in line for line in body)
    # aligned: every row starts its role column at the same place
    starts = {line.index(role) for line in body for role in ("responsible", "lead", "directed",
                                                             "coordinate") if role in line}
    assert len(starts) == 1


def test_tasks_csv_round_trips_with_the_full_task(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tasks", "--csv", str(NOTICE), str(DIRECTIVE))
    assert code == 0
    rows = read_csv(out)
    expected = parsed(NOTICE).assignments + parsed(DIRECTIVE).assignments
    assert len(rows) == len(expected)
    assert list(rows[0]) == ["file", "clause", "actor", "role", "deadline", "task"]
    for row, a in zip(rows, expected, strict=True):
        assert row["actor"] == one_line(a.actor)
        assert row["role"] == a.role
        assert row["clause"] == (a.clause or "")
        assert row["deadline"] == (a.deadline or "")
        assert row["task"] == a.task  # not truncated
    assert {row["file"] for row in rows} == {str(NOTICE), str(DIRECTIVE)}
    assert any(len(row["task"]) > 60 for row in rows)


def test_tasks_reports_a_failing_file_and_prints_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "tasks", "--csv", str(missing), str(NOTICE))
    assert code == 1
    assert str(missing) in err
    rows = read_csv(out)
    assert len(rows) == len(parsed(NOTICE).assignments)


def test_tasks_on_a_binary_file_fails_cleanly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 64)
    code, out, err = run(capsys, "tasks", str(blob))
    assert code == 1 and str(blob) in err
    assert out.splitlines()[0].split()[0] == "file"


# --- refs -----------------------------------------------------------------------------


def test_refs_table_lists_cited_documents(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "refs", str(DIRECTIVE))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["file", "type", "number", "date", "issuer"]
    assert len(lines) - 2 == len(parsed(DIRECTIVE).references) > 0
    assert any("15/CT-TTg" in line for line in lines)


def test_refs_csv_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "refs", "--csv", str(DIRECTIVE))
    assert code == 0
    rows = read_csv(out)
    refs = parsed(DIRECTIVE).references
    assert [r["number"] for r in rows] == [r.number for r in refs]
    assert [r["date"] for r in rows] == [r.date or "" for r in refs]
    assert [r["issuer"] for r in rows] == [r.issuer or "" for r in refs]


def test_refs_reports_a_failing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "refs", str(tmp_path / "nope.txt"), str(DIRECTIVE))
    assert code == 1 and "nope.txt" in err
    assert "15/CT-TTg" in out


# --- the table helpers ----------------------------------------------------------------


def test_format_table_aligns_and_clips() -> None:
    table = format_table(
        ("a", "b"), [("xx", "một\nhai ba bốn năm"), ("y", "z")], widths=(None, 8),
    )
    lines = table.splitlines()
    assert lines[0] == "a   b"
    assert lines[2] == "xx  một hai…"
    assert lines[3] == "y   z"
    assert clip("abcdef", 4) == "abc…" and clip("abc", 4) == "abc"
