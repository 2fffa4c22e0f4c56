"""The package's Python API: what ``import rasid`` offers stays what it is, whatever runs first."""

from datetime import date

import pandas as pd
import pytest

import rasid
from rasid.settings import Settings
from tests.export.conftest import build_store


@pytest.fixture
def events_db(tmp_path):
    return build_store(tmp_path / "events.db")


def test_ingest_stays_the_function_after_extract_loads_the_ingest_package(tmp_path):
    settings = Settings(progress=False)
    (tmp_path / "a.txt").write_text("استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج.", encoding="utf-8")
    list(rasid.extract([tmp_path / "a.txt"], settings))
    assert callable(rasid.ingest)
    report = rasid.ingest([tmp_path / "a.txt"], tmp_path / "r.db", settings)
    assert report.added == 1


def test_events_frame_has_real_types_and_reported_events_by_default(events_db):
    frame = rasid.events_frame(events_db)
    assert sorted(frame.cameo) == ["043", "180", "190"]  # the 1945 founding is historical
    assert frame["date"].dtype.kind == "M" and frame["symmetric"].dtype == bool
    assert frame["lat"].dtype == "float64" and frame["quad_class"].dtype == "int8"
    attack = frame.set_index("cameo").loc["180"]
    assert pd.isna(attack["date"]) and attack.period == "2020-W33" and attack.url == "https://example.org/d"
    assert sorted(frame.set_index("cameo").loc["043"].doc_ids) == ["a", "b"]


def test_events_frame_takes_the_event_filters(events_db):
    assert list(rasid.events_frame(events_db, root="19").source_code) == ["LBYREB"]
    assert list(rasid.events_frame(events_db, actor="IRQ").cameo) == ["180"]
    assert len(rasid.events_frame(events_db, limit=2)) == 2
    assert sorted(rasid.events_frame(events_db, temporal_status="").cameo) == ["040", "043", "180", "190"]
    assert list(rasid.events_frame(events_db, since=date(2020, 8, 12), root="19").cameo) == []
    assert len(rasid.events_frame(events_db, merged=False)) == 4


def test_dyad_counts_frame_counts_per_day(events_db):
    counts = rasid.dyad_counts_frame(events_db)
    assert counts["day"].dtype.kind == "M" and counts.events.sum() == 3 and counts.articles.sum() == 4
    assert list(rasid.dyad_counts_frame(events_db, root="19").target_code) == ["LBYGOVMIL"]
