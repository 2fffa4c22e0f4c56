"""Train the CRF name recogniser from tagged sentences (``scripts/train_ner.py`` drives it).

Training is deterministic for given data and hyperparameters: L-BFGS with fixed ``c1``/``c2`` and a fixed
iteration cap, features from ``rasid.ner.features``. ``split_dev`` carves a development split out of the
training data (its last sentences, a contiguous block of whole articles like the official test part), so
hyperparameters are never chosen on test data. The document feature ("this word was tagged X earlier in the
article") is trained in two stages: ``cross_predictions`` tags every training sentence with a model that did
not see it, and ``document_memory`` turns those tags into each sentence's memory.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from rasid.ner.conll import TaggedSentence
from rasid.ner.features import Featurizer
from rasid.ner.model import MEMORY_WINDOW, NameMemory

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Hyperparameters:
    c1: float = 0.05  # L1: prunes weak features, which keeps the model file small
    c2: float = 0.01
    max_iterations: int = 150
    min_freq: int = 1

    def crfsuite(self) -> dict[str, object]:
        return {"c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations,
                "feature.minfreq": self.min_freq, "feature.possible_transitions": True}


def split_dev(sentences: Sequence[TaggedSentence], share: float) -> tuple[list, list]:
    """(train, dev): the last ``share`` of the sentences is dev. A random split would put sentences of one
    article on both sides and overstate the score."""
    cut = len(sentences) - int(len(sentences) * share)
    return list(sentences[:cut]), list(sentences[cut:])


def train_model(sentences: Sequence[TaggedSentence], featurizer: Featurizer, path: Path,
                params: Hyperparameters, earlier: Sequence[Mapping[str, str]] | None = None) -> Path:
    """Fit a CRF on ``sentences`` and write it to ``path``; ``earlier`` gives each sentence's document memory
    (``document_memory``), and without it the model has no document feature."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    memo: dict = {}
    for index, sentence in enumerate(sentences):
        before = earlier[index] if earlier is not None else None
        trainer.append(featurizer.sentence(sentence.words, memo, before), list(sentence.tags))
    trainer.set_params(params.crfsuite())
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    log.info("trained %s on %d sentences (%s)", path.name, len(sentences), params)
    return path


def document_memory(sentences: Sequence[TaggedSentence], tags: Sequence[Sequence[str]], featurizer: Featurizer,
                    window: int = MEMORY_WINDOW) -> list[dict[str, str]]:
    """For each sentence, what the ``window`` sentences before it tagged (``NameMemory.earlier``), read
    from ``tags`` — predictions, never gold, so training sees the document feature as tagging will."""
    memory, memo, out = NameMemory(window), {}, []
    for sentence, sentence_tags in zip(sentences, tags, strict=True):
        out.append(memory.earlier())
        memory.record([featurizer.word(w, memo).key for w in sentence.words], sentence_tags)
    return out


def cross_predictions(sentences: Sequence[TaggedSentence], featurizer: Featurizer, params: Hyperparameters,
                      folds: int, workdir: Path) -> list[list[str]]:
    """Tags of every sentence from a model that did not train on it (``folds`` contiguous folds; the first
    stage of the two-stage document feature)."""
    bounds = [len(sentences) * k // folds for k in range(folds + 1)]
    out: list[list[str]] = []
    for k in range(folds):
        held = sentences[bounds[k]:bounds[k + 1]]
        rest = [*sentences[:bounds[k]], *sentences[bounds[k + 1]:]]
        tagger = open_tagger(train_model(rest, featurizer, workdir / f"fold{k}.crfsuite", params))
        memo: dict = {}
        out += [list(tagger.tag(featurizer.sentence(s.words, memo))) for s in held]
    return out


def confident(tagger: pycrfsuite.Tagger, featurizer: Featurizer, texts: Iterable[Sequence[str]],
              threshold: float) -> list[TaggedSentence]:
    """Unlabelled sentences tagged by ``tagger`` whose whole labelling has probability >= ``threshold``
    (self-training: the model's sure guesses on new text become training data)."""
    memo: dict = {}
    out = []
    for words in texts:
        tags = tagger.tag(featurizer.sentence(words, memo))
        if tagger.probability(tags) >= threshold:
            out.append(TaggedSentence(tuple(words), tuple(tags)))
    return out


def open_tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger
