"""Round 26 (U3): reservoir safety, drought, saline intrusion and irrigation water.

Invented text throughout:

* a công văn pasted from a chat or a phone copy loses its line breaks, the sub-points of
  its run-in clauses too (``1. UBND các xã: - Chỉ đạo ... 2. Các công ty: a) Vận hành ...
  b) Báo cáo ...``): the letter points are clauses again and a clause's subject heading
  stands alone, so it is the clause's actor;
* a list of hydropower or thermal plants and pumping stations named after provinces
  (``các hồ thủy điện Sơn La, Tuyên Quang``) names works, not places, after the first
  name as for the first;
* a plan's heading ``DỰ BÁO TÌNH HÌNH`` / ``CẢNH BÁO ...`` holds no newspaper (``Báo``);
* a cited notice's subject ``về dự báo ...`` is not part of the issuing board's name;
* ``Chi cục TL`` in a chat line or a recipient list is the ``Chi cục Thủy lợi`` of the body.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _paths(clauses: list, out: list[str] | None = None) -> list[str]:
    out = [] if out is None else out
    for c in clauses:
        out.append(c.path)
        _paths(c.children, out)
    return out


_FLAT = (
    "UBND TỈNH HÀ NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 17/SNNMT-TL\n"
    "V/v lấy nước gieo cấy vụ Xuân năm 2026\nHà Nam, ngày 06 tháng 01 năm 2026\n"
    "Kính gửi: Các đơn vị liên quan.\n"
    "Để chủ động nguồn nước cho sản xuất vụ Xuân, Sở Nông nghiệp và Môi trường đề nghị: "
    "1. Ủy ban nhân dân các xã, phường: - Chỉ đạo khơi thông kênh mương nội đồng. "
    "- Tổ chức lấy nước vào ao, hồ trong các đợt xả. 2. Công ty TNHH MTV Khai thác công "
    "trình thủy lợi Hà Nam: a) Vận hành tối đa các trạm bơm đầu mối. b) Báo cáo diện tích "
    "đã có nước về Chi cục Thủy lợi hằng ngày. 3. Giao Chi cục Thủy lợi theo dõi, đôn đốc "
    "việc lấy nước của các địa phương. Đề nghị các đơn vị thực hiện./.\n"
    "Nơi nhận: - Như trên; - Lưu: VT, TL.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTạ Minh Quân\n"
)


def test_flattened_letter_points_are_clauses() -> None:
    doc = parse(_FLAT)
    assert _paths(doc.clauses) == ["1", "2", "2/a", "2/b", "3"]


def test_flattened_clause_heading_is_its_actor() -> None:
    doc = parse(_FLAT)
    actors = {(a.clause.split("/")[0], a.actor) for a in doc.assignments}
    assert ("1", "Ủy ban nhân dân các xã, phường") in actors
    assert ("2", "Công ty TNHH MTV Khai thác công trình thủy lợi Hà Nam") in actors


@pytest.mark.parametrize(("text", "absent"), [
    ("Các hồ chứa thủy điện Lai Châu, Sơn La, Tuyên Quang sẽ xả nước đợt 1 từ ngày 14/01.",
     {"Sơn La", "Tuyên Quang"}),
    ("Các nhà máy nhiệt điện Quảng Ninh, Hải Phòng và Thái Bình huy động tối đa công suất.",
     {"Hải Phòng", "Thái Bình"}),
    ("Xí nghiệp vận hành các trạm bơm Yên Sở, Đông Mỹ và Thanh Trì khi mưa lớn.",
     {"Thanh Trì"}),
])
def test_works_list_names_no_places(text: str, absent: set[str]) -> None:
    doc = parse(text)
    assert not absent & {p.name for p in doc.places}


def test_prefixed_place_after_works_list_stays() -> None:
    doc = parse("Nhà máy thủy điện Hòa Bình, tỉnh Sơn La và UBND tỉnh Hòa Bình phối hợp "
                "điều tiết nước.")
    assert "Sơn La" in {p.name for p in doc.places}


@pytest.mark.parametrize("heading", ["II. DỰ BÁO TÌNH HÌNH", "III. CẢNH BÁO NGUY CƠ"])
def test_forecast_heading_is_no_newspaper(heading: str) -> None:
    text = f"I. MỤC ĐÍCH\nChủ động ứng phó hạn hán.\n{heading}\nMặn xâm nhập sâu.\n"
    assert not any(n.upper().startswith("BÁO") for n in (a.name for a in find_agencies(text)))


def test_cited_notice_subject_is_not_the_board_name() -> None:
    text = ("Căn cứ Thông báo số 21/TB-BCH ngày 03/12/2023 của Ban Chỉ huy Phòng, chống "
            "thiên tai và Tìm kiếm cứu nạn tỉnh về dự báo xâm nhập mặn mùa khô;")
    names = [a.name for a in find_agencies(text)]
    assert "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh" in names


def test_short_irrigation_office_is_one_organ() -> None:
    text = ("Giao Chi cục Thủy lợi kiểm tra các hồ chứa trước mùa mưa.\n"
            "Nơi nhận:\n- Như trên;\n- Chi cục TL;\n- Lưu: VT.\n")
    names = [a.name for a in find_agencies(text)]
    assert len([n for n in names if n.startswith("Chi cục")]) == 1
