"""The event ranker (version 11): one learned decision on every candidate event of a document.

Until version 10 the layer decided which events stand by thresholds chosen by hand on the pool: one add threshold
per root, an event threshold on the root's probability times its source's, a set of roots kept without a target,
a threshold for a pair repeated in another sentence. Each was a cut on one number. The ranker instead reads, for
every candidate (the rule events the model vets, and the events it adds at low floors), the numbers those cuts
read and what they did not: the target's and the own country's probability, which roots compete in the
sentence, what kind of actors the source and target are, where they stand from the trigger, and how many other
candidates of the document agree on the root or the pair. A gradient-boosted tree ensemble, trained by
``scripts/train_event_model.py --ranker`` on candidates coded out of fold, gives the probability that the
candidate matches a hand-coded event; those at the ranker's threshold stand.

The trees are plain arrays (``TreeEnsemble``), evaluated with numpy: no estimator is pickled into the package.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from rasid.cameo import ROOTS
from rasid.records import ActorRef, Event
from rasid.text.normalize import normalize_key

# The kinds of actor the features name; any other becomes "other".
SECTORS = ("GOV", "MIL", "REB", "CVL", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "IGO", "NGO", "IMG", "state", "PTY",
           "SPY", "ELI", "REF", "EDU", "HLH", "LAB", "UAF", "CRM")
MENTION_TYPES = ("ROLE", "PER", "GPE", "GROUP", "NISBA", "CAPITAL", "IGO", "ORG", "REFLEXIVE", "PLACE", "IMPLIED")


@dataclass(frozen=True)
class CandidateRoles:
    """What the role models say of a candidate's actors: the source model's probability for each actor of the
    sentence, the source's index among them (None when the source is not one of them), and for that source
    the target model's probability of each actor and of the source's own country."""

    source_probabilities: np.ndarray | None = None
    source_index: int | None = None
    target_probabilities: np.ndarray | None = None
    own_country: float = 0.0
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CandidateContext:
    """Where a candidate stands: its sentence's root probabilities and best word score per root, the sentence's
    actors (with carried ones) and its own, its index among the document's sentences, and the rule events of
    its sentence."""

    probabilities: np.ndarray
    word_scores: np.ndarray | None
    own_actors: int
    sentence_index: int
    sentences: int
    rule_events: tuple[Event, ...]


def actor_sector(code: str) -> str:
    """The role part of an actor code ("MIL" of "YEMMIL"; "IGO" for organisations; "state" for a bare country)."""
    if code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return code[:3]
    return code[3:6] or "state"


def sector(code: str) -> str:
    """``actor_sector`` for the ranker: "none" without an actor, "other" for a rare sector."""
    if not code:
        return "none"
    value = actor_sector(code)
    return value if value in SECTORS else "other"


def _mention_type(actor: ActorRef | None) -> str:
    if actor is None:
        return "none"
    return actor.type if actor.type in MENTION_TYPES else "other"


def pair_key(event: Event) -> tuple[str, str, str]:
    return (event.root, event.source.code if event.source else "", event.target.code if event.target else "")


def candidate_features(event: Event, context: CandidateContext, roles: CandidateRoles, added: bool,
                       document: Sequence[Event], text: str) -> dict[str, float]:
    """The ranker's features of one candidate ``event`` (``added``: made by the model rather than the rules;
    ``document``: every candidate of the document; ``text``: the document's text)."""
    root = ROOTS.index(event.root)
    features = {f"root={event.root}": 1.0, "added": float(added), "filled": float(":target" in event.provenance),
                "conf": float(event.confidence or 0.0), "has_tgt": float(event.target is not None),
                "own_tgt": float(event.target is not None and event.target.type == "IMPLIED"),
                "has_src": float(event.source is not None)}
    features |= _root_features(context, root)
    features |= _role_features(event, roles)
    features |= _actor_features(event)
    features |= _place_features(event, context, text)
    features |= _agreement_features(event, context, document)
    return features


def _root_features(context: CandidateContext, root: int) -> dict[str, float]:
    probabilities = context.probabilities
    others = np.delete(probabilities, root)
    features = {"p_root": float(probabilities[root]),
                "root_rank": float(int((probabilities > probabilities[root]).sum())),
                "p_other_max": float(others.max()), "n_roots_03": float((probabilities >= 0.3).sum())}
    if context.word_scores is not None:
        features["p_word"] = float(context.word_scores[root])
    return features


def _role_features(event: Event, roles: CandidateRoles) -> dict[str, float]:
    features = {"n_actors": float(len(roles.codes))}
    if roles.source_probabilities is None or not len(roles.source_probabilities):
        return features
    features["p_src_max"] = float(roles.source_probabilities.max())
    index = roles.source_index
    if index is None:
        return features
    chosen = roles.source_probabilities[index]
    features |= {"p_src": float(chosen), "src_rank": float(int((roles.source_probabilities > chosen).sum())),
                 "p_own": float(roles.own_country)}
    targets = roles.target_probabilities if roles.target_probabilities is not None else np.zeros(0)
    others = [float(targets[i]) for i, code in enumerate(roles.codes) if i != index and code != roles.codes[index]]
    features["p_tgt_max"] = max(others, default=0.0)
    target = event.target
    if target is not None and target.type != "IMPLIED" and target.code in roles.codes:
        features["p_tgt"] = float(targets[roles.codes.index(target.code)])
    elif target is not None:
        features["p_tgt"] = float(roles.own_country)
    return features


def _actor_features(event: Event) -> dict[str, float]:
    source, target = event.source, event.target
    features = {f"src_sec={sector(source.code if source else '')}": 1.0,
                f"tgt_sec={sector(target.code if target else '')}": 1.0,
                f"src_type={_mention_type(source)}": 1.0, f"tgt_type={_mention_type(target)}": 1.0}
    if source is not None and target is not None:
        features["same_country"] = float(source.code[:3] == target.code[:3])
    return features


def _place_features(event: Event, context: CandidateContext, text: str) -> dict[str, float]:
    words = len(normalize_key(event.sentence).split())
    features = {"sent_index": float(context.sentence_index), "n_sents": float(context.sentences),
                "sent_words": float(words)}
    if event.trigger_end <= event.trigger_start:
        return features
    lead = normalize_key(text[event.sentence_start:event.trigger_start]).split()
    features["trig_pos"] = len(lead) / max(words, 1)
    for name, actor in (("src", event.source), ("tgt", event.target)):
        if actor is not None and actor.start >= 0 and actor.type != "IMPLIED":
            features[f"{name}_after"] = float(actor.start >= event.trigger_end)
            gap = text[min(actor.end, event.trigger_end):max(actor.start, event.trigger_start)]
            features[f"{name}_gap"] = float(len(normalize_key(gap).split()))
    return features


def _agreement_features(event: Event, context: CandidateContext, document: Sequence[Event]) -> dict[str, float]:
    pair = pair_key(event)
    return {"key_in_doc": float(sum(1 for c in document if pair_key(c) == pair)),
            "root_in_doc": float(sum(1 for c in document if c.root == event.root)),
            "cands_in_sent": float(sum(1 for c in document if c.sentence_start == event.sentence_start)),
            "rules_in_sent": float(len(context.rule_events)),
            "rule_same_root_sent": float(any(e.root == event.root for e in context.rule_events)),
            "own_actors": float(context.own_actors)}


@dataclass(frozen=True)
class TreeEnsemble:
    """Binary gradient-boosted trees as flat node arrays: a row goes left at a node when its feature is at most
    the node's threshold; the trees' leaf values and ``baseline`` sum to the log-odds."""

    feature: np.ndarray  # (nodes,) int
    threshold: np.ndarray  # (nodes,) float
    left: np.ndarray  # (nodes,) int, global node index
    right: np.ndarray  # (nodes,) int
    leaf: np.ndarray  # (nodes,) bool
    value: np.ndarray  # (nodes,) float, the leaf's value
    starts: np.ndarray  # (trees,) int, each tree's root node
    baseline: float

    def probabilities(self, matrix: np.ndarray) -> np.ndarray:
        if not len(matrix):
            return np.zeros(0)
        rows = np.arange(len(matrix))[:, None]
        nodes = np.broadcast_to(self.starts, (len(matrix), len(self.starts))).copy()
        while True:
            inner = ~self.leaf[nodes]
            if not inner.any():
                break
            left = matrix[rows, self.feature[nodes]] <= self.threshold[nodes]
            step = np.where(left, self.left[nodes], self.right[nodes])
            nodes = np.where(inner, step, nodes)
        logits = self.value[nodes].sum(axis=1) + self.baseline
        return 1.0 / (1.0 + np.exp(-logits))

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}_{name}": getattr(self, name) for name in
                ("feature", "threshold", "left", "right", "leaf", "value", "starts")} | {
                f"{prefix}_baseline": np.array(self.baseline)}

    @classmethod
    def from_arrays(cls, data: Mapping[str, Any], prefix: str) -> TreeEnsemble:
        return cls(feature=data[f"{prefix}_feature"].astype(np.int64),
                   threshold=data[f"{prefix}_threshold"].astype(np.float64),
                   left=data[f"{prefix}_left"].astype(np.int64), right=data[f"{prefix}_right"].astype(np.int64),
                   leaf=data[f"{prefix}_leaf"].astype(bool), value=data[f"{prefix}_value"].astype(np.float64),
                   starts=data[f"{prefix}_starts"].astype(np.int64), baseline=float(data[f"{prefix}_baseline"]))


@dataclass(frozen=True)
class EventRanker:
    """The ranker: its feature names, its trees, the probability a candidate needs to stand (``threshold``),
    and the floors that make candidates (an added root needs ``add_floor``, its root times source probability
    ``event_floor``)."""

    names: tuple[str, ...]
    trees: TreeEnsemble
    threshold: float
    add_floor: float
    event_floor: float

    def stands(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        """Which candidates stand: those the ranker gives its threshold or more."""
        return self.probabilities(rows) >= self.threshold

    @classmethod
    def untrained(cls, add_floor: float, event_floor: float) -> EventRanker:
        """A ranker with no trees (every candidate at probability 0.5): what codes the candidates a ranker is
        trained on, at the floors it will be shipped with."""
        trees = TreeEnsemble(*(np.zeros(0, dtype=t) for t in (np.int64, np.float64, np.int64, np.int64, bool,
                                                               np.float64, np.int64)), baseline=0.0)
        return cls((), trees, 0.5, add_floor, event_floor)

    @cached_property
    def _columns(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    def matrix(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        index = self._columns
        matrix = np.zeros((len(rows), len(self.names)))
        for i, row in enumerate(rows):
            for name, value in row.items():
                column = index.get(name)
                if column is not None:
                    matrix[i, column] = value
        return matrix

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        return self.trees.probabilities(self.matrix(rows))

    def arrays(self) -> dict[str, np.ndarray]:
        return self.trees.arrays("ranker") | {"ranker_names": np.array(json.dumps(list(self.names)))}

    def meta(self) -> dict[str, float]:
        return {"ranker_threshold": self.threshold, "ranker_add_floor": self.add_floor,
                "ranker_event_floor": self.event_floor}

    @classmethod
    def load(cls, data: Mapping[str, Any], meta: Mapping[str, Any]) -> EventRanker | None:
        """The ranker a model file holds, or None (a model before version 11)."""
        if "ranker_names" not in data:
            return None
        return cls(tuple(json.loads(str(data["ranker_names"]))), TreeEnsemble.from_arrays(data, "ranker"),
                   float(meta["ranker_threshold"]), float(meta["ranker_add_floor"]),
                   float(meta["ranker_event_floor"]))
