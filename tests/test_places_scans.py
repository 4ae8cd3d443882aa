"""The candidate scans of vbcd.extract.places_scan find every place the rules can find.

The scans read the case-folded text and skip to the few tokens where a rule may
fire; when case folding changes lengths, every token is a candidate instead.
Both readings must give the same places, so forcing the every-token reading on
texts where the scans run compares the scans with an exhaustive search.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vbcd.extract import places
from vbcd.extract.places_tokens import Tokens
from vbcd.models import Place
from vbcd.normalize import fold_tones, normalize

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _every_token(text: str, regions: bool = False) -> list[Place]:
    """The places found with every token a candidate (no case-folded text)."""
    folded = fold_tones(text)
    real = places._tokens
    places._tokens = lambda t, m: Tokens(t, folded, None)  # type: ignore[assignment]
    try:
        return places._find(text, regions, None)
    finally:
        places._tokens = real  # type: ignore[assignment]


def _same(text: str) -> None:
    for regions in (False, True):
        scanned = places.find_places(text, regions=regions)
        assert scanned == _every_token(text, regions), text[:200]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.txt"))[::6], ids=lambda p: p.name)
def test_scans_find_what_every_token_finds_in_the_fixtures(path: Path) -> None:
    _same(normalize(path.read_text(encoding="utf-8")).text)


_WORDS = [
    "tỉnh", "Tỉnh", "TỈNH", "thành phố", "TP.", "TP", "tp", "huyện", "quận", "thị xã", "xã",
    "phường", "thị trấn", "thôn", "khu phố", "tổ dân phố", "đặc khu", "các", "hai", "12",
    "Quảng Ninh", "Hà Nội", "Hà  Nội", "Hồ Chí Minh", "HCM", "Hạ Long", "Đông Triều", "Việt Nam",
    "Lào", "Anh", "Pháp", "Đức", "Cam-pu-chia", "Ý", "Huế", "Thừa Thiên Huế", "Tây Nguyên",
    "Bình", "Minh", "Ông", "Đài Truyền hình", "tại", "ở", "địa phương:", "địa bàn", "và",
    "Hồng Thái", "(", ")", "( Huế )", ",", ".", ":", "-", " - ", "\n", "\n\n", " ", "  ",
    "ngày", "UBND", "ỦY BAN NHÂN DÂN", "Hoà Bình", "HOÀ BÌNH", "M'Đrắk", "Cư M’gar",
    # characters that case-fold to a letter of a name (Kelvin sign, long s), or to two
    "\u212aon Tum", "tỉnh \u212aon Tum", "\u017fơn La", "Sơn La", "İ", "Straße",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
@example("các tỉnh : Tỉnh")  # a blank before a plural prefix's colon
def test_scans_find_what_every_token_finds_in_word_soup(text: str) -> None:
    _same(text)


def test_case_insensitive_tails_accept_every_folding_character() -> None:
    """The name scan spells key characters case-insensitively: every character that
    case-folds to a key character must match it (the scan may accept more)."""
    import re

    from vbcd.extract.places_data import Trie, _alts, data

    d = data()
    tries = (d.names, d.regions, d.districts)
    chars = {ch for t in tries for k in Trie.keys(t) for s in k for ch in s}
    for ch in chars:
        pattern = re.compile("(?i:" + re.escape(ch) + ")")
        for form in _alts(ch):
            assert pattern.fullmatch(form), (ch, form)


def test_a_country_with_no_token_before_it_reads_no_city_abroad() -> None:
    # the comma-abroad scan looks at the gap before each country: there may be none
    _same("( Việt Nam (")
