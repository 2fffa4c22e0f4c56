"""One event report (a document-level event) in the form the merge and the baseline compare.

Inputs are ``rasid.stored.StoredEvent`` records (what the store gives: the event with its article's outlet and
publication date), ``rasid.records.Event`` objects or their ``to_json()`` dicts (which may carry ``published``
and ``outlet``); for the last two the caller may pass them as ``doc_id -> value`` mappings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from rasid.cameo import is_mutual, merge_key, names_an_actor
from rasid.records import Event
from rasid.stored import StoredEvent
from rasid.temporal.status import Interval, date_interval

DateLike = str | date | datetime | None


@dataclass(frozen=True, slots=True)
class Report:
    event: dict[str, Any]
    doc_id: str
    event_id: str
    outlet: str
    published: DateLike
    key: tuple[str, str, str]  # root, first actor code, second actor code (sorted when symmetric)
    symmetric: bool
    anchor: Interval | None  # the event date's interval, else the publication day, else None
    stored: StoredEvent  # the input as a record
    specific: bool = False  # both actors are named down to a country or organisation

    @property
    def place(self) -> dict[str, Any] | None:
        return self.event.get("location")


EventInput = StoredEvent | Event | Mapping[str, Any]


def event_dict(event: EventInput) -> dict[str, Any]:
    if isinstance(event, StoredEvent):
        return {**event.event.to_json(), "outlet": event.outlet, "published": event.published}
    return event.to_json() if isinstance(event, Event) else dict(event)


def stored_event(event: EventInput, outlet: str) -> StoredEvent:
    """The input as a ``StoredEvent`` with its outlet."""
    if isinstance(event, StoredEvent):
        stored = event
    else:
        stored = StoredEvent(event) if isinstance(event, Event) else StoredEvent.from_json(event)
    return stored if stored.outlet == outlet else replace(stored, outlet=outlet)


def actor_code(actor: Mapping[str, Any] | None) -> str:
    return str(actor.get("code") or "") if actor else ""


def make_report(event: EventInput, published: Mapping[str, DateLike] | None = None,
                outlets: Mapping[str, str] | None = None) -> Report:
    data = event_dict(event)
    doc_id = str(data.get("doc_id") or "")
    pub = data.get("published") or (published or {}).get(doc_id)
    outlet = str(data.get("outlet") or (outlets or {}).get(doc_id) or "")
    anchor = date_interval(data.get("date")) or date_interval(pub)
    key = merge_key(data)
    return Report(event=data, doc_id=doc_id, event_id=str(data.get("id") or ""), outlet=outlet, published=pub,
                  key=key, symmetric=is_mutual(data), anchor=anchor,
                  specific=names_an_actor(key[1]) and names_an_actor(key[2]), stored=stored_event(event, outlet))


def anchor_day(report: Report) -> str:
    """The report's day for day-level baselines: its own date when exact, else its publication day."""
    own = date_interval(report.event.get("date"))
    if own and own[0] == own[1]:
        return own[0].isoformat()
    pub = date_interval(report.published)
    return pub[0].isoformat() if pub else ""
