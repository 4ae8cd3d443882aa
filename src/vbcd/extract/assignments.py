"""Assignments (stub until the assignment extractor lands)."""

from __future__ import annotations

from vbcd.models import Assignment
from vbcd.pipeline import Context


def find_assignments(ctx: Context) -> list[Assignment]:
    """Not implemented yet."""
    return []
