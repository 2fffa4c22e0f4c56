"""An open store for the views of ``rasid.service``: the shells hold it for one request or command and hand it
back to the service without calling it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rasid.store import Store

Reader = Store


@contextmanager
def open_reader(db: str | Path) -> Iterator[Reader]:
    """The store at ``db``, read-only, for the length of the block (SQLite connections stay in their thread)."""
    with Store.open(db, readonly=True) as store:
        yield store
