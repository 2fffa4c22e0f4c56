"""What one ingest run did: documents read, added, unchanged, events stored, ids renamed, and the errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rasid.records import Document, ErrorRecord

Progress = Callable[[Document | ErrorRecord], None]  # called once per document read, coded or failed
Advance = Callable[[int], None]  # moves a corpus pass on by this many steps


class IngestProgress:
    """What an ingest says as it goes; this base class shows nothing (``rasid.progress`` draws bars).

    An ingest calls ``set_total`` once, when it has counted the documents its inputs hold, calls the object
    once per document read (coded, unchanged or failed), then opens one ``corpus_pass`` per pass that follows.
    """

    def set_total(self, documents: int | None) -> None:
        """The documents the inputs hold (None: they could not be counted, e.g. standard input)."""

    def __call__(self, item: Document | ErrorRecord) -> None:
        """One document done."""

    @contextmanager
    def corpus_pass(self, name: str, total: int | None = None) -> Iterator[Advance]:
        """A named pass over the corpus (near-duplicates, stories, merged events) that lasts the block."""
        yield _ignore


class CallbackProgress(IngestProgress):
    """A plain per-document callback (the older ``Progress`` form) seen as an ``IngestProgress``."""

    def __init__(self, callback: Progress) -> None:
        self.callback = callback

    def __call__(self, item: Document | ErrorRecord) -> None:
        self.callback(item)


def as_ingest_progress(progress: Progress | IngestProgress | None) -> IngestProgress:
    if isinstance(progress, IngestProgress):
        return progress
    return IngestProgress() if progress is None else CallbackProgress(progress)


def _ignore(_steps: int) -> None:
    return None


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
