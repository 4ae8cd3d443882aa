"""Text typed without diacritics (``UY BAN NHAN DAN TINH NGHE AN``), read through a copy
with the marks of its fixed phrases restored.

Old e-mails, SMS-style copies and some converters drop every tone and vowel mark. The
grammars are written for marked text, so such a document lost its dates (``ngay 05 thang
3 nam 2026``), deadlines (``truoc ngay``), organs (``So Y te``), recipients' purposes and
assignments. Rather than teach every grammar a second spelling, the parser reads a copy
of the text in which the phrases it knows get their marks back, *same length* (one
precomposed letter for one bare letter), so every span found in the copy is a span of the
printed text; :func:`report_printed` then puts the printed letters back into the values
that quote the text, and the document keeps the text as printed.

A phrase is restored only when its mark-less letters name one phrase:

* phrases (two syllables or more) of the data tables, and the multi-syllable words of
  the word list that ships with underthesea; a skeleton shared by several phrases is
  restored to the one the tables list most often, or to a form ``unmarked.toml``
  prefers, and otherwise left alone (``quan doan``);
* single syllables only from ``unmarked.toml``: function words in lower case (``cua``,
  ``tinh``), date words next to a number (``ngay 05``, ``17 gio``), organ heads before a
  capitalised word (``So Y te``). Capitalised words are never restored alone: they may be
  names (``Nam``, ``Dang``).

Whether a text is mark-less is a cheap test (:func:`is_unmarked`): the share of
non-ASCII characters, counted by the codec, settles every marked document at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

from pydantic import BaseModel

from vbcd.grammar import available, load
from vbcd.models import Document
from vbcd.normalize import fold_tones
from vbcd.syllables import _word_list, strip_marks

__all__ = ["is_unmarked", "report_printed", "restore", "restore_scattered", "unmark",
           "unmarked_head"]

_DATA = load("unmarked")
_GATE = _DATA["gate"]
_RULES = _DATA["restore"]
_SCATTERED = _DATA["scattered"]
#: Substrings one of which a marked text holds when some of its words were typed bare.
_SCATTER_GATE: tuple[str, ...] = tuple(str(s) for s in _SCATTERED["gate"])
#: Syllables never written bare: a run of bare words holding one is restored.
_SCATTER_CUES = frozenset(str(w) for w in _SCATTERED["cues"])
#: A cue standing as a word of its own.
_SCATTER_CUE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(_SCATTER_CUES, key=len, reverse=True))
    + r")(?![^\W\d_])", re.IGNORECASE)
_BARE_GAP = r"(?:[ \t]+-[ \t]+|[ \t]*,[ \t]*|[ \t]+)"
#: The bare words right before a cue, and right after it (a run's two ends).
_RUN_LEFT = re.compile(r"(?:(?<![^\W\d_])[A-Za-z]+" + _BARE_GAP + r")+\Z")
_RUN_RIGHT = re.compile(r"(?:" + _BARE_GAP + r"[A-Za-z]+(?![^\W\d_]))+")
#: Characters before a cue its run is looked for in (a phrase's reach, and more).
RUN_REACH = 80
#: Characters of a text restored, at most (a few hundred pages; the rest is read as
#: printed), so that a hostile text of megabytes costs what a long document does.
MAX_CHARS = 500_000
#: Characters at the top of a marked text looked at for lines typed without marks.
HEAD_CHARS = 1200
#: Words, at least, in leading lines typed without marks for them to be restored.
MIN_HEAD_WORDS = 4
#: Syllables one phrase may hold, at most (``Sở Văn hóa, Thể thao và Du lịch``).
MAX_PHRASE = 8
#: Syllables of a word-list entry taken as a phrase, at most.
MAX_WORD = 4
#: What a word covered weighs: by a phrase of the tables 1, of the word list less (its
#: rare words would otherwise take letters a commoner reading needs), alone less again.
WORD_LIST_WEIGHT = 0.6
SINGLE_WEIGHT = 0.7

_NON_LETTERS = re.compile(r"[\W\d_]+")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f](?<![\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
#: The commonest Vietnamese syllables written without marks (:func:`is_unmarked`).
_COMMON = frozenset(str(w) for w in _GATE["common"])
# What may part two words of one phrase: blanks, a comma, a spaced hyphen.
_GAP = re.compile(r"[ \t]+|[ \t]*,[ \t]*|[ \t]+-[ \t]+")
_PHRASE = re.compile(r"[^\W\d_]+(?:(?:[ ]+|[ ]*,[ ]*|[ ]+-[ ]+)[^\W\d_]+)*")
_NUMBER_AFTER = re.compile(r"[ \t]*:?[ \t]*(?:\d|[IVX]+\b)")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*\Z")


def is_unmarked(text: str) -> bool:
    """True for a text of Vietnamese words typed without their marks.

    The non-ASCII characters are counted by the codec (C speed): a marked text has
    one in every few letters, so it is settled there; only a text with almost none
    has its letters counted.
    """
    n = len(text)
    if n == 0:
        return False
    share = float(_GATE["max_marked_share"])
    if n - len(text.encode("ascii", "ignore")) > share * n:
        return False
    letters = len(_NON_LETTERS.sub("", text))
    if letters < int(_GATE["min_letters"]):
        return False
    if len(_NON_ASCII_LETTER.findall(text)) > share * letters:
        return False
    return _vietnamese(_WORD.findall(text.lower()))


def unmarked_head(text: str) -> int:
    """Where the leading lines typed without marks end in a text that has them further
    down (a header typed apart, ``UY BAN NHAN DAN`` / ``TINH NGHE AN`` above a marked
    body): the start of the first line with a marked letter, within the first
    :data:`HEAD_CHARS` characters; 0 when the first line has one."""
    m = _NON_ASCII_LETTER.search(text, 0, HEAD_CHARS)
    end = m.start() if m is not None else min(len(text), HEAD_CHARS)
    head = text.rfind("\n", 0, end) + 1
    if head == 0:  # a first line typed half without marks (``UY BAN NHAN DAN TINH BẠC
        # LIÊU``): its bare words up to the first marked one, whose phrase they may open
        head = text.rfind(" ", 0, end) + 1
    # fewer words than phrases needed (``UBND``, ``**``): nothing to read, and the
    # phrase table is not built for it
    words = _WORD.findall(text[:head].lower())
    if len(words) < MIN_HEAD_WORDS or not _vietnamese(words):
        return 0  # (English or codes above a marked body: nothing to restore)
    return head


def _vietnamese(words: list[str]) -> bool:
    """Whether enough of ``words`` are common Vietnamese syllables written without marks
    (``[gate] min_common_share``): English, codes and ASCII garbage have almost none."""
    common = sum(1 for w in words if w in _COMMON)
    return common >= float(_GATE["min_common_share"]) * len(words)


def _key(phrase: str) -> str:
    """The mark-less, lower-case key of a phrase, its gaps written one way."""
    out = strip_marks(phrase)
    out = re.sub(r"[ \t]*,[ \t]*", ", ", out)
    out = re.sub(r"[ \t]+-[ \t]+", " - ", out)
    return re.sub(r"[ \t]+", " ", out)


def _gap_key(gap: str) -> str:
    """A gap between two words of a phrase (blanks, a comma, a spaced hyphen) as
    :func:`_key` writes it."""
    if gap == " ":
        return gap
    return ", " if "," in gap else " - " if "-" in gap else " "


def _form(phrase: str) -> str:
    return fold_tones(unicodedata.normalize("NFC", " ".join(phrase.split()))).lower()


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


@cache
def _phrases() -> dict[str, tuple[str, float]]:
    """Skeleton key -> the marked phrase (lower case) it is restored to, and the weight
    of a word it covers (the tables' phrases are surer than the word list's)."""
    counts: dict[str, Counter[str]] = {}
    for name in available():
        if name in ("legacy_encodings", "unmarked"):
            continue
        for s in _strings(load(name)):
            s = " ".join(s.split())
            if " " in s and not s.isascii() and _PHRASE.fullmatch(s):
                counts.setdefault(_key(s), Counter())[_form(s)] += 1
    table: dict[str, tuple[str, float]] = {}
    for key, forms in counts.items():
        ranked = forms.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            table[key] = (ranked[0][0], 1.0)
    for key, form in _word_list_phrases().items():
        if key not in counts:
            table.setdefault(key, (form, WORD_LIST_WEIGHT))
    for phrase in (*_RULES["phrases"], *_RULES["prefer"],
                   *(w for w in _RULES["before_number"] if " " in w)):
        table[_key(phrase)] = (_form(phrase), 1.0)
    return table


@cache
def _prefixes() -> frozenset[str]:
    """The keys of the phrases and their first words, cut after a word: a run is only
    read on while some phrase can still match."""
    out: set[str] = set()
    for key in _phrases():
        for m in _WORD.finditer(key):
            out.add(key[:m.end()])
    return frozenset(out)


def _word_list_phrases() -> dict[str, str]:
    """The multi-syllable words of underthesea's word list whose skeleton is theirs
    alone (empty when the list is not installed)."""
    path = _word_list()
    if path is None:
        return {}
    forms: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as fh:
        text = unicodedata.normalize("NFC", fh.read()).lower()
    # the list's entries are words parted by single blanks, one a line; the mark-less
    # key of each is read off the whole list at once (same length, line for line)
    bare = unmark(text)
    for word, key in zip(text.split("\n"), bare.split("\n"), strict=True):
        if 0 < word.count(" ") < MAX_WORD and not word.isascii() and _PHRASE.fullmatch(word):
            forms.setdefault(key, set()).add(fold_tones(word))
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}


@cache
def _upper() -> dict[str, str]:
    """Skeleton -> the form a phrase printed in capitals takes (``THU TRUONG``)."""
    return {key: _form(form) for key, form in _RULES["upper"].items()}


@cache
def _abbreviations() -> dict[str, str]:
    """Abbreviations of the tables that hold ``Đ`` (``HĐND``, ``QĐ``, ``BCĐ``), keyed by
    their letters without it, when no abbreviation of the tables has those letters."""
    found: dict[str, set[str]] = {}
    for name in available():
        if name in ("legacy_encodings", "unmarked"):
            continue
        for s in _strings(load(name)):
            if 2 <= len(s) <= 8 and s.isalpha() and sum(c.isupper() for c in s) >= 2:
                found.setdefault(unmark(s), set()).add(s)
    out = {k: v.pop() for k, v in found.items() if len(v) == 1 and "Đ" in next(iter(v))}
    out.update((unmark(a), a) for a in _RULES["abbreviations"])
    return out


@cache
def _singles(kind: str) -> dict[str, str]:
    return {_key(w): _form(w) for w in _RULES[kind] if " " not in w}


def _cased(printed: str, form: str) -> str:
    """``form``'s letters in ``printed``'s case, one for one."""
    return "".join(f.upper() if p.isupper() else f for p, f in zip(printed, form, strict=True))


def _single(text: str, words: list[re.Match[str]], i: int,
            codes: bool = True) -> str | None:
    """The marked form of the lone word ``words[i]``, if a rule of the table gives one;
    ``codes``: abbreviations too (``HDND``: a whole text without marks only)."""
    m = words[i]
    word = m.group()
    key = word.lower()
    if codes and word in _abbreviations() and (
            len(word) > 2 or _in_code(text, m.start(), m.end())):
        return _abbreviations()[word]
    if key in _singles("words") and (not word.istitle() or _opens(text, m.start())):
        return _singles("words")[key]
    if key in _singles("before_colon") and text.startswith(":", m.end()):
        return _singles("before_colon")[key]
    if key in _singles("before_number") and _NUMBER_AFTER.match(text, m.end()):
        return _singles("before_number")[key]
    if key in _singles("after_number") and _NUMBER_BEFORE.search(text, max(0, m.start() - 8),
                                                                  m.start()):
        return _singles("after_number")[key]
    if key in _singles("before_capital") and i + 1 < len(words):
        nxt = words[i + 1]
        if nxt.group()[0].isupper() and text[m.end():nxt.start()] in (" ", "\t"):
            return _singles("before_capital")[key]
    return None


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether a word is a part of a code (``123/QD-UBND``): two letters alone are too
    often an abbreviation of their own (``DN``)."""
    return text[start - 1:start] in ("/", "-") or text[end:end + 1] in ("/", "-")


def _opens(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a line, an item or a sentence (where a
    capital is no sign of a name)."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in "\n.-:;+"


def restore(text: str) -> tuple[str, int]:
    """A same-length copy of ``text`` with the marks of its known phrases restored, and
    how many phrases were restored (within the first :data:`MAX_CHARS` characters)."""
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS) + 1 or MAX_CHARS
        head, restored = restore(text[:cut])
        return head + text[cut:], restored
    words = list(_WORD.finditer(text))
    return _restore_runs(text, words, _runs(text, words))


def restore_scattered(text: str, start: int = 0) -> tuple[str, int]:
    """A same-length copy of a marked ``text`` whose words typed bare here and there
    get their marks back, and how many phrases were restored; from ``start`` on (the
    end of a header :func:`unmarked_head` found). Only a run of bare words holding a
    syllable never written bare is read (``truoc ngay 25/4``, ``De nghi Ban ...``): a
    bare word alone in marked text is often a word of its own (``thực hiện ngay``)."""
    end = min(len(text), MAX_CHARS)
    if not any(s in text for s in _SCATTER_GATE):
        return text, 0
    # each cue's run, found around it (no pass over the text's every word)
    spans: list[tuple[int, int]] = []
    for m in _SCATTER_CUE.finditer(text, start, end):
        if spans and m.start() < spans[-1][1]:
            continue  # (a cue inside the run before)
        left = _RUN_LEFT.search(text, max(start, m.start() - RUN_REACH), m.start())
        right = _RUN_RIGHT.match(text, m.end(), end)
        spans.append((left.start() if left else m.start(), right.end() if right else m.end()))
    words: list[re.Match[str]] = []
    runs: list[tuple[int, int]] = []
    for a, b in spans:
        first = len(words)
        words += _WORD.finditer(text, a, b)
        runs.append((first, len(words)))
    return _restore_runs(text, words, runs, *_scatter_phrases())


@cache
def _scatter_phrases() -> tuple[dict[str, tuple[str, float]], frozenset[str]]:
    """The short phrase table of :func:`restore_scattered` and its prefixes: the
    phrases of ``unmarked.toml`` only (built in a blink, unlike :func:`_phrases`)."""
    table: dict[str, tuple[str, float]] = {}
    for phrase in (*_RULES["phrases"], *_RULES["prefer"], *_SCATTERED["phrases"],
                   *(w for w in _RULES["before_number"] if " " in w)):
        if " " in phrase.strip():
            table[_key(phrase)] = (_form(phrase), 1.0)
    prefixes = {key[:m.end()] for key in table for m in _WORD.finditer(key)}
    return table, frozenset(prefixes)


def _restore_runs(text: str, words: list[re.Match[str]], runs: list[tuple[int, int]],
                  table: dict[str, tuple[str, float]] | None = None,
                  prefixes: frozenset[str] | None = None) -> tuple[str, int]:
    """``text`` with the best cover of each run of bare words restored (same length),
    from ``table`` (the whole phrase table by default)."""
    pieces: list[str] = []
    pos = restored = 0
    for run in runs:
        for first, marked in _best_cover(text, words, run, table, prefixes):
            for k, f in enumerate(marked):
                m = words[first + k]
                pieces += (text[pos:m.start()], _cased(m.group(), f))
                pos = m.end()
            restored += 1
    if not pieces:
        return text, 0
    pieces.append(text[pos:])
    return "".join(pieces), restored


def _runs(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Runs ``[i, j)`` of mark-less words parted by gaps only (a phrase's reach)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if not words[i].group().isascii():
            i += 1
            continue
        j = i + 1
        while j < n and words[j].group().isascii() \
                and _GAP.fullmatch(text, words[j - 1].end(), words[j].start()):
            j += 1
        out.append((i, j))
        i = j
    return out


def _best_cover(text: str, words: list[re.Match[str]], run: tuple[int, int],
                table: dict[str, tuple[str, float]] | None = None,
                prefixes: frozenset[str] | None = None) -> list[tuple[int, list[str]]]:
    """The phrases to restore in a run: the cover of most words (a table's phrase
    weighs more than a word list's, a lone word less), then the fewest pieces, so that
    ``to cong tac`` is ``to công tác``, not ``tố cộng tac``."""
    codes = table is None  # (a marked text's bare words are read without the codes)
    if table is None or prefixes is None:
        table, prefixes = _phrases(), _prefixes()
    lo, hi = run
    # best[i]: (score, -pieces, choice) for words[i:hi]
    best: list[tuple[float, int, tuple[int, str] | None]] = [(0.0, 0, None)] * (hi - lo + 1)
    for i in range(hi - 1, lo - 1, -1):
        score, pieces, _ = best[i + 1 - lo]
        choice: tuple[float, int, tuple[int, str] | None] = (score, pieces, None)
        key = words[i].group().lower()
        for j in range(i + 1, min(hi, i + MAX_PHRASE)):
            key += _gap_key(text[words[j - 1].end():words[j].start()]) + words[j].group().lower()
            if key not in prefixes:
                break
            hit = table.get(key)
            if hit is not None:
                form, weight = hit
                printed = text[words[i].start():words[j].end()]
                if printed.isupper():
                    form = _upper().get(key, form)
                elif weight < 1.0 and not text[words[i + 1].start():words[j].end()].islower():
                    continue  # a word of the list inside a name (``Nguyen Thien Van``)
                rest = best[j + 1 - lo]
                cand = (rest[0] + weight * (j - i + 1), rest[1] - 1, (j, form))
                if cand[:2] > choice[:2]:
                    choice = cand
        single = _single(text, words, i, codes=codes)
        if single is not None:
            rest = best[i + 1 - lo]
            cand = (rest[0] + SINGLE_WEIGHT, rest[1] - 1, (i, single))
            if cand[:2] > choice[:2]:
                choice = cand
        best[i - lo] = choice
    out: list[tuple[int, list[str]]] = []
    i = lo
    while i < hi:
        picked = best[i - lo][2]
        if picked is None:
            i += 1
            continue
        last, form = picked
        marked = _WORD.findall(form)
        if len(marked) == last - i + 1 and all(
                strip_marks(f) == words[i + k].group().lower() for k, f in enumerate(marked)):
            out.append((i, marked))
        i = last + 1
    return out


def _bare_letter(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() else c


#: Every precomposed Latin letter with marks (Latin-1, Latin Extended, Vietnamese) ->
#: its bare letter, for ``str.translate``.
_BARE = str.maketrans({"đ": "d", "Đ": "D", **{
    c: _bare_letter(c) for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)))
    if c.isalpha() and _bare_letter(c) != c}})


def unmark(s: str) -> str:
    """``s`` without tone and vowel marks, its case kept (``Sở Y tế`` -> ``So Y te``);
    NFC text, one letter for one."""
    return s if s.isascii() else s.translate(_BARE)


#: Fields besides ``text`` that are the text at their record's own span: an actor is
#: always ``Document.text[start:end]`` (``Cac so, ban, nganh`` typed bare in a marked
#: body stays bare, though ``Các sở, ban, ngành`` is written with marks elsewhere).
_SPAN_QUOTES: frozenset[tuple[str, str]] = frozenset({("Assignment", "actor")})


#: Values that are the parser's reading, not a quote of the text: they keep the marks
#: the tables give them, as they do for a marked document (the issuer's and the national
#: header's repair, the signature's position, a recipient's purpose, canonical names).
_READINGS: frozenset[tuple[str, str]] = frozenset({
    ("Issuer", "value"), ("Issuer", "name"), ("Issuer", "parent"),
    ("Document", "national_header"), ("DocType", "name"), ("DocType", "code"),
    ("Signature", "title"), ("Signature", "titles"), ("Signature", "on_behalf_of"),
    ("Recipient", "purpose"), ("Person", "signature_role"), ("Agency", "canonical"),
    # a cited document's type is the table's name for its type word (``Công văn``)
    ("Reference", "type"),
    ("Place", "province"), ("Warning", "message"), ("Document", "text"),
    ("Document", "warnings"),
})


def report_printed(doc: Document, printed: str, head: int | None = None,
                   scattered: bool = False) -> None:
    """Put the printed text back into ``doc`` after it was parsed from a restored copy:
    ``doc.text`` and every value that quotes it lose the marks the copy added.

    ``head`` is where the restored part ends when only the leading lines were typed
    without marks: then only a value quoting those lines (found in them as it is) loses
    its marks, and the marked body's values keep theirs.

    ``scattered``: words were restored here and there in a marked text
    (:func:`restore_scattered`); a value the printed text holds as it is keeps its
    marks (an organ's name also written in full elsewhere), any other takes the printed
    letters at its place in the copy (a preamble holding a restored word)."""
    quoted: tuple[str, str] | None = None
    if scattered:
        _unmark_model(doc, (doc.text, printed), printed, _restored_words(doc.text, printed),
                      printed)
        doc.text = printed
        return
    if head is not None:
        # to the end of the head's line: a value may run on past a half-marked first
        # line's bare words (``UY BAN NHAN DAN TINH BẠC LIÊU``); it takes the printed
        # letters at its place, so the marked words keep theirs
        end = doc.text.find("\n", head)
        end = len(doc.text) if end < 0 else end
        quoted = (doc.text[:end], printed[:end])
    _unmark_model(doc, quoted, printed=printed)
    doc.text = printed


def _restored_words(copy: str, printed: str) -> frozenset[str]:
    """The words of the same-length ``copy`` that differ from ``printed``: the few a
    scattered restoration marked. Compared block by block (C-level slices), so only the
    blocks holding one are read word by word."""
    found: set[str] = set()
    n = len(copy)
    for a in range(0, n, _BLOCK):
        b = min(n, a + _BLOCK)
        if copy[a:b] == printed[a:b]:
            continue
        # the block with a word's reach either side, so a word cut by its edge is whole
        lo, hi = max(0, a - _WORD_REACH), min(n, b + _WORD_REACH)
        found.update(m.group() for m in _WORD.finditer(copy, lo, hi)
                     if printed[m.start():m.end()] != m.group())
    return frozenset(found)


#: The block :func:`_restored_words` compares at once, and how far a word may reach.
_BLOCK = 4096
_WORD_REACH = 16


def _unmark_model(model: BaseModel, quoted: tuple[str, str] | None,
                  keep: str | None = None, touched: frozenset[str] | None = None,
                  printed: str | None = None) -> None:
    """``printed`` is the whole printed text: a record's ``text`` is the printed slice at
    its span, also where the span runs past the restored head into the marked body
    (a preamble opening in a bare first line), where no lookup of the value would
    find it."""
    name = type(model).__name__
    start, end = getattr(model, "start", None), getattr(model, "end", None)
    for field in type(model).model_fields:
        if (name, field) in _READINGS:
            continue
        if ((field == "text" or (name, field) in _SPAN_QUOTES) and printed is not None
                and isinstance(start, int)
                and isinstance(end, int) and end <= len(printed)):
            # a surface is the printed text at its own span, whatever the same words
            # look like elsewhere (``keep`` would leave the marks of a name also
            # written in full on a mention typed bare)
            surface = printed[start:end]
            if surface != getattr(model, field):
                object.__setattr__(model, field, surface)
            continue
        value = getattr(model, field)
        new = _unmark_value(value, quoted, keep, touched, printed)
        if new is not value:
            object.__setattr__(model, field, new)


def _unmark_value(value: Any, quoted: tuple[str, str] | None, keep: str | None = None,
                  touched: frozenset[str] | None = None, printed: str | None = None) -> Any:
    """``value`` with the printed letters back; one ``keep`` holds as it is stays. With
    ``touched`` (the words a scattered restoration marked), a value holding none of them
    is the printed text already: it is not looked for in the whole text (a search per
    value over a long document is quadratic)."""
    if isinstance(value, str):
        if quoted is not None:
            if touched is not None and not any(w in value for w in touched):
                return value
            if keep is not None and value in keep:
                return value
            at = -1 if value.isascii() else quoted[0].find(value)
            out = value if at < 0 else quoted[1][at:at + len(value)]
            return value if out == value else out
        out = unmark(value)
        return value if out == value else out
    if isinstance(value, BaseModel):
        _unmark_model(value, quoted, keep, touched, printed)
        return value
    if isinstance(value, list):
        items = [_unmark_value(v, quoted, keep, touched, printed) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value
