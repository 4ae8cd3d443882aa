"""A task word in no table after the subject that opens a unit.

``1. Chủ tịch UBND các huyện, thành phố cắt điện theo quy định.``: the grammar of
:mod:`vbcd.extract.assignment_window` ends a subject at a task word of its closed list
(``[markers] task``), so a clause whose verb is not listed gives no assignment, and
directive verbs are an open class. When the grammar found no task word in the unit,
this module looks for the first word that no actor phrase is made of, right after an
actor phrase that is CLOSED, and reads it as the task word.

Without a part-of-speech tagger, *verb-like* means: lower case, with another lower-case
word after it (the unit goes on); not a word an actor phrase goes on with (a head, a
class noun, a level, a link, a plural, ``có liên quan``), not a noun that goes on with
a class noun (``[open_task] noun_words``: ``các đơn vị sự nghiệp``), not a function
word (``[heading_line] continuing_words``, ``[open_task] not_verbs``), not a number,
not inside an organ's name the agency layer read; and no past word
(``[markers] past_words``) soon after it (a report). *Closed* means the word before
it ends a name the agency, person or place layer read or an organ's abbreviation
(``UBND``; not ``Quỹ BHYT``, a fund, nor a bare title), or a place level, a class
noun or a qualifier that completes it (``các đơn vị trực thuộc``) when the phrase has
a plural or opens with an organ or a title (``UBND tỉnh``, ``các sở, ban, ngành``; not
``Ngành y tế đạt ...``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from vbcd.extract.assignment_lexicon import Lexicon, Phrases
from vbcd.extract.assignment_records import _List

if TYPE_CHECKING:
    from vbcd.extract.assignment_window import _Window

#: How the grammar's list may have ended for the open rule to be tried: at a sentence's
#: or a line's end, the region's end, the word limit, or a weak preposition (``theo``).
_OPEN_ENDS = frozenset({"stop", "br", "region", "limit"})


@cache
def _actor_tables(lex: Lexicon) -> tuple[tuple[Phrases, ...], frozenset[str]]:
    """The tables an actor phrase is made of, and their first words: a word that
    starts one of their phrases may go on with the actor."""
    tables = (lex.plural, lex.class_nouns, lex.place_classes, lex.generic_heads,
              lex.organ_heads, lex.titles, lex.ambiguous_heads, lex.capital_heads,
              lex.glue, lex.conjunctions, lex.level_classes, lex.open_links, lex.open_nouns)
    return tables, frozenset().union(*(t.firsts for t in tables))


def _goes_on(win: _Window, j: int) -> int:
    """Tokens of an actor-phrase word at ``j`` (0: none): a phrase of the tables an
    actor is made of, or a word inside an organ's name the agency layer read."""
    tables, firsts = _actor_tables(win.lex)
    best = max(t.match(win.lows, j) for t in tables) if win.lows[j] in firsts else 0
    return best or (1 if win._inside_agency(win.starts[j]) else 0)


def _closed(win: _Window, k: int, j: int, plural: bool) -> bool:
    """Whether the actor phrase from ``k`` is complete before token ``j``."""
    lex, lows, upper = win.lex, win.lows, win.upper
    before = j - 1
    if win.kinds[before] != "w":
        return False
    if upper[before]:  # a name the other layers read, or an organ's abbreviation (``UBND``)
        return win.ends[before] in win.index.mention_ends or (
            win._caps(before) and lex.organ_heads.ends_at(lows, j))
    if not (lex.place_classes.ends_at(lows, j) or lex.class_nouns.ends_at(lows, j)
            or lex.open_nouns.ends_at(lows, j) or lex.open_closers.ends_at(lows, j)):
        return False
    return plural or bool(lex.organ_heads.match(lows, k) or lex.titles.match(lows, k))


def _verb_like(win: _Window, j: int) -> bool:
    """Whether the word at ``j`` may open a task: lower case, no function word, no
    number, no relative verb (``các sở quản lý ...``: the grammar's), another lower-case
    word after it, and no past word soon after it."""
    lex, lows, kinds, upper = win.lex, win.lows, win.kinds, win.upper
    low = lows[j]
    if upper[j] or low[:1].isdigit() or lex.continuing.match(lows, j) or (
            lex.open_not_verbs.match(lows, j) or lex.relative_verbs.match(lows, j)):
        return False
    win.need(j + lex.open_past_reach + 2)
    nxt = j + 1
    if nxt < win.n and lows[nxt] == ",":
        nxt += 1
    if nxt >= win.n or kinds[nxt] != "w" or upper[nxt]:
        return False
    return not any(
        q < win.n and kinds[q] == "w" and lows[q] in lex.past_words
        for q in range(j + 1, j + 1 + lex.open_past_reach))


def _label(win: _Window, j: int) -> bool:
    """Whether a colon ends the line or sentence that goes on at ``j`` (a label or a
    heading: ``d) Ủy viên ... hoạt động trong lĩnh vực y tế: có bằng ...``)."""
    q = j
    while True:
        if q >= win.limit:
            win.need(q)
        if q >= win.n or win.kinds[q] == "br" or win._sentence_end(q):
            return False
        if win.lows[q] == ":":
            return True
        q += 1


def open_task(win: _Window, k: int, lst: _List) -> _List | None:
    """The subject list from ``k`` ended at a task word in no table, when the grammar's
    list ``lst`` found none in the unit (see the module's docstring); else None."""
    if not win.region.path or not (
            lst.kind in _OPEN_ENDS or (lst.kind == "marker" and lst.marker == "weak")):
        return None  # the preamble, or the grammar found its task word, label or heading
    lex, lows, kinds = win.lex, win.lows, win.kinds
    if k > 0 and lows[k - 1] == ":":
        return None  # ``có 3 cấp: Toà án ...``: the items of a list inside a sentence
    plural = False
    j = k
    while j < lst.stop:
        if kinds[j] != "w":
            if lows[j] == "(":
                close = win._close_paren(j)
                j = close + 1 if close else j + 1
            else:
                j += 1
            continue
        plural = plural or bool(lex.plural.match(lows, j))
        n = _goes_on(win, j)
        if n:
            j += n
            continue
        if win.upper[j] or lows[j][:1].isdigit():
            j += 1
            continue
        closed = j > k and _closed(win, k, j, plural)
        if closed and _verb_like(win, j):
            return None if _label(win, j) else _List(k, j, j, "marker", "task", 1, j - k)
        if closed or j == k or not win.upper[j - 1]:
            return None  # a word no actor phrase holds, and no task word: no plain subject
        j += 1  # a syllable of a capitalised name (``Sở Y tế``)
    return None
