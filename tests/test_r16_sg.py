"""Round 16, audit SG: the 2025 offices named by a plural before their place class
(``đề nghị các Thuế tỉnh, thành phố ...``), a request after a quotation closed behind
its own stop (``... thẻ.”`` / ``Đề nghị ...``), and a numbering that starts again
under an open clause (steps ``1.`` to ``4.`` under item ``2.``)."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.models import walk_clauses

_LETTER = """BỘ TÀI CHÍNH
CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 812/CT-KK
V/v hoàn thuế giá trị gia tăng
Hà Nội, ngày 14 tháng 3 năm 2026

Kính gửi: Các đơn vị.
Cục Thuế có ý kiến như sau:
1. Về hồ sơ hoàn thuế
{one}
2. Về thời điểm lập hóa đơn
{two}

Nơi nhận:
- Như trên;
- Lưu: VT, KK.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Trần Văn Bình
"""


def _actors(one: str, two: str = "Các đơn vị thực hiện theo quy định.") -> list[tuple[str, str]]:
    doc = vbcd.parse(_LETTER.format(one=one, two=two))
    return [(a.clause or "", " ".join(a.actor.split())) for a in doc.assignments]


@pytest.mark.parametrize(("line", "actor"), [
    ("Để bảo đảm tiến độ, đề nghị các Thuế tỉnh, thành phố rà soát hồ sơ tồn đọng.",
     "các Thuế tỉnh, thành phố"),
    ("Đề nghị các Thuế tỉnh khẩn trương báo cáo kết quả về Cục Thuế.", "các Thuế tỉnh"),
    ("Cục Thống kê đề nghị các Thống kê tỉnh, thành phố hoàn thành thu thập phiếu.",
     "các Thống kê tỉnh, thành phố"),
    ("Yêu cầu các Thuế thành phố phối hợp trao đổi thông tin.", "các Thuế thành phố"),
])
def test_plural_before_an_office_and_its_place_class(line: str, actor: str) -> None:
    assert ("1", actor) in _actors(line)


def test_plural_office_still_needs_its_scope() -> None:
    # ``các Thuế suất`` names a rate, not an office: no actor opens there
    assert not any(a.startswith("các Thuế") for _, a in _actors(
        "Đề nghị áp dụng các Thuế suất ưu đãi theo quy định."))


@pytest.mark.parametrize("quote", [
    "Theo văn bản của Công ty thì: “giá dịch vụ đã bao gồm chi phí lắp đặt.”",
    'Hợp đồng ghi rõ: "bên mua thanh toán sau khi nghiệm thu."',
    "Khách hàng cho rằng: «việc giao hàng đã hoàn tất.»",
])
@pytest.mark.parametrize(("request_line", "actor"), [
    ("Đề nghị Sở Tài chính rà soát hồ sơ và trả lời doanh nghiệp.", "Sở Tài chính"),
    ("Chi cục Thuế khu vực II hướng dẫn doanh nghiệp lập hóa đơn.", "Chi cục Thuế khu vực II"),
])
def test_request_after_a_quote_closed_behind_its_stop(
        quote: str, request_line: str, actor: str) -> None:
    two = f"{quote}\n{request_line}"
    assert ("2", actor) in _actors("Các đơn vị thực hiện theo quy định.", two)


def test_request_after_a_quote_on_the_same_line() -> None:
    two = "Công ty đề nghị ghi dòng chữ “Thuốc dùng ngoài.” Đề nghị Sở Y tế kiểm tra việc ghi nhãn."
    assert ("2", "Sở Y tế") in _actors("Các đơn vị thực hiện theo quy định.", two)


_NOTICE = """BỘ CÔNG THƯƠNG
CỤC AN TOÀN KỸ THUẬT
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/TB-ATKT
Hà Nội, ngày 03 tháng 8 năm 2026

THÔNG BÁO
Về kết quả kiểm định thiết bị

Cục An toàn kỹ thuật thông báo kết quả như sau:
{body}

Nơi nhận:
- Lưu: VT.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Phan Minh Tâm
"""


def _paths(body: str) -> list[str]:
    doc = vbcd.parse(_NOTICE.format(body=body))
    return [c.path for c in walk_clauses(doc.clauses)]


def test_steps_numbered_again_under_an_item_do_not_continue_it() -> None:
    body = """1. Thiết bị được kiểm định
Máy nén khí trục vít, công suất 15 kW.
2. Mô tả thiết bị
- Cách thức vận hành:
1. Kiểm tra mức dầu bôi trơn.
2. Đóng cầu dao cấp điện.
3. Nhấn nút khởi động.
4. Theo dõi áp suất trên đồng hồ.
- Công dụng: cung cấp khí nén cho dây chuyền.
3. Kết quả kiểm định
Thiết bị đạt yêu cầu an toàn."""
    doc = vbcd.parse(_NOTICE.format(body=body))
    clauses = list(walk_clauses(doc.clauses))
    assert [c.path for c in clauses] == ["1", "2", "3"]
    assert clauses[2].text.startswith("3. Kết quả kiểm định")


def test_two_restarted_steps_then_the_item_s_own_next() -> None:
    body = """I. MỤC ĐÍCH
Giúp nông hộ tận dụng phụ phẩm.
II. KỸ THUẬT Ủ
Các bước:
I. Thu gom phụ phẩm cây trồng.
II. Băm nhỏ và trộn chế phẩm.
III. Đậy kín đống ủ bằng bạt.
III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế các xã hướng dẫn nông hộ thực hiện."""
    assert [p for p in _paths(body) if "/" not in p] == ["I", "II", "III"]
    doc = vbcd.parse(_NOTICE.format(body=body))
    assert doc.clauses[-1].text.startswith("III. TỔ CHỨC THỰC HIỆN")


def test_a_lone_restart_does_not_swallow_the_next_item() -> None:
    # one stray ``1.`` under item 1 is no run: ``2.`` is still item 1's next
    body = """1. Thiết bị được kiểm định
Kết quả đo lần
1. đạt yêu cầu.
2. Kết quả kiểm định
Thiết bị đạt yêu cầu an toàn."""
    assert _paths(body) == ["1", "2"]
