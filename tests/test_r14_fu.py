"""Round-14 follow-ups: the 2025 special zones (``đặc khu``) as commune-level units,
a place name ending in ``Quý`` before a task word, a firm's brand that looks like a
name, a section's described name after ``Trưởng phòng`` and the older form of a
steering board's number (``389/ĐP``)."""

from __future__ import annotations

import vbcd

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 1820/UBND-NC\n"
    "Lâm Đồng, ngày 5 tháng 11 năm 2025\n\nCHỈ THỊ\nVề việc bảo đảm an toàn tàu cá\n\n"
)
END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Minh\n"


def _doc(body: str) -> vbcd.Document:
    return vbcd.parse(HEAD + body + END)


def _actors(body: str) -> list[str]:
    return [a.actor for a in _doc(body).assignments]


def _agency_levels(body: str) -> dict[str, str | None]:
    return {a.name: a.level for a in _doc(body).agencies}


def _positions(body: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(q.title, q.organ) for q in p.positions] for p in _doc(body).persons}


def test_special_zone_organs_are_commune_level() -> None:
    levels = _agency_levels(
        "1. UBND đặc khu Côn Đảo chủ trì kiểm tra các cơ sở lưu trú.\n"
        "2. Công an đặc khu Vân Đồn tăng cường tuần tra.\n"
        "3. Đảng ủy đặc khu Cô Tô lãnh đạo thực hiện.")
    assert levels["UBND đặc khu Côn Đảo"] == "commune"
    assert levels["Công an đặc khu Vân Đồn"] == "commune"
    assert levels["Đảng ủy đặc khu Cô Tô"] == "commune"


def test_special_zones_as_a_plural_class_and_a_named_list() -> None:
    assert _actors("1. Các đặc khu chủ động rà soát phương án sơ tán dân.") == ["Các đặc khu"]
    levels = _agency_levels("1. UBND các đặc khu Vân Đồn, Cô Tô chủ động rà soát phương án.")
    assert levels.get("UBND đặc khu Vân Đồn") == "commune"
    assert levels.get("UBND đặc khu Cô Tô") == "commune"


def test_place_name_ending_in_quy_ends_the_actor() -> None:
    assert _actors("1. UBND đặc khu Phú Quý tổ chức kiểm đếm tàu thuyền.") == [
        "UBND đặc khu Phú Quý"]
    assert _actors(
        "1. Chủ tịch UBND các xã, phường, đặc khu Phú Quý chịu trách nhiệm kiểm tra tàu cá."
    ) == ["Chủ tịch UBND các xã, phường, đặc khu Phú Quý"]


def test_firm_brand_like_a_name_keeps_the_position() -> None:
    pos = _positions(
        "1. Ông Nguyễn Văn An, Giám đốc Công ty TNHH Đầu tư Hoàng Long chịu trách nhiệm.\n"
        "2. Bà Lê Thị Hoa, Kế toán trưởng Công ty cổ phần Thương mại Lê Gia báo cáo.\n"
        "3. Ông Trần Văn Bình, Chủ tịch Hội đồng quản trị Công ty cổ phần Xây dựng Phạm Gia.")
    assert pos["Nguyễn Văn An"] == [("Giám đốc", "Công ty TNHH Đầu tư Hoàng Long")]
    assert pos["Lê Thị Hoa"] == [("Kế toán trưởng", "Công ty cổ phần Thương mại Lê Gia")]
    assert pos["Trần Văn Bình"] == [
        ("Chủ tịch", "Hội đồng quản trị Công ty cổ phần Xây dựng Phạm Gia")]


def test_title_before_a_full_name_still_belongs_to_it() -> None:
    pos = _positions("1. Đồng chí Nguyễn Văn An, Phó Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn.")
    assert pos["Nguyễn Văn An"] == []


def test_described_section_names_after_truong_phong() -> None:
    pos = _positions(
        "1. Bà Nguyễn Thị Lan, Trưởng phòng Cải cách hành chính và Văn thư, lưu trữ, "
        "Sở Nội vụ;\n"
        "2. Ông Lê Văn Hải, Phó Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ, "
        "Sở Nội vụ;\n"
        "3. Ông Phạm Văn Bình, Phó Trưởng phòng thu, Chi cục Thuế khu vực III;\n"
        "4. Ông Trần Văn Nam, Trưởng phòng Xây dựng chính quyền và công tác thanh niên.")
    assert pos["Nguyễn Thị Lan"] == [
        ("Trưởng phòng", "Cải cách hành chính và Văn thư, lưu trữ, Sở Nội vụ")]
    assert pos["Lê Văn Hải"] == [
        ("Phó Trưởng phòng", "Tổ chức, biên chế và tổ chức phi chính phủ, Sở Nội vụ")]
    assert pos["Phạm Văn Bình"] == [("Phó Trưởng phòng", "thu, Chi cục Thuế khu vực III")]
    assert pos["Trần Văn Nam"] == [
        ("Trưởng phòng", "Xây dựng chính quyền và công tác thanh niên")]


def test_section_name_stops_before_a_verb() -> None:
    pos = _positions("1. Ông Lê Văn Hải, Trưởng phòng Tổng hợp, chủ trì, phối hợp thực hiện.")
    assert pos["Lê Văn Hải"] == [("Trưởng phòng", "Tổng hợp")]


def test_steering_board_number_with_its_local_suffix() -> None:
    doc = _doc("1. Văn phòng Ban Chỉ đạo 389/ĐP tỉnh tổng hợp tình hình.\n"
               "2. Ban Chỉ đạo 389/ĐP tỉnh chỉ đạo các lực lượng chức năng.")
    names = {a.name for a in doc.agencies}
    assert {"Văn phòng Ban Chỉ đạo 389/ĐP tỉnh", "Ban Chỉ đạo 389/ĐP tỉnh"} <= names
    assert doc.assignments[0].actor == "Văn phòng Ban Chỉ đạo 389/ĐP tỉnh"
