"""``vbcd parse``, ``vbcd schema``, ``python -m vbcd`` and the pipeline API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import vbcd
from vbcd.cli import main
from vbcd.pipeline import Context, Pipeline

SEED = Path(__file__).parent / "fixtures" / "corpus" / "seeds" / "000_7015aac64f7eb825.txt"

CONTRACT_KEYS = {
    "text", "doc_type", "number", "issuer", "issue_place", "issue_date", "title",
    "meeting_date", "addressees", "preamble", "clauses", "closing", "recipients", "archive",
    "signature", "warnings", "persons", "agencies", "places", "dates", "deadlines",
    "references", "assignments",
}


def test_parse_prints_the_document_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= CONTRACT_KEYS
    assert data["doc_type"]["code"] == "TB"
    assert [c["path"] for c in data["clauses"]] == ["1", "2", "3"]
    assert data["clauses"][2]["children"][0]["path"] == "3/(1)"
    assert data["signature"]["name"] == "Nguyễn Chí Thành"


def test_parse_many_files_to_a_folder(tmp_path: Path) -> None:
    other = tmp_path / "copy.txt"
    other.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", str(SEED), str(other), "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["000_7015aac64f7eb825.json", "copy.json"]
    assert json.loads((out / "copy.json").read_text(encoding="utf-8"))["title"]["value"]


def test_parse_bad_file_is_reported_and_the_rest_goes_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 500)
    out = tmp_path / "out"
    assert main(["parse", str(bad), str(SEED), "-o", str(out)]) == 1
    assert "bad.txt" in capsys.readouterr().err
    assert (out / "000_7015aac64f7eb825.json").exists()


def test_schema_is_the_document_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["properties"]) >= CONTRACT_KEYS


def test_python_dash_m() -> None:
    res = subprocess.run([sys.executable, "-m", "vbcd", "--version"], capture_output=True,
                         text=True, check=True)
    assert res.stdout.startswith("vbcd ")


def test_pipeline_components_can_be_replaced_removed_and_added() -> None:
    nlp = Pipeline()
    assert nlp.names[:6] == ["header", "title", "recipients", "signature", "addressees", "body"]
    seen: list[str] = []

    def marker(ctx: Context) -> None:
        seen.append(ctx.doc.title.value if ctx.doc.title else "")

    nlp.add("spy", marker, after="title")
    for name in ("dates", "references", "places", "agencies", "persons", "deadlines",
                 "assignments"):
        nlp.remove(name)
    doc = vbcd.parse(SEED.read_text(encoding="utf-8"), pipeline=nlp)
    assert seen and seen[0].startswith("Ý KIẾN CHỈ ĐẠO")
    assert doc.clauses and not doc.persons and not doc.dates

    def no_body(ctx: Context) -> None:
        ctx.doc.warn("custom", "body skipped")

    nlp.replace("body", no_body)
    doc = vbcd.parse(SEED.read_text(encoding="utf-8"), pipeline=nlp)
    assert not doc.clauses and any(w.code == "custom" for w in doc.warnings)
    with pytest.raises(KeyError):
        nlp.remove("nope")


def test_parse_accepts_bytes_and_reports_the_source() -> None:
    doc = vbcd.parse(SEED.read_bytes(), source="seed")
    assert doc.source == "seed" and doc.doc_type is not None


def test_default_parse_does_not_import_underthesea() -> None:
    code = (
        f"import sys, vbcd; vbcd.parse_file({str(SEED)!r}); print('underthesea' in sys.modules)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert res.stdout.strip() == "False"
