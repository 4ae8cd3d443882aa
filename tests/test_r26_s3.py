"""Round 26 (S3): labour, vocational training and labour-export documents.

Invented text throughout. A web copy whose head is chrome (menu, posting line, share
buttons) may also print a reader control above the header (``Cỡ chữ: A- A A+``,
``Bản in``): it is chrome, not the issuer's first line. Under such a page one tail word
(``Tin liên quan:`` over a related-news list, or the footer's ``Bản quyền thuộc ...``)
is enough to cut the tail: its countries, wards and dates are not the document's.
The labour-export organs (``Cục Quản lý lao động ngoài nước``, ``Trung tâm Lao động
ngoài nước``) keep their last words.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies

_BODY = (
    "UBND TỈNH THANH HÓA\nSỞ NỘI VỤ\nSố: 512/SNV-VL\nV/v tuyển lao động đi làm việc có thời hạn\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Thanh Hóa, ngày 07 tháng 4 năm 2025\n\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
    "Sở Nội vụ đề nghị các địa phương thông báo chỉ tiêu tuyển chọn đến người lao động, "
    "gửi danh sách trước ngày 25/4/2025./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, VL.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hạnh\n"
)
_HEAD = "Trang chủ > Văn bản điều hành\nNgày đăng: 08/04/2025 | Lượt xem: 311\nChia sẻ\n"


@pytest.mark.parametrize("control", ["Cỡ chữ: A- A A+", "Bản in   Nghe đọc", "Lượt đọc: 96"])
def test_reader_control_above_header_is_chrome(control: str) -> None:
    doc = parse(_HEAD + control + "\n\n" + _BODY)
    assert doc.issuer is not None
    assert doc.issuer.value == "UBND TỈNH THANH HÓA SỞ NỘI VỤ"


@pytest.mark.parametrize(("tail", "place"), [
    ("\nTin liên quan:\n- Hội chợ việc làm cho lao động đi Nhật Bản ngày 12/3/2025\n",
     "Nhật Bản"),
    ("\nBản quyền thuộc Sở Nội vụ tỉnh Thanh Hóa, số 35 Đại lộ Lê Lợi, phường Điện Biên\n",
     "Điện Biên"),
    ("\nCác tin khác\n- Kết quả thi tiếng Hàn tại Hàn Quốc ngày 02/3/2025\n", "Hàn Quốc"),
])
def test_one_tail_word_cuts_under_a_web_head(tail: str, place: str) -> None:
    doc = parse(_HEAD + "\n" + _BODY + tail)
    assert place not in [p.name for p in doc.places]
    assert {d.value for d in doc.dates} <= {"2025-04-07", "2025-04-25"}


def test_one_tail_word_without_web_head_is_kept() -> None:
    """Without chrome above the header one word is not enough (an annex may open a line
    with ``Tải về``): nothing is cut."""
    doc = parse(_BODY + "\nTải về: biểu mẫu đăng ký tại Nghệ An\n")
    assert "Nghệ An" in [p.name for p in doc.places]


@pytest.mark.parametrize(("text", "name"), [
    ("Cục Quản lý lao động ngoài nước hướng dẫn thủ tục gia hạn hợp đồng.",
     "Cục Quản lý lao động ngoài nước"),
    ("Phối hợp với Trung tâm Lao động ngoài nước tổ chức thi tiếng Hàn.",
     "Trung tâm Lao động ngoài nước"),
])
def test_labour_export_organ_keeps_its_field(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]
