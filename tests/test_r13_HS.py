"""Social protection and housing: the 2024-2025 campaign for the poor's houses (xóa nhà
tạm, nhà dột nát), welfare and merit decisions, the funds for the poor (round 13, HS).

Households are named by their heads (``hộ bà Lô Thị Hiền``), often in a table whose cells
follow one another; the steering boards and the funds' boards have long names with
commas; lists of communes end in the verb of their task."""

from __future__ import annotations

import pytest

import vbcd

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 3456/UBND-VX\nNghệ An, ngày 12 tháng 6 năm 2025\n"
    "V/v đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
)
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Thanh An\n"


def _parse(body: str) -> vbcd.Document:
    return vbcd.parse(HEAD + body + TAIL)


def _places(body: str) -> list[str]:
    return [p.name for p in _parse(body).places]


def _persons(body: str) -> list[str]:
    return [p.name for p in _parse(body).persons]


def _agencies(body: str) -> list[str]:
    return [a.name for a in _parse(body).agencies]


TABLE = (
    "1. Danh sách hộ được hỗ trợ:\n"
    "| STT | Họ và tên chủ hộ | Thôn | Diện | Nội dung hỗ trợ | Số tiền (triệu đồng) |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Nguyễn Văn Tâm | Thôn An Lộc | Hộ nghèo | Xây mới | 60 |\n"
    "| 2 | Trần Thị Hoa | Thôn Phú Xuân | Hộ cận nghèo | Sửa chữa | 30 |\n"
    "| 3 | Đặng Văn Lực | Xã Mỹ An Hưng | Người có công | Xây mới | 60 |\n"
    "2. Ủy ban nhân dân xã niêm yết công khai danh sách.\n"
)


def test_a_place_in_a_table_cell_does_not_run_into_the_next_cell() -> None:
    got = _places(TABLE)
    assert {"An Lộc", "Phú Xuân", "Mỹ An Hưng"} <= set(got), got
    # the header's ``Thôn | Diện | Nội dung`` and the next cells' ``Hộ nghèo``, ``Xây mới``
    assert not [p for p in got if p.endswith(("Hộ", "Xây", "Nội", "Thân"))], got


def test_table_cells_still_give_the_household_heads() -> None:
    got = _persons(TABLE)
    assert {"Nguyễn Văn Tâm", "Trần Thị Hoa", "Đặng Văn Lực"} <= set(got), got


@pytest.mark.parametrize(("line", "last"), [
    ("1. UBND các xã Quảng Uyên, Trùng Khánh, Hà Quảng tập trung khởi công số nhà còn lại.\n",
     "Hà Quảng"),
    ("1. Đảng ủy các xã: Bắc Hà, Si Ma Cai, Mường Khương, Bát Xát phân công đồng chí ủy "
     "viên ban thường vụ phụ trách từng hộ.\n", "Bát Xát"),
    ("1. Ủy ban nhân dân các phường Kinh Bắc, Võ Cường, Đại Phúc giải phóng mặt bằng các "
     "dự án nhà ở xã hội.\n", "Đại Phúc"),
    ("1. UBND các xã Tam Hợp, Tam Quang, Châu Khê hỗ trợ các hộ khởi công.\n", "Châu Khê"),
])
def test_the_last_commune_of_a_list_ends_at_the_task_verb(line: str, last: str) -> None:
    assert last in _places(line)


@pytest.mark.parametrize(("line", "name"), [
    ("Qua kiểm tra, còn hộ bà Lô Thị Hiền (bản Huồi Cọ) chưa khởi công.\n", "Lô Thị Hiền"),
    ("Qua kiểm tra, còn hộ ông Lù Văn Que (bản Nậm Củng) chưa khởi công.\n", "Lù Văn Que"),
    ("1. Hỗ trợ xây mới nhà cho gia đình bà Nguyễn Thị Sáu (mẹ liệt sĩ Đỗ Văn Hải).\n",
     "Đỗ Văn Hải"),
    ("1. Hỗ trợ sửa chữa nhà cho thương binh Phạm Văn Chiến tại xã An Lão.\n",
     "Phạm Văn Chiến"),
    ("1. Hộ Nguyễn Văn Tâm (thôn 3) được hỗ trợ 60 triệu đồng.\n", "Nguyễn Văn Tâm"),
    ("1. Hỗ trợ các hộ: Trần Thị Hoa, Lò Văn Pánh (bản Co Sản).\n", "Lò Văn Pánh"),
    ("1. Chủ hộ: Hà Văn Lợi; địa chỉ: bản Nà Khoang.\n", "Hà Văn Lợi"),
    ("1. Hỗ trợ sửa chữa nhà cho hộ ông Katơr Văn Sỹ, thôn Cầu Gẫy.\n", "Katơr Văn Sỹ"),
])
def test_a_household_head_and_a_fallen_soldier_are_persons(line: str, name: str) -> None:
    assert name in _persons(line)


@pytest.mark.parametrize("line", [
    "1. Viếng Nghĩa trang liệt sĩ Đồng Lộc và Nghĩa trang liệt sĩ Hàm Rồng.\n",
    "1. Hỗ trợ hộ nghèo, hộ cận nghèo; công nhận danh hiệu Gia đình văn hóa.\n",
    "1. Phối hợp với Sở Lao động - Thương binh và Xã hội.\n",
])
def test_cemeteries_and_household_classes_name_no_one(line: str) -> None:
    assert [p for p in _persons(line) if p != "Bùi Thanh An"] == []


@pytest.mark.parametrize(("line", "organ"), [
    ("1. Gửi báo cáo về Văn phòng Quốc gia về giảm nghèo trước ngày 10/01/2026.\n",
     "Văn phòng Quốc gia về giảm nghèo"),
    ("1. Ban Vận động Quỹ Vì người nghèo tỉnh tổ chức lễ phát động.\n",
     "Ban Vận động Quỹ Vì người nghèo tỉnh"),
    ("1. Hội đồng quản lý Quỹ Vì người nghèo tỉnh phân bổ kinh phí.\n",
     "Hội đồng quản lý Quỹ Vì người nghèo tỉnh"),
    ("1. Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát tỉnh kiểm tra tiến độ.\n",
     "Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát tỉnh"),
    ("1. Báo cáo Ban Chỉ đạo thực hiện Chương trình xóa nhà tạm, nhà dột nát trên địa bàn.\n",
     "Ban Chỉ đạo thực hiện Chương trình xóa nhà tạm, nhà dột nát"),
    ("1. Báo cáo Ban Chỉ đạo xóa nhà tạm, nhà dột nát.\n",
     "Ban Chỉ đạo xóa nhà tạm, nhà dột nát"),
    ("1. Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo tỉnh tổng hợp kết quả.\n",
     "Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo tỉnh"),
])
def test_the_campaign_boards_and_the_funds_are_read_whole(line: str, organ: str) -> None:
    assert organ in _agencies(line)


def test_a_guided_list_of_communes_ends_at_the_house_work() -> None:
    doc = _parse(
        "1. Sở Xây dựng chủ trì, phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn các "
        "xã, phường thiết kế mẫu nhà bảo đảm 3 cứng; hoàn thành trước ngày 30/4/2025.\n"
        "2. Sở Tài chính bố trí vốn đối ứng 20 tỷ đồng.\n")
    actors = [a.actor for a in doc.assignments]
    assert "các xã, phường" in actors, actors
    assert not [a for a in actors if "thiết kế" in a], actors


def test_the_house_works_end_the_guided_communes() -> None:
    doc = _parse("1. Sở Xây dựng đôn đốc các xã, phường xây mới, sửa chữa nhà cho hộ nghèo.\n"
                 "2. Sở Tài chính bố trí vốn.\n")
    assert "các xã, phường" in [a.actor for a in doc.assignments]


def test_money_amounts_are_no_dates() -> None:
    doc = _parse("1. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; tổng "
                 "kinh phí 98,75 tỷ đồng; trợ cấp 750.000 đồng/tháng; thương binh 2/4.\n")
    assert [d.text for d in doc.dates if "2025" not in d.text] == []
