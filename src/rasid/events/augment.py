"""Apply the learned event layer (``rasid.events.learned``) to a coded document.

Finding (the model's probabilities) is kept apart from attaching (here): the rule coder's events stay unless
the model gives their root less than ``drop_threshold``, and a rule event with a source but no target gets the
target the target model picks among the sentence's other actors (or the source's own country), when it picks
one; for every root the model gives at least
``add_threshold`` in a sentence where the rules coded none of that root, one event is added with the source
and target the role models pick, when the root's probability times its source's is at least ``event_threshold``
(that product is the added event's confidence). Events that repeat a (root, source, target) already in the
document are not added again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

import numpy as np

from rasid.cameo import Ontology
from rasid.events.learned import (
    ROOTS,
    CandidateFacts,
    Embedder,
    EventModel,
    SentenceRow,
    candidate_features,
    candidates,
    nearest_to_trigger,
    role_features,
)
from rasid.records import ActorRef, Document, Event, Mention, Sentence, SpanIndex, stable_id
from rasid.text.normalize import normalize_key

PROVENANCE = "events.model"


@dataclass(frozen=True, slots=True)
class SentenceView:
    sentence: Sentence
    row: SentenceRow
    rule_events: tuple[Event, ...]
    actors: tuple[Mention, ...]


def sentence_views(doc: Document) -> list[SentenceView]:
    """Sentences the model reads: not boilerplate, and naming a coded actor or holding a rule event."""
    mentions, views = SpanIndex(doc.mentions), []
    events = SpanIndex(doc.events, attrgetter("trigger_start"))
    for sentence in doc.sentences:
        if sentence.kind == "boilerplate":
            continue
        actors = tuple(candidates(sentence, mentions.within(sentence.start, sentence.end)))
        rule = tuple(events.within(sentence.start, sentence.end))
        if actors or rule:
            row = SentenceRow(normalize_key(sentence.text), frozenset(e.root for e in rule), len(actors))
            views.append(SentenceView(sentence, row, rule, actors))
    return views


def model_probabilities(views: Sequence[SentenceView], model: EventModel, embed: Embedder | None) -> np.ndarray:
    return model.root_probabilities([v.row for v in views], embed, [v.sentence.text for v in views])


def augment_events(doc: Document, model: EventModel, ontology: Ontology, embed: Embedder | None) -> tuple[Event, ...]:
    """The document's events after the model has vetted the rule coder's and added the roots it missed."""
    views = sentence_views(doc)
    if not views:
        return doc.events
    probabilities = model_probabilities(views, model, embed)
    if model.scorer is not None:
        return _scored_events(doc, views, probabilities, model, ontology)
    kept = [_with_target(doc, v, e, model) for v, p in zip(views, probabilities, strict=True) for e in v.rule_events
            if p[ROOTS.index(e.root)] >= model.drop_threshold]
    vetted = {e.id for v in views for e in v.rule_events}
    kept += [e for e in doc.events if e.id not in vetted]
    seen = {_key(e) for e in kept}
    added = []
    for view, p in zip(views, probabilities, strict=True):
        for event in _added(doc, view, p, model, ontology):
            if _key(event) not in seen:
                seen.add(_key(event))
                added.append(event)
    return tuple(sorted(kept, key=_order) + added) if added else tuple(kept)


def _scored_events(doc: Document, views: Sequence[SentenceView], probabilities: np.ndarray, model: EventModel,
                   ontology: Ontology) -> tuple[Event, ...]:
    """The events the scorer keeps among every candidate (rule events, filled or not, and the model's roots);
    events outside the model's sentences stay, and a (root, source, target) is kept once, first by position."""
    assert model.scorer is not None
    found = candidate_events(doc, views, probabilities, model, ontology)
    scores = model.scorer.probabilities([candidate_features(facts) for _, facts in found])
    vetted = {e.id for v in views for e in v.rule_events}
    out = [e for e in doc.events if e.id not in vetted]
    seen = {_key(e) for e in out}
    for (event, facts), score in sorted(zip(found, scores, strict=True), key=lambda x: _order(x[0][0])):
        if score >= model.keep_threshold and _key(event) not in seen:
            seen.add(_key(event))
            out.append(replace(event, confidence=round(float(score), 3)) if facts.origin == "model" else event)
    return tuple(sorted(out, key=_order))


def candidate_events(doc: Document, views: Sequence[SentenceView], probabilities: np.ndarray, model: EventModel,
                     ontology: Ontology) -> list[tuple[Event, CandidateFacts]]:
    """Every event the scorer weighs, with its facts: each rule event (with the target the target model
    fills in, if any) and, in sentences with actors, each root the model gives at least ``add_threshold`` that
    the rules did not code there."""
    salience = (probabilities >= 0.5).sum(axis=0)
    out = []
    for index, (view, p) in enumerate(zip(views, probabilities, strict=True)):
        ranks = np.argsort(np.argsort(-p))
        for event in view.rule_events:
            filled, target_probability = _filled(doc, view, event, model)
            out.append((filled, _facts(doc, view, filled, "rule" if filled is event else "filled", p, ranks,
                                       salience, index, model, target_probability)))
        if not view.actors:
            continue
        ruled = {e.root for e in view.rule_events}
        for k in np.argsort(-p):
            if p[int(k)] < model.add_threshold:
                break
            if ROOTS[int(k)] not in ruled:
                event, source_probability, target_probability = _model_candidate(
                    doc, view, ROOTS[int(k)], float(p[int(k)]), model, ontology)
                out.append((event, _facts(doc, view, event, "model", p, ranks, salience, index, model,
                                          target_probability, source_probability)))
    return out


def _facts(doc: Document, view: SentenceView, event: Event, origin: str, p: np.ndarray, ranks: np.ndarray,
           salience: np.ndarray, index: int, model: EventModel, target_probability: float,
           source_probability: float | None = None) -> CandidateFacts:
    k = ROOTS.index(event.root)
    source_code = event.source.code if event.source else ""
    codes = [m.code for m in view.actors]
    best = False
    if source_code in codes:
        rows = _role_rows(doc, view, event.root, (event.trigger_start, event.trigger_end))
        scores = model.source.probabilities(rows)
        best = int(np.argmax(scores)) == codes.index(source_code)
        if source_probability is None:
            source_probability = float(scores[codes.index(source_code)])
    target = event.target
    kind = "none" if target is None else ("self" if target.type == "IMPLIED" else "named")
    return CandidateFacts(root=event.root, origin=origin, root_probability=float(p[k]), root_rank=int(ranks[k]),
                          source_probability=-1.0 if source_probability is None else source_probability,
                          source_is_best=best, target_kind=kind, target_probability=target_probability,
                          source_code=source_code, target_code=target.code if target else "",
                          actors=len(view.actors), view_index=index, sentence_kind=view.sentence.kind,
                          modality=event.modality, salience=int(salience[k]))


def _with_target(doc: Document, view: SentenceView, event: Event, model: EventModel) -> Event:
    """A rule event with a source and no target, given the target the target model picks (else unchanged)."""
    return _filled(doc, view, event, model)[0]


def _filled(doc: Document, view: SentenceView, event: Event, model: EventModel) -> tuple[Event, float]:
    """``_with_target``'s event and the target model's probability for its choice (-1 when it was not asked)."""
    codes = [m.code for m in view.actors]
    if event.target is not None or event.source is None or event.source.code not in codes:
        return event, -1.0
    target, probability = _target(doc, view, model, event.root, (event.trigger_start, event.trigger_end),
                                  codes.index(event.source.code), event.source)
    if target is None:
        return event, probability
    return replace(event, target=target, id=stable_id(event.id, target.code, PROVENANCE),
                   provenance=f"{event.provenance}+{PROVENANCE}@{model.version}:target"), probability


def _order(event: Event) -> int:
    return event.sentence_start


def _key(event: Event) -> tuple[str, str, str]:
    return (event.root, event.source.code if event.source else "", event.target.code if event.target else "")


def _added(doc: Document, view: SentenceView, probabilities: np.ndarray, model: EventModel,
           ontology: Ontology) -> list[Event]:
    if not view.actors:
        return []
    ruled = {e.root for e in view.rule_events}
    out = []
    for index in np.argsort(-probabilities):
        root, probability = ROOTS[int(index)], float(probabilities[int(index)])
        if probability < model.add_threshold:
            break
        if root not in ruled:
            event = _model_event(doc, view, root, probability, model, ontology)
            if event.confidence >= model.event_threshold:
                out.append(event)
    return out


def _model_event(doc: Document, view: SentenceView, root: str, probability: float, model: EventModel,
                 ontology: Ontology) -> Event:
    return _model_candidate(doc, view, root, probability, model, ontology)[0]


def _model_candidate(doc: Document, view: SentenceView, root: str, probability: float, model: EventModel,
                     ontology: Ontology) -> tuple[Event, float, float]:
    """The event the model adds for ``root`` in the sentence, its source's probability and its target's."""
    trigger = model.trigger(doc, view.sentence, root)
    source_index, source_probability = model.pick_source(_role_rows(doc, view, root, trigger))
    source = _ref(doc, view.actors[source_index])
    target, target_probability = _target(doc, view, model, root, trigger, source_index, source)
    cameo = f"{root}0"
    _, goldstein, quad, plover = ontology.describe(cameo)
    sentence = view.sentence
    start, end = trigger or (sentence.start, sentence.start)
    event = Event(id=stable_id(doc.id, sentence.start, cameo, source.code, target.code if target else "", PROVENANCE),
                  doc_id=doc.id, cameo=cameo, root=root, plover=plover, quad_class=quad, goldstein=goldstein,
                  source=source, target=target, sentence_start=sentence.start, sentence_end=sentence.end,
                  sentence=sentence.text, trigger_start=start, trigger_end=end, trigger=doc.text[start:end],
                  confidence=round(probability * source_probability, 3), provenance=f"{PROVENANCE}@{model.version}")
    return event, source_probability, target_probability


def _role_rows(doc: Document, view: SentenceView, root: str, trigger: tuple[int, int] | None,
               source: Mention | None = None) -> list[dict[str, float]]:
    """The role models' features for each actor of the sentence (with the chosen source, for the target model)."""
    firsts = nearest_to_trigger(view.actors, trigger)
    return [role_features(doc, view.sentence, m, rank, len(view.actors), root, view.rule_events, trigger, firsts,
                          source) for rank, m in enumerate(view.actors)]


def _target(doc: Document, view: SentenceView, model: EventModel, root: str, trigger: tuple[int, int] | None,
            source_index: int, source: ActorRef) -> tuple[ActorRef | None, float]:
    """The target the target model picks for the actor at ``source_index`` (another actor of the sentence, the
    source's own country, or None) and the probability of that choice."""
    rows = _role_rows(doc, view, root, trigger, view.actors[source_index])
    code, index, probability = model.pick_target_scored(rows, [m.code for m in view.actors], source_index, root)
    if code is None:
        return None, probability
    return (_ref(doc, view.actors[index]) if index is not None else _own_country(source)), probability


def _ref(doc: Document, mention: Mention) -> ActorRef:
    return ActorRef(code=mention.code, name=mention.name, text=doc.text[mention.start:mention.end],
                    id=mention.actor_id, start=mention.start, end=mention.end, type=mention.type)


def _own_country(source: ActorRef) -> ActorRef:
    """The target "the source's own country": its country code, with no text of its own."""
    country = source.code[:3]
    return ActorRef(code=country, name=country, text="", id=f"country:{country}", type="IMPLIED")
