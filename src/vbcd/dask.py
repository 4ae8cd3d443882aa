"""Parse on a Dask cluster: a bag of records in, bags and dataframes out.

For corpora that live on a cluster (or that should be parsed next to other Dask
work) rather than in a folder for ``vbcd batch``. Records are the same dicts the
batch JSONL holds (a Document's JSON plus ``source`` and ``doc_id``, or an error
record), and :func:`to_dataframe` gives the same tables as the Parquet output,
with the same column types.

Dask runs tasks in worker threads, where a per-document alarm cannot fire:
``timeout`` is honoured only when a task runs on a process's main thread. Use
``processes=True`` workers so a crashing document takes one task down, which
Dask retries elsewhere, rather than the scheduler.

Dask is optional (``pip install 'vbcd[dask]'``); importing this module without
it works, and each function raises :class:`~vbcd.errors.MissingDependencyError`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vbcd import columnar
from vbcd.batch.records import load_pipeline, record_from_path, record_from_text
from vbcd.batch.sources import expand
from vbcd.errors import MissingDependencyError
from vbcd.normalize import DEFAULT_MAX_CHARS

Bag = Any
DataFrame = Any


def _bag_module() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError as exc:
        raise MissingDependencyError(
            "vbcd.dask needs Dask: pip install 'vbcd[dask]'"
        ) from exc


def _dataframe_module() -> Any:
    try:
        return importlib.import_module("dask.dataframe")
    except ImportError as exc:
        raise MissingDependencyError(
            "vbcd.dask.to_dataframe needs dask[dataframe]: pip install 'vbcd[dask]'"
        ) from exc


def _files(paths: Iterable[str | Path]) -> list[str]:
    """Files named, found in folders, or matched by globs (archives are not opened here)."""
    out: list[str] = []
    for entry in expand([str(p) for p in paths]):
        out.append(entry.path)
    return out


def _parse_path(path: str, ner: str, max_chars: int, timeout: float | None,
                pipeline: str | None, only: str | None = None,
                exclude: str | None = None) -> dict[str, Any]:
    return record_from_path(path, ner=ner, max_chars=max_chars, timeout=timeout,
                            pipeline=pipeline, only=only, exclude=exclude)


def _parse_item(item: Any, ner: str, max_chars: int, timeout: float | None,
                pipeline: str | None, text_key: str, source_key: str,
                only: str | None = None, exclude: str | None = None) -> dict[str, Any]:
    """A bag element (text, ``(source, text)`` or a mapping) to a record."""
    if isinstance(item, Mapping):
        text, source = item.get(text_key), item.get(source_key)
    elif isinstance(item, tuple) and len(item) == 2:
        source, text = item
    else:
        text, source = item, None
    if not isinstance(text, str | bytes):
        text = "" if text is None else str(text)
    return record_from_text(text, str(source) if source is not None else "<text>", ner=ner,
                            max_chars=max_chars, timeout=timeout, pipeline=pipeline,
                            only=only, exclude=exclude)


def parse_paths(
    paths: Iterable[str | Path], *, npartitions: int | None = None, ner: str = "none",
    max_chars: int = DEFAULT_MAX_CHARS, timeout: float | None = None,
    pipeline: str | None = None, only: str | None = None, exclude: str | None = None,
) -> Bag:
    """A bag of records, one per file (folders are walked, globs expanded).

    Paths are read by the workers, so they must see the same file system.
    Missing paths become error records like any other failure. ``only``/``exclude``
    pick pipeline components as ``vbcd batch --only/--exclude`` does.
    """
    if only is not None or exclude is not None:
        load_pipeline(pipeline, only, exclude)  # a bad selection fails here, not per record
    db = _bag_module()
    files = _files(paths)
    if npartitions is None:
        npartitions = max(1, min(len(files), 100))
    bag = db.from_sequence(files, npartitions=npartitions)
    return bag.map(_parse_path, ner=ner, max_chars=max_chars, timeout=timeout,
                   pipeline=pipeline, only=only, exclude=exclude)


def parse_texts(
    bag: Bag, *, text_key: str = "text", source_key: str = "source", ner: str = "none",
    max_chars: int = DEFAULT_MAX_CHARS, timeout: float | None = None,
    pipeline: str | None = None, only: str | None = None, exclude: str | None = None,
) -> Bag:
    """Parse a bag of texts: strings, ``(source, text)`` pairs, or mappings with both keys."""
    _bag_module()
    if only is not None or exclude is not None:
        load_pipeline(pipeline, only, exclude)
    return bag.map(_parse_item, ner=ner, max_chars=max_chars, timeout=timeout,
                   pipeline=pipeline, text_key=text_key, source_key=source_key,
                   only=only, exclude=exclude)


def _frame(records: list[dict[str, Any]], table: str) -> Any:
    """One partition's rows as pandas, through Arrow so dtypes match the Parquet output."""
    return columnar.to_pandas(table, columnar.rows(records, table))


def meta(table: str = "documents") -> Any:
    """An empty pandas frame with the table's columns and dtypes (Dask ``meta``)."""
    return columnar.to_pandas(table, [])


def to_dataframe(bag: Bag, table: str = "documents") -> DataFrame:
    """One table (:data:`vbcd.columnar.TABLE_NAMES`) of a bag of records as a Dask DataFrame."""
    dd = _dataframe_module()
    if table not in columnar.TABLES:
        raise KeyError(f"unknown table {table!r}; tables: {', '.join(columnar.TABLES)}")
    delayed = importlib.import_module("dask.delayed").delayed
    parts = [delayed(_frame)(part, table) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta(table), verify_meta=False)
