"""Round 18 (C6): the two-level local government after July 2025 (commune and ward
committees, their Party committees, merged provinces), some as OCR scans with misread
marks and digits in dates. All texts invented."""

from __future__ import annotations

import pytest

import vbcd

_CV_TAIL = """
Kính gửi: Ủy ban nhân dân các xã, phường.

Sở đề nghị Ủy ban nhân dân các xã, phường rà soát hồ sơ, gửi báo cáo trước ngày 28/11/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lò Văn Páo
"""


def _cv(place_date: str) -> str:
    return ("UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nSố: 915/SNV-CCVC\nV/v rà soát hồ sơ công chức cấp xã\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + place_date + "\n" + _CV_TAIL)


@pytest.mark.parametrize(("line", "iso"), [
    ("Lai Châu, ngàỵ 06 thảng 11 năm 2025", "2025-11-06"),
    ("Lai Châu, ngàỵ 06 thảng 11 năm 2O25", "2025-11-06"),
    ("Lai Châu, ngảy l7 thàng 11 nãm 2O25", "2025-11-17"),
    ("Lai Châu, ngạỷ 06 thăng 11 năm 2025", "2025-11-06"),
])
def test_ocr_place_date_line_gives_a_date_and_no_place(line: str, iso: str) -> None:
    doc = vbcd.parse(_cv(line))
    assert doc.issue_date is not None and doc.issue_date.value == iso
    assert iso in {d.value for d in doc.dates}
    assert [p.name for p in doc.places] == []


def test_clean_place_date_line_is_read_once() -> None:
    doc = vbcd.parse(_cv("Lai Châu, ngày 06 tháng 11 năm 2025"))
    days = [d for d in doc.dates if d.value == "2025-11-06"]
    assert len(days) == 1


_CT_HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 07/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Phú, ngày 03 tháng 3 năm 2026

CHỈ THỊ
Về phòng cháy, chữa cháy rừng mùa khô năm 2026

"""
_CT_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Điểu Văn Thanh
"""


@pytest.mark.parametrize(("clause", "iso"), [
    ("1. Ban Chỉ huy Quân sự xã\n- Tổ chức diễn tập chữa cháy rừng tại ấp Suối Đá trong "
     "tháng 4/2026.\n", "2026-04-30"),
    ("1. Đoàn Thanh niên xã phát động phong trào trồng cây; tổ chức ra quân phát quang\n"
     "đường băng cản lửa trong tháng 3/2026.\n", "2026-03-31"),
    ("1. Tuyên truyền, tập huấn\nTổ chức 02 lớp tập huấn kỹ năng chữa cháy cho tổ đội "
     "xung kích các ấp trong quý II/2026.\n", "2026-06-30"),
    ("1. Tuyên truyền, tập huấn\nTổ chức 02 lớp tập huấn kỹ năng chữa cháy cho tổ đội "
     "xung kích các ấp trong tháng 1O/2026.\n", "2026-10-31"),
])
def test_event_verb_opening_an_item_dates_it_by_the_period_end(clause: str, iso: str) -> None:
    doc = vbcd.parse(_CT_HEAD + clause + _CT_TAIL)
    assert [(d.date, d.clause) for d in doc.deadlines] == [(iso, "1")]


@pytest.mark.parametrize("clause", [
    # a noun inside the sentence
    "1. Các tổ chức, cá nhân có rừng trong tháng 4/2026 phải trực 24/24 giờ.\n",
    # how the plan runs, not when
    "1. Hạt Kiểm lâm\nTổ chức thực hiện Chỉ thị trong năm 2026.\n",
    # a period over before the signing: a report's line
    "1. Kết quả\n- Tổ chức 03 buổi tuyên truyền trong tháng 01/2026.\n",
])
def test_event_verb_elsewhere_sets_no_deadline(clause: str) -> None:
    doc = vbcd.parse(_CT_HEAD + clause + _CT_TAIL)
    assert doc.deadlines == []


_KH = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 301/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
{title}

1. Số liệu báo cáo tính từ ngày 01/01 đến ngày 31/10 của năm báo cáo.
2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2025.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hồ Đức Lâm
"""


def test_reporting_year_window_takes_the_titles_year() -> None:
    doc = vbcd.parse(_KH.format(title="Rà soát, thống kê chất lượng công chức cấp xã năm 2025"))
    values = {d.value for d in doc.dates}
    assert {"2025-01-01", "2025-10-31"} <= values


@pytest.mark.parametrize("title", [
    "Thống kê chất lượng công chức cấp xã định kỳ",  # a standing rule: every year's window
])
def test_reporting_year_window_without_a_year_stays_yearly(title: str) -> None:
    doc = vbcd.parse(_KH.format(title=title))
    values = {d.value for d in doc.dates}
    assert "2025-10-31" not in values and "2025-01-01" not in values


def test_yearly_words_stay_yearly_even_with_a_title_year() -> None:
    text = _KH.format(title="Thống kê công chức năm 2025").replace(
        "của năm báo cáo", "hằng năm")
    values = {d.value for d in vbcd.parse(text).dates}
    assert "2025-10-31" not in values
