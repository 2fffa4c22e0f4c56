"""The records the store returns: JSON in, the same JSON out, and one MergedEvent type for the merge and the store."""

from rasid.dedupe import MergedEvent as DedupeMergedEvent
from rasid.dedupe import merge_events
from rasid.records import ActorRef, Event, Place
from rasid.stored import MergedEvent, StoredEvent, event_from_json


def _event(doc_id, date=None, confidence=0.8, status="reported"):
    return Event(id=f"{doc_id}-e", doc_id=doc_id, cameo="043", root="04", plover="CONSULT", quad_class=1,
                 goldstein=2.8, source=ActorRef("LBYGOV", "Libya government", "الحكومة الليبية", start=0, end=15),
                 target=ActorRef("ITAGOV", "Italy government", "وزير الخارجية الإيطالي", type="ROLE"),
                 sentence_start=0, sentence_end=40, sentence="استقبل رئيس الحكومة وزير الخارجية الإيطالي",
                 trigger_start=0, trigger_end=5, trigger="استقبل", date=date, date_precision="day" if date else "none",
                 location=Place("طرابلس", "Tripoli", "LBY", 32.9, 13.2, feature="capital"),
                 confidence=confidence, temporal_status=status)


def test_event_from_json_reverses_event_to_json():
    event = _event("a", "2020-08-12")
    assert event_from_json(event.to_json()) == event


def test_stored_event_json_round_trip_keeps_the_article_fields():
    stored = StoredEvent(_event("a"), outlet="الجزيرة", published="2020-08-12T09:00:00+00:00",
                         url="https://example.org/a", ingested_at="2024-01-01T00:00:00+00:00", lead=True)
    data = stored.to_json()
    assert StoredEvent.from_json(data) == stored
    assert (data["sources"], data["outlets"], data["urls"]) == (["a"], ["الجزيرة"], ["https://example.org/a"])


def test_merged_event_from_the_merge_round_trips_through_json():
    reports = [StoredEvent(_event("a", confidence=0.9, status="historical"), "الجزيرة", "2020-08-13T10:00:00",
                           "https://example.org/a", "2024-01-02", False),
               StoredEvent(_event("b", "2020-08-12", 0.5), "العربية", "2020-08-12T10:00:00", "", "2024-01-01", True)]
    (merged,) = merge_events(reports, 3)
    assert isinstance(merged, MergedEvent) and DedupeMergedEvent is MergedEvent
    assert merged.representative.doc_id == "a" and merged.representative.date == "2020-08-12"
    assert (merged.published, merged.ingested_at, merged.lead) == ("2020-08-12T10:00:00", "2024-01-01", True)
    assert merged.urls == ("https://example.org/a",) and merged.temporal_status == "reported"
    assert [m.doc_id for m in merged.mentions] == ["b", "a"]
    data = merged.to_json()
    assert MergedEvent.from_json(data).to_json() == data
    assert data["id"] == merged.id and data["sources"] == ["b", "a"] and data["outlets"] == ["الجزيرة", "العربية"]


def test_network_event_reads_as_the_event_json_the_network_takes():
    from rasid.network import build_network
    from rasid.stored import NetworkEvent

    record = NetworkEvent("m1", "04", "043", 1, 2.8, "LBYGOV", "ITAGOV", "2020-08-12", "2020-08-12", "2020-08-14",
                          None, "2020-08-12T09:00:00+00:00")
    data = {**_event("a", "2020-08-12").to_json(), "id": "m1", "first_date": "2020-08-12",
            "last_date": "2020-08-14"}
    assert record["source"] == {"code": "LBYGOV"} and record.get("target") == {"code": "ITAGOV"}
    assert record.get("evidence") is None and "evidence" not in record and dict(record) == record.to_json()
    assert build_network([record]).to_json() == build_network([data]).to_json()
    assert build_network([record]).edges[0].events == ["m1"]


def test_event_mention_json_names_its_report():
    from rasid.stored import EventMention, StoredEvent

    mention = EventMention.of(StoredEvent(_event("a", "2020-08-12"), outlet="الجزيرة"))
    assert mention.to_json() == {"event_id": "a-e", "doc_id": "a", "outlet": "الجزيرة", "cameo": "043",
                                 "date": "2020-08-12", "sentence": "استقبل رئيس الحكومة وزير الخارجية الإيطالي",
                                 "sentence_start": 0, "sentence_end": 40, "confidence": 0.8}


def test_network_event_of_a_record_is_its_json_read_by_the_network():
    from rasid.stored import NetworkEvent

    stored = StoredEvent(_event("a", "2020-08-12"), outlet="الجزيرة", published="2020-08-12T09:00:00+00:00")
    (merged,) = merge_events([StoredEvent(_event("a", "2020-08-12"), outlet="الجزيرة"),
                              StoredEvent(_event("b", "2020-08-13"), outlet="فرانس 24")])
    for record in (stored, MergedEvent.from_json(merged.to_json())):
        assert NetworkEvent.of(record) == NetworkEvent.from_json(record.to_json())
        assert NetworkEvent.of(record).source_code == "LBYGOV"
    assert NetworkEvent.of(MergedEvent.from_json(merged.to_json())).first_date == "2020-08-12"
