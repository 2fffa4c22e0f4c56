"""A linear-chain CRF compiled for fast tagging: crfsuite's weights in numpy, Viterbi in numpy.

python-crfsuite spends most of its tagging time turning each token's ~80 attribute strings into ids. The
score a CRF gives a label is a sum of attribute weights, and most attributes of a token are the static
attributes of the words around it (``rasid.ner.features``), so their summed weight vector per word and
offset is computed once and reused for every later occurrence of the word. Only the few dynamic attributes
(gazetteer labels, word pairs, sentence edges, document memory) are looked up per token. The result is the
same labelling crfsuite's own Viterbi gives (tests check this on real sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pycrfsuite

from rasid.ner.features import Layers, keys_at

BIAS = "bias"
DOCUMENT = "doc:"


@dataclass(frozen=True, slots=True)
class CompiledCrf:
    """Labels, the (from, to) transition matrix, and one weight row per attribute the model kept."""

    labels: tuple[str, ...]
    transitions: np.ndarray
    rows: dict[str, int]  # attribute -> weight row; plain dicts (never mutated) for lookup speed
    weights: np.ndarray  # (attributes + 1, labels); the last row is zeros, for attributes the model lacks
    values: dict[tuple[str, str], int]  # (feature key, value) -> its block in value_weights
    value_weights: np.ndarray  # (pairs + 1, offsets, labels): a value's weight at every offset; block 0 = bias
    reads_document: bool  # trained with the document feature ("doc:…" attributes)
    dense: np.ndarray  # (dims, offsets, labels): weights of the words' vector components ("v:3", "-1:v:3")
    dense_rows: np.ndarray  # the same as (offsets × labels, dims), C-contiguous: one matrix-vector product a word

    @classmethod
    def from_tagger(cls, tagger: pycrfsuite.Tagger, own_keys: frozenset[str], window: int) -> CompiledCrf:
        """Read the model's weights; ``own_keys`` are the featurizer's value keys (``Featurizer.value_keys``)
        and ``window`` its context window."""
        info = tagger.info()
        labels = tuple(tagger.labels())
        column = {label: i for i, label in enumerate(labels)}
        rows: dict[str, int] = {}
        for attribute, _ in info.state_features:
            rows.setdefault(attribute, len(rows))
        weights = np.zeros((len(rows) + 1, len(labels)))
        for (attribute, label), weight in info.state_features.items():
            weights[rows[attribute], column[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (before, after), weight in info.transitions.items():
            transitions[column[before], column[after]] = weight
        reads_document = any(a.startswith(DOCUMENT) for a in rows)
        values, value_weights = value_blocks(rows, weights, own_keys, window)
        dense = dense_weights(rows, weights, window)
        dense_rows = np.ascontiguousarray(dense.reshape(len(dense), (2 * window + 1) * len(labels)).T)
        return cls(labels, transitions, rows, weights, values, value_weights, reads_document, dense, dense_rows)

    @property
    def dims(self) -> int:
        """How many leading vector components the model reads (0: no dense features)."""
        return self.dense.shape[0]

    @property
    def dense_window(self) -> int:
        """Words each side whose vectors the model reads."""
        used = np.flatnonzero(np.abs(self.dense).sum(axis=(0, 2)))
        return int(np.abs(used - self.dense.shape[1] // 2).max()) if used.size else 0

    def vectors(self, values: Sequence[tuple[str, str]], vector: np.ndarray | None = None) -> np.ndarray:
        """(offsets, labels): the summed weight of a word's static attributes (``features.static_attributes``
        of its ``values``) at each offset, without building the attribute strings: one block per value; plus
        its dense ``vector``'s components times their weights."""
        found = [0, *(b for b in map(self.values.get, values) if b is not None)]
        summed = self.value_weights[found].sum(axis=0)
        if vector is not None and self.dims:
            summed += self.dense_rows.dot(vector[:self.dims].astype(np.float64)).reshape(summed.shape)
        return summed

    def emissions(self, layers: Layers, vectors: Sequence[np.ndarray]) -> np.ndarray:
        """(tokens, labels) state scores of one sentence: static vectors of each window position plus dynamic
        attributes."""
        return self.emissions_many([(layers, vectors)])[0]

    def emissions_many(self, sentences: Sequence[tuple[Layers, Sequence[np.ndarray]]]) -> list[np.ndarray]:
        """The (tokens, labels) scores of each sentence, computed together: the words of all of them are stacked
        once, and a word's static vector counts for a neighbour only inside its own sentence, so each sentence
        gets exactly the scores it gets alone, at a few numpy calls a document instead of a few a sentence."""
        lengths = [len(vectors) for _, vectors in sentences]
        total = sum(lengths)
        if total == 0:
            return [np.zeros((0, len(self.labels))) for _ in sentences]
        stacked = np.stack([v for _, vectors in sentences for v in vectors])
        sentence_of = np.repeat(np.arange(len(lengths)), lengths)
        window = stacked.shape[1] // 2
        scores = np.zeros((total, len(self.labels)))
        for column, offset in enumerate(range(-window, window + 1)):
            low, high = max(0, -offset), min(total, total - offset)
            if low >= high:
                continue
            shifted = stacked[low + offset:high + offset, column]
            if offset:
                shifted = shifted * (sentence_of[low:high] == sentence_of[low + offset:high + offset])[:, None]
            scores[low:high] += shifted
        rows: list[int] = []
        starts: list[int] = []
        lookup, zero = self.rows.get, len(self.weights) - 1
        for layers, _ in sentences:
            for attributes in layers.dynamic:
                starts.append(len(rows))
                rows.append(zero)  # every token's run starts with the zero row, so none is empty
                rows += [r for r in map(lookup, attributes) if r is not None]
        scores += np.add.reduceat(self.weights[rows], starts, axis=0)
        return np.split(scores, np.cumsum(lengths)[:-1])

    def viterbi(self, scores: np.ndarray) -> list[str]:
        """The best label sequence under the emission ``scores`` and the transition weights."""
        n = len(scores)
        if n == 0:
            return []
        best = np.empty(scores.shape)
        best[0] = scores[0]
        for t in range(1, n):
            best[t] = (best[t - 1][:, None] + self.transitions).max(axis=0) + scores[t]
        path = [int(best[-1].argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int((best[t - 1] + self.transitions[:, path[-1]]).argmax()))
        return [self.labels[i] for i in reversed(path)]


def value_blocks(rows: dict[str, int], weights: np.ndarray, own_keys: frozenset[str],
                 window: int) -> tuple[dict[tuple[str, str], int], np.ndarray]:
    """Gather the static attributes' weights by (key, value): "-1:w:بيروت" and "w:بيروت" both go to the
    block of ("w", "بيروت"), at offsets -1 and 0. Dynamic attributes ("0:kb:…", "-1|0:…") are left out."""
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for attribute, row in rows.items():
        parsed = parse_static(attribute, own_keys)
        if parsed is not None and abs(parsed[0]) <= window:
            offset, key, value = parsed
            found.setdefault((key, value), []).append((offset, row))
    blocks = np.zeros((len(found) + 1, 2 * window + 1, weights.shape[1]))
    if BIAS in rows:
        blocks[0, window] = weights[rows[BIAS]]
    for index, placed in enumerate(found.values(), start=1):
        for offset, row in placed:
            blocks[index, window + offset] = weights[row]
    return {pair: index for index, pair in enumerate(found, start=1)}, blocks


def dense_weights(rows: dict[str, int], weights: np.ndarray, window: int) -> np.ndarray:
    """(dims, offsets, labels) weights of the dense attributes ("v:3" at offset 0, "-1:v:3" at -1)."""
    found: list[tuple[int, int, int]] = []
    for attribute, row in rows.items():
        parts = attribute.split(":")
        if len(parts) == 2 and parts[0] == "v":
            found.append((int(parts[1]), 0, row))
        elif len(parts) == 3 and parts[1] == "v" and parts[0].lstrip("-").isdigit():
            found.append((int(parts[2]), int(parts[0]), row))
    dims = max((d for d, _, _ in found), default=-1) + 1
    out = np.zeros((dims, 2 * window + 1, weights.shape[1]))
    for dim, offset, row in found:
        if abs(offset) <= window:
            out[dim, window + offset] = weights[row]
    return out


def parse_static(attribute: str, own_keys: frozenset[str]) -> tuple[int, str, str] | None:
    """(offset, key, value) of a static attribute name; None for a dynamic one."""
    parts = attribute.split(":", 2)
    if len(parts) == 3 and parts[0].lstrip("-").isdigit() and parts[0] != "0":
        offset = int(parts[0])
        keys = keys_at(offset)
        return (offset, parts[1], parts[2]) if keys is not None and parts[1] in keys else None
    key, colon, value = attribute.partition(":")
    return (0, key, value) if key in own_keys and colon else None
