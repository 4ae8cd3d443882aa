"""Round 26 (T1): short forms of an organ named in full, and the scope word that must
match (invented documents)."""

from __future__ import annotations

from vbcd import parse

_HEAD = """ỦY BAN NHÂN DÂN
{issuer}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 215/UBND-VX
{place}, ngày 12 tháng 3 năm 2024

V/v phối hợp thực hiện

Kính gửi: {to}.

"""


def _groups(text: str) -> list[list[str]]:
    return [[m.text for m in a.mentions] for a in parse(text).agencies]


def _group_of(text: str, mention: str) -> list[str]:
    return next(g for g in _groups(text) if mention in g)


def test_front_short_form_with_two_word_scope_joins_full_name() -> None:
    text = _HEAD.format(
        issuer="THÀNH PHỐ HẢI PHÒNG", place="Hải Phòng",
        to="Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng") + (
        "Thực hiện đề nghị của UBMTTQ TP, Ủy ban nhân dân thành phố giao:\n"
        "1. Các sở phối hợp với UB MTTQ thành phố tổ chức vận động.\n")
    group = _group_of(text, "UB MTTQ thành phố")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng" in group
    assert "UBMTTQ TP" in group


def test_city_short_form_not_joined_to_province_committee() -> None:
    text = _HEAD.format(
        issuer="TỈNH QUẢNG NAM", place="Quảng Nam",
        to="Sở Xây dựng") + (
        "Ủy ban nhân dân tỉnh Quảng Nam giao:\n"
        "1. UBND thành phố chủ trì lập phương án chỉnh trang đô thị.\n")
    assert "UBND thành phố" not in _group_of(text, "Ủy ban nhân dân tỉnh Quảng Nam")


def test_project_board_works_written_short() -> None:
    text = _HEAD.format(
        issuer="HUYỆN TƯ NGHĨA", place="Tư Nghĩa",
        to="Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Ngãi") + (
        "Ủy ban nhân dân huyện nhận được văn bản của BQLDA ĐTXD CTGT tỉnh và có ý kiến"
        " như sau:\n1. Giao Phòng Kinh tế và Hạ tầng huyện phối hợp kiểm kê tài sản.\n")
    group = _group_of(text, "BQLDA ĐTXD CTGT tỉnh")
    assert len(group) == 2
