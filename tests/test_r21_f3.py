"""Round 21 (F3, digital transformation / Đề án 06): a document forwarded by e-mail and a
portal page's attachment and "Xem thêm" list. The wrapper's fields, cover note, sender
footer and the portal's list of other documents are not the document's: their organs,
places, dates and numbers must not be read as its entities. Invented texts."""

from __future__ import annotations

from vbcd import parse

_BODY = """UBND HUYỆN NAM ĐÀN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   Độc lập - Tự do - Hạnh phúc
Số: 318/UBND-VP                     Nam Đàn, ngày 14 tháng 9 năm 2023
V/v kích hoạt tài khoản định danh điện tử

Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.

Thực hiện Kế hoạch số 61/KH-UBND ngày 03/8/2023 của UBND tỉnh, UBND huyện đề nghị:
1. Công an huyện hướng dẫn công chức kích hoạt tài khoản VNeID trước ngày 30/9/2023.
2. Văn phòng HĐND và UBND huyện tổng hợp kết quả.
Đề nghị các cơ quan, đơn vị thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH

Hồ Sỹ Lâm
"""


def _dates(doc: object) -> set[str]:
    return {str(d.value) for d in doc.dates if d.value is not None}  # type: ignore[attr-defined]


def _names(items: object) -> set[str]:
    return {x.name for x in items}  # type: ignore[attr-defined]


def test_outlook_forward_wrapper_is_not_the_document() -> None:
    text = ("From: Van thu UBND tinh <vanthu@yenbai.gov.vn>\nSent: Friday, September 15, 2023\n"
            "To: phongnoivu@yenbai.gov.vn\nSubject: Fw: van ban huyen Nam Dan\n\n"
            "Chuyển Sở Nội vụ tỉnh Yên Bái, UBND huyện Lục Yên để tham khảo.\n\n"
            "-----Original Message-----\n\n" + _BODY
            + "\n--\nTrân trọng,\nVăn thư Công an huyện Trạm Tấu\nĐT: 0216.3852.100\n")
    doc = parse(text)
    assert doc.number is not None and doc.number.value == "318/UBND-VP"
    agencies = " | ".join(_names(doc.agencies))
    assert "Lục Yên" not in agencies and "Sở Nội vụ" not in agencies
    assert "Trạm Tấu" not in agencies
    assert not {"Yên Bái", "Lục Yên", "Trạm Tấu"} & _names(doc.places)


def test_vietnamese_mail_labels_and_forward_line() -> None:
    text = ("---------- Thư chuyển tiếp ----------\nTừ: Phòng Văn hóa <pvh@quynhluu.gov.vn>\n"
            "Ngày gửi: 16/9/2023\nTiêu đề: chuyển văn bản\n\n" + _BODY)
    doc = parse(text)
    assert "2023-09-16" not in _dates(doc)
    assert {"2023-09-14", "2023-08-03", "2023-09-30"} <= _dates(doc)


def test_form_labels_below_the_header_are_kept() -> None:
    """``Từ:`` / ``Đến:`` lines after the header are the document's, not a mail."""
    text = _BODY + "\nTừ: ngày 01/10/2023\nĐến: ngày 15/10/2023\n"
    doc = parse(text)
    assert {"2023-10-01", "2023-10-15"} <= _dates(doc)


def test_portal_attachment_and_more_list_under_the_signature() -> None:
    text = (_BODY + "\nTệp đính kèm: 318-ubnd-vp.pdf\nXem thêm\n"
            "- Kế hoạch số 27/KH-UBND ngày 21/02/2023 của UBND huyện Quỳ Hợp\n"
            "- Công văn số 1140/UBND-KT ngày 11/7/2023 về số hóa hồ sơ\n")
    doc = parse(text)
    refs = {r.number for r in doc.references}
    assert "61/KH-UBND" in refs
    assert not {"27/KH-UBND", "1140/UBND-KT"} & refs
    assert not {"2023-02-21", "2023-07-11"} & _dates(doc)
