"""Pipeline stages of the temporal area: ``times`` (publication date + expressions), ``event_dates``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rasid.errors import ConfigError
from rasid.records import Document, Event
from rasid.stage import Context, Stage
from rasid.temporal.anchors import infer_publication_date
from rasid.temporal.assign import assign_event_dates
from rasid.temporal.expressions import find_time_expressions
from rasid.temporal.status import temporal_status


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {name!r} in setting 'timezone'; use an IANA name") from exc


def with_publication_date(doc: Document, ctx: Context) -> Document:
    """The document, with a publication date inferred from the text when the metadata has none."""
    if doc.article.published is not None:
        return doc
    day = infer_publication_date(doc.text, doc.sentences, ctx.calendar)
    if day is None:
        return doc
    published = datetime.combine(day, time(), tzinfo=_zone(ctx.settings.timezone))
    return doc.with_(article=doc.article.with_(published=published, published_inferred=True))


def times(doc: Document, ctx: Context) -> Document:
    doc = with_publication_date(doc, ctx)
    found = find_time_expressions(doc.text, doc.sentences, doc.article.published, ctx.calendar)
    return doc.with_(produced="times", times=found)


def event_dates(doc: Document, ctx: Context) -> Document:
    dated = assign_event_dates(doc, ctx.calendar.construct_nouns)
    return dated.with_(produced="event_dates", events=with_temporal_status(dated))


def with_temporal_status(doc: Document) -> tuple[Event, ...]:
    """Each event marked reported, historical or future: its date against the publication day."""
    published = doc.article.published
    return tuple(replace(e, temporal_status=temporal_status(e.date, published)) for e in doc.events)


STAGES = (
    Stage("times", times, frozenset({"sentences"}), frozenset({"times"}),
          "Infer a missing publication date from the text; find and resolve the date expressions."),
    Stage("event_dates", event_dates, frozenset({"events", "times"}), frozenset({"event_dates"}),
          "Give each event the date governing its clause, else its sentence's, paragraph's or the "
          "publication date, and mark it reported, historical or future against the publication date."),
)
