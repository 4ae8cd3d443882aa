"""Round 14, press and propaganda guides (Ban Tuyên giáo, Sở VHTTDL, Hội Nhà báo)."""

from __future__ import annotations

import vbcd

_GUIDE = """TỈNH ỦY QUẢNG BÌNH
BAN TUYÊN GIÁO
*
Số 31-HD/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Đồng Hới, ngày 10 tháng 4 năm 2025

HƯỚNG DẪN
tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)

I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền sâu rộng ý nghĩa lịch sử của sự kiện.

II. KHẨU HIỆU TUYÊN TRUYỀN
1. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!
2. Các cấp ủy, tổ chức đảng phát huy dân chủ, đoàn kết, đổi mới!
3. Mặt trận Tổ quốc Việt Nam tăng cường khối đại đoàn kết toàn dân tộc!

III. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy chỉ đạo tổ chức tuyên truyền.
2. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động văn hóa, văn nghệ.

Nơi nhận:
- Ban Tuyên giáo Trung ương (b/c),
- Lưu BTG.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Nguyễn Văn Hùng
"""

_PLAN = """UBND TỈNH AN GIANG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 12/KH-SVHTTDL

KẾ HOẠCH
Quản lý hoạt động báo chí, xuất bản năm 2025

1. Các nhà xuất bản thực hiện đúng nội dung giấy phép xuất bản.
2. Các trang thông tin điện tử tổng hợp không đăng tải thông tin sai sự thật.
3. Người phát ngôn của các sở, ngành chủ động cung cấp thông tin cho báo chí.
4. Các văn phòng đại diện, phóng viên thường trú hoạt động đúng tôn chỉ, mục đích.
"""


def test_slogans_of_a_propaganda_guide_are_no_assignments() -> None:
    doc = vbcd.parse(_GUIDE)
    actors = {(a.clause, a.actor) for a in doc.assignments}
    assert not any(clause.startswith("II/") for clause, _ in actors), actors
    assert ("III/1", "Các huyện ủy, thành ủy") in actors
    assert ("III/2", "Sở Văn hóa, Thể thao và Du lịch") in actors


def test_a_slogan_inside_a_task_line_leaves_the_task() -> None:
    doc = vbcd.parse(_GUIDE.replace(
        "1. Các huyện ủy, thành ủy chỉ đạo tổ chức tuyên truyền.",
        "1. Các huyện ủy, thành ủy chỉ đạo tổ chức tuyên truyền, treo khẩu hiệu \"Đảng "
        "Cộng sản Việt Nam quang vinh muôn năm!\" tại trụ sở."))
    assert ("III/1", "Các huyện ủy, thành ủy") in {(a.clause, a.actor) for a in doc.assignments}


def test_the_journalists_association_in_capitals_is_one_organ() -> None:
    doc = vbcd.parse("""HỘI NHÀ BÁO VIỆT NAM
HỘI NHÀ BÁO TỈNH AN GIANG
Số: 15/KH-HNB
An Giang, ngày 03 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức Giải Báo chí tỉnh năm 2025

1. Văn phòng Hội chủ trì tiếp nhận tác phẩm.
""")
    names = [a.name for a in doc.agencies]
    assert "HỘI NHÀ BÁO TỈNH AN GIANG" in names
    assert not any(n.startswith("BÁO ") for n in names), names


def test_press_classes_open_a_clause_as_its_actor() -> None:
    doc = vbcd.parse(_PLAN)
    actors = {(a.clause, a.actor) for a in doc.assignments}
    assert ("1", "Các nhà xuất bản") in actors
    assert ("2", "Các trang thông tin điện tử tổng hợp") in actors
    assert ("3", "Người phát ngôn của các sở, ngành") in actors
