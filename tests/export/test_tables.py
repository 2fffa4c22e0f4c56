"""Every export of a store opens in pandas: GDELT TSV, PLOVER JSON lines, Parquet and CSV table directories."""

import json

import pandas as pd
import pytest

from rasid.export import TABLES, write_tables
from rasid.export.tables import arrow_type, infer_schema
from rasid.records import Mention, Place
from rasid.service.export import export_store
from rasid.service.queries import refresh_store
from rasid.store import Store

from .conftest import CLASH, MEETING, _document


@pytest.fixture
def export_db(tmp_path):
    tripoli = Place("طرابلس", "Tripoli", "LBY", 32.89, 13.19, feature="city")
    docs = [_document("a", MEETING, "043", "LBYGOV", "ITAGOV", "القدس العربي", place=tripoli),
            _document("b", MEETING, "043", "ITAGOV", "LBYGOV", "فرانس 24", place=tripoli),
            _document("c", CLASH, "190", "LBYREB", "LBYGOVMIL", "العربية", date="2020-08-11")]
    docs[0] = docs[0].with_(mentions=(Mention("m1", "a", 6, 17, "فائز السراج", "PER", "فايز السراج",
                                              actor_id="sarraj", code="LBYGOV", name="Fayez al-Sarraj"),))
    db = tmp_path / "rasid.db"
    with Store.open(db) as store:
        store.add_documents(docs)
    refresh_store(db)
    return db


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_store_tables_open_in_pandas(export_db, tmp_path, fmt):
    out = tmp_path / fmt
    counts = export_store(export_db, fmt, out)
    assert set(counts) == set(TABLES)
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    events = pd.read_parquet(out / "events.parquet") if fmt == "parquet" else pd.read_csv(
        out / "events.csv", dtype={"root": str, "cameo": str})
    assert len(events) == counts["events"] == 2
    doc_ids = events.loc[events.root == "04", "doc_ids"].iloc[0]
    assert sorted(json.loads(doc_ids) if fmt == "csv" else doc_ids) == ["a", "b"]
    actors = read(out / f"actors.{fmt}")
    assert actors.to_dict("records")[0] | {"actor_id": "sarraj"} == {
        "code": "LBYGOV", "name": "Fayez al-Sarraj", "actor_id": "sarraj", "mentions": 1, "articles": 1}
    articles = read(out / f"articles.{fmt}")
    assert sorted(articles.id) == ["a", "b", "c"] and "غويريني" in articles.text.iloc[0]
    assert len(read(out / f"mentions.{fmt}")) == 1
    assert len(read(out / f"stories.{fmt}")) == counts["stories"]


def test_export_store_gdelt_and_plover_open_in_pandas(export_db, tmp_path):
    export_store(export_db, "gdelt", tmp_path / "events.tsv", header=True)
    gdelt = pd.read_csv(tmp_path / "events.tsv", sep="\t", dtype=str)
    assert sorted(gdelt.EventCode) == ["043", "190"] and set(gdelt.NumArticles) == {"1", "2"}
    export_store(export_db, "plover", tmp_path / "events.jsonl")
    plover = pd.read_json(tmp_path / "events.jsonl", lines=True)
    assert sorted(e for events in plover.event for e in events) == ["ASSAULT", "CONSULT"]
    export_store(export_db, "gdelt", tmp_path / "doc.tsv", per_document=True)
    assert len(pd.read_csv(tmp_path / "doc.tsv", sep="\t", header=None)) == 3


def test_export_store_unknown_format_raises(export_db, tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        export_store(export_db, "xlsx", tmp_path / "x")


@pytest.mark.parametrize(("kinds", "expected"), [
    ({int}, "int64"), ({int, float, type(None)}, "double"), ({bool}, "bool"), ({str, int}, "string"),
    ({type(None)}, "string"),
])
def test_arrow_type_holds_every_value(kinds, expected):
    assert str(arrow_type(kinds)) == expected


def test_infer_schema_sees_values_after_leading_nulls():
    rows = [{"n": None}] * 3 + [{"n": 2.5}]
    assert str(infer_schema(rows, ["n"]).field("n").type) == "double"


def test_write_tables_batches_keep_types(tmp_path, monkeypatch):
    monkeypatch.setattr("rasid.export.tables.TABLE_BATCH", 2)
    rows = [{"id": str(i), "score": i / 2 if i else None} for i in range(5)]
    write_tables({"t": (["id", "score"], lambda: iter(rows))}, tmp_path, "parquet")
    frame = pd.read_parquet(tmp_path / "t.parquet")
    assert list(frame.score.isna()) == [True, False, False, False, False] and frame.score.iloc[4] == 2.0


def test_export_store_tables_keep_to_reported_events_unless_asked(db, tmp_path):
    tables = ("events", "document_events", "articles")
    assert export_store(db, "csv", tmp_path / "reported", tables=tables) == {
        "events": 3, "document_events": 4, "articles": 5}
    everything = export_store(db, "parquet", tmp_path / "all", tables=tables, temporal_status="all")
    assert everything == {"events": 4, "document_events": 5, "articles": 5}
    assert sorted(pd.read_parquet(tmp_path / "all" / "events.parquet").temporal_status) == [
        "historical", "reported", "reported", "reported"]
    statuses = pd.read_parquet(tmp_path / "all" / "document_events.parquet").temporal_status
    assert sorted(statuses) == ["historical"] + ["reported"] * 4
