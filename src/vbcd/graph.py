"""The citation graph of a set of documents: who cites whom.

A document is identified by its number (số ký hiệu) and its year. Both
numbering grammars name the same parts in a different order: State
``432/TB-VPTW`` (number / type - organ) and Party ``432-TB/VPTW`` (number -
type / organ); legal acts add the year inside (``30/2020/NĐ-CP``). The
identity key is the sequence of the number's parts with separators dropped,
diacritics and case folded and an embedded year taken out, so a reference
printed in either grammar, with stray spaces or a missing diacritic
(``QD`` for ``QĐ``), finds the document. The year is compared separately:
State numbering restarts every year and Party numbering every congress term,
so a number alone is not unique, but a reference often omits the year.

Citations to documents outside the set are kept as dangling nodes
(``in_set=false``), so the graph also shows what the set depends on. Output
is plain CSV and GraphML written with ElementTree: no graph library needed.
"""

from __future__ import annotations

import csv
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from vbcd.export.akn import xml_safe
from vbcd.models import Document

_PARTS = regex.compile(r"[\p{L}\p{N}.]+")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_SERIAL = regex.compile(r"\d")
_ISO = regex.compile(r"\d{4}-\d\d-\d\d")


def _fold(part: str) -> str:
    """Case, diacritics and đ folded: ``QĐi`` and ``QDI`` are the same code."""
    decomposed = unicodedata.normalize("NFD", part.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def identity(number: str) -> tuple[str, str | None]:
    """Grammar-neutral key of a document number, and the year printed inside it.

    >>> identity("432-TB/VPTW") == identity("432/TB-VPTW")
    True
    >>> identity("30/2020/NĐ-CP")
    ('30-nd-cp', '2020')
    """
    parts = _PARTS.findall(number)
    year: str | None = None
    kept: list[str] = []
    for i, part in enumerate(parts):
        if i > 0 and year is None and _YEAR.fullmatch(part):
            year = part
            continue
        kept.append(_fold(part.strip(".")))
    return "-".join(p for p in kept if p), year


def compact(number: str) -> str:
    """The number as printed, whitespace removed: the readable part of a node id."""
    return "".join(number.split())


@dataclass
class Node:
    """A document of the set, or a cited document outside it (``in_set=False``)."""

    id: str
    label: str
    in_set: bool
    key: str = ""
    year: str | None = None
    source: str | None = None
    doc_type: str | None = None
    issue_date: str | None = None
    title: str | None = None
    issuer: str | None = None


@dataclass
class Edge:
    """One citation: the citing document, the cited node, the words that cite it."""

    source: str
    target: str
    citing_text: str
    resolved: bool
    start: int
    end: int


@dataclass
class CitationGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def successors(self, node_id: str) -> set[str]:
        return {e.target for e in self.edges if e.source == node_id}


@dataclass
class _Cite:
    number: str
    year: str | None
    date: str | None
    text: str
    start: int
    end: int


@dataclass
class _Summary:
    """What the graph keeps of a document: its node and its citations, not the text."""

    node: Node
    cites: list[_Cite]


def _doc_year(doc: Document) -> str | None:
    if doc.number and doc.number.year:
        return doc.number.year
    if doc.issue_date and _YEAR.match(doc.issue_date.value):
        return doc.issue_date.value[:4]
    if doc.number:
        return identity(doc.number.value)[1]
    return None


def _summarise(doc: Document, index: int) -> _Summary:
    year = _doc_year(doc)
    if doc.number and _SERIAL.search(doc.number.value):
        label = compact(doc.number.value)
        key = identity(doc.number.value)[0]
        node_id = f"{label}@{year}" if year else label
    else:
        label = Path(doc.source).stem if doc.source else f"document-{index}"
        key = ""
        node_id = f"file:{label}"
    node = Node(
        id=node_id, label=label, in_set=True, key=key, year=year, source=doc.source,
        doc_type=doc.doc_type.code if doc.doc_type else None,
        issue_date=doc.issue_date.value if doc.issue_date else None,
        title=doc.title.value if doc.title else None,
        issuer=doc.issuer.value if doc.issuer else None,
    )
    cites = []
    for ref in doc.references:
        if not _SERIAL.search(ref.number):
            continue
        ref_year = ref.year or (ref.date[:4] if ref.date else None) or identity(ref.number)[1]
        date = ref.date if ref.date and _ISO.fullmatch(ref.date) else None
        cites.append(_Cite(ref.number, ref_year, date, ref.text, ref.start, ref.end))
    return _Summary(node, cites)


def _pick(candidates: list[Node], cite: _Cite, citing_year: str | None) -> Node | None:
    """The document a citation means among those with the same number key.

    A citation that gives the full issue date only matches a document issued
    that day (when its date is known): local organ codes (``QĐ-UBND``,
    ``TB/TU``) repeat in every province, and the date is what tells them apart.
    With a year, only a document of that year (or, failing that, the single
    one whose year is unknown). Without one, the only candidate, or the latest
    issued no later than the citing document.
    """
    if cite.date is not None:
        candidates = [n for n in candidates
                      if n.issue_date is None or not _ISO.fullmatch(n.issue_date)
                      or n.issue_date == cite.date]
    if not candidates:
        return None
    year = cite.year
    if year is not None:
        exact = [n for n in candidates if n.year == year]
        if exact:
            return exact[0]
        unknown = [n for n in candidates if n.year is None]
        return unknown[0] if len(unknown) == 1 else None
    if len(candidates) == 1:
        return candidates[0]
    dated = sorted((n for n in candidates if n.year), key=lambda n: (n.year or "", n.id))
    if citing_year:
        earlier = [n for n in dated if (n.year or "") <= citing_year]
        if earlier:
            return earlier[-1]
    return dated[-1] if dated else candidates[0]


def build_graph(docs: Iterable[Document]) -> CitationGraph:
    """Nodes for every document and every cited number; an edge per citation.

    A document citing its own number (a decree quoting itself) gets no edge.
    """
    graph = CitationGraph()
    summaries: list[_Summary] = []
    by_key: dict[str, list[Node]] = {}
    for i, doc in enumerate(docs):
        summary = _summarise(doc, i)
        node = summary.node
        base, n = node.id, 1
        while node.id in graph.nodes:
            n += 1
            node.id = f"{base}#{n}"
        graph.nodes[node.id] = node
        if node.key:
            by_key.setdefault(node.key, []).append(node)
        summaries.append(summary)

    dangling: dict[tuple[str, str | None], Node] = {}
    dangling_by_key: dict[str, list[Node]] = {}

    def outside(cite: _Cite, key: str) -> Node:
        """The dangling node of a cited number, shared by every citation of it."""
        found = dangling.get((key, cite.year))
        if found is None and cite.year is None:
            same = dangling_by_key.get(key, [])
            found = same[0] if len(same) == 1 else None
        if found is None:
            label = compact(cite.number)
            node_id = f"{label}@{cite.year}" if cite.year else label
            while node_id in graph.nodes:
                node_id += "'"
            found = Node(id=node_id, label=label, in_set=False, key=key, year=cite.year)
            graph.nodes[node_id] = found
            dangling[(key, cite.year)] = found
            dangling_by_key.setdefault(key, []).append(found)
        return found

    # Citations with a year are resolved first, so that a year-less citation
    # of the same outside number joins the dated node instead of making another.
    targets: dict[int, Node] = {}
    for dated in (True, False):
        for summary in summaries:
            for cite in summary.cites:
                if (cite.year is not None) != dated:
                    continue
                key = identity(cite.number)[0]
                target = _pick(by_key.get(key, []), cite, summary.node.year)
                targets[id(cite)] = target or outside(cite, key)
    for summary in summaries:
        for cite in summary.cites:
            target = targets[id(cite)]
            if target is summary.node:
                continue
            graph.edges.append(Edge(summary.node.id, target.id, cite.text, target.in_set,
                                    cite.start, cite.end))
    return graph


EDGE_COLUMNS = ("source", "target", "citing_text", "resolved", "start", "end")
NODE_COLUMNS = ("id", "label", "in_set", "year", "source", "doc_type", "issue_date", "title",
                "issuer")


def _flat(value: object) -> str:
    """One line of text; booleans as GraphML writes them; no character XML forbids."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else xml_safe(" ".join(str(value).split()))


def write_edges_csv(graph: CitationGraph, path: Path) -> None:
    """One row per citation; ``citing_text`` has its line breaks folded to spaces."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EDGE_COLUMNS)
        for e in graph.edges:
            writer.writerow([_flat(getattr(e, c)) for c in EDGE_COLUMNS])


def write_nodes_csv(graph: CitationGraph, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(NODE_COLUMNS)
        for n in graph.nodes.values():
            writer.writerow([_flat(getattr(n, c)) for c in NODE_COLUMNS])


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"

_NODE_KEYS = (
    ("label", "string"), ("in_set", "boolean"), ("year", "string"), ("source", "string"),
    ("doc_type", "string"), ("issue_date", "string"), ("title", "string"),
    ("issuer", "string"),
)
_EDGE_KEYS = (("weight", "int"), ("citing_text", "string"), ("resolved", "boolean"))


def graphml_tree(graph: CitationGraph) -> ET.ElementTree[ET.Element]:
    """GraphML with one edge per cited pair (``weight`` = number of citations)."""
    ET.register_namespace("", GRAPHML_NS)

    def q(tag: str) -> str:
        return f"{{{GRAPHML_NS}}}{tag}"

    root = ET.Element(q("graphml"))
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, q("key"), {
                "id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": kind,
            })
    g = ET.SubElement(root, q("graph"), {"id": "citations", "edgedefault": "directed"})
    for node in graph.nodes.values():
        el = ET.SubElement(g, q("node"), {"id": node.id})
        for name, _ in _NODE_KEYS:
            value = getattr(node, name)
            if value is None:
                continue
            data = ET.SubElement(el, q("data"), {"key": f"n_{name}"})
            data.text = _flat(value)
    grouped: dict[tuple[str, str], list[Edge]] = {}
    for e in graph.edges:
        grouped.setdefault((e.source, e.target), []).append(e)
    for i, ((source, target), group) in enumerate(grouped.items()):
        el = ET.SubElement(g, q("edge"), {"id": f"e{i}", "source": source, "target": target})
        for name, value in (("weight", len(group)), ("citing_text", group[0].citing_text),
                            ("resolved", group[0].resolved)):
            data = ET.SubElement(el, q("data"), {"key": f"e_{name}"})
            data.text = _flat(value)
    ET.indent(root)
    return ET.ElementTree(root)


def write_graphml(graph: CitationGraph, path: Path) -> None:
    graphml_tree(graph).write(path, encoding="utf-8", xml_declaration=True)
