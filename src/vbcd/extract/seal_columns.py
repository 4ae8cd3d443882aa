"""The seal's legend in a linearised footer, so that its words are no organ.

A scanned or converted document often prints the round seal's text (``ỦY BAN NHÂN DÂN``
/ ``TỈNH QUẢNG NAM``) beside the recipient list or under the signer's position, as
capitals lines that look like an organ's name. The organ is the issuer's own, named by
the header; read from the seal it would be a second, spurious agency.
"""

from __future__ import annotations

import re
from functools import cache

from vbcd.models import Agency, Annex, Recipient, Signature

#: Where a linearised footer's columns part: a line break, a tab or a run of spaces.
_COLUMN_BREAK = re.compile(r"\n|\t|  +")


@cache
def _seal_opening() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening of a seal legend's line: an organ's head or a level word in capitals
    with its marks (``ỦY BAN``, ``TỈNH``; ``TRƯỞNG`` is no ``TRƯỜNG``), and the same
    unmarked for a scan that lost them (``UY BAN``, ``TINH``)."""
    from vbcd.segment.text import SEAL_HEADS
    from vbcd.syllables import strip_marks

    def alt(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    marked = re.compile(rf"(?:{alt(set(SEAL_HEADS))})(?!\w)")
    bare = re.compile(rf"(?:{alt({strip_marks(h).upper() for h in SEAL_HEADS})})(?!\w)")
    return marked, bare


def seal_columns(
    text: str, agencies: list[Agency], sig: Signature, recipients: list[Recipient],
    annexes: list[Annex],
) -> list[tuple[int, int]]:
    """The spans of the seal's legend in a document's footer, when an organ in capitals
    is named there (else none).

    A legend is two columns of the footer on consecutive lines (a line, or a line's part
    after a wide gap), in capitals, outside every recipient item, each opening with an
    organ's head or a level word: ``UY BAN NHAN DAN`` / ``TINH QUANG NAM`` beside the
    recipients, ``VĂN PHÒNG`` / ``UBND TỈNH X`` under the position. A position line
    (``TRƯỞNG BAN NGHIỆP VỤ``) opens with a title, an item (``- VP UBND TP``) with its
    mark, and an authority line's wrapped organ (``KT. TRƯỞNG`` / ``BAN NGHIỆP VỤ
    THUẾ``) stands alone."""
    tail = min([sig.start, *(r.start for r in recipients[:1])])
    end = annexes[0].start if annexes else len(text)
    if not any(tail <= m.start < end and m.text.isupper() for a in agencies for m in a.mentions):
        return []
    marked, bare = _seal_opening()
    items = [(r.start, r.end) for r in recipients]
    cols: list[tuple[int, int, int]] = []  # (line, start, stop) of each seal-like column
    pos, line = tail, 0
    for brk in (*_COLUMN_BREAK.finditer(text, tail, end), None):
        stop = end if brk is None else brk.start()
        col = text[pos:stop]
        # (a head's title ends in ``TRƯỞNG``: ``CHI CỤC TRƯỞNG`` over a joint block's organ)
        if (col and col.isupper() and (marked.match(col) or (col.isascii() and bare.match(col)))
                and not col.endswith(("TRƯỞNG", "TRUONG"))
                and not any(a < stop and pos < b for a, b in items)):
            cols.append((line, pos, stop))
        if brk is None:
            break
        line += brk.group() == "\n"
        pos = brk.end()
    return [(a, b) for k, (ln, a, b) in enumerate(cols)
            if any(abs(ln - other[0]) == 1 for other in cols[max(0, k - 2):k + 3])]
