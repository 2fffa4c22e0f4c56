import csv
import io
import json

import pytest

from rasid.store import Store
from tests.web.conftest import HOSTILE_ID, STORY_DOCS, STORY_ID


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_events_cursor_pages_cover_every_event_once(client, seeds_db):
    first = get(client, "/api/events?limit=7")
    seen, cursor = [e["id"] for e in first["events"]], first["next_cursor"]
    while cursor:
        page = get(client, f"/api/events?limit=7&cursor={cursor}")
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
    with Store.open(seeds_db, readonly=True) as store:
        stored = store.counts()["merged_events"]
    assert len(seen) == len(set(seen)) == first["total"] == stored > 7


def test_events_offset_and_cursor_agree(client):
    by_cursor = get(client, "/api/events?limit=10")
    second = get(client, f"/api/events?limit=10&cursor={by_cursor['next_cursor']}")
    by_offset = get(client, f"/api/events?limit=10&offset={by_cursor['next_offset']}")
    assert [e["id"] for e in second["events"]] == [e["id"] for e in by_offset["events"]]


def test_events_newest_first(client):
    events = get(client, "/api/events?sort=-date&limit=3")["events"]
    assert events[0]["first_date"] == "2020-06-02"


@pytest.mark.parametrize(("query", "check"), [
    ("actor=LBYREB", lambda e: "LBYREB" in (e["source"]["code"], (e["target"] or {}).get("code"))),
    ("actor=حفتر", lambda e: "LBYREB" in (e["source"]["code"], (e["target"] or {}).get("code"))),
    ("dyad=TUR,LBYGOV", lambda e: sorted(c[:3] for c in (e["source"]["code"], e["target"]["code"])) == ["LBY", "TUR"]
     and "LBYGOV" in (e["source"]["code"][:6], e["target"]["code"][:6])),
    ("root=19", lambda e: e["root"] == "19"),
    ("code=05", lambda e: e["cameo"].startswith("05")),
    ("quad_class=3", lambda e: e["quad_class"] == 3),
    ("start=2020-05&end=2020-05", lambda e: e["first_date"] <= "2020-05-31" and e["last_date"] >= "2020-05-01"),
    ("place=Tripoli", lambda e: e["location"]["name"] == "Tripoli"),
])
def test_events_filters_keep_only_matches(client, query, check):
    result = get(client, f"/api/events?{query}&limit=100")
    assert result["total"] == len(result["events"]) > 0
    assert all(check(e) for e in result["events"])


def test_events_text_search_uses_article_text(client, seeds_db):
    hits = get(client, "/api/events?q=غويريني&limit=100")
    with Store.open(seeds_db, readonly=True) as store:
        articles = set(store.search("غويريني"))
    assert 0 < hits["total"] < get(client, "/api/events?limit=1")["total"]
    assert all(set(e["sources"]) & articles for e in hits["events"])


def test_events_topic_filter(client, seeds_db):
    with Store.open(seeds_db, readonly=True) as store:
        topics = {t["topic"]: t["articles"] for t in store.topics()}
    assert sum(topics.values()) == 5  # the seeds have a topic; the hand-made hostile article has none
    everything = get(client, "/api/events?limit=1")["total"]
    by_topic = sum(get(client, f"/api/events?limit=1&topic={name}")["total"] for name in topics)
    assert 0 < by_topic < everything + len(topics)  # the hostile article's event has no topic
    assert get(client, "/api/events?topic=no-such-topic")["total"] == 0


def test_events_outlet_filter(client):
    result = get(client, "/api/events?outlet=موقع <b>تجريبي</b>")
    assert [e["sources"] for e in result["events"]] == [[HOSTILE_ID]]


@pytest.mark.parametrize(("query", "words"), [
    ("limit=0", "limit"), ("limit=abc", "limit"), ("quad_class=7", "quad_class"), ("root=33", "root"),
    ("start=2020-13-01", "start"), ("start=2021&end=2020", "after"), ("dyad=LBYGOV", "dyad"),
    ("actor=لا_أحد_بهذا_الاسم", "no actor"), ("cursor=garbage", "cursor"), ("q=!!!", "q"),
    ("code=abc", "code"), ("sort=size", "sort"),
])
def test_events_bad_filters_are_422_with_a_message(client, query, words):
    error = get(client, f"/api/events?{query}", 422)["error"]
    assert error["status"] == 422 and words in error["message"]


def test_article_spans_are_offsets_into_the_text(client):
    event = get(client, "/api/events?dyad=TUR,LBYGOV&limit=1")["events"][0]
    view = get(client, f"/api/articles/{event['doc_id']}?event={event['id']}")
    text = view["article"]["text"]
    assert view["selected"] and set(view["selected"]) <= {e["id"] for e in view["events"]}
    evidence = [s for s in view["spans"] if s["kind"] == "evidence" and s["event_id"] in view["selected"]]
    assert text[evidence[0]["start"]:evidence[0]["end"]] == event["evidence"]["sentence"]


@pytest.mark.parametrize("url", ["/api/articles/nope", "/api/events/nope", "/api/actors/ZZZZZZ",
                                 "/api/network/edge?a=LBYGOV&b=FRA", "/api/timeline?a=ZZZ", "/api/nothing",
                                 "/api/stories/nope"])
def test_unknown_ids_are_404_json(client, url):
    assert get(client, url, 404)["error"]["status"] == 404


def test_network_whole_and_windowed(client):
    whole = get(client, "/api/network")
    edges = {(e["a"], e["b"]): e for e in whole["edges"]}
    assert edges[("LBYGOV", "LBYREB")]["sign"] == "-" and edges[("LBYGOV", "TUR")]["sign"] == "+"
    assert {n["id"] for n in whole["nodes"]} == {e["a"] for e in whole["edges"]} | {e["b"] for e in whole["edges"]}
    may = get(client, "/api/network?start=2020-05-01&end=2020-05-31")
    assert 0 < len(may["edges"]) < len(whole["edges"]) and may["window"]["start"] == "2020-05-01"
    periods = [p["period"] for p in whole["periods"]]
    assert periods == sorted(periods) and {"2020-05", "2020-06"} <= set(periods)


def test_network_level_and_blocs(client):
    result = get(client, "/api/network?level=country")
    bloc = {n["id"]: n["bloc"] for n in result["nodes"]}
    assert "LBYGOV" not in bloc and "LBY" in bloc
    assert get(client, "/api/network?level=region", 422)


def test_network_edge_evidence(client):
    result = get(client, "/api/network/edge?a=TUR&b=LBYGOV")
    assert result["edge"]["count"] == len(result["evidence"]) > 1
    weights = [abs(item["weight"]) for item in result["evidence"]]
    assert weights == sorted(weights, reverse=True)
    assert all(item["sentence"] and item["doc_ids"] for item in result["evidence"])


def test_actor_profile_by_name(client):
    profile = get(client, "/api/actors/حفتر")
    assert profile["code"] == "LBYREB"
    assert {"EGY", "ARE", "FRA"} <= {p["code"] for p in profile["partners"]}
    assert {"LBYGOV", "LBYMIL"} <= {r["code"] for r in profile["rivals"]}
    assert "LBYREB" in profile["bloc"]["members"] and "EGY" in profile["bloc"]["members"]


def test_actors_list(client):
    actors = get(client, "/api/actors")["actors"]
    assert actors[0]["code"] == "LBYGOV" and actors[0]["events"] >= actors[-1]["events"]


def test_timeline_by_month(client):
    result = get(client, "/api/timeline?a=LBYGOV&b=ITAGOV")
    june = next(p for p in result["periods"] if p["period"] == "2020-06")
    assert june["weight"] >= 1.0 and june["count"] >= 1 and result["undated"] > 0


def test_stories_list_and_story_sources(client):
    listed = get(client, "/api/stories")
    assert listed["available"] and STORY_ID in [s["id"] for s in listed["stories"]]
    story = get(client, f"/api/stories/{STORY_ID}")
    assert [s["id"] for s in story["sources"]] == sorted(STORY_DOCS)
    reported = {d for e in story["events"] for d in e["sources"]}
    assert story["events"] and reported & set(STORY_DOCS)


def test_stories_say_why_they_are_missing(client):
    result = get(client, "/api/stories?min_articles=3")
    assert result["stories"] == [] and result["available"] is False and "no stories" in result["message"]


def test_export_tsv_and_plover(client):
    tsv = client.get("/api/export?format=tsv&actor=LBYREB")
    rows = list(csv.reader(io.StringIO(tsv.text), delimiter="\t"))
    assert tsv.status_code == 200 and len(rows) == get(client, "/api/events?actor=LBYREB")["total"]
    assert {len(r) for r in rows} == {61} and all(r[0].isdigit() for r in rows)  # GDELT 2.0: no header
    with_header = client.get("/api/export?format=tsv&actor=LBYREB&header=true")
    assert with_header.text.split("\t", 1)[0] == "GlobalEventID" and len(with_header.text.splitlines()) == len(rows) + 1
    plover = client.get("/api/export?format=plover&root=19")
    records = [json.loads(line) for line in plover.text.splitlines()]
    assert len(records) == get(client, "/api/events?root=19")["total"] and all(r["event"] for r in records)
    assert plover.headers["content-type"].startswith("application/x-ndjson")
    assert get(client, "/api/export?format=xml", 422)["error"]["message"].startswith("format")


def test_events_temporal_filter(client):
    reported = get(client, "/api/events")["total"]
    assert reported == get(client, "/api/events?temporal=reported")["total"] > 0
    assert get(client, "/api/events?temporal=all")["total"] >= reported
    assert get(client, "/api/events?temporal=old", 422)["error"]["message"].startswith("temporal")


def test_openapi_lists_routes(client):
    paths = get(client, "/openapi.json")["paths"]
    assert {"/api/events", "/api/network", "/api/actors", "/api/articles/{doc_id}", "/api/stories"} <= set(paths)


def test_api_is_read_only(client):
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/articles/x").status_code == 405


def test_security_headers(client):
    headers = client.get("/api/events?limit=1").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_network_top_edges_are_the_strongest_and_named(client):
    whole = get(client, "/api/network")
    top = get(client, "/api/network?top=5")
    assert top["total_edges"] == whole["total_edges"] > 5 and len(top["edges"]) == 5
    strongest = sorted((abs(e["weight"]) for e in whole["edges"]), reverse=True)[:5]
    assert [abs(e["weight"]) for e in top["edges"]] == strongest
    assert {n["id"] for n in top["nodes"]} == {c for e in top["edges"] for c in (e["a"], e["b"])}
    names = {n["id"]: (n["name"], n["name_ar"]) for n in whole["nodes"]}
    assert names["LBYGOV"] == ("Libya · government", "ليبيا · الحكومة")
    assert names["TUR"] == ("Türkiye", "تركيا")
    assert all(n["name"] and n["name_ar"] for n in whole["nodes"])


def test_network_blocs_are_named_after_their_strongest_members(client):
    result = get(client, "/api/network")
    strength = {n["id"]: n["strength"] for n in result["nodes"]}
    for bloc in result["blocs"]:
        members = bloc["members"]
        assert [strength[m] for m in members] == sorted((strength[m] for m in members), reverse=True)
        first = bloc["member_names"][0]
        assert first["code"] == members[0] and bloc["label"].startswith(first["name"])
        assert bloc["label_ar"].startswith(first["name_ar"])


def test_timeline_bulk_window_leaves_out_the_stray_event(client):
    every = get(client, "/api/timeline?a=LBYGOV")
    bulk = get(client, "/api/timeline?a=LBYGOV&bulk=true")
    assert every["periods"][0]["period"] == "2011-02" and every["outside"] == 0
    assert bulk["default_window"] and bulk["outside"] == 1
    assert bulk["window"]["start"] >= "2020" and bulk["extent"]["start"] == "2011-02-17"
    assert [p["period"] for p in bulk["periods"]] == [p["period"] for p in every["periods"][1:]]
    chosen = get(client, "/api/timeline?a=LBYGOV&start=2011&end=2011&bulk=true")
    assert [p["period"] for p in chosen["periods"]] == ["2011-02"] and not chosen["default_window"]


@pytest.mark.parametrize(("freq", "pattern"), [("day", r"\d{4}-\d{2}-\d{2}"), ("week", r"\d{4}-W\d{2}"),
                                              ("month", r"\d{4}-\d{2}"), ("year", r"\d{4}")])
def test_timeline_frequency(client, freq, pattern):
    import re

    result = get(client, f"/api/timeline?a=LBYGOV&freq={freq}&start=2020")
    assert result["periods"] and all(re.fullmatch(pattern, p["period"]) for p in result["periods"])


def test_stories_are_paged(client):
    every = [s["id"] for s in get(client, "/api/stories")["stories"]]
    assert len(every) >= 3
    seen, offset = [], 0
    while offset is not None:
        page = get(client, f"/api/stories?limit=2&offset={offset}")
        assert page["total"] == len(every) and page["count"] == len(page["stories"]) <= 2
        seen += [s["id"] for s in page["stories"]]
        offset = page["next_offset"]
    assert seen == every
