"""Round 17, B5 (ministries' and tax/customs offices' công văn): OCR'd digits in a
year-less deadline and in a cited act's number, the bracketed details after an
addressee's name, trade names with an appliance line (``Điện máy``) and a portal
``của`` its ministry. All texts are invented."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = ("BẢO HIỂM XÃ HỘI TỈNH PHÚ THỌ\nSố: 415/BHXH-QLT\nV/v báo cáo số liệu\n"
         "Phú Thọ, ngày 06 tháng 6 năm 2022\nKính gửi: Bảo hiểm xã hội các huyện.\n")


@pytest.mark.parametrize(("tail", "day"), [
    ("gửi về Phòng Quản lý thu trước ngày l5/7 để tổng hợp.", "2022-07-15"),
    ("gửi về Phòng Quản lý thu chậm nhất ngày 2O/7.", "2022-07-20"),
    ("gửi về Phòng Quản lý thu trước ngày 1O/8 để tổng hợp.", "2022-08-10"),
])
def test_an_ocr_letter_in_a_yearless_deadline_reads_as_its_digit(tail: str, day: str) -> None:
    """OCR reads a one as ``l`` and a zero as ``O``: ``trước ngày l5/7`` is the 15th of
    July of the letter's year, a deadline."""
    doc = vbcd.parse(_HEAD + "Đề nghị Bảo hiểm xã hội các huyện báo cáo số thu, " + tail
                     + "\nTrân trọng./.\n")
    assert day in {d.value for d in doc.dates}
    assert day in {d.date for d in doc.deadlines}


@pytest.mark.parametrize(("cited", "number", "day"), [
    ("Nghị định số l26/2020/NĐ-CP ngày 19/10/2020 của Chính phủ", "126/2020/NĐ-CP",
     "2020-10-19"),
    ("Thông tư số 96/2O15/TT-BTC ngày 22/6/2015 của Bộ Tài chính", "96/2015/TT-BTC",
     "2015-06-22"),
    ("Quyết định số l8/2O19/QĐ-TTg ngày 19/4/2019 của Thủ tướng Chính phủ", "18/2019/QĐ-TTg",
     "2019-04-19"),
])
def test_an_ocr_letter_in_a_cited_acts_number_reads_as_its_digit(
        cited: str, number: str, day: str) -> None:
    """The number and year of a cited act before its code's slash are digits: a letter
    OCR took for one is that digit, so the act is the one cited in clean text."""
    doc = vbcd.parse(_HEAD + "Căn cứ " + cited + ", Bảo hiểm xã hội tỉnh hướng dẫn.\n")
    refs = {r.number: r.date for r in doc.references}
    assert refs.get(number) == day


@pytest.mark.parametrize("block", [
    "Kính gửi: Công ty TNHH Dược phẩm Hồng Lam\n(Mã số thuế: 0109876543)\n",
    "Kính gửi: Công ty TNHH Dược phẩm Hồng Lam\n(Địa chỉ: số 8 phố Lê Lợi, phường Hà Đông,"
    " Hà Nội; MST: 0109876543)\n",
    "Kính gửi: Công ty TNHH Dược phẩm Hồng Lam (MST: 0109876543)\n",
])
def test_an_addressees_bracketed_details_are_not_its_name(block: str) -> None:
    """A reply to a company gives its tax code or address in brackets under or after its
    name: the addressee is the company, the details name no one."""
    doc = vbcd.parse("CỤC THUẾ THÀNH PHỐ HÀ NỘI\nSố: 3310/CTHN-TTHT\nV/v chính sách thuế\n"
                     "Hà Nội, ngày 02 tháng 3 năm 2023\n" + block
                     + "Cục Thuế nhận được công văn số 12/HL ngày 20/2/2023 của Công ty.\n")
    assert [a.text for a in doc.addressees] == ["Công ty TNHH Dược phẩm Hồng Lam"]


def test_a_bracket_without_a_label_stays_in_the_addressee() -> None:
    """A bracket that names a unit (``(Ban Thu)``) is part of whom the letter goes to
    (a guard: the base keeps it too)."""
    doc = vbcd.parse("BỘ Y TẾ\nSố: 77/BYT-BH\nV/v thanh toán\nHà Nội, ngày 02 tháng 3 năm 2023\n"
                     "Kính gửi: Bảo hiểm xã hội Việt Nam (Ban Thu)\n"
                     "Bộ Y tế nhận được công văn số 12/BHXH ngày 20/2/2023.\n")
    assert doc.addressees[0].text.endswith("(Ban Thu)")


@pytest.mark.parametrize("name", [
    "Công ty Cổ phần Thương mại Điện máy Sao Mai",
    "Công ty TNHH Thương mại Điện lạnh Hoàng Gia",
    "Công ty Cổ phần Kỹ thuật Thiết bị Điện Nam Long",
])
def test_a_trade_names_appliance_line_does_not_end_it(name: str) -> None:
    """``Điện`` alone is a telegram's type word, which ends a name; ``Điện máy``, ``Điện
    lạnh``, ``Thiết bị điện`` are a dealer's line of business, inside its name."""
    doc = vbcd.parse("Thuế tỉnh nhận được văn bản số 09/SM ngày 01/9/2025 của " + name
                     + " về việc hoàn thuế.")
    assert name in {a.name for a in doc.agencies}


@pytest.mark.parametrize(("text", "name"), [
    ("đăng tải trên Cổng TTĐT của Bộ Công Thương.", "Cổng TTĐT của Bộ Công Thương"),
    ("công khai trên Cổng Thông tin điện tử của Bộ Khoa học và Công nghệ.",
     "Cổng Thông tin điện tử của Bộ Khoa học và Công nghệ"),
])
def test_a_portal_takes_its_ministry_after_cua(text: str, name: str) -> None:
    """A web portal takes the organ that runs it, with or without ``của``."""
    doc = vbcd.parse("Đề nghị các đơn vị cập nhật thủ tục hành chính và " + text)
    assert name in {a.name for a in doc.agencies}
