"""Places and countries (vbcd.extract.places) on real snippets of the corpus."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vbcd.extract import places
from vbcd.extract.places import find_places
from vbcd.grammar import load
from vbcd.models import Place
from vbcd.normalize import fold_tones, normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def names(text: str, **kw: bool) -> list[str]:
    return [p.name for p in find_places(text, **kw)]


def by_name(text: str) -> dict[str, Place]:
    return {p.name: p for p in find_places(text)}


# --- prefix words ------------------------------------------------------------------


def test_prefix_words_give_the_name_without_the_prefix() -> None:
    text = ("Xem xét phân cấp, ủy quyền cho thị xã Đông Triều, thành phố Hạ Long được chủ "
            "động mua sắm vật tư")
    places = by_name(text)
    assert list(places) == ["Đông Triều", "Hạ Long"]
    assert places["Đông Triều"].kind == "town"
    assert places["Hạ Long"].kind == "city"
    assert places["Hạ Long"].province == "Quảng Ninh"  # from the gazetteer
    m = places["Đông Triều"].mentions[0]
    assert text[m.start:m.end] == "Đông Triều"


def test_commune_and_district_prefixes() -> None:
    text = ("đã phát sinh 17 ca dương tính với Sars-Cov-2 mới tại địa bàn huyện Nam Sách. "
            "chính sách hỗ trợ cho người dân xã Sơn Lôi và các trường hợp")
    places = by_name(text)
    assert places["Nam Sách"].kind == "district"
    assert places["Nam Sách"].province == "Hải Dương"
    assert places["Sơn Lôi"].kind == "commune"


def test_an_island_district() -> None:
    places = by_name("Tàu thuyền về neo đậu tại huyện đảo Lý Sơn và huyện đảo Cồn Cỏ.")
    assert {n: p.kind for n, p in places.items()} == {"Lý Sơn": "district", "Cồn Cỏ": "district"}


def test_village_and_chain_of_units() -> None:
    text = ("một số nơi ở Huế, Đà Nẵng trên 200mm (ngày 14/11/2025 cũng đã xảy ra sạt lở "
            "đất quy mô lớn tại thôn\nPứt, xã Hùng Sơn, thành phố Đà Nang ngay khi trời "
            "không có mưa)")
    places = by_name(text)
    assert list(places) == ["Huế", "Đà Nẵng", "Pứt", "Hùng Sơn"]
    # the misspelt "Đà Nang" is a mention of Đà Nẵng, named as the gazetteer spells it
    assert [m.text for m in places["Đà Nẵng"].mentions] == ["Đà Nẵng", "Đà Nang"]
    assert places["Hùng Sơn"].province == "Đà Nẵng"
    assert places["Pứt"].province == "Đà Nẵng"
    assert names("tại thôn Pứt, xã Hùng Sơn, thành phố Đà Nang") == [
        "Pứt", "Hùng Sơn", "Đà Nang"]  # alone, the document's spelling stands


@pytest.mark.parametrize(
    "text",
    [
        "kinh nghiệm một số tỉnh, thành phố khác đã làm về mô hình",
        "xác định cụ thể bản đồ an toàn đến 100% xã, phường, thị trấn của toàn tỉnh.",
        "Giao đồng chí Nguyễn Tường Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Phó Trưởng ban",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
        "Các huyện, thị, thành ủy và đảng ủy trực thuộc tỉnh,",
        "Bộ Lao động - Thương binh và Xã hội về việc đào tạo",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\nKhẩn trương rà soát, sửa đổi",
        "ủy quyền cho Tỉnh Đoàn và Huyện Đội thực hiện",
        "Trung tâm phục vụ hành chính công cấp xã\nViệc chứng thực các giao dịch",
        "Điều 2. Trách nhiệm Sở\nNội vụ; UBND các xã, phường\n1. Sở Nội vụ",
        "- VP Đoàn ĐBQH&HĐND TP VP UBND TP;",
    ],
)
def test_generic_uses_are_not_places(text: str) -> None:
    assert names(text) == []


def test_news_agency_and_cooperative_are_not_communes() -> None:
    assert names("Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam kịp thời thông tin") == []
    assert names("hỗ trợ hợp tác xã Tân Phú mở rộng sản xuất") == []


def test_rural_in_an_organ_name_is_no_village() -> None:
    """``nông thôn`` (rural) in a ministry's, a department's or a bank's name is no
    ``thôn`` (village) before the place that closes the name."""
    assert names("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) "
                 "chủ trì") == []
    found = by_name("Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh báo cáo")
    assert list(found) == ["Hà Tĩnh"] and found["Hà Tĩnh"].kind == "province"
    assert names("họp tại nhà văn hóa thôn Tân Lập") == ["Tân Lập"]


@pytest.mark.parametrize(("text", "expected"), [
    ("kiểm tra tại bản Nà Hẩu, xã Sìn Hồ", ["Nà Hẩu", "Sìn Hồ"]),
    ("làm việc tại buôn Ako Dhông, phường Buôn Ma Thuột", ["Ako Dhông", "Buôn Ma Thuột"]),
    ("trình bày tại plei Ốp.", ["Ốp"]),
    ("chùa Khmer ở sóc Tà Nốt, xã Tri Tôn", ["Tà Nốt", "Tri Tôn"]),
])
def test_villages_of_the_mountain_and_minority_areas(text: str, expected: list[str]) -> None:
    """``bản``, ``buôn``, ``plei``, ``sóc`` name villages as ``thôn`` and ``ấp`` do."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Theo văn bản Hướng dẫn số 12 của Bộ, nộp 01 bản Giấy chứng nhận",
    "gửi kèm bản Dự thảo Quyết định và bản Đăng ký thi đua",
    "đọc bản Tuyên ngôn Độc lập; bản Dự Thảo Nghị quyết",
    "thác Bản Giốc là di tích",
])
def test_copies_and_capitalised_village_words_are_no_villages(text: str) -> None:
    """A copy (``bản Dự thảo``: a one-word capitalised noun, or a title-case document
    name) is no village; capitalised, the village words open a name (``Bản Giốc``)."""
    assert names(text) == []
    assert names("tại thành phố Buôn Ma Thuột và tỉnh Sóc Trăng") == [
        "Buôn Ma Thuột", "Sóc Trăng"]


def test_person_after_an_organ_prefix_is_not_a_place() -> None:
    text = "Kết luận của Chủ tịch\nUBND tỉnh Trần Duy Đông tại Phiên họp UBND tỉnh"
    assert names(text) == []


def test_name_after_prefix_stops_at_a_gazetteer_name() -> None:
    assert names("Quyết định số 102/QĐ-UBND của Chủ tịch UBND tỉnh Bắc Giang Công bố") == [
        "Bắc Giang"]
    assert names("Kính gửi: Thuế\ntỉnh Quảng Ninh\nCục Thuế nhận được công văn") == [
        "Quảng Ninh"]


def test_table_of_communes_one_per_line() -> None:
    text = "Thị trấn Châu Thành\nXã Trí Bình\nXã Thái Bình\nXã Đồng Khởi\n"
    places = by_name(text)
    assert list(places) == ["Châu Thành", "Trí Bình", "Thái Bình", "Đồng Khởi"]
    assert places["Thái Bình"].kind == "commune"  # not the province of that name


def test_numbered_units_keep_their_prefix() -> None:
    text = "(120 Hoàng Hoa Thám, phường 7, quận Bình Thạnh, TP Hồ Chí Minh);"
    assert names(text) == ["Phường 7", "Bình Thạnh", "Hồ Chí Minh"]


def test_plural_prefix_opens_a_list() -> None:
    assert names("Khu vực Thọ Sơn thuộc các xã Thọ Sơn, Bù Đăng và Phước Sơn; Khu vực") == [
        "Thọ Sơn", "Bù Đăng", "Phước Sơn"]
    assert names("các tỉnh Quảng Ninh, Hải Dương, Bộ Y tế") == ["Quảng Ninh", "Hải Dương"]


@pytest.mark.parametrize(("text", "want"), [
    ("Hỗ trợ các xã Tân Phú, Tân Hòa và Phú Lợi bị thiệt hại do lũ.",
     ["Tân Phú", "Tân Hòa", "Phú Lợi"]),
    ("Đề nghị UBND các xã Xuân Lộc, Xuân Hòa, Xuân Thọ chủ động sơ tán dân.",
     ["Xuân Lộc", "Xuân Hòa", "Xuân Thọ"]),
    ("Kiểm tra tại các phường Hồng Hải, Hồng Gai và Bạch Đằng trong tháng 5.",
     ["Hồng Hải", "Hồng Gai", "Bạch Đằng"]),
    # a lower-case word that may go on with an organ's name still ends the list
    ("các tỉnh Quảng Ninh, Hải Dương, Ban quản lý dự án", ["Quảng Ninh", "Hải Dương"]),
])
def test_the_last_listed_name_may_be_followed_by_the_sentence(
        text: str, want: list[str]) -> None:
    assert names(text) == want


def test_abbreviated_city_prefix() -> None:
    assert names("người dân đến từ TP.HCM và Tp. Cần Thơ") == ["Hồ Chí Minh", "Cần Thơ"]


# --- bare gazetteer names ------------------------------------------------------------


def test_bare_provinces_across_line_breaks() -> None:
    text = ("Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh\n"
            "Bình, Bắc Ninh, Phú Thọ, Tuyên Quang.")
    assert names(text) == ["Hưng Yên", "Ninh Bình", "Bắc Ninh", "Phú Thọ", "Tuyên Quang"]


def test_bare_names_only_as_whole_capitalised_runs() -> None:
    assert names("hợp tác trên Thái Bình Dương") == []
    text = "kết luận của Phó Thủ tướng Thường trực Phạm Bình Minh về kế hoạch; tỉnh Vĩnh Long"
    assert names(text) == ["Vĩnh Long"]  # Bình Minh (a town of Vĩnh Long) is a person here
    assert names("Tại Quảng Ninh, từ ngày 27/01/2021") == ["Quảng Ninh"]


def test_tone_placement_and_case_variants_merge() -> None:
    places = find_places("tỉnh Khánh Hoà và phía đông tỉnh Khánh Hòa; KHÁNH HÒA nói chung")
    assert len(places) == 1
    assert places[0].name == "Khánh Hoà"  # the document's first spelling
    assert len(places[0].mentions) == 3


def test_old_and_new_names_of_hue_are_one_place() -> None:
    places = find_places("tỉnh Thừa Thiên Huế (nay là thành phố Huế)")
    assert [p.name for p in places] == ["Huế"]
    assert [m.text for m in places[0].mentions] == ["Thừa Thiên Huế", "Huế"]


def test_hyphenated_province() -> None:
    assert names("tỉnh Bà Rịa - Vũng Tàu và Bà Rịa-Vũng Tàu") == ["Bà Rịa - Vũng Tàu"]


@pytest.mark.parametrize("wrap", [" - \n", " -\n", "-\n", " – \n"])
def test_hyphenated_province_wrapped_after_its_dash(wrap: str) -> None:
    text = f"gồm các tỉnh, thành phố: Đồng Nai, Bà Rịa{wrap}Vũng Tàu, Long An và Cần Thơ"
    found = find_places(text)
    assert [regex.sub(r"\s*[-–]\s*", " - ", p.name) for p in found] == [
        "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Cần Thơ"]
    assert found[1].kind == "province"


def test_bare_district_needs_its_province_in_the_document() -> None:
    text = "tại các địa phương Vân Đồn (liên quan đến Cảng hàng không), Cẩm Phả, Uông Bí"
    assert names(text) == []
    assert names("Tại Quảng Ninh, " + text) == ["Quảng Ninh", "Vân Đồn", "Cẩm Phả", "Uông Bí"]


def test_bare_district_placed_in_another_province_is_not_that_district() -> None:
    text = "tỉnh Tuyên Quang; + Cửa khẩu cảng Vũng Áng, Sơn Dương, tỉnh Hà Tĩnh;"
    assert "Sơn Dương" not in names(text)


def test_name_seen_after_a_prefix_is_found_bare_too() -> None:
    text = ("nặng nề nhất là thị xã Đông Triều. Cấp tỉnh dừng các cuộc họp tại các "
            "địa phương: Đông Triều, Vân Đồn")
    places = by_name(text)
    assert len(places["Đông Triều"].mentions) == 2
    assert "Vân Đồn" in places  # a gazetteer name in a list after "địa phương:"


def test_name_before_its_province_in_brackets() -> None:
    text = "một số nơi ở Huế, Đà Nẵng trên 200mm, cá biệt tại Hồng Thái (Huế) gần 400mm."
    places = by_name(text)
    assert places["Hồng Thái"].province == "Huế"


def test_city_abroad_before_its_country_in_brackets() -> None:
    assert names("Hành khách về từ Vũ Hán (Trung Quốc) phải cách ly.") == [
        "Vũ Hán", "Trung Quốc"]
    assert names("làm việc tại Seoul (Hàn Quốc)") == ["Seoul", "Hàn Quốc"]
    assert names("tại Công ty Samsung (Hàn Quốc)") == ["Hàn Quốc"]  # an organ
    assert names("tại Luân Đôn (Anh)") == []  # "Anh" alone supports nothing


def test_a_market_is_no_blocker() -> None:
    """``trường`` (a school) blocks the name after it, but not in ``thị trường``."""
    assert names("Đẩy mạnh xuất khẩu sang thị trường Hoa Kỳ, Nhật Bản.") == [
        "Hoa Kỳ", "Nhật Bản"]
    assert names("giữ vững thị trường Mỹ, EU") == ["Mỹ"]
    assert names("học sinh trường Hà Nội - Amsterdam") == []


def test_name_after_a_blocker_word_is_not_a_place() -> None:
    text = "- Chủ tịch UBND tỉnh Nghệ An;\n- Phó Chủ tịch UBND tỉnh (đ/c Vinh);"
    assert names(text) == ["Nghệ An"]
    assert names("tỉnh Hà Nam; khởi công đường Hà Nội mới") == ["Hà Nam"]


# --- countries --------------------------------------------------------------------------


def test_countries() -> None:
    text = ("chuẩn bị các điều kiện để sẵn sàng tiếp nhận các công dân là người Vĩnh Phúc "
            "từ Trung Quốc trở về; các mặt hàng nhập khẩu từ Lào về Việt Nam")
    places = by_name(text)
    assert list(places) == ["Vĩnh Phúc", "Trung Quốc", "Lào", "Việt Nam"]
    assert places["Trung Quốc"].kind == "country"


@pytest.mark.parametrize(
    "text",
    [
        "chỉ đạo Sở Y tế phối hợp chặt chẽ với Bệnh viện Việt Nam - Thụy Điển trong công tác",
        "8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt\nNam, Thông tấn xã Việt Nam kịp thời",
        "2. Giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh là đầu mối tổ chức tiếp nhận",
        "- Ủy ban Trung ương MTTQ Việt Nam;",
        "Thành uỷ Hà Nội; Hội Bảo vệ quyền trẻ em Việt\nNam; Văn phòng",
        "theo Đề nghị của Thống đốc Ngân hàng Nhà nước Việt Nam tại Tờ trình",
        "phối hợp với Đài truyền hình Việt Nam, Tập đoàn",
        "đề nghị Đại sứ quán Việt Nam tại Lào hỗ trợ công dân",
        "Tổng Lãnh sự quán Việt Nam tại Côn Minh thông báo",
    ],
)
def test_country_inside_an_organ_name_is_not_counted(text: str) -> None:
    assert "Việt Nam" not in names(text)
    assert "Thụy Điển" not in names(text)


def test_territories_named_like_countries() -> None:
    assert names("Người lao động làm việc tại Đài Loan (Trung Quốc) và Ma-lai-xi-a.") == [
        "Đài Loan", "Trung Quốc", "Ma-lai-xi-a"]
    assert names("hành khách nhập cảnh từ Hồng Kông, Ma Cao") == ["Hồng Kông", "Ma Cao"]
    assert names("phối hợp với Đài Truyền hình Đài Loan") == []  # inside an organ's name


def test_country_as_a_place() -> None:
    assert names("Quản trị kinh doanh ở Việt Nam xếp vị trí 81/100") == ["Việt Nam"]
    assert names("đối với người nhập cảnh Việt Nam (trừ trường hợp") == ["Việt Nam"]
    assert names("công dân Việt Nam, người Việt Nam định cư ở nước ngoài") == ["Việt Nam"]


def test_ambiguous_country_names_need_a_cue() -> None:
    assert names("dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát") == []
    assert names("Ý kiến của Bộ Tư pháp") == []
    assert names("hợp tác với Pháp và Đức, Nhật Bản") == ["Pháp", "Đức", "Nhật Bản"]
    assert names("Anh, Pháp và Hàn Quốc") == ["Anh", "Pháp", "Hàn Quốc"]  # a list of countries
    assert names("ông Đức, bà Nga") == []


def test_a_province_named_after_a_person_needs_its_prefix() -> None:
    """Bare, ``Hồ Chí Minh`` is the person or his thought; the city has its prefix
    word or its abbreviation. ``bà mẹ Việt Nam anh hùng`` is a title of honour."""
    assert names("122 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2012)") == []
    assert names("làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh") == []
    assert names("thăm hỏi bà mẹ Việt Nam anh hùng, gia đình chính sách") == []
    assert names("đến Thành phố Hồ Chí Minh") == names("đến TP.HCM") == ["Hồ Chí Minh"]


def test_ward_district_and_town_initials_before_an_address_part() -> None:
    """``P.`` (phường), ``Q.`` (quận) and ``TT.`` (thị trấn), glued to the name or
    dotted before it, name a place when a number, a gazetteer name or the next part
    of an address supports them; a person's initial does not."""
    places = by_name("Địa chỉ: KCX Tân Thuận, P.Tân Thuận Đông, Q.7, TP.Hồ Chí Minh.")
    assert list(places) == ["Tân Thuận Đông", "Quận 7", "Hồ Chí Minh"]
    assert places["Tân Thuận Đông"].kind == "ward"
    assert places["Quận 7"].kind == "district"
    assert names("152 Quang Trung, P.Ngọc Trạo, TP.Thanh Hóa)") == ["Ngọc Trạo", "Thanh Hóa"]
    assert names("đường Phạm Hùng, P. Mễ Trì, Q. Nam Từ Liêm, TP Hà Nội.") == [
        "Mễ Trì", "Nam Từ Liêm", "Hà Nội"]
    assert by_name("TT. Trâu Quỳ, huyện Gia Lâm")["Trâu Quỳ"].kind == "town"
    assert names("Ông P. Nguyễn Văn An, Giám đốc Sở") == []
    assert names("(Đ/c: P. 1031, tòa nhà Pacific, Hoàn Kiếm, Hà Nội)") == ["Hoàn Kiếm", "Hà Nội"]
    assert names("Kính gửi: Sở Y tế TT Huế") == ["Huế"]


def test_commune_and_district_initials_in_an_address() -> None:
    """``X.`` (xã) and ``H.`` (huyện) abbreviate an address like ``P.`` and ``Q.``."""
    assert names("Địa chỉ: thôn 2, X. Tân Phú, H. Đồng Phú, T. Bình Phước") == [
        "Thôn 2", "Tân Phú", "Đồng Phú", "Bình Phước"]
    assert names("Trụ sở tại H. Tiên Yên.") == ["Tiên Yên"]
    assert names("Ông H. Nguyễn Văn An, Giám đốc Sở") == []


def test_an_abbreviated_prefix_wrapped_at_its_dot() -> None:
    """``TP.`` at a line end and the name on the next line (a narrow column)."""
    assert names("181 Nguyễn Đình Chiểu, phường Xuân Hòa, TP.\nHồ Chí Minh);") == [
        "Xuân Hòa", "Hồ Chí Minh"]
    assert names("do TP.\nSở Y tế chủ trì") == []


def test_a_plural_prefix_pair_opens_a_list() -> None:
    """``các tỉnh, thành phố X, Y`` and ``các tỉnh/thành phố X, Y``: the second prefix
    word is plural too; without ``các`` it names one place."""
    assert names("các tỉnh, thành phố Hà Nội, Hồ Chí Minh, Đà Nẵng") == [
        "Hà Nội", "Hồ Chí Minh", "Đà Nẵng"]
    assert names("các huyện/thị xã Tiên Yên, Ba Chẽ và Bình Liêu") == [
        "Tiên Yên", "Ba Chẽ", "Bình Liêu"]
    assert names("tỉnh, thành phố Hà Nội, Hồ Chí Minh") == ["Hà Nội"]


def test_transliterated_country() -> None:
    text = "đã ký chính thức tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày 24/8/2006;"
    # the capital before its country is a place abroad too (round 16)
    assert names(text) == ["Ku-a-la Lăm-pơ", "Ma-lai-xi-a"]


# --- header, regions ---------------------------------------------------------------------


def test_header_lines_and_issue_place_are_not_body_places() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n"
        "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 4240/UBND-VX\n*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*\n"
        "Kính gửi:\n- Ủy ban nhân dân các xã, phường và đặc khu.\n"
    )
    assert names(normalize(text).text) == []


def test_ocr_header_issue_place() -> None:
    text = "sốl 0688/BYT-MT Hà Nội, ngàyló thảngU năm 2021\nV/v phòng, chống dịch"
    assert names(text) == []


def test_caps_run_inside_a_mixed_line_is_a_header() -> None:
    text = ("Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ "
            "DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2022 ỦY BAN NHÂN DÂN TỈNH TÂY NINH\n"
            "Theo đề nghị của UBND huyện Châu Thành tại Tờ trình")
    assert names(text) == ["Châu Thành"]


def test_regions_only_on_request() -> None:
    text = "mưa lớn liên tục tại khu vực Trung Bộ, Tây Nguyên"
    assert names(text) == []
    places = find_places(text, regions=True)
    assert [(p.name, p.kind) for p in places] == [("Trung Bộ", "region"), ("Tây Nguyên", "region")]


# --- data and robustness --------------------------------------------------------------------


def test_gazetteer_covers_both_maps() -> None:
    g = load("gazetteer")
    assert len(g["province"]) == 63
    assert len(g["district"]) == 696
    t = load("places")
    assert len(t["map_2025"]["cities"]) + len(t["map_2025"]["provinces"]) == 34
    assert len(t["country"]) >= 190


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "tỉnh", "xã ", "-- , ; ()", "Phường"])
def test_damaged_input(text: str) -> None:
    assert find_places(text) == []


def test_linear_time() -> None:
    """1 MB of prefix words and names; twice the input must take about twice the time."""
    unit = "tỉnh Quảng Ninh, xã, phường, thị trấn Việt Nam tỉnh "
    big = unit * (1_000_000 // len(unit))
    small = unit * (250_000 // len(unit))
    t0 = time.perf_counter()
    find_places(small)
    t1 = time.perf_counter()
    places = find_places(big)
    t2 = time.perf_counter()
    assert t2 - t1 < 120
    assert (t2 - t1) < 8 * max(t1 - t0, 0.05)  # quadratic would be 16x
    assert {p.name for p in places} == {"Quảng Ninh", "Việt Nam"}
    assert find_places("tỉnh " * 200_000) == []


# --- over the corpus ---------------------------------------------------------------------


def _fixture_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        out.append((path.name, normalize(path.read_text(encoding="utf-8")).text))
    return out


@pytest.fixture(scope="module")
def fixtures() -> list[tuple[str, str]]:
    return _fixture_texts()


def test_spans_slice_to_mentions_over_all_fixtures(fixtures: list[tuple[str, str]]) -> None:
    assert len(fixtures) > 100
    for name, text in fixtures:
        for place in find_places(text):
            assert place.mentions, name
            assert (place.start, place.end) == (place.mentions[0].start, place.mentions[0].end)
            for m in place.mentions:
                assert text[m.start:m.end] == m.text, (name, place.name, m)
            starts = [m.start for m in place.mentions]
            assert starts == sorted(starts)


def test_gold_places_of_seeds_and_dev() -> None:
    """Micro P/R over the hand-annotated documents (regression guard, see the report)."""
    tp = fp = fn = 0
    for gold_path in sorted(CORPUS.glob("*/gold/*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "places" not in gold or gold_path.parent.parent.name == "silver":
            continue
        txt = gold_path.parent.parent / (gold_path.stem + ".txt")
        text = normalize(txt.read_text(encoding="utf-8")).text
        pred = {p.name for p in find_places(text)}
        want = set(gold["places"] or [])
        tp += len(pred & want)
        fp += len(pred - want)
        fn += len(want - pred)
    assert tp + fn > 30
    assert tp / (tp + fn) >= 0.95
    assert tp / (tp + fp) >= 0.9


# --- syllables ------------------------------------------------------------------------

_SYLLABLE_TEXTS = [
    "Cư M'gar, Đắk R’lấp  Cam-pu-chia\n\nCOVID-\n19 A&B trưởngBộ CổngTTĐT\t“Hà Nội”…",
    "  \n x\u0301a Ha\u0300 Nội\u00a0Huế\x1cVinh — (TP.HCM) BR-VT a-b'c a'-b 'x' -y- &z",
    "",
]


def _pattern_syllables(text: str) -> tuple[list[int], list[str]]:
    found = list(places._SYLLABLE.finditer(text))
    return [m.start() for m in found], [m.group() for m in found]


@pytest.mark.parametrize("text", _SYLLABLE_TEXTS)
def test_syllables_read_off_the_word_tokens_are_the_pattern_matches(text: str) -> None:
    assert places._syllables(text) == _pattern_syllables(text)


def test_syllables_of_every_fixture_are_the_pattern_matches() -> None:
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        text = fold_tones(normalize(path.read_text(encoding="utf-8")).text)
        assert places._syllables(text) == _pattern_syllables(text), path.name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBđỦ1 \n\t,.-‐'’&()/\u0301\u00a0:")), max_size=40))
def test_syllables_of_any_text_are_the_pattern_matches(text: str) -> None:
    assert places._syllables(text) == _pattern_syllables(text)


def test_hyphen_joined_syllables_share_the_capital() -> None:
    """``Cam-pu-chia``: a syllable joined by a hyphen to a capitalised one counts as
    capitalised, so the name is found whole (and ``pu`` alone is not a name start)."""
    assert names("Hợp tác với Cam-pu-chia và Lào") == ["Cam-pu-chia", "Lào"]


def test_what_str_isalpha_calls_a_letter_regex_does_too() -> None:
    """What the header-line test relies on when it counts letters with str.isalpha."""
    letter = regex.compile(r"\p{L}")
    for code in range(0x30000):
        ch = chr(code)
        if ch.isalpha():
            assert letter.match(ch), hex(code)


def test_header_lines_and_runs_in_capitals_are_not_the_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nCăn cứ ý kiến của tỉnh Bắc Ninh về việc"
        " CÔNG BỐ DỊCH COVID TẠI TỈNH HẢI DƯƠNG và huyện Tiên Yên"
    )
    assert names(text) == ["Bắc Ninh", "Tiên Yên"]


def test_a_plural_prefix_and_a_colon_open_a_list() -> None:
    def names(text: str) -> list[tuple[str, str]]:
        return [(p.name, p.kind) for p in find_places(text)]

    assert names("UBND các xã: Tam Hải, Tam Quang, Tam Giang.") == [
        ("Tam Hải", "commune"), ("Tam Quang", "commune"), ("Tam Giang", "commune")]
    assert names("các huyện: Tiên Yên, Ba Chẽ và Bình Liêu") == [
        ("Tiên Yên", "district"), ("Ba Chẽ", "district"), ("Bình Liêu", "district")]
    # without a plural the colon ends the prefix: a label, not a list
    assert names("xã: Tam Hải") == []


def test_a_gazetteer_name_may_start_with_an_organ_word() -> None:
    """``Hội`` after a prefix is an organ (``Xã Hội``) unless a known name starts
    with it (``thành phố Hội An``)."""
    assert [(p.name, p.kind) for p in find_places("UBND thành phố Hội An báo cáo.")] == [
        ("Hội An", "city")]
    assert find_places("Tỉnh Đoàn tổ chức, Xã Hội họp.") == []


def test_a_forms_placeholder_is_no_place() -> None:
    """``xã X``, ``Xã Y``: a lone capital after a prefix word fills a blank form."""
    import vbcd

    doc = vbcd.parse("1. Ủy ban nhân dân xã X và xã Y báo cáo. Phường 3, Quận 1, xã Đức Hợp.")
    assert [p.name for p in doc.places] == ["Phường 3", "Quận 1", "Đức Hợp"]


def test_a_region_after_a_level_word_is_no_province() -> None:
    """``các tỉnh Tây Nguyên``, ``các tỉnh Đồng bằng sông Cửu Long``: the level word names
    the provinces of a region, which is no administrative place (and not ``Đồng``)."""
    for text in ("Hỗ trợ các tỉnh Tây Nguyên và Tây Bắc.",
                 "Các tỉnh Đồng bằng sông Cửu Long chủ động ứng phó.",
                 "Các tỉnh Bắc Trung Bộ báo cáo."):
        assert find_places(text) == []
    assert [p.name for p in find_places("tỉnh Tây Ninh và tỉnh Bắc Ninh")] == [
        "Tây Ninh", "Bắc Ninh"]


def test_wards_named_after_people_and_districts_in_brackets() -> None:
    """Wards and communes are often named after a person (``phường Nguyễn Thái Bình``,
    ``xã Lê Minh Xuân``): after a commune's prefix the name is the place, unless an organ
    stands before the prefix (``Chủ tịch UBND xã Trần Văn Bình``: the official). A
    numbered district closing a bracket (``(Quận 4)``) is a place, not a clause marker."""
    assert names("các phường Nguyễn Cư Trinh, Cầu Kho và xã Lê Minh Xuân") == [
        "Nguyễn Cư Trinh", "Cầu Kho", "Lê Minh Xuân"]
    assert names("Chủ tịch UBND xã Trần Văn Bình phát biểu") == []
    assert names("phường Tân Định (Quận 1) và Phường 15 (Quận 4)") == [
        "Tân Định", "Quận 1", "Phường 15", "Quận 4"]


def test_a_numbered_district_may_end_a_paragraph() -> None:
    """``trên địa bàn Quận 1.`` at the end of a paragraph is a place; a number with a full
    stop that text follows, or on a line of its own, stays a clause marker."""
    assert names("Tăng cường kiểm tra trên địa bàn phường Bến Thành, Quận 1.\n"
                 "2. Sở Y tế") == ["Bến Thành", "Quận 1"]
    assert names("UBND các xã, phường 1. Sở Nội vụ") == []
    assert names("UBND các xã, phường\n1.\nSở Nội vụ") == []


def test_a_communes_number_ends_its_name() -> None:
    """Communes merged and numbered (``xã Đam Rông 1``, ``xã Bảo Lâm 5 (huyện ...)``)
    keep their number; a count after a name (``xã Tân Phú 2 thôn``) is not the name's."""
    assert names("xã Đồi 61, xã Đam Rông 1 và xã Bảo Lâm 5 (huyện Bảo Lâm); xã Tân Phú 2 "
                 "thôn.") == ["Đồi 61", "Đam Rông 1", "Bảo Lâm 5", "Bảo Lâm", "Tân Phú"]


def test_a_list_of_communes_goes_on_after_an_aside_and_before_thanh() -> None:
    """``các xã Vĩnh Hòa (thị xã Tân Châu), Phú Lộc và Vĩnh Xương thành xã mới``: the list
    goes on after the aside in brackets, whose place is read too, and its last item ends
    before ``thành``; a name may end with a letter (``Tăng Nhơn Phú A``)."""
    found = names("các xã Vĩnh Hòa (thị xã Tân Châu), Phú Lộc và Vĩnh Xương thành xã mới.")
    assert found == ["Vĩnh Hòa", "Tân Châu", "Phú Lộc", "Vĩnh Xương"]
    assert names("các phường Hiệp Phú, Tăng Nhơn Phú A và Tăng Nhơn Phú B") == [
        "Hiệp Phú", "Tăng Nhơn Phú A", "Tăng Nhơn Phú B"]
    assert names("các tỉnh Quảng Ninh, Hải Dương, Bộ Y tế thực hiện") == [
        "Quảng Ninh", "Hải Dương"]


def test_a_qualified_plural_prefix_opens_a_list_after_its_colon() -> None:
    """``các xã biên giới: A, B``, ``các xã khu vực III: A, B``: a qualifier between the
    plural prefix word and the colon; a sentence after such a colon is no list."""
    assert names("Hỗ trợ các xã đặc biệt khó khăn: Hoành Mô, Đồng Văn và Lục Hồn.") == [
        "Hoành Mô", "Đồng Văn", "Lục Hồn"]
    assert names("gồm 03 xã khu vực III: Đồng Tâm, Đồng Văn") == ["Đồng Tâm", "Đồng Văn"]
    assert names("UBND các xã thực hiện như sau: Tổ chức tuyên truyền") == []


def test_a_list_of_communes_grouped_by_district() -> None:
    """``các xã: A, B (huyện X); C, D (huyện Y)``: a semicolon after an aside starts the
    next group of the same list; anything else after it ends the list."""
    assert names("các xã: Quảng Tân, Quảng Sơn (huyện Hải Hà); Lục Hồn, Hoành Mô "
                 "(huyện Bình Liêu).") == [
        "Quảng Tân", "Quảng Sơn", "Hải Hà", "Lục Hồn", "Hoành Mô", "Bình Liêu"]
    assert names("các xã Tân Phú (huyện Đồng Phú); Sở Y tế chủ trì") == [
        "Tân Phú", "Đồng Phú"]


def test_a_hard_wrap_inside_a_communes_name_or_before_its_number() -> None:
    """Hard-wrapped text breaks lines inside names: ``xã Vĩnh Thạnh`` / ``Trung,`` is
    one commune when its item ends after the wrapped word, ``Phường`` / ``2`` one ward;
    a new sentence on the next line (``Tổ chức thực hiện``) is not the name's."""
    assert names("là xã Vĩnh Thạnh\nTrung, xã An Minh\nBắc và Phường\n2 (Quận 4).") == [
        "Vĩnh Thạnh Trung", "An Minh Bắc", "Phường 2", "Quận 4"]
    assert names("thuộc xã Vĩnh Thạnh\nTổ chức thực hiện ngay.") == ["Vĩnh Thạnh"]


def test_a_ward_named_by_two_names_joined_by_a_dash() -> None:
    """Wards merged in 2025 carry two names joined by a dash (``phường Xuân Hương - Đà
    Lạt``); a province after a commune (``xã Tân Hòa - Đồng Nai``) or a prefix word after
    the dash (``- Huyện Đồng Phú``) is another place."""
    assert names("phường Xuân Hương - Đà Lạt và phường Văn Miếu - Quốc Tử Giám.") == [
        "Xuân Hương - Đà Lạt", "Văn Miếu - Quốc Tử Giám"]
    assert names("UBND xã Tân Hòa - Đồng Nai; xã Tân Phú - Huyện Đồng Phú.") == [
        "Tân Hòa", "Đồng Nai", "Tân Phú", "Đồng Phú"]


@pytest.mark.parametrize("verb", ["Chỉ thị", "Quyết định", "Thông báo", "Kết luận"])
def test_the_enacting_verb_after_a_level_word_is_no_place(verb: str) -> None:
    assert names(f"Chủ tịch Ủy ban nhân dân\ntỉnh {verb}:\n1. Các sở triển khai ngay.\n") == []


def test_a_commune_named_like_a_word_still_reads() -> None:
    assert names("Tổ chức tại xã Quyết Thắng và xã Kế.\n") == ["Quyết Thắng", "Kế"]


@pytest.mark.parametrize("colon", [":", " :"])
def test_a_plural_prefixs_list_after_its_colon_with_or_without_a_blank(colon: str) -> None:
    assert names(f"Tổ chức tại các xã{colon} Tam Hải, Tam Quang.") == ["Tam Hải", "Tam Quang"]


@pytest.mark.parametrize("role", ["Tổ trưởng", "Thành viên", "Thư ký"])
def test_no_name_runs_across_a_table_cell_edge(role: str) -> None:
    """A tab parts a table's cells (normalisation makes it four blanks): the role in
    the cell after ``UBND tỉnh`` is no name of the province."""
    import vbcd

    text = f"1\tÔng Nguyễn Văn An\tPhó Chủ tịch UBND tỉnh\t{role}\n"
    assert [p.name for p in vbcd.parse(text).places] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Gieo sạ tại các xã Tân Xuân, Bảo Thạnh huyện Ba Tri.",
     ["Tân Xuân", "Bảo Thạnh", "Ba Tri"]),
    ("Các xã Tam Hải, Tam Quang thị xã Núi Thành sơ tán dân.",
     ["Tam Hải", "Tam Quang", "Núi Thành"]),
    ("UBND các xã Nam Thịnh, Nam Hưng, Thụy Xuân di dời dân.",
     ["Nam Thịnh", "Nam Hưng", "Thụy Xuân"]),
    ("UBND các xã Tân Xuân, Bảo Thạnh, Bảo Thuận chỉ đạo thu hoạch lúa.",
     ["Tân Xuân", "Bảo Thạnh", "Bảo Thuận"]),
])
def test_a_listed_communes_name_ends_before_its_district_or_its_task(
        text: str, expected: list[str]) -> None:
    """The last listed commune ends before the prefix word of the unit above it or
    before the verb of what the communes are told to do."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Phân vùng sản xuất trên địa bàn tỉnh Hà Sơn Bình.", ["Hà Sơn Bình"]),
    ("Các huyện của tỉnh Hà Nam Ninh thu hoạch lúa.", ["Hà Nam Ninh"]),
    ("Ủy ban nhân dân tỉnh Hoàng Liên Sơn chỉ đạo.", ["Hoàng Liên Sơn"]),
    ("Đoàn công tác làm việc tại tỉnh Quảng Nam - Đà Nẵng.", ["Quảng Nam - Đà Nẵng"]),
])
def test_a_province_of_the_1976_2008_map_after_its_prefix(
        text: str, expected: list[str]) -> None:
    """Archive documents name provinces since split: three syllables or a merged pair
    are one province, not a shorter one of today's map (``Hà Nam``)."""
    assert names(text) == expected


def test_a_former_province_that_is_also_a_given_name_needs_its_prefix() -> None:
    assert names("Đồng chí Nguyễn Minh Hải phát biểu.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bão làm sập nhà tại huyện Tương Dương, Kỳ Sơn, Con Cuông.",
     ["Tương Dương", "Kỳ Sơn", "Con Cuông"]),
    ("Giao UBND quận Ba Đình, Hoàn Kiếm, Đống Đa tổ chức thực hiện.",
     ["Ba Đình", "Hoàn Kiếm", "Đống Đa"]),
    ("Thí điểm tại xã Diễn Kỷ, Diễn Thành, Diễn Hoa, huyện Diễn Châu.",
     ["Diễn Kỷ", "Diễn Thành", "Diễn Hoa", "Diễn Châu"]),
    ("Tại phường Bến Nghé, Bến Thành, Quận 1.", ["Bến Nghé", "Bến Thành", "Quận 1"]),
    ("Sáp nhập xã Thanh Thủy, Thanh Hà và Thanh Lĩnh thuộc huyện Thanh Chương.",
     ["Thanh Thủy", "Thanh Hà", "Thanh Lĩnh", "Thanh Chương"]),
])
def test_names_listed_after_a_singular_level_word(text: str, expected: list[str]) -> None:
    """A singular prefix word opens a list too, when every item is a unit of its level
    and the list closes with the sentence, a verb or the unit above."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hộ ông A ở xã Diễn Kỷ, Sở Y tế đã kiểm tra.", ["Diễn Kỷ"]),
    ("Chủ tịch UBND xã Hưng Đông, Nguyễn Văn Hùng, báo cáo.", ["Hưng Đông"]),
    ("Trú tại xã Diễn Kỷ, Diễn Châu, Nghệ An.", ["Diễn Kỷ", "Diễn Châu", "Nghệ An"]),
    ("Phường 3, 5 hộ dân bị ngập.", ["Phường 3"]),
])
def test_a_singular_level_word_then_a_comma_lists_nothing_else(
        text: str, expected: list[str]) -> None:
    """A comma after a place also chains an address or goes on with a person or an
    organ: those are no items of a list (and keep their own levels)."""
    assert names(text) == expected
    if "Diễn Châu" in expected:
        got = by_name(text)
        assert (got["Diễn Kỷ"].kind, got["Diễn Châu"].kind) == ("commune", "district")


@pytest.mark.parametrize(("text", "expected"), [
    ("Rà soát tại các phường 1, 2, 3 Quận 4.",
     ["Phường 1", "Phường 2", "Phường 3", "Quận 4"]),
    ("Tổ chức tại các quận 1, 3, 10, Bình Thạnh và Phú Nhuận.",
     ["Quận 1", "Quận 3", "Quận 10", "Bình Thạnh", "Phú Nhuận"]),
])
def test_numbered_units_listed_after_a_plural_level_word(
        text: str, expected: list[str]) -> None:
    """``các quận 1, 3, 10``: numbers go on a list of numbered units."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Xử lý triệt để ổ dịch tại thôn 3, xã Hòa Bình.", ["Thôn 3", "Hòa Bình"]),
    ("Bệnh nhân trú tại xóm 5, xã Nghi Lộc.", ["Xóm 5", "Nghi Lộc"]),
    ("Gà con nở sau khi ấp 21 ngày.", []),
])
def test_numbered_villages(text: str, expected: list[str]) -> None:
    """``thôn 3``, ``xóm 5`` are numbered villages like ``khu phố 3``; ``ấp`` is also a
    verb with a count after it, so its number names nothing."""
    assert names(text) == expected
