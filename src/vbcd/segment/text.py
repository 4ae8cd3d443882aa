"""Small text helpers shared by the segmentation stages."""

from __future__ import annotations

import datetime as dt

import regex

from vbcd.grammar import load
from vbcd.grammar import patterns as P
from vbcd.syllables import strip_marks

_WS = regex.compile(r"\s+")


def collapse(s: str) -> str:
    """Whitespace runs (line breaks included) to one space, ends stripped."""
    return _WS.sub(" ", s).strip()


def iso_date(year: str | None, month: str | None, day: str | None) -> str | None:
    """ISO date from printed parts, or ``None`` when a part is blank or impossible."""
    try:
        # a part split by OCR (``0 6``) is read without its space
        y, m, d = (int((part or "").replace(" ", "")) for part in (year, month, day))
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def strip_span(text: str, start: int, end: int, chars: str = " \t\n") -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with ``chars``."""
    if start < end and (text[start] in chars or text[end - 1] in chars):
        seg = text[start:end]  # a long run of blanks is stripped in C, not char by char
        head = seg.lstrip(chars)
        start += len(seg) - len(head)
        end = start + len(head.rstrip(chars))
    return start, end


def is_signature_noise(s: str) -> bool:
    """Whether ``s`` is signature noise (``(Đã ký)``, ``Ký bởi: ...``).

    :data:`~vbcd.grammar.patterns.SIGNATURE_NOISE` is linear on its own (atomic
    patterns, possessive blanks), so the text is matched as it is.
    """
    return P.SIGNATURE_NOISE.match(s) is not None



#: The words that open a line of a seal's legend: an organ's head or a level word.
SEAL_HEADS = [*load("header")["issuer"]["heads"], *load("signature")["titles"]["seal_heads"]]
#: A line of a seal's text: an organ's name or a level word opening it (``ỦY BAN NHÂN
#: DÂN``, ``SỞ Y TẾ``, ``TỈNH X``), matched on the line stripped of its marks (OCR drops
#: them: ``UY BAN NHAN DAN``). Read below a signature's position and beside a recipient
#: list (a two-column footer linearised).
SEAL_LINE = regex.compile(
    r"^\s*" + P.words_alt({strip_marks(w) for w in SEAL_HEADS}, fold=False) + r"(?!\p{L})")


def is_lone_mark(text: str) -> bool:
    """An authority mark alone on its line (``TM.``: a table cell wrapped after it),
    written with its dot or slash (a bare ``TM`` alone is too little to go on)."""
    alone = text.strip()
    if alone in P.AUTHORITY_FORMS:
        return not alone.isalpha()
    # a spelled-out phrase of two words or more, in capitals (``THỪA ỦY QUYỀN`` over
    # ``GIÁM ĐỐC``); a lone ``QUYỀN`` may be a word wrapped
    return (" " in alone and alone.isupper() and len(alone) <= 24
            and P.SPELLED_AUTHORITY.get(strip_marks(" ".join(alone.split()))) is not None)


#: Marks that open a list item at a line start (the normaliser writes symbol bullets
#: ``-``; ``•`` stays for text that did not go through it).
ITEM_MARKS = "-–+•"
