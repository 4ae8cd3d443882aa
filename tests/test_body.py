"""Body: clause tree, preamble, closing, addressees."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.models import Clause, Document


def paths(doc: Document) -> list[str]:
    return [c.path for c in doc.iter_clauses()]


HEAD = "THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n"


def test_depth_comes_from_the_order_styles_appear() -> None:
    a = vbcd.parse(HEAD + "Mở đầu:\n1. Một\na) Ý a\nb) Ý b\n2. Hai\n(1) Ý một\n(2) Ý hai\n")
    assert paths(a) == ["1", "1/a", "1/b", "2", "2/(1)", "2/(2)"]
    # the same styles nested the other way round
    b = vbcd.parse(HEAD + "Mở đầu:\na) Phần a\n1. Một\n2. Hai\nb) Phần b\n1. Một\n")
    assert paths(b) == ["a", "a/1", "a/2", "b", "b/1"]


def test_roman_arabic_dotted_and_paren_levels() -> None:
    doc = vbcd.parse(
        HEAD + "Nội dung:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n1.1. Ý một\n1.2. Ý hai\n"
        "(1) Chi tiết\n(2) Chi tiết\n2. Yêu cầu\nII. NỘI DUNG\n1. Việc một\n"
    )
    assert paths(doc) == ["I", "I/1", "I/1/1.1", "I/1/1.2", "I/1/1.2/(1)", "I/1/1.2/(2)",
                          "I/2", "II", "II/1"]


@pytest.mark.parametrize("gap", ["\n", "\n\n", " \n"])
def test_a_roman_numeral_alone_on_its_line_opens_its_section(gap: str) -> None:
    # a PDF's text layer or a table cell puts ``I.`` on a line of its own
    doc = vbcd.parse(
        HEAD + f"Nội dung:\nI.{gap}MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n2. Yêu cầu\n"
        f"II.{gap}NỘI DUNG\n1. Việc một\n2. Việc hai\n"
    )
    assert paths(doc) == ["I", "I/1", "I/2", "II", "II/1", "II/2"]
    assert doc.clauses[1].text.split() [:3] == ["II.", "NỘI", "DUNG"]


def test_a_lone_roman_numeral_without_its_dot_is_no_marker() -> None:
    # a table's code column (``II``, ``V2``) is not a section
    doc = vbcd.parse(HEAD + "Nội dung:\n1. Một\nII\nKhoáng sản\n2. Hai\n")
    assert paths(doc) == ["1", "2"]


@pytest.mark.parametrize("end", ["-", "–", "."])
def test_dotted_numbers_closed_by_a_dash_as_party_guides_write_them(end: str) -> None:
    doc = vbcd.parse(HEAD + f"Nội dung:\n1- Công tác đảng viên\n1.1{end} Kết nạp\na) Tỉnh ủy\n"
                     f"1.2{end} Quản lý\n2- Tổ chức\n2.1{end} Kiện toàn\n")
    assert paths(doc) == ["1", "1/1.1", "1/1.1/a", "1/1.2", "2", "2/2.1"]


@pytest.mark.parametrize("end", [")", "."])
def test_points_of_a_lettered_point_as_plans_number_them(end: str) -> None:
    """``a.1)``, ``a.2)`` under ``a)``: each opens under the point of its own letter and
    counts on from 1; a run that does not start at 1 or names another letter is none."""
    doc = vbcd.parse(HEAD + f"Nội dung:\n1. Nhiệm vụ\na) Cải cách\na.1{end} Rà soát.\n"
                     f"a.2{end} Công bố.\nb) Chuyển đổi số\nb.1{end} Số hóa.\nc) Khác\n"
                     f"a.3{end} Lạc.\n2. Giải pháp\n")
    assert paths(doc) == ["1", "1/a", "1/a/a.1", "1/a/a.2", "1/b", "1/b/b.1", "1/c", "2"]


def test_marker_only_counts_when_it_continues_its_sequence() -> None:
    doc = vbcd.parse(
        HEAD + "Nội dung:\n1. Giao Sở Y tế thực hiện theo khoản\n3. Điều 15 Luật này (không phải mục)\n"
        "2. Giao Sở Tài chính bố trí kinh phí.\n3. Các địa phương triển khai.\n"
    )
    assert paths(doc) == ["1", "2", "3"]
    c1 = doc.clauses[0]
    assert "3. Điều 15 Luật này" in c1.text  # stays text of clause 1


def test_a_skipped_number_is_accepted_when_the_sequence_goes_on() -> None:
    doc = vbcd.parse(HEAD + "Nội dung:\n1. Một\n2. Hai\n3. Ba\n5. Năm\n6. Sáu\n")
    assert paths(doc) == ["1", "2", "3", "5", "6"]


def test_a_skipped_roman_section_over_a_heading_in_capitals_counts() -> None:
    # OCR or the author skipped III: the last section still opens over its heading
    doc = vbcd.parse(HEAD + "Nội dung:\nI. MỤC ĐÍCH\n1. Một\n2. Hai\nII. NHIỆM VỤ\n1. Một\n"
                     "2. Hai\nIV. TỔ CHỨC THỰC HIỆN\n1. Một\n2. Hai\n")
    assert paths(doc) == ["I", "I/1", "I/2", "II", "II/1", "II/2", "IV", "IV/1", "IV/2"]
    # not over a line in small letters
    doc = vbcd.parse(HEAD + "Nội dung:\nI. MỤC ĐÍCH\n1. Một\nII. NHIỆM VỤ\n1. Một\n"
                     "IV. Trong đó có nội dung\n2. Hai\n")
    assert paths(doc) == ["I", "I/1", "II", "II/1", "II/2"]


def test_vietnamese_letter_sequence_with_d_stroke() -> None:
    doc = vbcd.parse(HEAD + "Nội dung:\n1. Việc\na) một\nb) hai\nc) ba\nd) bốn\nđ) năm\ne) sáu\n")
    assert paths(doc) == ["1", "1/a", "1/b", "1/c", "1/d", "1/đ", "1/e"]


def test_articles_of_a_decision_and_their_points() -> None:
    doc = vbcd.parse(
        "QUYẾT ĐỊNH\nPhê duyệt kế hoạch\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kế hoạch:\n1. Diện tích đất\n2. Kế hoạch thu hồi\n"
        "Điều 2. Tổ chức thực hiện\nĐiều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành\n"
        "Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert paths(doc) == ["Điều 1", "Điều 1/1", "Điều 1/2", "Điều 2", "Điều 3"]
    # a decision ends with its last article: no separate closing
    assert doc.closing is None
    assert "Giám đốc các sở" in doc.clauses[-1].text
    assert doc.preamble is not None and "QUYẾT ĐỊNH:" in doc.preamble.text


def test_page_break_continuation_stays_in_its_clause() -> None:
    raw = (HEAD + "Nội dung:\n1. Các sở, ngành triển khai thực hiện các\n\n--- PAGE BREAK ---\n\n"
           "biện pháp cấp bách.\n2. Hai.\n")
    doc = vbcd.parse(raw)
    assert paths(doc) == ["1", "2"]
    assert "biện pháp cấp bách" in doc.clauses[0].text


def test_tables_do_not_make_clauses() -> None:
    doc = vbcd.parse(
        HEAD + "Nội dung:\n1. Diện tích:\n\n| STT | Chỉ tiêu | Mã | Diện tích |\n| --- | --- | --- | --- |\n"
        "| 1 | Đất nông nghiệp | NNP | 51.278 |\n| 1.1 | Đất lúa nước | LUA | 17.214 |\n\n2. Hai.\n"
    )
    assert paths(doc) == ["1", "2"]


def test_closing_is_not_part_of_the_last_clause() -> None:
    doc = vbcd.parse(
        HEAD + "Ngày 04/02/2021, Ban Thường vụ Tỉnh ủy họp và kết luận như sau:\n\n"
        "1. Giao đồng chí Nguyễn Văn A chỉ đạo.\n\n2. Giao Sở Y tế xét nghiệm.\n\n"
        "Phấn đấu hoàn thành trước ngày 09/02/2021.\n\n"
        "Thừa lệnh Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy thông báo để các cơ quan biết.\n\n"
        "Nơi nhận:\n- Như trên,\n- Lưu VPTU.\n"
    )
    assert doc.closing is not None
    assert doc.closing.text.startswith("Thừa lệnh Ban Thường vụ")
    assert "Phấn đấu hoàn thành" in doc.clauses[-1].text
    assert "Thừa lệnh" not in doc.clauses[-1].text
    assert doc.meeting_date is not None and doc.meeting_date.value == "2021-02-04"


def test_cong_van_without_clauses_has_preamble_and_closing() -> None:
    doc = vbcd.parse(
        "Số: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\nKính gửi: Thuế tỉnh Quảng Trị.\n"
        "Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng Trị.\n"
        "Căn cứ quy định nêu trên, đề nghị Thuế tỉnh hướng dẫn đơn vị.\n"
        "Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị biết./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n"
    )
    assert doc.clauses == []
    assert [a.text for a in doc.addressees] == ["Thuế tỉnh Quảng Trị"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Cục Thuế nhận được")
    assert doc.closing is not None and doc.closing.text.startswith("Cục Thuế có ý kiến")
    # a cited document's date is not a meeting date
    assert doc.meeting_date is None


@pytest.mark.parametrize("items", [
    "Kính gửi: Các sở, ban, ngành thuộc tỉnh;\n           UBND các huyện, thị xã, thành phố.\n",
    "Kính gửi:\nCác sở, ban, ngành thuộc tỉnh;\nUBND các huyện, thị xã, thành phố.\n",
])
def test_addressees_whose_dashes_a_converter_dropped(items: str) -> None:
    # a Word list's bullets are lost: each addressee is a short line closed by ``;``
    doc = vbcd.parse(
        "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch sốt xuất huyết\n" + items
        + "Thực hiện Công văn số 456/BYT-DP ngày 05/3/2025 của Bộ Y tế, UBND tỉnh đề nghị:\n"
        "1. Sở Y tế chủ trì triển khai.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees] == [
        "Các sở, ban, ngành thuộc tỉnh", "UBND các huyện, thị xã, thành phố"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Thực hiện Công văn")


def test_a_dashed_addressee_list_stops_at_an_undashed_line() -> None:
    # with dashes, an undashed line after ``;`` is the body, however short
    doc = vbcd.parse(
        "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch\nKính gửi:\n- Sở Y tế;\n- Sở Tài chính;\n"
        "UBND tỉnh có ý kiến như sau.\n1. Sở Y tế chủ trì triển khai.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees] == ["Sở Y tế", "Sở Tài chính"]


@pytest.mark.parametrize("items", ["Kính gửi: Sở Y tế\n", "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính\n"])
@pytest.mark.parametrize("lead", ["UBND tỉnh có ý kiến như sau:",
                                  "Về việc này, Chủ tịch UBND tỉnh yêu cầu:"])
def test_a_short_lead_in_under_the_addressees_opens_the_body(items: str, lead: str) -> None:
    """No blank line under the addressee and a short body line ending with a colon:
    a wrapped name never ends with one, so the line leads in to the body."""
    doc = vbcd.parse(
        "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch\n" + items + lead
        + "\n1. Sở Y tế chủ trì triển khai.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees][:1] == ["Sở Y tế"]
    assert all(":" not in a.text for a in doc.addressees)
    assert doc.preamble is not None and doc.preamble.text == lead


def test_a_subject_line_under_the_addressee_is_not_part_of_it() -> None:
    """A converter that reads the header's cells out of order puts ``V/v ...`` under
    the ``Kính gửi:`` line: no addressee opens with the subject label."""
    doc = vbcd.parse(
        "Số: 1234/UBND-KGVX\nHà Nội, ngày 15 tháng 3 năm 2024\nKính gửi: Sở Y tế\n"
        "V/v phòng, chống dịch sốt xuất huyết\n\nThực hiện Kế hoạch của UBND tỉnh, đề nghị:\n"
        "1. Sở Y tế chủ trì.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees] == ["Sở Y tế"]
    assert doc.title is not None and doc.title.value.startswith("V/v phòng")


def test_telegram_recipients_are_addressees() -> None:
    doc = vbcd.parse(
        "CÔNG ĐIỆN\nV/V CHỦ ĐỘNG PHÒNG, TRÁNH MƯA LŨ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
        "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh,\nQuảng Trị, Huế;\n"
        "- Các Bộ: Quốc phòng, Công an;\n- Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia.\n"
        "Theo dự báo, mưa lớn tiếp tục.\n"
    )
    assert [a.text.replace("\n", " ") for a in doc.addressees] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế",
        "Các Bộ: Quốc phòng, Công an",
        "Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia",
    ]
    assert doc.title is not None and doc.title.value.startswith("V/V CHỦ ĐỘNG")


_TELEGRAM = ("CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 3\n")
_BODY = "Để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế theo dõi.\n"


@pytest.mark.parametrize("block", [
    # one addressee a line, neither dashes nor semicolons
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\nGiám đốc các Sở, ban, ngành cấp tỉnh\n"
    "Chủ tịch UBND các xã, phường\nBộ Chỉ huy Quân sự tỉnh\n",
    # on the heading's line
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện: Giám đốc các Sở, ban, ngành cấp tỉnh; "
    "Chủ tịch UBND các xã, phường; Bộ Chỉ huy Quân sự tỉnh.\n",
])
def test_telegram_addressees_without_dashes(block: str) -> None:
    doc = vbcd.parse(_TELEGRAM + block + "\n" + _BODY)
    assert [a.text for a in doc.addressees] == [
        "Giám đốc các Sở, ban, ngành cấp tỉnh", "Chủ tịch UBND các xã, phường",
        "Bộ Chỉ huy Quân sự tỉnh"]


def test_the_lead_in_of_an_addressee_list_is_no_addressee() -> None:
    doc = vbcd.parse(
        "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch\n"
        "Kính gửi: Các cơ quan, đơn vị có tên sau đây:\n- Sở Y tế;\n- Sở Tài chính.\n\n"
        "Thực hiện Kế hoạch của UBND tỉnh, đề nghị:\n1. Sở Y tế chủ trì.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees] == ["Sở Y tế", "Sở Tài chính"]


@pytest.mark.parametrize("opener", [
    "Cục Thuế nhận được Công văn số 3374/CTHN-NV\nngày 30/6/2025 của Thuế tỉnh",
    "Sở Y tế đã nhận được đơn phản ánh\ncủa ông Nguyễn Văn An",
])
def test_a_replys_first_sentence_ends_the_addressees(opener: str) -> None:
    """A reply opens with what its writer received (``Cục Thuế nhận được Công văn số
    ...``) right under the addressee, with no blank line: that line is the body's."""
    doc = vbcd.parse(
        "Số: 1234/CT-NV\nV/v chính sách thuế\nKính gửi: Thuế\nthành phố Hồ Chí Minh\n"
        + opener + "\nvề chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
        "1. Về thuế suất.\nTrân trọng./.\n")
    assert [a.text.replace("\n", " ") for a in doc.addressees] == [
        "Thuế thành phố Hồ Chí Minh"]


def test_a_replys_addressee_details_wrapped_over_lines_stay_one() -> None:
    """A tax office's reply gives the citizen's or the company's address and phone in
    a bracket under the name; wrapped after the bracket's ``;``, the next line still
    belongs to that one addressee and is no body line. The details name no one: the
    addressee is the name before them."""
    doc = vbcd.parse(
        "Số: 789/CT-TTHT\nV/v chính sách thuế\nKính gửi: Bà Trần Thị Bình\n"
        "(Địa chỉ: Số 12 Lê Lợi, phường Quy Nhơn Nam, tỉnh Gia Lai;\nSố ĐT: 0912345678)\n"
        "Cục Thuế nhận được câu hỏi của bà về chính sách thuế. Về vấn đề này, Cục Thuế có "
        "ý kiến như sau:\n1. Về thuế suất.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees] == ["Bà Trần Thị Bình"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Cục Thuế nhận được")


def test_wrapped_addressee_lines_stay_one() -> None:
    # a comma or a linking word at a line's end leaves the name open
    doc = vbcd.parse(
        "Số: 1234/UBND-KGVX\nV/v phòng, chống dịch\nKính gửi:\nGiám đốc Sở Văn hóa,\n"
        "Thể thao và Du lịch\nBan Chỉ huy phòng, chống thiên tai và\nTìm kiếm cứu nạn tỉnh\n\n"
        "Thực hiện Kế hoạch của UBND tỉnh, đề nghị:\n1. Sở Y tế chủ trì.\nTrân trọng./.\n")
    assert [a.text.replace("\n", " ") for a in doc.addressees] == [
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
        "Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]


def test_dash_and_slash_markers_and_ordinal_parts() -> None:
    doc = vbcd.parse(
        "KẾ HOẠCH\nThực hiện công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương.\n"
        "I- MỤC ĐÍCH\n1- Một\n2- Hai\na- ý a\nb- ý b\nII- TỔ CHỨC THỰC HIỆN\n1/ Sở Y tế chủ trì.\n"
        "2/ Sở Tài chính bố trí kinh phí.\n"
    )
    assert paths(doc) == ["I", "I/1", "I/2", "I/2/a", "I/2/b", "II", "II/1", "II/2"]
    parts = vbcd.parse(HEAD + "Nội dung:\nPhần thứ nhất\nTình hình\nPhần thứ hai\nNhiệm vụ\n")
    assert paths(parts) == ["Phần thứ nhất", "Phần thứ hai"]


def test_heading_clause_keeps_the_paragraph_under_it() -> None:
    doc = vbcd.parse(
        "KẾ HOẠCH\nNâng cao năng lực\n\nCăn cứ Luật Tổ chức chính quyền địa phương.\n"
        "I. MỤC ĐÍCH\nNâng cao năng lực cán bộ.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở triển khai thực hiện./.\n"
    )
    assert doc.closing is None
    assert "Giao Sở Kế hoạch" in doc.clauses[-1].text


def test_self_reference_makes_the_last_paragraph_the_closing() -> None:
    doc = vbcd.parse(
        HEAD + "Nội dung:\n1. Một việc.\n2. Hai việc.\n\nBan cán sự đảng UBND tỉnh, Chủ tịch UBND các "
        "huyện; thủ trưởng các sở có trách nhiệm triển khai thực hiện tốt nội dung Thông báo kết "
        "luận này.\n"
    )
    assert doc.closing is not None and doc.closing.text.startswith("Ban cán sự đảng")
    assert "Ban cán sự" not in doc.clauses[-1].text


def test_headings_in_capitals_numbered_like_the_level_below_nest_it() -> None:
    """``1. MỤC ĐÍCH, YÊU CẦU`` then ``1. Mục đích``: the numbering starts again under
    a heading in capitals, so the capitals are a level of their own; the next heading in
    capitals (``2. NHIỆM VỤ``) is the first one's sibling, not its child's."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 15/KH-UBND\nHà Nội, ngày 01 tháng 07 năm 2021\n"
        "KẾ HOẠCH\nNÂNG CAO HIỆU QUẢ THANH TRA\n1. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "Nâng cao hiệu quả.\n2. Yêu cầu\nBảo đảm đúng quy định.\n2. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "1. Sở Nội vụ chủ trì rà soát.\n2. Sở Tài chính bố trí kinh phí.\n"
        "3. TỔ CHỨC THỰC HIỆN\nCác sở, ngành thực hiện.\n")

    def paths(clauses: list[Clause]) -> list[str]:
        return [p for c in clauses for p in [c.path, *paths(c.children)]]

    assert paths(doc.clauses) == ["1", "1/1", "1/2", "2", "2/1", "2/2", "3"]
    assert [c.style for c in doc.clauses] == ["arabic"] * 3
    # without a heading in capitals, ``1.`` again is no new level
    doc = vbcd.parse("1. Mục đích\n1. Mục đích\n2. Yêu cầu\n")
    assert paths(doc.clauses) == ["1", "2"]


def test_a_flattened_addressee_line_ends_at_the_body_opener() -> None:
    """``Kính gửi: Đ/c Chủ tịch ... Trung ương Thực hiện Luật ...`` on one line."""
    doc = vbcd.parse("BỘ Y TẾ -------\nSố: 6087/BYT-KCB V/v thực hiện cấp chứng chỉ hành nghề.\n"
                     "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân "
                     "tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật Khám bệnh, chữa bệnh; "
                     "Công văn số 2991/VPCP-KGVX của Văn phòng Chính phủ, Bộ Y tế đề nghị:\n"
                     "1. Chỉ đạo Sở Y tế chủ trì.\n")
    assert [a.text for a in doc.addressees] == [
        "Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Thực hiện Luật")


_THADS_HEAD = ("BỘ TƯ PHÁP\nCỤC THI HÀNH ÁN DÂN SỰ\nTỈNH THANH HÓA\nSố: 456/CTHADS-NV\n"
               "Thanh Hóa, ngày 15 tháng 10 năm 2024\n")


@pytest.mark.parametrize("addressee", ["Tổng cục Thi hành án dân sự",
                                       "Các Phòng Thi hành án dân sự khu vực"])
def test_thi_hanh_an_in_an_addressees_name_is_no_body_opener(addressee: str) -> None:
    """``Thi hành`` opens a body (``Thi hành Quyết định số ...``), but ``Thi hành án``
    names the civil judgment enforcement service: the addressee goes on past it."""
    doc = vbcd.parse(_THADS_HEAD + "V/v báo cáo kết quả thi hành án\n\nKính gửi: " + addressee
                     + ".\n\nCục Thi hành án dân sự tỉnh báo cáo như sau:\n1. Số việc.\n")
    assert [a.text for a in doc.addressees] == [addressee]


def test_thi_hanh_an_on_a_titles_second_line_goes_on_with_the_title() -> None:
    doc = vbcd.parse(_THADS_HEAD + "\nBÁO CÁO\nKết quả công tác\nThi hành án dân sự năm 2024\n\n"
                     "Cục Thi hành án dân sự tỉnh báo cáo như sau:\n1. Số việc.\n")
    assert doc.title is not None
    assert doc.title.value == "Kết quả công tác Thi hành án dân sự năm 2024"


@pytest.mark.parametrize("opener", ["Phúc đáp Công văn số 615/SYT-NV ngày 3/4/2023",
                                    "Trả lời công văn số 20/STC ngày 03/10/2025"])
def test_a_reply_opens_the_body(opener: str) -> None:
    """A reply opens with what it answers: on a flattened ``Kính gửi:`` line, and on
    its own line after the addressee, the addressee ends there."""
    flat = vbcd.parse("BỘ TÀI CHÍNH\nSố: 35/BTC-QLCS V/v hướng dẫn thanh lý tài sản Hà Nội, "
                      f"ngày 5 tháng 5 năm 2023 Kính gửi: Sở Y tế tỉnh Nam Định {opener} "
                      "của Sở Y tế, Bộ Tài chính có ý kiến như sau:\n1. Về thanh lý tài sản.\n")
    assert [a.text for a in flat.addressees] == ["Sở Y tế tỉnh Nam Định"]
    lined = vbcd.parse("BỘ TÀI CHÍNH\nSố: 35/BTC-QLCS\nV/v hướng dẫn thanh lý tài sản\n"
                       "Hà Nội, ngày 5 tháng 5 năm 2023\nKính gửi: Cục Thuế\nthành phố Hà Nội\n"
                       f"{opener}\nvề thanh lý tài sản, Bộ Tài chính có ý kiến như sau:\n"
                       "1. Về thanh lý tài sản.\n")
    assert [a.text for a in lined.addressees] == ["Cục Thuế\nthành phố Hà Nội"]


def test_sections_lettered_in_capitals_and_slash_letters() -> None:
    """``A. MỤC ĐÍCH, YÊU CẦU`` / ``B. NỘI DUNG`` head a plan's roman parts; ``a/`` is a
    point like ``a)``. A capital letter before a line not in capitals is no section."""
    doc = vbcd.parse(
        "KẾ HOẠCH\nTriển khai thực hiện\nA. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận "
        "thức.\n2. Yêu cầu\nBảo đảm hiệu quả.\nB. NỘI DUNG, NHIỆM VỤ\nI. CÔNG TÁC QUÁN "
        "TRIỆT\n1. Nội dung\na) Tổ chức Hội nghị quán triệt.\nb) Tuyên truyền.\nII. BAN "
        "HÀNH VĂN BẢN\n1. Nội dung\na/ Rà soát văn bản.\nb/ Ban hành văn bản.\n"
        "C. TỔ CHỨC THỰC HIỆN\n1. Bộ Quốc phòng chủ trì.\n")
    assert paths(doc) == [
        "A", "A/1", "A/2", "B", "B/I", "B/I/1", "B/I/1/a", "B/I/1/b", "B/II", "B/II/1",
        "B/II/1/a", "B/II/1/b", "C", "C/1"]
    doc = vbcd.parse("KẾ HOẠCH\nTriển khai\n1. Mục đích\nA. Nguyễn Văn An phụ trách.\n"
                     "2. Yêu cầu\n")
    assert paths(doc) == ["1", "2"]


def test_the_points_of_a_quoted_amendment_are_not_clauses() -> None:
    """``d) Sửa đổi khoản 4 như sau:`` / ``“4. ...`` / ``a) ...`` ... ``”.``: the quoted
    text's markers are the amended act's; the real ``đ)`` after the quote counts."""
    doc = vbcd.parse(
        "QUYẾT ĐỊNH\nSửa đổi quy định\nĐiều 1. Sửa đổi như sau:\n"
        "a) Sửa đổi khoản 1 như sau:\n“1. Mức chi 50.000 đồng.”.\n"
        "b) Sửa đổi khoản 2.\nc) Sửa đổi khoản 3.\n"
        "d) Sửa đổi, bổ sung khoản 4 Điều 12 như sau:\n"
        "“4. Xác định danh tính bằng phương pháp giám định ADN:\n"
        "a) Giám định ADN là dịch vụ sự nghiệp công.\nb) Mẫu giám định gồm hai loại.\n"
        "đ) Đơn giá đặt hàng:\nBộ trưởng Bộ Tài chính ban hành đơn giá.\n"
        "e) Nội dung đặt hàng:\nCác nội dung khác không trái với quy định”.\n"
        "đ) Sửa đổi khoản 7 Điều 12 như sau:\nMức chi mới.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    assert paths(doc) == ["Điều 1", "Điều 1/a", "Điều 1/b", "Điều 1/c", "Điều 1/d",
                          "Điều 1/đ", "Điều 2"]
    # a quoted line that is no amendment (not after a colon, no marker) quotes nothing
    doc = vbcd.parse("1. Về nội dung\nLuật quy định về “bản tin”. Ngoài ra\n"
                     "“đặc san” là sản phẩm.\n2. Về thời hạn\n")
    assert paths(doc) == ["1", "2"]


def test_an_amendment_quoted_with_doubled_single_marks_or_guillemets() -> None:
    """Word processors and converters write the opening mark as two single ones
    (``‘‘Điều 18. ...`` ... ``."``) or as guillemets (``«`` ... ``»``): the quoted act's
    points are still not the letter's."""
    head = "1. Về thuế suất\nTại Điều 18 Nghị định số 181/2025/NĐ-CP quy định như sau:\n"
    tail = "Căn cứ các quy định nêu trên, Công ty áp dụng.\n2. Về hóa đơn\nLập hóa đơn.\n"
    for opening, closing in (("‘‘", '"'), ("‘‘", "’’"), ("«", "»")):
        doc = vbcd.parse(head + f"{opening}Điều 18. Điều kiện áp dụng\n1. Đối với hàng hóa:\n"
                         "a) Hợp đồng bán.\nb) Chứng từ thanh toán.\n"
                         f"2. Đối với dịch vụ:\na) Hợp đồng cung cấp.{closing}\n" + tail)
        assert paths(doc) == ["1", "2"], opening


def test_a_cited_article_wrapped_to_a_line_start_is_no_article() -> None:
    """``... theo khoản 4 và khoản 6`` / ``Điều 22 Luật BHYT:``: an article marker with no
    stop after its number, on a line after one that leaves its sentence open, is a
    citation wrapped to the line start; an article's own marker (``Điều 2.``, or after a
    sentence's end or a colon) still opens an article."""
    doc = vbcd.parse(
        "BỘ Y TẾ\nSố: 627/BYT-BH\nV/v thanh toán\n\nKính gửi: Bảo hiểm xã hội Việt Nam.\n\n"
        "1. Về thanh toán: thực hiện theo quy định.\n2. Về mức hưởng: theo quy định tại "
        "khoản 4 và khoản 6\nĐiều 22 Luật Bảo hiểm y tế:\na) Người bệnh được hưởng 100%.\n"
        "b) Người bệnh được hưởng 80%.\n3. Về hồ sơ: căn cứ khoản 2,\nĐiều 18 Luật Thuế.\n")
    assert paths(doc) == ["1", "2", "2/a", "2/b", "3"]
    doc = vbcd.parse("QUYẾT ĐỊNH:\nĐiều 1 Phê duyệt Kế hoạch.\nĐiều 2 Giao Sở Y tế thực hiện."
                     "\nĐiều 3. Quyết định có hiệu lực kể từ ngày ký\nĐiều 4. Chánh Văn phòng "
                     "thi hành.\n")
    assert paths(doc) == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]


@pytest.mark.parametrize("wrapped", [
    "1. Các đơn vị thực hiện đúng quy định tại khoản 2\nĐiều 5. Nghị định số 30/2020/NĐ-CP.",
    "1. Các đơn vị thực hiện đúng quy định tại\nĐiều 5.",
    "1. Các đơn vị thực hiện theo\nĐiều 5: Thông tư số 01/2024/TT-BNV.",
])
def test_a_cited_article_with_its_stop_below_a_waiting_line_is_no_article(wrapped: str) -> None:
    """``... quy định tại`` / ``Điều 5.``: the line before waits for a citation (it
    ends with a preposition or a ``khoản``'s number), so the stop after the article's
    number ends the sentence, not an article marker."""
    doc = vbcd.parse("BỘ NỘI VỤ\nSố: 12/BNV-TCBC\nV/v thực hiện chế độ báo cáo\n\n"
                     "Kính gửi: Các bộ, ngành.\n\n" + wrapped + "\n2. Sở Nội vụ kiểm tra.\n")
    assert paths(doc) == ["1", "2"]
    # an article's own marker after a line that ends its sentence still counts
    doc = vbcd.parse("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch thực hiện tại địa phương.\n"
                     "Điều 2. Giao Sở Y tế thực hiện theo khoản 2 Điều 1.\nĐiều 3. Hiệu lực.\n")
    assert paths(doc) == ["Điều 1", "Điều 2", "Điều 3"]


def test_a_first_point_run_on_in_its_heading_line_lets_the_next_ones_count() -> None:
    """``2. Về đại lý 2.1. Điều kiện ...`` (a crawler joined the lines): the point
    inside the heading is a clause of its own when ``2.2.`` opens a line further on, and
    the points ``2.2.``, ``2.3.`` go on from it; a ``2.2.`` with no ``2.1.`` before it
    anywhere in its parent still does not count."""
    head = ("BỘ TÀI CHÍNH\nSố: 19046/BTC-TCHQ\nV/v thủ tục hải quan\n\nKính gửi: Cục Hải quan "
            "các tỉnh, thành phố.\n\n1. Về hồ sơ: thực hiện theo quy định.\n")
    doc = vbcd.parse(head + "2. Về đại lý làm thủ tục hải quan 2.1. Điều kiện: theo quy định.\n"
                     "2.2. Thủ tục công nhận: theo quy định.\n2.3. Thủ tục gia hạn:\na) Hồ sơ "
                     "gồm đơn.\nb) Thời hạn 5 ngày.\n3. Về kiểm tra: theo quy định.\n")
    assert paths(doc) == ["1", "2", "2/2.1", "2/2.2", "2/2.3", "2/2.3/a", "2/2.3/b", "3"]
    point = list(doc.iter_clauses())[2]
    assert point.marker == "2.1." and point.text == "2.1. Điều kiện: theo quy định."
    doc = vbcd.parse(head + "2. Về đại lý làm thủ tục hải quan.\n2.2. Thủ tục công nhận.\n"
                     "3. Về kiểm tra: theo quy định.\n")
    assert paths(doc) == ["1", "2", "3"]


def test_items_numbered_past_ninety_nine() -> None:
    """A resolution lists over a hundred arrangements (``100.``, ``121.``); a three-digit
    number that does not go on from the sequence is still no marker."""
    items = "\n".join(f"{i}. Sắp xếp xã A{i} thành xã B{i}." for i in range(1, 106))
    doc = vbcd.parse(f"NGHỊ QUYẾT\nVề sắp xếp\nĐiều 1. Sắp xếp như sau:\n{items}\n"
                     "Điều 2. Hiệu lực.\n")
    assert [c.path for c in doc.clauses[0].children][-3:] == [
        "Điều 1/103", "Điều 1/104", "Điều 1/105"]
    assert paths(vbcd.parse("1. Mục đích.\n2. Yêu cầu.\n100. Sai.\n3. Nội dung.\n")) == [
        "1", "2", "3"]


def test_without_blank_lines_the_title_and_the_addressee_end_where_the_body_starts() -> None:
    """Text that lost its blank lines (a crawler, a converter): the title is one phrase,
    so a line holding two sentences is the body's; an addressee that reads whole is
    not continued by a long line opening with a capital. A wrapped list goes on."""
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/TB-UBND\nHà Nội, ngày 05 tháng 5 năm 2026\n"
        "THÔNG BÁO\nVề việc treo cờ Tổ quốc\nNhân dịp Đại hội đại biểu toàn quốc lần thứ XI"
        ", nhiệm kỳ 2026 - 2031. Ủy ban nhân dân Thành phố đề nghị các cơ quan treo cờ.\n")
    assert doc.title is not None and doc.title.value == "Về việc treo cờ Tổ quốc"
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 15/UBND-VX\nV/v báo cáo kết quả\n"
        "An Bình, ngày 05 tháng 3 năm 2024\nKính gửi: Sở Y tế\nỦy ban nhân dân tỉnh đề nghị "
        "Sở Y tế chủ trì, phối hợp với Sở Tài chính báo cáo kết quả trước ngày 20/3/2024.\n")
    assert [a.text for a in doc.addressees] == ["Sở Y tế"]
    assert [(a.actor, a.role) for a in doc.assignments][:2] == [
        ("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate")]
    doc = vbcd.parse(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 21/CĐ-TTg\nHà Nội, ngày 16 tháng 11 năm 2025\nCÔNG ĐIỆN\n"
        "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh,\nQuảng Trị, Huế, "
        "Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Phú Yên, Bình Định;\n"
        "Theo dự báo, mưa lớn tiếp diễn.\n")
    assert len(doc.addressees) == 1 and doc.addressees[0].text.endswith("Bình Định")


@pytest.mark.parametrize("dash", [" -", "- ", " - ", " – ", "/ "])
def test_sections_lettered_in_capitals_with_a_dash(dash: str) -> None:
    """``A -MỤC ĐÍCH`` / ``B - NỘI DUNG`` (or ``A/ MỤC ĐÍCH``) head a Party guidance's
    roman parts as ``A.`` does; the first heading ends the title. A dash after a capital letter before
    a line not in capitals is no section."""
    doc = vbcd.parse(
        "HƯỚNG DẪN\nVỀ ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG\n\n"
        f"A{dash}MỤC ĐÍCH, YÊU CẦU\n- Đánh giá đúng chất lượng.\n"
        f"B{dash}NỘI DUNG VÀ PHƯƠNG PHÁP\nI. ĐỐI VỚI TỔ CHỨC CƠ SỞ ĐẢNG\n"
        "1. Căn cứ đánh giá\n2. Tiêu chí\nII. ĐỐI VỚI ĐẢNG VIÊN\n1. Căn cứ\n")
    assert paths(doc) == ["A", "B", "B/I", "B/I/1", "B/I/2", "B/II", "B/II/1"]
    assert doc.title is not None and doc.title.value.endswith("CƠ SỞ ĐẢNG")
    doc = vbcd.parse("KẾ HOẠCH\nTriển khai\n1. Mục đích\nA - Nguyễn Văn An phụ trách.\n"
                     "2. Yêu cầu\n")
    assert paths(doc) == ["1", "2"]


def test_khoan_and_diem_named_under_an_article() -> None:
    """Guidance quoting an article names its clauses: ``Khoản 1.`` (and ``Điểm a.``)
    are children of ``Điều 1.``, labelled as printed without the stop."""
    doc = vbcd.parse(
        "HƯỚNG DẪN\nchế độ chi hoạt động công tác đảng\n\n"
        "Văn phòng Trung ương Đảng hướng dẫn như sau:\n"
        "Điều 1. Đối tượng áp dụng\nKhoản 1. Được chi cho tổ chức cơ sở đảng.\n"
        "Điểm a. Chi bộ trực thuộc.\nĐiểm b. Đảng bộ bộ phận.\n"
        "Khoản 2. Không áp dụng cho đơn vị sự nghiệp.\nĐiều 2. Mức chi\n"
        "Khoản 1: Mức chi theo đảng viên.\n")
    assert paths(doc) == [
        "Điều 1", "Điều 1/Khoản 1", "Điều 1/Khoản 1/Điểm a", "Điều 1/Khoản 1/Điểm b",
        "Điều 1/Khoản 2", "Điều 2", "Điều 2/Khoản 1"]


def test_roman_one_with_a_stray_tone_mark() -> None:
    """``Í- MỤC TIÊU`` (a site that scatters tone marks) is section ``I`` over a heading
    in capitals; before a line not in capitals it is no marker."""
    doc = vbcd.parse(HEAD + "Nội dung:\nÍ- MỤC TIÊU, YÊU CẦU\n1. Bảo đảm nguyên tắc.\n"
                     "2. Nghiên cứu sắp xếp.\nII- NHIỆM VỤ\n1. Tổ chức.\n")
    assert paths(doc) == ["I", "I/1", "I/2", "II", "II/1"]
    doc = vbcd.parse(HEAD + "Nội dung:\n1. Một.\nÌ. vậy là xong.\n2. Hai.\n")
    assert paths(doc) == ["1", "2"]


def test_a_restarted_numbered_list_is_not_the_closing() -> None:
    """``Trong Quy định này, ... như sau:`` / ``1. ...`` / ``2. ...`` after the last
    counted clause (its article heading lost): a numbered list is no closing."""
    doc = vbcd.parse(
        "QUY ĐỊNH\nvề kiểm soát quyền lực\n\nChương I: Những quy định chung\n"
        "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Quy định về hành vi.\n"
        "2. Đối tượng áp dụng là tổ chức, cá nhân.\n"
        "Trong Quy định này, các từ ngữ dưới đây được hiểu như sau:\n"
        "1. Quyền lực trong công tác cán bộ là thẩm quyền của tổ chức.\n"
        "2. Kiểm soát quyền lực là việc sử dụng cơ chế.\n")
    assert doc.closing is None
    assert list(doc.iter_clauses())[-1].text.endswith("sử dụng cơ chế.")


def test_meeting_date_of_an_event_that_took_place_not_of_a_holiday() -> None:
    """``Đại hội ... diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020`` reports the
    event (its first day); a holiday the text prepares for (``đón Tết Nguyên đán Giáp
    Thìn 2024``) is no meeting, even in a sentence that says ``tổ chức``."""
    doc = vbcd.parse(
        "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XI\n\n"
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI diễn ra từ ngày 12 đến ngày 15 tháng 10 "
        "năm 2020, toàn bộ chương trình Đại hội đã hoàn thành.\n\nQUYẾT NGHỊ\n\n"
        "I- Tán thành báo cáo chính trị.\n")
    assert doc.meeting_date is not None and doc.meeting_date.value == "2020-10-12"
    doc = vbcd.parse(
        "CHỈ THỊ\nvề tổ chức Tết Giáp Thìn năm 2024\n\n"
        "Để chuẩn bị phục vụ nhân dân vui xuân, đón mừng năm mới, Tết Nguyên đán Giáp Thìn "
        "2024 lành mạnh, an toàn, Ban Bí thư yêu cầu các cấp ủy tổ chức thực hiện tốt "
        "các nhiệm vụ sau:\n\n1. Chăm lo đời sống nhân dân.\n2. Bảo đảm an ninh.\n")
    assert doc.meeting_date is None
    # an anniversary's span in brackets is no meeting either, and the year-less days
    # after it are read in the document's own year, not the anniversary's
    doc = vbcd.parse(
        "HƯỚNG DẪN\ntuyên truyền các ngày lễ lớn năm 2012\n\nNăm 2012 toàn Đảng sẽ tổ chức "
        "kỷ niệm 82 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2012) và đón Tết Nguyên đán "
        "Nhâm Thìn.\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng.\n")
    assert doc.meeting_date is None
    assert [d.value for d in doc.dates if d.holiday] == ["2012-01-23"]


def test_a_deadline_is_not_the_meeting_date() -> None:
    """A letter conveying a leader's opinion without numbered clauses (``Thủ tướng
    Chính phủ có ý kiến như sau:`` / ``Giao Bộ ... chủ trì ..., báo cáo ... trước ngày
    20 tháng 3 năm 2024``) reports no meeting: the date it sets is a deadline, though
    the sentence holds a meeting word (``chủ trì``)."""
    doc = vbcd.parse(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 123/VPCP-KTTH\nV/v xử lý kiến nghị\n"
        "Hà Nội, ngày 12 tháng 3 năm 2024\n\nKính gửi: Bộ Tài chính.\n\n"
        "Thủ tướng Chính phủ Phạm Minh Chính có ý kiến chỉ đạo như sau:\n"
        "Giao Bộ Tài chính chủ trì, khẩn trương rà soát, báo cáo Thủ tướng Chính phủ "
        "trước ngày 20 tháng 3 năm 2024.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert doc.meeting_date is None
    assert [d.date for d in doc.deadlines] == ["2024-03-20"]


def test_a_year_less_meeting_day_takes_the_issue_year() -> None:
    """``Ngày 15/8, Ban Thường vụ Tỉnh ủy họp ...`` (no year, common in a thông báo kết
    luận): the meeting is dated in the year of the issue date, as the body's other
    year-less days are; a meeting late in December reported in January is last year's."""
    head = ("ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\nSố 125-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Vinh, ngày {} \n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n")
    body = ("Ngày {}, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Nguyễn Văn Hùng"
            " - Bí thư Tỉnh ủy. Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n"
            "1. Đồng ý với báo cáo.\n2. Giao Ban cán sự đảng UBND tỉnh chỉ đạo.\n")
    doc = vbcd.parse(head.format("18 tháng 8 năm 2025") + body.format("15/8"))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2025-08-15"
    doc = vbcd.parse(head.format("05 tháng 01 năm 2026") + body.format("29/12"))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2025-12-29"


@pytest.mark.parametrize(("preamble", "expected"), [
    ("Tại phiên họp ngày 07 tháng 11 năm 2025, sau khi xem xét Tờ trình số 312-TTr/BTCTW "
     "ngày 30/10/2025 của Ban Tổ chức Trung ương, Bộ Chính trị kết luận như sau:",
     "2025-11-07"),
    ("Trên cơ sở Tờ trình số 312-TTr/BTCTW, ngày 30/10/2025 của Ban Tổ chức Trung ương, ý "
     "kiến thảo luận tại phiên họp ngày 07/11/2025, Bộ Chính trị kết luận như sau:",
     "2025-11-07"),
    # a cited document's date with no meeting after it is still no meeting date
    ("Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư, "
     "Ban Tổ chức Trung ương hướng dẫn như sau:", None),
])
def test_meeting_date_named_by_its_meeting_noun(preamble: str, expected: str | None) -> None:
    """``tại phiên họp ngày ...``: the date is the meeting's, though the sentence cites a
    document with its own number and date, before or after it."""
    doc = vbcd.parse("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 205-KL/TW\nHà Nội, ngày 14 tháng 11 "
                     "năm 2025\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\n\n" + preamble
                     + "\n\n1. Các cấp ủy thực hiện.\n")
    got = doc.meeting_date.value if doc.meeting_date is not None else None
    assert got == expected


def test_a_run_on_first_point_takes_the_points_under_it() -> None:
    """``16. Về kiểm tra 16.1. Kiểm tra tại trụ sở`` then ``a)`` ... ``16.2.``: the
    letters belong to the run-on ``16.1``, and ``16.2.`` still counts after them. A
    ``2.1.`` inside a line with no ``2.2.`` to follow is no clause."""
    doc = vbcd.parse(
        "CÔNG VĂN\nV/v thủ tục hải quan\n\nKính gửi: Cục Hải quan các tỉnh.\n\n"
        "1. Về hồ sơ: thực hiện theo quy định.\n"
        "2. Về kiểm tra sau thông quan 2.1. Kiểm tra tại trụ sở cơ quan hải quan\n"
        "a) Cục trưởng ban hành quyết định.\nb) Thời gian kiểm tra 5 ngày.\n"
        "2.2. Kiểm tra tại trụ sở người khai hải quan\na) Thẩm quyền quyết định.\n"
        "3. Về thời hạn theo mục 3.1. Văn bản khác.\n4. Về hoàn thuế.\n")
    assert paths(doc) == ["1", "2", "2/2.1", "2/2.1/a", "2/2.1/b", "2/2.2", "2/2.2/a",
                          "3", "4"]


def test_an_adopted_acts_adoption_formula_is_its_closing() -> None:
    """An act adopted by vote ends with its adoption formula, a paragraph after its last
    article: that is the closing. Any other paragraph after the last article stays in it."""
    head = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 17/2022/UBTVQH15\nNGHỊ QUYẾT\n"
            "Về số giờ làm thêm\nQUYẾT NGHỊ:\nĐiều 1. Số giờ làm thêm\nKhông quá 300 giờ.\n"
            "Điều 2. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực từ ngày 01 tháng 4 năm 2022.\n"
            "2. Khoản 1 Điều 1 có hiệu lực từ ngày 01 tháng 01 năm 2022.\n\n")
    doc = vbcd.parse(head + "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, phiên họp "
                     "thứ 9 thông qua ngày 23 tháng 3 năm 2022./.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
                     "CHỦ TỊCH\n\nVương Đình Huệ\n")
    assert doc.closing is not None and doc.closing.text.startswith("Nghị quyết này được")
    last = doc.clauses[-1].children[-1]
    assert "thông qua" not in last.text and last.text.endswith("năm 2022.")
    doc = vbcd.parse(head + "Nghị quyết này được gửi đến các bộ, ngành để thực hiện.\n")
    assert doc.closing is None


_COUNCIL = (
    "HỘI ĐỒNG NHÂN DÂN\nHUYỆN TIÊN DU\nSố: 20/NQ-HĐND\nTiên Du, ngày 15 tháng 12 năm 2023\n\n"
    "NGHỊ QUYẾT\nVề việc đặt tên đường\nHỘI ĐỒNG NHÂN DÂN HUYỆN TIÊN DU\n"
    "KHÓA XXI, KỲ HỌP THỨ 9\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Đặt tên 05 tuyến đường trên địa bàn thị trấn.\n"
    "Điều 2. Tổ chức thực hiện\n1. Giao UBND huyện tổ chức thực hiện Nghị quyết.\n"
    "2. Giao Thường trực HĐND huyện giám sát việc thực hiện Nghị quyết.\n{passage}\n\n"
    "Nơi nhận:\n- TT HĐND tỉnh;\n- Lưu: VT.\nCHỦ TỊCH\n\n\nNguyễn Văn Thắng\n")


@pytest.mark.parametrize("passage", [
    "Nghị quyết đã được HĐND huyện khóa XXI, kỳ họp thứ 9 thông qua ngày 15/12/2023./.",
    "Nghị quyết được Hội đồng nhân dân huyện khóa XXI, kỳ họp thứ 9 thông qua ngày 15 tháng "
    "12 năm 2023 và có hiệu lực kể từ ngày thông qua./.",
    "Nghị quyết này đã được Hội đồng nhân dân huyện khóa XXI, kỳ họp thứ 9 thông qua vào "
    "ngày 15/12/2023./.",
    "Nghị quyết này đã được Hội đồng nhân dân huyện khóa XXI, kỳ họp thứ 9 thông qua, ngày "
    "15/12/2023./.",
])
def test_a_councils_passage_formula_is_its_closing(passage: str) -> None:
    """A council's resolution names itself by its bare type name (``Nghị quyết đã được
    HĐND huyện ... thông qua ngày ...``), or dates its adoption ``thông qua vào ngày``:
    still its closing, not a part of the last article's last point."""
    doc = vbcd.parse(_COUNCIL.format(passage=passage))
    assert doc.closing is not None and doc.closing.text == passage
    assert "thông qua" not in doc.clauses[-1].children[-1].text


@pytest.mark.parametrize("preamble", [
    "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XIX (ngày 08/11/2021) đã thảo luận, "
    "thống nhất ban hành Nghị quyết về phát triển nông nghiệp hữu cơ như sau:",
    "Ngày 08/11/2021, Ban Thường vụ Tỉnh ủy họp, thảo luận và thống nhất ban hành Nghị quyết "
    "về phát triển nông nghiệp hữu cơ như sau:",
    "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XIX (từ ngày 08 đến ngày 09/11/2021) "
    "đã thảo luận, nhất trí ban hành Nghị quyết về phát triển nông nghiệp hữu cơ như sau:",
])
def test_a_party_resolutions_meeting_agreed_to_issue_it(preamble: str) -> None:
    """``... (ngày 08/11/2021) đã thảo luận, thống nhất ban hành Nghị quyết``: the body
    agreed at that meeting to issue the present resolution; the ``ban hành`` after the
    date cites no other document."""
    doc = vbcd.parse("TỈNH ỦY THANH HÓA\n*\nSố 09-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                     "Thanh Hóa, ngày 10 tháng 11 năm 2021\n\nNGHỊ QUYẾT\nvề phát triển "
                     "nông nghiệp hữu cơ\n-----\n" + preamble
                     + "\nI- TÌNH HÌNH\nQuy mô nhỏ.\nII- MỤC TIÊU\nĐạt 5.000 ha.\n")
    assert doc.meeting_date is not None and doc.meeting_date.value == "2021-11-08"


_NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 512/TB-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày 22 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp\n\n{preamble}\n\n"
    "1. Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/11/2025.\n\n"
    "2. Sở Xây dựng kiểm tra các tuyến đường bị sạt lở./.\n")


@pytest.mark.parametrize("preamble", [
    "Ngày 20/11, đồng chí Lê Đức Tiến, Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp "
    "nghe báo cáo tình hình khắc phục hậu quả mưa lũ. Đồng chí kết luận như sau:",
    "Ngày 20/11/2025, tại Phòng họp số 1, UBND tỉnh, đồng chí Lê Đức Tiến, Phó Chủ tịch "
    "UBND tỉnh chủ trì cuộc họp. Đồng chí Phó Chủ tịch kết luận như sau:",
])
def test_the_meeting_of_a_working_notice(preamble: str) -> None:
    """A year-less meeting day takes the issue date's year; a room's number (``Phòng họp
    số 1``) is no cited document's."""
    doc = vbcd.parse(_NOTICE.format(preamble=preamble))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2025-11-20"


def test_a_date_a_cited_document_was_issued_is_no_meeting() -> None:
    doc = vbcd.parse(_NOTICE.format(
        preamble="Ngày 20/11/2025, UBND tỉnh có Công văn số 125/UBND-KT về việc khắc phục "
        "hậu quả mưa lũ tại cuộc họp. Văn phòng thông báo như sau:"))
    assert doc.meeting_date is None


@pytest.mark.parametrize("request_line", [
    "Đây là nhiệm vụ quan trọng, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, địa phương "
    "nghiêm túc thực hiện.",
    "UBND tỉnh thông báo để các cơ quan, đơn vị biết và thực hiện.",
])
def test_a_request_above_the_last_closing_paragraph_opens_the_closing(request_line: str) -> None:
    doc = vbcd.parse(
        "CHỈ THỊ\nVề việc tăng cường công tác phòng, chống dịch bệnh\n\n"
        "Thời gian qua, công tác phòng, chống dịch đạt kết quả. Để chủ động phòng, chống "
        "dịch bệnh, Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "1. Sở Y tế theo dõi.\n2. Sở Tài chính bố trí kinh phí.\n\n" + request_line + "\n\n"
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về UBND "
        "tỉnh (qua Sở Y tế) để xem xét, chỉ đạo./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Văn Hưng\n")
    assert doc.closing is not None and doc.closing.text.startswith(request_line)
    assert doc.clauses[-1].text == "2. Sở Tài chính bố trí kinh phí."


_PLAN = ("Nội dung:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phát hiện sớm.\n2. Bảo đảm đủ thuốc.\n"
         "II. NHIỆM VỤ\n1. Sở Y tế chủ trì.\n2. Sở Tài chính bố trí kinh phí.\n"
         "III. TỔ CHỨC THỰC HIỆN\nGiao Sở Y tế theo dõi.\n")
_PLAN_PATHS = ["I", "I/1", "I/2", "II", "II/1", "II/2", "III"]


@pytest.mark.parametrize(("clean", "damaged"), [
    ("\nI. MỤC", "\nl. MỤC"), ("\nII. NHIỆM", "\nIl. NHIỆM"), ("\nII. NHIỆM", "\n11. NHIỆM"),
    ("\nII. NHIỆM", "\nlI. NHIỆM"), ("\nII. NHIỆM", "\n1l. NHIỆM"),
    ("\nIII. TỔ", "\nIIl. TỔ"), ("\nIII. TỔ", "\n111. TỔ"),
    ("\n1. Sở Y", "\nl. Sở Y"), ("\n1. Sở Y", "\nI. Sở Y"), ("\n1. Chủ", "\nl. Chủ"),
])
def test_a_numeral_misread_by_ocr_is_read_as_its_sequence_wants(clean: str,
                                                                damaged: str) -> None:
    """OCR confuses ``1``, ``l`` and ``I``: ``l.`` under ``II.`` followed by ``2.`` is
    ``1.``, ``Il.`` or ``11.`` after ``I.`` is ``II.``."""
    doc = vbcd.parse(HEAD + _PLAN.replace(clean, damaged, 1))
    assert paths(doc) == _PLAN_PATHS


def test_a_letter_l_still_follows_k() -> None:
    """``l)`` after ``k)`` is the letter's point, and ``Il.`` that fits no sequence is
    none."""
    letters = "abcdđeghik"
    doc = vbcd.parse(HEAD + "Nội dung:\n1. Việc một\n"
                     + "".join(f"{c}) Ý {c}.\n" for c in letters) + "l) Ý l.\nIl. Ý khác.\n")
    assert paths(doc) == ["1", *(f"1/{c}" for c in letters), "1/l"]


@pytest.mark.parametrize("word", ["Điều l.", "Điểu 1.", "Diều 1.", "Điêu 1.", "Đỉều 1."])
def test_an_article_word_or_number_misread_by_ocr(word: str) -> None:
    doc = vbcd.parse("QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n\nQUYẾT ĐỊNH:\n\n"
                     f"{word} Thành lập Ban Chỉ đạo.\nĐiều 2. Quyết định này có hiệu lực.\n")
    assert paths(doc) == ["Điều 1", "Điều 2"]


def test_a_misread_article_word_needs_its_stop() -> None:
    """``Điều lệ`` and ``Diều 3 con`` open no article."""
    doc = vbcd.parse("QUYẾT ĐỊNH\nVề việc phê duyệt\n\nQUYẾT ĐỊNH:\n\n"
                     "Điều 1. Phê duyệt kế hoạch.\nĐiều lệ Hội được thông qua.\n"
                     "Diều 3 con bay cao.\nĐiều 2. Hiệu lực.\n")
    assert paths(doc) == ["Điều 1", "Điều 2"]


_TTR = ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nBAN TUYÊN GIÁO\n*\nSố 45-TTr/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quy Nhơn, ngày 12 tháng 3 năm 2024\n\nTỜ TRÌNH\nvề việc tổ chức Hội nghị quán triệt "
        "Nghị quyết\n\n{addr}Thực hiện Kế hoạch số 20-KH/TU, ngày 05/01/2024 của Ban Thường vụ "
        "Tỉnh ủy, Ban Tuyên giáo kính trình như sau:\n1. Thời gian: ngày 25/3/2024.\n"
        "2. Địa điểm: Hội trường Tỉnh ủy.\n{closing}\n\nNơi nhận:\n- Như trên,\n- Lưu VP.\n"
        "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nPhạm Thị Lan\n")


@pytest.mark.parametrize("addr", ["Kính trình: Ban Thường vụ Tỉnh ủy.\n\n", ""])
@pytest.mark.parametrize("closing", [
    "Kính trình Ban Thường vụ Tỉnh ủy xem xét, cho ý kiến chỉ đạo.",
    "Ban Tuyên giáo Tỉnh ủy kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định.",
    "Kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định./.",
])
def test_a_submission_formula_is_the_closing(addr: str, closing: str) -> None:
    """A tờ trình's last paragraph ``(X) kính trình Y xem xét, ...`` is its closing even
    without ``./.`` (a Party document's habit), not part of the last clause; and without
    its colon, under the clauses, it is no addressee heading."""
    doc = vbcd.parse(_TTR.format(addr=addr, closing=closing))
    assert paths(doc) == ["1", "2"]
    assert doc.closing is not None and doc.closing.text == closing
    assert [a.text for a in doc.addressees] == (["Ban Thường vụ Tỉnh ủy"] if addr else [])


def test_meeting_date_from_an_invitations_time_line() -> None:
    """A giấy mời names its event in the title and gives the day on its ``Thời gian:``
    line: that day is the meeting date."""
    doc = vbcd.parse(
        "GIẤY MỜI\nV/v họp giao ban công tác quý I năm 2024\n\n"
        "Kính gửi: Các đồng chí Ủy viên Ban Thường vụ Huyện ủy.\n\n"
        "Thời gian: 8 giờ 00, thứ Năm, ngày 07/3/2024.\n"
        "Địa điểm: Phòng họp số 1, Huyện ủy.\n")
    assert doc.meeting_date is not None and doc.meeting_date.value == "2024-03-07"


def test_meeting_date_after_an_organ_named_with_a_citation_word() -> None:
    """``Sở Kế hoạch và Đầu tư`` names an organ, not a cited plan: the meeting it
    invites to (``dự họp vào lúc 8 giờ 00 ngày 15/3/2024``) keeps its date."""
    doc = vbcd.parse(
        "V/v dự họp\n\nKính gửi: Sở Tài chính.\n\n"
        "Sở Kế hoạch và Đầu tư kính mời lãnh đạo Sở Tài chính dự họp vào lúc 8 giờ 00 "
        "ngày 15/3/2024 tại phòng họp số 1 Sở Kế hoạch và Đầu tư.\n")
    assert doc.meeting_date is not None and doc.meeting_date.value == "2024-03-15"


GOV_RESOLUTION = (
    "CHÍNH PHỦ\nSố: 82/NQ-CP\nHà Nội, ngày 10 tháng 6 năm 2024\n\nNGHỊ QUYẾT\n{title}\n\n"
    "CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành "
    "Quy chế làm việc của Chính phủ;\n{basis}\n\nQUYẾT NGHỊ:\n\n"
    "1. Chính phủ thống nhất đánh giá tình hình kinh tế - xã hội.\n"
    "2. Các bộ, cơ quan, địa phương tập trung thực hiện các nhiệm vụ.\n")


@pytest.mark.parametrize(("basis", "want"), [
    ("Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng Chính "
     "phủ tại Phiên họp Chính phủ thường kỳ tháng 5 năm 2024, tổ chức ngày 01 tháng 6 năm "
     "2024,", "2024-06-01"),
    ("Trên cơ sở ý kiến của các đại biểu dự Hội nghị Chính phủ với địa phương và kết luận "
     "của Thủ tướng Chính phủ tại Hội nghị, tổ chức vào ngày 29/12/2023,", "2023-12-29"),
    # a meeting to come is none the preamble reports
    ("Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức Hội nghị "
     "văn hóa toàn quốc dự kiến tổ chức ngày 24 tháng 11 năm 2024;", None),
])
def test_meeting_date_of_a_named_meeting_held_on_a_day(basis: str, want: str | None) -> None:
    """A Government resolution's basis names its session, then says it was held
    (``tại Phiên họp Chính phủ thường kỳ tháng 5 năm 2024, tổ chức ngày ...``): after
    the cited acts' dates, that day is the meeting's, the session's name between."""
    doc = vbcd.parse(GOV_RESOLUTION.format(title="Phiên họp Chính phủ thường kỳ", basis=basis))
    got = doc.meeting_date.value if doc.meeting_date is not None else None
    assert got == want


def test_a_footnote_reference_inside_a_marker_of_a_consolidated_text() -> None:
    """A consolidated text (văn bản hợp nhất) puts a footnote's reference where the
    amendment starts, at times inside the marker (``a[2])``, ``2[3].``): the marker
    still counts, and the letters after it go on its sequence."""
    doc = vbcd.parse(
        "NGHỊ ĐỊNH\nQuy định về hóa đơn, chứng từ\n\nĐiều 1. Đối tượng áp dụng\n"
        "1. Tổ chức, cá nhân bán hàng hóa.\n2[3]. Đối tượng không áp dụng:\n"
        "a[4]) Hộ kinh doanh nộp thuế khoán;\nb) Cá nhân không kinh doanh.\n"
        "Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 7 năm 2022.\n")
    assert paths(doc) == ["Điều 1", "Điều 1/1", "Điều 1/2", "Điều 1/2/a", "Điều 1/2/b", "Điều 2"]


@pytest.mark.parametrize(("last_clause", "closing"), [
    # a last clause printed without its full stop
    ("2. UBND các huyện báo cáo kết quả trước ngày 30/6/2024",
     "Nhận được Công văn này, yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./."),
    # a heading-only last clause: the closing below it is no body of its own
    ("2. Kiểm tra, giám sát",
     "Trên đây là Kế hoạch của UBND tỉnh, đề nghị các đơn vị triển khai thực hiện./."),
    # the courtesy line alone below a last clause printed without its full stop
    ("2. UBND các huyện báo cáo kết quả trước ngày 30/6/2024", "Trân trọng!"),
])
def test_a_closing_opener_below_an_unpunctuated_last_clause_opens_the_closing(
        last_clause: str, closing: str) -> None:
    doc = vbcd.parse(
        "KẾ HOẠCH\nThực hiện công tác phòng, chống thiên tai năm 2024\n\n"
        "I. MỤC ĐÍCH\n1. Chủ động phòng ngừa.\nII. NỘI DUNG\n1. Rà soát hồ đập.\n"
        + last_clause + "\n" + closing + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Văn Hưng\n")
    assert paths(doc) == ["I", "I/1", "II", "II/1", "II/2"]
    assert doc.closing is not None and doc.closing.text == closing
    assert doc.clauses[-1].children[-1].text == last_clause


_LETTER = ("UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 1234/SNN-KH\n"
           "V/v triển khai kế hoạch sản xuất vụ Hè Thu\nNghệ An, ngày 12 tháng 3 năm 2024\n\n"
           "Kính gửi: UBND các huyện, thành phố, thị xã.\n\n{body}\n\nNơi nhận:\n- Như trên;\n"
           "- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Hùng\n")
_REQUEST = ("Để chuẩn bị tốt cho vụ Hè Thu năm 2024, Sở Nông nghiệp và PTNT đề nghị UBND các "
            "huyện chỉ đạo các xã triển khai thực hiện kế hoạch sản xuất, bảo đảm đúng khung "
            "thời vụ.")


@pytest.mark.parametrize(("paragraphs", "closing"), [
    # a short request ends the letter: it is the closing, not a courtesy line below it
    ([_REQUEST], "Đề nghị các đơn vị quan tâm, phối hợp thực hiện./."),
    (["Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh;", _REQUEST],
     "Yêu cầu các đơn vị nghiêm túc thực hiện./."),
    # below a courtesy line, the letter's own text is still no closing
    ([_REQUEST], "Trân trọng./."),
])
def test_a_letter_without_clauses_keeps_its_text_out_of_the_closing(
        paragraphs: list[str], closing: str) -> None:
    """A letter without numbered clauses says what it asks in its body's paragraphs;
    the closing is the formula after them, even when the request holds a closing's
    phrase (``triển khai thực hiện``)."""
    doc = vbcd.parse(_LETTER.format(body="\n\n".join([*paragraphs, closing])))
    assert doc.clauses == []
    assert doc.closing is not None and doc.closing.text == closing
    assert doc.preamble is not None and doc.preamble.text.endswith(_REQUEST)


def test_a_short_request_below_the_clauses_leaves_the_last_clause_its_text() -> None:
    """Only a courtesy line (``Trân trọng./.``) lets the paragraph above it be read as the
    body's last: below a short request, a clause's own last paragraph keeps its phrase."""
    doc = vbcd.parse(_LETTER.format(body=(
        "Sở đề nghị các đơn vị như sau:\n\n1. Rà soát danh sách đối tượng.\n\n"
        "2. Báo cáo kết quả:\n\nCác đơn vị gửi báo cáo về Sở để tổng hợp, tổ chức thực "
        "hiện.\n\nĐề nghị các đơn vị quan tâm, phối hợp./.")))
    assert doc.closing is not None
    assert doc.closing.text == "Đề nghị các đơn vị quan tâm, phối hợp./."
    assert doc.clauses[-1].text.endswith("tổ chức thực hiện.")


@pytest.mark.parametrize("content", [
    "Kinh phí thực hiện Kế hoạch này do ngân sách tỉnh bảo đảm.",
    "Doanh nghiệp kê khai, nộp thuế theo các quy định trên.",
])
def test_the_paragraph_a_last_clause_announces_is_its_own(content: str) -> None:
    """A last clause whose line ends with a colon (``2. Về kinh phí:``) announces the
    paragraph under it: a self-reference there (``Kế hoạch này``) makes no closing."""
    doc = vbcd.parse(_LETTER.format(body=(
        "Sở hướng dẫn như sau:\n\n1. Về hồ sơ: thực hiện theo mẫu.\n\n2. Về kinh phí:\n\n"
        + content)))
    assert doc.closing is None
    assert doc.clauses[-1].text == "2. Về kinh phí:\n\n" + content


def test_a_closing_opener_in_lower_case_continues_the_clause() -> None:
    doc = vbcd.parse(
        "KẾ HOẠCH\nThực hiện công tác phòng, chống thiên tai năm 2024\n\n"
        "1. Rà soát hồ đập.\n2. Các đơn vị căn cứ nội dung\ntrên đây là cơ sở triển khai thực "
        "hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Văn Hưng\n")
    assert doc.closing is None
    assert doc.clauses[-1].text.endswith("triển khai thực hiện./.")


_TITLED_NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 45/TB-VP\nKiên Giang, ngày 20 tháng 3 năm 2026\n\n"
           "THÔNG BÁO\n{}\n\nSau khi nghe báo cáo của Sở Tài chính và ý kiến của các đại biểu "
           "dự họp, Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Giao Sở Tài chính rà soát.\n"
           "2. Sở Xây dựng hướng dẫn các địa phương thực hiện.\n")


@pytest.mark.parametrize(("title", "expected"), [
    ("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 17/3/2026 về công tác giải phóng "
     "mặt bằng", "2026-03-17"),
    ("Ý kiến kết luận của Phó Chủ tịch UBND tỉnh Lê Quốc Anh tại buổi kiểm tra thực địa "
     "ngày 14/3/2026", "2026-03-14"),
    ("KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ Y TẾ NGÀY 12/3/2026",
     "2026-03-12"),
    # a date of the topic or of a cited document is not the meeting's
    ("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về dự án khởi công ngày 10/02/2025", None),
    ("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp triển khai Quyết định số 45/QĐ-UBND "
     "ngày 10/02/2026", None),
])
def test_a_conclusion_notices_title_names_the_meeting_date(
    title: str, expected: str | None
) -> None:
    """A conclusion notice whose preamble names no date (``Sau khi nghe báo cáo ...``)
    takes the meeting date its title gives (``tại cuộc họp ngày 17/3/2026``)."""
    doc = vbcd.parse(_TITLED_NOTICE.format(title))
    assert (doc.meeting_date and doc.meeting_date.value) == expected


def test_the_preambles_meeting_date_wins_over_the_titles() -> None:
    doc = vbcd.parse(_TITLED_NOTICE.format("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày "
                                    "17/3/2026").replace("Sau khi", "Ngày 16/3/2026, Chủ tịch "
                                                         "UBND tỉnh chủ trì cuộc họp. Sau khi"))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2026-03-16"


@pytest.mark.parametrize("block", [
    "Kính gửi: Công ty TNHH Minh Phát\n(Địa chỉ: Số 12 phố Trần Duy Hưng, Hà Nội; "
    "MST: 0101234567)\n",
    "Kính gửi: Công ty TNHH Minh Phát (MST: 0101234567; địa chỉ: Số 12 phố Trần Duy "
    "Hưng, Hà Nội)\n",
])
def test_a_semicolon_inside_an_addressees_brackets_parts_its_details(block: str) -> None:
    """A reply to a company or a citizen gives its address and tax code in brackets,
    parted by ``;``: one addressee, not one per detail; the details name no one, so the
    addressee is the name before them, and they stay out of the preamble."""
    doc = vbcd.parse(
        "Số: 1523/CT-TTHT\nV/v chính sách thuế\n" + block + "\n"
        "Cục Thuế nhận được Công văn số 15/2026/CV-MP ngày 02/4/2026 của Công ty. Về vấn "
        "đề này, Cục Thuế có ý kiến như sau:\n1. Về thuế suất.\nTrân trọng./.\n")
    assert [a.text for a in doc.addressees] == ["Công ty TNHH Minh Phát"]
    assert doc.preamble is not None and doc.preamble.text.startswith("Cục Thuế nhận được")


@pytest.mark.parametrize("grounds", [
    "I. NỘI DUNG KHIẾU NẠI\nBà Cúc khiếu nại.\nII. KẾT QUẢ XÁC MINH\nĐúng quy định.\n"
    "III. KẾT LUẬN\nKhông có cơ sở.\nTừ những nhận định và căn cứ trên,\n",
    "1. Nội dung khiếu nại\nBà Cúc khiếu nại.\n2. Kết quả xác minh\nĐúng quy định.\n",
])
def test_articles_below_the_enacting_formula_start_the_tree_again(grounds: str) -> None:
    """A complaint decision numbers its grounds above ``QUYẾT ĐỊNH:`` (``I. NỘI DUNG
    KHIẾU NẠI`` ... ``III. KẾT LUẬN``); its articles are the top level below the formula,
    not points of the last section."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 215/QĐ-UBND\nNghệ An, ngày 10 tháng 7 năm 2026\n\n"
            "QUYẾT ĐỊNH\nVề việc giải quyết khiếu nại của bà Lê Thị Cúc\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nCăn cứ Luật Khiếu nại năm 2011;\n"
            "Xét đơn khiếu nại của bà Lê Thị Cúc;\n" + grounds + "\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Không công nhận nội dung khiếu nại của bà Lê Thị Cúc.\n"
            "Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n")
    doc = vbcd.parse(text)
    assert [c.label for c in doc.clauses][-2:] == ["Điều 1", "Điều 2"]
    assert not [c.path for c in doc.iter_clauses() if "/" in c.path]
