"""Is this capitalised run a Vietnamese person's name, and which part of it?

A name is 2-4 capitalised syllables, surname first (``Nguyễn Tường Văn``,
``Lâm Thị Phương Thanh``, ``Tô Lâm``). Capitalised runs in directive documents
are far more often organs and places (``Ban Thường vụ``, ``Hà Giang``), so a
run is accepted only in a context that announces a person, and these helpers
decide which tokens of the run are the name: every syllable must be a possible
Vietnamese syllable (which rules out acronyms and foreign words), the first
one a known surname unless a strong cue stands before it, and a run that
starts with a place name that looks like a person's (``Hà Nội``) is no name.
"""

from __future__ import annotations

import regex

from vbcd.extract.person_positions import COMPOUNDS, SURNAMES, match_head
from vbcd.extract.person_tokens import (
    APOSTROPHES,
    CASE_LOWER,
    CASE_SINGLE,
    CASE_TITLE,
    CASE_UPPER,
    GAP_LINE,
    GAP_PARA,
    GAP_SPACE,
    PhraseTrie,
    Tokens,
    key_of,
    phrase_keys,
    strip_diacritics,
)
from vbcd.grammar import load
from vbcd.normalize import COLUMN_GAP

_DATA = load("persons")

SURNAMES_COMMON: frozenset[str] = frozenset(key_of(s) for s in _DATA["surnames"]["common"])
#: The initials that open a Central Highlands name, glued by an apostrophe (``H'Yim``).
_INITIALS: frozenset[str] = frozenset(_DATA["surnames"]["initials"])
_NOT_INITIAL_NAMES: frozenset[str] = frozenset(
    key_of(w).replace("’", "'") for w in _DATA["surnames"]["initial_words_not_names"]
)


def _year_names() -> frozenset[tuple[str, str]]:
    """The sixty names of the lunar years, stem and branch (``Nhâm Dần``, ``Đinh Dậu``),
    from the lunar calendar's table (dates.toml): a stem and a branch of the same parity
    make a year. Several stems are surnames (``Nhâm``, ``Đinh``, ``Giáp``), so after
    ``Tết Nguyên đán`` the year's name followed by a comma and a title (``dịp Tết Nguyên
    đán Nhâm Dần, Giám đốc Công an tỉnh yêu cầu ...``) would pass for a person."""
    can_chi = load("dates")["lunar"]["can_chi"]
    return frozenset(
        (key_of(stem), key_of(branch))
        for i, stems in enumerate(can_chi["stems"]) for stem in stems
        for j, branches in enumerate(can_chi["branches"]) for branch in branches
        if i % 2 == j % 2
    )


_YEAR_NAMES = _year_names()


def initial_name(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` opens a name as a surname does by its shape: an initial glued
    by an apostrophe to a capitalised syllable (``H'Yim Kđoh``, ``K'Brel``), not the
    Mông people's name (``H'Mông``)."""
    raw = toks.raw[i]
    return (len(raw) > 2 and raw[:1] in _INITIALS and raw[1:2] in APOSTROPHES
            and raw[2:3].isupper() and toks.key[i].replace("’", "'") not in _NOT_INITIAL_NAMES)


#: Common surnames as OCR prints them when it loses every mark (``Pham``, ``Nguyen``,
#: ``Le``), derived from the table. Plain ASCII words, so they anchor a name only
#: right after a position title (``Phó Thủ tướng Pham Bình Minh``), never alone.
SURNAMES_BARE: frozenset[str] = frozenset(
    strip_diacritics(s) for s in _DATA["surnames"]["common"]
) - SURNAMES
#: The labels of a form's fields (``Giới tính:``, ``Chức vụ:``), the colon included: one
#: ends a name's run on the form's line.
FIELD_LABELS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(p), True)
    for p in _DATA["form"]["field_labels"] + load("positions")["heads"]["position_labels"]
)
NON_NAME_STARTS: frozenset[str] = frozenset(key_of(s) for s in _DATA["non_names"]["starts"])


def _name_like_places() -> list[tuple[str, ...]]:
    """The place names that start like a person's: the table's, and every province and
    district of the gazetteer whose first syllable is a surname, also one that lost
    its marks (``Trần Văn Thời``, ``Dương Minh Châu``, ``Lai Châu``: ``Lại``). After a
    title and organ (``Bí thư Huyện ủy Dương Minh Châu``) they would otherwise read
    as a person's name."""
    gazetteer = load("gazetteer")
    names = [str(e["name"]) for kind in ("province", "district") for e in gazetteer[kind]]
    out = {phrase_keys(p) for p in _DATA["places"]["name_like"]}
    for name in names:
        keys = phrase_keys(name)
        if len(keys) >= 2 and (keys[0] in SURNAMES or keys[0] in SURNAMES_BARE):
            out.add(keys)
    # the provinces of the 1976-2008 map (places.toml), of two syllables only: they live
    # on in firms' names (``Phó Giám đốc Công ty Xăng dầu Hà Bắc``), and a longer one
    # may be a person's whole name (``Hoàng Liên Sơn``)
    for name in load("places")["former_provinces"]["names"]:
        keys = phrase_keys(name)
        if len(keys) == 2 and (keys[0] in SURNAMES or keys[0] in SURNAMES_BARE):
            out.add(keys)
    return sorted(out)


PLACES: PhraseTrie[bool] = PhraseTrie((p, True) for p in _name_like_places())
#: Countries of two syllables or more whose first one is a surname (``Hàn Quốc``,
#: ``Thái Lan``). Right after a title (``Đại sứ Hàn Quốc tại Việt Nam``) such a run is
#: the title's country, never a person's name, which it would read as.
COUNTRIES: PhraseTrie[bool] = PhraseTrie(
    (keys, True)
    for e in load("places")["country"]
    for keys in map(phrase_keys, e["names"])
    if len(keys) >= 2 and keys[0] in SURNAMES
)
#: Organs named by a surname-like word and their level (``Đoàn Khối``): after a title
#: the whole run is the organ.
ORGAN_RUNS: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(p) for p in _DATA["non_names"]["organ_runs"]
)
_INSTITUTIONS: frozenset[tuple[str, ...]] = frozenset(
    phrase_keys(b) for b in _DATA["non_names"]["institutions"]
)
_BLOCKERS: frozenset[tuple[str, ...]] = _INSTITUTIONS | frozenset(
    phrase_keys(b) for b in _DATA["non_names"]["blockers"]
)
_BLOCKER_MAX = max(len(b) for b in _BLOCKERS)
_ADDRESS_UNITS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(u), True) for u in _DATA["non_names"]["address_units"]
)
_BLOCKER_ENDS = frozenset(b[-1] for b in _BLOCKERS)
#: Tokens the name checks look back from a name's first token (place words).
LOOK_BACK = max(_BLOCKER_MAX, 1)

MIN_SYLLABLES = 2
MAX_SYLLABLES = 4
#: A run is read this far at most: longer capitalised runs are headings.
MAX_RUN = 8

#: A Vietnamese syllable without diacritics: onset, vowel nucleus, coda. Names of the
#: Central Highlands peoples (Ê Đê, Gia Rai, Ba Na) also open on a consonant
#: cluster and end on ``r``, ``l``, ``h`` or ``k`` (``Ksor``, ``Kđăm``, ``Rmah``,
#: ``Mlô``, ``Knul``, ``Hmok``).
SYLLABLE = regex.compile(
    r"(?:[bhkmpr](?=[bcdhklmnprstvy]))?"
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnptrlhk])?"
)
_PREFERRED_LENGTH = {3: 3, 4: 2, 2: 1}


def syllable_ok(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` can be one syllable of a Vietnamese name."""
    if not toks.is_word[i] or toks.case[i] == CASE_LOWER or len(toks.raw[i]) > 7:
        return False
    bare = toks.bare[i]
    ok = _SYLLABLES.get(bare)
    if ok is None:
        # ``H'Hen``, ``H'Lip``: an initial glued by an apostrophe to a syllable
        ok = SYLLABLE.fullmatch(bare, 2 if bare[1:2] in APOSTROPHES else 0) is not None
        if len(_SYLLABLES) < 100_000:
            _SYLLABLES[bare] = ok
    return ok


#: Whether a diacritic-free word is a syllable, per word seen (a regex call saved).
_SYLLABLES: dict[str, bool] = {}


#: The middle words of a man's or a woman's name (``Văn``, ``Thị``), by their key.
_MIDDLE_KEYS: frozenset[str] = frozenset(key_of(w) for w in _DATA["surnames"]["middle"])


def lower_middle(toks: Tokens, i: int, j: int) -> bool:
    """Whether token ``j``, right after the run's first word ``i``, is a middle word
    typed in small letters in a name in title case (``Nguyễn văn Quế``, ``Trần thị
    Hoa``: careless typing). Only the two gendered middle words, only second, only
    after a common surname and before a capitalised syllable on the same line, so
    ``Lê văn bản`` or ``Hà thị trấn`` stay apart."""
    if toks.case[j] != CASE_LOWER or toks.key[j] not in _MIDDLE_KEYS:
        return False
    if toks.case[i] != CASE_TITLE or toks.key[i] not in SURNAMES_COMMON or toks.gap[j] != 1:
        return False
    k = j + 1
    return (toks.has(k) and toks.gap[k] == 1 and toks.case[k] == CASE_TITLE
            and syllable_ok(toks, k))


def same_style(first: int, case: int) -> bool:
    """Whether a word of letter case ``case`` continues a run in case ``first``."""
    if case == CASE_SINGLE or first == CASE_SINGLE:
        return True
    return case == first


def read_run(toks: Tokens, i: int, *, stop_at_heads: bool = True) -> list[int]:
    """Indices of the capitalised name-like run starting at token ``i``.

    The run keeps one letter case (``Nguyễn Văn A`` or ``NGUYỄN VĂN A``), may
    wrap over single line breaks, and stops before a position head
    (``Nguyễn Văn A Phó Chủ tịch``), at any non-syllable and at a wide blank run
    (a column gap: a joint document's signers' names flattened onto one line).
    """
    out: list[int] = []
    if not toks.has(i) or not syllable_ok(toks, i):
        return out
    style = toks.case[i]
    j = i
    while len(out) < MAX_RUN and (j < len(toks.starts) or toks.has(j)):
        if j == i + 1 and lower_middle(toks, i, j):
            out.append(j)  # ``Nguyễn văn Quế``: the middle word typed in small letters
            j += 1
            continue
        if j > i:
            if toks.gap[j] not in (1, GAP_LINE) or not syllable_ok(toks, j):
                break
            if toks.gap[j] == 1 and toks.starts[j] - toks.ends[j - 1] >= COLUMN_GAP:
                break  # a column gap: ``Hồ Văn Lực      Đại tá Lê Văn B``, signers side by side
            if not same_style(style, toks.case[j]):
                break
            if style == CASE_SINGLE:
                style = toks.case[j]
            if stop_at_heads and match_head(toks, j) is not None:
                break
            if toks.key[j] in FIELD_LABELS.first and FIELD_LABELS.longest(toks, j) is not None:
                break  # ``Họ và tên: A      Chức vụ: ...``: a form's next field
        out.append(j)
        j += 1
    return out


def _line_cuts(toks: Tokens, run: list[int]) -> list[int]:
    """Lengths at which the run may end: each line break inside it, and its end."""
    cuts = [k for k in range(1, len(run)) if toks.gap[run[k]] == GAP_LINE]
    cuts.append(len(run))
    return cuts


def is_upper(toks: Tokens, idx: list[int]) -> bool:
    return any(toks.case[k] == CASE_UPPER for k in idx) and all(
        toks.case[k] in (CASE_UPPER, CASE_SINGLE) for k in idx
    )


def place_like(toks: Tokens, i: int, end: int, *, prefix_ok: bool = False) -> bool:
    """Whether the tokens from ``i`` to ``end`` start with a person-like place name
    (``Hà Nội``). ``prefix_ok``: only a place that is the whole stretch counts (where
    other evidence says a person, ``Đồng Văn Thanh`` is a surname, a middle name and a
    given name, not the district ``Đồng Văn`` and a word)."""
    hit = PLACES.longest(toks, i)
    return hit is not None and (hit[0] == end if prefix_ok else hit[0] <= end)


_DAY_WORD = key_of("ngày")


def place_date_follows(toks: Tokens, last: int) -> bool:
    """Whether the place-and-date line's ``, ngày 12`` follows token ``last`` on its line
    (``Hà Nội, ngày 12 tháng 3 năm 2024``): the run before is where the document was
    issued, not a person's name after a title that ends the line above (``V/v thực hiện
    ý kiến chỉ đạo của Thủ tướng`` / ``Hà Nội, ngày ...``)."""
    j = last + 1
    if toks.has(j) and toks.raw[j] == "," and toks.gap[j] in (0, 1):
        j += 1
    return (toks.has(j + 1) and toks.key[j] == _DAY_WORD and toks.gap[j] in (0, 1)
            and toks.gap[j + 1] == 1 and toks.raw[j + 1][:1].isdigit())


def _word_before(toks: Tokens, i: int, words: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``words`` ends right before token ``i`` in its paragraph."""
    if i <= 0 or toks.gap[i] == GAP_PARA or toks.key[i - 1] not in _BLOCKER_ENDS:
        return False
    return any(
        tuple(toks.key[i - length : i]) in words for length in range(1, min(_BLOCKER_MAX, i) + 1)
    )


def blocked_before(toks: Tokens, i: int) -> bool:
    """Whether a word before token ``i`` makes the run a place (``đường``, ``tỉnh``)."""
    return _word_before(toks, i, _BLOCKERS)


def institution_before(toks: Tokens, i: int) -> bool:
    """Whether a school's kind stands before token ``i`` (``Trường THPT`` + ``Lam
    Sơn``): the run there is the school's name, whatever its length."""
    return _word_before(toks, i, _INSTITUTIONS)


_INSTITUTION_MAX = max(len(b) for b in _INSTITUTIONS)


def _institution_lead(toks: Tokens, run: list[int]) -> int:
    """How many tokens at the start of ``run`` are school kinds (``Chuyên``, ``Tiểu
    học``), longest first."""
    n = 0
    while n < len(run):
        for length in range(min(_INSTITUTION_MAX, len(run) - n), 0, -1):
            if tuple(toks.key[k] for k in run[n:n + length]) in _INSTITUTIONS:
                n += length
                break
        else:
            return n
    return n


def address_follows(toks: Tokens, last: int) -> bool:
    """Whether a comma and an address unit follow token ``last`` on its line
    (``Đồng An, phường Bình Hòa``): the run before is a place in an address."""
    comma = last + 1
    return (toks.has(comma + 1) and toks.raw[comma] == "," and toks.gap[comma] in (0, 1)
            and toks.gap[comma + 1] in (1, GAP_LINE)
            and _ADDRESS_UNITS.longest(toks, comma + 1) is not None)


def ends_in_compound(toks: Tokens, last: int) -> bool:
    """``Đoàn Đại`` + ``biểu``: the last syllable begins a term with the next word."""
    nxt = last + 1
    if not toks.has(nxt) or toks.gap[nxt] not in (1, GAP_LINE) or toks.case[nxt] != CASE_LOWER:
        return False
    return (toks.bare[last], toks.bare[nxt]) in COMPOUNDS


def valid_name(
    toks: Tokens,
    idx: list[int],
    *,
    need_surname: bool = True,
    allow_upper: bool = True,
    places: bool = True,
    place_prefix: bool = False,
    bare_surname: bool = False,
) -> bool:
    """Checks shared by every source: length, surname, non-name words, places
    (``place_prefix``: a name that starts with a place's words but runs past them
    passes, see :func:`place_like`; ``bare_surname``: a title stands right before,
    so a surname that lost its marks counts, see :data:`SURNAMES_BARE`)."""
    if not MIN_SYLLABLES <= len(idx) <= MAX_SYLLABLES:
        return False
    if len(idx) == 2 and (toks.key[idx[0]], toks.key[idx[1]]) in _YEAR_NAMES:
        return False  # a lunar year's name (``Tết Nhâm Dần``), no two-syllable name
    if not allow_upper and is_upper(toks, idx):
        return False
    first = toks.key[idx[0]]
    if first in SURNAMES or (bare_surname and first in SURNAMES_BARE) or initial_name(
            toks, idx[0]):
        pass
    elif need_surname or first in NON_NAME_STARTS or match_head(toks, idx[0]) is not None:
        return False
    if places and place_like(toks, idx[0], idx[-1] + 1, prefix_ok=place_prefix):
        return False
    if _placeholder(toks, idx[-1]) or _placeholder(toks, idx[-1] + 1):
        return False
    return not ends_in_compound(toks, idx[-1])


def _placeholder(toks: Tokens, i: int) -> bool:
    """A lone capital letter where a given name would be: ``Nguyễn Văn A``, ``Trần Thị
    B`` are the placeholders of a worked example or a form, not people. A vowel
    with a tone mark is a given name of its own (``Đinh Văn Ý``, ``Lê Thị Ánh``
    aside): placeholders are plain letters, or ``Đ``."""
    return (0 <= i < len(toks.raw) and toks.is_word[i] and len(toks.raw[i]) == 1
            and toks.raw[i] in _PLACEHOLDER_LETTERS)


#: The letters that stand for a name in examples and forms (``Nguyễn Văn A``, ``Lê Văn Đ``).
_PLACEHOLDER_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def name_at(
    toks: Tokens,
    i: int,
    *,
    need_surname: bool = True,
    allow_upper: bool = True,
    places: bool = True,
    place_prefix: bool = False,
    bare_surname: bool = False,
) -> list[int] | None:
    """The name that starts exactly at token ``i`` (after a cue), or ``None``
    (``places``, ``place_prefix``, ``bare_surname``: see :func:`valid_name`).

    When a run wraps over a line break, a first line of three syllables or
    more is the whole name (``Lê Minh Hưng`` / ``Nơi nhận``); a shorter first
    line continues on the next (``Thái Mạnh`` / ``Cường``), preferring three
    syllables, then four, then two.
    """
    run = read_run(toks, i)
    if len(run) < MIN_SYLLABLES:
        return None
    cuts = [c for c in _line_cuts(toks, run) if c <= MAX_SYLLABLES]
    first_line = _line_cuts(toks, run)[0]
    if first_line >= 3:
        lengths = [first_line] if first_line <= MAX_SYLLABLES else []
        if first_line == 3 and len(run) == 4 and _mark_after(toks, run[3]):
            # ``Vũ Thị Hiền`` / ``Hạnh – Tỉnh ủy viên``: one syllable wrapped, then a
            # dash or comma, is the name's last (a word after it would start a line)
            lengths.insert(0, 4)
    else:
        lengths = sorted(
            (c for c in cuts if c >= MIN_SYLLABLES), key=lambda c: -_PREFERRED_LENGTH[c]
        )
    for length in lengths:
        idx = run[:length]
        if valid_name(toks, idx, need_surname=need_surname, allow_upper=allow_upper,
                      places=places, place_prefix=place_prefix, bare_surname=bare_surname):
            return idx
    return None


def _mark_after(toks: Tokens, last: int) -> bool:
    """Is token ``last`` followed on its line by a dash, comma or bracket?"""
    nxt = last + 1
    return (toks.has(nxt) and not toks.is_word[nxt] and toks.gap[nxt] in (0, 1)
            and toks.raw[nxt][:1] in _NAME_END_MARKS)


_NAME_END_MARKS = frozenset("-–—,;()")


def name_in_run(
    toks: Tokens,
    run: list[int],
    *,
    after_place_word: bool,
    after_head: bool = False,
    bare_surname: bool = False,
    after_institution: bool = False,
) -> list[int] | None:
    """The name inside a capitalised run that follows a title and its organ.

    ``Bộ trưởng Bộ Y tế Đào Hồng Lan``: the run is ``Đào Hồng Lan``;
    ``Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh``: the run is ``Hà Nội Trần
    Sỹ Thanh`` and the name its end. A run that starts on a surname (and not
    on a place name) is a name from its start; otherwise the name is a suffix
    that starts on a common surname, three syllables preferred, then four, two.
    After a place word (``tỉnh``) a name needs three syllables. Right after
    the head, a place-like name is a person's (``Chủ tịch Hồ Chí Minh``).
    ``bare_surname``: the run follows the title or its organ directly, so it may
    start on a surname that lost its marks (``Pham Bình Minh``).
    ``after_institution``: a school's kind stands before the run (``Trường THPT Lam
    Sơn``), so its start is the school's name and only a later suffix may be a name.
    """
    if after_institution:
        # the school's kind goes on in capitals (``Trường THPT`` + ``Chuyên Lê Quý
        # Đôn``, ``Trường PTDTBT`` + ``Tiểu học Nà Hang``): its name starts after it
        run = run[_institution_lead(toks, run):]
    if len(run) < MIN_SYLLABLES:
        return None
    cuts = _line_cuts(toks, run)

    def ok(idx: list[int], at_start: bool) -> bool:
        # right after the head a place-like name is a person's, unless the place-and-
        # date line goes on after it
        places = not (at_start and after_head) or place_date_follows(toks, idx[-1])
        if not valid_name(toks, idx, places=places, bare_surname=bare_surname):
            return False
        if COUNTRIES.longest(toks, idx[0]) is not None:
            return False
        if at_start and tuple(toks.key[k] for k in idx) in ORGAN_RUNS:
            return False
        if at_start and after_institution:
            return False
        # two syllables after a level word are a commune's name (``xã Hà Lợi``), but not
        # when an initial glued by an apostrophe opens them: a Central Highlands woman's
        # name (``Phó Chủ tịch UBND tỉnh`` + ``H'Hen Niê``); a place so spelt glues a
        # small letter (``Ea H'leo``) or stands second (``Ia H'Drai``)
        return not (at_start and after_place_word and len(idx) < 3
                    and not initial_name(toks, idx[0]))

    first = toks.key[run[0]]
    if (first in SURNAMES or (bare_surname and first in SURNAMES_BARE)
            or initial_name(toks, run[0])) and (
        after_head or not place_like(toks, run[0], run[-1] + 1)
    ):
        for length in sorted(
            (c for c in cuts if MIN_SYLLABLES <= c <= MAX_SYLLABLES),
            key=lambda c: -_PREFERRED_LENGTH[c],
        ):
            if ok(run[:length], True):
                return run[:length]
    best: tuple[tuple[int, int], list[int]] | None = None
    for s in range(1, len(run)):
        # inside a run only a common surname starts a name (``Bắc Giang Công`` is none)
        if toks.key[run[s]] not in SURNAMES_COMMON and not (
            bare_surname and toks.key[run[s]] in SURNAMES_BARE
        ):
            continue
        for c in cuts:
            length = c - s
            if not MIN_SYLLABLES <= length <= MAX_SYLLABLES:
                continue
            idx = run[s:c]
            if place_like(toks, run[s], run[c - 1] + 1) or not ok(idx, False):
                continue
            score = (_PREFERRED_LENGTH[length], -s)
            if best is None or score > best[0]:
                best = (score, idx)
    return best[1] if best else None


#: The baptismal names a Catholic's name opens with (``Phêrô``, ``Gioan Baotixita``) and
#: the small-written opening of a nun's Dharma name (``Thích nữ``): after a clergy rank
#: the name runs on past them (persons.toml [religious]).
_RELIGIOUS_OPENINGS: PhraseTrie[bool] = PhraseTrie(
    (phrase_keys(w), True)
    for w in _DATA["religious"]["baptismal"] + _DATA["religious"]["dharma_nun"]
)


def religious_name_at(toks: Tokens, i: int) -> list[int] | None:
    """The name at ``i`` after a clergy rank that opens with a baptismal name or a
    nun's ``Thích nữ`` (``Giuse Đinh Đức Đạo``, ``Thích nữ Diệu Hiền``): the opening
    and the name after it, which needs no surname of the table (the rank marks a
    person); else ``None``."""
    if toks.key[i] not in _RELIGIOUS_OPENINGS.first or toks.case[i] == CASE_LOWER:
        return None
    hit = _RELIGIOUS_OPENINGS.longest(toks, i)
    if hit is None or not toks.has(hit[0]) or toks.gap[hit[0]] > GAP_LINE:
        return None
    rest = name_at(toks, hit[0], need_surname=False, allow_upper=False, places=False)
    return None if rest is None else [*range(i, hit[0]), *rest]


def display_name(toks: Tokens, idx: list[int]) -> str:
    """The name as one line; names printed in capitals become title case. Tokens glued
    to the one before stay glued (a foreign name's ``Dong-yeon``)."""
    words = [toks.raw[k] for k in idx]
    if is_upper(toks, idx):
        words = [w[:1] + w[1:].lower() for w in words]
    elif len(idx) > 2 and toks.case[idx[1]] == CASE_LOWER and toks.key[idx[1]] in _MIDDLE_KEYS:
        words[1] = words[1][:1].upper() + words[1][1:]  # ``Nguyễn văn Quế``, see lower_middle
    return "".join(w if n == 0 or toks.gap[k] == 0 else " " + w
                   for n, (k, w) in enumerate(zip(idx, words, strict=True)))


#: A word of a foreign person's name as Vietnamese text prints it: a capital, then
#: small Latin letters without Vietnamese marks (``Carolyn``, ``Naoki``, ``Park``).
_FOREIGN_WORD = regex.compile(r"[A-Z][a-z]{1,14}")
#: The part of a hyphenated foreign given name after the hyphen (``yeon``, ``Wan``);
#: not an abbreviation in capitals (``Tran Van Hung-PCT``).
_FOREIGN_PART = regex.compile(r"[A-Za-z][a-z]{1,14}")
#: A foreign name's words at most (``Sonexay Siphandone``, ``Marc Evans Knapper``).
_FOREIGN_MAX_WORDS = 4


def foreign_name_at(toks: Tokens, i: int) -> list[int] | None:
    """A foreign name that starts at token ``i`` (after ``Ngài``, ``ông``, ``bà``): two
    to four capitalised words of plain Latin letters on one line, a part glued by a
    hyphen to the word before (``Kim Dong-yeon``) belonging to it. The run must show
    itself foreign, by a word that is no Vietnamese syllable (``Carolyn``) or a hyphen
    inside a word; a run of syllables is read as a Vietnamese name or not at all.
    Only the caller's separator and position after it make the run a person."""
    idx: list[int] = []
    words = 0
    foreign = False
    j = i
    while toks.has(j) and words < _FOREIGN_MAX_WORDS:
        if not (toks.is_word[j] and _FOREIGN_WORD.fullmatch(toks.raw[j])):
            break
        if j > i and (toks.gap[j] != GAP_SPACE or match_head(toks, j) is not None):
            break
        idx.append(j)
        words += 1
        foreign = foreign or not syllable_ok(toks, j)
        j += 1
        while (toks.has(j + 1) and toks.raw[j] == "-" and toks.gap[j] == 0
               and toks.gap[j + 1] == 0 and _FOREIGN_PART.fullmatch(toks.raw[j + 1])):
            idx += [j, j + 1]  # ``Dong-yeon``: a hyphenated given name is one word
            foreign = True
            j += 2
    return idx if words >= MIN_SYLLABLES and foreign else None


#: Words of a minority person's name at most (``Y Thanh Hà Niê Kdăm``, ``Y Giang Gry
#: Niê Knơng``: Ê Đê names add the clan's name after the given one).
MINORITY_MAX_WORDS = 5
#: The longest word of such a name (``Knơng``, ``Kdăm``); longer is a heading's.
_MINORITY_WORD_MAX = 7


def _minority_word(toks: Tokens, j: int) -> bool:
    """Whether token ``j`` can be a word of a minority person's name: letters only, in
    title case or a lone capital (``Y``), an initial glued by an apostrophe allowed
    (``H'Bơ``, ``K'Ré``), syllable-shaped or not (``Êban``, ``Byă``, ``Wai``)."""
    raw = toks.raw[j]
    if not toks.is_word[j] or toks.case[j] not in (CASE_TITLE, CASE_SINGLE):
        return False
    word = raw[2:] if raw[1:2] in APOSTROPHES else raw
    return 0 < len(word) <= _MINORITY_WORD_MAX and word.isalpha()


def minority_name_at(toks: Tokens, i: int) -> list[int] | None:
    """A name of a Central Highlands, North-West or Khmer person at token ``i``, in the
    shapes the Vietnamese syllable test refuses: a word that is no Vietnamese syllable
    (``Y Moan Êban``, ``Y Wai Byă``), five words (``Y Thanh Hà Niê Kdăm``), or one word
    with an initial glued by an apostrophe (``K'Hòa``, ``K'Brel``). The run keeps to
    its line and stops before a position head. Nothing here says it is a person: the
    caller asks for a cue before it and a separator and a position after it."""
    idx: list[int] = []
    j = i
    while toks.has(j) and len(idx) < MINORITY_MAX_WORDS and _minority_word(toks, j):
        if j > i and (toks.gap[j] != GAP_SPACE or match_head(toks, j) is not None):
            break
        idx.append(j)
        j += 1
    if not idx or toks.key[i] in NON_NAME_STARTS or match_head(toks, i) is not None:
        return None
    if toks.has(j) and toks.is_word[j] and toks.gap[j] == GAP_SPACE:
        return None  # the run goes on in words of another shape: no name of this kind
    if len(idx) == 1:
        raw = toks.raw[i]
        return idx if raw[1:2] in APOSTROPHES and len(raw) > 2 else None
    if len(idx) <= MAX_SYLLABLES and all(syllable_ok(toks, k) for k in idx):
        return None  # a name of syllables the ordinary reading has judged
    return None if _placeholder(toks, idx[-1]) else idx


#: An apostrophe inside a name's word, kept by the split (``K'BRÒN``: ``K``, ``'``, ``BRÒN``).
_APOSTROPHE_SPLIT = regex.compile(r"(['’])")


def display_text(text: str) -> str:
    """A signer's name from its span: whitespace collapsed, capitals to title case, an
    initial glued by an apostrophe as well (``K'BRÒN``: ``K'Bròn``)."""
    words = text.split()
    if any(len(w) > 1 and w.isupper() for w in words):
        words = ["".join(p[:1].upper() + p[1:].lower() for p in _APOSTROPHE_SPLIT.split(w))
                 if w.isupper() else w for w in words]
    return " ".join(words)


__all__ = [
    "LOOK_BACK",
    "SURNAMES",
    "SURNAMES_BARE",
    "SURNAMES_COMMON",
    "SYLLABLE",
    "address_follows",
    "blocked_before",
    "display_name",
    "display_text",
    "initial_name",
    "institution_before",
    "is_upper",
    "minority_name_at",
    "name_at",
    "name_in_run",
    "place_like",
    "read_run",
    "same_style",
    "syllable_ok",
    "valid_name",
]
