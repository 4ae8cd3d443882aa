"""Round 26 (T2): actors the assignment layer missed at a clause's start.

Invented text throughout: a unit named by its number (``Phòng 8 chủ trì ...``, ``Đội 3
bố trí ...``), an organ's own office named bare in its notice (``Văn phòng phối hợp với
...``) and the courts or procuracies below a provincial one as a plural class (``Các Tòa
án nhân dân cấp huyện tập trung ...``) are the clause's actors. Near misses: a number
after a small common noun, and ``Văn phòng`` before no task word, give no actor.
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = (
    "VIỆN KIỂM SÁT NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ NAM                                Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/TB-VKS                         Phủ Lý, ngày 3 tháng 5 năm 2024\n"
    "THÔNG BÁO\nKết luận hội nghị giao ban tháng 4 năm 2024\n\n"
    "Đồng chí Viện trưởng kết luận như sau:\n"
)
_TAIL = "\nNơi nhận:\n- Các đơn vị;\n- Lưu: VT.\n                    VIỆN TRƯỞNG\n                    Đỗ Văn Hải\n"


def _actors(body: str) -> list[tuple[str | None, str]]:
    doc = parse(_HEAD + body + _TAIL)
    return [(a.clause, a.actor) for a in doc.assignments]


@pytest.mark.parametrize(("body", "expected"), [
    ("1. Phòng 7 chủ trì, phối hợp với Viện kiểm sát nhân dân huyện Kim Bảng chuẩn bị "
     "tài liệu kiểm sát.\n", ("1", "Phòng 7")),
    ("1. Đội 3 bố trí lực lượng trực tại các chốt kiểm soát.\n", ("1", "Đội 3")),
    ("1. Văn phòng phối hợp với Phòng Tổ chức cán bộ chuẩn bị hội nghị sơ kết.\n",
     ("1", "Văn phòng")),
    ("1. Các Viện kiểm sát nhân dân cấp huyện tập trung giải quyết án tồn đọng.\n",
     ("1", "Các Viện kiểm sát nhân dân cấp huyện")),
    ("1. Các Tòa án nhân dân khu vực khẩn trương rà soát hồ sơ.\n",
     ("1", "Các Tòa án nhân dân khu vực")),
])
def test_clause_opening_actor(body: str, expected: tuple[str, str]) -> None:
    assert expected in [(c, str(a)) for c, a in _actors(body)]


@pytest.mark.parametrize("body", [
    # a number after a common noun: a count, no unit
    "1. Trong tháng, phòng 3 tầng được sửa chữa xong.\n",
    # the office before no task word: a topic, no actor
    "1. Văn phòng mới của cơ quan đã đi vào sử dụng từ tháng 4.\n",
])
def test_no_actor(body: str) -> None:
    actors = [str(a) for _, a in _actors(body)]
    assert "Văn phòng" not in actors and "phòng 3" not in actors


def test_office_named_in_full_keeps_its_name() -> None:
    actors = [str(a) for _, a in _actors(
        "1. Văn phòng Viện kiểm sát nhân dân tỉnh theo dõi việc thực hiện.\n")]
    assert "Văn phòng Viện kiểm sát nhân dân tỉnh" in actors


@pytest.mark.parametrize(("body", "expected"), [
    ("1. Định kỳ ngày 20 hằng tháng, Phòng giao dịch tổng hợp kết quả thu hồi nợ.\n",
     ("1", "Phòng giao dịch")),
    ("1. Ủy ban nhân dân xã và các đoàn thể vận-\nđộng nhân dân giữ vệ sinh môi trường.\n",
     ("1", "các đoàn thể")),
])
def test_actor_after_time_phrase_and_broken_word(body: str, expected: tuple[str, str]) -> None:
    assert expected in [(c, str(a)) for c, a in _actors(body)]


def test_hyphen_before_a_capital_is_no_broken_word() -> None:
    actors = [str(a) for _, a in _actors(
        "1. Sở Kế hoạch-\nĐầu tư chủ trì thẩm định dự án.\n")]
    assert not any(a.endswith("-") for a in actors)


def test_bare_actor_quoted_as_printed() -> None:
    body = ("1. Cac so, ban, nganh, UBND cac huyen, thi xa, thanh pho to chuc kiem tra viec "
            "niem yet gia; de nghi cac doanh nghiep thuc hien nghiem tuc.\n"
            "2. Các sở, ban, ngành báo cáo kết quả về Viện kiểm sát nhân dân tỉnh.\n")
    doc = parse(_HEAD + body + _TAIL)
    for a in doc.assignments:
        assert a.actor == doc.text[a.start:a.end]
    assert ("1", "Cac so, ban, nganh") in [(a.clause, a.actor) for a in doc.assignments]
