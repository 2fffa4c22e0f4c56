"""A story's title and extractive summary, taken from its own articles.

The title is the title of the most central article (closest to the story's centroid), so it names what
most outlets reported. The summary is the lead sentences closest to the centroid, skipping any that repeat
one already chosen (outlets paraphrase each other), in publication order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from rasid.dedupe.neardup import fold_words
from rasid.stories.model import DEFAULT_OPTIONS, StoryArticle, StoryCluster, StoryOptions
from rasid.stories.vectors import comparable_text

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
    candidates = _candidates(members)
    vectors = word_vectors([comparable_text(m, options.lead_chars) for m in members]
                           + [" ".join(fold_words(sentence)) for _, sentence in candidates])
    articles, sentences = vectors[:len(members)], vectors[len(members):]
    centroid = _mean(articles)
    central = max(range(len(members)), key=lambda i: (_dot(articles[i], centroid), -i))
    title = members[central].title or next((m.title for m in members if m.title), "")
    return title, _summary(candidates, sentences, centroid, options.summary_sentences)


def word_vectors(texts: Sequence[str]) -> list[dict[str, float]]:
    """Unit-length sublinear TF-IDF vectors over the folded words of ``texts``, IDF fitted on them alone.

    Words, not the character n-grams clustering uses: a summary only ranks a story's own sentences, and
    word counts do that well at a fraction of the cost (stories are summarised after every pass).
    """
    counts = [Counter(text.split()) for text in texts]
    documents = Counter(word for count in counts for word in count)
    total = len(texts)
    idf = {word: math.log((1 + total) / (1 + seen)) + 1.0 for word, seen in documents.items()}
    vectors = []
    for count in counts:
        weights = {word: (1.0 + math.log(n)) * idf[word] for word, n in count.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({word: w / norm for word, w in weights.items()})
    return vectors


def _mean(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    return {word: weight / len(vectors) for word, weight in total.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(word, 0.0) for word, weight in a.items())


def _candidates(members: Sequence[StoryArticle]) -> list[tuple[int, str]]:
    """(member index, sentence) for each lead sentence of a useful length, in publication order."""
    return [(i, s.strip()) for i, m in enumerate(members) for s in m.sentences
            if MIN_SENTENCE_CHARS <= len(s.strip()) <= MAX_SENTENCE_CHARS]


def _summary(candidates: list[tuple[int, str]], rows: list[dict[str, float]], centroid: dict[str, float],
             count: int) -> str:
    if not candidates:
        return ""
    scores = [_dot(row, centroid) for row in rows]
    chosen: list[int] = []
    for index in sorted(range(len(rows)), key=lambda i: -scores[i]):
        if len(chosen) == count:
            break
        if all(_dot(rows[index], rows[c]) < REDUNDANT for c in chosen):
            chosen.append(index)
    return " ".join(candidates[i][1] for i in sorted(chosen))


def story_actors(story: StoryCluster) -> list[str]:
    """The actor codes named by the most member articles."""
    counts = Counter(code for m in story.members for code in m.actors)
    return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]]
