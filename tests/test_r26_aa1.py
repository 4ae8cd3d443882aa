"""Round 26, AA1: a province's border-guard command written short with a bare scope
(``BCH Bộ đội Biên phòng tỉnh`` in a recipient list) is the command the body names in
full with its province (invented documents)."""

from vbcd import parse

_DOC = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 18/CĐ-UBND

CÔNG ĐIỆN
Về việc chủ động ứng phó áp thấp nhiệt đới

Kiên Giang, ngày 9 tháng 10 năm 2024

UBND tỉnh yêu cầu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang thông báo cho các tàu
cá đang hoạt động trên biển biết để chủ động phòng tránh.

Nơi nhận:
- BCH Bộ đội Biên phòng tỉnh;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Thanh Nghị
"""


def _names(text: str) -> list[str]:
    return [a.name for a in parse(text).agencies]


def test_short_command_with_bare_scope_joins_the_named_one() -> None:
    names = _names(_DOC)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang" in names
    assert "BCH Bộ đội Biên phòng tỉnh" not in names


def test_short_command_with_bdbp_initials_joins_too() -> None:
    text = _DOC.replace("BCH Bộ đội Biên phòng tỉnh;", "BCH BĐBP tỉnh;")
    names = _names(text)
    assert "BCH BĐBP tỉnh" not in names


def test_bare_command_beside_two_provinces_is_no_one_of_them() -> None:
    # near miss: with two provinces' commands named in full the bare scope picks neither
    text = _DOC.replace("tỉnh Kiên Giang thông báo",
                        "tỉnh Kiên Giang và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau thông báo")
    names = _names(text)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang" in names
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau" in names
    assert "BCH Bộ đội Biên phòng tỉnh" in names


def test_bare_command_alone_stays_an_organ() -> None:
    # near miss: no command named in full, the short form is kept as written
    text = _DOC.replace("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "Công an tỉnh")
    assert "BCH Bộ đội Biên phòng tỉnh" in _names(text)
