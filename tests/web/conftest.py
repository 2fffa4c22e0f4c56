"""A store made from the bundled seed articles plus one hostile article (markup in its text and title)."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from rasid import api
from rasid.records import ActorRef, Article, Document, Event, Sentence, stable_id
from rasid.service.corpus import rebuild_merged_events
from rasid.store import Store

HOSTILE_TEXT = ('<script>alert("x")</script> التقى رئيس الحكومة <img src=x onerror=alert(1)> '
                'وزير الخارجية الإيطالي في طرابلس.')
HOSTILE_ID = "hostile_0001"
HOSTILE_OUTLET = "موقع <b>تجريبي</b>"
STORY_ID = "story_gna_italy"
STORY_DOCS = ("000_e8cc05979524b772", "002_9133bf39d0b5bf70")  # two seed reports on Italy and the GNA
MORE_STORIES = {"story_seed_pair": ("001_36e7080b235b8f0a", "003_99d2df7dd11f402a"),
                "story_third": ("004_2d2d4f8ae176f14c", "stray_0001")}
STRAY_ID = "stray_0001"  # one article from 2011 among the 2020 news: its event must not stretch the timeline
STRAY_DAY = datetime(2011, 2, 17, tzinfo=UTC)


def hostile_document(doc_id: str = HOSTILE_ID, published: datetime = datetime(2020, 6, 2, tzinfo=UTC)) -> Document:
    text = HOSTILE_TEXT
    start = text.index("التقى")
    article = Article(id=doc_id, text=text, title='<script>alert("t")</script> عنوان', source=HOSTILE_OUTLET,
                      url="javascript:alert(1)", published=published, origin="hostile.txt")
    sentence = Sentence(stable_id(doc_id, 0), doc_id, 0, len(text), text, paragraph=0, index=0)
    event = Event(id=stable_id(doc_id, "043"), doc_id=doc_id, cameo="043", root="04", plover="CONSULT",
                  quad_class=1, goldstein=2.8, source=ActorRef("LBYGOV", "LBYGOV", "رئيس الحكومة"),
                  target=ActorRef("ITAGOV", "ITAGOV", "وزير الخارجية الإيطالي"), sentence_start=0,
                  sentence_end=len(text), sentence=text, trigger_start=start, trigger_end=start + 5, trigger="التقى",
                  date=published.date().isoformat(), confidence=0.9)
    return Document(article=article, sentences=(sentence,), events=(event,), produced=frozenset({"events"}))


def stray_document() -> Document:
    """The hostile article's event again, from another outlet in 2011: dated and reported, but years before the rest."""
    document = hostile_document(STRAY_ID, STRAY_DAY)
    return replace(document, article=replace(document.article, source="أرشيف"))


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "seeds.db"
    report = api.ingest(api.sample_paths(), db)
    assert report.documents == 5 and not report.errors and report.events, "the seed articles did not code cleanly"
    with Store.open(db) as store:
        store.add_document(hostile_document())
        store.add_document(stray_document())
        rebuild_merged_events(store)
        store.save_stories([{"id": STORY_ID, "title": "<i>إيطاليا</i> وحكومة الوفاق", "summary": "تعاون عسكري.",
                             "first_published": None, "last_published": None, "num_sources": 2, "outlets": [],
                             "actors": ["LBYGOV", "ITA"], "members": [(d, 1.0, None) for d in STORY_DOCS]}])
        store.save_stories([{"id": story_id, "title": story_id, "summary": "", "first_published": None,
                             "last_published": None, "num_sources": 1, "outlets": [], "actors": [],
                             "members": [(d, 0.5, None) for d in docs]} for story_id, docs in MORE_STORIES.items()])
    return db


@pytest.fixture(scope="session")
def client(seeds_db):
    from fastapi.testclient import TestClient

    from rasid.web.app import create_app

    with TestClient(create_app(seeds_db)) as test_client:
        yield test_client


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives headless Chromium against the real server "
                                       "(skipped only when RASID_SKIP_BROWSER=1)")
