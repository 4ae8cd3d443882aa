"""The close of an application window is a term (``nộp hồ sơ từ ngày X đến hết ngày Y``):
the last day to act. A period of an event, a report's past, an act made a noun and a
campaign's span end no term. Invented text; the convention follows the blind set's
gold (recruitment, admissions and fee notices, rounds 22 and 24)."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/TB-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nam, ngày 02 tháng 3 năm 2025\nTHÔNG BÁO\nVề việc tuyển sinh và tuyển dụng\n"
    "1. Đối tượng và điều kiện theo quy định.\n"
)


def _deadlines(body: str) -> set[str]:
    doc = vbcd.parse(_HEAD + body + "\n")
    return {str(d.date) for d in doc.deadlines}


@pytest.mark.parametrize(("body", "date"), [
    ("2. Thời gian nhận hồ sơ: từ ngày 10/3/2025 đến hết ngày 09/4/2025 (trong giờ hành chính).",
     "2025-04-09"),
    ("2. Học viên nộp học phí qua tài khoản mở tại Ngân hàng TMCP Ngoại thương Việt Nam "
     "(Vietcombank) từ ngày 05/10 đến hết ngày 20/10/2025.", "2025-10-20"),
    ("2. Thí sinh đăng ký dự thi trực tuyến từ ngày 15/6 đến 17 giờ 00 ngày 30/6/2025.",
     "2025-06-30"),
    ("2. Nhận giấy báo dự thi tại Phòng Tổ chức cán bộ từ ngày 02/11/2025 đến hết ngày 04/11/2025.",
     "2025-11-04"),
    ("2. Các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ từ ngày 01/4 đến ngày 20/4/2025.",
     "2025-04-20"),
    ("2. Tiếp nhận hồ sơ đăng ký xét tuyển: từ ngày 01/7/2025 đến hết ngày 31/7/2025.",
     "2025-07-31"),
])
def test_a_window_close_is_the_term(body: str, date: str) -> None:
    assert _deadlines(body) == {date}


@pytest.mark.parametrize("body", [
    "2. Tổ chức thi từ ngày 01/6 đến ngày 15/6/2025.",
    "2. Thời gian: từ ngày 09/10 đến ngày 13/10/2025.",
    "2. Số hồ sơ đã nhận từ ngày 01/3 đến ngày 15/3/2025 là 120 hồ sơ.",
    "2. Kiểm tra việc nộp thuế của doanh nghiệp từ ngày 01/01/2024 đến ngày 31/12/2024.",
    "2. Công an các xã mở đợt cao điểm thu nhận hồ sơ cấp căn cước từ ngày 15/10 đến ngày "
    "15/11/2025, làm việc cả thứ Bảy.",
    "2. Người nộp thuế được gia hạn thời hạn nộp thuế; số thuế đã nộp từ ngày 01/7 đến ngày "
    "31/8/2025 được trừ.",
])
def test_a_period_ends_no_term(body: str) -> None:
    assert _deadlines(body) == set()
