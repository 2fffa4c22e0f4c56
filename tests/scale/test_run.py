import pandas as pd
import pytest

from rasid.errors import ConfigError
from rasid.service.ingest import run_ingest
from rasid.store import Store
from tests.scale.conftest import snapshot


def test_run_ingest_reference_finds_copy_story_and_cross_outlet_meeting(reference_db):
    state = snapshot(reference_db)
    links = [(n["doc_id"], n["canonical_id"]) for n in state["near_duplicates"]]
    assert links == [("002_copy", "002_9133bf39d0b5bf70")]
    assert [code for _, code in state["errors"]].count("E107") == 1  # the English article is refused, once
    with Store.open(reference_db, readonly=True) as store:
        meeting = [e for e in store.events() if e.event.root == "04" and {"000_e8cc05979524b772",
                                                                          "002_9133bf39d0b5bf70"} <= set(e.doc_ids)]
        assert meeting and meeting[0].num_sources >= 2
        assert "001_36e7080b235b8f0a" not in meeting[0].doc_ids  # 001's meeting is with another minister
        story_ids = store.story_of_documents()
        assert story_ids["000_e8cc05979524b772"] == story_ids["002_9133bf39d0b5bf70"] == story_ids["002_copy"]


def test_run_ingest_again_adds_nothing(reference_db, corpus, settings):
    before = snapshot(reference_db)
    report = run_ingest([corpus], reference_db, settings, workers=1)
    assert (report.added, report.unchanged) == (0, 6)
    assert snapshot(reference_db) == before


@pytest.mark.slow
def test_run_ingest_process_pool_equals_single_process(reference_db, corpus, settings, tmp_path):
    db = tmp_path / "pool.db"
    report = run_ingest([corpus], db, settings, engine="local", workers=2, partition_size=2)
    assert report.documents == 6 and len(report.errors) == 1
    assert snapshot(db) == snapshot(reference_db)


def test_run_ingest_keeps_parquet_partitions_on_request(corpus, settings, tmp_path):
    staging = tmp_path / "parts"
    run_ingest([corpus], tmp_path / "rasid.db", settings, workers=1, staging=staging, keep_staging=True)
    assert staging.is_dir()  # the in-process engine writes no partitions, but the directory is the user's


def test_run_ingest_unknown_engine_is_a_config_error(corpus, settings, tmp_path):
    with pytest.raises(ConfigError, match="unknown engine 'spark'"):
        run_ingest([corpus], tmp_path / "rasid.db", settings, engine="spark")


def test_run_ingest_dask_without_scheduler_is_a_config_error(corpus, settings, tmp_path):
    with pytest.raises(ConfigError, match="scheduler address"):
        run_ingest([corpus], tmp_path / "rasid.db", settings, engine="dask", scheduler="")


@pytest.mark.slow
def test_run_ingest_pool_partitions_open_in_pandas(corpus, settings, tmp_path):
    staging = tmp_path / "parts"
    run_ingest([corpus], tmp_path / "rasid.db", settings, workers=2, partition_size=3, staging=staging,
               keep_staging=True)
    events = pd.read_parquet(staging / "events")
    articles = pd.read_parquet(staging / "articles")
    with Store.open(tmp_path / "rasid.db", readonly=True) as store:
        assert len(events) == store.counts()["events"]
    assert sorted(articles.id) == sorted(a["id"] for a in store_articles(tmp_path / "rasid.db"))


def store_articles(db):
    with Store.open(db, readonly=True) as store:
        return store.articles()


def test_run_ingest_corpus_passes_during_coding_find_the_same_copy_and_story(corpus, settings, tmp_path):
    db = tmp_path / "interleaved.db"
    # passes after every two one-article partitions
    run_ingest([corpus], db, settings.with_(corpus_pass_every=2), workers=1, partition_size=1)
    state = snapshot(db)
    links = [(n["doc_id"], n["canonical_id"]) for n in state["near_duplicates"]]
    assert links == [("002_copy", "002_9133bf39d0b5bf70")]
    with Store.open(db, readonly=True) as store:
        story_ids = store.story_of_documents()
    assert story_ids["000_e8cc05979524b772"] == story_ids["002_9133bf39d0b5bf70"] == story_ids["002_copy"]
    assert set(story_ids) == {article_id for article_id, *_ in state["articles"]}  # every article in a story


def test_run_ingest_changed_article_loses_its_stale_copy_link_and_story(corpus, settings, tmp_path):
    import json

    db = tmp_path / "changed.db"
    run_ingest([corpus], db, settings, workers=1)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    for record in records:
        if record["id"] == "002_copy":  # rewritten: no longer a copy of 002, and about something else
            record["text"] = ("أعلنت وزارة الصحة السودانية في الخرطوم عن حملة تطعيم جديدة ضد الكوليرا في ولايات "
                              "دارفور وكردفان بدعم من منظمة الصحة العالمية وصندوق الأمم المتحدة للطفولة.")
            record["title"] = "حملة تطعيم في السودان"
    changed = tmp_path / "changed.jsonl"
    changed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    run_ingest([changed], db, settings, workers=1)
    with Store.open(db, readonly=True) as store:
        assert [n["doc_id"] for n in store.near_duplicates()] == []
        story_ids = store.story_of_documents()
        assert story_ids["002_copy"] != story_ids["002_9133bf39d0b5bf70"]
        sizes = {s["id"]: s["num_articles"] for s in store.stories(min_articles=1)}
    assert sum(sizes.values()) == len(story_ids)  # every story's count matches its members
