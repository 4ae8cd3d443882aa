"""Assignments a real document's clause gives and the grammar used to miss (round 16).

Each text is invented; each form was seen in real directives: a class noun written
with a capital opening an item of a subject list, a long condition whose first comma
opens no main clause, ``tăng`` ending a coordinated list, and a coordinating organ
before the colon that opens the task.
"""

from __future__ import annotations

import vbcd

_HEAD = "QUYẾT ĐỊNH\n\nĐiều 2. Tổ chức thực hiện\n\n1. Sở Y tế hướng dẫn thực hiện.\n\n"


def _records(body: str) -> list[tuple[str | None, str, str]]:
    doc = vbcd.parse(_HEAD + body + "\n")
    return [(a.clause, " ".join(a.actor.split()), a.role) for a in doc.assignments]


def test_capitalised_class_noun_opens_a_list_item() -> None:
    got = _records("2. Sở Tài chính, Cơ quan Thuế tỉnh, Kho bạc Nhà nước khu vực V "
                   "theo chức năng, nhiệm vụ tổ chức thực hiện.")
    actors = [a for _, a, _ in got]
    assert "Sở Tài chính" in actors
    assert "Cơ quan Thuế tỉnh" in actors


def test_capitalised_class_noun_after_an_organ_in_a_subject_list() -> None:
    got = _records("2. Vụ Pháp chế, Cơ quan Thường trực Ban Chỉ đạo tổng hợp vướng mắc, "
                   "đề xuất sửa đổi quy định.")
    actors = [a for _, a, _ in got]
    assert "Vụ Pháp chế" in actors
    assert "Cơ quan Thường trực Ban Chỉ đạo" in actors


def test_small_class_nouns_stay_one_list() -> None:
    got = _records("2. Ủy ban nhân dân các tỉnh, thành phố báo cáo kết quả.")
    assert [a for c, a, _ in got if c == "Điều 2/2"] == ["Ủy ban nhân dân các tỉnh, thành phố"]


def test_long_condition_before_the_subject() -> None:
    got = _records(
        "2. Khi chi phí nhiên liệu, nhân công biến động tăng, giảm trên 10% so với mức làm "
        "căn cứ xây dựng giá quy định tại Điều 1 Quyết định này hoặc phát sinh tuyến mới "
        "chưa có giá, Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, trình Ủy ban "
        "nhân dân tỉnh điều chỉnh.")
    assert ("Điều 2/2", "Sở Tài chính", "lead") in got


def test_long_condition_then_a_proposal_before_the_subject() -> None:
    got = _records(
        "2. Trường hợp giá bán trên thị trường thay đổi, tăng từ 20% trở lên so với giá tối "
        "thiểu, giảm từ 20% trở lên so với giá tối đa của Khung giá do Bộ Tài chính ban hành, "
        "trên cơ sở đề xuất của Sở Nông nghiệp và Môi trường, Sở Tài chính tổng hợp, báo cáo "
        "Ủy ban nhân dân tỉnh.")
    assert ("Điều 2/2", "Sở Tài chính", "responsible") in got


def test_tang_ends_a_coordinated_list() -> None:
    got = _records("2. Đài Phát thanh tỉnh phối hợp với các sở, ngành, lực lượng chức năng "
                   "tăng thời lượng phát sóng, tuyên truyền về tác hại của ma túy.")
    assert ("Điều 2/2", "các sở, ngành, lực lượng chức năng", "coordinate") in got


def test_coordinating_organ_before_a_colon() -> None:
    got = _records("2. Sở Tư pháp chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh (Trung "
                   "tâm Phục vụ hành chính công): Xây dựng quy trình nội bộ, trình phê duyệt.")
    assert ("Điều 2/2", "Sở Tư pháp", "lead") in got
    assert ("Điều 2/2", "Văn phòng Ủy ban nhân dân tỉnh", "coordinate") in got
