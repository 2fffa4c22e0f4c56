"""Errors the HTTP layer turns into JSON (or an HTML page) with a status code and a clear message."""

from __future__ import annotations

from rasid.errors import RasidError


class WebError(RasidError):
    status = 500


class NotFoundError(WebError):
    """An id or name that the store does not hold."""

    code = "E404"
    status = 404


class BadRequestError(WebError):
    """A filter or parameter that cannot be read; the message says which and what is expected."""

    code = "E422"
    status = 422
