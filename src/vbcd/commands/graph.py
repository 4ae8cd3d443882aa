"""``vbcd graph INPUT... -o OUT``: the citation graph of a set of documents."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import vbcd
from vbcd.errors import VbcdError
from vbcd.graph import build_graph, write_edges_csv, write_graphml, write_nodes_csv
from vbcd.models import Document

#: Extensions picked up when a folder is given (files named explicitly are always read).
DOC_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".doc"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "graph", help="build the citation graph of a set of documents",
        description="Parse every INPUT (files, or folders walked recursively) and write "
        "OUT/edges.csv, OUT/nodes.csv and OUT/graph.graphml: a node per document, an edge "
        "per citation; cited documents outside the set are kept with in_set=false.",
    )
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    p.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    p.set_defaults(func=run)


def expand(inputs: list[Path], missing: list[Path]) -> Iterator[Path]:
    """Files as given; folders walked in sorted order for document files."""
    for path in inputs:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in DOC_SUFFIXES:
                        yield Path(root) / name
        elif path.exists():
            yield path
        else:
            print(f"vbcd: {path}: no such file or folder", file=sys.stderr)
            missing.append(path)


def run(args: argparse.Namespace) -> int:
    failed: list[Path] = []

    def docs() -> Iterator[Document]:
        for path in expand(args.inputs, failed):
            try:
                yield vbcd.parse_file(path)
            except VbcdError as exc:
                print(f"vbcd: {path}: {exc}", file=sys.stderr)
                failed.append(path)

    graph = build_graph(docs())
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    write_edges_csv(graph, out / "edges.csv")
    write_nodes_csv(graph, out / "nodes.csv")
    write_graphml(graph, out / "graph.graphml")
    in_set = sum(1 for n in graph.nodes.values() if n.in_set)
    resolved = sum(1 for e in graph.edges if e.resolved)
    print(f"{in_set} documents, {len(graph.nodes) - in_set} cited outside the set, "
          f"{len(graph.edges)} citations ({resolved} inside the set) -> {out}", file=sys.stderr)
    return 1 if failed else 0
