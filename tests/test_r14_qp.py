"""Round 14 (QP): defence and civil-defence documents.

The armed forces write their commands short (``Bộ CHQS tỉnh``, ``Ban CHPTKV 1``,
``BTL Quân khu 4``, ``Ban Chỉ đạo PTDS``) beside the names in full: the two are one
organ. A commune's Party committee heads its documents with the commune's Party
organisation (``ĐẢNG BỘ XÃ ...`` / ``ĐẢNG ỦY``), which gives the document its level:
there ``Đảng ủy xã`` and ``Ban CHQS xã`` name the commune's own bodies.
"""

from __future__ import annotations

import vbcd
from vbcd.extract.agencies import issuer_rank


def _military_plan(body: str, recipients: str = "- Lưu: VT, TM.") -> vbcd.Document:
    return vbcd.parse(f"""QUÂN KHU 4
BỘ CHQS TỈNH HÀ TĨNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1245/KH-BCH
Hà Tĩnh, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức diễn tập chiến đấu phòng thủ xã năm 2025

{body}

Nơi nhận:
{recipients}

CHỈ HUY TRƯỞNG



Đại tá Nguyễn Văn Thắng
""")


def _by_canonical(doc: vbcd.Document) -> dict[str, list[str]]:
    return {a.canonical: [m.text for m in a.mentions] for a in doc.agencies}


def test_provincial_military_command_short_and_full_are_one_organ() -> None:
    doc = _military_plan(
        "1. Bộ Chỉ huy Quân sự tỉnh chủ trì tổ chức diễn tập.\n"
        "2. Các xã báo cáo về Bộ CHQS tỉnh trước ngày 30/4/2025.")
    found = _by_canonical(doc)
    assert found["bộ chỉ huy quân sự tỉnh"] == ["Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh"]
    assert "bộ chqs tỉnh" not in found


def test_header_military_command_expands() -> None:
    doc = _military_plan("1. Phòng Tham mưu chủ trì xây dựng văn kiện.")
    assert "bộ chỉ huy quân sự tỉnh hà tĩnh" in _by_canonical(doc)


def test_area_defence_command_short_form_is_the_full_name() -> None:
    doc = _military_plan(
        "1. Ban Chỉ huy Phòng thủ khu vực 1 chỉ đạo các xã xây dựng văn kiện diễn tập.",
        "- Ban CHPTKV 1, 2;\n- Lưu: VT, TM.")
    found = _by_canonical(doc)
    assert found["ban chỉ huy phòng thủ khu vực 1"] == [
        "Ban Chỉ huy Phòng thủ khu vực 1", "Ban CHPTKV 1"]
    assert "ban chỉ huy phòng thủ khu vực 2" in found


def test_short_command_of_a_military_region_is_an_organ() -> None:
    doc = _military_plan(
        "1. Phòng Tham mưu báo cáo Bộ Tư lệnh Quân khu 4 kết quả diễn tập.",
        "- BTL Quân khu 4 (để b/c);\n- BTL BĐBP;\n- Thủ trưởng BTL;\n- Lưu: VT, TM.")
    found = _by_canonical(doc)
    assert found["bộ tư lệnh quân khu 4"] == ["Bộ Tư lệnh Quân khu 4", "BTL Quân khu 4"]
    assert found["bộ tư lệnh bộ đội biên phòng"] == ["BTL BĐBP"]
    # the bare short head names no organ
    assert not any(a.name == "BTL" for a in doc.agencies)


def test_civil_defence_board_short_and_full_are_one_organ() -> None:
    doc = _military_plan(
        "1. Ban Chỉ đạo phòng thủ dân sự tỉnh chủ trì kiểm tra.\n"
        "2. Các sở báo cáo Ban Chỉ đạo PTDS tỉnh trước ngày 15/6/2025.")
    found = _by_canonical(doc)
    assert found["ban chỉ đạo phòng thủ dân sự tỉnh"] == [
        "Ban Chỉ đạo phòng thủ dân sự tỉnh", "Ban Chỉ đạo PTDS tỉnh"]


def test_commune_party_organisation_gives_the_issuer_its_level() -> None:
    assert issuer_rank("ĐẢNG BỘ XÃ HÒA BÌNH ĐẢNG ỦY") == 3
    assert issuer_rank("ĐẢNG BỘ PHƯỜNG 3 ĐẢNG ỦY") == 3
    assert issuer_rank("ĐẢNG BỘ HUYỆN YÊN MINH HUYỆN ỦY") == 2


def test_commune_party_resolution_names_its_own_bodies() -> None:
    doc = vbcd.parse("""ĐẢNG BỘ XÃ HÒA BÌNH
ĐẢNG ỦY
*
ĐẢNG CỘNG SẢN VIỆT NAM
Số 05-NQ/ĐU
Hòa Bình, ngày 10 tháng 01 năm 2026

NGHỊ QUYẾT
lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2026

1. Ban Chỉ huy quân sự xã tham mưu cho Đảng ủy xã tổ chức tốt Lễ giao nhận quân.
2. Đồng chí Chỉ huy trưởng Ban CHQS xã chỉ đạo huấn luyện dân quân.

Nơi nhận:
- Ban CHPTKV 3 (để b/c);
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Văn Sơn
""")
    found = _by_canonical(doc)
    assert found["ban chỉ huy quân sự xã"] == ["Ban Chỉ huy quân sự xã", "Ban CHQS xã"]
    assert "đảng ủy xã" in found
