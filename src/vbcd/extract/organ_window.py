"""Where the organ grammar runs: small windows of text around candidate heads.

Organ names are a small part of a document, so the grammar does not tokenise
the whole text. One regex scan of the tone-folded text (:data:`HEAD_HINTS`,
done in C) finds every place where a listed head written with a capital can
start (``Sở``, ``Ủy ban``, ``UBND``); a look before each colon (colons are
rare; where they are not, one more scan) finds the class words that can open a
distributive list (``các Bộ:``), and one more scan those that open a list of
places without a colon (``các huyện Hải Hậu``).
Windows of text around those hints are tokenised, all in one pass over a copy
of the text whose other parts are blanked, and read with
:class:`~.organ_grammar.Parser`.

The hints are a superset of what the grammar accepts: a head form at any
place, whatever the case of the words after the first, whatever the white
space between them. What is not a head there, the grammar rejects as it
always did (the tests check that every head and list the grammar reads on the
whole text is hinted).

Exactness does not rest on the window sizes: a window is padded with edge
tokens that raise :class:`~.organ_tokens.Edge` when read, and the window is
then grown (or started earlier) and the candidate read again. A reading that
finished never looked past the edge, so it is what the whole text gives. The
scan's state between candidates is kept in text offsets
(:class:`~.organ_grammar.ScanState`), so windows follow one another freely.

Cost: the regex scans, plus the tokens of the windows (about two fifths of a
typical document) and the grammar on the candidates; text repeated many times
is read once (see *repeated text* below).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import methodcaller

import regex

from vbcd.extract import organ_tables as T
from vbcd.extract.organ_grammar import NOTHING, Found, Outcome, Parser, ScanState
from vbcd.extract.organ_tokens import Edge, Tokens, cut_ranges
from vbcd.grammar.patterns import char_class

__all__ = ["hints", "plan", "scan"]

#: Characters read after a window's last candidate at first.
AHEAD = 48
#: Characters read before a window's first candidate at first.
BEHIND = 24
#: A candidate this close after a window's end is read in the same window.
JOIN = 64

#: A character no token continues through (no letter, digit or joiner): a window
#: may start or end before it and hold exactly the tokens of the whole text.
_CUT = regex.compile(r"[^\p{L}\p{N}&'’\-]")
_CUT_BACK = regex.compile(r"(?r)[^\p{L}\p{N}&'’\-]")

#: Characters whose case folding is a letter they are no upper, lower or title
#: case of (the long s, the Kelvin and Ångström signs); a test checks that no
#: other character folds to a letter of the listed words.
FOLD_SPECIAL = "\u017f\u212a\u212b"



def _forms(ch: str, first: bool) -> list[str]:
    """Every character that case-folds to ``ch`` (only the upper-case ones for the
    first letter of a head: a head is capitalised)."""
    forms = {ch, ch.upper(), ch.lower(), ch.title(), *FOLD_SPECIAL}
    return sorted(
        c for c in forms if len(c) == 1 and c.casefold() == ch and (c.isupper() or not first)
    )


#: Every dash, which the grammar reads as ``-`` (organ_tokens).
_DASH_CLASS = "[\\-\u2010-\u2015\u2212]"


def _letter(ch: str, first: bool) -> str:
    """A character class for :func:`_forms` (any dash for ``-``)."""
    if ch == "-":
        return _DASH_CLASS
    forms = _forms(ch, first)
    if len(forms) == 1:
        return re.escape(forms[0])
    return "[" + "".join(map(re.escape, forms)) + "]"


def _word(word: str) -> str:
    """A regex for ``word`` (case-folded) in any case."""
    return "".join(map(_letter, word, [False] * len(word)))


_Trie = dict[str, "_Trie"]


def _trie(phrases: list[tuple[str, ...]]) -> _Trie:
    """A character trie of the phrases, words joined by a space; ``""`` ends one."""
    root: _Trie = {}
    for words in phrases:
        node = root
        for ch in " ".join(words):
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _alternation(trie: _Trie, first: bool = False) -> str:
    """A regex for the phrases of a character trie, common prefixes factored
    (so the engine never tries two branches on one character), any white
    space (or none) between words. With ``first``, the first letter is upper
    case and each branch starts with a plain character, which lets the
    engine skip to the characters that can start a match; then only the
    first letter is consumed, the rest is looked ahead."""
    parts = []
    for ch, sub in sorted(trie.items()):
        if not ch:
            continue
        rest = _alternation(sub)
        if ch == " ":
            parts.append(r"\s*+" + rest)
        elif first:
            # only the first letter is consumed: heads inside a head
            # (``Ủy ban nhân dân``, ``Ban``) are found too
            rest = "(?=" + rest + ")" if rest else ""
            parts.extend(re.escape(c) + rest for c in _forms(ch, True))
        else:
            parts.append(_letter(ch, False) + rest)
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + body + ")?" if "" in trie else body


def _head_pattern() -> re.Pattern[str]:
    """Head forms written with a capital."""
    return re.compile(_alternation(_trie([T.words_of(form) for form, _ in T.HEAD_LIST]), True))


def _class_pattern() -> tuple[re.Pattern[str], int]:
    """A class word followed by a colon within as many words as a distributive
    list's opening holds (``các`` + ``tỉnh``/``thành phố``/``Bộ`` + ``:``), each
    word no longer than those listed; and that many words."""
    before = [T.words_of(p) for p in T.GENERIC_BEFORE_PHRASES]
    levels = [T.words_of(p) for p in T.DISTRIBUTIVE_LEVEL_PHRASES]
    classes = [(cls,) for cls in T.CLASS_HEADS]
    longest = max(len(w) for p in before + levels + classes for w in p)
    after = max(len(p) for p in before) - 1 + max(len(p) for p in levels + classes)
    first = sorted({p[0] for p in before})
    pattern = re.compile(
        "(?:"
        + "|".join(map(_word, first))
        + r")(?=(?:\s*+[^\s:]{1,"
        + str(longest)
        + r"}+){1,"
        + str(after)
        + r"}\s*+:)"
    )
    return pattern, after


def _anchored(words: tuple[str, ...]) -> tuple[str, str]:
    """A class phrase's first letter outside ASCII (``á`` of ``các``, ``ữ`` of
    ``những``), and a regex for the phrase to be matched right after that letter: the
    letters up to it looked behind, the rest read on. A scan that opens on such
    letters is tried at a few characters in a hundred, where one that opens on a
    common letter or a blank is tried at every fourth."""
    first = words[0]
    k = next(n for n, ch in enumerate(first) if not ch.isascii())
    behind = "".join(_letter(ch, False) for ch in first[: k + 1])
    rest = "".join(_letter(ch, False) for ch in first[k + 1 :])
    rest += "".join(r"\s*+" + _word(w) for w in words[1:])
    return first[k], "(?<=" + behind + ")" + rest


def _named_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a list of places may start without a colon (``các huyện Hải Hậu, Giao
    Thủy``): a class word, blanks, a level word, blanks, a capital.

    Found by the class word's first letter outside ASCII (:func:`_anchored`), then the
    class phrase's start looked for right before the level word (``toàn bộ các``
    opens further back than its ``các``). A phrase that ends in another listed one
    (``toàn bộ các``) is found through it; every phrase's first word has a letter
    outside ASCII (checked here, as the tables may change)."""
    before = [T.words_of(p) for p in T.GENERIC_BEFORE_PHRASES]
    alone = [w for w in before if not (len(w) > 1 and (w[-1],) in before)]
    if not all(any(not ch.isascii() for ch in w[0]) for w in alone):
        raise ValueError("a class phrase's first word is all ASCII: no anchor for it")
    anchors = [_anchored(w) for w in alone]
    # one character class first (no branch per letter): the engine then skips to
    # the characters it holds
    first = "[" + "".join(re.escape(c) for a, _ in anchors for c in _forms(a, False)) + "]"
    levels = _alternation(_trie([T.words_of(p) for p in T.DISTRIBUTIVE_NAMED_PHRASES]))
    return (re.compile(first + "(?:" + "|".join(rest for _, rest in anchors) + r")\s++(?="
                       + levels + r"\s++" + _CAPITAL + ")"),
            re.compile("(?:" + _alternation(_trie(before)) + r")\s*+$"))


#: A capital letter as ``regex``'s ``\p{Lu}`` reads one, for ``re``.
_CAPITAL = char_class(regex.findall(r"\p{Lu}", "".join(map(chr, range(0x10000)))))
HEAD_HINTS = _head_pattern()
_NAMED_LEVEL, _NAMED_BEFORE = _named_patterns()


#: Blanks and then a capital: what follows a head written small that a hint takes.
_CAPITAL_NEXT = r"(?=\s+" + _CAPITAL + ")"


def _literal_first(word: str) -> str:
    """A regex for ``word`` as written followed by a capital (:data:`_CAPITAL_NEXT`),
    the word consumed. Opening on the word's letters, the pattern lets the engine
    jump from one occurrence of the word to the next; a word that may overlap
    itself (``ab ab``) is looked ahead instead, so that no occurrence is passed."""
    if any(word[:k] == word[-k:] for k in range(1, len(word))):
        return "(?=" + re.escape(word) + _CAPITAL_NEXT + ")"
    return re.escape(word) + _CAPITAL_NEXT


_Titles = tuple[tuple[int, re.Pattern[str]], ...]


def _titled_pattern() -> tuple[tuple[tuple[re.Pattern[str], _Titles], ...], tuple[str, ...]]:
    """Heads written small after a title word, before a capital (``Trưởng phòng Giáo
    dục``: the head's start is the hint), and the strings (the title without its first
    letter, a space, the head) without which the text holds none: a ``str.find``
    gates it.

    Per head, a pattern for the head before a capital, and for each title word its
    length and a pattern (in any case, :func:`_word`) to be matched right before the
    blanks before the head. The head's letters open the scan, so the engine jumps
    from one to the next, where an alternation of titles, opening on a class of
    letters, is tried at every character (the same hints: the title ends where the
    blanks before the head start)."""
    by_head = [(head, sorted(titles)) for head, titles in sorted(T.TITLED_SMALL_HEADS.items())
               if titles]
    gates = tuple(sorted({title[1:] + " " + head for head, titles in by_head
                          for title in titles}))
    return tuple((re.compile(_literal_first(head)),
                  tuple((len(title), re.compile(_word(title))) for title in titles))
                 for head, titles in by_head), gates


_TITLED, _TITLED_GATES = _titled_pattern()


def _titled_hints(folded: str) -> list[int]:
    """Starts of the heads written small after their title words (:func:`_titled_pattern`)."""
    out: list[int] = []
    for head, titles in _TITLED:
        for m in head.finditer(folded):
            h = k = m.start()
            while k and folded[k - 1].isspace():  # (``\s``: the same characters)
                k -= 1
            if k < h and any(n <= k and t.fullmatch(folded, k - n, k) for n, t in titles):
                out.append(h)
    return out


#: Heads written small before a capitalised field (``khoa Nhi``: see
#: ``small_named_heads``), gated by a ``str.find`` of the head and a blank. The head's
#: letters open the pattern and the word boundary before it is looked behind, so
#: the engine jumps to the head's occurrences.
_SMALL_NAMED = (re.compile("|".join(
    re.escape(h) + r"(?<!\w" + re.escape(h) + ")" + _CAPITAL_NEXT
    for h in sorted(T.SMALL_NAMED_HEADS))) if T.SMALL_NAMED_HEADS else None)
_SMALL_NAMED_GATES = tuple(h + " " for h in sorted(T.SMALL_NAMED_HEADS))
#: Characters before a level word looked at for the class word (the longest, ``toàn
#: bộ các``, and blanks).
_NAMED_BACK = 24
_START = methodcaller("start")
CLASS_HINTS, _CLASS_WORDS = _class_pattern()
#: The white-space-separated runs before a colon that can hold a class word
#: and the words after it (read backwards from the colon).
_RUNS_BEFORE = regex.compile(r"(?r)(?:\S+\s*){1," + str(_CLASS_WORDS + 2) + "}")
#: The class words a list opens with (folded): a run holds a match of
#: ``CLASS_HINTS`` only if its case-folded copy holds one of them (case folding
#: is done character by character, and each character the pattern takes for a
#: letter folds to that letter), so a run without one needs no scan.
_CLASS_FIRST = sorted({T.words_of(p)[0] for p in T.GENERIC_BEFORE_PHRASES})


#: Characters per colon below which class words are looked for in one scan of the
#: whole text rather than before each colon (a look costs about as much as a scan
#: of 100 characters).
_COLONS_DENSE = 100


def _named_hints(folded: str) -> list[int]:
    """Starts of the class words that open a list of places without a colon."""
    out: list[int] = []
    for m in _NAMED_LEVEL.finditer(folded):
        end = m.end()  # where the level word starts
        b = _NAMED_BEFORE.search(folded, max(0, end - _NAMED_BACK), end)
        if b is not None:
            out.append(b.start())
    return out


def hints(folded: str) -> list[int]:
    """Offsets where an organ or a distributive list may start, ascending: one
    scan for heads, and a look before each colon (colons are rare) for lists.

    A class word's look-ahead cannot pass a colon, and the runs read before a
    colon hold every word from which it reaches that colon, so both ways of
    looking find the same offsets; where colons are dense, one scan of the
    whole text costs less than a look per colon."""
    found = list(map(_START, HEAD_HINTS.finditer(folded)))
    if _TITLED and any(g in folded for g in _TITLED_GATES):
        found = sorted({*found, *_titled_hints(folded)})
    if _SMALL_NAMED is not None and any(g in folded for g in _SMALL_NAMED_GATES):
        found = sorted({*found, *map(_START, _SMALL_NAMED.finditer(folded))})
    named = _named_hints(folded)
    if named:
        found = sorted({*found, *named})
    colons = folded.count(":")
    if not colons:
        return found
    if colons * _COLONS_DENSE > len(folded):
        more = list(map(_START, CLASS_HINTS.finditer(folded)))
    else:
        more = []
        colon = folded.find(":")
        while colon >= 0:
            runs = _RUNS_BEFORE.search(folded, 0, colon)
            if runs is not None:
                run = folded[runs.start() : colon].casefold()
                for word in _CLASS_FIRST:
                    if word in run:
                        more.extend(map(_START, CLASS_HINTS.finditer(
                            folded, runs.start(), colon + 1)))
                        break
            colon = folded.find(":", colon + 1)
    if more:
        found = sorted({*found, *more})
    return found


def _cut_after(folded: str, pos: int) -> int:
    """A cut point at or after ``pos``: the next space if near (asked first, as
    it is cheaper), or the first cut point; the end of the text if none."""
    if pos >= len(folded):
        return len(folded)
    space = folded.find(" ", pos, pos + 32)
    if space >= 0:
        return space
    m = _CUT.search(folded, pos)
    return m.start() if m else len(folded)


def _cut_before(folded: str, pos: int, behind: int, floor: int) -> int:
    """A cut point some ``behind`` characters before ``pos``, not before ``floor``
    (itself a cut point, or 0), and before ``pos``."""
    lo = max(floor, pos - behind)
    if lo > floor:
        space = folded.rfind(" ", max(floor, lo - 32), lo)
        if space >= 0:
            return space
    m = _CUT_BACK.search(folded, floor, lo) or _CUT.search(folded, lo, pos)
    return m.start() if m else floor


def plan(folded: str, found: list[int]) -> list[tuple[int, int]]:
    """Windows ``[a, b)`` (cut points, ascending, disjoint) around the hints: some
    ``BEHIND`` characters before a hint to some ``AHEAD`` after; hints close
    together share a window."""
    windows: list[tuple[int, int]] = []
    a = b = -JOIN - 1
    for h in found:
        if h < b + JOIN:
            # (by AHEAD only, however long the window: more would be cut into
            # tokens that the grammar hardly ever reads)
            if h + AHEAD > b:
                b = _cut_after(folded, h + AHEAD)
            continue
        if b >= 0:
            windows.append((a, b))
        a = _cut_before(folded, h, BEHIND, max(b, 0))
        b = _cut_after(folded, h + AHEAD)
    if b >= 0:
        windows.append((a, b))
    return windows


def scan(text: str, folded: str, own: int = 0, cells: frozenset[int] = frozenset()
         ) -> list[Found]:
    """Every specific organ mention in the text, in document order; ``own`` is the
    rank of the issuer's level and ``cells`` the line breaks that were a table's cell
    borders (see :class:`~.organ_grammar.Parser`)."""
    found = hints(folded)
    if not found:
        return []
    windows = plan(folded, found)
    alike = [_repetitive(folded, found, a, b) for a, b in windows]
    plain = [w for w, rep in zip(windows, alike, strict=True) if not rep]
    start, end, words = cut_ranges(folded, plain)
    st = ScanState(folded)
    done = 0  # the end of the last window read
    for (a, b), rep in zip(windows, alike, strict=True):
        if b <= done:
            continue  # taken in by the window before, grown
        if rep:
            if _read_by_text(text, folded, found, a, b, st, own, sorted(cells)):
                done = b
                continue
            toks = Tokens(folded, a, b)  # what the probes could not read
        else:
            lo = bisect_left(start, a)
            hi = bisect_left(start, b, lo)
            toks = Tokens(folded, a, b, (start[lo:hi], end[lo:hi], words[lo:hi]))
        done = _read(Parser(text, folded, toks, own, cells), found, st)
    return st.out


def _read(parser: Parser, found: list[int], st: ScanState) -> int:
    """Read the candidates of a window (growing it as needed); return where it ends."""
    behind = BEHIND
    folded = parser.folded
    while True:
        try:
            cands = parser.candidates(found, st.pos)
            parser.prepare(cands)
            for i in cands:
                parser.visit(i, st)
        except Edge as edge:
            toks = parser.toks
            if edge.forward:
                parser.grow(_cut_after(folded, toks.b + max(AHEAD, toks.b - toks.a)))
            else:  # start earlier: token indices change, so read anew
                behind *= 2
                a = _cut_before(folded, toks.a, behind, 0)
                parser = Parser(parser.text, folded, Tokens(folded, a, toks.b), parser.own,
                                parser.cells)
            continue
        return parser.toks.b


# --- repeated text ----------------------------------------------------------------------
#
# A window with many hints that read alike (a list of the same recipient, a
# paragraph pasted a thousand times) is not tokenised: each hint is read on a
# small probe, the text from some PROBE_BEHIND characters before it to some
# PROBE_AHEAD after it, tokenised and padded with edge tokens. A probe read
# that finishes depends on nothing but the probe's text and where the hint
# stands in it, so its outcome is kept by those and reused, moved, wherever the
# same text comes again: in such a window nearly every hint is a lookup. A
# probe that looks past its edges is tried again larger, then the rest of the
# window is read the ordinary way.

#: Hints in a window before repeated text is looked for.
MEMO_MIN = 64
PROBE_BEHIND = 48
PROBE_AHEAD = 96
#: Probe sizes tried (times the above) before the window is read the ordinary way.
PROBE_TRIES = (1, 4)


def _repetitive(folded: str, found: list[int], a: int, b: int) -> bool:
    """Do the hints of the window ``[a, b)`` start alike, many of them?"""
    lo, hi = bisect_left(found, a), bisect_left(found, b)
    if hi - lo < MEMO_MIN:
        return False
    return len({folded[h : h + 24] for h in found[lo:hi]}) * 4 <= hi - lo


def _moved(out: Outcome, d: int) -> Outcome:
    """An outcome with its offsets moved by ``d``."""
    something, found, nxt, run, bare = out
    return (
        something,
        tuple(f.moved(d) for f in found),
        nxt + d,
        run + d if run >= 0 else -1,
        bare + d if bare is not None and bare >= 0 else bare,
    )


def _probe(text: str, folded: str, h: int, a: int, b: int, own: int,
           cells: frozenset[int]) -> Outcome | None:
    """The outcome at hint ``h`` read on the text ``[a, b)`` alone (offsets from
    ``a``); None if that is too little text to read it."""
    toks = Tokens(folded, a, b)
    i = bisect_left(toks.start, h, toks.first, toks.stop)
    if i == toks.stop or toks.start[i] != h:
        return NOTHING  # no token starts at the hint: nothing to read (as no candidate)
    try:
        return _moved(Parser(text, folded, toks, own, cells).outcome(i), -a)
    except Edge:
        return None


def _read_by_text(
    text: str, folded: str, found: list[int], a: int, b: int, st: ScanState, own: int,
    cells: list[int],
) -> bool:
    """Read the hints of the window ``[a, b)`` on probes, reusing outcomes by text;
    False if some could not be read so (the rest is to be read in the window)."""
    memo = st.memo
    size = len(folded)
    for h in found[bisect_left(found, max(a, st.pos)) : bisect_left(found, b)]:
        if h < st.nxt:
            st.pos = h + 1
            continue
        out: Outcome | None = None
        pa = 0
        for scale in PROBE_TRIES:
            pa = _near_cut_before(folded, h - PROBE_BEHIND * scale)
            pb = _near_cut_after(folded, h + PROBE_AHEAD * scale)
            if pa < 0 or pb < 0:
                break  # no cut point near: a probe would be no small text
            # (a probe in a table keeps where its cells end: the same text may run on)
            inside = cells[bisect_left(cells, pa) : bisect_left(cells, pb)] if cells else cells
            key = (folded[pa:pb], text[pa:pb], h - pa, pa == 0, pb == size,
                   tuple(c - pa for c in inside))
            if key in memo:
                out = memo[key]
            else:
                out = memo[key] = _probe(text, folded, h, pa, pb, own, frozenset(inside))
            if out is not None:
                break
        if out is None:
            return False
        st.take(out, h, pa)
    return True


#: How far a probe's edge may move to reach a cut point.
_NEAR = 64


def _near_cut_before(folded: str, pos: int) -> int:
    """The last cut point at or before ``pos`` (0 at the start), -1 if none near."""
    if pos <= 0:
        return 0
    space = folded.rfind(" ", max(0, pos - _NEAR), pos + 1)
    if space >= 0:
        return space
    m = _CUT_BACK.search(folded, max(0, pos - _NEAR), pos + 1)
    return m.start() if m else (0 if pos <= _NEAR else -1)


def _near_cut_after(folded: str, pos: int) -> int:
    """The first cut point at or after ``pos`` (the end of the text at the end),
    -1 if none near."""
    if pos >= len(folded):
        return len(folded)
    space = folded.find(" ", pos, pos + _NEAR)
    if space >= 0:
        return space
    m = _CUT.search(folded, pos, pos + _NEAR)
    return m.start() if m else (len(folded) if pos + _NEAR >= len(folded) else -1)
