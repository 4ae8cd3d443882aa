"""Language data for the grammars: one loader over TOML tables in ``grammar/data``.

Everything a new document family needs (type codes, signature forms, position
titles, organ heads, abbreviations, purposes) is data, read through
:func:`load`. Code never spells these tables out, so extending vbcd to a new
family is an edit of a TOML file.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Load ``grammar/data/<name>.toml`` (cached; the result must not be mutated)."""
    ref = resources.files("vbcd.grammar") / "data" / f"{name}.toml"
    with ref.open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    return data


def available() -> list[str]:
    """Names of all data tables shipped with the package."""
    folder = resources.files("vbcd.grammar") / "data"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))
