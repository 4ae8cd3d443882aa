"""Government-level documents (round 14, CP): the Government's monthly-session resolutions,
the Prime Minister's directives and the Government Office's notices and letters, with
their long lists of ministries; the head of a minister-ranked office holds a joint title
(``Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ``)."""

from __future__ import annotations

import vbcd

_DIRECTIVE = """THỦ TƯỚNG CHÍNH PHỦ
-------
Số: 18/CT-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 10 tháng 7 năm 2025

CHỈ THỊ
Về việc đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính

Để thực hiện mục tiêu cắt giảm thủ tục hành chính trong năm 2025, Thủ tướng Chính phủ \
chỉ thị:

1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ rà soát, cắt giảm thủ tục hành chính, \
trình cấp có thẩm quyền trước ngày 31 tháng 7 năm 2025.

2. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ:

a) Theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này.

b) Định kỳ hằng quý tổng hợp, báo cáo Thủ tướng Chính phủ.

3. Bộ trưởng Bộ Tài chính bố trí kinh phí thực hiện nhiệm vụ.

Nơi nhận:
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Lưu: VT, KSTT.

THỦ TƯỚNG

Phạm Minh Chính
"""

_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
-------
Số: 365/TB-VPCP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 14 tháng 8 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Hồ Đức Phớc tại cuộc họp về giải ngân vốn đầu tư công

Ngày 09 tháng 8 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Hồ Đức Phớc chủ \
trì cuộc họp về tình hình giải ngân vốn đầu tư công. Tham dự có đồng chí Trần Văn Sơn, Bộ \
trưởng, Chủ nhiệm Văn phòng Chính phủ; lãnh đạo các Bộ: Tài chính, Xây dựng. Phó Thủ \
tướng Chính phủ kết luận như sau:

1. Đến hết tháng 7 năm 2025, tỷ lệ giải ngân vốn đầu tư công của nhiều bộ, cơ quan trung \
ương còn thấp so với yêu cầu.

2. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan tổng hợp phương án điều \
chuyển kế hoạch vốn, báo cáo Thủ tướng Chính phủ trước ngày 25 tháng 8 năm 2025.

3. Bộ Xây dựng hoàn thiện hồ sơ dự án, trình cấp có thẩm quyền trong tháng 9 năm 2025.

Văn phòng Chính phủ thông báo để các bộ, cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Thủ tướng, các Phó Thủ tướng Chính phủ;
- Lưu: VT, KTTH.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Mai Thị Thu Vân
"""


def _actors(doc: vbcd.Document) -> list[tuple[str | None, str]]:
    return [(a.clause, a.actor) for a in doc.assignments]


def test_joint_title_heading_is_one_actor_of_each_point() -> None:
    """``2. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ:`` heads its points as one official,
    not a bare ``Bộ trưởng`` and a ``Chủ nhiệm``."""
    actors = _actors(vbcd.parse(_DIRECTIVE))
    joint = "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    assert ("2/a", joint) in actors
    assert ("2/b", joint) in actors
    assert not any(actor == "Bộ trưởng" for _, actor in actors if _ and _.startswith("2"))
    assert ("3", "Bộ trưởng Bộ Tài chính") in actors


def test_joint_title_is_one_actor_in_a_list() -> None:
    doc = vbcd.parse("1. Giao Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ và Bộ trưởng Bộ Nội "
                     "vụ theo dõi, đôn đốc việc thực hiện Nghị quyết này.")
    actors = [a.actor for a in doc.assignments]
    assert actors == ["Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng Bộ Nội vụ"]


def test_minister_and_heads_of_agencies_stay_two_offices() -> None:
    doc = vbcd.parse("Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành "
                     "Nghị định này.")
    assert [a.actor for a in doc.assignments] == ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"]


def test_joint_title_is_one_position_of_the_person() -> None:
    doc = vbcd.parse(_NOTICE)
    son = next(p for p in doc.persons if p.name == "Trần Văn Sơn")
    assert [(x.title, x.organ) for x in son.positions] == [
        ("Bộ trưởng, Chủ nhiệm", "Văn phòng Chính phủ")]
    doc = vbcd.parse("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh phát biểu tại hội nghị.")
    lenh = next(p for p in doc.persons if p.name == "Hầu A Lềnh")
    assert [(x.title, x.organ) for x in lenh.positions] == [
        ("Bộ trưởng, Chủ nhiệm", "Ủy ban Dân tộc")]


def test_reference_issuer_with_joint_title() -> None:
    doc = vbcd.parse("Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ "
                     "nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ hành chính văn phòng.")
    (ref,) = doc.references
    assert ref.number == "02/2017/TT-VPCP"
    assert ref.issuer == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"


def test_period_over_before_signing_is_a_status_not_a_deadline() -> None:
    """``Đến hết tháng 7 năm 2025, tỷ lệ giải ngân ... còn thấp`` in an August notice says
    where things stood; the terms set later in the notice stay."""
    doc = vbcd.parse(_NOTICE)
    got = [(d.date, d.clause) for d in doc.deadlines]
    assert ("2025-07-31", "1") not in got
    assert ("2025-08-25", "2") in got
    assert ("2025-09-30", "3") in got


def test_period_ahead_of_signing_stays_a_deadline() -> None:
    text = _NOTICE.replace("ngày 14 tháng 8 năm 2025", "ngày 14 tháng 6 năm 2025")
    text = text.replace("Đến hết tháng 7 năm 2025, tỷ lệ giải ngân vốn đầu tư công của nhiều "
                        "bộ, cơ quan trung ương còn thấp so với yêu cầu.",
                        "Các bộ hoàn thành giải ngân 60% kế hoạch vốn đến hết tháng 7 năm 2025.")
    doc = vbcd.parse(text)
    assert ("2025-07-31", "1") in [(d.date, d.clause) for d in doc.deadlines]
