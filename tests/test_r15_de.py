"""Round 15, deadlines (DE): a second listed term, a part of a month, ``chậm nhất
trước``, an OCR-spaced date after a cue, the actors of a clause's later deadline and
the text of a yearly recurring day."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
-------
Số: 321/UBND-KT
Nghệ An, ngày 10 tháng 11 năm 2025
V/v triển khai một số nhiệm vụ trọng tâm

Kính gửi: Các sở, ban, ngành tỉnh; UBND các xã, phường.

Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH


Lê Văn Hòa
"""


def _parse(body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + "\n" + _TAIL)


def _terms(body: str) -> list[tuple[str | None, str]]:
    return [(d.date, d.kind) for d in _parse(body).deadlines]


@pytest.mark.parametrize(("body", "expected"), [
    ("1. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15/6/2026 và ngày 15/12/2026.",
     [("2026-06-15", "before"), ("2026-12-15", "before")]),
    ("1. Các xã gửi báo cáo về Sở Tài chính trước ngày 20/11/2025 và 20/12/2025.",
     [("2025-11-20", "before"), ("2025-12-20", "before")]),
    ("1. Văn phòng Đăng ký đất đai gửi Sở chậm nhất ngày 05/12/2025 và ngày 05/01/2026.",
     [("2025-12-05", "no_later_than"), ("2026-01-05", "no_later_than")]),
    ("1. Sở Nội vụ báo cáo trước ngày 20/11/2025, ngày 25/11/2025 và ngày 30/11/2025.",
     [("2025-11-20", "before"), ("2025-11-25", "before"), ("2025-11-30", "before")]),
    ("1. Các sở, ngành hoàn thành việc sắp xếp trong quý I và quý II năm 2026.",
     [("2026-03-31", "within"), ("2026-06-30", "within")]),
    ("1. Sở Nội vụ hoàn thành trong tháng 11 và tháng 12/2025.",
     [("2025-11-30", "within"), ("2025-12-31", "within")]),
    ("1. Các xã hoàn thành rà soát hộ nghèo trong tháng 11, tháng 12 năm 2025.",
     [("2025-11-30", "within"), ("2025-12-31", "within")]),
])
def test_a_term_listed_after_a_deadline_is_a_deadline_too(
        body: str, expected: list[tuple[str, str]]) -> None:
    """``trước ngày X và ngày Y``, ``trong quý I và quý II năm 2026``: every listed day or
    period is a term under the same cue, as the gold counts a plan label's ``Quý IV/2025
    và Quý I/2026``."""
    assert _terms(body) == expected


@pytest.mark.parametrize("body", [
    "1. Sở Y tế báo cáo UBND tỉnh trước ngày 20/11/2025, ngày 25/11/2025 tổ chức hội nghị.",
    "1. Hoàn thành trước ngày 20/11/2025 và ngày 25/11/2025 tổ chức hội nghị tổng kết.",
])
def test_a_day_opening_its_own_sentence_after_a_deadline_is_no_term(body: str) -> None:
    """A day after the deadline that the next words make a sentence of its own (``ngày
    25/11/2025 tổ chức hội nghị``) is no listed term."""
    assert _terms(body) == [("2025-11-20", "before")]


def test_a_listed_term_and_a_later_step_take_the_clause_actors() -> None:
    """An assignment dates its task by its first deadline; a later deadline of the same
    clause with no actor named between is the same actors' (it had none)."""
    doc = _parse(
        "1. Sở Tài chính thẩm định xong trước ngày 20/11/2025, trình UBND tỉnh phê duyệt "
        "trước ngày 30/11/2025.\n"
        "2. Sở Nội vụ tổng hợp, báo cáo trước ngày 15/6/2026 và ngày 15/12/2026.\n"
        "3. Sở Xây dựng kiểm tra trước ngày 28/11/2025; Sở Y tế báo cáo trước ngày "
        "15/12/2025.")
    assert [(d.date, d.actors) for d in doc.deadlines] == [
        ("2025-11-20", ["Sở Tài chính"]), ("2025-11-30", ["Sở Tài chính"]),
        ("2026-06-15", ["Sở Nội vụ"]), ("2026-12-15", ["Sở Nội vụ"]),
        ("2025-11-28", ["Sở Xây dựng"]), ("2025-12-15", ["Sở Y tế"]),
    ]


@pytest.mark.parametrize(("body", "text"), [
    ("1. Các sở báo cáo kết quả về Sở Nội vụ chậm nhất trước ngày 20/11/2025.",
     "chậm nhất trước ngày 20/11/2025"),
    ("1. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh chậm nhất là trước ngày 25/11/2025.",
     "chậm nhất là trước ngày 25/11/2025"),
])
def test_latest_before_is_one_cue(body: str, text: str) -> None:
    """``chậm nhất trước ngày``: the latest term, its cue whole in the deadline's text."""
    (d,) = _parse(body).deadlines
    assert (d.kind, d.text) == ("no_later_than", text)


@pytest.mark.parametrize(("body", "date", "text"), [
    ("1. Các xã gửi hồ sơ về Sở Nội vụ trước 15/01/ 2026.", "2026-01-15", "trước 15/01/ 2026"),
    ("1. Các chủ đầu tư báo cáo Sở Tài chính chậm nhất 20/12/ 2025.", "2025-12-20",
     "chậm nhất 20/12/ 2025"),
])
def test_an_ocr_spaced_date_right_after_a_cue(body: str, date: str, text: str) -> None:
    """A blank inside a numeric date written without ``ngày`` (OCR, a typist): after a
    deadline's cue it is still the date."""
    doc = _parse(body)
    assert [(d.date, d.text) for d in doc.deadlines] == [(date, text)]
    assert date in [m.value for m in doc.dates]


def test_an_ocr_spaced_date_in_a_plan_tables_deadline_cell() -> None:
    """``Trước 30/6/ 2026`` in the deadline column of a task table."""
    doc = _parse(
        "1. Các đơn vị thực hiện theo bảng phân công dưới đây:\n\n"
        "| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát hạ tầng | Sở Khoa học và Công nghệ | Trước 30/6/ 2026 |\n"
        "| 2 | Số hóa hồ sơ | Sở Nội vụ | Trước 31/3/ 2026 |\n")
    assert sorted(d.date for d in doc.deadlines if d.date) == ["2026-03-31", "2026-06-30"]


def test_a_number_after_a_document_number_is_no_spaced_date() -> None:
    """Only a cue opens a blank-spaced date without ``ngày``: a cited document's ``ngày
    15/01/ 2025`` is its date as before, no deadline."""
    doc = _parse("1. Thực hiện Quyết định số 12/QĐ-UBND ngày 15/01/ 2025 của UBND tỉnh.")
    assert doc.deadlines == []


@pytest.mark.parametrize(("body", "expected"), [
    ("1. Sở Công Thương hoàn thành báo cáo tổng kết trong tuần đầu tháng 12/2025.",
     [("2025-12-07", "within")]),
    ("1. UBND các xã báo cáo kết quả về UBND tỉnh đầu tháng 01/2026.", [("2026-01-10", "by")]),
    ("1. Sở Tư pháp hoàn thành thẩm định giữa tháng 12/2025.", [("2025-12-15", "by")]),
    ("1. Sở Công Thương xây dựng kế hoạch, hoàn thành trước giữa tháng 12/2025.",
     [("2025-12-15", "before")]),
    ("1. Các xã hoàn thành tặng quà trong tuần cuối tháng 01/2026.", [("2026-01-31", "within")]),
])
def test_a_part_of_a_month_ends_on_its_own_day(
        body: str, expected: list[tuple[str, str]]) -> None:
    """``tuần đầu``, ``đầu``, ``giữa`` a month set the day that part ends on (7, 10, 15:
    dates.toml ``period_part_days``); a last part ends with its month."""
    assert _terms(body) == expected


@pytest.mark.parametrize("body", [
    "1. Từ đầu tháng 11/2025 đến nay, toàn tỉnh đã hoàn thành 85% kế hoạch.",
    "1. Các đơn vị gửi báo cáo từ đầu tháng 12/2025.",
    "1. Sở Y tế đã hoàn thành kiểm tra vào giữa tháng 10/2025.",
    "1. Các xã hoàn thành việc sắp xếp đầu năm 2026.",
])
def test_a_part_of_a_period_that_sets_no_day(body: str) -> None:
    """A period's start (``từ đầu tháng``), a past event and a part of a year name no
    term."""
    assert _terms(body) == []


def test_a_yearly_day_is_in_the_recurrence_text_not_a_deadline() -> None:
    """``trước ngày 15/12 hằng năm`` recurs (the gold lists no such day): one recurrence
    that names the day; ``định kỳ 6 tháng`` keeps its period, ``định kỳ 7 ngày/lần`` its
    rate."""
    doc = _parse(
        "1. Các sở, ngành báo cáo UBND tỉnh trước ngày 15/12 hằng năm.\n"
        "2. Định kỳ 6 tháng, các đơn vị báo cáo kết quả về Sở Nội vụ.\n"
        "3. Các xã kiểm tra đồng ruộng, báo cáo định kỳ 7 ngày/lần.")
    assert doc.deadlines == []
    assert [r.text for r in doc.recurrences] == [
        "trước ngày 15/12 hằng năm", "Định kỳ 6 tháng", "định kỳ 7 ngày/lần"]
