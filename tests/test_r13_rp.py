"""Periodic reports and statistics: the stages of a survey written as bare bracketed
ranges, the yearly days of a periodic report's label, the forms of a report that are
numbered like documents, and the statistics offices of the 2025 reorganisation as
addressees asked to act."""

from __future__ import annotations

import datetime as dt

import pytest

from vbcd import parse
from vbcd.extract.dates import find_dates
from vbcd.extract.references import find_references

_HEADER = """BỘ TÀI CHÍNH
CỤC THỐNG KÊ
Số: 312/CTK-TKDV
V/v cung cấp thông tin phục vụ biên soạn số liệu thống kê quý III/2026

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 8 năm 2026

Kính gửi: Thống kê các tỉnh, thành phố trực thuộc Trung ương.

"""
_FOOTER = """

Nơi nhận:
- Như trên;
- Lưu: VT, TKDV.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Trần Thị Mai Anh
"""


def _days(text: str, anchor: dt.date = dt.date(2026, 8, 14)) -> list[str | None]:
    return [m.value for m in find_dates(text, anchor=anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu thập thông tin tại địa bàn (15/6 - 31/7).", ["2026-06-15", "2026-07-31"]),
    ("Tự kiểm tra: đợt 1 (15/9 - 30/9), đợt 2 (01/11-15/11).",
     ["2026-09-15", "2026-09-30", "2026-11-01", "2026-11-15"]),
    ("Cao điểm thu nộp (15/12 – 15/01).", ["2026-12-15", "2027-01-15"]),
])
def test_a_bare_bracketed_range_of_two_days_is_read(text: str, expected: list[str]) -> None:
    """A survey's or a campaign's stage written as two year-less days in brackets with a
    dash between: the brackets and the dash make them a period, each end a day."""
    assert _days(text) == expected


@pytest.mark.parametrize("text", [
    "Điểm trung bình (8/10 - 3/10).",  # backward: two scores
    "Khai báo định kỳ (15/4 - 15/5 hằng năm).",  # the bracket goes on: not bare
    "Tỷ lệ (1/3 - 2/11) số hộ.",  # longer than a stage
])
def test_a_bracketed_pair_that_is_no_stage_is_no_date(text: str) -> None:
    assert _days(text) == []


def test_a_periodic_reports_label_makes_its_days_yearly() -> None:
    """``c) Báo cáo 6 tháng: chậm nhất vào ngày 16 tháng 6``: the label names a kind of
    report, not one year's, so the days on its line recur every year, neither dates
    nor deadlines; a label with its year keeps its day."""
    body = """Bộ Công Thương đề nghị Sở Công Thương các tỉnh, thành phố thực hiện như sau:

1. Thời hạn gửi báo cáo
a) Báo cáo 6 tháng: chậm nhất vào ngày 16 tháng 6;
b) Báo cáo định kỳ hằng năm: thời gian chốt số liệu tính từ ngày 15/12 năm trước đến ngày 14/12; thời hạn gửi báo cáo chậm nhất vào ngày 18/12.
c) Báo cáo năm 2026: gửi chậm nhất ngày 05/12/2026.

2. Báo cáo tháng 8: gửi trước ngày 25/8."""
    doc = parse(_HEADER + body + _FOOTER)
    values = [d.value for d in doc.dates if d.precision == "day"]
    assert "2026-06-16" not in values and "2026-12-18" not in values
    assert [d.date for d in doc.deadlines] == ["2026-12-05", "2026-08-25"]


def test_statistics_offices_of_the_provinces_are_asked_to_act() -> None:
    """``Cục Thống kê đề nghị Thống kê các tỉnh, thành phố thực hiện ...:``: the
    provincial statistics offices (named by their sector since 2025) take the clauses
    that follow; ``Thống kê`` before anything but a place class stays a verb."""
    body = """Cục Thống kê đề nghị Thống kê các tỉnh, thành phố thực hiện một số nội dung sau:

1. Thu thập, tổng hợp thông tin về hoạt động thương mại, dịch vụ quý III/2026; gửi về Cục Thống kê trước ngày 25/9/2026.

2. Đánh giá tình hình kinh tế - xã hội 9 tháng năm 2026 trên địa bàn."""
    doc = parse(_HEADER + body + _FOOTER)
    got = {(a.clause, a.actor) for a in doc.assignments}
    assert ("1", "Thống kê các tỉnh, thành phố") in got
    assert ("2", "Thống kê các tỉnh, thành phố") in got


def test_thong_ke_as_a_verb_opens_no_actor_after_a_request() -> None:
    body = """Cục Thống kê đề nghị các đơn vị thực hiện:

1. Thống kê các trường hợp chậm báo cáo, gửi trước ngày 25/9/2026."""
    doc = parse(_HEADER + body + _FOOTER)
    assert all(not a.actor.startswith("Thống kê") for a in doc.assignments)


@pytest.mark.parametrize("text", [
    "Các đơn vị báo cáo theo Biểu 01/BC-UBND kèm theo Công văn này.",
    "Các đảng ủy báo cáo theo mẫu biểu số 05-BC/TU ban hành kèm theo.",
    "Điều tra viên ghi phiếu điều tra số 01/TĐTKT-CS tại địa bàn.",
])
def test_a_reports_numbered_tables_and_questionnaires_are_no_references(text: str) -> None:
    """A report's tables and a survey's questionnaires are numbered like documents
    (``Biểu 01/BC-UBND``: ``BC`` there is no Báo cáo): they are not cited documents."""
    assert find_references(text, find_dates(text)) == []


def test_a_report_cited_beside_its_table_stays_a_reference() -> None:
    text = ("Các đơn vị báo cáo theo Biểu 01/BC-UBND kèm theo Báo cáo số 45/BC-UBND "
            "ngày 02/3/2026 của UBND tỉnh.")
    refs = find_references(text, find_dates(text))
    assert [(r.number, r.date) for r in refs] == [("45/BC-UBND", "2026-03-02")]
