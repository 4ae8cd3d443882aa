"""Site clearance letters (giải phóng mặt bằng): deadlines of their own tasks, the
project's parties named by role, and an alternative body after ``hoặc``."""

from __future__ import annotations

import pytest

import vbcd

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 2315/UBND-CN\nV/v đẩy nhanh tiến độ giải phóng mặt bằng dự án đường ven biển\n"
    "Nghệ An, ngày 05 tháng 6 năm 2025\n\n"
    "Kính gửi:\n- Sở Xây dựng;\n- UBND các xã: Nghi Lộc, Nam Đàn.\n\n"
    "Chủ tịch UBND tỉnh có ý kiến như sau:\n\n"
)
TAIL = (
    "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CN.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n"
)


def parse(body: str) -> vbcd.Document:
    return vbcd.parse(HEAD + body + TAIL)


@pytest.mark.parametrize(("task", "iso"), [
    ("di dời 3 ngôi mộ tại thửa đất số 48, tờ bản đồ số 12 trong tháng 8/2025", "2025-08-31"),
    ("tổ chức kiểm đếm 87 thửa đất còn lại trong tháng 7/2025", "2025-07-31"),
    ("giải ngân 100% vốn bồi thường, hỗ trợ, tái định cư trong quý III/2025", "2025-09-30"),
    ("tổ chức đối thoại với các hộ chưa đồng thuận trong tháng 8/2025", "2025-08-31"),
    ("tổ chức cưỡng chế thu hồi đất đối với 3 hộ không chấp hành trong tháng 9/2025",
     "2025-09-30"),
    ("chuyển đủ kinh phí bồi thường cho UBND xã Nghi Lộc trong tháng 7", "2025-07-31"),
])
def test_site_clearance_task_ends_within_its_period(task: str, iso: str) -> None:
    """``trong <period>`` after a site clearance task (relocating graves, counting,
    disbursing, a dialogue, enforcement, the investor's payment) is the task's term."""
    d = parse(f"1. UBND xã Nghi Lộc {task}.")
    assert [(str(x.date), x.kind) for x in d.deadlines] == [(iso, "within")]
    assert [(a.actor, a.deadline) for a in d.assignments] == [("UBND xã Nghi Lộc", iso)]


@pytest.mark.parametrize("sentence", [
    "Phương án di dời trong tháng 9/2025 gồm 15 hộ.",
    "Kết quả kiểm đếm trong tháng 9/2025 là cơ sở lập phương án bồi thường.",
    "Số vốn dư, không có khả năng giải ngân trong năm 2025 được điều chuyển.",
    "Tỷ lệ giải ngân trong quý III/2025 đạt 45%.",
])
def test_site_clearance_nouns_set_no_term(sentence: str) -> None:
    """The same words as nouns (``phương án di dời``, ``kết quả kiểm đếm``) or money
    that cannot be spent describe; they set no deadline."""
    assert parse(f"1. {sentence}").deadlines == []


@pytest.mark.parametrize(("item", "actor"), [
    ("3. Chủ đầu tư chuyển đủ kinh phí bồi thường trước ngày 10/7/2025.", "Chủ đầu tư"),
    ("3. Nhà đầu tư dự án khẩn trương hoàn thành hồ sơ thu hồi đất trước ngày 10/7/2025.",
     "Nhà đầu tư dự án"),
    ("- Nhà thầu thi công tập trung máy móc, nhân lực thi công ngay khi có mặt bằng.",
     "Nhà thầu thi công"),
])
def test_project_party_opening_an_item_is_its_actor(item: str, actor: str) -> None:
    """A site clearance letter names the project's investor and contractor by role;
    opening a list item the role is the actor, not the letter's addressees."""
    d = vbcd.parse(HEAD.replace("Chủ tịch UBND tỉnh có ý kiến như sau:",
                                "Đề nghị các đơn vị thực hiện các nội dung sau:")
                   + "1. Sở Xây dựng theo dõi, đôn đốc.\n\n" + item + TAIL)
    assert actor in [a.actor for a in d.assignments]
    assert all("Chủ đầu tư" not in a.task[:12] and "Nhà thầu" not in a.task[:12]
               for a in d.assignments)


def test_project_party_in_a_sentence_stays_a_topic() -> None:
    """Inside a sentence (not opening an item) the role keeps the bare class rule."""
    d = parse("1. Sở Xây dựng kiểm tra; theo báo cáo, chủ đầu tư đã chuyển kinh phí.")
    assert [a.actor for a in d.assignments] == ["Sở Xây dựng"]


def test_alternative_body_after_hoac_is_one_actor() -> None:
    """``Trung tâm Phát triển quỹ đất hoặc tổ chức làm nhiệm vụ bồi thường``: the list
    noun after ``hoặc`` names an alternative body; the actor does not end at ``hoặc``."""
    d = parse("1. Chỉ đạo Trung tâm Phát triển quỹ đất hoặc tổ chức làm nhiệm vụ bồi "
              "thường phối hợp chặt chẽ với các Ban Quản lý dự án.")
    actors = [a.actor for a in d.assignments]
    assert "Trung tâm Phát triển quỹ đất hoặc tổ chức làm nhiệm vụ bồi thường" in actors
    assert not any(a.endswith("hoặc") for a in actors)


def test_project_party_with_its_name_in_brackets_is_its_actor() -> None:
    """``Chủ đầu tư (Ban Quản lý dự án 85) phối hợp ...``: the bracket names the role's
    holder; the role still heads the item's actor."""
    d = parse("1. Sở Xây dựng theo dõi, đôn đốc.\n\n2. Chủ đầu tư (Ban Quản lý dự án 85) "
              "phối hợp với UBND xã Nghi Lộc bàn giao cọc mốc trước ngày 10/8/2025.")
    got = [(a.clause, a.actor, a.role) for a in d.assignments]
    assert ("2", "Chủ đầu tư", "responsible") in got
    assert ("2", "UBND xã Nghi Lộc", "coordinate") in got


@pytest.mark.parametrize("classes", ["huyện ủy, thị ủy", "huyện ủy, thành ủy",
                                     "huyện ủy và thị ủy"])
def test_two_committee_classes_before_a_colon_list_one_actor(classes: str) -> None:
    """``Các huyện ủy, thị ủy: Văn Lâm, Mỹ Hào ...``: the plural heads both two-word
    classes, and the colon lists their members, one actor as ``Các Bộ: Y tế, ...``."""
    text = (f"1. Các {classes}: Văn Lâm, Mỹ Hào, Yên Mỹ lãnh đạo, chỉ đạo chính quyền "
            "địa phương giải quyết dứt điểm 42 trường hợp còn vướng mắc.")
    d = parse(text)
    assert (f"Các {classes}: Văn Lâm, Mỹ Hào, Yên Mỹ", "lead") in [
        (a.actor, a.role) for a in d.assignments]
