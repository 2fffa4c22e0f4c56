"""Parquet partitions keep every record the store keeps, exactly, and in input order."""

from datetime import UTC, datetime

import pandas as pd

from rasid.records import ActorRef, Article, Document, ErrorRecord, Event, Mention, Place, Sentence
from rasid.scale.codec import read_partition, write_partition

TEXT = "التقى فائز السراج وزير الدفاع الإيطالي لورينزو غويريني في طرابلس يوم الأربعاء."


def _document(doc_id, published=None, meta=()):
    article = Article(id=doc_id, text=TEXT, title="السراج يلتقي غويريني", source="القدس العربي",
                      url=f"https://example.org/{doc_id}", published=published, origin=f"x.tar::{doc_id}.txt",
                      format="trec", meta=meta)
    sentence = Sentence("s0", doc_id, 0, len(TEXT), TEXT, "body", 0, 0)
    mention = Mention("m0", doc_id, 6, 17, "فائز السراج", "PER", "فايز السراج", 0, "sarraj", "LBYGOV",
                      "Fayez al-Sarraj", "kb")
    event = Event(id="e0", doc_id=doc_id, cameo="043", root="04", plover="CONSULT", quad_class=1, goldstein=2.8,
                  source=ActorRef("LBYGOV", "Fayez al-Sarraj", "فائز السراج", "sarraj", 6, 17), target=None,
                  sentence_start=0, sentence_end=len(TEXT), sentence=TEXT, trigger_start=0, trigger_end=5,
                  trigger="التقى", date="2020-05-20", date_text="يوم الأربعاء", date_precision="day",
                  date_method="weekday", location=Place("طرابلس", "Tripoli", "LBY", 32.89, 13.19, 58, 64, "city"),
                  confidence=0.8123456, modality="asserted", provenance="coder:v1")
    error = ErrorRecord(article.origin, "E301", "TimeError", "an odd date", "times", doc_id)
    return Document(article=article, sentences=(sentence,), mentions=(mention,), events=(event,), errors=(error,),
                    produced=frozenset({"sentences", "mentions", "events"}))


def _without_unstored(doc):
    return doc.with_(tokens=(), times=(), places=())


def test_partition_round_trip_is_exact(tmp_path):
    items = [_document("a", datetime(2020, 5, 20, 9, 30, tzinfo=UTC), (("category", "middleEast"),)),
             ErrorRecord("x.tar::bad.txt", "E105", "MalformedDocumentError", "not XML"),
             _document("b")]
    write_partition(items, tmp_path, 3)
    assert read_partition(tmp_path, 3) == [_without_unstored(items[0]), items[1], _without_unstored(items[2])]


def test_partition_is_a_parquet_dataset(tmp_path):
    write_partition([_document("a")], tmp_path, 0)
    write_partition([_document("b")], tmp_path, 1)
    events = pd.read_parquet(tmp_path / "events")
    assert sorted(events.doc_id) == ["a", "b"] and set(events.source_code) == {"LBYGOV"}
    assert list(pd.read_parquet(tmp_path / "errors").attached) == [True, True]


def test_empty_partition_round_trips(tmp_path):
    write_partition([], tmp_path, 0)
    assert read_partition(tmp_path, 0) == []
