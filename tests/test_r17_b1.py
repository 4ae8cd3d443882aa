"""Round 17 (B1): the Government centre's decisions, directives and resolutions, some
as PDF text layers (no blank lines, a gazette's running headers). All texts invented."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies

_HEAD = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 23/CT-TTg
Hà Nội, ngày 11 tháng 9 năm 2020
CHỈ THỊ
Về việc tăng cường quản lý an toàn đập, hồ chứa nước
trong mùa mưa lũ năm 2020
"""
_TAIL = """1. Bộ Nông nghiệp và Phát triển nông thôn kiểm tra an toàn các hồ chứa.
2. Bộ Công Thương rà soát quy trình vận hành các hồ thủy điện.
Các Bộ trưởng nghiêm túc thực hiện Chỉ thị này./.
Nơi nhận:
- Các bộ;
- Lưu: VT, NN.
THỦ TƯỚNG
Vũ Hữu Tâm
"""


@pytest.mark.parametrize("opening", [
    "Từ đầu năm 2020 đến nay, nhiều hồ chứa nhỏ bị xuống cấp, có nguy cơ mất an toàn,\n",
    "Những năm qua, công tác bảo đảm an toàn hồ chứa đã được các địa phương quan tâm,\n",
    "Thời gian vừa qua, tại một số địa phương đã xảy ra sự cố vỡ đập, gây thiệt hại,\n",
])
def test_situation_opener_ends_a_title_with_no_blank_line(opening: str) -> None:
    body = opening + "nhất là tại các tỉnh miền núi. Thủ tướng Chính phủ yêu cầu:\n"
    doc = vbcd.parse(_HEAD + body + _TAIL)
    assert doc.title is not None
    assert doc.title.value == (
        "Về việc tăng cường quản lý an toàn đập, hồ chứa nước trong mùa mưa lũ năm 2020")
    assert doc.preamble is not None and doc.preamble.text.startswith(opening.split(",")[0])


_RESOLUTION = """CHÍNH PHỦ
Số: 61/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 07 tháng 9 năm 2017

NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 8 năm 2017

QUYẾT NGHỊ:

1. Về tình hình kinh tế - xã hội

Các bộ, cơ quan tập trung thực hiện các nhiệm vụ đã đề ra.

2. Về việc triển khai Nghị quyết số 35/NQ-CP ngày 16 tháng 5 năm 2016 của Chính phủ

Bộ Kế hoạch và Đầu tư tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 9 năm 2017./.

Nơi nhận:
- Các bộ;
- Lưu: VT, TH.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Vũ Hữu Tâm
"""


def test_long_subject_heading_owns_the_paragraph_below_it() -> None:
    doc = vbcd.parse(_RESOLUTION)
    assert doc.closing is None
    last = doc.clauses[-1]
    assert "Bộ Kế hoạch và Đầu tư tổng hợp" in last.text
    assert [d.clause for d in doc.deadlines] == ["2"]


_REPORTED = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 09/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 25 tháng 7 năm 2021

CHỈ THỊ
Về đẩy nhanh giải ngân vốn đầu tư công năm 2021

{fact} Tại cuộc họp Ủy ban nhân dân tỉnh tổ chức ngày 19/7, các thành viên đã thống nhất các giải pháp. Chủ tịch UBND tỉnh chỉ thị:

1. Sở Tài chính thanh toán kịp thời cho các dự án.

2. Sở Kế hoạch và Đầu tư theo dõi tiến độ.

Yêu cầu các sở, ngành nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Lâm Thị Hoa
"""


@pytest.mark.parametrize("fact", [
    "Tính đến hết ngày 30 tháng 6 năm 2021, tỷ lệ giải ngân của tỉnh mới đạt 38%.",
    "Đến ngày 15/7/2021, nhiều dự án chưa giải ngân được vốn.",
])
def test_held_meeting_after_a_fact_day_is_the_meeting(fact: str) -> None:
    doc = vbcd.parse(_REPORTED.replace("{fact}", fact))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2021-07-19"


@pytest.mark.parametrize(("text", "names"), [
    ("Giao Ủy ban nhân dân các tỉnh Quảng Trị, Thừa Thiên Huế khẩn trương khắc phục.",
     ["Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"]),
    ("Hỗ trợ UBND các tỉnh Bình Thuận, Bà Rịa Vũng Tàu 40 tỷ đồng.",
     ["UBND tỉnh Bình Thuận", "UBND tỉnh Bà Rịa Vũng Tàu"]),
])
def test_named_list_reads_a_province_spelling_variant(text: str, names: list[str]) -> None:
    found = [a.name for a in find_agencies(text)]
    for name in names:
        assert name in found


def test_logistics_association_read_whole() -> None:
    found = [a.name for a in find_agencies(
        "- Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam;\n- Lưu: VT.")]
    assert "Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam" in found


_GAZETTE = """BỘ CÔNG THƯƠNG
Số: 12/2022/TT-BCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 7 năm 2022

THÔNG TƯ
Quy định về hoạt động xúc tiến thương mại

Căn cứ Nghị định số 96/2021/NĐ-CP ngày 29 tháng 11 năm 2021 của Chính phủ;

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về hoạt động xúc tiến thương mại của các doanh nghiệp trong

52 CÔNG BÁO/Số 611 + 612/Ngày 20-7-2022

nước và nước ngoài.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 01 tháng 9 năm 2022./.

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Lương Văn Tài
"""


def test_even_page_gazette_header_with_its_number_first_is_furniture() -> None:
    doc = vbcd.parse(_GAZETTE)
    assert "2022-07-20" not in {d.value for d in doc.dates}
    assert "nước ngoài" in doc.clauses[0].text
