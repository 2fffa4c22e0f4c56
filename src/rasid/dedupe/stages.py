"""The per-document ``dedupe`` stage: one event per real event within an article.

An article often reports one meeting twice ("التقى السراج غويريني" in the lead, "استقبل السراج غويريني"
further down). The scorer and users count each emitted event, so the same rules as the cross-article merge
(root, actors, dates at their precision, places) collapse them here. Two rules are added for one article:

- two events whose actors share a code but are different people (a call with the US ambassador and one
  with the US secretary of state: both USAGOV) are two events. Actors are told apart by their ids; an
  unnamed role ("السفير الأمريكي", id ``country:USA``) can be a named person only if that person held
  such a role (the knowledge base's titles, when the stage has them);
- the surviving report is the one with the clearest evidence: a body sentence over a headline, then the
  first report about as confident as the best (named actors, a verb over a verbal noun score higher);
- a headline's event is the body's event of the same root and actors even when their dates differ (the
  headline's date is only inferred).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from rasid.cameo import mutual
from rasid.dedupe.merge import merge_events
from rasid.records import ActorRef, Document, Event
from rasid.stage import Context, Stage

SAME_DOCUMENT_WINDOW_DAYS = 0
GENERIC_ID_PREFIX = "country:"
HEADLINE_KINDS = frozenset({"title", "headline"})
SUBHEADING_CHARS = 60
CONFIDENCE_MARGIN = 0.1  # a short line that is all quote ("“الوفاق ترفض الهدنة”") is a subheading

Titles = Callable[[str], str]  # actor id -> the titles of the roles it held (lower case), "" when unknown


def _role_word(ref: ActorRef) -> str:
    """"ambassador (United States)" -> "ambassador"; a bare country name has no role."""
    return ref.name.split(" (")[0].strip().lower() if " (" in ref.name else ""


def same_actor(a: ActorRef | None, b: ActorRef | None, titles: Titles | None = None) -> bool:
    """Whether two references with the same code can be the same actor."""
    if a is None or b is None or not a.id or not b.id:
        return True
    generic_a, generic_b = a.id.startswith(GENERIC_ID_PREFIX), b.id.startswith(GENERIC_ID_PREFIX)
    if a.id == b.id and not generic_a:
        return True
    if generic_a and generic_b:
        return not _role_word(a) or not _role_word(b) or _role_word(a) == _role_word(b)
    if not generic_a and not generic_b:
        return False
    unnamed, named = (a, b) if generic_a else (b, a)
    role = _role_word(unnamed)
    if not role:
        return True  # "واشنطن" may stand for anyone in its government
    return titles is not None and role in titles(named.id)


def _code(ref: ActorRef | None) -> str:
    return ref.code if ref is not None else ""


def _aligned(a: Event, b: Event) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """Pairs of references that must be the same actor, swapped when b lists a's actors the other way round."""
    if _code(a.source) != _code(b.source) and _code(a.source) == _code(b.target):
        return [(a.source, b.target), (a.target, b.source)]
    return [(a.source, b.source), (a.target, b.target)]


def compatible(a: Event, b: Event, titles: Titles | None = None) -> bool:
    return a.root != b.root or all(same_actor(x, y, titles) for x, y in _aligned(a, b))


def split_by_identity(events: Sequence[Event], titles: Titles | None = None) -> list[list[Event]]:
    """Events split into groups that never hold two different actors behind one code, in first-fit order."""
    parts: list[list[Event]] = []
    for event in events:
        home = next((p for p in parts if all(compatible(event, other, titles) for other in p)), None)
        if home is None:
            parts.append([event])
        else:
            home.append(event)
    return parts


def _clearest(members: list[Event], headlines: frozenset[int]) -> Event:
    """A body sentence over a headline; then the first report about as confident as the best one (a
    news lead states the event; later mentions repeat it inside quotes and statements)."""
    body = [e for e in members if e.sentence_start not in headlines] or members
    best = max(e.confidence for e in body)
    close = [e for e in body if e.confidence >= best - CONFIDENCE_MARGIN]
    return min(close, key=lambda e: (e.sentence_start, -len(e.cameo), -e.confidence))


def _with_date(best: Event, members: list[Event]) -> Event:
    """Keep the chosen report's date, or take one from a sibling when it has none."""
    if best.date:
        return best
    dated = [e for e in members if e.date]
    if not dated:
        return best
    source = max(dated, key=lambda e: {"day": 3, "month": 2, "year": 1}.get(e.date_precision, 0))
    return replace(best, date=source.date, date_text=source.date_text, date_precision=source.date_precision,
                   date_method=source.date_method)


def dedupe_document_events(events: tuple[Event, ...], titles: Titles | None = None,
                           headlines: frozenset[int] = frozenset()) -> tuple[Event, ...]:
    """One event per group of duplicates, in text order. ``headlines`` are the start offsets of headline
    sentences (their reports yield to a body sentence's)."""
    by_id = {e.id: e for e in events}
    kept: list[Event] = []
    for part in split_by_identity(events, titles):
        for merged in merge_events(part, SAME_DOCUMENT_WINDOW_DAYS, join_undated=True):
            members = [by_id[i] for i in merged.event_ids]
            kept.append(_with_date(_clearest(members, headlines), members))
    kept = _without_headline_repeats(kept, headlines, titles)
    return tuple(sorted(kept, key=lambda e: (e.sentence_start, e.trigger_start, e.id)))


def _nested(a: str, b: str) -> bool:
    """"LBY" and "LBYMIL": one code refines the other (a headline names actors more loosely)."""
    return a.startswith(b) or b.startswith(a) if a and b else a == b


def _same_codes(a: Event, b: Event) -> bool:
    pair_a, pair_b = (_code(a.source), _code(a.target)), (_code(b.source), _code(b.target))
    if pair_a == pair_b or (mutual(a.root, a.symmetric) and pair_a == pair_b[::-1]):
        return True
    return _nested(pair_a[0], pair_b[0]) and _nested(pair_a[1], pair_b[1])


def _without_headline_repeats(events: list[Event], headlines: frozenset[int], titles: Titles | None) -> list[Event]:
    """A headline sums up its article: its event is the body's event of the same root and actors, whatever
    date each was given."""
    body = [e for e in events if e.sentence_start not in headlines]
    return [e for e in events if e.sentence_start not in headlines
            or not any(b.root == e.root and _same_codes(e, b) and compatible(e, b, titles) for b in body)]


def kb_titles(ctx: Context) -> Titles:
    """Role titles of an actor from the knowledge base the actors stage loaded (read only when needed)."""

    def titles(actor_id: str) -> str:
        return " ".join(getattr(r, "title", "") for r in ctx.kb.roles.get(actor_id, ())).lower()

    return titles


def dedupe(doc: Document, ctx: Context) -> Document:
    headlines = frozenset(s.start for s in doc.sentences if s.kind in HEADLINE_KINDS
                          or (s.kind == "quote" and s.end - s.start <= SUBHEADING_CHARS))
    events = dedupe_document_events(doc.events, kb_titles(ctx), headlines)
    return doc.with_(produced="dedupe", events=events)


STAGES: tuple[Stage, ...] = (
    Stage("dedupe", dedupe, frozenset({"events"}), frozenset({"dedupe"}),
          "Collapse events of one article that report the same event (same root, actors, dates, places)."),
)
