"""Exports: CoNLL and spaCy round trips, Akoma Ntoso validity, CSV row counts, the CLI."""

from __future__ import annotations

import csv
import io
import itertools
import json
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

import vbcd
from vbcd.cli import main
from vbcd.export.akn import AKN_NS, clause_count, to_akn, to_akn_string
from vbcd.export.conll import align, read_conll, spans_from_bio, to_conll, tokenize
from vbcd.export.csv import COLUMNS, to_csv
from vbcd.export.entities import LABELS, EntitySpan, export_entities, select_longest
from vbcd.export.spacy import to_jsonl_line, to_spacy
from vbcd.models import Document

FIXTURES_DIR = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES_DIR / "corpus"
FIXTURES = [
    CORPUS / "dev" / "019_tb-432-tb-vptw-ket-luan-tong-bi-thu.txt",
    CORPUS / "dev" / "021_kl-07-kl-vptw-hoi-nghi-van-phong-tinh-uy.txt",
    CORPUS / "dev" / "012_cv-11654-vpcp-cn-vat-lieu-cao-toc.txt",
    CORPUS / "seeds" / "002_5b89a2729f1ad97e.txt",
]
IDS = [p.stem[:12] for p in FIXTURES]


@cache
def parsed(path: Path) -> Document:
    return vbcd.parse_file(path)


# -- entities ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_export_entities_do_not_overlap_and_cover_the_longest(path: Path) -> None:
    doc = parsed(path)
    ents = export_entities(doc)
    assert ents, "fixture chosen for its entities"
    for a, b in itertools.pairwise(ents):
        assert a.end <= b.start
    for e in ents:
        assert doc.text[e.start:e.end] == e.text and e.text == e.text.strip()
        assert e.label in LABELS.values()
    # every reference is kept whole: nothing of its kind is longer or overlaps it first
    kept = {(e.start, e.end) for e in ents if e.label == "REF"}
    for r in doc.references:
        s = doc.text[r.start:r.end]
        start = r.start + (len(s) - len(s.lstrip()))
        end = r.end - (len(s) - len(s.rstrip()))
        covered = any(e.start <= start and end <= e.end for e in ents)
        assert (start, end) in kept or covered


def test_longest_wins_and_ties_go_to_the_more_specific_kind() -> None:
    text = "Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ"
    ref = EntitySpan(0, 35, "reference", 0, text[0:35])
    date = EntitySpan(26, 35, "date", 0, text[26:35])
    agency = EntitySpan(30, len(text), "agency", 0, text[30:])  # crosses the reference
    org = EntitySpan(40, len(text), "agency", 1, text[40:])
    person = EntitySpan(40, len(text), "person", 0, text[40:])  # same span, more specific
    kept = select_longest([date, agency, org, person, ref])
    assert [(k.kind, k.start, k.end) for k in kept] == [
        ("reference", 0, 35), ("person", 40, len(text)),
    ]


# -- CoNLL -------------------------------------------------------------------------------


def test_tokenizer_keeps_codes_and_dates_whole_and_cuts_at_entity_edges() -> None:
    text = "Số 432-TB/VPTW, ngày 04/02/2021 (V/v họp)."
    toks = [t.text for t in tokenize(text)]
    assert toks == ["Số", "432-TB/VPTW", ",", "ngày", "04/02/2021", "(", "V/v", "họp", ")",
                    "."]
    cut = text.index("TB")
    assert [t.text for t in tokenize(text, [cut])][1:3] == ["432-", "TB/VPTW"]
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_conll_round_trip(path: Path) -> None:
    doc = parsed(path)
    data = to_conll(doc)
    docs = read_conll(data)
    assert len(docs) == 1
    pairs = [pair for sent in docs[0] for pair in sent]
    for token, tag in pairs:
        assert token and " " not in token
        assert tag == "O" or tag[:2] in ("B-", "I-")
    offsets = align(doc.text, [t for t, _ in pairs])
    got = spans_from_bio(offsets, [tag for _, tag in pairs])
    want = [(e.start, e.end, e.label) for e in export_entities(doc)]
    assert got == want
    # every non-space character of the text is in exactly one token
    assert sum(e - s for s, e in offsets) == sum(not c.isspace() for c in doc.text)


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_conll_sentences_never_split_an_entity(path: Path) -> None:
    doc = parsed(path)
    for sent in read_conll(to_conll(doc))[0]:
        assert not sent[0][1].startswith("I-")


def test_conll_sentences_end_at_sentence_ends_not_at_line_wraps() -> None:
    doc = vbcd.parse("Số: 1/UBND-VP\n\nNgày 24/11/2025, tại Trụ sở\nTrung ương Đảng, "
                     "đồng chí họp. Sau đó\nkết luận.\n\nĐoạn mới.\n")
    sents = [" ".join(t for t, _ in s) for s in read_conll(to_conll(doc))[0]]
    assert "Ngày 24/11/2025 , tại Trụ sở Trung ương Đảng , đồng chí họp ." in sents
    assert "Sau đó kết luận ." in sents
    assert "Đoạn mới ." in sents


# -- spaCy -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_spacy_offsets_slice_to_entity_text(path: Path) -> None:
    doc = parsed(path)
    rec = json.loads(to_jsonl_line(doc))
    assert rec["text"] == doc.text
    assert rec["ents"] == [[e.start, e.end, e.label] for e in export_entities(doc)]
    surfaces = {(e.start, e.end): e.text for e in export_entities(doc)}
    last_end = 0
    for start, end, label in rec["ents"]:
        assert rec["text"][start:end] == surfaces[(start, end)]
        assert start >= last_end and label in LABELS.values()
        last_end = end
    assert rec["meta"]["source"] == doc.source
    assert to_spacy(doc)["ents"] == rec["ents"]


# -- Akoma Ntoso -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema():  # type: ignore[no-untyped-def]
    etree = pytest.importorskip("lxml.etree", reason="lxml is needed to validate AKN")
    return etree.XMLSchema(etree.parse(str(FIXTURES_DIR / "akn_subset.xsd")))


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_akn_validates_and_keeps_the_clause_tree(schema, path: Path) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    doc = parsed(path)
    xml = to_akn_string(doc)
    tree = etree.fromstring(xml.encode("utf-8"))
    assert schema.validate(tree), schema.error_log
    ns = {"a": AKN_NS}
    assert clause_count(ET.fromstring(xml)) == sum(1 for _ in doc.iter_clauses())
    assert len(tree.xpath("//a:mainBody/a:hcontainer", namespaces=ns)) == len(doc.clauses)
    nums = tree.xpath("//a:hcontainer[@name='clause']/a:num/text()", namespaces=ns)
    assert nums == [c.marker for c in doc.iter_clauses()]
    if doc.number:
        assert tree.xpath("string(//a:docNumber)", namespaces=ns).endswith(doc.number.value)
    if doc.issue_date:
        assert tree.xpath("string(//a:docDate/@date)", namespaces=ns) == doc.issue_date.value
    # every inline reference points to a TLC entry that exists
    eids = set(tree.xpath("//a:references/*/@eId", namespaces=ns))
    for target in tree.xpath("//@refersTo", namespaces=ns):
        assert target.lstrip("#") in eids


def test_akn_is_well_formed_for_hostile_text(schema) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    doc = vbcd.parse("Số: 1/UBND-VP\nV/v <script>&amp; ]]> \x0b \ufffe\n1. Nội dung <b>đậm</b> & "
                     "ngày 04/02/2021.\n2. Hết.\n")
    root = to_akn(doc)
    xml = to_akn_string(doc)
    assert schema.validate(etree.fromstring(xml.encode("utf-8"))), schema.error_log
    assert clause_count(root) == sum(1 for _ in doc.iter_clauses())
    assert "<b>" not in xml and "&lt;b&gt;đậm&lt;/b&gt;" in xml


def test_akn_schema_rejects_a_broken_document(schema) -> None:  # type: ignore[no-untyped-def]
    """Control: the subset schema is strict enough to catch a missing mainBody."""
    from lxml import etree

    tree = etree.fromstring(to_akn_string(parsed(FIXTURES[0])).encode("utf-8"))
    body = tree.find(f".//{{{AKN_NS}}}mainBody")
    body.getparent().remove(body)
    assert not schema.validate(tree)


# -- CSV ---------------------------------------------------------------------------------


def test_csv_parses_back_with_the_right_row_counts() -> None:
    docs = [parsed(p) for p in FIXTURES]
    rows = list(csv.DictReader(io.StringIO(to_csv(docs))))
    assert tuple(rows[0].keys()) == COLUMNS
    for doc in docs:
        mine = [r for r in rows if r["source"] == (doc.source or "")]
        assert sum(r["kind"] == "task" for r in mine) == len(doc.assignments)
        assert sum(r["kind"] == "reference" for r in mine) == len(doc.references)
        for r, ref in zip((r for r in mine if r["kind"] == "reference"), doc.references,
                          strict=True):
            assert r["number"] == ref.number
            assert int(r["start"]) == ref.start
    assert sum(len(d.references) for d in docs) > 0


def test_csv_task_rows() -> None:
    from vbcd.models import Assignment

    doc = parsed(FIXTURES[0]).model_copy(deep=True)
    doc.assignments = [Assignment(start=0, end=3, clause="1", actor="Bộ Y tế", role="lead",
                                  task="chủ trì,\nbáo cáo", deadline="2026-01-31")]
    rows = list(csv.DictReader(io.StringIO(to_csv([doc]))))
    tasks = [r for r in rows if r["kind"] == "task"]
    assert tasks == [{**dict.fromkeys(COLUMNS, ""), "kind": "task", "source": doc.source,
                      "doc_number": doc.number.value if doc.number else "", "start": "0",
                      "end": "3", "clause": "1", "text": "chủ trì, báo cáo",
                      "actor": "Bộ Y tế", "role": "lead", "deadline": "2026-01-31"}]


# -- CLI ---------------------------------------------------------------------------------


def test_cli_export_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = str(FIXTURES[0]), str(FIXTURES[1])
    assert main(["export", a, b, "--to", "spacy", "-o", str(tmp_path / "t.jsonl")]) == 0
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["text"] == parsed(FIXTURES[1]).text

    assert main(["export", a, "--to", "conll"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("-DOCSTART- O\n") and read_conll(out)

    assert main(["export", a, b, "--to", "akn", "-o", str(tmp_path / "akn")]) == 0
    assert sorted(p.name for p in (tmp_path / "akn").iterdir()) == sorted(
        [FIXTURES[0].stem + ".xml", FIXTURES[1].stem + ".xml"])
    assert main(["export", a, b, "--to", "akn"]) == 2  # several XML files need a folder

    assert main(["export", a, str(tmp_path / "missing.txt"), "--to", "csv",
                 "-o", str(tmp_path / "t.csv")]) == 1
    rows = list(csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8")))
    assert len(rows) == len(parsed(FIXTURES[0]).references) + len(
        parsed(FIXTURES[0]).assignments)
