"""Incremental story clustering: each article, in publication order, joins the best open story or starts one.

An article is scored against every member of every story published within ``window_days`` before it:
0.7 x text similarity + 0.15 x shared actors + 0.15 x shared event keys (weights in ``StoryOptions``). A
story's score is the mean of its ``top_k`` best member scores, so one lucky resemblance cannot pull an article
in, and a long story cannot drift: members older than the window no longer attract anything. Existing
stories passed in as ``open_stories`` are joined the same way, which is what makes clustering incremental.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import numpy as np

from rasid.stories.model import DEFAULT_OPTIONS, StoryArticle, StoryCluster, StoryOptions
from rasid.stories.vectors import chunk_similarities, comparable_text, jaccard, tfidf_matrix

Member = tuple[StoryArticle, StoryCluster]
UNDATED = datetime(1970, 1, 1, tzinfo=UTC)  # undated articles share one moment: they cluster among themselves


def when(article: StoryArticle) -> datetime:
    return article.published or UNDATED


def cluster_stories(articles: Sequence[StoryArticle], open_stories: Sequence[StoryCluster] = (),
                    options: StoryOptions = DEFAULT_OPTIONS,
                    advance: Callable[[int], None] | None = None) -> list[StoryCluster]:
    """Assign every article to a story; returns the stories that gained members or are new, oldest first.

    Undated articles are clustered among themselves, by text, actors and events alone. ``advance`` is told
    how many articles each chunk placed (for a progress bar).
    """
    dated = sorted(articles, key=lambda a: (when(a), a.doc_id))
    stories = list(open_stories)
    touched: dict[str, StoryCluster] = {}
    for start in range(0, len(dated), options.chunk_size):
        chunk = dated[start:start + options.chunk_size]
        known = {s.id for s in stories}
        for story in _cluster_chunk(chunk, stories, options):
            touched[story.id] = story
            if story.id not in known:
                known.add(story.id)
                stories.append(story)
        stories = _still_open(stories, when(chunk[-1]), options)
        if advance:
            advance(len(chunk))
    return list(touched.values())


def _still_open(stories: list[StoryCluster], now: datetime, options: StoryOptions) -> list[StoryCluster]:
    horizon = now - timedelta(days=options.window_days)
    return [s for s in stories if max(when(m) for m in s.members) >= horizon]


def _cluster_chunk(chunk: list[StoryArticle], stories: list[StoryCluster],
                   options: StoryOptions) -> list[StoryCluster]:
    horizon = when(chunk[0]) - timedelta(days=options.window_days)
    recent: list[Member] = sorted(((m, s) for s in stories for m in s.members if when(m) >= horizon),
                                  key=lambda pair: (when(pair[0]), pair[0].doc_id))
    everyone = [*(m for m, _ in recent), *chunk]
    rows = {m.doc_id: i for i, m in enumerate(everyone)}
    matrix = tfidf_matrix([comparable_text(a, options.lead_chars) for a in everyone])
    block = chunk_similarities(matrix, len(recent))  # chunk article x everyone, computed once
    touched: list[StoryCluster] = []
    for offset, article in enumerate(chunk):
        window_start = when(article) - timedelta(days=options.window_days)
        recent = [(m, s) for m, s in recent if when(m) >= window_start]
        text = block[offset, [rows[m.doc_id] for m, _ in recent]]
        story, score = _best_story(article, recent, text, options)
        if story is None:
            story, score = StoryCluster.seeded_by(article), 1.0
        else:
            story.add(article, score)
        touched.append(story)
        recent.append((article, story))
    return touched


def _best_story(article: StoryArticle, recent: list[Member], text: np.ndarray,
                options: StoryOptions) -> tuple[StoryCluster | None, float]:
    per_story: dict[str, list[float]] = defaultdict(list)
    by_id: dict[str, StoryCluster] = {}
    for index in np.flatnonzero(text >= options.min_text_similarity):
        member, story = recent[index]
        per_story[story.id].append(pair_score(article, member, float(text[index]), options))
        by_id[story.id] = story
    best_id, best = None, 0.0
    for story_id, scores in sorted(per_story.items()):
        score = sum(sorted(scores, reverse=True)[:options.top_k]) / min(len(scores), options.top_k)
        if score > best:
            best_id, best = story_id, score
    if best_id is None or best < options.threshold:
        return None, 0.0
    return by_id[best_id], round(best, 4)


def pair_score(article: StoryArticle, member: StoryArticle, text_similarity: float, options: StoryOptions) -> float:
    """How much two articles look like one story: text, then who is involved and what happened."""
    return (options.text_weight * text_similarity
            + options.actor_weight * jaccard(article.actors, member.actors)
            + options.event_weight * jaccard(article.event_keys, member.event_keys))
