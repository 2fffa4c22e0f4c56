"""Every SQL statement the store runs, named. Column lists come from the schema so they cannot drift."""

from __future__ import annotations

from rasid.cameo import ROOT_LENGTH
from rasid.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS


def _insert(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"


ARTICLE_HASH = "SELECT pk, content_hash FROM articles WHERE id = ?"
INSERT_ARTICLE = _insert("articles", ARTICLE_COLUMNS)
INSERT_FTS = "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)"
DELETE_FTS = "DELETE FROM articles_fts WHERE rowid = ?"
INSERT_SENTENCE = _insert("sentences", ("doc_id", "id", "start", "end", "text", "kind", "paragraph", "idx"))
INSERT_MENTION = _insert("mentions", ("doc_id", "id", "start", "end", "text", "type", "norm", "sentence_index",
                                      "actor_id", "code", "name", "provenance"))
INSERT_EVENT = _insert("events", EVENT_COLUMNS)
INSERT_ERROR = _insert("errors", ("input", "code", "error", "message", "stage", "doc_id", "at"))
DELETE_DOCUMENT = (
    "DELETE FROM sentences WHERE doc_id = ?",
    "DELETE FROM mentions WHERE doc_id = ?",
    "DELETE FROM events WHERE doc_id = ?",
    "DELETE FROM errors WHERE doc_id = ? AND stage != 'ingest'",
    "DELETE FROM articles WHERE id = ?",
    # what the corpus passes decided from the old content: its copy link and its story place (the story
    # loses one member); the next passes decide again. Links naming it as the original are kept.
    "DELETE FROM near_duplicates WHERE doc_id = ?",
    "UPDATE stories SET num_articles = num_articles - 1 WHERE id = (SELECT story_id FROM story_articles "
    "WHERE doc_id = ?1)",
    "DELETE FROM story_articles WHERE doc_id = ?",
)

INSERT_MERGED = _insert("merged_events", (
    "id", "root", "cameo", "plover", "quad_class", "goldstein", "source_code", "source_name", "target_code",
    "target_name", "symmetric", "date", "date_precision", "first_date", "last_date", "location_name",
    "location_country", "num_sources", "num_articles", "num_mentions", "outlets", "doc_ids", "codes", "dates",
    "json", "temporal_status"))
INSERT_MERGED_MENTION = _insert("event_mentions", (
    "merged_id", "event_id", "doc_id", "outlet", "cameo", "date", "sentence", "sentence_start", "sentence_end",
    "confidence"))
DELETE_MERGED = "DELETE FROM merged_events"
DELETE_MERGED_MENTIONS = "DELETE FROM event_mentions"

INSERT_RUN = "INSERT INTO runs (kind, started_at, settings) VALUES (?, ?, ?)"
FINISH_RUN = "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE pk = ?"
SET_META = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
GET_META = "SELECT value FROM meta WHERE key = ?"
MIGRATIONS = "SELECT name FROM migrations ORDER BY rowid"

# A document event with its article's outlet, date and url, and whether its evidence sentence is in the lead
# (a title/headline sentence or the first body paragraph), which GDELT calls IsRootEvent.
_DOCUMENT_EVENTS_FROM = """
SELECT e.json, a.source AS outlet, a.published, a.url, a.ingested_at,
       EXISTS (SELECT 1 FROM sentences s
               WHERE s.doc_id = e.doc_id AND s.start <= e.sentence_start AND e.sentence_start < s."end"
                 AND (s.kind IN ('title', 'headline')
                      OR s.paragraph = (SELECT MIN(b.paragraph) FROM sentences b
                                        WHERE b.doc_id = e.doc_id
                                          AND b.kind NOT IN ('title', 'headline', 'boilerplate')))) AS lead
FROM events e JOIN articles a ON a.id = e.doc_id
"""
_DOCUMENT_EVENTS_ORDER = "ORDER BY e.doc_id, e.sentence_start, e.id"
EVENT_ROOT = f"COALESCE(NULLIF(e.root, ''), substr(e.cameo, 1, {ROOT_LENGTH}))"  # as rasid.cameo.event_root reads it
DOCUMENT_EVENTS = _DOCUMENT_EVENTS_FROM + _DOCUMENT_EVENTS_ORDER
DOCUMENT_EVENTS_OF_STATUS = f"{_DOCUMENT_EVENTS_FROM}WHERE e.temporal_status = ?\n{_DOCUMENT_EVENTS_ORDER}"
DOCUMENT_EVENTS_OF_ROOT = f"{_DOCUMENT_EVENTS_FROM}WHERE {EVENT_ROOT} = ?\n{_DOCUMENT_EVENTS_ORDER}"
EVENT_ROOTS = f"SELECT DISTINCT {EVENT_ROOT} AS root FROM events e ORDER BY root"
MERGED_EVENTS = "SELECT json FROM merged_events ORDER BY first_date IS NULL, first_date, id"
MERGED_EVENTS_OF_STATUS = ("SELECT json FROM merged_events WHERE temporal_status = ? "
                           "ORDER BY first_date IS NULL, first_date, id")
MENTIONS_OF_MERGED = "SELECT * FROM event_mentions WHERE merged_id = ? ORDER BY doc_id, sentence_start"

ARTICLES = "SELECT * FROM articles ORDER BY published IS NULL, published, id"
ARTICLE = "SELECT * FROM articles WHERE id = ?"
SEARCH = """
SELECT a.id FROM articles_fts f JOIN articles a ON a.pk = f.rowid
WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 2.0, 1.0) LIMIT ?
"""
ERRORS = "SELECT input, code, error, message, stage, doc_id, at FROM errors ORDER BY pk"

COUNTED_TABLES = ("articles", "sentences", "mentions", "events", "merged_events", "event_mentions", "errors", "runs")


def count(table: str) -> str:
    if table not in COUNTED_TABLES:
        raise ValueError(f"not a counted table: {table}")
    return f"SELECT COUNT(*) FROM {table}"
