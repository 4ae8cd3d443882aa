"""Round 24 (H2): public investment at province and district level.

Invented text throughout. What the family's documents showed the parser did not know: a
project table's investor column (``Dự án | Chủ đầu tư | Nhiệm vụ | Thời hạn``) names who
carries each row's task, and its ``Hạn hoàn thành`` column the term; the zone board over
both the economic zones and the industrial parks (``Ban Quản lý các khu kinh tế và khu
công nghiệp tỉnh``) and the land bank centre that also builds industrial clusters
(``Trung tâm Phát triển quỹ đất và cụm công nghiệp``) cut at their ``và``; the sector
written ``NN và PTNT`` after a board's full name, listed as a second organ.
"""

from __future__ import annotations

from vbcd import parse

_HEAD = """UBND TỈNH THANH HÓA
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 455/TB-SKHĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 03 tháng 7 năm 2020

THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi làm việc về tiến độ các dự án đầu tư công

Ngày 30/6/2020, Giám đốc Sở chủ trì buổi làm việc, kết luận như sau:

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT, TH.

GIÁM ĐỐC

Lê Quang Khải
"""


def _actors(doc: object) -> set[str]:
    return {a.actor for a in doc.assignments}  # type: ignore[attr-defined]


def _deadlines(doc: object) -> set[str]:
    return {str(d.date) for d in doc.deadlines}  # type: ignore[attr-defined]


def _agencies(doc: object) -> list[str]:
    return [a.name for a in doc.agencies]  # type: ignore[attr-defined]


def test_investor_column_of_a_markdown_project_table() -> None:
    doc = parse(_HEAD + """1. Các dự án cần tập trung chỉ đạo:

| TT | Dự án | Chủ đầu tư | Nhiệm vụ | Thời hạn |
|---|---|---|---|---|
| 1 | Đường nối Quốc lộ 45 | UBND huyện Nông Cống | Hoàn thành bồi thường | 31/8/2020 |
| 2 | Hồ chứa nước Bến Mưng | Ban QLDA ĐTXD công trình NN và PTNT tỉnh | Thi công xong đập chính | 30/10/2020 |

2. Sở Tài chính bố trí vốn kịp thời.
""" + _TAIL)
    assert {"UBND huyện Nông Cống", "Ban QLDA ĐTXD công trình NN và PTNT tỉnh"} <= _actors(doc)
    assert {"2020-08-31", "2020-10-30"} <= _deadlines(doc)


def test_investor_column_of_a_tabbed_project_table() -> None:
    doc = parse(_HEAD + "1. Giao nhiệm vụ:\n"
                "STT\tDự án\tChủ đầu tư\tNhiệm vụ\tThời hạn\n"
                "1\tTrường THPT Hậu Lộc 2\tUBND huyện Hậu Lộc\tPhê duyệt quyết toán\t15/9/2020\n"
                "2\tCầu Hoàng Long\tBan Quản lý dự án đầu tư xây dựng công trình giao thông"
                " tỉnh\tNghiệm thu, bàn giao\t30/11/2020\n\n"
                "2. Kho bạc Nhà nước tỉnh thanh toán kịp thời.\n" + _TAIL)
    assert "UBND huyện Hậu Lộc" in _actors(doc)
    assert {"2020-09-15", "2020-11-30"} <= _deadlines(doc)


def test_term_column_headed_han_hoan_thanh() -> None:
    doc = parse(_HEAD + """1. Các dự án chậm tiến độ:

| STT | Dự án | Chủ đầu tư | Nhiệm vụ | Hạn hoàn thành |
|---|---|---|---|---|
| 1 | Khu tái định cư Đông Hương | UBND thành phố Thanh Hóa | Bàn giao đất cho 40 hộ | 25/8/2020 |

2. Các chủ đầu tư báo cáo trước ngày 05/9/2020.
""" + _TAIL)
    assert "UBND thành phố Thanh Hóa" in _actors(doc)
    assert "2020-08-25" in _deadlines(doc)


def test_a_capital_table_without_a_task_column_gives_no_task() -> None:
    doc = parse(_HEAD + """1. Kế hoạch vốn năm 2020:

| TT | Tên dự án | Chủ đầu tư | Kế hoạch vốn (triệu đồng) |
|---|---|---|---|
| 1 | Đê tả sông Mã | UBND huyện Thiệu Hóa | 45.000 |

2. Các chủ đầu tư giải ngân hết vốn trước ngày 31/12/2020.
""" + _TAIL)
    assert "UBND huyện Thiệu Hóa" not in _actors(doc)


def test_zone_board_and_land_centre_named_whole() -> None:
    doc = parse(_HEAD + """1. Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh rà soát ranh giới khu công nghiệp Bỉm Sơn.
2. Giao Trung tâm Phát triển quỹ đất và cụm công nghiệp thị xã Nghi Sơn lập phương án bồi thường.
""" + _TAIL)
    names = _agencies(doc)
    assert "Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh" in names
    assert "Ban Quản lý các khu kinh tế" not in names
    assert any(n.startswith("Trung tâm Phát triển quỹ đất và cụm công nghiệp") for n in names)


def test_nn_va_ptnt_is_the_board_written_in_full() -> None:
    doc = parse(_HEAD + """1. Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh hoàn thành kè sông Chu.
2. Ban QLDA ĐTXD công trình NN và PTNT tỉnh báo cáo khối lượng thực hiện.
""" + _TAIL)
    boards = [n for n in _agencies(doc) if n.startswith("Ban")]
    assert len(boards) == 1, boards
