"""Ingest: what users actually have (files, folders, globs, archives) turned into Article records.

Bad input never stops a run: each failing document becomes an ErrorRecord with a stable code.
"""

from rasid.ingest.decode import decode_bytes
from rasid.ingest.detect import detect_format
from rasid.ingest.document import read_document
from rasid.ingest.inputs import iter_inputs
from rasid.ingest.language import detect_language

__all__ = ["decode_bytes", "detect_format", "detect_language", "iter_inputs", "read_document"]
