"""Syllables split by stray spaces in OCR text (``Qu ả ng``, ``T HÀNH P HỐ``), rejoined.

A PDF text layer or an OCR engine sometimes puts spaces inside syllables: a
consonant falls off its vowel (``Đặ ng``, ``T hủ tướ ng``), or every letter of
a heading stands alone (``C H Í M I NH``). Names, places and positions then
fail every grammar. The fixed words of the lexicon are rejoined elsewhere
(:func:`vbcd.normalize_debris.split_word_matches`); this pass rejoins any
syllable, under rules that make the repair near certain:

* it starts only from a *fragment*: a token of one to three consonants, which
  no Vietnamese syllable is (every syllable has a vowel);
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
package; without it the pass does nothing.
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

from vbcd.readers.legacy import plausible_syllable

__all__ = ["rejoin", "split_syllable_spans", "syllable_weights"]

#: Where underthesea's releases keep the dictionary, relative to the package.
_WORD_LISTS = ("corpus/data/Viet74K.txt", "transformer/Viet74K.txt")
#: Tokens on each side of a fragment that a run may take in (a line, in practice).
RUN_REACH = 40
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
_AFTER_SPACE = re.compile(rf" ([{_CONSONANTS}]{{1,3}}){_FRAGMENT_END}")
_LINE_START = re.compile(rf"\n([{_CONSONANTS}]{{1,3}}) ")
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
    return {s: math.log(1 + n) for s, n in counts.items()}


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
    """Spans of the consonant fragments of ``raw``, in order, found lazily. Each
    candidate is found by a pattern that starts with a literal (a space or a line
    break), which the engine jumps to: one that starts with a character class,
    tried at every position, costs more than this whole pass."""
    edges = _edges()
    first = _LINE_START.match("\n" + raw[:4])
    head = [(0, first.end(1) - 1)] if first is not None else []
    spans = heapq.merge(head, (m.span(1) for m in _AFTER_SPACE.finditer(raw)),
                        (m.span(1) for m in _LINE_START.finditer(raw)))
    for a, b in spans:
        if raw[a:b].lower() in edges:
            yield a, b


@cache
def _prefixes() -> frozenset[str]:
    """Every syllable of the list and every start of one (``c``, ``ch``, ``chí``)."""
    return frozenset(syl[:k] for syl in syllable_weights() for k in range(1, len(syl) + 1))


def _may_join(raw: str, a: int, b: int) -> bool:
    """Whether the fragment at ``[a, b)`` and a neighbour one space away start a
    syllable together: most fragments are abbreviations (``TP``, ``VT``), and this
    look at the two neighbours rules them out before any run is built."""
    prefixes = _prefixes()
    frag = raw[a:b]
    if a >= 2 and raw[a - 1] == " " and raw[a - 2].isalpha():
        k = a - 2
        while k > 0 and raw[k - 1].isalpha() and a - k < 8:
            k -= 1
        joined = raw[k:a - 1] + frag
        if _word_case(joined) and joined.lower() in prefixes:
            return True
    if b + 1 < len(raw) and raw[b] == " " and raw[b + 1].isalpha():
        k = b + 1
        while k < len(raw) and raw[k].isalpha() and k - b < 8:
            k += 1
        joined = frag + raw[b + 1:k]
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
