"""Round 16 (SH): a ministry list sharing its colon with a second class, a wrapped
enacting authority, plural tax and statistics offices of the 2025 map as actors, a
typist's name after an archive count, a secretary's leader written by abbreviation."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.segment.recipients import _archive_items

_NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 77/TB-VPCP\nHà Nội, ngày 12 tháng 3 năm 2026\nTHÔNG BÁO\n"
    "Kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Nam Định\n"
    "Phó Thủ tướng kết luận như sau:\n{body}\n"
    "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n"
    "Nơi nhận:\n{recipients}- Lưu: VT, QHĐP (2).\n"
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Khải\n"
)


def _notice(body: str, recipients: str = "- Như trên;\n") -> vbcd.Document:
    return vbcd.parse(_NOTICE.format(body=body, recipients=recipients))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1. Các Bộ, cơ quan: Xây dựng, Y tế, Ngoại giao khẩn trương rà soát.",
         {"Bộ Xây dựng", "Bộ Y tế", "Bộ Ngoại giao"}),
        ("1. Lãnh đạo các Bộ, ngành: Quốc phòng, Công an dự họp.",
         {"Bộ Quốc phòng", "Bộ Công an"}),
        ("1. Các Bộ, cơ quan: Tài chính, Nông nghiệp và Môi trường, Tập đoàn Điện lực "
         "Việt Nam theo chức năng được giao báo cáo.",
         {"Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Tập đoàn Điện lực Việt Nam"}),
    ],
)
def test_ministry_list_with_a_second_class_before_its_colon(
        body: str, expected: set[str]) -> None:
    names = {a.name for a in _notice(body).agencies}
    assert expected <= names


def test_scoped_police_closes_a_department_list() -> None:
    names = {a.name for a in _notice(
        "1. Các Sở, ngành: Y tế, Tài chính, Công an tỉnh phối hợp thực hiện.").agencies}
    assert {"Sở Y tế", "Sở Tài chính", "Công an tỉnh"} <= names
    assert "Sở Công an" not in names


@pytest.mark.parametrize(
    ("authority", "title"),
    [
        ("GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH\nLÂM ĐỒNG",
         "VỀ VIỆC THÀNH LẬP TỔ KIỂM TRA AN TOÀN HỒ CHỨA"),
        ("CỤC TRƯỞNG CỤC ĐƯỜNG BỘ\nVIỆT NAM", "BAN HÀNH QUY CHẾ TUẦN TRA"),
    ],
)
def test_wrapped_enacting_authority_ends_the_title(authority: str, title: str) -> None:
    text = (
        "SỞ GIAO THÔNG\nSố: 15/QĐ-SGT\nĐà Lạt, ngày 08 tháng 5 năm 2026\nQUYẾT ĐỊNH\n"
        f"{title}\n{authority}\nCăn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nGIÁM ĐỐC\nPhạm Văn Hưng\n"
    )
    d = vbcd.parse(text)
    assert d.title is not None and d.title.value == title
    # the authority's wrapped tail belongs to neither the title nor the preamble
    assert d.preamble is not None and d.preamble.text.startswith("Căn cứ")


@pytest.mark.parametrize(
    ("subject", "actor"),
    [
        ("các Thuế tỉnh, thành phố", "các Thuế tỉnh, thành phố"),
        ("các Thống kê tỉnh", "các Thống kê tỉnh"),
        ("các Bảo hiểm xã hội tỉnh, thành phố", "các Bảo hiểm xã hội tỉnh, thành phố"),
    ],
)
def test_plural_office_of_a_place_class_is_an_actor(subject: str, actor: str) -> None:
    text = (
        "CỤC THUẾ\nSố: 901/CT-KK\nV/v đôn đốc kê khai\nHà Nội, ngày 05 tháng 3 năm 2026\n"
        "Kính gửi: Các đơn vị.\n"
        f"Cục Thuế đề nghị {subject} triển khai thực hiện:\n"
        "1. Rà soát danh sách người nộp thuế chưa kê khai.\n"
        "2. Báo cáo kết quả về Cục Thuế.\n"
        "Cục Thuế thông báo để các đơn vị biết./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\nĐỗ Thị Lan\n"
    )
    got = {(a.clause, a.actor) for a in vbcd.parse(text).assignments}
    assert ("1", actor) in got and ("2", actor) in got


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("VT, KTTH (2) HLan", ["VT", "KTTH (2)"]),
        ("VT, KCB (3), Vân", ["VT", "KCB (3)"]),
        ("VT, TH (2), KGVX", ["VT", "TH (2)", "KGVX"]),
    ],
)
def test_typist_after_an_archive_count(line: str, items: list[str]) -> None:
    assert _archive_items(line) == items


def test_secretary_of_an_abbreviated_leader_holds_no_post_of_his() -> None:
    d = _notice(
        "1. Phó Thủ tướng Chính phủ Đinh Văn Quang chỉ đạo Bộ Tài chính rà soát.",
        recipients="- VPCP: BTCN, Trợ lý TTg, Thư ký PTTgCP Đinh Văn Quang, các Vụ: TH;\n",
    )
    person = next(p for p in d.persons if p.name == "Đinh Văn Quang")
    titles = [p.title for p in person.positions]
    assert titles == ["Phó Thủ tướng"]


def test_secretary_before_an_abbreviated_minister_alone() -> None:
    d = _notice("1. Bộ Y tế rà soát.", recipients="- Thư ký BT Trần Thị Hằng;\n")
    person = next(p for p in d.persons if p.name == "Trần Thị Hằng")
    assert [(p.title, p.organ) for p in person.positions] == [("BT", None)]


def test_enacting_formula_under_the_authority_is_no_wrapped_tail() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 12/QĐ-UBND\nHòa Bình, ngày 05 tháng 7 năm 2026\n"
        "QUYẾT ĐỊNH\nVề việc kiện toàn Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Tổ công tác của xã.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Tâm\n"
    )
    d = vbcd.parse(text)
    assert d.title is not None and d.title.value == "Về việc kiện toàn Tổ công tác"
    assert d.preamble is not None and d.preamble.text == "QUYẾT ĐỊNH:"
