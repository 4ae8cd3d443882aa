"""Persons and their positions (vbcd.extract.persons), on real document snippets."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz

import vbcd
from vbcd.errors import MissingDependencyError
from vbcd.extract import persons
from vbcd.extract.person_scan import Surname
from vbcd.extract.person_tokens import TokenStore, tokenize
from vbcd.extract.persons import ALIAS_NOTE, find_persons, find_persons_with_notes
from vbcd.models import Person
from vbcd.normalize import normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def positions_of(p: Person) -> list[str]:
    return [" ".join(filter(None, [q.title, q.organ])) for q in p.positions]


def by_name(text: str, **kw: object) -> dict[str, Person]:
    return {p.name: p for p in find_persons(text, **kw)}  # type: ignore[arg-type]


def check_spans(text: str, persons: list[Person]) -> None:
    for p in persons:
        assert p.mentions, p
        assert (p.start, p.end) == (p.mentions[0].start, p.mentions[0].end)
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
        for q in p.positions:
            surface = " ".join(text[q.start : q.end].split())
            assert surface == " ".join(filter(None, [q.title, q.organ]))


# --- cues and the position list after a name ----------------------------------------


def test_dong_chi_with_comma_list_of_positions() -> None:
    text = (
        "1. Giao đồng chí Nguyễn Tường Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Phó "
        "Trưởng ban thường trực Ban chỉ đạo cấp tỉnh trực tiếp chỉ đạo, điều hành công tác "
        "phòng, chống dịch Covid-19 hằng ngày."
    )
    persons = find_persons(text)
    assert [p.name for p in persons] == ["Nguyễn Tường Văn"]
    assert positions_of(persons[0]) == [
        "Phó Bí thư Tỉnh ủy",
        "Chủ tịch UBND tỉnh",
        "Phó Trưởng ban thường trực Ban chỉ đạo cấp tỉnh",
    ]
    first = persons[0].positions[0]
    assert (first.title, first.organ) == ("Phó Bí thư", "Tỉnh ủy")
    check_spans(text, persons)


def test_list_ends_at_a_verb() -> None:
    text = (
        "2. Giao đồng chí Nguyễn Thị Hạnh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chịu trách "
        "nhiệm hằng ngày chỉ đạo tổng thể công tác truy vết."
    )
    (p,) = find_persons(text)
    assert positions_of(p) == ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"]


def test_section_name_with_small_words_after_a_sub_unit_head() -> None:
    """A section's name runs on in small letters to the end of the item."""
    text = (
        "Điều 1. Thành lập Tổ công tác gồm:\n"
        "1. Ông Võ Minh Tuấn, Trưởng phòng Xây dựng chính quyền, Sở Nội vụ, Tổ trưởng;\n"
        "2. Bà Trần Thị Bích, Trưởng phòng Đăng ký kinh doanh, Tổ phó;\n"
        "3. Ông Lê Văn Nam, Phó Trưởng phòng Quản lý đô thị - thành viên.\n"
    )
    persons = by_name(text)
    assert positions_of(persons["Võ Minh Tuấn"]) == [
        "Trưởng phòng Xây dựng chính quyền, Sở Nội vụ", "Tổ trưởng"]
    assert positions_of(persons["Trần Thị Bích"]) == [
        "Trưởng phòng Đăng ký kinh doanh", "Tổ phó"]
    assert positions_of(persons["Lê Văn Nam"])[0] == "Phó Trưởng phòng Quản lý đô thị"
    check_spans(text, list(persons.values()))


def test_section_name_stops_before_a_verb() -> None:
    text = "Ông Võ Minh Tuấn, Trưởng phòng Tổng hợp chủ trì; Sở Tài chính phối hợp."
    (p,) = find_persons(text)
    assert positions_of(p) == ["Trưởng phòng Tổng hợp"]


def test_name_in_capitals_after_ong_ba() -> None:
    """A list of members typed with the names in capitals, each after ``Ông``/``Bà``."""
    text = (
        "1. Ông NGUYỄN VĂN ANH, Phó Chủ tịch UBND huyện, Trưởng ban;\n"
        "2. Bà TRẦN THỊ BÍCH, Trưởng phòng Y tế huyện, Phó Trưởng ban.\n"
    )
    persons = by_name(text)
    assert set(persons) == {"Nguyễn Văn Anh", "Trần Thị Bích"}
    assert positions_of(persons["Trần Thị Bích"]) == ["Trưởng phòng Y tế huyện", "Phó Trưởng ban"]


def test_no_name_after_a_cue_in_capitals() -> None:
    assert find_persons("THÀNH LẬP BAN TỔ CHỨC GỒM CÁC ÔNG BÀ NGUYỄN VĂN ANH, TRƯỞNG BAN") == []


def test_council_written_without_its_name_is_whole() -> None:
    """``Chủ tịch Hội đồng`` (the council the decision sets up): ``đồng`` is part of it."""
    text = "1. Ông Nguyễn Văn Anh - Chủ tịch UBND tỉnh - Chủ tịch Hội đồng;\n"
    (p,) = find_persons(text)
    assert positions_of(p) == ["Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng"]


def test_dash_after_name_and_several_people_in_one_sentence() -> None:
    text = (
        "Ngày 03/2/2020, đồng chí Trần Tiến Dũng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, "
        "Trưởng ban chỉ đạo tỉnh; đồng chí Tống Thanh Hải - Phó Chủ tịch Thường trực UBND "
        "tỉnh, Phó Trưởng ban Thường trực Ban chỉ đạo tỉnh chủ trì cuộc họp."
    )
    people = by_name(text)
    assert positions_of(people["Trần Tiến Dũng"]) == [
        "Phó Bí thư Tỉnh ủy",
        "Chủ tịch UBND tỉnh",
        "Trưởng ban chỉ đạo tỉnh",
    ]
    assert positions_of(people["Tống Thanh Hải"]) == [
        "Phó Chủ tịch Thường trực UBND tỉnh",
        "Phó Trưởng ban Thường trực Ban chỉ đạo tỉnh",
    ]


def test_ong_cue_with_term_of_office() -> None:
    text = (
        "Điều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng "
        "nhiệm kỳ 2026 - 2031 đối với ông Nguyễn Mạnh Hùng, Phó Bí thư Thành ủy Đà Nẵng "
        "nhiệm kỳ 2025 - 2030."
    )
    (p,) = find_persons(text)
    assert p.name == "Nguyễn Mạnh Hùng"
    assert positions_of(p) == ["Phó Bí thư Thành ủy Đà Nẵng nhiệm kỳ 2025 - 2030"]


def test_abbreviated_titles_in_recipient_lists() -> None:
    text = (
        "Nơi nhận:\n- Như trên;\n- Đ/c PGĐ Phạm Quốc Toản;\n- TT. Trương Hải Long;\n"
        "- Phó CTr. Đặng Ngọc Minh (để bc);\n- Lưu: VT, CS."
    )
    people = by_name(text)
    assert positions_of(people["Phạm Quốc Toản"]) == ["PGĐ"]
    assert positions_of(people["Trương Hải Long"]) == ["TT."]
    assert positions_of(people["Đặng Ngọc Minh"]) == ["Phó CTr."]


def test_abbreviation_inside_a_document_number_is_no_title() -> None:
    assert find_persons("Số: 31/2012/CT-TTg Hà Nội, ngày 01 tháng 11 năm 2012") == []


def test_name_wrapped_over_a_line_break() -> None:
    text = "Kính gửi: Ông Thái Mạnh\nCường\nCục Thuế nhận được đơn phản ánh của ông Thái Mạnh\nCường."
    (p,) = find_persons(text)
    assert p.name == "Thái Mạnh Cường"
    assert len(p.mentions) == 2
    check_spans(text, [p])


# --- title before the name ----------------------------------------------------------


def test_title_before_name() -> None:
    text = (
        "Lời kêu gọi của Tổng Bí thư Nguyễn Phú Trọng gửi đồng bào. Bộ trưởng Bộ Y tế Đào "
        "Hồng Lan phát biểu. Phó Thủ tướng Thường trực Phạm Bình Minh kết luận."
    )
    people = by_name(text)
    assert positions_of(people["Nguyễn Phú Trọng"]) == ["Tổng Bí thư"]
    assert positions_of(people["Đào Hồng Lan"]) == ["Bộ trưởng Bộ Y tế"]
    assert positions_of(people["Phạm Bình Minh"]) == ["Phó Thủ tướng Thường trực"]
    assert len(people) == 3


def test_title_with_organ_in_recipient_list() -> None:
    text = "- Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Vũ Đức Đam (để báo cáo),"
    (p,) = find_persons(text)
    assert p.name == "Vũ Đức Đam"
    assert positions_of(p) == ["Phó Thủ tướng Chính phủ"]
    assert (p.positions[0].title, p.positions[0].organ) == ("Phó Thủ tướng", "Chính phủ")


def test_ocr_damaged_organ_before_name() -> None:
    text = "thông báo ý kiến chỉ đạo của Phó Thủ tướng Chỉnh phủ Vũ Đức Đam; Công văn"
    (p,) = find_persons(text)
    assert positions_of(p) == ["Phó Thủ tướng Chỉnh phủ"]


def test_place_name_between_title_and_name() -> None:
    text = "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh chủ trì; Bí thư Tỉnh ủy Hà Giang dự."
    (p,) = find_persons(text)
    assert p.name == "Trần Sỹ Thanh"
    assert positions_of(p) == ["Chủ tịch UBND thành phố Hà Nội"]


def test_title_of_the_next_person_is_not_taken() -> None:
    text = (
        "Tham dự cuộc họp có Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tú, Phó Chủ nhiệm Văn phòng "
        "Chính phủ Đỗ Ngọc\nHuỳnh, đại diện Lãnh đạo các Bộ."
    )
    people = by_name(text)
    assert positions_of(people["Nguyễn Thanh Tú"]) == ["Thứ trưởng Bộ Tư pháp"]
    assert positions_of(people["Đỗ Ngọc Huỳnh"]) == ["Phó Chủ nhiệm Văn phòng Chính phủ"]


# --- lists ----------------------------------------------------------------------------


def test_numbered_member_list() -> None:
    text = (
        "1. Ông Nguyễn Văn An - Phó Chủ tịch UBND tỉnh - Trưởng ban;\n"
        "2. Bà Trần Thị Bình, Giám đốc Sở Y tế - Phó Trưởng ban;\n"
        "- Đồng chí Phạm Văn Dũng, Phó Chủ tịch UBND tỉnh: Trưởng ban;"
    )
    people = by_name(text)
    assert positions_of(people["Nguyễn Văn An"]) == ["Phó Chủ tịch UBND tỉnh", "Trưởng ban"]
    assert positions_of(people["Trần Thị Bình"]) == ["Giám đốc Sở Y tế", "Phó Trưởng ban"]
    assert positions_of(people["Phạm Văn Dũng"]) == ["Phó Chủ tịch UBND tỉnh", "Trưởng ban"]


def test_plural_cue_list_shares_its_title() -> None:
    text = (
        "[1] Gồm các đồng\nchí Uỷ viên Trung ương Đảng: Phạm Gia Túc, Chánh Văn phòng Trung "
        "ương Đảng;\nNguyễn Đắc Vinh, Chủ nhiệm Uỷ ban Văn hoá - Xã hội của Quốc hội; Đào "
        "Hồng Lan,\nBộ trưởng Bộ Y tế; Đảng\nuỷ các Bộ: Y tế, Giáo dục và Đào tạo."
    )
    people = by_name(text)
    assert list(people) == ["Phạm Gia Túc", "Nguyễn Đắc Vinh", "Đào Hồng Lan"]
    assert positions_of(people["Nguyễn Đắc Vinh"]) == [
        "Uỷ viên Trung ương Đảng",
        "Chủ nhiệm Uỷ ban Văn hoá - Xã hội của Quốc hội",
    ]
    assert positions_of(people["Đào Hồng Lan"])[1] == "Bộ trưởng Bộ Y tế"
    check_spans(text, list(people.values()))


def test_plural_abbreviated_title_list() -> None:
    text = "- TTg, các PTTg: Vương Đình Huệ, Trịnh Đình Dũng;\n- Lưu: VT."
    people = by_name(text)
    assert {n: positions_of(p) for n, p in people.items()} == {
        "Vương Đình Huệ": ["PTTg"],
        "Trịnh Đình Dũng": ["PTTg"],
    }


# --- signature blocks ---------------------------------------------------------------


def test_upper_case_signature_name_becomes_title_case() -> None:
    text = "- Lưu VPTU.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n\n\nNGUYỄN VĂN AN\n"
    (p,) = find_persons(text)
    assert p.name == "Nguyễn Văn An"
    assert p.signature_role == "CHÁNH VĂN PHÒNG"
    assert p.positions == []
    assert text[p.start : p.end] == "NGUYỄN VĂN AN"


def test_signature_under_misspelt_title_and_without_known_surname() -> None:
    text = "- Lưu: MTTQ\n\nTM. BAN THƯỜNG TRỰC\n\nCHANH VĂN PHÒNG\n\n(Đã ký)\n\nLan Thị Vân\n"
    (p,) = find_persons(text)
    assert p.name == "Lan Thị Vân"
    assert p.signature_role == "CHANH VĂN PHÒNG"


def test_signature_span_from_the_signature_parser() -> None:
    text = "- Lưu: VT.MT.\nXuân Tuyên"
    span = (text.index("Xuân"), len(text))
    (p,) = find_persons(text, signature_name=span, signature_title="THỨ TRƯỞNG")
    assert p.name == "Xuân Tuyên"
    assert p.signature_role == "THỨ TRƯỞNG"
    assert p.positions == []
    (q,) = find_persons(
        text, signature_name=span, signature_title="THỨ TRƯỞNG", signature_position=True
    )
    assert positions_of(q) == ["THỨ TRƯỞNG"]


def test_signer_also_named_in_the_recipients() -> None:
    text = (
        "Nơi nhận:\n- Như trên;\n- Đ/c PGĐ Nguyễn Quang Tuấn;\n- Lưu: VT.\n\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Quang Tuấn\n"
    )
    (p,) = find_persons(text)
    assert positions_of(p) == ["PGĐ"]
    assert p.signature_role == "PHÓ GIÁM ĐỐC"
    assert len(p.mentions) == 2


# --- merging misspellings -----------------------------------------------------------


def test_diacritic_misspelling_is_merged_with_an_alias_and_a_note() -> None:
    text = (
        "Ngày 03/2/2020, đồng chí Tống Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh chủ trì "
        "cuộc họp.\n\nGiao đồng chí Tổng Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh chỉ "
        "đạo Sở Tài chính."
    )
    persons, notes = find_persons_with_notes(text)
    (p,) = persons
    assert p.name == "Tống Thanh Hải"  # a tie: the spelling whose surname is known wins
    assert p.aliases == ["Tổng Thanh Hải"]
    assert len(p.mentions) == 2
    assert positions_of(p) == ["Phó Chủ tịch Thường trực UBND tỉnh"]
    ((code, message, start, end),) = notes
    assert code == ALIAS_NOTE
    assert text[start:end] == "Tổng Thanh Hải"
    assert "Tống Thanh Hải" in message


def test_majority_spelling_wins() -> None:
    text = (
        "đồng chí Nguyễn Văn Thành, Giám đốc Sở Y tế; đồng chí Nguyễn Văn Thành chủ trì; "
        "đồng chí Nguyễn Văn Thạnh báo cáo."
    )
    (p,) = find_persons(text)
    assert p.name == "Nguyễn Văn Thành"
    assert p.aliases == ["Nguyễn Văn Thạnh"]


def test_different_people_with_close_names_are_not_merged() -> None:
    text = (
        "đồng chí Nguyễn Văn Thành, Giám đốc Sở Y tế và đồng chí Nguyễn Văn Thanh, "
        "Giám đốc Sở Tài chính cùng dự."
    )
    assert sorted(by_name(text)) == ["Nguyễn Văn Thanh", "Nguyễn Văn Thành"]


# --- non-names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vận động bà con nhân dân, ông bà, anh chị em thực hiện nghiêm.",
        "Đồng chí Tổng Bí thư đã chỉ đạo; đồng chí Phó Chủ tịch Thường trực UBND tỉnh phát biểu.",
        "Ban Thường vụ Tỉnh ủy yêu cầu Ban cán sự đảng UBND tỉnh chỉ đạo Sở Y tế.",
        "các tỉnh Bà Rịa - Vũng Tàu, Bà Rịa Vũng Tàu và Thành phố Hồ Chí Minh.",
        "Chủ tịch UBND Thành phố Hồ Chí Minh; Bí thư Tỉnh ủy Cao Bằng; Chủ tịch UBND tỉnh Lâm Đồng.",
        "Công viên Nguyễn Văn Cừ, đường Lê Lợi, Trường THPT Trần Phú, phường Võ Cường.",
        "Sở Văn hóa, Thể thao và Du lịch; Sở Công Thương, Giám đốc Sở chịu trách nhiệm.",
        "Các đ/c Thường vụ Tỉnh ủy; các đồng chí Thành viên Chính phủ; đ/c Vinh.",
        "",
    ],
)
def test_non_names(text: str) -> None:
    assert find_persons(text) == []


def test_cue_word_is_not_part_of_the_name() -> None:
    text = "liên hệ (Ông Đào Phi Trường, Chuyên viên Phòng Giáo dục Thường xuyên - Nghề nghiệp)"
    (p,) = find_persons(text)
    assert p.name == "Đào Phi Trường"
    assert positions_of(p) == ["Chuyên viên Phòng Giáo dục Thường xuyên - Nghề nghiệp"]


def test_damaged_input_does_not_crash() -> None:
    for text in ["\x00\x01 đồng chí", "đồng chí", "Nguyễn", "Phó Chủ tịch", "ông , bà ;", "Đ/c"]:
        assert isinstance(find_persons(text), list)
    find_persons("x", signature_name=(50, 80), signature_title=None)


# --- the corpus ---------------------------------------------------------------------


def _gold_documents() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for folder in ("seeds", "dev"):
        for path in sorted((CORPUS / folder / "gold").glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if "persons" not in gold:
                continue
            raw = (CORPUS / folder / (path.stem + ".txt")).read_text(encoding="utf-8")
            out.append((normalize(raw).text, gold))
    return out


def _signature_span(
    text: str, gold: dict[str, Any]
) -> tuple[tuple[int, int] | None, str | None]:
    sig = gold.get("signature")
    if not isinstance(sig, dict) or not sig.get("name"):
        return None, None
    pattern = r"\s+".join(map(re.escape, str(sig["name"]).split()))
    found = list(re.finditer(pattern, text, re.IGNORECASE))
    return (found[-1].span() if found else None), sig.get("title")


def test_corpus_scores_and_spans() -> None:
    """Names and (person, position) pairs against the gold of seeds and dev."""
    tp = fp = fn = ptp = pfp = pfn = 0
    for text, gold in _gold_documents():
        span, title = _signature_span(text, gold)
        persons = find_persons(text, signature_name=span, signature_title=title)
        check_spans(text, persons)
        pred = {p.name: positions_of(p) for p in persons}
        want = {g["name"]: g.get("positions", []) for g in gold["persons"] or []}
        tp += len(pred.keys() & want.keys())
        fp += len(pred.keys() - want.keys())
        fn += len(want.keys() - pred.keys())
        for name in pred.keys() & want.keys():
            left = list(want[name])
            for pos in pred[name]:
                hit = next((g for g in left if fuzz.ratio(pos, g) >= 88), None)
                if hit is None:
                    pfp += 1
                else:
                    left.remove(hit)
                    ptp += 1
            pfn += len(left)
        pfn += sum(len(want[n]) for n in want.keys() - pred.keys())
        pfp += sum(len(pred[n]) for n in pred.keys() - want.keys())
    f1 = 2 * tp / (2 * tp + fp + fn)
    pf1 = 2 * ptp / (2 * ptp + pfp + pfn)
    assert f1 >= 0.92, (tp, fp, fn)
    assert pf1 >= 0.82, (ptp, pfp, pfn)


def test_aliases_of_the_gold() -> None:
    for text, gold in _gold_documents():
        aliases = gold.get("person_aliases")
        if not aliases:
            continue
        people = by_name(text)
        for name, variants in aliases.items():
            assert name in people
            assert set(variants) <= set(people[name].aliases)
            assert not set(variants) & set(people)


def test_silver_spans_slice() -> None:
    for path in sorted((CORPUS / "silver").glob("*.txt"))[::4]:
        text = normalize(path.read_text(encoding="utf-8")).text
        check_spans(text, find_persons(text))


# --- lazy reading: windows and scans ------------------------------------------------


def _corpus_texts(step: int) -> list[str]:
    paths = sorted(CORPUS.glob("*/*.txt"))[::step]
    return [normalize(p.read_text(encoding="utf-8")).text for p in paths]


def test_windows_hold_the_tokens_of_the_whole_text() -> None:
    """Windows opened anywhere, grown and joined, agree with one whole-text tokenisation."""
    rng = random.Random(7)
    for text in [*_corpus_texts(12), "  \n\n Đ/c  Nguyễn\x1cVăn\n\nAn, TT. Lê  "]:
        whole = tokenize(text)
        store = TokenStore(text)
        for _ in range(40):
            offset = rng.randrange(len(text) + 1)
            toks, i = store.window(offset, back=rng.choice([0, 3, 12]))
            j = whole.index_at(offset)
            for k in range(i - min(i, 3), i + 30):
                if not toks.has(k):
                    assert not whole.has(j + k - i)
                    break
                w = j + k - i
                assert (toks.starts[k], toks.raw[k], toks.key[k], toks.gap[k], toks.case[k]) == (
                    whole.starts[w], whole.raw[w], whole.key[w], whole.gap[w], whole.case[w]
                )


def test_documents_are_read_in_small_part(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the stretches around possible names are tokenised."""
    stores: list[TokenStore] = []

    def keep(text: str) -> TokenStore:
        stores.append(TokenStore(text))
        return stores[-1]

    monkeypatch.setattr(persons, "TokenStore", keep)
    texts = _corpus_texts(6)
    for text in texts:
        find_persons_with_notes(text)
    read = sum(s.tokens_read() for s in stores)
    total = sum(len(tokenize(t).starts) for t in texts)
    assert 0 < read < total / 4, (read, total)


def _read_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every scan answer every token: the grammar then reads the whole text."""

    def every_token(text: str, *_: object) -> list[int]:
        return list(tokenize(text).starts)

    def every_word(folded: str) -> list[Surname]:
        t = tokenize(folded)
        n = len(t.starts)
        return [Surname(t.starts[k], t.raw[k], t.raw[k + 1]) for k in range(n - 1)]

    monkeypatch.setattr(persons, "surname_starts", every_word)
    monkeypatch.setattr(persons, "name_anchors", lambda f, t, s: [x.start for x in s])
    monkeypatch.setattr(persons, "strong_cue_starts", every_token)
    monkeypatch.setattr(persons, "occurrences", every_token)
    monkeypatch.setattr(persons, "name_line_at", lambda text, offset: True)
    monkeypatch.setattr(persons, "title_line_above", lambda text, offset, count: True)


def _mutations(text: str, rng: random.Random) -> str:
    """A stretch of ``text`` with its case, lines and punctuation shaken."""
    a = rng.randrange(len(text))
    t = text[a : a + rng.randint(200, 1500)]
    for _ in range(3):
        b = rng.randrange(len(t) + 1)
        e = b + rng.randint(0, 200)
        t = t[:b] + rng.choice([str.upper, str.title, str.lower])(t[b:e]) + t[e:]
        c = rng.randrange(len(t) + 1)
        t = t[:c] + rng.choice(["\n", ", ", ": ", ". ", "\n\n", " - ", "TT. ", "Chủ tịch "]) + t[c:]
    return t


#: Places where a scan could wrongly skip a name: a common surname inside a
#: capitalised run, a place cut by the longest run read, capitals on a line of
#: their own, lists after a colon and a marker, abbreviations with a full stop.
_HARD_CASES = [
    "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh chủ trì; Bí thư Tỉnh ủy Hà Giang dự.",
    "- Chủ Tịch Ủy Ban Nhân Dân Thành Phố Hồ Chí Minh;\n- Chủ Tịch Hồ Chí Minh dự.",
    "Chủ tịch Hà Nội Đinh Tiến Dũng; Đ/c PGĐ Hà Nội Mai.",
    "Giao Phó Chủ tịch\nNGUYỄN VĂN AN\nchủ trì; ông NGUYỄN VĂN BÌNH dự.",
    "các Phó Chủ tịch UBND tỉnh:\n1. Lê Văn Tám;\n2. Tất Văn Lợi\nCác đồng chí: - Mạc Văn Đông",
    "Phó TTg. Nguyễn Tất Thành, TT. Tất Văn Lợi, Q. Giám đốc Sở Tư pháp Ninh Văn Điền.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLan Thị Vân",
    "T/L BAN THƯỜNG VỤ\nCHANH VĂN PHÒNG\nHà Văn Nam",
]


def test_scans_miss_nothing_that_reading_every_token_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scans only choose where to read: reading everywhere gives the same people."""
    rng = random.Random(3)
    texts = _corpus_texts(9)
    texts += [_mutations(rng.choice(texts), rng) for _ in range(12)]
    texts += _HARD_CASES
    cases = []
    for text in texts:
        sig = _last_name_line(text)
        cases.append((text, sig, find_persons_with_notes(text, signature_name=sig)))
    _read_everything(monkeypatch)
    for text, sig, lazy in cases:
        assert find_persons_with_notes(text, signature_name=sig) == lazy


def _last_name_line(text: str) -> tuple[int, int] | None:
    """The last name-like line, standing in for the signature parser's span."""
    found = list(re.finditer(r"(?m)^[^\S\n]*(\w+(?: \w+){1,3})[^\S\n]*$", text))
    return found[-1].span(1) if found else None


# --- cost and optional dependencies -------------------------------------------------


def test_linear_time_on_adversarial_input() -> None:
    unit = (
        "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Ban Chỉ đạo "
        "NGUYỄN VĂN AN\nCHỦ TỊCH Hà Nội Hà Nội Trần Trần Trần các đồng chí: Lê Văn Tám, "
        "Bí thư; ông bà Bà Rịa "
    )

    def run(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        t = time.perf_counter()
        find_persons(text)
        return time.perf_counter() - t

    small = max(run(100_000), run(100_000))  # the slower of two: load on shared machines
    big = run(1_000_000)
    assert big < 120
    assert big / max(small, 1e-3) < 25, (small, big)


def test_default_call_does_not_import_underthesea() -> None:
    code = (
        "import sys\n"
        "from vbcd.extract.persons import find_persons\n"
        "find_persons('đồng chí Nguyễn Tường Văn, Phó Bí thư Tỉnh ủy chủ trì.')\n"
        "assert 'underthesea' not in sys.modules, 'underthesea imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ner_reports_a_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "underthesea", None)
    from vbcd.extract.ner import underthesea_persons

    with pytest.raises(MissingDependencyError):
        underthesea_persons("Ông Nguyễn Văn An")
    with pytest.raises(MissingDependencyError):
        find_persons("Ông Nguyễn Văn An", ner=True)


def test_ner_adds_validated_names_only() -> None:
    pytest.importorskip("underthesea")
    from vbcd.extract.ner import underthesea_persons

    text = "Hôm qua Trần Văn Hùng đến Hà Nội.\nThủ tướng Phạm Minh Chính phát biểu."
    spans = underthesea_persons(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert "Trần Văn Hùng" in [text[s:e] for s, e in spans]
    assert find_persons(text) == [p for p in find_persons(text) if p.name == "Phạm Minh Chính"]
    names = [p.name for p in find_persons(text, ner=True)]
    assert names == ["Trần Văn Hùng", "Phạm Minh Chính"]


def test_ner_names_mixing_cases_are_not_people() -> None:
    """underthesea tags ``Lưu VPTU`` (the archive note: ``Lưu`` is also a surname)
    as a person; a name is written in one case, so it is dropped."""
    pytest.importorskip("underthesea")
    from vbcd.extract.ner import underthesea_persons

    text = "Nơi nhận:\n- Các đồng chí Ủy viên BTV Tỉnh ủy;\n- Lưu VPTU.\n\nÔng Lưu Văn Bản dự họp."
    assert "Lưu VPTU" in [text[s:e] for s, e in underthesea_persons(text)]
    names = [p.name for p in find_persons(text, ner=True)]
    assert "Lưu VPTU" not in names
    assert "Lưu Văn Bản" in names


def test_standing_deputies_academic_titles_and_ranks() -> None:
    def positions(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
        return [(p.name, [(x.title, x.organ) for x in p.positions])
                for p in find_persons(text)]

    assert positions("Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Cường chủ trì.") == [
        ("Lê Văn Cường", [("Phó Chủ tịch Thường trực", "UBND tỉnh")])]
    # a standing body is an organ when no deputy's head stands before it
    assert positions("đồng chí Lê Văn Cường, Chủ tịch, Thường trực HĐND tỉnh dự.") == [
        ("Lê Văn Cường", [("Chủ tịch", None), ("Thường trực", "HĐND tỉnh")])]
    # an academic title or a rank before the name introduces it
    assert positions("PGS.TS Trần Văn Thuấn, Thứ trưởng Bộ Y tế phát biểu.") == [
        ("Trần Văn Thuấn", [("Thứ trưởng", "Bộ Y tế")])]
    assert positions("Đại tá Phạm Văn Long, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng "
                     "tỉnh phát biểu.") == [
        ("Phạm Văn Long", [("Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")])]


def test_a_semicolon_after_a_name_ends_its_positions() -> None:
    """``PCN Nguyễn Khắc Định; Trợ lý TTg, ...`` in a recipient list: what follows the
    semicolon is the next recipient, not the person's position; a comma still opens an
    appositive (``Đồng chí A, Chủ tịch UBND tỉnh``)."""
    import vbcd

    doc = vbcd.parse("Nơi nhận:\n- VPCP: BTCN, PCN Nguyễn Khắc Định; Trợ lý TTg, các Vụ: NC;\n"
                     "- Lưu: VT.")
    assert [(p.name, [x.title for x in p.positions]) for p in doc.persons] == [
        ("Nguyễn Khắc Định", ["PCN"])]
    doc = vbcd.parse("Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh chủ trì.")
    assert [(x.title, x.organ) for p in doc.persons for x in p.positions] == [
        ("Chủ tịch", "UBND tỉnh")]


def test_placeholder_names_of_a_worked_example_are_no_people() -> None:
    """``Nguyễn Văn A``, ``Trần Thị B``: a lone capital where the given name would be."""
    import vbcd

    doc = vbcd.parse("Ví dụ: Ông Nguyễn Văn A, Giám đốc Sở Y tế, và bà Trần Thị B tham gia. "
                     "Đồng chí Lê Văn Cường, Chủ tịch UBND tỉnh chủ trì.")
    assert [p.name for p in doc.persons] == ["Lê Văn Cường"]


@pytest.mark.parametrize("organ", ["Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
                                   "Hội Cựu chiến binh Việt Nam"])
def test_an_organ_name_with_lower_case_terms_keeps_the_name_after_it(organ: str) -> None:
    found = find_persons(f"Tham dự cuộc họp có đồng chí Chủ tịch {organ} Nguyễn Văn Bình.")
    assert [(p.name, [(x.title, x.organ) for x in p.positions]) for p in found] == [
        ("Nguyễn Văn Bình", [("Chủ tịch", organ)])]


@pytest.mark.parametrize(("text", "title"), [
    ("- Phó CT UBND tỉnh Phan Trung Bá;", "Phó CT"),
    ("đồng chí Phó GĐ Sở Y tế Nguyễn Văn An chủ trì", "Phó GĐ"),
    ("- PCT UBND tỉnh Phan Trung Bá;", "PCT"),
    ("- CT UBND tỉnh Phan Trung Bá;", "CT"),
    ("- PTTgCP Trần Văn Hà (để báo cáo);", "PTTgCP"),
])
def test_a_deputys_prefix_before_an_abbreviated_title_is_kept(text: str, title: str) -> None:
    (person,) = find_persons(text)
    assert [p.title for p in person.positions] == [title]


@pytest.mark.parametrize(("text", "name", "organ"), [
    ("Tham dự có Tổng Giám đốc Đài truyền hình Việt Nam Lê\nNgọc Quang.", "Lê Ngọc Quang",
     "Đài truyền hình Việt Nam"),
    ("Giám đốc Sở tài chính Nguyễn Văn An báo cáo.", "Nguyễn Văn An", "Sở tài chính"),
])
def test_an_organs_term_typed_small_after_its_noun(text: str, name: str, organ: str) -> None:
    (person,) = find_persons(text)
    assert (person.name, [p.organ for p in person.positions]) == (name, [organ])


def test_an_organ_stops_before_the_next_persons_cue() -> None:
    found = find_persons("Đồng chí Phan Văn Bá - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh\n"
                         "Đồng chí Giàng Văn Hưng - Phó Chủ tịch UBND tỉnh\n")
    assert [(p.name, [(x.title, x.organ) for x in p.positions]) for p in found] == [
        ("Phan Văn Bá", [("Tỉnh ủy viên", None), ("Phó Chủ tịch", "UBND tỉnh")]),
        ("Giàng Văn Hưng", [("Phó Chủ tịch", "UBND tỉnh")]),
    ]


@pytest.mark.parametrize(("text", "name"), [
    ("Đồng chí Vũ Thị Hiền \nHạnh – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", "Vũ Thị Hiền Hạnh"),
    ("Đồng chí Vũ Thị Hiền\nHạnh, Phó Chủ tịch UBND tỉnh", "Vũ Thị Hiền Hạnh"),
    # a word after the wrapped syllable starts a line of its own
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Hưng\nNơi nhận:\n- Như trên;", "Lê Minh Hưng"),
])
def test_a_four_syllable_name_wrapped_after_its_third(text: str, name: str) -> None:
    assert [p.name for p in find_persons(text)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    # a strong cue: the name is a person's even when it reads as a district (Đồng Văn)
    ("Chủ tịch UBND tỉnh ủy quyền đồng chí Đồng Văn Thanh, Phó Chủ tịch Thường trực "
     "UBND tỉnh thực hiện nhiệm vụ", "Đồng Văn Thanh"),
    ("Giao đồng chí Lâm Hà Sơn chủ trì", "Lâm Hà Sơn"),
    # a position after a comma, with or without a weak cue
    ("ông Đồng Văn Thanh, Phó Chủ tịch UBND tỉnh chủ trì", "Đồng Văn Thanh"),
    ("Đồng Văn Thanh, Phó Chủ tịch UBND tỉnh chủ trì.", "Đồng Văn Thanh"),
])
def test_a_strong_cue_or_a_position_outranks_a_place_like_name(text: str, name: str) -> None:
    found = find_persons(text)
    assert [p.name for p in found] == [name]
    check_spans(text, found)


@pytest.mark.parametrize("text", [
    "tại Thái Bình, Phó Chủ tịch UBND tỉnh phát biểu",
    "huyện Đồng Văn Thanh, Phó Chủ tịch",
    "các huyện Đồng Văn, Mèo Vạc, Yên Minh",
])
def test_a_place_stays_a_place(text: str) -> None:
    assert find_persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Phó Thủ tướng Thường trực Chính phủ Pham Bình Minh có ý kiến như sau.",
     ["Pham Bình Minh"]),
    ("Ý kiến của Giám đốc Sở Nguyen Van An về đề nghị này.", ["Nguyen Van An"]),
    ("Kính gửi: các PTTg: Pham Bình Minh, Vũ Đức Đam.", ["Pham Bình Minh", "Vũ Đức Đam"]),
])
def test_a_surname_without_marks_after_a_title(text: str, names: list[str]) -> None:
    found = find_persons(text)
    assert [p.name for p in found] == names
    check_spans(text, found)


@pytest.mark.parametrize("text", [
    "Ông Pham Van Dong đã đến.",
    "Công ty Tran Anh Group ký hợp đồng.",
    "Pham Bình Minh có ý kiến.",
])
def test_a_surname_without_marks_needs_a_title(text: str) -> None:
    assert find_persons(text) == []


def test_offices_after_a_name_in_an_abbreviated_list_are_the_next_items() -> None:
    """A recipient line of abbreviated offices (``VPCP: BTCN, PCN Mai Thị Thu Vân, Trợ
    lý TTg, TGĐ Cổng TTĐT``): the offices after the name are other recipients, not
    the named deputy's positions."""
    found = find_persons("- VPCP: BTCN, PCN Mai Thị Thu Vân, Trợ lý TTg, TGĐ Cổng TTĐT, "
                         "các Vụ: TH, PL;\n")
    assert [(p.name, [q.title for q in p.positions]) for p in found] == [
        ("Mai Thị Thu Vân", ["PCN"])]


@pytest.mark.parametrize("text", [
    "V/v thực hiện ý kiến chỉ đạo của Thủ tướng\nHà Nội, ngày 12 tháng 3 năm 2024\n",
    "V/v báo cáo Phó Thủ tướng\nHà Nội ngày 12 tháng 3 năm 2024\n",
])
def test_a_title_ending_the_line_above_the_place_and_date_line_names_no_one(
    text: str,
) -> None:
    """A công văn's ``V/v`` line that ends with a title, then the place-and-date line
    (``Hà Nội, ngày ...``): the place is where the letter was issued, no name."""
    assert find_persons(text) == []


@pytest.mark.parametrize("text", [
    "Công ty TNHH ABC, CN Đồng An, phường Bình Hòa, thị xã Thuận An.",
    "Nhà máy đặt tại CN Lê Minh Xuân, xã Tân Nhựt, huyện Bình Chánh.",
])
def test_an_abbreviation_before_an_address_is_a_place(text: str) -> None:
    assert find_persons(text) == []


def test_an_abbreviated_title_still_reads_a_name() -> None:
    text = "Kính gửi: CN Nguyễn Văn An; PCN Trần Văn Bình, Ủy ban Kinh tế."
    assert [p.name for p in find_persons(text)] == ["Nguyễn Văn An", "Trần Văn Bình"]


def _titled(text: str) -> dict[str, list[tuple[str, str | None, str]]]:
    """Each person's positions as (title, organ, span text)."""
    return {p.name: [(q.title, q.organ, text[q.start:q.end]) for q in p.positions]
            for p in find_persons(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Đ/c Nguyễn Văn Hùng - PCT UBND tỉnh chủ trì.",
     {"Nguyễn Văn Hùng": [("PCT", "UBND tỉnh", "PCT UBND tỉnh")]}),
    ("Nguyễn Văn Hùng - PCT UBND tỉnh chủ trì.",
     {"Nguyễn Văn Hùng": [("PCT", "UBND tỉnh", "PCT UBND tỉnh")]}),
    ("Ông Trần Văn Bình, GĐ Sở Y tế; bà Lê Thị Cúc, PGĐ Sở Tài chính.",
     {"Trần Văn Bình": [("GĐ", "Sở Y tế", "GĐ Sở Y tế")],
      "Lê Thị Cúc": [("PGĐ", "Sở Tài chính", "PGĐ Sở Tài chính")]}),
    ("đồng chí Phạm Văn Dũng, UVBTV Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy",
     {"Phạm Văn Dũng": [("UVBTV", "Tỉnh ủy", "UVBTV Tỉnh ủy"),
                        ("Trưởng Ban", "Tuyên giáo Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy")]}),
    ("Đồng chí Hoàng Văn Em, TUV, Bí thư Huyện ủy",
     {"Hoàng Văn Em": [("TUV", None, "TUV"), ("Bí thư", "Huyện ủy", "Bí thư Huyện ủy")]}),
    ("Tham dự có đồng chí Hoàng Văn Em, ĐBQH.",
     {"Hoàng Văn Em": [("ĐBQH", None, "ĐBQH")]}),
    ("- Đ/c Lê Văn Nam, UV BTV, CT UBND huyện;\n- Lưu: VT.",
     {"Lê Văn Nam": [("UV BTV", None, "UV BTV"), ("CT", "UBND huyện", "CT UBND huyện")]}),
    ("Đ/c Lê Văn Nam, UVTƯ Đảng, PCT TT HĐND tỉnh",
     {"Lê Văn Nam": [("UVTƯ", "Đảng", "UVTƯ Đảng"), ("PCT TT", "HĐND tỉnh", "PCT TT HĐND tỉnh")]}),
])
def test_an_abbreviated_title_after_a_name_is_a_position(
    text: str, expected: dict[str, list[tuple[str, str | None, str]]]
) -> None:
    """After a name, an abbreviated title with an organ, or a membership whose organ
    is inside the word, is a position; the title stays as written, the list goes on."""
    assert _titled(text) == expected


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Nam, TT. Trâu Quỳ, huyện Gia Lâm, thành phố Hà Nội.",
    "Ông Nguyễn Văn Nam, TT 01/2024 của Bộ Tài chính.",
    "Ông Nguyễn Văn Nam, CT 05 của UBND tỉnh.",
    "Ông Nguyễn Văn Nam, CN Đồng An, phường Bình Hòa.",
    "Ông Nguyễn Văn Nam, GĐ.",
    "Ông Nguyễn Văn Nam, BT, CT.",
])
def test_a_code_after_a_name_is_no_position(text: str) -> None:
    """A document code, a place or a bare ambiguous abbreviation after a name is no
    position."""
    assert _titled(text) == {"Nguyễn Văn Nam": []}


def test_a_ministry_name_wrapped_after_va_stays_with_the_next_person() -> None:
    text = ("Tham dự có Bộ trưởng Bộ Tài chính Hồ Đức Phớc, Bộ trưởng Bộ Thông tin và \n"
            "Truyền thông Nguyễn Mạnh Hùng.")
    people = {p.name: [(q.title, q.organ) for q in p.positions] for p in find_persons(text)}
    assert people == {"Hồ Đức Phớc": [("Bộ trưởng", "Bộ Tài chính")],
                      "Nguyễn Mạnh Hùng": [("Bộ trưởng", "Bộ Thông tin và Truyền thông")]}


@pytest.mark.parametrize("gap", ["        ", "\t"])
def test_both_signers_of_a_joint_document_are_persons(gap: str) -> None:
    """Two signers side by side (a joint plan of two Sở): both names are persons, each
    with its own column's title as its role and a span on its name."""
    import vbcd

    doc = vbcd.parse(
        "UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KHLT-SYT-SGDĐT\n\n"
        "KẾ HOẠCH LIÊN TỊCH\nPhối hợp công tác y tế trường học\n\n"
        "1. Hai ngành phối hợp chăm sóc sức khỏe học sinh.\n\n"
        f"KT. GIÁM ĐỐC SỞ Y TẾ{gap}GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
        f"PHÓ GIÁM ĐỐC\n\nNguyễn Văn Hùng{gap}Trần Thị Lan\n")
    got = [(p.name, p.signature_role, doc.text[p.start:p.end]) for p in doc.persons]
    assert got == [("Nguyễn Văn Hùng", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"),
                   ("Trần Thị Lan", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Trần Thị Lan")]


def test_co_signers_given_to_find_persons_are_signers() -> None:
    """A co-signer's span and title, given by the signature parser, make a person even
    when the name shares its line with another one."""
    text = "GIÁM ĐỐC SỞ Y TẾ        GIÁM ĐỐC SỞ TƯ PHÁP\nNguyễn Văn Hùng        Trần Thị Lan\n"
    a = text.index("Nguyễn")
    b = text.index("Trần")
    got = find_persons(text, signature_name=(a, a + 15), signature_title="GIÁM ĐỐC SỞ Y TẾ",
                       co_signers=[((b, b + 12), "GIÁM ĐỐC SỞ TƯ PHÁP")])
    assert [(p.name, p.signature_role) for p in got] == [
        ("Nguyễn Văn Hùng", "GIÁM ĐỐC SỞ Y TẾ"), ("Trần Thị Lan", "GIÁM ĐỐC SỞ TƯ PHÁP")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bà Thái Thị Hằng, Giám đốc Trung tâm Y tế huyện phát biểu.",
     "Giám đốc Trung tâm Y tế huyện"),
    ("Ông Lê Văn Nam, Chi cục trưởng Chi cục Kiểm lâm báo cáo.",
     "Chi cục trưởng Chi cục Kiểm lâm"),
    ("Chị Lường Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã báo cáo.",
     "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    ("Đồng chí Vi Văn Sơn, Bí thư Tỉnh đoàn phát biểu.", "Bí thư Tỉnh đoàn"),
])
def test_organ_noun_with_a_small_second_syllable(text: str, expected: str) -> None:
    """Organ nouns whose second syllable is written small (``Trung tâm``, ``Chi cục``,
    ``Hội Liên hiệp``, ``Tỉnh đoàn``) do not cut the organ after their first word."""
    (p,) = find_persons(text)
    assert positions_of(p) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Đồng chí Hoàng Văn Lâm, Giám đốc Sở Văn hóa, Thể thao và Du lịch; đồng chí Trần Thị "
     "Lan, Giám đốc Sở Y tế cùng dự.", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
    ("Ông Tạ Quang Bình, Trưởng Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Nam, Phó Trưởng "
     "ban thường trực báo cáo.", "Trưởng Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Nam"),
])
def test_position_organ_reaches_to_the_agency_name(text: str, expected: str) -> None:
    """An organ name that mixes small words or commas (read by the agency layer) is the
    whole organ of the position before it, and the list goes on after it."""
    import vbcd

    doc = vbcd.parse(text)
    assert positions_of(doc.persons[0])[0] == expected
    if "Phó Trưởng" in text:
        assert positions_of(doc.persons[0])[1:] == ["Phó Trưởng ban thường trực"]


def test_kiem_after_a_comma_goes_on_with_the_position_list() -> None:
    text = ("Đồng chí Đỗ Trọng Hưng - Phó Bí thư Tỉnh ủy, kiêm Chủ tịch HĐND tỉnh chủ trì "
            "hội nghị.")
    (p,) = find_persons(text)
    assert positions_of(p) == ["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]


def test_cue_word_opening_a_list_item_is_no_surname() -> None:
    """``Thành viên: Ông A (...); Bà B (...)``: ``Ông`` is the cue, not a surname
    (``Ông`` is also a rare family name), and a closing parenthesis goes on with the
    list."""
    text = ("Các thành viên: Ông Trịnh Văn Quyết (Trưởng phòng Nội vụ); Bà Võ Thị Sáu "
            "(Phó Trưởng phòng Tài chính - Kế hoạch).")
    got = {p.name: positions_of(p) for p in find_persons(text)}
    assert got == {"Trịnh Văn Quyết": ["thành viên", "Trưởng phòng Nội vụ"],
                   "Võ Thị Sáu": ["thành viên", "Phó Trưởng phòng Tài chính - Kế hoạch"]}


@pytest.mark.parametrize(("text", "name"), [
    ("Đồng chí Ksor Phước Hà, Phó Chủ tịch Hội đồng Dân tộc phát biểu.", "Ksor Phước Hà"),
    ("Đồng chí Rmah Thị Mai, Bí thư Huyện ủy báo cáo.", "Rmah Thị Mai"),
    ("Đồng chí Kpă Thuyên, Phó Chủ tịch UBND tỉnh chủ trì.", "Kpă Thuyên"),
])
def test_central_highlands_names_after_a_strong_cue(text: str, name: str) -> None:
    """Gia Rai and Ê Đê names open on a consonant cluster or end on ``r``/``h``
    (``Ksor``, ``Rmah``, ``Kpă``): still syllables of a name after ``đồng chí``."""
    assert [p.name for p in find_persons(text)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Đồng chí H'Hen Niê, Phó Trưởng Ban Dân tộc tỉnh phát biểu.", "H'Hen Niê"),
    ("Bà Rơ Châm H'Lip, Chủ tịch UBND xã Ia Grai trình bày báo cáo.", "Rơ Châm H'Lip"),
    ("Bà Kpă H’Thu, Phó Chủ tịch UBND tỉnh chủ trì.", "Kpă H’Thu"),
    ("Đồng chí Ksor H'Bơ Khăp, Phó Chủ tịch Quốc hội dự.", "Ksor H'Bơ Khăp"),
])
def test_central_highlands_names_with_an_apostrophe(text: str, name: str) -> None:
    """Ê Đê and Gia Rai women's names glue an initial to a syllable with an apostrophe
    (``H'Hen``, ``H'Lip``): one syllable of the name, not three tokens that end it."""
    assert [p.name for p in find_persons(text)] == [name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tham dự có Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng; Bộ trưởng "
     "Bộ Tài chính Nguyễn Văn Thắng.", "Nguyễn Văn Hùng",
     "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    ("Cùng dự có Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Đạo Cương.",
     "Hoàng Đạo Cương", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
])
def test_name_after_an_organ_name_with_a_comma(text: str, name: str, expected: str) -> None:
    """A title, an organ name holding a comma, then the name: the comma does not end
    the stretch the title reaches the name through."""
    import vbcd

    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got[name] == [expected]


def test_governor_of_the_state_bank_is_a_title() -> None:
    text = "Tham dự có Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Thị Hồng."
    (p,) = find_persons(text)
    assert (p.name, positions_of(p)) == (
        "Nguyễn Thị Hồng", ["Thống đốc Ngân hàng Nhà nước Việt Nam"])


@pytest.mark.parametrize(("text", "name", "positions"), [
    ("Ngày 10/8/2025, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì họp.",
     "Lê Trí Thanh", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hồ Văn Niên phát biểu chỉ đạo.",
     "Hồ Văn Niên", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]),
    ("Theo chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Nguyễn Hồng Lĩnh.",
     "Nguyễn Hồng Lĩnh", ["Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"]),
    # a list of offices, each a different person: only the last title is the name's
    ("Kính gửi: Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Vũ Đức Đam.",
     "Vũ Đức Đam", ["Phó Thủ tướng Chính phủ"]),
    ("Gửi Ban Bí thư, Tổng Bí thư Tô Lâm.", "Tô Lâm", ["Tổng Bí thư"]),
    ("Ý kiến của các Thứ trưởng, Bộ trưởng Phùng Xuân Nhạ kết luận.",
     "Phùng Xuân Nhạ", ["Bộ trưởng"]),
])
def test_titles_before_one_name_parted_by_commas(
        text: str, name: str, positions: list[str]) -> None:
    """One person's offices before the name, a comma after each (``Bí thư Tỉnh ủy, Chủ
    tịch UBND tỉnh Phạm Anh Tuấn``), are all his positions, in text order."""
    assert positions_of(by_name(text)[name]) == positions


@pytest.mark.parametrize(("text", "expected"), [
    ("Cùng dự có đồng chí Dương Đức Tuấn, Phó Chủ tịch UBND tỉnh; lãnh đạo Văn phòng "
     "UBND tỉnh, các Sở: Tài chính, Nội vụ.",
     {"Dương Đức Tuấn": [("Phó Chủ tịch", "UBND tỉnh")]}),
    ("Cùng dự có đồng chí Dương Đức Tuấn, Phó Chủ tịch UBND tỉnh, lãnh đạo các Sở: "
     "Công Thương, Y tế.",
     {"Dương Đức Tuấn": [("Phó Chủ tịch", "UBND tỉnh")]}),
    ("Tham dự có các đồng chí: Mai Xuân Liêm, Phó Chủ tịch UBND tỉnh; Giám đốc các sở, "
     "Thủ trưởng các ban, ngành cấp tỉnh.",
     {"Mai Xuân Liêm": [("Phó Chủ tịch", "UBND tỉnh")]}),
    ("Tham dự có đồng chí Nguyễn Văn An, Giám đốc Sở Tài chính; Chủ tịch UBND các huyện.",
     {"Nguyễn Văn An": [("Giám đốc", "Sở Tài chính")]}),
])
def test_the_next_group_of_an_attendee_list_is_not_a_position(
    text: str, expected: dict[str, list[tuple[str, str | None]]]
) -> None:
    """In a conclusion notice's list of attendees, a generic head (``lãnh đạo``) after a
    person's post, or a head over a class of people (``Giám đốc các sở``), opens the
    next group of attendees: it is not one more post of the person before it."""
    people = {p.name: [(q.title, q.organ) for q in p.positions] for p in find_persons(text)}
    assert people == expected


@pytest.mark.parametrize(("text", "name", "positions"), [
    ("Đồng chí Nguyễn Văn Thông - Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh.",
     "Nguyễn Văn Thông", ["Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"]),
    ("Đồng chí Lê Văn An, Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh.",
     "Lê Văn An", ["Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]),
    ("Bà Lê Thị Nga (Chánh Văn phòng HĐND và UBND huyện) báo cáo.",
     "Lê Thị Nga", ["Chánh Văn phòng HĐND và UBND huyện"]),
])
def test_delegation_and_joint_council_office_are_one_organ(
        text: str, name: str, positions: list[str]) -> None:
    """``Đoàn đại biểu Quốc hội`` after ``Trưởng Đoàn`` and the joint offices of the
    councils (``Văn phòng HĐND và UBND huyện``) are one organ, not cut at the
    inner head ``Đại biểu Quốc hội`` or at ``và``."""
    assert positions_of(by_name(text)[name]) == positions


def test_and_between_two_departments_still_parts_them() -> None:
    text = "Ông Lê Văn Hải, Giám đốc Sở Y tế và UBND huyện Nghi Lộc phối hợp."
    assert positions_of(by_name(text)["Lê Văn Hải"]) == ["Giám đốc Sở Y tế"]


@pytest.mark.parametrize(("text", "positions"), [
    ("Nghe ông Nguyễn Văn Phúc, Phó Giám đốc phụ trách Sở Tài chính báo cáo.",
     ["Phó Giám đốc phụ trách Sở Tài chính"]),
    # a field of charge ending the item is the post's tail, as the golds write it
    ("Đồng chí Nguyễn Văn Phúc, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp.",
     ["Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp"]),
    # before a verb ``phụ trách`` is the verb's own, outside the position
    ("Đồng chí Nguyễn Văn Phúc, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp "
     "chủ trì.", ["Phó Chủ tịch UBND tỉnh"]),
])
def test_deputy_in_charge_of_an_organ(text: str, positions: list[str]) -> None:
    assert positions_of(by_name(text)["Nguyễn Văn Phúc"]) == positions


@pytest.mark.parametrize(("text", "name"), [
    ("Thượng úy Lê Văn Long, cán bộ Đội Cảnh sát giao thông, đã kịp thời xử lý.",
     "Lê Văn Long"),
    ("Trình bày tham luận: Bác sĩ CKII Tạ Quang Minh, Phó Giám đốc Bệnh viện Sản Nhi.",
     "Tạ Quang Minh"),
    ("Tham dự có Luật sư Trần Văn Hòa.", "Trần Văn Hòa"),
])
def test_lower_ranks_and_professional_titles_introduce_a_name(text: str, name: str) -> None:
    assert name in by_name(text)


def test_section_name_of_a_department_after_lower_case_head() -> None:
    text = "Báo cáo viên: ông Lê Văn Cường (Trưởng phòng Nghiệp vụ Y, Sở Y tế)."
    assert positions_of(by_name(text)["Lê Văn Cường"]) == ["Trưởng phòng Nghiệp vụ Y, Sở Y tế"]


@pytest.mark.parametrize("text", [
    "Tham dự họp có đồng chí Lê Văn Hải, Giám đốc Sở Y tế; lãnh đạo UBND các huyện.",
    "Tham dự có đồng chí Lê Văn Hải, Giám đốc Sở Y tế, lãnh đạo các sở, ngành.",
])
def test_generic_head_after_a_position_starts_other_people(text: str) -> None:
    """``..., lãnh đạo UBND các huyện`` after a person's positions names other people."""
    assert positions_of(by_name(text)["Lê Văn Hải"]) == ["Giám đốc Sở Y tế"]


def test_given_name_of_one_marked_vowel_is_no_placeholder() -> None:
    text = ("Ông Trần Văn Minh, Phó Chủ tịch UBND huyện Sơn Hà và ông Đinh Văn Ý, "
            "Phó Chủ tịch UBND huyện Sơn Tây.")
    got = by_name(text)
    assert positions_of(got["Đinh Văn Ý"]) == ["Phó Chủ tịch UBND huyện Sơn Tây"]
    assert "Trần Thị B" not in by_name("Đồng chí Trần Thị B, Phó Giám đốc Sở Y tế.")


@pytest.mark.parametrize(("text", "position"), [
    ("Ông Nguyễn Văn Hiền, Thôn trưởng thôn An Phú, đề nghị.", "Thôn trưởng thôn An Phú"),
    ("Ông Nguyễn Văn Hiền, Trưởng khu phố Phú Mỹ, phường Nghĩa Chánh.", "Trưởng khu phố Phú Mỹ"),
])
def test_village_heads(text: str, position: str) -> None:
    assert positions_of(by_name(text)["Nguyễn Văn Hiền"]) == [position]


def test_company_name_after_its_legal_form_is_no_person() -> None:
    import vbcd

    text = ("KẾT LUẬN\nCuộc họp về tiến độ dự án.\n"
            "Giám đốc Công ty Cổ phần Mai Linh báo cáo tiến độ thi công.\n")
    assert [p.name for p in vbcd.parse(text).persons] == []


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Tham dự có bà Tráng Thị Xuân, Phó Chủ tịch UBND huyện Bắc Hà.",
     "Tráng Thị Xuân", "Phó Chủ tịch UBND huyện Bắc Hà"),
    ("Thành phần: Ông Rơ Mah Tuân (Chủ tịch UBND tỉnh).", "Rơ Mah Tuân", "Chủ tịch UBND tỉnh"),
    ("Cùng dự có ông Lùng Văn Vàng - Bí thư Huyện ủy.", "Lùng Văn Vàng", "Bí thư Huyện ủy"),
])
def test_personal_cue_and_position_make_a_name_of_an_unlisted_surname(
        text: str, name: str, position: str) -> None:
    """``bà`` / ``ông`` + capitalised run + separator + position: a person even when
    the surname is in no table (the minority peoples' surnames are too many)."""
    import vbcd

    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got.get(name) == [position]


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Ngày 15/02, ông Y Moan Êban, Phó Chủ tịch UBND huyện chủ trì cuộc họp.",
     "Y Moan Êban", "Phó Chủ tịch UBND huyện"),
    ("Tham dự có ông Y Wai Byă, Phó Chủ tịch HĐND tỉnh.", "Y Wai Byă",
     "Phó Chủ tịch HĐND tỉnh"),
    ("Tham dự có đồng chí Y Thanh Hà Niê Kdăm, Bí thư Tỉnh ủy.", "Y Thanh Hà Niê Kdăm",
     "Bí thư Tỉnh ủy"),
    ("Đồng chí Y Giang Gry Niê Knơng, Phó Chủ tịch UBND tỉnh phát biểu.",
     "Y Giang Gry Niê Knơng", "Phó Chủ tịch UBND tỉnh"),
    ("Bà K'Hòa, Phó Chủ tịch UBND huyện Lạc Dương dự họp.", "K'Hòa",
     "Phó Chủ tịch UBND huyện Lạc Dương"),
    ("Giao ông K'Brel, Chủ tịch UBND xã kiểm tra.", "K'Brel", "Chủ tịch UBND xã"),
])
def test_minority_name_shapes_after_a_cue_and_before_a_position(
        text: str, name: str, position: str) -> None:
    """Ê Đê, Jrai and K'Ho names hold words that are no Vietnamese syllable (``Êban``,
    ``Byă``), five words, or one word after an apostrophe initial: after a cue and
    before a separator and a position they are names all the same."""
    import vbcd

    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got.get(name) == [position]


@pytest.mark.parametrize(("text", "name"), [
    ("Phó Chủ tịch UBND tỉnh Rơ Mah Tuân chủ trì cuộc họp.", "Rơ Mah Tuân"),
    ("Bí thư Tỉnh ủy Ksor Phước phát biểu chỉ đạo.", "Ksor Phước"),
    ("Thành viên:\n1. Siu Hoa, Chủ tịch Hội Phụ nữ xã.\n2. Kpă Thuyên, Bí thư Đoàn xã.",
     "Siu Hoa"),
])
def test_jrai_clan_names_open_a_name_without_a_cue(text: str, name: str) -> None:
    """The Gia Rai clan names (``Ksor``, ``Rơ``, ``Siu``, ``Kpă``) are surnames: after a
    title and organ, or before a comma and a position in a list, the run is a name."""
    assert name in by_name(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Giám đốc Sở Y tế H'Yim Kđoh dự họp.", "H'Yim Kđoh"),
    ("Phó Trưởng phòng Dân tộc H’Ngăm Mlô phát biểu.", "H’Ngăm Mlô"),
    ("Phó Chủ tịch UBND huyện K'Điệp Ha Hoàng dự.", "K'Điệp Ha Hoàng"),
])
def test_apostrophe_initial_opens_a_name_after_a_title(text: str, name: str) -> None:
    """``H'Yim``, ``K'Điệp``: the Ê Đê and K'Ho initial glued to a syllable opens a name
    as a surname does."""
    assert name in by_name(text)


def test_the_mong_peoples_name_opens_no_name() -> None:
    assert by_name("Trưởng ban Dân tộc H'Mông Văn Bàn dự họp.") == {}


def test_nay_opening_the_operative_line_is_no_surname() -> None:
    import vbcd

    text = "Xét đề nghị của Trưởng phòng Nội vụ huyện\nNay Quyết Định:\nĐiều 1. Bổ nhiệm."
    assert [p.name for p in vbcd.parse(text).persons] == []


@pytest.mark.parametrize("text", [
    "Ông Y tế thôn bản báo cáo tình hình dịch bệnh.",
    "Đồng chí Lãnh đạo Sở Y tế, Giám đốc Trung tâm Y tế huyện dự.",
    "đồng chí Phụ trách Kế toán, Trưởng phòng Tổng hợp dự.",
    "Đồng chí Ksor, Chủ tịch UBND xã báo cáo.",
])
def test_minority_name_shapes_need_their_context(text: str) -> None:
    import vbcd

    assert [p.name for p in vbcd.parse(text).persons] == []


@pytest.mark.parametrize("text", [
    "Tỉnh Bà Rịa Vũng Tàu, Chủ tịch UBND tỉnh chỉ đạo quyết liệt.",
    "Đồng chí Nguyễn Văn Thọ, Bí thư Tỉnh ủy Bà Rịa Vũng Tàu, Chủ tịch HĐND tỉnh.",
    "Tham quan Chợ Bà Chiểu Bình Thạnh, Trưởng ban quản lý chợ báo cáo.",
])
def test_cue_word_inside_a_place_name_opens_no_unlisted_name(text: str) -> None:
    import vbcd

    names = {p.name for p in vbcd.parse(text).persons}
    assert not any(n.startswith(("Rịa", "Chiểu")) for n in names)


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Đồng chí Thiếu tướng Lê Văn Hà, Phó Tư lệnh Quân khu 4.", "Lê Văn Hà",
     "Phó Tư lệnh Quân khu 4"),
    ("Khen thưởng Đại úy Lê Văn Mạnh, Trợ lý Tác chiến, Ban Tham mưu.", "Lê Văn Mạnh",
     "Trợ lý Tác chiến"),
])
def test_military_units_and_branches(text: str, name: str, position: str) -> None:
    """A unit's number before the full stop (``Quân khu 4.``) and the staff branches
    written small after their capital (``Tác chiến``) belong to the organ."""
    assert positions_of(by_name(text)[name])[0] == position


def test_table_rows_parted_by_tabs() -> None:
    """Converted tables part cells with tabs (spaces after normalisation): the name's
    cell, then the position's; a row's number on the next line is no organ's."""
    import vbcd

    text = ("DANH SÁCH THÀNH VIÊN\nTT\tHọ và tên\tChức vụ\n"
            "1\tNguyễn Văn An\tGiám đốc Sở Y tế\n2\tLê Thị Bình\tPhó Giám đốc Sở Tài chính\n")
    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got == {"Nguyễn Văn An": ["Giám đốc Sở Y tế"],
                   "Lê Thị Bình": ["Phó Giám đốc Sở Tài chính"]}


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Đồng chí Lê Văn Hải, Bí thư Huyện ủy Dương Minh Châu.", "Lê Văn Hải",
     "Bí thư Huyện ủy Dương Minh Châu"),
    ("Đồng chí Giàng Páo Mỷ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lai Châu.", "Giàng Páo Mỷ",
     "Bí thư Tỉnh ủy Lai Châu"),
])
def test_gazetteer_places_that_start_on_a_surname_are_no_names(
        text: str, name: str, position: str) -> None:
    """Districts and provinces of the gazetteer whose first syllable is a surname (``Dương
    Minh Châu``, ``Lai Châu``: ``Lại`` without marks) are places after an organ."""
    got = by_name(text)
    assert set(got) == {name}
    assert positions_of(got[name])[-1] == position


@pytest.mark.parametrize(("text", "name"), [
    ("Các đồng chí: Mai Sơn, Phó Bí thư Thường trực Tỉnh ủy; Lâm Thị Hương Thành, "
     "Chủ tịch HĐND tỉnh.", "Mai Sơn"),
    ("Tham dự có bà Lâm Bình, Phó Giám đốc Sở Y tế.", "Lâm Bình"),
])
def test_place_like_name_with_cue_and_position_is_a_person(text: str, name: str) -> None:
    """A name that reads like a district is a person's after ``các đồng chí:`` or after
    a personal cue with a position after it."""
    assert name in by_name(text)


def test_abbreviated_title_opening_a_parenthesis() -> None:
    """``(PCT UBND tỉnh)``: an abbreviation glued to ``(`` is a title, not a code's tail."""
    text = "Bà Lê Thị Hà (GĐ Sở Y tế) và ông Lê Văn Sử (PCT UBND tỉnh) dự họp."
    got = {n: positions_of(p) for n, p in by_name(text).items()}
    assert got == {"Lê Thị Hà": ["GĐ Sở Y tế"], "Lê Văn Sử": ["PCT UBND tỉnh"]}


def test_position_joined_by_dong_thoi_la() -> None:
    text = ("Đồng chí Lê Văn Hải, Giám đốc Sở Y tế, đồng thời là Phó Trưởng ban Thường trực "
            "Ban Chỉ đạo, đã báo cáo.")
    assert positions_of(by_name(text)["Lê Văn Hải"]) == [
        "Giám đốc Sở Y tế", "Phó Trưởng ban Thường trực Ban Chỉ đạo"]


def test_head_of_a_sub_committee() -> None:
    """An election council's or a congress's sub-committee (``Tiểu ban``) has its head
    and deputy head: ``Trưởng Tiểu ban`` is a position, like ``Trưởng ban``."""
    text = ("1. Ông Cao Văn Nam, Phó Trưởng Tiểu ban Nhân sự.\n"
            "2. Đồng chí Lê Văn Hải, Giám đốc Sở Nội vụ, Trưởng Tiểu ban.\n")
    got = {n: positions_of(p) for n, p in by_name(text).items()}
    assert got == {"Cao Văn Nam": ["Phó Trưởng Tiểu ban Nhân sự"],
                   "Lê Văn Hải": ["Giám đốc Sở Nội vụ", "Trưởng Tiểu ban"]}


def test_head_of_a_front_board_with_a_dash() -> None:
    """The front's boards have sector names (``Ban Dân chủ - Pháp luật``, ``Ban Phong
    trào``): the position runs on to the front committee that holds the board."""
    text = ("Ông Trần Văn Long, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; "
            "bà Lê Thị Mai, Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.")
    got = {n: positions_of(p) for n, p in by_name(text).items()}
    assert got == {
        "Trần Văn Long": ["Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"],
        "Lê Thị Mai": ["Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"]}


@pytest.mark.parametrize(("text", "expected"), [
    ("Điều 3. Hiệu trưởng Trường Trung học phổ thông Lam Sơn chịu trách nhiệm thi hành.", {}),
    ("Điều 3. Hiệu trưởng Trường Tiểu học Lê Văn Tám, Hiệu trưởng Trường Đại học Tôn Đức "
     "Thắng chịu trách nhiệm thi hành.", {}),
    ("Bổ nhiệm ông Lưu Văn Tâm, Phó Hiệu trưởng Trường Trung học cơ sở Nguyễn Du, giữ chức "
     "vụ Hiệu trưởng.", {"Lưu Văn Tâm": ["Phó Hiệu trưởng Trường Trung học cơ sở Nguyễn Du"]}),
])
def test_school_named_after_a_person_is_no_person(
        text: str, expected: dict[str, list[str]]) -> None:
    """Schools bear people's names (``Trường THPT Lam Sơn``, ``Trường Tiểu học Lê Văn
    Tám``): the run after a school's kind is its name, not a principal's."""
    assert {p.name: positions_of(p) for p in vbcd.parse(text).persons} == expected


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Điều 1. Bổ nhiệm ông Đỗ Mạnh Cường (sinh năm 1978), Phó Trưởng phòng Tổ chức cán bộ, "
     "Sở Y tế, giữ chức vụ Trưởng phòng.", "Đỗ Mạnh Cường",
     "Phó Trưởng phòng Tổ chức cán bộ, Sở Y tế"),
    ("Điều 1. Cho bà Lê Thị Hoa, sinh ngày 02 tháng 3 năm 1970, Phó Trưởng phòng Hành chính, "
     "Sở Tư pháp, được nghỉ hưu.", "Lê Thị Hoa", "Phó Trưởng phòng Hành chính, Sở Tư pháp"),
])
def test_birth_detail_between_name_and_position(text: str, name: str, position: str) -> None:
    """Personnel decisions print the birth year or date before the positions."""
    assert positions_of(by_name(text)[name]) == [position]


@pytest.mark.parametrize(("text", "position"), [
    ("Bổ nhiệm ông Nguyễn Trọng Nghĩa, Phó Trưởng phòng Nghiệp vụ, Thanh tra tỉnh, giữ "
     "chức vụ Trưởng phòng.", "Phó Trưởng phòng Nghiệp vụ, Thanh tra tỉnh"),
    ("Bổ nhiệm bà Lê Thị Lan, Phó Trưởng phòng Tổng hợp, Bảo hiểm xã hội tỉnh, giữ chức vụ "
     "Trưởng phòng.", "Phó Trưởng phòng Tổng hợp, Bảo hiểm xã hội tỉnh"),
])
def test_section_takes_its_provincial_body_after_a_comma(text: str, position: str) -> None:
    """A section's head takes the body the section belongs to, as ``, Sở Nội vụ``."""
    assert [positions_of(p) for p in by_name(text).values()] == [[position]]


@pytest.mark.parametrize(("text", "name"), [
    ("Tổ trưởng nộp đề về Phó Hiệu trưởng (thầy Lê Văn Tú) trước ngày 03/01/2026.",
     "Lê Văn Tú"),
    ("Đoàn gồm cô giáo Nguyễn Thu Hằng và các giáo viên tổ Văn.", "Nguyễn Thu Hằng"),
    ("Cô Lê Thị Hoa tổng hợp danh sách học sinh.", "Lê Thị Hoa"),
    ("NGƯT Trần Văn Bình phát biểu tại buổi lễ.", "Trần Văn Bình"),
    ("Cử ĐD. Nguyễn Thị Hạnh, Điều dưỡng trưởng Khoa Nhi, tham gia.", "Nguyễn Thị Hạnh"),
])
def test_teacher_named_by_thay_or_co(text: str, name: str) -> None:
    """Schools name their teachers with ``thầy``, ``cô`` or an honorary title, hospitals
    their nurses with ``ĐD.``, not with ``ông``, ``bà``: the name after one is a person's."""
    assert name in by_name(text)
    assert by_name("Học sinh lớp 5 tham quan huyện Cô Tô.") == {}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Lê Thị Mai, đảng viên "
     "Chi bộ thôn 3, Đảng bộ xã Xuân Lập, nguyên Phó Chủ tịch Ủy ban nhân dân xã.",
     "Lê Thị Mai", ["nguyên Phó Chủ tịch Ủy ban nhân dân xã"]),
    ("Khai trừ ra khỏi Đảng đối với đồng chí Phạm Văn Sơn, đảng viên Chi bộ Công an xã, "
     "Phó Trưởng Công an xã Quảng Phú.", "Phạm Văn Sơn",
     ["Phó Trưởng Công an xã Quảng Phú"]),
])
def test_posts_after_a_party_membership_item(text: str, name: str, expected: list[str]) -> None:
    """A disciplinary decision names the member's cell before the posts (``đồng chí A,
    đảng viên Chi bộ X, nguyên Phó Chủ tịch UBND xã``): the posts are still A's."""
    assert positions_of(by_name(text)[name]) == expected


def test_membership_item_does_not_reach_the_next_person() -> None:
    """The membership item is passed over only up to the next post of the same person,
    never past another person's cue."""
    text = ("Khiển trách đồng chí Vũ Đức Thịnh, đảng viên dự bị, đồng chí Lê Văn Hòa, "
            "Bí thư Chi bộ.")
    got = by_name(text)
    assert positions_of(got["Vũ Đức Thịnh"]) == []


@pytest.mark.parametrize("text", [
    "đối với đồng chí Hoàng Minh Tuấn, Trưởng Ban Chỉ đạo giải phóng mặt bằng huyện.",
    "đối với đồng chí Hoàng Minh Tuấn, Trưởng ban chỉ đạo giải phóng mặt bằng huyện.",
])
def test_steering_board_topic_after_the_heads_own_ban(text: str) -> None:
    """``Trưởng Ban`` + ``Chỉ đạo``: the head's ``Ban`` opens the board's name, whose
    topic (``giải phóng mặt bằng``) goes on with the organ."""
    assert positions_of(by_name(text)["Hoàng Minh Tuấn"])[0].lower() == (
        "trưởng ban chỉ đạo giải phóng mặt bằng huyện")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đồng chí Y Khoa Niê, Bí thư Chi bộ buôn Kô Tam, nguyên Trưởng buôn.", "Y Khoa Niê",
     ["Bí thư Chi bộ buôn Kô Tam", "nguyên Trưởng buôn"]),
    ("Đồng chí Huỳnh Văn Tám, Bí thư Chi bộ ấp 4, xã Hựu Thạnh.", "Huỳnh Văn Tám",
     ["Bí thư Chi bộ ấp 4"]),
])
def test_cell_of_a_village_named_by_its_local_word(
        text: str, name: str, expected: list[str]) -> None:
    """A village is a ``buôn``, ``bản``, ``ấp`` or ``làng`` as well as a ``thôn``: the cell
    of one is named with it (``Chi bộ buôn Kô Tam``), and its head is ``Trưởng buôn``."""
    assert positions_of(by_name(text)[name]) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đồng chí Hà Văn Năm, ĐUV, Chủ tịch UBND xã Tân Lập.", "Hà Văn Năm",
     ["ĐUV", "Chủ tịch UBND xã Tân Lập"]),
    ("Đồng chí Lò Thị Mai, ThUV, Bí thư Đảng ủy phường Tân Lập.", "Lò Thị Mai",
     ["ThUV", "Bí thư Đảng ủy phường Tân Lập"]),
])
def test_abbreviated_committee_memberships(text: str, name: str, expected: list[str]) -> None:
    """``ĐUV`` (Đảng ủy viên), ``ThUV`` (Thành ủy viên) and ``QUV`` are memberships like
    ``TUV`` and ``HUV``, the organ inside the word: the list of posts goes on after them."""
    assert positions_of(by_name(text)[name]) == expected


@pytest.mark.parametrize(("text", "name", "position"), [
    ("Ngày 25/4/2023, Chủ tịch UBND tỉnh đã tiếp Ngài Ito Naoki, Đại sứ Nhật Bản tại Việt "
     "Nam.", "Ito Naoki", "Đại sứ Nhật Bản tại Việt Nam"),
    ("Tham dự có bà Carolyn Turk, Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam.",
     "Carolyn Turk", "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam"),
    ("Đoàn do Ngài Kim Dong-yeon, Tỉnh trưởng tỉnh Gyeonggi dẫn đầu.",
     "Kim Dong-yeon", "Tỉnh trưởng tỉnh Gyeonggi"),
    ("Tiếp xã giao ông Marc Knapper, Đại sứ Hoa Kỳ tại Việt Nam.", "Marc Knapper",
     "Đại sứ Hoa Kỳ tại Việt Nam"),
])
def test_foreign_dignitary_after_ngai_ong_ba(text: str, name: str, position: str) -> None:
    """Documents on foreign affairs name a foreign guest by ``Ngài``, ``ông`` or ``bà``,
    a name of foreign words and a position: the name is a person's though none of its
    words is a Vietnamese syllable, and ``Ngài`` is capitalised inside a sentence. The
    post's seat after ``tại`` is part of the position (``... tại Việt Nam``)."""
    found = by_name(text)
    assert name in found
    assert positions_of(found[name]) == [position]


def test_foreign_words_without_a_cue_or_position_are_no_person() -> None:
    """Without a cue and a position after the name, foreign words stay no one's name
    (a project's or a programme's name in English)."""
    assert by_name("Dự án Green Growth Vietnam, do Chính phủ Đức tài trợ.") == {}
    assert by_name("Tổ chức Plan International, Giám đốc dự án tham dự.") == {}


@pytest.mark.parametrize("text", [
    "Đại sứ Hàn Quốc tại Việt Nam đã thăm và làm việc tại tỉnh.",
    "Tổng Lãnh sự Thái Lan tại Thành phố Hồ Chí Minh dự lễ.",
])
def test_a_country_after_an_envoys_title_is_no_name(text: str) -> None:
    """``Đại sứ Hàn Quốc``: the country after the envoy's title starts with a surname
    (``Hàn``, ``Thái``) but names the title's state, not a person."""
    assert by_name(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Đồng chí Đại tá Trần Quốc Việt, Sư đoàn trưởng Sư đoàn 5 - Trưởng ban.",
         "Trần Quốc Việt", ["Sư đoàn trưởng Sư đoàn 5", "Trưởng ban"]),
        ("Thiếu tá Đỗ Thị Hạnh, Giám thị Trại tạm giam Công an tỉnh - Ủy viên;",
         "Đỗ Thị Hạnh", ["Giám thị Trại tạm giam Công an tỉnh", "Ủy viên"]),
        ("Đồng chí Lê Minh Cường, Đội trưởng Đội Cảnh sát hình sự - Tổ phó;",
         "Lê Minh Cường", ["Đội trưởng Đội Cảnh sát hình sự", "Tổ phó"]),
    ],
)
def test_armed_forces_positions_and_member_role(text: str, name: str,
                                                expected: list[str]) -> None:
    """A unit's commander and a prison's warden hold positions (``Sư đoàn trưởng``,
    ``Giám thị``); the team role after the dash is a position of its own."""
    assert positions_of(by_name(text)[name]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thượng tá Trần Minh Đức, Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh làm "
         "Trưởng đoàn.", "Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh"),
        ("Thượng tá Trần Minh Đức, Trưởng Phòng Cảnh sát PCCC và CNCH Công an tỉnh làm "
         "Trưởng đoàn.", "Trưởng Phòng Cảnh sát PCCC và CNCH Công an tỉnh"),
        ("Thượng tá Trần Minh Đức, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, "
         "cứu hộ Công an tỉnh làm Trưởng đoàn.",
         "Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"),
    ],
)
def test_a_fire_police_chiefs_position_is_read_whole(text: str, expected: str) -> None:
    """The fire police's name joins its rescue half with ``và`` (``PCCC và CNCH``) and
    writes small words after ``Cảnh sát``; the province's police after it (``Công an
    tỉnh``) belongs to the position, whether the agency reader saw the department's
    name first (``Trưởng Phòng``) or not (``Trưởng phòng``). The team's lead after ``làm``
    is one more position of his (as after a dash)."""
    assert positions_of(by_name(text)["Trần Minh Đức"]) == [expected, "Trưởng đoàn"]


@pytest.mark.parametrize(("text", "name"), [
    ("Thăm, tặng quà Mẹ Việt Nam Anh hùng Nguyễn Thị Lựu tại xã Thạch Hà.",
     "Nguyễn Thị Lựu"),
    ("Thăm hỏi Bà mẹ Việt Nam Anh hùng Trần Thị Huệ.", "Trần Thị Huệ"),
    ("Thăm hỏi Anh hùng Lực lượng vũ trang nhân dân Phạm Văn Đức.", "Phạm Văn Đức"),
    ("Thăm Mẹ VNAH Lê Thị Gái.", "Lê Thị Gái"),
])
def test_title_of_honour_before_a_person_with_merit(text: str, name: str) -> None:
    """Gifts and visits for people with merit name them after their title of honour,
    not after ``ông`` or ``bà``; a cemetery named after its place is no person."""
    assert name in by_name(text)
    assert by_name("Viếng Nghĩa trang liệt sĩ Đồng Lộc.") == {}


def test_role_cell_below_the_organ_is_no_part_of_it() -> None:
    """A Markdown table's row comes out one cell a line: the role in the board on the
    line after ``UBND tỉnh`` (``Trưởng ban``) is a title, not the organ's last word."""
    import vbcd

    text = ("| STT | Họ và tên | Chức vụ | Chức danh trong Ban |\n|---|---|---|---|\n"
            "| 1 | Ông Nguyễn Văn An | Phó Chủ tịch UBND tỉnh | Trưởng ban |\n"
            "| 2 | Ông Lê Văn Bình | Giám đốc Sở Y tế | Phó Trưởng ban |\n")
    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got["Nguyễn Văn An"][0] == "Phó Chủ tịch UBND tỉnh"


@pytest.mark.parametrize("text", [
    "TT\tHọ và tên\tNăm sinh\tChức vụ\n1\tNguyễn Văn Hùng\t1975\tPhó Trưởng phòng Tư pháp huyện\n",
    "STT\nHọ và tên\nNgày sinh\nChức vụ\n1\nNguyễn Văn Hùng\n12/5/1975\nPhó Trưởng phòng Tư pháp huyện\n",
])
def test_year_of_birth_cell_between_name_and_position(text: str) -> None:
    """A reward or personnel list puts the year or date of birth in a cell between the
    name and the position: the position is the name's, the number joins nothing."""
    import vbcd

    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got == {"Nguyễn Văn Hùng": ["Phó Trưởng phòng Tư pháp huyện"]}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("3. Ông Lê Văn Minh, công chức Tư pháp - Hộ tịch - Thành viên.", "Lê Văn Minh",
     ["công chức Tư pháp - Hộ tịch", "Thành viên"]),
    ("- Bà Nguyễn Thị Thu, công chức Văn hóa - Xã hội xã, Thư ký.", "Nguyễn Thị Thu",
     ["công chức Văn hóa - Xã hội xã", "Thư ký"]),
    ("- Ông Trần Văn Hải, công chức Địa chính - Xây dựng - Đô thị và Môi trường, Tổ viên.",
     "Trần Văn Hải", ["công chức Địa chính - Xây dựng - Đô thị và Môi trường", "Tổ viên"]),
    ("Ông Trần Văn Hải, Trưởng phòng Công chức, viên chức Sở Nội vụ.", "Trần Văn Hải",
     ["Trưởng phòng Công chức"]),
])
def test_a_communes_civil_servant_holds_a_position(text: str, name: str,
                                                  expected: list[str]) -> None:
    """A commune's working group lists its civil servants by the field they serve
    (``công chức Tư pháp - Hộ tịch``): a position, the group role after it another; the
    section a department's head leads (``Trưởng phòng Công chức``) keeps its name."""
    assert positions_of(by_name(text)[name]) == expected


def test_position_organ_stops_at_a_table_cell_border() -> None:
    """A schedule's host cell (``PCT UBND tỉnh``) is followed by the venue's cell: the
    position's organ ends with its cell, not in ``UBND tỉnh Phòng``."""
    doc = vbcd.parse(
        "Điều 1. Lịch làm việc:\n| Thời gian | Nội dung | Chủ trì | Địa điểm |\n"
        "|---|---|---|---|\n"
        "| 8h00 ngày 15/3/2026 | Họp Ban Chỉ đạo | Đ/c Nguyễn Văn Đệ, PCT UBND tỉnh "
        "| Phòng họp số 3 |\n"
    )
    person = next(p for p in doc.persons if p.name == "Nguyễn Văn Đệ")
    assert [(p.title, p.organ) for p in person.positions] == [("PCT", "UBND tỉnh")]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("2. Bà Trần Thị Bích, Giáo viên Trường Tiểu học Kim Đồng;", "Trần Thị Bích",
     ["Giáo viên Trường Tiểu học Kim Đồng"]),
    ("3. Ông Phạm Văn Cường, Bác sĩ Khoa Hồi sức cấp cứu, Bệnh viện Đa khoa tỉnh;",
     "Phạm Văn Cường", ["Bác sĩ Khoa Hồi sức cấp cứu, Bệnh viện Đa khoa tỉnh"]),
    ("4. Đồng chí Hoàng Thị Hương, Cán bộ Phòng Tham mưu, Công an tỉnh;",
     "Hoàng Thị Hương", ["Cán bộ Phòng Tham mưu, Công an tỉnh"]),
    ("5. Ông Đinh Văn Hòa, Nhân viên Văn phòng Sở Y tế;", "Đinh Văn Hòa",
     ["Nhân viên Văn phòng Sở Y tế"]),
    ("6. Ông Ngô Văn Long, Phóng viên Báo Hải Dương;", "Ngô Văn Long",
     ["Phóng viên Báo Hải Dương"]),
    ("1. Ông Nguyễn Văn An, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ;", "Nguyễn Văn An",
     ["Trưởng phòng Tổ chức cán bộ, Sở Nội vụ"]),
])
def test_an_award_lists_staff_by_job_title(text: str, name: str,
                                           expected: list[str]) -> None:
    """A reward decision lists the honoured staff by job title and unit (``Giáo viên
    Trường ...``, ``Bác sĩ Khoa ...``, ``Cán bộ Phòng ...``): a position; inside a
    section's name after another head (``Phòng Tổ chức cán bộ``) the word goes on."""
    assert positions_of(by_name(text)[name]) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("1. Em Nguyễn Minh Khang, học sinh lớp 9A, Trường THCS Thanh Hà;", "Nguyễn Minh Khang"),
    ("Tặng Giấy khen cho em Phạm Thu Trang, học sinh lớp 12A1.", "Phạm Thu Trang"),
    ("2. Học sinh Trần Thị Ngọc Ánh, lớp 8B, Trường THCS Thanh Hà;", "Trần Thị Ngọc Ánh"),
    ("3. Sinh viên Lê Văn Vũ, Trường Đại học Hải Dương;", "Lê Văn Vũ"),
])
def test_an_award_names_its_pupils(text: str, name: str) -> None:
    """A school's or a province's award list names pupils and students with ``em``,
    ``học sinh``, ``sinh viên`` before the name; a place after these words is none."""
    assert name in by_name(text)
    assert not by_name("Chăm lo cho học sinh Hà Nội, sinh viên Việt Nam và trẻ em Hà Giang.")


def test_an_award_table_gives_staff_by_job_title_cells() -> None:
    """An award annex's table prints the name, the job title and the unit in cells of
    their own, with no ``Ông``/``Bà``: the job title is what makes the name a person."""
    doc = vbcd.parse(
        "Điều 1. Công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" cho các cá nhân sau:\n\n"
        "| STT | Họ và tên | Chức vụ | Đơn vị |\n|---|---|---|---|\n"
        "| 1 | Nguyễn Văn Hải | Trưởng phòng | Phòng Quản lý đô thị |\n"
        "| 2 | Đỗ Thị Hạnh | Giáo viên | Trường Tiểu học Tân Bình |\n"
        "| 3 | Vi Thị Mừng | Bác sĩ | Trạm Y tế xã Hòa Bình |\n"
    )
    got = {p.name: positions_of(p) for p in doc.persons}
    assert got["Đỗ Thị Hạnh"] == ["Giáo viên Trường Tiểu học Tân Bình"]
    assert got["Vi Thị Mừng"] == ["Bác sĩ Trạm Y tế xã Hòa Bình"]


@pytest.mark.parametrize(("cell", "name"), [
    ("NGUYỄN VĂN CƯỜNG", "Nguyễn Văn Cường"),
    ("Ông HOÀNG VĂN NAM", "Hoàng Văn Nam"),
    ("Bà LÊ THỊ HOA", "Lê Thị Hoa"),
])
def test_name_in_capitals_filling_a_table_cell(cell: str, name: str) -> None:
    """A member list prints a name in capitals, with ``Ông``/``Bà`` or without, in a
    cell of its own and the position in the next: the cell's borders bound the name as
    a line of its own does the signer's, so it is read (in title case). The role column
    (``Chức danh trong Tổ``) gives the role in the team besides the post."""
    doc = vbcd.parse(
        "Điều 1. Thành lập Tổ công tác gồm:\n"
        "| STT | Họ và tên | Chức vụ | Chức danh trong Tổ |\n|---|---|---|---|\n"
        "| 1 | Ông Trần Văn Bình | Phó Chủ tịch UBND tỉnh | Tổ trưởng |\n"
        f"| 2 | {cell} | Phó Giám đốc Sở Nội vụ | Thành viên |\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    got = {p.name: [(x.title, x.organ) for x in p.positions] for p in doc.persons}
    assert got[name] == [("Phó Giám đốc", "Sở Nội vụ"), ("Thành viên", None)]


def test_capitals_cell_without_a_position_after_is_no_name() -> None:
    """A cell in capitals that opens with a surname but has no position in the next
    cell (a list of communes) stays no person's."""
    doc = vbcd.parse(
        "| STT | Đơn vị | Số hộ | Ghi chú |\n|---|---|---|---|\n"
        "| 1 | LÊ VĂN HƯU | 120 | Đạt |\n"
    )
    assert doc.persons == []


@pytest.mark.parametrize(("text", "name"), [
    ("Họ và tên: Trần Thị Bích Ngọc. Giới tính: Nữ. Ngày, tháng, năm sinh: 22/02/1995.",
     "Trần Thị Bích Ngọc"),
    ("HỌ VÀ TÊN: Trần Thị Bích Ngọc\nGiới tính: Nữ", "Trần Thị Bích Ngọc"),
    ("Họ tên: Lê Văn Tám; sinh ngày 12/3/1990.", "Lê Văn Tám"),
    ("Tôi: Lê Quang Hưng; Chức vụ: Trưởng Công an xã.", "Lê Quang Hưng"),
    ("Ông/bà: Lê Quang Hưng. Nơi ở hiện tại: thôn 3.", "Lê Quang Hưng"),
])
def test_a_forms_name_field_names_a_person(text: str, name: str) -> None:
    """A record or a sanction decision names the violator, the witness and the official
    in a form's fields (``Họ và tên: A``, ``Tôi: A``): the label is the cue."""
    assert list(by_name(text)) == [name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tôi: Lê Quang Hưng; Chức vụ: Trưởng Công an xã Yên Phong; Đơn vị: Công an tỉnh.",
     "Lê Quang Hưng", ["Trưởng Công an xã Yên Phong"]),
    ("Người đại diện theo pháp luật: Ông Võ Văn Tài. Chức danh: Giám đốc.",
     "Võ Văn Tài", ["Giám đốc"]),
    ("Ông Lê Văn Quý, chức vụ: Phó Chủ tịch UBND xã Tân Phú.", "Lê Văn Quý",
     ["Phó Chủ tịch UBND xã Tân Phú"]),
    ("1. Họ và tên: Nguyễn Văn Hùng     Chức vụ: Phó Trưởng Công an xã.",
     "Nguyễn Văn Hùng", ["Phó Trưởng Công an xã"]),
    ("Họ và tên: Nguyễn Văn Hùng\nChức vụ: Phó Trưởng Công an xã.",
     "Nguyễn Văn Hùng", ["Phó Trưởng Công an xã"]),
])
def test_a_forms_position_field_after_the_name(text: str, name: str,
                                               expected: list[str]) -> None:
    """The position field of a form (``Chức vụ: X``, ``Chức danh: X``) after a name holds
    the person's position; the label is no part of it nor of the name."""
    assert positions_of(by_name(text)[name]) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Tôi: Nguyễn Văn Thành       Cấp bậc: Thượng úy       Đơn vị: Đội CSGT số 2",
     "Nguyễn Văn Thành"),
    ("Họ và tên: Trần Văn Hùng       Giới tính: Nam", "Trần Văn Hùng"),
    ("Họ và tên: Trần Văn Hùng   Quốc tịch: Việt Nam", "Trần Văn Hùng"),
])
def test_a_forms_next_field_ends_the_name(text: str, name: str) -> None:
    """A form prints several fields on the name's line (``Giới tính: Nam``): the next
    field's capitalised label is no syllable of the name."""
    assert list(by_name(text)) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Với sự chứng kiến của:\nÔng (bà): Phạm Thị Lan   Nghề nghiệp: Nông dân", "Phạm Thị Lan"),
    ("1. Ông(Bà): Nguyễn Văn Hùng, trú tại thôn 2.", "Nguyễn Văn Hùng"),
    ("Ông (bà)/Tổ chức: Hoàng Văn Nam   Giới tính: Nam", "Hoàng Văn Nam"),
    ("Họ và tên người vi phạm: Hoàng Văn Nam   Giới tính: Nam", "Hoàng Văn Nam"),
    ("Người vi phạm: Hoàng Văn Nam, sinh năm 1990, trú tại xóm 3.", "Hoàng Văn Nam"),
    ("Người khiếu nại: Nguyễn Văn Tư\nĐịa chỉ: thôn 2, xã Đại Hòa.", "Nguyễn Văn Tư"),
    ("Xét đơn của người tố cáo: Lê Thị Hoa, trú tại thôn 3.", "Lê Thị Hoa"),
    ("Công dân: Trần Văn Bảy, trú tại khối 5, thị trấn Ái Nghĩa.", "Trần Văn Bảy"),
    ("Người lập biên bản: Trần Văn Bình", "Trần Văn Bình"),
    ("Người đại diện theo ủy quyền: Nguyễn Văn Ba, trú tại thôn 1.", "Nguyễn Văn Ba"),
    ("Thư ký cuộc họp: Lê Thị Mai.", "Lê Thị Mai"),
    ("Người liên hệ: Đỗ Thị Hạnh, điện thoại: 0912345678.", "Đỗ Thị Hạnh"),
])
def test_a_role_label_names_a_person(text: str, name: str) -> None:
    """Records, minutes and complaint or sanction decisions name people in labelled
    fields, the name alone after the colon (``Người khiếu nại: A``, ``Ông (bà): A``):
    the label is the cue, read across its brackets; it is no name itself."""
    assert list(by_name(text)) == [name]


def test_a_cue_after_a_role_label_reads_the_name() -> None:
    """``Chủ trì: Ông A, ...``: the personal cue after the label reads the name, and
    ``Ông`` (also a surname) is no syllable of it."""
    got = by_name("Chủ trì: Ông Nguyễn Văn Sơn, Chủ tịch UBND xã.\n"
                  "Thư ký: Bà Lê Thị Mai, công chức Văn phòng - Thống kê.")
    assert sorted(got) == ["Lê Thị Mai", "Nguyễn Văn Sơn"]
    assert positions_of(got["Nguyễn Văn Sơn"]) == ["Chủ tịch UBND xã"]


@pytest.mark.parametrize("text", [
    "Họ và tên: Trần Văn Minh   Cấp bậc: Thượng úy   Chức vụ: Cán bộ Công an xã",
    "Họ và tên: Trần Văn Minh\nCấp bậc: Thượng úy   Chức vụ: Cán bộ Công an xã",
    "Tôi: Trần Văn Minh; Năm sinh: 1985; Chức vụ: Cán bộ Công an xã",
])
def test_a_forms_position_after_other_fields(text: str) -> None:
    """A form prints a name's rank, sex or year between the name and its position field
    (``Cấp bậc: Thượng úy   Chức vụ: ...``): those fields are passed over."""
    assert positions_of(by_name(text)["Trần Văn Minh"]) == ["Cán bộ Công an xã"]


def test_a_dash_before_a_forms_position_field() -> None:
    """A record's list of officials: ``Ông A - Chức vụ: X``."""
    got = by_name("1. Ông Nguyễn Đức Long - Chức vụ: Phó Chủ tịch UBND xã Tân Phú.")
    assert positions_of(got["Nguyễn Đức Long"]) == ["Phó Chủ tịch UBND xã Tân Phú"]


def test_the_council_of_ministers_is_one_organ_after_a_title() -> None:
    """``Hội đồng Bộ trưởng`` (the Government of 1981-1992) holds a title in its name:
    the organ of ``Phó Chủ tịch``, not a council and the next position (the board's lead
    after ``làm`` is a position of its own)."""
    (person,) = find_persons(
        "Thành lập Ban chỉ đạo do đồng chí Trần Đức Lương, Phó Chủ tịch Hội đồng Bộ trưởng"
        " làm Trưởng ban.")
    assert [(x.title, x.organ) for x in person.positions] == [
        ("Phó Chủ tịch", "Hội đồng Bộ trưởng"), ("Trưởng ban", None)]


@pytest.mark.parametrize(("line", "names"), [
    ("1. Cụ Nguyễn Văn Tư, trú tại thôn Phú Xuân, xã Hải Phú, đề nghị giải quyết chế độ.",
     ["Nguyễn Văn Tư"]),
    ("1. Các ông, bà: Nguyễn Văn Tâm, Lê Thị Hoa, Trần Văn Minh cùng trú tại thôn 3, "
     "xã Gio Mỹ khiếu nại việc bồi thường.", ["Nguyễn Văn Tâm", "Lê Thị Hoa", "Trần Văn Minh"]),
    ("1. Cụ thể, Sở Tài chính hướng dẫn các đơn vị.", []),
])
def test_the_citizens_a_reception_notice_names(line: str, names: list[str]) -> None:
    """A reception notice or a complaint decision names an elderly citizen ``Cụ`` and
    lists complainants after ``Các ông, bà:``; ``Cụ thể`` stays a word."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/TB-UBND\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân\n\n" + line + "\n")
    assert [p.name for p in vbcd.parse(text).persons] == names


@pytest.mark.parametrize(("text", "name"), [
    ("Thiếu tá QNCN Nguyễn Văn Dũng, Trợ lý Quân lực, Phòng Tham mưu.", "Nguyễn Văn Dũng"),
    ("Đồng chí Trung sĩ Lê Văn Tám chịu trách nhiệm.", "Lê Văn Tám"),
    ("Khen thưởng Thượng sĩ Trần Văn Cường đã hoàn thành xuất sắc nhiệm vụ.",
     "Trần Văn Cường"),
    ("Đại uý Nguyễn Văn An chịu trách nhiệm.", "Nguyễn Văn An"),
])
def test_professional_and_non_commissioned_ranks_are_no_part_of_the_name(
    text: str, name: str,
) -> None:
    """Ranks print before the name (a professional soldier's ``QNCN`` after the rank,
    the non-commissioned ranks, the old spelling ``uý``): the name follows them."""
    assert list(by_name(text)) == [name]


@pytest.mark.parametrize(("text", "name", "positions"), [
    ("Đại úy Phạm Văn Đức, Chỉ huy phó Ban Chỉ huy Quân sự xã Diễn Kỷ.", "Phạm Văn Đức",
     ["Chỉ huy phó Ban Chỉ huy Quân sự xã Diễn Kỷ"]),
    ("Trung úy Hoàng Văn Minh, Chính trị viên phó Ban CHQS phường.", "Hoàng Văn Minh",
     ["Chính trị viên phó Ban CHQS phường"]),
    ("Ông Lê Văn Bình, Trung đội trưởng dân quân cơ động xã.", "Lê Văn Bình",
     ["Trung đội trưởng"]),
    ("Thượng úy Vũ Đình Khoa, Trợ lý Ban Chỉ huy Phòng thủ khu vực 3.", "Vũ Đình Khoa",
     ["Trợ lý Ban Chỉ huy Phòng thủ khu vực 3"]),
    ("Thiếu tá Lê Văn Dũng, Trợ lý Quân lực, Phòng Tham mưu.", "Lê Văn Dũng",
     ["Trợ lý Quân lực"]),
])
def test_positions_of_a_communes_military_board(
    text: str, name: str, positions: list[str],
) -> None:
    """A commune's military board has a commander's deputy and a political officer's
    (``Chỉ huy phó``, ``Chính trị viên phó``, the word after the title), militia
    platoon leaders, and staff officers of a branch or of the 2025 area commands."""
    assert positions_of(by_name(text)[name]) == positions


@pytest.mark.parametrize(("text", "name", "organ"), [
    ("Phó Chủ tịch UBND TP Võ Văn Hoan chỉ đạo Sở Tài chính rà soát.",
     "Võ Văn Hoan", "UBND TP"),
    ("Chủ tịch UBND TP.HCM Phan Văn Mãi yêu cầu các sở, ngành triển khai.",
     "Phan Văn Mãi", "UBND TP.HCM"),
    ("Phó Chủ tịch UBND TP Hà Nội Nguyễn Trọng Đông chủ trì cuộc họp.",
     "Nguyễn Trọng Đông", "UBND TP Hà Nội"),
    ("Bí thư Thành ủy TP.HCM Nguyễn Văn Nên phát biểu chỉ đạo.",
     "Nguyễn Văn Nên", "Thành ủy TP.HCM"),
])
def test_name_after_an_organ_ending_on_a_city_acronym(text: str, name: str, organ: str) -> None:
    """The two cities' offices are written ``UBND TP``, ``UBND TP.HCM``: the name after
    the acronym starts a run of its own (no acronym is a syllable of a name)."""
    doc = vbcd.parse(text)
    got = {p.name: [(x.title, x.organ) for x in p.positions] for p in doc.persons}
    assert got[name][0][1] == organ


def test_a_full_time_deputy_keeps_his_qualifier_in_the_title() -> None:
    """``chuyên trách`` after a deputy's head is his title's (the full-time deputy
    head of a National Assembly delegation), not the start of the organ."""
    doc = vbcd.parse("Bà Trần Thị Lan, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh "
                     "phát biểu ý kiến.")
    p = doc.persons[0]
    assert (p.positions[0].title, p.positions[0].organ) == (
        "Phó Trưởng Đoàn chuyên trách", "Đoàn ĐBQH tỉnh")


@pytest.mark.parametrize(("text", "name"), [
    ("1. Thí sinh Trần Văn Hùng, sinh ngày 05/11/1995, đăng ký dự tuyển.", "Trần Văn Hùng"),
    ("Triệu tập thí sinh Nguyễn Thị Thu Hà, sinh ngày 12/3/1998, dự thi vòng 2.",
     "Nguyễn Thị Thu Hà"),
    ("Cử học viên Lê Văn Bình tham gia lớp Trung cấp lý luận chính trị.", "Lê Văn Bình"),
])
def test_a_candidate_or_a_trainee_named_by_the_cue(text: str, name: str) -> None:
    """A recruitment notice names its candidates ``thí sinh X``, a school its trainees
    ``học viên X``, with no position after them."""
    assert list(by_name(text)) == [name]


@pytest.mark.parametrize("text", [
    "| STT | Họ và tên | Ngày sinh | Vị trí dự tuyển |\n|---|---|---|---|\n"
    "| 1 | Lê Thị Hoa | 12/03/1998 | Bác sĩ |\n"
    "| 2 | Nguyễn Văn Nam | 05/11/1995 | Điều dưỡng hạng IV |\n"
    "| 3 | TRẦN THỊ MAI | 1996 | Kỹ thuật viên |\n",
    "STT\tHọ và tên\tNgày sinh\tVị trí dự tuyển\n1\tLê Thị Hoa\t12/03/1998\tBác sĩ\n"
    "2\tNguyễn Văn Nam\t05/11/1995\tĐiều dưỡng hạng IV\n3\tTRẦN THỊ MAI\t1996\tKỹ thuật viên\n",
])
def test_names_under_a_name_column_without_positions(text: str) -> None:
    """A list of candidates: every cell under ``Họ và tên`` is a name (capitals too),
    with no position cell after it; the post applied for (``Bác sĩ`` under ``Vị trí dự
    tuyển``) is no position held, and the date of birth joins no name."""
    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got == {"Lê Thị Hoa": [], "Nguyễn Văn Nam": [], "Trần Thị Mai": []}


def test_award_table_with_gender_column_gives_names() -> None:
    """An award list parted by tabs: year of birth, gender, home town and unit cells
    after the name, no position column: the names alone are read."""
    text = ("TT\tHọ và tên\tNăm sinh\tGiới tính\tQuê quán\tĐơn vị\n"
            "1\tPhạm Văn Long\t1980\tNam\tHà Tĩnh\tCông an huyện Đức Thọ\n"
            "2\tHoàng Thị Lan\t1985\tNữ\tNghệ An\tPhòng Cảnh sát giao thông\n")
    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got == {"Phạm Văn Long": [], "Hoàng Thị Lan": []}


def test_position_column_after_other_cells_and_name_in_capitals() -> None:
    """The positions come from the column headed ``Chức vụ`` however many cells stand
    between it and the name (a date, an empty cell), and a name in capitals is read in
    title case; a street named after a person under ``Tên đường`` stays none."""
    text = ("| STT | HỌ VÀ TÊN | Ngày sinh | Nữ | Chức vụ hiện tại |\n|---|---|---|---|---|\n"
            "| 1 | NGUYỄN THỊ HỒNG | 12/5/1980 | x | Phó Chủ tịch UBND phường Hòa Khánh |\n\n"
            "| STT | Tên đường | Điểm đầu |\n|---|---|---|\n| 1 | Nguyễn Văn Linh | Quốc lộ 1A |\n")
    got = {p.name: positions_of(p) for p in vbcd.parse(text).persons}
    assert got == {"Nguyễn Thị Hồng": ["Phó Chủ tịch UBND phường Hòa Khánh"]}


@pytest.mark.parametrize(("text", "name"), [
    ("Họ và tên: NGUYỄN VĂN SƠN          Giới tính: Nam\nSinh ngày: 12/5/1978\n",
     "Nguyễn Văn Sơn"),
    ("1. Họ và tên khai sinh: TRẦN THỊ THU HÀ\n2. Tên gọi khác: Không\n", "Trần Thị Thu Hà"),
    ("- Người vi phạm: ĐỖ VĂN TÀI, sinh năm 1985\n", "Đỗ Văn Tài"),
])
def test_name_in_capitals_after_a_form_label(text: str, name: str) -> None:
    """A personnel form or a sanction record fills its name field in capitals: the
    label bounds the name as a cue does, the line's end or the next field ends it."""
    assert [p.name for p in vbcd.parse(text).persons] == [name]


def test_organ_in_capitals_after_a_label_is_no_name() -> None:
    """``Đại diện: VĂN PHÒNG UBND TỈNH``: capitals after a label that open with no name
    (``Văn`` a surname, but ``Phòng ...`` an organ) stay no person's."""
    assert vbcd.parse("Đại diện: VĂN PHÒNG UBND TỈNH\n").persons == []


@pytest.mark.parametrize(("text", "organ"), [
    ("Người đại diện theo pháp luật: Ông Trần Đình Long, chức danh: Chủ tịch Hội đồng "
     "quản trị.", "Hội đồng quản trị"),
    ("Ông Lê Văn Minh, Chủ tịch Hội đồng thành viên Tổng công ty Điện lực miền Bắc, "
     "báo cáo.", "Hội đồng thành viên Tổng công ty Điện lực miền Bắc"),
    ("Bà Nguyễn Thị Phương Thảo, Chủ tịch HĐQT Công ty CP Hàng không VietJet.",
     "HĐQT Công ty CP Hàng không VietJet"),
])
def test_a_company_boards_chair_keeps_the_board_and_company(text: str, organ: str) -> None:
    """A company's boards (``Hội đồng quản trị``, ``Hội đồng thành viên``) and the small
    words of its name (``Tổng công ty``, ``Hàng không``) stay in the position's organ."""
    doc = vbcd.parse(text)
    assert doc.persons[0].positions[0].organ == organ
