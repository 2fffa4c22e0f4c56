"""A story's title and extractive summary, taken from its own articles.

The title is the title of the most central article (closest to the story's centroid), so it names what
most outlets reported. The summary is the lead sentences closest to the centroid, skipping any that repeat
one already chosen (outlets paraphrase each other), in publication order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from rasid.stories.model import DEFAULT_OPTIONS, StoryArticle, StoryCluster, StoryOptions
from rasid.stories.vectors import comparable_text, tfidf_matrix

MIN_SENTENCE_CHARS = 40
MAX_SENTENCE_CHARS = 400
REDUNDANT = 0.5  # cosine above which a candidate sentence repeats a chosen one
TOP_ACTORS = 10


def summarize(story: StoryCluster, options: StoryOptions = DEFAULT_OPTIONS) -> tuple[str, str]:
    """(title, summary) of the story."""
    members = story.members
    if len(members) == 1:
        lead = _candidates(members)
        return members[0].title, lead[0][1] if lead else ""
    texts = [comparable_text(m, options.lead_chars) for m in members]
    candidates = _candidates(members)
    matrix = tfidf_matrix(texts + [" ".join(sentence.split()) for _, sentence in candidates])
    article_rows = matrix[:len(members)]
    centroid = np.asarray(article_rows.mean(axis=0)).ravel()
    central = int(np.argmax(article_rows @ centroid))
    title = members[central].title or next((m.title for m in members if m.title), "")
    return title, _summary(candidates, matrix[len(members):], centroid, options.summary_sentences)


def _candidates(members: Sequence[StoryArticle]) -> list[tuple[int, str]]:
    """(member index, sentence) for each lead sentence of a useful length, in publication order."""
    return [(i, s.strip()) for i, m in enumerate(members) for s in m.sentences
            if MIN_SENTENCE_CHARS <= len(s.strip()) <= MAX_SENTENCE_CHARS]


def _summary(candidates: list[tuple[int, str]], rows: object, centroid: np.ndarray, count: int) -> str:
    if not candidates:
        return ""
    scores = np.asarray(rows @ centroid).ravel()  # type: ignore[operator]
    chosen: list[int] = []
    for index in np.argsort(-scores, kind="stable"):
        if len(chosen) == count:
            break
        if all(_cosine(rows, int(index), c) < REDUNDANT for c in chosen):
            chosen.append(int(index))
    return " ".join(candidates[i][1] for i in sorted(chosen))


def _cosine(rows: object, a: int, b: int) -> float:
    return float((rows[a] @ rows[b].T).toarray()[0, 0])  # type: ignore[index]


def story_actors(story: StoryCluster) -> list[str]:
    """The actor codes named by the most member articles."""
    counts = Counter(code for m in story.members for code in m.actors)
    return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]]
