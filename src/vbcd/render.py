"""A parsed Document as one self-contained HTML page a person can read and check.

The page shows the normalised text with its zones shaded (header, title,
preamble, clauses, closing, recipients, signature ...) and its entity mentions
highlighted by kind; hovering or clicking a highlight shows the record behind
it. Beside the text: the clause tree (click to jump), the task table and the
warnings. Everything is inline (CSS, JS, data) so the file works offline, can
be mailed, and never fetches anything.

Spans nest badly in real documents: a reference contains a date, an agency
name runs across a zone boundary. HTML needs proper nesting, so spans are laid
out with a stack and a span that crosses another is split into fragments that
share one ``data-rid`` (one record, several ``<span>`` elements). All text is
escaped; records travel as JSON in a ``<script type="application/json">`` block
with ``<``, ``>`` and ``&`` written as ``\\u003c``-style escapes, so no document
text can close the script or inject markup.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from pydantic import BaseModel

from vbcd.export.entities import ALL_KINDS, entity_mentions
from vbcd.models import Document

#: Zone kinds in the order the legend shows them; each gets a background colour.
ZONE_KINDS: tuple[str, ...] = (
    "header", "title", "addressees", "preamble", "clause", "closing",
    "recipients", "signature", "annex",
)

#: Human names of the kinds, for the legend and the popup.
KIND_NAMES: dict[str, str] = {
    "header": "header",
    "title": "title",
    "addressees": "addressees",
    "preamble": "preamble",
    "clause": "clause",
    "closing": "closing",
    "recipients": "recipients",
    "signature": "signature",
    "annex": "annex / footnote",
    "person": "person",
    "agency": "agency",
    "place": "place",
    "date": "date",
    "deadline": "deadline",
    "reference": "reference",
}

_MAX_FIELD_TEXT = 300  # long clause texts are cut in the popup; the page shows them anyway


@dataclass
class _Span:
    """One thing to wrap in the text: a zone (layer 0) or an entity (layer 1)."""

    start: int
    end: int
    layer: int
    kind: str
    rid: int
    anchor: str | None = None  # id given to the first fragment (clause anchors)
    css: str = ""


def _fields(record: BaseModel | None, exclude: Iterable[str] = ()) -> dict[str, Any]:
    """A record's fields for the popup: JSON-safe, without nested children and long text."""
    if record is None:
        return {}
    data = record.model_dump(mode="json", exclude=set(exclude))
    for key, value in list(data.items()):
        if isinstance(value, str) and len(value) > _MAX_FIELD_TEXT:
            data[key] = value[:_MAX_FIELD_TEXT] + "…"
    return data


class _Builder:
    """Collects spans and the records they point to (``rid`` = index in ``records``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.spans: list[_Span] = []
        self.records: list[dict[str, Any]] = []

    def record(self, kind: str, fields: dict[str, Any]) -> int:
        self.records.append({"kind": kind, "fields": fields})
        return len(self.records) - 1

    def add(
        self, start: int, end: int, layer: int, kind: str, rid: int,
        anchor: str | None = None, css: str = "",
    ) -> None:
        if 0 <= start < end <= len(self.doc.text):
            self.spans.append(_Span(start, end, layer, kind, rid, anchor, css))

    def zone(self, kind: str, record: BaseModel | None, exclude: Iterable[str] = ()) -> None:
        if record is None:
            return
        start, end = getattr(record, "start", 0), getattr(record, "end", 0)
        if isinstance(start, int) and isinstance(end, int) and start < end:
            self.add(start, end, 0, kind, self.record(kind, _fields(record, exclude)))


def clause_ids(doc: Document) -> list[str]:
    """Anchor id of each clause, in :meth:`Document.iter_clauses` order."""
    return [f"clause-{i}" for i, _ in enumerate(doc.iter_clauses())]


def _collect(doc: Document) -> _Builder:
    b = _Builder(doc)
    for field in ("national_header", "doc_type", "number", "issuer", "issue_place",
                  "issue_date", "archive_line"):
        b.zone("header", getattr(doc, field))
    for mark in doc.marks:
        b.zone("header", mark)
    b.zone("title", doc.title)
    for addressee in doc.addressees:
        b.zone("addressees", addressee)
    b.zone("preamble", doc.preamble, exclude=("text",))
    for anchor, clause in zip(clause_ids(doc), doc.iter_clauses(), strict=True):
        rid = b.record("clause", _fields(clause, exclude=("children", "text")))
        b.add(clause.start, clause.end, 0, "clause", rid, anchor=anchor,
              css=f"d{min(clause.depth, 4)}")
    b.zone("closing", doc.closing, exclude=("text",))
    for recipient in doc.recipients:
        b.zone("recipients", recipient)
    b.zone("signature", doc.signature)
    for annex in doc.annexes:
        b.zone("annex", annex, exclude=("text",))

    lists: dict[str, list[Any]] = {
        "person": doc.persons, "agency": doc.agencies, "place": doc.places,
        "date": doc.dates, "deadline": doc.deadlines, "reference": doc.references,
    }
    rids: dict[tuple[str, int], int] = {}
    for m in entity_mentions(doc):
        key = (m.kind, m.record)
        if key not in rids:
            rids[key] = b.record(m.kind, _fields(lists[m.kind][m.record], exclude=("mentions",)))
        b.add(m.start, m.end, 1, m.kind, rids[key], css="ent")
    return b


def _open_tag(span: _Span, eid: int, first: bool) -> str:
    cls = f"{'ent' if span.layer else 'z'} k-{span.kind}"
    if span.css and span.css != "ent":
        cls += f" {span.css}"
    attrs = [f'class="{cls}"', f'data-rid="{span.rid}"', f'data-eid="{eid}"',
             f'data-kind="{span.kind}"']
    if first and span.anchor:
        attrs.insert(0, f'id="{span.anchor}"')
    return f"<span {' '.join(attrs)}>"


def layout(text: str, spans: list[_Span]) -> str:
    """Escaped text with spans wrapped, crossing spans split into fragments.

    Spans are opened outermost first (zones before entities, longer before
    shorter). When a span ends while spans opened inside it are still open,
    those are closed and reopened right after, which keeps the HTML well
    nested whatever the overlaps are. Every fragment of span ``i`` carries
    ``data-eid="i"``.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].layer,
                                                     -spans[i].end, i))
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[int] = []
    opened: set[int] = set()
    nxt = 0
    pos = 0

    def sort_key(i: int) -> tuple[int, int, int]:
        return spans[i].layer, -spans[i].end, i

    for b in bounds:
        if b > pos:
            out.append(_text_html(text[pos:b]))
            pos = b
        reopen: list[int] = []
        if any(spans[i].end <= b for i in stack):
            while any(spans[i].end <= b for i in stack):
                i = stack.pop()
                out.append("</span>")
                if spans[i].end > b:
                    reopen.append(i)
        starting: list[int] = []
        while nxt < len(order) and spans[order[nxt]].start <= b:
            starting.append(order[nxt])
            nxt += 1
        for i in sorted(reopen + starting, key=sort_key):
            out.append(_open_tag(spans[i], i, i not in opened))
            opened.add(i)
            stack.append(i)
    out.extend("</span>" for _ in stack)
    return "".join(out)


_GAP = regex.compile(r"\n(?:[^\S\n]*\n){2,}")


def _text_html(segment: str) -> str:
    """Escaped text; beyond one blank line, blank lines are kept but hidden.

    Converted documents carry long runs of empty lines (linearised two-column
    headers). Hiding the surplus in a ``span.gap`` keeps the page compact while
    ``textContent`` stays exactly the document text.
    """
    out: list[str] = []
    pos = 0
    for m in _GAP.finditer(segment):
        out.append(html.escape(segment[pos:m.start()], quote=False))
        nl2 = segment.index("\n", m.start() + 1) + 1  # keep the first blank line visible
        out.append(html.escape(segment[m.start():nl2], quote=False))
        out.append(f'<span class="gap">{html.escape(segment[nl2:m.end()], quote=False)}</span>')
        pos = m.end()
    out.append(html.escape(segment[pos:], quote=False))
    return "".join(out)


def _json_script(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``</script>``, ``<!--`` or ``&`` can appear."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _tree_html(doc: Document) -> str:
    """Nested list of clause links; each ``a.node`` jumps to its clause anchor."""
    ids = iter(clause_ids(doc))

    def walk(clauses: list[Any]) -> str:
        if not clauses:
            return ""
        items = []
        for clause in clauses:
            anchor = next(ids)
            items.append(
                f'<li><a class="node" href="#{anchor}" data-target="{anchor}" '
                f'title="{_e(clause.path)}">{_e(_short(clause.text, 70))}</a>'
                f"{walk(clause.children)}</li>"
            )
        return "<ul>" + "".join(items) + "</ul>"

    body = walk(doc.clauses)
    return body or '<p class="none">no numbered clauses</p>'


def _tasks_html(doc: Document) -> str:
    """The assignments table; the clause cell links to the clause anchor."""
    if not doc.assignments:
        return '<p class="none">no assignments</p>'
    by_path: dict[str, str] = {}
    for anchor_id, node in zip(clause_ids(doc), doc.iter_clauses(), strict=True):
        by_path.setdefault(node.path, anchor_id)
    rows = []
    for a in doc.assignments:
        anchor = by_path.get(a.clause or "")
        clause = (f'<a href="#{anchor}" data-target="{anchor}">{_e(a.clause)}</a>'
                  if anchor else _e(a.clause))
        rows.append(
            f"<tr><td>{_e(a.actor)}</td><td>{_e(a.role)}</td>"
            f'<td title="{_e(a.task)}">{_e(_short(a.task, 160))}</td>'
            f"<td>{_e(a.deadline)}</td><td>{clause}</td></tr>"
        )
    return ('<table id="tasks"><thead><tr><th>actor</th><th>role</th><th>task</th>'
            "<th>deadline</th><th>clause</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _warnings_html(doc: Document) -> str:
    if not doc.warnings:
        return '<p class="none">no warnings</p>'
    items = []
    for w in doc.warnings:
        where = f" <small>[{w.start}–{w.end}]</small>" if w.end > w.start else ""
        items.append(f"<li><code>{_e(w.code)}</code> {_e(w.message)}{where}</li>")
    return '<ul id="warnings">' + "".join(items) + "</ul>"


def _summary_html(doc: Document) -> str:
    rows = [
        ("source", doc.source),
        ("family", doc.family),
        ("type", doc.doc_type.name if doc.doc_type else None),
        ("number", doc.number.value if doc.number else None),
        ("issuer", doc.issuer.value if doc.issuer else None),
        ("date", doc.issue_date.value if doc.issue_date else None),
        ("signed by", doc.signature.name if doc.signature else None),
    ]
    return "<dl>" + "".join(
        f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows if v
    ) + "</dl>"


def _legend_html(counts: dict[str, int]) -> str:
    parts = []
    for kind in ZONE_KINDS:
        parts.append(f'<span class="sw z k-{kind}">{_e(KIND_NAMES[kind])}</span>')
    zones = " ".join(parts)
    toggles = []
    for kind in ALL_KINDS:
        toggles.append(
            f'<label><input type="checkbox" checked data-toggle="{kind}"> '
            f'<span class="sw ent k-{kind}">{_e(KIND_NAMES[kind])}</span> '
            f"<small>{counts.get(kind, 0)}</small></label>"
        )
    return (f'<div class="legend"><div>{zones}</div><div>{" ".join(toggles)}</div>'
            '<label><input type="checkbox" checked data-toggle="zones"> shade zones</label>'
            "</div>")


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:#1d1d1f;background:#f4f4f6}
header{padding:10px 18px;background:#20304a;color:#fff}
header h1{font-size:17px;margin:0 0 2px}
header dl{display:flex;flex-wrap:wrap;gap:2px 16px;margin:0;font-size:12px}
header dt{opacity:.7}header dd{margin:0 0 0 -12px;font-weight:600}
.legend{padding:6px 18px;background:#fff;border-bottom:1px solid #ddd;font-size:12px;
display:flex;flex-wrap:wrap;gap:4px 18px;position:sticky;top:0;z-index:5}
.legend label{margin-right:8px;white-space:nowrap}
.sw{padding:0 4px;border-radius:3px}
main{display:grid;grid-template-columns:minmax(0,1fr) 460px;gap:14px;padding:14px 18px}
#text{background:#fff;border:1px solid #ddd;border-radius:6px;padding:14px 18px;
white-space:pre-wrap;word-wrap:break-word;font:14px/1.65 "Noto Serif","DejaVu Serif",serif}
aside{display:flex;flex-direction:column;gap:14px;min-width:0;position:sticky;top:44px;
align-self:start;max-height:calc(100vh - 54px);overflow:auto}
aside section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 12px;
max-height:46vh;overflow:auto;flex:none}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:2px 0 6px}
#tree ul{list-style:none;margin:0;padding-left:14px}#tree>ul{padding-left:0}
#tree a{color:#20304a;text-decoration:none;display:block;font-size:12.5px;padding:1px 0}
#tree a:hover{text-decoration:underline}
table{border-collapse:collapse;font-size:12px;width:100%}
th,td{border-bottom:1px solid #eee;padding:3px 4px;text-align:left;vertical-align:top}
.gap{display:none}
.none{color:#888;font-style:italic;margin:0}
#warnings{margin:0;padding-left:18px;font-size:12px}
.z.k-header{background:#e8eaf6}.z.k-title{background:#fff3c4}.z.k-addressees{background:#e0f2f1}
.z.k-preamble{background:#f1f8e9}.z.k-clause{background:#eef5fc}.z.k-clause.d1{background:#e3eefa}
.z.k-clause.d2{background:#d8e7f8}.z.k-clause.d3,.z.k-clause.d4{background:#cde0f5}
.z.k-closing{background:#fce4ec}.z.k-recipients{background:#ede7f6}
.z.k-signature{background:#ffe0b2}.z.k-annex{background:#eceff1}
.ent{border-radius:2px;cursor:pointer;border-bottom:2px solid}
.ent.k-person{background:#ffcdd2;border-color:#c62828}
.ent.k-agency{background:#c8e6c9;border-color:#2e7d32}
.ent.k-place{background:#b2ebf2;border-color:#00838f}
.ent.k-date{background:#ffe082;border-color:#ef6c00}
.ent.k-deadline{border-bottom:3px double #d84315;background:transparent}
.ent.k-reference{background:#d1c4e9;border-color:#4527a0}
body.hide-zones .z{background:transparent}
body.hide-person .ent.k-person,body.hide-agency .ent.k-agency,body.hide-place .ent.k-place,
body.hide-date .ent.k-date,body.hide-deadline .ent.k-deadline,
body.hide-reference .ent.k-reference{background:transparent;border-bottom-color:transparent}
.flash{outline:2px solid #ff6f00;outline-offset:1px}
#popup{position:fixed;z-index:10;max-width:440px;background:#fff;border:1px solid #999;
border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:6px 10px;font-size:12px;
display:none}
#popup h3{margin:0 0 4px;font-size:12.5px}
#popup td:first-child{color:#666;white-space:nowrap}
#popup td{word-break:break-word}
@media (max-width:900px){main{grid-template-columns:1fr}}
"""

_JS = """
(function(){
'use strict';
var records=JSON.parse(document.getElementById('vbcd-records').textContent);
var popup=document.getElementById('popup');
var pinned=false;
function fmt(v){
  if(v===null||v===undefined)return '';
  if(typeof v==='object')return JSON.stringify(v);
  return String(v);
}
function show(el,x,y){
  var rec=records[+el.getAttribute('data-rid')];
  if(!rec)return;
  popup.textContent='';
  var h=document.createElement('h3');
  h.textContent=rec.kind+(el.closest('.z')&&el.classList.contains('ent')?
    ' — in '+el.closest('.z').getAttribute('data-kind'):'');
  popup.appendChild(h);
  var t=document.createElement('table');
  Object.keys(rec.fields).forEach(function(k){
    var v=fmt(rec.fields[k]);
    if(v===''||v==='[]')return;
    var tr=t.insertRow(),a=tr.insertCell(),b=tr.insertCell();
    a.textContent=k;b.textContent=v;
  });
  popup.appendChild(t);
  popup.style.display='block';
  var w=popup.offsetWidth,hh=popup.offsetHeight;
  popup.style.left=Math.max(4,Math.min(x+12,window.innerWidth-w-8))+'px';
  popup.style.top=Math.max(4,(y+16+hh>window.innerHeight)?y-hh-12:y+16)+'px';
}
function hide(){popup.style.display='none';}
var text=document.getElementById('text');
text.addEventListener('mouseover',function(e){
  if(pinned)return;
  var el=e.target.closest('.ent');
  if(el)show(el,e.clientX,e.clientY);else hide();
});
text.addEventListener('mouseleave',function(){if(!pinned)hide();});
text.addEventListener('click',function(e){
  var el=e.target.closest('[data-rid]');
  if(!el){pinned=false;hide();return;}
  pinned=true;show(el,e.clientX,e.clientY);e.stopPropagation();
});
document.addEventListener('click',function(e){
  if(!popup.contains(e.target)&&!text.contains(e.target)){pinned=false;hide();}
});
document.addEventListener('keydown',function(e){if(e.key==='Escape'){pinned=false;hide();}});
document.querySelectorAll('a[data-target]').forEach(function(a){
  a.addEventListener('click',function(e){
    var el=document.getElementById(a.getAttribute('data-target'));
    if(!el)return;
    e.preventDefault();
    el.scrollIntoView({block:'center'});
    history.replaceState(null,'','#'+el.id);
    el.classList.add('flash');
    setTimeout(function(){el.classList.remove('flash');},1200);
  });
});
document.querySelectorAll('input[data-toggle]').forEach(function(box){
  box.addEventListener('change',function(){
    document.body.classList.toggle('hide-'+box.getAttribute('data-toggle'),!box.checked);
  });
});
})();
"""


def render_html(doc: Document, *, title: str | None = None) -> str:
    """The whole page for one document (a ``str`` of HTML, UTF-8 declared)."""
    b = _collect(doc)
    counts: dict[str, int] = {}
    for span in b.spans:
        if span.layer == 1:
            counts[span.kind] = counts.get(span.kind, 0) + 1
    page_title = title or (doc.title.value if doc.title else None) or doc.source or "document"
    heading_bits = [
        doc.doc_type.name if doc.doc_type else None,
        doc.number.value if doc.number else None,
    ]
    heading = " ".join(x for x in heading_bits if x) or "Document"
    body = layout(doc.text, b.spans)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="generator" content="vbcd">'
        '<link rel="icon" href="data:,">'
        f"<title>{_e(page_title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(heading)}</h1>{_summary_html(doc)}</header>"
        f"{_legend_html(counts)}"
        f'<main><article id="text">{body}</article><aside>'
        f'<section><h2>Clauses</h2><nav id="tree">{_tree_html(doc)}</nav></section>'
        f"<section><h2>Tasks</h2>{_tasks_html(doc)}</section>"
        f"<section><h2>Warnings</h2>{_warnings_html(doc)}</section>"
        "</aside></main>"
        '<div id="popup" role="tooltip"></div>'
        f'<script type="application/json" id="vbcd-records">{_json_script(b.records)}</script>'
        f"<script>{_JS}</script>"
        "</body></html>\n"
    )
