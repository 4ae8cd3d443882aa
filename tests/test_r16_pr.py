"""Round 16 (PR): persons. A name in a list of the bodies an order comes from keeps only
its own title (the titles after it are the list's items, other holders'); a name after
a mixed-case abbreviated title (``PTTg``) takes no position list after it, as one after
``PCN`` does not; the standing deputies' glued abbreviations (``PCTTT``, ``PBTTT``);
an abbreviation's dot stays in the position, as the gold writes ``Phó CTr.``."""

from __future__ import annotations

import pytest

import vbcd

_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 415/UBND-TH\nV/v triển khai nhiệm vụ\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n{body}\n"
    "Nơi nhận:\n{recipients}- Lưu: VT, TH.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLương Văn Đạt\n"
)


def _positions(body: str, recipients: str = "- Như trên;\n") -> dict[str, list[str]]:
    doc = vbcd.parse(_LETTER.format(body=body, recipients=recipients))
    return {
        p.name: [" ".join(doc.text[q.start:q.end].split()) for q in p.positions]
        for p in doc.persons
    }


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Thực hiện chỉ đạo của Bộ Chính trị, Ban Bí thư, trực tiếp là Tổng Bí thư "
         "Hoàng Minh Khôi, Thường trực Ban Bí thư, Chính phủ, Thủ tướng Chính phủ, "
         "UBND tỉnh yêu cầu các sở, ngành thực hiện.",
         "Hoàng Minh Khôi", ["Tổng Bí thư"]),
        ("Quán triệt ý kiến của Tỉnh ủy, Bí thư Tỉnh ủy Trần Quang Vinh, Thường trực "
         "Tỉnh ủy, Ủy ban nhân dân tỉnh, các cơ quan tập trung thực hiện.",
         "Trần Quang Vinh", ["Bí thư Tỉnh ủy"]),
        ("Theo chỉ đạo của Thủ tướng Chính phủ, Phó Thủ tướng Ngô Văn Thuận, Thường "
         "trực Chính phủ, Văn phòng Chính phủ, các sở báo cáo tiến độ.",
         "Ngô Văn Thuận", ["Phó Thủ tướng"]),
    ],
)
def test_titles_in_a_list_of_bodies_are_not_the_names_posts(
        body: str, name: str, expected: list[str]) -> None:
    assert _positions(body)[name] == expected


def test_posts_after_a_titled_name_before_a_semicolon_stay() -> None:
    body = ("Theo đề nghị của Phó Thủ tướng Chính phủ Đinh Văn Lực, Trưởng Ban Chỉ đạo "
            "quốc gia; Bộ Tài chính hướng dẫn.")
    assert _positions(body)["Đinh Văn Lực"] == [
        "Phó Thủ tướng Chính phủ", "Trưởng Ban Chỉ đạo quốc gia"]


@pytest.mark.parametrize(
    "recipients",
    [
        "- TTg, PTTg Đinh Quang Hưng, Thư ký TTg;\n",
        "- VPCP: BTCN, Trợ lý PTTg Đinh Quang Hưng, Thư ký TTg;\n",
        "- Trợ lý PTTgCP Đinh Quang Hưng, Trợ lý TTgCP, Cổng TTĐT;\n",
    ],
)
def test_no_office_list_read_after_a_mixed_case_abbreviation(recipients: str) -> None:
    positions = _positions("UBND tỉnh giao các sở thực hiện./.", recipients)
    assert not any(p.startswith(("Thư ký", "Trợ lý")) for p in positions["Đinh Quang Hưng"])


@pytest.mark.parametrize(
    ("recipients", "name", "expected"),
    [
        ("- Đ/c Nguyễn Văn Hai - PCTTT UBND tỉnh (để b/c);\n", "Nguyễn Văn Hai",
         ["PCTTT UBND tỉnh"]),
        ("- PCTTT Trần Văn Bắc;\n", "Trần Văn Bắc", ["PCTTT"]),
        ("- PBTTT Tỉnh ủy Lê Văn Ba (để b/c);\n", "Lê Văn Ba", ["PBTTT Tỉnh ủy"]),
    ],
)
def test_standing_deputy_abbreviations(recipients: str, name: str, expected: list[str]) -> None:
    assert _positions("UBND tỉnh giao các sở thực hiện./.", recipients)[name] == expected


def test_abbreviation_dot_stays_in_the_position() -> None:
    recipients = "- PCT.Trần Văn Sơn (để b/c);\n- PGĐ. Nguyễn Văn Bảy;\n"
    positions = _positions("UBND tỉnh giao các sở thực hiện./.", recipients)
    assert positions["Trần Văn Sơn"] == ["PCT."]
    assert positions["Nguyễn Văn Bảy"] == ["PGĐ."]


@pytest.mark.parametrize(
    ("recipients", "name", "expected"),
    [
        ("- Thư ký PCT UBND tỉnh Lê Văn Á;\n", "Lê Văn Á", ["PCT UBND tỉnh"]),
        ("- Trợ lý BT Bộ Y tế Nguyễn Văn Bình;\n", "Nguyễn Văn Bình", ["BT Bộ Y tế"]),
        ("- Thư ký PCTTT UBND huyện Tăng Văn Sỹ;\n", "Tăng Văn Sỹ", ["PCTTT UBND huyện"]),
    ],
)
def test_staff_title_before_a_leaders_abbreviation_and_organ(
        recipients: str, name: str, expected: list[str]) -> None:
    assert _positions("UBND tỉnh giao các sở thực hiện./.", recipients)[name] == expected


def test_branch_abbreviation_after_a_director_stays_in_the_organ() -> None:
    recipients = "- Ông Trần Văn Đức, Giám đốc CN Văn phòng đăng ký đất đai;\n"
    positions = _positions("UBND tỉnh giao các sở thực hiện./.", recipients)
    assert positions["Trần Văn Đức"][0].startswith("Giám đốc CN")


def test_dotted_cn_is_a_degree_not_a_title() -> None:
    text = (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 77/QĐ-SKHCN\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\n"
        "Điều 1. Thành lập Hội đồng gồm các ông, bà có tên sau:\n"
        "1. TS. Lò Văn Uy, Trường Đại học Tây Bắc - Chủ tịch Hội đồng;\n"
        "2. CN. Mạc Thị Vân, chuyên viên Phòng Quản lý khoa học - Thư ký hành chính.\n"
        "Điều 2. Quyết định có hiệu lực từ ngày ký.\nGIÁM ĐỐC\nNinh Văn Xuân\n"
    )
    doc = vbcd.parse(text)
    (person,) = [p for p in doc.persons if p.name == "Mạc Thị Vân"]
    titles = [q.title for q in person.positions]
    assert "CN." not in titles and "CN" not in titles
    assert "Thư ký hành chính" in titles
