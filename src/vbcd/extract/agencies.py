"""Agencies (organs) a document names: ``Sở Y tế``, ``Ban cán sự đảng UBND tỉnh``.

An organ name is a *head* (``Sở``, ``Ủy ban nhân dân``, ``Đảng ủy``) followed by
*modifiers* (``Y tế``, ``tỉnh Quảng Ninh``, ``Trung ương``) or, for a chain head,
by a whole organ (``Đảng ủy`` + ``Bộ Y tế``). The grammar's words live in
``grammar/data/agencies.toml``; the machinery is split by job:

* :mod:`vbcd.extract.organ_window` — where the grammar runs: a regex scan
  for candidate heads, windows of text around them, repeated text read once;
* :mod:`vbcd.extract.organ_tokens` — tokens of those windows (cut with
  :func:`vbcd.extract.tokens.split`) and phrase tries;
* :mod:`vbcd.extract.organ_tables` — the TOML tables, typed;
* :mod:`vbcd.extract.organ_grammar` — reading organs, classes and lists;
* :mod:`vbcd.extract.organ_merge` — one :class:`~vbcd.models.Agency` per organ.

Why a grammar and not NER: the measured NER models never tag ``Sở ...`` and
confuse titles with organs (docs/libraries.md), while organ names follow a
small, closed set of heads and a regular modifier order.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from vbcd.extract.organ_grammar import LEVEL_RANK, Found
from vbcd.extract.organ_merge import HEADER_CHARS, merge
from vbcd.extract.organ_tables import LEVEL_SCOPE, expand_abbreviations
from vbcd.extract.organ_window import scan
from vbcd.extract.tokens import folded
from vbcd.grammar.patterns import OWN_MOTTO
from vbcd.models import Agency
from vbcd.normalize import fold_tones

__all__ = ["expand_abbreviations", "find_agencies", "issuer_rank"]


#: Issuers whose rank is kept: a batch's documents come from few issuers (168 fixture
#: documents from 49), and reading one costs as much as a short paragraph.
ISSUER_CACHE = 256


@lru_cache(maxsize=ISSUER_CACHE)
def issuer_rank(issuer: str | None) -> int:
    """The rank (:data:`~.organ_grammar.LEVEL_RANK`) of the lowest level among the
    organs the header's issuer names (``UBND TỈNH NINH BÌNH`` / ``UBND XÃ GIAO THỦY``:
    a commune), 0 if none has one. The grammar reads it, so Party committees have
    their level too (``HUYỆN ỦY HẢI HẬU``: a district). Kept by issuer (a pure
    function of the string)."""
    if not issuer or not issuer.strip():
        return 0
    try:
        found = scan(issuer, fold_tones(issuer))  # (not ``folded``: it keeps the text's)
    except (regex.error, TimeoutError, RecursionError):
        return 0
    rank = max((LEVEL_RANK.get(f.level or "", 0) for f in found), default=0)
    if not rank and (m := _PARTY_UNIT.search(issuer)) is not None:
        rank = LEVEL_RANK.get(_PARTY_LEVELS.get(m.group(1).casefold(), ""), 0)
    return rank


# A Party organisation over its committee in a header (``ĐẢNG BỘ XÃ MƯỜNG LÁT`` /
# ``ĐẢNG ỦY``) is a membership, not an organ, so the scan finds no level in it; yet it
# is the committee's level: in that commune's document ``Đảng ủy xã`` and ``Ban CHQS
# xã`` name its own bodies, not every commune's.
_PARTY_LEVELS: dict[str, str] = {w.casefold(): lv for w, lv in LEVEL_SCOPE}
_PARTY_UNIT = regex.compile(
    r"(?<![\p{L}\p{N}])Đảng[ \t]+bộ[ \t]+("
    + "|".join(regex.escape(w) for w in sorted(_PARTY_LEVELS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])", regex.IGNORECASE)


def find_agencies(
    text: str, *, match: str | None = None, issuer: str | None = None,
    cells: frozenset[int] = frozenset(),
) -> list[Agency]:
    """Every specific organ the text names, one :class:`Agency` per organ.

    ``text`` is the normalised document text; every mention's span slices it.
    ``name`` is the organ as first written in running text in full (a short
    reference such as ``UBND tỉnh``, or a header line in capitals, is used only
    when nothing else names the organ); ``canonical`` is the fullest name with
    abbreviations expanded, tones and case folded. A mention in a distributive
    list gets a name rebuilt from the list (``Bộ Y tế`` for the item ``Y tế`` of
    ``các Bộ: Y tế, Nội vụ``) while its span is the item. Classes (``các sở,
    ban, ngành``, ``UBND các tỉnh``, ``UBND cấp xã``) are not organs.

    ``match`` is the tone-folded copy of ``text`` (``fold_tones(text)``) if the
    caller has it; it saves folding the text again.

    ``issuer`` is the header's issuer: in a district's or a commune's document a
    bare level word of its level or above names its own unit (``Công an huyện``,
    ``UBND xã``), while elsewhere it names every district or commune (a class).

    ``cells`` are the offsets of the line breaks that were a table's cell borders
    (:meth:`~vbcd.normalize.Normalized.cell_breaks`), or of the first word of an
    organ's line under its parent's in the header: no name runs on across one.

    Never raises for damaged input: what cannot be read is left out.
    """
    if not text or not text.strip():
        return []
    try:
        found = scan(text, folded(text, match), issuer_rank(issuer), cells)
    except (regex.error, TimeoutError, RecursionError):
        return []
    return merge([f for f in found if not _own_motto(text, f)], text)


def _own_motto(text: str, f: Found) -> bool:
    """Is the mention the Youth Union's motto line in the header (``ĐOÀN TNCS HỒ CHÍ
    MINH`` over the document's number, lexicon.toml ``own_mottos``)? It heads every
    document of the Union as the national motto heads a State one: no organ named.
    The same words in running text are the Union itself."""
    if not f.upper or f.start >= HEADER_CHARS:
        return False
    m = OWN_MOTTO.fullmatch(text, f.start, f.end)
    return m is not None and m.group("any") is not None
