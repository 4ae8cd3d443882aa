"""Failures that only a batch run can meet: archives, dead workers, empty files.

They subclass the library's own family (:class:`vbcd.errors.VbcdError`), so an
error record always carries a stable ``code`` an analyst can group by, whether
the parser, a reader or the batch machinery gave up on the input.
"""

from __future__ import annotations

from vbcd.errors import InputError, VbcdError


class EmptyInputError(InputError):
    """The input has no bytes at all: there is no document to parse."""

    code = "empty"


class NotFoundError(InputError):
    """A path given on the command line (or a glob) names nothing."""

    code = "not_found"


class ArchiveError(InputError):
    """An archive or one of its members cannot be read (truncated, bad CRC)."""

    code = "bad_archive"


class UnsafeMemberError(ArchiveError):
    """A member whose name escapes the archive, or a link/device/fifo member."""

    code = "unsafe_member"


class ArchiveBombError(ArchiveError):
    """A member that inflates far beyond its stored size (a zip bomb)."""

    code = "zip_bomb"


class WorkerCrashError(VbcdError):
    """The worker process died while parsing this input (segfault, ``os._exit``, OOM kill)."""

    code = "worker_crash"


class BatchOptionError(VbcdError):
    """A batch option cannot be used (an unimportable ``--pipeline``, a bad ``-o``)."""

    code = "bad_option"
