"""Round 24 (J2, Youth Union and mass organisations): the presidium of a front or a
union (``Đoàn Chủ tịch ...``) and the standing board abbreviated (``Ban TT ...``) are
organs of their own; the emulation council bare (``Hội đồng thi đua ...``) and the
Youth Union's children's board (``Ban Thanh thiếu nhi ...``) keep their whole name;
a middle word typed in small letters (``Nguyễn văn Quế``) stays in the name
(invented examples)."""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = """BCH HỘI NÔNG DÂN HUYỆN KIM SƠN
Số: 21-TB/HND
Kim Sơn, ngày 04 tháng 5 năm 2022

THÔNG BÁO
Kết luận của Ban Thường vụ Hội Nông dân huyện

Ngày 03/5/2022, Ban Thường vụ Hội Nông dân huyện họp, kết luận như sau:

"""
_TAIL = """
Nơi nhận:
- Lưu: VP.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Tạ Quang Vinh
"""


def _agencies(body: str) -> list[str]:
    return [a.name for a in parse(_HEAD + body + _TAIL).agencies]


@pytest.mark.parametrize(("body", "organ"), [
    ("1. Triển khai Kế hoạch của Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam về"
     " phong trào thi đua năm 2022.\n", "Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam"),
    ("1. Hưởng ứng Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, các"
     " chi hội vận động hội viên ủng hộ.\n", "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
    ("1. Báo cáo kết quả về Đoàn Chủ tịch Hội Cựu chiến binh tỉnh trước ngày 20/5/2022.\n",
     "Đoàn Chủ tịch Hội Cựu chiến binh tỉnh"),
])
def test_presidium_is_one_organ(body: str, organ: str) -> None:
    assert organ in _agencies(body)


@pytest.mark.parametrize(("body", "organ"), [
    ("1. Hội đồng thi đua Hội Nông dân huyện xét chọn các hộ tiêu biểu.\n",
     "Hội đồng thi đua Hội Nông dân huyện"),
    ("1. Giao Hội đồng thi đua Huyện đoàn xét khen thưởng các cơ sở.\n",
     "Hội đồng thi đua Huyện đoàn"),
    ("1. Ban Thanh thiếu nhi Tỉnh đoàn hướng dẫn tổ chức sinh hoạt hè.\n",
     "Ban Thanh thiếu nhi Tỉnh đoàn"),
    ("1. Giao Ban Thanh thiếu nhi Thành đoàn phối hợp tổ chức trại hè.\n",
     "Ban Thanh thiếu nhi Thành đoàn"),
])
def test_board_keeps_its_whole_name(body: str, organ: str) -> None:
    names = _agencies(body)
    assert organ in names, names
    assert "Hội đồng thi" not in names and "Ban Thanh" not in names


def test_standing_board_abbreviated() -> None:
    names = _agencies("1. Gửi báo cáo về Ban TT UBMTTQ Việt Nam tỉnh trước ngày 15/5/2022.\n")
    assert "Ban TT UBMTTQ Việt Nam tỉnh" in names, names


@pytest.mark.parametrize(("body", "name"), [
    ("1. Giao đồng chí Nguyễn văn Quế, Phó Chủ tịch Hội Nông dân huyện theo dõi.\n",
     "Nguyễn Văn Quế"),
    ("1. Đồng chí Trần thị Hoa, Ủy viên Ban Thường vụ chịu trách nhiệm tổng hợp.\n",
     "Trần Thị Hoa"),
])
def test_small_middle_word_stays_in_name(body: str, name: str) -> None:
    doc = parse(_HEAD + body + _TAIL)
    assert name in [p.name for p in doc.persons]


@pytest.mark.parametrize("body", [
    "1. Các chi hội rà soát Lê văn bản hướng dẫn của Hội.\n",
    "1. Hội viên xã Hà thị trấn Phát Diệm tham gia.\n",
])
def test_small_middle_word_needs_a_name_around_it(body: str) -> None:
    doc = parse(_HEAD + body + _TAIL)
    assert all(" " not in p.name or p.name == "Tạ Quang Vinh" for p in doc.persons), [
        p.name for p in doc.persons]
