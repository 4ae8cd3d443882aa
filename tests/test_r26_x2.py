"""Round 26 X2: union boards with their parent, grassroots unions named by their unit,
and a news headline between a web page's chrome and the header (invented examples)."""

from vbcd import parse

_HEAD = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH\nSố: 12/LĐLĐ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Nam Định, ngày 02 tháng 3 năm 2025\nKính gửi: Các công đoàn cơ sở.\n"
)
_TAIL = "\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn A\n"


def _names(body: str) -> list[str]:
    return [a.name for a in parse(_HEAD + body + _TAIL).agencies]


def test_board_of_provincial_federation_is_one_organ() -> None:
    names = _names("1. Ban Tài chính Liên đoàn Lao động tỉnh rà soát kinh phí.")
    assert "Ban Tài chính Liên đoàn Lao động tỉnh" in names
    assert "Ban Tài chính" not in names


def test_board_of_general_confederation_is_one_organ() -> None:
    names = _names("1. Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam hướng dẫn đối thoại.")
    assert "Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam" in names


def test_board_of_sector_union_is_one_organ() -> None:
    names = _names("1. Ban Nữ công Công đoàn Viên chức tỉnh tổng hợp danh sách.")
    assert "Ban Nữ công Công đoàn Viên chức tỉnh" in names


def test_executive_committee_of_confederation() -> None:
    names = _names("Thực hiện Nghị quyết của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, "
                   "đề nghị các đơn vị triển khai.")
    assert "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam" in names


def test_grassroots_union_named_by_enterprise() -> None:
    names = _names("1. Công đoàn cơ sở Công ty TNHH May Hòa Thọ tổ chức đối thoại.\n"
                   "2. CĐCS Trường THCS Nguyễn Du vận động đoàn viên.")
    assert "Công đoàn cơ sở Công ty TNHH May Hòa Thọ" in names
    assert "CĐCS Trường THCS Nguyễn Du" in names


def test_bare_grassroots_class_is_no_organ() -> None:
    """Near miss: ``các công đoàn cơ sở`` names the class, not one union."""
    names = _names("1. Các công đoàn cơ sở báo cáo kết quả về Liên đoàn Lao động tỉnh.")
    assert not any("cơ sở" in n.lower() for n in names)


_WEB = (
    "Công đoàn ngành Giáo dục tỉnh Hà Tĩnh\nTrang chủ | Tin tức | Văn bản\n"
    "Ngày đăng: 04/03/2025 | Lượt xem: 215\nChia sẻ Facebook Zalo\n"
    "{headline}"
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH\nSố: 45/LĐLĐ-TG\nV/v tổ chức Ngày hội đọc sách\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Tĩnh, ngày 03 tháng 3 năm 2025\nKính gửi: Các công đoàn cơ sở.\n"
    "1. Các đơn vị báo cáo về Liên đoàn Lao động tỉnh trước ngày 30/4/2025.\n" + _TAIL
)


def test_news_headline_above_header_is_chrome() -> None:
    doc = parse(_WEB.format(headline="LĐLĐ tỉnh hướng dẫn tổ chức Ngày hội đọc sách năm 2025\n"))
    assert doc.text.startswith("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH")
    assert len([a for a in doc.agencies if "lao động" in a.name.lower()]) == 1


def test_header_right_under_chrome_is_kept() -> None:
    """Near miss: with no headline the header's own first line stays."""
    doc = parse(_WEB.format(headline=""))
    assert doc.text.startswith("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH")
