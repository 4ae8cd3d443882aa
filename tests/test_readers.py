"""Readers: every input format an archive holds, chosen by content.

All fixture files are written by the tests from corpus documents in
``tests/fixtures/corpus``; the writers (python-docx, fpdf2) are test-only.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest

import vbcd
from vbcd.errors import (
    BinaryInputError,
    InputError,
    InputTooLargeError,
    MissingDependencyError,
    UnsupportedFormatError,
)
from vbcd.readers import Source, page_of, read, read_bytes
from vbcd.readers.docx import NOTES_SEPARATOR
from vbcd.readers.legacy import encode_legacy
from vbcd.readers.sniff import sniff

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
DOC_QD = CORPUS / "dev" / "001_qd-729-ttg-phe-chuan-chu-tich-ubnd-danang.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _font() -> Path:
    if FONT.exists():
        return FONT
    mpl = pytest.importorskip("matplotlib")
    path = Path(mpl.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    if not path.exists():  # pragma: no cover
        pytest.skip("no Unicode TTF font available")
    return path


def _qd_parts() -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The corpus decision split as a Word author lays it out."""
    lines = DOC_QD.read_text(encoding="utf-8").split("\n")
    issuer = [lines[0]]
    national = lines[1:3]
    number = "Số: 729/QĐ-TTg"
    date = "Hà Nội, ngày 23 tháng 4 năm 2026"
    assert number in lines and date in lines
    start = lines.index(date) + 1
    recip = lines.index("Nơi nhận:")
    body = [ln for ln in lines[start:recip] if ln.strip()]
    recipients = [ln for ln in lines[recip:] if ln.strip()][:7]
    signature = [ln for ln in lines[recip:] if ln.strip()][7:]
    return issuer + national, [number, date], body, recipients, signature


# --- DOCX -------------------------------------------------------------------------

_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    "<w:r><w:t xml:space=\"preserve\"> Gồm các Bộ: Nội vụ, Tài chính.</w:t></w:r></w:p>"
    "</w:footnote></w:footnotes>"
)
_FOOTNOTE_REF = '<w:r><w:footnoteReference w:id="1"/></w:r>'


def _with_footnote(docx_bytes: bytes, anchor: str) -> bytes:
    """Add ``word/footnotes.xml`` and a reference after the run holding ``anchor``."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                i = xml.index(anchor)
                j = xml.index("</w:r>", i) + len("</w:r>")
                data = (xml[:j] + _FOOTNOTE_REF + xml[j:]).encode("utf-8")
            dst.writestr(info, data)
        dst.writestr("word/footnotes.xml", _FOOTNOTES_XML)
    return out.getvalue()


def _qd_docx(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    head, number_date, body, recipients, signature = _qd_parts()
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Cổng Thông tin điện tử Chính phủ"
    section.footer.paragraphs[0].text = "Trang 1"
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = head[0]
    t.cell(0, 1).text = "\n".join(head[1:])
    t.cell(1, 0).text = number_date[0]
    t.cell(1, 1).text = number_date[1]
    for para in body:
        d.add_paragraph(para)
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "\n".join(recipients)
    sig.cell(0, 1).text = "\n".join(signature)
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "qd.docx"
    path.write_bytes(_with_footnote(buf.getvalue(), "Điều 3."))
    return path


def test_docx_reads_tables_in_reading_order_body_and_footnote(tmp_path: Path) -> None:
    head, number_date, body, recipients, signature = _qd_parts()
    src = read(_qd_docx(tmp_path))
    assert src.format == "docx"
    lines = src.text.split("\n")
    # header table: row by row, cell by cell, each paragraph a line
    assert lines[:5] == [*head, *number_date]
    dieu3 = next(p for p in body if p.startswith("Điều 3."))
    for para in body:
        assert para in lines or (para == dieu3 and f"{para}[1]" in lines)
    # the footnote mark stays where it was, the note comes after the body
    assert f"{dieu3}[1]" in lines
    assert src.notes_start is not None
    assert src.text[: src.notes_start].endswith(f"{NOTES_SEPARATOR}\n")
    assert src.text[src.notes_start:].startswith("[1] Gồm các Bộ: Nội vụ, Tài chính.")
    # signature table: recipients cell, then the signature cell
    assert src.text.index("Nơi nhận:") < src.text.index(signature[-1])
    assert src.text.index(recipients[-1]) < src.text.index(signature[0])
    # page header and footer kept apart
    assert src.headers == ["Cổng Thông tin điện tử Chính phủ"]
    assert src.footers == ["Trang 1"]
    assert "Cổng Thông tin" not in src.text


def test_docx_text_parses_like_the_text_fixture(tmp_path: Path) -> None:
    src = read(_qd_docx(tmp_path))
    from_docx = vbcd.parse(src.text)
    from_txt = vbcd.parse(DOC_QD.read_text(encoding="utf-8"))
    assert from_docx.number is not None and from_txt.number is not None
    assert from_docx.number.value == from_txt.number.value == "729/QĐ-TTg"
    assert from_docx.doc_type is not None and from_docx.doc_type.code == "QĐ"


def test_docx_list_numbers_and_legacy_fonts(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Giao Sở Y tế chủ trì.", style="List Number")
    d.add_paragraph("Giao Sở Tài chính bố trí kinh phí.", style="List Number")
    run = d.add_paragraph().add_run("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    run.font.name = ".VnTime"
    run = d.add_paragraph().add_run("ñy ban nh©n d©n tØnh")
    run.font.name = ".VnTimeH"  # a capitals font: stored small, drawn as capitals
    run = d.add_paragraph().add_run("Coäng hoøa xaõ hoäi")
    run.font.name = "VNI-Times"
    path = tmp_path / "legacy.docx"
    d.save(str(path))
    src = read(path)
    lines = src.text.strip().split("\n")
    assert lines[:2] == ["1. Giao Sở Y tế chủ trì.", "2. Giao Sở Tài chính bố trí kinh phí."]
    assert lines[2] == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert lines[3] == "ỦY BAN NHÂN DÂN TỈNH"
    assert lines[4] == "Cộng hòa xã hội"
    assert any(code == "legacy_encoding" for code, _ in src.warnings)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_docx_zip_bomb_refused() -> None:
    bomb = _zip({"word/document.xml": b"<w:document>" + b" " * 8_000_000 + b"</w:document>"})
    with pytest.raises(InputTooLargeError, match="compression ratio"):
        read_bytes(bomb)


def test_docx_dtd_refused() -> None:
    xml = (b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(InputError, match="DTD"):
        read_bytes(_zip({"word/document.xml": xml}))


def test_other_zip_is_not_docx() -> None:
    with pytest.raises(UnsupportedFormatError, match="not a DOCX"):
        read_bytes(_zip({"xl/workbook.xml": b"<x/>"}))


# --- PDF --------------------------------------------------------------------------


def _two_page_pdf() -> tuple[bytes, str, str]:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_font("DejaVu", "", str(_font()))
    pdf.set_font("DejaVu", size=11)
    _, _, body, _, _ = _qd_parts()
    first = "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 02 năm 2025; giao Bộ Nội vụ"
    second = "chủ trì, phối hợp với các cơ quan liên quan thực hiện Quyết định này./."
    for page, lines in enumerate(([*body[:3], first], [second, *body[3:5]]), start=1):
        pdf.add_page()
        pdf.cell(0, 8, "CÔNG BÁO ĐIỆN TỬ", new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        pdf.text(100, 285, str(page))  # a bare page number (text() never breaks pages)
    return bytes(pdf.output()), first, second


def test_pdf_pages_recorded_and_split_paragraph_rejoined(tmp_path: Path) -> None:
    data, first, second = _two_page_pdf()
    path = tmp_path / "no-extension"
    path.write_bytes(data)
    src = read(path)
    assert src.format == "pdf"
    assert len(src.pages) == 2 and src.pages[0] == 0
    assert src.text[src.pages[1]:].startswith("chủ trì, phối hợp")
    assert src.page_of(src.text.index("giao Bộ Nội vụ")) == 1
    assert page_of(src, src.text.index("chủ trì, phối hợp")) == 2
    # running header and bare page numbers are cut
    assert "CÔNG BÁO ĐIỆN TỬ" not in src.text
    assert "\n1\n" not in f"\n{src.text}\n" and "\n2\n" not in f"\n{src.text}\n"
    assert any(code == "pdf_furniture" for code, _ in src.warnings)
    # after normalisation the paragraph split by the page break is one paragraph
    doc = vbcd.parse(src.text)
    assert f"{first}\n{second}" in doc.text
    assert f"{first}\n\n{second}" in src.text


def test_pdf_without_text_layer_needs_ocr() -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a "scanned" page: graphics, no text
    with pytest.raises(UnsupportedFormatError, match="needs OCR"):
        read_bytes(bytes(pdf.output()))


def test_damaged_pdf_is_an_input_error() -> None:
    with pytest.raises(InputError):
        read_bytes(b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n%%EOF garbage \x00\xff")


# --- HTML -------------------------------------------------------------------------

_WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {{margin:0cm; font-size:12.0pt}} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml>
<![endif]--></head>
<body lang=EN-US style='tab-interval:36.0pt'><div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr><td width=220 valign=top><p class=MsoNormal align=center><b>{issuer}<o:p></o:p></b></p></td>
<td width=380 valign=top><p class=MsoNormal align=center><b>{nh1}<o:p></o:p></b></p>
<p class=MsoNormal align=center><b>{nh2}<o:p></o:p></b></p></td></tr>
<tr><td><p class=MsoNormal align=center>{number}</p></td>
<td><p class=MsoNormal align=right><i>{date}<o:p></o:p></i></p></td></tr></table>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'>
<![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span><![endif]>{clause}<o:p></o:p></p>
<p class=MsoNormal>{first}<br>{second}</p>
</div></body></html>"""


def _entities(s: str) -> str:
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")


def test_word_saved_html(tmp_path: Path) -> None:
    head, (number, date), body, _, _ = _qd_parts()
    clause = body[-3]
    wrapped = clause.replace(" ", "\n", 3)  # Word wraps source lines mid-paragraph
    html = _WORD_HTML.format(
        issuer=head[0], nh1=head[1], nh2=head[2], number=number, date=date,
        clause=_entities(wrapped), first="Dòng &amp; một", second="Dòng hai",
    )
    path = tmp_path / "qd.doc"  # Word's web page saved under a .doc name
    path.write_bytes(html.encode("cp1252", "xmlcharrefreplace"))
    src = read(path)
    assert src.format == "html"
    lines = src.text.strip().split("\n")
    assert lines[:5] == [*head, number, date]
    assert f"1. {clause}" in lines
    assert "Dòng & một" in lines and "Dòng hai" in lines
    assert "WordDocument" not in src.text and "MsoNormal" not in src.text
    assert not src.warnings


_PORTAL = """<!DOCTYPE html><html><head><title>Văn bản</title>
<script>var x = "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>";</script>
<style>.a{{color:red}}</style></head><body>
<div id="header"><div class="banner">THƯ VIỆN PHÁP LUẬT - Tra cứu văn bản</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản mới</a></li>
<li><a href="/login">Đăng nhập</a></li></ul></div>
<div id="wrap"><div class="left">
<div class="meta">Số hiệu: 729/QĐ-TTg | Loại văn bản: Quyết định</div>
<div class="content1">{document}</div>
<div class="related"><h3>Văn bản liên quan</h3><ul>
<li><a href="/a">Quyết định 100/QĐ-TTg năm 2025 phê chuẩn kết quả bầu</a></li>
<li><a href="/b">Quyết định 200/QĐ-TTg năm 2025 phê chuẩn kết quả bầu</a></li></ul></div>
</div></div>
<div id="footer">Bạn phải đăng nhập để tải văn bản. Hotline 1900 6192.
&copy; 2026 Công ty</div></body></html>"""


def test_portal_page_chrome_cut() -> None:
    text = DOC_QD.read_text(encoding="utf-8")
    paras = [p for p in text.split("\n") if p.strip()]
    document = "\n".join(f"<p>{p}</p>" for p in paras)
    src = read_bytes(_PORTAL.format(document=document).encode("utf-8"))
    assert src.format == "html"
    out = [ln for ln in src.text.split("\n") if ln.strip()]
    assert out == paras
    for chrome in ("THƯ VIỆN PHÁP LUẬT", "Trang chủ", "Đăng nhập", "Văn bản liên quan",
                   "Hotline", "Số hiệu", "var x"):
        assert chrome not in src.text
    assert ("html_chrome_cut", "page text outside the document's main content was dropped") in (
        src.warnings
    )


def test_html_deeply_nested_does_not_crash() -> None:
    html = "<html><body>" + "<div>" * 5000 + "Số: 1/QĐ" + "</div>" * 5000 + "</body></html>"
    src = read_bytes(html.encode())
    assert "Số: 1/QĐ" in src.text


def test_html_legacy_font_style() -> None:
    html = ("<html><body><p><span style='font-family:\".VnTime\";font-size:14pt'>"
            "Céng hoµ x· héi chñ nghÜa ViÖt Nam</span></p><p>Hà Nội</p></body></html>")
    src = read_bytes(html.encode("utf-8"))
    assert src.text.split("\n")[:2] == ["Cộng hoà xã hội chủ nghĩa Việt Nam", "Hà Nội"]
    assert src.encoding == "tcvn3"


# --- text -------------------------------------------------------------------------


def test_utf16_file(tmp_path: Path) -> None:
    text = DOC_QD.read_text(encoding="utf-8")
    for enc, prefix in (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", b"")):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes(prefix + text.encode(enc))
        src = read(path)
        assert src.text == text
        assert src.format == "text" and src.encoding is not None
        assert src.encoding.startswith("utf-16")
        assert not src.warnings


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letter + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def test_cp1258_file_is_not_mistaken_for_legacy_font(tmp_path: Path) -> None:
    text = DOC_QD.read_text(encoding="utf-8")
    path = tmp_path / "cp1258.txt"
    path.write_bytes(_cp1258(text))
    src = read(path)
    assert src.encoding == "cp1258"
    assert unicodedata.normalize("NFC", src.text) == unicodedata.normalize("NFC", text)
    assert not src.warnings


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_encoded_text_file(tmp_path: Path, encoding: str) -> None:
    text = DOC_QD.read_text(encoding="utf-8")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(encode_legacy(text, encoding).encode("cp1252"))
    src = read(path)
    assert src.encoding == encoding
    assert [c for c, _ in src.warnings] == ["legacy_encoding"]
    if encoding == "vni":
        assert src.text == unicodedata.normalize("NFC", text)
    else:  # TCVN3 has no toned capitals in mixed-case words (Ủy ban -> ủy ban)
        assert src.text.lower() == unicodedata.normalize("NFC", text).lower()
        assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in src.text
        assert "Số: 729/QĐ-TTg" in src.text


def test_mojibake_text_file(tmp_path: Path) -> None:
    """UTF-8 read as Windows-1252 and saved again (``Tá»ˆNH``) is read back as the UTF-8
    it was, with the ``legacy_encoding`` warning; a parse then finds the header."""
    text = unicodedata.normalize("NFC", DOC_QD.read_text(encoding="utf-8"))
    path = tmp_path / "mojibake.txt"
    path.write_text(encode_legacy(text, "utf8"), encoding="utf-8")
    src = read(path)
    assert src.encoding == "utf8"
    assert [c for c, _ in src.warnings] == ["legacy_encoding"]
    assert src.text == text
    doc = vbcd.parse_file(path)
    assert doc.number is not None and doc.number.value == "729/QĐ-TTg"


def test_markdown_file_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text("# THÔNG BÁO\n\n**Kết luận** của Ban Thường vụ\n", encoding="utf-8")
    src = read(path)
    assert src.format == "text" and src.text.startswith("# THÔNG BÁO")


def test_binary_junk_rejected(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(BinaryInputError):
        read(path)


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    src = read(path)
    assert src == Source(text="", path=str(path), format="text", encoding="utf-8")


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputTooLargeError, match="limit is 1,024"):
        read(path, max_bytes=1024)
    assert read(path, max_bytes=4096).text == "a" * 2048


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read(tmp_path / "nope.txt")


# --- legacy .doc ------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def test_doc_without_converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vbcd.readers.doc.which", lambda name: None)
    path = tmp_path / "old.doc"
    path.write_bytes(_OLE)
    with pytest.raises(MissingDependencyError, match="apt-get install antiword"):
        read(path)


def test_doc_with_converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in ``antiword`` prints TCVN3 text: the reader runs it and repairs it."""
    fake = tmp_path / "antiword"
    payload = encode_legacy("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                            "Giao Sở Y tế chủ trì thực hiện", "tcvn3")
    (tmp_path / "out.txt").write_text(payload, encoding="utf-8")
    fake.write_text(f"#!/bin/sh\ncat '{tmp_path / 'out.txt'}'\n")
    fake.chmod(0o755)
    monkeypatch.setattr(
        "vbcd.readers.doc.which", lambda name: str(fake) if name == "antiword" else None
    )
    path = tmp_path / "old.doc"
    path.write_bytes(_OLE)
    src = read(path)
    assert src.format == "doc"
    assert src.text.split("\n")[:2] == ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                        "Độc lập - Tự do - Hạnh phúc"]
    assert {c for c, _ in src.warnings} == {"converted", "legacy_encoding"}


# --- sniffing ---------------------------------------------------------------------


@pytest.mark.parametrize(("head", "fmt"), [
    (b"%PDF-1.7\n", "pdf"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
    (b"  <HTML><BODY>", "html"),
    (b"<div xmlns:w=\"urn:schemas-microsoft-com:office:word\">", "html"),
    (b"{\\rtf1\\ansi", "rtf"),
    (_OLE, "doc"),
    (b"MIME-Version: 1.0\nContent-Type: multipart/related;", "mht"),
    ("<html>".encode("utf-16"), "html"),
    (b"C\xc3\xb4ng v\xc4\x83n", "text"),
])
def test_sniff_by_content(head: bytes, fmt: str) -> None:
    assert sniff(head) == fmt


def test_mht_single_file_web_page() -> None:
    mht = (b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="XX"\n\n--XX\n'
           b'Content-Type: text/html; charset="utf-8"\n'
           b"Content-Transfer-Encoding: quoted-printable\n\n"
           b"<html><body><p>C=E1=BB=98NG H=C3=92A X=C3=83 H=E1=BB=98I</p></body></html>\n--XX--\n")
    src = read_bytes(mht)
    assert (src.format, src.text) == ("mht", "CỘNG HÒA XÃ HỘI\n")


def test_docx_national_header_in_page_header_is_promoted(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    d.add_paragraph("QUYẾT ĐỊNH")
    path = tmp_path / "h.docx"
    d.save(str(path))
    src = read(path)
    assert src.text.split("\n")[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert "QUYẾT ĐỊNH" in src.text
    assert [c for c, _ in src.warnings] == ["docx_header_promoted"]


_TASK_HTML = """<html><body>
<p><b>ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM</b></p>
<p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc</p>
<p>Số: 12/KH-UBND</p><p>KẾ HOẠCH</p><p>Triển khai chuyển đổi số năm 2024</p>
<table border=1>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr>
<tr><td colspan=4><p><b>I. Nhóm nhiệm vụ chung</b></p></td></tr>
<tr><td><p>1</p></td><td><p>Rà soát thủ tục</p><p>- cấp tỉnh</p></td>
<td><p>Sở Tư pháp</p></td><td><p>Quý III/2024</p></td></tr>
</table>
<table><tr><td><p>Nơi nhận:</p><p>- Lưu: VT.</p></td><td><p>CHỦ TỊCH</p><p>Lê Văn A</p></td></tr></table>
</body></html>"""


def test_html_data_table_rows_keep_their_cell_borders() -> None:
    # a data table is written as a pipe table (a cell's paragraphs parted by <br>,
    # a merged row padded), so the normaliser records each cell's end; a two-column
    # signature table stays lines
    src = read_bytes(_TASK_HTML.encode("utf-8"))
    lines = src.text.split("\n")
    assert "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |" in lines
    assert "| I. Nhóm nhiệm vụ chung | | | |" in lines
    assert "| 1 | Rà soát thủ tục<br>- cấp tỉnh | Sở Tư pháp | Quý III/2024 |" in lines
    assert "Nơi nhận:" in lines and "Lê Văn A" in lines
    doc = vbcd.parse(src.text)
    names = {a.name for a in doc.agencies}
    assert "Sở Tư pháp" in names and not any("Quý" in n for n in names)


def test_docx_data_table_rows_keep_their_cell_borders(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    t = d.add_table(rows=3, cols=4)
    for j, c in enumerate(("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian")):
        t.cell(0, j).text = c
    t.cell(1, 0).merge(t.cell(1, 3)).text = "I. Nhóm nhiệm vụ chung"
    for j, c in enumerate(("1", "Rà soát thủ tục", "Sở Tư pháp", "Quý III/2024")):
        t.cell(2, j).text = c
    t.cell(2, 1).add_paragraph("- cấp tỉnh")
    path = tmp_path / "kh.docx"
    d.save(str(path))
    lines = read(path).text.split("\n")
    assert "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |" in lines
    assert "| I. Nhóm nhiệm vụ chung |  |  |  |" in lines
    assert "| 1 | Rà soát thủ tục<br>- cấp tỉnh | Sở Tư pháp | Quý III/2024 |" in lines


_LAYOUT_HTML = """<html><body><table><tr>
<td><a href="/">Trang chủ</a><br><a href="/vb">Văn bản mới</a></td>
<td><table><tr><td><p>ỦY BAN NHÂN DÂN<br>TỈNH NGHỆ AN</p><p>Số: 12/UBND-KT</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p>Nghệ An, ngày 05 tháng 3 năm 2026</p></td></tr></table>
<p>Kính gửi: Sở Tài chính.</p>
<p>1. Sở Tài chính chủ trì, tham mưu phân bổ vốn, báo cáo trước ngày 20/3/2026.</p>
<p>2. Sở Xây dựng phối hợp thực hiện.</p>
<p>Nơi nhận:<br>- Như trên;<br>- Lưu: VT.</p></td>
<td>Tin nổi bật<br>Thời tiết hôm nay</td></tr></table></body></html>"""


def test_html_layout_table_around_the_document_stays_lines() -> None:
    # a portal's layout table (menu | document | sidebar in one row, the document's
    # own header table nested in the middle cell) is no data table: read as one
    # pipe row, the whole document would lose its lines and clauses
    src = read_bytes(_LAYOUT_HTML.encode("utf-8"))
    lines = src.text.split("\n")
    assert not any(ln.startswith("|") for ln in lines)
    assert "2. Sở Xây dựng phối hợp thực hiện." in lines
    doc = vbcd.parse(src.text)
    assert [c.label for c in doc.clauses][:2] == ["1", "2"]


def test_parse_takes_a_source_with_its_path_and_warnings(tmp_path: Path) -> None:
    # parse(read(path)) keeps what parse_file keeps: the path and the reader's notes
    path = tmp_path / "tb.html"
    path.write_text(_LAYOUT_HTML, encoding="utf-8")
    src = read(path)
    doc = vbcd.parse(src)
    assert doc.source == src.path
    assert "html_chrome_cut" in {w.code for w in doc.warnings}
    assert doc.model_dump(exclude={"source"}) == vbcd.parse_file(path).model_dump(
        exclude={"source"})


@pytest.mark.parametrize("bad", [None, 12, ["Số: 1/TB"], Path("x.txt")])
def test_parse_rejects_other_types_with_the_documented_error(bad: object) -> None:
    with pytest.raises(InputError, match="takes str, bytes or a Source"):
        vbcd.parse(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("head", "fmt"), [
    (b"<table><tr><td><b>\xe1\xbb\xa6Y BAN NH\xc3\x82N D\xc3\x82N</b></td></tr></table>", "html"),
    (b"\n  <P align=center><B>TH\xc3\x94NG B\xc3\x81O</B></P>", "html"),
    (b"<div class=content><p>S\xe1\xbb\x91: 12/TB-UBND</p></div>", "html"),
    (b"Ghi ch\xc3\xba: <p> l\xc3\xa0 th\xe1\xba\xbb \xc4\x91o\xe1\xba\xa1n</p>", "text"),
    (b"<para> kh\xc3\xb4ng \xc4\x91\xc3\xb3ng", "text"),
])
def test_sniff_html_fragment(head: bytes, fmt: str) -> None:
    """A scraped fragment saved as .txt, no <html> around it, is read as HTML."""
    assert sniff(head) == fmt


def test_html_fragment_conclusion_notice_parses(tmp_path: Path) -> None:
    page = ("<table><tr><td><b>ỦY BAN NHÂN DÂN<br>THÀNH PHỐ ĐÀ NẴNG</b></td>"
            "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b>"
            "</td></tr><tr><td>Số: 204/TB-UBND</td><td><i>Đà Nẵng, ngày 09 tháng 11 năm "
            "2021</i></td></tr></table><p align=\"center\"><b>THÔNG BÁO</b></p>"
            "<p align=\"center\"><b>Kết luận của Chủ tịch UBND thành phố tại cuộc họp giao "
            "ban</b></p><p>Ngày 05/11/2021, Chủ tịch UBND thành phố kết luận như sau:</p>"
            "<p>1. Sở Tài chính rà soát.</p><p>2. Sở Xây dựng kiểm tra.</p>")
    path = tmp_path / "tb.txt"
    path.write_text(page, encoding="utf-8")
    doc = vbcd.parse_file(path)
    assert doc.number is not None and doc.number.value == "204/TB-UBND"
    assert doc.title is not None and doc.title.value.startswith("Kết luận của Chủ tịch")
    assert [c.path for c in doc.iter_clauses()] == ["1", "2"]
