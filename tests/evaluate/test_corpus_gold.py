"""The eval/corpus gold file is sound: format, cues inside their articles, splits disjoint and complete, no
reserved article, every outlet represented, and the size the corpus promises."""

import json
from collections import Counter
from pathlib import Path

import pytest

from rasid.evaluate.gold import load_gold
from rasid.text.normalize import normalize_key

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "eval" / "corpus"
RESERVED = ROOT.parent / "shared" / "eval" / "reserved.txt"


@pytest.fixture(scope="module")
def gold():
    return load_gold(CORPUS / "gold.json")


@pytest.fixture(scope="module")
def texts(gold):
    return {doc: (CORPUS / "docs" / f"{doc}.txt").read_text(encoding="utf-8") for doc in gold["outlets"]}


def test_every_document_is_present(gold):
    assert all((CORPUS / "docs" / f"{doc}.txt").is_file() for doc in gold["outlets"])
    assert {e["doc"] for e in gold["events"]} <= set(gold["outlets"])


def test_every_cue_is_in_its_article(gold, texts):
    missing = [(e["id"], c) for e in gold["events"] for c in e["cues"] if c not in texts[e["doc"]]]
    assert missing == []
    # and the strict scorer's normalised form of the cue is in the normalised article
    assert all(normalize_key(c) in normalize_key(texts[e["doc"]]) for e in gold["events"] for c in e["cues"])


def test_splits_are_disjoint_and_cover_the_corpus(gold):
    dev, test = set(gold["split"]["dev"]), set(gold["split"]["test"])
    assert not dev & test
    assert dev | test == set(gold["outlets"])
    assert len(dev) <= 0.6 * len(dev | test) and len(test) >= 100


def test_no_reserved_article_is_in_the_corpus(gold):
    if not RESERVED.exists():
        pytest.skip("the reserved list is not on this machine")
    reserved = {line.strip() for line in RESERVED.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    assert not reserved & set(gold["outlets"])
    assert not reserved & {p.stem for p in (CORPUS / "docs").glob("*.txt")}


def test_corpus_size_outlets_and_required_events(gold):
    per_outlet = Counter(gold["outlets"].values())
    assert len(per_outlet) == 6 and min(per_outlet.values()) >= 40
    assert len(gold["outlets"]) >= 250
    assert sum(1 for e in gold["events"] if e["required"]) >= 700


def test_event_ids_are_unique_and_codes_are_prefixes(gold):
    ids = [e["id"] for e in gold["events"]]
    assert len(ids) == len(set(ids))
    for event in gold["events"]:
        assert all(r.isdigit() and len(r) == 2 for r in event["roots"])
        codes = event["source"] + event["target"]
        assert all(c == "" or (c.isalpha() and c.isupper() and len(c) % 3 == 0) for c in codes)


def test_second_coded_articles_have_a_second_coding(gold):
    second = json.loads((CORPUS / "agreement" / "second-coder.json").read_text(encoding="utf-8"))
    assert len(gold["second_coded"]) == 30
    assert {e["doc"] for e in second} <= set(gold["second_coded"])
