"""Assignments (`vbcd.extract.assignments`): who must do what, on snippets of real documents."""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import vbcd
from vbcd.evaluate import evaluate
from vbcd.extract.assignment_lexicon import tokenize
from vbcd.extract.assignments import (
    TASK_CHARS,
    _task_between,
    _task_text,
    extract_assignments,
)
from vbcd.models import Assignment, Deadline, Document, Zone, walk_clauses
from vbcd.normalize import fold_tones, normalize
from vbcd.pipeline import Pipeline

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ALL_FILES = sorted(CORPUS.glob("*/*.txt"))


def assigns(text: str) -> list[Assignment]:
    """The assignments of ``text`` parsed as a whole document; every span checked."""
    doc = vbcd.parse(text)
    for a in doc.assignments:
        assert doc.text[a.start:a.end] == a.actor, a
    return doc.assignments


def pairs(text: str) -> list[tuple[str | None, str, str]]:
    """``(clause, actor with whitespace collapsed, role)`` for each assignment."""
    return [(a.clause, " ".join(a.actor.split()), a.role) for a in assigns(text)]


def actors(text: str) -> list[str]:
    return [actor for _, actor, _ in pairs(text)]


HEAD = "THÔNG BÁO\n\nBan Thường vụ Tỉnh ủy kết luận như sau:\n\n"


# --- the patterns ---------------------------------------------------------------------


def test_giao_x_chu_tri_phoi_hop_voi_y() -> None:
    text = HEAD + (
        "1. Đối với một số kiến nghị về kinh phí ăn nghỉ tạm thời giao Sở Tài chính chủ trì, "
        "phối hợp với Sở Y tế để tham mưu, báo cáo tỉnh xem xét từ nguồn hỗ trợ phòng, chống "
        "dịch Covid-19.\n"
    )
    assert pairs(text) == [("1", "Sở Tài chính", "lead"), ("1", "Sở Y tế", "coordinate")]
    lead = assigns(text)[0]
    assert lead.task.startswith("chủ trì, phối hợp với Sở Y tế để tham mưu")


def test_giao_dong_chi_names_the_person_not_the_positions() -> None:
    text = HEAD + (
        "1. Giao đồng chí Nguyễn Tường Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Phó Trưởng "
        "ban thường trực Ban chỉ đạo cấp tỉnh trực tiếp chỉ đạo, điều hành công tác phòng, chống "
        "dịch Covid-19 hằng ngày.\n"
    )
    assert pairs(text) == [("1", "Nguyễn Tường Văn", "responsible")]
    assert assigns(text)[0].task.startswith("trực tiếp chỉ đạo, điều hành")


def test_person_with_a_dash_title_directs_three_departments() -> None:
    text = HEAD + (
        "1. Giao đồng chí Tổng Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh chỉ đạo Sở Tài "
        "chính, Sở Y tế, Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh đẩy nhanh việc đầu tư mua sắm "
        "hệ thống máy xét nghiệm Covid-19.\n"
    )
    assert pairs(text) == [
        ("1", "Tổng Thanh Hải", "lead"),
        ("1", "Sở Tài chính", "directed"),
        ("1", "Sở Y tế", "directed"),
        ("1", "Sở Kế hoạch và Đầu tư", "directed"),
    ]


def test_x_chi_dao_y_leads_and_y_is_directed() -> None:
    text = HEAD + (
        "1. Xác định phòng, chống dịch là nhiệm vụ trọng tâm.\n\n"
        "2. Tăng cường kiểm tra, giám sát.\n\n"
        "3. Giao Ban cán sự đảng UBND tỉnh chỉ đạo:\n\n"
        "(1) Xem xét phân cấp, ủy quyền cho thị xã Đông Triều được chủ động mua sắm vật tư.\n\n"
        "(2) Ban cán sự đảng UBND tỉnh chỉ đạo Sở Y tế phối hợp chặt chẽ với Bệnh viện Việt Nam "
        "- Thụy Điển trong công tác điều phối nguồn lực.\n"
    )
    got = pairs(text)
    # the colon heads the items: item (1), which has no subject, is the actor's task
    assert ("3/(1)", "Ban cán sự đảng UBND tỉnh", "responsible") in got
    assert ("3/(2)", "Ban cán sự đảng UBND tỉnh", "lead") in got
    assert ("3/(2)", "Sở Y tế", "directed") in got
    assert ("3/(2)", "Bệnh viện Việt Nam - Thụy Điển", "coordinate") in got
    first = assigns(text)[0]
    assert first.task.startswith("Xem xét phân cấp")


def test_clause_that_opens_with_its_subject() -> None:
    text = HEAD + (
        "1. Sở Y tế kiểm tra, rà soát, dự trữ vật tư, hóa chất, trang thiết bị thiết yếu để chuẩn "
        "bị sẵn sàng phương án.\n\n"
        "2. UBND các huyện, thành phố chỉ đạo phát huy vai trò của tổ tự quản.\n"
    )
    assert pairs(text) == [
        ("1", "Sở Y tế", "responsible"),
        ("2", "UBND các huyện, thành phố", "responsible"),
    ]


def test_list_of_named_organs_after_one_cue_gives_one_assignment_each() -> None:
    text = HEAD + (
        "1. Giao Đảng uỷ Chính phủ, Đảng uỷ Bộ Y tế, Đảng uỷ Bộ Giáo dục và Đào tạo chỉ đạo "
        "rà soát, hoàn thiện các quy định về chăm sóc trẻ em.\n"
    )
    assert actors(text) == ["Đảng uỷ Chính phủ", "Đảng uỷ Bộ Y tế", "Đảng uỷ Bộ Giáo dục và Đào tạo"]


def test_generic_plural_actors_stay_whole() -> None:
    text = HEAD + (
        "1. Đề nghị Uỷ ban nhân dân cấp tỉnh, các Bộ, ngành chỉ đạo triển khai thực hiện các "
        "nội dung nêu tại Công văn này.\n"
    )
    assert actors(text) == ["Uỷ ban nhân dân cấp tỉnh", "các Bộ, ngành"]


def test_colon_list_is_one_actor() -> None:
    text = HEAD + (
        "1. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị đóng trên địa bàn rà soát "
        "kịch bản, phương án, bố trí lực lượng.\n\n"
        "2. Các Bộ: Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch theo chức năng, "
        "nhiệm vụ, thẩm quyền chủ động phối hợp với địa phương.\n"
    )
    got = pairs(text)
    assert ("1", "Các Bộ: Quốc phòng, Công an", "lead") in got
    assert ("1", "các đơn vị đóng trên địa bàn", "directed") in got
    assert [actor for clause, actor, _ in got if clause == "2"] == [
        "Các Bộ: Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch"
    ]


def test_members_of_an_assignment_list_are_the_people() -> None:
    text = HEAD + (
        "1. Phân công các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy phụ trách các địa bàn như sau:\n\n"
        "- Thành phố Hạ Long: Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chỉ đạo "
        "chung; đồng chí Vũ Văn Diện, Bí thư Thành ủy Hạ Long trực tiếp lãnh đạo, chỉ đạo, "
        "điều hành.\n"
    )
    got = actors(text)
    assert got[-2:] == ["Nguyễn Xuân Ký", "Vũ Văn Diện"]
    assert not any("Hạ Long" in a or "Bí thư" in a for a in got)
    tasks = [a.task for a in assigns(text)[-2:]]
    assert tasks == ["chỉ đạo chung", "trực tiếp lãnh đạo, chỉ đạo, điều hành."]


def test_heading_actor_before_a_colon_and_its_items() -> None:
    text = HEAD + (
        "1. Bộ Xây dựng chỉ đạo bảo đảm an toàn giao thông.\n\n"
        "2. Bộ Nông nghiệp và Môi trường:\n\n"
        "a) Chỉ đạo cơ quan dự báo khí tượng thủy văn theo dõi chặt chẽ, dự báo diễn biến mưa lũ.\n\n"
        "b) Chỉ đạo triển khai công tác bảo vệ hồ đập thủy lợi.\n"
    )
    got = pairs(text)
    # the heading's actor is the subject of each item (it directs the agency in a)
    assert got == [
        ("1", "Bộ Xây dựng", "responsible"),
        ("2/a", "Bộ Nông nghiệp và Môi trường", "lead"),
        ("2/b", "Bộ Nông nghiệp và Môi trường", "responsible"),
        ("2/a", "cơ quan dự báo khí tượng thủy văn", "directed"),
    ]
    assert assigns(text)[1].task.startswith("Chỉ đạo cơ quan dự báo")
    assert assigns(text)[2].task.startswith("Chỉ đạo triển khai công tác bảo vệ")


def test_words_of_an_organ_name_do_not_end_the_actor() -> None:
    text = HEAD + (
        "1. Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến tình hình.\n\n"
        "2. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông.\n"
    )
    assert actors(text) == ["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", "Bộ Xây dựng"]


def test_an_aside_is_not_part_of_the_actor() -> None:
    text = HEAD + (
        "1. Cấp uỷ, chính quyền địa phương các cấp, nhất là thành phố Hà Nội, Thành phố Hồ Chí "
        "Minh và các đô thị lớn phải đi đầu trong chuyển đổi mô hình chăm sóc trẻ em.\n"
    )
    assert actors(text) == ["Cấp uỷ, chính quyền địa phương các cấp"]


def test_article_three_of_a_decision() -> None:
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Kế hoạch thời gian năm học 2024-2025.\n\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Giáo dục và Đào tạo, "
        "Tài chính, Nội vụ; Chủ tịch Ủy ban nhân dân huyện, thành phố; thủ trưởng các cơ quan, "
        "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert pairs(text) == [
        ("Điều 3", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "responsible"),
        ("Điều 3", "Giám đốc các sở: Giáo dục và Đào tạo, Tài chính, Nội vụ", "responsible"),
        ("Điều 3", "Chủ tịch Ủy ban nhân dân huyện, thành phố", "responsible"),
        ("Điều 3", "thủ trưởng các cơ quan, đơn vị liên quan", "responsible"),
    ]


def test_a_page_break_inside_a_list_does_not_split_the_sentence() -> None:
    text = HEAD + (
        "1. Giao Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Đảng ủy Công an tỉnh, Đảng ủy Cục "
        "Hải quan tỉnh,\n\nban thường vụ cấp ủy các địa phương biên giới chịu trách nhiệm theo "
        "chức năng, nhiệm vụ, thẩm quyền.\n"
    )
    assert actors(text) == [
        "Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "Đảng ủy Công an tỉnh",
        "Đảng ủy Cục Hải quan tỉnh",
        "ban thường vụ cấp ủy các địa phương biên giới",
    ]


def test_hard_wrapped_actor_keeps_its_exact_surface() -> None:
    text = HEAD + (
        "1. Về phân công nhiệm vụ của các cơ quan liên quan:\n"
        "1.1. Giao Đảng\nuỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng và hoàn "
        "thiện quy trình liên thông.\n"
    )
    got = assigns(text)
    assert [a.actor for a in got] == ["Đảng\nuỷ Chính phủ", "Đảng uỷ Bộ Y tế"]
    # the item (i) after the colon is the party committee's task: it directs the other
    assert [a.role for a in got] == ["lead", "directed"]


def test_table_labels_of_a_plan() -> None:
    text = HEAD + (
        "1. Tổ chức tuyên truyền, phổ biến pháp luật về cải cách hành chính.\n"
        "- Đơn vị chủ trì: Sở Tư pháp.\n"
        "- Đơn vị phối hợp: Sở Nội vụ, Sở Tài chính.\n"
    )
    assert pairs(text) == [
        ("1", "Sở Tư pháp", "lead"),
        ("1", "Sở Nội vụ", "coordinate"),
        ("1", "Sở Tài chính", "coordinate"),
    ]
    assert all(a.task.startswith("Tổ chức tuyên truyền") for a in assigns(text))


def test_subject_after_a_subordinate_clause() -> None:
    text = HEAD + (
        "1. Rà soát, siết chặt việc thực hiện các biện pháp phòng, chống dịch. Khi phát hiện có "
        "ca F0, Chủ tịch UBND cấp huyện, cấp xã chủ động, khẩn trương triển khai đồng bộ các "
        "biện pháp khoanh vùng.\n"
    )
    assert pairs(text) == [("1", "Chủ tịch UBND cấp huyện, cấp xã", "responsible")]


def test_clause_headings_that_name_the_actor() -> None:
    text = (
        "KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n- Chủ trì, phối hợp với các cơ quan "
        "liên quan tổ chức tuyên truyền.\n\n2. Trách nhiệm của Ủy ban nhân dân các xã, phường:\n"
        "- Bố trí kinh phí thực hiện.\n"
    )
    got = pairs(text)
    assert ("I/1", "Sở Tư pháp", "lead") in got  # its bullet: ``Chủ trì, phối hợp ...``
    assert ("I/1", "các cơ quan liên quan", "coordinate") in got
    assert ("I/2", "Ủy ban nhân dân các xã, phường", "responsible") in got
    assert not any("TỔ CHỨC" in actor for _, actor, _ in got)


def test_label_without_a_subject() -> None:
    text = HEAD + (
        "1. Tuyên truyền, phổ biến kế hoạch.\n- Chủ trì: Sở Thông tin và Truyền thông.\n"
        "- Phối hợp: Các cơ quan báo chí của tỉnh.\n"
    )
    assert pairs(text) == [
        ("1", "Sở Thông tin và Truyền thông", "lead"),
        ("1", "Các cơ quan báo chí của tỉnh", "coordinate"),
    ]


def test_cong_van_body_is_outside_any_clause() -> None:
    text = (
        "Kính gửi: Bộ Kế hoạch và Đầu tư.\n\n"
        "Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin, theo khảo sát, nhiều công ty cổ phần "
        "chưa thành lập hội đồng quản trị.\n\n"
        "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, "
        "nhiệm vụ được giao, nghiên cứu, có giải pháp phù hợp.\n\n"
        "Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.\n"
    )
    assert pairs(text) == [("", "Bộ Kế hoạch và Đầu tư", "responsible")]


# --- the traps ------------------------------------------------------------------------


def test_issuer_asking_is_not_an_actor_of_its_request() -> None:
    text = (
        "CHỈ THỊ\n\nVỀ VIỆC ĐÀO TẠO NGHỀ CHO CON LIỆT SĨ\n\nĐể làm tốt hơn nữa công tác đền ơn đáp nghĩa, Thủ tướng Chính phủ yêu cầu "
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện nghiêm "
        "túc các nhiệm vụ sau:\n\n1. Chỉ đạo các cấp đưa nội dung đào tạo nghề vào kế hoạch.\n"
    )
    got = actors(text)
    assert "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in got
    assert not any("Thủ tướng" in a for a in got)


def test_headings_are_not_actors() -> None:
    text = (
        "KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Yêu cầu chung phòng, chống dịch đối với người "
        "nhập cảnh\n\n2. Công tác tuyên truyền\n\nII. NỘI DUNG\n\n1. Ban hành Kế hoạch thời gian "
        "năm học 2024-2025 như sau:\n"
    )
    assert assigns(text) == []


def test_reports_are_not_assignments() -> None:
    text = (
        "THÔNG BÁO\n\nNgày 19-02-2020, Ban Thường vụ Tỉnh ủy họp. Ban Thường vụ Tỉnh ủy đã kịp "
        "thời có các nghị quyết để lãnh đạo, chỉ đạo. Chủ tịch UBND tỉnh ghi nhận, đánh giá cao "
        "và biểu dương tinh thần của các thành viên Ban chỉ đạo tỉnh. Hội nghị thống nhất kết "
        "luận như sau:\n\n1. Tiếp tục quán triệt phương châm phòng dịch.\n"
    )
    assert assigns(text) == []


def test_theo_de_nghi_cua_is_not_a_cue() -> None:
    text = (
        "QUYẾT ĐỊNH\n\nXét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV; theo đề "
        "nghị của Bộ trưởng Bộ Nội vụ.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê chuẩn kết quả bầu chức vụ.\n"
    )
    assert assigns(text) == []


# --- deadline, task, robustness --------------------------------------------------------


def test_deadline_comes_from_the_same_sentence() -> None:
    doc = vbcd.parse(HEAD + (
        "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế để tham mưu; báo cáo UBND tỉnh "
        "trước ngày 08/02/2021.\n\n2. Sở Công Thương có giải pháp giải cứu hàng hóa.\n"
    ))
    surface = "trước ngày 08/02/2021"
    at = doc.text.index(surface)
    doc.deadlines = [Deadline(start=at, end=at + len(surface), text=surface, date="2021-02-08",
                              kind="before", clause="1")]
    got = {a.actor: a.deadline for a in extract_assignments(doc)}
    assert got == {"Sở Tài chính": "2021-02-08", "Sở Y tế": "2021-02-08", "Sở Công Thương": None}


def test_deadline_set_later_in_the_clause() -> None:
    doc = vbcd.parse(HEAD + (
        "1. Giao Sở Nội vụ xây dựng kế hoạch kiểm tra công tác cải cách hành chính. Thời gian "
        "hoàn thành trong tháng 6 năm 2021.\n"
    ))
    surface = "trong tháng 6 năm 2021"
    at = doc.text.index(surface)
    doc.deadlines = [Deadline(start=at, end=at + len(surface), text=surface, date="2021-06-30",
                              kind="within", clause="1")]
    got = extract_assignments(doc)
    assert [(a.actor, a.deadline) for a in got] == [("Sở Nội vụ", "2021-06-30")]


def test_task_is_bounded_and_on_one_line() -> None:
    long_task = "rà soát, " * 80
    got = assigns(HEAD + f"1. Giao Sở Y tế {long_task}báo cáo.\n")
    assert len(got) == 1
    assert len(got[0].task) <= TASK_CHARS + 1
    assert "\n" not in got[0].task and got[0].task.endswith("…")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Giao", "giao", "Sở Y tế", "các Bộ", ",", ";", ":", "chủ trì", "phối hợp với", "(i)", "\n\n",
    "- ", "Đồng chí", "Nguyễn Văn A", "chỉ đạo", "1.", "Đề nghị", "yêu cầu", ".", "và", "UBND",
    "tỉnh", "có trách nhiệm", "nhất là", "[4]", "x",
]), max_size=40))
def test_never_crashes_and_spans_are_exact(words: list[str]) -> None:
    text = " ".join(words)
    doc = Document(text=text, preamble=Zone(start=0, end=len(text), text=text))
    for a in extract_assignments(doc):
        assert text[a.start:a.end] == a.actor and a.actor.strip()


@pytest.mark.timing
def test_scan_is_linear_in_length() -> None:
    unit = (
        "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, các cơ quan, đơn vị liên quan thực "
        "hiện rà soát; Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh kiểm tra. "
    )

    def run(n: int) -> float:
        text = unit * n
        doc = Document(text=text, preamble=Zone(start=0, end=len(text), text=text))
        t = time.perf_counter()
        assert len(extract_assignments(doc)) == 5 * n
        return time.perf_counter() - t

    small, big = run(50), run(400)
    assert big < 20 * max(small, 0.01)


@pytest.mark.timing
def test_many_cue_headings_with_their_items_are_read_in_linear_time() -> None:
    """``Giao X:`` and bullets that are no tasks, thousands of times in one clause: each
    heading's task runs to the clause's end, and is cut from a head of it, not read whole."""
    unit = "Giao Sở Y tế:\n- Việc kiểm tra các cơ sở;\n- Kết quả.\n"

    def run(n: int) -> float:
        doc = vbcd.parse(HEAD + "1. Nội dung\n" + unit * n)
        t = time.perf_counter()
        got = extract_assignments(doc)
        assert len(got) == n and got[-1].task == "- Việc kiểm tra các cơ sở; - Kết quả."
        return time.perf_counter() - t

    small, big = min(run(500) for _ in range(2)), run(4000)
    assert big < 16 * max(small, 0.01)  # 8 times the text; quadratic: 64 times


_TASK_PIECES = ["a", "bc ", " ", "   ", "\n", ":", ";", ",", ".", " -", " 2.", " a)", "\x1c",
                "\t", "đ", "…", "Sở Y tế ", "\u2028"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TASK_PIECES), max_size=200), st.integers(1, 80),
       st.integers(0, 4), st.integers(0, 4))
def test_a_task_cut_from_a_head_of_its_text_is_the_whole_text_cut(
    pieces: list[str], times: int, lead: int, trail: int,
) -> None:
    """The task text read from a growing head of its stretch equals the whole stretch
    collapsed and cut (long runs of separators and spaces, uncommon spaces included)."""
    text = "".join(pieces) * times
    start, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - trail)
    assert _task_between(text, start, end) == _task_text(text[start:end])


# --- the corpus -----------------------------------------------------------------------


@cache
def parsed(path: Path) -> Document:
    return vbcd.parse_file(path)


@cache
def light_pipeline() -> Pipeline:
    """The default pipeline without the stages assignments do not read (faster sweep)."""
    nlp = Pipeline()
    for name in ("places", "references"):
        nlp.remove(name)
    return nlp


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: f"{p.parent.name}/{p.stem[:20]}")
def test_every_fixture_assignment_is_well_formed(path: Path) -> None:
    doc = vbcd.parse_file(path, pipeline=light_pipeline())
    clauses = {c.path for c in doc.iter_clauses()} | {""}
    for a in doc.assignments:
        assert 0 <= a.start < a.end <= len(doc.text)
        assert doc.text[a.start:a.end] == a.actor and a.actor == a.actor.strip()
        if a.annex is None:
            assert a.clause in clauses
        else:  # a clause of that annex (none: an annex that is a bare table), the actor inside
            annex = doc.annexes[a.annex]
            assert a.clause in {c.path for c in walk_clauses(annex.clauses)} or (
                a.clause is None and not annex.clauses)
            assert annex.start <= a.start < annex.end
        assert len(a.task) <= TASK_CHARS + 1 and "\n" not in a.task


@pytest.mark.parametrize("part", ["seeds", "dev"])
def test_gold_recall_target(part: str) -> None:
    report = evaluate(CORPUS / part / "gold", CORPUS / part, parse=lambda p: parsed(Path(p)))
    counts = report.totals["assignments"]
    recall = counts.tp / counts.support
    assert recall >= 0.85, (part, counts)


# --- the token lists are what one pattern over the stretch gives --------------------------

_REFERENCE_TOKEN = regex.compile(
    r"(?P<w>\w+(?:/\w+)*)"
    r"|(?P<br>\n[ \t]*(?:\n[ \t]*)+|\n(?=[ \t]*[-+•*–](?:[ \t]|$)))"
    r"|(?P<p>[^\w\s])"
)


def _reference_tokens(text: str, match: str, start: int, end: int) -> list[tuple]:
    """The definition: one ``regex`` match per token, a page-break blank line dropped."""
    out = []
    for m in _REFERENCE_TOKEN.finditer(match, start, end):
        kind = m.lastgroup or "p"
        s, e = m.span()
        if kind == "br":
            nxt = e
            while nxt < end and text[nxt] in " \t\n":
                nxt += 1
            if match.count("\n", s, e) > 1 and nxt < end and text[nxt].islower():
                continue
            out.append((s, e, "br", "\n"))
            continue
        surface = text[s:e]
        out.append((s, e, kind, m.group().lower(), surface[:1].isupper(),
                    kind == "w" and len(surface) > 1 and surface.isupper()))
    return out


def _tokens(text: str, match: str, start: int, end: int) -> list[tuple]:
    toks = tokenize(text, match, start, end)
    return [
        (toks.starts[j], toks.ends[j], "br", "\n") if toks.kinds[j] == "br" else
        (toks.starts[j], toks.ends[j], toks.kinds[j], toks.lows[j], toks.upper[j], toks.caps(j))
        for j in range(len(toks))
    ]


_TOKEN_SOUP = ["Sở", "Y", "tế", "UBND", "đ/c", "a/", "/b", "Covid-19", ",", ";", "(", ")", " ",
               "  ", "\t", "\n", "\n\n", "\n \n", "\n- ", "\n• ", "\n–", "ban", "x²", "½", "_",
               "İ", "ſ", "\u0301", "Ǆ", "ΑΣ.Β", "3G", "Ωmega", "\r", "\u2028", "…", "“"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_SOUP), max_size=40), st.integers(0, 60), st.integers(0, 200))
def test_tokens_are_the_reference_tokens(parts: list[str], start: int, end: int) -> None:
    text = "".join(parts)
    match = fold_tones(text)
    end = min(end, len(text))
    start = min(start, end)
    assert _tokens(text, match, start, end) == _reference_tokens(text, match, start, end)


def test_tokens_of_the_fixtures_are_the_reference_tokens() -> None:
    for path in ALL_FILES[::4]:
        text = normalize(path.read_text(encoding="utf-8")).text
        match = fold_tones(text)
        for a, b in [(0, len(text)), (len(text) // 3, 2 * len(text) // 3)]:
            assert _tokens(text, match, a, b) == _reference_tokens(text, match, a, b)


def test_no_structure_reads_the_text_but_not_the_recipient_list() -> None:
    """A text with no clauses is read whole for tasks, but its recipient list and
    signature are not: a recipient is no actor (``- UBND tỉnh chỉ đạo ...`` there
    names who receives the document)."""
    tail = ("Nơi nhận:\n- Sở Y tế chủ trì, triển khai thực hiện;\n"
            "- UBND tỉnh chỉ đạo các sở thực hiện;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Nguyễn Văn An\n")
    doc = vbcd.parse(tail)
    assert [r.text for r in doc.recipients][:1] == ["Sở Y tế chủ trì, triển khai thực hiện"]
    assert doc.assignments == []
    doc = vbcd.parse("Giao Sở Tài chính chủ trì, hướng dẫn thực hiện.\n\n" + tail)
    assert [a.actor for a in doc.assignments] == ["Sở Tài chính"]


def test_an_organ_heading_line_then_its_task_on_the_next_line() -> None:
    """``1. Sở Y tế`` alone on its line, the task below it opening with a capital:
    the actor is the organ, not the organ run on into the task's first words."""
    doc = vbcd.parse("I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\nChủ trì, phối hợp với các đơn vị "
                     "triển khai tiêm chủng.\n2. Ủy ban nhân dân\ntỉnh Quảng Nam chỉ đạo.\n")
    got = [(a.actor, a.clause, a.role) for a in doc.assignments]
    assert ("Sở Y tế", "I/1", "lead") in got  # it leads the task its next line gives
    assert ("các đơn vị", "I/1", "coordinate") in got  # the line below is read as a unit
    assert ("Ủy ban nhân dân\ntỉnh Quảng Nam", "I/2", "responsible") in got  # wrapped: whole


def test_an_organ_heading_with_a_colon_then_its_task() -> None:
    """``1. Sở Y tế:`` then a task word, on the next line or after the colon: the
    organ is responsible; a count after the colon (``15 người``) is no task."""
    for sep in ("\n", " "):
        doc = vbcd.parse(f"I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:{sep}Chủ trì, phối hợp với các "
                         "đơn vị triển khai tiêm chủng.\n")
        got = [(a.actor, a.role) for a in doc.assignments]
        assert ("Sở Y tế", "lead") in got and ("các đơn vị", "coordinate") in got
    assert vbcd.parse("I. KẾT QUẢ\n1. Sở Y tế: 15 người.\n").assignments == []


def test_an_item_naming_an_organ_with_a_colon_then_its_task() -> None:
    """``- Sở Y tế: Hướng dẫn ...``: a plan lists each organ's task as an item of its
    own, as a numbered clause does (``1. Sở Y tế: ...``); a count is still no task."""
    doc = vbcd.parse("I. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm\n- Sở Y tế: Hướng dẫn các đơn vị "
                     "triển khai.\n- Sở Tài chính: bố trí kinh phí thực hiện.\n")
    assert [(a.actor, a.role, a.clause) for a in doc.assignments] == [
        ("Sở Y tế", "responsible", "I/1"), ("Sở Tài chính", "responsible", "I/1")]
    assert vbcd.parse("I. KẾT QUẢ\n1. Nhân lực\n- Sở Y tế: 15 người.\n").assignments == []


def test_a_heading_line_without_punctuation_ends_before_the_first_sentence() -> None:
    """``1. Tổ chức thực hiện`` / ``Sở Y tế chủ trì ...``: the heading line ends at its
    line break (no punctuation does), so the next line is a sentence with a subject."""
    body = ("Sở Y tế chủ trì, phối hợp với Sở Tài chính hoàn thành kế hoạch.\n"
            "2. Kinh phí\nGiám đốc Sở Tài chính bố trí kinh phí.\n")
    for heading in ("Tổ chức thực hiện", "Triển khai kế hoạch"):
        got = pairs(HEAD + f"1. {heading}\n" + body)
        assert ("1", "Sở Y tế", "lead") in got, heading
        assert ("1", "Sở Tài chính", "coordinate") in got, heading
        assert ("2", "Giám đốc Sở Tài chính", "responsible") in got, heading
    got = pairs(HEAD + "Điều 5. Trách nhiệm thi hành\nCác Bộ trưởng, Thủ trưởng cơ quan ngang Bộ "
                "chịu trách nhiệm thi hành Nghị định này.\n")
    assert got == [("Điều 5", "Các Bộ trưởng", "responsible"),
                   ("Điều 5", "Thủ trưởng cơ quan ngang Bộ", "responsible")]
    # a heading in capitals, then a line that is not
    got = pairs(HEAD + "I. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì, phối hợp với Sở Tài chính "
                "hoàn thành kế hoạch.\n")
    assert ("I", "Sở Y tế", "lead") in got


def test_a_duties_heading_then_its_actor_again_on_the_next_line() -> None:
    """``Điều 7. Trách nhiệm của Ủy ban nhân dân cấp tỉnh`` / ``Ủy ban nhân dân cấp
    tỉnh có trách nhiệm ...``, the way a decree writes an article: the next line
    repeats the heading's actor, so the heading ends at its line break, even after a
    word that mostly goes on (``cấp tỉnh``) or a plural class (``các bộ, ngành``)."""
    got = pairs(HEAD + "Điều 7. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\nỦy ban nhân dân "
                "tỉnh, thành phố trực thuộc trung ương có trách nhiệm ban hành quy chế.\n")
    assert ("Điều 7", "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
            "responsible") in got
    got = pairs(HEAD + "Điều 8. Trách nhiệm của các bộ, ngành\nCác bộ, cơ quan ngang bộ có "
                "trách nhiệm hướng dẫn thực hiện Nghị định này.\n")
    assert ("Điều 8", "Các bộ, cơ quan ngang bộ", "responsible") in got
    # a heading whose actor wraps onto the next line goes on there
    got = pairs(HEAD + "Điều 9. Trách nhiệm của Ủy ban nhân dân tỉnh\nQuảng Ninh trong việc "
                "quản lý cụm công nghiệp\nỦy ban nhân dân tỉnh Quảng Ninh chỉ đạo thực hiện.\n")
    assert all(a != "Quảng Ninh" for _, a, _ in got)


def test_the_enacting_formula_of_a_law_or_an_ordinance_assigns_nothing() -> None:
    """``Quốc hội ban hành Luật Tổ chức Chính phủ.`` ends the basis of a law (and of
    its consolidated text) the way ``Chính phủ ban hành Nghị định ...`` ends a decree's:
    the legislator enacts the document itself, no task."""
    for formula in ("Quốc hội ban hành Luật Tổ chức Chính phủ[1].",
                    "Ủy ban Thường vụ Quốc hội ban hành Pháp lệnh Ưu đãi người có công "
                    "với cách mạng."):
        got = pairs("VĂN PHÒNG QUỐC HỘI\nSố: 02/VBHN-VPQH\nHà Nội, ngày 15 tháng 7 năm 2025\n\n"
                    "LUẬT\nTỔ CHỨC CHÍNH PHỦ\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa "
                    f"Việt Nam;\n{formula}\n\nĐiều 1. Vị trí\nChính phủ là cơ quan hành chính "
                    "nhà nước cao nhất.\nĐiều 2. Hiệu lực\nLuật này có hiệu lực từ ngày 01 "
                    "tháng 3 năm 2025.\n")
        assert got == [], formula


def test_the_places_of_a_plural_place_class_stay_in_one_actor() -> None:
    """``Ủy ban nhân dân các tỉnh Lào Cai, Yên Bái và Phú Thọ``: the names after a
    plural place class are more such places, which the head written once heads (as
    after a colon: ``các tỉnh: Lào Cai, Yên Bái``), not actors of their own; a head
    after them (``Sở Y tế``) still opens one."""
    got = pairs(HEAD + "1. Chủ tịch Ủy ban nhân dân các tỉnh Đắk Nông, Bình Phước chịu trách "
                "nhiệm thi hành Nghị quyết này.\n2. Ủy ban nhân dân các tỉnh Lào Cai, Yên Bái "
                "và Phú Thọ có trách nhiệm tổ chức thực hiện.\n3. Giao Ủy ban nhân dân các "
                "huyện Đông Triều, Vân Đồn, Sở Y tế tổ chức thực hiện.\n")
    assert got == [
        ("1", "Chủ tịch Ủy ban nhân dân các tỉnh Đắk Nông, Bình Phước", "responsible"),
        ("2", "Ủy ban nhân dân các tỉnh Lào Cai, Yên Bái và Phú Thọ", "responsible"),
        ("3", "Ủy ban nhân dân các huyện Đông Triều, Vân Đồn", "responsible"),
        ("3", "Sở Y tế", "responsible")]


def test_the_places_of_a_singular_place_class_stay_in_one_actor() -> None:
    """``UBND huyện Tương Dương, Kỳ Sơn``: the agency layer reads an organ of each place
    listed after a singular level word, yet the head written once heads them all, as
    after the plural; a head after them still opens an actor."""
    got = pairs(HEAD + "1. Ủy ban nhân dân huyện Tương Dương, Kỳ Sơn và Con Cuông có trách "
                "nhiệm tổ chức thực hiện.\n2. Giao Ủy ban nhân dân Quận 1, Quận 3 phối hợp "
                "với Sở Xây dựng kiểm tra.\n3. Công an xã Diễn Kỷ, Diễn Thành, Sở Y tế tổ "
                "chức thực hiện.\n")
    assert got == [
        ("1", "Ủy ban nhân dân huyện Tương Dương, Kỳ Sơn và Con Cuông", "responsible"),
        ("2", "Ủy ban nhân dân Quận 1, Quận 3", "responsible"),
        ("2", "Sở Xây dựng", "coordinate"),
        ("3", "Công an xã Diễn Kỷ, Diễn Thành", "responsible"),
        ("3", "Sở Y tế", "responsible")]


def test_a_listed_place_whose_first_syllable_opens_a_head_stays_in_the_actor() -> None:
    """``UBND các xã Tân Xuân, Bảo Thạnh``: ``Bảo`` opens ``Bảo hiểm xã hội`` elsewhere,
    but no head matches at ``Bảo Thạnh``: a commune's name, which the head written once
    heads; ``Bảo hiểm xã hội tỉnh`` after the places still opens an actor."""
    got = pairs(HEAD + "1. UBND các xã Tân Xuân, Bảo Thạnh, Bảo Thuận chỉ đạo thu hoạch "
                "lúa.\n2. Giao UBND các huyện Ba Tri, Bình Đại, Bảo hiểm xã hội tỉnh tổ "
                "chức thực hiện.\n")
    assert got == [
        ("1", "UBND các xã Tân Xuân, Bảo Thạnh, Bảo Thuận", "responsible"),
        ("2", "UBND các huyện Ba Tri, Bình Đại", "responsible"),
        ("2", "Bảo hiểm xã hội tỉnh", "responsible")]


def test_plural_title_holders_and_their_scope_before_the_task() -> None:
    """``Các Phó Thủ tướng Chính phủ theo lĩnh vực được phân công trực tiếp chỉ đạo
    ...``: a plural before a capitalised title opens an actor (its holders), and the
    scope it acts within (``theo lĩnh vực``, ``theo chức năng, nhiệm vụ được giao``)
    opens the task, after a class noun too (not ``các cơ quan theo chức năng``)."""
    got = pairs(HEAD + "1. Các Phó Thủ tướng Chính phủ theo lĩnh vực được phân công trực tiếp "
                "chỉ đạo xử lý các vướng mắc.\n2. Các bộ, cơ quan theo chức năng, nhiệm vụ "
                "được giao chủ động xử lý các kiến nghị.\n3. Các Thứ trưởng chỉ đạo các "
                "đơn vị thực hiện.\n4. Giao Sở Y tế, các Phó Giám đốc Sở theo dõi.\n")
    assert ("1", "Các Phó Thủ tướng Chính phủ", "responsible") in got
    assert ("2", "Các bộ, cơ quan", "responsible") in got
    assert ("3", "Các Thứ trưởng", "lead") in got
    assert ("4", "Sở Y tế", "responsible") in got
    assert ("4", "các Phó Giám đốc Sở", "responsible") in got


def test_a_heading_line_then_a_sentence_opening_with_a_cue() -> None:
    """``2. Tổ chức thực hiện`` / ``Giao Văn phòng ...``: a capitalised cue opens the
    next sentence, even after a heading that ends with a class noun (``cán bộ``)."""
    got = pairs(HEAD + "1. Tổ chức thực hiện\nGiao Văn phòng UBND tỉnh theo dõi, đôn đốc.\n"
                "2. Về công tác cán bộ\nYêu cầu Sở Nội vụ rà soát.\n")
    assert ("1", "Văn phòng UBND tỉnh", "responsible") in got
    assert ("2", "Sở Nội vụ", "responsible") in got
    # an organ's head ending the line makes ``Giao thông`` a wrap, not a cue
    got = pairs(HEAD + "1. Về dự án đường tỉnh ĐT 609, Sở\nGiao thông vận tải chủ trì rà soát.\n")
    assert got == [("1", "Sở Giao thông vận tải", "lead")]


def test_a_wrapped_line_is_not_a_heading() -> None:
    """A line that goes on in the next one stays one sentence: it ends with a link
    (``với``), inside a title (``Chánh`` / ``Văn phòng``) or gives a task (``Giao``)."""
    got = pairs(HEAD + "1. Giao Sở Y tế chủ trì, phối hợp với\nSở Tài chính hoàn thành "
                "kế hoạch.\n")
    assert got == [("1", "Sở Y tế", "lead"), ("1", "Sở Tài chính", "coordinate")]
    got = pairs(HEAD + "Điều 4. Chánh\nVăn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế "
                "chịu trách nhiệm thi hành Quyết định này.\n")
    assert ("Điều 4", "Văn phòng Ủy ban nhân dân tỉnh", "responsible") not in got
    # a wrapped capitals heading goes on in capitals: no sentence starts there
    assert pairs(HEAD + "II. MỤC TIÊU\nCHỦ YẾU\nSở Y tế chủ trì triển khai.\n") == pairs(
        HEAD + "II. MỤC TIÊU CHỦ YẾU\nSở Y tế chủ trì triển khai.\n")


def test_an_implementation_article_with_its_heading_on_a_line_of_its_own() -> None:
    """Real text: ``Điều 5. Tổ chức thực hiện`` (bold, no final punctuation), and on
    the next lines the officials who carry the decision out."""
    path = CORPUS / "silver" / "0f2d0646af982d1b.txt"
    doc = vbcd.parse(path.read_text(encoding="utf-8"))
    got = {(a.clause, " ".join(a.actor.split())) for a in doc.assignments}
    assert ("Điều 5", "Giám đốc Sở Công Thương") in got
    assert ("Điều 5", "Thủ trưởng các sở, ban, ngành") in got


def test_a_long_list_of_departments_before_the_task_gives_each_one() -> None:
    """Ten departments (over 60 words) before one task: every one is responsible."""
    organs = ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Giao thông vận tải",
              "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
              "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh "
              "và Xã hội", "Ban Quản lý các khu công nghiệp tỉnh"]
    text = HEAD + "1. " + ", ".join(organs) + (
        " theo chức năng, nhiệm vụ được giao, tham mưu Ủy ban nhân dân tỉnh tháo gỡ khó khăn.\n")
    assert pairs(text) == [("1", organ, "responsible") for organ in organs]


def test_then_closes_a_conditional_clause_before_its_subject() -> None:
    """``Nếu ... thì X ...``, ``Trường hợp ..., thì X ...``: the subject follows ``thì``."""
    got = pairs(HEAD + "1. Trường hợp giá thị trường tăng từ 5% trở lên thì cơ quan thuế cấp tỉnh "
                "chủ trì, phối hợp với các đơn vị liên quan rà soát.\n2. Trường hợp giá tăng, "
                "thì Cục Thuế chủ trì rà soát.\n3. Nếu phát hiện sai phạm thì Thanh tra tỉnh "
                "kiểm tra, xử lý.\n")
    assert got == [("1", "cơ quan thuế cấp tỉnh", "lead"), ("1", "các đơn vị liên quan", "coordinate"),
                   ("2", "Cục Thuế", "lead"), ("3", "Thanh tra tỉnh", "responsible")]
    # without a subordinate clause before it, ``thì`` opens nothing
    assert pairs(HEAD + "1. Sở Y tế thì chưa báo cáo.\n") == []


def test_a_task_word_opening_a_line_ends_a_wrapped_actor_list() -> None:
    """Narrow columns wrap an organ heading anywhere; a capitalised task word opening
    the next line ends the actor list (``Triển lãm`` / ``Khẩn trương ...``)."""
    got = pairs(HEAD + "1. Cục Mỹ\nthuật, Nhiếp ảnh và Triển lãm\nKhẩn trương hoàn thiện "
                "dự thảo Nghị định.\n2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch "
                "Ủy ban nhân dân các tỉnh, thành phố\nKhẩn trương rà soát các quy định.\n")
    assert got == [
        ("1", "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm", "responsible"),
        ("2", "Bộ trưởng các Bộ", "responsible"),
        ("2", "Thủ trưởng cơ quan ngang bộ", "responsible"),
        ("2", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "responsible"),
    ]
    # a ministry's sector after a colon is a name, not a task (``Xây dựng``)
    got = pairs(HEAD + "Điều 5. Bộ trưởng các Bộ:\nXây dựng, Tư pháp, Công an chịu trách "
                "nhiệm thi hành Quyết định này.\n")
    assert len(got) == 1 and got[0][1].startswith("Bộ trưởng các Bộ: Xây dựng, Tư pháp")


def test_a_letter_whose_one_paragraph_is_its_closing_is_read() -> None:
    """A short letter: its one paragraph is taken for the closing formula, and it is
    all the body there is, so it is read."""
    text = ("BỘ Y TẾ\nSố: 12/BYT-KCB\nHà Nội, ngày 3 tháng 3 năm 2025\n\nKính gửi: Sở Y tế "
            "các tỉnh.\n\nBộ Y tế yêu cầu Thủ trưởng các cơ quan, đơn vị khẩn trương triển "
            "khai thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ "
            "TRƯỞNG\n\nNguyễn Văn A\n")
    doc = vbcd.parse(text)
    assert doc.closing is not None and not doc.clauses
    assert [(a.actor, a.role) for a in doc.assignments] == [
        ("Thủ trưởng các cơ quan, đơn vị", "responsible")]


def test_an_organ_read_whole_ends_the_actor_before_an_unknown_verb() -> None:
    """The task verb is in no table (``cấu hình``, ``phân cấp``): the actor still ends
    where the agency layer's organ name ends, unless a link or a title goes on."""
    got = pairs(HEAD + "1. Trung tâm Chuyển đổi số Thành phố cấu hình thủ tục hành chính "
                "trên Hệ thống thông tin.\n2. Ủy ban nhân dân thành phố phân cấp thẩm quyền "
                "cho các phường.\n")
    assert got == [("1", "Trung tâm Chuyển đổi số Thành phố", "responsible"),
                   ("2", "Ủy ban nhân dân thành phố", "responsible")]
    got = pairs(HEAD + "3. Giao đồng chí Nguyễn Văn An - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh "
                "chịu trách nhiệm chỉ đạo công tác xét nghiệm.\n")
    assert [actor for _, actor, _ in got] == ["Nguyễn Văn An"]


def test_members_of_a_scope_list_are_no_actors() -> None:
    """``Đối tượng áp dụng`` lists organs as items with no task: an item that is only
    an organ and has no items of its own is a list member, not a heading actor."""
    text = HEAD + ("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Phạm vi điều chỉnh: "
                   "Quyết định này quy định việc phân cấp.\n2. Đối tượng áp dụng\n"
                   "a) Ủy ban nhân dân các xã, phường;\nb) Chủ tịch Ủy ban nhân dân cấp xã;\n"
                   "c) Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân cấp xã.\n")
    assert pairs(text) == []
    # an organ heading with its items is one
    text = HEAD + "1. Sở Tư pháp\na) Chủ trì rà soát văn bản;\nb) Báo cáo kết quả.\n"
    assert pairs(text) == [("1/a", "Sở Tư pháp", "lead"), ("1/b", "Sở Tư pháp", "responsible")]


def test_a_scope_article_gives_no_task() -> None:
    """``Điều 2. Đối tượng áp dụng`` lists who the text applies to: its items are not
    assignments, though they read like subjects with task words after them."""
    text = HEAD + ("Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức chi.\n"
                   "Điều 2. Đối tượng áp dụng\n1. Cơ quan, tổ chức, cá nhân tham gia xây dựng, "
                   "kiểm tra văn bản quy phạm pháp luật.\n2. Các cơ quan, tổ chức, cá nhân có "
                   "liên quan đến việc quản lý kinh phí.\nĐiều 3. Tổ chức thực hiện\n"
                   "Sở Tài chính chủ trì hướng dẫn thực hiện.\n")
    assert pairs(text) == [("Điều 3", "Sở Tài chính", "lead")]


def test_a_scope_phrase_with_a_task_word_stays_in_the_actor() -> None:
    """``thuộc phạm vi quản lý của ...`` names whose units are meant; ``quản lý`` is
    no task there."""
    got = pairs(HEAD + "1. Các đơn vị sự nghiệp công lập thuộc phạm vi quản lý của Ủy ban nhân "
                "dân tỉnh niêm yết công khai thủ tục hành chính.\n")
    assert got == [("1", "Các đơn vị sự nghiệp công lập thuộc phạm vi quản lý của Ủy ban nhân "
                         "dân tỉnh", "responsible")]


def test_an_alternative_title_in_brackets_stays_in_the_actor() -> None:
    """``Giám đốc (Thủ trưởng) các sở``: brackets holding a title after a title do not
    end the actor; an aside in brackets still does (``Sở Y tế (cơ quan thường trực)``)."""
    got = pairs(HEAD + "1. Giám đốc (Thủ trưởng) các sở, ban, ngành chịu trách nhiệm thi hành "
                "Quyết định này.\n2. Sở Y tế (cơ quan thường trực) chủ trì triển khai.\n")
    assert got == [("1", "Giám đốc (Thủ trưởng) các sở, ban, ngành", "responsible"),
                   ("2", "Sở Y tế", "lead")]


def test_those_heard_before_a_conclusion_are_no_actors() -> None:
    """``Sau khi nghe Văn phòng, Sở Y tế, Sở Tài chính báo cáo, ...``: the commas part the
    list of those heard (not a subordinate clause from the main one), so no organ of it
    is given the task of reporting; a cue later in the sentence still assigns."""
    doc = vbcd.parse("Sau khi nghe Lãnh đạo Sở Y tế, Sở Tài chính, Sở Nội vụ báo cáo tình hình, "
                     "ý kiến của các đại biểu dự họp, Chủ tịch UBND tỉnh kết luận như sau:")
    assert doc.assignments == []
    doc = vbcd.parse("Sau khi nghe Sở Y tế báo cáo, Chủ tịch UBND tỉnh giao Sở Tài chính bố trí "
                     "kinh phí.")
    assert [(a.actor, a.role) for a in doc.assignments] == [("Sở Tài chính", "responsible")]
    # other subordinate clauses still end at their comma
    doc = vbcd.parse("Khi có dịch, Sở Y tế chủ trì triển khai.")
    assert [(a.actor, a.role) for a in doc.assignments] == [("Sở Y tế", "lead")]


def test_the_province_or_city_as_the_subject_of_a_task() -> None:
    """In a conclusion notice ``Tỉnh chủ động ...`` gives the province (its People's
    Committee) the task; a report (``Tỉnh đã ...``) gives none."""
    doc = vbcd.parse("b) Về đề nghị điều chỉnh quy hoạch: Tỉnh chủ động làm việc với Bộ Xây "
                     "dựng để được hướng dẫn.")
    assert [(a.actor, a.role) for a in doc.assignments] == [("Tỉnh", "responsible")]
    doc = vbcd.parse("Thành phố cần tập trung chỉ đạo quyết liệt.")
    assert [a.actor for a in doc.assignments] == ["Thành phố"]
    assert vbcd.parse("Tỉnh đã hoàn thành kế hoạch năm 2024.").assignments == []


def test_wishes_report_and_notes_are_tasks() -> None:
    """``Thủ tướng Chính phủ mong muốn ...`` reports a wish (no actor); ``lưu ý``,
    ``quan tâm`` open a task."""
    assert vbcd.parse("Thủ tướng Chính phủ mong muốn gửi vòng hoa viếng tới các đồng chí."
                      ).assignments == []
    doc = vbcd.parse("Đề nghị Sở Y tế lưu ý một số nội dung.")
    assert [(a.actor, a.task) for a in doc.assignments] == [("Sở Y tế", "lưu ý một số nội dung.")]


def test_people_with_meritorious_service_stay_in_the_actor() -> None:
    """``người có công với cách mạng``: ``có`` there is no task word."""
    doc = vbcd.parse("Điều 2. Sở Lao động - Thương binh và Xã hội chỉ đạo các trung tâm điều "
                     "dưỡng người có công với cách mạng triển khai thực hiện.")
    assert ("các trung tâm điều dưỡng người có công với cách mạng", "directed") in [
        (a.actor, a.role) for a in doc.assignments]
    doc = vbcd.parse("Sở Y tế có công văn hướng dẫn.")
    assert [a.actor for a in doc.assignments] == ["Sở Y tế"]


def test_a_heading_in_capitals_then_a_sentence_with_a_cue() -> None:
    """``II. NHIỆM VỤ`` (its last word looks like the head ``Vụ``) or a heading in
    capitals wrapped over two lines ending with ``TỚI`` (a link word), then ``Đề nghị
    ...`` on the next line: the sentence gives its task."""
    pre = "I. TÌNH HÌNH\nTỉnh đã đạt kết quả tốt.\n"
    doc = vbcd.parse(pre + "II. NHIỆM VỤ\nĐề nghị Sở Y tế tập trung lãnh đạo.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("II", "Sở Y tế")]
    doc = vbcd.parse(pre + "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG\nTÂM THỜI GIAN TỚI\n"
                     "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("II", "Thường trực Tỉnh ủy")]


def test_a_joint_office_is_one_actor() -> None:
    """``Văn phòng HĐND và UBND`` is one organ (the agency table's joint offices): its
    ``và`` does not split the actor list."""
    doc = vbcd.parse("Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố, "
                     "Giám đốc Sở Tài chính và Chủ tịch UBND các quận chịu trách nhiệm thi hành "
                     "Quyết định này.")
    assert [a.actor for a in doc.assignments] == [
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố",
        "Giám đốc Sở Tài chính", "Chủ tịch UBND các quận"]
    doc = vbcd.parse("Điều 1. Giao Văn phòng HĐND và UBND huyện theo dõi, tổng hợp.")
    assert [a.actor for a in doc.assignments] == ["Văn phòng HĐND và UBND huyện"]
    # two organs joined by ``và`` are still two actors
    doc = vbcd.parse("1. Sở Y tế và UBND huyện thực hiện.")
    assert [a.actor for a in doc.assignments] == ["Sở Y tế", "UBND huyện"]


def test_lap_with_its_object_opens_a_task() -> None:
    """``lập thủ tục``, ``lập kế hoạch`` end the actor; ``công lập`` (public) does not."""
    doc = vbcd.parse("Điều 2. Giao Sở Tài chính phối hợp với Ủy ban nhân dân các quận, huyện "
                     "lập thủ tục giải quyết kinh phí.")
    assert ("Ủy ban nhân dân các quận, huyện", "coordinate") in [
        (a.actor, a.role) for a in doc.assignments]
    doc = vbcd.parse("2. Các đơn vị sự nghiệp công lập trực thuộc Sở lập kế hoạch đào tạo.")
    assert [a.actor for a in doc.assignments] == [
        "Các đơn vị sự nghiệp công lập trực thuộc Sở"]


def test_a_village_scope_stays_in_the_actor() -> None:
    doc = vbcd.parse("3. Các cơ quan, tổ chức, đơn vị và Ban Công tác Mặt trận thôn tổ chức "
                     "hội nghị giới thiệu người ứng cử.")
    assert [a.actor for a in doc.assignments] == [
        "Các cơ quan, tổ chức, đơn vị", "Ban Công tác Mặt trận thôn"]
    assert all(a.task.startswith("tổ chức hội nghị") for a in doc.assignments)


@pytest.mark.parametrize("subject", ["Ủy ban nhân dân các cấp", "Ban Chỉ đạo các cấp",
                                     "Ban Chỉ huy phòng, chống thiên tai các cấp"])
def test_a_class_of_organs_under_a_heading_line(subject: str) -> None:
    """``I. Nhiệm vụ chung`` / ``Ủy ban nhân dân các cấp tập trung ...``: an organ's head
    opening the next line ends the heading line, though the class names no agency."""
    doc = vbcd.parse(f"I. Nhiệm vụ chung\n{subject} tập trung thực hiện công việc.")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("I", subject)]


def test_a_verb_after_an_organ_word_opens_the_task() -> None:
    """``cơ quan`` takes a following noun-like task word into a name (``các cơ quan tuyên
    truyền``, ``cơ quan chủ trì soạn thảo``), but never ``thực hiện`` and its kind."""
    doc = vbcd.parse("1. Bộ Y tế đề nghị các cơ quan thực hiện một số nội dung như sau:\n"
                     "- Rà soát các cơ sở.\n")
    assert [a.actor for a in doc.assignments] == ["các cơ quan"]
    doc = vbcd.parse("1. Các cơ quan tuyên truyền tăng cường thông tin.")
    assert [a.actor for a in doc.assignments] == ["Các cơ quan tuyên truyền"]
    doc = vbcd.parse("2. Người đứng đầu cơ quan chủ trì soạn thảo chịu trách nhiệm.")
    assert doc.assignments
    assert doc.assignments[0].actor.startswith("Người đứng đầu cơ quan chủ trì")


@pytest.mark.parametrize(("text", "actor"), [
    ("1. Các chủ đầu tư giải ngân hết kế hoạch vốn được giao.", "Các chủ đầu tư"),
    ("2. Các chủ đầu tư nghiệm thu, thanh toán khối lượng hoàn thành.", "Các chủ đầu tư"),
    ("3. Các đơn vị tiết kiệm 10% chi thường xuyên để tạo nguồn cải cách tiền lương.",
     "Các đơn vị"),
    ("4. Phòng Kiểm soát thanh toán chủ trì kiểm soát hồ sơ.", "Phòng Kiểm soát thanh toán"),
])
def test_budget_verbs_open_a_task(text: str, actor: str) -> None:
    """A public-investment letter's verbs (``giải ngân``, ``nghiệm thu``, ``thanh toán``,
    ``tiết kiệm``) end the actor that opens the clause, except inside a unit's name."""
    assert actors(text) == [actor]


@pytest.mark.parametrize("text", [
    "a) Quỹ BHYT thanh toán chi phí khám bệnh, chữa bệnh theo mức hưởng.",
    "b) Quỹ bảo hiểm y tế chi trả chi phí vận chuyển người bệnh.",
])
def test_an_insurance_fund_that_pays_is_no_actor(text: str) -> None:
    """A rule on what the fund pays gives no body a task."""
    assert actors(text) == []


def test_phan_anh_opens_a_task() -> None:
    doc = vbcd.parse("4. Nếu có vướng mắc, đề nghị các tỉnh, thành phố trực thuộc Trung ương "
                     "phản ánh về Bộ Tài chính để xem xét.")
    assert [a.actor for a in doc.assignments] == ["các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_roles_heading_is_no_actor() -> None:
    """``2. Cơ quan chủ trì, phối hợp`` heads a plan's part; a label with its colon still
    names its actor."""
    doc = vbcd.parse("2. Cơ quan chủ trì, phối hợp\n- Bộ Quốc phòng; Bộ Công an.\n")
    assert "Cơ quan chủ trì" not in [a.actor for a in doc.assignments]
    doc = vbcd.parse("1. Nhiệm vụ\nĐơn vị chủ trì: Sở Tư pháp.\nĐơn vị phối hợp: Sở Nội vụ.\n")
    pairs = [(a.actor, a.role) for a in doc.assignments]
    assert ("Sở Nội vụ", "coordinate") in pairs
    assert not {"Đơn vị chủ trì", "Đơn vị phối hợp"} & {actor for actor, _ in pairs}


@pytest.mark.parametrize("line", [
    "3. Lực lượng tham gia: Đội Cảnh sát PCCC và CNCH khu vực 2, Công an xã Nghi Lộc.",
    "3. Lực lượng tham gia gồm: Đội Cảnh sát PCCC và CNCH khu vực 2, Công an xã Nghi Lộc.",
])
def test_a_plans_forces_label_is_no_actor(line: str) -> None:
    """A drill's plan lists its forces under a label (``Lực lượng tham gia: ...``): the
    bare ``Lực lượng`` acts no more than ``Đơn vị`` of ``Đơn vị tham gia:``; the organs
    after the colon are the actors."""
    doc = vbcd.parse(line + "\n4. Sở Tài chính bố trí kinh phí.\n")
    actors = [a.actor for a in doc.assignments]
    assert "Lực lượng" not in actors
    assert "Đội Cảnh sát PCCC và CNCH khu vực 2" in actors


def test_a_heading_ending_like_a_class_noun_or_before_a_label() -> None:
    """``Nhiệm vụ`` ends with ``vụ`` (a class noun after ``các``), but as a heading it
    is no wrap; a table's label on the next line (``Đơn vị chủ trì: ...``) names its
    actor. ``Ủy quyền cho Lãnh đạo`` / ``Bộ Xây dựng`` is a wrap inside a name."""
    doc = vbcd.parse("1. Nhiệm vụ\nSở Y tế chủ trì thực hiện.")
    assert [(a.actor, a.role) for a in doc.assignments] == [("Sở Y tế", "lead")]
    doc = vbcd.parse("1. Nhiệm vụ\nĐơn vị chủ trì: Sở Tư pháp.\nĐơn vị phối hợp: Sở Nội vụ.\n")
    assert [(a.actor, a.role) for a in doc.assignments] == [
        ("Sở Tư pháp", "lead"), ("Sở Nội vụ", "coordinate")]
    doc = vbcd.parse("Điều 2. Ủy quyền cho Lãnh đạo\nBộ Xây dựng thay mặt Chính phủ ký Hiệp "
                     "định.")
    assert "Bộ Xây dựng thay mặt Chính phủ" not in [a.actor for a in doc.assignments]


@pytest.mark.parametrize("rows", [
    "Cơ quan chủ trì: Sở Xây dựng.\nCơ quan phối hợp: Sở Công Thương, Công an tỉnh.",
    "- Cơ quan chủ trì: Sở Xây dựng.\n- Cơ quan phối hợp: Sở Công Thương, Công an tỉnh.\n"
    "- Thời gian: năm 2025.",
    "Đơn vị chủ trì: Sở Xây dựng; đơn vị phối hợp: Sở Công Thương, Công an tỉnh.",
    "Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Công Thương, Công an tỉnh.",
    "Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Công Thương, Công an tỉnh; thời "
    "gian hoàn thành: tháng 12/2025.",
    "Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Công Thương, Công an tỉnh; thời "
    "gian: Quý III/2025.",
    "- Cơ quan chủ trì thực hiện: Sở Xây dựng.\n- Cơ quan phối hợp thực hiện: Sở Công "
    "Thương, Công an tỉnh.",
])
def test_table_rows_of_a_plan_name_their_actors_for_the_heading(rows: str) -> None:
    """A plan's rows under a task (``Cơ quan chủ trì: X``, on their own lines, behind
    bullets, or two on one line after ``;``) name the lead and the coordinating
    bodies; the task of each is the heading, not the rows above it. ``cơ quan chủ trì``
    is also a noun (the lead agency), which the row's colon tells apart. Another field
    after ``;`` (``thời gian: ...``) ends the list of actors."""
    doc = vbcd.parse(f"1. Kiểm tra an toàn các công trình xây dựng.\n{rows}\n")
    assert [(a.actor, a.role, a.task) for a in doc.assignments] == [
        ("Sở Xây dựng", "lead", "Kiểm tra an toàn các công trình xây dựng."),
        ("Sở Công Thương", "coordinate", "Kiểm tra an toàn các công trình xây dựng."),
        ("Công an tỉnh", "coordinate", "Kiểm tra an toàn các công trình xây dựng."),
    ]


@pytest.mark.parametrize("item", [
    "1. Kiểm tra an toàn các công trình (Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: "
    "Sở Công Thương, Công an tỉnh; thời gian hoàn thành: quý II/2025).",
    "1. Kiểm tra an toàn các công trình.\n(Chủ trì: Sở Xây dựng; phối hợp: Sở Công Thương, "
    "Công an tỉnh; thời gian: thường xuyên)",
    "1. Kiểm tra an toàn các công trình - Đơn vị chủ trì: Sở Xây dựng; - Đơn vị phối hợp: "
    "Sở Công Thương, Công an tỉnh; - Thời gian: trước ngày 30/9/2025.",
    "1. Kiểm tra an toàn các công trình (Chủ trì: Sở Xây dựng, phối hợp: Sở Công Thương, "
    "Công an tỉnh, thời gian: quý II/2025).",
    "1. Kiểm tra an toàn các công trình\n(Đơn vị chủ trì: Sở Xây dựng - Đơn vị phối hợp: "
    "Sở Công Thương, Công an tỉnh - Thời gian hoàn thành: 30/6/2025)",
])
def test_fields_closing_a_plans_item_inline_name_its_actors(item: str) -> None:
    """The fields that close a plan's item may follow it on its line or the next, in
    brackets or after a spaced dash, parted by ``;``, ``,`` or `` - ``: each label starts
    its actors as on a line of its own (``Chủ trì:`` a lead, ``phối hợp:`` partners),
    and no label is read into the actor before it."""
    doc = vbcd.parse(item + "\n")
    assert [(a.actor, a.role, a.clause) for a in doc.assignments] == [
        ("Sở Xây dựng", "lead", "1"),
        ("Sở Công Thương", "coordinate", "1"),
        ("Công an tỉnh", "coordinate", "1"),
    ]


@pytest.mark.parametrize(("rows", "expected"), [
    ("- Trách nhiệm: Sở Văn hóa, Thể thao và Du lịch; các cơ quan báo chí.\n"
     "- Thời gian: thường xuyên.",
     [("Sở Văn hóa, Thể thao và Du lịch", "responsible"), ("các cơ quan báo chí", "responsible")]),
    ("(Trách nhiệm: Sở Văn hóa, Thể thao và Du lịch; thời gian: năm 2025)",
     [("Sở Văn hóa, Thể thao và Du lịch", "responsible")]),
    ("- Trách nhiệm: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo "
     "chí.",
     [("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("các cơ quan báo chí", "coordinate")]),
])
def test_a_bare_responsibility_label_names_the_items_actors(
        rows: str, expected: list[tuple[str, str]]) -> None:
    """``Trách nhiệm: X`` under (or in brackets after) a plan's item names who carries it
    out; when a sentence with its own role words follows the colon (``X chủ trì, phối
    hợp với Y``), those words give the roles."""
    doc = vbcd.parse(f"1. Tổ chức tuyên truyền về an toàn giao thông.\n{rows}\n")
    assert [(a.actor, a.role) for a in doc.assignments] == expected
    assert {a.clause for a in doc.assignments} == {"1"}


def test_a_lead_named_in_brackets_after_the_item_is_read() -> None:
    """Action plans name who leads an item in brackets after it (``Hoàn thiện thể chế
    (Bộ Nội vụ chủ trì, phối hợp với Bộ Tư pháp; hoàn thành trong quý II/2025)``):
    the organ and its lead word start a sentence there, its roles read as usual; not
    when the sentence goes on after the bracket (who chaired an event)."""
    doc = vbcd.parse(
        "1. Hoàn thiện thể chế về phân cấp, phân quyền (Bộ Nội vụ chủ trì, phối hợp với Bộ "
        "Tư pháp và các bộ, ngành; hoàn thành trong quý II/2025).\n"
        "2. Tổng kết việc thực hiện Nghị quyết (Bộ Kế hoạch và Đầu tư chủ trì).\n")
    assert [(a.actor, a.role, a.clause) for a in doc.assignments] == [
        ("Bộ Nội vụ", "lead", "1"), ("Bộ Tư pháp", "coordinate", "1"),
        ("các bộ, ngành", "coordinate", "1"), ("Bộ Kế hoạch và Đầu tư", "lead", "2")]
    # who chaired an event, the sentence going on after the bracket: no task
    assert not vbcd.parse("1. Tại Hội nghị (Bộ Y tế chủ trì), các đại biểu đã thảo luận "
                          "về dự thảo.\n").assignments


def test_the_closing_after_the_clauses_is_read() -> None:
    """A letter's closing asks once more (``Bộ Tài chính yêu cầu các Cục Hải quan ...
    triển khai thực hiện``): its actors are read after the clauses too, with no clause;
    a courtesy formula (``trân trọng thông báo``) or the issuer's own reply
    (``trả lời để ... biết``) gives no task to the issuer."""
    head = ("BỘ TÀI CHÍNH\nSố: 12/BTC-TCHQ\nV/v thủ tục hải quan\n\nKính gửi: Cục Hải quan các "
            "tỉnh, thành phố.\n\n1. Về hồ sơ: thực hiện theo quy định.\n2. Về thời hạn: "
            "thực hiện theo quy định.\n")
    tail = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    doc = vbcd.parse(head + "Bộ Tài chính yêu cầu Cục Hải quan các tỉnh, thành phố dành thời "
                     "gian triển khai thực hiện./." + tail)
    assert doc.closing is not None
    assert [(a.actor, a.clause, a.task) for a in doc.assignments] == [
        ("Cục Hải quan các tỉnh, thành phố", "", "dành thời gian triển khai thực hiện.")]
    for closing in ("Bộ Tài chính trân trọng thông báo./.",
                    "Bộ Tài chính trả lời để Cục Hải quan tỉnh Lạng Sơn biết./."):
        assert "Bộ Tài chính" not in [a.actor for a in vbcd.parse(head + closing + tail).assignments]


def test_a_report_word_after_a_cue_is_the_task_and_ra_opens_one() -> None:
    """``Giao Sở Xây dựng có ý kiến ...``: after a cue's actors, ``có ý kiến`` is what they
    are handed (as a subject's ``có ý kiến`` stays a report); ``ra quyết định`` opens the
    task, ``ra`` is no part of the actor."""
    doc = vbcd.parse("1. Giao Sở Xây dựng có ý kiến đối với đề xuất của huyện trước ngày "
                     "20/3/2024.\n2. Ủy ban nhân dân cấp tỉnh ra quyết định hưởng trợ cấp.\n")
    assert [(a.actor, a.task) for a in doc.assignments] == [
        ("Sở Xây dựng", "có ý kiến đối với đề xuất của huyện trước ngày 20/3/2024."),
        ("Ủy ban nhân dân cấp tỉnh", "ra quyết định hưởng trợ cấp."),
    ]
    assert vbcd.parse("1. Sở Xây dựng đã có ý kiến về đề xuất.\n").assignments == []


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 12/QĐ-UBND\nTuyên Quang, ngày 5 tháng 7 năm 2024\n"
    "QUYẾT ĐỊNH\nBan hành Kế hoạch tặng quà\nỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tặng quà.\n"
    "Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n\n"
)


def test_a_plan_issued_with_a_decision_hands_out_its_tasks() -> None:
    """A decision issuing a plan gives its real tasks in the plan: the plan's clauses are
    read, each assignment naming its annex; a catalogue of procedures attached to a
    decision is not read (its steps name who handles a file, not a task given)."""
    doc = vbcd.parse(_DECISION + "KẾ HOẠCH\nTặng quà\n(Ban hành kèm theo Quyết định số "
                     "12/QĐ-UBND)\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính chủ trì, phối hợp "
                     "với Kho bạc Nhà nước tỉnh cấp kinh phí.\n2. Ủy ban nhân dân các huyện có "
                     "trách nhiệm tổ chức tặng quà trước ngày 25/7/2024.\n")
    assert [(a.actor, a.annex) for a in doc.assignments] == [
        ("Chánh Văn phòng UBND tỉnh", None), ("Sở Tài chính", 0),
        ("Kho bạc Nhà nước tỉnh", 0), ("Ủy ban nhân dân các huyện", 0)]
    late = doc.assignments[-1]
    assert (late.clause, late.deadline) == ("I/2", "2024-07-25")
    assert [(d.clause, d.annex, d.actors) for d in doc.deadlines] == [
        ("I/2", 0, ["Ủy ban nhân dân các huyện"])]
    doc = vbcd.parse(_DECISION + "DANH MỤC THỦ TỤC HÀNH CHÍNH\n(Ban hành kèm theo Quyết định "
                     "số 12/QĐ-UBND)\nI. THỦ TỤC CẤP TỈNH\n1. Sở Tài chính tiếp nhận hồ sơ.\n")
    assert [a.annex for a in doc.assignments] == [None]


def test_a_regulation_under_a_repeated_national_header_hands_out_its_tasks() -> None:
    """A regulation printed as a page of its own repeats the issuer and the national
    header above its type line: its clauses are read all the same."""
    doc = vbcd.parse(_DECISION + "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\nCỘNG HÒA XÃ HỘI "
                     "CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
                     "QUY CHẾ\nTặng quà\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n"
                     "Điều 1. Phạm vi\nQuy chế này quy định việc tặng quà.\nĐiều 2. Trách "
                     "nhiệm\n1. Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh cấp "
                     "kinh phí.\n")
    assert [(a.actor, a.annex) for a in doc.assignments] == [
        ("Chánh Văn phòng UBND tỉnh", None), ("Sở Tài chính", 0),
        ("Kho bạc Nhà nước tỉnh", 0)]


def test_lead_ins_classes_of_cases_and_flags() -> None:
    """The issuer announcing what follows (``Bộ Tài chính hướng dẫn ... như sau:``) is no
    task given to it; ``Các trường hợp ...`` are cases, not actors; ``treo cờ`` opens a
    task (holiday notices), given to the bodies and to the households, two classes."""
    doc = vbcd.parse("BỘ TÀI CHÍNH\nSố: 12/BTC-TCHQ\nV/v thủ tục\n\nKính gửi: Cục Hải quan các "
                     "tỉnh.\n\nBộ Tài chính hướng dẫn cụ thể một số nội dung như sau:\n1. Về hồ "
                     "sơ: Cục Hải quan các tỉnh kiểm tra.\n2. Về thời hạn: theo quy định.\n")
    assert [a.actor for a in doc.assignments] == ["Cục Hải quan các tỉnh"]
    doc = vbcd.parse("1. Các trường hợp miễn kiểm tra thực tế hàng hóa: hàng hóa an ninh.\n"
                     "2. Đề nghị các cơ quan, đơn vị và các hộ gia đình trên địa bàn phường "
                     "treo cờ Tổ quốc.\n")
    assert [(a.actor, a.task) for a in doc.assignments] == [
        ("các cơ quan, đơn vị", "treo cờ Tổ quốc."),
        ("các hộ gia đình trên địa bàn phường", "treo cờ Tổ quốc.")]


def test_ket_hop_voi_coordinates_and_a_run_on_marker_leaves_the_task() -> None:
    """``kết hợp với`` names who coordinates, as ``phối hợp với`` does; the next item's
    number run onto a task's end by a crawler (``... Quyết định này. 2.``) is no part of it."""
    doc = vbcd.parse("1. Sở Tư pháp kết hợp với Công an tỉnh thực hiện tuyên truyền.\n"
                     "2. Trung tâm Tin học chịu trách nhiệm triển khai Quyết định này. 2.\n")
    assert [(a.actor, a.role, a.task) for a in doc.assignments] == [
        ("Sở Tư pháp", "responsible", "kết hợp với Công an tỉnh thực hiện tuyên truyền."),
        ("Công an tỉnh", "coordinate", "thực hiện tuyên truyền."),
        ("Trung tâm Tin học", "responsible", "chịu trách nhiệm triển khai Quyết định này.")]


@pytest.mark.parametrize("honorific", ["Các Ông, Bà", "Các ông (bà)", "Các Ông/Bà:"])
def test_honorifics_before_the_officials_of_the_execution_article(honorific: str) -> None:
    """``Các Ông, Bà Chánh Văn phòng ..., Vụ trưởng ... chịu trách nhiệm thi hành``: the
    honorific is skipped, the officials are the actors."""
    doc = vbcd.parse(f"Điều 1. Ban hành.\nĐiều 4. {honorific} Chánh Văn phòng Bộ Y tế, Vụ "
                     "trưởng Vụ Bảo hiểm y tế chịu trách nhiệm thi hành Quyết định này.\n")
    assert [a.actor for a in doc.assignments] == [
        "Chánh Văn phòng Bộ Y tế", "Vụ trưởng Vụ Bảo hiểm y tế"]


def test_a_topic_listing_several_things_up_to_its_colon_has_no_subject() -> None:
    """``Về hệ thống Tòa án nhân dân, Viện kiểm sát nhân dân các cấp: Đồng ý ...``: the
    comma parts two things of the topic, which the colon ends; ``Về X, Sở Y hướng dẫn``
    still has its subject after the comma."""
    doc = vbcd.parse("1. Nội dung\n- Về hệ thống tổ chức Tòa án nhân dân, Viện kiểm sát nhân "
                     "dân các cấp: Đồng ý chủ trương sắp xếp, tinh gọn bộ máy; hệ thống tổ "
                     "chức có 3 cấp.\n- Về công tác cán bộ, Ban Tổ chức Trung ương hướng dẫn.\n")
    assert [a.actor for a in doc.assignments] == ["Ban Tổ chức Trung ương"]


def test_a_directed_body_before_a_colon_and_its_tasks() -> None:
    """``Giao Bộ Chính trị chỉ đạo Đảng ủy Chính phủ: Chỉ đạo hoàn thiện ...``: the body
    directed is named before the colon that opens its tasks; a class ending a line with
    a colon (``chỉ đạo các sở, ngành sau:``) is not directed."""
    doc = vbcd.parse("5. Giao Bộ Chính trị chỉ đạo Đảng ủy Chính phủ: Chỉ đạo hoàn thiện Đề án "
                     "sắp xếp.\n6. UBND tỉnh chỉ đạo các sở, ngành sau:\na) Sở Y tế kiểm tra.\n")
    assert [(a.actor, a.role) for a in doc.assignments] == [
        ("Bộ Chính trị", "lead"), ("Đảng ủy Chính phủ", "directed"),
        ("UBND tỉnh", "responsible"), ("Sở Y tế", "responsible")]


def test_lettered_rows_of_a_plans_item_take_its_task_and_term() -> None:
    """``3. Rà soát ...`` / ``a) Cơ quan chủ trì: Sở Nội vụ;`` / ``b) Cơ quan phối hợp:
    ...`` / ``c) Thời gian thực hiện: Hoàn thành trước ngày 30/10/2025``: each row names
    actors of the item's task, in the item, by the term its last row sets; the term's
    actors are theirs."""
    doc = vbcd.parse("KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\nI. MỤC ĐÍCH\nBảo đảm "
                     "thực hiện tốt.\nII. NỘI DUNG\n1. Tăng cường lãnh đạo.\n2. Rà soát lại các "
                     "văn bản để điều chỉnh.\na) Cơ quan chủ trì: Sở Nội vụ;\nb) Cơ quan phối "
                     "hợp: các cơ quan, đơn vị;\nc) Thời gian thực hiện: Hoàn thành trước ngày "
                     "30/10/2025.\n")
    assert [(a.clause, a.actor, a.role, a.task, a.deadline) for a in doc.assignments] == [
        ("II/2", "Sở Nội vụ", "lead", "Rà soát lại các văn bản để điều chỉnh.", "2025-10-30"),
        ("II/2", "các cơ quan, đơn vị", "coordinate", "Rà soát lại các văn bản để điều chỉnh.",
         "2025-10-30")]
    assert [(d.clause, d.actors) for d in doc.deadlines] == [
        ("II/2/c", ["Sở Nội vụ", "các cơ quan, đơn vị"])]


def test_a_count_after_co_is_no_task() -> None:
    """``tỉnh An Giang có 102 đơn vị hành chính``: what a body has is no task; ``có 02
    ngày để báo cáo`` (a time given) and ``có trách nhiệm`` still are."""
    doc = vbcd.parse("1. Sau khi sắp xếp, tỉnh An Giang có 102 đơn vị hành chính cấp xã.\n"
                     "2. Các sở có 02 ngày để báo cáo.\n3. Sở Y tế có trách nhiệm kiểm tra.\n")
    assert [a.actor for a in doc.assignments] == ["Các sở", "Sở Y tế"]


def test_a_task_word_after_viec_is_a_noun() -> None:
    """``... liên quan đến việc thực hiện sắp xếp và các cơ quan ... có trách nhiệm tổ
    chức thi hành``: ``việc thực hiện`` names an act inside the actor phrase; the task
    starts at ``có trách nhiệm``."""
    doc = vbcd.parse("Điều 1. Sắp xếp.\nĐiều 3. Chính quyền địa phương các đơn vị hành chính "
                     "liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên "
                     "quan có trách nhiệm tổ chức thi hành Nghị quyết này.\n")
    assert [(a.actor, a.task) for a in doc.assignments] == [
        ("Chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp",
         "có trách nhiệm tổ chức thi hành Nghị quyết này."),
        ("các cơ quan, tổ chức khác có liên quan",
         "có trách nhiệm tổ chức thi hành Nghị quyết này.")]


def test_a_call_is_no_task_of_the_caller() -> None:
    """``Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, toàn dân ...``: the issuer's call
    gives it no task; ``Giao Ủy ban Mặt trận Tổ quốc tỉnh kêu gọi ...`` hands one."""
    doc = vbcd.parse("1. Nội dung.\n2. Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, toàn "
                     "dân tiếp tục đoàn kết.\n3. Giao Ủy ban Mặt trận Tổ quốc tỉnh kêu gọi nhân "
                     "dân ủng hộ đồng bào.\n")
    assert [a.actor for a in doc.assignments] == ["Ủy ban Mặt trận Tổ quốc tỉnh"]


def test_a_long_list_without_a_break_is_read_in_linear_time() -> None:
    """Thousands of list lines with no sentence end or structural break: where each
    actor's list ends is looked up, not scanned for (it was quadratic)."""

    def seconds(lines: int) -> float:
        text = "THÔNG BÁO\nKính gửi: Sở Y tế,\n" + "Sở Tài chính,\n" * lines + "Nội dung.\n"
        start = time.perf_counter()
        vbcd.parse(text)
        return time.perf_counter() - start

    small, large = seconds(1_500), seconds(15_000)
    assert large < 20 * small + 2.0, (small, large)


# --- a lead-in and its items ------------------------------------------------------------
#
# ``... giao Bộ Y tế:`` (``đề nghị X:``, ``yêu cầu X:``, ``X có trách nhiệm:``, ``X thực
# hiện các nhiệm vụ sau:``) and then its items: each item that opens with a task and
# names no subject of its own is a task of that actor.

LETTER = "CÔNG VĂN\n\nKính gửi: Bộ Y tế; Bộ Tài chính.\n\n"
CLOSE = "\n\nVăn phòng Chính phủ thông báo để các Bộ biết, thực hiện./.\n"
ITEM_1 = "Đánh giá thực trạng sản xuất thiết bị y tế; báo cáo Thủ tướng Chính phủ trước ngày 30/6/2021."
ITEM_2 = "Chủ trì, phối hợp với Bộ Tài chính xử lý, trả lời các kiến nghị của doanh nghiệp."
LEAD_INS = [
    "Về đề nghị của doanh nghiệp, Phó Thủ tướng giao Bộ Y tế:",
    "Về đề nghị của doanh nghiệp, Thủ tướng Chính phủ đề nghị Bộ Y tế:",
    "Thủ tướng Chính phủ yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:",
    "Để tháo gỡ khó khăn cho doanh nghiệp, Bộ Y tế có trách nhiệm:",
    "Để tháo gỡ khó khăn cho doanh nghiệp, Bộ Y tế thực hiện các nhiệm vụ sau:",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
@pytest.mark.parametrize("marks", [("1.", "2."), ("a)", "b)")])
def test_a_lead_in_hands_its_actor_to_the_top_clauses(lead_in: str, marks: tuple[str, str]) -> None:
    """The lead-in is the preamble's last sentence, its items the top clauses: each is
    the actor's task, with its deadline; ``Chủ trì, phối hợp với`` makes it the lead."""
    doc = vbcd.parse(LETTER + lead_in + f"\n\n{marks[0]} {ITEM_1}\n\n{marks[1]} {ITEM_2}" + CLOSE)
    one, two = (m.rstrip(".)") for m in marks)
    got = [(a.clause, a.actor, a.role, a.task, a.deadline) for a in doc.assignments]
    assert got == [
        (one, "Bộ Y tế", "responsible", ITEM_1, "2021-06-30"),
        (two, "Bộ Y tế", "lead", ITEM_2, None),
        (two, "Bộ Tài chính", "coordinate", "xử lý, trả lời các kiến nghị của doanh nghiệp.", None),
    ]
    deadline = next(d for d in doc.deadlines if d.date == "2021-06-30")
    assert deadline.actors == ["Bộ Y tế"]


@pytest.mark.parametrize("lead_in", [
    "1. Giao Sở Y tế:", "1. Đề nghị Sở Y tế:", "1. Yêu cầu Sở Y tế:", "1. Sở Y tế có trách nhiệm:",
    "1. Sở Y tế thực hiện các nhiệm vụ sau:", "1. Về kiến nghị của doanh nghiệp, giao Sở Y tế:",
])
def test_a_clause_lead_in_hands_its_actor_to_its_items(lead_in: str) -> None:
    """Inside a clause: lettered items are its children, bullets stay in its text; an
    item naming its own subject keeps it, and the next clause is not an item."""
    items = ["Rà soát các cơ sở sản xuất; báo cáo trước ngày 30/6/2021.",
             "Chủ trì, phối hợp với Sở Tài chính xử lý kiến nghị.",
             "Sở Tài chính bố trí kinh phí thực hiện."]
    tail = "2. Kiểm tra việc thực hiện.\n"
    lettered = HEAD + lead_in + "\n" + "".join(
        f"{m} {item}\n" for m, item in zip(("a)", "b)", "c)"), items, strict=True)) + tail
    assert pairs(lettered) == [
        ("1/a", "Sở Y tế", "responsible"), ("1/b", "Sở Y tế", "lead"),
        ("1/b", "Sở Tài chính", "coordinate"), ("1/c", "Sở Tài chính", "responsible")]
    bullets = HEAD + lead_in + "\n" + "".join(f"- {item}\n" for item in items) + tail
    got = assigns(bullets)
    assert [(a.clause, a.actor, a.role) for a in got] == [
        ("1", "Sở Y tế", "responsible"), ("1", "Sở Y tế", "lead"),
        ("1", "Sở Tài chính", "coordinate"), ("1", "Sở Tài chính", "responsible")]
    assert [a.task for a in got[:2]] == items[:2]
    assert got[0].deadline == "2021-06-30"


def test_an_organ_heading_hands_its_actor_to_each_bullet() -> None:
    """``1. Sở Tư pháp`` / ``2. Trách nhiệm của ...:`` and bullets: one task per bullet,
    the organ leading the one that says ``Chủ trì``; a bullet that is a caption or a
    noun phrase (``Một số lưu ý``, ``Thời gian thực hiện: ...``) is no task."""
    text = ("KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n- Chủ trì, phối hợp với các "
            "cơ quan liên quan tổ chức tuyên truyền.\n- Hướng dẫn nghiệp vụ cho cấp xã.\n"
            "- Thời gian thực hiện: quý III năm 2025.\n\n2. Trách nhiệm của Ủy ban nhân dân "
            "các xã, phường:\n- Bố trí kinh phí thực hiện.\n- Một số lưu ý khi triển khai "
            "tại cơ sở.\n")
    got = [(a.clause, a.actor, a.role, a.task) for a in assigns(text)]
    assert got == [
        ("I/1", "Sở Tư pháp", "lead",
         "Chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền."),
        ("I/1", "Sở Tư pháp", "responsible", "Hướng dẫn nghiệp vụ cho cấp xã."),
        ("I/1", "các cơ quan liên quan", "coordinate", "tổ chức tuyên truyền."),
        ("I/2", "Ủy ban nhân dân các xã, phường", "responsible", "Bố trí kinh phí thực hiện."),
    ]


def test_an_item_whose_bullet_was_lost_takes_the_actor_by_its_task_word() -> None:
    """A line after a sentence end with no bullet (a converter dropped it) is an item
    when a task word opens it; a remark after the list (``Xem chi tiết ...``) is not."""
    text = (LETTER + "Thủ tướng Chính phủ yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:\n"
            "- Rà soát các cơ sở khám bệnh.\n- Tổng hợp nhu cầu thuốc.\n Tiếp tục hoàn "
            "thiện thể chế.\nXem chi tiết tại Công điện số 12/CĐ-TTg.\nTuy nhiên, nhiều "
            "cơ sở còn khó khăn.\n\nVăn phòng Chính phủ thông báo để các Bộ biết./.\n")
    tasks = [a.task for a in vbcd.parse(text).assignments if a.actor == "Bộ Y tế"]
    assert tasks == ["Rà soát các cơ sở khám bệnh.", "Tổng hợp nhu cầu thuốc.",
                     "Tiếp tục hoàn thiện thể chế."]


def test_items_take_the_actor_though_their_verb_is_in_no_table() -> None:
    """``1. Đồng bộ dữ liệu ...``, ``2. Chú trọng ...``: an item opening with a capitalised
    word that is no actor, cue, preposition or caption is a task all the same."""
    text = HEAD + ("Điều 2. Sở Khoa học và Công nghệ có trách nhiệm:\n1. Đồng bộ dữ liệu thủ "
                   "tục hành chính về cơ sở dữ liệu của tỉnh.\n2. Chú trọng đào tạo nhân lực "
                   "chất lượng cao.\n3. Giai đoạn 2025-2027\n4. Các Phó Giám đốc Sở gồm: "
                   "02 người.\n")
    assert pairs(text) == [("Điều 2/1", "Sở Khoa học và Công nghệ", "responsible"),
                           ("Điều 2/2", "Sở Khoa học và Công nghệ", "responsible")]


def test_a_lead_in_whose_subject_does_not_do_the_items() -> None:
    """The subject announcing what follows (``hướng dẫn như sau:``) or asking another
    actor in its sentence (``..., đề nghị Sở Y tế thực hiện ... sau:``) is not handed the
    items; the actor its cue names is."""
    items = "\n\n1. Rà soát các cơ sở khám bệnh.\n\n2. Báo cáo kết quả trước ngày 30/6/2021."
    doc = vbcd.parse(LETTER + "Cục Quản lý khám, chữa bệnh hướng dẫn như sau:" + items + CLOSE)
    assert [(a.clause, a.actor) for a in doc.assignments] == []
    doc = vbcd.parse(LETTER + "Bảo hiểm xã hội Việt Nam chuyển Công văn số 12/BYT-BH, đề nghị "
                     "Sở Y tế nghiên cứu, thực hiện một số nội dung sau:" + items + CLOSE)
    got = [(a.clause, a.actor) for a in doc.assignments]
    assert ("1", "Sở Y tế") in got and ("2", "Sở Y tế") in got
    assert not any(clause and "Bảo hiểm" in actor for clause, actor in got)


@pytest.mark.parametrize("sentence", [
    "Bộ Chính trị quy định về việc miễn nhiệm, từ chức đối với cán bộ như sau:",
    "Ban Thường vụ Tỉnh ủy quy định đánh giá chất lượng sinh hoạt chi bộ, như sau:",
    "UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 "
    "của Ban Bí thư, với các nội dung như sau:",
    "Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai thực hiện, cụ thể như sau:",
    "Ban Thường vụ Huyện ủy báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm như sau:",
    "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh dự thảo Nghị quyết như sau:",
])
def test_the_issuer_introducing_its_document_is_no_task(sentence: str) -> None:
    """A preamble sentence whose subject does the document's own act (``quy định``,
    ``ban hành Kế hoạch``, ``xây dựng kế hoạch``) and announces what follows introduces
    the document, whatever the issuer calls itself there: no assignment. The clauses
    below still give theirs."""
    doc = vbcd.parse("Căn cứ Điều lệ Đảng;\n" + sentence + "\n1. Sở Y tế kiểm tra, báo cáo.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("1", "Sở Y tế")]


@pytest.mark.parametrize("ending", [
    "với những nội dung sau:", "với các nội dung chủ yếu sau:", "gồm các nội dung sau đây:"])
def test_the_issuer_introducing_its_plan_hands_no_items(ending: str) -> None:
    """``UBND tỉnh ban hành Kế hoạch ... với những nội dung sau:`` introduces the document
    as ``như sau:`` does: its subject (however misspelt) is not handed the plan's items
    (``- Tăng cường công tác tuyên truyền``). A clause's subject ending the same way
    still does the items below it."""
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tăng cường công tác tuyên truyền, tập "
            "huấn.\n- Đào tạo cán bộ quản lý các cấp.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế "
            "kiểm tra, báo cáo.\n")
    for subject in ("Ủy ban nhân dân tỉnh", "Ủy ban nhân tỉnh Hòa Bình", "UBND huyện"):
        doc = vbcd.parse("Căn cứ Luật Tổ chức chính quyền địa phương;\n" + subject
                         + " ban hành Kế hoạch thực hiện Chương trình năm 2024 " + ending
                         + "\n" + body)
        assert [(a.clause, a.actor) for a in doc.assignments] == [("II/1", "Sở Y tế")]
    doc = vbcd.parse("1. Sở Công Thương xây dựng kế hoạch " + ending
                     + "\n- Tăng cường công tác tuyên truyền.\n- Đào tạo cán bộ.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("1", "Sở Công Thương")] * 2


@pytest.mark.parametrize("opening", [
    "Sau khi trao đổi và thống nhất với", "Sau khi có ý kiến của", "Trên cơ sở thống nhất với"])
def test_bodies_consulted_in_a_subordinate_clause_are_no_actors(opening: str) -> None:
    """``Sau khi trao đổi và thống nhất với A, B, C, D hướng dẫn ...``: the commas part the
    list of those consulted, as after ``Sau khi nghe``; none of them is handed the verb.
    A topic (``Về ý kiến của X, Y chủ trì``) still ends at its comma."""
    doc = vbcd.parse("Căn cứ Điều lệ Đảng;\n" + opening + " Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm "
                     "tra Tỉnh ủy, Sở Tài chính, Văn phòng Tỉnh ủy hướng dẫn thực hiện chế độ chi "
                     "tiêu.\n1. Sở Y tế kiểm tra, báo cáo.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("1", "Sở Y tế")]
    doc = vbcd.parse("1. Về ý kiến của Hiệp hội Dệt may, Bộ Công Thương chủ trì xem xét.\n")
    assert [a.actor for a in doc.assignments] == ["Bộ Công Thương"]


def test_an_adverb_before_the_task_word_opens_the_task() -> None:
    """``chỉ`` (only), ``sẽ``, ``cũng`` between the subject and its task word open the task:
    the actor ends before them (``UBND xã chỉ xem xét``: ``UBND xã``), and ``sẽ``/``cũng``
    no longer hide it; without a task word after them they report as before."""
    doc = vbcd.parse("1. UBND xã chỉ xem xét, xử lý đơn thư của công dân.\n"
                     "2. Sở Y tế sẽ báo cáo kết quả trước ngày 30/6.\n"
                     "3. Sở Tài chính cũng phải bố trí kinh phí.\n"
                     "4. Bộ Y tế cũng đã ban hành hướng dẫn.\n"
                     "5. Ban chỉ đạo tỉnh chỉ đạo các huyện thực hiện.\n")
    assert [(a.clause, a.actor, a.task.split()[0]) for a in doc.assignments] == [
        ("1", "UBND xã", "chỉ"), ("2", "Sở Y tế", "sẽ"), ("3", "Sở Tài chính", "cũng"),
        ("5", "Ban chỉ đạo tỉnh", "chỉ"), ("5", "các huyện", "thực")]
    doc = vbcd.parse("1. Trường hợp này, thành viên Hội đồng vẫn phải tiếp tục thực hiện "
                     "nhiệm vụ được giao.\n")
    assert [a.actor for a in doc.assignments] == ["thành viên Hội đồng"]


def test_actor_lists_with_commune_bodies_and_a_generic_closing_group() -> None:
    """The generic closing group ``các cá nhân, đơn vị có liên quan`` is an actor of its
    own, as ``các tổ chức, cá nhân liên quan`` is; a commune's radio (``Đài truyền thanh
    xã``) heads a list after a cue, and ``Trưởng các thôn`` is a position over a class."""
    doc = vbcd.parse("Điều 3. Chánh Văn phòng UBND tỉnh, UBND cấp xã và các cá nhân, đơn vị "
                     "có liên quan chịu trách nhiệm thi hành Quyết định này.\n")
    assert [a.actor for a in doc.assignments] == [
        "Chánh Văn phòng UBND tỉnh", "UBND cấp xã", "các cá nhân, đơn vị có liên quan"]
    doc = vbcd.parse("1. Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo trên "
                     "hệ thống truyền thanh.\n2. Đề nghị Trưởng các thôn thông báo cho nhân dân.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [
        ("1", "Đài truyền thanh xã"), ("1", "các đồng chí Trưởng thôn"), ("2", "Trưởng các thôn")]


def test_a_verb_after_the_tail_of_an_organ_name_opens_the_task() -> None:
    """``Đoàn`` ending a name (``Văn phòng Trung ương Đoàn``) does not take the verb after
    it into the name as ``Đoàn kiểm tra`` does: ``tham mưu``, ``căn cứ`` open the task;
    ``các ban tham mưu`` (a class) and ``Giao Ban tham mưu ...`` keep the name."""
    doc = vbcd.parse("1. Giao Văn phòng Trung ương Đoàn tham mưu hướng dẫn, kiểm tra.\n"
                     "2. Các ban, đơn vị thuộc Trung ương Đoàn căn cứ Quyết định thi hành.\n"
                     "3. Ban Tổ chức chủ trì, phối hợp với các ban tham mưu của cấp ủy xây "
                     "dựng kế hoạch.\n4. Giao Ban tham mưu Bộ Chỉ huy quân sự tỉnh chủ trì.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [
        ("1", "Văn phòng Trung ương Đoàn"), ("2", "Các ban, đơn vị thuộc Trung ương Đoàn"),
        ("3", "Ban Tổ chức"), ("3", "các ban tham mưu của cấp ủy"),
        ("4", "Ban tham mưu Bộ Chỉ huy quân sự tỉnh")]


def test_a_task_word_after_a_youth_union_committee_opens_the_task() -> None:
    """``Tỉnh Đoàn``, ``Huyện Đoàn``, ``Trung ương Đoàn`` (the Youth Union's committees,
    ``Đoàn`` capitalised as the Union writes it) are whole names: ``Đoàn`` closes them and
    opens none, so ``chủ trì``, ``chỉ đạo``, ``tổ chức`` after them open the task."""
    doc = vbcd.parse("1. Ban Thường vụ Tỉnh Đoàn chủ trì tổ chức ra quân.\n"
                     "2. Huyện Đoàn tổ chức ra quân.\n"
                     "3. Giao Văn phòng Trung ương Đoàn chủ trì hướng dẫn.\n"
                     "4. Giao Thành Đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo thực "
                     "hiện.\n")
    assert [(a.clause, a.actor, a.role) for a in doc.assignments] == [
        ("1", "Ban Thường vụ Tỉnh Đoàn", "lead"), ("2", "Huyện Đoàn", "responsible"),
        ("3", "Văn phòng Trung ương Đoàn", "lead"), ("4", "Thành Đoàn", "lead"),
        ("4", "Sở Giáo dục và Đào tạo", "coordinate")]


def test_subject_after_a_fronted_doi_voi_phrase() -> None:
    """``Đối với ...,`` opens a topic as ``Về ...,`` does: the subject follows its comma;
    a colon after its list closes it (``Đối với các sở, ban, ngành: ...``)."""
    doc = vbcd.parse("1. Đối với các chi phí phát sinh, Bảo hiểm xã hội Việt Nam khẩn trương "
                     "tổ chức thanh toán.\n2. Đối với các sở, ban, ngành: tổ chức thực hiện.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("1", "Bảo hiểm xã hội Việt Nam")]


def test_the_abbreviated_social_insurance_heads_an_actor() -> None:
    """``BHXH`` (Bảo hiểm xã hội) heads an actor as its full name does, when capitalised;
    the common noun (``đóng BHXH``) is none."""
    doc = vbcd.parse("1. Bộ Y tế đề nghị BHXH các tỉnh nghiên cứu, phối hợp thực hiện.\n"
                     "2. Người lao động đóng BHXH theo quy định.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("1", "BHXH các tỉnh")]


# --- attendance lists -------------------------------------------------------------------

ATTENDANCE = [
    "Tham dự cuộc họp có các Phó Chủ tịch: Trần Văn Bình, Lê Văn Cường; Chủ nhiệm Ủy ban "
    "Xã hội Phạm Thị Dung; Bộ trưởng Bộ Ngoại giao Hoàng Văn Em, Bộ trưởng Bộ Tư pháp Võ "
    "Văn Phúc; đại diện lãnh đạo: Ban Tuyên giáo Trung ương, Ủy ban Tài chính, Ngân sách "
    "của Quốc hội; đại diện lãnh đạo các Bộ: Công an, Y tế.",
    "Cùng dự buổi làm việc có Giám đốc Sở Y tế Đỗ Văn Giang; Chủ tịch Ủy ban nhân dân huyện "
    "Ngô Văn Hải; đại diện lãnh đạo: Sở Tài chính, Sở Nội vụ; lãnh đạo các phòng, ban của "
    "huyện.",
    "Cùng tham dự có Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Bùi Thị Hoa; Giám đốc Công an tỉnh "
    "Lý Văn Khánh; đại diện lãnh đạo: Ban Dân vận Tỉnh ủy, Ban Nội chính Tỉnh ủy.",
]


@pytest.mark.parametrize("attendance", ATTENDANCE)
def test_an_attendance_list_gives_no_task(attendance: str) -> None:
    """``Tham dự cuộc họp có ...; đại diện lãnh đạo: Ban ...``: the people and organs
    present (``lãnh đạo`` is the leadership there, not the verb); the next sentence is
    read as usual."""
    text = ("THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\nNgày 04/02/2021, Chủ tịch UBND "
            f"tỉnh chủ trì cuộc họp về phòng, chống dịch. {attendance} Giao Sở Y tế chủ trì "
            "triển khai kế hoạch.\n\n1. Sở Tài chính bố trí kinh phí.\n")
    assert pairs(text) == [("", "Sở Y tế", "lead"), ("1", "Sở Tài chính", "responsible")]


def test_a_long_attendance_list_is_skipped_whole() -> None:
    """Many like-looking members (read by the repeated-text reader): none is an actor."""
    members = "; ".join(f"đại diện lãnh đạo: Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận số {i}"
                        for i in range(60))
    text = ("THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\nNgày 04/02/2021, UBND tỉnh họp. "
            f"Tham dự cuộc họp có: {members}.\n\n1. Sở Y tế chủ trì triển khai.\n")
    assert pairs(text) == [("1", "Sở Y tế", "lead")]


# --- the leadership in a list of actors -------------------------------------------------


def test_the_leadership_of_organs_is_a_member_of_an_actor_list() -> None:
    """``..., lãnh đạo các cơ quan, đơn vị và từng cán bộ, đảng viên phải ...``: after a
    separator, ``lãnh đạo`` and a plural class is an actor (the leadership), not the
    task; a colon list ends before it."""
    got = pairs(HEAD + "1. Các cấp ủy, tổ chức đảng, lãnh đạo các cơ quan, đơn\nvị và từng "
                "cán bộ, đảng viên phải thực hiện nghiêm túc việc kiểm điểm.\n")
    assert got == [("1", "Các cấp ủy, tổ chức đảng", "responsible"),
                   ("1", "lãnh đạo các cơ quan, đơn vị", "responsible"),
                   ("1", "từng cán bộ, đảng viên", "responsible")]
    got = pairs(HEAD + "1. Cấp ủy các cấp, lãnh đạo các sở, ngành phải gương mẫu thực hiện.\n")
    assert got == [("1", "Cấp ủy các cấp", "responsible"),
                   ("1", "lãnh đạo các sở, ngành", "responsible")]
    got = assigns(HEAD + "1. Giao Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Kon Tum và lãnh "
                  "đạo các Bộ, ngành liên quan theo chức năng tập trung khắc phục hậu quả.\n")
    assert [a.actor for a in got] == ["Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Kon Tum",
                                      "lãnh đạo các Bộ, ngành liên quan"]
    assert got[0].task.startswith("theo chức năng tập trung")


# --- how an actor is written: small names, shared qualifiers, colon lists, relatives --


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy đẩy mạnh tuyên truyền.",
     [("Ban xây dựng đảng Đảng ủy", "lead")]),
    ("Sở Y tế chủ trì, giao Trung tâm y tế huyện thực hiện việc tiêm chủng.",
     [("Sở Y tế", "lead"), ("Trung tâm y tế huyện", "responsible")]),
    ("Sở Y tế chủ trì, phối hợp với Phòng giáo dục và đào tạo huyện triển khai kiểm tra.",
     [("Sở Y tế", "lead"), ("Phòng giáo dục và đào tạo huyện", "coordinate")]),
    ("Đề nghị Cục hải quan liên hệ với Bộ Công Thương để được hướng dẫn.",
     [("Cục hải quan", "responsible")]),
])
def test_an_organ_whose_name_is_written_small_after_a_cue(
    sentence: str, expected: list[tuple[str, str]],
) -> None:
    """After a cue or a chain's link the capital of an organ word is the name's, not a
    sentence's: the name goes on in lower case to the task word (``Ban xây dựng đảng``);
    a task word written right after the organ word is part of its name (``xây dựng``)."""
    assert [(actor, role) for _, actor, role in pairs(HEAD + "1. " + sentence + "\n")] == (
        expected)


@pytest.mark.parametrize("sentence", [
    "Giao Tổ chức thực hiện kế hoạch.",
    "Đề nghị Phòng, chống dịch hiệu quả.",
    "Yêu cầu Ban hành kế hoạch.",
])
def test_an_organ_word_that_opens_a_task_names_no_small_organ(sentence: str) -> None:
    assert pairs(HEAD + "1. " + sentence + "\n") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("3. Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai "
     "thực hiện các nội dung thuộc trách nhiệm của chủ rừng.",
     ["Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"]),
    ("3. Khu bảo tồn thiên nhiên Xuân Liên tăng cường tuần tra bảo vệ rừng.",
     ["Khu bảo tồn thiên nhiên Xuân Liên"]),
    ("3. Hiệp hội Doanh nghiệp tỉnh phối hợp tuyên truyền.", ["Hiệp hội Doanh nghiệp tỉnh"]),
    ("3. Các vườn quốc gia, khu bảo tồn chủ động phòng cháy, chữa cháy rừng.",
     ["Các vườn quốc gia, khu bảo tồn"]),
])
def test_parks_reserves_and_associations_are_organs(sentence: str, expected: list[str]) -> None:
    assert actors(HEAD + sentence + "\n") == expected


DOC_HEAD = ("QUYẾT ĐỊNH:\n\nĐiều 1. Phê chuẩn kết quả bầu chức vụ.\n\nĐiều 2. Quyết định này "
            "có hiệu lực từ ngày ký.\n\n")
DECIDED = "Điều 3. {} chịu trách nhiệm thi hành Quyết định này./.\n"


@pytest.mark.parametrize(("subjects", "expected"), [
    ("Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc, Thủ trưởng các Sở, ban, ngành "
     "Thành phố, Chủ tịch Ủy ban nhân dân các xã",
     ["Chánh Văn phòng Ủy ban nhân dân Thành phố",
      "Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố",
      "Thủ trưởng các Sở, ban, ngành Thành phố", "Chủ tịch Ủy ban nhân dân các xã"]),
    ("Bộ trưởng Bộ Nội vụ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng và ông "
     "Nguyễn Mạnh Hùng",
     ["Bộ trưởng Bộ Nội vụ", "Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng",
      "Ủy ban nhân dân thành phố Đà Nẵng", "Nguyễn Mạnh Hùng"]),
    ("Hội đồng nhân dân và Ủy ban nhân dân tỉnh",
     ["Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"]),
    ("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh",
     ["Tỉnh ủy", "HĐND, UBND, Ủy ban MTTQ tỉnh", "UBND, Ủy ban MTTQ tỉnh",
      "Ủy ban MTTQ tỉnh"]),
    ("Trưởng ban, Phó Trưởng ban Chỉ đạo tỉnh",
     ["Trưởng ban, Phó Trưởng ban Chỉ đạo tỉnh", "Phó Trưởng ban Chỉ đạo tỉnh"]),
    ("Chủ tịch, Tổng Giám đốc các Công ty thủy lợi",
     ["Chủ tịch, Tổng Giám đốc các Công ty thủy lợi", "Tổng Giám đốc các Công ty thủy lợi"]),
])
def test_a_bare_head_shares_the_qualifier_written_after_the_next_one(
    subjects: str, expected: list[str],
) -> None:
    """``Hội đồng nhân dân, Ủy ban nhân dân thành phố X``: the council is the city's too.
    Its actor is the text as written, up to the shared qualifier's end (a record's span is
    its actor); the next head keeps its own record. A head that names one organ by itself
    (``Tỉnh ủy``) shares nothing."""
    got = assigns(DOC_HEAD + DECIDED.format(subjects))
    assert [" ".join(a.actor.split()) for a in got] == expected


@pytest.mark.parametrize("subjects", [
    "Chánh Văn phòng, Cục trưởng Cục Công nghiệp",
    "Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
    "Chính phủ, Ủy ban nhân dân tỉnh An Giang",
])
def test_a_head_of_another_office_or_a_complete_organ_shares_no_qualifier(
    subjects: str,
) -> None:
    """A title naming its office shares only the same title's qualifier (``Chánh Văn
    phòng`` of the ministry is not the Cục's); ``Chính phủ`` needs no qualifier."""
    got = assigns(DOC_HEAD + DECIDED.format(subjects))
    assert [a.actor for a in got] == subjects.split(", ", 1)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp, Thủ trưởng "
     "các sở khẩn trương hoàn thành tổng kết.",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp",
      "Thủ trưởng các sở"]),
    ("Ban Chỉ đạo các ngành và các cấp triển khai thực hiện.",
     ["Ban Chỉ đạo các ngành và các cấp"]),
    ("Ủy ban nhân dân các huyện, các cấp chủ động triển khai thực hiện.",
     ["Ủy ban nhân dân các huyện, các cấp"]),
    # a class of its own (``các cấp ủy``) and a level after a named organ still split
    ("Ủy ban nhân dân các huyện, các cấp ủy đảng lãnh đạo thực hiện.",
     ["Ủy ban nhân dân các huyện", "các cấp ủy đảng"]),
])
def test_a_plural_level_after_a_plural_class_goes_on_with_it(
    sentence: str, expected: list[str],
) -> None:
    """``các ngành, các cấp`` qualifies the organ before it: ``các cấp`` is no actor."""
    assert actors(HEAD + "1. " + sentence + "\n") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài "
     "Phát thanh - Truyền hình tỉnh phối hợp với các sở, ban, ngành tiếp tục tuyên truyền.",
     [("Giám đốc: Sở Văn hóa, Thể thao và Du lịch", "responsible"),
      ("Sở Thông tin và Truyền thông", "responsible"),
      ("Đài Phát thanh - Truyền hình tỉnh", "responsible"),
      ("các sở, ban, ngành", "coordinate")]),
    ("Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo - Tin học tỉnh "
     "chịu trách nhiệm thi hành.",
     [("Giám đốc: Trung tâm Phục vụ hành chính công tỉnh", "responsible"),
      ("Trung tâm Công báo - Tin học tỉnh", "responsible")]),
    # the members of a class are names, not organs of their own: one actor
    ("Giám đốc các Sở: Tài chính, Nội vụ chịu trách nhiệm thi hành.",
     [("Giám đốc các Sở: Tài chính, Nội vụ", "responsible")]),
])
def test_a_colon_after_a_title_alone_lists_organs(
    sentence: str, expected: list[tuple[str, str]],
) -> None:
    """``Giám đốc: Sở A, Sở B``: each member is an organ the title heads, one actor each
    (the first with the title, as written); the task of ``X phối hợp với Y ...`` is the
    whole chain, Y's what follows it."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [(" ".join(a.actor.split()), a.role) for a in got] == expected
    if got[0].role == "responsible" and len(expected) == 4:
        assert got[0].task.startswith("phối hợp với các sở, ban, ngành tiếp tục tuyên truyền")
        assert got[-1].task.startswith("tiếp tục tuyên truyền")


@pytest.mark.parametrize(("sentence", "expected", "task"), [
    ("Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các cơ quan liên quan và địa phương "
     "có rừng khẩn trương xây dựng cơ sở dữ liệu.",
     ["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan và địa phương có rừng"],
     "khẩn trương xây dựng"),
    ("Các địa phương có biên giới tăng cường kiểm soát.", ["Các địa phương có biên giới"],
     "tăng cường kiểm soát"),
    ("UBND các tỉnh có đường biên giới đất liền chủ động rà soát.",
     ["UBND các tỉnh có đường biên giới đất liền"], "chủ động rà soát"),
    # ``có`` making or issuing something, and ``có`` before a task word, are the task
    ("Các địa phương có kế hoạch triển khai tiêm chủng.", ["Các địa phương"],
     "có kế hoạch triển khai"),
    ("Các đơn vị có báo cáo kết quả.", ["Các đơn vị"], "có báo cáo"),
])
def test_a_relative_clause_after_a_class_noun_qualifies_the_actor(
    sentence: str, expected: list[str], task: str,
) -> None:
    """``các địa phương có rừng khẩn trương xây dựng ...``: ``có rừng`` says which
    localities; the task starts at the task word after it."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [" ".join(a.actor.split()) for a in got] == expected
    assert all(a.task.startswith(task) for a in got)


@pytest.mark.parametrize(("sentence", "expected", "task"), [
    ("Các hộ gia đình, cá nhân có đất bị thu hồi có trách nhiệm bàn giao mặt bằng.",
     ["Các hộ gia đình, cá nhân có đất bị thu hồi"], "có trách nhiệm bàn giao"),
    ("Các cơ quan, đơn vị được giao chủ trì thực hiện nhiệm vụ có trách nhiệm báo cáo "
     "kết quả về Sở Tài chính.",
     ["Các cơ quan, đơn vị được giao chủ trì thực hiện nhiệm vụ"], "có trách nhiệm báo cáo"),
    ("Tổ chức, cá nhân được Nhà nước giao đất, cho thuê đất có trách nhiệm sử dụng đất "
     "đúng mục đích.",
     ["Tổ chức, cá nhân được Nhà nước giao đất, cho thuê đất"], "có trách nhiệm sử dụng"),
    ("Doanh nghiệp hoạt động trong lĩnh vực xây dựng phải tuân thủ quy định về an toàn.",
     ["Doanh nghiệp hoạt động trong lĩnh vực xây dựng"], "phải tuân thủ"),
    ("Chủ đầu tư các dự án sử dụng vốn ngân sách nhà nước phải giải ngân đúng tiến độ.",
     ["Chủ đầu tư các dự án sử dụng vốn ngân sách nhà nước"], "phải giải ngân"),
    ("Tổ chức, cá nhân có hành vi vi phạm phải chịu trách nhiệm trước pháp luật.",
     ["Tổ chức, cá nhân có hành vi vi phạm"], "phải chịu trách nhiệm"),
    ("Các Sở, ngành được phân công tại Phụ lục kèm theo chủ động triển khai thực hiện.",
     ["Các Sở, ngành được phân công tại Phụ lục kèm theo"], "chủ động triển khai"),
    # a second predicate of the same subject, an actor of its own, a purpose: no merge
    ("Các cơ quan, đơn vị thực hiện nghiêm túc nội dung trên và có trách nhiệm báo cáo.",
     ["Các cơ quan, đơn vị"], "thực hiện nghiêm túc"),
    ("Các đơn vị gửi hồ sơ về Sở Nội vụ để Sở Nội vụ có trách nhiệm thẩm định.",
     ["Các đơn vị"], "gửi hồ sơ"),
    ("Các cơ quan, đơn vị tổ chức quán triệt, đồng thời phải báo cáo kết quả.",
     ["Các cơ quan, đơn vị"], "tổ chức quán triệt"),
])
def test_a_class_subject_keeps_its_relative_clause_up_to_the_duty(
    sentence: str, expected: list[str], task: str,
) -> None:
    """``Các hộ gia đình, cá nhân có đất bị thu hồi có trách nhiệm ...``: the verbs
    before a duty word in the same sentence say which members of the class are meant;
    the task starts at the duty."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [" ".join(a.actor.split()) for a in got] == expected
    assert all(a.task.startswith(task) for a in got)


@pytest.mark.parametrize(("heading", "marks", "expected"), [
    ("Điều 5. Trách nhiệm của tổ chức, cá nhân có liên quan\n", ("1.", "2."),
     "tổ chức, cá nhân có liên quan"),
    ("Điều 5. Trách nhiệm của người sử dụng đất\n", ("1.", "2."), "người sử dụng đất"),
    ("Điều 5. Tổ chức thực hiện\n1. Trách nhiệm của chủ đầu tư:\n", ("a)", "b)"),
     "chủ đầu tư"),
])
def test_a_heading_naming_a_bare_class_hands_it_its_items(
    heading: str, marks: tuple[str, str], expected: str,
) -> None:
    """``Trách nhiệm của tổ chức, cá nhân có liên quan`` heads the items below it as
    ``Trách nhiệm của các cơ quan, đơn vị`` does: the class is their actor."""
    text = (ARTICLE_HEAD + heading + marks[0] + " Chấp hành nghiêm quy định tại Quy định này.\n"
            + marks[1] + " Báo cáo kết quả thực hiện về Sở Tài chính.\n")
    got = assigns(text)
    assert [" ".join(a.actor.split()) for a in got] == [expected, expected]
    assert [a.task.split()[0] for a in got] == ["Chấp", "Báo"]


@pytest.mark.parametrize(("sentence", "expected", "task"), [
    ("Người sử dụng lao động có trách nhiệm đóng bảo hiểm xã hội cho người lao động.",
     ["Người sử dụng lao động"], "có trách nhiệm đóng"),
    ("Người có thẩm quyền xử phạt vi phạm hành chính có trách nhiệm công khai quyết định.",
     ["Người có thẩm quyền xử phạt vi phạm hành chính"], "có trách nhiệm công khai"),
    ("Hộ gia đình, cá nhân đang sử dụng đất có nhu cầu chuyển mục đích sử dụng đất có "
     "trách nhiệm nộp hồ sơ.",
     ["Hộ gia đình, cá nhân đang sử dụng đất có nhu cầu chuyển mục đích sử dụng đất"],
     "có trách nhiệm nộp"),
    ("Người nộp thuế tự chịu trách nhiệm về tính chính xác của thông tin.",
     ["Người nộp thuế"], "tự chịu trách nhiệm"),
    ("Chủ cơ sở kinh doanh karaoke, vũ trường có trách nhiệm trang bị phương tiện "
     "chữa cháy.", ["Chủ cơ sở kinh doanh karaoke, vũ trường"], "có trách nhiệm trang bị"),
    # after a cue a class of persons is whom the task is for, no actor
    ("Ủy ban nhân dân các xã giải quyết hồ sơ trực tuyến, không yêu cầu người dân đi lại.",
     ["Ủy ban nhân dân các xã"], "giải quyết hồ sơ"),
])
def test_a_class_of_persons_before_a_duty_word_is_an_actor(
    sentence: str, expected: list[str], task: str,
) -> None:
    """``Người sử dụng lao động có trách nhiệm ...``: a regulation binds a class of
    persons with no plural before it; only before a duty word."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [" ".join(a.actor.split()) for a in got] == expected
    assert all(a.task.startswith(task) for a in got)


@pytest.mark.parametrize(("sentence", "expected", "task"), [
    ("Ủy ban nhân dân cấp xã lập và niêm yết danh sách cử tri tại trụ sở.",
     ["Ủy ban nhân dân cấp xã"], "lập và niêm yết"),
    ("Phòng Kiểm sát thi hành án dân sự kiểm sát chặt chẽ việc tổ chức thi hành án.",
     ["Phòng Kiểm sát thi hành án dân sự"], "kiểm sát chặt chẽ"),
    ("Các viện nghiên cứu chủ động đề xuất nhiệm vụ.", ["Các viện nghiên cứu"],
     "chủ động đề xuất"),
    # ``lập`` ending an adjective is no task
    ("Các trường công lập và ngoài công lập thực hiện thu học phí.",
     ["Các trường công lập và ngoài công lập"], "thực hiện thu"),
])
def test_lap_and_kiem_sat_open_a_task(sentence: str, expected: list[str], task: str) -> None:
    """``lập`` alone and ``kiểm sát`` open a task after their subject; ``công lập``
    and ``Viện kiểm sát`` stay in the actor."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [" ".join(a.actor.split()) for a in got] == expected
    assert all(a.task.startswith(task) for a in got)


# --- lead-ins that ask or direct another actor, long and relative headings, row labels ----

ASKED_ITEMS = ("\n\n1. Rà soát các cơ sở khám bệnh.\n\n2. Chủ trì, phối hợp với Sở Tài chính "
               "báo cáo kết quả.")


@pytest.mark.parametrize(("lead_in", "asked"), [
    ("Để bảo đảm hoạt động theo quy định, Sở Công Thương đề nghị Công ty thực hiện đầy đủ "
     "các nội dung sau:", "Công ty"),
    ("Sở Y tế yêu cầu Bệnh viện tiếp tục thực hiện các nội dung sau:", "Bệnh viện"),
    ("Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế thực hiện các nội dung sau:", "Sở Y tế"),
    ("Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế:", "Sở Y tế"),
    ("Sở Tài chính hướng dẫn các đơn vị thực hiện các nội dung sau:", "các đơn vị"),
    ("Sở Tài chính đôn đốc Bệnh viện tỉnh thực hiện như sau:", "Bệnh viện tỉnh"),
])
def test_a_lead_in_hands_its_items_to_the_actor_it_asks_or_directs(
    lead_in: str, asked: str,
) -> None:
    """``X đề nghị Công ty thực hiện ... sau:`` (an organ word alone names the addressee),
    ``X chỉ đạo Y ... sau:``, ``X hướng dẫn Y thực hiện ... sau:``: Y does the items, and
    leads the one that says ``Chủ trì``; X is handed none."""
    doc = vbcd.parse(LETTER + lead_in + ASKED_ITEMS + CLOSE)
    got = [(a.clause, a.actor, a.role) for a in doc.assignments if a.clause]
    assert got == [("1", asked, "responsible"), ("2", asked, "lead"),
                   ("2", "Sở Tài chính", "coordinate")]


def test_a_guided_actor_is_directed_and_the_guide_does_not_lead() -> None:
    """``Sở Tư pháp hướng dẫn các địa phương triển khai ...``: the localities are directed;
    an object that is no actor followed by its task (``hướng dẫn nghiệp vụ``) is none."""
    assert pairs(HEAD + "1. Sở Tư pháp hướng dẫn các địa phương triển khai thực hiện.\n"
                 "2. Sở Nội vụ hướng dẫn nghiệp vụ cho cấp xã.\n") == [
        ("1", "Sở Tư pháp", "responsible"), ("1", "các địa phương", "directed"),
        ("2", "Sở Nội vụ", "responsible")]


def test_a_caption_item_hands_the_lead_ins_actor_to_its_bullets_and_clauses() -> None:
    """The lead-in's items are captions (``1. Trước khi ...``, ``2. Trong quá trình ...``)
    over bullets or numbered sub-items: these take the actor when a task word opens them."""
    text = (LETTER + "Sở Công Thương đề nghị Công ty thực hiện đầy đủ các nội dung sau:\n"
            "1. Trước khi đưa mỏ vào hoạt động\n- Thực hiện cắm mốc khu vực khai thác.\n"
            "- Phối hợp với Ủy ban nhân dân xã giải phóng mặt bằng.\n"
            "2. Trong quá trình khai thác\n2.1. Thực hiện nghiêm túc các nghĩa vụ.\n"
            "2.2. Đối với công tác bảo vệ khoáng sản\n- Báo cáo kết quả hằng năm.\n" + CLOSE)
    got = [(a.clause, a.actor, a.task) for a in vbcd.parse(text).assignments
           if a.actor == "Công ty"]
    assert got == [("1", "Công ty", "Thực hiện cắm mốc khu vực khai thác."),
                   ("1", "Công ty", "Phối hợp với Ủy ban nhân dân xã giải phóng mặt bằng."),
                   ("2/2.1", "Công ty", "Thực hiện nghiêm túc các nghĩa vụ."),
                   ("2/2.2", "Công ty", "Báo cáo kết quả hằng năm.")]


@pytest.mark.parametrize(("heading", "expected"), [
    ("Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai",
     ["Ban Quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh Lào Cai"]),
    ("Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp",
     ["Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"]),
    ("Trách nhiệm chung của các cơ quan, đơn vị", ["các cơ quan, đơn vị"]),
    ("Các cơ quan, tổ chức, đơn vị được giao quản lý, sử dụng hoặc khai thác tài sản kết "
     "cấu hạ tầng", ["Các cơ quan, tổ chức, đơn vị được giao quản lý, sử dụng hoặc khai "
                     "thác tài sản kết cấu hạ tầng"]),
    ("Các sở quản lý nhà nước chuyên ngành về hạ tầng",
     ["Các sở quản lý nhà nước chuyên ngành về hạ tầng"]),
])
@pytest.mark.parametrize("marks", [("-", "-"), ("a)", "b)")])
def test_an_organ_heading_long_relative_or_shared_hands_its_items(
    heading: str, expected: list[str], marks: tuple[str, str],
) -> None:
    """A heading longer than a short one (two organs joined by ``và``), one whose class
    noun a relative clause qualifies (``được giao quản lý ...``, ``quản lý nhà nước ...``),
    ``Trách nhiệm chung của ...``, ``dự án`` (not ``dự``, attend): each item is a task of
    each actor."""
    text = (HEAD + f"1. {heading}\n{marks[0]} Thực hiện quản lý tài sản theo quy định.\n"
            f"{marks[1]} Chủ trì, phối hợp với Sở Tài chính kiểm tra tài sản.\n")
    got = [(" ".join(a.actor.split()), a.role) for a in assigns(text)
           if a.actor != "Sở Tài chính"]
    assert sorted(got) == sorted([(e, r) for e in expected for r in ("responsible", "lead")])


def test_a_long_heading_whose_items_take_nothing_is_no_actor() -> None:
    """A long line that opens like an actor and is followed by no task item is dropped."""
    heading = "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh Lào Cai"
    assert pairs(HEAD + f"1. {heading}\n- Giai đoạn 2025-2030\n- Diện tích 500 ha\n") == []


@pytest.mark.parametrize(("label", "expected"), [
    ("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.",
     [("Đảng ủy Ủy ban nhân dân tỉnh", "lead")]),
    ("Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức đảng; Đảng ủy Ủy\n\nban nhân dân "
     "tỉnh.", [("Các cấp ủy, tổ chức đảng", "lead"), ("Đảng ủy Ủy ban nhân dân tỉnh", "lead")]),
    ("Trách nhiệm thực hiện: Sở Tư pháp.", [("Sở Tư pháp", "responsible")]),
    ("Trách nhiệm phối hợp: Sở Nội vụ.", [("Sở Nội vụ", "coordinate")]),
])
def test_a_row_label_names_the_actors_of_the_item_it_ends(
    label: str, expected: list[tuple[str, str]],
) -> None:
    """``Trách nhiệm chỉ đạo thực hiện: X.`` after a plan's item: X is its actor, the item
    its task; the next item is not."""
    text = ("KẾ HOẠCH\n\nThực hiện Chương trình hành động\n\nI. NHIỆM VỤ\n\n1. Nâng cao hiệu "
            "quả quản lý nhà nước\n\n- Rà soát các văn bản pháp luật.\n\n" + label +
            "\n\n2. Bảo tồn thiên nhiên\n\n- Bảo vệ rừng.\n")
    got = assigns(text)
    assert [(" ".join(a.actor.split()), a.role) for a in got] == expected
    assert all(a.clause == "I/1" and a.task.startswith("Nâng cao hiệu quả") for a in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Đoàn kiểm tra thực hiện nhiệm vụ theo quy định, trong đó tập trung:",
     "Đoàn kiểm tra"),
    ("Tổ công tác chịu trách nhiệm các nội dung sau:", "Tổ công tác"),
])
@pytest.mark.parametrize("heading", ["", "Nhiệm vụ và quyền hạn của Đoàn kiểm tra\n"])
def test_an_organ_named_small_as_a_subject_hands_its_items(
    sentence: str, expected: str, heading: str,
) -> None:
    """``Đoàn kiểm tra thực hiện ... trong đó tập trung:``: an organ word whose name goes on
    in lower case up to a task word no name holds is the subject; its items are its tasks
    (also under a heading line); ``Phòng chống ...`` opens no organ."""
    text = ("QUYẾT ĐỊNH\n\nVề việc thành lập Đoàn kiểm tra\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành "
            f"lập Đoàn kiểm tra.\nĐiều 2. {heading}{sentence}\n1. Xây dựng kế hoạch kiểm tra."
            "\n2. Lập biên bản kiểm tra.\nĐiều 3. Phòng chống dịch bệnh thực hiện theo quy "
            "định.\n")
    assert pairs(text) == [("Điều 2/1", expected, "responsible"),
                           ("Điều 2/2", expected, "responsible")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Trưởng đoàn kiểm tra lập kế hoạch kiểm tra.", ("Trưởng đoàn kiểm tra", "lập kế hoạch")),
    ("Yêu cầu đồng chí Trưởng phòng\nQuản lý Công nghiệp nghiêm túc triển khai thực hiện.",
     ("Trưởng phòng Quản lý Công nghiệp", "nghiêm túc")),
    ("Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo.",
     ("Các sở quản lý chuyên ngành", "định kỳ")),
])
def test_a_titles_organ_and_a_managing_relative_stay_in_the_actor(
    sentence: str, expected: tuple[str, str],
) -> None:
    """A title's organ written small (``Trưởng đoàn kiểm tra``) or on the next line
    (``Trưởng phòng`` / ``Quản lý Công nghiệp``), and ``quản lý ...`` after a class noun
    with a task after it, belong to the actor."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [(" ".join(a.actor.split()), a.task.split()[0]) for a in got][-1:] == [
        (expected[0], expected[1].split()[0])]
    assert got[-1].task.startswith(expected[1])


def test_a_page_number_between_an_organ_heading_and_its_task() -> None:
    """``2. Phòng Quản lý công nghiệp`` / ``2`` (a page number) / ``Chủ trì, ...``."""
    text = (HEAD + "1. Sở Y tế\nKiểm tra các cơ sở.\n2. Phòng Quản lý công nghiệp\n"
            "                  2\n\n\nChủ trì, phối hợp với các đơn vị liên quan tham mưu.\n")
    assert pairs(text) == [("1", "Sở Y tế", "responsible"),
                           ("2", "Phòng Quản lý công nghiệp", "lead"),
                           ("2", "các đơn vị liên quan", "coordinate")]


@pytest.mark.parametrize("line", [
    "- Tên đơn vị: Công ty Cổ phần 289 Trường Sơn.",
    "Các doanh nghiệp, hợp tác xã, tổ chức quan tâm đã gửi hồ sơ tại Trung tâm.",
    "Các doanh nghiệp quan tâm vừa nộp hồ sơ.",
])
def test_a_value_after_an_organ_or_a_past_action_is_no_task(line: str) -> None:
    """A number after an organ's name (``Công ty Cổ phần 289 ...``) starts no task; a task
    word followed by ``đã``/``vừa`` qualified the subject of a report."""
    assert pairs(HEAD + "1. Thông tin hồ sơ\n" + line + "\n") == []


def test_item_fronted_by_a_time_phrase_takes_the_heading_actor() -> None:
    """``4. Trước ngày 20/4/2022, báo cáo ...`` under ``Điều 8. Trách nhiệm của X``: the
    item is X's task, dated by the phrase; a subject after such a phrase is found too."""
    text = (
        "THÔNG TƯ\nQuy định về tái cấp vốn\n\n"
        "Điều 8. Trách nhiệm của Ngân hàng Chính sách xã hội\n"
        "1. Sử dụng tiền vay tái cấp vốn đúng mục đích.\n"
        "2. Trước ngày 20 tháng 4 năm 2022, báo cáo Thống đốc Ngân hàng Nhà nước số liệu "
        "tiền vay.\n"
        "3. Trong thời hạn 10 ngày làm việc đầu tháng, báo cáo Ngân hàng Nhà nước về việc "
        "trả nợ.\n"
        "Điều 9. Tổ chức thực hiện\n"
        "1. Trong thời hạn 03 ngày làm việc, Sở Giao dịch Ngân hàng Nhà nước ký hợp đồng.\n"
    )
    doc = vbcd.parse(text)
    got = [(a.clause, " ".join(a.actor.split()), a.task.split(" ", 2)[:2], a.deadline)
           for a in doc.assignments]
    assert ("Điều 8/2", "Ngân hàng Chính sách xã hội", ["báo", "cáo"], "2022-04-20") in got
    assert ("Điều 8/3", "Ngân hàng Chính sách xã hội", ["báo", "cáo"], None) in got
    assert ("Điều 9/1", "Sở Giao dịch Ngân hàng Nhà nước", ["ký", "hợp"], None) in got
    (deadline,) = doc.deadlines
    assert deadline.actors == ["Ngân hàng Chính sách xã hội"]


def test_a_fronted_topic_hands_no_task_after_its_comma() -> None:
    """``2.3. Đối với công tác quản lý, thống kê, ...``: the commas part the topic's
    nouns; ``thống kê`` there opens no task of the actor above."""
    text = HEAD + (
        "Sở Công Thương đề nghị Công ty thực hiện các nội dung sau:\n"
        "1. Đối với công tác quản lý, thống kê, kê khai sản lượng khai thác khoáng sản\n"
    )
    assert not any(a.task.startswith("thống kê") for a in assigns(text))


def test_members_of_a_body_are_no_actors() -> None:
    """A decision setting up a body lists its members: ``3. Các ủy viên:`` / ``- Bộ
    trưởng Bộ Quốc phòng;``, ``a) Giám đốc Sở Tài chính làm Chủ tịch Hội đồng;``, ``X
    làm Chủ tịch Hội đồng; Y làm ủy viên thư ký``: no one there is given a task."""
    text = HEAD + (
        "Điều 1. Kiện toàn Ban Chỉ đạo, gồm các thành viên sau đây:\n"
        "2. Phó Trưởng ban Chỉ đạo:\n"
        "- Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực;\n"
        "- Bộ trưởng Bộ Tài chính.\n"
        "3. Các ủy viên:\n"
        "- Bộ trưởng Bộ Quốc phòng;\n"
        "- Bộ trưởng Bộ Công an.\n"
        "Điều 2. Hội đồng gồm:\n"
        "a) Giám đốc Sở Tài chính làm Chủ tịch Hội đồng;\n"
        "b) Trưởng phòng Quản lý giá làm ủy viên thư ký.\n"
        "Điều 3. Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội đồng; "
        "cán bộ quản lý ruộng đất làm ủy viên thư ký.\n"
        "Điều 4. Sở Y tế:\n"
        "a) Chủ trì tổng hợp báo cáo;\n"
        "b) Sở Tài chính làm việc với các đơn vị.\n"
    )
    assert pairs(text) == [("Điều 4/a", "Sở Y tế", "lead"),
                           ("Điều 4/b", "Sở Tài chính", "responsible")]


def test_an_example_gives_no_task() -> None:
    """``Ví dụ: Công ty thương mại A nhập khẩu ...``: a case made up to show a rule,
    not a task of the company it names."""
    text = HEAD + (
        "1. Hàng hóa xuất khẩu không được hoàn thuế giá trị gia tăng.\n\n"
        "Ví dụ: Công ty thương mại A nhập khẩu 500 chiếc điều hòa từ Nhật Bản và đã nộp "
        "thuế ở khâu nhập khẩu.\n\n"
        "Chẳng hạn, Công ty B xuất khẩu hàng hóa sang Campuchia.\n\n"
        "2. Sở Tài chính hướng dẫn doanh nghiệp thực hiện.\n"
    )
    assert actors(text) == ["Sở Tài chính"]


def test_items_that_direct_go_to_the_one_asked_to_direct() -> None:
    """``đề nghị Chủ tịch UBND tỉnh chỉ đạo Giám đốc Sở Y tế thực hiện ... sau:`` then
    ``1. Chỉ đạo Sở Y tế ...``: the Giám đốc does not direct his own Sở, the list says
    what the Chủ tịch is to direct; its items are the Chủ tịch's."""
    text = (
        "CÔNG VĂN\n\nKính gửi: Chủ tịch Ủy ban nhân dân các tỉnh\n\n"
        "Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo Giám đốc Sở Y tế thực "
        "hiện cấp chứng chỉ hành nghề theo các nội dung sau đây:\n"
        "1. Chỉ đạo Sở Y tế tổ chức quán triệt, phổ biến kiến thức pháp luật.\n"
        "2. Tiếp tục đầu tư, nâng cấp cơ sở hạ tầng cho các cơ sở khám bệnh.\n"
    )
    got = pairs(text)
    assert ("1", "Chủ tịch Ủy ban nhân dân tỉnh", "lead") in got
    assert ("2", "Chủ tịch Ủy ban nhân dân tỉnh", "responsible") in got
    assert not any(c in ("1", "2") and a == "Giám đốc Sở Y tế" for c, a, _ in got)
    assert ("1", "Sở Y tế", "directed") in got


def test_a_committee_body_written_once_before_a_list_of_committees() -> None:
    """``Ban Thường vụ Tỉnh ủy, Thành ủy``: the standing boards of the provincial and
    city committees, one actor (not the committee ``Thành ủy``); a committee with a
    name of its own after it is another body."""
    text = HEAD + (
        "1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo việc quán triệt Kết luận.\n"
        "2. Ban Thường vụ Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh tổ chức sơ kết.\n"
    )
    assert actors(text) == ["Ban Thường vụ Tỉnh ủy, Thành ủy", "Ban Thường vụ Tỉnh ủy",
                            "Đảng ủy Khối các cơ quan tỉnh"]


def test_a_cue_that_qualifies_an_amount_is_no_cue() -> None:
    """``số tiền thuế GTGT đề nghị cơ quan hải quan tiếp tục hoàn``: the sum requested,
    described; the customs office is given no task. A comma ends the amount's phrase."""
    text = HEAD + (
        "1. Cơ quan thuế xác định số tiền thuế GTGT đề nghị cơ quan hải quan tiếp tục "
        "hoàn.\n"
        "2. Sở Tài chính tổng hợp số tiền, đề nghị Bộ Tài chính hoàn trả.\n"
    )
    assert actors(text) == ["Cơ quan thuế", "Sở Tài chính", "Bộ Tài chính"]


def test_a_lead_in_whose_colon_was_dropped_heads_its_items() -> None:
    """``1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan`` then ``a)
    ...``, ``b) ...``: the clause runs into its lettered items without a colon (lost in
    print or in the scan of a paper copy); the items are the lead actor's tasks, and the
    partners named before them get no empty task."""
    text = HEAD + (
        "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan\n"
        "a) Tiếp tục rà soát Luật Thương mại để kịp thời đề xuất sửa đổi.\n"
        "b) Tổng kết, đánh giá tình hình thực hiện Kế hoạch tổng thể.\n"
        "2. Bộ Quốc phòng tiếp tục chỉ đạo các đơn vị chức năng tăng cường biện pháp.\n"
    )
    got = pairs(text)
    assert ("1/a", "Bộ Công Thương", "lead") in got
    assert ("1/b", "Bộ Công Thương", "lead") in got
    assert all(a.task for a in vbcd.parse(text).assignments)


def test_a_class_described_by_what_it_has_is_no_actor() -> None:
    """``... tập trung vào các doanh nghiệp có vốn đầu tư nước ngoài thua lỗ; các
    doanh nghiệp có giao dịch liên kết chiếm tỷ trọng lớn``: the firms a task is
    about, each described by what it has (a bare ``có``), not actors; ``có kế hoạch``
    is still a task."""
    text = HEAD + (
        "1. Tăng cường thanh tra đối với các doanh nghiệp có phát sinh giao dịch liên "
        "kết, tập trung vào các doanh nghiệp có vốn đầu tư nước ngoài thua lỗ; các "
        "doanh nghiệp có giao dịch liên kết chiếm tỷ trọng lớn.\n"
        "2. Các doanh nghiệp có kế hoạch khắc phục hậu quả.\n"
    )
    assert actors(text) == ["Các doanh nghiệp"]


def test_chu_trong_opens_a_task() -> None:
    """``đề nghị Cục Thuế các tỉnh chú trọng, đẩy mạnh công tác phối hợp``: ``chú
    trọng`` (give weight to) opens the task; the actor ends before it."""
    text = HEAD + (
        "1. Tổng cục Thuế đề nghị Cục Thuế các tỉnh chú trọng, đẩy mạnh công tác phối "
        "hợp, trao đổi thông tin với cơ quan công an.\n"
    )
    got = assigns(text)
    assert [(a.actor, a.task[:9]) for a in got] == [("Cục Thuế các tỉnh", "chú trọng")]


def test_a_subject_that_perceives_reports() -> None:
    """``Tổng cục Thuế nhận thấy một số Cục Thuế đã triển khai ...``: the writer
    states what it found, no task; the request that follows is one."""
    text = HEAD + (
        "1. Tổng cục Thuế nhận thấy một số Cục Thuế địa phương đã triển khai nghiêm túc "
        "các chỉ đạo. Do vậy, Tổng cục Thuế đề nghị Cục Thuế các tỉnh khẩn trương rà "
        "soát các hộ kinh doanh.\n"
    )
    assert actors(text) == ["Cục Thuế các tỉnh"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
     ["Thủ trưởng các đơn vị có tên tại Điều 1"]),
    ("Chánh Văn phòng Sở, Giám đốc các Bệnh viện và Viện có giường bệnh trực thuộc Bộ Y tế "
     "và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng Sở",
      "Giám đốc các Bệnh viện và Viện có giường bệnh trực thuộc Bộ Y tế",
      "các tổ chức, cá nhân có liên quan"]),
])
def test_a_bare_co_before_the_lists_duty_qualifies_the_actor(
    sentence: str, expected: list[str],
) -> None:
    """``Thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành``: ``có tên
    tại Điều 1`` says which heads are meant; the duty is ``chịu trách nhiệm``, not
    ``có tên``."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [a.actor for a in got] == expected
    assert all(a.task.startswith("chịu trách nhiệm") for a in got)


def test_a_bare_co_with_another_task_word_before_the_duty_stays_the_task() -> None:
    """``Sở Y tế có kế hoạch kiểm tra và chịu trách nhiệm``: a task word between ``có``
    and the duty leaves the reading as it was."""
    got = assigns(HEAD + "1. Sở Y tế có kế hoạch kiểm tra và chịu trách nhiệm về kết quả.\n")
    assert [(a.actor, a.task[:11]) for a in got] == [("Sở Y tế", "có kế hoạch")]


@pytest.mark.parametrize(("sentence", "actor", "task"), [
    ("Trong quá trình thực hiện, Sở Y tế có trách nhiệm báo cáo kết quả.", "Sở Y tế",
     "có trách nhiệm"),
    ("Trong thời gian chờ hướng dẫn, Sở Y tế tiếp tục thực hiện theo quy định.", "Sở Y tế",
     "tiếp tục"),
    ("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị kịp thời phản ánh "
     "về Sở Tư pháp.", "các cơ quan, đơn vị", "kịp thời"),
])
def test_a_fronted_time_phrase_opens_the_main_clause(
    sentence: str, actor: str, task: str,
) -> None:
    """``Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan ... kịp thời phản
    ánh``: a phrase of time, then a condition, each closed by its comma, come before
    the subject; the subject after them is the actor."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [(a.actor, a.task.split()[0]) for a in got] == [(actor, task.split()[0])]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh "
     "về Sở Tư pháp.", "các cơ quan, đơn vị"),
    ("Trường hợp có khó khăn, vướng mắc, các sở, ngành báo cáo Ủy ban nhân dân tỉnh.",
     "các sở, ngành"),
    ("Nếu cần sửa đổi, bổ sung, Bộ Công Thương tổng hợp, trình Thủ tướng Chính phủ.",
     "Bộ Công Thương"),
])
def test_a_condition_may_hold_a_coordination_before_its_comma(sentence: str, actor: str) -> None:
    """``Nếu có khó khăn, vướng mắc, X báo cáo``: the comma between two small words of a
    condition is no end of it; the subject after the next comma is the actor."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [a.actor for a in got] == [actor]


@pytest.mark.parametrize("sentence", [
    # not a condition: the first comma ends the fronted phrase, and the class of people
    # after it is no actor
    "Kể từ ngày Quyết định này có hiệu lực, quân nhân, công an nhân dân tham gia kháng "
    "chiến thuộc đối tượng được hưởng chế độ.",
    # a plural after the comma opens the subject
    "Nếu có dịch, các đơn vị, địa phương báo cáo Sở Y tế.",
])
def test_a_coordination_comma_is_read_only_inside_a_condition(sentence: str) -> None:
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert all(a.actor != "công an nhân dân" for a in got)
    assert all(a.actor != "địa phương" for a in got)


def test_a_class_of_units_written_as_a_label_before_its_task() -> None:
    """``UBND các huyện, thành phố: Chỉ đạo UBND các xã ...``: a task word after the
    colon of a class of administrative units ends the actor; no list of places opens
    there. After an organ's class a list may open with such a word."""
    got = assigns(HEAD + "1. UBND các huyện, thành phố: Chỉ đạo UBND các xã, phường, thị "
                         "trấn rà soát.\n")
    assert [a.actor for a in got][:1] == ["UBND các huyện, thành phố"]
    got = assigns(HEAD + "1. Cục trưởng các Cục: Quản lý Khám chữa bệnh, Quản lý Dược chịu "
                         "trách nhiệm thi hành Quyết định này.\n")
    assert [a.actor for a in got] == [
        "Cục trưởng các Cục: Quản lý Khám chữa bệnh, Quản lý Dược"]


def test_a_task_word_before_a_hyphen_and_a_capital_ends_a_names_part() -> None:
    """``Cục trưởng Cục Xe máy/Tổng cục Hậu cần - Kỹ thuật kiểm tra``: ``cần`` (need)
    before ``- Kỹ thuật`` ends the name's part ``Hậu cần``, no task."""
    got = assigns(HEAD + "1. Trong thời hạn 07 ngày, Cục trưởng Cục Xe máy/Tổng cục Hậu "
                         "cần - Kỹ thuật kiểm tra, cấp giấy chứng nhận.\n")
    assert [(a.actor, a.task.split()[0]) for a in got] == [
        ("Cục trưởng Cục Xe máy/Tổng cục Hậu cần - Kỹ thuật", "kiểm")]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Trong một đợt điều trị, cơ sở khám bệnh, chữa bệnh có trách nhiệm lập bảng kê chi phí.",
     "cơ sở khám bệnh, chữa bệnh"),
    ("Tổ chức, cá nhân có trách nhiệm tuân thủ quy định về hành lang bảo vệ đê điều.",
     "Tổ chức, cá nhân"),
    ("Doanh nghiệp chịu trách nhiệm về tính chính xác của hồ sơ.", "Doanh nghiệp"),
])
def test_a_bare_class_of_bodies_bound_to_a_duty_is_an_actor(sentence: str, actor: str) -> None:
    """``Cơ sở khám bệnh, chữa bệnh có trách nhiệm ...``: a class of bodies with no
    plural before it, its phrase running to a duty word, is the actor (also after a
    fronted phrase opening with ``Trong``)."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [a.actor for a in got] == [actor]


@pytest.mark.parametrize("sentence", [
    "Cơ sở dữ liệu có trách nhiệm lưu trữ thông tin.",
    "Cơ sở khám bệnh, chữa bệnh thực hiện theo quy định tại Điều 5.",
    "Đề nghị tổ chức hội nghị tổng kết công tác năm.",
    "Đẩy nhanh bồi thường đối với đất đã có quyết định thu hồi giao chủ đầu tư xây dựng.",
])
def test_a_bare_class_without_a_duty_or_a_cue_is_no_actor(sentence: str) -> None:
    """A basis (``cơ sở dữ liệu``), a bare class opening a sentence with a verb other
    than a duty, ``tổ chức`` the verb after a cue, and a cue that follows a verb
    (``thu hồi giao chủ đầu tư``: land handed over) name no actor."""
    assert assigns(HEAD + "1. " + sentence + "\n") == []


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Căn cứ Nghị định số 126/2020/NĐ-CP, đề nghị ngân hàng thương mại cung cấp thông tin "
     "tài khoản.", "ngân hàng thương mại"),
    ("Đồng thời yêu cầu doanh nghiệp thực hiện giải trình lý do.", "doanh nghiệp"),
    ("Đề nghị NHTM cung cấp thông tin tài khoản thanh toán.", "NHTM"),
])
def test_a_cue_hands_a_task_to_a_bare_class_or_initials(sentence: str, actor: str) -> None:
    """``đề nghị ngân hàng thương mại cung cấp ...``, ``đề nghị NHTM cung cấp ...``: after
    a cue, a class of bodies written small with no plural, or an organ's initials, then
    a task word, is the actor."""
    got = assigns(HEAD + "1. " + sentence + "\n")
    assert [a.actor for a in got] == [actor]


def test_a_steering_board_named_by_a_verb_opened_topic_is_the_whole_actor() -> None:
    """``Ban Chỉ đạo xây dựng nông thôn mới tỉnh``: the listed topic is part of the
    board's name, not the task (``xây dựng ...``)."""
    text = HEAD + (
        "1. Ban Chỉ đạo xây dựng nông thôn mới tỉnh chủ trì, phối hợp với Sở Nội vụ "
        "triển khai kế hoạch.\n")
    assert actors(text)[0] == "Ban Chỉ đạo xây dựng nông thôn mới tỉnh"


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Điện lực Nam Định đảm bảo cung cấp điện an toàn.", "Điện lực Nam Định"),
    ("Viễn thông Nam Định bảo đảm thông tin liên lạc thông suốt.", "Viễn thông Nam Định"),
    ("Bưu điện tỉnh Nam Định bảo đảm chuyển phát tài liệu.", "Bưu điện tỉnh Nam Định"),
])
def test_the_local_unit_of_a_state_enterprise_is_the_actor(sentence: str, actor: str) -> None:
    """A power, telecommunications or postal unit named by its place (a storm's or an
    election's công điện) is the actor of its item."""
    assert actors(HEAD + "1. " + sentence + "\n") == [actor]


# --- a subject's task word in no table ([open_task]) ----------------------------------

OPEN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 15/KH-UBND\nNam Định, ngày 20 tháng 8 năm 2025\n\n"
    "KẾ HOẠCH\nKiểm tra\n\n"
)


@pytest.mark.parametrize("verb", [
    "cắt điện", "trực ban 24/24 giờ", "nắm chắc tình hình", "canh gác",
    "chằng chống nhà cửa", "gia cố đê", "bảo trì", "thu hoạch lúa", "truy tìm",
    "công nhận", "khen thưởng", "bình xét", "cân nhắc", "tuyển chọn", "quyết toán",
    "thanh toán", "giải ngân", "tạm ứng", "thu ngân sách", "đăng ký", "nộp", "ghi chép",
    "kết nối", "chia sẻ dữ liệu", "vệ sinh môi trường", "phun thuốc", "trồng cây", "dọn dẹp",
])
def test_subject_then_a_verb_in_no_table_is_a_task(verb: str) -> None:
    text = OPEN_HEAD + f"1. Chủ tịch UBND các huyện, thành phố {verb} theo quy định.\n"
    assert pairs(text) == [("1", "Chủ tịch UBND các huyện, thành phố", "responsible")]


@pytest.mark.parametrize("line", [
    "1. UBND các huyện dọn dẹp vệ sinh môi trường.",
    "1. Sở Y tế và các đơn vị trực thuộc cắt điện khu vực trạm bơm.",
    "- Công an tỉnh canh gác trụ sở các cơ quan",
])
def test_open_task_actor_ends_before_the_verb(line: str) -> None:
    got = actors(OPEN_HEAD + line + "\n")
    assert got and all(
        not any(v in a for v in ("dọn", "cắt", "canh")) for a in got), got


@pytest.mark.parametrize("line", [
    "1. Sở Y tế đã hoàn thành tiêm vắc xin cho người dân.",
    "Năm 2024, ngành y tế đạt nhiều kết quả quan trọng.",
    "1. UBND tỉnh nhận thấy tình hình còn phức tạp.",
    "1. Các đơn vị sự nghiệp công lập tự chủ tài chính.",
    "1. UBND các huyện cắt điện đã gây khó khăn cho người dân.",
    "1. Hệ thống có 3 cấp: Toà án nhân dân tối cao, cấp tỉnh, cấp khu vực.",
    "d) Ủy viên đại diện hội nghề nghiệp hoạt động trong lĩnh vực y tế: có bằng tiến sĩ.",
    "a) Quỹ BHYT thanh toán theo mức hưởng quy định.",
    "1. Các thành viên quy định tại Điều 1 hưởng chế độ theo quy định.",
])
def test_open_task_guards_reports_labels_and_nouns(line: str) -> None:
    assert pairs(OPEN_HEAD + line + "\n") == []


def test_open_task_not_in_the_preamble() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 15/QĐ-UBND\nNam Định, ngày 20 tháng 8 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVề việc kiểm tra\n\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
        "UBND các huyện bình xét thi đua theo quy định.\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế kiểm tra.\n"
    )
    assert all("huyện" not in a for a in actors(text))


def test_actor_heading_with_bullets_keeps_its_items() -> None:
    text = OPEN_HEAD + "1. Sở Y tế:\n- Cắt điện khu vực cách ly.\n- Chủ trì kiểm tra.\n"
    assert ("1", "Sở Y tế") in [(c, a) for c, a, _ in pairs(text)]


@pytest.mark.parametrize("line", [
    "Giao UBND các huyện cách ly người bệnh.",
    "Đề nghị Công an tỉnh xử phạt nghiêm các vi phạm.",
    "Giao UBND các huyện khôi phục sản xuất sau bão.",
])
def test_common_directive_verbs_end_an_actor_after_a_cue(line: str) -> None:
    got = actors(OPEN_HEAD + line + "\n")
    assert got and got[0] in ("UBND các huyện", "Công an tỉnh"), got


def test_khong_ngung_opens_the_task() -> None:
    line = ("1. Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể không ngừng "
            "đổi mới phương thức lãnh đạo.")
    assert "các đoàn thể" in actors(OPEN_HEAD + line + "\n")


@pytest.mark.parametrize("task", [
    "kiểm đếm tàu thuyền", "chằng chống nhà cửa", "di chuyển người dân đến nơi an toàn",
    "khơi thông dòng chảy", "chốt chặn tại các ngầm tràn", "cảnh báo người dân",
])
def test_a_storm_response_verb_ends_the_coordinating_actor(task: str) -> None:
    """A công điện's response verbs end the actor after ``phối hợp với``: the organs
    are ``UBND các xã ven biển``, not ``UBND các xã ven biển kiểm đếm tàu thuyền``."""
    got = pairs(HEAD + "1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND các xã "
                f"ven biển {task}.\n\n2. Chủ tịch UBND các xã ven biển {task}.\n")
    assert ("1", "UBND các xã ven biển", "coordinate") in got
    assert ("2", "Chủ tịch UBND các xã ven biển", "responsible") in got


def test_the_committee_for_search_and_rescue_keeps_its_name() -> None:
    got = actors(HEAD + "1. Giao Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn "
                 "tỉnh chủ trì, phối hợp với Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh "
                 "kiểm tra các hồ đập.\n")
    assert got[:2] == ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh",
                       "Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh"]


ARTICLE_HEAD = "QUYẾT ĐỊNH:\n\n"


@pytest.mark.parametrize(("line", "actor"), [
    ("Điều 2. Tổ công tác có nhiệm vụ tham mưu xây dựng kế hoạch.", "Tổ công tác"),
    ("Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra việc chấp hành pháp luật.", "Đoàn kiểm tra"),
    ("Điều 2. Sở Nội vụ có nhiệm vụ hướng dẫn thực hiện.", "Sở Nội vụ"),
])
def test_co_nhiem_vu_is_a_duty_word(line: str, actor: str) -> None:
    assert (("Điều 2", actor, "responsible") in pairs(ARTICLE_HEAD + line + "\n"))


@pytest.mark.parametrize("line", [
    "Điều 2. Tổ giúp việc có trách nhiệm tham mưu xây dựng kế hoạch.",
    "Điều 2. Tổ giúp việc chịu trách nhiệm tham mưu xây dựng kế hoạch.",
])
def test_giup_viec_qualifies_a_body_and_its_task_word_opens_the_task(line: str) -> None:
    assert actors(ARTICLE_HEAD + line + "\n") == ["Tổ giúp việc"]


@pytest.mark.parametrize(("line", "last"), [
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan, đơn vị liên quan và các "
     "ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     "các ông (bà) có tên tại Điều 1"),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan, đơn vị liên quan và các "
     "ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     "các ông, bà có tên tại Điều 1"),
    ("Điều 3. Văn phòng Tỉnh ủy, các tổ chức đảng có liên quan và các đồng chí có tên tại "
     "Điều 1 căn cứ quyết định thi hành.", "các đồng chí có tên tại Điều 1"),
    # without a plural, and the groups an award decision names
    ("Điều 3. Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy, các cơ quan liên quan và đồng chí có "
     "tên tại Điều 1 căn cứ Quyết định thi hành.", "đồng chí có tên tại Điều 1"),
    ("Điều 3. Chủ tịch UBND tỉnh, Trưởng ban Ban Thi đua - Khen thưởng Trung ương và các "
     "tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     "các tập thể, cá nhân có tên tại Điều 1"),
    ("Điều 3. Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan liên quan và tập thể, cá nhân có "
     "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
     "tập thể, cá nhân có tên tại Điều 1"),
])
def test_persons_named_in_article_one_are_their_own_actor(line: str, last: str) -> None:
    got = actors(ARTICLE_HEAD + line + "\n")
    assert got[-1] == last, got
    assert all(" và " not in a for a in got), got


@pytest.mark.parametrize(("line", "expected"), [
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp, Chủ tịch UBND các xã, "
     "phường và tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./.",
     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tư pháp", "Chủ tịch UBND các xã, phường",
      "tổ chức, cá nhân có liên quan"]),
    ("Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực và cơ "
     "quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng Bộ", "Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực",
      "cơ quan, tổ chức, cá nhân có liên quan"]),
])
def test_a_bare_closing_group_is_its_own_actor(line: str, expected: list[str]) -> None:
    """A decision's last article often closes on its group without a plural (``và tổ
    chức, cá nhân có liên quan``): an actor of its own, not a tail of the item before."""
    assert actors(ARTICLE_HEAD + line + "\n") == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Điều 2. Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa cấp xã niêm yết công "
     "khai thủ tục hành chính.",
     ["Trung tâm Phục vụ hành chính công tỉnh", "Bộ phận Một cửa cấp xã"]),
    ("Điều 2. Bộ phận Một cửa cấp xã có trách nhiệm hướng dẫn tổ chức, cá nhân nộp hồ sơ.",
     ["Bộ phận Một cửa cấp xã"]),
    ("Điều 2. Một bộ phận cán bộ, công chức còn né tránh trách nhiệm.", []),
])
def test_the_one_stop_desk_is_an_actor(line: str, expected: list[str]) -> None:
    """``Bộ phận Một cửa`` receives and returns a procedure's files: before a capital
    it heads an actor; ``một bộ phận`` (a part of) does not."""
    assert actors(ARTICLE_HEAD + line + "\n") == expected


@pytest.mark.parametrize(("line", "actor"), [
    ("Điều 2. Giao Ban Quản lý dự án đầu tư xây dựng huyện tổ chức thực hiện.",
     "Ban Quản lý dự án đầu tư xây dựng huyện"),
    ("Điều 2. Ban QLDA đầu tư xây dựng huyện có trách nhiệm tổ chức lựa chọn nhà thầu.",
     "Ban QLDA đầu tư xây dựng huyện"),
    ("Điều 2. Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh tổ "
     "chức thực hiện.", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
])
def test_a_project_board_keeps_its_construction_field(line: str, actor: str) -> None:
    assert actors(ARTICLE_HEAD + line + "\n") == [actor]


@pytest.mark.parametrize("heading", [
    "1. Phân công nhiệm vụ", "1. PHÂN CÔNG NHIỆM VỤ", "1. Giao nhiệm vụ",
    "Điều 1. Phân công nhiệm vụ",
])
def test_a_heading_naming_its_section_by_a_cue_word_ends_its_line(heading: str) -> None:
    """``Phân công nhiệm vụ`` / ``Sở Tài chính bố trí ...``: a cue followed by a noun on
    the heading line names the section; the next line's subject opens a sentence."""
    got = pairs(HEAD + heading + "\nSở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n")
    assert [actor for _, actor, _ in got] == ["Sở Tài chính"], got


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Nhiệm vụ này do Công an tỉnh thực hiện.", [("1", "Công an tỉnh", "responsible")]),
    ("1. Tổ chức hội nghị sơ kết, do UBND tỉnh chủ trì.", [("1", "UBND tỉnh", "lead")]),
    ("1. Kinh phí thực hiện do Sở Tài chính tham mưu bố trí.",
     [("1", "Sở Tài chính", "responsible")]),
    ("1. Việc tổ chức Hội nghị do Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh "
     "thực hiện.", [("1", "Sở Nội vụ", "lead"), ("1", "Văn phòng UBND tỉnh", "coordinate")]),
    # a thing described by its author, a cause, a meeting: no task
    ("1. Thực hiện nghiêm các văn bản do Bộ Tài chính ban hành.", []),
    ("1. Rà soát các dự án do UBND huyện thực hiện.", []),
    ("1. Kết quả còn chậm là do UBND các huyện thực hiện chưa quyết liệt.", []),
    ("1. Tại cuộc họp do Phó Chủ tịch UBND tỉnh chủ trì, các đơn vị đã báo cáo.", []),
])
def test_the_actor_of_a_passive_do(line: str, expected: list[tuple[str, str, str]]) -> None:
    """``Nhiệm vụ này do Công an tỉnh thực hiện``: the actor after ``do`` does the task
    when a task word of the passive ends its phrase."""
    assert pairs(HEAD + line + "\n") == expected


def test_a_passive_actor_is_no_subject_of_a_handed_item() -> None:
    """``b) Phối hợp ... theo kế hoạch do cơ quan có thẩm quyền chủ trì``: the item is
    still the task of the organ that heads the clause."""
    got = pairs(HEAD + "1. Sở Y tế\na) Chủ trì tổ chức tiêm chủng.\nb) Phối hợp cử cán bộ "
                "tham gia đoàn kiểm tra do Thanh tra tỉnh chủ trì.\n")
    assert ("1/b", "Sở Y tế", "responsible") in got, got


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Chủ tịch UBND các xã ven biển kêu gọi tàu thuyền vào nơi tránh trú an toàn.",
     ["Chủ tịch UBND các xã ven biển"]),
    ("1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo, kêu gọi các phương tiện vào bờ.",
     ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    ("1. UBND các xã ven biển kêu gọi ngư dân không ra khơi.", ["UBND các xã ven biển"]),
    # an appeal for support reports
    ("1. Ủy ban MTTQ Việt Nam tỉnh kêu gọi các tổ chức, cá nhân ủng hộ.", []),
])
def test_keu_goi_vessels_or_people_to_safety_is_a_task(line: str, expected: list[str]) -> None:
    assert actors(HEAD + line + "\n") == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Điều 1. Ủy quyền cho Giám đốc Sở Tài chính ký các văn bản thẩm định giá.",
     [("Điều 1", "Giám đốc Sở Tài chính", "responsible")]),
    ("Điều 1. Ủy quyền Giám đốc Sở Xây dựng thực hiện cấp giấy phép xây dựng.",
     [("Điều 1", "Giám đốc Sở Xây dựng", "responsible")]),
    # acting by another's authority, a subject line: no task given
    ("Điều 2. Giao Bộ trưởng Bộ Tài chính thừa ủy quyền Thủ tướng Chính phủ, thay mặt "
     "Chính phủ ký Tờ trình.", [("Điều 2", "Bộ trưởng Bộ Tài chính", "responsible")]),
    ("Điều 2. Bãi bỏ Quyết định về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện "
     "nhiệm vụ.", []),
])
def test_uy_quyen_cho_delegates_a_power(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert pairs(ARTICLE_HEAD + line + "\n") == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("1. Ủy quyền cho Lãnh đạo Bộ Xây dựng thay mặt Chính phủ ký Hiệp định.",
     ["Lãnh đạo Bộ Xây dựng"]),
    ("1. Giao Sở Ngoại vụ thay mặt UBND tỉnh đón tiếp đoàn công tác.", ["Sở Ngoại vụ"]),
    ("1. Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh thay mặt lãnh đạo tỉnh phát biểu.",
     []),
])
def test_on_behalf_of_closes_the_actor(clause: str, expected: list[str]) -> None:
    """``thay mặt`` (on behalf of) ends the actor a cue gives the task to; after a
    subject it introduces a speech, which is no task."""
    assert actors(HEAD + clause + "\n") == expected


@pytest.mark.parametrize(("clause", "actor"), [
    # a Huyện ủy's cells and committees, sharing the word ``bộ``
    ("Các chi, đảng bộ trực thuộc tổ chức quán triệt Chỉ thị.", "Các chi, đảng bộ trực thuộc"),
    ("Các chi, đảng bộ trực thuộc:\n- Quán triệt Chỉ thị.", "Các chi, đảng bộ trực thuộc"),
    # the Party committee of the agencies and enterprises, ``Khối`` its only capital
    ("Đảng ủy Khối cơ quan và doanh nghiệp tỉnh chỉ đạo các tổ chức đảng trực thuộc.",
     "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"),
])
def test_party_units_that_open_a_directives_task(clause: str, actor: str) -> None:
    doc = vbcd.parse("CHỈ THỊ\nvề tăng cường công tác tuyên truyền\n\n"
                     "Ban Thường vụ Huyện ủy yêu cầu:\n\n1. " + clause + "\n"
                     "2. Giao Văn phòng Huyện ủy theo dõi, đôn đốc.\n")
    assert ("1", actor) in [(a.clause, a.actor) for a in doc.assignments]


REPORT_HEAD = ("BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính năm 2025\n\n"
               "I. KẾT QUẢ THỰC HIỆN\nỦy ban nhân dân huyện đã triển khai các nhiệm vụ.\n"
               "II. KIẾN NGHỊ, ĐỀ XUẤT\n")


@pytest.mark.parametrize(("item", "expected"), [
    ("1. Kiến nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí.",
     [("II/1", "Ủy ban nhân dân tỉnh", "responsible")]),
    ("a) Kiến nghị với Sở Nội vụ tổ chức tập huấn nghiệp vụ.",
     [("II/a", "Sở Nội vụ", "responsible")]),
    ("1. Đề nghị Sở Tài chính bổ sung kinh phí. Kiến nghị Bộ Tài chính sớm ban hành "
     "hướng dẫn.",
     [("II/1", "Sở Tài chính", "responsible"), ("II/1", "Bộ Tài chính", "responsible")]),
    # inside a sentence the request is the subject's own task
    ("1. Thanh tra tỉnh thanh tra việc chấp hành, kiến nghị cơ quan có thẩm quyền xử lý.",
     [("II/1", "Thanh tra tỉnh", "responsible")]),
    ("1. Kiến nghị xử lý kỷ luật đối với 02 công chức vi phạm.", []),
])
def test_kien_nghi_opening_an_item_hands_the_task(
        item: str, expected: list[tuple[str, str, str]]) -> None:
    """A report's ``Kiến nghị, đề xuất`` section asks as ``Đề nghị X`` does, but only
    where ``Kiến nghị`` opens a sentence or an item."""
    assert pairs(REPORT_HEAD + item + "\n") == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("1. Các cơ sở Đoàn tổ chức các hoạt động tình nguyện.",
     [("1", "Các cơ sở Đoàn", "responsible")]),
    ("1. Các cấp bộ đoàn tổ chức ra quân đồng loạt.",
     [("1", "Các cấp bộ đoàn", "responsible")]),
    ("1. Ban Thường vụ Huyện đoàn chỉ đạo các cơ sở Đoàn tổ chức ra quân.",
     [("1", "Ban Thường vụ Huyện đoàn", "lead"), ("1", "các cơ sở Đoàn", "directed")]),
    # a delegation's name still holds its task word
    ("1. Giao Đoàn kiểm tra số 2 tổ chức kiểm tra.",
     [("1", "Đoàn kiểm tra số 2", "responsible")]),
])
def test_youth_union_units_end_before_to_chuc(
        clause: str, expected: list[tuple[str, str, str]]) -> None:
    """``Đoàn`` after ``cơ sở``, ``bộ`` closes the Youth Union unit's name: ``tổ chức``
    after it is the task, not part of a name as in ``Đoàn kiểm tra``."""
    text = ("KẾ HOẠCH\nTổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025\n\n"
            "Ban Thường vụ Tỉnh đoàn yêu cầu:\n\n" + clause + "\n")
    assert pairs(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a directive's preamble describing shortcomings
    ("Tuy nhiên, vẫn còn hạn chế:\n- Người đứng đầu một số cơ quan chưa quan tâm đúng mức."
     "\nChủ tịch UBND tỉnh yêu cầu:\n1. Sở Xây dựng rà soát.",
     [("1", "Sở Xây dựng", "responsible")]),
    ("Tuy nhiên:\n- Cơ quan chuyên môn chưa tham mưu kịp thời.\n"
     "Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Xây dựng rà soát.",
     [("1", "Sở Xây dựng", "responsible")]),
    # a duty later in the sentence: ``chưa ...`` says which subject is meant
    ("Chủ tịch UBND tỉnh yêu cầu:\n1. Các địa phương chưa hoàn thành phải khẩn trương "
     "hoàn thành.",
     [("1", "Các địa phương chưa hoàn thành", "responsible")]),
])
def test_chua_after_the_subject_reports_a_shortcoming(
        line: str, expected: list[tuple[str, str, str]]) -> None:
    """``X chưa ...`` tells what X has not done, which is no task, unless a duty word
    follows that the whole phrase is the subject of."""
    assert pairs("CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy\n\n" + line
                 + "\n") == expected


THONG_BAO_KL = ("THÔNG BÁO\nKết luận kiểm tra đối với Ban Thường vụ Huyện ủy\n\n"
                "Ủy ban Kiểm tra Tỉnh ủy kết luận như sau:\n")


@pytest.mark.parametrize(("clauses", "expected"), [
    # the violations found: no task
    ("1. Vi phạm, khuyết điểm\n1.1. Ban Thường vụ Huyện ủy buông lỏng lãnh đạo, chỉ đạo, "
     "thiếu kiểm tra, giám sát để xảy ra sai phạm.\n1.2. Đảng ủy xã thiếu kiểm tra, giám "
     "sát việc thực hiện.\n2. Chi bộ vi phạm nguyên tắc tập trung dân chủ.", []),
    # a duty later in the sentence: the shortcoming says which subject is meant
    ("1. Các tổ chức đảng vi phạm phải kiểm điểm nghiêm túc.",
     [("1", "Các tổ chức đảng vi phạm", "responsible")]),
])
def test_a_violation_after_the_subject_is_a_finding(
        clauses: str, expected: list[tuple[str, str, str]]) -> None:
    """An inspection's conclusion states what a committee did wrong (``X buông lỏng lãnh
    đạo``, ``X thiếu kiểm tra``, ``X vi phạm ...``): a finding like ``chưa``, no task."""
    assert pairs(THONG_BAO_KL + clauses + "\n") == expected


@pytest.mark.parametrize(("clause", "actor"), [
    ("1. Tổ giúp việc Ban Chỉ đạo có trách nhiệm tổng hợp, báo cáo.",
     "Tổ giúp việc Ban Chỉ đạo"),
    ("1. Tổ công tác liên ngành có trách nhiệm kiểm tra.", "Tổ công tác liên ngành"),
    ("1. Đoàn kiểm tra liên ngành của tỉnh chịu trách nhiệm về kết quả kiểm tra.",
     "Đoàn kiểm tra liên ngành của tỉnh"),
])
def test_small_name_with_the_body_it_serves_opens_a_duty(clause: str, actor: str) -> None:
    """A working group's name goes on in lower case and may end with the capitalised
    name of the board it serves, before its duty word."""
    assert pairs("KẾ HOẠCH\nTriển khai Tháng hành động vì an toàn thực phẩm\n\n"
                 "Ủy ban nhân dân tỉnh yêu cầu:\n" + clause + "\n") == [("1", actor, "responsible")]


@pytest.mark.parametrize(("clause", "expected"), [
    ("1. Cơ quan thường trực: Sở Nội vụ.", [("1", "Sở Nội vụ", "responsible")]),
    ("1. Tuyên truyền về an toàn thực phẩm (cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: "
     "Sở Công Thương, Sở Tài chính).",
     [("1", "Sở Y tế", "lead"), ("1", "Sở Công Thương", "coordinate"),
      ("1", "Sở Tài chính", "coordinate")]),
    ("1. Rà soát thủ tục.\na) Cơ quan phối hợp: các cơ quan, đơn vị; b) Thời gian thực "
     "hiện: Quý IV.",
     [("1", "các cơ quan, đơn vị", "coordinate")]),
])
def test_plan_field_labels_name_their_actors(
        clause: str, expected: list[tuple[str, str, str]]) -> None:
    """A plan's field labels: the standing agency, and a label's actors ending at the
    bracket they stand in or at the next inline item's marker; the first label in the
    bracket names the lead."""
    assert pairs("KẾ HOẠCH\nTriển khai Tháng hành động vì an toàn thực phẩm\n\n"
                 "Ủy ban nhân dân tỉnh yêu cầu:\n" + clause + "\n") == expected


def test_a_councils_delegation_groups_start_an_item_of_the_supervisors() -> None:
    """``Thường trực HĐND tỉnh, các Ban HĐND tỉnh, Tổ đại biểu HĐND tỉnh và ...``: the
    capitalised ``Tổ đại biểu`` opens an item of the list though ``Tổ`` alone heads an
    actor only before a capital."""
    got = pairs("NGHỊ QUYẾT\nVề việc thông qua đề án\n\nQUYẾT NGHỊ:\n\n"
                "Điều 1. Thông qua đề án.\nĐiều 2. Thường trực Hội đồng nhân dân tỉnh, các Ban "
                "Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội "
                "đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n")
    actors = [a for _, a, _ in got]
    assert "các Ban Hội đồng nhân dân tỉnh" in actors
    assert any(a.startswith("Tổ đại biểu Hội đồng nhân dân tỉnh") for a in actors)


def test_a_communitys_digital_team_opening_a_clause_is_its_actor() -> None:
    """``Tổ công nghệ số cộng đồng`` (every commune's and village's team since 2022) is
    a body: opening a plan's item, it is the item's actor, with the villages it serves."""
    got = pairs("KẾ HOẠCH\nChuyển đổi số năm 2025\n\n1. Ủy ban nhân dân xã chủ trì xây "
                "dựng kế hoạch.\n2. Tổ công nghệ số cộng đồng các ấp hướng dẫn người dân cài "
                "đặt, sử dụng VNeID; thực hiện thường xuyên.\n")
    assert ("2", "Tổ công nghệ số cộng đồng các ấp", "responsible") in got


def test_a_circulars_department_in_lowercase_is_the_whole_actor() -> None:
    """``Trách nhiệm thi hành`` of a circular names the ministry's departments, whose
    names are capitalised on their first word only: the actor is the whole name."""
    doc = vbcd.parse("Điều 6. Trách nhiệm thi hành\n1. Vụ Hành chính sự nghiệp chủ trì, "
                     "phối hợp với các đơn vị liên quan hướng dẫn, kiểm tra việc thực hiện.\n"
                     "2. Vụ trưởng Vụ Chính sách thuế chịu trách nhiệm thi hành Thông tư này.\n")
    assert [(a.clause, a.actor) for a in doc.assignments if a.role != "coordinate"] == [
        ("Điều 6/1", "Vụ Hành chính sự nghiệp"), ("Điều 6/2", "Vụ trưởng Vụ Chính sách thuế")]


@pytest.mark.parametrize("closing", [
    "Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.",
    "Để kịp thời triển khai, Sở Tài chính kính trình UBND tỉnh xem xét, phê duyệt./.",
    "Trên đây là báo cáo kết quả, UBND huyện kính báo cáo UBND tỉnh xem xét, chỉ đạo./.",
])
def test_the_writer_submitting_its_document_is_no_task(closing: str) -> None:
    """``X kính trình Y xem xét, quyết định`` (and ``kính báo cáo``) is the writer
    addressing its superior in a tờ trình's or report's closing, not a task given to X;
    the clauses still give theirs."""
    doc = vbcd.parse("TỜ TRÌNH\nĐề nghị phê duyệt Kế hoạch\n\nKính trình: Ủy ban nhân dân "
                     "tỉnh.\n\n1. Sở Y tế kiểm tra, báo cáo.\n2. Kinh phí thực hiện.\n\n"
                     + closing + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert [(a.clause, a.actor) for a in doc.assignments] == [("1", "Sở Y tế")]


def test_an_office_relaying_its_leaders_opinion_is_no_actor() -> None:
    """``Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Chủ tịch UBND tỉnh như
    sau:`` opens a letter that relays a leader's opinion: the tasks below are the
    organs', the office that relays them gets none."""
    doc = vbcd.parse(
        "UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\nSố: 123/VP-KT\nV/v xử lý hồ sơ dự án\n\n"
        "Kính gửi: Sở Xây dựng.\n\nVăn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của "
        "Chủ tịch UBND tỉnh như sau:\nGiao Sở Xây dựng chủ trì kiểm tra, báo cáo UBND "
        "tỉnh.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert [a.actor for a in doc.assignments] == ["Sở Xây dựng"]


@pytest.mark.parametrize(("clause", "actor"), [
    ("1. Các cơ quan, đơn vị không tổ chức đi chúc Tết cấp trên.", "Các cơ quan, đơn vị"),
    ("1. Các cấp ủy, tổ chức đảng không tổ chức đi thăm, chúc Tết lãnh đạo cấp trên.",
     "Các cấp ủy, tổ chức đảng"),
    ("1. Các huyện ủy, thành ủy tuyệt đối không để người dân nào không có Tết.",
     "Các huyện ủy, thành ủy"),
])
def test_a_ban_opens_the_task_after_its_actor(clause: str, actor: str) -> None:
    """A negation before the task word (``không tổ chức``, ``tuyệt đối không để``) is
    the task, a ban: the actor ends before it."""
    assert pairs("THÔNG TRI\nvề lãnh đạo tổ chức Tết Nguyên đán Giáp Thìn năm 2024\n\n"
                 "Ban Thường vụ Tỉnh ủy yêu cầu:\n" + clause + "\n") == [
                     ("1", actor, "responsible")]


# --- a letter's addressee and issuer named by reference --------------------------------

REF_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 1234/UBND-KGVX\n"
          "V/v triển khai công tác năm 2024\nQuảng Nam, ngày 12 tháng 3 năm 2024\n")
REF_END = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Tân\n"


def test_form_of_address_is_the_addressee() -> None:
    text = REF_HEAD + ("Kính gửi: Sở Y tế.\nĐề nghị Quý cơ quan chủ động triển khai các biện pháp "
                     "phòng, chống dịch, báo cáo UBND tỉnh trước ngày 30/3/2024./." + REF_END)
    assert actors(text) == ["Sở Y tế"]
    bo = REF_HEAD + ("Kính gửi: Bộ Giao thông vận tải.\nUBND tỉnh kính đề nghị Quý Bộ quan tâm, "
                   "xem xét bố trí vốn cho dự án./." + REF_END)
    assert actors(bo) == ["Bộ Giao thông vận tải"]


def test_bare_head_is_the_one_addressee_it_opens() -> None:
    text = REF_HEAD + ("Kính gửi: Sở Tài nguyên và Môi trường.\nUBND tỉnh yêu cầu Sở khẩn trương "
                     "rà soát, báo cáo UBND tỉnh./." + REF_END)
    assert actors(text) == ["Sở Tài nguyên và Môi trường"]


def test_person_form_of_address_is_the_addressee() -> None:
    """A letter answering a citizen asks him by ``ông``/``bà`` alone: the addressee."""
    addr = "Kính gửi: Ông Nguyễn Văn Tâm\nĐịa chỉ: xóm 5, xã Nghi Phong, huyện Nghi Lộc.\n"
    text = REF_HEAD + addr + ("UBND tỉnh nhận được đơn của ông. Đề nghị ông liên hệ với UBND "
                              "huyện Nghi Lộc để được hướng dẫn./." + REF_END)
    assert actors(text) == ["Ông Nguyễn Văn Tâm"]
    both = REF_HEAD + addr + ("Vậy, đề nghị ông/bà bổ sung hồ sơ và gửi về Bộ phận một cửa "
                              "UBND huyện./." + REF_END)
    assert actors(both) == ["Ông Nguyễn Văn Tâm"]
    capital = REF_HEAD + addr + ("Đề nghị Ông (Bà) liên hệ trực tiếp với Văn phòng đăng ký "
                                 "đất đai để được giải quyết./." + REF_END)
    assert actors(capital) == ["Ông Nguyễn Văn Tâm"]


def test_person_form_of_address_without_a_person_addressee_is_no_actor() -> None:
    text = REF_HEAD + ("Kính gửi: UBND các huyện, thị xã.\nĐề nghị ông, bà Chủ tịch UBND các "
                       "huyện chỉ đạo thực hiện./." + REF_END)
    assert actors(text) == ["Chủ tịch UBND các huyện"]


def test_issuer_answering_is_no_task() -> None:
    text = REF_HEAD + ("Kính gửi: Ông Nguyễn Văn Tâm\nĐịa chỉ: xóm 5, xã Nghi Phong.\n"
                       "UBND tỉnh nhận được đơn của ông. Sau khi xem xét, UBND tỉnh trả lời như "
                       "sau: hồ sơ của ông đã được chuyển UBND huyện giải quyết./." + REF_END)
    assert actors(text) == []


def test_short_name_is_the_addressee() -> None:
    text = REF_HEAD + ("Kính gửi: Công ty TNHH Minh Phát (sau đây gọi là Doanh nghiệp).\n"
                       "Đề nghị Doanh nghiệp liên hệ với Sở Kế hoạch và Đầu tư để được hướng "
                       "dẫn./." + REF_END)
    assert actors(text) == ["Công ty TNHH Minh Phát"]


def test_issuer_reporting_is_no_task() -> None:
    text = REF_HEAD + ("Kính gửi: Bộ Tài chính.\nQua rà soát, Sở Kế hoạch và Đầu tư đã tổng hợp 25 "
                     "dự án chậm tiến độ.\nUBND tỉnh báo cáo Bộ Tài chính biết, tổng hợp./."
                     + REF_END)
    assert actors(text) == []
    given = REF_HEAD + ("Kính gửi: Bộ Tài chính.\nGiao Sở Tài chính báo cáo Bộ Tài chính trước "
                      "ngày 30/3/2024./." + REF_END)
    assert actors(given) == ["Sở Tài chính"]


def test_duoc_giao_recalls_a_task() -> None:
    text = REF_HEAD + ("Kính gửi: Sở Nội vụ.\nSở Nội vụ được giao chủ trì, phối hợp với các cơ quan "
                     "liên quan hoàn thiện Đề án, trình UBND tỉnh trong tháng 5/2024./."
                     + REF_END)
    assert pairs(text)[0] == ("", "Sở Nội vụ", "lead")
    done = REF_HEAD + ("Kính gửi: Sở Nội vụ.\nSở Nội vụ đã được giao chủ trì hoàn thiện Đề án."
                     "\nUBND tỉnh đề nghị Sở Tài chính bố trí kinh phí./." + REF_END)
    assert actors(done) == ["Sở Tài chính"]


def test_issuer_recounting_its_mandate_is_no_task() -> None:
    text = ("BỘ NỘI VỤ\nSố: 99/BNV-CQĐP\nV/v thông tin\nHà Nội, ngày 1 tháng 3 năm 2025\n"
            "Kính gửi: Bộ Tư pháp.\nBộ Nội vụ được giao chủ trì xây dựng Nghị định hướng dẫn "
            "Luật.\nĐề nghị Bộ Tư pháp phối hợp thẩm định./." + REF_END)
    assert actors(text) == ["Bộ Tư pháp"]


@pytest.mark.parametrize("task", [
    "nộp bổ sung hồ sơ trong thời hạn 10 ngày làm việc",
    "kê khai, nộp thuế theo quy định",
    "nộp hồ sơ hoàn thuế về Thuế tỉnh",
    "lập hóa đơn điều chỉnh theo quy định",
])
def test_a_tax_reply_asks_the_company_to_file(task: str) -> None:
    """A tax office's reply asks the company it answers to file, declare, invoice and
    pay: the company is the actor of those verbs."""
    text = REF_HEAD + ("Kính gửi: Công ty TNHH Minh Phát.\nĐề nghị Công ty " + task
                       + "./." + REF_END)
    assert actors(text) == ["Công ty TNHH Minh Phát"]


@pytest.mark.parametrize(("article", "want"), [
    ("Tham mưu trưởng, Chủ nhiệm Chính trị, Chủ nhiệm Hậu cần - Kỹ thuật chịu trách nhiệm "
     "thi hành Quyết định này./.",
     ["Tham mưu trưởng", "Chủ nhiệm Chính trị", "Chủ nhiệm Hậu cần - Kỹ thuật"]),
    ("Đội trưởng Đội Cảnh sát hình sự, Trưởng Công an các xã, thị trấn chịu trách nhiệm "
     "thi hành Quyết định này./.",
     ["Đội trưởng Đội Cảnh sát hình sự", "Trưởng Công an các xã, thị trấn"]),
    ("Chính ủy, Chỉ huy trưởng, Đồn trưởng Đồn Biên phòng Hòn Sơn chịu trách nhiệm thi "
     "hành Quyết định này./.",
     ["Chính ủy", "Chỉ huy trưởng", "Đồn trưởng Đồn Biên phòng Hòn Sơn"]),
])
def test_army_and_police_officers_carry_out_a_decision(article: str, want: list[str]) -> None:
    """A military or police unit's decision ends with its own officers: the staff chief
    (``Tham mưu trưởng``), team and border-post leaders head their own offices, so each
    is one actor and shares no other's qualifier."""
    text = ("BỘ CHỈ HUY QUÂN SỰ TỈNH BÌNH DƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 567/QĐ-BCH\nBình Dương, ngày 20 tháng 02 năm "
            "2024\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu tuyển quân\nQUYẾT ĐỊNH:\nĐiều 1. Giao "
            "chỉ tiêu cho các đơn vị.\nĐiều 2. " + article + "\nNơi nhận:\n- Lưu: VT.\n"
            "CHỈ HUY TRƯỞNG\nĐại tá Nguyễn Văn Dũng\n")
    assert [actor for clause, actor, _ in pairs(text) if clause == "Điều 2"] == want


@pytest.mark.parametrize(("clause", "expected"), [
    ("Thuế suất 10% áp dụng đối với dịch vụ.", []),
    ("Thuế suất thuế GTGT 8% áp dụng đối với hàng hóa.", []),
    ("Thuế tài nguyên thực hiện theo biểu khung.", []),
    ("Hải quan điện tử triển khai tại các cửa khẩu.", []),
    ("Thuế GTGT 8% thực hiện theo Nghị định.", []),
    ("Thuế tỉnh Nghệ An kiểm tra hồ sơ hoàn thuế.", ["Thuế tỉnh Nghệ An"]),
    ("Hải quan khu vực III thực hiện kiểm tra.", ["Hải quan khu vực III"]),
    ("BHXH các tỉnh, thành phố rà soát số phải thu.", ["BHXH các tỉnh, thành phố"]),
])
def test_a_tax_or_customs_noun_opening_a_clause_is_no_office(clause: str,
                                                             expected: list[str]) -> None:
    """``Thuế``, ``Hải quan``, ``BHXH`` name an office only with a scope after them
    (``Thuế tỉnh Nghệ An``); with another small word they are the common noun that
    opens a finance letter's clause (``Thuế suất 10% áp dụng ...``), not its actor."""
    text = REF_HEAD + "Kính gửi: Sở Tài chính.\n1. " + clause + "\n" + REF_END
    assert actors(text) == expected


@pytest.mark.parametrize(("cue", "actor"), [
    ("Đề nghị các chi nhánh ngân hàng thương mại", "các chi nhánh ngân hàng thương mại"),
    ("Đề nghị các TCTD", "các TCTD"),
    ("Đề nghị các quỹ tín dụng nhân dân", "các quỹ tín dụng nhân dân"),
    ("Đề nghị các Kho bạc Nhà nước khu vực", "các Kho bạc Nhà nước khu vực"),
])
def test_a_banks_letter_asks_its_classes_of_units(cue: str, actor: str) -> None:
    """A central bank's or a treasury's letter asks whole classes of its units
    (branches, credit institutions, credit funds, regional treasuries): the plural
    class is the actor, as ``các sở, ngành`` is in a province's letter."""
    text = REF_HEAD + "Kính gửi: Sở Tài chính.\n" + cue + " báo cáo kết quả./." + REF_END
    assert actors(text) == [actor]


def test_election_bodies_keep_bau_cu_in_their_name() -> None:
    """``cử`` (send) is a task word, but after ``bầu`` it ends the noun ``bầu cử``: the
    election committees, boards and teams are named whole, and ``Sở Nội vụ cử cán bộ``
    still gives a task."""
    text = HEAD + (
        "1. Ủy ban bầu cử các xã, phường triển khai thực hiện các nhiệm vụ theo thẩm quyền.\n"
        "2. Tổ bầu cử có nhiệm vụ niêm yết danh sách cử tri.\n"
        "3. Sở Nội vụ cử cán bộ tham gia Đoàn kiểm tra.\n"
    )
    assert pairs(text) == [("1", "Ủy ban bầu cử các xã, phường", "responsible"),
                           ("2", "Tổ bầu cử", "responsible"),
                           ("3", "Sở Nội vụ", "responsible")]
    units = HEAD + "1. Đơn vị bầu cử số 1: gồm các phường Kinh Bắc, Võ Cường, Vũ Ninh.\n"
    assert actors(units) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Điều 2. Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy và các đồng chí có tên tại Điều 1 thi "
     "hành Quyết định này.", "các đồng chí có tên tại Điều 1"),
    ("Điều 2. Văn phòng Đảng ủy, Ban Tổ chức Đảng ủy và đồng chí có tên tại Điều 1 thi hành "
     "Quyết định này.", "đồng chí có tên tại Điều 1"),
])
def test_party_execution_formula_refers_to_the_named_persons(text: str, actor: str) -> None:
    """The Party's last article ends ``... thi hành Quyết định này``: the persons named
    in Điều 1 are referred back to whole, as before ``căn cứ Quyết định thi hành``."""
    assert vbcd.parse(text).assignments[-1].actor == actor


@pytest.mark.parametrize(("clause", "actor"), [
    ("Giáo viên chủ nhiệm các lớp phổ biến nội quy cho học sinh.",
     "Giáo viên chủ nhiệm các lớp"),
    ("Tổ trưởng chuyên môn nộp đề kiểm tra trước ngày 20/3/2024.", "Tổ trưởng chuyên môn"),
    ("Trạm trưởng Trạm Y tế các xã rà soát đối tượng tiêm chủng.",
     "Trạm trưởng Trạm Y tế các xã"),
])
def test_school_and_health_staff_open_their_clause(clause: str, actor: str) -> None:
    """A school's or a health station's staff title opening a clause is its actor, the
    verb after it (``nộp đề``, ``rà soát``) its task."""
    text = REF_HEAD + "Kính gửi: Các trường.\n1. " + clause + "\n2. Báo cáo kết quả./." + REF_END
    assert actors(text)[:1] == [actor]


def test_heads_of_a_hospitals_departments_execute_the_decision() -> None:
    """``Trưởng các khoa, phòng`` is a class of heads, as ``Trưởng các phòng, ban`` is:
    the decision's last article names it as an actor."""
    text = ("SỞ Y TẾ THANH HÓA\nTRUNG TÂM Y TẾ HUYỆN NGA SƠN\nSố: 256/QĐ-TTYT\nNga Sơn, ngày 02 "
            "tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc thành lập Đội cơ động\n\nQUYẾT ĐỊNH:\n"
            "Điều 1. Thành lập Đội cơ động.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Trưởng phòng Kế hoạch - Nghiệp vụ, Trưởng các khoa, phòng và các ông, bà "
            "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n"
            "- Như Điều 3;\n- Lưu: VT.\nGIÁM ĐỐC\nPhạm Văn Hải\n")
    assert actors(text) == ["Trưởng phòng Kế hoạch - Nghiệp vụ", "Trưởng các khoa, phòng",
                            "các ông, bà có tên tại Điều 1"]


def test_continuing_education_is_no_manner_adverb() -> None:
    """``giáo dục thường xuyên`` names a kind of school: its ``thường xuyên`` does not
    end the actor as the adverb ``thường xuyên`` (regularly) would."""
    text = REF_HEAD + ("Kính gửi: Các cơ sở giáo dục.\n1. Các cơ sở giáo dục mầm non, phổ thông, "
                       "giáo dục thường xuyên thực hiện nghiêm túc.\n2. Báo cáo kết quả./."
                       + REF_END)
    assert actors(text)[0] == "Các cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên"


@pytest.mark.parametrize("heading", ["Kiến nghị Thủ tướng Chính phủ",
                                     "Đối với Thủ tướng Chính phủ"])
def test_a_heading_naming_an_organ_then_a_capitalised_cue_on_the_next_line(
        heading: str) -> None:
    """An inspection's recommendations head each clause with whom they go to (``Kiến
    nghị Thủ tướng Chính phủ``) and give the task on the next line (``Giao Bộ ...
    chủ trì``): the capitalised cue opens a sentence of its own, so the agency it hands
    the task to is assigned, not run into the heading's actor; ``Sở`` / ``Giao thông
    vận tải`` is still one name wrapped."""
    got = pairs(HEAD + f"1. {heading}\nGiao Bộ Tài nguyên và Môi trường chủ trì, rà soát "
                "các dự án.\n2. Đối với Chủ tịch UBND tỉnh\nChỉ đạo thu hồi.\n")
    assert ("1", "Bộ Tài nguyên và Môi trường", "lead") in got
    assert ("1", "Sở Giao thông vận tải", "lead") in pairs(
        HEAD + "1. Giao Sở\nGiao thông vận tải chủ trì rà soát.\n")


@pytest.mark.parametrize("cell", [
    "| Thứ Hai 24/11 | 8h00 | Chủ tịch UBND tỉnh họp giao ban | Phòng họp số 3 | VP UBND tỉnh |",
    "Sáng 24/11 (8h00)\nHọp giao ban\nPhòng họp số 2\nVăn phòng UBND tỉnh",
])
def test_a_briefing_is_no_cue(cell: str) -> None:
    """``họp giao ban`` is a routine briefing, not ``giao`` handing a task to a ``Ban``:
    a schedule's next cell or line (the meeting room) is no actor."""
    text = "THÔNG BÁO\nLịch công tác tuần của lãnh đạo UBND tỉnh\n\n" + cell + "\n"
    assert not [a for a in vbcd.parse(text).assignments if a.actor.lower().startswith("ban")]


@pytest.mark.parametrize(("line", "want"), [
    ("Chuẩn bị: Văn phòng UBND tỉnh.", "Văn phòng UBND tỉnh"),
    ("Cơ quan chuẩn bị: Sở Nội vụ.", "Sở Nội vụ"),
])
def test_a_schedules_preparing_organ_is_an_actor(line: str, want: str) -> None:
    """A work schedule names under each meeting the organ that prepares it (``Chuẩn bị:
    X``): X is given that task."""
    text = ("THÔNG BÁO\nLịch công tác tuần của lãnh đạo UBND tỉnh\n\nThứ Hai (24/11):\n"
            "- 8h00: Chủ tịch UBND tỉnh nghe báo cáo quy hoạch.\nĐịa điểm: Phòng họp số 1.\n"
            + line + "\n")
    assert want in [a.actor for a in vbcd.parse(text).assignments]


def test_a_leaders_trip_ends_the_actor() -> None:
    """A work schedule sends a leader on a trip (``đi kiểm tra``, ``đi công tác``): the
    trip opens the task, so the actor ends at the leader's name. (Under a schedule's
    own title, ``Lịch công tác tuần ...``, the leaders' entries are the schedule and
    no task at all: test_r14_sg.)"""
    text = ("THÔNG BÁO\nPhân công công tác tuần của lãnh đạo UBND tỉnh\n\nThứ Ba (25/11):\n"
            "- 8h00: Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ đi kiểm tra thực địa tại xã Yên "
            "Phong.\n- 14h00: Phó Chủ tịch UBND tỉnh Trần Văn Hùng đi công tác tại Hà Nội.\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == ["Nguyễn Văn Đệ", "Trần Văn Hùng"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Trung tâm Phát triển quỹ đất huyện và "
     "các hộ gia đình, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Trung tâm Phát triển quỹ đất huyện",
      "các hộ gia đình, cá nhân có tên tại Điều 1"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Chủ tịch UBND xã Bình Dương và hộ gia đình, cá "
     "nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND xã Bình Dương",
      "hộ gia đình, cá nhân có tên tại Điều 1"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Chủ tịch UBND xã Bình Dương và hộ ông Nguyễn Văn "
     "An chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND xã Bình Dương", "Nguyễn Văn An"]),
])
def test_households_a_land_decision_names_execute_it(line: str, expected: list[str]) -> None:
    """A land decision's last article ends its list with the households whose land it
    recovers (``các hộ gia đình, cá nhân có tên tại Điều 1``, ``hộ ông Nguyễn Văn A``):
    an item of its own, the one before it kept whole."""
    assert actors(ARTICLE_HEAD + line + "\n") == expected


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("1. Sở Xây dựng\nChỉ đạo UBND các xã, phường, thị trấn ra quân giải tỏa hành lang "
         "an toàn đường bộ.\n", "UBND các xã, phường, thị trấn"),
        ("1. UBND các xã ra quân lập lại trật tự hành lang an toàn giao thông.\n",
         "UBND các xã"),
        ("1. Chỉ đạo Công an các huyện xử phạt nghiêm các trường hợp vi phạm.\n",
         "Công an các huyện"),
    ],
)
def test_road_works_open_the_task_of_a_traffic_safety_plan(body: str, actor: str) -> None:
    """The works a traffic-safety plan hands out (``ra quân``, ``giải tỏa``, ``xử phạt``
    ...) open the actor's task: the actor ends before them."""
    assert actor in actors("KẾ HOẠCH\n\n" + body)


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("1. Các Khu Quản lý đường bộ chỉ đạo các nhà thầu bảo dưỡng thường xuyên tăng "
         "cường tuần đường.\n", "Các Khu Quản lý đường bộ"),
        ("1. Các Cảng vụ hàng hải tăng cường kiểm tra tàu thuyền.\n", "Các Cảng vụ hàng hải"),
    ],
)
def test_road_offices_and_port_authorities_as_a_class(body: str, actor: str) -> None:
    """The road administration's regional offices and the port authorities, as a class
    (``Các Khu Quản lý đường bộ``), open a clause as its actor like ``Các Sở``."""
    assert actor in actors("CÔNG VĂN\n\n" + body)


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Giao Trưởng thôn, Tổ trưởng tổ dân phố phối hợp với Công an xã nắm tình hình "
     "địa bàn.", ["Trưởng thôn", "Tổ trưởng tổ dân phố", "Công an xã"]),
    ("1. Trưởng thôn rà soát, lập danh sách các hộ nghèo.", ["Trưởng thôn"]),
    ("1. Giao Trưởng bản Nà Pồng vận động nhân dân tham gia.", ["Trưởng bản Nà Pồng"]),
    ("1. Bí thư Chi bộ, Trưởng thôn chịu trách nhiệm trước Chủ tịch UBND xã.",
     ["Bí thư Chi bộ", "Trưởng thôn"]),
])
def test_a_village_head_is_an_actor(line: str, expected: list[str]) -> None:
    """Since the 2025 reform communes hand tasks to the head of one village or quarter
    (``Trưởng thôn``, ``Trưởng bản``), written in the singular: an office by itself, so a
    title listed after it (``Tổ trưởng tổ dân phố``) is a second actor, not its qualifier."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔ LƯƠNG\nSố: 99/UBND-VP\nV/v triển khai nhiệm vụ\n"
            "Kính gửi: Các phòng, ban, đơn vị thuộc UBND xã\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Công chức Tư pháp - Hộ tịch rà soát, cập nhật dữ liệu hộ tịch.",
     ["Công chức Tư pháp - Hộ tịch"]),
    ("1. Giao công chức Văn hóa - Xã hội xã theo dõi, tổng hợp kết quả.",
     ["công chức Văn hóa - Xã hội xã"]),
    ("1. Công chức hải quan kiểm tra, đối chiếu hồ sơ.", []),
])
def test_a_communes_civil_servant_named_by_field_is_an_actor(
        line: str, expected: list[str]) -> None:
    """A commune hands tasks to the civil servant of a field (``Công chức Tư pháp - Hộ
    tịch``), named by a capitalised word; the class of staff a procedure describes
    (``công chức hải quan kiểm tra ...``) is no actor."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔ LƯƠNG\nSố: 99/UBND-VP\nV/v triển khai nhiệm vụ\n"
            "Kính gửi: Các phòng, ban, đơn vị thuộc UBND xã\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Ban công tác Mặt trận các thôn tổ chức vận động nhân dân.",
     ["Ban công tác Mặt trận các thôn"]),
    ("1. Chi ủy chỉ đạo Ban công tác Mặt trận thôn vận động nhân dân.",
     ["Chi ủy", "Ban công tác Mặt trận thôn"]),
    ("1. Đề nghị các hợp tác xã và Trưởng các thôn đăng ký diện tích gửi về Phòng Kinh tế.",
     ["các hợp tác xã", "Trưởng các thôn"]),
    ("1. Đoàn Thanh niên xã ra quân tổng vệ sinh môi trường.", ["Đoàn Thanh niên xã"]),
])
def test_a_communes_village_bodies_and_their_tasks(line: str, expected: list[str]) -> None:
    """A commune's letters task the bodies of its villages (``Chi ủy``, ``Ban công tác
    Mặt trận``, also at a sentence's start) with their usual words (``đăng ký diện tích``,
    ``ra quân``), which end the actor."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔ LƯƠNG\nSố: 99/UBND-VP\nV/v triển khai nhiệm vụ\n"
            "Kính gửi: Các phòng, ban, đơn vị thuộc UBND xã\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Ông Hoàng Văn Dũng và 05 hộ dân thôn Tân Định phản ánh việc ô nhiễm môi trường. "
     "Giao Chánh Thanh tra tỉnh kiểm tra, xử lý.", ["Chánh Thanh tra tỉnh"]),
    ("1. Bà Lê Thị Cúc khiếu nại Quyết định số 456/QĐ-UBND của Chủ tịch UBND huyện.", []),
    ("1. Ông Nguyễn Văn Tâm tố cáo ông Phạm Văn Lực vi phạm pháp luật về đất đai.", []),
    ("1. Bà Lê Thị Cúc có quyền khởi kiện vụ án hành chính tại Tòa án nhân dân.", []),
    ("1. Bà Lê Thị Cúc không đồng ý với Quyết định giải quyết khiếu nại lần đầu nên tiếp "
     "tục khiếu nại đến Chủ tịch UBND tỉnh.", []),
])
def test_a_citizens_complaint_or_right_is_no_task(line: str, expected: list[str]) -> None:
    """A notice of a reception day or a complaint decision states what a citizen
    complains of (``khiếu nại``, ``tố cáo``, ``phản ánh việc``) and the rights left to
    him (``có quyền khởi kiện``): claims and rights, not tasks; the chair's assignment
    after them is."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/TB-UBND\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Ông Trần Văn Bình, trú tại thôn 2, xã Hải Phú, huyện Hải Lăng, đề nghị UBND huyện "
     "Hải Lăng xem xét bồi thường.", []),
    ("1. Bà Lê Thị Cúc yêu cầu UBND xã Hải Phú cấp Giấy chứng nhận quyền sử dụng đất.", []),
    ("1. Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh yêu cầu UBND huyện Hải Lăng xem xét "
     "bồi thường.", ["UBND huyện Hải Lăng"]),
    ("1. Sở Y tế đề nghị UBND huyện Hải Lăng xem xét bồi thường.", ["UBND huyện Hải Lăng"]),
])
def test_a_citizens_request_hands_no_task(line: str, expected: list[str]) -> None:
    """A reception notice reports what a citizen asks of an organ (``Ông B, trú tại
    ..., đề nghị UBND huyện X bồi thường``): the organ is handed no task by the
    document; an official's or an organ's request (a title before the cue) still is."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/TB-UBND\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Tổ đại biểu số 1 tiếp xúc cử tri tại xã Diễn Châu.", ["Tổ đại biểu số 1"]),
    ("2. Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội chỉ đạo Văn phòng Quốc hội "
     "bảo đảm các điều kiện.",
     ["Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội", "Văn phòng Quốc hội"]),
    ("3. Đoàn ĐBQH tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng.", ["Đoàn ĐBQH tỉnh"]),
    ("4. Các cơ quan trả lời cử tri trước ngày 15/12/2025.", ["Các cơ quan"]),
])
def test_national_assembly_actors_and_tasks(line: str, expected: list[str]) -> None:
    """A deputies' group meets voters (``tiếp xúc cử tri``, a task word that ends the
    actor), the Assembly's Secretary General directs its Office."""
    text = ("ĐOÀN ĐBQH TỈNH NGHỆ AN\nSố: 85/KH-ĐĐBQH\nKẾ HOẠCH\nTiếp xúc cử tri\n"
            "II. TỔ CHỨC THỰC HIỆN\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Các sở, ban, ngành, căn cứ chức năng, nhiệm vụ được giao, chủ động triển khai "
     "thực hiện.", ["Các sở, ban, ngành"]),
    ("1. UBND các xã, phường, theo chức năng, nhiệm vụ, khẩn trương rà soát, báo cáo.",
     ["UBND các xã, phường"]),
    ("1. Sở Tài chính, căn cứ chức năng, nhiệm vụ, chủ trì tham mưu UBND tỉnh.",
     ["Sở Tài chính"]),
    ("1. Thủ trưởng các sở, ban, ngành, theo thẩm quyền, chỉ đạo xử lý nghiêm vi phạm.",
     ["Thủ trưởng các sở, ban, ngành"]),
])
def test_a_scope_aside_between_commas_ends_the_actor(line: str, expected: list[str]) -> None:
    """The scope an actor acts within, set off by commas (``..., căn cứ chức năng, nhiệm
    vụ được giao, ...``), opens the task: between commas it is no noun of the list."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 99/UBND-KT\nV/v triển khai nhiệm vụ\n"
            "Kính gửi: Các sở, ban, ngành tỉnh\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


@pytest.mark.parametrize(("line", "actor", "deadline"), [
    ("1. Đến ngày 31/12/2025, các chủ đầu tư phải hoàn thành giải ngân 100% kế hoạch vốn.",
     "các chủ đầu tư", "2025-12-31"),
    ("1. Đến hết ngày 30/11/2025, UBND các xã, phường phải hoàn thành công tác bồi thường.",
     "UBND các xã, phường", "2025-11-30"),
    ("1. Hạn chót ngày 05/12/2025, các đơn vị gửi hồ sơ về Sở Nội vụ.",
     "các đơn vị", "2025-12-05"),
])
def test_a_deadline_fronted_before_the_subject(line: str, actor: str, deadline: str) -> None:
    """A deadline written before the obligation (``Đến ngày X, ...``, ``Hạn chót ngày X,
    ...``) is read as a fronted clause: the subject after its comma is the actor, the day
    the task's deadline."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 99/UBND-KT\nV/v giải ngân vốn đầu tư\n"
            "Kính gửi: Các sở, ban, ngành tỉnh\n" + line + "\n")
    got = [(a.actor, str(a.deadline)) for a in vbcd.parse(text).assignments]
    assert got == [(actor, deadline)]


@pytest.mark.parametrize(("line", "expected"), [
    ("Điều 3. Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     ["Các ông, bà có tên tại Điều 1"]),
    ("Điều 3. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     ["Các ông (bà) có tên tại Điều 1"]),
    ("Điều 3. Ông (bà) có tên tại Điều 1 và Thủ trưởng các cơ quan liên quan chịu trách "
     "nhiệm thi hành Quyết định này./.",
     ["Ông (bà) có tên tại Điều 1", "Thủ trưởng các cơ quan liên quan"]),
    # before a colon the words stay an honorific before the officials
    ("Điều 3. Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách "
     "nhiệm thi hành Quyết định này./.", ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ"]),
])
def test_persons_named_in_article_one_open_the_article(line: str, expected: list[str]) -> None:
    """A personnel decision's last article may open with the persons it names (``Các
    ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành``): an actor, no honorific."""
    assert actors(ARTICLE_HEAD + line + "\n") == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Trưởng thôn thông báo đến từng hộ gia đình về lịch tiêm chủng.", ["Trưởng thôn"]),
    ("1. UBND xã thông báo công khai danh sách các hộ được hỗ trợ.", ["UBND xã"]),
    ("1. Các trường học thông báo cho cha mẹ học sinh.", ["Các trường học"]),
    # the issuer informing the addressees: its own act
    ("Ủy ban nhân dân tỉnh thông báo cho các cơ quan, đơn vị biết, thực hiện./.", []),
])
def test_thong_bao_to_people_is_a_task(line: str, expected: list[str]) -> None:
    """``thông báo`` telling people (``đến``, ``cho``) or publishing (``công khai``) is
    the task of whoever is told to do it; the issuer's own formula is none."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 99/UBND-VX\nV/v triển khai tiêm chủng\n"
            "Kính gửi: UBND các xã, phường\n" + line + "\n")
    assert [a.actor for a in vbcd.parse(text).assignments] == expected


def test_the_issuer_named_with_its_parents_place_informing_is_no_task() -> None:
    """The issuer may name itself with the place of the body above it (``Sở Công Thương
    Lào Cai`` under ``UBND TỈNH LÀO CAI`` / ``SỞ CÔNG THƯƠNG``): its closing formula
    (``... thông báo cho các đơn vị được biết và thực hiện./.``) is its own act."""
    text = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 189/TB-SCT\n\nTHÔNG BÁO\n"
            "Kết quả kiểm tra việc sử dụng vật liệu nổ công nghiệp\n\n"
            "1. Công ty X tiếp tục tăng cường công tác quản lý.\n"
            "Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.\n")
    assert actors(text) == ["Công ty X"]


def test_an_inspection_conclusions_findings_give_no_task() -> None:
    """The findings of an inspection conclusion (``II. KẾT QUẢ KIỂM TRA, XÁC MINH``)
    tell what was done or not (``UBND huyện Đại Lộc chậm triển khai ...``); its
    recommendations (``Kiến nghị``, ``Giao``) still give tasks."""
    text = ("THANH TRA TỈNH QUẢNG NAM\nSố: 12/KL-TTr\n\nKẾT LUẬN THANH TRA\n"
            "Việc thực hiện chính sách hỗ trợ\n\n"
            "I. KHÁI QUÁT CHUNG\nSở Y tế là cơ quan chuyên môn thuộc UBND tỉnh.\n"
            "II. KẾT QUẢ KIỂM TRA, XÁC MINH\n1. Việc ban hành văn bản\n"
            "a) UBND huyện Đại Lộc chậm triển khai việc rà soát đối tượng.\n"
            "b) Bệnh viện Đa khoa tỉnh tổ chức lựa chọn nhà thầu không đúng quy định.\n"
            "III. KIẾN NGHỊ\n1. Giao UBND huyện Đại Lộc tổ chức kiểm điểm trách nhiệm.\n")
    assert pairs(text) == [("III/1", "UBND huyện Đại Lộc", "responsible")]


_ABBR_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 125/QĐ-UBND\nQUYẾT ĐỊNH\n"
                  "Về việc thành lập Tổ công tác\nQUYẾT ĐỊNH:\n"
                  "Điều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
                  "Điều 3. {}\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("Chánh VP UBND tỉnh, GĐ Sở Tư pháp, Chủ tịch UBND các xã, phường chịu trách nhiệm thi "
     "hành Quyết định này./.",
     ["Chánh VP UBND tỉnh", "GĐ Sở Tư pháp", "Chủ tịch UBND các xã, phường"]),
    ("CVP, GĐ các Sở: Tài chính, Xây dựng; CT UBND các huyện, thành phố chịu trách nhiệm "
     "thi hành Quyết định này./.",
     ["CVP", "GĐ các Sở: Tài chính, Xây dựng", "CT UBND các huyện, thành phố"]),
    ("Chánh VP HĐND-UBND huyện, TP. Tài chính - Kế hoạch, TP. Nội vụ, CT UBND các xã, thị "
     "trấn chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh VP HĐND-UBND huyện", "TP. Tài chính - Kế hoạch", "TP. Nội vụ",
      "CT UBND các xã, thị trấn"]),
    ("Chánh Văn phòng UBND tỉnh, Chủ tịch UBND TP. Vinh chịu trách nhiệm thi hành Quyết "
     "định này./.", ["Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND TP. Vinh"]),
])
def test_abbreviated_titles_head_actors(line: str, expected: list[str]) -> None:
    """Internal decisions abbreviate the titles of their last article (``GĐ``, ``CVP``,
    ``CT``, ``TP.`` Trưởng phòng, ``Chánh VP``): in capitals before an organ, a plural or
    another title each heads an actor, and the dot of ``TP.`` ends no sentence."""
    doc = vbcd.parse(_ABBR_DECISION.format(line))
    assert [a.actor for a in doc.assignments if a.clause == "Điều 3"] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Giao UBND các huyện, TP, TX triển khai thực hiện Chỉ thị số 05/CT-UBND.",
     ["UBND các huyện, TP, TX"]),
    ("Giao Chủ tịch UBND các huyện, thị xã, TP. Vinh tổ chức thực hiện.",
     ["Chủ tịch UBND các huyện, thị xã, TP. Vinh"]),
])
def test_abbreviated_place_goes_on_with_a_place_list(line: str, expected: list[str]) -> None:
    """``TP`` after a plural list of place classes is thành phố, not Trưởng phòng."""
    doc = vbcd.parse(_ABBR_DECISION.format(line))
    assert [a.actor for a in doc.assignments if a.clause == "Điều 3"] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("CVP HĐND&UBND huyện, TP. Nội vụ, CT UBND các xã chịu trách nhiệm thi hành Quyết định "
     "này./.", ["CVP HĐND&UBND huyện", "TP. Nội vụ", "CT UBND các xã"]),
    ("CT, PCT UBND huyện chỉ đạo thực hiện.", ["CT, PCT UBND huyện", "PCT UBND huyện"]),
    ("Giao Đ/c PBT Thường trực Huyện ủy chỉ đạo thực hiện.", ["PBT Thường trực Huyện ủy"]),
])
def test_abbreviated_titles_are_no_capitals_heading(line: str, expected: list[str]) -> None:
    """A line that opens with abbreviated titles and acronyms (``CVP HĐND&UBND huyện``,
    ``CT, PCT UBND huyện``) is an actor list, not a heading in capitals; ``PBT`` after
    ``Đ/c`` is the Party deputy secretary's title, not a name."""
    doc = vbcd.parse(_ABBR_DECISION.format(line))
    assert [a.actor for a in doc.assignments if a.clause == "Điều 3"] == expected


def test_an_organs_term_goes_with_the_actor_not_the_task() -> None:
    """A council or a Party committee is named with its term (``Ban Chấp hành Đảng bộ
    xã khóa I``, ``HĐND tỉnh khóa XIX``, ``nhiệm kỳ 2025 - 2030``): the term is the
    actor's, its task starts after it; ``khóa sổ`` (no numeral) is still a task."""
    text = ("NGHỊ QUYẾT\nĐại hội Đảng bộ xã lần thứ I\n\n"
            "1. Ban Chấp hành Đảng bộ xã khóa I lãnh đạo thực hiện Nghị quyết Đại hội.\n"
            "2. Giao Ban Chấp hành Đảng bộ tỉnh khóa XX cụ thể hóa Nghị quyết.\n"
            "3. HĐND tỉnh nhiệm kỳ 2021 - 2026 giám sát việc thực hiện.\n"
            "4. Kho bạc Nhà nước tỉnh khóa sổ kế toán.\n")
    found = [(a.clause, " ".join(a.actor.split()), a.task.split()[0]) for a in assigns(text)]
    assert found == [
        ("1", "Ban Chấp hành Đảng bộ xã khóa I", "lãnh"),
        ("2", "Ban Chấp hành Đảng bộ tỉnh khóa XX", "cụ"),
        ("3", "HĐND tỉnh nhiệm kỳ 2021 - 2026", "giám"),
        ("4", "Kho bạc Nhà nước tỉnh", "khóa"),
    ]


def test_holding_a_post_is_no_task() -> None:
    """A personnel decision or a congress's result says who holds which post (``Đồng chí
    X giữ chức Phó Bí thư Thường trực Đảng ủy xã``, ``thôi giữ chức``): no task; a
    verb that opens with the same word still is one (``giữ vững``)."""
    text = ("THÔNG BÁO\nKết quả Đại hội\n\n"
            "1. Đồng chí Phạm Thị Hằng giữ chức Phó Bí thư Thường trực Đảng ủy xã.\n"
            "2. Đồng chí Nguyễn Văn Hải thôi giữ chức vụ Bí thư Đảng ủy xã Thăng Long.\n"
            "3. Công an xã giữ vững an ninh trật tự.\n")
    assert actors(text) == ["Công an xã"]


def test_a_sub_committees_head_after_dong_chi_is_a_title() -> None:
    """``Đồng chí Trưởng Tiểu ban Văn kiện``: the head of a congress's sub-committee is
    named by title, not a person whose name is ``Trưởng Tiểu``."""
    text = ("KẾ HOẠCH\nTổ chức Đại hội\n\n"
            "1. Đồng chí Trưởng Tiểu ban Văn kiện chịu trách nhiệm trước Ban Thường vụ.\n")
    assert actors(text) == ["Trưởng Tiểu ban Văn kiện"]


def test_cu_the_hoa_is_a_task_word() -> None:
    """A resolution gives its committee the task of making it concrete (``Giao Ban
    Thường vụ Đảng ủy xã cụ thể hóa Nghị quyết ...``)."""
    text = ("NGHỊ QUYẾT\nĐại hội Đảng bộ xã\n\n"
            "1. Giao Ban Thường vụ Đảng ủy xã cụ thể hóa Nghị quyết thành chương trình.\n"
            "2. Các chi bộ cụ thể hoá Nghị quyết thành kế hoạch của chi bộ.\n")
    assert actors(text) == ["Ban Thường vụ Đảng ủy xã", "Các chi bộ"]


def test_newly_established_units_are_one_actor() -> None:
    """``các xã, phường mới thành lập`` (the 2025 reorganisation's new communes): the
    qualifier goes with the actor, its task follows."""
    text = ("KẾ HOẠCH\nTổ chức đại hội\n\n"
            "1. Đảng ủy các xã, phường mới thành lập khẩn trương hoàn thiện văn kiện.\n")
    assert actors(text) == ["Đảng ủy các xã, phường mới thành lập"]


@pytest.mark.parametrize("verb", [
    "cấp thuốc điều trị dự phòng cho người tiếp xúc gần", "cấp đủ vắc xin cho các xã",
    "cấp bổ sung hóa chất xử lý ổ dịch", "cấp miễn phí thuốc cho người bệnh",
])
def test_cap_that_hands_out_supplies_is_a_task(verb: str) -> None:
    """``cấp`` alone is a level (``UBND cấp xã``); with its object it hands out supplies."""
    text = OPEN_HEAD + ("1. Sở Y tế tổ chức thực hiện.\n"
                        f"2. Trung tâm Kiểm soát bệnh tật tỉnh {verb}.\n")
    assert ("2", "Trung tâm Kiểm soát bệnh tật tỉnh", "responsible") in pairs(text)
