"""Mass organisations' documents: the Youth Union (Tỉnh đoàn, Đoàn xã, chi đoàn), the
women's, veterans', farmers', Red Cross, elderly and study-promotion associations and
the Front's committee (round 13, family YU)."""

from __future__ import annotations

import vbcd
from vbcd.extract.agencies import expand_abbreviations

_SCHOOL_UNION = """ĐOÀN TRƯỜNG ĐẠI HỌC CẦN THƠ
BCH ĐOÀN TRƯỜNG
***
Số: 67-TB/ĐTN

ĐOÀN TNCS HỒ CHÍ MINH

Cần Thơ, ngày 12 tháng 5 năm 2025

THÔNG BÁO
Về việc tuyển chọn chiến sĩ Chiến dịch Mùa hè xanh năm 2025

1. Mỗi Liên chi đoàn đăng ký tối thiểu 02 đội hình tình nguyện.
2. Hồ sơ gửi về Văn phòng Đoàn - Hội chậm nhất 17 giờ ngày 25/5/2025.

Nơi nhận:
- Thành đoàn Cần Thơ (b/c);
- Lưu VP.

TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG
PHÓ BÍ THƯ

Lâm Quốc Bảo
"""

_VETERANS = """HỘI CỰU CHIẾN BINH VIỆT NAM
HỘI CCB XÃ THANH SƠN

Số: 09/KH-CCB

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thanh Sơn, ngày 05 tháng 5 năm 2025

KẾ HOẠCH
Tổ chức Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2025 - 2030

1. Các chi hội CCB tổ chức hội nghị giới thiệu nhân sự, hoàn thành trước ngày 31/5/2025.
2. Tiểu ban văn kiện hoàn thiện dự thảo báo cáo chính trị.
3. Chi hội Phụ nữ thôn Đông phối hợp tổ chức văn nghệ chào mừng.

Nơi nhận:
- Hội CCB tỉnh (b/c);
- Lưu.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Nguyễn Văn Bảy
"""

_FARMERS_HEADER = """HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH ĐẮK LẮK
***
Số: 78-HD/HNDT

Buôn Ma Thuột, ngày 04 tháng 4 năm 2025

HƯỚNG DẪN
Tổ chức Hội thi nhà nông đua tài năm 2025

1. Hội Nông dân các huyện đăng ký danh sách đội thi trước ngày 15/7/2025.
"""


def _actors(text: str) -> dict[str, str]:
    return {a.actor: a.role for a in vbcd.parse(text).assignments}


def test_body_signed_for_keeps_its_youth_union_whose_word_is_a_surname() -> None:
    sig = vbcd.parse(_SCHOOL_UNION).signature
    assert sig is not None
    assert sig.on_behalf_of == "BAN THƯỜNG VỤ ĐOÀN TRƯỜNG"
    assert sig.title == "PHÓ BÍ THƯ"
    assert sig.name == "Lâm Quốc Bảo"


def test_liên_chi_đoàn_is_an_actor() -> None:
    assert "Mỗi Liên chi đoàn" in _actors(_SCHOOL_UNION)


def test_association_branches_and_subcommittees_are_actors() -> None:
    actors = _actors(_VETERANS)
    assert "Các chi hội CCB" in actors
    assert "Tiểu ban văn kiện" in actors
    assert "Chi hội Phụ nữ thôn Đông" in actors


def test_village_youth_branches_are_actors() -> None:
    text = "1. Các chi đoàn thôn vận động đoàn viên, thanh niên tham gia hiến máu.\n"
    assert "Các chi đoàn thôn" in _actors(text)


def test_commune_youth_union_is_an_organ_and_an_actor() -> None:
    d = vbcd.parse("1. Đoàn xã Tiên Lữ phối hợp với Trạm Y tế xã tổ chức hiến máu.\n")
    assert "Đoàn xã Tiên Lữ" in {a.name for a in d.agencies}
    assert "Đoàn xã Tiên Lữ" in {a.actor for a in d.assignments}


def test_youth_union_of_a_bloc_is_the_deputy_secretary_organ_not_a_person() -> None:
    d = vbcd.parse("1. Phân công đồng chí Kim Văn Hải, Phó Bí thư Đoàn Khối làm Trưởng "
                   "Ban tổ chức.\n")
    assert [p.name for p in d.persons] == ["Kim Văn Hải"]
    assert d.persons[0].positions[0].organ == "Đoàn Khối"


def test_entering_and_putting_forward_end_the_actor() -> None:
    text = ("1. Đề nghị các Hội hữu nghị thành viên đăng ký đại biểu tham dự buổi gặp mặt.\n"
            "2. Ủy ban Hội các xã, phường giới thiệu mô hình khởi nghiệp.\n")
    actors = _actors(text)
    assert "các Hội hữu nghị thành viên" in actors
    assert "Ủy ban Hội các xã, phường" in actors


def test_elderly_association_name_runs_over_its_small_words() -> None:
    assert "Hội Người cao tuổi các xã, phường" in _actors(
        "1. Hội Người cao tuổi các xã, phường xây dựng kế hoạch mừng thọ.\n")


def test_young_pioneers_council_is_one_organ() -> None:
    d = vbcd.parse("1. Hội đồng Đội tỉnh chuẩn bị Đại hội Cháu ngoan Bác Hồ.\n")
    assert [a.name for a in d.agencies] == ["Hội đồng Đội tỉnh"]


def test_party_committee_member_title_names_no_organ() -> None:
    d = vbcd.parse("1. Đồng chí Lê Quang Hưng, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì.\n")
    assert "Tỉnh ủy" not in {a.name for a in d.agencies}


def test_committee_line_under_the_union_is_not_glued_to_it() -> None:
    names = {a.name for a in vbcd.parse(_FARMERS_HEADER).agencies}
    assert "HỘI NÔNG DÂN VIỆT NAM" in names
    assert not any(n.endswith("BCH") for n in names)


def test_blood_donation_steering_board_keeps_its_topic() -> None:
    d = vbcd.parse("1. Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh chỉ đạo các địa "
                   "phương tổ chức Lễ hội Xuân hồng.\n")
    assert "Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh" in {a.name for a in d.agencies}


def test_mass_organisation_abbreviations_expand() -> None:
    assert expand_abbreviations("Hội LHPN tỉnh") == "Hội Liên hiệp Phụ nữ tỉnh"
    assert expand_abbreviations("Hội CCB xã") == "Hội Cựu chiến binh xã"
    assert expand_abbreviations("Hội CTĐ huyện") == "Hội Chữ thập đỏ huyện"
