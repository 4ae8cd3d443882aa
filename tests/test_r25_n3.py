"""Round 25 (N3): names with a middle word typed small after ``ông``/``bà``, and the
meeting date of a long preamble or after a time of day, with and without a header.

Invented documents: a conclusion notice that assigns tasks to ``bà Trần thị Mai, Giám
đốc Sở ...`` (careless typing, frequent in scans), a Party inspection's conclusion whose
grounds run long before ``..., ngày 12/3/2025, Ủy ban Kiểm tra Tỉnh ủy đã họp``, a council
notice listing its attendees before the meeting's own paragraph, and notices that open
with ``Chiều ngày ...`` / ``Sáng 5/7`` under a bare title.
"""

from __future__ import annotations

import vbcd
from vbcd.extract.persons import find_persons

_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn Hùng
"""


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: [f"{x.title} {x.organ}".strip() for x in p.positions]
            for p in find_persons(text)}


def test_small_middle_word_after_ba_and_ong() -> None:
    found = _persons(
        "1. Giao bà Trần thị Mai, Giám đốc Sở Tài nguyên và Môi trường chủ trì thực hiện.\n"
        "2. Giao ông Lê văn Tám, Phó Chủ tịch UBND huyện Kỳ Anh chỉ đạo đối thoại.\n"
        "3. Mời ông Phạm văn Lực (Chủ tịch UBND xã Tân Lập) dự họp.\n")
    assert found["Trần Thị Mai"] == ["Giám đốc Sở Tài nguyên và Môi trường"]
    assert found["Lê Văn Tám"] == ["Phó Chủ tịch UBND huyện Kỳ Anh"]
    assert found["Phạm Văn Lực"] == ["Chủ tịch UBND xã Tân Lập"]


def test_ong_ba_as_common_nouns_name_no_one() -> None:
    found = _persons(
        "Tổ chức thăm hỏi bà mẹ Việt Nam anh hùng, ông bà có công với cách mạng; vận động "
        "bà con nhân dân tham gia. Ông Lê văn bản khai nhận tại trụ sở, bà con Hà thị xã "
        "Kỳ Anh tham gia đầy đủ.\n")
    assert found == {}


_INSPECTION = """TỈNH ỦY BẮC GIANG
ỦY BAN KIỂM TRA
Số: 48-TB/UBKTTU
Bắc Giang, ngày 20 tháng 3 năm 2025

THÔNG BÁO
Kết luận kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Huyện ủy Yên Dũng

Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác \
kiểm tra, giám sát và kỷ luật của Đảng; Quyết định số 112-QĐ/UBKTTU ngày 05/01/2025 của Ủy \
ban Kiểm tra Tỉnh ủy về việc kiểm tra khi có dấu hiệu vi phạm; trên cơ sở báo cáo kết quả \
kiểm tra của Đoàn kiểm tra, ý kiến giải trình của tổ chức đảng và đảng viên được kiểm tra, \
kết quả thẩm định của các phòng nghiệp vụ; căn cứ biên bản làm việc với các đồng chí trong \
Ban Thường vụ Huyện ủy, với sự tham dự của đại diện Ban Tổ chức Tỉnh ủy, Ban Nội chính Tỉnh \
ủy, Thanh tra tỉnh, Sở Nội vụ và các cơ quan có liên quan, ngày 12/3/2025, Ủy ban Kiểm tra \
Tỉnh ủy đã họp, xem xét và kết luận như sau:
1. Ban Thường vụ Huyện ủy đã lãnh đạo thực hiện cơ bản đầy đủ các nhiệm vụ.
2. Yêu cầu Ban Thường vụ Huyện ủy kiểm điểm rút kinh nghiệm trước ngày 15/4/2025.
"""


def test_meeting_after_long_grounds_of_an_inspection() -> None:
    doc = vbcd.parse(_INSPECTION + _TAIL)
    assert doc.meeting_date is not None
    assert doc.meeting_date.value == "2025-03-12"


def test_cited_decision_date_in_long_grounds_is_no_meeting() -> None:
    text = _INSPECTION.replace(
        "ngày 12/3/2025, Ủy ban Kiểm tra Tỉnh ủy đã họp",
        "Kết luận số 15-KL/UBKTTU, ngày 12/3/2025, Ủy ban Kiểm tra Tỉnh ủy đã họp")
    doc = vbcd.parse(text + _TAIL)
    assert doc.meeting_date is None or doc.meeting_date.value != "2025-03-12"


def test_meeting_paragraph_below_long_attendee_list() -> None:
    people = "; ".join(
        f"đồng chí {n}, {t} HĐND tỉnh" for n, t in [
            ("Hoàng Nghĩa Hiếu", "Chủ tịch"), ("Nguyễn Như Khôi", "Phó Chủ tịch"),
            ("Võ Thị Minh Sinh", "Phó Chủ tịch"), ("Thái Văn Thành", "Trưởng Ban Văn hóa - Xã hội"),
            ("Phan Đức Đồng", "Trưởng Ban Kinh tế - Ngân sách"), ("Hồ Lê Ngọc", "Trưởng Ban Pháp chế"),
            ("Vi Văn Sơn", "Trưởng Ban Dân tộc"), ("Lê Đình Lý", "Chánh Văn phòng Đoàn ĐBQH và"),
            ("Trần Quốc Khánh", "Phó Chánh Văn phòng Đoàn ĐBQH và"),
            ("Nguyễn Thị Hương", "Phó Trưởng Ban Văn hóa - Xã hội"),
            ("Đặng Quang Hưng", "Phó Trưởng Ban Pháp chế"),
            ("Cao Thị Hiền", "Phó Trưởng Ban Kinh tế - Ngân sách")])
    text = ("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nTHƯỜNG TRỰC\nSố: 90/TB-HĐND\n"
            "Nghệ An, ngày 22 tháng 5 năm 2024\n\nTHÔNG BÁO\nKết luận của Thường trực HĐND "
            "tỉnh tại phiên họp thường kỳ tháng 5\n\nTham dự phiên họp có: " + people
            + "; đại diện lãnh đạo Sở Tài chính, Sở Nội vụ.\nNgày 20/5/2024, Thường trực HĐND "
            "tỉnh tổ chức phiên họp thường kỳ tháng 5. Thường trực HĐND tỉnh kết luận:\n"
            "1. Thống nhất nội dung chuẩn bị kỳ họp.\n2. Giao Ban Kinh tế - Ngân sách thẩm "
            "tra báo cáo trước ngày 10/6/2024.\n" + _TAIL)
    assert len(text.split("Tham dự")[1].split("Ngày 20/5")[0]) > 700
    doc = vbcd.parse(text)
    assert doc.meeting_date is not None and doc.meeting_date.value == "2024-05-20"


def test_time_of_day_opening_without_header() -> None:
    doc = vbcd.parse(
        "THÔNG BÁO\nKết luận cuộc họp triển khai chiến dịch tiêm chủng\n\n"
        "Chiều ngày 02/11/2022, tại phòng họp Sở Y tế, Giám đốc Sở Y tế chủ trì cuộc họp "
        "triển khai chiến dịch. Giám đốc Sở kết luận như sau:\n"
        "1. Trung tâm Kiểm soát bệnh tật tỉnh xây dựng kế hoạch chi tiết.\n"
        "2. Các bệnh viện phối hợp thực hiện.\n")
    assert doc.issue_date is None and doc.issue_place is None
    assert doc.meeting_date is not None and doc.meeting_date.value == "2022-11-02"


def test_yearless_time_of_day_without_header() -> None:
    doc = vbcd.parse(
        "THÔNG BÁO\nÝ kiến kết luận của Chủ tịch UBND huyện tại buổi kiểm tra công trình\n\n"
        "Sáng 5/7, ông Phạm văn Lực, Chủ tịch UBND huyện Tiên Lãng chủ trì đoàn kiểm tra "
        "thực địa công trình kênh tưới. Chủ tịch UBND huyện kết luận:\n"
        "1. Giao Phòng Nông nghiệp hoàn thành việc nạo vét trước ngày 30/7/2024.\n"
        "2. Ban Quản lý dự án huyện đôn đốc nhà thầu.\n")
    assert doc.meeting_date is not None and doc.meeting_date.value == "2024-07-05"
