"""Every command that takes --db falls back to the 'db' setting: RASID_DB, then the config file, then rasid.db."""

import json
import shutil

import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.store import Store

ENGLISH = "The Libyan prime minister met the Italian defence minister in Tripoli on Wednesday.\n"


@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.delenv("RASID_DB", raising=False)
    monkeypatch.chdir(tmp_path)  # a stray rasid.db would land here, never in the repository
    return CliRunner()


@pytest.fixture
def copy_of(store_path, tmp_path):
    def make(name):
        target = tmp_path / name
        shutil.copy(store_path, target)
        return target
    return make


def test_ingest_writes_the_store_named_by_rasid_db(runner, tmp_path):
    doc = tmp_path / "english.txt"
    doc.write_text(ENGLISH, encoding="utf-8")
    target = tmp_path / "from_env.db"
    result = runner.invoke(main, ["ingest", str(doc)], env={"RASID_DB": str(target), "RASID_PROGRESS": "0"})
    assert result.exit_code == 1, result.output  # the one document is not Arabic: an error record
    assert not (tmp_path / "rasid.db").exists()
    with Store.open(target, readonly=True) as store:
        assert [e["input"] for e in store.errors()] == [str(doc)]


def test_events_read_the_store_named_by_rasid_db(runner, copy_of):
    db = copy_of("env.db")
    result = runner.invoke(main, ["events"], env={"RASID_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 4


def test_db_option_beats_rasid_db(runner, copy_of, tmp_path):
    db = copy_of("given.db")
    result = runner.invoke(main, ["events", "--db", str(db)], env={"RASID_DB": str(tmp_path / "missing.db")})
    assert result.exit_code == 0, result.output


def test_config_file_db_is_used_and_rasid_db_beats_it(runner, copy_of, tmp_path):
    db = copy_of("config.db")
    config = tmp_path / "rasid.toml"
    config.write_text(f'[rasid]\ndb = "{db}"\n', encoding="utf-8")
    assert runner.invoke(main, ["--config", str(config), "errors"]).exit_code == 0
    result = runner.invoke(main, ["--config", str(config), "errors"], env={"RASID_DB": str(tmp_path / "nope.db")})
    assert result.exit_code == 2 and "nope.db" in result.output


def test_network_reads_the_store_named_by_rasid_db(runner, copy_of):
    db = copy_of("net.db")
    result = runner.invoke(main, ["network"], env={"RASID_DB": str(db)})
    assert result.exit_code == 0, result.output
    pairs = {tuple(sorted((e["a"], e["b"]))) for e in json.loads(result.stdout)["edges"]}
    assert ("ITAGOV", "LBYGOV") in pairs


def test_serve_resolves_the_store_from_rasid_db_without_starting(runner, copy_of, monkeypatch):
    db = copy_of("serve.db")
    calls = []
    monkeypatch.setattr("rasid.web.app.serve", lambda *args, **kwargs: calls.append(args))
    result = runner.invoke(main, ["serve"], env={"RASID_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert calls == [(str(db), "127.0.0.1", 8000)]


def test_export_resolves_the_store_from_rasid_db(runner, copy_of, monkeypatch, tmp_path):
    db = copy_of("export.db")
    calls = []

    def fake_export(path, fmt, out, **options):
        calls.append((path, fmt, out))
        return {"events": 0}

    monkeypatch.setattr("rasid.commands.scale.export_store", fake_export)
    result = runner.invoke(main, ["export", "--format", "csv", "--out", str(tmp_path / "out")],
                           env={"RASID_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert calls == [(str(db), "csv", str(tmp_path / "out"))]


@pytest.mark.parametrize("command", [["events"], ["errors"], ["network"], ["serve"], ["graph"], ["stories"],
                                     ["duplicates"], ["refresh"], ["actor", "LBY"], ["timeline", "LBY"],
                                     ["export", "--format", "csv", "--out", "x"]])
def test_missing_default_store_names_the_setting(runner, command):
    result = runner.invoke(main, command)
    assert result.exit_code == 2
    assert "rasid.db" in result.output and "RASID_DB" in result.output
