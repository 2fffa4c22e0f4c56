from datetime import date

import networkx as nx
import pytest

from rasid.errors import ConfigError
from rasid.network import build_network, collapse_code


def test_build_network_signs_and_weights(make_event):
    events = [make_event("TURGOV", "LBYGOV", "071", quad=2), make_event("LBYGOV", "TURGOV", "043", quad=1),
              make_event("LBYREB", "LBYGOV", "190", quad=4), make_event("TUNGOV", "LBYGOV", "111", quad=3),
              make_event("DZAGOV", "LBYGOV", "111", quad=3), make_event("DZAGOV", "LBYGOV", "051", quad=1)]
    network = build_network(events)
    edges = {(e["a"], e["b"]): e for e in network.to_json()["edges"]}
    assert edges[("LBYGOV", "TURGOV")]["sign"] == "+" and edges[("LBYGOV", "TURGOV")]["weight"] == 5.0
    assert edges[("LBYGOV", "LBYREB")]["sign"] == "-" and edges[("LBYGOV", "LBYREB")]["weight"] == -5.0
    assert edges[("LBYGOV", "TUNGOV")]["sign"] == "-"
    assert edges[("DZAGOV", "LBYGOV")]["sign"] == "+"  # support (051) outweighs criticism (111)
    assert edges[("DZAGOV", "LBYGOV")]["positive"] == 3.0 and edges[("DZAGOV", "LBYGOV")]["negative"] == -2.0
    assert edges[("LBYGOV", "TURGOV")]["events"] == [events[0]["id"], events[1]["id"]]


def test_build_network_json_shape(make_event):
    (edge,) = build_network([make_event("ITAGOV", "LBYGOV", "043", quad=1)]).to_json()["edges"]
    assert {"a", "b", "sign", "weight", "events"} <= set(edge)
    assert edge["sign"] in {"+", "-"} and isinstance(edge["weight"], float)


def test_build_network_drops_missing_targets_and_self_loops(make_event):
    events = [make_event("USAGOV", None, "112", quad=3), make_event("LBYGOV", "LBYGOV", "043", quad=1),
              make_event("LBYGOVMIL", "LBYGOV", "190", quad=4)]
    assert len(build_network(events).edges) == 1
    assert build_network(events, level="sector").edges == ()


@pytest.mark.parametrize(("code", "level", "expected"), [
    ("LBYGOVMIL", "code", "LBYGOVMIL"), ("LBYGOVMIL", "country", "LBY"), ("LBYGOVMIL", "sector", "LBYGOV"),
    ("IGOUNOKID", "country", "IGOUNO"), ("IGOUNO", "sector", "IGOUNO"), ("TUR", "sector", "TUR"),
])
def test_collapse_code_levels(code, level, expected):
    assert collapse_code(code, level) == expected


def test_collapse_code_rejects_unknown_level():
    with pytest.raises(ConfigError):
        collapse_code("LBYGOV", "region")


def test_build_network_country_level_merges_sectors(make_event):
    events = [make_event("TURGOV", "LBYGOV", "071", quad=2), make_event("TURMIL", "LBYMIL", "062", quad=2)]
    (edge,) = build_network(events, level="country").edges
    assert (edge.a, edge.b, edge.weight) == ("LBY", "TUR", 7.0)


def test_build_network_window(make_event):
    events = [make_event("EGYGOV", "LBYREB", "051", date="2020-05-23"),
              make_event("EGYGOV", "LBYREB", "111", date="2020-07"),
              make_event("EGYGOV", "LBYREB", "043", published="2020-09-01T10:00:00+00:00"),
              make_event("EGYGOV", "LBYREB", "043")]
    assert len(build_network(events).edges[0].events) == 4
    june_july = build_network(events, window=(date(2020, 6, 1), date(2020, 7, 15))).edges[0]
    assert june_july.events == [events[1]["id"]] and june_july.sign == "-"
    assert build_network(events, window=(date(2020, 8, 30), None)).edges[0].events == [events[2]["id"]]
    assert build_network(events, window=(None, date(2020, 1, 1))).edges == ()


def test_network_graphml_round_trip(tmp_path, make_event):
    events = [make_event("TURGOV", "LBYGOV", "071", quad=2), make_event("LBYREB", "LBYGOV", "190", quad=4)]
    path = tmp_path / "network.graphml"
    build_network(events).to_graphml(path)
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {"TURGOV", "LBYGOV", "LBYREB"}
    assert graph["LBYGOV"]["LBYREB"]["sign"] == "-" and graph["LBYGOV"]["LBYREB"]["weight"] == -5.0
    assert graph["LBYGOV"]["TURGOV"]["events"] == events[0]["id"]


def test_network_gexf_opens(tmp_path, make_event):
    path = tmp_path / "network.gexf"
    build_network([make_event("TURGOV", "LBYGOV", "071", quad=2)]).to_gexf(path)
    assert nx.read_gexf(path).number_of_edges() == 1


@pytest.mark.parametrize(("code", "identified"), [
    ("LBYGOV", True), ("USA", True), ("IGOUNO", True), ("IGOUNOKID", True), ("SEN", True),
    ("GOV", False), ("UAF", False), ("MILGOV", False), ("NGO", False), ("IGO", False), ("", False),
])
def test_is_identified(code, identified):
    from rasid.network.codes import is_identified

    assert is_identified(code) is identified


def test_build_network_leaves_out_role_only_actors(make_event):
    events = [make_event("GOV", "LBYGOV", "111", quad=3), make_event("EGYGOV", "UAF", "190", quad=4),
              make_event("EGYGOV", "LBYREB", "051", quad=1)]
    assert [(e.a, e.b) for e in build_network(events).edges] == [("EGYGOV", "LBYREB")]
    assert len(build_network(events, identified_only=False).edges) == 3
