"""Round 25 (M4): food safety, drug prevention and social evils.

Invented text throughout: the standing agency of a steering board named in brackets after
the department that serves as it (the board is the organ named, not a standing board);
a named organ followed by the plural object of the verb before it (``báo cáo Bộ Tài
chính các nội dung``); a heading clause whose actor is a class of health units with its
tier (``Các bệnh viện tuyến tỉnh``).
"""

from __future__ import annotations

import pytest

from vbcd import parse

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 21/KH-UBND
Hà Giang, ngày 14 tháng 3 năm 2021
KẾ HOẠCH
Phòng, chống ma túy và tệ nạn xã hội năm 2021
"""


def _names(text: str) -> set[str]:
    """The organs of a sentence in the body of a provincial plan (a bare level word
    such as ``huyện`` needs the issuer's level to name an organ)."""
    return {a.name for a in parse(_HEAD + text).agencies}


# --- ``cơ quan Thường trực`` + a board: the board ----------------------------------------

@pytest.mark.parametrize(("text", "board"), [
    ("1. Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh) chủ trì rà soát "
     "các điểm phức tạp về ma túy.", "Ban Chỉ đạo 138 tỉnh"),
    ("Sở Lao động - Thương binh và Xã hội (Cơ quan Thường trực Ban Chỉ đạo phòng, chống "
     "AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh) tổng hợp báo cáo.",
     "Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh"),
    ("Công an tỉnh, đơn vị Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh, "
     "chủ trì kiểm tra các cơ sở lưu trú.", "Ban Chỉ đạo phòng, chống tội phạm tỉnh"),
])
def test_standing_agency_names_the_board(text: str, board: str) -> None:
    names = _names(text)
    assert board in names
    assert not any(n.startswith("Thường trực") for n in names)


def test_standing_board_itself_is_kept() -> None:
    text = "Các thành viên báo cáo kết quả về Thường trực Ban Chỉ đạo 138 tỉnh trước ngày 15/12."
    assert "Thường trực Ban Chỉ đạo 138 tỉnh" in _names(text)


# --- a named organ and its verb's plural object -----------------------------------------

@pytest.mark.parametrize(("text", "organ"), [
    ("Chi cục An toàn vệ sinh thực phẩm đăng tải trên Báo Quảng Ngãi các cơ sở vi phạm.",
     "Báo Quảng Ngãi"),
    ("Sở Lao động - Thương binh và Xã hội báo cáo Bộ Lao động - Thương binh và Xã hội "
     "các nội dung nêu trên.", "Bộ Lao động - Thương binh và Xã hội"),
    ("Công an tỉnh chuyển Viện Kiểm sát nhân dân tỉnh các vụ việc có dấu hiệu tội phạm.",
     "Viện Kiểm sát nhân dân tỉnh"),
    ("Sở Y tế gửi Sở Tài chính những đề xuất về kinh phí điều trị Methadone.", "Sở Tài chính"),
])
def test_organ_before_its_verbs_plural_object(text: str, organ: str) -> None:
    assert organ in _names(text)


def test_plural_level_after_head_stays_a_class() -> None:
    names = _names("Đề nghị Ủy ban nhân dân các huyện kiểm tra các cơ sở kinh doanh.")
    assert not any(n.startswith("Ủy ban nhân dân") for n in names)


# --- a heading clause's class actor with its tier ---------------------------------------

_LETTER = """UBND TỈNH CAO BẰNG
SỞ Y TẾ
Số: 415/SYT-NV
Cao Bằng, ngày 20 tháng 3 năm 2024
V/v giám sát ngộ độc thực phẩm
Kính gửi: Các đơn vị trực thuộc.
Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:
1. {heading}
- Sẵn sàng tiếp nhận, cấp cứu bệnh nhân ngộ độc thực phẩm.
- Báo cáo ngay về Sở Y tế khi có ca bệnh nghi ngờ.
2. Trung tâm Kiểm soát bệnh tật tỉnh
- Điều tra, lấy mẫu khi có vụ ngộ độc.
"""


@pytest.mark.parametrize(("heading", "actors"), [
    ("Các bệnh viện tuyến huyện", {"Các bệnh viện tuyến huyện"}),
    ("Các trạm y tế tuyến xã", {"Các trạm y tế tuyến xã"}),
    ("Các bệnh viện tuyến tỉnh, Trung tâm Y tế các huyện, thành phố",
     {"Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các huyện, thành phố"}),
])
def test_heading_class_actor_keeps_its_tier(heading: str, actors: set[str]) -> None:
    doc = parse(_LETTER.format(heading=heading))
    got = {a.actor for a in doc.assignments if a.clause == "1"}
    assert actors <= got


# --- a dash item grouping two bodies before one purpose ---------------------------------

_NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LA
Số: 56/KH-UBND
Mường La, ngày 04 tháng 4 năm 2022
KẾ HOẠCH
Triển khai Tháng hành động phòng, chống ma túy năm 2022
1. Công an huyện chủ trì triển khai kế hoạch.
Nơi nhận:
- UBND tỉnh (b/c);
{line}
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Pọm
"""


@pytest.mark.parametrize(("line", "expected"), [
    ("- TT Huyện ủy; TT HĐND huyện (b/c);",
     [("TT Huyện ủy", "báo cáo"), ("TT HĐND huyện", "báo cáo")]),
    ("- Ban Giám đốc Sở; Thanh tra Sở (để biết);",
     [("Ban Giám đốc Sở", "biết"), ("Thanh tra Sở", "biết")]),
    # ``Như trên`` refers to the addressees: the purpose after it is the next body's
    ("- Như trên; Công an tỉnh (để phối hợp);", [("Như trên", None)]),
])
def test_purpose_at_a_dash_items_end_covers_its_bodies(
        line: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(r.text, r.purpose) for r in parse(_NOTICE.format(line=line)).recipients]
    assert all(pair in got for pair in expected)
