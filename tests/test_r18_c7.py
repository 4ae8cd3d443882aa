"""Round 18 (C7): State enterprises, social insurance, unions and associations.

Footers whose seal or scanned signature OCR mixed into the recipient list, a works
section's name, a headless document's type named in its body, and a document's own
citation repeated on its pages. All texts are invented."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies

_HEAD = (
    "TẬP ĐOÀN CAO SU VIỆT NAM\nCÔNG TY TNHH MTV CAO SU BÌNH LONG\nSố: 207/CSBL-KT\n"
    "V/v phòng chống cháy vườn cây mùa khô\nBình Phước, ngày 09 tháng 01 năm 2018\n\n"
    "Kính gửi: Các Nông trường trực thuộc.\n\n"
    "Công ty đề nghị các Nông trường phát dọn đường băng cản lửa trước ngày 31/01/2018./.\n\n"
)


def _recipients(doc: vbcd.Document) -> list[str]:
    return [r.text for r in doc.recipients]


def test_seal_ring_beside_the_list_is_no_recipient() -> None:
    doc = vbcd.parse(_HEAD + (
        "Nơi nhận:                                 KT. TỔNG GIÁM ĐỐC\n"
        "- Như trên;                                PHÓ TỔNG GIÁM ĐỐC\n"
        "- Tập đoàn (để b/c); CÔNG TY\n"
        "- Phòng Kỹ thuật; CAO SU\n"
        "- Lưu: VT, KTKT. BÌNH LONG\n"
        "                                           Huỳnh Tấn Lộc\n"))
    assert _recipients(doc) == ["Như trên", "Tập đoàn", "Phòng Kỹ thuật"]
    assert doc.archive == ["VT", "KTKT"]
    assert doc.signature is not None and doc.signature.name == "Huỳnh Tấn Lộc"


def test_seal_ring_is_not_read_into_the_signers_title() -> None:
    doc = vbcd.parse(_HEAD + (
        "Nơi nhận:                          GIÁM ĐỐC\n"
        "- Như trên; LIÊN ĐOÀN\n"
        "- Tổng LĐLĐ Việt Nam (b/c); LAO ĐỘNG\n"
        "- Lưu: VT. TỈNH BÌNH PHƯỚC\n"
        "                                    Lâm Thị Kiều\n"))
    assert _recipients(doc) == ["Như trên", "Tổng LĐLĐ Việt Nam"]
    assert doc.archive == ["VT"]
    assert doc.signature is not None and doc.signature.title == "GIÁM ĐỐC"


def test_abbreviated_recipient_after_a_semicolon_is_kept() -> None:
    doc = vbcd.parse(_HEAD + (
        "Nơi nhận:\n- Như trên; CVP\n- Sở Tài chính; UBND huyện\n- Lưu: VT.\n"
        "GIÁM ĐỐC\nLâm Thị Kiều\n"))
    assert "CVP" in _recipients(doc)


@pytest.mark.parametrize(("strokes", "item"), [
    ("~ɭʃ//~", "Hội đồng thành viên"), ("ꝉ~\\\\ꞃ", "Ban Kiểm soát")])
def test_scanned_signature_strokes_leave_items_and_archive(strokes: str, item: str) -> None:
    doc = vbcd.parse(_HEAD + (
        f"Nơi nhận:\n- Như trên;\n- {item} (b/c); {strokes}\n- Lưu: VT, KT. {strokes}\n"
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nĐào Văn Lực\n"))
    assert _recipients(doc) == ["Như trên", item]
    assert doc.archive == ["VT", "KT"]
    assert doc.signature is not None and doc.signature.name == "Đào Văn Lực"


def test_archive_code_with_a_slash_is_kept() -> None:
    doc = vbcd.parse(_HEAD + "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT/2b.\nGIÁM ĐỐC\nĐào Văn Lực\n")
    assert doc.archive == ["VT", "KT/2b"]


@pytest.mark.parametrize(("text", "name"), [
    ("Giao Phòng Kỹ thuật - Công trình kiểm tra đê bao.", "Phòng Kỹ thuật - Công trình"),
    ("Phòng Quản lý nước và Công trình rà soát hồ chứa.", "Phòng Quản lý nước và Công trình"),
    ("Phòng Quản lý Công trình trình Giám đốc phê duyệt.", "Phòng Quản lý Công trình"),
])
def test_capitalised_works_word_continues_a_sections_name(text: str, name: str) -> None:
    assert name in [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("body", "code"), [
    ("2. Công an tỉnh bố trí lực lượng tại các ngầm tràn.\n"
     "Yêu cầu các sở, ngành nghiêm túc thực hiện Công điện này./.\n", "CĐ"),
    ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng chịu trách nhiệm "
     "thi hành Quyết định này./.\n", "QĐ"),
    ("2. Các chi hội căn cứ Kế hoạch này xây dựng kế hoạch của mình.\n", "KH"),
    ("Công ty đề nghị các đơn vị thực hiện nội dung Thông báo kết luận này./.\n", "TB"),
])
def test_headless_document_takes_the_type_its_body_names(body: str, code: str) -> None:
    doc = vbcd.parse(body + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nPhạm Minh Đức\n")
    assert doc.doc_type is not None and doc.doc_type.code == code
    assert doc.doc_type.source == "body"


def test_own_citation_repeated_on_pages_is_removed() -> None:
    doc = vbcd.parse(
        "BẢO HIỂM XÃ HỘI TỈNH LONG AN\nSố: 61/KH-BHXH\nLong An, ngày 14 tháng 3 năm 2022\n\n"
        "KẾ HOẠCH\nKiểm tra nội bộ năm 2022\n\n"
        "1. Phòng Kiểm tra rà soát hồ sơ hưởng chế độ ốm đau tại các đơn vị\n"
        "Kế hoạch số 61/KH-BHXH ngày 14/3/2022\n2\n"
        "trong quý II/2022.\n2. Văn phòng bảo đảm kinh phí.\n")
    assert "61/KH-BHXH ngày" not in doc.text
    assert "các đơn vị trong quý II/2022" in " ".join(doc.text.split())


def test_citation_on_a_line_of_its_own_once_is_kept() -> None:
    doc = vbcd.parse(
        "Đề nghị các đơn vị thực hiện nghiêm\nQuyết định số 45/QĐ-UBND ngày 12/3/2020\n"
        "của UBND tỉnh về quản lý vật tư.\n")
    assert "45/QĐ-UBND ngày 12/3/2020" in doc.text
