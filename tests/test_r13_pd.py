"""Party inspection and discipline documents, and State inspection conclusions.

A conclusion notice (``Thông báo kết luận kiểm tra``), a discipline decision
(``Quyết định thi hành kỷ luật``) or an inspection's conclusion (``Kết luận thanh
tra``) names what went wrong and who answers for it before it asks for remedies: the
findings and the blame are no tasks, the remedies under ``Yêu cầu`` / ``Kiến nghị`` /
``Đề nghị`` are. The texts are invented in the family's usual wording.
"""

from __future__ import annotations

import pytest

import vbcd

HEAD = "THÔNG BÁO\n\nỦy ban Kiểm tra Tỉnh ủy kết luận như sau:\n\n"


def _actors(text: str) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in vbcd.parse(text).assignments]


# --- blame is no task ---------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Đồng chí Y Vinh Niê, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy chịu "
    "trách nhiệm chính đối với những hạn chế, khuyết điểm nêu trên.",
    "Giám đốc Bệnh viện Đa khoa tỉnh chịu trách nhiệm người đứng đầu đối với những thiếu "
    "sót trong công tác đấu thầu.",
    "Chủ tịch UBND xã chịu trách nhiệm người đứng đầu về những sai phạm trong quản lý đất "
    "công.",
    "Trưởng khoa Dược chịu trách nhiệm trực tiếp.",
    "Đồng chí Lò Văn Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND xã phải chịu trách nhiệm "
    "liên đới.",
])
def test_the_blame_a_conclusion_lays_is_no_task(sentence: str) -> None:
    assert _actors(HEAD + "1. " + sentence + "\n") == []


def test_the_remedy_after_the_blame_is_still_a_task() -> None:
    text = (HEAD + "1. Đồng chí Đặng Văn Hải, Bí thư Đảng ủy xã, chịu trách nhiệm người đứng "
            "đầu; đồng chí Trần Thị Mai, Chủ tịch UBND xã, chịu trách nhiệm trực tiếp đối "
            "với các vi phạm nêu trên.\n\n2. Yêu cầu Đảng ủy xã Thượng Lộc tổ chức kiểm "
            "điểm tập thể, cá nhân; xong trước ngày 15/12/2023.\n")
    assert _actors(text) == [("2", "Đảng ủy xã Thượng Lộc")]


def test_a_duty_asked_for_by_a_cue_stays_a_task() -> None:
    """``Yêu cầu X chịu trách nhiệm về ...``: the cue asks it, whatever the object."""
    text = HEAD + "1. Yêu cầu Giám đốc Sở Xây dựng chịu trách nhiệm về những sai phạm.\n"
    assert _actors(text) == [("1", "Giám đốc Sở Xây dựng")]


def test_how_a_task_was_done_judged_is_a_finding() -> None:
    text = (HEAD + "1. Ủy ban Kiểm tra Đảng ủy xã thực hiện chưa đúng Quy định số 22-QĐ/TW "
            "ngày 28/7/2021 của Ban Chấp hành Trung ương.\n\n2. Phòng Tài chính - Kế hoạch "
            "huyện tham mưu chưa kịp thời việc thẩm định quyết toán.\n\n3. Phòng Tài "
            "nguyên và Môi trường kiểm tra đất chưa sử dụng.\n")
    assert _actors(text) == [("3", "Phòng Tài nguyên và Môi trường")]


def test_the_sanction_a_committee_imposes_itself_is_no_task() -> None:
    text = (HEAD + "1. Ủy ban Kiểm tra Huyện ủy quyết định thi hành kỷ luật bằng hình thức "
            "cảnh cáo đối với đồng chí Hà Văn Lợi.\n\n2. Đề nghị Ban Bí thư quyết định thi "
            "hành kỷ luật Ban Thường vụ Tỉnh ủy Bình Thuận.\n")
    assert _actors(text) == [("2", "Ban Bí thư")]


def test_the_office_holder_of_the_inspected_period_is_one_subject() -> None:
    text = (HEAD + "1. Chủ tịch UBND tỉnh Hà Giang thời kỳ thanh tra chưa thực hiện đầy đủ "
            "trách nhiệm của người đứng đầu.\n")
    assert _actors(text) == []


# --- sections of findings -------------------------------------------------------------


def test_the_findings_sections_of_a_conclusion_give_no_task() -> None:
    text = (HEAD + "1. Ưu điểm\n\nBan Thường vụ Huyện ủy đã ban hành chương trình kiểm tra; "
            "chỉ đạo Ủy ban Kiểm tra Huyện ủy thực hiện nhiệm vụ theo quy định.\n\n"
            "2. Hạn chế, khuyết điểm:\n\nSở Kế hoạch và Đầu tư tham mưu phân bổ vốn chưa "
            "sát thực tế.\n\n3. Yêu cầu\n\n3.1. Ban Thường vụ Huyện ủy Krông Búk tổ chức "
            "kiểm điểm, rút kinh nghiệm.\n")
    assert _actors(text) == [("3/3.1", "Ban Thường vụ Huyện ủy Krông Búk")]


def test_a_heading_word_opening_a_sentence_is_no_findings_section() -> None:
    """``Hạn chế`` is a heading only as a whole line: ``Hạn chế tổ chức ...`` is a task."""
    text = (HEAD + "1. Hạn chế tổ chức hội nghị, hội thảo; Sở Nội vụ theo dõi, đôn đốc "
            "thực hiện.\n")
    assert ("1", "Sở Nội vụ") in _actors(text)


def test_a_general_overview_section_gives_no_task() -> None:
    text = (HEAD + "I. KHÁI QUÁT CHUNG\n\nTỉnh Lâm Đồng có diện tích tự nhiên 9.781 km2.\n\n"
            "II. KIẾN NGHỊ\n\n1. Giao Bộ Xây dựng rà soát quy hoạch chung đô thị Đà Lạt.\n")
    assert _actors(text) == [("II/1", "Bộ Xây dựng")]


# --- a recommendation labelled with its organ ---------------------------------------


def test_a_recommendation_labelled_with_its_organ_on_one_line() -> None:
    text = (HEAD + "1. Kiến nghị\n\n1.1. Đối với Chủ tịch UBND huyện: Chỉ đạo UBND xã Thủy "
            "Xuân Tiên thu hồi số tiền 215.400.000 đồng.\n\n1.2. Đối với UBND các huyện, "
            "thành phố: Tập trung thu hồi dứt điểm các khoản sai phạm.\n")
    got = vbcd.parse(text)
    roles = [(a.clause, a.actor, a.role) for a in got.assignments]
    assert ("1/1.1", "Chủ tịch UBND huyện", "lead") in roles
    assert ("1/1.1", "UBND xã Thủy Xuân Tiên", "directed") in roles
    assert ("1/1.2", "UBND các huyện, thành phố", "responsible") in roles
    assert [p.name for p in got.places if p.name == "Tập"] == []


def test_a_policy_labelled_with_a_class_gives_no_task() -> None:
    assert _actors(HEAD + "1. Đối với hộ nghèo: Hỗ trợ 100% kinh phí.\n") == []


def test_a_single_syllable_after_a_plural_prefix_colon_opens_a_sentence() -> None:
    assert [p.name for p in vbcd.parse("Các xã: Tập trung chỉ đạo.").places] == []
    assert [p.name for p in vbcd.parse("Các xã: Tân Lập tổ chức di dời.").places] == [
        "Tân Lập"]


# --- remedies ---------------------------------------------------------------------


def test_remedy_verbs_end_the_subject() -> None:
    text = (HEAD + "1. Chi bộ thôn Mỹ An đưa nội dung chuyên đề vào sinh hoạt chi bộ hằng "
            "quý.\n")
    assert _actors(text) == [("1", "Chi bộ thôn Mỹ An")]


# --- persons ----------------------------------------------------------------------


def test_a_party_member_is_named_after_dang_vien() -> None:
    text = ("QUYẾT ĐỊNH\n\nĐiều 1. Thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng đối "
            "với đảng viên Hoàng Văn Sáu, sinh hoạt tại Chi bộ thôn Đồng Tâm.\n\nĐiều 2. "
            "Chi ủy và đảng viên Hoàng Văn Sáu chịu trách nhiệm thi hành Quyết định này.\n")
    got = vbcd.parse(text)
    assert "Hoàng Văn Sáu" in [p.name for p in got.persons]
    assert ("Điều 2", "Hoàng Văn Sáu") in [(a.clause, a.actor) for a in got.assignments]


def test_an_organ_with_small_words_after_a_council_stays_whole() -> None:
    text = ("THÔNG BÁO\n\n1. Cách chức đồng chí Đặng Văn Cường, Bí thư Đảng ủy, Chủ tịch Hội "
            "đồng thành viên Tổng công ty Đường sắt Việt Nam.\n")
    person = next(p for p in vbcd.parse(text).persons if p.name == "Đặng Văn Cường")
    assert [x.organ for x in person.positions][-1] == (
        "Hội đồng thành viên Tổng công ty Đường sắt Việt Nam")


# --- references -------------------------------------------------------------------


def test_the_statute_s_implementing_rules_end_the_issuer() -> None:
    text = ("QUYẾT ĐỊNH\n\n- Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành "
            "Trung ương thi hành Điều lệ Đảng;\n")
    ref = next(r for r in vbcd.parse(text).references if r.number == "24-QĐ/TW")
    assert ref.issuer == "Ban Chấp hành Trung ương"
