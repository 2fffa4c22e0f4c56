"""The Phoenix baseline: keep one event per day per (source, target, CAMEO code), and the counts to compare."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from rasid.dedupe.merge import merge_events
from rasid.dedupe.reports import DateLike, actor_code, anchor_day, make_report
from rasid.records import Event

E = TypeVar("E", Event, Mapping[str, Any])


def one_a_day_filter(events: Iterable[E], *, published: Mapping[str, DateLike] | None = None) -> list[E]:
    """The first event of each (day, source code, target code, CAMEO code); the rest are dropped.

    Phoenix uses this filter; it is directed and blind to dates in the text beyond the exact day, so it
    both over-merges (two clashes on one day) and under-merges (one meeting reported over two days).
    """
    seen: set[tuple[str, str, str, str]] = set()
    kept: list[E] = []
    for event in events:
        report = make_report(event, published)
        data = report.event
        key = (anchor_day(report), actor_code(data.get("source")), actor_code(data.get("target")),
               str(data.get("cameo") or ""))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def dedup_counts(events: Sequence[Event | Mapping[str, Any]], window_days: int = 3, *,
                 published: Mapping[str, DateLike] | None = None,
                 outlets: Mapping[str, str] | None = None,
                 story_of: Mapping[str, str] | None = None) -> dict[str, int]:
    """Document events, events left by the one-a-day baseline, and merged events, side by side."""
    merged = merge_events(events, window_days, published=published, outlets=outlets, story_of=story_of)
    return {
        "events": len(events),
        "documents": len({make_report(e).doc_id for e in events}),
        "one_a_day": len(one_a_day_filter(events, published=published)),
        "merged": len(merged),
        "merged_multi_article": sum(1 for m in merged if m.num_articles > 1),
        "merged_cross_outlet": sum(1 for m in merged if len(m.outlets) > 1),
        "merged_with_disagreement": sum(1 for m in merged if m.num_articles > 1 and m.disagreements),
    }
