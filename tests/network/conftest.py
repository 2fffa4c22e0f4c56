"""Event dicts shaped like Store.events() output, built by hand from records."""

import pytest

from rasid import api
from rasid.records import ActorRef, Event, stable_id


def build_event(source, target, cameo, *, quad=None, date=None, modality="asserted", published=None, goldstein=0.0):
    sentence = "أعلنت الحكومة دعمها"
    event = Event(id=stable_id(source, target, cameo, date, modality), doc_id="d", cameo=cameo, root=cameo[:2],
                  plover="", quad_class=quad if quad is not None else 0, goldstein=goldstein,
                  source=ActorRef(source, source, source) if source else None,
                  target=ActorRef(target, target, target) if target else None, sentence_start=0,
                  sentence_end=len(sentence), sentence=sentence, trigger_start=0, trigger_end=5, trigger="أعلنت",
                  date=date, modality=modality)
    data = event.to_json()
    if published:
        data["published"] = published
    return data


@pytest.fixture
def make_event():
    return build_event


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """A store made from the bundled seed articles, as `rasid ingest` makes it."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    report = api.ingest(api.sample_paths(), db)
    assert report.documents == 5 and not report.errors and report.events, "the seed articles did not code cleanly"
    return db
