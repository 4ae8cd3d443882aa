"""Assignments the scan missed on blind documents (round 25, gap N2): a bullet naming
an organ and its share with no task word, a team's duty article, and a body's short
name as a sentence's subject. Invented texts."""

from __future__ import annotations

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 88/UBND-KGVX
V/v triển khai nhiệm vụ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 03 tháng 5 năm 2024

Kính gửi: Các sở, ngành liên quan.

Ủy ban nhân dân tỉnh yêu cầu các cơ quan triển khai như sau:

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Trần Thị Mai
"""


def _actors(body: str) -> set[tuple[str | None, str]]:
    doc = vbcd.parse(_HEAD + body + _TAIL)
    return {(a.clause, a.actor) for a in doc.assignments}


def test_bullet_share_without_task_word() -> None:
    got = _actors("1. Phân công thực hiện\n"
                  "- Sở Y tế: công tác giám sát, phát hiện sớm ca bệnh.\n"
                  "- Sở Công Thương: sản lượng điện sản xuất 9 tháng.\n\n"
                  "2. Thời hạn\nTrước ngày 30/5/2024.\n")
    assert ("1", "Sở Y tế") in got
    assert ("1", "Sở Công Thương") in got


def test_bullet_of_attendees_is_no_share() -> None:
    got = _actors("1. Thành phần mời\n"
                  "- Công an huyện: đại diện lãnh đạo.\n"
                  "- Sở Y tế: 02 người.\n\n2. Thời gian: 08 giờ ngày 15/4/2024.\n")
    assert not {a for _, a in got} & {"Công an huyện", "Sở Y tế"}


def test_team_duty_article() -> None:
    got = _actors("Điều 1. Thành lập Tổ công tác kiểm tra an toàn thực phẩm (gọi tắt là "
                  "Tổ công tác).\n\nĐiều 2. Nhiệm vụ của Tổ công tác\n"
                  "1. Kiểm tra việc chấp hành quy định tại các cơ sở kinh doanh.\n"
                  "2. Báo cáo Chủ tịch UBND huyện kết quả kiểm tra.\n")
    assert ("Điều 2/1", "Tổ công tác") in got
    assert ("Điều 2/2", "Tổ công tác") in got


def test_short_name_as_subject() -> None:
    text = (_HEAD.replace("Kính gửi: Các sở, ngành liên quan.",
                          "Kính gửi: Công ty Cổ phần Cấp nước Sông Hương.")
            + "Sở nhận được báo cáo của Công ty Cổ phần Cấp nước Sông Hương (sau đây gọi là "
              "Công ty). Sở có ý kiến như sau:\n\n"
              "1. Công ty thực hiện ngay việc khắc phục sự cố.\n\n"
              "2. Công ty chủ động bố trí xe bồn cấp nước tạm thời.\n" + _TAIL)
    got = {(a.clause, a.actor) for a in vbcd.parse(text).assignments}
    assert ("1", "Công ty Cổ phần Cấp nước Sông Hương") in got
    assert ("2", "Công ty Cổ phần Cấp nước Sông Hương") in got


def test_class_without_short_name_stays_a_topic() -> None:
    got = _actors("1. Công ty thực hiện theo quy định của pháp luật về thuế.\n")
    assert not any(a.startswith("Công ty") for _, a in got)
