"""The pipeline: normalise once, then let small components add one layer each.

Modelled on spaCy: a :class:`Pipeline` is an ordered list of named components,
each a callable taking the shared :class:`Context`; you can read the default
list top to bottom (:data:`DEFAULT_COMPONENTS`), and replace, remove or add a
component without touching the others. Components never raise for damaged
content: they add warnings to the document instead. A component that fails all
the same (a bug met on text nobody foresaw) costs its own layer, not the
document: the pipeline records a ``component_failed`` warning and runs the rest,
unless it is strict (``strict=True``, or ``VBCD_STRICT=1`` in the environment,
which the test suite sets so that such bugs fail tests).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from vbcd.errors import PipelineError, VbcdError
from vbcd.models import Document
from vbcd.normalize import DEFAULT_MAX_CHARS, Normalized, fold_tones, normalize
from vbcd.restore_marks import is_unmarked, report_printed, restore_scattered, unmarked_head
from vbcd.restore_marks import restore as restore_marks
from vbcd.segment.lines import Line, first_line_ending_after, split_lines


@dataclass
class Context:
    """Everything components share: the document, its lines and its zones.

    ``match`` is a same-length copy of ``doc.text`` with one tone-placement
    convention; grammars match on it so that ``uỷ``/``ủy`` never matter, and
    the offsets they find are offsets into ``doc.text``.
    """

    doc: Document
    norm: Normalized
    match: str
    lines: list[Line]
    zones: dict[str, tuple[int, int]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    def zone(self, name: str) -> tuple[int, int] | None:
        return self.zones.get(name)

    def lines_from(self, offset: int) -> list[Line]:
        """The lines that end after ``offset`` (a slice; found by binary search)."""
        return self.lines[first_line_ending_after(self.lines, offset):]


Component = Callable[[Context], None]

#: ``Context.cache`` key of the printed text of a document read from a restored copy.
_PRINTED = "printed_text"
#: Phrases restored, at least, for a mark-less text to be read through its restored copy.
MIN_RESTORED = 3
#: Or for a header typed without marks above a marked body: the body shows the text is
#: Vietnamese, so one header phrase restored (``UY BAN NHAN DAN``) is enough.
MIN_HEAD_RESTORED = 1


def _lazy(path: str) -> Component:
    """A component imported on first use (``module:function``)."""
    module_name, func_name = path.split(":")
    target: list[Component] = []

    def run(ctx: Context) -> None:
        if not target:
            target.append(getattr(importlib.import_module(module_name), func_name))
        target[0](ctx)

    run.__name__ = func_name
    return run


#: The default pipeline, in order: zones first, then parsing inside each zone
#: (GROBID's cascade), then entities over the whole text.
DEFAULT_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("header", "vbcd.segment.header:parse_header"),
    ("title", "vbcd.segment.title:parse_title"),
    ("recipients", "vbcd.segment.recipients:parse_recipients"),
    ("signature", "vbcd.segment.signature:parse_signature"),
    ("addressees", "vbcd.segment.addressees:parse_addressees"),
    ("body", "vbcd.segment.body:parse_body"),
    ("dates", "vbcd.extract.pipeline:add_dates"),
    ("references", "vbcd.extract.pipeline:add_references"),
    ("places", "vbcd.extract.pipeline:add_places"),
    ("agencies", "vbcd.extract.pipeline:add_agencies"),
    ("persons", "vbcd.extract.pipeline:add_persons"),
    ("deadlines", "vbcd.extract.pipeline:add_deadlines"),
    ("assignments", "vbcd.extract.pipeline:add_assignments"),
)

#: The layers each default component reads, directly (found by leaving each component
#: out and seeing which others change on the fixtures; ``tests/test_pipeline_select.py``
#: checks this table the same way). :meth:`Pipeline.select` follows it: ``only`` keeps
#: what the kept components read, ``exclude`` refuses to leave out what they read.
REQUIRES: dict[str, tuple[str, ...]] = {
    "header": (),
    "title": ("header",),
    "recipients": (),
    "signature": ("recipients",),
    "addressees": ("header", "title"),
    "body": ("header", "title", "recipients", "signature", "addressees"),
    "dates": ("header", "title", "body"),
    "references": ("header", "dates"),
    "places": ("header", "signature"),
    "agencies": ("header", "recipients", "places"),
    "persons": ("signature", "agencies"),
    "deadlines": ("body", "dates"),
    "assignments": ("recipients", "signature", "body", "places", "agencies", "persons",
                    "deadlines"),
}


def _closure(names: Iterable[str]) -> set[str]:
    """``names`` and every layer they read, directly or not."""
    todo, seen = list(names), set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(REQUIRES.get(name, ()))
    return seen


def _names(value: str | Iterable[str] | None) -> list[str]:
    """Component names given as a list or as one comma-separated string."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [n.strip() for n in items if n.strip()]


def _strict_from_env() -> bool:
    """``VBCD_STRICT`` set to anything but ``""`` or ``0``: let component errors raise."""
    return os.environ.get("VBCD_STRICT", "0") not in ("", "0")


class Pipeline:
    """An ordered, editable list of named components.

    ``only`` and ``exclude`` (lists, or comma-separated strings) pick components of
    the list as :meth:`select` does, e.g. ``Pipeline(only="header,title")`` for the
    header metadata of a large archive at a fraction of a full parse's cost.

    ``strict`` decides what an unexpected exception in a component does: by default
    (``None``: strict only when the environment sets ``VBCD_STRICT`` to something
    other than ``0``) the document keeps every other layer and a ``component_failed``
    warning names the component and the exception, so that one unforeseen text never
    costs a whole parse or a caller's loop; ``True`` lets it propagate, for debugging
    a component. A :class:`~vbcd.errors.VbcdError` (a timeout, a missing extra)
    always propagates.
    """

    def __init__(
        self, components: Iterable[tuple[str, Component]] | None = None, *,
        only: str | Iterable[str] | None = None, exclude: str | Iterable[str] | None = None,
        strict: bool | None = None,
    ) -> None:
        if components is None:
            components = [(name, _lazy(path)) for name, path in DEFAULT_COMPONENTS]
        self._components: list[tuple[str, Component]] = list(components)
        self.strict = strict
        if only is not None or exclude is not None:
            self._components = self.select(only=only, exclude=exclude)._components

    def select(
        self, *, only: str | Iterable[str] | None = None,
        exclude: str | Iterable[str] | None = None,
    ) -> Pipeline:
        """A new pipeline with some of these components, in the same order.

        ``only`` keeps the components named and those whose layers they read
        (:data:`REQUIRES`): asking for ``deadlines`` brings the zones and ``dates``
        along, since a deadline without its dates and clauses would be a different,
        worse reading. ``exclude`` leaves the components named out and raises
        :class:`~vbcd.errors.PipelineError` if a component left in reads one of
        them (leave that one out too). A document parsed without some default
        components lists them in :attr:`Document.skipped`: its lists for them are
        empty because they were not read, not because the text has none.
        """
        have = self.names
        wanted, dropped = _names(only), _names(exclude)
        unknown = [n for n in (*wanted, *dropped) if n not in have]
        if unknown:
            raise PipelineError(
                f"no component named {', '.join(map(repr, unknown))}; "
                f"this pipeline has: {', '.join(have)}")
        keep = _closure(wanted) if only is not None else set(have)
        for name in dropped:
            keep.discard(name)
        gone = set(have) - keep
        broken = [n for n in have if n in keep and _closure([n]) & gone]
        if broken:
            raise PipelineError(
                f"{', '.join(map(repr, broken))} read the layers of what is left out "
                f"({', '.join(n for n in have if n in gone)}): exclude them too, or keep "
                "what they read")
        return Pipeline([(n, c) for n, c in self._components if n in keep],
                        strict=self.strict)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._components]

    @property
    def skipped(self) -> list[str]:
        """The default components this pipeline does not run (in their order)."""
        have = set(self.names)
        return [name for name, _ in DEFAULT_COMPONENTS if name not in have]

    def get(self, name: str) -> Component:
        for n, comp in self._components:
            if n == name:
                return comp
        raise KeyError(name)

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self._components):
            if n == name:
                return i
        raise KeyError(name)

    def replace(self, name: str, component: Component) -> None:
        self._components[self._index(name)] = (name, component)

    def remove(self, name: str) -> None:
        del self._components[self._index(name)]

    def add(
        self, name: str, component: Component, *, before: str | None = None,
        after: str | None = None,
    ) -> None:
        if before is not None:
            self._components.insert(self._index(before), (name, component))
        elif after is not None:
            self._components.insert(self._index(after) + 1, (name, component))
        else:
            self._components.append((name, component))

    def make_context(
        self, raw: str, *, source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
        **options: Any,
    ) -> Context:
        norm = normalize(raw, max_chars=max_chars)
        printed, restored, head = norm.text, 0, None
        if is_unmarked(printed):
            # read a copy with the known phrases' marks back (same length: the spans
            # found in it are spans of the printed text, which __call__ puts back); a
            # text with hardly a Vietnamese phrase (English, codes) is read as it is
            copy, restored = restore_marks(printed)
        else:
            # or only its leading lines, a header typed without marks above a marked body
            head = unmarked_head(printed)
            copy, restored = restore_marks(printed[:head]) if head else ("", 0)
            copy += printed[head:]
        scattered = 0
        if restored >= (MIN_RESTORED if head is None else MIN_HEAD_RESTORED):
            norm.text = copy
        else:
            restored = 0
        if head is not None:
            # and the words typed bare here and there in the marked body (``truoc ngay
            # 25/4``, ``De nghi Ban ...``): a few substring tests pass over nearly all
            norm.text, scattered = restore_scattered(norm.text, head)
        doc = Document(text=norm.text, source=source, offset_map=norm.anchors,
                       skipped=self.skipped)
        for code, message in norm.notes:
            doc.warn(code, message)
        ctx = Context(
            doc=doc,
            norm=norm,
            match=fold_tones(norm.text),
            lines=split_lines(norm.text),
            options=options,
        )
        if restored:
            where = "text" if head is None else "header"
            doc.warn("no_diacritics", f"{where} typed without diacritics: read with the marks "
                     f"of {restored} known phrases restored; values quote it as printed",
                     0, len(printed) if head is None else head)
        if scattered:
            doc.warn("no_diacritics", f"words typed without diacritics: read with the marks of "
                     f"{scattered} known phrases restored; values quote them as printed",
                     head or 0, len(printed))
        if restored or scattered:
            ctx.cache[_PRINTED] = (printed, head, bool(scattered))
        return ctx

    def __call__(
        self, raw: str, *, source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
        **options: Any,
    ) -> Document:
        ctx = self.make_context(raw, source=source, max_chars=max_chars, **options)
        strict = self.strict if self.strict is not None else _strict_from_env()
        for name, component in self._components:
            try:
                component(ctx)
            except VbcdError:
                raise
            except Exception as exc:
                if strict:
                    raise
                ctx.doc.warn(
                    "component_failed",
                    f"the {name} component failed ({type(exc).__name__}: {exc}); its "
                    "layer, and the layers read from it, may be incomplete. This is a bug "
                    "in vbcd: please report it with the document")
        kept = ctx.cache.pop(_PRINTED, None)
        if kept is not None:
            printed, head, scattered = kept
            if scattered:  # (the header's restored words are read the same way)
                report_printed(ctx.doc, printed, scattered=True)
            else:
                report_printed(ctx.doc, printed, head)
            ctx.norm.text = printed
        return ctx.doc
