"""Food-safety plans and decisions: the inspection teams and steering boards they set up
as the subjects of their clauses (``Đoàn kiểm tra liên ngành về an toàn thực phẩm tỉnh
thực hiện ...``, ``Các Đoàn kiểm tra liên ngành cấp tỉnh tổ chức kiểm tra ...``)."""

from __future__ import annotations

import pytest

import vbcd

_PLAN = """UBND TỈNH QUẢNG BÌNH
BCĐ LIÊN NGÀNH VỀ ATTP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/KH-BCĐLNATTP
Quảng Bình, ngày 10 tháng 12 năm 2024

KẾ HOẠCH
Kiểm tra liên ngành về an toàn thực phẩm Tết Nguyên đán Ất Tỵ năm 2025

Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh ban hành Kế hoạch như sau:
1. Các Đoàn kiểm tra liên ngành cấp tỉnh tổ chức kiểm tra theo đúng nội dung Kế hoạch; \
báo cáo kết quả về Thường trực Ban Chỉ đạo trước ngày 05/3/2025.
2. Ban Chỉ đạo liên ngành về an toàn thực phẩm các huyện, thị xã, thành phố xây dựng kế \
hoạch kiểm tra của địa phương; báo cáo kết quả trước ngày 03/3/2025.
3. Đoàn kiểm tra liên ngành về an toàn thực phẩm tỉnh phối hợp với Ủy ban nhân dân các \
xã hậu kiểm các cơ sở vi phạm.
4. Chi cục An toàn vệ sinh thực phẩm tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Phan Thị Thúy Hà
"""


def _assigned(text: str) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in vbcd.parse(text).assignments]


def test_plan_inspection_teams_and_boards_are_clause_subjects() -> None:
    found = _assigned(_PLAN)
    assert ("1", "Các Đoàn kiểm tra liên ngành cấp tỉnh") in found
    assert ("2", "Ban Chỉ đạo liên ngành về an toàn thực phẩm các huyện, thị xã, "
                 "thành phố") in found
    assert ("3", "Đoàn kiểm tra liên ngành về an toàn thực phẩm tỉnh") in found
    assert ("4", "Chi cục An toàn vệ sinh thực phẩm") in found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the board's listed topic after ``về`` goes on its name, a scope after it
        ("1. Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp huyện xây dựng kế hoạch "
         "kiểm tra.", "Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp huyện"),
        ("1. Đoàn kiểm tra liên ngành về an toàn thực phẩm thực hiện kiểm tra các cơ sở.",
         "Đoàn kiểm tra liên ngành về an toàn thực phẩm"),
        ("2. Đoàn kiểm tra liên ngành về vệ sinh an toàn thực phẩm của phường tổ chức "
         "kiểm tra các cơ sở kinh doanh bánh trung thu.",
         "Đoàn kiểm tra liên ngành về vệ sinh an toàn thực phẩm của phường"),
        # a team's kind ends in ``kiểm tra`` / ``công tác``: any task word after it
        # opens its task
        ("1. Đoàn kiểm tra liên ngành tổ chức kiểm tra các bếp ăn tập thể.",
         "Đoàn kiểm tra liên ngành"),
        ("1. Tổ công tác số 1 tuần tra đoạn biên giới từ mốc 36 đến mốc 40.",
         "Tổ công tác số 1"),
        # a plural team: a class of actors
        ("1. Các Đoàn kiểm tra thực hiện kiểm tra theo kế hoạch.", "Các Đoàn kiểm tra"),
    ],
)
def test_team_subject(text: str, actor: str) -> None:
    assert actor in [a for _, a in _assigned(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a report of what a team did hands no task
        "1. Đoàn kiểm tra liên ngành về an toàn thực phẩm đã kiểm tra 120 cơ sở.",
        # a verb opening a sentence names no board
        "1. Ban hành kế hoạch triển khai thực hiện.",
    ],
)
def test_no_team_subject(text: str) -> None:
    assert _assigned(text) == []
