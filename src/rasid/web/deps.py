"""What routes share: the read-only store for one request and the app's context."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from rasid.store import Store
from rasid.web.data import Context


@contextmanager
def open_store(request: Request) -> Iterator[Store]:
    """The store, read-only, for the length of one request (SQLite connections stay in their own thread)."""
    with Store.open(request.app.state.db, readonly=True) as store:
        yield store


def context(request: Request) -> Context:
    return request.app.state.context
