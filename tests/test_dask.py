"""``vbcd.dask`` on a real (local, multi-process) Dask cluster."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vbcd.dask as vd
from vbcd.batch import make_doc_id
from vbcd.errors import MissingDependencyError

SEEDS = Path(__file__).parent / "fixtures" / "corpus" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.bag", reason="vbcd.dask needs dask (vbcd[dask])")
    pytest.importorskip("dask.dataframe", reason="to_dataframe needs dask[dataframe]")
    pytest.importorskip("pyarrow", reason="to_dataframe needs pyarrow")
    distributed = pytest.importorskip("distributed", reason="the cluster needs distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_parse_paths_on_a_process_cluster(client: Any, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    bag = vd.parse_paths([SEEDS, missing]).persist()

    records = bag.compute()

    by_source = {r["source"]: r for r in records}
    assert set(by_source) == {str(p) for p in SEED_FILES} | {str(missing)}
    assert by_source[str(missing)]["error_code"] == "not_found"
    for path in SEED_FILES:
        record = by_source[str(path)]
        assert "error_code" not in record and record["text"]
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        assert record["doc_id"] == make_doc_id(str(path), digest)

    docs = vd.to_dataframe(bag, "documents").compute()
    assert sorted(docs["source"]) == sorted(by_source)
    assert not docs.set_index("source").loc[str(missing), "ok"]
    assert str(docs["n_clauses"].dtype) == "Int32"
    clauses = vd.to_dataframe(bag, "clauses").compute()
    assert set(clauses["doc_id"]) <= set(docs["doc_id"])
    assert len(clauses) == sum(docs["n_clauses"].fillna(0))


def test_parse_texts_accepts_pairs_mappings_and_strings(client: Any) -> None:
    import dask.bag as db

    text = SEED_FILES[0].read_text(encoding="utf-8")
    bag = db.from_sequence(
        [("pair", text), {"source": "mapping", "text": text}, text, ("binary", "\x00" * 50)],
        npartitions=2,
    )
    records = vd.parse_texts(bag).compute()
    assert [r["source"] for r in records] == ["pair", "mapping", "<text>", "binary"]
    assert records[0]["text"] == records[1]["text"] == records[2]["text"]
    assert records[3]["error_code"] == "binary_input"


def test_missing_dask_raises_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_dask(name: str, package: str | None = None) -> Any:
        if name.startswith("dask"):
            raise ImportError(f"No module named {name!r}")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_dask)
    with pytest.raises(MissingDependencyError, match=r"vbcd\[dask\]"):
        vd.parse_paths([SEEDS])
    with pytest.raises(MissingDependencyError, match=r"vbcd\[dask\]"):
        vd.to_dataframe(None)
