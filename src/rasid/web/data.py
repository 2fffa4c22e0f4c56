"""The data behind every page and API route: pure functions over an open store.

The JSON routes return these dicts as they are; the HTML pages render the very same dicts. Nothing here
knows about HTTP, so the CLI can reuse it.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rasid.actors.model import UnknownActorError
from rasid.errors import StoreError
from rasid.export.gdelt import write_events_tsv
from rasid.export.plover import plover_record
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
from rasid.network.profile import looks_like_code
from rasid.network.trajectory import involves, period_of
from rasid.network.weights import event_weight
from rasid.store import Store
from rasid.store.browse import EventQuery
from rasid.web.errors import BadRequestError, NotFoundError
from rasid.web.highlight import event_spans, segments
from rasid.web.params import Page

Window = tuple[date | None, date | None]
EXPORT_PAGE = 500


@dataclass(frozen=True, slots=True)
class Context:
    """What the data functions need besides the store: dated roles from the actor knowledge base."""

    kb_roles: Mapping[str, Sequence[Any]] = field(default_factory=dict)


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
            "next_cursor": found.next_cursor, "next_offset": next_offset, "events": found.events}


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    event = store.merged_event(event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    return {"event": event, "mentions": store.event_mentions(event_id)}


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
    return {"article": article, "events": events, "selected": sorted(current),
            "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "event_id": s.event_id} for s in spans],
            "segments": segments(article["text"], spans, current)}


def selected_events(store: Store, doc_id: str, selected: str | None, events: list[dict[str, Any]]) -> set[str]:
    """Document event ids in this article meant by ``selected`` (itself, or the reports of a merged event)."""
    if not selected:
        return set()
    ids = {e["id"] for e in events}
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


def actor_view(store: Store, query: str, ctx: Context, events: list[dict[str, Any]] | None = None
               ) -> dict[str, Any]:
    """The actor a code or name designates: names, roles, partners and rivals, and its bloc."""
    codes = [row["code"] for row in store.actor_codes()]
    try:
        named = not looks_like_code(query.strip())
        code = resolve_actor(query, store.actor_aliases() if named else (), codes)
    except UnknownActorError as exc:
        raise NotFoundError(f"no actor matches {query!r}; list actors at /api/actors") from exc
    events = store.network_events() if events is None else events
    profile = actor_profile(code, events, store.actor_aliases(code), ctx.kb_roles)
    blocs = find_blocs(build_network(events))
    return {**profile, "query": query, "bloc": bloc_of(code, blocs)}


def bloc_of(code: str, blocs: Any) -> dict[str, Any] | None:
    number = blocs.membership.get(code)
    return blocs.blocs[number].to_json() if number is not None else None


# --- network ---------------------------------------------------------------------------------------------

def network_view(store: Store, window: Window | None, level: str = "code", top: int | None = None,
                 events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Nodes (with bloc and name), signed edges, blocs and the months that have events, for one window.

    ``events`` are ``store.network_events()`` when the caller already has them (the app caches them)."""
    events = store.network_events() if events is None else events
    network = build_network(events, window, level=level)
    blocs = find_blocs(network)
    edges = [e.to_json() for e in network.edges]
    if top is not None:
        edges = edges[:top]
    names = node_names(store, level)
    nodes = node_rows(edges, blocs.membership, names)
    return {"window": window_json(window), "level": level, "nodes": nodes, "edges": edges,
            "blocs": blocs.to_json()["blocs"], "modularity": round(blocs.modularity, 4),
            "frustration": round(blocs.frustration, 4), "periods": event_periods(events, "month"),
            "total_edges": len(network.edges)}


def node_names(store: Store, level: str) -> dict[str, str]:
    """A display name per node: the name of the code itself, else of its most active sub-code."""
    names: dict[str, str] = {}
    for code, name in store.actor_names().items():
        node = collapse_code(code, level)
        if code == node or node not in names:
            names[node] = name
    return names


def node_rows(edges: list[dict[str, Any]], membership: Mapping[str, int], names: Mapping[str, str]
              ) -> list[dict[str, Any]]:
    strength: Counter[str] = Counter()
    for e in edges:
        strength[e["a"]] += abs(e["weight"])
        strength[e["b"]] += abs(e["weight"])
    return [{"id": code, "name": names.get(code, ""), "bloc": membership.get(code), "strength": round(s, 3)}
            for code, s in sorted(strength.items())]


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
    events = {e["id"]: e for e in store.merged_events_by_id(edge.events)}
    return {"edge": edge.to_json(), "window": window_json(window), "level": level,
            "evidence": edge_evidence(edge, events)}


# --- timeline --------------------------------------------------------------------------------------------

def timeline_view(store: Store, a: str, b: str = "", freq: str = "month",
                  events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Net weight per period between ``a`` and ``b`` (code prefixes); without ``b``, between ``a`` and anyone,
    with each period split by counterpart."""
    events = store.network_events() if events is None else events
    rows = dyad_trajectory(events, a, b, freq)
    if not b:
        split = counterpart_split(events, a, freq)
        rows = [{**row, "by_counterpart": split.get(row["period"], {})} for row in rows]
    if not rows and not any(involves(e, a, b, False) for e in events):
        raise NotFoundError(f"no events between {a} and {b or 'anyone'}")
    return {"a": a, "b": b or None, "freq": freq, "periods": rows,
            "undated": sum(1 for e in events if involves(e, a, b, False) and network_event_span(e) is None)}


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


def month_range(first: str, last: str) -> list[str]:
    year, month = (int(p) for p in first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def with_empty_months(periods: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Monthly rows with the months between them filled in at zero, so the chart's time axis is even."""
    if not periods:
        return []
    known = {p["period"]: p for p in periods}
    return [known.get(m, {"period": m, "weight": 0.0, "count": 0})
            for m in month_range(periods[0]["period"], periods[-1]["period"])]


def timeline_chart(periods: Sequence[Mapping[str, Any]], width: int = 720, height: int = 240,
                   max_bar: float = 48.0) -> dict[str, Any]:
    """Bar geometry for an inline SVG: one bar per month, up for net cooperation, down for conflict."""
    periods = with_empty_months(periods) if periods and len(periods[0]["period"]) == 7 else list(periods)
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

NO_STORY_TABLES = ("this store has no story tables (it predates them); open it once for writing, e.g. with "
                   "'rasid ingest', to add them")
NO_STORIES = ("no stories with at least {n} articles in this store yet; stories are grouped when articles are "
              "ingested through the corpus pipeline (rasid.scale)")


def stories_view(store: Store, min_articles: int = 2, limit: int = 200) -> dict[str, Any]:
    """Stories (clusters of articles on one happening), largest first; an explicit note when there are none."""
    if not store.has_story_tables():
        return {"total": 0, "stories": [], "available": False, "message": NO_STORY_TABLES}
    stories = store.stories(min_articles=min_articles, limit=limit)
    message = None if stories else NO_STORIES.format(n=min_articles)
    return {"total": len(stories), "stories": stories, "available": bool(stories), "message": message}


def story_view(store: Store, story_id: str) -> dict[str, Any]:
    """One story: title, summary, its sources (outlet, date, title, link) and the events they report."""
    story = store.story(story_id) if store.has_story_tables() else None
    if story is None:
        raise NotFoundError(f"no story with id {story_id!r}")
    sources = story_sources({"article_ids": story.article_ids}, store)
    return {"story": {"id": story.id, "title": story.title, "summary": story.summary,
                      "article_ids": list(story.article_ids), "event_ids": list(story.event_ids)},
            "sources": sources, "outlets": sorted({s["outlet"] for s in sources if s["outlet"]}),
            "events": store.merged_events_by_id(story.event_ids)}


def story_sources(story: Mapping[str, Any], store: Store) -> list[dict[str, Any]]:
    """The articles of a story with outlet, date, title and link, oldest first (for the story page)."""
    found = [store.article(doc_id) for doc_id in story.get("article_ids", ())]
    rows = [{"id": a["id"], "title": a["title"], "outlet": a["source"], "published": a["published"], "url": a["url"]}
            for a in found if a]
    return sorted(rows, key=lambda r: (r["published"] or "", r["id"]))


# --- export ----------------------------------------------------------------------------------------------

EXPORT_TYPES = {"tsv": ("text/tab-separated-values; charset=utf-8", "events.tsv"),
                "plover": ("application/json", "events.plover.json")}


def export_chunks(store: Store, query: EventQuery, fmt: str) -> Iterator[str]:
    """The filtered events as GDELT TSV or a PLOVER JSON array, page by page so memory stays flat."""
    if fmt not in EXPORT_TYPES:
        raise BadRequestError(f"format must be one of {', '.join(EXPORT_TYPES)}, not {fmt!r}")
    cursor, first = None, True
    if fmt == "plover":
        yield "["
    while True:
        found = store.find_events(query, limit=EXPORT_PAGE, cursor=cursor)
        if fmt == "tsv":
            yield tsv_chunk(found.events, header=first)
        elif found.events:
            yield ("" if first else ",") + ",\n".join(json.dumps(plover_record(e), ensure_ascii=False)
                                                     for e in found.events)
        first, cursor = False, found.next_cursor
        if cursor is None:
            break
    if fmt == "plover":
        yield "]\n"


def tsv_chunk(events: list[dict[str, Any]], header: bool) -> str:
    buffer = io.StringIO()
    write_events_tsv(events, buffer)
    text = buffer.getvalue()
    return text if header else text.split("\n", 1)[1]
