"""Round 22 (G4): health-sector notices, plans and decisions.

Invented text throughout. Hospitals and district offices write their departments small
in running text (``tránh quá tải khoa Nhiễm, khoa Nhi``, ``chuyên viên phòng Kinh tế và
Hạ tầng``, ``báo cáo (qua phòng Nghiệp vụ Y)``), and those names were lost; a joined
department (``Khoa Dược - Vật tư y tế``) was cut at its first field, and a national data
centre named small after its head (``Trung tâm dữ liệu quốc gia``) was missed.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = """SỞ Y TẾ TỈNH HÒA BÌNH
BỆNH VIỆN ĐA KHOA TỈNH
Số: 208/TB-BV
Hòa Bình, ngày 14 tháng 7 năm 2019

THÔNG BÁO
Về việc chuẩn bị thu dung người bệnh sốt xuất huyết

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Bùi Văn Tịnh
"""


def _agencies(body: str) -> list[str]:
    return [a.name for a in parse(_HEAD + body + _TAIL).agencies]


@pytest.mark.parametrize(("body", "name"), [
    ("1. Bố trí thêm giường, tránh quá tải khoa Nhiễm trong mùa dịch.\n", "khoa Nhiễm"),
    ("1. Điều dưỡng khoa Nhi theo dõi trẻ sốt cao liên tục.\n", "khoa Nhi"),
    ("1. Bác sĩ khoa Hồi sức tích cực - Chống độc hội chẩn các ca nặng.\n",
     "khoa Hồi sức tích cực - Chống độc"),
    ("1. Khoa Khám bệnh và khoa Truyền nhiễm phân luồng người bệnh.\n", "khoa Truyền nhiễm"),
])
def test_small_clinical_department_is_read(body: str, name: str) -> None:
    assert name in _agencies(body)


def test_joined_pharmacy_department_kept_whole() -> None:
    names = _agencies("1. Khoa Dược - Vật tư y tế cấp phát dịch truyền cho các khoa.\n")
    assert "Khoa Dược - Vật tư y tế" in names
    assert "Khoa Dược" not in names


@pytest.mark.parametrize("body", [
    "1. Mời các nhà khoa học tham dự hội thảo Khoa học kỹ thuật.\n",
    "1. Bác sĩ chuyên khoa Nhi và bác sĩ đa khoa Tuyến huyện tham gia.\n",
    "1. Tiêm phòng Dại cho người bị chó cắn; phòng COVID-19 theo hướng dẫn.\n",
])
def test_small_words_that_are_no_department(body: str) -> None:
    names = _agencies(body)
    assert not any(n.lower().startswith(("khoa ", "phòng ")) for n in names), names


@pytest.mark.parametrize(("body", "name"), [
    ("1. Tổng hợp số liệu, báo cáo Sở Y tế (qua phòng Nghiệp vụ Y) hằng tuần.\n",
     "phòng Nghiệp vụ Y"),
    ("1. Tổ kiểm tra phối hợp với phòng Tư pháp, rà soát hồ sơ.\n", "phòng Tư pháp"),
    ("1. Bà Đinh Thị Nhàn, chuyên viên phòng Văn hóa - Xã hội - Thành viên.\n",
     "phòng Văn hóa - Xã hội"),
])
def test_small_office_after_preposition_or_staff_title(body: str, name: str) -> None:
    assert name in _agencies(body)


def test_staff_position_keeps_its_office() -> None:
    doc = parse(_HEAD + "1. Ông Quách Văn Đức, nhân viên phòng Kinh tế và Hạ tầng - "
                "Thành viên.\n" + _TAIL)
    person = next(p for p in doc.persons if p.name == "Quách Văn Đức")
    titles = [(q.title, q.organ) for q in person.positions]
    assert ("nhân viên", "phòng Kinh tế và Hạ tầng") in titles


def test_national_data_centre_small_field() -> None:
    names = _agencies("1. Kết nối dữ liệu với Trung tâm dữ liệu quốc gia về dân cư "
                      "trước ngày 30/7/2019.\n")
    assert "Trung tâm dữ liệu quốc gia về dân cư" in names
