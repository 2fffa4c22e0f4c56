"""The analyst's tables: events with real column types, and daily dyad counts (the table GDELT users build first).

Dates are ``date32``. ``date`` holds the event's day only when its date names one day; a week, month or year
date keeps ``date`` empty and is told by ``date_precision`` and ``period`` ("2018-W21", "1958-05", "1945") with
the days it covers in ``first_day``/``last_day``. CAMEO codes stay strings ("010" is not 10), booleans are
bool, lists are list<string>.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

import pyarrow as pa

from rasid.export.common import EventRecord, actor_code, actor_name, confidence, event_day, event_span, first

EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("date", pa.date32()), ("date_precision", pa.string()), ("period", pa.string()),
    ("first_day", pa.date32()), ("last_day", pa.date32()), ("published", pa.timestamp("s", tz="UTC")),
    ("temporal_status", pa.string()), ("root", pa.string()), ("cameo", pa.string()), ("plover", pa.string()),
    ("quad_class", pa.int8()), ("goldstein", pa.float64()),
    ("source_code", pa.string()), ("source_name", pa.string()),
    ("target_code", pa.string()), ("target_name", pa.string()), ("symmetric", pa.bool_()),
    ("modality", pa.string()), ("confidence", pa.float64()),
    ("location_name", pa.string()), ("location_country", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()),
    ("evidence", pa.string()), ("trigger", pa.string()), ("url", pa.string()),
    ("num_sources", pa.int64()), ("num_articles", pa.int64()), ("num_mentions", pa.int64()),
    ("doc_ids", pa.list_(pa.string())), ("outlets", pa.list_(pa.string())), ("urls", pa.list_(pa.string())),
    ("event_ids", pa.list_(pa.string())),
])
DYAD_SCHEMA = pa.schema([
    ("day", pa.date32()), ("source_code", pa.string()), ("target_code", pa.string()), ("root", pa.string()),
    ("quad_class", pa.int8()), ("events", pa.int64()), ("articles", pa.int64()),
])


def event_row(record: EventRecord) -> dict[str, Any]:
    """One merged (or document) event as a row of ``EVENT_SCHEMA``."""
    event, span, place = record.event, event_span(record), record.event.location
    urls = _strings(record.urls)
    return {
        "id": record.id, "date": span[0] if span and span[0] == span[1] else None,
        "date_precision": event.date_precision or "none", "period": event.date or None,
        "first_day": span[0] if span else None, "last_day": span[1] if span else None,
        "published": _timestamp(record.published), "temporal_status": record.temporal_status,
        "root": _code(event.root), "cameo": _code(event.cameo), "plover": event.plover,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "source_code": actor_code(event.source), "source_name": actor_name(event.source),
        "target_code": actor_code(event.target), "target_name": actor_name(event.target),
        "symmetric": bool(event.symmetric), "modality": event.modality, "confidence": confidence(record),
        "location_name": place.name if place else None, "location_country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "evidence": event.sentence, "trigger": event.trigger, "url": first(urls) or None,
        "num_sources": record.num_sources, "num_articles": record.num_articles,
        "num_mentions": record.num_mentions, "doc_ids": _strings(record.doc_ids),
        "outlets": _strings(record.outlets), "urls": urls, "event_ids": _strings(record.event_ids),
    }


def event_rows(records: Iterable[EventRecord]) -> Iterator[dict[str, Any]]:
    return (event_row(record) for record in records)


def dyad_counts(records: Iterable[EventRecord]) -> list[dict[str, Any]]:
    """Events per day x source code x target code x CAMEO root (and its QuadClass), with the articles behind
    them. The day is GDELT's: the event's own day, else its article's publication day; events with neither
    are left out."""
    events_by_key: Counter[tuple[Any, ...]] = Counter()
    articles_by_key: Counter[tuple[Any, ...]] = Counter()
    for record in records:
        day, event = event_day(record), record.event
        if day is None:
            continue
        key = (day, actor_code(event.source) or "", actor_code(event.target) or "", _code(event.root) or "",
               event.quad_class)
        events_by_key[key] += 1
        articles_by_key[key] += int(record.num_articles or 1)
    return [dict(zip(DYAD_SCHEMA.names, (*key, count, articles_by_key[key]), strict=True))
            for key, count in sorted(events_by_key.items(), key=lambda item: _sort_key(item[0]))]


def _sort_key(key: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(-1 if part is None else part for part in key)


def _code(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _strings(items: Any) -> list[str]:
    return [str(item) for item in items or () if item not in (None, "")]


def _timestamp(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
