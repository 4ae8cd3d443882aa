"""Round 15, family SR: the apparatus reorganisation of 2025 (merged departments and
ministries, the review boards of Nghị quyết 18-NQ/TW, the two-level local government)."""

from __future__ import annotations

import vbcd

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 112/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 14 tháng 3 năm 2025

KẾ HOẠCH
Sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh

{preamble}

1. {clause}
2. Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan thực hiện.

Nơi nhận:
- {recipient};
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phạm Quang Ngọc
"""


def _parse(preamble: str = "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
           clause: str = "Sở Tài chính hướng dẫn bàn giao tài sản.",
           recipient: str = "Bộ Nội vụ (b/c)") -> vbcd.Document:
    return vbcd.parse(_PLAN.format(preamble=preamble, clause=clause, recipient=recipient))


def _agencies(doc: vbcd.Document) -> list[str]:
    return [a.name for a in doc.agencies]


def _positions(doc: vbcd.Document, name: str) -> list[str]:
    person = next(p for p in doc.persons if p.name == name)
    return [doc.text[x.start:x.end] for x in person.positions]


def test_review_board_named_by_the_resolution_number() -> None:
    doc = _parse(preamble="Ngày 03/02/2025, Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của "
                 "Tỉnh ủy họp nghe báo cáo tiến độ sắp xếp, kết luận như sau:")
    assert "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Tỉnh ủy" in _agencies(doc)


def test_review_board_in_the_recipients() -> None:
    doc = _parse(recipient="Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Chính phủ (b/c)")
    assert "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Chính phủ" in _agencies(doc)


def test_review_board_after_an_opener() -> None:
    doc = _parse(preamble="Thực hiện Kế hoạch số 02-KH/BCĐ ngày 04/12/2024 của Ban Chỉ đạo "
                 "Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW, Ủy ban nhân dân "
                 "tỉnh ban hành Kế hoạch như sau:")
    assert ("Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW"
            in _agencies(doc))


def test_review_board_as_the_actor_of_a_clause() -> None:
    doc = _parse(clause="Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW tỉnh chủ trì, phối hợp "
                 "với Sở Tài chính rà soát trụ sở dôi dư.")
    actors = [a.actor for a in doc.assignments if a.clause == "1"]
    assert "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW tỉnh" in actors


def test_a_bare_programme_number_still_needs_its_scope() -> None:
    doc = _parse(clause="Ban Chỉ đạo thực hiện Nghị quyết 18 tỉnh chỉ đạo các sở rà soát.")
    assert "Ban Chỉ đạo thực hiện Nghị quyết 18 tỉnh" in _agencies(doc)


def test_list_of_whole_names_after_a_class_colon() -> None:
    doc = _parse(clause="Thành lập các ban: Ban Tổ chức - Kiểm tra; Ban Dân chủ - Pháp luật "
                 "và Tuyên giáo; Ban Phong trào.")
    names = _agencies(doc)
    assert "Ban Tổ chức - Kiểm tra" in names
    assert not any(n.startswith("Tiểu ban") for n in names)


def test_distributed_class_list_still_expands() -> None:
    doc = _parse(clause="Các Sở: Tài chính, Xây dựng phối hợp thực hiện.")
    assert {"Sở Tài chính", "Sở Xây dựng"} <= set(_agencies(doc))


def test_merger_verb_ends_the_actor() -> None:
    doc = _parse(clause="Cục Đầu tư nước ngoài và Cục Phát triển doanh nghiệp hợp nhất thành "
                 "Cục Phát triển doanh nghiệp nhà nước, báo cáo Bộ trưởng phương án nhân sự.")
    actors = [a.actor for a in doc.assignments if a.clause == "1"]
    assert "Cục Phát triển doanh nghiệp" in actors
    assert not any("hợp nhất" in a for a in actors)


def test_dissolution_ends_the_actor() -> None:
    doc = _parse(clause="Trung tâm Chính trị huyện kết thúc hoạt động; Trường Chính trị tỉnh "
                 "tiếp nhận nhiệm vụ bồi dưỡng.")
    actors = [a.actor for a in doc.assignments if a.clause == "1"]
    assert "Trung tâm Chính trị huyện" in actors
    assert "Trường Chính trị tỉnh" in actors


def test_post_list_goes_on_past_an_era_note() -> None:
    doc = _parse(clause="Ông Lê Văn Nam, Giám đốc Sở Giao thông vận tải (cũ), Phó Giám đốc Sở "
                 "Xây dựng (mới), được phân công phụ trách lĩnh vực giao thông.")
    assert _positions(doc, "Lê Văn Nam") == [
        "Giám đốc Sở Giao thông vận tải", "Phó Giám đốc Sở Xây dựng"]


def test_appointed_post_is_not_a_held_post() -> None:
    doc = _parse(clause="Ông Nguyễn Văn Toàn, nguyên Phó Chủ tịch UBND huyện Yên Minh (cũ), "
                 "được phân công giữ chức vụ Phó Chủ tịch UBND xã Yên Minh.")
    assert _positions(doc, "Nguyễn Văn Toàn") == ["nguyên Phó Chủ tịch UBND huyện Yên Minh"]


def test_now_named_post() -> None:
    doc = _parse(clause="Đồng ý để đồng chí Lê Ngọc Hưng, Giám đốc Sở Giao thông vận tải (cũ), "
                 "nay là Phó Giám đốc Sở Xây dựng.")
    assert _positions(doc, "Lê Ngọc Hưng") == [
        "Giám đốc Sở Giao thông vận tải", "Phó Giám đốc Sở Xây dựng"]


_BOARD_HEADER = """TỈNH ỦY THÁI NGUYÊN
BAN CHỈ ĐẠO TỔNG KẾT NGHỊ QUYẾT SỐ 18-NQ/TW
*
Số 05-KH/BCĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Thái Nguyên, ngày 08 tháng 12 năm 2024

KẾ HOẠCH
tổng kết việc thực hiện Nghị quyết số 18-NQ/TW
-----

1. Ban Tổ chức Tỉnh ủy chủ trì tổng hợp báo cáo.
"""


def test_issuer_line_named_after_the_resolution() -> None:
    doc = vbcd.parse(_BOARD_HEADER)
    assert doc.issuer is not None
    assert doc.issuer.value == "TỈNH ỦY THÁI NGUYÊN BAN CHỈ ĐẠO TỔNG KẾT NGHỊ QUYẾT SỐ 18-NQ/TW"
    assert doc.number is not None and doc.number.value == "05-KH/BCĐ"


def test_cited_issuer_stops_at_the_meeting_verb() -> None:
    doc = _parse(preamble="Ngày 03/02/2025, Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của "
                 "Tỉnh ủy họp nghe báo cáo tiến độ sắp xếp, kết luận như sau:")
    ref = next(r for r in doc.references if r.number == "18-NQ/TW")
    assert ref.issuer == "Tỉnh ủy"


def test_central_and_provincial_boards_stay_apart() -> None:
    """``Ban Chỉ đạo Trung ương`` is the short form of the central board named before; it
    joins that one only, and the province's board (``... của Tỉnh ủy``) stays its own."""
    doc = _parse(preamble="Thực hiện Kế hoạch của Ban Chỉ đạo Trung ương về tổng kết thực hiện "
                 "Nghị quyết số 18-NQ/TW, Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Tỉnh "
                 "ủy xây dựng Kế hoạch như sau:",
                 recipient="Ban Chỉ đạo Trung ương (b/c)")
    names = _agencies(doc)
    assert "Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết số 18-NQ/TW" in names
    assert "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Tỉnh ủy" in names
