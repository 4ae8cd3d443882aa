"""Round 15, information and communications family: the security, cyber and telecom
units' names, the warnings' ``khuyến nghị`` cue, the carriers' class noun and the
commune's cultural post office (see grammar/data/agencies.toml and assignments.toml)."""

from __future__ import annotations

import vbcd


def _agencies(text: str) -> list[str]:
    return [a.name for a in vbcd.parse(text).agencies]


def _actors(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.actor) for a in vbcd.parse(text).assignments]


def test_security_agency_names_run_past_small_words() -> None:
    text = ("1. Trung tâm Giám sát an toàn không gian mạng quốc gia hỗ trợ các đơn vị "
            "rà soát lỗ hổng.")
    assert _agencies(text) == ["Trung tâm Giám sát an toàn không gian mạng quốc gia"]


def test_information_security_authority_before_its_verb() -> None:
    text = "Cục An toàn thông tin hướng dẫn các đơn vị triển khai bản vá."
    assert _agencies(text) == ["Cục An toàn thông tin"]


def test_frequency_and_cert_units() -> None:
    text = ("Cục Tần số vô tuyến điện và Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam "
            "phối hợp xử lý trạm BTS giả.")
    assert _agencies(text) == ["Cục Tần số vô tuyến điện",
                               "Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam"]


def test_recommendation_cue_hands_the_task_to_the_readers() -> None:
    text = "Cục An toàn thông tin khuyến nghị các cơ quan, đơn vị cập nhật bản vá."
    assert _actors(text) == [("responsible", "các cơ quan, đơn vị")]


def test_carriers_class_noun_is_an_actor() -> None:
    text = "Đề nghị các nhà mạng rà soát, chuẩn hóa thông tin thuê bao trước ngày 30/6/2024."
    d = vbcd.parse(text)
    assert [(a.actor, a.deadline) for a in d.assignments] == [("các nhà mạng", "2024-06-30")]


def test_carriers_block_fraud_numbers() -> None:
    text = "3. Các nhà mạng trên địa bàn chặn các đầu số giả mạo."
    assert _actors(text) == [("responsible", "Các nhà mạng trên địa bàn")]


def test_commune_cultural_post_office() -> None:
    text = "3. Bưu điện văn hóa xã hỗ trợ người dân kích hoạt tài khoản VNeID."
    d = vbcd.parse(text)
    assert [(a.name, a.level) for a in d.agencies] == [("Bưu điện văn hóa xã", "commune")]
    assert [a.actor for a in d.assignments] == ["Bưu điện văn hóa xã"]


def test_it_terms_are_not_dates() -> None:
    text = ("Máy chủ đặt tại địa chỉ IP 113.160.25.10, hệ điều hành Ubuntu 22.04, phần mềm "
            "phiên bản 2.3.12, giám sát 24/7; báo cáo trước ngày 15/12/2024.")
    assert [m.value for m in vbcd.parse(text).dates] == ["2024-12-15"]
