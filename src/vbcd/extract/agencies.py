"""Agencies (organs) a document names: ``Sở Y tế``, ``Ban cán sự đảng UBND tỉnh``.

An organ name is a *head* (``Sở``, ``Ủy ban nhân dân``, ``Đảng ủy``) followed by
*modifiers* (``Y tế``, ``tỉnh Quảng Ninh``, ``Trung ương``) or, for a chain head,
by a whole organ (``Đảng ủy`` + ``Bộ Y tế``). The grammar lives in
``grammar/data/agencies.toml``; this module is the machinery:

1. the text is tokenised once (on the tone-folded copy, so ``uỷ`` = ``ủy`` and
   offsets stay those of the text);
2. one left-to-right scan tries to read an organ at every head; a parse is
   bounded in tokens and chain depth and memoised, so the scan is linear;
3. mentions that name a *class* (``các sở``, ``UBND các tỉnh``, ``UBND cấp xã``)
   are dropped; distributive lists (``các Bộ: Y tế, Nội vụ``) give one organ per
   item;
4. mentions of one organ are merged: equal canonical forms (abbreviations
   expanded, tones and case folded), near-equal ones (rapidfuzz, same head),
   and short references (``UBND tỉnh`` for ``UBND TỈNH QUẢNG NINH``, ``Ban Bí
   thư`` for ``Ban Bí thư Trung ương Đảng``) when only one organ fits.

Why a grammar and not NER: the measured NER models never tag ``Sở ...`` and
confuse titles with organs (docs/libraries.md), while organ names follow a
small, closed set of heads and a regular modifier order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import unicodedata

import regex
from rapidfuzz import fuzz

from vbcd.grammar import load
from vbcd.models import Agency, AgencyKind, AgencyLevel, Mention
from vbcd.normalize import fold_tones

__all__ = ["expand_abbreviations", "find_agencies"]

_DATA: dict[str, Any] = load("agencies")

#: Longest organ read from one head, in tokens; chains nest at most this deep.
MAX_TOKENS = 32
MAX_DEPTH = 3
#: Fuzzy merging compares all pairs within a head; beyond this many distinct
#: names for one head (adversarial input) only exact merging is done.
MAX_FUZZY_BUCKET = 300

_TOKEN = regex.compile(
    r"[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)
# ``trưởngBộ``, ``CổngTTĐT``: words glued by a converter split where two
# lower-case letters meet an upper-case one (``TTg``, ``PTTgCP`` stay whole).
_CAMEL = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\p{Lu})")
_SPACE = regex.compile(r"\s+")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")


# --- abbreviations --------------------------------------------------------------------

_ABBREVIATIONS: dict[str, str] = dict(_DATA["abbreviations"])
_ABBREVIATION = regex.compile(
    r"(?<![\p{L}\p{N}])("
    + "|".join(regex.escape(k) for k in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)


def expand_abbreviations(name: str) -> str:
    """Expand organ abbreviations: ``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``.

    Whole tokens only and case-sensitively, so that document codes inside words
    and ordinary words are left alone. Used for canonical forms and by the
    scorer, which compares names with abbreviations expanded on both sides.
    """
    if not name:
        return name
    return str(_ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], name))


# --- tokens ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    low: str  # tone-folded and case-folded
    word: bool  # letters or digits (not punctuation)
    cap: bool  # starts with an upper-case letter
    upper: bool  # two or more letters, all upper-case: a heading word or an acronym
    lower: bool  # starts with a lower-case letter
    nl: int  # line breaks in the gap before the token
    glued: bool  # no space before the token


def _tokenize(folded: str) -> list[_Tok]:
    toks: list[_Tok] = []
    prev = 0
    for m in _TOKEN.finditer(folded, timeout=30):
        pieces: list[tuple[int, int]]
        s = m.group(0)
        if len(s) > 3 and _CAMEL.search(s):
            pieces = []
            a = m.start()
            for cut in _CAMEL.finditer(s):
                pieces.append((a, m.start() + cut.start()))
                a = m.start() + cut.start()
            pieces.append((a, m.end()))
        else:
            pieces = [(m.start(), m.end())]
        for a, b in pieces:
            text = folded[a:b]
            first = text[0]
            letters = [c for c in text if c.isalpha()]
            toks.append(
                _Tok(
                    start=a,
                    end=b,
                    low=text.casefold(),
                    word=first.isalnum(),
                    cap=first.isupper(),
                    upper=len(letters) >= 2 and all(c.isupper() for c in letters),
                    lower=first.islower(),
                    nl=folded.count("\n", prev, a),
                    glued=a == prev and a > 0,
                )
            )
            prev = b
    return toks


class _Phrases:
    """A token trie: longest match of listed phrases at a token position.

    Phrases are tokenised like the text (tone-folded, case-folded), so matching
    is case-insensitive and ``uỷ``/``ủy`` blind. A phrase never spans a blank line.
    """

    def __init__(self, phrases: Iterable[tuple[str, object]]) -> None:
        self.root: dict[str, Any] = {}
        for phrase, value in phrases:
            node = self.root
            for tok in _tokenize(fold_tones(phrase)):
                node = node.setdefault(tok.low, {})
            node[""] = value

    def match(self, toks: Sequence[_Tok], i: int) -> tuple[int, object] | None:
        node = self.root
        best: tuple[int, object] | None = None
        k = i
        while k < len(toks):
            if k > i and toks[k].nl >= 2:
                break
            nxt = node.get(toks[k].low)
            if nxt is None:
                break
            node = nxt
            k += 1
            if "" in node:
                best = (k - i, node[""])
        return best


def _phrases(items: Iterable[str], value: object = True) -> _Phrases:
    return _Phrases((p, value) for p in items)


# --- the grammar tables ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Head:
    canonical: str
    kind: str
    level: str | None
    needs: str
    mods: str
    chain: bool
    parent: bool
    topic: bool
    place: bool
    district: bool
    cls: str | None
    abbreviated: frozenset[str]  # forms written in capitals (UBND, VP)
    strict_case: bool  # capitalised words of the form must be capitalised in the text
    not_after: tuple[tuple[str, ...], ...]


def _load_heads() -> list[tuple[str, _Head]]:
    out = []
    for entry in _DATA["heads"]:
        forms = list(entry["forms"])
        head = _Head(
            canonical=entry["canonical"],
            kind=entry.get("kind", "other"),
            level=entry.get("level"),
            needs=entry.get("needs", "modifier"),
            mods=entry.get("mods", "any"),
            chain=bool(entry.get("chain", False)),
            parent=bool(entry.get("parent", False)),
            topic=bool(entry.get("topic", False)),
            place=bool(entry.get("place", False)),
            district=bool(entry.get("district", False)),
            cls=entry.get("class"),
            strict_case=bool(entry.get("strict_case", False)),
            abbreviated=frozenset(
                fold_tones(f).casefold() for f in forms if f.upper() == f
            ),
            not_after=tuple(
                tuple(t.low for t in _tokenize(fold_tones(p))) for p in entry.get("not_after", [])
            ),
        )
        out.extend((form, head) for form in forms)
    return out


_HEAD_LIST = _load_heads()
_HEADS = _Phrases(_HEAD_LIST)
_CLASS_HEADS: dict[str, _Head] = {}
for _form, _h in _HEAD_LIST:
    if _h.cls:
        _CLASS_HEADS.setdefault(_h.cls, _h)
_FALSE_HEADS = _phrases(_DATA["false_heads"]["phrases"])
_CHAIN_UNITS = _phrases(_DATA["chain_units"]["phrases"])
_SCOPE = _DATA["scope"]
_LEVEL_WORDS = _Phrases((e["word"], (e["level"], bool(e["bare"]))) for e in _SCOPE["levels"])
_FIXED_SCOPE = _Phrases(
    (e["phrase"], (e["level"] or None, bool(e.get("class_for_scoped", False))))
    for e in _SCOPE["fixed"]
)
_TERMINALS = _phrases(_SCOPE["terminals"])
_CENTRAL_CITIES = frozenset(fold_tones(c).casefold() for c in _SCOPE["central_cities"])
_GENERIC_BEFORE = _phrases(_DATA["generic"]["before"])
_GENERIC_AFTER = _phrases(_DATA["generic"]["after"])
_DISTRIBUTIVE_LEVELS = _Phrases(
    (w, w) for w in _DATA["distributive"]["levels"]
)
_FIELDS = _phrases(_DATA["fields"]["phrases"])
_TOPIC_OPENERS = _phrases(_DATA["topic"]["openers"])
_TOPIC_MAX = int(_DATA["topic"]["max_words"])
_TOPIC_OPENER_WORDS = frozenset(
    t.low for p in _DATA["topic"]["openers"] for t in _tokenize(fold_tones(p)) if t.word
)
_STOP = _DATA["stop"]
_FUNCTION = frozenset(fold_tones(w).casefold() for w in _STOP["function"])
_VERBS = _phrases(_STOP["verbs"])
_CAP_STOP = _phrases(_STOP["capitalised"])
_SIGNATURE_LINE = regex.compile(
    r"^[ \t]*(?:" + "|".join(_DATA["signature"]["authority"]) + r")",
    regex.MULTILINE,
)
_MERGE = _DATA["merge"]
_FUZZY_MIN = float(_MERGE["fuzzy_min"])
_ALIASES: list[tuple[str, str]] = [(a["from"], a["to"]) for a in _MERGE["aliases"]]
_CONNECTORS = frozenset({"và", "-", "&", "–"})


def _surnames() -> frozenset[str]:
    """Common family names (persons.toml): a capitalised run opening on one after
    an organ is a person (``Bí thư Tỉnh ủy Nguyễn Văn A``), not a place."""
    try:
        names = load("persons").get("surnames", {}).get("common", [])
    except (FileNotFoundError, OSError, ValueError):
        names = []
    return frozenset(fold_tones(n).casefold() for n in names)


_SURNAMES = _surnames()


def _places() -> _Phrases:
    """Province and district names (gazetteer.toml), so that a place name that
    contains a head word (``Hải Phòng``, ``Hội An``) is read whole."""
    try:
        data = load("gazetteer")
    except (FileNotFoundError, OSError, ValueError):
        return _Phrases([])
    names = [e["name"] for key in ("province", "district") for e in data.get(key, []) if "name" in e]
    return _Phrases((n, True) for n in names)


_PLACES = _places()


# --- parsing --------------------------------------------------------------------------


@dataclass(slots=True)
class _Organ:
    """One organ read at a head: token span and what the grammar learnt."""

    start: int
    end: int
    head: _Head
    level: str | None = None
    kind: str = "other"
    generic: bool = False
    has_scope: bool = False
    has_place: bool = False
    scope_only: bool = True  # nothing but scope words after the head
    scope_span: tuple[int, int] | None = None
    head_end: int = 0  # token index after the head words
    has_level: bool = False  # a level word (tỉnh, huyện) was read
    topic: str = ""  # a steering committee's topic, folded


@dataclass(slots=True)
class _Found:
    """One mention ready for merging."""

    start: int
    end: int
    name: str
    head: _Head
    level: str | None
    kind: str
    has_scope: bool
    scope_only: bool
    upper: bool
    scope_words: frozenset[str] = field(default_factory=frozenset)
    head_chars: int = 0  # length of the head words at the start of ``name``
    topic: str = ""


class _Parser:
    """The organ grammar over one token list; parses are memoised per document."""

    def __init__(self, text: str, folded: str) -> None:
        self.text = text
        self.toks = _tokenize(folded)
        self.memo: dict[tuple[int, int], _Organ | None] = {}
        self.head_memo: dict[int, tuple[_Head, int] | None] = {}
        self.skip = self._signature_tokens(folded)

    # -- helpers ------------------------------------------------------------------------

    def _signature_tokens(self, folded: str) -> list[bool]:
        """Tokens on signing-authority lines (``KT. TRƯỞNG BAN ...``)."""
        starts = [m.start() for m in _SIGNATURE_LINE.finditer(folded, timeout=30)]
        if not starts:
            return [False] * len(self.toks)
        ends = [folded.find("\n", s) % (len(folded) + 1) for s in starts]
        ends = [e if e >= 0 else len(folded) for e in ends]
        out = []
        for tok in self.toks:
            k = bisect_right(starts, tok.start) - 1
            out.append(k >= 0 and tok.start < ends[k])
        return out

    def head_at(self, i: int) -> tuple[_Head, int] | None:
        """The longest head starting at token ``i`` and the index after it."""
        if i in self.head_memo:
            return self.head_memo[i]
        found: tuple[_Head, int] | None = None
        toks = self.toks
        if i < len(toks) and toks[i].cap and toks[i].word:
            prev = toks[i - 1] if i > 0 else None
            code = prev is not None and toks[i].glued and prev.low in ("/", "-")
            m = None if code else _HEADS.match(toks, i)
            if m is not None and cast(_Head, m[1]).not_after:
                if self._preceded_by(i, cast(_Head, m[1]).not_after):
                    m = None  # ``Phó`` + ``Thủ tướng Chính phủ``: a title
            if m is not None:
                n, value = m
                false = _FALSE_HEADS.match(toks, i)
                head = cast(_Head, value)
                if (false is None or false[0] < n) and (
                    not head.strict_case or all(t.cap for t in toks[i + 1 : i + n] if t.word)
                ):
                    found = (head, i + n)
        self.head_memo[i] = found
        return found

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b - 1].end]

    def _upper_mode(self, i: int, j: int, head: _Head) -> bool:
        """Is the name written in capitals (a header line) rather than running text?"""
        toks = self.toks
        if not all(t.upper or not t.word for t in toks[i:j]):
            return False
        if toks[i].low not in head.abbreviated:
            return True
        nxt = toks[j] if j < len(toks) else None
        return nxt is not None and nxt.upper and nxt.low.upper() not in _ABBREVIATIONS and (
            fold_tones(self.text[nxt.start : nxt.end]) not in _ABBREVIATIONS
        )

    def _continues(self, j: int, upper: bool) -> bool:
        """May a name go on at token ``j`` (line breaks, list markers)?"""
        tok = self.toks[j]
        if tok.nl >= 2:
            return False
        if tok.nl == 1:
            if not tok.word:
                return False
            if upper and self.head_at(j) is not None:
                return False  # header lines: one organ per line
            if upper:
                return tok.upper or tok.low.isdigit()
            return not tok.upper
        return True

    def _stops_cap(self, j: int, upper: bool) -> bool:
        """A capitalised token that cannot be part of a name."""
        tok = self.toks[j]
        if _CAP_STOP.match(self.toks, j) is not None:
            return True
        if not upper:
            return False
        verb = _VERBS.match(self.toks, j)
        return tok.low in _FUNCTION or (verb is not None and verb[0] > 1)

    def _verb_at(self, j: int) -> bool:
        tok = self.toks[j]
        return tok.low in _FUNCTION or _VERBS.match(self.toks, j) is not None

    def _person_run(self, j: int) -> bool:
        """Three or more capitalised words opening on a common surname: a person."""
        toks = self.toks
        if toks[j].low not in _SURNAMES or toks[j].upper:
            return False
        n = 0
        k = j
        while k < len(toks) and toks[k].cap and toks[k].word and not toks[k].upper and n < 5:
            if k > j and toks[k].nl:
                break
            n += 1
            k += 1
        return n >= 3

    def _cap_run(self, j: int, limit: int, upper: bool, depth: int) -> int:
        """End of a run of capitalised words that may stand in a name."""
        toks = self.toks
        k = j
        while k < limit and toks[k].word and (toks[k].upper if upper else toks[k].cap):
            if k > j and not self._continues(k, upper):
                break
            if self._stops_cap(k, upper) or toks[k].low in _CONNECTORS:
                break
            if k > j and self.head_at(k) is not None:
                hk = self.head_at(k)
                if hk is not None and (hk[0].needs != "scope" or self._starts_organ(k, depth)):
                    break
            k += 1
        return k

    def _starts_organ(self, k: int, depth: int) -> bool:
        return self.head_at(k) is not None and depth < MAX_DEPTH and (
            self.parse(k, depth + 1) is not None
        )

    def _place_run(self, j: int, limit: int, upper: bool, depth: int) -> int:
        """A place name after a level word or a party committee (``Quảng Ninh``)."""
        toks = self.toks
        if j >= limit or not self._continues(j, upper):
            return j
        if toks[j].word and toks[j].low.isdigit():
            return j + 1
        if not toks[j].cap or (not upper and self._person_run(j)):
            return j
        known = _PLACES.match(toks, j)
        if known is not None and all(t.cap or not t.word for t in toks[j : j + known[0]]):
            return j + known[0]
        if self.head_at(j) is not None:
            return j
        end = self._cap_run(j, min(limit, j + 5), upper, depth)
        return end

    def _scope_at(
        self, j: int, limit: int, upper: bool, depth: int, scoped: bool = False
    ) -> tuple[int, str | None, bool, bool] | None:
        """A scope at ``j``: (end, level, generic, has_place); ``scoped``: the
        head needs a scope (a body every province has)."""
        toks = self.toks
        lw = _LEVEL_WORDS.match(toks, j)
        fx = _FIXED_SCOPE.match(toks, j)
        if fx is not None and (lw is None or fx[0] >= lw[0]):
            n, value = fx
            fixed_level, class_for_scoped = cast("tuple[str | None, bool]", value)
            return j + n, fixed_level, class_for_scoped and scoped, False
        if lw is None:
            return None
        n, value = lw
        level, bare_ok = cast("tuple[str, bool]", value)
        k = j + n
        end = self._place_run(k, limit, upper, depth)
        has_place = end > k
        generic = False
        if has_place:
            place = fold_tones(self.text[toks[k].start : toks[end - 1].end]).casefold()
            place = _SPACE.sub(" ", place)
            if toks[j].low in ("thành", "tp") and place not in _CENTRAL_CITIES:
                level = "district"
        else:
            # ``Thành phố`` written with a capital names the city itself
            bare_ok = bare_ok or (toks[j].cap and not upper)
            generic = not bare_ok
            # ``tỉnh, thành phố`` (two levels): a class
            if end < len(toks) and toks[end].low == "," and end + 1 < len(toks):
                if _LEVEL_WORDS.match(toks, end + 1) is not None:
                    generic = True
        return end, level, generic, has_place

    def _topic_at(self, j: int, limit: int) -> int:
        """End of a lowercase topic (``về phòng, chống dịch Covid-19``) or ``j``."""
        toks = self.toks
        op = _TOPIC_OPENERS.match(toks, j)
        if op is None:
            return j
        k = j + op[0]
        words = 0
        while k < limit and words < _TOPIC_MAX:
            tok = toks[k]
            if k > j and not self._continues(k, False):
                break
            again = _TOPIC_OPENERS.match(toks, k)
            if again is not None:
                k += again[0]
                words += 1
                continue
            if not tok.word:
                if tok.low in ("-",) and k + 1 < limit and toks[k + 1].word:
                    k += 1
                    continue
                inner = _FIELDS.match(toks, k)
                if inner is not None:
                    k += inner[0]
                    continue
                break
            if tok.low in _FUNCTION or self._verb_at(k) or _GENERIC_AFTER.match(toks, k):
                break
            if _LEVEL_WORDS.match(toks, k) or _FIXED_SCOPE.match(toks, k):
                break
            if tok.cap and self._stops_cap(k, False):
                break
            if self.head_at(k) is not None:
                break
            k += 1
            words += 1
        return k if words else j

    # -- the organ ----------------------------------------------------------------------

    def parse(self, i: int, depth: int = 0) -> _Organ | None:
        key = (i, depth)
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = None  # a cycle reads as no organ
        result = self._parse(i, depth)
        self.memo[key] = result
        return result

    def _parse(self, i: int, depth: int) -> _Organ | None:
        hm = self.head_at(i)
        if hm is None:
            return None
        head, j = hm
        toks = self.toks
        upper = self._upper_mode(i, j, head)
        limit = min(len(toks), i + MAX_TOKENS)
        org = _Organ(start=i, end=j, head=head, level=head.level, kind=head.kind, head_end=j)
        has_mod = False
        inherited: str | None = None

        if head.chain and j < limit and self._continues(j, upper):
            unit = _CHAIN_UNITS.match(toks, j)
            if unit is not None:
                org.end = j + unit[0]
                org.scope_only = False
                return self._finish(org, True, None)
            if self.head_at(j) is not None and depth < MAX_DEPTH:
                sub = self.parse(j, depth + 1)
                if sub is not None:
                    org.end = sub.end
                    org.generic = sub.generic
                    org.level = sub.level or org.level
                    org.has_scope = sub.has_scope
                    org.scope_only = False
                    return self._finish(org, True, sub.kind)
            if _GENERIC_BEFORE.match(toks, j) is not None:
                org.generic = True
                return org
        if head.mods == "none":
            return self._finish(org, False, None)

        topic_done = False
        while j < limit:
            tok = toks[j]
            if not self._continues(j, upper):
                break
            if _GENERIC_AFTER.match(toks, j) is not None and not (
                tok.cap and not upper and tok.low in ("các", "những")
            ):
                org.generic = True
                break
            # sector words that begin like a level word: ``Xã hội``
            fl = _FIELDS.match(toks, j) if head.mods == "any" else None
            lw = _LEVEL_WORDS.match(toks, j)
            hm2 = self.head_at(j)
            if fl is not None and lw is not None and fl[0] > lw[0]:
                j += fl[0]
                has_mod = True
                org.scope_only = False
                continue
            # scope: tỉnh X, Trung ương, cấp tỉnh
            sc = self._scope_at(j, limit, upper, depth, head.needs == "scope")
            if sc is not None and lw is not None and (org.has_level or (
                hm2 is not None and hm2[1] - j > lw[0]
            )):
                sc = None  # one level per organ; ``Tỉnh ủy`` is a head, not ``tỉnh``
            if sc is not None:
                end, level, generic, has_place = sc
                org.has_level = org.has_level or lw is not None
                if generic:
                    org.generic = True
                    j = end
                    break
                if org.scope_span is None:
                    org.scope_span = (j, end)
                else:
                    org.scope_span = (org.scope_span[0], end)
                org.level = level or org.level
                org.has_scope = True
                org.has_place = org.has_place or has_place
                has_mod = True
                j = end
                continue
            # ``của`` + scope or parent organ: ``Ủy ban Văn hoá - Xã hội của Quốc hội``
            if tok.low == "của" and head.mods == "any" and j + 1 < limit:
                sc = self._scope_at(j + 1, limit, upper, depth)
                if sc is not None and not sc[2] and has_mod:
                    org.level = sc[1] or org.level
                    org.has_scope = True
                    j = sc[0]
                    continue
                nxt = self.head_at(j + 1)
                if nxt is not None and nxt[0].parent and depth < MAX_DEPTH:
                    sub = self.parse(j + 1, depth + 1)
                    if sub is not None and not sub.generic:
                        j = sub.end
                        org.level = org.level if org.has_scope else (sub.level or org.level)
                        inherited = sub.kind
                        org.scope_only = False
                        has_mod = True
                break
            if head.mods == "scope":
                if head.place and not org.has_place and tok.cap:
                    end = self._place_run(j, limit, upper, depth)
                    if end > j:
                        org.has_place = True
                        has_mod = True
                        j = end
                        continue
                break
            # another organ: a parent closes the name, any other ends it
            if hm2 is not None and depth < MAX_DEPTH:
                sub = self.parse(j, depth + 1)
                if sub is not None:
                    if hm2[0].parent and not sub.generic:
                        j = sub.end
                        has_mod = True
                        org.scope_only = False
                        if not org.has_scope:
                            org.level = sub.level or org.level
                        inherited = sub.kind
                        org.has_scope = org.has_scope or sub.has_scope
                    elif sub.generic and hm2[0].parent:
                        org.generic = True
                    break
                if hm2[0].needs != "scope":
                    break  # ``Văn phòng Thường trực`` is a title, not an office
            # sector words: ``Giao thông vận tải``, ``đa khoa``, ``Văn hóa, Thể thao và Du lịch``
            fl = _FIELDS.match(toks, j)
            if fl is not None:
                j += fl[0]
                has_mod = True
                org.scope_only = False
                continue
            if head.topic and not topic_done:
                end = self._topic_at(j, limit)
                if end > j:
                    org.topic = " ".join(t.low for t in toks[j:end] if t.word)
                    j = end
                    topic_done = True
                    has_mod = True
                    org.scope_only = False
                    continue
            if tok.low in _CONNECTORS:
                if has_mod and self._connects(j, limit, upper, depth):
                    j += 1
                    continue
                break
            if tok.word and (tok.upper if upper else tok.cap):
                if self._stops_cap(j, upper) or (not upper and self._person_run(j)):
                    break
                end = self._cap_run(j, limit, upper, depth)
                if end == j:
                    break
                # a lone capitalised word takes the next syllable: ``Y tế``, ``Nội vụ``
                if (
                    not upper
                    and end == j + 1
                    and not tok.upper
                    and end < limit
                    and toks[end].lower
                    and toks[end].word
                    and self._continues(end, upper)
                    and not self._verb_at(end)
                    and _LEVEL_WORDS.match(toks, end) is None
                    and _FIXED_SCOPE.match(toks, end) is None
                    and _GENERIC_AFTER.match(toks, end) is None
                    and _FIELDS.match(toks, end) is None
                ):
                    end += 1
                j = end
                has_mod = True
                org.scope_only = False
                continue
            # a short lowercase stretch up to a terminal: ``quyền trẻ em Việt Nam``
            if has_mod and tok.lower and tok.word:
                end = self._bridge(j, limit)
                if end > j:
                    j = end
                    org.scope_only = False
                    continue
            break
        org.end = j
        return self._finish(org, has_mod, inherited)

    def _connects(self, j: int, limit: int, upper: bool, depth: int) -> bool:
        """Does the connector at ``j`` join two parts of one name (``Kế hoạch và Đầu tư``)?"""
        toks = self.toks
        k = j + 1
        if k >= limit or not self._continues(k, upper):
            return False
        if toks[j].low == "-" and (toks[j].nl or toks[k].nl):
            return False  # a list dash
        nxt = toks[k]
        if not nxt.word or not (nxt.upper if upper else nxt.cap):
            return False
        if self._stops_cap(k, upper) or nxt.low in _FUNCTION:
            return False
        return not self._starts_organ(k, depth)

    def _bridge(self, j: int, limit: int) -> int:
        toks = self.toks
        k = j
        while k < limit and k - j < 3:
            tok = toks[k]
            if not tok.word or not tok.lower or tok.nl >= 2:
                break
            if _TERMINALS.match(toks, k) is not None:
                return k if k > j else j
            if tok.low in _FUNCTION or self._verb_at(k) or _GENERIC_AFTER.match(toks, k):
                return j
            k += 1
        if k < limit and k > j and _TERMINALS.match(toks, k) is not None:
            return k
        return j

    def _finish(self, org: _Organ, has_mod: bool, inherited: str | None) -> _Organ | None:
        head = org.head
        if head.kind == "inherit":
            org.kind = inherited if inherited and inherited != "inherit" else "other"
        if org.generic:
            return org
        if head.needs == "modifier" and not has_mod:
            return None
        if head.needs == "scope" and not (org.has_scope or has_mod and not org.scope_only):
            return None
        if head.needs == "place" and not org.has_place:
            return None
        return org

    # -- the scan -----------------------------------------------------------------------

    def _preceded_by(self, i: int, phrases: Sequence[tuple[str, ...]]) -> bool:
        toks = self.toks
        for phrase in phrases:
            n = len(phrase)
            if i - n < 0:
                continue
            if tuple(t.low for t in toks[i - n : i]) == phrase:
                return True
        return False

    def _in_law_title(self, i: int) -> bool:
        """``Luật Tổ chức Chính phủ``: an organ inside the name of a law."""
        toks = self.toks
        k = i - 1
        while k >= 0 and i - k <= 5 and toks[k].word:
            if toks[k].low == "luật":
                return True
            if toks[k + 1].nl or (not toks[k].cap and (toks[k].low in _FUNCTION or self._verb_at(k))):
                return False
            k -= 1
        return False

    def _skip_generic(self, i: int, hend: int) -> int:
        """Where a class mention (``các Ủy ban của Quốc hội``) ends."""
        toks = self.toks
        org = self.parse(i)
        end = org.end if org is not None else hend
        if end + 1 < len(toks) and toks[end].low == "của" and self.head_at(end + 1) is not None:
            sub = self.parse(end + 1)
            end = sub.end if sub is not None else end
        return end

    def scan(self) -> list[_Found]:
        toks = self.toks
        out: list[_Found] = []
        i = 0
        last_bare_district = -10  # token index after a bare district-level committee
        while i < len(toks):
            if self.skip[i]:
                i += 1
                continue
            gb = _GENERIC_BEFORE.match(toks, i)
            if gb is not None:
                items = self._distributive(i, gb[0])
                if items:
                    out.extend(items[0])
                    i = items[1]
                    continue
            hm = self.head_at(i)
            if hm is None:
                i += 1
                continue
            head, hend = hm
            if i > 0 and toks[i].nl == 0 and (
                _GENERIC_BEFORE.match(toks, i - 1) is not None or toks[i - 1].low.isdigit()
            ):
                i = max(self._skip_generic(i, hend), i + 1)
                continue
            org = self.parse(i)
            district_run = (
                head.district
                and i - last_bare_district <= 1
                and toks[i - 1].low in (",", "và")
            )
            if org is None or (head.district and not org.has_place):
                if head.district:
                    last_bare_district = hend
            if org is None:
                coord = self._coordinated(i, hend)
                if coord is not None:
                    out.append(coord)
                i = hend
                continue
            if org.generic or district_run or self._in_law_title(i):
                # ``Huyện ủy, Thành ủy``: bare district committees in a row are a class
                i = max(org.end, i + 1)
                continue
            out.append(self._found(org))
            i = max(org.end, i + 1)
        return out

    def _found(self, org: _Organ) -> _Found:
        toks = self.toks
        name = _SPACE.sub(" ", self.span_text(org.start, org.end))
        upper = all(t.upper or not t.word or t.low.isdigit() for t in toks[org.start : org.end])
        words: frozenset[str] = frozenset()
        if org.scope_span is not None:
            a, b = org.scope_span
            words = frozenset(t.low for t in toks[a:b] if t.word)
        head_chars = len(_SPACE.sub(" ", self.span_text(org.start, org.head_end)))
        return _Found(
            start=toks[org.start].start,
            end=toks[org.end - 1].end,
            name=name,
            head=org.head,
            level=org.level,
            kind=org.kind,
            has_scope=org.has_scope,
            scope_only=org.scope_only,
            upper=upper,
            scope_words=words,
            head_chars=head_chars,
            topic=org.topic,
        )

    def _coordinated(self, i: int, hend: int) -> _Found | None:
        """``Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng``: a bare head
        coordinated with one that has a scope shares that scope."""
        toks = self.toks
        head = self.head_at(i)
        if head is None or head[0].needs != "scope" or hend + 1 >= len(toks):
            return None
        if toks[hend].low not in (",", "và") or toks[hend].nl or toks[hend + 1].nl:
            return None
        other = self.parse(hend + 1)
        if (
            other is None
            or other.generic
            or other.head.needs != "scope"
            or other.scope_span is None
            or other.end - other.start > MAX_TOKENS
        ):
            return None
        a, b = other.scope_span
        if b != other.end:
            return None
        written = _SPACE.sub(" ", self.span_text(i, hend))
        name = written + " " + _SPACE.sub(" ", self.span_text(a, b))
        return _Found(
            start=toks[i].start,
            end=toks[hend - 1].end,
            name=name,
            head=head[0],
            level=other.level,
            kind=head[0].kind,
            has_scope=True,
            scope_only=True,
            upper=False,
            scope_words=frozenset(t.low for t in toks[a:b] if t.word),
        )

    def _distributive(self, i: int, n: int) -> tuple[list[_Found], int] | None:
        """``Các Bộ: Quốc phòng, Công an``; ``Đảng ủy các Bộ: Y tế``;
        ``Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh`` — one organ per item."""
        toks = self.toks
        c = i + n
        if c >= len(toks) or not toks[c].word:
            return None
        lw = _DISTRIBUTIVE_LEVELS.match(toks, c)
        cls_head = _CLASS_HEADS.get(toks[c].low)
        if lw is not None:
            colon = c + lw[0]
        elif cls_head is not None:
            colon = c + 1
        else:
            return None
        if colon >= len(toks) or toks[colon].low != ":":
            return None
        # a head right before ``các`` governs the items (Đảng ủy, Ủy ban nhân dân)
        prefix: tuple[int, _Head] | None = None
        for k in range(i - 1, max(-1, i - 6), -1):
            hm = self.head_at(k)
            if hm is not None and hm[1] == i and (hm[0].chain or hm[0].needs == "scope"):
                prefix = (k, hm[0])
        if lw is not None and prefix is None:
            return None
        items: list[tuple[int, int]] = []
        k = colon + 1
        while k < len(toks) and len(items) < 40:
            if not toks[k].word or not toks[k].cap or (toks[k].nl and k > colon + 1):
                break
            if toks[k].upper:
                return None  # acronyms (``Các Bộ: XD, TC``) are not expanded
            if lw is not None:
                end = self._place_run(k, len(toks), False, 0)
            else:
                assert cls_head is not None
                end = self._item(k, cls_head)
            if end <= k:
                break
            items.append((k, end))
            if end < len(toks) and toks[end].low in (",", "và") and end + 1 < len(toks):
                k = end + 1
                continue
            break
        if not items:
            return None
        out = []
        pre = _SPACE.sub(" ", self.span_text(prefix[0], i)) + " " if prefix else ""
        owner = prefix[1] if prefix else cls_head
        assert owner is not None
        word = _SPACE.sub(" ", self.text[toks[c].start : toks[colon - 1].end])
        cls = word.lower() if lw is not None else word[:1].upper() + word[1:].lower()
        if cls_head is not None and lw is None:
            cls = cls_head.canonical if cls.casefold() == cls_head.canonical.casefold() else cls
        for a, b in items:
            item = _SPACE.sub(" ", self.span_text(a, b))
            level = owner.level
            if lw is not None:
                level = cast("tuple[str, bool]", _LEVEL_WORDS.match(toks, c)[1])[0]  # type: ignore[index]
            out.append(
                _Found(
                    start=toks[a].start,
                    end=toks[b - 1].end,
                    name=f"{pre}{cls} {item}",
                    head=owner,
                    level=level,
                    kind=owner.kind if owner.kind != "inherit" else "other",
                    has_scope=lw is not None,
                    scope_only=lw is not None,
                    upper=False,
                    scope_words=frozenset(t.low for t in toks[a:b]) if lw is not None else frozenset(),
                )
            )
        return out, items[-1][1]

    def _item(self, k: int, head: _Head) -> int:
        """One item of a distributive list, read as the modifiers of ``head``."""
        toks = self.toks
        limit = min(len(toks), k + MAX_TOKENS)
        j = k
        while j < limit:
            if j > k and not self._continues(j, False):
                break
            fl = _FIELDS.match(toks, j)
            if fl is not None:
                j += fl[0]
                continue
            tok = toks[j]
            if tok.low in _CONNECTORS and j > k:
                if self._connects(j, limit, False, 0):
                    j += 1
                    continue
                break
            if tok.word and tok.cap and not self._stops_cap(j, False):
                end = self._cap_run(j, limit, False, 0)
                if end == j + 1 and end < limit and toks[end].lower and toks[end].word and (
                    not self._verb_at(end)
                ):
                    end += 1
                j = end
                continue
            break
        return j


# --- merging --------------------------------------------------------------------------


def _standard(f: _Found) -> str:
    """The mention with its head written the standard way (``BCS đảng`` →
    ``Ban cán sự đảng``, ``Thường vụ`` → ``Ban Thường vụ``, ``TTXVN`` →
    ``Thông tấn xã Việt Nam``) and other abbreviations expanded."""
    if not f.head_chars:
        return expand_abbreviations(f.name)
    written = f.name[: f.head_chars]
    expanded = expand_abbreviations(written)
    head = f.head.canonical
    if expanded != written and fold_tones(expanded).casefold().startswith(
        fold_tones(head).casefold()
    ):
        head = expanded
    return head + expand_abbreviations(f.name[f.head_chars :])


def _key(f: _Found) -> str:
    """Merge key: standard head, abbreviations expanded, tones and case folded,
    no punctuation; the Front's committee keyed as the Front."""
    key = fold_tones(_standard(f)).casefold()
    key = _SPACE.sub(" ", _NON_WORD.sub(" ", key)).strip()
    for src, dst in _ALIASES:
        if key == src or key.startswith(src + " "):
            key = dst + key[len(src) :]
    return key


def _bare(key: str) -> str:
    """No diacritics, no spaces: OCR and typing slips (``Chỉnh phủ``, ``YTÉ``)."""
    out = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(c for c in out if not unicodedata.combining(c) and not c.isspace())


def _canonical(f: _Found) -> str:
    return _SPACE.sub(" ", fold_tones(_standard(f))).strip().casefold()


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _head_id(f: _Found, key: str) -> str:
    """The head that decides which mentions may be one organ."""
    for _src, dst in _ALIASES:
        if key == dst or key.startswith(dst + " "):
            return dst
    return f.head.canonical


def _digits(key: str) -> list[str]:
    return [w for w in key.split() if any(c.isdigit() for c in w)]


def _topics_match(a: _Found, b: _Found) -> bool:
    """Two steering committees of one document at the same level whose topics
    say the same thing, one more fully (``phòng, chống dịch`` and ``phòng, chống
    dịch bệnh Covid-19``): the content words of one contain the other's."""
    if a.level and b.level and a.level != b.level:
        return False
    wa, wb = _topic_words(a.topic), _topic_words(b.topic)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa


def _topic_words(topic: str) -> frozenset[str]:
    return frozenset(w for w in _NON_WORD.sub(" ", topic).split() if w not in _TOPIC_OPENER_WORDS)


def _merge(found: list[_Found], text: str) -> list[Agency]:
    """Group mentions of one organ and build one :class:`Agency` per group."""
    if not found:
        return []
    keys: list[str] = []
    index: dict[str, int] = {}
    members: list[list[int]] = []
    heads: list[str] = []
    for n, f in enumerate(found):
        key = _key(f)
        if key not in index:
            index[key] = len(keys)
            keys.append(key)
            members.append([])
            heads.append(_head_id(f, key))
        members[index[key]].append(n)
    uf = _Union(len(keys))
    first = [found[m[0]] for m in members]

    # spelling slips under the same head: equal without diacritics and spaces,
    # or near-equal with the same numbers (``Quận 1`` is not ``Quận 3``)
    by_head: dict[str, list[int]] = {}
    for k, h in enumerate(heads):
        by_head.setdefault(h, []).append(k)
    for ks in by_head.values():
        bare: dict[str, int] = {}
        for k in ks:
            b = _bare(keys[k])
            if b in bare:
                uf.union(bare[b], k)
            else:
                bare[b] = k
        if len(ks) > MAX_FUZZY_BUCKET:
            continue
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                a, b = keys[ks[x]], keys[ks[y]]
                if fuzz.ratio(a, b) >= _FUZZY_MIN and _digits(a) == _digits(b):
                    uf.union(ks[x], ks[y])
                elif first[ks[x]].head.topic and _topics_match(first[ks[x]], first[ks[y]]):
                    uf.union(ks[x], ks[y])

    # short references: a word prefix of exactly one longer name (``Ban Bí thư``)
    prefixes: dict[tuple[str, str], set[int]] = {}
    for k, key in enumerate(keys):
        words = key.split()
        for n in range(1, min(len(words), MAX_TOKENS)):
            bucket = prefixes.setdefault((heads[k], " ".join(words[:n])), set())
            if len(bucket) < 3:
                bucket.add(k)
    short: set[int] = set()  # keys merged in as a short reference to a fuller name
    for k, key in enumerate(keys):
        cands = {uf.find(c) for c in prefixes.get((heads[k], key), set())} - {uf.find(k)}
        if len(cands) == 1:
            uf.union(k, cands.pop())
            short.add(k)

    # head + scope only (``Ban chỉ đạo tỉnh``): the one organ of that head it can be
    for k in range(len(keys)):
        f = first[k]
        if not f.scope_only or not f.has_scope or len(by_head.get(heads[k], [])) > MAX_FUZZY_BUCKET:
            continue
        cands = set()
        for c in by_head.get(heads[k], []):
            g = first[c]
            if uf.find(c) == uf.find(k) or g.scope_only:
                continue
            if not g.has_scope or f.scope_words <= set(keys[c].split()):
                cands.add(uf.find(c))
        if len(cands) == 1:
            uf.union(k, cands.pop())
            short.add(k)

    groups: dict[int, list[int]] = {}
    for k in range(len(keys)):
        groups.setdefault(uf.find(k), []).append(k)
    agencies = []
    for ks in groups.values():
        mentions = sorted((n for k in ks for n in members[k]), key=lambda n: found[n].start)
        primary = max(ks, key=lambda k: (len(keys[k].split()), -min(members[k])))
        # the name: the first full mention in running text (a short reference or
        # a header line in capitals only when nothing else names the organ)
        full = {n for k in ks if k not in short for n in members[k]}
        name_from = next(
            (n for n in mentions if n in full and not found[n].upper),
            next((n for n in mentions if not found[n].upper), mentions[0]),
        )
        best = found[members[primary][0]]
        abbreviation = next(
            (found[n].name for n in mentions if expand_abbreviations(found[n].name) != found[n].name),
            None,
        )
        first_mention = found[mentions[0]]
        agencies.append(
            Agency(
                name=found[name_from].name,
                canonical=_canonical(best),
                abbreviation=abbreviation,
                level=cast("AgencyLevel | None", best.level),
                kind=cast(AgencyKind, best.kind if best.kind != "inherit" else "other"),
                mentions=[
                    Mention(start=found[n].start, end=found[n].end, text=text[found[n].start : found[n].end])
                    for n in mentions
                ],
                start=first_mention.start,
                end=first_mention.end,
            )
        )
    agencies.sort(key=lambda a: a.start)
    return agencies


# --- public API -----------------------------------------------------------------------


def find_agencies(text: str) -> list[Agency]:
    """Every specific organ the text names, one :class:`Agency` per organ.

    ``name`` is the organ as first written in running text (a mention in an
    all-capitals header line is used only when there is no other); mentions in
    distributive lists get a name rebuilt from the list (``Bộ Y tế`` for the
    item ``Y tế`` of ``các Bộ: Y tế, ...``) while their span is the item.
    Never raises for damaged input: what cannot be read is left out.
    """
    if not text or not text.strip():
        return []
    try:
        parser = _Parser(text, fold_tones(text))
        found = parser.scan()
    except (regex.error, TimeoutError, RecursionError):
        return []
    return _merge(found, text)
