"""Round 16 (dates layer): an occasion's date is no meeting's, impossibility and payment
vouchers set no deadline, and a web page's task table (a cell a paragraph between lines
holding only a pipe) gives its deadline column."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH {prov}
Số: {no}
V/v {topic}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày {day}

Kính gửi: Các sở, ban, ngành tỉnh.

"""

_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def _letter(body: str, day: str = "18 tháng 11 năm 2025") -> vbcd.Document:
    text = _HEAD.format(prov="NGHỆ AN", no="3150/UBND-VX", topic="triển khai nhiệm vụ",
                        place="Nghệ An", day=day) + body + _TAIL
    return vbcd.parse(text)


def test_bracketed_occasion_is_no_meeting() -> None:
    doc = _letter(
        "Tiếp nối thành công của chuỗi hoạt động do tỉnh tổ chức chào mừng Quốc khánh "
        "(dịp 02 tháng 9 năm 2025), Ủy ban nhân dân tỉnh đề nghị các sở, ngành:\n"
        "1. Xây dựng kế hoạch tổ chức, gửi Sở Văn hóa trước ngày 25/11/2025.\n"
        "2. Bố trí kinh phí thực hiện.\n")
    assert doc.meeting_date is None


def test_meeting_after_an_occasion_is_read() -> None:
    doc = _letter(
        "Rút kinh nghiệm từ đợt thăm hỏi gia đình chính sách (dịp 27/7/2025), ngày "
        "10/11/2025, Thường trực Ủy ban nhân dân tỉnh họp, nghe báo cáo công tác chuẩn "
        "bị Tết. Thường trực kết luận như sau:\n"
        "1. Sở Công Thương bảo đảm hàng hóa phục vụ Tết.\n"
        "2. Sở Y tế tăng cường kiểm tra an toàn thực phẩm.\n")
    assert doc.meeting_date is not None
    assert doc.meeting_date.value == "2025-11-10"


def test_what_cannot_be_done_sets_no_deadline() -> None:
    doc = _letter(
        "Nhiều dự án có nguy cơ không thể giải ngân hết kế hoạch vốn trong năm 2025; nếu "
        "không quyết liệt thì không thể hoàn thành mục tiêu trong quý IV/2025.\n"
        "1. Các chủ đầu tư rà soát, gửi Sở Tài chính trước ngày 25/11/2025.\n"
        "2. Sở Tài chính tổng hợp, báo cáo UBND tỉnh.\n")
    assert [d.date for d in doc.deadlines] == ["2025-11-25"]


def test_payment_voucher_is_no_verb() -> None:
    doc = _letter(
        "Qua rà soát, số chứng từ nộp thuế trong năm 2025 chưa được đối chiếu còn lớn; các "
        "giấy nộp tiền trong tháng 10/2025 bị sai mã chương.\n"
        "1. Thuế cơ sở điều chỉnh dữ liệu, báo cáo trước ngày 05/12/2025.\n"
        "2. Phòng Kê khai theo dõi, đôn đốc.\n")
    assert [d.date for d in doc.deadlines] == ["2025-12-05"]


def _pipe_table(header: list[str], rows: list[list[str]], bold: bool = True) -> str:
    """A table as a web page's text gives it: a cell a paragraph, a line holding only a
    pipe between cells, two between rows; a group row has two cells."""
    out = ["|"]
    for h in header:
        out += [f"**{h}**" if bold else h, "|"]
    for row in rows:
        out.append("|")
        for c in row:
            out += [f"**{c}**" if bold and len(row) == 2 else c, "|"]
    return "\n".join(out) + "\n"


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH {prov}
---------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 118/KH-UBND
|
*{place}, ngày 20 tháng 11 năm 2025*
|
**KẾ HOẠCH**
Triển khai nhiệm vụ trọng tâm năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan.
II. TỔ CHỨC THỰC HIỆN
Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.
|
**Nơi nhận:**
- Các sở, ban, ngành;
- Lưu: VT.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Phạm Quốc Việt
|
**PHỤ LỤC**
DANH MỤC NHIỆM VỤ NĂM 2026
*(Kèm theo Kế hoạch số 118/KH-UBND ngày 20/11/2025 của UBND tỉnh)*
"""


def test_pipe_table_groups_restart_numbering() -> None:
    rows = [
        ["I", "Hạ tầng số"],
        ["1", "Nâng cấp mạng truyền số liệu chuyên dùng\nĐến cấp xã.", "Sở Khoa học và\n"
         "Công nghệ", "Viễn thông tỉnh", "Tháng 3/2026"],
        ["2", "Thay thế thiết bị đầu cuối.", "Văn phòng UBND tỉnh", "Các sở, ngành",
         "Quý II/2026"],
        ["II", "Dữ liệu số"],
        ["1", "Xây dựng cơ sở dữ liệu đất đai\nDùng chung của tỉnh.", "Sở Nông nghiệp và\n"
         "Môi trường", "Sở Tài chính", "Tháng 9/2026"],
    ]
    text = _PLAN.format(prov="YÊN BÁI", place="Yên Bái") + _pipe_table(
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn\nhoàn thành"],
        rows)
    doc = vbcd.parse(text)
    assert [d.date for d in doc.deadlines] == ["2026-03-31", "2026-06-30", "2026-09-30"]
    leads = [" ".join(a.actor.split()) for a in doc.assignments if a.role == "lead"]
    assert "Sở Khoa học và Công nghệ" in leads
    assert "Sở Nông nghiệp và Môi trường" in leads


def test_pipe_table_nested_groups() -> None:
    rows = [
        ["I", "Cải cách thể chế"],
        ["I.1", "Xây dựng văn bản"],
        ["1", "Rà soát các quy định\nVề phân cấp, ủy quyền.", "Sở Tư pháp", "Các sở, ngành",
         "Văn bản được ban hành", "Tháng 02/2026"],
        ["I.2", "Kiểm tra văn bản"],
        ["1", "Kiểm tra, xử lý văn bản trái pháp luật.", "Sở Tư pháp", "Các cơ quan liên quan",
         "Báo cáo kết quả", "Tháng 11/2026"],
    ]
    text = _PLAN.format(prov="HÀ GIANG", place="Hà Giang") + _pipe_table(
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm",
         "Thời gian hoàn thành"], rows, bold=False)
    doc = vbcd.parse(text)
    assert [d.date for d in doc.deadlines] == ["2026-02-28", "2026-11-30"]
