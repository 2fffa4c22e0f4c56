"""The data behind every page and HTTP route that reads events, articles, actors and stories: functions over an
open store (``rasid.service.reader.open_reader``).

The JSON routes return these dicts as they are; the HTML pages render the very same dicts, and the CLI prints
them. Nothing here knows about HTTP.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasid.errors import StoreError
from rasid.records import Event
from rasid.service.errors import BadRequestError, NotFoundError
from rasid.service.highlight import event_spans, segments
from rasid.service.params import Page
from rasid.store import Store
from rasid.store.browse import EventQuery


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
    return {"event": event.to_json(),
            "mentions": [{"merged_id": event_id, **m.to_json()} for m in store.event_mentions(event_id)]}


def filter_choices(store: Store) -> dict[str, list[Any]]:
    """What the events page offers in its outlet and topic menus."""
    return {"outlets": store.outlets(), "topics": store.topics()}


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
    found = {m.event_id for m in store.event_mentions(selected) if m.doc_id == doc_id}
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



# --- stories ---------------------------------------------------------------------------------------------

MAX_STORIES = 2**31 - 1  # the store lists stories largest first without paging; the view pages them
NO_STORY_TABLES = ("this store has no story tables (it predates them); open it once for writing, e.g. with "
                   "'rasid ingest', to add them")
NO_STORIES = ("no stories with at least {n} articles in this store yet; stories are grouped when articles are "
              "ingested through the corpus pipeline (rasid.service)")


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
