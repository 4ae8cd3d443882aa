"""Round 22 (G5, home affairs): a flattened table's ``Nơi nhận`` column is no recipient list.

Invented documents: a civil-service plan whose deadline table has a column "Nơi nhận"
(where to file), flattened by a converter one cell a line or with ``|`` between cells.
"""

from __future__ import annotations

import vbcd

_PIPE = """UBND TỈNH PHÚ YÊN
SỞ NỘI VỤ
Số: 318/SNV-TCBC
V/v lập hồ sơ tinh giản biên chế năm 2023
Phú Yên, ngày 10 tháng 02 năm 2023

Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.

Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Rà soát đối tượng tinh giản biên chế theo quy định.
2. Tiến độ:
Việc | Hạn | Nơi nhận
Gửi hồ sơ đề nghị | trước ngày 28/02/2023 | Phòng Tổ chức biên chế
Tổng hợp trình UBND tỉnh | trước ngày 10/3/2023 | Văn phòng UBND tỉnh
3. Phòng Tổ chức biên chế hướng dẫn các đơn vị lập hồ sơ.

Nơi nhận:
- Như trên;
- Sở Tài chính;
- Lưu: VT, TCBC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Hữu Phước
"""

_CELLS = """ỦY BAN NHÂN DÂN
THỊ XÃ NGHI SƠN
Số: 45/KH-UBND
Nghi Sơn, ngày 03 tháng 4 năm 2021

KẾ HOẠCH
Tuyển dụng công chức cấp xã năm 2021

1. Các mốc thời gian:
Nội dung
Thời hạn
Nơi nhận
Nộp Phiếu đăng ký dự tuyển
trước ngày 20/4/2021
Phòng Nội vụ thị xã
2. Phòng Nội vụ đăng thông báo tuyển dụng.

Nơi nhận:
- Sở Nội vụ (b/c);
- Lưu: VT, NV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Hồng Nhung
"""

_BARE = """UBND HUYỆN CẨM XUYÊN
PHÒNG NỘI VỤ
Số: 27/PNV
V/v báo cáo số lượng viên chức
Cẩm Xuyên, ngày 11 tháng 7 năm 2022

Kính gửi: Các trường học trực thuộc.

1. Các trường báo cáo số lượng viên chức trước ngày 20/7/2022.
2. Gửi báo cáo về Phòng Nội vụ.

Nơi nhận
- Như trên;
- Lưu: VT.
TRƯỞNG PHÒNG
Trần Văn Lực
"""


def _texts(doc: vbcd.Document) -> list[str]:
    return [r.text for r in doc.recipients]


def test_pipe_table_column_is_not_the_recipient_heading() -> None:
    doc = vbcd.parse(_PIPE)
    assert _texts(doc) == ["Như trên", "Sở Tài chính"]
    assert doc.archive == ["VT", "TCBC"]


def test_pipe_table_keeps_the_clause_after_it() -> None:
    doc = vbcd.parse(_PIPE)
    labels = [c.label for c in doc.clauses]
    assert labels[:3] == ["1", "2", "3"]


def test_cells_one_per_line_column_is_not_the_recipient_heading() -> None:
    doc = vbcd.parse(_CELLS)
    assert _texts(doc) == ["Sở Nội vụ"]


def test_bare_heading_before_dash_items_still_opens_the_list() -> None:
    doc = vbcd.parse(_BARE)
    assert _texts(doc) == ["Như trên"]
