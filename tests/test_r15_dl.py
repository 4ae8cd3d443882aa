"""Round 15, deadlines across families: a plan table whose deadline column holds a
cell with no date, and a fronted ``Trong <period>,`` that sets a subject's term."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 25/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 08 tháng 12 năm 2025

CHỈ THỊ
Về tăng cường quản lý, giải ngân vốn đầu tư công

Chủ tịch UBND tỉnh chỉ thị:

"""

_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Phạm Văn Hùng
"""


def _deadlines(body: str) -> list[tuple[str, str | None]]:
    doc = vbcd.parse(_HEAD + body + _TAIL)
    return [(d.text, d.date) for d in doc.deadlines]


def test_table_deadline_cell_without_date_does_not_crash() -> None:
    body = (
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Các sở, ngành "
        "| Quý II/2026 |\n"
        "| 2 | Đào tạo kỹ năng số cho công chức | Sở Nội vụ | Các cơ quan, đơn vị "
        "| Thường xuyên |\n"
        "| 3 | Rà soát thủ tục hành chính nội bộ | Sở Tư pháp | Các sở, ngành "
        "| Trước 31/3/2026 |\n"
    )
    doc = vbcd.parse(_HEAD + body + _TAIL)
    dates = sorted(d.date or "" for d in doc.deadlines)
    assert dates == ["2026-03-31", "2026-06-30"]
    by_actor = {a.actor: a.deadline for a in doc.assignments if a.role == "lead"}
    assert by_actor["Sở Nội vụ"] is None
    assert by_actor["Sở Tư pháp"] == "2026-03-31"


def test_fronted_within_with_obligation_word_sets_deadline() -> None:
    body = ("1. Các chủ đầu tư:\n"
            "a) Trong tháng 01/2026, các chủ đầu tư phải hoàn thành việc quyết toán "
            "các dự án hoàn thành.\n"
            "b) Trong tháng 12 năm 2025, UBND các xã có trách nhiệm hoàn thành việc kiểm kê.\n")
    assert _deadlines(body) == [("Trong tháng 01/2026", "2026-01-31"),
                                ("Trong tháng 12 năm 2025", "2025-12-31")]
    doc = vbcd.parse(_HEAD + body + _TAIL)
    assert {a.actor: a.deadline for a in doc.assignments}["UBND các xã"] == "2025-12-31"


def test_fronted_within_completion_verb_for_a_period_ahead() -> None:
    body = "2. Trong quý I/2026, Sở Xây dựng hoàn thành việc kiểm tra các dự án nhà ở.\n"
    assert _deadlines(body) == [("Trong quý I/2026", "2026-03-31")]


def test_fronted_within_report_or_past_stays_no_deadline() -> None:
    # a period under way at the signing, with a bare verb: what is (being) done
    assert _deadlines("1. Trong năm 2025, toàn tỉnh hoàn thành 120 công trình.\n") == []
    # a past marker in the main clause
    assert _deadlines("1. Trong tháng 01/2026, các xã đã hoàn thành việc rà soát.\n") == []
    # no verb of completion nor obligation
    assert _deadlines("1. Trong quý I/2026, Sở Y tế tiếp tục theo dõi tình hình.\n") == []
