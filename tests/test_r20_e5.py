"""Round 20, E5: personnel and emulation-reward decisions (invented texts).

* a list of people rewarded printed one cell a line (a PDF's text layer): a name after
  a rank or a degree whose surname is in no table (``Trung úy Ksă Blũ``), an Ê Đê name
  whose clan name is no Vietnamese syllable (``TS. Y Drin Êban``), a position cell
  wrapped over lines (``... Kế hoạch và Phát`` / ``triển nông thôn``);
* a commune's post located by its district and province after commas (``Chủ tịch UBND
  xã A, huyện B, tỉnh C``);
* a degree written out between the name and the posts (``ông A, Thạc sĩ Luật, Phó
  Giám đốc ...``);
* ``Vụ Chính quyền địa phương`` and the abbreviation ``TĐKT`` (Thi đua - Khen thưởng).
"""

from __future__ import annotations

from vbcd import parse

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 771/QĐ-UBND
Đà Lạt, ngày 09 tháng 5 năm 2022
QUYẾT ĐỊNH
Về việc tặng Bằng khen
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT ĐỊNH:
Điều 1. {body}
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Tuấn
{annex}"""

_TABLE = """DANH SÁCH
STT
Họ và tên
Chức vụ, đơn vị công tác
1
Trung úy Ksă Blũ
Cán bộ Đội Cảnh sát giao thông, Công
an huyện Lạc Dương
2
TS. Y Drin Êban
Trưởng phòng Kế hoạch và Phát
triển nông thôn, Sở Nông nghiệp
3
Bà Lê Thị Thanh
Chủ tịch Hội Phụ nữ xã Đạ Sar, huyện
Lạc Dương
"""


def _persons(body: str, annex: str = "") -> dict[str, list[str]]:
    doc = parse(_HEAD.format(body=body, annex=annex))
    return {p.name: [" ".join(f"{x.title} {x.organ or ''}".split()) for x in p.positions]
            for p in doc.persons}


def _agencies(body: str) -> list[str]:
    return [a.name for a in parse(_HEAD.format(body=body, annex="")).agencies]


def test_name_after_rank_in_a_table_cell() -> None:
    people = _persons("Tặng Bằng khen cho các cá nhân có tên trong danh sách.", _TABLE)
    assert people.get("Ksă Blũ") == [
        "Cán bộ Đội Cảnh sát giao thông, Công an huyện Lạc Dương"]


def test_ede_name_after_degree_in_a_table_cell() -> None:
    people = _persons("Tặng Bằng khen cho các cá nhân có tên trong danh sách.", _TABLE)
    assert "Y Drin Êban" in people


def test_position_cell_wrapped_over_lines() -> None:
    people = _persons("Tặng Bằng khen cho các cá nhân có tên trong danh sách.", _TABLE)
    assert people["Y Drin Êban"] == [
        "Trưởng phòng Kế hoạch và Phát triển nông thôn, Sở Nông nghiệp"]


def test_commune_post_located_by_district_in_a_cell() -> None:
    people = _persons("Tặng Bằng khen cho các cá nhân có tên trong danh sách.", _TABLE)
    assert people["Lê Thị Thanh"] == ["Chủ tịch Hội Phụ nữ xã Đạ Sar, huyện Lạc Dương"]


def test_commune_post_located_by_district_and_province() -> None:
    people = _persons("Tặng Bằng khen cho ông Trần Văn Lực, Chủ tịch UBND xã Tà Nung, "
                      "thành phố Đà Lạt, tỉnh Lâm Đồng, đã có thành tích xuất sắc.")
    assert people["Trần Văn Lực"] == ["Chủ tịch UBND xã Tà Nung, thành phố Đà Lạt, tỉnh Lâm Đồng"]


def test_two_communes_are_not_one_post() -> None:
    people = _persons("Tặng Bằng khen cho ông Trần Văn Lực, Chủ tịch UBND xã Tà Nung, "
                      "xã Tà Năng và các tập thể.")
    assert people["Trần Văn Lực"] == ["Chủ tịch UBND xã Tà Nung"]


def test_degree_written_out_before_the_post() -> None:
    people = _persons("Bổ nhiệm ông Hoàng Minh Khôi, Thạc sĩ Luật, Phó Giám đốc Sở Tư pháp, "
                      "giữ chức vụ Giám đốc Sở Tư pháp.")
    assert people["Hoàng Minh Khôi"] == ["Phó Giám đốc Sở Tư pháp"]


def test_local_government_department() -> None:
    people = _persons("Điều động bà Vi Thị Hằng, Phó Vụ trưởng Vụ Chính quyền địa phương, "
                      "đến nhận công tác tại Văn phòng Bộ.")
    assert people["Vi Thị Hằng"] == ["Phó Vụ trưởng Vụ Chính quyền địa phương"]


def test_emulation_board_abbreviation_is_the_board() -> None:
    names = _agencies("Giao Ban Thi đua - Khen thưởng tỉnh chủ trì; Ban TĐKT tỉnh tổng hợp.")
    assert "Ban TĐKT tỉnh" not in names
    assert "Ban Thi đua - Khen thưởng tỉnh" in names
