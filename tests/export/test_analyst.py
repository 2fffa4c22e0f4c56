"""The typed events table and the daily dyad counts: real dates, booleans, lists and string codes, in Parquet
and CSV, and the quick starts of docs/analysis.md run as written."""

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rasid.export.analyst import EVENT_SCHEMA, dyad_counts, event_row
from rasid.service.export import export_store
from rasid.stored import MergedEvent, StoredEvent

DOCS = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"


@pytest.fixture
def tables(db, tmp_path):
    out = tmp_path / "tables"
    export_store(db, "parquet", out, tables=("events", "dyad_counts"), temporal_status="all")
    return out


def test_events_parquet_has_real_types(tables):
    schema = pq.read_schema(tables / "events.parquet")
    assert schema.field("date").type == pa.date32() and schema.field("first_day").type == pa.date32()
    assert schema.field("symmetric").type == pa.bool_() and schema.field("lat").type == pa.float64()
    assert schema.field("doc_ids").type == pa.list_(pa.string()) and schema.field("cameo").type == pa.string()
    assert schema.names == EVENT_SCHEMA.names


def test_events_parquet_keeps_codes_evidence_url_and_place(tables):
    events = pd.read_parquet(tables / "events.parquet").set_index("cameo")
    assert sorted(events.index) == ["040", "043", "180", "190"]
    attack = events.loc["180"]
    assert (attack.lat, attack.lon, attack.location_country) == (33.34, 44.4, "IRQ")
    assert attack.evidence.startswith("هاجم تنظيم داعش") and attack.url == "https://example.org/d"
    assert attack.confidence == 0.9 and attack.temporal_status == "reported"
    assert sorted(events.loc["043"].doc_ids) == ["a", "b"] and events.loc["043"].num_articles == 2


def test_events_day_column_holds_only_days(tables):
    events = pd.read_parquet(tables / "events.parquet").set_index("cameo")
    week, year, day = events.loc["180"], events.loc["040"], events.loc["190"]
    assert pd.isna(week.date) and week.date_precision == "week" and week.period == "2020-W33"
    assert (week.first_day, week.last_day) == (date(2020, 8, 10), date(2020, 8, 16))
    assert pd.isna(year.date) and year.period == "1945" and year.last_day == date(1945, 12, 31)
    assert day.date == date(2020, 8, 11) and day.date_precision == "day"
    assert pd.to_datetime(events.date).notna().sum() == 1  # the mixed-format strings used to make this raise


def test_events_csv_keeps_leading_zeros_when_read_as_text(db, tmp_path):
    export_store(db, "csv", tmp_path, tables=("events",), temporal_status="all")
    events = pd.read_csv(tmp_path / "events.csv", dtype={"root": str, "cameo": str}, parse_dates=["date"])
    assert sorted(events.cameo) == ["040", "043", "180", "190"] and sorted(events.root)[0] == "04"
    assert events.date.notna().sum() == 1 and events.symmetric.dtype == bool
    assert '"a", "b"' in events.loc[events.cameo == "043", "doc_ids"].iloc[0]


def test_dyad_counts_count_events_per_day_dyad_and_root(db, tmp_path):
    export_store(db, "parquet", tmp_path, tables=("dyad_counts",))
    counts = pd.read_parquet(tmp_path / "dyad_counts.parquet")
    assert pq.read_schema(tmp_path / "dyad_counts.parquet").field("day").type == pa.date32()
    rows = sorted((str(r.day), r.root, r.quad_class, r.events, r.articles) for r in counts.itertuples())
    assert rows == [("2020-08-11", "19", 4, 1, 1), ("2020-08-12", "04", 1, 1, 2), ("2020-08-12", "18", 4, 1, 1)]
    attack = counts[counts.root == "18"].iloc[0]
    assert (attack.source_code, attack.target_code) == ("IMGMUSISI", "IRQMIL")


def _event(day, source="SYRGOV", target="ISR", root="19", published="2021-03-04T10:00:00+00:00", articles=1):
    return MergedEvent.from_json({"id": f"{day}{source}", "date": day, "root": root, "cameo": f"{root}0",
                                  "quad_class": 4, "source": {"code": source}, "target": {"code": target},
                                  "published": published, "sources": [f"d{i}" for i in range(articles)]})


def test_dyad_counts_group_and_use_publication_day_for_coarse_dates():
    events = [_event("2021-03-01"), _event("2021-03-01", articles=3), _event("2021-03"),
              _event("2021-03-01", target="LBN"), _event(None, published=None)]
    rows = [(str(r["day"]), r["target_code"], r["events"], r["articles"]) for r in dyad_counts(events)]
    assert rows == [("2021-03-01", "ISR", 2, 4), ("2021-03-01", "LBN", 1, 1), ("2021-03-04", "ISR", 1, 1)]


def test_event_row_of_a_document_event_lists_its_own_id_and_document():
    row = event_row(StoredEvent.from_json({"id": "e1", "doc_id": "d1", "cameo": "010", "root": "01",
                                           "date": "2021-03-01", "date_precision": "day", "symmetric": 0}))
    assert (row["doc_ids"], row["event_ids"], row["cameo"], row["symmetric"]) == (["d1"], ["e1"], "010", False)
    assert row["date"] == date(2021, 3, 1) and row["num_articles"] == 1


def _snippets(language):
    return re.findall(rf"```{language}\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S)


def test_docs_pandas_quick_start_runs(db, tmp_path, monkeypatch):
    export_store(db, "parquet", tmp_path / "tables")
    monkeypatch.chdir(tmp_path)
    snippet = next(s for s in _snippets("python") if "import pandas" in s)
    scope = {}
    exec(snippet, scope)  # the documented example, run as a user would
    assert len(scope["events"]) == 3 and scope["events"]["date"].dtype.kind == "M"


def test_docs_duckdb_quick_start_runs(db, tmp_path, monkeypatch):
    pytest.importorskip("duckdb")
    export_store(db, "parquet", tmp_path / "tables")
    monkeypatch.chdir(tmp_path)
    snippet = next(s for s in _snippets("python") if "import duckdb" in s)
    scope = {}
    exec(snippet, scope)
    assert len(scope["daily"]) >= 1
