"""Round 25 (M1): administrative-reform documents (one-stop shops, reform indexes).

Invented text throughout: the public-administration service centre written in full in
the body and short in a later clause or the recipient list (``Trung tâm PVHCC tỉnh``,
``Trung tâm HCC tỉnh``, ``Phòng Kiểm soát TTHC``) is one organ, not two; an actor followed by the
self-assessment verbs of a reform index (``phân tích``, ``chấm điểm``)
ends before the verb (the later conjuncts of a list of actors ran on into it).
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(("text", "count"), [
    ("Giao Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh rà soát "
     "hồ sơ. Trung tâm PVHCC tỉnh báo cáo kết quả hằng tuần.", 1),
    ("Trung tâm Phục vụ hành chính công thành phố tiếp nhận hồ sơ trực tuyến; "
     "Trung tâm PV HCC thành phố công khai tiến độ giải quyết.", 1),
    ("Trung tâm Hành chính công tỉnh bố trí công chức; Trung tâm HCC tỉnh niêm yết "
     "thủ tục hành chính.", 1),
    ("Phòng Kiểm soát thủ tục hành chính rà soát quy trình; Phòng Kiểm soát TTHC "
     "báo cáo Chánh Văn phòng.", 1),
])
def test_short_service_centre_is_the_full_one(text: str, count: int) -> None:
    names = _names(text)
    centres = [n for n in names if n.startswith(("Trung tâm", "Phòng"))]
    assert len(centres) == count, names


@pytest.mark.parametrize(("text", "actor"), [
    ("UBND TỈNH LONG AN\nSỞ NỘI VỤ\n\n1. UBND các huyện, thị xã phân tích kết quả "
     "Chỉ số SIPAS năm 2023, gửi về Sở Nội vụ.\n", "UBND các huyện, thị xã"),
    ("UBND TỈNH YÊN BÁI\nSỞ NỘI VỤ\n\n1. Các phòng chuyên môn chấm điểm lại tiêu chí "
     "chưa đạt.\n2. Văn phòng Sở tổng hợp.\n", "Các phòng chuyên môn"),
    ("UBND HUYỆN KIM BẢNG\nVĂN PHÒNG\n\n1. Trung tâm Phục vụ hành chính công, các sở, "
     "ngành phân tích kết quả khảo sát.\n2. Văn phòng tổng hợp.\n", "các sở, ngành"),
])
def test_reform_index_verbs_end_the_actor(text: str, actor: str) -> None:
    actors = [a.actor for a in parse(text).assignments if a.clause]
    assert actor in actors, actors
