"""Documents on war invalids, fallen soldiers and people with merit (27 July, the
search for remains, the veterans' and war victims' associations): their organs' full
names, the people visited by their grade, and a subject line that names the day."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _persons(text: str) -> list[str]:
    return [p.name for p in vbcd.parse(text).persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đề nghị Hội Cựu chiến binh tỉnh, Hội Nạn nhân chất độc da cam/dioxin tỉnh vận "
         "động hội viên tham gia.", "Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
        ("Trung ương Hội Nạn nhân chất độc da cam/dioxin Việt Nam tổ chức hội nghị.",
         "Trung ương Hội Nạn nhân chất độc da cam/dioxin Việt Nam"),
        ("Hội Nạn nhân chất độc da cam tỉnh thăm hỏi các nạn nhân.",
         "Hội Nạn nhân chất độc da cam tỉnh"),
        ("Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam hỗ trợ 50 triệu đồng.",
         "Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam"),
        ("Trung tâm Nuôi dưỡng và Điều dưỡng người có công tỉnh xây dựng kế hoạch.",
         "Trung tâm Nuôi dưỡng và Điều dưỡng người có công tỉnh"),
        ("Về việc kiện toàn Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ và xác định danh "
         "tính hài cốt liệt sĩ còn thiếu thông tin tỉnh Sơn La.",
         "Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ và xác định danh tính hài cốt liệt "
         "sĩ còn thiếu thông tin tỉnh Sơn La"),
        ("Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh chỉ đạo các đội.",
         "Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh"),
    ],
)
def test_merit_organs_keep_their_whole_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_war_victims_association_is_the_actor_whole() -> None:
    text = ("3. Hội Nạn nhân chất độc da cam/dioxin các xã, phường tổ chức thăm, tặng quà "
            "nạn nhân; hoàn thành trước ngày 15/8/2025.")
    actors = [a.actor for a in vbcd.parse(text).assignments]
    assert actors and actors[0].startswith("Hội Nạn nhân chất độc da cam/dioxin")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đội K90 quy tập 12 hài cốt liệt sĩ, an táng tại Nghĩa trang liệt sĩ tỉnh.",
         "Đội K90"),
        ("Đội K52 tìm kiếm hài cốt liệt sĩ tại tỉnh Attapeu.", "Đội K52"),
    ],
)
def test_a_units_code_does_not_take_the_next_syllable(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thăm thương binh hạng 1/4 Nguyễn Văn Toản tại phường Vinh Phú.",
         ["Nguyễn Văn Toản"]),
        ("Thương binh hạng 1/4 Trần Văn Mười và bệnh binh hạng 2/3 Lê Văn Hai được tặng quà.",
         ["Trần Văn Mười", "Lê Văn Hai"]),
        ("Đoàn thăm thương binh nặng Trần Văn Lai tại xã Cam Lộ.", ["Trần Văn Lai"]),
        ("Thăm thương binh 2/4 Hà Văn Tư và bệnh binh Đào Văn Sinh.",
         ["Hà Văn Tư", "Đào Văn Sinh"]),
        ("Trong đó có cựu chiến binh Hồ Văn Lục (xã Công Thành), cựu thanh niên xung phong "
         "Lê Thị Hoa (xã Tăng Thành).", ["Hồ Văn Lục", "Lê Thị Hoa"]),
    ],
)
def test_people_visited_by_their_grade(text: str, names: list[str]) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Gửi Hội Cựu chiến binh Việt Nam và Nghĩa trang liệt sĩ Đồng Lộc.",
        "Thăm Trung tâm Điều dưỡng thương binh Duy Tiên và các bệnh binh hạng 1/3.",
    ],
)
def test_merit_words_before_no_name_give_no_person(text: str) -> None:
    assert _persons(text) == []


_CV = """UBND TỈNH QUẢNG TRỊ
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 756/SNV-NCC
Quảng Trị, ngày 14 tháng 7 năm 2025
V/v tổ chức các hoạt động kỷ niệm 78 năm
{second}
Kính gửi: UBND các xã, phường.
Ngày 10/7/2025, UBND tỉnh ban hành Kế hoạch số 130/KH-UBND; Sở Nội vụ đề nghị UBND các
xã, phường tổ chức thăm hỏi, tặng quà các gia đình chính sách.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Lê Văn An
"""


@pytest.mark.parametrize(
    "second",
    [
        "Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025)",
        "Ngày Truyền thống Hội Cựu chiến binh Việt Nam",
    ],
)
def test_subject_wraps_onto_the_named_day(second: str) -> None:
    doc = vbcd.parse(_CV.format(second=second))
    assert doc.title is not None
    assert doc.title.value == "V/v tổ chức các hoạt động kỷ niệm 78 năm " + second
    assert doc.meeting_date is None or doc.meeting_date.value == "2025-07-10"


def test_a_dated_line_under_a_title_still_opens_the_body() -> None:
    doc = vbcd.parse(_CV.format(second="Ngày 10/7/2025, Sở Nội vụ nhận được báo cáo."))
    assert doc.title is not None
    assert doc.title.value == "V/v tổ chức các hoạt động kỷ niệm 78 năm"
