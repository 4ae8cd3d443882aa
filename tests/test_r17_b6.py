"""Round 17 (B6): provincial People's Committees' plans, decisions and letters.

Blind-annotated documents of the family showed four causes, each tested here on
invented text: a task table whose rows wrap over lines (a PDF's text layer), a board's
topic running on into the cited document's subject (``về việc ...``), an organ's name
taking the verb ``điều tra`` at a line's end, and a name wrapped onto a line that opens
a clause (``1. ...``) or a period cell (``Quý III/2024``).
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _actors(text: str) -> list[tuple[str | None, str]]:
    return [(a.clause, " ".join(a.actor.split())) for a in parse(text).assignments]


_WRAPPED_TABLE = (
    "KẾ HOẠCH\nTổ chức Tuần lễ áo dài năm 2026\n"
    "1. Phân công\n"
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n"
    "| 1 | Khai mạc Tuần lễ | Sở Văn hóa, Thể thao và Du lịch | Tháng 3/2026 |\n"
    "| 2 | Trình diễn áo dài tại các khu\n"
    "du lịch | Trung tâm Xúc tiến\n"
    "đầu tư tỉnh | Trước ngày 20/3/2026 |\n"
    "                                    2\n"
    "| 3 | Tổng kết, khen thưởng | Ủy ban nhân dân\n"
    "các xã, phường | Trước ngày 31/3/2026 |\n"
    "2. Tổ chức thực hiện\nSở Văn hóa, Thể thao và Du lịch tổng hợp kết quả.\n"
)


def test_table_rows_wrapped_over_lines_are_read() -> None:
    actors = _actors(_WRAPPED_TABLE)
    assert ("1", "Trung tâm Xúc tiến đầu tư tỉnh") in actors
    assert ("1", "Ủy ban nhân dân các xã, phường") in actors


def test_wrapped_rows_deadlines_carry_their_actors() -> None:
    by_date = {d.date: d.actors for d in parse(_WRAPPED_TABLE).deadlines}
    assert by_date.get("2026-03-20") == ["Trung tâm Xúc tiến đầu tư tỉnh"]


@pytest.mark.parametrize(("text", "name"), [
    ("Thực hiện Công văn của Ban Chỉ đạo Trung ương về phòng, chống thiên tai về việc "
     "chuẩn bị mùa mưa bão, UBND tỉnh yêu cầu:",
     "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"),
    ("Theo Kế hoạch của Ban Chỉ đạo liên ngành tỉnh về an toàn thực phẩm về tổ chức "
     "Tết Trung thu, Sở Y tế chủ trì.",
     "Ban Chỉ đạo liên ngành tỉnh về an toàn thực phẩm"),
    ("Thông báo của Ban Chỉ đạo tỉnh về việc tổ chức diễn tập khu vực phòng thủ.",
     "Ban Chỉ đạo tỉnh"),
])
def test_board_topic_stops_before_the_sentence_subject(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("2. Công an tỉnh phối hợp với Sở Công Thương điều tra,\nxác minh nguồn gốc hàng hóa.",
     "Sở Công Thương"),
    ("3. Giao Cục Thuế tỉnh phối hợp với Sở Tài chính điều tra,\nlàm rõ các sai phạm.",
     "Sở Tài chính"),
])
def test_investigate_is_a_verb_after_an_organ(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert f"{name} điều tra" not in names


def test_police_investigation_agency_keeps_its_name() -> None:
    assert "Cơ quan Cảnh sát điều tra Công an tỉnh" in _names(
        "Giao Cơ quan Cảnh sát điều tra Công an tỉnh khẩn trương điều tra, xử lý.")


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Điều 3. Trách nhiệm của Ban Quản lý dự án\n1. Lập kế hoạch thực hiện.",
     "Ban Quản lý dự án", "Ban Quản lý dự án 1"),
    ("STT\nNhiệm vụ\nCơ quan chủ trì\nThời gian\n1\nSố hóa hồ sơ\nSở Tư pháp\n"
     "Quý III/2026\n", "Sở Tư pháp", "Sở Tư pháp Quý III"),
])
def test_name_does_not_wrap_onto_a_clause_or_period_line(
        text: str, good: str, bad: str) -> None:
    names = _names(text)
    assert good in names
    assert bad not in names
