"""Round 16, SF: organ names whose sector holds an inner comma or a small tail (the
culture ministry's departments, a commune's culture section, the tax department's
policy unit, a province's data centre), and a firm's letter numbered with a two-part
serial (``công văn số 25-0311/ABC-KD``)."""

from __future__ import annotations

import pytest

import vbcd

_LETTER = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/BVHTTDL-VP
V/v rà soát thủ tục hành chính
Hà Nội, ngày 12 tháng 01 năm 2026
Kính gửi: Các cơ quan, đơn vị thuộc Bộ.
1. {line}
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Khải
"""


def _agencies(line: str) -> list[str]:
    return [a.name for a in vbcd.parse(_LETTER.format(line=line)).agencies]


@pytest.mark.parametrize(("line", "name"), [
    ("Hồ sơ gửi về Cục Mỹ thuật, Nhiếp ảnh và Triển lãm.",
     "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"),
    ("Báo cáo gửi Cục Xuất bản, In và Phát hành trước ngày 20/02/2026.",
     "Cục Xuất bản, In và Phát hành"),
    ("Lấy ý kiến của Cục Văn hóa cơ sở, Gia đình và Thư viện.",
     "Cục Văn hóa cơ sở, Gia đình và Thư viện"),
    ("Hồ sơ đăng ký quyền tác giả nộp tại Cục Bản quyền tác giả.",
     "Cục Bản quyền tác giả"),
    ("Phòng Văn hóa, Gia đình và Thư viện xã Tân Hòa tổ chức Ngày hội đọc sách.",
     "Phòng Văn hóa, Gia đình và Thư viện xã Tân Hòa"),
    ("Vướng mắc báo cáo về Ban Chính sách, Thuế quốc tế để được hướng dẫn.",
     "Ban Chính sách, Thuế quốc tế"),
    ("Trung tâm Thông tin, Dữ liệu và Chuyển đổi số tỉnh hỗ trợ truyền thông.",
     "Trung tâm Thông tin, Dữ liệu và Chuyển đổi số tỉnh"),
])
def test_sector_with_inner_comma_or_small_tail_stays_whole(line: str, name: str) -> None:
    names = _agencies(line)
    assert name in names
    first = name.split(",")[0]
    if first != name:
        assert first not in names  # not cut at the comma


def test_culture_units_in_a_recipient_list_stay_whole() -> None:
    text = _LETTER.format(line="Các đơn vị thực hiện nghiêm túc.").replace(
        "- Như trên;\n", "- Như trên;\n- Cục Mỹ thuật, Nhiếp ảnh và Triển lãm;\n"
        "- Cục Bản quyền tác giả;\n")
    names = [a.name for a in vbcd.parse(text).agencies]
    assert "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm" in names
    assert "Cục Bản quyền tác giả" in names


def test_culture_unit_is_the_actor_whole() -> None:
    doc = vbcd.parse(_LETTER.format(
        line="Cục Xuất bản, In và Phát hành chủ trì, phối hợp với Cục Bản quyền tác giả "
             "xây dựng dự thảo quy trình."))
    actors = {a.actor for a in doc.assignments}
    assert "Cục Xuất bản, In và Phát hành" in actors
    assert "Cục Bản quyền tác giả" in actors


def test_ministry_name_and_other_sectors_unchanged() -> None:
    names = _agencies("Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Tài chính thực hiện.")
    assert "Sở Văn hóa, Thể thao và Du lịch" in names
    assert "Sở Tài chính" in names


_REPLY = """BỘ TÀI CHÍNH
CỤC HẢI QUAN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 4410/CHQ-GSQL
V/v thủ tục tạm nhập tái xuất
Hà Nội, ngày 17 tháng 3 năm 2026
Kính gửi: Công ty Cổ phần Cơ khí Sông Mã.
{line}
Cục Hải quan trả lời để Công ty biết./.
Nơi nhận:
- Như trên;
- Lưu: VT, GSQL.
TL. CỤC TRƯỞNG
PHÓ TRƯỞNG BAN
Trần Đức Vinh
"""


def _refs(line: str) -> list[tuple[str, str | None, str | None]]:
    doc = vbcd.parse(_REPLY.format(line=line))
    return [(r.number, r.type, r.date) for r in doc.references]


@pytest.mark.parametrize(("line", "ref"), [
    ("Trả lời công văn số 03-2026/CKSM-XNK ngày 02/3/2026 của Công ty Cổ phần Cơ khí "
     "Sông Mã về thủ tục, Cục Hải quan có ý kiến như sau:",
     ("03-2026/CKSM-XNK", "Công văn", "2026-03-02")),
    ("Cục Hải quan nhận được công văn số 25-0311/SMC-KD của Công ty về việc khai bổ sung.",
     ("25-0311/SMC-KD", "Công văn", None)),
    ("Xét Tờ trình số 2-1/TTr-HĐQT ngày 16/4/2026 của Hội đồng quản trị Công ty.",
     ("2-1/TTr-HĐQT", "Tờ trình", "2026-04-16")),
])
def test_firm_letter_with_two_part_serial_is_cited(
        line: str, ref: tuple[str, str | None, str | None]) -> None:
    assert ref in _refs(line)


@pytest.mark.parametrize("line", [
    "Trong giai đoạn 2021-2025/năm, Công ty đã thực hiện đúng cam kết.",
    "Sản lượng đạt 12-15/tháng theo báo cáo của Công ty.",
    "Công ty đã nhập khẩu 20-25/CONT hàng hóa trong quý.",
])
def test_dash_joined_digits_without_so_are_no_citation(line: str) -> None:
    assert _refs(line) == []
