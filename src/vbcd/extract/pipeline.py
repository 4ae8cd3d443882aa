"""Entity-layer components: thin adapters from the shared context to the extractors.

Each function is one pipeline stage adding one layer to the document; the
extractors themselves (``vbcd.extract.dates`` ...) are plain functions over a text,
testable alone. Stages that need another layer's output (references need dates,
deadlines need dates and clauses) read it from the document, so the order in
:data:`vbcd.pipeline.DEFAULT_COMPONENTS` matters and is checked there.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TypeVar

from vbcd.extract.seal_columns import seal_columns
from vbcd.models import (
    Agency,
    Annex,
    DateField,
    DateMention,
    Deadline,
    Mention,
    Person,
    Place,
    Recipient,
    Signature,
)
from vbcd.pipeline import Context


def _anchor(ctx: Context) -> dt.date | None:
    doc = ctx.doc
    for field in (doc.issue_date, doc.meeting_date):
        if field is not None and (day := field.day()) is not None:
            return day
    return None


def cell_breaks(ctx: Context) -> frozenset[int]:
    """The line breaks that were a Markdown table's cell borders (none without a
    table: the tables are read only), computed once per document."""
    cells: frozenset[int] | None = ctx.cache.get("cell_breaks")
    if cells is None:
        norm = ctx.norm
        cells = frozenset(norm.cell_breaks()) if norm.tables else frozenset()
        ctx.cache["cell_breaks"] = cells
    return cells


def add_dates(ctx: Context) -> None:
    """Dates (solar and lunar), resolved against the issue or meeting date."""
    from vbcd.extract.dates import find_dates

    doc = ctx.doc
    title = doc.title
    dates = find_dates(doc.text, anchor=_anchor(ctx), match=ctx.match,
                       title=(title.start, title.end) if title is not None else None,
                       forward_from=_forward_from(ctx))
    issue = doc.issue_date
    doc.dates = dates if issue is None else _with_issue_date(dates, issue, doc.text)


def _with_issue_date(dates: list[DateMention], issue: DateField,
                     text: str) -> list[DateMention]:
    """``dates`` with the header's issue date when no mention covers its span: the
    header reads a place-and-date line whose words OCR misread (``ngàỵ 03 thảng 4 năm
    2024``: ``patterns.PLACE_DATE`` takes any mark on them), the dates grammar wants the
    day word whole. It is a day the text names, so one of its dates. (One look, at the
    header's span: no pass over the text.)"""
    day = issue.day()
    if day is None or text[issue.start:issue.end] != issue.text:
        return dates  # a blank or impossible day, or a date read from elsewhere
    lo = bisect_left(dates, issue.start, key=lambda d: d.start)
    lo -= lo > 0 and dates[lo - 1].end > issue.start
    hi = bisect_left(dates, issue.end, key=lambda d: d.start)
    iso = day.isoformat()
    read = [d for d in dates[lo:hi] if d.value is not None]
    if len(read) == 1 and read[0].value == iso and read[0].start > issue.start \
            and read[0].end <= issue.end:
        # the grammar read the day from its number, the day word's marks lost (``ngay 05
        # thang 3 nam 2025``): the mention is the header's whole date
        whole = read[0].model_copy(update={"start": issue.start, "end": issue.end,
                                           "text": issue.text})
        return [*dates[:lo], whole, *dates[hi:]]
    if read:
        return dates  # the grammar read the day
    # what it read there is a part (``năm 2024`` of ``ngàỵ 03 thảng 4 năm 2024``)
    mention = DateMention(start=issue.start, end=issue.end, text=issue.text, value=iso,
                          interval_start=iso, interval_end=iso)
    return [*dates[:lo], mention, *dates[hi:]]


def _forward_from(ctx: Context) -> int | None:
    """Where the clauses of a document that sets tasks ahead (a plan, a directive, a
    công điện: dates.toml ``forward_types``) begin; ``None`` for other documents."""
    from vbcd.extract.dates import FORWARD_TYPES

    doc = ctx.doc
    if doc.doc_type is None or doc.doc_type.code not in FORWARD_TYPES or not doc.clauses:
        return None
    return doc.clauses[0].start


def add_references(ctx: Context) -> None:
    """Cited numbered documents, with the dates written next to them."""
    from vbcd.extract.references import find_references, reference_key

    refs = find_references(ctx.doc.text, ctx.doc.dates, match=ctx.match)
    own = ctx.doc.number
    if own is not None and own.number:
        # the document's own number (its header, or an annex caption "Ban hành kèm theo
        # Quyết định số ..." of itself) is not a citation
        key = reference_key(own.value)
        refs = [r for r in refs if reference_key(r.number) != key
                and not (r.start < own.end and own.start < r.end)]
    ctx.doc.references = refs


def add_places(ctx: Context) -> None:
    """Administrative units and countries, from the gazetteer and prefix words."""
    from vbcd.extract.places import find_places

    places = find_places(ctx.doc.text, match=ctx.match, cells=cell_breaks(ctx))
    issue = ctx.doc.issue_place
    if places and issue is not None:
        # the place of the place-and-date line is no place of the body; the places
        # grammar knows the day word's common spellings, the header also the line whose
        # words OCR misread (``Hà Nội, ngàỵ 03 thảng 4``)
        places = _without_mentions(
            places, lambda place, m: issue.start <= m.start and m.end <= issue.end)
    sig = ctx.doc.signature
    if places and sig is not None and sig.name_start is not None:
        places = _outside_signers(places, sig)
    if places and sig is not None:
        places = _outside_seal(places, sig, ctx.doc.recipients, ctx.doc.annexes)
    ctx.doc.places = places


def _outside_seal(
    places: list[Place], sig: Signature, recipients: list[Recipient], annexes: list[Annex],
) -> list[Place]:
    """The places without their mentions in capitals between the body and the annexes:
    a scan prints the round seal's legend (``ỦY BAN NHÂN DÂN`` / ``TỈNH HÀ TĨNH``) over
    the signature, its lines read beside the recipient list; the gold counts the places
    of the body only. A name of two words at least (an abbreviation, ``TP HCM``, is a
    recipient's, not a seal's), and none of an annex's table of provinces."""
    tail = min([sig.start, *(r.start for r in recipients[:1])])
    end = annexes[0].start if annexes else None
    return _without_mentions(
        places, lambda place, m: tail <= m.start and (end is None or m.end <= end)
        and " " in m.text and m.text.isupper())


def _outside_signers(places: list[Place], sig: Signature) -> list[Place]:
    """The places without their mentions inside a signer's name: a name that is also
    a district's (``Mai Sơn``, ``Hoàng Mai``, ``Lê Chân``) under the signature's
    position is a person, whose document may well name the district's province."""
    spans = [(s.name_start, s.name_end) for s in (sig, *sig.co_signers)
             if s.name_start is not None and s.name_end is not None]
    return _without_mentions(
        places, lambda place, m: any(a <= m.start and m.end <= b for a, b in spans))


#: A record with mentions: a place or an agency.
_R = TypeVar("_R", Place, Agency)


def _without_mentions(records: list[_R], drop: Callable[[_R, Mention], bool]) -> list[_R]:
    """``records`` without the mentions ``drop`` picks, each moved to its first mention
    left; a record left with none is dropped."""
    out: list[_R] = []
    for record in records:
        kept = [m for m in record.mentions if not drop(record, m)]
        if len(kept) == len(record.mentions):
            out.append(record)
        elif kept:
            out.append(record.model_copy(update={
                "mentions": kept, "start": kept[0].start, "end": kept[0].end}))
    return out


def add_agencies(ctx: Context) -> None:
    """Named organs, abbreviations expanded, spellings merged; none read inside a place's
    name (``xã Vĩnh Hội Đông`` holds no ``Hội Đông``, ``thị trấn Hội An`` no ``Hội An``)."""
    from vbcd.extract.agencies import find_agencies
    from vbcd.segment.header import ISSUER_BREAKS, OWN_MOTTO

    issuer = ctx.doc.issuer
    # the header's parent and unit lines are two organs (``BỘ TƯ PHÁP`` / ``CỤC ...``):
    # where the unit's line opens, no name runs on, as at a table's cell border
    opens: frozenset[int] = ctx.cache.get(ISSUER_BREAKS, frozenset())
    # nor into a mass organisation's own motto beside or below the issuer (``HỘI NÔNG
    # DÂN TỈNH X`` / ``HỘI NÔNG DÂN VIỆT NAM``), which names no organ of the document
    motto: tuple[int, int] | None = ctx.cache.get(OWN_MOTTO)
    if motto is not None:
        opens = opens | {motto[0]}
    agencies = find_agencies(ctx.doc.text, match=ctx.match,
                             issuer=issuer.value if issuer is not None else None,
                             cells=cell_breaks(ctx) | opens)
    if motto is not None and agencies:
        a, b = motto
        agencies = _without_mentions(agencies, lambda _, m: a <= m.start and m.end <= b)
    archive = ctx.doc.archive_line
    if archive is not None and agencies:
        # the ``Lưu:`` line's codes are the issuer's own file codes (``Lưu: VT, KTNN,
        # MTTQ``: a desk, not the State Audit or the Front); a unit written with its head
        # there (``Lưu: VT, Vụ CQĐP``) is an organ, as the corpus's gold reads it
        a, b = archive.start, archive.end
        agencies = _without_mentions(
            agencies, lambda _, m: a <= m.start and m.end <= b and _file_code(m.text))
    sig = ctx.doc.signature
    if sig is not None and agencies:
        # the seal's legend read as an organ (``UY BAN NHAN DAN`` / ``TINH X`` beside the
        # recipients, ``VĂN PHÒNG`` / ``UBND TỈNH X`` under the position): an organ named
        # only there is none of the body's (the header names the signer's own organ)
        seals = seal_columns(ctx.doc.text, agencies, sig, ctx.doc.recipients, ctx.doc.annexes)
        if seals:
            agencies = _without_mentions(agencies, lambda _, m: m.text.isupper() and any(
                a < m.end and m.start < b for a, b in seals))
    spans = sorted((m.start, m.end) for p in ctx.doc.places for m in p.mentions)
    if spans and agencies:
        agencies = _outside_places(agencies, spans)
    ctx.doc.agencies = agencies


def _file_code(s: str) -> bool:
    """Is ``s`` a bare code (``KTNN``, ``BĐBP``, ``TC-KH``): one word, no small letter."""
    return " " not in s and s.upper() == s


def _outside_places(agencies: list[Agency], spans: list[tuple[int, int]]) -> list[Agency]:
    """The agencies without their mentions that start inside a place's name, or lie
    within one; an agency left with none is dropped."""
    def inside(m: Mention, name: str) -> bool:
        k = bisect_right(spans, (m.start, 1 << 62)) - 1
        if k < 0:
            return False
        a, b = spans[k]
        # (an item of a distributive list, ``Ủy ban nhân dân các tỉnh: Ninh Bình, ...``,
        # is written as the place: its mention is no name of its own and stays)
        return a < m.start < b or (a == m.start and m.end <= b and m.text == name)

    return _without_mentions(agencies, lambda agency, m: inside(m, agency.name))


def add_persons(ctx: Context) -> None:
    """People and their positions; the signer (and a joint document's co-signers)
    come from the signature block.

    With ``ner="underthesea"`` in the parse options, underthesea's NER adds names
    that no cue word introduces (slow; imported only then).
    """
    from vbcd.extract.person_tables import name_cells
    from vbcd.extract.persons import find_persons_with_notes

    sig = ctx.doc.signature
    name_span = None
    title = None
    if sig is not None and sig.name_start is not None and sig.name_end is not None:
        name_span = (sig.name_start, sig.name_end)
        title = sig.title
    co_signers = [((co.name_start, co.name_end), co.title)
                  for co in (sig.co_signers if sig is not None else [])
                  if co.name_start is not None and co.name_end is not None]
    persons, notes = find_persons_with_notes(
        ctx.doc.text, signature_name=name_span, signature_title=title, co_signers=co_signers,
        ner=ctx.options.get("ner") == "underthesea", match=ctx.match,
        organs=[(m.start, m.end) for a in ctx.doc.agencies for m in a.mentions],
        cells=cell_breaks(ctx), name_cells=name_cells(ctx.norm),
    )
    trade = [(m.start, m.end) for a in ctx.doc.agencies if a.kind == "enterprise"
             for m in a.mentions]
    if trade and persons:
        persons = _outside_trade_names(persons, trade, name_span)
    if persons and ctx.doc.places:
        persons = _outside_listed_units(persons, ctx.doc.places, ctx.doc.agencies, name_span)
    ctx.doc.persons = persons
    for code, message, start, end in notes:
        ctx.doc.warn(code, message, start, end)


def _outside_trade_names(persons: list[Person], trade: list[tuple[int, int]],
                         signer: tuple[int, int] | None) -> list[Person]:
    """The persons but those named only as the end of a company's name: a trade name
    that reads as a person's (``Giám đốc Công ty TNHH Đầu tư Hoàng Long``: the company's
    director, no person ``Hoàng Long``). A signer is a person wherever else it stands."""
    def inside(m: Mention) -> bool:
        return any(a < m.start and m.end == b for a, b in trade)

    return [p for p in persons
            if not p.mentions or (signer is not None and (p.start, p.end) == signer)
            or not all(inside(m) for m in p.mentions)]


def _outside_listed_units(persons: list[Person], places: list[Place],
                          agencies: list[Agency],
                          signer: tuple[int, int] | None) -> list[Person]:
    """The persons but those named only as an item of an organ's list of units: in
    ``Chủ tịch UBND các xã: Sơn Đông, Cổ Đông - Ủy viên`` the last commune, whose first
    syllable is a surname, reads as a member with a role after the dash; but the list
    made it a place and the organ's unit (``UBND xã Cổ Đông``, mentioned by the place's
    name alone). A signer is a person wherever else it stands."""
    placed = {(m.start, m.end) for p in places for m in p.mentions}
    listed = {(m.start, m.end) for a in agencies for m in a.mentions
              if m.text != a.name and (m.start, m.end) in placed}
    if not listed:
        return persons
    return [p for p in persons
            if not p.mentions or (signer is not None and (p.start, p.end) == signer)
            or not all((m.start, m.end) in listed for m in p.mentions)]


def add_deadlines(ctx: Context) -> None:
    """Deadlines (and recurring duties) with the clause that sets them, also from the
    deadline column of a plan's task table."""
    from vbcd.extract.deadlines import find_deadlines
    from vbcd.extract.task_tables import table_deadlines

    doc = ctx.doc

    def clause_at(offset: int) -> str | None:
        clause = doc.clause_at(offset)
        if clause is None and doc.annexes:  # a plan's clause, issued with the document
            clause = doc.annex_clause_at(offset)
        return clause.path if clause is not None else None

    issued = doc.issue_date.value if doc.issue_date is not None else None
    doc.deadlines, doc.recurrences = find_deadlines(doc.text, doc.dates, clause_at,
                                                    match=ctx.match, issued=issued)
    added = table_deadlines(ctx, clause_at)
    if added:
        doc.deadlines = sorted([*doc.deadlines, *added], key=lambda d: d.start)
    if doc.annexes:
        for deadline in doc.deadlines:
            deadline.annex = doc.annex_at(deadline.start)
    _agree_years(ctx)


def _agree_years(ctx: Context) -> None:
    """A year-less day that sets a deadline takes the deadline's year: the date layer
    resolves ``trước ngày 30 tháng 11`` in a May document to the nearest 30 November,
    which may be the last one, while a term set by the document lies ahead of it."""
    doc = ctx.doc
    moved = {d.end: d.date for d in doc.deadlines}
    if not moved:
        return
    dates = doc.dates
    for i, m in enumerate(dates):
        target = moved.get(m.end)
        if target is None or not m.resolved_year:
            continue
        if m.value is not None and m.value != target:
            dates[i] = m.model_copy(update={"value": target, "interval_start": target,
                                            "interval_end": target})
        elif (m.value is None and m.interval_start and m.interval_end
              and m.interval_end != target and m.interval_end[4:] == target[4:]):
            # a year-less month or quarter ("hoàn thành trong quý I"): the whole period
            shift = int(target[:4]) - int(m.interval_end[:4])
            dates[i] = m.model_copy(update={
                "interval_start": f"{int(m.interval_start[:4]) + shift:04d}{m.interval_start[4:]}",
                "interval_end": target})


def add_assignments(ctx: Context) -> None:
    """Who must do what, in which clause, by when (sentences, and a plan's task table)."""
    from vbcd.extract.assignments import find_assignments
    from vbcd.extract.task_tables import table_assignments

    doc = ctx.doc
    doc.assignments = find_assignments(ctx)
    added = table_assignments(ctx)
    if added:
        doc.assignments = sorted([*doc.assignments, *added], key=lambda a: a.start)
    # a deadline's actors are those assigned the task that carries it (grouped once:
    # a document may hold thousands of both)
    if not doc.deadlines:
        return
    by_task: dict[tuple[str | None, str | None, int | None], dict[str, None]] = {}
    for a in doc.assignments:
        by_task.setdefault((a.deadline, a.clause or None, a.annex), {})[
            " ".join(a.actor.split())] = None
    starts = sorted(a.start for a in doc.assignments)
    prev = None
    for deadline in doc.deadlines:
        # the clause that sets it, else the nearest clause above it whose task it
        # bounds (``3. Rà soát ...`` / ``c) Thời gian thực hiện: trước ngày 30/10``)
        clause = deadline.clause or None
        while True:
            actors = by_task.get((deadline.date, clause, deadline.annex))
            if actors or clause is None or "/" not in clause:
                break
            clause = clause.rpartition("/")[0]
        deadline.actors = list(actors or {})
        if not actors and prev is not None and _same_task(prev, deadline, starts):
            # an assignment dates its task by its first deadline only: a later one in
            # the same clause with no actor named between is the same actors' next step
            # (``Sở Tài chính thẩm định xong trước ngày 20/11, trình UBND tỉnh phê
            # duyệt trước ngày 30/11``)
            deadline.actors = list(prev.actors)
        prev = deadline


def _same_task(prev: Deadline, deadline: Deadline, starts: list[int]) -> bool:
    """Does ``deadline`` follow ``prev`` (a deadline with actors) in the same clause,
    with no assignment's actor (at ``starts``, sorted) between them?"""
    if not prev.actors or prev.clause is None or (prev.clause, prev.annex) != (
            deadline.clause, deadline.annex):
        return False
    k = bisect_left(starts, prev.end)
    return k == len(starts) or starts[k] >= deadline.start
