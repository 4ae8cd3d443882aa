"""Round 24 (L4): military-service and local-defence documents (invented text).

Two causes found on blind documents of the family:

* a plan's "Tổ chức thực hiện" puts each actor on a heading line and its task on the
  next, opened by a verb (``1. Hội đồng nghĩa vụ quân sự xã`` / ``Giúp UBND xã ...``):
  the heading's last word is a commune's prefix word, and the verb was read as the
  name of a commune (``xã Giúp``);
* the staff organs of a military region or command (``Bộ Tham mưu``, ``Cục Chính
  trị``, ``Cục Hậu cần - Kỹ thuật``) are named with their command after them
  (``Bộ Tham mưu Quân khu 4``): the name was cut before the command.
"""

from __future__ import annotations

import pytest

import vbcd

_PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN PHONG
Số: 19/KH-UBND

KẾ HOẠCH
Gọi công dân nhập ngũ năm 2026

III. TỔ CHỨC THỰC HIỆN
1. Hội đồng nghĩa vụ quân sự xã
Giúp UBND xã chỉ đạo công tác tuyển quân trên địa bàn.
2. Ban Chỉ huy Quân sự xã
Tham mưu tổ chức sơ tuyển sức khỏe cho công dân.
3. Đoàn Thanh niên xã
Chủ trì tuyên truyền Luật Nghĩa vụ quân sự trong đoàn viên.
"""


def _places(text: str) -> list[str]:
    return [p.name for p in vbcd.parse(text).places]


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def test_task_verb_under_heading_is_no_commune() -> None:
    assert _places(_PLAN) == []


def test_task_verb_under_district_heading_is_no_district() -> None:
    text = _PLAN.replace("xã", "huyện").replace("XÃ TÂN PHONG", "HUYỆN KỲ ANH")
    assert "Giúp" not in " ".join(_places(text))


def test_commune_wrapped_to_next_line_still_read() -> None:
    text = "Hỗ trợ kinh phí cho xã\nTân Phong, xã Kỳ Lạc theo quy định.\n"
    assert "Tân Phong" in _places(text)


@pytest.mark.parametrize(("text", "organ"), [
    ("Đề nghị Bộ Tham mưu Quân khu 4 tổng hợp.", "Bộ Tham mưu Quân khu 4"),
    ("Cục Chính trị Quân khu 7 hướng dẫn các đơn vị.", "Cục Chính trị Quân khu 7"),
    ("Giao Cục Hậu cần - Kỹ thuật Quân khu 9 bảo đảm doanh trại.",
     "Cục Hậu cần - Kỹ thuật Quân khu 9"),
])
def test_staff_organ_takes_its_command(text: str, organ: str) -> None:
    assert organ in _agencies(text)


def test_staff_organ_alone_is_named() -> None:
    text = "Bộ Tham mưu chủ trì, phối hợp với Cục Chính trị kiểm tra các đơn vị."
    assert {"Bộ Tham mưu", "Cục Chính trị"} <= set(_agencies(text))


def test_province_staff_office_name_goes_on() -> None:
    text = "Phòng Tham mưu - Tổng hợp chủ trì, phối hợp với các phòng liên quan."
    assert "Phòng Tham mưu - Tổng hợp" in _agencies(text)
