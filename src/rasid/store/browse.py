"""Read queries for browsing a store (the HTTP API and the web app): filtered, paged events, actors, outlets.

Kept apart from ``store.py`` (writing, merging) so browsing can grow without touching the write path. The
filter SQL is assembled only from the fixed clauses below; user values always travel as parameters.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasid.errors import StoreError
from rasid.records import Event
from rasid.store.fts import match_query
from rasid.store.rows import document_event, merged_event, network_event
from rasid.stored import MergedEvent, NetworkEvent
from rasid.temporal.status import REPORTED

# Undated events come last in both directions.
SORT_KEYS = {False: "COALESCE(m.first_date, '9999-12-31')", True: "COALESCE(m.first_date, '0000-00-00')"}
# Code prefixes are ranges (low <= code < high) rather than LIKE, so SQLite can use the code indexes.
EVENT_FILTERS = {
    "actor": "((m.source_code >= :actor_low AND m.source_code < :actor_high)"
             " OR (m.target_code >= :actor_low AND m.target_code < :actor_high))",
    "dyad": "((m.source_code >= :dyad_a_low AND m.source_code < :dyad_a_high"
            " AND m.target_code >= :dyad_b_low AND m.target_code < :dyad_b_high)"
            " OR (m.source_code >= :dyad_b_low AND m.source_code < :dyad_b_high"
            " AND m.target_code >= :dyad_a_low AND m.target_code < :dyad_a_high))",
    "code": "m.cameo LIKE :code ESCAPE '\\'",
    "root": "m.root = :root",
    "quad_class": "m.quad_class = :quad_class",
    "start": "m.last_date >= :start",
    "end": "m.first_date <= :end",
    "place": "(m.location_country = :place OR m.location_name LIKE :place_like ESCAPE '\\')",
    "outlet": "EXISTS (SELECT 1 FROM json_each(m.outlets) o WHERE o.value = :outlet)",
    "topic": "m.id IN (SELECT em.merged_id FROM event_mentions em JOIN articles a ON a.id = em.doc_id"
             " WHERE a.topic = :topic)",
    "text": "m.id IN (SELECT em.merged_id FROM event_mentions em JOIN articles a ON a.id = em.doc_id"
            " WHERE a.pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :text))",
    "doc_id": "m.id IN (SELECT merged_id FROM event_mentions WHERE doc_id = :doc_id)",
    "temporal_status": "m.temporal_status = :temporal_status",
}
DOC_EVENTS = "SELECT json FROM events WHERE doc_id = ? ORDER BY sentence_start, id"
MERGED_EVENT = "SELECT json FROM merged_events WHERE id = ?"
MERGED_EVENTS_BY_ID = "SELECT json FROM merged_events WHERE id IN (SELECT value FROM json_each(?))"
NETWORK_EVENTS = """
SELECT id, root, cameo, quad_class, goldstein, source_code, target_code, date, first_date, last_date,
       json_extract(json, '$.modality') AS modality, json_extract(json, '$.published') AS published
FROM merged_events WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND source_code != target_code
  AND (:temporal_status = '' OR temporal_status = :temporal_status)
ORDER BY first_date IS NULL, first_date, id
"""
ACTOR_CODES = """
SELECT code, SUM(as_source) AS as_source, SUM(as_target) AS as_target FROM (
  SELECT source_code AS code, 1 AS as_source, 0 AS as_target FROM merged_events WHERE source_code IS NOT NULL
  UNION ALL
  SELECT target_code, 0, 1 FROM merged_events WHERE target_code IS NOT NULL
) WHERE code != '' GROUP BY code ORDER BY SUM(as_source) + SUM(as_target) DESC, code
"""
ACTOR_ALIASES = """
SELECT code, text, name, type, actor_id, COUNT(*) AS mentions, COUNT(DISTINCT doc_id) AS documents
FROM mentions WHERE code != '' AND code >= :low AND code < :high
GROUP BY code, text, name, type, actor_id ORDER BY code, mentions DESC, text
"""
ACTOR_NAMES = """
SELECT code, name, COUNT(*) AS events FROM (
  SELECT source_code AS code, source_name AS name FROM merged_events WHERE source_name != ''
  UNION ALL
  SELECT target_code, target_name FROM merged_events WHERE target_name != ''
) WHERE code != '' GROUP BY code, name ORDER BY code, events DESC, name
"""
OUTLETS = ("SELECT source AS outlet, COUNT(*) AS articles FROM articles WHERE source != '' "
           "GROUP BY source ORDER BY source")
TOPICS = "SELECT topic, COUNT(*) AS articles FROM articles WHERE topic != '' GROUP BY topic ORDER BY topic"
STORIES_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'"
DATE_RANGE = ("SELECT MIN(first_date) AS first, MAX(last_date) AS last FROM merged_events "
              "WHERE :temporal_status = '' OR temporal_status = :temporal_status")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters on merged events; empty fields do not filter. Codes are prefixes ("LBY" covers LBYGOV)."""

    actor: str = ""
    dyad: tuple[str, str] | None = None
    code: str = ""
    root: str = ""
    quad_class: int | None = None
    start: str = ""  # ISO day: events ending on or after it
    end: str = ""  # ISO day: events starting on or before it
    place: str = ""  # a country code or part of a place name
    outlet: str = ""
    topic: str = ""  # reported by an article of this topic (rasid.topics: politics, economy, ...)
    text: str = ""  # full-text search over the reporting articles
    doc_id: str = ""
    temporal_status: str = REPORTED  # reported | historical | future (rasid.temporal.status); "" for every event


@dataclass(frozen=True, slots=True)
class EventPage:
    total: int
    events: list[MergedEvent]
    next_cursor: str | None


def like_prefix(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def prefix_range(prefix: str) -> dict[str, str]:
    """Bounds such that ``low <= code < high`` holds exactly for codes starting with ``prefix`` (uses the index)."""
    return {"low": prefix, "high": prefix + "\U0010ffff"}


def prefix_params(name: str, prefix: str) -> dict[str, str]:
    bounds = prefix_range(prefix)
    return {f"{name}_low": bounds["low"], f"{name}_high": bounds["high"]}


def filter_params(query: EventQuery) -> dict[str, Any]:
    """The named parameters of every filter that is set (empty when a text search has no searchable word)."""
    params: dict[str, Any] = {}
    if query.actor:
        params.update(prefix_params("actor", query.actor))
    if query.dyad:
        params.update(prefix_params("dyad_a", query.dyad[0]) | prefix_params("dyad_b", query.dyad[1]))
    if query.code:
        params["code"] = like_prefix(query.code)
    if query.place:
        params["place"], params["place_like"] = query.place, "%" + like_prefix(query.place)
    if query.quad_class is not None:
        params["quad_class"] = query.quad_class
    for name in ("root", "start", "end", "outlet", "topic", "doc_id", "temporal_status"):
        if getattr(query, name):
            params[name] = getattr(query, name)
    if query.text:
        params["text"] = match_query(query.text)
        if params["text"] is None:
            raise StoreError(f"nothing to search for in {query.text!r}; give at least one word")
    return params


def where_clause(params: dict[str, Any]) -> str:
    clauses = [EVENT_FILTERS[name] for name in EVENT_FILTERS
               if name in params or f"{name}_low" in params or f"{name}_a_low" in params]
    return " AND ".join(clauses) or "1"


def encode_cursor(sort_key: str, event_id: str, descending: bool) -> str:
    payload = json.dumps([sort_key, event_id, "desc" if descending else "asc"])
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, descending: bool) -> tuple[str, str]:
    """The (sort key, id) a cursor continues after; a StoreError for anything not made by ``encode_cursor``
    for the same sort order."""
    try:
        key, event_id, order = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError) as exc:
        raise StoreError(f"invalid cursor {cursor!r}; use the next_cursor of the previous page") from exc
    if order != ("desc" if descending else "asc"):
        raise StoreError("this cursor was made for the other sort order; start again without a cursor")
    return str(key), str(event_id)


def page_sql(where: str, descending: bool, after: bool) -> str:
    """Sort only keys and row ids, then read the JSON of the page's rows (sorting whole rows is slow)."""
    direction, compare = ("DESC", "<") if descending else ("ASC", ">")
    key = SORT_KEYS[descending]
    keyset = f" AND ({key}, m.id) {compare} (:after_key, :after_id)" if after else ""
    chosen = (f"SELECT m.rowid FROM merged_events m WHERE {where}{keyset} "
              f"ORDER BY {key} {direction}, m.id {direction} LIMIT :limit OFFSET :offset")
    return (f"SELECT m.json, {key} AS sort_key FROM merged_events m WHERE m.rowid IN ({chosen}) "
            f"ORDER BY sort_key {direction}, m.id {direction}")


class BrowseQueries:
    """Mixed into ``Store``: needs ``self._conn`` (a sqlite3 connection with Row factory)."""

    _conn: sqlite3.Connection

    def find_events(self, query: EventQuery, *, limit: int = 50, offset: int = 0, cursor: str | None = None,
                    descending: bool = False) -> EventPage:
        """One page of merged events matching ``query``, in date order (then id), and the total that match.

        Pages are stable: the order is total, and a cursor resumes after the last event of the previous page
        even when events were added before it in the meantime.
        """
        params = filter_params(query)
        where = where_clause(params)
        total = self._conn.execute(f"SELECT COUNT(*) FROM merged_events m WHERE {where}", params).fetchone()[0]
        if cursor:
            params["after_key"], params["after_id"] = decode_cursor(cursor, descending)
            offset = 0
        rows = self._conn.execute(page_sql(where, descending, bool(cursor)),
                                  {**params, "limit": limit + 1, "offset": offset}).fetchall()
        page, more = rows[:limit], len(rows) > limit
        events = [merged_event(row) for row in page]
        next_cursor = encode_cursor(page[-1]["sort_key"], events[-1].id, descending) if more and page else None
        return EventPage(total, events, next_cursor)

    def merged_event(self, event_id: str) -> MergedEvent | None:
        row = self._conn.execute(MERGED_EVENT, (event_id,)).fetchone()
        return merged_event(row) if row else None

    def merged_events_by_id(self, event_ids: Iterable[str]) -> list[MergedEvent]:
        rows = self._conn.execute(MERGED_EVENTS_BY_ID, (json.dumps(list(event_ids)),))
        return [merged_event(row) for row in rows]

    def document_events(self, doc_id: str) -> list[Event]:
        """The events coded in one article, in text order: what its evidence spans come from."""
        return [document_event(row) for row in self._conn.execute(DOC_EVENTS, (doc_id,))]

    def network_events(self, temporal_status: str = REPORTED) -> list[NetworkEvent]:
        """Merged events with two different actors, only the fields the network needs (no JSON parsing);
        reported events only unless ``temporal_status`` names another ("" for all)."""
        rows = self._conn.execute(NETWORK_EVENTS, {"temporal_status": temporal_status})
        return [network_event(row) for row in rows]

    def actor_codes(self) -> list[dict[str, Any]]:
        """Every actor code in the merged events, with how often it is the source and the target."""
        return [dict(row) for row in self._conn.execute(ACTOR_CODES)]

    def actor_aliases(self, prefix: str = "") -> list[dict[str, Any]]:
        """How each code was written in the articles: text, canonical name, mention type and counts."""
        return [dict(row) for row in self._conn.execute(ACTOR_ALIASES, prefix_range(prefix))]

    def actor_names(self) -> dict[str, str]:
        """Each code's most frequent canonical name among the merged events' actors."""
        names: dict[str, str] = {}
        for row in self._conn.execute(ACTOR_NAMES):
            names.setdefault(row["code"], row["name"])
        return names

    def outlets(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._conn.execute(OUTLETS)]

    def topics(self) -> list[dict[str, Any]]:
        """Each topic the articles were given, with how many articles have it."""
        return [dict(row) for row in self._conn.execute(TOPICS)]

    def has_story_tables(self) -> bool:
        """Whether this store has the story tables (a store made before migration 0002 has not)."""
        return self._conn.execute(STORIES_TABLE).fetchone() is not None

    def date_range(self, temporal_status: str = REPORTED) -> tuple[str | None, str | None]:
        row = self._conn.execute(DATE_RANGE, {"temporal_status": temporal_status}).fetchone()
        return row["first"], row["last"]


