"""Round 19 (D2): ethnic minorities, religion, borders and foreign affairs (Ban Dân tộc,
Ban Tôn giáo, Sở Ngoại vụ, Bộ đội Biên phòng). All texts invented."""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _places(text: str) -> list[str]:
    return [p.name for p in vbcd.parse(text).places]


def _positions(text: str) -> dict[str, list[str]]:
    doc = vbcd.parse(text)
    return {p.name: [f"{x.title} {x.organ or ''}".strip() for x in p.positions]
            for p in doc.persons}


# --- agencies: a short reference to the issuer is not another place's namesake ---------

_FOREIGN_DEPT = """UBND TỈNH QUẢNG TRỊ
SỞ NGOẠI VỤ
Số: 88/SNgV-LS
Quảng Trị, ngày 06 tháng 5 năm 2025

V/v phối hợp đón đoàn công tác tỉnh Savannakhet

Kính gửi: Bộ Chỉ huy Bộ đội Biên phòng tỉnh.

Sở Ngoại vụ nhận được Công văn số 45/SNgV-LS ngày 02/5/2025 của Sở Ngoại vụ tỉnh
Quảng Bình. Sở Ngoại vụ đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Bộ Chỉ
huy Bộ đội Biên phòng tỉnh Quảng Bình làm thủ tục cho đoàn.
"""


def test_issuer_not_merged_into_another_provinces_department() -> None:
    names = _agencies(_FOREIGN_DEPT)
    assert "Sở Ngoại vụ" in names
    assert "Sở Ngoại vụ tỉnh Quảng Bình" in names


def test_province_body_not_merged_into_another_provinces() -> None:
    names = _agencies(_FOREIGN_DEPT)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in names


def test_issuer_not_merged_into_its_national_namesake() -> None:
    text = """UBND TỈNH NGHỆ AN
BAN TÔN GIÁO
Số: 140/BTG-CG
Nghệ An, ngày 02 tháng 12 năm 2023

V/v bảo đảm an ninh lễ Giáng sinh

Kính gửi: Công an tỉnh.

Thực hiện Công văn số 1901/BTGCP-CG ngày 20/11/2023 của Ban Tôn giáo Chính phủ, Ban Tôn
giáo đề nghị Công an tỉnh bảo đảm an ninh.
"""
    names = _agencies(text)
    assert "Ban Tôn giáo" in names and "Ban Tôn giáo Chính phủ" in names


def test_own_province_long_form_still_merges() -> None:
    text = """UBND TỈNH BẮC NINH
SỞ Y TẾ
Số: 12/SYT-NV
Bắc Ninh, ngày 02 tháng 3 năm 2024

V/v tiêm chủng

Sở Y tế tỉnh Bắc Ninh đề nghị các đơn vị thực hiện. Sở Y tế sẽ kiểm tra.
"""
    names = _agencies(text)
    assert [n for n in names if n.casefold().startswith("sở y tế")] == ["Sở Y tế tỉnh Bắc Ninh"]


# --- dates: another people's new year is no lunar Tết ----------------------------------

@pytest.mark.parametrize("phrase", [
    "Tết cổ truyền Bun Pi Mai", "Tết cổ truyền Lào", "Tết cổ truyền của nhân dân Campuchia",
    "Tết cổ truyền Songkran",
])
def test_foreign_new_year_is_no_lunar_tet(phrase: str) -> None:
    doc = vbcd.parse(f"Ngày 20/3/2025, Sở Ngoại vụ chuẩn bị đoàn chúc {phrase} năm 2025.")
    assert [d.value for d in doc.dates if d.value] == ["2025-03-20"]


# --- places: Việt Nam inside a religious organisation's name -----------------------------

@pytest.mark.parametrize("organ", [
    "Giáo hội Phật giáo Việt Nam tỉnh", "Hội đồng Giám mục Việt Nam",
    "Ủy ban Đoàn kết Công giáo Việt Nam tỉnh", "Tịnh độ Cư sĩ Phật hội Việt Nam",
])
def test_viet_nam_inside_religious_organ_is_no_place(organ: str) -> None:
    assert "Việt Nam" not in _places(f"Sở Nội vụ mời đại diện {organ} dự hội nghị tại huyện Xuân Trường.")


# --- places: a list after ``như`` / ``gồm`` ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ở một số xã như Pù Nhi, Tam Chung còn xảy ra di cư tự do.", ["Pù Nhi", "Tam Chung"]),
    ("Ưu tiên các xã như Ia Dom, Ia Nan bố trí vốn.", ["Ia Dom", "Ia Nan"]),
    ("Nhiều huyện như Mường Nhé, Nậm Pồ còn khó khăn.", ["Mường Nhé", "Nậm Pồ"]),
])
def test_list_after_nhu(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


def test_capitalised_nhu_is_a_name() -> None:
    assert _places("UBND các huyện Như Thanh, Như Xuân triển khai.") == ["Như Thanh", "Như Xuân"]


# --- persons: a listed name after an address in brackets -------------------------------

def test_plural_list_goes_on_past_an_address() -> None:
    text = ("Phòng Dân tộc công nhận các ông Thào A Chư (bản Pù Quăn, xã Pù Nhi), Giàng A "
            "Súa (bản Ón, xã Mường Chanh) là người có uy tín.")
    assert set(_positions(text)) == {"Thào A Chư", "Giàng A Súa"}


# --- persons: the organ after a comma that opens the next sentence ---------------------

@pytest.mark.parametrize("text, name, positions", [
    ("Thực hiện ý kiến của đồng chí Hà Văn Ngợi, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo, "
     "UBND huyện yêu cầu các xã thực hiện.", "Hà Văn Ngợi",
     ["Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo"]),
    ("Theo chỉ đạo của ông Lương Văn Tính, Trưởng ban, Ban Dân tộc đề nghị các huyện "
     "báo cáo.", "Lương Văn Tính", ["Trưởng ban"]),
])
def test_subject_of_next_sentence_not_in_position(
        text: str, name: str, positions: list[str]) -> None:
    assert _positions(text)[name] == positions


def test_command_post_is_no_department() -> None:
    names = _agencies("Ngày 14/11/2022, tại Sở Chỉ huy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
                      "tổ chức hội nghị.")
    assert names == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
