"""Labour, wages and social insurance documents (BHXH, Sở Nội vụ, Liên đoàn Lao động):
the agency's and the labour sections' department names, the steering board over social
and health insurance, the unions and insurance collectors as actors, and the
social-insurance deadlines named by a day's place in its month."""

from __future__ import annotations

import pytest

import vbcd

HEADER = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI KHU VỰC XII
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1254/BHXHKV12-QLT
V/v đôn đốc đóng BHXH, BHYT, BHTN
Quy Nhơn, ngày 15 tháng 7 năm 2025

Kính gửi: Các doanh nghiệp, đơn vị sử dụng lao động trên địa bàn.

Bảo hiểm xã hội khu vực XII đề nghị các đơn vị thực hiện một số nội dung sau:
"""

FOOTER = """
Nơi nhận:
- Như trên;
- Lưu: VT, QLT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Mai Hương
"""


def parse_body(body: str) -> vbcd.Document:
    return vbcd.parse(HEADER + body + FOOTER)


def agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def actors(doc: vbcd.Document) -> set[tuple[str | None, str, str]]:
    return {(a.clause, a.actor, a.role) for a in doc.assignments}


@pytest.mark.parametrize(("text", "name"), [
    ("Phòng Quản lý thu và Phát triển người tham gia chủ trì, phối hợp với Sở Nội vụ kiểm tra.",
     "Phòng Quản lý thu và Phát triển người tham gia"),
    ("Phòng Quản lý thu - Sổ, thẻ hướng dẫn, tiếp nhận hồ sơ điều chỉnh.",
     "Phòng Quản lý thu - Sổ, thẻ"),
    ("Theo đề nghị của Trưởng Ban Quản lý Thu - Sổ, thẻ.", "Ban Quản lý Thu - Sổ, thẻ"),
    ("Ban Tài chính - Kế toán phối hợp với Ban Thực hiện chính sách BHXH cấp kinh phí.",
     "Ban Thực hiện chính sách BHXH"),
    ("Mọi chi tiết xin liên hệ Phòng Lao động - Việc làm, Sở Nội vụ.",
     "Phòng Lao động - Việc làm"),
    ("Báo cáo gửi về Sở Nội vụ (qua Phòng Lao động - Tiền lương và Bảo hiểm xã hội).",
     "Phòng Lao động - Tiền lương và Bảo hiểm xã hội"),
    ("Ủy ban nhân dân các xã báo cáo về Sở Nội vụ (qua Phòng Việc làm - An toàn lao động).",
     "Phòng Việc làm - An toàn lao động"),
    ("Thông tin chi tiết liên hệ Phòng Tư vấn - Giới thiệu việc làm, điện thoại 0237.",
     "Phòng Tư vấn - Giới thiệu việc làm"),
    ("Cục Việc làm phối hợp với Cục An toàn lao động kiểm tra.", "Cục Việc làm"),
])
def test_labour_and_insurance_departments_are_read_whole(text: str, name: str) -> None:
    assert name in agencies(text)


def test_a_verb_after_an_insurance_office_still_ends_its_name() -> None:
    # ``thu``, ``làm`` are names only after their section's word, not after the agency
    assert "Bảo hiểm xã hội tỉnh" in agencies("Bảo hiểm xã hội tỉnh thu, chi đúng quy định.")
    assert agencies("Các địa phương tạo việc làm cho người lao động.") == []


def test_the_steering_board_over_social_and_health_insurance() -> None:
    text = ("Ngày 20/10/2025, đồng chí Nguyễn Văn Phương, Phó Chủ tịch UBND tỉnh, Trưởng Ban "
            "Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh chủ trì cuộc họp.")
    doc = vbcd.parse(text)
    assert "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh" in [a.name for a in doc.agencies]
    (person,) = doc.persons
    assert [p.organ for p in person.positions][-1] == (
        "Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh")


@pytest.mark.parametrize(("text", "organ"), [
    ("Bà Trần Thị Hồng, Trưởng phòng Lao động - Tiền lương - BHXH, Sở Nội vụ dự họp.",
     "Lao động - Tiền lương - BHXH, Sở Nội vụ"),
    ("Ông Lê Văn Nam, Phó Trưởng phòng Lao động - Việc làm, Sở Nội vụ tỉnh Đồng Nai.",
     "Lao động - Việc làm, Sở Nội vụ tỉnh Đồng Nai"),
    ("Đồng chí Vũ Thị Hà, Chủ tịch Công đoàn cơ sở Công ty TNHH May Phú An.",
     "Công đoàn cơ sở Công ty TNHH May Phú An"),
])
def test_labour_sections_in_a_persons_position(text: str, organ: str) -> None:
    (person,) = vbcd.parse(text).persons
    assert person.positions[0].organ == organ


def test_insurance_offices_issuing_cards_and_notices_are_actors() -> None:
    doc = parse_body(
        "1. Bảo hiểm xã hội cơ sở An Nhơn, Bảo hiểm xã hội cơ sở Hoài Nhơn thông báo kết quả "
        "đóng cho đơn vị chậm nhất ngày 10 hằng tháng.\n"
        "2. Bảo hiểm xã hội cơ sở Phú Bình cấp thẻ BHYT học sinh kịp thời, đúng đối tượng.\n"
        "3. Trung tâm Dịch vụ việc làm tỉnh tư vấn, giới thiệu việc làm cho người lao động.\n"
    )
    found = actors(doc)
    assert ("1", "Bảo hiểm xã hội cơ sở An Nhơn", "responsible") in found
    assert ("1", "Bảo hiểm xã hội cơ sở Hoài Nhơn", "responsible") in found
    assert ("2", "Bảo hiểm xã hội cơ sở Phú Bình", "responsible") in found
    assert ("3", "Trung tâm Dịch vụ việc làm tỉnh", "responsible") in found


def test_unions_and_insurance_collectors_are_actors() -> None:
    doc = parse_body(
        "1. Công đoàn cơ sở các doanh nghiệp phối hợp với người sử dụng lao động tổ chức "
        "đối thoại.\n"
        "2. Tổ dịch vụ thu BHXH, BHYT phường thông báo đến từng hộ gia đình thời hạn gia hạn "
        "thẻ BHYT.\n"
        "3. Các công đoàn cấp trên cơ sở chỉ đạo công đoàn cơ sở tự kiểm tra công tác an "
        "toàn, vệ sinh lao động.\n"
    )
    found = actors(doc)
    assert ("1", "Công đoàn cơ sở các doanh nghiệp", "responsible") in found
    assert ("2", "Tổ dịch vụ thu BHXH, BHYT phường", "responsible") in found
    assert ("3", "Các công đoàn cấp trên cơ sở", "lead") in found
    assert ("3", "công đoàn cơ sở", "directed") in found


def test_the_last_day_of_a_named_month_is_a_deadline() -> None:
    doc = parse_body(
        "1. Chuyển tiền đóng bổ sung phần chênh lệch chậm nhất ngày cuối cùng của tháng "
        "5/2025.\n"
        "2. Các đơn vị hoàn thành đối chiếu trước ngày cuối cùng của quý III năm 2025.\n"
    )
    assert [(d.date, d.clause) for d in doc.deadlines] == [("2025-05-31", "1"),
                                                           ("2025-09-30", "2")]
    assert doc.recurrences == []


def test_a_day_of_every_month_or_quarter_is_a_recurring_duty() -> None:
    doc = parse_body(
        "1. Các doanh nghiệp chuyển tiền đóng chậm nhất đến ngày cuối cùng của tháng tiếp "
        "theo ngay sau chu kỳ đóng.\n"
        "2. Văn phòng tổng hợp, báo cáo Giám đốc chậm nhất ngày 15 của tháng cuối quý.\n"
        "3. Các đơn vị đóng BHXH trước ngày cuối cùng của tháng.\n"
    )
    assert [(r.text, r.clause) for r in doc.recurrences] == [
        ("chậm nhất đến ngày cuối cùng của tháng tiếp theo", "1"),
        ("chậm nhất ngày 15 của tháng cuối quý", "2"),
        ("trước ngày cuối cùng của tháng", "3"),
    ]
    assert doc.deadlines == []
