"""Replies to voters' petitions and to citizens' letters (round 14, KN).

A ministry's or a province's reply quotes what the voters asked (``Cử tri đề nghị Bộ Y
tế xem xét ...``) before answering it: the organ asked is handed no task by the
voters' words, while the reply's own requests (``Đề nghị Ủy ban nhân dân tỉnh chỉ đạo
...``) still are tasks.
"""

from __future__ import annotations

import vbcd

_MINISTRY_REPLY = """BỘ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 5120/BYT-KHTC
V/v trả lời kiến nghị của cử tri tỉnh Thanh Hóa gửi tới sau Kỳ họp thứ 9, Quốc hội khóa XV
Hà Nội, ngày 15 tháng 9 năm 2025

Kính gửi: Đoàn đại biểu Quốc hội tỉnh Thanh Hóa.

Bộ Y tế nhận được kiến nghị của cử tri tỉnh Thanh Hóa do Ban Dân nguyện thuộc Ủy ban \
Thường vụ Quốc hội chuyển đến theo Công văn số 410/BDN ngày 25/8/2025, nội dung kiến nghị \
như sau:

Nội dung kiến nghị: "Cử tri đề nghị Bộ Y tế có chính sách hỗ trợ kinh phí cho nhân viên \
y tế thôn, bản. Cử tri phản ánh giá thuốc tăng cao, đề nghị Bộ Y tế xem xét điều chỉnh."

Trả lời: Về vấn đề này, Bộ Y tế xin trả lời như sau:
Đề nghị Ủy ban nhân dân tỉnh Thanh Hóa chỉ đạo các sở, ngành liên quan chủ động bố trí \
nguồn ngân sách địa phương để thực hiện.

Trên đây là trả lời của Bộ Y tế đối với kiến nghị của cử tri tỉnh Thanh Hóa, trân trọng \
gửi Đoàn đại biểu Quốc hội tỉnh để thông tin tới cử tri./.

Nơi nhận:
- Như trên;
- Ban Dân nguyện (UBTVQH);
- Lưu: VT, KHTC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG


Trần Văn Thuấn
"""


def _actors(text: str) -> list[str]:
    return [a.actor for a in vbcd.parse(text).assignments]


def test_quoted_voters_petition_hands_the_ministry_no_task() -> None:
    doc = vbcd.parse(_MINISTRY_REPLY)
    actors = [(a.actor, a.task) for a in doc.assignments]
    assert not [a for a, t in actors if a == "Bộ Y tế"], actors
    # the reply's own request to the province is still a task
    assert "Ủy ban nhân dân tỉnh Thanh Hóa" in [a for a, _ in actors]


def test_numbered_voter_items_of_a_provincial_reply_hand_no_task() -> None:
    text = (
        "Ủy ban nhân dân tỉnh trả lời như sau:\n"
        "1. Cử tri xã Hòa Bình phản ánh: Đường giao thông liên xã bị sạt lở sau mùa mưa "
        "lũ, đề nghị tỉnh quan tâm đầu tư sửa chữa.\n"
        "Trả lời: Sở Xây dựng đã kiểm tra hiện trường.\n"
        "2. Cử tri đề nghị Ủy ban nhân dân tỉnh chỉ đạo ngành giáo dục bố trí đủ giáo "
        "viên cho các trường học vùng khó khăn.\n"
        "Trả lời: Ủy ban nhân dân tỉnh sẽ xem xét, quyết định trong tháng 11/2025.\n"
    )
    actors = _actors(text)
    assert "tỉnh" not in actors
    assert "ngành giáo dục" not in actors


def test_voters_request_after_a_colon_is_their_petition() -> None:
    assert _actors(
        "Cử tri kiến nghị: đề nghị Bộ Y tế có giải pháp khắc phục tình trạng thiếu "
        "thuốc, vật tư y tế tại các bệnh viện tuyến huyện.") == []
    assert _actors(
        "Cử tri tỉnh Bình Định đề nghị: Bộ Tài chính xem xét tăng mức hỗ trợ cho người "
        "cao tuổi.") == []


def test_persons_listed_after_a_colon_keep_their_duty() -> None:
    actors = _actors(
        "Điều 3. Các ông, bà: Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ chịu trách "
        "nhiệm thi hành Quyết định này./.")
    assert "Chánh Văn phòng Bộ" in actors


def test_a_citizen_described_as_a_voter_is_no_actor() -> None:
    assert _actors(
        "1. Ông Nguyễn Văn Tám, cử tri thôn Bắc đề nghị Ủy ban nhân dân xã xem xét cấp "
        "giấy chứng nhận quyền sử dụng đất cho gia đình.") == []
    # ``cử`` is still the verb that sends staff
    assert _actors("Sở Nội vụ cử cán bộ tham gia đoàn kiểm tra.") == ["Sở Nội vụ"]


def test_act_issued_on_a_ministrys_submission_is_the_governments() -> None:
    doc = vbcd.parse(
        "Bộ Y tế đã trình Chính phủ ban hành Nghị định số 07/2023/NĐ-CP ngày 03/3/2023 "
        "sửa đổi, bổ sung một số điều của Nghị định số 98/2021/NĐ-CP.")
    refs = {r.number: r.issuer for r in doc.references}
    assert refs["07/2023/NĐ-CP"] == "Chính phủ"
    doc = vbcd.parse(
        "Sở Tư pháp đã tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số "
        "12/2024/QĐ-UBND ngày 03/3/2024.")
    assert doc.references[0].issuer == "Ủy ban nhân dân tỉnh"
