"""The embedded store: SQLite in WAL mode, one writer, many readers. The only module that speaks SQL.

Writes go through ``add_document``/``add_documents``; a document is written in one transaction, and the
batch helper commits per batch, so a killed ingest loses at most the open batch and a rerun (idempotent by
article id and content hash) adds the rest. Readers (``Store.open(path, readonly=True)`` or another process)
see the last committed state while a writer works.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rasid.errors import StoreError
from rasid.memo import Memo
from rasid.records import Document, ErrorRecord
from rasid.store import queries as q
from rasid.store.browse import BrowseQueries
from rasid.store.corpus import CorpusTables
from rasid.store.fts import bare_forms, index_text, match_query
from rasid.store.rows import (
    article_dict,
    article_row,
    error_row,
    event_mention,
    event_row,
    mention_row,
    merged_event,
    merged_mention_rows,
    merged_row,
    sentence_row,
    stored_event,
)
from rasid.store.schema import migrate, pending_migrations
from rasid.store.streams import EventStreams
from rasid.stored import EventMention, MergedEvent, StoredEvent
from rasid.temporal.status import REPORTED

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000

FTS_MEMO_LIMIT = 100_000


class Store(BrowseQueries, CorpusTables, EventStreams):
    def __init__(self, conn: sqlite3.Connection, path: str, readonly: bool, default_tz: tzinfo) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self.default_tz = default_tz
        self._bare_forms = Memo(bare_forms, limit=FTS_MEMO_LIMIT)  # per-word search forms, reused across articles

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, timezone: str = "UTC") -> Store:
        """Open (creating and migrating unless ``readonly``) the store at ``path``; ":memory:" works too."""
        path = str(path)
        try:
            conn = _connect(path, readonly)
            if not readonly:
                migrate(conn)
            pending = pending_migrations(conn)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", source=path) from exc
        if pending:
            conn.close()
            raise StoreError(f"the store was written by an older rasid and lacks {', '.join(pending)}; open it "
                             f"once for writing to upgrade it (rasid refresh --db {path})", source=path)
        return cls(conn, path, readonly, ZoneInfo(timezone))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back if anything inside raises."""
        if self.readonly:
            raise StoreError("this store was opened read-only", source=self.path)
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # --- writing -------------------------------------------------------------------------------------------

    def add_document(self, doc: Document) -> bool:
        """Store ``doc``; False (and nothing written) when the same article id and content are already there."""
        with self.transaction():
            return self._write_document(doc)

    def add_documents(self, docs: Iterable[Document], batch_size: int = 200) -> int:
        """Store many documents, committing every ``batch_size``; returns how many were added or replaced."""
        added = 0
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                added += self._write_batch(batch)
                batch = []
        return added + (self._write_batch(batch) if batch else 0)

    def _write_batch(self, batch: list[Document]) -> int:
        with self.transaction():
            return sum(self._write_document(doc) for doc in batch)

    def _write_document(self, doc: Document) -> bool:
        article = doc.article
        found = self._conn.execute(q.ARTICLE_HASH, (article.id,)).fetchone()
        if found and found["content_hash"] == article.content_hash:
            return False
        if found:
            self._delete_document(article.id, found["pk"])
        now = datetime.now(UTC).isoformat()
        cursor = self._conn.execute(q.INSERT_ARTICLE, article_row(article, now, self.default_tz))
        self._conn.execute(q.INSERT_FTS, (cursor.lastrowid, index_text(article.title, self._bare_forms),
                                            index_text(article.text, self._bare_forms)))
        self._conn.executemany(q.INSERT_SENTENCE, [sentence_row(s) for s in doc.sentences])
        self._conn.executemany(q.INSERT_MENTION, [mention_row(m) for m in doc.mentions])
        self._conn.executemany(q.INSERT_EVENT, [event_row(e) for e in doc.events])
        self._conn.executemany(q.INSERT_ERROR, [error_row(e, now) for e in doc.errors])
        self._conn.execute(q.SET_META, ("merged_stale", "1"))
        return True

    def _delete_document(self, doc_id: str, pk: int) -> None:
        log.info("article %s changed; replacing its rows", doc_id)
        self._conn.execute(q.DELETE_FTS, (pk,))
        for statement in q.DELETE_DOCUMENT:
            self._conn.execute(statement, (doc_id,))

    def add_error(self, err: ErrorRecord) -> None:
        with self.transaction() as conn:
            conn.execute(q.INSERT_ERROR, error_row(err, datetime.now(UTC).isoformat()))

    def merge_inputs(self, root: str | None = None) -> list[StoredEvent]:
        """Every document event (of one CAMEO ``root``, when given), with its article's date and outlet."""
        rows = (self._conn.execute(q.DOCUMENT_EVENTS) if root is None
                else self._conn.execute(q.DOCUMENT_EVENTS_OF_ROOT, (root,)))
        return [stored_event(row) for row in rows]

    def event_roots(self) -> list[str]:
        """The CAMEO roots that document events have, each once."""
        return [row["root"] for row in self._conn.execute(q.EVENT_ROOTS)]

    def replace_merged_events(self, merged: Iterable[MergedEvent]) -> int:
        """Replace every merged event and its mentions with ``merged``, in one transaction; returns how many.

        ``merged`` may be a generator that reads document events from this store as it goes (the merge pass
        of ``rasid.service.corpus`` does, one root at a time), so only one root's events are held at once.
        """
        written = 0
        with self.transaction() as conn:
            conn.execute(q.DELETE_MERGED_MENTIONS)
            conn.execute(q.DELETE_MERGED)
            for item in merged:
                conn.execute(q.INSERT_MERGED, merged_row(item))
                conn.executemany(q.INSERT_MERGED_MENTION, merged_mention_rows(item))
                written += 1
            conn.execute(q.SET_META, ("merged_stale", "0"))
        return written

    def start_run(self, kind: str, settings: dict[str, Any] | None = None) -> int:
        with self.transaction() as conn:
            cursor = conn.execute(q.INSERT_RUN, (kind, datetime.now(UTC).isoformat(),
                                                 json.dumps(settings or {}, default=str)))
            return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str = "done") -> None:
        with self.transaction() as conn:
            conn.execute(q.FINISH_RUN, (datetime.now(UTC).isoformat(), status, json.dumps(counts), run_id))

    # --- reading -------------------------------------------------------------------------------------------

    def events(self, merged: bool = True,
               temporal_status: str = REPORTED) -> list[MergedEvent] | list[StoredEvent]:
        """Merged events (each with the documents and outlets reporting it), or every document event.

        Only events the articles report, by default: ``temporal_status`` "historical" or "future" gives those
        instead, "" gives every event (see ``rasid.temporal.status``)."""
        if not merged:
            rows = (self._conn.execute(q.DOCUMENT_EVENTS_OF_STATUS, (temporal_status,)) if temporal_status
                    else self._conn.execute(q.DOCUMENT_EVENTS))
            return [stored_event(row) for row in rows]
        if self._meta("merged_stale") == "1":
            log.warning("merged events are older than the last write; run 'rasid refresh' to rebuild them")
        rows = (self._conn.execute(q.MERGED_EVENTS_OF_STATUS, (temporal_status,)) if temporal_status
                else self._conn.execute(q.MERGED_EVENTS))
        return [merged_event(row) for row in rows]

    def event_mentions(self, merged_id: str) -> list[EventMention]:
        """The reports of one merged event, by document and sentence."""
        return [event_mention(row) for row in self._conn.execute(q.MENTIONS_OF_MERGED, (merged_id,))]

    def articles(self) -> list[dict[str, Any]]:
        return [article_dict(row) for row in self._conn.execute(q.ARTICLES)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(q.ARTICLE, (article_id,)).fetchone()
        return article_dict(row) if row else None

    def search(self, query: str, limit: int = 100) -> list[str]:
        """Ids of articles whose title or text holds every word of ``query`` (normalised), best first."""
        expression = match_query(query)
        if expression is None:
            return []
        return [row["id"] for row in self._conn.execute(q.SEARCH, (expression, limit))]

    def errors(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._conn.execute(q.ERRORS)]

    def counts(self) -> dict[str, int]:
        return {table: self._conn.execute(q.count(table)).fetchone()[0] for table in q.COUNTED_TABLES}

    def journal_mode(self) -> str:
        return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def migrations(self) -> list[str]:
        return [row[0] for row in self._conn.execute(q.MIGRATIONS)]

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute(q.GET_META, (key,)).fetchone()
        return row[0] if row else None


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if path != ":memory:" and not Path(path).exists():
            raise sqlite3.OperationalError(f"no store at {path}")
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn
