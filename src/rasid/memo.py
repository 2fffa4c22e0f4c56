"""A bounded memo of a pure function of one word, owned by a pipeline ``Context`` (never a module global).

News vocabulary is Zipfian: a few thousand word forms make up most running words, so analysing each form
once per process (clitic segmentation, trigger analyses) instead of once per occurrence removes most of that
work in a long ingest. The memo is cleared when it reaches ``limit`` entries, which keeps memory bounded and
behaviour predictable; the function must be pure, so a cleared memo only costs time, never changes results.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEFAULT_LIMIT = 200_000


class Memo(Generic[K, V]):
    """``memo(key)`` is ``func(key)``, computed once per key until the memo fills and is cleared."""

    __slots__ = ("func", "hits", "limit", "misses", "table")

    def __init__(self, func: Callable[[K], V], limit: int = DEFAULT_LIMIT) -> None:
        if limit < 1:
            raise ValueError(f"memo limit must be positive, got {limit}")
        self.func = func
        self.limit = limit
        self.table: dict[K, V] = {}
        self.hits = 0
        self.misses = 0

    def __call__(self, key: K) -> V:
        try:
            value = self.table[key]
        except KeyError:
            self.misses += 1
            if len(self.table) >= self.limit:
                self.table.clear()
            value = self.table[key] = self.func(key)
            return value
        self.hits += 1
        return value

    def __len__(self) -> int:
        return len(self.table)
