"""Actors a letter names by reference: its addressee and its issuer.

A công văn speaks to its addressee and for its issuer, so its body names both by
reference as often as by name:

* ``Kính gửi: Sở Y tế. ... Đề nghị Quý cơ quan chủ động ...``: the form of address
  (``[addressee] honorifics``) stands for the addressees, and a bare head
  (``UBND tỉnh yêu cầu Sở khẩn trương ...``, ``[addressee] bare_heads``) for the one
  addressee whose name opens with it. The actor is the addressee, named where
  ``Kính gửi`` names it (its span in the header), so that it reads as the organ it is.
* ``Kính gửi: Ông Nguyễn Văn A. ... Đề nghị ông liên hệ ...``: a person's form of
  address alone (``[addressee] persons``) stands for the addressees named with one, and
  the short name an addressee is given (``Công ty X (sau đây gọi là Doanh nghiệp)``,
  ``[addressee] aliases``) for that addressee.
* ``UBND tỉnh báo cáo Bộ Tài chính biết, tổng hợp./.``: the issuer, as the subject of
  a sentence, reporting (``[addressee] issuer_reports``) or recounting its mandate
  (``Bộ Nội vụ được giao chủ trì ...``) is the letter's own act, not a task it is
  given.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from vbcd.extract.assignment_lexicon import Lexicon
from vbcd.extract.organ_tables import expand_abbreviations
from vbcd.models import Addressee, Assignment, Document
from vbcd.normalize import fold_tones

#: the end of the text before a sentence's subject: the end of a line, a sentence, an
#: item's label or a lead-in (an adverbial before the subject ends in a comma: ``Qua rà
#: soát, UBND tỉnh báo cáo ...``)
_SUBJECT_BEFORE = regex.compile(r"[.;:!?\n,)]\s*$")
#: how far back the text before an actor is read for its sentence's start
_LOOK_BACK = 80
#: where an addressee's name ends inside its span: a parenthesis, or a line opening
#: with a label (``Địa chỉ:``, ``Số CCCD:``)
_NAME_END = regex.compile(r"\(|\n[^\n:]{1,24}:")


@lru_cache(maxsize=4096)
def key(name: str) -> str:
    """A name compared with others: tone-folded, lower-cased, spaces collapsed.

    Memoised (a pure function of a string): the filters after the scan key each
    record's task and actor once more (``_lead_in``, ``_issuer_reports``), and a
    letter's addressees are keyed again for every record that may name them."""
    return " ".join(fold_tones(name).casefold().split())


def resolve_references(doc: Document, found: list[Assignment], lex: Lexicon) -> list[Assignment]:
    """The assignments with the addressee named for its references, and without the
    issuer's own reports (see the module docstring)."""
    issuer = _organ_key(doc.issuer.name) if doc.issuer is not None else ""
    parent = _organ_key(doc.issuer.parent or "") if doc.issuer is not None else ""
    out: list[Assignment] = []
    seen: set[tuple[str | None, int, int, str]] = set()
    for a in found:
        if issuer and _issuer_reports(doc.text, a, (issuer, parent), lex):
            continue
        for b in _addressed(doc, a, lex):
            mark = (b.clause, b.start, b.end, b.task)
            if mark not in seen:
                seen.add(mark)
                out.append(b)
    return out


def _addressed(doc: Document, a: Assignment, lex: Lexicon) -> list[Assignment]:
    """``a`` itself, or one record per addressee it refers to (``Quý cơ quan``); none
    for a person's form of address when no addressee is a person."""
    if not doc.addressees or a.start < doc.addressees[-1].end:
        return [a]
    words = a.actor.split()
    honorific = bool(words) and words[0].lower() in lex.addressee_honorifics
    actor = key(a.actor)
    targets = _referents(actor, honorific, doc.addressees, lex)
    if not targets and actor in lex.addressee_persons:
        return []  # ``ông`` in a letter to no person names no one (``Đề nghị ông, bà Chủ tịch``)
    return [_named(doc.text, a, t) for t in targets] or [a]


def _named(text: str, a: Assignment, target: Addressee) -> Assignment:
    """``a`` with the addressee's name as its actor; the name ends before a parenthesis
    or a labelled line (``Công ty X (Địa chỉ: ...)``, ``Ông Nguyễn Văn A`` / ``Địa chỉ:
    ...``: the address is no part of the actor)."""
    end = target.end
    stop = _NAME_END.search(text, target.start, end)
    if stop is not None and stop.start() > target.start:
        end = len(text[target.start:stop.start()].rstrip().rstrip(",;")) + target.start
    return a.model_copy(update={"actor": text[target.start:end], "start": target.start,
                                "end": end})


def _referents(actor: str, honorific: bool, addressees: list[Addressee],
               lex: Lexicon) -> list[Addressee]:
    """The addressees an actor phrase (its key) refers to: all (or those named with the
    words after it) for a form of address, the only one opening with it for a bare
    head."""
    names = [(key(t.text), t) for t in addressees]
    rest = actor.partition(" ")[2]
    if honorific and rest:
        named = [t for k, t in names if k.startswith(rest + " ")]
        return named or [t for _, t in names]
    if actor in lex.addressee_heads:
        named = [t for k, t in names if k.startswith(actor + " ")]
        if len(named) == 1:
            return named
    if actor in lex.addressee_persons:
        return [t for k, t in names if k.partition(" ")[0] in lex.addressee_persons]
    return [t for k, t in names if _aliased(k, actor, lex)]


def _aliased(name: str, actor: str, lex: Lexicon) -> bool:
    """Whether an addressee's name (its key) gives the actor as its short name
    (``Công ty TNHH X (sau đây gọi là Doanh nghiệp)``)."""
    for alias in lex.addressee_aliases:
        at = name.find(f"{alias} {actor}")
        end = at + len(alias) + len(actor) + 1
        if at >= 0 and (end == len(name) or name[end] in "),;."):
            return True
    return False


def _organ_key(name: str) -> str:
    """The key of an organ's name with its abbreviations expanded (``UBND tỉnh``)."""
    return key(expand_abbreviations(name))


def _issuer_reports(text: str, a: Assignment, issuer: tuple[str, str],
                    lex: Lexicon) -> bool:
    """Whether ``a`` is the issuer (``issuer``: its name's and its parent's keys), as a
    sentence's subject, reporting."""
    task = key(a.task)
    if not any(task == w or task.startswith(w + " ") for w in lex.issuer_reports):
        return False
    if not _is_issuer(_organ_key(a.actor), *issuer):
        return False
    before = "\n" + text[max(0, a.start - _LOOK_BACK):a.start]
    return _SUBJECT_BEFORE.search(before) is not None


def _is_issuer(actor: str, issuer: str, parent: str) -> bool:
    """Whether the ``actor`` key names the issuer: as printed, by its head without the
    place name, or with the place its parent names (``Sở Công Thương Lào Cai`` under
    ``UBND TỈNH LÀO CAI`` / ``SỞ CÔNG THƯƠNG``)."""
    if actor == issuer or (issuer.startswith(actor + " ") and " " in actor):
        return True
    place = actor[len(issuer) + 1:] if actor.startswith(issuer + " ") else ""
    return bool(place) and parent.endswith(" " + place)
