"""Round 24b (J4, tourism, sports and heritage documents): web chrome and closings.

Invented documents: a portal page whose breadcrumb of Markdown links runs past the
chrome's line width only because of the link targets (its posting date must not read
as the document's), and a công văn or plan ending, after its last clause, with the
report-back request, the contact line or a courtesy request to cooperate.
"""

from __future__ import annotations

import vbcd

_CV_HEAD = """UBND TỈNH QUẢNG NAM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH          Độc lập - Tự do - Hạnh phúc
Số: 1450/SVHTTDL-QLDL                Quảng Nam, ngày 20 tháng 6 năm 2024
V/v bảo đảm an toàn cho du khách tại Hội An mùa cao điểm

Kính gửi: Các đơn vị kinh doanh dịch vụ du lịch.

1. Các cơ sở lưu trú niêm yết giá phòng, bảo đảm an toàn phòng cháy.
2. Trung tâm Quản lý Bảo tồn di sản văn hóa Hội An bố trí lực lượng hướng dẫn khách.

"""
_CV_TAIL = """
Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trương Minh Đạt
"""


def _closing(text: str) -> str:
    doc = vbcd.parse(text)
    return doc.closing.text if doc.closing is not None else ""


def test_report_back_request_after_last_clause_is_closing() -> None:
    text = _CV_HEAD + (
        "Các đơn vị báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch "
        "trước ngày 15/9 để tổng hợp.\n") + _CV_TAIL
    assert _closing(text).startswith("Các đơn vị báo cáo kết quả thực hiện")
    doc = vbcd.parse(text)
    assert [c.label for c in doc.clauses] == ["1", "2"]
    assert "15/9" not in doc.clauses[-1].text


def test_contact_line_paragraph_is_closing() -> None:
    text = _CV_HEAD + (
        "Danh sách gửi về Sở trước ngày 30/6/2024. Thông tin liên hệ: bà Ngô Thị Hạnh, "
        "chuyên viên Phòng Quản lý du lịch, điện thoại 0235.3852.000.\n") + _CV_TAIL
    assert _closing(text).startswith("Danh sách gửi về Sở")


def test_request_to_cooperate_is_closing() -> None:
    text = _CV_HEAD + (
        "Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị quan tâm, phối hợp thực "
        "hiện.\n") + _CV_TAIL
    assert _closing(text).startswith("Sở Văn hóa, Thể thao và Du lịch đề nghị")


def test_clause_paragraph_without_closing_words_stays_in_clause() -> None:
    text = _CV_HEAD.replace(
        "bố trí lực lượng hướng dẫn khách.\n",
        "bố trí lực lượng hướng dẫn khách.\n\nLực lượng trực tại khu phố cổ từ 7 giờ.\n")
    text += _CV_TAIL
    assert _closing(text) == "Trân trọng./."


_WEB_PAGE = """[Trang chủ](https://sovhttdl.thuathienhue.gov.vn/) › [Văn bản chỉ đạo](https://sovhttdl.thuathienhue.gov.vn/van-ban-chi-dao) › [Lễ hội](https://sovhttdl.thuathienhue.gov.vn/le-hoi)
Ngày đăng: 19/04/2024 | Lượt xem: 260

UBND TỈNH THỪA THIÊN HUẾ
SỞ VĂN HÓA VÀ THỂ THAO
Số: 640/KH-SVHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 18 tháng 4 năm 2024

KẾ HOẠCH
Tổ chức Giải đua ghe truyền thống trên sông Hương năm 2024

1. Giải tổ chức lúc 14 giờ 00 ngày 02/9/2024 trên sông Hương.
2. Trung tâm Huấn luyện và Thi đấu thể thao tỉnh chuẩn bị ghe, trọng tài.
Trên đây là Kế hoạch tổ chức Giải./.
"""


def test_breadcrumb_of_links_is_web_chrome() -> None:
    doc = vbcd.parse(_WEB_PAGE)
    days = {d.value for d in doc.dates if d.value}
    assert "2024-04-19" not in days
    assert {"2024-04-18", "2024-09-02"} <= days
    assert doc.number is not None and doc.number.value == "640/KH-SVHTT"


def test_long_prose_line_with_link_is_not_chrome() -> None:
    # a body line that names share words and holds a link is long for its text, not for
    # its address: nothing above the header is cut unless the chrome is short
    text = ("Xem chi tiết văn bản và chia sẻ qua Facebook, Zalo cho các đoàn viên, hội viên "
            "trong toàn tỉnh để cùng biết, tham gia cổ vũ các vận động viên tại giải đấu "
            "[tại đây](https://example.gov.vn/a). Lượt xem: 12\n\n") + _WEB_PAGE.split("\n", 2)[2]
    doc = vbcd.parse(text)
    assert doc.number is not None and doc.number.value == "640/KH-SVHTT"
