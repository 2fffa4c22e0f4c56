"""Read queries over a store by its path, for the Python API and the CLI: events (as records or frames),
errors, the network, stories, near-duplicates and the merge report; and ``refresh_store``, the corpus passes
on a store already made. The web app's views (``rasid.service.browse`` and its siblings) take an open store
from ``rasid.service.reader.open_reader`` instead, one per request."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from rasid.dedupe import dedup_counts
from rasid.ingest.report import IngestProgress
from rasid.records import Story
from rasid.service.corpus import refresh_corpus
from rasid.settings import Settings
from rasid.store import Store
from rasid.store.browse import EventQuery
from rasid.stored import NetworkEvent, StoredRecord
from rasid.temporal.status import REPORTED


def stored_events(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                  root: str = "", since: date | None = None, until: date | None = None,
                  limit: int | None = None, temporal_status: str = REPORTED) -> list[StoredRecord]:
    """The store's merged events (or, with ``merged=False``, every document event), in date order, as
    ``rasid.stored`` records (``to_json()`` gives each as JSON).

    Filters: ``actor`` is a code prefix on either side ("SYR" covers SYRGOV), ``dyad`` two prefixes on
    opposite sides in either direction, ``root`` a CAMEO root ("19"), ``since``/``until`` days the event's
    dates must reach; ``limit`` keeps the first events. Only the events the articles report, unless
    ``temporal_status`` is "historical", "future" or "" (every event; see ``rasid.temporal.status``).
    """
    return list(iter_stored_events(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                   limit=limit, temporal_status=temporal_status))


def iter_stored_events(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                       root: str = "", since: date | None = None, until: date | None = None,
                       limit: int | None = None, temporal_status: str = REPORTED) -> Iterator[StoredRecord]:
    """``stored_events`` read as it is consumed: the store stays open until the iterator is exhausted."""
    query = EventQuery(actor=actor, dyad=dyad, root=root, start=since.isoformat() if since else "",
                       end=until.isoformat() if until else "", temporal_status=temporal_status)
    with Store.open(db, readonly=True) as store:
        yield from store.iter_events(query, limit) if merged else store.iter_document_events(query, limit)


def events_frame(db: str | Path, merged: bool = True, *, actor: str = "", dyad: tuple[str, str] | None = None,
                 root: str = "", since: date | None = None, until: date | None = None, limit: int | None = None,
                 temporal_status: str = REPORTED) -> Any:
    """The stored events as a pandas DataFrame with real types, one row per merged (or document) event.

    Columns and types are those of ``rasid.export.analyst.EVENT_SCHEMA``: ``date`` (datetime64, only for
    events dated to one day; else NaT), ``date_precision`` and ``period`` for week, month and year dates,
    CAMEO codes as strings, ``lat``/``lon``, ``evidence``, ``url``, ``confidence``, lists as Python lists.
    Filters as in ``stored_events``.
    """
    from rasid.export.analyst import EVENT_SCHEMA, event_rows

    events = iter_stored_events(db, merged, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                limit=limit, temporal_status=temporal_status)
    return _frame(list(event_rows(events)), EVENT_SCHEMA)


def dyad_counts_frame(db: str | Path, *, actor: str = "", dyad: tuple[str, str] | None = None, root: str = "",
                      since: date | None = None, until: date | None = None,
                      temporal_status: str = REPORTED) -> Any:
    """Merged events counted per ``day`` x ``source_code`` x ``target_code`` x ``root`` (with ``quad_class``):
    columns ``events`` and ``articles``. The day is GDELT's (the event's own day, else its publication day)."""
    from rasid.export.analyst import DYAD_SCHEMA, dyad_counts

    events = iter_stored_events(db, actor=actor, dyad=dyad, root=root, since=since, until=until,
                                temporal_status=temporal_status)
    return _frame(dyad_counts(events), DYAD_SCHEMA)


def _frame(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    frame = pa.Table.from_pylist(rows, schema=schema).to_pandas(date_as_object=False)
    for name in schema.names:
        if pa.types.is_list(schema.field(name).type):
            frame[name] = frame[name].map(lambda items: [] if items is None else list(items))
    return frame


def stored_errors(db: str | Path) -> list[dict[str, Any]]:
    with Store.open(db, readonly=True) as store:
        return store.errors()


def network(db: str | Path, start: date | None = None, end: date | None = None) -> dict[str, Any]:
    """The signed alliance network of the merged events (of a window when ``start`` or ``end`` is given)."""
    from rasid.network import build_network

    window = (start, end) if start or end else None
    return build_network([NetworkEvent.of(e) for e in stored_events(db)], window=window).to_json()


def refresh_store(db: str | Path, settings: Settings | None = None,
                  progress: IngestProgress | None = None) -> dict[str, int]:
    """Run the near-duplicate, story and event-merge passes on an existing store (e.g. after ``rasid ingest``)."""
    settings = settings or Settings()
    with Store.open(db, timezone=settings.timezone) as store:
        return refresh_corpus(store, settings, progress)


def list_stories(db: str | Path, min_articles: int = 2, limit: int = 50) -> list[dict[str, Any]]:
    """Stories with at least ``min_articles`` articles, biggest first."""
    with Store.open(db, readonly=True) as store:
        return store.stories(min_articles=min_articles, limit=limit)


def get_story(db: str | Path, story_id: str) -> Story | None:
    with Store.open(db, readonly=True) as store:
        return store.story(story_id)


def near_duplicate_groups(db: str | Path) -> list[dict[str, Any]]:
    """Each canonical article with its copies (doc id, outlet, similarity), biggest group first."""
    with Store.open(db, readonly=True) as store:
        links = store.near_duplicates()
    groups: dict[str, dict[str, Any]] = defaultdict(lambda: {"copies": []})
    for link in links:
        group = groups[link["canonical_id"]]
        group.update(canonical_id=link["canonical_id"], outlet=link["canonical_outlet"])
        group["copies"].append({"doc_id": link["doc_id"], "outlet": link["outlet"],
                                "similarity": link["similarity"]})
    return sorted(groups.values(), key=lambda g: (-len(g["copies"]), g["canonical_id"]))


def merge_report(db: str | Path, window_days: int = 3) -> dict[str, int]:
    """The store's document events under the Phoenix one-a-day filter and under rasid's merge, side by side."""
    with Store.open(db, readonly=True) as store:
        events = store.events(merged=False)
        story_of = store.story_of_documents()
    return dedup_counts(events, window_days, story_of=story_of)
