"""Round 26 (AB2): immigration and consular letters, on invented text.

The foreign ministry's committee for the overseas Vietnamese has a long name in small
letters that was cut to ``Ủy ban Nhà nước``; a state abroad named with ``bang`` before
its country in brackets was not read as a place.
"""

from vbcd import parse


def _agencies(text: str) -> list[str]:
    return [a.name for a in parse(text).agencies]


def _places(text: str) -> list[str]:
    return [p.name for p in parse(text).places]


def test_overseas_committee_read_whole() -> None:
    text = ("Sở Ngoại vụ phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài "
            "tổ chức chương trình Xuân Quê hương cho kiều bào.")
    assert "Ủy ban Nhà nước về người Việt Nam ở nước ngoài" in _agencies(text)


def test_overseas_committee_lower_case() -> None:
    text = "Đề nghị báo cáo Ủy ban nhà nước về người Việt Nam ở nước ngoài trước ngày 15/12."
    assert _agencies(text) == ["Ủy ban nhà nước về người Việt Nam ở nước ngoài"]


def test_state_abroad_before_country() -> None:
    text = "Hai lao động bị tạm giữ tại bang Sabah (Ma-lai-xi-a) đã được trao trả."
    assert "Sabah" in _places(text)
    assert "Ma-lai-xi-a" in _places(text)


def test_state_abroad_after_district() -> None:
    text = "Đoàn làm việc với cộng đồng người Việt ở bang Victoria (Ô-xtrây-li-a)."
    assert "Victoria" in _places(text)
