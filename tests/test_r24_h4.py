"""Round 24 (H4, customs and border documents): a committee's number before a level
word reads as a count (``Ban Chỉ đạo 389 tỉnh Lào Cai``) and opens a list of places,
whose next item is the next organ; a ministry's or a command's word opens no place
(invented examples)."""

from __future__ import annotations

import pytest

from vbcd.extract.places import find_places


@pytest.mark.parametrize("text", [
    "Thực hiện chỉ đạo của Ban Chỉ đạo 138 tỉnh Hà Giang, Bộ Chỉ huy Quân sự tỉnh chủ trì"
    " tuần tra tại huyện Đồng Văn.",
    "Ngày 12/01/2023, Ban Chỉ đạo 389 tỉnh Cao Bằng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    " và Cục Hải quan tỉnh họp giao ban.",
    "Theo Kế hoạch của Hội đồng 12 tỉnh Sơn La, Bộ Chỉ huy Quân sự tỉnh xây dựng phương án.",
])
def test_command_after_numbered_committee_is_no_place(text: str) -> None:
    names = [p.name for p in find_places(text)]
    assert not any(n.startswith("Bộ") for n in names), names


def test_counted_provinces_still_listed() -> None:
    names = [p.name for p in find_places(
        "Hội nghị giao ban 3 tỉnh Lạng Sơn, Cao Bằng, Quảng Ninh thống nhất; Bộ Công"
        " Thương hướng dẫn.")]
    assert names == ["Lạng Sơn", "Cao Bằng", "Quảng Ninh"]
