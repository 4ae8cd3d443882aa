"""Records to flat tables: the rows, the schemas, and the recipes in docs/batch.md."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from vbcd import columnar
from vbcd.batch import error_record, record_from_path, record_from_text
from vbcd.errors import BinaryInputError
from vbcd.models import (
    Clause,
    DateMention,
    Deadline,
    DocNumber,
    DocType,
    Document,
    Issuer,
    Mark,
    Mention,
    Person,
    Position,
    Recipient,
    Reference,
    Signature,
    TextField,
)

DOCS = Path(__file__).parent.parent / "docs" / "batch.md"
SEED = sorted((Path(__file__).parent / "fixtures" / "corpus" / "seeds").glob("*.txt"))[0]

TEXT = (
    "HỎA TỐC\n"
    "Số: 45/TB-UBND\n"
    "THÔNG BÁO\n"
    "1. Giao Sở Y tế chủ trì triển khai.\n"
    "a) Báo cáo kết quả trước ngày 30/6/2024.\n"
    "2. Đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh theo dõi.\n"
    "Căn cứ Quyết định số 12/QĐ-UBND;\n"
    "Nơi nhận:\n"
    "- UBND tỉnh (để báo cáo);\n"
)


def span(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def clause(label: str, path: str, depth: int, surface: str, children: list[Clause],
           subtree: str | None = None) -> Clause:
    start, end = span(surface)
    return Clause(
        label=label, path=path, marker=surface.split(" ", 1)[0], style="arabic", depth=depth,
        text=surface, start=start, end=end, subtree_end=span(subtree or surface)[1],
        children=children,
    )


def made_up_document() -> Document:
    """A Document built by hand with every layer that has a table."""
    doc = Document(text=TEXT, source="made-up.txt")
    doc.marks.append(Mark(kind="urgency", value="HỎA TỐC", start=0, end=7))
    doc.doc_type = DocType(code="TB", name="Thông báo", start=span("THÔNG BÁO")[0],
                           end=span("THÔNG BÁO")[1])
    s, e = span("45/TB-UBND")
    doc.number = DocNumber(value="45/TB-UBND", number="45", type_code="TB", organ_code="UBND",
                           grammar="state", start=s, end=e)
    doc.issuer = Issuer(value="UBND TỈNH", name="UBND TỈNH", start=0, end=0)
    doc.title = TextField(value="Giao việc", start=0, end=0)
    a = clause("a", "1/a", 1, "a) Báo cáo kết quả trước ngày 30/6/2024.", [])
    one = clause("1", "1", 0, "1. Giao Sở Y tế chủ trì triển khai.", [a],
                 subtree="a) Báo cáo kết quả trước ngày 30/6/2024.")
    two = clause("2", "2", 0, "2. Đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh theo dõi.", [])
    doc.clauses = [one, two]
    s = TEXT.index("UBND tỉnh (để báo cáo)")
    e = s + len("UBND tỉnh")
    doc.recipients.append(Recipient(text="UBND tỉnh", purpose="báo cáo",
                                    purpose_text="để báo cáo", start=s, end=e))
    s, e = span("Trần Văn Bình")
    ps, pe = span("Phó Chủ tịch UBND tỉnh")
    doc.persons.append(Person(
        name="Trần Văn Bình", start=s, end=e,
        positions=[Position(title="Phó Chủ tịch", organ="UBND tỉnh", start=ps, end=pe)],
        mentions=[Mention(text="Trần Văn Bình", start=s, end=e)],
    ))
    s, e = span("30/6/2024")
    doc.dates.append(DateMention(text="30/6/2024", value="2024-06-30", start=s, end=e))
    s, e = span("trước ngày 30/6/2024")
    doc.deadlines.append(Deadline(date="2024-06-30", kind="before", text=TEXT[s:e],
                                  clause="1/a", actors=["Sở Y tế"], start=s, end=e))
    s, e = span("Quyết định số 12/QĐ-UBND")
    doc.references.append(Reference(text=TEXT[s:e], type="Quyết định", number="12/QĐ-UBND",
                                    type_code="QĐ", organ_code="UBND", start=s, end=e))
    doc.signature = Signature(authority="KT", title="PHÓ CHỦ TỊCH", name="Trần Văn Bình",
                              start=0, end=0)
    doc.archive = ["VT"]
    doc.warn("no_signer", "no signature block")
    doc.warn("no_signer", "again")
    doc.warn("date_incomplete", "a date without a year")
    return doc


def record_of(doc: Document) -> dict[str, Any]:
    return {"doc_id": "d1", **doc.model_dump(mode="json")}


def test_document_row_has_scalars_counts_and_no_surprises() -> None:
    row = columnar.document_row(record_of(made_up_document()))
    assert row["ok"] is True and row["error_code"] is None and row["error_message"] is None
    assert (row["doc_type_code"], row["doc_type_name"]) == ("TB", "Thông báo")
    assert (row["number"], row["number_no"], row["number_organ_code"]) == ("45/TB-UBND", "45",
                                                                          "UBND")
    assert row["urgency"] == "HỎA TỐC" and row["secrecy"] is None
    assert (row["signature_authority"], row["signature_name"]) == ("KT", "Trần Văn Bình")
    assert row["n_clauses"] == 3  # all depths
    assert (row["n_recipients"], row["n_persons"], row["n_deadlines"]) == (1, 1, 1)
    assert row["n_warnings"] == 3
    assert row["warning_codes"] == ["date_incomplete", "no_signer"]
    assert row["archive"] == ["VT"]
    assert row["n_chars"] == len(TEXT) and row["text"] == TEXT


def test_child_rows_keep_order_paths_and_offsets() -> None:
    tables = columnar.record_rows(record_of(made_up_document()))
    clauses = tables["clauses"]
    assert [(c["ord"], c["path"], c["parent_path"], c["depth"]) for c in clauses] == [
        (0, "1", None, 0), (1, "1/a", "1", 1), (2, "2", None, 0)]
    for table in ("clauses", "recipients", "persons", "dates", "deadlines", "references"):
        assert tables[table], table
        for row in tables[table]:
            assert row["doc_id"] == "d1"
            surface = TEXT[row["start"]:row["end"]]
            assert surface == row.get("text", row.get("name", surface)), (table, row)
    assert clauses[0]["subtree_end"] == span("a) Báo cáo kết quả trước ngày 30/6/2024.")[1]
    person = tables["persons"][0]
    assert (person["titles"], person["organs"], person["n_mentions"]) == (
        ["Phó Chủ tịch"], ["UBND tỉnh"], 1)
    assert tables["deadlines"][0]["actors"] == ["Sở Y tế"]
    assert [w["code"] for w in tables["warnings"]] == ["no_signer", "no_signer",
                                                       "date_incomplete"]


def test_rows_match_the_declared_schema_exactly() -> None:
    tables = columnar.record_rows(record_of(made_up_document()))
    assert set(tables) == set(columnar.TABLES)
    for name, columns in columnar.TABLES.items():
        declared = [c[0] for c in columns]
        assert len(declared) == len(set(declared)), name
        for row in tables[name]:
            assert list(row) == declared or set(row) == set(declared), name


def test_error_records_and_damaged_records_flatten_without_raising() -> None:
    record = error_record("scan.pdf", BinaryInputError("input looks binary"))
    tables = columnar.record_rows(record)
    (row,) = tables["documents"]
    assert row["ok"] is False and row["error_code"] == "binary_input"
    assert row["error_type"] == "BinaryInputError"
    assert row["error_message"] == "input looks binary"
    assert row["n_clauses"] is None and row["text"] is None
    assert all(not rows for name, rows in tables.items() if name != "documents")

    odd = {"doc_id": "x", "clauses": [None, {"path": "1", "children": "not a list"}],
           "persons": "not a list", "doc_type": "TB", "warnings": [{"code": "c"}]}
    tables = columnar.record_rows(odd)
    assert [c["path"] for c in tables["clauses"]] == ["1"]
    assert tables["documents"][0]["doc_type_code"] is None
    assert tables["documents"][0]["warning_codes"] == ["c"]
    with pytest.raises(KeyError):
        columnar.rows([odd], "no_such_table")


def test_a_parsed_seed_flattens_with_consistent_offsets() -> None:
    record = record_from_path(SEED)
    assert "error_code" not in record
    tables = columnar.record_rows(record)
    text = record["text"]
    assert tables["documents"][0]["n_chars"] == len(text)
    for name, rows in tables.items():
        for row in rows:
            if name != "documents" and row.get("start") is not None:
                assert 0 <= row["start"] <= row["end"] <= len(text), (name, row)


def test_arrow_and_pandas_use_the_declared_types() -> None:
    pa = pytest.importorskip("pyarrow", reason="Arrow tables need pyarrow (vbcd[parquet])")
    pytest.importorskip("pandas", reason="to_pandas needs pandas")
    tables = columnar.record_rows(record_of(made_up_document()))
    for name in columnar.TABLES:
        table = columnar.to_arrow(name, tables[name])
        assert table.schema == columnar.arrow_schema(name)
    frame = columnar.to_pandas("documents", [*tables["documents"], *columnar.rows(
        [error_record("x", BinaryInputError("b"))], "documents")])
    assert str(frame["n_clauses"].dtype) == "Int32" and str(frame["ok"].dtype) == "boolean"
    assert frame["n_clauses"].isna().tolist() == [False, True]
    assert columnar.arrow_schema("persons").field("titles").type == pa.list_(pa.string())


def test_spark_ddl_lists_columns_in_order() -> None:
    ddl = columnar.spark_ddl("clauses")
    assert ddl.startswith("`doc_id` string, `ord` int, `path` string, `parent_path` string")
    assert "`start` bigint" in ddl
    assert ddl.count(",") == len(columnar.TABLES["clauses"]) - 1
    assert "`warning_codes` array<string>" in columnar.spark_ddl("documents")


def test_docs_schema_section_is_in_sync() -> None:
    assert columnar.schema_markdown() in DOCS.read_text(encoding="utf-8")


def test_spark_recipe_in_the_docs_runs_on_pandas_frames() -> None:
    pd = pytest.importorskip("pandas", reason="the Spark recipe uses pandas")
    pytest.importorskip("pyarrow", reason="the Spark recipe uses pyarrow")
    blocks = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    (recipe,) = [b for b in blocks if b.startswith("# recipe: parse_partition")]
    namespace: dict[str, Any] = {}
    exec(compile(recipe, str(DOCS), "exec"), namespace)
    frames = [
        pd.DataFrame({"source": ["seed", "bin"],
                      "text": [SEED.read_text(encoding="utf-8"), "\x00\x07\x1b" * 100]}),
        pd.DataFrame({"source": ["short"], "text": ["THÔNG BÁO\n1. Nội dung."]}),
    ]
    out = list(namespace["parse_partition"](iter(frames)))
    assert [len(f) for f in out] == [2, 1]
    assert list(out[0].columns) == [c[0] for c in columnar.TABLES["documents"]]
    assert out[0]["ok"].tolist() == [True, False]
    assert out[0]["error_code"].tolist()[1] == "binary_input"
    assert record_from_text("THÔNG BÁO\n1. Nội dung.", "short")["doc_id"] == out[1]["doc_id"][0]


def test_an_annex_clauses_rows_name_their_annex() -> None:
    import vbcd
    from test_tail import REGULATION

    tables = columnar.record_rows(record_of(vbcd.parse(REGULATION)))
    by_annex = [(row["annex"], row["path"]) for row in tables["clauses"]]
    assert by_annex[:2] == [(None, "Điều 1"), (None, "Điều 2")]
    assert (0, "Chương I/Điều 1/2") in by_annex
    assert [row["ord"] for row in tables["clauses"]] == list(range(len(by_annex)))
