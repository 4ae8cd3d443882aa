"""Tokens and phrase tables for the assignment grammar (``grammar/data/assignments.toml``).

The assignment scanner reasons in words, not characters: a cue is ``giao`` or
``giao cho``, an actor ends at ``chủ trì``, a list splits at ``, Sở``. This
module turns a stretch of the tone-folded text into word and punctuation
tokens (line wraps are plain spaces; blank lines and bullet lines are breaks)
and matches multi-word phrases from the TOML tables at a token, longest first,
so the scanner never touches raw strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import regex

from vbcd.grammar import load
from vbcd.normalize import fold_tones

# A word (``đ/c`` and ``Covid-19``-less slashes stay one word), a structural line
# break (a blank line, or a newline before a bullet), or one punctuation mark.
# Single newlines are hard wraps inside a paragraph and are skipped as spaces.
_TOKEN = regex.compile(
    r"(?P<w>\w+(?:/\w+)*)"
    r"|(?P<br>\n[ \t]*(?:\n[ \t]*)+|\n(?=[ \t]*[-+•*–](?:[ \t]|$)))"
    r"|(?P<p>[^\w\s])"
)


class Token(NamedTuple):
    """One token of a text stretch; offsets are into the document text."""

    start: int
    end: int
    kind: str  # "w" word, "p" punctuation, "br" structural line break
    low: str  # tone-folded, lower-cased surface ("\n" for breaks)
    upper: bool  # the first character is a capital letter
    caps: bool  # a word of two or more letters written all in capitals


def tokenize(text: str, match: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``, read on the tone-folded copy ``match``.

    A blank line followed by a lower-case word is a page break inside a
    sentence (``..., Đảng ủy Cục Hải quan tỉnh,`` / blank / ``ban thường vụ``),
    so it is read as a space, not as a break.
    """
    out: list[Token] = []
    for m in _TOKEN.finditer(match, start, end):
        kind = m.lastgroup or "p"
        s, e = m.span()
        if kind == "br":
            nxt = e
            while nxt < end and text[nxt] in " \t\n":
                nxt += 1
            if match.count("\n", s, e) > 1 and nxt < end and text[nxt].islower():
                continue
            out.append(Token(s, e, "br", "\n", False, False))
            continue
        surface = text[s:e]
        low = m.group().lower()
        upper = surface[:1].isupper()
        caps = kind == "w" and len(surface) > 1 and surface.isupper()
        out.append(Token(s, e, kind, low, upper, caps))
    return out


def _phrase_key(phrase: str) -> tuple[str, ...]:
    folded = fold_tones(phrase).lower()
    return tuple(m.group() for m in _TOKEN.finditer(folded) if m.lastgroup != "br")


class Phrases:
    """A set of phrases matched token by token at a position, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            key = _phrase_key(phrase)
            if key:
                index.setdefault(key[0], []).append(key)
                by_last.setdefault(key[-1], []).append(key)
        for keys in index.values():
            keys.sort(key=len, reverse=True)
        self._index = index
        self._by_last = by_last

    def match(self, toks: Sequence[Token], i: int, stop: int | None = None) -> int:
        """Number of tokens of the longest phrase starting at ``toks[i]`` (0: none)."""
        limit = len(toks) if stop is None else min(stop, len(toks))
        if i >= limit:
            return 0
        for key in self._index.get(toks[i].low, ()):
            n = len(key)
            if i + n <= limit and all(toks[i + k].low == key[k] for k in range(1, n)):
                return n
        return 0

    def ends_at(self, toks: Sequence[Token], j: int) -> bool:
        """Whether a phrase ends right before ``toks[j]``."""
        return self.length_before(toks, j) > 0

    def length_before(self, toks: Sequence[Token], j: int) -> int:
        """Tokens of the longest phrase that ends right before ``toks[j]`` (0: none)."""
        best = 0
        if j <= 0:
            return best
        for key in self._by_last.get(toks[j - 1].low, ()):
            n = len(key)
            if n > best and n <= j and all(toks[j - n + k].low == key[k] for k in range(n)):
                best = n
        return best


@dataclass(frozen=True)
class Lexicon:
    """The assignment grammar's word lists, compiled once."""

    cues: Phrases
    direct_cues: Phrases
    cue_blockers: Phrases
    after_cue: Phrases
    lead: Phrases
    coordinate: Phrases
    direct: Phrases
    responsible: Phrases
    task: Phrases
    report: Phrases
    enacting: Phrases
    weak: Phrases
    coordinate_adverbs: Phrases
    organ_heads: Phrases
    ambiguous_heads: Phrases
    capital_heads: Phrases
    generic_heads: Phrases
    plural: Phrases
    class_nouns: Phrases
    titles: Phrases
    lower_split_titles: Phrases
    person_prefixes: Phrases
    plural_person_prefixes: Phrases
    not_actors: Phrases
    name_before_verb: Phrases
    glue: Phrases
    aside: Phrases
    openers: Phrases
    conjunctions: Phrases
    label_subjects: Phrases
    list_nouns: Phrases
    subordinators: Phrases
    heading_prefixes: Phrases


def _words(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    return [str(v) for v in value] if isinstance(value, list) else []


@cache
def lexicon() -> Lexicon:
    """The compiled tables of ``assignments.toml`` (built once per process)."""
    data = load("assignments")
    cues, markers = data.get("cues", {}), data.get("markers", {})
    actors, phrase = data.get("actors", {}), data.get("phrase", {})
    return Lexicon(
        cues=Phrases(_words(cues, "assign")),
        direct_cues=Phrases(_words(cues, "direct")),
        cue_blockers=Phrases(_words(cues, "blocked_after")),
        after_cue=Phrases(_words(cues, "after_cue")),
        lead=Phrases(_words(markers, "lead")),
        coordinate=Phrases(_words(markers, "coordinate")),
        direct=Phrases(_words(markers, "direct")),
        responsible=Phrases(_words(markers, "responsible")),
        task=Phrases(_words(markers, "task")),
        report=Phrases(_words(markers, "report")),
        enacting=Phrases(_words(markers, "enacting")),
        weak=Phrases(_words(markers, "weak")),
        coordinate_adverbs=Phrases(_words(markers, "coordinate_adverbs")),
        organ_heads=Phrases(_words(actors, "organ_heads")),
        ambiguous_heads=Phrases(_words(actors, "ambiguous_heads")),
        capital_heads=Phrases(_words(actors, "capital_heads")),
        generic_heads=Phrases(_words(actors, "generic_heads")),
        plural=Phrases(_words(actors, "plural")),
        class_nouns=Phrases(_words(actors, "class_nouns")),
        titles=Phrases(_words(actors, "titles")),
        lower_split_titles=Phrases(_words(actors, "lower_split_titles")),
        person_prefixes=Phrases(_words(actors, "person_prefixes")),
        plural_person_prefixes=Phrases(_words(actors, "plural_person_prefixes")),
        not_actors=Phrases(_words(actors, "not_actors")),
        name_before_verb=Phrases(_words(phrase, "name_before_verb")),
        glue=Phrases(_words(phrase, "glue")),
        aside=Phrases(_words(phrase, "aside")),
        openers=Phrases(_words(phrase, "openers")),
        conjunctions=Phrases(_words(phrase, "conjunctions")),
        label_subjects=Phrases(_words(phrase, "label_subjects")),
        list_nouns=Phrases(_words(phrase, "list_nouns")),
        subordinators=Phrases(_words(phrase, "subordinators")),
        heading_prefixes=Phrases(_words(phrase, "heading_prefixes")),
    )
