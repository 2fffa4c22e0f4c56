"""A bundled linear topic model: vocabulary, IDF and one weight row per topic, scored with a softmax."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rasid.errors import DataFileError
from rasid.resources import data_path
from rasid.text.normalize import fold_text

MODEL_FILE = "topics/topics.npz"
WORD = re.compile(r"[^\W\d_]{2,}")
LEAD_CHARS = 3000  # the title and the opening say what a piece is about; the rest only costs time


def topic_words(title: str, text: str) -> list[str]:
    """Folded words (two letters or more, no digits) of the title and the start of the text."""
    return WORD.findall(fold_text(f"{title}\n{text[:LEAD_CHARS]}"))


def weighted_words(words: list[str], vocabulary: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(vocabulary indices, unit-length sublinear TF-IDF weights) of a document's known words: the one
    feature map training (``scripts/train_topics.py``) and scoring both use."""
    counts = Counter(w for w in words if w in vocabulary)
    index = np.fromiter((vocabulary[w] for w in counts), dtype=np.int64, count=len(counts))
    values = np.fromiter(((1.0 + math.log(n)) for n in counts.values()), dtype=np.float64, count=len(counts))
    values *= idf[index]
    values /= np.linalg.norm(values) or 1.0
    return index, values


@dataclass(frozen=True, slots=True)
class TopicModel:
    topics: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (words,)
    weights: np.ndarray  # (words, topics)
    bias: np.ndarray  # (topics,)

    def probabilities(self, words: list[str]) -> dict[str, float]:
        """Each topic's probability for a document given as its ``topic_words``."""
        index, values = weighted_words(words, self.vocabulary, self.idf)
        if not len(index):
            return {}
        scores = values @ self.weights[index] + self.bias
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return {topic: float(p) for topic, p in zip(self.topics, scores, strict=True)}

    def classify(self, title: str, text: str) -> tuple[str, float]:
        """(topic, probability) of the most likely topic; ("", 0.0) when no known word occurs."""
        found = self.probabilities(topic_words(title, text))
        if not found:
            return "", 0.0
        topic = max(found, key=lambda t: found[t])
        return topic, found[topic]

    def save(self, path: Path) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(path, topics=np.array(self.topics), words=np.array(words), idf=self.idf.astype(np.float32),
                            weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32))


def load_topic_model(path: Path | None = None) -> TopicModel:
    """Open the bundled model (or the one at ``path``); raises DataFileError when it is missing or malformed."""
    path = path or Path(data_path(MODEL_FILE))
    try:
        with np.load(path, allow_pickle=False) as data:
            words = [str(w) for w in data["words"]]
            model = TopicModel(tuple(str(t) for t in data["topics"]), {w: i for i, w in enumerate(words)},
                               data["idf"].astype(np.float64), data["weights"].astype(np.float64),
                               data["bias"].astype(np.float64))
    except (OSError, KeyError, ValueError) as exc:
        raise DataFileError(f"cannot read the topic model: {exc}", source=str(path)) from exc
    if model.weights.shape != (len(words), len(model.topics)) or model.idf.shape != (len(words),):
        raise DataFileError("topic model arrays do not match its vocabulary", source=str(path))
    return model
