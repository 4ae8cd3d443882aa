"""Segmentation stage `recipients` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def parse_recipients(ctx: Context) -> None:
    """Not implemented yet."""
