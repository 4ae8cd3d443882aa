"""Round 26 (S2): environmental sanitation, waste and craft-village pollution documents.

Invented text throughout: a recipient wrapped onto the next line beside the signature
column (two columns read line by line, the seal's ring or a position on the right) is
read without the right column's piece; the environmental police and the environment's
offices and funds written short (``Phòng Cảnh sát PCTP về môi trường``, ``Chi cục
BVMT``, ``Quỹ BVMT tỉnh``, ``Sở NNMT``) are one organ with the name in full.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies

_FOOTER = """V/v thu gom rác thải sinh hoạt

Kính gửi: Ủy ban nhân dân các xã.

1. Các xã tổ chức thu gom rác thải hằng ngày, không để tồn đọng tại các điểm tập kết.

Nơi nhận:                                    KT. CHỦ TỊCH
- Như trên;                                   PHÓ CHỦ TỊCH
- {first}       {seal1}
{second};                                {seal2}
- Lưu: VT, TNMT.
                                            Trần Văn Khải
"""


@pytest.mark.parametrize(("first", "second", "seal1", "seal2", "want"), [
    ("Công ty Cổ phần Môi trường và Dịch vụ", "đô thị Kim Bảng", "UỶ BAN NHÂN DÂN",
     "HUYỆN KIM BẢNG", "Công ty Cổ phần Môi trường và Dịch vụ đô thị Kim Bảng"),
    ("Ban Quản lý các khu công nghiệp", "tỉnh (để phối hợp)", "SỞ TÀI NGUYÊN VÀ MÔI",
     "TRƯỜNG", "Ban Quản lý các khu công nghiệp tỉnh"),
    ("Công ty TNHH MTV Môi trường đô thị", "Hà Nam", "TỈNH HÀ NAM", "* VĂN PHÒNG *",
     "Công ty TNHH MTV Môi trường đô thị Hà Nam"),
])
def test_wrapped_recipient_leaves_the_right_column_out(
        first: str, second: str, seal1: str, seal2: str, want: str) -> None:
    head = ("ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN KIM BẢNG                           Độc lập - Tự do - Hạnh phúc\n"
            "Số: 77/UBND-TNMT                     Kim Bảng, ngày 03 tháng 4 năm 2023\n")
    doc = parse(head + _FOOTER.format(first=first, second=second, seal1=seal1, seal2=seal2))
    texts = [" ".join(r.text.split()) for r in doc.recipients]
    assert want in texts, texts


@pytest.mark.parametrize("text", [
    "Giao Phòng Cảnh sát phòng, chống tội phạm về môi trường kiểm tra các điểm xả thải; "
    "Phòng Cảnh sát PCTP về môi trường báo cáo kết quả.",
    "Chi cục Bảo vệ môi trường lấy mẫu nước thải; Chi cục BVMT tổng hợp kết quả quan trắc.",
    "Quỹ Bảo vệ môi trường tỉnh hỗ trợ kinh phí; Quỹ BVMT tỉnh giải ngân trước ngày 30/4.",
    "Sở Nông nghiệp và Môi trường chủ trì; Sở NNMT hướng dẫn phân loại rác tại nguồn.",
])
def test_environment_short_forms_join_the_full_name(text: str) -> None:
    names = [a.name for a in find_agencies(text)]
    assert len(names) == 1, names
