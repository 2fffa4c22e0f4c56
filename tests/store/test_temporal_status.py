"""Reported events by default: the temporal_status column, its filters, and migration 0005 on an older store."""

import dataclasses
import json
import sqlite3
from datetime import datetime

import pytest

from rasid.errors import StoreError
from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store
from rasid.store.browse import EventQuery

PUBLISHED = datetime(2018, 5, 24, 9, 30)
HISTORY = "تأسست جامعة الدول العربية عام 1945 في القاهرة."


def _documents(make_document):
    news = make_document("news", published=PUBLISHED)
    old = make_document("old", HISTORY, published=PUBLISHED, cameo="190", actors=("SYRGOV", "IGOARL"))
    old = old.with_(events=tuple(dataclasses.replace(e, date="1945", date_precision="year",
                                                     temporal_status="historical") for e in old.events))
    return news, old


@pytest.fixture
def store_path(db_path, make_document):
    with Store.open(db_path) as store:
        store.add_documents(_documents(make_document))
        rebuild_merged_events(store)
    return db_path


def test_store_events_default_to_reported(store_path):
    with Store.open(store_path, readonly=True) as store:
        assert [e.event.cameo for e in store.events()] == ["043"]
        assert [e.event.cameo for e in store.events(merged=False)] == ["043"]
        assert sorted(e.event.cameo for e in store.events(temporal_status="")) == ["043", "190"]
        (old,) = store.events(temporal_status="historical")
        assert (old.event.cameo, old.temporal_status, old.event.date) == ("190", "historical", "1945")


def test_find_events_and_network_default_to_reported(store_path):
    with Store.open(store_path, readonly=True) as store:
        assert store.find_events(EventQuery()).total == 1
        assert store.find_events(EventQuery(temporal_status="")).total == 2
        assert [e.event.cameo for e in store.find_events(EventQuery(temporal_status="historical")).events] == ["190"]
        assert {e.cameo for e in store.network_events()} == {"043"}
        assert {e.cameo for e in store.network_events("")} == {"043", "190"}
        assert store.date_range()[0] != "1945-01-01" and store.date_range("")[0] == "1945-01-01"


def test_temporal_status_migration_classifies_an_older_store(store_path):
    conn = sqlite3.connect(store_path)  # make it a store from before 0005: no status column, no status in JSON
    conn.executescript(
        "DROP INDEX merged_events_status_browse; DROP INDEX merged_events_status_browse_desc;"
        "ALTER TABLE events DROP COLUMN temporal_status; ALTER TABLE merged_events DROP COLUMN temporal_status;"
        "UPDATE events SET json = json_remove(json, '$.temporal_status');"
        "UPDATE merged_events SET json = json_remove(json, '$.temporal_status');"
        "DELETE FROM migrations WHERE name = '0005_temporal_status';")
    conn.close()
    with pytest.raises(StoreError, match="0005_temporal_status"):
        Store.open(store_path, readonly=True)
    with Store.open(store_path) as store:
        statuses = {e.event.cameo: e.temporal_status for e in store.events(merged=False, temporal_status="")}
        merged = {e.event.cameo: e.temporal_status for e in store.events(temporal_status="")}
        rows = store._conn.execute("SELECT cameo, temporal_status, json FROM events ORDER BY cameo").fetchall()
    assert statuses == merged == {"043": "reported", "190": "historical"}
    assert [(r[0], r[1], json.loads(r[2])["temporal_status"]) for r in rows] == [
        ("043", "reported", "reported"), ("190", "historical", "historical")]
