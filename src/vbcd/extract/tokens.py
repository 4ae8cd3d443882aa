"""Fast, offset-exact tokenisation shared by the entity extractors.

Every extractor that works on words (organs, places, and later persons) starts
by cutting the document into tokens with a regex. On a 10 kB document that is
some 2,500 matches, and the ``regex`` module spends about a microsecond on each
match: more than the whole budget of an extractor. Most tokens, though, are
plain syllables standing between two spaces, which ``str.split`` cuts more
than ten times faster. :func:`split` therefore

1. cuts the text at spaces and line breaks with ``str.split`` (C speed);
2. keeps every piece made only of letters and digits (``str.isalnum``) as one
   token, which is what a word pattern would match there;
3. cuts each of the few remaining pieces (``tế,``, ``(UBND``, ``45/QĐ-UBND``)
   with the pattern, once per distinct piece (they repeat: a table keeps them);

and returns exactly what ``pattern.finditer(text)`` would, offsets included.
The per-token work is done by ``map``/``accumulate`` over whole lists, so no
Python code runs per token.

:func:`folded` and :func:`words` keep their result for the last text they were
given: the place and organ finders both need the tone-folded text and its
word tokens (:data:`WORD`), for the same document, one after the other, so
the document is folded and cut once.
"""

from __future__ import annotations

from itertools import accumulate, chain, compress, count, repeat
from operator import add, gt, itemgetter

import regex

from vbcd.normalize import fold_tones

__all__ = ["KEEP_CHARS", "NAME_WORD", "WORD", "folded", "split", "words"]

#: A word token: letters and digits, joined by ``&``/apostrophes (``M'gar``) and
#: then by hyphens (``Covid-19``, ``Cam-pu-chia``); or one other visible character.
WORD = regex.compile(
    r"[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)
#: :data:`WORD` as a name's words are compared (the organ grammar): a hyphen between a
#: letter and a capital joins two words written without the spaces around a dash
#: (``Lao động-Thương binh``, ``BÀ RỊA-VŨNG TÀU``) and is a token of its own, as it
#: is when spaced; one before a small letter or after a digit stays inside its
#: word (``Cam-pu-chia``, ``Covid-19``, ``2021-2025``, ``123-TB``).
NAME_WORD = regex.compile(
    r"[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*"
    r"(?:(?:(?<=\p{N})-|-(?!\p{Lu}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)
#: Word patterns that match at every character but white space: their matches in
#: a piece without white space tile it.
_TILING = frozenset((WORD, NAME_WORD))

# The last text given to ``folded`` and its folded copy; the last text given to
# ``words`` and its tokens. Each is replaced whole (one store), so that threads
# sharing the module never see a text paired with another text's result.
#: Longest string the lookup tables of the extractors keep (longer ones are rare
#: and would only fill memory).
KEEP_CHARS = 64

_last_folded: list[tuple[str, str]] = [("", "")]
_last_words: list[tuple[str, list[int], list[str]]] = [("", [], [])]


def folded(text: str, match: str | None = None) -> str:
    """``fold_tones(text)``, computed once for consecutive calls on one text.

    ``match`` is that copy when the caller has it already (the pipeline keeps
    it as ``Context.match``); it is used if it has the text's length.
    """
    last = _last_folded[0]
    if last[0] is text or last[0] == text:
        return last[1]
    if match is None or len(match) != len(text):
        match = fold_tones(text)
    _last_folded[0] = (text, match)
    return match


def words(folded_text: str) -> tuple[list[int], list[str]]:
    """``split(folded_text, WORD)``, computed once for consecutive calls on one
    text: the organ and place finders read the same document one after the
    other. The lists are shared: callers must not change them."""
    last = _last_words[0]
    if last[0] is folded_text or last[0] == folded_text:
        return last[1], last[2]
    start, surface = split(folded_text, WORD)
    _last_words[0] = (folded_text, start, surface)
    return start, surface


class _Cuts(dict[str, tuple[tuple[str, ...], tuple[int, ...]]]):
    """Piece (text between spaces) → its matches of one pattern, as surfaces and
    offsets in the piece; filled on first sight. The pieces that are not plain
    words repeat a lot (``tế,``, ``(UBND``, ``tỉnh;``), so most are looked up,
    not matched. Emptied if adversarial input makes it grow large; long pieces
    are not kept."""

    limit = 100_000

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        super().__init__()
        self.pattern = pattern

    def __missing__(self, piece: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        if len(self) >= self.limit:
            self.clear()
        if not piece.strip("\t"):
            return (), ()  # tabs only (a word pattern matches no white space)
        cut: tuple[tuple[str, ...], tuple[int, ...]]
        if self.pattern in _TILING and piece.isprintable():
            # no white space of any kind (every white space character is unprintable),
            # and the pattern matches at every other character: the tokens tile the
            # piece, so their offsets are the running sum of their lengths
            surfaces = tuple(self.pattern.findall(piece))
            cut = (surfaces, tuple(accumulate(map(len, surfaces[:-1]), initial=0)))
        else:
            found = list(self.pattern.finditer(piece))
            cut = (tuple(m.group() for m in found), tuple(m.start() for m in found))
        if len(piece) <= KEEP_CHARS:
            self[piece] = cut
        return cut


_cuts: dict[regex.Pattern[str], _Cuts] = {}
_surfaces = itemgetter(0)
_offsets = itemgetter(1)


def split(
    text: str, pattern: regex.Pattern[str], base: int = 0
) -> tuple[list[int], list[str]]:
    """Start offsets (plus ``base``) and surfaces of the matches of ``pattern`` in ``text``.

    The same result as ``[(m.start(), m.group()) for m in pattern.finditer(text)]``
    for a *word pattern*: one with no look-around reaching past a space, whose
    matches never hold a space or a line break nor are empty, and which
    matches a run of letters and digits as one token (``[\\p{L}\\p{N}]+...``).
    For every character that ``str.isalnum`` accepts, ``regex`` agrees that it
    is a letter or a digit (checked by the tests), so an alphanumeric piece
    between spaces is exactly one match.
    """
    pieces = text.replace("\n", " ").split(" ")
    # a piece starts after the pieces before it and one separator each
    offsets = list(map(add, accumulate(map(len, pieces), initial=base), count()))
    plain = list(map(str.isalnum, pieces))
    other = list(compress(range(len(pieces)), map(gt, map(bool, pieces), plain)))
    starts = list(compress(offsets, plain))
    words = list(compress(pieces, plain))
    if not other:
        return starts, words
    cuts = _cuts.get(pattern)
    if cuts is None:
        cuts = _cuts.setdefault(pattern, _Cuts(pattern))
    # the other pieces' matches, each offset by where its piece starts
    got = list(map(cuts.__getitem__, map(pieces.__getitem__, other)))
    found = list(chain.from_iterable(map(_surfaces, got)))
    inner = list(map(_offsets, got))
    piece_start = chain.from_iterable(map(repeat, map(offsets.__getitem__, other), map(len, inner)))
    more = list(map(add, chain.from_iterable(inner), piece_start))
    # both lists are in text order: sorting their concatenation is a linear merge
    surface = dict(zip(starts, words, strict=True))
    surface.update(zip(more, found, strict=True))
    starts.extend(more)
    starts.sort()
    return starts, list(map(surface.__getitem__, starts))
