"""Pipeline stage of the topics area: ``topic`` records what the article is about.

The document gains a ``Topic`` record (what later stages read; the events stage declares it in ``uses``),
and the article the matching ``topic`` and ``topic_score`` meta entries, which the store keeps with the rest
of its meta. The events stage codes no events for an article whose topic is in ``skip_topics`` with at least
``topic_threshold`` probability.
"""

from __future__ import annotations

from rasid.records import Document, Topic
from rasid.stage import Context, Stage

TOPIC_KEYS = ("topic", "topic_score")


def topic_of(doc: Document) -> tuple[str, float]:
    """The topic the ``topic`` stage recorded, or ("", 0.0)."""
    return (doc.topic.name, doc.topic.score) if doc.topic is not None else ("", 0.0)


def skips_events(doc: Document, ctx: Context) -> bool:
    topic, score = topic_of(doc)
    return bool(topic) and topic in ctx.settings.skip_topics and score >= ctx.settings.topic_threshold


def run_topic(doc: Document, ctx: Context) -> Document:
    topic, score = ctx.topics.classify(doc.article.title, doc.text)
    meta = tuple((k, v) for k, v in doc.article.meta if k not in TOPIC_KEYS)
    if topic:
        meta += (("topic", topic), ("topic_score", f"{score:.3f}"))
    return doc.with_(produced="topic", article=doc.article.with_(meta=meta),
                     topic=Topic(topic, round(score, 3)) if topic else None)


STAGES: tuple[Stage, ...] = (
    Stage("topic", run_topic, frozenset({"text"}), frozenset({"topic"}),
          "Classify what the article is about (politics, sport, economy, culture, technology) into its meta."),
)
