# Developer tasks. Everything here also works from a fresh clone after `make install`.
PY ?= .venv/bin/python
VBCD ?= .venv/bin/vbcd

.PHONY: install test lint docs bench screenshot

install:
	python3 -m venv .venv && .venv/bin/pip install -e '.[dev]'

test:
	.venv/bin/pytest

lint:
	.venv/bin/ruff check src tests && .venv/bin/mypy src/vbcd

# Regenerate the generated pages of docs/ (accuracy table, data model).
docs:
	$(PY) tools/make_docs.py

bench:
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/adversarial.py
	.venv/bin/pytest -m timing

# The rendered HTML view in docs/screenshot.png (needs Debian's chromium).
screenshot:
	$(PY) tools/screenshot.py
