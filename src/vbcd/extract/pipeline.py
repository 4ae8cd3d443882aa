"""Entity layer (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def extract_entities(ctx: Context) -> None:
    """Not implemented yet."""
