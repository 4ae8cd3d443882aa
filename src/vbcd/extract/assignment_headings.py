"""Where a clause's first line is its heading, though no punctuation ends it.

The assignment grammar reads a single line break as a space: in converted text most of
them are hard wraps inside a sentence (``... phối hợp với`` / ``Sở Tài chính ...``).
A clause often opens with a heading line, though, and its first sentence follows on
the next line::

    1. Tổ chức thực hiện
    Sở Y tế chủ trì, phối hợp với ...

    I. TỔ CHỨC THỰC HIỆN
    Giám đốc Sở Y tế chỉ đạo ...

Read as one sentence, ``Tổ chức thực hiện Sở Y tế chủ trì`` has no subject, and the
assignment is lost. :func:`heading_break` tells such a line break from a wrap by what
stands on both sides of it:

* the line is short (``[heading_line] max_words`` words) and ends with a word, not with
  punctuation, a linking word (``của``, ``và``, ``với``: ``[heading_line]
  continuing_words`` and the list conjunctions) or the head of an actor (``Sở``,
  ``Chánh``, ``Giám đốc``), and gives no task (no cue such as ``Giao``);
* no agency, person or place mention runs across the break (``Ngân hàng Nhà nước`` /
  ``Việt Nam``);
* the next line opens with a capital, and either the heading is written in capitals
  and the next line is not (a capitals heading wrapped goes on in capitals), or the
  next line opens with an actor: an agency mention, an organ's head (``Ủy ban nhân
  dân các cấp``, ``Ban Chỉ huy ...``), a position title (``Giám đốc``), or a plural
  and a title or class (``Các Bộ trưởng``, ``Các sở``); or with a cue
  (``Giao``, ``Yêu cầu``): a new sentence that gives a task.

Every word list is data in ``grammar/data/assignments.toml``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cache

import regex

from vbcd.extract.assignment_lexicon import Lexicon, Phrases, Tokens, tokenize
from vbcd.grammar import load

__all__ = ["heading_break", "run_in_break"]

#: An article heading run into its first sentence (``[heading_line] run_in``), at the
#: start of a clause's text, with the blanks after it.
_RUN_IN = regex.compile(
    r"[ \t*_]*(?:" + "|".join(
        r"[ \t]+".join(map(regex.escape, h.split()))
        for h in sorted(load("assignments")["heading_line"]["run_in"], key=len, reverse=True))
    + r")[ \t*_]*[ \t]", regex.IGNORECASE)


def run_in_break(text: str, start: int, end: int, agency_at: Callable[[int], bool]
                 ) -> int | None:
    """The offset of the blank that ends an article heading run into its sentence on
    the same line (``Trách nhiệm thực hiện`` + ``Sở Tài chính, Sở Nội vụ ... chịu
    trách nhiệm thi hành``), where an organ's name starts right after the heading;
    ``None`` otherwise. Read as one sentence, the heading would open the subject and
    the organs after it would be lost."""
    m = _RUN_IN.match(text, start, end)
    if m is None or not agency_at(m.end()):
        return None
    return m.end() - 1


def heading_break(
    text: str, match: str, start: int, end: int, lex: Lexicon,
    crossed: Callable[[int], bool], agency_at: Callable[[int], bool],
) -> int | None:
    """The offset of the line break that ends the heading line ``text[start:...]`` of
    a clause whose own text is ``[start, end)``, or ``None`` when that break is a wrap
    (or the clause has a single line).

    ``crossed(offset)``: whether a mention of another layer runs across ``offset``;
    ``agency_at(offset)``: whether an agency mention starts there.
    """
    nl = text.find("\n", start, end)
    if nl < 0:
        return None
    # a heading in capitals wrapped over lines (``NHIỆM VỤ, GIẢI PHÁP TRỌNG`` / ``TÂM
    # THỜI GIAN TỚI``): the break to look at is its last line's
    for _ in range(_CAPS_LINES):
        if not text[start:nl].isupper():
            break
        nl2 = text.find("\n", nl + 1, end)
        line2 = text[nl + 1:nl2]
        if nl2 < 0 or not line2.strip() or not line2.isupper():
            break
        nl = nl2
    nxt = nl + 1
    while nxt < end and text[nxt] in " \t":
        nxt += 1
    if nxt < end and text[nxt].islower():
        nl, nxt = _heading_wrap(text, start, nl, end, lex)
    if nxt >= end or not text[nxt].isupper():
        return None  # a blank line or a bullet (breaks already), or a lower-case wrap
    quoted = _quoted_tail(text, start, nl)
    last = text[start:quoted].rstrip()[-1:]
    if not last.isalnum() or text.count(" ", start, nl) > 2 * lex.heading_line_words:
        return None  # ends with a mark, or far too long (cheap tests before tokenising)
    # the heading line and the first words of the next line (a single line break
    # is no token: the tokens run on across it)
    toks = tokenize(text, match, start, min(end, nxt + 40))
    if quoted < nl:
        # a name in quotes closing the line (``Hỗ trợ xây dựng "Mái ấm Công đoàn"``):
        # closed, it cannot wrap, so the words before it are read as the line's end
        keep = [j for j, s in enumerate(toks.starts) if not quoted <= s < nl]
        toks = Tokens(text, [toks.starts[j] for j in keep], [toks.ends[j] for j in keep],
                      [toks.kinds[j] for j in keep], [toks.lows[j] for j in keep])
    lows, kinds = toks.lows, toks.kinds
    n = bisect_left(toks.starts, nl)  # the heading line's tokens
    words = kinds[:n].count("w")
    if not words or words > lex.heading_line_words or kinds[n - 1] != "w":
        return None
    line = lows[:n]
    if _repeats_heading_actor(lows, n, lex):
        return None if crossed(nl) else nl
    # a capitalised cue opening the next line (``Giao Sở Y tế ...``) starts a sentence
    # that gives a task; only a linking word or an organ's head (``Sở`` / ``Giao thông
    # vận tải``) at the heading line's end makes it a wrap
    cue_next = bool(lex.cues.match(lows, n) or lex.direct_cues.match(lows, n))
    caps_over_sentence = text[start:nl].isupper() and not text[nxt:nxt + 40].split(
        None, 1)[0].isupper()
    if cue_next and _cue_opens_sentence(line, lows, n, lex):
        # ``Kiến nghị Thủ tướng Chính phủ`` / ``Giao Bộ Tài nguyên và Môi trường chủ trì``:
        # a capitalised cue handing its task to an actor is no name's next word (``Sở`` /
        # ``Giao thông vận tải`` goes on with ``thông``), so even after an organ or a cue
        # of its own the heading line ends
        return None if crossed(nl) else nl
    if cue_next and caps_over_sentence:
        # ``II. NHIỆM VỤ`` / ``Đề nghị ...``: in a heading in capitals every word looks
        # like a head (``VỤ``) or a link (``THỜI GIAN TỚI``); a heading in capitals goes
        # on in capitals, so a sentence in small letters after it is no wrap
        ends: tuple[Phrases, ...] = ()
    elif cue_next:
        # an ambiguous head counts written as a head (``Bộ``, not ``cán bộ``)
        ends = (
            lex.continuing, lex.conjunctions, lex.organ_heads, lex.capital_heads,
            lex.generic_heads,
            *((lex.ambiguous_heads,) if text[toks.starts[n - 1]].isupper() else ()))
    else:
        # an ambiguous head ends the line as a head only written as one (``Vụ``, not
        # ``Nhiệm vụ``)
        ends = _plain_ends(lex)
        # (in a heading in capitals every word is written so: ``NHIỆM VỤ``; a heading
        # in capitals wrapped goes on in capitals, which is tested below)
        a = lex.ambiguous_heads.length_before(line, n)
        if a and text[toks.starts[n - a]].isupper() and not text[start:nl].isupper():
            return None
        # a class noun ends the line as an actor only after a plural (``các Sở``, not
        # ``Nhiệm vụ``)
        k = n - lex.class_nouns.length_before(line, n)
        if k < n and lex.plural.ends_at(line, k):
            return None
    # a noun whose last word links (``thiết bị``, ``cấp xã``, ``nhà ở``) or heads an
    # organ (``kinh phí công đoàn``) ends the line, no wrap: a table's phrase no longer
    # than that noun lies inside it; nor is its last word an actor's head (``Về tổ chức
    # bộ máy cấp tỉnh`` / ``Sở Nội vụ ...``: no ``tỉnh`` names the actor) or the first
    # word of a name running on into the next line (``Đối với cấp huyện`` / ``Ủy ban
    # nhân dân ...``: no ``huyện ủy``)
    noun_end = lex.noun_endings.length_before(line, n)
    if any(table.length_before(line, n) > noun_end for table in ends
           if not (noun_end and table is lex.continuing)):
        return None
    for i in range(max(0, n - _REACH), n - noun_end):  # ``Chánh`` / ``Văn phòng``: a
        # title wrapped
        if any(i + table.match(lows, i) > n for table in _actor_tables(lex)):
            return None
    if any(_cue_reaches(line, i, lex) for i in range(n)):
        return None  # a sentence that gives a task, wrapped
    if crossed(nl):
        return None
    if cue_next:
        return nl
    if text[start:nl].isupper():
        first = text[nxt:min(end, nxt + 40)].split(None, 1)[0]
        return None if first.isupper() else nl
    if agency_at(nxt):
        return nl
    # a table's label opening the next line (``Đơn vị chủ trì: Sở Tư pháp``)
    if lex.label_subjects.match(lows, n) and ":" in text[nxt:min(end, nxt + _LABEL_CHARS)]:
        return nl
    # an organ's head that names no single agency (``Ủy ban nhân dân các cấp``, ``Ban
    # Chỉ huy phòng, chống thiên tai các cấp``: a class)
    if lex.organ_heads.match(lows, n):
        return nl
    if lex.heading_fronted.match(lows, n):
        # a fronted clause opening the first sentence (``Tổ chức thực hiện`` / ``Trong
        # quá trình thực hiện, nếu có vướng mắc, Sở Y tế ...``): a wrap goes on in small
        # letters, a capitalised subordinator starts a sentence
        return nl
    a = lex.ambiguous_heads.match(lows, n)
    if a and n + a < len(lows) and kinds[n + a] == "w" and text[toks.starts[n + a]].isupper():
        return nl
    if _small_name_opens(text, toks.starts, lows, kinds, n, lex):
        return nl
    k = n + lex.plural.match(lows, n)  # ``Các Bộ trưởng, ...``
    opens = (lex.titles, lex.person_prefixes) if k == n else (lex.titles, lex.class_nouns)
    return nl if any(table.match(lows, k) for table in opens) else None


def _quoted_tail(text: str, start: int, nl: int) -> int:
    """The offset of the opening quote of a quoted name that closes the line
    ``text[start:nl]`` (``... "Mái ấm Công đoàn"``), ``nl`` when none does."""
    line = text[start:nl].rstrip()
    if line.endswith("\u201d"):
        i = line.rfind("\u201c")
    elif line.endswith('"') and line.count('"') % 2 == 0:
        i = line.rfind('"', 0, len(line) - 1)
    else:
        return nl
    return start + i if i > 0 else nl


def _heading_wrap(text: str, start: int, nl: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """A short heading wrapped once in small letters (``Điều 4. Bổ sung, điều`` /
    ``chỉnh`` / ``Trong quá trình ...``): the break after its second line and where the
    next line starts, when that line is a few words with no mark and the whole heading
    is short; else ``(nl, nl + 1)`` unchanged."""
    nl2 = text.find("\n", nl + 1, min(end, nl + 1 + _WRAP_CHARS))
    if nl2 < 0:
        return nl, nl + 1
    tail = text[nl + 1:nl2].rstrip()
    if (not tail[-1:].isalpha() or len(tail.split()) > _WRAP_WORDS
            or not all(ch.isalpha() or ch == " " for ch in tail)
            or text.count(" ", start, nl2) > lex.heading_line_words):
        return nl, nl + 1
    nxt = nl2 + 1
    while nxt < end and text[nxt] in " \t":
        nxt += 1
    return nl2, nxt


def _repeats_heading_actor(lows: list[str], n: int, lex: Lexicon) -> bool:
    """Whether the heading line (tokens ``[0, n)``) names whose duties the clause lists
    (``Trách nhiệm của Ủy ban nhân dân cấp tỉnh``) and the next line opens with that
    actor again (``Ủy ban nhân dân cấp tỉnh có trách nhiệm ...``), the way decrees and
    circulars write an article. A wrap inside the actor's name would go on with its
    next word, not repeat its first, so the break ends the heading even after a word
    that mostly goes on (``cấp tỉnh``, ``các bộ, ngành``)."""
    p = lex.heading_prefixes.match(lows, 0)
    if not p or p >= n:
        return False
    i = p + lex.plural.match(lows, p)
    j = n + lex.plural.match(lows, n)
    return i < n and j < len(lows) and lows[i] == lows[j]


def _cue_reaches(line: list[str], i: int, lex: Lexicon) -> bool:
    """Whether a cue at token ``i`` of a heading line hands its task to an actor: one
    that opens right after it (``Giao Sở Y tế chủ trì, phối hợp với``) or on the next
    line (``Đề nghị`` / ``Ủy ban MTTQ ...``). A cue followed by another word of the
    line is a noun naming the section (``Phân công nhiệm vụ``, ``Yêu cầu chung``), and
    the subject opening the next line is the first sentence's."""
    m = lex.cues.match(line, i) or lex.direct_cues.match(line, i)
    if not m:
        return False
    j = i + m
    j += lex.after_cue.match(line, j)
    return j >= len(line) or any(table.match(line, j) for table in _actor_tables(lex))


def _cue_opens_sentence(line: list[str], lows: list[str], n: int, lex: Lexicon) -> bool:
    """Whether the next line (from token ``n``) opens with a cue whose actor follows it
    (``Giao Bộ ...``, ``Đề nghị UBND ...``) and the heading line (``line``) ends with no
    linking word that a wrapped sentence would go on from (``... phối hợp với``)."""
    return _cue_reaches(lows, n, lex) and not (
        lex.continuing.ends_at(line, n) or lex.conjunctions.ends_at(line, n))


def _small_name_opens(
    text: str, starts: list[int], lows: list[str], kinds: list[str], n: int, lex: Lexicon,
) -> bool:
    """Whether the next line opens, at token ``n``, with an organ whose name goes on in
    lower case and then its task (``Đoàn kiểm tra thực hiện ...``): a capitalised
    ``name_before_verb`` word, one to three lower-case words, a task word no name holds."""
    m = lex.name_before_verb.match(lows, n)
    if not m or not text[starts[n]].isupper() or any(table.match(lows, n) for table in (
            lex.not_actors, lex.task, lex.lead, lex.coordinate, lex.direct, lex.cues)):
        return False  # (``Tổ chức quán triệt ...`` opens a task)
    for q in range(n + m, min(len(lows), n + m + 4)):
        if kinds[q] != "w" or text[starts[q]].isupper():
            return False
        if q > n + m and (lex.never_in_name.match(lows, q) or lex.responsible.match(lows, q)):
            return True
    return False


#: Characters after a label's first word within which its colon stands.
_LABEL_CHARS = 30
#: Words and characters of the second line of a heading wrapped in small letters.
_WRAP_WORDS = 3
_WRAP_CHARS = 40
#: Lines a heading in capitals may wrap over.
_CAPS_LINES = 2
#: Tokens before a heading line's end from which a phrase running across it is looked for.
_REACH = 4


@cache
def _plain_ends(lex: Lexicon) -> tuple[Phrases, ...]:
    """The tables a heading line cannot end with whatever the letter case and the word
    before: the linking words and :func:`_actor_tables` but the ambiguous heads and the
    class nouns (checked apart)."""
    return tuple(t for t in (lex.continuing, *_actor_tables(lex))
                 if t is not lex.ambiguous_heads and t is not lex.class_nouns)


def _actor_tables(lex: Lexicon) -> tuple[Phrases, ...]:
    """The tables whose phrases a heading line cannot end with or break inside: the
    heads of actors and the words that join them (a wrap inside an actor)."""
    return (lex.conjunctions, lex.titles, lex.person_prefixes, lex.organ_heads,
            lex.ambiguous_heads, lex.capital_heads, lex.generic_heads, lex.plural,
            lex.class_nouns, lex.lead, lex.coordinate)
