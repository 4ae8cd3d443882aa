"""Traffic-safety and transport documents: numbered police teams, road offices,
inspection centres, the road administration's header, and lists of quarters."""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a traffic-police team numbered within its department
        ("1. Đội CSGT số 2 tăng cường tuần tra trên Quốc lộ 1A.", "Đội CSGT số 2"),
        ("2. Giao Đội Cảnh sát giao thông số 3 chủ trì kiểm tra nồng độ cồn.",
         "Đội Cảnh sát giao thông số 3"),
        ("3. Đội CSGT đường bộ số 2 - Phòng CSGT Công an tỉnh phân luồng giao thông.",
         "Đội CSGT đường bộ số 2"),
        # the patrol team's name runs on in small letters past a comma
        ("4. Đội Tuần tra, kiểm soát giao thông đường bộ số 1 tuần tra Quốc lộ 46.",
         "Đội Tuần tra, kiểm soát giao thông đường bộ số 1"),
        ("5. Đội Hướng dẫn, tuyên truyền, điều tra và giải quyết tai nạn giao thông tổng hợp"
         " số liệu.",
         "Đội Hướng dẫn, tuyên truyền, điều tra và giải quyết tai nạn giao thông"),
        # the road administration's sub-departments, numbered by area and sub-number
        ("6. Chi cục Quản lý đường bộ II.4 khắc phục hư hỏng mặt đường Quốc lộ 7.",
         "Chi cục Quản lý đường bộ II.4"),
        # vehicle inspection centres and sections, named in small letters and coded
        ("7. Trung tâm Đăng kiểm xe cơ giới 37-01D kiểm định ngoài giờ hành chính.",
         "Trung tâm Đăng kiểm xe cơ giới 37-01D"),
        ("8. Giao Sở Xây dựng phối hợp với Trung tâm Đăng kiểm 5001S.",
         "Trung tâm Đăng kiểm 5001S"),
        ("9. Giao Phòng Kiểm định xe cơ giới tổng hợp số liệu.", "Phòng Kiểm định xe cơ giới"),
        # a city's traffic control centre
        ("10. Trung tâm Quản lý điều hành giao thông đô thị điều chỉnh đèn tín hiệu.",
         "Trung tâm Quản lý điều hành giao thông đô thị"),
    ],
)
def test_transport_units_keep_their_whole_name(text: str, name: str) -> None:
    assert name in _agencies(text)


def test_a_document_number_after_a_unit_stays_out_of_its_name() -> None:
    names = _agencies("1. Giao Sở Y tế số 12/SYT và Đội CSGT số 2 kiểm tra.")
    assert "Sở Y tế" in names
    assert "Đội CSGT số 2" in names


def test_numbered_team_then_a_task_word_that_is_a_measure() -> None:
    """``số 1 tuần tra``: after ``số`` the number labels the team; ``tuần`` opens the
    task, it does not count weeks."""
    d = vbcd.parse("1. Đội CSGT số 1 tuần tra trên Quốc lộ 1.")
    assert [a.actor for a in d.assignments] == ["Đội CSGT số 1"]
    assert [a.name for a in d.agencies] == ["Đội CSGT số 1"]


def test_road_administration_header_is_one_organ() -> None:
    """``CỤC ĐƯỜNG BỘ VIỆT NAM``: ``BỘ`` after ``ĐƯỜNG`` is the road, not a ministry."""
    text = (
        "BỘ XÂY DỰNG\nCỤC ĐƯỜNG BỘ VIỆT NAM\n\nSố: 845/CĐBVN-QLBT\n\n"
        "1. Chi cục Quản lý đường bộ II.4 vá ổ gà. Cục CSGT - Bộ Công an phối hợp.\n"
    )
    d = vbcd.parse(text)
    by_name = {a.name: a for a in d.agencies}
    assert "CỤC ĐƯỜNG BỘ VIỆT NAM" in by_name
    assert not any(m.text == "BỘ VIỆT NAM" for a in d.agencies for m in a.mentions)
    assert [m.text for m in by_name["Bộ Công an"].mentions] == ["Bộ Công an"]


def test_inspection_centre_task() -> None:
    d = vbcd.parse("1. Trung tâm Đăng kiểm xe cơ giới 29-03V kiểm định ngoài giờ hành chính.")
    assert [(a.clause, a.actor) for a in d.assignments] == [
        ("1", "Trung tâm Đăng kiểm xe cơ giới 29-03V")]


def test_regional_road_office_head_signs() -> None:
    text = (
        "CỤC ĐƯỜNG BỘ VIỆT NAM\nKHU QUẢN LÝ ĐƯỜNG BỘ II\n\nSố: 845/KQLĐBII-QLBT\n"
        "Vinh, ngày 08 tháng 01 năm 2026\n\nV/v khắc phục hư hỏng mặt đường\n\n"
        "1. Chi cục Quản lý đường bộ II.4 vá ổ gà; hoàn thành trước ngày 20/01/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLBT.\n\nKHU TRƯỞNG\n\nNguyễn Hữu Thắng\n"
    )
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert (sig.title, sig.name) == ("KHU TRƯỞNG", "Nguyễn Hữu Thắng")


def test_listed_quarters_with_their_own_prefix() -> None:
    """``Các khu phố: Khu phố 1, Khu phố 5``: each item carries its prefix word, so no
    place ``Khu`` is read; a quarter's bare number names a place only in an address
    (``Khu phố 5, phường X``; round 26: the blind gold leaves ``tại Khu phố 2`` out)."""
    d = vbcd.parse("4. Các khu phố: Khu phố 1, Khu phố 5, Khu phố Chánh Nghĩa vận động"
                   " nhân dân không uống rượu bia khi lái xe.")
    assert [p.name for p in d.places] == ["Chánh Nghĩa"]
