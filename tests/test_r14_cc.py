"""Administrative reform and public-service discipline: a Party committee's ``lãnh đạo Y``
directs Y, the head ``là người chịu trách nhiệm`` answers for a task, the working teams of
a programme (``Tổ công tác triển khai Đề án 06 tỉnh``) and the home affairs' reform
departments (``Phòng Cải cách hành chính``) are organs."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies

_PARTY = """TỈNH ỦY PHÚ THỌ
*
ĐẢNG CỘNG SẢN VIỆT NAM
Số 210-TB/TU
Phú Thọ, ngày 12 tháng 11 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
về công tác cải cách hành chính và thực hiện Đề án 06

1. Đảng ủy Công an tỉnh lãnh đạo Công an tỉnh hoàn thành các chỉ tiêu của Đề án 06 \
trong quý I/2026.
2. Các đảng ủy trực thuộc Tỉnh ủy lãnh đạo UBND các xã, phường nâng cao chất lượng \
hoạt động của Trung tâm Phục vụ hành chính công xã.
3. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Nội vụ tăng cường kiểm tra \
công vụ đột xuất.
4. UBND tỉnh bố trí lãnh đạo tỉnh tiếp đoàn công tác của Bộ Nội vụ.

Nơi nhận:
- Lưu Văn phòng Tỉnh ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Nguyễn Thị Thu Hương
"""


def _by_clause(text: str) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for a in vbcd.parse(text).assignments:
        out.setdefault(a.clause or "", set()).add((a.actor, a.role))
    return out


def test_a_party_committee_leading_a_body_directs_it() -> None:
    found = _by_clause(_PARTY)
    assert ("Công an tỉnh", "directed") in found["1"]
    assert ("UBND các xã, phường", "directed") in found["2"]
    assert {a for a, _ in found["3"]} >= {"Ban cán sự đảng UBND tỉnh", "UBND tỉnh", "Sở Nội vụ"}


def test_lanh_dao_after_another_task_word_is_a_noun() -> None:
    actors = {a for a, _ in _by_clause(_PARTY)["4"]}
    assert actors == {"UBND tỉnh"}


_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 08/CT-UBND
Hà Tĩnh, ngày 15 tháng 3 năm 2025

CHỈ THỊ
Về tăng cường kỷ luật, kỷ cương hành chính

1. {line}
"""


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        ("Người đứng đầu cơ quan, đơn vị là người chịu trách nhiệm trực tiếp về kỷ luật, "
         "kỷ cương hành chính.", "Người đứng đầu cơ quan, đơn vị"),
        ("Chủ tịch UBND các xã, phường là người chịu trách nhiệm cao nhất về kết quả giải "
         "quyết thủ tục hành chính trên địa bàn.", "Chủ tịch UBND các xã, phường"),
        ("Thủ trưởng các sở, ban, ngành cấp tỉnh là người chịu trách nhiệm cao nhất về công "
         "tác cải cách hành chính tại cơ quan, đơn vị mình.",
         "Thủ trưởng các sở, ban, ngành cấp tỉnh"),
    ],
)
def test_the_head_named_as_the_one_who_answers(line: str, actor: str) -> None:
    actors = [a.actor for a in vbcd.parse(_HEAD.format(line=line)).assignments]
    assert actors == [actor]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tổ công tác triển khai Đề án 06 tỉnh hướng dẫn các xã, phường làm sạch dữ liệu "
         "dân cư.", "Tổ công tác triển khai Đề án 06 tỉnh"),
        ("Tổ Công tác Đề án 06 tỉnh chủ trì tổng hợp kết quả, báo cáo UBND tỉnh.",
         "Tổ Công tác Đề án 06 tỉnh"),
        ("Tổ công tác cải cách hành chính tỉnh có trách nhiệm tham mưu UBND tỉnh.",
         "Tổ công tác cải cách hành chính tỉnh"),
        ("Gửi báo cáo về Sở Nội vụ (qua Phòng Cải cách hành chính) trước ngày 25/11/2025.",
         "Phòng Cải cách hành chính"),
        ("Vụ Cải cách hành chính, Bộ Nội vụ hướng dẫn xác định Chỉ số cải cách hành chính.",
         "Vụ Cải cách hành chính"),
        ("Phòng Cải cách hành chính và Văn thư, lưu trữ chủ trì tham mưu.",
         "Phòng Cải cách hành chính và Văn thư, lưu trữ"),
    ],
)
def test_reform_teams_and_departments_are_organs(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]


def test_a_team_named_by_a_free_task_stays_a_class() -> None:
    text = "Tổ công tác hỗ trợ người dân tại Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ."
    assert not [a for a in find_agencies(text) if a.name.startswith("Tổ công tác")]


def test_the_working_team_leads_with_its_whole_name() -> None:
    text = _HEAD.format(line="Tổ công tác triển khai Đề án 06 tỉnh hướng dẫn các xã, phường "
                        "làm sạch dữ liệu dân cư trước ngày 30/9/2025.")
    actors = [a.actor for a in vbcd.parse(text).assignments]
    assert actors[0] == "Tổ công tác triển khai Đề án 06 tỉnh"
