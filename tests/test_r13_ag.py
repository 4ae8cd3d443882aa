"""Agriculture, livestock and rural development documents (Sở Nông nghiệp và Môi
trường, Chi cục Chăn nuôi và Thú y, Trạm Khuyến nông, Văn phòng Điều phối nông thôn
mới, cooperatives): the stations and offices they name, the field work that ends an
actor, the allocations that end a cited act's issuer, and the months of a vaccination
round."""

from __future__ import annotations

import pytest

import vbcd

_HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\nSố: 18/KH-UBND\n"
    "Tân Hiệp, ngày 06 tháng 02 năm 2026\nKẾ HOẠCH\nTiêm phòng gia súc, gia cầm\n\n"
)


def _doc(body: str) -> vbcd.Document:
    return vbcd.parse(_HEADER + body + "\n")


def _agencies(body: str) -> list[str]:
    return [a.name for a in _doc(body).agencies if a.start >= len(_HEADER)]


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(a.role, a.actor) for a in _doc(body).assignments]


# --- agencies -----------------------------------------------------------------------


@pytest.mark.parametrize(("body", "name"), [
    ("1. Trạm Trồng trọt và Bảo vệ thực vật khu vực Hưng Hà hướng dẫn nông dân phun thuốc.",
     "Trạm Trồng trọt và Bảo vệ thực vật khu vực Hưng Hà"),
    ("1. Trạm CN&TY khu vực Đông Hưng tổ chức tiêm phòng.", "Trạm CN&TY khu vực Đông Hưng"),
    ("1. Chi cục Chăn nuôi, Thủy sản và Thú y hướng dẫn các xã tiêm phòng.",
     "Chi cục Chăn nuôi, Thủy sản và Thú y"),
    ("1. Văn phòng Điều phối nông thôn mới tỉnh thẩm định hồ sơ xã.",
     "Văn phòng Điều phối nông thôn mới tỉnh"),
    ("1. Giao HTX nông nghiệp Minh Khai cung ứng giống lúa cho các hộ.",
     "HTX nông nghiệp Minh Khai"),
    ("1. Hợp tác xã dịch vụ nông nghiệp Tân Hòa cung ứng giống lúa.",
     "Hợp tác xã dịch vụ nông nghiệp Tân Hòa"),
])
def test_agriculture_offices_stations_and_cooperatives_are_read_whole(
        body: str, name: str) -> None:
    """The 2025 sub-departments and their area stations, the new-countryside office and
    the cooperatives named by their line of business in small letters."""
    assert _agencies(body) == [name]


def test_a_cooperative_named_after_a_commune_ending_in_hoi_keeps_it() -> None:
    """``HTX nông nghiệp Vũ Hội``: a cooperative takes its commune's name, whose last
    syllable ``Hội`` opens no association here."""
    assert _agencies("1. HTX nông nghiệp Vũ Hội tổ chức điều tra diện tích lúa nhiễm rầy.") == [
        "HTX nông nghiệp Vũ Hội"]


def test_a_level_word_ends_a_station_before_a_joined_worker() -> None:
    """``Trạm Khuyến nông xã và Thú y viên các thôn``: the level word is the station's
    last; ``và Thú y`` starts the village vets, not a second field of the station."""
    assert _agencies("1. Trạm Khuyến nông xã và Thú y viên các thôn tổ chức tiêm phòng.") == [
        "Trạm Khuyến nông xã"]


# --- assignments --------------------------------------------------------------------


@pytest.mark.parametrize(("body", "actor"), [
    ("1. UBND các xã có dịch khoanh vùng, xử lý triệt để ổ dịch.", "UBND các xã có dịch"),
    ("1. Các địa phương gieo cấy tập trung trong khung thời vụ.", "Các địa phương"),
    ("1. Các hộ chăn nuôi nhốt giữ gia súc để tiêm phòng.", "Các hộ chăn nuôi"),
    ("1. Các trang trại chăn nuôi tập trung thực hiện an toàn sinh học.",
     "Các trang trại chăn nuôi"),
    ("1. Các HTX nông nghiệp chủ động bơm nước, cung ứng giống lúa.", "Các HTX nông nghiệp"),
    ("1. Các Trạm Chăn nuôi và Thú y khu vực tổ chức tiêm phòng vắc xin.",
     "Các Trạm Chăn nuôi và Thú y khu vực"),
    ("1. Thú y viên các thôn thống kê tổng đàn lợn.", "Thú y viên các thôn"),
])
def test_farm_actors_end_at_their_field_work(body: str, actor: str) -> None:
    """Field work ends the actor (``khoanh vùng``, ``gieo cấy``), a farm's kind stays in
    it (``hộ chăn nuôi``), and stations and village vets are actors of their own."""
    assert ("responsible", actor) in _pairs(body)


def test_a_guided_class_ends_before_sampling() -> None:
    """``hướng dẫn các địa phương lấy mẫu giám sát``: the localities are guided to take
    samples; ``lấy mẫu`` is their task, not a word of their name."""
    body = "1. Chi cục Chăn nuôi và Thú y hướng dẫn các địa phương lấy mẫu giám sát."
    assert ("directed", "các địa phương") in _pairs(body)


def test_a_coordinated_class_does_not_run_over_a_semicolon() -> None:
    """``phối hợp với các cơ quan ... OCOP; phấn đấu có ...``: a small word after the
    semicolon opens the next part of the task, no further actor."""
    body = ("1. Phòng Kinh tế xã phối hợp với các cơ quan liên quan phát triển sản phẩm "
            "OCOP; phấn đấu có thêm 02 sản phẩm OCOP 3 sao.")
    actors = [actor for _, actor in _pairs(body)]
    assert not any(";" in a for a in actors)


# --- references ---------------------------------------------------------------------


def test_an_allocation_after_the_issuer_is_no_part_of_its_name() -> None:
    """``... của Sở Nông nghiệp và Môi trường giao dự toán ngân sách``: the decision's
    title (an allocation) follows the issuer."""
    body = ("Căn cứ Quyết định số 2850/QĐ-SNNMT ngày 25/12/2025 của Sở Nông nghiệp và Môi "
            "trường giao dự toán ngân sách năm 2026;")
    [ref] = _doc(body).references
    assert ref.issuer == "Sở Nông nghiệp và Môi trường"


def test_the_new_countryside_office_issues_its_letter() -> None:
    body = ("Thực hiện Công văn số 356/VPĐP-NV ngày 10/11/2025 của Văn phòng Điều phối nông "
            "thôn mới tỉnh về đánh giá tiêu chí;")
    [ref] = _doc(body).references
    assert ref.issuer == "Văn phòng Điều phối nông thôn mới tỉnh"


# --- dates --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["tháng 3-4/2026", "tháng 3 - 4 năm 2026"])
def test_two_months_sharing_a_year_are_both_read(text: str) -> None:
    """A vaccination round's months (``đợt I: tháng 3-4/2026``): each month of the
    year written once; the round's own number ``đợt I/2026`` stays no date."""
    doc = _doc(f"1. Tiêm phòng đợt I/2026 trong {text}.")
    found = [(d.interval_start, d.interval_end) for d in doc.dates
             if d.start >= len(_HEADER)]
    assert found == [("2026-03-01", "2026-03-31"), ("2026-04-01", "2026-04-30")]


def test_a_month_and_its_year_written_with_a_dash_stay_one_month() -> None:
    doc = _doc("1. Báo cáo kết quả trong tháng 12-2025.")
    assert [(d.text, d.interval_start) for d in doc.dates if d.start >= len(_HEADER)] == [
        ("tháng 12-2025", "2025-12-01")]


def test_a_backward_month_pair_is_no_stage() -> None:
    """``tháng 10-3/2026``: no forward stage within one year, no date read."""
    doc = _doc("1. Số liệu tháng 10-3/2026 chưa khớp.")
    assert [d.text for d in doc.dates if d.start >= len(_HEADER)] == []
