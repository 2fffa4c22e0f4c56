"""Cut an article's text into segments so evidence spans can be marked without ever emitting raw HTML.

Templates render each segment's text escaped, inside an element whose classes say which spans cover it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from rasid.records import Event


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # evidence | trigger | actor
    event_id: str


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    classes: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # events whose evidence starts here


def event_spans(event: Event) -> list[Span]:
    """The evidence sentence, the trigger and the two actors of one document event."""
    spans = [Span(event.sentence_start, event.sentence_end, "evidence", event.id),
             Span(event.trigger_start, event.trigger_end, "trigger", event.id)]
    for actor in (event.source, event.target):
        if actor and actor.end:
            spans.append(Span(actor.start, actor.end, "actor", event.id))
    return [s for s in spans if s.end > s.start]


def segments(text: str, spans: Iterable[Span], current: Iterable[str] = ()) -> list[Segment]:
    """Non-overlapping pieces of ``text`` covering it whole; spans of ``current`` events add class "current"."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    chosen = set(current)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        kinds = {s.kind for s in covering}
        if any(s.event_id in chosen and s.kind == "evidence" for s in covering):
            kinds.add("current")
        classes = sorted(kinds)
        anchors = sorted({s.event_id for s in covering if s.kind == "evidence" and s.start == start})
        pieces.append(Segment(text[start:end], start, classes, anchors))
    return pieces
