"""People's Council (HĐND) documents: resolutions, their committees' (Ban) monitoring
reports and the standing body's (Thường trực) plans and notices."""

from __future__ import annotations

import vbcd

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH NGHỆ AN
Số: 45/2025/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2026
HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN
KHÓA XVIII, KỲ HỌP THỨ 35

Xét Tờ trình số 9876/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh; \
Báo cáo thẩm tra số 512/BC-KTNS ngày 02 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách \
Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Hội đồng nhân dân tỉnh tán thành kế hoạch năm 2026 với các nội dung sau:
1. Mục tiêu tổng quát
Tiếp tục đẩy mạnh tăng trưởng kinh tế gắn với chuyển đổi số.
2. Nhiệm vụ, giải pháp chủ yếu
Hội đồng nhân dân tỉnh cơ bản tán thành các nhiệm vụ, giải pháp do Ủy ban nhân dân tỉnh đề xuất.

Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc \
thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XVIII, kỳ họp thứ 35 thông qua \
ngày 10 tháng 12 năm 2025 và có hiệu lực từ ngày 01 tháng 01 năm 2026./.

Nơi nhận:
- Chính phủ;
- Lưu: VT.
CHỦ TỊCH

Hoàng Nghĩa Hiếu
"""

_REPORT = """HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH
ĐOÀN GIÁM SÁT
Số: 18/BC-ĐGS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quy Nhơn, ngày 10 tháng 6 năm 2025

BÁO CÁO
Kết quả giám sát việc giải quyết kiến nghị cử tri

Thực hiện Kế hoạch số 15/KH-VHXH ngày 10/9/2025 của Ban Văn hóa - Xã hội Hội đồng nhân \
dân tỉnh Bình Định, Đoàn giám sát báo cáo như sau:

I. KẾT QUẢ
1. Công tác lãnh đạo, chỉ đạo
Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 120/KH-UBND ngày 15/3/2024 triển khai thực hiện.

II. KIẾN NGHỊ
1. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành giải quyết dứt điểm các kiến nghị còn lại.
2. Các cơ quan, đơn vị chịu sự giám sát tiếp thu, khắc phục các hạn chế đã chỉ ra.
3. Các đơn vị được khảo sát gửi báo cáo trước ngày 30/6/2025.

Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT.

TM. ĐOÀN GIÁM SÁT
TRƯỞNG ĐOÀN

PHÓ CHỦ TỊCH HĐND TỈNH
Đoàn Văn Phụng
"""


def _issuers(doc: vbcd.Document) -> dict[str, str | None]:
    return {r.number: r.issuer for r in doc.references}


def test_r14_nq_committee_with_a_dashed_name_issues_the_cited_report() -> None:
    # ``Ngân`` opens ``Ngân hàng``, not the ``Ngân sách`` of the committee's name
    doc = vbcd.parse(_RESOLUTION)
    assert _issuers(doc)["512/BC-KTNS"] == "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"


def test_r14_nq_committee_name_with_its_province_is_read_whole() -> None:
    # the dash counts for no word: twelve words of name fit the limit
    doc = vbcd.parse(_REPORT)
    assert _issuers(doc)["15/KH-VHXH"] == (
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Bình Định")


def test_r14_nq_heading_line_is_no_part_of_the_issuer_under_it() -> None:
    doc = vbcd.parse(_REPORT)
    assert _issuers(doc)["120/KH-UBND"] == "Ủy ban nhân dân tỉnh"


def test_r14_nq_wrapped_list_of_issuers_stays_whole() -> None:
    doc = vbcd.parse("[2] Bộ Chính trị,\nBan Bí thư đã có Kết luận số 212-KL/TW "
                     "ngày 18/11/2025, trong đó yêu cầu rà soát.")
    assert _issuers(doc)["212-KL/TW"] == "Bộ Chính trị, Ban Bí thư"


def test_r14_nq_bodies_under_oversight_are_whole_actors() -> None:
    doc = vbcd.parse(_REPORT)
    actors = {(a.clause, a.actor) for a in doc.assignments}
    assert ("II/2", "Các cơ quan, đơn vị chịu sự giám sát") in actors
    assert ("II/3", "Các đơn vị được khảo sát") in actors
    assert not any(a.actor.endswith("chịu sự") for a in doc.assignments)


def test_r14_nq_council_approving_is_no_task() -> None:
    doc = vbcd.parse(_RESOLUTION)
    actors = [(a.clause, a.actor) for a in doc.assignments]
    assert not any("tán thành" in actor for _, actor in actors)
    assert not any(clause.startswith("Điều 1") for clause, _ in actors)
    assert ("Điều 2/1", "Ủy ban nhân dân tỉnh") in actors


def test_r14_nq_signer_surname_is_no_organ() -> None:
    # ``HĐND TỈNH`` / ``Đoàn Văn Phụng`` read as ``Tỉnh Đoàn`` (the youth union)
    doc = vbcd.parse(_REPORT)
    assert doc.signature is not None and doc.signature.name == "Đoàn Văn Phụng"
    assert not any("Phụng" in a.name for a in doc.agencies)
