from dataclasses import replace

import pytest

from rasid.dedupe import merge_events
from rasid.network.codes import is_identified


def test_merge_events_joins_seed_guerini_meeting_from_two_articles(make_event):
    events = [make_event("000_e8cc05979524b772", "LBYGOV", "ITAGOV", "043", place="Tripoli"),
              make_event("002_9133bf39d0b5bf70", "LBYGOV", "ITAGOV", "042", place="Tripoli"),
              make_event("000_e8cc05979524b772", "LBYREB", "LBYGOV", "190")]
    merged = merge_events(events, window_days=3)
    meeting = [m for m in merged if m.representative.root == "04"]
    assert len(merged) == 2 and len(meeting) == 1
    assert meeting[0].doc_ids == ("000_e8cc05979524b772", "002_9133bf39d0b5bf70")
    assert meeting[0].num_articles == 2 and meeting[0].num_sources == 2


def test_merge_events_consult_is_unordered(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV", "043"), make_event("b", "ITAGOV", "LBYGOV", "042")]
    assert len(merge_events(events, 3)) == 1


def test_merge_events_directed_events_keep_direction(make_event):
    events = [make_event("a", "LBYREB", "LBYGOV", "190"), make_event("b", "LBYGOV", "LBYREB", "190")]
    assert len(merge_events(events, 3)) == 2


def test_merge_events_marked_symmetric_is_unordered(make_event):
    events = [make_event("a", "LBYGOV", "TURGOV", "057", symmetric=True),
              make_event("b", "TURGOV", "LBYGOV", "057", symmetric=True)]
    assert len(merge_events(events, 3)) == 1


@pytest.mark.parametrize(("first", "second", "window", "expected"), [
    ("2020-05-23", "2020-05-25", 3, 1),
    ("2020-05-23", "2020-05-28", 3, 2),
    ("2020-05", "2020-05-28", 0, 1),      # month precision covers the day
    ("2020", "2020-11-02", 0, 1),
    ("2019-04", "2020-04", 3, 2),
    ("2020-W21", "2020-05-23", 0, 1),     # an ISO week covers its days (18-24 May 2020)
    ("2020-W21", "2020-05-28", 3, 2),
])
def test_merge_events_dates_within_precision_and_window(make_event, first, second, window, expected):
    events = [make_event("a", "LBYGOV", "ITAGOV", date=first), make_event("b", "LBYGOV", "ITAGOV", date=second)]
    assert len(merge_events(events, window)) == expected


def test_merge_events_undated_uses_publication_dates(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV"), make_event("b", "LBYGOV", "ITAGOV"),
              make_event("c", "LBYGOV", "ITAGOV")]
    published = {"a": "2020-08-12T10:00:00+02:00", "b": "2020-08-13", "c": "2020-09-30"}
    merged = merge_events(events, 3, published=published)
    assert sorted(m.doc_ids for m in merged) == [("a", "b"), ("c",)]


def test_merge_events_one_side_unknown_date_stays_apart(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV", date="2020-08-12"), make_event("b", "LBYGOV", "ITAGOV")]
    assert len(merge_events(events, 3)) == 2


def test_merge_events_complete_linkage_stops_chains(make_event):
    days = ["2020-01-01", "2020-01-03", "2020-01-05", "2020-01-07"]
    events = [make_event(f"d{i}", "LBYREB", "LBYGOV", "190", date=d) for i, d in enumerate(days)]
    merged = merge_events(events, 3)
    assert [m.num_articles for m in merged] == [2, 2]


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Tripoli", "Tripoli", 1), ("Tripoli", "Libya", 1), ("Tripoli", "Misrata", 2), ("Tripoli", "Rome", 2),
    ("Tripoli", None, 1),
])
def test_merge_events_places_must_fit(make_event, first, second, expected):
    events = [make_event("a", "LBYREB", "LBYGOV", "190", place=first),
              make_event("b", "LBYREB", "LBYGOV", "190", place=second)]
    assert len(merge_events(events, 3)) == expected


def test_merge_events_keeps_disagreements(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV", "043", date="2020-08-12", precision="day", confidence=0.9),
              make_event("b", "LBYGOV", "ITAGOV", "042", date="2020-08-13", precision="day"),
              make_event("c", "LBYGOV", "ITAGOV", "043", date="2020-08", precision="month")]
    (merged,) = merge_events(events, 3)
    assert merged.codes == {"043": 2, "042": 1}
    assert merged.dates == {"2020-08-12": 1, "2020-08-13": 1, "2020-08": 1}
    record = merged.to_json()
    assert record["cameo"] == "043" and record["date"] == "2020-08-12"
    assert record["first_date"] == "2020-08-01" and record["last_date"] == "2020-08-31"


def test_merge_events_representative_takes_a_date_from_another_report(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV", "043", confidence=0.9),
              make_event("b", "LBYGOV", "ITAGOV", "043", date="2020-08-12", precision="day", confidence=0.5)]
    published = {"a": "2020-08-12", "b": "2020-08-13"}
    (merged,) = merge_events(events, 3, published=published)
    assert merged.representative.date == "2020-08-12"
    assert merged.representative.source.code == "LBYGOV"


def test_merge_events_counts_outlets_not_articles(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV"), make_event("b", "LBYGOV", "ITAGOV"),
              make_event("c", "LBYGOV", "ITAGOV")]
    outlets = {"a": "الجزيرة", "b": "الجزيرة", "c": "العربية"}
    (merged,) = merge_events(events, 3, outlets=outlets)
    assert merged.num_articles == 3 and merged.num_sources == 2
    assert merged.outlets == ("الجزيرة", "العربية")
    assert [m.doc_id for m in merged.mentions] == ["a", "b", "c"]


def test_merge_events_accepts_dicts_and_ids_are_stable(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV"), make_event("b", "LBYGOV", "ITAGOV")]
    from_records = merge_events(events, 3)
    from_dicts = merge_events([e.to_json() for e in reversed(events)], 3)
    assert [m.id for m in from_records] == [m.id for m in from_dicts]


@pytest.mark.parametrize(("source", "target"), [("LBYGOV", None), ("GOV", "ITAGOV"), ("IGO", "LBYGOV")])
def test_merge_events_unspecific_actors_stay_apart_across_articles(make_event, source, target):
    events = [make_event("a", source, target, "043"), make_event("b", source, target, "043")]
    assert len(merge_events(events, 3)) == 2


def test_merge_events_unspecific_actors_merge_inside_one_story(make_event):
    events = [make_event("a", "LBYGOV", None, "043"), make_event("b", "LBYGOV", None, "043"),
              make_event("c", "LBYGOV", None, "043")]
    merged = merge_events(events, 3, story_of={"a": "s1", "b": "s1", "c": "s2"})
    assert sorted(m.doc_ids for m in merged) == [("a", "b"), ("c",)]


def test_merge_events_organisation_codes_are_specific(make_event):
    events = [make_event("a", "IGOUNO", "LBYGOV", "043"), make_event("b", "IGOUNO", "LBYGOV", "043")]
    assert len(merge_events(events, 3)) == 1


@pytest.mark.parametrize(("code", "specific"), [("MUS", True), ("SEPLBY", False), ("SET", False)])
def test_merge_events_reads_specific_codes_as_the_network_does(make_event, code, specific):
    """MUS first is Mauritius (a country), SEP separatists and SET settlers only types: across articles,
    events merge only when both actors are named, by the rule the network uses for its nodes."""
    events = [make_event("a", code, "LBYGOV", "043"), make_event("b", code, "LBYGOV", "043")]
    assert len(merge_events(events, 3)) == (1 if specific else 2)
    assert is_identified(code) is specific


def test_merge_events_lists_disagreements(make_event):
    events = [make_event("a", "LBYGOV", "ITAGOV", "043", date="2020-05-20", precision="day"),
              make_event("b", "LBYGOV", "ITAGOV", "042", date="2020-05-21", precision="day")]
    (merged,) = merge_events(events, 3)
    record = merged.to_json()
    assert record["disagreements"] == ["cameo", "date"] and record["modalities"] == {"asserted": 2}


@pytest.mark.parametrize(("second_code", "second_date", "expected"), [
    ("043", "2020-05-20", 1), ("042", "2020-05-20", 2), ("043", "2020-05-22", 2)])
def test_merge_events_weak_key_in_a_story_needs_same_code_and_dates(make_event, second_code, second_date, expected):
    events = [make_event("a", "LBYGOV", None, "043", date="2020-05-20", precision="day"),
              make_event("b", "LBYGOV", None, second_code, date=second_date, precision="day")]
    assert len(merge_events(events, 3, story_of={"a": "s", "b": "s"})) == expected


def _with_person(event, side, person_id):
    actor = getattr(event, side)
    return replace(event, **{side: replace(actor, id=person_id, type="PER")})


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("lorenzo_guerini", "lorenzo_guerini", 1),  # the same minister in both reports: one meeting
    ("lorenzo_guerini", "luigi_di_maio", 2),  # two Italian ministers under ITAGOV: two meetings
    ("lorenzo_guerini", None, 1),  # one report names the person, the other only the government
])
def test_merge_events_different_people_under_one_code_stay_apart(make_event, first, second, expected):
    a = _with_person(make_event("a", "LBYGOV", "ITAGOV", "040", symmetric=True), "target", first)
    b = make_event("b", "LBYGOV", "ITAGOV", "040", symmetric=True)
    if second is not None:
        b = _with_person(b, "target", second)
    assert len(merge_events([a, b], published={"a": "2020-01-10", "b": "2020-01-10"})) == expected
