import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.commands.web import is_loopback


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                                ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_needs_an_existing_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_serve_passes_workers_and_allowed_hosts(seeds_db, monkeypatch):
    calls = []
    monkeypatch.setattr("rasid.web.app.serve", lambda *args, **kwargs: calls.append((args, kwargs)))
    monkeypatch.setenv("RASID_ALLOWED_HOSTS", "rasid.lan,news.lan")
    result = CliRunner().invoke(main, ["serve", "--db", str(seeds_db), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert calls == [((str(seeds_db), "127.0.0.1", 8000), {"workers": 2, "allowed_hosts": ("rasid.lan", "news.lan")})]
