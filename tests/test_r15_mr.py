"""Round 15, family MR: maritime, port, aviation, railway and inland-waterway documents
(port authorities, the maritime and aviation administrations, the railway corporation,
storm telegrams that bind ships' owners and masters)."""

from __future__ import annotations

import pytest

import vbcd

_LETTER = """CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM
{issuer}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 512/CVHH-ATANHH
V/v bảo đảm an toàn hàng hải mùa mưa bão năm 2025
Hải Phòng, ngày 12 tháng 6 năm 2025

Kính gửi: Các doanh nghiệp cảng, đại lý tàu biển.

Giám đốc yêu cầu các đơn vị thực hiện các nội dung sau:
{clauses}

Nơi nhận:
- Như trên;
- Lưu: VT, PC.

GIÁM ĐỐC

Phạm Văn Thắng
"""


def _parse(*clauses: str, issuer: str = "CẢNG VỤ HÀNG HẢI HẢI PHÒNG") -> vbcd.Document:
    body = "\n".join(f"{i}. {c}" for i, c in enumerate(clauses, 1))
    return vbcd.parse(_LETTER.format(issuer=issuer, clauses=body))


def _actors(doc: vbcd.Document) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in doc.assignments]


@pytest.mark.parametrize("name", [
    "Phòng An toàn - An ninh hàng hải",
    "Tổng công ty Bảo đảm an toàn hàng hải miền Nam",
    "Phòng Kết cấu hạ tầng hàng hải",
    "Trung tâm Quản lý luồng không lưu",
    "Ban Quản lý dự án đường sắt",
    "Trung tâm Điều hành vận tải đường sắt",
    "Đài Thông tin duyên hải Hải Phòng",
    "Công ty TNHH MTV Dịch vụ bảo đảm an toàn hàng hải Đông Bắc Bộ",
])
def test_sector_units_named_in_small_letters_are_read_whole(name: str) -> None:
    doc = _parse(f"{name} kiểm tra hệ thống báo hiệu, báo cáo Giám đốc.")
    assert name in [a.name for a in doc.agencies]
    assert ("1", name) in _actors(doc)


def test_header_place_opening_on_a_modal_stays_in_the_organ() -> None:
    doc = _parse("Các doanh nghiệp cảng rà soát phương án.",
                 issuer="CẢNG VỤ HÀNG HẢI CẦN THƠ")
    assert "CẢNG VỤ HÀNG HẢI CẦN THƠ" in [a.name for a in doc.agencies]
    assert "CẢNG VỤ HÀNG HẢI" not in [a.name for a in doc.agencies]


def test_ports_airlines_and_owners_are_actors() -> None:
    doc = _parse(
        "Các cảng hàng không bố trí đủ nhân lực soi chiếu an ninh.",
        "Các hãng hàng không báo cáo kết quả huấn luyện tổ lái.",
        "Chủ tàu, thuyền trưởng tàu biển phải thường xuyên theo dõi bản tin dự báo thời tiết.",
        "Đại lý tàu biển có trách nhiệm thông báo kế hoạch cập cầu cho Cảng vụ.",
        "Các chủ tàu, thuyền trưởng chấp hành nghiêm hướng dẫn của Cảng vụ.",
    )
    actors = _actors(doc)
    assert ("1", "Các cảng hàng không") in actors
    assert ("2", "Các hãng hàng không") in actors
    assert ("3", "Chủ tàu, thuyền trưởng tàu biển") in actors
    assert ("4", "Đại lý tàu biển") in actors
    assert ("5", "Các chủ tàu, thuyền trưởng") in actors


def test_negation_inside_hang_khong_does_not_cut_a_directed_class() -> None:
    doc = _parse("Cục Hàng không Việt Nam chỉ đạo các Cảng vụ hàng không kiểm tra đột xuất.")
    assert ("1", "các Cảng vụ hàng không") in _actors(doc)


def test_dispatch_and_stake_out_verbs_end_the_actor() -> None:
    doc = _parse(
        "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II điều động tàu SAR 27-01 "
        "tham gia diễn tập.",
        "Ban Quản lý dự án Đường sắt phối hợp với các địa phương cắm cọc giải phóng mặt "
        "bằng trên toàn tuyến, trong đó đoạn qua tỉnh Lào Cai dài 112 km.",
    )
    actors = _actors(doc)
    assert ("1", "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II") in actors
    assert ("2", "các địa phương") in actors


def test_canals_channels_and_stations_are_no_places() -> None:
    doc = _parse(
        "Thi công nạo vét luồng hàng hải đoạn kênh Hà Nam, Hải Phòng.",
        "Hành khách đến ga Đông Hà, ga Huế được hỗ trợ.",
    )
    names = [p.name for p in doc.places]
    assert "Hà Nam" not in names
    assert "Hải Phòng" in names
    assert "Huế" not in names


def test_a_level_word_inside_a_singular_list_carries_to_the_next_items() -> None:
    doc = _parse("Chủ tịch UBND thành phố Hạ Long, Cẩm Phả, huyện Vân Đồn, Cô Tô tổ chức di "
                 "dời người dân trên các lồng bè vào bờ.")
    names = [a.name for a in doc.agencies]
    assert "UBND huyện Cô Tô" in names
    assert "UBND thành phố Cô Tô" not in names
    assert "UBND thành phố Cẩm Phả" in names


def test_a_port_city_closing_an_organ_opens_no_department() -> None:
    doc = _parse(
        "Cảng vụ Hàng hải Hải Phòng kiểm tra hệ thống báo hiệu, báo cáo Giám đốc.",
        "Công an thành phố Hải Phòng kiểm tra, xử lý phương tiện vi phạm.",
    )
    actors = _actors(doc)
    assert ("1", "Cảng vụ Hàng hải Hải Phòng") in actors
    assert ("2", "Công an thành phố Hải Phòng") in actors
