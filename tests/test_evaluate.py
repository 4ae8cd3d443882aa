"""The evaluation harness: every scoring rule of FORMAT.md on small hand-made dicts,
the corpus runner's error handling, and the ``vbcd eval`` command."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from vbcd import evaluate as ev
from vbcd.cli import main
from vbcd.evaluate import Counts, aggregate, evaluate, format_table, metrics, score_document
from vbcd.models import Document

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SUMMARY = re.compile(
    r"^structure mean F1 (\d\.\d{3}|—) · entity mean F1 (\d\.\d{3}|—)"
    r" · \d+ documents · \d+ errors?$"
)


def counts(c: Counts) -> tuple[int, int, int, int]:
    return c.tp, c.fp, c.fn, c.tn


def val(value: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "start": 0, "end": 0, **extra}


# --- scalars --------------------------------------------------------------------------


def test_scalar_equal_is_tp_and_wrong_date_is_fp_and_fn() -> None:
    gold = {"issue_date": "2021-02-04", "meeting_date": "2021-02-04"}
    pred = {"issue_date": val("2021-02-04"), "meeting_date": val("2021-02-05")}
    out = score_document(gold, pred)
    assert counts(out["issue_date"]) == (1, 0, 0, 0)
    assert counts(out["meeting_date"]) == (0, 1, 1, 0)
    assert metrics("meeting_date", out["meeting_date"]).f1 == 0.0


def test_scalar_one_sided_and_null_gold() -> None:
    gold = {"number": "2032-TB/TU", "issuer": None, "issue_place": None}
    pred = {"issuer": val("TỈNH ỦY QUẢNG NINH")}
    out = score_document(gold, pred)
    assert counts(out["number"]) == (0, 0, 1, 0)  # only gold: FN
    assert counts(out["issuer"]) == (0, 1, 0, 0)  # gold null, something predicted: FP
    assert counts(out["issue_place"]) == (0, 0, 0, 1)  # null and nothing: TN
    assert metrics("issue_place", out["issue_place"]).f1 == 1.0


def test_absent_gold_key_is_not_scored() -> None:
    out = score_document({"number": "45/QĐ-UBND"}, {"title": val("Về việc x")})
    assert set(out) == {"number"}


def test_number_ignores_spaces_and_case_but_not_digits() -> None:
    assert score_document({"number": "45/QĐ-UBND"}, {"number": val("45 /qđ-UBND")})[
        "number"
    ].tp == 1
    assert score_document({"number": "45/QĐ-UBND"}, {"number": val("46/QĐ-UBND")})[
        "number"
    ].fn == 1


def test_doc_type_code_and_plain_strings_are_accepted() -> None:
    gold = {"doc_type": {"code": "TB", "name": "Thông báo"}, "title": "Về việc phòng dịch"}
    assert score_document(gold, {"doc_type": {"code": "TB", "name": "Thông báo"}})[
        "doc_type"
    ].tp == 1
    out = score_document(gold, {"doc_type": "CT", "title": "Về việc  phòng\ndịch"})
    assert counts(out["doc_type"]) == (0, 1, 1, 0)
    assert out["title"].tp == 1


def test_issuer_fuzzy_threshold_92() -> None:
    gold = {"issuer": "UBND TỈNH QUẢNG NINH SỞ Y TẾ"}
    near = score_document(gold, {"issuer": val("UBND TỈNH QUẢNG NINH\nSỞ Y TẾ.")})
    assert near["issuer"].tp == 1
    far = score_document(gold, {"issuer": val("UBND TỈNH QUẢNG NINH")})
    assert counts(far["issuer"]) == (0, 1, 1, 0)


def test_tone_placement_does_not_matter() -> None:
    gold = {"issuer": "TỈNH UỶ QUẢNG NINH", "issue_place": "Thanh Hoá"}
    pred = {"issuer": val("TỈNH ỦY QUẢNG NINH"), "issue_place": val("Thanh Hóa")}
    out = score_document(gold, pred)
    assert out["issuer"].tp == 1 and out["issue_place"].tp == 1


# --- probes and clauses ---------------------------------------------------------------


def test_preamble_and_closing_probes_ignore_markup_and_line_breaks() -> None:
    gold = {
        "preamble_probes": ["Ngày 04/02/2021, Ban Thường vụ Tỉnh ủy", "kết luận như sau"],
        "closing_probes": ["Văn phòng Tỉnh ủy thông báo"],
    }
    pred = {
        "preamble": {"text": "**Ngày 04/02/2021**, Ban Thường vụ\nTỉnh ủy họp",
                     "start": 0, "end": 0},
        "closing": None,
    }
    out = score_document(gold, pred)
    assert counts(out["preamble"]) == (1, 0, 1, 0)
    assert counts(out["closing"]) == (0, 0, 1, 0)
    m = metrics("preamble", out["preamble"])
    assert m.precision == m.recall == m.score == 0.5


def clause(path: str, text: str, *children: dict[str, Any]) -> dict[str, Any]:
    return {"path": path, "label": path.rsplit("/", 1)[-1], "text": text, "start": 0, "end": 0,
            "subtree_end": 0, "children": list(children)}


def test_clause_probes_look_in_the_clause_and_its_descendants() -> None:
    gold = {"clause_probes": {
        "3": ["Phấn đấu chậm nhất", "Bệnh viện Việt Nam - Thụy Điển"],
        "3/(1)": ["Bệnh viện Việt Nam - Thụy Điển"],
        "4": ["anything"],
    }}
    pred = {"clauses": [
        clause("3", "Phấn đấu chậm nhất đến ngày 28 Tết",
               clause("3/(1)", "Sở Y tế"), clause("3/(2)", "Bệnh viện Việt Nam -\nThụy Điển")),
    ]}
    out = score_document(gold, pred)
    # both probes of "3" found (one in a child); the probe of "3/(1)" is in its sibling: a miss
    assert counts(out["clause"]) == (2, 0, 2, 0)


def test_clause_probe_uses_the_subtree_span_of_the_text() -> None:
    text = "1. Giao Sở Y tế chủ trì\na) kiểm tra"
    pred = {"text": text, "clauses": [
        {**clause("1", "Giao Sở Y tế chủ trì", clause("1/a", "kiểm tra")),
         "start": 3, "end": 23, "subtree_end": len(text)},
    ]}
    out = score_document({"clause_probes": {"1": ["chủ trì a) kiểm tra"]}}, pred)
    assert out["clause"].tp == 1


def test_clauses_set_prf_over_the_whole_tree() -> None:
    gold = {"clauses": ["1", "2", "2/(1)", "2/a"]}
    pred = {"clauses": [clause("1", ""), clause("2", "", clause("2/(1)", ""), clause("2/b", ""))]}
    c = score_document(gold, pred)["clauses"]
    assert counts(c) == (3, 1, 1, 0)
    assert metrics("clauses", c).f1 == pytest.approx(0.75)
    empty = score_document({"clauses": []}, {"clauses": []})["clauses"]
    assert counts(empty) == (0, 0, 0, 1)


# --- lists of the frame ---------------------------------------------------------------


def test_addressees_match_one_to_one() -> None:
    gold = {"addressees": ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"]}
    pred = {"addressees": [{"text": "Các sở, ban, ngành tỉnh;", "start": 0, "end": 0}]}
    c = score_document(gold, pred)["addressees"]
    assert counts(c) == (1, 0, 1, 0)
    # one prediction cannot satisfy two near-identical gold items
    twice = score_document({"addressees": ["Sở Y tế", "Sở Y tế"]}, {"addressees": ["Sở Y tế"]})
    assert counts(twice["addressees"]) == (1, 0, 1, 0)


def test_recipients_and_purpose_on_matched_pairs() -> None:
    gold = {"recipients": [
        {"text": "Thường trực Tỉnh ủy", "purpose": "báo cáo"},
        {"text": "Đảng đoàn HĐND tỉnh", "purpose": None},
        {"text": "Các huyện, thị, thành ủy"},  # purpose unclear: not scored
        {"text": "Ban Tuyên giáo Tỉnh ủy", "purpose": "thực hiện"},  # not predicted
    ]}
    pred = {"recipients": [
        {"text": "Thường trực Tỉnh ủy", "purpose": "biết", "start": 0, "end": 0},
        {"text": "Đảng đoàn HĐND tỉnh", "purpose": None, "start": 0, "end": 0},
        {"text": "Các huyện, thị, thành ủy", "purpose": "biết", "start": 0, "end": 0},
        {"text": "Lưu VT", "start": 0, "end": 0},
    ]}
    out = score_document(gold, pred)
    assert counts(out["recipients"]) == (3, 1, 1, 0)
    assert counts(out["recipient_purpose"]) == (0, 1, 1, 1)
    assert out["recipient_purpose"].support == 3


def test_archive_fuzzy_list() -> None:
    c = score_document({"archive": ["VT", "VX2"]}, {"archive": ["VT", "VX3", "TH"]})["archive"]
    assert counts(c) == (1, 2, 1, 0)


def test_signature_fields_case_insensitive_and_partial_gold() -> None:
    gold = {"signature": {"authority": "TL", "on_behalf_of": "BAN THƯỜNG VỤ",
                          "title": "CHÁNH VĂN PHÒNG", "name": "Nguyễn Chí Thành"}}
    pred = {"signature": {"authority": "TL", "on_behalf_of": "Ban Thường vụ",
                          "title": "PHÓ CHÁNH VĂN PHÒNG", "name": None, "start": 0, "end": 0}}
    out = score_document(gold, pred)
    assert out["signature.authority"].tp == 1
    assert out["signature.on_behalf_of"].tp == 1
    assert counts(out["signature.title"]) == (0, 1, 1, 0)
    assert counts(out["signature.name"]) == (0, 0, 1, 0)
    silver = score_document({"signature": {"name": "Phạm Văn Thịnh"}}, pred)
    assert set(silver) == {"signature.name"}


def test_null_signature_scores_only_a_missing_authority() -> None:
    out = score_document({"signature": None}, {"signature": {"authority": "KT", "name": "A B"}})
    assert set(out) == {"signature.authority"}
    assert counts(out["signature.authority"]) == (0, 1, 0, 0)
    assert counts(score_document({"signature": None}, {})["signature.authority"]) == (0, 0, 0, 1)


# --- entities -------------------------------------------------------------------------


def test_persons_and_positions_from_the_span() -> None:
    text = "đồng chí Nguyễn Tường Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"
    start = text.index("Phó Bí thư")
    gold = {"persons": [
        {"name": "Nguyễn Tường Văn", "positions": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]},
        {"name": "Nguyễn Thị Hạnh", "positions": ["Phó Chủ tịch UBND tỉnh"]},
    ]}
    pred = {"text": text, "persons": [
        {"name": "Nguyễn Tường  Văn", "start": 9, "end": 25, "positions": [
            {"title": "Phó Bí thư", "organ": "Tỉnh ủy", "start": start, "end": start + 18},
            {"title": "Trưởng ban", "organ": None, "start": 0, "end": 0},
        ]},
        {"name": "Nguyễn Chí Thành", "start": 0, "end": 0},
    ]}
    out = score_document(gold, pred)
    assert counts(out["persons"]) == (1, 1, 1, 0)
    # positions only on the matched person: 1 found, 1 missed, 1 invented
    assert counts(out["person_positions"]) == (1, 1, 1, 0)
    assert out["person_positions"].support == 3


def test_agencies_expand_abbreviations() -> None:
    gold = {"agencies": ["UBND tỉnh", "Sở Y tế", "Bộ Y tế"]}
    pred = {"agencies": [
        {"name": "Ủy ban nhân dân tỉnh", "canonical": "Ủy ban nhân dân tỉnh", "start": 0, "end": 0},
        {"name": "Sở Y tế", "canonical": "Sở Y tế", "start": 0, "end": 0},
        {"name": "Sở Y tế", "canonical": "Sở Y tế", "start": 5, "end": 9},  # repeated: once
        {"name": "Sở Xây dựng", "canonical": "Sở Xây dựng", "start": 0, "end": 0},
    ]}
    assert ev.expand_abbreviations("UBND tỉnh").casefold() == "ủy ban nhân dân tỉnh"
    assert counts(score_document(gold, pred)["agencies"]) == (2, 1, 1, 0)


def test_places_equal() -> None:
    gold = {"places": ["Đông Triều", "Hạ Long"]}
    pred = {"places": [{"name": "Đông Triều", "kind": "town", "start": 0, "end": 0},
                       {"name": "Hạ Long Bay", "kind": "city", "start": 0, "end": 0}]}
    assert counts(score_document(gold, pred)["places"]) == (1, 1, 1, 0)


def test_dates_only_resolved_days_and_holidays_among_them() -> None:
    gold = {"dates": ["2021-02-04", "2021-02-09"],
            "holidays": [{"text": "ngày 28 Tết nguyên đán", "date": "2021-02-09"},
                         {"text": "Tết nguyên đán Tân Sửu", "date": "2021-02-12"}]}
    pred = {"dates": [
        {"text": "ngày 04/02/2021", "value": "2021-02-04", "precision": "day",
         "start": 0, "end": 0},
        {"text": "28 Tết", "value": "2021-02-09", "precision": "day", "calendar": "lunar",
         "start": 0, "end": 0},
        {"text": "tháng 2/2021", "value": "2021-02-01", "precision": "month", "start": 0, "end": 0},
        {"text": "8 giờ ngày 5/2", "value": "2021-02-05", "precision": "datetime",
         "start": 0, "end": 0},
    ]}
    out = score_document(gold, pred)
    assert counts(out["dates"]) == (2, 1, 0, 0)  # the month is not a day; the datetime is
    assert counts(out["holidays"]) == (1, 0, 1, 0)


def test_deadlines_multiset_and_clause_ancestry() -> None:
    gold = {"deadlines": [{"date": "2025-12-31", "clause": "III/1"},
                          {"date": "2025-12-31", "clause": "III/2"},
                          {"date": "2025-11-30", "clause": ""}]}
    pred = {"deadlines": [
        {"date": "2025-12-31", "kind": "before", "text": "", "clause": "III/2/a", "start": 0,
         "end": 0},
        {"date": "2025-12-31", "kind": "before", "text": "", "clause": "III", "start": 0, "end": 0},
        {"date": "2025-11-30", "kind": "by", "text": "", "clause": "1", "start": 0, "end": 0},
        {"date": "2026-01-01", "kind": "by", "text": "", "clause": None, "start": 0, "end": 0},
    ]}
    out = score_document(gold, pred)
    assert counts(out["deadlines"]) == (3, 1, 0, 0)
    # III/2 ~ III/2/a and III/1 ~ III (ancestors); "" (outside any clause) is not clause 1
    assert counts(out["deadline_clause"]) == (2, 1, 1, 0)


def test_references_numbers_and_attributes_on_matched() -> None:
    gold = {"references": [
        {"number": "78/NQ-CP", "type": "Nghị quyết", "date": "2021-07-20"},
        {"number": "5187/VPCP-CN", "type": "Công văn", "date": "2021-07-29"},
        {"number": "15/CT-TTg", "type": "Chỉ thị"},
    ]}
    ref = {"text": "", "start": 0, "end": 0}
    pred = {"references": [
        {**ref, "number": "78/NQ-CP", "type": None, "date": None},
        {**ref, "number": "78 /NQ-CP", "type": "nghị quyết", "date": "2021-07-21"},  # merged
        {**ref, "number": "15/CT-TTg", "type": "Quyết định", "date": "2020-03-27"},
        {**ref, "number": "16/CT-TTg", "type": "Chỉ thị", "date": None},
    ]}
    out = score_document(gold, pred)
    assert counts(out["references"]) == (2, 1, 1, 0)
    assert counts(out["reference_type"]) == (1, 1, 1, 0)
    assert out["reference_type"].support == 3
    assert counts(out["reference_date"]) == (0, 1, 1, 0)  # 15/CT-TTg has no gold date
    assert out["reference_date"].support == 2


def test_assignments_recall_with_related_clause_and_fuzzy_actor() -> None:
    gold = {"assignments": [
        {"clause": "3", "actor": "Ban cán sự đảng UBND tỉnh"},
        {"clause": "3/(2)", "actor": "Sở Y tế"},
        {"clause": "1", "actor": "Nguyễn Tường Văn"},
    ]}
    asg = {"role": "lead", "task": "", "start": 0, "end": 0}
    pred = {"assignments": [
        {**asg, "clause": "3", "actor": "Ban cán sự đảng Ủy ban nhân dân tỉnh"},
        {**asg, "clause": "3", "actor": "Sở Y tế"},  # ancestor clause: accepted
        {**asg, "clause": "2", "actor": "Nguyễn Tường Văn"},  # wrong clause
    ]}
    c = score_document(gold, pred)["assignments"]
    assert counts(c) == (2, 1, 1, 0)
    m = metrics("assignments", c)
    assert m.score == m.recall == pytest.approx(2 / 3)


# --- aggregation ----------------------------------------------------------------------


def test_aggregate_micro_averages_and_means_skip_unannotated_keys() -> None:
    a = score_document({"number": "1/QĐ", "dates": ["2021-01-01"]}, {"number": "1/QĐ"})
    b = score_document({"number": "2/QĐ"}, {"number": "3/QĐ"})
    totals = aggregate([a, b])
    assert counts(totals["number"]) == (1, 1, 1, 0)
    assert totals["number"].docs == 2 and totals["number"].support == 2
    means = ev.group_means(totals)
    assert means["structure"] == pytest.approx(0.5)
    assert means["entity"] == 0.0


def gold_as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A prediction that says exactly what the gold says, in Document's JSON shape."""
    def clause_tree(paths: list[str], probes: dict[str, list[str]]) -> list[dict[str, Any]]:
        nodes = {p: clause(p, " ".join(probes.get(p, []))) for p in paths}
        roots: list[dict[str, Any]] = []
        for p in paths:
            parent = p.rsplit("/", 1)[0] if "/" in p else None
            (nodes[parent]["children"] if parent in nodes else roots).append(nodes[p])
        return roots

    sig = gold.get("signature") or {}
    return {
        "doc_type": gold.get("doc_type"),
        "number": gold.get("number"),
        "issuer": gold.get("issuer"),
        "issue_place": gold.get("issue_place"),
        "issue_date": gold.get("issue_date"),
        "title": gold.get("title"),
        "meeting_date": gold.get("meeting_date"),
        "preamble": {"text": " ".join(gold.get("preamble_probes", []))},
        "closing": {"text": " ".join(gold.get("closing_probes", []))},
        "clauses": clause_tree(gold.get("clauses", []), gold.get("clause_probes", {})),
        "addressees": [{"text": t} for t in gold.get("addressees", [])],
        "recipients": [{"text": r["text"], "purpose": r.get("purpose")}
                       for r in gold.get("recipients", [])],
        "archive": gold.get("archive", []),
        "signature": {k: sig.get(k) for k in ev.SIGNATURE_FIELDS},
        "persons": [{"name": p["name"], "positions": [
            {"title": t, "start": 0, "end": 0} for t in p.get("positions", [])
        ]} for p in gold.get("persons", [])],
        "agencies": [{"name": a, "canonical": a} for a in gold.get("agencies", [])],
        "places": [{"name": p} for p in gold.get("places", [])],
        "dates": [{"value": d, "precision": "day"} for d in gold.get("dates", [])]
        + [{"value": h["date"], "precision": "day"} for h in gold.get("holidays", [])],
        "deadlines": gold.get("deadlines", []),
        "references": gold.get("references", []),
        "assignments": gold.get("assignments", []),
    }


@pytest.mark.parametrize("path", sorted((CORPUS / "seeds" / "gold").glob("*.json"))
                         + sorted((CORPUS / "dev" / "gold").glob("*.json")),
                         ids=lambda p: p.stem[:12])
def test_gold_scores_perfectly_against_itself(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    out = score_document(gold, gold_as_prediction(gold))
    for key, c in out.items():
        assert c.fp == c.fn == 0, key
        score = metrics(key, c).score
        assert score in (1.0, None), key


def test_empty_prediction_misses_every_annotated_item() -> None:
    gold = json.loads((CORPUS / "seeds" / "gold" / "000_7015aac64f7eb825.json").read_text("utf-8"))
    out = score_document(gold, Document(text="").model_dump(mode="json"))
    assert out["clauses"].fn == len(gold["clauses"])
    assert out["agencies"].fn == len(gold["agencies"])
    assert all(c.tp == 0 and c.fp == 0 for c in out.values())


# --- the corpus runner and the command ------------------------------------------------


def test_parser_exception_is_counted_and_the_run_continues(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for stem, number in (("a", "1/QĐ-UBND"), ("b", "2/QĐ-UBND"), ("c", "3/QĐ-UBND")):
        (gold_dir / f"{stem}.json").write_text(json.dumps({"number": number}), encoding="utf-8")
        (tmp_path / f"{stem}.txt").write_text(f"Số: {number}", encoding="utf-8")
    (gold_dir / "orphan.json").write_text("{}", encoding="utf-8")  # no text: skipped

    def parse(path: Path) -> dict[str, Any]:
        if path.stem == "b":
            raise RuntimeError("boom")
        return {"number": path.read_text(encoding="utf-8").split(": ")[1]}

    report = evaluate(gold_dir, tmp_path, parse=parse)
    assert [d.stem for d in report.documents] == ["a", "b", "c"]
    assert [d.stem for d in report.errors] == ["b"]
    assert "boom" in (report.errors[0].error or "")
    assert counts(report.totals["number"]) == (2, 0, 1, 0)  # b's number counts as a miss
    assert report.missing_text == ["orphan"]
    table = format_table(report)
    assert table.splitlines()[-1] == (
        "structure mean F1 0.800 · entity mean F1 — · 3 documents · 1 error"
    )
    assert "error: b: RuntimeError: boom" in table


def test_markdown_table() -> None:
    report = ev.Report([ev.DocResult("x", score_document({"number": "1"}, {"number": "1"}))])
    lines = format_table(report, markdown=True).splitlines()
    assert lines[0] == "| key | support | TP | FP | FN | P | R | F1 |"
    assert lines[2] == "| number | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |"
    assert SUMMARY.match(lines[-1].strip("*"))


def test_cli_smoke_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = CORPUS / "seeds"
    assert main(["eval", str(seeds / "gold"), str(seeds)]) == 0
    out = capsys.readouterr().out.rstrip("\n").splitlines()
    assert out[0].split()[:2] == ["key", "support"]
    assert SUMMARY.match(out[-1]), out[-1]
    assert out[-1].endswith("· 5 documents · 0 errors")


def test_cli_json_keys_and_per_doc(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = CORPUS / "seeds"
    assert main(["eval", str(seeds), "--json", "--keys", "number,signature", "--per-doc"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 5
    assert list(data["keys"]) == ["number", *(f"signature.{f}" for f in ev.SIGNATURE_FIELDS)]
    assert set(data["per_document"]) == {p.stem for p in (seeds / "gold").glob("*.json")}


def test_cli_unknown_key_and_missing_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    assert main(["eval", str(CORPUS / "seeds"), "--keys", "nope"]) == 2
    assert main(["eval", str(tmp_path / "absent")]) == 2
    assert "not found" in capsys.readouterr().err
