"""The JSON API (all GET, read-only). Each route is a thin shell over a view of ``rasid.service``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from rasid.service import browse, places
from rasid.service import export as exports
from rasid.service import network as views
from rasid.service import timeline as trajectories
from rasid.service.params import (
    MAX_COUNT,
    EventFilters,
    read_code,
    read_freq,
    read_level,
    read_page,
    read_window,
)
from rasid.service.reader import Reader
from rasid.web.deps import cached, context, network_events, node_labels, open_store

router = APIRouter(prefix="/api", tags=["api"])


def event_filters(
    actor: Annotated[str | None, Query(description="Actor code prefix (DZA covers DZAGOV) or a name")] = None,
    dyad: Annotated[str | None, Query(description="Two code prefixes, either direction: LBYGOV,TUR")] = None,
    code: Annotated[str | None, Query(description="CAMEO code or prefix (19, 042)")] = None,
    root: Annotated[str | None, Query(description="CAMEO root, 01-20")] = None,
    quad_class: Annotated[int | None, Query(description="1 verbal coop., 2 material coop., 3 verbal conflict, "
                                                        "4 material conflict")] = None,
    start: Annotated[str | None, Query(description="Events ending on or after: YYYY-MM-DD, YYYY-MM or YYYY")] = None,
    end: Annotated[str | None, Query(description="Events starting on or before this date")] = None,
    place: Annotated[str | None, Query(description="Country code (LBY) or part of a place name")] = None,
    outlet: Annotated[str | None, Query(description="News outlet, as listed in the store")] = None,
    q: Annotated[str | None, Query(description="Full-text search over the reporting articles")] = None,
    doc: Annotated[str | None, Query(description="Only events reported by this article id")] = None,
    topic: Annotated[str | None, Query(description="Only events reported by articles of this topic "
                                                   "(politics, economy, culture, technology, sport)")] = None,
    temporal: Annotated[str | None, Query(description="reported (default): the events the articles report; "
                                                      "historical or future: background mentions; all")] = None,
) -> EventFilters:
    return EventFilters(actor, dyad, code, root, quad_class, start, end, place, outlet, q, doc, topic, temporal)


Filters = Annotated[EventFilters, Depends(event_filters)]


def reply(value: dict[str, Any]) -> JSONResponse:
    """The data as JSON, sent as is (the dicts are already plain JSON; FastAPI's re-encoding is slow)."""
    return JSONResponse(value)


def encoded(value: dict[str, Any]) -> bytes:
    return JSONResponse(value).body


def query_of(filters: EventFilters, store: Reader) -> Any:
    return filters.to_query(browse.alias_source(store))


@router.get("/events", summary="Merged events matching the filters, one page at a time")
def events(request: Request, filters: Filters, limit: int = 50, offset: int | None = None,
           cursor: str | None = None, sort: str | None = None) -> JSONResponse:
    """Ordered by date then id (``sort=-date`` for newest first). Continue with ``cursor=next_cursor`` (stable
    when events are added) or ``offset=next_offset``; ``total`` counts every match."""
    page = read_page(limit, offset, cursor, sort)
    with open_store(request) as store:
        return reply(browse.events_page(store, query_of(filters, store), page))


@router.get("/events/{event_id}", summary="One merged event and the reports behind it")
def event(request: Request, event_id: str) -> JSONResponse:
    with open_store(request) as store:
        return reply(browse.event_detail(store, event_id))


@router.get("/articles/{doc_id:stored_id}", summary="An article's text, its events and evidence spans as offsets")
def article(request: Request, doc_id: str, event: str | None = None) -> JSONResponse:
    """``spans`` are character offsets into ``article.text``; ``event`` (a merged or document event id) is
    listed in ``selected``."""
    with open_store(request) as store:
        view = browse.article_view(store, doc_id, event)
    view.pop("segments")
    return reply(view)


@router.get("/actors", summary="Every actor code with its activity")
def actors(request: Request) -> JSONResponse:
    with open_store(request) as store:
        return reply(cached(request, ("actors",), lambda: browse.actors_list(store)))


@router.get("/actors/{query}", summary="An actor's profile, by code or name")
def actor(request: Request, query: str) -> JSONResponse:
    with open_store(request) as store:
        return reply(views.actor_view(store, query, context(request), network_events(request, store),
                                  node_labels(request, store)))


@router.get("/stories", summary="Stories (clusters of articles on one happening), largest first, a page at a time")
def stories(request: Request, min_articles: int = Query(2, ge=1, le=MAX_COUNT), limit: int = Query(200, ge=1, le=1000),
            offset: int = Query(0, ge=0, le=MAX_COUNT)) -> JSONResponse:
    """``total`` counts every story; continue with ``offset=next_offset``. An empty list with a ``message``
    saying why when the store has no stories."""
    with open_store(request) as store:
        return reply(cached(request, ("stories", min_articles, limit, offset),
                            lambda: browse.stories_view(store, min_articles, limit, offset)))


@router.get("/map", summary="Located events grouped by place, with counts and evidence")
def event_map(request: Request, filters: Filters) -> JSONResponse:
    """Takes the event filters. Each place has coordinates, its names, the number of matching events (by
    QuadClass) and the newest of them with their evidence sentence; ``located`` of ``total`` events have a place."""
    with open_store(request) as store:
        query = query_of(filters, store)
        return reply(cached(request, ("map", query), lambda: places.map_view(store, query)))


@router.get("/stories/{story_id}", summary="One story with its sources and events")
def story(request: Request, story_id: str) -> JSONResponse:
    with open_store(request) as store:
        return reply(browse.story_view(store, story_id))


@router.get("/network", summary="The signed alliance network, whole or for a window, with blocs")
def network(request: Request, start: str | None = None, end: str | None = None, level: str | None = None,
            top: int | None = Query(None, ge=1, le=MAX_COUNT, description="Keep only the strongest edges")
            ) -> JSONResponse:
    window = read_window(start, end)
    key = ("network", window, read_level(level), top)
    with open_store(request) as store:
        body = cached(request, key, lambda: encoded(views.network_view(store, window if any(window) else None,
                                                                      key[2], top, network_events(request, store),
                                                                      context(request))))
    return Response(body, media_type="application/json")  # the encoded body is cached: it is large


@router.get("/network/edge", summary="One edge and the evidence events behind it")
def network_edge(request: Request, a: str, b: str, start: str | None = None, end: str | None = None,
                 level: str | None = None) -> JSONResponse:
    window = read_window(start, end)
    with open_store(request) as store:
        return reply(views.edge_view(store, read_code(a, "a"), read_code(b, "b"), window if any(window) else None,
                                    read_level(level), network_events(request, store)))


@router.get("/timeline", summary="Net weight per period between A and B (or A and anyone)")
def timeline(request: Request, a: str, b: str | None = None, freq: str | None = None, start: str | None = None,
             end: str | None = None,
             bulk: bool = Query(False, description="Without start and end, keep the bulk of the dates "
                                                   "(stray events far from the rest are counted in outside)")
             ) -> JSONResponse:
    window = read_window(start, end)
    with open_store(request) as store:
        return reply(trajectories.timeline_view(store, read_code(a, "a"), read_code(b, "b") if b else "",
                                                read_freq(freq), network_events(request, store),
                                                window if any(window) else None, bulk))


@router.get("/export", summary="The filtered events as a GDELT 2.0 event table (TSV) or PLOVER JSON lines")
def export(request: Request, filters: Filters, format: str = "tsv",
           header: bool = Query(False, description="tsv: start with a header line (GDELT's files have none)")
           ) -> StreamingResponse:
    """``tsv``: GDELT 2.0's 61 columns, no header unless asked; ``plover``: one PLOVER record a line."""
    with open_store(request) as store:
        query = query_of(filters, store)
        if format not in exports.EXPORT_TYPES:
            next(exports.export_chunks(store, query, format))  # raises the 422 with the message
    media, filename = exports.EXPORT_TYPES[format]

    def chunks() -> Any:
        with open_store(request) as store:
            yield from exports.export_chunks(store, query, format, header)

    return StreamingResponse(chunks(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
