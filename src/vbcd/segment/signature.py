"""Segmentation stage `signature` (stub)."""

from __future__ import annotations

from vbcd.pipeline import Context


def parse_signature(ctx: Context) -> None:
    """Not implemented yet."""
