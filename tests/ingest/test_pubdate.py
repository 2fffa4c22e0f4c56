"""One --pubdate rule for extract and ingest: it dates inputs that carry no date; an input's own date wins."""

import json
from datetime import date

from rasid.api import extract
from rasid.ingest.dates import with_pubdate
from rasid.records import Article, ErrorRecord
from rasid.service.ingest import run_ingest
from rasid.store import Store

TEXT = "استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج."


def _inputs(tmp_path):
    path = tmp_path / "two.jsonl"
    rows = [{"id": "dated", "text": TEXT, "date": "2018-03-01T10:00:00+00:00"}, {"id": "undated", "text": TEXT}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_with_pubdate_fills_only_a_missing_date():
    undated = with_pubdate(Article(id="a", text=TEXT), date(2020, 5, 1), "UTC")
    assert undated.published.date() == date(2020, 5, 1)
    dated = Article(id="b", text=TEXT, published=undated.published.replace(year=2019))
    assert with_pubdate(dated, date(2020, 5, 1), "UTC").published.year == 2019


def test_extract_and_ingest_date_the_same_articles_alike(tmp_path, settings):
    path = _inputs(tmp_path)
    extracted = {d.id: d.article.published.date().isoformat()
                 for d in extract([path], settings, date(2020, 5, 1)) if not isinstance(d, ErrorRecord)}
    db = tmp_path / "rasid.db"
    run_ingest([path], db, settings.with_(progress=False), pubdate=date(2020, 5, 1))
    with Store.open(db, readonly=True) as store:
        stored = {row.event.doc_id: row.event.date for row in store.events(merged=False)}
    assert extracted == {"dated": "2018-03-01", "undated": "2020-05-01"}
    assert stored == extracted
