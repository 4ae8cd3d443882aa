"""Round 24 (L2, animal and plant disease documents): organ names and table cells.

Invented documents: a department's name running on into its verb when the verb is also a
statistics office's field (``Phòng Kinh tế thống kê số hộ``), the veterinary
epidemiology department whose name opens like the verb phrase ``phòng dịch``
(``Phòng Dịch tễ thú y``), and a Word table flattened to one cell a line, whose column
heading ``Xã`` read as the prefix of the next heading (``Xã`` / ``Diện tích ...``).
"""

from __future__ import annotations

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _places(text: str) -> list[str]:
    return [p.name for p in vbcd.parse(text).places]


def _actors(text: str) -> list[str]:
    return [a.actor for a in vbcd.parse(text).assignments]


def test_statistics_verb_after_a_department_is_its_predicate() -> None:
    text = (
        "KẾ HOẠCH\nĐiều tra đàn trâu bò năm 2022\n\n"
        "1. Đề nghị UBND huyện Yên Thành chỉ đạo Phòng Nông nghiệp và Phát triển nông "
        "thôn thống kê số trâu bò mắc bệnh viêm da nổi cục.\n"
        "2. Giao Phòng Kinh tế thống kê số hộ chăn nuôi gia cầm.\n"
    )
    names = _agencies(text)
    assert "Phòng Nông nghiệp và Phát triển nông thôn" in names
    assert "Phòng Kinh tế" in names
    assert not any(n.endswith("thống kê") for n in names)
    assert "Phòng Kinh tế" in _actors(text)


def test_statistics_office_keeps_its_field() -> None:
    text = "Tổng cục thống kê công bố số liệu đàn lợn quý II.\n"
    assert "Tổng cục thống kê" in _agencies(text)


def test_epidemiology_department_is_an_organ() -> None:
    text = (
        "KẾ HOẠCH\nGiám sát sau tiêm phòng cúm gia cầm\n\n"
        "1. Phòng Dịch tễ thú y chịu trách nhiệm lấy mẫu huyết thanh tại 8 xã.\n"
        "2. Phòng Kiểm dịch phối hợp vận chuyển mẫu.\n"
        "3. Công tác phòng dịch được tăng cường tại các chợ đầu mối.\n"
    )
    names = _agencies(text)
    assert "Phòng Dịch tễ thú y" in names
    assert "Phòng Kiểm dịch" in names
    assert len(names) == 2


def test_flattened_table_heading_is_no_place_prefix() -> None:
    text = (
        "BÁO CÁO\nTình hình bệnh Dịch tả lợn châu Phi\n\n"
        "Các ổ dịch như sau:\nSTT\nHuyện\nXã\nSố lợn tiêu hủy (con)\n1\nHương Khê\n"
        "Phúc Đồng\n320\n\nỔ dịch tại thôn Trung Hòa thuộc xã\nHương Trà, huyện Hương Khê "
        "đã được khống chế.\n"
    )
    places = _places(text)
    assert "Xã Số" not in places
    assert not any(p.startswith("Xã ") for p in places)
    assert "Hương Trà" in places  # a name a line break splits from its small prefix
    assert "Trung Hòa" in places


def test_flattened_key_value_cell_stays_a_place() -> None:
    text = "KẾ HOẠCH\nPhân bổ vắc xin\n\nTỉnh\nHà Giang\nHuyện\nBắc Mê\nSố liều\n5.000\n"
    assert "Bắc Mê" in _places(text)
