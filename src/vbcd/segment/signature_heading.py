"""The organ heading over a joint document's signer's block.

Two or three organs that sign one document (a hướng dẫn liên tịch, a quy chế phối hợp,
a kế hoạch liên ngành) each print their own name above their block::

    SỞ Y TẾ                     SỞ GIÁO DỤC VÀ ĐÀO TẠO
    KT. GIÁM ĐỐC                KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC                PHÓ GIÁM ĐỐC

and a converter's table cell puts the heading on the mark's line
(``CÔNG AN TỈNH KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn A``). The heading is neither the
block's authority nor its title, and not the body's either: the body ends above it.
"""

from __future__ import annotations

import re

import regex

from vbcd.grammar import load
from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import is_upper_line
from vbcd.normalize import COLUMN_GAP

#: The gap between the columns of blocks printed side by side (a tab, or wide blanks).
_COLUMNS = re.compile(r" *\t[ \t]*| {" + str(COLUMN_GAP) + ",}")
#: An organ's name opening a line: an issuer's head word of the header tables or a level
#: word of the seal's (``SỞ``, ``CÔNG AN``, ``VIỆN KIỂM SÁT``, ``ỦY BAN``, ``TỈNH``), as
#: printed, marks kept (stripped, ``ĐẠI DIỆN`` would read as ``ĐÀI``); a head that is
#: a position (``CHỦ TỊCH``, ``THỦ TƯỚNG``) heads no organ's block.
_HEADING = regex.compile(r"^\s*" + P.words_alt(
    {h for h in (*load("header")["issuer"]["heads"], *load("signature")["titles"]["seal_heads"])
     if h not in load("signature")["titles"]["heading_not_heads"]}, fold=False) + r"(?!\p{L})")
#: Longest organ name a heading column holds (a ministry's full name with its level).
HEADING_MAX = 80


def organ_heading(s: str) -> bool:
    """Is ``s`` an organ's name in capitals, or two or three side by side (each column
    opening with an organ's head word of the seal table: ``SỞ``, ``BỘ``, ``CÔNG AN``,
    ``ỦY BAN``, ``VIỆN``)? Table pipes and bold marks around it are ignored."""
    s = s.strip(" \t*|")
    if not s or not is_upper_line(s):
        return False
    cols = [c for c in _COLUMNS.split(s) if c]
    return len(cols) <= 3 and all(
        len(c) <= HEADING_MAX and _HEADING.match(c) is not None for c in cols)


def organ_lead(s: str) -> bool:
    """Is ``s``, what stands before an authority mark on its line, the block's organ
    heading (one column's cell read as a line: ``CÔNG AN TỈNH KT. GIÁM ĐỐC``)? Apart
    from the mark by a column gap it is another column (a record's role beside the
    organ's block: ``ĐẠI DIỆN HỘ GIA ĐÌNH      TM. ỦY BAN NHÂN DÂN``), not a heading."""
    return _COLUMNS.search(s.lstrip(" \t*|")) is None and organ_heading(s)


def heading_start(text: str, start: int) -> int | None:
    """Where the organ heading of the block starting at ``start`` begins: on the block's
    line before it (a table cell read as one line), or on the line right above (no
    blank line between); None when there is none."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if lead.strip(" \t*|"):
        return (line_start + len(lead) - len(lead.lstrip(" \t*|"))
                if organ_lead(lead) else None)
    if line_start < 2 or text[line_start - 2] == "\n":
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above:line_start - 1]
    if not organ_heading(line):
        return None
    return above + len(line) - len(line.lstrip(" \t*|"))
