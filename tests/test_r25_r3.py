"""Round 25 (R3: OCR damage in numbers and the signature block). Invented documents;
each case but the near misses fails on the base code."""

from vbcd import parse


def _doc(body: str, tail: str = "Nơi nhận:                    KT. CHỦ TỊCH\n"
         "- Như trên;                  PHÓ CHỦ TỊCH\n- Lưu: VT, TH.\n\n"
         "                             Hoàng Văn Sơn\n"):
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 76/UBND-KT\nV/v quản lý khai thác khoáng sản\n"
        "Kính gửi: Sở Tài nguyên và Môi trường.\n"
    )
    return parse(head + body + "\n" + tail)


def _refs(doc) -> list[str]:
    return [r.number for r in doc.references]


def test_cited_number_without_label_has_its_lookalikes_read() -> None:
    doc = _doc("Thực hiện Chỉ thị O7/CT-TTg của Thủ tướng Chính phủ và Công văn l23/VPCP-CN "
               "ngày l2/l2/2024 của Văn phòng Chính phủ, đề nghị Sở kiểm tra các mỏ đá.")
    assert "07/CT-TTg" in _refs(doc)
    assert "123/VPCP-CN" in _refs(doc)
    assert "2024-12-12" in [d.value for d in doc.dates]


def test_code_without_hyphenated_type_is_left_alone() -> None:
    doc = _doc("Đề nghị phối hợp với Đài VOV phát sóng chương trình Ol/2025 và TO chức "
               "tuyên truyền về khoáng sản.")
    assert "Ol/2025" in doc.text
    assert "TO chức" in doc.text


def test_signer_name_of_four_words_after_column_gap_leaves_archive() -> None:
    doc = _doc("Đề nghị Sở kiểm tra các mỏ đá trên địa bàn tỉnh.",
               "Nơi nhận:                                      KT. CHỦ TỊCH\n"
               "- Như trên;                                    PHÓ CHỦ TỊCH\n"
               "- Lưu: VT, BTXH.          Phạm Thị Thanh Hương\n")
    assert doc.archive == ["VT", "BTXH"]
    assert doc.signature is not None
    assert doc.signature.name == "Phạm Thị Thanh Hương"


def test_signer_name_after_stop_of_codes_leaves_archive_line() -> None:
    doc = _doc("Đề nghị Sở kiểm tra các mỏ đá trên địa bàn tỉnh.",
               "Nơi nhận:                    TL. CHỦ TỊCH\n"
               "- Như trên;                  CHÁNH VĂN PHÒNG\n"
               "- Lưu: VT, KTN. Nguyễn Thị Bích Ngọc\n")
    assert doc.archive == ["VT", "KTN"]
    assert doc.archive_line is not None
    assert doc.archive_line.value == "VT, KTN."


def test_office_name_in_archive_is_kept() -> None:
    doc = _doc("Đề nghị Sở kiểm tra các mỏ đá trên địa bàn tỉnh.",
               "Nơi nhận:\n- Như trên;\n- Lưu: VT, Văn phòng Sở.\n\n"
               "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐào Minh Châu\n")
    assert doc.archive == ["VT", "Văn phòng Sở"]
