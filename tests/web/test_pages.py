import re
from datetime import date

import pytest

from tests.web.conftest import HOSTILE_ID, STORY_DOCS, STORY_ID


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response


@pytest.mark.parametrize("url", ["/", "/map", "/network", "/actors", "/actors/LBYREB", "/timeline?a=LBYGOV&b=ITAGOV",
                                 "/stories", f"/articles/{HOSTILE_ID}"])
def test_pages_are_arabic_rtl_without_inline_script(client, url):
    html = page(client, url).text
    assert '<html lang="ar" dir="rtl">' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # every script is a file
    assert not re.search(r"<[^>]+\s(style|on[a-z]+)\s*=", html)  # no inline style or event handler


def test_language_switch_to_english_sticks(client):
    english = page(client, "/?lang=en")
    assert '<html lang="en" dir="ltr">' in english.text and ">Events<" in english.text
    assert english.cookies.get("rasid_lang") == "en" or "rasid_lang=en" in english.headers["set-cookie"]
    assert 'href="/?lang=ar"' in english.text
    client.cookies.clear()


def test_article_text_is_escaped(client):
    html = page(client, f"/articles/{HOSTILE_ID}").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html  # an unsafe source URL is not linked


def test_outlet_and_title_escaped_in_event_table(client):
    html = page(client, "/?actor=LBYGOV").text
    assert "<b>تجريبي</b>" not in html and "&lt;b&gt;تجريبي&lt;/b&gt;" in html


def test_article_highlights_the_chosen_evidence(client):
    event = client.get("/api/events?dyad=TUR,LBYGOV&limit=1").json()["events"][0]
    html = page(client, f"/articles/{event['doc_id']}?event={event['id']}").text
    current = re.findall(r'<span class="([^"]*current[^"]*)">([^<]*)</span>', html)
    assert current and "evidence" in current[0][0]
    assert "".join(text for _, text in current).strip() in event["evidence"]["sentence"]


def test_event_rows_open_their_article(client):
    html = page(client, "/?root=19").text
    rows = re.findall(r'<tr class="event-row" data-href="(/articles/[^"]+)"', html)
    assert rows and all("?event=" in href for href in rows)


def test_event_filters_shown_and_paged(client):
    html = page(client, "/?actor=LBYGOV").text
    assert 'value="LBYGOV"' in html and 'id="event-total"' in html


def test_event_page_offers_the_stored_topics(client, seeds_db):
    from rasid.store import Store

    with Store.open(seeds_db, readonly=True) as store:
        topics = [t["topic"] for t in store.topics()]
    html = page(client, "/").text
    assert topics and '<select name="topic">' in html
    assert all(f'<option value="{t}"' in html for t in topics)
    chosen = page(client, f"/?topic={topics[0]}").text
    assert f'<option value="{topics[0]}" selected' in chosen


def test_bad_filter_page_is_422_html(client):
    html = page(client, "/?start=yesterday", 422).text
    assert "start must be a date" in html


def test_unknown_actor_page_is_404_html(client):
    assert "ZZZZZZ" in page(client, "/actors/ZZZZZZ", 404).text


def test_timeline_page_draws_bars(client):
    html = page(client, "/timeline?a=LBYGOV&b=ITAGOV").text
    assert 'id="timeline-chart"' in html and re.search(r'<g class="bar pos">', html)


def test_stories_pages_list_sources_escaped(client):
    listing = page(client, "/stories").text
    assert f'href="/stories/{STORY_ID}"' in listing and "<i>إيطاليا</i>" not in listing
    story = page(client, f"/stories/{STORY_ID}").text
    assert all(f'href="/articles/{d}"' in story for d in STORY_DOCS)
    assert "&lt;i&gt;إيطاليا&lt;/i&gt;" in story
    page(client, "/stories/anything", 404)


def test_static_assets_and_vendored_cytoscape(client):
    for asset in ("/static/app.css", "/static/app.js", "/static/network.js", "/static/vendor/cytoscape.min.js",
                  "/static/vendor/cytoscape.LICENSE"):
        assert client.get(asset).status_code == 200


def test_timeline_chart_fills_empty_months():
    from rasid.web.chart import timeline_chart

    chart = timeline_chart([{"period": "2019-11", "weight": -2.0, "count": 1},
                            {"period": "2020-02", "weight": 4.0, "count": 2}])
    assert [b["title"] for b in chart["bars"]] == ["2019-11", "2019-12", "2020-01", "2020-02"]
    assert [b["sign"] for b in chart["bars"]] == ["neg", "pos", "pos", "pos"]
    assert chart["bars"][1]["height"] == 0.0 and chart["bars"][3]["height"] > chart["bars"][0]["height"]
    assert all(b["width"] <= 48 for b in chart["bars"])



def _row_dates(html: str) -> list[str]:
    import re

    return re.findall(r'<td class="date" dir="ltr">(\d{4}-\d{2}(?:-\d{2})?)', html)


def test_event_table_is_newest_first_and_honours_sort(client):
    newest, oldest = client.get("/").text, client.get("/?sort=date").text
    newest_dates, oldest_dates = _row_dates(newest), _row_dates(oldest)
    assert len(newest_dates) > 1
    assert newest_dates == sorted(newest_dates, reverse=True)
    assert oldest_dates == sorted(oldest_dates)
    assert newest_dates[0] > oldest_dates[0]
    assert 'value="-date" selected' in newest and 'value="date" selected' in oldest


def test_actor_page_shows_via_so_one_rival_is_not_a_duplicate(client):
    html = page(client, "/actors/LBY").text
    rows = re.findall(r'<tr><td><a class="code" href="/actors/(\w+)">.*?<td class="via"><bdi class="code" dir="ltr">'
                      r'([\w–]+)</bdi>', html, flags=re.S)
    assert rows and all(code in via.split("–") for code, via in rows)
    repeated = [code for code in {c for c, _ in rows} if sum(c == code for c, _ in rows) > 1]
    assert repeated  # LBY meets some actor through two of its sub-codes
    for code in repeated:
        vias = [via for c, via in rows if c == code]
        assert len(vias) == len(set(vias))  # the same counterpart, each time via another dyad


def test_stories_page_has_a_pager(client):
    first = page(client, "/stories?limit=2").text
    assert first.count('<a href="/stories/') == 2 and 'id="stories-next" href="/stories?offset=2&amp;limit=2"' in first
    last = page(client, "/stories?limit=2&offset=2").text
    assert 'id="stories-prev" href="/stories?offset=0&amp;limit=2"' in last
    assert page(client, "/stories?offset=-1", 422)


def test_timeline_page_opens_on_the_bulk_of_the_dates(client):
    html = page(client, "/timeline?a=LBYGOV").text
    assert 'id="timeline-outside"' in html and 'id="timeline-all"' in html
    assert "2011-02" not in re.search(r'<svg class="chart".*?</svg>', html, flags=re.S).group(0)
    assert 'id="timeline-start" type="date" value="2020-' in html
    every = page(client, "/timeline?a=LBYGOV&all=1").text
    chart = re.search(r'<svg class="chart".*?</svg>', every, flags=re.S).group(0)
    assert "2011-02" in chart and 'id="timeline-outside"' not in every and 'name="all" value="1"' in every
    weekly = page(client, "/timeline?a=LBYGOV&freq=week").text
    assert re.search(r"<td dir=\"ltr\">2020-W\d\d</td>", weekly) and 'value="week" selected' in weekly
    assert page(client, "/timeline?a=LBYGOV&freq=hour", 422)


def test_timeline_chart_fills_every_frequency():
    from rasid.web.chart import timeline_chart

    weeks = timeline_chart([{"period": "2020-W52", "weight": 1.0, "count": 1},
                            {"period": "2021-W02", "weight": -1.0, "count": 1}], freq="week")
    assert [b["title"] for b in weeks["bars"]] == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"]
    days = timeline_chart([{"period": "2020-02-28", "weight": 1.0, "count": 1}], freq="day",
                          window=(date(2020, 2, 27), date(2020, 3, 1)))
    assert [b["title"] for b in days["bars"]] == ["2020-02-27", "2020-02-28", "2020-02-29", "2020-03-01"]


def test_vendored_files_match_their_manifest():
    import hashlib
    import json
    from importlib import resources

    vendor = resources.files("rasid.web").joinpath("static").joinpath("vendor")
    manifest = json.loads(vendor.joinpath("MANIFEST.json").read_text("utf-8"))["files"]
    assert {"cytoscape.min.js", "countries-110m.json", "world-atlas.LICENSE"} <= set(manifest)
    for name, entry in manifest.items():
        assert hashlib.sha256(vendor.joinpath(name).read_bytes()).hexdigest() == entry["sha256"], name
        assert entry["licence"] and entry["source"]
