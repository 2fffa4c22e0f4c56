"""The corpus tables: near-duplicate and story passes over a store, incremental, and whole-table reads."""

import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from rasid.errors import StoreError
from rasid.records import ErrorRecord
from rasid.service.corpus import rebuild_merged_events, update_near_duplicates, update_stories
from rasid.store import Store

WIRE = ("أعلن المتحدث باسم حكومة الوفاق الوطني الليبية أن رئيس المجلس الرئاسي فائز السراج استقبل الأربعاء في "
        "طرابلس وزير الدفاع الإيطالي لورينزو غويريني الذي وصل على رأس وفد عسكري رفيع المستوى، وبحث الجانبان "
        "التعاون الأمني ونزع الألغام من الأحياء الجنوبية للعاصمة وتدريب خفر السواحل الليبي.")
COPY = WIRE.replace("الأربعاء", "يوم الأربعاء")
T0 = datetime(2020, 5, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def add(db_path, make_document):
    def add_documents(*specs):
        with Store.open(db_path) as store:
            store.add_documents([make_document(doc_id, text, outlet=outlet, published=T0 + timedelta(hours=h))
                                 for doc_id, text, outlet, h in specs])
    return add_documents


def test_update_near_duplicates_links_copy_and_is_incremental(db_path, add):
    add(("a", WIRE, "وكالة الأنباء الليبية", 0))
    with Store.open(db_path) as store:
        assert update_near_duplicates(store) == 0
    add(("b", COPY, "بوابة الوسط", 5))
    with Store.open(db_path) as store:
        assert update_near_duplicates(store) == 1
        assert update_near_duplicates(store) == 0  # nothing new to sign
        (link,) = store.near_duplicates()
    assert (link["doc_id"], link["canonical_id"], link["outlet"]) == ("b", "a", "بوابة الوسط")


KILL_AT_FIRST_LINK = """
import os, signal, sys
from rasid.service.corpus import update_near_duplicates
from rasid.store import Store

def kill_at_first_link(sql):
    if "INTO near_duplicates" in sql:
        os.kill(os.getpid(), signal.SIGKILL)

with Store.open(sys.argv[1]) as store:
    store._conn.set_trace_callback(kill_at_first_link)
    update_near_duplicates(store)
"""


def test_update_near_duplicates_survives_a_kill_before_the_links(db_path, add):
    """SIGKILL as the first link is written, after every signature is: a rerun must still find the link."""
    add(("a", WIRE, "وكالة الأنباء الليبية", 0), ("b", COPY, "بوابة الوسط", 5))
    killed = subprocess.run([sys.executable, "-c", KILL_AT_FIRST_LINK, str(db_path)], capture_output=True, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    with Store.open(db_path) as store:
        assert update_near_duplicates(store) == 1
        assert [(n["doc_id"], n["canonical_id"]) for n in store.near_duplicates()] == [("b", "a")]


def test_update_near_duplicates_ignores_copies_outside_the_window(db_path, add):
    add(("a", WIRE, "", 0), ("b", COPY, "", 24 * 30))
    with Store.open(db_path) as store:
        assert update_near_duplicates(store, window_days=7) == 1  # one batch: both are new, so they meet
    add(("c", COPY.replace("الليبي", "الليبية"), "", 24 * 90))
    with Store.open(db_path) as store:
        assert update_near_duplicates(store, window_days=7) == 0


def test_update_stories_joins_new_article_to_open_story(db_path, add):
    add(("a", WIRE, "وكالة الأنباء الليبية", 0))
    with Store.open(db_path) as store:
        assert update_stories(store) == 1
    add(("b", COPY, "بوابة الوسط", 5))
    with Store.open(db_path) as store:
        assert update_stories(store) == 1
        (story,) = store.stories(min_articles=1)
        record = store.story(story["id"])
    assert story["num_articles"] == 2 and story["num_sources"] == 2
    assert record.article_ids == ("a", "b") and record.title == "السراج يلتقي غويريني"


def test_store_story_lists_merged_events_of_its_articles(db_path, add):
    add(("a", WIRE, "وكالة الأنباء الليبية", 0), ("b", COPY, "بوابة الوسط", 5))
    with Store.open(db_path) as store:
        update_stories(store)
        rebuild_merged_events(store)
        (story,) = store.stories()
        (merged,) = store.events()
        assert store.story(story["id"]).event_ids == (merged.id,)
        assert store.story("missing") is None


def test_store_add_error_once_skips_the_same_error(db_path):
    error = ErrorRecord("x.txt", "E107", "NotArabicError", "not Arabic", "language", "x")
    with Store.open(db_path) as store:
        assert store.add_error_once(error) is True
        assert store.add_error_once(error) is False
        assert len(store.errors()) == 1


def test_store_export_rows_and_columns(db_path, add):
    add(("a", WIRE, "وكالة الأنباء الليبية", 0))
    with Store.open(db_path) as store:
        rebuild_merged_events(store)
        assert "text" in store.export_columns("articles")
        assert store.export_columns("actors") == ["code", "name", "actor_id", "mentions", "articles"]
        (merged,) = store.export_rows("events")
        assert (merged["source_code"], merged["num_articles"]) == ("LBYGOV", 1)
        with pytest.raises(StoreError, match="not an exportable table"):
            store.export_columns("sqlite_master")
