"""End-to-end: the CLI on the bundled seed articles."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasid.api import sample_gold, sample_paths
from rasid.cli import main

pytestmark = pytest.mark.slow

EVENT_KEYS = {"doc_id", "cameo", "root", "plover", "quad_class", "goldstein", "source", "target", "date",
              "date_text", "location", "evidence", "confidence"}


@pytest.fixture(scope="module")
def seeds():
    return [str(p) for p in sample_paths()]


@pytest.fixture
def runner():
    return CliRunner()


def _jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extract_emits_scorer_shaped_events_with_offsets(runner, seeds):
    result = runner.invoke(main, ["extract", *seeds, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = _jsonl(result.stdout)
    assert events, "the seeds report many events"
    texts = {Path(p).stem: Path(p).read_text(encoding="utf-8") for p in seeds}
    for event in events:
        assert event.keys() >= EVENT_KEYS
        evidence = event["evidence"]
        assert texts[event["doc_id"]][evidence["start"]:evidence["end"]] == evidence["sentence"]
        assert event["root"] == event["cameo"][:2]


def test_extract_tsv_has_header_and_rows(runner, seeds):
    result = runner.invoke(main, ["extract", seeds[0], "--format", "tsv"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc_id\tcameo\troot")
    assert len(lines) > 1


def test_extract_bad_input_reports_error_and_fails_exit_status(runner, tmp_path, seeds):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(main, ["extract", str(tmp_path / "empty.txt"), seeds[0]])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert _jsonl(result.stdout), "the good document is still coded"


def test_ingest_is_idempotent_and_events_list_sources(runner, tmp_path, seeds):
    db = str(tmp_path / "seeds.db")
    first = runner.invoke(main, ["ingest", *seeds, "--db", db, "--workers", "1"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["ingest", *seeds, "--db", db, "--workers", "1"])
    assert "new 0" in again.stderr
    events = _jsonl(runner.invoke(main, ["events", "--db", db]).stdout)
    assert events and all(e["sources"] for e in events)
    assert any(len(e["sources"]) > 1 for e in events), "000 and 002 report the same meeting"


def test_network_is_signed_edges_with_events(runner, tmp_path, seeds):
    db = str(tmp_path / "seeds.db")
    runner.invoke(main, ["ingest", *seeds, "--db", db, "--workers", "1"])
    graph = json.loads(runner.invoke(main, ["network", "--db", db]).stdout)
    assert graph["edges"]
    for edge in graph["edges"]:
        assert edge["sign"] in "+-" and edge["events"] and isinstance(edge["weight"], float)


def test_eval_events_prints_lenient_and_strict(runner, seeds):
    result = runner.invoke(main, ["eval", "events", "--gold", str(sample_gold()), "--json", *seeds])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 5
    assert {"precision", "recall", "f1"} <= summary["lenient"].keys()
    assert summary["strict"]["f1"] <= summary["lenient"]["f1"]


def _split_gold(tmp_path, dev, test, outlets):
    gold = json.loads(Path(sample_gold()).read_text(encoding="utf-8"))
    gold["split"], gold["outlets"] = {"dev": dev, "test": test}, outlets
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def test_eval_events_split_scores_only_that_split_per_outlet(runner, seeds, tmp_path):
    ids = sorted(Path(s).stem for s in seeds)
    outlets = {d: ("Outlet A" if i % 2 else "Outlet B") for i, d in enumerate(ids)}
    gold = _split_gold(tmp_path, ids[:3], ids[3:], outlets)
    result = runner.invoke(main, ["eval", "events", "--gold", str(gold), "--split", "test", "--json", *seeds])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 2
    assert sum(o["documents"] for o in summary["per_outlet"].values()) == 2
    required = sum(o["lenient"]["required"] for o in summary["per_outlet"].values())
    assert required == summary["lenient"]["required"]


def test_eval_events_scores_a_system_file_without_running_rasid(runner, tmp_path):
    gold = json.loads(Path(sample_gold()).read_text(encoding="utf-8"))
    first = next(e for e in gold["events"] if e.get("required", True))
    event = {"doc_id": first["doc"], "root": first["roots"][0], "source": {"code": first["source"][0]},
             "target": {"code": first["target"][0]} if first["target"][0] else None,
             "evidence": {"sentence": first["cues"][0]}}
    system = tmp_path / "system.jsonl"
    system.write_text(json.dumps(event, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", "events", "--gold", str(sample_gold()), "--system", str(system), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["strict"]["matched_required"] == 1 and summary["strict"]["system"] == 1


def test_eval_events_needs_paths_or_a_system_file(runner):
    result = runner.invoke(main, ["eval", "events", "--gold", str(sample_gold())])
    assert result.exit_code != 0 and "--system" in result.output


def test_pipeline_check_passes_on_defaults(runner):
    result = runner.invoke(main, ["pipeline", "check"])
    assert result.exit_code == 0
    assert "events" in result.stdout


def test_pipeline_check_reports_unmet_requirements(runner, tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('pipeline = ["events"]\n')
    result = runner.invoke(main, ["--config", str(config), "pipeline", "check"])
    assert result.exit_code == 1
    assert "MISSING" in result.stdout


def test_demo_runs_on_bundled_seeds(runner):
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "alliance network" in result.stdout
