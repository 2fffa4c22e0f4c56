"""The Host check that keeps a DNS-rebinding page from reading a loopback server."""

import pytest

from rasid.web.hosts import host_allowed, host_name, trusted_hosts


@pytest.mark.parametrize(("header", "name"), [
    ("127.0.0.1:8000", "127.0.0.1"), ("LocalHost", "localhost"), ("[::1]:8000", "::1"), ("[::1]", "::1"),
    ("evil.example", "evil.example"), (None, ""), ("", ""), ("[::1", ""), ("a b", ""), ("evil.example/x", ""),
    ("user@127.0.0.1", ""),
])
def test_host_name(header, name):
    assert host_name(header) == name


def test_trusted_hosts_on_loopback():
    allowed = trusted_hosts("127.0.0.1", ["rasid.lan:8000"])
    assert allowed is not None and {"127.0.0.1", "localhost", "::1", "rasid.lan"} <= allowed
    assert trusted_hosts("::1") is not None and trusted_hosts("localhost") is not None


def test_trusted_hosts_elsewhere_only_when_named():
    assert trusted_hosts("0.0.0.0") is None
    assert trusted_hosts("192.168.1.4", ["news.lan"]) == {"127.0.0.1", "localhost", "::1", "192.168.1.4", "news.lan"}


@pytest.mark.parametrize(("header", "allowed"), [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True), ("evil.example", False),
    ("127.0.0.1.evil.example", False), (None, False),
])
def test_host_allowed(header, allowed):
    assert host_allowed(header, trusted_hosts("127.0.0.1")) is allowed


@pytest.fixture(scope="module")
def guarded(seeds_db):
    from fastapi.testclient import TestClient

    from rasid.web.app import create_app

    with TestClient(create_app(seeds_db, trusted_hosts("127.0.0.1", ["rasid.lan"])),
                    base_url="http://127.0.0.1:8000") as client:
        yield client


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "rasid.lan"])
def test_loopback_names_are_served(guarded, host):
    assert guarded.get("/api/stories", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("url", ["/api/events", "/", "/static/app.css", "/nothing"])
def test_foreign_host_is_400_json_with_headers(guarded, url):
    response = guarded.get(url, headers={"host": "evil.example:8000"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "E400"
    assert "evil.example" in response.json()["error"]["message"]
    assert response.headers["x-frame-options"] == "DENY" and "script-src 'self'" in response.headers[
        "content-security-policy"]
