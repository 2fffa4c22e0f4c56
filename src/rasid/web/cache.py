"""A small cache of computed views, owned by the app (``app.state``), keyed by the store's file version.

The network, its blocs and the network-event list are recomputed from every merged event, which takes a
noticeable fraction of a second on a corpus; the store changes only when an ingest commits. So results are
kept per (store version, view, arguments): any write to the database or its WAL changes the version and
old entries simply stop matching. Bounded (least recently used entries go first) and thread-safe.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class ViewCache:
    def __init__(self, db: str | Path, max_entries: int = 64) -> None:
        self.db = str(db)
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def version(self) -> tuple[int, ...]:
        """Size and modification time of the database and its WAL: they change on every commit."""
        stamp: list[int] = []
        for path in (self.db, self.db + "-wal"):
            try:
                info = os.stat(path)
                stamp += [info.st_mtime_ns, info.st_size]
            except FileNotFoundError:
                stamp += [0, 0]
        return tuple(stamp)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        full = (self.version(), key)
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                return self._entries[full]
        value = compute()  # outside the lock: two threads may compute the same view once each, never wrongly
        with self._lock:
            self._entries[full] = value
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)
