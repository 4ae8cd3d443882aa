"""The one exception family vbcd raises.

Callers catch :class:`VbcdError` and nothing else: every failure the library
anticipates (unreadable bytes, oversized input, a missing optional reader) is a
subclass, so batch code can record it and move on to the next file.
"""

from __future__ import annotations


class VbcdError(Exception):
    """Base class of every error vbcd raises on purpose."""

    code = "error"


class InputError(VbcdError):
    """The input cannot be turned into text (binary data, unknown encoding)."""

    code = "bad_input"


class BinaryInputError(InputError):
    """The bytes look like a binary file, not text."""

    code = "binary_input"


class EncodingError(InputError):
    """No supported encoding decodes the bytes."""

    code = "encoding"


class InputTooLargeError(InputError):
    """The text exceeds the configured size limit."""

    code = "too_large"


class UnsupportedFormatError(InputError):
    """The file format is recognised but cannot be read here."""

    code = "unsupported_format"


class MissingDependencyError(VbcdError):
    """An optional extra (a reader, the NER model) is not installed."""

    code = "missing_dependency"


class ParseTimeoutError(VbcdError):
    """Parsing one document exceeded its time budget."""

    code = "timeout"


class PipelineError(VbcdError, ValueError):
    """A pipeline cannot be built as asked: an unknown component name, or a
    component left in while a layer it reads is left out."""

    code = "pipeline"
