"""Filtered events read as they are consumed (``rasid events`` streams a store of any size through them).

The merged events reuse the browse filters and sort; the document events get the same filters on their own
columns. As in ``browse``, the SQL is assembled only from the fixed clauses below; values travel as parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from rasid.errors import StoreError
from rasid.store.browse import EventQuery, filter_params, page_sql, where_clause
from rasid.store.queries import _DOCUMENT_EVENTS_FROM, _DOCUMENT_EVENTS_ORDER, EVENT_ROOT
from rasid.store.rows import merged_event, stored_event
from rasid.stored import MergedEvent, StoredEvent

# A date coarser than a day ("2018-05") passes ``start`` when its period reaches it, as a merged event
# passes when its span reaches it.
DOCUMENT_EVENT_FILTERS = {
    "actor": "((e.source_code >= :actor_low AND e.source_code < :actor_high)"
             " OR (e.target_code >= :actor_low AND e.target_code < :actor_high))",
    "dyad": "((e.source_code >= :dyad_a_low AND e.source_code < :dyad_a_high"
            " AND e.target_code >= :dyad_b_low AND e.target_code < :dyad_b_high)"
            " OR (e.source_code >= :dyad_b_low AND e.source_code < :dyad_b_high"
            " AND e.target_code >= :dyad_a_low AND e.target_code < :dyad_a_high))",
    "root": f"{EVENT_ROOT} = :root",
    "start": "e.date >= substr(:start, 1, length(e.date))",
    "end": "e.date <= :end",
    "temporal_status": "e.temporal_status = :temporal_status",
}
MERGED_ONLY = ("code", "quad_class", "place", "outlet", "topic", "text", "doc_id")
NO_LIMIT = -1  # SQLite's LIMIT for "all rows"


class EventStreams:
    """Mixed into ``Store``: needs ``self._conn`` (a sqlite3 connection with Row factory)."""

    _conn: sqlite3.Connection

    def iter_events(self, query: EventQuery, limit: int | None = None) -> Iterator[MergedEvent]:
        """Merged events matching ``query`` (the first ``limit``), in date order, then id; undated last."""
        params = filter_params(query)
        rows = self._conn.execute(page_sql(where_clause(params), False, False),
                                  {**params, "limit": NO_LIMIT if limit is None else limit, "offset": 0})
        return (merged_event(row) for row in rows)

    def iter_document_events(self, query: EventQuery, limit: int | None = None) -> Iterator[StoredEvent]:
        """Document events matching ``query`` (actor, dyad, root, start, end), in document and text order."""
        unsupported = [name for name in MERGED_ONLY if getattr(query, name) not in ("", None)]
        if unsupported:
            raise StoreError(f"document events cannot be filtered by {', '.join(unsupported)}; "
                             "filter the merged events instead")
        params = filter_params(query)
        sql = (f"{_DOCUMENT_EVENTS_FROM}WHERE {document_where_clause(params)}\n{_DOCUMENT_EVENTS_ORDER} "
               "LIMIT :limit")
        rows = self._conn.execute(sql, {**params, "limit": NO_LIMIT if limit is None else limit})
        return (stored_event(row) for row in rows)


def document_where_clause(params: dict[str, Any]) -> str:
    clauses = [clause for name, clause in DOCUMENT_EVENT_FILTERS.items()
               if name in params or f"{name}_low" in params or f"{name}_a_low" in params]
    return " AND ".join(clauses) or "1"
