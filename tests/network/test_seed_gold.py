"""On the five seed articles, the network has every required gold relation, with its sign and its evidence."""

import json

import pytest

from rasid import api
from rasid.network import build_network, find_blocs
from rasid.store import Store

GOLD = json.loads(api.sample_gold().read_text(encoding="utf-8"))["network"]["required"]


def joins(edge, a, b):
    x, y = edge["a"], edge["b"]
    return (x.startswith(a) and y.startswith(b)) or (x.startswith(b) and y.startswith(a))


@pytest.mark.parametrize("relation", GOLD, ids=[f"{r['a']}{r['sign']}{r['b']}" for r in GOLD])
def test_seed_network_has_required_relation(seeds_store, relation):
    edges = [e for e in api.network(seeds_store)["edges"] if joins(e, relation["a"], relation["b"])]
    net = sum(e["weight"] for e in edges)
    assert edges, f"no edge between {relation['a']} and {relation['b']}"
    assert (net > 0) == (relation["sign"] == "+") and net != 0
    with Store.open(seeds_store, readonly=True) as store:
        evidence = store.merged_events_by_id([i for e in edges for i in e["events"]])
    assert len(evidence) == sum(e["count"] for e in edges)
    for event in evidence:
        pair = (event.representative.source.code, event.representative.target.code)
        assert joins({"a": pair[0], "b": pair[1]}, relation["a"], relation["b"])
        assert event.representative.sentence


def test_seed_blocs_are_the_two_libyan_camps(seeds_store):
    """Haftar's backers form his bloc, and no GNA backer sits in it. Since the event model of 2026-12-07 the GNA
    side may split in two blocs (the government with the foreign governments it met, and its forces, LBYMIL,
    with the states backing them), so the GNA backers are checked against Haftar's bloc, not one GNA bloc."""
    with Store.open(seeds_store, readonly=True) as store:
        membership = find_blocs(build_network(store.network_events())).membership
    haftar = membership["LBYREB"]
    assert haftar not in (membership["LBYGOV"], membership["LBYMIL"])
    assert all(membership[c] != haftar for c in ("TUR", "ITA", "USA"))
    assert all(membership[c] == haftar for c in ("EGY", "ARE", "FRA"))
