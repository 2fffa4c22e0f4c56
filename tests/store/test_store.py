import json

import pytest

from rasid.errors import StoreError
from rasid.records import ErrorRecord
from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store
from rasid.store.schema import MIGRATIONS

CLASH = "واندلعت اشتباكات عنيفة بين قوات حفتر وقوات الوفاق جنوب طرابلس."


def test_store_open_uses_wal_and_migrates_once(db_path):
    with Store.open(db_path) as store:
        assert store.journal_mode() == "wal"
    with Store.open(db_path) as store:
        assert store.migrations() == [m.name for m in MIGRATIONS]


def test_store_add_document_is_idempotent(db_path, make_document):
    doc = make_document("000_e8cc05979524b772")
    with Store.open(db_path) as store:
        assert store.add_document(doc) is True
        assert store.add_document(doc) is False
        counts = store.counts()
    assert (counts["articles"], counts["sentences"], counts["events"]) == (1, 1, 1)


def test_store_add_document_replaces_changed_content(db_path, make_document):
    with Store.open(db_path) as store:
        store.add_document(make_document("a"))
        changed = make_document("a", CLASH, title="اشتباكات", cameo="190", actors=("LBYREB", "LBYGOV"))
        assert store.add_document(changed) is True
        events = store.events(merged=False)
        assert store.counts()["articles"] == 1
        assert [e.event.cameo for e in events] == ["190"]
        assert store.search("غويريني") == []
        assert store.search("اشتباكات") == ["a"]
        assert store.article("a")["text"] == CLASH


def test_store_published_is_iso_with_timezone(db_path, make_document, published):
    with Store.open(db_path, timezone="Africa/Tripoli") as store:
        store.add_document(make_document("a", published=published))
        assert store.article("a")["published"] == "2020-08-12T09:30:00+02:00"
        assert store.article("missing") is None


def test_store_reader_sees_committed_state_while_writer_is_open(db_path, make_document):
    with Store.open(db_path) as writer:
        writer.add_document(make_document("a"))
        with writer.transaction():
            writer._write_document(make_document("b", "نص آخر عن طرابلس"))
            with Store.open(db_path, readonly=True) as reader:
                assert [a["id"] for a in reader.articles()] == ["a"]
                assert reader.search("طرابلس") == ["a"]
        with Store.open(db_path, readonly=True) as reader:
            assert sorted(a["id"] for a in reader.articles()) == ["a", "b"]


def test_store_readonly_refuses_writes(db_path, make_document):
    Store.open(db_path).close()
    with Store.open(db_path, readonly=True) as reader, pytest.raises(StoreError):
        reader.add_document(make_document("a"))


def test_store_readonly_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path / "none.db", readonly=True)


def test_store_failed_write_rolls_back(db_path, make_document):
    with Store.open(db_path) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store._write_document(make_document("a"))
            raise RuntimeError("killed mid-batch")
        assert store.counts()["articles"] == 0
        assert store.search("غويريني") == []


def test_store_errors_round_trip(db_path):
    err = ErrorRecord(input="bad.html", code="E105", error="MalformedDocumentError", message="لا يوجد نص")
    with Store.open(db_path) as store:
        store.add_error(err)
        (row,) = store.errors()
    assert {k: row[k] for k in err.to_json()} == err.to_json()
    assert row["at"]


def test_store_runs_are_recorded(db_path):
    with Store.open(db_path) as store:
        run = store.start_run("ingest", {"batch_size": 2})
        store.finish_run(run, {"added": 3})
        assert store.counts()["runs"] == 1
        row = store._conn.execute("SELECT status, counts FROM runs").fetchone()
    assert row["status"] == "done" and json.loads(row["counts"]) == {"added": 3}


def _with_topic(doc, topic):
    from dataclasses import replace

    return replace(doc, article=doc.article.with_(meta={"topic": topic, "topic_score": "0.99"}))


def test_store_keeps_the_article_topic_and_filters_events_by_it(db_path, make_document):
    from rasid.store.browse import EventQuery

    with Store.open(db_path) as store:
        store.add_document(_with_topic(make_document("a"), "politics"))
        store.add_document(_with_topic(make_document("b", CLASH, title="اشتباكات", cameo="190",
                                                     actors=("LBYREB", "LBYGOV")), "economy"))
        store.add_document(make_document("c", CLASH + " ", title="اشتباكات", cameo="190", actors=("SDNREB", "SDNMIL")))
        rebuild_merged_events(store)
        assert store.topics() == [{"topic": "economy", "articles": 1}, {"topic": "politics", "articles": 1}]
        politics = store.find_events(EventQuery(topic="politics"))
        assert [e.representative.cameo for e in politics.events] == ["043"]
        assert store.find_events(EventQuery(topic="economy")).total == 1
        assert store.find_events(EventQuery(topic="sport")).total == 0
        assert store.find_events(EventQuery()).total == 3


def test_topic_migration_reads_the_topic_stored_in_article_meta(db_path, make_document):
    import sqlite3

    with Store.open(db_path) as store:
        store.add_document(_with_topic(make_document("a"), "culture"))
    conn = sqlite3.connect(db_path)  # make it a store from before 0004: no topic column, meta only
    conn.executescript("DROP INDEX articles_topic; ALTER TABLE articles DROP COLUMN topic;"
                       "DELETE FROM migrations WHERE name = '0004_article_topic';")
    conn.close()
    with Store.open(db_path) as store:
        assert store.topics() == [{"topic": "culture", "articles": 1}]
