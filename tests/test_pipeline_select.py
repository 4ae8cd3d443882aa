"""Picking pipeline components: ``Pipeline(only=..., exclude=...)``, ``--only``/``--exclude``.

A lighter pipeline must give the same layers as the full one for what it runs, say
what it skipped (so that an empty list is not read as "none in the text"), and
refuse a selection that would leave a component without a layer it reads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vbcd.batch import BatchOptions, run_batch
from vbcd.cli import main
from vbcd.errors import PipelineError, VbcdError
from vbcd.pipeline import DEFAULT_COMPONENTS, REQUIRES, Pipeline

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SEED_FILES = sorted((CORPUS / "seeds").glob("*.txt"))
DEV_FILES = sorted((CORPUS / "dev").glob("*.txt"))
NAMES = [name for name, _ in DEFAULT_COMPONENTS]

# The document fields each component writes last (the title stage, which reads the type
# line, settles ``doc_type`` and how the number splits: ``5348/CT-CS`` of a công văn has
# no type code; deadlines' ``actors`` are written by assignments).
WRITES: dict[str, tuple[str, ...]] = {
    "header": ("family", "national_header", "marks", "issuer", "issue_place", "issue_date"),
    "title": ("doc_type", "number", "title"),
    "recipients": ("recipients", "archive", "archive_line"),
    "signature": ("signature", "annexes"),
    "addressees": ("addressees",),
    "body": ("preamble", "clauses", "closing", "meeting_date"),
    "dates": ("dates",),
    "references": ("references",),
    "places": ("places",),
    "agencies": ("agencies",),
    "persons": ("persons",),
    "deadlines": ("deadlines", "recurrences"),
    "assignments": ("assignments",),
}


def _layers(doc: dict[str, Any]) -> dict[str, Any]:
    for d in doc["deadlines"]:
        d.pop("actors", None)
    return {name: [doc[f] for f in fields] for name, fields in WRITES.items()}


def _readers_of(name: str) -> set[str]:
    """The components that read ``name``'s layers, directly or not."""
    out: set[str] = set()
    todo = [name]
    while todo:
        n = todo.pop()
        for other, reqs in REQUIRES.items():
            if n in reqs and other not in out:
                out.add(other)
                todo.append(other)
    return out


def test_requires_names_every_default_component_and_only_them() -> None:
    assert list(REQUIRES) == NAMES
    for name, reqs in REQUIRES.items():
        assert set(reqs) <= set(NAMES)
        # a component only reads layers made before it runs
        assert all(NAMES.index(r) < NAMES.index(name) for r in reqs), name


def test_leaving_a_component_out_changes_only_the_components_that_read_it() -> None:
    """The REQUIRES table, checked the way it was found: leave one component out and
    see which other layers change on real documents."""
    texts = [p.read_text(encoding="utf-8") for p in [*SEED_FILES, *DEV_FILES]]
    full = Pipeline()
    base = [_layers(full(t).model_dump()) for t in texts]
    for name in NAMES:
        nlp = Pipeline()
        nlp.remove(name)
        changed = set()
        for text, layers in zip(texts, base, strict=True):
            got = _layers(nlp(text).model_dump())
            changed |= {n for n in NAMES if n != name and got[n] != layers[n]}
        assert changed <= _readers_of(name), (name, changed - _readers_of(name))


def test_only_keeps_what_the_named_components_read() -> None:
    assert Pipeline(only="header,title").names == ["header", "title"]
    assert Pipeline(only=["deadlines"]).names == [
        "header", "title", "recipients", "signature", "addressees", "body", "dates",
        "deadlines"]
    # (places read the signature: a signer's name is no place, though a district's)
    assert Pipeline(only=["agencies"]).names == [
        "header", "recipients", "signature", "places", "agencies"]
    assert Pipeline(exclude="assignments").names == NAMES[:-1]


def test_a_lighter_pipeline_gives_the_same_layers_for_what_it_runs() -> None:
    full, light = Pipeline(), Pipeline(only="header,title,signature")
    for path in [*SEED_FILES, *DEV_FILES[:5]]:
        text = path.read_text(encoding="utf-8")
        a, b = full(text), light(text)
        assert b.skipped == [n for n in NAMES if n not in light.names]
        assert a.skipped == []
        for field in ("doc_type", "number", "issuer", "issue_date", "title", "signature"):
            assert getattr(a, field) == getattr(b, field), (path.name, field)
        assert b.agencies == [] and b.assignments == [] and b.clauses == []


def test_a_selection_that_breaks_a_reader_is_refused_naming_every_reader() -> None:
    with pytest.raises(PipelineError) as info:
        Pipeline(exclude="dates")
    message = str(info.value)
    for reader in ("references", "deadlines", "assignments"):
        assert repr(reader) in message
    assert isinstance(info.value, VbcdError) and isinstance(info.value, ValueError)
    # leaving the readers out too is fine
    Pipeline(exclude="dates,references,deadlines,assignments")
    with pytest.raises(PipelineError, match="no component named 'agency'"):
        Pipeline(only="agency")


def test_select_works_on_a_custom_pipeline() -> None:
    nlp = Pipeline()
    nlp.add("count", lambda ctx: ctx.doc.warn("count", str(len(ctx.doc.agencies))))
    light = nlp.select(only="agencies,count")
    assert light.names == ["header", "recipients", "signature", "places", "agencies", "count"]
    doc = light(SEED_FILES[0].read_text(encoding="utf-8"))
    assert [w.code for w in doc.warnings if w.code == "count"] == ["count"]
    assert "agencies" not in doc.skipped and "title" in doc.skipped


def test_parse_command_only_and_a_refused_exclude(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", "--only", "header", "--indent", "0", str(DEV_FILES[0])]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["issue_date"]["value"] and doc["agencies"] == []
    assert doc["skipped"] == NAMES[1:]
    assert main(["parse", "--exclude", "body", str(SEED_FILES[0])]) == 2
    assert "'dates'" in capsys.readouterr().err


def test_batch_only_writes_skipped_layers_as_unknown_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    summary = run_batch(DEV_FILES[:2], out, BatchOptions(
        workers=0, format="parquet", only="header,title", progress=False))
    assert summary.ok == 2
    from vbcd import columnar

    rows = columnar.read_table(out, "documents").to_pylist()
    assert all(r["skipped"] == NAMES[2:] for r in rows)
    assert all(r["n_agencies"] is None and r["n_clauses"] is None for r in rows)
    assert all(r["number"] and r["n_warnings"] is not None for r in rows)
    assert main(["stats", str(out)]) == 0
    assert "components not run" in capsys.readouterr().out
    # a refused selection fails before any output exists
    bad = tmp_path / "bad.jsonl"
    assert main(["batch", str(SEED_FILES[0]), "-o", str(bad), "--exclude", "header"]) == 2
    assert not bad.exists()


def test_old_parquet_parts_without_a_new_column_read_it_as_nulls(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from vbcd import columnar

    out = tmp_path / "out"
    run_batch(SEED_FILES[:1], out, BatchOptions(workers=0, format="parquet", progress=False))
    part = columnar.part_path(out, "documents", 0)
    table = pq.read_table(part)
    pq.write_table(table.drop_columns(["skipped"]), part)  # as an older vbcd wrote it
    back = columnar.read_table(out, "documents", ["source", "skipped"])
    assert back.column("skipped").to_pylist() == [None]
    assert back.schema.field("skipped").type == pa.list_(pa.string())


def test_record_helpers_for_dask_and_spark_take_the_selection() -> None:
    from vbcd.batch.records import record_from_text

    text = DEV_FILES[0].read_text(encoding="utf-8")
    record = record_from_text(text, "a.txt", only="header")
    assert record["skipped"] == NAMES[1:] and record["issue_date"]["value"]
    bad = record_from_text(text, "a.txt", exclude="header")  # failures are records here
    assert bad["error_code"] and "'title'" in bad["message"]
