"""What story clustering reads about an article, its options, and a story while it is being built."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rasid.records import stable_id


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article as clustering sees it: its lead text, date, outlet, actors and event keys."""

    doc_id: str
    title: str
    text: str
    published: datetime | None
    outlet: str = ""
    actors: frozenset[str] = frozenset()
    event_keys: frozenset[str] = frozenset()  # "root:actor:actor" per event (actors sorted if symmetric)
    sentences: tuple[str, ...] = ()  # body sentences of the lead, candidates for the summary


@dataclass(frozen=True, slots=True)
class StoryOptions:
    window_days: float = 2.0  # an article joins a story only through members published this recently
    threshold: float = 0.3  # the least story score for joining; below it the article starts a story
    text_weight: float = 0.7
    actor_weight: float = 0.15
    event_weight: float = 0.15
    top_k: int = 3  # the story score is the mean of the k best member scores (average link, chain-proof)
    lead_chars: int = 600  # title plus this much of the text is compared
    min_text_similarity: float = 0.1  # members less similar than this are not scored further
    chunk_size: int = 1000  # articles vectorised together (with the open stories' recent members)
    summary_sentences: int = 2


DEFAULT_OPTIONS = StoryOptions()


@dataclass(slots=True)
class StoryCluster:
    """A story under construction: its members in the order they joined, with their join scores."""

    id: str
    members: list[StoryArticle] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)

    @classmethod
    def seeded_by(cls, article: StoryArticle) -> StoryCluster:
        return cls(stable_id("story", article.doc_id), [article], [1.0])

    def add(self, article: StoryArticle, score: float) -> None:
        self.members.append(article)
        self.scores.append(score)

    @property
    def last_published(self) -> datetime | None:
        dates = [m.published for m in self.members if m.published]
        return max(dates) if dates else None

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members if m.outlet})
