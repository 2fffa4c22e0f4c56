"""What one ingest run did: documents read, added, unchanged, events stored, ids renamed, and the errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rasid.records import Document, ErrorRecord

Progress = Callable[[Document | ErrorRecord], None]  # called once per document read, coded or failed


@dataclass
class IngestReport:
    documents: int = 0
    added: int = 0
    unchanged: int = 0
    events: int = 0
    renamed: int = 0  # inputs whose file-name id was already taken in the run and got a hash suffix
    errors: list[ErrorRecord] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def error_counts(self) -> Counter[str]:
        return Counter(e.code for e in self.errors)
