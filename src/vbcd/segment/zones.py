"""Segmentation stage `zones` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def find_zones(ctx: Context) -> None:
    """Not implemented yet."""
