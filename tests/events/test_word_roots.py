"""The word-level root model: each word's features, its class probabilities, a sentence's best word per root,
and how the event layer averages it with the sentence model."""

from dataclasses import replace

import numpy as np
import pytest

from rasid.cameo import ROOTS
from rasid.events.augment import augment_events
from rasid.events.learned import CHAR_FEATURES, RULE_FEATURES, WORD_FEATURES, EventModel, RoleModel, SentenceRow
from rasid.events.word_roots import (
    EDGE,
    NONE,
    UNKNOWN_CLUSTERS,
    WORD_HASH_FEATURES,
    SentenceWords,
    WordRootModel,
    cluster_lookup,
    hasher,
    sentence_words,
    word_features,
)
from rasid.ner.clusters import Clusters
from rasid.pipeline import Context, Pipeline
from rasid.records import Article, Document
from rasid.settings import DEFAULT_PIPELINE, Settings
from rasid.text.stems import Stems

TEXT = "أدانت الحكومة المغربية الهجوم على السفارة."


@pytest.fixture(scope="module")
def coded():
    settings = Settings(pipeline=tuple(s for s in DEFAULT_PIPELINE if s != "event_model"))
    return Pipeline(settings)(Document(Article(id="w1", text=TEXT)))


def _word_model(feature: str, root: str, weight: float = 8.0) -> WordRootModel:
    """A model in which one feature string votes for one root, and everything else for "none"."""
    weights = np.zeros((WORD_HASH_FEATURES, len(ROOTS) + 1), dtype=np.float32)
    column = int(hasher().transform([[feature]]).indices[0])
    weights[column, ROOTS.index(root)] = weight
    bias = np.full(len(ROOTS) + 1, -4.0)
    bias[NONE] = 2.0
    return WordRootModel(weights, bias, np.arange(len(ROOTS) + 1))


def test_word_features_read_the_stem_its_edges_and_the_neighbours():
    words, stems = ["وأدانت", "الحكومة"], ["ادانت", "حكومة"]
    features = word_features(words, stems, 0, False, ["11"])
    assert {"w=وأدانت", "s=ادانت", "p3=ادا", "x3=انت", "s1=حكومة", f"s-1={EDGE}", "rule=11", "act=False",
            "pos=0"} <= set(features)
    second = word_features(words, stems, 1, True, [])
    assert "pos=2" in second and "act=True" in second


def test_word_features_read_the_clusters_of_the_word_and_its_neighbours():
    words, stems = ["ندد", "الوزير", "بالهجوم"], ["ندد", "وزير", "هجوم"]
    classes = [("1", "10", "100"), ("2", "20", "200"), UNKNOWN_CLUSTERS]
    features = set(word_features(words, stems, 1, False, [], classes))
    assert {"c1=2", "c2=20", "c3=200", "c2-1=10", "c21=u", f"c2-2={EDGE}", f"c22={EDGE}"} <= features
    assert not any(f.startswith("c2=") for f in word_features(words, stems, 1, False, []))  # none without them


def test_the_cluster_lookup_reads_a_words_clitic_free_key():
    table = Clusters(("c64", "c256", "c1024"), {"هجوم": ("3", "30", "300")})
    lookup = cluster_lookup(table, Stems.from_counts({"هجوم": 50}))
    assert lookup("هجوم") == ("3", "30", "300")
    assert lookup("بالهجوم") == ("3", "30", "300")  # proclitics and article off, as the table's keys
    assert lookup("مجهولة") == UNKNOWN_CLUSTERS


def test_a_model_with_clusters_reads_them_in_its_sentences(coded):
    table = Clusters(("c64", "c256", "c1024"), {"هجوم": ("3", "30", "300")})
    model = replace(_word_model("c3=300", "06"), clusters=cluster_lookup(table, Stems.from_counts({"هجوم": 50})))
    words = model.words(coded, coded.sentences[0], coded.events)
    attack = next(f for (a, b), f in zip(words.spans, words.features, strict=True) if coded.text[a:b] == "الهجوم")
    assert "c3=300" in attack
    scores = model.sentence_scores([words])
    assert scores[0, ROOTS.index("06")] > 0.4
    assert _word_model("c3=300", "06").sentence_scores([sentence_words(coded, coded.sentences[0])])[0].max() < 0.05


def test_sentence_words_mark_actor_names_and_rule_triggers(coded):
    sentence = coded.sentences[0]
    words = sentence_words(coded, sentence, coded.events)
    assert [coded.text[a:b] for a, b in words.spans][:3] == ["أدانت", "الحكومة", "المغربية"]
    named = [f for (a, _b), f in zip(words.spans, words.features, strict=True)
             if any(m.start <= a < m.end for m in coded.mentions)]
    assert named and all("act=True" in f for f in named)
    assert words.named == tuple(any(f == "act=True" for f in features) for features in words.features)
    assert words.forms[:2] == ("ادانت", "الحكومه")  # matching forms: alef and ta marbuta unified
    fired = {e.trigger_start for e in coded.events}
    assert all(any(x.startswith("rule=") for x in f) == (a in fired)
               for (a, _b), f in zip(words.spans, words.features, strict=True) if a in fired)


def test_probabilities_share_out_each_words_logistic_scores():
    model = _word_model("s=ادانت", "11")
    p = model.probabilities([("w=وأدانت", "s=ادانت"), ("w=الحكومة", "s=حكومة")])
    assert p.shape == (2, len(ROOTS))
    assert p[0, ROOTS.index("11")] > 0.4 and p[1].max() < 0.05
    logistic = 1 / (1 + np.exp(-np.array([4.0, -4.0, 2.0])))  # root 11, any other root, none
    expected = logistic[0] / (logistic[0] + (len(ROOTS) - 1) * logistic[1] + logistic[2])
    assert p[0, ROOTS.index("11")] == pytest.approx(expected)


def test_a_sentence_scores_each_root_by_its_best_word():
    model = _word_model("s=ادانت", "11")
    words = SentenceWords(((0, 5), (6, 13)), ("حكومة", "ادانت"), (True, False), (("s=حكومة",), ("s=ادانت",)))
    scores = model.sentence_scores([words, SentenceWords((), (), (), ()), words])
    assert scores.shape == (3, len(ROOTS))
    assert scores[0, ROOTS.index("11")] > 0.4 and scores[0, ROOTS.index("11")] == scores[2, ROOTS.index("11")]
    assert not scores[1].any()


def _event_model(words: WordRootModel | None, share: float, add: float = 0.5) -> EventModel:
    dimension = WORD_FEATURES + CHAR_FEATURES + RULE_FEATURES
    return EventModel(version="test", root_weights=np.zeros((len(ROOTS), dimension + 512), dtype=np.float32),
                      root_bias=np.full(len(ROOTS), -8.0, dtype=np.float32),
                      word_idf=np.ones(WORD_FEATURES, dtype=np.float32),
                      char_idf=np.ones(CHAR_FEATURES, dtype=np.float32),
                      source=RoleModel({"rank=0": 0}, np.array([4.0]), -2.0),
                      target=RoleModel({"rank=1": 0}, np.array([4.0]), -2.0), add_threshold=add,
                      drop_threshold=0.0, target_threshold=0.3, embedding="use", words=words, word_share=share)


def test_root_probabilities_average_the_sentence_and_word_scores():
    rows = [SentenceRow("ادانت الحكومة", frozenset(), 1)]
    words = np.zeros((1, len(ROOTS)))
    words[0, ROOTS.index("11")] = 0.9
    model = _event_model(None, 0.5)
    sentence = 1 / (1 + np.exp(8.0))
    p = model.root_probabilities(rows, None, ["ادانت الحكومة"], words)
    assert p[0, ROOTS.index("11")] == pytest.approx(0.5 * sentence + 0.45)
    assert model.root_probabilities(rows, None, ["ادانت الحكومة"])[0, ROOTS.index("11")] == pytest.approx(sentence)


def test_a_high_word_score_brings_the_sentence_embedding_in():
    embedded = []

    def embed(texts):
        embedded.extend(texts)
        return np.zeros((len(texts), 512), dtype=np.float32)

    rows = [SentenceRow("ادانت الحكومة", frozenset(), 1)]
    model = replace(_event_model(None, 0.5), root_bias=np.full(len(ROOTS), -5.0, dtype=np.float32))
    low = np.zeros((1, len(ROOTS)))
    model.root_probabilities(rows, embed, ["a"], low)
    assert embedded == []  # the sentence alone is too far below the threshold
    high = low.copy()
    high[0, ROOTS.index("11")] = 0.9  # the sentence score now needs only 0.1 (logit -2.2) to reach 0.5
    model.root_probabilities(rows, embed, ["a"], high)
    assert embedded == ["a"]


def test_the_layer_adds_a_root_the_words_carry(coded):
    ontology = Context().ontology
    assert "06" not in {e.root for e in coded.events}
    model = _event_model(_word_model("s=هجوم", "06", 12.0), 0.5, add=0.2)  # words 0.45, sentence 0
    added = [e for e in augment_events(coded, model, ontology, None) if e.provenance.startswith("events.model")]
    assert [(e.root, e.source.code[:3]) for e in added] == [("06", "MAR")]
    without = [e for e in augment_events(coded, _event_model(None, 0.0, add=0.2), ontology, None)
               if e.provenance.startswith("events.model")]
    assert without == []


def _training_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "train_event_model.py"
    spec = importlib.util.spec_from_file_location("train_event_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_labels_the_cue_words_outside_actor_names(coded):
    from rasid.events.augment import sentence_views

    view = sentence_views(coded)[0]
    gold = [{"roots": ["06", "19"], "cues": ["الحكومة المغربية الهجوم على السفارة"]}]
    features, labels = _training_script().word_examples(coded, view, gold)
    words = sentence_words(coded, view.sentence, view.rule_events)
    labelled = {coded.text[a:b]: y for (a, b), y in zip(words.spans, labels, strict=True)}
    assert len(features) == len(labels) == len(words.spans)
    assert labelled["الهجوم"] == ROOTS.index("06")  # the gold event's first root
    assert labelled["الحكومة"] == labelled["المغربية"] == NONE  # an actor's name is not the event
    named = [(a, b) for a, b in words.spans if any(m.start <= a < m.end for m in coded.mentions)]
    assert all(labelled[coded.text[a:b]] == NONE for a, b in named)
    assert labelled["أدانت"] == NONE  # not in the cue
