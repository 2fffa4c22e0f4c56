from itertools import pairwise

import numpy as np
import pytest

from rasid.ner.conll import TaggedSentence
from rasid.ner.scorer import CompiledCrf
from rasid.ner.train import Hyperparameters, open_tagger, train_model

TRAIN = [
    ("وصل الرئيس سليم الحص إلى بيروت أمس", "O O B-PERS I-PERS O B-LOC O"),
    ("قال وزير الخارجية كريم بقرادوني في بيروت", "O O O B-PERS I-PERS O B-LOC"),
    ("أعلنت منظمة الصحة العالمية في جنيف", "O B-ORG I-ORG I-ORG O B-LOC"),
    ("وأكد كريم بقرادوني أن طرابلس هادئة", "O B-PERS I-PERS O B-LOC O"),
]
PROBES = [
    "وصل وزير الخارجية سليم بقرادوني إلى جنيف",
    "أعلنت منظمة العفو الدولية أن بيروت هادئة",
    "قال",
    "وأكد الرئيس في طرابلس أن منظمة الصحة العالمية لم تصل",
]


@pytest.fixture(scope="module")
def featurizer(resources):
    from rasid.ner.clusters import load_clusters
    from rasid.ner.features import Featurizer
    from rasid.ner.lexicon import build_lexicon

    kb, gazetteer, stems = resources
    return Featurizer(build_lexicon(kb, gazetteer), stems, load_clusters(), window=3)


@pytest.fixture(scope="module")
def trained(tmp_path_factory, featurizer):
    corpus = [TaggedSentence(tuple(w.split()), tuple(t.split())) for w, t in TRAIN]
    path = train_model(corpus, featurizer, tmp_path_factory.mktemp("crf") / "m.crfsuite", Hyperparameters(0.0, 0.1, 40))
    return open_tagger(path)


@pytest.mark.parametrize("text", PROBES)
def test_compiled_crf_labels_as_crfsuite_does(trained, featurizer, text):
    crf = CompiledCrf.from_tagger(trained, featurizer.value_keys(), 3)
    words = text.split()
    layers = featurizer.layers(words, {})
    scores = crf.emissions(layers, [crf.vectors(w.values) for w in layers.words])
    assert crf.viterbi(scores) == list(trained.tag(featurizer.sentence(words)))


@pytest.mark.parametrize("text", PROBES[:2])
def test_compiled_crf_scores_differ_as_crfsuite_log_probabilities(trained, featurizer, text):
    import math

    crf = CompiledCrf.from_tagger(trained, featurizer.value_keys(), 3)
    words = text.split()
    layers = featurizer.layers(words, {})
    emissions = crf.emissions(layers, [crf.vectors(w.values) for w in layers.words])
    trained.set(featurizer.sentence(words))

    def score(path):
        ids = [crf.labels.index(t) for t in path]
        return sum(emissions[i, y] for i, y in enumerate(ids)) + sum(crf.transitions[a, b] for a, b in pairwise(ids))

    first, second = ["O"] * len(words), ["B-PERS"] + ["I-PERS"] * (len(words) - 1)
    expected = math.log(trained.probability(first)) - math.log(trained.probability(second))
    assert score(first) - score(second) == pytest.approx(expected, abs=1e-4)


def test_viterbi_of_nothing_is_empty(trained, featurizer):
    import numpy as np

    crf = CompiledCrf.from_tagger(trained, featurizer.value_keys(), 3)
    assert crf.viterbi(np.zeros((0, len(crf.labels)))) == []


@pytest.fixture(scope="module")
def dense_featurizer(featurizer):
    from dataclasses import replace

    return replace(featurizer, dims=8, dense_window=1, org_heads=True, ngrams=True)


@pytest.fixture(scope="module")
def dense_trained(tmp_path_factory, dense_featurizer):
    corpus = [TaggedSentence(tuple(w.split()), tuple(t.split())) for w, t in TRAIN]
    path = tmp_path_factory.mktemp("crf") / "dense.crfsuite"
    return open_tagger(train_model(corpus, dense_featurizer, path, Hyperparameters(0.0, 0.1, 40)))


def test_compiled_crf_reads_the_dense_weights(dense_trained, featurizer):
    crf = CompiledCrf.from_tagger(dense_trained, featurizer.value_keys(), 3)
    assert crf.dims == 8 and crf.dense_window == 1 and crf.dense.any()


@pytest.mark.parametrize("text", PROBES)
def test_compiled_crf_with_dense_features_labels_as_crfsuite_does(dense_trained, dense_featurizer, text):
    crf = CompiledCrf.from_tagger(dense_trained, dense_featurizer.value_keys(), 3)
    words = text.split()
    layers = dense_featurizer.layers(words, {})
    scores = crf.emissions(layers, [crf.vectors(w.values, w.vector) for w in layers.words])
    assert crf.viterbi(scores) == list(dense_trained.tag(dense_featurizer.sentence(words)))


def test_compiled_crf_dense_scores_match_crfsuite_probabilities(dense_trained, dense_featurizer):
    import math

    crf = CompiledCrf.from_tagger(dense_trained, dense_featurizer.value_keys(), 3)
    words = PROBES[0].split()
    layers = dense_featurizer.layers(words, {})
    emissions = crf.emissions(layers, [crf.vectors(w.values, w.vector) for w in layers.words])
    dense_trained.set(dense_featurizer.sentence(words))
    first, second = ["O"] * len(words), ["B-PERS"] + ["I-PERS"] * (len(words) - 1)

    def score(path):
        ids = [crf.labels.index(t) for t in path]
        return sum(emissions[i, y] for i, y in enumerate(ids)) + sum(crf.transitions[a, b] for a, b in pairwise(ids))

    expected = math.log(dense_trained.probability(first)) - math.log(dense_trained.probability(second))
    assert score(first) - score(second) == pytest.approx(expected, abs=1e-4)


def test_emissions_of_many_sentences_equal_each_sentence_alone(trained, featurizer):
    crf = CompiledCrf.from_tagger(trained, featurizer.value_keys(), 3)
    sentences = [text.split() for text in PROBES] + [[]] + [PROBES[0].split()[:1]]
    prepared = []
    for words in sentences:
        layers = featurizer.layers(words, {})
        prepared.append((layers, [crf.vectors(w.values) for w in layers.words]))
    together = crf.emissions_many(prepared)
    assert len(together) == len(sentences)
    for (layers, vectors), scores in zip(prepared, together, strict=True):
        alone = crf.emissions(layers, vectors) if vectors else np.zeros((0, len(crf.labels)))
        assert scores.shape == alone.shape and np.array_equal(scores, alone)
