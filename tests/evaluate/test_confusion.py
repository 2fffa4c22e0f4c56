from rasid.evaluate.confusion import NOTHING, coded_instead, confusion_by_root, render_confusion


def _gold(gid, roots=("04",), source=("LBYGOV",), target=("ITA",), required=True, cues=("التقى",), doc="d"):
    return {"id": gid, "doc": doc, "roots": list(roots), "source": list(source), "target": list(target),
            "undirected": False, "required": required, "cues": list(cues)}


def _sys(root, src="LBYGOV", tgt="ITAGOV", sentence="والتقى السراج الوزير", doc="d"):
    return {"doc_id": doc, "root": root, "source": {"code": src} if src else None,
            "target": {"code": tgt} if tgt else None, "evidence": {"sentence": sentence}}


def test_confusion_counts_matched_and_missed_per_gold_root():
    gold = [_gold("g1"), _gold("g2", roots=("19",), source=("LBYREB",), target=("LBYGOV",), cues=("قصف",))]
    system = [_sys("04"), _sys("11", "LBYREB", "LBYGOV", sentence="وقصف حفتر طرابلس")]
    report = confusion_by_root(gold, system)
    rows = {r.root: (r.gold, r.matched, r.missed, dict(r.instead)) for r in report.rows}
    assert rows == {"04": (1, 1, 0, {}), "19": (1, 0, 1, {"11": 1})}
    assert report.false_positives == {"11": 1}


def test_coded_instead_tells_wrong_actors_from_wrong_root_and_nothing():
    gold = _gold("g1", cues=("التقى",))
    assert coded_instead(gold, [_sys("04", "TURGOV")]) == ["04 actors"]
    assert coded_instead(gold, [_sys("04", sentence="جملة أخرى")]) == [NOTHING]
    assert coded_instead(gold, [_sys("04", doc="other")]) == [NOTHING]


def test_confusion_optional_gold_is_not_counted_but_absorbs_a_match():
    gold = [_gold("g1", required=False)]
    report = confusion_by_root(gold, [_sys("04")])
    assert report.rows == () and report.false_positives == {}


def test_confusion_strict_needs_the_cue_in_the_evidence_sentence():
    gold = [_gold("g1", cues=("لقاء فائز السراج",))]
    lenient = confusion_by_root(gold, [_sys("04")], strict=False)
    strict = confusion_by_root(gold, [_sys("04")], strict=True)
    assert lenient.rows[0].matched == 1 and strict.rows[0].matched == 0


def test_render_confusion_lists_roots_and_false_positives():
    report = confusion_by_root([_gold("g1")], [_sys("04"), _sys("19", sentence="قصف")])
    text = render_confusion(report)
    assert "04" in text.splitlines()[1] and "false positives by system root: 19 x1" in text
    assert report.to_json()["roots"][0]["matched"] == 1
