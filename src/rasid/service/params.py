"""Reading query parameters (of an HTTP request or a command line) into store queries: every check and message
in one place, no framework types."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from rasid.actors.model import UnknownActorError
from rasid.network.codes import LEVELS
from rasid.network.profile import looks_like_code, resolve_actor
from rasid.network.trajectory import FREQUENCIES
from rasid.service.errors import BadRequestError
from rasid.store.browse import EventQuery
from rasid.temporal.status import REPORTED, TEMPORAL_STATUSES, date_interval

MAX_LIMIT = 500
MAX_COUNT = 2**31 - 1  # the largest offset or count a request may give (SQLite integers overflow at 2**63)
MAX_TEXT = 200
ALL_EVENTS = "all"
CAMEO_CODE = re.compile(r"\d{2,4}")
DYAD_SEPARATOR = re.compile(r"[,|;]|\s+")
AliasSource = Callable[[], tuple[Iterable[dict], Iterable[str]]]


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = 50
    offset: int = 0
    cursor: str | None = None
    descending: bool = False


def read_page(limit: int | None, offset: int | None, cursor: str | None, sort: str | None) -> Page:
    limit = 50 if limit is None else limit
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequestError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset is not None and not 0 <= offset <= MAX_COUNT:
        raise BadRequestError(f"offset must be between 0 and {MAX_COUNT}, not {offset}")
    if cursor and offset:
        raise BadRequestError("give either cursor or offset, not both")
    if sort not in (None, "", "date", "-date"):
        raise BadRequestError(f"sort must be 'date' (oldest first) or '-date' (newest first), not {sort!r}")
    return Page(limit, offset or 0, cursor or None, sort == "-date")


def read_day(value: str | None, name: str, last: bool = False) -> str:
    """An ISO day, month or year as the first (or, ``last``, the final) day it covers; "" when absent."""
    if not value:
        return ""
    span = date_interval(value) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) else None
    if span is None:
        raise BadRequestError(f"{name} must be a date as YYYY-MM-DD, YYYY-MM or YYYY with a year from 1 to 9999, "
                              f"not {value!r}")
    return (span[1] if last else span[0]).isoformat()


def read_window(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    first, last = read_day(start, "start"), read_day(end, "end", last=True)
    if first and last and first > last:
        raise BadRequestError(f"start ({first}) is after end ({last})")
    return (date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None)


def read_code(value: str, name: str) -> str:
    code = value.strip().upper()
    if not looks_like_code(code):
        raise BadRequestError(f"{name} must be an actor code such as LBYGOV or DZA, not {value!r}")
    return code


def read_actor(value: str | None, aliases: AliasSource) -> str:
    """A code prefix, or a name resolved to the code most often written so; a 422 when nothing matches."""
    if not value or not value.strip():
        return ""
    if looks_like_code(value.strip().upper()):
        return value.strip().upper()
    rows, codes = aliases()
    try:
        return resolve_actor(value, rows, codes)
    except UnknownActorError as exc:
        raise BadRequestError(exc.message) from exc


def read_dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p for p in DYAD_SEPARATOR.split(value.strip()) if p]
    if len(parts) != 2:
        raise BadRequestError(f"dyad must be two actor codes separated by a comma (LBYGOV,TUR), not {value!r}")
    first, second = (read_code(p, "dyad") for p in parts)
    return first, second


def read_cameo(code: str | None, root: str | None, quad_class: int | None) -> tuple[str, str, int | None]:
    if code and not CAMEO_CODE.fullmatch(code):
        raise BadRequestError(f"code must be a CAMEO code or prefix of 2-4 digits (such as 19 or 042), not {code!r}")
    if root and not (root.isdigit() and len(root) == 2 and 1 <= int(root) <= 20):
        raise BadRequestError(f"root must be a CAMEO root from 01 to 20, not {root!r}")
    if quad_class is not None and quad_class not in (1, 2, 3, 4):
        raise BadRequestError(f"quad_class must be 1, 2, 3 or 4, not {quad_class}")
    return code or "", root or "", quad_class


def read_text(value: str | None, name: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise BadRequestError(f"{name} is longer than {MAX_TEXT} characters")
    if value and name == "q" and not re.search(r"\w", value):
        raise BadRequestError(f"q must contain at least one word to search for, not {value!r}")
    return value


def read_temporal(value: str | None) -> str:
    """Which events by their date against publication: reported (the default), historical, future, or all ("")."""
    if value in (None, "", REPORTED):
        return REPORTED
    if value == ALL_EVENTS:
        return ""
    if value not in TEMPORAL_STATUSES:
        raise BadRequestError(f"temporal must be one of {', '.join((*TEMPORAL_STATUSES, ALL_EVENTS))}, "
                              f"not {value!r}")
    return value


def read_level(value: str | None) -> str:
    if value and value not in LEVELS:
        raise BadRequestError(f"level must be one of {', '.join(LEVELS)}, not {value!r}")
    return value or "code"


def read_freq(value: str | None) -> str:
    if value and value not in FREQUENCIES:
        raise BadRequestError(f"freq must be one of {', '.join(FREQUENCIES)}, not {value!r}")
    return value or "month"


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The raw filter parameters of /api/events and the events page, as the request gave them."""

    actor: str | None = None
    dyad: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    outlet: str | None = None
    q: str | None = None
    doc: str | None = None
    topic: str | None = None
    temporal: str | None = None

    def to_query(self, aliases: AliasSource) -> EventQuery:
        code, root, quad = read_cameo(self.code, self.root, self.quad_class)
        start, end = read_window(self.start, self.end)
        return EventQuery(actor=read_actor(self.actor, aliases), dyad=read_dyad(self.dyad), code=code, root=root,
                          quad_class=quad, start=start.isoformat() if start else "",
                          end=end.isoformat() if end else "", place=read_text(self.place, "place"),
                          outlet=read_text(self.outlet, "outlet"), topic=read_text(self.topic, "topic"),
                          text=read_text(self.q, "q"),
                          doc_id=read_text(self.doc, "doc"), temporal_status=read_temporal(self.temporal))

    def as_params(self) -> dict[str, str]:
        """The filters that are set, for links that keep them (next page, export)."""
        return {k: str(v) for k in self.__slots__ if (v := getattr(self, k)) not in (None, "")}
