"""Round 17 (B4): Party notices and letters measured blind.

Two causes found on invented Party documents (Tỉnh ủy, Huyện ủy, Đảng ủy xã notices of
their standing committee's conclusions, and công văn):

* a Party branch's "sinh hoạt (không) đúng định kỳ" (meets on schedule or not) is a
  habit, not a yearly duty: the year-less day after it ("báo cáo ... trước ngày 15/8")
  is one calendar day and a deadline;
* an OCR or PDF text layer linearises a two-column footer, so the seal note of the
  signature column ("(Đã ký)") lands on the archive line ("- Lưu Văn phòng Huyện ủy.
  (đã ký)"): it is no archive item.
"""

from __future__ import annotations

import vbcd


def _notice(clauses: str, footer: str = "Nơi nhận:\n- Các chi bộ trực thuộc,\n"
            "- Lưu Văn phòng Huyện ủy.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n"
            "Phạm Quang Vinh") -> vbcd.Document:
    return vbcd.parse(f"""HUYỆN ỦY TIỀN HẢI
*
Số 245-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tiền Hải, ngày 12 tháng 7 năm 2022

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về công tác xây dựng tổ chức cơ sở đảng

Ngày 08/7/2022, Ban Thường vụ Huyện ủy họp nghe báo cáo. Ban Thường vụ kết luận:

{clauses}

Văn phòng Huyện ủy thông báo để các chi bộ biết, thực hiện.

{footer}
""")


def _deadlines(doc: vbcd.Document) -> set[tuple[str, str | None]]:
    return {(d.date, d.clause) for d in doc.deadlines}


def test_a_branch_meeting_off_schedule_does_not_make_the_next_day_yearly() -> None:
    doc = _notice("1. Các chi bộ thôn Đông, thôn Nam sinh hoạt không đúng định kỳ phải "
                  "khắc phục ngay, báo cáo Ban Tổ chức Huyện ủy trước ngày 10/8.\n"
                  "2. Ban Tổ chức Huyện ủy tổng hợp, báo cáo trước ngày 25/8.")
    assert ("2022-08-10", "1") in _deadlines(doc)
    assert "2022-08-10" in {d.value for d in doc.dates}


def test_regular_branch_meetings_are_a_habit_not_a_recurring_deadline() -> None:
    doc = _notice("1. Các đảng ủy cơ sở duy trì nền nếp sinh hoạt định kỳ, gửi kết quả "
                  "về Văn phòng Huyện ủy trước ngày 30/10.")
    assert _deadlines(doc) == {("2022-10-30", "1")}


def test_a_periodic_report_still_recurs() -> None:
    # "định kỳ báo cáo ... trước ngày 15/12" is a yearly duty: no one-off deadline
    doc = _notice("1. Ủy ban Kiểm tra Huyện ủy định kỳ báo cáo Ban Thường vụ trước "
                  "ngày 15/12.")
    assert _deadlines(doc) == set()


def test_a_seal_note_linearised_onto_the_archive_line_is_cut() -> None:
    doc = _notice("1. Văn phòng Huyện ủy theo dõi, đôn đốc.",
                  footer="Nơi nhận: T/L BAN THƯỜNG VỤ\n"
                         "- Thường trực Huyện ủy, CHÁNH VĂN PHÒNG\n"
                         "- Lưu Văn phòng Huyện ủy. (Đã ký)\n"
                         "Hoàng Văn Nhật")
    assert doc.archive == ["Văn phòng Huyện ủy"]


def test_a_bracketed_seal_note_after_archive_codes_is_cut() -> None:
    doc = _notice("1. Văn phòng Huyện ủy theo dõi, đôn đốc.",
                  footer="Nơi nhận: T/L BAN THƯỜNG VỤ\n"
                         "- Như trên, CHÁNH VĂN PHÒNG\n"
                         "- Lưu VPHU, TH. [Đã ký]\n"
                         "Nông Thị Hiền")
    assert doc.archive == ["VPHU", "TH"]
