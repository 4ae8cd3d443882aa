"""Round 25 (O2: children, gender equality, the elderly): damage of scanned signature
blocks. Invented documents; each case fails on the base code."""

from vbcd import parse


def _doc(tail: str):
    head = (
        "ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN\nSố: 88/UBND-VP\nV/v phòng, chống đuối nước trẻ em\n"
        "Kính gửi: UBND các xã, thị trấn.\n"
        "1. UBND các xã rà soát các hố nước nguy hiểm tại xã Nam Giang.\n"
        "2. Báo cáo kết quả trước ngày 20/6/2024.\n"
    )
    return parse(head + tail)


def test_seal_legend_over_signature_is_no_place() -> None:
    doc = _doc(
        "Nơi nhận:                          KT. CHỦ TỊCH\n"
        "- Như trên;                          PHÓ CHỦ TỊCH\n"
        "- Lưu: VT.                          HUYỆN NAM ĐÀN\n"
        "                                     Lê Văn Bình\n")
    assert [p.name for p in doc.places] == ["Nam Giang"]


def test_signer_name_glued_to_archive_line() -> None:
    doc = _doc(
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, LĐTBXH. Trần Đình Khoa\n")
    assert doc.signature is not None
    assert doc.signature.name == "Trần Đình Khoa"
    assert doc.archive == ["VT", "LĐTBXH"]


def test_signer_name_after_column_gap_on_archive_line() -> None:
    doc = _doc("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- Lưu: VP.      Lò Thị Mai\n")
    assert doc.signature is not None
    assert doc.signature.name == "Lò Thị Mai"


def test_archive_item_that_is_no_name_is_not_taken() -> None:
    doc = _doc("Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT. Phòng Tư pháp\n")
    assert doc.signature is None or doc.signature.name is None
