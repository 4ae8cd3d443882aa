"""Round 26 (S4): streamlining the apparatus and public assets (surplus premises, cars
and equipment handed over after mergers, the finance departments' divisions).

Invented text throughout: a clause heading that ends with a noun whose last word is a
linking word (``thiết bị``, ``cấp xã``, ``chuyển đổi số``), and the finance department's
division for prices and public property, named on past its small ``và``.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _actors(text: str) -> set[tuple[str, str]]:
    return {(a.clause, a.actor) for a in parse(text).assignments}


# --- a heading line ending in a noun whose last word links --------------------------------

@pytest.mark.parametrize(("heading", "actor"), [
    ("Về máy móc, thiết bị", "Ủy ban nhân dân các phường"),
    ("Về trang thiết bị", "Văn phòng UBND tỉnh"),
    ("Về sắp xếp đơn vị hành chính cấp xã", "Sở Nội vụ"),
    ("Về chuyển đổi số", "Sở Khoa học và Công nghệ"),
    ("Công tác chuẩn bị", "Văn phòng Sở"),
])
def test_heading_ending_in_linking_noun_ends_the_line(heading: str, actor: str) -> None:
    text = (
        "Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n"
        f"1. {heading}\n"
        f"{actor} rà soát tài sản dôi dư sau hợp nhất, báo cáo trước ngày 20/8/2025.\n\n"
        "2. Về xe ô tô\n"
        "Các sở lập danh sách xe ô tô dôi dư.\n"
    )
    assert ("1", actor) in _actors(text)


def test_heading_wrapped_after_linking_word_still_wraps() -> None:
    # ``bị`` alone (a passive) still carries the sentence on to the next line
    text = (
        "Yêu cầu như sau:\n\n"
        "1. Tài sản công không để bị\n"
        "Thất thoát; Sở Tài chính kiểm tra việc bàn giao.\n"
    )
    assert ("1", "Sở Tài chính") in _actors(text)


# --- the finance department's divisions named past a small ``và`` ----------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Đề nghị liên hệ Phòng Quản lý giá và công sản, Sở Tài chính để được hướng dẫn.",
     "Phòng Quản lý giá và công sản"),
    ("Phòng Tài chính hành chính sự nghiệp thẩm định dự toán kinh phí chi trả chế độ.",
     "Phòng Tài chính hành chính sự nghiệp"),
    ("Phòng Quản lý giá và tài sản công theo dõi việc bàn giao trụ sở.",
     "Phòng Quản lý giá và tài sản công"),
])
def test_finance_division_named_past_va(text: str, name: str) -> None:
    assert name in {a.name for a in find_agencies(text)}
