"""Round 26 (Z1, telecoms and post): a công văn's contact paragraph above its closing
request, and a PDF text layer's running header repeating the document's number."""

from __future__ import annotations

from vbcd import parse

_HEAD = (
    "UBND TỈNH HÀ TĨNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: {number}\n"
    "V/v phủ sóng di động vùng lõm sóng\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Tĩnh, ngày 06 tháng 10 năm 2025\n\n"
    "Kính gửi: Viettel Hà Tĩnh; VNPT Hà Tĩnh.\n\n"
)
_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Quang Vinh\n"


def test_contact_paragraph_above_closing_request_is_the_closing() -> None:
    text = _HEAD.format(number="311/SKHCN-VT") + (
        "1. Khảo sát các thôn chưa có sóng tại huyện Hương Khê.\n\n"
        "2. Đề xuất vị trí đặt trạm BTS, gửi Sở trước ngày 25/10/2025.\n\n"
        "Sở giao Phòng Viễn thông theo dõi, tổng hợp. Thông tin liên hệ: ông Trần Văn Nam,"
        " chuyên viên, điện thoại 0239.3855.201.\n\n"
        "Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.\n"
    ) + _TAIL
    doc = parse(text)
    assert doc.closing is not None
    assert doc.closing.text.startswith("Sở giao Phòng Viễn thông theo dõi")
    assert "Thông tin liên hệ" not in doc.clauses[-1].text


def test_contact_line_in_a_hard_wrapped_layer() -> None:
    text = _HEAD.format(number="312/SKHCN-VT") + (
        "1. Rà soát cột ăng-ten dùng chung trên địa bàn huyện Kỳ Anh.\n"
        "2. Báo cáo kết quả về Sở trước ngày 30/10/2025.\n"
        "Đầu mối liên hệ: bà Nguyễn Thị Lan, Phòng Viễn thông, điện thoại\n"
        "0239.3855.202.\n"
        "Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.\n"
    ) + _TAIL
    doc = parse(text)
    assert doc.closing is not None
    assert doc.closing.text.startswith("Đầu mối liên hệ")


def test_running_header_with_the_document_number_is_removed() -> None:
    text = _HEAD.format(number="415/SKHCN-BCVT") + (
        "1. Thu hồi SIM kích hoạt sẵn đang lưu thông tại các điểm bán trên địa bàn\n"
        "tỉnh, báo cáo kết quả về Sở trước ngày 20/10/2025.\n\n"
        "                                                                  Trang 1/2\n"
        "Sở KH&CN Hà Tĩnh - Công văn số 415/SKHCN-BCVT\n"
        "2. Phối hợp với Công an tỉnh xử lý các điểm bán vi phạm.\n"
        "Đề nghị các đơn vị nghiêm túc thực hiện./.\n"
    ) + _TAIL
    doc = parse(text)
    assert doc.text.count("415/SKHCN-BCVT") == 1  # the header's Số line only
    first = doc.clauses[0]
    assert first.text.rstrip().endswith("trước ngày 20/10/2025.")
    assert all("KH&CN" not in a.name for a in doc.agencies)


def test_a_sentence_citing_the_number_after_a_page_is_kept() -> None:
    text = _HEAD.format(number="416/SKHCN-BCVT") + (
        "1. Thu hồi SIM kích hoạt sẵn đang lưu thông tại các điểm bán trên địa bàn\n"
        "tỉnh, báo cáo kết quả về Sở trước ngày 20/10/2025.\n\n"
        "                                                                  Trang 1/2\n"
        "2. Công văn số 416/SKHCN-BCVT thay thế văn bản trước đó.\n"
        "Đề nghị các đơn vị nghiêm túc thực hiện./.\n"
    ) + _TAIL
    doc = parse(text)
    assert [c.path for c in doc.clauses] == ["1", "2"]
    assert "416/SKHCN-BCVT thay thế" in doc.clauses[1].text
