"""Schools, institutes and corporations named in capitals (a header's issuer or a
recipient line): the name must be read whole, not cut where one of its words reads as
a surname, a document type or a letter alone."""

from __future__ import annotations

import pytest

import vbcd


def _mentions(text: str) -> list[str]:
    return [m.text for a in vbcd.parse(text).agencies for m in a.mentions]


@pytest.mark.parametrize("name", [
    # a field whose last syllable is a common surname (``PHẠM``, ``LÂM``, ``LƯƠNG``)
    "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI",
    "TRƯỜNG CAO ĐẲNG SƯ PHẠM ĐẮK LẮK",
    "TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VINH",
    "TRƯỜNG ĐẠI HỌC NÔNG LÂM THÁI NGUYÊN",
    "TỔNG CÔNG TY LƯƠNG THỰC MIỀN NAM",
    "VIỆN VẬT LÝ ĐỊA CẦU",
    # a university named after a person
    "TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG",
    # a letter alone is a word of a name in capitals
    "TRƯỜNG ĐẠI HỌC Y DƯỢC HUẾ",
    # a document type that is a school's field
    "TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI",
    # vocational colleges, numbered
    "TRƯỜNG CAO ĐẲNG NGHỀ SỐ 8",
])
def test_capitalised_school_read_whole(name: str) -> None:
    assert _mentions(f"Kính gửi: {name}\n") == [name]


def test_header_school_under_its_ministry() -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI\n\nSố: 15/TB-ĐHSP\n\n"
        "THÔNG BÁO\nVề việc tổ chức hội thảo khoa học\n\n"
        "1. Giao Phòng Khoa học công nghệ chủ trì tổ chức hội thảo.\n"
    )
    assert "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI" in _mentions(text)
    assert "TRƯỜNG ĐẠI HỌC SƯ" not in _mentions(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kính gửi: Trường Cao đẳng nghề số 8 tỉnh Nghệ An\n",
     "Trường Cao đẳng nghề số 8 tỉnh Nghệ An"),
    ("Kính gửi: Trường Trung cấp nghề số 2\n", "Trường Trung cấp nghề số 2"),
    ("Kính gửi: Trường Đại học Luật Thành phố Hồ Chí Minh\n",
     "Trường Đại học Luật Thành phố Hồ Chí Minh"),
])
def test_school_in_running_case(text: str, name: str) -> None:
    assert name in _mentions(text)


def test_document_type_after_issuer_stays_type() -> None:
    # a type word opening its own line under the issuer is the document's type
    d = vbcd.parse("SỞ Y TẾ\nSố: 12/KH-SYT\n\nKẾ HOẠCH\nTriển khai tiêm chủng\n")
    assert d.doc_type is not None and d.doc_type.code == "KH"
    assert "SỞ Y TẾ KẾ HOẠCH" not in _mentions("SỞ Y TẾ\nKẾ HOẠCH\nTriển khai\n")
