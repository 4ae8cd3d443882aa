"""Public security documents: the police's campaign verbs end an actor, its teams and
departments are named whole, officers are named by their rank, a deputy director heads
the investigating body, a detention house's warden signs, and a report is due at an hour
of a lunar day."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _roles(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.actor) for a in vbcd.parse(text).assignments]


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [text[q.start:q.end] for q in p.positions] for p in vbcd.parse(text).persons}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("2. Phòng Cảnh sát hình sự (PC02) chủ trì, phối hợp với Công an các xã, phường mở "
         "đợt cao điểm tấn công, trấn áp tội phạm hình sự.",
         ("coordinate", "Công an các xã, phường")),
        ("2. Cục Cảnh sát hình sự (C02) chỉ đạo Công an các địa phương truy bắt đối tượng "
         "truy nã; kết thúc trước ngày 28 tháng Chạp.",
         ("directed", "Công an các địa phương")),
        ("1. Giao Công an tỉnh chủ trì, phối hợp với các cơ quan, đơn vị liên quan đấu tranh, "
         "triệt phá các ổ nhóm lừa đảo qua mạng.",
         ("coordinate", "các cơ quan, đơn vị liên quan")),
        ("4. Đề nghị Công an cấp xã kích hoạt tài khoản định danh điện tử cho công dân.",
         ("responsible", "Công an cấp xã")),
    ],
)
def test_a_police_campaign_verb_ends_the_actor(text: str, pair: tuple[str, str]) -> None:
    assert pair in _roles(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("4. UBND các xã chỉ đạo các tổ bảo vệ an ninh, trật tự tuyên truyền đến từng hộ.",
         ("directed", "các tổ bảo vệ an ninh, trật tự")),
        ("3. Chỉ đạo Công an xã, phường phối hợp với lực lượng tham gia bảo vệ an ninh, trật "
         "tự ở cơ sở giữ gìn trật tự tại các khu dân cư.",
         ("coordinate", "lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở")),
        ("Điều 3. Trưởng phòng Hậu cần, thủ trưởng các đơn vị chịu trách nhiệm thi hành "
         "Quyết định này.", ("responsible", "Trưởng phòng Hậu cần")),
    ],
)
def test_grassroots_forces_and_logistics_stay_whole(text: str, pair: tuple[str, str]) -> None:
    assert pair in _roles(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("1. Thượng tá Hồ Sỹ Thắng, Phó Giám đốc Công an tỉnh: giúp Giám đốc phụ trách khối "
         "An ninh.", ("responsible", "Hồ Sỹ Thắng")),
        ("3. Giao Thượng tá Lê Văn Phúc, Phó Trưởng Công an xã chỉ đạo lực lượng tuần tra.",
         ("lead", "Lê Văn Phúc")),
    ],
)
def test_an_officer_named_by_rank_is_an_actor(text: str, pair: tuple[str, str]) -> None:
    assert pair in _roles(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2. Lực lượng: Đội Cảnh sát quản lý hành chính, Đội An ninh.",
         "Đội Cảnh sát quản lý hành chính"),
        ("1. Đội Cảnh sát giao thông - trật tự tuần tra ban đêm.",
         "Đội Cảnh sát giao thông - trật tự"),
        ("3. Đội An ninh phối hợp Đội Tham mưu - Tổng hợp tuyên truyền pháp luật.",
         "Đội Tham mưu - Tổng hợp"),
        ("CÔNG AN TỈNH PHÚ THỌ\nPHÒNG CẢNH SÁT QLHC VỀ TTXH\n", "PHÒNG CẢNH SÁT QLHC VỀ TTXH"),
        ("Mời đồng chí Đội trưởng Đội Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc, "
         "Phòng Tham mưu.", "Đội Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
    ],
)
def test_a_police_team_is_named_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_department_at_work_on_the_movement_is_no_longer_name() -> None:
    names = _names("7. Phòng Tham mưu xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc.")
    assert names == ["Phòng Tham mưu"]


@pytest.mark.parametrize(
    ("text", "name", "posts"),
    [
        ("Dự họp có Thượng tá Y Blang Niê, Trưởng phòng Tham mưu.", "Y Blang Niê",
         ["Trưởng phòng Tham mưu"]),
        ("Dự họp có ông Hà Văn Phú, Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công "
         "an tỉnh.", "Hà Văn Phú",
         ["Phó Giám đốc", "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"]),
        ("Dự họp có Trung tá Hà Văn Phú, Phó Thủ trưởng Cơ quan An ninh điều tra.",
         "Hà Văn Phú", ["Phó Thủ trưởng Cơ quan An ninh điều tra"]),
        ("Đồng chí Lê Văn Hòa, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy phát "
         "biểu.", "Lê Văn Hòa", ["Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy"]),
        ("Thượng tá Hoàng Minh Tú, Trưởng phòng An ninh mạng và phòng, chống tội phạm sử "
         "dụng công nghệ cao - Tổ phó;", "Hoàng Minh Tú",
         ["Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
          "Tổ phó"]),
    ],
)
def test_officers_and_their_posts(text: str, name: str, posts: list[str]) -> None:
    assert _positions(text).get(name) == posts


def test_other_leaders_after_a_comma_are_no_post_of_the_person() -> None:
    text = "Dự họp có ông Hà Văn Phú, Phó Chủ tịch UBND tỉnh, Lãnh đạo Sở Y tế."
    assert _positions(text) == {"Hà Văn Phú": ["Phó Chủ tịch UBND tỉnh"]}


_WARDEN = """CÔNG AN TỈNH BÌNH DƯƠNG
TRẠI TẠM GIAM
Số: 98/KH-TTG
Thủ Dầu Một, ngày 20 tháng 12 năm 2024

KẾ HOẠCH
Bảo đảm an toàn trại tạm giam dịp Tết

1. Đội Hậu cần bảo đảm lương thực, thực phẩm.

Nơi nhận:
- Các đội;
- Lưu: VT.

GIÁM THỊ

Thượng tá Nguyễn Hữu Tài
"""


def test_a_detention_house_warden_signs() -> None:
    sig = vbcd.parse(_WARDEN).signature
    assert sig is not None
    assert (sig.title, sig.name) == ("GIÁM THỊ", "Nguyễn Hữu Tài")


def test_a_working_group_signs_by_its_leader() -> None:
    text = _WARDEN.replace("GIÁM THỊ\n", "TM. TỔ CÔNG TÁC\nTỔ TRƯỞNG\nCHỦ TỊCH UBND XÃ\n")
    sig = vbcd.parse(text).signature
    assert sig is not None
    assert (sig.authority, sig.on_behalf_of, sig.title) == ("TM", "TỔ CÔNG TÁC", "CHỦ TỊCH UBND XÃ")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("4. Các cơ quan báo cáo tình hình về UBND tỉnh trước 15 giờ ngày mùng 5 Tết.",
         "2026-02-21"),
        ("4. Các tổ báo cáo chậm nhất 15h00 ngày mùng 6 Tết Nguyên đán.", "2026-02-22"),
        ("4. Tổ An ninh báo cáo Trưởng Công an phường trước 16 giờ ngày 29 tháng Chạp.",
         "2026-02-16"),
    ],
)
def test_a_report_due_at_an_hour_of_a_lunar_day(line: str, date: str) -> None:
    doc = vbcd.parse("Số: 03/CĐ-UBND\nTuyên Quang, ngày 09 tháng 02 năm 2026\n\n" + line)
    assert [d.date for d in doc.deadlines] == [date]


def test_a_meeting_hour_of_a_lunar_day_is_no_deadline() -> None:
    doc = vbcd.parse("Số: 03/TB-UBND\nTuyên Quang, ngày 09 tháng 02 năm 2026\n\n"
                     "4. Dự kiến họp vào lúc 15 giờ ngày mùng 6 Tết.")
    assert doc.deadlines == []
