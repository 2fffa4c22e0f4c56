"""Which Host headers the server answers: a guard against DNS rebinding while the API has no authentication.

A page on ``evil.example`` whose name is made to resolve to 127.0.0.1 can make the browser send requests to
a loopback server, but they carry ``Host: evil.example``; answering only the names the server is known by
keeps that page from reading the API.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def host_name(header: str | None) -> str:
    """The name in a Host header, lower-case, without the port or IPv6 brackets ("" when unreadable)."""
    if not header or any(c in header for c in "/\\?#@ "):
        return ""
    try:
        return urlsplit(f"//{header}").hostname or ""
    except ValueError:
        return ""


def trusted_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The names to answer when bound to ``bind``; None (any Host) for a non-loopback bind without ``extra``."""
    names = {host_name(h) for h in extra} - {""}
    if not is_loopback(bind) and not names:
        return None
    return frozenset({*LOOPBACK_NAMES, host_name(bind) or bind, *names})


def host_allowed(header: str | None, allowed: frozenset[str] | None) -> bool:
    return allowed is None or host_name(header) in allowed
