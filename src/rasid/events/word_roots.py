"""The word-level root model: which CAMEO root each word of a sentence reports, or none.

The sentence model (``rasid.events.learned``) reads a sentence as one bag of words, so in a long sentence the
words of one event are diluted by the rest. This model reads each word with its light stem, its stem's first
and last letters, its neighbours' stems, whether it is part of an actor's name, whether the rule coder fired on
it, where it stands in the sentence, and (version 5 on) the distributional clusters of the word and its
neighbours (``rasid.ner.clusters``: k-means classes of words learnt from unlabelled ANT news), so a trigger
word the gold never showed still shares features with the words of its class. A sentence's word score for a
root is the score of its best word for that root; the layer averages it with the sentence model's probability.
(The best word as the trigger of an added event, instead of the sentence model's heaviest word, was tried: pool
CV 0.513 -> 0.512 with the role models trained on the old triggers; not kept.)

One linear model over hashed feature strings, one weight column per class (the twenty roots and "none"),
trained one-vs-rest with the logistic loss by ``scripts/train_event_model.py``; a word's class probabilities
are the per-class logistic scores divided by their sum (as scikit-learn's ``SGDClassifier`` gives them).
Nothing here trains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import numpy as np
from sklearn.feature_extraction import FeatureHasher

from rasid.cameo import ROOTS
from rasid.ner.clusters import Clusters, cluster_key, load_clusters
from rasid.records import Document, Event, Sentence
from rasid.text.clitics import light_stem
from rasid.text.normalize import normalize_key
from rasid.text.stems import Stems, load_stems

WORD_HASH_FEATURES = 2**18
WORD_PATTERN = r"[^\s\W\d]+"  # a word of both root models: letters only (``learned`` hashes and finds triggers by it)
WORD_RE = re.compile(WORD_PATTERN)
NEIGHBOURS = (-2, -1, 1, 2)
POSITION_BINS = 5
EDGE = "<>"  # the neighbour of the first or last word
NONE = len(ROOTS)  # the class index of "no event" (the roots come first, in ``ROOTS`` order)
UNKNOWN_CLUSTERS = ("u", "u", "u")  # a word the cluster table does not hold
CLUSTER_CACHE = 2**16
Span = tuple[int, int]
ClusterLookup = Callable[[str], tuple[str, ...]]


def cluster_lookup(clusters: Clusters, stems: Stems) -> ClusterLookup:
    """Matching form -> its clusters, coarse to fine (``UNKNOWN_CLUSTERS`` when the table lacks it). The form
    is looked up under its cluster key (``rasid.ner.clusters.cluster_key``: clitics off, digits folded)."""

    @lru_cache(maxsize=CLUSTER_CACHE)
    def lookup(form: str) -> tuple[str, ...]:
        found = clusters.of(cluster_key(form, form, stems))
        return found[:3] if found is not None and len(found) >= 3 else UNKNOWN_CLUSTERS

    return lookup


def load_cluster_lookup() -> ClusterLookup:
    """The bundled cluster table (without its vectors) and stem table, as a lookup."""
    return cluster_lookup(load_clusters(vector_name=None), load_stems())


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """The words of one sentence as the model reads them: raw spans, matching forms, whether an actor's name
    holds each, and each word's feature strings."""

    spans: tuple[Span, ...]
    forms: tuple[str, ...]
    named: tuple[bool, ...]
    features: tuple[tuple[str, ...], ...]


ViewWords = tuple[SentenceWords, np.ndarray]  # a sentence's words and their (words, roots) probabilities


def sentence_words(doc: Document, sentence: Sentence, events: Sequence[Event] = (),
                   clusters: ClusterLookup | None = None) -> SentenceWords:
    """The words of ``sentence``, each with its features. ``events`` are the rule coder's events of the
    sentence (a word a rule fired on carries the rule's root); with ``clusters``, the words' clusters too."""
    matches = list(WORD_RE.finditer(doc.text, sentence.start, sentence.end))
    if not matches:
        return SentenceWords((), (), (), ())
    names = [(m.start, m.end) for m in doc.mentions if sentence.start <= m.start < sentence.end]
    rules = [(e.trigger_start, e.trigger_end, e.root) for e in events]
    spans = tuple(m.span() for m in matches)
    words = tuple(normalize_key(m.group()) for m in matches)
    stems = [light_stem(w) for w in words]
    named = tuple(any(a <= start < b for a, b in names) for start, _end in spans)
    classes = [clusters(w) for w in words] if clusters is not None else None
    features = []
    for i, (start, end) in enumerate(spans):
        fired = [root for a, b, root in rules if a <= start < b or start <= a < end]
        features.append(word_features(words, stems, i, named[i], fired, classes))
    return SentenceWords(spans, words, named, tuple(features))


def word_features(words: Sequence[str], stems: Sequence[str], i: int, in_name: bool, fired: Sequence[str],
                  classes: Sequence[tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Feature strings of word ``i``: its form and stem, the stem's first three and last three letters (the
    root letters of a verb and a verbal noun sit there), its neighbours' stems, two word pairs, whether an
    actor's name holds it, the rule roots fired on it, its place in the sentence and, given each word's
    ``classes`` (clusters coarse to fine), its three clusters and its neighbours' middle ones."""
    stem, count = stems[i], len(words)
    out = [f"w={words[i]}", f"s={stem}", f"p3={stem[:3]}", f"x3={stem[-3:]}", f"p2x2={stem[:2]}_{stem[-2:]}",
           f"act={in_name}"]
    for offset in NEIGHBOURS:
        j = i + offset
        out.append(f"s{offset}={stems[j] if 0 <= j < count else EDGE}")
    out.append(f"w-1|s={words[i - 1] if i else EDGE}|{stem}")
    out.append(f"s|s+1={stem}|{stems[i + 1] if i + 1 < count else EDGE}")
    out += [f"rule={root}" for root in fired]
    out.append(f"pos={min(POSITION_BINS - 1, POSITION_BINS * i // max(1, count))}")
    if classes is not None:
        out += [f"c{level}={cluster}" for level, cluster in enumerate(classes[i], start=1)]
        out += [f"c2{offset}={classes[i + offset][1] if 0 <= i + offset < count else EDGE}" for offset in NEIGHBOURS]
    return tuple(out)


def hasher() -> FeatureHasher:
    return FeatureHasher(n_features=WORD_HASH_FEATURES, input_type="string", alternate_sign=False)


@dataclass(frozen=True)
class WordRootModel:
    """Weights over the hashed features, one column per class (``classes`` holds each column's class index:
    a root's index in ``ROOTS``, or ``NONE``)."""

    weights: np.ndarray  # (WORD_HASH_FEATURES, classes), float32
    bias: np.ndarray  # (classes,)
    classes: np.ndarray  # (classes,) int
    clusters: ClusterLookup | None = field(default=None, compare=False)  # set when trained with cluster features

    def words(self, doc: Document, sentence: Sentence, events: Sequence[Event] = ()) -> SentenceWords:
        """``sentence_words`` as this model reads them (with clusters when it was trained with them)."""
        return sentence_words(doc, sentence, events, self.clusters)

    def probabilities(self, features: Sequence[Sequence[str]]) -> np.ndarray:
        """(words, len(ROOTS)) root probabilities of each word."""
        out = np.zeros((len(features), len(ROOTS)))
        if not features:
            return out
        matrix = hasher().transform(features).tocsr().astype(np.float32)  # float32 like the weights: no copy of them
        scores = np.asarray(matrix @ self.weights, dtype=np.float64) + self.bias
        logistic = 1.0 / (1.0 + np.exp(-scores))
        totals = logistic.sum(axis=1, keepdims=True)
        totals[totals == 0] = 1.0
        shares = logistic / totals
        roots = self.classes < NONE
        out[:, self.classes[roots]] = shares[:, roots]
        return out

    def sentence_scores(self, sentences: Sequence[SentenceWords]) -> np.ndarray:
        """(sentences, len(ROOTS)): each root's best word probability per sentence (0 in a sentence without
        words). One product for all the sentences."""
        return best_word_scores(self.word_probabilities(sentences))

    def word_probabilities(self, sentences: Sequence[SentenceWords]) -> list[np.ndarray]:
        """Each sentence's (words, len(ROOTS)) root probabilities, from one product for all the sentences."""
        probabilities = self.probabilities([f for words in sentences for f in words.features])
        bounds = np.cumsum([0] + [len(words.spans) for words in sentences])
        return [probabilities[a:b] for a, b in pairwise(bounds)]


def best_word_scores(per_sentence: Sequence[np.ndarray]) -> np.ndarray:
    """(sentences, len(ROOTS)): each root's best word probability per sentence (0 in a sentence without words)."""
    scores = np.zeros((len(per_sentence), len(ROOTS)))
    for i, probabilities in enumerate(per_sentence):
        if len(probabilities):
            scores[i] = probabilities.max(axis=0)
    return scores


def best_word(words: SentenceWords, probabilities: np.ndarray, root: int) -> Span | None:
    """The span of the word, outside actors' names, with the highest probability for ``root`` (None when no
    such word has any)."""
    if not words.spans:
        return None
    column = np.where(np.asarray(words.named), -1.0, probabilities[:, root])
    best = int(np.argmax(column))
    return words.spans[best] if column[best] > 0 else None
