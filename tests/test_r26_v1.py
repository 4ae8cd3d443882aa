"""Round 26 (V1): assignment actors that ran on into their verb, or were missed.

Invented text throughout: an organ word closing a generic actor before a verb no organ is
named by (``Văn phòng Ban bố trí ...``, ``Thủ trưởng cơ quan khắc phục ...``, ``Văn thư
cơ quan lập sổ ...``), the historical archive named by its level (``Lưu trữ lịch sử
tỉnh``), a heading ending in a level (``Về tổ chức bộ máy cấp tỉnh``) above its first
sentence, and a company's name typed without marks in a marked body.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = """SỞ NỘI VỤ TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 112/KH-SNV
Quảng Trị, ngày 04 tháng 4 năm 2025

KẾ HOẠCH
Chỉnh lý tài liệu tồn đọng năm 2025

I. NHIỆM VỤ
"""
_FOOT = """
Nơi nhận:
- Như trên;
- Lưu: VT, VTLT.
GIÁM ĐỐC
Hồ Văn Nam
"""


def _actors(body: str) -> set[tuple[str, str]]:
    doc = parse(_HEAD + body + _FOOT)
    return {(a.clause or "", a.actor) for a in doc.assignments}


@pytest.mark.parametrize(("line", "actor"), [
    ("1. Văn phòng Ban bố trí hội trường, xe đưa đón đại biểu.", "Văn phòng Ban"),
    ("1. Thủ trưởng cơ quan khắc phục ngay những hạn chế đã được chỉ ra.",
     "Thủ trưởng cơ quan"),
    ("1. Văn thư cơ quan lập sổ theo dõi văn bản đến.", "Văn thư cơ quan"),
    ("1. Lưu trữ cơ quan hướng dẫn các phòng lập hồ sơ công việc.", "Lưu trữ cơ quan"),
    ("1. Các phòng thống kê tài liệu.\nLưu trữ cơ quan tiếp nhận hồ sơ đến hạn nộp lưu.",
     "Lưu trữ cơ quan"),
    ("1. Lưu trữ lịch sử tỉnh hướng dẫn lựa chọn tài liệu bảo quản vĩnh viễn.",
     "Lưu trữ lịch sử tỉnh"),
    ("1. Các cơ sở cam kết thực hiện đúng quy định về an toàn thực phẩm.", "Các cơ sở"),
])
def test_actor_ends_at_its_verb(line: str, actor: str) -> None:
    assert ("I/1", actor) in _actors(line)


def test_organ_name_with_a_verb_kept_whole() -> None:
    # near miss: a capitalised board's name goes on in small letters (``Ban chỉ đạo``),
    # and ``Trung tâm Lưu trữ lịch sử tỉnh`` stays one name
    got = _actors("1. Trung tâm Lưu trữ lịch sử tỉnh hướng dẫn thu thập tài liệu.\n"
                  "2. Ban chỉ đạo tỉnh kiểm tra việc chỉnh lý tài liệu.\n")
    assert ("I/1", "Trung tâm Lưu trữ lịch sử tỉnh") in got
    assert ("I/2", "Ban chỉ đạo tỉnh") in got


def test_small_archive_kind_is_no_actor() -> None:
    # near miss: ``lưu trữ lịch sử`` in small letters is the kind of archive
    got = _actors("1. Tài liệu thuộc diện nộp lưu vào lưu trữ lịch sử được lựa chọn.\n")
    assert not any("lưu trữ lịch sử" in a for _, a in got)


@pytest.mark.parametrize(("heading", "first", "actor"), [
    ("1. Về tổ chức bộ máy cấp tỉnh", "Sở Nội vụ chủ trì tham mưu phương án sắp xếp.",
     "Sở Nội vụ"),
    ("1. Đối với cấp huyện", "Ủy ban nhân dân các huyện rà soát vị trí việc làm.",
     "Ủy ban nhân dân các huyện"),
])
def test_heading_ending_in_a_level_ends_its_line(heading: str, first: str, actor: str) -> None:
    assert ("I/1", actor) in _actors(heading + "\n" + first + "\n")


def test_company_typed_bare_in_marked_body() -> None:
    body = ("1. Giao Sở Nông nghiệp và Môi trường chủ trì kiểm tra, giám sát.\n"
            "2. Cong ty TNHH MTV Moi truong do thi Quang Tri khẩn trương xử lý nước rỉ rác.\n")
    got = _actors(body)
    # the actor quotes the text as printed, without the marks the reader restored
    assert ("I/2", "Cong ty TNHH MTV Moi truong do thi Quang Tri") in got
