"""Round 16 (W3G): agencies and places residuals found in real documents.

Every text here is invented; each names the form the rule reads.
"""

from __future__ import annotations

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _places(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in vbcd.parse(text).places}


_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 45/TB-UBND\nHà Giang, ngày 12 tháng 3 năm 2025\n\n"


def test_information_and_operations_centre_keeps_its_field() -> None:
    text = _HEAD + (
        "Giao Trung tâm Thông tin điều hành tỉnh chủ trì bảo đảm đường truyền.\n\n"
        "Nơi nhận:\n- Trung tâm Giám sát, điều hành đô thị thông minh;\n- Lưu: VT.\n")
    names = _agencies(text)
    assert "Trung tâm Thông tin điều hành tỉnh" in names
    assert "Trung tâm Giám sát, điều hành đô thị thông minh" in names


def test_tax_office_with_sector_in_small_letters() -> None:
    text = _HEAD + (
        "Căn cứ văn bản số 88/CCT ngày 10/5/2025 của Chi cục thuế Khu vực XV, hồ sơ được "
        "chuyển Chi cục thuế huyện Đông Anh giải quyết.\n\nNơi nhận:\n- Lưu: VT.\n")
    names = _agencies(text)
    assert "Chi cục thuế Khu vực XV" in names
    assert "Chi cục thuế huyện Đông Anh" in names


def test_large_taxpayers_unit_keeps_its_last_word() -> None:
    text = _HEAD + ("Giao Phòng Quản lý thuế doanh nghiệp lớn rà soát hồ sơ hoàn thuế.\n\n"
                    "Nơi nhận:\n- Lưu: VT.\n")
    assert "Phòng Quản lý thuế doanh nghiệp lớn" in _agencies(text)


def test_state_steering_board_keeps_its_listed_topic() -> None:
    text = _HEAD + (
        "Thực hiện kết luận của Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc "
        "gia, trọng điểm ngành giao thông vận tải tại phiên họp thứ 5, Sở Xây dựng báo cáo "
        "tiến độ.\n\nNơi nhận:\n- Lưu: VT.\n")
    assert ("Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm "
            "ngành giao thông vận tải") in _agencies(text)


def test_foreign_city_before_its_country_after_a_comma() -> None:
    text = _HEAD + (
        "Hiệp định ký tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày 24/8/2006 và Bản ghi nhớ ký tại "
        "Băng Cốc, Thái Lan ngày 3/3/2025 có hiệu lực.\n\nNơi nhận:\n- Lưu: VT.\n")
    places = _places(text)
    assert places.get("Ku-a-la Lăm-pơ") == "city"
    assert places.get("Băng Cốc") == "city"
    assert places.get("Ma-lai-xi-a") == "country"


def test_province_before_country_is_no_city_abroad() -> None:
    text = _HEAD + "Hội nghị tổ chức tại Hà Nội, Việt Nam ngày 3/3/2025.\n"
    assert _places(text).get("Hà Nội") != "district"


def test_commune_named_with_board_word_and_former_district() -> None:
    text = _HEAD + (
        "Điều 1. Công nhận Xã Tân Ban Bảo Lộc đạt chuẩn nông thôn mới.\n"
        "Điều 2. Chủ tịch UBND xã Tân Ban Bảo Lộc chịu trách nhiệm thi hành.\n")
    assert "Tân Ban Bảo Lộc" in _places(text)
    names = _agencies(text)
    assert "UBND xã Tân Ban Bảo Lộc" in names
    assert "Ban Bảo Lộc" not in names


def test_board_after_commune_still_ends_the_name() -> None:
    text = _HEAD + "UBND xã Tân Lập Ban Quản lý dự án đầu tư thông báo lịch tiếp dân.\n"
    assert "Tân Lập" in _places(text)


def test_bare_commune_rows_in_a_column_of_prefixed_ones() -> None:
    rows = ["Xã Hòa Bình", "Xã Tân Phong", "Xã Đồng Tâm", "Mỹ Lộc", "Xã Yên Hòa",
            "Phú Thịnh", "Xã Quang Minh"]
    lines = [_HEAD + "DANH SÁCH CÁC XÃ\n", "| STT | Tên xã | Năm đạt chuẩn | Ghi chú |",
             "|---|---|---|---|"]
    lines += [f"| {i} | {n} | 2025 | |" for i, n in enumerate(rows, 1)]
    places = _places("\n".join(lines) + "\n")
    assert places.get("Mỹ Lộc") == "commune"
    assert places.get("Phú Thịnh") == "commune"


def test_bare_ward_rows_one_cell_a_line() -> None:
    rows = ["Phường Tân Giang", "Phường Hợp Giang", "Sông Hiến", "Phường Đề Thám",
            "Phường Sông Bằng"]
    out = [_HEAD + "PHỤ LỤC", "|", "STT", "|", "Tên phường", "|", "Ghi chú", "|"]
    for i, n in enumerate(rows, 1):
        out += ["|", str(i), "|", n, "|", "x", "|", "|"]
    assert _places("\n".join(out) + "\n").get("Sông Hiến") == "ward"


def test_column_rule_skips_numerals_and_far_lines() -> None:
    rows = ["Xã Hòa Bình", "Xã Tân Phong", "Xã Đồng Tâm", "IV", "Xã Yên Hòa"]
    lines = [_HEAD, "| STT | Tên xã | Ghi chú |", "|---|---|---|"]
    lines += [f"| {i} | {n} | |" for i, n in enumerate(rows, 1)]
    assert "IV" not in _places("\n".join(lines) + "\n")
