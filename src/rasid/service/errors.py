"""Errors a query raises for what the caller asked: the shells turn them into a status (HTTP) or a message
(CLI). Each names the bad input and what to give instead."""

from __future__ import annotations

from rasid.errors import RasidError


class QueryError(RasidError):
    status = 500


class NotFoundError(QueryError):
    """An id or name that the store does not hold."""

    code = "E404"
    status = 404


class BadRequestError(QueryError):
    """A filter or parameter that cannot be read; the message says which and what is expected."""

    code = "E422"
    status = 422
