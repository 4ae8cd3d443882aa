"""Optional person names from underthesea's CRF named-entity tagger.

The rule-based reader in :mod:`vbcd.extract.persons` is the default: on these
documents underthesea tags ``đồng chí <Name>`` as a location and headings in
capitals as persons (see docs/libraries.md), so its spans are only a fallback,
filtered by the same name checks. underthesea is an optional extra (``pip
install vbcd[ner]``): it is imported inside the function, never at module
import, so the default path does not pay its start-up cost.

Its ``ner()`` cost grows faster than linearly with the input length, so the
text is fed one line at a time, long lines cut at sentence ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import regex

from vbcd.errors import MissingDependencyError

#: Longest piece given to the tagger at once, in characters.
MAX_PIECE = 400

_SENTENCE_END = regex.compile(r"(?<=[.;:!?])\s+")
_LINE = regex.compile(r"[^\n]+")


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)``: lines, long lines cut at sentence ends, then hard."""
    for line in _LINE.finditer(text):
        start = line.start()
        s = line.group(0)
        if len(s) <= MAX_PIECE:
            if s.strip():
                yield start, s
            continue
        a = 0
        for m in _SENTENCE_END.finditer(s):
            if m.start() - a >= MAX_PIECE // 2:
                yield from _hard_cut(start + a, s[a : m.start()])
                a = m.end()
        if a < len(s):
            yield from _hard_cut(start + a, s[a:])


def _hard_cut(offset: int, s: str) -> Iterator[tuple[int, str]]:
    """Cut an over-long piece at the last space before the limit."""
    a = 0
    while len(s) - a > MAX_PIECE:
        cut = s.rfind(" ", a, a + MAX_PIECE)
        if cut <= a:
            cut = a + MAX_PIECE
        yield offset + a, s[a:cut]
        a = cut
    if s[a:].strip():
        yield offset + a, s[a:]


def _load() -> Callable[..., Any]:
    try:
        from underthesea import ner
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "person NER needs the optional 'underthesea' package: pip install 'vbcd[ner]'"
        ) from exc
    return ner  # type: ignore[no-any-return]


def _locate(piece: str, words: list[str]) -> list[tuple[int, int] | None]:
    """Offsets of the tagger's words in ``piece``, in order (``None`` if not found)."""
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for w in words:
        parts = w.replace("_", " ").split()
        if not parts:
            out.append(None)
            continue
        pattern = r"\s*".join(regex.escape(p) for p in parts)
        m = regex.compile(pattern).search(piece, cursor)
        if m is None:
            out.append(None)
            continue
        out.append(m.span())
        cursor = m.end()
    return out


def underthesea_persons(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that underthesea tags as persons (``B-PER``/``I-PER``).

    Raises :class:`vbcd.errors.MissingDependencyError` when underthesea is not
    installed.
    """
    ner = _load()
    spans: list[tuple[int, int]] = []
    for offset, piece in _pieces(text):
        try:
            tagged = ner(piece)
        except Exception:  # a tagger failure loses one piece, not the document
            continue
        words = [str(t[0]) for t in tagged]
        tags = [str(t[-1]) for t in tagged]
        located = _locate(piece, words)
        current: list[int] | None = None
        for tag, where in zip(tags, located, strict=True):
            if where is None or not tag.endswith("PER"):
                if current is not None:
                    spans.append((current[0], current[1]))
                current = None
                continue
            s, e = offset + where[0], offset + where[1]
            if tag.startswith("B-") or current is None:
                if current is not None:
                    spans.append((current[0], current[1]))
                current = [s, e]
            else:
                current[1] = e
        if current is not None:
            spans.append((current[0], current[1]))
    return spans
