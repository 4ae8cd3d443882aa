"""Segmentation stage `addressees` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def parse_addressees(ctx: Context) -> None:
    """Not implemented yet."""
