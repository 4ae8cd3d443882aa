"""Round 14 (YR): the year of year-less months, quarters and days.

A plan or a directive writes its terms without a year ("hoàn thành trong tháng 6",
"trình UBND tỉnh trong quý III", "tổ chức hội nghị ngày 25/11"); the year comes from
the phrase (a dated neighbour), the sentence ("Năm 2024, ..."), else the issue date,
read forward in a plan's clauses and on a deadline's cue, backward on a past marker
or for a cited document's date.
"""

from __future__ import annotations

import vbcd


def _doc(body: str, issued: str = "ngày 12 tháng 5 năm 2025", code: str = "KH",
         name: str = "KẾ HOẠCH") -> vbcd.Document:
    return vbcd.parse(f"""ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 112/{code}-UBND
Bắc Ninh, {issued}

{name}
Triển khai công tác chuyển đổi số

Thực hiện chỉ đạo của cấp trên, UBND tỉnh ban hành văn bản như sau:

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
""")


def _periods(doc: vbcd.Document) -> dict[str, tuple[str | None, str | None]]:
    return {d.text: (d.interval_start, d.interval_end) for d in doc.dates
            if d.precision in ("month", "quarter")}


def _days(doc: vbcd.Document) -> dict[str, str | None]:
    return {d.text: d.value for d in doc.dates if d.precision == "day" and d.resolved_year}


def test_yearless_month_and_quarter_set_deadlines_in_the_issue_year() -> None:
    doc = _doc("1. Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu, hoàn thành trong tháng 6.\n"
               "2. Sở Tài chính bố trí kinh phí, hoàn thành trước tháng 9.\n"
               "3. Sở Nội vụ hoàn thiện quy chế, trình UBND tỉnh trong quý III.")
    assert _periods(doc) == {"tháng 6": ("2025-06-01", "2025-06-30"),
                             "tháng 9": ("2025-09-01", "2025-09-30"),
                             "quý III": ("2025-07-01", "2025-09-30")}
    assert {(d.date, d.clause) for d in doc.deadlines} == {
        ("2025-06-30", "1"), ("2025-09-30", "2"), ("2025-09-30", "3")}
    assert all(d.resolved_year for d in doc.dates if d.precision in ("month", "quarter"))


def test_a_period_already_past_in_a_plan_is_next_years() -> None:
    doc = _doc("1. Sở Nông nghiệp và Môi trường hướng dẫn khôi phục sản xuất, "
               "hoàn thành trong quý I.\n"
               "2. Sở Tài chính tổng hợp nhu cầu kinh phí, báo cáo UBND tỉnh chậm nhất "
               "trong tháng 3.",
               issued="ngày 20 tháng 11 năm 2025")
    assert _periods(doc) == {"quý I": ("2026-01-01", "2026-03-31"),
                             "tháng 3": ("2026-03-01", "2026-03-31")}
    assert sorted(d.date for d in doc.deadlines) == ["2026-03-31", "2026-03-31"]


def test_a_past_marker_keeps_the_period_before_the_issue_date() -> None:
    doc = _doc("1. Trong tháng 6, Sở Y tế đã hoàn thành 80% chỉ tiêu.",
               issued="ngày 20 tháng 11 năm 2025")
    assert _periods(doc) == {"tháng 6": ("2025-06-01", "2025-06-30")}
    assert doc.deadlines == []


def test_a_month_takes_the_year_of_its_dated_neighbour() -> None:
    doc = _doc("1. Công an tỉnh triển khai thí điểm trong tháng 6 và tháng 7/2025.\n"
               "2. Các xã tổ chức ra quân từ tháng 11/2025 đến tháng 2.\n"
               "3. Tổng kết, rút kinh nghiệm: cuối tháng 1 và đầu tháng 2/2026.",
               issued="ngày 05 tháng 9 năm 2025")
    periods = _periods(doc)
    assert periods["tháng 6"] == ("2025-06-01", "2025-06-30")
    assert periods["tháng 2"] == ("2026-02-01", "2026-02-28")
    assert periods["tháng 1"] == ("2026-01-01", "2026-01-31")


def test_a_fronted_year_dates_its_sentence() -> None:
    doc = _doc("1. Năm 2024, Sở Tài chính đã tổ chức hội nghị ngày 12/3 với 300 đại biểu.\n"
               "2. Năm 2024, Sở Nội vụ đã hoàn thành rà soát trong quý III.")
    assert _days(doc) == {"ngày 12/3": "2024-03-12"}
    assert _periods(doc) == {"quý III": ("2024-07-01", "2024-09-30")}


def test_frequencies_annual_and_lunar_months_are_no_periods() -> None:
    doc = _doc("1. Mỗi tháng 2 lần, Phòng Kinh tế kiểm tra thực tế tại cơ sở.\n"
               "2. Kiểm tra, xếp loại được thực hiện vào tháng 11 đến ngày 15 tháng 12 "
               "hàng năm.\n"
               "3. Lễ hội kéo dài đến hết tháng 3 âm lịch.")
    assert _periods(doc) == {}


def test_a_plans_yearless_day_lies_ahead() -> None:
    doc = _doc("1. Sở Tài chính tổ chức hội nghị triển khai vào ngày 25/11.\n"
               "2. Các sở tổ chức tập huấn từ ngày 15/01 đến ngày 20/01.")
    assert _days(doc) == {"ngày 25/11": "2025-11-25", "ngày 15/01": "2026-01-15",
                          "ngày 20/01": "2026-01-20"}


def test_a_cited_documents_yearless_date_is_past() -> None:
    doc = _doc("1. Thực hiện Công văn số 45/UBND-VX ngày 20/3 của UBND tỉnh, Sở Nội vụ "
               "rà soát danh sách.", issued="ngày 20 tháng 11 năm 2025")
    assert _days(doc) == {"ngày 20/3": "2025-03-20"}


def test_a_report_keeps_its_yearless_day_nearest() -> None:
    doc = _doc("1. Ngày 25/11, Sở đã tổ chức hội nghị tổng kết.", code="BC", name="BÁO CÁO")
    assert _days(doc) == {"Ngày 25/11": "2024-11-25"}
