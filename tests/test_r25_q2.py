"""Round 25 Q2: policy credit and cooperatives (invented text).

* a bank's board and its representative boards are one organ through the bank they
  govern (``Ban đại diện HĐQT NHCSXH huyện X``, ``Hội đồng quản trị NHCSXH``), not
  ``Ban đại diện Hội đồng`` and the bank;
* the cooperatives' development fund runs on in small letters (``Quỹ hỗ trợ phát
  triển hợp tác xã tỉnh``);
* a clause headed by the bank's transaction offices as a class (``1. Đối với Phòng
  giao dịch NHCSXH các huyện, thị xã``) gives them its items.
"""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "organ"), [
    ("Ngày 05/7/2024, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội "
     "tỉnh Lạng Sơn họp phiên định kỳ quý II.",
     "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Lạng Sơn"),
    ("3. Ban đại diện HĐQT NHCSXH huyện Cao Lộc chỉ đạo rà soát nợ quá hạn.",
     "Ban đại diện HĐQT NHCSXH huyện Cao Lộc"),
    ("- Hội đồng quản trị NHCSXH (để báo cáo);", "Hội đồng quản trị NHCSXH"),
    ("Bố trí vốn từ Quỹ hỗ trợ phát triển hợp tác xã tỉnh cho các hợp tác xã vay.",
     "Quỹ hỗ trợ phát triển hợp tác xã tỉnh"),
])
def test_bank_boards_and_fund_read_whole(text: str, organ: str) -> None:
    assert organ in _names(text)


def test_board_not_cut_after_hoi_dong() -> None:
    names = _names("Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện "
                   "Văn Lãng tổ chức kiểm tra.")
    assert "Ban đại diện Hội đồng" not in names


def test_company_board_in_a_title_stays_the_company() -> None:
    # a chairman's title: the company is the organ, as before
    assert _names("Chủ tịch Hội đồng quản trị Công ty cổ phần Muối Bạc Liêu ký.") == [
        "Công ty cổ phần Muối Bạc Liêu"]


def test_transaction_offices_heading_takes_items() -> None:
    doc = vbcd.parse(
        "Kính gửi: Các đơn vị.\n\n"
        "Đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
        "1. Đối với Phòng giao dịch NHCSXH các huyện, thị xã\n"
        "- Lập danh sách hộ vay có nợ quá hạn.\n"
        "2. Đối với Hội Nông dân tỉnh\n"
        "- Chỉ đạo hội cơ sở đôn đốc hộ vay trả nợ.\n")
    pairs = {(a.clause, a.actor) for a in doc.assignments}
    assert ("1", "Phòng giao dịch NHCSXH các huyện, thị xã") in pairs
