
from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store

CLASH = "واندلعت اشتباكات عنيفة بين قوات حفتر وقوات الوفاق جنوب طرابلس."

SEED_A, SEED_B = "000_e8cc05979524b772", "002_9133bf39d0b5bf70"


def test_store_rebuild_merges_seed_meeting_across_articles(db_path, make_document):
    docs = [make_document(SEED_A, outlet="القدس العربي"), make_document(SEED_B, outlet="فرانس 24"),
            make_document("003", CLASH, cameo="190", actors=("LBYREB", "LBYGOV"))]
    with Store.open(db_path) as store:
        store.add_documents(docs, batch_size=2)
        assert rebuild_merged_events(store, window_days=3) == 2
        events = store.events()
        meeting = next(e for e in events if e.representative.root == "04")
        assert meeting.doc_ids == (SEED_A, SEED_B)
        assert meeting.outlets == ("القدس العربي", "فرانس 24")
        assert (meeting.num_sources, meeting.num_articles) == (2, 2)
        assert meeting.urls == (f"https://example.org/{SEED_A}", f"https://example.org/{SEED_B}")
        assert meeting.lead is True
        assert meeting.to_json()["sources"] == [SEED_A, SEED_B]
        mentions = store.event_mentions(meeting.id)
        assert [m.doc_id for m in mentions] == [SEED_A, SEED_B]
        assert {m.event_id for m in mentions} <= set(meeting.event_ids) and mentions[0].sentence
        assert store.counts()["event_mentions"] == 3


def test_store_rebuild_is_repeatable(db_path, make_document):
    with Store.open(db_path) as store:
        store.add_documents([make_document(SEED_A), make_document(SEED_B)], batch_size=10)
        rebuild_merged_events(store)
        first = store.events()
        store.add_documents([make_document(SEED_A), make_document(SEED_B)], batch_size=10)
        rebuild_merged_events(store)
        assert store.events() == first
        assert store.counts()["merged_events"] == 1


def test_store_document_events_carry_their_article(db_path, make_document, published):
    with Store.open(db_path) as store:
        store.add_document(make_document(SEED_A, outlet="الجزيرة", published=published))
        (event,) = store.events(merged=False)
    assert event.doc_ids == (SEED_A,) and event.outlets == ("الجزيرة",)
    assert event.published.startswith("2020-08-12T09:30:00")
    assert event.event.source.code == "LBYGOV" and event.event.sentence_start == 0
    assert event.to_json()["sources"] == [SEED_A] and event.to_json()["evidence"]["start"] == 0


def test_store_merges_root_by_root_as_the_whole_store_at_once(db_path, make_document):
    from rasid.dedupe import merge_events

    docs = [make_document(SEED_A), make_document(SEED_B), make_document("003", CLASH, cameo="190",
                                                                         actors=("LBYREB", "LBYGOV")),
            make_document("004", CLASH + " ", cameo="190", actors=("LBYREB", "LBYGOV")),
            make_document("005", CLASH + "  ", cameo="111", actors=("LBYGOV", "LBYREB"))]
    with Store.open(db_path) as store:
        store.add_documents(docs)
        assert rebuild_merged_events(store) == 3
        at_once = merge_events(store.merge_inputs(), 3, story_of=store.story_of_documents())
        assert sorted(e.id for e in store.events()) == sorted(m.id for m in at_once)
        assert {e.representative.root for e in store.events()} == {"04", "19", "11"}
        assert len(store.merge_inputs("19")) == 2 and len(store.merge_inputs("04")) == 2
