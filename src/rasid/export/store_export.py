"""``rasid export``: a store to GDELT TSV, PLOVER JSON, or a directory of Parquet or CSV tables."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasid.export.gdelt import write_events_tsv
from rasid.export.plover import load_plover_modes, write_plover_json
from rasid.export.tables import write_tables
from rasid.resources import data_path

FORMATS = ("gdelt", "plover", "parquet", "csv")
TABLES = ("events", "document_events", "event_mentions", "mentions", "actors", "articles", "near_duplicates",
          "stories", "story_articles")
CAMEO_TABLE = "events/cameo_event_codes.tsv"


def export_store(db: str | Path, fmt: str, out: str | Path, *, per_document: bool = False,
                 tables: tuple[str, ...] = TABLES) -> dict[str, int]:
    """Export the store at ``db``; returns rows written per file. ``out`` is a file ("-" for stdout) for
    gdelt/plover (merged events, or document events with ``per_document``) and a directory for parquet/csv."""
    from rasid.store import Store

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with Store.open(db, readonly=True) as store:
        if fmt in ("parquet", "csv"):
            return write_tables({name: (store.export_columns(name), _rows(store, name)) for name in tables},
                                Path(out), fmt)
        events = store.events(merged=not per_document)
    target = sys.stdout if str(out) == "-" else Path(out)
    if fmt == "gdelt":
        return {"events": write_events_tsv(events, target)}
    return {"events": write_plover_json(events, target, modes=load_plover_modes(data_path(CAMEO_TABLE)))}


def _rows(store: Any, name: str) -> Callable[[], Iterator[dict[str, Any]]]:
    return lambda: store.export_rows(name)
