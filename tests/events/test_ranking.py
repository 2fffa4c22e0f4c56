"""The event ranker (version 11): its trees as arrays, its features, and the candidates it lets stand."""

from dataclasses import replace

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from rasid.events.augment import augment_events, model_probabilities, ranked_candidates, sentence_views, view_words
from rasid.events.learned import ROOTS, EventModel, RoleModel
from rasid.events.ranking import (
    CandidateContext,
    CandidateRoles,
    EventRanker,
    TreeEnsemble,
    actor_sector,
    candidate_features,
    sector,
)
from rasid.pipeline import Context, Pipeline
from rasid.records import ActorRef, Article, Document, Event
from rasid.settings import DEFAULT_PIPELINE, Settings
from tests.events.test_learned import TEXT
from tests.events.test_learned import _model as _handmade


@pytest.fixture(scope="module")
def coded():
    settings = Settings(pipeline=tuple(s for s in DEFAULT_PIPELINE if s != "event_model"))
    return Pipeline(settings)(Document(Article(id="r1", text=TEXT)))


def _model(root_bias: dict[str, float], ranker: EventRanker | None = None) -> EventModel:
    """test_learned's hand-made model (add 0.5, drop 0, the first actor the source, the second the target)."""
    return replace(_handmade(root_bias), ranker=ranker)


def _stump(feature: int, threshold: float, low: float, high: float, baseline: float = 0.0) -> TreeEnsemble:
    """One tree of one split: ``low`` at or below ``threshold``, ``high`` above."""
    return TreeEnsemble(feature=np.array([feature, 0, 0]), threshold=np.array([threshold, 0.0, 0.0]),
                        left=np.array([1, 0, 0]), right=np.array([2, 0, 0]), leaf=np.array([False, True, True]),
                        value=np.array([0.0, low, high]), starts=np.array([0]), baseline=baseline)


def test_exported_trees_give_scikit_learns_probabilities(script):
    rng = np.random.default_rng(3)
    matrix = rng.normal(size=(400, 5))
    labels = (matrix[:, 0] + matrix[:, 1] * matrix[:, 2] > 0.2).astype(int)
    model = HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=7, random_state=0).fit(matrix, labels)
    trees = script.tree_arrays(model)
    assert len(trees.starts) == 20
    assert np.allclose(trees.probabilities(matrix), model.predict_proba(matrix)[:, 1], atol=1e-9)


def test_fit_ranker_names_its_features_and_keeps_the_floors(script):
    rows = [{"p_root": p, "root=04": 1.0} if p > 0.5 else {"p_root": p} for p in np.linspace(0, 1, 200)]
    labels = [row["p_root"] > 0.6 for row in rows]
    ranker = script.fit_ranker(rows, labels, threshold=0.4)
    assert set(ranker.names) == {"p_root", "root=04"}
    assert (ranker.threshold, ranker.add_floor, ranker.event_floor) == (
        0.4, script.RANKER_ADD_FLOOR, script.RANKER_EVENT_FLOOR)
    probabilities = ranker.probabilities([{"p_root": 0.9, "root=04": 1.0}, {"p_root": 0.1}, {"unknown": 1.0}])
    assert probabilities[0] > 0.9 and probabilities[1] < 0.1 and probabilities[2] < 0.1


def test_a_ranker_survives_the_model_file(tmp_path):
    ranker = EventRanker(("a", "b"), _stump(1, 0.5, -2.0, 2.0, baseline=0.1), 0.35, 0.15, 0.05)
    path = tmp_path / "ranker.npz"
    np.savez(path, **ranker.arrays())
    loaded = EventRanker.load(np.load(path), ranker.meta())
    assert loaded is not None and loaded.names == ("a", "b") and loaded.threshold == 0.35
    rows = [{"b": 0.2}, {"b": 0.9, "a": 5.0}]
    assert np.allclose(loaded.probabilities(rows), ranker.probabilities(rows))
    assert EventRanker.load({}, {}) is None  # a model before version 11


def test_an_untrained_ranker_has_no_trees_and_gives_one_half():
    ranker = EventRanker.untrained(0.15, 0.05)
    assert ranker.probabilities([{"p_root": 0.9}, {}]).tolist() == [0.5, 0.5]
    assert ranker.trees.probabilities(np.zeros((0, 0))).shape == (0,)


def test_sectors_for_the_ranker_name_missing_and_rare_ones():
    assert actor_sector("YEMMIL") == "MIL" and actor_sector("IGOUNO") == "IGO" and actor_sector("TUN") == "state"
    assert sector("") == "none" and sector("TUNXYZ") == "other" and sector("LBYGOV") == "GOV"


def _actor(code, start, end, kind="GPE"):
    return ActorRef(code=code, name=code, text="x", id=code, start=start, end=end, type=kind)


def test_candidate_features_read_probabilities_roles_places_and_agreement():
    text = "قال الرئيس إن فرنسا قصفت مواقع في ليبيا أمس."
    sentence_end = len(text)
    trigger = text.index("قصفت")
    event = Event(id="e", doc_id="d", cameo="190", root="19", plover="", quad_class=4, goldstein=-10.0,
                  source=_actor("FRA", text.index("فرنسا"), text.index("فرنسا") + 5),
                  target=_actor("LBY", text.index("ليبيا"), text.index("ليبيا") + 5), sentence_start=0,
                  sentence_end=sentence_end, sentence=text, trigger_start=trigger, trigger_end=trigger + 4,
                  trigger="قصفت", confidence=0.4, provenance="events.model@test")
    probabilities = np.full(len(ROOTS), 0.05)
    probabilities[18], probabilities[1] = 0.7, 0.4
    context = CandidateContext(probabilities, np.full(len(ROOTS), 0.2), 2, 1, 5, ())
    roles = CandidateRoles(np.array([0.9, 0.3]), 0, np.array([0.1, 0.8]), 0.2, ("FRA", "LBY"))
    features = candidate_features(event, context, roles, True, [event, replace(event, root="02")], text)
    assert features["root=19"] == 1.0 and features["added"] == 1.0
    assert features["p_root"] == pytest.approx(0.7) and features["root_rank"] == 0.0
    assert features["p_other_max"] == pytest.approx(0.4) and features["n_roots_03"] == 2.0
    assert features["p_src"] == pytest.approx(0.9) and features["p_tgt"] == pytest.approx(0.8)
    assert features["p_own"] == pytest.approx(0.2) and features["same_country"] == 0.0
    assert features["src_after"] == 0.0 and features["tgt_after"] == 1.0 and features["tgt_gap"] == 2.0
    assert features["key_in_doc"] == 1.0 and features["root_in_doc"] == 1.0 and features["cands_in_sent"] == 2.0
    assert features["src_sec=state"] == 1.0 and features["tgt_type=GPE"] == 1.0


def test_the_ranker_decides_which_candidates_stand(coded, ontology):
    model = _model({"05": -0.4})  # about 0.4: below the model's own add threshold (the bias is a logit)
    assert not [e for e in augment_events(coded, model, ontology, None) if e.root == "05"]
    p_root = 0  # the stump reads the first feature name: the root's probability
    names = ("p_root",)
    lets_in = EventRanker(names, _stump(p_root, 0.35, -3.0, 3.0), 0.5, 0.3, 0.05)
    ranked = augment_events(coded, replace(model, ranker=lets_in), ontology, None)
    assert "05" in {e.root for e in ranked}  # the candidate at 0.4 now stands
    keeps_none = EventRanker(names, _stump(p_root, 0.35, -3.0, -3.0), 0.5, 0.3, 0.05)
    assert augment_events(coded, replace(model, ranker=keeps_none), ontology, None) == ()


def test_ranked_candidates_include_what_the_thresholds_leave_out(coded, ontology):
    model = _model({"05": -0.4}, EventRanker.untrained(0.3, 0.05))
    views = sentence_views(coded, model.carried)
    words = view_words(coded, views, model)
    probabilities = model_probabilities(coded, views, model, None, words)
    events, rows = ranked_candidates(coded, views, words, probabilities, model, ontology)
    assert "05" in {e.root for e in events} and len(rows) == len(events)
    assert all(row is not None and row[f"root={e.root}"] == 1.0 for e, row in zip(events, rows, strict=True))
    assert model.candidate_adds.tolist() == [0.3] * len(ROOTS)
    assert _model({}).candidate_adds.tolist() == [0.5] * len(ROOTS)


class _Counting:
    """A role model that counts the rows it scores."""

    def __init__(self, role: RoleModel) -> None:
        self.role, self.rows = role, 0

    def probabilities(self, rows):
        self.rows += len(rows)
        return self.role.probabilities(rows)


def test_role_scores_are_computed_once_per_sentence_root_trigger_and_source(coded):
    from rasid.events.augment import RoleScores

    base = _model({})
    source, target = _Counting(base.source), _Counting(base.target)
    roles = RoleScores(coded, replace(base, source=source, target=target))
    view = sentence_views(coded, 0)[0]
    first = roles.sources(view, "04", (0, 6))
    assert source.rows == len(view.actors)
    assert roles.sources(view, "04", (0, 6)) is first and source.rows == len(view.actors)
    roles.sources(view, "05", (0, 6))
    assert source.rows == 2 * len(view.actors)
    scores = roles.targets(view, "04", (0, 6), 0)
    counted = target.rows
    assert roles.targets(view, "04", (0, 6), 0) is scores and target.rows == counted


def test_the_shipped_ranker_decides_only_with_the_event_ranker_setting():
    from rasid.events.learned import context_event_model, load_event_model

    shipped = load_event_model()
    assert shipped is not None and shipped.ranker is not None
    assert 0 < shipped.ranker.add_floor < shipped.ranker.threshold < 1 and len(shipped.ranker.names) > 20
    assert load_event_model(ranker=False).ranker is None
    assert context_event_model(Context()).ranker is None  # the thresholds decide by default
    assert context_event_model(Context(Settings(event_ranker=True))).ranker is not None


def test_the_ranker_cache_gives_back_the_candidates_it_was_given(script, tmp_path):
    rows = [{"p_root": 0.25, "root=04": 1.0}, {"p_src": 0.5}]
    path = tmp_path / "cache" / "ranker.jsonl"
    script.write_ranker_cache(path, rows, [True, False])
    assert script.read_ranker_cache(path) == (rows, [True, False])
