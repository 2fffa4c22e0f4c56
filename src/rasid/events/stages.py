"""Pipeline stage of the events area: ``events`` codes each sentence's triggers into CAMEO events.

Repeats across sentences of one article are merged by the ``dedupe`` stage (rasid.dedupe); the same
action coded twice inside one sentence is merged here, by the coder.
"""

from __future__ import annotations

from rasid.events.coder import code_events
from rasid.pipeline import Context, Stage
from rasid.records import Document


def run_events(doc: Document, ctx: Context) -> Document:
    events = code_events(doc, ctx.lexicon, ctx.ontology)
    floor = ctx.settings.min_confidence
    return doc.with_(produced="events", events=tuple(e for e in events if e.confidence >= floor))


STAGES: tuple[Stage, ...] = (
    Stage("events", run_events, frozenset({"sentences", "mentions"}), frozenset({"events"}),
          "Code CAMEO events (source, target, type, modality) from each sentence's triggers and actors."),
)
