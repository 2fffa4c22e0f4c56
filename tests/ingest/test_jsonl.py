import json
from datetime import UTC, datetime, timedelta

from rasid.ingest import read_document
from rasid.records import Article, ErrorRecord, stable_id

from .snippets import ARABIC_NEWS, ENGLISH_NEWS


def _lines(*objects):
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objects) + "\n"


def test_jsonl_reads_fields_and_prefixes_title(settings):
    data = _lines({"id": "a1", "title": "السراج يلتقي غويريني", "text": ARABIC_NEWS,
                   "date": "2020-08-12T10:00:00+02:00", "url": "https://www.aljazeera.net/news/1",
                   "category": "politics"})
    [article] = read_document(data.encode(), "batch.jsonl", settings, "in/batch.jsonl")
    assert article.id == "a1"
    assert article.text == "السراج يلتقي غويريني\n\n" + ARABIC_NEWS
    assert article.title == "السراج يلتقي غويريني"
    assert article.published.utcoffset() == timedelta(hours=2)
    assert article.source == "Al Jazeera"
    assert article.origin == "in/batch.jsonl:1"
    assert article.format == "jsonl"
    assert ("category", "politics") in article.meta


def test_jsonl_text_already_starting_with_title_is_kept(settings):
    text = "السراج يلتقي غويريني\n" + ARABIC_NEWS
    [article] = read_document(_lines({"id": 7, "title": "السراج يلتقي غويريني", "text": text}).encode(),
                              "b.jsonl", settings)
    assert article.text == text
    assert article.id == "7"


def test_jsonl_broken_lines_are_errors_and_the_batch_continues(settings):
    data = _lines({"id": "1", "text": ARABIC_NEWS}, '{"id": "2", "text": "مقطوع', "", '["not", "an object"]',
                  {"id": "4", "title": "بلا نص"}, {"id": "5", "text": ENGLISH_NEWS, "source": "Reuters"})
    items = list(read_document(data.encode(), "b.jsonl", settings, "b.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "ErrorRecord", "ErrorRecord", "ErrorRecord", "Article"]
    assert [i.input for i in items if isinstance(i, ErrorRecord)] == ["b.jsonl:2", "b.jsonl:4", "b.jsonl:5"]
    assert all(i.code == "E105" and i.error == "MalformedDocumentError" for i in items if isinstance(i, ErrorRecord))
    assert "line 2 is not valid JSON" in items[1].message
    assert items[-1].language == "en" and items[-1].source == "Reuters" and items[-1].origin == "b.jsonl:6"


def test_jsonl_missing_id_gets_a_content_hash_and_naive_date_gets_settings_zone(settings):
    settings = settings.with_(timezone="Africa/Tripoli", default_source="مصدر محلي")
    [article] = read_document(_lines({"text": ARABIC_NEWS, "date": "2020-08-12 09:00"}).encode(), "b.jsonl", settings)
    assert article.id == stable_id("", ARABIC_NEWS)
    assert article.published == datetime(2020, 8, 12, 7, 0, tzinfo=UTC)  # Tripoli is UTC+2
    assert article.source == "مصدر محلي"


def test_json_array_and_wrapped_object(settings):
    items = [{"id": "x", "text": ARABIC_NEWS}, {"id": "y", "text": ARABIC_NEWS}]
    for payload in (items, {"articles": items}):
        read = list(read_document(json.dumps(payload).encode(), "export.json", settings, "export.json"))
        assert [a.id for a in read] == ["x", "y"]
        assert [a.origin for a in read] == ["export.json[0]", "export.json[1]"]
        assert all(a.format == "json" for a in read)


def test_json_broken_file_is_one_error(settings):
    [error] = read_document(b'[{"id": "x", "text": "a"', "export.json", settings)
    assert isinstance(error, ErrorRecord) and error.code == "E105"
    assert "not valid JSON" in error.message


def test_json_named_file_holding_json_lines_is_read_as_lines(settings):
    data = _lines({"id": "1", "text": ARABIC_NEWS}, {"id": "2", "text": ARABIC_NEWS})
    assert [a.id for a in read_document(data.encode(), "dump.json", settings) if isinstance(a, Article)] == ["1", "2"]
