"""Places of the old map in archive documents: districts that ended before the
gazetteer's list (January 2025), numbered districts, and the Party committees named
by their unit (round 15, family GZ)."""

from __future__ import annotations

import vbcd
from vbcd.extract.places import find_places
from vbcd.grammar import load


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.kind, p.province) for p in find_places(text)}


def test_former_district_after_prefix_carries_its_province() -> None:
    got = _places("UBND thị xã Cửa Lò chủ trì bảo đảm an ninh tại các bãi tắm.")
    assert got["Cửa Lò"] == ("town", "Nghệ An")
    got = _places("Năm 2017, Huyện ủy và UBND huyện Hoành Bồ rà soát quỹ đất.")
    assert got["Hoành Bồ"] == ("district", "Quảng Ninh")
    got = _places("UBND huyện Tiên Sơn và UBND huyện Gia Lương quản lý kinh phí sửa đê.")
    assert got["Tiên Sơn"] == ("district", "Bắc Ninh")
    assert got["Gia Lương"] == ("district", "Bắc Ninh")


def test_bare_former_district_in_a_document_naming_its_province() -> None:
    text = ("Trong dịp nghỉ lễ, Cửa Lò đón 250 nghìn lượt khách; tỉnh Nghệ An yêu cầu "
            "bảo đảm vệ sinh an toàn thực phẩm tại Cửa Lò.")
    got = find_places(text)
    cua_lo = next(p for p in got if p.name == "Cửa Lò")
    assert len(cua_lo.mentions) == 2
    assert cua_lo.province == "Nghệ An"
    # the province unnamed, a bare name stays unread, as the gazetteer's districts do
    assert "Cửa Lò" not in _places("Các đoàn khách du lịch tại Cửa Lò được hướng dẫn.")


def test_former_districts_listed_after_a_plural_prefix() -> None:
    got = _places("Các huyện Phục Hòa, Quảng Uyên, Trà Lĩnh và Thông Nông được hỗ trợ "
                  "xây nhà cho hộ nghèo.")
    for name in ("Phục Hòa", "Quảng Uyên", "Trà Lĩnh", "Thông Nông"):
        assert got[name] == ("district", "Cao Bằng")


def test_numbered_district_lies_in_ho_chi_minh_city() -> None:
    got = _places("Ủy ban nhân dân Quận 2 và Ủy ban nhân dân Quận 9 báo cáo tiến độ bồi thường.")
    assert got["Quận 2"] == ("district", "Hồ Chí Minh")
    assert got["Quận 9"] == ("district", "Hồ Chí Minh")
    got = _places("UBND các quận 1, 3, 5 thực hiện kiểm tra.")
    assert got["Quận 3"] == ("district", "Hồ Chí Minh")
    # a numbered ward's province is not known from its number
    assert _places("UBND Phường 3 tổ chức họp dân.")["Phường 3"] == ("ward", None)


def test_same_named_district_takes_the_province_the_document_names() -> None:
    text = ("Tuyến đường đi qua địa bàn huyện Kỳ Sơn; UBND tỉnh Hòa Bình giao Sở Giao "
            "thông vận tải kiểm tra.")
    # (spelt as the document spells the province)
    assert _places(text)["Kỳ Sơn"] == ("district", "Hòa Bình")
    text = "UBND huyện Kỳ Sơn, tỉnh Nghệ An đưa học sinh bán trú về trường."
    assert _places(text)["Kỳ Sơn"] == ("district", "Nghệ An")


def test_party_committees_name_their_unit() -> None:
    text = ("Ban Thường vụ Tỉnh ủy Vĩnh Phú yêu cầu Huyện ủy Mê Linh, Thành ủy Việt Trì "
            "và Thị ủy Vĩnh Yên bảo đảm an ninh trật tự trong dịp Tết.")
    got = _places(text)
    assert got["Vĩnh Phú"][0] == "province"
    assert got["Mê Linh"] == ("district", "Hà Nội")
    assert got["Việt Trì"] == ("city", "Phú Thọ")
    assert got["Vĩnh Yên"] == ("city", "Vĩnh Phúc")
    got = _places("Đề nghị Ban Thường vụ Huyện ủy Năm Căn chỉ đạo rà soát.")
    assert got["Năm Căn"] == ("district", "Cà Mau")
    got = _places("Thị ủy Cửa Lò chỉ đạo các tổ chức đoàn thể tuyên truyền.")
    assert got["Cửa Lò"] == ("town", "Nghệ An")


def test_party_committees_without_a_known_unit_give_no_place() -> None:
    text = ("Đồng chí Tỉnh ủy viên, Bí thư Huyện ủy chủ trì. Các Huyện ủy, Thành ủy, Thị "
            "ủy tổ chức quán triệt; Huyện ủy Ban Chấp hành Đảng bộ huyện thực hiện.")
    assert find_places(text) == []


def test_committee_in_a_capitals_header_is_no_place_of_the_body() -> None:
    text = ("TỈNH ỦY VĨNH PHÚ\n*\nSố 15-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Việt Trì, ngày 08 tháng 01 năm 1992\n\nCHỈ THỊ\nVề công tác chuẩn bị Tết\n\n"
            "1. Huyện ủy Tam Đảo chăm lo đời sống các gia đình chính sách.\n")
    names = {p.name for p in vbcd.parse(text).places}
    assert names == {"Tam Đảo"}


def test_power_unit_of_a_former_town_is_an_agency() -> None:
    text = ("1. UBND thị xã Cửa Lò chủ trì, phối hợp với Điện lực Cửa Lò bảo đảm cấp "
            "điện cho các khu sơ tán.\n")
    spans = {text[a.start:a.end] for a in vbcd.parse(text).agencies}
    assert "Điện lực Cửa Lò" in spans


def test_a_2025_commune_named_after_a_former_district_stays_a_commune() -> None:
    got = _places("UBND xã Thông Nông phối hợp với UBND xã Trà Lĩnh giải quyết vụ việc.")
    assert got["Thông Nông"] == ("commune", None)
    assert got["Trà Lĩnh"] == ("commune", None)


def test_former_district_table_is_sound() -> None:
    places, gazetteer = load("places"), load("gazetteer")
    provinces = {str(p["name"]) for p in gazetteer["province"]}
    current = {(str(d["name"]), str(d["province"])) for d in gazetteer["district"]}
    units = places["former_districts"]["units"]
    assert units
    for u in units:
        assert u["kind"] in ("district", "town", "city")
        assert u["province"] in provinces
        assert (u["name"], u["province"]) not in current  # ended before the list
        assert 1976 <= u["ended"] <= 2025
    # each committee's word is a level word and ``ủy`` (the scan starts at ``ủy``)
    for word, levels in places["committees"].items():
        assert word.split()[1] == "ủy" and len(word.split()) == 2
        assert set(levels) <= {"province", "district"}
