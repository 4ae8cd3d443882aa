"""Round 26 (Z2): maritime and inland-waterway documents (invented text).

A port authority's dash-joined department, its own office named bare, and the
maritime administration's short forms in a recipient list must read as one organ
each, not as a cut name or a second organ.
"""

from vbcd import parse


def _names(text: str) -> list[str]:
    return [a.name for a in parse(text).agencies]


def test_dash_joined_legal_and_inspection_department_is_one_name() -> None:
    names = _names("2. Phòng Pháp chế - Thanh tra chủ trì kiểm tra tàu thuyền neo đậu.")
    assert "Phòng Pháp chế - Thanh tra" in names
    assert "Phòng Pháp chế" not in names


def test_port_authority_own_office_named_bare() -> None:
    names = _names("Văn phòng Cảng vụ tổng hợp tình hình, báo cáo Giám đốc hằng ngày.")
    assert "Văn phòng Cảng vụ" in names


def test_waterway_port_authority_short_form_merges_with_full_name() -> None:
    text = (
        "Sở Xây dựng phối hợp với Cảng vụ Đường thủy nội địa khu vực III kiểm tra bến khách.\n"
        "Nơi nhận:\n- Như trên;\n- Cảng vụ ĐTNĐ khu vực III;\n- Lưu: VT.\n"
    )
    names = _names(text)
    assert "Cảng vụ ĐTNĐ khu vực III" not in names
    assert "Cảng vụ Đường thủy nội địa khu vực III" in names


def test_maritime_administration_and_rescue_centre_short_forms_merge() -> None:
    text = (
        "Thực hiện chỉ đạo của Cục Hàng hải và Đường thủy Việt Nam, duy trì liên lạc với "
        "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực II.\n"
        "Nơi nhận:\n- Cục HH&ĐTVN (b/c);\n- Trung tâm PHTKCN hàng hải KV II;\n- Lưu: VT.\n"
    )
    names = _names(text)
    assert len(names) == 2, names
