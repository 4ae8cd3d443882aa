"""Round 20 (E2): festival and tourism documents — boards named after a festival's site,
tourism centres whose fields are written small, and a closing request glued to the last
clause by a hard wrap."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("2. Ban Tổ chức Lễ hội đền Kiếp Bạc chỉ đạo các tiểu ban chuẩn bị phần lễ.",
     "Ban Tổ chức Lễ hội đền Kiếp Bạc"),
    ("Giao Ban tổ chức Lễ hội chùa Keo phân công lực lượng trực.",
     "Ban tổ chức Lễ hội chùa Keo"),
    ("- Ban Tổ chức Lễ hội chợ tình Khâu Vai chuẩn bị không gian văn hóa.",
     "Ban Tổ chức Lễ hội chợ tình Khâu Vai"),
])
def test_event_board_takes_the_site_its_festival_is_named_after(text: str, name: str) -> None:
    assert name in _names(text)


def test_event_board_without_a_site_name_stops_at_the_event() -> None:
    # a small word with no capitalised name after it is the board's business
    assert "Ban Tổ chức Lễ hội" in _names("3. Ban Tổ chức Lễ hội đình làng phối hợp bảo vệ.")


@pytest.mark.parametrize(("text", "name"), [
    ("4.2. Trung tâm Thông tin xúc tiến du lịch xây dựng ấn phẩm quảng bá.",
     "Trung tâm Thông tin xúc tiến du lịch"),
    ("- Giao Trung tâm Thông tin và xúc tiến du lịch in tài liệu giới thiệu điểm đến.",
     "Trung tâm Thông tin và xúc tiến du lịch"),
    ("Trung tâm Văn hóa thông tin và thể thao dàn dựng chương trình nghệ thuật.",
     "Trung tâm Văn hóa thông tin và thể thao"),
])
def test_tourism_centre_fields_written_small(text: str, name: str) -> None:
    assert name in _names(text)


_DOC = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC THỌ
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Thọ, ngày 20 tháng 8 năm 2021

KẾ HOẠCH
Tổ chức Tết Trung thu cho thiếu nhi năm 2021

UBND huyện xây dựng Kế hoạch như sau:
1. Phòng Văn hóa và Thông tin huyện chủ trì tổ chức đêm hội trăng rằm vào tối ngày 21/9/2021.
2. UBND các xã, thị trấn tổ chức vui Trung thu tại các thôn, bảo đảm an toàn, tiết kiệm; gửi
báo cáo về Phòng Văn hóa và Thông tin trước ngày 30/9/2021. {tail}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Hữu Nghĩa
"""


@pytest.mark.parametrize("tail", [
    "Đề nghị các cơ quan, đơn vị\nnghiêm túc thực hiện./.",
    "Đề\nnghị các cơ quan, đơn vị nghiêm túc thực hiện./.",
    "UBND huyện yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai./.",
])
def test_closing_request_glued_to_the_last_clause(tail: str) -> None:
    doc = vbcd.parse(_DOC.format(tail=tail))
    assert doc.closing is not None
    assert doc.closing.text.endswith("./.")
    assert "nghiêm túc" in doc.closing.text
    last = doc.clauses[-1]
    assert last.label == "2"
    assert last.text.rstrip().endswith("trước ngày 30/9/2021.")


def test_last_sentence_without_a_request_stays_in_the_clause() -> None:
    doc = vbcd.parse(_DOC.format(tail="Các xã báo cáo số liệu trước ngày 05/10/2021./."))
    assert doc.closing is None
    assert doc.clauses[-1].text.rstrip().endswith("05/10/2021./.")
