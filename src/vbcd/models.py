"""Typed records of a parsed document.

Every record that points into the document carries ``start``/``end``: character
offsets into :attr:`Document.text` (the normalised text), so that
``doc.text[r.start:r.end]`` is the record's surface form. Values that are
cleaned up for use (a title joined from several lines, a corrected signature
title) live in separate fields (``value``, ``name`` ...), never in place of the
span. :meth:`Document.raw_span` maps any span back to the original input.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DatePrecision = Literal["day", "month", "quarter", "half", "year", "datetime", "range"]
Calendar = Literal["solar", "lunar"]
DeadlineKind = Literal["before", "no_later_than", "within", "by"]
AssignmentRole = Literal["lead", "coordinate", "responsible", "directed"]
AgencyLevel = Literal["central", "province", "district", "commune"]
AgencyKind = Literal["party", "state", "front", "armed", "public_service", "enterprise", "other"]
PlaceKind = Literal[
    "province", "city", "district", "town", "commune", "ward", "village", "country", "region"
]
Family = Literal["state", "party"]


class Record(BaseModel):
    """Anything anchored in the text."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="offset of the first character in Document.text")
    end: int = Field(ge=0, description="offset after the last character in Document.text")


class Warning(Record):  # the public name in the output contract
    """Something missing, damaged or inconsistent, with where it was seen."""

    code: str
    message: str
    start: int = 0
    end: int = 0


class TextField(Record):
    """A scalar read from the text: ``value`` is the cleaned value, the span its surface."""

    value: str


class DateField(Record):
    """A single date read from the text; ``value`` is ISO ``YYYY-MM-DD``."""

    value: str
    text: str

    def day(self) -> _dt.date | None:
        """``value`` as a date (``None`` if it is no valid day): what resolves the
        document's year-less days."""
        try:
            return _dt.date.fromisoformat(self.value)
        except ValueError:
            return None


class DocType(BaseModel):
    """Document type: code from the type-code table and its Vietnamese name."""

    model_config = ConfigDict(extra="forbid")

    code: str
    name: str
    source: Literal["type_line", "number", "title", "body", "default"] = "type_line"
    start: int = 0
    end: int = 0


class DocNumber(Record):
    """Số ký hiệu split into its parts (``45/QĐ-UBND`` or ``123-TB/TU``)."""

    value: str = Field(description="as printed, stray spaces removed")
    number: str | None = None
    year: str | None = None
    type_code: str | None = None
    organ_code: str | None = None
    grammar: Literal["state", "party", "unknown"] = "unknown"


class Issuer(Record):
    """Issuing organ as printed in the header; ``parent`` is the line(s) above it.

    OCR damage (``THANH PHO HO CHI MINH``) is restored in the three strings, with a
    ``typo_corrected`` warning; ``start``/``end`` still cover the printed text."""

    value: str = Field(description="header lines joined by a space, OCR damage restored")
    name: str = Field(description="the issuing organ itself (last line)")
    parent: str | None = None


class Addressee(Record):
    text: str


class Zone(Record):
    """A contiguous block of the body (preamble, closing)."""

    text: str


class Clause(Record):
    """One numbered clause; ``start``/``end`` cover its own text, before any child."""

    label: str = Field(description="marker as printed, without trailing '.' or ')'")
    path: str = Field(description="labels from the top joined by '/'")
    marker: str = Field(description="the marker exactly as printed")
    style: str = Field(description=(
        "marker style: roman, arabic (also arabic) and arabic-), dotted1-3, alpha (a)), "
        "alphadash (a-), alphaslash (a/), alphadot (a.), subalpha (a.1) or a.1.), "
        "alphaupper (A. or A - over a heading "
        "in capitals), paren, article, khoan (Khoản 1.), alphadiem (Điểm a.), part:<word>"))
    depth: int
    text: str
    subtree_end: int = Field(description="end of the clause including its children")
    children: list[Clause] = Field(default_factory=list)


class Recipient(Record):
    text: str
    purpose: str | None = None
    purpose_text: str | None = Field(default=None, description="the purpose as printed")


class Signature(Record):
    authority: str | None = Field(default=None, description="TM, KT, TL, TUQ or Q")
    authority_text: str | None = None
    on_behalf_of: str | None = None
    title: str | None = Field(default=None, description="last position line, typos fixed")
    titles: list[str] = Field(default_factory=list)
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    co_signers: list[Signature] = Field(
        default_factory=list,
        description=(
            "the other signers of a joint document (kế hoạch liên tịch, two Sở side by "
            "side or one block under the other), left to right then top to bottom; the "
            "fields above are the first signer's, each co-signer's own co_signers is empty"))


class Annex(Record):
    kind: Literal["annex", "footnote", "attachment"]
    label: str | None = None
    text: str
    clauses: list[Clause] = Field(
        default_factory=list,
        description="numbered clauses of an annex or attachment (a regulation's articles)")


class Mark(Record):
    """Urgency or secrecy mark (``HỎA TỐC``, ``MẬT``)."""

    kind: Literal["urgency", "secrecy"]
    value: str


# --- entity layer -----------------------------------------------------------------


class Mention(Record):
    text: str


class DateMention(Record):
    text: str
    value: str | None = Field(default=None, description="ISO date; only for day precision")
    precision: DatePrecision = "day"
    calendar: Calendar = "solar"
    interval_start: str | None = Field(default=None, description="first day of the period")
    interval_end: str | None = Field(default=None, description="last day of the period")
    time: str | None = Field(default=None, description="HH:MM when a time of day is given")
    resolved_year: bool = Field(default=False, description="year taken from context")
    holiday: str | None = None


class Recurrence(Record):
    text: str
    clause: str | None = None


class Deadline(Record):
    date: str | None = Field(description=(
        "ISO; end of the period for months and quarters; written without a year and more "
        "than 60 days before the issue date, next year's"))
    kind: DeadlineKind
    text: str
    clause: str | None = None
    actors: list[str] = Field(default_factory=list)
    scope: str | None = None
    annex: int | None = Field(
        default=None, description="index in Document.annexes when the deadline is set in "
                                  "an annex (its clause is that annex's); None in the body")


class Reference(Record):
    text: str
    type: str | None = None
    number: str
    type_code: str | None = None
    organ_code: str | None = None
    year: str | None = None
    date: str | None = None
    issuer: str | None = None


class Position(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(
        description="the title as written (an abbreviation kept: `PCT`, `TUV`; its expansion "
        "is in positions.toml [abbreviations.map]); read from the running text, `title` and "
        "`organ` joined by a space are `text[start:end]` with whitespace collapsed"
    )
    organ: str | None = Field(default=None, description="the organ written after the title")
    start: int
    end: int


class Person(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    positions: list[Position] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    signature_role: str | None = None
    start: int
    end: int


class Agency(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    canonical: str
    abbreviation: str | None = None
    level: AgencyLevel | None = None
    kind: AgencyKind = "other"
    mentions: list[Mention] = Field(default_factory=list)
    start: int
    end: int


class Place(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: PlaceKind
    province: str | None = None
    mentions: list[Mention] = Field(default_factory=list)
    start: int
    end: int


class Assignment(Record):
    clause: str | None
    actor: str = Field(
        description="who is given the task, as written: always Document.text[start:end]. "
                    "A bare head sharing the qualifier written once after the next head "
                    "runs to it ('Hội đồng nhân dân, Ủy ban nhân dân tỉnh X'; the next head "
                    "has its own record), as a list after a colon stays whole ('Các Bộ: "
                    "Quốc phòng, Công an')")
    role: AssignmentRole
    task: str
    deadline: str | None = None
    annex: int | None = Field(
        default=None,
        description="index in Document.annexes when the clause is an annex's (a plan or "
                    "regulation issued with the document); None in the body")


# --- the document -----------------------------------------------------------------


class Document(BaseModel):
    """A parsed document: its text and every layer the pipeline added."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the normalised text every span points into")
    source: str | None = Field(default=None, description="file path, when read from a file")
    family: Family | None = Field(default=None, description="state or Party header")
    national_header: TextField | None = Field(
        default=None, description="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / ĐẢNG CỘNG SẢN VIỆT NAM")
    marks: list[Mark] = Field(default_factory=list, description="urgency and secrecy marks")
    doc_type: DocType | None = Field(default=None, description="type code and name")
    number: DocNumber | None = Field(default=None, description="số ký hiệu, split")
    issuer: Issuer | None = Field(default=None, description="issuing organ from the header")
    issue_place: TextField | None = Field(default=None, description="place of issue")
    issue_date: DateField | None = Field(default=None, description="date of issue")
    title: TextField | None = Field(default=None, description="trích yếu (or V/v line)")
    meeting_date: DateField | None = Field(
        default=None, description="date of the meeting or event the preamble reports")
    addressees: list[Addressee] = Field(
        default_factory=list, description="Kính gửi / Kính trình items, công điện recipients")
    preamble: Zone | None = Field(default=None, description="body text before the clauses")
    clauses: list[Clause] = Field(default_factory=list, description="the clause tree")
    closing: Zone | None = Field(default=None, description="closing paragraph(s)")
    recipients: list[Recipient] = Field(default_factory=list, description="Nơi nhận items")
    archive: list[str] = Field(default_factory=list, description="items of the Lưu line")
    archive_line: TextField | None = Field(default=None, description="the Lưu line's span")
    signature: Signature | None = Field(default=None, description="the signature block")
    annexes: list[Annex] = Field(
        default_factory=list, description="footnotes, annexes, attachments after the signature")
    persons: list[Person] = Field(default_factory=list, description="named people")
    agencies: list[Agency] = Field(default_factory=list, description="named organs")
    places: list[Place] = Field(default_factory=list, description="administrative units, countries")
    dates: list[DateMention] = Field(default_factory=list, description="every date mention")
    deadlines: list[Deadline] = Field(default_factory=list, description="dates to act by")
    recurrences: list[Recurrence] = Field(default_factory=list, description="recurring duties")
    references: list[Reference] = Field(default_factory=list, description="cited documents")
    assignments: list[Assignment] = Field(default_factory=list, description="who must do what")
    warnings: list[Warning] = Field(
        default_factory=list, description="what was missing, damaged or inconsistent")
    skipped: list[str] = Field(
        default_factory=list,
        description="default pipeline components not run: their layers are empty unread")
    offset_map: list[tuple[int, int]] = Field(
        default_factory=list,
        description="anchor pairs (text offset, raw offset); see Document.raw_offset",
    )

    def warn(self, code: str, message: str, start: int = 0, end: int = 0) -> None:
        """Record a warning (the parser never raises for damaged content)."""
        self.warnings.append(Warning(code=code, message=message, start=start, end=end))

    def iter_clauses(self) -> Iterator[Clause]:
        """All clauses, depth first, in document order."""
        return walk_clauses(self.clauses)

    def clause_at(self, offset: int) -> Clause | None:
        """The deepest clause whose own text or subtree contains ``offset``."""
        return _deepest(self.iter_clauses(), offset)

    def annex_at(self, offset: int) -> int | None:
        """The index of the annex (not a footnote) holding ``offset``, if any."""
        for k, annex in enumerate(self.annexes):
            if annex.kind != "footnote" and annex.start <= offset < annex.end:
                return k
        return None

    def annex_clause_at(self, offset: int) -> Clause | None:
        """The deepest clause of the annex holding ``offset`` that contains it."""
        k = self.annex_at(offset)
        return None if k is None else _deepest(walk_clauses(self.annexes[k].clauses), offset)

    def raw_offset(self, offset: int) -> int:
        """Map an offset in :attr:`text` to the decoded input it came from."""
        from vbcd.normalize import map_offset  # the one implementation of the anchor map

        return map_offset(self.offset_map, offset)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` to the decoded input.

        The end is mapped through its last character, so markup removed right
        after the span (``**``) stays outside it.
        """
        if end <= start:
            a = self.raw_offset(start)
            return a, a
        return self.raw_offset(start), self.raw_offset(end - 1) + 1


def walk_clauses(clauses: list[Clause]) -> Iterator[Clause]:
    """Clauses and their children, depth first, in document order (a stack, not
    recursion: a deep tree is no risk)."""
    stack = list(reversed(clauses))
    while stack:
        clause = stack.pop()
        yield clause
        stack.extend(reversed(clause.children))


def _deepest(clauses: Iterable[Clause], offset: int) -> Clause | None:
    """The last clause in depth-first order whose own text or subtree holds ``offset``."""
    found: Clause | None = None
    for clause in clauses:
        if clause.start <= offset < clause.subtree_end:
            found = clause
    return found
