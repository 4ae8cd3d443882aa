"""Segmentation stage `header` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def parse_header(ctx: Context) -> None:
    """Not implemented yet."""
