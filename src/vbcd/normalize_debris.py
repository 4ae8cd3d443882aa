"""Where the converter debris is: the candidate scans behind :func:`vbcd.normalize.normalize`.

Each kind of debris (CRLF, a crawler's caption repeated at line starts, page-break
markers, page furniture (a gazette's running headers, signature stamps, watermarks),
table separators, rules, pipes, emphasis, heading marks, escapes, HTML line
breaks, stray control characters, tone marks detached from any letter, decomposed
letters, fixed words and syllables split
by stray spaces) is one *pass*. A pass reports every match of
its pattern over the whole input, as ``(start, rank, end, kind)``; the caller
keeps the leftmost match and, on a tie, the lower rank (the pass listed first),
dropping any match that starts inside one it kept. That is exactly what one
alternation of all the patterns would find, at a fraction of its cost.

Why the passes look the way they do: a regex scan whose pattern begins with an
optional run (``[ \\t]*\\|``) or a character class is tried at every position of a
10 kB document, and that alone cost more than the whole budget. So each pass is
gated by a single-character ``in`` test (a memchr-speed scan), and its pattern
starts with a literal that the engine can jump to; whatever context the original
pattern looked at around the literal (a line start, a run of blanks before a
pipe) is checked afterwards on the few candidates only. The results are the
same as matching the original patterns, which the docstrings spell out.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice, repeat
from operator import sub

import regex

from vbcd.grammar import load
from vbcd.syllables import split_syllable_spans, strip_marks

Found = tuple[int, int, int, str]
"""A candidate: ``(start, rank, end, kind)``; sorting puts the winner of a tie first."""

_KINDS = ("digest", "translation", "web", "caption", "pagebreak", "stamp", "watermark", "gazette",
          "pageno", "sep",
          "rule", "pipe", "grid_edge", "grid_lead", "grid_gap",
          "bullet", "dash_wrap", "article_wrap", "type_wrap", "link", "emph", "heading", "escape",
          "br", "entity", "char", "footmark", "glyph",
          "lookalike", "detached", "decomposed", "digits", "numeral", "split", "syllable")
RANK = {kind: i for i, kind in enumerate(_KINDS)}
RANK["bold"] = RANK["glued"] = RANK["emph"]
"""Pass order: on two matches starting at the same offset, the lower rank wins."""

_SPAN = re.Match.span
_START = re.Match.start
_END = re.Match.end
_WS = " \t"

# --- fixed words split by stray spaces ----------------------------------------------

FIXED_WORDS: tuple[str, ...] = tuple(load("lexicon")["split_words"]["words"])
_HEADER = load("header")
_TYPE_LINES: tuple[str, ...] = tuple(
    str(line) for t in load("doc_types")["type"] for line in t["lines"]
)
SPLIT_KEYS: dict[str, str] = {w.replace(" ", "").lower(): w for w in FIXED_WORDS}
_KEY_ORDER: tuple[str, ...] = tuple(sorted(SPLIT_KEYS, key=len, reverse=True))
"""The keys in the order an alternation would try them (longest first)."""

_SPELLING: dict[str, str] = {key: word.lower() for key, word in SPLIT_KEYS.items()}
_SPACES = re.compile(r" +")
_SPACE_RUN = re.compile(" +")


def split_word_matches(raw: str) -> list[tuple[int, int]]:
    """Spans of fixed words broken by stray spaces (``N ơi nhận``).

    The keys of the lexicon (letters only) are looked for in a lower-cased copy of
    the text with its spaces squeezed out, and each hit is mapped back; a hit
    whose original spelling already has the word's own spaces is no damage, nor
    is one inside a longer word. Hits are the leftmost, non-overlapping ones, the
    longest key first at one offset, as one alternation of the keys would find
    them; each key is searched with ``str.find`` (one fast scan per key, where a
    regex alternation was tried at every letter).

    Most hits are the word spelt properly: when a key occurs exactly as often as
    its own spelling does in the lower-cased text (each occurrence of the spelling
    is one of the key), every occurrence is that spelling, and its hits are known
    to be no damage without mapping them back.
    """
    low = raw.lower()
    if len(low) != len(raw):
        return []
    squeezed = low.replace(" ", "")
    damaged = {key for key in _KEY_ORDER if _damaged(low, squeezed, key)}
    if not damaged:
        return []
    hits: list[tuple[int, int, str]] = []
    for prio, key in enumerate(_KEY_ORDER):
        i = squeezed.find(key)
        while i >= 0:
            hits.append((i, prio, key))
            i = squeezed.find(key, i + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    cursor = (0, 0)  # a known (squeezed offset, raw offset) pair, moving forward
    last_end = 0
    for i, _, key in hits:
        if i < last_end:
            continue
        last_end = i + len(key)
        if key not in damaged:
            continue
        cursor = _unsqueeze(low, cursor, i)
        a = cursor[1]
        b = _unsqueeze(low, cursor, last_end - 1)[1] + 1
        if (a > 0 and raw[a - 1].isalpha()) or (b < len(raw) and raw[b].isalpha()):
            continue
        surface = raw[a:b]
        word = SPLIT_KEYS[key]
        if "\n" in surface or _SPACES.sub(" ", surface).lower() == word.lower():
            continue
        out.append((a, b))
    return out


def _overlaps(word: str) -> tuple[str, ...]:
    """The strings two overlapping occurrences of ``word`` make (``word`` then its
    rest after each proper prefix that is also a suffix): ``nơinhậnơinhận``."""
    return tuple(word + word[k:] for k in range(len(word) - 1, 0, -1)
                 if word[:k] == word[-k:])


_OVERLAPS = {w: o for w in _KEY_ORDER if (o := _overlaps(w))}


def _damaged(low: str, squeezed: str, key: str) -> bool:
    """Whether ``key`` occurs in ``squeezed`` (``low`` without spaces) more often than
    its spelling does in ``low``, overlapping occurrences included.

    ``str.count`` (a C loop) counts disjoint ones, the same number unless two
    occurrences overlap, which only words with a border can do, and only where one of
    their overlap strings occurs. Two overlapping occurrences of the spelling squeeze
    to two overlapping ones of the key, so one look for the key's overlap strings in
    ``squeezed`` tells whether either count needs the slow way.
    """
    n = squeezed.count(key)
    if not n:
        return False
    spelling = _SPELLING[key]
    overlaps = _OVERLAPS.get(key)
    if overlaps and any(map(squeezed.__contains__, overlaps)):
        return _occurrences(squeezed, key) != _occurrences(low, spelling)
    return n != low.count(spelling)


def _occurrences(text: str, needle: str) -> int:
    """How many times ``needle`` occurs in ``text``, overlapping occurrences included."""
    n = 0
    i = text.find(needle)
    while i >= 0:
        n += 1
        i = text.find(needle, i + 1)
    return n


def _unsqueeze(text: str, cursor: tuple[int, int], i: int) -> tuple[int, int]:
    """Raw offset of squeezed offset ``i`` (at or after ``cursor``), as a new cursor.

    Walks forward from the cursor in chunks: a chunk as long as the letters still to
    pass is skipped at once and its spaces (``str.count``, C speed) are what is left
    to pass; space runs are jumped with a regex. Every character is looked at a
    bounded number of times, so a long run of spaces stays linear (recounting the
    span from the cursor on every step was quadratic in the run's length).
    """
    si, ri = cursor
    need = i - si
    r = _skip_spaces(text, ri)
    while need > 0:
        spaces = text.count(" ", r, r + need)
        r = _skip_spaces(text, r + need)
        need = spaces
    return i, r


def _skip_spaces(text: str, r: int) -> int:
    """The first offset at or after ``r`` that is not a space (C speed over a run)."""
    m = _SPACE_RUN.match(text, r)
    return m.end() if m else r


# --- the passes ------------------------------------------------------------------------

# ``(?<!-)`` only skips starts inside a dash run, where the match starting at the
# run's first dash is always leftmost: the same matches, without retrying the run.
_PAGEBREAK = re.compile(
    r"(?<!-)-{2,}[ \u00a0]?(?:PAGE|Page)[ \u00a0](?:BREAK|\d{1,4})[ \u00a0]?-{2,}")
_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.M)
_SEP_HINT = re.compile(r"---+:?[ \t]*\|")
# A grid table's border (pandoc: ``+------+:-----:+``, ``+======+``), a whole line.
_GRID = re.compile(r"^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*$", re.M)
# Where a grid border may be: ``+--``, ``+:-`` or ``+==`` (one scan for the three).
_GRID_HINT = re.compile(r"\+(?:--|:-|==)")
_DASH_RUN = re.compile(r"---+")
_RULE_CHARS = "_=─—"
#: Characters a separator line under a title or a header column is drawn with: every
#: dash of Unicode (``‐-‒–—―``), the box-drawing line, tilde, equals and underscore.
_LINE_DASHES = "‐‒–—―─~=_-"
_LINE_DASH = "[" + re.escape(_LINE_DASHES) + "]"
# A whole line drawn only with those characters (two at least: ``—–``, ``–––``), or two
# runs of them around an ``oOo`` ornament (``---oOo---``, ``–o0o–``). The en dash of a
# range (``2020 – 2025``) and a page number (``- 2 -``) never make a line of their own.
_RULE_LINE_BODY = (
    r"[ \t]*+(" + _LINE_DASH + r"{2,}+|" + _LINE_DASH + r"++[ \t]*+(?:o[O0o]o|O[o0O]O)[ \t]*+"
    + _LINE_DASH + r"++)[ \t]*+$")
_RULE_LINE = re.compile(_RULE_LINE_BODY, re.M)
# The same line after the first, found from the line break before it (a literal the
# engine jumps to, where ``^`` in MULTILINE mode was tried at every position): a rule
# line holds no line break, so these are the ``^``-anchored matches.
_RULE_LINE_AFTER_NEWLINE = re.compile("\n" + _RULE_LINE_BODY, re.M)
_RULE_EDGE = " \t\r\n*|_"
_STARS = re.compile(r"\*\**")
_STAR_KIND = {1: "emph"}
"""A star run's kind by its length, when not ``bold``."""
#: Underscore runs: ``__bold__`` and ``_italic_`` (html2text and other converters write
#: emphasis so); one inside a word (``a_b``, ``a__b``) is no emphasis.
_UNDERSCORES = re.compile(r"_+")
_HEADING = re.compile(r"^[ \t\u00a0]*\#{1,6}[ \t\u00a0]+", re.M)
_HASH = re.compile("#")
# A Markdown escape, or a converter's hard line break: a backslash ending a line or a
# table cell's line (pandoc writes ``TRUNG ƯƠNG\`` and pads the cell with blanks).
_ESCAPE = re.compile(r"\\(?=[-*_#|.()\[\]]|[ \t]*(?:\n|$)|[ \t]{2})")
# An HTML line break left in Markdown (converters write the lines of a table cell so).
# Not the blanks around it: a table pipe's match takes those, and a match starting
# inside another is dropped (lines are stripped anyway).
_BR = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
# An HTML character reference a scraper left undecoded in plain text (``&nbsp;``,
# ``&amp;``, ``&#44;``): well formed, with its semicolon.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: The Unicode hyphens a word processor writes for the ASCII one: the hyphen and the
#: non-breaking hyphen, which typists put in document numbers so that ``NĐ‑CP`` does not
#: wrap (``15/2020/NĐ‑CP``, ``Bà Rịa‑Vũng Tàu``). Read as ``-`` (the ``char`` pass).
HYPHENS = "\u2010\u2011"
_CHAR_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f\u00a0\u00ad\u00d0\u2007\u200b-\u200d\u202f\u2060\ufeff\t"
    + HYPHENS
)
_CHAR = re.compile(f"[{_CHAR_CLASS}]")
_DECOMPOSED = regex.compile(r"\P{M}\p{M}+")
# Combining marks standing alone between blanks (``thiêt hai ̀ ̣ ̣ do``), with the
# blanks before them: a PDF extraction put a line's tone marks after its words.
_ANY_MARK = regex.compile(r"\p{M}")
_BLANK_REACH = 64  # blanks before a detached mark looked back over (a bounded slice)
_DETACHED = regex.compile(r"(?<!\S)\p{M}+(?=\s|$)")
# A ``**`` (exactly two) right after a character that ends a document type line,
# or after one and a newline (``$`` also matches before a final newline).
_LAST_OF_TYPE = "".join(sorted({re.escape(line[-1]) for line in _TYPE_LINES}))
_GLUED_CANDIDATE = re.compile(
    rf"\*\*(?:(?<=[{_LAST_OF_TYPE}]\*\*)|(?<=[{_LAST_OF_TYPE}]\n\*\*))(?!\*)"
)
_TYPE_LINE_END = regex.compile(
    r"(?<!\p{L})(?:" + "|".join(regex.escape(w).replace("\\ ", "[ ]") for w in _TYPE_LINES)
    + r")$"
)

#: Two bold header lines a converter glued in one table cell (``**HỘI ĐỒNG NHÂN
#: DÂN****XÃ TÂN PHÚ**``): ``****`` after a capital and before an organ head or a level
#: word and its blank. A bold run inside a word (``THU****Ế``, ``TRƯ****Ở****NG``) has
#: no head after it; the organ line before must be capitals of two words or more.
_GLUED_ORGAN = regex.compile(
    r"(?<=\p{Lu})\*\*\*\*(?=(?:" + "|".join(regex.escape(w) for w in sorted({
        *_HEADER["issuer"]["heads"], *_HEADER["issuer_repair"]["province_levels"],
        *_HEADER["issuer_repair"]["district_levels"],
        *_HEADER["issuer_repair"]["commune_levels"]}, key=len, reverse=True))
    + r")[ ]\p{Lu})")
_ORGAN_LINE_REACH = 80  # how far back the organ line before ``****`` is read


def find_debris(raw: str) -> tuple[list[Found], bool]:
    """Every pass's matches over ``raw``, sorted by start then rank (overlaps kept),
    and whether ``raw`` has a pipe (a table is possible). ``raw`` has ``\\n`` line ends
    and plain spaces already (:func:`vbcd.normalize.normalize` makes them first)."""
    found: list[Found] = []
    sources = 0
    pipes = _pipes(raw)
    if pipes and _GRID_HINT.search(raw) is not None:
        pipes = _grid_pipes(raw, pipes)
    for part in (
        _digest(raw), _translation(raw), _web_chrome(raw), _captions(raw), _pagebreaks(raw),
        _gazette(raw), _own_headers(raw),
        _stamps(raw), _watermarks(raw), _page_numbers(raw), _seps(raw), _rules(raw), pipes,
        _bullets(raw), _dash_wraps(raw), _article_wraps(raw), _type_wraps(raw), _links(raw),
        _emphasis(raw), _headings(raw), _escapes(raw), _breaks(raw), _entities(raw), _chars(raw),
        _foot_marks(raw), _glyphs(raw), _lookalikes(raw), _detached(raw), _decomposed(raw),
        _spaced_digits(raw), _date_numerals(raw), _splits(raw), _syllables(raw),
    ):
        if part:
            found += part
            sources += 1
    if sources > 1:
        found.sort()
    return found, bool(pipes)


def _tagged(spans: Iterable[tuple[int, int]], kind: str) -> list[Found]:
    rank = RANK[kind]
    return [(a, rank, b, kind) for a, b in spans]


# --- a legal site's news digest printed before the document ------------------------

#: A Markdown heading opening the text: the digest's headline (``## Bổ sung 41 cửa khẩu``).
_DIGEST_HEADLINE = re.compile(r"[ \t\ufeff]*#{1,6}[ \t]")
#: A line holding only a table pipe, or nothing (the pipe's cell put on lines of its
#: own): where the document's header table may start.
_SEPARATOR_LINE = re.compile(r"\n[ \t]*\|?[ \t]*(?=\n|$)")
#: The national motto or a number line: a document's header (``Độc lập``, ``Số:``).
_MOTTO_SIGNS = ("Độc lập", "ĐỘC LẬP")
_NUMBER_SIGN = re.compile(r"[ \t*_]*Số[ \t]*:")
_NUMBER_SIGN_AFTER_NEWLINE = re.compile(r"\n[ \t*_]*Số[ \t]*:")


def _header_sign(raw: str, end: int) -> tuple[int, int] | None:
    """The span of the first header sign before ``end``: the national motto
    (``Độc lập``, ``ĐỘC LẬP``) or a line opening with ``Số:`` (its line break
    included, but at the text's start). A find of each motto and a scan from line
    break to line break, the leftmost of them, instead of one alternation with ``^``
    tried at every position (no two of them match at one offset: they open with
    ``Đ``, a line break, or a blank or ``S`` at the text's start)."""
    first = _NUMBER_SIGN.match(raw, 0, end)
    if first is not None:
        return first.span()
    found = [(i, i + len(motto)) for motto in _MOTTO_SIGNS
             if (i := raw.find(motto, 0, end)) >= 0]
    line = _NUMBER_SIGN_AFTER_NEWLINE.search(raw, 0, end)
    if line is not None:
        found.append(line.span())
    return min(found) if found else None
#: How far a digest reaches (its lead and lists), and how far past its end the header.
DIGEST_REACH = 20000
HEADER_REACH = 800
#: The widest line of an issuer block (``**BỘ KHOA HỌC VÀ CÔNG NGHỆ**``, a rule): the
#: digest's prose runs wider.
ISSUER_LINE_CHARS = 60


def _digest(raw: str) -> list[Found]:
    """A legal site's digest of the document printed before it (``## headline``, the
    lead ``Ngày 3/12/2025, Thủ tướng Chính phủ ban hành ...``, its summary and a
    ``Xem chi tiết ...`` line), up to the line (a pipe or nothing) that opens the
    header table after it.

    It is the site's text, not the document's: left in, it hid the header behind it
    (no issuer, no title) and gave its lists as clauses. Only a text opening with a
    Markdown heading is one, and it ends at the first separator line after which only
    short lines (the issuer's block) stand before a header sign within
    :data:`HEADER_REACH`, with no header sign before it.
    """
    if not raw.startswith(("#", " ", "\t", "\ufeff")) or _DIGEST_HEADLINE.match(raw) is None:
        return []
    # A headline is written in sentence case; a heading in capitals is the document's
    # own issuer put in Markdown (``# BỆNH VIỆN ĐA KHOA KHU VỰC ...``), which cutting
    # left the document without an issuer.
    headline = raw[:raw.find("\n")] if "\n" in raw else raw
    if headline.upper() == headline:
        return []
    first_sign = _header_sign(raw, DIGEST_REACH + HEADER_REACH)
    if first_sign is None:
        return []
    sign_start = first_sign[0]
    for sep in _SEPARATOR_LINE.finditer(raw, 0, sign_start):
        if sign_start - sep.end() > HEADER_REACH:
            continue
        block = raw[sep.end():sign_start].split("\n")
        if all(len(line.strip()) <= ISSUER_LINE_CHARS for line in block):
            return [(0, RANK["digest"], sep.end() + 1, "digest")]
    return []


# --- a legal site's English translation printed after the document -------------------

#: The English national motto that opens the translation's header (``Independence -
#: Freedom - Happiness``), any dash.
_ENGLISH_MOTTO = re.compile(r"Independence\s*[-–—]\s*Freedom\s*[-–—]\s*Happiness")
#: The Vietnamese motto the document's own header has (``Độc lập - Tự do``).
_OWN_MOTTO = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do", re.IGNORECASE)
#: A letter of Vietnamese (a tone, a shaped vowel or đ): a line with one is the
#: document's, not the translation's.
_VI_LETTER = re.compile(r"[À-ỹđĐ]")
#: What may stand beside the motto on its line: blanks and a converter's emphasis.
_MARKUP = " \t*_|"
#: Most lines the translation's issuer block and caption run above its motto.
TRANSLATION_HEAD_LINES = 16


def _translation(raw: str) -> list[Found]:
    """A legal site's English translation printed after the document (``**THE
    MINISTRY OF FINANCE**`` / ``SOCIALIST REPUBLIC OF VIETNAM`` / ``Independence -
    Freedom - Happiness`` / ``No. 109/2025/TT-BTC`` ...), from the lines without a
    Vietnamese letter above its motto (its issuer, its caption) to the end.

    It is the site's text, not the document's: left in, its citations (``Decree No.
    126/2020/ND-CP``) read as references the document never makes. Only a motto after
    the document's own (``Độc lập - Tự do``), alone on its line, opens one.
    """
    at = raw.find("Independence")
    if at < 0:
        return []
    m = _ENGLISH_MOTTO.match(raw, at) or _ENGLISH_MOTTO.search(raw, at)
    if m is None or _OWN_MOTTO.search(raw, 0, m.start()) is None:
        return []
    start = raw.rfind("\n", 0, m.start()) + 1
    end = raw.find("\n", m.end())
    if raw[start:m.start()].strip(_MARKUP) or raw[m.end():end if end >= 0 else len(raw)].strip(
            _MARKUP):
        return []  # the motto quoted in a sentence (``Tiêu ngữ dịch là "Independence ..."``)
    for _ in range(TRANSLATION_HEAD_LINES):
        if start == 0:
            break
        prev = raw.rfind("\n", 0, start - 1) + 1
        if _VI_LETTER.search(raw, prev, start) is not None:
            break
        start = prev
    return [(start, RANK["translation"], len(raw), "translation")]


# --- a web page's chrome around a document copied from a website ---------------------

_WEB = load("structure")["page_furniture"]


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` (longest first), grouped by their first letter.

    At a position the engine tries each alternative's first letter in turn: grouped,
    it tries one per distinct letter, then only that letter's words. Words with
    different first letters never match at one position, and each group keeps the
    words' order, so what matches is what the flat alternation matches.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _cue_pattern(words: Iterable[str], line_start: bool) -> re.Pattern[str]:
    """One alternation of ``words`` (longest first), each a whole word; when
    ``line_start``, only opening a line (after blanks, a web bullet or a converter's
    emphasis; not after a dash, which opens the document's own list items).

    A line-start pattern opens on the line break before the line (a literal the
    engine jumps to; ``^`` in MULTILINE mode was tried at every position): a match
    starts one character before its line, and a search for lines opening at ``pos``
    or after starts at ``pos - 1``. Its lead is taken whole (no cue opens with its
    characters) and a set test of the cues' first letters turns most lines away
    before the cues are tried (grouped by first letter, see :func:`_by_first_letter`).
    """
    words = list(words)
    alt = _by_first_letter(words)
    if not line_start:
        return re.compile(f"(?<!\\w)({alt})(?!\\w)")
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(f"\\n[ \\t*_•»]*+(?=[{firsts}])({alt})(?!\\w)")


_WEB_HEAD = _cue_pattern(_WEB["web_head"], line_start=False)
_WEB_TAIL = _cue_pattern(_WEB["web_tail"], line_start=True)
#: How far from the start the header's first sign may stand for a chrome head to be cut.
WEB_HEAD_REACH = 3000
#: Different cue words a head or a tail must hold before it is cut.
WEB_CUES = 2
#: The longest line a cue of the head may stand on.
WEB_LINE_CHARS = 160


#: A mail header field opening a line (``From: ...``, ``Subject: ...``), any quoting.
_MAIL_LABEL = re.compile(
    r"^[ \t>*_]*(" + "|".join(re.escape(w) for w in sorted(_WEB["mail_labels"], key=len,
                                                             reverse=True)) + r")[ \t]*:",
    re.M)
#: A mail client's forward separator line (``-----Original Message-----``).
_MAIL_SEPARATOR = re.compile(
    r"^[ \t>]*-{2,}[ \t]*(?:" + "|".join(re.escape(w) for w in _WEB["mail_separators"])
    + r")[ \t]*-*[ \t]*$", re.M)
#: The signature delimiter of a mail (``--`` alone on its line), under the recipients.
_MAIL_SIG = re.compile(r"^--[ \t]*$", re.M)
#: What a mail's first field label may open the text with (a cheap gate before the scan).
_MAIL_START = tuple({w[0] for w in _WEB["mail_labels"]} | {" ", "\t", ">", "*", "_", "\n", "-"})


def _mail_head(raw: str, sign_line: int) -> int:
    """Where the e-mail wrapping a forwarded document ends, or ``-1``: the end of the
    last header field line or forward separator before the document's header (whichever
    is later, so a cover note between the fields and an ``Original Message`` line
    goes too). Two different field labels are needed, the first one opening the text
    (after a forward separator at most)."""
    hits = list(_MAIL_LABEL.finditer(raw, 0, sign_line))
    if len({m.group(1) for m in hits}) < WEB_CUES:
        return -1
    if _MAIL_SEPARATOR.sub("", raw[:hits[0].start()]).strip():
        return -1  # a field label further down (``Đến: ...`` in a form), not a mail
    seps = list(_MAIL_SEPARATOR.finditer(raw, 0, sign_line))
    last = max(hits[-1].end(), seps[-1].end() if seps else 0)
    end = raw.find("\n", last, sign_line)
    return end + 1 if end >= 0 else -1


def _web_chrome(raw: str) -> list[Found]:
    """A web page's chrome around the document it shows: the lines above the header
    up to the last one holding a cue of :data:`_WEB_HEAD` (menu, breadcrumb, posting
    date, share buttons), and everything from the first line opening with a cue of
    :data:`_WEB_TAIL` after the recipients (attachments, tags, related news, the
    site's footer with its address and licence).

    It is the site's text, not the document's: left in, the posting date and the
    related-news dates read as dates, the footer's ward as a place, the licence as a
    reference, and the site's banner as the issuer. Each part needs two different
    cue words (the tail one when the head was cut: the page is then known to be a web
    copy); the head must end before the header's first sign (the motto or a
    number line) and the tail must start after the last ``Nơi nhận`` or ``./.`` (or,
    when there is neither, in the text's last third), so no word of the document is cut.
    A forwarded e-mail's fields and cover note above the header go the same way (see
    :func:`_mail_head`), and then its sender's signature after a ``--`` line under the
    recipients.
    """
    out: list[Found] = []
    mail = -1
    head = False  # a chrome head was cut: the page is a web copy
    sign = _header_sign(raw, WEB_HEAD_REACH)
    if sign is not None:
        sign_line = raw.rfind("\n", 0, sign[0]) + 1
        if raw.startswith(_MAIL_START):
            mail = _mail_head(raw, sign_line)
            if mail > 0:
                out.append((0, RANK["web"], mail, "web"))
        hits = list(_WEB_HEAD.finditer(raw, 0, sign_line))
        if len({m.group(1) for m in hits}) >= WEB_CUES:
            end = raw.find("\n", hits[-1].end(), sign_line)
            if end >= 0 and all(_short_line(raw, m.start()) for m in hits):
                out.append((0, RANK["web"], _headline_end(raw, end + 1, sign_line), "web"))
                head = True
    start = max(raw.rfind("Nơi nhận"), raw.rfind("NƠI NHẬN"), raw.rfind("./."))
    if start < 0 and sign is not None:
        # no recipients and no closing mark (a plan signed bare): only its last third
        start = max(sign[1], len(raw) * 2 // 3)
    if start >= 0:
        tail = list(_WEB_TAIL.finditer(raw, start))  # lines opening after ``start``
        # under a page whose head is chrome, one tail word is enough
        if len({m.group(1) for m in tail}) >= (1 if head else WEB_CUES):
            out.append((tail[0].start() + 1, RANK["web"], len(raw), "web"))
        elif mail > 0:
            sig = _MAIL_SIG.search(raw, start + 1)
            if sig is not None:
                out.append((sig.start(), RANK["web"], len(raw), "web"))
    return out


#: A Markdown link's target (``](https://...)``): the page's address, not text it shows.
_LINK_TARGET = re.compile(r"\]\([^()\s]*\)")


def _headline_end(raw: str, pos: int, sign_line: int) -> int:
    """Where the chrome head cut at ``pos`` ends once the page's news headline is taken
    with it: the one short line in sentence case right under the share buttons
    (``LĐLĐ tỉnh hướng dẫn tổ chức Tết Sum vầy năm 2025``) when the line under it opens
    the header in capitals (``LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN``). Left in, its organ
    reads as the text's first mention and the header's organ stays apart. A capital
    line at ``pos`` is the header itself and is kept (``pos`` returned)."""
    a = pos
    while raw.startswith("\n", a):
        a += 1
    b = raw.find("\n", a, sign_line)
    if b < 0 or b - a > WEB_LINE_CHARS:
        return pos
    line = raw[a:b]
    if line.isupper() or not line[:1].isupper():
        return pos  # the header's own organ line, or no headline
    c = b + 1
    while raw.startswith("\n", c):
        c += 1
    d = raw.find("\n", c)
    nxt = raw[c:d if d >= 0 else len(raw)].strip()
    if c > sign_line or not nxt.isupper() or len(nxt) < 8:
        return pos
    return b + 1


def _short_line(raw: str, i: int) -> bool:
    """Whether the line holding offset ``i`` is as short as a web page's menu, date or
    share line (a paragraph of the document that names ``Facebook, Zalo`` is longer).
    A converter's link targets do not count: a breadcrumb of three links
    (``[Trang chủ](https://...) › [Văn bản](https://...) › ...``) shows a short line."""
    a, b = _line_span(raw, i)
    if b - a <= WEB_LINE_CHARS:
        return True
    line = raw[a:b]
    return "](" in line and len(_LINK_TARGET.sub("]", line)) <= WEB_LINE_CHARS


# --- a crawler's caption repeated before the document's parts ------------------------

_TYPE_NAMES: tuple[str, ...] = tuple(str(t["name"]) for t in load("doc_types")["type"])


_CAPTION_BODY = (
    "(?:" + _by_first_letter(_TYPE_NAMES)
    # the number, maybe its year, maybe the page's title of the document (``... về thẻ
    # bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành``) up to the first stop
    + r") [^\s/]+/[^\s]*[^\s.](?: năm \d{4})?(?: [^\n]{1,300}?)??\. ")
_CAPTION = re.compile(f"[ \t]*({_CAPTION_BODY})")
# A caption opening a line after the first: found from the line break (a literal the
# engine jumps to), where ``^`` in MULTILINE mode was tried at every position. A
# caption holds no line break, so the matches are the ``^``-anchored ones.
_CAPTION_AFTER_NEWLINE = re.compile(f"\n[ \t]*({_CAPTION_BODY})")
CAPTION_REPEATS = 2
"""Line starts a caption must open before it counts as one (see :func:`_captions`)."""


def _captions(raw: str) -> list[Found]:
    """A crawler's caption of the document (``Quyết định 435/QĐ-UBND năm 2020. ``) put
    before its parts: the header, each article, the annex. Only a caption that opens
    at least :data:`CAPTION_REPEATS` lines is one; a line of text that happens to
    start the same way once is left alone."""
    found = [m.span(1) for m in _CAPTION_AFTER_NEWLINE.finditer(raw)]
    first = _CAPTION.match(raw)
    if first is not None:
        found.insert(0, first.span(1))
    if len(found) < CAPTION_REPEATS:
        return []
    counts = Counter(raw[a:b] for a, b in found)
    return _tagged((_with_heading(raw, a, b) for a, b in found
                    if counts[raw[a:b]] >= CAPTION_REPEATS), "caption")


#: Words a caption's trail may hold (``CHƯƠNG TRÌNH HÀNH ĐỘNG. ``).
CAPTION_HEADING_WORDS = 12


def _with_heading(raw: str, a: int, b: int) -> tuple[int, int]:
    """The caption ``[a, b)`` with the attachment's heading in capitals that the crawler
    put after it as a breadcrumb (``... năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI
    DUNG``), when another sentence follows on the line."""
    dot = raw.find(". ", b, b + 16 * CAPTION_HEADING_WORDS)
    if dot < 0:
        return a, b
    heading = raw[b:dot]
    if ("\n" in heading or not heading.isupper()
            or len(heading.split()) > CAPTION_HEADING_WORDS or dot + 2 >= len(raw)
            or raw[dot + 2] in "\n"):
        return a, b
    return a, dot + 2


#: The word a page's number may follow in a footer (``Trang 2/5``, ``Page 2 of 5``).
_PAGE_WORDS = "Trang|Page|TRANG"
#: A page's number on a line of its own, set far in (a layout-preserving PDF text layer
#: centres it) or between dashes (``- 2 -``); the blanks before it in group 1. The blank
#: lines around it (the page's margins) go with it, so the paragraph reads on whatever
#: letter the next page opens with; so does a form feed there (``pdftotext``'s page
#: end), but one opening the next page's text, which stays as its line break. A margin
#: is a few lines: bounded, a long run of blank lines is not crossed from each of its
#: lines (quadratic).
_PAGE_NUMBER = re.compile(
    r"\n(?:[ \t\f]*+\n){0,8}+\f?([ \t]*+)(?:(-)[ \t]*\d{1,3}[ \t]*-|(" + _PAGE_WORDS
    + r")[ \t]+\d{1,3}(?:[ \t]*(?:/|of|trên)[ \t]*\d{1,3})?|\d{1,3})[ \t]*"
    r"(?:\n[ \t\f]*(?=\n))*(?:\n(?=\f))?(?=[\n\f])")
#: Blanks before a page number set far in; and before one centred on the page, which
#: may stand before a line opening with a capital (a clause heading's next line).
PAGE_NUMBER_INDENT = 10
PAGE_NUMBER_CENTRED = 24
_SENTENCE_END = frozenset(".:;!?")


def _page_numbers(raw: str) -> list[Found]:
    """A page number printed inside a paragraph that goes on over the page (the line
    before it ends no sentence, the next non-blank line opens with a small letter, or
    any letter under a number centred on the page):
    removed with its line break, so the paragraph reads on (``... (thông qua Chi`` /
    ``2`` / ``cục Môi trường ...``). A number alone at a line start (a table's cell) or
    one between sentences is left alone."""
    out: list[Found] = []
    rank = RANK["pageno"]
    own: str | None = None
    for m in _PAGE_NUMBER.finditer(raw):
        indent = len(m.group(1).expandtabs())
        marked = m.group(2) is not None or m.group(3) is not None
        if not marked and indent < PAGE_NUMBER_INDENT:
            continue
        before = raw[max(0, m.start() - 200):m.start()].rstrip()
        after = raw[m.end():m.end() + 200].lstrip()
        if before and after and before[-1] not in _SENTENCE_END and (
                after[0].islower() or (indent >= PAGE_NUMBER_CENTRED and after[0].isalpha())):
            out.append((m.start(), rank, m.end(), "pageno"))
        elif marked and before:
            # between sentences or list items (``- Sở Y tế;`` / ``- 2 -`` / ``- Lưu: VT.``),
            # the number's own line alone goes: the break before what follows stays
            a = m.start(1)
            b = raw.find("\n", a)
            out.append((a, rank, len(raw) if b < 0 else b + 1, "pageno"))
        else:
            continue
        if own is None:
            head = _OWN_NUMBER.search(raw, 0, OWN_NUMBER_CHARS)
            own = head.group(1).rstrip(".,;:") if head else ""
        if own and (line := _running_header(raw, m.end(), own)):
            out.append((*line[:1], rank, line[1], "pageno"))
    return out


#: The document's own number on its ``Số:`` line near the top (``Số: 1874/SKHCN-BCVT``),
#: looked for only once a page number was found.
_OWN_NUMBER = re.compile(r"\bS[ốỐ][ \t]*:?[ \t]*(\d{1,6}[/-]\S+)")
OWN_NUMBER_CHARS = 1500
#: The longest line read as a running header.
RUNNING_HEADER_MAX = 100


def _running_header(raw: str, at: int, own: str) -> tuple[int, int] | None:
    """The next page's first line, from ``at`` on, when it repeats the document's own
    number ``own``: a running header a PDF text layer keeps (``Sở KH&CN Nghệ An - Công
    văn số 1874/SKHCN-BCVT`` under ``Trang 1/2``). Returned as ``(start, end)`` with its
    line break, so the text reads on from the page's first line of the document proper.
    A sentence (a full stop or a comma at its end) is the document's own text."""
    a = at
    while a < len(raw) and raw[a] in "\n\f \t":
        a += 1
    b = raw.find("\n", a)
    b = len(raw) if b < 0 else b
    line = raw[a:b].rstrip()
    if (not line or len(line) > RUNNING_HEADER_MAX or own not in line
            or line[-1] in ".,;:" or line.startswith(("Số", "SỐ"))):
        return None
    return a, min(b + 1, len(raw))


def _pagebreaks(raw: str) -> list[Found]:
    """A converter's page marker on its line: ``--- PAGE BREAK ---``, ``--- PAGE 2 ---``."""
    if "PAGE" not in raw and "Page" not in raw:
        return []
    return _tagged(map(_SPAN, _PAGEBREAK.finditer(raw)), "pagebreak")


# --- page furniture: a gazette's running header, signature stamps, watermarks ---------
#
# Printed on the pages, not written in the document: each is removed (its line breaks
# kept, so a paragraph split by the page is rejoined afterwards like any page break).

_FURNITURE = load("structure")["page_furniture"]
_ESIGN = load("structure")["esign"]

#: A gazette's running header, from its name to the end of the line (a page number may
#: end the line): ``CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022``.
_GAZETTE_HEADER = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_FURNITURE["gazettes"], key=len, reverse=True)))
    + r")[^\n/]{0,40}/[ \t]*Số[ \t]*\d{1,5}(?:[ \t]*\+[ \t]*\d{1,5})*[ \t]*/[ \t]*Ngày[ \t]*"
    r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}[ \t]*(?:\d{1,4}[ \t]*)?(?=\n|\Z)")
#: A page's number alone on its line.
_NUMBER_LINE = re.compile(r"[ \t]*\d{1,4}[ \t]*")


def _line_span(raw: str, i: int) -> tuple[int, int]:
    """The line holding offset ``i``, without its line break."""
    end = raw.find("\n", i)
    return raw.rfind("\n", 0, i) + 1, len(raw) if end < 0 else end


def _gazette_headers(raw: str) -> list[tuple[int, int]]:
    """Each gazette running header opening its line, with the page number on the line
    just before it (or else just after it): the span of those lines, without the last
    line break."""
    out: list[tuple[int, int]] = []
    for m in _GAZETTE_HEADER.finditer(raw):
        a, b = _line_span(raw, m.start())
        lead = raw[a:m.start()].strip(_WS)
        if lead and not (lead.isdigit() and len(lead) <= 4):
            continue  # (an even page prints its number first: ``34 CÔNG BÁO/Số ...``)
        out.append(_with_page_number(raw, a, b))
    return out


def _with_page_number(raw: str, a: int, b: int) -> tuple[int, int]:
    """The running header's lines ``a:b`` with the page number on the line just before
    them, or else just after them, when there is one."""
    if a > 0 and _NUMBER_LINE.fullmatch(raw, raw.rfind("\n", 0, a - 1) + 1, a - 1):
        return raw.rfind("\n", 0, a - 1) + 1, b
    if b < len(raw):
        nxt = _line_span(raw, b + 1)
        if _NUMBER_LINE.fullmatch(raw, *nxt):
            return a, nxt[1]
    return a, b


def _gazette(raw: str) -> list[Found]:
    """A gazette's running headers, as page breaks; and, when the text opens with one
    (a document cut from the gazette), the lines the gazette prints above the
    document's own header: a section line and a category line repeating the issuer."""
    if not any(g in raw for g in _FURNITURE["gazettes"]):
        return []
    headers = _gazette_headers(raw)
    if not headers:
        return []
    out = _tagged(headers, "pagebreak")
    if not raw[:headers[0][0]].strip():
        out += _tagged(_gazette_preface(raw, headers[0][1]), "gazette")
    return out


#: What may follow the date of a running header (see :data:`_OWN_HEADER`): the issuer
#: (``... ngày 07/8/2023 của UBND tỉnh Lào Cai``: letters only, no sentence mark, so a
#: body line citing another act and ending in ``của Chính phủ.`` is not one; and the
#: number must be the header's own) and the page
#: number, bare or as ``Trang 2`` / ``Trang 2/3``.
_OWN_TAIL = (r"(?:[ \t]+(?P<of>của)[ \t]+[^\W\d_][^\W_]*(?:[ \t]+[^\W_]+){0,12})?[ \t]*"
             r"(?:(?:Trang[ \t]+)?\d{1,4}(?:/\d{1,4})?[ \t]*)?")
#: A document's own citation printed as a running header or footer on its pages by a
#: PDF layer (``Chỉ thị số 09/CT-TTg ngày 14/3/2024``), a whole line (a page number may
#: end it): a type's name (doc_types.toml), ``số`` and a number, ``ngày`` and a date.
_OWN_HEADER = re.compile(
    r"[ \t]*(?:" + "|".join(map(re.escape, sorted(
        {str(t["name"]) for t in load("doc_types")["type"]}, key=len, reverse=True)))
    + r")[ \t]+số:?[ \t]*(?P<n>\d{1,5}[\w/.-]*\w)[ \t,]+ngày[ \t]+\d{1,2}[-./]\d{1,2}"
    r"[-./]\d{2,4}" + _OWN_TAIL)
#: Its date ending a line: the literal ``ngày`` lets the scan jump from one to the next
#: (a scan trying every type's name at every line start cost 0.05 ms a document).
_OWN_HEADER_END = re.compile(
    r"ngày[ \t]+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}" + _OWN_TAIL.replace("?P<of>", "") + r"(?=\n|\Z)")
#: How far into the text the document's own ``Số:`` line is looked for.
_OWN_NUMBER_REACH = 2000


def _own_headers(raw: str) -> list[Found]:
    """The document's own citation repeated on its pages as a running header or footer
    (see :data:`_OWN_HEADER`), with a page number on the line just before or after it,
    as page breaks: a line met twice or more, or once with the number the header's
    ``Số:`` line prints (a body never cites itself by number on a line of its own)."""
    found: list[re.Match[str]] = []
    for d in _OWN_HEADER_END.finditer(raw):
        a = raw.rfind("\n", 0, d.start()) + 1
        if a and (m := _OWN_HEADER.fullmatch(raw, a, d.end())) is not None:
            found.append(m)
    if not found:
        return []
    seen = Counter(" ".join(m.group().split()) for m in found)
    head = raw[:_OWN_NUMBER_REACH]
    out: list[tuple[int, int]] = []
    for m in found:
        # (one naming an issuer must carry the header's own number: a table repeating a
        # row ``Nghị định số ... ngày ... của Chính phủ quy định ...`` is no furniture)
        if (seen[" ".join(m.group().split())] < 2 or m["of"]) and not regex.search(
                r"Số\s*:?\s*" + re.escape(m["n"]) + r"(?![\w/-])", head):
            continue
        out.append(_with_page_number(raw, m.start(), m.end()))
    return _tagged(out, "pagebreak")


#: How many of the issuer's lines a gazette's category line may repeat.
CATEGORY_LINES = 4
_SECTION_KEYS = frozenset(strip_marks(" ".join(s.split())) for s in _FURNITURE["gazette_sections"])


def _letters(s: str) -> str:
    """The letters and digits of ``s``, case folded: a name however its lines wrap."""
    return "".join(filter(str.isalnum, s)).casefold()


def _gazette_preface(raw: str, pos: int) -> list[tuple[int, int]]:
    """The section line and the category line after a gazette's first running header
    (ending at ``pos``), before the document's header: ``VĂN BẢN QUY PHẠM PHÁP LUẬT``,
    then ``BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`` over the header's own lines ``BỘ LAO
    ĐỘNG - THƯƠNG BINH`` / ``VÀ XÃ HỘI``. A category line must read, letter for letter,
    as the capitals' lines that follow it; any other line ends the look."""
    lines = _next_lines(raw, pos, CATEGORY_LINES + 2)
    out: list[tuple[int, int]] = []
    if lines and strip_marks(" ".join(raw[slice(*lines[0])].split())) in _SECTION_KEYS:
        out.append(lines.pop(0))
    if len(lines) < 2:
        return out
    first = raw[slice(*lines[0])]
    if not first.isupper():
        return out
    key = _letters(first)
    joined = ""
    for line in lines[1:CATEGORY_LINES + 1]:
        text = raw[slice(*line)]
        if not text.isupper():
            break
        joined += _letters(text)
        if len(joined) >= len(key):
            break
    if joined == key:
        out.append(lines[0])
    return out


def _next_lines(raw: str, pos: int, n: int) -> list[tuple[int, int]]:
    """The spans of the next ``n`` non-blank lines after offset ``pos``, without their
    indent and trailing blanks."""
    out: list[tuple[int, int]] = []
    while len(out) < n and pos < len(raw):
        a, b = _line_span(raw, pos + 1 if raw[pos] == "\n" else pos)
        line = raw[a:b]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((a + lead, a + len(line.rstrip())))
        pos = b
    return out


_KEYS_ALT = "|".join(map(re.escape, sorted(_ESIGN["keys"], key=len, reverse=True)))
#: A stamp's line: a key and its value. Found from the line break before it (a literal
#: the engine jumps to); the key in group 1, the line from its first non-blank on.
_STAMP_LINE = re.compile(rf"\n[ \t]*(({_KEYS_ALT})[ \t]*:[^\n]*)", re.IGNORECASE)
_FIRST_STAMP_LINE = re.compile(rf"[ \t]*(({_KEYS_ALT})[ \t]*:[^\n]*)", re.IGNORECASE)
_SIGNER_KEYS = frozenset(map(strip_marks, _ESIGN["signers"]))
_TIME_KEYS = frozenset(map(strip_marks, _ESIGN["times"]))
#: A signing time's key as a stamp writes it, or in capitals: a stamp has one of them,
#: and a document without any (most) is not scanned further.
_TIME_FORMS = tuple(f for k in _ESIGN["times"] for f in (k, k.upper()))
#: An unlabelled line a stamp's value may wrap onto (``Cơ quan: Thành phố Hồ Chí`` /
#: ``Minh``), at most this long.
STAMP_WRAP = 40
_DIGIT = re.compile(r"\d")


def _stamps(raw: str) -> list[Found]:
    """Electronic signature stamps printed over the text (``Ký bởi: ...`` / ``Cơ quan:
    ...`` / ``Ngày ký: 2026-05-21 ...``): runs of key lines (blank lines and one short
    wrapped line between them allowed) that name a signer and a signing time."""
    if not any(map(raw.__contains__, _TIME_FORMS)):
        return []
    found = list(_STAMP_LINE.finditer(raw))
    first = _FIRST_STAMP_LINE.match(raw)
    if first is not None:
        found.insert(0, first)
    if len(found) < 2:
        return []
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in found:
        if run and not _stamp_gap(raw[run[-1].end():m.start(1)]):
            _close_stamp(run, out)
            run = []
        run.append(m)
    _close_stamp(run, out)
    return _tagged(out, "stamp")


def _stamp_gap(gap: str) -> bool:
    """Whether two key lines with ``gap`` between them are one stamp: only blank lines
    and at most one short line without a key (a value wrapped onto it)."""
    rest = [line for line in gap.split("\n") if line.strip()]
    return not rest or (len(rest) == 1 and len(rest[0].strip()) <= STAMP_WRAP)


def _close_stamp(run: list[re.Match[str]], out: list[tuple[int, int]]) -> None:
    """Add the run of key lines to ``out`` if it is a stamp: two keys or more, one of
    them a signer and one a signing time with a digit in its value."""
    if len(run) < 2:
        return
    keys = {strip_marks(" ".join(m.group(2).split())) for m in run}
    timed = any(strip_marks(" ".join(m.group(2).split())) in _TIME_KEYS
                and _DIGIT.search(m.group(1)) for m in run)
    if len(keys) >= 2 and keys & _SIGNER_KEYS and timed:
        out.append((run[0].start(1), run[-1].end()))


_WATERMARKS = tuple((strip_marks(w["name"]).replace(" ", ""), str(w["site"]))
                    for w in _FURNITURE["watermarks"])
_WATERMARK_SITE = re.compile("|".join(re.escape(site) for _, site in _WATERMARKS),
                             re.IGNORECASE)
#: A site's address as written in the table, in small letters or in capitals: the gate
#: before the (slower) case-blind scan.
_SITE_FORMS = tuple(f for _, site in _WATERMARKS for f in (site, site.lower(), site.upper()))


def _watermarks(raw: str) -> list[Found]:
    """A legal-text website's watermark line (``THƯ VIEN PHAP LUAT* Tel +84-28-...
    www.ThuVienPhapLuat.vn``): a line holding the site's address that opens with its
    name, whatever the OCR made of its marks."""
    if not any(map(raw.__contains__, _SITE_FORMS)):
        return []
    out: list[tuple[int, int]] = []
    last = -1
    for m in _WATERMARK_SITE.finditer(raw):
        a, b = _line_span(raw, m.start())
        if a <= last:
            continue
        head = strip_marks(raw[a:m.start()]).replace(" ", "").lstrip("\t")
        if any(head.startswith(name) for name, _ in _WATERMARKS):
            out.append((a, b))
            last = a
    return _tagged(out, "watermark")


def _line_starts_of(raw: str, offsets: Iterable[int]) -> Iterator[int]:
    """The start of each line holding one of ``offsets`` (ascending), once per line.

    Linear: each line is searched back from its first offset only.
    """
    line_end = -1
    for i in offsets:
        if i <= line_end:
            continue
        line_end = raw.find("\n", i)
        if line_end < 0:
            line_end = len(raw)
        yield raw.rfind("\n", 0, i) + 1


def _seps(raw: str) -> list[Found]:
    """Table separator lines (``|---|:---:|``) and grid table borders
    (``+----+:---:+``), each a whole line.

    ``^...$`` with no newline inside matches whole lines only, and every such line
    holds ``---`` then an optional colon, blanks and a pipe: the lines holding that
    literal are the only ones tried.
    """
    rank = RANK["sep"]
    grid = ([(a, rank, b, "sep") for a, b in map(_SPAN, _GRID.finditer(raw))]
            if _GRID_HINT.search(raw) else [])
    if "|" not in raw or "-" not in raw:  # (and the hint's scan is slow in long dash runs)
        return grid
    hints = list(map(_START, _SEP_HINT.finditer(raw)))
    out: list[Found] = []
    for start in _line_starts_of(raw, hints):
        m = _SEP.match(raw, start)
        if m:
            out.append((start, rank, m.end(), "sep"))
    if grid:  # the passes' results are merged in order
        return sorted([*grid, *out]) if out else grid
    return out


def _rules(raw: str) -> list[Found]:
    """Runs of three or more of ``-_=─—`` between blanks, pipes or emphasis.

    Found as runs of ``---`` in a copy where the other rule characters are dashes
    (same length, so offsets carry over).
    """
    lines = _rule_lines(raw)
    if "-" not in raw and not any(c in raw for c in _RULE_CHARS):
        return lines
    dashed = raw
    for c in _RULE_CHARS:
        if c in dashed:
            dashed = dashed.replace(c, "-")
    out: list[Found] = []
    rank = RANK["rule"]
    n = len(raw)
    taken = {a for a, _, _, _ in lines}
    for a, b in map(_SPAN, _DASH_RUN.finditer(dashed)):
        if (a > 0 and raw[a - 1] not in _RULE_EDGE) or (b < n and raw[b] not in _RULE_EDGE):
            continue
        if a in taken:
            continue  # the whole line is one rule already
        out.append((a, rank, b, "rule"))
    return sorted(lines + out) if lines else out


def _rule_lines(raw: str) -> list[Found]:
    """Separator lines the dash runs miss: drawn with en dashes, mixed dashes or
    tildes, shorter than three (``—–``), or with an ornament (``---oOo---``); a
    site's rule under the title is no word of the title or the preamble."""
    rank = RANK["rule"]
    first = _RULE_LINE.match(raw)
    out = [] if first is None else [(first.start(1), rank, first.end(1), "rule")]
    out += [(m.start(1), rank, m.end(1), "rule")
            for m in _RULE_LINE_AFTER_NEWLINE.finditer(raw, 0 if first is None else first.end())]
    return out


def _pipes(raw: str) -> list[Found]:
    """Every ``[ \\t]*\\|[ \\t]*``, from the pieces between the pipes (no regex).

    A pipe's match takes the blanks after it, and the blanks before it unless the
    previous pipe's match already took them (a piece of blanks only). A plain loop
    over the pieces: faster here than column-by-column C passes.
    """
    if "|" not in raw:
        return []
    pieces = raw.split("|")
    rank = RANK["pipe"]
    out: list[Found] = []
    pos = len(pieces[0])  # offset of the next pipe
    lead = pos - len(pieces[0].rstrip(_WS))  # blanks before it, its match's
    for piece in islice(pieces, 1, None):
        body = piece.lstrip(_WS)
        out.append((pos - lead, rank, pos + 1 + len(piece) - len(body), "pipe"))
        lead = len(body) - len(body.rstrip(_WS))
        pos += 1 + len(piece)
    return out


# A row block of a two-column grid table (pandoc's ``+----+----+`` borders): its
# border, then lines of two cells each (``| ... | ... |``), up to the border after them.
_GRID2_BORDER = r"[ \t]*\+[-=:]{3,}\+[-=:]{3,}\+[ \t]*"
_GRID2_ROW = r"[ \t]*\|[^|\n]*\|[^|\n]*\|[ \t]*"
_GRID2_ROWS = re.compile(
    rf"^{_GRID2_BORDER}\n((?:{_GRID2_ROW}\n)+)(?={_GRID2_BORDER}$)", re.M)


# A cell holding only what the normaliser removes (a hard line break ``\\``, stars),
# up to the pipe closing the line.
_EMPTY_CELL = re.compile(r"[\\* \t]*\|[ \t]*$", re.M)


def _grid_pipes(raw: str, pipes: list[Found]) -> list[Found]:
    """``pipes`` with those of two-column grid tables relabelled.

    Pandoc writes a table whose cells hold several lines (the header's two columns,
    the recipient list beside the signature block) as a grid table: each line of it
    carries a piece of both cells, so a cell border read as a line break (a pipe
    table's) interleaves the columns (``Nơi nhận:`` / ``THỦ TƯỚNG`` / ``- Ban Bí
    thư ...``). Its lines are read instead as a layout-preserving text layer prints
    two columns: the pipes opening the lines go with a blank after them
    (``grid_lead``: an empty cell's blanks stay, so the right column keeps its place),
    the inner one becomes a gap as wide as the blanks and pipe it replaces, at least
    a column gap (``grid_gap``), which the header and closing readers part, and the
    closing pipes go, with the inner one before a right cell empty but for a hard
    line break's backslash (``grid_edge``).
    Wider grid tables (task tables) keep the pipe reading: their cells are read by
    the table readers.
    """
    rows = [m.span(1) for m in _GRID2_ROWS.finditer(raw)]
    if not rows:
        return pipes
    out: list[Found] = []
    i = 0
    for a, rank, b, kind in pipes:
        while i < len(rows) and rows[i][1] <= a:
            i += 1
        if i < len(rows) and rows[i][0] <= a:
            if a == rows[i][0] or raw[a - 1] == "\n":
                kind = "grid_lead"
            elif raw[b:b + 1] in ("", "\n", "|") or _EMPTY_CELL.match(raw, b) is not None:
                kind = "grid_edge"
            else:
                kind = "grid_gap"
        out.append((a, rank, b, kind))
    return out


_BULLET_DATA = load("structure")["bullets"]
_BULLET_SYMBOLS = "".join(_BULLET_DATA["symbols"])
# A bullet opening a line (after blanks), before a blank or the item's text; a Markdown
# mark only before a blank; a letter only before a blank and a capital (checked below).
_BULLET_BODY = (
    r"[ \t]*+(?:([" + re.escape(_BULLET_SYMBOLS) + r"])(?=[ \t]*+\S)|(["
    + re.escape("".join(_BULLET_DATA["markdown"])) + r"])(?=[ \t]++[^\s*])|(["
    + re.escape("".join(_BULLET_DATA["letters"])) + r"])[ \t]++(?=[^\W\d_]))")
# The text's first line's bullet, and every other, with the line break before it taken
# in: opening on a literal, the search skips from break to break instead of trying every
# character. A match holds no break and ends before a character that is none (a blank,
# a letter, the item's text), so taking the breaks in loses no match.
_BULLET_FIRST = re.compile(_BULLET_BODY)
_BULLET = re.compile("\n" + _BULLET_BODY)


def _bullet_matches(raw: str) -> Iterator[re.Match[str]]:
    """The bullets opening lines of ``raw``, in order (see :data:`_BULLET`)."""
    first = _BULLET_FIRST.match(raw)
    if first is not None:
        yield first
    yield from _BULLET.finditer(raw)


def _bullets(raw: str) -> list[Found]:
    """Symbol bullets and Markdown list marks at line starts: written ``-``, the mark
    the list readers know (recipients, addressees, items of a clause).

    No gate: a search for any bullet character (a class tried at every character)
    cost more than the scan from line break to line break, and let most texts through
    (any star of their emphasis)."""
    rank = RANK["bullet"]
    out: list[Found] = []
    for m in _bullet_matches(raw):
        if m.group(1) is not None:
            out.append((m.start(1), rank, m.end(1), "bullet"))
            continue
        if m.group(3) is not None:
            if raw[m.end()].isupper():  # a letter bullet opens an item: its capital
                out.append((m.start(3), rank, m.end(3), "bullet"))
            continue
        # ``* “Người khai ...`` / ``... sau đây:*``: a converter's emphasis opened before
        # a blank is closed by a lone star later in its paragraph; a list item has none
        # (a bold pair inside it, ``**trước ngày 06/12**``, closes no single star)
        b = m.end(2)
        stop = _PARAGRAPH_END.search(raw, b, b + _ITEM_REACH)
        if _LONE_STAR.search(raw, b, stop.start() if stop else b + _ITEM_REACH) is None:
            out.append((m.start(2), rank, b, "bullet"))
    return out


# --- a name's dash wrapped to a line start ---------------------------------------------
#
# A hard wrap between the words of ``Lao động - Thương binh và Xã hội`` may put the
# dash at the start of the next line, where it reads as a list item. The names with a
# dash between words (sector names, provinces) are the data's: the words on either side
# of each, without case or marks, are the keys that rejoin.

#: A dash between words of a name in the tables, with up to two words on each side.
_NAME_DASH = re.compile(r"(?:(\w+) )?(\w+) [-–] (\w+)(?: (\w+))?")


def _dash_keys() -> frozenset[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``(words before, words after)`` the dash of each dashed name in the agency and
    place tables: two words on each side (one where the name has one)."""
    keys: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            for m in _NAME_DASH.finditer(value):
                a, b, c, d = m.groups()
                left = (_key(b),) if a is None else (_key(a), _key(b))
                right = (_key(c),) if d is None else (_key(c), _key(d))
                keys.add((left, right))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for table in ("agencies", "places", "gazetteer", "header"):
        walk(load(table))
    return frozenset(keys)


#: A word compared without case or marks (``Động``: ``dong``), cached: the same words
#: open many lines.
_key = lru_cache(maxsize=4096)(strip_marks)


_DASH_KEYS = _dash_keys()
#: The first word after each dash: a line opening with another word is no wrap.
_DASH_FIRSTS = frozenset(right[0] for _, right in _DASH_KEYS)
#: A line opening with a spaced dash and one or two words (the blanks before the dash
#: in group 1).
_DASH_AT_LINE_START = re.compile(r"\n([ \t]*)[-–][ \t]+(\w+)(?:[ \t]+(\w+))?")
#: The last one or two words of the text before a line break.
_LAST_WORDS = re.compile(r"(?:(\w+)[ \t]+)?(\w+)[ \t]*\Z")


def _dash_wraps(raw: str) -> list[Found]:
    """The line breaks (with the indent after them) before a dashed name's dash: a
    blank, so the name reads whole (``Sở Lao động`` / ``- Thương binh và Xã hội``).
    The words on both sides must be the name's: a list item ending in ``giáo dục``
    before one opening ``- Thể thao`` stays two items."""
    rank = RANK["dash_wrap"]
    out: list[Found] = []
    for m in _DASH_AT_LINE_START.finditer(raw):
        first = _key(m.group(2))
        if first not in _DASH_FIRSTS:
            continue
        nl = m.start()
        before = _LAST_WORDS.search(raw, max(0, nl - 48), nl)
        if before is None:
            continue
        one = _key(before.group(2))
        lefts = [(one,)] if before.group(1) is None else [(_key(before.group(1)), one), (one,)]
        rights = [(first,)] if m.group(3) is None else [(first, _key(m.group(3))), (first,)]
        if any((left, right) in _DASH_KEYS for left in lefts for right in rights):
            out.append((nl, rank, m.end(1), "dash_wrap"))
    return out


#: ``Điều`` ending a line (maybe inside emphasis): where a wrapped article marker may be.
_ARTICLE_END = re.compile(r"(?:Điều|ĐIỀU)[ \t*]*\n")
#: The next line opening with an article's number (``1.``, ``1**.``, ``12:``).
_ARTICLE_NUMBER = re.compile(r"[ \t]*\**[ \t]*[0-9]{1,3}[ \t]*\**[ \t]*[.:]")


def _article_wraps(raw: str) -> list[Found]:
    """The line break inside an article's marker a converter wrapped after its first
    word (``**Điều`` / ``1.** Công bố ...``): a blank, so the marker reads whole.

    Only ``Điều`` alone on its line (emphasis aside) before a line opening with a
    number and its dot or colon: a line ending ``Điều`` that goes on in words
    (``Điều`` / ``tra, thống kê``) is the verb, and stays.
    """
    if "\n" not in raw:
        return []
    rank = RANK["article_wrap"]
    out: list[Found] = []
    for m in _ARTICLE_END.finditer(raw):
        a = m.start()
        line_start = raw.rfind("\n", 0, a) + 1
        if raw[line_start:a].strip(" \t*"):  # words before it on its line
            continue
        nl = raw.index("\n", a)
        if _ARTICLE_NUMBER.match(raw, nl + 1) is not None:
            out.append((nl, rank, nl + 1, "article_wrap"))
    return out


def _type_splits() -> dict[str, frozenset[str]]:
    """Each way a type line in capitals parts into two lines: the second part, and the
    first parts it completes (``ĐỊNH``: ``QUYẾT``, ``QUY``; ``QUYẾT``: ``NGHỊ``)."""
    out: dict[str, set[str]] = {}
    for line in _TYPE_LINES:
        words = line.split(" ")
        if not line.isupper():
            continue
        for i in range(1, len(words)):
            out.setdefault(" ".join(words[i:]), set()).add(" ".join(words[:i]))
    return {rest: frozenset(firsts) for rest, firsts in out.items()}


_TYPE_SPLITS = _type_splits()
#: A line holding only the rest of a type line (emphasis, a colon aside): ``ĐỊNH**``.
#: The lookahead on the rests' first letters is a cheap set test that turns most lines
#: away before ``re`` tries the rests one by one (five times faster on the corpus).
_TYPE_REST = re.compile(
    r"\n[ \t*]*(?=[" + re.escape("".join(sorted({r[0] for r in _TYPE_SPLITS}))) + "])("
    + "|".join(map(re.escape, sorted(_TYPE_SPLITS, key=len, reverse=True)))
    + r")[ \t*:]*(?=\n|$)")


def _type_wraps(raw: str) -> list[Found]:
    """The line break inside a type line a converter wrapped after its first word
    (``**QUYẾT`` / ``ĐỊNH**``): a blank, so the type line reads whole and the title
    after it is found. Only when each line holds nothing but its part of the type
    line: ``QUY`` / ``ĐỊNH MỨC HỌC PHÍ ...`` is a title's wrapped first word, and
    stays as printed."""
    rank = RANK["type_wrap"]
    out: list[Found] = []
    for m in _TYPE_REST.finditer(raw):
        nl = m.start()
        first = raw[raw.rfind("\n", 0, nl) + 1:nl].strip(" \t*")
        if first in _TYPE_SPLITS[m.group(1)]:
            out.append((nl, rank, nl + 1, "type_wrap"))
    return out


#: A Markdown link or image: ``[text](url)``, ``![alt](url)``, maybe with a title.
_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,300})\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)")


def _links(raw: str) -> list[Found]:
    """Markdown links and images a converter wrote (pandoc, markitdown, a scraper):
    a link reads as its text (``[Nghị định số 30/2020/NĐ-CP](https://...)``), an image
    (a signature or a seal drawn between the signer's title and name) as nothing."""
    if "](" not in raw:
        return []
    rank = RANK["link"]
    out: list[Found] = []
    for m in _LINK.finditer(raw):
        if m.group(1):
            out.append((m.start(), rank, m.end(), "link"))
        else:
            out.append((m.start(), rank, m.start(2), "link"))
            out.append((m.end(2), rank, m.end(), "link"))
    return out


#: Where a Markdown list item's paragraph ends: a blank line or the next item.
_PARAGRAPH_END = re.compile(r"\n[ \t]*(?:\n|[*+-][ \t])")
#: A star that is no part of a run (``**``): what would close a ``*`` emphasis.
_LONE_STAR = re.compile(r"(?<!\*)\*(?!\*)")
#: How far :func:`_bullets` looks for the star that would close an emphasis.
_ITEM_REACH = 600


def _flanking(raw: str, a: int, b: int) -> bool:
    """Does the mark ``raw[a:b]`` touch text on one side at least? A lone ``_`` between
    blanks (``_ đồng chí``, an OCR'd dash) opens or closes no emphasis."""
    return (a > 0 and not raw[a - 1].isspace()) or (b < len(raw) and not raw[b].isspace())


def _emphasis(raw: str) -> list[Found]:
    """``\\*+`` and ``_+`` runs; ``a_b``, ``a__b`` (an identifier) are no emphasis.

    A star run of two or more is ``bold`` (its pairs delimit bold text); a ``**``
    after a document type and before a capital is a ``glued`` type line, and so is a
    ``****`` between two organ lines of one bold cell (all rank as emphasis). Star runs
    are tagged with C loops; only the few ``**`` that end a possible type line are looked
    at one by one.
    """
    out: list[Found] = []
    rank = RANK["emph"]
    n = len(raw)
    if "*" in raw:
        runs = list(_STARS.finditer(raw))
        starts = list(map(_START, runs))
        ends = list(map(_END, runs))
        kinds = list(map(_STAR_KIND.get, map(sub, ends, starts), repeat("bold")))
        for m in _GLUED_CANDIDATE.finditer(raw):
            a, b = m.span()
            if b < n and raw[b].isupper() and _TYPE_LINE_END.search(raw, max(0, a - 40), a):
                kinds[bisect_left(starts, a)] = "glued"
        if "****" in raw:
            for glued in _GLUED_ORGAN.finditer(raw):
                a = glued.start()
                left = raw[max(0, a - _ORGAN_LINE_REACH):a]
                cut = max(left.rfind("**"), left.rfind("|"), left.rfind("\n"))
                left = left[cut + 1:].strip(" *")
                if " " in left and left.isupper():
                    kinds[bisect_left(starts, a)] = "glued"
        out = list(zip(starts, repeat(rank), ends, kinds))
    if "_" in raw:
        unders = [
            (a, rank, b, "emph") for a, b in map(_SPAN, _UNDERSCORES.finditer(raw))
            if not (a > 0 and raw[a - 1].isalnum() and b < n and raw[b].isalnum())
            and (b - a > 1 or _flanking(raw, a, b))
        ]
        if unders:
            out += unders
            out.sort()
    return out


def _headings(raw: str) -> list[Found]:
    """``##`` heading marks at a line start (with the blanks around them)."""
    if "#" not in raw:
        return []
    marks = [m.start() for m in _HASH.finditer(raw)]
    out: list[Found] = []
    rank = RANK["heading"]
    for start in _line_starts_of(raw, marks):
        m = _HEADING.match(raw, start)
        if m:
            out.append((start, rank, m.end(), "heading"))
    return out


def _escapes(raw: str) -> list[Found]:
    if "\\" not in raw:
        return []
    return _tagged(map(_SPAN, _ESCAPE.finditer(raw)), "escape")


def _breaks(raw: str) -> list[Found]:
    if "<" not in raw:
        return []
    return _tagged(map(_SPAN, _BR.finditer(raw)), "br")


def _entities(raw: str) -> list[Found]:
    """HTML character references left in the text, decoded later (see
    :func:`vbcd.normalize._replacement`); one that names no character is no debris."""
    if "&" not in raw:
        return []
    return _tagged((m.span() for m in _ENTITY.finditer(raw)
                    if html.unescape(m.group()) != m.group()), "entity")


# --- footnote marks glued to words (a PDF text layer) ---------------------------------

#: The superscript digits a PDF text layer keeps for a footnote's mark.
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
#: A run of them glued to the word or the bracket, quote or stop before it
#: (``tỉnh Bình Thuận¹,``, ``năm 2023²``, ``(...)³``); one opening a line is the
#: footnote's own text and stays.
_GLUED_MARK = re.compile(f"(?<=[^\\W_]|[)\"”.,;:])[{_SUPERSCRIPTS}]+(?![^\\W\\d_])")
#: Letters of a legacy 8-bit encoding left undecoded (TCVN3 writes ``ạ`` as ``¹``:
#: ``H¹nh phóc``): in such a text a superscript is a letter, not a mark.
_LEGACY_SIGN = re.compile("[\u00b8\u00b5\u00a7\u00d6\u00b6]")
#: The word before a superscript that makes it a power, not a mark: a unit of area
#: or volume (``120 m²``, ``2,5 km²``, ``m³/s``).
_UNIT_WORD = re.compile(r"(?:^|[^\w])(?:[kcdm]?m|ha)$")


def _foot_marks(raw: str) -> list[Found]:
    """Footnote marks a PDF text layer glued to the word they annotate.

    Python reads a superscript digit as a letter of the word, so the mark became
    part of an organ's or a place's name (``Sở Nội vụ tỉnh Bình Thuận¹``) and the
    name matched nothing. The mark is dropped (its footnote keeps its own). Gated by
    single-character finds of the first three marks (a text with a fourth footnote has
    the first ones too; a find of ``⁴`` is slow, its low byte being a letter's): most
    texts have no superscript at all.
    """
    if ("\u00b9" not in raw and "\u00b2" not in raw and "\u00b3" not in raw) or (
            _LEGACY_SIGN.search(raw) is not None):
        return []
    rank = RANK["footmark"]
    out: list[Found] = []
    for m in _GLUED_MARK.finditer(raw):
        a = m.start()
        if _UNIT_WORD.search(raw, max(0, a - 4), a) is not None:
            continue
        out.append((a, rank, m.end(), "footmark"))
    return out


def _chars(raw: str) -> list[Found]:
    """Control, zero-width and no-break characters, tabs, the Icelandic eth and the
    Unicode hyphens (:data:`HYPHENS`).

    All of them but the eth and the hyphens are unprintable, so text that is
    printable apart from its newlines (checked at C speed) and has neither of those
    has none of them.
    """
    if (raw.replace("\n", " ").isprintable() and "\u00d0" not in raw
            and not any(h in raw for h in HYPHENS)):
        return []
    return _tagged(map(_SPAN, _CHAR.finditer(raw)), "char")


#: A PDF font's wrong code point for a Vietnamese letter, and that letter.
PDF_GLYPHS: dict[str, str] = dict(load("lexicon")["pdf_glyphs"])
_GLYPH = re.compile("[" + re.escape("".join(PDF_GLYPHS)) + "]")
#: A letter only Vietnamese writes (the Latin Extended Additional block, ``đ``, ``ơ``):
#: the text is Vietnamese, where the glyphs stand for its letters.
_VIETNAMESE = re.compile("[\u1ea0-\u1ef9\u0111\u0110\u01a0\u01a1\u01af\u01b0]")


def _glyphs(raw: str) -> list[Found]:
    """Stand-in glyphs (``Ƣ``/``ƣ``, Latin OI, that a PDF's font put for ``Ư``/``ư``;
    ``ǎ`` for ``ă``) in text with Vietnamese letters: each one character, read as the
    letter it stands for."""
    if not any(map(raw.__contains__, PDF_GLYPHS)) or _VIETNAMESE.search(raw) is None:
        return []
    return _tagged(map(_SPAN, _GLYPH.finditer(raw)), "glyph")


#: A Cyrillic letter drawn like a Latin one, and that Latin letter.
LATIN_LOOKALIKES: dict[str, str] = dict(load("lexicon")["latin_lookalikes"])
_LOOKALIKE_CLASS = "[" + re.escape("".join(LATIN_LOOKALIKES)) + "]+"
_LATIN_LETTER = "[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"
#: A run of look-alikes touching a Latin letter on either side.
_LOOKALIKE = re.compile(
    f"(?<={_LATIN_LETTER}){_LOOKALIKE_CLASS}|{_LOOKALIKE_CLASS}(?={_LATIN_LETTER})"
)


def _lookalikes(raw: str) -> list[Found]:
    """Cyrillic look-alike letters inside Latin words (``TT-BТС``, ``củа``), which
    a PDF's text layer may hold: read as the Latin letters, so numbers, codes and
    words compare with the same ones typed in Latin. One character for one.

    Gated by a find of each look-alike (a C scan each): a search for their class
    tried the class at every character, five times the cost."""
    if not any(map(raw.__contains__, LATIN_LOOKALIKES)):
        return []
    return _tagged(map(_SPAN, _LOOKALIKE.finditer(raw)), "lookalike")


# --- digits spaced out by a PDF's letter spacing ----------------------------------------
#
# ``Số: 1 0 9 4 3 /BYT-MT``, ``ngày 2 4 tháng 1 2 năm 2021``: single digits with one
# space between them, where the frame says which number they are. Read elsewhere (a
# table's row of figures), spaced digits are left alone.

#: A space between two digits (found from the space, a literal the engine jumps to).
_SPACED_HINT = re.compile(r" \d(?<=\d \d)")
#: The run: groups of up to four digits with one space between them (``1 0 9 4 3``,
#: ``12 34``, ``20 25``: a scan splits a figure anywhere), from the first digit of the
#: group before the hint's space (looked behind for, at most four).
_SPACED_RUN = re.compile(r"\d{1,4}(?: \d{1,4})+")
_RUN_OPENING = re.compile(r"\d{1,3}\Z")
#: What may not touch a run of spaced digits, before or after it: it would be part of
#: a longer figure (a number's slash may follow it).
_NOT_BEFORE = frozenset("0123456789.,/")
_NOT_AFTER = frozenset("0123456789.,")
#: The word before a spaced run, by what the run must then be: a day before ``tháng``,
#: a month (10 to 12) before ``năm``, a year of four digits, a document's number before
#: its slash.
_BEFORE_DAY = re.compile(r"ngày[ \t]*\Z", re.IGNORECASE)
_BEFORE_MONTH = re.compile(r"tháng[ \t]*\Z", re.IGNORECASE)
_BEFORE_YEAR = re.compile(r"năm[ \t]*\Z", re.IGNORECASE)
#: ``Số:`` with OCR's slips of its vowel (``Sô:``, ``S6:``, ``S0:``), as ``NUMBER_PREFIX`` reads it.
_NUMBER_LABEL = r"(?<!\w)s[ốoóồổôộỗ60][ \t]*[:.;]?[ \t]*"
_BEFORE_NUMBER = re.compile(_NUMBER_LABEL + r"\Z", re.IGNORECASE)
_AFTER_DAY = re.compile(r"[ \t]*tháng", re.IGNORECASE)
#: The rest of a numeric date after its spaced day (``ngày 2 0/10/2021``, ``ngày 3 1/5``).
_AFTER_DAY_NUMERIC = re.compile(r"/\d{1,2}(?:/(?:19|20)\d{2})?(?![\d/])")
_AFTER_MONTH = re.compile(r"[ \t]*năm", re.IGNORECASE)
_AFTER_NUMBER = re.compile(r"( ?)/[ \t]*[A-ZĐ]")
#: How far back the word before a run is looked for.
_FRAME_REACH = 12


def _spaced_digits(raw: str) -> list[Found]:
    """Spaced digits of a date or a document number, with the space before the
    number's slash: their spaces are removed (:func:`vbcd.normalize._space_edits`)."""
    rank = RANK["digits"]
    out: list[Found] = []
    last = 0
    for hint in _SPACED_HINT.finditer(raw):
        if hint.start() - 1 < last:  # inside the run just read
            continue
        opening = _RUN_OPENING.search(raw, max(last, hint.start() - 3), hint.start())
        a = opening.start() if opening else hint.start() - 1
        m = _SPACED_RUN.match(raw, a)
        if m is None:  # pragma: no cover - the hint is a run's start
            continue
        b = last = m.end()
        if (a and raw[a - 1] in _NOT_BEFORE) or (b < len(raw) and raw[b] in _NOT_AFTER):
            continue
        end = _spaced_end(raw, a, b, m.group().replace(" ", ""))
        if end:
            out.append((a, rank, end, "digits"))
    return out


# --- letters read for digits in a date -------------------------------------------------
#
# OCR reads a zero as ``O``/``o`` and a one as ``l``/``I`` (``ngày 2O tháng 1O năm 2O25``,
# ``15/l2/2025``). Inside the frame of a date (after ``ngày``, ``tháng``, ``năm``, or a
# day/month/year run with its separators) a run of digits and such letters is a number.

#: The letters OCR reads for digits, and the digits they stand for.
NUMERAL_LOOKALIKES = str.maketrans("OoIl", "0011")
_NUM = "[0-9OoIl]"
# The day, month and year words with the marks OCR misreads on them, as the header's
# place-and-date line takes them (``patterns.PLACE_DATE``: ``ngàỵ``, ``thãng``, ``nãm``),
# so that a line the header reads has its digits mended too.
_OCR_DAY_WORD = "ng[àáảãạaầấậ][yvỵỳýỷỹ]"
_OCR_MONTH_WORD = "th[áảạàaãâấăắằẳẵặ]ng"
_OCR_YEAR_WORD = "n[ăắằẵẳặaàáãâ](?:m|rn)"
#: A day or month after its word, a year after ``năm`` (tone slips of the words too:
#: ``ngảy``, ``thảng``, ``nắm``); or a whole day/month/year run (``2O/1O/2O25``).
#: A document's number after ``Số:`` (OCR's slips of the word too, ``S6:``), before the
#: slash of its code (``Số: I234/QĐ-UBND``, ``Số: 21O/BC-STC``).
#: A year-less day/month after the day word (``trước ngày l5/4``, ``ngày 3O/6``): the
#: deadline of a letter that asks for a report. A cited act's number and year before
#: the slash of its code (``Nghị định số 123/2O20/NĐ-CP``, ``Thông tư số l5/2023/TT-BYT``):
#: the year fixes the frame as a date's year does. A month and its year after the month
#: word (``trong tháng 1O/2025``): a task's period. A cited act's number with no
#: ``số`` before it, right before the slash of a type code and its issuer's code
#: (``Chỉ thị O7/CT-TTg``, ``Công văn l23/VPCP-CN``): the hyphenated code frames it.
#: The same right after a type word with one bare code (``Công văn O5/UBND``, ``Kế
#: hoạch 2O/KH``): the type words that cite such a number (``[old_state]`` leads).
_OLD_STATE = load("references")["old_state"]
_CITING_TYPES = "|".join(
    re.escape(w) for w in sorted({*_OLD_STATE["slash_leads"], *_OLD_STATE["bare_leads"]},
                                 key=len, reverse=True))
_DATE_NUMERAL = re.compile(
    rf"(?<!\w)(?:{_OCR_DAY_WORD}|{_OCR_MONTH_WORD})[ \t]+({_NUM}{{1,2}})(?!\w|[/.-][0-9OoIl])"
    rf"|(?<!\w){_OCR_YEAR_WORD}[ \t]+([12][0-9Oo]{{3}})(?!\w)"
    rf"|(?<![\w/.-])({_NUM}{{1,2}}([/.-]){_NUM}{{1,2}}\4(?:19|20|2[Oo])[0-9Oo]{{2}})(?![\w/])"
    rf"|{_NUMBER_LABEL}({_NUM}{{1,6}})(?=[ \t]?/[ \t]*[A-ZĐ])"
    rf"|(?<!\w){_OCR_DAY_WORD}[ \t]+({_NUM}{{1,2}}[/-]{_NUM}{{1,2}})(?!\w|[/.-][0-9OoIl])"
    rf"|(?<![\w/.-])({_NUM}{{1,5}}/(?:19|20|2[Oo])[0-9Oo]{{2}})(?=/[A-ZĐ])"
    rf"|(?<!\w){_OCR_MONTH_WORD}[ \t]+({_NUM}{{1,2}}[/-](?:19|20|2[Oo])[0-9Oo]{{2}})(?![\w/])"
    rf"|(?<![\w/.-])({_NUM}{{1,5}})(?=/(?-i:[A-ZĐ]{{2,}})[A-ZĐa-z0-9]*-(?-i:[A-ZĐ]))"
    rf"|(?<!\w)(?:{_CITING_TYPES})[ \t]{{1,2}}({_NUM}{{1,5}})"
    rf"(?=/(?-i:[A-ZĐ]{{2,}})[A-ZĐa-z0-9]*(?:[^\w/-]|\Z))",
    re.IGNORECASE)
#: A digit next to such a letter (``2O``, ``l2``): no date to mend without one. One
#: pattern per letter, opening on it (the digit before it looked behind for): a literal
#: the engine jumps to, where a pattern opening on a class (``[0-9]``) had the class
#: tried at every character, three times the cost of the four scans.
_NUMERAL_HINTS = tuple(re.compile(f"{c}(?:(?<=[0-9]{c})|(?=[0-9]))") for c in "OoIl")
#: A letter OCR reads for a digit, in a run with separators.
_DIGIT_LETTER = re.compile("[OoIl]")
#: Real digits a date's run needs besides the letters (``l0`` is a month, ``lO`` no number).
_MIN_DIGITS = (1, 2, 4, 0, 1, 2, 4, 4, 1, 1)


def _date_numerals(raw: str) -> list[Found]:
    """Runs of a date's day, month or year where OCR read a letter for a digit: each
    letter read as its digit (one character for one), so the date reads."""
    if all(hint.search(raw) is None for hint in _NUMERAL_HINTS):
        return []
    rank = RANK["numeral"]
    out: list[Found] = []
    for m in _DATE_NUMERAL.finditer(raw):
        g = next(i for i in (1, 2, 3, 5, 6, 7, 8, 9, 10) if m.group(i) is not None)
        run = m.group(g)
        digits = sum(map(str.isdigit, run))
        if g >= 6 and not _DIGIT_LETTER.search(run):
            continue  # a clean run: its slashes are no letters to read
        if digits < len(run) and digits >= _MIN_DIGITS[g - 1]:
            out.append((m.start(g), rank, m.end(g), "numeral"))
    return out


def _spaced_end(raw: str, a: int, b: int, digits: str) -> int:
    """Where the edit of the spaced digits ``raw[a:b]`` ends, if their frame makes them
    a date's part or a number (``0`` if not)."""
    lo = max(0, a - _FRAME_REACH)
    if _BEFORE_DAY.search(raw, lo, a):
        return b if len(digits) == 2 and 1 <= int(digits) <= 31 and (
            _AFTER_DAY.match(raw, b) or _AFTER_DAY_NUMERIC.match(raw, b)) else 0
    if _BEFORE_MONTH.search(raw, lo, a):
        return b if len(digits) == 2 and 10 <= int(digits) <= 12 and _AFTER_MONTH.match(
            raw, b) else 0
    if _BEFORE_YEAR.search(raw, lo, a):
        return b if len(digits) == 4 else 0
    if _BEFORE_NUMBER.search(raw, lo, a):
        slash = _AFTER_NUMBER.match(raw, b)
        return slash.end(1) if slash else 0
    return 0


def _decomposed(raw: str) -> list[Found]:
    """A letter followed by combining marks, if the text is not already NFC.

    (In NFC text such a cluster does not compose, so it would be left unchanged.)
    """
    if unicodedata.is_normalized("NFC", raw):
        return []
    return _tagged((m.span() for m in _DECOMPOSED.finditer(raw, timeout=30)), "decomposed")


def _detached(raw: str) -> list[Found]:
    """Runs of combining marks attached to no letter (a blank or the line start before
    each, a blank or the end after): removed, since which vowel a mark belonged to
    cannot be told. Text without a combining mark (all NFC Vietnamese) is skipped."""
    if _ANY_MARK.search(raw) is None:
        return []
    spans: list[list[int]] = []
    for m in _DETACHED.finditer(raw, timeout=30):
        a, b = m.span()
        lo = max(0, a - _BLANK_REACH)
        a -= (a - lo) - len(raw[lo:a].rstrip(" \t"))  # the blanks before it go too
        if spans and a <= spans[-1][1]:
            spans[-1][1] = b  # ``hai ̀ ̣ ̣ do``: one run
        else:
            spans.append([a, b])
    return [(a, RANK["detached"], b, "detached") for a, b in spans]


def _splits(raw: str) -> list[Found]:
    return _tagged(split_word_matches(raw), "split")


def _syllables(raw: str) -> list[Found]:
    return _tagged(split_syllable_spans(raw), "syllable")
