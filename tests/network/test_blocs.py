import itertools

import networkx as nx
import pytest

from rasid.network import build_network, find_blocs
from rasid.network.blocs import louvain, signed_graph, signed_modularity


def camps(make_event):
    """Two camps (GNA with Turkey and Italy; Haftar with Egypt, the UAE and France) fighting each other."""
    ally, fight = ("051", 1), ("190", 4)
    pairs = [("TURGOV", "LBYGOV", ally), ("ITAGOV", "LBYGOV", ally), ("TURGOV", "ITAGOV", ally),
             ("EGYGOV", "LBYREB", ally), ("AREGOV", "LBYREB", ally), ("FRAGOV", "LBYREB", ally),
             ("EGYGOV", "AREGOV", ally), ("LBYREB", "LBYGOV", fight), ("TURGOV", "LBYREB", fight)]
    return [make_event(a, b, cameo, quad=quad) for a, b, (cameo, quad) in pairs]


def test_find_blocs_splits_fighting_camps(make_event):
    blocs = find_blocs(build_network(camps(make_event)))
    groups = {frozenset(b.members) for b in blocs.blocs}
    assert groups == {frozenset({"LBYGOV", "TURGOV", "ITAGOV"}), frozenset({"LBYREB", "EGYGOV", "AREGOV", "FRAGOV"})}
    assert blocs.frustration == 0.0 and blocs.modularity > 0.3


def test_find_blocs_negative_tie_separates_otherwise_linked_actors(make_event):
    """A chain A+B, B+C with a strong A-C conflict: C does not join A's bloc."""
    events = [make_event("AAA", "BBB", "043", quad=1), make_event("BBB", "CCC", "043", quad=1),
              make_event("AAA", "CCC", "190", quad=4), make_event("AAA", "CCC", "190", quad=4)]
    membership = find_blocs(build_network(events)).membership
    assert membership["AAA"] != membership["CCC"]


def test_find_blocs_frustration_counts_broken_ties(make_event):
    events = camps(make_event) + [make_event("TURGOV", "ITAGOV", "111", quad=3)] * 3
    blocs = find_blocs(build_network(events))
    assert 0 < blocs.frustration < 0.5


def test_find_blocs_is_deterministic(make_event):
    events = camps(make_event)
    assert find_blocs(build_network(events)).to_json() == find_blocs(build_network(events[::-1])).to_json()


def test_find_blocs_empty_network():
    blocs = find_blocs(build_network([]))
    assert blocs.blocs == () and blocs.modularity == 0.0


def test_signed_modularity_matches_networkx_without_negative_ties():
    graph = nx.karate_club_graph()
    edges = [(a, b, 1.0) for a, b in graph.edges]
    community = louvain(signed_graph(edges))
    parts = {}
    for node, c in community.items():
        parts.setdefault(c, set()).add(node)
    expected = nx.community.modularity(graph, parts.values(), weight=None)
    assert signed_modularity(signed_graph(edges), community) == pytest.approx(expected)
    assert expected > 0.40  # Louvain's usual result on this graph is about 0.42


def test_louvain_finds_the_best_partition_of_a_small_signed_graph():
    edges = [(0, 1, 3.0), (1, 2, 2.0), (0, 2, 1.0), (3, 4, 2.0), (4, 5, 1.0), (2, 3, -2.0), (0, 5, -1.0),
             (1, 4, 0.5)]
    graph = signed_graph(edges)
    found = signed_modularity(graph, louvain(graph))
    best = max(signed_modularity(graph, dict(enumerate(labels)))
               for labels in itertools.product(range(3), repeat=6))
    assert found == pytest.approx(best)
