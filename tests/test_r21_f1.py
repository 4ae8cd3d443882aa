"""Round 21 (F1): district and commune offices' notices of a chairman's conclusions.

Invented text throughout. A subordinate clause set off by commas between the subject
and its verb (``UBND các xã, sau khi thống nhất với Phòng Nội vụ, kiện toàn ...``) used
to swallow the assignment: the actor list ran on into the clause and found no verb.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = """UBND HUYỆN CẨM XUYÊN
VĂN PHÒNG HĐND VÀ UBND
Số: 64/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Xuyên, ngày 21 tháng 5 năm 2020

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp giao ban

Ngày 19/5/2020, Phó Chủ tịch UBND huyện chủ trì cuộc họp và kết luận như sau:

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
CHÁNH VĂN PHÒNG

Lê Thị Hoa
"""


def _tasks(body: str) -> list[tuple[str, str, str]]:
    doc = parse(_HEAD + body + _TAIL)
    return [(a.clause or "", a.actor, a.task or "") for a in doc.assignments]


@pytest.mark.parametrize(("body", "clause", "actor", "task_opens"), [
    ("1. UBND các xã, thị trấn, sau khi thống nhất với Phòng Nội vụ, kiện toàn "
     "Tổ công tác cấp xã trước ngày 30/6/2020.\n",
     "1", "UBND các xã, thị trấn", "sau khi thống nhất"),
    ("1. Phòng Tài chính - Kế hoạch, trên cơ sở đề xuất của các xã, tổng hợp nhu cầu "
     "vốn, trình UBND huyện.\n",
     "1", "Phòng Tài chính - Kế hoạch", "trên cơ sở đề xuất"),
    ("a) Ủy ban nhân dân cấp xã, sau khi thống nhất với Thường trực Hội đồng nhân dân "
     "cùng cấp,\nthành lập Tổ bầu cử theo quy định.\n",
     "a", "Ủy ban nhân dân cấp xã", "sau khi thống nhất"),
    ("- Công an huyện, nếu phát hiện vi phạm, xử lý nghiêm theo quy định.\n",
     "", "Công an huyện", "nếu phát hiện"),
    ("a) Các huyện, thành phố, trước khi tổ chức đấu giá, công khai danh mục thửa đất.\n",
     "a", "Các huyện, thành phố", "trước khi tổ chức"),
])
def test_inserted_clause_between_subject_and_verb(
        body: str, clause: str, actor: str, task_opens: str) -> None:
    found = _tasks(body)
    assert any(c == clause and a == actor and t.startswith(task_opens)
               for c, a, t in found), found


def test_clause_without_subject_gives_no_actor() -> None:
    """``Thống nhất với đề xuất của X, sau khi rà soát, ...``: no subject opens it."""
    body = ("1. Thống nhất với đề xuất của Phòng Giáo dục và Đào tạo, sau khi rà soát, "
            "về việc sáp nhập điểm trường.\n")
    assert _tasks(body) == []
