"""Round 26 (S2): environmental sanitation, waste and craft-village pollution documents.

Invented text throughout: the environmental police and the environment's
offices and funds written short (``Phòng Cảnh sát PCTP về môi trường``, ``Chi cục
BVMT``, ``Quỹ BVMT tỉnh``, ``Sở NNMT``) are one organ with the name in full.
"""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


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
