"""Round 13, công điện: addressee lists without dashes that name organs after a colon,
school closures (``cho học sinh nghỉ học``) and hospitals as actors."""

from __future__ import annotations

import vbcd

_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/CĐ-TTg\nHà Nội, ngày 15 tháng 1 năm 2026\nCÔNG ĐIỆN\n"
    "Về việc ứng phó đợt rét đậm, rét hại\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n")
_TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nLê Minh Phúc\n"


def _doc(addressees: str, body: str) -> vbcd.Document:
    return vbcd.parse(_HEAD + addressees + body + _TAIL)


def _actors(doc: vbcd.Document, clause: str) -> list[str]:
    return [a.actor for a in doc.assignments if a.clause == clause]


def test_undashed_addressee_naming_ministries_after_colon() -> None:
    d = _doc("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ;\n"
             "Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Y tế, Giáo dục và Đào tạo.\n",
             "1. Bộ Y tế hướng dẫn người dân phòng bệnh.\n")
    assert [a.text for a in d.addressees] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ",
        "Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Y tế, Giáo dục và Đào tạo"]
    assert [c.label for c in d.clauses] == ["1"]


def test_undashed_addressee_naming_provinces_after_colon() -> None:
    d = _doc("Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái, Tuyên Quang;\n"
             "Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;\n",
             "1. Bộ Quốc phòng hỗ trợ địa phương.\n")
    assert len(d.addressees) == 2
    assert d.addressees[1].text.startswith("Bộ trưởng các Bộ: Quốc phòng")
    assert d.preamble is None or "Bộ trưởng" not in d.text[d.preamble.start:d.preamble.end]
    # a body's lead-in under such a list is no addressee
    d = _doc("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ;\n",
             "Thủ tướng Chính phủ yêu cầu các địa phương thực hiện ngay các nội dung sau:\n"
             "1. Bộ Y tế hướng dẫn người dân phòng bệnh.\n")
    assert [a.text for a in d.addressees] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố khu vực Bắc Bộ"]


def test_school_closure_is_a_task() -> None:
    d = _doc("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.\n",
             "1. Sở Giáo dục và Đào tạo cho học sinh nghỉ học khi nhiệt độ dưới 10 độ C.\n"
             "2. Các trường học trên địa bàn cho học sinh nghỉ học.\n"
             "3. Hiệu trưởng các trường học cho học sinh mầm non nghỉ học.\n")
    assert _actors(d, "1") == ["Sở Giáo dục và Đào tạo"]
    assert _actors(d, "2") == ["Các trường học trên địa bàn"]
    assert _actors(d, "3") == ["Hiệu trưởng các trường học"]


def test_hospitals_end_before_their_task() -> None:
    d = _doc("- Bộ trưởng Bộ Y tế.\n",
             "1. Giám đốc các bệnh viện chuẩn bị khu vực cách ly, thu dung điều trị.\n"
             "2. Sở Y tế chỉ đạo các bệnh viện sẵn sàng thu dung, cấp cứu người bị nạn.\n"
             "3. Các viện nghiên cứu tổ chức giám sát dịch.\n")
    assert _actors(d, "1") == ["Giám đốc các bệnh viện"]
    assert "các bệnh viện" in _actors(d, "2")
    assert _actors(d, "3") == ["Các viện nghiên cứu"]
