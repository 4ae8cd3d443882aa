"""Round 16 (AG): organ names the real documents cut short, missed or invented."""

from __future__ import annotations

import pytest

from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("- Cổng Thông tin điện tử Bộ Tài chính;\n- Lưu: VT.",
     "Cổng Thông tin điện tử Bộ Tài chính"),
    ("ý kiến gửi qua Cổng Thông tin điện tử Bộ Xây dựng phản ánh về chính sách",
     "Cổng Thông tin điện tử Bộ Xây dựng"),
    ("- Cổng TTĐT Sở Y tế;", "Cổng TTĐT Sở Y tế"),
])
def test_portal_takes_the_organ_that_runs_it(text: str, name: str) -> None:
    assert name in _names(text)


def test_portal_with_a_scope_still_read() -> None:
    assert _names("- Cổng TTĐT tỉnh;\n- Cổng TTĐT Chính phủ;") == [
        "Cổng TTĐT tỉnh", "Cổng TTĐT Chính phủ"]


@pytest.mark.parametrize("text", [
    "- KBNN, Cục Quản lý nợ (để phối hợp);",
    "đề nghị phối hợp với KBNN để đối chiếu số thu",
])
def test_state_treasury_acronym_alone_is_an_organ(text: str) -> None:
    assert "KBNN" in _names(text)


@pytest.mark.parametrize(("text", "second"), [
    ("- Cục Kiểm tra VBQPPL/Bộ Tư pháp;", "Bộ Tư pháp"),
    ("- Vụ Pháp chế/Bộ Công an;", "Bộ Công an"),
    ("báo cáo Cục Chính sách/Tổng cục Chính trị xem xét", "Tổng cục Chính trị"),
])
def test_organ_glued_after_a_slash_is_read(text: str, second: str) -> None:
    assert second in _names(text)


def test_document_code_after_a_slash_is_no_organ() -> None:
    assert _names("Công văn số 45/Sở Y tế ngày 2/3") == []


@pytest.mark.parametrize("text", [
    "- Phó TTg Thường trực Chính phủ Lê Minh Quang;",
    "- PTTg Thường trực Chính phủ;",
])
def test_abbreviated_title_keeps_thuong_truc(text: str) -> None:
    assert "Thường trực Chính phủ" not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("- Cục Kiểm tra văn bản và Quản lý xử lý VPHC - Bộ Tư pháp;",
     "Cục Kiểm tra văn bản và Quản lý xử lý VPHC"),
    ("- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm HC (Bộ Tư pháp);",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm HC"),
])
def test_abbreviated_violations_field_kept(text: str, name: str) -> None:
    assert name in _names(text)


def test_assembly_hall_is_no_association() -> None:
    assert _names("Ý KIẾN CỦA ĐẠI BIỂU TẠI TỔ VÀ HỘI TRƯỜNG VỀ DỰ ÁN LUẬT") == []


@pytest.mark.parametrize(("text", "name"), [
    ("- Trung tâm TT, DL và CNS thành phố Đông Hải;",
     "Trung tâm TT, DL và CNS thành phố Đông Hải"),
    # (round 21: ``Tổ giúp việc`` takes the committee it serves, the series inside it)
    ("(Tổ giúp việc Ban Chỉ đạo Trung ương KHCN, ĐMST và CĐS);",
     "Tổ giúp việc Ban Chỉ đạo Trung ương KHCN, ĐMST và CĐS"),
])
def test_acronym_series_closed_by_va_is_one_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_acronyms_without_va_stay_two_recipients() -> None:
    assert _names("- Trung tâm TT, KGVX;") == ["Trung tâm TT"]


@pytest.mark.parametrize(("text", "name"), [
    ("Kính gửi: Công ty Cổ phần M.N.Q.\n(Địa chỉ: số 1)", "Công ty Cổ phần M.N.Q"),
    ("văn bản của Công ty TNHH A.T.P Việt Nam về việc", "Công ty TNHH A.T.P Việt Nam"),
])
def test_company_brand_of_dotted_initials(text: str, name: str) -> None:
    assert name in _names(text)
