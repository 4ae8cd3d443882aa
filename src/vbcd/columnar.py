"""Documents as flat tables: one row per document, one row per clause, person, date ...

Analysts load a corpus into DuckDB, pandas or Spark, where nested JSON is awkward;
this module turns a record (the JSON form of a :class:`~vbcd.models.Document`
plus ``source`` and ``doc_id``, or a batch error record) into rows of a fixed set
of tables joined on ``doc_id``. The schemas are declared here once, without
pyarrow, so that the same declaration gives the Parquet schema, the Spark DDL
and the table in ``docs/batch.md``.

Flattening works on plain dicts and reads every key with ``.get``: records from
an older or newer parser, or error records, flatten without raising.

Parquet output is a folder with one sub-folder per table and numbered parts
(``OUT/documents/part-00000.parquet``), so that a long run can write as it goes
and resume; read a table with ``read_parquet('OUT/documents/*.parquet')``
(DuckDB) or ``pandas.read_parquet('OUT/documents')``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from vbcd.errors import MissingDependencyError

Row = dict[str, Any]

#: ``(name, type, description)``; types are ``string``, ``int32``, ``int64``,
#: ``bool`` and ``list<string>``, mapped to Arrow and Spark types below.
Column = tuple[str, str, str]

_SPAN: tuple[Column, ...] = (
    ("start", "int64", "offset of the first character in the document's `text`"),
    ("end", "int64", "offset after the last character"),
)
_KEY: tuple[Column, ...] = (
    ("doc_id", "string", "key of the document (see `documents.doc_id`)"),
    ("ord", "int32", "position of the row within its document, from 0"),
)

_COUNTED = (
    "clauses", "addressees", "recipients", "annexes", "persons", "agencies", "places",
    "dates", "deadlines", "recurrences", "references", "assignments", "warnings",
)
# The pipeline component that fills each counted list (when it was skipped, the count
# is unknown: null, not 0).
_FILLED_BY = {"clauses": "body", "annexes": "signature", "recurrences": "deadlines",
              "warnings": None}

TABLES: dict[str, tuple[Column, ...]] = {
    "documents": (
        ("doc_id", "string",
         "sha1 hex of `source` + newline + sha1 hex of the input bytes; stable across runs"),
        ("source", "string", "path, or `ARCHIVE!MEMBER` for an archive member"),
        ("ok", "bool", "false for an input that could not be parsed (see error_*)"),
        ("error_type", "string", "exception class name, e.g. `BinaryInputError`"),
        ("error_code", "string", "stable error code, e.g. `binary_input`, `timeout`"),
        ("error_message", "string", "what went wrong, for a person"),
        ("family", "string", "`state` or `party`"),
        ("doc_type_code", "string", "type code, e.g. `TB`, `CT`, `CV`"),
        ("doc_type_name", "string", "type name, e.g. `Thông báo`"),
        ("doc_type_source", "string", "where the type was read: type_line, number, title"),
        ("number", "string", "số ký hiệu as printed, e.g. `45/QĐ-UBND`"),
        ("number_no", "string", "the running number, e.g. `45`"),
        ("number_year", "string", "year part of the number, when printed"),
        ("number_type_code", "string", "type part of the number, e.g. `QĐ`"),
        ("number_organ_code", "string", "organ part of the number, e.g. `UBND`"),
        ("number_grammar", "string", "`state`, `party` or `unknown`"),
        ("issuer", "string", "issuing organ, header lines joined"),
        ("issuer_name", "string", "the issuing organ itself (last header line)"),
        ("issuer_parent", "string", "the line(s) above it"),
        ("issue_place", "string", "place of the place-and-date line"),
        ("issue_date", "string", "ISO date of issue (cast with TRY_CAST(... AS DATE))"),
        ("title", "string", "trích yếu, lines joined"),
        ("meeting_date", "string", "ISO date of the meeting the document reports"),
        ("urgency", "string", "urgency mark, e.g. `HỎA TỐC`"),
        ("secrecy", "string", "secrecy mark, e.g. `MẬT`"),
        ("signature_authority", "string", "TM, KT, TL, TUQ or Q"),
        ("signature_on_behalf_of", "string", "the body signed for"),
        ("signature_title", "string", "position of the signer"),
        ("signature_name", "string", "name of the signer"),
        ("archive", "list<string>", "items of the `Lưu` line"),
        ("n_chars", "int64", "length of the normalised text"),
        *((f"n_{name}", "int32", f"number of {name}" + (" (all depths)" if name == "clauses"
                                                        else ""))
          for name in _COUNTED),
        ("warning_codes", "list<string>", "distinct warning codes, sorted"),
        ("skipped", "list<string>",
         "pipeline components not run (`--only`/`--exclude`): their `n_` counts are null"),
        ("text", "string", "the normalised text every start/end points into"),
    ),
    "clauses": (
        *_KEY,
        ("path", "string", "labels from the top joined by `/`, e.g. `2/a`"),
        ("parent_path", "string", "path of the enclosing clause (null at the top)"),
        ("label", "string", "marker without trailing `.` or `)`"),
        ("marker", "string", "marker exactly as printed"),
        ("style", "string", "roman, arabic, dotted, alpha, paren, article"),
        ("depth", "int32", "0 at the top"),
        ("text", "string", "the clause's own text, before any child"),
        *_SPAN,
        ("subtree_end", "int64", "end of the clause including its children"),
        ("annex", "int32",
         "index in the document's `annexes` of the annex holding the clause (a regulation's "
         "articles); null for the body's clauses"),
    ),
    "recipients": (
        *_KEY,
        ("text", "string", "recipient as printed, without dash and purpose"),
        ("purpose", "string", "normalised purpose: `báo cáo`, `biết`, `thực hiện`"),
        ("purpose_text", "string", "the purpose as printed"),
        *_SPAN,
    ),
    "persons": (
        *_KEY,
        ("name", "string", "the person's name"),
        ("titles", "list<string>", "positions given for the person"),
        ("organs", "list<string>", "organ of each position (same order, may be null)"),
        ("aliases", "list<string>", "misspelt variants merged into this person"),
        ("signature_role", "string", "role when the person signs the document"),
        ("n_mentions", "int32", "number of mentions in the text"),
        *_SPAN,
    ),
    "agencies": (
        *_KEY,
        ("name", "string", "as written"),
        ("canonical", "string", "expanded, canonical name"),
        ("abbreviation", "string", "abbreviation, when one is used"),
        ("level", "string", "central, province, district, commune"),
        ("kind", "string", "party, state, front, armed, public_service, enterprise, other"),
        ("n_mentions", "int32", "number of mentions in the text"),
        *_SPAN,
    ),
    "places": (
        *_KEY,
        ("name", "string", "without the prefix word (`tỉnh`, `xã` ...)"),
        ("kind", "string", "province, city, district, town, commune, ward, country, region"),
        ("province", "string", "enclosing province, when known"),
        ("n_mentions", "int32", "number of mentions in the text"),
        *_SPAN,
    ),
    "dates": (
        *_KEY,
        ("text", "string", "as printed"),
        ("value", "string", "ISO date (day precision only)"),
        ("precision", "string", "day, month, quarter, half, year, datetime, range"),
        ("calendar", "string", "solar or lunar"),
        ("interval_start", "string", "first day of the period (ISO)"),
        ("interval_end", "string", "last day of the period (ISO)"),
        ("time", "string", "HH:MM when a time of day is given"),
        ("resolved_year", "bool", "the year was taken from context"),
        ("holiday", "string", "holiday name, when the date is one"),
        *_SPAN,
    ),
    "deadlines": (
        *_KEY,
        ("date", "string", "ISO; end of the period for months and quarters"),
        ("kind", "string", "before, no_later_than, within, by"),
        ("text", "string", "as printed"),
        ("clause", "string", "path of the clause that sets it"),
        ("actors", "list<string>", "who must meet it"),
        ("scope", "string", "what must be done"),
        ("annex", "int32", "index of the annex that sets it; null in the body"),
        *_SPAN,
    ),
    "references": (
        *_KEY,
        ("text", "string", "the citation as printed"),
        ("type", "string", "type name of the cited document"),
        ("number", "string", "number as printed, spaces removed"),
        ("type_code", "string", "type part of the number"),
        ("organ_code", "string", "organ part of the number"),
        ("year", "string", "year of the cited document"),
        ("date", "string", "ISO date of the cited document"),
        ("issuer", "string", "issuer of the cited document"),
        *_SPAN,
    ),
    "assignments": (
        *_KEY,
        ("clause", "string", "path of the clause"),
        ("actor", "string", "who is given the task"),
        ("role", "string", "lead, coordinate, responsible, directed"),
        ("task", "string", "what is to be done"),
        ("deadline", "string", "ISO date, when one is set"),
        ("annex", "int32", "index of the annex holding the clause; null in the body"),
        *_SPAN,
    ),
    "warnings": (
        *_KEY,
        ("code", "string", "warning code"),
        ("message", "string", "what was noticed"),
        *_SPAN,
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)


# --- flattening -----------------------------------------------------------------------


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, Mapping) else None


def _list(obj: Any, key: str) -> list[Any]:
    value = _get(obj, key)
    return value if isinstance(value, list) else []


def _iter_clauses(clauses: Sequence[Any]) -> Iterator[tuple[Mapping[str, Any], str | None]]:
    """Clauses depth first in document order, each with its parent's path."""
    stack: list[tuple[Any, str | None]] = [(c, None) for c in reversed(clauses)]
    while stack:
        clause, parent = stack.pop()
        if not isinstance(clause, Mapping):
            continue
        yield clause, parent
        stack.extend((c, _get(clause, "path")) for c in reversed(_list(clause, "children")))


def _marks(record: Mapping[str, Any], kind: str) -> str | None:
    values = [str(_get(m, "value")) for m in _list(record, "marks") if _get(m, "kind") == kind]
    return " ".join(values) or None


def _span(item: Any) -> Row:
    return {"start": _get(item, "start"), "end": _get(item, "end")}


def document_row(record: Mapping[str, Any]) -> Row:
    """The ``documents`` row of one record (a Document's JSON or an error record)."""
    doc_type, number, issuer = record.get("doc_type"), record.get("number"), record.get("issuer")
    signature = record.get("signature")
    error_code = record.get("error_code")
    text = record.get("text")
    row: Row = {
        "doc_id": record.get("doc_id"),
        "source": record.get("source"),
        "ok": error_code is None,
        "error_type": record.get("error_type"),
        "error_code": error_code,
        "error_message": record.get("message") if error_code is not None else None,
        "family": record.get("family"),
        "doc_type_code": _get(doc_type, "code"),
        "doc_type_name": _get(doc_type, "name"),
        "doc_type_source": _get(doc_type, "source"),
        "number": _get(number, "value"),
        "number_no": _get(number, "number"),
        "number_year": _get(number, "year"),
        "number_type_code": _get(number, "type_code"),
        "number_organ_code": _get(number, "organ_code"),
        "number_grammar": _get(number, "grammar"),
        "issuer": _get(issuer, "value"),
        "issuer_name": _get(issuer, "name"),
        "issuer_parent": _get(issuer, "parent"),
        "issue_place": _get(record.get("issue_place"), "value"),
        "issue_date": _get(record.get("issue_date"), "value"),
        "title": _get(record.get("title"), "value"),
        "meeting_date": _get(record.get("meeting_date"), "value"),
        "urgency": _marks(record, "urgency"),
        "secrecy": _marks(record, "secrecy"),
        "signature_authority": _get(signature, "authority"),
        "signature_on_behalf_of": _get(signature, "on_behalf_of"),
        "signature_title": _get(signature, "title"),
        "signature_name": _get(signature, "name"),
        "archive": [str(a) for a in _list(record, "archive")] if error_code is None else None,
        "n_chars": len(text) if isinstance(text, str) else None,
        "warning_codes": sorted({str(_get(w, "code")) for w in _list(record, "warnings")}),
        "skipped": [str(n) for n in _list(record, "skipped")] if error_code is None else None,
        "text": text if isinstance(text, str) else None,
    }
    skipped = set(row["skipped"] or ())
    for name in _COUNTED:
        if error_code is not None or _FILLED_BY.get(name, name) in skipped:
            row[f"n_{name}"] = None
        elif name == "clauses":
            row["n_clauses"] = sum(1 for _ in _iter_clauses(_list(record, "clauses")))
        else:
            row[f"n_{name}"] = len(_list(record, name))
    return row


def record_rows(record: Mapping[str, Any]) -> dict[str, list[Row]]:
    """Every table's rows for one record; child tables are empty for an error record."""
    doc_id = record.get("doc_id")
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    out["documents"].append(document_row(record))

    def key(i: int) -> Row:
        return {"doc_id": doc_id, "ord": i}

    trees: list[tuple[int | None, list[Any]]] = [(None, _list(record, "clauses"))]
    trees.extend((j, _list(a, "clauses")) for j, a in enumerate(_list(record, "annexes")))
    clauses = ((c, parent, annex) for annex, tree in trees for c, parent in _iter_clauses(tree))
    for i, (c, parent, annex) in enumerate(clauses):
        out["clauses"].append({
            **key(i), "path": _get(c, "path"), "parent_path": parent, "label": _get(c, "label"),
            "marker": _get(c, "marker"), "style": _get(c, "style"), "depth": _get(c, "depth"),
            "text": _get(c, "text"), **_span(c), "subtree_end": _get(c, "subtree_end"),
            "annex": annex,
        })
    for i, r in enumerate(_list(record, "recipients")):
        out["recipients"].append({
            **key(i), "text": _get(r, "text"), "purpose": _get(r, "purpose"),
            "purpose_text": _get(r, "purpose_text"), **_span(r),
        })
    for i, p in enumerate(_list(record, "persons")):
        positions = _list(p, "positions")
        out["persons"].append({
            **key(i), "name": _get(p, "name"),
            "titles": [_get(pos, "title") for pos in positions],
            "organs": [_get(pos, "organ") for pos in positions],
            "aliases": [str(a) for a in _list(p, "aliases")],
            "signature_role": _get(p, "signature_role"),
            "n_mentions": len(_list(p, "mentions")), **_span(p),
        })
    for i, a in enumerate(_list(record, "agencies")):
        out["agencies"].append({
            **key(i), "name": _get(a, "name"), "canonical": _get(a, "canonical"),
            "abbreviation": _get(a, "abbreviation"), "level": _get(a, "level"),
            "kind": _get(a, "kind"), "n_mentions": len(_list(a, "mentions")), **_span(a),
        })
    for i, p in enumerate(_list(record, "places")):
        out["places"].append({
            **key(i), "name": _get(p, "name"), "kind": _get(p, "kind"),
            "province": _get(p, "province"), "n_mentions": len(_list(p, "mentions")),
            **_span(p),
        })
    for i, d in enumerate(_list(record, "dates")):
        out["dates"].append({
            **key(i), **{k: _get(d, k) for k in (
                "text", "value", "precision", "calendar", "interval_start", "interval_end",
                "time", "resolved_year", "holiday")}, **_span(d),
        })
    for i, d in enumerate(_list(record, "deadlines")):
        out["deadlines"].append({
            **key(i), "date": _get(d, "date"), "kind": _get(d, "kind"), "text": _get(d, "text"),
            "clause": _get(d, "clause"), "actors": [str(x) for x in _list(d, "actors")],
            "scope": _get(d, "scope"), "annex": _get(d, "annex"), **_span(d),
        })
    for i, r in enumerate(_list(record, "references")):
        out["references"].append({
            **key(i), **{k: _get(r, k) for k in (
                "text", "type", "number", "type_code", "organ_code", "year", "date", "issuer")},
            **_span(r),
        })
    for i, a in enumerate(_list(record, "assignments")):
        out["assignments"].append({
            **key(i), **{k: _get(a, k) for k in ("clause", "actor", "role", "task", "deadline",
                                                 "annex")},
            **_span(a),
        })
    for i, w in enumerate(_list(record, "warnings")):
        out["warnings"].append({
            **key(i), "code": _get(w, "code"), "message": _get(w, "message"), **_span(w),
        })
    return out


def rows(records: Iterable[Mapping[str, Any]], table: str) -> list[Row]:
    """The rows of one table for many records (``table`` from :data:`TABLE_NAMES`)."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    if table == "documents":
        return [document_row(r) for r in records]
    return [row for r in records for row in record_rows(r)[table]]


# --- schemas --------------------------------------------------------------------------

_SPARK = {
    "string": "string", "int32": "int", "int64": "bigint", "bool": "boolean",
    "list<string>": "array<string>",
}


def spark_ddl(table: str) -> str:
    """The table's schema as a Spark DDL string (``mapInPandas(f, schema=...)``)."""
    return ", ".join(f"`{name}` {_SPARK[kind]}" for name, kind, _ in TABLES[table])


def schema_markdown() -> str:
    """Every table as Markdown (the schema section of ``docs/batch.md``)."""
    parts: list[str] = []
    for table, columns in TABLES.items():
        parts.append(f"### `{table}`\n\n| column | type | meaning |\n|---|---|---|")
        parts.extend(f"| `{name}` | {kind} | {desc} |" for name, kind, desc in columns)
        parts.append("")
    return "\n".join(parts)


def pyarrow() -> Any:
    """The ``pyarrow`` module, or a clear error naming the extra to install."""
    try:
        module = importlib.import_module("pyarrow")
        importlib.import_module("pyarrow.parquet")
    except ImportError as exc:
        raise MissingDependencyError(
            "Parquet output needs pyarrow: pip install 'vbcd[parquet]'"
        ) from exc
    return module


def arrow_schema(table: str) -> Any:
    """The ``pyarrow.Schema`` of one table."""
    pa = pyarrow()
    types = {
        "string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "bool": pa.bool_(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(name, types[kind]) for name, kind, _ in TABLES[table]])


def to_arrow(table: str, table_rows: Sequence[Row]) -> Any:
    """A ``pyarrow.Table`` of the given rows with the table's fixed schema."""
    pa = pyarrow()
    return pa.Table.from_pylist(list(table_rows), schema=arrow_schema(table))


def to_pandas(table: str, table_rows: Sequence[Row]) -> Any:
    """A pandas frame of the rows with nullable integer and boolean dtypes.

    Through Arrow, so the columns are those of the Parquet output; nullable
    dtypes keep a missing count missing (not NaN in a float column), which is
    also what Spark's ``mapInPandas`` needs to fill an ``int`` column.
    """
    pa = pyarrow()
    pd = importlib.import_module("pandas")
    dtypes = {
        pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(),
    }
    return to_arrow(table, table_rows).to_pandas(types_mapper=dtypes.get)


# --- the Parquet folder ---------------------------------------------------------------

PART_GLOB = "part-*.parquet"


def part_path(out: Path, table: str, part: int) -> Path:
    """``OUT/<table>/part-NNNNN.parquet``."""
    return out / table / f"part-{part:05d}.parquet"


def write_part(out: str | Path, part: int, tables: Mapping[str, Sequence[Row]]) -> None:
    """Write part ``part`` of every table, atomically and ``documents`` last.

    Each file is written to a temporary name and renamed; the ``documents`` part
    is renamed last, so a ``documents`` part on disk means the whole part is
    there (:func:`parts` ignores and :func:`remove_orphans` deletes the rest).
    """
    pyarrow()
    pq = importlib.import_module("pyarrow.parquet")
    root = Path(out)
    staged: list[tuple[Path, Path]] = []
    for table in [*(t for t in TABLES if t != "documents"), "documents"]:
        target = part_path(root, table, part)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        pq.write_table(to_arrow(table, tables.get(table, ())), tmp, compression="zstd")
        staged.append((tmp, target))
    for tmp, target in staged:
        os.replace(tmp, target)


def parts(out: str | Path) -> list[int]:
    """Numbers of the complete parts in a Parquet output folder."""
    folder = Path(out) / "documents"
    found = []
    for path in folder.glob(PART_GLOB) if folder.is_dir() else ():
        try:
            found.append(int(path.stem.split("-", 1)[1]))
        except (IndexError, ValueError):
            continue
    return sorted(found)


def remove_orphans(out: str | Path) -> list[Path]:
    """Delete part files and temporaries left by an interrupted write; returns them."""
    root = Path(out)
    complete = set(parts(root))
    removed: list[Path] = []
    for table in TABLES:
        folder = root / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                path.unlink()
                removed.append(path)
                continue
            if not path.name.startswith("part-") or path.suffix != ".parquet":
                continue
            try:
                number = int(path.stem.split("-", 1)[1])
            except (IndexError, ValueError):
                continue
            if number not in complete:
                path.unlink()
                removed.append(path)
    return removed


def read_table(out: str | Path, table: str, columns: Sequence[str] | None = None) -> Any:
    """One table of a Parquet output folder as a ``pyarrow.Table`` (complete parts only).

    A column that a part lacks (written by an older vbcd, before the column existed)
    reads as nulls, so that a resumed or an old output still loads."""
    pa = pyarrow()
    pq = importlib.import_module("pyarrow.parquet")
    root = Path(out)
    schema = arrow_schema(table)
    if columns:
        schema = pa.schema([schema.field(c) for c in columns])
    tables = []
    for n in parts(root):
        path = part_path(root, table, n)
        if not path.exists():
            continue
        have = set(pq.read_schema(path).names)
        part = pq.read_table(path, columns=[c for c in schema.names if c in have])
        for name in schema.names:
            if name not in have:
                field = schema.field(name)
                part = part.append_column(field, pa.nulls(part.num_rows, field.type))
        tables.append(part.select(schema.names))
    if not tables:
        return schema.empty_table()
    return pa.concat_tables(tables)
