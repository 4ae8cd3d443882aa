"""Where the place rules can fire: the few tokens worth a look.

Each function returns the token starts (ascending) at which one pass of
:mod:`vbcd.extract.places` may find something: a superset of them, since
the rules decide. They search the text with C-speed primitives and read
tokens only at their hits:

* gazetteer names start at a capital (or at a syllable joined by a hyphen to
  one): one compiled pattern over all the folded names finds them
  (:attr:`~vbcd.extract.places_data.Data.name_scan`);
* prefix words are found in the case-folded text by one pattern each, its
  literal first (:attr:`~vbcd.extract.places_data.Data.prefix_scans`: no
  letter before, a gap after); known names and list cues with ``str.find``;
  every hit is then checked to be a whole syllable by looking at the
  characters around it;
* brackets are candidates only where a first syllable of a name follows them
  (:attr:`~vbcd.extract.places_data.Data.paren_scan`).

The case-folded text is used only when folding keeps every character one
character long (the common case), so that its offsets are the document's;
otherwise every token is a candidate (:func:`every_token`), which is slower
but gives the same places (``tests/test_places_scans.py`` compares the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from vbcd.extract.places_data import JOINERS, SAFE_LETTERS, SYLLABLE, Data
from vbcd.extract.places_rules import flag_list
from vbcd.extract.places_tokens import JOIN, NEWLINE, NONE, SPACE, TOKEN_CHAR, Tokens

#: What may follow a prefix word: a space or line-break gap, then the name's
#: first character (a capital or a digit; a ``.`` gap only after ``TP``).
# What may stand between a prefix and a name: blanks, a line break, an abbreviation's
# dot, or a colon, blanks allowed before it (a plural prefix's list, "các xã: Tam Hải,
# ...", "các xã : ...").
_FOLLOW = re.compile(r"(?:[ ]*\n[ ]*|[ ]*:[ ]*|[ ]+|(\.(?:[ ]*\n[ ]*|[ ]?)))(.)")
_SPACES = re.compile(r"\s*")
#: A word in small letters after a space (a heading cell's text goes on in them).
_SMALL_WORD = regex.compile(r" \p{Ll}")
#: A colon before the next syllable (a letter or digit for sure ends the search).
_COLON_AHEAD = re.compile(f"[^{SAFE_LETTERS}:]*+:")
_APOSTROPHES = "'’"
_start = re.Match.start


def every_token(toks: Tokens) -> list[int]:
    """Every token start of the text (read once; the token links are kept)."""
    starts: list[int] = []
    prev = NONE
    for m in SYLLABLE.finditer(toks.folded):
        s = m.start()
        toks.keep(s, m.end())
        toks.pv[s] = prev
        if prev != NONE:
            toks.nx[prev] = s
        starts.append(s)
        prev = s
    if prev != NONE:
        toks.nx[prev] = NONE
    return starts


def _whole(toks: Tokens, low: str, word: str) -> list[int]:
    """Starts of the tokens whose folded form is ``word`` (``low`` is the
    case-folded text, aligned with the document)."""
    out: list[int] = []
    folded = toks.folded
    n = toks.n
    size = len(word)
    tc = TOKEN_CHAR
    q = low.find(word)
    while q >= 0:
        e = q + size
        # a whole token: no syllable character (nor joining apostrophe) either side
        starts = q == 0 or (not tc[folded[q - 1]] and not (
            folded[q - 1] in _APOSTROPHES and q >= 2 and tc[folded[q - 2]]))
        if starts and (e == n or (not tc[folded[e]] and not (
                folded[e] in _APOSTROPHES and e + 1 < n and tc[folded[e + 1]]))):
            out.append(q)
        q = low.find(word, e)
    return out


def name_starts(toks: Tokens, d: Data) -> list[int]:
    """Tokens where a gazetteer name (province, country, region, district) may start."""
    if toks.low_text is None:
        return every_token(toks)
    found: set[int] = set()
    folded = toks.folded
    for m in d.name_scan.finditer(folded):
        p = m.start()
        if folded[p] in JOINERS:
            p += 1
        if toks.is_start(p):
            found.add(p)
    return sorted(found)


def _list_opens(low: str, folded: str, at: int, d: Data) -> bool:
    """Does a word that opens a plural prefix word's list (``như``, ``gồm``) stand at
    ``at``, a space and a capital after it (``các huyện như Sơn Hà, Ba Tơ``)?"""
    for w in d.list_openers:
        e = at + len(w)
        if low.startswith(w, at) and low[e:e + 1] == " " and folded[e + 1:e + 2].isupper():
            return True
    return False


def prefix_starts(toks: Tokens, d: Data) -> list[int]:
    """Tokens where a prefix word (``tỉnh``, ``thành phố``, ``TP`` ...) starts and a
    capitalised name or a number follows."""
    low = toks.low_text
    if low is None:
        return every_token(toks)
    folded = toks.folded
    n = toks.n
    tc = TOKEN_CHAR
    end, raw, lows = toks.end, toks.raw, toks.low
    found: set[int] = set()
    words: list[int] = []
    toks.prefix_words = words
    for pattern, lead, keys in d.prefix_scans:
        for m in pattern.finditer(low):
            q = m.start() - lead
            e = m.end()
            if q:  # a token starts at q: no syllable character, nor a joining apostrophe
                b = folded[q - 1]
                if tc[b] or (b in _APOSTROPHES and q >= 2 and tc[folded[q - 2]]):
                    continue
            words.append(q)
            dotted = False
            c = folded[e + 1] if e + 1 < n and folded[e] == " " else ""
            if c.isupper() or c.isdigit():
                pass  # the common case: one space, then a capital or a number
            elif c.islower():
                if not _list_opens(low, folded, e + 1, d):
                    continue  # "tỉnh chỉ đạo": a lower-case word follows, no name
            else:
                f = _FOLLOW.match(folded, e)
                if f is None:
                    continue  # "các tỉnh, thành phố": no space or line break follows
                c = f.group(2)
                if not (c.isupper() or c.isdigit()):
                    continue
                dotted = f.group(1) is not None
                if not dotted and _table_heading(folded, q, e, f.start(2)):
                    continue  # "Xã" / "Diện tích nhiễm (ha)": a flattened table's cells
            end[q] = e  # as toks.keep(q, e) does
            raw[q] = folded[q:e]
            lows[q] = low[q:e]
            for k, abbrev in keys:
                if dotted and not abbrev:
                    continue  # "tỉnh.Hà": a dot is a gap only after an abbreviation
                i = q if len(k) == 1 else _key_start(toks, q, k)
                if i != NONE:
                    found.add(i)
    return sorted(found)


def _table_heading(folded: str, q: int, e: int, c: int) -> bool:
    """Is the prefix word at ``q:e`` a capitalised cell alone on its line, the next line
    holding the next cell (a Word table flattened to one cell a line: ``Huyện`` / ``Xã``
    / ``Diện tích nhiễm (ha)``)? Running text wraps a name after a small prefix
    (``huyện Diễn`` / ``Châu``), and a header writes its level in capitals (``XÃ``)."""
    if q and folded[q - 1] != "\n":
        return False
    word = folded[q:e]
    if not (word[:1].isupper() and not word.isupper() and "\n" in folded[e:c]):
        return False
    # the next cell is another heading when it goes on in small words (``Diện tích nhiễm
    # (ha)``, ``Số hộ``) or is one word (``Huyện`` / ``Xã``); a cell of capitalised words
    # may be the place itself, a flattened two-column table's value (``Huyện`` / ``Bắc Mê``)
    line_end = folded.find("\n", c)
    if line_end < 0:
        line_end = len(folded)
    return " " not in folded[c:line_end].strip() or (
        _SMALL_WORD.search(folded, c, line_end) is not None)


def _key_start(toks: Tokens, q: int, k: tuple[str, ...]) -> int:
    """Start of the prefix word ``k`` whose last syllable starts at ``q`` (space or
    line-break gaps between its syllables), or :data:`NONE`."""
    folded = toks.folded
    before = folded[q - 1] if q else ""
    if before != " " and before != "\n":
        return NONE  # the gap before the last syllable is no space nor line break
    low = toks.low_text
    assert low is not None
    i = q
    for x in range(len(k) - 2, -1, -1):
        if not (i >= 2 and folded[i - 1] == " " and TOKEN_CHAR[folded[i - 2]]):
            return _key_start_read(toks, i, k[:x + 2])  # another gap: read the tokens
        # one space after the syllable before, which must be the key's syllable
        start = i - 1 - len(k[x])
        if start < 0 or low[start:i - 1] != k[x] or not toks.is_start(start):
            return NONE
        i = start
    return i


def _key_start_read(toks: Tokens, q: int, k: tuple[str, ...]) -> int:
    i = q
    for x in range(len(k) - 2, -1, -1):
        if toks.gap[i] not in (SPACE, NEWLINE):
            return NONE
        i = toks.pv[i]
        if toks.low[i] != k[x]:
            return NONE
    return i


def known_starts(toks: Tokens, firsts: Iterable[str]) -> list[int]:
    """Tokens whose folded form is one of ``firsts`` (first syllables of names
    already seen after a prefix word) and that may be capitalised: a capital
    first, or a joiner before (a name stands only where the token is, see
    :meth:`~vbcd.extract.places_tokens.Tokens.cap`)."""
    low = toks.low_text
    if low is None:
        wanted = set(firsts)
        return [p for p in every_token(toks) if toks.low[p] in wanted]
    folded = toks.folded
    out: list[int] = []
    for f in firsts:
        out.extend(q for q in _whole(toks, low, f)
                   if folded[q].isupper() or (q and folded[q - 1] in JOINERS))
    return sorted(out)


def paren_starts(toks: Tokens, d: Data) -> list[int]:
    """Tokens that may start a name written before its province or country in brackets,
    after a locative word (``tại Hồng Thái (Huế)``, ``từ Vũ Hán (Trung Quốc)``): up to
    four tokens before a ``(``
    that only spaces separate from a syllable."""
    text = toks.text
    folded = toks.folded
    n = toks.n
    tc = TOKEN_CHAR
    out: list[int] = []
    for q in _brackets(toks, d):
        j = q + 1
        if j < n and text[j].isspace():
            j = _SPACES.match(text, j).end()  # type: ignore[union-attr]
        b = q - 1
        while b >= 0 and text[b].isspace():
            b -= 1
        # a syllable right after the bracket, and one right before it
        if (j < n and b >= 0 and tc[folded[b]] and toks.is_start(j)
                and (toks.low[j] in d.after_prefix.root or toks.low[j] in d.names.root)):
            k = toks.pv[j]
            for _ in range(4):
                if k == NONE or not toks.cap[k]:
                    break
                before = toks.pv[k]
                if before != NONE and toks.low[before] in d.locative_cues:
                    out.append(k)
                k = before
    return sorted(set(out))


def _brackets(toks: Tokens, d: Data) -> Iterable[int]:
    """Offsets of the ``(`` that a first syllable of a name may follow.

    With the case-folded text aligned, one scan finds the brackets followed by
    such a syllable (spelt as ``str.casefold`` folds it character by character);
    otherwise every bracket is a candidate. ``fold_tones`` changes letters only,
    so brackets and spaces sit at the same offsets in the text and its folded copy.
    """
    text = toks.text
    if toks.low_text is not None:
        return (q for q in map(_start, d.paren_scan.finditer(toks.folded)) if text[q] == "(")
    return (q for q, c in enumerate(text) if c == "(")


def list_items(toks: Tokens, d: Data) -> set[int]:
    """Tokens that are items of a list opened by ``địa phương:`` (up to 30 tokens on,
    while only commas, dashes and spaces separate them)."""
    flags: set[int] = set()
    low = toks.low_text
    if low is None:
        # every colon, as it comes
        text = toks.text
        colon = text.find(":")
        while colon >= 0:
            k = toks.read_from(colon)
            if k != NONE and toks.pv[k] != NONE and k not in flags:
                flag_list(toks, d, k, flags)
            colon = text.find(":", colon + 1)
        return flags
    # only a colon right after a list cue opens a list
    ends: list[int] = []
    for last in d.list_cues:
        ends.extend(q for q in _whole(toks, low, last)
                    if _COLON_AHEAD.match(toks.folded, q + len(last)))
    for q in sorted(ends):
        k = toks.nx[q]
        if k != NONE and k not in flags and ":" in toks.gap_text(k):
            flag_list(toks, d, k, flags)
    return flags


#: Words a mission's head ends with, folded: where :func:`seat_starts` may find one.
_MISSION_ENDS = ("sứ quán", "sự quán")


def seat_starts(toks: Tokens, d: Data) -> set[int]:
    """Tokens that start a mission's seat, right after ``tại`` (``Tổng Lãnh sự quán
    Việt Nam tại Osaka``): the document names the mission by the city or country it
    sits in. Searched only where a mission's head word is written."""
    low = toks.low_text if toks.low_text is not None else toks.folded.casefold()
    if d.seat_scan is None or not any(w in low for w in _MISSION_ENDS):
        return set()
    return {p for m in d.seat_scan.finditer(toks.folded)
            if toks.is_start(p := m.end())}


#: Words of a city abroad before its country at most (``Ku-a-la Lăm-pơ``: the
#: syllables a hyphen joins count as one word).
_ABROAD_WORDS = 3


def comma_abroad_starts(toks: Tokens, d: Data, countries: Iterable[int]) -> list[int]:
    """Tokens that may start a city abroad written before its country after a comma
    (``ký tại Ku-a-la Lăm-pơ, Ma-lai-xi-a``): the first capital of the run that ends
    right before the comma, after a locative word. Looked for only before the
    countries already found (``countries``: their first tokens)."""
    out: list[int] = []
    for c in countries:
        if toks.pv[c] == NONE or toks.gap_text(c).strip() != ",":
            continue  # (a country opening the text has nothing before it)
        k = toks.pv[c]
        words = 0
        while k != NONE and toks.cap[k] and words <= _ABROAD_WORDS:
            before = toks.pv[k]
            if toks.gap[k] != JOIN:
                words += 1
                if before != NONE and toks.low[before] in d.locative_cues:
                    out.append(k)
                    break
            k = before
    return out
