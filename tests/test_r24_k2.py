"""Round 24 (K2): a hamlet's name in a list of key places does not run into the next
line's unit (a Word table flattened one cell a line, or a hamlet line above its unit).

Invented examples: the places grammar stops an unknown name at a line that opens with
a unit's words (``Đội Cảnh sát``, ``Đồn Biên phòng``, ``Trạm Y tế``, ``Hội Liên hiệp``).
"""

from __future__ import annotations

import pytest

from vbcd.extract.places import find_places


@pytest.mark.parametrize(("text", "name"), [
    ("Danh sách ấp trọng điểm:\nẤp Bến Đình\nĐồn Biên phòng Mỹ Quý Tây\n", "Bến Đình"),
    ("1\nXóm Rạch Tràm\nĐội Cảnh sát hình sự Công an huyện\n", "Rạch Tràm"),
    ("Địa bàn: thôn Khuổi Hoa\nTrạm Y tế xã tổ chức khám sàng lọc.\n", "Khuổi Hoa"),
    ("2\nTổ dân phố Quang Trung\nĐội Quản lý thị trường số 3\n", "Quang Trung"),
    ("Địa bàn: xóm Đồng Tâm\nHội Liên hiệp Phụ nữ xã chủ trì.\n", "Đồng Tâm"),
])
def test_hamlet_stops_before_unit_line(text: str, name: str) -> None:
    names = [p.name for p in find_places(text)]
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


def test_name_wrapped_over_a_line_still_joins() -> None:
    # a plain word on the next line (no unit's words) still ends the wrapped name
    names = [p.name for p in find_places("tại thôn Khuổi\nHoa, xã Phúc Sen.")]
    assert "Khuổi Hoa" in names
