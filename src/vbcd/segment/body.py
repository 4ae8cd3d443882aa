"""Segmentation stage `body` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def parse_body(ctx: Context) -> None:
    """Not implemented yet."""
