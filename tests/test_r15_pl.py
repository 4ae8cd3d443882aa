"""Round 15, places (PL): the province the text names, names of rivers and roads, works
named after a place, numbered communes of 2025 and the end of a list of communes."""

from __future__ import annotations

import pytest

from vbcd.extract.places import find_places


def _places(text: str) -> dict[str, str | None]:
    return {p.name: p.province for p in find_places(text)}


@pytest.mark.parametrize(("text", "name", "province"), [
    ("Bàn giao trụ sở cũ tại thị xã Sơn Tây, tỉnh Hà Tây cho Trung tâm.", "Sơn Tây",
     "Hà Tây"),
    ("Lưu trữ hồ sơ địa chính của huyện Mê Linh, tỉnh Vĩnh Phúc giai đoạn 1997-2008.",
     "Mê Linh", "Vĩnh Phúc"),
    ("Thu thập tài liệu của thị xã Cam Ranh, tỉnh Phú Khánh.", "Cam Ranh", "Phú Khánh"),
    ("Tra cứu hồ sơ tại thành phố Thủ Dầu Một, tỉnh Sông Bé trước năm 1997.",
     "Thủ Dầu Một", "Sông Bé"),
    ("Hồ sơ của huyện Kim Bảng (tỉnh Nam Hà) được chỉnh lý.", "Kim Bảng", "Nam Hà"),
])
def test_the_province_the_text_names_wins(text: str, name: str, province: str) -> None:
    assert _places(text)[name] == province


def test_a_chained_address_takes_the_named_province_down_to_the_commune() -> None:
    got = _places("Xác minh lý lịch tại xã Phù Chẩn, huyện Từ Sơn, tỉnh Hà Bắc.")
    assert got["Phù Chẩn"] == "Hà Bắc"
    assert got["Từ Sơn"] == "Hà Bắc"


def test_a_list_of_districts_keeps_each_gazetteer_province() -> None:
    got = _places("Làm việc với huyện Mê Linh, huyện Đan Phượng và huyện Hoài Đức.")
    assert got["Mê Linh"] == "Hà Nội"


@pytest.mark.parametrize("text", [
    "Nạo vét sông Ngũ Huyện Khê đoạn qua tỉnh Bắc Ninh trước mùa mưa.",
    "Mở rộng đường Xã Đàn và nút giao đường Láng.",
    "Sửa chữa cầu Xóm Củi, đường Xóm Chiếu trên địa bàn Thành phố Hồ Chí Minh.",
])
def test_a_prefix_word_inside_a_road_or_river_name_is_no_place(text: str) -> None:
    got = _places(text)
    assert not {"Khê", "Đàn", "Củi", "Chiếu"} & set(got)


def test_a_city_after_a_river_without_its_comma_is_still_read() -> None:
    assert "Hà Nội" in _places("Kè bờ dọc sông Hồng Thành phố Hà Nội trước mùa lũ.")


def test_a_prefix_word_after_yeu_cau_is_still_a_place() -> None:
    assert "Hà Nội" in _places("Đề nghị yêu cầu Thành phố Hà Nội chỉ đạo các đơn vị.")


@pytest.mark.parametrize(("text", "name"), [
    ("Hồ chứa thủy điện Hòa Bình xả đáy 2 cửa từ 14 giờ.", "Hòa Bình"),
    ("Điều tiết nước hồ thuỷ điện Sơn La theo quy trình liên hồ.", "Sơn La"),
    ("Công trình nhiệt điện Quảng Ninh phải bảo đảm chỉ tiêu phát thải.", "Quảng Ninh"),
    ("Vận hành trạm bơm Đông Hà chống úng cho tỉnh Quảng Trị.", "Đông Hà"),
])
def test_a_work_named_after_a_place_names_no_place(text: str, name: str) -> None:
    assert name not in _places(text)


@pytest.mark.parametrize(("text", "last"), [
    ("Giao UBND các xã Tân Lập, Tân Hòa, Phú Lợi lãnh đạo nhân dân khắc phục.", "Phú Lợi"),
    ("Các xã An Bình, An Phú, An Khánh quán triệt nội dung này đến từng thôn.", "An Khánh"),
    ("Các phường Đông Hải, Tân Sơn, Phú Sơn nghiêm túc thực hiện.", "Phú Sơn"),
    ("Các xã Yên Thọ, Yên Lạc, Yên Mỹ đẩy mạnh chuyển đổi số.", "Yên Mỹ"),
    ("UBND các xã Thanh Sơn, Thanh Thủy, Thanh Ba tham mưu phương án di dời.", "Thanh Ba"),
])
def test_the_last_commune_of_a_list_before_its_verb(text: str, last: str) -> None:
    assert last in _places(text)


def test_a_numbered_commune_before_a_verb_keeps_its_number() -> None:
    got = _places("Nhân dân xã Đam Rông 1, xã Đam Rông 2 được hỗ trợ giống cây trồng.")
    assert "Đam Rông 2" in got
    assert "Đam Rông" not in got


def test_a_count_after_a_commune_is_no_number_of_its_name() -> None:
    got = _places("Đến nay UBND xã Bình Minh 3 năm liền đạt chuẩn nông thôn mới.")
    assert "Bình Minh" in got
