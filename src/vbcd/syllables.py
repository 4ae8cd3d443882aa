"""Syllables split by stray spaces in OCR text (``Qu ả ng``, ``T HÀNH P HỐ``), rejoined.

A PDF text layer or an OCR engine sometimes puts spaces inside syllables: a
consonant falls off its vowel (``Đặ ng``, ``T hủ tướ ng``), or every letter of
a heading stands alone (``C H Í M I NH``). Names, places and positions then
fail every grammar. The fixed words of the lexicon are rejoined elsewhere
(:func:`vbcd.normalize_debris.split_word_matches`); this pass rejoins any
syllable, under rules that make the repair near certain:

* it starts only from a *fragment*: a token of one to three consonants, which
  no Vietnamese syllable is (every syllable has a vowel), or a short token that
  opens with a vowel and is no syllable of the list (``Ngu y ễn``);
* a run of tokens around it (single spaces, one line, letters only) is cut
  anew into syllables of a syllable list, by dynamic programming: as few
  tokens as possible left outside the list, then as few pieces as possible,
  then the commoner syllables (``CHÍ MINH``, not ``CHÍM INH``);
* tokens are joined only when one of them is outside the list, and only into a
  syllable of the list whose letter case is that of a word (``Thành``,
  ``THÀNH``, ``thành``; never ``vàC``), and never when they are single capitals
  without marks (``T T U B``: an abbreviation spelt out, not ``TU``).

The syllable list is read from the word list that ships with ``underthesea``
(Hồ Ngọc Đức's Vietnamese dictionary, ``Viet74K.txt``), without importing the
package, with the syllables of the surnames and place names of the data tables
added (the dictionary has no ``Nguyễn``); without the word list the pass does
nothing.
"""

from __future__ import annotations

import heapq
import importlib.util
import math
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import islice
from pathlib import Path

from vbcd.grammar import load
from vbcd.readers.legacy import plausible_syllable


def strip_marks(s: str) -> str:
    """Lower-case skeleton without tone or vowel marks (``đ`` read ``d``): merges typos
    like ``Đà Nang`` with ``Đà Nẵng``, and damaged words with the ones they stand for."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


__all__ = ["rejoin", "split_syllable_spans", "strip_marks", "syllable_weights"]

#: Where underthesea's releases keep the dictionary, relative to the package.
_WORD_LISTS = ("corpus/data/Viet74K.txt", "transformer/Viet74K.txt")
#: Tokens on each side of a fragment that a run may take in (a line, in practice).
RUN_REACH = 40
#: Tokens on a side of a fragment :func:`_may_join` looks at (``Ngu y`` + ``ễn``).
MAY_JOIN_REACH = 2
#: Tokens one syllable may be rejoined from (``C H Í`` is three).
MAX_PIECES = 5
#: Runs cut anew in one document, at most: a few hundred pages spelt out letter by
#: letter; past that (only garbage has more) the rest is left as it is, so the pass
#: stays linear with a small constant on any input.
MAX_RUNS = 1000
#: Fragments looked at in one document, at most (likewise).
MAX_FRAGMENTS = 20_000

_CONSONANTS = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
_FRAGMENT_END = r"(?=[ ,.;:\n])"
#: The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng).
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = "".join(sorted({c for v in "aăâeêioôơuưy" for c in (
    v, *(unicodedata.normalize("NFC", v + t) for t in TONE_MARKS))}))
_VOWELS += _VOWELS.upper()
# The candidates after a space, both kinds in one scan: a run of one to three
# consonants, or a short token opening with a vowel (``Ngu y ễn``: a fragment when it
# is no syllable of the list). The first letter tells the kinds apart, and the
# lookahead takes nothing, so a candidate ending before a space does not hide one
# starting at it. The runs are possessive: a shorter run is followed by a letter,
# never by what the lookahead wants, so giving letters back could not match.
_AFTER_SPACE = re.compile(
    rf" (?:[{_CONSONANTS}]{{1,3}}+|[{_VOWELS}][^\W\d_]{{0,3}}+){_FRAGMENT_END}")
# A consonant run at a line start, before a space (looked at, not taken, so that a
# candidate right after it, ``\nT P``, is still found by the scan above).
_LINE_START = re.compile(rf"\n[{_CONSONANTS}]{{1,3}}+(?= )")
_SPAN = re.Match.span
_LETTERS = re.compile(r"[^\W\d_]+")
_GLUE = frozenset("/-_0123456789")
_TOKEN = re.compile(r"\S+")


def _word_list() -> Path | None:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for rel in _WORD_LISTS:
            path = Path(folder) / rel
            if path.is_file():
                return path
    return None


@cache
def syllable_weights() -> dict[str, float]:
    """Lower-case syllable -> log of the number of dictionary words holding it
    (empty when the word list is not installed)."""
    path = _word_list()
    if path is None:
        return {}
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for syl in set(unicodedata.normalize("NFC", line).lower().split()):
                # abbreviations and letter names (``ubnd``, ``t``) are no syllables
                if syl.isalpha() and plausible_syllable(syl):
                    counts[syl] = counts.get(syl, 0) + 1
    # names the dictionary lacks (``Nguyễn``): the syllables of the data tables'
    # surnames and place names count as seen once
    for syl in _data_syllables():
        if syl not in counts and plausible_syllable(syl):
            counts[syl] = 1
    return {s: math.log(1 + n) for s, n in counts.items()}


def _data_syllables() -> set[str]:
    persons, gazetteer = load("persons"), load("gazetteer")
    words: list[str] = []
    for names in persons["surnames"].values():
        words += map(str, names)
    words += (str(p["name"]) for p in gazetteer["province"])
    words += (str(d["name"]) for d in gazetteer["district"])
    return {w for phrase in words
            for w in unicodedata.normalize("NFC", phrase).lower().split() if w.isalpha()}


def _word_case(s: str) -> bool:
    return s.islower() or s.isupper() or s.istitle()


def _known(s: str, weights: dict[str, float]) -> bool:
    return s.isalpha() and _word_case(s) and s.lower() in weights


def _spelled_out(tokens: list[str], joined: str) -> bool:
    """Capitals without marks, one letter a token (``T T U B``, ``V P U B``): an
    abbreviation spelt out, which may happen to contain a syllable (``TU``)."""
    return joined.isascii() and joined.isupper() and all(len(t) == 1 for t in tokens)


def rejoin(tokens: list[str]) -> list[list[int]] | None:
    """The best cut of a run of tokens into syllables, as groups of token indices;
    None when the tokens are best left as they are.

    Forward dynamic programming: from each cut, pieces grow token by token only
    while they still begin some syllable of the list, so most stop at once."""
    weights, prefixes = syllable_weights(), _prefixes()
    n = len(tokens)
    lows = [t.lower() for t in tokens]
    known = [_known(t, weights) for t in tokens]
    # best[i]: (tokens left unknown, pieces, -weight) of the best cut of tokens[:i]
    inf = (n + 1, n + 1, 0.0)
    best: list[tuple[int, int, float]] = [inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = (0, 0, 0.0)
    for j in range(n):
        if best[j] == inf:
            continue
        u, p, w = best[j]
        cand = (u + (not known[j]), p + 1, w - weights.get(lows[j], 0.0))
        if cand < best[j + 1]:
            best[j + 1], back[j + 1] = cand, j
        low, unknown = lows[j], not known[j]
        for i in range(j + 2, min(n, j + MAX_PIECES) + 1):
            low += lows[i - 1]
            if low not in prefixes:
                break
            unknown = unknown or not known[i - 1]
            # two syllables of the list stay two words
            if not unknown or low not in weights:
                continue
            joined = "".join(tokens[j:i])
            if not _word_case(joined) or _spelled_out(tokens[j:i], joined):
                continue
            cand = (u, p + 1, w - weights[low])
            if cand < best[i]:
                best[i], back[i] = cand, j
    groups: list[list[int]] = []
    i = n
    while i > 0:
        j = back[i]
        groups.append(list(range(j, i)))
        i = j
    groups.reverse()
    return groups if any(len(g) > 1 for g in groups) else None


def split_syllable_spans(raw: str) -> list[tuple[int, int]]:
    """Spans of ``raw`` holding syllables split by spaces, each from the first to the
    last token rejoined; what each becomes is :func:`restore` of the span."""
    if not syllable_weights():
        return []
    out: list[tuple[int, int]] = []
    done = 0
    runs = 0
    for fa, fb in islice(_fragments(raw), MAX_FRAGMENTS):
        if fa < done or not _may_join(raw, fa, fb):
            continue
        runs += 1
        if runs > MAX_RUNS:
            break
        line_start = raw.rfind("\n", 0, fa) + 1
        line_end = raw.find("\n", fb)
        if line_end < 0:
            line_end = len(raw)
        # a run never reaches back into the one before it
        spans = _run(raw, max(line_start, done), line_end, fa, fb)
        if spans is None:
            continue
        done = spans[-1][1]
        groups = rejoin([raw[a:b] for a, b in spans])
        if groups is not None:
            out += [(spans[g[0]][0], spans[g[-1]][1]) for g in groups if len(g) > 1]
    return out


@cache
def _edges() -> frozenset[str]:
    """Lower-case consonant runs that begin or end a syllable of the list (``ch``,
    ``ng``, ``t``): the only fragments a split leaves. ``tp``, ``vt``, ``hcm`` are
    none of them, so the abbreviations that fill a document are no fragments."""
    out: set[str] = set()
    for syl in syllable_weights():
        head = len(syl) - len(syl.lstrip(_CONSONANTS))
        tail = len(syl.rstrip(_CONSONANTS))
        for k in range(1, head + 1):
            out.add(syl[:k])
        for k in range(tail, len(syl)):
            out.add(syl[k:])
    return frozenset(out)


def _fragments(raw: str) -> Iterator[tuple[int, int]]:
    """Spans of the fragments of ``raw`` (a run of consonants that begins or ends a
    syllable, or a short vowel-led token that is no syllable), in order, found
    lazily. Each candidate is found by a pattern that starts with a literal (a space
    or a line break), which the engine jumps to: one that starts with a character
    class, tried at every position, costs more than this whole pass.

    A match is the blank before its candidate and the candidate (the lookaheads take
    nothing), so a candidate is its match's span less the first character; the text's
    start counts as a line start (a match of ``"\\n" + raw[:4]``, one offset back).
    Candidates at line starts are rare: the two scans are merged only when there are
    some (a space and a line break are never one character, so no match repeats).
    """
    edges = _edges()
    weights = syllable_weights()
    spans: Iterator[tuple[int, int]] = map(_SPAN, _AFTER_SPACE.finditer(raw))
    first = _LINE_START.match("\n" + raw[:4])
    if first is not None or _LINE_START.search(raw) is not None:
        head = [(-1, first.end() - 1)] if first is not None else []
        spans = heapq.merge(head, spans, map(_SPAN, _LINE_START.finditer(raw)))
    for s, b in spans:
        low = raw[s + 1:b].lower()
        if low in edges or (low[0] in _VOWELS and low not in weights):
            yield s + 1, b


@cache
def _prefixes() -> frozenset[str]:
    """Every syllable of the list and every start of one (``c``, ``ch``, ``chí``)."""
    return frozenset(syl[:k] for syl in syllable_weights() for k in range(1, len(syl) + 1))


@cache
def _pieces() -> frozenset[str]:
    """Every piece of a syllable of the list (``ng``, ``ận``, ``chí``)."""
    return frozenset(syl[i:j] for syl in syllable_weights()
                     for i in range(len(syl)) for j in range(i + 1, len(syl) + 1))


def _may_join(raw: str, a: int, b: int) -> bool:
    """Whether the fragment at ``[a, b)`` and its neighbours (up to two tokens on a side,
    one space apart) start a syllable together: most fragments are abbreviations
    (``TP``, ``VT``), and this look rules them out before any run is built."""
    prefixes = _prefixes()
    frag = raw[a:b]
    # Every ``joined`` holds the fragment, lower-cased letter by letter when it is
    # ASCII (no letter of it changes with its neighbours), so it is the start of a
    # syllable only if the fragment is a piece of one: ``UBND``, ``of`` are not.
    if frag.isascii() and frag.lower() not in _pieces():
        return False
    joined, pos = frag, a
    for _ in range(MAY_JOIN_REACH):
        if pos < 2 or raw[pos - 1] != " " or not raw[pos - 2].isalpha():
            break
        k = pos - 2
        while k > 0 and raw[k - 1].isalpha() and pos - k < 8:
            k -= 1
        joined, pos = raw[k:pos - 1] + joined, k
        if _word_case(joined) and joined.lower() in prefixes:
            return True
    joined, pos = frag, b
    for _ in range(MAY_JOIN_REACH):
        if pos + 1 >= len(raw) or raw[pos] != " " or not raw[pos + 1].isalpha():
            break
        k = pos + 1
        while k < len(raw) and raw[k].isalpha() and k - pos < 8:
            k += 1
        joined, pos = joined + raw[pos + 1:k], k
        if _word_case(joined) and joined.lower() in prefixes:
            return True
    return False


def _run(raw: str, lo: int, hi: int, a: int, b: int) -> list[tuple[int, int]] | None:
    """The letter tokens around a fragment at ``[a, b)``, one space apart, at most
    :data:`RUN_REACH` on each side within ``[lo, hi)``; None when it stands alone.
    Punctuation ends a run (``c h í nh;``); a token glued to a digit, slash or
    hyphen (``t/hiện``) is left out of it."""
    left = [w.span() for w in _LETTERS.finditer(raw, max(lo, a - 8 * RUN_REACH), a)]
    right = [w.span() for w in _LETTERS.finditer(raw, b, min(hi, b + 8 * RUN_REACH))]
    spans = [(a, b)]
    for s_, e in reversed(left[-RUN_REACH:]):
        if raw[e:spans[0][0]] != " ":
            break
        spans.insert(0, (s_, e))
    for s_, e in right[:RUN_REACH]:
        if raw[spans[-1][1]:s_] != " ":
            break
        spans.append((s_, e))
    if spans[0][0] > lo and raw[spans[0][0] - 1] in _GLUE:
        spans.pop(0)
    if spans and spans[-1][1] < hi and raw[spans[-1][1]] in _GLUE:
        spans.pop()
    return spans if len(spans) > 1 and (a, b) in spans else None


def restore(surface: str) -> str | None:
    """``surface`` (a span from :func:`split_syllable_spans`) with the spaces inside
    its rejoined syllables removed; None when nothing changes."""
    tokens = _TOKEN.findall(surface)
    groups = rejoin(tokens)
    if groups is None:
        return None
    return " ".join("".join(tokens[i] for i in g) for g in groups)
