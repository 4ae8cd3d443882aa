"""Round 20, E7: the 2026 elections and the 2025 merger of communes (invented texts).

* a board's member lines give the seat after a spaced dash (``công chức xã Minh Tân -
  Ủy viên``): the place's name stops before the dash, and a ward named by two names of
  the 2025 map keeps its dash (``phường Xuân Hương - Đà Lạt - Tổ trưởng``);
* an OCR scan misreads the tone mark of ``ngày`` (``trước ngảy 10/5``, ``chậm nhất ngáy
  15/5/2025``): the day after it is still a date, and a deadline after its cue.
"""

from __future__ import annotations

from vbcd import parse

_BOARD = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 3310/QĐ-UBND
Lào Cai, ngày 30 tháng 12 năm 2025
QUYẾT ĐỊNH
Thành lập Ban bầu cử đại biểu Quốc hội tại đơn vị bầu cử số 2
Điều 1. Thành lập Ban bầu cử tại đơn vị bầu cử số 2, gồm các ông, bà:
1. Ông Giàng A Chính, Phó Chủ tịch UBND xã Bắc Hà - Trưởng ban;
2. Bà Lù Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Si Ma Cai - Phó Trưởng ban;
3. Ông Đặng Văn Thắng, công chức phường Cam Đường - Ủy
viên;
4. Ông Vàng Seo Pao, Trưởng thôn Na Lốc - Thư ký.
Điều 2. Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Quốc Khánh
"""

_WARDS = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
BAN CHỈ ĐẠO BẦU CỬ
Số 04-TB/BCĐ
Đà Lạt, ngày 05 tháng 01 năm 2026
THÔNG BÁO
phân công thành viên Tổ giúp việc
1. Đồng chí Ya Tuấn, Phó Trưởng phòng Nội vụ phường Xuân Hương - Đà Lạt - Tổ trưởng.
2. Đồng chí Hồ Thị Thảo, công chức phường Lang Biang - Đà Lạt - Thành viên.
T/M BAN CHỈ ĐẠO
TRƯỞNG BAN
Nguyễn Đức Long
"""

_OCR_DAY = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG
Số: 845/UBND-NV
Đức Trọng, ngày 12 tháng 3 năm 2025
Kính gửi: Ủy ban nhân dân các xã, thị trấn.
1. Ủy ban nhân dân các xã rà soát số thôn, gửi Phòng Nội vụ trước ngảy 20/3.
2. Phòng Nội vụ tổng hợp, báo cáo Ủy ban nhân dân huyện chậm nhất ngáy 25/3/2025.
3. Các xã niêm yết kết quả xong trước ngạy
28/3.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Việt
"""


def _places(text: str) -> list[str]:
    return [p.name for p in parse(text).places]


def test_place_stops_before_a_members_seat() -> None:
    places = _places(_BOARD)
    for name in ("Bắc Hà", "Si Ma Cai", "Cam Đường", "Na Lốc"):
        assert name in places
    assert not [p for p in places if "-" in p]


def test_dash_joined_ward_before_a_seat() -> None:
    places = _places(_WARDS)
    assert "Xuân Hương - Đà Lạt" in places
    assert "Lang Biang - Đà Lạt" in places


def test_misread_day_word_dates_and_deadlines() -> None:
    doc = parse(_OCR_DAY)
    dates = {d.value for d in doc.dates}
    assert {"2025-03-20", "2025-03-25", "2025-03-28"} <= dates
    due = {d.date for d in doc.deadlines}
    assert {"2025-03-20", "2025-03-25", "2025-03-28"} <= due


def test_plain_ngay_is_no_day_word() -> None:
    """``ngay`` (at once) is a word, not a misreading: no year-less date after it."""
    doc = parse(_OCR_DAY.replace("trước ngảy 20/3", "ngay 2/3 số thôn"))
    assert "2025-03-02" not in {d.value for d in doc.dates}
