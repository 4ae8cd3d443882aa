"""CoNLL-2003-style token/BIO files from a Document's entity mentions.

Format: a ``-DOCSTART- O`` line and a blank line open each document; then one
token per line, ``TOKEN TAG`` separated by a space (tokens never contain
whitespace), and a blank line between sentences. Tags are BIO over PER, ORG,
LOC, DATE, REF (:data:`vbcd.export.entities.LABELS`).

Tokens are found by a regular expression over ``doc.text`` itself, never by a
normaliser that rewrites the text (underthesea's does), so every token is a
slice of the text and :func:`align` can put a CoNLL file back onto it. Words
are Vietnamese syllables (the unit spaces delimit); numbers and codes stay
whole (``04/02/2021``, ``45/QĐ-UBND``). A token that straddles an entity edge
is cut there, so entity spans always fall on token boundaries and survive the
round trip exactly.

Sentences end at blank lines, and at sentence punctuation followed by a line
break or a capital; a single line break alone does not end one, because PDF
conversions wrap lines mid-sentence. No sentence break falls inside an entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from vbcd.export.entities import EntitySpan, export_entities
from vbcd.models import Document

# A word with inner joiners kept (``V/v``, ``1.2``, ``QĐ-UBND``, ``10,5``), or any
# single other non-space character. The joiner must be followed by a word
# character, so the pattern cannot backtrack over the same characters twice.
_TOKEN = regex.compile(r"\w+(?:[./\-:,]\w+)*|\S")
_FINAL = frozenset({".", "!", "?", "…", ";", ":"})
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
_TIMEOUT = 10.0


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str, cuts: Iterable[int] = ()) -> list[Token]:
    """Offset-carrying tokens of ``text``; a token containing a cut is split there."""
    cut_set = sorted(set(cuts))
    out: list[Token] = []
    ci = 0
    for m in _TOKEN.finditer(text, timeout=_TIMEOUT):
        start, end = m.span()
        while ci < len(cut_set) and cut_set[ci] <= start:
            ci += 1
        j = ci
        while j < len(cut_set) and cut_set[j] < end:
            out.append(Token(start, cut_set[j], text[start:cut_set[j]]))
            start = cut_set[j]
            j += 1
        out.append(Token(start, end, text[start:end]))
    return out


def split_sentences(text: str, tokens: Sequence[Token],
                    protected: Sequence[EntitySpan] = ()) -> list[list[Token]]:
    """Group tokens into sentences (see the module docstring for the rules)."""
    inside = bytearray(len(text) + 1)
    for span in protected:
        inside[span.start + 1:span.end] = b"\x01" * (span.end - span.start - 1)
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        current.append(tok)
        if i + 1 == len(tokens):
            break
        nxt = tokens[i + 1]
        if inside[nxt.start]:
            continue
        gap = text[tok.end:nxt.start]
        if _BLANK_LINE.search(gap) or (tok.text in _FINAL and (
                "\n" in gap or (gap and nxt.text[:1].isupper()))):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def bio_tags(tokens: Sequence[Token], entities: Sequence[EntitySpan]) -> list[str]:
    """BIO tag of each token; entities must not overlap (use export_entities)."""
    tags = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    for ent in entities:
        i = starts.get(ent.start)
        if i is None:
            continue
        tags[i] = f"B-{ent.label}"
        i += 1
        while i < len(tokens) and tokens[i].end <= ent.end:
            tags[i] = f"I-{ent.label}"
            i += 1
    return tags


def conll_sentences(doc: Document) -> list[list[tuple[Token, str]]]:
    """The document as sentences of (token, tag) pairs."""
    entities = export_entities(doc)
    cuts = [x for e in entities for x in (e.start, e.end)]
    tokens = tokenize(doc.text, cuts)
    tag_of = dict(zip((t.start for t in tokens), bio_tags(tokens, entities), strict=True))
    return [[(t, tag_of[t.start]) for t in sent]
            for sent in split_sentences(doc.text, tokens, entities)]


def to_conll(doc: Document) -> str:
    """One document in CoNLL format, ``-DOCSTART-`` first, ending with a blank line."""
    lines = ["-DOCSTART- O", ""]
    for sent in conll_sentences(doc):
        lines.extend(f"{tok.text} {tag}" for tok, tag in sent)
        lines.append("")
    return "\n".join(lines) + "\n"


def read_conll(data: str) -> list[list[list[tuple[str, str]]]]:
    """Parse CoNLL text back: documents of sentences of (token, tag)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []

    def flush() -> None:
        if sentence:
            if not docs:
                docs.append([])
            docs[-1].append(list(sentence))
            sentence.clear()

    for line in data.splitlines():
        if not line.strip():
            flush()
            continue
        token, _, tag = line.rpartition(" ")
        if token == "-DOCSTART-":
            flush()
            docs.append([])
            continue
        sentence.append((token, tag))
    flush()
    return docs


def align(text: str, tokens: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of each token in ``text``, searched left to right.

    Raises ValueError when a token is not found: the CoNLL file does not
    belong to this text.
    """
    out = []
    pos = 0
    for token in tokens:
        i = text.find(token, pos)
        if i < 0:
            raise ValueError(f"token {token!r} not found after offset {pos}")
        out.append((i, i + len(token)))
        pos = i + len(token)
    return out


def spans_from_bio(offsets: Sequence[tuple[int, int]],
                   tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, label)`` of BIO-tagged tokens.

    An ``I-`` tag without a matching open entity starts one (the lenient
    CoNLL reading), so damaged files still give spans.
    """
    spans: list[tuple[int, int, str]] = []
    open_: list[int | str] | None = None
    for (start, end), tag in zip(offsets, tags, strict=True):
        kind, _, label = tag.partition("-")
        if kind == "I" and open_ is not None and open_[2] == label:
            open_[1] = end
            continue
        if open_ is not None:
            spans.append((int(open_[0]), int(open_[1]), str(open_[2])))
            open_ = None
        if kind in ("B", "I") and label:
            open_ = [start, end, label]
    if open_ is not None:
        spans.append((int(open_[0]), int(open_[1]), str(open_[2])))
    return spans
