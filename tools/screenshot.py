"""Render a fixture document with ``vbcd render`` and screenshot it into docs/screenshot.png.

Run ``make screenshot`` (or ``python tools/screenshot.py``). Needs Debian's
``chromium`` package; nothing is fetched: the page is self-contained and opened
from a temporary file with networking features disabled.

    python tools/screenshot.py [--input FILE] [--output PNG] [--width W] [--height H]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import vbcd  # noqa: E402
from vbcd.render import render_html  # noqa: E402

DEFAULT_INPUT = ROOT / "tests" / "fixtures" / "corpus" / "dev" / \
    "008_tb-634-tb-vpcp-ket-luan-ttg-thanh-hoa.txt"
DEFAULT_OUTPUT = ROOT / "docs" / "screenshot.png"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
)


def chromium() -> str:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("screenshot: chromium not found (apt-get install chromium)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args()

    doc = vbcd.parse_file(args.input)
    doc.source = args.input.relative_to(ROOT).as_posix() if args.input.is_relative_to(ROOT) \
        else args.input.name
    with tempfile.TemporaryDirectory(prefix="vbcd-shot-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(render_html(doc), encoding="utf-8")
        url = page.as_uri()
        shot = Path(tmp) / "shot.png"
        cmd = [chromium(), *FLAGS, f"--user-data-dir={tmp}/profile",
               f"--window-size={args.width},{args.height}", "--virtual-time-budget=3000",
               f"--screenshot={shot}", url]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if not shot.exists():
            sys.stderr.write(result.stderr[-2000:])
            raise SystemExit("screenshot: chromium wrote no image")
        args.output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
