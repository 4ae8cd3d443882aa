"""Round 26 (U1): amnesty, prisons, reintegration and community sentences.

Invented text throughout: a scanned letter of a police department or a prison whose
bare signing title stands over the seal's ring of text (the header's organ repeated),
the councils that review prisoners for amnesty or early release, the police's units
over criminal sentences named in full and written short.
"""

from __future__ import annotations

import pytest

from vbcd import parse
from vbcd.extract.agencies import find_agencies


def _names(text: str) -> set[str]:
    return {a.name for a in find_agencies(text)}


# --- a seal's ring under a bare title ---------------------------------------------------

_SCAN = """BỘ CÔNG AN
TRẠI GIAM ĐỒNG SƠN
Số: 77/TG-THAHS
V/v tiếp nhận người được tha tù trước thời hạn

Quảng Bình, ngày 03 tháng 10 năm 2023

Kính gửi: Ủy ban nhân dân xã Nghĩa Ninh.

Trại giam thông báo phạm nhân được tha tù trước thời hạn có điều kiện; đề nghị
Ủy ban nhân dân xã tiếp nhận, quản lý người được tha./.

Nơi nhận:
- Như trên;
- Lưu: VT.

{title}
{seal}
Thượng tá Hoàng Minh Trí
"""


@pytest.mark.parametrize(("title", "seal"), [
    ("GIÁM THỊ", "BỘ CÔNG AN\nTRẠI GIAM ĐỒNG SƠN"),
    ("GIÁM THỊ", "TRẠI GIAM ĐỒNG SƠN\n(Đã ký)"),
    ("PHÓ GIÁM THỊ", "TRAI GIAM DONG SON"),
])
def test_seal_under_a_bare_title_is_no_part_of_it(title: str, seal: str) -> None:
    doc = parse(_SCAN.format(title=title, seal=seal))
    assert doc.signature is not None
    assert doc.signature.title == title
    assert doc.signature.name == "Hoàng Minh Trí"


def test_an_office_under_a_bare_title_not_in_the_header_stays() -> None:
    # the office the signer heads, wrapped onto its own line: no seal of the issuer
    doc = parse(_SCAN.format(title="GIÁM ĐỐC", seal="BỆNH VIỆN PHẠM NHÂN"))
    assert doc.signature is not None
    assert doc.signature.title == "GIÁM ĐỐC BỆNH VIỆN PHẠM NHÂN"


# --- amnesty and sentence councils, the police's sentence units ----------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Theo Hướng dẫn số 05/HD-HĐTVĐX của Hội đồng tư vấn đặc xá, Công an tỉnh rà soát.",
     "Hội đồng tư vấn đặc xá"),
    ("Hội đồng xét đặc xá của Trại giam Phú Sơn họp ngày 02/8/2024.",
     "Hội đồng xét đặc xá"),
    ("Biên bản của Hội đồng xét tha tù trước thời hạn có điều kiện của Trại giam Kim Sơn.",
     "Hội đồng xét tha tù trước thời hạn có điều kiện"),
    ("Đề nghị Ban Chỉ đạo thi hành án hình sự tỉnh Lạng Sơn kiểm tra.",
     "Ban Chỉ đạo thi hành án hình sự tỉnh Lạng Sơn"),
    ("Giao Đội Thi hành án hình sự tại cộng đồng Công an huyện Lục Ngạn theo dõi.",
     "Đội Thi hành án hình sự tại cộng đồng Công an huyện Lục Ngạn"),
])
def test_amnesty_and_sentence_bodies_are_named_whole(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("short", ["Đội CSTHAHS&HTTP", "Đội CS THAHS và HTTP"])
def test_sentence_unit_written_short_is_the_unit_in_full(short: str) -> None:
    text = ("1. Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp lập hồ sơ.\n\n"
            f"Nơi nhận:\n- Công an huyện Tân Kỳ ({short});\n- Lưu: VT.\n")
    names = _names(text)
    assert short not in names
    assert "Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp" in names
