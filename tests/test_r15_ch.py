"""Children, gender equality, family, population and the elderly: the organs of the
field (``Cục Bà mẹ và Trẻ em``, ``Ủy ban về các vấn đề xã hội``, ``Ban Đại diện Hội
Người cao tuổi tỉnh``), its observances (``Quốc tế Thiếu nhi 1/6``), a contact line
after a post and OCR-spaced digits of a numeric date."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/KH-UBND
Hà Tĩnh, ngày 12 tháng 5 năm 2025

KẾ HOẠCH
Tổ chức Tháng hành động vì trẻ em năm 2025

"""


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _plan(body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + "\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gửi báo cáo về Bộ Y tế (qua Cục Bà mẹ và Trẻ em) trước ngày 15/7/2026.",
         "Cục Bà mẹ và Trẻ em"),
        ("Vụ Sức khỏe Bà mẹ - Trẻ em chủ trì thẩm định.", "Vụ Sức khỏe Bà mẹ - Trẻ em"),
        ("Gửi về Ủy ban về các vấn đề xã hội của Quốc hội trước ngày 30/8/2024.",
         "Ủy ban về các vấn đề xã hội"),
        ("Ủy ban Quốc gia về người cao tuổi Việt Nam ban hành kế hoạch năm 2025.",
         "Ủy ban Quốc gia về người cao tuổi Việt Nam"),
        ("Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam tổ chức hội nghị.",
         "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam"),
        ("Kiện toàn Ban Bảo vệ, chăm sóc trẻ em xã Phú Lương gồm các ông, bà.",
         "Ban Bảo vệ, chăm sóc trẻ em xã Phú Lương"),
        ("Báo cáo về Ban Đại diện Hội Người cao tuổi tỉnh trước ngày 15/11/2025.",
         "Ban Đại diện Hội Người cao tuổi tỉnh"),
        ("Văn phòng phối hợp với Quỹ Chăm sóc và phát huy vai trò người cao tuổi tỉnh "
         "vận động nguồn lực.", "Quỹ Chăm sóc và phát huy vai trò người cao tuổi tỉnh"),
        ("Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới tham mưu Giám đốc Sở.",
         "Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới"),
        ("Báo cáo về Tỉnh đoàn (qua Ban Thiếu nhi - Trường học và Công tác Đội) trước "
         "ngày 20/8/2025.", "Ban Thiếu nhi - Trường học và Công tác Đội"),
        ("Ban Tuyên giáo - Chính sách Luật pháp chủ trì tổ chức truyền thông.",
         "Ban Tuyên giáo - Chính sách Luật pháp"),
        ("Làng trẻ em SOS Đà Nẵng tổ chức tập huấn kỹ năng sống.", "Làng trẻ em SOS Đà Nẵng"),
        ("Cung Thiếu nhi Hà Nội tổ chức các lớp năng khiếu hè.", "Cung Thiếu nhi Hà Nội"),
        ("Trung tâm Hoạt động thanh thiếu nhi tỉnh tổ chức trại hè.",
         "Trung tâm Hoạt động thanh thiếu nhi tỉnh"),
        ("Ban Đại diện cha mẹ học sinh Trường Tiểu học Kim Đồng phối hợp với nhà trường.",
         "Ban Đại diện cha mẹ học sinh Trường Tiểu học Kim Đồng"),
    ],
)
def test_an_organ_of_the_social_field_is_read_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_document_s_own_representative_board_stays_an_organ() -> None:
    # ``Ban Đại diện`` now takes the association it represents; alone it is still read
    assert "Văn phòng Ban Đại diện" in _names(
        "3. Văn phòng Ban Đại diện phối hợp với Sở Y tế tổ chức khám sức khỏe.")


def test_the_parents_board_is_no_board_with_a_task() -> None:
    actors = [a.actor for a in vbcd.parse(
        "1. Ban Đại diện cha mẹ học sinh Trường Tiểu học Kim Đồng phối hợp với nhà "
        "trường quản lý học sinh trong dịp hè.").assignments]
    assert "Ban Đại diện" not in actors


def test_the_committee_s_chair_holds_the_whole_committee() -> None:
    d = vbcd.parse("Mọi thông tin xin liên hệ bà Nguyễn Thúy Anh, Chủ nhiệm Ủy ban về các "
                   "vấn đề xã hội; hoặc ông Đinh Văn Tú.")
    person = next(p for p in d.persons if p.name == "Nguyễn Thúy Anh")
    assert [(x.title, x.organ) for x in person.positions] == [
        ("Chủ nhiệm", "Ủy ban về các vấn đề xã hội")]


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("Liên hệ đồng chí Nguyễn Thị Lan Anh, Phó Trưởng phòng Bảo vệ trẻ em, điện thoại "
         "0243.8462.123.", "Bảo vệ trẻ em"),
        ("Liên hệ ông Lê Văn Nam, Trưởng phòng Kế hoạch tài chính, Email: nam@mail.vn.",
         "Kế hoạch tài chính"),
    ],
)
def test_a_contact_line_ends_a_section_s_small_written_name(text: str, organ: str) -> None:
    d = vbcd.parse(text)
    assert [x.organ for p in d.persons for x in p.positions] == [organ]


def test_a_board_named_with_a_comma_is_one_actor() -> None:
    d = vbcd.parse("""ỦY BAN NHÂN DÂN
XÃ PHÚ LƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 205/QĐ-UBND
Phú Lương, ngày 14 tháng 8 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Ban Bảo vệ, chăm sóc trẻ em xã

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Bảo vệ, chăm sóc trẻ em xã Phú Lương.

Điều 2. Ban Bảo vệ, chăm sóc trẻ em xã có nhiệm vụ tham mưu cho Ủy ban nhân dân xã chỉ \
đạo công tác bảo vệ, chăm sóc trẻ em trên địa bàn.
""")
    actors = [a.actor for a in d.assignments]
    assert "Ban Bảo vệ, chăm sóc trẻ em xã" in actors
    assert "Ban Bảo vệ" not in actors


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("1. Tổ chức vui chơi cho trẻ em trong dịp Quốc tế Thiếu nhi 1/6.", "2025-06-01"),
        ("1. Tặng quà cho trẻ em có hoàn cảnh khó khăn nhân dịp Tết Thiếu nhi 1-6.",
         "2025-06-01"),
        ("1. Kỷ niệm Ngày Phụ nữ Việt Nam 20/10 và Quốc tế Phụ nữ 8/3.", "2025-03-08"),
    ],
)
def test_children_s_and_women_s_day_name_their_day(body: str, day: str) -> None:
    assert day in [m.value for m in _plan(body).dates]


def test_spaced_digits_of_a_numeric_day_are_joined() -> None:
    d = _plan("1. UBND các xã rà soát, gửi danh sách về Phòng Lao động - Thương binh và Xã "
              "hội trước ngày 2 0/10/2025.")
    assert [(x.text, x.date) for x in d.deadlines] == [("trước ngày 20/10/2025", "2025-10-20")]


def test_the_families_a_decision_names_are_an_actor_of_their_own() -> None:
    d = vbcd.parse("Điều 3. Chánh Văn phòng UBND tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và "
                   "các gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")
    actors = [a.actor for a in d.assignments]
    assert "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh" in actors
    assert "các gia đình có tên tại Điều 1" in actors


def test_opening_a_class_ends_the_partner_before_it() -> None:
    d = _plan("1. Đoàn Thanh niên phối hợp với các trường mở lớp dạy bơi cho học sinh trong "
              "dịp hè.")
    assert [(a.actor, a.role) for a in d.assignments if a.role == "coordinate"] == [
        ("các trường", "coordinate")]
