"""``rasid ingest``: how many workers it asks for."""

import pytest
from click.testing import CliRunner

from rasid.cli import main
from rasid.ingest.report import IngestReport


@pytest.fixture
def calls(monkeypatch):
    seen = []

    def fake_run_ingest(paths, db, settings, **options):
        seen.append(options["workers"])
        return IngestReport()

    monkeypatch.setattr("rasid.service.ingest.run_ingest", fake_run_ingest)
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: set(range(6)), raising=False)
    return seen


@pytest.mark.parametrize(("args", "env", "workers"), [
    ([], {}, 6),  # every usable CPU
    ([], {"RASID_WORKERS": "2"}, 2),
    (["--workers", "1"], {"RASID_WORKERS": "4"}, 1),
])
def test_ingest_workers_default_to_usable_cpus(calls, tmp_path, args, env, workers):
    result = CliRunner().invoke(main, ["ingest", "x.txt", "--db", str(tmp_path / "r.db"), *args],
                                env={"RASID_PROGRESS": "0", **env})
    assert result.exit_code == 0, result.output
    assert calls == [workers]


def test_settings_command_shows_the_cpus_behind_workers_0(calls):
    result = CliRunner().invoke(main, ["settings"], env={"RASID_WORKERS": "0"})
    assert "workers = 0  # 6 usable CPUs" in result.stdout
