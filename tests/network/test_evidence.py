import pytest

from rasid.network import build_network, edge_evidence, network_evidence


def test_edge_evidence_strongest_first(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "043", quad=1, date="2020-05-01"),
              make_event("DZAGOV", "LBYGOV", "111", quad=3, date="2020-05-02"),
              make_event("LBYGOV", "DZAGOV", "051", quad=1, date="2020-05-03")]
    (edge,) = build_network(events).edges
    items = edge_evidence(edge, {e["id"]: e for e in events})
    assert [i["weight"] for i in items] == [3.0, -2.0, 1.0]
    assert items[0]["sentence"] == "أعلنت الحكومة دعمها" and items[0]["doc_ids"] == ["d"]


def test_edge_evidence_missing_event_is_an_error(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "043", quad=1)]
    with pytest.raises(KeyError):
        edge_evidence(build_network(events).edges[0], {})


def test_network_evidence_every_edge_has_its_events(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "043", quad=1), make_event("EGYGOV", "LBYREB", "051", quad=1)]
    edges = network_evidence(build_network(events), events)["edges"]
    assert all(len(e["evidence"]) == e["count"] == 1 for e in edges)
