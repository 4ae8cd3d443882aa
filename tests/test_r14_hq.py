"""Customs, border gates and anti-smuggling: the border guard's posts named by their gate
or listed after a plural (``các Đồn Biên phòng Thanh Thủy, Xín Cái``), the customs'
offices of 2025 (``Hải quan cửa khẩu quốc tế Hữu Nghị``, ``Trưởng Chi cục Hải quan khu
vực VI``), the steering committees named by their act's number (``Ban Chỉ đạo 389 quốc
gia``) and their signature blocks (a deputy's own post in small letters above his
name, an officer's rank before it)."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _actors(text: str) -> list[str]:
    return [a.actor for a in vbcd.parse(text).assignments]


_HEADER = """UBND TỈNH LẠNG SƠN
BAN CHỈ ĐẠO 389
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 33/BCĐ389
Lạng Sơn, ngày 07 tháng 4 năm 2025

V/v phối hợp tại các cửa khẩu

Kính gửi: Công an tỉnh.

1. Công an tỉnh chủ trì xây dựng quy chế phối hợp.

Nơi nhận:
- Như trên;
- Lưu: VT.

"""


def test_a_post_named_by_its_gate_is_no_short_form_of_another_post() -> None:
    text = ("1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo Đồn Biên phòng cửa khẩu quốc tế "
            "Móng Cái, Đồn Biên phòng Pò Hèn tăng cường tuần tra dọc tuyến biên giới.")
    names = _names(text)
    assert "Đồn Biên phòng cửa khẩu quốc tế Móng Cái" in names
    assert "Đồn Biên phòng Pò Hèn" in names


@pytest.mark.parametrize(
    ("text", "posts", "actor"),
    [
        ("1. Các Đồn Biên phòng Thanh Thủy, Tân Thanh, Xín Cái tăng cường tuần tra.",
         ["Đồn Biên phòng Thanh Thủy", "Đồn Biên phòng Tân Thanh", "Đồn Biên phòng Xín Cái"],
         "Các Đồn Biên phòng Thanh Thủy, Tân Thanh, Xín Cái"),
        ("2. Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh lãnh đạo các Đồn Biên phòng Lao Bảo, "
         "Đồn Biên phòng La Lay tăng cường quản lý đường biên, mốc giới.",
         ["Đồn Biên phòng Lao Bảo", "Đồn Biên phòng La Lay"], None),
        ("3. Các Đồn Biên phòng cửa khẩu Tân Thanh, Chi Ma phối hợp điều tiết phương tiện.",
         ["Đồn Biên phòng cửa khẩu Tân Thanh", "Đồn Biên phòng cửa khẩu Chi Ma"],
         "Các Đồn Biên phòng cửa khẩu Tân Thanh, Chi Ma"),
    ],
)
def test_a_plural_post_named_by_localities_is_each_post(
        text: str, posts: list[str], actor: str | None) -> None:
    names = _names(text)
    for post in posts:
        assert post in names
    if actor is not None:
        assert actor in _actors(text)


def test_a_plural_post_without_names_is_the_subject_of_its_clause() -> None:
    assert "Các Đồn Biên phòng" in _actors(
        "1. Các Đồn Biên phòng tăng cường tuần tra, kiểm soát các đường mòn, lối mở.")
    assert "các Đồn Biên phòng" in _actors(
        "2. Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các Đồn Biên phòng "
        "tăng cường tuần tra, kiểm soát.")


def test_the_gates_after_one_customs_office_name_one_office_each() -> None:
    text = "1. Chi cục Hải quan cửa khẩu Tân Thanh, Chi Ma bố trí công chức làm thủ tục."
    names = _names(text)
    assert "Chi cục Hải quan cửa khẩu Tân Thanh" in names
    assert "Chi cục Hải quan cửa khẩu Chi Ma" in names
    assert _actors(text) == ["Chi cục Hải quan cửa khẩu Tân Thanh, Chi Ma"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1. Hải quan cửa khẩu quốc tế Hữu Nghị thuộc Chi cục Hải quan khu vực VII kiểm tra "
         "hàng hóa.", "Hải quan cửa khẩu quốc tế Hữu Nghị"),
        ("Giao Hải quan khu vực V bố trí công chức làm thủ tục.", "Hải quan khu vực V"),
        ("3. Trung tâm Quản lý cửa khẩu tổ chức phân luồng phương tiện.",
         "Trung tâm Quản lý cửa khẩu"),
        ("Trung tâm Quản lý cửa khẩu tỉnh Lạng Sơn điều tiết xe lên cửa khẩu.",
         "Trung tâm Quản lý cửa khẩu tỉnh Lạng Sơn"),
    ],
)
def test_the_customs_units_of_2025_and_the_gate_centre_are_organs(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_customs_service_is_no_organ_its_gate_team_is() -> None:
    assert _names("Theo Luật Hải quan, thủ tục Hải quan được thực hiện tại Hải quan cửa "
                  "khẩu Chi Ma.") == ["Hải quan cửa khẩu Chi Ma"]


def test_a_gate_town_after_a_board_head_is_no_person() -> None:
    doc = vbcd.parse("Kính gửi: Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn.")
    assert [p.name for p in doc.persons] == []


def test_the_head_of_a_customs_sub_department_is_a_position() -> None:
    doc = vbcd.parse("2. Phó Trưởng ban thường trực: Ông Phạm Minh Đức, Trưởng Chi cục "
                     "Hải quan khu vực VI.")
    (person,) = doc.persons
    assert person.name == "Phạm Minh Đức"
    # the label before the member gives the role in the board too (round 15)
    assert [p.title for p in person.positions] == ["Phó Trưởng ban thường trực",
                                                   "Trưởng Chi cục"]


def test_a_committee_named_by_its_act_issues_the_cited_act() -> None:
    doc = vbcd.parse("Căn cứ Quyết định số 12/QĐ-BCĐ389 ngày 15/01/2024 của Ban Chỉ đạo 389 "
                     "quốc gia ban hành Quy chế hoạt động của Ban Chỉ đạo.")
    (ref,) = doc.references
    assert ref.issuer == "Ban Chỉ đạo 389 quốc gia"


def test_the_standing_office_chief_is_no_typo_of_his_deputy() -> None:
    doc = vbcd.parse(_HEADER + "TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG THƯỜNG TRỰC\n\nTrần Ngọc Liêm\n")
    assert doc.signature is not None
    assert doc.signature.title == "CHÁNH VĂN PHÒNG THƯỜNG TRỰC"
    assert not [w for w in doc.warnings if w.code == "typo_corrected"]


def test_a_deputys_own_post_in_small_letters_stands_above_the_signer() -> None:
    doc = vbcd.parse(_HEADER + "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\nGiám đốc Công an tỉnh\n"
                     "Đại tá Nguyễn Hồng Phong\n")
    assert doc.signature is not None
    assert doc.signature.name == "Nguyễn Hồng Phong"
    assert "Công an tỉnh Đại" not in [a.name for a in doc.agencies]


def test_a_title_line_ending_on_a_level_and_a_name_make_no_youth_union() -> None:
    doc = vbcd.parse(_HEADER + "TRƯỞNG BAN\n\n\nPHÓ CHỦ TỊCH UBND TỈNH\nĐoàn Thu Hà\n")
    assert doc.signature is not None
    assert doc.signature.name == "Đoàn Thu Hà"
    assert not [a.name for a in doc.agencies if "Đoàn" in a.name]
