"""Round 26 (S1): clerical work and archives (văn thư, lưu trữ, records councils).

Invented text throughout: an archive's units keep ``Lưu trữ`` in their name although
``Lưu`` opens the archive line elsewhere (``Trung tâm Lưu trữ lịch sử tỉnh``, ``Phòng Lưu
trữ``); the council that appraises records before destruction takes ``xác định giá trị tài
liệu`` as its topic; records staff are named by a title that holds the records word
(``viên chức lưu trữ Văn phòng UBND huyện``); an agency's clerical office is the subject
of the records rules (``Văn thư cơ quan chịu trách nhiệm ...``).
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Các sở giao nộp hồ sơ vào Trung tâm Lưu trữ lịch sử tỉnh trước ngày 30/9.",
     "Trung tâm Lưu trữ lịch sử tỉnh"),
    ("Phòng Lưu trữ trình Chánh Văn phòng danh mục tài liệu hết giá trị.", "Phòng Lưu trữ"),
    ("Giao Trung tâm Lưu trữ quốc gia III tiếp nhận tài liệu nộp lưu.",
     "Trung tâm Lưu trữ quốc gia III"),
    ("Thành lập Hội đồng xác định giá trị tài liệu của Sở Xây dựng gồm các ông, bà sau.",
     "Hội đồng xác định giá trị tài liệu"),
    ("Hội đồng Xác định giá trị tài liệu thẩm tra danh mục trước ngày 15/5.",
     "Hội đồng Xác định giá trị tài liệu"),
])
def test_archive_units_and_records_council(text: str, name: str) -> None:
    names = _names(text)
    assert any(n.startswith(name) for n in names), names


@pytest.mark.parametrize(("line", "title", "organ"), [
    ("2. Bà Lê Thị Cúc, viên chức lưu trữ Văn phòng HĐND và UBND huyện - Thư ký.",
     "viên chức lưu trữ", "Văn phòng HĐND và UBND huyện"),
    ("3. Ông Vàng A Sùng, công chức văn thư Văn phòng UBND xã - Thư ký.",
     "công chức văn thư", "Văn phòng UBND xã"),
    ("4. Bà Đinh Thị Nga, Lưu trữ viên chính Trung tâm Lưu trữ lịch sử tỉnh - Ủy viên.",
     "Lưu trữ viên chính", "Trung tâm Lưu trữ lịch sử tỉnh"),
])
def test_records_staff_titles(line: str, title: str, organ: str) -> None:
    doc = parse("Điều 1. Thành lập Hội đồng gồm:\n1. Ông Lâm Văn Tú, Phó Giám đốc Sở - "
                "Chủ tịch Hội đồng;\n" + line + "\n")
    person = doc.persons[-1]
    got = [(p.title, p.organ) for p in person.positions]
    assert (title, organ) in got, got


@pytest.mark.parametrize(("clause", "actor"), [
    ("a) Văn thư cơ quan chịu trách nhiệm kiểm tra thể thức văn bản trước khi phát hành.",
     "Văn thư cơ quan"),
    ("a) Văn thư đơn vị thực hiện ký số trước khi phát hành văn bản.",
     "Văn thư đơn vị"),
    ("a) Giao bộ phận văn thư cập nhật mã định danh điện tử của cơ quan.",
     "bộ phận văn thư"),
])
def test_clerical_office_is_an_actor(clause: str, actor: str) -> None:
    doc = parse("Kính gửi: Các sở, ngành.\n1. Về chữ ký số\n" + clause + "\n")
    actors = [a.actor for a in doc.assignments]
    assert actor in actors, actors
