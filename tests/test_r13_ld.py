"""Land recovery, compensation and construction documents (thu hồi đất, bồi thường, hỗ
trợ, tái định cư, giấy chứng nhận, giấy phép xây dựng): the villages of their addresses,
the boards and councils they set up, the submissions they cite and the deadlines and
actors of their clauses."""

from __future__ import annotations

import pytest

import vbcd

_HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\nSố: 12/QĐ-UBND\n"
    "Krông Pắc, ngày 05 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc thu hồi đất\n\n"
)


def _doc(body: str) -> vbcd.Document:
    return vbcd.parse(_HEADER + body + "\n")


def _places(body: str) -> list[str]:
    return [p.name for p in _doc(body).places]


def _actors(body: str) -> list[str]:
    return [a.actor for a in _doc(body).assignments]


# --- places -------------------------------------------------------------------------


def test_a_village_heads_title_after_a_listed_village_is_no_village() -> None:
    """``thôn Quyết Tiến, Trưởng thôn Tân Phú``: ``Trưởng`` before another ``thôn`` is
    the head's title, not a second village listed after the first."""
    body = ("1. Giao Phòng Kinh tế xã chủ trì, phối hợp với Trưởng thôn Quyết Tiến, "
            "Trưởng thôn Tân Phú niêm yết thông báo thu hồi đất.")
    assert _places(body) == ["Quyết Tiến", "Tân Phú"]


def test_listed_communes_still_climb_to_their_district() -> None:
    """The list of communes that a district's prefix word closes stays a list."""
    assert _places("1. Thu hồi đất tại xã Tam Hải, Tam Quang huyện Núi Thành.") == [
        "Tam Hải", "Tam Quang", "Núi Thành"]


@pytest.mark.parametrize("opener", ["Căn cứ Luật Đất đai", "Xét đề nghị của Phòng Kinh tế",
                                    "Theo đề nghị của Phòng Kinh tế"])
def test_a_hard_wrapped_title_ends_its_commune_before_the_next_recital(opener: str) -> None:
    """``... dự án Khu dân cư Đồng Cốc, xã Xuân Lai`` / ``Căn cứ ...`` in a text without
    blank lines: the commune's name does not run into the recital's first word."""
    text = ("THÔNG BÁO\nVề việc niêm yết phương án bồi thường dự án tại xã Xuân Lai\n"
            f"{opener} năm 2024;\n1. Niêm yết công khai tại trụ sở UBND xã.\n")
    assert "Xuân Lai" in [p.name for p in vbcd.parse(text).places]


def test_a_plot_and_map_sheet_and_a_map_scale_are_no_dates() -> None:
    """``thửa đất số 30/11``, ``tỷ lệ 1/500``, ``tỷ lệ 1/10``: numbers of a land record and
    of a plan, not days."""
    body = ("1. Phê duyệt quy hoạch chi tiết tỷ lệ 1/500 và sơ đồ vị trí tỷ lệ 1/10; "
            "thu hồi thửa đất số 30/11, tờ bản đồ số 12, diện tích 250,5 m2.")
    assert [d.text for d in _doc(body).dates] == ["ngày 05 tháng 8 năm 2025"]


# --- references ---------------------------------------------------------------------


def test_a_compensation_councils_submission_is_its_own() -> None:
    """``Xét đề nghị của Hội đồng bồi thường, hỗ trợ và tái định cư thành phố X tại Tờ
    trình số 12/TTr-HĐBT``: the council named before the link is the issuer, though its
    name holds a comma; ``HĐBT`` is no Hội đồng Bộ trưởng in 2025."""
    body = ("Xét đề nghị của Hội đồng bồi thường, hỗ trợ và tái định cư thành phố Quảng "
            "Ngãi tại Tờ trình số 12/TTr-HĐBT ngày 25/4/2025.")
    [ref] = _doc(body).references
    assert (ref.number, ref.issuer) == (
        "12/TTr-HĐBT", "Hội đồng bồi thường, hỗ trợ và tái định cư thành phố Quảng Ngãi")


def test_hdbt_after_1992_names_no_council_of_ministers() -> None:
    """Hội đồng Bộ trưởng became the Government in 1992: a later ``HĐBT`` code is another
    body's, and a code of its time still names it."""
    body = ("Căn cứ Tờ trình số 15/TTr-HĐBT ngày 10/3/2025;\n"
            "Căn cứ Nghị định số 64-HĐBT ngày 10/6/1989;")
    issuers = {r.number: r.issuer for r in _doc(body).references}
    assert issuers == {"15/TTr-HĐBT": None, "64-HĐBT": "Hội đồng Bộ trưởng"}


# --- deadlines ----------------------------------------------------------------------


@pytest.mark.parametrize(("clause", "day"), [
    ("1. Văn phòng Đăng ký đất đai tỉnh rà soát, cấp Giấy chứng nhận quyền sử dụng đất "
     "cho các hộ tái định cư trong quý III/2025.", "2025-09-30"),
    ("1. Phòng Quản lý đô thị cấp giấy phép xây dựng cho các hộ tái định cư tại khu tái "
     "định cư Xuân Canh trong tháng 11/2025.", "2025-11-30"),
    ("1. Trung tâm Phát triển quỹ đất chi trả tiền bồi thường cho các hộ trong tháng "
     "10/2025.", "2025-10-31"),
])
def test_a_certificate_permit_or_payment_within_a_period_is_a_deadline(
        clause: str, day: str) -> None:
    assert [d.date for d in _doc(clause).deadlines] == [day]


@pytest.mark.parametrize("clause", [
    "1. Số hộ được cấp giấy chứng nhận trong quý III/2025 là 120 hộ.",
    "1. Năm 2025, toàn huyện đã chi trả tiền bồi thường cho 300 hộ trong tháng 9/2025.",
])
def test_a_count_of_what_was_granted_or_paid_is_no_deadline(clause: str) -> None:
    assert _doc(clause).deadlines == []


# --- organs and actors --------------------------------------------------------------


@pytest.mark.parametrize(("clause", "organ"), [
    ("1. Giao Ban Thực hiện cưỡng chế huyện tổ chức thực hiện.",
     "Ban Thực hiện cưỡng chế huyện"),
    ("1. Giao Ban thực hiện cưỡng chế thu hồi đất huyện tổ chức thực hiện.",
     "Ban thực hiện cưỡng chế thu hồi đất huyện"),
    ("1. Giao Hội đồng thẩm định giá đất huyện tổ chức thẩm định.",
     "Hội đồng thẩm định giá đất huyện"),
    ("1. Hội đồng thẩm định bảng giá đất tỉnh tổ chức thẩm định.",
     "Hội đồng thẩm định bảng giá đất tỉnh"),
])
def test_land_boards_and_councils_are_organs_and_actors(clause: str, organ: str) -> None:
    doc = _doc(clause)
    assert organ in [a.name for a in doc.agencies]
    assert [a.actor for a in doc.assignments] == [organ]


def test_a_working_group_on_site_clearance_keeps_its_whole_name() -> None:
    """``mặt bằng`` (the site) ends a noun: its ``bằng`` is no preposition ending the
    actor."""
    assert _actors("1. Giao Tổ công tác giải phóng mặt bằng huyện thực hiện kiểm đếm.") == [
        "Tổ công tác giải phóng mặt bằng huyện"]


def test_an_investor_asked_to_break_ground_ends_before_the_verb() -> None:
    body = ("1. Đề nghị các chủ đầu tư dự án khu dân cư, khu đô thị chỉ khởi công xây dựng "
            "khi có giấy phép xây dựng.")
    assert _actors(body) == ["các chủ đầu tư dự án khu dân cư, khu đô thị"]


@pytest.mark.parametrize("clause", [
    "1. Hộ bà Nguyễn Thị Mai, tổ dân phố Đông Hải có thửa đất số 205, tờ bản đồ số 31.",
    "1. Hộ ông Nguyễn Văn Nam có đất bị thu hồi 120 m2.",
    "1. Ông Trần Văn Quý có đơn đề nghị cấp giấy chứng nhận quyền sử dụng đất.",
])
def test_a_household_holding_land_is_handed_no_task(clause: str) -> None:
    """``Hộ bà A có thửa đất số ...``: ``có`` with what the household holds states a
    fact of the land record."""
    assert _actors(clause) == []


def test_a_household_with_a_duty_is_still_an_actor() -> None:
    assert _actors("1. Hộ ông Nguyễn Văn Nam có trách nhiệm bàn giao mặt bằng.") == [
        "Nguyễn Văn Nam"]


def test_households_named_by_the_household_alone_are_actors() -> None:
    """``Đề nghị các hộ có tên trên ...``, ``Các hộ có đất bị thu hồi có trách nhiệm ...``:
    the households a land notice addresses."""
    assert _actors("1. Đề nghị các hộ có tên trên phối hợp với Tổ công tác giải phóng mặt "
                   "bằng xã thực hiện kiểm đếm.") == [
        "các hộ có tên trên", "Tổ công tác giải phóng mặt bằng xã"]
    assert _actors("1. Các hộ có đất bị thu hồi có trách nhiệm bàn giao mặt bằng.") == [
        "Các hộ có đất bị thu hồi"]


def test_a_plot_number_in_the_next_table_cell_is_no_wards_number() -> None:
    """A table of households flattened one cell a line (``phường Trần Lãm`` / ``47`` /
    ``5``): the plot's number is not the ward's, as in ``xã Đam Rông 1``."""
    text = ("THÔNG BÁO\nDanh sách các hộ có đất bị thu hồi\n\n"
            "| STT | Họ và tên | Địa chỉ | Thửa số | Tờ bản đồ |\n|---|---|---|---|---|\n"
            "| 1 | Ông Phạm Quốc Việt | tổ dân phố số 3, phường Trần Lãm | 47 | 5 |\n")
    assert "Trần Lãm" in [p.name for p in vbcd.parse(text).places]
    assert [p.name for p in vbcd.parse("Hỗ trợ xã Đam Rông 1, xã Bàu Hàm 2.").places] == [
        "Đam Rông 1", "Bàu Hàm 2"]
