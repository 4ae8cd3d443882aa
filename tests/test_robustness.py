"""Property tests: damaged versions of real documents never crash, hang or lose spans.

Each property takes a *window* of a real fixture document (20-60 lines, always
including the header in a share of the draws: the zone finder behaves differently
there), damages it with one family of mutations, and asserts for every example:

1. ``vbcd.parse`` raises nothing but the :class:`vbcd.errors.VbcdError` family;
2. every record's span lies inside ``doc.text`` and equals its ``text`` field, and
   ``doc.raw_span`` stays inside the input (:mod:`span_invariants`);
3. parsing the same input twice gives the same document.

Windows keep an example at ~10-20 ms, so the CI profile runs 2,000 examples per
property. ``HYPOTHESIS_PROFILE=dev`` runs 100 for a quick local check. Examples are
derandomized (the same in every run, no example database), so a CI failure
reproduces locally with the same command.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vbcd
from span_invariants import check_document, check_raw_span, decoded, outcome, parse_checked
from vbcd.errors import InputTooLargeError, VbcdError
from vbcd.models import Document
from vbcd.normalize import DEFAULT_MAX_CHARS, normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
DOCS: list[list[str]] = [
    p.read_text(encoding="utf-8").split("\n")
    for part in ("seeds", "dev", "silver")
    for p in sorted((CORPUS / part).glob("*.txt"))
]

_COMMON = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("ci", max_examples=2000, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("dev", max_examples=100, **_COMMON)  # type: ignore[arg-type]
_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
# Applied per test, not loaded globally: other test modules keep their own settings.
ROBUST = settings.get_profile(_PROFILE if _PROFILE in ("ci", "dev") else "ci")


def assert_robust(data: str | bytes) -> None:
    """The three properties for one input."""
    first = parse_checked(data)
    second = parse_checked(data)
    assert outcome(first) == outcome(second), "two parses of the same input differ"


# --- windows of real documents ------------------------------------------------------


@st.composite
def windows(draw: st.DrawFn, min_lines: int = 20, max_lines: int = 60) -> list[str]:
    """A run of lines of one fixture document; a third of the runs start at line 0."""
    doc = draw(st.sampled_from(DOCS))
    n = draw(st.integers(min_lines, max_lines))
    last = max(0, len(doc) - n)
    start = draw(st.one_of(st.just(0), st.integers(0, last), st.integers(0, last)))
    return list(doc[start:start + n])


def _index(draw: st.DrawFn, lines: list[str]) -> int:
    return draw(st.integers(0, max(0, len(lines) - 1)))


# --- family 1: line edits -------------------------------------------------------------


@st.composite
def line_edits(draw: st.DrawFn) -> str:
    """Lines dropped, repeated, swapped and glued; the header duplicated; the text
    truncated; every newline deleted (a flattened PDF)."""
    lines = draw(windows())
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        op = draw(st.sampled_from(["drop", "repeat", "swap", "glue", "dup_header", "blank"]))
        i = _index(draw, lines)
        if op == "drop":
            del lines[i:i + draw(st.integers(1, 5))]
        elif op == "repeat":
            lines[i:i] = [lines[i]] * draw(st.integers(1, 4))
        elif op == "swap":
            j = _index(draw, lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "glue" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + draw(st.sampled_from(["", " ", "\t", "  "]))
                              + lines[i + 1]]
        elif op == "dup_header":
            head = lines[:draw(st.integers(1, 12))]
            lines[i:i] = head
        elif op == "blank":
            lines[i:i] = [""] * draw(st.integers(1, 6))
    text = "\n".join(lines)
    if draw(st.integers(0, 9)) == 0:
        text = text.replace("\n", draw(st.sampled_from(["", " "])))
    if draw(st.integers(0, 3)) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return text


@ROBUST
@given(line_edits())
def test_line_edits_never_break_the_parser(text: str) -> None:
    assert_robust(text)


# --- family 2: foreign characters -------------------------------------------------------

COMBINING = st.characters(min_codepoint=0x300, max_codepoint=0x36F)
RTL = st.sampled_from(
    ["\u05d0", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
     "\u200f", "\u202e", "\u202b", "\u2067", "\u061c"]
)
EMOJI = st.one_of(
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
    st.sampled_from(["\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd",
                     "\U0001f1fb\U0001f1f3", "\u2764\ufe0f", "#\ufe0f\u20e3"]),
)
CONTROLS = st.one_of(
    st.characters(max_codepoint=0x1F),
    st.sampled_from(["\x00", "\x7f", "\x85", "\x9c", "\u2028", "\u2029", "\r", "\r\n",
                     "\x0c", "\x0b", "\ufeff", "\u200b", "\u00ad", "\ufffd"]),
)
ANY_CHAR = st.characters(exclude_categories=["Cs"])  # every code point but surrogates
INSERTS = st.one_of(
    st.text(COMBINING, min_size=1, max_size=4),
    RTL,
    EMOJI,
    st.lists(CONTROLS, min_size=1, max_size=4).map("".join),
    st.text(ANY_CHAR, min_size=1, max_size=6),
)


@st.composite
def foreign_characters(draw: st.DrawFn) -> str:
    """Combining marks, right-to-left text, emoji, control characters, NUL bytes and
    arbitrary code points inserted (or substituted) at random places; a line put into
    decomposed form (NFD), as PDF extractors leave it."""
    text = "\n".join(draw(windows()))
    for _ in range(draw(st.integers(1, 12))):
        i = draw(st.integers(0, len(text)))
        piece = draw(INSERTS)
        if draw(st.booleans()):
            text = text[:i] + piece + text[i:]
        else:
            text = text[:i] + piece + text[i + 1:]
    if draw(st.booleans()):
        lines = text.split("\n")
        k = _index(draw, lines)
        lines[k] = unicodedata.normalize(draw(st.sampled_from(["NFD", "NFKD"])), lines[k])
        text = "\n".join(lines)
    return text


@ROBUST
@given(foreign_characters())
def test_foreign_characters_never_break_the_parser(text: str) -> None:
    assert_robust(text)


# --- family 3: damaged words and debris ---------------------------------------------------

DEBRIS = st.sampled_from(
    ["**", "*", "__", "_", "|", " | ", "---", "-----", "## ", "\\", "\\-", "--- PAGE BREAK ---",
     "\n\n", "\n \n", ":", ";", "./.", "(", ")", "[", "]", "{", "}", "/", "-", "–", "…", "...",
     "Ð", "\u00a0", "\t", "  "]
)


@st.composite
def damaged_words(draw: st.DrawFn) -> str:
    """OCR and converter damage: words split by stray spaces (``N ơi nhận``),
    characters deleted or doubled, Markdown and table debris, case flipped, a
    truncated tail."""
    text = "\n".join(draw(windows()))
    for _ in range(draw(st.integers(1, 10))):
        if not text:
            break
        op = draw(st.sampled_from(["split", "delete", "double", "debris", "case"]))
        i = draw(st.integers(0, len(text) - 1))
        if op == "split":
            text = text[:i] + draw(st.sampled_from([" ", "  ", "\n"])) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 40)):]
        elif op == "double":
            text = text[:i] + text[i:i + draw(st.integers(1, 80))] * 2 + text[i + 1:]
        elif op == "debris":
            text = text[:i] + draw(DEBRIS) + text[i:]
        elif op == "case":
            j = i + draw(st.integers(1, 200))
            chunk = text[i:j]
            text = text[:i] + (chunk.upper() if draw(st.booleans()) else chunk.lower()) + text[j:]
    if draw(st.integers(0, 3)) == 0:
        text = text[:draw(st.integers(0, len(text)))]
    return text


@ROBUST
@given(damaged_words())
def test_damaged_words_never_break_the_parser(text: str) -> None:
    assert_robust(text)


# --- family 4: documents assembled from the grammar's own pieces ----------------------------

TOKENS = st.sampled_from(
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM",
     "ỦY BAN NHÂN DÂN", "TỈNH", "Số:", "Số", "12/QĐ-UBND", "123-TB/TU", "/BC-BTC", "V/v", "Về việc",
     "Hà Nội, ngày 12 tháng 3 năm 2024", "ngày", "tháng", "năm", "2024", "THÔNG BÁO", "QUYẾT ĐỊNH",
     "CÔNG ĐIỆN", "Kính gửi:", "Căn cứ", "Điều 1.", "Điều", "I.", "II.", "1.", "2.", "1.1.", "1.2.",
     "a)", "b)", "đ)", "(1)", "-", "+", "Nơi nhận:", "Lưu: VT", "VT,", "(để b/c);", "b/c", "KT.",
     "TM.", "TL.", "T/L", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An", "PHỤ LỤC",
     "[1]", "Sở Y tế", "Bộ Tài chính", "(Kèm theo Công điện số", "Ngày 21/11/2025, Thủ tướng ban hành",
     "Thông tri", "Kế hoạch", "trước ngày 30/6/2024", "chủ trì", "phối hợp", "./.",
     "\n", "\n", "\n", "\n\n", " ", " ", ",", ".", ";", ":", "(", ")", "|", "**", "---"]
)


# Case changes, and letters that case-insensitive matching equates with another letter
# whose casefold() differs ("İ" matches "i" but folds to "i̇").
CASES: dict[str, Callable[[str], str]] = {
    "as is": lambda s: s, "upper": str.upper, "lower": str.lower, "swap": str.swapcase,
    "dotted I": lambda s: s.replace("i", "İ"), "Kelvin": lambda s: s.replace("K", "\u212a"),
}


@st.composite
def grammar_soup(draw: st.DrawFn) -> str:
    """Structure words in random order and number: every anchor the zone finder
    looks for, in places and combinations no real document has, in any letter case."""
    n = draw(st.integers(10, 300))
    parts = draw(st.lists(TOKENS, min_size=n, max_size=n))
    text = " ".join(parts) if draw(st.integers(0, 4)) == 0 else "".join(
        p + draw(st.sampled_from([" ", "", "\n"])) for p in parts)
    return CASES[draw(st.sampled_from(sorted(CASES)))](text)


@ROBUST
@given(grammar_soup())
def test_grammar_soup_never_breaks_the_parser(text: str) -> None:
    assert_robust(text)


# --- family 5: bytes ------------------------------------------------------------------------


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """A window encoded as UTF-8, UTF-16 (with or without BOM), UTF-8 with BOM or
    Windows-1258, then bytes flipped, inserted or cut."""
    text = "\n".join(draw(windows(10, 30)))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258"]))
    data = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "insert", "cut"]))
        if op == "flip" and i < len(data):
            data[i] = draw(st.integers(0, 255))
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=3).filter(lambda b: 0 not in b))
        else:
            del data[i:i + draw(st.integers(1, 16))]
    return bytes(data)


@ROBUST
@given(damaged_bytes())
def test_damaged_bytes_never_break_the_parser(data: bytes) -> None:
    assert_robust(data)


# --- family 6: the offset map itself ----------------------------------------------------

PIECES = st.sampled_from(
    ["a", "b", "xyz,", "abc;", "1.", "ký", "Nơi", " nhận", "N ơi nhận", "Nơinh ận", "ĐẢNGCỘNG SẢN",
     "**", "*", "__", "|", " | ", "---", "|a|b|c|d|\n", "## ", "\\-", "--- PAGE BREAK ---",
     "THÔNG BÁO**Ý KIẾN", "\n", "\n\n\n", "\r\n", "\r", "\x0c", "\x00", "\ufeff", "\u00a0",
     "\t", "  ", "e\u0301", "ê\u0300", "x\u0344", "\u0344", "Ð"]
)


@st.composite
def debris_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """Text made of everything the normaliser edits, and spans of its output that
    start and end on a non-blank character (as records do: a space the normaliser
    adds has no raw character of its own to end on)."""
    raw = "".join(draw(st.lists(PIECES, max_size=40)))
    text = normalize(raw).text
    spans = []
    for _ in range(8):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        if a == b or not (text[a].isspace() or text[b - 1].isspace()):
            spans.append((a, b))
    return raw, spans


@ROBUST
@given(debris_and_spans())
def test_offsets_map_back_through_normalisation(case: tuple[str, list[tuple[int, int]]]) -> None:
    """Any span of the normalised text maps back to raw text with the same letters."""
    raw, spans = case
    norm = normalize(raw)
    doc = Document(text=norm.text, offset_map=norm.anchors)
    for a, b in spans:
        check_raw_span(doc, raw, a, b, f"span {a}:{b}")


# --- fixed cases --------------------------------------------------------------------------


def test_whole_fixture_documents_satisfy_the_invariants() -> None:
    """The undamaged corpus itself (one parse each; the properties work on windows)."""
    for lines in DOCS:
        text = "\n".join(lines)
        check_document(vbcd.parse(text), text)


def test_the_checker_rejects_a_wrong_span() -> None:
    """The invariants can fail: a record whose text is not its span is caught."""
    doc = vbcd.parse(SAMPLE)
    assert doc.recipients
    doc.recipients[0].start += 1
    with pytest.raises(AssertionError, match="recipients"):
        check_document(doc, SAMPLE)
    doc = vbcd.parse(SAMPLE)
    doc.number.end = len(doc.text) + 5  # type: ignore[union-attr]
    with pytest.raises(AssertionError, match="outside text"):
        check_document(doc, SAMPLE)


def test_default_size_limit_is_twenty_million_characters() -> None:
    assert DEFAULT_MAX_CHARS == 20 * 1024 * 1024
    with pytest.raises(InputTooLargeError):
        vbcd.parse("x" * (DEFAULT_MAX_CHARS + 1))


def test_custom_size_limit() -> None:
    limit = 1000
    doc = vbcd.parse("Số: 12/QĐ-UBND\n" + "x" * (limit - 15), max_chars=limit)
    assert len(doc.text) == limit
    with pytest.raises(InputTooLargeError) as info:
        vbcd.parse("x" * (limit + 1), max_chars=limit)
    assert isinstance(info.value, VbcdError)
    assert info.value.code == "too_large"


def test_size_limit_applies_to_decoded_bytes() -> None:
    with pytest.raises(InputTooLargeError):
        vbcd.parse(("ả" * 600).encode("utf-8"), max_chars=500)
    assert vbcd.parse(("ả" * 400).encode("utf-8"), max_chars=500).text == "ả" * 400


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n", "\n\n\t  \n", "\ufeff", "\x00", "\x00" * 50, "\r\n" * 20, "\u2028\u2029",
     ".", "-", "|", "*", "**", "1.", "a)", "(", ")", "Số:", "Nơi nhận:", "KT.", "Lưu:"],
)
def test_tiny_inputs(text: str) -> None:
    result = parse_checked(text)
    assert not isinstance(result, VbcdError)


def test_empty_input_gives_an_empty_document_with_warnings() -> None:
    doc = vbcd.parse("")
    assert doc.text == ""
    assert doc.clauses == [] and doc.recipients == [] and doc.signature is None
    assert {"no_header", "no_body"} <= {w.code for w in doc.warnings}


def test_header_only() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 45/QĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Nam, ngày 12 tháng 3 năm 2024"
    )
    doc = parse_checked(text)
    assert not isinstance(doc, VbcdError)
    assert doc.number is not None and doc.number.value == "45/QĐ-UBND"
    assert doc.issue_date is not None and doc.issue_date.value == "2024-03-12"
    assert doc.clauses == [] and doc.signature is None


def test_signature_only() -> None:
    text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn An"
    doc = parse_checked(text)
    assert not isinstance(doc, VbcdError)
    assert doc.signature is not None
    assert doc.signature.authority == "KT"
    assert doc.signature.name == "Nguyễn Văn An"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(VbcdError) as info:
        vbcd.parse_file(path)
    assert info.value.code == "binary_input"


SAMPLE = "Số: 12/QĐ-UBND\nNơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_files_with_and_without_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(SAMPLE.encode(encoding))
    doc = vbcd.parse_file(path)
    assert doc.text.lstrip("\ufeff") == SAMPLE
    assert doc.number is not None and doc.number.value == "12/QĐ-UBND"
    assert [r.text for r in doc.recipients] == ["Sở Y tế"]
    check_document(doc, decoded(SAMPLE.encode(encoding)))


def test_bom_in_text_is_dropped_and_spans_map_back() -> None:
    raw = "\ufeff" + SAMPLE
    doc = parse_checked(raw)
    assert not isinstance(doc, VbcdError)
    assert doc.text == SAMPLE
    assert doc.number is not None
    assert raw[slice(*doc.raw_span(doc.number.start, doc.number.end))] == "12/QĐ-UBND"


VIET = "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh về việc triển khai nhiệm vụ năm 2024.\n" * 20


def test_one_damaged_byte_in_utf8_keeps_the_vietnamese_text() -> None:
    """A stray byte must not send the whole file to the Windows-1258 fallback."""
    data = VIET.encode("utf-8")
    damaged = data[:500] + b"\xff" + data[500:]
    doc = vbcd.parse(damaged)
    assert doc.text.count("Ủy ban nhân dân") == 20
    assert "\ufffd" in doc.text


def test_windows_1258_text_is_still_read_as_windows_1258() -> None:
    text = "Số: 12/QĐ-UBND về việc triển khai"
    data = text.encode("cp1258", errors="ignore")
    assert vbcd.parse(data).text == data.decode("cp1258")


def test_truncated_utf16_file_keeps_its_text(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(VIET.encode(encoding)[:-1])  # cut in the middle of a character
        doc = vbcd.parse_file(path)
        assert doc.text.count("Ủy ban nhân dân") == 20


def test_heavily_damaged_bom_file_is_refused() -> None:
    data = b"\xef\xbb\xbf" + b"\xff\xfe\xfd" * 100
    with pytest.raises(VbcdError):
        vbcd.parse(data)


@pytest.mark.parametrize("text", [
    "(Kèm theo Thông trİ số 12/UBND-VP ngày 1 tháng 2 năm 2024)",
    "Ngày 21/11/2025, Thủ tướng Chính phủ ban hành Công đİện số 123/CĐ-TTg về việc",
])
def test_dotted_capital_i_in_a_type_name(text: str) -> None:
    """Case-insensitive matching lets "İ" stand for "i" while casefold() turns it into
    "i̇": the type-name lookup of a headerless text used to raise KeyError here."""
    doc = parse_checked(text)
    assert not isinstance(doc, VbcdError)
    assert doc.doc_type is not None and doc.doc_type.code in ("TT", "CĐ")
    assert doc.number is not None


def test_raw_spans_survive_markup_removal_before_a_page_join() -> None:
    """The page-join step's anchors used to replace the first step's, so every raw
    offset after a removed ``**`` or CRLF was shifted (19 of the 168 fixture
    documents mapped records back to the wrong raw text)."""
    raw = "Số: 1/QĐ-UBND\r\nNơi nhận:\r\n- Sở **Y** tế;\r\n- Ban A,\r\n\r\n\r\nb"
    doc = parse_checked(raw)
    assert not isinstance(doc, VbcdError)
    first = doc.recipients[0]
    assert first.text == "Sở Y tế"
    assert raw[slice(*doc.raw_span(first.start, first.end))] == "Sở **Y** tế"


def test_raw_span_of_an_expanded_last_character_stays_in_the_input() -> None:
    """NFC expands U+0344 into two marks; a recipient ending there mapped one past
    the end of the input."""
    raw = "Nơi nhận:\n- Sở Y tế\u0344"
    doc = parse_checked(raw)
    assert not isinstance(doc, VbcdError)
    rec = doc.recipients[0]
    assert doc.raw_span(rec.start, rec.end) == (12, 20)


def test_rejoined_word_keeps_its_letters_anchored() -> None:
    raw = "ĐẢNGCỘNG SẢN VIỆT NAM\nN ơi nhận:"
    norm = normalize(raw)
    assert norm.text == "ĐẢNG CỘNG SẢN VIỆT NAM\nNơi nhận:"
    doc = Document(text=norm.text, offset_map=norm.anchors)
    i = norm.text.index("CỘNG")
    assert raw[slice(*doc.raw_span(i, i + 4))] == "CỘNG"
    j = norm.text.index("nhận")
    assert raw[slice(*doc.raw_span(j, j + 4))] == "nhận"


def test_a_word_broken_before_a_letter_bullet_keeps_its_spans() -> None:
    """``Gia`` / ``o Ban ...``: a word broken over a line so that its last letter opens
    the next line before a capital reads as Word's ``o`` bullet, written ``-``; every
    span still maps back to the printed letters (found by Hypothesis in CI)."""
    raw = ("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n1. Quán triệt các nghị quyết của Chính phủ.\n\n"
           "Giao Ban cán sự Đảng UBND tỉnh xây dựng kế hoạch. Gia\n"
           "o Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.\n\n2. Tiếp tục phòng, chống dịch.\n")
    doc = vbcd.parse(raw)
    assert "\n- Ban Tuyên giáo" in doc.text
    check_document(doc, raw)
