"""The map's data: located events grouped by place, counted, with their evidence; events without a place are
counted but not placed."""

import pytest

from rasid.service.places import coordinates, map_view
from rasid.store import Store
from rasid.store.browse import EventQuery
from rasid.stored import MergedEvent


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_map_counts_every_located_event_once(client, seeds_db):
    result = get(client, "/api/map")
    with Store.open(seeds_db, readonly=True) as store:
        events = store.find_events(EventQuery(), limit=500).events
    located = [e for e in events if coordinates(e)]
    assert result["total"] == len(events) > result["located"] == len(located) > 0
    assert sum(p["count"] for p in result["places"]) == len(located)
    assert [p["count"] for p in result["places"]] == sorted((p["count"] for p in result["places"]), reverse=True)
    for place in result["places"]:
        assert sum(place["quad_classes"].values()) == place["count"] >= len(place["events"]) > 0
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 and place["name"] == place["names"][0]


def test_map_places_list_their_evidence(client, seeds_db):
    place = get(client, "/api/map")["places"][0]
    with Store.open(seeds_db, readonly=True) as store:
        for brief in place["events"]:
            event = store.merged_event(brief["id"])
            assert coordinates(event) == (place["lat"], place["lon"])
            assert brief["sentence"].rstrip("…") in event.representative.sentence
            assert brief["doc_id"] in event.doc_ids


def test_map_takes_the_event_filters(client):
    everything = get(client, "/api/map")
    conflict = get(client, "/api/map?quad_class=4")
    assert 0 < conflict["located"] < everything["located"]
    assert all(p["quad_classes"]["4"] == p["count"] for p in conflict["places"])
    assert get(client, "/api/map?quad_class=9", 422)["error"]["status"] == 422


def test_map_lists_at_most_per_place_events(seeds_db):
    with Store.open(seeds_db, readonly=True) as store:
        view = map_view(store, EventQuery(), per_place=1)
    assert all(len(p["events"]) == 1 for p in view["places"]) and max(p["count"] for p in view["places"]) > 1


@pytest.mark.parametrize(("location", "point"), [
    ({"lat": 32.887, "lon": 13.187}, (32.887, 13.187)), ({"lat": None, "lon": 13.1}, None), (None, None),
    ({"lat": 95.0, "lon": 10.0}, None), ({"lat": 10.0, "lon": -181.0}, None), ({"lat": 0.0, "lon": 0.0}, (0.0, 0.0)),
])
def test_coordinates_only_for_a_real_point(location, point):
    assert coordinates(MergedEvent.from_json({"id": "m1", "location": location})) == point


def test_map_page_and_outlines_are_served_locally(client):
    html = client.get("/map?quad_class=4").text
    assert 'src="/static/map.js"' in html and 'data-api="/api/map?quad_class=4"' in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    outlines = client.get("/static/vendor/countries-110m.json").json()
    assert outlines["type"] == "Topology" and len(outlines["objects"]["countries"]["geometries"]) == 177
    assert client.get("/map?start=2020-13").status_code == 422
