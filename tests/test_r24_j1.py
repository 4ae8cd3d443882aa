"""Round 24b (J1): construction, urban planning and housing documents.

Invented text throughout: the construction inspectorate's district teams named by their
task or their area in small letters (``Đội Thanh tra trật tự xây dựng quận X``, ``Đội
Thanh tra địa bàn quận X``), and a subject detailing its own staff to a task (``Công an
huyện phân công lực lượng hỗ trợ ...``), which hands no task to the staff.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _actors(text: str) -> list[str]:
    return [a.actor for a in parse(text).assignments]


# --- the inspectorate's district teams --------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Giao Đội Thanh tra trật tự xây dựng quận Long Biên kiểm tra các công trình.",
     "Đội Thanh tra trật tự xây dựng quận Long Biên"),
    ("Đề nghị Đội Thanh tra địa bàn huyện Củ Chi lập hồ sơ xử lý vi phạm.",
     "Đội Thanh tra địa bàn huyện Củ Chi"),
    ("Phối hợp với Đội Thanh tra xây dựng huyện Gia Lâm kiểm tra hiện trường.",
     "Đội Thanh tra xây dựng huyện Gia Lâm"),
    ("Giao Đội Thanh tra địa bàn Quận 12 báo cáo kết quả cưỡng chế.",
     "Đội Thanh tra địa bàn Quận 12"),
])
def test_inspection_team_named_by_task_or_area(text: str, name: str) -> None:
    assert name in _names(text)


def test_inspection_teams_of_every_district_are_a_class() -> None:
    # ``các quận, huyện``: the teams of all districts, no one organ; never cut short
    names = _names("Phối hợp với Đội Thanh tra trật tự xây dựng các quận, huyện kiểm tra.")
    assert "Đội Thanh tra" not in names


def test_inspectorate_at_work_is_not_a_team_name() -> None:
    # the department's inspectorate inspecting: ``thanh tra`` small is its verb
    assert _names("Thanh tra Sở Xây dựng thanh tra trật tự xây dựng tại các dự án.") == [
        "Thanh tra Sở Xây dựng"]


# --- a subject detailing its own staff --------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("II. NHIỆM VỤ\n1. Công an thị xã phân công lực lượng hỗ trợ Đoàn kiểm tra khi "
     "cưỡng chế công trình vi phạm.\n2. Phòng Kinh tế hạ tầng chủ trì tổng hợp.\n",
     "Công an thị xã"),
    ("1. Phòng Quản lý đô thị phân công cán bộ theo dõi việc khắc phục sau kiểm tra.\n"
     "2. Phòng Tài chính chủ trì bố trí kinh phí.\n",
     "Phòng Quản lý đô thị"),
    ("1. Ban Quản lý dự án đầu tư xây dựng huyện phân công viên chức giám sát thi công "
     "nhà ở xã hội.\n2. Công an huyện chủ trì bảo vệ hiện trường.\n",
     "Ban Quản lý dự án đầu tư xây dựng huyện"),
])
def test_subject_details_own_staff(text: str, actor: str) -> None:
    actors = _actors(text)
    assert actor in actors
    assert not any(a.startswith(("lực lượng", "cán bộ", "viên chức")) for a in actors)


def test_staff_handed_a_task_by_a_cue_still_named() -> None:
    # ``phân công`` handing a task to a named organ is still a cue
    assert "Phòng Công chức" in _actors("1. Sở Nội vụ phân công Phòng Công chức theo dõi.\n")
