"""Round 18 (C2): elected bodies' documents (People's Councils' resolutions and their
standing committees' notices, the National Assembly's standing committee and its
delegations' plans), some as PDF text layers. All texts invented."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = """ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC
Số: 318/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghi Lộc, ngày 14 tháng 8 năm 2023

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 8

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Hồ Minh Châu
"""


def _actors(body: str) -> list[str]:
    doc = vbcd.parse(_HEAD + body + _TAIL)
    return [a.actor for a in doc.assignments]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("1. Các xã nộp hồ sơ trước ngày 30/8/2023. Quá thời hạn trên, Phòng Tài chính - Kế "
     "hoạch tổng hợp, báo cáo UBND huyện.", "Phòng Tài chính - Kế hoạch"),
    ("1. Các trường rà soát số liệu trước ngày 25/8/2023; quá thời hạn nêu trên, Phòng Giáo "
     "dục và Đào tạo báo cáo UBND huyện.", "Phòng Giáo dục và Đào tạo"),
    ("1. Hết thời hạn niêm yết, Văn phòng HĐND và UBND huyện tổng hợp ý kiến của nhân "
     "dân.", "Văn phòng HĐND và UBND huyện"),
])
def test_subject_after_a_passed_deadline(sentence: str, actor: str) -> None:
    assert actor in _actors(sentence)


@pytest.mark.parametrize(("sentence", "actor", "directed"), [
    ("1. Phó Chủ tịch UBND huyện phụ trách văn hóa - xã hội chỉ đạo Phòng Y tế kiểm tra "
     "các cơ sở.", "Phó Chủ tịch UBND huyện phụ trách văn hóa - xã hội", "Phòng Y tế"),
    ("1. Giao Đảng ủy viên phụ trách khối chính quyền chỉ đạo UBND xã hoàn thiện hồ sơ.",
     "Đảng ủy viên phụ trách khối chính quyền", "UBND xã"),
    ("1. Phó Giám đốc Trung tâm Y tế huyện phụ trách dự phòng chủ trì tổ chức tiêm chủng.",
     "Phó Giám đốc Trung tâm Y tế huyện phụ trách dự phòng", None),
])
def test_charge_after_a_title_is_part_of_the_actor(
        sentence: str, actor: str, directed: str | None) -> None:
    actors = _actors(sentence)
    assert actor in actors
    if directed is not None:
        assert directed in actors


def test_charge_alone_is_the_task() -> None:
    actors = _actors("1. Phó Chủ tịch UBND huyện phụ trách công tác tuyển sinh năm học mới.")
    assert actors == ["Phó Chủ tịch UBND huyện"]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("1. Công an huyện chỉ dạo lực lượng công an các xã tuần tra ban đêm.", "Công an huyện"),
    ("1. Hạt Kiểm lâm chỉ dạo các trạm kiểm lâm kiểm tra rừng.", "Hạt Kiểm lâm"),
])
def test_ocr_chi_dao_is_a_cue(sentence: str, actor: str) -> None:
    assert actor in _actors(sentence)


def test_head_whose_organ_word_the_task_repeats() -> None:
    actors = _actors("1. Trưởng ban ban hành Quy chế làm việc của Ban; các thành viên "
                     "làm việc theo chế độ kiêm nhiệm.")
    assert "Trưởng ban" in actors


def test_army_commands_in_a_directed_list() -> None:
    actors = _actors("1. Bộ Chỉ huy Quân sự tỉnh chỉ đạo các quân đoàn, Bộ đội Biên phòng "
                     "tỉnh phối hợp với địa phương tuần tra.")
    assert "Bộ đội Biên phòng tỉnh" in actors


_QH = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
Số: 415/TB-TTKQH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 21 tháng 10 năm 2021

THÔNG BÁO
Kết luận của Ủy ban Thường vụ Quốc hội về chương trình kỳ họp

1. Giao Văn phòng Quốc hội chuẩn bị tài liệu kỳ họp.

2. Giao Ủy ban Pháp luật thẩm tra dự án Luật.

"""


def test_epas_number_ends_a_flattened_archive_line() -> None:
    doc = vbcd.parse(_QH + "| **Nơi nhận:** - Chủ tịch Quốc hội (để b/c); - Các Đoàn ĐBQH; "
                     "- Lưu: HC, PL. E-pas: 73310 | **TL. ỦY BAN THƯỜNG VỤ QUỐC HỘI KT. "
                     "TỔNG THƯ KÝ PHÓ TỔNG THƯ KÝ** **Phan Thanh Bình** |\n|---|---|\n")
    assert doc.archive == ["HC", "PL"]
    assert doc.signature is not None
    assert doc.signature.title == "PHÓ TỔNG THƯ KÝ"
    assert doc.signature.authority == "TL"


def test_deputy_head_of_delegation_on_one_line() -> None:
    doc = vbcd.parse(_QH + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
                     "TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI PHÓ TRƯỞNG ĐOÀN\n\nLò Văn Pha\n")
    assert doc.signature is not None
    assert doc.signature.title == "PHÓ TRƯỞNG ĐOÀN"
