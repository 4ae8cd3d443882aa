"""Entity-layer components: thin adapters from the shared context to the extractors.

Each function is one pipeline stage adding one layer to the document; the
extractors themselves (``vbcd.extract.dates`` ...) are plain functions over a text,
testable alone. Stages that need another layer's output (references need dates,
deadlines need dates and clauses) read it from the document, so the order in
:data:`vbcd.pipeline.DEFAULT_COMPONENTS` matters and is checked there.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable

from vbcd.pipeline import Context


def _anchor(ctx: Context) -> dt.date | None:
    doc = ctx.doc
    for field in (doc.issue_date, doc.meeting_date):
        if field is not None:
            try:
                return dt.date.fromisoformat(field.value)
            except ValueError:
                continue
    return None


def add_dates(ctx: Context) -> None:
    """Dates (solar and lunar), resolved against the issue or meeting date."""
    from vbcd.extract.dates import find_dates

    ctx.doc.dates = find_dates(ctx.doc.text, anchor=_anchor(ctx), match=ctx.match)


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

    ctx.doc.places = find_places(ctx.doc.text, match=ctx.match)


def add_agencies(ctx: Context) -> None:
    """Named organs, abbreviations expanded, spellings merged."""
    from vbcd.extract.agencies import find_agencies

    ctx.doc.agencies = find_agencies(ctx.doc.text, match=ctx.match)


def add_persons(ctx: Context) -> None:
    """People and their positions; the signer comes from the signature block.

    With ``ner="underthesea"`` in the parse options, underthesea's NER adds names
    that no cue word introduces (slow; imported only then).
    """
    from vbcd.extract.persons import find_persons_with_notes

    sig = ctx.doc.signature
    name_span = None
    title = None
    if sig is not None and sig.name_start is not None and sig.name_end is not None:
        name_span = (sig.name_start, sig.name_end)
        title = sig.title
    persons, notes = find_persons_with_notes(
        ctx.doc.text, signature_name=name_span, signature_title=title,
        ner=ctx.options.get("ner") == "underthesea", match=ctx.match,
    )
    ctx.doc.persons = persons
    for code, message, start, end in notes:
        ctx.doc.warn(code, message, start, end)


def add_deadlines(ctx: Context) -> None:
    """Deadlines (and recurring duties) with the clause that sets them."""
    from vbcd.extract.deadlines import find_deadlines

    doc = ctx.doc

    def clause_at(offset: int) -> str | None:
        clause = doc.clause_at(offset)
        return clause.path if clause is not None else None

    doc.deadlines, doc.recurrences = find_deadlines(doc.text, doc.dates, clause_at,
                                                    match=ctx.match)
    _add_table_deadlines(ctx, clause_at)


def _add_table_deadlines(ctx: Context, clause_at: Callable[[int], str | None]) -> None:
    """The dates in the deadline column of a plan's task table (``Tháng 6/2026`` under
    ``Thời gian hoàn thành``): each is a deadline, as under a ``Thời gian hoàn thành:``
    label in running text."""
    from vbcd.extract.task_tables import task_rows
    from vbcd.models import Deadline

    doc = ctx.doc
    cells = [r.deadline for r in task_rows(ctx) if r.deadline is not None]
    if not cells:
        return
    dates = sorted(doc.dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    taken = sorted((d.start, d.end) for d in doc.deadlines)
    added = []
    for c in cells:
        for d in dates[bisect_left(starts, c.start):bisect_left(starts, c.end)]:
            k = bisect_left(taken, (d.end, -1))  # the deadlines starting before d ends
            if d.end <= c.end and not (k and taken[k - 1][1] > d.start):
                added.append(Deadline(start=d.start, end=d.end, date=d.value or d.interval_end,
                                      kind="by", text=d.text, clause=clause_at(d.start)))
    if added:
        doc.deadlines = sorted([*doc.deadlines, *added], key=lambda d: d.start)


def add_assignments(ctx: Context) -> None:
    """Who must do what, in which clause, by when."""
    from vbcd.extract.assignments import find_assignments

    doc = ctx.doc
    doc.assignments = find_assignments(ctx)
    _add_table_assignments(ctx)
    # a deadline's actors are those assigned the task that carries it (grouped once:
    # a document may hold thousands of both)
    if not doc.deadlines:
        return
    by_task: dict[tuple[str | None, str | None], dict[str, None]] = {}
    for a in doc.assignments:
        by_task.setdefault((a.deadline, a.clause or None), {})[" ".join(a.actor.split())] = None
    for deadline in doc.deadlines:
        deadline.actors = list(by_task.get((deadline.date, deadline.clause or None), {}))


def _add_table_assignments(ctx: Context) -> None:
    """Who does what in a plan's task table: the lead (or responsible) column's actors,
    the partners column's as ``coordinate``, the task cell as the task, and the row's
    deadline."""
    from vbcd.extract.task_tables import actor_cells, task_rows
    from vbcd.models import Assignment

    rows = task_rows(ctx)
    if not rows:
        return
    doc, text = ctx.doc, ctx.doc.text
    # a row is one task: the same actor in two rows is two assignments
    have: set[tuple[str | None, str, str, str]] = {
        (a.clause, " ".join(a.actor.split()), a.role, " ".join(a.task.split()))
        for a in doc.assignments}
    added = []
    for row in rows:
        assert row.task is not None and row.actors is not None
        clause = doc.clause_at(row.task.start)
        path = clause.path if clause is not None else None
        task = " ".join(text[row.task.start:row.task.end].split())
        deadline = None
        if row.deadline is not None:
            deadline = next((d.date for d in doc.deadlines
                             if row.deadline.start <= d.start < row.deadline.end), None)
        groups = [(row.actors, row.role)]
        if row.partners is not None:
            groups.append((row.partners, "coordinate"))
        for cell, role in groups:
            for c in actor_cells(text, cell):
                actor = text[c.start:c.end]
                key = (path, " ".join(actor.split()), role, task)
                if key in have:
                    continue
                have.add(key)
                added.append(Assignment(start=c.start, end=c.end, clause=path, actor=actor,
                                        role=role, task=task, deadline=deadline))  # type: ignore[arg-type]
    doc.assignments = sorted([*doc.assignments, *added], key=lambda a: a.start)
