"""Round 19 (D3): the press and the National Assembly's bodies (letters of the culture
ministry's press department and of the Party's propaganda board to the press agencies,
the Assembly's committees' letters). All texts invented."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = """VĂN PHÒNG QUỐC HỘI
Số: 517/VPQH-TT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 09 tháng 10 năm 2024
V/v đưa tin phiên họp chuyên đề

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: HC, TT.

KT. CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Võ Minh Khang
"""


def _doc(body: str, tail: str = _TAIL) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + tail)


def _agencies(body: str, tail: str = _TAIL) -> list[str]:
    return [a.name for a in _doc(body, tail).agencies]


@pytest.mark.parametrize(("body", "organ", "run_on"), [
    ("1. Đài Tiếng nói Việt Nam truyền hình, phát thanh trực tiếp phiên họp.\n",
     "Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam truyền hình"),
    ("1. Đài Truyền hình Việt Nam phát thanh, truyền hình trực tiếp lễ khai mạc.\n",
     "Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam phát thanh"),
    ("1. Hội Nông dân Việt Nam truyền thông về mô hình kinh tế tập thể.\n",
     "Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam truyền thông"),
])
def test_country_name_closes_a_national_body(body: str, organ: str, run_on: str) -> None:
    names = _agencies(body)
    assert organ in names
    assert run_on not in names


@pytest.mark.parametrize(("body", "organ"), [
    ("1. Truyền hình Quốc hội Việt Nam tường thuật trực tiếp phiên chất vấn.\n",
     "Truyền hình Quốc hội Việt Nam"),
    ("1. Đề nghị Truyền hình Quốc hội phối hợp đưa tin.\n", "Truyền hình Quốc hội"),
    ("1. Truyền hình Nhân dân, Truyền hình Thông tấn cử phóng viên đưa tin.\n",
     "Truyền hình Thông tấn"),
])
def test_national_tv_channels_are_organs(body: str, organ: str) -> None:
    doc = _doc(body)
    assert organ in [a.name for a in doc.agencies]
    assert "Việt Nam" not in [p.name for p in doc.places]


def test_channel_and_station_are_separate_actors() -> None:
    doc = _doc("1. Văn phòng Quốc hội chủ trì chuẩn bị; Truyền hình Quốc hội Việt Nam, "
               "Đài Tiếng nói Việt Nam truyền hình, phát thanh trực tiếp phiên họp.\n")
    actors = [a.actor for a in doc.assignments]
    assert "Truyền hình Quốc hội Việt Nam" in actors
    assert "Đài Tiếng nói Việt Nam" in actors


def test_short_channel_name_is_the_same_organ() -> None:
    tail = "\nNơi nhận:\n- Như trên;\n- Truyền hình Quốc hội (để đưa tin);\n- Lưu: HC.\n" + \
        "\nKT. CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nVõ Minh Khang\n"
    names = _agencies("1. Truyền hình Quốc hội Việt Nam tường thuật trực tiếp.\n", tail)
    assert names.count("Truyền hình Quốc hội Việt Nam") == 1
    assert "Truyền hình Quốc hội" not in names


@pytest.mark.parametrize(("body", "organ", "run_on"), [
    ("1. Ủy ban Xã hội chủ trì, phối hợp với Ủy ban Kinh tế và Tài chính và Tổng Thư ký "
     "Quốc hội chuẩn bị báo cáo.\n", "Ủy ban Kinh tế và Tài chính",
     "Ủy ban Kinh tế và Tài chính và Tổng"),
    ("1. Ủy ban Văn hóa, Giáo dục và Tổng Thư ký Quốc hội thống nhất chương trình.\n",
     "Ủy ban Văn hóa, Giáo dục", "Ủy ban Văn hóa, Giáo dục và Tổng"),
    ("1. Ủy ban Khoa học, Công nghệ và Môi trường và Tổng Kiểm toán Nhà nước trao đổi.\n",
     "Ủy ban Khoa học, Công nghệ và Môi trường",
     "Ủy ban Khoa học, Công nghệ và Môi trường và Tổng"),
])
def test_committee_name_ends_before_a_tong_title(body: str, organ: str, run_on: str) -> None:
    names = _agencies(body)
    assert organ in names
    assert run_on not in names


def test_ethnic_council_abbreviated() -> None:
    tail = "\nNơi nhận:\n- Như trên;\n- Thường trực HĐDT;\n- HĐDT, các Ủy ban của Quốc hội;\n" + \
        "- Lưu: HC.\n\nKT. CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nVõ Minh Khang\n"
    doc = _doc("1. Đề nghị Hội đồng Dân tộc cho ý kiến về chính sách.\n", tail)
    names = [a.name for a in doc.agencies]
    assert "Thường trực HĐDT" in names
    assert names.count("Hội đồng Dân tộc") == 1  # ``HĐDT`` is the council named in full


@pytest.mark.parametrize("short", ["Đài PT-TH tỉnh", "Đài PT&TH tỉnh", "Đài PT - TH tỉnh"])
def test_station_abbreviated_in_recipients_is_one_organ(short: str) -> None:
    tail = f"\nNơi nhận:\n- Như trên;\n- {short} (để đăng tin);\n- Lưu: VT.\n" + \
        "\nKT. CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nVõ Minh Khang\n"
    names = _agencies("1. Đài Phát thanh và Truyền hình tỉnh mở chuyên mục bầu cử.\n", tail)
    assert "Đài Phát thanh và Truyền hình tỉnh" in names
    assert short not in names
