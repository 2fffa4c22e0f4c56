"""Cross-article event merging: many reports of one real event become one merged event with its mentions.

Two reports are the same event when they share the root, the actor codes (unordered for symmetric events),
compatible dates (within their precision and ``window_days``) and compatible places. Clustering is complete
linkage inside each (root, actors) group: a report joins a cluster only if it fits every member, so a
chain of reports a few days apart cannot drift into one month-long "event". Disagreements between outlets
(CAMEO sub-codes, dates, places, modality) are kept as counts, never overwritten.

Reports of different articles whose actors are not both specific (a missing side, or a bare agent such as
"GOV") say too little to be called the same event by their key alone: they merge only when both articles
are in one story (``story_of``: doc id -> story id), with the same CAMEO code and overlapping dates, and
never when no stories are given.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from rasid.dedupe.compat import anchors_compatible, people_compatible, places_compatible
from rasid.dedupe.reports import DateLike, EventInput, Report, make_report
from rasid.records import Event, stable_id
from rasid.stored import EventMention, MergedEvent
from rasid.temporal.status import merged_status

PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def merge_events(events: Sequence[EventInput], window_days: int = 3, *,
                 published: Mapping[str, DateLike] | None = None,
                 outlets: Mapping[str, str] | None = None, join_undated: bool = False,
                 story_of: Mapping[str, str] | None = None) -> list[MergedEvent]:
    """Merge document events that report the same event; ordered by first date, then id.

    ``join_undated`` lets an undated report join a dated one; meant for events of a single article.
    ``story_of`` (doc id -> story id) lets reports with an unspecific actor merge inside one story.
    """
    groups: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    for event in events:
        report = make_report(event, published, outlets)
        groups[report.key].append(report)
    rule = Linkage(window_days, join_undated, story_of or {})
    clusters = (c for key in sorted(groups) for c in cluster_reports(groups[key], rule))
    merged = [build_merged(cluster) for cluster in clusters]
    return sorted(merged, key=lambda m: (m.first_date or "9999", m.id))


@dataclass(frozen=True, slots=True)
class Linkage:
    """When two reports may be one event: the date window, undated joining, and the stories of articles."""

    window_days: int
    join_undated: bool = False
    story_of: Mapping[str, str] = field(default_factory=dict)

    def same_story(self, a: Report, b: Report) -> bool:
        story = self.story_of.get(a.doc_id)
        return bool(story) and story == self.story_of.get(b.doc_id)

    def may_link(self, a: Report, b: Report) -> bool:
        window = self.window_days
        if a.doc_id != b.doc_id and not (a.specific and b.specific):
            if not (self.same_story(a, b) and a.event.get("cameo") == b.event.get("cameo")):
                return False
            window = 0  # a weak key needs the same story, the same code and the same dates
        return (anchors_compatible(a.anchor, b.anchor, window, self.join_undated)
                and places_compatible(a.place, b.place) and people_compatible(a.event, b.event))


def cluster_reports(reports: Sequence[Report], rule: Linkage) -> list[list[Report]]:
    """Complete-linkage clusters in date order; clusters that ended more than a window ago are closed."""
    ordered = sorted(reports, key=_report_order)
    open_clusters: list[list[Report]] = []
    closed: list[list[Report]] = []
    window_days = rule.window_days
    for report in ordered:
        if not (rule.join_undated and report.anchor is None):
            closed.extend(c for c in open_clusters if _expired(c, report, window_days))
            open_clusters = [c for c in open_clusters if not _expired(c, report, window_days)]
        home = next((c for c in open_clusters if all(rule.may_link(report, m) for m in c)), None)
        if home is None:
            open_clusters.append([report])
        else:
            home.append(report)
    return closed + open_clusters


def _report_order(report: Report) -> tuple[Any, ...]:
    start = report.anchor[0] if report.anchor else date.max
    return start, report.doc_id, report.event_id


def _expired(cluster: list[Report], report: Report, window_days: int) -> bool:
    if report.anchor is None:
        return any(member.anchor is not None for member in cluster)
    last_end = max((m.anchor[1] for m in cluster if m.anchor), default=None)
    return last_end is not None and (report.anchor[0] - last_end).days > window_days


def build_merged(cluster: Sequence[Report]) -> MergedEvent:
    codes = Counter(str(r.event.get("cameo") or "") for r in cluster)
    best = choose_representative(cluster, codes)
    anchors = [r.anchor for r in cluster if r.anchor]
    members = [r.stored for r in cluster]
    published = sorted(m.published for m in members if m.published)
    return MergedEvent(
        id=stable_id("merged", *sorted(r.event_id for r in cluster)),
        representative=_with_best_date(best.stored.event, [m.event for m in members]),
        event_ids=tuple(r.event_id for r in cluster),
        doc_ids=tuple(dict.fromkeys(r.doc_id for r in cluster)),
        outlets=tuple(sorted({r.outlet for r in cluster if r.outlet})),
        num_sources=len({r.outlet or f"doc:{r.doc_id}" for r in cluster}),
        codes=dict(codes.most_common()),
        dates=dict(Counter(str(r.event["date"]) for r in cluster if r.event.get("date")).most_common()),
        locations=dict(Counter(_place_label(r.place) for r in cluster if r.place).most_common()),
        modalities=dict(Counter(str(r.event.get("modality") or "asserted") for r in cluster).most_common()),
        first_date=min(a[0] for a in anchors).isoformat() if anchors else None,
        last_date=max(a[1] for a in anchors).isoformat() if anchors else None,
        temporal_status=merged_status([m.event.temporal_status for m in members]),
        published=published[0] if published else None,
        urls=tuple(dict.fromkeys(m.url for m in members if m.url)),
        ingested_at=min(m.ingested_at for m in members),
        lead=any(m.lead for m in members),
        mentions=tuple(EventMention.of(m) for m in members),
    )


def choose_representative(cluster: Sequence[Report], codes: Counter[str]) -> Report:
    """The most confident report among those with the (joint) majority code; ties go to the finer date."""
    top = max(codes.values())
    candidates = [r for r in cluster if codes[str(r.event.get("cameo") or "")] == top]
    return min(candidates, key=lambda r: (-float(r.event.get("confidence") or 0),
                                          -PRECISION_RANK.get(str(r.event.get("date_precision")), 0),
                                          r.event.get("location") is None, r.doc_id, r.event_id))


def _with_best_date(event: Event, cluster: Sequence[Event]) -> Event:
    """Keep the representative's date unless it has none and another report gives one (the finest, most common)."""
    if event.date:
        return event
    dated = [e for e in cluster if e.date]
    if not dated:
        return event
    finest = max(PRECISION_RANK.get(str(e.date_precision), 0) for e in dated)
    pool = [e for e in dated if PRECISION_RANK.get(str(e.date_precision), 0) == finest]
    value, _ = Counter(str(e.date) for e in pool).most_common(1)[0]
    source = next(e for e in pool if str(e.date) == value)
    return replace(event, date=source.date, date_text=source.date_text, date_precision=source.date_precision,
                   date_method=source.date_method)


def _place_label(place: Mapping[str, Any]) -> str:
    return str(place.get("name") or place.get("text") or place.get("country") or "")
