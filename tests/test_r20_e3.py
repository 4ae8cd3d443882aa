"""Round 20 (E3): land, environment, construction and transport documents.

Invented text only. Three causes the blind documents of this family showed:

* the traffic-safety boards written short (``Ban ATGT tỉnh``, ``Ủy ban ATGT Quốc
  gia``) were read as organs apart from the names written in full;
* a project board's numbered department (``Phòng Quản lý dự án 2``) lost its number,
  its field ``dự án`` ending a numbered phrase that starts before it;
* an actor addressed as ``đồng chí`` with a title before the name (``Giao đồng chí
  Thứ trưởng Lê Anh Quân ...``) kept the title, where a title without the address
  (``Giao Phó Thủ tướng ...``) gives the name.
"""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Thực hiện Kế hoạch của Ủy ban An toàn giao thông Quốc gia, báo cáo Ủy ban ATGT "
     "Quốc gia kết quả thực hiện.", "Ủy ban An toàn giao thông Quốc gia",
     "Ủy ban ATGT Quốc gia"),
    ("Ban An toàn giao thông tỉnh tổ chức kiểm tra.\n- Các thành viên Ban ATGT tỉnh;",
     "Ban An toàn giao thông tỉnh", "Ban ATGT tỉnh"),
])
def test_traffic_safety_board_written_short_is_the_same_board(
        text: str, full: str, short: str) -> None:
    names = _names(text)
    assert full in names
    assert short not in names


@pytest.mark.parametrize(("text", "name"), [
    ("3. Giao Phòng Quản lý dự án 2 phối hợp với nhà thầu di dời đường dây.",
     "Phòng Quản lý dự án 2"),
    ("Phòng Quản lý dự án số 1 kiểm tra hồ sơ thanh toán.", "Phòng Quản lý dự án số 1"),
    ("Đề nghị Phòng Quản lý dự án 3 đôn đốc nhà thầu thi công.", "Phòng Quản lý dự án 3"),
])
def test_project_department_keeps_its_number(text: str, name: str) -> None:
    assert name in _names(text)


def test_project_department_count_is_no_number() -> None:
    assert "Phòng Quản lý dự án" in _names(
        "Phòng Quản lý dự án 3 năm qua đã giải ngân toàn bộ kế hoạch vốn.")


_CT = """BỘ GIAO THÔNG VẬN TẢI
Số: 05/CT-BGTVT
Hà Nội, ngày 03 tháng 3 năm 2022
CHỈ THỊ
Về việc đẩy nhanh tiến độ các dự án cao tốc
Bộ trưởng Bộ Giao thông vận tải yêu cầu:
1. Giao đồng chí Thứ trưởng Lê Anh Quân trực tiếp chỉ đạo, đôn đốc nhà thầu.
2. Giao đồng chí Vụ trưởng Vụ Kế hoạch - Đầu tư Trần Thị Hoa tổng hợp nhu cầu vốn.
3. Giao đồng chí Chánh Thanh tra Bộ chủ trì thanh tra./.
Nơi nhận:
- Như trên;
- Lưu: VT, KHĐT.
BỘ TRƯỞNG
Đinh Quốc Hưng
"""


def _actors() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in vbcd.parse(_CT).assignments:
        out.setdefault(a.clause, []).append(a.actor)
    return out


def test_official_with_title_before_name_is_named_by_name() -> None:
    actors = _actors()
    assert actors["1"] == ["Lê Anh Quân"]
    assert actors["2"] == ["Trần Thị Hoa"]


def test_official_with_title_alone_keeps_the_title() -> None:
    assert _actors()["3"] == ["Chánh Thanh tra Bộ"]
