"""The map's data: located events grouped by place, with counts and the evidence behind each place.

Events come from the store page by page (newest first), so one place lists its latest events; the country
outlines are a static file the browser draws itself (``static/vendor/countries-110m.json``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from rasid.store import Store
from rasid.store.browse import EventQuery
from rasid.stored import MergedEvent

PAGE = 500
PER_PLACE = 15  # events listed per place; the count covers them all
SENTENCE_CHARS = 240


def all_events(store: Store, query: EventQuery, descending: bool = True) -> Iterator[MergedEvent]:
    """Every merged event matching ``query``, read a page at a time so memory stays flat."""
    cursor = None
    while True:
        found = store.find_events(query, limit=PAGE, cursor=cursor, descending=descending)
        yield from found.events
        cursor = found.next_cursor
        if cursor is None:
            return


def coordinates(event: MergedEvent) -> tuple[float, float] | None:
    location = event.representative.location
    lat, lon = (location.lat, location.lon) if location else (None, None)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return round(float(lat), 3), round(float(lon), 3)


def event_brief(merged: MergedEvent) -> dict[str, Any]:
    """What a place's list shows of one event: who did what to whom, when, and the evidence sentence."""
    event = merged.representative
    source, target, sentence = event.source, event.target, event.sentence or ""
    return {"id": merged.id, "doc_id": event.doc_id, "date": event.date or merged.first_date,
            "cameo": event.cameo, "root": event.root, "quad_class": event.quad_class,
            "source": source.code if source else None, "source_name": source.name if source else None,
            "target": target.code if target else None, "target_name": target.name if target else None,
            "place": event.location.text if event.location else None,
            "sentence": sentence if len(sentence) <= SENTENCE_CHARS else sentence[:SENTENCE_CHARS - 1] + "…",
            "num_articles": merged.num_articles}


def new_place(event: MergedEvent, lat: float, lon: float) -> dict[str, Any]:
    location = event.representative.location
    return {"lat": lat, "lon": lon, "country": location.country if location else None, "count": 0,
            "quad_classes": Counter(), "names": Counter(), "events": []}


def map_view(store: Store, query: EventQuery, per_place: int = PER_PLACE) -> dict[str, Any]:
    """Places (one per coordinate) with how many matching events happened there, largest first.

    Several gazetteer names can share one coordinate (a camp placed at its city); the place keeps them all,
    most frequent first. ``total`` counts every matching event, ``located`` those with coordinates.
    """
    places: dict[tuple[float, float], dict[str, Any]] = {}
    total = 0
    for event in all_events(store, query):
        total += 1
        point = coordinates(event)
        if point is None:
            continue
        place = places.setdefault(point, new_place(event, *point))
        place["count"] += 1
        location = event.representative.location
        place["quad_classes"][str(event.representative.quad_class or "")] += 1
        place["names"][(location.name if location else "") or ""] += 1
        if len(place["events"]) < per_place:
            place["events"].append(event_brief(event))
    rows = [finished_place(p) for p in places.values()]
    rows.sort(key=lambda p: (-p["count"], p["name"], p["lat"], p["lon"]))
    return {"total": total, "located": sum(p["count"] for p in rows), "places": rows}


def finished_place(place: dict[str, Any]) -> dict[str, Any]:
    names = [name for name, _ in sorted(place.pop("names").items(), key=lambda i: (-i[1], i[0])) if name]
    quads = place.pop("quad_classes")
    return {**place, "name": names[0] if names else "", "names": names,
            "quad_classes": {q: quads[q] for q in ("1", "2", "3", "4")}}
