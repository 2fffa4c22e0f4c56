"""``rasid export``: a store to GDELT TSV, PLOVER JSON lines, or a directory of Parquet or CSV tables."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasid.export.gdelt import write_events_tsv
from rasid.export.plover import bundled_plover_modes, write_plover_jsonl
from rasid.export.tables import write_tables
from rasid.temporal.status import REPORTED, TEMPORAL_STATUSES

FORMATS = ("gdelt", "plover", "parquet", "csv")
TABLES = ("events", "document_events", "event_mentions", "mentions", "actors", "articles", "near_duplicates",
          "stories", "story_articles")
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
            return write_tables({name: (store.export_columns(name), _rows(store, name, status)) for name in tables},
                                Path(out), fmt)
        events = store.events(merged=not per_document, temporal_status=status)
    target = sys.stdout if str(out) == "-" else Path(out)
    if fmt == "gdelt":
        return {"events": write_events_tsv(events, target, header=header, extras=extras)}
    written = write_plover_jsonl(events, target, modes=bundled_plover_modes())
    return {"events": written, "without_plover_category": len(events) - written}


def _rows(store: Any, name: str, status: str) -> Callable[[], Iterator[dict[str, Any]]]:
    """The table's rows; rows of an event table (those with a temporal_status) only of the chosen status."""
    def rows() -> Iterator[dict[str, Any]]:
        for row in store.export_rows(name):
            if not status or row.get("temporal_status", status) == status:
                yield row
    return rows
