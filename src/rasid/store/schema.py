"""Named, ordered migrations. Each is applied once, in order, and recorded in the ``migrations`` table.

Add a migration by appending to ``MIGRATIONS``; never edit or reorder one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from rasid.temporal.status import merged_status, temporal_status

# The events table as migration 0001 made it; never change (a shipped migration reads it). Later columns follow.
INITIAL_EVENT_COLUMNS = (
    "doc_id", "id", "cameo", "root", "plover", "quad_class", "goldstein",
    "source_code", "source_name", "source_text", "source_id", "source_start", "source_end",
    "target_code", "target_name", "target_text", "target_id", "target_start", "target_end",
    "date", "date_text", "date_precision", "date_method",
    "location_text", "location_name", "location_country", "location_lat", "location_lon",
    "location_start", "location_end", "location_feature",
    "sentence", "sentence_start", "sentence_end", "trigger", "trigger_start", "trigger_end",
    "confidence", "modality", "symmetric", "provenance", "json",
)
EVENT_COLUMNS = (*INITIAL_EVENT_COLUMNS, "temporal_status")

ARTICLE_COLUMNS = ("id", "content_hash", "source", "url", "title", "published", "published_inferred", "language",
                   "origin", "format", "text", "meta", "ingested_at", "topic")

INITIAL = f"""
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    published TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'ar',
    origin TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{{}}',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE sentences (
    doc_id TEXT NOT NULL, id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, paragraph INTEGER NOT NULL, idx INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL, id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, norm TEXT NOT NULL, sentence_index INTEGER NOT NULL, actor_id TEXT NOT NULL,
    code TEXT NOT NULL, name TEXT NOT NULL, provenance TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX mentions_code ON mentions(code);
CREATE TABLE events ({", ".join(f'"{c}"' for c in INITIAL_EVENT_COLUMNS)}, PRIMARY KEY (doc_id, id));
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_date ON events(date);
CREATE TABLE merged_events (
    id TEXT PRIMARY KEY, root TEXT, cameo TEXT, plover TEXT, quad_class INTEGER, goldstein REAL,
    source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT, symmetric INTEGER,
    date TEXT, date_precision TEXT, first_date TEXT, last_date TEXT, location_name TEXT, location_country TEXT,
    num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_mentions INTEGER NOT NULL,
    outlets TEXT NOT NULL, doc_ids TEXT NOT NULL, codes TEXT NOT NULL, dates TEXT NOT NULL, json TEXT NOT NULL
);
CREATE INDEX merged_events_source ON merged_events(source_code);
CREATE INDEX merged_events_target ON merged_events(target_code);
CREATE INDEX merged_events_first ON merged_events(first_date);
CREATE TABLE event_mentions (
    merged_id TEXT NOT NULL, event_id TEXT NOT NULL, doc_id TEXT NOT NULL, outlet TEXT NOT NULL,
    cameo TEXT, date TEXT, sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    confidence REAL,
    PRIMARY KEY (merged_id, doc_id, event_id)
);
CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
CREATE TABLE errors (
    pk INTEGER PRIMARY KEY, input TEXT NOT NULL, code TEXT NOT NULL, error TEXT NOT NULL, message TEXT NOT NULL,
    stage TEXT NOT NULL, doc_id TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE runs (
    pk INTEGER PRIMARY KEY, kind TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running', settings TEXT NOT NULL DEFAULT '{{}}', counts TEXT NOT NULL DEFAULT '{{}}'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in (s.strip() for s in sql.split(";")):
            if statement:
                conn.execute(statement)
    return run


# Corpus-wide results: MinHash signatures (kept so later runs match new articles against old ones),
# near-duplicate links, stories and their articles; and indexes that make errors idempotent to record.
CORPUS = """
CREATE TABLE article_signatures (
    doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, scheme TEXT NOT NULL, seed INTEGER NOT NULL,
    signature BLOB
);
CREATE TABLE near_duplicates (
    doc_id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL, similarity REAL NOT NULL, threshold REAL NOT NULL,
    found_at TEXT NOT NULL
);
CREATE INDEX near_duplicates_canonical ON near_duplicates(canonical_id);
CREATE TABLE stories (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL, first_published TEXT, last_published TEXT,
    num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL, outlets TEXT NOT NULL, actors TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_last ON stories(last_published);
CREATE TABLE story_articles (
    doc_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, score REAL NOT NULL, published TEXT
);
CREATE INDEX story_articles_story ON story_articles(story_id);
CREATE INDEX errors_input ON errors(input, code, stage)
"""

# Covering indexes for browsing merged events (rasid.store.browse): a page is chosen from the index alone
# instead of scanning rows that carry their whole JSON.
BROWSE = """
CREATE INDEX merged_events_browse ON merged_events(COALESCE(first_date, '9999-12-31'), id, source_code,
    target_code, root, quad_class, cameo, first_date, last_date);
CREATE INDEX merged_events_browse_desc ON merged_events(COALESCE(first_date, '0000-00-00'), id)
"""

# The topic the ``topic`` stage gave each article (rasid.topics), as a column so events can be filtered by it;
# stores written before it take the topic their articles' meta already holds.
ARTICLE_TOPIC = """
ALTER TABLE articles ADD COLUMN topic TEXT NOT NULL DEFAULT '';
UPDATE articles SET topic = COALESCE(json_extract(meta, '$.topic'), '') WHERE json_valid(meta);
CREATE INDEX articles_topic ON articles(topic)
"""

# Whether each event is what its article reports, or background (historical) or ahead (future): a column on
# document and merged events, so views and exports can keep to reported events with an index. Stores written
# before it are classified here from each event's date and its article's publication date.
TEMPORAL_STATUS = """
ALTER TABLE events ADD COLUMN temporal_status TEXT NOT NULL DEFAULT 'reported';
ALTER TABLE merged_events ADD COLUMN temporal_status TEXT NOT NULL DEFAULT 'reported';
CREATE INDEX merged_events_status_browse ON merged_events(temporal_status, COALESCE(first_date, '9999-12-31'), id);
CREATE INDEX merged_events_status_browse_desc ON merged_events(temporal_status, COALESCE(first_date, '0000-00-00'),
    id)
"""
EVENT_DATES = "SELECT e.rowid, e.date, a.published FROM events e JOIN articles a ON a.id = e.doc_id"
SET_EVENT_STATUS = ("UPDATE events SET temporal_status = ?1, json = json_set(json, '$.temporal_status', ?1) "
                    "WHERE rowid = ?2")
MERGED_MEMBER_STATUSES = """
SELECT em.merged_id, e.temporal_status FROM event_mentions em
JOIN events e ON e.doc_id = em.doc_id AND e.id = em.event_id
"""
SET_MERGED_STATUS = ("UPDATE merged_events SET temporal_status = ?1, json = json_set(json, '$.temporal_status', ?1) "
                     "WHERE id = ?2")


def add_temporal_status(conn: sqlite3.Connection) -> None:
    _script(TEMPORAL_STATUS)(conn)
    rows = conn.execute(EVENT_DATES).fetchall()
    conn.executemany(SET_EVENT_STATUS, [(temporal_status(d, _day(p)), rowid) for rowid, d, p in rows])
    members: dict[str, list[str]] = {}
    for merged_id, status in conn.execute(MERGED_MEMBER_STATUSES):
        members.setdefault(merged_id, []).append(status)
    conn.execute("UPDATE merged_events SET json = json_set(json, '$.temporal_status', 'reported')")
    conn.executemany(SET_MERGED_STATUS, [(merged_status(s), m) for m, s in members.items()])


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _script(INITIAL)),
    Migration("0002_corpus", _script(CORPUS)),
    Migration("0003_browse_indexes", _script(BROWSE)),
    Migration("0004_article_topic", _script(ARTICLE_TOPIC)),
    Migration("0005_temporal_status", add_temporal_status),
)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """The migrations this store lacks, read without writing (a read-only store cannot be migrated)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone():
        return [m.name for m in MIGRATIONS]
    applied = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    return [m.name for m in MIGRATIONS if m.name not in applied]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the pending migrations, each in its own transaction; returns the names applied now."""
    if set(applied_migrations(conn)) >= {m.name for m in MIGRATIONS}:
        return []
    applied = []
    for migration in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")  # checked again under the write lock: another process may have won
        if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.name,)).fetchone():
            conn.execute("COMMIT")
            continue
        try:
            migration.apply(conn)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (migration.name, datetime.now(UTC).isoformat()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration.name)
    return applied
