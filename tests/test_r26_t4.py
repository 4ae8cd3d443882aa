"""OCR damage in cited and header numbers (round 26, gap T4): a number with one bare
code cited after a type word with no ``số`` (``Công văn O5/UBND``, ``Kế hoạch 2O/KH``),
its look-alike letters read as digits one for one; ``S0:`` read as the ``Số:`` label."""

from vbcd import parse

_HEAD = ("ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "XÃ BÌNH KHÁNH                         Độc lập - Tự do - Hạnh phúc\n")


def _doc(number_line: str, body: str) -> str:
    return (_HEAD + number_line + "               Bình Khánh, ngày 12 tháng 5 năm 2025\n\n"
            "V/v rà soát hộ nghèo\n\nKính gửi: Công an xã.\n\n" + body + "\n")


def _refs(text: str) -> list[tuple[str, str | None]]:
    return [(r.number, r.type) for r in parse(text).references]


def test_bare_code_after_type_word_clean() -> None:
    text = _doc("Số: 31/UBND", "Thực hiện Công văn 07/UBND của Ủy ban nhân dân huyện, "
                "Ủy ban nhân dân xã đề nghị Công an xã báo cáo.")
    assert ("07/UBND", "Công văn") in _refs(text)


def test_bare_code_with_lookalike_letters() -> None:
    text = _doc("Số: 31/UBND", "Thực hiện Kế hoạch 2O/KH của Ủy ban nhân dân huyện và "
                "Công văn O9/UBND, Ủy ban nhân dân xã đề nghị Công an xã báo cáo.")
    refs = _refs(text)
    assert ("20/KH", "Kế hoạch") in refs
    assert ("09/UBND", "Công văn") in refs


def test_header_label_read_as_s_zero() -> None:
    doc = parse(_doc("S0: 46/UBND", "Ủy ban nhân dân xã đề nghị Công an xã báo cáo."))
    assert doc.number is not None and doc.number.value == "46/UBND"


def test_near_miss_project_short_name_and_letters_only() -> None:
    # ``Đề án 06/CP`` names a project; ``lO/KH`` holds no digit: neither is read
    text = _doc("Số: 31/UBND", "Triển khai Đề án 06/CP và mục lO/KH trong phụ lục, "
                "Ủy ban nhân dân xã đề nghị Công an xã báo cáo.")
    numbers = [n for n, _ in _refs(text)]
    assert "06/CP" not in numbers and "10/KH" not in numbers


def _signed(name_line: str) -> str:
    return _doc("Số: 31/UBND", "Ủy ban nhân dân xã đề nghị Công an xã báo cáo.") + (
        "\nNơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
        "- Như trên;                                 CHỦ TỊCH\n- Lưu: VT.\n\n"
        "                                            " + name_line + "\n")


def test_caps_signer_surname_with_misread_marks() -> None:
    sig = parse(_signed("NGUYÊN THANH LONG")).signature
    assert sig is not None and sig.title == "CHỦ TỊCH"
    assert sig.name == "NGUYÊN THANH LONG"


def test_caps_misread_surname_not_read_outside_the_block() -> None:
    from vbcd.extract.person_scan import caps_name
    assert not caps_name("NGUYÊN THANH LONG")  # only the block's last line reads it
