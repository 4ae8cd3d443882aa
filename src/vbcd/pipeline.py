"""The pipeline: normalise once, then let small components add one layer each.

Modelled on spaCy: a :class:`Pipeline` is an ordered list of named components,
each a callable taking the shared :class:`Context`; you can read the default
list top to bottom (:data:`DEFAULT_COMPONENTS`), and replace, remove or add a
component without touching the others. Components never raise for damaged
content: they add warnings to the document instead.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from vbcd.models import Document
from vbcd.normalize import DEFAULT_MAX_CHARS, Normalized, fold_tones, normalize
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


class Pipeline:
    """An ordered, editable list of named components."""

    def __init__(self, components: Iterable[tuple[str, Component]] | None = None) -> None:
        if components is None:
            components = [(name, _lazy(path)) for name, path in DEFAULT_COMPONENTS]
        self._components: list[tuple[str, Component]] = list(components)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._components]

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
        doc = Document(text=norm.text, source=source, offset_map=norm.anchors)
        for code, message in norm.notes:
            doc.warn(code, message)
        return Context(
            doc=doc,
            norm=norm,
            match=fold_tones(norm.text),
            lines=split_lines(norm.text),
            options=options,
        )

    def __call__(
        self, raw: str, *, source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
        **options: Any,
    ) -> Document:
        ctx = self.make_context(raw, source=source, max_chars=max_chars, **options)
        for _, component in self._components:
            component(ctx)
        return ctx.doc
