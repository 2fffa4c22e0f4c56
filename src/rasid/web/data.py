"""The data behind every page and API route: pure functions over an open store.

The JSON routes return these dicts as they are; the HTML pages render the very same dicts. Nothing here
knows about HTTP, so the CLI can reuse it.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rasid.actors.model import UnknownActorError
from rasid.errors import StoreError
from rasid.export.codes import ExportCodes, load_export_codes
from rasid.export.gdelt import GDELT_COLUMNS, write_events_tsv
from rasid.export.plover import bundled_plover_modes, coder_name, plover_line
from rasid.network import (
    actor_profile,
    build_network,
    dyad_trajectory,
    edge_evidence,
    event_periods,
    find_blocs,
    resolve_actor,
)
from rasid.network.codes import collapse_code
from rasid.network.graph import event_span as network_event_span
from rasid.network.graph import in_window
from rasid.network.profile import looks_like_code
from rasid.network.trajectory import involves, period_of
from rasid.network.weights import event_weight
from rasid.records import Event
from rasid.store import Store
from rasid.store.browse import EventQuery
from rasid.stored import MergedEvent
from rasid.web.errors import BadRequestError, NotFoundError
from rasid.web.highlight import event_spans, segments
from rasid.web.params import Page

Window = tuple[date | None, date | None]
EXPORT_PAGE = 500


@dataclass(frozen=True, slots=True)
class Context:
    """What the data functions need besides the store: dated roles and actors from the actor knowledge base."""

    kb_roles: Mapping[str, Sequence[Any]] = field(default_factory=dict)
    kb_actors: Mapping[str, Any] = field(default_factory=dict)  # actor id -> rasid.records.Actor
    sectors: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # GOV -> (government, الحكومة)

    @classmethod
    def from_knowledge_base(cls, kb: Any, sectors: Mapping[str, tuple[str, str]] | None = None) -> Context:
        return cls(kb_roles=kb.roles, kb_actors=kb.actors, sectors=sectors or {})

    def country_names(self) -> dict[str, tuple[str, str]]:
        """ISO3 code -> (English, Arabic) country name."""
        return {a.code: (a.name_en, a.name_ar) for a in self.kb_actors.values() if a.type == "country" and a.code}


def alias_source(store: Store) -> Any:
    """A loader for ``params.read_actor``: aliases are read only when a filter names an actor by name."""
    return lambda: (store.actor_aliases(), [row["code"] for row in store.actor_codes()])


# --- events ----------------------------------------------------------------------------------------------

def events_page(store: Store, query: EventQuery, page: Page) -> dict[str, Any]:
    """One page of merged events with the total, the next cursor and the offset of the next page."""
    try:
        found = store.find_events(query, limit=page.limit, offset=page.offset, cursor=page.cursor,
                                  descending=page.descending)
    except StoreError as exc:
        raise BadRequestError(exc.message) from exc
    next_offset = page.offset + len(found.events) if not page.cursor and found.next_cursor else None
    return {"total": found.total, "limit": page.limit, "offset": page.offset, "count": len(found.events),
            "next_cursor": found.next_cursor, "next_offset": next_offset,
            "events": [e.to_json() for e in found.events]}


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    event = store.merged_event(event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    return {"event": event.to_json(), "mentions": store.event_mentions(event_id)}


# --- articles --------------------------------------------------------------------------------------------

def article_view(store: Store, doc_id: str, selected: str | None = None) -> dict[str, Any]:
    """The article text, its events and their spans (character offsets into the text) to highlight.

    ``selected`` is a merged or document event id; its evidence spans are marked current.
    """
    article = store.article(doc_id)
    if article is None:
        raise NotFoundError(f"no article with id {doc_id!r}")
    events = store.document_events(doc_id)
    current = selected_events(store, doc_id, selected, events)
    spans = [s for e in events for s in event_spans(e)]
    return {"article": article, "events": [e.to_json() for e in events], "selected": sorted(current),
            "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "event_id": s.event_id} for s in spans],
            "segments": segments(article["text"], spans, current)}


def selected_events(store: Store, doc_id: str, selected: str | None, events: list[Event]) -> set[str]:
    """Document event ids in this article meant by ``selected`` (itself, or the reports of a merged event)."""
    if not selected:
        return set()
    ids = {e.id for e in events}
    if selected in ids:
        return {selected}
    found = {m["event_id"] for m in store.event_mentions(selected) if m["doc_id"] == doc_id}
    if not found:
        raise NotFoundError(f"event {selected!r} is not reported in article {doc_id!r}")
    return found


# --- actors ----------------------------------------------------------------------------------------------

def actors_list(store: Store) -> dict[str, Any]:
    """Every actor code with its activity and most frequent name, most active first."""
    names = store.actor_names()
    actors = [{**row, "events": row["as_source"] + row["as_target"], "name": names.get(row["code"], "")}
              for row in store.actor_codes()]
    return {"total": len(actors), "actors": actors}


def actor_view(store: Store, query: str, ctx: Context, events: list[dict[str, Any]] | None = None,
               labels: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, Any]:
    """The actor a code or name designates: names, roles, partners and rivals (each named, from ``labels``
    when the caller has them), and its bloc."""
    codes = [row["code"] for row in store.actor_codes()]
    try:
        named = not looks_like_code(query.strip())
        code = resolve_actor(query, store.actor_aliases() if named else (), codes)
    except UnknownActorError as exc:
        raise NotFoundError(f"no actor matches {query!r}; list actors at /api/actors") from exc
    events = store.network_events() if events is None else events
    profile = actor_profile(code, events, store.actor_aliases(code), ctx.kb_roles)
    blocs = find_blocs(build_network(events))
    labels = node_labels(store, "code", ctx) if labels is None else labels
    named = {key: [{**row, **labels.get(row["code"], {"name": "", "name_ar": ""})} for row in profile[key]]
             for key in ("partners", "rivals")}
    return {**profile, **named, "query": query, "bloc": bloc_of(code, blocs)}


def bloc_of(code: str, blocs: Any) -> dict[str, Any] | None:
    number = blocs.membership.get(code)
    return blocs.blocs[number].to_json() if number is not None else None


# --- network ---------------------------------------------------------------------------------------------

def network_view(store: Store, window: Window | None, level: str = "code", top: int | None = None,
                 events: list[dict[str, Any]] | None = None, ctx: Context | None = None) -> dict[str, Any]:
    """Nodes (with bloc and names), signed edges, blocs and the months that have events, for one window.

    ``top`` keeps the strongest edges (by absolute weight); blocs are found on the whole network and named
    after their strongest members. ``events`` are ``store.network_events()`` when the caller already has them
    (the app caches them)."""
    events = store.network_events() if events is None else events
    network = build_network(events, window, level=level)
    blocs = find_blocs(network)
    edges = [e.to_json() for e in network.edges]
    if top is not None:
        edges = edges[:top]
    labels = node_labels(store, level, ctx or Context())
    nodes = node_rows(edges, blocs.membership, labels)
    return {"window": window_json(window), "level": level, "nodes": nodes, "edges": edges,
            "blocs": named_blocs(blocs.to_json()["blocs"], strengths(e.to_json() for e in network.edges), labels),
            "modularity": round(blocs.modularity, 4),
            "frustration": round(blocs.frustration, 4), "periods": event_periods(events, "month"),
            "total_edges": len(network.edges)}


def node_names(store: Store, level: str) -> dict[str, str]:
    """A display name per node: the name of the code itself, else of its most active sub-code."""
    return collapsed(store.actor_names(), level)


def collapsed(names: Mapping[str, str], level: str) -> dict[str, str]:
    """Names of codes as names of the nodes they collapse to at ``level`` (the code's own name wins)."""
    found: dict[str, str] = {}
    for code, name in names.items():
        node = collapse_code(code, level)
        if name and (code == node or node not in found):
            found[node] = name
    return found


def arabic_names(store: Store, ctx: Context) -> dict[str, str]:
    """Each code's Arabic name: that of the knowledge-base actor most often coded so (its written forms
    summed), else the form most often written for it."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in store.actor_aliases():
        actor = ctx.kb_actors.get(row["actor_id"] or "")
        counts[row["code"]][actor.name_ar if actor is not None and actor.name_ar else row["text"]] += row["mentions"]
    return {code: min(names.items(), key=lambda item: (-item[1], item[0]))[0] for code, names in counts.items()}


def node_labels(store: Store, level: str, ctx: Context) -> dict[str, dict[str, str]]:
    """English and Arabic names per node. A country code is named as the country and a country's sector as
    both ("Libya · government"); other codes (organisations, groups) by the actor most often coded so."""
    english, arabic = node_names(store, level), collapsed(arabic_names(store, ctx), level)
    countries = ctx.country_names()
    labels = {}
    for code in set(english) | set(arabic) | set(countries):
        composed = country_sector_name(code, countries, ctx.sectors)
        labels[code] = {"name": composed[0] if composed else english.get(code, ""),
                        "name_ar": composed[1] if composed else arabic.get(code, "")}
    return labels


def country_sector_name(code: str, countries: Mapping[str, tuple[str, str]],
                        sectors: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(English, Arabic) for LBY or LBYGOV (country, then its first sector); None for other codes."""
    country = countries.get(code[:3])
    if country is None or len(code) not in (3, 6, 9):
        return None
    if len(code) == 3:
        return country
    sector = sectors.get(code[3:6])
    if sector is None:
        return None
    return f"{country[0]} · {sector[0]}", f"{country[1]} · {sector[1]}"


def strengths(edges: Iterable[Mapping[str, Any]]) -> Counter[str]:
    strength: Counter[str] = Counter()
    for e in edges:
        strength[e["a"]] += abs(e["weight"])
        strength[e["b"]] += abs(e["weight"])
    return strength


def named_blocs(blocs: list[dict[str, Any]], strength: Mapping[str, float],
                labels: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    """Blocs with their members strongest first, each member's names, and the bloc named after its two
    strongest members (the network module numbers blocs; it does not name them)."""
    named = []
    for bloc in blocs:
        members = sorted(bloc["members"], key=lambda m: (-strength.get(m, 0.0), m))
        people = [{"code": m, **labels.get(m, {"name": "", "name_ar": ""})} for m in members]
        named.append({**bloc, "members": members, "member_names": people,
                      "label": " / ".join(p["name"] or p["code"] for p in people[:2]),
                      "label_ar": " / ".join(p["name_ar"] or p["name"] or p["code"] for p in people[:2])})
    return named


def node_rows(edges: list[dict[str, Any]], membership: Mapping[str, int],
              labels: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    return [{"id": code, "name": labels.get(code, {}).get("name", ""),
             "name_ar": labels.get(code, {}).get("name_ar", ""), "bloc": membership.get(code),
             "strength": round(s, 3)} for code, s in sorted(strengths(edges).items())]


def window_json(window: Window | None) -> dict[str, str | None]:
    start, end = window or (None, None)
    return {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None}


def edge_view(store: Store, a: str, b: str, window: Window | None, level: str = "code",
              events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One edge of the network and its evidence: every event behind it, strongest first."""
    network = build_network(store.network_events() if events is None else events, window, level=level)
    edge = network.edge(a, b)
    if edge is None:
        raise NotFoundError(f"no edge between {a} and {b} at level {level!r} in this window")
    events = {e.id: e.to_json() for e in store.merged_events_by_id(edge.events)}
    return {"edge": edge.to_json(), "window": window_json(window), "level": level,
            "evidence": edge_evidence(edge, events)}


# --- timeline --------------------------------------------------------------------------------------------

def timeline_view(store: Store, a: str, b: str = "", freq: str = "month",
                  events: list[dict[str, Any]] | None = None, window: Window | None = None,
                  bulk: bool = False) -> dict[str, Any]:
    """Net weight per period between ``a`` and ``b`` (code prefixes); without ``b``, between ``a`` and anyone,
    with each period split by counterpart.

    ``window`` keeps the events whose span overlaps it; with ``bulk`` and no window, the window is the bulk of
    the dyad's dates (``bulk_window``), so one stray event from years before does not stretch the axis.
    ``outside`` counts the dated events the window leaves out."""
    events = store.network_events() if events is None else events
    mine = [e for e in events if involves(e, a, b, False)]
    if not mine:
        raise NotFoundError(f"no events between {a} and {b or 'anyone'}")
    spans = [span for e in mine if (span := network_event_span(e)) is not None]
    extent = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    default = bulk and not any(window or ())
    if default:
        window = bulk_window([s[0] for s in spans])
    chosen = [e for e in mine if in_window(network_event_span(e), window)] if any(window or ()) else mine
    rows = dyad_trajectory(chosen, a, b, freq)
    if not b:
        split = counterpart_split(chosen, a, freq)
        rows = [{**row, "by_counterpart": split.get(row["period"], {})} for row in rows]
    return {"a": a, "b": b or None, "freq": freq, "periods": rows, "window": window_json(window),
            "default_window": default, "extent": window_json(extent),
            "outside": len(spans) - sum(1 for s in spans if in_window(s, window)),
            "undated": len(mine) - len(spans)}


FENCE = 3.0  # interquartile ranges beyond the middle half of the dates before a date counts as stray
MIN_SPREAD_DAYS = 30


def bulk_window(days: Sequence[date]) -> Window | None:
    """The range holding the bulk of ``days``: the first and last day within ``FENCE`` interquartile ranges of
    the middle half (a Tukey fence; the spread is taken as at least a month). None when nothing is stray.

    A percentile cut (1st-99th) would drop the newest events of every large dyad and none of a small one;
    the fence drops only days far from the rest: 2014 among 2018's news, 1945 among 2020's."""
    if len(days) < 3:
        return None
    ordered = sorted(days)
    q1, q3 = quantile_day(ordered, 0.25), quantile_day(ordered, 0.75)
    spread = max((q3 - q1).days, MIN_SPREAD_DAYS) * FENCE
    kept = [d for d in ordered if (q1 - d).days <= spread and (d - q3).days <= spread]
    if len(kept) == len(ordered):
        return None
    return kept[0], kept[-1]


def quantile_day(ordered: Sequence[date], q: float) -> date:
    position = (len(ordered) - 1) * q
    low = ordered[int(position)]
    high = ordered[min(int(position) + 1, len(ordered) - 1)]
    return low + (high - low) * (position - int(position))


def counterpart_split(events: Sequence[Mapping[str, Any]], code: str, freq: str) -> dict[str, dict[str, float]]:
    split: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        source, target = event["source"]["code"], event["target"]["code"]
        span = network_event_span(event)
        if span is None or source.startswith(code) == target.startswith(code):
            continue
        other = target if source.startswith(code) else source
        split[period_of(span[0], freq)][other] += event_weight(event)
    return {p: {k: round(v, 3) for k, v in c.most_common()} for p, c in split.items()}


MAX_FILLED_PERIODS = 4000  # beyond this (daily bars over a decade), only periods with events are drawn


def period_start(period: str, freq: str) -> date:
    if freq == "week":
        year, week = period.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in period.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def next_period_day(day: date, freq: str) -> date:
    if freq == "day":
        return day + timedelta(days=1)
    if freq == "week":
        return day + timedelta(days=7)
    if freq == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def period_range(first: str, last: str, freq: str) -> list[str]:
    """Every period from ``first`` to ``last`` (as ``period_of`` writes them) at ``freq``."""
    periods, day = [], period_start(first, freq)
    while (period := period_of(day, freq)) <= last and len(periods) <= MAX_FILLED_PERIODS:
        periods.append(period)
        if day.year == 9999 and period == last:
            break
        day = next_period_day(day, freq)
    return periods


def with_empty_periods(periods: Sequence[Mapping[str, Any]], freq: str, first: str | None = None,
                       last: str | None = None) -> list[Mapping[str, Any]]:
    """Rows with the periods between ``first`` and ``last`` (default: the first and last row) filled in at zero,
    so the chart's time axis is even."""
    if not periods and not (first and last):
        return []
    first = min(first or periods[0]["period"], periods[0]["period"]) if periods else first
    last = max(last or periods[-1]["period"], periods[-1]["period"]) if periods else last
    known = {p["period"]: p for p in periods}
    filled = period_range(first, last, freq)
    if len(filled) > MAX_FILLED_PERIODS:
        return list(periods)
    return [known.get(p, {"period": p, "weight": 0.0, "count": 0}) for p in filled]


def month_range(first: str, last: str) -> list[str]:
    return period_range(first, last, "month")


def with_empty_months(periods: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return with_empty_periods(periods, "month")


def timeline_chart(periods: Sequence[Mapping[str, Any]], width: int = 720, height: int = 240,
                   max_bar: float = 48.0, freq: str | None = None, window: Window | None = None) -> dict[str, Any]:
    """Bar geometry for an inline SVG: one bar per period, up for net cooperation, down for conflict; empty
    periods (across ``window`` when given) are drawn at zero so the time axis is even."""
    freq = freq or ("month" if periods and len(periods[0]["period"]) == 7 else None)
    if freq:
        start, end = window or (None, None)
        periods = with_empty_periods(periods, freq, period_of(start, freq) if start else None,
                                     period_of(end, freq) if end else None)
    periods = list(periods)
    peak = max((abs(p["weight"]) for p in periods), default=0.0) or 1.0
    slot = width / max(len(periods), 1)
    bar = min(slot * 0.7, max_bar)
    every = max(1, round(len(periods) / 12))  # at most about 12 labels
    middle = height / 2
    bars = []
    for i, p in enumerate(periods):
        size = abs(p["weight"]) / peak * (middle - 16)
        top = middle - size if p["weight"] >= 0 else middle
        bars.append({"x": round(i * slot + (slot - bar) / 2, 1), "y": round(top, 1), "width": round(bar, 1),
                     "height": round(max(size, 1.0), 1) if p["count"] else 0.0,
                     "sign": "pos" if p["weight"] >= 0 else "neg", "weight": p["weight"],
                     "label": p["period"] if i % every == 0 else "", "title": p["period"],
                     "label_x": round(i * slot + slot / 2, 1)})
    return {"width": width, "height": height, "middle": middle, "bars": bars}


# --- stories ---------------------------------------------------------------------------------------------

MAX_STORIES = 2**31 - 1  # the store lists stories largest first without paging; the view pages them
NO_STORY_TABLES = ("this store has no story tables (it predates them); open it once for writing, e.g. with "
                   "'rasid ingest', to add them")
NO_STORIES = ("no stories with at least {n} articles in this store yet; stories are grouped when articles are "
              "ingested through the corpus pipeline (rasid.scale)")


def stories_view(store: Store, min_articles: int = 2, limit: int = 200, offset: int = 0) -> dict[str, Any]:
    """One page of stories (clusters of articles on one happening), largest first, with the total and the
    offset of the next page; an explicit note when there are none."""
    if not store.has_story_tables():
        return {"total": 0, "offset": 0, "limit": limit, "count": 0, "next_offset": None, "stories": [],
                "available": False, "message": NO_STORY_TABLES}
    every = store.stories(min_articles=min_articles, limit=MAX_STORIES)
    stories = every[offset:offset + limit]
    message = None if every else NO_STORIES.format(n=min_articles)
    next_offset = offset + len(stories) if offset + len(stories) < len(every) else None
    return {"total": len(every), "offset": offset, "limit": limit, "count": len(stories),
            "next_offset": next_offset, "stories": stories, "available": bool(every), "message": message}


def story_view(store: Store, story_id: str) -> dict[str, Any]:
    """One story: title, summary, its sources (outlet, date, title, link) and the events they report."""
    story = store.story(story_id) if store.has_story_tables() else None
    if story is None:
        raise NotFoundError(f"no story with id {story_id!r}")
    sources = story_sources({"article_ids": story.article_ids}, store)
    return {"story": {"id": story.id, "title": story.title, "summary": story.summary,
                      "article_ids": list(story.article_ids), "event_ids": list(story.event_ids)},
            "sources": sources, "outlets": sorted({s["outlet"] for s in sources if s["outlet"]}),
            "events": [e.to_json() for e in store.merged_events_by_id(story.event_ids)]}


def story_sources(story: Mapping[str, Any], store: Store) -> list[dict[str, Any]]:
    """The articles of a story with outlet, date, title and link, oldest first (for the story page)."""
    found = [store.article(doc_id) for doc_id in story.get("article_ids", ())]
    rows = [{"id": a["id"], "title": a["title"], "outlet": a["source"], "published": a["published"], "url": a["url"]}
            for a in found if a]
    return sorted(rows, key=lambda r: (r["published"] or "", r["id"]))


# --- export ----------------------------------------------------------------------------------------------

EXPORT_TYPES = {"tsv": ("text/tab-separated-values; charset=utf-8", "events.gdelt.tsv"),
                "plover": ("application/x-ndjson; charset=utf-8", "events.plover.jsonl")}


def export_chunks(store: Store, query: EventQuery, fmt: str, header: bool = False) -> Iterator[str]:
    """The filtered events as GDELT 2.0 TSV or PLOVER JSON lines, page by page so memory stays flat."""
    if fmt not in EXPORT_TYPES:
        raise BadRequestError(f"format must be one of {', '.join(EXPORT_TYPES)}, not {fmt!r}")
    codes, cursor = load_export_codes(), None
    if fmt == "tsv" and header:
        yield "\t".join(GDELT_COLUMNS) + "\n"
    modes, coder = bundled_plover_modes(), coder_name()
    while True:
        found = store.find_events(query, limit=EXPORT_PAGE, cursor=cursor)
        if fmt == "tsv":
            yield tsv_chunk(found.events, codes)
        else:
            yield "".join(plover_line(e, modes, codes, coder) for e in found.events)
        cursor = found.next_cursor
        if cursor is None:
            break


def tsv_chunk(events: list[MergedEvent], codes: ExportCodes) -> str:
    buffer = io.StringIO()
    write_events_tsv(events, buffer, codes=codes)
    return buffer.getvalue()
