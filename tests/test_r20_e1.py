"""Round 20 (E1): defence and border-guard documents, many of them scanned.

Invented text throughout: OCR-damaged organ heads and undiacritised dates, a military
command's staff officers in a decision's execution article, the militia as one branch
in a staff officer's title, the border guard's command written short, a court's
specialised divisions.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies
from vbcd.extract.dates import find_dates


def _agencies(text: str) -> dict[str, str]:
    return {a.name: a.canonical for a in find_agencies(text)}


def _days(text: str) -> set[str]:
    return {str(d.value) for d in find_dates(text) if d.precision == "day"}


# --- organ heads whose marks a scan misread ---------------------------------------------

@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("Nghị định số 13/2016/NĐ-CP cua Chinh phu quy định việc đăng ký",
     "Chinh phu", "chính phủ"),
    ("theo Nghị quyết của Chỉnh phủ về nhiệm vụ quốc phòng", "Chỉnh phủ", "chính phủ"),
    ("thực hiện ý kiến chỉ đạo của Thủ tưóng Chính phủ về công tác tuyển quân",
     "Thủ tưóng Chính phủ", "thủ tướng chính phủ"),
    ("Căn cứ Quyết định của Thu tuong Chinh phu phê duyệt đề án",
     "Thu tuong Chinh phu", "thủ tướng chính phủ"),
    ("Nghị quyết của Quốc hôi khóa XV về quốc phòng", "Quốc hôi", "quốc hội"),
])
def test_damaged_central_heads_are_read(text: str, name: str, canonical: str) -> None:
    assert _agencies(text).get(name) == canonical


def test_deputy_prime_minister_with_a_damaged_mark_stays_a_title() -> None:
    assert _agencies("theo ý kiến của Phó Thủ tưóng Chính phủ Lê Văn Nam") == {}


def test_damaged_head_is_one_organ_with_the_clean_one() -> None:
    doc = parse("Thực hiện Nghị quyết của Chính phủ về dân quân tự vệ và Nghị định "
                "số 72/2020/NĐ-CP của Chỉnh phủ, Bộ Chỉ huy Quân sự tỉnh hướng dẫn.")
    assert [a.canonical for a in doc.agencies].count("chính phủ") == 1


# --- dates whose line lost every mark ------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Can cu Luat Quoc phong ngay 08 thang 6 nam 2018;", "2018-06-08"),
    ("Căn cứ Nghị định số 72/2020/NĐ-CP ngay 30 thang 6 nam 2020 của Chính phủ;",
     "2020-06-30"),
    ("Luat Dan quan tu ve ngay 22 thang 11 nam 2019", "2019-11-22"),
])
def test_undiacritised_full_date_is_read(text: str, day: str) -> None:
    assert day in _days(text)


def test_undiacritised_month_and_year_words_need_the_whole_date() -> None:
    assert _days("huấn luyện trong 3 thang 5 nam qua") == set()


# --- a military command's staff officers given the execution article ---------------------

_DECISION = """BAN CHỈ HUY QUÂN SỰ HUYỆN TÂN KỲ
Số: 36/QĐ-BCH
Tân Kỳ, ngày 14 tháng 5 năm 2023
QUYẾT ĐỊNH
Về việc tổ chức hội thao dân quân tự vệ
Điều 1. Tổ chức hội thao dân quân tự vệ năm 2023 tại xã Nghĩa Đồng.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Trợ lý Quân lực, Trợ lý Hậu cần - Kỹ thuật, Chính trị viên phó Ban Chỉ huy quân sự huyện và Chỉ huy trưởng Ban Chỉ huy quân sự các xã chịu trách nhiệm thi hành Quyết định này./.
"""


def test_staff_officers_in_the_execution_article_are_actors() -> None:
    actors = {a.actor for a in parse(_DECISION).assignments}
    assert {"Trợ lý Quân lực", "Trợ lý Hậu cần - Kỹ thuật",
            "Chính trị viên phó Ban Chỉ huy quân sự huyện"} <= actors


# --- the militia as one branch in a staff officer's title --------------------------------

def test_militia_branch_is_read_whole_in_a_position() -> None:
    doc = parse("Điều 1. Thành lập tổ kiểm tra, gồm:\n"
                "1. Đại úy Hà Văn Quyết, Trợ lý Tác chiến - Dân quân tự vệ - Tổ viên;\n"
                "2. Thượng úy Lương Thế Vinh, Trợ lý Dân quân tự vệ, Tổ viên.\n")
    positions = {p.name: [" ".join(filter(None, (x.title, x.organ))) for x in p.positions]
                 for p in doc.persons}
    assert positions["Hà Văn Quyết"][0].endswith("Dân quân tự vệ")
    assert positions["Lương Thế Vinh"] == ["Trợ lý Dân quân tự vệ", "Tổ viên"]


# --- the border guard's provincial command written short ---------------------------------

@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("- BCH BĐBP tỉnh Kiên Giang;", "BCH BĐBP tỉnh Kiên Giang",
     "bộ chỉ huy bộ đội biên phòng tỉnh kiên giang"),
    ("- BCH BĐBP tỉnh;\n- Lưu: VT.", "BCH BĐBP tỉnh", "bộ chỉ huy bộ đội biên phòng tỉnh"),
])
def test_border_guard_command_written_short(text: str, name: str, canonical: str) -> None:
    assert _agencies(text).get(name) == canonical


def test_bch_alone_is_still_no_command() -> None:
    assert _agencies("- BCH Đoàn tỉnh;") == {}


# --- a court's specialised divisions -------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("1. Tòa Hình sự khẩn trương giải quyết các vụ án tồn đọng.", {"Tòa Hình sự"}),
    ("bà Đỗ Thị Lan, Chánh tòa Tòa Dân sự Tòa án nhân dân tỉnh Khánh Hòa",
     {"Tòa Dân sự", "Tòa án nhân dân tỉnh Khánh Hòa"}),
    ("Tòa Hành chính phối hợp với Tòa Kinh tế rà soát hồ sơ.",
     {"Tòa Hành chính", "Tòa Kinh tế"}),
])
def test_court_divisions_are_organs(text: str, names: set[str]) -> None:
    assert set(_agencies(text)) == names


def test_court_division_words_in_small_letters_are_no_organ() -> None:
    assert _agencies("vụ án được chuyển sang tòa hình sự xét xử") == {}
