"""The HTML pages: the same data functions as the JSON API, rendered with autoescaped templates."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from rasid.service import browse, timeline
from rasid.service import network as views
from rasid.service.errors import BadRequestError
from rasid.service.params import FREQUENCIES, MAX_COUNT, EventFilters, read_code, read_freq, read_page, read_window
from rasid.web.api import event_filters
from rasid.web.chart import timeline_chart
from rasid.web.deps import cached, context, network_events, node_labels, open_store
from rasid.web.render import page_language, render_page

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
STORIES_PAGE = 50
NETWORK_TOP = 50  # edges drawn by default: the strongest relations, readable at a glance
TOP_CHOICES = ("25", "50", "100", "200", "all")


def html(request: Request, template: str, values: dict[str, Any]) -> HTMLResponse:
    response = HTMLResponse(render_page(request, template, values))
    if request.query_params.get("lang"):
        response.set_cookie("rasid_lang", page_language(request), samesite="lax", max_age=365 * 86400)
    return response


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, filters: Annotated[EventFilters, Depends(event_filters)],
                offset: int = 0, sort: str = "-date") -> HTMLResponse:
    """The event table, newest first unless ``sort=date`` asks for the oldest first."""
    page = read_page(PAGE_SIZE, offset, None, sort)
    with open_store(request) as store:
        result = browse.events_page(store, filters.to_query(browse.alias_source(store)), page)
        choices = browse.filter_choices(store)
    params = {**filters.as_params(), "sort": "-date" if page.descending else "date"}
    return html(request, "events.html", {"result": result, "filters": params, **choices, "page_size": PAGE_SIZE})


@router.get("/articles/{doc_id:stored_id}", response_class=HTMLResponse)
def article_page(request: Request, doc_id: str, event: str | None = None) -> HTMLResponse:
    with open_store(request) as store:
        view = browse.article_view(store, doc_id, event)
    return html(request, "article.html", view)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> HTMLResponse:
    with open_store(request) as store:
        return html(request, "actors.html", cached(request, ("actors",), lambda: browse.actors_list(store)))


@router.get("/actors/{query}", response_class=HTMLResponse)
def actor_page(request: Request, query: str) -> HTMLResponse:
    with open_store(request) as store:
        profile = views.actor_view(store, query, context(request), network_events(request, store),
                                  node_labels(request, store))
        return html(request, "actor.html", {"profile": profile})


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: Annotated[EventFilters, Depends(event_filters)]) -> HTMLResponse:
    """The page only; the browser draws the outlines and asks /api/map with the same filters."""
    with open_store(request) as store:
        filters.to_query(browse.alias_source(store))  # a bad filter is a 422 here, not a blank map
    return html(request, "map.html", {"filters": filters.as_params()})


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, level: str = "code", top: str = str(NETWORK_TOP)) -> HTMLResponse:
    """``top`` (a count or ``all``) is the first choice of the select; another count joins the choices."""
    if top != "all" and not (top.isdigit() and 1 <= int(top) <= MAX_COUNT):
        raise BadRequestError(f"top must be a positive number of edges or 'all', not {top!r}")
    choices = TOP_CHOICES if top in TOP_CHOICES else (*sorted({*TOP_CHOICES[:-1], top}, key=int), "all")
    return html(request, "network.html", {"level": level, "top": top, "top_choices": choices})


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, a: str = "", b: str = "", freq: str = "month", start: str = "", end: str = ""
                  ) -> HTMLResponse:
    """Without start and end the range is the bulk of the dyad's dates; ``all=1`` (the link) shows every date."""
    view = chart = None
    every = request.query_params.get("all") == "1"
    freq = read_freq(freq)
    window = read_window(start, end)
    if a:
        with open_store(request) as store:
            view = timeline.timeline_view(store, read_code(a, "a"), read_code(b, "b") if b else "", freq,
                                      network_events(request, store), window if any(window) else None,
                                      bulk=not every)
        shown = view["window"] if any(view["window"].values()) else view["extent"]
        chart = timeline_chart(view["periods"], freq=freq, window=read_window(shown["start"], shown["end"]))
    return html(request, "timeline.html", {"a": a, "b": b, "freq": freq, "start": start, "end": end,
                                           "view": view, "chart": chart, "frequencies": FREQUENCIES,
                                           "every": every})


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, offset: int = Query(0, ge=0, le=MAX_COUNT),
                 limit: int = Query(STORIES_PAGE, ge=1, le=1000)) -> HTMLResponse:
    with open_store(request) as store:
        view = cached(request, ("stories", 2, limit, offset),
                      lambda: browse.stories_view(store, limit=limit, offset=offset))
    return html(request, "stories.html", view)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    with open_store(request) as store:
        return html(request, "story.html", browse.story_view(store, story_id))
