"""Round 24 (H3, universities and colleges): invented texts the base parser got wrong.

- a meeting reported by a sentence whose chair has a degree before the name
  (``PGS.TS. X, Giám đốc ... chủ trì cuộc họp``): the degree's dot ended the sentence
  before the meeting verb;
- a university's testing or quality centre whose field runs on small
  (``Trung tâm Khảo thí và Đánh giá chất lượng đào tạo``);
- a national university's boards named by the level they manage (``Ban Đại học``,
  ``Ban Sau đại học``).
"""
from __future__ import annotations

import vbcd

_MEETING = """THÔNG BÁO
Kết luận của Hiệu trưởng tại buổi làm việc với các khoa

Ngày {day}, tại Hội trường B, {deg} Tạ Minh Quân, Hiệu trưởng Nhà trường chủ trì buổi làm việc với các khoa. Hiệu trưởng kết luận như sau:

1. Phòng Đào tạo rà soát kế hoạch học tập.
"""


def _meeting(day: str, deg: str) -> str | None:
    doc = vbcd.parse(_MEETING.format(day=day, deg=deg))
    return doc.meeting_date.value if doc.meeting_date else None


def test_meeting_chair_with_degree_before_name() -> None:
    assert _meeting("16/5/2024", "GS.TS.") == "2024-05-16"
    assert _meeting("03/10/2022", "TS.") == "2022-10-03"
    assert _meeting("21/3/2019", "ThS.") == "2019-03-21"


_BOARDS = """THÔNG BÁO
Kết luận của Giám đốc Đại học Huế

Ngày 12/8/2021, Giám đốc Đại học Huế chủ trì cuộc họp về tuyển sinh. Giám đốc kết luận như sau:

1. Giao Ban Đại học chủ trì, phối hợp với Trung tâm Khảo thí và Đánh giá chất lượng đào tạo xây dựng kế hoạch thi.
2. Ban Sau đại học tổng hợp chỉ tiêu; Phòng Đảm bảo chất lượng đào tạo báo cáo kết quả.
"""


def test_university_boards_and_quality_centres() -> None:
    names = {a.name for a in vbcd.parse(_BOARDS).agencies}
    assert "Ban Đại học" in names
    assert "Ban Sau đại học" in names
    assert "Trung tâm Khảo thí và Đánh giá chất lượng đào tạo" in names
    assert "Phòng Đảm bảo chất lượng đào tạo" in names
