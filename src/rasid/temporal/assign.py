"""Give each event the date of its clause: finding (the grammar) is kept apart from attaching (here).

Order of preference: the expression governing the trigger's clause (after the trigger first, since Arabic
puts the date after verb and subject), a fronted expression of the sentence, the latest day-precise
expression earlier in the paragraph, and only then the publication date, flagged ``publication``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from rasid.records import Document, Event, Sentence, SpanIndex, TimeExpression
from rasid.temporal.tokens import clitic_forms
from rasid.text.normalize import normalize_key

HARD_BOUNDARIES = frozenset("؛;\n")
WORD_BEFORE = re.compile(r"(\w+)\W*$")


class DocSpans:
    """A document's sentences, times and event triggers indexed by offset, built once for all its events, so
    dating and placing stay linear in the document's length (a long document has many events)."""

    def __init__(self, doc: Document) -> None:
        self.sentence_starts = [s.start for s in doc.sentences]
        self.times = SpanIndex(doc.times)
        self.places = SpanIndex(doc.places)
        self.triggers = sorted({e.trigger_start for e in doc.events})

    def triggers_within(self, low: int, high: int) -> list[int]:
        return self.triggers[bisect.bisect_left(self.triggers, low):bisect.bisect_left(self.triggers, high)]


def sentence_of(sentences: Sequence[Sentence], offset: int, starts: Sequence[int] | None = None) -> Sentence | None:
    starts = [s.start for s in sentences] if starts is None else starts
    position = bisect.bisect_right(starts, offset) - 1
    if position < 0 or offset >= sentences[position].end:
        return None
    return sentences[position]


def _between(a: int, b: int, points: Sequence[int]) -> bool:
    low, high = min(a, b), max(a, b)
    return any(low < p < high for p in points)


def _crosses_boundary(text: str, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return any(c in HARD_BOUNDARIES for c in text[low:high])


def clause_expression(event: Event, times: Sequence[TimeExpression], other_triggers: Sequence[int],
                      text: str) -> TimeExpression | None:
    """The expression the trigger governs: after it up to the next trigger, or before it when no other
    trigger comes earlier (an expression belongs to the nearest verb before it); never across ';'."""
    def after_ok(t: TimeExpression) -> bool:
        return not (_between(event.trigger_start, t.start, other_triggers)
                    or _crosses_boundary(text, event.trigger_start, t.start))

    def before_ok(t: TimeExpression) -> bool:
        return not (any(p < event.trigger_start for p in other_triggers)
                    or _crosses_boundary(text, t.end, event.trigger_start))
    after = [t for t in times if t.start >= event.trigger_end and after_ok(t)]
    if after:
        return min(after, key=lambda t: t.start)
    before = [t for t in times if t.end <= event.trigger_start and before_ok(t)]
    return max(before, key=lambda t: t.end) if before else None


def noun_owned(text: str, expression: TimeExpression, event: Event, nouns: frozenset[str]) -> bool:
    """'حرب عام 1967', 'ضربة العام الماضي': the expression is in construct with an event noun (not the
    event's own trigger), so it dates that noun, not the clause."""
    match = WORD_BEFORE.search(text, max(0, expression.start - 30), expression.start)
    if match is None or match.end(1) == event.trigger_end:
        return False
    return any(f in nouns for f in clitic_forms(normalize_key(match.group(1))))


def fronted_expression(times: Sequence[TimeExpression], triggers: Sequence[int]) -> TimeExpression | None:
    """An expression before every trigger of the sentence ('وفي نهاية يوليو، زار ...') dates all of it."""
    first = min(triggers, default=None)
    fronted = [t for t in times if first is not None and t.end <= first]
    return fronted[0] if fronted else None


def paragraph_expression(doc: Document, sentence: Sentence | None,
                         spans: DocSpans | None = None) -> TimeExpression | None:
    if sentence is None:
        return None
    spans = spans or DocSpans(doc)
    position = bisect.bisect_right(spans.sentence_starts, sentence.start) - 1
    earlier: set[int] = set()
    opening = sentence.start
    while position >= 0 and doc.sentences[position].paragraph == sentence.paragraph:
        if doc.sentences[position].end <= sentence.start:
            earlier.add(doc.sentences[position].index)
            opening = doc.sentences[position].start
        position -= 1
    dated = [t for t in spans.times.within(opening, sentence.start)
             if t.sentence_index in earlier and t.precision == "day" and t.value]
    return dated[-1] if dated else None


def with_expression(event: Event, expression: TimeExpression, method: str | None = None) -> Event:
    return replace(event, date=expression.value, date_text=expression.text,
                   date_precision=expression.precision, date_method=method or expression.method)


def with_publication(event: Event, doc: Document) -> Event:
    published = doc.article.published
    if published is None:
        return replace(event, date=None, date_text="", date_precision="none", date_method="none")
    return replace(event, date=published.date().isoformat(), date_text="", date_precision="day",
                   date_method="publication")


def dates_a_point(expression: TimeExpression) -> bool:
    """A span's end ('حتى الأحد', 'بحلول 2030') or a duration ('منذ ست سنوات') does not date an event."""
    return expression.role != "span_end" and not (expression.role == "span_start" and expression.method == "relative")


def date_event(event: Event, doc: Document, nouns: frozenset[str] = frozenset(),
               spans: DocSpans | None = None) -> Event:
    spans = spans or DocSpans(doc)
    sentence = sentence_of(doc.sentences, event.trigger_start, spans.sentence_starts)
    low, high = (sentence.start, sentence.end) if sentence else (event.sentence_start, event.sentence_end)
    times = [t for t in spans.times.within(low, high) if dates_a_point(t)
             and not noun_owned(doc.text, t, event, nouns)]
    triggers = spans.triggers_within(low, high)
    others = [p for p in triggers if p != event.trigger_start]
    found = clause_expression(event, times, others, doc.text) or fronted_expression(times, triggers)
    if found is not None:
        return with_expression(event, found)
    inherited = paragraph_expression(doc, sentence, spans)
    if inherited is not None:
        return with_expression(event, inherited, "paragraph")
    return with_publication(event, doc)


def assign_event_dates(doc: Document, construct_nouns: frozenset[str] = frozenset()) -> Document:
    """Each event with its date, date_text, date_precision and date_method set. ``construct_nouns``
    (Calendar.construct_nouns) keep a date in construct with an event noun from dating other events."""
    spans = DocSpans(doc)
    return doc.with_(events=tuple(date_event(event, doc, construct_nouns, spans) for event in doc.events))
