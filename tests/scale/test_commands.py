"""The corpus-scale commands on the reference store."""

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from rasid.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def test_rasid_stories_lists_and_shows_a_story(runner, reference_db):
    listed = runner.invoke(main, ["stories", "--db", str(reference_db), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.output)
    biggest = stories[0]
    assert biggest["num_articles"] >= 3 and biggest["title"]
    shown = runner.invoke(main, ["stories", "--db", str(reference_db), "--id", biggest["id"]])
    story = json.loads(shown.output)
    assert len(story["article_ids"]) == biggest["num_articles"] and story["event_ids"]


def test_rasid_stories_unknown_id_fails(runner, reference_db):
    result = runner.invoke(main, ["stories", "--db", str(reference_db), "--id", "nope"])
    assert result.exit_code == 1 and "no story 'nope'" in result.output


def test_rasid_duplicates_groups_copies(runner, reference_db):
    result = runner.invoke(main, ["duplicates", "--db", str(reference_db), "--format", "json"])
    (group,) = json.loads(result.output)
    assert group["canonical_id"] == "002_9133bf39d0b5bf70" and group["copies"][0]["doc_id"] == "002_copy"


def test_rasid_export_parquet_directory(runner, reference_db, tmp_path):
    out = tmp_path / "tables"
    result = runner.invoke(main, ["export", "--db", str(reference_db), "--format", "parquet", "--out", str(out),
                                  "--table", "events", "--table", "articles"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet", "events.parquet"]
    assert len(pd.read_parquet(out / "articles.parquet")) == 6


def test_rasid_export_gdelt_and_plover_files(runner, reference_db, tmp_path):
    gdelt, plover = tmp_path / "events.tsv", tmp_path / "events.jsonl"
    for fmt, out in (("gdelt", gdelt), ("plover", plover)):
        result = runner.invoke(main, ["export", "--db", str(reference_db), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
    frame = pd.read_csv(gdelt, sep="\t", header=None)
    records = [json.loads(line) for line in plover.read_text(encoding="utf-8").splitlines()]
    assert frame.shape[1] == 61 and frame[0].dtype == "int64" and 0 < len(records) <= len(frame)
    assert all(r["event"] and r["date"] for r in records)  # public statements (no PLOVER category) left out
    extended = tmp_path / "all.tsv"
    result = runner.invoke(main, ["export", "--db", str(reference_db), "--format", "gdelt", "--out", str(extended),
                                  "--temporal", "all", "--header", "--extras"])
    assert result.exit_code == 0, result.output
    everything = pd.read_csv(extended, sep="\t")
    assert everything.columns[0] == "GlobalEventID" and "rasid_temporal_status" in everything.columns
    assert len(everything) >= len(frame) and set(everything.rasid_temporal_status) <= {"reported", "historical",
                                                                                        "future"}


def test_rasid_refresh_on_a_current_store_adds_nothing(runner, reference_db):
    result = runner.invoke(main, ["refresh", "--db", str(reference_db)])
    assert result.exit_code == 0 and "near_duplicates: 0, stories: 0" in result.output


def test_rasid_refresh_compare_counts_baseline_and_merge(runner, reference_db):
    result = runner.invoke(main, ["refresh", "--db", str(reference_db), "--compare"])
    counts = json.loads(result.output.splitlines()[-1])
    assert counts["events"] > counts["merged"] and counts["merged_multi_article"] >= 1
    assert counts["merged_cross_outlet"] >= 1 and counts["one_a_day"] <= counts["events"]
