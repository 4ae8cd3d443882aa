"""Syllables split by stray spaces (OCR, PDF text layers) are rejoined, and only they."""

from __future__ import annotations

import pytest

import vbcd
from vbcd import syllables
from vbcd.normalize import normalize

pytestmark = pytest.mark.skipif(not syllables.syllable_weights(),
                                reason="underthesea's word list is not installed")


@pytest.mark.parametrize(("damaged", "repaired"), [
    ("tỉnh Qu ả ng Ngãi", "tỉnh Quảng Ngãi"),
    ("ông Đặ ng Văn Minh", "ông Đặng Văn Minh"),
    # a vowel-led piece that is no syllable; ``Nguyễn`` comes from the surname table
    ("KT. CHỦ TỊCH\nNgu y ễn Hữu Tín", "KT. CHỦ TỊCH\nNguyễn Hữu Tín"),
    ("Thủ tướ ng Chính ph ủ", "Thủ tướng Chính phủ"),
    ("huy động các nguồn lự c, mỗi loại", "huy động các nguồn lực, mỗi loại"),
    # every letter of a heading apart: the commoner syllables win (CHÍ MINH, not
    # CHÍM INH)
    ("T HÀNH P HỐ HỒ C H Í M I NH", "THÀNH PHỐ HỒ CHÍ MINH"),
    ("- B ộ X â y d ự n g ; B ộ T à i c h í nh;", "- Bộ Xây dựng ; Bộ Tài chính;"),
    ("T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014",
     "Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014"),
])
def test_split_syllables_are_rejoined(damaged: str, repaired: str) -> None:
    n = normalize(damaged)
    assert n.text == repaired
    assert any(code == "split_word" for code, _ in n.notes)


@pytest.mark.parametrize("clean", [
    "các điểm a, b và c khoản 1 Điều này",  # list letters
    "UBND TP Hà Nội; Lưu: VT, TH.",  # abbreviations
    "PCVP UBND tỉnh (đ/c Hân); Chi cục Hải quan (để t/hiện);",
    "- T T U B : C T , các P C T ;",  # an abbreviation spelt out is no syllable
    "họp lúc 8 h 30 ngày 5/3",
    "Hội Cự u Chiến binh",  # two syllables of the list stay two words
    "ở đó ông ấy ăn ý",  # short words led by a vowel that are syllables
    "Bộ Y tế và Sở Y tế",
])
def test_text_without_split_syllables_is_left_alone(clean: str) -> None:
    assert normalize(clean).text == clean


def test_offsets_still_point_into_the_input() -> None:
    raw = "Kính gửi: Sở Y tế tỉnh Qu ả ng Ngãi"
    n = normalize(raw)
    i = n.text.index("Ngãi")
    assert raw[n.raw_offset(i):n.raw_offset(i) + 4] == "Ngãi"
    j = n.text.index("Quảng")
    assert raw[n.raw_offset(j)] == "Q"


def test_a_spaced_header_parses() -> None:
    doc = vbcd.parse(
        "ỦY B AN NHÂN D Â N\nT HÀNH P HỐ HỒ C H Í M I NH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 3210/QĐ-UBND\nT hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014\n"
        "QUYẾT ĐỊNH\nVề việc ban hành kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này.\n")
    assert doc.issuer is not None
    assert doc.issuer.value == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    assert doc.issue_place is not None and doc.issue_place.value == "Thành phố Hồ Chí Minh"
    assert doc.issue_date is not None and doc.issue_date.value == "2014-06-28"


def test_without_the_word_list_nothing_is_rejoined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(syllables, "syllable_weights", lambda: {})
    assert syllables.split_syllable_spans("tỉnh Qu ả ng Ngãi") == []
