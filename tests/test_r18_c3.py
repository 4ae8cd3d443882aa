"""Round 18 (C3): inspection conclusions, State Audit letters and Party inspection
notices. Organs written in full in the body and short in the recipient list, the Youth
Union's chapters and committees, a department's own office. All texts invented."""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def _groups(text: str, issuer: str | None = None) -> dict[str, list[str]]:
    """Organ name -> the mentions' texts."""
    return {a.name: [m.text for m in a.mentions] for a in find_agencies(text, issuer=issuer)}


def _group_of(groups: dict[str, list[str]], mention: str) -> str | None:
    return next((n for n, ms in groups.items() if mention in ms), None)


@pytest.mark.parametrize(("full", "short"), [
    ("Ban Quản lý dự án đầu tư xây dựng huyện Như Xuân", "Ban QLDA ĐTXD huyện Như Xuân"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL"),
    ("Đài Phát thanh và Truyền hình tỉnh", "Đài PT-TH tỉnh"),
    ("Đài Phát thanh - Truyền hình tỉnh", "Đài PT&TH tỉnh"),
    ("Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục TT&BVTV"),
])
def test_short_recipient_is_the_organ_named_in_full(full: str, short: str) -> None:
    text = (f"KẾT LUẬN THANH TRA\nViệc thực hiện dự án\n\n1. {full} khắc phục tồn tại.\n\n"
            f"Nơi nhận:\n- {short};\n- Lưu: VT.\n")
    groups = _groups(text)
    assert _group_of(groups, short) == _group_of(groups, full) == full


def test_department_header_with_short_sector_is_the_department() -> None:
    text = ("UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 88/SNN-TTr\n\n"
            "Sở Nông nghiệp và Phát triển nông thôn đề nghị các đơn vị báo cáo./.\n")
    groups = _groups(text, "UBND TỈNH QUẢNG TRỊ SỞ NÔNG NGHIỆP VÀ PTNT")
    assert _group_of(groups, "SỞ NÔNG NGHIỆP VÀ PTNT") == _group_of(
        groups, "Sở Nông nghiệp và Phát triển nông thôn")


def test_another_level_of_a_board_stays_apart() -> None:
    text = ("1. Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu "
            "nạn huyện trực ban.\n\nNơi nhận:\n- Văn phòng thường trực BCH PCTT&TKCN huyện;\n"
            "- Văn phòng thường trực BCH PCTT&TKCN tỉnh;\n- Lưu: VT.\n")
    groups = _groups(text, "UBND HUYỆN HƯƠNG KHÊ")
    assert _group_of(groups, "Văn phòng thường trực BCH PCTT&TKCN huyện") is not None
    assert _group_of(groups, "Văn phòng thường trực BCH PCTT&TKCN tỉnh") is not None
    assert _group_of(groups, "Văn phòng thường trực BCH PCTT&TKCN tỉnh") != _group_of(
        groups, "Văn phòng thường trực BCH PCTT&TKCN huyện")


def test_a_narrower_department_is_not_a_short_form() -> None:
    text = ("1. Chỉ đạo Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao rà soát "
            "hồ sơ di tích.\n")
    groups = _groups(text)
    assert "Sở Văn hóa và Thể thao" in groups
    assert "Sở Văn hóa, Thể thao và Du lịch" in groups


def test_youth_union_chapter_of_an_organ_is_one_organ() -> None:
    text = ("1. Đoàn Thanh niên Công an tỉnh phối hợp với Thành đoàn Vinh tổ chức ra quân; "
            "Tỉnh đoàn theo dõi.\n2. Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh tham gia.\n")
    groups = _groups(text)
    assert "Đoàn Thanh niên Công an tỉnh" in groups
    assert "Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh" in groups
    assert "Công an tỉnh" not in groups
    # the province's committee and the city's are two organs
    assert _group_of(groups, "Tỉnh đoàn") != _group_of(groups, "Thành đoàn Vinh")


def test_union_motto_is_no_organ_but_the_union_in_text_is() -> None:
    text = ("BCH TỈNH ĐOÀN NGHỆ AN\n***\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 45-CV/TĐTN\n\n"
            "1. Kỷ niệm Ngày thành lập Đoàn TNCS Hồ Chí Minh.\n")
    groups = _groups(text)
    assert _group_of(groups, "ĐOÀN TNCS HỒ CHÍ MINH") is None
    assert _group_of(groups, "Đoàn TNCS Hồ Chí Minh") is not None


@pytest.mark.parametrize("organ", ["Văn phòng Sở", "Thanh tra Sở"])
def test_department_own_office_and_inspectorate(organ: str) -> None:
    text = (f"UBND TỈNH BẮC GIANG\nSỞ XÂY DỰNG\nSố: 301/SXD-VP\n\n"
            f"1. {organ} tổng hợp, báo cáo Giám đốc Sở trước ngày 30/6/2019.\n")
    assert organ in _groups(text, "UBND TỈNH BẮC GIANG SỞ XÂY DỰNG")
