"""Pipeline stage of the events area: ``events`` codes each sentence's triggers into CAMEO events.

Repeats across sentences of one article are merged by the ``dedupe`` stage (rasid.dedupe); the same
action coded twice inside one sentence is merged here, by the coder.
"""

from __future__ import annotations

from functools import partial

from rasid.events.augment import augment_events
from rasid.events.coder import code_events
from rasid.events.words import analyses
from rasid.records import Document
from rasid.stage import Context, Stage
from rasid.topics.stages import skips_events


def run_events(doc: Document, ctx: Context) -> Document:
    if skips_events(doc, ctx):
        return doc.with_(produced="events", events=())
    lexicon = ctx.lexicon
    split = ctx.memo("events.analyses", partial(analyses, known=lexicon.index))
    events = code_events(doc, lexicon, ctx.ontology, split)
    floor = ctx.settings.min_confidence
    return doc.with_(produced="events", events=tuple(e for e in events if e.confidence >= floor))


def run_event_model(doc: Document, ctx: Context) -> Document:
    """The learned layer over the lexicon coder's events (rasid.events.augment); off with event_model=false."""
    model = ctx.event_model if ctx.settings.event_model else None
    if model is None or skips_events(doc, ctx):
        return doc.with_(produced="events_vetted")
    embed = ctx.sentence_encoder if model.embedding else None
    events = augment_events(doc, model, ctx.ontology, embed)
    floor = ctx.settings.min_confidence
    return doc.with_(produced="events_vetted", events=tuple(e for e in events if e.confidence >= floor))


STAGES: tuple[Stage, ...] = (
    Stage("events", run_events, frozenset({"sentences", "mentions"}), frozenset({"events"}),
          "Code CAMEO events (source, target, type, modality) from each sentence's triggers and actors.",
          uses=frozenset({"topic"})),
    Stage("event_model", run_event_model, frozenset({"events"}), frozenset({"events_vetted"}),
          "Vet the coded events and add the roots the lexicon missed, with a learned model (rasid.events.learned).",
          uses=frozenset({"topic"})),
)
