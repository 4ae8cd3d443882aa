"""Round 13, PN: officials' names after a title, an organ and its level word, and
names after a specialist doctor's grade or before an adviser's title."""

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: [x.title for x in p.positions] for p in vbcd.parse(text).persons}


def test_rare_surname_after_titled_province_organ_is_the_official() -> None:
    text = "Giao Chủ tịch UBND tỉnh Cao Tường Huy chỉ đạo thực hiện."
    assert _agencies(text) == ["UBND tỉnh"]
    assert "Cao Tường Huy" in _persons(text)


def test_rare_surname_after_titled_commune_party_committee() -> None:
    text = "Đồng chí Bí thư Đảng ủy xã Hà Văn Sơn phụ trách."
    assert not any("Hà Văn Sơn" in a for a in _agencies(text))
    assert "Hà Văn Sơn" in _persons(text)


def test_two_syllable_unknown_province_after_title_is_no_place() -> None:
    d = vbcd.parse("Phó Chủ tịch UBND tỉnh Hoàng Nam ký thay.")
    assert [a.name for a in d.agencies] == ["UBND tỉnh"]
    assert not d.places


def test_commune_without_title_keeps_its_name() -> None:
    assert _agencies("Giao UBND xã Cao Xuân Lộc chủ trì.") == ["UBND xã Cao Xuân Lộc"]


def test_specialist_grade_with_its_dot_opens_a_name() -> None:
    assert "Lê Văn An" in _persons("Mời BS.CKII. Lê Văn An tham dự cuộc họp.")


def test_adviser_title_after_a_foreign_name() -> None:
    persons = _persons("Mời ông Yamada Kenji, Chuyên gia JICA tham dự.")
    assert persons.get("Yamada Kenji") == ["Chuyên gia"]
