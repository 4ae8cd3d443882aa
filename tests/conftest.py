"""Test-wide settings.

The suite runs pipelines strict (``VBCD_STRICT=1``): a component that raises on
some text fails the test that met it, instead of becoming the ``component_failed``
warning a user's parse gets. Tests of that fallback pass ``strict=False``.
"""

import os

os.environ.setdefault("VBCD_STRICT", "1")

# No per-example deadline for property tests: speed is the benchmark's job
# (benchmarks/throughput.py), and on a loaded machine Hypothesis's default 200 ms
# deadline failed examples that pass alone (a timed test, not a test of behaviour).
from hypothesis import settings

settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")
