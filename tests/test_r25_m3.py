"""Round 25 (M3): national target programmes (new rural areas, poverty reduction,
ethnic-minority areas), whose progress reports and conclusion notices state figures "as
of" a year-less day: a flattened progress table's column "Ước thực hiện đến 30/6", a
cumulative "lũy kế giải ngân đến 31/12", "số liệu tính đến 15/8".

Invented text throughout.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.dates import find_dates

_ANCHOR = "Ngày 10/7/2025, Ban Chỉ đạo họp. "


def _days(text: str) -> set[str]:
    return {str(d.value) for d in find_dates(text) if d.precision == "day"}


@pytest.mark.parametrize(("text", "day"), [
    ("Chỉ tiêu\nKế hoạch năm\nƯớc thực hiện đến 30/6\nTỷ lệ (%)", "2025-06-30"),
    ("Vốn sự nghiệp lũy kế giải ngân đến 25/6 đạt 31,5% kế hoạch.", "2025-06-25"),
    ("Số liệu tính đến 05/7, toàn tỉnh có 42 xã đạt chuẩn.", "2025-07-05"),
    ("luỹ kế đến 30/6 mới giải ngân 18,2% kế hoạch vốn", "2025-06-30"),
    ("số hộ thoát nghèo tính tới 20/7 là 1.215 hộ", "2025-07-20"),
    ("sản phẩm OCOP (số liệu cập nhật đến 08/7)", "2025-07-08"),
])
def test_as_of_cue_names_a_year_less_day(text: str, day: str) -> None:
    assert day in _days(_ANCHOR + text)


@pytest.mark.parametrize("text", [
    "giải ngân đến 2/3 kế hoạch vốn được giao",
    "đã thực hiện đến 2/3 khối lượng công trình",
    "tính đến 62/63 tỉnh, thành phố",
])
def test_a_share_after_until_is_not_a_day(text: str) -> None:
    assert _days(_ANCHOR + text) == {"2025-07-10"}


def test_as_of_day_is_not_a_deadline() -> None:
    doc = parse(
        "UBND TỈNH YÊN BÁI\nBAN DÂN TỘC\nSố: 210/BDT-CS\n"
        "Yên Bái, ngày 10 tháng 7 năm 2025\n\n"
        "Kính gửi: Ủy ban nhân dân các xã.\n\n"
        "1. Kết quả: luỹ kế giải ngân đến 30/6 đạt 22% kế hoạch; ước thực hiện đến 31/7 "
        "đạt 35%.\n"
        "2. Ủy ban nhân dân các xã báo cáo kết quả trước ngày 25/7/2025.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG BAN\n\n\nMa Văn Khải\n")
    days = {str(d.value) for d in doc.dates}
    assert {"2025-06-30", "2025-07-31"} <= days
    assert {str(d.date) for d in doc.deadlines} == {"2025-07-25"}
