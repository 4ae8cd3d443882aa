"""Akoma Ntoso 3.0 XML for a parsed Document.

Mapping (kept simple and the same for every document type):

- ``akomaNtoso/doc[@name]`` (the generic document type; ``@name`` is the
  type code, lower case, or ``document``); ``act`` is not used because its
  ``body`` demands a legislative hierarchy that notices and công văn lack;
- ``meta/identification``: FRBR Work / Expression / Manifestation with
  ``/akn/vn/doc/<type>/<issue date>/<number>`` URIs, and ``meta/references``
  with a ``TLCPerson``/``TLCOrganization``/``TLCLocation`` per entity;
- ``preface``: the issuer (``docProponent``), ``docNumber``, place and
  ``docDate``, ``docType`` and the title (``longTitle/p/docTitle``);
- ``preamble``: the addressees (``container name="addressees"``) and the
  preamble's paragraphs;
- ``mainBody``: every clause, whatever its marker style, as a nested
  ``hcontainer name="clause"`` with ``num`` (the marker as printed) and its own
  text in ``content/p`` (a leaf) or ``intro/p`` (a clause with children);
- ``conclusions``: the closing paragraph, the recipients
  (``container name="recipients"``) and the signature
  (``p/signature`` with ``role`` and ``person``).

Inside paragraphs the entity mentions are marked inline: ``person``,
``organization``, ``location`` (``@refersTo`` the TLC entry), ``date``
(``@date``, when the date is a single day) and ``ref`` (``@href`` to the cited
document's Work URI). Text is the document's surface text with line wraps
folded to spaces. Built with :mod:`xml.etree.ElementTree`, so it is well
formed by construction.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Sequence

import regex

from vbcd import __version__
from vbcd.export.entities import EntitySpan, export_entities
from vbcd.models import Clause, Document

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_ISO_DAY = regex.compile(r"\d{4}-\d\d-\d\d")
_SPACE = regex.compile(r"\s+")
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
_SLUG = regex.compile(r"[^a-z0-9]+")
#: Characters XML 1.0 cannot carry at all (not even escaped); replaced by U+FFFD.
_NOT_XML = regex.compile("[^\\x09\\x0a\\x0d\\x20-\\ud7ff\\ue000-\\ufffd\\U00010000-\\U0010ffff]")
#: FRBRdate is mandatory; a document whose issue date was not found gets this.
UNKNOWN_DATE = "0001-01-01"


def q(tag: str) -> str:
    """A tag in the Akoma Ntoso namespace."""
    return f"{{{AKN_NS}}}{tag}"


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced, so the output always parses."""
    return _NOT_XML.sub("\ufffd", text)


def _sub(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None,
         text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, q(tag), {k: xml_safe(v) for k, v in (attrs or {}).items()})
    if text is not None:
        el.text = xml_safe(text)
    return el


def slug(value: str) -> str:
    """ASCII, lower case, dash-separated: ``432-TB/VPTW`` → ``432-tb-vptw``."""
    base = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return _SLUG.sub("-", ascii_).strip("-") or "unknown"


def _fold(text: str) -> str:
    """Line wraps and runs of spaces folded to one space (edges kept as one space)."""
    return xml_safe(_SPACE.sub(" ", text))


def work_uri(type_code: str | None, date: str | None, number: str | None) -> str:
    """``/akn/vn/doc/<type>/<date>/<number>``, the FRBR Work URI this module uses."""
    return (f"/akn/vn/doc/{slug(type_code or 'doc')}/{date or UNKNOWN_DATE}/"
            f"{slug(number or 'unknown')}")


class _Writer:
    """Holds the document and its entity spans while the tree is built."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities = export_entities(doc)
        self.tlc: dict[tuple[str, int], str] = {}

    # -- inline content ----------------------------------------------------------------

    def _inline_attrs(self, ent: EntitySpan) -> tuple[str, dict[str, str]] | None:
        doc = self.doc
        if ent.kind == "date":
            mention = doc.dates[ent.record]
            day = mention.value or (mention.interval_start
                                    if mention.interval_start == mention.interval_end else None)
            if day and _ISO_DAY.fullmatch(day):
                return "date", {"date": day}
            return None
        if ent.kind == "reference":
            ref = doc.references[ent.record]
            return "ref", {"href": work_uri(ref.type_code, ref.date, ref.number)}
        tag = {"person": "person", "agency": "organization", "place": "location"}.get(ent.kind)
        if tag is None or (ent.kind, ent.record) not in self.tlc:
            return None
        return tag, {"refersTo": "#" + self.tlc[(ent.kind, ent.record)]}

    def fill(self, el: ET.Element, start: int, end: int) -> None:
        """Put ``text[start:end]`` into ``el``, entity mentions inside it marked up."""
        text = self.doc.text
        pos = start
        last: ET.Element | None = None

        def put(chunk: str) -> None:
            if not chunk:
                return
            if last is None:
                el.text = (el.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk

        for ent in self.entities:
            if ent.start < start or ent.end > end:
                continue
            markup = self._inline_attrs(ent)
            if markup is None:
                continue
            put(_fold(text[pos:ent.start]))
            child = ET.SubElement(el, q(markup[0]), markup[1])
            child.text = _fold(ent.text)
            last = child
            pos = ent.end
        put(_fold(text[pos:end]))
        if el.text:
            el.text = el.text.lstrip()
        if last is not None:
            last.tail = last.tail.rstrip() if last.tail else last.tail
        elif el.text:
            el.text = el.text.rstrip()

    def paragraphs(self, parent: ET.Element, start: int, end: int,
                   attrs: dict[str, str] | None = None) -> int:
        """One ``p`` per blank-line-separated block of ``text[start:end]``; returns the count."""
        pieces: list[tuple[int, int]] = []
        pos = start
        for m in _BLANK_LINE.finditer(self.doc.text, start, end):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, end))
        n = 0
        for a, b in pieces:
            if self.doc.text[a:b].strip():
                self.fill(_sub(parent, "p", attrs), a, b)
                n += 1
        return n

    # -- parts -------------------------------------------------------------------------

    def meta(self, root: ET.Element) -> None:
        doc = self.doc
        meta = _sub(root, "meta")
        ident = _sub(meta, "identification", {"source": "#vbcd"})
        date = (doc.issue_date.value if doc.issue_date and _ISO_DAY.fullmatch(doc.issue_date.value)
                else None)
        work = work_uri(doc.doc_type.code if doc.doc_type else None, date,
                        doc.number.value if doc.number else None)
        expr = f"{work}/vie@"
        frbr_date = {"date": date or UNKNOWN_DATE, "name": "issue" if date else "unknown"}
        author = {"href": "#issuer" if doc.issuer else "#vbcd"}

        w = _sub(ident, "FRBRWork")
        _sub(w, "FRBRthis", {"value": f"{work}/!main"})
        _sub(w, "FRBRuri", {"value": work})
        _sub(w, "FRBRdate", frbr_date)
        _sub(w, "FRBRauthor", author)
        _sub(w, "FRBRcountry", {"value": "vn"})
        if doc.number:
            _sub(w, "FRBRnumber", {"value": doc.number.value})
        e = _sub(ident, "FRBRExpression")
        _sub(e, "FRBRthis", {"value": f"{expr}/!main"})
        _sub(e, "FRBRuri", {"value": expr})
        _sub(e, "FRBRdate", frbr_date)
        _sub(e, "FRBRauthor", author)
        _sub(e, "FRBRlanguage", {"language": "vie"})
        m = _sub(ident, "FRBRManifestation")
        _sub(m, "FRBRthis", {"value": f"{expr}/!main.xml"})
        _sub(m, "FRBRuri", {"value": f"{expr}.akn"})
        _sub(m, "FRBRdate", frbr_date)
        _sub(m, "FRBRauthor", {"href": "#vbcd"})

        refs = _sub(meta, "references", {"source": "#vbcd"})
        _sub(refs, "TLCOrganization", {
            "eId": "vbcd", "href": "/ontology/organization/vbcd", "showAs": f"vbcd {__version__}",
        })
        if doc.issuer:
            _sub(refs, "TLCOrganization", {
                "eId": "issuer", "href": f"/ontology/organization/vn/{slug(doc.issuer.name)}",
                "showAs": doc.issuer.name,
            })
        groups: tuple[tuple[str, str, str, list[str]], ...] = (
            ("person", "TLCPerson", "person", [r.name for r in doc.persons]),
            ("agency", "TLCOrganization", "organization", [r.name for r in doc.agencies]),
            ("place", "TLCLocation", "location", [r.name for r in doc.places]),
        )
        for kind, tag, onto, names in groups:
            for i, name in enumerate(names):
                eid = f"{onto}_{i + 1}"
                self.tlc[(kind, i)] = eid
                _sub(refs, tag, {"eId": eid, "href": f"/ontology/{onto}/vn/{slug(name)}",
                                 "showAs": name})
        if doc.signature and doc.signature.title:
            _sub(refs, "TLCRole", {"eId": "signer_role",
                                   "href": f"/ontology/role/vn/{slug(doc.signature.title)}",
                                   "showAs": doc.signature.title})

    def preface(self, root: ET.Element) -> None:
        doc, text = self.doc, self.doc.text
        preface = ET.Element(q("preface"))
        if doc.issuer:
            p = _sub(preface, "p", {"class": "issuer"})
            _sub(p, "docProponent", {"refersTo": "#issuer"},
                 _fold(text[doc.issuer.start:doc.issuer.end]).strip())
        if doc.number:
            p = _sub(preface, "p", {"class": "number"})
            _sub(p, "docNumber", None, _fold(text[doc.number.start:doc.number.end]).strip())
        if doc.issue_date and _ISO_DAY.fullmatch(doc.issue_date.value):
            p = _sub(preface, "p", {"class": "date"})
            if doc.issue_place:
                p.text = _fold(text[doc.issue_place.start:doc.issue_place.end]).strip() + ", "
            _sub(p, "docDate", {"date": doc.issue_date.value},
                 _fold(text[doc.issue_date.start:doc.issue_date.end]).strip())
        if doc.doc_type and doc.doc_type.end > doc.doc_type.start:
            p = _sub(preface, "p", {"class": "type"})
            _sub(p, "docType", None, _fold(text[doc.doc_type.start:doc.doc_type.end]).strip())
        elif doc.doc_type:
            p = _sub(preface, "p", {"class": "type"})
            _sub(p, "docType", None, doc.doc_type.name)
        if doc.title:
            long_title = _sub(preface, "longTitle")
            _sub(_sub(long_title, "p"), "docTitle", None, doc.title.value)
        if len(preface):
            root.append(preface)

    def preamble(self, root: ET.Element) -> None:
        doc = self.doc
        preamble = ET.Element(q("preamble"))
        if doc.addressees:
            box = _sub(preamble, "container", {"name": "addressees"})
            for a in doc.addressees:
                self.fill(_sub(box, "p"), a.start, a.end)
        if doc.preamble:
            self.paragraphs(preamble, doc.preamble.start, doc.preamble.end)
        if len(preamble):
            root.append(preamble)

    def clause(self, parent: ET.Element, clause: Clause, counter: list[int]) -> None:
        counter[0] += 1
        el = _sub(parent, "hcontainer", {"name": "clause", "eId": f"clause_{counter[0]}",
                                        "class": clause.style})
        _sub(el, "num", None, clause.marker)
        start = clause.start
        if self.doc.text.startswith(clause.marker, start):
            start += len(clause.marker)
        has_text = bool(self.doc.text[start:clause.end].strip())
        if clause.children:
            if has_text:
                self.fill(_sub(_sub(el, "intro"), "p"), start, clause.end)
            for child in clause.children:
                self.clause(el, child, counter)
        else:
            p = _sub(_sub(el, "content"), "p")
            if has_text:
                self.fill(p, start, clause.end)

    def main_body(self, root: ET.Element) -> None:
        body = _sub(root, "mainBody")
        counter = [0]
        for clause in self.doc.clauses:
            self.clause(body, clause, counter)
        if not len(body):
            _sub(body, "p", {"class": "empty"})  # mainBody may not be empty

    def conclusions(self, root: ET.Element) -> None:
        doc, text = self.doc, self.doc.text
        concl = ET.Element(q("conclusions"))
        if doc.closing:
            self.paragraphs(concl, doc.closing.start, doc.closing.end, {"class": "closing"})
        if doc.recipients:
            box = _sub(concl, "container", {"name": "recipients"})
            for r in doc.recipients:
                self.fill(_sub(box, "p"), r.start, r.end)
        sig = doc.signature
        if sig and (sig.name or sig.title):
            p = _sub(concl, "p", {"class": "signature"})
            s = _sub(p, "signature")
            if sig.authority_text or sig.on_behalf_of:
                lead = " ".join(x for x in (sig.authority_text, sig.on_behalf_of) if x)
                s.text = lead + " "
            if sig.title:
                role = _sub(s, "role", {"refersTo": "#signer_role"}, sig.title)
                role.tail = " "
            if sig.name:
                person = self._signer()
                attrs = {"refersTo": f"#{person}"} if person else {"refersTo": "#signer"}
                name = (text[sig.name_start:sig.name_end]
                        if sig.name_start is not None and sig.name_end is not None
                        else sig.name)
                _sub(s, "person", attrs, _fold(name).strip() or sig.name)
        if len(concl):
            root.append(concl)

    def _signer(self) -> str | None:
        sig = self.doc.signature
        for i, person in enumerate(self.doc.persons):
            if sig and person.name == sig.name:
                return self.tlc.get(("person", i))
        return None

    def build(self) -> ET.Element:
        ET.register_namespace("", AKN_NS)
        root = ET.Element(q("akomaNtoso"))
        name = slug(self.doc.doc_type.code) if self.doc.doc_type else "document"
        doc_el = _sub(root, "doc", {"name": name})
        self.meta(doc_el)
        if self.doc.signature and self.doc.signature.name and self._signer() is None:
            refs = doc_el.find(f"{q('meta')}/{q('references')}")
            if refs is not None:
                _sub(refs, "TLCPerson", {
                    "eId": "signer", "href": f"/ontology/person/vn/{slug(self.doc.signature.name)}",
                    "showAs": self.doc.signature.name,
                })
        self.preface(doc_el)
        self.preamble(doc_el)
        self.main_body(doc_el)
        self.conclusions(doc_el)
        return root


def to_akn(doc: Document) -> ET.Element:
    """The ``akomaNtoso`` root element of one document."""
    return _Writer(doc).build()


def to_akn_string(doc: Document) -> str:
    """Indented XML text with an XML declaration."""
    root = to_akn(doc)
    indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


#: Elements holding mixed content: whitespace added inside them would change the text.
_MIXED = frozenset(q(t) for t in ("p", "num", "heading", "docTitle", "signature"))


def indent(el: ET.Element, level: int = 0) -> None:
    """Pretty-print like ``ET.indent`` but never inside paragraphs (mixed content)."""
    if el.tag in _MIXED or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    if not el.text or not el.text.strip():
        el.text = pad
    for child in el:
        indent(child, level + 1)
        if not child.tail or not child.tail.strip():
            child.tail = pad
    last = el[-1]
    last.tail = "\n" + "  " * level


def clause_count(root: ET.Element) -> int:
    """Clause containers in an AKN tree (what tests compare to the Document)."""
    return sum(1 for el in root.iter(q("hcontainer")) if el.get("name") == "clause")


def count_clauses(clauses: Sequence[Clause]) -> int:
    return sum(1 + count_clauses(c.children) for c in clauses)
