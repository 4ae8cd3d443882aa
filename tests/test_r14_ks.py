"""Round 14, natural resources: minerals, water, environment permits, surveying, sea
and islands, hydro-meteorology (Sở Nông nghiệp và Môi trường, Cục Khoáng sản, ...)."""

from __future__ import annotations

import pytest

import vbcd

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 100/UBND-KT\nV/v quản lý khoáng sản, tài nguyên nước\n"
    "Ninh Bình, ngày 05 tháng 9 năm 2025\n\nKính gửi: Các sở, ngành.\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def _parse(body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + body + _TAIL)


@pytest.mark.parametrize("name", [
    "Phòng Tài nguyên nước",
    "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
    "Phòng Biển, đảo và Khí tượng thủy văn",
    "Liên đoàn Quy hoạch và Điều tra tài nguyên nước miền Bắc",
    "Trung tâm Lưu trữ và Thông tin địa chất",
    "Văn phòng Hội đồng đánh giá trữ lượng khoáng sản quốc gia",
    "Cục Biến đổi khí hậu",
])
def test_r14_ks_sector_agency_names_read_whole(name: str) -> None:
    doc = _parse(f"1. Đề nghị {name} (qua Phòng Tổng hợp) báo cáo trước ngày 15/10/2025.")
    assert name in [a.name for a in doc.agencies]


def test_r14_ks_permit_issuer_from_organ_code() -> None:
    doc = _parse("1. Công ty được Bộ Tài nguyên và Môi trường cấp Giấy phép khai thác khoáng "
                 "sản số 1290/GP-BTNMT ngày 25/6/2015, diện tích 325,4 ha.")
    (ref,) = doc.references
    assert (ref.number, ref.type, ref.date, ref.issuer) == (
        "1290/GP-BTNMT", "Giấy phép", "2015-06-25", "Bộ Tài nguyên và Môi trường")
    assert ref.text.startswith("Giấy phép khai thác khoáng sản số")


def test_r14_ks_permit_issuer_stops_before_the_grant() -> None:
    doc = _parse("1. Thu hồi Giấy phép khai thác khoáng sản số 1450/GP-UBND ngày 08/5/2019 "
                 "của UBND tỉnh cấp cho Công ty cổ phần Đá Hoàng Mai.")
    assert [(r.number, r.issuer) for r in doc.references] == [("1450/GP-UBND", "UBND tỉnh")]


def test_r14_ks_permit_issuer_by_do_after_the_date() -> None:
    doc = _parse("1. Thực hiện Giấy phép khai thác tài nguyên nước số 125/GP-UBND ngày "
                 "12/4/2022 do Ủy ban nhân dân tỉnh Hòa Bình cấp cho Công ty.")
    assert [(r.number, r.date, r.issuer) for r in doc.references] == [
        ("125/GP-UBND", "2022-04-12", "Ủy ban nhân dân tỉnh Hòa Bình")]


def test_r14_ks_permit_is_its_own_document_type() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 45/GP-UBND\nĐắk Lắk, ngày 15 tháng 8 năm 2025\n\n"
        "GIẤY PHÉP\nKHAI THÁC, SỬ DỤNG NƯỚC MẶT\n\nỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n\n"
        "Căn cứ Luật Tài nguyên nước số 28/2023/QH15;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Cho phép Công ty cổ phần Thủy điện Krông Nô khai thác nước mặt.\n"
        "Điều 2. Giấy phép có hiệu lực kể từ ngày ký./.\n" + _TAIL
    )
    doc = vbcd.parse(text)
    assert doc.doc_type is not None and doc.doc_type.code == "GP"
    assert doc.title is not None and doc.title.value == "KHAI THÁC, SỬ DỤNG NƯỚC MẶT"


def test_r14_ks_letter_asks_its_company_addressee_by_class() -> None:
    text = (
        "UBND TỈNH BÌNH DƯƠNG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 4512/STNMT-CCBVMT\nV/v chấp hành quy định về xả nước thải\n"
        "Bình Dương, ngày 19 tháng 6 năm 2024\n\nKính gửi: Công ty TNHH Giấy Kraft Thuận An.\n\n"
        "Qua kết quả quan trắc, thông số COD vượt quy chuẩn. Sở Tài nguyên và Môi trường "
        "yêu cầu Công ty:\n1. Khẩn trương kiểm tra hệ thống xử lý nước thải.\n"
        "2. Báo cáo nguyên nhân về Sở chậm nhất ngày 28/6/2024.\n" + _TAIL
    )
    doc = vbcd.parse(text)
    assert [(a.clause, a.actor) for a in doc.assignments] == [
        ("1", "Công ty TNHH Giấy Kraft Thuận An"), ("2", "Công ty TNHH Giấy Kraft Thuận An")]


@pytest.mark.parametrize("verb", ["tạm giữ phương tiện", "đình chỉ hoạt động khai thác",
                                  "trám lấp giếng khoan", "niêm phong thiết bị"])
def test_r14_ks_field_remedies_end_the_directed_actor(verb: str) -> None:
    doc = _parse(f"1. Công an tỉnh chỉ đạo lực lượng Cảnh sát đường thủy {verb} trên sông Hồng.")
    assert [a.actor for a in doc.assignments] == ["Công an tỉnh", "lực lượng Cảnh sát đường thủy"]


def test_r14_ks_project_owner_is_an_actor() -> None:
    doc = _parse("1. Chủ dự án có trách nhiệm thực hiện chương trình quan trắc môi trường.")
    assert [a.actor for a in doc.assignments] == ["Chủ dự án"]


def test_r14_ks_company_trade_name_is_no_person() -> None:
    doc = _parse("1. Giám đốc Công ty TNHH Đầu tư Hoàng Long chịu trách nhiệm cải tạo, phục "
                 "hồi môi trường khu vực khai thác vượt ranh giới 2,35 ha.")
    assert [p.name for p in doc.persons] == ["Nguyễn Văn An"]
    assert [a.actor for a in doc.assignments] == ["Giám đốc Công ty TNHH Đầu tư Hoàng Long"]
