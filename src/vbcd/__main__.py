"""``python -m vbcd`` runs the command line."""

from vbcd.cli import main

raise SystemExit(main())
