"""Python API over a store's corpus-wide results; the ``rasid stories/duplicates/refresh`` commands call these."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from rasid.dedupe import dedup_counts
from rasid.ingest.report import IngestProgress
from rasid.records import Story
from rasid.scale.corpus import refresh_corpus
from rasid.settings import Settings
from rasid.store import Store


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
