"""Layer 1: decoding, normalisation and the offset map back to the input."""

from __future__ import annotations

import codecs
import re
import unicodedata

import pytest

import vbcd
from vbcd.errors import BinaryInputError, InputTooLargeError, VbcdError
from vbcd.normalize import decode, fold_tones, map_offset, normalize


def test_decode_utf8_bom_utf16_and_cp1258() -> None:
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode(text.encode("utf-16"))[0] == text
    assert decode(text.encode("utf-16-le"))[0] == text
    plain = "Hà Nội, ngày 04 tháng 02 năm 2021"
    decoded, enc = decode(_cp1258(plain))
    assert enc == "cp1258"
    assert unicodedata.normalize("NFC", decoded) == plain


def _cp1258(text: str) -> bytes:
    """Windows-1258 as old editors wrote it: base letters precomposed, tones combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = [c for c in d if c in "\u0300\u0301\u0303\u0309\u0323"]
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + "".join(tones)).encode("cp1258")
    return out


def test_binary_input_is_a_clear_error() -> None:
    with pytest.raises(BinaryInputError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(VbcdError):
        vbcd.parse(b"\x00\x01\x02\x03" * 100)


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError):
        normalize("a" * 101, max_chars=100)


def test_nfd_is_composed_and_offsets_map_back() -> None:
    raw = unicodedata.normalize("NFD", "Nơi nhận: Sở Y tế")
    n = normalize(raw)
    assert n.text == "Nơi nhận: Sở Y tế"
    start = n.text.index("Sở")
    a, b = map_offset(n.anchors, start), map_offset(n.anchors, start + 2)
    assert unicodedata.normalize("NFC", raw[a:b]) == "Sở"


def test_markdown_debris_removed_and_glued_type_line_split() -> None:
    n = normalize("THÔNG BÁO**Ý KIẾN CHỈ ĐẠO**\n## Mục\n*để báo cáo*\n__Nơi nhận__")
    assert n.text.splitlines()[:2] == ["THÔNG BÁO", "Ý KIẾN CHỈ ĐẠO"]
    assert "*" not in n.text and "#" not in n.text and "_" not in n.text
    # bold inside a word is not a line break
    assert normalize("C**ỤC THUẾ** ng**ày").text == "CỤC THUẾ ngày"


def test_table_pipes_become_cell_lines_and_rules_are_recorded() -> None:
    raw = "| THỦ TƯỚNG CHÍNH PHỦ -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
    n = normalize(raw)
    lines = [ln.strip() for ln in n.text.splitlines() if ln.strip()]
    assert lines == ["THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert n.rules


@pytest.mark.parametrize("rule", ["—–", "——", "–––––––", "---oOo---", "–o0o–", "~~~"])
def test_separator_lines_of_any_dash_are_rules(rule: str) -> None:
    raw = f"QUYẾT ĐỊNH\nVề việc ban hành quy chế làm việc\n{rule}\nCăn cứ Luật Tổ chức;\n"
    n = normalize(raw)
    assert n.rules and rule not in n.text
    doc = vbcd.parse(raw)
    assert doc.title is not None and doc.title.value == "Về việc ban hành quy chế làm việc"


def test_a_range_or_page_number_on_its_own_line_is_no_rule() -> None:
    for line in ("2020 – 2025", "oOo"):
        assert line in normalize(f"Về việc\n{line}\nCăn cứ").text
    # a page number between dashes is page furniture, not a rule: its line goes
    n = normalize("Về việc\n- 2 -\nCăn cứ")
    assert n.text == "Về việc\nCăn cứ" and not n.rules


def test_split_fixed_words_rejoined_only_from_lexicon() -> None:
    n = normalize("N ơi nhận:\nKính g ửi: Bộ Y tế\nHội Cự u Chiến binh")
    assert n.text.startswith("Nơi nhận:\nKính gửi:")
    # not a fixed word, and two syllables: left alone
    assert "Cự u" in n.text
    assert any(code == "split_word" for code, _ in n.notes)


def test_page_split_paragraph_rejoined() -> None:
    raw = "1. Các sở, ngành triển khai thực hiện các\n\n--- PAGE BREAK ---\n\nbiện pháp cấp bách."
    n = normalize(raw)
    assert "thực hiện các\nbiện pháp" in n.text
    assert n.page_breaks
    # a marker after a page break is not a continuation
    assert "\n\na) Sở" in normalize("ngành,\n\na) Sở Y tế").text


def test_fold_tones_keeps_length_and_unifies_placement() -> None:
    for old, new in (("uỷ ban", "ủy ban"), ("Hoà Bình", "Hòa Bình"), ("khoẻ", "khỏe"),
                     ("thuỷ", "thủy")):
        folded = fold_tones(old)
        assert folded == new and len(folded) == len(old)
    assert fold_tones("quỷ") == "quỷ"  # qu + y: the tone belongs on y
    assert fold_tones("hoàn thành") == "hoàn thành"  # final consonant: unchanged


def test_document_raw_span_round_trip() -> None:
    raw = "**THÔNG BÁO**\r\n\r\nKết luận của **Ban Thường vụ** Tỉnh ủy"
    doc = vbcd.parse(raw)
    i = doc.text.index("Ban Thường vụ")
    a, b = doc.raw_span(i, i + len("Ban Thường vụ"))
    assert raw[a:b] == "Ban Thường vụ"


def test_html_line_breaks_in_markdown_table_cells_become_lines() -> None:
    raw = ("| ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NAM<br>Số: 123/UBND-KT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
           "VIỆT NAM<BR/>Quảng Nam, ngày 10 tháng 11 năm 2025 |\n|---|---|\n"
           "V/v triển khai nhiệm vụ\n\nSở Tài chính báo cáo trước ngày 20/11/2025.\n\n"
           "| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | KT. CHỦ TỊCH<br />PHÓ CHỦ TỊCH<br><br>"
           "Hồ Quang Bửu |\n")
    norm = normalize(raw)
    assert "<br" not in norm.text.lower() and "TỈNH QUẢNG NAM\nSố:" in norm.text
    doc = vbcd.parse(raw)
    assert doc.number is not None and doc.number.value == "123/UBND-KT"
    assert doc.issue_date is not None and doc.issue_date.value == "2025-11-10"
    assert [r.text for r in doc.recipients] == ["Như trên"] and doc.archive == ["VT"]
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Hồ Quang Bửu")
    assert sig.name_start is not None and sig.name_end is not None
    a, b = doc.raw_span(sig.name_start, sig.name_end)
    assert raw[a:b] == "Hồ Quang Bửu"
    # text that only looks like a tag is left alone
    assert normalize("a <b> c <brick>").text == "a <b> c <brick>"


def test_a_crawler_caption_repeated_at_line_starts_is_removed() -> None:
    """A crawled page puts the document's caption before its parts; repeated, it is
    debris, and the articles behind it are read."""
    cap = "Quyết định 435/QĐ-UBND năm 2020. "
    raw = (f"{cap}ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nSố: 435/QĐ-UBND\n"
           "Kon Tum, ngày 4 tháng 5 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành chương trình\n"
           f"QUYẾT ĐỊNH:\n{cap}Điều 1.\n"
           f"Ban hành kèm theo Quyết định này Chương trình hành động.\n{cap}Điều 2.\n"
           "Quyết định này có hiệu lực kể từ ngày ký.\n")
    n = normalize(raw)
    assert cap not in n.text
    assert "\nĐiều 1.\n" in n.text
    i = n.text.index("Điều 2.")
    assert raw[n.raw_offset(i):n.raw_offset(i) + 7] == "Điều 2."
    doc = vbcd.parse(raw)
    assert [c.path for c in doc.iter_clauses()] == ["Điều 1", "Điều 2"]
    # once, it is a line of text like any other
    once = "Quyết định 12/QĐ-UBND năm 2020. Sửa đổi Điều 3 như sau.\n"
    assert normalize(once).text == once


def test_a_caption_takes_the_attachments_heading_put_after_it() -> None:
    """``Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG``: the
    crawler's breadcrumb holds the attachment's heading too; the section after it is
    read at its line start."""
    cap = "Quyết định 435/QĐ-UBND năm 2020. "
    raw = (f"{cap}Điều 1. Ban hành Chương trình hành động.\n{cap}Điều 2. Có hiệu lực.\n"
           f"{cap}CHƯƠNG TRÌNH HÀNH ĐỘNG. I. MỤC ĐÍCH\n1. Sở Y tế chủ trì thực hiện.\n"
           f"{cap}CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG\n1. Sở Nội vụ chủ trì.\n")
    n = normalize(raw)
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG" not in n.text
    assert "\nI. MỤC ĐÍCH\n" in n.text and "\nII. NỘI DUNG\n" in n.text
    i = n.text.index("II. NỘI DUNG")
    assert raw[n.raw_offset(i):n.raw_offset(i) + 12] == "II. NỘI DUNG"


def test_a_converters_hard_line_break_is_debris() -> None:
    """pandoc ends a hard-broken line, or a table cell's line, with a backslash
    (``BAN CHẤP HÀNH TRUNG ƯƠNG\\          ĐẢNG CỘNG SẢN VIỆT NAM\\``): it is removed, a
    backslash inside a line's text stays."""
    raw = ("BAN CHẤP HÀNH TRUNG ƯƠNG\\          ĐẢNG CỘNG SẢN VIỆT NAM\\\n"
           "Các tỉnh ủy, thành ủy,\\\nđường dẫn C:\\vbcd\\data\n")
    n = normalize(raw)
    assert n.text == ("BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\n"
                      "Các tỉnh ủy, thành ủy,\nđường dẫn C:\\vbcd\\data\n")
    doc = vbcd.parse(raw)
    assert doc.issuer is not None and doc.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG"


@pytest.mark.parametrize("cap", [
    "Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban "
    "hành. ", "Quyết định 05/2025/QĐ-TTg. "])
def test_a_caption_with_the_pages_title_or_without_its_year(cap: str) -> None:
    """The crawler's caption may carry the page's title of the document up to its stop,
    or no year: repeated at line starts it is debris all the same."""
    raw = (f"BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 1500/QĐ-BHXH\nHà Nội, ngày 5 tháng 3 năm 2015\n"
           f"QUYẾT ĐỊNH\nVề thẻ\n{cap}Điều 1. Ban hành mẫu thẻ.\n{cap}Điều 2. Có hiệu lực.\n")
    assert cap not in normalize(raw).text
    assert [c.path for c in vbcd.parse(raw).clauses] == ["Điều 1", "Điều 2"]


def test_a_grid_tables_borders_are_debris() -> None:
    """pandoc's grid table borders (``+-----+:----:+``, ``+=====+``) are whole lines of
    debris, like a pipe table's separator; the cells' text stays."""
    raw = ("Nội dung.\n+--------------+:------------:+\n| Nơi nhận: | TM. ỦY BAN |\n"
           "+==============+==============+\n| - Như trên; | CHỦ TỊCH |\n")
    text = normalize(raw).text
    assert "+--" not in text and "+==" not in text
    assert "Nơi nhận:" in text and "CHỦ TỊCH" in text


def test_a_two_column_grid_table_reads_as_two_columns_side_by_side() -> None:
    """A two-column grid table's line holds a piece of each cell: its outer pipes go
    and its inner one becomes a column gap (at least four blanks), so the columns stay
    apart on the line instead of interleaving as lines; a right cell holding only a
    hard line break leaves no blanks. A wider grid table keeps a line per cell."""
    raw = ("+----------------------------+----------------------------+\n"
           "| **UBND TỈNH NAM ĐỊNH**     | **CỘNG HÒA XÃ HỘI CHỦ**    |\n"
           "| SỞ Y TẾ                    | Độc lập - Tự do            |\n"
           "| Số: 12/SYT-NVY             | \\                          |\n"
           "+----------------------------+----------------------------+\n")
    n = normalize(raw)
    lines = n.text.splitlines()
    assert lines[1].split("    ")[0] == "UBND TỈNH NAM ĐỊNH"
    assert lines[1].endswith("    CỘNG HÒA XÃ HỘI CHỦ")
    assert " " * 4 in lines[2] and lines[2].startswith("SỞ Y TẾ")
    assert lines[3] == "Số: 12/SYT-NVY"
    i = n.text.index("Độc lập")
    assert raw[n.raw_offset(i):n.raw_offset(i) + 7] == "Độc lập"
    wide = "+----+----+----+\n| 1 | Sở Y tế | Quý II |\n+----+----+----+\n"
    assert "Sở Y tế\nQuý II" in normalize(wide).text


def test_grid_borders_and_pipe_separators_together() -> None:
    """A document may hold a grid table and a pipe table: every border and separator
    line is debris, and the text between maps back to the input."""
    raw = "+-----+-----+\n| a | b |\n|---|---|\n| c | d |\n+-----+-----+\nKết thúc.\n"
    n = normalize(raw)
    assert "---" not in n.text and "Kết thúc." in n.text
    i = n.text.index("Kết thúc.")
    assert raw[n.raw_offset(i):n.raw_offset(i) + 9] == "Kết thúc."


def test_symbol_bullets_and_markdown_list_marks_become_dashes() -> None:
    """A word processor's or a PDF's bullets and a Markdown list mark open an item the
    list readers know: written ``-``, each mapping back to its bullet. Emphasis marks,
    a bullet inside a line and a dash of another meaning are left alone."""
    raw = "**Nơi nhận:**\n• Sở Y tế;\n  ▪ Sở Tài chính;\n* Công an tỉnh;\n* Lưu: VT.\nA • B\n"
    n = normalize(raw)
    assert n.text == "Nơi nhận:\n- Sở Y tế;\n  - Sở Tài chính;\n- Công an tỉnh;\n- Lưu: VT.\nA • B\n"
    dashes = [i for i, c in enumerate(n.text) if c == "-"]
    assert [raw[map_offset(n.anchors, i)] for i in dashes] == ["•", "▪", "*", "*"]
    # a converter's emphasis opened before a blank and closed later is no list item
    assert normalize("* “Người khai hải quan\nkhai bổ sung:*\n").text == (
        " “Người khai hải quan\nkhai bổ sung:\n")
    # a bold pair inside an item closes no single star: the mark is a bullet
    assert normalize("* Hoàn thành **trước ngày 06/12/2025**.\n* Báo cáo kết quả.\n").text == (
        "- Hoàn thành trước ngày 06/12/2025.\n- Báo cáo kết quả.\n")
    assert normalize("**Giao Sở Y tế**\n* Rà soát **ngay**.\n* Báo cáo.\n").text == (
        "Giao Sở Y tế\n- Rà soát ngay.\n- Báo cáo.\n")
    doc = vbcd.parse("THÔNG BÁO\n1. Giao Sở Y tế thực hiện.\n\n" + raw.replace("A • B\n", "")
                     + "GIÁM ĐỐC\n\nTrần Văn An\n")
    assert [r.text for r in doc.recipients] == ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"]
    assert doc.archive == ["VT"]


def test_bullets_a_converter_left_as_letters_or_private_use_glyphs_become_dashes() -> None:
    """A Wingdings or Symbol bullet whose font was lost reads as a Latin-1 letter (``Ø``,
    ``ü``, ``§``) or a private-use glyph; Word's second-level ``o`` and an OCR'd ``_``
    open an item only before a blank and a capital."""
    raw = "Nơi nhận:\nØ Bộ Y tế (b/c);\nü Sở Tài chính;\n\uf0a7 Công an tỉnh;\no Lưu: VT.\n"
    n = normalize(raw)
    assert n.text == "Nơi nhận:\n- Bộ Y tế (b/c);\n- Sở Tài chính;\n- Công an tỉnh;\n- Lưu: VT.\n"
    assert normalize("Kính gửi:\n_ Các sở, ban, ngành;\n_ UBND các huyện.\n").text == (
        "Kính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện.\n")
    for kept in ("o bế\n", "_ đồng chí\n", "x\no quy định\n"):
        assert normalize(kept).text == kept
    doc = vbcd.parse("THÔNG BÁO\n1. Giao Sở Y tế thực hiện.\n\n" + raw + "GIÁM ĐỐC\n\nTrần Văn An\n")
    assert [r.text for r in doc.recipients] == ["Bộ Y tế", "Sở Tài chính", "Công an tỉnh"]
    assert doc.archive == ["VT"]


@pytest.mark.parametrize(("raw", "want"), [
    ("Thanh Hóa, ngày 2O tháng 1O năm 2O25", "Thanh Hóa, ngày 20 tháng 10 năm 2025"),
    ("ngày 20 tháng l0 năm 2025", "ngày 20 tháng 10 năm 2025"),
    ("trước ngày 15/l2/2025 và 2O/1O/2O25.", "trước ngày 15/12/2025 và 20/10/2025."),
    # no digit, or no date's frame: left alone
    ("ngày l tháng lO", "ngày l tháng lO"),
    ("Covid-l9 và 1O", "Covid-l9 và 1O"),
])
def test_letters_ocr_read_for_a_dates_digits_are_read_as_digits(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    assert len(n.text) == len(raw)  # one character for one: spans keep their place


@pytest.mark.parametrize(("raw", "want"), [
    ("Giao Sở Lao động\n- Thương binh và Xã hội chủ trì.",
     "Giao Sở Lao động - Thương binh và Xã hội chủ trì."),
    ("Sở Văn hóa  \n   – Thể thao và Du lịch", "Sở Văn hóa   – Thể thao và Du lịch"),
    ("tỉnh Bà Rịa\n- Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"),
])
def test_a_dashed_names_dash_wrapped_to_a_line_start_rejoins(raw: str, want: str) -> None:
    """A hard wrap that puts a name's dash at a line start (where it reads as a list
    item) is undone when the words on both sides are those of a dashed name in the
    tables; each offset still maps back."""
    n = normalize(raw)
    assert n.text == want
    for i, c in enumerate(n.text):
        if c not in " ":
            assert raw[map_offset(n.anchors, i)] == c


@pytest.mark.parametrize("raw", [
    "Nơi nhận:\n- Sở Giáo dục\n- Thể thao;\n- Lưu: VT.\n",  # two items
    "1. Lao động\n- Thương mại\n",  # no dashed name's words
    "Lao động;\n- Thương binh và Xã hội\n",  # the line ends with a mark
])
def test_a_list_item_after_a_line_is_no_wrapped_dash(raw: str) -> None:
    assert normalize(raw).text == raw


def test_windows_line_ends_and_no_break_spaces_do_not_hide_debris() -> None:
    """Every debris pass reads text with ``\\n`` line ends and plain spaces: a Markdown
    hard break before a CRLF, and a crawler's caption or a separator written with
    no-break spaces, are removed as in the plain file, offsets still mapping back."""
    plain = ("QUỐC HỘI\\\n--------\nNghị quyết 12/NQ-CP năm 2025. Điều 1.\nNội dung.\n"
             "Nghị quyết 12/NQ-CP năm 2025. Điều 2.\nHiệu lực.\n")
    want = normalize(plain).text
    assert "\\" not in want and "Nghị quyết 12" not in want
    crlf = plain.replace("\n", "\r\n")
    n = normalize(crlf)
    assert n.text == want
    at = n.text.index("Hiệu lực")
    assert crlf[map_offset(n.anchors, at):].startswith("Hiệu lực")
    assert normalize(plain.replace(" ", "\u00a0")).text == want


@pytest.mark.parametrize(("raw", "want"), [
    ("phản ánh về Sở (thông qua Chi\n                                2\ncục Môi trường)",
     "phản ánh về Sở (thông qua Chi\ncục Môi trường)"),
    ("đề nghị các\n\n- 3 -\n\nsở thực hiện", "đề nghị các\nsở thực hiện"),
    # centred under a heading whose text goes on with a capital
    ("2. Phòng Quản lý công nghiệp\n" + " " * 40 + "2\n\nChủ trì, phối hợp",
     "2. Phòng Quản lý công nghiệp\nChủ trì, phối hợp"),
    # the page's margins (blank lines) go too: a paragraph whose next page opens with a
    # capital (an organ's name) reads on, as one opening small does
    ("Giám đốc Sở Y tế; Chủ tịch\n\n" + " " * 40 + "2\n\nỦy ban nhân dân các huyện",
     "Giám đốc Sở Y tế; Chủ tịch\nỦy ban nhân dân các huyện"),
    # pdftotext's form feed: before the number (printed at the top of the next page)
    # or after it; one opening the next page's text stays as its line break
    ("Giám đốc Sở Y tế; Chủ tịch\n\n\f" + " " * 40 + "2\n\nỦy ban nhân dân",
     "Giám đốc Sở Y tế; Chủ tịch\nỦy ban nhân dân"),
    ("Giám đốc Sở Y tế; Chủ tịch\n\n" + " " * 40 + "2\n\fỦy ban nhân dân",
     "Giám đốc Sở Y tế; Chủ tịch\nỦy ban nhân dân"),
])
def test_a_page_number_inside_a_paragraph_is_removed(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    for i, c in enumerate(n.text):
        got = raw[map_offset(n.anchors, i)]
        assert got == c or (c, got) == ("\n", "\f")  # a form feed is a line break


@pytest.mark.parametrize(("raw", "want"), [
    ("- Sở Y tế;\n- 2 -\n- Lưu: VT.", "- Sở Y tế;\n- Lưu: VT."),
    ("thực hiện./.\n\nTrang 2/3\n\nNơi nhận:", "thực hiện./.\n\n\nNơi nhận:"),
    ("kết thúc.\nPage 2 of 5\nCác sở thực hiện", "kết thúc.\nCác sở thực hiện"),
    ("tổ chức\n\nTrang 2\n\nthực hiện", "tổ chức\nthực hiện"),
])
def test_a_page_footer_between_sentences_or_list_items_is_removed(raw: str, want: str) -> None:
    """``- 2 -`` and ``Trang 2/3`` are a page's number wherever they stand: their line
    goes even between sentences or a list's items (a bare ``2`` there may be a cell)."""
    n = normalize(raw)
    assert n.text == want
    at = n.text.rindex("\n") + 1
    assert raw[map_offset(n.anchors, at):].startswith(n.text[at:])


def test_a_recipient_item_with_no_letter_names_nobody() -> None:
    doc = vbcd.parse("THÔNG BÁO\n1. Giao Sở Y tế thực hiện./.\n\nNơi nhận:\n- Bộ Công an;\n2\n"
                     "- Sở Tài chính;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn An\n")
    assert [r.text for r in doc.recipients] == ["Bộ Công an", "Sở Tài chính"]


@pytest.mark.parametrize("raw", [
    "kết thúc.\n            2\nCác sở thực hiện",  # between sentences
    "Số lượng\n2\nngười",  # a table's cells on lines of their own
    "Tổng cộng\n                 12\nĐồng",  # the next line opens with a capital
])
def test_a_number_alone_on_a_line_elsewhere_stays(raw: str) -> None:
    assert normalize(raw).text == raw


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_a_converters_numbered_page_marker_is_a_page_break() -> None:
    raw = "--- PAGE 1 ---\nBỘ TÀI CHÍNH\nSố: 12/BTC-CST\n\n--- PAGE 2 ---\nTheo hướng dẫn"
    n = normalize(raw)
    assert _lines(n.text) == ["BỘ TÀI CHÍNH", "Số: 12/BTC-CST", "Theo hướng dẫn"]
    assert len(n.page_breaks) == 2
    doc = vbcd.parse(raw)
    assert doc.issuer is not None and doc.issuer.parent is None


_GAZETTE_PAGE = (
    "- Bộ trưởng Bộ Công an; \n- Bộ trưởng Bộ Tư pháp; \n"
    "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-05-21 08:05:48 +07:00\n\n"
    "CÔNG BÁO/Số 281/Ngày 21-05-2026 \n100\n \n \n"
    "- Bộ trưởng Bộ Y tế; \n2. Phối hợp với các Bộ, ngành nghiên cứu chính sách \n"
    "\n \n52 \nCÔNG BÁO/Số 687 + 688/Ngày 02-8-2021 \n  \n"
    "có liên quan đến tiền lương. \n"
)


def test_gazette_running_headers_and_signature_stamps_are_removed() -> None:
    """A gazette's running header (its page number before or after it) and the
    e-signature stamp printed over the page are no part of the text; the offsets of
    the text around them still map back."""
    n = normalize(_GAZETTE_PAGE)
    assert _lines(n.text) == [
        "- Bộ trưởng Bộ Công an;", "- Bộ trưởng Bộ Tư pháp;", "- Bộ trưởng Bộ Y tế;",
        "2. Phối hợp với các Bộ, ngành nghiên cứu chính sách",
        "có liên quan đến tiền lương.",
    ]
    assert len(n.page_breaks) >= 2
    assert ("page_furniture", "removed 1 electronic signature stamp(s) printed over the text") \
        in n.notes
    i = n.text.index("Bộ Y tế")
    a = map_offset(n.anchors, i)
    assert _GAZETTE_PAGE[a:a + 7] == "Bộ Y tế"
    doc = vbcd.parse("QUYẾT ĐỊNH\n" + _GAZETTE_PAGE)
    assert not any("BÁO" in a.name or "CHÍNH PHỦ" in a.name for a in doc.agencies)
    assert "2026-05-21" not in {d.value for d in doc.dates}


def test_a_portal_stamp_with_a_wrapped_value_is_removed() -> None:
    raw = ("Người ký: Sở Y tế\nEmail: syt@tphcm.gov.vn\nCơ quan: Thành phố Hồ Chí\nMinh\n\n"
           "Thời gian ký: 25.09.2020\n\nỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n")
    assert _lines(normalize(raw).text) == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]


@pytest.mark.parametrize("raw", [
    # a contact block: no signer, no signing time
    "Cơ quan: Sở Tài chính\nEmail: stc@gov.vn\n",
    # a crawler's metadata: the keys are not at line starts
    "Nơi ban hành: Thủ tướng Chính phủ Người ký: Nguyễn Văn A\nNgày ban hành: 30/06/2009\n",
    # a form's blank fields: no time in the signing time
    "Người ký: ..................\nNgày ký: ..................\n",
])
def test_key_lines_that_are_no_stamp_stay(raw: str) -> None:
    assert normalize(raw).text == raw


def test_a_websites_watermark_line_is_removed_whatever_its_marks() -> None:
    raw = ("4. Bộ Công an thông báo cho các Cơ quan đại diện\n\n"
           "THƯ VIEN PHAP LUAT* Tek +84-28-3930 3279 * www.ThuVienPhapLuat.vn\n\n"
           "Nguồn: www.thuvienphapluat.vn\n")
    n = normalize(raw)
    assert _lines(n.text) == ["4. Bộ Công an thông báo cho các Cơ quan đại diện",
                              "Nguồn: www.thuvienphapluat.vn"]


def test_a_gazettes_section_and_category_lines_above_the_header_are_removed() -> None:
    raw = (" \nCÔNG BÁO/Số 361 + 362/Ngày 28-02-2025 \n47 \n \nVĂN BẢN QUY PHẠM PHÁP LUẬT \n \n"
           "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n \nBỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \n \n"
           "Số: 169/QĐ-BLĐTBXH \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
           "Độc lập - Tự do - Hạnh phúc \n \nHà Nội, ngày 24 tháng 01 năm 2025 \n \n"
           "QUYẾT ĐỊNH \nVề việc công bố Danh mục văn bản \n")
    n = normalize(raw)
    assert _lines(n.text)[:3] == ["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "Số: 169/QĐ-BLĐTBXH"]
    doc = vbcd.parse(raw)
    assert doc.issuer is not None and doc.issuer.parent is None
    # without the gazette's header above, a line like it is the document's own
    plain = raw[raw.index("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ"):]
    assert normalize(plain).text == plain
    # a first line that is not the issuer's lines again stays
    other = raw.replace("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n", "BỘ TÀI CHÍNH \n")
    assert "BỘ TÀI CHÍNH" in normalize(other).text


def test_pdf_glyphs_for_u_horn_are_read_as_the_letter() -> None:
    raw = "KT. BỘ TRƢỞNG\nTHỨ TRƢỞNG\n\nNguyễn Trƣờng Sơn"
    n = normalize(raw)
    assert n.text == "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Trường Sơn"
    assert any(code == "pdf_glyph" for code, _ in n.notes)
    i = n.text.index("Trường")
    assert raw[map_offset(n.anchors, i):map_offset(n.anchors, i + 6)] == "Trƣờng"
    # text without Vietnamese letters keeps the glyph
    assert normalize("Ƣ ƣ gha").text == "Ƣ ƣ gha"


def test_a_caron_a_for_the_breve_one_is_read_as_the_letter() -> None:
    """``nǎm`` (an old font's conversion: ǎ, a caron, for ă; ð, the small eth, for đ):
    the issue date is read."""
    n = normalize("Hà Nội, ngày 20 tháng 8 nǎm 2025\nNǍM 2025; Quyết ðịnh")
    assert n.text == "Hà Nội, ngày 20 tháng 8 năm 2025\nNĂM 2025; Quyết định"
    assert any(code == "pdf_glyph" for code, _ in n.notes)
    doc = vbcd.parse("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 15/KH-UBND\n"
                     "Nam Định, ngày 20 tháng 8 nǎm 2025\nKẾ HOẠCH\nKiểm tra\n1. Nội dung.\n")
    assert doc.issue_date is not None and doc.issue_date.value == "2025-08-20"


def test_cyrillic_lookalikes_inside_latin_words_are_read_as_latin() -> None:
    raw = ("Căn cứ Thông tư số 06/2022/TT-B\u0422\u0421 và Nghị định số 23/2024/NĐ-C\u0420 "
           "củ\u0430 Chính phủ; Москва")
    n = normalize(raw)
    assert n.text == ("Căn cứ Thông tư số 06/2022/TT-BTC và Nghị định số 23/2024/NĐ-CP "
                      "của Chính phủ; Москва")
    assert any(code == "lookalike_letters" for code, _ in n.notes)
    assert len(n.text) == len(raw)


def test_digits_spaced_out_in_a_date_or_a_number_are_joined() -> None:
    raw = "Số: 1 0 9 4 3 /BYT-MT Hà Nội, ngày 2 4 tháng 1 2 năm 2 0 2 1"
    n = normalize(raw)
    assert n.text == "Số: 10943/BYT-MT Hà Nội, ngày 24 tháng 12 năm 2021"
    doc = vbcd.parse("BỘ Y TẾ\n" + raw + "\nV/v hướng dẫn\n\nKính gửi: Sở Y tế\n")
    assert doc.number is not None and doc.number.value == "10943/BYT-MT"
    assert doc.issue_date is not None and doc.issue_date.value == "2021-12-24"
    assert normalize("Công văn số1 0 9 4 3/BYT-MT ngày2 4 tháng1 2 năm 2021").text == (
        "Công văn số10943/BYT-MT ngày24 tháng12 năm 2021")
    # spaced digits elsewhere (a row of figures, a day that cannot be) stay
    for text in ("gồm 1 2 3 đơn vị", "ngày 4 5 tháng 6", "ngày 1 tháng 1 2 đợt"):
        assert normalize(text).text == text


def test_tone_marks_detached_from_their_letters_are_removed_with_a_note() -> None:
    """A PDF extraction that writes a line's tone marks after its words leaves combining
    marks standing alone between blanks: they are removed (the letters they belonged
    to cannot be told), a note says so, and offsets after them still map back."""
    raw = "V/v tình hình bị thiêt hai \u0300 \u0323 \u0323 do lũ lụt\n- Bộ Giao duc và Đao tao. \u0301 \u0323\n"
    n = normalize(raw)
    assert n.text == "V/v tình hình bị thiêt hai do lũ lụt\n- Bộ Giao duc và Đao tao.\n"
    assert [code for code, _ in n.notes] == ["detached_marks"]
    i = n.text.index("do lũ")
    assert raw[map_offset(n.anchors, i):map_offset(n.anchors, i + 5)] == "do lũ"
    doc = vbcd.parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + raw)
    assert any(w.code == "detached_marks" for w in doc.warnings)
    # marks on a letter (decomposed text) are composed, not removed
    assert normalize("Vie\u0302\u0323t Nam").text == "Việt Nam"


def test_unicode_hyphens_read_as_the_ascii_hyphen() -> None:
    """A word processor's non-breaking hyphen keeps ``NĐ‑CP`` on one line; read as
    ``-``, the document's number, its citations and place names are whole."""
    raw = "Số: 456/SYT\u2011NVY\nNghị định số 15/2020/NĐ\u2010CP của tỉnh Bà Rịa\u2011Vũng Tàu\n"
    n = normalize(raw)
    assert n.text == "Số: 456/SYT-NVY\nNghị định số 15/2020/NĐ-CP của tỉnh Bà Rịa-Vũng Tàu\n"
    assert normalize("số 15/2020/NĐ&#8209;CP").text == "số 15/2020/NĐ-CP"
    doc = vbcd.parse("SỞ Y TẾ\nSố: 456/SYT\u2011NVY\nV/v abc\nThực hiện Quyết định số "
                     "12/QĐ\u2011UBND ngày 05/01/2025 của UBND tỉnh.\n")
    assert doc.number is not None and doc.number.value == "456/SYT-NVY"
    assert [r.number for r in doc.references] == ["12/QĐ-UBND"]


def test_html_character_references_left_by_a_scraper_are_decoded() -> None:
    """``Số:&nbsp;15/KH-UBND``, ``&amp;``, ``&#44;`` in plain text are their characters;
    a reference that names none is kept; offsets map back to the reference."""
    raw = "Số:&nbsp;15/KH-UBND\nthiên tai &amp; cứu nạn&#44; &quot;an toàn&quot; &foo; A&B;x"
    n = normalize(raw)
    assert n.text == 'Số: 15/KH-UBND\nthiên tai & cứu nạn, "an toàn" &foo; A&B;x'
    amp = n.text.index("&")
    assert raw[map_offset(n.anchors, amp):map_offset(n.anchors, amp + 1)] == "&amp;"
    assert (n.notes[0][0], int(n.notes[0][1].split()[1])) == ("html_entities", 5)
    doc = vbcd.parse("ỦY BAN NHÂN DÂN&nbsp;\nTỈNH NAM ĐỊNH\nSố:&nbsp;15/KH-UBND\nNội dung.\n")
    assert doc.number is not None and doc.number.value == "15/KH-UBND"


@pytest.mark.parametrize(("raw", "want"), [
    ("**Điều\n1.** Công bố kèm theo", "Điều 1. Công bố kèm theo"),
    ("**Điều\n2**. Giao Sở Tài chính", "Điều 2. Giao Sở Tài chính"),
    ("**Điều\n3. **Quyết định này", "Điều 3. Quyết định này"),
    ("QUYẾT ĐỊNH:\nĐiều  \n 4. Chánh Văn phòng", "QUYẾT ĐỊNH:\nĐiều 4. Chánh Văn phòng"),
])
def test_an_article_marker_wrapped_after_its_word_reads_whole(raw: str, want: str) -> None:
    """A converter that wraps a bold article marker after ``Điều`` (the thuvienphapluat
    text) leaves the number at the next line's start, read as a numbered clause; the
    line break becomes a blank and each offset still maps back."""
    n = normalize(raw)
    assert re.sub(" +", " ", n.text) == want
    for i, c in enumerate(n.text):
        if c not in " \n":
            assert raw[map_offset(n.anchors, i)] == c


@pytest.mark.parametrize("raw", [
    "**Điều\ntra, thống kê theo ngành xây dựng**",  # the verb, wrapped
    "theo quy định tại Điều\n5. Giao Sở Tài chính",  # Điều ends a line of words
])
def test_a_line_ending_dieu_that_is_no_marker_stays(raw: str) -> None:
    assert "\n" in normalize(raw).text


_DIGEST = (
    "## Giảm lãi suất cho vay các chương trình tín dụng chính sách\n"
    "**Ngày 21/11/2025, Thủ tướng Chính phủ ban hành Quyết định 2553/QĐ-TTg về việc điều chỉnh"
    " giảm lãi suất cho vay.**\n"
    "Theo đó, giảm lãi suất cho vay như sau:\n"
    "(1) Đối với hộ nghèo: giảm 0,3%/năm;\n"
    "(2) Đối với hộ cận nghèo: giảm 0,2%/năm.\n"
    "Xem chi tiết nội dung tại Quyết định 2553/QĐ-TTg ngày 21/11/2025.\n"
    "|\n"
)
_DOC = (
    "**THỦ TƯỚNG CHÍNH PHỦ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 2553/QĐ-TTg\n|\n"
    "*Hà Nội, ngày 21 tháng 11 năm 2025*\n|\n**QUYẾT ĐỊNH**\nVỀ VIỆC ĐIỀU CHỈNH GIẢM LÃI SUẤT"
    " CHO VAY\n**THỦ TƯỚNG CHÍNH PHỦ**\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm"
    " 2025;*\n**QUYẾT ĐỊNH:**\n**Điều 1. **Điều chỉnh giảm lãi suất cho vay.\n"
    "**Điều 2. **Quyết định này có hiệu lực kể từ ngày ký./.\n|\n**KT. THỦ TƯỚNG\n"
    "PHÓ THỦ TƯỚNG**\n**Hồ Đức Phớc**\n"
)


@pytest.mark.parametrize("cells_on_lines", [False, True])
def test_a_sites_news_digest_before_the_document_is_cut(cells_on_lines: bool) -> None:
    """A legal site prints its digest (headline, lead, summary, ``Xem chi tiết``)
    before the document; it is cut up to the header table's pipe (or the blank line a
    pipe becomes when the cells stand on lines of their own), so the header is read
    (issuer, title) and the digest's list gives no clause."""
    digest, doc_text = _DIGEST, _DOC
    if cells_on_lines:
        digest, doc_text = digest.replace("|", ""), doc_text.replace("|", "")
    n = normalize(digest + doc_text)
    assert n.text.lstrip().startswith("THỦ TƯỚNG CHÍNH PHỦ")
    assert ("site_digest", "removed 1 legal site's news digest printed before the document") \
        in n.notes
    doc = vbcd.parse(digest + doc_text)
    assert doc.issuer is not None and doc.issuer.value == "THỦ TƯỚNG CHÍNH PHỦ"
    assert doc.title is not None and doc.title.value.startswith("VỀ VIỆC ĐIỀU CHỈNH")
    assert [c.label for c in doc.clauses] == ["Điều 1", "Điều 2"]
    assert doc.raw_offset(doc.issuer.start) == len(digest) + 2


@pytest.mark.parametrize("raw", [
    # a heading-led text with no header after the pipe: no digest of a document
    "## Tin tức\nNgày 21/11/2025, Bộ Tài chính họp.\n|\nNội dung khác.\n",
    # a header before the pipe: the document itself opens with a heading
    "## ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 12/QĐ-UBND\n|\nĐộc lập - Tự do - Hạnh phúc\n",
])
def test_a_heading_led_text_that_is_no_digest_is_kept(raw: str) -> None:
    assert "site_digest" not in dict(normalize(raw).notes)


@pytest.mark.parametrize(("raw", "want"), [
    ("**QUYẾT\nĐỊNH**\nCÔNG\nBỐ DANH MỤC", "QUYẾT ĐỊNH\nCÔNG\nBỐ DANH MỤC"),
    ("**NGHỊ\nQUYẾT**\nVỀ VIỆC", "NGHỊ QUYẾT\nVỀ VIỆC"),
    ("KẾ\nHOẠCH\nTriển khai", "KẾ HOẠCH\nTriển khai"),
    # a title's first word wrapped: no type line, kept as printed
    ("QUY\nĐỊNH MỨC HỌC PHÍ", "QUY\nĐỊNH MỨC HỌC PHÍ"),
    ("Sở Tài chính báo cáo\nĐỊNH\n", "Sở Tài chính báo cáo\nĐỊNH\n"),
])
def test_a_type_line_wrapped_after_its_first_word_reads_whole(raw: str, want: str) -> None:
    """A converter's wrap inside the type line (``**QUYẾT`` / ``ĐỊNH**``) hid the type
    line, and with it the title after it; the line break becomes a blank."""
    assert normalize(raw).text == want


def test_a_wrapped_type_line_gives_the_title() -> None:
    doc = vbcd.parse(
        "**ỦY BAN NHÂN DÂN**\n**TỈNH HÀ TĨNH**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 3004/QĐ-UBND\n|\n*Hà Tĩnh, ngày 01 tháng 12 năm 2025*"
        "\n|\n**QUYẾT\nĐỊNH**\nCÔNG\nBỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ\n"
        "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n"
        "**QUYẾT ĐỊNH:**\n**Điều 1.** Công bố kèm theo Quyết định này danh mục.\n")
    assert doc.title is not None
    assert doc.title.value == "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ"


@pytest.mark.parametrize(("raw", "want"), [
    ("_Thanh Hóa, ngày 18 tháng 6 năm 2025_", "Thanh Hóa, ngày 18 tháng 6 năm 2025"),
    ("_Nơi nhận:_\n- Như trên;", "Nơi nhận:\n- Như trên;"),
    ("__Nơi nhận:__", "Nơi nhận:"),
    # inside a word: an identifier or a file name, kept
    ("tep_dinh_kem.pdf và ma__so", "tep_dinh_kem.pdf và ma__so"),
])
def test_single_underscore_emphasis_is_removed(raw: str, want: str) -> None:
    """html2text and other converters write italics ``_so_``: the place-and-date line and
    the recipients' heading read through it."""
    assert normalize(raw).text == want


def test_an_underscore_italic_date_line_gives_the_place() -> None:
    doc = vbcd.parse(
        "TỈNH ỦY THANH HÓA\n\nSố 1234-CV/TU\n\n_ĐẢNG CỘNG SẢN VIỆT NAM_\n\n"
        "_Thanh Hóa, ngày 18 tháng 6 năm 2025_\n\nV/v tổ chức đại hội\n\n"
        "Kính gửi: Các huyện ủy.\n\nNội dung.\n")
    assert doc.issue_place is not None and doc.issue_place.value == "Thanh Hóa"


@pytest.mark.parametrize(("raw", "want"), [
    ("Căn cứ [Nghị định số 30/2020/NĐ-CP](https://vanban.chinhphu.vn/?docid=1) ngày 05/3/2020;",
     "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;"),
    ("THỨ TRƯỞNG\n\n![](media/image2.png)\n\nTrần Văn Thuấn", "THỨ TRƯỞNG\n\n\n\nTrần Văn Thuấn"),
    ('[Luật Đất đai](https://x.vn/a_b.aspx "Luật") số 31/2024/QH15', "Luật Đất đai số 31/2024/QH15"),
    # footnote marks and brackets without a target are no links
    ("Luật Đất đai[1] (sửa đổi) [đã ký]", "Luật Đất đai[1] (sửa đổi) [đã ký]"),
])
def test_markdown_links_read_as_their_text_and_images_as_nothing(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    for i, c in enumerate(n.text):
        if c not in " \n":
            assert raw[map_offset(n.anchors, i)] == c


def test_a_signature_image_between_title_and_name_keeps_the_signer() -> None:
    doc = vbcd.parse(
        "**BỘ Y TẾ**\n\nSố: 2345/QĐ-BYT\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "**Độc lập - Tự do - Hạnh phúc**\n\n*Hà Nội, ngày 05 tháng 8 năm 2025*\n\n"
        "**QUYẾT ĐỊNH**\n\n**Về việc ban hành Hướng dẫn chẩn đoán sốt xuất huyết**\n\n"
        "**QUYẾT ĐỊNH:**\n\n**Điều 1.** Ban hành kèm theo Quyết định này Hướng dẫn.\n\n"
        "***Nơi nhận:***\n- Như Điều 1;\n- Lưu: VT, KCB.\n\n**KT. BỘ TRƯỞNG**\n**THỨ TRƯỞNG**\n\n"
        "![](media/image2.png)\n\n**Trần Văn Thuấn**\n")
    assert doc.signature is not None and doc.signature.name == "Trần Văn Thuấn"


def test_cell_breaks_are_the_pipes_line_breaks() -> None:
    """The line breaks a table's cell borders became, not a cell's own ``<br>``."""
    n = normalize("Điều 1.\n| 1 | Sở Y tế | Phòng họp số 3 |\n| 2 | a<br>b | c |\nHết")
    breaks = n.cell_breaks()
    assert all(n.text[p] == "\n" for p in breaks)
    assert n.text.find("\nPhòng họp") in breaks
    assert n.text.find("a\nb") + 1 not in breaks
    assert normalize("Điều 1. Sở Y tế\nPhòng họp").cell_breaks() == []
