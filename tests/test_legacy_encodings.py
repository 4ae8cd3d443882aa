"""TCVN3 (ABC) and VNI: the tables, detection, conversion and its inverse."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vbcd.readers.legacy import (
    ENCODINGS,
    convert,
    decode_legacy,
    detect_legacy,
    encode_legacy,
    fix_legacy,
    font_encoding,
    score,
)

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
GOLD_DOCS = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
ALL_DOCS = sorted(CORPUS.rglob("*.txt"))

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_LOWER = "aăâeêioôơuưy"


def _vietnamese_letters() -> list[str]:
    out = ["đ", "Đ"]
    for v in _LOWER:
        for t in ["", *_TONES]:
            ch = unicodedata.normalize("NFC", v + t)
            out += [ch, ch.upper()]
    return out


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# --- the examples everyone knows -----------------------------------------------------


def test_known_tcvn3_and_vni_lines() -> None:
    assert fix_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == (
        "Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3")
    assert fix_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam", "vni")


def test_tcvn3_capitals_font_repaired_word_by_word() -> None:
    text = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\nSè: 45/Q§-UBND"
    assert decode_legacy(text, "tcvn3") == (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/QĐ-UBND")
    # a small converted letter before an ASCII capital only happens in a capitals font
    assert decode_legacy("ñY BAN NH¢N D¢N", "tcvn3") == "ỦY BAN NHÂN DÂN"
    # font known to be a capitals font: everything upper-cased
    assert convert("uû ban", "tcvn3", caps=True) == "UỶ BAN"


def test_font_names() -> None:
    assert font_encoding(".VnTime") == ("tcvn3", False)
    assert font_encoding(".VnTimeH") == ("tcvn3", True)
    assert font_encoding(".VnArial NarrowH") == ("tcvn3", True)
    assert font_encoding("VNI-Times") == ("vni", False)
    assert font_encoding("Times New Roman") == (None, False)
    assert font_encoding(None) == (None, False)


# --- tables ----------------------------------------------------------------------


def test_vni_encodes_every_vietnamese_letter_and_back() -> None:
    letters = [c for c in _vietnamese_letters() if not c.isascii()]
    assert len(set(letters)) == 134
    for ch in letters:
        enc = encode_legacy(ch, "vni")
        assert enc != ch or ch in "íìÍÌ", ch  # í ì keep their Windows-1252 byte
        assert all(ord(c) < 0x100 or c in "\u2018\u2019\u201c\u201d" for c in enc)
        assert convert(enc, "vni") == ch, (ch, enc)


def test_tcvn3_encodes_every_small_letter_and_back() -> None:
    for ch in _vietnamese_letters():
        if not ch.islower() and ch not in "ĂÂÊÔƠƯĐ":
            continue
        enc = encode_legacy(ch, "tcvn3")
        if ch in "aeiouy":
            assert enc == ch
            continue
        assert len(enc) == 1 and enc.encode("cp1252"), ch  # one byte (ý is its own)
        assert convert(enc, "tcvn3", caps=False) == ch


def test_tcvn3_leaves_windows_punctuation_alone() -> None:
    # curly quotes, dashes and the ellipsis (0x80-0x9F) are punctuation in ABC text
    assert convert("“Céng” – … —", "tcvn3") == "“Cộng” – … —"


# --- detection -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc, và các địa phương.",
    "The café serves crème brûlée; naïve résumés are déjà vu. São Paulo, Zürich, Ærø.",
    "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.",
    "", "plain ASCII only", "µg ÷ ± ° © ®",
])
def test_no_misfire(text: str) -> None:
    assert detect_legacy(text) is None
    assert fix_legacy(text) == (text, None)


@pytest.mark.parametrize("path", ALL_DOCS, ids=lambda p: p.name)
def test_no_misfire_on_corpus(path: Path) -> None:
    assert detect_legacy(path.read_text(encoding="utf-8")) is None


def test_unicode_line_inside_legacy_document_left_alone() -> None:
    text = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\nHà Nội, ngày 04 tháng 02 năm 2021"
    enc = detect_legacy(text)
    assert enc == "tcvn3"
    assert decode_legacy(text, enc).split("\n") == [
        "Cộng hoà xã hội chủ nghĩa Việt Nam", "Hà Nội, ngày 04 tháng 02 năm 2021"]


def test_score_counts_plausible_syllables() -> None:
    s = score("Céng hoµ x· héi")
    assert (s.plausible, s.words) == (1, 4)  # only "Céng" has a syllable's shape
    s = score("Cộng hoà xã hội")
    assert (s.plausible, s.words) == (4, 4)


# --- round trip on whole documents ------------------------------------------------


def _encodable(line: str, encoding: str) -> bool:
    """False for lines holding characters a legacy font could not have typed."""
    # characters a legacy table reads as letters (µ ÷ ©) cannot survive a round trip
    return not any(
        encode_legacy(c, encoding) == c and convert(c, encoding, caps=False) != c for c in line
    )


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("path", GOLD_DOCS, ids=lambda p: p.name)
def test_round_trip_whole_documents(path: Path, encoding: str) -> None:
    original = _nfc(path.read_text(encoding="utf-8"))
    encoded = encode_legacy(original, encoding)
    assert detect_legacy(encoded) == encoding
    decoded = decode_legacy(encoded, encoding)
    if encoding == "vni":
        assert decoded == original
        return
    # TCVN3 cannot store toned capitals inside mixed-case words (Ủy ban -> ủy ban);
    # everything else, and every all-capitals line, comes back exactly
    for got, want in zip(decoded.split("\n"), original.split("\n"), strict=True):
        if not _encodable(want, encoding):
            continue
        assert got.lower() == want.lower()
        letters = [c for c in want if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) > 3:
            assert got == want
