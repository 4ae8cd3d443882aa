"""Where the assignment scanner must look, found without tokenising the text.

An assignment starts at one of two kinds of places (see
:mod:`vbcd.extract.assignments`): a lower-case cue word (``..., giao Sở X``),
or the start of a sentence, item or line whose first word (after bullets,
``(a)`` and openers such as ``Đồng thời,``) may open a cue, a chain or an actor
(``Sở``, ``các``, ``Giao``, ``Chủ trì``, an organ the agency layer found). Such a
first word always follows, across spaces, a punctuation mark or a line break:
every place where a unit starts does. So one pass of a pattern over the
lower-case text of a region finds a superset of the words the scanner can
start from, and the scanner tokenises only short windows around them.

The shortcuts are exact on common text (:data:`vbcd.extract.textscan.COMMON`,
where ``re`` agrees with ``regex`` and lower-casing keeps every character's
class and the text's length); a region holding any other character is read
whole, token by token, as before.

Windows are cut where the token split of a stretch equals that of the whole
region: right after an ASCII punctuation mark other than ``/`` and the bullet
marks, or right after a space or tab that follows a character that is no
space (so the cut is never inside a word, a line-break run or a bullet look-ahead).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

#: The whitespace characters of common text other than the line break.
_COMMON_SPACE = " \t\r\xa0"

# ASCII marks that are always a token of their own and after which the split of
# a stretch restarts as in the whole text ("/" joins words; bullets look ahead).
_CUT_MARKS = "".join(
    re.escape(ch) for ch in map(chr, range(33, 127))
    if not ch.isalnum() and ch not in "_/-+*"
)
_CUT = f"(?:[{_CUT_MARKS}]|(?<=[^ \\t\\n])[ \\t])"
_CUT_AFTER = re.compile(_CUT)
_LAST_CUT = re.compile(f"(?s:.*){_CUT}")


def cut_after(match: str, pos: int, end: int) -> int:
    """The first window cut at or after ``pos + 1`` (``end`` if none before it)."""
    m = _CUT_AFTER.search(match, max(pos, 0), end)
    return end if m is None else m.end()


def is_cut(match: str, pos: int) -> bool:
    """Whether ``pos`` is a window cut (right after a cut character)."""
    return pos > 0 and _CUT_AFTER.match(match, pos - 1, pos) is not None


def cut_before(match: str, pos: int, floor: int) -> int:
    """The last window cut at or before ``pos``, not before ``floor`` (else ``floor``)."""
    span = 64
    while True:
        lo = max(floor, pos - span)
        m = _LAST_CUT.match(match, lo, pos)
        if m is not None:
            return m.end()
        if lo == floor:
            return floor
        span *= 4


def trie_pattern(phrases: Iterable[tuple[str, ...]]) -> str:
    """An ``re`` pattern matching any of ``phrases`` (token tuples, lower case) at a
    token start, shaped as a trie (common prefixes factored) so that the engine
    tests one branch per character instead of every phrase.

    Two words of a phrase are apart by spaces (any, a line break too: a wrap or a
    page break inside the phrase); a mark is near its neighbours by spaces or none.
    A phrase ending in a word must end at the end of a word.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in phrases:
        chars = key[0]
        for a, b in pairwise(key):
            chars += ("\x01" if _is_word(a[-1]) and _is_word(b[0]) else "\x02") + b
        node = root
        for ch in chars:
            node = node.setdefault(ch, {})
        node[""] = {"\x03" if _is_word(chars[-1]) else "": {}}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [_piece(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append(r"(?!\w)" if "\x03" in node[""] else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root)


def _piece(ch: str) -> str:
    if ch == "\x01":
        return r"\s+"
    if ch == "\x02":
        return r"\s*"
    return re.escape(ch)


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class CueWords:
    """The grammar's phrases the finder needs (token tuples, lower case, tone-folded).

    ``unit``: what opens a unit's cue, chain or heading (``Giao``, ``Chủ trì``,
    ``Trách nhiệm của``); ``heads``: what opens an actor; ``clauses``: what opens a
    subordinate clause or an opener, after whose comma a unit may start;
    ``openers``: the discourse openers; ``cues``: the cues, places anywhere when
    written in lower case, and ``after_cue`` what may follow them (``giao cho``);
    ``markers``: the first words of the words that end an actor list (task words,
    cues, reports, prepositions, glue and asides).
    """

    unit: list[Phrase]
    heads: list[Phrase]
    clauses: list[Phrase]
    openers: list[Phrase]
    cues: list[Phrase]
    after_cue: list[Phrase]
    markers: list[str]
    #: words that close a subordinate clause as its comma does (``thì``)
    then: list[str] = field(default_factory=list)
    #: what opens a labelled field of a plan's item after a bracket, a comma or a
    #: dash (``(Cơ quan chủ trì: ...``, ``, phối hợp: ...``)
    fields: list[Phrase] = field(default_factory=list)
    #: what a condition finds (``nếu có vướng mắc``), after which a head opens the main
    #: clause with no comma written between
    troubles: list[Phrase] = field(default_factory=list)


@dataclass(frozen=True)
class CueFinder:
    """The patterns that find where the scanner must look in a common region."""

    unit: re.Pattern[str]
    first: re.Pattern[str]
    after_blank: re.Pattern[str]
    openings: re.Pattern[str]
    unit_phrases: re.Pattern[str]
    clauses: re.Pattern[str]
    heads: re.Pattern[str]
    cues: re.Pattern[str]
    cue_ends: dict[str, tuple[re.Pattern[str], ...]]  # by first word: each cue, then spaces
    after_cue: re.Pattern[str]
    markers: re.Pattern[str]
    marker_starts: re.Pattern[str]  # where a match of ``markers`` starts (zero width)
    lead_ins: re.Pattern[str]
    both: tuple[str, ...]  # first words that open an opening and a clause phrase
    then: re.Pattern[str] | None  # a word closing a subordinate clause, and the spaces after
    #: a bracket, comma or dash before a plan's labelled field (the label at its end)
    fields: re.Pattern[str] | None = None
    #: what a condition finds and the spaces after it (``nếu có vướng mắc UBND ...``)
    troubles: re.Pattern[str] | None = None

    @classmethod
    def build(cls, words: CueWords) -> CueFinder:
        openings = set(words.unit) | set(words.heads)
        clauses = set(words.clauses)
        o, c = trie_pattern(openings), trie_pattern(clauses)
        ends: dict[str, list[re.Pattern[str]]] = {}
        for key in sorted(set(words.cues)):
            ends.setdefault(key[0], []).append(re.compile(trie_pattern([key]) + r"\s*"))
        either = f"(?:(?P<o>{o})|(?P<c>{c}))"
        markers = r"(?<!\w)" + trie_pattern({(w,) for w in words.markers}) + "|:"
        return cls(
            unit=re.compile(rf"([{_UNIT_MARKS}])\s*+{either}"),
            first=re.compile(rf"\s*+{either}"),
            after_blank=re.compile(r"\n(?:[^\S\n]*+\n)++[^\S\n]*+"),
            openings=re.compile(o),
            unit_phrases=re.compile(trie_pattern(set(words.unit))),
            clauses=re.compile(c),
            heads=re.compile(trie_pattern(set(words.heads))),
            cues=re.compile(trie_pattern(set(words.cues))),
            cue_ends={word: tuple(rxs) for word, rxs in ends.items()},
            after_cue=re.compile(trie_pattern(set(words.after_cue)) + r"\s*"),
            markers=re.compile(markers),
            marker_starts=re.compile(f"(?=(?:{markers}))"),
            # bullets, (a), a) and openers before a unit's first word, as many as may be
            lead_ins=re.compile(
                r"(?:\s++|[-+•*–]|\(\s*+\w{1,5}\s*+\)|\w{1,5}\s*+\)|(?:"
                + trie_pattern(set(words.openers)) + r")\s*+,)*+"),
            both=tuple(sorted({k[0] for k in openings} & {k[0] for k in clauses})),
            then=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words.then))
                            + r")(?!\w)\s*+") if words.then else None,
            fields=re.compile(r"[(,\-–][^\S\n]*+(?=(?:" + trie_pattern(set(words.fields))
                              + r")[^\W\d_]*+(?:[^\S\n]++[^\W\d_]++){0,4}[^\S\n]*+:)")
            if words.fields else None,
            troubles=re.compile(r"(?<!\w)" + trie_pattern(set(words.troubles)) + r"[^\S\n]++")
            if words.troubles else None,
        )

    def find(
        self, text: str, match: str, low: str, start: int, names: Iterable[int],
        breaks: Iterable[int] = (),
    ) -> tuple[list[int], set[int]]:
        """Sorted offsets where the scanner must look in the region that starts at
        ``start`` and whose lower-case folded text is ``low`` (common text), and those
        of them that are only a cue inside a sentence (no unit starts there).
        ``names``: the offsets where the agency layer found an organ's name;
        ``breaks``: single line breaks read as structural (a clause's heading line ends
        there, see :mod:`vbcd.extract.assignment_headings`).

        A unit starts after a line break, ``;``, ``:`` or a sentence end, and its
        first word follows the bullets, ``(a)``, ``a)`` and openers (``Đồng thời,``)
        before it: so across spaces, that word follows one of :data:`_UNIT_MARKS`, a
        blank line, or the region's start. After a comma it starts a unit only when
        an opener or a subordinate clause (``Khi ..., Sở Y tế ...``) began the unit
        with no ``;`` or ``:`` since: other commas are dropped. A unit that only
        opens with an actor starts nothing unless a task word (or a report word, a
        preposition, a colon) follows before the actor list must end.
        """
        found: set[int] = set()
        commas: list[int] = []
        clauses: list[int] = []
        both, opens_clause = self.both, self.clauses.match
        # a match of ``first`` or ``unit``: the phrase that opens a unit's cue, chain
        # or actor (``o``), which may open a subordinate clause too, or a phrase that
        # opens a clause only (``c``)
        m = self.first.match(low)
        if m is not None:
            pos = m.start("o")
            if pos < 0:
                clauses.append(m.start("c"))
            else:
                found.add(pos)
                if low.startswith(both, pos) and opens_clause(low, pos) is not None:
                    clauses.append(pos)
        for m in self.unit.finditer(low):
            pos = m.start("o")
            if pos < 0:
                clauses.append(m.start("c"))
                continue
            found.add(pos)
            if low.startswith(both, pos) and opens_clause(low, pos) is not None:
                clauses.append(pos)
            # after a comma, unless a blank line follows it
            if m.group(1) == "," and low.count("\n", m.end(1), pos) < 2:
                found.discard(pos)
                commas.append(pos)
        for m in self.after_blank.finditer(low):
            if self.openings.match(low, m.end()) is not None:
                found.add(m.end())
            if self.clauses.match(low, m.end()) is not None:
                clauses.append(m.end())
        for b in breaks:  # as after a blank line
            pos = b - start + 1
            while pos < len(low) and low[pos] in _COMMON_SPACE:
                pos += 1
            if self.openings.match(low, pos) is not None:
                found.add(pos)
            if self.clauses.match(low, pos) is not None:
                clauses.append(pos)
        if self.then is not None and clauses:  # ``Nếu ... thì <unit>``: as after a comma
            for m in self.then.finditer(low, min(clauses)):
                if self.openings.match(low, m.end()) is not None:
                    commas.append(m.end())
        if self.troubles is not None and clauses:
            # ``nếu có vướng mắc UBND các xã phản ánh``: a head after what the
            # condition finds opens the main clause as after its comma
            for m in self.troubles.finditer(low, min(clauses)):
                if self.openings.match(low, m.end()) is not None:
                    commas.append(m.end())
        if commas:
            clauses.sort()
            for pos in commas:
                i = bisect_left(clauses, pos) - 1
                if i >= 0 and ";" not in low[clauses[i]:pos] and ":" not in low[clauses[i]:pos]:
                    found.add(pos)
        size = len(low)
        here = {pos - start for pos in names if start <= pos < start + size}
        found.update(pos for pos in here if text[start + pos].isupper() and _opens(low, pos))
        if found:
            # the run of lead-ins at the region's start (a unit there may be a heading)
            lead = self.lead_ins.match(low)
            lead_end = 0 if lead is None else lead.end()
            markers = _MarkerIndex(self.markers, self.marker_starts, low)
            unit_phrase = self.unit_phrases.match
            found = {  # (the cues are unit phrases)
                pos for pos in found
                if unit_phrase(low, pos) is not None
                or self._may_act(text, match, low, start, pos, lead_end, markers)
            }
        cues = set()
        for word, rxs in self.cue_ends.items():
            i = low.find(word)
            while i >= 0:
                if (
                    i not in found and (i == 0 or not _is_word(low[i - 1]))
                    and not text[start + i].isupper()
                    and self._reaches_actor(text, low, start, i, rxs, here)
                ):
                    cues.add(i)
                i = low.find(word, i + len(word))
        found |= cues
        if self.fields is not None:  # ``... (Cơ quan chủ trì: X, phối hợp: Y)``
            found.update(m.end() for m in self.fields.finditer(low))
        return sorted(start + i for i in found), {start + i for i in cues}

    def _may_act(
        self, text: str, match: str, low: str, start: int, pos: int, lead_end: int,
        markers: _MarkerIndex,
    ) -> bool:
        """Whether an actor at ``pos`` opening a unit can be read as a subject: it may
        be the region's first unit (a heading), or its list may end at a task word,
        a cue, a report or a preposition, or a colon. The list ends at the latest at
        the first structural break or, unless a bracket opens before, the first
        sentence end: if no such word and no colon comes before, the unit starts
        nothing (``- Sở Y tế;`` in a long list).

        ``lead_end``: where the lead-ins at the region's start end. Past it no run of
        lead-ins from the start reaches ``pos`` (text cut at ``pos`` matches no more
        of them than the whole text), so the pattern is asked only up to it.
        """
        if pos <= lead_end:
            lead = self.lead_ins.match(low, 0, pos)
            if lead is not None and lead.end() == pos:
                return True  # perhaps the region's first unit: a heading by itself
        end = start + len(low)
        # the list ends at the first end character or later: a word found before that
        # one is found before the list's end (a ".", "!", "?" or line break is no word
        # character, so a word that ends at it ends there either way)
        first_end = _END_CHAR.search(match, start + pos, end)
        if markers.within(pos, len(low) if first_end is None else first_end.start() - start):
            return True
        if first_end is None:
            return False
        stop = list_end_bound(text, match, start + pos, start, end)
        if stop == first_end.start():
            return False  # searched already
        return markers.within(pos, stop - start)

    def _reaches_actor(
        self, text: str, low: str, start: int, i: int, rxs: tuple[re.Pattern[str], ...],
        names: set[int],
    ) -> bool:
        """Whether an actor can follow a cue at ``i`` (not at a unit start): after any
        cue phrase there and an optional ``cho``, an actor head's phrase or an organ
        name in capitals. A cue with no actor after it (``giao thông``, ``yêu cầu
        phát triển``) assigns nothing and moves the scan nowhere."""
        for rx in rxs:
            m = rx.match(low, i)
            if m is None:
                continue
            at = m.end()
            after = self.after_cue.match(low, at)
            for p in (at,) if after is None else (at, after.end()):
                if self.heads.match(low, p) is not None or (
                    p in names and text[start + p].isupper()
                ) or _abbreviation_at(text, start + p):
                    return True
        return False


class _MarkerIndex:
    """``markers.search(low, pos, end) is not None`` for many stretches of one region.

    A search scans its stretch; lists that start close together in a long sentence
    (``Sở A, Sở B, ... thực hiện``) would scan it over and over. So a stretch is
    searched directly for its first :data:`SHORT` characters or so, up to a space;
    past that, the places where a match starts are found once for the whole region
    (zero-width, so none hides another; in pieces cut at spaces, as far as asked),
    and the pattern is asked only at those. No match holds a space (the words are
    single tokens), and ``end`` is the region's end or stands at a character that is
    no word character (an end of sentence, a line break): so a match ends at or
    before a cut or ``end`` in a piece exactly when it does in the region.
    """

    __slots__ = ("low", "markers", "scanned", "starts", "where")

    #: characters of a stretch searched directly (about a dozen words)
    SHORT = 64
    #: characters of the region scanned for starts at once (at least)
    PIECE = 4096

    def __init__(self, markers: re.Pattern[str], where: re.Pattern[str], low: str) -> None:
        self.markers, self.where, self.low = markers, where, low
        self.scanned = 0  # starts before this offset are known
        self.starts: list[int] = []

    def within(self, pos: int, end: int) -> bool:
        low = self.low
        cut = end if end - pos <= self.SHORT else low.find(" ", pos + self.SHORT, end)
        if cut < 0:
            cut = end
        if self.markers.search(low, pos, cut) is not None:
            return True
        if cut >= end:
            return False
        if self.scanned < end:
            self._scan(end)
        starts = self.starts
        i = bisect_left(starts, cut)
        while i < len(starts) and starts[i] < end:
            if self.markers.match(low, starts[i], end) is not None:
                return True
            i += 1
        return False

    def _scan(self, end: int) -> None:
        low = self.low
        hi = low.find(" ", max(end, self.scanned + self.PIECE))
        if hi < 0:
            hi = len(low)
        self.starts += [m.start() for m in self.where.finditer(low, self.scanned, hi)]
        self.scanned = hi


# The marks a unit's first word can follow: the ends of units, bullets, the ``)`` of
# ``(a)`` / ``a)``, the comma of an opener or a subordinate clause, and the quote that
# closes a quotation after its stop (``... đã tiêu dùng thẻ.”`` / ``Đề nghị ...``).
_UNIT_MARKS = re.escape(".!?;:),") + "\\-+•*–\"”»"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _opens(low: str, i: int) -> bool:
    """Whether only spaces stand between ``low[i]`` and a mark, a line break or the start."""
    i -= 1
    while i >= 0 and low[i] in _COMMON_SPACE:
        i -= 1
    return i < 0 or low[i] == "\n" or not (_is_word(low[i]) or low[i].isspace())


# --- sentence ends, read on the characters ----------------------------------------------

_END_CHAR = re.compile(r"[.!?\n]")
_BLANK_RUN = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_BULLET_BREAK = re.compile(r"\n(?=[ \t]*[-+•*–](?:[ \t]|$))")


def sentence_end_after(text: str, match: str, x: int, start: int, end: int) -> int | None:
    """The first sentence end after offset ``x`` in the common region ``[start, end)``,
    as the assignment scanner's tokens of that region place it (None: none).

    A structural line break (a blank line not followed by a lower-case word, a line
    break before a bullet) ends a sentence where it starts; ``.``, ``!`` or ``?`` ends
    one after it when the region ends there, a line break, ``/``, a capital or a
    mark other than those three follows it after a space (the tokens' rule,
    :meth:`vbcd.extract.assignment_window._Window._sentence_end`). Reading the characters
    saves tokenising a task's sentence only to find where it ends.
    """
    pos = x
    while True:
        m = _END_CHAR.search(match, pos, end)
        if m is None:
            return None
        q = m.start()
        if match[q] == "\n":
            if q > x and _break_at(text, match, q, start, end):
                return q
        elif _mark_ends(text, match, q, start, end):
            return q + 1
        pos = q + 1


def _break_at(text: str, match: str, q: int, start: int, end: int) -> bool:
    """Whether a structural break token (kept, not a page break) starts at the line
    break ``q``. A line break that only spaces or tabs part from an earlier one is
    inside that one's blank-line run."""
    p = q - 1
    while p >= start and match[p] in " \t":
        p -= 1
    if p >= start and match[p] == "\n":
        return False
    run = _BLANK_RUN.match(match, q, end)
    if run is not None:
        nxt = run.end()
        return not (nxt < end and text[nxt].islower())
    return _BULLET_BREAK.match(match, q, end) is not None


def _mark_ends(text: str, match: str, q: int, start: int, end: int) -> bool:
    """Whether the ``.``, ``!`` or ``?`` at ``q`` ends a sentence (see above)."""
    r = q + 1
    if r >= end:
        return True
    ch = match[r]
    if not ch.isspace():
        return ch == "/"  # glued to the next token: ends only before a slash
    s = r
    while s < end and match[s].isspace():
        if match[s] == "\n" and _break_at(text, match, s, start, end):
            return True
        s += 1
    if s >= end:
        return True
    ch = match[s]
    if ch == "/" or text[s].isupper():
        return True
    return not _is_word(ch) and ch not in ".!?"


def list_end_bound(text: str, match: str, pos: int, start: int, end: int) -> int:
    """An offset at or after which an actor list starting at ``pos`` has surely
    ended, in the common region ``[start, end)``: the first structural break, or the
    first sentence end when no bracket opens before it (a bracket's aside may hold
    a full stop the list reads across).

    The breaks and sentence ends of a region do not depend on ``pos``: they are found
    once per region (:func:`_region_ends`), and each call is two binary searches. Why:
    a region of thousands of list lines without a break asked this for every actor,
    each time scanning to the region's end.
    """
    breaks, ends, brackets = _region_ends(text, match, start, end)
    bound = end
    k = bisect_left(breaks, pos)
    if k < len(breaks):
        bound = breaks[k]
    k = bisect_left(ends, pos)
    if k < len(ends) and ends[k] < bound:
        b = bisect_left(brackets, pos)
        if b == len(brackets) or brackets[b] >= ends[k]:
            bound = ends[k]  # no bracket opens between ``pos`` and the sentence end
    return bound


@lru_cache(maxsize=8)  # a region's actors are asked about in a burst
def _region_ends(text: str, match: str, start: int, end: int,
                 ) -> tuple[list[int], list[int], list[int]]:
    """The structural breaks, the sentence ends and the opening brackets of the
    region ``[start, end)``, each list ascending."""
    breaks: list[int] = []
    ends: list[int] = []
    for m in _END_CHAR.finditer(match, start, end):
        q = m.start()
        if match[q] == "\n":
            if _break_at(text, match, q, start, end):
                breaks.append(q)
        elif _mark_ends(text, match, q, start, end):
            ends.append(q)
    brackets = [m.start() for m in _OPEN_BRACKET.finditer(match, start, end)]
    return breaks, ends, brackets


_OPEN_BRACKET = re.compile(r"\(")
_ABBREVIATION = re.compile(r"[^\W\d_]{2,6}(?!\w)")


def _abbreviation_at(text: str, pos: int) -> bool:
    """Whether a word of two to six capitals (an organ's initials: ``NHTM``) is at
    ``pos``: a cue may hand it a task, though no head table holds it."""
    m = _ABBREVIATION.match(text, pos)
    return m is not None and m.group().isupper()
