"""Links built from stored ids and from the request path: percent-encoded, and never leaving the site."""

import re
from datetime import UTC, datetime
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store
from rasid.web.render import item_url, site_path
from tests.web.conftest import hostile_document

ODD_IDS = ("who?what", "tag#frag", "outletA/article", "line\nbreak", "../../etc/passwd", "٪ مقال 100%")


@pytest.mark.parametrize("doc_id", ODD_IDS)
def test_item_url_is_one_encoded_segment(doc_id):
    href = item_url("/articles", doc_id, event="e 1")
    path, _, query = href.partition("?")
    assert path.startswith("/articles/") and path.count("/") == 2 and unquote(path[len("/articles/"):]) == doc_id
    assert query == "event=e+1" and not re.search(r"[\s#]", href)


@pytest.mark.parametrize(("raw", "expected"), [
    (b"/", "/"), (b"//evil.example/", "/evil.example/"), (b"///evil.example", "/evil.example"),
    (b"/\\evil.example", "/%5Cevil.example"), (b"/articles/a%2Fb", "/articles/a%2Fb"),
    ("/مقال".encode(), "/%D9%85%D9%82%D8%A7%D9%84"),
])
def test_site_path_stays_on_the_site(raw, expected):
    assert site_path(raw) == expected
    assert urljoin("http://127.0.0.1:8000/x", expected).startswith("http://127.0.0.1:8000/")


@pytest.fixture(scope="module")
def odd_client(tmp_path_factory):
    """A store whose only articles have ids with ?, #, /, a newline and ../ in them (one a year: no merging)."""
    from fastapi.testclient import TestClient

    from rasid.web.app import create_app

    db = tmp_path_factory.mktemp("odd") / "odd.db"
    with Store.open(db) as store:
        for year, doc_id in enumerate(ODD_IDS, start=2010):
            store.add_document(hostile_document(doc_id, datetime(year, 1, 1, tzinfo=UTC)))
        rebuild_merged_events(store)
    with TestClient(create_app(db)) as client:
        yield client


def test_event_links_to_odd_ids_stay_on_the_article_route(odd_client):
    html = odd_client.get("/").text
    hrefs = [unescape(h) for h in re.findall(r'<a class="open-article" href="([^"]+)"', html)]
    assert len(hrefs) == len(ODD_IDS)
    for href in hrefs:
        resolved = urljoin("http://testserver/", href)
        assert resolved.startswith("http://testserver/articles/") and resolved.count("/") == 4, href
        article = odd_client.get(href)
        assert article.status_code == 200, href
        assert unquote(href.split("?")[0][len("/articles/"):]) in ODD_IDS


@pytest.mark.parametrize("doc_id", ODD_IDS)
def test_api_article_takes_odd_ids(odd_client, doc_id):
    response = odd_client.get(item_url("/api/articles", doc_id))
    assert response.status_code == 200 and response.json()["article"]["id"] == doc_id


@pytest.mark.parametrize("path", ["//evil.example/", "///evil.example/x", "/\\evil.example/"])
def test_not_found_language_switch_stays_on_the_site(client, path):
    response = client.get(f"http://testserver{path}")
    assert response.status_code == 404
    switch = unescape(re.search(r'id="lang-switch" href="([^"]*)"', response.text)[1])
    assert switch.startswith("/") and not switch.startswith(("//", "/\\")), switch
    assert urljoin("http://testserver/a/b", switch).startswith("http://testserver/")
