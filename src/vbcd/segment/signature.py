"""Signature block, and what follows it (footnotes, annexes).

The block is: authority mark + the body signed for (``KT. CHỦ TỊCH``, Party
``T/L BAN THƯỜNG VỤ``), possibly a second authority line, the position line(s),
then the signer's name, with ``(Đã ký)``-style noise anywhere. Flattened
sources put it all on one line (``TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH
Trần Văn Chiến``); the position table then splits the upper-case run.
Position words misspelt in the source (``CHANH VĂN PHÒNG``) are corrected
against the table with rapidfuzz, and the correction is reported as a warning.

A narrow table cell or PDF column wraps a title or body between any two of its
words (``PHÓ CHỦ`` / ``NHIỆM``, ``PHÓ`` / ``CHỦ NHIỆM``, ``KT. CHỦ`` / ``TỊCH``):
up to :data:`WRAP_LINES` lines of the block whose words together are a title or
body of the tables are read as one line spanning them (:func:`_unwrapped`), before
the block is split into body and position.
"""

from __future__ import annotations

import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import overload

import regex
from rapidfuzz import fuzz, process

from vbcd.extract.organ_tables import ALL_SURNAMES
from vbcd.extract.person_scan import caps_name
from vbcd.grammar import load
from vbcd.grammar import patterns as P
from vbcd.grammar.patterns import is_upper_line
from vbcd.models import Annex, Signature
from vbcd.normalize import COLUMN_GAP, fold_tones
from vbcd.pipeline import Context
from vbcd.segment.body import parse_clauses
from vbcd.segment.lines import Line, first_line_ending_after
from vbcd.segment.recipients import signer_after_codes
from vbcd.segment.signature_heading import heading_start, organ_heading, organ_lead
from vbcd.segment.text import ITEM_MARKS, SEAL_LINE, is_lone_mark, is_signature_noise
from vbcd.segment.text import collapse as _collapse_ws
from vbcd.syllables import strip_marks

_TITLE_VOCAB = sorted(set(P.SIGNATURE_TITLES) | set(P.SIGNATURE_BODIES))
#: Skeleton (small letters, no marks) -> the form a phrase in capitals takes.
_UPPER_FORMS: dict[str, str] = load("unmarked")["restore"]["upper"]
_TITLE_WORDS = max(len(t.split()) for t in _TITLE_VOCAB)
#: Words of a signer's own post in small letters under a committee's title (``Giám đốc
#: Sở Công Thương tỉnh``), at most: a longer line is running text.
_CONCURRENT_WORDS = 12
#: The position titles alone: what may stand before a name on its line.
_POSITION_VOCAB = sorted(set(P.SIGNATURE_TITLES))


def _bare_vocab() -> dict[str, str]:
    """The titles and bodies of the tables keyed by their skeleton without marks
    (:func:`strip_marks`), a skeleton two entries share left out: OCR drops or
    changes tone marks (``CHU TICH``, ``CHÚ TỊCH``) beyond what a fuzzy ratio on a
    short title forgives, but the skeleton of a whole line still names one entry."""
    found: dict[str, set[str]] = {}
    for t in _TITLE_VOCAB:
        found.setdefault(strip_marks(t), set()).add(t)
    out = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    # a skeleton two titles share is read as the form a line of capitals takes in the
    # mark-restoring tables (``THU TRUONG``: the deputy minister's ``THỨ TRƯỞNG`` of every
    # ministry's ``KT. BỘ TRƯỞNG``, not a Party agency head's ``THỦ TRƯỞNG``), so an OCR
    # slip of one mark (``THÚ TRƯỞNG``, one edit from both) takes the common title
    for k, v in found.items():
        form = _UPPER_FORMS.get(k.lower(), "").upper()
        if len(v) > 1 and form in v:
            out[k] = form
    return out


_BARE_VOCAB = _bare_vocab()
_FIX_THRESHOLD = 90.0
SEARCH_LINES = 14
#: Runs of capitals of one line looked at for a signature title.
MAX_UPPER_RUNS = 200


@dataclass
class _Seg:
    start: int
    end: int
    text: str


#: An apostrophe inside a word of a name (``H'Yim``, ``H’Hen``: Ê Đê women's names), or
#: closing a name's initial typed apart from its syllable (``H' Yim``).
_NAME_APOSTROPHE = re.compile(
    r"(?<=\w)['’](?=\w)|(?<=^[" + "".join(load("persons")["surnames"]["initials"])
    + r"])['’]$")


#: A one-word name: an initial glued by an apostrophe to a syllable (``K'Hòa``, ``H'Nhi``:
#: the K'Ho, Ê Đê and Gia Rai initials of persons.toml), or one capitalised word of three
#: letters or more.
_ONE_WORD_NAME = regex.compile(
    r"(?:[" + "".join(load("persons")["surnames"]["initials"]) + r"]['’]\p{Lu}"
    r"|\p{Lu}(?=[\p{Ll}\p{M}]{2}))[\p{Ll}\p{M}]+\.?")
_NOT_ONE_WORD_NAMES = frozenset(load("persons")["surnames"]["initial_words_not_names"])


def _one_word_name(s: str) -> bool:
    """Is ``s`` a signer's name of one word (``K'Hòa``, ``K’Măng``)? Read only on the
    block's last line under its position, where nothing else stands."""
    s = s.strip()
    return (_ONE_WORD_NAME.fullmatch(s) is not None and s.rstrip(".") not in
            _NOT_ONE_WORD_NAMES and not _is_title(s.upper()))


def _name_like(s: str) -> bool:
    s = s.strip()
    if not s or len(s) > 45 or any(map(str.isdigit, s)):
        return False
    words = s.rstrip(".").split()
    if not 2 <= len(words) <= 5:
        return False
    bare = [_NAME_APOSTROPHE.sub("", w) for w in words]
    # a middle name cut to its initial (``Nguyễn T. Hồng``, ``Lê V. Nam``)
    last = len(bare) - 1
    return all(w[:1].isupper() and (
                   w.isalpha() or (0 < i < last and _INITIAL_DOT.match(w) is not None))
               and not (w.isupper() and len(w) > 1 and w[1:] != ".")
               for i, w in enumerate(bare))


#: A capital and a dot: a middle name's initial.
_INITIAL_DOT = regex.compile(r"\p{Lu}\.\Z")


_UPPER_RUN = regex.compile(
    r"(?<!\S)[\p{Lu}Đ]+(?!\p{Ll})[,.]?(?:[ \t]+[\p{Lu}Đ]+(?!\p{Ll})[,.]?)*"
)

#: Lower-case letters of Vietnamese and ASCII (all ``\p{Ll}``), and upper-case ones.
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
#: What may start an upper-case run: anything but blanks, ASCII that is no capital, and
#: lower-case letters (a superset of ``[\p{Lu}Đ]``).
_MAY_BE_CAPITAL = "[^\\s\\x00-\\x40\\x5b-\\x7f" + _LOWER + "]"
#: Where :data:`_UPPER_RUN` may match (a superset, found by ``re``): a capital after a
#: blank or at the start, capitals, then no lower-case letter. Matched one character at
#: a time, so no place is skipped.
_UPPER_RUN_AT = re.compile(
    _MAY_BE_CAPITAL + "(?<!\\S" + _MAY_BE_CAPITAL + ")"
    + "(?=" + _MAY_BE_CAPITAL + "*?(?![" + _LOWER + "]))"
)
_FORM_FIRSTS = "".join(sorted({re.escape(f[0]) for f in P.AUTHORITY_FORMS}))
#: Where :data:`vbcd.grammar.patterns.AUTHORITY` may match (a superset, found by
#: ``re``): a form after a blank, ``.,;`` or at the start, then blanks and a non-blank.
_MARK_AT = re.compile(
    "[" + _FORM_FIRSTS + "](?<![^\\s.,;][" + _FORM_FIRSTS + "])(?=(?:"
    + "|".join(re.escape(f[1:]) for f in sorted(P.AUTHORITY_FORMS, key=len, reverse=True))
    + ")[ \\t]*\\S)"
    # a form a scan split with a blank (``T/ M``, ``K T.``): see ``_DAMAGED_AUTH``
    + "|(?<!\\S)[TK](?=[ \\t]?[./][ \\t]?[MTL]|[ \\t][MTL])"
    # a spelled-out authority (``THAY MẶT``, ``Ký thay``, ``QUYỀN``): its first word's
    # letters after a blank or at the start, any case and tone
    + "|(?<!\\S)(?=(?i:" + "|".join(sorted(
        {P.words_alt_any_tone([k.split()[0]]) for k in P.SPELLED_AUTHORITY}))
    + ")[ \\t])"
)


def _gated(
    pattern: regex.Pattern[str], gate: re.Pattern[str], text: str, pos: int = 0
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, pos)``, the pattern tried only where ``gate`` (a
    superset, found by ``re``) says a match may start."""
    while (c := gate.search(text, pos)) is not None:
        m = pattern.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = max(m.end(), c.start() + 1)


def _marks(text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
    """``P.AUTHORITY.finditer(text, pos)``, with the engine jumping between likely places."""
    return _gated(P.AUTHORITY, _MARK_AT, text, pos)


def _upper_runs(text: str) -> Iterator[regex.Match[str]]:
    """``_UPPER_RUN.finditer(text)``, tried only where a run may start."""
    return _gated(_UPPER_RUN, _UPPER_RUN_AT, text)


class _Segments(Sequence[_Seg]):
    """The free segments of a range of lines, cut only as far as they are read.

    The block finder looks at the first few segments and the collector stops
    at the first one that is no part of the block, so a range that runs to the
    end of a long annex is never cut whole.
    """

    def __init__(self, pieces: Iterator[_Seg]) -> None:
        self._pieces: Iterator[_Seg] | None = pieces
        self._cut: list[_Seg] = []

    def _upto(self, n: int) -> None:
        """Cut pieces until ``n`` are cut or none is left."""
        cut = self._cut
        while self._pieces is not None and len(cut) < n:
            piece = next(self._pieces, None)
            if piece is None:
                self._pieces = None
            else:
                cut.append(piece)

    def __len__(self) -> int:
        self._upto(sys.maxsize)
        return len(self._cut)

    @overload
    def __getitem__(self, k: int) -> _Seg: ...

    @overload
    def __getitem__(self, k: slice) -> list[_Seg]: ...

    def __getitem__(self, k: int | slice) -> _Seg | list[_Seg]:
        if isinstance(k, slice):
            if k.stop is None or k.stop < 0 or (k.start or 0) < 0 or k.step not in (None, 1):
                self._upto(sys.maxsize)
            else:
                self._upto(k.stop)
            return self._cut[k]
        self._upto(sys.maxsize if k < 0 else k + 1)
        return self._cut[k]

    def __iter__(self) -> Iterator[_Seg]:
        k = 0
        while True:
            self._upto(k + 1)
            if k >= len(self._cut):
                return
            yield self._cut[k]
            k += 1


def _free_segments(ctx: Context, taken: list[tuple[int, int]], lo: int, hi: int) -> _Segments:
    """Non-blank pieces of lines in ``[lo, hi)`` not taken by the recipient list.

    ``taken`` is :func:`_taken_spans`.
    """
    return _Segments(_free_pieces(ctx, taken, lo, hi))


def _taken_spans(ctx: Context) -> list[tuple[int, int]]:
    """The recipient list's spans and its head word, sorted and merged (:func:`_union`),
    less the signature lines printed to the right of its items (two columns read line
    by line), which belong to the signature block."""
    taken = sorted(ctx.cache.get("recipient_spans", []))
    head = ctx.zones.get("recipients")
    if head is not None:
        hm = P.RECIPIENTS_HEAD.match(ctx.match, head[0])
        if hm:
            taken = sorted([*taken, (hm.start(), hm.end())])
    merged = _union(ctx.doc.text, taken)
    tails = ctx.cache.get("recipient_tails")
    return _carve(merged, sorted(tails)) if tails else merged


def _carve(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted disjoint ``spans`` less the sorted disjoint ``holes``."""
    out: list[tuple[int, int]] = []
    k = 0
    for a, b in spans:
        while k < len(holes) and holes[k][1] <= a:
            k += 1
        j = k
        while j < len(holes) and holes[j][0] < b:
            ha, hb = holes[j]
            if ha > a:
                out.append((a, ha))
            a = max(a, hb)
            j += 1
        if a < b:
            out.append((a, b))
    return out


def _free_pieces(
    ctx: Context, taken: list[tuple[int, int]], lo: int, hi: int
) -> Iterator[_Seg]:
    """The pieces of :func:`_free_segments`, in text order.

    Lines and the disjoint spans both run forward: one pointer each, linear
    time; the lines inside one span are jumped over.
    """
    text = ctx.doc.text
    lines = ctx.lines
    i = first_line_ending_after(lines, lo)
    first = 0
    while i < len(lines):
        ln = lines[i]
        if ln.start >= hi:
            break
        i += 1
        if not ln.text:
            continue
        pos = max(ln.start, lo)
        end = min(ln.end, hi)
        while first < len(taken) and taken[first][1] <= pos:
            first += 1
        k = first
        while k < len(taken) and taken[k][0] < end:
            a, b = taken[k]
            k += 1
            if a > pos:
                yield from _cleaned(text, pos, a)
            pos = max(pos, b)
        if pos < end:
            yield from _cleaned(text, pos, end)
        elif pos > ln.end:  # a span runs on past this line: the lines it covers are taken
            i = max(i, first_line_ending_after(lines, pos))


def _cleaned(text: str, a: int, b: int) -> Iterator[_Seg]:
    """The piece ``[a, b)`` without leading ``" \t.;,"`` (and an OCR'd bullet-like tilde:
    ``~- PHO CHỦ NHIỆM`` beside a recipient item) and trailing blanks, if any is left."""
    while a < b and text[a] in _STRIPPED:
        a += 1
    if a < b and text[a] == "~":
        a = _TILDE_MARK.match(text, a, b).end()  # type: ignore[union-attr]
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b > a:
        yield _Seg(a, b, text[a:b])


#: What :func:`_cleaned` strips from the start of a piece: a piece of these only is none.
_STRIPPED = " \t.;,"
#: A tilde an OCR engine read for a bullet, with the dash after it: no signature
#: line starts with one.
_TILDE_MARK = re.compile(r"~[-–]?[ \t]*")


def _union(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones merged.

    Spans with nothing but line breaks, blanks and ``.;,`` between them are
    merged too: the pieces there would be stripped to nothing. Cutting a line
    by the union thus gives the same pieces, and disjoint spans let the caller
    walk them once.
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and (a <= out[-1][1] or not text[out[-1][1] : a].strip(_STRIPPED + "\n")):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _opens_upper(text: str) -> bool:
    """Does the line open with words in capitals (``BỘ TRƯỞNG ...``, maybe followed by
    the name on the same line)?"""
    prefix = _upper_prefix(text)
    return len(prefix) >= 3 and is_upper_line(prefix)


def _block_start(segs: Sequence[_Seg]) -> int | None:
    """Offset of the signature block among ``segs``, or ``None``."""
    head = segs[: SEARCH_LINES + 1]
    for k, sg in enumerate(head[:SEARCH_LINES]):
        if is_lone_mark(sg.text) and k + 1 < len(head) and _opens_upper(head[k + 1].text):
            return sg.start + sg.text.index(sg.text.strip())
        m = next(_marks(sg.text), None)
        if m and (m.start() == 0 or sg.text[:m.start()].rstrip().endswith((".", ")"))
                  or not is_upper_line(sg.text[:m.start()])
                  or P.SIGNATURE_LEAD_BEFORE.search(sg.text, 0, m.start()) is not None
                  or organ_lead(sg.text[:m.start()])):
            # (an organ's name before the mark: a joint block's heading in its cell)
            first = _bare_block_above(head[:k])
            return first if first is not None else sg.start + m.start()
        if m and _COLUMN_GAP.search(sg.text, 0, m.start()) is not None and _side_by_side(sg):
            # a record's role beside the organ's block (``ĐẠI DIỆN HỘ GIA ĐÌNH      TM.
            # ỦY BAN NHÂN DÂN``): the block starts with the line's first column
            return sg.start + len(sg.text) - len(sg.text.lstrip())
    for k, sg in enumerate(head[:SEARCH_LINES]):
        if _wrap_count([s.text for s in head[k:k + WRAP_LINES]]) > 1 and _opens_upper(
                sg.text):
            # a title wrapped by a narrow column (``PHÓ CHỦ`` / ``TỊCH``): no line of
            # it need be a title on its own
            return sg.start + len(sg.text) - len(sg.text.lstrip())
        # a signature line holds a few runs of capitals; a megabyte line of them
        # (garbage, or a heading spelt out) is not read to its end
        for m in islice(_upper_runs(sg.text), MAX_UPPER_RUNS):
            run = m.group(0)
            if len(run) < 4 or not _is_title(run):
                continue
            rest = sg.text[m.end():]
            nxt = head[k + 1].text if k + 1 < len(head) else ""
            if not rest.strip() and _opens_preamble(nxt):
                break  # the enacting authority over ``Căn cứ ...``: no signature
            if _opens_position(run, _ROLES) and not _opens_position(run, _OFFICES) and not (
                    _name_like(rest) or _name_like(nxt) or is_upper_line(nxt)
                    or _is_noise(nxt) or _side_by_side(sg)):
                # a record's role heads its signer's column (``THƯ KÝ`` / ``(Ký, ghi rõ
                # họ tên)``, or beside another); alone over prose it is a heading of the
                # body (``ĐẠI DIỆN UBND XÃ`` / ``Ông Trần Văn A - Phó Chủ tịch ...``)
                continue
            if (_name_like(rest) or _name_like(nxt) or is_upper_line(nxt) or not rest.strip()
                    or _name_before_caps(rest)):
                return sg.start + m.start()
    return None


def _bare_block_above(above: Sequence[_Seg]) -> int | None:
    """Where a whole signer's block without an authority mark starts among the pieces
    ``above`` an authority line: an office's title in capitals, its name on the next
    piece (``BỘ TRƯỞNG BỘ NỘI VỤ`` / ``Lê Văn A`` over ``KT. BỘ TRƯỞNG BỘ Y TẾ`` / ...).
    A joint document's first signer, printed first (the left cell, read before the
    right), heads the signature; the marked block is its co-signer."""
    for j in range(len(above) - 1):
        title = above[j].text.strip(" *")
        if (is_upper_line(title) and _opens_position(title, _OFFICES)
                and _name_like(above[j + 1].text.strip(" *"))):
            return above[j].start + len(above[j].text) - len(above[j].text.lstrip(" *"))
    return None


def _name_before_caps(rest: str) -> bool:
    """Does ``rest`` (what follows a position title on its line) open with the signer's
    name and go on with words in capitals (``BỘ TRƯỞNG Đặng Văn A CHƯƠNG TRÌNH ...``)? A
    crawler joined the attachment's title to the signer's line; :func:`_collect` cuts
    the name there, and the block must be found even without an authority mark."""
    m = _CAPS_AFTER.search(rest)
    return m is not None and _name_like(rest[:m.start()])


#: A list item's mark before the first words of a preamble line (``- Căn cứ ...``).
_ITEM_LEAD = regex.compile(rf"^\s*[{ITEM_MARKS}]\s*")


def _opens_preamble(seg: str) -> bool:
    """Does ``seg`` open a preamble (``Căn cứ ...``, ``- Căn cứ ...``), the enacting
    formula (``QUYẾT ĐỊNH:``) or a council's session line (``KHÓA XIV, KỲ HỌP THỨ 16``)?
    The line in capitals above it is the enacting authority (``ỦY BAN NHÂN DÂN TỈNH X``,
    ``HỘI ĐỒNG NHÂN DÂN TỈNH X``), never a signature: nothing signed is followed by the
    grounds of the act or the session that adopts it."""
    seg = _ITEM_LEAD.sub("", seg, count=1)
    folded = fold_tones(seg)
    if P.BODY_START.match(folded) is not None or P.SESSION_LINE.match(folded) is not None:
        return True
    m = P.TYPE_LINE.match(folded.strip())
    return m is not None and seg.strip()[m.end():].strip() == ":"


class _UpperWords(dict[str, bool]):
    """Whether a word has no letter but capitals, per word seen (shared by documents)."""

    def __missing__(self, word: str) -> bool:
        # a small ``l`` among capitals is OCR's ``I`` (``PHÓ GlÁM ĐỐC``, ``CHỦ TỊCl``)
        low = {c for c in word if c.isalpha() and not c.isupper()}
        upper = not low or (low == {"l"} and sum(map(str.isupper, word)) >= 2)
        if len(self) < 50_000 and len(word) < 40:
            self[word] = upper
        return upper


_UPPER_WORDS = _UpperWords()


def _upper_prefix(seg: str) -> str:
    """The upper-case words at the start of ``seg`` (punctuation kept)."""
    words = seg.split(" ")
    upper = list(map(_UPPER_WORDS.__getitem__, words))
    n = upper.index(False) if False in upper else len(words)
    return " ".join(words[:n]).strip()


#: Longest title of the vocabulary.
_TITLE_MAX = max(len(t) for t in _TITLE_VOCAB)


def _is_title(s: str) -> bool:
    """Whether ``s`` starts with a title of the vocabulary or is one, misspelt a little.

    The key is ``fold_tones(collapse(s)).upper().strip(" ,.")``; folding and upper
    case keep the blanks and ``,.`` where they are and no character becomes
    shorter, so a long run (a line of capitals) is keyed by its start only: a
    fuzzy ratio of 90 needs the lengths within 11 to 9, and folding changes a
    word's last two letters at most.
    """
    text = collapse(s).strip(" ,.")
    if 9 * len(text) > 11 * _TITLE_MAX:
        head = fold_tones(text[: _TITLE_MAX + 8]).upper()
        return any(head.startswith(t) for t in _TITLE_VOCAB)
    key = fold_tones(collapse(s)).upper().strip(" ,.")
    if not key:
        return False
    return any(key.startswith(t) for t in _TITLE_VOCAB) or _bare_title(key) is not None or bool(
        process.extractOne(key, _TITLE_VOCAB, scorer=fuzz.ratio, score_cutoff=_FIX_THRESHOLD)
    )


def _bare_title(key: str) -> str | None:
    """The entry of the tables whose skeleton without marks is the whole of ``key``
    (``CHU TICH``: ``CHỦ TỊCH``), if one entry has it; else ``None``."""
    return _BARE_VOCAB.get(strip_marks(key))


def _correct(ctx: Context, s: str, start: int, end: int) -> str:
    if "l" in s and s.replace("l", "I").isupper():
        s = s.replace("l", "I")  # OCR's small ``l`` for ``I`` (``CHỦ TlCH``)
    key = fold_tones(s).upper()
    if key in _TITLE_VOCAB:
        return s
    fixed_bare = _bare_title(key)
    if fixed_bare is not None:
        ctx.doc.warn("typo_corrected", f"signature position {s!r} read as {fixed_bare!r}",
                     start, end)
        return fixed_bare
    best = process.extractOne(key, _TITLE_VOCAB, scorer=fuzz.ratio, score_cutoff=_FIX_THRESHOLD)
    if best is None:
        return s
    fixed = str(best[0])
    # keep the source's tone placement when only that differs; and a body or title of
    # the tables followed by words (``ỦY BAN NHÂN DÂN XÃ``, the level of the council
    # signed for) is no typo of it: a correction drops no word, only a stray letter
    # (``PHÓ CHỦ TỊCH Đ``, a name's initial run into the position)
    if fixed == key or _extends(key, fixed):
        return s
    ctx.doc.warn("typo_corrected", f"signature position {s!r} read as {fixed!r}", start, end)
    return fixed


def _extends(key: str, entry: str) -> bool:
    """Whether ``key`` is the vocabulary ``entry`` followed by words of two letters at
    least (a single letter after a title is debris, not a word of the name)."""
    if not key.startswith(entry + " "):
        return False
    return all(len(w) >= 2 and w.isalpha() for w in key[len(entry):].split())


def parse_signature(ctx: Context) -> None:
    """Find and parse the signature block, then the annexes after it."""
    doc = ctx.doc
    text = doc.text
    body_start = ctx.cache.get("body_start", 0)
    rz = ctx.zones.get("recipients")
    taken = _taken_spans(ctx)
    before_list = False
    if rz is not None:
        segs = _free_segments(ctx, taken, rz[0], len(text))
        start = _block_start(segs)
        above = _mark_above(ctx, taken, body_start, rz[0], start)
        if above is not None:
            start, segs = above
        if start is None:
            # signature before the recipient list (the other column order)
            segs = _free_segments(ctx, taken, max(body_start, rz[0] - 600), rz[0])
            start = _block_start(segs)
            before_list = start is not None
    else:
        segs = _free_segments(ctx, taken, max(body_start, _tail_window(ctx)), len(text))
        start = _block_start(segs)
        if start is None:
            # no recipient list and something attached after the signature (a Quy chế
            # "ban hành kèm theo"): the first segment opening with an authority mark
            start, segs = _first_mark(ctx, taken, body_start)
        if start is None:
            # the same without a mark: a bare title over the signer's name
            start, segs = _first_title(ctx, taken, body_start)
    if start is None:
        if rz is not None:
            _name_only(ctx, _free_segments(ctx, taken, rz[0], len(text)))
            if doc.signature is None:
                _annexes_without_signature(ctx, rz[1])
        return
    # the header only: the body's text and the block's own lines are no seal's source
    found, name = _collect(segs, start, text[:min(_HEAD_CHARS, body_start or start, start)])
    if name is None and before_list and rz is not None:
        # a table read row by row put the name among the recipient items: the first
        # piece after the list's head that the list did not take
        rest = next(iter(_free_segments(ctx, taken, rz[0], len(text))), None)
        if rest is not None and (_name_like(rest.text.strip(" *")) or caps_name(
                rest.text.strip(" *"))):
            a = rest.start + len(rest.text) - len(rest.text.lstrip(" *"))
            name = (a, a + len(rest.text.strip(" *")))
    if name is None and found:
        name = _stamp_signer(segs, start)
    if name is None and found:
        name = _name_after_archive(ctx)
    if not found and name is None:
        return
    others: list[_Block] = []
    joint = _joint_blocks(text, segs, start) or _row_blocks(segs, found, name)
    if joint is None and name is not None and _name_follows(text, segs, name):
        joint = _table_blocks(text, segs, start)
    if joint is not None:
        (found, name), *others = joint
    sig = _signed(ctx, found, name, start)
    if name is None:
        doc.warn("no_signer", "the signature block has no signer's name", start, sig.end)
    elif joint is None:
        others = _stacked_blocks(segs, sig.end)
    sig.co_signers = [_signed(ctx, f, n, f[0].start) for f, n in others]
    end = max([sig.end, *(co.end for co in sig.co_signers)])
    sig = _organ_first(sig)
    doc.signature = sig
    # a joint block's organ heading above its mark is the signature's, not the body's
    heading = heading_start(text, start)
    ctx.zones["signature"] = (start if heading is None else heading, end)
    # a block beside the list's first lines (two columns) ends before the list does:
    # what follows the signature starts after both
    _annexes(ctx, max(end, rz[1]) if rz is not None else end)


#: The signer's field of a digital-signature stamp printed in a signed PDF's text layer
#: (``Người ký: Nguyễn Văn A``, ``Ký bởi: Lê Thị B``), its value the group.
_STAMP_SIGNER = re.compile(r"(?:Người\s+ký|Ký\s+bởi)\s*:\s*(.+?)\s*$")


#: How much of the document's opening :func:`_seal_line` looks in for a seal's organ.
_HEAD_CHARS = 400


def _stamp_signer(segs: Sequence[_Seg], start: int) -> tuple[int, int] | None:
    """The signer's name a block without a printed name carries in its digital-signature
    stamp (``KT. BỘ TRƯỞNG`` / ``THỨ TRƯỞNG`` / ``Người ký: Nguyễn Văn A`` / ``Email: ...``):
    the stamp's field when it holds a person's name, opening on a family name (an organ's
    certificate, ``Ký bởi: Ủy ban nhân dân tỉnh X``, ``Người ký: Bộ Tài chính``, is none)."""
    for sg in islice((sg for sg in segs if sg.start >= start), SEARCH_LINES):
        m = _STAMP_SIGNER.match(sg.text)
        if m is None:
            continue
        value = m.group(1)
        if _name_like(value) and fold_tones(value.split()[0]).casefold() in ALL_SURNAMES:
            return sg.start + m.start(1), sg.start + m.end(1)
    return None


def _name_after_archive(ctx: Context) -> tuple[int, int] | None:
    """The signer's name a linearised two-column scan glued to the end of the ``Lưu``
    line, beside which the name stood (the block above has a mark and a position but no
    name): read by the recipients' finder, which cuts the archive before it."""
    line = ctx.doc.archive_line
    if line is None:
        return None
    text = ctx.doc.text
    end = text.find("\n", line.start)
    seg = text[line.start:len(text) if end < 0 else end]
    glued = signer_after_codes(seg, len(seg))
    if glued is None:
        return None
    return line.start + glued[1], line.start + len(seg.rstrip(" \t."))


def _organ_first(sig: Signature) -> Signature:
    """The document's signature among a record's signers (``NGƯỜI VI PHẠM``, ``ĐẠI DIỆN
    HỘ GIA ĐÌNH`` beside ``TM. ỦY BAN NHÂN DÂN``): the first block with an authority
    mark when the first has none, the others its co-signers in their order."""
    if sig.authority is not None or _opens_position(
            sig.titles[0] if sig.titles else sig.title or "", _OFFICES):
        # (an office's head signs first in a joint document, not a record's role)
        return sig
    k = next((i for i, co in enumerate(sig.co_signers) if co.authority is not None), None)
    if k is None:
        return sig
    main = sig.co_signers[k]
    main.co_signers = [sig, *sig.co_signers[:k], *sig.co_signers[k + 1:]]
    sig.co_signers = []
    return main


def _signed(
    ctx: Context, found: list[_Seg], name: tuple[int, int] | None, start: int,
) -> Signature:
    """The signature read from one block's pieces in capitals (``found``) and its
    signer's name span, the block starting at ``start``."""
    sig = _interpret(ctx, found)
    end = found[-1].end if found else start
    if name is not None:
        sig.name = collapse(ctx.doc.text[name[0]:name[1]])
        sig.name_start, sig.name_end = name
        end = max(end, name[1])
    sig.start, sig.end = start, end
    return sig


#: A wide run of blanks inside a line (a tab, or four blanks or more): the gap between
#: the columns of a joint document's signers printed side by side.
_COLUMN_GAP = re.compile(r" *\t[ \t]*| {" + str(COLUMN_GAP) + ",}")
#: Signers a joint document may have side by side or stacked (two or three organs).
MAX_SIGNERS = 3

_Block = tuple[list[_Seg], tuple[int, int] | None]


def _column_pieces(sg: _Seg) -> list[_Seg]:
    """The piece ``sg`` cut at its wide blank runs (:data:`_COLUMN_GAP`)."""
    out: list[_Seg] = []
    pos = 0
    for m in _COLUMN_GAP.finditer(sg.text):
        if m.start() > pos:
            out.append(_Seg(sg.start + pos, sg.start + m.start(), sg.text[pos:m.start()]))
        pos = m.end()
    if pos < len(sg.text):
        out.append(_Seg(sg.start + pos, sg.end, sg.text[pos:]))
    return out


def _opens_block(seg: str) -> bool:
    """Does ``seg`` open a signer's block: an authority mark before capitals (``KT.
    GIÁM ĐỐC``), or a line in capitals that opens with a title of the tables?"""
    seg = seg.strip()
    m = next(_marks(seg), None)
    if m is not None and m.start() == 0:
        return _opens_upper(seg[m.end():])
    return is_upper_line(seg) and _is_title(seg)


def _side_by_side(sg: _Seg) -> bool:
    """Does the piece ``sg`` hold two or three columns apart by wide blank runs, each
    opening a signer's block (:func:`_opens_block`)?"""
    cols = _column_pieces(sg)
    return 2 <= len(cols) <= MAX_SIGNERS and all(_opens_block(c.text) for c in cols)


def _center(text: str, sg: _Seg) -> float:
    """The middle of the piece ``sg``, counted in characters from its line's start."""
    return (sg.start + sg.end) / 2 - (text.rfind("\n", 0, sg.start) + 1)


def _joint_blocks(text: str, segs: Sequence[_Seg], start: int) -> list[_Block] | None:
    """The blocks of a joint document's signers printed side by side, each its pieces
    in capitals and its name span (:func:`_collect` of a column), left to right; None
    unless the block's first line holds two or three columns apart by wide blank runs,
    each opening a block (``GIÁM ĐỐC SỞ Y TẾ      GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO``),
    and every column ends with a name. A recipient list beside the one signer's block
    is taken before this is read, so its items are no column.

    The lines below are cut the same way; a line with as many pieces as columns gives
    one to each, any other piece goes to the column whose middle is nearest (a name
    or ``(Đã ký)`` under one column only)."""
    head = [sg for sg in segs[:SEARCH_LINES] if sg.end > start]
    if not head:
        return None
    first = head[0]
    if first.start < start:
        first = _Seg(start, first.end, first.text[start - first.start:])
    if not _side_by_side(first):
        return None
    cols = _column_pieces(first)
    centers = [_center(text, c) for c in cols]
    pieces = [[c] for c in cols]
    for sg in head[1:]:
        parts = _column_pieces(sg)
        for k, part in enumerate(parts):
            if len(parts) != len(cols):
                mid = _center(text, part)
                k = min(range(len(cols)), key=lambda j: abs(centers[j] - mid))
            pieces[k].append(part)
    blocks = [_collect(col, col[0].start) for col in pieces]
    if not all(found and name is not None for found, name in blocks):
        return None
    return blocks


def _row_blocks(
    segs: Sequence[_Seg], found: list[_Seg], name: tuple[int, int] | None,
) -> list[_Block] | None:
    """The blocks of a record's signers printed side by side in a table read row by row
    (``THƯ KÝ`` / ``CHỦ TRÌ`` / ``(Đã ký)`` / ``(Đã ký)`` / ``Phạm Thị Thu`` / ``Đặng Văn
    Minh``): two or three lines each a title of the tables, one a record's role (a
    signer holds one role), then as many names, one a line; each role takes the name
    in its rank. None if the block is not so."""
    if name is None or not 2 <= len(found) <= MAX_SIGNERS:
        return None
    keys = [fold_tones(collapse(sg.text)).upper().strip(" ,.") for sg in found]
    if not all(k in _TITLE_VOCAB for k in keys) or not any(k in _ROLES for k in keys):
        return None
    names = [name]
    for sg in segs:
        if len(names) == len(found):
            break
        if sg.start < name[1] or _is_noise(sg.text) or _STRAY.match(sg.text) is not None:
            continue
        piece = sg.text.strip()
        if not (_name_like(piece) or _one_word_name(piece)):
            return None
        a = sg.start + len(sg.text) - len(sg.text.lstrip())
        names.append((a, a + len(piece)))
    if len(names) != len(found):
        return None
    return [([sg], n) for sg, n in zip(found, names, strict=True)]


def _name_follows(text: str, segs: Sequence[_Seg], name: tuple[int, int]) -> bool:
    """Is the piece right after the name, on the next line, another name (the cheap
    cue of :func:`_table_blocks`: a table's last row read one cell a line)?"""
    nxt = next((sg for sg in islice(segs, SEARCH_LINES) if sg.start >= name[1]), None)
    return (nxt is not None and text.count("\n", name[1], nxt.start) == 1
            and _collect([nxt], nxt.start)[1] is not None)


def _table_rows(text: str, segs: Sequence[_Seg], start: int) -> list[list[_Seg]]:
    """The pieces of the block from ``start`` grouped in rows: a blank line ends a row
    (a Markdown table's cells read one a line, its rows apart by blank lines)."""
    rows: list[list[_Seg]] = []
    prev: _Seg | None = None
    for sg in islice((sg for sg in segs if sg.end > start), SEARCH_LINES):
        if prev is None or text.count("\n", prev.end, sg.start) > 1:
            rows.append([])
        rows[-1].append(sg)
        prev = sg
    return rows


def _marked(seg: str) -> bool:
    """Does ``seg`` open with an authority mark before capitals?"""
    m = next(_marks(seg), None)
    return m is not None and m.start() == 0 and _opens_upper(seg[m.end():])


def _row_cells(row: list[_Seg], k: int) -> list[list[_Seg]] | None:
    """The row's pieces dealt to ``k`` cells: one a cell when there are ``k``, else cut
    before each piece opening with an authority mark (a cell's ``<br>`` lines: ``PHÓ BÍ
    THƯ`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``); None when that does not give ``k``."""
    if len(row) == k:
        return [[sg] for sg in row]
    if len(row) % k == 0 and all(_marked(sg.text) for sg in row[:k]):
        # rows without the blank line between them (``TM. ĐẢNG ỦY`` / ``TM. ỦY BAN
        # NHÂN DÂN`` / ``BÍ THƯ`` / ``CHỦ TỊCH``): dealt round
        return [row[j::k] for j in range(k)]
    cells: list[list[_Seg]] = [[row[0]]]
    for sg in row[1:]:
        if _marked(sg.text):
            cells.append([sg])
        else:
            cells[-1].append(sg)
    return cells if len(cells) == k else None


def _table_blocks(text: str, segs: Sequence[_Seg], start: int) -> list[_Block] | None:
    """The blocks of two or three signers side by side in a Markdown table whose cells
    were read one a line, row after row (``TM. ĐẢNG ỦY`` / ``TM. ỦY BAN NHÂN DÂN``, then
    ``BÍ THƯ`` / ``CHỦ TỊCH``, then ``Nguyễn Văn A`` / ``Trần Thị B``): the rows end with
    one of two or three names, one a signer; the first row must deal one block opener to
    each (:func:`_opens_block`), every row one piece a signer or pieces cut at marks
    (:func:`_row_cells`). None unless the block is so: read as one block, the first
    signer's name and the last signer's title went together."""
    rows = _table_rows(text, segs, start)
    if len(rows) < 2:
        return None
    last = next((i for i, row in enumerate(rows) if i and all(
        not _collect([sg], sg.start)[0] and _collect([sg], sg.start)[1] is not None
        for sg in row)), None)
    if last is None:
        return None
    k = len(rows[last])
    if not 2 <= k <= MAX_SIGNERS:
        return None
    cols: list[list[_Seg]] = [[] for _ in range(k)]
    for i, row in enumerate(rows[:last]):
        cells = _row_cells(row, k)
        if cells is None:
            if i and all(_is_noise(sg.text) for sg in row):
                continue
            return None
        if i == 0 and not all(_opens_block(c[0].text) and (
                j == 0 or _marked(c[0].text) or not _marked(cells[0][0].text))
                for j, c in enumerate(cells)):
            # (a mark's line over a bare title is one signer's: ``TM. ỦY BAN NHÂN
            # DÂN`` / ``CHỦ TỊCH``)
            return None
        for col, cell in zip(cols, cells, strict=True):
            col.extend(cell)
    for col, sg in zip(cols, rows[last], strict=True):
        col.append(sg)
    blocks = [_collect(col, col[0].start) for col in cols]
    if not all(found and name is not None for found, name in blocks):
        return None
    return blocks


def _stacked_blocks(segs: Sequence[_Seg], end: int) -> list[_Block]:
    """The blocks of a joint document's other signers printed one under the other after
    the first signer's name (which ends at ``end``): each must open right after the
    block before it, noise aside (:func:`_opens_block`), and end with a name."""
    out: list[_Block] = []
    while len(out) < MAX_SIGNERS - 1:
        rest = list(islice((sg for sg in segs if sg.start >= end), SEARCH_LINES))
        first = next((sg for sg in rest if not _is_noise(sg.text)
                      and _STRAY.match(sg.text) is None), None)
        if first is not None and not _opens_block(first.text):
            first = _past_heading(rest, first)
        if first is None or not _opens_block(first.text):
            break
        found, name = _collect(rest, first.start)
        if not found or name is None:
            break
        out.append((found, name))
        end = name[1]
    return out


def _past_heading(rest: Sequence[_Seg], first: _Seg) -> _Seg | None:
    """The piece opening the next stacked block past its organ heading (``SỞ GIÁO DỤC
    VÀ ĐÀO TẠO`` over ``KT. GIÁM ĐỐC``, or before the mark on its line), if any."""
    m = next(_marks(first.text), None)
    if m is not None and m.start() and organ_lead(first.text[:m.start()]):
        return _Seg(first.start + m.start(), first.end, first.text[m.start():])
    if organ_heading(first.text):
        return next((sg for sg in rest if sg.start > first.start), None)
    return None


def _mark_above(
    ctx: Context, taken: list[tuple[int, int]], lo: int, head: int, start: int | None,
) -> tuple[int, _Segments] | None:
    """The authority line just above the recipient list's heading, when the block's
    other lines stand beside the list (two columns read line by line)::

                                    TM. ỦY BAN NHÂN DÂN
        Nơi nhận:                   CHỦ TỊCH
        - Như trên;

    The block found from the heading on must start on the heading's line or the
    next, without a mark of its own; the line above must open with a mark followed
    by capitals. Returns the block's start and the pieces to read from it."""
    text = ctx.doc.text
    if start is None or text.count("\n", head, start) > 1:
        return None
    line_end = text.find("\n", start)
    if next(_marks(text[start:line_end if line_end >= 0 else len(text)]), None) is not None:
        return None  # the block has its own mark
    above = [sg for sg in _free_segments(ctx, taken, max(lo, head - ABOVE_CHARS), head)
             if not _is_noise(sg.text)]
    if not above:
        return None
    sg = above[-1]
    stripped = sg.text.lstrip()
    m = next(_marks(stripped), None)
    if m is None or m.start() or not _opens_upper(stripped[m.end():]):
        return None
    a = sg.start + len(sg.text) - len(stripped)
    line_start = text.rfind("\n", 0, a) + 1
    return a, _free_segments(ctx, taken, line_start, len(text))


#: How far above the recipient list's heading :func:`_mark_above` looks.
ABOVE_CHARS = 300


def _first_mark(ctx: Context, taken: list[tuple[int, int]],
                lo: int) -> tuple[int | None, _Segments]:
    """The first line from ``lo`` on that opens with an authority mark before a body or
    title in capitals (``TM. ỦY BAN NHÂN DÂN``), wherever it stands, and the segments
    from its line on (what :func:`_collect` reads). Candidates come from one scan of
    the text; only :data:`MARK_CANDIDATES` of them are checked."""
    text = ctx.doc.text
    for m in islice(P.SIGNATURE_MARK_LINE.finditer(text, lo), MARK_CANDIDATES):
        line_start = text.rfind("\n", 0, m.start()) + 1
        segs = _free_segments(ctx, taken, line_start, len(text))
        head = list(islice(segs, 2))
        if not head:
            continue
        sg = head[0]
        mm = next(_marks(sg.text), None)
        if mm is None:
            continue
        lead = sg.text[:mm.start()]
        if lead.strip() and P.SIGNATURE_LEAD_BEFORE.search(lead) is None:
            continue
        if _opens_upper(sg.text[mm.end():]) or (len(head) > 1 and _opens_upper(head[1].text)):
            return sg.start + mm.start(), _free_segments(ctx, taken, line_start, len(text))
    return None, _free_segments(ctx, taken, lo, lo)


#: Lines opening with an authority mark checked for a signature without a recipient list.
MARK_CANDIDATES = 20

#: A line that is a position title of the tables and nothing else (``BỘ TRƯỞNG``), in
#: capitals, matched on the tone-folded text (a trie, found by ``re``: the whole text
#: after the body's start may be scanned).
_TITLE_LINE = re.compile(
    r"^[ \t]*(?:" + P.trie_alternation(
        P.SIGNATURE_TITLES, lambda c: r"[ \t]+" if c == " " else re.escape(c))
    + r")[ \t]*$", re.MULTILINE)


def _first_title(ctx: Context, taken: list[tuple[int, int]],
                 lo: int) -> tuple[int | None, _Segments]:
    """The first line from ``lo`` on that is a bare position title (``BỘ TRƯỞNG``) with
    the signer's name on the next line that holds anything, and the segments from it on:
    a signature without a mark or recipient list, an annex printed after it (so that it
    is not among the last lines). Only :data:`MARK_CANDIDATES` lines are checked."""
    text = ctx.doc.text
    for m in islice(_TITLE_LINE.finditer(ctx.match, lo), MARK_CANDIDATES):
        segs = _free_segments(ctx, taken, m.start(), len(text))
        head = [sg for sg in islice(segs, 4) if not _is_noise(sg.text)
                and _STRAY.match(sg.text) is None][:2]
        if len(head) == 2 and (_name_like(head[1].text) or caps_name(head[1].text.strip())):
            sg = head[0]
            return sg.start, segs
    return None, _free_segments(ctx, taken, lo, lo)


def _tail_window(ctx: Context) -> int:
    """Without a recipient list, look for the signature in the last lines only."""
    count = 0
    for ln in reversed(ctx.lines):
        if not ln.blank:
            count += 1
            if count == 12:
                return ln.start
    return 0


def _title_words(s: str) -> bool:
    words = s.strip().rstrip(".").split()
    return bool(words) and len(words) <= 4 and (all(
        w[:1].isupper() and _NAME_APOSTROPHE.sub("", w).isalpha()
        and not (w.isupper() and len(w) > 1) for w in words) or _name_like(s))


_BLANKS = regex.compile(r"\s+")
#: Characters ``str.split`` takes for blanks and ``regex`` does not (``\s`` there).
_ODD_BLANKS = "\x1c\x1d\x1e\x1f"
_ODD = re.compile("[" + _ODD_BLANKS + "]")  # one of them, found in C


def collapse(s: str) -> str:
    """:func:`vbcd.segment.text.collapse`: blank runs to one space, ends stripped.

    ``str.split`` does it in one C loop when ``s`` has none of the characters
    it alone takes for blanks (long lines of a flattened block are common).
    """
    if _ODD.search(s) is not None:
        return _collapse_ws(s)
    return " ".join(s.split())


def _is_noise(seg: str) -> bool:
    """:func:`vbcd.segment.text.is_signature_noise` of a piece of one line.

    Without a line break the squeezing there turns every run of blanks into
    one space; the noise pattern allows blanks at both ends, so collapsing
    the piece gives the same answer without a call per run.
    """
    if "\n" in seg:
        return is_signature_noise(seg)
    if _ODD.search(seg) is not None:
        return P.SIGNATURE_NOISE.match(_BLANKS.sub(" ", seg)) is not None
    return P.SIGNATURE_NOISE.match(" ".join(seg.split())) is not None


#: A title in capitals glued to the name under it by a converter (``PHÓ CHỦ
#: TỊCHNguyễn Thị Thu``): the name starts at the capital before the small letter.
_GLUED_NAME = regex.compile(r"\p{Lu}{2}(?=\p{Lu}\p{Ll})")


def _unglued(segs: Iterable[_Seg], start: int) -> Iterator[_Seg]:
    """The pieces ``segs`` from ``start`` on, a title glued to a name cut in two."""
    for sg in segs:
        m = _GLUED_NAME.search(sg.text) if sg.end > start else None
        if m is None or not is_upper_line(sg.text[:m.end()]):
            yield sg
            continue
        k = m.end()
        yield _Seg(sg.start, sg.start + k, sg.text[:k])
        yield _Seg(sg.start + k, sg.end, sg.text[k:])


def _denoised(segs: Iterable[_Seg]) -> Iterator[_Seg]:
    """The pieces ``segs``, each cut where a bracketed ``(Đã ký)``-style note stands
    inside it: a reprint prints the note on the name's line, before or after it
    (``Nguyễn Văn An (Đã ký)``, ``BÍ THƯ (đã ký) Phan Văn Mãi``), and the name is
    found only on a piece of its own."""
    for sg in segs:
        if "(" not in sg.text and "[" not in sg.text:
            yield sg
            continue
        pos = 0
        for m in P.SIGNATURE_INLINE_NOISE.finditer(sg.text):
            yield from _cleaned_piece(sg, pos, m.start())
            pos = m.end()
        yield from _cleaned_piece(sg, pos, len(sg.text))


def _cleaned_piece(sg: _Seg, a: int, b: int) -> Iterator[_Seg]:
    """The part ``[a, b)`` of the piece ``sg`` (offsets in its text), stripped by
    :func:`_cleaned`, if anything is left."""
    for piece in _cleaned(sg.text, a, b):
        yield _Seg(sg.start + piece.start, sg.start + piece.end, piece.text)


#: A stray mark alone on its line in the block (an OCR ``[``, a table's ``|``, ``*``):
#: a few characters, none a letter or digit; skipped like a ``(Đã ký)`` note.
_STRAY = regex.compile(r"^[^\p{L}\p{N}\s]{1,3}$")
#: A type line alone on its line (``QUY CHẾ``, ``QUY ĐỊNH``), in capitals as printed.
_TYPE_LINE_ALONE = regex.compile(r"^\s*(?:" + P.TYPE_LINE.pattern + r")[\s.:]*$")


def _opens_annex(seg: str) -> bool:
    """Does the piece ``seg`` open what follows a signature rather than go on with it:
    an annex opener (``PHỤ LỤC``), a chapter, part or article heading (``Chương I``,
    ``Điều 1.``) or a type line alone (``QUY CHẾ`` over the title of the rules the
    decision enacts)? A block that no name ends stops there: none of these is a
    position or a name."""
    if P.ANNEX_OPENER.match(seg) is not None:
        return True
    m = P.MARKER.match(seg)
    if m is not None and (m.group("article") or m.group("part")):
        return True
    return _TYPE_LINE_ALONE.match(fold_tones(seg)) is not None


def _rank_alone(seg: str) -> bool:
    """Is ``seg`` a rank or degree alone (``Đại tá``, ``Thiếu tướng``), no name after it?

    Army and police signers print the rank on a line of its own between the position
    and the name; the prefix pattern wants a blank after it, so one is added.
    """
    s = seg.strip()
    if not s or len(s) > 24:
        return False
    m = P.NAME_PREFIX.match(s + " ") or P.NAME_PREFIX_CAPS.match(s)
    return m is not None and m.end() >= len(s)


def _collect(segs: Sequence[_Seg], start: int,
             head: str = "") -> tuple[list[_Seg], tuple[int, int] | None]:
    """Upper-case pieces of the block from ``start``, and the name's span.

    A name wrapped over two lines (``Bùi`` / ``Xuân Cường``) is joined. ``head`` is
    the document's opening text (its header), where the organ a seal's ring repeats
    is printed (see :func:`_seal_line`).
    """
    found: list[_Seg] = []
    tail: list[_Seg] = []
    caps: tuple[int, int] | None = None
    caps_seg: _Seg | None = None
    sealed = False
    for sg in _unglued(_denoised(segs), start):
        if sg.end <= start:
            continue
        if sg.start < start:
            off = start - sg.start
            sg = _Seg(start, sg.end, sg.text[off:])
        seg = sg.text
        if _is_noise(seg) or _STRAY.match(seg) is not None:
            continue
        if (found or tail) and _opens_annex(seg):
            break
        if found and not tail and _rank_alone(seg):
            # ``CHỈ HUY TRƯỞNG`` / ``Đại tá`` / ``Nguyễn Văn An``: the rank on its own
            # line above the name is neither the position nor the name
            continue
        pm = P.NAME_PREFIX.match(seg)
        if (pm and _name_like(seg[pm.end():])) or (found and not tail and (
                pm := P.NAME_PREFIX_CAPS.match(seg)) and caps_name(seg[pm.end():])):
            # "TS. Nguyễn Văn A", "Thiếu tướng Lê Văn B", "ĐẠI TÁ NGUYỄN VĂN C" (the
            # name in capitals under the position): the rank is not the name
            sg = _Seg(sg.start + pm.end(), sg.end, seg[pm.end():])
            seg = sg.text
        up = _upper_prefix(seg)
        rest = seg[len(up):].strip() if up else seg.strip()
        if not tail and ((_mixed_title(rest) and (not up or P.AUTHORITY.match(seg.lstrip())))
                         or (not up and _spelled_mixed(seg))):
            # a reprint's block in small letters (``KT. Chủ tịch`` / ``Phó Chủ tịch``,
            # ``Thay mặt Ủy ban nhân dân``): a line that is a listed title, whole, after a
            # mark or none, is a piece like one in capitals
            e = sg.start + len(seg.rstrip())
            found.append(_Seg(e - len(seg.strip()), e, seg.strip()))
            continue
        if not tail and found and len(up.rstrip("'’")) == 1 and _name_like(seg):
            # ``Y Dhăm Ênuôl``: the one-letter ``Y`` opening an Ê Đê man's name is a
            # capital, not a line of the position in capitals; so is a woman's ``H'``
            # typed apart from her name (``H' Bluê Niê``)
            a = sg.start + (len(seg) - len(seg.lstrip()))
            tail.append(_Seg(a, a + len(seg.strip()), seg.strip()))
            break
        if not tail and up and is_upper_line(up) and not (_name_like(seg) and not found):
            if not rest and _seal_line(found, up, sealed, head):
                # ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH`` / ``ỦY BAN NHÂN DÂN`` / ``TỈNH X``:
                # the seal's ring of text, read by OCR between the position and the
                # name, is neither
                sealed = True
                continue
            at = _caps_name_in(seg, alone=bool(found)) if not rest else None
            if at is not None:
                # ``NGUYỄN VĂN AN``: the name printed in capitals under the position
                # (or after it on its line: ``THỦ TƯỚNG NGUYỄN TẤN DŨNG``)
                a = sg.start + at
                if at > len(seg) - len(seg.lstrip()):
                    title = seg[:at].rstrip()
                    found.append(_Seg(sg.start, sg.start + len(title), title))
                caps = (a, sg.start + len(seg.rstrip()))
                caps_seg = sg
                break
            e = sg.start + len(seg[:len(up)].rstrip())
            found.append(_Seg(sg.start, e, seg[:len(up)].rstrip()))
            if rest:
                a = sg.start + seg.index(rest, len(up))
                tail.append(_Seg(a, a + len(rest), rest))
                break
            continue
        if found and not tail and len(seg.split()) <= _CONCURRENT_WORDS and (
                _opens_position(seg) and not _name_like(seg)):
            # ``PHÓ TRƯỞNG BAN`` / ``Giám đốc Công an tỉnh`` / ``Đại tá Nguyễn Văn A``: a
            # committee's deputy printed with his own post in small letters above
            # the name (a steering committee's signature); neither title nor name
            continue
        if _title_words(seg) and len(tail) < 2 and not P.PART_LABEL.match(seg):
            a = sg.start + (len(seg) - len(seg.lstrip()))
            tail.append(_Seg(a, a + len(seg.strip()), seg.strip()))
            if _name_like(" ".join(t.text for t in tail)) and len(tail) == 2:
                break
            continue
        break
    if caps is None and not tail and len(found) >= 2 and (
            _rare_caps_name(found) or ("'" in found[-1].text.replace("’", "'")
                                       and _one_word_name(found[-1].text.strip().title()))):
        # ``LÒ VĂN PUA`` under ``PHÓ CHỦ TỊCH``: the block's last line in capitals, on
        # a rarer surname, is the name, not the rest of the position; so is a one-word
        # name glued to its initial (``K'BRÒN``)
        last = found.pop()
        caps = (last.start, last.end)
    if caps is not None:
        caps = _caps_name_wrapped(segs, caps_seg, caps)
    name: tuple[int, int] | None = caps
    for k in (len(tail), 1) if caps is None else ():
        joined = " ".join(t.text for t in tail[:k])
        if k and _name_like(joined):
            end = tail[k - 1].end - (1 if tail[k - 1].text.endswith(".") else 0)
            name = (tail[0].start, end)
            break
    if name is None and caps is None and len(tail) == 1 and found and _one_word_name(
            tail[0].text):
        # ``K'Hòa`` under ``CHỦ TỊCH``: a K'Ho man's one-word name, or any one word
        # alone on the block's last line under the position
        name = (tail[0].start, tail[0].end - (1 if tail[0].text.endswith(".") else 0))
    if name is None and tail and (m := _CAPS_AFTER.search(tail[0].text)) is not None:
        # ``Lê Thành Long QUY CHẾ TỔ CHỨC ...``: what follows the name on its line (a
        # crawler joined the lines) is the attachment's title in capitals
        cut = tail[0].text[:m.start()]
        if _name_like(cut):
            name = (tail[0].start, tail[0].start + len(cut))
    return found, name




def _seal_line(found: list[_Seg], up: str, sealed: bool, head: str = "") -> bool:
    """Is the line in capitals ``up`` the seal's text OCR read below a block's
    position line: an organ's name (``ỦY BAN NHÂN DÂN``, ``SỞ Y TẾ``), or the line
    going on from one (``TỈNH X``), after an authority mark's line and a line that is
    a position of the tables whole (``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``)? The organ a
    mark signs for stands above the position, never below it, and no position line
    follows; a second position (``GIÁM ĐỐC SỞ Y TẾ``, the office a deputy holds with
    it) or a title wrapped over the line (``PHÓ BÍ THƯ`` / ``THƯỜNG TRỰC``) is no seal."""
    if not found or _opens_position(up):
        return False
    last = fold_tones(collapse(found[-1].text)).upper().strip(" ,.")
    # a position the tables lack (``TRƯỞNG CÔNG AN XÃ``, a head's post with its
    # organ) has the seal's line only where an organ's name that repeats the header's
    # stands there (not a title's wrapped half: ``GIÁM ĐỐC TRUNG TÂM`` / ``Y TẾ HUYỆN``)
    listed = last in _POSITIONS
    if not listed and not (head and _opens_position(found[-1].text) and organ_heading(up)
                           and _in_head(up, head)):
        return False
    marked = P.AUTHORITY.match(found[0].text.lstrip()) is not None
    if len(found) < (2 if marked else 1) or (not marked and len(found) > 1):
        return False
    if _known_title(f"{last} {up}".split()) or caps_name(up):
        return False  # a title wrapped, or the name in capitals under it
    if sealed:
        return True
    if marked:
        return SEAL_LINE.match(strip_marks(up)) is not None or not listed
    # a head's own block with no mark (``TRƯỞNG PHÒNG`` / ``CÔNG AN TỈNH X`` / ``PHÒNG
    # CSTHAHS`` / ``Thượng tá Lê Văn A``, a police unit's or a prison's scanned letter):
    # a line in capitals under the bare position might be the office it heads, wrapped;
    # it is the seal only when it repeats the header's organ, as the ring of a seal does
    return bool(head) and _in_head(up, head)


def _in_head(up: str, head: str) -> bool:
    """Does the line in capitals ``up`` stand among the first lines of the document
    (``head``), compared without marks and blanks (OCR drops marks on either side)?"""
    key = "".join(strip_marks(up).split())
    return len(key) >= 8 and key in "".join(strip_marks(head).split())


def _spelled_mixed(seg: str) -> bool:
    """Is ``seg`` a spelled-out authority in small letters before a listed title or body
    (``Thay mặt Ủy ban nhân dân xã``, ``Ký thay Chủ tịch``)? The pattern reads the
    phrase so only when a title or body and a few words of its level end the line."""
    seg = seg.strip()
    m = P.AUTHORITY.match(seg) if seg[:1] in _SPELLED_FIRSTS else None
    return m is not None and not _name_like(seg[m.end():]) and any(
        map(str.islower, seg[m.end():]))


#: The first letters of the spelled-out authorities (``Thay mặt``, ``Ký thay``).
_SPELLED_FIRSTS = frozenset(c for k in P.SPELLED_AUTHORITY for c in (k[0], k[0].upper()))


def _rare_caps_name(found: list[_Seg]) -> bool:
    """Whether the last piece of ``found`` (the block's last line in capitals) is a name
    on a rarer surname (:func:`caps_name` with ``rare``): a line of its own under a
    line that is a position title of the tables, whole (no collective body: ``THÀNH
    ỦY`` / ``HÀ NỘI`` is a body wrapped), and no title itself."""
    *_, above, last = found
    text = last.text.strip()
    key = fold_tones(collapse(above.text[: 4 * _TITLE_MAX])).upper().strip(" ,.")
    return key in _POSITIONS and not _is_title(text) and caps_name(text, rare=True)


def _caps_name_in(seg: str, alone: bool) -> int | None:
    """The offset in ``seg`` (a piece in capitals) of a signer's name in capitals:
    the whole piece when ``alone`` (a line of the block under its position), else its
    last words after a title of the block (``THỦ TƯỚNG NGUYỄN TẤN DŨNG``, ``PHÓ CHỦ
    TỊCH TRẦN VĂN CHIẾN``: four words at least); None if there is none."""
    if alone and caps_name(seg) and not _known_title(seg.split()):
        # ``CHU TICH``: a position OCR stripped of its marks, not a man named Chu
        return len(seg) - len(seg.lstrip())
    words = list(regex.finditer(r"\S+", seg))
    if len(words) < 4:
        return None
    for k in (3, 2, 4):
        if len(words) <= k:
            continue
        head = fold_tones(seg[:words[-k].start()]).upper().rstrip(" .,")
        # a position heads the name, a collective body its own qualifier (``TM. BAN
        # THƯỜNG VỤ ĐOÀN TRƯỜNG``: the school's youth union, whose ``Đoàn`` is a surname)
        if any(head.endswith(t) for t in _POSITION_VOCAB) and caps_name(
                seg[words[-k].start():]):
            return words[-k].start()
    return None


def _caps_name_wrapped(
    segs: Sequence[_Seg], last: _Seg | None, span: tuple[int, int],
) -> tuple[int, int]:
    """A name in capitals wrapped after its first words (``NGUYỄN QUỲNH`` / ``THIỆN``):
    the next piece, one word in capitals, joins it while the whole stays a name."""
    if last is None:
        return span
    pieces = list(segs)
    k = next((i for i, sg in enumerate(pieces) if sg.start == last.start), len(pieces))
    if k + 1 >= len(pieces):
        return span
    nxt = pieces[k + 1]
    word = nxt.text.strip()
    name = last.text[span[0] - last.start:].strip()
    if " " in word or not (word.isalpha() and word.isupper()) or not caps_name(
            f"{name} {word}"):
        return span
    a = nxt.start + len(nxt.text) - len(nxt.text.lstrip())
    return span[0], a + len(word)


#: The first word in capitals (two letters or more) after a name on its line.
_CAPS_AFTER = regex.compile(r"\s+(?=[\p{Lu}\p{M}]{2,}(?![\p{Ll}\p{M}]))")


_Group = tuple[str | None, str | None, list[_Seg]]


def _authority_groups(segs: list[_Seg]) -> tuple[_Group | None, _Group]:
    """The first authority group and the last group of the pieces ``segs``.

    The pieces are cut further at authority marks inside a line (flattened
    blocks); a group is a mark, the text after it and the pieces up to the
    next mark (the first group holds the pieces before any mark). Only the
    first group with a mark and the last group are used, so of the marks of
    one line only the first two and the last are looked at.
    """
    if not segs:
        raise IndexError("no pieces in the signature block")
    first: _Group | None = None
    last: _Group = (None, None, [])
    for seg in segs:
        text = seg.text
        if is_lone_mark(text):
            alone = text.strip()
            # ``TM.`` alone on its line (a table cell wrapped): the body is below it
            last = (alone, P.authority_code(alone), [])
            if first is None:
                first = last
            continue
        marks = _marks(text)
        m1 = next(marks, None)
        if m1 is None:
            last[2].append(seg)
            continue
        if m1.start() > 0:
            last[2].append(_Seg(seg.start, seg.start + m1.start(), text[: m1.start()]))
        m2 = next(marks, None)
        end = m2.start() if m2 is not None else len(text)
        auth = m1.group("auth")
        body = _Seg(seg.start + m1.end(), seg.start + end, text[m1.end() : end])
        last = (auth, P.authority_code(auth), [body])
        if first is None and last[1] is not None:
            first = last
        if m2 is not None:
            m = _last_mark(text, m2)
            auth = m.group("auth")
            body = _Seg(seg.start + m.end(), seg.start + len(text), text[m.end() :])
            last = (auth, P.authority_code(auth), [body])
    return first, last


#: Authority marks hold no blanks but their trailing ones (checked here), so none runs
#: across the end of a run of blanks: a forward search from there finds the same marks
#: as one from the start of the line. The spelled-out phrases (``THAY MẶT``) hold
#: blanks, but they are read at a line's start only: never a mark after the first.
assert not any(c in " \t" for form in P.AUTHORITY_FORMS for c in form)


def _last_mark(text: str, known: regex.Match[str]) -> regex.Match[str]:
    """The last authority mark of ``text``, ``known`` being one of its marks.

    Searched from ever earlier ends of blank runs, so that a line of a
    hundred thousand marks costs a few searches, not one per mark.
    """
    lo = known.end()
    step = 256
    hi = len(text)
    while True:
        start = _blank_run_end(text, lo, hi - step)
        final = deque(_marks(text, start), maxlen=1)
        if final:
            return final[0]
        if start <= lo:
            return known
        hi = start
        step *= 4


def _blank_run_end(text: str, lo: int, x: int) -> int:
    """The end of a run of blanks at or before ``x`` followed by a non-blank, or ``lo``."""
    while x > lo:
        s = max(text.rfind(" ", lo, x), text.rfind("\t", lo, x))
        if s < 0:
            break
        if s + 1 >= len(text) or text[s + 1] not in " \t":
            return s + 1
        x = s
    return lo


def _interpret(ctx: Context, segs: list[_Seg]) -> Signature:
    """Split the upper-case run into authority, body signed for and position."""
    first_auth, last = _authority_groups(segs)
    sig = Signature(start=0, end=0)
    if first_auth is not None:
        sig.authority = first_auth[1]
        sig.authority_text = first_auth[0]
    if first_auth is None:
        lines = _unwrapped([s for s in last[2] if s.text.strip()])
        joined = collapse(" ".join(s.text for s in lines)).split()
        if len(lines) >= 2 and all(
                _known_title(s.text.split()) or _opens_position(s.text)
                or (not k and _opens_position(s.text, _ROLES))
                for k, s in enumerate(lines)) and not _known_title(joined):
            # one signer holding two positions, one a line (``TRƯỞNG BAN`` / ``PHÓ THỦ
            # TƯỚNG``, ``TRƯỞNG BAN`` / ``PHÓ CHỦ TỊCH UBND TỈNH``), the head of a
            # board over the office he holds (``TRƯỞNG BAN TỔ CHỨC`` / ``PHÓ GIÁM ĐỐC
            # SỞ ...``, ``TRƯỞNG BAN CHỈ ĐẠO`` / ``CHỦ TỊCH UBND TỈNH``), or a record's
            # role over his position (``CHỦ TỌA KỲ HỌP`` / ``CHỦ TỊCH HĐND XÃ``): the
            # title is the last
            sig.titles = [_correct(ctx, collapse(s.text).strip(" ,."), s.start, s.end)
                          for s in lines]
            sig.title = sig.titles[-1]
            return sig
        title_text = collapse(" ".join(s.text for s in lines))
        if len(lines) == 1 and not _known_title(joined):
            first, t = _split_run(title_text)
            # a title over the body it heads (``THỦ TƯỚNG CHÍNH PHỦ``, ``CHỦ TỊCH ỦY BAN
            # NHÂN DÂN``, ``BÍ THƯ TỈNH ỦY``) is one position, not two
            if first and t and _known_title(first.split()) and not _whole_body(t):
                seg = lines[0]
                sig.titles = [_correct(ctx, first, seg.start, seg.end),
                              _correct(ctx, t, seg.start, seg.end)]
                sig.title = sig.titles[-1]
                return sig
        if lines:
            sig.title = _correct(ctx, title_text.strip(" ,."), lines[0].start, lines[-1].end)
            sig.titles = [sig.title]
        return sig
    body_lines = _unwrapped([s for s in last[2] if s.text.strip()])
    if first_auth is not last:
        sig.on_behalf_of = _clean(ctx, first_auth[2])
        title_lines = body_lines
        if len(title_lines) >= 2:
            title_lines = _title_tail(title_lines)
        elif title_lines:
            run = collapse(title_lines[0].text)
            # an acting head's mark under the first (``KT. CHỦ TỊCH`` / ``Q. PHÓ CHỦ
            # TỊCH``, ``QUYỀN PHÓ CHỦ TỊCH``): its line is his position, whole
            _, t = (("", run.strip(" ,.")) if last[1] == "Q" and _whole_title(run)
                    else _split_run(run))
            if t:
                sig.title = _correct(ctx, t, title_lines[0].start, title_lines[0].end)
                sig.titles = [sig.title]
                return sig
    else:
        if len(body_lines) >= 2:
            title_lines = _title_tail(body_lines)
            behalf = body_lines[: len(body_lines) - len(title_lines)]
            held: list[_Seg] = []
            if sig.authority == "KT":
                behalf, held = _deputy_split(behalf)
            elif behalf:
                behalf, held = _deputy_split(behalf, _opens_position)
            sig.on_behalf_of = _clean(ctx, behalf) if behalf else None
            if held:
                # the deputy's own position, then the office held with it below the
                # signature (``PHÓ TRƯỞNG BAN`` / ... / ``GIÁM ĐỐC SỞ ...``): the last is
                # the title, both are the signer's titles
                tail = _clean(ctx, title_lines)
                sig.titles = [t for t in (_clean(ctx, held), tail) if t]
                sig.title = tail
                return sig
        elif body_lines:
            run = collapse(body_lines[0].text)
            if _whole_title(run):
                # ``Q. TỔNG GIÁM ĐỐC`` over the name: one title, not the body ``TỔNG`` and
                # the title ``GIÁM ĐỐC`` (a split keeps a body before the title)
                b, t = run.strip(" ,."), ""
            else:
                b, t = ("", run) if _whole_body(run) else _split_run(run)
            seg0 = body_lines[0]
            if not b:
                # the mark's line alone (``TL. CHỦ TỊCH``, ``KT. CHỦ TỊCH`` over the name,
                # ``T/M BAN BÍ THƯ``: a body whose name ends in a title): what follows a
                # mark is the body signed for; the position is not given
                b, t = run.strip(" ,."), ""
            if not t and sig.authority == "Q":
                # ``Q. GIÁM ĐỐC`` over the name: the acting head holds the position he
                # signs as, the mark's line is his (last) position line
                t = b
            sig.on_behalf_of = _correct(ctx, b, seg0.start, seg0.end) if b else None
            if t:
                sig.title = _correct(ctx, t, seg0.start, seg0.end)
                sig.titles = [sig.title]
            return sig
        else:
            title_lines = []
    if title_lines:
        t = collapse(" ".join(s.text for s in title_lines)).strip(" ,.")
        sig.title = _correct(ctx, t, title_lines[0].start, title_lines[-1].end)
        sig.titles = [sig.title]
    return sig


#: Lines a title or body of the tables may be wrapped over (a narrow column).
WRAP_LINES = 3


def _wrap_count(texts: Sequence[str]) -> int:
    """How many of the lines ``texts`` (up to :data:`WRAP_LINES`, the most first) are one
    title or body of the tables wrapped by a narrow column: 2 or 3, or 0 if none.

    Their words joined must be a title or body exactly (no typo allowed: the
    fuzzy match would take ``BỘ TRƯỞNG, CHỦ NHIỆM PHÓ`` for the body alone). A run
    whose joined words are one is one line, even when each line is one too (``PHÓ
    BÍ THƯ`` / ``THƯỜNG TRỰC``): under one mark the lines after the body are one
    position. Each line is collapsed once and no run longer than the longest title
    is joined, so the work is bounded per line.
    """
    parts: list[str] = []
    size = -1
    for t in islice(texts, WRAP_LINES):
        if len(t) > 4 * _TITLE_MAX:
            break  # no line of a title (a long line is not collapsed to find out)
        part = collapse(t)
        size += len(part) + 1
        if not part or size > _TITLE_MAX + 2:
            break
        parts.append(part)
    for n in range(len(parts), 1, -1):
        if _known_title(" ".join(parts[:n]).split()):
            return n
    return 0


def _unwrapped(lines: list[_Seg]) -> list[_Seg]:
    """The lines of a block, each title or body wrapped over a few of them
    (:func:`_wrap_count`) made one piece whose span runs from its first line's start
    to its last line's end, its text the lines' words joined by a space."""
    out: list[_Seg] = []
    k = 0
    while k < len(lines):
        n = _wrap_count([s.text for s in lines[k:k + WRAP_LINES]])
        if n > 1:
            run = lines[k:k + n]
            out.append(_Seg(run[0].start, run[-1].end,
                            collapse(" ".join(s.text for s in run))))
            k += n
        else:
            out.append(lines[k])
            k += 1
    return out


def _clean(ctx: Context, segs: list[_Seg]) -> str | None:
    s = collapse(" ".join(x.text for x in segs)).strip(" ,.")
    if not s:
        return None
    return _correct(ctx, s, segs[0].start, segs[-1].end)


def _deputy_split(
    lines: list[_Seg], opens: Callable[[str], bool] = lambda s: _is_title(s),
) -> tuple[list[_Seg], list[_Seg]]:
    """A deputy's block above its last position line, split into the head signed for
    and the deputy's position (``KT. TRƯỞNG BAN`` / ``PHÓ TRƯỞNG BAN THƯỜNG TRỰC``):
    after ``KT.`` the first line after the head that opens with a title is a position
    of the signer, not the rest of the head (a Ban Chỉ huy's deputy signs as the
    deputy, then as the office he holds: ``GIÁM ĐỐC SỞ ...``). After ``TM.`` the body
    is split the same way at the first line that ``opens`` with a position
    (:func:`_opens_position`: ``T/M BAN CHỈ ĐẠO`` / ``TRƯỞNG BAN`` / ``PHÓ BÍ THƯ
    TỈNH ỦY``, the board's head signing with the office he holds below)."""
    for k in range(1, len(lines)):
        if opens(lines[k].text) and not lines[k - 1].text.rstrip().endswith(","):
            return lines[:k], lines[k:]
    return lines, []


#: Position titles (not collective bodies) that may open a line of their own in a
#: block; ``THƯỜNG TRỰC`` goes on a body or title wrapped above it.
#: The roles that sign a record (``NGƯỜI LẬP BIÊN BẢN``, ``XÁC NHẬN CỦA``).
_ROLES = tuple(sorted(P.RECORD_ROLES, key=len, reverse=True))
_POSITIONS = tuple(sorted(
    {t for t in P.SIGNATURE_TITLES
     if t not in P.SIGNATURE_BODIES and t != fold_tones("THƯỜNG TRỰC")},
    key=len, reverse=True))
#: The position titles that are no record's role (``CHỦ TỊCH``, not ``THƯ KÝ``).
_OFFICES = tuple(t for t in _POSITIONS if t not in P.RECORD_ROLES)


def _opens_position(s: str, titles: Sequence[str] | None = None) -> bool:
    """Whether the line ``s`` opens with a position title of the tables (or one of
    ``titles``), whole words (``TRƯỞNG BAN``, ``PHÓ BÍ THƯ TỈNH ỦY``), not a collective
    body (``TỈNH ỦY`` wrapped from ``BAN THƯỜNG VỤ``) and not a near miss."""
    key = fold_tones(collapse(s[: 4 * _TITLE_MAX])).upper().strip(" ,.")
    return any(key == t or key.startswith(t + " ")
               for t in (_POSITIONS if titles is None else titles))


def _title_tail(lines: list[_Seg]) -> list[_Seg]:
    """The trailing lines that form the position (a wrapped title keeps its pieces):
    from the last line that opens with a title and does not go on from a line ending
    in a comma (``TRƯỞNG BAN BAN CHÍNH SÁCH,`` / ``THUẾ QUỐC TẾ``: the organ a title
    heads, wrapped after its comma)."""
    k = len(lines) - 1
    while k > 0 and (not _is_title(lines[k].text)
                     or lines[k - 1].text.rstrip().endswith(",")):
        k -= 1
    return lines[k:] if k > 0 else lines[-1:]


_BODY_KEYS = frozenset(P.SIGNATURE_BODIES)


def _whole_body(run: str) -> bool:
    """Whether the mark's line names a collective body of the tables whole, which a
    title's words end (``T/M BAN BÍ THƯ``, ``TM. ĐOÀN CHỦ TỊCH`` over the name): the
    body signed for, with no position line, not a body ``BAN`` and a title ``BÍ THƯ``."""
    return fold_tones(run).upper().strip(" ,.") in _BODY_KEYS


def _whole_title(run: str) -> bool:
    """Is the upper-case run one title of the vocabulary as a whole
    (``TỔNG GIÁM ĐỐC``, ``PHÓ CHỦ TỊCH``)?"""
    return fold_tones(run).upper().strip(" ,.") in _TITLE_VOCAB


def _split_run(run: str) -> tuple[str, str]:
    """``CHỦ TỊCH PHÓ CHỦ TỊCH`` -> (``CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``): longest known suffix."""
    words = run.split()
    # Only a suffix with at most _TITLE_WORDS words that are not bare punctuation can
    # be a title: start there, or a long upper-case run costs a join per word (quadratic).
    first, real = len(words), 0
    while first > 1 and real < _TITLE_WORDS:
        first -= 1
        real += bool(words[first].strip(",."))
    while first > 1 and not words[first - 1].strip(",."):
        first -= 1  # bare punctuation before the title is stripped, not counted
    for k in range(first, len(words)):
        suffix = " ".join(words[k:])
        if fold_tones(suffix).upper().strip(" ,.") in _TITLE_VOCAB:
            return " ".join(words[:k]).strip(" ,."), suffix.strip(" ,.")
        cut = _glued_title_at(words, k)
        if cut is not None:
            return cut
    # ``BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG``: the position signed for, then a title
    # with the organ it heads (no title of the vocabulary ends the run)
    for k in range(min(len(words) - 1, _TITLE_WORDS), 0, -1):
        longest = min(_TITLE_WORDS, len(words) - k)
        if _known_title(words[:k]) and any(
                _known_title(words[k:k + j]) for j in range(1, longest + 1)):
            return " ".join(words[:k]).strip(" ,."), " ".join(words[k:]).strip(" ,.")
    return "", run.strip(" ,.")


#: The first words of the titles and bodies of the tables (``BÍ``, ``PHÓ``, ``CHỦ`` ...).
_TITLE_FIRSTS = sorted({t.split()[0] for t in _TITLE_VOCAB}, key=len, reverse=True)


def _glued_title_at(words: list[str], k: int) -> tuple[str, str] | None:
    """The run ``words`` cut inside its word ``k`` where the body signed for is glued to
    the title after it (``TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC``: a lost
    line break), or None: the word must end in the first word of a title of the tables
    after two capitals at least, and that ending with the words after it must be the
    title exactly."""
    word = words[k]
    key = fold_tones(word).upper()
    for f in _TITLE_FIRSTS:
        head = word[: len(word) - len(f)]
        if len(head) < 2 or not key.endswith(f) or not (head.isalpha() and head.isupper()):
            continue
        title = " ".join([word[len(head):], *words[k + 1:]])
        if fold_tones(title).upper().strip(" ,.") in _TITLE_VOCAB:
            return " ".join([*words[:k], head]).strip(" ,."), title.strip(" ,.")
    return None


def _mixed_title(s: str) -> bool:
    """Whether ``s`` is, whole, a title or body of the vocabulary written in small
    letters after a capital (``Phó Chủ tịch``, ``Ủy ban nhân dân``); never a name,
    whose every word is capitalised."""
    words = s.split()
    return (bool(words) and len(words) <= _TITLE_WORDS and not _name_like(s)
            and any(c.islower() for c in s) and _known_title(words))


def _known_title(words: list[str]) -> bool:
    """Whether ``words`` are a title or body of the tables, marks damaged or not."""
    key = fold_tones(" ".join(words)).upper().strip(" ,.")
    return key in _TITLE_VOCAB or _bare_title(key) is not None


def _name_only(ctx: Context, segs: Sequence[_Seg]) -> None:
    """A signer's name alone after the recipient list (the position line was lost)."""
    for sg in segs[:3]:
        if _name_like(sg.text):
            e = sg.start + len(sg.text.strip().rstrip("."))
            ctx.doc.signature = Signature(
                name=sg.text.strip().rstrip("."), name_start=sg.start, name_end=e,
                start=sg.start, end=e,
            )
            ctx.zones["signature"] = (sg.start, e)
            ctx.doc.warn("signature_incomplete", "only the signer's name was found",
                         sg.start, e)
            _annexes(ctx, e)
            return


def _annexes_without_signature(ctx: Context, lo: int) -> None:
    """The annexes after a recipient list that no signature follows (a crawler dropped
    the block): read only when the first line after the list opens an annex
    (``Phụ lục I``), so that the rest of a list or stray lines are never taken for one."""
    first = next((ln for ln in ctx.lines_from(lo) if ln.start >= lo and ln.text), None)
    if first is not None and P.ANNEX_OPENER.match(first.text) is not None:
        _annexes(ctx, first.start)


#: Where a footnote (``[1] ...``) or an annex (``PHỤ LỤC``) may open a line: after
#: blanks, a bracket or an opener word (blanks in it as ``str.isspace`` has them,
#: which takes in those of the opener pattern). Each line found is checked with
#: the patterns themselves.
_OPENER_LINE = re.compile(
    r"\n[^\S\n]*+(?=\[|"
    + "|".join(
        r"\s+".join(re.escape(w) for w in o.split())
        for o in sorted(load("structure")["annex"]["openers"], key=len, reverse=True)
    )
    + ")"
)
#: The last character of a non-blank line before an offset (searched backwards).
_LAST_INKED = regex.compile(r"[^ \t\n]", flags=regex.REVERSE)


def _line_at(text: str, begin: int) -> tuple[int, int, str]:
    """``(start, end, text)`` of the line that begins at ``begin``, cut as in ``split_lines``."""
    nl = text.find("\n", begin)
    raw = text[begin : nl if nl >= 0 else len(text)]
    stripped = raw.strip(" \t")
    start = begin + len(raw) - len(raw.lstrip(" \t"))
    return start, start + len(stripped), stripped


#: The next non-blank line after the end of a line (its text in group 1).
_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*([^\n]*)")


def _form_over_heading(text: str, line: str, end: int) -> bool:
    """Whether ``line`` (ending at ``end``) is a form's label alone on its line over a
    heading in capitals (``Mẫu số 02`` / ``DANH SÁCH NGƯỜI LAO ĐỘNG ...``): the next
    form of an annex. A table's cell reading the same words sits among pipes or over
    a cell in small letters (``Giấy tiếp nhận hồ sơ``), and an index line has the
    form's name after its number, so neither is taken."""
    if P.FORM_LABEL.match(line) is None:
        return False
    m = _NEXT_LINE.match(text, end)
    nxt = m.group(1).strip() if m is not None else ""
    return "|" not in nxt and is_upper_line(nxt)


def _is_label(seg: str) -> bool:
    """A part's or a form's label alone (``Phần I.``, ``Mẫu số 02``): the heading
    under it belongs to the same annex."""
    return P.PART_LABEL.match(seg) is not None or P.FORM_LABEL.match(seg) is not None


def _annexes(ctx: Context, lo: int) -> None:
    """Footnotes (``[1] ...``) and annexes after the signature, kept apart.

    A footnote line or an annex opener starts a new part; the lines before
    the first one are an attachment. Only the lines that may open a part are
    read: a part runs to the last non-blank line before the next one.
    """
    text = ctx.doc.text
    first = next((ln for ln in ctx.lines_from(lo) if ln.start >= lo and ln.text), None)
    nl = text.find("\n", lo)
    rest = text[lo:nl if nl >= 0 else len(text)]
    if lo > 0 and text[lo - 1] != "\n" and _CAPS_AFTER.match(" " + rest.lstrip()):
        # the signer's line goes on (a crawler joined the attachment's title to it:
        # ``Lê Thành Long QUY CHẾ TỔ CHỨC ...``): the attachment starts there
        a = lo + len(rest) - len(rest.lstrip())
        first = Line(first_line_ending_after(ctx.lines, lo), a, lo + len(rest.rstrip()),
                     rest.strip())
    if first is None:
        return
    ctx.zones["annex"] = (first.start, len(text))
    cur_kind: str | None = None
    cur_label: str | None = None
    cur_start = 0
    cur_end = 0

    def flush() -> None:
        if cur_kind is not None and cur_end > cur_start:
            clauses = [] if cur_kind == "footnote" else parse_clauses(ctx, cur_start, cur_end)
            ctx.doc.annexes.append(Annex(
                kind=cur_kind, label=cur_label, text=text[cur_start:cur_end],  # type: ignore[arg-type]
                start=cur_start, end=cur_end, clauses=clauses,
            ))

    def ink_before(offset: int) -> int:
        m = _LAST_INKED.search(text, first.start, offset)
        return m.end() if m is not None else cur_end

    openers = [(first.start, first.end, first.text)]
    for m in _OPENER_LINE.finditer(text, first.start):
        start, end, line = _line_at(text, m.start() + 1)
        if start > first.start and line:
            openers.append((start, end, line))
    for start, end, line in openers:
        fm = P.FOOTNOTE.match(line)
        if fm:
            cur_end = ink_before(start)
            flush()
            cur_kind, cur_label, cur_start = "footnote", fm.group("n"), start
        elif P.ANNEX_OPENER.match(line) and (cur_kind != "annex" or line.isupper()
                                            or P.PART_LABEL.match(line) is not None
                                            or _form_over_heading(text, line, end)):
            # inside an annex, an opener in small letters is a sentence of it (``Phụ lục
            # này ...``) unless it is a part's number alone on its line (``Phụ lục II``)
            # or a form's label over the form's heading (``Mẫu số 02``)
            if cur_kind in ("attachment", "annex") and _is_label(
                    text[cur_start:ink_before(start)]):
                # ``Phần I.`` over its heading: one part, labelled by its number
                cur_kind, cur_label = "annex", collapse(text[cur_start:ink_before(start)])
                cur_label = cur_label.rstrip(".")
                cur_end = end
                continue
            cur_end = ink_before(start)
            flush()
            cur_kind, cur_label, cur_start = "annex", collapse(line)[:80], start
        elif cur_kind is None:
            cur_kind, cur_label, cur_start = "attachment", None, start
        cur_end = end
    cur_end = ink_before(len(text))
    flush()
