"""Merged events from a tiny store: two outlets reporting one meeting, one report of a clash."""

from datetime import datetime

import pytest

from rasid.records import ActorRef, Article, Document, Event, Place, stable_id
from rasid.store import Store

MEETING = "التقى فائز السراج وزير الدفاع الإيطالي لورينزو غويريني\tفي طرابلس."
CLASH = "واندلعت اشتباكات بين قوات حفتر وقوات الوفاق جنوب طرابلس."


def _document(doc_id, text, cameo, source, target, outlet, date=None, place=None):
    article = Article(id=doc_id, text=text, source=outlet, url=f"https://example.org/{doc_id}",
                      published=datetime(2020, 8, 12, 9, 30))
    event = Event(id=stable_id(doc_id, cameo), doc_id=doc_id, cameo=cameo, root=cameo[:2],
                  plover="CONSULT" if cameo.startswith("04") else "FIGHT", quad_class=1 if cameo < "05" else 4,
                  goldstein=2.8 if cameo < "05" else -10.0, source=ActorRef(source, source, source),
                  target=ActorRef(target, target, target), sentence_start=0, sentence_end=len(text),
                  sentence=text, trigger_start=0, trigger_end=5, trigger=text[:5], date=date,
                  date_precision="day" if date else "none", location=place, confidence=0.9)
    return Document(article=article, events=(event,))


@pytest.fixture
def stored_events(tmp_path):
    tripoli = Place("طرابلس", "Tripoli", "LBY", 32.89, 13.19, feature="city")
    docs = [_document("a", MEETING, "043", "LBYGOV", "ITAGOV", "القدس العربي", place=tripoli),
            _document("b", MEETING, "043", "ITAGOV", "LBYGOV", "فرانس 24", place=tripoli),
            _document("c", CLASH, "190", "LBYREB", "LBYGOVMIL", "العربية", date="2020-08-11")]
    with Store.open(tmp_path / "rasid.db") as store:
        store.add_documents(docs, batch_size=10)
        store.rebuild_merged_events()
        return store.events()
