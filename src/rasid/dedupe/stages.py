"""The per-document ``dedupe`` stage: one event per real event within an article.

An article often reports one meeting twice ("التقى السراج غويريني" in the lead, "استقبل السراج غويريني"
further down). The scorer and users count each emitted event, so the same rules as the cross-article merge
(root, actors, dates at their precision, places) collapse them here, keeping the best-supported report.
"""

from __future__ import annotations

from dataclasses import replace

from rasid.dedupe.merge import merge_events
from rasid.pipeline import Context, Stage
from rasid.records import Document, Event

SAME_DOCUMENT_WINDOW_DAYS = 0


def dedupe_document_events(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The representative of each group of duplicate events, in text order; its date filled from a sibling."""
    by_id = {e.id: e for e in events}
    kept: list[Event] = []
    for merged in merge_events(events, SAME_DOCUMENT_WINDOW_DAYS, join_undated=True):
        best = by_id[merged.representative["id"]]
        date = merged.representative.get("date")
        if date and not best.date:
            source = next(e for e in events if e.date == date and e.id in merged.event_ids)
            best = replace(best, date=source.date, date_text=source.date_text,
                           date_precision=source.date_precision, date_method=source.date_method)
        kept.append(best)
    return tuple(sorted(kept, key=lambda e: (e.sentence_start, e.trigger_start, e.id)))


def dedupe(doc: Document, ctx: Context) -> Document:
    return doc.with_(produced="dedupe", events=dedupe_document_events(doc.events))


STAGES: tuple[Stage, ...] = (
    Stage("dedupe", dedupe, frozenset({"events"}), frozenset({"dedupe"}),
          "Collapse events of one article that report the same event (same root, actors, dates, places)."),
)
