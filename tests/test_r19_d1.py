"""Round 19, D1: ministries' decisions with member lists (invented texts).

* a member table printed one cell a line (a PDF's text layer): wrapped names, the role
  column, a role wrapped before its board's name, a page number between rows;
* degrees with their dot before a name in a table cell (``PGS.TS. Lê Văn A``);
* the procuracy's departments named with ``việc`` and with ``tạm giữ`` inside a title
  (``Phó Trưởng phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự``);
* a section name wrapped before a small word (``bệnh truyền`` / ``nhiễm, Viện ...``);
* a department named by its number (``Vụ 8``) and the high procuracies and courts
  (``Viện kiểm sát nhân dân cấp cao tại Đà Nẵng``).
"""

from __future__ import annotations

from vbcd import parse

_PDF_TABLE = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 604/QĐ-BKHCN
Hà Nội, ngày 11 tháng 4 năm 2018
QUYẾT ĐỊNH
Thành lập Hội đồng tư vấn tuyển chọn nhiệm vụ
Điều 1. Thành lập Hội đồng gồm các ông, bà có tên trong danh sách kèm theo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Mẫn Đức Thuận
DANH SÁCH
STT
Họ và tên
Chức vụ, đơn vị công tác
Nhiệm vụ trong Hội đồng
1
PGS.TS. Khúc Thị Minh
Châu
Viện trưởng Viện Hóa học
Chủ tịch Hội
đồng
2
TS. Lâm Quốc Việt
Phó Vụ trưởng Vụ Khoa học và Công
nghệ các ngành kinh tế - kỹ thuật
Phó Chủ tịch
Hội đồng
4
3
ThS. Tô Văn Hiếu
Chuyên viên chính Văn phòng Bộ
Ủy viên kiêm
Thư ký
"""


def _positions(doc: object, name: str) -> list[str]:
    text = doc.text  # type: ignore[attr-defined]
    for p in doc.persons:  # type: ignore[attr-defined]
        if p.name == name:
            return [" ".join(text[x.start:x.end].split()) for x in p.positions]
    raise AssertionError(f"{name} not found")


def test_pdf_member_table_reads_names_and_roles() -> None:
    doc = parse(_PDF_TABLE)
    names = {p.name for p in doc.persons}
    assert "Khúc Thị Minh Châu" in names
    assert "Khúc Thị Minh" not in names
    assert _positions(doc, "Khúc Thị Minh Châu") == [
        "Viện trưởng Viện Hóa học", "Chủ tịch Hội đồng"]
    assert "Phó Chủ tịch Hội đồng" in _positions(doc, "Lâm Quốc Việt")


def test_pdf_member_table_role_after_page_number_and_joined_role() -> None:
    doc = parse(_PDF_TABLE)
    pos = _positions(doc, "Tô Văn Hiếu")
    assert pos[0] == "Chuyên viên chính Văn phòng Bộ"
    assert len(pos) > 1 and "Thư ký" in " ".join(pos[1:])


def test_pdf_member_table_role_cell_after_organ_head_word() -> None:
    text = """STT
Họ và tên
Chức vụ
Chức danh
1
Ông Sùng Văn Sênh
Chánh Văn phòng Bộ
Thành viên
2
Bà Âu Thị Hảo
Phó Vụ trưởng Vụ Pháp chế, Bộ
Xây dựng
Thành viên
"""
    doc = parse(text)
    assert _positions(doc, "Sùng Văn Sênh") == ["Chánh Văn phòng Bộ", "Thành viên"]
    assert _positions(doc, "Âu Thị Hảo")[-1] == "Thành viên"


def test_one_cell_lines_without_a_name_column_give_no_person() -> None:
    text = """TT
Nội dung
Thời gian
1
Rà soát hồ sơ
Tháng 5
2
Họp Hội đồng
Tháng 6
"""
    assert parse(text).persons == []


def test_procuracy_department_with_tam_giu_in_title() -> None:
    text = ("Điều 1. Thành lập Tổ công tác gồm:\n"
            "1. Ông Đèo Văn Sướng, Phó Trưởng phòng Kiểm sát việc tạm giữ, tạm giam và thi "
            "hành án hình sự, Viện kiểm sát nhân dân tỉnh Sơn La - Tổ trưởng;\n"
            "2. Bà Vàng Thị Dợ, Kiểm tra viên - thành viên.\n")
    doc = parse(text)
    pos = _positions(doc, "Đèo Văn Sướng")
    assert pos[0].startswith(
        "Phó Trưởng phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự")
    assert pos[-1] == "Tổ trưởng"


def test_procuracy_department_with_viec_as_organ() -> None:
    text = ("Xét đề nghị của Vụ trưởng Vụ Kiểm sát việc tạm giữ, tạm giam và thi hành "
            "án hình sự Viện kiểm sát nhân dân tối cao.\n")
    names = [a.name for a in parse(text).agencies]
    assert "Vụ Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự" in names


def test_section_name_wrapped_before_small_word() -> None:
    text = ("1. BSCKI. Mùa A Páo, Trưởng khoa Kiểm soát bệnh truyền\n"
            "nhiễm, Trung tâm Kiểm soát bệnh tật tỉnh - thành viên.\n")
    pos = _positions(parse(text), "Mùa A Páo")
    assert pos[0] == ("Trưởng khoa Kiểm soát bệnh truyền nhiễm, "
                      "Trung tâm Kiểm soát bệnh tật tỉnh")


def test_numbered_department_and_high_procuracy() -> None:
    text = ("Điều 2. Vụ 2 chủ trì, phối hợp với Viện kiểm sát nhân dân cấp cao tại Đà "
            "Nẵng và Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh thực hiện.\n")
    names = [a.name for a in parse(text).agencies]
    assert "Vụ 2" in names
    assert "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng" in names
    assert "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh" in names


def test_numbered_head_takes_no_name_after_it() -> None:
    text = "Gửi Giám đốc Sở Nội vụ Hà Văn Chung và Phó Vụ trưởng Vụ 8 dự họp.\n"
    names = [a.name for a in parse(text).agencies]
    assert "Sở Nội vụ" in names
    assert "Vụ 8" in names


def test_pdf_member_table_workplace_column_gives_the_post() -> None:
    text = """STT
Họ và tên
Đơn vị công tác
Vai trò
1
Bà Mạc Thị
Thoa
Phó Giám đốc Sở Tư pháp
Trưởng ban
2
Ông Bạch Văn Tùng
Trưởng phòng Hành chính tư pháp
Thành viên
"""
    doc = parse(text)
    assert _positions(doc, "Mạc Thị Thoa") == ["Phó Giám đốc Sở Tư pháp", "Trưởng ban"]
    assert _positions(doc, "Bạch Văn Tùng")[-1] == "Thành viên"
