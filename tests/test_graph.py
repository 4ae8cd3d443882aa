"""The citation graph: identities across both numbering grammars, edges between the
fixture documents that cite each other, dangling citations, CSV and GraphML output."""

from __future__ import annotations

import csv
import unicodedata
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
import regex

import vbcd
from vbcd.cli import main
from vbcd.graph import GRAPHML_NS, build_graph, identity, write_edges_csv, write_graphml
from vbcd.models import Document

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# The Công điện chain on the November 2025 floods (226 cites 223 and 217, 223 cites
# 217), a copy of Công điện 220 without its number line citing 220, and two Party
# notices that cite none of the others.
CD_217 = CORPUS / "dev" / "005_cd-217-cd-ttg-mua-lu-trung-bo.txt"
CD_223 = CORPUS / "silver" / "15e6fb3d3f3b2644.txt"
CD_226 = CORPUS / "silver" / "858c0de43c18ce78.txt"
CD_220 = CORPUS / "silver" / "344b9eec106a648a.txt"
CITES_220 = CORPUS / "silver" / "7f6efa59099bb33b.txt"
OTHERS = [
    CORPUS / "dev" / "019_tb-432-tb-vptw-ket-luan-tong-bi-thu.txt",
    CORPUS / "dev" / "021_kl-07-kl-vptw-hoi-nghi-van-phong-tinh-uy.txt",
]
FILES = [CD_217, CD_223, CD_226, CD_220, CITES_220, *OTHERS]

PARTY = """ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY QUẢNG NINH
*
Số 12-TB/TU
Hạ Long, ngày 01 tháng 02 năm 2021

THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh ủy về phòng, chống dịch

Ngày 01/02/2021, Ban Thường vụ Tỉnh ủy họp và kết luận như sau:
1. Giao Ban cán sự đảng UBND tỉnh chỉ đạo thực hiện Quyết định số 45/QĐ-UBND ngày 04/02/2021 của UBND tỉnh.
2. Tiếp tục thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn An
"""

STATE = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-UBND
Hạ Long, ngày 04 tháng 02 năm 2021

QUYẾT ĐỊNH
Về việc thực hiện kết luận của Ban Thường vụ Tỉnh ủy

Căn cứ Thông báo số 12-TB/TU ngày 01/02/2021 của Ban Thường vụ Tỉnh ủy;
Căn cứ Thông báo số 12/TB-TU của Tỉnh ủy;
Căn cứ Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ;

QUYẾT ĐỊNH:
Điều 1. Giao Sở Y tế chủ trì thực hiện.
Điều 2. Quyết định này có hiệu lực từ ngày ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""


@cache
def parsed(path: Path) -> Document:
    return vbcd.parse_file(path)


@cache
def fixture_docs() -> tuple[Document, ...]:
    return tuple(parsed(p) for p in FILES)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _cites(citing: Document, cited: Document) -> bool:
    """Written independently of vbcd.graph: same serial, type and organ code (either
    grammar), and no contradicting year or date."""
    if cited.number is None or cited.number.number is None:
        return False
    want = (cited.number.number.lstrip("0"), _fold(cited.number.type_code or ""),
            _fold(cited.number.organ_code or ""))
    year = cited.issue_date.value[:4] if cited.issue_date else None
    for ref in citing.references:
        serial = regex.match(r"\s*0*(\d+)", ref.number)
        got = (serial.group(1) if serial else "", _fold(ref.type_code or ""),
               _fold(ref.organ_code or ""))
        if got != want:
            continue
        if ref.year and year and ref.year != year:
            continue
        if ref.date and cited.issue_date and ref.date != cited.issue_date.value:
            continue
        return True
    return False


def test_identity_is_grammar_neutral() -> None:
    assert identity("432-TB/VPTW") == identity("432/TB-VPTW") == identity("432 -TB/VPTW")
    assert identity("16-CT/TTg")[0] == identity("16/CT-TTg")[0]
    assert identity("30/2020/NĐ-CP") == ("30-nd-cp", "2020")
    assert identity("878/QD-BYT")[0] == identity("878/QĐ-BYT")[0]
    assert identity("45/QĐ-UBND")[0] != identity("45/QĐ-BYT")[0]
    assert identity("45/QĐ-UBND")[0] != identity("46/QĐ-UBND")[0]


def test_fixture_citations_are_linked() -> None:
    docs = fixture_docs()
    graph = build_graph(docs)
    ids = list(graph.nodes)[: len(docs)]  # documents come first, in input order
    assert all(graph.nodes[i].in_set for i in ids)
    expected = {(ids[a], ids[b]) for a, da in enumerate(docs) for b, db in enumerate(docs)
                if a != b and _cites(da, db)}
    got = {(e.source, e.target) for e in graph.edges if e.resolved}
    assert got == expected
    # the known chain, explicitly
    node = {p: ids[FILES.index(p)] for p in FILES}
    assert {(node[CD_226], node[CD_217]), (node[CD_226], node[CD_223]),
            (node[CD_223], node[CD_217]), (node[CITES_220], node[CD_220])} <= got
    assert node[CD_217] == "217/CĐ-TTg@2025"
    # citations of documents outside the set are kept, dangling
    outside = [e for e in graph.edges if not e.resolved]
    assert outside and all(not graph.nodes[e.target].in_set for e in outside)
    assert all(e.source in ids for e in graph.edges)


def test_both_grammars_link_both_ways() -> None:
    party = vbcd.parse(PARTY, source="party.txt")
    state = vbcd.parse(STATE, source="state.txt")
    graph = build_graph([party, state])
    p_id, s_id = "12-TB/TU@2021", "45/QĐ-UBND@2021"
    assert set(list(graph.nodes)[:2]) == {p_id, s_id}
    resolved = [(e.source, e.target) for e in graph.edges if e.resolved]
    assert (p_id, s_id) in resolved
    # the state decision cites the notice in the party grammar and in the state grammar
    assert resolved.count((s_id, p_id)) == 2
    # both cite Chỉ thị 15/CT-TTg, once with a year and once without: one dangling node
    ct = [n for n in graph.nodes.values() if n.label == "15/CT-TTg"]
    assert len(ct) == 1 and not ct[0].in_set
    assert sum(e.target == ct[0].id for e in graph.edges) == 2


def test_a_citation_with_another_date_is_another_document() -> None:
    party = vbcd.parse(PARTY.replace("04/02/2021", "09/03/2021"), source="party.txt")
    state = vbcd.parse(STATE, source="state.txt")
    graph = build_graph([party, state])
    edge = next(e for e in graph.edges if e.source == "12-TB/TU@2021" and "45" in e.target)
    assert not edge.resolved and edge.target != "45/QĐ-UBND@2021"


def test_self_citation_is_not_an_edge() -> None:
    doc = vbcd.parse(STATE.replace("Điều 2. Quyết định này",
                                   "Điều 2. Quyết định số 45/QĐ-UBND này"), source="s.txt")
    graph = build_graph([doc])
    assert all(e.target != e.source for e in graph.edges)


def test_outputs(tmp_path: Path) -> None:
    docs = [vbcd.parse(PARTY, source="party.txt"), vbcd.parse(STATE, source="state.txt")]
    graph = build_graph(docs)
    write_edges_csv(graph, tmp_path / "edges.csv")
    write_graphml(graph, tmp_path / "graph.graphml")
    rows = list(csv.DictReader((tmp_path / "edges.csv").open(encoding="utf-8")))
    assert len(rows) == len(graph.edges)
    assert {"source", "target", "citing_text", "resolved"} <= set(rows[0])
    assert {r["resolved"] for r in rows} == {"true", "false"}
    root = ET.parse(tmp_path / "graph.graphml").getroot()
    ns = {"g": GRAPHML_NS}
    g = root.find("g:graph", ns)
    assert g is not None and g.get("edgedefault") == "directed"
    nodes = {n.get("id") for n in g.findall("g:node", ns)}
    assert nodes == set(graph.nodes)
    pairs = {(e.source, e.target) for e in graph.edges}
    edges = g.findall("g:edge", ns)
    assert {(e.get("source"), e.get("target")) for e in edges} == pairs
    weights = {(e.get("source"), e.get("target")): int(
        e.find("g:data[@key='e_weight']", ns).text or 0) for e in edges}
    assert sum(weights.values()) == len(graph.edges)
    in_set = {n.get("id"): n.find("g:data[@key='n_in_set']", ns).text
              for n in g.findall("g:node", ns)}
    assert in_set["12-TB/TU@2021"] == "true"
    assert list(in_set.values()).count("false") == len(graph.nodes) - 2


def test_cli_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "party.txt").write_text(PARTY, encoding="utf-8")
    (folder / "state.txt").write_text(STATE, encoding="utf-8")
    (folder / ".hidden.txt").write_text(STATE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["graph", str(folder), "-o", str(out)]) == 0
    rows = list(csv.DictReader((out / "edges.csv").open(encoding="utf-8")))
    assert sum(r["resolved"] == "true" for r in rows) == 3
    assert (out / "graph.graphml").exists() and (out / "nodes.csv").exists()
    assert "2 documents" in capsys.readouterr().err
    assert main(["graph", str(folder), str(tmp_path / "nope"), "-o", str(out)]) == 1
