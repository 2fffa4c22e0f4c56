"""Poison inputs cost only themselves: lone surrogates, NUL bytes in JSON lines, colliding file names, deep HTML."""

import io
import json

from rasid.api import extract
from rasid.ingest import iter_inputs
from rasid.ingest.common import IdLedger, repair_text
from rasid.records import Article, ErrorRecord
from rasid.render import write_events

GOOD = "استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج"


def _jsonl_line(doc_id: str, text_json: str) -> str:
    return '{"id": "' + doc_id + '", "text": "' + text_json + '"}'


def test_repair_text_replaces_lone_surrogates_and_nul_in_place():
    repaired, count = repair_text("a\ud800b\x00c")
    assert (repaired, count) == ("a\ufffdb\ufffdc", 2)
    assert len(repaired) == 5  # offsets are kept


def test_surrogate_line_is_repaired_and_the_batch_goes_on(tmp_path, settings):
    lines = [_jsonl_line(f"good{i}", GOOD) for i in range(3)]
    lines.insert(1, _jsonl_line("poison", "\\ud800 " + GOOD))
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([path], settings))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == ["good0", "poison", "good1", "good2"]
    poison = articles[1]
    assert "\ud800" not in poison.text and poison.text.startswith("\ufffd")
    assert ("repaired_code_points", "1") in poison.meta
    assert len(poison.content_hash) == 64  # encodes without raising


def test_extract_writes_events_of_a_surrogate_document(tmp_path, settings):
    path = tmp_path / "one.jsonl"
    path.write_text(_jsonl_line("x", "\\udfff " + GOOD) + "\n", encoding="utf-8")
    docs = [d for d in extract([path], settings) if not isinstance(d, ErrorRecord)]
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="utf-8")  # a real stream that must encode what it is given
    write_events([e.to_json() for d in docs for e in d.events], "jsonl", out)
    out.flush()
    lines = buffer.getvalue().decode("utf-8").splitlines()
    assert lines and all(json.loads(line)["doc_id"] == "x" for line in lines)


def test_nul_byte_costs_only_its_json_line(tmp_path, settings):
    lines = [_jsonl_line(f"l{i}", GOOD) for i in range(7)]
    lines[3] = '{"id": "bad", "text": "abc\x00def"}'
    path = tmp_path / "nul.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([path], settings))
    assert [i.id for i in items if isinstance(i, Article)] == ["l0", "l1", "l2", "l4", "l5", "l6"]
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert len(errors) == 1 and errors[0].input.endswith(":4") and errors[0].code == "E105"


def test_same_file_name_in_two_folders_gives_two_ids(tmp_path, settings):
    for folder, text in (("outletA", GOOD), ("outletB", "هاجمت القوات السورية مواقع المعارضة")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(text, encoding="utf-8")
    first = [i for i in iter_inputs([tmp_path], settings) if isinstance(i, Article)]
    again = [i for i in iter_inputs([tmp_path], settings) if isinstance(i, Article)]
    assert len({a.id for a in first}) == 2
    assert first[0].id == "article" and first[1].id.startswith("article-")
    assert ("renamed_from", "article") in first[1].meta
    assert [a.id for a in again] == [a.id for a in first]  # reruns give the same ids


def _article(doc_id: str, text: str) -> Article:
    return Article(id=doc_id, text=text, origin=f"in/{doc_id}")


def test_explicit_id_collision_is_an_error_and_the_first_is_kept():
    ledger = IdLedger()
    assert isinstance(ledger.claim(_article("a1", "one"), id_from_name=False), Article)
    second = ledger.claim(_article("a1", "two"), id_from_name=False)
    assert isinstance(second, ErrorRecord) and second.code == "E109"


def test_same_text_under_the_same_id_is_the_same_document():
    ledger = IdLedger()
    ledger.claim(_article("a1", "one"), id_from_name=True)
    assert ledger.claim(_article("a1", "one"), id_from_name=True).id == "a1"


def test_html_deeper_than_the_parser_limit_keeps_its_text(tmp_path, settings):
    body = "<div>" * 400 + f"<p>{GOOD} يوم الاثنين</p>" + "</div>" * 400
    path = tmp_path / "deep.html"
    path.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>", encoding="utf-8")
    items = list(iter_inputs([path], settings))
    assert [type(i) for i in items] == [Article]
    assert GOOD in items[0].text
