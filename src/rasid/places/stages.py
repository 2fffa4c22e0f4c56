"""Pipeline stages of the places area: ``places`` (find) and ``event_places`` (attach)."""

from __future__ import annotations

from rasid.places.assign import assign_event_places
from rasid.places.find import find_places
from rasid.records import Document
from rasid.stage import Context, Stage


def places(doc: Document, ctx: Context) -> Document:
    return doc.with_(produced="places", places=find_places(doc, ctx.gazetteer))


def event_places(doc: Document, ctx: Context) -> Document:
    return assign_event_places(doc, ctx.gazetteer).with_(produced="event_places")


STAGES = (
    Stage("places", places, frozenset({"sentences"}), frozenset({"places"}),
          "Find sites, places in locative phrases and the dateline, with coordinates."),
    Stage("event_places", event_places, frozenset({"events", "places"}), frozenset({"event_places"}),
          "Give each event the place of its clause, else the dateline for the main story."),
)
