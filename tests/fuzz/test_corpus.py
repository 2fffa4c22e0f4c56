"""The committed fixed-seed fuzz corpus (tests/fuzz/make_corpus.py) through ingest and the whole pipeline."""

from pathlib import Path

import pytest

from rasid.api import extract
from rasid.records import ErrorRecord
from rasid.settings import Settings

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def coded():
    return list(extract([CORPUS], Settings(document_cpu_seconds=0)))


def test_fuzz_corpus_has_no_internal_errors(coded):
    internal = [i for i in coded if isinstance(i, ErrorRecord) and i.code == "E999"]
    assert internal == []
    docs = [i for i in coded if not isinstance(i, ErrorRecord)]
    assert not [e for d in docs for e in d.errors if e.code == "E999"]


def test_fuzz_corpus_keeps_every_good_record(coded):
    ids = {i.id for i in coded if not isinstance(i, ErrorRecord)}
    assert {"surrogate", "j0", "j5", "deep", "poison-00", "poison-01"} <= ids
    failed = {i.input.rsplit("/", 1)[-1] for i in coded if isinstance(i, ErrorRecord)}
    assert {"lines.jsonl:5", "lines.jsonl:6", "empty.txt", "binary.bin"} <= failed


def test_fuzz_corpus_offsets_slice_the_text(coded):
    for doc in (i for i in coded if not isinstance(i, ErrorRecord)):
        text = doc.text
        assert all(text[m.start:m.end] == m.text for m in doc.mentions)
        assert all(text[t.start:t.end] == t.text for t in doc.times)
        assert all(text[e.sentence_start:e.sentence_end] == e.sentence for e in doc.events)


def test_fuzz_corpus_run_on_sentences_are_over_budget(coded):
    over = {d.id for d in coded if not isinstance(d, ErrorRecord) and any(e.code == "E110" for e in d.errors)}
    assert "poison-03" in over  # 700 titles in one sentence, over max_sentence_words
