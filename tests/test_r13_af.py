"""Assignment follow-ups across families (round 13, AF): a relative clause of place after
a class of bodies is the scope, not the actor; task words after ``công đoàn`` and ``quan
tâm`` open the task; the police's forces named by their branch are actors of their own;
a bare class after ``phối hợp với`` coordinates; a festival named ``Hội`` is no body."""

from __future__ import annotations

import pytest

import vbcd


def _roles(text: str) -> list[tuple[str, str, str]]:
    d = vbcd.parse(text)
    return [(a.actor, a.role, a.task) for a in d.assignments]


@pytest.mark.parametrize(
    ("text", "actor", "task_start"),
    [
        ("2. UBND các xã, phường nơi tổ chức tiếp xúc cử tri bố trí địa điểm, bảo đảm an "
         "ninh trật tự.", "UBND các xã, phường", "bố trí địa điểm"),
        ("3. Ủy ban nhân dân các xã, phường nơi có dự án chủ động phối hợp giải quyết kiến "
         "nghị của cử tri.", "Ủy ban nhân dân các xã, phường", "chủ động phối hợp"),
        ("2. Ủy ban nhân dân các xã nơi xảy ra sạt lở khẩn trương di dời người dân.",
         "Ủy ban nhân dân các xã", "khẩn trương di dời"),
        ("Đề nghị UBND các xã nơi có tuyến đường đi qua phối hợp bàn giao mặt bằng.",
         "UBND các xã", "phối hợp bàn giao"),
    ],
)
def test_a_relative_clause_of_place_is_no_part_of_the_actor(
        text: str, actor: str, task_start: str) -> None:
    roles = _roles(text)
    assert roles and roles[0][0] == actor
    assert roles[0][2].startswith(task_start)


@pytest.mark.parametrize(
    ("text", "actor", "task_start"),
    [
        ("1. Các tổ công đoàn lập danh sách đoàn viên có hoàn cảnh khó khăn gửi Ban Chấp "
         "hành trước ngày 10/01/2026.", "Các tổ công đoàn", "lập danh sách"),
        ("5. Đề nghị các cơ quan quan tâm phối hợp thực hiện tốt kế hoạch này.",
         "các cơ quan", "quan tâm phối hợp"),
    ],
)
def test_a_task_word_after_a_class_opens_the_task(
        text: str, actor: str, task_start: str) -> None:
    roles = _roles(text)
    assert roles and roles[0][0] == actor
    assert roles[0][2].startswith(task_start)


def test_police_forces_joined_by_a_comma_are_two_actors() -> None:
    roles = _roles("4. Công an tỉnh chỉ đạo Tổ Cảnh sát khu vực, Cảnh sát trật tự bảo đảm "
                   "an toàn tại các điểm tiếp xúc.")
    directed = [r[0] for r in roles if r[1] == "directed"]
    assert directed == ["Tổ Cảnh sát khu vực", "Cảnh sát trật tự"]
    roles = _roles("2. Cảnh sát khu vực, Dân quân xã tăng cường tuần tra, kiểm soát địa bàn.")
    assert [r[0] for r in roles] == ["Cảnh sát khu vực", "Dân quân xã"]


def test_a_bare_class_after_phoi_hop_voi_coordinates() -> None:
    roles = _roles("2. Ban Nữ công phối hợp với chủ đầu tư chuẩn bị quà tặng.")
    assert ("chủ đầu tư", "coordinate", "chuẩn bị quà tặng.") in roles
    roles = _roles("5. Ban quản lý chợ phối hợp với nhà thầu thi công hoàn thành sửa chữa "
                   "trước ngày 20/01/2026.")
    assert [r[:2] for r in roles] == [("Ban quản lý chợ", "responsible"),
                                      ("nhà thầu thi công", "coordinate")]


def test_a_festival_named_hoi_is_no_actor() -> None:
    assert _roles("3. Hội Xuân các dân tộc tổ chức vào ngày 25/01/2026 tại sân trường.") == []
    roles = _roles("3. Hội Nông dân xã tổ chức tập huấn cho hội viên.")
    assert [r[0] for r in roles] == ["Hội Nông dân xã"]
