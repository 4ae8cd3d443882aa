"""Drug prevention, HIV/AIDS and social-evils documents: the units whose names hold the
comma of ``phòng, chống`` (as a position's organ and as organs of their own), the border
guard's drug task forces, and the Youth Union of every commune as a plural actor."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [text[x.start:x.end] for x in p.positions] for p in vbcd.parse(text).persons}


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("- Đồng chí Quàng Thị Mai, Trưởng khoa Phòng, chống HIV/AIDS Trung tâm Kiểm soát "
         "bệnh tật tỉnh;\n",
         "Quàng Thị Mai",
         "Trưởng khoa Phòng, chống HIV/AIDS Trung tâm Kiểm soát bệnh tật tỉnh"),
        ("Đồng chí Thượng tá Vì Văn Sáng, Trưởng phòng Phòng, chống ma túy và tội phạm Bộ "
         "Chỉ huy Bộ đội Biên phòng tỉnh, báo cáo tình hình.",
         "Vì Văn Sáng",
         "Trưởng phòng Phòng, chống ma túy và tội phạm Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ("Đầu mối liên hệ: Bà Lê Thị Thu Hà, Trưởng khoa Phòng, chống HIV/AIDS, điện thoại "
         "0210.3845.678.",
         "Lê Thị Thu Hà", "Trưởng khoa Phòng, chống HIV/AIDS"),
        ("Ông Hoàng Văn Nam, Phó Chi cục trưởng Chi cục Phòng, chống tệ nạn xã hội, "
         "phát biểu.",
         "Hoàng Văn Nam", "Phó Chi cục trưởng Chi cục Phòng, chống tệ nạn xã hội"),
    ],
)
def test_a_section_named_by_phong_chong_is_the_whole_organ_of_a_position(
        text: str, name: str, position: str) -> None:
    assert position in _positions(text)[name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo Đoàn Đặc nhiệm phòng, chống ma túy và "
         "tội phạm phối hợp với lực lượng Công an đấu tranh các đường dây.",
         "Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm"),
        ("Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm miền Bắc phối hợp với Đồn Biên "
         "phòng Na Mèo bắt giữ đối tượng.",
         "Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm miền Bắc"),
        ("Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm đã ban "
         "hành kế hoạch.",
         "Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm"),
        ("Trạm Kiểm soát Biên phòng phối hợp với Đội Kiểm soát phòng, chống ma túy Chi cục "
         "Hải quan cửa khẩu Lao Bảo kiểm tra phương tiện.",
         "Đội Kiểm soát phòng, chống ma túy"),
        ("Văn phòng Thường trực phòng, chống tội phạm và ma túy Bộ Công an tổng hợp kết quả.",
         "Văn phòng Thường trực phòng, chống tội phạm và ma túy"),
    ],
)
def test_drug_control_units_are_read_whole(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_delegation_named_doan_is_still_no_task_force() -> None:
    names = _names("Đoàn công tác của tỉnh làm việc với Đoàn Việt Nam tại hội nghị.")
    assert not any(n.startswith("Đoàn Đặc nhiệm") for n in names)


_YOUTH_PLAN = """KẾ HOẠCH
Tổ chức hoạt động tuổi trẻ chung tay phòng, chống ma túy năm 2025

1. Các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6/2025).
2. Phân công thực hiện
- Ban Tuyên giáo Tỉnh đoàn chủ trì tổ chức Cuộc thi; tổng hợp kết quả trước ngày 30/6/2025.
- Ban Phong trào Tỉnh đoàn phối hợp với Hội Liên hiệp Thanh niên Việt Nam tỉnh tổ chức diễu hành.
- Các Đoàn xã, phường tổ chức các hoạt động tại cơ sở; báo cáo về Ban Thường vụ Tỉnh đoàn trước ngày 05/7/2025.
"""


def test_the_youth_union_of_every_commune_is_a_plural_actor_with_its_deadline() -> None:
    doc = vbcd.parse(_YOUTH_PLAN)
    by_actor = {a.actor: a for a in doc.assignments}
    assert by_actor["Các Đoàn xã, phường"].deadline == "2025-07-05"
    # the deadline is that bullet's, not the one before it
    assert by_actor["Ban Phong trào Tỉnh đoàn"].deadline is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("- Các Đoàn xã, phường, thị trấn tổ chức các hoạt động tại cơ sở.",
         "Các Đoàn xã, phường, thị trấn"),
        ("2. Các Đoàn trường trên địa bàn phối hợp tổ chức sân khấu hóa về phòng, chống ma túy.",
         "Các Đoàn trường trên địa bàn"),
    ],
)
def test_plural_youth_unions_are_actors(text: str, actor: str) -> None:
    assert actor in [a.actor for a in vbcd.parse(text).assignments]
