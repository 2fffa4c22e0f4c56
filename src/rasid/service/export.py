"""Exports of a store: to GDELT TSV, PLOVER JSON lines, or a directory of Parquet or CSV tables (``rasid export``),
and the filtered events page by page for a download (the web app's /api/export)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasid.export.analyst import DYAD_SCHEMA, EVENT_SCHEMA, dyad_counts, event_rows
from rasid.export.choices import ALL_EVENTS, FORMATS, TABLES, TEMPORAL_CHOICES, TYPED_TABLES
from rasid.export.codes import ExportCodes, load_export_codes
from rasid.export.gdelt import GDELT_COLUMNS, write_events_tsv
from rasid.export.plover import bundled_plover_modes, coder_name, plover_line, write_plover_jsonl
from rasid.export.tables import TypedTable, write_tables
from rasid.service.errors import BadRequestError
from rasid.store import Store
from rasid.store.browse import EventQuery
from rasid.stored import MergedEvent
from rasid.temporal.status import REPORTED

EXPORT_PAGE = 500


def export_store(db: str | Path, fmt: str, out: str | Path, *, per_document: bool = False,
                 tables: tuple[str, ...] = TABLES, temporal_status: str = REPORTED, header: bool = False,
                 extras: bool = False) -> dict[str, int]:
    """Export the store at ``db``; returns rows written per file. ``out`` is a file ("-" for stdout) for
    gdelt/plover (merged events, or document events with ``per_document``) and a directory for parquet/csv.

    Only the events the articles report, unless ``temporal_status`` is "historical", "future" or "all".
    ``header`` and ``extras`` (the ``rasid_*`` columns) are for gdelt, whose files have neither."""
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


def _typed_table(store: Store, name: str, status: str) -> TypedTable:
    """``events``: the merged events with real types (``rasid.export.analyst``); ``dyad_counts``: events per
    day, source, target and root."""
    def merged() -> Any:
        return store.iter_events(EventQuery(temporal_status=status))
    if name == "events":
        return TypedTable(EVENT_SCHEMA, lambda: event_rows(merged()))
    return TypedTable(DYAD_SCHEMA, lambda: iter(dyad_counts(merged())))


def _rows(store: Store, name: str, status: str) -> Callable[[], Iterator[dict[str, Any]]]:
    """The table's rows; rows of an event table (those with a temporal_status) only of the chosen status."""
    def rows() -> Iterator[dict[str, Any]]:
        for row in store.export_rows(name):
            if not status or row.get("temporal_status", status) == status:
                yield row
    return rows


EXPORT_TYPES = {"tsv": ("text/tab-separated-values; charset=utf-8", "events.gdelt.tsv"),
                "plover": ("application/x-ndjson; charset=utf-8", "events.plover.jsonl")}


def export_chunks(store: Store, query: EventQuery, fmt: str, header: bool = False) -> Iterator[str]:
    """The filtered events as GDELT 2.0 TSV or PLOVER JSON lines, page by page so memory stays flat."""
    if fmt not in EXPORT_TYPES:
        raise BadRequestError(f"format must be one of {', '.join(EXPORT_TYPES)}, not {fmt!r}")
    codes, cursor = load_export_codes(), None
    if fmt == "tsv" and header:
        yield "\t".join(GDELT_COLUMNS) + "\n"
    modes, coder = bundled_plover_modes(), coder_name()
    while True:
        found = store.find_events(query, limit=EXPORT_PAGE, cursor=cursor)
        if fmt == "tsv":
            yield tsv_chunk(found.events, codes)
        else:
            yield "".join(plover_line(e, modes, codes, coder) for e in found.events)
        cursor = found.next_cursor
        if cursor is None:
            break


def tsv_chunk(events: list[MergedEvent], codes: ExportCodes) -> str:
    buffer = io.StringIO()
    write_events_tsv(events, buffer, codes=codes)
    return buffer.getvalue()
