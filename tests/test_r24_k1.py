"""Round 24 (K1): Party inspection and discipline documents.

Invented text throughout: an inspection commission's meeting reported as ``Tại kỳ họp
thứ N, ngày ...``, its name as a scan misreads it (``ỦY BAN KIẾM TRA``), disciplined
members holding posts in a firm's branch (``Giám đốc Chi nhánh Xăng dầu ...``) or in a
firm named after a former province (``Công ty ... Hà Bắc``), a road between two
communes (``đường liên xã A - B``), the same post written with and without its district,
and ``thi hành kỷ luật`` after the organ that is asked to carry it out.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _positions(text: str) -> dict[str, list[str]]:
    doc = parse(text)
    return {p.name: [" ".join(filter(None, (q.title, q.organ))) for q in p.positions]
            for p in doc.persons}


def _places(text: str) -> list[str]:
    return [p.name for p in parse(text).places]


# --- the meeting an inspection notice reports ----------------------------------------

@pytest.mark.parametrize(("preamble", "day"), [
    ("Thực hiện Quyết định số 45-QĐ/UBKTHU ngày 02/3/2023 của Ủy ban Kiểm tra Huyện ủy, "
     "từ ngày 10/3/2023 đến ngày 24/3/2023, Đoàn kiểm tra đã tiến hành kiểm tra. "
     "Tại kỳ họp thứ 12, ngày 14/4/2023, Ủy ban Kiểm tra Huyện ủy kết luận như sau:",
     "2023-04-14"),
    ("Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương, tại "
     "phiên họp lần thứ 7, ngày 09/11/2022, Ủy ban Kiểm tra Đảng ủy Khối đã xem xét:",
     "2022-11-09"),
])
def test_meeting_date_after_numbered_sitting_and_comma(preamble: str, day: str) -> None:
    text = ("THÔNG BÁO\nkết luận kiểm tra\n\n" + preamble
            + "\n\n1. Chi bộ thôn Đông khắc phục hạn chế.\n2. Chi bộ thôn Tây báo cáo.\n")
    doc = parse(text)
    assert doc.meeting_date is not None and str(doc.meeting_date.value) == day


# --- the commission's name as a scan misreads it ---------------------------------------

@pytest.mark.parametrize("text", [
    "HUYỆN ỦY KIM BẢNG\nỦY BAN KIẾM TRA\n*\n\nỦy ban Kiểm tra Huyện ủy thông báo kết quả.",
    "Ủy ban Kiêm tra Huyện ủy Thanh Liêm và Ủy ban Kiểm tra Huyện ủy Thanh Liêm là một.",
])
def test_damaged_inspection_commission_is_one_organ(text: str) -> None:
    canon = [a.canonical for a in find_agencies(text) if a.canonical.startswith("ủy ban")]
    assert not any("kiếm" in c or "kiêm" in c for c in canon)
    assert len(canon) == 1


# --- a firm's branch and the State petroleum units ---------------------------------------

def test_branch_position_keeps_its_name() -> None:
    text = ("Đồng chí Vi Văn Thắng, Bí thư Chi bộ, Giám đốc Chi nhánh Xăng dầu Hữu Lũng, "
            "nguyên Phó Giám đốc Công ty Xăng dầu Lạng Sơn, đã vi phạm.")
    pos = _positions(text)
    assert pos["Vi Văn Thắng"] == [
        "Bí thư Chi bộ", "Giám đốc Chi nhánh Xăng dầu Hữu Lũng",
        "nguyên Phó Giám đốc Công ty Xăng dầu Lạng Sơn"]


def test_petroleum_unit_named_by_province() -> None:
    assert "Xăng dầu Quảng Ninh" in _names("Giao Xăng dầu Quảng Ninh bảo đảm nguồn hàng.")
    assert _names("Giá xăng dầu tăng mạnh trong tháng.") == []


# --- a former province in a firm's name is no person ------------------------------------

@pytest.mark.parametrize(("text", "holder", "position"), [
    ("Đồng chí Lại Văn Bình, nguyên Giám đốc Nhà máy Gạch Hà Tây, đã vi phạm. "
     "Nhà máy Gạch Hà Tây khắc phục hậu quả.", "Lại Văn Bình",
     "nguyên Giám đốc Nhà máy Gạch Hà Tây"),
    ("Đồng chí Mai Thị Dung, nguyên Phó Giám đốc Công ty Vật tư Hà Bắc, đã vi phạm. "
     "Công ty Vật tư Hà Bắc giải thể năm 1997.", "Mai Thị Dung",
     "nguyên Phó Giám đốc Công ty Vật tư Hà Bắc"),
])
def test_former_province_is_no_person(text: str, holder: str, position: str) -> None:
    pos = _positions(text)
    assert set(pos) == {holder}
    assert pos[holder] == [position]


# --- two communes a road joins ---------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Dự án đường liên xã Cẩm Sơn - Cẩm Lĩnh, gây thất thoát ngân sách.",
     ["Cẩm Sơn", "Cẩm Lĩnh"]),
    ("Tuyến liên huyện Nghĩa Đàn - Quỳ Hợp, được nâng cấp năm 2020.",
     ["Nghĩa Đàn", "Quỳ Hợp"]),
])
def test_inter_commune_road_names_two_places(text: str, names: list[str]) -> None:
    assert _places(text) == names


# --- one post written with and without its district ------------------------------------

def test_post_with_district_is_one_position() -> None:
    text = ("QUYẾT ĐỊNH\nthi hành kỷ luật đối với đồng chí Lò Văn Pấng, Chủ tịch UBND xã "
            "Chiềng Sinh\n\nĐiều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với "
            "đồng chí Lò Văn Pấng, Đảng ủy viên, Chủ tịch UBND xã Chiềng Sinh, huyện Tuần "
            "Giáo.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n")
    pos = _positions(text)
    assert pos["Lò Văn Pấng"] == [
        "Đảng ủy viên", "Chủ tịch UBND xã Chiềng Sinh, huyện Tuần Giáo"]


# --- the discipline an organ is asked to carry out ---------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Đề nghị Ban Thường vụ Đảng ủy Khối thi hành kỷ luật đồng chí Tạ Văn Sáu.",
     "Ban Thường vụ Đảng ủy Khối"),
    ("Yêu cầu Đảng ủy Khối thi hành quyết định của Ban Thường vụ Tỉnh ủy.", "Đảng ủy Khối"),
])
def test_discipline_verb_ends_organ(text: str, name: str) -> None:
    assert name in _names(text)
    assert not any(n.endswith(" thi") for n in _names(text))
