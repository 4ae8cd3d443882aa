"""Round 24 (H1, disaster-response công điện): damage from phone copies and PDF layers.

Invented documents: a clause run into the end of the clause before it when a text is
pasted from a phone message, and a PDF running header that names the issuer after the
date (``Công điện số ... ngày ... của UBND tỉnh ...``) with a page number.
"""

from __future__ import annotations

import vbcd

_HEAD = """UBND TỈNH NGHỆ AN
BAN CHỈ HUY PCTT VÀ TKCN
Số: 12/CĐ-BCH
Nghệ An, ngày 15 tháng 10 năm 2023
CÔNG ĐIỆN
Về việc ứng phó với áp thấp nhiệt đới
BAN CHỈ HUY PCTT VÀ TKCN TỈNH điện: Chủ tịch UBND các huyện ven biển.
Ban Chỉ huy PCTT và TKCN tỉnh yêu cầu:
"""
_TAIL = """Yêu cầu các đơn vị nghiêm túc thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Hồ Văn Lực
"""


def _labels(text: str) -> list[str]:
    return [c.label for c in vbcd.parse(text).clauses]


def test_clause_run_into_previous_line_is_restored() -> None:
    text = _HEAD + (
        "1. UBND các huyện Quỳnh Lưu, Diễn Châu kêu gọi tàu thuyền vào nơi tránh trú.  "
        "Sơ tán dân vùng trũng thấp. 2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh cấm biển từ "
        "10 giờ ngày 16/10/2023.\n3. Sở Công Thương chỉ đạo vận hành hồ chứa an toàn.\n"
    ) + _TAIL
    doc = vbcd.parse(text)
    assert [c.label for c in doc.clauses] == ["1", "2", "3"]
    actors = {(a.clause, a.actor) for a in doc.assignments}
    assert any(c == "2" and "Biên phòng" in actor for c, actor in actors)


def test_gap_after_semicolon_is_restored() -> None:
    text = _HEAD + (
        "1. Sở Giao thông vận tải khắc phục sạt lở;\n"
        "2. Sở Y tế xử lý môi trường sau lũ; 3. Sở Tài chính tham mưu kinh phí hỗ trợ.\n"
        "4. Công an tỉnh bảo đảm an ninh trật tự.\n"
    ) + _TAIL
    assert _labels(text) == ["1", "2", "3", "4"]


def test_inline_list_is_not_a_lost_break() -> None:
    text = _HEAD + (
        "1. Các xã kiểm tra đê, gồm: 1. Đê sông Lam; 2. Đê sông Cả.\n"
        "3. Phòng Nông nghiệp tổng hợp kết quả.\n"
    ) + _TAIL
    assert "2" not in _labels(text)


def test_running_header_with_issuer_and_page_is_page_furniture() -> None:
    text = _HEAD + (
        "1. Các huyện Kỳ Sơn, Tương Dương sơ tán dân khỏi vùng nguy cơ lũ quét, hoàn\n"
        "Công điện số 12/CĐ-BCH ngày 15/10/2023 của Ban Chỉ huy PCTT và TKCN tỉnh Nghệ An   Trang 2/2\n"
        "thành trước 17 giờ ngày 15/10/2023.\n"
        "2. Sở Giao thông vận tải bảo đảm giao thông trên Quốc lộ 7.\n"
    ) + _TAIL
    doc = vbcd.parse(text)
    assert "Nghệ An" not in {p.name for p in doc.places}
    assert doc.closing is not None
    assert "Công điện số 12" not in doc.clauses[0].text


def test_body_line_citing_another_act_is_kept() -> None:
    text = _HEAD.replace("Ban Chỉ huy PCTT và TKCN tỉnh yêu cầu:\n", "") + (
        "Thực hiện\nCông điện số 1201/CĐ-TTg ngày 14/10/2023 của Thủ tướng Chính phủ\n"
        "Ban Chỉ huy PCTT và TKCN tỉnh yêu cầu:\n1. Các huyện theo dõi diễn biến.\n"
        "2. Sở Y tế chuẩn bị thuốc.\n"
    ) + _TAIL
    assert "1201/CĐ-TTg" in {r.number for r in vbcd.parse(text).references}
