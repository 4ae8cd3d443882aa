"""Restore an issuer damaged by OCR to the organ and place names it stands for.

OCR of a scanned header drops diacritics (``THANH PHO HO CHI MINH``), misreads
tone marks (``Chỉnh phủ``) and glues syllables (``Bộ YTÉ``). The issuer is the
field users group and count documents by, so a damaged one is worth restoring;
but a repair must be certain. A stretch of the issuer is replaced only by a
phrase of the data tables (organ heads, administrative words, sector names,
province and district names) whose *skeleton* (no marks, no spaces, case
folded) is exactly the stretch's, and only when no other phrase shares that
skeleton. Phrases of one syllable are not used: stripped of its marks, one
syllable stands for too many words.

The document text is never changed: the repaired issuer keeps the span of the
printed one, and a ``typo_corrected`` warning records what was read how.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from vbcd.grammar import load
from vbcd.normalize import fold_tones, strip_marks

__all__ = ["repair"]

_TOKEN = regex.compile(r"\S+")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
#: The longest phrase, in printed tokens, a repair looks at (``ỦY BAN NHÂN DÂN
#: THÀNH PHỐ`` glued or split differently still fits).
MAX_TOKENS = 6


def skeleton(s: str) -> str:
    """``s`` without marks, case, spaces or punctuation: what OCR damage leaves intact."""
    return _NOT_ALNUM.sub("", strip_marks(s))


def _phrases() -> list[str]:
    header = load("header")
    table = header["issuer_repair"]
    agencies = load("agencies")
    out: list[str] = [str(w) for w in table["words"]]
    heads = [str(w) for w in header["issuer"]["heads"]]
    fields = [str(w) for w in agencies["fields"]["phrases"]]
    fields += [str(w) for w in table["sectors"]]
    out += heads + fields + [f"{h} {f}" for h in heads for f in fields]
    out += [str(h["canonical"]) for h in agencies["heads"]]
    provinces, districts = _place_names()
    out += provinces + districts
    out += [f"{lv} {p}" for lv in table["province_levels"] for p in provinces]
    out += [f"{lv} {d}" for lv in table["district_levels"] for d in districts]
    return out


@cache
def _place_names() -> tuple[list[str], list[str]]:
    """The province and the district names a repair knows, bare (no level word)."""
    gazetteer, places = load("gazetteer"), load("places")
    provinces = [str(p["name"]) for p in gazetteer["province"]]
    provinces += [str(p) for p in places["map_2025"]["cities"]]
    provinces += [str(p) for p in places["map_2025"]["provinces"]]
    for name, spellings in places["province_variants"].items():
        # a variant spelled like its name but for marks (``Đăk Lăk``) is not a second
        # phrase: the damaged form is restored to the gazetteer's spelling (and the
        # variant itself, printed, is kept: see :func:`_variants`)
        provinces += [str(s) for s in spellings
                      if not str(s).isupper() and skeleton(str(s)) != skeleton(str(name))]
    districts = [str(d["name"]) for d in gazetteer["district"] if str(d["name"])[:1].isalpha()]
    return provinces, districts


@cache
def _bare_places() -> frozenset[str]:
    """The bare place names: see :func:`_kept_as_name`."""
    provinces, districts = _place_names()
    return frozenset(provinces + districts)


def _kept_as_name(printed: str, phrase: str) -> bool:
    """Whether a stretch printed with its marks stands for a name of its own rather
    than for the bare place name ``phrase`` misread.

    A school, a hospital or a street is often named after a person or an old name
    whose letters are a district's (``TRƯỜNG THPT NGUYỄN BỈNH KHIÊM`` / Nguyên Bình,
    ``KIM ĐỒNG`` / Kim Động, ``VĂN LANG`` / Văn Lãng). A place's own name in an issuer
    follows its level word (``HUYỆN NGUYÊN BÌNH``), which the longer phrase repairs;
    a bare one is restored when OCR only stripped marks (``HO CHÍ MINH``), not when a
    syllable carries marks of its own that differ from the place's.
    """
    if phrase not in _bare_places():
        return False
    words, known = printed.split(), phrase.split()
    return len(words) == len(known) and any(
        strip_marks(w) != w.casefold() and _spelling(w) != _spelling(k)
        for w, k in zip(words, known, strict=True))


@cache
def _commune_levels() -> frozenset[str]:
    """The skeletons of the commune level words (``XÃ``, ``ĐẶC KHU``): see
    :func:`_after_commune_level`."""
    words = load("header")["issuer_repair"]["commune_levels"]
    return frozenset(skeleton(str(w)) for w in words)


def _after_commune_level(skeletons: list[str], i: int) -> bool:
    """Whether the stretch starting at token ``i`` follows a commune level word
    (one token, ``XÃ``, or two, ``ĐẶC KHU``): it is then a commune's own name."""
    levels = _commune_levels()
    return any(i >= n and "".join(skeletons[i - n:i]) in levels for n in (1, 2))


def _has_marks(s: str) -> bool:
    """Whether ``s`` bears any diacritic: OCR that drops marks drops them all."""
    return strip_marks(s) != s.casefold()


@cache
def _vocabulary() -> dict[str, str]:
    """Skeleton -> phrase, for phrases of two syllables or more whose skeleton no
    other phrase shares (built once, on the first issuer read)."""
    seen: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for phrase in _phrases():
        if len(phrase.split()) < 2:
            continue
        key = skeleton(phrase)
        seen.setdefault(key, set()).add(_spelling(phrase))
        spelled.setdefault(key, phrase)
    vocab = {k: spelled[k] for k, forms in seen.items() if len(forms) == 1}
    for damaged, phrase in load("header")["issuer_repair"]["lost_letters"].items():
        vocab.setdefault(skeleton(str(damaged)), str(phrase))  # (no phrase's own spelling)
    return vocab


@cache
def _variants() -> frozenset[str]:
    """Spellings printed right though no phrase has them: the province variants
    (``Đăk Lăk``), alone and after their level words."""
    header, places = load("header"), load("places")
    levels = [str(lv) for lv in header["issuer_repair"]["province_levels"]]
    out: set[str] = set()
    for spellings in places["province_variants"].values():
        for v in map(str, spellings):
            out.add(_spelling(v))
            out.update(_spelling(f"{lv} {v}") for lv in levels)
    return frozenset(out)


def _styled(phrase: str, printed: str) -> str:
    """The phrase in the printed stretch's letter case, letter by letter: the two
    have the same skeleton, so their letters and digits pair up one to one."""
    cases = [c.isupper() for c in printed if c.isalnum()]
    if len(cases) != sum(c.isalnum() for c in phrase):
        return phrase.upper() if printed.isupper() else phrase
    out: list[str] = []
    it = iter(cases)
    for c in phrase:
        out.append((c.upper() if next(it) else c.lower()) if c.isalnum() else c)
    return "".join(out)


def _spelling(s: str) -> str:
    """``s`` with its marks but without case, spaces or punctuation, tone placement
    folded: two spellings equal here differ only in layout, not in damage."""
    return _NOT_ALNUM.sub("", fold_tones(s).casefold())


@lru_cache(maxsize=1024)
def repair(line: str) -> str:
    """``line`` with every damaged stretch that stands for one known phrase restored.

    Left to right, the longest stretch of whole tokens whose skeleton is a known
    phrase's is taken; a stretch printed right (tone placement aside) is kept as
    printed. Returns ``line`` itself when nothing was damaged. Memoised: a pure
    function of one line, and issuer lines recur from document to document
    (``ỦY BAN NHÂN DÂN``, ``BỘ TÀI CHÍNH``).
    """
    tokens = list(_TOKEN.finditer(line))
    if not tokens:
        return line
    vocab = _vocabulary()
    # a stretch's skeleton is its tokens' joined (the blanks between go anyway)
    skeletons = [skeleton(t.group()) for t in tokens]
    pieces: list[str] = []
    pos = 0
    i = 0
    changed = False
    while i < len(tokens):
        found = None
        for j in range(min(len(tokens), i + MAX_TOKENS), i, -1):
            a, b = tokens[i].start(), tokens[j - 1].end()
            phrase = vocab.get("".join(skeletons[i:j]))
            if phrase is not None:
                found = (j, a, b, phrase)
                break
        if found is None:
            i += 1
            continue
        j, a, b, phrase = found
        printed = line[a:b]
        if (_spelling(printed) != _spelling(phrase) and _spelling(printed) not in _variants()
                and not _kept_as_name(printed, phrase)
                and not (phrase in _bare_places() and _has_marks(printed)
                         and _after_commune_level(skeletons, i))):
            pieces.append(line[pos:a])
            pieces.append(_styled(phrase, printed))
            pos = b
            changed = True
        i = j
    if not changed:
        return line
    pieces.append(line[pos:])
    return "".join(pieces)
