"""The grammar's data tables list each entry once.

Many hands extend the same lists (a sector phrase, a task verb); an entry added twice
changes nothing today but leaves two comments explaining one entry, and the next editor
who removes one of them believes the entry is gone. Lists of strings only: tables of
records may repeat a value on purpose (two heads of the same kind)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from vbcd.grammar import available, load


def _string_lists(node: Any, path: str) -> list[tuple[str, list[str]]]:
    if isinstance(node, dict):
        return [x for k, v in node.items() for x in _string_lists(v, f"{path}.{k}")]
    if isinstance(node, list):
        if node and all(isinstance(i, str) for i in node):
            return [(path, node)]
        return [x for i, v in enumerate(node) for x in _string_lists(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("name", available())
def test_each_list_names_an_entry_once(name: str) -> None:
    repeated = {
        path: sorted(k for k, n in Counter(items).items() if n > 1)
        for path, items in _string_lists(load(name), name)
    }
    assert {p: r for p, r in repeated.items() if r} == {}
