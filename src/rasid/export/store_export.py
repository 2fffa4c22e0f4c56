"""``rasid export``: a store to GDELT TSV, PLOVER JSON lines, or a directory of Parquet or CSV tables."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasid.export.analyst import DYAD_SCHEMA, EVENT_SCHEMA, dyad_counts, event_rows
from rasid.export.gdelt import write_events_tsv
from rasid.export.plover import bundled_plover_modes, write_plover_jsonl
from rasid.export.tables import TypedTable, write_tables
from rasid.temporal.status import REPORTED, TEMPORAL_STATUSES

FORMATS = ("gdelt", "plover", "parquet", "csv")
TABLES = ("events", "dyad_counts", "document_events", "event_mentions", "mentions", "actors", "articles",
          "near_duplicates", "stories", "story_articles")
TYPED_TABLES = ("events", "dyad_counts")  # built from the merged events, not dumped from SQL
ALL_EVENTS = "all"
TEMPORAL_CHOICES = (*TEMPORAL_STATUSES, ALL_EVENTS)


def export_store(db: str | Path, fmt: str, out: str | Path, *, per_document: bool = False,
                 tables: tuple[str, ...] = TABLES, temporal_status: str = REPORTED, header: bool = False,
                 extras: bool = False) -> dict[str, int]:
    """Export the store at ``db``; returns rows written per file. ``out`` is a file ("-" for stdout) for
    gdelt/plover (merged events, or document events with ``per_document``) and a directory for parquet/csv.

    Only the events the articles report, unless ``temporal_status`` is "historical", "future" or "all".
    ``header`` and ``extras`` (the ``rasid_*`` columns) are for gdelt, whose files have neither."""
    from rasid.store import Store

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if temporal_status not in TEMPORAL_CHOICES:
        raise ValueError(f"unknown temporal status {temporal_status!r}; choose one of {', '.join(TEMPORAL_CHOICES)}")
    status = "" if temporal_status == ALL_EVENTS else temporal_status
    with Store.open(db, readonly=True) as store:
        if fmt in ("parquet", "csv"):
            return write_tables({name: _typed_table(store, name, status) if name in TYPED_TABLES
                                 else (store.export_columns(name), _rows(store, name, status)) for name in tables},
                                Path(out), fmt)
        events = store.events(merged=not per_document, temporal_status=status)
    target = sys.stdout if str(out) == "-" else Path(out)
    if fmt == "gdelt":
        return {"events": write_events_tsv(events, target, header=header, extras=extras)}
    written = write_plover_jsonl(events, target, modes=bundled_plover_modes())
    return {"events": written, "without_plover_category": len(events) - written}


def _typed_table(store: Any, name: str, status: str) -> TypedTable:
    """``events``: the merged events with real types (``rasid.export.analyst``); ``dyad_counts``: events per
    day, source, target and root."""
    from rasid.store.browse import EventQuery

    def merged() -> Any:
        return store.iter_events(EventQuery(temporal_status=status))
    if name == "events":
        return TypedTable(EVENT_SCHEMA, lambda: event_rows(merged()))
    return TypedTable(DYAD_SCHEMA, lambda: iter(dyad_counts(merged())))


def _rows(store: Any, name: str, status: str) -> Callable[[], Iterator[dict[str, Any]]]:
    """The table's rows; rows of an event table (those with a temporal_status) only of the chosen status."""
    def rows() -> Iterator[dict[str, Any]]:
        for row in store.export_rows(name):
            if not status or row.get("temporal_status", status) == status:
                yield row
    return rows
