"""The web app in headless Chromium (Debian's `chromium` package) driven by Playwright, against a live server.

Set RASID_SKIP_BROWSER=1 to skip these on purpose; otherwise a missing browser or driver fails loudly.
Screenshots go to build/screenshots/ (kept by CI as artefacts, never committed).
"""

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.web.conftest import HOSTILE_ID, STORY_ID

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
TIMEOUT_MS = 15_000


def require_browser():
    if os.environ.get("RASID_SKIP_BROWSER") == "1":
        pytest.skip("RASID_SKIP_BROWSER=1")
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"browser tests need Chromium at {CHROMIUM}: apt-get install -y chromium "
                    "(or set RASID_SKIP_BROWSER=1 to skip them on purpose)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.fail("browser tests need Playwright: pip install playwright (the system Chromium is used; "
                    "no 'playwright install' needed), or set RASID_SKIP_BROWSER=1")


@pytest.fixture(scope="module")
def server(seeds_db):
    """uvicorn serving the app in a thread on a free loopback port; yields the base URL."""
    require_browser()
    import uvicorn

    from rasid.web.app import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(seeds_db), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:  # readiness poll, not a fixed wait
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="ar")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    yield page
    context.close()


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_events_filter_and_open_evidence(server, page):
    page.goto(server + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    total = int(page.locator("#event-total").inner_text())
    assert page.locator("tr.event-row").count() == min(total, 50) > 0
    shot(page, "01-events")

    page.fill("input[name=actor]", "حفتر")
    page.select_option("select[name=quad_class]", "4")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url(lambda url: "actor=" in url)
    assert "start=" not in page.url  # empty filters are dropped from the URL
    rows = page.locator("tr.event-row")
    assert 0 < rows.count() < total
    for i in range(rows.count()):
        assert "LBYREB" in rows.nth(i).inner_text()
    shot(page, "02-events-filtered")

    sentence = rows.first.locator("td.evidence").inner_text().strip().rstrip("…").strip()
    rows.first.locator("td.date").click()  # the row itself opens the article
    page.wait_for_url(lambda url: "/articles/" in url)
    current = page.locator("#article-text .evidence.current")
    assert current.count() > 0 and current.first.is_visible()
    assert sentence[:20] in "".join(current.all_inner_texts())
    assert page.locator("#article-text").get_attribute("dir") == "rtl"
    shot(page, "03-article-evidence")
    assert not page.problems, page.problems


def test_network_edge_click_and_time_slider(server, page):
    page.goto(server + "/network")
    page.wait_for_selector("body[data-network-ready='1']")
    all_edges = page.evaluate("window.rasidCy.edges().length")
    assert all_edges > 5
    page.locator("#cy").scroll_into_view_if_needed()
    point = page.evaluate("""() => {
        const cy = window.rasidCy;
        const edge = cy.getElementById('LBYGOV|LBYREB');
        const box = document.getElementById('cy').getBoundingClientRect();
        // The midpoint can sit under a node or a crossing edge; take the first point along the edge
        // where the edge itself is what a click there would hit.
        const a = edge.source().renderedPosition(), b = edge.target().renderedPosition();
        let spot = edge.renderedMidpoint(), clear = false;
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
            const x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t;
            const hit = cy.renderer().findNearestElement(x, y, true, false);
            if (hit && hit.id() === edge.id()) { spot = {x, y}; clear = true; break; }
        }
        return {x: box.left + spot.x, y: box.top + spot.y, sign: edge.data('sign'), clear};
    }""")
    assert point["sign"] == "neg"
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    tap = "window.rasidCy.getElementById('LBYGOV|LBYREB').emit('tap')"  # the handler a click on the edge runs
    if point["clear"]:
        page.mouse.click(point["x"], point["y"])
    else:  # every point of the edge lies under a node or another edge in this layout
        page.evaluate(tap)
    try:
        page.wait_for_selector("body[data-edge-shown]", timeout=5000)
    except PlaywrightTimeout:  # a label or a late redraw took the click: tap the edge itself, same handler
        page.evaluate(tap)
        page.wait_for_selector("body[data-edge-shown]")
    if page.evaluate("document.body.dataset.edgeShown") != "LBYGOV|LBYREB":  # a redraw moved another edge there
        page.evaluate(tap)
        page.wait_for_function("() => document.body.dataset.edgeShown === 'LBYGOV|LBYREB'")
    assert page.evaluate("document.body.dataset.edgeShown") == "LBYGOV|LBYREB"
    items = page.locator("#edge-events li")
    assert items.count() > 0 and items.first.get_attribute("class") == "neg"
    assert page.locator("#bloc-list li").count() >= 2
    shot(page, "04-network-edge")

    periods = page.evaluate("Number(document.getElementById('time-slider').max)")
    assert periods >= 2
    page.evaluate("""() => { const s = document.getElementById('time-slider'); s.value = s.max;
                             s.dispatchEvent(new Event('input')); }""")
    # a function, not an expression string: Playwright would eval() a string, which our CSP rightly blocks
    page.wait_for_function("(n) => document.body.dataset.networkReady === '1' && window.rasidCy.edges().length < n",
                           arg=all_edges)
    assert page.locator("#window-label").inner_text().startswith("20")
    shot(page, "05-network-window")
    assert not page.problems, page.problems


def test_language_switch_actor_and_timeline(server, page):
    page.goto(server + "/actors/LBYREB")
    assert page.locator("#partners tr").count() > 1
    shot(page, "06-actor")
    page.click("#lang-switch")
    page.wait_for_url(lambda url: "lang=en" in url)
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h2").first.inner_text().startswith("Partners")
    shot(page, "07-actor-en")
    page.goto(server + "/timeline?a=LBYGOV&b=ITAGOV")
    assert page.locator("#timeline-chart rect").count() > 0
    assert page.locator("html").get_attribute("lang") == "en"  # the choice is remembered
    shot(page, "08-timeline-en")
    page.goto(server + "/stories?lang=ar")
    page.click(f"#stories-table a[href='/stories/{STORY_ID}']")
    page.wait_for_url(lambda url: "/stories/" in url)
    assert page.locator("#story-sources tr").count() == 2
    shot(page, "09-story")
    assert not page.problems, page.problems


def test_map_draws_offline_and_shows_evidence(server, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server + "/map")
    page.wait_for_selector("body[data-map-ready='1']")
    assert page.locator("#event-map path.country").count() == 177
    places = page.locator("#event-map g.place")
    located = int(page.locator("#map-located").inner_text())
    assert places.count() == int(page.locator("#map-places").inner_text()) > 0
    assert sum(int(places.nth(i).get_attribute("data-count")) for i in range(places.count())) == located
    assert all(url.startswith(server) for url in requested), [u for u in requested if not u.startswith(server)]
    biggest = places.first  # drawn largest first
    box = page.locator("#event-map").bounding_box()
    spot = biggest.bounding_box()
    assert box["x"] <= spot["x"] and spot["x"] + spot["width"] <= box["x"] + box["width"]  # fitted to the places
    biggest.hover()
    tip = page.locator("#map-tip")
    assert tip.is_visible() and biggest.get_attribute("data-count") in tip.inner_text()
    biggest.click()
    items = page.locator("#place-events li")
    assert items.count() == min(15, int(biggest.get_attribute("data-count")))
    shot(page, "10-map-place")
    link = items.first.locator("a.sentence")
    sentence = link.inner_text().rstrip("…")[:20]
    link.click()
    page.wait_for_url(lambda url: "/articles/" in url)
    assert sentence in "".join(page.locator("#article-text .evidence.current").all_inner_texts())
    assert not page.problems, page.problems


def test_map_filters_and_language(server, page):
    page.goto(server + "/map?quad_class=4&lang=en")
    page.wait_for_selector("body[data-map-ready='1']")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("#event-map g.place.pos").count() == 0 < page.locator("#event-map g.place.neg").count()
    page.click("#map-zoom-in")
    page.click("#map-fit")
    shot(page, "11-map-conflict-en")
    page.click("#lang-switch")
    page.wait_for_selector("body[data-map-ready='1']")
    assert page.locator("html").get_attribute("dir") == "rtl" and "quad_class=4" in page.url
    assert not page.problems, page.problems


def test_network_top_edges_with_names(server, page):
    page.goto(server + "/network")
    page.wait_for_selector("body[data-network-ready='1']")
    assert page.locator("#top-edges").input_value() == "50"
    total = int(page.locator("#edge-count").inner_text().split("/")[1])
    assert page.evaluate("window.rasidCy.edges().length") == min(50, total)
    labels = page.evaluate("window.rasidCy.nodes().map((n) => n.data('label'))")
    assert "ليبيا · الحكومة" in labels and "LBYGOV" not in labels
    page.goto(server + "/network?top=5")
    page.wait_for_function("() => document.body.dataset.networkReady === '1' && window.rasidCy.edges().length === 5")
    assert page.locator("#edge-count").inner_text() == f"5 / {total}"
    weights = page.evaluate("window.rasidCy.edges().map((e) => Math.abs(e.data('weight')))")
    blocs = page.locator("#bloc-list li")
    assert blocs.count() >= 1 and "·" in blocs.first.locator(".bloc-name").inner_text()
    assert blocs.first.locator(".members a").count() >= 1
    font = page.evaluate("window.rasidCy.nodes()[0].renderedStyle('font-size')")
    assert float(font.rstrip("px")) >= 11  # labels stay readable whatever the zoom
    shot(page, "12-network-top5")
    page.select_option("#top-edges", "all")
    page.wait_for_function("(n) => document.body.dataset.networkReady === '1' && window.rasidCy.edges().length === n",
                           arg=total)
    everything = page.evaluate("window.rasidCy.edges().map((e) => Math.abs(e.data('weight')))")
    assert sorted(weights) == sorted(everything, reverse=True)[:5][::-1]  # the five strongest
    assert not page.problems, page.problems


def test_actor_via_timeline_controls_and_story_pages(server, page):
    page.goto(server + "/actors/LBY")
    vias = page.locator("table.relations td.via")
    assert vias.count() > 0 and "–" in vias.first.inner_text()
    shot(page, "13-actor-via")
    page.goto(server + "/timeline?a=LBYGOV")
    assert page.locator("#timeline-outside").is_visible()
    chart = page.locator("#timeline-chart")
    assert "2011" not in chart.inner_html()
    shot(page, "14-timeline-bulk")
    page.select_option("#timeline-freq", "week")
    page.click("#timeline-form button[type=submit]")
    page.wait_for_url(lambda url: "freq=week" in url)
    assert page.locator("#timeline-table td[dir=ltr]").first.inner_text().startswith("2020-W")
    page.click("#timeline-all")
    page.wait_for_url(lambda url: "all=1" in url)
    assert "2011-W07" in page.locator("#timeline-table").inner_text()
    shot(page, "15-timeline-all-weeks")
    page.goto(server + "/stories?limit=2")
    first = page.locator("#stories-table tbody tr").count()
    page.click("#stories-next")
    page.wait_for_url(lambda url: "offset=2" in url)
    assert first == 2 and page.locator("#stories-table tbody tr").count() >= 1
    assert page.locator("#stories-prev").is_visible()
    shot(page, "16-stories-page-2")
    assert not page.problems, page.problems


PHONE_PAGES = ["/", "/map", "/network", "/actors/LBY", "/timeline?a=LBYGOV", "/stories", "/actors",
               f"/articles/{HOSTILE_ID}"]
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (node) => node.closest('.table-scroll, .cy, svg');
    const out = [...document.querySelectorAll('header *, main *')].filter((node) => {
        if (scrolls(node.parentElement || node) && !node.matches('.table-scroll, .cy, svg')) return false;
        const box = node.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
    });
    return {width, scroll: document.documentElement.scrollWidth,
            out: out.slice(0, 5).map((n) => n.tagName + '.' + n.className + ' ' + n.textContent.slice(0, 40))};
}"""


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_phone_width_clips_nothing(server, browser, lang):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale=lang, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    problems = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    try:
        for i, path in enumerate(PHONE_PAGES):
            page.goto(server + path + ("&" if "?" in path else "?") + f"lang={lang}")
            if path == "/map":
                page.wait_for_selector("body[data-map-ready='1']")
            if path == "/network":
                page.wait_for_selector("body[data-network-ready='1']")
            found = page.evaluate(OVERFLOW)
            assert found["scroll"] <= found["width"] == 375 and not found["out"], (path, found)
            if lang == "ar" or i < 2:
                shot(page, f"2{i}-phone-{lang}-{path.strip('/').split('?')[0].replace('/', '-') or 'events'}")
    finally:
        context.close()
    assert not problems, problems
