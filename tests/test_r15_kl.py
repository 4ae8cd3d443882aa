"""Round 15, conclusion notices (Thông báo kết luận / ý kiến chỉ đạo): what their
attendance paragraphs, clauses and two-column tails taught the parser."""

from __future__ import annotations

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [f"{x.title} {x.organ}" if x.organ else x.title for x in p.positions]
            for p in vbcd.parse(text).persons}


def test_ministry_list_ends_at_an_organ_of_its_own() -> None:
    names = _agencies(
        "Tham dự cuộc họp có đại diện lãnh đạo các Bộ: Công Thương, Tài chính, Kế hoạch và "
        "Đầu tư, Ngân hàng Nhà nước Việt Nam, Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.")
    assert "Bộ Tài chính" in names
    assert "Ngân hàng Nhà nước Việt Nam" in names
    assert "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp" in names
    assert not any(n.startswith(("Bộ Ngân hàng", "Bộ Ủy ban")) for n in names)


def test_government_office_closing_a_ministry_list_is_no_ministry() -> None:
    names = _agencies(
        "Tham dự buổi làm việc có đại diện lãnh đạo các Bộ: Giao thông vận tải, Xây dựng "
        "và Văn phòng Chính phủ.")
    assert "Văn phòng Chính phủ" in names
    assert "Bộ Văn phòng Chính phủ" not in names
    assert "Bộ Xây dựng" in names


def test_ministry_list_keeps_the_police_as_a_ministry() -> None:
    names = _agencies("Cùng dự có lãnh đạo các Bộ: Quốc phòng, Công an, Y tế.")
    assert {"Bộ Quốc phòng", "Bộ Công an", "Bộ Y tế"} <= set(names)


def test_generic_head_after_a_titled_name_is_another_group() -> None:
    got = _positions(
        "Tham dự có Thứ trưởng Lương Văn Khải, lãnh đạo Cục Thú y, Cục Chăn nuôi, Vụ Tài "
        "chính. Sau khi nghe báo cáo, Bộ trưởng kết luận như sau:")
    assert got["Lương Văn Khải"] == ["Thứ trưởng"]


def test_semicolon_parts_the_people_of_an_attendee_list() -> None:
    got = _positions(
        "Cùng dự có đồng chí Nguyễn Văn Thạch, Phó Chủ tịch UBND tỉnh; Giám đốc Sở Kế "
        "hoạch và Đầu tư; Chủ tịch UBND huyện Kim Sơn.")
    assert got["Nguyễn Văn Thạch"] == ["Phó Chủ tịch UBND tỉnh"]


def test_comma_still_chains_one_persons_posts() -> None:
    got = _positions(
        "Ngày 08/5/2018, đồng chí Đinh Văn Khoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
        "đã làm việc với huyện.")
    assert got["Đinh Văn Khoa"] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]


def test_listed_communes_told_to_lead_keep_the_last_one() -> None:
    doc = vbcd.parse(
        "3. Giao Đảng ủy các xã Biên Sơn, Kiên Lao, Tân Sơn lãnh đạo làm tốt công tác "
        "thu hoạch vải thiều năm 2025.\n")
    assert [p.name for p in doc.places] == ["Biên Sơn", "Kiên Lao", "Tân Sơn"]


def test_preventive_medicine_department_leads_without_its_verb() -> None:
    doc = vbcd.parse(
        "1. Sở Y tế các tỉnh tăng cường kiểm soát.\n\n"
        "2. Cục Y tế dự phòng chủ trì hướng dẫn quy trình xét nghiệm; ban hành trước "
        "ngày 25/12/2020.\n")
    got = [(a.clause, a.actor, a.role) for a in doc.assignments if a.clause == "2"]
    assert got == [("2", "Cục Y tế dự phòng", "lead")]


def test_border_guard_written_small_leads() -> None:
    doc = vbcd.parse(
        "1. Sở Y tế kiểm tra.\n\n2. Bộ đội biên phòng chủ trì, phối hợp với Công an tỉnh "
        "tuần tra khu vực biên giới.\n")
    actors = {(a.actor, a.role) for a in doc.assignments if a.clause == "2"}
    assert ("Bộ đội biên phòng", "lead") in actors


def test_department_names_that_open_like_other_words() -> None:
    names = _agencies(
        "Tham dự cuộc họp có đại diện: Vụ Kết cấu hạ tầng giao thông, Cục Cơ sở vật chất, "
        "Vụ Vận tải.")
    assert "Vụ Kết cấu hạ tầng giao thông" in names
    assert "Cục Cơ sở vật chất" in names


_TWO_COLUMN_TAIL = """VĂN PHÒNG CHÍNH PHỦ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số: 212/TB-VPCP                  Hà Nội, ngày 14 tháng 6 năm 2019

THÔNG BÁO
Kết luận của Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Bình Phước

Ngày 08 tháng 6 năm 2019, Thủ tướng đã làm việc với lãnh đạo Tỉnh. Thủ tướng Chính
phủ kết luận như sau:

1. Bộ Giao thông vận tải nghiên cứu, đề xuất hình thức đầu tư phù hợp.

Văn phòng Chính phủ xin thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:                                    KT. BỘ TRƯỞNG, CHỦ NHIỆM
- Thủ tướng, các PTTg;                            PHÓ CHỦ NHIỆM
- Tỉnh ủy, HĐND, UBND tỉnh Bình Phước;
- VPCP: BTCN, các PCN, các Vụ: TH, KTTH,
  CN, NN, Cổng TTĐT;                               Lê Văn Định
- Lưu: VT, ĐMDN (3b).
"""


def test_archive_after_a_wrapped_item_beside_the_signer() -> None:
    doc = vbcd.parse(_TWO_COLUMN_TAIL)
    assert doc.archive == ["VT", "ĐMDN (3b)"]
    assert doc.signature is not None and doc.signature.name == "Lê Văn Định"
