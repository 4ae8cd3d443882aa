"""Places (round 16, PL): road names' ends, provinces in capitals in a table's rows,
a name's lower-case or lost syllable, a fully joined country spelling."""

from __future__ import annotations

import vbcd
from vbcd.extract.places import find_places


def _names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


def test_expressway_ends_are_places_of_any_province() -> None:
    # "Châu Thành" and "Long Xuyên" are districts of provinces the text does not name
    text = ("Ban Quản lý dự án đẩy nhanh tiến độ thi công Dự án đường cao tốc Châu Thành"
            " - Long Xuyên, bảo đảm thông xe trong năm 2025.")
    places = {p.name: p for p in find_places(text)}
    assert set(places) == {"Châu Thành", "Long Xuyên"}
    assert places["Long Xuyên"].province == "An Giang"


def test_expressway_ends_wrapped_and_chained() -> None:
    text = ("Các địa phương bàn giao mặt bằng dự án đường bộ cao tốc\nNha Trang - Cam Lâm"
            " và cao tốc Dầu Giây - Phan Thiết - Cửa khẩu Mộc Bài.")
    assert _names(text) == ["Nha Trang", "Cam Lâm", "Phan Thiết"]


def test_expressway_without_places_or_dash_names_none() -> None:
    assert _names("Đẩy nhanh dự án cao tốc Bắc - Nam phía Đông đoạn qua địa bàn.") == []
    # one end only: no road named by the places it joins
    assert _names("Khởi công tuyến cao tốc Cam Lâm vào quý III.") == []


def test_province_in_capitals_in_a_table_row() -> None:
    text = ("PHỤ LỤC\nMỨC HỖ TRỢ CHO CÁC ĐỊA PHƯƠNG\n\nSTT\n\nĐịa phương\n\nKinh phí\n\n"
            "1\n\nHÀ GIANG\n\n120.000\n\n2\n\nYÊN BÁI\n\n95.000\n\n3.\n\nQUẢNG BÌNH\n\n80.500\n")
    assert _names(text) == ["Hà Giang", "Yên Bái", "Quảng Bình"]


def test_header_lines_in_capitals_stay_out() -> None:
    # a province in capitals that follows no row number is a header's line
    text = ("ỦY BAN NHÂN DÂN TỈNH\nQUẢNG NINH\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
            "Kiểm tra công tác phòng cháy\n\n1\n\nKIỂM TRA NĂM 2024 TẠI SƠN LA\n")
    assert _names(text) == []


def test_lower_case_syllable_joins_the_name_spelt_elsewhere() -> None:
    text = ("Đoàn kiểm tra làm việc tại Xã Hoàn Sơn về phòng cháy. Đề nghị UBND Xã Hoàn"
            " sơn báo cáo kết quả.")
    places = find_places(text)
    assert [p.name for p in places] == ["Hoàn Sơn"]
    assert [m.text for m in places[0].mentions] == ["Hoàn Sơn", "Hoàn sơn"]


def test_lost_last_syllable_of_a_province() -> None:
    text = ("Kính gửi: Thuế thành phố Hồ Chí Minh.\nTrả lời công văn số 25 của Thuế thành"
            " phố Hồ Chí về việc hướng dẫn chính sách thuế.")
    places = find_places(text)
    assert [p.name for p in places] == ["Hồ Chí Minh"]
    assert len(places[0].mentions) == 2


def test_country_spelt_with_every_syllable_joined() -> None:
    assert _names("Chế độ đối với chuyên gia sang giúp Lào, Căm-pu-chi-a được bảo đảm.") == [
        "Lào", "Căm-pu-chi-a"]


def test_parse_reads_expressway_and_table_rows() -> None:
    doc = vbcd.parse(
        "BỘ XÂY DỰNG\nSố: 51/BXD-KCHT\nV/v tiến độ dự án\n\nHà Nội, ngày 12 tháng 3 năm 2024"
        "\n\nKính gửi: Ban Quản lý dự án.\n\nBộ Xây dựng yêu cầu đẩy nhanh Dự án đường cao"
        " tốc Biên Hòa - Vũng Tàu.\n\nPHỤ LỤC\n\nSTT\n\nĐịa phương\n\n1\n\nĐỒNG NAI\n\n"
        "12.000\n")
    assert [p.name for p in doc.places] == ["Biên Hòa", "Vũng Tàu", "Đồng Nai"]
