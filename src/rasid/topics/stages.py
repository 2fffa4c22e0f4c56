"""Pipeline stage of the topics area: ``topic`` records what the article is about in its meta.

The article gains ``topic`` and ``topic_score`` meta entries (kept by the store with the rest of its meta);
the events stage codes no events for an article whose topic is in ``skip_topics`` with at least
``topic_threshold`` probability.
"""

from __future__ import annotations

from rasid.records import Document
from rasid.stage import Context, Stage

TOPIC_KEYS = ("topic", "topic_score")


def topic_of(doc: Document) -> tuple[str, float]:
    """The topic the ``topic`` stage recorded, or ("", 0.0)."""
    meta = dict(doc.article.meta)
    try:
        return meta.get("topic", ""), float(meta.get("topic_score", "0") or 0)
    except ValueError:
        return "", 0.0


def skips_events(doc: Document, ctx: Context) -> bool:
    topic, score = topic_of(doc)
    return bool(topic) and topic in ctx.settings.skip_topics and score >= ctx.settings.topic_threshold


def run_topic(doc: Document, ctx: Context) -> Document:
    topic, score = ctx.topics.classify(doc.article.title, doc.text)
    meta = tuple((k, v) for k, v in doc.article.meta if k not in TOPIC_KEYS)
    if topic:
        meta += (("topic", topic), ("topic_score", f"{score:.3f}"))
    return doc.with_(produced="topic", article=doc.article.with_(meta=meta))


STAGES: tuple[Stage, ...] = (
    Stage("topic", run_topic, frozenset({"text"}), frozenset({"topic"}),
          "Classify what the article is about (politics, sport, economy, culture, technology) into its meta."),
)
