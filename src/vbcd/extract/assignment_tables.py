"""Tables the assignment grammar derives from the lexicon, built once per lexicon.

Each is cached on the :class:`Lexicon` (``functools.cache``): which tables a token's
first word may open (heads, task words by kind, unit words), how far the grammar may
look ahead or back from a place (the sizes windows and probes are cut to), and the
patterns that find the candidates of a region (:mod:`assignment_cues`). They are apart
from the window because the scanner, the window and the tests ask for them, and they
depend on the word lists only.
"""

from __future__ import annotations

from functools import cache

from vbcd.extract.assignment_cues import CueFinder, CueWords
from vbcd.extract.assignment_lexicon import Lexicon, Phrases

_BULLETS = frozenset("-+•*–")


_MarkerTables = dict[str, tuple[tuple[str, Phrases], ...]]


@cache
def _unit_tables(lex: Lexicon) -> tuple[Phrases, ...]:
    """The tables of a cue, chain, heading word or attendance list at a unit start."""
    return (lex.cues, lex.direct_cues, lex.opening_cues, lex.lead, lex.coordinate,
            lex.heading_prefixes, lex.attendance, lex.row_labels)


@cache
def _unit_words(lex: Lexicon) -> frozenset[str]:
    """Words that may open a cue, chain, heading word or attendance list at a unit
    start: elsewhere those tables need not be asked."""
    return frozenset().union(*(t.firsts for t in _unit_tables(lex)))


@cache
def _head_tables(lex: Lexicon) -> dict[str, frozenset[str]]:
    """For each word that opens a phrase of an actor-head table, those tables: a
    token asks only the tables that can match there. The bare classes count too: a
    sentence's subject with no plural (``Thương nhân đầu mối có trách nhiệm ...``) must
    open a unit though no other table starts with its first word."""
    tables = {
        "person": lex.person_prefixes, "plural_person": lex.plural_person_prefixes,
        "named": lex.named_heads, "related": lex.related_heads,
        "plural": lex.plural, "title": lex.titles, "organ": lex.organ_heads,
        "ambiguous": lex.ambiguous_heads, "capital": lex.capital_heads,
        "placed": lex.placed_heads, "generic": lex.generic_heads,
        "bare": lex.bare_classes, "bare_subject": lex.bare_subjects,
        "item_subject": lex.item_subjects,
    }
    out: dict[str, set[str]] = {}
    for name, table in tables.items():
        for word in table.firsts:
            out.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in out.items()}


@cache
def _organ_goes_on(lex: Lexicon) -> frozenset[str]:
    """First words of what may follow an organ's name inside an actor list."""
    tables = (lex.continuing, lex.conjunctions, lex.glue, lex.aside, lex.plural,
              lex.class_nouns, lex.generic_heads, lex.ambiguous_heads, lex.organ_heads,
              lex.titles, lex.name_before_verb)
    return frozenset().union(*(t.firsts for t in tables))


@cache
def _cue_finder(lex: Lexicon) -> CueFinder:
    """The patterns that find where an assignment can start (see :mod:`assignment_cues`):
    every phrase :meth:`_Window._unit` matches at a unit's first word (cues, chain
    and heading words, actor heads, a plural before a class noun or a title), the phrases that
    open a subordinate clause or an opener, the cues, and the words that end a list."""
    heads = [
        key for table in (
            lex.person_prefixes, lex.plural_person_prefixes, lex.titles, lex.organ_heads,
            lex.ambiguous_heads, lex.capital_heads, lex.generic_heads, lex.bare_classes,
            lex.bare_subjects, lex.item_subjects,
        ) for key in table.phrases()
    ]
    heads += [p + c for p in lex.plural.phrases() for c in lex.class_nouns.phrases()]
    heads += [p + t for p in lex.plural.phrases() for t in lex.titles.phrases()]
    heads += [p + c for p in lex.plural.phrases() for c in lex.capital_heads.phrases()]
    heads += [p + c for p in lex.plural.phrases() for c in lex.placed_heads.phrases()]
    heads += lex.honorifics.phrases()  # skipped by the scanner before the officials
    unit = [
        key for table in (
            lex.cues, lex.direct_cues, lex.opening_cues, lex.lead, lex.coordinate,
            lex.heading_prefixes, lex.attendance, lex.row_labels,
        ) for key in table.phrases()
    ]
    markers = {w for tables in _marker_tables(lex, True).values() for _, t in tables
               for w in t.firsts}
    return CueFinder.build(CueWords(
        unit=unit, heads=heads,
        clauses=lex.subordinators.phrases() + lex.openers.phrases(),
        openers=lex.openers.phrases(),
        cues=lex.cues.phrases() + lex.passive_cues.phrases(),
        after_cue=lex.after_cue.phrases(), markers=sorted(markers),
        then=sorted(lex.then_words),
        fields=(lex.label_subjects.phrases() + lex.lead.phrases() + lex.coordinate.phrases()
                + lex.row_labels.phrases()),
        troubles=lex.condition_troubles.phrases(),
    ))


@cache
def _clause_words(lex: Lexicon) -> frozenset[str]:
    """The first tokens of what may open a unit before a subordinate clause: lead-ins
    (bullets, ``(``, openers) and the subordinators themselves."""
    return frozenset(_BULLETS | {"("} | lex.openers.firsts | lex.subordinators.firsts)


@cache
def _look_ahead(lex: Lexicon) -> int:
    """Tokens the grammar may read past a position it stands on (a head: an
    ambiguous head, a plural and a class noun; a task word; a colon's next word
    and title; a cue and ``cho``; a capitals heading's six tokens; ...)."""
    heads = lex.ambiguous_heads.longest + lex.plural.longest + lex.class_nouns.longest
    words = max(t.longest for t in (
        lex.cues, lex.direct_cues, lex.lead, lex.coordinate, lex.heading_prefixes,
        lex.direct, lex.responsible, lex.task, lex.report, lex.weak, lex.enacting,
        lex.glue, lex.aside, lex.subordinators, lex.list_nouns, lex.label_subjects,
        lex.attendance, lex.row_labels,
    )) + lex.adverbs.longest  # an adverb before a task word (``sẽ báo cáo``)
    colon = 1 + max(lex.person_prefixes.longest, lex.titles.longest)
    return max(heads, words, colon, lex.cues.longest + lex.after_cue.longest,
               lex.openers.longest + 1, 6) + 2


@cache
def _look_back(lex: Lexicon) -> int:
    """Tokens the grammar may read before a position it stands on: the longest phrase
    matched backwards (``class_nouns.ends_at`` before a colon, ``Ban`` and the word
    before it before a task word, an amount before a cue, ...), and the five tokens a
    colon list looks back."""
    tables = (lex.class_nouns, lex.titles, lex.cue_blockers, lex.plural, lex.conjunctions,
              lex.name_before_verb)
    return max(5, max(t.longest for t in tables) + 1,
               lex.amounts.longest + lex.amount_reach + 1)


@cache
def _marker_tables(lex: Lexicon, preamble: bool) -> _MarkerTables:
    """Task-word tables by kind, keyed by the first words of their phrases.

    Ties go to the first table (glue and asides before verbs). In the preamble
    ``UBND tỉnh ban hành Quyết định ...`` enacts the document: a report. Keying
    by first word means a token that starts no task word costs one lookup.
    """
    tables = [
        ("glue", lex.glue), ("aside", lex.aside), ("cue", lex.cues), ("lead", lex.lead),
        ("coordinate", lex.coordinate), ("direct", lex.direct),
        ("responsible", lex.responsible), ("report", lex.report), ("report", lex.blame),
        ("task", lex.task),
        ("weak", lex.weak), ("adverb", lex.adverbs),
    ]
    if preamble:
        tables.insert(0, ("report", lex.enacting))
    words = {w for _, table in tables for w in table.firsts}
    return {w: tuple((k, t) for k, t in tables if w in t.firsts) for w in words}
