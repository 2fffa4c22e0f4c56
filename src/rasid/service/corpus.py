"""The corpus-wide passes that follow an ingest: near-duplicates, stories, then merged events.

Each pass is incremental: near-duplicates sign only articles without a signature for their current content
and match them against signatures published within ``near_duplicate_window_days``; stories take only
articles in no story yet and offer them to the stories still open in their time window. Merged events are
recomputed from all document events (cheap next to coding), knowing which story each article is in.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from rasid.cameo import merge_key
from rasid.dedupe import merge_events
from rasid.dedupe.neardup import DEFAULT_THRESHOLD, SCHEME, SEED, NearDuplicateIndex, new_minhash, signature
from rasid.ingest.report import Advance, IngestProgress
from rasid.settings import Settings
from rasid.store import Store
from rasid.stored import MergedEvent
from rasid.stories import (
    DEFAULT_OPTIONS,
    StoryArticle,
    StoryCluster,
    StoryOptions,
    cluster_stories,
    story_actors,
    summarize,
)

log = logging.getLogger(__name__)

LEAD_SENTENCES = 3
NEAR_DUPLICATE_WINDOW_DAYS = 7


@dataclass(frozen=True, slots=True)
class CorpusOptions:
    near_duplicate_threshold: float = DEFAULT_THRESHOLD
    near_duplicate_window_days: int = NEAR_DUPLICATE_WINDOW_DAYS
    stories: StoryOptions = DEFAULT_OPTIONS
    merge_window_days: int = 3

    @classmethod
    def from_settings(cls, settings: Settings) -> CorpusOptions:
        """Read the settings this pass needs; until a setting exists, its documented default applies."""
        def get(name: str, default: Any) -> Any:
            return getattr(settings, name, default)

        stories = StoryOptions(window_days=get("story_window_days", DEFAULT_OPTIONS.window_days),
                               threshold=get("story_threshold", DEFAULT_OPTIONS.threshold))
        return cls(get("near_duplicate_threshold", DEFAULT_THRESHOLD),
                   get("near_duplicate_window_days", NEAR_DUPLICATE_WINDOW_DAYS), stories,
                   settings.merge_window_days)


def refresh_corpus(store: Store, settings: Settings, progress: IngestProgress | None = None) -> dict[str, int]:
    """Run the three passes; returns how many near-duplicates, stories touched and merged events.
    ``progress`` is told when each pass starts and how far it has got."""
    options = CorpusOptions.from_settings(settings)
    progress = progress or IngestProgress()
    found = update_links(store, options, progress)
    with progress.corpus_pass("merged events") as advance:
        found["merged_events"] = rebuild_merged_events(store, window_days=options.merge_window_days)
        advance(found["merged_events"])
    log.info("corpus passes: %s", found)
    return found


def update_links(store: Store, options: CorpusOptions, progress: IngestProgress | None = None) -> dict[str, int]:
    """The incremental passes (near-duplicates, then stories) over articles stored since the last run of them.

    Ingest runs them every few partitions while workers code the next ones, so on a busy machine their
    time overlaps coding instead of following it; merged events are rebuilt once, at the end.
    """
    progress = progress or IngestProgress()
    with progress.corpus_pass("near-duplicates") as advance:
        found = {"near_duplicates": update_near_duplicates(store, options.near_duplicate_threshold,
                                                           options.near_duplicate_window_days, advance)}
    with progress.corpus_pass("stories", len(store.unstoried_article_ids())) as advance:
        found["stories"] = update_stories(store, options.stories, advance)
    return found


def update_near_duplicates(store: Store, threshold: float = DEFAULT_THRESHOLD,
                           window_days: int = NEAR_DUPLICATE_WINDOW_DAYS, advance: Advance | None = None) -> int:
    """Sign new articles, match them against signed articles of nearby dates; returns new links.
    ``advance`` is called once per article signed."""
    template = new_minhash()  # its permutations are drawn once for every signature
    fresh = [(row["id"], row["content_hash"], row["published"],
              _signed(f"{row['title']}\n{row['text']}", template, advance))
             for row in store.unsigned_articles()]
    if not fresh:
        return 0
    index = NearDuplicateIndex(threshold)
    start, end = _date_span([published for _, _, published, _ in fresh], window_days)
    fresh_ids = {doc_id for doc_id, _, _, _ in fresh}
    for doc_id, values, canonical in store.signatures_between(start, end, SCHEME):
        if doc_id not in fresh_ids:
            index.add(doc_id, values, canonical or None)
    links = [link for doc_id, _, _, values in fresh
             if values is not None and (link := index.add(doc_id, values))]
    store.save_signed(((d, h, SCHEME, SEED, v) for d, h, _, v in fresh), links, threshold)
    log.info("signed %d articles; %d near-duplicates", len(fresh), len(links))
    return len(links)


def _signed(text: str, template: Any, advance: Advance | None) -> Any:
    values = signature(text, template=template)
    if advance:
        advance(1)
    return values


def _date_span(published: list[str | None], window_days: int) -> tuple[str, str]:
    """The ISO range of stored articles a new article may copy: its dates widened by the window."""
    days = [datetime.fromisoformat(p) for p in published if p]
    if not days:
        return "", ""
    low, high = min(days) - timedelta(days=window_days), max(days) + timedelta(days=window_days)
    return low.isoformat(), high.isoformat()


def update_stories(store: Store, options: StoryOptions = DEFAULT_OPTIONS, advance: Advance | None = None) -> int:
    """Put every article that is in no story yet into one (an open story or a new one); returns stories saved.
    ``advance`` is called as articles are clustered (reading them comes first)."""
    new_ids = store.unstoried_article_ids()
    if not new_ids:
        return 0
    articles = [a for a in (story_article(store, doc_id, options) for doc_id in new_ids) if a is not None]
    dates = [a.published for a in articles if a.published]
    open_stories = _open_stories(store, min(dates) - timedelta(days=options.window_days), options) if dates else []
    touched = cluster_stories(articles, open_stories, options, advance)
    store.save_stories([story_row(story, options) for story in touched])
    log.info("%d articles into stories; %d stories new or grown", len(articles), len(touched))
    return len(touched)


def story_article(store: Store, doc_id: str, options: StoryOptions) -> StoryArticle | None:
    row = store.story_input_row(doc_id, LEAD_SENTENCES + 2)
    if row is None:
        return None
    keep = len(row["title"] or "") + options.lead_chars + 2
    return StoryArticle(doc_id=row["id"], title=row["title"] or "", text=row["text"][:keep],
                        published=datetime.fromisoformat(row["published"]) if row["published"] else None,
                        outlet=row["source"] or "", actors=frozenset(row["actors"]),
                        event_keys=frozenset(event_key(e) for e in row["events"]),
                        sentences=tuple(row["sentences"]))


def event_key(event: dict[str, Any]) -> str:
    """root:actor:actor, the actors sorted when the event is mutual (as the event merge keys them)."""
    return ":".join(merge_key(event))


def _open_stories(store: Store, since: datetime, options: StoryOptions) -> list[StoryCluster]:
    """Stories whose last article is recent enough to be joined, with every member (for their summaries)."""
    clusters: dict[str, StoryCluster] = defaultdict(lambda: StoryCluster(""))
    for story_id, doc_id, score in store.open_story_members(since.isoformat()):
        article = story_article(store, doc_id, options)
        if article is not None:
            cluster = clusters[story_id]
            cluster.id = story_id
            cluster.add(article, score)
    return list(clusters.values())


def story_row(story: StoryCluster, options: StoryOptions) -> dict[str, Any]:
    title, summary = summarize(story, options)
    dates = sorted(m.published for m in story.members if m.published)
    return {"id": story.id, "title": title, "summary": summary,
            "first_published": dates[0].isoformat() if dates else None,
            "last_published": dates[-1].isoformat() if dates else None,
            "num_sources": len({m.outlet or f"doc:{m.doc_id}" for m in story.members}),
            "outlets": story.outlets, "actors": story_actors(story),
            "members": [(m.doc_id, score, m.published.isoformat() if m.published else None)
                        for m, score in zip(story.members, story.scores, strict=True)]}


def rebuild_merged_events(store: Store, window_days: int = 3) -> int:
    """Recompute every merged event and its mentions from all document events; returns how many.

    Events whose actors are not both specific merge across articles only inside one story. Reports merge
    only when they share a root, so the merge runs one root at a time: the same result as merging every
    event at once, holding a root's events in memory instead of the whole store's.
    """
    story_of = store.story_of_documents()
    reports = 0

    def merged() -> Iterator[MergedEvent]:
        nonlocal reports
        for root in store.event_roots():
            inputs = store.merge_inputs(root)
            reports += len(inputs)
            yield from merge_events(inputs, window_days, story_of=story_of)

    events = store.replace_merged_events(merged())
    log.info("merged %d document events into %d events", reports, events)
    return events
