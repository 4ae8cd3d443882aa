"""Deadlines and recurring duties, on real snippets of directive documents."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd.extract.dates import find_dates
from vbcd.extract.deadlines import find_deadlines
from vbcd.models import Deadline, Recurrence
from vbcd.normalize import normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def run(text: str, anchor: dt.date | None = dt.date(2025, 11, 20)
        ) -> tuple[list[Deadline], list[Recurrence]]:
    return find_deadlines(text, find_dates(text, anchor=anchor))


def deadlines(text: str, anchor: dt.date | None = dt.date(2025, 11, 20)) -> list[tuple[str, str]]:
    found, _ = run(text, anchor)
    for d in found:
        assert text[d.start:d.end] == d.text
    return [(str(d.date), d.kind) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("báo cáo Thủ tướng Chính phủ kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban",
         [("2025-12-03", "before")]),
        ("Phấn đấu chậm nhất đến ngày 28 Tết nguyên đán (09/02/2021), hoàn thành việc xét nghiệm",
         [("2021-02-09", "no_later_than")]),
        ("(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày",
         [("2025-12-10", "no_later_than")]),
        ("gửi báo cáo về Bộ Xây dựng chậm nhất trong ngày 10/12/2025.",
         [("2025-12-10", "no_later_than")]),
        ("báo cáo Thủ tướng Chính phủ trước 17 giờ ngày 05/12/2025.",
         [("2025-12-05", "before")]),
        ("Hạn chót: ngày 15/12/2025.", [("2025-12-15", "by")]),
        ("Hạn nộp hồ sơ: ngày 15/12/2025.", [("2025-12-15", "by")]),
        ("Hạn nộp: 15/12/2025.", [("2025-12-15", "by")]),
        # a label written as a sentence, with a copula for its colon
        ("Hạn chót nộp hồ sơ là ngày 10/9/2025.", [("2025-09-10", "by")]),
        ("Thời hạn hoàn thành là tháng 12/2025.", [("2025-12-31", "by")]),
        ("Thời hạn sử dụng là 5 năm kể từ ngày 10/9/2025.", []),
        ("Thời gian hoàn thành trước ngày 30/12/2025.", [("2025-12-30", "before")]),
        ("triển khai thực hiện theo quy định, hoàn thành trong tháng 12 năm 2025; Bộ Khoa học",
         [("2025-12-31", "within")]),
        ("xây dựng Kế hoạch triển khai thực hiện phù hợp, xong trong tháng 12/2025.",
         [("2025-12-31", "within")]),
        ("đề xuất phương án xử lý theo quy định, báo cáo\nChính phủ, Thủ tướng Chính phủ trong "
         "tháng 12 năm 2025.", [("2025-12-31", "within")]),
        ("báo cáo Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026.",
         [("2026-03-31", "within")]),
        ("hoàn thành việc rà soát, sắp xếp hồ sơ đến hết ngày 15/12/2025.",
         [("2025-12-15", "no_later_than")]),
        ("các đơn vị hoàn thành việc rà soát, gửi Sở Nội vụ đến ngày 10/12/2025.",
         [("2025-12-10", "by")]),
        # a year-less day right after the cue, without "ngày"
        ("Sở Y tế hoàn thành trước 15/12.", [("2025-12-15", "before")]),
        ("gửi Sở Nội vụ đến hết 30/12.", [("2025-12-30", "no_later_than")]),
        # a central notice's task ends in a period after its own verb
        ("Ủy ban nhân dân Thành phố chịu trách nhiệm về tiến độ, bảo đảm khởi công trong "
         "tháng 12 năm 2025.", [("2025-12-31", "within")]),
        ("Bộ Tài chính chủ trì, phối hợp với các bộ liên quan đề xuất hỗ trợ kinh phí "
         "trong tháng 11 năm 2025.", [("2025-11-30", "within")]),
        ("Bộ Xây dựng hoàn thiện hồ sơ dự án trong quý I năm 2026.",
         [("2026-03-31", "within")]),
        # a data word names the task, not a cutoff, before "trước"
        ("Sở Tài chính tổng hợp số liệu trước ngày 15/12/2025.", [("2025-12-15", "before")]),
        ("Sở Khoa học và Công nghệ hoàn thành việc kết nối dữ liệu trước ngày 31/12/2025.",
         [("2025-12-31", "before")]),
        ("Các sở, ngành hoàn thành cập nhật trước ngày 10/12/2025.",
         [("2025-12-10", "before")]),
        # a year before the cue names the object (the budget year), it opens no range
        ("Các đơn vị nộp báo cáo quyết toán năm 2025 chậm nhất ngày 28/02/2026.",
         [("2026-02-28", "no_later_than")]),
        ("Thời hạn chỉnh lý quyết toán ngân sách năm 2025 đến hết ngày 31/01/2026.",
         [("2026-01-31", "no_later_than")]),
        ("Cấm phương tiện lưu thông ngày 24/7 đến hết ngày 26/7/2025.", []),
        # a target's day: "phấn đấu đến ngày X" (a status date and a long-term goal stay out)
        ("Phấn đấu đến ngày 31/12/2025 giải ngân đạt trên 95% kế hoạch vốn.",
         [("2025-12-31", "by")]),
        ("Đến ngày 31/10/2025, tỉnh đã giải ngân được 62,5% kế hoạch vốn.", []),
        ("Phấn đấu đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%.", []),
        # a label whose copula comes after what is due, where and for which year
        ("Hạn cuối tiếp nhận hồ sơ thanh toán năm 2025 tại Kho bạc Nhà nước là ngày "
         "25/01/2026.", [("2026-01-25", "by")]),
        ("Thời hạn sử dụng đất của dự án là 50 năm kể từ ngày 15/12/2025.", []),
    ],
)
def test_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert deadlines(text) == expected


def test_scoped_deadline() -> None:
    text = ("phân đấu hoàn thành trước ngày 09/02/2021; riêng đối với những địa phương đã có "
            "dịch (Đông Triều, Vân Đồn, Cẩm Phả, Uông Bí, Hạ Long...) hoàn thành trước ngày "
            "07/02/2021.")
    found, _ = run(text, dt.date(2021, 2, 3))
    assert [(d.date, d.scope) for d in found] == [
        ("2021-02-09", None),
        ("2021-02-07", "những địa phương đã có dịch (Đông Triều, Vân Đồn, Cẩm Phả, Uông Bí, "
                       "Hạ Long...)"),
    ]


def test_clause_comes_from_the_callback() -> None:
    text = "1. Báo cáo trước ngày 05/12/2025.\n2. Hoàn thành trong tháng 12/2025."
    clause_of = {0: "1", text.index("2."): "2"}

    def clause_at(offset: int) -> str | None:
        return clause_of[max(k for k in clause_of if k <= offset)]

    found, _ = find_deadlines(text, find_dates(text), clause_at)
    assert [(d.date, d.clause) for d in found] == [("2025-12-05", "1"), ("2025-12-31", "2")]


def test_one_deadline_per_date_and_clause() -> None:
    text = ("2. Bộ Xây dựng sớm bàn giao trong năm 2025 dự án, báo cáo Thủ tướng Chính phủ kết "
            "quả thực hiện trước ngày 31 tháng 12 năm 2025.")
    found, _ = find_deadlines(text, find_dates(text), lambda _: "III/2")
    assert [(d.date, d.clause, d.kind) for d in found] == [("2025-12-31", "III/2", "within")]
    # without clause paths both mentions stay
    found, _ = find_deadlines(text, find_dates(text))
    assert len(found) == 2


def test_plan_table_labels() -> None:
    text = (
        "- Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi Ban Thường trực ban hành).\n"
        "- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;\n"
        "- Thời gian hoàn thành: tháng 11/2025 đến tháng 4/2026;\n"
        "- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.\n"
        "- Thời gian thực hiện: Từ tháng 11/2025 đến tháng 4/2026.\n"
        "*Thời gian thực hiện: *Tháng\n12/2025.\n"
        "*Thời gian thực hiện: *Thường\nxuyên.\n"
    )
    assert [d for d, _ in deadlines(normalize(text).text)] == [
        "2025-11-30", "2025-12-31", "2026-03-31", "2026-04-30", "2025-12-31",
    ]


def test_a_bare_time_label_of_a_plan_row_gives_a_single_period() -> None:
    """``- Thời gian: Quý III/2025`` under a plan's task is its execution time, as
    ``Thời gian thực hiện:`` is: a single period is a deadline, a day (a meeting's
    ``Thời gian: 8 giờ ngày ...``) or a range is none."""
    text = (
        "- Thời gian: Quý III/2025.\n"
        "- Thời gian: trong tháng 10/2025.\n"
        "- Thời gian: 8 giờ 00, ngày 15/3/2025.\n"
        "- Thời gian: Năm 2025 - 2026.\n"
    )
    assert [d for d, _ in deadlines(normalize(text).text)] == ["2025-09-30", "2025-10-31"]


@pytest.mark.parametrize(
    "text",
    [
        # meeting and cited documents
        "Ngày 04/02/2021, Ban Thường vụ Tỉnh ủy và Ban Chỉ đạo cấp tỉnh đã nghe",
        "Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2024 của Bộ trưởng Bộ Giáo dục",
        "Nghị quyết số 78/NQ-CP, ngày 20/7/2021 của Chính phủ",
        # event periods and validity periods
        "Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa, Thủ tướng đã làm việc",
        "Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực thi hành đến hết ngày "
        "31 tháng 12 năm 2030.",
        "Thông tư này có hiệu lực thi hành kể từ ngày ký đến hết ngày 24 tháng 02 năm 2030.",
        "đánh giá tình hình hoạt động từ tháng 6/2022 đến nay và nhiệm vụ từ nay đến tháng 6/2027",
        # status cutoffs and descriptions
        "Hiện nay (tính đến hết ngày 15/12/2021) tỷ lệ tiêm chủng vắc xin",
        "Sở Tài chính báo cáo số liệu đến ngày 15/12/2025 về giải ngân",
        "Dữ liệu dân cư cập nhật đến hết ngày 30/11/2025 cho thấy",
        "Theo báo cáo của Bộ Xây dựng, đến ngày 19 tháng 11 năm 2025 đã có 15 bộ",
        "Bí thư quận, huyện, thị ủy (chức danh khi nghỉ hưu trước 01/7/2025)",
        "Đối tượng quy định tại khoản 1 Điều 2 đã từ trần trước ngày 01 tháng 01 năm 2009",
        "Đối với giai đoạn trước ngày 01/7/2025, Luật Thuế GTGT",
        "Nghị quyết về xây dựng khu vực phòng thủ thành phố đến năm 2020 và những năm tiếp theo",
        "không có khả năng giải ngân trong năm 2025 (khoảng 1.500 tỷ đồng)",
        "kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh",
        # "trình" inside "chương trình" is not a verb
        "triển khai Chương trình trong năm 2025 trên địa bàn",
        # a period described, not a task's end; a proposal named, not made
        "Hoàn thiện Kế hoạch theo Nghị quyết về nhiệm vụ những tháng cuối năm 2025",
        "Bộ Tài chính tổng hợp các đề xuất trong năm 2025 của các địa phương",
    ],
)
def test_not_deadlines(text: str) -> None:
    assert deadlines(text) == []


def test_before_tet_uses_the_tet_of_the_document() -> None:
    text = ("không di chuyển trong dịp Tết Nguyên đán Tân Sửu. "
            "Các địa phương hoàn thành việc khai báo y tế trước Tết.")
    found, _ = run(text, dt.date(2021, 2, 3))
    assert [(d.date, d.kind, d.text) for d in found] == [("2021-02-12", "before", "trước Tết")]


def test_before_tet_without_a_dated_tet_is_not_a_deadline() -> None:
    text = "kết hợp nắm tình hình chuẩn bị tết của Nhân dân (thời gian trước Tết); báo cáo"
    assert deadlines(text, dt.date(2020, 2, 3)) == []


def test_recurrences_are_not_deadlines() -> None:
    text = ("(7) Duy trì chế độ thông tin báo cáo định kỳ hằng ngày 3 tiếng/ lần với đồng chí "
            "Trưởng Ban Chỉ đạo; gửi báo cáo trước ngày 25 hàng tháng; họp giao ban định kỳ "
            "hằng tuần.")
    found, recs = run(text)
    assert found == []
    assert [r.text for r in recs] == [
        "định kỳ hằng ngày 3 tiếng/ lần", "trước ngày 25 hàng tháng", "định kỳ hằng tuần",
    ]
    for r in recs:
        assert text[r.start:r.end] == r.text


def test_yearly_report_day_is_a_recurrence() -> None:
    text = ("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm\n"
            "(trước ngày 15 tháng 11) hoặc theo đề nghị để tổng hợp, báo cáo theo quy định.")
    found, recs = run(text)
    assert found == []
    assert len(recs) == 1
    assert recs[0].text.endswith("(trước ngày 15 tháng 11)")


def test_adverb_every_day_without_a_duty_is_not_a_recurrence() -> None:
    _, recs = run("đề cao trách nhiệm trong xử lý các công việc hằng ngày của Đảng")
    assert recs == []


def test_empty_and_damaged_input() -> None:
    assert find_deadlines("", []) == ([], [])
    assert run("trước ngày") == ([], [])
    assert run("chậm nhất đến hết (((") == ([], [])


# --- whole documents ---------------------------------------------------------------------


def _gold_documents() -> list[tuple[str, dict[str, object]]]:
    out = []
    for sub in ("seeds", "dev"):
        for gold_path in sorted((CORPUS / sub / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            raw = (CORPUS / sub / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
            out.append((normalize(raw).text, gold))
    return out


def test_gold_deadline_dates_of_seeds_and_dev() -> None:
    """Deadline dates against the annotated ``deadlines`` (regression guard, F1 >= 0.90)."""
    tp = fp = fn = 0
    for text, gold in _gold_documents():
        if gold.get("deadlines") is None:
            continue
        value = gold.get("issue_date") or gold.get("meeting_date")
        anchor = dt.date.fromisoformat(str(value)) if value else None
        found, _ = find_deadlines(text, find_dates(text, anchor=anchor))
        for d in found:
            assert text[d.start:d.end] == d.text
        pred = {d.date for d in found}
        want = {str(x["date"]) for x in gold["deadlines"]}  # type: ignore[attr-defined]
        tp += len(pred & want)
        fp += len(pred - want)
        fn += len(want - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.90, (tp, fp, fn)


@pytest.mark.timing
def test_long_repetitive_text_is_linear() -> None:
    text = "1 lần hàng định kỳ trước ngày " * 15_000  # ~0.5 MB of cue words, no dates
    started = time.perf_counter()
    found, _ = find_deadlines(text, find_dates(text))
    assert found == []
    assert time.perf_counter() - started < 30.0


# --- segment starts found looking back are the boundary scan's --------------------------


def _reference_segment_starts(folded: str) -> list[int]:
    """The definition, for every position: the last end of a ``_BOUNDARY`` match before
    it, at most ``_MAX_BACK`` characters back."""
    from bisect import bisect_right

    from vbcd.extract import deadlines as D

    bounds = [m.end() for m in D._BOUNDARY.finditer(folded)]
    out = []
    for pos in range(len(folded) + 1):
        i = bisect_right(bounds, pos) - 1
        out.append(max(bounds[i] if i >= 0 else 0, pos - D._MAX_BACK))
    return out


_PIECES = ["a", "Bộ", " ", "\n", "\n\n", " \n \n", "\t", ";", "!", "?", ".", ". ", ".Tăng",
           "1.", "2)", "a)", "(3)", "- ", "+", "•", "12.5", "x" * 50]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_segment_starts_are_the_boundary_scans(parts: list[str]) -> None:
    from vbcd.extract import deadlines as D

    folded = "".join(parts)
    segments = D._Segments(folded)
    want = _reference_segment_starts(folded)
    for pos in range(len(folded) + 1):
        assert segments.start(pos) == want[pos], pos


def test_segment_starts_on_the_fixtures() -> None:
    from vbcd.extract import deadlines as D
    from vbcd.extract import textscan

    for path in sorted(CORPUS.glob("*/*.txt"))[::6]:
        folded = textscan.folded(normalize(path.read_text(encoding="utf-8")).text)
        segments = D._Segments(folded)
        want = _reference_segment_starts(folded)
        for pos in range(0, len(folded), 13):
            assert segments.start(pos) == want[pos], (path, pos)


def test_a_deadline_without_a_year_well_before_the_issue_date_is_next_years() -> None:
    """``trước ngày 15 tháng 01`` in a document of June: the deadline is next January
    (and so is the date mention that sets it); a few days before the issue date it
    stays (a document signed late), and a written year is never moved."""
    import vbcd

    head = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/UBND-KT\n"
            "Quảng Nam, ngày 10 tháng 6 năm 2024\nV/v triển khai\n\n1. Sở Y tế báo cáo ")
    doc = vbcd.parse(head + "trước ngày 15 tháng 01.")
    assert [d.date for d in doc.deadlines] == ["2025-01-15"]
    assert [d.value for d in doc.dates][1:] == ["2025-01-15"]
    assert [d.date for d in vbcd.parse(head + "trước ngày 05/6.").deadlines] == ["2024-06-05"]
    assert [d.date for d in vbcd.parse(head + "trước ngày 15/01/2024.").deadlines] == [
        "2024-01-15"]


def test_a_date_long_before_the_issue_date_is_history_not_a_deadline() -> None:
    """``trước ngày 01 tháng 01 năm 1945`` says who is meant; a dated term a little before
    the issue date (a document signed late) is still a deadline."""
    import vbcd

    head = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 12/LĐTBXH-NCC\n"
            "Hà Nội, ngày 10 tháng 6 năm 2024\nV/v hướng dẫn\n\n1. ")
    doc = vbcd.parse(head + "Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 được "
                     "hưởng trợ cấp. Sở Lao động báo cáo trước ngày 30/6/2024.")
    assert [d.date for d in doc.deadlines] == ["2024-06-30"]
    doc = vbcd.parse(head + "Sở Lao động báo cáo trước ngày 01/6/2024.")
    assert [d.date for d in doc.deadlines] == ["2024-06-01"]


def test_a_year_less_deadline_and_its_date_agree_on_the_year() -> None:
    """``trước ngày 30 tháng 11`` in a May document is this November's term: the date
    mention says so too; a year-less day that sets no term lies ahead too in a plan's
    clauses (round 14: a plan's 20 November is this year's, not last year's)."""
    import vbcd

    doc = vbcd.parse("UBND TỈNH KON TUM\nSố: 12/KH-UBND          Kon Tum, ngày 4 tháng 5 năm 2020\n"
                     "KẾ HOẠCH\nThực hiện công tác\n1. Các sở báo cáo trước ngày 30 tháng 11.\n"
                     "2. Ngày 20/11 Sở Nội vụ họp tổng kết.\n")
    assert [d.date for d in doc.deadlines] == ["2020-11-30"]
    values = {d.text: d.value for d in doc.dates}
    assert values["ngày 30 tháng 11"] == "2020-11-30"
    assert values["Ngày 20/11"] == "2020-11-20"


def test_a_period_ending_before_a_day_and_a_condition_are_no_deadlines() -> None:
    """``từ ngày X đến trước ngày Y`` bounds a period; ``Trường hợp đến hết ngày X, ...``
    states a condition; neither is a duty's deadline. A plain ``trước ngày`` still is."""
    assert deadlines("hàng hóa nhập khẩu trong giai đoạn từ ngày 01/7/2016 đến trước ngày\n"
                     "01/02/2018, Công ty nhập khẩu hàng hóa.") == []
    assert deadlines("Trường hợp đến hết ngày 05 tháng 4 năm 2022, Ngân hàng không giải ngân "
                     "hết thì báo cáo.") == []
    assert deadlines("Nếu đến hết ngày 05/4/2022 chưa giải ngân thì báo cáo.") == []
    assert deadlines("Ngân hàng báo cáo Thống đốc trước ngày 20 tháng 4 năm 2022.") == [
        ("2022-04-20", "before")]


def test_the_end_of_a_period_after_a_completion_cue_or_label() -> None:
    """``cuối năm 2021`` after a completion verb, a cue or a completion label (also one
    heading a bulleted list) sets the period's last day; ``Đến cuối năm 2025, ...`` is
    a target year and ``vào cuối năm`` without a completion verb an event time."""
    assert deadlines("Các đơn vị hoàn thành việc đo đạc cuối năm 2021.") == [
        ("2021-12-31", "by")]
    assert deadlines("Sở Tài chính hoàn thành trước cuối quý III/2025.") == [
        ("2025-09-30", "before")]
    assert deadlines("Thời gian hoàn thành: cuối năm 2025.") == [("2025-12-31", "by")]
    assert deadlines("Thời gian hoàn thành công việc nói trên được quy định như sau:\n"
                     "- Vùng đồng bằng:\ncuối năm 1982;\n- Các vùng khác: cuối năm 1983.") == [
        ("1982-12-31", "by"), ("1983-12-31", "by")]
    assert deadlines("Đến cuối năm 2025, hoàn thành 50% số xã đạt chuẩn.") == []
    assert deadlines("Tổ chức hội nghị sơ kết vào cuối năm 2025.") == []
    assert deadlines("Các xã hoàn thành cuối ngày 15/3/2025.") == []


def test_a_date_named_for_part_of_the_duty_is_its_own_deadline() -> None:
    """``xong trước ngày A đối với X, xong trước ngày B đối với Y``: each date takes the
    scope written after it, and stays beside an equal date of the same clause; a rule
    cited with ``đã quy định tại`` does not make the clause descriptive."""
    text = ("3. Bộ Tài chính thực hiện xong trước ngày 01 tháng 5 năm 2026, báo cáo Chính phủ.\n"
            "Đối với chi phí vượt dự toán, yêu cầu Bộ Tài chính thực hiện theo thẩm quyền đã quy "
            "định tại Nghị định số 75/2023/NĐ-CP của Chính phủ xong trước ngày 01 tháng 5 năm "
            "2026 đối với chi phí năm 2023, xong trước ngày 01 tháng 8 năm 2026 đối với chi phí "
            "năm 2024.")
    found, _ = find_deadlines(text, find_dates(text), lambda _: "Điều 2/3")
    assert [(d.date, d.scope) for d in found] == [
        ("2026-05-01", None), ("2026-05-01", "chi phí năm 2023"),
        ("2026-08-01", "chi phí năm 2024")]


@pytest.mark.parametrize("text", [
    "Dự báo từ chiều tối ngày 24/7 đến hết ngày 26/7/2025, trên địa bàn tỉnh có mưa to.",
    "Dự báo từ đêm nay đến hết ngày 26/7, khu vực ven biển có gió mạnh cấp 6.",
    "Cấm tàu thuyền ra khơi từ 12 giờ ngày 24/7/2025 đến hết ngày 26/7/2025.",
    "Học sinh nghỉ học từ 24/7 đến hết 26/7/2025.",
])
def test_a_period_opened_at_a_time_of_day_ends_with_no_deadline(text: str) -> None:
    """A công điện's forecast or ban runs ``từ chiều tối ngày X``, ``từ đêm nay``, ``từ 12
    giờ ngày X`` ``đến hết ngày Y``: the end of a period, not a term for a task."""
    assert deadlines(text, dt.date(2025, 7, 24)) == []


def test_a_term_to_the_end_of_a_day_is_still_a_deadline() -> None:
    assert deadlines("Các xã hoàn thành sơ tán dân chậm nhất đến hết ngày 24/7/2025.",
                     dt.date(2025, 7, 24)) == [("2025-07-24", "no_later_than")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Các bộ gửi báo cáo về Bộ Nội vụ trước Thứ Tư ngày 03/12/2025 và tại các báo cáo tuần.",
     "2025-12-03"),
    ("Các đơn vị gửi danh sách chậm nhất thứ Sáu, ngày 05/12/2025.", "2025-12-05"),
    ("Các đơn vị gửi danh sách trước thứ 6 (05/12/2025) để tổng hợp.", "2025-12-05"),
    ("Hồ sơ gửi về Văn phòng trước 16 giờ 00, thứ Sáu, ngày 05/12/2025.", "2025-12-05"),
])
def test_a_weekday_may_stand_between_the_cue_and_its_date(text: str, expected: str) -> None:
    """``trước Thứ Tư ngày 03/12/2025``: the weekday a công văn names with its term
    leaves the cue the date's."""
    assert [d for d, _ in deadlines(text)] == [expected]


def test_a_meeting_on_a_weekday_is_no_deadline() -> None:
    assert deadlines("Họp vào lúc 14 giờ 00, thứ Năm, ngày 20/11/2025 tại Phòng họp số 1.") == []


@pytest.mark.parametrize("text", [
    "Đối với các dự án được phê duyệt trước ngày 01/7/2026 thì tiếp tục thực hiện theo "
    "quyết định đã phê duyệt.",
    "Hợp đồng lao động ký trước ngày 01/01/2026 vẫn được thực hiện đến hết thời hạn.",
    "Hồ sơ tiếp nhận trước ngày 01 tháng 7 năm 2026 mà chưa giải quyết xong, được tiếp tục "
    "giải quyết theo quy định cũ.",
])
def test_a_date_a_condition_names_is_no_deadline(text: str) -> None:
    """The transitional clause of a decision: ``X trước ngày D thì ...`` says which
    cases the old rule keeps, not by when to act."""
    assert deadlines(text, dt.date(2026, 6, 10)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Các đơn vị gửi báo cáo trưóc ngày 20/12/2025.", [("2025-12-20", "before")]),
    ("Các đơn vị gửi báo cáo truớc ngày 20/12/2025.", [("2025-12-20", "before")]),
    ("Các đơn vị gửi báo cáo chậm nhât ngày 20/12/2025.", [("2025-12-20", "no_later_than")]),
])
def test_a_misspelt_cue_still_sets_a_deadline(text: str, expected: list[tuple[str, str]]) -> None:
    """A typist's slip in the cue's marks (``trưóc``, ``truớc``, ``chậm nhât``)."""
    assert deadlines(text) == expected


def test_a_department_advising_its_committee_within_a_period_has_a_deadline() -> None:
    """``Sở Nội vụ tham mưu UBND tỉnh ... trong tháng 7/2026``: the department's task ends
    with the month; ``công tác tham mưu`` (the advisory work) is a noun, no task."""
    assert deadlines("Sở Nội vụ tham mưu UBND tỉnh sắp xếp các đơn vị trong tháng 12/2025."
                     ) == [("2025-12-31", "within")]
    assert deadlines("Chất lượng công tác tham mưu trong năm 2025 tiếp tục được nâng lên.") == []


def test_a_period_over_before_the_issue_date_is_no_deadline() -> None:
    """A report's ``dự án hoàn thành trong tháng 3/2026`` (signed in June) tells what was
    done; ``trong tháng 7/2026`` in the same report is still a term."""
    import vbcd

    head = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 201/BC-UBND\n"
            "Quảng Nam, ngày 10 tháng 6 năm 2026\nBÁO CÁO\nKết quả thực hiện nhiệm vụ\n1. ")
    doc = vbcd.parse(head + "Dự án hoàn thành trong tháng 3/2026, đưa vào sử dụng. Công trình "
                     "được khởi công trong tháng 02/2026. Sở Xây dựng bàn giao trong tháng "
                     "7/2026.")
    assert [d.date for d in doc.deadlines] == ["2026-07-31"]


def test_the_latest_day_with_a_preposition_is_a_deadline() -> None:
    assert deadlines("Các địa phương gửi báo cáo muộn nhất vào ngày 05/12/2025.") == [
        ("2025-12-05", "no_later_than")]


@pytest.mark.parametrize("text", [
    "Các xã hoàn thành việc sơ tán dân trước chiều ngày 25/7/2025.",
    "Hoàn thành việc đưa tàu thuyền vào nơi neo đậu chậm nhất trong sáng ngày 25/7/2025.",
    "Các xã báo cáo kết quả trước tối thứ Sáu, ngày 25/7/2025.",
])
def test_a_part_of_the_day_may_stand_between_the_cue_and_its_date(text: str) -> None:
    """A công điện's ``trước chiều ngày 25/7``: the part of the day narrows the term."""
    assert [d for d, _ in deadlines(text, dt.date(2025, 7, 24))] == ["2025-07-25"]


def test_a_part_of_the_day_before_a_date_with_no_cue_is_no_deadline() -> None:
    assert deadlines("Họp vào chiều ngày 25/7/2025 tại trụ sở.", dt.date(2025, 7, 24)) == []


def test_a_period_opening_a_timeline_item_sets_the_task_after_it() -> None:
    """A plan's timeline: ``- Trong tháng 7/2026: Hoàn thành ...`` ends the task with the
    month; with a subject before the verb (a report's ``Trong tháng 5, toàn tỉnh hoàn thành
    ...``) or a verb that is no completion (``Tổ chức tập huấn``) the period sets nothing."""
    text = ("3. Tiến độ thực hiện:\n- Trong tháng 12/2025: Hoàn thành việc rà soát.\n"
            "- Trong quý I/2026, trình UBND tỉnh ban hành quy chế.\n"
            "- Trong tháng 02/2026: Tổ chức tập huấn.\n")
    assert deadlines(text) == [("2025-12-31", "within"), ("2026-03-31", "within")]
    assert deadlines("1. Trong tháng 12/2025, toàn tỉnh hoàn thành 120 nhiệm vụ.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Thuế suất thuế GTGT 8% áp dụng đến hết ngày 31/12/2026.", []),
    ("Chính sách giảm lãi suất được áp dụng đến hết ngày 31/12/2026.", []),
    ("Thông tư này có hiệu lực đến hết ngày 31/12/2026.", []),
    ("Các ngân hàng triển khai áp dụng trước ngày 15/3/2026.", [("2026-03-15", "before")]),
    ("hoàn thành đối với các công trình thuộc đối tượng áp dụng chậm nhất đến ngày 01/7/2028.",
     [("2028-07-01", "no_later_than")]),
    ("Các đơn vị áp dụng thí điểm, báo cáo đến hết ngày 31/12/2026.",
     [("2026-12-31", "no_later_than")]),
])
def test_the_end_of_a_rate_or_rule_validity_is_no_deadline(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A finance letter's rate or rule ``áp dụng`` / ``có hiệu lực đến hết ngày X``: X
    ends its validity and sets no one a term; a task before it still does."""
    assert deadlines(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Số dư tiền gửi tại Kho bạc đến ngày 30/6/2026 là 12.345 tỷ đồng.", []),
    ("Tổng số người nộp thuế đến ngày 31/12/2025 là 1.234 doanh nghiệp.", []),
    ("Số tiền nộp NSNN đến ngày 31/3/2026 là 100 tỷ đồng.", []),
    ("Người nộp thuế nộp hồ sơ đến ngày 31/3/2026.", [("2026-03-31", "by")]),
    ("Các TCTD gửi báo cáo đến ngày 31/3/2026.", [("2026-03-31", "by")]),
])
def test_deposits_and_taxpayers_are_no_completion_verbs(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``gửi`` and ``nộp`` inside a bank's or a tax office's nouns (``tiền gửi``,
    ``người nộp thuế``) do not make a figure's ``đến ngày X`` a deadline."""
    assert deadlines(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị hiệp thương lần thứ hai: chậm nhất là 65 ngày trước ngày bầu cử "
     "(ngày 09/01/2026).", [("2026-01-09", "no_later_than")]),
    ("Chậm nhất 10 ngày sau ngày bầu cử (ngày 25/3/2026), Ủy ban bầu cử tổng kết.",
     [("2026-03-25", "no_later_than")]),
    # a bracketed range is the period the term falls in, no deadline
    ("Hội nghị hiệp thương lần thứ nhất: chậm nhất là 95 ngày trước ngày bầu cử "
     "(ngày 01/12/2025 - 10/12/2025).", []),
    # a bracket after no term is no deadline
    ("Hội nghị cử tri nơi cư trú (ngày 10/01/2026) đã được tổ chức.", []),
    ("Hoàn thành trước 10 ngày so với ngày khai mạc (ngày 21/4/2026).",
     [("2026-04-21", "before")]),
])
def test_a_term_counted_from_an_event_gives_its_day_in_brackets(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A plan's calendar counts a term from an event (``65 ngày trước ngày bầu cử``)
    and gives the day it falls on in brackets: that day is the deadline."""
    assert deadlines(text) == expected


@pytest.mark.parametrize(("text", "date"), [
    ("Công ty Điện lực Bắc Giang đưa công trình vào sử dụng trong quý IV/2026.", "2026-12-31"),
    ("Chủ đầu tư đưa dự án vào vận hành trong tháng 12/2026.", "2026-12-31"),
    ("EVNNPT đóng điện đường dây 500kV mạch 3 trong tháng 6/2026.", "2026-06-30"),
])
def test_a_project_put_into_use_within_a_period_is_a_deadline(text: str, date: str) -> None:
    """``đưa công trình vào sử dụng trong quý IV/2026``: the object stands between
    ``đưa`` and ``vào sử dụng``, which alone marks the project's end."""
    assert deadlines(text) == [(date, "within")]


@pytest.mark.parametrize(("text", "expected"), [
    ("- Thời hạn thuê đất: đến ngày 25/6/2068.", []),
    ("2. Thời hạn sử dụng đất: đến ngày 15/10/2075.", []),
    ("- Thời hạn khai thác: đến hết ngày 31/12/2030.", []),
    ("- Thời hạn của Giấy phép: đến ngày 31/12/2030.", []),
    ("- Thời hạn thuê đất là đến ngày 25/6/2068.", []),
    ("- Thời hạn nộp tiền thuê đất: trước ngày 31/5/2026.", [("2026-05-31", "before")]),
    ("- Thời hạn nộp hồ sơ: đến hết ngày 30/12/2025.", [("2025-12-30", "no_later_than")]),
    ("- Thời hạn: ngày 30/12/2025.", [("2025-12-30", "by")]),
])
def test_the_term_of_a_lease_or_a_permit_is_no_deadline(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A land decision's ``Thời hạn thuê đất: đến ngày X`` or a permit's ``Thời hạn khai
    thác: đến hết ngày X``: X ends the right, no one's task; a ``thời hạn`` that names
    a task (``nộp tiền thuê đất``, ``nộp hồ sơ``) still sets a term."""
    assert deadlines(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hoàn thành sửa chữa nhà tình nghĩa trước dịp 27/7/2026.", [("2026-07-27", "before")]),
    ("Chi trả quà xong trước dịp Tết Nguyên đán Bính Ngọ.", [("2026-02-17", "before")]),
])
def test_before_an_occasion_is_a_term(text: str, expected: list[tuple[str, str]]) -> None:
    """``trước dịp`` puts the occasion between the cue and its day or holiday: the term
    is that day; ``trong dịp trước Tết`` stays a season."""
    assert deadlines(text, dt.date(2026, 1, 5)) == expected
    assert deadlines("Thăm hỏi trong dịp trước Tết Nguyên đán.", dt.date(2026, 1, 5)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ban Tổ chức hoàn thành công tác chuẩn bị trước ngày lễ khai mạc (ngày 21/4/2026).",
     [("2026-04-21", "before")]),
    ("Sở Tài chính trình dự thảo Nghị quyết trước kỳ họp thứ 5 HĐND tỉnh (dự kiến ngày "
     "10/12/2025).", [("2025-12-10", "before")]),
    ("Các trường hoàn thành sửa chữa chậm nhất trước ngày khai giảng (05/9/2026).",
     [("2026-09-05", "no_later_than")]),
    ("Hoàn thành trước ngày khai mạc Kỳ họp (dự kiến ngày 08/12/2025).",
     [("2025-12-08", "before")]),
    # no task before the event, or a month for its day: no deadline
    ("Trước kỳ họp (ngày 10/12/2025), Thường trực HĐND đã làm việc với các Ban.", []),
    ("Các địa phương hoàn thành trước Đại hội (dự kiến tháng 12/2025).", []),
    ("Dự Lễ khai mạc (ngày 21/4/2026) tại Quảng trường.", []),
])
def test_a_task_due_before_an_event_whose_day_is_bracketed(
        text: str, expected: list[tuple[str, str]]) -> None:
    """``hoàn thành trước ngày lễ khai mạc (ngày 21/4/2026)``: the event's day, given in
    brackets, is the task's deadline, as for a term counted from the event."""
    assert deadlines(text) == expected


@pytest.mark.parametrize(("text", "date"), [
    ("Gửi báo cáo về Sở Nội vụ trước 10h00 thứ Tư (26/11).", "2025-11-26"),
    ("Gửi văn bản về Văn phòng trước 17h00 ngày thứ Ba (25/11/2025).", "2025-11-25"),
    ("Nộp hồ sơ trước 16h30 chiều thứ Năm (27/11/2025).", "2025-11-27"),
    ("Đề nghị gửi về trước 11 giờ thứ Tư, 26/11.", "2025-11-26"),
    ("Gửi ý kiến góp ý chậm nhất trong ngày thứ Sáu (28/11).", "2025-11-28"),
])
def test_a_clock_time_and_weekday_may_stand_between_cue_and_date(text: str, date: str) -> None:
    """A công văn's ``trước 10h00 thứ Tư (26/11)``: the time and the weekday the date
    stage leaves outside the date do not hide the cue."""
    assert [d for d, _ in deadlines(text)] == [date]


def test_a_yearly_duty_written_after_its_days_sets_no_deadline() -> None:
    """``... trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm``: the recurrence
    closing the phrase makes its year-less days recur, as one written before them."""
    assert deadlines("Gửi báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày "
                     "15/12 hằng năm.") == []
    assert deadlines("Báo cáo năm trước ngày 15/12, báo cáo tháng hằng tháng.") == [
        ("2025-12-15", "before")]


def test_before_the_holiday_season() -> None:
    """``hoàn thành trước dịp Tết Nguyên đán``: the works of a traffic-safety plan are
    due by the holiday the season is named after."""
    assert deadlines("Sở Xây dựng hoàn thành sửa chữa mặt đường trước dịp Tết Nguyên đán "
                     "Bính Ngọ 2026.") == [("2026-02-17", "before")]


@pytest.mark.parametrize(("text", "date"), [
    ("Điều 2. Ông Trần Văn Lực có trách nhiệm nộp lại Bằng khen và số tiền thưởng đã nhận "
     "cho Sở Nội vụ trước ngày 30/4/2026.", "2026-04-30"),
    ("2. Các tập thể, cá nhân đã được khen thưởng hoàn thiện hồ sơ trước ngày 15/12/2026.",
     "2026-12-15"),
    ("4. Đơn vị đã được giao chỉ tiêu báo cáo kết quả trước ngày 20/12/2026.", "2026-12-20"),
    ("1. Các đơn vị đã gửi báo cáo trước ngày 30/11/2026.", None),
    ("2. Các đơn vị đã họp và báo cáo kết quả trước ngày 15/12/2026.", None),
    ("1. Sở Nội vụ có trách nhiệm tổng hợp các hồ sơ đã nộp trước ngày 01/12/2026.", None),
])
def test_a_past_marker_opening_a_relative_clause_keeps_the_deadline(
        text: str, date: str | None) -> None:
    """``đã`` that only qualifies the subject or the object (``số tiền thưởng đã nhận``,
    ``Các tập thể đã được khen thưởng``) leaves the task's deadline in force; it still
    makes a clause descriptive when it governs the task's own verb (``đã gửi báo cáo``)."""
    deadlines, _ = run(text)
    assert [d.date for d in deadlines] == ([date] if date else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("1. Đến ngày 31/12/2025, các chủ đầu tư phải hoàn thành giải ngân 100% kế hoạch vốn.",
     ["2025-12-31"]),
    ("- Đến ngày 15/12/2025, UBND các xã gửi báo cáo về Sở Nội vụ.", ["2025-12-15"]),
    # a status: a past, a negation, or no duty at all
    ("1. Đến ngày 31/10/2025, toàn tỉnh đã giải ngân 62,5% kế hoạch vốn.", []),
    ("1. Đến ngày 15/11/2025, UBND các xã chưa hoàn thành việc rà soát.", []),
    ("1. Đến ngày 30/9/2025, tỷ lệ giải ngân đạt 45%.", []),
])
def test_a_plain_until_day_fronted_before_a_duty(text: str, expected: list[str]) -> None:
    """A plain ``Đến ngày X,`` opening an item sets the term of the duty after its comma
    (an obligation word or a completion verb); a main clause that tells a status sets
    none."""
    assert [d for d, _ in deadlines(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3. Hạn cuối nhận hồ sơ: 05/01.", [("2026-01-05", "by")]),
    ("1. Hạn nộp Phiếu đăng ký dự tuyển: 20/12 (trong giờ hành chính).",
     [("2025-12-20", "by")]),
])
def test_a_deadline_label_names_a_bare_year_less_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A recruitment notice's ``Hạn cuối nhận hồ sơ: 05/01``: what is due stands between
    the label and its colon, and the bare day after it is the deadline, in the year
    after the issue date."""
    assert deadlines(text) == expected


def test_a_deadline_labels_year_less_day_lies_after_the_issue_date() -> None:
    """The title's year (``năm 2026``) does not pull a labelled term back past the issue
    date: ``Hạn nộp hồ sơ: ngày 20/12`` in a notice of 28/11/2025 is 20/12/2025."""
    text = ("THÔNG BÁO\nTuyển dụng công chức năm 2026\n\n"
            "1. Hạn nộp hồ sơ: ngày 20/12.\n")
    start = text.index("Tuyển")
    found = find_dates(text, anchor=dt.date(2025, 11, 28),
                       title=(start, text.index("\n", start)))
    assert [str(d.value) for d in found if d.precision == "day"] == ["2025-12-20"]
