"""Round 20, E6: lower Party bodies' notices, plans and letters (invented texts).

* a meeting reported in the preamble's second sentence, after a first one that cites the
  decision behind it or states facts (``Thực hiện Quyết định số ..., ngày ... . Ngày
  15/6/2021, Ủy ban Kiểm tra Tỉnh ủy họp, ...``);
* a newspaper's editor-in-chief joined to an organ by ``và`` in an actor list (``Hội Nhà
  báo tỉnh và Tổng Biên tập Báo X chủ trì ...``): two actors;
* an OCR-damaged word after a small ``giao`` inside an organ's name (``Phòng Cảnh sát
  giao thỏng chủ trì ...``): the name is the actor, ``giao`` no cue.
"""

from __future__ import annotations

from vbcd import parse

_HEAD = """TỈNH ỦY {prov}
{organ}
*
Số {num}
ĐẢNG CỘNG SẢN VIỆT NAM
{place}, ngày 20 tháng 6 năm 2021

THÔNG BÁO
KẾT LUẬN CỦA {body}
về một số nội dung công tác

{preamble}

1. {clause}

2. Các chi bộ trực thuộc triển khai thực hiện.

Nơi nhận:
- Các chi bộ,
- Lưu VP.

T/M {body}
CHỦ NHIỆM

Hoàng Văn Quý
"""


def _doc(preamble: str, clause: str = "Giao Văn phòng tổng hợp, báo cáo.") -> str:
    return _HEAD.format(prov="YÊN BÁI", organ="ỦY BAN KIỂM TRA", num="61-TB/UBKTTU",
                        place="Yên Bái", body="ỦY BAN KIỂM TRA", preamble=preamble,
                        clause=clause)


def _meeting(text: str) -> str | None:
    m = parse(text).meeting_date
    return None if m is None else str(m.value)


def test_meeting_in_second_sentence_after_a_cited_decision() -> None:
    text = _doc("Thực hiện Quyết định số 208-QĐ/UBKTTU, ngày 12/3/2021 của Ủy ban Kiểm tra "
                "Tỉnh ủy, Đoàn kiểm tra đã làm việc với Đảng ủy Quân sự tỉnh từ ngày "
                "05/4/2021 đến ngày 30/4/2021. Ngày 16/6/2021, Ủy ban Kiểm tra Tỉnh ủy họp, "
                "xem xét báo cáo của Đoàn kiểm tra và kết luận như sau:")
    assert _meeting(text) == "2021-06-16"


def test_meeting_in_second_sentence_after_a_fact() -> None:
    text = _doc("Tính đến hết ngày 31/5/2021, toàn tỉnh còn 9 tổ chức đảng chưa nộp báo cáo. "
                "Chiều ngày 15/6/2021, Thường trực Tỉnh ủy làm việc với Ủy ban Kiểm tra "
                "Tỉnh ủy, sau khi nghe báo cáo, kết luận như sau:")
    assert _meeting(text) == "2021-06-15"


def test_second_sentence_issuing_a_plan_is_no_meeting() -> None:
    text = _doc("Thực hiện Kế hoạch số 40-KH/TU, ngày 02/3/2021 của Ban Thường vụ Tỉnh ủy. "
                "Ngày 06/3/2021, Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 11-KH/UBKTTU "
                "triển khai thực hiện, thông báo như sau:")
    assert _meeting(text) is None


def _actors(clause: str) -> list[str]:
    text = _doc("Ngày 16/6/2021, Ủy ban Kiểm tra Tỉnh ủy họp và kết luận như sau:", clause)
    return [a.actor for a in parse(text).assignments]


def test_editor_in_chief_after_va_is_a_second_actor() -> None:
    actors = _actors("Hội Nhà báo tỉnh và Tổng Biên tập Báo Yên Bái chủ trì tổ chức tọa "
                     "đàm về báo chí cách mạng.")
    assert "Hội Nhà báo tỉnh" in actors
    assert "Tổng Biên tập Báo Yên Bái" in actors


def test_editor_in_chief_first_in_a_list() -> None:
    actors = _actors("Tổng Biên tập Báo Yên Bái và Giám đốc Đài Phát thanh và Truyền hình "
                     "tỉnh chỉ đạo phóng viên đưa tin đậm nét.")
    assert "Tổng Biên tập Báo Yên Bái" in actors


def test_ocr_damaged_word_after_giao_inside_an_organ() -> None:
    actors = _actors("Phòng Cảnh sát giao thòng Công an tỉnh chủ trì phân luồng các tuyến "
                     "đường quanh khu vực tổ chức lễ.")
    assert any(a.startswith("Phòng Cảnh sát giao") for a in actors)


def test_giao_as_cue_after_an_organ_still_assigns() -> None:
    actors = _actors("Công an tỉnh chủ trì, giao Phòng Cảnh sát giao thông xây dựng phương án "
                     "bảo đảm an toàn giao thông.")
    assert "Công an tỉnh" in actors and "Phòng Cảnh sát giao thông" in actors
