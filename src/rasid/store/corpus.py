"""Corpus-wide tables: MinHash signatures, near-duplicate links, stories, and whole-table reads for exports.

A mixin of ``Store`` (like ``browse.BrowseQueries``) so the write path in ``store.py`` stays small. The
corpus passes that fill these tables live in ``rasid.service.corpus``; this module only reads and writes rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np

from rasid.errors import StoreError
from rasid.records import ErrorRecord, Story
from rasid.store.queries import ARTICLE_HASH, INSERT_ERROR
from rasid.store.rows import error_row

ERROR_SEEN = ("SELECT 1 FROM errors WHERE input = ? AND code = ? AND stage = ? AND message = ? AND doc_id = ? "
              "LIMIT 1")
SignatureRow = tuple[str, str, str, int, np.ndarray | None]  # doc id, content hash, scheme, seed, values
UNSIGNED_ARTICLES = """
SELECT a.id, a.title, a.text, a.published, a.content_hash FROM articles a
LEFT JOIN article_signatures s ON s.doc_id = a.id
WHERE s.doc_id IS NULL OR s.content_hash != a.content_hash
ORDER BY a.published IS NULL, a.published, a.id
"""
SIGNATURES_BETWEEN = """
SELECT s.doc_id, s.signature, s.seed, n.canonical_id FROM article_signatures s
JOIN articles a ON a.id = s.doc_id LEFT JOIN near_duplicates n ON n.doc_id = s.doc_id
WHERE s.signature IS NOT NULL AND a.published BETWEEN ? AND ? AND s.scheme = ?
ORDER BY a.published, a.id
"""
UPSERT_SIGNATURE = """
INSERT INTO article_signatures (doc_id, content_hash, scheme, seed, signature) VALUES (?, ?, ?, ?, ?)
ON CONFLICT(doc_id) DO UPDATE SET content_hash = excluded.content_hash, scheme = excluded.scheme,
    seed = excluded.seed, signature = excluded.signature
"""
UPSERT_NEAR_DUPLICATE = """
INSERT INTO near_duplicates (doc_id, canonical_id, similarity, threshold, found_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT(doc_id) DO UPDATE SET canonical_id = excluded.canonical_id, similarity = excluded.similarity,
    threshold = excluded.threshold, found_at = excluded.found_at
"""
NEAR_DUPLICATES = """
SELECT n.doc_id, n.canonical_id, n.similarity, a.source AS outlet, c.source AS canonical_outlet
FROM near_duplicates n JOIN articles a ON a.id = n.doc_id JOIN articles c ON c.id = n.canonical_id
ORDER BY n.canonical_id, n.doc_id
"""
UNSTORIED_ARTICLES = """
SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.doc_id = a.id
WHERE s.doc_id IS NULL ORDER BY a.published IS NULL, a.published, a.id
"""
OPEN_STORY_ARTICLES = """
SELECT s.story_id, s.doc_id, s.score FROM story_articles s
WHERE s.story_id IN (SELECT id FROM stories WHERE last_published >= ?)
ORDER BY s.published, s.doc_id
"""
STORY_ARTICLE_INPUT = "SELECT id, title, text, source, published FROM articles WHERE id = ?"
DOC_ACTOR_CODES = "SELECT DISTINCT code FROM mentions WHERE doc_id = ? AND code != ''"
DOC_EVENT_KEYS = "SELECT root, source_code, target_code, symmetric FROM events WHERE doc_id = ?"
DOC_LEAD_SENTENCES = ("SELECT text FROM sentences WHERE doc_id = ? AND kind = 'body' "
                      "ORDER BY start LIMIT ?")
UPSERT_STORY = """
INSERT INTO stories (id, title, summary, first_published, last_published, num_articles, num_sources, outlets,
                     actors, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
    first_published = excluded.first_published, last_published = excluded.last_published,
    num_articles = excluded.num_articles, num_sources = excluded.num_sources, outlets = excluded.outlets,
    actors = excluded.actors, updated_at = excluded.updated_at
"""
UPSERT_STORY_ARTICLE = """
INSERT INTO story_articles (doc_id, story_id, score, published) VALUES (?, ?, ?, ?)
ON CONFLICT(doc_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score
"""
STORIES = """
SELECT * FROM stories WHERE num_articles >= ? ORDER BY num_articles DESC, first_published, id LIMIT ?
"""
STORY = "SELECT * FROM stories WHERE id = ?"
STORY_DOC_IDS = "SELECT doc_id FROM story_articles WHERE story_id = ? ORDER BY published, doc_id"
STORY_EVENT_IDS = """
SELECT DISTINCT em.merged_id FROM event_mentions em JOIN story_articles s ON s.doc_id = em.doc_id
WHERE s.story_id = ? ORDER BY em.merged_id
"""
STORY_OF_DOCS = "SELECT doc_id, story_id FROM story_articles"
ACTORS = """
SELECT code, name, actor_id, COUNT(*) AS mentions, COUNT(DISTINCT doc_id) AS articles FROM mentions
WHERE code != '' GROUP BY code, name, actor_id ORDER BY code, mentions DESC
"""
EXPORT_TABLES = {
    "articles": "SELECT id, content_hash, source, url, title, published, published_inferred, language, origin, "
                "format, text, meta, ingested_at FROM articles ORDER BY published IS NULL, published, id",
    "mentions": "SELECT * FROM mentions ORDER BY doc_id, start, id",
    "events": "SELECT * FROM merged_events ORDER BY first_date IS NULL, first_date, id",
    "document_events": "SELECT * FROM events ORDER BY doc_id, sentence_start, id",
    "event_mentions": "SELECT * FROM event_mentions ORDER BY merged_id, doc_id, event_id",
    "actors": ACTORS,
    "near_duplicates": "SELECT doc_id, canonical_id, similarity FROM near_duplicates ORDER BY doc_id",
    "stories": "SELECT * FROM stories ORDER BY first_published IS NULL, first_published, id",
    "story_articles": "SELECT story_id, doc_id, score FROM story_articles ORDER BY story_id, published, doc_id",
}


class CorpusTables:
    _conn: sqlite3.Connection

    def transaction(self) -> Any: ...  # provided by Store

    # --- ingest helpers -----------------------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when the store holds this article with this exact content (a rerun can skip coding it)."""
        row = self._conn.execute(ARTICLE_HASH, (article_id,)).fetchone()
        return bool(row) and row["content_hash"] == content_hash

    def add_error_once(self, err: ErrorRecord) -> bool:
        """Record an error unless the same one (input, code, stage, message) is already stored."""
        key = (err.input, err.code, err.stage, err.message, err.doc_id)
        with self.transaction() as conn:
            if conn.execute(ERROR_SEEN, key).fetchone():
                return False
            conn.execute(INSERT_ERROR, error_row(err, datetime.now(UTC).isoformat()))
        return True

    # --- near-duplicates ----------------------------------------------------------------------------------

    def unsigned_articles(self) -> Iterator[sqlite3.Row]:
        """Articles with no MinHash signature for their current content, in publication order."""
        yield from self._conn.execute(UNSIGNED_ARTICLES)

    def signatures_between(self, start: str, end: str, scheme: str) -> Iterator[tuple[str, np.ndarray, str]]:
        """(doc id, signature, canonical id or "") of signed articles published in [start, end]."""
        for row in self._conn.execute(SIGNATURES_BETWEEN, (start, end, scheme)):
            yield row["doc_id"], np.frombuffer(row["signature"], dtype=np.uint32), row["canonical_id"] or ""

    def save_signed(self, rows: Iterable[SignatureRow], links: Iterable[Any], threshold: float) -> None:
        """Signatures (a None signature: text too short) and the near-duplicate links found with them, in one
        transaction: a signed article is never examined again, so a crash between the two would lose its links."""
        with self.transaction() as conn:
            _upsert_signatures(conn, rows)
            _upsert_near_duplicates(conn, links, threshold)

    def near_duplicates(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._conn.execute(NEAR_DUPLICATES)]

    # --- stories ------------------------------------------------------------------------------------------

    def unstoried_article_ids(self) -> list[str]:
        return [row[0] for row in self._conn.execute(UNSTORIED_ARTICLES)]

    def open_story_members(self, since: str) -> list[tuple[str, str, float]]:
        """(story id, doc id, score) of every article in a story that was still growing at ``since``."""
        return [(r[0], r[1], r[2]) for r in self._conn.execute(OPEN_STORY_ARTICLES, (since,))]

    def story_input_row(self, doc_id: str, max_sentences: int) -> dict[str, Any] | None:
        """What story clustering reads about one article: text, outlet, date, actors, events, lead."""
        row = self._conn.execute(STORY_ARTICLE_INPUT, (doc_id,)).fetchone()
        if row is None:
            return None
        return {**dict(row),
                "actors": [r[0] for r in self._conn.execute(DOC_ACTOR_CODES, (doc_id,))],
                "events": [dict(r) for r in self._conn.execute(DOC_EVENT_KEYS, (doc_id,))],
                "sentences": [r[0] for r in self._conn.execute(DOC_LEAD_SENTENCES, (doc_id, max_sentences))]}

    def save_stories(self, stories: Sequence[dict[str, Any]]) -> None:
        """Upsert stories (``story_row`` dicts with their ``members``: (doc id, score, published))."""
        now = datetime.now(UTC).isoformat()
        with self.transaction() as conn:
            for story in stories:
                conn.execute(UPSERT_STORY, (story["id"], story["title"], story["summary"],
                                            story["first_published"], story["last_published"],
                                            len(story["members"]), story["num_sources"],
                                            json.dumps(story["outlets"], ensure_ascii=False),
                                            json.dumps(story["actors"]), now))
                conn.executemany(UPSERT_STORY_ARTICLE, [(doc_id, story["id"], score, published)
                                                        for doc_id, score, published in story["members"]])

    def stories(self, min_articles: int = 2, limit: int = 1000) -> list[dict[str, Any]]:
        return [_story_dict(row) for row in self._conn.execute(STORIES, (min_articles, limit))]

    def story(self, story_id: str) -> Story | None:
        """The story as a record, with its articles in publication order and the merged events they report."""
        row = self._conn.execute(STORY, (story_id,)).fetchone()
        if row is None:
            return None
        doc_ids = tuple(r[0] for r in self._conn.execute(STORY_DOC_IDS, (story_id,)))
        event_ids = tuple(r[0] for r in self._conn.execute(STORY_EVENT_IDS, (story_id,)))
        return Story(row["id"], row["title"], row["summary"], doc_ids, event_ids)

    def story_of_documents(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self._conn.execute(STORY_OF_DOCS)}

    # --- whole tables for exports -------------------------------------------------------------------------

    def export_columns(self, table: str) -> list[str]:
        cursor = self._conn.execute(f"SELECT * FROM ({_export_query(table)}) LIMIT 0")
        return [d[0] for d in cursor.description]

    def export_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of an exportable table (see ``EXPORT_TABLES``) as a dict, in a stable order."""
        for row in self._conn.execute(_export_query(table)):
            yield dict(row)


def _export_query(table: str) -> str:
    if table not in EXPORT_TABLES:
        raise StoreError(f"not an exportable table: {table}; choose from {', '.join(EXPORT_TABLES)}")
    return EXPORT_TABLES[table]


def _story_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    data["outlets"] = json.loads(data["outlets"])
    data["actors"] = json.loads(data["actors"])
    return data


def _upsert_signatures(conn: sqlite3.Connection, rows: Iterable[SignatureRow]) -> None:
    conn.executemany(UPSERT_SIGNATURE, ((d, h, s, seed, None if v is None else v.tobytes())
                                        for d, h, s, seed, v in rows))


def _upsert_near_duplicates(conn: sqlite3.Connection, links: Iterable[Any], threshold: float) -> None:
    now = datetime.now(UTC).isoformat()
    conn.executemany(UPSERT_NEAR_DUPLICATE, ((link.doc_id, link.canonical_id, link.similarity, threshold, now)
                                             for link in links))
