"""Events from a tiny store: two outlets reporting one meeting, one report of a clash, a group's attack, and a
historical mention (the Arab League's founding) that the exports leave out unless asked."""

from datetime import datetime

import pytest

from rasid.records import ActorRef, Article, Document, Event, Place, stable_id
from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store

MEETING = "التقى فائز السراج وزير الدفاع الإيطالي لورينزو غويريني\tفي طرابلس."
CLASH = '"واندلعت اشتباكات" بين قوات حفتر\nوقوات الوفاق جنوب طرابلس.'
ATTACK = "هاجم تنظيم داعش مواقع للجيش العراقي."
HISTORY = "تأسست جامعة الدول العربية عام 1945."
PUBLISHED = datetime(2020, 8, 12, 9, 30)


def _document(doc_id, text, cameo, source, target, outlet, date=None, place=None, precision=None, status="reported"):
    article = Article(id=doc_id, text=text, source=outlet, url=f"https://example.org/{doc_id}", published=PUBLISHED)
    names = {"LBYREB": '"Haftar" forces', "IMGMUSISI": "Islamic State"}
    event = Event(id=stable_id(doc_id, cameo), doc_id=doc_id, cameo=cameo, root=cameo[:2],
                  plover="CONSULT" if cameo.startswith("04") else "ASSAULT", quad_class=1 if cameo < "05" else 4,
                  goldstein=2.8 if cameo < "05" else -10.0,
                  source=ActorRef(source, names.get(source, source), text.split()[1], id=source.lower()),
                  target=ActorRef(target, target, target), sentence_start=0, sentence_end=len(text),
                  sentence=text, trigger_start=0, trigger_end=5, trigger=text[:5], date=date,
                  date_precision=precision or ("day" if date else "none"), location=place, confidence=0.9,
                  temporal_status=status)
    return Document(article=article, events=(event,))


@pytest.fixture
def db(tmp_path):
    return build_store(tmp_path / "rasid.db")


def build_store(path):
    """The five articles above in a store at ``path``, merged events built."""
    tripoli = Place("طرابلس", "Tripoli", "LBY", 32.89, 13.19, feature="capital")
    iraq = Place("العراق", "Iraq", "IRQ", 33.34, 44.4, feature="country")
    docs = [_document("a", MEETING, "043", "LBYGOV", "ITAGOV", "القدس العربي", place=tripoli),
            _document("b", MEETING, "043", "ITAGOV", "LBYGOV", "فرانس 24", place=tripoli),
            _document("c", CLASH, "190", "LBYREB", "LBYGOVMIL", "العربية", date="2020-08-11"),
            _document("d", ATTACK, "180", "IMGMUSISI", "IRQMIL", "سكاي نيوز", date="2020-W33", place=iraq,
                      precision="week"),
            _document("e", HISTORY, "040", "IGOARL", "EGY", "العربية", date="1945", precision="year",
                      status="historical")]
    with Store.open(path) as store:
        store.add_documents(docs, batch_size=10)
        rebuild_merged_events(store)
    return path


@pytest.fixture
def stored_events(db):
    with Store.open(db, readonly=True) as store:
        return store.events()


@pytest.fixture
def all_events(db):
    with Store.open(db, readonly=True) as store:
        return store.events(temporal_status="")
