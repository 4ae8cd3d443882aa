"""Round 16 (W3A): assignments a condition or a clause heading hid (invented text)."""

from __future__ import annotations

import vbcd

_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 31/QĐ-UBND\nPhú Yên, ngày 04 tháng 4 năm 2025\n"
    "QUYẾT ĐỊNH\nVề việc phân cấp quản lý tài sản\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Phân cấp cho Ủy ban nhân dân cấp xã quản lý tài sản công.\n"
)
_TAIL = "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"


def _actors(body: str) -> set[tuple[str | None, str]]:
    d = vbcd.parse(_HEAD + body + _TAIL)
    return {(a.clause, a.actor) for a in d.assignments}


def test_condition_without_comma_before_subject() -> None:
    got = _actors("Điều 2. Trong quá trình thực hiện, nếu có vướng mắc Ủy ban nhân dân "
                  "các xã kịp thời phản ánh về Sở Tài chính để tổng hợp.\n")
    assert ("Điều 2", "Ủy ban nhân dân các xã") in got


def test_condition_pair_then_plural_subject() -> None:
    got = _actors("Điều 2. Nếu có khó khăn, vướng mắc các Sở chủ động trao đổi với "
                  "Sở Tài chính để thống nhất.\n")
    assert ("Điều 2", "các Sở") in got


def test_heading_line_then_fronted_clause() -> None:
    got = _actors("Điều 2. Tổ chức thực hiện\nTrong quá trình triển khai, nếu phát sinh "
                  "khó khăn, Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert ("Điều 2", "Sở Xây dựng") in got


def test_heading_wrapped_in_small_letters() -> None:
    got = _actors("Điều 2. Sửa đổi, bổ\nsung\nKhi các văn bản dẫn chiếu được thay thế, "
                  "Sở Tư pháp rà soát, tham mưu điều chỉnh.\n")
    assert ("Điều 2", "Sở Tư pháp") in got


def test_condition_comma_pair_still_read() -> None:
    got = _actors("Điều 2. Nếu có khó khăn, vướng mắc, Công an tỉnh báo cáo "
                  "Ủy ban nhân dân tỉnh.\n")
    assert ("Điều 2", "Công an tỉnh") in got


def test_an_article_heading_run_into_its_sentence_hands_on_its_actors() -> None:
    import vbcd

    text = ("QUYẾT ĐỊNH\n\nĐiều 1. Ban hành Kế hoạch.\n"
            "Điều 2. Trách nhiệm thực hiện Sở Văn hóa và Thể thao, Sở Khoa học và Công nghệ, "
            "UBND các huyện chịu trách nhiệm thi hành Quyết định này.\n"
            "Điều 3. Tổ chức thực hiện các nhiệm vụ được giao đúng tiến độ.\n")
    got = [(a.clause, a.actor) for a in vbcd.parse(text).assignments]
    assert got == [("Điều 2", "Sở Văn hóa và Thể thao"),
                   ("Điều 2", "Sở Khoa học và Công nghệ"), ("Điều 2", "UBND các huyện")]
