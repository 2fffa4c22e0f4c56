"""The actors stage: sentences in, coded actor mentions out."""

from __future__ import annotations

from rasid.actors.recognize import recognize_mentions
from rasid.pipeline import Context, Stage
from rasid.records import Document


def recognize_stage(doc: Document, ctx: Context) -> Document:
    """Attach every actor mention, coded at the article's date, using the context's knowledge base."""
    return doc.with_(produced="mentions", mentions=recognize_mentions(doc, ctx.kb))


STAGES = (
    Stage("mentions", recognize_stage, requires=frozenset({"sentences"}), produces=frozenset({"mentions"}),
          help="Find actor mentions and resolve each to a canonical actor and CAMEO-style code."),
)
