"""A component that fails costs its layer, not the document (nor a caller's loop)."""

from __future__ import annotations

import pytest

import vbcd
from vbcd.errors import ParseTimeoutError
from vbcd.pipeline import Context, Pipeline

TEXT = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 12/TB-UBND\nNam Định, ngày 05 tháng 3 năm 2024\n\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng cháy\n\n"
    "1. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh kiểm tra các công trình, "
    "hoàn thành trước ngày 30/4/2024.\n"
    "2. UBND các huyện rà soát các cơ sở có nguy cơ cháy, nổ.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
    "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An\n"
)


def _broken(ctx: Context) -> None:
    raise ValueError("zip() argument 2 is longer than argument 1")


def _pipeline(*, strict: bool | None) -> Pipeline:
    nlp = Pipeline(strict=strict)
    nlp.replace("places", _broken)
    return nlp


def test_a_failing_component_leaves_a_warning_and_every_other_layer() -> None:
    doc = vbcd.parse(TEXT, pipeline=_pipeline(strict=False))
    failed = [w for w in doc.warnings if w.code == "component_failed"]
    assert len(failed) == 1
    assert "places" in failed[0].message and "ValueError" in failed[0].message
    # the layers before and after the failed one are all there
    assert doc.number is not None and doc.number.value == "12/TB-UBND"
    assert doc.signature is not None and doc.signature.name == "Nguyễn Văn An"
    assert [c.label for c in doc.clauses] == ["1", "2"]
    assert [str(d.date) for d in doc.deadlines] == ["2024-04-30"]
    assert ("Sở Xây dựng", "lead") in [(a.actor, a.role) for a in doc.assignments]
    assert doc.places == []


def test_a_strict_pipeline_lets_the_error_through() -> None:
    with pytest.raises(ValueError, match="zip"):
        vbcd.parse(TEXT, pipeline=_pipeline(strict=True))


def test_strictness_follows_the_environment_when_not_given(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VBCD_STRICT", "0")
    doc = vbcd.parse(TEXT, pipeline=_pipeline(strict=None))
    assert [w.code for w in doc.warnings].count("component_failed") == 1
    monkeypatch.setenv("VBCD_STRICT", "1")
    with pytest.raises(ValueError):
        vbcd.parse(TEXT, pipeline=_pipeline(strict=None))


def test_a_selected_pipeline_keeps_its_strictness() -> None:
    assert Pipeline(strict=False).select(only="header").strict is False
    assert Pipeline(only="title", strict=True).strict is True


def test_the_library_s_own_errors_always_propagate() -> None:
    def timed_out(ctx: Context) -> None:
        raise ParseTimeoutError("parsing took longer than 1 s")

    nlp = Pipeline(strict=False)
    nlp.replace("persons", timed_out)
    with pytest.raises(ParseTimeoutError):
        vbcd.parse(TEXT, pipeline=nlp)
