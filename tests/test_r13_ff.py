"""Forestry and fisheries documents (anti-IUU fishing, forest protection and fire
prevention): border posts named after a locality, forest-ranger stations and posts,
park and reserve boards, the fisheries administration's units, the signature titles
of a station's or a post's head, and the positions of forest rangers."""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a locality whose last syllable heads an organ elsewhere (``Hội``) or addresses
        # a person (``Bà``, ``Ông``)
        ("2. Đồn Biên phòng Khánh Hội tuần tra trên vùng biển Tây Nam.",
         "Đồn Biên phòng Khánh Hội"),
        ("3. Phối hợp với Chi cục Thủy sản, Đồn Biên phòng Cát Bà kiểm tra tàu cá cập cảng.",
         "Đồn Biên phòng Cát Bà"),
        ("1. Trạm Kiểm soát Biên phòng Cửa Ông kiểm soát tàu cá xuất bến.",
         "Trạm Kiểm soát Biên phòng Cửa Ông"),
        # a numbered flotilla before the verb ``tuần tra`` (no count of weeks)
        ("2. Hải đội Biên phòng 2 tuần tra trên vùng biển giáp ranh.", "Hải đội Biên phòng 2"),
        # forest-ranger stations over several districts, of a park, and their posts
        ("3. Hạt Kiểm lâm liên huyện Hương Khê - Vũ Quang kiểm soát người vào rừng.",
         "Hạt Kiểm lâm liên huyện Hương Khê - Vũ Quang"),
        ("Xét đề nghị của Hạt Kiểm lâm Vườn quốc gia Cúc Phương về việc tuần tra.",
         "Hạt Kiểm lâm Vườn quốc gia Cúc Phương"),
        ("2. Lực lượng: Trạm Kiểm lâm Khe Bu, Đồn Biên phòng Sen Thượng.",
         "Trạm Kiểm lâm Khe Bu"),
        ("Chi cục Kiểm lâm vùng II phối hợp với các Hạt Kiểm lâm.", "Chi cục Kiểm lâm vùng II"),
        # the board that runs a park or a reserve is the organ, the park its name
        ("4. Ban Quản lý Vườn quốc gia Cát Tiên tăng cường tuần tra.",
         "Ban Quản lý Vườn quốc gia Cát Tiên"),
        ("1. Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông canh gác lửa rừng.",
         "Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông"),
        ("Khu bảo tồn biển Hòn Mun quản lý vùng lõi.", "Khu bảo tồn biển Hòn Mun"),
        # the fisheries administration's and a border post's units, named in small letters
        ("Báo cáo về Tổng cục Thủy sản (qua Vụ Khai thác thủy sản) trước ngày 20/10/2023.",
         "Vụ Khai thác thủy sản"),
        ("Giao Phòng Nuôi trồng thủy sản tổng hợp số liệu.", "Phòng Nuôi trồng thủy sản"),
        ("Đồn trưởng giao Đội Vận động quần chúng tuyên truyền ngư dân.",
         "Đội Vận động quần chúng"),
        ("Phối hợp với Chi đội Kiểm ngư số 5 ngăn chặn tàu cá vượt ranh giới.",
         "Chi đội Kiểm ngư số 5"),
        ("Kính gửi: Bộ Tư lệnh Vùng Cảnh sát biển 2; Chi cục Kiểm ngư Vùng II.",
         "Bộ Tư lệnh Vùng Cảnh sát biển 2"),
    ],
)
def test_forestry_and_fisheries_units_keep_their_whole_name(text: str, name: str) -> None:
    assert name in _agencies(text)


def test_a_region_after_vung_is_no_part_of_a_name() -> None:
    assert "Sở Y tế" in _agencies("Sở Y tế vùng Tây Bắc tổ chức kiểm tra.")


def test_a_person_after_a_locality_ending_in_ba_is_still_a_person() -> None:
    d = vbcd.parse("Đồn Biên phòng Cát Bà, Bà Nguyễn Thị Hoa dự họp.")
    assert "Đồn Biên phòng Cát Bà" in [a.name for a in d.agencies]
    assert [p.name for p in d.persons] == ["Nguyễn Thị Hoa"]


def test_forest_ranger_stations_after_a_list_of_places_are_actors_each() -> None:
    d = vbcd.parse(
        "3. Yêu cầu Hạt Kiểm lâm liên huyện Kbang - Đak Pơ, Hạt Kiểm lâm huyện Chư Sê bố "
        "trí lực lượng trực 24/24 giờ tại tiểu khu 123, khoảnh 4.")
    actors = [a.actor for a in d.assignments]
    assert actors == ["Hạt Kiểm lâm liên huyện Kbang - Đak Pơ", "Hạt Kiểm lâm huyện Chư Sê"]


_POST = """BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG
TỈNH KIÊN GIANG
ĐỒN BIÊN PHÒNG HÒN CHÔNG
Số: 215/KH-ĐBP
Kiên Lương, ngày 05 tháng 9 năm 2024
KẾ HOẠCH
Tuần tra, kiểm soát tàu cá đợt cao điểm
1. Đội Kiểm soát hành chính kiểm tra giấy tờ tàu cá KG-95123-TS.
2. Báo cáo kết quả trước ngày 05/01/2025.
Nơi nhận:
- Bộ Chỉ huy BĐBP tỉnh (b/c);
- Lưu: VT.
ĐỒN TRƯỞNG
Trung tá Lê Minh Quang
"""

_STATION = """UBND HUYỆN A LƯỚI
HẠT KIỂM LÂM
Số: 34/BC-HKL
A Lưới, ngày 28 tháng 02 năm 2025
BÁO CÁO
Kết quả công tác quản lý bảo vệ rừng tháng 02 năm 2025
1. Phát hiện 03 vụ khai thác rừng trái phép tại tiểu khu 85, khoảnh 3, lô 7.
2. Đã chuyển hồ sơ đến Công an huyện A Lưới.
Nơi nhận:
- Chi cục Kiểm lâm (b/c);
- Lưu: VT.
HẠT TRƯỞNG
Hồ Văn Mai
"""


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [(_POST, "ĐỒN TRƯỞNG", "Lê Minh Quang"), (_STATION, "HẠT TRƯỞNG", "Hồ Văn Mai")],
)
def test_a_post_or_station_head_signs_by_his_title(text: str, title: str, name: str) -> None:
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert (sig.title, sig.name) == (title, name)


def test_forest_rangers_hold_their_station_titles() -> None:
    d = vbcd.parse(
        "Điều 1. Thành lập Tổ phản ứng nhanh gồm các ông, bà có tên sau:\n"
        "1. Ông Lang Văn Chiến, Phó Hạt trưởng, Tổ trưởng;\n"
        "2. Bà Lương Thị Hằng, Kiểm lâm viên, thành viên.\n"
        "Điều 2. Điều động ông Cầm Văn Thanh, Phó Hạt trưởng Hạt Kiểm lâm huyện Mộc Châu "
        "đến nhận công tác tại Hạt Kiểm lâm huyện Vân Hồ.\n")
    positions = {p.name: [(q.title, q.organ) for q in p.positions] for p in d.persons}
    assert positions["Lang Văn Chiến"][0] == ("Phó Hạt trưởng", None)
    assert ("Kiểm lâm viên", None) in positions["Lương Thị Hằng"]
    assert positions["Cầm Văn Thanh"] == [("Phó Hạt trưởng", "Hạt Kiểm lâm huyện Mộc Châu")]


def test_a_ban_a_border_post_enforces_is_its_task() -> None:
    d = vbcd.parse(
        "2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo Đồn Biên phòng Tam Thanh, Đồn Biên "
        "phòng Bình Minh không cho xuất bến tàu cá không đủ điều kiện.")
    directed = [a.actor for a in d.assignments if a.role == "directed"]
    assert directed == ["Đồn Biên phòng Tam Thanh", "Đồn Biên phòng Bình Minh"]
