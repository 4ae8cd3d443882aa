"""Social and health insurance, wages and pensions: the actors of a BHXH letter (every
``Bảo hiểm xã hội cơ sở``, a board named by its topic, debtors ``nợ đóng``, a trade
union suing for its members), an insurance office's section and a report's status
cutoff that is no deadline."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 4521/UBND-KGVX
V/v chấn chỉnh tình trạng nợ đóng BHXH, BHYT, BHTN
Phú Thọ, ngày 19 tháng 11 năm 2025

Kính gửi: Bảo hiểm xã hội tỉnh.

Chủ tịch UBND tỉnh yêu cầu:

"""


def _assignments(body: str) -> list[tuple[str, str, str]]:
    doc = vbcd.parse(_HEAD + body)
    return [(a.actor, a.role, a.task) for a in doc.assignments]


def _actors(body: str) -> list[str]:
    return [actor for actor, _, _ in _assignments(body)]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("1. Các Bảo hiểm xã hội cơ sở phối hợp với Ủy ban nhân dân các xã, phường đôn đốc "
         "các đơn vị trên địa bàn.\n", "Các Bảo hiểm xã hội cơ sở"),
        ("1. Các BHXH cơ sở chủ động phối hợp với Đảng ủy các xã rà soát người lao động.\n",
         "Các BHXH cơ sở"),
        ("1. Các Bảo hiểm xã hội khu vực chủ trì tổ chức hội nghị đối thoại.\n",
         "Các Bảo hiểm xã hội khu vực"),
        ("1. Giao các Bảo hiểm xã hội cơ sở cấp thẻ BHYT kịp thời cho học sinh.\n",
         "các Bảo hiểm xã hội cơ sở"),
    ],
)
def test_every_insurance_office_of_a_scope_is_an_actor(body: str, actor: str) -> None:
    assert actor in _actors(body)


@pytest.mark.parametrize(
    ("body", "actor", "task"),
    [
        ("1. Ban Chỉ đạo thực hiện chính sách BHXH, BHYT các xã, phường đưa chỉ tiêu thu, "
         "giảm nợ vào nội dung đánh giá thi đua cuối năm.\n",
         "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT các xã, phường", "đưa chỉ tiêu"),
        ("1. Ủy ban nhân dân các xã chỉ đạo Ban Chỉ đạo thực hiện chính sách bảo hiểm xã "
         "hội, bảo hiểm y tế cấp xã vận động gia đình học sinh tham gia.\n",
         "Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế cấp xã",
         "vận động"),
    ],
)
def test_a_board_s_topic_is_its_name_not_its_task(body: str, actor: str, task: str) -> None:
    found = {a: t for a, _, t in _assignments(body)}
    assert actor in found
    assert found[actor].startswith(task)


def test_a_board_with_a_free_verb_still_starts_its_task_there() -> None:
    found = _assignments("1. Ban Chỉ đạo xây dựng kế hoạch tổ chức hội nghị sơ kết.\n")
    assert ("Ban Chỉ đạo", "responsible") in [(a, r) for a, r, _ in found]


def test_debtors_in_arrears_are_one_actor() -> None:
    found = _assignments("1. Các doanh nghiệp nợ đóng BHXH từ 03 tháng trở lên khẩn trương "
                         "nộp đủ số tiền chậm đóng trước ngày 31/12/2025.\n")
    assert found[0][0] == "Các doanh nghiệp nợ đóng BHXH từ 03 tháng trở lên"
    assert found[0][2].startswith("khẩn trương")


def test_paying_in_full_ends_the_directed_actor() -> None:
    found = _assignments("1. Ủy ban nhân dân các xã chỉ đạo các đơn vị sự nghiệp công lập, "
                         "trường học trên địa bàn đóng đầy đủ BHXH cho người lao động.\n")
    directed = [(a, t) for a, r, t in found if r == "directed"]
    assert directed == [("các đơn vị sự nghiệp công lập, trường học trên địa bàn",
                         "đóng đầy đủ BHXH cho người lao động.")]


@pytest.mark.parametrize(
    ("body", "actor", "task"),
    [
        ("1. Đảng ủy các xã, phường đưa chỉ tiêu phát triển người tham gia BHXH tự nguyện "
         "vào nghị quyết hằng năm.\n", "Đảng ủy các xã, phường", "đưa chỉ tiêu"),
        ("1. Liên đoàn Lao động tỉnh đại diện người lao động khởi kiện các doanh nghiệp trốn "
         "đóng BHXH theo quy định.\n", "Liên đoàn Lao động tỉnh", "đại diện người lao động"),
        ("1. Liên đoàn Lao động tỉnh khởi kiện các doanh nghiệp nợ đóng kéo dài từ 12 tháng "
         "trở lên.\n", "Liên đoàn Lao động tỉnh", "khởi kiện các doanh nghiệp"),
    ],
)
def test_a_target_put_into_a_plan_and_a_union_suing_are_tasks(
        body: str, actor: str, task: str) -> None:
    found = {a: t for a, _, t in _assignments(body)}
    assert found[actor].startswith(task)


def test_a_citizen_suing_is_still_no_task() -> None:
    assert _actors("1. Ông Nguyễn Văn A khởi kiện Quyết định số 12/QĐ-UBND ra Tòa án.\n") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phòng Bảo hiểm thất nghiệp tổng hợp số liệu hằng tháng.",
         "Phòng Bảo hiểm thất nghiệp"),
        ("Trung tâm Dịch vụ việc làm tỉnh phối hợp với Phòng Bảo hiểm thất nghiệp tư vấn, "
         "giới thiệu việc làm cho người lao động.", "Phòng Bảo hiểm thất nghiệp"),
        ("Sở Nội vụ phối hợp với Phòng Việc làm tư vấn, giới thiệu việc làm cho người lao "
         "động.", "Phòng Việc làm"),
        ("Trung tâm Tư vấn, giới thiệu việc làm tổ chức phiên giao dịch việc làm.",
         "Trung tâm Tư vấn, giới thiệu việc làm"),
    ],
)
def test_an_insurance_section_s_name_and_where_it_ends(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]


def test_a_report_s_fronted_past_day_is_a_status_not_a_deadline() -> None:
    text = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH CÀ MAU
Số: 612/BC-BHXH
Cà Mau, ngày 12 tháng 7 năm 2025

BÁO CÁO
Tình hình nợ đóng BHXH, BHYT, BHTN 6 tháng đầu năm 2025

I. TÌNH HÌNH NỢ ĐÓNG
1. Đến ngày 30/6/2025, số tiền chậm đóng BHXH, BHYT, BHTN là 142,8 tỷ đồng, chiếm 5,36% \
số phải thu.
II. GIẢI PHÁP
1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính cấp kinh phí đóng BHYT trước ngày \
30/9/2025.
"""
    doc = vbcd.parse(text)
    assert [d.date for d in doc.deadlines] == ["2025-09-30"]
