"""Train the learned event layer (rasid.events.learned) on gold data and write it as a package data file.

    .venv/bin/python scripts/train_event_model.py --gold eval/corpus/gold.json eval/corpus/docs dev \\
        [--gold eval/ant/gold.json eval/ant/docs dev] [--train-only eval/train/gold.json eval/train/docs train]
        [--embedding use|none] [--folds 5] [--out PATH]
        [--add 0.5 --drop 0.1 --event 0.3] [--word-share 0.4]   (the shipped model: docs/events.md says why not
        the CV optimum)
        [--root-add 02=0.5,19=0.5,...] [--tune-roots]   (per-root add thresholds, version 7)
        [--targetless 01,13]   (the roots whose events may stand with no target, version 8; default every root)
        [--rescue 0.3]   (the own-country target's threshold for the other roots; default the usual 0.6)
        [--rival 0.4]   (drop a rule event out-rooted in its sentence, version 9)
        [--carry 2] [--sentence-trigger]   (actors carried from the sentence before; the trigger from the
        sentence model instead of the word model: version 9 carries 2 and takes the word model's)
        [--ranker [--ranker-threshold 0.35] [--ranker-cache FILE]]   (the event ranker, version 11: fit on
        candidates coded out of fold over --gold and --train-only; the cache keeps those candidates)

Only the named splits are read (never a test split: the script refuses "test"). Every document is coded by
the pipeline without the learned layer, so the model sees what it will see at run time: the rule coder's
events and the recognised actors. A sentence is labelled with the first root of every gold event (required or
optional) one of whose cues it holds.

``--train-only`` data (the eval/train pool) is in every training fold and never scored, so the cross-validated
figures stay comparable across runs: they are always on the ``--gold`` documents. Given as ``--gold`` instead,
the pool is folded and scored too: 2,178 documents out of fold instead of 198, the steadier figure by which the
shipped thresholds of version 3.1 were chosen (``--gold eval/corpus/gold.json eval/corpus/docs dev --gold
eval/train/gold.json eval/train/docs train --add 0.45 --drop 0.1 --event 0.3 --version 3.1``).

First a cross-validation over documents (folds grouped by document, the exact run-time code applied to each
held-out fold) prints lenient and strict scores for a grid of thresholds, overall and per outlet; the best
thresholds by the mean of lenient and strict F1 are kept. Then the model is trained on every document and
saved with them.

``--tune-roots`` (with ``--add`` and ``--drop``) also codes the held-out folds at the lowest add threshold of
the grid, with each event's root probability, and chooses one add threshold per root by coordinate ascent on
half of the scored documents (the mean of lenient and strict F1), reporting them on the other half and on all.
``--root-add`` ships per-root thresholds (roots it leaves out take ``--add``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import replace
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier

from rasid.api import extract
from rasid.evaluate.score import event_matches, score_events
from rasid.events.augment import (
    PROVENANCE,
    SentenceView,
    augment_events,
    document_candidates,
    model_probabilities,
    sentence_views,
)
from rasid.events.learned import (
    CHAR_FEATURES,
    ROOTS,
    WORD_FEATURES,
    EventModel,
    RoleModel,
    char_hasher,
    nearest_to_trigger,
    role_features,
    root_adds,
    self_features,
    sentence_matrix,
    targetless_roots,
    trigger_ranks,
    use_embedder,
    word_hasher,
)
from rasid.events.ranking import EventRanker, TreeEnsemble
from rasid.events.word_roots import (
    NONE,
    WORD_HASH_FEATURES,
    WORD_RE,
    ClusterLookup,
    WordRootModel,
    load_cluster_lookup,
    sentence_words,
)
from rasid.events.word_roots import hasher as word_feature_hasher
from rasid.ner.clusters import CLUSTER_FILE
from rasid.pipeline import Context, default_registry
from rasid.records import Document, ErrorRecord
from rasid.settings import DEFAULT_PIPELINE, Settings
from rasid.text.normalize import normalize_key

OUT = Path(__file__).resolve().parents[1] / "src" / "rasid" / "data" / "events" / "event_model.npz"
ROOT_C = 4.0
ROOT_CLASS_WEIGHT: str | None = None  # unbalanced: calibrated root probabilities (CV +0.015 lenient over "balanced")
ADD_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6)  # 0.3 and 0.35: the word model (version 4) moves the optimum down
DROP_GRID = (0.1, 0.3)
EVENT_GRID = (0.3, 0.5)
ROOT_ADD_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8)  # --tune-roots: the values tried for each root
AFTER_STAGES = ("event_dates", "event_places", "dedupe")  # what runs after the layer in the default pipeline
# What runs before it: the layer sees the rule coder's events before dates, places and the article's dedupe,
# as at run time (dedupe before the layer would merge rule events whose targets the layer then fills apart).
BEFORE_LAYER = DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("event_model")]
TARGET_THRESHOLD = 0.3
WORD_ALPHA = 3e-6  # L2 of the word-level root model (SGD). Pool CV lenient / strict at add 0.3:
# 1e-5 0.513 / 0.423, 3e-6 0.527 / 0.432, 1e-6 0.528 / 0.426
WORD_EPOCHS = 15
WORD_SHARE = 0.4  # the word-level model's share of a root's probability (shipped; see docs/events.md)
CARRIED = 2  # actors of the sentence before offered to the role models (version 9; docs/events.md)
# The event ranker (version 11; docs/events.md): candidates are added at these floors, and a candidate stands
# at the ranker's probability RANKER_THRESHOLD or more. Harness CV (pool + dev): floors 0.1 / 0.02 give the pool
# the same F1 with 37% more candidates to rank.
RANKER_ADD_FLOOR = 0.15
RANKER_EVENT_FLOOR = 0.05
RANKER_THRESHOLD = 0.35
RANKER_TREES = {"max_iter": 300, "learning_rate": 0.05, "max_leaf_nodes": 31, "min_samples_leaf": 40,
                "l2_regularization": 1.0, "random_state": 0}


def coded_documents(gold_path: str, docs_dir: str, split: str) -> tuple[list[Document], dict[str, Any]]:
    if split == "test":
        sys.exit("refusing to train on a test split")
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    wanted = set(gold["split"][split])
    settings = Settings(progress=False, pipeline=BEFORE_LAYER)
    docs = [d for d in extract([docs_dir], settings, only=wanted) if not isinstance(d, ErrorRecord)]
    return docs, gold


def labelled_views(doc: Document, gold_events: list[dict], carried: int = CARRIED
                   ) -> list[tuple[SentenceView, list[dict]]]:
    cues = [(e, [normalize_key(c) for c in e["cues"]]) for e in gold_events]
    out = []
    for view in sentence_views(doc, carried):
        key = normalize_key(view.sentence.text)
        out.append((view, [e for e, keys in cues if any(k in key for k in keys)]))
    return out


def idf(counts: Any) -> np.ndarray:
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return (np.log((1 + counts.shape[0]) / (1 + df)) + 1).astype(np.float32)


def train_roots(rows: list[tuple[SentenceView, list[dict]]], embeddings: np.ndarray | None,
                c: float = ROOT_C) -> tuple[Any, ...]:
    texts = [v.row.text for v, _ in rows]
    word_idf, char_idf = idf(word_hasher().transform(texts)), idf(char_hasher().transform(texts))
    matrix = sentence_matrix([v.row for v, _ in rows], word_idf, char_idf, embeddings)
    weights = np.zeros((len(ROOTS), matrix.shape[1]), dtype=np.float32)
    bias = np.full(len(ROOTS), -10.0, dtype=np.float32)  # a root never seen in training is never predicted
    for k, root in enumerate(ROOTS):
        labels = np.array([any(e["roots"][0] == root for e in gold) for _, gold in rows])
        if labels.sum() < 2:
            continue
        model = LogisticRegression(C=c, class_weight=ROOT_CLASS_WEIGHT, max_iter=3000).fit(matrix, labels)
        weights[k], bias[k] = model.coef_[0], model.intercept_[0]
    return weights, bias, word_idf, char_idf


def role_examples(doc: Document, view: SentenceView, gold: list[dict], roots: EventModel
                  ) -> tuple[list, list, list, list]:
    sources, source_labels, targets, target_labels = [], [], [], []
    actors, own = view.actors, view.row.actors
    for event in gold:
        root = event["roots"][0]
        trigger = roots.trigger(doc, view.sentence, root, view.rule_events)
        firsts, ranks = nearest_to_trigger(actors, trigger), trigger_ranks(actors, trigger)
        named = [_names(event["source"], mention.code) for mention in actors]
        first_source = next((m for m, is_source in zip(actors, named, strict=True) if is_source), None)
        for rank, (mention, is_source) in enumerate(zip(actors, named, strict=True)):
            sources.append(role_features(doc, view.sentence, mention, rank, own, root, view.rule_events,
                                         trigger, firsts, ranks=ranks))
            source_labels.append(is_source)
            if first_source is None or mention is first_source:
                continue  # the target model always runs after a source is chosen, and never picks it again
            targets.append(role_features(doc, view.sentence, mention, rank, own, root, view.rule_events,
                                         trigger, firsts, first_source, ranks))
            target_labels.append(_names(event["target"], mention.code) and not is_source)
        if first_source is not None:
            targets.append(self_features(root, len(actors), first_source.code))
            target_labels.append(_names(event["target"], first_source.code[:3]))
    return sources, source_labels, targets, target_labels


def _names(prefixes: list[str], code: str) -> bool:
    return any(p and code.startswith(p) for p in prefixes)


def train_role(examples: list[dict], labels: list[bool]) -> RoleModel:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(examples)
    model = LogisticRegression(C=1.0, max_iter=3000).fit(matrix, labels)
    names = {name: i for i, name in enumerate(vectorizer.feature_names_)}
    return RoleModel(names, model.coef_[0].astype(np.float64), float(model.intercept_[0]))


def word_examples(doc: Document, view: SentenceView, gold: list[dict], clusters: ClusterLookup | None = None
                  ) -> tuple[tuple, list[int]]:
    """The sentence's words (features) and each word's class: the first root of a gold event of the sentence
    whose cue holds the word (a word of three letters or more, outside an actor's name), else ``NONE``. A cue
    spans more than the trigger, so the labels are noisy; words that occur in cues of every kind get small
    weights."""
    words = sentence_words(doc, view.sentence, view.rule_events, clusters)
    labels = [NONE] * len(words.spans)
    for event in gold:
        if event["roots"][0] not in ROOTS:
            continue
        for cue in (normalize_key(c) for c in event["cues"]):
            if cue not in view.row.text:
                continue
            cue_words = {m.group() for m in WORD_RE.finditer(cue)}
            for i, (form, named) in enumerate(zip(words.forms, words.named, strict=True)):
                if form in cue_words and len(form) > 2 and not named:
                    labels[i] = ROOTS.index(event["roots"][0])
    return words.features, labels


def train_words(rows: list[tuple[Document, SentenceView, list[dict]]], alpha: float = WORD_ALPHA) -> WordRootModel:
    """The word-level root model (reading the bundled word clusters, version 5 on) over the rows' words."""
    lookup = load_cluster_lookup()
    features: list[tuple[str, ...]] = []
    labels: list[int] = []
    for doc, view, gold in rows:
        words, classes = word_examples(doc, view, gold, lookup)
        features += words
        labels += classes
    matrix = word_feature_hasher().transform(features).tocsr()
    model = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=WORD_EPOCHS, tol=None, random_state=0)
    model.fit(matrix, np.array(labels))
    return WordRootModel(model.coef_.T.astype(np.float32).copy(), model.intercept_.astype(np.float64),
                         model.classes_.astype(np.int64), lookup)


def train(data: list[tuple[Document, list[tuple[SentenceView, list[dict]]]]], embed: Any, version: str,
          add: float = 0.5, drop: float = 0.0, c: float = ROOT_C, word_share: float = 0.0,
          carried: int = CARRIED, word_trigger: bool = True) -> EventModel:
    """The event model over ``data`` (views made with ``carried``, which the model keeps); with
    ``word_trigger`` (and a word model), the role models learn from the word model's triggers."""
    rows = [(view, gold) for _doc, views in data for view, gold in views]
    embeddings = embed([v.sentence.text for v, _ in rows]) if embed else None
    weights, bias, word_idf, char_idf = train_roots(rows, embeddings, c)
    empty = RoleModel({}, np.zeros(0), 0.0)
    words = train_words([(doc, view, gold) for doc, views in data for view, gold in views]) if word_share else None
    roots = EventModel(version=version, root_weights=weights, root_bias=bias, word_idf=word_idf, char_idf=char_idf,
                       source=empty, target=empty, add_threshold=add, drop_threshold=drop,
                       target_threshold=TARGET_THRESHOLD, embedding="use" if embed else "", words=words,
                       word_share=word_share, carried=carried, word_trigger=word_trigger and words is not None)
    parts: list[list] = [[], [], [], []]
    for doc, views in data:
        for view, gold in views:
            if gold and view.actors:
                for bucket, items in zip(parts, role_examples(doc, view, gold, roots), strict=True):
                    bucket.extend(items)
    return replace(roots, source=train_role(parts[0], parts[1]), target=train_role(parts[2], parts[3]))


def with_thresholds(model: EventModel, add: float, drop: float, event: float = 0.0,
                    root_add: dict[str, float] | None = None) -> EventModel:
    return replace(model, add_threshold=add, drop_threshold=drop, event_threshold=event,
                   root_add=root_adds(root_add or {}, add))


def parse_root_add(spec: str) -> dict[str, float]:
    """"02=0.5,19=0.45" -> {"02": 0.5, "19": 0.45} (checked against the CAMEO roots)."""
    named = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        root, _, value = item.partition("=")
        named[root.strip().zfill(2)] = float(value)
    root_adds(named, 0.5)  # raises on an unknown root
    return named


def with_root_probabilities(doc: Document, events: list[dict], model: EventModel, embed: Any) -> list[dict]:
    """The events (JSON) with ``root_probability``: what the model gives their root in their sentence (1.0 for a
    sentence it does not read)."""
    views = sentence_views(doc, model.carried)
    table = dict(zip((v.sentence.start for v in views), model_probabilities(doc, views, model, embed), strict=True))
    out = []
    for event in events:
        row = table.get(event["evidence"]["start"])
        out.append({**event, "root_probability": 1.0 if row is None else float(row[ROOTS.index(event["root"])])})
    return out


def kept_at(events: list[dict], root_add: dict[str, float], drop: float) -> list[dict]:
    """The events a model coded at lower thresholds would keep at these: an added event if its root probability
    reaches its root's add threshold, a rule event if it reaches the drop threshold."""
    def keeps(event: dict) -> bool:
        added = event.get("provenance", "").startswith(PROVENANCE)
        return event["root_probability"] >= (root_add[event["root"]] if added else drop)
    return [e for e in events if keeps(e)]


def tune_root_adds(events: list[dict], gold: list[dict], ids: list[str], start: float, drop: float,
                   grid: tuple[float, ...] = ROOT_ADD_GRID, rounds: int = 2) -> dict[str, float]:
    """Per-root add thresholds by coordinate ascent from ``start`` for every root: each root in turn takes the
    grid value that most raises the mean of lenient and strict F1 on ``ids``. ``events`` were coded with every
    threshold at or below the grid's lowest, and carry their root probability."""
    chosen = dict.fromkeys(ROOTS, start)
    best = _mean_f1(gold, kept_at(events, chosen, drop), ids)
    for _ in range(rounds):
        for root in ROOTS:
            for value in grid:
                trial = chosen | {root: value}
                score = _mean_f1(gold, kept_at(events, trial, drop), ids)
                if score > best + 1e-4:
                    best, chosen = score, trial
    return chosen


def cross_validate(data: list, gold_events: list[dict], outlets: dict[str, str], embed: Any, folds: int,
                   c: float = ROOT_C, chosen: tuple[float, float, float] | None = None, extra: list | None = None,
                   word_share: float = 0.0, tune_roots: bool = False, carried: int = CARRIED,
                   word_trigger: bool = True) -> tuple[tuple, dict[str, float]]:
    """Folds over ``data``'s documents; ``extra`` is added to every training fold and never scored. Returns the
    best thresholds of the grid and (``tune_roots``, with ``chosen``) per-root add thresholds, else {}."""
    ids = sorted(d.id for d, _ in data)
    random.Random(7).shuffle(ids)
    fold_of = {d: i % folds for i, d in enumerate(ids)}
    context = Context()
    ontology = context.ontology
    after = [default_registry(plugins=False).get(name) for name in AFTER_STAGES]
    system: dict[tuple[float, float, float], list[dict]] = defaultdict(list)
    rules: list[dict] = []
    low: list[dict] = []  # tune_roots: every event at the lowest add threshold, with its root probability
    for fold in range(folds):
        model = train([x for x in data if fold_of[x[0].id] != fold] + (extra or []), embed, "cv", c=c,
                      word_share=word_share, carried=carried, word_trigger=word_trigger)
        for doc, _views in (x for x in data if fold_of[x[0].id] == fold):
            rules += [e.to_json() for e in doc.events]
            for key in product(ADD_GRID, DROP_GRID, EVENT_GRID):
                events = augment_events(doc, with_thresholds(model, *key), ontology, embed)
                system[key] += [e.to_json() for e in finish(doc, events, after, context)]
            if tune_roots and chosen:
                lowest = with_thresholds(model, min(ROOT_ADD_GRID), min(chosen[1], min(DROP_GRID)), chosen[2])
                events = augment_events(doc, lowest, ontology, embed)
                low += with_root_probabilities(doc, [e.to_json() for e in finish(doc, events, after, context)],
                                               lowest, embed)
        print(f"fold {fold + 1}/{folds} done", flush=True)
    report("rules only", gold_events, rules, ids, outlets)
    best = max(system, key=lambda k: _mean_f1(gold_events, system[k], ids))
    for key in sorted(system):
        shown = key in (best, chosen)
        report(f"add {key[0]} drop {key[1]} event {key[2]}", gold_events, system[key], ids, outlets if shown else None)
    return best, (_tuned_root_adds(low, gold_events, ids, chosen) if low and chosen else {})


def _tuned_root_adds(low: list[dict], gold_events: list[dict], ids: list[str], chosen: tuple) -> dict[str, float]:
    """Per-root add thresholds tuned on half of ``ids`` (a seeded draw), reported on the other half and on all."""
    tuning = set(random.Random(11).sample(ids, len(ids) // 2))
    halves = {"tuning half": sorted(tuning), "other half": [d for d in ids if d not in tuning], "all": ids}
    add, drop = chosen[0], chosen[1]
    tuned = tune_root_adds(low, gold_events, halves["tuning half"], add, drop)
    for name, subset in halves.items():
        wanted = set(subset)
        events = [e for e in low if e["doc_id"] in wanted]
        report(f"{name}, add {add}", gold_events, kept_at(events, dict.fromkeys(ROOTS, add), drop), subset, None)
        report(f"{name}, per root", gold_events, kept_at(events, tuned, drop), subset, None)
    print("per-root add thresholds:", ",".join(f"{r}={v}" for r, v in tuned.items() if v != add) or "none")
    return tuned


def finish(doc: Document, events: tuple, after: list, context: Context) -> tuple:
    """The events as the pipeline leaves them: the stages after the layer (dates, places, dedupe) applied."""
    out = doc.with_(events=tuple(events))
    for stage in after:
        out = stage.func(out, context)
    return out.events


def _mean_f1(gold: list[dict], system: list[dict], ids: list[str]) -> float:
    return (score_events(gold, system, False, ids).f1 + score_events(gold, system, True, ids).f1) / 2


def report(label: str, gold: list[dict], system: list[dict], ids: list[str], outlets: dict[str, str] | None) -> None:
    lenient, strict = score_events(gold, system, False, ids), score_events(gold, system, True, ids)
    print(f"{label:22} lenient P {lenient.precision:.3f} R {lenient.recall:.3f} F1 {lenient.f1:.3f} | strict P "
          f"{strict.precision:.3f} R {strict.recall:.3f} F1 {strict.f1:.3f} | events {len(system)}")
    for name in sorted(set((outlets or {}).values())):
        sub = [d for d in ids if outlets.get(d) == name]
        lo, st = score_events(gold, system, False, sub), score_events(gold, system, True, sub)
        print(f"    {name:18} lenient F1 {lo.f1:.3f} (P {lo.precision:.3f} R {lo.recall:.3f})  strict F1 {st.f1:.3f}")


def save(model: EventModel, path: Path, meta: dict[str, Any]) -> None:
    def role_arrays(name: str, role: RoleModel) -> dict[str, Any]:
        names = sorted(role.names, key=role.names.get)
        return {f"{name}_names": np.array(json.dumps(names, ensure_ascii=False)),
                f"{name}_weights": role.weights.astype(np.float32), f"{name}_bias": np.array(role.bias)}

    meta = {**meta, "version": model.version, "add_threshold": model.add_threshold,
            "root_add": dict(zip(ROOTS, model.root_add, strict=True)) if model.root_add else {},
            "targetless_roots": sorted(model.targetless), "rescue_threshold": model.rescue_threshold,
            "word_trigger": model.word_trigger, "carried_actors": model.carried,
            "rival_threshold": model.rival_threshold, "repeat_threshold": model.repeat_threshold,
            "self_by_root": model.self_by_root,
            "drop_threshold": model.drop_threshold, "self_threshold": model.self_threshold,
            "target_threshold": model.target_threshold,
            "event_threshold": model.event_threshold,
            "embedding": model.embedding, "word_features": WORD_FEATURES, "char_features": CHAR_FEATURES,
            "word_share": model.word_share, "word_hash_features": WORD_HASH_FEATURES,
            "word_clusters": CLUSTER_FILE if model.words is not None and model.words.clusters is not None else "",
            **(model.ranker.meta() if model.ranker is not None else {})}
    words = {} if model.words is None else {
        "word_weights": model.words.weights.astype(np.float16), "word_bias": model.words.bias,
        "word_classes": model.words.classes}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, root_weights=model.root_weights.astype(np.float16), root_bias=model.root_bias,
                        word_idf=model.word_idf.astype(np.float16), char_idf=model.char_idf.astype(np.float16),
                        meta=np.array(json.dumps(meta)), **role_arrays("source", model.source),
                        **role_arrays("target", model.target), **words,
                        **(model.ranker.arrays() if model.ranker is not None else {}))


def ranker_examples(doc: Document, gold: list[dict], model: EventModel, ontology: Any, embed: Any
                    ) -> tuple[list[dict[str, float]], list[bool]]:
    """The ranker's candidates of ``doc`` as ``model`` (with a ranker, ``EventRanker.untrained`` when training
    one) codes it (features) and whether each matches a gold event of the document, required or optional,
    strictly (root, source, target and cue sentence)."""
    events, rows = document_candidates(doc, model, ontology, embed)
    ranked = [(e, row) for e, row in zip(events, rows, strict=True) if row is not None]
    return [row for _, row in ranked], [any(event_matches(g, e.to_json(), True) for g in gold) for e, _ in ranked]


def ranker_data(documents: list, gold_events: list[dict], embed: Any, folds: int, settings: Any,
                **training: Any) -> tuple[list[dict[str, float]], list[bool]]:
    """Candidates of every document coded out of fold: each fold's documents by a model trained on the others
    (``training``: ``train``'s keywords) with the shipped thresholds (``settings``: model -> model)."""
    ids = sorted(d.id for d, _ in documents)
    random.Random(7).shuffle(ids)
    fold_of = {d: i % folds for i, d in enumerate(ids)}
    gold_of: dict[str, list[dict]] = defaultdict(list)
    for event in gold_events:
        gold_of[event["doc"]].append(event)
    ontology = Context().ontology
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    for fold in range(folds):
        model = replace(settings(train([x for x in documents if fold_of[x[0].id] != fold], embed, "cv", **training)),
                        ranker=EventRanker.untrained(RANKER_ADD_FLOOR, RANKER_EVENT_FLOOR))
        for doc, _views in (x for x in documents if fold_of[x[0].id] == fold):
            more, matched = ranker_examples(doc, gold_of[doc.id], model, ontology, embed)
            rows += more
            labels += matched
        print(f"ranker fold {fold + 1}/{folds}: {len(rows)} candidates, {sum(labels)} matching", flush=True)
    return rows, labels


def write_ranker_cache(path: Path, rows: list[dict[str, float]], labels: list[bool]) -> None:
    """The ranker's training candidates as JSON lines: each candidate's features and whether it matches."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row, label in zip(rows, labels, strict=True):
            out.write(json.dumps({"features": row, "matches": bool(label)}, ensure_ascii=False) + "\n")


def read_ranker_cache(path: Path) -> tuple[list[dict[str, float]], list[bool]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"ranker candidates read from {path}: {len(lines)}", flush=True)
    return [line["features"] for line in lines], [bool(line["matches"]) for line in lines]


def fit_ranker(rows: list[dict[str, float]], labels: list[bool], threshold: float = RANKER_THRESHOLD
               ) -> EventRanker:
    """Gradient-boosted trees over the candidates' features, exported as plain arrays (and checked against
    scikit-learn's own probabilities)."""
    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform(rows)
    model = HistGradientBoostingClassifier(**RANKER_TREES).fit(matrix, np.array(labels))
    ranker = EventRanker(tuple(vectorizer.feature_names_), tree_arrays(model), threshold, RANKER_ADD_FLOOR,
                         RANKER_EVENT_FLOOR)
    gap = float(np.abs(ranker.trees.probabilities(matrix) - model.predict_proba(matrix)[:, 1]).max())
    if gap > 1e-6:
        raise RuntimeError(f"the exported trees disagree with scikit-learn's by {gap}")
    return ranker


def tree_arrays(model: HistGradientBoostingClassifier) -> TreeEnsemble:
    """A fitted binary HistGradientBoostingClassifier's trees as one set of node arrays (no missing values are
    expected: the features of a candidate are 0 when absent)."""
    nodes = [predictor.nodes for (predictor,) in model._predictors]  # one tree per iteration for two classes
    offsets = np.cumsum([0] + [len(n) for n in nodes[:-1]])
    joined = np.concatenate(nodes)
    shift = np.concatenate([np.full(len(n), o) for n, o in zip(nodes, offsets, strict=True)])
    leaf = joined["is_leaf"].astype(bool)
    left, right = (np.where(leaf, 0, joined[side] + shift) for side in ("left", "right"))
    return TreeEnsemble(feature=joined["feature_idx"].astype(np.int64), threshold=joined["num_threshold"],
                        left=left, right=right,
                        leaf=leaf, value=joined["value"].astype(np.float64), starts=offsets.astype(np.int64),
                        baseline=float(np.ravel(model._baseline_prediction)[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs=3, action="append", metavar=("GOLD", "DOCS", "SPLIT"), required=True)
    parser.add_argument("--train-only", nargs=3, action="append", default=[], metavar=("GOLD", "DOCS", "SPLIT"),
                        help="training data that is never scored (in every fold)")
    parser.add_argument("--embedding", choices=("use", "none"), default="use")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-cv", action="store_true")
    parser.add_argument("--version", default="1")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--root-c", type=float, default=ROOT_C, help="inverse regularisation of the root models")
    parser.add_argument("--add", type=float, help="ship this add threshold instead of the cross-validated best")
    parser.add_argument("--drop", type=float, help="ship this drop threshold instead of the cross-validated best")
    parser.add_argument("--event", type=float, default=0.0,
                        help="with --add and --drop: the event threshold (root x source probability) to ship")
    parser.add_argument("--root-add", default="", metavar="ROOT=T,...",
                        help="per-root add thresholds to ship (roots left out take --add)")
    parser.add_argument("--tune-roots", action="store_true",
                        help="with --add and --drop: choose per-root add thresholds in the cross-validation")
    parser.add_argument("--targetless", default="", metavar="ROOT,...",
                        help="the roots whose events the layer keeps with no target (default: every root)")
    parser.add_argument("--rescue", type=float, default=None, metavar="T",
                        help="the own-country target's threshold for roots not kept targetless (default: the "
                             "own-country threshold of every root)")
    parser.add_argument("--word-share", type=float, default=WORD_SHARE,
                        help="the word-level root model's share of a root's probability (0: no word model)")
    parser.add_argument("--rival", type=float, default=0.0, metavar="T",
                        help="drop a rule event whose root is below T when a likelier root of its sentence is at its "
                             "add threshold (0: never)")
    parser.add_argument("--repeat", type=float, default=None, metavar="T",
                        help="keep an added event whose root, source and target the document has in another sentence "
                             "when its confidence is at least T (default: never)")
    parser.add_argument("--self-root", default="", metavar="ROOT=T,...",
                        help="own-country target thresholds for these roots, over --rescue and the default")
    parser.add_argument("--carry", type=int, default=CARRIED, metavar="N",
                        help="actors of the sentence before offered to the role models (0: none)")
    parser.add_argument("--sentence-trigger", action="store_true",
                        help="take the trigger from the sentence model's word weights, as before version 9")
    parser.add_argument("--ranker", action="store_true",
                        help="train the event ranker (version 11) on candidates coded out of fold (--folds)")
    parser.add_argument("--ranker-threshold", type=float, default=RANKER_THRESHOLD, metavar="T",
                        help="the ranker's probability a candidate needs to stand")
    parser.add_argument("--ranker-cache", type=Path, metavar="FILE",
                        help="write the out-of-fold candidates (features and labels) here, or read them when the "
                             "file exists: the ranker is refit in seconds, without coding them again (delete the "
                             "file when the layer's code, the data or the folds change)")
    args = parser.parse_args()
    data, gold_events, outlets = load(args.gold, args.carry)
    extra, extra_gold, _ = load(args.train_only, args.carry)
    embed = _cached(use_embedder()) if args.embedding == "use" else None
    chosen = (args.add, args.drop, args.event) if args.add is not None and args.drop is not None else None
    if args.tune_roots and chosen is None:
        parser.error("--tune-roots needs --add and --drop (the thresholds the per-root ones start from)")
    best, tuned = ((0.5, 0.0, 0.0), {}) if args.no_cv else cross_validate(
        data, gold_events, outlets, embed, args.folds, args.root_c, chosen, extra, args.word_share, args.tune_roots,
        args.carry, not args.sentence_trigger)
    add, drop, event = chosen or best
    root_add = parse_root_add(args.root_add)
    print(f"cross-validated best: add {best[0]}, drop {best[1]}, event {best[2]}; shipped: add {add}, drop {drop}, "
          f"event {event}, per root {root_add or 'none'}")
    targetless = [r.strip().zfill(2) for r in args.targetless.split(",") if r.strip()] or ROOTS

    def settings(model: EventModel) -> EventModel:
        return replace(with_thresholds(model, add, drop, event, root_add), targetless=targetless_roots(targetless),
                       rescue_threshold=args.rescue, rival_threshold=args.rival, repeat_threshold=args.repeat,
                       self_by_root=parse_root_add(args.self_root))

    training = {"c": args.root_c, "word_share": args.word_share, "carried": args.carry,
                "word_trigger": not args.sentence_trigger}
    ranker = None
    if args.ranker:
        cached = args.ranker_cache is not None and args.ranker_cache.exists()
        rows, labels = read_ranker_cache(args.ranker_cache) if cached else ranker_data(
            data + extra, gold_events + extra_gold, embed, args.folds, settings, **training)
        if args.ranker_cache is not None and not cached:
            write_ranker_cache(args.ranker_cache, rows, labels)
        ranker = fit_ranker(rows, labels, args.ranker_threshold)
    model = replace(settings(train(data + extra, embed, args.version, add, drop, **training)), ranker=ranker)
    sources = [f"{g} {s}" for g, _d, s in args.gold + args.train_only]
    save(model, args.out, {"trained_on": sources, "documents": len(data) + len(extra), "root_c": args.root_c,
                           "cross_validated_best": list(best),
                           "cross_validated_root_add": {r: v for r, v in tuned.items() if v != add}})
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


def load(specs: list[list[str]], carried: int = CARRIED) -> tuple[list, list[dict], dict[str, str]]:
    """(documents with labelled sentence views, their gold events, outlet per document) for GOLD DOCS SPLIT
    triples; the views carry ``carried`` actors of the sentence before (``sentence_views``)."""
    data, gold_events, outlets = [], [], {}
    for gold_path, docs_dir, split in specs:
        docs, gold = coded_documents(gold_path, docs_dir, split)
        by_doc = defaultdict(list)
        for event in gold["events"]:
            by_doc[event["doc"]].append(event)
        data += [(d, labelled_views(d, by_doc[d.id], carried)) for d in docs]
        gold_events += [e for d in docs for e in by_doc[d.id]]
        outlets |= {d.id: gold.get("outlets", {}).get(d.id, d.article.source) for d in docs}
        print(f"{gold_path} {split}: {len(docs)} documents", flush=True)
    return data, gold_events, outlets


def _cached(embed: Any) -> Any:
    """The embedder with a memo per sentence text: cross-validation embeds each sentence once."""
    memo: dict[str, np.ndarray] = {}

    def cached(texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in memo]
        if todo:
            memo.update(zip(todo, embed(todo), strict=True))
        return np.stack([memo[t] for t in texts]) if texts else np.zeros((0, 512), dtype=np.float32)

    return cached


if __name__ == "__main__":
    main()
