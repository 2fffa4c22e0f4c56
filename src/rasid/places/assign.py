"""Give each event the place of its clause, else the dateline for the article's main story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rasid.places.find import country_mentions
from rasid.places.gazetteer import Gazetteer
from rasid.records import Document, Event, Place
from rasid.temporal.assign import DocSpans, sentence_of
from rasid.temporal.tokens import clitic_forms, word_tokens
from rasid.text.clitics import CONJUNCTIONS, MARKER_PREPOSITIONS, OBJECT_PRONOUNS
from rasid.text.normalize import normalize

# أن/إن (with و ف ب ل and a pronoun) or a colon before a quotation; quote marks alone often wrap names.
COMPLEMENTIZER = re.compile(rf"(?<![^\W\d_])(?:[{CONJUNCTIONS}]?(?:{'|'.join(sorted(MARKER_PREPOSITIONS))})?[أإا]ن"
                            rf"(?:{'|'.join(OBJECT_PRONOUNS[:3])})?)(?![^\W\d_])|:")  # أنه أنها أنهم
MAIN_STORY_SENTENCES = 3  # the first body sentences tell the story the dateline belongs to


def opens_content_clause(text: str) -> bool:
    """'أكد أن التصعيد بغزة…', 'قال: "…"': the words between a trigger and a place open a clause (أن/إن,
    a colon before a quotation) whose places belong to its own predicate, not to the trigger."""
    return COMPLEMENTIZER.search(text) is not None


def clause_place(event: Event, places: Sequence[Place], other_triggers: Sequence[int], text: str = ""
                 ) -> Place | None:
    """The place the trigger governs: after it up to the next trigger or a content clause, or before it
    when no other trigger comes earlier (a place belongs to the nearest verb before it)."""
    after = [p for p in places if p.start >= event.trigger_end
             and not any(event.trigger_start < t < p.start for t in other_triggers)
             and not opens_content_clause(text[event.trigger_end:p.start])]
    if after:
        return min(after, key=lambda p: p.start)
    if any(t < event.trigger_start for t in other_triggers):
        return None
    before = [p for p in places if p.end <= event.trigger_start]
    return max(before, key=lambda p: p.end) if before else None


def main_story_end(doc: Document) -> int:
    """Offset where the main story (the first body sentences) ends."""
    body = [s for s in doc.sentences if s.kind == "body"]
    if not body:
        return 0
    return body[min(MAIN_STORY_SENTENCES, len(body)) - 1].end


def place_event(event: Event, doc: Document, dateline: Place | None, story_end: int,
                spans: DocSpans | None = None) -> Event:
    spans = spans or DocSpans(doc)
    sentence = sentence_of(doc.sentences, event.trigger_start, spans.sentence_starts)
    low, high = (sentence.start, sentence.end) if sentence else (event.sentence_start, event.sentence_end)
    places = [p for p in spans.places.within(low, high) if p.role != "dateline"]
    others = [t for t in spans.triggers_within(low, high) if t != event.trigger_start]
    found = clause_place(event, places, others, doc.text)
    if found is None and dateline is not None and event.trigger_start < story_end:
        found = dateline
    return replace(event, location=found)


def story_names_country(doc: Document, dateline: Place, story_end: int, gaz: Gazetteer) -> bool:
    """The main story names the dateline's country (a place there, its name or nisba) besides the
    dateline itself. An outlet's fixed newsroom dateline ('دبي، الإمارات العربية المتحدة (CNN)') over a
    story from elsewhere does not place its events."""
    if any(p.country == dateline.country for p in doc.places if dateline.end <= p.start < story_end):
        return True
    line_end = doc.text.find("\n", dateline.end)
    start = line_end if 0 <= line_end < story_end else dateline.end
    tokens = word_tokens(normalize(doc.text[start:story_end]).text)
    mentioned = country_mentions(map(clitic_forms, tokens.texts), gaz)
    return mentioned[dateline.country] > 0


def assign_event_places(doc: Document, gazetteer: Gazetteer | None = None) -> Document:
    """Each event with ``location`` set (or None when neither its clause nor the dateline places it).
    With ``gazetteer``, the dateline places the main story only when the story names its country."""
    dateline = next((p for p in doc.places if p.role == "dateline"), None)
    story_end = main_story_end(doc)
    if dateline is not None and gazetteer is not None and not story_names_country(doc, dateline, story_end,
                                                                                   gazetteer):
        dateline = None
    spans = DocSpans(doc)
    return doc.with_(events=tuple(place_event(e, doc, dateline, story_end, spans) for e in doc.events))
