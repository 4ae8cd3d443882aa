"""Round 16, helper SC: real-text forms of tax and government letters and decisions (a
``V/v:`` label alone on its line, ``dự báo`` read as attending, a basis clause holding a
coordination's comma, the ``PCTrg`` abbreviation, an organ's name wrapped after ``và``)."""

from __future__ import annotations

import pytest

import vbcd

_LETTER = """BỘ TÀI CHÍNH
CỤC HẢI QUAN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 812/CHQ-GSQL
{vv}
Hà Nội, ngày 03 tháng 4 năm 2025
Kính gửi: Chi cục Hải quan khu vực II.
Cục Hải quan nhận được công văn của Chi cục Hải quan khu vực II. Đề nghị Chi cục căn
cứ quy định hiện hành để thực hiện./.
Nơi nhận:
- Như trên;
{rec}
- Lưu: VT, GSQL.
TL. CỤC TRƯỞNG
PHÓ TRƯỞNG BAN
Ngô Thị Lan
"""


@pytest.mark.parametrize(("vv", "title"), [
    ("V/v:\nThủ tục hải quan đối với hàng quá cảnh",
     "V/v: Thủ tục hải quan đối với hàng quá cảnh"),
    ("V/v :\nGia hạn giấy đăng ký lưu hành thuốc",
     "V/v : Gia hạn giấy đăng ký lưu hành thuốc"),
])
def test_bare_subject_label_takes_the_next_line(vv: str, title: str) -> None:
    doc = vbcd.parse(_LETTER.format(vv=vv, rec="- Website CT;"))
    assert doc.title is not None and doc.title.value == title
    assert doc.doc_type is not None and doc.doc_type.code == "CV"


@pytest.mark.parametrize(("line", "abbr"), [
    ("- PCTrg Lê Văn Hòa (để b/c);", "PCTrg"),
    ("- CTrg Vũ Minh Đức (để b/c);", "CTrg"),
    ("- Phó CTrg Lê Văn Hòa (để báo cáo);", "Phó CTrg"),
])
def test_director_abbreviation_with_g_before_a_recipient_name(line: str, abbr: str) -> None:
    doc = vbcd.parse(_LETTER.format(vv="V/v thủ tục hải quan", rec=line))
    named = {p.name: [x.title for x in p.positions] for p in doc.persons}
    person = line.split(abbr, 1)[1].split("(")[0].strip()
    assert named.get(person) == [abbr]


_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 140/CĐ-TTg
Hà Nội, ngày 10 tháng 9 năm 2025
CÔNG ĐIỆN
V/v ứng phó bão số 7
THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị;
- Các Bộ: Quốc phòng, Công an.
{pre}
1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo di dời người dân khỏi khu vực nguy hiểm.
2. Bộ Quốc phòng chỉ đạo các đơn vị quân đội hỗ trợ địa phương.
Nơi nhận:
- Như trên;
- Lưu: VT, NN.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Đinh Quang Huy
"""


@pytest.mark.parametrize("pre", [
    "Theo dự báo của cơ quan khí tượng, ngày 11 và 12/9/2025 bão số 7 sẽ đổ bộ vào đất "
    "liền, gây mưa rất to. Thủ tướng Chính phủ yêu cầu:",
    "Dự kiến ngày 12/9/2025 triều cường đạt đỉnh vượt mức báo động III tại nhiều nơi. "
    "Thủ tướng Chính phủ yêu cầu:",
    "Ngày 09/9/2025, Ủy ban nhân dân tỉnh nhận được hồ sơ dự án đường ven biển. Thủ "
    "tướng Chính phủ yêu cầu:",
])
def test_forecast_or_plan_date_is_no_meeting(pre: str) -> None:
    doc = vbcd.parse(_TELEGRAM.format(pre=pre))
    assert doc.meeting_date is None


def test_attending_still_marks_a_meeting() -> None:
    """The guard beside the fix: ``dự`` alone still reports an event attended."""
    pre = ("Ngày 09/9/2025, Phó Thủ tướng dự và chỉ đạo công tác ứng phó bão tại tỉnh "
           "Quảng Bình. Thủ tướng Chính phủ yêu cầu:")
    doc = vbcd.parse(_TELEGRAM.format(pre=pre))
    assert doc.meeting_date is not None and doc.meeting_date.value == "2025-09-09"


_DECISION = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
-------
Số: 301/QĐ-UBND
Tuyên Quang, ngày 08 tháng 8 năm 2025
QUYẾT ĐỊNH
Ban hành quy định về phân cấp quản lý
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý.
Điều 2. Tổ chức thực hiện
1. {c1}
2. Sở Tư pháp theo dõi việc thực hiện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 3;
{rec}
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Sơn
"""


@pytest.mark.parametrize(("c1", "actor"), [
    ("Trên cơ sở các nghị định về phân cấp, phân quyền, các sở, ban, ngành tỉnh rà soát, "
     "đề xuất sửa đổi các quy định.", "các sở, ban, ngành tỉnh"),
    ("Trên cơ sở kết quả phân loại, đánh giá, Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân "
     "tỉnh.", "Sở Nội vụ"),
    ("Trên cơ sở quy định về phân công, phân nhiệm, Sở Tài chính hướng dẫn các đơn vị lập "
     "dự toán.", "Sở Tài chính"),
])
def test_basis_clause_with_a_pair_before_the_subject(c1: str, actor: str) -> None:
    doc = vbcd.parse(_DECISION.format(c1=c1, rec="- Sở Tư pháp;"))
    got = {(a.clause, a.actor) for a in doc.assignments}
    assert ("Điều 2/1", actor) in got


@pytest.mark.parametrize(("rec", "name"), [
    ("- Cục Kiểm tra văn bản quy phạm pháp luật và\nQuản lý xử lý vi phạm hành chính - Bộ "
     "Tư pháp;", "Cục Kiểm tra văn bản quy phạm pháp luật và Quản lý xử lý vi phạm hành chính"),
    ("- Cục Kiểm tra văn bản và\nQuản lý xử lý vi phạm hành chính - Bộ Tư pháp;",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"),
    ("- Phòng Kinh tế và\nQuản lý đô thị;", "Phòng Kinh tế và Quản lý đô thị"),
])
def test_organ_name_wrapped_after_and_before_a_verb_like_word(rec: str, name: str) -> None:
    doc = vbcd.parse(_DECISION.format(c1="Sở Nội vụ tổng hợp, báo cáo.", rec=rec))
    assert name in {a.name for a in doc.agencies}
