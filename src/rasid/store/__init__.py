"""store: the embedded SQLite store (WAL, one writer, many readers); the only place with SQL."""

from rasid.store.store import Store

__all__ = ["Store"]
