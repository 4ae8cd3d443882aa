"""Score parser output against hand-made gold (``tests/fixtures/corpus/FORMAT.md``).

The scorer is a pure function over two plain dicts, the gold annotation and
``Document.model_dump(mode="json")``, so every rule can be tested without the
parser, and a parser crash on one document can be scored as "predicted
nothing" without special cases. :func:`evaluate` runs the parser over a folder,
:func:`aggregate` micro-averages the per-document counts, and
:func:`format_table` renders the result for the terminal or for Markdown docs.

Conventions, shared by every key:

* a key absent from the gold is not scored; ``null`` (or an empty list) means
  "annotated as absent": predicting something is a false positive, predicting
  nothing a true negative (TN), which is counted so that a key whose gold is
  all ``null`` and which the parser leaves empty scores 1.0, not "undefined";
* strings are compared after NFC, :func:`vbcd.normalize.fold_tones` (``uỷ`` and
  ``ủy`` are one spelling), stripping Markdown debris (``*``, ``_``, ``\\``) and
  collapsing whitespace; fuzzy matches also case-fold, because the gold keeps
  the printed case and a matching rule should not hinge on it;
* list keys are matched one-to-one, greedily best-first on the similarity, so
  a prediction can satisfy at most one gold item;
* "on matched" keys (``recipient_purpose``, ``person_positions``,
  ``reference_type``, ``reference_date``, ``deadline_clause``) are scored only
  on pairs their parent key matched: they measure the attribute, not recall of
  the parent, which is already counted once;
* probe keys, ``holidays`` and ``assignments`` are recall-scored: their score
  is recall (for probes precision is defined equal to recall; for assignments
  precision is reported for information only).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from rapidfuzz import fuzz

import vbcd
from vbcd.normalize import fold_tones

# --- keys and groups ------------------------------------------------------------------

SIGNATURE_FIELDS: tuple[str, ...] = ("authority", "on_behalf_of", "title", "name")

STRUCTURE_KEYS: tuple[str, ...] = (
    "doc_type", "number", "issuer", "issue_place", "issue_date", "title", "meeting_date",
    "clauses", "clause", "preamble", "closing", "addressees", "recipients",
    "recipient_purpose", "archive",
    *(f"signature.{f}" for f in SIGNATURE_FIELDS),
)
ENTITY_KEYS: tuple[str, ...] = (
    "dates", "holidays", "references", "reference_type", "reference_date", "persons",
    "person_positions", "agencies", "places", "deadlines", "deadline_clause", "assignments",
)
ALL_KEYS: tuple[str, ...] = STRUCTURE_KEYS + ENTITY_KEYS
GROUPS: dict[str, tuple[str, ...]] = {"structure": STRUCTURE_KEYS, "entity": ENTITY_KEYS}

#: Keys scored by recall alone (see the module docstring).
RECALL_KEYS: frozenset[str] = frozenset(
    {"clause", "preamble", "closing", "holidays", "assignments"}
)
#: Probe keys have no false positives by construction: precision is reported as recall.
PROBE_KEYS: frozenset[str] = frozenset({"clause", "preamble", "closing", "holidays"})

#: Other spellings accepted by ``--keys`` (the gold file's own key names).
KEY_ALIASES: dict[str, str] = {
    "clause_probes": "clause", "preamble_probes": "preamble", "closing_probes": "closing",
}

# Thresholds (0-100, rapidfuzz scale), one per rule in FORMAT.md.
ISSUER_MIN = 92.0
PLACE_MIN = 92.0
TITLE_MIN = 90.0
LIST_MIN = 90.0
POSITION_MIN = 88.0
ACTOR_MIN = 85.0


# --- counts and metrics ---------------------------------------------------------------


@dataclass
class Counts:
    """Confusion counts of one key, for one document or summed over many.

    ``support`` is the number of gold items annotated (documents for scalar
    keys); ``docs`` the number of documents in which the key was annotated.
    """

    support: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    docs: int = 0

    def add(self, other: Counts) -> None:
        self.support += other.support
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn
        self.docs += other.docs

    @property
    def errors(self) -> int:
        return self.fp + self.fn

    def as_dict(self) -> dict[str, int]:
        return {
            "support": self.support, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "tn": self.tn, "docs": self.docs,
        }


@dataclass(frozen=True)
class Metrics:
    """Precision, recall, F1 and the key's headline ``score`` (``None``: undefined)."""

    precision: float | None
    recall: float | None
    f1: float | None
    score: float | None


def metrics(key: str, counts: Counts) -> Metrics:
    """P/R/F1 of ``counts`` under the rule of ``key``.

    Nothing to count but true negatives means everything was right (1.0);
    nothing at all (no annotation, or an "on matched" key with no matched
    pair) is undefined. Precision or recall with an empty denominator is
    undefined but F1 is then 0: something was missed or invented.
    """
    if counts.tp + counts.fp + counts.fn == 0:
        value = 1.0 if counts.tn > 0 else None
        return Metrics(value, value, value, value)
    p = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else None
    r = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else None
    f1 = 2 * counts.tp / (2 * counts.tp + counts.fp + counts.fn)
    if key in PROBE_KEYS:
        return Metrics(r, r, r, r)
    if key in RECALL_KEYS:
        return Metrics(p, r, f1, r)
    return Metrics(p, r, f1, f1)


# --- string normalisation -------------------------------------------------------------

_SPACE = regex.compile(r"\s+")
_DEBRIS = regex.compile(r"[*_\\]")
_CLAUSE_SEP = regex.compile(r"\s*/\s*")


def _norm(text: str) -> str:
    """NFC, one tone convention, no Markdown debris, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = str(_DEBRIS.sub("", fold_tones(text)))
    return str(_SPACE.sub(" ", text)).strip()


def _fold(text: str) -> str:
    """:func:`_norm` and case-folded: the key for case-insensitive rules."""
    return _norm(text).casefold()


def _ratio(a: str, b: str) -> float:
    return float(fuzz.ratio(_fold(a), _fold(b)))


def _compact(text: str) -> str:
    """Document numbers: equal ignoring spaces and case."""
    return _norm(text).replace(" ", "").casefold()


def expand_abbreviations(text: str) -> str:
    """Expand organ abbreviations (``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``) with the
    agency layer's own table, so the scorer and the parser read them alike."""
    from vbcd.extract.agencies import expand_abbreviations as expand

    return expand(text)


def _expanded_ratio(a: str, b: str) -> float:
    """Similarity with and without abbreviation expansion, whichever is higher."""
    return max(_ratio(a, b), _ratio(expand_abbreviations(a), expand_abbreviations(b)))


# --- reading the prediction -----------------------------------------------------------


def _str(value: Any, *fields: str) -> str | None:
    """A non-empty string from a plain string or from the first present field of a dict."""
    if isinstance(value, Mapping):
        for name in fields or ("value",):
            inner = value.get(name)
            if isinstance(inner, str) and inner.strip():
                return inner
        return None
    if isinstance(value, str) and value.strip():
        return value
    return None


def _items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _texts(value: Any, *fields: str) -> list[str]:
    """The strings of a list of strings or of records (``text``, ``name`` ...)."""
    out = []
    for item in _items(value):
        s = _str(item, *fields)
        if s is not None:
            out.append(s)
    return out


def _iso(value: str | None) -> str | None:
    return value.strip()[:10] if value and value.strip() else None


def _iter_clauses(clauses: Any) -> Iterator[Mapping[str, Any]]:
    """Every clause of a predicted tree (``children`` nested), depth first."""
    stack = list(reversed(_items(clauses)))
    while stack:
        clause = stack.pop()
        if not isinstance(clause, Mapping):
            continue
        yield clause
        stack.extend(reversed(_items(clause.get("children"))))


def _clause_path(value: Any) -> str:
    """A clause path with spacing around ``/`` removed; ``None`` is the empty path."""
    if not isinstance(value, str):
        return ""
    return str(_CLAUSE_SEP.sub("/", _norm(value)))


def _related(a: str, b: str) -> bool:
    """Clause paths equal, or one an ancestor of the other on ``/`` boundaries.

    The empty path (outside every clause) is related only to itself: a task set
    in the preamble is not a task set in clause 1.
    """
    if a == b:
        return True
    if not a or not b:
        return False
    return a.startswith(b + "/") or b.startswith(a + "/")


# --- the rules ------------------------------------------------------------------------


def _scalar(
    counts: Counts, gold: str | None, pred: str | None, same: Callable[[str, str], bool],
    *, support: bool = True,
) -> None:
    """TP when equal, FP+FN when both present and different, FN/FP when one-sided.

    ``support=False`` for "on matched" keys, whose support counts every
    annotated gold item, matched or not, and is added by the caller.
    """
    if support:
        counts.support += 1
    if gold is None:
        if pred is None:
            counts.tn += 1
        else:
            counts.fp += 1
    elif pred is None:
        counts.fn += 1
    elif same(gold, pred):
        counts.tp += 1
    else:
        counts.fp += 1
        counts.fn += 1


def _eq_fold(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def _eq_date(a: str, b: str) -> bool:
    return _iso(a) == _iso(b)


def _fuzzy(threshold: float) -> Callable[[str, str], bool]:
    def same(a: str, b: str) -> bool:
        return _eq_fold(a, b) or _ratio(a, b) >= threshold

    return same


def match_one_to_one(
    gold: Sequence[Any], pred: Sequence[Any], score: Callable[[Any, Any], float],
    threshold: float,
) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one matching of pairs scoring at least ``threshold``.

    Pairs are taken in decreasing score (ties in list order), skipping any whose
    gold or predicted item is already used; returns ``(gold_index, pred_index)``.
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                pairs.append((-s, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return sorted(out)


def _count_matches(counts: Counts, n_gold: int, n_pred: int, n_match: int) -> None:
    """P/R/F1 counts of a list key; both lists empty is a true negative."""
    counts.support += n_gold
    counts.tp += n_match
    counts.fn += n_gold - n_match
    counts.fp += n_pred - n_match
    if n_gold == 0 and n_pred == 0:
        counts.tn += 1


def _unique(items: Iterable[str], key: Callable[[str], str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def _probes(counts: Counts, snippets: Any, haystacks: Sequence[str]) -> None:
    """Recall of snippets that must lie, as substrings, in one of ``haystacks``."""
    normed = [_norm(h) for h in haystacks]
    for snippet in _items(snippets):
        if not isinstance(snippet, str):
            continue
        counts.support += 1
        needle = _norm(snippet)
        if needle and any(needle in h for h in normed):
            counts.tp += 1
        else:
            counts.fn += 1


def _clause_haystacks(pred: Mapping[str, Any], path: str) -> list[str]:
    """Texts of the predicted clause(s) with ``path``: its subtree span and its own texts."""
    text = pred.get("text") if isinstance(pred.get("text"), str) else ""
    out: list[str] = []
    for clause in _iter_clauses(pred.get("clauses")):
        if _clause_path(clause.get("path")) != path:
            continue
        start, end = clause.get("start"), clause.get("subtree_end", clause.get("end"))
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end and text:
            out.append(str(text)[start:end])
        own = [c.get("text") for c in _iter_clauses([clause])]
        out.append(" ".join(t for t in own if isinstance(t, str)))
    return out


def _position_texts(pred: Mapping[str, Any], person: Mapping[str, Any]) -> list[list[str]]:
    """Each predicted position as alternatives: its surface span, then title + organ."""
    text = pred.get("text") if isinstance(pred.get("text"), str) else ""
    out = []
    for pos in _items(person.get("positions")):
        if isinstance(pos, str):
            out.append([pos])
            continue
        if not isinstance(pos, Mapping):
            continue
        alts = []
        start, end = pos.get("start"), pos.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end and text:
            alts.append(str(text)[start:end])
        title = _str(pos, "title")
        if title:
            organ = _str(pos, "organ")
            alts.append(f"{title} {organ}" if organ else title)
        if alts:
            out.append(alts)
    return out


def _best(score: Callable[[str, str], float]) -> Callable[[Any, Any], float]:
    """Lift a string similarity to items given as a string or a list of alternatives."""
    def lifted(g: Any, p: Any) -> float:
        gs = g if isinstance(g, list) else [g]
        ps = p if isinstance(p, list) else [p]
        return max(score(a, b) for a in gs for b in ps)

    return lifted


def _pred_dates(pred: Mapping[str, Any]) -> set[str]:
    """ISO days the parser resolved (day or datetime precision, value set)."""
    out = set()
    for item in _items(pred.get("dates")):
        if isinstance(item, str):
            value: str | None = item
        elif isinstance(item, Mapping) and item.get("precision", "day") in ("day", "datetime"):
            value = _str(item, "value")
        else:
            value = None
        iso = _iso(value)
        if iso:
            out.add(iso)
    return out


def _score_structure(
    gold: Mapping[str, Any], pred: Mapping[str, Any], out: dict[str, Counts],
) -> None:
    scalars: tuple[tuple[str, str, Callable[[str, str], bool]], ...] = (
        ("doc_type", "code", _eq_fold),
        ("number", "value", lambda a, b: _compact(a) == _compact(b)),
        ("issuer", "value", _fuzzy(ISSUER_MIN)),
        ("issue_place", "value", _fuzzy(PLACE_MIN)),
        ("issue_date", "value", _eq_date),
        ("title", "value", _fuzzy(TITLE_MIN)),
        ("meeting_date", "value", _eq_date),
    )
    for key, attr, same in scalars:
        if key in gold:
            _scalar(out[key], _str(gold[key], "code"), _str(pred.get(key), attr), same)

    if "clauses" in gold:
        gold_paths = {_clause_path(p) for p in _items(gold["clauses"])} - {""}
        pred_paths = {_clause_path(c.get("path")) for c in _iter_clauses(pred.get("clauses"))}
        pred_paths.discard("")
        _count_matches(
            out["clauses"], len(gold_paths), len(pred_paths), len(gold_paths & pred_paths)
        )
    if isinstance(gold.get("clause_probes"), Mapping):
        for path, snippets in gold["clause_probes"].items():
            _probes(out["clause"], snippets, _clause_haystacks(pred, _clause_path(path)))
    for key, zone in (("preamble", "preamble"), ("closing", "closing")):
        if f"{key}_probes" in gold:
            zone_text = _str(pred.get(zone), "text")
            _probes(out[key], gold[f"{key}_probes"], [zone_text] if zone_text else [])

    for key in ("addressees", "archive"):
        if key in gold:
            g_items, p_items = _texts(gold[key], "text"), _texts(pred.get(key), "text", "value")
            pairs = match_one_to_one(g_items, p_items, _ratio, LIST_MIN)
            _count_matches(out[key], len(g_items), len(p_items), len(pairs))

    if "recipients" in gold:
        g_recs = [r for r in _items(gold["recipients"]) if _str(r, "text")]
        p_recs = [r for r in _items(pred.get("recipients")) if _str(r, "text")]
        pairs = match_one_to_one(
            [_str(r, "text") for r in g_recs], [_str(r, "text") for r in p_recs],
            _ratio, LIST_MIN,
        )
        _count_matches(out["recipients"], len(g_recs), len(p_recs), len(pairs))
        purpose = out["recipient_purpose"]
        purpose.support += sum(1 for r in g_recs if isinstance(r, Mapping) and "purpose" in r)
        for i, j in pairs:
            g, p = g_recs[i], p_recs[j]
            if isinstance(g, Mapping) and "purpose" in g:
                _scalar(
                    purpose, _str(g, "purpose"), _str(p, "purpose"), _eq_fold, support=False
                )

    if "signature" in gold:
        g_sig = gold["signature"]
        p_sig = pred.get("signature")
        p_sig = p_sig if isinstance(p_sig, Mapping) else {}
        g_fields = dict(g_sig) if isinstance(g_sig, Mapping) else {"authority": None}
        for name in SIGNATURE_FIELDS:
            if name in g_fields:
                _scalar(
                    out[f"signature.{name}"], _str(g_fields, name), _str(p_sig, name), _eq_fold
                )


def _score_entities(
    gold: Mapping[str, Any], pred: Mapping[str, Any], out: dict[str, Counts],
) -> None:
    p_dates = _pred_dates(pred)
    if "dates" in gold:
        g_dates = {d for d in (_iso(x) for x in _texts(gold["dates"])) if d}
        _count_matches(out["dates"], len(g_dates), len(p_dates), len(g_dates & p_dates))
    if "holidays" in gold:
        hol = out["holidays"]
        for item in _items(gold["holidays"]):
            day = _iso(_str(item, "date"))
            if day:
                hol.support += 1
                if day in p_dates:
                    hol.tp += 1
                else:
                    hol.fn += 1

    if "references" in gold:
        _score_references(gold["references"], pred.get("references"), out)

    if "persons" in gold:
        g_persons = {
            _norm(name): person
            for person in _items(gold["persons"])
            if (name := _str(person, "name"))
        }
        p_persons: dict[str, Mapping[str, Any]] = {}
        for person in _items(pred.get("persons")):
            name = _str(person, "name")
            if name and isinstance(person, Mapping):
                p_persons.setdefault(_norm(name), person)
        matched = g_persons.keys() & p_persons.keys()
        _count_matches(out["persons"], len(g_persons), len(p_persons), len(matched))
        positions = out["person_positions"]
        for name, g_person in g_persons.items():
            g_pos = _texts(g_person.get("positions") if isinstance(g_person, Mapping) else None)
            positions.support += len(g_pos)
            if name not in matched:
                continue
            p_pos = _position_texts(pred, p_persons[name])
            pairs = match_one_to_one(g_pos, p_pos, _best(_ratio), POSITION_MIN)
            positions.tp += len(pairs)
            positions.fn += len(g_pos) - len(pairs)
            positions.fp += len(p_pos) - len(pairs)
            if not g_pos and not p_pos:
                positions.tn += 1

    if "agencies" in gold:
        g_ag = _unique(_texts(gold["agencies"], "name"), _fold)
        p_ag: list[list[str]] = []
        seen: set[str] = set()
        for agency in _items(pred.get("agencies")):
            name = _str(agency, "name")
            if not name or _fold(name) in seen:
                continue
            seen.add(_fold(name))
            canonical = _str(agency, "canonical")
            p_ag.append([name, canonical] if canonical else [name])
        pairs = match_one_to_one(g_ag, p_ag, _best(_expanded_ratio), LIST_MIN)
        _count_matches(out["agencies"], len(g_ag), len(p_ag), len(pairs))

    if "places" in gold:
        g_pl = {_norm(p) for p in _texts(gold["places"], "name")}
        p_pl = {_norm(p) for p in _texts(pred.get("places"), "name")}
        _count_matches(out["places"], len(g_pl), len(p_pl), len(g_pl & p_pl))

    if "deadlines" in gold:
        _score_deadlines(gold["deadlines"], pred.get("deadlines"), out)

    if "assignments" in gold:
        g_as = [a for a in _items(gold["assignments"]) if _str(a, "actor")]
        p_as = [a for a in _items(pred.get("assignments")) if _str(a, "actor")]

        def actor_score(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
            if not _related(_clause_path(g.get("clause")), _clause_path(p.get("clause"))):
                return 0.0
            return _expanded_ratio(str(_str(g, "actor")), str(_str(p, "actor")))

        pairs = match_one_to_one(g_as, p_as, actor_score, ACTOR_MIN)
        _count_matches(out["assignments"], len(g_as), len(p_as), len(pairs))


def _score_references(gold_refs: Any, pred_refs: Any, out: dict[str, Counts]) -> None:
    """Numbers as a set; type and date on matched numbers.

    The parser emits one reference per mention, so predictions are merged by
    number, keeping the first type and date given for it.
    """
    g_refs: dict[str, Mapping[str, Any]] = {}
    for ref in _items(gold_refs):
        number = _str(ref, "number")
        if number and isinstance(ref, Mapping):
            g_refs.setdefault(_compact(number), ref)
    p_refs: dict[str, dict[str, str | None]] = {}
    for ref in _items(pred_refs):
        number = _str(ref, "number")
        if not number or not isinstance(ref, Mapping):
            continue
        merged = p_refs.setdefault(_compact(number), {"type": None, "date": None})
        for attr in ("type", "date"):
            if merged[attr] is None:
                merged[attr] = _str(ref, attr)
    matched = g_refs.keys() & p_refs.keys()
    _count_matches(out["references"], len(g_refs), len(p_refs), len(matched))
    for attr, same in (("type", _eq_fold), ("date", _eq_date)):
        counts = out[f"reference_{attr}"]
        for number, ref in g_refs.items():
            if attr not in ref:
                continue
            counts.support += 1
            if number in matched:
                _scalar(counts, _str(ref, attr), p_refs[number][attr], same, support=False)


def _score_deadlines(gold_dl: Any, pred_dl: Any, out: dict[str, Counts]) -> None:
    """Dates as multisets; within one date, pairs prefer the same, then a related, clause."""
    g_by: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    p_by: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for items, by in ((gold_dl, g_by), (pred_dl, p_by)):
        for item in _items(items):
            day = _iso(_str(item, "date"))
            if day and isinstance(item, Mapping):
                by[day].append(item)
    n_gold = sum(map(len, g_by.values()))
    n_pred = sum(map(len, p_by.values()))
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    for day, g_items in g_by.items():
        p_items = p_by.get(day, [])

        def closeness(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
            a, b = _clause_path(g.get("clause")), _clause_path(p.get("clause"))
            return 2.0 if a == b else 1.0 if _related(a, b) else 0.0

        for i, j in match_one_to_one(g_items, p_items, closeness, 0.0):
            pairs.append((g_items[i], p_items[j]))
    _count_matches(out["deadlines"], n_gold, n_pred, len(pairs))
    clause = out["deadline_clause"]
    clause.support += sum(1 for g in g_by.values() for item in g if "clause" in item)
    for g, p in pairs:
        if "clause" not in g:
            continue
        g_path, p_path = _clause_path(g.get("clause")), _clause_path(p.get("clause"))
        _scalar(clause, g_path, p_path, _related, support=False)


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, Counts]:
    """Counts per key for one document; keys the gold does not annotate are left out.

    ``pred`` is ``Document.model_dump(mode="json")`` (or any dict of that shape;
    scalar fields may be plain strings); ``{}`` scores as "predicted nothing".
    """
    out: dict[str, Counts] = defaultdict(Counts)
    _score_structure(gold, pred, out)
    _score_entities(gold, pred, out)
    result = {}
    for key in ALL_KEYS:
        if key in out:
            counts = out[key]
            counts.docs = 1
            result[key] = counts
    return result


def aggregate(per_doc: Iterable[Mapping[str, Counts]]) -> dict[str, Counts]:
    """Micro-average: sum the counts of each key over documents (in :data:`ALL_KEYS` order)."""
    totals: dict[str, Counts] = {}
    for counts in per_doc:
        for key, c in counts.items():
            totals.setdefault(key, Counts()).add(c)
    return {key: totals[key] for key in ALL_KEYS if key in totals}


def group_means(
    totals: Mapping[str, Counts], keys: Iterable[str] | None = None,
) -> dict[str, float | None]:
    """Mean score per group over its keys that were annotated and have a defined score."""
    selected = set(keys) if keys is not None else set(ALL_KEYS)
    means: dict[str, float | None] = {}
    for group, members in GROUPS.items():
        scores = [
            s for key in members
            if key in selected and key in totals and totals[key].docs
            and (s := metrics(key, totals[key]).score) is not None
        ]
        means[group] = sum(scores) / len(scores) if scores else None
    return means


# --- running over a corpus ------------------------------------------------------------

ParseFn = Callable[[Path], Any]


@dataclass
class DocResult:
    """One document's counts, or the error that stopped it from being parsed."""

    stem: str
    counts: dict[str, Counts]
    error: str | None = None


@dataclass
class Report:
    """Everything :func:`evaluate` measured."""

    documents: list[DocResult] = field(default_factory=list)
    missing_text: list[str] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Counts]:
        return aggregate(d.counts for d in self.documents)

    @property
    def errors(self) -> list[DocResult]:
        return [d for d in self.documents if d.error is not None]

    def means(self, keys: Iterable[str] | None = None) -> dict[str, float | None]:
        return group_means(self.totals, keys)

    def to_dict(self, keys: Sequence[str] | None = None, per_doc: bool = False) -> dict[str, Any]:
        """JSON-ready form: per-key counts and metrics, group means, errors."""
        selected = list(keys) if keys is not None else list(ALL_KEYS)
        totals = self.totals
        table = {}
        for key in selected:
            if key not in totals:
                continue
            m = metrics(key, totals[key])
            table[key] = {
                "group": _group_of(key), **totals[key].as_dict(),
                "precision": m.precision, "recall": m.recall, "f1": m.f1, "score": m.score,
                "recall_scored": key in RECALL_KEYS,
            }
        data: dict[str, Any] = {
            "documents": len(self.documents),
            "errors": [{"document": d.stem, "error": d.error} for d in self.errors],
            "missing_text": self.missing_text,
            "means": self.means(selected),
            "keys": table,
        }
        if per_doc:
            data["per_document"] = {
                d.stem: {k: c.as_dict() for k, c in d.counts.items() if k in selected}
                for d in self.documents
            }
        return data


def _group_of(key: str) -> str:
    return "structure" if key in STRUCTURE_KEYS else "entity"


def _default_parse(path: Path) -> Any:
    return vbcd.parse_file(path)


def _as_dict(doc: Any) -> Mapping[str, Any]:
    if isinstance(doc, Mapping):
        return doc
    dump = getattr(doc, "model_dump", None)
    if callable(dump):
        data = dump(mode="json")
        if isinstance(data, Mapping):
            return data
    raise TypeError(f"parser returned {type(doc).__name__}, not a Document or dict")


def evaluate(gold_dir: Path, text_dir: Path, parse: ParseFn | None = None) -> Report:
    """Parse every ``text_dir/<stem>.txt`` that has ``gold_dir/<stem>.json`` and score it.

    A failure on one document (unreadable gold, parser exception) is recorded
    as that document's error and never stops the run; a parser failure scores
    the document as "predicted nothing", so its annotated keys count as misses.
    """
    parse_fn = parse or _default_parse
    report = Report()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        stem = gold_path.stem
        text_path = Path(text_dir) / f"{stem}.txt"
        if not text_path.is_file():
            report.missing_text.append(stem)
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if not isinstance(gold, Mapping):
                raise ValueError("gold file is not a JSON object")
        except (OSError, ValueError) as exc:
            report.documents.append(DocResult(stem, {}, f"gold: {type(exc).__name__}: {exc}"))
            continue
        error = None
        try:
            pred = _as_dict(parse_fn(text_path))
        except Exception as exc:  # any parser failure is one document's error
            error = f"{type(exc).__name__}: {exc}"
            pred = {}
        try:
            counts = score_document(gold, pred)
        except Exception as exc:  # a malformed prediction or gold must not stop the run
            error = error or f"scoring: {type(exc).__name__}: {exc}"
            counts = score_document(gold, {})
        report.documents.append(DocResult(stem, counts, error))
    return report


# --- rendering ------------------------------------------------------------------------


def resolve_keys(names: Iterable[str]) -> list[str]:
    """Key names for ``--keys``: keys, gold aliases, ``structure``/``entity``, ``signature``.

    Raises :class:`ValueError` naming the first unknown key.
    """
    out: list[str] = []
    for raw in names:
        name = KEY_ALIASES.get(raw.strip(), raw.strip())
        if not name:
            continue
        if name in GROUPS:
            found = list(GROUPS[name])
        elif name in ALL_KEYS:
            found = [name]
        else:
            found = [k for k in ALL_KEYS if k.startswith(name + ".")]
        if not found:
            raise ValueError(f"unknown key {raw!r}; known: {', '.join(ALL_KEYS)}")
        out.extend(k for k in found if k not in out)
    return [k for k in ALL_KEYS if k in out]


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def summary_line(report: Report, keys: Sequence[str] | None = None) -> str:
    """``structure mean F1 0.953 · entity mean F1 0.912 · 25 documents · 0 errors``."""
    means = report.means(keys)
    n_err = len(report.errors)
    return (
        f"structure mean F1 {_fmt(means['structure'])} · entity mean F1 {_fmt(means['entity'])}"
        f" · {len(report.documents)} documents · {n_err} error{'s' if n_err != 1 else ''}"
    )


def format_table(
    report: Report, markdown: bool = False, keys: Sequence[str] | None = None,
) -> str:
    """The per-key table, a note on recall-scored keys, and the summary as the last line."""
    totals = report.totals
    selected = [k for k in (keys if keys is not None else ALL_KEYS) if k in totals]
    header = ["key", "support", "TP", "FP", "FN", "P", "R", "F1"]
    rows = []
    for key in selected:
        c, m = totals[key], metrics(key, totals[key])
        name = f"{key} †" if key in RECALL_KEYS else key
        rows.append([
            name, str(c.support), str(c.tp), str(c.fp), str(c.fn),
            _fmt(m.precision), _fmt(m.recall), _fmt(m.score),
        ])
    note = "† recall-scored: the F1 column holds recall"
    lines: list[str] = []
    if markdown:
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|---|" + "---:|" * (len(header) - 1))
        lines.extend("| " + " | ".join(row) + " |" for row in rows)
        lines.append("")
        lines.append(f"{note}.")
        lines.append("")
        lines.append(f"**{summary_line(report, selected)}**")
    else:
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        previous = "structure"
        for key, row in [("", header), *zip(selected, rows, strict=True)]:
            if key and _group_of(key) != previous:
                lines.append("")  # a blank line between the two groups
                previous = _group_of(key)
            cells = [row[0].ljust(widths[0])]
            cells += [v.rjust(w) for v, w in zip(row[1:], widths[1:], strict=True)]
            lines.append("  ".join(cells).rstrip())
        lines.append(note)
        for doc in report.errors:
            lines.append(f"error: {doc.stem}: {doc.error}")
        lines.append(summary_line(report, selected))
    return "\n".join(lines)


def format_per_doc(report: Report, keys: Sequence[str] | None = None) -> str:
    """One line per document: its group means and the keys it got wrong (``key FP/FN``)."""
    selected = list(keys) if keys is not None else list(ALL_KEYS)
    lines = []
    for doc in report.documents:
        counts = {k: c for k, c in doc.counts.items() if k in selected}
        means = group_means(counts, selected)
        misses = " ".join(
            f"{k}:{c.fp}/{c.fn}" for k, c in counts.items() if c.fp or c.fn
        )
        status = f" ERROR {doc.error}" if doc.error else ""
        lines.append(
            f"{doc.stem}  structure {_fmt(means['structure'])}  entity {_fmt(means['entity'])}"
            f"{status}  misses(FP/FN): {misses or '-'}"
        )
    return "\n".join(lines)
