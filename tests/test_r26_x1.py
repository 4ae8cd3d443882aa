"""Round 26, gap X1: assignments and a target deadline in trade-union letters.

(A) a plural class whose head is a labour federation or the Youth Union (``Các Liên
đoàn Lao động huyện, thành phố hướng dẫn ...``); (B) a clause heading line ending with a
quoted name, with a noun that ends in ``ở`` (``nhà ở``) or in the organ head ``công
đoàn`` (``kinh phí công đoàn``), then its first sentence on the next line; (G) a target
by a day with no completion verb (``...; đến ngày 30/6/2024 đạt tối thiểu 55% kế
hoạch năm``). All texts invented.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ\n"
    "Số: 145/LĐLĐ-TC\n"
    "V/v đôn đốc thu kinh phí công đoàn năm 2024\n"
    "Quảng Trị, ngày 12 tháng 4 năm 2024\n"
    "Kính gửi: Các công đoàn cấp trên trực tiếp cơ sở.\n"
    "Ban Thường vụ Liên đoàn Lao động tỉnh đề nghị như sau:\n"
)
_FOOT = (
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TC.\n"
    "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\nTrần Thị Mai\n"
)


def _doc(body: str):  # type: ignore[no-untyped-def]
    return parse(_HEAD + body + _FOOT)


def _actors(body: str) -> list[tuple[str, str]]:
    return [(a.clause, a.actor) for a in _doc(body).assignments]


@pytest.mark.parametrize(("line", "actor"), [
    ("Các Liên đoàn Lao động huyện, thị xã, thành phố rà soát danh sách doanh nghiệp.",
     "Các Liên đoàn Lao động huyện, thị xã, thành phố"),
    ("Các Liên đoàn Lao động cấp huyện phối hợp vận động doanh nghiệp ủng hộ.",
     "Các Liên đoàn Lao động cấp huyện"),
    ("Các Đoàn thanh niên cơ sở tổ chức thăm hỏi đoàn viên khó khăn.",
     "Các Đoàn thanh niên cơ sở"),
])
def test_plural_federation_opens_an_assignment(line: str, actor: str) -> None:
    assert ("1", actor) in _actors(f"1. {line}\n")


@pytest.mark.parametrize("heading", [
    'Hỗ trợ xây dựng "Mái ấm Công đoàn"',
    "Hỗ trợ nhà ở",
    "Thu kinh phí công đoàn, đoàn phí công đoàn",
    "Tài chính công đoàn",
])
def test_heading_line_ends_before_its_first_sentence(heading: str) -> None:
    body = (f"1. {heading}\n"
            "Ban Tài chính phối hợp với Ban Tổ chức thẩm định hồ sơ đề nghị hỗ trợ.\n")
    assert ("1", "Ban Tài chính") in _actors(body)


def test_wrapped_sentence_still_goes_on_after_a_linking_word() -> None:
    # near miss: a line ending with ``với`` before a quoted name is a wrap
    body = ('1. Ban Tài chính phối hợp với "Quỹ"\n'
            "Ban Tổ chức thẩm định hồ sơ.\n")
    assert ("1", "Ban Tài chính") in _actors(body)
    assert ("1", "Ban Tổ chức") not in _actors(body)


def test_target_by_a_day_is_a_deadline() -> None:
    doc = _doc("1. Các Liên đoàn Lao động huyện, thành phố đôn đốc thu đoàn phí; "
               "đến ngày 30/6/2024 đạt tối thiểu 55% kế hoạch năm.\n")
    assert [d.date for d in doc.deadlines] == ["2024-06-30"]


@pytest.mark.parametrize("line", [
    # a day before the issue date: a status
    "Thu kinh phí công đoàn đến ngày 31/3/2024 đạt 25% kế hoạch năm.",
    # a past word between the day and the verb
    "Thu đoàn phí đến ngày 30/6/2024 đã đạt 45% kế hoạch.",
    "Tiến độ thu còn chậm (đến ngày 30/6/2024 mới đạt 30%).",
    # an estimate
    "Ước thu kinh phí công đoàn đến ngày 30/4/2024 đạt 30% kế hoạch năm.",
])
def test_status_or_estimate_is_no_deadline(line: str) -> None:
    assert _doc(f"1. {line}\n").deadlines == []
