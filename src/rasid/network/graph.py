"""The signed, weighted alliance network: one undirected edge per actor pair, with the events behind it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from rasid.cameo import root_of
from rasid.network.codes import collapse_code, is_identified
from rasid.network.weights import event_weight
from rasid.stored import network_event
from rasid.temporal.status import Interval, date_interval

Window = tuple[date | None, date | None]


@dataclass(slots=True)
class Edge:
    a: str
    b: str
    weight: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    events: list[str] = field(default_factory=list)
    roots: Counter[str] = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None

    @property
    def sign(self) -> str:
        return "-" if self.weight < 0 else "+"

    def add(self, event_id: str, weight: float, root: str, span: Interval | None) -> None:
        self.weight += weight
        self.positive += max(weight, 0.0)
        self.negative += min(weight, 0.0)
        self.events.append(event_id)
        self.roots[root] += 1
        if span:
            self.first = min(self.first or span[0].isoformat(), span[0].isoformat())
            self.last = max(self.last or span[1].isoformat(), span[1].isoformat())

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "sign": self.sign, "weight": round(self.weight, 3),
                "events": list(self.events), "count": len(self.events), "positive": round(self.positive, 3),
                "negative": round(self.negative, 3), "roots": dict(sorted(self.roots.items())),
                "first": self.first, "last": self.last}


@dataclass(frozen=True, slots=True)
class Network:
    edges: tuple[Edge, ...]

    def edge(self, a: str, b: str) -> Edge | None:
        return next((e for e in self.edges if {e.a, e.b} == {a, b}), None)

    def to_json(self) -> dict[str, Any]:
        return {"edges": [e.to_json() for e in self.edges]}

    def to_networkx(self, nodes: Mapping[str, Mapping[str, Any]] | None = None) -> Any:
        """A networkx Graph; ``nodes`` adds attributes per actor (its bloc, a name) for Gephi to colour by."""
        import networkx as nx

        graph = nx.Graph()
        for e in self.edges:
            graph.add_edge(e.a, e.b, weight=e.weight, sign=e.sign, count=len(e.events), events=";".join(e.events),
                           positive=e.positive, negative=e.negative, first=e.first or "", last=e.last or "")
        for node, attributes in (nodes or {}).items():
            if node in graph:
                graph.nodes[node].update(attributes)
        return graph

    def to_graphml(self, path: str | Path | BinaryIO, nodes: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """GraphML (Gephi, yEd, networkx); an edge's event ids are joined by ';'."""
        import networkx as nx

        nx.write_graphml(self.to_networkx(nodes), path if not isinstance(path, Path) else str(path))

    def to_gexf(self, path: str | Path | BinaryIO, nodes: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        import networkx as nx

        nx.write_gexf(self.to_networkx(nodes), path if not isinstance(path, Path) else str(path))


def event_span(event: Mapping[str, Any]) -> Interval | None:
    """When an event happened: its date, else the merged span, else its article's publication day."""
    e = network_event(event)
    span = date_interval(e.date)
    if span:
        return span
    span = date_interval(e.first_date)
    if span:
        last = date_interval(e.last_date)
        return span[0], (last or span)[1]
    return date_interval(e.published) or None


def in_window(span: Interval | None, window: Window | None) -> bool:
    """An event is in the window when its span overlaps it; with a window, undated events are left out."""
    if window is None:
        return True
    if span is None:
        return False
    start, end = window
    return (start is None or span[1] >= start) and (end is None or span[0] <= end)


def event_dyad(event: Mapping[str, Any], level: str = "code", identified_only: bool = True
               ) -> tuple[str, str] | None:
    """The sorted actor pair, or None without a target, when both sides are the same actor, or (by default)
    when a side is only a role such as ``GOV`` with no country."""
    e = network_event(event)
    a, b = collapse_code(e.source_code, level), collapse_code(e.target_code, level)
    if not a or not b or a == b:
        return None
    if identified_only and not (is_identified(a) and is_identified(b)):
        return None
    return (a, b) if a < b else (b, a)


def build_network(events: Iterable[Mapping[str, Any]], window: Window | None = None, *, level: str = "code",
                  scheme: str = "root", identified_only: bool = True) -> Network:
    """The signed network over ``events``: ``NetworkEvent`` records (``Store.network_events()``) or
    Event.to_json()-shaped dicts, merged or per document.

    ``identified_only`` leaves out events whose actor is only a role (``GOV``, ``MIL``, ``UAF``)."""
    edges: dict[tuple[str, str], Edge] = {}
    for event in map(network_event, events):
        span = event_span(event)
        dyad = event_dyad(event, level, identified_only)
        if dyad is None or not in_window(span, window):
            continue
        edge = edges.setdefault(dyad, Edge(*dyad))
        edge.add(event.id, event_weight(event, scheme), root_of(event.root, event.cameo), span)
    ordered = sorted(edges.values(), key=lambda e: (-abs(e.weight), e.a, e.b))
    return Network(tuple(ordered))
