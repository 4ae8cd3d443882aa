"""Assignments: who must do what, in which clause, by when.

Directive documents hand out tasks in a few fixed shapes, all read here from
word lists in ``grammar/data/assignments.toml``:

* a cue before the actor: ``Giao X ...``, ``Đề nghị X ...``, ``..., giao X chủ trì``;
  a subject in front of the cue is the one who asks (``Thủ tướng Chính phủ yêu
  cầu X ...``: X acts, the Prime Minister does not);
* a subject that opens a sentence or a clause, followed by a task word:
  ``Sở Y tế kiểm tra, rà soát ...``, ``X chịu trách nhiệm ...``, or alone before
  a colon that heads the clause's items (``2. Bộ Nông nghiệp và Môi trường:``);
* chains after an actor: ``X chủ trì, phối hợp với Y`` (Y coordinates),
  ``X chỉ đạo Y ...`` (X leads, Y is directed and does the work);
* a lead-in ending with a colon (``... giao Bộ Y tế:``, ``X có trách nhiệm:``, ``X thực
  hiện các nhiệm vụ sau:``, a clause heading that names an organ) hands its actor to
  each of its items (bullets after it, the clauses below it, the top clauses below the
  preamble) that opens with a task and has no subject of its own: ``1. Đánh giá ...``
  is its task, ``2. Chủ trì, phối hợp với ...`` one it leads. A lead-in that asks,
  directs or guides another actor hands the items to that one (``X đề nghị Công ty
  thực hiện ... sau:``, ``X chỉ đạo Y ... sau:``, ``X hướng dẫn Y thực hiện ... sau:``);
  an item that is a caption (``1. Trước khi ...``) hands them on to its bullets and the
  clauses below it. A clause heading longer than a short one (``Ban Quản lý A và Ban
  Quản lý B tỉnh X``, ``Các cơ quan ... được giao quản lý ...``) is an actor only when
  its items take it;
* a row after a plan's item naming its actors (``Trách nhiệm chỉ đạo thực hiện: X.``,
  ``Cơ quan chủ trì: X``): the item is their task.

A sentence listing who attended (``Tham dự cuộc họp có ...; đại diện lãnh đạo: Ban
...``) gives no task: it is skipped whole.

An actor phrase runs from its head (an organ, a position, a person, a class such
as ``các Bộ, ngành``) to the first lower-case task word; a list of actors splits
where a new head starts (``Đảng ủy Bộ Y tế, Đảng ủy Bộ Giáo dục và Đào tạo``),
never inside an organ name the agency layer found, and a colon list stays whole
(``Các Bộ: Quốc phòng, Công an``), but after a title alone, whose members are organs
of their own (``Giám đốc: Sở A, Sở B``: ``Giám đốc: Sở A`` and ``Sở B``). A person
introduced by ``đồng chí`` is named by the name, not by the positions listed after it.

An actor is always the text as written (``text[start:end]``). So a bare head that
shares the qualifier written once after the next head of its kind (``Hội đồng nhân
dân, Ủy ban nhân dân thành phố X``, ``Giám đốc, Thủ trưởng các sở, ban, ngành``) runs
to that qualifier's end, and the next head keeps its own record; a plural level after
a plural class goes on with it (``Ban Chỉ huy ... các ngành, các cấp``), and so does a
relative clause after a class noun (``các địa phương có rừng khẩn trương ...``: the
task starts at ``khẩn trương``). After a cue or a chain's link, a capitalised organ
word whose name is written small heads an actor (``Giao Ban xây dựng đảng Đảng ủy chủ
trì``).

The scan reads each clause's own text and the preamble; the closing paragraph
(which addresses the whole document) is not read. Most sentences assign
nothing, so a region is not tokenised whole: one pattern over its lower-case
text finds the words an assignment can start from (:mod:`vbcd.extract.assignment_cues`),
and only windows around them are tokenised, each from a cut where its tokens are
those of the whole region, and grown forward whenever the grammar reads further
(an actor list, a chain, the end of the task's sentence). A window's places are
read from its first hard unit boundary (a line break, ``;``, ``:`` or sentence
end) with enough tokens before it for every look-back, so each window reads
exactly what a scan of the whole region would: the same places, in the same
order, with the same jumps.

This module is the entry point; the parts live beside it: the regions read and the
document's index of other layers' findings (:mod:`assignment_regions`), the tables
derived from the lexicon (:mod:`assignment_tables`), the records the window and
scanner share (:mod:`assignment_records`), the per-region scanner and the lead-in
handing (:mod:`assignment_scan`), the token window and its grammar
(:mod:`assignment_window`), and the task's text (:mod:`assignment_text`).
"""

from __future__ import annotations

import re
from operator import attrgetter

from vbcd.extract.assignment_lexicon import Lexicon, lexicon
from vbcd.extract.assignment_records import _Lead
from vbcd.extract.assignment_refer import key as _key
from vbcd.extract.assignment_refer import resolve_references
from vbcd.extract.assignment_regions import _DocIndex, _regions
from vbcd.extract.assignment_scan import _MEMO_MIN as _MEMO_MIN
from vbcd.extract.assignment_scan import _RegionScan as _RegionScan
from vbcd.extract.assignment_tables import _cue_finder as _cue_finder
from vbcd.extract.assignment_text import TASK_CHARS as TASK_CHARS
from vbcd.extract.assignment_text import _task_between as _task_between
from vbcd.extract.assignment_text import _task_text as _task_text
from vbcd.models import Assignment, Document
from vbcd.normalize import fold_tones
from vbcd.pipeline import Context


def find_assignments(ctx: Context) -> list[Assignment]:
    """Pipeline entry point: the assignments of ``ctx.doc`` (read on ``ctx.match``)."""
    return extract_assignments(ctx.doc, ctx.match)


def extract_assignments(doc: Document, match: str | None = None) -> list[Assignment]:
    """Assignments of a parsed document (its clauses, agencies, persons, deadlines).

    ``match`` is the tone-folded copy of ``doc.text`` (computed when omitted).
    Never raises for damaged input: a stretch that does not parse adds nothing.
    """
    if match is None or len(match) != len(doc.text):
        match = fold_tones(doc.text)
    regions = _regions(doc)
    if not regions:
        return []
    found: list[Assignment] = []
    seen: set[tuple[int, int]] = set()
    index = _DocIndex.build(doc)
    lex = lexicon()
    # lead-ins by the region whose clauses below are their items: (annex, clause path),
    # the preamble's ("") for the top clauses
    leads: dict[tuple[int | None, str], list[_Lead]] = {}
    down: dict[tuple[int | None, str], list[_Lead]] = {}  # handed on by a caption item
    for region in regions:  # an actor read in two regions is recorded in the first
        scan = _RegionScan(doc, match, region, lex, index)
        above = (region.annex, region.parent[3] if region.parent is not None else "")
        found += scan.scan(seen, leads.get(above, ()), down.get(above, ()))
        if scan.leads_out:
            leads.setdefault((region.annex, region.path), []).extend(scan.leads_out)
        if scan.leads_down:
            down[region.annex, region.path] = scan.leads_down
    handed = {id(lead.record) for group in leads.values()
              for given in group for lead in (given, *given.directors)
              if lead.handed or lead.needs_items or lead.members}
    if handed:  # a lead-in whose items took its actor: they are its tasks (a long
        # heading whose items took nothing is no actor)
        found = [a for a in found if id(a) not in handed]
    found.sort(key=attrgetter("start", "end"))
    issuer = _key(doc.issuer.name) if doc.issuer is not None else None
    if issuer is not None:
        found = [a for a in found if not _lead_in(a, issuer, lex)]
    found = [a for a in found if not _invitees_attend(a, lex)]
    found = [a for a in found if not _indefinite(a, lex)]
    if doc.doc_type is not None and doc.doc_type.code in lex.petition_types:
        found = [a for a in found if not _petition(a, lex)]
    if "!" in doc.text:  # slogans are the only exclamations directives print
        found = [a for a in found if not _slogan(a, doc.text)]
    if doc.persons and _schedule(doc, lex):
        found = _schedule_tasks(doc, found)
    return resolve_references(doc, found, lex)


def _schedule(doc: Document, lex: Lexicon) -> bool:
    """Whether ``doc`` is a work or citizen-reception schedule: typed so (``LỊCH CÔNG
    TÁC``), or a Thông báo whose title opens with one (``Lịch tiếp công dân định kỳ của
    lãnh đạo UBND tỉnh ...``), which lists its leaders' entries the same way."""
    if doc.doc_type is not None and doc.doc_type.code in lex.schedule_types:
        return True
    return doc.title is not None and _key(doc.title.value).startswith(lex.schedule_titles)


def _schedule_tasks(doc: Document, found: list[Assignment]) -> list[Assignment]:
    """A work schedule's assignments without its leaders' entries (``Chủ tịch UBND tỉnh
    X chủ trì họp giao ban``): an actor that is a person the persons layer read is
    what the schedule lists, not a task; organs (``Chuẩn bị: Sở Xây dựng``) stay."""
    spans = {(m.start, m.end) for p in doc.persons for m in p.mentions}
    spans |= {(p.start, p.end) for p in doc.persons}
    names = {p.name for p in doc.persons}
    return [a for a in found if (a.start, a.end) not in spans and a.actor not in names]


#: The end of the sentence an actor opens: its mark tells a slogan from a task.
_SENTENCE_END = re.compile(r"[.!?\n]")
#: Closing quotes after a ``!``: the slogan is quoted, the sentence goes on.
_QUOTES = frozenset('"”»\'’')


def _slogan(a: Assignment, text: str) -> bool:
    """``Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!``, ``Các cấp
    ủy, tổ chức đảng phát huy dân chủ, đoàn kết, đổi mới!``: a propaganda guide's slogan
    (khẩu hiệu) names a subject and a verb like a task, but a sentence that ends with
    ``!`` exhorts; it gives no one a task (directives print ``!`` in nothing else). A
    slogan quoted inside a task's sentence (``treo khẩu hiệu "...!" tại trụ sở.``) does
    not end it."""
    end = _SENTENCE_END.search(text, a.end)
    while end is not None and end.group() == "!" and text[end.end():end.end() + 1] in _QUOTES:
        end = _SENTENCE_END.search(text, end.end())
    return end is not None and end.group() == "!"


def _invitees_attend(a: Assignment, lex: Lexicon) -> bool:
    """``Đề nghị các đồng chí dự họp đầy đủ, đúng giờ``: an invitation asking its
    invitees, by a bare plural that names no one, to come; no task."""
    if _key(a.actor) not in lex.invitees:
        return False
    task = _key(a.task)
    return any(task == w or task.startswith(w + " ") for w in lex.attending)


def _indefinite(a: Assignment, lex: Lexicon) -> bool:
    """``Cơ quan, đơn vị nào không gửi báo cáo đúng hạn phải chịu trách nhiệm ...``: an
    actor with an indefinite determiner is a condition (whoever fails), not a body
    given a task."""
    return not lex.indefinite.isdisjoint(a.actor.lower().split())


def _petition(a: Assignment, lex: Lexicon) -> bool:
    """``Kính đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định./.``: a submission asking
    the superior it is addressed to for a decision; the writer cannot hand it a task."""
    task = _key(a.task)
    return any(task.startswith(w) and not task[len(w):len(w) + 1].isalnum()
               for w in lex.petitions)


def _lead_in(a: Assignment, issuer: str, lex: Lexicon) -> bool:
    """``Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:``: the issuer announcing
    what follows, not a task it is given."""
    task = _key(a.task).rstrip(" :.")
    return any(task == w or task.endswith(" " + w) for w in lex.announcing) and (
        _key(a.actor) == issuer)
