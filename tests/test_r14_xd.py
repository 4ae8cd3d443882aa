"""Construction and urban-planning documents (round 14, family XD).

The construction sector names its departments, sections, institutes and teams with
words read elsewhere as verbs (``xây dựng``, ``trình`` in ``công trình``, ``phát
triển``): the names must be read whole, in the agencies, in the actors of
assignments and in the organ of a position, and the task must start after them.
"""

from __future__ import annotations

import pytest

import vbcd

_HEADER = (
    "UBND TỈNH NGHỆ AN\nSỞ XÂY DỰNG\nSố: 215/TB-SXD\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Nghệ An, ngày 12 tháng 3 năm 2025\n\nTHÔNG BÁO\n"
    "Kết luận của Giám đốc Sở tại buổi kiểm tra hiện trường\n\n"
    "Giám đốc Sở Xây dựng kết luận như sau:\n\n"
)


def _clause(body: str) -> vbcd.Document:
    return vbcd.parse(_HEADER + "1. " + body + "\n")


@pytest.mark.parametrize("name", [
    "Vụ Quản lý hoạt động xây dựng",
    "Phòng Quản lý chất lượng công trình xây dựng",
    "Đội Quản lý trật tự xây dựng đô thị",
    "Trung tâm Kiểm định chất lượng xây dựng",
    "Cục Giám định nhà nước về chất lượng công trình xây dựng",
    "Cục Quản lý nhà và thị trường bất động sản",
    "Phòng Phát triển đô thị",
    "Phòng Kinh tế và Vật liệu xây dựng",
    "Viện Quy hoạch xây dựng tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng công trình hạ tầng kỹ thuật đô thị",
    "Ban Quản lý dự án đầu tư xây dựng chuyên ngành giao thông",
])
def test_construction_units_are_read_whole_before_their_task(name: str) -> None:
    doc = _clause(f"{name} theo dõi, đôn đốc, báo cáo Giám đốc Sở trước ngày 15/4/2025.")
    assert name in [a.name for a in doc.agencies]
    acts = [a for a in doc.assignments if a.actor == name]
    assert acts, [(a.actor, a.task) for a in doc.assignments]
    assert acts[0].task.startswith("theo dõi")
    assert acts[0].deadline == "2025-04-15"


def test_an_office_at_work_keeps_its_verb() -> None:
    """A sector name is read only capitalised: the small verb after a name is the task."""
    doc = _clause("Sở Tài chính xây dựng kế hoạch vốn; Phòng Kinh tế xây dựng phương án "
                  "bồi thường.")
    names = [a.name for a in doc.agencies]
    assert "Sở Tài chính" in names and "Phòng Kinh tế" in names
    assert [a.task.split()[0] for a in doc.assignments][:1] == ["xây"]


def test_a_section_head_as_actor_keeps_the_section_whole() -> None:
    doc = vbcd.parse(
        "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý chất lượng công trình xây dựng, "
        "các thành viên Đoàn kiểm tra chịu trách nhiệm thi hành Quyết định này./.\n")
    actors = {a.actor: a.task for a in doc.assignments}
    assert actors.get("Trưởng phòng Quản lý chất lượng công trình xây dựng") == (
        "chịu trách nhiệm thi hành Quyết định này.")
    assert "các thành viên Đoàn kiểm tra" in actors


def test_a_position_organ_goes_on_past_the_sector_words() -> None:
    doc = vbcd.parse("2. Ông Rơ Châm Hlơi, Trưởng phòng Quản lý chất lượng công trình xây "
                     "dựng - Phó Trưởng đoàn;\n3. Ông Trần Văn Bình, Trưởng phòng Quản lý "
                     "đô thị huyện;\n")
    organs = {p.name: [(q.title, q.organ) for q in p.positions] for p in doc.persons}
    assert organs["Rơ Châm Hlơi"][0] == (
        "Trưởng phòng", "Quản lý chất lượng công trình xây dựng")
    assert organs["Trần Văn Bình"][0] == ("Trưởng phòng", "Quản lý đô thị huyện")


def test_teams_of_each_area_are_an_actor() -> None:
    doc = _clause("Đội Quản lý trật tự xây dựng đô thị các khu vực tăng cường kiểm tra, "
                  "phát hiện sớm các công trình vi phạm.")
    assert [(a.actor, a.task) for a in doc.assignments] == [(
        "Đội Quản lý trật tự xây dựng đô thị các khu vực",
        "tăng cường kiểm tra, phát hiện sớm các công trình vi phạm.")]


def test_a_workforce_is_no_team() -> None:
    doc = _clause("Đội ngũ cán bộ tăng cường kiểm tra.")
    assert doc.assignments == []


def test_a_building_order_team_under_its_district_issues_the_report() -> None:
    doc = vbcd.parse(
        "ỦY BAN NHÂN DÂN QUẬN 7\nĐỘI QUẢN LÝ TRẬT TỰ XÂY DỰNG ĐÔ THỊ\n"
        "Số: 45/BC-ĐQLTTXDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuận 7, ngày 30 tháng 9 năm 2024\n\nBÁO CÁO\n"
        "Kết quả kiểm tra, xử lý vi phạm trật tự xây dựng quý III năm 2024\n\n"
        "Trong quý III/2024, Đội đã kiểm tra 215 công trình.\n")
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐỘI QUẢN LÝ TRẬT TỰ XÂY DỰNG ĐÔ THỊ"
    assert doc.issuer.parent == "ỦY BAN NHÂN DÂN QUẬN 7"


def test_a_building_permit_is_its_own_type() -> None:
    doc = vbcd.parse(
        "UBND TỈNH BẮC GIANG\nSỞ XÂY DỰNG\nSố: 125/GPXD\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Bắc Giang, ngày 21 tháng 7 năm 2025\n\nGIẤY PHÉP XÂY DỰNG\n\n"
        "1. Cấp cho: Công ty Cổ phần Phát triển Khu công nghiệp Vân Trung.\n"
        "2. Được phép xây dựng công trình: Nhà xưởng sản xuất số 3.\n")
    assert doc.doc_type is not None
    assert (doc.doc_type.code, doc.doc_type.name) == ("GP", "Giấy phép")


def test_a_permit_cited_by_number_names_its_issuer() -> None:
    doc = vbcd.parse("Khai thác theo GPKT số 1710/GP-BTNMT ngày 21/9/2010.\n")
    ref = doc.references[0]
    assert (ref.type, ref.type_code, ref.organ_code) == ("Giấy phép", "GP", "BTNMT")


def test_the_supervising_engineer_of_an_acceptance_record() -> None:
    doc = vbcd.parse("b) Nhà thầu giám sát: Công ty TNHH Tư vấn Xây dựng Phú Thịnh\n"
                     "- Ông Trần Văn Lực - Giám sát trưởng;\n")
    assert [(p.name, [q.title for q in p.positions]) for p in doc.persons] == [
        ("Trần Văn Lực", ["Giám sát trưởng"])]
