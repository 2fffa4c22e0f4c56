"""Train the CRF name recogniser from tagged sentences (``scripts/train_ner.py`` drives it).

Training is deterministic for given data and hyperparameters: L-BFGS with fixed ``c1``/``c2`` and a fixed
iteration cap, features from ``rasid.ner.features``. ``split_dev`` carves a development split out of the
training data (its last sentences, a contiguous block of whole articles like the official test part), so
hyperparameters are never chosen on test data.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from rasid.ner.conll import TaggedSentence
from rasid.ner.features import Featurizer

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
                params: Hyperparameters) -> Path:
    """Fit a CRF on ``sentences`` and write it to ``path``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    memo: dict = {}
    for sentence in sentences:
        trainer.append(featurizer.sentence(sentence.words, memo), list(sentence.tags))
    trainer.set_params(params.crfsuite())
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    log.info("trained %s on %d sentences (%s)", path.name, len(sentences), params)
    return path


def open_tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger
