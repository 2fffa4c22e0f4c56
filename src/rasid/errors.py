"""One error hierarchy. Every error has a stable code so records, logs and the store can refer to it."""

from __future__ import annotations


class RasidError(Exception):
    """Base class for every error rasid raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"[{self.code}] {where}{message}")


class ConfigError(RasidError):
    code = "E010"


class DataFileError(RasidError):
    """A bundled or user data file (lexicon, gazetteer) is malformed; the message names file and line."""

    code = "E020"


class PipelineError(RasidError):
    code = "E030"


class IngestError(RasidError):
    """A single input document could not be read. The batch goes on; this becomes an error record."""

    code = "E100"


class InputNotFoundError(IngestError):
    """A path or glob named on the command line matches nothing."""

    code = "E108"


class EmptyDocumentError(IngestError):
    code = "E101"


class BinaryDocumentError(IngestError):
    code = "E102"


class EncodingError(IngestError):
    code = "E103"


class DocumentTooLargeError(IngestError):
    code = "E104"


class MalformedDocumentError(IngestError):
    """Broken HTML, XML, JSON line or feed."""

    code = "E105"


class UnsupportedFormatError(IngestError):
    code = "E106"


class NotArabicError(IngestError):
    """Raised only when the caller asks to reject non-Arabic documents; by default they are marked, not dropped."""

    code = "E107"


class DuplicateIdError(IngestError):
    """Two records of one run carry the same explicit id but different texts; the first one is kept."""

    code = "E109"


class OverBudgetError(RasidError):
    """A document is over the per-document budget (CPU seconds, or words in one sentence); it is not coded."""

    code = "E110"


class StoreError(RasidError):
    code = "E200"


class EvalError(RasidError):
    code = "E300"
