"""The per-region scanner of assignments: candidates, windows, records, lead-ins.

:class:`_RegionScan` finds where an assignment can start in one region, reads windows
(:mod:`assignment_window`) around those places (or probes, reused, over text repeated
over and over), makes the records of what the windows found, and hands the actor of a
lead-in (``... giao Bộ Y tế:``) to the items below it. Apart from the window because it
decides what is read and what a finding becomes, while the window only reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import sub

from vbcd.extract import textscan
from vbcd.extract.assignment_cues import cut_after, cut_before, is_cut, sentence_end_after
from vbcd.extract.assignment_headings import heading_break, run_in_break
from vbcd.extract.assignment_lexicon import Lexicon
from vbcd.extract.assignment_records import _Found, _Lead
from vbcd.extract.assignment_regions import _DocIndex, _Region
from vbcd.extract.assignment_tables import _BULLETS, _cue_finder, _look_back
from vbcd.extract.assignment_text import _actor_key, _task_between
from vbcd.extract.assignment_window import _CHUNK, _TASK_MARKERS, _Window
from vbcd.models import Assignment, AssignmentRole, Document

#: Roles of the actors a sentence is about (not those it coordinates with or directs).
_SUBJECT_ROLES = frozenset({"responsible", "lead"})
_NONSPACE = re.compile(r"\S")

#: Characters a window starts before the boundary that precedes its candidate.
_BACK = 40
#: A candidate this close to the end of the current window is read in that window.
_GAP = 96


class _RegionScan:
    """One region: where its assignments can start, the windows read around those
    places, and the records made of what the windows found.

    A common region is searched for candidates (:class:`CueFinder`) and read in
    windows; a region holding uncommon characters is read in one window from its
    start to its end, token by token.
    """

    def __init__(
        self, doc: Document, match: str, region: _Region, lex: Lexicon, index: _DocIndex,
    ) -> None:
        self.text = doc.text
        self.match = match
        self.region = region
        self.lex = lex
        self.index = index
        #: the lower-case copy of the region's folded text (None: uncommon text)
        self.low: str | None = None
        self.found: list[_Found] = []
        self.chain_starts: list[int] = []
        #: a unit after the comma of a fronted clause (``Trước ngày 20/4, Sở Y tế báo
        #: cáo``) -> where that clause starts: a deadline in it dates the unit's task
        self.fronted: dict[int, int] = {}
        self._first: int | None = -1  # offset of the region's first unit word, once known
        #: single line breaks read as structural: the end of the clause's heading line
        self.breaks: tuple[int, ...] = ()
        #: the window that read an uncommon region whole (None: read in windows)
        self.whole: _Window | None = None
        #: lead-ins whose items are the clauses below the region (or, for the
        #: preamble, the top clauses), with the records they made
        self.leads_out: list[_Lead] = []
        #: the lead-ins above handed on to the clauses below a caption item
        self.leads_down: list[_Lead] = []
        if region.path:
            nl = heading_break(doc.text, match, region.start, region.end, lex,
                               index.inside_mention, index.agency_at.__contains__)
            if nl is None:
                nl = run_in_break(doc.text, region.start, region.end,
                                  index.agency_at.__contains__)
            if nl is not None:
                self.breaks = (nl,)

    def scan(
        self, seen: set[tuple[int, int]], inherited: Sequence[_Lead] = (),
        passed: Sequence[_Lead] = (),
    ) -> list[Assignment]:
        """The region's assignments whose spans are not in ``seen`` (which gets them).

        ``inherited``: the actors a lead-in above hands to the region, an item of its
        list (taken when the region opens with a task and no subject of its own).
        """
        region = self.region
        seg = self.match[region.start:region.end]
        low = seg.lower()
        if len(low) == len(seg) and textscan.is_common(seg):
            self.low = low
            index = self.index
            lo = bisect_left(index.span_starts, region.start)
            hi = bisect_left(index.span_starts, region.end)
            places, cues = _cue_finder(self.lex).find(
                self.text, self.match, low, region.start, index.span_starts[lo:hi],
                self.breaks)
            if _repetitive(self.match, places):
                self._read_repeated(places, cues)
            else:
                self._read_sparse(places, cues)
        else:
            window = _Window(self, region.start, region.start + _CHUNK)
            window.start(0, region.start - 1, region.start)
            window.run(region.end)
            window.close()
            self.whole = window
        self._hand_on(inherited, passed)
        return self._records(seen)

    def _read_sparse(
        self, places: list[int], cues: set[int], done: int | None = None,
        resume: int | None = None,
    ) -> None:
        """Read the places a window around each candidate offset holds, in order.

        A candidate close to the current window is read there, if the window's unit
        starts are known up to it (a cue inside a sentence needs none). ``done`` and
        ``resume``: the last candidate read and where reading resumes, when earlier
        candidates were read otherwise.
        """
        window: _Window | None = None
        if done is None:
            done = self.region.start - 1  # places at or before this offset have been read
        for c in places:
            light = c in cues
            if window is not None and c < window.we + _GAP and (light or window.covers(c)):
                window.run(c)
                done = c
                continue
            if resume is None:
                resume = self.region.start
            if window is not None:
                resume = window.resume_offset()
                window.close()
                window = None
            if c < resume:  # inside the last jump (a sentence read whole): skipped
                done = c
                continue
            window = self._open(c, light)
            window.start(window.core, done, resume)
            window.run(c)
            done = c
        if window is not None:
            window.close()

    # -- repeated text ---------------------------------------------------------------
    #
    # A region whose candidates start alike, many of them (a paragraph pasted a
    # thousand times), is read candidate by candidate, each in a fresh window, as
    # :meth:`_read_sparse` does for far-apart candidates. Such a reading depends on
    # nothing but the text from a cut some characters before the candidate to a cut
    # some characters after it (the probe), where the candidate, the last candidate
    # read and the last jump stand in it, and what the other layers found there: a
    # probe window raises :class:`_Edge` when the grammar would read past its ends.
    # So the outcome of a reading (the actors found, the chains, where reading
    # resumes) is kept by those and reused, moved, wherever they come again.

    def _read_repeated(self, places: list[int], cues: set[int]) -> None:
        """Read the candidates one by one, reusing the outcome of a reading of the
        same probe (see above); exactly what :meth:`_read_sparse` reads."""
        region, text, match = self.region, self.text, self.match
        rs, re_ = region.start, region.end
        memo: dict[tuple[object, ...], _Outcome] = {}
        first = self.first_offset()
        persons = sorted(self.index.person_at)
        ends = _SentenceEnds(text, match, rs, re_)
        same = text is match  # (no tone to fold: one copy of the probe's text is its key)
        done = rs - 1
        resume = rs
        hits = 0  # candidates read by their outcome since the last check
        for n, c in enumerate(places):
            if n % _MEMO_MIN == 0:
                if n >= _MEMO_TRIAL and 2 * hits < _MEMO_MIN:
                    # the text does not repeat (any more): probes cost more than windows
                    self._read_sparse(places[n:], cues, done, resume)
                    return
                hits = 0
            if c < resume:  # inside the last jump (a sentence read whole): skipped
                done = c
                continue
            light = c in cues
            out: _Outcome | None = None
            for scale in _PROBE_SCALES:
                ps = _probe_start(match, c - _PROBE_BACK * scale, rs)
                pe = _probe_end(match, c + _PROBE_AHEAD * scale, re_)
                if ps < 0 or pe < 0:
                    break  # no cut near: no small probe
                key = (
                    match[ps:pe], same or text[ps:pe], c - ps, light, max(done - ps, -1),
                    max(resume - ps, 0), ps == rs, pe == re_,
                    None if first is None or not ps <= first < pe else first - ps,
                    *self._hints(ps, pe, persons),
                )
                out = memo.get(key)
                if out is not None:
                    hits += 1
                else:
                    out = self._probe(c, light, done, resume, ps, pe)
                    if out is None:
                        continue
                    memo[key] = out
                break
            if out is None:  # read in a window of its own, as far as the grammar goes
                window = self._open(c, light)
                window.start(window.core, done, resume)
                window.run(c)
                resume = window.resume_offset()
                window.close()
            else:
                d = ps
                for f in out.found:
                    found = _Found(f.start + d, f.end + d, f.role, f.task_from + d,
                                   f.chain_from + d, f.heading, cued=f.cued,
                                   needs_items=f.needs_items, passive=f.passive)
                    if f.task_span is not None:
                        found.task_span = (rs, f.chain_from + d)
                    elif not f.heading:
                        found.sent_end = (
                            ends.after(found.task_from) if f.sent_end is None
                            else f.sent_end + d)
                    self.found.append(found)
                self.chain_starts.extend([x + d for x in out.chains])
                resume = out.resume + d
            done = c

    def _hints(self, ps: int, pe: int, persons: list[int]) -> tuple[object, ...]:
        """What the other layers found in the probe ``[ps, pe)``, relative to ``ps``:
        the agency mentions starting there (with their longest end), how far one that
        starts before reaches into it, and the person mentions starting there."""
        index = self.index
        starts = index.span_starts
        lo, hi = bisect_left(starts, ps), bisect_left(starts, pe)
        agencies: tuple[tuple[int, int], ...] = ()
        if hi > lo:
            agencies = tuple(zip(map(sub, starts[lo:hi], repeat(ps)),
                                 map(sub, index.span_longest[lo:hi], repeat(ps)), strict=True))
        reach = max(index.span_max_end[lo - 1] - ps, 0) if lo > 0 else 0
        people: tuple[tuple[int, int], ...] = ()
        if persons:
            plo, phi = bisect_left(persons, ps), bisect_left(persons, pe)
            if phi > plo:
                person_at = index.person_at
                people = tuple((s - ps, person_at[s] - ps) for s in persons[plo:phi])
        return agencies, reach, people

    def _probe(
        self, c: int, light: bool, done: int, resume: int, ps: int, pe: int,
    ) -> _Outcome | None:
        """Read the candidate at ``c`` in a window holding the probe ``[ps, pe)`` only;
        its outcome, offsets relative to ``ps`` (None: the grammar read past the probe)."""
        before, chains = len(self.found), len(self.chain_starts)
        try:
            window = _ProbeWindow(self, ps, pe)
            look_back = _look_back(self.lex)
            core = 0 if ps == self.region.start else (
                window.light_start(c, look_back) if light else window.core_start(c, look_back))
            if core is None:
                raise _Edge
            window.core = core
            if core == 0 or not light:
                window.exact = core
            window.start(core, done, resume)
            window.run(c)
            after = window.resume_offset()
        except _Edge:
            del self.found[before:], self.chain_starts[chains:]
            return None
        found = []
        rs, re_ = self.region.start, self.region.end
        for f in self.found[before:]:
            moved = _Found(f.start - ps, f.end - ps, f.role, f.task_from - ps,
                           f.chain_from - ps, f.heading, cued=f.cued,
                           needs_items=f.needs_items, passive=f.passive)
            if f.task_span is not None:
                assert f.task_span == (rs, f.chain_from)
                moved.task_span = (0, 0)  # (the region's start, the chain's start)
            elif not f.heading:
                # the end of the task's sentence, when the characters it depends on
                # (from the task on, through the spaces after the end and the next
                # two characters) lie in the probe; else (None) it is found each time
                end = sentence_end_after(self.text, self.match, f.task_from, rs, re_)
                if end is not None and _NONSPACE.search(self.match, end, pe - 3) is not None:
                    moved.sent_end = end - ps
            found.append(moved)
        del self.found[before:]
        out = _Outcome(tuple(found), tuple(x - ps for x in self.chain_starts[chains:]),
                       after - ps)
        del self.chain_starts[chains:]
        return out

    def _open(self, c: int, light: bool) -> _Window:
        """A window to read the candidate at offset ``c`` in.

        For a cue inside a sentence (``light``) the window reads from the cue on, with
        :func:`_look_back` tokens before it; otherwise from the token after a hard unit
        boundary before ``c`` that has those tokens before it (the window is extended
        backwards until it holds one).
        """
        rs, match = self.region.start, self.match
        look_back = _look_back(self.lex)
        back = c
        if not light:  # the last mark that may end the unit before c
            floor = max(rs, c - 400)
            back = max(floor, *(match.rfind(ch, floor, c) for ch in ".;:!?"))
        ws = rs if back - _BACK <= rs else cut_before(match, back - _BACK, rs)
        window = _Window(self, ws, c + _CHUNK)
        while True:
            core = 0 if window.ws == rs else (
                window.light_start(c, look_back) if light else window.core_start(c, look_back))
            if core is not None:
                window.core = core
                if core == 0 or not light:
                    window.exact = core
                return window
            ws = window.ws
            window.extend_back(rs if ws - 4 * (c - ws) <= rs else cut_before(
                match, ws - 4 * (c - ws), rs))

    def first_offset(self) -> int | None:
        """Offset of the token where the region's first unit starts (after lead-ins)."""
        if self._first == -1:
            window = _Window(self, self.region.start, self.region.start + _CHUNK)
            window.need(0)
            k = window._skip_lead_in(0)
            self._first = window.starts[k] if k < window.n else None
        return self._first

    # -- records -------------------------------------------------------------------

    def _records(self, seen: set[tuple[int, int]]) -> list[Assignment]:
        if not self.found:
            return []
        directed = {f.chain_from for f in self.found if f.role == "directed"}
        region, text = self.region, self.text
        rend, path = region.end, region.path
        chains = sorted(set(self.chain_starts))
        nchains = len(chains)
        deadline_in = self.index.deadline_in if self.index.deadlines else None
        fronted = self.fronted
        # where a task's deadline may lie: up to the next chain, or the fronted clause
        # before it (``Trước ngày 20/4, Sở Y tế báo cáo``: that chain's deadline)
        bounds = sorted({*chains, *(fronted[c] for c in chains if c in fronted)}) if (
            fronted) else chains
        tasks: dict[tuple[int, int], str] = {}  # the same task text, cleaned once
        out: list[Assignment] = []
        append = out.append
        roles = self.lex.roles
        # a table's rows (``Đơn vị chủ trì: ...`` / ``Đơn vị phối hợp: ...``) are all
        # about the clause's heading, which ends where the first row starts
        label_end = min((f.task_span[1] for f in self.found if f.task_span), default=0)
        # the lead-ins that direct the actors handed on (``X chỉ đạo Y ... sau:``), by
        # chain start, and the directed actors' leads
        directors: dict[int, list[_Lead]] = {}
        handed_on: list[tuple[_Lead, int]] = []
        for f in self.found:
            span = (f.start, f.end)
            if f.lead is None:  # (an actor handed to an item is the lead-in's: seen)
                if span in seen:
                    continue
                seen.add(span)
                if f.gives is not None and (f.gives.handed or f.needs_items):
                    continue  # its items below took the actor: they are its tasks
            if _actor_key(text[f.start:f.end]) in roles:
                continue  # ``2. Cơ quan chủ trì, phối hợp``: a role's heading, no actor
            if self._introduces(f):
                continue  # ``Bộ Chính trị quy định ... như sau:``: the issuer speaking
            task_from = f.task_from
            clause, until_end = path, rend
            into_items = False  # the task runs into the clauses below (its items)
            if f.task_span is not None:
                task_from, task_to = f.task_span[0], label_end
                if region.parent is not None and not text[task_from:task_to].strip():
                    # ``a) Cơ quan chủ trì: Sở Nội vụ;`` as an item of its own: the task
                    # is its parent's (``3. Rà soát các văn bản ...``), whose items may
                    # set the term (``c) Thời gian thực hiện: trước ngày 30/10``)
                    task_from, task_to, until_end, clause = region.parent
            elif f.heading:
                if self._members_follow(f):
                    continue  # ``3. Các ủy viên:`` / ``- Bộ trưởng Bộ Quốc phòng;``
                into_items = _NONSPACE.search(text, task_from, rend) is None
                task_to = region.subtree_end if into_items else rend
                if f.needs_items and (not into_items or f.gives is not None):
                    continue  # a long heading whose items in the region took nothing
            else:
                task_to = rend if f.sent_end is None else f.sent_end
                c = bisect_right(chains, task_from)
                if c < nchains and chains[c] < task_to:
                    task_to = chains[c]
                if (
                    task_to > task_from
                    and _NONSPACE.search(text, task_to, rend) is None
                    and (
                        ((text[task_to - 1] == ":" or text[task_to - 1].isspace())
                        and _ends_with_colon(text, task_from, task_to))
                        or (f.lead is None and region.subtree_end > rend
                        and _open_end(text, task_from, task_to))
                    )
                ):
                    into_items = not self._announces(f, task_to)
                    task_to = region.subtree_end
            if task_to < task_from:
                task_to = task_from
            deadline = None
            if deadline_in is not None:
                # the deadline of the sentence, else one set later in the clause before
                # the next assignment (``... Thời hạn hoàn thành: trước ngày 30/6``)
                c = bisect_right(bounds, f.chain_from)
                until = bounds[c] if c < len(bounds) else rend
                since = fronted.get(f.chain_from, f.chain_from)
                if until_end != rend:  # a row of its parent's task: the parent's items
                    deadline = deadline_in(since, until_end)
                else:
                    deadline = deadline_in(since, max(task_to, until))
            task = tasks.get((task_from, task_to))
            if task is None:
                task = tasks[task_from, task_to] = _task_between(text, task_from, task_to)
            if not task and f.role == "coordinate" and region.subtree_end > rend:
                continue  # ``..., phối hợp với các bộ`` heading its items: the lead's tasks
            record = Assignment(
                start=f.start,
                end=f.end,
                clause=clause,
                actor=text[f.start:f.end],
                role=f.role,
                task=task,
                deadline=deadline,
                annex=region.annex,
            )
            append(record)
            if into_items and self._gives_items(f, directed):
                lead = _Lead(f.start, f.end, _lead_role(f), record, needs_items=f.needs_items)
                self.leads_out.append(lead)
                handed_on.append((lead, f.chain_from))
            elif into_items and f.role in _SUBJECT_ROLES and f.chain_from in directed:
                # (its role in an item is the item's: ``Chỉ đạo ...`` leads)
                directors.setdefault(f.chain_from, []).append(
                    _Lead(f.start, f.end, "responsible", record))
        if directors:
            for lead, chain_from in handed_on:
                lead.directors = tuple(directors.get(chain_from, ()))
        return out

    # -- lead-ins and their items ------------------------------------------------------
    #
    # A lead-in ends with a colon and lists the tasks of its actor below it: ``...
    # giao Bộ Y tế:``, ``đề nghị X:``, ``X có trách nhiệm:``, ``X thực hiện các nhiệm
    # vụ sau:``, a clause heading that names an organ (``2. Bộ Nông nghiệp và Môi
    # trường:``, ``1. Sở Tư pháp``, ``Trách nhiệm của X:``). Its items are bullets or
    # lettered lines of the region after it, or, when nothing follows it in the region,
    # the clauses below the region (the top clauses, below the preamble). An item that
    # opens with a task word and names no subject in its first sentence (``1. Đánh giá
    # thực trạng ...``, ``2. Chủ trì, phối hợp với Bộ Tài chính ...``, ``a) Chỉ đạo cơ
    # quan ... theo dõi``) is a task of the lead-in's actor, who leads it when the item
    # says so (``Chủ trì``) or directs another actor in it. The lead-in's own record
    # then goes: its tasks are its items'.

    def _hand_on(self, inherited: Sequence[_Lead], passed: Sequence[_Lead] = ()) -> None:
        """Hand the actors of lead-ins to the items below them (see above): those a
        lead-in above gives to this region, and those of this region's lead-ins whose
        items follow them in the region.

        An item that is a caption (``1. Trước khi đưa mỏ vào hoạt động`` then bullets,
        or clauses ``2.1. ...``) hands them on to its bullets, and to the clauses below
        it (``passed``: handed on so once, no further down)."""
        region, text = self.region, self.text
        directed = {f.chain_from for f in self.found if f.role == "directed"}
        local = self._local_leads(directed) if self.found else []
        above = [*inherited, *passed] if region.path else []
        if not local and not above:
            return
        # (an actor after ``do`` is no item's subject: ``b) Phối hợp ... theo kế hoạch do
        # cơ quan có thẩm quyền chủ trì`` is still the heading's organ's task)
        subjects = sorted(f.chain_from for f in self.found if not f.passive and (
            f.task_span is not None or f.role in _SUBJECT_ROLES))
        if self.whole is not None:
            ends = _SentenceEnds(text, self.match, region.start, region.end,
                                 self.whole._next_end)
        else:
            ends = _SentenceEnds(text, self.match, region.start, region.end)
        if above:
            # an item of a lead-in above (not a clause whose first line is a heading)
            # (handed on by a caption above: the item must open with a task word)
            took = not self.breaks and self._hand(above, region.start, subjects, directed,
                                                  ends, not passed)
            if not took and inherited and self._member_item(region.start):
                for lead in inherited:  # ``3. Các ủy viên:`` / ``a) Giám đốc Sở Nội vụ;``
                    lead.members = True
            if not took and not local and self._opening_task(region.start) is None:
                self._hand_captioned(above, subjects, directed, ends)
                if inherited and not any(f.role in _SUBJECT_ROLES for f in self.found):
                    self.leads_down.extend(inherited)
        for leads, lo, hi in local:
            for at, marked in _item_starts(text, lo, hi):
                self._hand(leads, at, subjects, directed, ends, marked)

    def _hand_captioned(
        self, leads: Sequence[_Lead], subjects: list[int], directed: set[int],
        ends: _SentenceEnds,
    ) -> None:
        """Hand ``leads`` to the bullets and lettered lines of a caption item (the lines
        after its first one that a mark opens) that open with a task word."""
        text, region = self.text, self.region
        nl = text.find("\n", region.start, region.end)
        if nl < 0:
            return
        for at, marked in _item_starts(text, nl, region.end):
            if marked and (text[at] in _BULLETS or _ITEM_MARK.match(text, at, region.end)):
                self._hand(leads, at, subjects, directed, ends, marked=False)

    def _local_leads(self, directed: set[int]) -> list[tuple[list[_Lead], int, int]]:
        """This region's lead-ins whose items follow them in the region (the text after
        the colon, bullets, lettered lines), each with its actors and the stretch ``[lo,
        hi)`` its items lie in (up to the next lead-in). ``directed``: the chain starts
        where an actor is directed (``X chỉ đạo Y thực hiện ... sau:``: Y's items, not
        X's; such a lead-in is left as it is)."""
        text, rend = self.text, self.region.end
        groups: dict[int, tuple[list[_Lead], int]] = {}  # chain start -> actors, items' start
        for f in self.found:
            if f.task_span is not None or not self._gives_items(f, directed):
                continue
            if f.heading:
                lo = f.task_from
            else:
                end = rend if f.sent_end is None else f.sent_end
                if not _ends_with_colon(text, f.task_from, end) or self._announces(f, end):
                    continue
                if self._introduces(f):
                    continue  # ``UBND tỉnh ban hành Kế hoạch ... với những nội dung sau:``
                lo = end
            if _NONSPACE.search(text, lo, rend) is None:
                continue  # nothing follows: the items are the clauses below
            if f.chain_from not in groups:
                groups[f.chain_from] = ([], lo)
            leads, first = groups[f.chain_from]
            f.gives = _Lead(f.start, f.end, _lead_role(f))
            leads.append(f.gives)
            groups[f.chain_from] = (leads, max(first, lo))
        starts = sorted(groups)
        return [(groups[c][0], groups[c][1], starts[i + 1] if i + 1 < len(starts) else rend)
                for i, c in enumerate(starts)]

    @staticmethod
    def _gives_items(f: _Found, directed: set[int]) -> bool:
        """Whether the actor of a lead-in does its items: its subject or the actor its
        cue names, but the actors it directs or guides when there are (``X chỉ đạo Y
        thực hiện các nội dung sau:``, ``X hướng dẫn Y ... sau:``: Y's items)."""
        if f.role == "directed":
            return True
        return f.role in _SUBJECT_ROLES and f.chain_from not in directed

    def _introduces(self, f: _Found) -> bool:
        """Whether ``f`` is the subject of a preamble sentence that introduces the
        document: it does one of the document's own acts and announces what follows
        (``Bộ Chính trị quy định về việc ... như sau:``, ``UBND tỉnh ban hành Kế hoạch
        ... với các nội dung như sau:``). That is the issuer speaking, under whatever
        name, not a task it is given; an actor a cue names is never one."""
        if self.region.path or f.cued or f.lead is not None or f.role not in _SUBJECT_ROLES:
            return False
        lex, text = self.lex, self.text
        end = self.region.end if f.sent_end is None else f.sent_end
        head = _actor_key(text[f.task_from:min(end, f.task_from + 40)])
        if not any(head == w or head.startswith(w + " ") for w in lex.own_acts):
            return False
        return self._ends_announcing(f.task_from, end, lex.announcing + lex.introducing)

    def _ends_announcing(self, start: int, end: int, endings: tuple[str, ...]) -> bool:
        """Whether ``text[start:end]`` ends announcing what follows with one of
        ``endings`` (``như sau:``)."""
        key = _actor_key(self.text[max(start, end - 40):end]).rstrip(" :.")
        return any(key == a or key.endswith(" " + a) for a in endings)

    def _announces(self, f: _Found, end: int) -> bool:
        """Whether the actor of the lead-in ending at ``end`` is not the one who does its
        items: a subject announcing what follows (``Bộ Tài chính hướng dẫn như sau:``),
        or one asking others in its task (``BHXH Việt Nam chuyển Công văn ... đề nghị
        BHXH các tỉnh ... thực hiện một số nội dung sau:``)."""
        lex = self.lex
        if not f.cued and f.role != "directed" and self._ends_announcing(
                f.task_from, end, lex.announcing):
            return True
        window = _Window(self, f.task_from, end)
        lows, i = window.lows, 0
        while i < window.n and window.starts[i] < end:
            n = lex.cues.match(lows, i) if lows[i] in lex.cues.firsts else 0
            if n and not window.upper[i] and not window._cue_blocked(i):
                j = i + n
                window.need(j + 1)
                j += lex.after_cue.match(lows, j)
                if j < window.n and window.starts[j] < end and window.kinds[j] == "w" and (
                        window.upper[j] or window._head_len(j, strict=False)):
                    return True  # ``đề nghị BHXH các tỉnh ...``: another actor is asked
            i += 1
        return False

    def _hand(
        self, leads: Sequence[_Lead], at: int, subjects: list[int], directed: set[int],
        ends: _SentenceEnds, marked: bool = True,
    ) -> bool:
        """Hand ``leads`` to the item whose text starts at offset ``at``, if it opens
        with a task and its first sentence names no subject of its own (whether it
        did). An item no mark opens (a line after a sentence end) must open with a task
        word."""
        opening = self._opening_task(at, marked)
        if opening is None:
            return False
        offset, kind = opening
        leads = _toward_directors(leads, kind)
        end = ends.after(offset)
        i = bisect_left(subjects, offset)
        if i < len(subjects) and subjects[i] < (self.region.end if end is None else end):
            return False  # ``a) Sở Tài chính bố trí ...``: a subject of its own
        for lead in leads:
            role: AssignmentRole = "lead" if (
                lead.role == "lead" or kind == "lead" or offset in directed) else "responsible"
            self.found.append(_Found(lead.start, lead.end, role, offset, offset,
                                     sent_end=end, lead=lead))
            lead.handed = True
        self.chain_starts.append(offset)
        return True

    def _opening_task(self, at: int, any_verb: bool = True) -> tuple[int, str] | None:
        """The offset of the first word of the item whose text starts at offset ``at``
        (after its bullet, its marker and openers) and the kind of the task word it is,
        when the item opens with a task: a task word (``Chủ trì``, ``Rà soát``), or a
        capitalised word that opens nothing else (a verb no table holds: ``Đồng bộ dữ
        liệu ...``). Not a task: an actor (``Lãnh đạo các sở``, an organ, a person), a
        cue (``Giao X``), a report, a preposition or subordinator (``Về ...``,
        ``Trường hợp ...``), a label (``Thời gian thực hiện: ...``), a heading in
        capitals. ``any_verb``: whether a word no table holds may open the task."""
        if self.whole is not None:
            window, k = self.whole, bisect_left(self.whole.starts, at)
        else:
            window, k = _Window(self, at, at + _CHUNK), 0
        k = window._skip_lead_in(k)
        if k >= window.limit:
            window.need(k)
        if k >= window.n or window.kinds[k] != "w" or window._caps_heading(k):
            return None
        fronted = self._fronted_task(window, k)
        if fronted is not None:
            return fronted
        offset = window.starts[k]
        index = self.index
        if offset in index.agency_at or index.inside_agency(offset) or offset in index.person_at:
            return None
        kind, length = window._marker_at(k)
        head = window._head_len(k, strict=False)
        if kind in _TASK_MARKERS:
            return None if head > length else (offset, kind)
        if kind or head or not window.upper[k] or not any_verb:
            return None  # a cue, a report, a preposition; an actor; a wrapped line
        lex, lows = self.lex, window.lows
        if lows[k] in lex.nominalizers or any(table.match(lows, k) for table in (
                lex.plural, lex.determiners, lex.subordinators, lex.heading_prefixes,
                lex.attendance, lex.not_actors)):
            return None  # a noun phrase (``Một số lưu ý``, ``Các Phó Chủ tịch ...``), a topic
        if window._caption_at(k) or window._label_at(k):
            return None
        return offset, "task"

    def _members_follow(self, f: _Found) -> bool:
        """Whether the items after the heading ``f`` in the region (``3. Các ủy viên:``
        then bullets) list the members of a body (:meth:`_member_item`): the heading
        then names a seat, not an actor with tasks. (Items that are the clauses below
        tell it themselves: :meth:`_hand_on`.)"""
        m = _NONSPACE.search(self.text, f.task_from, self.region.end)
        return m is not None and self._member_item(m.start())

    def _member_item(self, at: int) -> bool:
        """Whether the item whose text starts at offset ``at`` names a member of a body:
        an actor and no more (``- Bộ trưởng Bộ Quốc phòng;``), or one seated in it
        (``a) Giám đốc Sở Tài chính làm Chủ tịch Hội đồng;``). Its line ends as a list's
        member does (``;``, ``.``): an actor alone on a line without one heads the lines
        after it (``1. Phó Giám đốc Sở`` / ``Trực tiếp chỉ đạo ...``)."""
        text = self.text
        nl = text.find("\n", at, self.region.end)
        line = text[at:self.region.end if nl < 0 else nl].rstrip()
        if not line.endswith((";", ".")) or self._opening_task(at) is not None:
            return False
        if self.whole is not None:
            window, k = self.whole, bisect_left(self.whole.starts, at)
        else:
            window, k = _Window(self, at, at + _CHUNK), 0
        k = window._skip_lead_in(k)
        if k >= window.n or window.kinds[k] != "w":
            return False
        lst = window._parse_list(k, "subject")
        return lst is not None and (lst.kind in ("stop", "br") or (
            lst.kind == "marker" and lst.marker == "report"
            and window.lows[lst.end] in self.lex.membership_verbs))

    def _fronted_task(self, window: _Window, k: int) -> tuple[int, str] | None:
        """The task word after a time or condition phrase fronted at token ``k`` of an
        item (``4. Trước ngày 20/4/2022, báo cáo Thống đốc ...``, ``b) Trường hợp phát
        hiện vi phạm, thông báo ...``) and its kind: the item is a task of the actor
        above it, dated by the phrase. A capitalised word after the comma is no task
        here (``Trường hợp ..., Sở Y tế ...``: a subject of its own), nor a topic's
        (``Đối với công tác quản lý, thống kê ...``: its commas part a list of nouns)."""
        lex, lows = self.lex, window.lows
        n = lex.subordinators.match(lows, k)
        if not n or " ".join(lows[k:k + n]) in lex.topic_words:
            return None  # (``Đối với A, B, C``: a topic's commas part its nouns)
        comma = window._fronted_comma(k)
        if comma is None:
            return None
        j = comma + 1
        if j >= window.limit:
            window.need(j)
        if j >= window.n or window.kinds[j] != "w" or window.upper[j]:
            return None
        kind, length = window._marker_at(j)
        if kind not in _TASK_MARKERS or window._head_len(j, strict=False) > length:
            return None
        offset = window.starts[j]
        self.fronted[offset] = window.starts[k]
        return offset, kind


#: Candidates a region holds before repeated text is looked for.
_MEMO_MIN = 64
#: Candidates read on probes before the reading may fall back to windows: it does
#: when fewer than half of the last :data:`_MEMO_MIN` ones had been read before.
_MEMO_TRIAL = 256
#: Characters a probe reaches before and after its candidate (times the scale).
_PROBE_BACK = 100
_PROBE_AHEAD = 200
_PROBE_SCALES = (1, 4)
#: How far a probe's edge may move to reach a cut.
_NEAR = 64


@dataclass(frozen=True)
class _Outcome:
    """What reading one candidate did: actors found, chain starts, where reading resumes."""

    found: tuple[_Found, ...]
    chains: tuple[int, ...]
    resume: int


def _toward_directors(leads: Sequence[_Lead], kind: str) -> Sequence[_Lead]:
    """The actors an item of a directing lead-in goes to (``X chỉ đạo Y thực hiện các
    nội dung sau:``): Y's, unless an item opens with the directing verb (``1. Chỉ đạo Sở
    Y tế ...``): then that item and the ones after it are X's, the list says what X is
    to direct (Y does not direct itself)."""
    if not any(lead.directors for lead in leads):
        return leads
    if kind == "direct":
        for lead in leads:
            lead.to_directors = True
    if not any(lead.to_directors for lead in leads):
        return leads
    out: dict[int, _Lead] = {}
    for lead in leads:
        for d in lead.directors:
            out.setdefault(id(d), d)
    return list(out.values())


def _lead_role(f: _Found) -> AssignmentRole:
    """The role a lead-in's actor has in its items (an item's own ``Chủ trì`` makes it
    the lead): a directed actor does them."""
    return "responsible" if f.role == "directed" else f.role


def _probe_start(match: str, x: int, rs: int) -> int:
    """A window cut near before offset ``x``, the region's start ``rs`` before it
    (-1: none near). Mostly the offset after a space that follows a word."""
    if x <= rs:
        return rs
    q = match.rfind(" ", max(rs, x - _NEAR), x)
    if q > rs and match[q - 1] not in " \t\n":
        return q + 1
    ps = cut_before(match, x, max(rs, x - 4 * _NEAR))
    return ps if ps == rs or is_cut(match, ps) else -1


def _probe_end(match: str, x: int, re_: int) -> int:
    """A window cut near after offset ``x``, the region's end ``re_`` after it (-1: none near)."""
    if x >= re_:
        return re_
    q = match.find(" ", x, min(re_, x + _NEAR))
    if q > 0 and match[q - 1] not in " \t\n":
        return q + 1
    pe = cut_after(match, x, min(re_, x + 4 * _NEAR))
    return pe if pe == re_ or is_cut(match, pe) else -1


class _SentenceEnds:
    """:func:`sentence_end_after` in a common region, for offsets read in order: the
    end found from ``x`` is also the first end after any offset from ``x`` up to it
    (the ends between are not ends from either), so it is asked once per sentence."""

    def __init__(
        self, text: str, match: str, start: int, end: int,
        find: Callable[[int], int | None] | None = None,
    ) -> None:
        self.text, self.match, self.start, self.end = text, match, start, end
        self.x = end + 1  # the last offset asked, and its answer
        self.found: int | None = None
        #: how an end is found (by default on the characters of a common region)
        self.find = find

    def after(self, x: int) -> int | None:
        found = self.found
        if self.x <= x and (found is None or x < found):
            return found
        found = (sentence_end_after(self.text, self.match, x, self.start, self.end)
                 if self.find is None else self.find(x))
        self.x, self.found = x, found
        return found


class _Edge(Exception):
    """The grammar would read past the edges of a probe window."""


def _repetitive(match: str, places: list[int]) -> bool:
    """Do many of the candidates start alike (text repeated over and over)?"""
    if len(places) < _MEMO_MIN:
        return False
    return len({match[c:c + 24] for c in places}) * 4 <= len(places)


#: A letter or number in brackets opening an item line: ``a)``, ``(2)``, ``(iii)``.
_ITEM_MARK = re.compile(r"\(?(?:[ivxlc]{1,5}|\d{1,3}|[a-zđ])\)", re.IGNORECASE)


def _item_starts(text: str, lo: int, hi: int) -> Iterable[tuple[int, bool]]:
    """Where the items after a lead-in start in ``text[lo:hi]``, and whether a mark
    opens them: the first text after it, then each line that opens with a bullet or an
    item mark (``-``, ``a)``), or with a capital after a line that ends a sentence or an
    item (its bullet lost by a converter: taken only if it opens with a task word). A
    line without a mark that follows a wrapped one goes on with its item."""
    m = _NONSPACE.search(text, lo, hi)
    if m is None:
        return
    yield m.start(), True
    pos = m.start()
    while True:
        nl = text.find("\n", pos, hi)
        if nl < 0:
            return
        m = _NONSPACE.search(text, nl, hi)
        if m is None:
            return
        s = pos = m.start()
        if (text[s] in _BULLETS and text[s + 1:s + 2] in (" ", "\t")) or _ITEM_MARK.match(
                text, s, hi):
            yield s, True
            continue
        p = nl - 1
        while p >= lo and text[p].isspace():
            p -= 1
        if p >= lo and text[p] in ".;:!?" and text[s].isupper():
            yield s, False


def _open_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on a word, no stop after it: a clause's text that
    runs straight into its lettered items (``1. Bộ Công Thương chủ trì, phối hợp với các
    bộ, cơ quan liên quan`` then ``a) ...``, ``b) ...``) is a lead-in whose colon was
    dropped (in print or by the scan of a paper copy)."""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return k >= start and text[k].isalnum()


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    """``text[start:end].rstrip().endswith(":")`` without copying the stretch."""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return k >= start and text[k] == ":"


class _ProbeWindow(_Window):
    """A window that holds the probe ``[ws, pe)`` and raises :class:`_Edge` rather
    than read past it (tokens before ``ws`` are never read: see :meth:`_Window.need`)."""

    def __init__(self, scan: _RegionScan, ws: int, pe: int) -> None:
        self.pe = pe
        self.grown = False
        super().__init__(scan, ws, pe)

    def _grow_to(self, target: int) -> None:
        if self.grown:
            raise _Edge
        self.grown = True
        super()._grow_to(self.pe)

    def extend_back(self, ws: int) -> None:
        raise _Edge
