"""The ``Lưu:`` line's codes are the issuer's own file codes, not organs.

``Lưu: VT, KTNN`` files a copy with the clerk and a desk; ``KTNN`` there is no State
Audit, nor ``MTTQ`` the Fatherland Front. A unit written with its head word in the same
line (``Lưu: VT, Vụ CQĐP``) is an organ, as the corpus's gold reads it (dev 029), and an
organ named in the body keeps its name when the archive line repeats its code.
"""

from __future__ import annotations

import pytest

import vbcd

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 245/UBND-TH
Quảng Trị, ngày 12 tháng 4 năm 2023

Kính gửi: Sở Kế hoạch và Đầu tư.

{body}

Nơi nhận:
- Như trên;
- Chủ tịch UBND tỉnh;
- {archive}
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Đức
"""


def _agencies(body: str, archive: str) -> list[str]:
    return [a.name for a in vbcd.parse(_LETTER.format(body=body, archive=archive)).agencies]


@pytest.mark.parametrize("archive", [
    "Lưu: VT, KTNN.",
    "Lưu: VT, BĐBP, MTTQ.",
    "Lưu VT, KTNN, TH (2b).",
])
def test_file_codes_in_the_archive_line_are_no_organs(archive: str) -> None:
    names = _agencies("Đề nghị Sở Kế hoạch và Đầu tư tổng hợp, báo cáo trước ngày 20/4/2023.",
                      archive)
    assert "Sở Kế hoạch và Đầu tư" in names
    for code in ("KTNN", "BĐBP", "MTTQ", "Kiểm toán nhà nước"):
        assert not any(code.casefold() in n.casefold() for n in names), names


def test_a_unit_with_its_head_in_the_archive_line_stays_an_organ() -> None:
    names = _agencies("Đề nghị Sở Kế hoạch và Đầu tư tổng hợp, báo cáo trước ngày 20/4/2023.",
                      "Lưu: VT, Văn phòng UBND tỉnh.")
    assert any(n.startswith("Văn phòng UBND") for n in names), names


def test_an_organ_named_in_the_body_keeps_its_name() -> None:
    names = _agencies("Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp tuyên truyền.", "Lưu: VT, MTTQ.")
    assert any("MTTQ" in n or "Mặt trận" in n for n in names), names
