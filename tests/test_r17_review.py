"""Round 17 review: what the blind set's span check found in the round's own changes."""

from __future__ import annotations

import vbcd


def test_a_bare_typed_mention_quotes_the_printed_letters() -> None:
    """A marked text with an organ typed bare once (``Phong Tai nguyen va Moi truong``) and in full
    elsewhere: the restored copy reads both as one organ, and the bare mention's surface
    is the text at its own span, not the full spelling found elsewhere."""
    doc = vbcd.parse(
        "UBND QUẬN HẢI CHÂU\nSố: 88/TB-UBND\nĐà Nẵng, ngày 10 tháng 5 năm 2023\n\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND quận\n\n"
        "Ngày 08/5/2023, Chủ tịch UBND quận chủ trì cuộc họp. Tham dự có lãnh đạo "
        "Phong Tai nguyen va Moi truong, Phòng Quản lý đô thị và UBND các phường.\n"
        "1. Giao Phòng Tài nguyên và Môi trường chủ trì rà soát các thửa đất, báo cáo UBND quận "
        "truoc ngay 20/5.\n2. UBND các phường phối hợp thực hiện.\n")
    for agency in doc.agencies:
        for mention in agency.mentions:
            assert doc.text[mention.start:mention.end] == mention.text
    bare = [m for a in doc.agencies for m in a.mentions if m.text == "Phong Tai nguyen va Moi truong"]
    assert bare, [m.text for a in doc.agencies for m in a.mentions]
