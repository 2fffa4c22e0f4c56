"""Blocs: groups of actors that cooperate inside and oppose each other across, from the signed network.

Method: signed modularity (Gómez, Jensen & Arenas 2009), optimised Louvain-style (local moves, then the
communities become nodes, repeated until nothing improves). Positive ties inside a bloc count for it,
negative ties inside count against it, each against its own null model, so two camps that fight each
other land in different blocs even when neither fights inside. Written here rather than taken from
python-igraph + leidenalg: alliance networks have tens to a few thousand actors, where this runs in
milliseconds, and it keeps the dependency list short and Apache-compatible (python-igraph is GPL-2.0).
The result is deterministic: nodes are visited in sorted order and ties keep the current bloc.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasid.network.graph import Edge, Network

Adjacency = dict[int, dict[int, float]]


@dataclass(frozen=True, slots=True)
class Bloc:
    id: int
    members: tuple[str, ...]
    internal_positive: float
    internal_negative: float

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "members": list(self.members), "size": len(self.members),
                "internal_positive": round(self.internal_positive, 3),
                "internal_negative": round(self.internal_negative, 3)}


@dataclass(frozen=True, slots=True)
class Blocs:
    blocs: tuple[Bloc, ...]
    membership: dict[str, int]
    modularity: float
    frustration: float  # share of |weight| on edges that break the partition (- inside or + across)

    def to_json(self) -> dict[str, Any]:
        return {"blocs": [b.to_json() for b in self.blocs], "membership": dict(sorted(self.membership.items())),
                "modularity": round(self.modularity, 4), "frustration": round(self.frustration, 4)}


@dataclass(slots=True)
class SignedGraph:
    """Positive and negative adjacency kept apart; a self-loop holds twice a community's internal weight."""

    pos: Adjacency
    neg: Adjacency

    @property
    def nodes(self) -> list[int]:
        return sorted(set(self.pos) | set(self.neg))

    def strength(self, adjacency: Adjacency, node: int) -> float:
        return sum(adjacency.get(node, {}).values())


def signed_graph(edges: Iterable[tuple[int, int, float]]) -> SignedGraph:
    pos: Adjacency = defaultdict(dict)
    neg: Adjacency = defaultdict(dict)
    for a, b, weight in edges:
        side = pos if weight > 0 else neg
        side[a][b] = side[a].get(b, 0.0) + abs(weight)
        side[b][a] = side[b].get(a, 0.0) + abs(weight)
        pos.setdefault(a, {}), pos.setdefault(b, {})
    return SignedGraph(dict(pos), dict(neg))


class LocalMoves:
    """One level of Louvain: move each node to the neighbouring community with the best signed-modularity gain."""

    def __init__(self, graph: SignedGraph) -> None:
        self.graph = graph
        self.nodes = graph.nodes
        self.k_pos = {n: graph.strength(graph.pos, n) for n in self.nodes}
        self.k_neg = {n: graph.strength(graph.neg, n) for n in self.nodes}
        self.m_pos = sum(self.k_pos.values())  # 2m+ in the usual notation
        self.m_neg = sum(self.k_neg.values())
        self.community = {n: n for n in self.nodes}
        self.tot_pos = dict(self.k_pos)
        self.tot_neg = dict(self.k_neg)
        self.next_id = max(self.nodes, default=-1) + 1

    def links(self, node: int) -> dict[int, float]:
        """Signed weight from ``node`` to each neighbouring community (its own self-loop left out)."""
        found: dict[int, float] = defaultdict(float)
        for adjacency, sign in ((self.graph.pos, 1.0), (self.graph.neg, -1.0)):
            for other, weight in adjacency.get(node, {}).items():
                if other != node:
                    found[self.community[other]] += sign * weight
        return found

    def gain(self, node: int, community: int, link: float) -> float:
        """Modularity gain (up to a constant factor) of putting a detached ``node`` into ``community``."""
        expected = 0.0
        if self.m_pos:
            expected += self.k_pos[node] * self.tot_pos.get(community, 0.0) / self.m_pos
        if self.m_neg:
            expected -= self.k_neg[node] * self.tot_neg.get(community, 0.0) / self.m_neg
        return link - expected

    def shift(self, node: int, community: int, sign: float) -> None:
        self.tot_pos[community] = self.tot_pos.get(community, 0.0) + sign * self.k_pos[node]
        self.tot_neg[community] = self.tot_neg.get(community, 0.0) + sign * self.k_neg[node]

    def best_community(self, node: int) -> int:
        """Detach ``node``, then pick the community with the highest positive gain (ties keep its own)."""
        own = self.community[node]
        links = self.links(node)
        self.shift(node, own, -1.0)
        best, best_gain = own, self.gain(node, own, links.get(own, 0.0))
        for community in sorted(links):
            candidate = self.gain(node, community, links[community])
            if community != own and candidate > best_gain + 1e-12:
                best, best_gain = community, candidate
        if best_gain < -1e-12:  # better alone than anywhere
            best, self.next_id = self.next_id, self.next_id + 1
        self.shift(node, best, 1.0)
        self.community[node] = best
        return best

    def run(self, max_rounds: int = 100) -> bool:
        """Move nodes until no move helps; True when anything moved."""
        moved = False
        for _ in range(max_rounds):
            changed = False
            for node in self.nodes:
                before = self.community[node]
                if self.best_community(node) != before:
                    changed = moved = True
            if not changed:
                break
        return moved


def aggregate(graph: SignedGraph, community: dict[int, int]) -> SignedGraph:
    """Each community becomes one node; weights between communities add up, inside ones become self-loops."""
    pos: Adjacency = defaultdict(dict)
    neg: Adjacency = defaultdict(dict)
    for source, target in ((graph.pos, pos), (graph.neg, neg)):
        for a, row in source.items():
            for b, weight in row.items():
                ca, cb = community[a], community[b]
                target[ca][cb] = target[ca].get(cb, 0.0) + weight
    for node in set(community.values()):
        pos.setdefault(node, {})
    return SignedGraph(dict(pos), dict(neg))


def louvain(graph: SignedGraph) -> dict[int, int]:
    """Node -> community id, by repeated local moves and aggregation."""
    assignment = {n: n for n in graph.nodes}
    while True:
        level = LocalMoves(graph)
        if not level.run():
            return assignment
        assignment = {n: level.community[c] for n, c in assignment.items()}
        graph = aggregate(graph, level.community)


def signed_modularity(graph: SignedGraph, community: dict[int, int]) -> float:
    level = LocalMoves(graph)
    total = level.m_pos + level.m_neg
    if not total:
        return 0.0
    score = 0.0
    for adjacency, sign in ((graph.pos, 1.0), (graph.neg, -1.0)):
        for a, row in adjacency.items():
            score += sign * sum(w for b, w in row.items() if community[a] == community[b])
    tot_pos: dict[int, float] = defaultdict(float)
    tot_neg: dict[int, float] = defaultdict(float)
    for node, c in community.items():
        tot_pos[c] += level.k_pos[node]
        tot_neg[c] += level.k_neg[node]
    if level.m_pos:
        score -= sum(v * v for v in tot_pos.values()) / level.m_pos
    if level.m_neg:
        score += sum(v * v for v in tot_neg.values()) / level.m_neg
    return score / total


def find_blocs(network: Network) -> Blocs:
    """Blocs of the network's actors, largest first; actors with no ally form blocs of one."""
    names = sorted({e.a for e in network.edges} | {e.b for e in network.edges})
    index = {name: i for i, name in enumerate(names)}
    edges = [(index[e.a], index[e.b], e.weight) for e in network.edges if e.weight]
    graph = signed_graph(edges)
    for i in range(len(names)):
        graph.pos.setdefault(i, {})
    community = louvain(graph)
    return describe(network.edges, names, community, signed_modularity(graph, community))


def describe(edges: tuple[Edge, ...], names: list[str], community: dict[int, int], modularity: float) -> Blocs:
    groups: dict[int, list[str]] = defaultdict(list)
    for i, name in enumerate(names):
        groups[community[i]].append(name)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g))
    membership = {name: n for n, group in enumerate(ordered) for name in group}
    inside_pos: dict[int, float] = defaultdict(float)
    inside_neg: dict[int, float] = defaultdict(float)
    broken = total = 0.0
    for e in edges:
        same = membership[e.a] == membership[e.b]
        if same:
            (inside_pos if e.weight > 0 else inside_neg)[membership[e.a]] += e.weight
        total += abs(e.weight)
        broken += abs(e.weight) if (e.weight < 0) == same else 0.0
    blocs = tuple(Bloc(n, tuple(group), inside_pos[n], inside_neg[n]) for n, group in enumerate(ordered))
    return Blocs(blocs, membership, modularity, broken / total if total else 0.0)
