"""Round 18 (C8): older documents (2005-2016), legacy fonts and their typography.

Invented texts: a TCVN3 text converted in part or whole (toned capitals that the
font could not write, Unicode lines between legacy ones), a department named in
brackets, a board's member line that lists communes before the members' role.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies
from vbcd.readers.legacy import decode_legacy, encode_legacy, fix_legacy


def _parse(text: str) -> vbcd.Document:
    return vbcd.parse(text)


# -- a partial conversion: Unicode lines between legacy ones -----------------------

_PARTIAL = (
    "Kính gửi: Ủy ban nhân dân các huyện.\n\n"
    "Đề nghị các huyện báo cáo kết quả trước ngày 20/5/2014.\n\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- " + encode_legacy("Ủy ban nhân dân tỉnh (để b/c);", "tcvn3") + "\n"
    "- Bộ Công an;\n"
    "- " + encode_legacy("Sở Tài nguyên và Môi trường;", "tcvn3") + "\n"
    "- Lưu: VT.\n"
)


def test_unicode_line_between_legacy_lines_is_kept() -> None:
    text, enc = fix_legacy(_PARTIAL)
    assert enc == "tcvn3"
    assert "- Bộ Công an;" in text  # not "Bộ Cụng an"
    assert "- Sở Tài nguyên và Môi trường;" in text


def test_legacy_header_line_between_legacy_lines_still_converted() -> None:
    header = "\n".join(encode_legacy(line, "tcvn3") for line in (
        "SỞ NỘI VỤ TỈNH THÁI BÌNH", "Số: 45/KH-SNV", "Thái Bình, ngày 03 tháng 4 năm 2013"))
    text, _ = fix_legacy(header + "\n\n" + "Nội dung kế hoạch như sau.\n" * 3)
    assert "Số: 45/KH-SNV" in text


# -- toned capitals TCVN3 cannot write ---------------------------------------------

def test_item_opening_toned_capital_restored_in_partial_text() -> None:
    text, _ = fix_legacy(_PARTIAL)
    assert "- Ủy ban nhân dân tỉnh (để b/c);" in text


@pytest.mark.parametrize(("line", "want"), [
    ("- Ủy ban Mặt trận Tổ quốc huyện;", "- Ủy ban Mặt trận Tổ quốc huyện;"),
    ("2. Áp dụng các giống cây bản địa.", "2. Áp dụng các giống cây bản địa."),
    ("b) Ủy ban nhân dân xã kiểm tra.", "b) Ủy ban nhân dân xã kiểm tra."),
    ("Đã xong. Ủy ban sẽ họp lại.", "Đã xong. Ủy ban sẽ họp lại."),
])
def test_toned_capital_after_marker_or_sentence_end(line: str, want: str) -> None:
    assert decode_legacy(encode_legacy(line, "tcvn3"), "tcvn3") == want


def test_wrapped_line_keeps_its_small_letter() -> None:
    legacy = encode_legacy("Giao nhiệm vụ cho các cơ quan của\nủy ban nhân dân huyện.", "tcvn3")
    assert decode_legacy(legacy, "tcvn3").endswith("\nủy ban nhân dân huyện.")


def test_paragraph_opening_toned_capital_restored() -> None:
    legacy = encode_legacy("THÔNG BÁO\n\nỦy ban nhân dân xã thông báo như sau:", "tcvn3")
    assert decode_legacy(legacy, "tcvn3").endswith("\nỦy ban nhân dân xã thông báo như sau:")


def test_whole_tcvn3_recipients_give_agencies(tmp_path: Path) -> None:
    src = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 31/TB-UBND\nHòa Bình, ngày 12 tháng 6 năm 2015\n\n"
        "THÔNG BÁO\nLịch trực phòng chống lụt bão năm 2015\n\n"
        "Ủy ban nhân dân xã thông báo lịch trực như sau:\n"
        "1. Công an xã trực tại trụ sở từ ngày 15/6/2015.\n"
        "2. Ủy ban Mặt trận Tổ quốc xã vận động nhân dân tham gia.\n"
        "Nơi nhận:\n- Ủy ban nhân dân huyện;\n- Ủy ban Mặt trận Tổ quốc xã;\n- Lưu: VP.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Văn Hưng\n"
    )
    path = tmp_path / "tb-xa.txt"
    path.write_text(encode_legacy(src, "tcvn3"), encoding="utf-8")
    doc = vbcd.parse_file(path)
    names = {a.name for a in doc.agencies}
    assert "Ủy ban Mặt trận Tổ quốc xã" in names
    assert "Ủy ban nhân dân huyện" in names


# -- a department named in brackets -----------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("gửi Bộ Kế hoạch và Đầu tư (qua Vụ Tổng hợp kinh tế quốc dân) để tổng hợp.",
     "Vụ Tổng hợp kinh tế quốc dân"),
    ("Hồ sơ gửi Sở Nội vụ (Phòng Công chức viên chức) trước ngày 20/5.",
     "Phòng Công chức viên chức"),
])
def test_bracket_closes_a_department_name(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]


def test_bracket_tail_opening_with_a_verb_stays_out() -> None:
    names = [a.name for a in find_agencies("Kiểm tra việc chấp hành (Sở Y tế báo cáo) ngay.")]
    assert names == ["Sở Y tế"]


# -- communes listed before the members' role -----------------------------------------

_BOARD = (
    "UBND HUYỆN BA VÌ\nSố: 210/QĐ-UBND\nBa Vì, ngày 03 tháng 4 năm 2014\n\n"
    "QUYẾT ĐỊNH\nVề việc kiện toàn Tổ công tác\n\n"
    "Điều 1. Kiện toàn Tổ công tác gồm:\n"
    "1. Ông Nguyễn Văn Tâm, Phó Chủ tịch UBND huyện - Tổ trưởng;\n"
    "2. Chủ tịch UBND các xã: Tản Lĩnh, Vân Hòa, Ba Trại, {last} - Ủy viên.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)


@pytest.mark.parametrize("last", ["Minh Quang", "Cổ Đông", "Phú Sơn"])
def test_last_commune_before_role_dash_is_a_place(last: str) -> None:
    doc = _parse(_BOARD.format(last=last))
    assert last in {p.name for p in doc.places}
    assert last not in {p.name for p in doc.persons}
    assert "Nguyễn Văn Tâm" in {p.name for p in doc.persons}
