"""The app's edges: every input error is a 4xx JSON error with the security headers, anything unexpected a
JSON 500 that hides its traceback, and ``serve`` runs in several processes."""

import json
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from rasid.service import browse
from rasid.web import app as web_app

HUGE = str(2**63)


def assert_secured(response):
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("url", [
    f"/api/events?offset={HUGE}", f"/api/stories?min_articles={HUGE}", f"/api/stories?limit={HUGE}",
    f"/api/events?limit={HUGE}", f"/api/network?top={HUGE}", f"/api/events?quad_class={HUGE}",
    f"/api/events?offset=-{HUGE}",
    "/api/events?start=0000-05", "/api/events?end=0000-05", "/api/network?start=0000-05", "/api/network?end=0000",
    "/api/export?start=0000-05", "/api/export?end=0000-05-01", "/api/network/edge?a=LBYGOV&b=TUR&end=0000-12",
])
def test_input_errors_are_4xx_json_with_headers(client, url):
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["status"] == 422
    assert_secured(response)


@pytest.mark.parametrize("url", [f"/?offset={HUGE}", "/?start=0000-05", "/?end=0000-05"])
def test_page_input_errors_are_422_with_headers(client, url):
    response = client.get(url)
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert_secured(response)


@pytest.mark.parametrize("url", ["/api/events?start=0001-01-01&end=9999-12-31", "/api/network?end=9999-12-31",
                                 "/api/network?start=0001", "/?start=9999-12"])
def test_extreme_years_are_answered(client, url):
    assert client.get(url).status_code == 200


@pytest.fixture
def crashing_client(seeds_db, monkeypatch):
    from fastapi.testclient import TestClient

    def crash(*args, **kwargs):
        raise RuntimeError("secret detail /etc/rasid")

    monkeypatch.setattr(browse, "events_page", crash)
    with TestClient(web_app.create_app(seeds_db), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize("url", ["/api/events", "/"])
def test_unexpected_error_is_json_500_without_traceback(crashing_client, url):
    response = crashing_client.get(url)
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "E500"
    assert "secret" not in response.text and "Traceback" not in response.text
    assert_secured(response)


def test_serve_hands_uvicorn_an_app_factory_for_workers(seeds_db, monkeypatch):
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda target, **options: calls.append((target, options)))
    monkeypatch.setenv(web_app.APP_ENVIRONMENT, "{}")  # restored (removed) after the test
    web_app.serve(seeds_db, "127.0.0.1", 8123, workers=3, allowed_hosts=["rasid.lan"])
    ((target, options),) = calls
    assert target == "rasid.web.app:app_from_environment" and options["factory"] and options["workers"] == 3
    assert json.loads(os.environ[web_app.APP_ENVIRONMENT])["db"] == str(seeds_db.resolve())
    built = web_app.app_from_environment()
    assert {"127.0.0.1", "localhost", "::1", "rasid.lan"} <= built.state.allowed_hosts


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def worker_processes(pid):
    """The uvicorn worker processes under ``pid`` (multiprocessing spawns them; its resource tracker is not one)."""
    with open(f"/proc/{pid}/task/{pid}/children") as listing:
        children = listing.read().split()
    commands = []
    for child in children:
        with open(f"/proc/{child}/cmdline", "rb") as cmdline:
            commands.append(cmdline.read().replace(b"\0", b" ").decode())
    return [c for c in commands if "spawn_main" in c]


def wait_until_up(base, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/api/stories", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"rasid serve did not answer: {process.stderr.read().decode() if process.poll() is not None else ''}")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
def test_serve_with_two_workers_runs_two_processes(seeds_db):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", str(seeds_db), "--port", str(port),
                                "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, process)
        assert len(worker_processes(process.pid)) == 2
        assert all(httpx.get(f"{base}/api/events?limit=1").status_code == 200 for _ in range(8))
        assert httpx.get(f"{base}/api/events", headers={"host": "evil.example"}).status_code == 400
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
