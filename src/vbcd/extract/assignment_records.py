"""The small records the assignment window writes and the region scanner reads.

:class:`_List` is an actor list the window parsed, :class:`_Found` an actor it found
(offsets, role, where the task starts), :class:`_Lead` a lead-in's actor handed to the
items below it. Kept in a module of their own because the window, the scanner and the
entry point all use them and none of those should import the others for a dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass

from vbcd.models import Assignment, AssignmentRole


@dataclass(slots=True)
class _List:
    """An actor list: tokens ``[start, stop)`` hold the actors, ``end`` is what closed it."""

    start: int
    stop: int
    end: int
    kind: str  # marker | colon | br | stop | label | region | limit
    # lead | coordinate | direct | responsible | task | report | weak | cue
    marker: str | None = None
    mlen: int = 0
    words: int = 0


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    role: AssignmentRole
    task_from: int
    chain_from: int
    heading: bool = False
    task_span: tuple[int, int] | None = None
    #: the first sentence end after ``task_from`` (None: the region's end)
    sent_end: int | None = None
    #: named by a cue (``giao X``, ``đề nghị X``), not a sentence's subject
    cued: bool = False
    #: the lead-in whose actor this item was handed (see :meth:`_RegionScan._hand_on`)
    lead: _Lead | None = None
    #: the lead-in this record is, when its items in the region are handed its actor
    gives: _Lead | None = None
    #: a long heading: an actor only when its items take it
    needs_items: bool = False
    #: named by a passive cue (``do X thực hiện``): no subject of the item it stands in
    passive: bool = False


@dataclass(slots=True, eq=False)
class _Lead:
    """An actor a lead-in hands to the items below it: ``... giao Bộ Y tế:`` then ``1.
    Đánh giá ...`` / ``2. Chủ trì, phối hợp với ...``; ``X có trách nhiệm:``, ``X thực
    hiện các nhiệm vụ sau:``, ``1. Sở Tư pháp`` then its bullets. ``record`` is the
    lead-in's own assignment, dropped once an item has taken the actor (the items are
    its tasks)."""

    start: int
    end: int
    role: AssignmentRole
    record: Assignment | None = None
    handed: bool = False
    #: the record is dropped unless an item takes the actor (a long heading)
    needs_items: bool = False
    #: an item below names a member of a body (``3. Các ủy viên:`` / ``a) Giám đốc Sở
    #: Nội vụ;``): the lead-in names a seat, and its record is dropped
    members: bool = False
    #: who directs this actor in the lead-in (``X chỉ đạo Y thực hiện ... sau:``: X
    #: for Y), to whom the items go once one opens with the directing verb
    directors: tuple[_Lead, ...] = ()
    #: an item opened with that verb (``1. Chỉ đạo Sở Y tế ...``): the items are X's
    to_directors: bool = False
