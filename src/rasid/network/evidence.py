"""The evidence behind an edge: each event with its weight, date, sentence and the articles reporting it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rasid.network.graph import Edge, Network
from rasid.network.weights import event_weight


def evidence_item(event: Mapping[str, Any], scheme: str = "root") -> dict[str, Any]:
    """What a reader needs to check one event: who did what to whom, when, in which words and where."""
    evidence = event.get("evidence") or {}
    return {"id": event.get("id"), "cameo": event.get("cameo"), "root": event.get("root"),
            "quad_class": event.get("quad_class"), "weight": round(event_weight(event, scheme), 3),
            "source": (event.get("source") or {}).get("code"), "target": (event.get("target") or {}).get("code"),
            "date": event.get("date") or event.get("first_date"), "modality": event.get("modality"),
            "sentence": evidence.get("sentence", ""), "doc_ids": list(event.get("sources") or [event.get("doc_id")]),
            "outlets": list(event.get("outlets") or []), "num_sources": event.get("num_sources", 1)}


def edge_evidence(edge: Edge, events_by_id: Mapping[str, Mapping[str, Any]], scheme: str = "root"
                  ) -> list[dict[str, Any]]:
    """The edge's events, strongest first; an id missing from ``events_by_id`` is a bug upstream and raises."""
    items = [evidence_item(events_by_id[event_id], scheme) for event_id in edge.events]
    return sorted(items, key=lambda item: (-abs(item["weight"]), item["date"] or "", item["id"]))


def network_evidence(network: Network, events: Iterable[Mapping[str, Any]], scheme: str = "root"
                     ) -> dict[str, Any]:
    """``Network.to_json()`` with each edge's evidence list."""
    by_id = {str(e.get("id")): e for e in events}
    return {"edges": [{**edge.to_json(), "evidence": edge_evidence(edge, by_id, scheme)} for edge in network.edges]}
