"""Round 25 (P1): assignments missed under clause headings and in tables.

Invented documents: a heading that names a class of bodies by a copula qualifier
(``Các sở, ban, ngành là thành viên Ban Chỉ đạo:`` then its items), a drafting team
that helps a board (``Tổ biên tập giúp Ban soạn thảo:``, ``Tổ giúp việc Ban Chỉ đạo
tổng hợp ...``), and a table of places each in a unit's charge, with no task column
(``TT | Xã | Thôn trọng điểm | Đơn vị phụ trách``).
"""

from __future__ import annotations

import vbcd
from vbcd.models import Document

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 45/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 12 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp quý I năm 2024

Ngày 08/3/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Lâm
"""


def _got(body: str) -> set[tuple[str | None, str]]:
    doc: Document = vbcd.parse(_HEAD + body + _TAIL)
    return {(a.clause, a.actor) for a in doc.assignments}


def test_heading_class_with_copula_qualifier_and_colon_hands_its_items() -> None:
    got = _got("""1. Đánh giá chung
Công tác phòng, chống dịch bệnh được triển khai kịp thời.

2. Nhiệm vụ thời gian tới
2.1. Các sở, ban, ngành, địa phương là thành viên Ban Chỉ đạo:
- Rà soát kế hoạch phòng, chống dịch bệnh mùa hè;
- Báo cáo kết quả về Sở Y tế trước ngày 25 hằng tháng.
2.2. Sở Y tế tổng hợp tình hình, báo cáo UBND tỉnh trước ngày 30/6/2024.
""")
    assert ("2/2.1", "Các sở, ban, ngành, địa phương là thành viên Ban Chỉ đạo") in got
    assert ("2/2.2", "Sở Y tế") in got


def test_heading_class_with_copula_qualifier_no_colon() -> None:
    got = _got("""I. NHIỆM VỤ THỜI GIAN TỚI

1. Các huyện, thị xã là thành viên Hội đồng

a) Tiếp tục tuyên truyền chính sách bồi thường đến Nhân dân.

b) Báo cáo tiến độ về Sở Tài nguyên và Môi trường trước ngày 15 hằng tháng.

2. Sở Tài chính bố trí kinh phí kịp thời.
""")
    assert ("I/1/a", "Các huyện, thị xã là thành viên Hội đồng") in got
    assert ("I/1/b", "Các huyện, thị xã là thành viên Hội đồng") in got


def test_copula_in_a_sentence_is_no_heading() -> None:
    """Near miss: ``Sở Y tế là cơ quan thường trực, ...`` in a one-line clause keeps
    its actor to the organ's name."""
    got = _got("""1. Sở Y tế là cơ quan thường trực, tổng hợp kết quả, báo cáo UBND tỉnh.
2. Các sở, ngành là thành viên Ban Chỉ đạo chủ động triển khai nhiệm vụ được phân công.
""")
    assert ("1", "Sở Y tế") in got
    assert not any(actor.startswith("Sở Y tế là") for _, actor in got)


def test_team_helping_a_board_is_an_actor() -> None:
    got = _got("""1. Tổ biên tập giúp Ban soạn thảo:
- Nghiên cứu, xây dựng đề cương dự thảo Thông tư;
- Tổng hợp, tiếp thu ý kiến góp ý và hoàn thiện dự thảo.
2. Tổ giúp việc Ban Chỉ đạo tổng hợp hồ sơ, chuẩn bị tài liệu phục vụ các cuộc họp.
3. Tổ công tác giúp việc cho Chủ tịch UBND tỉnh trong việc chỉ đạo triển khai Đề án 06.
""")
    assert ("1", "Tổ biên tập") in got
    assert ("2", "Tổ giúp việc Ban Chỉ đạo") in got
    assert ("3", "Tổ công tác") in got


_PLACES_TAB = """I. MỤC ĐÍCH, YÊU CẦU
Kiềm chế tội phạm và tệ nạn ma túy trên địa bàn.

II. NỘI DUNG
1. Tuyên truyền lưu động tại các thôn giáp ranh.
2. Danh sách địa bàn trọng điểm năm 2024

STT\tXã\tThôn trọng điểm\tĐơn vị phụ trách
1
Xã Quỳnh Thạch
Thôn 5
Công an xã Quỳnh Thạch
2
Xã Quỳnh Văn
Thôn Văn Hải
Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện

III. TỔ CHỨC THỰC HIỆN
1. Công an huyện chủ trì, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2024.
"""


def test_table_of_places_in_a_units_charge() -> None:
    doc = vbcd.parse(_HEAD + _PLACES_TAB + _TAIL)
    got = {(a.clause, a.actor, a.task) for a in doc.assignments}
    assert ("II/2", "Công an xã Quỳnh Thạch", "Xã Quỳnh Thạch") in got
    assert ("II/2", "Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện",
            "Xã Quỳnh Văn") in got


def test_markdown_table_of_places_in_a_units_charge() -> None:
    got = _got("""I. MỤC ĐÍCH
Chủ động phòng ngừa cháy rừng.

II. PHÂN CÔNG PHỤ TRÁCH ĐỊA BÀN

| TT | Xã | Khu vực trọng điểm | Đơn vị phụ trách |
|---|---|---|---|
| 1 | Xã Thanh Thủy | Khu rừng thông Bãi Lim | Hạt Kiểm lâm huyện |
| 2 | Xã Hạnh Lâm | Tiểu khu 1024 | Ban Quản lý rừng phòng hộ huyện |
""")
    assert ("II", "Hạt Kiểm lâm huyện") in got
    assert ("II", "Ban Quản lý rừng phòng hộ huyện") in got


def test_table_of_figures_by_place_gives_no_assignment() -> None:
    """Near miss: a place column beside figures, and a unit column with no charge word
    (``Đơn vị báo cáo``), is a report's table, no task table."""
    got = _got("""I. KẾT QUẢ

| TT | Xã | Số hộ nghèo | Đơn vị báo cáo |
|---|---|---|---|
| 1 | Xã Diễn Hồng | 12 | Công an xã Diễn Hồng |
| 2 | Xã Diễn Kỷ | 9 | Công an xã Diễn Kỷ |
""")
    assert not any(actor.startswith("Công an xã") for _, actor in got)
