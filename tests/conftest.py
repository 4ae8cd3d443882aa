"""Test-wide settings.

The suite runs pipelines strict (``VBCD_STRICT=1``): a component that raises on
some text fails the test that met it, instead of becoming the ``component_failed``
warning a user's parse gets. Tests of that fallback pass ``strict=False``.
"""

import os

os.environ.setdefault("VBCD_STRICT", "1")
