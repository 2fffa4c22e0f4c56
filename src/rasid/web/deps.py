"""What routes share: the read-only store for one request and the app's context."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from fastapi import Request
from starlette.convertors import Convertor, register_url_convertor

from rasid.service import network as views
from rasid.service.network import Context
from rasid.service.reader import Reader, open_reader
from rasid.stored import NetworkEvent

T = TypeVar("T")


class StoredIdConvertor(Convertor[str]):
    """A path parameter holding a whole stored id, whatever it contains (/, ?, #, a newline): links send it
    percent-encoded as one segment, and the route takes the rest of the path. Routes write ``{doc_id:stored_id}``."""

    regex = r"[\s\S]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return str(value)


register_url_convertor("stored_id", StoredIdConvertor())


@contextmanager
def open_store(request: Request) -> Iterator[Reader]:
    """The store, read-only, for the length of one request (SQLite connections stay in their own thread)."""
    with open_reader(request.app.state.db) as store:
        yield store


def context(request: Request) -> Context:
    return request.app.state.context


def cached(request: Request, key: Hashable, compute: Callable[[], T]) -> T:
    """A view from the app's cache (valid until the store changes), computed on a miss."""
    return request.app.state.cache.get(key, compute)


def network_events(request: Request, store: Reader) -> list[NetworkEvent]:
    return cached(request, ("network_events",), lambda: views.network_events(store))


def node_labels(request: Request, store: Reader) -> dict[str, dict[str, str]]:
    """English and Arabic names of every actor code (see ``rasid.service.network.node_labels``), kept until the
    store changes."""
    return cached(request, ("node_labels",), lambda: views.node_labels(store, "code", context(request)))
