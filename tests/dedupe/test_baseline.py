from rasid.dedupe import dedup_counts, one_a_day_filter


def test_one_a_day_filter_keeps_one_per_day_dyad_code(make_event):
    events = [make_event("a", "LBYREB", "LBYGOV", "190", date="2020-05-23", precision="day"),
              make_event("b", "LBYREB", "LBYGOV", "190", date="2020-05-23", precision="day"),
              make_event("c", "LBYREB", "LBYGOV", "190", date="2020-05-24", precision="day"),
              make_event("d", "LBYGOV", "LBYREB", "190", date="2020-05-23", precision="day"),
              make_event("e", "LBYREB", "LBYGOV", "183", date="2020-05-23", precision="day")]
    kept = one_a_day_filter(events)
    assert [e.doc_id for e in kept] == ["a", "c", "d", "e"]


def test_one_a_day_filter_uses_publication_day_for_undated(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV"), make_event("b", "LBYGOV", "ITAGOV")]
    assert len(one_a_day_filter(events, published={"a": "2020-08-12", "b": "2020-08-12T18:00:00"})) == 1
    assert len(one_a_day_filter(events, published={"a": "2020-08-12", "b": "2020-08-13"})) == 2


def test_dedup_counts_reports_baseline_and_merge(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV", "043"), make_event("b", "ITAGOV", "LBYGOV", "043")]
    published = {"a": "2020-08-12", "b": "2020-08-13"}
    counts = dedup_counts(events, 3, published=published)
    assert counts == {"events": 2, "documents": 2, "one_a_day": 2, "merged": 1, "merged_multi_article": 1,
                      "merged_cross_outlet": 0, "merged_with_disagreement": 0}
    outlets = {"a": "القدس العربي", "b": "فرانس 24"}
    assert dedup_counts(events, 3, published=published, outlets=outlets)["merged_cross_outlet"] == 1
