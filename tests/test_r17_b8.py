"""Round 17 (B8): damaged real-world copies.

Two damage forms the base parser lost a whole document's structure to:

* a legacy-font (TCVN3/VNI) document converted only in part: the body is Unicode,
  the header and signature tables (typed in ``.VnTimeH``) are still bytes read as
  Windows-1252 (``UBND TØNH ...``), so the whole-document detector kept it as is;
* a copy whose first page is lost: the text opens mid-sentence and the numbering
  mid-sequence (``3.``, ``4.``, ``5.``), so no clause counted.

All texts are invented.
"""

from __future__ import annotations

from pathlib import Path

import vbcd
from vbcd.readers.legacy import encode_legacy, fix_legacy


def _tcvn3(line: str) -> str:
    return encode_legacy(line, "tcvn3")


def _paths(clauses: list[vbcd.models.Clause]) -> list[str]:
    out: list[str] = []
    for c in clauses:
        out.append(c.path)
        out.extend(_paths(c.children))
    return out


def _partly_converted() -> str:
    header = [
        "UBND TỈNH HÀ NAM", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 377/KH-SNV", "Hà Nam, ngày 06 tháng 3 năm 2015",
        "KẾ HOẠCH",
    ]
    body = [
        "Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ năm 2015",
        "I. MỤC ĐÍCH",
        "1. Nâng cao kỹ năng soạn thảo văn bản cho công chức cấp xã.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Chi cục Văn thư - Lưu trữ chủ trì tổ chức lớp tập huấn trước ngày 30/4/2015.",
        "2. Văn phòng Sở bố trí kinh phí theo quy định.",
        "Trên đây là Kế hoạch của Sở Nội vụ./.",
    ]
    tail = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Lưu: VT, VTLT.", "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC", "", "Đoàn Thị Mai Hương"]
    return "\n".join([*map(_tcvn3, header), *body, *map(_tcvn3, tail)]) + "\n"


def test_partly_converted_legacy_lines_are_decoded() -> None:
    text, enc = fix_legacy(_partly_converted())
    assert enc == "tcvn3"
    assert text.startswith("UBND TỈNH HÀ NAM\nSỞ NỘI VỤ\n")
    assert "Số: 377/KH-SNV" in text
    assert "Đoàn Thị Mai Hương" in text
    # the Unicode body is left exactly as it was
    assert "1. Chi cục Văn thư - Lưu trữ chủ trì tổ chức lớp tập huấn" in text


def test_partly_converted_document_parses_header_and_signature(tmp_path: Path) -> None:
    path = tmp_path / "kh.txt"
    path.write_text(_partly_converted(), encoding="utf-8")
    doc = vbcd.parse_file(path)
    assert doc.number is not None and doc.number.value == "377/KH-SNV"
    assert doc.doc_type is not None and doc.doc_type.code == "KH"
    assert doc.issue_date is not None and str(doc.issue_date.value) == "2015-03-06"
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.title, doc.signature.name) == (
        "KT", "PHÓ GIÁM ĐỐC", "Đoàn Thị Mai Hương")
    assert [r.text for r in doc.recipients] == ["UBND tỉnh"]


def test_partial_vni_header_is_decoded() -> None:
    lines = [encode_legacy(s, "vni") for s in (
        "HUYỆN ỦY TÂN PHƯỚC", "*", "Số 88-TB/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Phước, ngày 11 tháng 4 năm 2013", "THÔNG BÁO")]
    text = "\n".join([*lines, "Kết luận về công tác cải cách hành chính",
                      "1. Các xã rà soát thủ tục hành chính."]) + "\n"
    fixed, enc = fix_legacy(text)
    assert enc == "vni"
    assert fixed.startswith("HUYỆN ỦY TÂN PHƯỚC\n")


def test_unicode_with_stray_signs_is_untouched() -> None:
    text = ("UBND TỈNH AN GIANG\nSở Xây dựng đề nghị: tấm sàn 3×6 m, § 4 tiêu chuẩn, "
            "nhiệt độ 20° đến 35°, hàm lượng ≤ 5 µg/m³ © TCVN; «mẫu» áp dụng.\n")
    assert fix_legacy(text) == (text, None)


def test_first_page_lost_numbering_starts_mid_sequence() -> None:
    text = (
        "kiểm tra các kho hàng và cơ sở chế biến trên địa bàn.\n"
        "4. Công an tỉnh chỉ đạo lực lượng chức năng xử lý nghiêm vi phạm.\n"
        "5. Sở Công Thương chủ trì kiểm tra thị trường, giá cả.\n"
        "6. Báo Tây Ninh tăng cường tuyên truyền.\n"
        "Yêu cầu các sở, ngành nghiêm túc thực hiện Chỉ thị này./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\n\nHà Văn Lâm\n")
    doc = vbcd.parse(text)
    assert _paths(doc.clauses) == ["4", "5", "6"]
    assert doc.closing is not None and "Chỉ thị này" in doc.closing.text


def test_first_page_lost_roman_sections_with_points() -> None:
    text = (
        "các chỉ tiêu về y tế cơ sở đạt kế hoạch giao.\n\n"
        "II. NHIỆM VỤ\n1. Kiện toàn mạng lưới y tế xã.\n2. Nâng cao chất lượng khám bệnh.\n"
        "III. KINH PHÍ\nTừ nguồn ngân sách tỉnh.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì triển khai.\n2. Sở Tài chính bố trí kinh phí.\n"
        "Nơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVi Thị Hằng\n")
    doc = vbcd.parse(text)
    assert _paths(doc.clauses) == ["II", "II/1", "II/2", "III", "IV", "IV/1", "IV/2"]


def test_lone_mid_sequence_marker_is_not_a_clause() -> None:
    # one ``3.`` with no ``4.``, ``5.`` after it: no run, so nothing is read as numbered
    text = (
        "được thực hiện theo quy định hiện hành.\n"
        "3. Trường hợp có vướng mắc, liên hệ Văn phòng Sở.\nTrân trọng./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\nTrịnh Công Minh\n")
    assert vbcd.parse(text).clauses == []


def test_complete_document_still_needs_its_first_value() -> None:
    # a header and a preamble are there: a ``3.`` run is no clause list of its own
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 12/CT-UBND\n\nCHỈ THỊ\nVề việc bình ổn giá\n\n"
        "Trong năm qua giá cả ổn định.\n3. ngày\n4. ngày\n5. ngày\n")
    assert vbcd.parse(text).clauses == []
