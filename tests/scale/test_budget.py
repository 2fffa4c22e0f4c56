"""The per-document budget holds under a worker pool: an over-budget document is stored as an error record
(E110) and the rest of its partition is stored as usual."""

import json

from rasid.service.ingest import run_ingest
from rasid.store import Store

GOOD = "استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج."


def test_over_budget_document_is_an_error_record_under_two_workers(tmp_path, settings):
    records = [{"id": f"good{i}", "text": GOOD} for i in range(4)]
    records.insert(2, {"id": "runon", "text": "استقبل " + "الرئيس " * 200})
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "rasid.db"
    report = run_ingest([path], db, settings.with_(max_sentence_words=100), engine="local", workers=2,
                        partition_size=2)
    assert [e.code for e in report.errors] == ["E110"]
    with Store.open(db, readonly=True) as store:
        assert [e["code"] for e in store.errors()] == ["E110"]
        assert {e["doc_id"] for e in store.errors()} == {"runon"}
    assert report.documents == 5
