"""Assignments on the forms round 15 found missing or wrong: a member's line with a
military rank and several offices, the unit that serves a board, a request for
comments, staff named by their post, the on-the-spot force, a form's field line."""

from __future__ import annotations

import pytest

import vbcd

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/QĐ-UBND\n"
        "Quảng Trị, ngày 20 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo\n\n")


def records(body: str) -> list[tuple[str | None, str]]:
    """``(clause, actor)`` of each assignment of a decision with ``body``."""
    return [(a.clause, a.actor) for a in vbcd.parse(HEAD + body).assignments]


@pytest.mark.parametrize("rank", ["Đại tá", "Thượng tá", "Trung tá"])
def test_a_ranked_member_with_long_offices_gets_his_share(rank: str) -> None:
    """``Đại tá X, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Ủy viên: phụ trách ...``: the
    rank and the offices make the line longer than an organ's heading, yet the person
    before the colon is the actor of what follows it."""
    body = ("Điều 1. Thành viên gồm:\n"
            f"1. {rank} Trần Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Ủy viên: "
            "phụ trách công tác quốc phòng.\n")
    assert ("Điều 1/1", "Trần Văn Bình") in records(body)


@pytest.mark.parametrize("role", [
    "là đơn vị giúp Ban Chỉ đạo theo dõi, tổng hợp tình hình",
    "là đơn vị giúp việc cho Ban Chỉ đạo",
    "là cơ quan giúp Ban Thường vụ theo dõi, đôn đốc",
    "là cơ quan tham mưu cho Ban Chỉ đạo tổ chức thực hiện",
])
def test_the_unit_that_serves_a_board_is_given_the_task(role: str) -> None:
    assert records(f"Điều 2. Giao Sở Y tế {role}.\n") == [("Điều 2", "Sở Y tế")]


@pytest.mark.parametrize("actor,tail", [
    ("Các sở, ngành", "góp ý bằng văn bản gửi Sở Tài chính trước ngày 20/9/2025"),
    ("UBND các xã, phường", "tham gia gửi Sở Xây dựng trước ngày 15/9/2025"),
    ("Các chi bộ", "đóng góp vào dự thảo, gửi về Văn phòng Đảng ủy"),
])
def test_a_request_for_comments_is_a_task(actor: str, tail: str) -> None:
    """``Các sở, ngành có ý kiến ... gửi Sở Tài chính``: where to send them makes the
    report word a task."""
    assert records(f"Điều 2. {actor} có ý kiến {tail}.\n") == [("Điều 2", actor)]


def test_a_cited_opinion_still_reports() -> None:
    """``Sở Y tế có ý kiến tại Công văn số ... gửi ...``: an opinion given, no task."""
    body = "Điều 2. Ngày 3/8/2025, Sở Y tế có ý kiến tại Công văn số 123/SYT-KHTC gửi Sở Tài chính.\n"
    assert records(body) == []


@pytest.mark.parametrize("actor,task", [
    ("Nhân viên y tế trường học", "tổng hợp số liệu, báo cáo Trạm Y tế xã"),
    ("Cán bộ y tế trường học", "tổng hợp số liệu hằng tháng"),
    ("Giáo viên bộ môn", "hướng dẫn học sinh ôn tập"),
    ("Cán bộ, công chức, viên chức", "thực hiện nghiêm quy định về giờ làm việc"),
])
def test_staff_named_by_their_post_are_actors(actor: str, task: str) -> None:
    """Under a heading ``Trách nhiệm của các đơn vị``, an item naming staff by their post
    has its own actor, not the heading's."""
    body = ("Điều 2. Trách nhiệm của các đơn vị\n"
            "1. Hiệu trưởng các trường học chỉ đạo thực hiện.\n"
            f"2. {actor} {task}.\n")
    assert ("Điều 2/2", actor) in records(body)


@pytest.mark.parametrize("actor", ["Lực lượng tại chỗ", "Các lực lượng tại chỗ",
                                   "Lực lượng xung kích tại chỗ"])
def test_the_on_the_spot_force_is_one_actor(actor: str) -> None:
    assert records(f"Điều 3. {actor} chủ động ứng phó khi có sự cố.\n") == [("Điều 3", actor)]


def test_a_field_line_naming_a_company_is_no_task() -> None:
    """``3. Chủ đầu tư xây dựng hạ tầng kỹ thuật: Công ty ...``: a form's field, its
    label is no task of ``Chủ đầu tư``."""
    body = ("Điều 1. Chấp thuận chủ trương đầu tư dự án với các nội dung sau:\n"
            "1. Tên dự án: Khu dân cư mới.\n"
            "2. Nhà đầu tư: Công ty TNHH Xây dựng Hòa Bình.\n"
            "3. Chủ đầu tư xây dựng hạ tầng kỹ thuật: Công ty cổ phần Đầu tư Bình Minh.\n"
            "4. Địa điểm thực hiện: xã Tân Phú.\n"
            "Điều 2. Chủ đầu tư có trách nhiệm xây dựng hạ tầng theo quy hoạch.\n")
    assert records(body) == [("Điều 2", "Chủ đầu tư")]
