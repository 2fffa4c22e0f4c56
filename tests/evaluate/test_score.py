import pytest

from rasid.evaluate.score import cue_matches, prefix_accepts, score_events, score_network


def _gold(gid, doc="d", roots=("04",), source=("LBYGOV",), target=("ITA",), undirected=False, required=True,
          cues=("التقى",)):
    return {"id": gid, "doc": doc, "roots": list(roots), "source": list(source), "target": list(target),
            "undirected": undirected, "required": required, "cues": list(cues)}


def _sys(root="04", src="LBYGOV", tgt="ITAGOV", doc="d", sentence="والتقى السراج الوزير"):
    return {"doc_id": doc, "root": root, "source": {"code": src} if src else None,
            "target": {"code": tgt} if tgt else None, "evidence": {"sentence": sentence}}


@pytest.mark.parametrize("prefixes, code, ok", [
    ([""], "", True), ([""], "USAGOV", True), (["LBYREB", ""], "", True), (["LBYREB", ""], "USAGOV", False),
    (["LBYREB", ""], "LBYREB", True), (["ITA"], "ITAGOV", True), (["ITA"], "", False), (["ITA"], "TUR", False),
])
def test_prefix_accepts(prefixes, code, ok):
    assert prefix_accepts(prefixes, code) is ok


def test_cue_matches_after_folding_alef_ya_ta_and_diacritics():
    assert cue_matches(["التقى فائز السراج"], "والتقي فايز السرّاج أمس")
    assert not cue_matches(["مكالمة هاتفية"], "والتقي فايز السراج")


def test_score_events_directed_and_undirected():
    gold = [_gold("g1"), _gold("g2", roots=("19",), source=("LBYREB",), target=("LBYGOV",), undirected=True)]
    system = [_sys(), _sys("19", "LBYGOV", "LBYREB")]
    score = score_events(gold, system)
    assert (score.matched_required, score.recall, score.precision) == (2, 1.0, 1.0)
    swapped = score_events([_gold("g1")], [_sys("04", "ITAGOV", "LBYGOV")])
    assert swapped.matched_required == 0


def test_score_events_duplicate_counts_once_as_match_once_as_false_positive():
    score = score_events([_gold("g1")], [_sys(), _sys()])
    assert score.matched_required == 1
    assert score.system == 2 and score.matched_system == 1
    assert len(score.false_positives) == 1


def test_score_events_optional_gold_helps_precision_not_recall():
    gold = [_gold("g1"), _gold("g2", roots=("05",), required=False)]
    score = score_events(gold, [_sys(), _sys("05")])
    assert score.required == 1 and score.matched_system == 2


def test_score_events_required_matched_before_optional():
    gold = [_gold("opt", required=False), _gold("req")]
    score = score_events(gold, [_sys()])
    assert score.matched_required == 1


def test_score_events_strict_needs_cue():
    gold = [_gold("g1", cues=("مكالمة هاتفية",))]
    assert score_events(gold, [_sys()], strict=False).matched_required == 1
    assert score_events(gold, [_sys()], strict=True).matched_required == 0


def test_score_events_only_counts_listed_documents():
    score = score_events([_gold("g1", doc="a"), _gold("g2", doc="b")], [_sys(doc="a")], doc_ids=["a"])
    assert score.required == 1 and score.recall == 1.0


def test_score_network_nets_signed_weights_in_either_direction():
    edges = [{"a": "ITAGOV", "b": "LBYGOV", "sign": "+", "weight": 3.0},
             {"a": "LBYGOV", "b": "ITA", "sign": "-", "weight": 1.0},
             {"a": "LBYREB", "b": "LBYGOV", "sign": "-", "weight": 2.0}]
    results = score_network([{"a": "LBYGOV", "b": "ITA", "sign": "+"}, {"a": "LBYGOV", "b": "LBYREB", "sign": "-"},
                             {"a": "LBYGOV", "b": "TUR", "sign": "+"}], edges)
    assert [r.ok for r in results] == [True, True, False]
    assert results[0].net == pytest.approx(2.0)
