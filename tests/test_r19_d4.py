"""Round 19 (D4): agriculture, dikes, forests, farmers' association and policy-bank
documents. All texts invented."""

from __future__ import annotations

import pytest

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _places(text: str) -> list[str]:
    return [p.name for p in vbcd.parse(text).places]


_CV = """UBND TỈNH QUẢNG BÌNH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 356/SNNMT-TL
V/v chuẩn bị phương án hộ đê

Quảng Bình, ngày 16 tháng 6 năm 2025

Kính gửi: UBND huyện Lệ Thủy.

Để chủ động ứng phó mùa mưa lũ, Sở Nông nghiệp và Môi trường đề nghị:

1. {line}

2. Giao Chi cục Thủy lợi theo dõi, tổng hợp.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Hồ Văn Thành
"""


@pytest.mark.parametrize("line", [
    "Hoàn thành tu bổ tuyến đê Hội Hợp và kè Ban Mai trước ngày 30/7/2025.",
    "Kiểm tra đê Vụ Lâm, cống Hội Am và trạm bơm Hội Yên trước mùa lũ.",
    "Nạo vét kênh Sở Lâm, sửa chữa đập Cục Sơn và hồ chứa nước Ban Tích.",
])
def test_work_names_are_no_organs(line: str) -> None:
    """A head word opening a work's name after its class noun (``đê``, ``cống``) is the
    work, not an organ (``tuyến đê Hội Hợp`` is no ``Hội Hợp``)."""
    names = _agencies(_CV.format(line=line))
    assert not any(n.split()[0] in {"Hội", "Vụ", "Ban", "Sở", "Cục"} and len(n.split()) == 2
                   for n in names), names


def test_own_office_and_inspectorate() -> None:
    """``Văn phòng Sở`` and ``Thanh tra Sở`` name the document's own department's units."""
    names = _agencies(_CV.format(
        line="Văn phòng Sở bố trí kinh phí; Thanh tra Sở kiểm tra việc lấn chiếm bãi sông."))
    assert "Văn phòng Sở" in names and "Thanh tra Sở" in names


def test_mass_organisation_closes_its_boards() -> None:
    names = _agencies(_CV.format(
        line="Ban Kinh tế - Xã hội Hội Nông dân tỉnh và Ban Tuyên huấn Hội Liên hiệp "
             "Phụ nữ tỉnh tuyên truyền cho hội viên."))
    assert "Ban Kinh tế - Xã hội Hội Nông dân tỉnh" in names
    assert "Ban Tuyên huấn Hội Liên hiệp Phụ nữ tỉnh" in names


def test_bank_branch_section() -> None:
    names = _agencies(_CV.format(
        line="Phòng Kế hoạch nghiệp vụ Chi nhánh Ngân hàng Chính sách xã hội tỉnh rà soát "
             "dư nợ cho vay nước sạch."))
    assert "Phòng Kế hoạch nghiệp vụ Chi nhánh Ngân hàng Chính sách xã hội tỉnh" in names


def test_fund_money_is_no_organ() -> None:
    """The farmers' revolving fund is money lent (``nguồn Quỹ Hỗ trợ nông dân``); its
    level (``Quỹ cấp huyện``) names nothing either. Its board is an organ."""
    names = _agencies(_CV.format(
        line="Tăng trưởng nguồn Quỹ Hỗ trợ nông dân, nguồn Quỹ cấp huyện đạt 12 tỷ đồng; "
             "Ban điều hành Quỹ Hỗ trợ nông dân tỉnh báo cáo."))
    assert "Quỹ Hỗ trợ nông dân" not in names
    assert not any(n.startswith("Quỹ cấp") for n in names)
    assert "Ban điều hành Quỹ Hỗ trợ nông dân tỉnh" in names


def test_park_as_site_and_as_unit() -> None:
    names = _agencies(_CV.format(
        line="Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng tuần tra, không để cháy rừng "
             "trong vùng lõi Vườn quốc gia Phong Nha - Kẻ Bàng."))
    assert not any(n.startswith("Vườn quốc gia") for n in names), names


def test_department_after_small_thoi() -> None:
    """``đồng thời Vụ ...``: the small ``thời`` is no ``thời vụ`` (crop season)."""
    names = _agencies(_CV.format(
        line="Báo cáo gửi Sở, đồng thời Vụ Quản lý đê điều và Cục Thủy lợi để theo dõi."))
    assert "Vụ Quản lý đê điều" in names


def test_standing_office_of_own_board() -> None:
    # the bare office and the one written in full are one organ (the full name shown),
    # both mentions kept
    doc = vbcd.parse(_CV.format(
        line="Giao Văn phòng thường trực Ban Chỉ huy tổng hợp thiệt hại; gửi Văn phòng "
             "thường trực BCH PCTT và TKCN tỉnh."))
    mentions = {a.name: [m.text for m in a.mentions] for a in doc.agencies}
    full = "Văn phòng thường trực BCH PCTT và TKCN tỉnh"
    assert full in mentions
    assert "Văn phòng thường trực Ban Chỉ huy" in mentions[full]


def test_joint_letter_type() -> None:
    doc = vbcd.parse(_CV.format(
        line="Thực hiện Văn bản liên tịch số 45/VBLT-NHCS-HLHPN ngày 03/4/2024 về ủy thác."))
    types = {r.number: r.type for r in doc.references}
    assert types.get("45/VBLT-NHCS-HLHPN") == "Văn bản liên tịch"


def test_commune_named_truc() -> None:
    """A commune whose name opens with ``Trực`` (``xã Trực Đại``) is a place; ``Trực
    thuộc`` after a level word is not."""
    places = _places(_CV.format(
        line="Kiểm tra đoạn đê qua xã Trực Phú và xã Trực Thuận, huyện Trực Ninh."))
    assert "Trực Phú" in places and "Trực Thuận" in places


_HND = """HỘI NÔNG DÂN TỈNH NINH BÌNH                   HỘI NÔNG DÂN VIỆT NAM
BAN THƯỜNG VỤ
                                         Ninh Bình, ngày 03 tháng 10 năm 2023
Số 61-BC/HNDT

BÁO CÁO
Kết quả hoạt động 9 tháng năm 2023

1. Văn phòng Hội Nông dân tỉnh tổng hợp.

Nơi nhận:
- Lưu VP.

T/M BAN THƯỜNG VỤ
CHỦ TỊCH

Bùi Văn Sơn
"""


def test_mass_organisation_motto_is_no_agency() -> None:
    """``HỘI NÔNG DÂN VIỆT NAM`` where the national motto stands is the system's heading,
    and no name runs on into it."""
    names = _agencies(_HND)
    assert not any("VIỆT NAM" in n for n in names), names
    assert any(n.upper() == "HỘI NÔNG DÂN TỈNH NINH BÌNH" for n in names), names
