"""Segmentation stage `title` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def parse_title(ctx: Context) -> None:
    """Not implemented yet."""
