"""scripts/train_event_model.py: per-root add thresholds are parsed, applied to coded events and tuned."""

import pytest

from rasid.events.learned import ROOTS


def _event(doc, root, source, target, probability, added=True, start=0):
    provenance = "events.model@cv" if added else "events.coder@3"
    return {"doc_id": doc, "root": root, "source": {"code": source}, "target": {"code": target},
            "evidence": {"sentence": "قصفت القوات المدينة", "start": start, "end": 20},
            "provenance": provenance, "root_probability": probability}


def _gold(doc, root, source, target):
    return {"id": f"{doc}-{root}", "doc": doc, "roots": [root], "source": [source], "target": [target],
            "cues": ["قصفت القوات"], "required": True}


def test_root_add_specs_name_cameo_roots(script):
    assert script.parse_root_add("19=0.5, 4=0.35,") == {"19": 0.5, "04": 0.35}
    assert script.parse_root_add("") == {}
    with pytest.raises(ValueError):
        script.parse_root_add("99=0.5")


def test_kept_at_reads_add_thresholds_for_added_events_and_the_drop_threshold_for_rule_events(script):
    events = [_event("d", "19", "SYR", "TUR", 0.4), _event("d", "11", "SYR", "TUR", 0.4),
              _event("d", "04", "SYR", "TUR", 0.12, added=False)]
    thresholds = dict.fromkeys(ROOTS, 0.5) | {"19": 0.35}
    assert [e["root"] for e in script.kept_at(events, thresholds, 0.1)] == ["19", "04"]
    assert [e["root"] for e in script.kept_at(events, thresholds, 0.15)] == ["19"]


def test_tuning_lowers_the_threshold_of_a_root_whose_low_events_are_right_and_keeps_the_others(script):
    gold = [_gold(f"d{i}", "19", "SYR", "TUR") for i in range(4)]
    events = [_event(f"d{i}", "19", "SYR", "TUR", 0.35) for i in range(4)]  # right, below the start of 0.5
    events += [_event(f"d{i}", "11", "SYR", "TUR", 0.45) for i in range(4)]  # wrong: no gold 11 anywhere
    tuned = script.tune_root_adds(events, gold, [f"d{i}" for i in range(4)], 0.5, 0.1)
    assert tuned["19"] <= 0.35
    assert tuned["11"] > 0.45
    assert set(tuned) == set(ROOTS)
