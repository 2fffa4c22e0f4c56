"""A tiny dated, multi-outlet corpus from the seed articles, and a snapshot of what a store holds."""

import json

import pytest

from rasid.api import sample_paths
from rasid.service.ingest import run_ingest
from rasid.settings import Settings
from rasid.store import Store

OUTLETS = ("القدس العربي", "فرانس 24", "العرب", "الشرق الأوسط", "عنب بلدي")
DATES = ("2020-05-21T10:00:00+00:00", "2020-05-21T12:00:00+00:00", "2020-05-21T15:00:00+00:00",
         "2020-05-23T08:00:00+00:00", "2020-05-23T09:00:00+00:00")
ENGLISH = "The Libyan prime minister met the Italian defence minister in Tripoli on Wednesday. " * 3


def _records():
    records = []
    for path, outlet, date in zip(sample_paths(), OUTLETS, DATES, strict=True):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        records.append({"id": path.stem, "title": title, "text": body.strip(), "source": outlet, "published": date})
    copy = dict(records[2], id="002_copy", source="ليبيا المستقبل", published="2020-05-21T18:00:00+00:00")
    copy["text"] = copy["text"].replace("الأربعاء", "يوم الأربعاء", 1)
    return [*records, copy, {"id": "english", "title": "Meeting", "text": ENGLISH, "source": "BBC"}]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "seeds.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def settings():
    return Settings(progress=False)


@pytest.fixture(scope="session")
def reference_db(corpus, settings, tmp_path_factory):
    """The single-process run every other engine must equal."""
    db = tmp_path_factory.mktemp("reference") / "rasid.db"
    run_ingest([corpus], db, settings, engine="local", workers=1)
    return db


def snapshot(db):
    """Everything an ingest decides, without the wall-clock times it records."""
    with Store.open(db, readonly=True) as store:
        articles = sorted((a["id"], a["content_hash"], a["origin"], a["published"]) for a in store.articles())
        events = sorted(_stable(e.to_json()) for e in store.events(merged=False))
        merged = sorted(_stable(e.to_json()) for e in store.events())
        stories = sorted((s["id"], s["title"], s["summary"], s["num_articles"])
                         for s in store.stories(min_articles=1))
        errors = sorted((e["input"], e["code"]) for e in store.errors())
        return {"articles": articles, "events": events, "merged": merged, "stories": stories,
                "near_duplicates": store.near_duplicates(), "errors": errors, "counts": store.counts()}


def _stable(event):
    return json.dumps({k: v for k, v in event.items() if k != "ingested_at"}, ensure_ascii=False, sort_keys=True)
