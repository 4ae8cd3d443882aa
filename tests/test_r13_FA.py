"""Foreign affairs: missions named by their seat, envoys' posts, foreign comrades and
officials, the foreign NGOs that fund projects (round 13, family FA)."""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _places(text: str) -> list[str]:
    return [p.name for p in vbcd.parse(text).places]


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [" ".join(filter(None, (q.title, q.organ))) for q in p.positions]
            for p in vbcd.parse(text).persons}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sở Ngoại vụ phối hợp với Đại sứ quán Việt Nam tại Nhật Bản và Tổng Lãnh sự quán "
     "Việt Nam tại Osaka hỗ trợ công dân.",
     ["Sở Ngoại vụ", "Đại sứ quán Việt Nam tại Nhật Bản",
      "Tổng Lãnh sự quán Việt Nam tại Osaka"]),
    ("Lãnh sự quán Việt Nam tại Khon Kaen đề nghị phối hợp.",
     ["Lãnh sự quán Việt Nam tại Khon Kaen"]),
    ("Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh phối hợp tổ chức.",
     ["Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh"]),
])
def test_mission_keeps_its_seat(text: str, expected: list[str]) -> None:
    """A state keeps a mission in each country or city: the seat after ``tại`` is part
    of its name, or ``Đại sứ quán Việt Nam`` would name a hundred organs as one."""
    assert _agencies(text) == expected


def test_missions_of_two_states_in_each_other_stay_two() -> None:
    """``Đại sứ quán Việt Nam tại Hàn Quốc`` and ``Đại sứ quán Hàn Quốc tại Việt Nam``
    spell nearly the same letters; they are two organs, and the bare ``Đại sứ quán Hàn
    Quốc`` is the second one's short form, not the first's."""
    text = ("1. Làm việc với Đại sứ quán Việt Nam tại Hàn Quốc.\n"
            "2. Liên hệ Đại sứ quán Hàn Quốc tại Việt Nam để làm thị thực.\n"
            "3. Gửi Đại sứ quán Hàn Quốc danh sách đoàn.")
    agencies = {a.name: len(a.mentions) for a in vbcd.parse(text).agencies}
    assert agencies == {"Đại sứ quán Việt Nam tại Hàn Quốc": 1,
                        "Đại sứ quán Hàn Quốc tại Việt Nam": 2}


@pytest.mark.parametrize(("text", "expected"), [
    ("Đại sứ quán Cộng hòa Liên bang Đức tại Hà Nội hỗ trợ dự án.",
     ["Đại sứ quán Cộng hòa Liên bang Đức tại Hà Nội"]),
    ("Đại sứ quán Vương quốc Campuchia tài trợ học bổng.",
     ["Đại sứ quán Vương quốc Campuchia"]),
])
def test_mission_of_a_state_named_by_its_form(text: str, expected: list[str]) -> None:
    """A state's form before its name (``Cộng hòa``, ``Vương quốc``) goes on with a
    mission's name, though ``Cộng hòa`` ends a name elsewhere (the national heading)."""
    assert _agencies(text) == expected


@pytest.mark.parametrize(("text", "seat"), [
    ("Tổng Lãnh sự quán Việt Nam tại Fukuoka cử cán bộ thăm hỏi công dân.", "Fukuoka"),
    ("Phối hợp với Tổng Lãnh sự quán Việt Nam tại Battambang tiếp nhận công dân.",
     "Battambang"),
])
def test_mission_seat_is_a_place(text: str, seat: str) -> None:
    """The city after a mission's ``tại`` is a place though no table lists it."""
    assert seat in _places(text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tiếp ông Oh Young-ju, Đại sứ Đại Hàn Dân Quốc tại Việt Nam.", "Oh Young-ju",
     ["Đại sứ Đại Hàn Dân Quốc tại Việt Nam"]),
    ("Ông Kim Jong-soo, Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh làm việc với "
     "tỉnh.", "Kim Jong-soo", ["Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh"]),
    ("Dự có ông Alexei Popov, Tổng Lãnh sự Liên bang Nga tại Đà Nẵng.", "Alexei Popov",
     ["Tổng Lãnh sự Liên bang Nga tại Đà Nẵng"]),
    ("Cùng dự có ông Lee Jae-won, Giám đốc Văn phòng KOICA tại Việt Nam.", "Lee Jae-won",
     ["Giám đốc Văn phòng KOICA tại Việt Nam"]),
])
def test_post_abroad_keeps_its_seat(text: str, name: str, expected: list[str]) -> None:
    """An envoy's or a foreign office's post is named with its seat: a country after
    any title, a city (with its level word) after an envoy's."""
    assert _positions(text)[name] == expected


def test_seat_is_no_post_after_a_meeting_word() -> None:
    """``tại`` before anything but a country is the place of the act after a title
    that is no envoy's (``tại buổi làm việc``)."""
    text = "Bà Trần Thị Bình, Giám đốc Sở Ngoại vụ tại buổi làm việc đề nghị."
    assert _positions(text) == {"Trần Thị Bình": ["Giám đốc Sở Ngoại vụ"]}


def test_diplomat_below_the_envoy_has_a_position() -> None:
    """A counsellor (``Tham tán Thương mại``) is a post of the mission he serves."""
    text = ("Cùng dự có bà Kim Min-ji, Tham tán Thương mại Đại sứ quán Hàn Quốc; "
            "đại diện Sở Ngoại vụ.")
    assert _positions(text)["Kim Min-ji"] == ["Tham tán Thương mại Đại sứ quán Hàn Quốc"]


def test_foreign_name_with_a_hyphen_after_a_two_word_start() -> None:
    """``Lee Young-sam``: two words read as a name, glued by a hyphen to the rest of
    the foreign name; the whole is the person's."""
    text = "Mời ông Lee Young-sam, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc phát biểu."
    assert "Lee Young-sam" in _positions(text)


def test_foreign_comrade_after_dong_chi() -> None:
    """A Lao official is ``đồng chí`` too; his name is no Vietnamese syllables, and his
    party's name holds ``Cách mạng`` written small. The delegation's lead after ``làm``
    is one more position of his."""
    text = ("Tiếp đoàn do đồng chí Phouthone Keomanivong, Ủy viên Trung ương Đảng Nhân dân "
            "Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phongsaly làm Trưởng đoàn.")
    assert _positions(text)["Phouthone Keomanivong"] == [
        "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào", "Bí thư Tỉnh ủy",
        "Tỉnh trưởng tỉnh Phongsaly", "Trưởng đoàn"]


@pytest.mark.parametrize(("text", "name"), [
    ("Dự án do Tổ chức Tầm nhìn Thế giới (World Vision) tài trợ.",
     "Tổ chức Tầm nhìn Thế giới"),
    ("Tiếp nhận dự án của Tổ chức Cứu trợ trẻ em (Save the Children).",
     "Tổ chức Cứu trợ trẻ em"),
])
def test_foreign_ngo_by_its_vietnamese_name(text: str, name: str) -> None:
    """The foreign NGOs behind most aid projects are organs by their Vietnamese names,
    whose small words would end a name read word by word."""
    assert name in _agencies(text)


def test_mission_with_its_seat_is_a_partner() -> None:
    """A mission named with its seat is one actor: the seat is not read as the task."""
    text = ("1. Đại sứ quán Việt Nam tại Nhật Bản phối hợp với Tổng Lãnh sự quán Việt Nam "
            "tại Fukuoka cử cán bộ đến thăm hỏi công dân.")
    actors = [a.actor for a in vbcd.parse(text).assignments]
    assert actors == ["Đại sứ quán Việt Nam tại Nhật Bản",
                      "Tổng Lãnh sự quán Việt Nam tại Fukuoka"]
