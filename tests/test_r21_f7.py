"""Round 21 (F7): short and odd documents: a body flattened onto one long line, a
letter of introduction (giấy giới thiệu) with no trích yếu and its bearers as fields."""

from __future__ import annotations

from vbcd import parse
from vbcd.normalize_runin import split_run_in

_FLAT_NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
Số: 61/TB-UBND
Châu Thành, ngày 08 tháng 5 năm 2022

THÔNG BÁO
Về việc thay đổi thời gian họp giao ban tháng 5 năm 2022

Ngày 02/5/2022, Ủy ban nhân dân huyện ban hành Giấy mời số 58/GM-UBND về việc dự họp giao ban tháng 5, dự kiến tổ chức ngày 10/5/2022. Do Chủ tịch UBND huyện đi công tác tỉnh, Ủy ban nhân dân huyện thông báo thay đổi như sau: 1. Thời gian: lúc 07 giờ 30, ngày 13/5/2022. 2. Địa điểm: Phòng họp số 1, UBND huyện. 3. Thành phần: như Giấy mời số 58/GM-UBND. Giao Văn phòng HĐND và UBND huyện chuẩn bị tài liệu phục vụ cuộc họp. Ủy ban nhân dân huyện trân trọng thông báo./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Sang
"""

_INTRODUCTION = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
CHI CỤC THỦY LỢI
Số: 09/GGT-CCTL
An Giang, ngày      tháng      năm 2024

GIẤY GIỚI THIỆU

Chi cục Thủy lợi tỉnh An Giang trân trọng giới thiệu:
Ông: Châu Văn Lực
Chức vụ: Trưởng phòng Quản lý công trình
Được cử đến: UBND huyện Tri Tôn
Về việc: Kiểm tra hiện trạng cống đầu kênh.
Đề nghị Quý cơ quan tạo điều kiện để đồng chí có tên trên hoàn thành nhiệm vụ./.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHI CỤC TRƯỞNG
Trịnh Quốc Bảo
"""


def test_flattened_body_gets_its_clauses_back() -> None:
    doc = parse(_FLAT_NOTICE)
    assert [c.path for c in doc.clauses] == ["1", "2", "3"]
    assert doc.preamble is not None and "thông báo thay đổi như sau" in doc.preamble.text
    assert doc.meeting_date is not None and doc.meeting_date.value == "2022-05-13"


def test_flattened_body_closing_glued_to_last_clause() -> None:
    doc = parse(_FLAT_NOTICE)
    assert doc.closing is not None and "trân trọng thông báo" in doc.closing.text
    assert any(a.clause == "3" for a in doc.assignments)


def test_run_in_split_keeps_length_and_leaves_ordinary_text() -> None:
    line = "Nội dung: " + "x " * 150 + "như sau: 1. Thời gian: sáng mai. 2. Địa điểm: hội trường."
    out = split_run_in(line)
    assert len(out) == len(line) and "\n1. Thời gian" in out and "\n2. Địa điểm" in out
    # clauses already on their own lines: an inline enumeration stays inline
    text = "1. Kiểm tra.\n" + line
    assert split_run_in(text) == text
    # a short line is an ordinary sentence's enumeration
    short = "gồm: 1. Báo cáo. 2. Tờ trình."
    assert split_run_in(short) == short


def test_introduction_opening_is_no_title() -> None:
    doc = parse(_INTRODUCTION)
    assert doc.doc_type is not None and doc.doc_type.code == "GGT"
    assert doc.title is None


def test_introduction_bearer_is_a_person() -> None:
    doc = parse(_INTRODUCTION)
    names = [p.name for p in doc.persons]
    assert "Châu Văn Lực" in names
