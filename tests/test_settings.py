import pytest

from rasid.errors import ConfigError
from rasid.settings import DEFAULT_PIPELINE, SETTINGS, Settings, load_settings, settings_names


def test_settings_defaults_match_table():
    defaults = Settings()
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default


def test_settings_every_field_is_declared_with_help():
    declared = {s.name for s in SETTINGS}
    assert declared == set(settings_names())
    assert all(s.help for s in SETTINGS)


def test_load_settings_config_then_env_then_override(tmp_path):
    config = tmp_path / "rasid.toml"
    config.write_text('[rasid]\ndb = "from-config.db"\nbatch_size = 10\ntimezone = "Africa/Tripoli"\n')
    env = {"RASID_BATCH_SIZE": "25", "RASID_PROGRESS": "false", "OTHER": "x"}
    settings = load_settings(config, env=env, timezone="Asia/Riyadh")
    assert settings.db == "from-config.db"
    assert settings.batch_size == 25
    assert settings.progress is False
    assert settings.timezone == "Asia/Riyadh"


def test_load_settings_pipeline_from_env_is_a_tuple():
    settings = load_settings(env={"RASID_PIPELINE": "sentences, tokens"})
    assert settings.pipeline == ("sentences", "tokens")
    assert load_settings(env={}).pipeline == DEFAULT_PIPELINE


@pytest.mark.parametrize("content, message", [
    ("db = [", "not valid TOML"),
    ("nonsense_key = 1", "unknown setting"),
    ("batch_size = 'many'", "expects int"),
])
def test_load_settings_bad_config_is_a_clear_error(tmp_path, content, message):
    config = tmp_path / "bad.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(config, env={})


def test_load_settings_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "absent.toml", env={})


def test_workers_default_to_every_usable_cpu(monkeypatch):
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: {0, 1, 2}, raising=False)
    assert Settings().workers == 0 and Settings().worker_count == 3
    assert load_settings(env={"RASID_WORKERS": "1"}).worker_count == 1


def test_usable_cpus_without_an_affinity_call_is_the_cpu_count(monkeypatch):
    from rasid.settings import usable_cpus

    monkeypatch.delattr("os.sched_getaffinity", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 6)
    assert usable_cpus() == 6
