"""Round 22 (G2): the big cities' districts and wards (urban order, flooding, dengue).

Invented text throughout. Four causes the blind documents showed:

* a ward's urban-order team is named in small letters after its first capital
  (``Đội Trật tự đô thị phường``): the name stopped at ``Đội Trật tự``;
* the water company's local station (``Trạm Cấp nước Bến Thành``) was no organ;
* a recipient list writes offices and the city short (``Phòng TC-KH``, ``UBND TP.HCM``)
  that the body or the header names in full: each came out as a second organ;
* a provincial city standing bare in a list after province names (``các đô thị như Đà
  Nẵng, Cần Thơ, Biên Hòa``) was no place, its province being unnamed.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_WARD = """ỦY BAN NHÂN DÂN QUẬN BÌNH THẠNH
ỦY BAN NHÂN DÂN PHƯỜNG 14
Số: 47/KH-UBND
Phường 14, ngày 09 tháng 6 năm 2021

KẾ HOẠCH
Lập lại trật tự vỉa hè trên địa bàn phường

{body}

Nơi nhận:
- UBND quận;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Mai Thị Thu
"""


def _agencies(text: str) -> list[str]:
    return [a.name for a in parse(text).agencies]


def _places(text: str) -> list[str]:
    return [p.name for p in parse(text).places]


@pytest.mark.parametrize("body, name", [
    ("1. Đội Trật tự đô thị phường ra quân hằng ngày trên các tuyến chính.",
     "Đội Trật tự đô thị phường"),
    ("1. Giao Đội Trật tự đô thị phường lập biên bản các trường hợp vi phạm.",
     "Đội Trật tự đô thị phường"),
])
def test_urban_order_team_keeps_its_field(body: str, name: str) -> None:
    assert name in _agencies(_WARD.format(body=body))


@pytest.mark.parametrize("text, name", [
    ("2. Trạm Cấp nước Tân Định bảo đảm cấp nước liên tục sau khi nước rút.",
     "Trạm Cấp nước Tân Định"),
    ("Kính gửi: Trạm Cấp nước Hòa Khánh.\n\nĐề nghị đơn vị khắc phục sự cố đường ống.",
     "Trạm Cấp nước Hòa Khánh"),
])
def test_water_station_is_an_organ(text: str, name: str) -> None:
    assert name in _agencies(text)


def test_office_written_short_in_recipients_is_one_organ() -> None:
    text = ("1. Giao Phòng Tài chính - Kế hoạch bố trí kinh phí.\n"
            "2. Phòng Kinh tế - Hạ tầng hướng dẫn các xã.\n\n"
            "Nơi nhận:\n- Phòng TC-KH, Phòng KT-HT;\n- Lưu: VT.\n")
    names = _agencies(text)
    assert names == ["Phòng Tài chính - Kế hoạch", "Phòng Kinh tế - Hạ tầng"]


def test_city_initials_merge_with_the_header() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 515/UBND-ĐT\n\n"
            "Giao Sở Giao thông vận tải kiểm tra các điểm ngập.\n\n"
            "Nơi nhận:\n- UBND TP.HCM;\n- Lưu: VT.\n")
    names = _agencies(text)
    assert len([n for n in names if "HCM" in n or "HỒ CHÍ MINH" in n]) == 1


def test_city_initials_merge_with_the_full_name() -> None:
    text = ("1. Sở Y tế Thành phố Hồ Chí Minh chủ trì giám sát ổ dịch.\n\n"
            "Nơi nhận:\n- Sở Y tế TP.HCM;\n- Lưu: VT.\n")
    assert len([n for n in _agencies(text) if n.startswith("Sở Y tế")]) == 1


@pytest.mark.parametrize("text, city", [
    ("Ngập úng kéo dài tại các đô thị như Đà Nẵng, Cần Thơ, Biên Hòa.", "Biên Hòa"),
    ("Khảo sát mô hình tại Bình Dương, Thủ Dầu Một, Vũng Tàu và báo cáo.", "Vũng Tàu"),
    ("Học tập kinh nghiệm tại Khánh Hòa, Nha Trang, Đà Lạt; báo cáo kết quả.", "Đà Lạt"),
])
def test_city_bare_in_a_list_of_provinces(text: str, city: str) -> None:
    assert city in _places(text)


def test_rural_district_bare_after_a_province_stays_out() -> None:
    # only a city: a rural district's name is often a person's or a word (and a district
    # of a province the text names was read before: ``Nghệ An, Thanh Chương``)
    assert _places("Làm việc tại Nghệ An, Đông Anh và báo cáo kết quả.") == ["Nghệ An"]
    assert "Biên Hòa" in _places("Làm việc tại Nghệ An, Biên Hòa và báo cáo kết quả.")
