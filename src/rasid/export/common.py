"""Helpers the exporters share: opening a path or a file, reading actors, dates and text cells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from rasid.records import ActorRef
from rasid.stored import MergedEvent, StoredEvent
from rasid.temporal.status import date_interval

PathOrFile = str | Path | TextIO
EventRecord = StoredEvent | MergedEvent  # a document event or a merged event, as the store gives them
# Everything a line-oriented reader may take for the end of a line or a record, and NUL.
LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00]+")


@contextmanager
def text_output(target: PathOrFile) -> Iterator[TextIO]:
    """A text handle for ``target``: an open file is used as is, a path is opened (UTF-8) and closed."""
    if isinstance(target, str | Path):
        with Path(target).open("w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield target


def actor_code(actor: ActorRef | None) -> str | None:
    return actor.code if actor else None


def actor_name(actor: ActorRef | None) -> str | None:
    return actor.name if actor else None


def confidence(record: EventRecord) -> float:
    """The confidence as ``Event.to_json()`` gives it (three decimals)."""
    return round(record.event.confidence, 3)


def first(items: Any) -> str:
    return str(items[0]) if items else ""


def flat_text(value: Any) -> str:
    """One line of text that no TSV or CSV reader can misread: tabs and line breaks become spaces, and the
    ASCII double quote (which opens a quoted field in pandas, R and spreadsheets) becomes ” (U+201D)."""
    if value is None:
        return ""
    return LINE_BREAKS.sub(" ", str(value)).replace('"', "\u201d").strip()


def event_span(record: EventRecord) -> tuple[date, date] | None:
    """The days the event's own date covers at its precision (a week, a month, a year), if it has one."""
    return date_interval(str(record.event.date or ""))


def publication_day(record: EventRecord) -> date | None:
    published = str(record.published or "")[:10]
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def event_day(event: EventRecord) -> date | None:
    """The day for a day column: the event's date when it names one day, else its article's publication day
    (what GDELT records); never the first day of a week, month or year."""
    span = event_span(event)
    if span and span[0] == span[1]:
        return span[0]
    return publication_day(event)
