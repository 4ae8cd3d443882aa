"""The HTML view: text preserved, spans well nested, counts equal to the Document's,
document text escaped, and a real headless Chromium loading it without errors."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vbcd
from vbcd.cli import main
from vbcd.models import Assignment, Document
from vbcd.render import _Span, layout, render_html

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FIXTURES = [
    CORPUS / "dev" / "019_tb-432-tb-vptw-ket-luan-tong-bi-thu.txt",
    CORPUS / "dev" / "008_tb-634-tb-vpcp-ket-luan-ttg-thanh-hoa.txt",
    CORPUS / "seeds" / "002_5b89a2729f1ad97e.txt",
]
IDS = [p.stem[:12] for p in FIXTURES]

HOSTILE = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Số: 15/UBND-VP\n"
    "V/v thử <script>window.pwned = 1</script> & </script><b>đậm</b>\n"
    "Kính gửi: Sở Y tế <img src=x onerror=\"window.pwned = 2\">\n"
    "1. Giao Sở Y tế chủ trì, báo cáo trước ngày 12/3/2021 <!-- x -->.\n"
    "2. Theo Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.\n"
)


@cache
def parsed(path: Path) -> Document:
    return vbcd.parse_file(path)


@lru_cache(maxsize=1)
def hostile() -> Document:
    return vbcd.parse(HOSTILE, source="hostile.txt")


def expected_mentions(doc: Document) -> Counter[str]:
    """Entity mentions per kind, counted from the Document itself."""
    n = len(doc.text)

    def ok(start: int, end: int) -> bool:
        return 0 <= start < end <= n

    return Counter({
        "person": sum(ok(m.start, m.end) for p in doc.persons for m in p.mentions),
        "agency": sum(ok(m.start, m.end) for a in doc.agencies for m in a.mentions),
        "place": sum(ok(m.start, m.end) for p in doc.places for m in p.mentions),
        "date": sum(ok(d.start, d.end) for d in doc.dates),
        "deadline": sum(ok(d.start, d.end) for d in doc.deadlines),
        "reference": sum(ok(r.start, r.end) for r in doc.references),
    })


class Page(HTMLParser):
    """Checks nesting and collects, inside ``#text``, the text and the span fragments."""

    VOID = frozenset({"meta", "link", "input", "br", "img"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.in_text = 0
        self.text: list[str] = []
        self.open_spans: list[dict[str, str]] = []  # gap spans (no record) included
        self.fragments: dict[str, list[str]] = {}  # eid -> fragment texts
        self.kinds: dict[str, str] = {}
        self.classes: dict[str, str] = {}
        self.ids: Counter[str] = Counter()
        self.tree_nodes = 0
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag == "script":
            self.scripts += 1
        if tag == "a" and "node" in a.get("class", "").split():
            self.tree_nodes += 1
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if tag == "article" and a.get("id") == "text":
            self.in_text = len(self.stack)
        if self.in_text and tag == "span":
            self.open_spans.append(a)
            if "data-eid" not in a:
                assert a.get("class") == "gap", a
                return
            eid = a["data-eid"]
            self.fragments.setdefault(eid, []).append("")
            self.kinds[eid] = a["data-kind"]
            self.classes[eid] = a["class"]

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if self.in_text and tag == "span":
            self.open_spans.pop()
        if self.in_text == len(self.stack):
            self.in_text = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
            for a in self.open_spans:
                if "data-eid" in a:
                    self.fragments[a["data-eid"]][-1] += data


def read_page(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert not parser.errors, parser.errors[:5]
    assert not parser.stack or parser.stack == [], parser.stack
    return parser


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_page_keeps_the_text_and_nests_properly(path: Path) -> None:
    doc = parsed(path)
    page = read_page(render_html(doc))
    assert "".join(page.text) == doc.text


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_highlights_match_the_documents_mentions(path: Path) -> None:
    doc = parsed(path)
    page = read_page(render_html(doc))
    entity_eids = [e for e, cls in page.classes.items() if cls.split()[0] == "ent"]
    got = Counter(page.kinds[e] for e in entity_eids)
    assert +got == +expected_mentions(doc)
    # every mention, however split into fragments, still reads as its surface text
    surfaces = Counter(("".join(page.fragments[e]), page.kinds[e]) for e in entity_eids)
    wanted: Counter[tuple[str, str]] = Counter()
    for p in doc.persons:
        wanted.update((m.text, "person") for m in p.mentions)
    for a in doc.agencies:
        wanted.update((m.text, "agency") for m in a.mentions)
    for pl in doc.places:
        wanted.update((m.text, "place") for m in pl.mentions)
    wanted.update((doc.text[d.start:d.end], "date") for d in doc.dates)
    wanted.update((doc.text[d.start:d.end], "deadline") for d in doc.deadlines)
    wanted.update((doc.text[r.start:r.end], "reference") for r in doc.references)
    assert surfaces == wanted


@pytest.mark.parametrize("path", FIXTURES, ids=IDS)
def test_clause_tree_and_anchors(path: Path) -> None:
    doc = parsed(path)
    clauses = list(doc.iter_clauses())
    assert clauses, "fixture chosen for its clauses"
    page = read_page(render_html(doc))
    assert page.tree_nodes == len(clauses)
    for i, clause in enumerate(clauses):
        assert page.ids[f"clause-{i}"] == 1
        # the anchor's first fragment starts the clause text
        eid = next(e for e, k in page.kinds.items() if k == "clause" and
                   "".join(page.fragments[e]) == doc.text[clause.start:clause.end])
        assert eid is not None
    assert all(v == 1 for v in page.ids.values()), "ids are unique"


def test_document_text_is_escaped() -> None:
    doc = hostile()
    assert "<script>" in doc.text  # the parser keeps it: the page must neutralise it
    html = render_html(doc)
    page = read_page(html)
    assert "".join(page.text) == doc.text
    assert page.scripts == 2  # the records block and the page's own script, nothing else
    assert "<script>window.pwned" not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    assert "<img" not in html and "<!-- x -->" not in html
    block = re.search(r'<script type="application/json" id="vbcd-records">(.*?)</script>',
                      html, re.S)
    assert block is not None
    assert "<" not in block.group(1)
    records = json.loads(block.group(1))
    assert any("</script>" in json.dumps(r, ensure_ascii=False) for r in records)


def test_warnings_and_tasks_are_listed() -> None:
    doc = hostile().model_copy(deep=True)
    doc.warn("test_code", "a <b>warning</b>")
    first = next(doc.iter_clauses())
    start = doc.text.index("Giao")
    doc.assignments = [
        Assignment(start=start, end=start + 20, clause=first.path, actor="Sở Y tế",
                   role="lead", task="báo cáo <kết quả>", deadline="2021-03-12"),
        Assignment(start=start, end=start + 20, clause=None, actor="UBND", role="coordinate",
                   task="phối hợp"),
    ]
    html = render_html(doc)
    assert "test_code" in html and "a &lt;b&gt;warning&lt;/b&gt;" in html
    table = html[html.index('<table id="tasks">'):html.index("</table>")]
    assert table.count("<tr><td>") == 2
    assert "báo cáo &lt;kết quả&gt;" in table and "2021-03-12" in table
    assert 'href="#clause-0"' in table  # the clause cell jumps to the clause
    doc.assignments = []
    assert "no assignments" in render_html(doc)


def _doc_with(text: str) -> Document:
    return Document(text=text)


spans_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 12), st.integers(0, 1)), max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(spans_strategy)
def test_layout_nests_any_overlap(raw: list[tuple[int, int, int]]) -> None:
    text = "ab<c>&d\ne" * 5
    spans = [_Span(s, min(s + w, len(text)), layer, "date" if layer else "clause", i)
             for i, (s, w, layer) in enumerate(raw) if s < len(text)]
    body = layout(text, spans)
    page = read_page(f'<article id="text">{body}</article>')
    assert "".join(page.text) == text
    assert len(page.fragments) == len(spans)
    for eid, frags in page.fragments.items():
        span = spans[int(eid)]
        assert "".join(frags) == text[span.start:span.end]


def test_cli_render(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["render", str(FIXTURES[0]), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page and "https://" not in page  # nothing to fetch
    assert main(["render", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1


# -- in a real browser -------------------------------------------------------------------

cdp = pytest.importorskip("browser.cdp", reason="tests/browser helper not importable")
CHROMIUM = cdp.find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with cdp.Browser(CHROMIUM) as b:
        yield b


@needs_chromium
def test_error_detector_sees_errors(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Control: a page that throws must be caught, or the next test proves nothing."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><title>x</title><script>undefinedFunction()</script>")
    browser.open(bad.as_uri())
    assert browser.errors()


@needs_chromium
def test_page_in_chromium(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = parsed(FIXTURES[0])
    target = tmp_path / "page.html"
    target.write_text(render_html(doc), encoding="utf-8")
    browser.open(target.as_uri())
    assert browser.errors() == []
    mentions = browser.evaluate(
        "new Set([...document.querySelectorAll('#text .ent')].map(e => e.dataset.eid)).size"
    )
    assert mentions == sum(expected_mentions(doc).values())
    clauses = list(doc.iter_clauses())
    assert browser.evaluate("document.querySelectorAll('#tree a.node').length") == len(clauses)
    assert browser.evaluate("document.getElementById('text').textContent") == doc.text
    # clicking a tree node jumps to its clause
    last = len(clauses) - 1
    browser.evaluate(f"document.querySelectorAll('#tree a.node')[{last}].click()")
    assert browser.evaluate("location.hash") == f"#clause-{last}"
    assert browser.evaluate(
        f"document.getElementById('clause-{last}').getBoundingClientRect().top < innerHeight"
    )
    # clicking a highlight shows its record
    if mentions:
        shown = browser.evaluate(
            "(() => { const e = document.querySelector('#text .ent'); e.click();"
            " const p = document.getElementById('popup');"
            " return [getComputedStyle(p).display, p.querySelector('h3').textContent,"
            " e.dataset.kind]; })()"
        )
        assert shown[0] == "block" and shown[1].startswith(shown[2])
    shot = browser.screenshot(tmp_path / "page.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert browser.errors() == []


@needs_chromium
def test_hostile_page_in_chromium(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = hostile()
    target = tmp_path / "hostile.html"
    target.write_text(render_html(doc), encoding="utf-8")
    browser.open(target.as_uri())
    assert browser.errors() == []
    assert browser.evaluate("window.pwned === undefined")
    assert browser.evaluate("document.querySelectorAll('#text script, #text img').length") == 0
    assert "<script>window.pwned = 1</script>" in browser.evaluate(
        "document.getElementById('text').textContent"
    )
