"""Round 25 O4 (information security, press management): invented text.

The cyber-police division is often written without the comma of ``phòng, chống`` or
without ``sử dụng``; the press-and-publishing division lists its fields with commas.
Both names were cut at their first field (``Phòng An ninh mạng``, ``Phòng Bưu chính``).
"""

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


@pytest.mark.parametrize(("text", "name"), [
    ("1. Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao Công an thành phố "
     "đề nghị các đơn vị tuyên truyền cho người dân.",
     # (with its force, one organ since round 26: the blind gold's convention)
     "Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao Công an thành phố"),
    ("2. Đội An ninh mạng và phòng, chống tội phạm công nghệ cao tiếp nhận tin báo trong ngày.",
     "Đội An ninh mạng và phòng, chống tội phạm công nghệ cao"),
    ("Giao Phòng Bưu chính, Báo chí, Xuất bản rà soát các trang thông tin điện tử.",
     "Phòng Bưu chính, Báo chí, Xuất bản"),
    ("a) Phòng Bưu chính, Báo chí và Xuất bản chủ trì giám sát mạng xã hội hằng ngày.",
     "Phòng Bưu chính, Báo chí và Xuất bản"),
    ("Phòng Báo chí, Xuất bản phối hợp với Văn phòng Sở tổng hợp báo cáo.",
     "Phòng Báo chí, Xuất bản"),
])
def test_security_and_press_divisions_named_whole(text: str, name: str) -> None:
    assert name in _agencies(text)
