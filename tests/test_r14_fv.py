"""Round-14 follow-ups: a type line ending in a colon, header lines a converter glued
in one bold cell, a first header line typed half without marks, a radio's broadcast."""

from __future__ import annotations

import vbcd

_COLON_TYPE = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/TB-UBND
Nghệ An, ngày 15 tháng 7 năm 2025

THÔNG BÁO:
Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ dự án đường ven biển

1. Sở Xây dựng chủ trì thẩm định hồ sơ thiết kế điều chỉnh.
"""


def test_type_line_with_colon_keeps_title_below() -> None:
    d = vbcd.parse(_COLON_TYPE)
    assert d.doc_type is not None and d.doc_type.code == "TB"
    assert d.doc_type.source == "type_line"
    assert d.title is not None
    assert d.title.value.startswith("Kết luận của Chủ tịch UBND tỉnh")


def test_conclusion_type_line_with_colon() -> None:
    d = vbcd.parse(_COLON_TYPE.replace("THÔNG BÁO:", "KẾT LUẬN:").replace("/TB-", "/KL-"))
    assert d.title is not None and d.title.value.endswith("đường ven biển")


_GLUED = """| **HỘI ĐỒNG NHÂN DÂN****XÃ TÂN PHÚ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM****Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 15/NQ-HĐND | *Tân Phú, ngày 20 tháng 8 năm 2025* |

**NGHỊ QUYẾT**
**Về kế hoạch đầu tư công năm 2026**

Điều 1. Thông qua kế hoạch đầu tư công năm 2026.
"""


def test_glued_bold_header_lines_split() -> None:
    d = vbcd.parse(_GLUED)
    assert d.issuer is not None and d.issuer.value == "HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ"
    assert all("DÂNXÃ" not in a.name for a in d.agencies)


def test_glued_bold_inside_word_untouched() -> None:
    d = vbcd.parse(_GLUED.replace("NHÂN DÂN****XÃ", "NHÂN DÂN XÃ").replace(
        "**NGHỊ QUYẾT**", "**NGHỊ QU****YẾT**"))
    assert d.issuer is not None and d.issuer.value == "HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHÚ"


_HALF = """UY BAN NHAN DAN TINH BẠC LIÊU
SỞ Y TẾ
Số: 12/QĐ-SYT
Bạc Liêu, ngày 02 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc thành lập tổ công tác
"""


def test_half_unmarked_first_header_line_reads_as_its_organ() -> None:
    d = vbcd.parse(_HALF)
    assert d.text == _HALF
    names = {a.canonical: a for a in d.agencies}
    assert "ủy ban nhân dân tỉnh bạc liêu" in names
    assert not any(c.startswith("ban nhan dan") for c in names)
    agency = names["ủy ban nhân dân tỉnh bạc liêu"]
    assert agency.mentions[0].text == "UY BAN NHAN DAN TINH BẠC LIÊU"  # as printed


def test_unmarked_first_header_line_above_marked_line() -> None:
    text = _HALF.replace("UY BAN NHAN DAN TINH BẠC LIÊU", "UY BAN NHAN DAN\nTỈNH BẠC LIÊU")
    d = vbcd.parse(text)
    assert any(a.canonical == "ủy ban nhân dân tỉnh bạc liêu" for a in d.agencies)
    assert not any(a.canonical.startswith("ban nhan dan") for a in d.agencies)


def test_commune_radio_broadcast_is_its_task() -> None:
    d = vbcd.parse("KẾ HOẠCH\nTuyên truyền\n\n1. Các đài truyền thanh xã, phường phát sóng"
                   " nội dung tuyên truyền ít nhất 3 lần mỗi tuần.\n")
    assert any(a.actor == "Các đài truyền thanh xã, phường"
               and a.task.startswith("phát sóng") for a in d.assignments)
