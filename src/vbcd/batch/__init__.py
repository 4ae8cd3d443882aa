"""Parse document collections at scale: many files, archives, many cores, nothing lost.

>>> from vbcd.batch import BatchOptions, run_batch
>>> summary = run_batch(["corpus/", "more.zip"], "out.jsonl", BatchOptions(timeout=60))
>>> summary.failed
0

Every input yields exactly one record: the parsed Document (as JSON, plus
``source`` and ``doc_id``) or an error record ``{doc_id, source, error_type,
error_code, message}``. See ``docs/batch.md``.
"""

from __future__ import annotations

from vbcd.batch.records import (
    Outcome,
    Settings,
    Task,
    error_record,
    make_doc_id,
    record_from_path,
    record_from_text,
)
from vbcd.batch.runner import BatchOptions, cpu_count, iter_records, run_batch
from vbcd.batch.summary import Summary

__all__ = [
    "BatchOptions", "Outcome", "Settings", "Summary", "Task", "cpu_count", "error_record",
    "iter_records", "make_doc_id", "record_from_path", "record_from_text", "run_batch",
]
