"""Round 14, family TR: submissions (tờ trình) asking their superior for a decision."""

from __future__ import annotations

import vbcd

_SUBMISSION = """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1120/TTr-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 03 tháng 10 năm 2025

TỜ TRÌNH
Đề nghị phê duyệt Kế hoạch phòng, chống thiên tai năm 2026

Kính gửi: Ủy ban nhân dân tỉnh.

Sở Nông nghiệp và Môi trường kính trình UBND tỉnh như sau:
1. Sự cần thiết
Năm 2025, trên địa bàn tỉnh xảy ra 04 đợt mưa lũ.
2. Nội dung đề nghị
a) Phê duyệt Kế hoạch phòng, chống thiên tai năm 2026;
b) Giao Sở Tài chính bố trí kinh phí thực hiện.

{closing}

Nơi nhận:
- Như trên;
- Lưu: VT, TL.

GIÁM ĐỐC

Phạm Minh Quang
"""


def _actors(closing: str) -> list[tuple[str | None, str]]:
    doc = vbcd.parse(_SUBMISSION.format(closing=closing))
    return [(a.clause, a.actor) for a in doc.assignments]


def test_submission_request_to_decide_is_no_assignment() -> None:
    for closing in ("Kính đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định./.",
                    "Kính đề nghị UBND tỉnh xem xét, phê duyệt./.",
                    "Đề nghị Ủy ban nhân dân tỉnh cho ý kiến để Sở triển khai./."):
        assert _actors(closing) == [("2/b", "Sở Tài chính")], closing


def test_submission_still_proposes_tasks_for_other_organs() -> None:
    found = _actors("Kính đề nghị Ủy ban nhân dân tỉnh giao Sở Xây dựng rà soát, bổ sung "
                    "danh mục công trình./.")
    assert ("2/b", "Sở Tài chính") in found
    assert any(actor == "Sở Xây dựng" for _, actor in found)


def test_citation_date_opening_the_line_under_a_heading() -> None:
    """A submission's grounds recount an act under a short heading: ``2. Cơ sở thực
    tiễn`` / ``Ngày 15/3/2025, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số ...``; the
    date and subject opening that line are the cited act's."""
    doc = vbcd.parse(_SUBMISSION.format(closing="").replace(
        "1. Sự cần thiết\n",
        "1. Sự cần thiết\nBộ Chính trị đã có chủ trương về vấn đề này.\n"
        "2. Cơ sở thực tiễn của việc xây dựng\nNgày 15/3/2025, Ủy ban nhân dân tỉnh đã ban "
        "hành Kế hoạch số 45/KH-UBND triển khai thực hiện.\n"))
    found = {r.number: (r.date, r.issuer) for r in doc.references}
    assert found["45/KH-UBND"] == ("2025-03-15", "Ủy ban nhân dân tỉnh")


def test_one_stop_shop_keeps_its_whole_name() -> None:
    """A regulation on administrative procedures names the one-stop shop in its articles:
    ``Phòng Tiếp nhận và Trả kết quả`` runs through its verbs, and a list of sections
    after ``Các phòng chuyên môn:`` hands no one a task."""
    doc = vbcd.parse("Điều 4. Cơ cấu tổ chức\n1. Lãnh đạo Trung tâm gồm Giám đốc và 02 Phó "
                     "Giám đốc.\n2. Các phòng chuyên môn: Phòng Hành chính - Tổng hợp; Phòng "
                     "Tiếp nhận và Trả kết quả.\n")
    assert "Phòng Tiếp nhận và Trả kết quả" in [a.name for a in doc.agencies]
    assert "Phòng Tiếp" not in [a.name for a in doc.agencies]
