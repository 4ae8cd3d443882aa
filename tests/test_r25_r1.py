"""Round 25, R1: a mass organisation's short form is the organ named in full elsewhere
in the same document (invented documents)."""

from __future__ import annotations

from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[list[str]]:
    return [[m.text for m in a.mentions] for a in find_agencies(text)]


def _group_of(text: str, mention: str) -> list[str]:
    for group in _names(text):
        if mention in group:
            return group
    raise AssertionError(f"{mention!r} not found in {_names(text)}")


def test_one_word_front_committee_joins_full_name() -> None:
    text = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì vận động.\n"
            "Nơi nhận:\n- UBMTTQVN tỉnh;\n- Lưu: VT.\n")
    assert _group_of(text, "UBMTTQVN tỉnh") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQVN tỉnh"]


def test_front_committee_with_and_without_viet_nam() -> None:
    text = ("Ủy ban MTTQ Việt Nam tỉnh chủ trì ngày hội.\n"
            "Nơi nhận:\n- Ủy ban MTTQ tỉnh;\n- Lưu: VT.\n")
    assert len(_group_of(text, "Ủy ban MTTQ tỉnh")) == 2


def test_front_board_abbreviated() -> None:
    text = ("Phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức "
            "tiếp xúc cử tri.\nNơi nhận:\n- Ban TT UBMTTQVN tỉnh;\n")
    assert len(_group_of(text, "Ban TT UBMTTQVN tỉnh")) == 2


def test_farmers_and_youth_unions_abbreviated() -> None:
    text = ("Hội Nông dân tỉnh và Đoàn Thanh niên tỉnh phối hợp thực hiện.\n"
            "Nơi nhận:\n- Hội ND tỉnh;\n- Đoàn TN tỉnh;\n- Lưu: VT.\n")
    assert _group_of(text, "Hội ND tỉnh") == ["Hội Nông dân tỉnh", "Hội ND tỉnh"]
    assert _group_of(text, "Đoàn TN tỉnh") == ["Đoàn Thanh niên tỉnh", "Đoàn TN tỉnh"]


def test_department_abbreviated_with_comma_and_ampersand() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔ LƯƠNG\n"
            "Căn cứ hướng dẫn của Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An, UBND huyện "
            "giao nhiệm vụ.\nNơi nhận:\n- Sở VH,TT&DL tỉnh (b/c);\n- Lưu: VT.\n")
    assert len(_group_of(text, "Sở VH,TT&DL tỉnh")) == 2


def test_near_miss_other_union_stays_apart() -> None:
    # the farmers' union is not the veterans' union, nor the front
    text = ("Hội Cựu chiến binh tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp.\n"
            "Nơi nhận:\n- Hội ND tỉnh;\n- Lưu: VT.\n")
    assert _group_of(text, "Hội ND tỉnh") == ["Hội ND tỉnh"]
    assert _group_of(text, "Hội Cựu chiến binh tỉnh") == ["Hội Cựu chiến binh tỉnh"]
