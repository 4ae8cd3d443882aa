"""Round 26 (AA2): a port authority's area offices as a heading's actor, and the
police's domestic-security department kept whole in a position (invented texts)."""

from vbcd import parse

_HEAD = "CẢNG VỤ HÀNG HẢI THANH HÓA\nSố: 215/CĐ-CVHHTH\n\nCÔNG ĐIỆN\nVề việc ứng phó áp thấp\n\n"


def _assign(body: str) -> list[tuple[str, str]]:
    return [(a.clause, a.actor) for a in parse(_HEAD + body).assignments]


def test_port_offices_heading_gives_items_actor() -> None:
    got = _assign("Giám đốc Cảng vụ yêu cầu:\n\n1. Các Đại diện Cảng vụ Hàng hải:\n"
                  "a) Thông báo kịp thời diễn biến của áp thấp cho thuyền trưởng.\n"
                  "b) Hướng dẫn tàu thuyền vào khu neo đậu tránh trú an toàn.\n\n"
                  "2. Phòng Pháp chế chủ trì kiểm tra việc neo đậu.\n")
    assert ("1/a", "Các Đại diện Cảng vụ Hàng hải") in got
    assert ("1/b", "Các Đại diện Cảng vụ Hàng hải") in got


def test_heading_without_actor_gives_none() -> None:
    got = _assign("Giám đốc Cảng vụ yêu cầu:\n\n1. Về công tác phối hợp:\n"
                  "a) Duy trì liên lạc thường xuyên với các lực lượng.\n"
                  "b) Báo cáo tình hình hằng ngày.\n\n"
                  "2. Phòng Pháp chế chủ trì kiểm tra việc neo đậu.\n")
    assert [c for c, _ in got if c.startswith("1")] == []


def test_domestic_security_department_kept_in_position() -> None:
    doc = parse("UBND TỈNH GIA LAI\nSố: 5/KH-UBND\n\nKẾ HOẠCH\nTập huấn\n\n1. Nội dung\n"
                "- Báo cáo viên: ông Rơ Mah Thuân, Phó Trưởng phòng An ninh nội địa "
                "Công an tỉnh.\n")
    (person,) = doc.persons
    (pos,) = person.positions
    assert pos.title == "Phó Trưởng phòng"
    assert pos.organ == "An ninh nội địa Công an tỉnh"
