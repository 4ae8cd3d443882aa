"""Round 15, cited documents: the date written after an issuer whose name goes on past
where the phrase reader stops (a board's or a team's topic, a comma inside a name), and
the passive and dated forms of a citation's making."""

from __future__ import annotations

import pytest

import vbcd


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.number, r.date, r.issuer) for r in vbcd.parse(text).references]


@pytest.mark.parametrize(("text", "expected"), [
    # a record drawn up by a team named by its topic: ``do X về ... lập ngày D``
    ("Căn cứ Biên bản kiểm tra số 05/BB-KTLN do Đoàn kiểm tra liên ngành về an toàn thực "
     "phẩm lập ngày 10/10/2025, UBND xã yêu cầu cơ sở khắc phục.",
     ("05/BB-KTLN", "2025-10-10", "Đoàn kiểm tra liên ngành về an toàn thực phẩm")),
    ("Căn cứ Biên bản làm việc số 12/BB-ĐCT do Đoàn công tác về cải cách hành chính tỉnh\n"
     "lập ngày 05/11/2025;",
     ("12/BB-ĐCT", "2025-11-05", "Đoàn công tác về cải cách hành chính tỉnh")),
    # the same team after ``của``, its date after its topic
    ("Căn cứ Thông báo số 321/TB-ĐKTLN của Đoàn kiểm tra liên ngành về an toàn thực phẩm "
     "tỉnh ngày 18/11/2025.",
     ("321/TB-ĐKTLN", "2025-11-18", "Đoàn kiểm tra liên ngành về an toàn thực phẩm tỉnh")),
])
def test_r15_rf_team_topic_keeps_the_date(text: str, expected: tuple[str, str, str]) -> None:
    assert _refs(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Công văn số 123/BCĐ-ATTP của Ban Chỉ đạo liên ngành về an toàn thực phẩm "
     "tỉnh ngày 15/9/2025 về việc tăng cường kiểm tra.",
     ("123/BCĐ-ATTP", "2025-09-15", "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh")),
    ("Thực hiện Công văn số 456/AIDS-PC của Cục Phòng, chống HIV/AIDS ngày 02/8/2025 về "
     "việc hưởng ứng Tháng hành động.",
     ("456/AIDS-PC", "2025-08-02", "Cục Phòng, chống HIV/AIDS")),
    ("Thực hiện Kế hoạch số 77/KH-BCĐ của Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội "
     "và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh ngày 20/3/2025.",
     ("77/KH-BCĐ", "2025-03-20", "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây "
      "dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh")),
    ("Thực hiện Thông báo số 15/TB-BCH của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm "
     "cứu nạn tỉnh ngày 04/7/2025;",
     ("15/TB-BCH", "2025-07-04",
      "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh")),
])
def test_r15_rf_board_topic_issuer_read_whole(text: str, expected: tuple[str, str, str]) -> None:
    assert _refs(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Kế hoạch số 45/KH-UBND được UBND tỉnh ban hành ngày 03/02/2025.",
     ("45/KH-UBND", "2025-02-03", "UBND tỉnh")),
    ("Căn cứ Nghị quyết số 82/NQ-HĐND được Hội đồng nhân dân tỉnh thông qua ngày 21 tháng 4 "
     "năm 2025;",
     ("82/NQ-HĐND", "2025-04-21", "Hội đồng nhân dân tỉnh")),
    ("Thực hiện Công văn số 1520/SYT-NVY đề ngày 22/9/2025 của Sở Y tế.",
     ("1520/SYT-NVY", "2025-09-22", "Sở Y tế")),
])
def test_r15_rf_passive_and_dated_making(text: str, expected: tuple[str, str, str]) -> None:
    assert _refs(text) == [expected]


@pytest.mark.parametrize("text", [
    # ``về việc`` opens a letter's title: no team's topic, the date is not the citation's
    "Căn cứ Thông báo số 321/TB-ĐKT của Đoàn kiểm tra về việc chấp hành ngày 18/11/2025.",
    # ``được`` without a maker verb says nothing of who issued it
    "Thực hiện Kế hoạch số 45/KH-UBND được UBND tỉnh phê duyệt ngày 03/02/2025.",
])
def test_r15_rf_no_date_taken_from_a_title(text: str) -> None:
    assert [r.date for r in vbcd.parse(text).references] == [None]
