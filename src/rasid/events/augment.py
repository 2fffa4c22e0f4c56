"""Apply the learned event layer (``rasid.events.learned``) to a coded document.

Finding (the model's probabilities) is kept apart from attaching (here): the rule coder's events stay unless
the model gives their root less than ``drop_threshold``, and a rule event with a source but no target gets the
target the target model picks among the sentence's other actors (or the source's own country), when it picks
one; for every root the model gives at least that root's add threshold (``EventModel.add_thresholds``, one per
root since version 7) in a sentence where the rules coded none of that root, one event is added with the source
and target the role models pick, when the root's probability times its source's is at least ``event_threshold``
(that product is the added event's confidence). Events that repeat a (root, source, target) already in the
document are not added again.

Last, an event left with no target is dropped unless its root is one the model keeps without a target
(``EventModel.targetless``, version 8 on; the shipped model keeps statements, rejections, threats and
fighting). In the hand-coded pool such events are mostly wrong: the text names a target the coder did not find.

With a ranker (version 11, ``rasid.events.ranking``) those cuts make way for one learned decision: the same code
makes candidates at the ranker's low floors (every root at ``add_floor``, root times source probability at
``event_floor``, a pair repeated in another sentence, an event left without a target), and the candidates the
ranker gives its threshold or more stand. The rule events' vetting and the targets' filling are as above.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

import numpy as np

from rasid.cameo import Ontology
from rasid.events.learned import (
    ROOTS,
    Embedder,
    EventModel,
    SentenceRow,
    TargetScores,
    candidates,
    nearest_to_trigger,
    role_features,
    trigger_ranks,
)
from rasid.events.ranking import CandidateContext, CandidateRoles, candidate_features, pair_key
from rasid.events.word_roots import ViewWords, best_word_scores
from rasid.records import ActorRef, Document, Event, Mention, Sentence, SpanIndex, stable_id
from rasid.text.normalize import normalize_key

PROVENANCE = "events.model"


@dataclass(frozen=True, slots=True)
class SentenceView:
    sentence: Sentence
    row: SentenceRow
    rule_events: tuple[Event, ...]
    actors: tuple[Mention, ...]


def sentence_views(doc: Document, carried: int = 0) -> list[SentenceView]:
    """Sentences the model reads: not boilerplate, and naming a coded actor or holding a rule event. With
    ``carried``, a view's actors end with up to that many actors of the last sentence before it that named
    any (codes the view already has left out): the subject of a sentence that opens on its verb is often the
    previous sentence's. The row counts the sentence's own actors only."""
    mentions, views = SpanIndex(doc.mentions), []
    events = SpanIndex(doc.events, attrgetter("trigger_start"))
    previous: tuple[Mention, ...] = ()
    for sentence in doc.sentences:
        if sentence.kind == "boilerplate":
            continue
        own = tuple(candidates(sentence, mentions.within(sentence.start, sentence.end)))
        rule = tuple(events.within(sentence.start, sentence.end))
        if own or rule:
            codes = {m.code for m in own}
            extra = tuple(m for m in previous if m.code not in codes)[:carried]
            row = SentenceRow(normalize_key(sentence.text), frozenset(e.root for e in rule), len(own))
            views.append(SentenceView(sentence, row, rule, own + extra))
        previous = own or previous
    return views


def view_words(doc: Document, views: Sequence[SentenceView], model: EventModel) -> list[ViewWords] | None:
    """Each view's words and their root probabilities under the word-level model (None without one): computed
    once for the root probabilities and the triggers."""
    if model.words is None:
        return None
    sentences = [model.words.words(doc, v.sentence, v.rule_events) for v in views]
    return list(zip(sentences, model.words.word_probabilities(sentences), strict=True))


def model_probabilities(doc: Document, views: Sequence[SentenceView], model: EventModel, embed: Embedder | None,
                        words: list[ViewWords] | None = None) -> np.ndarray:
    """Root probabilities per view: the sentence model's, averaged with the word-level model's when it has one
    (``words``: ``view_words`` when already computed)."""
    scores = None
    if model.words is not None and model.word_share:
        words = words if words is not None else view_words(doc, views, model)
        scores = best_word_scores([probabilities for _, probabilities in words or ()])
    return model.root_probabilities([v.row for v in views], embed, [v.sentence.text for v in views], scores)


def augment_events(doc: Document, model: EventModel, ontology: Ontology, embed: Embedder | None) -> tuple[Event, ...]:
    """The document's events after the model has vetted the rule coder's and added the roots it missed: with a
    ranker (version 11), the candidates it lets stand; else those the thresholds keep."""
    read = _read(doc, model, embed)
    if read is None:
        return doc.events
    views, words, probabilities = read
    if model.ranker is not None:
        return _ranked(doc, views, words, probabilities, model, ontology)
    return _thresholded(doc, views, words, probabilities, model, ontology, RoleScores(doc, model))


def _read(doc: Document, model: EventModel, embed: Embedder | None
          ) -> tuple[list[SentenceView], list[ViewWords] | None, np.ndarray] | None:
    """The sentences the model reads, their words and their root probabilities (None: it reads none)."""
    views = sentence_views(doc, model.carried)
    if not views:
        return None
    words = view_words(doc, views, model)
    return views, words, model_probabilities(doc, views, model, embed, words)


def document_candidates(doc: Document, model: EventModel, ontology: Ontology, embed: Embedder | None
                        ) -> tuple[list[Event], list[dict[str, float] | None]]:
    """``ranked_candidates`` of a whole document (none when the model reads none of its sentences)."""
    read = _read(doc, model, embed)
    return ranked_candidates(doc, *read, model, ontology) if read is not None else ([], [])


def _thresholded(doc: Document, views: Sequence[SentenceView], words: list[ViewWords] | None,
                 probabilities: np.ndarray, model: EventModel, ontology: Ontology, roles: RoleScores
                 ) -> tuple[Event, ...]:
    """The events the model's thresholds keep (the layer without a ranker)."""
    events = _coded(doc, views, words, probabilities, model, ontology, model.add_thresholds,
                    model.event_threshold, model.repeat_threshold, roles)
    return tuple(e for e in events if e.target is not None or e.root in model.targetless)


def _ranked(doc: Document, views: Sequence[SentenceView], words: list[ViewWords] | None,
            probabilities: np.ndarray, model: EventModel, ontology: Ontology) -> tuple[Event, ...]:
    """The candidates the model's ranker lets stand."""
    assert model.ranker is not None
    events, rows = ranked_candidates(doc, views, words, probabilities, model, ontology)
    stands = iter(model.ranker.stands([row for row in rows if row is not None]))
    return tuple(e for e, row in zip(events, rows, strict=True) if row is None or next(stands))


def _placed(event: Event) -> tuple[str, str, str, int]:
    return (*pair_key(event), event.sentence_start)


def _coded(doc: Document, views: Sequence[SentenceView], words: list[ViewWords] | None, probabilities: np.ndarray,
           model: EventModel, ontology: Ontology, adds: np.ndarray, event_floor: float, repeat: float | None,
           roles: RoleScores) -> list[Event]:
    """The vetted rule events (targets filled) and the events added at ``adds`` (per root) and ``event_floor``;
    a pair the document has in another sentence is added again at confidence ``repeat`` (None: never)."""
    kept = [_with_target(v, e, roles) for v, p in zip(views, probabilities, strict=True) for e in v.rule_events
            if _vetted(p, ROOTS.index(e.root), model)]
    vetted = {e.id for v in views for e in v.rule_events}
    kept += [e for e in doc.events if e.id not in vetted]
    seen = {pair_key(e) for e in kept}
    placed = {_placed(e) for e in kept}
    added = []
    for i, (view, p) in enumerate(zip(views, probabilities, strict=True)):
        for event in _added(view, p, roles, ontology, adds, event_floor, words[i] if words else None):
            if _new(event, seen, placed, repeat):
                seen.add(pair_key(event))
                placed.add(_placed(event))
                added.append(event)
    return sorted(kept, key=_order) + added if added else kept


def ranked_candidates(doc: Document, views: Sequence[SentenceView], words: list[ViewWords] | None,
                      probabilities: np.ndarray, model: EventModel, ontology: Ontology
                      ) -> tuple[list[Event], list[dict[str, float] | None]]:
    """The candidates of the model's ranker (the vetted rule events, and every root added at the ranker's
    floors, a pair repeated in another sentence too) and each one's features; None for a rule event in a
    sentence the model does not read, which stands as the rules coded it."""
    assert model.ranker is not None, "ranked_candidates needs a model with a ranker (EventRanker.untrained)"
    roles = RoleScores(doc, model)
    events = _coded(doc, views, words, probabilities, model, ontology, model.candidate_adds,
                    model.ranker.event_floor, 0.0, roles)
    unranked = _unviewed(doc, views)
    by_start = {v.sentence.start: i for i, v in enumerate(views)}
    word_scores = best_word_scores([p for _, p in words]) if words else None
    sentence_index = {s.start: i for i, s in enumerate(doc.sentences)}
    rows: list[dict[str, float] | None] = []
    for event in events:
        if event.id in unranked:
            rows.append(None)
            continue
        i = by_start[event.sentence_start]
        view = views[i]
        context = CandidateContext(probabilities[i], word_scores[i] if word_scores is not None else None,
                                   view.row.actors, sentence_index[event.sentence_start], len(doc.sentences),
                                   view.rule_events)
        rows.append(candidate_features(event, context, _candidate_roles(view, event, roles),
                                       event.provenance.startswith(PROVENANCE), events, doc.text))
    return events, rows


def _unviewed(doc: Document, views: Sequence[SentenceView]) -> set[str]:
    """Rule events in sentences the model does not read: they stand as the rules coded them."""
    starts = {v.sentence.start for v in views}
    return {e.id for e in doc.events if e.sentence_start not in starts}


class RoleScores:
    """The role models' probabilities in one document, each computed once and shared by the events added, the
    targets filled and the ranker's features: the source model's for every actor of a sentence (per root and
    trigger), and the target model's for every actor and the own country (per chosen source)."""

    def __init__(self, doc: Document, model: EventModel) -> None:
        self.doc, self.model = doc, model
        self._memo: dict[tuple, Any] = {}

    def sources(self, view: SentenceView, root: str, trigger: tuple[int, int] | None) -> np.ndarray:
        key = (view.sentence.start, root, trigger)
        if key not in self._memo:
            self._memo[key] = self.model.source.probabilities(_role_rows(self.doc, view, root, trigger))
        return self._memo[key]

    def targets(self, view: SentenceView, root: str, trigger: tuple[int, int] | None, source: int) -> TargetScores:
        key = (view.sentence.start, root, trigger, source)
        if key not in self._memo:
            rows = _role_rows(self.doc, view, root, trigger, view.actors[source])
            self._memo[key] = self.model.target_scores(rows, [m.code for m in view.actors], source, root)
        return self._memo[key]


def _candidate_roles(view: SentenceView, event: Event, roles: RoleScores) -> CandidateRoles:
    """The role models' probabilities for a candidate's sentence, root, trigger and source."""
    codes = tuple(m.code for m in view.actors)
    if not codes:
        return CandidateRoles()
    trigger = (event.trigger_start, event.trigger_end) if event.trigger_end > event.trigger_start else None
    sources = roles.sources(view, event.root, trigger)
    if event.source is None or event.source.code not in codes:
        return CandidateRoles(sources, None, codes=codes)
    index = codes.index(event.source.code)
    targets, own = roles.targets(view, event.root, trigger, index)
    return CandidateRoles(sources, index, targets, own, codes)


def _vetted(probabilities: np.ndarray, root: int, model: EventModel) -> bool:
    """Whether a rule event of ``root`` stays: its root's probability reaches the drop threshold and, below the
    model's rival threshold, no other root of the sentence is both likelier and at its add threshold."""
    probability = probabilities[root]
    if probability < model.drop_threshold:
        return False
    if probability >= model.rival_threshold:
        return True
    rivals = (probabilities > probability) & (probabilities >= model.add_thresholds)
    rivals[root] = False
    return not rivals.any()


def _with_target(view: SentenceView, event: Event, roles: RoleScores) -> Event:
    """A rule event with a source and no target, given the target the target model picks (else unchanged)."""
    codes = [m.code for m in view.actors]
    if event.target is not None or event.source is None or event.source.code not in codes:
        return event
    index = codes.index(event.source.code)
    scores = roles.targets(view, event.root, (event.trigger_start, event.trigger_end), index)
    target = _target_ref(roles.doc, view, roles.model.choose_target(scores, codes, index, event.root), event.source)
    if target is None:
        return event
    return replace(event, target=target, id=stable_id(event.id, target.code, PROVENANCE),
                   provenance=f"{event.provenance}+{PROVENANCE}@{roles.model.version}:target")


def _new(event: Event, seen: set[tuple[str, str, str]], placed: set[tuple[str, str, str, int]],
         repeat: float | None) -> bool:
    """Whether an added event is not one the document already has: never in its own sentence; in another
    sentence only when ``repeat`` (the model's ``repeat_threshold``) is set and the event's confidence reaches
    it."""
    if _placed(event) in placed:
        return False
    if pair_key(event) not in seen:
        return True
    return repeat is not None and event.confidence >= repeat


def _order(event: Event) -> int:
    return event.sentence_start


def _added(view: SentenceView, probabilities: np.ndarray, roles: RoleScores, ontology: Ontology,
           thresholds: np.ndarray, event_floor: float, words: ViewWords | None = None) -> list[Event]:
    if not view.actors:
        return []
    ruled = {e.root for e in view.rule_events}
    lowest = float(thresholds.min())
    out = []
    for index in np.argsort(-probabilities):
        root, probability = ROOTS[int(index)], float(probabilities[int(index)])
        if probability < lowest:
            break
        if root not in ruled and probability >= thresholds[int(index)]:
            event = _model_event(view, root, probability, roles, ontology, words)
            if event.confidence >= event_floor:
                out.append(event)
    return out


def _model_event(view: SentenceView, root: str, probability: float, roles: RoleScores, ontology: Ontology,
                 words: ViewWords | None = None) -> Event:
    doc, model = roles.doc, roles.model
    trigger = model.trigger(doc, view.sentence, root, view.rule_events, words)
    codes = [m.code for m in view.actors]

    def target_scores(source_index: int) -> TargetScores:
        return roles.targets(view, root, trigger, source_index)

    source_index, source_probability = model.pick_source(roles.sources(view, root, trigger), target_scores, codes)
    source = _ref(doc, view.actors[source_index])
    choice = model.choose_target(target_scores(source_index), codes, source_index, root)
    target = _target_ref(doc, view, choice, source)
    cameo = f"{root}0"
    _, goldstein, quad, plover = ontology.describe(cameo)
    sentence = view.sentence
    start, end = trigger or (sentence.start, sentence.start)
    return Event(id=stable_id(doc.id, sentence.start, cameo, source.code, target.code if target else "", PROVENANCE),
                 doc_id=doc.id, cameo=cameo, root=root, plover=plover, quad_class=quad, goldstein=goldstein,
                 source=source, target=target, sentence_start=sentence.start, sentence_end=sentence.end,
                 sentence=sentence.text, trigger_start=start, trigger_end=end, trigger=doc.text[start:end],
                 confidence=round(probability * source_probability, 3), provenance=f"{PROVENANCE}@{model.version}")


def _role_rows(doc: Document, view: SentenceView, root: str, trigger: tuple[int, int] | None,
               source: Mention | None = None) -> list[dict[str, float]]:
    """The role models' features for each actor of the sentence (with the chosen source, for the target model)."""
    firsts, ranks = nearest_to_trigger(view.actors, trigger), trigger_ranks(view.actors, trigger)
    return [role_features(doc, view.sentence, m, rank, view.row.actors, root, view.rule_events, trigger, firsts,
                          source, ranks) for rank, m in enumerate(view.actors)]


def _target_ref(doc: Document, view: SentenceView, choice: tuple[str | None, int | None], source: ActorRef
                ) -> ActorRef | None:
    """The target a ``pick_target`` choice names: an actor of the sentence, the source's own country, or None."""
    code, index = choice
    if code is None:
        return None
    return _ref(doc, view.actors[index]) if index is not None else _own_country(source)


def _ref(doc: Document, mention: Mention) -> ActorRef:
    return ActorRef(code=mention.code, name=mention.name, text=doc.text[mention.start:mention.end],
                    id=mention.actor_id, start=mention.start, end=mention.end, type=mention.type)


def _own_country(source: ActorRef) -> ActorRef:
    """The target "the source's own country": its country code, with no text of its own."""
    country = source.code[:3]
    return ActorRef(code=country, name=country, text="", id=f"country:{country}", type="IMPLIED")
