"""One :class:`~vbcd.models.Agency` per organ, from the mentions the grammar found.

Mentions are grouped when they name the same organ:

1. equal keys: head written the standard way (``BCS đảng`` → ``Ban cán sự
   đảng``), abbreviations expanded, tones, case and punctuation folded, the
   province word before a place dropped (``Sở Y tế tỉnh Bắc Ninh`` = ``Sở Y tế
   Bắc Ninh``);
2. spelling slips under the same head: equal without diacritics, spaces and ``và``
   (OCR: ``Chỉnh phủ``, ``Bộ YTÉ``; ``Đài PT-TH tỉnh``), or rapidfuzz-near with the
   same numbers;
3. steering committees at one level whose topics say the same, one more fully;
4. a short form in brackets right after the full name, alone or after ``sau đây
   gọi tắt là`` (``Trung tâm Kiểm soát bệnh tật tỉnh (CDC Nghệ An)``, ``Đài Phát
   thanh và Truyền hình tỉnh (Đài PT-TH tỉnh)``): the document defines it as that
   organ's name, so it and every later mention written so are that organ, when it
   shortens the full name (``Sở Y tế (Phòng Nghiệp vụ)`` names a unit, ``Bộ Tư lệnh
   Bộ đội Biên phòng (Bộ QP)`` the parent);
5. short references: a name that is a word prefix of exactly one longer name
   of the same head (``Ban Bí thư`` → ``Ban Bí thư Trung ương Đảng``,
   ``UBND tỉnh`` → ``UBND TỈNH QUẢNG NINH``), or a head with only a scope
   (``Ban chỉ đạo tỉnh``) when one organ of that head fits; not when, in a
   province's document, the longer name is another place's or the national
   namesake of the issuer's header line (``SỞ NGOẠI VỤ`` / ``Sở Ngoại vụ tỉnh
   Đắk Nông``, ``BAN TÔN GIÁO`` / ``Ban Tôn giáo Chính phủ``).

6. an acronym after the head (``Vụ KHTC``) of exactly one name of that head
   written in full (``Vụ Kế hoạch - Tài chính``).

A rule that could pick between several organs picks none. An organ named only by
mentions too short for their head (``Bộ Cêng``: no ministry's name has one word,
see ``min_words``) is left out; such a mention of an organ named in full (``Bộ Ytế``)
stays one of its mentions.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from vbcd.extract import organ_tables as T
from vbcd.extract.organ_grammar import MAX_TOKENS, Found
from vbcd.models import Agency
from vbcd.normalize import fold_tones

__all__ = ["merge"]

#: Fuzzy merging compares all pairs within a head; beyond this many distinct
#: names for one head (only adversarial input has them) it is skipped.
MAX_FUZZY_BUCKET = 300

_SPACE = regex.compile(r"\s+")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}\s]+")


@lru_cache(maxsize=8192)
def _standard(name: str, head_chars: int, canonical_head: str) -> str:
    """The name with its head written the standard way (``BCS đảng`` →
    ``Ban cán sự đảng``, ``Thường vụ`` → ``Ban Thường vụ``, ``TTXVN`` →
    ``Thông tấn xã Việt Nam``) and other abbreviations expanded. Cached, as
    names repeat."""
    if not head_chars:
        return T.expand_abbreviations(name)
    name = T.company_form(name)  # ``Công ty CP``: the form after the head, not Chính phủ
    written = name[:head_chars]
    expanded = T.expand_abbreviations(written)
    standard = canonical_head
    if expanded != written and fold_tones(expanded).casefold().startswith(
        fold_tones(standard).casefold()
    ):
        standard = expanded
    rest = T.expand_abbreviations(name[head_chars:])
    if written.endswith(".") and rest[:1].isalnum():
        rest = " " + rest  # ``TT.HĐND``: the head's dot stood for the blank after it
    return standard + rest


def _key(f: Found) -> str:
    """The merge key of a mention (see the module docstring, rule 1)."""
    if f.key_name:
        return _key_of(f.key_name, f.key_head_chars, f.head.canonical)
    return _key_of(f.name, f.head_chars, f.head.canonical)


#: ``và`` glued to the word before it by a converter (``Kế hoạchvà Đầu tư``; no
#: Vietnamese word ends in ``và``, see organ_tokens).
_GLUED_AND = regex.compile(r"(?<=\p{L})(?=(?:và|VÀ)(?![\p{L}\p{N}]))")


#: A comma or ``&`` between two capitals, spaced apart when the grammar joined a
#: name's tokens (``Sở VH , TT & DL tỉnh``): glued back, the abbreviation is the one
#: the table knows as written (``VH,TT&DL``) and the key is the name's in full.
_SPACED_GLUE = regex.compile(r"(?<=\p{Lu}) ([,&]) (?=\p{Lu})")


@lru_cache(maxsize=8192)
def _key_of(name: str, head_chars: int, canonical_head: str) -> str:
    if " , " in name or " & " in name:
        glued = _SPACED_GLUE.sub(r"\1", name[head_chars:])
        name = name[:head_chars] + glued
    text = _GLUED_AND.sub(" ", _standard(name, head_chars, canonical_head))
    key = str(_SPACE.sub(" ", _NON_WORD.sub(" ", fold_tones(text).casefold()))).strip()
    for src, dst in T.ALIASES:
        if (key == src and src not in T.SCOPED_ALIASES) or key.startswith(src + " "):
            key = dst + key[len(src) :]
    return key


def canonical(f: Found) -> str:
    """Abbreviations expanded, standard head, tones and case folded."""
    return _canonical(f.name, f.head_chars, f.head.canonical)


#: An abbreviation's dot inside a name (``TP. Hồ Chí Minh``, ``TP.Hồ Chí Minh``).
_ABBREVIATION_DOT = regex.compile(r"(?<=\p{L})\.\s*(?=\p{L})")
#: A dash between two words of a name, however spaced and whichever dash
#: (``Lao động-Thương binh``, ``Lao động – Thương binh``), as the grammar reads it
#: (organ_tokens); a hyphen inside a word (``Covid-19``, ``Cam-pu-chia``) is none.
_DASH = regex.compile(
    r"\s*+(?:[\u2010-\u2015\u2212]|(?<=\s)-|-(?=\s)|(?<=\p{L})-(?=\p{Lu}))\s*+")


@lru_cache(maxsize=8192)
def _canonical(name: str, head_chars: int, canonical_head: str) -> str:
    text = _ABBREVIATION_DOT.sub(" ", fold_tones(_standard(name, head_chars, canonical_head)))
    text = _GLUED_AND.sub(" ", text)
    text = _DASH.sub(" - ", text)
    return str(_SPACE.sub(" ", text)).strip().casefold()


@lru_cache(maxsize=8192)
def _bare(key: str) -> str:
    """No diacritics, no spaces, no ``và``: the conjunction between two fields is
    written ``và``, ``&``, a dash or nothing (``Đài Phát thanh và Truyền hình tỉnh`` /
    ``Đài PT-TH tỉnh``, ``Sở VHTT&DL``), and the key has dropped the punctuation
    already. Only equal names merge so; the keys keep the word, so that a short
    reference never reaches a longer name through it (``Sở Văn hóa và Thể thao`` is
    no short form of ``Sở Văn hóa, Thể thao và Du lịch``)."""
    key = key.replace(" và ", " ").replace(" va ", " ")
    out = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(c for c in out if not unicodedata.combining(c) and not c.isspace())


def _head_id(f: Found, key: str) -> str:
    """The head that decides which mentions may be one organ."""
    for _src, dst in T.ALIASES:
        if key == dst or key.startswith(dst + " "):
            return dst
    return f.head.canonical


#: A Roman numeral written as a word (``khu vực III``), folded to lower case.
_ROMAN = regex.compile(r"[ivx]+")


def _digits(key: str) -> list[str]:
    """The numbers of a key, Arabic or Roman: names that differ only in them are
    different organs (``Chi cục Hải quan khu vực II`` / ``III``, ``Kho bạc Nhà nước
    khu vực IV`` / ``V``), however near their spellings."""
    return [w for w in key.split() if any(c.isdigit() for c in w) or _ROMAN.fullmatch(w)]


def _distinct(key: str) -> list[str]:
    """The compass words of a key (``bắc``, ``nam``, see ``[merge] distinct_words``):
    names that differ only in them are different organs (``... thủy lợi Bắc Thái Bình``
    / ``Nam Thái Bình``), however near their spellings; so are the donors' acronyms
    (``Văn phòng đại diện KOICA`` / ``JICA tại Việt Nam``: two donors' offices)."""
    return [w for w in key.split() if w in T.DISTINCT_WORDS or w in T.DONOR_ACRONYMS]


#: The number of an area or local office after its scope word (``khu vực XIII``,
#: ``cơ sở 3``, ``chuyên ngành II``: the Treasury's, the State Audit's, the customs' and
#: the tax offices of 2025), in a key.
_AREA_NUMBER = regex.compile(
    r"(?<=(?:^| )(?:khu vực|cơ sở|chuyên ngành) )(?:\d+|[ivx]+)(?= |$)")


def _area_numbers(key: str) -> list[str]:
    """The area numbers of a key: a name with one is another organ than the same name
    without it or with another, although the one reads as a scope of the other."""
    if "khu vực " not in key and "cơ sở " not in key and "chuyên ngành " not in key:
        return []
    return _AREA_NUMBER.findall(key)


def _topic_words(topic: str) -> frozenset[str]:
    words = str(_NON_WORD.sub(" ", topic)).split()
    return frozenset(w for w in words if w not in T.TOPIC_OPENER_WORDS)


def _topics_match(a: Found, b: Found) -> bool:
    """Two steering committees whose topics say the same thing, one more fully
    (``phòng, chống dịch`` and ``phòng, chống dịch bệnh Covid-19``): the content
    words of one contain the other's, and their levels do not differ."""
    if a.level and b.level and a.level != b.level:
        return False
    wa, wb = _topic_words(a.topic), _topic_words(b.topic)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa


#: The last characters before a short form in brackets: the bracket, or the words
#: that define a short name (``(sau đây gọi tắt là UBND tỉnh``, ``(viết tắt là``).
_OPENERS = frozenset("( ")
_OPEN_CHARS = 40
_SHORT_FORM_OPEN = regex.compile(
    r"\s*+\(\s*+(?:(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt|viết\s+tắt|gọi)\s+là\s+)?\Z",
    regex.IGNORECASE)
_SHORT_FORM_CLOSE = regex.compile(r"\s*+\)")


def _spells(letters: str, words: list[str]) -> bool:
    """Are ``letters`` the words' beginnings in order, one or more letters of each
    (``gdtrh`` of ``giáo dục trung học``, ``khtc`` of ``kế hoạch tài chính``)?"""
    if not words:
        return not letters
    if len(letters) < len(words):
        return False
    w = words[0]
    n = 1
    while n <= len(w) and n <= len(letters) and letters[n - 1] == w[n - 1]:
        if _spells(letters[n:], words[1:]):
            return True
        n += 1
    return False


def _in_order(letters: str, initials: str) -> bool:
    """Are ``letters`` a subsequence of ``initials``?"""
    it = iter(initials)
    return all(c in it for c in letters)


def _shortens(short: str, full: str, placed: bool) -> bool:
    """Is the key ``short`` a short form of the key ``full``: the same first word, and
    every other word either one of the full name's or an acronym of its words (``Đài
    PT-TH tỉnh`` of ``Đài Phát thanh và Truyền hình tỉnh``)? ``placed``: the short form
    names the place that the full name's scope leaves unsaid (``CDC Nghệ An`` of
    ``Trung tâm Kiểm soát bệnh tật tỉnh``). A parent organ in brackets (``Bộ Tư lệnh
    Bộ đội Biên phòng (Bộ QP)``) is none."""
    first, _, rest = short.partition(" ")
    words = full.split()
    if not words or first != words[0]:
        return False
    if placed:
        return True
    have = set(words)
    initials = "".join(w[0] for w in words)
    return all(w in have or _in_order(w, initials) for w in rest.split())


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


#: Characters from the start of the text where the issuer's header lines stand.
HEADER_CHARS = 600
#: What follows a national organ's name in the key of its area office (``Kiểm toán nhà
#: nước khu vực XI``, ``Ngân hàng Nhà nước khu vực 5``): another organ than the national
#: one the bare name means, so the bare name is no short form of it.
_AREA = " khu vực "
#: The scope words that name the centre itself (``Trung ương``, ``TW``), folded.
_CENTRAL_SCOPE = frozenset(("ương", "tw"))
#: Small words an acronym of a name may leave out (``KHĐT`` of ``Kế hoạch và Đầu tư``).
_JOINERS = frozenset(("và", "&"))
#: What parts two items of one enumeration: a comma or a slash, blanks around it.
_LIST_GAP = regex.compile(r"\s*[,/;]\s*")
#: Levels of a national body's local units.
_LOCAL = frozenset(("province", "district", "commune"))
_BELOW_PROVINCE = frozenset(("district", "commune"))
#: Level words of two syllables, as a merge key ends in them (a blank before).
_TWO_WORD_LEVELS = (" thành phố", " thị xã", " thị trấn", " đặc khu")
#: The level words a scope opens on (``tỉnh``, ``thành phố``, ``xã``), folded as a key.
_SCOPE_WORDS = frozenset(fold_tones(w).casefold() for w, _level in T.LEVEL_SCOPE) - {"tp"}


class _Groups:
    """Distinct keys, the mentions under each, and the grouping between keys."""

    def __init__(self, found: list[Found], text: str = "") -> None:
        self.found = found
        self.text = text
        self.keys: list[str] = []
        self.index: dict[str, int] = {}
        self.members: list[list[int]] = []
        self.heads: list[str] = []
        for n, f in enumerate(found):
            key = _key(f)
            if key not in self.index:
                self.index[key] = len(self.keys)
                self.keys.append(key)
                self.members.append([])
                self.heads.append(_head_id(f, key))
            self.members[self.index[key]].append(n)
        self.first = [found[m[0]] for m in self.members]
        self.uf = _Union(len(self.keys))
        self.short: set[int] = set()  # keys merged in as a short reference
        self.placed: set[int] = set()  # of those, scope words whose place was added
        self.initials: set[int] = set()  # of those, acronyms (rule 6)
        self.abbreviated: dict[str, bool] = {}  # name -> holds an abbreviation
        self.header: tuple[frozenset[str], bool] | None = None  # see _header
        self.by_head: dict[str, list[int]] = {}
        for k, h in enumerate(self.heads):
            self.by_head.setdefault(h, []).append(k)

    def slips(self) -> None:
        """Rules 2 and 3."""
        keys, uf = self.keys, self.uf
        for ks in self.by_head.values():
            bare: dict[str, int] = {}
            for k in ks:
                b = _bare(keys[k])
                if b in bare:
                    uf.union(bare[b], k)
                else:
                    bare[b] = k
            if len(ks) > MAX_FUZZY_BUCKET:
                continue
            for x, kx in enumerate(ks):
                for ky in ks[x + 1 :]:
                    a, b = keys[kx], keys[ky]
                    if fuzz.ratio(a, b) >= T.FUZZY_MIN and _digits(a) == _digits(b) \
                            and _distinct(a) == _distinct(b):
                        uf.union(kx, ky)
            self._topics(ks)

    def _topics(self, ks: list[int]) -> None:
        """Rule 3: steering committees at the same level with the same topic; one
        without a level joins the only committee its topic fits, if one."""
        uf, first = self.uf, self.first
        topical = [k for k in ks if first[k].head.topic and first[k].topic]
        for x, kx in enumerate(topical):
            for ky in topical[x + 1 :]:
                if first[kx].level and first[ky].level and _topics_match(first[kx], first[ky]):
                    uf.union(kx, ky)
        for k in topical:
            if first[k].level:
                continue
            cands = {
                uf.find(c) for c in topical
                if c != k and uf.find(c) != uf.find(k) and _topics_match(first[k], first[c])
            }
            if len(cands) == 1:
                uf.union(k, cands.pop())

    def brackets(self, text: str) -> None:
        """Rule 4: a short form in brackets right after the full name."""
        found, index = self.found, self.index
        ends: dict[int, int] = {}
        for n, f in enumerate(found):
            ends.setdefault(f.end, n)
        for n, f in enumerate(found):
            if f.start < 1 or f.end >= len(text) or text[f.start - 1] not in _OPENERS:
                continue  # (a cheap test first: most mentions follow no bracket)
            opened = _SHORT_FORM_OPEN.search(text, max(0, f.start - _OPEN_CHARS), f.start)
            if opened is None or not _SHORT_FORM_CLOSE.match(text, f.end):
                continue
            full = ends.get(opened.start())
            if full is None or full == n:
                continue
            short_key, full_key = _key(f), _key(found[full])
            if not _shortens(short_key, full_key, f.has_place and found[full].has_scope):
                continue
            k = index[short_key]
            self.uf.union(index[full_key], k)
            self.short.add(k)

    def prefixes(self) -> None:
        """Rule 5, first half: a word prefix of exactly one longer name."""
        keys, uf = self.keys, self.uf
        index: dict[tuple[str, str], set[int]] = {}
        for k, key in enumerate(keys):
            # a key's words are parted by single spaces: its first n words end
            # where its n-th space stands
            head = self.heads[k]
            space = key.find(" ")
            n = 1
            while space >= 0 and n < MAX_TOKENS:
                bucket = index.get((head, key[:space]))
                if bucket is None:
                    index[head, key[:space]] = {k}
                elif len(bucket) < 3:
                    bucket.add(k)
                space = key.find(" ", space + 1)
                n += 1
        for k, key in enumerate(keys):
            if k in self.short:
                continue  # a short form the document defined (rule 4)
            f = self.first[k]
            longer = index.get((self.heads[k], key), set())
            placed = False
            if not longer and f.has_scope and not f.has_place and " " in key:
                longer = self._placed_forms(k, index)
                placed = bool(longer)
            if f.level == "central" and not f.has_scope:
                # nor is it a short form of its unit in a province or district (``Viettel``
                # / ``Viettel Hà Tĩnh``, ``Ngân hàng Nhà nước`` / ``... chi nhánh tỉnh X``)
                # nor of a foreign state's body (``Chính phủ`` / ``Chính phủ Nhật Bản``)
                longer = {c for c in longer if not keys[c].startswith(_AREA, len(key))
                          and self.first[c].level not in _LOCAL
                          and _letters(keys[c][len(key):]) not in T.FOREIGN_STATE_KEYS}
            if longer and f.level not in _LOCAL:
                # a numbered area office is no long form of its parent body (``Kho bạc
                # Nhà nước`` / ``Kho bạc Nhà nước khu vực XIII``); a local head's bare
                # name is one (``Chi cục Hải quan`` / ``Chi cục Hải quan khu vực X``)
                own = _area_numbers(key)
                longer = {c for c in longer if _area_numbers(keys[c]) == own}
            cands = {uf.find(c) for c in longer} - {uf.find(k)}
            if len(cands) > 1 and f.has_scope and not f.has_place and f.level != "central":
                # a scope without its place (``UBND tỉnh``), not a bare head (``MTTQ``) or
                # a national body (``MTTQ Việt Nam``)
                cands = self._home(cands)
            elif len(cands) > 1:
                cands = self._header_own(k, cands)
            if len(cands) == 1 and not self._elsewhere(k, longer) and not self._listed_with(
                    k, longer):
                uf.union(k, cands.pop())
                self.short.add(k)
                if placed:
                    self.placed.add(k)

    def _header_own(self, k: int, cands: set[int]) -> set[int]:
        """Of several longer names a bare header line could shorten (``BAN CHỈ ĐẠO 389``:
        ``Ban Chỉ đạo 389 quốc gia``, ``Ban Chỉ đạo 389 tỉnh Kiên Giang``), the one whose
        added words stand in the header (``UBND TỈNH KIÊN GIANG``): the issuer is the
        body of the header's place. ``cands`` unchanged unless ``k`` is the issuer's
        own header line and exactly one name fits."""
        if not any(self.found[n].upper and self.found[n].start < HEADER_CHARS
                   for n in self.members[k]):
            return cands
        words, placed = self._header()
        if not placed:
            return cands
        n_words = len(self.keys[k].split())
        fit = {c for c in cands if words.issuperset(
            w for w in self.keys[c].split()[n_words:] if w not in T.JOINING_WORDS)}
        if len(fit) > 1:
            # a scope-only form among them (``Ban Chỉ đạo 389 tỉnh``) is the placed one's
            fit = {c for c in fit if self.first[c].has_place}
        return fit if len(fit) == 1 else cands

    def _placed_forms(self, k: int, index: dict[tuple[str, str], set[int]]) -> set[int]:
        """The names of ``k``'s organ with the place its scope word leaves unsaid
        (``Trung tâm Phát triển quỹ đất tỉnh`` / ``... tỉnh Quảng Ngãi``, ``Ban Chỉ đạo 389
        tỉnh`` / ``... tỉnh Kiên Giang``): the merge key drops the scope word before a
        place, so the short key, ending in it, is no word prefix of the long one. Only
        names of the same level that name a place are taken."""
        f = self.first[k]
        key = self.keys[k]
        # the scope word may be two (``Sở Y tế thành phố`` / ``... thành phố Đà Nẵng``)
        two = next((w for w in _TWO_WORD_LEVELS if key.endswith(w)), None)
        stem = key[: -len(two)] if two else key.rpartition(" ")[0]
        # the long key holds the stem and the place (its scope word dropped): a
        # two-word scope and a two-word place are as many words (``Ủy ban MTTQ thành
        # phố`` / ``... thành phố Hải Phòng``); such a long name is taken when it writes
        # the same scope word, not another unit's (``UBND thành phố`` is no short form
        # of ``UBND tỉnh Quảng Nam``). (A longer place keeps the rule it had: ``UBND
        # tỉnh`` in a city's letter is the city's committee.)
        scope = key[len(stem):].strip()
        n_key, n_stem = len(key.split()), len(stem.split())
        found = {c for c in index.get((self.heads[k], stem), set())
                 if c != k and self.first[c].has_place and self.first[c].level == f.level
                 and (len(self.keys[c].split()) > n_key or (
                     len(self.keys[c].split()) > n_stem and self._same_scope(c, scope)))}
        # several places (``UBND tỉnh`` beside two provinces' councils) are the
        # scope-only rule's to settle, which knows the home province
        if len(found) != 1:
            return set()
        # and the place must be the header's: ``Bộ CHQS tỉnh`` in a border guard's
        # letter is not the neighbouring country's province named beside it
        words, placed = self._header()
        added = self.keys[next(iter(found))].split()[len(stem.split()):]
        if words.issuperset(added):
            return found
        # under a district's or commune's header (``UBND HUYỆN ĐỨC HÒA``) the province
        # is the one it lies in: ``Ban QLDA ĐTXD công trình giao thông tỉnh`` is the
        # ``... tỉnh Long An`` the document names in full
        return found if f.level == "province" and not placed and self._local_header() else set()

    def _same_scope(self, c: int, scope: str) -> bool:
        """Do the mentions of ``c`` write the scope word ``scope`` (``thành phố``, also
        as ``TP``) and no other (``tỉnh``)?"""
        words = {fold_tones(w).casefold() for n in self.members[c]
                 for w in self.found[n].scope_words}
        if "tp" in words:
            words.update(("thành", "phố"))
        levels = {w for w in _SCOPE_WORDS if words.issuperset(w.split())}
        return scope in levels and len(levels) == 1

    def _local_header(self) -> bool:
        """Does the issuer's header name a district's or commune's body with its place
        (``UBND HUYỆN ĐỨC HÒA``) and no province's?"""
        return any(self.found[n].upper and self.found[n].start < HEADER_CHARS
                   and self.found[n].has_place and self.found[n].level in _BELOW_PROVINCE
                   for ms in self.members for n in ms)

    def _listed_with(self, k: int, longer: set[int]) -> bool:
        """Do a mention of ``k`` and one of the single longer name stand side by side in
        one enumeration (``Phòng Kinh tế, Phòng Kinh tế và Hạ tầng``; ``Phòng Kinh tế và
        Hạ tầng, Phòng Kinh tế``): a list names each organ once, so the shorter is
        another organ (a city's office beside a district's), no short reference."""
        if len(longer) != 1:
            return False
        c = next(iter(longer))
        if self.keys[c].split()[len(self.keys[k].split()):][:1] != ["và"]:
            return False  # only a second sector joined on (``Kinh tế`` + ``và Hạ tầng``)
        text = self.text
        others = [self.found[n] for n in self.members[c]]
        for n in self.members[k]:
            f = self.found[n]
            for o in others:
                a, b = (f, o) if f.end <= o.start else (o, f)
                if 0 < b.start - a.end <= 6 and _LIST_GAP.fullmatch(text, a.end, b.start):
                    return True
        return False

    def _header(self) -> tuple[frozenset[str], bool]:
        """The words of the issuer's header (its lines in capitals at the top, and the
        keys and scope words of the mentions there, abbreviations expanded) and whether
        a province's or city's name stands there (``UBND TỈNH ĐẮK LẮK``). Computed once,
        on the first short reference that asks."""
        if self.header is None:
            words: set[str] = set()
            placed = False
            for line in self.text[:HEADER_CHARS].splitlines():
                if line.isupper():
                    words.update(_NON_WORD.sub(" ", fold_tones(line).casefold()).split())
            for k, ms in enumerate(self.members):
                for n in ms:
                    f = self.found[n]
                    if f.upper and f.start < HEADER_CHARS:
                        key = self.keys[k].split()
                        words.update(key)
                        words.update(f.scope_words)
                        # a place's initials stand for it (``HCM``, ``TP.HCM``)
                        words.update("".join(w[0] for w in key[i:j])
                                     for i in range(len(key))
                                     for j in range(i + 2, min(i + 5, len(key)) + 1))
                        placed = placed or (f.has_place and f.level == "province")
            self.header = (frozenset(words), placed)
        return self.header

    def _elsewhere(self, k: int, longer: set[int]) -> bool:
        """Does the one longer name a short reference would join name another organ
        than the one the document means by it? In a province's document (its name in
        the header) the issuer's own header line (``SỞ NGOẠI VỤ`` under ``UBND TỈNH ĐẮK
        LẮK``) or a body of the province (``Bộ Chỉ huy Bộ đội Biên phòng tỉnh``) is not
        the same body of another place (``Sở Ngoại vụ tỉnh Đắk Nông``), nor is the
        issuer its national namesake (``BAN TÔN GIÁO`` / ``Ban Tôn giáo Chính phủ``).
        The longer name is the short one's when the words it adds stand in the header
        (``Sở Y tế tỉnh Bắc Ninh`` under ``UBND TỈNH BẮC NINH`` / ``SỞ Y TẾ``). A
        district's or commune's body without its name (``Ban Thường vụ Huyện ủy``) is
        whichever one the document is about."""
        if len(longer) != 1:
            return False
        f = self.first[k]
        own = any(self.found[n].upper and self.found[n].start < HEADER_CHARS
                  for n in self.members[k])
        if not own and not (f.has_scope and not f.has_place and f.level == "province"):
            return False
        words, placed = self._header()
        if not placed:
            return False
        c = next(iter(longer))
        added = [w for w in self.keys[c].split()[len(self.keys[k].split()):]
                 if w not in T.JOINING_WORDS]
        if not added or words.issuperset(added):
            return False
        tail = self.first[c].name.split()[-len(added):]
        if all(w[:1].isupper() for w in tail):
            return True  # another place's name
        return own and self.first[c].level == "central"

    def acronyms(self) -> None:
        """Rule 6: a unit written as its head and the initials of its name (``Vụ KHTC``,
        ``Vụ GDTrH``, as recipient lists and archive lines write it) where the document
        names it in full (``Vụ Kế hoạch - Tài chính``): the acronym spells the
        beginnings of the full name's words after the head, each word's (small joining
        words left out or not), and one organ of that head fits."""
        keys, uf, first = self.keys, self.uf, self.first
        for k, key in enumerate(keys):
            f = first[k]
            # an ampersand joins two fields' initials (``Cục QLN&TCĐN`` of ``Cục Quản lý
            # nợ và Tài chính đối ngoại``), as ``và`` joins the full name's
            rest = f.name[f.head_chars:].strip() if f.head_chars else ""
            joins = rest.count("&")  # the key writes each as a space
            rest = rest.replace("&", "")
            if len(rest) < 2 or not rest.isalpha() or not rest[0].isupper() \
                    or sum(ch.isupper() for ch in rest) < 2 or k in self.short:
                continue
            letters = "".join(key.split()[-1 - joins:])
            cands = set()
            for c in self.by_head.get(self.heads[k], []):
                words = keys[c].split()[1:]
                if c == k or len(words) < 2:
                    continue
                if _spells(letters, words) or _spells(
                        letters, [w for w in words if w not in _JOINERS]):
                    cands.add(uf.find(c))
            cands.discard(uf.find(k))
            if len(cands) == 1:
                uf.union(k, cands.pop())
                self.short.add(k)
                self.initials.add(k)

    def _home(self, cands: set[int]) -> set[int]:
        """Of several organs a short reference may mean (``UBND tỉnh`` in a document that
        names two provinces' committees), the issuer's: the one named in capitals in
        the header; all of them when not exactly one is."""
        uf, found = self.uf, self.found
        home = {uf.find(k) for k, ms in enumerate(self.members)
                if uf.find(k) in cands and any(
                    found[n].upper and found[n].start < HEADER_CHARS for n in ms)}
        return home if len(home) == 1 else cands

    def scope_only(self) -> None:
        """Rule 5, second half: a head with only a scope (``Ban chỉ đạo tỉnh``)."""
        uf, first = self.uf, self.first
        words: dict[int, set[str]] = {}
        for k, f in enumerate(first):
            if not f.scope_only or not f.has_scope or k in self.placed:
                # (a short form the first half placed already: ``UBND Thành phố`` with
                # the header's ``UBND THÀNH PHỐ HỒ CHÍ MINH``, not also with ``UBND
                # thành phố Thủ Đức`` named beside it)
                continue
            ks = self.by_head.get(self.heads[k], [])
            if len(ks) > MAX_FUZZY_BUCKET:
                continue
            home = uf.find(k)
            cands = set()
            fits = set()  # groups with a name whose scope, of this level, holds these words
            # the levels each group of the head's names holds (``Ban Chỉ đạo tổng kết
            # ...`` without one, joined with ``... của Tỉnh ủy``: the province's): the
            # scope ``Trung ương`` (``Ban Chỉ đạo Trung ương``) names none of a group of
            # local organs only. (``Việt Nam`` is also the whole name of a local front
            # or union: ``ỦY BAN MTTQ VIỆT NAM`` / ``XÃ LƯƠNG MINH``.)
            levels: dict[int, set[str]] = {}
            if f.level == "central" and not _CENTRAL_SCOPE.isdisjoint(f.scope_words):
                for c in ks:
                    if first[c].level:
                        levels.setdefault(uf.find(c), set()).add(first[c].level or "")
            for c in ks:
                g = first[c]
                if g.scope_only and not g.has_place:
                    continue
                if f.has_place and not g.has_scope:
                    # a scope that names its place is an organ's full name, no short
                    # reference to an organ of that head named otherwise (``Đồn Biên
                    # phòng cửa khẩu quốc tế Móng Cái`` / ``Đồn Biên phòng Pò Hèn``)
                    continue
                if g.head.chain and not g.has_scope:
                    # a national body's unit named by its parent organ (``Bảo hiểm
                    # xã hội Bộ Quốc phòng``) is another body than the national one
                    # or a province's (``Bảo hiểm xã hội Việt Nam``, ``... tỉnh``)
                    continue
                group = uf.find(c)
                if levels and "central" not in levels.get(group, {"central"}):
                    # a scope of another level names another organ: ``Ban Chỉ đạo Trung
                    # ương`` is no short form of ``Ban Chỉ đạo tổng kết Nghị quyết số
                    # 18-NQ/TW của Tỉnh ủy``, a board its parent puts at a province's level
                    continue
                if group == home:
                    continue
                if _area_numbers(self.keys[c]) != _area_numbers(self.keys[k]):
                    # a numbered area or local office is another organ than its parent
                    # (``Thuế tỉnh Quảng Ngãi`` / ``Thuế cơ sở 3 tỉnh Quảng Ngãi``,
                    # ``Kho bạc Nhà nước`` / ``Kho bạc Nhà nước khu vực XIII``)
                    continue
                if g.has_scope:
                    if c not in words:
                        words[c] = set(canonical(g).split())
                    if not f.scope_words <= words[c]:
                        continue
                    if g.level == f.level and g.has_place:
                        fits.add(group)
                cands.add(group)
            if len(cands) > 1 and len(fits) == 1 and f.head.topic:
                # ``Ban Chỉ đạo tỉnh`` beside ``Ban Chỉ đạo Tổng điều tra ... tỉnh Nghệ
                # An`` and the same board named in the title without a scope: the board
                # its scope and place name in full
                cands = fits
            if len(cands) > 1 and f.head.needs == "scope":
                # a body every province has (``UBND tỉnh``): the issuer's, if it is one
                cands = self._home(cands)
            elif len(cands) > 1:
                cands = self._header_own(k, cands)
            if len(cands) == 1:
                uf.union(k, cands.pop())
                self.short.add(k)

    def _name(self, n: int) -> str:
        return self.found[n].name

    def _abbreviated(self, name: str) -> bool:
        """Does the name hold an abbreviation (asked once per name)?"""
        known = self.abbreviated.get(name)
        if known is None:
            known = self.abbreviated[name] = T.expand_abbreviations(name) != name
        return known

    def agencies(self, text: str) -> list[Agency]:
        found, keys, members = self.found, self.keys, self.members
        groups: dict[int, list[int]] = {}
        for k in range(len(keys)):
            groups.setdefault(self.uf.find(k), []).append(k)
        out = []
        shorts = any(f.short for f in found)
        for ks in groups.values():
            if shorts and all(found[n].short for k in ks for n in members[k]):
                continue  # ``Bộ Cêng`` alone: no organ (see Found.short)
            mentions = sorted((n for k in ks for n in members[k]), key=lambda n: found[n].start)
            # the fullest name, of the full names when a short form says more
            # (``Trung tâm Kiểm soát bệnh tật tỉnh (CDC Nghệ An)``)
            named = [k for k in ks if k not in self.short] or ks
            primary = max(named, key=lambda k: (len(keys[k].split()), -members[k][0]))
            # the name: the first full mention in running text; a short reference
            # or a header line in capitals only when nothing else names the organ
            full = {n for k in ks if k not in self.short for n in members[k]}
            # an acronym (rule 6) names it last: ``CỤC HÀNG KHÔNG VIỆT NAM`` in the
            # header says more than ``Cục HKVN`` in the recipients
            initials = {n for k in ks if k in self.initials for n in members[k]}
            # (a department first named inside a title, head written small: ``Trưởng
            # phòng Nội vụ`` then ``Phòng Nội vụ``: the mention with its capital)
            name_from = next(
                (n for n in mentions if n in full and not found[n].upper
                 and not found[n].name[:1].islower()),
                next((n for n in mentions if not found[n].upper and n not in initials),
                     next((n for n in mentions if n not in initials), mentions[0])),
            )
            best = found[members[primary][0]]
            abbreviation = next(
                (name for name in map(self._name, mentions) if self._abbreviated(name)), None)
            # validated from a dict, the mentions too: Pydantic builds each Mention
            # inside the Agency's validation, for less than a Mention built apiece
            out.append(Agency.model_validate({
                "name": found[name_from].name,
                "canonical": canonical(best),
                "abbreviation": abbreviation,
                "level": best.level,
                "kind": best.kind if best.kind != "inherit" else "other",
                "mentions": [
                    {"start": f.start, "end": f.end, "text": text[f.start : f.end]}
                    for f in map(found.__getitem__, mentions)
                ],
                "start": found[mentions[0]].start,
                "end": found[mentions[0]].end,
            }))
        out.sort(key=lambda a: a.start)
        return out


def _letters(text: str) -> str:
    """The letters of a key's tail, as :data:`T.FOREIGN_STATE_KEYS` holds them."""
    return "".join(filter(str.isalpha, text))


def merge(found: list[Found], text: str) -> list[Agency]:
    """Group the mentions of each organ and build one :class:`Agency` per organ."""
    if not found:
        return []
    groups = _Groups(found, text)
    groups.slips()
    groups.brackets(text)
    groups.prefixes()
    groups.acronyms()
    groups.scope_only()
    return groups.agencies(text)
