"""Headers of sub-units: a parent line over the issuing unit.

The issuer is the lower unit with its parent recorded (``ĐẢNG BỘ TỈNH X`` / ``CHI BỘ
TRƯỜNG THPT Y``; ``UBND XÃ X`` / ``TRẠM Y TẾ``; flattened onto one line: ``BỘ CÔNG AN
CÔNG AN TỈNH X``), and the agencies layer reads the parent and the unit as two organs,
not one name run across the line break. A signer whose name is also a district's
(``Mai Sơn``) under ``ỦY BAN NHÂN DÂN TỈNH`` is neither glued to the organ nor a place.
"""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies

_BODY = """
THÔNG BÁO
Kết quả kiểm tra công tác quý IV năm 2025

{unit} thông báo đến các đơn vị liên quan nội dung sau:
1. Các phòng, ban chuyên môn rà soát hồ sơ, báo cáo kết quả trước ngày 15/12/2025.
2. Văn phòng tổng hợp, báo cáo trước ngày 20/12/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

{sig}
"""


def _state(parent: str, unit: str, body_unit: str = "Đơn vị",
           sig: str = "GIÁM ĐỐC\n\nNguyễn Văn An") -> str:
    return (f"{parent}\n{unit}\n-------\nSố: 215/TB-NV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 05 tháng 12 năm 2025\n"
            + _BODY.format(unit=body_unit, sig=sig))


def _party(parent: str, unit: str, one_line: bool = False) -> str:
    head = (f"{parent} ĐẢNG CỘNG SẢN VIỆT NAM\n{unit}\n*\nSố 08-NQ/CB Vinh, ngày 18 tháng 11 "
            "năm 2025\n" if one_line else
            f"{parent}\n{unit}\n*\nSố 08-NQ/CB\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nVinh, ngày 18 "
            "tháng 11 năm 2025\n")
    return head + _BODY.format(unit="Chi bộ", sig="T/M CHI BỘ\nBÍ THƯ\n\n(Đã ký)\n\nTrần Đình Quân")


@pytest.mark.parametrize(("text", "name", "parent"), [
    (_party("ĐẢNG BỘ TỈNH NGHỆ AN", "CHI BỘ TRƯỜNG THPT HUỲNH THÚC KHÁNG"),
     "CHI BỘ TRƯỜNG THPT HUỲNH THÚC KHÁNG", "ĐẢNG BỘ TỈNH NGHỆ AN"),
    (_party("ĐẢNG ỦY XÃ TÂN LẬP", "CHI BỘ THÔN 3", one_line=True),
     "CHI BỘ THÔN 3", "ĐẢNG ỦY XÃ TÂN LẬP"),
    (_party("ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH", "CHI BỘ KHOA NỘI"),
     "CHI BỘ KHOA NỘI", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH"),
    (_state("UBND XÃ ĐỒNG TIẾN", "TRẠM Y TẾ"), "TRẠM Y TẾ", "UBND XÃ ĐỒNG TIẾN"),
    (_state("BỘ XÂY DỰNG\nCỤC ĐƯỜNG BỘ VIỆT NAM", "KHU QUẢN LÝ ĐƯỜNG BỘ II"),
     "KHU QUẢN LÝ ĐƯỜNG BỘ II", "BỘ XÂY DỰNG CỤC ĐƯỜNG BỘ VIỆT NAM"),
    (_state("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH KHU VỰC 7"),
     "CHI NHÁNH KHU VỰC 7", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"),
])
def test_a_sub_unit_under_its_parent_is_the_issuer(text: str, name: str, parent: str) -> None:
    issuer = vbcd.parse(text).issuer
    assert issuer is not None
    assert (issuer.name, issuer.parent) == (name, parent)


@pytest.mark.parametrize(("line", "name", "parent"), [
    ("BỘ CÔNG AN CÔNG AN TỈNH THANH HÓA", "CÔNG AN TỈNH THANH HÓA", "BỘ CÔNG AN"),
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI",
     "LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"),
    ("UBND XÃ TÂN LẬP TRƯỜNG TIỂU HỌC TÂN LẬP", "TRƯỜNG TIỂU HỌC TÂN LẬP", "UBND XÃ TÂN LẬP"),
])
def test_a_header_flattened_onto_one_line_splits_at_the_unit(
        line: str, name: str, parent: str) -> None:
    text = (f"{line} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 2051/CAT-PV01 Thanh Hóa, ngày 02 tháng 01 năm 2026\n"
            + _BODY.format(unit="Đơn vị", sig="GIÁM ĐỐC\n\nLê Quang Minh"))
    issuer = vbcd.parse(text).issuer
    assert issuer is not None
    assert (issuer.name, issuer.parent) == (name, parent)


def test_a_head_alone_on_its_line_wraps_into_the_next() -> None:
    text = _state("VĂN PHÒNG", "CHÍNH PHỦ").replace("VĂN PHÒNG\nCHÍNH PHỦ", "**VĂN PHÒNG\n"
                                                   "CHÍNH PHỦ**")
    issuer = vbcd.parse(text).issuer
    assert issuer is not None
    assert (issuer.name, issuer.parent) == ("VĂN PHÒNG CHÍNH PHỦ", None)


def test_the_parent_and_the_unit_are_two_agencies() -> None:
    doc = vbcd.parse(_state("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "THANH TRA BỘ",
                            body_unit="Thanh tra Bộ"))
    names = {a.name for a in doc.agencies}
    assert "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in names
    assert "Thanh tra Bộ" in names
    assert not any(n.startswith("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THANH") for n in names)


def test_a_party_cell_under_a_commune_committee_is_an_agency() -> None:
    names = {a.name for a in vbcd.parse(_party("ĐẢNG ỦY XÃ TÂN LẬP", "CHI BỘ THÔN 3")).agencies}
    assert {"ĐẢNG ỦY XÃ TÂN LẬP", "CHI BỘ THÔN 3"} <= names


@pytest.mark.parametrize(("text", "expected"), [
    ("Giao Chi bộ Trường THCS Quảng Phú quán triệt tới đảng viên.",
     ["Chi bộ Trường THCS Quảng Phú"]),
    ("Chi bộ thôn Đông Hải tổ chức sinh hoạt chuyên đề.", ["Chi bộ thôn Đông Hải"]),
    ("Bí thư Chi bộ chỉ đạo các tổ đảng.", []),
    ("Giao Văn phòng Bộ tổng hợp.", ["Văn phòng Bộ"]),
])
def test_party_cells_and_a_ministry_s_own_units(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_agencies(text)] == expected


@pytest.mark.parametrize("text", ["SỞ XÂY DỰNG\n", "BỘ XÂY DỰNG\n"])
def test_a_sector_named_by_a_verb_in_capitals(text: str) -> None:
    assert [a.name for a in find_agencies(text)] == [text.strip()]


def test_a_verb_after_an_organ_in_capitals_still_ends_it() -> None:
    assert find_agencies("VIỆN NGHIÊN CỨU THÀNH LẬP THEO QUY ĐỊNH\n") == []


@pytest.mark.parametrize("name", ["Mai Sơn", "Hoàng Mai", "Lê Chân"])
def test_a_signer_named_like_a_district_is_no_organ_s_place(name: str) -> None:
    assert [a.name for a in find_agencies(f"Lưu: VT.\n\nỦY BAN NHÂN DÂN TỈNH\n{name}\n")] == [
        "ỦY BAN NHÂN DÂN TỈNH"]


def test_a_signer_named_like_a_district_is_no_place() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n-------\nSố: 1520/UBND-KT\n\nCỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSơn La, ngày 12 "
            "tháng 11 năm 2025\n"
            + _BODY.format(unit="Ủy ban nhân dân tỉnh",
                           sig="TM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nMai Sơn"))
    doc = vbcd.parse(text)
    assert doc.signature is not None and doc.signature.name == "Mai Sơn"
    assert [p.name for p in doc.persons] == ["Mai Sơn"]
    assert "Mai Sơn" not in [p.name for p in doc.places]
