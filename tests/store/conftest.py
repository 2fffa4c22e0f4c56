"""Hand-built documents for the store tests."""

from datetime import datetime

import pytest

from rasid.records import ActorRef, Article, Document, Event, Place, Sentence, stable_id

MEETING = "التقى فائز السراج رئيس حكومة الوفاق الوطني الليبية وزير الدفاع الإيطالي لورينزو غويريني في طرابلس."


def build_document(doc_id, text=MEETING, *, title="السراج يلتقي غويريني", outlet="", published=None,
                   cameo="043", actors=("LBYGOV", "ITAGOV")):
    article = Article(id=doc_id, text=text, title=title, source=outlet, url=f"https://example.org/{doc_id}",
                      published=published, origin=f"{doc_id}.txt")
    sentence = Sentence(stable_id(doc_id, 0), doc_id, 0, len(text), text, paragraph=0, index=0)
    source, target = actors
    event = Event(id=stable_id(doc_id, cameo, text), doc_id=doc_id, cameo=cameo, root=cameo[:2],
                  plover="CONSULT", quad_class=1, goldstein=2.8, source=ActorRef(source, source, "فائز السراج"),
                  target=ActorRef(target, target, "لورينزو غويريني") if target else None,
                  sentence_start=0, sentence_end=len(text), sentence=text, trigger_start=0, trigger_end=5,
                  trigger="التقى", location=Place("طرابلس", "Tripoli", "LBY", 32.89, 13.19, feature="city"),
                  confidence=0.9)
    return Document(article=article, sentences=(sentence,), events=(event,),
                    produced=frozenset({"sentences", "events"}))


@pytest.fixture
def make_document():
    return build_document


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "rasid.db"


@pytest.fixture
def published():
    return datetime(2020, 8, 12, 9, 30)
