"""Property tests: on any text Python can hold, the text layer, the date grammar, the actor matcher and
``extract`` raise nothing, and every offset they return slices the original text. Examples are derandomised
so CI runs the same cases every time; cost against size is measured by bench/bench_scaling.py, not here."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.ingest.document import read_document
from rasid.pipeline import Pipeline
from rasid.records import Article, Document
from rasid.settings import Settings
from rasid.temporal.calendar import load_calendar
from rasid.temporal.expressions import find_time_expressions
from rasid.text.chars import digits_value
from rasid.text.normalize import normalize
from rasid.text.split import split_sentences
from tests.fuzz.strategies import news_text

FUZZ = settings(max_examples=150, derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Settings(document_cpu_seconds=0))


@FUZZ
@given(st.one_of(news_text, st.text()))
def test_normalize_offsets_point_into_the_raw_text(text):
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert all(0 <= o <= len(text) for o in norm.offsets)
    assert list(norm.offsets) == sorted(norm.offsets)


@FUZZ
@given(news_text)
def test_sentences_slice_the_text(text):
    for sentence in split_sentences(text, "d"):
        assert 0 <= sentence.start <= sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text


@FUZZ
@given(news_text)
def test_date_grammar_never_raises_and_slices_the_text(text):
    found = find_time_expressions(text, split_sentences(text, "d"), None, load_calendar())
    for expression in found:
        assert text[expression.start:expression.end] == expression.text


@FUZZ
@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۱۲³²①𝟘x", max_size=12))
def test_digits_value_reads_only_known_digits(text):
    value = digits_value(text)
    known = set("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲")
    assert (value is not None) == (bool(text) and len(text) <= 9 and set(text) <= known)


@FUZZ
@given(news_text)
def test_pipeline_spans_slice_the_text(pipeline, text):
    doc = pipeline(Document(Article(id="fuzz", text=text)))
    assert all(e.code != "E999" for e in doc.errors)
    for mention in doc.mentions:
        assert text[mention.start:mention.end] == mention.text
    for event in doc.events:
        assert text[event.sentence_start:event.sentence_end] == event.sentence
        assert event.sentence_start <= event.trigger_start <= event.trigger_end <= event.sentence_end


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.json", "a.xml", "a"]))
def test_read_document_turns_any_bytes_into_articles_or_error_records(data, name):
    for item in read_document(data, name, Settings()):
        if isinstance(item, Article):
            item.text.encode("utf-8")  # nothing unencodable survives ingest
            item.id.encode("utf-8")
