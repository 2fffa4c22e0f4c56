"""The learned event layer: the shipped model loads, and the vetting and adding rules hold on handmade models."""

from dataclasses import replace

import numpy as np
import pytest

from rasid.events.augment import augment_events, sentence_views
from rasid.events.learned import (
    CHAR_FEATURES,
    ROOTS,
    RULE_FEATURES,
    SELF_THRESHOLD,
    WORD_FEATURES,
    EventModel,
    RoleModel,
    SentenceRow,
    between_features,
    likeliest_target,
    load_event_model,
    role_features,
    root_adds,
    self_features,
    targetless_roots,
    trigger_ranks,
)
from rasid.pipeline import Context, Pipeline
from rasid.records import Article, Document
from rasid.settings import DEFAULT_PIPELINE, Settings

TEXT = "استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج."
DIMENSION = WORD_FEATURES + CHAR_FEATURES + RULE_FEATURES


@pytest.fixture(scope="module")
def coded():
    settings = Settings(pipeline=tuple(s for s in DEFAULT_PIPELINE if s != "event_model"))
    return Pipeline(settings)(Document(Article(id="d1", text=TEXT)))


@pytest.fixture(scope="module")
def ontology():
    return Context().ontology


def _model(root_bias: dict[str, float], add=0.5, drop=0.0) -> EventModel:
    bias = np.array([root_bias.get(r, -8.0) for r in ROOTS], dtype=np.float32)
    source = RoleModel({"rank=0": 0}, np.array([4.0]), -2.0)
    target = RoleModel({"rank=1": 0, "self": 1}, np.array([4.0, -6.0]), -2.0)
    return EventModel(version="test", root_weights=np.zeros((len(ROOTS), DIMENSION), dtype=np.float32),
                      root_bias=bias, word_idf=np.ones(WORD_FEATURES, dtype=np.float32),
                      char_idf=np.ones(CHAR_FEATURES, dtype=np.float32), source=source, target=target,
                      add_threshold=add, drop_threshold=drop, target_threshold=0.3)


def test_shipped_model_loads_with_its_thresholds():
    model = load_event_model()
    assert model is not None and model.root_weights.shape[0] == len(ROOTS)
    assert 0 < model.add_threshold <= 1 and 0 <= model.drop_threshold < model.add_threshold
    assert model.add_thresholds.shape == (len(ROOTS),) and (model.add_thresholds > model.drop_threshold).all()
    assert model.targetless <= frozenset(ROOTS)
    assert model.repeat_threshold is None or 0 <= model.repeat_threshold <= 1
    def embed(texts):
        return np.zeros((len(texts), 512), dtype=np.float32)

    probabilities = model.root_probabilities([SentenceRow("استقبل الرئيس الوزير", frozenset({"04"}), 2)], embed,
                                             ["استقبل الرئيس الوزير"])
    assert probabilities.shape == (1, len(ROOTS)) and ((probabilities >= 0) & (probabilities <= 1)).all()


def test_model_adds_a_root_the_rules_missed_with_the_role_models_actors(coded, ontology):
    events = augment_events(coded, _model({"05": 6.0}), ontology, None)
    added = [e for e in events if e.provenance.startswith("events.model")]
    assert [(e.root, e.source.code[:3], e.target.code[:3]) for e in added] == [("05", "TUN", "FRA")]
    source_probability = 1 / (1 + np.exp(-2.0))  # the first actor: rank=0 weighs 4, bias -2
    assert added[0].sentence == TEXT and added[0].confidence == pytest.approx(0.9975 * source_probability, abs=0.002)


def test_model_adds_no_event_whose_root_and_source_are_not_sure_enough_together(coded, ontology):
    model = replace(_model({"05": 6.0}), event_threshold=0.95)  # root 0.998 x source 0.881 < 0.95
    assert not [e for e in augment_events(coded, model, ontology, None) if e.provenance.startswith("events.model")]


def test_model_keeps_rule_events_unless_their_root_is_improbable(coded, ontology):
    rule_roots = {e.root for e in coded.events}
    assert "04" in rule_roots
    kept = augment_events(coded, _model({"04": 0.0}, drop=0.2), ontology, None)
    assert {e.root for e in kept} == rule_roots
    dropped = augment_events(coded, _model({}, drop=0.2), ontology, None)
    assert "04" not in {e.root for e in dropped}


def test_a_rule_event_below_the_rival_threshold_gives_way_to_a_likelier_root(coded, ontology):
    def roots(model):
        return {e.root for e in augment_events(coded, model, ontology, None)}

    rival = _model({"04": 0.0, "05": 2.0}, drop=0.2)  # the rule's 04 at 0.5, the model's 05 at 0.88
    assert {"04", "05"} <= roots(rival)  # no rival threshold: both stand
    assert "04" not in roots(replace(rival, rival_threshold=0.6)) and "05" in roots(replace(rival, rival_threshold=0.6))
    assert "04" in roots(replace(rival, rival_threshold=0.4))  # 04 at 0.5 is not below it
    unsure = replace(rival, rival_threshold=0.6, root_add=root_adds({"05": 0.95}, 0.5))
    assert "04" in roots(unsure)  # 05 is likelier but not at its add threshold: no rival


def test_model_adds_nothing_below_its_threshold(coded, ontology):
    assert augment_events(coded, _model({"05": 0.0}, add=0.9), ontology, None) == coded.events


def test_each_root_is_added_at_its_own_threshold(coded, ontology):
    def added(model):
        return [e.root for e in augment_events(coded, model, ontology, None) if e.provenance.startswith("events.model")]

    probable = _model({"05": 1.0})  # root 05 at 0.73
    assert added(probable) == ["05"]
    assert added(replace(probable, root_add=root_adds({"05": 0.8}, 0.5))) == []
    assert added(replace(probable, add_threshold=0.9, root_add=root_adds({"05": 0.7}, 0.9))) == ["05"]


def test_events_left_without_a_target_stand_only_for_the_models_targetless_roots(ontology):
    settings = Settings(pipeline=tuple(s for s in DEFAULT_PIPELINE if s != "event_model"))
    doc = Pipeline(settings)(Document(Article(id="d5", text="أكد الرئيس التونسي وقوف بلاده إلى جانب فرنسا.")))
    rule = [e for e in doc.events if e.target is None]
    assert rule, "the rule coder codes the statement with no target"
    never = RoleModel({}, np.zeros(0), -5.0)  # the target model picks no target
    model = replace(_model({rule[0].root: 6.0}, add=0.99), target=never)
    kept = augment_events(doc, replace(model, targetless=frozenset({rule[0].root})), ontology, None)
    assert rule[0] in kept
    dropped = augment_events(doc, replace(model, targetless=frozenset()), ontology, None)
    assert rule[0] not in dropped and all(e.target is not None for e in dropped)


def test_the_own_country_target_may_rescue_an_event_whose_root_needs_a_target():
    model = replace(_model({}), target=RoleModel({"self": 0}, np.array([1.0]), -1.0),  # own country at 0.5
                    targetless=frozenset({"01"}))
    assert model.pick_target([{"rank=0": 1.0}], ["TUNGOV"], 0, "17") == (None, None)
    rescuing = replace(model, rescue_threshold=0.3)
    assert rescuing.pick_target([{"rank=0": 1.0}], ["TUNGOV"], 0, "17") == ("TUNGOV", None)
    assert rescuing.pick_target([{"rank=0": 1.0}], ["TUNGOV"], 0, "01") == (None, None)  # kept targetless
    assert rescuing.own_country_threshold("17") == 0.3 and rescuing.own_country_threshold("01") == SELF_THRESHOLD
    by_root = replace(rescuing, self_by_root={"01": 0.45, "17": 0.7})  # a root's own threshold comes first
    assert by_root.pick_target([{"rank=0": 1.0}], ["TUNGOV"], 0, "01") == ("TUNGOV", None)
    assert by_root.pick_target([{"rank=0": 1.0}], ["TUNGOV"], 0, "17") == (None, None)
    assert by_root.own_country_threshold("19") == rescuing.own_country_threshold("19") == 0.3  # no threshold of its own


def test_targetless_roots_are_cameo_roots_and_an_older_model_keeps_every_root():
    assert targetless_roots(["01", "19"]) == frozenset({"01", "19"})
    with pytest.raises(ValueError, match="21"):
        targetless_roots(["21"])
    assert _model({}).targetless == frozenset(ROOTS)


def test_root_adds_fill_unnamed_roots_with_the_default_and_refuse_unknown_roots():
    thresholds = root_adds({"19": 0.45}, 0.3)
    assert len(thresholds) == len(ROOTS) and thresholds[ROOTS.index("19")] == 0.45
    assert {t for r, t in zip(ROOTS, thresholds, strict=True) if r != "19"} == {0.3}
    assert root_adds({}, 0.5) == ()
    assert _model({}, add=0.6).add_thresholds.tolist() == [0.6] * len(ROOTS)
    with pytest.raises(ValueError, match="21"):
        root_adds({"21": 0.5}, 0.5)


def test_sentence_views_skip_sentences_without_actors_or_events(ontology):
    doc = Pipeline(Settings())(Document(Article(id="d2", text="الطقس جميل اليوم.")))
    assert sentence_views(doc) == []
    assert augment_events(doc, _model({"05": 6.0}), ontology, None) == doc.events


def test_target_may_be_the_sources_own_country():
    model = replace(_model({}), target=RoleModel({"self": 0}, np.array([6.0]), -2.0))
    features = [{"rank=0": 1.0}]
    assert model.pick_target(features, ["TUNGOV"], 0, "17") == ("TUNGOV", None)
    assert self_features("17", 1)["self"] == 1.0


def test_event_model_setting_turns_the_layer_off():
    on = Pipeline(Settings())(Document(Article(id="d3", text=TEXT)))
    off = Pipeline(Settings(event_model=False))(Document(Article(id="d3", text=TEXT)))
    assert not any(e.provenance.startswith("events.model") for e in off.events)
    assert "events_vetted" in on.produced


def test_role_features_read_the_preposition_and_article_a_mention_starts_with():
    doc = Pipeline(Settings())(Document(Article(id="d3", text="قدم الاتحاد الأوروبي دعما للحكومة التونسية.")))
    mentions = {m.code: m for m in doc.mentions}
    sentence = doc.sentences[0]
    lead = role_features(doc, sentence, mentions["TUNGOV"], 1, 2, "07", [])
    assert lead["lead=لل"] == 1.0
    plain = role_features(doc, sentence, mentions["IGOEUR"], 0, 2, "07", [])
    assert plain["lead=x"] == 1.0


def test_the_context_event_model_reads_the_contexts_clusters():
    from rasid.ner.clusters import Clusters, cluster_key

    context = Context()
    key = cluster_key("مباحثات", "مباحثات", context.stems)
    context.clusters = Clusters(sizes=("c1", "c2", "c3"), table={key: ("7", "8", "9")})
    model = context.event_model
    if model is None or model.words is None or model.words.clusters is None:
        pytest.skip("the shipped model has no clustered word model")
    assert model.words.clusters("مباحثات") == ("7", "8", "9")


TWO = "استقبل الرئيس التونسي وزير الخارجية الفرنسي. وأكد دعمه للحكومة الليبية."


@pytest.fixture(scope="module")
def two_sentences():
    return Pipeline(Settings())(Document(Article(id="d4", text=TWO)))


def test_sentence_views_may_carry_the_actors_of_the_sentence_before(two_sentences):
    plain, carried = sentence_views(two_sentences), sentence_views(two_sentences, carried=2)
    assert [len(v.actors) for v in plain] == [2, 1]
    first, second = carried
    assert first.actors == plain[0].actors  # nothing before the first sentence
    own = second.actors[:1]
    assert [m.code[:3] for m in own] == ["LBY"] and own == plain[1].actors
    assert [m.code[:3] for m in second.actors[1:]] == ["TUN", "FRA"]  # the sentence before's, in order
    assert second.row == plain[1].row and second.row.actors == 1  # the root model sees the same row
    assert [m.code[:3] for m in sentence_views(two_sentences, carried=1)[1].actors] == ["LBY", "TUN"]


def test_a_carried_actor_gets_the_carried_features_only(two_sentences):
    view = sentence_views(two_sentences, carried=2)[1]
    carried, own = view.actors[1], view.actors[0]
    features = role_features(two_sentences, view.sentence, carried, 1, view.row.actors, "05", view.rule_events)
    assert features["carried"] == 1.0 and features["carried|root=05"] == 1.0
    assert not any(k.startswith(("rank=", "before=", "prev=")) for k in features)
    assert "carried" not in role_features(two_sentences, view.sentence, own, 0, 1, "05", view.rule_events)


def test_role_features_read_the_words_around_an_actor_and_its_place_from_the_trigger(two_sentences):
    view = sentence_views(two_sentences)[0]
    source, target = view.actors
    trigger = (two_sentences.text.index("استقبل"), two_sentences.text.index("استقبل") + len("استقبل"))
    ranks = trigger_ranks(view.actors, trigger)
    assert ranks == {source.start: "a0", target.start: "a1"}
    features = role_features(two_sentences, view.sentence, source, 0, 2, "04", view.rule_events, trigger,
                             ranks=ranks)
    assert features["prev=استقبل"] == 1.0 and features["place=a0"] == 1.0 and features["root=04|place=a0"] == 1.0
    assert any(k.startswith("next=") for k in features)
    late = (view.sentence.end - 1, view.sentence.end)
    assert set(trigger_ranks(view.actors, late).values()) == {"b0", "b1"}
    assert trigger_ranks(view.actors, None) == {}


def test_the_word_trigger_is_the_word_models_best_word_for_the_root(two_sentences):
    from rasid.events.word_roots import NONE, WordRootModel, hasher

    view = sentence_views(two_sentences)[1]
    weights = np.zeros((hasher().n_features, len(ROOTS) + 1), dtype=np.float32)
    column = ROOTS.index("05")
    weights[hasher().transform([["w=دعمه"]]).indices, column] = 8.0
    words = WordRootModel(weights, np.full(len(ROOTS) + 1, -4.0), np.arange(len(ROOTS) + 1))
    assert len(ROOTS) == NONE
    model = replace(_model({}), words=words, word_trigger=True)
    start, end = model.trigger(two_sentences, view.sentence, "05", view.rule_events)
    assert two_sentences.text[start:end] == "دعمه"
    # without word_trigger the sentence model's word weights decide: all zero here, so no trigger
    assert replace(model, word_trigger=False).trigger(two_sentences, view.sentence, "05") is None


def test_role_features_read_what_stands_between_the_trigger_and_the_actor():
    text = "استقبل الرئيس التونسي، الذي زار فرنسا أمس، وزير الخارجية الفرنسي."
    doc = Pipeline(Settings())(Document(Article(id="d6", text=text)))
    sentence = doc.sentences[0]
    mentions = sorted((m for m in doc.mentions if sentence.start <= m.start < sentence.end), key=lambda m: m.start)
    near, far = next(m for m in mentions if m.code.startswith("TUN")), mentions[-1]
    trigger = (text.index("استقبل"), text.index("استقبل") + len("استقبل"))
    close = between_features(doc, near, trigger, "04")
    assert close["words_between=0|side=after"] == 1.0 and close["marks_between=0|side=after"] == 1.0
    assert not any(k.startswith("relative_between") for k in close)
    beyond = between_features(doc, far, trigger, "04")
    assert beyond["relative_between|side=after"] == 1.0 and beyond["marks_between=2|side=after"] == 1.0
    assert any(k.startswith("words_between=6-10") for k in beyond)
    ranks = trigger_ranks(mentions, trigger)
    features = role_features(doc, sentence, near, 0, len(mentions), "04", [], trigger, ranks=ranks)
    assert features["place=a0|before=other"] == 1.0 and features["trigger=استقبل|place=a0"] == 1.0
    assert features["words_between=0|side=after"] == 1.0


def test_the_source_is_read_jointly_with_its_likeliest_target():
    # the source model favours the second actor, but with it as source no target is likely
    source = RoleModel({"rank=0": 0, "rank=1": 1}, np.array([0.0, 1.0]), 0.0)
    target = RoleModel({"rank=1": 0, "from=1": 1, "self": 2}, np.array([3.0, -6.0, -9.0]), 0.0)
    model = replace(_model({}), source=source, target=target)
    rows = [{"rank=0": 1.0}, {"rank=1": 1.0}]

    def target_rows(chosen):
        return [dict(row, **({"from=1": 1.0} if chosen == 1 else {})) for row in rows]

    codes = ["TUNGOV", "FRAGOV"]

    def scores(m):
        return lambda chosen: m.target_scores(target_rows(chosen), codes, chosen, "04")

    index, probability = model.pick_source(model.source.probabilities(rows), scores(model), codes)
    assert index == 0 and probability == pytest.approx(0.5)
    assert likeliest_target(scores(model)(0), codes, 0) > 0.9
    assert likeliest_target(scores(model)(1), codes, 1) < 0.05  # with the favoured source no target is likely
    # when both sources leave an equally likely target, the source model decides
    flat = replace(model, target=RoleModel({}, np.zeros(0), 0.0))
    assert flat.pick_source(flat.source.probabilities(rows), scores(flat), codes)[0] == 1
    assert model.choose_target(scores(model)(0), codes, 0, "04") == model.pick_target(target_rows(0), codes, 0, "04")


def test_one_word_cues_read_a_kind_of_the_cue_table():
    from rasid.events.lexicon import one_word_cues

    assert {"الذي", "التي"} <= one_word_cues("relative")
    assert "ان" in one_word_cues("complement")
    assert all(" " not in cue for cue in one_word_cues("boundary"))
    with pytest.raises(ValueError, match="unknown cue kind"):
        one_word_cues("nonsense")


def test_an_added_pair_repeated_in_another_sentence_stands_only_at_the_repeat_threshold(ontology):
    text = "استقبل الرئيس التونسي وزير الخارجية الفرنسي. والتقى الرئيس التونسي مجددا وزير الخارجية الفرنسي."
    settings = Settings(pipeline=tuple(s for s in DEFAULT_PIPELINE if s != "event_model"))
    doc = Pipeline(settings)(Document(Article(id="d7", text=text)))
    model = _model({"05": 6.0})

    def added(m):
        return [e for e in augment_events(doc, m, ontology, None) if e.provenance.startswith("events.model")]

    once = added(model)
    assert [e.root for e in once] == ["05"]
    twice = added(replace(model, repeat_threshold=0.5))
    assert len(twice) == 2 and len({e.sentence_start for e in twice}) == 2
    assert len({(e.root, e.source.code, e.target.code) for e in twice}) == 1
    assert len(added(replace(model, repeat_threshold=0.99))) == 1  # its confidence is below 0.99
