"""Statistics family: censuses, surveys and the statistics offices of 2025.

Census plans name the boards and teams of each round (``Ban Chỉ đạo Tổng điều tra
... năm 2029 tỉnh X``, ``Tổ thường trực Tổng điều tra xã``), the heads of the provincial
statistics offices that the 2025 reform put under the Ministry of Finance (``Trưởng
Thống kê tỉnh``, a header ``BỘ TÀI CHÍNH`` / ``THỐNG KÊ TỈNH X``), and schedules whose
phases run from one day to another.
"""

from __future__ import annotations

import vbcd

_COMMUNE_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 27/KH-UBND\n"
    "Phú Lộc, ngày 10 tháng 4 năm 2030\n\nKẾ HOẠCH\n"
    "Thực hiện Tổng điều tra nông thôn, nông nghiệp năm 2030 trên địa bàn xã\n\n"
)
_COMMUNE_TAIL = "\nNơi nhận:\n- Chi cục Thống kê khu vực IX;\n- Lưu: VT.\nCHỦ TỊCH\nHà Văn Sơn\n"


def _agencies(doc: vbcd.Document) -> list[str]:
    return [a.name for a in doc.agencies]


def _actors(doc: vbcd.Document) -> list[str]:
    return [a.actor for a in doc.assignments]


def test_a_census_board_keeps_the_census_in_its_name() -> None:
    """``điều tra`` after ``Tổng`` is the census, not a task the board is given: the
    board's or the standing team's name runs on to its scope."""
    doc = vbcd.parse(_COMMUNE_HEAD + (
        "1. Ban Chỉ đạo Tổng điều tra xã chịu trách nhiệm tổ chức thu thập thông tin.\n"
        "2. Tổ thường trực Tổng điều tra xã có trách nhiệm tổng hợp tiến độ hằng ngày.\n"
    ) + _COMMUNE_TAIL)
    assert "Ban Chỉ đạo Tổng điều tra xã" in _agencies(doc)
    assert "Ban Chỉ đạo Tổng điều tra xã" in _actors(doc)
    assert "Tổ thường trực Tổng điều tra xã" in _actors(doc)


def test_a_province_directs_the_census_boards_of_its_communes() -> None:
    """A province's plan directs every commune's census board (a class, still the actor
    the clause names in full)."""
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 2210/UBND-KT\nV/v phối hợp thực hiện Tổng điều "
        "tra kinh tế năm 2026\nHà Nội, ngày 29 tháng 5 năm 2026\n\nKính gửi: UBND các xã, "
        "phường.\n\n1. UBND các xã, phường chỉ đạo Ban Chỉ đạo Tổng điều tra kinh tế cấp xã "
        "rà soát cơ sở cá thể, hoàn thành trước ngày 25/6/2026.\n\nNơi nhận:\n- Như trên;\n"
        "- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Minh Thu\n")
    assert "Ban Chỉ đạo Tổng điều tra kinh tế cấp xã" in _actors(vbcd.parse(text))


def test_a_census_round_year_belongs_to_its_board() -> None:
    """Each census round is named by its year, which the board's name keeps before its
    scope; the short mention without the year is the same board."""
    doc = vbcd.parse(_COMMUNE_HEAD + (
        "Điều 1. Thành lập Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2030 xã Phú "
        "Lộc.\nĐiều 2. Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp xã Phú Lộc có nhiệm "
        "vụ chỉ đạo thu thập thông tin.\n"
    ) + _COMMUNE_TAIL)
    boards = [a for a in doc.agencies if a.name.startswith("Ban Chỉ đạo")]
    assert [a.name for a in boards] == [
        "Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2030 xã Phú Lộc"]
    assert len(boards[0].mentions) == 2


def test_the_head_of_a_statistics_office_is_a_position() -> None:
    """``Trưởng Thống kê tỉnh`` heads the province's statistics office since 2025: the
    member's first position, before his post on the census board."""
    doc = vbcd.parse(
        "Ngày 18 tháng 7 năm 2030, ông Nguyễn Văn Phúc, Trưởng Thống kê tỉnh, Phó Trưởng ban "
        "thường trực Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp tỉnh kiểm tra công tác "
        "thu thập thông tin. Liên hệ ông Phạm Quang Huy, Phó Trưởng Thống kê thành phố, "
        "số điện thoại 0913.456.789.")
    got = {p.name: [x.title for x in p.positions] for p in doc.persons}
    assert got["Nguyễn Văn Phúc"][0] == "Trưởng Thống kê"
    assert got["Phạm Quang Huy"] == ["Phó Trưởng Thống kê"]


def test_a_statistics_office_under_the_ministry_header() -> None:
    """``BỘ TÀI CHÍNH`` / ``THỐNG KÊ TỈNH X``: two organs, the office the issuer, and its
    head signs by his title alone."""
    text = (
        "BỘ TÀI CHÍNH\nTHỐNG KÊ TỈNH QUẢNG NGÃI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 215/TKQNg-TTDL\nV/v chuẩn bị Tổng "
        "điều tra kinh tế năm 2026\nQuảng Ngãi, ngày 03 tháng 3 năm 2026\n\nKính gửi: Sở Tài "
        "chính.\n\nĐề nghị Sở Tài chính bố trí kinh phí hỗ trợ theo quy định.\n\nNơi nhận:\n"
        "- Như trên;\n- Lưu: VT, TTDL.\nTRƯỞNG THỐNG KÊ TỈNH\nVõ Đình Luận\n")
    doc = vbcd.parse(text)
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("BỘ TÀI CHÍNH", "THỐNG KÊ TỈNH QUẢNG NGÃI")
    assert "BỘ TÀI CHÍNH THỐNG KÊ TỈNH QUẢNG NGÃI" not in _agencies(doc)
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("TRƯỞNG THỐNG KÊ TỈNH", "Võ Đình Luận")


def test_the_communes_office_and_statistics_clerk_is_no_office() -> None:
    """``công chức Văn phòng - Thống kê xã`` is a post in the commune's staff, not a
    statistics office of the commune."""
    doc = vbcd.parse(_COMMUNE_HEAD + (
        "1. Công chức Văn phòng - Thống kê xã chủ trì lập bảng kê hộ, hoàn thành trước ngày "
        "20/5/2030.\n2. Công an xã phối hợp cung cấp danh sách hộ.\n"
    ) + _COMMUNE_TAIL)
    assert "Thống kê xã" not in _agencies(doc)
    assert "Công chức Văn phòng - Thống kê xã" in _actors(doc)


def test_a_schedule_phase_is_due_by_its_last_day() -> None:
    """A plan's schedule gives each phase as a period in its time column: the phase is
    due by the period's last day; its first day is when the work starts."""
    text = _COMMUNE_HEAD + (
        "| TT | Công việc | Thời gian | Đơn vị thực hiện |\n|---|---|---|---|\n"
        "| 1 | Lập bảng kê hộ | Từ ngày 01/5/2030 đến ngày 20/5/2030 | Tổ thường trực |\n"
        "| 2 | Tập huấn điều tra viên | 20/6 - 22/6/2030 | Chi cục Thống kê khu vực IX |\n"
        "| 3 | Thu thập thông tin | Từ ngày 01/7/2030 đến hết ngày 31/7/2030 | Điều tra viên |\n"
    ) + _COMMUNE_TAIL
    got = sorted(d.date for d in vbcd.parse(text).deadlines if d.date)
    assert got == ["2030-05-20", "2030-06-22", "2030-07-31"]
